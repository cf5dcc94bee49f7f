"""Cluster mode: code sharded corpora on a Dask cluster into date-partitioned Parquet.

Each partition (a shard or a slice of one, see :mod:`detente.scale.shards`) is
one ``client.submit`` task running :func:`code_partition`, which reads its
records, codes them with :func:`detente.pipeline.code_records` (the same batch
function as local mode; one pipeline per worker process) and writes::

    out/month=YYYY-MM/part-<shardhash>-<index>.parquet    events (hive-partitioned by month)
    out/_articles/part-<shardhash>-<index>.parquet         the partition's articles
    out/_manifest.jsonl                                    one line per finished shard

The client appends a shard to the manifest once all its partitions are written;
a re-run skips shards whose content hash is there, so a failed job resumes.
Files are written under a temporary name and renamed, and a partition's outputs
have fixed names, so re-coding a partition replaces them and never duplicates.
Dask is imported lazily: it is the optional ``cluster`` extra.
"""

from __future__ import annotations

import json
import os
import socket
import threading
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from ..errors import ClusterError, InputError
from ..records import Event
from ..settings import Settings
from ..store import content_hash, events_table
from .local import model_loads, peak_rss_kb
from .progress import Progress
from .shards import Partition, Shard, describe_shard, expand_inputs, plan_partitions, read_partition

MANIFEST = "_manifest.jsonl"
ARTICLES_DIR = "_articles"
#: Hive's name for the partition of rows whose key is null (DuckDB reads it as NULL).
NULL_PARTITION = "__HIVE_DEFAULT_PARTITION__"

ARTICLE_SCHEMA = pa.schema(
    [
        ("article_id", pa.string()),
        ("content_hash", pa.string()),
        ("title", pa.string()),
        ("source", pa.string()),
        ("url", pa.string()),
        ("published", pa.date32()),
        ("n_events", pa.int32()),
    ]
)


@dataclass(slots=True)
class PartitionReport:
    """What a worker reports for one partition."""

    shard_hash: str
    index: int
    records: int  # input records read, the bad ones included
    events: int
    errors: list[str]
    files: list[str]
    worker: str  # "host:pid" of the process that coded it
    model_loads: int
    peak_rss_kb: int
    seconds: float


# --- worker side ---------------------------------------------------------------------

# A worker with several threads must still build one pipeline (one model) per process.
_PIPELINE_LOCK = threading.Lock()


def code_records_isolating(
    records: Sequence[dict[str, Any]], settings: Settings
) -> list[dict[str, Any]]:
    """``code_records``; if the batch fails as a whole, code record by record to isolate it."""
    from ..pipeline import code_records

    try:
        return code_records(records, settings)
    except Exception:
        out: list[dict[str, Any]] = []
        for record in records:
            try:
                out.extend(code_records([record], settings))
            except Exception as exc:
                article_id = str(record.get("id", "?"))
                out.append({"error": f"{article_id}: {type(exc).__name__}: {exc}",
                            "article_id": article_id})
        return out


def code_partition(partition: Partition, settings: Settings, out_dir: str) -> PartitionReport:
    """Read, code and write one partition (runs on a worker)."""
    from ..ingest import article_from_record
    from ..pipeline import get_pipeline

    started = time.perf_counter()
    with _PIPELINE_LOCK:
        _ = get_pipeline(settings).nlp
    located, problems = read_partition(partition)
    errors = [f"{p.origin}: {p.message}" for p in problems]
    records: list[dict[str, Any]] = []
    articles: list[dict[str, Any]] = []
    for origin, record in located:
        try:
            article = article_from_record(record, origin=origin)
        except InputError as exc:
            errors.append(str(exc))
            continue
        records.append(record)
        articles.append({"article_id": article.id, "content_hash": content_hash(article),
                         "title": article.title, "source": article.source,
                         "url": article.url, "published": article.published})
    rows = code_records_isolating(records, settings)
    errors += [row["error"] for row in rows if "error" in row]
    events = [Event.from_dict(row) for row in rows if "error" not in row]
    per_article: dict[str, int] = {}
    for event in events:
        per_article[event.article_id] = per_article.get(event.article_id, 0) + 1
    for article_row in articles:
        article_row["n_events"] = per_article.get(article_row["article_id"], 0)
    files = write_partition(Path(out_dir), partition.name, events, articles)
    return PartitionReport(
        shard_hash=partition.shard.hash, index=partition.index,
        records=len(located) + len(problems),
        events=len(events), errors=errors, files=files,
        worker=f"{socket.gethostname()}:{os.getpid()}", model_loads=model_loads(),
        peak_rss_kb=peak_rss_kb(),
        seconds=time.perf_counter() - started,
    )


