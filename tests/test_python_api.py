"""The Python API named in the README: detente.code_text and detente.Pipeline."""

from __future__ import annotations

from datetime import date

import pytest

import detente
from detente.errors import InputError
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


def test_code_text_reads_published_like_input_records(pipeline: object) -> None:
    text = "On Monday the European Union imposed new sanctions on Belarus."
    written = detente.code_text(text, published="March 6, 2024")
    assert written == detente.code_text(text, published="2024-03-06")
    assert [e.date for e in written if e.event_type == "SANCTION"] == [date(2024, 3, 4)]


def test_code_text_names_a_bad_published_date(pipeline: object) -> None:
    with pytest.raises(InputError, match=r"\[E101\] text: .*'6/3/2024'"):
        detente.code_text("Belarus protested.", published="6/3/2024")
