"""Convert a PETRARCH actor / agent dictionary into detente's actor-extension CSV.

The gold PETRARCH validation sets use fictional actors defined only in their own
dictionaries, so an evaluation reads those dictionaries (by path, at run time)
and hands the actors stage an extension file
(``name,country,sector,kind,start,end,canonical``).

PETRARCH formats read here:

* actors: ``NAME [CODE]``; following ``+SYNONYM`` lines name the same actor; a
  code may sit on its own (indented) line; several code lines give date
  restrictions ``[CODE <YYMMDD]`` (before), ``[CODE >YYMMDD]`` (after) and
  ``[CODE YYYYMMDD-YYYYMMDD]`` (inclusive range). Two-digit years 00-29 are 20xx,
  30-99 19xx (see :func:`parse_code` for ranges). ``<`` and ``>`` are strict;
  a range is inclusive (the PETRARCH validation records rely on both).
* agents: ``NOUN {PLURALS} [~AGT]``; ``~AGT`` is a sector added to whatever
  country the context gives (kind ``role``); ``AGT~`` is a stand-alone actor
  code (``[NGO~]``: an NGO). ``!SET! = A, B`` defines a substitution set used
  as ``CONGRESS!PERSON!``. ``{}`` says the noun has no plural; ``{X}`` gives
  the plural; otherwise the regular English plural is added.
* ``#`` starts a comment; ``<!-- ... -->`` blocks are comments; ``_`` joins words.

What cannot be expressed is reported in ``problems`` (file and line): a code
``A/B`` naming several actors at once keeps the first one (the PETRARCH scorer
writes each: ``Conversion.codes``); a code without a country (``---``, ``+++``)
is skipped.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from ..errors import EvalError
from .tables import sectors

#: Columns of the actor-extension file the actors stage reads.
EXTENSION_COLUMNS = ("name", "country", "sector", "kind", "start", "end", "canonical")

#: PLOVER non-state "country" codes that name international bodies (kind ``igo``).
_IGO_PREFIXES = ("IGO", "UNO", "NGO", "NGM", "IMG", "MNC")

_COMMENT_BLOCK_RE = re.compile(r"<!.*?>", re.DOTALL)
_CODE_RE = re.compile(r"\[([^\]]*)\]")
_DATE = r"(\d{8}|\d{6})"
_CODE_BODY_RE = re.compile(
    rf"^(?P<code>[^\s<>]+?)\s*(?:(?P<op>[<>])\s*{_DATE}|\s{_DATE}\s*-\s*{_DATE})?$"
)
_SET_RE = re.compile(r"^!(\w+)!\s*=\s*(.+)$")


@dataclass(frozen=True, slots=True)
class ExtensionRow:
    name: str  # aliases joined with "|"
    country: str
    sector: str
    kind: str
    start: str
    end: str
    canonical: str

    def cells(self) -> list[str]:
        return [self.name, self.country, self.sector, self.kind, self.start, self.end,
                self.canonical]


@dataclass(slots=True)
class Conversion:
    rows: list[ExtensionRow] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    #: canonical name -> the dictionary's own code, for actors whose code the extension
    #: format cannot hold (a first sector that is not a PLOVER sector: ``IGOEEU``); the
    #: PETRARCH scorer writes that code for an actor resolved to one of these names
    codes: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class _Entry:
    names: list[str]
    line: int
    codes: list[tuple[int, str]] = field(default_factory=list)


def strip_comment_blocks(text: str) -> str:
    """Blank out ``<!-- ... -->`` blocks, keeping the line count for messages."""
    return _COMMENT_BLOCK_RE.sub(lambda m: "\n" * m.group(0).count("\n"), text)


def _hash_comment(line: str) -> str:
    return line.split("#", 1)[0].rstrip()


def dictionary_lines(
    path: Path, strip_comment: Callable[[str], str] = _hash_comment
) -> list[tuple[int, str]]:
    """Numbered non-blank lines of a PETRARCH dictionary, comments removed.

    Line numbers are those of the file, so messages can name the line.
    """
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise EvalError(f"{path}: cannot read PETRARCH dictionary: {exc}") from exc
    out = []
    for number, raw in enumerate(strip_comment_blocks(text).splitlines(), start=1):
        line = strip_comment(raw)
        if line.strip():
            out.append((number, line))
    return out


def phrase(raw: str) -> str:
    """Dictionary phrase -> words: ``_`` joins words, a trailing ``_`` is a match flag."""
    return " ".join(raw.replace("_", " ").split())


#: Words written in lower case inside a title-cased name.
_NAME_FUNCTION_WORDS = frozenset({"of", "the", "and", "de", "for"})


def proper_name(raw: str) -> str:
    """Actor names are written in capitals in the dictionaries; store them title-cased.

    Abbreviations (words with a period: ``U.S.S.R``) keep their capitals; function
    words inside a name are lower-cased (``Prince of Dol Amroth``).
    """
    words = []
    for index, word in enumerate(phrase(raw).split()):
        if "." in word:
            words.append(word.upper())
        elif index and word.lower() in _NAME_FUNCTION_WORDS:
            words.append(word.lower())
        else:
            words.append("-".join(p[:1].upper() + p[1:].lower() for p in word.split("-")))
    return " ".join(words)


#: Two-digit years below this are 20xx, others 19xx: the dictionaries were written
#: in the 2000s and 2010s and reach back into the twentieth century.
_CENTURY_PIVOT = 30


def yymmdd(digits: str) -> date:
    """A ``YYMMDD`` or ``YYYYMMDD`` date."""
    if len(digits) == 6:
        year = int(digits[:2])
        year += 2000 if year < _CENTURY_PIVOT else 1900
        return date(year, int(digits[2:4]), int(digits[4:]))
    return date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))


def parse_code(body: str) -> tuple[str, str, str]:
    """``CODE``, ``CODE <D``, ``CODE >D`` or ``CODE D1-D2`` -> (code, start, end) ISO dates.

    A range must run forwards; a two-digit start year later than the end year
    belongs to the century before (``331108-730717``: 1933 to 1973).
    """
    match = _CODE_BODY_RE.match(" ".join(body.split()))
    if not match:
        raise ValueError(f"unreadable code [{body}]")
    code = match.group("code")
    op, when, first, last = match.group("op"), match.group(3), match.group(4), match.group(5)
    try:
        if op == "<":
            return code, "", (yymmdd(when) - timedelta(days=1)).isoformat()
        if op == ">":
            return code, (yymmdd(when) + timedelta(days=1)).isoformat(), ""
        if first:
            start, end = yymmdd(first), yymmdd(last)
            if start > end and len(first) == 6:
                start = start.replace(year=start.year - 100)
            if start > end:
                raise ValueError(f"range [{body}] ends before it starts")
            return code, start.isoformat(), end.isoformat()
    except ValueError as exc:
        raise ValueError(f"bad date in [{body}]: {exc}") from exc
    return code, "", ""


def split_code(code: str) -> tuple[str, str]:
    """``PSEREBHMS`` -> (``PSE``, ``REBHMS``); a country-less code has country ``""``."""
    code = code.upper()
    country, sector = code[:3], code[3:]
    if not re.fullmatch(r"[A-Z]{3}", country):
        country = ""
    return country, sector


def actor_kind(country: str, sector: str) -> str:
    if country in _IGO_PREFIXES:
        return "igo"
    if country and not sector:
        return "country"
    return "group"


def convert_actors(path: Path | str) -> Conversion:
    """Rows for every (actor, code line) of a PETRARCH actor dictionary."""
    path = Path(path)
    conversion = Conversion()
    entries: list[_Entry] = []
    for number, line in dictionary_lines(path):
        stripped = line.strip()
        if stripped.startswith("+"):
            if not entries:
                conversion.problems.append(f"{path}:{number}: synonym before any actor")
                continue
            name_part = _CODE_RE.split(stripped[1:])[0]
            if phrase(name_part):
                entries[-1].names.append(proper_name(name_part))
            entries[-1].codes.extend((number, c) for c in _CODE_RE.findall(stripped))
        elif stripped.startswith("["):
            if not entries:
                conversion.problems.append(f"{path}:{number}: code before any actor")
                continue
            entries[-1].codes.extend((number, c) for c in _CODE_RE.findall(stripped))
        else:
            name_part = stripped.split("[", 1)[0]
            entry = _Entry([proper_name(name_part)], number)
            entry.codes.extend((number, c) for c in _CODE_RE.findall(stripped))
            entries.append(entry)
    for entry in entries:
        _entry_rows(path, entry, conversion)
    return conversion


Interval = tuple[date, date]  # inclusive; date.min / date.max stand for open ends


def _interval(start: str, end: str) -> Interval:
    return (date.fromisoformat(start) if start else date.min,
            date.fromisoformat(end) if end else date.max)


def subtract(interval: Interval, taken: list[Interval]) -> list[Interval]:
    """The parts of ``interval`` not covered by any interval in ``taken``."""
    parts = [interval]
    for t_start, t_end in taken:
        next_parts = []
        for start, end in parts:
            if t_end < start or end < t_start:
                next_parts.append((start, end))
                continue
            if start < t_start:
                next_parts.append((start, t_start - timedelta(days=1)))
            if t_end < end:
                next_parts.append((t_end + timedelta(days=1), end))
        parts = next_parts
    return parts


def _iso(day: date) -> str:
    return "" if day in (date.min, date.max) else day.isoformat()


def _entry_rows(path: Path, entry: _Entry, conversion: Conversion) -> None:
    """Rows for one actor, made non-overlapping in time.

    PETRARCH lets a date-restricted code override the actor's default code, and an
    earlier restriction override a later one. The extension format has no such
    precedence, so each code gets only the days no earlier-ranked code holds:
    dated codes in file order first, the undated (default) code last.
    """
    if not entry.codes:
        conversion.problems.append(f"{path}:{entry.line}: actor {entry.names[0]!r} has no code")
        return
    ranked: list[tuple[int, str, Interval]] = []
    for number, body in entry.codes:
        try:
            code, start_iso, end_iso = parse_code(body)
        except ValueError as exc:
            conversion.problems.append(f"{path}:{number}: {exc}")
            continue
        ranked.append((number, code, _interval(start_iso, end_iso)))
    ranked.sort(key=lambda item: item[2] == (date.min, date.max))  # stable: defaults last
    taken: list[Interval] = []
    for number, code, interval in ranked:
        parts = subtract(interval, taken)
        taken.append(interval)
        if not parts:
            conversion.problems.append(
                f"{path}:{number}: {entry.names[0]!r} code {code!r} is never in force; skipped"
            )
            continue
        row = _actor_row(path, number, entry, code, conversion)
        if row is None:
            continue
        for first_day, last_day in parts:
            conversion.rows.append(
                ExtensionRow(row.name, row.country, row.sector, row.kind,
                             _iso(first_day), _iso(last_day), row.canonical)
            )


def _actor_row(
    path: Path, number: int, entry: _Entry, code: str, conversion: Conversion
) -> ExtensionRow | None:
    full_code = code.upper()
    if "/" in code:
        conversion.problems.append(
            f"{path}:{number}: {entry.names[0]!r} names several actors ({code}); "
            "the actors stage keeps the first, PETRARCH scoring writes each"
        )
        code = code.split("/")[0]
    country, sector = split_code(code)
    if not country:
        conversion.problems.append(
            f"{path}:{number}: {entry.names[0]!r} code {code!r} has no country; skipped"
        )
        return None
    kept = plover_sector(path, number, code, sector, conversion)
    canonical = entry.names[0]
    if (sector and not kept) or full_code != code.upper():
        # The row cannot hold the dictionary's code (a sector that is not PLOVER's, or
        # several actors): its canonical name carries the code, which stays apart from
        # other actors of that name and is remembered for the PETRARCH scorer.
        canonical = f"{canonical} [{full_code}]"
        conversion.codes[canonical] = full_code
    return ExtensionRow(
        name="|".join(entry.names),
        country=country,
        sector=kept,
        kind=actor_kind(country, kept),
        start="",
        end="",
        canonical=canonical,
    )


def plover_sector(
    path: Path, number: int, code: str, sector: str, conversion: Conversion
) -> str:
    """The first sector of a code when it is a PLOVER sector; otherwise none (reported)."""
    if not sector:
        return ""
    table = sectors()
    first = table.normalise(sector[:3])
    if first in table.codes:
        return first
    conversion.problems.append(
        f"{path}:{number}: {code}: sector {sector[:3]!r} is not a PLOVER sector; dropped"
    )
    return ""


def regular_plural(noun: str) -> str:
    """English regular plural of a phrase's last word (policy -> policies, press -> presses)."""
    head, _, last = noun.rpartition(" ")
    if re.search(r"(s|x|z|ch|sh)$", last):
        plural = last + "es"
    elif re.search(r"[^aeiou]y$", last):
        plural = last[:-1] + "ies"
    else:
        plural = last + "s"
    return f"{head} {plural}" if head else plural


