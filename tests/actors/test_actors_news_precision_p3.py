"""Actor rules from the news precision review (session 5), on sentences of our own."""

from __future__ import annotations

from actors_helpers import resolve


def test_a_bare_noun_repeated_in_a_sentence_is_the_body_named_before() -> None:
    found = resolve("Zambian police arrested two Congolese miners at the border, and police "
                    "said they carried no papers.", "2024-03-01")
    police = [m.actor.code for m in found if m.actor.text.lower() == "police"]
    assert police == ["ZMBCOP"]


def test_rioters_are_civilians() -> None:
    found = resolve("Rioters clashed with police in Marseille on Saturday.", "2024-03-01")
    assert [(m.actor.text, m.actor.code) for m in found][:1] == [("Rioters", "FRACVL")]
