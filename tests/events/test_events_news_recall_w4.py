"""Second and third acts of news leads that used to be missed: an answer to an act named
again by a repeated definite noun, a pair phrase taken for one of its two parties, and
fire returned at whoever fired first."""

from __future__ import annotations

from typing import Any

from events_helpers import coded


def test_answer_to_a_repeated_definite_noun_targets_the_owner_of_the_first_mention(
    pipeline: Any,
) -> None:
    # "carried out ... test" is no event itself, so no earlier reading stands for the act;
    # "the test" repeats the head of "its first missile test", owned by Pakistan.
    got = coded(pipeline, "Pakistan announced that it had carried out its first hypersonic "
                          "missile test, and India firmly opposed the test.")
    assert [c for c in got if c[1] == "IND"] == [("110", "IND", "PAK")]


def test_answer_to_a_repeated_definite_noun_targets_the_subject_of_its_verb(
    pipeline: Any,
) -> None:
    got = coded(pipeline, "Iran conducted a rocket test near the Gulf, and Saudi Arabia "
                          "opposed the test.")
    assert [c for c in got if c[1] == "SAU"] == [("110", "SAU", "IRN")]


def test_a_definite_noun_that_repeats_nothing_before_it_gets_no_target(pipeline: Any) -> None:
    got = coded(pipeline, "Saudi Arabia opposed the test.")
    assert got == [("110", "SAU", None)]


def test_the_two_leaders_stand_for_both_parties_named_before(pipeline: Any) -> None:
    got = coded(pipeline, "Chilean President Ana Ruiz crossed into Argentina on Monday to meet "
                          "Argentine President Tomas Vidal, and the two leaders promised to "
                          "reopen the mountain pass.")
    assert [c for c in got if c[0] == "030"] == [("030", "CHL", "ARG"), ("030", "ARG", "CHL")]


def test_returned_fire_is_aimed_at_whoever_fired_first(pipeline: Any) -> None:
    got = coded(pipeline, "Ethiopian gunners shelled an Eritrean hilltop post on Monday, "
                          "wounding three guards, and Eritrea returned fire and rushed "
                          "armoured vehicles to the area.")
    assert ("190", "ERI", "ETH") in got


def test_returned_fire_with_no_earlier_attack_on_that_party_has_no_target(
    pipeline: Any,
) -> None:
    got = coded(pipeline, "Eritrea returned fire.")
    assert got == [("190", "ERI", None)]
