"""Secondary acts of wire sentences that used to be missed: mediators named in a relative
clause or several prepositions away, and announced counteraction ("would respond")."""

from __future__ import annotations

from events_helpers import codes, read
from spacy.language import Language

from detente.events import EventExtractor


def test_mediator_in_a_reported_relative_clause_mediates_toward_both_sides(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Chile and Peru agreed to a truce on Sunday, in a deal that the Brazilian "
               "president said Brasilia had mediated.",
               [("Chile", "CHL"), ("Peru", "PER"), ("Brazilian president", "BRA", "GOV"),
                ("Brasilia", "BRA", "GOV")])
    assert [c for c in codes(got) if c[0] == "045"] == [
        ("045", "BRAGOV", "CHL"), ("045", "BRAGOV", "PER")]


def test_mediator_whose_relative_clause_has_a_relative_object(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Ghana and Togo signed a border accord that Norway brokered.",
               [("Ghana", "GHA"), ("Togo", "TGO"), ("Norway", "NOR")])
    assert [c for c in codes(got) if c[0] == "045"] == [
        ("045", "NOR", "GHA"), ("045", "NOR", "TGO")]


def test_mediated_talks_three_prepositions_below_the_agreement(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Mali's government and Tuareg rebels agreed to a halt of hostilities in talks "
               "mediated by Algeria in Algiers.",
               [("Mali 's government", "MLI", "GOV"), ("Tuareg rebels", "MLI", "REB"),
                ("Algeria", "DZA"), ("Algiers", "DZA")])
    assert [c for c in codes(got) if c[0] == "045"] == [
        ("045", "DZA", "MLIGOV"), ("045", "DZA", "MLIREB")]


def test_mediation_with_one_side_named_stays_background(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Rebels in Chad accepted a truce which Libya had brokered.",
               [("Rebels", "TCD", "REB"), ("Chad", "TCD"), ("Libya", "LBY")])
    assert not [c for c in codes(got) if c[0] == "045"]


def test_announced_answer_to_an_attack_threatens_the_attacker(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Turkish drones struck a village in Syria on Friday, and Damascus said it would "
               "respond.",
               [("Turkish drones", "TUR", "MIL"), ("Syria", "SYR"), ("Damascus", "SYR", "GOV"),
                ("it", "SYR", "GOV")])
    assert ("138", "SYRGOV", "TURMIL") in codes(got)


def test_announced_answer_to_a_hostile_act_is_a_threat(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Baku said Azerbaijan would respond to any deployment of Armenian troops.",
               [("Baku", "AZE", "GOV"), ("Azerbaijan", "AZE", "GOV"),
                ("Armenian troops", "ARM", "MIL")])
    assert codes(got) == [("138", "AZEGOV", "ARMMIL")]


def test_answering_a_request_or_answering_in_the_past_is_no_event(
    nlp: Language, extractor: EventExtractor
) -> None:
    assert codes(read(nlp, extractor, "Oslo said it would respond to the letter next week.",
                      [("Oslo", "NOR", "GOV")])) == []
    assert codes(read(nlp, extractor, "Minsk said it would respond to the proposal soon.",
                      [("Minsk", "BLR", "GOV"), ("it", "BLR", "GOV")])) == []
    assert codes(read(nlp, extractor, "The ministry in Quito responded to questions on Monday.",
                      [("ministry", "ECU", "GOV")])) == []


def test_answer_with_means_of_force_is_force(nlp: Language, extractor: EventExtractor) -> None:
    got = read(nlp, extractor, "The army responded with artillery fire on rebel positions.",
               [("army", "COL", "MIL"), ("rebel", "COL", "REB")])
    assert codes(got) == [("190", "COLMIL", "COLREB")]


