"""Knowledge the evaluations need, read from ``detente/data/eval/``.

* ``sectors.csv``: PLOVER sector codes and the other spellings of each;
* ``plover_2016.csv``: PLOVER 0.5 (2016) category and mode names -> 2021 names;
* ``countries.csv``: country codes a gold file writes -> the coded codes that match;
* ``phoenix_bodies.csv``: international bodies -> their Phoenix codes (PETRARCH writer).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import KnowledgeError
from ..knowledge import data_path, read_table, split_list


@dataclass(frozen=True, slots=True)
class SectorTable:
    codes: frozenset[str]
    aliases: dict[str, str]  # alias -> code

    def normalise(self, sector: str | None) -> str:
        """First three letters, upper-cased, aliases mapped to their code; ``""`` if none."""
        head = (sector or "").strip()[:3].upper()
        head = self.aliases.get(head, head)
        return "" if head == "UNK" else head


@dataclass(frozen=True, slots=True)
class PloverRenames:
    events: dict[str, tuple[str, str | None]]  # old -> (new, mode the new category implies)
    modes: dict[str, str]


@dataclass(frozen=True, slots=True)
class CountryTable:
    coded: dict[str, frozenset[str]]  # gold code -> coded codes that match it

    def accepts(self, gold: str) -> frozenset[str]:
        """The coded country codes that match the gold code ``gold``."""
        return self.coded.get(gold, frozenset({gold}))


def read_countries(path: Path | str) -> CountryTable:
    coded: dict[str, frozenset[str]] = {}
    for _, row in read_table(path, required=("gold", "coded"), optional=("comment",)):
        coded[row["gold"]] = frozenset(split_list(row["coded"]))
    return CountryTable(coded)


def read_sectors(path: Path | str) -> SectorTable:
    codes: set[str] = set()
    aliases: dict[str, str] = {}
    for _, row in read_table(path, required=("code",), optional=("aliases", "comment")):
        codes.add(row["code"])
        for alias in split_list(row.get("aliases", "")):
            aliases[alias] = row["code"]
    return SectorTable(frozenset(codes), aliases)


def read_plover_renames(path: Path | str) -> PloverRenames:
    events: dict[str, tuple[str, str | None]] = {}
    modes: dict[str, str] = {}
    rows = read_table(path, required=("field", "old", "new"), optional=("mode", "comment"))
    for line, row in rows:
        if row["field"] == "event":
            events[row["old"]] = (row["new"], row.get("mode") or None)
        elif row["field"] == "mode":
            modes[row["old"]] = row["new"]
        else:
            raise KnowledgeError(str(path), line, f"field {row['field']!r} is not event or mode")
    return PloverRenames(events, modes)


@lru_cache(maxsize=1)
def sectors() -> SectorTable:
    return read_sectors(data_path("eval", "sectors.csv"))


@lru_cache(maxsize=1)
def plover_renames() -> PloverRenames:
    return read_plover_renames(data_path("eval", "plover_2016.csv"))


@lru_cache(maxsize=1)
def countries() -> CountryTable:
    return read_countries(data_path("eval", "countries.csv"))


def body_key(name: str) -> str:
    """How a body's name is looked up: case-folded, spaces joined, a leading "the" dropped."""
    words = name.casefold().split()
    if words[:1] == ["the"]:
        words = words[1:]
    return " ".join(words)


def read_phoenix_bodies(path: Path | str) -> dict[str, str]:
    """``{name key: Phoenix code}``; a name listed twice is an error naming the line."""
    codes: dict[str, str] = {}
    first_line: dict[str, int] = {}
    for line, row in read_table(path, required=("name", "code"), optional=("comment",)):
        code = row["code"].upper()
        if not (code[:3] in ("IGO", "NGO", "IMG", "MNC") and code.isalpha()):
            raise KnowledgeError(str(path), line, f"{code!r} is not a Phoenix body code")
        for name in split_list(row["name"]):
            key = body_key(name)
            if first_line.setdefault(key, line) != line:
                raise KnowledgeError(
                    str(path), line, f"name {name!r} is listed twice (first on line "
                    f"{first_line[key]})")
            codes[key] = code
    return codes


def read_phoenix_countries(path: Path | str) -> dict[str, str]:
    """``{record country code: Phoenix country code}``; codes must be three letters."""
    codes: dict[str, str] = {}
    for line, row in read_table(path, required=("plover", "phoenix"), optional=("comment",)):
        plover, phoenix = row["plover"].upper(), row["phoenix"].upper()
        if not all(len(code) == 3 and code.isalpha() for code in (plover, phoenix)):
            raise KnowledgeError(str(path), line, f"{plover!r} -> {phoenix!r}: country codes "
                                 "are three letters")
        codes[plover] = phoenix
    return codes


@lru_cache(maxsize=1)
def phoenix_countries() -> dict[str, str]:
    return read_phoenix_countries(data_path("eval", "phoenix_countries.csv"))


@lru_cache(maxsize=1)
def phoenix_bodies() -> dict[str, str]:
    return read_phoenix_bodies(data_path("eval", "phoenix_bodies.csv"))