def convert_agents(path: Path | str) -> Conversion:
    """Rows for a PETRARCH agent dictionary (roles: a sector without a country)."""
    path = Path(path)
    conversion = Conversion()
    sets: dict[str, list[str]] = {}
    for number, line in dictionary_lines(path):
        stripped = line.strip()
        set_match = _SET_RE.match(stripped)
        if set_match:
            sets[set_match.group(1)] = [w.strip() for w in set_match.group(2).split(",")]
            continue
        codes = _CODE_RE.findall(stripped)
        if len(codes) != 1:
            conversion.problems.append(f"{path}:{number}: expected one [code], found {len(codes)}")
            continue
        head = stripped.split("[", 1)[0]
        plural_match = re.search(r"\{([^}]*)\}", head)
        noun = re.sub(r"\{[^}]*\}", "", head)
        try:
            names = _expand_sets(noun, sets)
        except KeyError as exc:
            conversion.problems.append(f"{path}:{number}: unknown substitution set {exc}")
            continue
        names = [phrase(n).lower() for n in names]
        if plural_match is not None:
            names += [phrase(p).lower() for p in plural_match.group(1).split(",") if phrase(p)]
        elif "!" not in noun:
            names.append(regular_plural(names[0]))
        row = _agent_row(path, number, names, codes[0], conversion)
        if row is not None:
            conversion.rows.append(row)
    return conversion


