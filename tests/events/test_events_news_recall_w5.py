"""Acts of news leads that used to be missed: a leader who walks, drives or crosses into
another country is visiting it (CAMEO 042), as with "arrived in"; a broker of an outcome named
in the noun phrase that dates a clause ("the third day of a ceasefire brokered by X") mediates
toward the subjects of that clause and of the clauses conjoined with it."""

from __future__ import annotations

from typing import Any

from events_helpers import coded


def test_a_president_walking_into_another_country_visits_it(pipeline: Any) -> None:
    got = coded(pipeline, "Bolivian President Marta Quispe walked over the footbridge into Peru "
                          "on Sunday on her way to a meeting with farmers.")
    assert got == [("042", "BOLGOV", "PER")]


def test_a_premier_driving_into_another_country_visits_it(pipeline: Any) -> None:
    got = coded(pipeline, "Brazilian President Luis Costa drove across the bridge into Paraguay "
                          "on Friday on his way to talks with Paraguayan leaders.")
    assert ("042", "BRAGOV", "PRY") in got


def test_troops_driving_into_another_country_do_not_visit_it(pipeline: Any) -> None:
    got = coded(pipeline, "Brazilian troops drove across the bridge into Paraguay on Friday.")
    assert [c for c in got if c[0] == "042"] == []


def test_a_broker_in_a_dating_phrase_mediates_toward_the_subjects_of_the_clauses(
    pipeline: Any,
) -> None:
    got = coded(pipeline, "Sudanese rebels freed 20 soldiers on Tuesday, the third day of a "
                          "ceasefire brokered by Kenya, and the Sudanese army released 15 "
                          "fighters.")
    assert [c for c in got if c[0] == "045"] == [("045", "KEN", "SDNREB"),
                                                  ("045", "KEN", "SDNMIL")]


def test_a_broker_in_a_dating_phrase_with_one_acting_side_mediates_toward_no_one(
    pipeline: Any,
) -> None:
    got = coded(pipeline, "Sudanese rebels freed 20 soldiers on Tuesday, the third day of a "
                          "ceasefire brokered by Kenya.")
    assert [c for c in got if c[0] == "045"] == []
