"""Wire-copy rules of session 3, round 2 (second half of news-dev4), on sentences of our own."""

from __future__ import annotations

from typing import Any

from events_helpers import coded


def test_agreeing_to_an_immediate_truce_declares_it_both_ways(pipeline: Any) -> None:
    got = coded(pipeline, "Serbia and Kosovo agreed to an immediate truce on Monday after a "
                          "week of skirmishes, officials said.")
    assert got == [("0871", "SRB", "KOS"), ("0871", "KOS", "SRB")]


def test_agreeing_to_a_truce_declares_it(pipeline: Any) -> None:
    # CAMEO 0871's usage note: agreements to commence a ceasefire are coded as declaring it
    got = coded(pipeline, "Serbia and Kosovo agreed to a truce on Monday.")
    assert got == [("0871", "SRB", "KOS"), ("0871", "KOS", "SRB")]


def test_saying_one_would_agree_to_a_truce_is_an_intent(pipeline: Any) -> None:
    got = coded(pipeline, "Serbia said it would agree to a truce if Kosovo withdrew its police.")
    assert got == [("0356", "SRB", None)]


def test_a_cessation_of_hostilities_is_a_truce(pipeline: Any) -> None:
    got = coded(pipeline, "Chad and the rebels agreed to a cessation of hostilities in Doha.")
    assert [code for code, _a, _r in got] == ["0871", "0871"]


def test_agreeing_to_withdraw_stays_an_intent(pipeline: Any) -> None:
    got = coded(pipeline, "Pakistan agreed to withdraw its troops from the border.")
    assert got == [("0356", "PAK", None)]


def test_drones_that_strike_are_aerial_weapons(pipeline: Any) -> None:
    got = coded(pipeline, "Russian drones struck a hospital in Kharkiv overnight, Ukrainian "
                          "officials said.")
    assert got == [("195", "RUSMIL", "UKRMED")]


def test_troops_that_strike_are_plain_force(pipeline: Any) -> None:
    got = coded(pipeline, "Israeli troops struck a convoy near Rafah.")
    assert got == [("190", "ISRMIL", "PSE")]


def test_killing_by_a_drone_strike_is_aerial_through_the_passive_agent(pipeline: Any) -> None:
    got = coded(pipeline, "A senior Taliban commander was killed in Kandahar by a Pakistani "
                          "drone strike, Afghan officials said.")
    assert got == [("195", "PAKMIL", "AFGGOV")]


def test_killing_by_troops_stays_plain_force(pipeline: Any) -> None:
    got = coded(pipeline, "Three Ukrainian soldiers were killed by Russian troops near Bakhmut.")
    assert got == [("190", "RUSMIL", "UKRMIL")]


def test_a_bomb_that_kills_is_a_bombing(pipeline: Any) -> None:
    got = coded(pipeline, "Four Nigerian soldiers were killed by a roadside bomb on Tuesday.")
    assert got == [("183", "---UAF", "NGAMIL")]


def test_a_missile_that_hits_stays_plain_force(pipeline: Any) -> None:
    got = coded(pipeline, "A Russian missile hit a school in Odesa.")
    assert got == [("190", "RUSMIL", "UKR")]


def test_the_meeting_an_agreement_was_reached_at_is_no_party(pipeline: Any) -> None:
    got = coded(pipeline, "Armenia and Azerbaijan agreed at talks in Washington to open a "
                          "transit corridor.")
    assert got == [("030", "ARM", None), ("030", "AZE", None)]


def test_the_party_of_the_meeting_an_agreement_was_reached_at_is_the_recipient(
    pipeline: Any,
) -> None:
    got = coded(pipeline, "Armenia agreed at talks with Azerbaijan to open a transit corridor.")
    assert got == [("030", "ARM", "AZE")]


def test_agreeing_to_talks_is_still_agreeing_to_meet(pipeline: Any) -> None:
    got = coded(pipeline, "Iran agreed to talks with the United States.")
    assert got == [("036", "IRN", "USA")]


def test_a_result_clause_under_a_refused_act_is_its_own_event(pipeline: Any) -> None:
    got = coded(pipeline, "Mexico refused to extradite the suspect, prompting the United States "
                          "to impose sanctions on Mexican officials.")
    assert got == [("120", "MEX", None), ("163", "USA", "MEXGOV")]


def test_delaying_a_summit_is_declining_to_meet(pipeline: Any) -> None:
    got = coded(pipeline, "Hungary threatened to veto the aid package, forcing the European "
                          "Union to delay the summit.")
    assert got == [("1311", "HUN", None), ("125", "EUR", None)]


def test_moving_troops_to_a_border_is_a_deployment(pipeline: Any) -> None:
    assert coded(pipeline, "India moved two army divisions to its border with China.") == [
        ("154", "IND", "CHN")]
    assert coded(pipeline, "The company moved its headquarters to Dubai.") == []


def test_captives_held_in_a_state_were_released_by_it(pipeline: Any) -> None:
    got = coded(pipeline, "Two American journalists detained in Venezuela were released after "
                          "talks with U.S. envoys.")
    assert got == [("0841", "VEN", "USAJRN")]


def test_captives_held_by_a_group_were_released_by_it(pipeline: Any) -> None:
    got = coded(pipeline, "Three Thai farm workers held by Hamas were freed on Friday.")
    assert got == [("0841", "PSEREB", "THALAB")]


def test_a_kidnapping_place_does_not_name_who_freed_the_captives(pipeline: Any) -> None:
    assert coded(pipeline, "Two aid workers kidnapped in Nigeria were released on Monday.") == []


def test_a_plane_hit_by_air_defences_was_fired_on_by_their_state(pipeline: Any) -> None:
    got = coded(pipeline, "A Ukrainian airliner was hit by Iranian air defenses shortly after "
                          "takeoff.")
    assert got == [("190", "IRN", "UKR")]


def test_ending_an_armed_struggle_de_escalates_against_the_foe(pipeline: Any) -> None:
    got = coded(pipeline, "The rebels ended their armed struggle against the Colombian "
                          "government on Monday.")
    assert got == [("087", "COLREB", "COLGOV")]


def test_halting_an_offensive_de_escalates(pipeline: Any) -> None:
    assert coded(pipeline, "Russia halted its offensive against Kharkiv.") == [
        ("087", "RUS", "UKR")]


def test_a_killing_participle_shares_the_weapon_of_its_main_clause(pipeline: Any) -> None:
    got = coded(pipeline, "Russian drones struck a market in Kherson, killing four civilians.")
    assert got == [("195", "RUSMIL", "UKRCVL")]


def test_announcing_the_closure_of_an_embassy_reduces_relations(pipeline: Any) -> None:
    got = coded(pipeline, "Lithuania announced the closure of the Belarusian embassy in Vilnius.")
    assert got == [("161", "LTU", "BLR")]
