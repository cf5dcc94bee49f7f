"""PLOVER gold-standard records (CAMEO manual examples hand-coded in PLOVER 0.5, 2016).

The file is a JSON array; its first object is a ``DOCUMENT`` header. Each other
object has ``id``, ``text``, ``event``, optional ``mode``, ``context`` and
``source[]`` / ``target[]`` lists of ``{actorText, code, sector}``. 2016 names
are mapped to 2021 ones (``data/eval/plover_2016.csv``: DEMAND->REQUEST,
DISAPPROVE->ACCUSE, INVESTIGATE->ACCUSE, FIGHT->ASSAULT and a few mode renames).

Scoring picks one coded event per sentence, the *best* one: an event of the gold
type if there is one (the most confident of those), else the most confident
event. **A sentence with no coded event is a miss on every measure** (event type,
mode, actor and recipient), so all accuracies share one denominator, the number
of sentences, except mode, which is scored only on sentences whose gold gives a
mode. Actor country is right when the coded actor's country is one of the gold
sources' countries; sector likewise (gold and coded sectors are compared by
their first three letters, through ``sectors.csv``; a gold actor with no sector
expects a coded actor with none); gold country codes go through ``countries.csv``
(the 2016 gold codes every IGO ``IGO``). A sentence whose gold has no target
expects no coded recipient, with one exception of notation: PLOVER writes a
joint act ("X and Y signed a treaty") as two sources and no target, where
detente, as PETRARCH does, codes two mirror events, X->Y and Y->X. When the best
event has its mirror among the sentence's events (same CAMEO code, parties
swapped) and the gold has two or more sources and no target, the recipient is
scored against the gold sources.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import EvalError
from ..records import EVENT_TYPES, Actor, Article, Event
from .coding import CodedSet, most_confident, unique_ids
from .metrics import NONE_LABEL, accuracy, confusion, macro_f1, per_label_f1, ratio
from .tables import countries, plover_renames, sectors

#: (country, sector) of a gold or coded actor; sector "" when none.
ActorKey = tuple[str, str]


@dataclass(frozen=True, slots=True)
class PloverRecord:
    id: str
    text: str
    event: str  # 2021 name
    gold_event: str  # as written in the file
    mode: str | None
    sources: tuple[ActorKey, ...]
    targets: tuple[ActorKey, ...]


@dataclass(slots=True)
class PloverGold:
    path: str
    records: list[PloverRecord]
    problems: list[str] = field(default_factory=list)


def read_plover(path: Path | str) -> PloverGold:
    """Read the gold file; a structurally bad file or record raises :class:`EvalError`."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise EvalError(f"{path}: cannot read gold file: {exc}") from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise EvalError(f"{path}: not a JSON file: {exc}") from exc
    if not isinstance(data, list):
        raise EvalError(f"{path}: expected a JSON array of records")
    gold = PloverGold(str(path), [])
    for index, item in enumerate(data):
        if not isinstance(item, dict):
            raise EvalError(f"{path}: record {index}: not a JSON object")
        if item.get("event") == "DOCUMENT":
            continue
        gold.records.append(_record(path, index, item, gold.problems))
    if not gold.records:
        raise EvalError(f"{path}: no coded records")
    ids = unique_ids(r.id for r in gold.records)
    gold.records = [
        PloverRecord(new_id, r.text, r.event, r.gold_event, r.mode, r.sources, r.targets)
        for r, new_id in zip(gold.records, ids, strict=True)
    ]
    return gold


def _record(path: Path, index: int, item: dict[str, Any], problems: list[str]) -> PloverRecord:
    record_id = str(item.get("id") or f"record-{index}")
    where = f"{path}: record {index} ({record_id})"
    text, event = item.get("text"), item.get("event")
    if not isinstance(text, str) or not text.strip():
        raise EvalError(f"{where}: no text")
    if not isinstance(event, str) or not event.strip():
        raise EvalError(f"{where}: no event")
    new_event, implied_mode = map_event(event)
    if new_event not in EVENT_TYPES:
        raise EvalError(f"{where}: unknown event type {event!r}")
    mode = item.get("mode")
    mode = map_mode(mode) if isinstance(mode, str) and mode.strip() else implied_mode
    return PloverRecord(
        id=record_id,
        text=" ".join(text.split()),
        event=new_event,
        gold_event=event,
        mode=mode,
        sources=_actors(item.get("source"), f"{where}: source", problems),
        targets=_actors(item.get("target"), f"{where}: target", problems),
    )


def _actors(value: object, where: str, problems: list[str]) -> tuple[ActorKey, ...]:
    """Gold actors; a value that is not a list (``null``, ``""``) means none."""
    if value in (None, ""):
        return ()
    if not isinstance(value, list):
        problems.append(f"{where}: {value!r} is not a list of actors; read as none")
        return ()
    keys = []
    for actor in value:
        if not isinstance(actor, dict) or not isinstance(actor.get("code"), str):
            raise EvalError(f"{where}: actor {actor!r} has no code")
        keys.append(actor_key(actor["code"], actor.get("sector")))
    return tuple(keys)


