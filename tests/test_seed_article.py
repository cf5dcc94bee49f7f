"""The first acceptance case: the seed article and its expected reading
(../shared/examples/seed-expected.md, events 1-4 and row 7)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from conftest import shared_file
from detente.ingest import article_from_record
from detente.records import Event


@pytest.fixture(scope="module")
def seed(pipeline):  # type: ignore[no-untyped-def]
    record = json.loads(shared_file("examples", "seed-article.json").read_text(encoding="utf-8"))
    article = article_from_record(record, origin="seed-article.json")
    [result] = list(pipeline.code_articles([article]))
    assert result.error is None
    return article, result.events


def _find(events: list[Event], etype: str, cameo_prefix: str, actor: str,
          recipients: tuple[str, ...]) -> list[Event]:
    return [
        e for e in events
        if e.event_type == etype and e.cameo.startswith(cameo_prefix)
        and e.modality == "asserted"
        and e.actor is not None and e.actor.country == actor and e.actor.sector == "GOV"
        and e.recipient is not None and e.recipient.country in recipients
    ]


def test_event1_rejection_of_us_mediation_in_malta(seed) -> None:  # type: ignore[no-untyped-def]
    _, events = seed
    found = _find(events, "REJECT", "12", "AZE", ("USA", "ARM"))
    assert found, [e.to_dict() for e in events]
    dated = [e for e in found if e.date == date(2024, 12, 5) and e.date_precision == "day"]
    assert dated, [(e.cameo, e.date, e.evidence[0].trigger) for e in found]
    e = dated[0]
    assert e.cameo in ("125", "126", "1246", "1212", "120", "128")
    assert e.location is not None and e.location.country == "MLT"
    assert sum(x.mentions for x in found) >= 2


def test_event2_sanctions_once_with_several_mentions(seed) -> None:  # type: ignore[no-untyped-def]
    _, events = seed
    found = _find(events, "SANCTION", "16", "USA", ("AZE",))
    assert len(found) == 1, [e.to_dict() for e in events if e.event_type == "SANCTION"]
    assert found[0].mentions >= 2
    assert found[0].recipient is not None and found[0].recipient.sector in ("GOV", None)


def test_event3_aliyev_criticises_us_demands(seed) -> None:  # type: ignore[no-untyped-def]
    _, events = seed
    found = _find(events, "ACCUSE", "11", "AZE", ("USA",))
    assert any("criticiz" in ev.trigger.lower() for e in found for ev in e.evidence), [
        (e.cameo, [ev.trigger for ev in e.evidence]) for e in found]


def test_event4_attributes_refusal_to_us_bias(seed) -> None:  # type: ignore[no-untyped-def]
    _, events = seed
    found = _find(events, "ACCUSE", "11", "AZE", ("USA",))
    assert any(e.date == date(2024, 12, 5) for e in found), [
        (e.cameo, e.date, [ev.trigger for ev in e.evidence]) for e in found]


def test_trump_speculation_is_never_asserted(seed) -> None:  # type: ignore[no-untyped-def]
    _, events = seed
    for e in events:
        for ev in e.evidence:
            if "Trump presidency" in ev.sentence and ev.trigger.lower() in (
                    "improve", "foster", "stabilize", "enhance", "relations", "relationship"):
                assert e.modality in ("hypothetical", "future"), e.to_dict()


def test_every_evidence_span_slices_the_input(seed) -> None:  # type: ignore[no-untyped-def]
    article, events = seed
    assert events
    for e in events:
        assert e.evidence
        for ev in e.evidence:
            assert article.text[ev.start:ev.end] == ev.sentence
            if ev.trigger_start is not None and ev.trigger_end is not None:
                assert article.text[ev.trigger_start:ev.trigger_end] == ev.trigger
