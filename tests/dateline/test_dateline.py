"""Article datelines, shared by the ``when`` and ``where`` stages."""

from __future__ import annotations

from detente.dateline import Dateline, find_dateline


def test_find_dateline() -> None:
    text = "BAKU, Dec 5 (Meridian) - Azerbaijan rejected the proposal."
    dateline = find_dateline(text)
    assert dateline == Dateline(place="BAKU", end=text.index("Azerbaijan"), has_detail=True)
    kyiv = find_dateline("KYIV, Ukraine (AP) — Russian drones struck the city.")
    assert kyiv is not None and kyiv.place == "KYIV"
    brussels = find_dateline("BRUSSELS - NATO condemned the attacks.")
    assert brussels == Dateline(place="BRUSSELS", end=11, has_detail=False)
    assert find_dateline("Azerbaijan rejected the proposal - again.") is None
