"""Alerts: the planted shift of the synthetic corpus, new event types, their evidence."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from analytics_helpers import event, load_bench, store_with

from detente.analytics import AlertConfig, find_alerts
from detente.errors import AnalyticsError
from detente.store import EventStore

SHIFT_WEEK = 30


@pytest.fixture(scope="module")
def synthetic():  # type: ignore[no-untyped-def]
    store = EventStore(":memory:")
    corpus = load_bench("synthetic").generate(store, seed=7, weeks=52, shift_week=SHIFT_WEEK)
    yield store, corpus
    store.close()


def test_synthetic_corpus_is_what_it_says(synthetic) -> None:  # type: ignore[no-untyped-def]
    store, corpus = synthetic
    n_events, n_dyads, n_types, n_outlets = store.con.execute(
        "SELECT count(*), count(DISTINCT least(actor_country, recipient_country) || "
        "greatest(actor_country, recipient_country)), count(DISTINCT event_type), "
        "count(DISTINCT source) FROM events").fetchall()[0]
    assert n_events == corpus.events > 5000
    assert n_dyads == len(corpus.plans) == 40
    assert n_types == 16 and n_outlets == 12
    weekend, weekday = store.con.execute(
        "SELECT count(*) FILTER (WHERE isodow(day) >= 6) / 2, "
        "count(*) FILTER (WHERE isodow(day) < 6) / 5 FROM events").fetchall()[0]
    assert weekend < 0.6 * weekday  # quieter weekends


def test_planted_shift_is_found_in_its_week(synthetic) -> None:  # type: ignore[no-untyped-def]
    store, corpus = synthetic
    shifts = [a for a in find_alerts(store.con) if a.kind == "shift"]
    planted = [a for a in shifts if (a.side1, a.side2) == ("AZE", "USA")]
    assert planted, "the planted AZE-USA shift was not found"
    first = planted[0]
    assert first.period == corpus.week_start(SHIFT_WEEK) == date(2024, 7, 29)
    assert first.change == "deterioration" and first.z is not None and first.z <= -3.5
    assert first.provisional is False
    # Its events are that week's, worst first, each with its sentence.
    assert first.events
    assert all(first.period <= e.day < first.period + timedelta(days=7) for e in first.events)
    assert [e.goldstein for e in first.events] == sorted(e.goldstein for e in first.events)
    assert all(e.sentences and e.sentences[0].endswith(".") for e in first.events)
    # The control dyad, same volume and temper but no change, raises nothing.
    assert not [a for a in shifts if (a.side1, a.side2) == ("GEO", "TUR")]


def test_alerts_for_one_pair_and_since(synthetic) -> None:  # type: ignore[no-untyped-def]
    store, _ = synthetic
    alerts = find_alerts(store.con, pair=("USA", "AZE"), since=date(2024, 7, 1))
    assert alerts and {(a.side1, a.side2) for a in alerts} == {("AZE", "USA")}
    assert all(a.period >= date(2024, 7, 1) for a in alerts)
    assert [a.period for a in alerts] == sorted(a.period for a in alerts)
    assert next(a.period for a in alerts if a.kind == "shift") == date(2024, 7, 29)


def _sanction_store():  # type: ignore[no-untyped-def]
    d0 = date(2024, 1, 8)
    events = [event(f"c{i}", "USA", "AZE", "CONSULT", "040", 1, 1.0, d0 + timedelta(days=7 * i))
              for i in range(10)]
    events += [
        event("s1", "USA", "AZE", "SANCTION", "163", 4, -8.0, date(2024, 3, 20),
              sentence="Washington reinstated sanctions on Baku."),
        event("s2", "USA", "AZE", "SANCTION", "163", 4, -8.0, date(2024, 6, 1)),  # not new
        event("s3", "USA", "AZE", "SANCTION", "163", 4, -8.0, date(2025, 7, 1)),  # new again
        event("x1", "AZE", "USA", "SANCTION", "163", 4, -8.0, date(2024, 3, 21)),  # other way
        event("g1", "GEO", "RUS", "ASSAULT", "190", 4, -10.0, date(2024, 3, 21)),  # no history
    ]
    return store_with(events)


def test_new_type_alerts_first_of_a_kind_with_evidence() -> None:
    store = _sanction_store()
    alerts = [a for a in find_alerts(store.con) if a.kind == "new_type"]
    assert [(a.period, a.message) for a in alerts] == [
        (date(2024, 3, 20),
         "USA->AZE: SANCTION on 2024-03-20, first since records of this pair begin (72 days)"),
        (date(2024, 3, 21),
         "AZE->USA: SANCTION on 2024-03-21, first since records of this pair begin (73 days)"),
        (date(2025, 7, 1), "USA->AZE: SANCTION on 2025-07-01, first since 2024-06-01"),
    ]
    first = alerts[0]
    assert (first.event_type, first.history_days) == ("SANCTION", 72)
    assert [(e.event_id, e.sentences) for e in first.events] == [
        ("s1", ("Washington reinstated sanctions on Baku.",))]
    store.close()


def test_new_type_watch_list_and_history_settings() -> None:
    store = _sanction_store()
    none_watched = find_alerts(store.con, config=AlertConfig(watch_types=("ASSAULT",)))
    assert [a for a in none_watched if a.kind == "new_type"] == []  # GEO-RUS has no record
    fresh = find_alerts(store.con, config=AlertConfig(watch_types=("ASSAULT",),
                                                      min_history_days=0))
    assert [(a.side1, a.side2, a.history_days) for a in fresh] == [("GEO", "RUS", 0)]
    store.close()


def test_bad_alert_settings_are_refused() -> None:
    store = EventStore(":memory:")
    with pytest.raises(AnalyticsError, match="window"):
        find_alerts(store.con, config=AlertConfig(window=1))
    with pytest.raises(AnalyticsError, match="min_history_days"):
        find_alerts(store.con, config=AlertConfig(min_history_days=-1))
    assert find_alerts(store.con) == []  # an empty store has nothing to say
    store.close()
