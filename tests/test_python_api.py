"""The Python API named in the README: detente.code_text and detente.Pipeline."""

from __future__ import annotations

from datetime import date

import detente
from detente.records import Event


def test_code_text_returns_typed_events_with_exact_evidence(pipeline: object) -> None:
    text = ("On Monday the European Union imposed new sanctions on Belarus over the "
            "crackdown on protesters in Minsk.")
    events = detente.code_text(text, published="2024-03-06")
    assert events and all(isinstance(e, Event) for e in events)
    [sanction] = [e for e in events if e.event_type == "SANCTION"]
    assert sanction.actor is not None and sanction.actor.country == "EUR"
    assert sanction.recipient is not None and sanction.recipient.country == "BLR"
    assert sanction.cameo.startswith("16")
    assert (sanction.date, sanction.date_precision) == (date(2024, 3, 4), "day")
    ev = sanction.evidence[0]
    assert text[ev.start:ev.end] == ev.sentence


def test_pipeline_is_exported_lazily() -> None:
    assert detente.Pipeline is detente.pipeline.Pipeline
