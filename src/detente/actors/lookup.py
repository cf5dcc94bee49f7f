"""Look-ups by name, without a parsed text: what the KB says a name means on a day."""

from __future__ import annotations

from datetime import date

from ..records import Actor, actor_code
from .kb import ActorKB, KBEntry


def entries_named(kb: ActorKB, name: str) -> list[KBEntry]:
    """Every entry that has ``name`` (any case) as an alias, in KB order."""
    return list(dict.fromkeys(hit.entry for hit in kb.aliases.get(name.strip().lower(), [])))


def resolve_name(kb: ActorKB, name: str, on: date | None) -> Actor | None:
    """The actor ``name`` denotes on ``on`` (no date: the latest entries), or ``None``.

    Persons resolve through their dated offices (after the last one: ELI, a former
    official); dated groups through the entry in force; roles give a sector only.
    """
    entries = entries_named(kb, name)
    if not entries:
        return None
    persons = [e for e in entries if e.kind == "person"]
    if persons:
        canonicals = list(dict.fromkeys(e.canonical or e.aliases[0] for e in persons))
        states = [kb.person_at(c, on) for c in canonicals]
        in_office = [s for s in states if s[1] is None]
        if len(states) > 1 and len(in_office) != 1:
            return None  # a shared surname and no single holder on the day
        entry, status = states[0] if len(states) == 1 else in_office[0]
        sector = {"former": "ELI", "before": None}.get(status or "", entry.sector)
        rule = entry.label + (f"/{status}" if status else "")
        return _actor(name, entry.country, sector, entry.canonical, rule)
    in_force = _in_force(entries, on)
    if in_force is None:
        return None
    name_out = in_force.canonical if in_force.kind != "role" else None
    return _actor(name, in_force.country, in_force.sector, name_out, in_force.label)


def entries_of_country(kb: ActorKB, country: str, on: date | None) -> list[KBEntry]:
    """The KB entries of a country; with a date, only those in force on it."""
    entries = kb.entries_for(country)
    if on is None:
        return entries
    return [e for e in entries if e.active_on(on)]


def _in_force(entries: list[KBEntry], on: date | None) -> KBEntry | None:
    if on is None:
        return max(entries, key=lambda e: (e.end is None, e.start or date.min))
    active = [e for e in entries if e.active_on(on)]
    return active[0] if active else None


def _actor(text: str, country: str | None, sector: str | None, name: str | None,
           rule: str) -> Actor:
    return Actor(text=text, country=country, sector=sector, code=actor_code(country, sector),
                 name=name, rule=rule)