def write_partition(
    out: Path, name: str, events: Sequence[Event], articles: Sequence[dict[str, Any]]
) -> list[str]:
    """Write a partition's events split by month of ``day``, and its articles.

    Months, not days: a partition's events spread over every day its articles
    mention, and one file per day would make thousands of tiny files. Each file
    keeps all the ``events`` columns, ``day`` included. Returns the files written.
    """
    for stale in out.glob(f"month=*/{name}.parquet"):
        stale.unlink()  # an earlier attempt of this partition (its months may differ)
    table = events_table(events)
    months = pa.array([d.strftime("%Y-%m") if d else None for d in table["day"].to_pylist()],
                      pa.string())
    written: list[str] = []
    for month in pc.unique(months).to_pylist():
        mask = pc.is_null(months) if month is None else pc.equal(months, month)
        path = out / f"month={month or NULL_PARTITION}" / f"{name}.parquet"
        _write_atomically(table.filter(mask), path)
        written.append(str(path))
    articles_path = out / ARTICLES_DIR / f"{name}.parquet"
    _write_atomically(pa.Table.from_pylist(list(articles), schema=ARTICLE_SCHEMA), articles_path)
    written.append(str(articles_path))
    return written


def _write_atomically(table: pa.Table, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    pq.write_table(table, tmp, compression="zstd")
    os.replace(tmp, path)


# --- client side ---------------------------------------------------------------------


@dataclass(slots=True)
class ClusterReport:
    shards: int = 0  # input shards found
    skipped: list[str] = field(default_factory=list)  # already in the manifest
    partitions: int = 0  # partitions coded in this run
    records: int = 0
    events: int = 0
    errors: list[str] = field(default_factory=list)  # bad records (the rest were coded)
    failed: list[str] = field(default_factory=list)  # partitions that failed as a whole
    model_loads: dict[str, int] = field(default_factory=dict)  # "host:pid" -> model loads
    peak_rss_kb: dict[str, int] = field(default_factory=dict)  # "host:pid" -> VmHWM
    seconds: float = 0.0


def read_manifest(out: Path) -> dict[str, dict[str, Any]]:
    """Finished shards by content hash. A torn last line (a crash mid-write) is ignored."""
    path = out / MANIFEST
    if not path.exists():
        return {}
    entries: dict[str, dict[str, Any]] = {}
    lines = path.read_text(encoding="utf-8").split("\n")
    for line_no, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
            entries[entry["shard"]] = entry
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            if line_no == len(lines):  # no newline after it: the write never finished
                continue
            raise ClusterError(f"{path}:{line_no}: not a manifest entry ({exc})") from exc
    return entries


def append_manifest(out: Path, entry: dict[str, Any]) -> None:
    with (out / MANIFEST).open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(entry, sort_keys=True) + "\n")
        handle.flush()
        os.fsync(handle.fileno())


def settings_fingerprint(settings: Settings) -> dict[str, Any]:
    """The settings that change what is coded, as recorded with each finished shard."""
    return {"model": settings.model, "actor_files": list(settings.actor_files),
            "keep_unasserted": settings.keep_unasserted}


def check_settings(out: Path, done: dict[str, dict[str, Any]], settings: Settings) -> None:
    """Refuse to resume into a folder coded with other settings (it would mix two codings)."""
    wanted = settings_fingerprint(settings)
    for entry in done.values():
        recorded = entry.get("settings")
        if recorded is not None and recorded != wanted:
            raise ClusterError(
                f"{out / MANIFEST}: shard {entry.get('path')} was coded with settings "
                f"{recorded}, this run uses {wanted}; use another --out folder"
            )


def _import_dask() -> Any:
    try:
        import distributed
    except ImportError as exc:
        raise ClusterError(
            "cluster mode needs Dask: pip install 'detente[cluster]' "
            f"(dask and distributed); import failed: {exc}"
        ) from exc
    return distributed


