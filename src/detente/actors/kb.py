"""The actor knowledge base: entries loaded from data files, alias index, dated offices.

Packaged knowledge lives in ``detente/data/actors/``:

* ``countries.csv``   one row per state: canonical name, other names, adjectives,
  plural demonyms (the people), capitals (used as metonyms and for datelines);
* ``entities.csv``    dependencies, breakaway regions, seats of government, IGOs,
  NGOs and armed groups, in the user format below;
* ``officeholders.csv`` dated heads of state/government, foreign and defence
  ministers, in the user format plus an ``office`` column;
* ``officeholders_earlier.csv`` the same for about 1985-2015, many states, swept
  systematically (news of any period since about 1990 names them);
* ``roles.csv``       role nouns and titles with their PLOVER sector.

Users add entries with CSV/YAML files in the *user format*: columns
``name,country,sector,kind,start,end,canonical`` (``name`` may hold several
aliases separated by ``|``). Every malformed row raises
:class:`~detente.errors.KnowledgeError` naming file and line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml

from ..errors import KnowledgeError
from ..knowledge import data_path, read_table, split_list

#: PLOVER sector codes (manual, "Sector Codes").
SECTORS: frozenset[str] = frozenset({
    "COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR", "BUS",
    "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC",
})
KINDS: frozenset[str] = frozenset({"country", "igo", "group", "person", "role"})
#: How a role noun denotes: one person, a plural group of people, or an institution.
#: A modifier ("former") only qualifies another title and is never a mention alone.
ROLE_CLASSES: frozenset[str] = frozenset({"person", "group", "body", "modifier"})
#: Forms under which a country's alias appears in text.
FORMS: frozenset[str] = frozenset({"name", "adjective", "people", "capital", "alias"})

#: Sectors of people who hold a state's (or organisation's) offices.
STATE_SECTORS: frozenset[str] = frozenset({"GOV", "MIL", "JUD", "LEG", "SPY", "COP", "REL", "MED"})
_COUNTRY_CODE = re.compile(r"^[A-Z]{3}$")
USER_COLUMNS: tuple[str, ...] = ("name", "country", "sector", "kind", "start", "end", "canonical")


@dataclass(frozen=True, slots=True)
class KBEntry:
    """One knowledge entry; ``origin`` is ``file:line`` for error messages and ``rule``."""

    aliases: tuple[str, ...]
    country: str | None
    sector: str | None
    kind: str
    start: date | None = None
    end: date | None = None
    canonical: str | None = None
    office: str | None = None  # persons: office held; roles: office the title names
    role_class: str = "person"  # roles only: person | group | body
    inherits: bool = False  # roles only: a modifier's sector wins ("army spokesman")
    is_state: bool = False  # a row of countries.csv (the state itself)
    origin: str = ""

    @property
    def label(self) -> str:
        """The ``Actor.rule`` fragment naming this entry."""
        if self.kind == "person":
            span = f"{_iso(self.start)}..{_iso(self.end)}"
            return f"officeholder:{self.canonical}@{span}"
        if self.kind == "role":
            return f"role:{self.canonical or self.aliases[0].lower()}"
        if self.kind == "country" and (self.is_state or self.canonical is None):
            return f"country:{self.country}"
        return f"{self.kind}:{self.canonical or self.aliases[0]}"

    def active_on(self, on: date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


@dataclass(frozen=True, slots=True)
class AliasHit:
    """An alias of ``entry`` and the form it takes (name, adjective, people, capital)."""

    entry: KBEntry
    form: str


def _iso(day: date | None) -> str:
    return day.isoformat() if day else ""


def parse_day(value: str, path: str, line: int, column: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise KnowledgeError(path, line, f"{column} {value!r} is not an ISO date") from exc


def _check_code(country: str, path: str, line: int, *, required: bool) -> str | None:
    if not country:
        if required:
            raise KnowledgeError(path, line, "country is required for this kind")
        return None
    if not _COUNTRY_CODE.match(country):
        raise KnowledgeError(path, line, f"country {country!r} is not a 3-letter uppercase code")
    return country


def _check_sector(sector: str, path: str, line: int) -> str | None:
    if not sector:
        return None
    if sector not in SECTORS:
        raise KnowledgeError(path, line, f"sector {sector!r} is not a PLOVER sector code")
    return sector


def entry_from_row(row: dict[str, str], path: str, line: int) -> KBEntry:
    """Validate one user-format row (``name,country,sector,kind,start,end,canonical``)."""
    aliases = tuple(split_list(row.get("name", "")))
    if not aliases:
        raise KnowledgeError(path, line, "name is empty")
    kind = row.get("kind", "").strip()
    if kind not in KINDS:
        raise KnowledgeError(path, line, f"kind {kind!r} is not one of {sorted(KINDS)}")
    country = _check_code(row.get("country", ""), path, line, required=kind != "role")
    sector = _check_sector(row.get("sector", ""), path, line)
    start = parse_day(row.get("start", ""), path, line, "start")
    end = parse_day(row.get("end", ""), path, line, "end")
    if start and end and end < start:
        raise KnowledgeError(path, line, f"end {end} is before start {start}")
    role_class = row.get("class", "") or "person"
    if role_class not in ROLE_CLASSES:
        raise KnowledgeError(
            path, line, f"class {role_class!r} is not one of {sorted(ROLE_CLASSES)}"
        )
    canonical = row.get("canonical", "") or None
    if kind == "person" and canonical is None:
        canonical = aliases[0]
    return KBEntry(
        aliases=aliases,
        country=country,
        sector=sector,
        kind=kind,
        start=start,
        end=end,
        canonical=canonical,
        office=row.get("office", "") or None,
        role_class=role_class,
        inherits=row.get("inherits", "") == "yes",
        origin=f"{path}:{line}",
    )


def read_user_csv(path: Path, *, extra: Iterable[str] = ()) -> Iterator[KBEntry]:
    rows = read_table(path, required=("name", "kind"),
                      optional=(*USER_COLUMNS, *extra, "comment"))
    for line, row in rows:
        yield entry_from_row(row, str(path), line)


def read_user_yaml(path: Path) -> Iterator[KBEntry]:
    """Entries from a YAML list of mappings; errors name the line where the entry starts."""
    try:
        text = path.read_text(encoding="utf-8")
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except (OSError, UnicodeDecodeError) as exc:
        raise KnowledgeError(str(path), None, f"cannot read: {exc}") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise KnowledgeError(str(path), line, f"invalid YAML: {exc}") from exc
    if root is None:
        return
    if not isinstance(root, yaml.SequenceNode):
        raise KnowledgeError(str(path), root.start_mark.line + 1, "expected a list of entries")
    for node in root.value:
        line = node.start_mark.line + 1
        if not isinstance(node, yaml.MappingNode):
            raise KnowledgeError(str(path), line, "entry is not a mapping")
        row: dict[str, str] = {}
        for key_node, value_node in node.value:
            key = str(key_node.value)
            if key not in USER_COLUMNS:
                raise KnowledgeError(str(path), line, f"unknown key {key!r}")
            if isinstance(value_node, yaml.SequenceNode):  # name: [a, b] for aliases
                row[key] = "|".join(str(v.value) for v in value_node.value)
            elif isinstance(value_node, yaml.ScalarNode):
                row[key] = "" if value_node.value in ("~", "null") else str(value_node.value)
            else:
                raise KnowledgeError(str(path), line, f"{key}: expected a plain value")
        yield entry_from_row({k: v.strip() for k, v in row.items()}, str(path), line)


def read_user_file(path: str | Path) -> list[KBEntry]:
    """A user's extension file (``.csv``, ``.yaml`` or ``.yml``)."""
    path = Path(path)
    if path.suffix.lower() in (".yaml", ".yml"):
        return list(read_user_yaml(path))
    if path.suffix.lower() == ".csv":
        return list(read_user_csv(path))
    raise KnowledgeError(str(path), None, "actor files must be .csv, .yaml or .yml")


