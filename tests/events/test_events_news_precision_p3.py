"""News precision rules (session 5): who does a generic attack and what it is, forces sent at
a host's request, and stretches of fighting told only as background. Sentences are our own;
the whole pipeline codes them."""

from __future__ import annotations

from typing import Any

from events_helpers import coded

# --- forces sent because the host asked ----------------------------------------------------


def test_troops_sent_at_the_hosts_request_are_protection(pipeline: Any) -> None:
    assert coded(pipeline, "Portugal sent 300 soldiers to Guinea-Bissau on Friday at the "
                           "request of its president.") == [("074", "PRT", "GNB")]


def test_forces_arriving_as_part_of_a_force_sent_on_invitation_are_protection(
    pipeline: Any,
) -> None:
    assert coded(pipeline, "Nigerian troops began arriving in Gambia on Monday as part of a "
                           "regional force sent at the invitation of the new government."
                 ) == [("074", "NGAMIL", "GMB")]


def test_troops_sent_to_a_border_stay_a_mobilisation(pipeline: Any) -> None:
    assert coded(pipeline, "Portugal sent 300 soldiers to the border on Friday.") == [
        ("154", "PRT", None)]


# --- a generic attack: by whom, on whom ----------------------------------------------------


def test_armed_gang_attacking_a_hospital_is_unconventional_violence(pipeline: Any) -> None:
    assert coded(pipeline, "Armed bandits attacked a hospital in northern Mali on Sunday, "
                           "killing six patients.") == [("180", "MLICRM", "MLIMED")]


def test_gunmen_opening_fire_on_a_market_is_unconventional_violence(pipeline: Any) -> None:
    assert coded(pipeline, "Gunmen opened fire on a crowded market in southern Nigeria on "
                           "Saturday, police said.") == [("180", "NGAUAF", "NGACVL")]


def test_protesters_attacking_an_embassy_riot(pipeline: Any) -> None:
    assert coded(pipeline, "Angry protesters attacked the French embassy in Bamako on "
                           "Friday.") == [("145", "MLICVL", "FRA")]


def test_rebels_attacking_an_army_base_fight(pipeline: Any) -> None:
    assert coded(pipeline, "Rebels attacked an army base in eastern Chad on Tuesday.") == [
        ("190", "TCDREB", "TCDMIL")]


# --- a stretch of acts summed up by how long it lasted -------------------------------------


def test_fighting_a_truce_ends_is_background(pipeline: Any) -> None:
    assert coded(pipeline, "A truce between Armenian forces and Azerbaijan took hold on Sunday, "
                           "ending six weeks of fighting that killed 5,000 people in Karabakh "
                           "and 300 Azerbaijanis.") == [
        ("0871", "ARMMIL", "AZE"), ("0871", "AZE", "ARMMIL")]


def test_fighting_a_truce_halts_is_background(pipeline: Any) -> None:
    assert coded(pipeline, "Sudan and South Sudan agreed to a truce that took effect on Monday, "
                           "halting more than a year of border fighting between Sudanese troops "
                           "and southern rebels.") == [
        ("0871", "SDN", "SSD"), ("0871", "SSD", "SDN")]


def test_days_of_talks_held_are_still_talks(pipeline: Any) -> None:
    assert coded(pipeline, "Rwanda and Burundi held two days of talks in Kampala.") == [
        ("040", "RWA", "BDI"), ("040", "BDI", "RWA")]


# --- the place a plan or deal is for ---------------------------------------------------------


def test_rejecting_a_plan_for_a_place_is_aimed_at_its_sponsor(pipeline: Any) -> None:
    assert coded(pipeline, "Belgrade rejected an American peace plan for Bosnia on Friday.") == [
        ("127", "SRBGOV", "USA")]


def test_refusing_a_deal_for_a_place_is_not_aimed_at_the_place(pipeline: Any) -> None:
    assert coded(pipeline, "Ethiopia refused to accept a peace plan for Somalia on Tuesday.") == [
        ("127", "ETH", None)]


def test_aid_for_a_country_still_goes_to_it(pipeline: Any) -> None:
    assert coded(pipeline, "Washington approved a new aid package for Ukraine.") == [
        ("051", "USAGOV", "UKR")]


# --- "what X called Y": X names the object, it is not acted on -------------------------------


def test_a_strike_on_what_the_striker_described_hits_the_place_named(pipeline: Any) -> None:
    assert coded(pipeline, "Turkish jets bombed what Ankara described as a rebel depot in "
                           "northern Iraq on Sunday.") == [("195", "TURMIL", "IRQ")]


def test_the_namer_of_a_strike_target_is_not_its_target(pipeline: Any) -> None:
    assert coded(pipeline, "Israeli aircraft hit what Jerusalem called a weapons factory in "
                           "Syria.") == [("190", "ISRMIL", None)]


# --- an appeal's content hung on a relative clause of the one asked --------------------------


def test_release_urged_on_coup_makers_is_asked_not_done(pipeline: Any) -> None:
    assert coded(pipeline, "The African Union urged the soldiers who took power in Gabon to "
                           "release President Ali Bongo.") == [("020", "IGO", "GABMIL")]


# --- ordering one's own units somewhere moves forces ------------------------------------------


def test_brigades_ordered_to_a_frontier_are_a_mobilisation(pipeline: Any) -> None:
    assert coded(pipeline, "Ghana ordered two brigades to the frontier with Togo.") == [
        ("154", "GHA", "TGO")]


# --- police and crowds --------------------------------------------------------------------


def test_a_clash_between_police_and_a_crowd_is_repression_and_riot(pipeline: Any) -> None:
    assert coded(pipeline, "Clashes between police and student protesters in Lima left three "
                           "people dead, officials said.") == [
        ("175", "PERCOP", "PERCVL"), ("145", "PERCVL", "PERCOP")]


def test_police_opening_fire_on_protesters_is_repression(pipeline: Any) -> None:
    assert coded(pipeline, "Police opened fire on protesters in Nairobi on Tuesday.") == [
        ("175", "KENCOP", "KENCVL")]


def test_rioters_clashing_with_police_riot(pipeline: Any) -> None:
    assert coded(pipeline, "Rioters clashed with police in Marseille on Saturday.") == [
        ("145", "FRACVL", "FRACOP")]


def test_protesters_clashing_is_one_act_not_a_protest_besides(pipeline: Any) -> None:
    assert coded(pipeline, "Student protesters clashed with riot police in Dhaka on Monday.") == [
        ("145", "BGDCVL", "BGDCOP")]


# --- a faceless conjunct of two named sides ---------------------------------------------------


def test_unnamed_units_beside_two_named_sides_are_their_means(pipeline: Any) -> None:
    assert coded(pipeline, "Japanese and Australian destroyers and fighter jets began joint "
                           "exercises in the Coral Sea on Tuesday.") == [
        ("062", "JPN", "AUS"), ("062", "AUS", "JPN")]


# --- drills held by one side under a dateline ------------------------------------------------


def test_drills_by_one_navy_after_a_dateline_are_a_show_of_force(pipeline: Any) -> None:
    assert coded(pipeline, "MANILA, Philippines (Reuters) — China's navy held large-scale drills "
                           "around the Philippines on Friday.") == [("150", "CHNMIL", "PHL")]


def test_a_named_envoy_shot_dead_is_assassinated(pipeline: Any) -> None:
    assert coded(pipeline, "Sweden's ambassador to Kenya, Erik Lund, was shot dead in Nairobi "
                           "by an unknown gunman.") == [("186", "KENUAF", "SWEGOV")]