def run_cluster(
    inputs: Sequence[str],
    out_dir: str | Path,
    *,
    settings: Settings,
    scheduler: str | None = None,
    workers: int = 2,
    partition_size: int = 1000,
    progress: bool | None = None,
) -> ClusterReport:
    """Code the shards matching ``inputs`` into ``out_dir`` on a Dask cluster.

    Without ``scheduler`` a ``LocalCluster`` of ``workers`` single-threaded
    processes is started and stopped; with it, that scheduler's workers are used.
    """
    if workers < 1:
        raise ClusterError(f"--workers must be at least 1, got {workers}")
    distributed = _import_dask()
    started = time.perf_counter()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    report = ClusterReport()
    done = read_manifest(out)
    check_settings(out, done, settings)
    todo: list[Shard] = []
    planned: set[str] = set()
    for path in expand_inputs(inputs):
        if path.resolve().is_relative_to(out.resolve()):
            continue  # our own output, when --out lies inside an input folder
        shard = describe_shard(path)
        report.shards += 1
        # Finished in an earlier run, or a byte-identical copy of a shard already planned.
        if shard.hash in done or shard.hash in planned:
            report.skipped.append(shard.path)
        else:
            todo.append(shard)
            planned.add(shard.hash)
    if not todo:
        report.seconds = time.perf_counter() - started
        return report
    partitions = [p for shard in todo for p in plan_partitions(shard, partition_size)]
    cluster = None
    try:
        if scheduler:
            client = distributed.Client(scheduler)
        else:
            cluster = distributed.LocalCluster(
                n_workers=workers, processes=True, threads_per_worker=1,
                dashboard_address=":0",  # any free port: never clash with another cluster
            )
            client = distributed.Client(cluster)
    except (OSError, TimeoutError) as exc:
        raise ClusterError(f"cannot reach Dask scheduler {scheduler or '(local)'}: {exc}") from exc
    try:
        _run_partitions(distributed, client, partitions, todo, out, settings, report, progress)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    report.seconds = time.perf_counter() - started
    return report


def _run_partitions(
    distributed: Any,
    client: Any,
    partitions: Sequence[Partition],
    shards: Sequence[Shard],
    out: Path,
    settings: Settings,
    report: ClusterReport,
    progress: bool | None,
) -> None:
    run = uuid.uuid4().hex[:8]  # unique keys: never collide with another run's tasks
    futures = {
        client.submit(code_partition, p, settings, str(out), pure=False,
                      key=f"detente-code-{p.name}-{run}"): p
        for p in partitions
    }
    remaining = {s.hash: 0 for s in shards}
    for p in partitions:
        remaining[p.shard.hash] += 1
    totals: dict[str, dict[str, int]] = {s.hash: {"records": 0, "events": 0, "errors": 0}
                                         for s in shards}
    failed_shards: set[str] = set()
    by_hash = {s.hash: s for s in shards}
    with Progress(total=sum(s.records for s in shards), enabled=progress) as bar:
        for future in distributed.as_completed(list(futures)):
            partition = futures[future]
            try:
                result: PartitionReport = future.result()
            except Exception as exc:
                report.failed.append(f"{partition.shard.path} [{partition.start}:"
                                     f"{partition.stop}]: {type(exc).__name__}: {exc}")
                failed_shards.add(partition.shard.hash)
                bar.advance(partition.stop - partition.start, 0, partition.stop - partition.start)
                continue
            _tally(report, result)
            shard_totals = totals[result.shard_hash]
            shard_totals["records"] += result.records
            shard_totals["events"] += result.events
            shard_totals["errors"] += len(result.errors)
            bar.advance(result.records, result.events, len(result.errors))
            remaining[result.shard_hash] -= 1
            if remaining[result.shard_hash] == 0 and result.shard_hash not in failed_shards:
                shard = by_hash[result.shard_hash]
                append_manifest(out, {
                    "shard": shard.hash, "path": shard.path,
                    "partitions": len([p for p in partitions if p.shard.hash == shard.hash]),
                    "settings": settings_fingerprint(settings),
                    **shard_totals,
                    "finished": datetime.now(UTC).isoformat(timespec="seconds"),
                })


def _tally(report: ClusterReport, result: PartitionReport) -> None:
    report.partitions += 1
    report.records += result.records
    report.events += result.events
    report.errors.extend(result.errors)
    report.model_loads[result.worker] = max(report.model_loads.get(result.worker, 0),
                                            result.model_loads)
    report.peak_rss_kb[result.worker] = max(report.peak_rss_kb.get(result.worker, 0),
                                            result.peak_rss_kb)