def map_event(name: str) -> tuple[str, str | None]:
    """2016 category -> (2021 category, mode it implies); 2021 names pass through."""
    name = name.strip().upper()
    return plover_renames().events.get(name, (name, None))


def map_mode(mode: str) -> str:
    mode = mode.strip().lower()
    return plover_renames().modes.get(mode, mode)


def actor_key(country: str | None, sector: str | None) -> ActorKey:
    return (country or "").strip().upper(), sectors().normalise(sector)


def coded_key(actor: Actor | None) -> ActorKey | None:
    return None if actor is None else actor_key(actor.country, actor.sector)


def articles(gold: PloverGold) -> list[Article]:
    return [
        Article(id=article_id(r), text=r.text, source="plover-gold", origin=f"{gold.path}:{r.id}")
        for r in gold.records
    ]


def article_id(record: PloverRecord) -> str:
    return f"plover:{record.id}"


# --------------------------------------------------------------------------- scoring


def best_event(events: Sequence[Event], gold_type: str) -> Event | None:
    """The most confident event of the gold type, else the most confident event."""
    return most_confident([e for e in events if e.event_type == gold_type]) or most_confident(
        events
    )


@dataclass(frozen=True, slots=True)
class SentenceScore:
    id: str
    text: str
    gold_event: str
    gold_mode: str | None
    sources: tuple[ActorKey, ...]
    targets: tuple[ActorKey, ...]
    events: int
    coded_event: str  # NONE_LABEL when nothing was coded
    coded_mode: str | None
    actor: ActorKey | None
    recipient: ActorKey | None
    coded: bool
    joint: bool = False  # the best event has its mirror (parties swapped) in the sentence

    @property
    def event_ok(self) -> bool:
        return self.coded_event == self.gold_event

    @property
    def mode_ok(self) -> bool:
        return self.coded and self.coded_mode == self.gold_mode

    def actor_ok(self, part: str) -> bool:
        return _side_ok(self.coded, self.actor, self.sources, part)

    def recipient_ok(self, part: str) -> bool:
        if self.joint and not self.targets and len(self.sources) > 1:
            return _side_ok(self.coded, self.recipient, self.sources, part)
        return _side_ok(self.coded, self.recipient, self.targets, part)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "gold_event": self.gold_event,
            "coded_event": self.coded_event,
            "gold_mode": self.gold_mode,
            "coded_mode": self.coded_mode,
            "gold_sources": ["".join(k) for k in self.sources],
            "gold_targets": ["".join(k) for k in self.targets],
            "actor": "".join(self.actor) if self.actor else None,
            "recipient": "".join(self.recipient) if self.recipient else None,
            "events": self.events,
            "joint": self.joint,
        }


def _side_ok(coded: bool, key: ActorKey | None, gold: tuple[ActorKey, ...], part: str) -> bool:
    """Is the coded side right on ``part`` (country, sector or both)?

    No gold actor on this side: right when the event has none either. A gold
    country matches the coded codes ``countries.csv`` lists for it (gold ``IGO``
    accepts UNO and EUR).
    """
    if not coded:
        return False
    if not gold:
        return key is None
    if key is None:
        return False
    table = countries()
    country_ok = [key[0] in table.accepts(g[0]) for g in gold]
    sector_ok = [key[1] == g[1] for g in gold]
    if part == "country":
        return any(country_ok)
    if part == "sector":
        return any(sector_ok)
    return any(c and s for c, s in zip(country_ok, sector_ok, strict=True))


def score_sentence(record: PloverRecord, events: Sequence[Event]) -> SentenceScore:
    best = best_event(events, record.event)
    return SentenceScore(
        id=record.id,
        text=record.text,
        gold_event=record.event,
        gold_mode=record.mode,
        sources=record.sources,
        targets=record.targets,
        events=len(events),
        coded_event=best.event_type if best else NONE_LABEL,
        coded_mode=best.mode if best else None,
        actor=coded_key(best.actor) if best else None,
        recipient=coded_key(best.recipient) if best else None,
        coded=best is not None,
        joint=best is not None and has_mirror(best, events),
    )


def has_mirror(event: Event, events: Sequence[Event]) -> bool:
    """Is ``event`` one half of a mirror pair: the same code, actor and recipient swapped?"""
    if event.actor is None or event.recipient is None:
        return False
    parties = (coded_key(event.recipient), coded_key(event.actor))
    return any(
        (coded_key(other.actor), coded_key(other.recipient)) == parties
        for other in events
        if other is not event and other.cameo == event.cameo
    )


#: (measure name, test) pairs reported as accuracies over all sentences.
SIDE_MEASURES: tuple[tuple[str, str, str], ...] = (
    ("actor_country", "actor", "country"),
    ("actor_sector", "actor", "sector"),
    ("actor_country_sector", "actor", "both"),
    ("recipient_country", "recipient", "country"),
    ("recipient_sector", "recipient", "sector"),
    ("recipient_country_sector", "recipient", "both"),
)


