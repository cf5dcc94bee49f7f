"""CAMEO codebook example sentences: does the coder give each example its code?

``cameo-codes.csv`` (columns ``"",eventtype_ID,name,code,goldstein,nsLeft,
nsRight,description,usage_notes,example,root_code,order``) has one row per CAMEO
code, most with an example sentence. The file is Windows-1252 holding mojibake
(UTF-8 read as Mac Roman, then saved as Windows-1252): ``‚Äô`` stands for ``’``.
:func:`repair_mojibake` undoes that run by run, leaving a run it cannot repair
as it is, so one bad character never loses a row.

Scoring: per example, the *best* coded event is one with exactly the example's
code, else one with its 2-digit root, else the most confident event; root and
full-code accuracy are over all examples, a sentence with no event being a miss.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import EvalError
from ..records import Article, Event
from .coding import CodedSet, most_confident
from .metrics import NONE_LABEL, accuracy

REQUIRED_COLUMNS = ("code", "name", "example")
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")
#: Cells the source file uses for "no value".
_MISSING = {"", "NA"}


def repair_mojibake(text: str) -> str:
    """Undo UTF-8-read-as-Mac-Roman in each run of non-ASCII characters.

    A run that does not round-trip (it was not mojibake, or the file lost a
    byte) is kept as read.
    """

    def fix(match: re.Match[str]) -> str:
        run = match.group(0)
        try:
            return run.encode("mac_roman").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return run

    return _NON_ASCII_RUN.sub(fix, text)


@dataclass(frozen=True, slots=True)
class CameoExample:
    id: str
    code: str
    name: str
    text: str

    @property
    def root(self) -> str:
        return self.code[:2]


@dataclass(slots=True)
class CameoGold:
    path: str
    examples: list[CameoExample]
    skipped: int = 0  # rows without an example sentence


def read_cameo(path: Path | str) -> CameoGold:
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise EvalError(f"{path}: cannot read gold file: {exc}") from exc
    text = repair_mojibake(raw.decode("cp1252", errors="replace"))
    reader = csv.DictReader(io.StringIO(text, newline=""))
    missing = [c for c in REQUIRED_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise EvalError(f"{path}: missing column(s) {', '.join(missing)} in the header")
    gold = CameoGold(str(path), [])
    seen: set[str] = set()
    for row in reader:
        line = reader.line_num
        code = (row.get("code") or "").strip()
        if not re.fullmatch(r"\d{2,4}", code):
            raise EvalError(f"{path}:{line}: code {code!r} is not a CAMEO code")
        example = " ".join((row.get("example") or "").split())
        if example in _MISSING:
            gold.skipped += 1
            continue
        if code in seen:
            raise EvalError(f"{path}:{line}: code {code} appears twice")
        seen.add(code)
        gold.examples.append(
            CameoExample(f"cameo:{code}", code, (row.get("name") or "").strip(), example)
        )
    if not gold.examples:
        raise EvalError(f"{path}: no example sentences")
    return gold


def articles(gold: CameoGold) -> list[Article]:
    return [
        Article(id=e.id, text=e.text, source="cameo-codebook", origin=f"{gold.path}:{e.code}")
        for e in gold.examples
    ]


def best_event(events: Sequence[Event], code: str) -> Event | None:
    """Exact code first, then same root, then the most confident event."""
    return (
        most_confident([e for e in events if e.cameo == code])
        or most_confident([e for e in events if e.cameo[:2] == code[:2]])
        or most_confident(events)
    )


@dataclass(frozen=True, slots=True)
class ExampleScore:
    id: str
    code: str
    name: str
    text: str
    coded: str  # NONE_LABEL when nothing was coded
    events: int

    @property
    def root_ok(self) -> bool:
        return self.coded[:2] == self.code[:2]

    @property
    def code_ok(self) -> bool:
        return self.coded == self.code

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "code": self.code, "name": self.name, "text": self.text,
            "coded": self.coded, "events": self.events,
            "root_ok": self.root_ok, "code_ok": self.code_ok,
        }


def score_example(example: CameoExample, events: Sequence[Event]) -> ExampleScore:
    best = best_event(events, example.code)
    return ExampleScore(
        example.id, example.code, example.name, example.text,
        best.cameo if best else NONE_LABEL, len(events),
    )


@dataclass(slots=True)
class CameoReport:
    path: str
    examples: list[ExampleScore]
    skipped: int = 0
    coding_errors: int = 0
    first_error: str | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def root_accuracy(self) -> float:
        return accuracy(e.root_ok for e in self.examples)

    @property
    def code_accuracy(self) -> float:
        return accuracy(e.code_ok for e in self.examples)

    @property
    def coverage(self) -> float:
        return accuracy(e.coded != NONE_LABEL for e in self.examples)

    def by_root(self) -> dict[str, dict[str, float]]:
        out: dict[str, dict[str, float]] = {}
        for root in sorted({e.code[:2] for e in self.examples}):
            rows = [e for e in self.examples if e.code[:2] == root]
            out[root] = {
                "examples": len(rows),
                "root_accuracy": accuracy(e.root_ok for e in rows),
                "code_accuracy": accuracy(e.code_ok for e in rows),
            }
        return out

    def headline(self) -> dict[str, float]:
        return {"root_accuracy": self.root_accuracy, "code_accuracy": self.code_accuracy}

    def to_dict(self, *, per_record: bool = True) -> dict[str, Any]:
        d: dict[str, Any] = {
            "gold": self.path,
            "examples": len(self.examples),
            "rows_without_example": self.skipped,
            "coverage": self.coverage,
            "root_accuracy": self.root_accuracy,
            "code_accuracy": self.code_accuracy,
            "by_root": self.by_root(),
            "coding_errors": self.coding_errors,
        }
        if per_record:
            d["per_record"] = [e.to_dict() for e in self.examples]
        return d


def score(gold: CameoGold, coded: CodedSet) -> CameoReport:
    rows = [score_example(e, coded.of(e.id)) for e in gold.examples]
    errors = [coded.errors[e.id] for e in gold.examples if e.id in coded.errors]
    return CameoReport(gold.path, rows, gold.skipped, len(errors), errors[0] if errors else None)


def format_report(report: CameoReport, *, per_record: bool = False) -> str:
    lines = [
        f"CAMEO codebook {report.path}: {len(report.examples)} example sentences "
        f"({report.skipped} rows without one), {report.coverage:.3f} with an event",
        "  best event per sentence (no event = a miss):",
        f"    root accuracy {report.root_accuracy:.3f}   full-code accuracy "
        f"{report.code_accuracy:.3f}",
        "  by root (examples, root accuracy, code accuracy):",
    ]
    for root, row in report.by_root().items():
        lines.append(
            f"    {root}  {int(row['examples']):3}  {row['root_accuracy']:.3f}  "
            f"{row['code_accuracy']:.3f}"
        )
    if report.coding_errors:
        lines.append(f"  {report.coding_errors} example(s) failed to code (scored as none); "
                     f"first: {report.first_error}")
    if per_record:
        misses = [e for e in report.examples if not e.root_ok]
        lines.append(f"  root misses ({len(misses)}):")
        for e in misses:
            lines.append(f"    {e.code} {e.name[:30]!r} coded {e.coded}: {e.text[:100]}")
    return "\n".join(lines)
