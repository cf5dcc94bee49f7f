"""Cluster mode on a local Dask cluster: local mode's events, resumable, one model a worker."""

from __future__ import annotations

import json
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest
from scale_corpus import as_articles, record_lines, small_records, write_jsonl

from detente.cli.main import main
from detente.errors import ClusterError
from detente.scale.cluster import MANIFEST, read_manifest, run_cluster
from detente.scale.local import code_parallel
from detente.settings import Settings
from detente.store import EVENT_COLUMNS, EventStore, events_table

pytestmark = [pytest.mark.cluster, pytest.mark.slow]

SETTINGS = Settings(batch_size=4)
RECORDS = small_records(12, seed=23)
SHARDS = (RECORDS[:4], RECORDS[4:8], RECORDS[8:])


def local_rows(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Local mode's events for ``records``, as ``events`` rows sorted by id."""
    results = code_parallel(as_articles(records), settings=SETTINGS, workers=1, progress=False)
    rows = events_table([e for r in results for e in r.events]).to_pylist()
    return sorted(rows, key=lambda row: row["event_id"])


def cluster_rows(out: Path) -> list[dict[str, Any]]:
    cols = ", ".join(EVENT_COLUMNS)
    cursor = duckdb.execute(
        f"SELECT {cols} FROM read_parquet(?, hive_partitioning=true) ORDER BY event_id",
        [str(out / "month=*" / "*.parquet")],
    )
    return [dict(zip(EVENT_COLUMNS, row, strict=True)) for row in cursor.fetchall()]


@pytest.fixture(scope="module")
def shards(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("corpus")
    paths = [write_jsonl(folder / f"shard-{i}.jsonl", record_lines(records))
             for i, records in enumerate(SHARDS)]
    # A broken line and a record without text in the last shard: reported, not fatal.
    lines = record_lines(SHARDS[2])
    write_jsonl(paths[2], [lines[0], "{not json", *lines[1:3],
                           json.dumps({"id": "no-text", "title": "x"}), *lines[3:]])
    return paths


@pytest.fixture(scope="module")
def expected() -> list[dict[str, Any]]:
    return local_rows(RECORDS)


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    from distributed import LocalCluster

    cluster = LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                           dashboard_address=":0")
    try:
        yield cluster.scheduler_address
    finally:
        cluster.close()


def test_cluster_code_equals_local_mode_and_loads_into_the_store(
    shards: list[Path], expected: list[dict[str, Any]], tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "events"
    pattern = str(shards[0].parent / "shard-*.jsonl")
    # No --scheduler: the command starts (and stops) its own 2-process LocalCluster.
    status = main(["cluster", "code", pattern, "--out", str(out), "--workers", "2",
                   "--partition-size", "2", "--batch-size", "4", "--quiet"])
    err = capsys.readouterr().err
    assert status == 0, err
    assert len(expected) >= 24  # 12 generated articles with 3-6 event sentences each
    assert cluster_rows(out) == expected
    assert f"{shards[2]}:2: invalid JSON" in err
    assert f"[E101] {shards[2]}:5: missing 'text' field" in err
    assert "3 shard(s), 0 already done; coded 14 record(s) in 7 partition(s)" in err
    assert "model loads per worker: [1]" in err
    assert len(read_manifest(out)) == 3

    db = tmp_path / "events.duckdb"
    assert main(["load", str(out), "--db", str(db)]) == 0
    assert main(["load", str(out), "--db", str(db)]) == 0  # idempotent
    err = capsys.readouterr().err
    assert f"{len(expected)} added" in err.splitlines()[0]
    assert f"0 added, {len(expected)} already stored; 0 article(s) added" in err.splitlines()[1]
    with EventStore(db, read_only=True) as store:
        assert store.counts() == {"articles": 12, "events": len(expected)}


def test_resume_skips_finished_shards_and_loads_model_once_per_worker(
    shards: list[Path], expected: list[dict[str, Any]], scheduler: str, tmp_path: Path
) -> None:
    out = tmp_path / "events"
    copy = tmp_path / "copy-of-shard-0.jsonl"
    shutil.copyfile(shards[0], copy)
    first = run_cluster([str(shards[0]), str(copy)], out, settings=SETTINGS,
                        scheduler=scheduler, partition_size=2, progress=False)
    # the byte-identical copy is coded once
    assert (first.shards, first.skipped) == (2, [str(copy)])
    assert (first.partitions, first.records, first.failed) == (2, 4, [])
    written = {p: p.stat().st_mtime_ns for p in out.rglob("*.parquet")}
    # A re-run over all shards (as after a crash) codes only the two unfinished ones.
    second = run_cluster([str(p) for p in shards], out, settings=SETTINGS,
                         scheduler=scheduler, partition_size=2, progress=False)
    assert second.skipped == [str(shards[0])]
    assert (second.shards, second.partitions, second.records) == (3, 5, 10)
    assert {p: p.stat().st_mtime_ns for p in written} == written  # not rewritten
    assert cluster_rows(out) == expected
    manifest = read_manifest(out)
    assert [manifest[h]["records"] for h in sorted(manifest, key=lambda h: manifest[h]["path"])
            ] == [4, 4, 6]
    # 7 partitions over 2 worker processes, and every worker loaded the model once.
    workers = {**first.model_loads, **second.model_loads}
    assert 1 <= len(workers) <= 2
    assert set(workers.values()) == {1}
    third = run_cluster([str(p) for p in shards], out, settings=SETTINGS, scheduler=scheduler,
                        progress=False)
    assert (len(third.skipped), third.partitions) == (3, 0)
    assert (out / MANIFEST).read_text(encoding="utf-8").count("\n") == 3


def test_missing_dask_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, shards: list[Path]
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # import now raises ImportError
    with pytest.raises(ClusterError, match=r"pip install 'detente\[cluster\]'"):
        run_cluster([str(shards[0])], tmp_path / "out", settings=SETTINGS)