def _expand_sets(noun: str, sets: dict[str, list[str]]) -> list[str]:
    match = re.search(r"!(\w+)!", noun)
    if not match:
        return [noun]
    out: list[str] = []
    for word in sets[match.group(1)]:
        out.extend(_expand_sets(noun[: match.start()] + word + noun[match.end():], sets))
    return out


def _agent_row(
    path: Path, number: int, names: list[str], body: str, conversion: Conversion
) -> ExtensionRow | None:
    code = "".join(body.split()).upper()
    name = "|".join(dict.fromkeys(names))
    if re.fullmatch(r"~[A-Z]{3,}", code):
        sector = plover_sector(path, number, code, code[1:], conversion)
        if not sector:
            conversion.problems.append(f"{path}:{number}: agent {names[0]!r} skipped")
            return None
        return ExtensionRow(name, "", sector, "role", "", "", names[0])
    if re.fullmatch(r"[A-Z]{3,}~", code):
        country, sector = split_code(code[:-1])
        sector = plover_sector(path, number, code, sector, conversion)
        return ExtensionRow(name, country, sector, actor_kind(country, sector), "", "", names[0])
    conversion.problems.append(f"{path}:{number}: unreadable agent code [{body}]")
    return None


def write_rows(header: Sequence[str], rows: Iterable[Sequence[str]], path: Path | str) -> Path:
    """Write a converted dictionary as a CSV file with ``header``."""
    path = Path(path)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
    return path