def read_countries(path: Path) -> Iterator[tuple[KBEntry, dict[str, list[str]]]]:
    """Rows of ``countries.csv``: one entry per state, with its aliases grouped by form."""
    rows = read_table(
        path,
        required=("code", "name"),
        optional=("aliases", "adjectives", "people", "capitals", "comment"),
    )
    for line, row in rows:
        code = _check_code(row["code"], str(path), line, required=True)
        forms = {
            "name": [row["name"], *split_list(row.get("aliases", ""))],
            "adjective": split_list(row.get("adjectives", "")),
            "people": split_list(row.get("people", "")),
            "capital": split_list(row.get("capitals", "")),
        }
        aliases = tuple(a for group in forms.values() for a in group)
        entry = KBEntry(aliases=aliases, country=code, sector=None, kind="country",
                        canonical=row["name"], is_state=True, origin=f"{path}:{line}")
        yield entry, forms


def read_roles(path: Path) -> Iterator[KBEntry]:
    rows = read_table(path, required=("name", "class"),
                      optional=("sector", "country", "office", "inherits", "canonical", "comment"))
    for line, row in rows:
        entry = entry_from_row({**row, "kind": "role"}, str(path), line)
        names = entry.aliases
        if entry.role_class == "person":  # titles name one holder; news also uses plurals
            names = tuple(dict.fromkeys(n for a in names for n in (a, pluralize(a))))
        yield KBEntry(
            aliases=names, country=entry.country, sector=entry.sector, kind="role",
            canonical=entry.canonical or names[0].lower(), office=entry.office,
            role_class=entry.role_class, inherits=entry.inherits, origin=entry.origin,
        )


