"""PETRARCH-style validation XML: lenient reader and (source, target, CAMEO) scoring.

A record is ``<Sentence id=... date=YYYYMMDD category=...>`` holding
``<EventCoding sourcecode targetcode eventcode>`` elements (or one with
``noevents="True"`` or ``error="..."``), a ``<Text>`` and a ``<Parse>`` (we parse
the text ourselves; the given parse is only checked to be one well-formed tree, and
a record whose parse is not is bad input, left uncoded: :func:`tree_problem`).

Scoring levels:

* **exact**: actor codes normalised to country + first sector (``DNKMUSMED`` ->
  ``DNKMUS``; sector spellings through ``data/eval/sectors.csv``, so PETRARCH's
  ``CIV`` equals PLOVER's ``CVL``), full CAMEO code;
* **root**: country only (first three characters), 2-digit CAMEO root.

Only events with a recipient are scored (:func:`petrarch_events`).
A coded event's codes are rebuilt from its actor's country and sector (``---``
for an unknown country or a missing actor, as PETRARCH writes), UN and EU bodies
under Phoenix's ``IGO`` prefix (:func:`phoenix_code`). Negated events
are not scored (see :mod:`detente.eval.coding`). Actor codes that the gold gives
as quoted text (``'"INJURY TOLL"'``) are kept verbatim and so never match: a
coder outputs codes, not text.

A record passes *strict* accuracy when the multiset of coded triples equals the
expected one; a ``noevents`` record, a record with no ``EventCoding`` and an
``error`` record (which a coder must discard) pass only when nothing is coded.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import EvalError
from ..records import Actor, Article, Event
from .coding import CodedSet, code_of, unique_ids
from .metrics import PRF, accuracy, prf, ratio
from .tables import body_key, phoenix_bodies, phoenix_countries, sectors

Triple = tuple[str, str, str]

_SENTENCE_RE = re.compile(r"<Sentence\b.*?</Sentence\s*>", re.DOTALL)
_SENTENCE_OPEN_RE = re.compile(r"<Sentence\b([^>]*)>", re.DOTALL)
_CODING_RE = re.compile(r"<EventCoding\b([^>]*)>", re.DOTALL)
_TEXT_RE = re.compile(r"<Text>(.*?)</Text\s*>", re.DOTALL)
_PARSE_RE = re.compile(r"<Parse>(.*?)</Parse\s*>", re.DOTALL)
_ATTR_RE = re.compile(r"""([A-Za-z_][\w.-]*)\s*=\s*("[^"]*"|'[^']*')""")


@dataclass(frozen=True, slots=True)
class PetrarchRecord:
    """One gold sentence. ``status``: ``events``, ``noevents`` or ``error``."""

    id: str
    text: str
    published: date | None
    category: str
    expected: tuple[Triple, ...]
    status: str
    line: int | None = None
    #: why the record's ``<Parse>`` is not a usable tree (``None`` when it is, or absent)
    parse_problem: str | None = None


@dataclass(slots=True)
class PetrarchGold:
    path: str
    records: list[PetrarchRecord]
    problems: list[str] = field(default_factory=list)
    environment: dict[str, str] = field(default_factory=dict)


# --------------------------------------------------------------------------- reading


