"""Shards: finding, hashing, slicing into partitions and reading records with origins."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from detente.errors import ClusterError
from detente.scale.shards import (
    Partition,
    Shard,
    describe_shard,
    expand_inputs,
    file_hash,
    plan_partitions,
    read_partition,
)


def _records(n: int) -> list[dict[str, str]]:
    return [{"id": f"a{i}", "text": f"Text {i}.", "published": "2023-05-0" + str(1 + i % 9)}
            for i in range(n)]


def _write_jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def test_expand_inputs_globs_dirs_and_dedup(tmp_path: Path) -> None:
    a = _write_jsonl(tmp_path / "a.jsonl", [json.dumps(r) for r in _records(2)])
    sub = tmp_path / "sub"
    sub.mkdir()
    b = _write_jsonl(sub / "b.jsonl", [json.dumps(r) for r in _records(1)])
    (sub / "notes.txt").write_text("not a shard", encoding="utf-8")
    found = expand_inputs([str(tmp_path / "*.jsonl"), str(tmp_path), str(a)])
    assert found == sorted([a, b])


def test_expand_inputs_errors_name_the_pattern(tmp_path: Path) -> None:
    with pytest.raises(ClusterError, match=r"no input matches .*nothing-\*\.jsonl"):
        expand_inputs([str(tmp_path / "nothing-*.jsonl")])
    txt = tmp_path / "x.txt"
    txt.write_text("x", encoding="utf-8")
    with pytest.raises(ClusterError, match=r"x\.txt: not a shard"):
        expand_inputs([str(txt)])


def test_file_hash_follows_content(tmp_path: Path) -> None:
    path = _write_jsonl(tmp_path / "a.jsonl", ['{"id": "1", "text": "x"}'])
    first = file_hash(path)
    assert len(first) == 16
    assert file_hash(path) == first
    _write_jsonl(path, ['{"id": "1", "text": "y"}'])
    assert file_hash(path) != first


def test_plan_partitions_slices_a_shard() -> None:
    shard = Shard("s.jsonl", "abc", 7)
    parts = plan_partitions(shard, 3)
    assert [(p.index, p.start, p.stop) for p in parts] == [(0, 0, 3), (1, 3, 6), (2, 6, 7)]
    assert parts[1].name == "part-abc-00001"
    assert [(p.start, p.stop) for p in plan_partitions(Shard("e", "h", 0), 3)] == [(0, 0)]
    with pytest.raises(ClusterError, match="at least 1"):
        plan_partitions(shard, 0)


def test_read_jsonl_partition_counts_records_not_lines(tmp_path: Path) -> None:
    lines = [json.dumps(r) for r in _records(4)]
    # a blank line, a broken line and a non-object: records are counted, problems named
    path = _write_jsonl(tmp_path / "s.jsonl", [lines[0], "", lines[1], "{broken", "[1, 2]",
                                               lines[2], lines[3]])
    shard = describe_shard(path)
    assert shard.records == 6
    located, problems = read_partition(Partition(shard, 0, 0, 4))
    assert [(origin, r["id"]) for origin, r in located] == [(f"{path}:1", "a0"),
                                                             (f"{path}:3", "a1")]
    assert [(p.origin, p.message.split(":")[0]) for p in problems] == [
        (f"{path}:4", "invalid JSON"), (f"{path}:5", "a record must be a JSON object")]
    located, problems = read_partition(Partition(shard, 1, 4, 6))
    assert [(origin, r["id"]) for origin, r in located] == [(f"{path}:6", "a2"),
                                                             (f"{path}:7", "a3")]
    assert problems == []


def test_read_gzipped_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        for record in _records(3):
            handle.write(json.dumps(record) + "\n")
    shard = describe_shard(path)
    assert shard.records == 3
    located, _ = read_partition(Partition(shard, 0, 1, 3))
    assert [r["id"] for _, r in located] == ["a1", "a2"]


def test_read_parquet_partition_across_batches(tmp_path: Path) -> None:
    import datetime

    n = 2500  # more than one 1024-row batch
    table = pa.table({
        "id": [f"p{i}" for i in range(n)],
        "text": [f"Text {i}." for i in range(n)],
        "published": [datetime.date(2023, 1, 1) + datetime.timedelta(days=i % 300)
                      for i in range(n)],
    })
    path = tmp_path / "s.parquet"
    pq.write_table(table, path, row_group_size=700)
    shard = describe_shard(path)
    assert shard.records == n
    located, problems = read_partition(Partition(shard, 1, 1000, 2100))
    assert problems == []
    assert len(located) == 1100
    first_origin, first = located[0]
    assert first_origin == f"{path}:row 1000"
    # record 1000 is published on day 1000 % 300 of 2023
    assert first == {"id": "p1000", "text": "Text 1000.", "published": "2023-04-11"}
    assert located[-1][1]["id"] == "p2099"
