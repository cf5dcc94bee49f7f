"""News precision rules (session 5, round 3): emblems waved at a rally, an installation a
cooperative act takes place at, and the later conjuncts of "the presidents of A, B and C".
Sentences are our own; the whole pipeline codes them."""

from __future__ import annotations

from typing import Any

from events_helpers import coded

# --- emblems shown at a protest name an allegiance, not a target --------------------------


def test_flags_waved_at_a_rally_are_no_target(pipeline: Any) -> None:
    # The flags' country is the one the crowd sides with; the protest stays in its city.
    assert coded(pipeline, "Hundreds of students rallied in Harare, waving Chinese flags."
                 ) == [("141", "ZWEEDU", "ZWE")]


def test_a_purpose_participle_beside_the_waving_still_names_the_target(pipeline: Any) -> None:
    assert coded(pipeline, "Hundreds of farmers protested in Lima on Monday, brandishing "
                           "Bolivian banners and demanding that Bolivia reopen the border."
                 ) == [("140", "PERAGR", "PER"), ("100", "PERAGR", "BOL")]


# --- an installation a signing or meeting happens at is its setting ------------------------


def test_air_force_base_of_a_signing_is_no_party(pipeline: Any) -> None:
    # Without the base as a party, the three signers are each other's counterparts.
    assert coded(pipeline, "The presidents of Kenya, Uganda and Tanzania signed a trade pact "
                           "at an air force base in Ohio on Tuesday.") == [
        ("057", "KENGOV", "UGAGOV"), ("057", "KENGOV", "TZAGOV"),
        ("057", "UGAGOV", "KENGOV"), ("057", "TZAGOV", "KENGOV")]


def test_an_army_base_fired_at_stays_the_target(pipeline: Any) -> None:
    assert coded(pipeline, "Rebels fired rockets at a Kenyan army base on Friday.") == [
        ("194", "---REB", "KENMIL")]


# --- the later conjuncts of an "of" owner chain ---------------------------------------------


def test_three_prime_ministers_meeting_meet_each_other(pipeline: Any) -> None:
    assert coded(pipeline, "The prime ministers of Chile, Peru and Bolivia met in Lima on "
                           "Friday.") == [
        ("040", "CHLGOV", "PERGOV"), ("040", "CHLGOV", "BOLGOV"),
        ("040", "PERGOV", "CHLGOV"), ("040", "BOLGOV", "CHLGOV")]


# --- an act cited as the cause of a feared outcome ------------------------------------------


def test_fighting_cited_in_a_feared_possibility_is_no_event(pipeline: Any) -> None:
    assert coded(pipeline, "Cotton prices fell on Tuesday as buyers worried that the clashes "
                           "in Sudan could halt shipments out of Red Sea harbours."
                 ) == []


def test_fighting_that_did_disrupt_is_still_coded(pipeline: Any) -> None:
    assert coded(pipeline, "The fighting in Ukraine disrupted exports from Black Sea ports."
                 ) == [("190", "UKRUAF", "UKR")]
