"""Metric arithmetic on small cases computed by hand."""

from __future__ import annotations

import pytest

from detente.eval.metrics import (
    PRF,
    accuracy,
    confusion,
    macro_f1,
    multiset_matches,
    per_label_f1,
    prf,
)


def test_prf_counts_and_ratios() -> None:
    counts = PRF(expected=4, coded=5, matched=3)
    assert counts.precision == pytest.approx(3 / 5)
    assert counts.recall == pytest.approx(3 / 4)
    # F1 = 2PR/(P+R) = 2 * 0.6 * 0.75 / 1.35
    assert counts.f1 == pytest.approx(2 * 0.6 * 0.75 / 1.35)


def test_prf_zero_denominators_score_zero() -> None:
    assert PRF(0, 0, 0).precision == 0.0
    assert PRF(0, 0, 0).recall == 0.0
    assert PRF(0, 0, 0).f1 == 0.0
    assert PRF(3, 0, 0).f1 == 0.0


def test_prf_adds_counts_not_ratios() -> None:
    total = PRF(1, 1, 1) + PRF(3, 1, 0)
    assert total == PRF(4, 2, 1)
    assert total.recall == pytest.approx(0.25)


def test_multiset_matching_uses_each_expected_item_once() -> None:
    a = ("ARN", "GON", "064")
    b = ("GON", "ARN", "064")
    assert multiset_matches([a], [a, a]) == 1
    assert multiset_matches([a, a], [a, a, a]) == 2
    assert multiset_matches([a, b], [b]) == 1
    assert multiset_matches([], [a]) == 0
    assert prf([a, b], [a, a]) == PRF(expected=2, coded=2, matched=1)


def test_accuracy() -> None:
    assert accuracy([True, False, True, True]) == pytest.approx(0.75)
    assert accuracy([]) == 0.0


def test_macro_f1_over_gold_labels() -> None:
    pairs = [("A", "A"), ("A", "B"), ("B", "B"), ("C", "none")]
    # A: P 1/1, R 1/2 -> F1 2/3.  B: P 1/2, R 1/1 -> 2/3.  C: 0 ("none" is not a label).
    scores = per_label_f1(pairs)
    assert scores == pytest.approx({"A": 2 / 3, "B": 2 / 3, "C": 0.0})
    assert macro_f1(pairs) == pytest.approx((2 / 3 + 2 / 3 + 0) / 3)
    assert macro_f1([]) == 0.0


def test_confusion_table() -> None:
    pairs = [("A", "A"), ("A", "none"), ("A", "A"), ("B", "A")]
    assert confusion(pairs) == {"A": {"A": 2, "none": 1}, "B": {"A": 1}}
