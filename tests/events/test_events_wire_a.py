"""Wire-copy rules of session 3, round 2 (first half of news-dev4), on sentences of our own."""

from __future__ import annotations

from typing import Any

from events_helpers import coded


def test_initialing_an_agreement_is_signing_it(pipeline: Any) -> None:
    got = coded(pipeline, "Serbia and Croatia initialed a border treaty in Brussels on Friday.")
    assert got == [("057", "SRB", "HRV"), ("057", "HRV", "SRB")]


def test_adopting_a_package_of_sanctions_imposes_them(pipeline: Any) -> None:
    got = coded(pipeline, "Canada adopted a fresh package of sanctions against Belarus on Monday.")
    assert got == [("163", "CAN", "BLR")]


def test_adopting_a_resolution_is_no_sanction(pipeline: Any) -> None:
    assert coded(pipeline, "Parliament adopted a resolution on Monday.") == []


def test_due_to_meet_is_an_intent_to_meet(pipeline: Any) -> None:
    got = coded(pipeline, "The foreign ministers of Peru and Chile are due to meet in Lima "
                          "next week.")
    assert [code for code, _, _ in got] == ["036", "036"]


def test_due_to_without_an_act_codes_nothing(pipeline: Any) -> None:
    assert coded(pipeline, "The ferry is due to arrive at noon.") == []


def test_partyless_background_violence_is_dropped_beside_a_placed_act(pipeline: Any) -> None:
    got = coded(pipeline, "The presidents of Kenya and Uganda signed a trade deal in Nairobi, "
                          "two years after clashes along the frontier killed 50 people.")
    assert got == [("057", "KENGOV", "UGAGOV"), ("057", "UGAGOV", "KENGOV")]


def test_partyless_violence_alone_in_its_sentence_stays(pipeline: Any) -> None:
    assert coded(pipeline, "Gunmen killed five villagers on Sunday.") == [
        ("190", "---UAF", "---CVL")]


def test_condemnation_coordinated_into_a_report_is_the_reporters(pipeline: Any) -> None:
    got = coded(pipeline, "Japan's defense ministry said China fired several rockets at its "
                          "islands on Monday and condemned the attack.")
    assert got == [("194", "CHN", None), ("111", "JPNGOV", "CHN")]


def test_the_launches_refer_back_to_missiles_fired(pipeline: Any) -> None:
    got = coded(pipeline, "Taiwan's military said China fired two ballistic missiles into the "
                          "strait on Friday and condemned the launches as reckless.")
    assert got == [("194", "CHN", None), ("111", "TWNMIL", "CHN")]


def test_coordinated_condemnation_of_a_named_act_keeps_the_clause_subject(pipeline: Any) -> None:
    # "condemned Taiwan's blockade" names another party's act: nothing points back.
    got = coded(pipeline, "Japan's defense ministry said China fired rockets at its islands "
                          "and condemned Taiwan's blockade.")
    assert got == [("194", "CHN", None), ("111", "CHN", "TWN")]


def test_allowing_food_in_is_allowing_humanitarian_delivery(pipeline: Any) -> None:
    assert coded(pipeline, "Egypt allowed food into Gaza.") == [("0863", "EGY", "PSE")]


def test_saying_it_would_allow_fuel_in_is_an_intent_to_allow(pipeline: Any) -> None:
    got = coded(pipeline, "Egypt said it would allow a limited amount of fuel into Gaza after "
                          "a long blockade.")
    assert got == [("0355", "EGY", "PSE")]


def test_warning_of_a_present_plight_is_no_threat(pipeline: Any) -> None:
    got = coded(pipeline, "The U.N. chief urged the warring parties in Yemen to agree to a truce, "
                          "warning that the country's remaining civilians faced starvation.")
    assert [code for code, _, _ in got] == ["0256"]


def test_warning_of_a_future_plight_stays_a_threat(pipeline: Any) -> None:
    got = coded(pipeline, "Iran warned that Israeli civilians would face consequences.")
    assert got == [("130", "IRN", "ISRCVL")]
