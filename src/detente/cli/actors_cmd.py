"""``detente actors lookup NAME`` and ``detente actors list --country AZE``."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from ..actors.kb import ActorKB, KBEntry
from ..actors.lookup import entries_named, entries_of_country, resolve_name


def _date_arg(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{value!r} is not a YYYY-MM-DD date") from exc


def _span(entry: KBEntry) -> str:
    if entry.start is None and entry.end is None:
        return ""
    start = entry.start.isoformat() if entry.start else ""
    end = entry.end.isoformat() if entry.end else ""
    return f"{start}..{end}"


def _entry_line(entry: KBEntry) -> str:
    parts = [
        f"{entry.kind:7}",
        f"{entry.country or '---':4}",
        f"{entry.sector or '':4}",
        entry.canonical or entry.aliases[0],
    ]
    if entry.office:
        parts.append(f"[{entry.office}]")
    if span := _span(entry):
        parts.append(span)
    parts.append(f"({entry.origin})")
    return "  ".join(parts)


def _cmd_lookup(args: argparse.Namespace) -> int:
    kb = ActorKB.load(args.actors)
    entries = entries_named(kb, args.name)
    if not entries:
        print(f"no actor entry is named {args.name!r}")
        return 1
    print(f"entries for {args.name!r}:")
    for entry in entries:
        print(f"  {_entry_line(entry)}")
    actor = resolve_name(kb, args.name, args.date)
    when = args.date.isoformat() if args.date else "latest"
    if actor is None:
        print(f"resolved ({when}): ambiguous on this date")
        return 0
    print(f"resolved ({when}): country={actor.country or '---'} sector={actor.sector or ''} "
          f"code={actor.code} name={actor.name or ''} rule={actor.rule}")
    return 0


def _cmd_list(args: argparse.Namespace) -> int:
    kb = ActorKB.load(args.actors)
    entries = entries_of_country(kb, args.country.upper(), args.date)
    for entry in entries:
        print(_entry_line(entry))
    print(f"{len(entries)} entries")
    return 0


def register(subparsers: Any) -> None:
    actors = subparsers.add_parser("actors", help="inspect the actor knowledge base")
    commands = actors.add_subparsers(dest="actors_command", metavar="ACTION", required=True)

    p = commands.add_parser("lookup", help="what a name means (on a date)")
    p.add_argument("name", help='a name, alias or title, e.g. "Jeyhun Bayramov"')
    p.add_argument("--date", type=_date_arg, default=None, help="YYYY-MM-DD (default: latest)")
    p.add_argument("--actors", action="append", default=[], metavar="FILE",
                   help="extra actor knowledge (CSV/YAML); may repeat")
    p.set_defaults(func=_cmd_lookup)

    p = commands.add_parser("list", help="entries of a country (in force on a date)")
    p.add_argument("--country", required=True, help="3-letter code, e.g. AZE")
    p.add_argument("--date", type=_date_arg, default=None)
    p.add_argument("--actors", action="append", default=[], metavar="FILE")
    p.set_defaults(func=_cmd_list)