@dataclass(slots=True)
class PloverReport:
    path: str
    sentences: list[SentenceScore]
    problems: list[str] = field(default_factory=list)
    coding_errors: int = 0
    first_error: str | None = None

    def pairs(self) -> list[tuple[str, str]]:
        return [(s.gold_event, s.coded_event) for s in self.sentences]

    def measures(self) -> dict[str, float]:
        with_mode = [s for s in self.sentences if s.gold_mode]
        out = {
            "sentences": float(len(self.sentences)),
            "events_per_sentence": ratio(
                sum(s.events for s in self.sentences), len(self.sentences)
            ),
            "coverage": accuracy(s.coded for s in self.sentences),
            "event_accuracy": accuracy(s.event_ok for s in self.sentences),
            "event_macro_f1": macro_f1(self.pairs()),
            "mode_sentences": float(len(with_mode)),
            "mode_accuracy": accuracy(s.mode_ok for s in with_mode),
        }
        for name, side, part in SIDE_MEASURES:
            test = "actor_ok" if side == "actor" else "recipient_ok"
            out[name] = accuracy(getattr(s, test)(part) for s in self.sentences)
        return out

    def headline(self) -> dict[str, float]:
        m = self.measures()
        keys = ("event_accuracy", "event_macro_f1", "actor_country", "recipient_country")
        return {k: m[k] for k in keys}

    def to_dict(self, *, per_record: bool = True) -> dict[str, Any]:
        d: dict[str, Any] = {
            "gold": self.path,
            **self.measures(),
            "per_type_f1": per_label_f1(self.pairs()),
            "confusion": confusion(self.pairs()),
            "coding_errors": self.coding_errors,
            "problems": list(self.problems),
        }
        if per_record:
            d["per_record"] = [s.to_dict() for s in self.sentences]
        return d


def score(gold: PloverGold, coded: CodedSet) -> PloverReport:
    rows = [score_sentence(r, coded.of(article_id(r))) for r in gold.records]
    errors = [coded.errors[article_id(r)] for r in gold.records if article_id(r) in coded.errors]
    return PloverReport(gold.path, rows, list(gold.problems), len(errors),
                        errors[0] if errors else None)


def format_report(report: PloverReport, *, per_record: bool = False) -> str:
    m = report.measures()
    lines = [
        f"PLOVER gold {report.path}: {int(m['sentences'])} sentences, "
        f"{m['events_per_sentence']:.2f} coded events per sentence, "
        f"{m['coverage']:.3f} with at least one",
        "  best event per sentence (no coded event = a miss):",
        f"    event type accuracy {m['event_accuracy']:.3f}  macro-F1 {m['event_macro_f1']:.3f}",
        f"    mode accuracy       {m['mode_accuracy']:.3f}  "
        f"(on {int(m['mode_sentences'])} sentences with a gold mode)",
    ]
    for name, _, _ in SIDE_MEASURES:
        lines.append(f"    {name:25} {m[name]:.3f}")
    lines.append("  per type F1: " + ", ".join(
        f"{label} {f1:.2f}" for label, f1 in per_label_f1(report.pairs()).items()
    ))
    lines.append(format_confusion(confusion(report.pairs())))
    if report.coding_errors:
        lines.append(f"  {report.coding_errors} sentence(s) failed to code (scored as none); "
                     f"first: {report.first_error}")
    for problem in report.problems:
        lines.append(f"  problem: {problem}")
    if per_record:
        misses = [s for s in report.sentences if not s.event_ok]
        lines.append(f"  event-type misses ({len(misses)}):")
        for s in misses:
            lines.append(f"    {s.id} gold {s.gold_event} coded {s.coded_event}: {s.text[:100]}")
        side_misses = [
            s for s in report.sentences
            if s.event_ok and not (s.actor_ok("both") and s.recipient_ok("both"))
        ]
        lines.append(f"  right type, actor or recipient wrong ({len(side_misses)}):")
        for s in side_misses:
            lines.append(
                f"    {s.id} actor {_key(s.actor)} (gold {_keys(s.sources)}) recipient "
                f"{_key(s.recipient)} (gold {_keys(s.targets)}): {s.text[:90]}"
            )
    return "\n".join(lines)


def format_confusion(table: dict[str, dict[str, int]]) -> str:
    """Gold rows x coded columns, as fixed-width text (columns: labels seen, then none)."""
    coded_labels = sorted({c for row in table.values() for c in row} - {NONE_LABEL})
    columns = [*coded_labels, NONE_LABEL]
    width = 5
    header = "  confusion (rows gold, columns coded)\n" + " " * 14 + "".join(
        c[:width].rjust(width + 1) for c in columns
    )
    rows = [
        f"  {gold[:11]:11} " + "".join(
            (str(row.get(c, "")) if row.get(c) else ".").rjust(width + 1) for c in columns
        )
        for gold, row in table.items()
    ]
    return "\n".join([header, *rows])


def _key(key: ActorKey | None) -> str:
    return "".join(key) if key else "-"


def _keys(keys: tuple[ActorKey, ...]) -> str:
    return "|".join("".join(k) for k in keys) or "-"
