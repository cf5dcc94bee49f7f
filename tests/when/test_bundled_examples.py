"""The bundled example articles (examples/): well-formed, and dated and located by the stages."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from detente import when, where
from detente.nlp import load_model
from detente.records import Article, EventMention, Evidence
from detente.settings import Settings

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
RECORD_FIELDS = {"id", "title", "published", "source", "url", "text"}


def records() -> list[dict[str, str]]:
    lines = (EXAMPLES / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_records_are_complete() -> None:
    found = records()
    assert len(found) == 6
    for record in found:
        assert set(record) == RECORD_FIELDS, record["id"]
        assert 250 <= len(record["text"].split()) <= 600, record["id"]
        date.fromisoformat(record["published"])
    assert len({r["id"] for r in found}) == len(found)


@pytest.mark.parametrize("name", ["sudan-aid-un-eu.txt", "nato-baltic-statement.txt"])
def test_text_files_end_with_their_source(name: str) -> None:
    text = (EXAMPLES / name).read_text(encoding="utf-8")
    body, _, source = text.rstrip("\n").rpartition("\nOriginal Source: ")
    assert source and "\n" not in source
    assert 250 <= len(body.split()) <= 600


def reading_at(doc: Doc, article: Article, trigger: str) -> EventMention:
    """A reading triggered by the first occurrence of ``trigger`` (stands in for `events`)."""
    start = article.text.index(trigger)
    sent = doc.char_span(start, start + len(trigger), alignment_mode="expand").root.sent
    evidence = Evidence(sent.text, sent.start_char, sent.end_char, trigger, start,
                        start + len(trigger))
    return EventMention(
        article_id=article.id, event_type="CONSULT", cameo="040", quad_class=1, goldstein=1.0,
        actor=None, recipient=None, evidence=evidence,
    )


# The lead event of each record: its trigger, the day the text states, the place.
LEADS = {
    "aze-arm-treaty-2025-03-14": ("agreed", date(2025, 3, 13), "Baku"),  # dateline
    "rus-ukr-exchange-2024-12-31": ("exchanged", date(2024, 12, 30), "Kyiv"),  # dateline
    "gaza-mediation-2025-01-16": ("agreed", date(2025, 1, 15), "Gaza Strip"),
    "usa-chn-tariffs-2025-05-12": ("agreed", date(2025, 5, 12), "Geneva"),  # dateline
    "georgia-protests-2024-12-04": ("used", date(2024, 12, 4), "Tbilisi"),
    "niger-france-2023-09-25": ("said", date(2023, 9, 24), "Niamey"),  # dateline
}


def test_lead_events_get_their_day_and_place() -> None:
    parser: Language = load_model(Settings().model)
    gazetteer = where.Gazetteer.default()
    got = {}
    for record in records():
        article = Article(id=record["id"], text=record["text"],
                          published=date.fromisoformat(record["published"]))
        doc = parser(article.text)
        trigger = LEADS[article.id][0]
        [reading] = when.assign_dates(doc, [reading_at(doc, article, trigger)], article)
        where.assign_locations(doc, [reading], gazetteer)
        place = reading.location.name if reading.location else None
        got[article.id] = (trigger, reading.date, place)
        assert reading.date_precision == "day"
    assert got == LEADS
