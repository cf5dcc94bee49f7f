"""Recipient rules of the third session, each on sentences of our own."""

from __future__ import annotations

from events_helpers import read, sides
from spacy.language import Language

from detente.events import EventExtractor


def test_stance_of_defiance_names_the_target_before_the_place(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Thousands of workers blocked roads in Lagos in defiance of the Nigerian "
               "government.",
               [("workers", None, "LAB"), ("Lagos", "NGA"), ("Nigerian government", "NGA", "GOV")])
    assert sides(got) == [("PROTEST", "---LAB", "NGAGOV")]


def test_stance_names_the_doer_of_the_act_protested_not_its_victims(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Students rallied in Dhaka in protest of the expulsion of Rohingya villagers "
               "by Burma.",
               [("Students", "BGD", "EDU"), ("Dhaka", "BGD"), ("Burma", "MMR"),
                ("Rohingya villagers", "MMR", "CVL")])
    assert sides(got) == [("PROTEST", "BGDEDU", "MMR")]


def test_refused_deployment_is_aimed_at_where_the_forces_would_go(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Brazil has refused to deploy peacekeepers in Haiti.",
               [("Brazil", "BRA"), ("peacekeepers", "UNO", "MIL"), ("Haiti", "HTI")])
    assert sides(got) == [("REJECT", "BRA", "HTI")]


def test_rejected_plan_to_send_troops_is_aimed_at_their_destination(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Niger rejected a proposal to send troops to Mali.",
               [("Niger", "NER"), ("troops", None, "MIL"), ("Mali", "MLI")])
    assert sides(got)[0] == ("REJECT", "NER", "MLI")


def test_rejected_invitation_is_aimed_at_the_parties_of_the_meeting(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Chile declined an invitation to attend a summit of Andean presidents.",
               [("Chile", "CHL"), ("Andean presidents", "BOL", "GOV")])
    assert sides(got) == [("REJECT", "CHL", "BOLGOV")]


def test_call_for_own_forces_to_be_deployed_is_aimed_at_the_place(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "NATO rejected a call for its troops to be deployed in Moldova.",
               [("NATO", "NAT"), ("its troops", "NAT", "MIL"), ("Moldova", "MDA")])
    assert sides(got)[0] == ("REJECT", "NAT", "MDA")


def test_means_made_able_to_strike_are_aimed_at_their_target(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Iran has deployed missiles capable of reaching Israel.",
               [("Iran", "IRN"), ("Israel", "ISR")])
    assert sides(got) == [("MOBILIZE", "IRN", "ISR")]


def test_a_group_of_society_may_act_on_its_own_state_named_bare(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Kurdish rebels rejected an offer of talks from Turkey.",
               [("Kurdish rebels", "TUR", "REB"), ("Turkey", "TUR")])
    assert sides(got) == [("REJECT", "TURREB", "TUR")]


def test_own_country_named_as_the_place_is_no_target_of_its_society(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "The rebels declared a ceasefire in Colombia.",
               [("rebels", "COL", "REB"), ("Colombia", "COL")])
    assert [(s[1], s[2]) for s in sides(got)] == [("COLREB", None)]


def test_own_state_office_beside_the_bare_country_is_one_party(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Turkish officials rejected an offer of talks from Turkey.",
               [("Turkish officials", "TUR", "GOV"), ("Turkey", "TUR")])
    assert sides(got) == [("REJECT", "TURGOV", None)]


def test_object_counted_with_up_to_is_the_object(
    nlp: Language, extractor: EventExtractor
) -> None:
    # The parser reads "up" as a particle of the verb and the teachers as the object of "to".
    got = read(nlp, extractor,
               "Somali rebels have kidnapped up to 16 Kenyan civilian teachers from a village "
               "school.",
               [("Somali rebels", "SOM", "REB"), ("Kenyan civilian teachers", "KEN", "EDU")])
    assert sides(got) == [("ASSAULT", "SOMREB", "KENEDU")]


def test_warned_response_is_aimed_at_the_doer_of_the_act_it_answers(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Serbia's president warned that Belgrade would respond to any Croatian "
               "provocation.",
               [("Serbia 's president", "SRB", "GOV"), ("Belgrade", "SRB", None),
                ("Croatian", "HRV")])
    assert [(s[1], s[2]) for s in sides(got)] == [("SRBGOV", "HRV")]