#: What an anaphor may refer back to (see ``anaphors.csv``).
ANAPHOR_TARGETS: frozenset[str] = frozenset(
    {"org", "person", "plural", "country", "igo", "alliance", "group", "home"}
)


@dataclass(frozen=True, slots=True)
class Anaphor:
    """What a pronoun or description refers to, and where it must stand to count."""

    refers: str
    subject_only: bool = False


def read_anaphors(path: Path) -> Iterator[tuple[str, Anaphor]]:
    rows = read_table(path, required=("phrase", "refers"), optional=("slots", "comment"))
    for line, row in rows:
        if row["refers"] not in ANAPHOR_TARGETS:
            raise KnowledgeError(str(path), line, f"refers {row['refers']!r} is not one of "
                                 f"{sorted(ANAPHOR_TARGETS)}")
        slots = row.get("slots") or "argument"
        if slots not in ("subject", "argument"):
            raise KnowledgeError(str(path), line, f"slots {slots!r} is not subject|argument")
        yield row["phrase"].lower(), Anaphor(row["refers"], slots == "subject")


def pluralize(phrase: str) -> str:
    """Regular English plural of a phrase's last word (``foreign minister`` -> ``...ministers``)."""
    head, _, last = phrase.rpartition(" ")
    lower = last.lower()
    if lower.endswith("man"):
        plural = last[:-3] + last[-3:-2] + "en"  # spokesman -> spokesmen
    elif lower.endswith("y") and lower[-2:-1] not in "aeiou":
        plural = last[:-1] + "ies"
    elif lower.endswith(("s", "sh", "ch", "x", "z")):
        plural = last + "es"
    else:
        plural = last + "s"
    return f"{head} {plural}" if head else plural


