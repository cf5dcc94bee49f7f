"""The seed article, read by this stage (with the actors stage's mentions)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from conftest import shared_file
from detente.records import Article, EventMention


@pytest.fixture(scope="module")
def readings(pipeline) -> list[EventMention]:  # type: ignore[no-untyped-def]
    record = json.loads(shared_file("examples", "seed-article.json").read_text(encoding="utf-8"))
    article = Article(id=record["id"], text=record["text"],
                      published=date.fromisoformat(record["published"]))
    doc = pipeline.nlp(article.text)
    mentions = pipeline.resolver.resolve(doc, article)
    found: list[EventMention] = pipeline.extractor.extract(doc, mentions, article)
    for r in found:
        assert article.text[r.evidence.start:r.evidence.end] == r.evidence.sentence
    return found


def by_trigger(readings: list[EventMention], trigger: str) -> EventMention:
    hits = [r for r in readings if r.evidence.trigger == trigger]
    assert len(hits) == 1, [(r.evidence.trigger, r.event_type) for r in readings]
    return hits[0]


def test_declined_meeting_is_reject_meet_reported_by_apa(readings: list[EventMention]) -> None:
    r = by_trigger(readings, "declined")
    assert (r.event_type, r.cameo, r.mode, r.modality) == ("REJECT", "125", "meet", "asserted")
    assert r.actor is not None and r.actor.code == "AZEGOV"
    assert r.recipient is not None and r.recipient.country == "USA"
    assert r.attribution == "the Azerbaijani Press Agency (APA)"


def test_rejected_mediation_is_reject_126_by_azerbaijan(readings: list[EventMention]) -> None:
    r = by_trigger(readings, "rejected")
    assert (r.event_type, r.cameo, r.modality) == ("REJECT", "126", "asserted")
    assert r.actor is not None and r.actor.country == "AZE"
    assert r.topic == ("mediation",)


def test_bias_attribution_is_an_accusation_of_the_us(readings: list[EventMention]) -> None:
    r = by_trigger(readings, "attributing")
    assert (r.event_type, r.cameo) == ("ACCUSE", "112")
    assert r.actor is not None and r.actor.code == "AZEGOV"
    assert r.recipient is not None and r.recipient.code == "USAGOV"


def test_aliyev_criticism_is_disapproval(readings: list[EventMention]) -> None:
    r = by_trigger(readings, "criticizing")
    assert (r.event_type, r.cameo, r.mode) == ("ACCUSE", "111", "disapprove")
    assert r.actor is not None and r.actor.code == "AZEGOV"


def test_sanction_mentions_share_a_topic(readings: list[EventMention]) -> None:
    sanctions = [r for r in readings if r.event_type == "SANCTION" and r.cameo == "163"]
    assert [r.evidence.trigger for r in sanctions] == [
        "reinstatement", "reinstatement", "withdrew", "imposition"]
    assert all("amendment" in r.topic for r in sanctions)
    imposition = sanctions[-1]
    assert imposition.actor is not None and imposition.actor.code == "USAGOV"
    aid_cut = [r for r in readings if r.evidence.trigger == "restricts" and "amendment" in r.topic]
    assert [(r.cameo, r.recipient.country if r.recipient else None) for r in aid_cut] == [
        ("162", "AZE")]


def test_nothing_asserted_from_speculation(readings: list[EventMention]) -> None:
    for trigger in ("improve", "foster"):
        hits = [r for r in readings if r.evidence.trigger == trigger and r.sentence_index in (2, 9)]
        assert hits and {r.modality for r in hits} == {"hypothetical"}
        assert {r.attribution for r in hits} == {"Observers"}


def test_past_talks_are_historical(readings: list[EventMention]) -> None:
    r = by_trigger(readings, "participated")
    assert (r.event_type, r.modality) == ("CONSULT", "historical")
