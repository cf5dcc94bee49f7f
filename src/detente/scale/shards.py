"""Input shards for cluster runs: find them, hash them, cut them into partitions, read them.

A *shard* is one input file (JSONL, gzipped JSONL or Parquet of article records
``{id, title, published, source, url, text}``). A *partition* is a shard or a
slice of one (``[start, stop)`` record numbers): the unit of work a cluster
worker codes in one go. Only the partition's description travels to the
worker; the worker reads the records itself, so the scheduler never carries text.
"""

from __future__ import annotations

import glob
import gzip
import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from ..errors import ClusterError

SHARD_SUFFIXES: tuple[str, ...] = (".jsonl", ".jsonl.gz", ".parquet")


@dataclass(frozen=True, slots=True)
class Shard:
    path: str
    hash: str  # content hash of the file: the identity the resume manifest records
    records: int


@dataclass(frozen=True, slots=True)
class Partition:
    """Records ``[start, stop)`` of one shard (counting non-blank lines for JSONL)."""

    shard: Shard
    index: int
    start: int
    stop: int

    @property
    def name(self) -> str:
        """File stem the partition's outputs are written under (unique and stable)."""
        return f"part-{self.shard.hash}-{self.index:05d}"


@dataclass(slots=True)
class RecordProblem:
    """An input line that is not a usable record, named by file and line."""

    origin: str
    message: str


def is_shard(path: Path) -> bool:
    return path.is_file() and path.name.endswith(SHARD_SUFFIXES)


def expand_inputs(patterns: Sequence[str]) -> list[Path]:
    """Shard files named by globs, files or directories (sorted, each once)."""
    found: dict[str, Path] = {}
    for pattern in patterns:
        matches = sorted(glob.glob(pattern, recursive=True)) or []
        if not matches:
            raise ClusterError(f"no input matches {pattern!r}")
        for match in matches:
            path = Path(match)
            candidates = sorted(p for p in path.rglob("*") if is_shard(p)) if path.is_dir() \
                else [path]
            for candidate in candidates:
                if not is_shard(candidate):
                    raise ClusterError(
                        f"{candidate}: not a shard (expected one of {', '.join(SHARD_SUFFIXES)})"
                    )
                found.setdefault(str(candidate.resolve()), candidate)
    if not found:
        raise ClusterError(f"no shard files in {', '.join(patterns)}")
    return sorted(found.values())


def file_hash(path: Path) -> str:
    """First 16 hex digits of the SHA-256 of the file's bytes."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()[:16]


def _open_text(path: Path) -> IO[str]:
    if path.name.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8")
    return path.open(encoding="utf-8")


def count_records(path: Path) -> int:
    if path.suffix == ".parquet":
        import pyarrow.parquet as pq

        return int(pq.ParquetFile(path).metadata.num_rows)
    with _open_text(path) as handle:
        return sum(1 for line in handle if line.strip())


def describe_shard(path: Path) -> Shard:
    try:
        return Shard(str(path), file_hash(path), count_records(path))
    except (OSError, ValueError) as exc:
        raise ClusterError(f"{path}: cannot read shard: {exc}") from exc


def plan_partitions(shard: Shard, partition_size: int) -> list[Partition]:
    """Cut a shard into partitions of at most ``partition_size`` records (an empty shard: one)."""
    if partition_size < 1:
        raise ClusterError(f"partition size must be at least 1, got {partition_size}")
    starts = range(0, max(shard.records, 1), partition_size)
    return [
        Partition(shard, i, start, min(start + partition_size, shard.records))
        for i, start in enumerate(starts)
    ]


def _jsonable(value: Any) -> Any:
    # Parquet gives dates and timestamps; article records carry ISO strings, as in JSONL.
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


Located = tuple[str, dict[str, Any]]  # (origin "file:line", record)


def read_partition(partition: Partition) -> tuple[list[Located], list[RecordProblem]]:
    """The partition's records with their origins, and the lines that are not records."""
    path = Path(partition.shard.path)
    if path.suffix == ".parquet":
        return _read_parquet_slice(path, partition.start, partition.stop), []
    return _read_jsonl_slice(path, partition.start, partition.stop)


def _read_jsonl_slice(
    path: Path, start: int, stop: int
) -> tuple[list[Located], list[RecordProblem]]:
    records: list[Located] = []
    problems: list[RecordProblem] = []
    for line_no, number, line in _numbered_records(path):
        if number < start:
            continue
        if number >= stop:
            break
        origin = f"{path}:{line_no}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(RecordProblem(origin, f"invalid JSON: {exc.msg}"))
            continue
        if not isinstance(record, dict):
            problems.append(RecordProblem(origin, "a record must be a JSON object"))
            continue
        records.append((origin, record))
    return records, problems


def _numbered_records(path: Path) -> Iterator[tuple[int, int, str]]:
    """(line number, record number, line) for each non-blank line."""
    number = 0
    with _open_text(path) as handle:
        for line_no, line in enumerate(handle, 1):
            if line.strip():
                yield line_no, number, line
                number += 1


def _read_parquet_slice(path: Path, start: int, stop: int) -> list[Located]:
    import pyarrow.parquet as pq

    rows: list[dict[str, Any]] = []
    offset = 0  # record number of the batch's first row
    # Stream batches so a partition of a large file never loads the whole file.
    for batch in pq.ParquetFile(path).iter_batches(batch_size=1024):
        n = batch.num_rows
        if offset + n > start:
            low, high = max(start - offset, 0), min(stop - offset, n)
            rows.extend(batch.slice(low, high - low).to_pylist())
        offset += n
        if offset >= stop:
            break
    return [
        (f"{path}:row {start + i}", {k: _jsonable(v) for k, v in row.items()})
        for i, row in enumerate(rows)
    ]