@dataclass(slots=True)
class ActorKB:
    """All entries, indexed by lower-cased alias and by (country, office)."""

    entries: list[KBEntry]
    aliases: dict[str, list[AliasHit]]
    offices: dict[tuple[str, str], list[KBEntry]]
    persons: dict[str, list[KBEntry]]
    capitals: dict[str, str]  # lower-cased capital -> country, for datelines
    by_country: dict[str, KBEntry]
    anaphors: dict[str, Anaphor]  # "it" -> org (as a subject), "the country" -> country

    @classmethod
    def packaged(cls) -> ActorKB:
        return cls.load(())

    @classmethod
    def load(cls, user_files: Iterable[str | Path] = ()) -> ActorKB:
        """The packaged KB, then each user file (a user's alias replaces a packaged one)."""
        kb = cls([], {}, {}, {}, {}, {}, {})
        folder = data_path("actors")
        for entry, forms in read_countries(folder / "countries.csv"):
            kb._add_country(entry, forms)
        for name in ("entities.csv", "officeholders.csv", "officeholders_earlier.csv"):
            for entry in read_user_csv(folder / name, extra=("office",)):
                kb.add(entry)
        for entry in read_roles(folder / "roles.csv"):
            kb.add(entry)
        kb.anaphors = dict(read_anaphors(folder / "anaphors.csv"))
        for user_file in user_files:
            kb.add_user_entries(read_user_file(user_file))
        return kb

    def _add_country(self, entry: KBEntry, forms: dict[str, list[str]]) -> None:
        self.entries.append(entry)
        self.by_country.setdefault(entry.country or "", entry)
        for form, names in forms.items():
            for name in names:
                self._index(name, AliasHit(entry, form))
                if form == "capital":
                    self.capitals.setdefault(name.lower(), entry.country or "")

    def add(self, entry: KBEntry) -> None:
        self.entries.append(entry)
        for alias in entry.aliases:
            self._index(alias, AliasHit(entry, "alias"))
        if entry.kind == "person":
            self.persons.setdefault(entry.canonical or entry.aliases[0], []).append(entry)
            # Rebels, opposition figures and breakaway authorities do not hold the
            # state's offices: "the president" of Azerbaijan is never Karabakh's.
            if entry.office and entry.country and entry.sector in STATE_SECTORS:
                self.offices.setdefault((entry.country, entry.office), []).append(entry)

    def add_user_entries(self, entries: list[KBEntry]) -> None:
        """A user's aliases replace the packaged meanings of the same alias."""
        replaced: set[str] = set()
        for entry in entries:
            for alias in entry.aliases:
                key = alias.lower()
                if key not in replaced:
                    self.aliases.pop(key, None)
                    replaced.add(key)
            self.add(entry)

    def _index(self, alias: str, hit: AliasHit) -> None:
        hits = self.aliases.setdefault(alias.lower(), [])
        if all(h.entry is not hit.entry or h.form != hit.form for h in hits):
            hits.append(hit)

    # -- dated look-ups -------------------------------------------------------------

    def person_at(self, canonical: str, on: date | None) -> tuple[KBEntry, str | None]:
        """The office entry of a person on a day and the status (None, "former", "before")."""
        rows = sorted(self.persons[canonical], key=lambda e: e.start or date.min)
        if on is None:
            return rows[-1], None
        active = [e for e in rows if e.active_on(on)]
        if active:
            return active[-1], None
        ended = [e for e in rows if e.end is not None and e.end < on]
        if ended:
            return max(ended, key=lambda e: e.end or date.min), "former"
        return rows[0], "before"

    def holder(self, country: str, office: str, on: date | None) -> KBEntry | None:
        """Who held ``office`` in ``country`` on a day (no date: the latest holder)."""
        rows = self.offices.get((country, office))
        if not rows:
            return None
        if on is None:  # the current holder: an open-ended spell, else the latest
            return max(rows, key=lambda e: (e.end is None, e.start or date.min))
        active = [e for e in rows if e.active_on(on)]
        return max(active, key=lambda e: e.start or date.min) if active else None

    def entries_for(self, country: str) -> list[KBEntry]:
        return [e for e in self.entries if e.country == country]