def read_petrarch(path: Path | str) -> PetrarchGold:
    """Read a validation file; a bad record is reported in ``problems``, never fatal.

    The whole file is parsed with ``xml.etree`` when it is well-formed; otherwise
    each ``<Sentence>...</Sentence>`` block is parsed on its own, and a block
    that is not well-formed either is read with a tolerant pattern reader.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise EvalError(f"{path}: cannot read gold file: {exc}") from exc
    gold = PetrarchGold(str(path), [])
    try:
        root = ET.fromstring(text)
    except ET.ParseError as exc:
        gold.problems.append(f"{path}: not well-formed XML ({exc}); reading record by record")
        _read_blocks(text, gold)
    else:
        gold.environment = _environment(root)
        for element in root.iter("Sentence"):
            _add_record(gold, _fields_from_element(element), None)
    if not gold.records:
        raise EvalError(f"{path}: no readable <Sentence> records")
    ids = unique_ids(record.id for record in gold.records)
    gold.records = [
        _with_id(record, new_id) for record, new_id in zip(gold.records, ids, strict=True)
    ]
    return gold


def _with_id(record: PetrarchRecord, new_id: str) -> PetrarchRecord:
    if record.id == new_id:
        return record
    return PetrarchRecord(
        new_id, record.text, record.published, record.category,
        record.expected, record.status, record.line, record.parse_problem,
    )


def _environment(root: ET.Element) -> dict[str, str]:
    env = root.find("Environment")
    if env is None:
        return {}
    return {child.tag: (child.text or "").strip() for child in env if child.text}


def _read_blocks(text: str, gold: PetrarchGold) -> None:
    environment = re.search(r"<Environment>.*?</Environment\s*>", text, re.DOTALL)
    if environment:
        try:
            gold.environment = _environment(ET.fromstring(f"<r>{environment.group(0)}</r>"))
        except ET.ParseError:
            gold.problems.append(f"{gold.path}: <Environment> is not well-formed; ignored")
    for match in _SENTENCE_RE.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        block = match.group(0)
        try:
            fields = _fields_from_element(ET.fromstring(block))
        except ET.ParseError:
            fields = _fields_from_pattern(block)
        _add_record(gold, fields, line)


def _fields_from_element(element: ET.Element) -> dict[str, Any]:
    text_element = element.find("Text")
    parse_element = element.find("Parse")
    return {
        "attrs": dict(element.attrib),
        "codings": [dict(coding.attrib) for coding in element.iter("EventCoding")],
        "text": text_element.text if text_element is not None else None,
        "parse": parse_element.text if parse_element is not None else None,
    }


def _fields_from_pattern(block: str) -> dict[str, Any]:
    """Tolerant read of a block that ``xml.etree`` rejects (e.g. a stray ``&`` or tag)."""
    opening = _SENTENCE_OPEN_RE.search(block)
    text = _TEXT_RE.search(block)
    parse = _PARSE_RE.search(block)
    return {
        "attrs": _attributes(opening.group(1)) if opening else {},
        "codings": [_attributes(m.group(1)) for m in _CODING_RE.finditer(block)],
        "text": _unescape(text.group(1)) if text else None,
        "parse": _unescape(parse.group(1)) if parse else None,
    }


def _attributes(source: str) -> dict[str, str]:
    return {name: _unescape(value[1:-1]) for name, value in _ATTR_RE.findall(source)}


def _unescape(text: str) -> str:
    for entity, char in (("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&apos;", "'")):
        text = text.replace(entity, char)
    return text.replace("&amp;", "&")


def _add_record(gold: PetrarchGold, fields: dict[str, Any], line: int | None) -> None:
    attrs: dict[str, str] = fields["attrs"]
    where = f"{gold.path}:{line}" if line is not None else gold.path
    record_id = (attrs.get("id") or "").strip()
    if not record_id:
        gold.problems.append(f"{where}: <Sentence> without an id; skipped")
        return
    text = " ".join((fields["text"] or "").split())
    if not text:
        gold.problems.append(f"{where}: record {record_id}: no <Text>; skipped")
        return
    try:
        expected, status = _expectations(fields["codings"])
    except ValueError as exc:
        gold.problems.append(f"{where}: record {record_id}: {exc}; skipped")
        return
    published = _parse_date(attrs.get("date"))
    if attrs.get("date") and published is None:
        gold.problems.append(
            f"{where}: record {record_id}: bad date {attrs.get('date')!r}; coded without one"
        )
    category = (attrs.get("category") or "").strip() or "(none)"
    parse_problem = tree_problem(fields.get("parse"))
    if parse_problem:
        gold.problems.append(f"{where}: record {record_id}: {parse_problem}; not coded")
    gold.records.append(
        PetrarchRecord(record_id, text, published, category, expected, status, line,
                       parse_problem)
    )


def tree_problem(parse: str | None) -> str | None:
    """Why a bracketed constituency parse is not one well-formed tree, or ``None``.

    A PETRARCH input record is its text *and* this parse (brackets in the words are
    escaped as ``-LRB-``/``-RRB-``, so every parenthesis is structure); a coder
    must reject a record whose parse does not close (``bad_input_parse``).
    """
    if parse is None or not parse.strip():
        return None
    depth = 0
    for index, char in enumerate(parse):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth < 0:
                return f"<Parse> closes a bracket it never opened (character {index + 1})"
            if depth == 0 and parse[index + 1:].strip():
                return "<Parse> holds text after its tree closes"
    if depth > 0:
        return f"<Parse> leaves {depth} bracket(s) open"
    return None


def _expectations(codings: Sequence[dict[str, str]]) -> tuple[tuple[Triple, ...], str]:
    """Expected triples and the record status from its ``EventCoding`` attributes."""
    triples: list[Triple] = []
    status = "noevents"
    for coding in codings:
        if coding.get("error"):
            return (), "error"
        if (coding.get("noevents") or "").strip().lower() == "true":
            continue
        missing = [a for a in ("sourcecode", "targetcode", "eventcode") if not coding.get(a)]
        if missing:
            raise ValueError(f"EventCoding without {', '.join(missing)}")
        triples.append((coding["sourcecode"], coding["targetcode"], coding["eventcode"]))
        status = "events"
    return tuple(triples), status


def _parse_date(value: str | None) -> date | None:
    digits = (value or "").strip()
    if not re.fullmatch(r"\d{8}", digits):
        return None
    try:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        return None


def articles(gold: PetrarchGold) -> list[Article]:
    """One article per codable record (see :func:`tree_problem`), id ``petrarch:<record id>``,
    the record date as publication."""
    return [
        Article(
            id=article_id(record),
            text=record.text,
            published=record.published,
            source="petrarch-gold",
            origin=f"{gold.path}:{record.line}" if record.line else gold.path,
        )
        for record in gold.records
        if record.parse_problem is None
    ]


def article_id(record: PetrarchRecord) -> str:
    return f"petrarch:{record.id}"


# --------------------------------------------------------------------------- scoring


def exact_code(code: str) -> str:
    """Country + first sector of an actor code; quoted actor text is kept as is.

    The sector goes through the sector table, so PETRARCH's ``CIV`` and PLOVER's
    ``CVL`` (civilians) compare equal; the country through the Phoenix country
    table, so a gold file writing Kosovo ``KOS`` or ``KSV`` matches either.
    """
    code = code.strip()
    if code.startswith(('"', "'")):
        return code
    code = code.upper()
    return _phoenix_country(code[:3]) + sectors().normalise(code[3:6])


def root_code(code: str) -> str:
    """Country part of an actor code (its first three characters, Phoenix spelling)."""
    code = code.strip()
    if code.startswith(('"', "'")):
        return code
    return _phoenix_country(code.upper()[:3])


def _phoenix_country(country: str) -> str:
    return phoenix_countries().get(country, country)


def exact_triple(triple: Triple) -> Triple:
    source, target, cameo = triple
    return exact_code(source), exact_code(target), cameo.strip()


def root_triple(triple: Triple) -> Triple:
    source, target, cameo = triple
    return root_code(source), root_code(target), cameo.strip()[:2]


#: PLOVER's non-state "countries" that are intergovernmental bodies of their own, which the
#: Phoenix dictionaries write under the ``IGO`` prefix: the UN and its agencies are ``IGOUNO``
#: (WHO ``IGOUNOHLH...``), the EU's institutions ``IGOEUR...``. PLOVER's ``IGO`` (other
#: intergovernmental bodies), ``NGO``, ``IMG`` and ``MNC`` are already Phoenix prefixes.
PHOENIX_IGO_BODIES = frozenset({"UNO", "EUR"})


#: PLOVER "countries" of international and non-state bodies.
INTERNATIONAL = frozenset({"IGO", "UNO", "EUR", "NGO", "IMG", "MNC"})


def _listed_body(actor: Actor) -> str | None:
    """The Phoenix code ``phoenix_bodies.csv`` gives the body, by canonical name or text."""
    table = phoenix_bodies()
    for name in (actor.name, actor.text):
        if name and body_key(name) in table:
            return table[body_key(name)]
    return None


def phoenix_code(actor: Actor | None, dictionary_codes: Mapping[str, str] | None = None) -> str:
    """An actor's code as the PETRARCH / Phoenix dictionaries write it.

    Rebuilt from country and sector (``---`` for an unknown country or a missing
    actor, as PETRARCH writes); a UN or EU body gets the ``IGO`` prefix so that
    its root (first three characters) is ``IGO``, as in Phoenix (``UNO`` ->
    ``IGOUNO``, ``UNO`` + ``MED`` -> ``IGOUNOMED``); a body listed in
    ``data/eval/phoenix_bodies.csv`` gets its Phoenix code (NATO ``IGOWSTNAT``,
    Amnesty ``NGOHRIAMN``); a country Phoenix writes differently is renamed
    (``data/eval/phoenix_countries.csv``: Kosovo ``KOS`` -> ``KSV``). Records keep PLOVER codes:
    only this writer, used for PETRARCH scoring, changes them. An actor resolved
    to a dictionary entry whose code the actors stage could not hold (its canonical
    name is a key of ``dictionary_codes``) is written with the dictionary's code.
    """
    if actor is None:
        return code_of(actor)
    if dictionary_codes and actor.name is not None and actor.name in dictionary_codes:
        return dictionary_codes[actor.name]
    if actor.country in INTERNATIONAL:
        listed = _listed_body(actor)
        if listed is not None:
            return listed
    if actor.country in PHOENIX_IGO_BODIES:
        return "IGO" + code_of(actor)
    code = code_of(actor)
    renamed = phoenix_countries().get(code[:3])
    return code if renamed is None else renamed + code[3:]


def petrarch_events(events: Sequence[Event]) -> list[Event]:
    """The coded events PETRARCH would write: those with a target.

    PETRARCH writes an event only when it finds the target of the verb (``---``
    stands for a found target of unknown country, never for a missing one), so an
    event we code without a recipient ("Gondor protested") has no counterpart in
    its output and is not scored. A missing source stays: PETRARCH-style gold
    writes an unidentified attacker as ``---`` ("a convoy came under fire").
    """
    return [e for e in events if e.recipient is not None]


def event_triple(event: Event, dictionary_codes: Mapping[str, str] | None = None) -> Triple:
    return (phoenix_code(event.actor, dictionary_codes),
            phoenix_code(event.recipient, dictionary_codes), event.cameo)


def event_triples(event: Event, dictionary_codes: Mapping[str, str] | None = None) -> list[Triple]:
    """The triples PETRARCH writes for an event: one per actor a compound code names.

    A dictionary code ``FRO/BIL/SAM`` ("the Shire") names several actors at once,
    and PETRARCH codes the event once for each of them (on either side).
    """
    source, target, cameo = event_triple(event, dictionary_codes)
    return [(s, t, cameo) for s in source.split("/") for t in target.split("/")]


@dataclass(frozen=True, slots=True)
class RecordScore:
    id: str
    category: str
    status: str
    text: str
    expected: tuple[Triple, ...]
    coded: tuple[Triple, ...]
    exact: PRF
    root: PRF
    coding_error: str | None = None

    @property
    def strict(self) -> bool:
        """Coded multiset equals expected multiset (at the exact level)."""
        expected = Counter(exact_triple(t) for t in self.expected)
        return expected == Counter(exact_triple(t) for t in self.coded)

    @property
    def strict_root(self) -> bool:
        expected = Counter(root_triple(t) for t in self.expected)
        return expected == Counter(root_triple(t) for t in self.coded)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "category": self.category,
            "status": self.status,
            "text": self.text,
            "expected": [list(t) for t in self.expected],
            "coded": [list(t) for t in self.coded],
            "exact_matched": self.exact.matched,
            "root_matched": self.root.matched,
            "strict": self.strict,
            "strict_root": self.strict_root,
            "coding_error": self.coding_error,
        }


def score_record(
    record: PetrarchRecord, coded: Sequence[Triple], coding_error: str | None = None
) -> RecordScore:
    return RecordScore(
        id=record.id,
        category=record.category,
        status=record.status,
        text=record.text,
        expected=record.expected,
        coded=tuple(coded),
        exact=prf([exact_triple(t) for t in record.expected], [exact_triple(t) for t in coded]),
        root=prf([root_triple(t) for t in record.expected], [root_triple(t) for t in coded]),
        coding_error=coding_error,
    )


@dataclass(slots=True)
class PetrarchReport:
    path: str
    records: list[RecordScore]
    problems: list[str] = field(default_factory=list)
    #: records left uncoded because they hold a phrase of the discard dictionary
    discarded: int = 0
    #: records left uncoded because their ``<Parse>`` is not a well-formed tree
    rejected: int = 0

    @property
    def exact(self) -> PRF:
        return sum((r.exact for r in self.records), PRF(0, 0, 0))

    @property
    def root(self) -> PRF:
        return sum((r.root for r in self.records), PRF(0, 0, 0))

    @property
    def strict_accuracy(self) -> float:
        return accuracy(r.strict for r in self.records)

    @property
    def strict_root_accuracy(self) -> float:
        return accuracy(r.strict_root for r in self.records)

    def by_category(self) -> dict[str, dict[str, float]]:
        """Per gold category: records, strict accuracy, exact recall."""
        out: dict[str, dict[str, float]] = {}
        for category in sorted({r.category for r in self.records}):
            rows = [r for r in self.records if r.category == category]
            counts = sum((r.exact for r in rows), PRF(0, 0, 0))
            out[category] = {
                "records": len(rows),
                "strict_accuracy": accuracy(r.strict for r in rows),
                "exact_recall": counts.recall,
            }
        return out

    def headline(self) -> dict[str, float]:
        return {
            "exact_f1": self.exact.f1,
            "root_f1": self.root.f1,
            "strict_accuracy": self.strict_accuracy,
        }

    def to_dict(self, *, per_record: bool = True) -> dict[str, Any]:
        d: dict[str, Any] = {
            "gold": self.path,
            "records": len(self.records),
            "exact": self.exact.to_dict(),
            "root": self.root.to_dict(),
            "strict_accuracy": self.strict_accuracy,
            "strict_root_accuracy": self.strict_root_accuracy,
            "by_category": self.by_category(),
            "coding_errors": sum(1 for r in self.records if r.coding_error),
            "discarded": self.discarded,
            "rejected": self.rejected,
            "problems": list(self.problems),
        }
        if per_record:
            d["per_record"] = [r.to_dict() for r in self.records]
        return d


def score(
    gold: PetrarchGold, coded: CodedSet, dictionary_codes: Mapping[str, str] | None = None
) -> PetrarchReport:
    """Score coded events against the gold (pure: no model involved).

    ``dictionary_codes``: the gold's own dictionary codes by canonical actor name
    (see :func:`phoenix_code`).
    """
    rows = []
    for record in gold.records:
        events = petrarch_events(coded.of(article_id(record)))
        rows.append(
            score_record(
                record,
                [t for e in events for t in event_triples(e, dictionary_codes)],
                coded.errors.get(article_id(record)),
            )
        )
    rejected = sum(1 for record in gold.records if record.parse_problem)
    return PetrarchReport(gold.path, rows, list(gold.problems), rejected=rejected)


def format_report(report: PetrarchReport, *, per_record: bool = False) -> str:
    lines = [f"PETRARCH gold {report.path}: {len(report.records)} records"]
    for name, counts in (("exact", report.exact), ("root", report.root)):
        lines.append(
            f"  {name:5}  expected {counts.expected:4}  coded {counts.coded:4}  "
            f"matched {counts.matched:4}  P {counts.precision:.3f}  R {counts.recall:.3f}  "
            f"F1 {counts.f1:.3f}"
        )
    lines.append(
        f"  strict record accuracy {report.strict_accuracy:.3f} "
        f"(root level {report.strict_root_accuracy:.3f})"
    )
    lines.append("  by category (records, strict accuracy, exact recall):")
    for category, row in report.by_category().items():
        lines.append(
            f"    {category:10} {int(row['records']):4}  {row['strict_accuracy']:.3f}  "
            f"{row['exact_recall']:.3f}"
        )
    if report.rejected:
        lines.append(f"  {report.rejected} record(s) have a malformed <Parse> and were not coded")
    if report.discarded:
        lines.append(f"  {report.discarded} record(s) hold a discard phrase and were not coded")
    errors = [r for r in report.records if r.coding_error]
    if errors:
        lines.append(f"  {len(errors)} record(s) failed to code (scored as coding nothing); "
                     f"first: {errors[0].coding_error}")
    lines.extend(format_problems(report.problems, every=per_record))
    if per_record:
        misses = [r for r in report.records if not r.strict]
        share = ratio(len(misses), len(report.records))
        lines.append(f"  records not strictly right ({len(misses)}, {share:.3f}):")
        for r in misses:
            lines.append(f"    {r.id} [{r.status}] {r.text[:100]}")
            lines.append(f"      expected {_triples(r.expected)}")
            lines.append(f"      coded    {_triples(r.coded)}")
            if r.coding_error:
                lines.append(f"      error    {r.coding_error}")
    return "\n".join(lines)


#: Problems listed without ``--per-record`` (the rest are counted; JSON has them all).
SHOWN_PROBLEMS = 5


def format_problems(problems: Sequence[str], *, every: bool) -> list[str]:
    shown = problems if every else problems[:SHOWN_PROBLEMS]
    lines = [f"  problem: {problem}" for problem in shown]
    if len(shown) < len(problems):
        lines.append(f"  ... {len(problems) - len(shown)} more problem(s) (--per-record or --json)")
    return lines


def _triples(triples: Sequence[Triple]) -> str:
    return ", ".join("/".join(t) for t in triples) or "(none)"
