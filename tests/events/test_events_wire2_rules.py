"""Wire-copy rules of session 4, round 2 (helper "wire2"), on sentences of our own."""

from __future__ import annotations

from typing import Any

from events_helpers import coded


def test_appealing_for_a_party_to_act_appeals_to_that_party(pipeline: Any) -> None:
    # the act asked for has not happened: it is no act of the rebels'
    got = coded(pipeline, "The Vatican appealed on Monday for the rebels to release the "
                          "hostages.")
    assert got == [("020", "VAT", "---REB")]


def test_appealing_to_a_party_is_still_read_by_the_trigger(pipeline: Any) -> None:
    got = coded(pipeline, "The Vatican appealed to the rebels to release the hostages.")
    assert got == [("020", "VAT", "---REB")]


def test_wanting_a_party_to_act_is_still_a_demand(pipeline: Any) -> None:
    assert coded(pipeline, "Germany wants Greece to pay its debts.") == [("100", "DEU", "GRC")]


def test_an_indefinite_attack_under_could_is_only_supposed(pipeline: Any) -> None:
    # neither the supposed attack nor what it "could" do is anyone's act
    got = coded(pipeline, "The Indian minister told lawmakers that a Pakistani attack on "
                          "Kashmir could endanger India's security.")
    assert got == []


def test_any_attack_is_only_supposed(pipeline: Any) -> None:
    # the condemnation stands; "any Ukrainian attack" is done by no one
    got = coded(pipeline, "Russia condemned any Ukrainian attack on Crimea.")
    assert got == [("111", "RUS", "UKR")]


def test_a_definite_attack_under_could_is_presupposed(pipeline: Any) -> None:
    got = coded(pipeline, "The Pakistani attack on the Indian border post could derail the "
                          "talks.")
    assert ("190", "PAK", "IND") in got


def test_a_coordinated_apposition_lists_more_subjects(pipeline: Any) -> None:
    # the parser hangs "the Democratic Republic of Congo, Uganda and Rwanda" on "Kenya"
    got = coded(pipeline, "Kenya, the Democratic Republic of Congo, Uganda and Rwanda cut "
                          "diplomatic ties with Burundi on Friday.")
    assert got == [("161", "KEN", "BDI"), ("161", "COD", "BDI"), ("161", "UGA", "BDI"),
                   ("161", "RWA", "BDI")]


def test_a_single_apposition_only_renames_the_subject(pipeline: Any) -> None:
    got = coded(pipeline, "Sudan's army chief, Abdel Fattah al-Burhan, rejected the plan.")
    assert got == [("127", "SDNMIL", None)]


def test_urging_another_to_sign_with_a_partner_is_only_an_appeal(pipeline: Any) -> None:
    got = coded(pipeline, "Japan urged Vietnam to sign a trade deal with the Philippines.")
    assert got == [("020", "JPN", "VNM")]


def test_a_brokered_truce_is_between_its_sides_and_mediated_by_the_broker(pipeline: Any) -> None:
    got = coded(pipeline, "A U.S.-brokered truce between Armenia and Azerbaijan took effect "
                          "on Friday.")
    assert got == [("0871", "ARM", "AZE"), ("0871", "AZE", "ARM"), ("045", "USA", "ARM"),
                   ("045", "USA", "AZE")]


def test_a_truce_brokered_by_a_named_party_is_mediated_by_it(pipeline: Any) -> None:
    got = coded(pipeline, "A truce brokered by Egypt between Armenia and Azerbaijan took "
                          "effect on Friday.")
    assert got == [("0871", "ARM", "AZE"), ("0871", "AZE", "ARM"), ("045", "EGY", "ARM"),
                   ("045", "EGY", "AZE")]


def test_a_brokered_deal_with_one_side_named_is_background(pipeline: Any) -> None:
    got = coded(pipeline, "Armenia freed prisoners on Friday under a truce brokered by Egypt.")
    assert got == [("0841", "ARM", None)]


def modal(pipeline: Any, text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(modality, CAMEO code, actor code, recipient code) of each event coded."""
    return [(e.modality, e.cameo, e.actor.code if e.actor else None,
             e.recipient.code if e.recipient else None)
            for e in pipeline.code_text(text, published="2025-01-01")]


def test_an_act_inside_a_rejected_claim_is_not_asserted(pipeline: Any) -> None:
    # the parser reads "claims" as a verb coordinated with "rejected"
    got = modal(pipeline, "Russia's foreign ministry rejected as a lie claims that a Russian "
                          "drone had struck the Polish village.")
    assert got == [("asserted", "120", "RUSGOV", None), ("negated", "195", "RUS", "POLCVL")]


def test_a_claim_verb_with_its_own_conjunction_is_a_claim(pipeline: Any) -> None:
    got = modal(pipeline, "Russia rejected the proposal and claims that a Ukrainian drone "
                          "struck the village.")
    assert got == [("asserted", "127", "RUS", None), ("asserted", "195", "UKR", None)]


def test_retaliating_is_force_used_in_return(pipeline: Any) -> None:
    assert coded(pipeline, "Iran retaliated against Israel on Sunday.") == [("190", "IRN", "ISR")]


def test_saying_one_would_retaliate_against_any_attack_threatens_its_maker(
        pipeline: Any) -> None:
    # the supposed attack is nobody's act; the promised retaliation is a threat
    got = coded(pipeline, "Iran said it would retaliate against any Israeli attack.")
    assert got == [("138", "IRN", "ISR")]


def test_extending_a_deal_together_keeps_an_agreement(pipeline: Any) -> None:
    got = coded(pipeline, "Russia and Norway extended the fishing deal for another year.")
    assert got == [("057", "RUS", "NOR"), ("057", "NOR", "RUS")]


def test_saying_one_would_not_extend_a_deal_is_a_refusal(pipeline: Any) -> None:
    got = coded(pipeline, "Russia would not extend the fishing deal with Norway.")
    assert got == [("127", "RUS", "NOR")]
