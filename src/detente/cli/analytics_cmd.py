"""Analytics commands: ``dyad``, ``alerts``, ``brief``, ``network``, ``export``.

All read the event store read-only (``--db``); none writes to it.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from ..analytics import (
    EXPORT_FORMATS,
    SERIES_COLUMNS,
    AlertConfig,
    Dyad,
    SeriesQuery,
    build_brief,
    build_network,
    dyad_series,
    export_events,
    find_alerts,
    write_brief,
    write_network,
)
from ..analytics.chart import render_series_png
from ..analytics.dyads import PERIODS
from ..records import MODALITIES
from ..store import EventStore

_ALERT_DEFAULTS = AlertConfig()

#: Columns of the compact ``dyad --format table`` view (CSV/JSON carry them all).
TABLE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("period", "period"), ("direction", "direction"), ("events", "events"),
    ("verbal_coop", "v.coop"), ("material_coop", "m.coop"),
    ("verbal_conflict", "v.confl"), ("material_conflict", "m.confl"),
    ("goldstein_mean", "G mean"), ("score", "score"), ("index", "index"),
    ("unasserted", "not asserted"),
)  # fmt: skip


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from exc


def _modalities(text: str) -> tuple[str, ...]:
    values = tuple(v.strip() for v in text.split(",") if v.strip())
    unknown = [v for v in values if v not in MODALITIES]
    if unknown or not values:
        raise argparse.ArgumentTypeError(
            f"{text!r}: modalities are a comma list of {', '.join(MODALITIES)}")
    return values


def _add_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", required=True, help="event store (DuckDB file)")


def _add_range(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--since", type=_day, help="first day (YYYY-MM-DD)")
    parser.add_argument("--until", type=_day, help="last day (YYYY-MM-DD)")


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("dyad", help="time series of one dyad's relations")
    p.add_argument("a", help="first side: country (AZE) or actor code (AZEGOV)")
    p.add_argument("b", help="second side")
    _add_db(p)
    p.add_argument("--by", choices=PERIODS, default="week")
    _add_range(p)
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")
    p.add_argument("--plot", type=Path, help="also write the chart to this PNG")
    p.add_argument("--modality", type=_modalities, default=("asserted",),
                   help="modalities counted (comma list; default asserted)")
    p.add_argument("--alpha", type=float, default=0.3, help="EWMA weight of the newest period")
    p.set_defaults(func=run_dyad)

    p = subparsers.add_parser("alerts", help="relations shifts and new event types")
    _add_db(p)
    _add_range(p)
    p.add_argument("--dyad", nargs=2, metavar=("A", "B"), help="only this country pair")
    p.add_argument("--min-events", type=int, default=_ALERT_DEFAULTS.min_events,
                   help="asserted events a shift week needs")
    p.add_argument("--window", type=int, default=_ALERT_DEFAULTS.window, help="baseline weeks")
    p.add_argument("--threshold", type=float, default=_ALERT_DEFAULTS.threshold, help="|z| to flag")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=run_alerts)

    p = subparsers.add_parser("brief", help="HTML or Markdown report on one dyad")
    p.add_argument("a")
    p.add_argument("b")
    _add_db(p)
    _add_range(p)
    p.add_argument("--by", choices=PERIODS, help="period (default: week up to 6 months)")
    p.add_argument("--top", type=int, default=10, help="top events listed")
    p.add_argument("--out", type=Path, required=True, help="brief.html or brief.md")
    p.set_defaults(func=run_brief)

    p = subparsers.add_parser("network", help="actor network as HTML, GraphML or JSON")
    _add_db(p)
    _add_range(p)
    p.add_argument("--level", choices=("country", "code"), default="country")
    p.add_argument("--min-events", type=int, default=1, help="events an edge needs")
    p.add_argument("--out", type=Path, help="network.html (or .graphml / .json)")
    p.add_argument("--graphml", type=Path, help="also write GraphML here")
    p.add_argument("--json", type=Path, help="also write JSON here")
    p.set_defaults(func=run_network)

    p = subparsers.add_parser("export", help="events as Parquet, CSV or GDELT-style TSV")
    _add_db(p)
    _add_range(p)
    p.add_argument("--format", choices=EXPORT_FORMATS, required=True)
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--modality", type=_modalities, default=(),
                   help="only these modalities (default: all, marked in the modality column)")
    p.add_argument("--header", action="store_true", help="gdelt: write a header line")
    p.set_defaults(func=run_export)


def _open(db: str) -> EventStore:
    return EventStore(db, read_only=True)


def _unasserted(row: dict[str, Any]) -> int:
    return sum(int(row[m]) for m in MODALITIES if m != "asserted")


def _print_table(rows: list[dict[str, Any]], out: TextIO) -> None:
    cells = [[h for _, h in TABLE_COLUMNS]]
    for r in rows:
        values = {**r, "unasserted": _unasserted(r)}
        cells.append([
            "–" if values[k] is None else
            f"{values[k]:.2f}" if isinstance(values[k], float) else str(values[k])
            for k, _ in TABLE_COLUMNS
        ])
    widths = [max(len(row[i]) for row in cells) for i in range(len(TABLE_COLUMNS))]
    for n, row in enumerate(cells):
        out.write("  ".join(c.rjust(w) if i > 1 else c.ljust(w)
                            for i, (c, w) in enumerate(zip(row, widths, strict=True))) + "\n")
        if n == 0:
            out.write("  ".join("-" * w for w in widths) + "\n")


def run_dyad(args: argparse.Namespace) -> int:
    dyad = Dyad.parse(args.a, args.b)
    query = SeriesQuery(dyad, by=args.by, since=args.since, until=args.until,
                        modalities=args.modality, alpha=args.alpha)
    with _open(args.db) as store:
        table = dyad_series(store.con, query)
    rows = table.to_pylist()
    if args.format == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=list(SERIES_COLUMNS))
        writer.writeheader()
        writer.writerows(rows)
    elif args.format == "json":
        json.dump(rows, sys.stdout, default=str, indent=1)
        sys.stdout.write("\n")
    else:
        _print_table(rows, sys.stdout)
    if args.plot:
        args.plot.parent.mkdir(parents=True, exist_ok=True)
        args.plot.write_bytes(render_series_png(table, dyad, by=args.by))
        print(f"chart written to {args.plot}", file=sys.stderr)
    return 0


def run_alerts(args: argparse.Namespace) -> int:
    config = AlertConfig(window=args.window, threshold=args.threshold,
                         min_events=args.min_events)
    pair = None
    if args.dyad:
        dyad = Dyad.parse(*args.dyad)
        pair = (dyad.a, dyad.b)
    with _open(args.db) as store:
        alerts = find_alerts(store.con, since=args.since, until=args.until, pair=pair,
                             config=config)
    if args.format == "json":
        json.dump([a.to_dict() for a in alerts], sys.stdout, indent=1)
        sys.stdout.write("\n")
        return 0
    for alert in alerts:
        print(f"[{alert.kind}] {alert.message}")
        for e in alert.events:
            print(f"    {e.day} {e.actor}->{e.recipient} {e.event_type} ({e.cameo}, "
                  f"G {e.goldstein:+.1f}) {e.source or ''}")
            for sentence in e.sentences:
                print(f"      \u201c{sentence}\u201d")
    print(f"{len(alerts)} alert(s)", file=sys.stderr)
    return 0


def run_brief(args: argparse.Namespace) -> int:
    dyad = Dyad.parse(args.a, args.b)
    with _open(args.db) as store:
        brief = build_brief(store.con, dyad, since=args.since, until=args.until, by=args.by,
                            top=args.top)
    for path in write_brief(brief, args.out):
        print(f"wrote {path}", file=sys.stderr)
    return 0


def run_network(args: argparse.Namespace) -> int:
    targets = [p for p in (args.out, args.graphml, args.json) if p]
    if not targets:
        print("detente network: give --out, --graphml or --json", file=sys.stderr)
        return 2
    with _open(args.db) as store:
        network = build_network(store.con, since=args.since, until=args.until,
                                level=args.level, min_events=args.min_events)
    for path, fmt_hint in ((args.out, None), (args.graphml, ".graphml"), (args.json, ".json")):
        if path is None:
            continue
        if fmt_hint and path.suffix.lower() != fmt_hint:
            path = path.with_suffix(fmt_hint)
        write_network(network, path)
        print(f"wrote {path} ({len(network.nodes)} nodes, {len(network.edges)} edges)",
              file=sys.stderr)
    return 0


def run_export(args: argparse.Namespace) -> int:
    with _open(args.db) as store:
        rows = export_events(store.con, args.format, args.out, since=args.since,
                             until=args.until, modalities=args.modality, header=args.header)
    print(f"wrote {rows} events to {args.out} ({args.format})", file=sys.stderr)
    return 0