def test_warned_retaliation_is_aimed_at_its_prepositional_target(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Sudan warned that its army would retaliate against Chad.",
               [("Sudan", "SDN"), ("its army", "SDN", "MIL"), ("Chad", "TCD")])
    assert [(s[1], s[2]) for s in sides(got)] == [("SDN", "TCD")]


def test_other_party_as_subject_of_a_warning_stays_its_target(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Sudan warned that Chad would pay a heavy price.",
               [("Sudan", "SDN"), ("Chad", "TCD")])
    assert [(s[1], s[2]) for s in sides(got)] == [("SDN", "TCD")]


def test_finite_verb_hung_on_the_root_noun_takes_it_as_subject(
    nlp: Language, extractor: EventExtractor
) -> None:
    # The parser makes "chief" the root and "called" a clause on it.
    got = read(nlp, extractor,
               "Mali's army chief, General Assimi Goita, called on Algeria on Tuesday to expel "
               "the rebel leaders.",
               [("army chief", "MLI", "MIL"), ("Algeria", "DZA")])
    assert [(s[1], s[2]) for s in sides(got)] == [("MLIMIL", "DZA")]


def test_counterpart_of_the_act_noun_outranks_the_grounds(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Belize suspended diplomatic relations with Israel over its bombing of "
               "villages in Lebanon.",
               [("Belize", "BLZ"), ("Israel", "ISR"), ("Lebanon", "LBN")])
    assert [(s[0], s[1], s[2]) for s in sides(got)] == [("SANCTION", "BLZ", "ISR")]


def test_act_noun_with_an_owner_is_aimed_at_the_owner_not_the_counterpart(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Peru declined a Chilean proposal for talks with Bolivia's president.",
               [("Peru", "PER"), ("Chilean", "CHL"), ("Bolivia 's president", "BOL", "GOV")])
    assert [(s[0], s[1], s[2]) for s in sides(got)] == [("REJECT", "PER", "CHL")]


def test_zone_placed_around_a_landmark_stands_for_it(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Russia's navy held live-fire drills in four zones encircling Japan on Monday.",
               [("Russia 's navy", "RUS", "MIL"), ("Japan", "JPN")])
    assert [(s[0], s[1], s[2]) for s in sides(got)] == [("MOBILIZE", "RUSMIL", "JPN")]


def test_pledged_clause_of_the_pledger_names_the_one_helped(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "The Estonian president pledged that Estonia would help Latvia defend its "
               "border.",
               [("Estonian president", "EST", "GOV"), ("Estonia", "EST"), ("Latvia", "LVA")])
    assert [(s[1], s[2]) for s in sides(got)] == [("ESTGOV", "LVA")]


def test_victims_of_a_strike_on_a_party_are_that_partys(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Turkey launched air strikes on Syria's border posts on Monday, killing seven "
               "soldiers.",
               [("Turkey", "TUR"), ("Syria", "SYR"), ("soldiers", None, "MIL")])
    assert ("ASSAULT", "TUR", "SYRMIL") in sides(got)


def test_subject_engaged_in_an_act_is_its_doer(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Sudanese militias were engaged in ethnic cleansing in Chad against the "
               "local population.",
               [("Sudanese militias", "SDN", "PRM"), ("Chad", "TCD")])
    assert [(s[1], s[2]) for s in sides(got)] == [("SDNPRM", "TCD")]


def test_those_who_take_part_in_an_act_noun_do_it(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Ugandan troops took part in raids on rebel camps in Congo.",
               [("Ugandan troops", "UGA", "MIL"), ("rebel camps", "COD", "REB")])
    assert [(s[1], s[2]) for s in sides(got)] == [("UGAMIL", "CODREB")]



def test_four_parties_welcoming_ties_of_two_make_eight_events(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Chile, Peru, Bolivia and Uruguay welcomed the resumption of diplomatic ties "
               "between Venezuela and Colombia.",
               [("Chile", "CHL"), ("Peru", "PER"), ("Bolivia", "BOL"), ("Uruguay", "URY"),
                ("Venezuela", "VEN"), ("Colombia", "COL")])
    assert sorted((s[1], s[2]) for s in sides(got)) == sorted(
        (a, r) for a in ("CHL", "PER", "BOL", "URY") for r in ("VEN", "COL"))


