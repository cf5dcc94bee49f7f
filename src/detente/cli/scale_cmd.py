"""``detente cluster code`` (Dask) and ``detente load`` (Parquet into the store)."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from ..settings import Settings


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from exc
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {number}")
    return number


def _cluster_settings(args: argparse.Namespace) -> Settings:
    settings = Settings(batch_size=args.batch_size, actor_files=tuple(args.actors),
                        trigger_files=tuple(args.triggers),
                        keep_unasserted=not args.asserted_only)
    return settings.with_(model=args.model) if args.model else settings


def _cmd_cluster_code(args: argparse.Namespace) -> int:
    from ..scale.cluster import run_cluster

    report = run_cluster(
        args.inputs, args.out, settings=_cluster_settings(args), scheduler=args.scheduler,
        workers=args.workers, partition_size=args.partition_size,
        progress=False if args.quiet else None,
    )
    for error in report.errors:
        print(f"detente: error: {error}", file=sys.stderr)
    for failure in report.failed:
        print(f"detente: error: partition failed: {failure}", file=sys.stderr)
    loads = sorted(set(report.model_loads.values()))
    print(
        f"detente: {report.shards} shard(s), {len(report.skipped)} already done; "
        f"coded {report.records} record(s) in {report.partitions} partition(s) on "
        f"{len(report.model_loads)} worker(s) (model loads per worker: {loads or '-'}): "
        f"{report.events} event(s), {len(report.errors)} bad record(s), "
        f"{len(report.failed)} failed partition(s) in {report.seconds:.1f} s -> {args.out}",
        file=sys.stderr,
    )
    if report.failed:
        print("detente: re-run the same command to code the unfinished shards", file=sys.stderr)
        return 1
    return 0


def _cmd_load(args: argparse.Namespace) -> int:
    from ..scale.load import load_parquet

    report = load_parquet(args.source, args.db)
    print(
        f"detente: read {report.events_read} event(s) from {report.files} file(s): "
        f"{report.events_added} added, {report.events_skipped} already stored; "
        f"{report.articles_added} article(s) added -> {args.db}",
        file=sys.stderr,
    )
    return 0


def register(subparsers: Any) -> None:
    cluster = subparsers.add_parser("cluster", help="code sharded corpora on a Dask cluster")
    commands = cluster.add_subparsers(dest="cluster_command", metavar="COMMAND", required=True)
    p = commands.add_parser(
        "code", help="JSONL/Parquet shards -> Parquet events partitioned by day (resumable)"
    )
    p.add_argument("inputs", nargs="+", metavar="SHARDS",
                   help="shard files, globs (quote them: 'corpus/*.jsonl') or folders")
    p.add_argument("--out", required=True, help="output folder (day=YYYY-MM-DD/ partitions)")
    p.add_argument("--scheduler", default=None,
                   help="address of a running Dask scheduler (default: start a local cluster)")
    p.add_argument("--workers", type=_positive, default=os.cpu_count() or 1,
                   help="processes of the local cluster (default: CPU count)")
    p.add_argument("--partition-size", type=_positive, default=1000,
                   help="records per task; larger shards are sliced (default 1000)")
    p.add_argument("--batch-size", type=_positive, default=64,
                   help="articles per nlp.pipe batch")
    p.add_argument("--model", default=None, help="spaCy pipeline (default: settings/env)")
    p.add_argument("--actors", action="append", default=[], metavar="FILE",
                   help="extra actor knowledge (CSV/YAML); may repeat")
    p.add_argument("--triggers", action="append", default=[], metavar="FILE",
                   help="extra trigger rows (CSV, columns of triggers.csv); may repeat")
    p.add_argument("--asserted-only", action="store_true",
                   help="drop negated/hypothetical/future/historical events")
    p.add_argument("--quiet", action="store_true", help="no progress output")
    p.set_defaults(func=_cmd_cluster_code)

    p = subparsers.add_parser("load", help="load Parquet events (cluster output) into a store")
    p.add_argument("source", help="cluster output folder, or one .parquet file of events")
    p.add_argument("--db", required=True, help="DuckDB event store file")
    p.set_defaults(func=_cmd_load)