def write_extension(rows: list[ExtensionRow], path: Path | str) -> Path:
    """Write the actor-extension CSV (header ``EXTENSION_COLUMNS``)."""
    return write_rows(EXTENSION_COLUMNS, (row.cells() for row in rows), path)


def find_dictionaries(
    directory: Path | str, environment: dict[str, str]
) -> tuple[list[Path], list[Path]]:
    """The actor and agent dictionaries in ``directory``.

    The gold file's ``<Environment>`` names them (``Actorfile``, ``Agentfile``);
    when it names none that exists there, every ``*actors*.txt`` (resp.
    ``*agents*.txt``) file is used, as PETRARCH reads several actor files.
    """
    directory = Path(directory)
    if not directory.is_dir():
        raise EvalError(f"{directory}: dictionaries directory not found")
    found: list[list[Path]] = []
    for key, pattern in (("Actorfile", "*actors*.txt"), ("Agentfile", "*agents*.txt")):
        named = environment.get(key)
        if named and (directory / named).is_file():
            found.append([directory / named])
            continue
        candidates = sorted(directory.glob(pattern))
        if not candidates:
            raise EvalError(f"{directory}: no {pattern} dictionary (and the gold file names "
                            "none there)")
        found.append(candidates)
    return found[0], found[1]


@dataclass(frozen=True, slots=True)
class Dictionaries:
    """The PETRARCH dictionaries found in a folder (verbs and discards may be absent)."""

    actors: list[Path]
    agents: list[Path]
    verbs: list[Path]
    discards: list[Path]


def _optional(directory: Path, environment: dict[str, str], key: str,
              patterns: Sequence[str]) -> list[Path]:
    """The file the gold's ``<Environment>`` names under ``key``, else those ``patterns`` find."""
    named = environment.get(key)
    if named and (directory / named).is_file():
        return [directory / named]
    for pattern in patterns:
        candidates = sorted(directory.glob(pattern))
        if candidates:
            return candidates
    return []


def find_all_dictionaries(directory: Path | str, environment: dict[str, str]) -> Dictionaries:
    """Actor and agent dictionaries (required), verb and discard dictionaries (optional).

    The verb dictionary is the ``Verbfile`` of ``<Environment>``, else ``*verbs*.txt``,
    else ``CAMEO*.txt`` (the name of the PETRARCH2 default); the discard dictionary is
    the ``Discardfile``, else ``*discards*.txt``.
    """
    actors, agents = find_dictionaries(directory, environment)
    directory = Path(directory)
    return Dictionaries(
        actors=actors,
        agents=agents,
        verbs=_optional(directory, environment, "Verbfile", ("*verbs*.txt", "CAMEO*.txt")),
        discards=_optional(directory, environment, "Discardfile", ("*discards*.txt",)),
    )


def convert_dictionaries(
    actors: Sequence[Path], agents: Sequence[Path], out: Path
) -> Conversion:
    """Convert the dictionaries into one extension file ``out``."""
    combined = Conversion()
    conversions = [convert_actors(p) for p in actors] + [convert_agents(p) for p in agents]
    for conversion in conversions:
        combined.rows.extend(conversion.rows)
        combined.problems.extend(conversion.problems)
        combined.codes.update(conversion.codes)
    write_extension(combined.rows, out)
    return combined
