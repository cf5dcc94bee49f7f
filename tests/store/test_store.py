"""Event store: idempotent, transactional ingest and filtered queries."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb
import pytest

from detente.errors import StoreError
from detente.records import Actor, Article, ArticleResult, Event, Evidence, Location, actor_code
from detente.store import SCHEMA_VERSION, EventStore


def _actor(country: str, sector: str | None = "GOV") -> Actor:
    return Actor(text=country, country=country, sector=sector, code=actor_code(country, sector))


def _event(eid: str, article: Article, etype: str = "REJECT", a: str = "AZE",
           r: str = "USA", when: date | None = None) -> Event:
    return Event(
        id=eid, article_id=article.id, event_type=etype, mode=None, context=["diplomatic"],
        cameo="125", quad_class=3, goldstein=-5.0, actor=_actor(a), recipient=_actor(r),
        date=when, date_precision="day" if when else "unknown",
        location=Location("Malta", "MLT", 35.9, 14.5), modality="asserted", attribution="APA",
        evidence=[Evidence(article.text, 0, len(article.text), "rejected", 11, 19)],
        mentions=1, confidence=0.7, source=article.source, published=article.published,
    )


def _result(aid: str, text: str, n: int = 1, error: str | None = None) -> ArticleResult:
    art = Article(id=aid, text=text, published=date(2024, 12, 6), source="APA")
    return ArticleResult(art, [_event(f"{aid}-e{i}", art) for i in range(n)], error)


def test_ingest_is_idempotent_and_replaces_changed_articles(tmp_path: Path) -> None:
    db = tmp_path / "e.duckdb"
    with EventStore(db) as store:
        first = store.ingest([_result("a1", "Baku rejected it.", 2), _result("a2", "X.", 1)])
        assert (first.added, first.events) == (2, 3)
        again = store.ingest([_result("a1", "Baku rejected it.", 2)])
        assert (again.added, again.unchanged, again.events) == (0, 1, 0)
        changed = store.ingest([_result("a1", "Baku rejected it firmly.", 1)])
        assert (changed.replaced, changed.events) == (1, 1)
        assert store.counts() == {"articles": 2, "events": 2}
    with EventStore(db, read_only=True) as store:
        assert store.counts() == {"articles": 2, "events": 2}


def test_failed_articles_are_reported_and_not_stored(tmp_path: Path) -> None:
    with EventStore(tmp_path / "e.duckdb") as store:
        report = store.ingest([_result("ok", "Fine."), _result("bad", "B.", 0, "bad: boom")])
        assert report.failed == ["bad: boom"]
        assert store.counts() == {"articles": 1, "events": 1}


def test_a_failing_batch_leaves_the_store_as_it_was(tmp_path: Path) -> None:
    with EventStore(tmp_path / "e.duckdb") as store:
        store.ingest([_result("keep", "Kept.")])
        broken = _result("new", "New.")
        broken.events[0].quad_class = 300  # out of TINYINT range: the insert fails
        with pytest.raises((StoreError, OverflowError, ValueError, duckdb.Error)):
            store.ingest([broken])
        assert store.counts() == {"articles": 1, "events": 1}
        [kept] = store.query_events()
        assert kept.article_id == "keep"


def test_round_trip_and_filters(tmp_path: Path) -> None:
    art = Article(id="r", text="Round trip text.", published=date(2024, 12, 6), source="APA")
    events = [_event("e1", art, "REJECT", "AZE", "USA", date(2024, 12, 5)),
              _event("e2", art, "SANCTION", "USA", "AZE")]
    with EventStore(tmp_path / "e.duckdb") as store:
        store.ingest([ArticleResult(art, events)])
        assert [e.id for e in store.query_events(actor="AZE")] == ["e1"]
        assert [e.id for e in store.query_events(recipient="AZEGOV")] == ["e2"]
        assert [e.id for e in store.query_events(event_type="sanction")] == ["e2"]
        assert [e.id for e in store.query_events(since=date(2024, 12, 6))] == ["e2"]
        back = {e.id: e for e in store.query_events()}
        assert back["e1"].to_dict() == events[0].to_dict()
        assert back["e2"].to_dict() == events[1].to_dict()


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "e.duckdb"
    EventStore(db).close()
    con = duckdb.connect(str(db))
    con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'",
                [str(SCHEMA_VERSION + 1)])
    con.close()
    with pytest.raises(StoreError, match="newer than this detente"):
        EventStore(db)


def test_a_refused_store_releases_its_file(tmp_path: Path) -> None:
    db = tmp_path / "plain.duckdb"
    duckdb.connect(str(db)).close()  # a DuckDB file, but not an event store
    with pytest.raises(StoreError, match="not a detente event store"):
        EventStore(db, read_only=True)
    # The refused read-only connection is closed: the same process may now open the
    # file for writing (DuckDB refuses two connections to one file with different modes).
    with EventStore(db) as store:
        assert store.counts() == {"articles": 0, "events": 0}


def test_events_counts_rows_written_not_rows_offered(tmp_path: Path) -> None:
    first = Article(id="f1", text="First report.", published=date(2024, 12, 6), source="APA")
    second = Article(id="f2", text="Second report.", published=date(2024, 12, 6), source="APA")
    with EventStore(tmp_path / "e.duckdb") as store:
        report = store.ingest([ArticleResult(second, [_event("same", second)]),
                               ArticleResult(first, [_event("same", first)])])
        assert (report.added, report.events) == (2, 1)
        assert store.counts() == {"articles": 2, "events": 1}
        # the copy kept is the same on every run: the first article id, not batch order
        [kept] = store.query_events()
        assert kept.article_id == "f1"
