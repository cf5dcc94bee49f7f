"""The brief on articles coded by the real pipeline: the report shows what the store holds.

The articles (``articles/*.json``, written for these tests, plus the shared seed
article when present) are coded by :class:`detente.pipeline.Pipeline` and
ingested; the expected numbers are recomputed here in plain Python from the
stored events, not taken from the analytics SQL and not hard-coded, since the
coder's readings may change as it improves.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from detente.analytics import Dyad, build_brief, render_html
from detente.ingest import article_from_record
from detente.records import Event
from detente.store import EventStore

ARTICLES = Path(__file__).parent / "articles"
SEED = Path(__file__).resolve().parents[3] / "shared" / "examples" / "seed-article.json"


def _articles():  # type: ignore[no-untyped-def]
    paths = sorted(ARTICLES.glob("*.json")) + ([SEED] if SEED.exists() else [])
    return [article_from_record(json.loads(p.read_text("utf-8")), origin=str(p)) for p in paths]


@pytest.fixture(scope="module")
def coded(pipeline, tmp_path_factory):  # type: ignore[no-untyped-def]
    store = EventStore(tmp_path_factory.mktemp("coded") / "events.duckdb")
    results = list(pipeline.code_articles(_articles()))
    assert [r.error for r in results if r.error] == []
    store.ingest(results)
    brief = build_brief(store.con, Dyad("AZE", "USA"))
    yield store, brief, render_html(brief)
    store.close()


def _side(actor, side: str) -> bool:  # type: ignore[no-untyped-def]
    return actor is not None and side in (actor.country, actor.code)


def _dyad_events(store: EventStore) -> list[tuple[str, Event]]:
    """(direction, event) for every dated AZE-USA event, recomputed without the SQL."""
    found = []
    for e in store.query_events():
        if (e.date or e.published) is None:
            continue
        if _side(e.actor, "AZE") and _side(e.recipient, "USA"):
            found.append(("AZE_to_USA", e))
        elif _side(e.actor, "USA") and _side(e.recipient, "AZE"):
            found.append(("USA_to_AZE", e))
    return found


def metric(page: str, key: str) -> str:
    found = re.search(rf'data-metric="{re.escape(key)}">([^<]*)<', page)
    assert found, key
    return found.group(1)


def test_six_articles_were_coded(coded) -> None:  # type: ignore[no-untyped-def]
    store, _, _ = coded
    assert store.counts()["articles"] == len(_articles()) >= 6


def test_brief_headline_numbers_match_the_stored_events(coded) -> None:  # type: ignore[no-untyped-def]
    store, _, page = coded
    events = _dyad_events(store)
    asserted = [(d, e) for d, e in events if e.modality == "asserted"]
    assert asserted, "the coder found no asserted AZE-USA event at all"
    for direction in ("AZE_to_USA", "USA_to_AZE", "both"):
        mine = [e for d, e in asserted if direction in (d, "both")]
        assert metric(page, f"events.{direction}") == str(len(mine))
        outlets = {e.source or e.article_id for e in mine}
        assert metric(page, f"sources.{direction}") == str(len(outlets))
        for quad, name in ((1, "verbal_coop"), (2, "material_coop"), (3, "verbal_conflict"),
                           (4, "material_conflict")):
            assert metric(page, f"{name}.{direction}") == str(
                sum(e.quad_class == quad for e in mine))
        expected_mean = (f"{sum(e.goldstein for e in mine) / len(mine):.2f}" if mine else "–")
        assert metric(page, f"goldstein_mean.{direction}") == expected_mean
        for modality in ("hypothetical", "future", "negated", "historical"):
            n = sum(e.modality == modality for d, e in events if direction in (d, "both"))
            assert metric(page, f"{modality}.{direction}") == str(n)


def test_brief_lists_the_evidence_and_keeps_signals_apart(coded) -> None:  # type: ignore[no-untyped-def]
    store, brief, page = coded
    events_part, signals_part = page.split("Open signals")
    stored = {e.id: e for _, e in _dyad_events(store)}
    assert brief.top_events
    for e in brief.top_events:
        assert e.modality == "asserted"
        distinct = dict.fromkeys(" ".join(ev.sentence.split())
                                 for ev in stored[e.event_id].evidence)
        assert e.sentences == tuple(distinct)
        for sentence in e.sentences:
            assert _html_text(sentence) in events_part
    expected_signals = {e.id for _, e in _dyad_events(store)
                        if e.modality in ("hypothetical", "future")}
    assert {s.event_id for s in brief.signals} <= expected_signals
    for s in brief.signals:
        for sentence in s.sentences:
            assert _html_text(sentence) in signals_part
    assert brief.chart_png.startswith(b"\x89PNG")


def test_seed_article_shows_in_the_brief(coded) -> None:  # type: ignore[no-untyped-def]
    from conftest import shared_file

    shared_file("examples", "seed-article.json")
    store, brief, _ = coded
    seed = [e for _, e in _dyad_events(store) if e.article_id == "seed-aze-usa"]
    assert seed, "no AZE-USA event read from the seed article"
    assert any(e.modality == "asserted" for e in seed)
    for e in seed:
        if e.modality == "asserted":
            assert brief.first_day <= (e.date or e.published) <= brief.last_day


def _html_text(text: str) -> str:
    return html.escape(text)