def test_aid_sent_to_no_one_named_goes_where_the_first_conjunct_was_aimed(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "The Turkish president offered condolences to Morocco after the earthquake, "
               "and Turkey sent planes carrying relief supplies.",
               [("Turkish president", "TUR", "GOV"), ("Morocco", "MAR"), ("Turkey", "TUR")])
    assert sides(got) == [("SUPPORT", "TURGOV", "MAR"), ("AID", "TUR", "MAR")]


def test_a_texts_participle_clause_names_whom_it_concerns(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "The Ukrainian parliament approved a law recognizing the rights of the "
               "Crimean Tatars.",
               [("Ukrainian parliament", "UKR", "LEG"), ("Crimean Tatars", "UKR", "CVL")])
    assert [(s[1], s[2]) for s in sides(got)] == [("UKRLEG", "UKRCVL")]


def test_addressee_of_a_complaint_outranks_a_grievance_party_of_no_country(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "The Indian embassy lodged a complaint with the Nepali government over the "
               "minister's remarks on trade.",
               [("Indian embassy", "IND", "GOV"), ("Nepali government", "NPL", "GOV"),
                ("minister", None, "GOV")])
    assert [(s[0], s[1], s[2]) for s in sides(got)] == [("ACCUSE", "INDGOV", "NPLGOV")]


def test_grievance_party_with_a_country_still_outranks_the_audience(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Lebanon complained to the United Nations over Israeli raids.",
               [("Lebanon", "LBN"), ("United Nations", "UNO"), ("Israeli", "ISR")])
    assert [(s[0], s[1], s[2]) for s in sides(got)] == [("ACCUSE", "LBN", "ISR")]


def test_the_one_arrested_is_not_whom_a_protest_at_the_arrest_is_against(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Kurds marched in Berlin in protest of Ocalan's arrest.",
               [("Kurds", None, "CVL"), ("Berlin", "DEU"), ("Ocalan", "TUR", "REB")])
    assert sides(got) == [("PROTEST", "---CVL", "DEU")]


def test_joint_subject_failing_to_reach_a_compact_fails_toward_each_other(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Sudan and Chad failed to reach a deal on the border.",
               [("Sudan", "SDN"), ("Chad", "TCD")])
    assert sorted((s[1], s[2]) for s in sides(got)) == [("SDN", "TCD"), ("TCD", "SDN")]


def test_joint_subject_urging_a_third_party_to_sign_acts_on_that_party(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Chile and Peru urged Bolivia to sign the treaty.",
               [("Chile", "CHL"), ("Peru", "PER"), ("Bolivia", "BOL")])
    assert sorted((s[1], s[2]) for s in sides(got)) == [("CHL", "BOL"), ("PER", "BOL")]


def test_the_acts_own_aim_outranks_the_grievance_it_retaliates_for(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "The militants fired rockets at army posts in southern Turkey in retaliation "
               "for the killing of a commander in Erbil.",
               [("militants", "IRQ", "REB"), ("Turkey", "TUR"), ("commander", None, "MIL"),
                ("Erbil", "IRQ")])
    assert [(s[1], s[2]) for s in sides(got)][:1] == [("IRQREB", "TUR")]


def test_two_sided_act_named_by_its_sides_is_each_sides_toward_the_other(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Talks between Ghana and Togo resumed in Accra on Monday.",
               [("Ghana", "GHA"), ("Togo", "TGO"), ("Accra", "GHA")])
    assert sorted(sides(got)) == [("CONSULT", "GHA", "TGO"), ("CONSULT", "TGO", "GHA")]


def test_two_sided_act_in_a_background_phrase_stays_one_sided(
    nlp: Language, extractor: EventExtractor
) -> None:
    # (Not "halted *a year of* fighting": a stretch of acts told by its length is background
    # with no event at all, see test_events_news_precision_p3.)
    got = read(nlp, extractor, "The ceasefire halted the fighting between Ghana and Togo.",
               [("Ghana", "GHA"), ("Togo", "TGO")])
    assert sides(got) == [("ASSAULT", "GHA", "TGO")]
