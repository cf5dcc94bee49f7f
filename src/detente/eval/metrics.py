"""Scoring arithmetic shared by the evaluations: pure functions, no model.

Conventions (stated once, used everywhere):

* precision = matched / coded and recall = matched / expected; a ratio whose
  denominator is 0 is 0.0 (nothing coded earns no precision credit);
* F1 is the harmonic mean of precision and recall, 0.0 when both are 0;
* matching is by multiset: each expected item is matched at most once, so two
  identical coded events against one expected event score one match;
* macro-F1 averages the per-label F1 over the labels present in the *gold*
  column; a predicted "none" (nothing coded) is never a label of its own.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

#: The coded-side label of a sentence where nothing was coded.
NONE_LABEL = "none"


def ratio(numerator: int, denominator: int) -> float:
    """``numerator / denominator``, or 0.0 when the denominator is 0."""
    return numerator / denominator if denominator else 0.0


def harmonic_mean(a: float, b: float) -> float:
    return 2 * a * b / (a + b) if a + b else 0.0


@dataclass(frozen=True, slots=True)
class PRF:
    """Counts behind precision / recall / F1 (the counts add up across records)."""

    expected: int
    coded: int
    matched: int

    @property
    def precision(self) -> float:
        return ratio(self.matched, self.coded)

    @property
    def recall(self) -> float:
        return ratio(self.matched, self.expected)

    @property
    def f1(self) -> float:
        return harmonic_mean(self.precision, self.recall)

    def __add__(self, other: PRF) -> PRF:
        return PRF(
            self.expected + other.expected,
            self.coded + other.coded,
            self.matched + other.matched,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "expected": self.expected,
            "coded": self.coded,
            "matched": self.matched,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


def multiset_matches(expected: Iterable[Hashable], coded: Iterable[Hashable]) -> int:
    """How many expected items a coded item can be paired with, each used at most once."""
    return sum((Counter(expected) & Counter(coded)).values())


def prf(expected: Sequence[Hashable], coded: Sequence[Hashable]) -> PRF:
    return PRF(len(expected), len(coded), multiset_matches(expected, coded))


def accuracy(hits: Iterable[bool]) -> float:
    """Share of true values (0.0 for no items)."""
    values = list(hits)
    return ratio(sum(values), len(values))


def per_label_f1(pairs: Sequence[tuple[str, str]]) -> dict[str, float]:
    """F1 of each gold label, from ``(gold, predicted)`` pairs (one pair per sentence)."""
    gold_counts = Counter(gold for gold, _ in pairs)
    predicted_counts = Counter(predicted for _, predicted in pairs)
    correct_counts = Counter(gold for gold, predicted in pairs if gold == predicted)
    return {
        label: harmonic_mean(
            ratio(correct_counts[label], predicted_counts[label]),
            ratio(correct_counts[label], gold_counts[label]),
        )
        for label in sorted(gold_counts)
    }


def macro_f1(pairs: Sequence[tuple[str, str]]) -> float:
    """Unweighted mean of :func:`per_label_f1` over the gold labels."""
    scores = per_label_f1(pairs)
    return sum(scores.values()) / len(scores) if scores else 0.0


def confusion(pairs: Iterable[tuple[str, str]]) -> dict[str, dict[str, int]]:
    """Gold label -> predicted label -> count (only non-zero cells)."""
    table: dict[str, Counter[str]] = {}
    for gold, predicted in pairs:
        table.setdefault(gold, Counter())[predicted] += 1
    return {gold: dict(sorted(row.items())) for gold, row in sorted(table.items())}
