"""Dyad series: calendar, counts, Goldstein, the relations index, modalities."""

from __future__ import annotations

import math
from datetime import date

import pytest
from analytics_helpers import event, store_with

from detente.analytics import SERIES_COLUMNS, Dyad, SeriesQuery, dyad_series
from detente.errors import AnalyticsError

AZE_USA = Dyad("AZE", "USA")


@pytest.fixture(scope="module")
def store():  # type: ignore[no-untyped-def]
    events = [
        # One refusal reported by two outlets (a cluster with two sources).
        event("e1", "AZE", "USA", "REJECT", "125", 3, -5.0, date(2024, 12, 5), source="apa.az"),
        event("e2", "AZE", "USA", "REJECT", "125", 3, -5.0, date(2024, 12, 5),
              source="reuters.com"),
        event("e3", "AZE", "USA", "CONSULT", "040", 1, 1.0, date(2024, 11, 19)),
        event("e4", "USA", "AZE", "SANCTION", "163", 4, -8.0, date(2024, 11, 20)),
        event("e5", "USA", "AZE", "CONSULT", "036", 1, 4.0, date(2024, 12, 20),
              modality="hypothetical"),
        event("e6", "USA", "AZE", "AID", "070", 2, 7.0, date(2024, 12, 4), modality="negated"),
        event("e7", "ARM", "AZE", "ACCUSE", "112", 3, -2.0, date(2024, 12, 3)),  # not the dyad
    ]
    s = store_with(events)
    yield s
    s.close()


def rows_of(table, direction):  # type: ignore[no-untyped-def]
    return [r for r in table.to_pylist() if r["direction"] == direction]


def test_series_has_a_row_per_period_and_direction_with_zeros(store) -> None:  # type: ignore[no-untyped-def]
    table = dyad_series(store.con, SeriesQuery(AZE_USA, by="week"))
    assert table.column_names == list(SERIES_COLUMNS)
    weeks = [date(2024, 11, 18), date(2024, 11, 25), date(2024, 12, 2), date(2024, 12, 9),
             date(2024, 12, 16)]
    assert [(r["period"], r["direction"]) for r in table.to_pylist()] == [
        (w, d) for w in weeks for d in ("AZE>USA", "USA>AZE", "both")
    ]
    quiet = rows_of(table, "both")[1]
    assert quiet["events"] == 0 and quiet["score"] == 0.0 and quiet["goldstein_sum"] == 0.0
    assert quiet["goldstein_mean"] is None  # a mean of nothing is not zero


def test_series_counts_types_goldstein_and_sources(store) -> None:  # type: ignore[no-untyped-def]
    table = dyad_series(store.con, SeriesQuery(AZE_USA, by="week"))
    refusal_week = rows_of(table, "AZE>USA")[2]
    assert refusal_week["period"] == date(2024, 12, 2)
    assert refusal_week["events"] == 2
    assert refusal_week["verbal_conflict"] == 2 and refusal_week["verbal_coop"] == 0
    assert refusal_week["reject"] == 2 and refusal_week["consult"] == 0
    assert refusal_week["goldstein_mean"] == -5.0 and refusal_week["goldstein_sum"] == -10.0
    assert refusal_week["sources"] == 2 and refusal_week["articles"] == 2
    first = rows_of(table, "both")[0]
    assert (first["events"], first["verbal_coop"], first["material_conflict"]) == (2, 1, 1)
    assert (first["consult"], first["sanction"]) == (1, 1)
    assert first["goldstein_mean"] == pytest.approx(-3.5)


