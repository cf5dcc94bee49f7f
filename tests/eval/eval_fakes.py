"""Coded events built by hand for the evaluation tests (no model)."""

from __future__ import annotations

from collections.abc import Callable

from detente.records import Actor, Event, Evidence

EventFactory = Callable[..., Event]


def _actor(code: str | None) -> Actor | None:
    if code is None:
        return None
    country = None if code.startswith("---") else code[:3]
    sector = code[3:] or None
    return Actor(text=code, country=country, sector=sector, code=code)


def build_event(
    event_type: str = "CONSULT",
    cameo: str = "040",
    actor: str | None = "ARN",
    recipient: str | None = "GON",
    *,
    confidence: float = 0.5,
    mode: str | None = None,
    modality: str = "asserted",
    article_id: str = "a",
) -> Event:
    """An event with just the fields scoring reads; actor codes are Phoenix-style."""
    return Event(
        id=f"{article_id}:{event_type}:{cameo}:{actor}:{recipient}",
        article_id=article_id,
        event_type=event_type,
        mode=mode,
        context=[],
        cameo=cameo,
        quad_class=1,
        goldstein=0.0,
        actor=_actor(actor),
        recipient=_actor(recipient),
        date=None,
        date_precision="unknown",
        location=None,
        modality=modality,
        attribution=None,
        evidence=[Evidence(sentence="s", start=0, end=1, trigger="t")],
        mentions=1,
        confidence=confidence,
    )
