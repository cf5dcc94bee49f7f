"""``detente code``, ``ingest``, ``events`` and ``summary``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from datetime import date
from typing import IO, Any

from ..errors import InputError
from ..ingest import parse_published, read_articles
from ..records import Article, ArticleResult, Event
from ..settings import Settings


def _date_arg(value: str) -> date:
    try:
        parsed = parse_published(value, "--published/--since")
    except InputError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc
    if parsed is None:
        raise argparse.ArgumentTypeError("empty date")
    return parsed


def add_coding_options(p: argparse.ArgumentParser) -> None:
    """Options shared by every command that codes text."""
    p.add_argument("inputs", nargs="+", metavar="ARTICLE",
                   help=".txt / .json / .jsonl file, a folder of them, or - for stdin")
    p.add_argument("--published", type=_date_arg, default=None,
                   help="publication date for inputs that carry none (YYYY-MM-DD)")
    p.add_argument("--model", default=None, help="spaCy pipeline (default: settings/env)")
    p.add_argument("--actors", action="append", default=[], metavar="FILE",
                   help="extra actor knowledge (CSV/YAML); may repeat")
    p.add_argument("--triggers", action="append", default=[], metavar="FILE",
                   help="extra trigger rows (CSV, columns of triggers.csv); a row replaces "
                        "the packaged rows for its lemma and part of speech; may repeat")
    p.add_argument("--workers", type=int, default=1, help="coding processes (default 1)")
    p.add_argument("--batch-size", type=int, default=64, help="articles per nlp.pipe batch")
    p.add_argument("--asserted-only", action="store_true",
                   help="drop negated/hypothetical/future/historical events")


def settings_from(args: argparse.Namespace) -> Settings:
    settings = Settings(batch_size=args.batch_size, actor_files=tuple(args.actors),
                        trigger_files=tuple(args.triggers),
                        keep_unasserted=not args.asserted_only)
    if args.model:
        settings = settings.with_(model=args.model)
    return settings


class InputTally:
    """Counts what was read and reports each bad input on one line of stderr."""

    def __init__(self) -> None:
        self.read = 0
        self.failed = 0

    def articles(self, inputs: Iterable[str], published: date | None) -> Iterator[Article]:
        for item in read_articles(inputs, published=published):
            if isinstance(item, InputError):
                self.failed += 1
                print(f"detente: error: {item}", file=sys.stderr)
            else:
                self.read += 1
                yield item

    def report(self, result: ArticleResult) -> bool:
        if result.error:
            self.failed += 1
            print(f"detente: error: {result.error}", file=sys.stderr)
            return False
        return True


def code_stream(articles: Iterable[Article], settings: Settings, workers: int
                ) -> Iterator[ArticleResult]:
    """Code articles in this process, or in ``workers`` processes (same batch function)."""
    if workers > 1:
        from ..scale.local import code_parallel

        yield from code_parallel(articles, settings=settings, workers=workers)
        return
    from ..pipeline import Pipeline

    yield from Pipeline(settings=settings).code_articles(articles)


def _cmd_code(args: argparse.Namespace) -> int:
    settings = settings_from(args)
    tally = InputTally()
    coded = 0
    n_events = 0
    with ExitStack() as stack:
        results = code_stream(tally.articles(args.inputs, args.published), settings,
                              args.workers)
        if args.out and str(args.out).endswith(".parquet"):
            from ..scale.sinks import ParquetSink

            sink = stack.enter_context(ParquetSink(args.out))
            for result in results:
                if tally.report(result):
                    coded += 1
                    n_events += len(result.events)
                    sink.write(result.events)
        else:
            from ..output import EventWriter

            stream: IO[str] = (stack.enter_context(open(args.out, "w", encoding="utf-8"))
                               if args.out else sys.stdout)
            writer = EventWriter(stream, args.format)
            for result in results:
                if tally.report(result):
                    coded += 1
                    n_events += len(result.events)
                    writer.write(result.events)
    print(f"detente: coded {coded} article(s), {n_events} event(s); {tally.failed} failed",
          file=sys.stderr)
    return 0 if coded or not tally.failed else 1


def _cmd_ingest(args: argparse.Namespace) -> int:
    from ..store import EventStore, IngestReport

    settings = settings_from(args)
    tally = InputTally()
    total = IngestReport()
    with EventStore(args.db) as store:
        batch: list[ArticleResult] = []

        def flush() -> None:
            report = store.ingest(batch)
            total.added += report.added
            total.replaced += report.replaced
            total.unchanged += report.unchanged
            total.events += report.events
            batch.clear()

        for result in code_stream(tally.articles(args.inputs, args.published), settings,
                                  args.workers):
            if tally.report(result):
                batch.append(result)
            if len(batch) >= settings.batch_size:
                flush()
        if batch:
            flush()
        counts = store.counts()
    print(
        f"detente: {total.added} article(s) added, {total.replaced} replaced, "
        f"{total.unchanged} already stored, {tally.failed} failed; {total.events} event(s) "
        f"written. Store {args.db}: {counts['articles']} articles, {counts['events']} events.",
        file=sys.stderr,
    )
    coded = total.added + total.replaced + total.unchanged
    return 0 if coded or not tally.failed else 1


def _cmd_events(args: argparse.Namespace) -> int:
    from ..output import EventWriter
    from ..store import EventStore

    with EventStore(args.db, read_only=True) as store:
        events: list[Event] = store.query_events(
            actor=args.actor, recipient=args.recipient, event_type=args.type,
            since=args.since, until=args.until, modality=args.modality, limit=args.limit,
        )
    with ExitStack() as stack:
        stream: IO[str] = (stack.enter_context(open(args.out, "w", encoding="utf-8"))
                           if args.out else sys.stdout)
        EventWriter(stream, args.format).write(events)
    return 0


def _cmd_summary(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.table import Table

    from ..store import EventStore

    console = Console()
    with EventStore(args.db, read_only=True) as store:
        counts = store.counts()
        by_type: list[Any] = store.con.execute(
            "SELECT event_type, count(*) FILTER (WHERE modality = 'asserted'), "
            "count(*) FILTER (WHERE modality <> 'asserted') FROM events "
            "GROUP BY 1 ORDER BY 2 DESC, 1").fetchall()
        dyads: list[Any] = store.con.execute(
            "SELECT coalesce(actor_country, '---'), coalesce(recipient_country, '---'), "
            "count(*), round(avg(goldstein), 2) FROM events WHERE modality = 'asserted' "
            "GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT 10").fetchall()
    console.print(f"[bold]{args.db}[/bold]: {counts['articles']} articles, "
                  f"{counts['events']} events")
    t = Table(title="Events by PLOVER type")
    for col in ("type", "asserted", "other modality"):
        t.add_column(col)
    for row in by_type:
        t.add_row(*(str(x) for x in row))
    console.print(t)
    d = Table(title="Top dyads (asserted)")
    for col in ("actor", "recipient", "events", "mean Goldstein"):
        d.add_column(col)
    for row in dyads:
        d.add_row(*(str(x) for x in row))
    console.print(d)
    return 0


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("code", help="code articles, print events")
    add_coding_options(p)
    p.add_argument("--format", choices=("jsonl", "csv", "plover"), default="jsonl")
    p.add_argument("--out", default=None,
                   help="output file (default stdout); a .parquet file is written as Parquet")
    p.set_defaults(func=_cmd_code)

    p = subparsers.add_parser("ingest", help="code articles and store them (idempotent)")
    add_coding_options(p)
    p.add_argument("--db", required=True, help="DuckDB event store file")
    p.set_defaults(func=_cmd_ingest)

    p = subparsers.add_parser("events", help="query stored events")
    p.add_argument("--db", required=True)
    p.add_argument("--actor", help="actor country or code (e.g. AZE, AZEGOV)")
    p.add_argument("--recipient", help="recipient country or code")
    p.add_argument("--type", help="PLOVER event type (e.g. REJECT)")
    p.add_argument("--since", type=_date_arg)
    p.add_argument("--until", type=_date_arg)
    p.add_argument("--modality", choices=("asserted", "negated", "hypothetical", "future",
                                          "historical"))
    p.add_argument("--limit", type=int)
    p.add_argument("--format", choices=("jsonl", "csv", "plover"), default="jsonl")
    p.add_argument("--out", default=None)
    p.set_defaults(func=_cmd_events)

    p = subparsers.add_parser("summary", help="what a store holds: counts by type and dyad")
    p.add_argument("--db", required=True)
    p.set_defaults(func=_cmd_summary)


__all__ = ["add_coding_options", "code_stream", "register", "settings_from"]