def test_index_follows_the_documented_formula(store) -> None:  # type: ignore[no-untyped-def]
    alpha = 0.3
    table = dyad_series(store.con, SeriesQuery(AZE_USA, by="week", alpha=alpha))
    both = rows_of(table, "both")
    # Week 1: consult (+1 x (1 + ln 1)) and sanction (-8); week 3: one refusal, two sources.
    expected_scores = [1.0 - 8.0, 0.0, -5.0 * (1 + math.log(2)), 0.0, 0.0]
    assert [r["score"] for r in both] == pytest.approx(expected_scores, abs=1e-6)
    level, expected_index = 0.0, []
    for score in expected_scores:  # the EWMA recurrence, started at zero
        level = alpha * score + (1 - alpha) * level
        expected_index.append(level)
    assert [r["index"] for r in both] == pytest.approx(expected_index, abs=1e-6)
    towards_usa = rows_of(table, "AZE>USA")
    assert [r["score"] for r in towards_usa] == pytest.approx(
        [1.0, 0.0, -5.0 * (1 + math.log(2)), 0.0, 0.0], abs=1e-6)


def test_unasserted_readings_are_shown_apart(store) -> None:  # type: ignore[no-untyped-def]
    table = dyad_series(store.con, SeriesQuery(AZE_USA, by="week"))
    usa = rows_of(table, "USA>AZE")
    assert (usa[2]["events"], usa[2]["negated"], usa[2]["aid"]) == (0, 1, 0)
    assert (usa[4]["events"], usa[4]["hypothetical"], usa[4]["score"]) == (0, 1, 0.0)
    widened = dyad_series(
        store.con, SeriesQuery(AZE_USA, by="week", modalities=("asserted", "hypothetical")))
    usa = rows_of(widened, "USA>AZE")
    assert (usa[4]["events"], usa[4]["consult"], usa[4]["hypothetical"]) == (1, 1, 1)
    assert usa[4]["score"] == pytest.approx(4.0)


def test_a_side_may_be_a_full_actor_code(store) -> None:  # type: ignore[no-untyped-def]
    by_code = dyad_series(store.con, SeriesQuery(Dyad("AZEGOV", "USA"), by="week"))
    by_country = dyad_series(store.con, SeriesQuery(AZE_USA, by="week"))
    assert [r["events"] for r in by_code.to_pylist()] == [
        r["events"] for r in by_country.to_pylist()]
    assert rows_of(by_code, "AZEGOV>USA")[2]["events"] == 2


def test_month_bins_and_range(store) -> None:  # type: ignore[no-untyped-def]
    table = dyad_series(store.con, SeriesQuery(
        AZE_USA, by="month", since=date(2024, 10, 15), until=date(2024, 12, 10)))
    both = rows_of(table, "both")
    assert [r["period"] for r in both] == [date(2024, 10, 1), date(2024, 11, 1),
                                           date(2024, 12, 1)]
    assert [r["events"] for r in both] == [0, 2, 2]
    assert [r["negated"] for r in both] == [0, 0, 1]
    assert [r["hypothetical"] for r in both] == [0, 0, 0]  # 20 December is after --until


def test_a_window_without_events_is_all_zero_rows(store) -> None:  # type: ignore[no-untyped-def]
    table = dyad_series(store.con, SeriesQuery(
        AZE_USA, by="day", since=date(2024, 1, 1), until=date(2024, 1, 3)))
    assert [(r["period"], r["events"], r["index"]) for r in rows_of(table, "both")] == [
        (date(2024, 1, d), 0, 0.0) for d in (1, 2, 3)]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: Dyad.parse("AZE", "aze"), "same side twice"),
        (lambda: Dyad.parse("A1", "USA"), "not a country or actor code"),
        (lambda: SeriesQuery(AZE_USA, by="year").check(), "period 'year'"),
        (lambda: SeriesQuery(AZE_USA, since=date(2025, 1, 2), until=date(2025, 1, 1)).check(),
         "is after"),
        (lambda: SeriesQuery(AZE_USA, modalities=("rumoured",)).check(), "modalities"),
        (lambda: SeriesQuery(AZE_USA, alpha=0.0).check(), "alpha"),
    ],
)
def test_bad_requests_are_named(make, message) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(AnalyticsError, match=message):
        make()