def test_naming_an_act_of_a_joint_subject_a_mistake_criticises_each_doer(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Norway and Denmark expelled Iranian diplomats on Monday, and Tehran called the "
               "decision a mistake.",
               [("Norway", "NOR"), ("Denmark", "DNK"), ("Iranian diplomats", "IRN", "GOV"),
                ("Tehran", "IRN", "GOV")])
    assert codes(got) == [("161", "NOR", "IRNGOV"), ("161", "DNK", "IRNGOV"),
                          ("111", "IRNGOV", "NOR"), ("111", "IRNGOV", "DNK")]


def test_dismissing_the_accusation_denies_it_toward_the_accuser(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Canada accused Cuba of jailing a journalist, and Havana dismissed the accusation "
               "as baseless.",
               [("Canada", "CAN"), ("Cuba", "CUB"), ("journalist", "CUB", "JRN"),
                ("Havana", "CUB", "GOV")])
    assert codes(got) == [("112", "CAN", "CUB"), ("016", "CUBGOV", "CAN")]


def test_calling_a_move_an_invasion_criticises_the_mover(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Turkey sent tanks into Armenia, and Yerevan called the move an "
               "invasion.",
               [("Turkey", "TUR"), ("tanks", "TUR", "MIL"), ("Armenia", "ARM"),
                ("Yerevan", "ARM", "GOV")])
    assert codes(got) == [("154", "TUR", "ARM"), ("111", "ARMGOV", "TUR")]


def test_endorsing_the_request_supports_whoever_made_it(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Kenya asked the African Union for help against the rebels, and the bloc's "
               "chairman endorsed the request.",
               [("Kenya", "KEN"), ("African Union", "IGO"), ("rebels", "KEN", "REB"),
                ("chairman", "IGO", "GOV")])
    assert codes(got) == [("023", "KEN", "IGO"), ("051", "IGOGOV", "KEN")]


def test_welcoming_the_move_supports_the_mover(nlp: Language, extractor: EventExtractor) -> None:
    got = read(nlp, extractor, "Romania expelled a Moldovan diplomat, and Kyiv welcomed the move.",
               [("Romania", "ROU"), ("Moldovan diplomat", "MDA", "GOV"), ("Kyiv", "UKR", "GOV")])
    assert codes(got) == [("161", "ROU", "MDAGOV"), ("051", "UKRGOV", "ROU")]


def test_resigning_after_protests_yields_to_the_country_s_protesters(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "The Mongolian premier resigned amid street protests.",
               [("Mongolian premier", "MNG", "GOV")])
    assert codes(got) == [("0831", "MNGGOV", "MNGCVL")]
    assert got[0].recipient is not None and got[0].recipient.text == "protests"


def test_resigning_after_protests_led_by_a_named_group_yields_to_that_group(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Nepal's premier resigned on Tuesday after days of protests led by students.",
               [("Nepal 's premier", "NPL", "GOV"), ("students", "NPL", "EDU")])
    assert codes(got) == [("0831", "NPLGOV", "NPLEDU")]


def test_resigning_after_a_scandal_names_no_one_yielded_to(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "The Danish minister resigned after a tax scandal.",
               [("Danish minister", "DNK", "GOV")])
    assert codes(got) == [("0831", "DNKGOV", None)]


def test_conditional_announced_action_told_to_an_addressee_threatens_the_addressee(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "The Brazilian foreign minister told Bolivia's president that Brasilia would act "
               "unless La Paz stopped the smuggling.",
               [("Brazilian foreign minister", "BRA", "GOV"),
                ("Bolivia 's president", "BOL", "GOV"), ("Brasilia", "BRA", "GOV"),
                ("La Paz", "BOL", "GOV")])
    assert codes(got) == [("130", "BRAGOV", "BOLGOV")]


def test_acting_without_a_condition_is_no_threat(
    nlp: Language, extractor: EventExtractor
) -> None:
    assert codes(read(nlp, extractor, "Norway said it would act as a mediator.",
                      [("Norway", "NOR"), ("it", "NOR")])) == []
