"""Rules of the real-news precision round (issue #3), each on sentences of our own."""

from __future__ import annotations

import pytest
from events_helpers import codes, read
from spacy.language import Language

from detente.events import EventExtractor
from detente.events.lexicon import bilateral_nouns


def test_joint_signers_of_a_treaty_are_each_others_counterpart_not_the_venue(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Chile and Bolivia signed a border treaty in Lima on Monday.",
               [("Chile", "CHL"), ("Bolivia", "BOL"), ("Lima", "PER")])
    assert codes(got) == [("057", "CHL", "BOL"), ("057", "BOL", "CHL")]


def test_joint_subject_agreeing_to_resume_talks_acts_on_each_other(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Greece and Turkey agreed to resume exploratory talks.",
               [("Greece", "GRC"), ("Turkey", "TUR")])
    assert sorted((c[1], c[2]) for c in codes(got)) == [("GRC", "TUR"), ("TUR", "GRC")]


def test_joint_signers_keep_a_third_party_named_with_with(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Brazil and Argentina signed a trade deal with Japan.",
               [("Brazil", "BRA"), ("Argentina", "ARG"), ("Japan", "JPN")])
    assert sorted((c[1], c[2]) for c in codes(got)) == [("ARG", "JPN"), ("BRA", "JPN")]


def test_joint_subject_coordinated_through_its_phrase_head(
    nlp: Language, extractor: EventExtractor
) -> None:
    # "MILF" modifies "group": the coordination is "government and group".
    got = read(nlp, extractor,
               "The Philippine government and the MILF rebel group resumed talks in Kuala Lumpur.",
               [("Philippine government", "PHL", "GOV"), ("MILF", "PHL", "REB"),
                ("Kuala Lumpur", "MYS")])
    assert sorted((c[1], c[2]) for c in codes(got)) == [("PHLGOV", "PHLREB"),
                                                        ("PHLREB", "PHLGOV")]


def test_discussing_is_reciprocal_for_a_coordinated_subject(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Kenya and Uganda discussed border security on Friday.",
               [("Kenya", "KEN"), ("Uganda", "UGA")])
    assert codes(got) == [("040", "KEN", "UGA"), ("040", "UGA", "KEN")]


def test_bilateral_nouns_table_is_read() -> None:
    assert {"treaty", "ceasefire", "relations", "talk"} <= bilateral_nouns()
    assert not {"plan", "proposal", "statement"} & bilateral_nouns()


def test_exchanging_fire_is_an_armed_clash(nlp: Language, extractor: EventExtractor) -> None:
    got = read(nlp, extractor, "India and Pakistan exchanged fire across the frontier.",
               [("India", "IND"), ("Pakistan", "PAK")])
    assert codes(got) == [("190", "IND", "PAK"), ("190", "PAK", "IND")]


def test_a_lender_approving_a_loan_gives_economic_aid(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "The World Bank approved a $500 million loan for Kenya.",
               [("World Bank", "IGO"), ("Kenya", "KEN")])
    assert codes(got) == [("071", "IGO", "KEN")]


def test_ending_a_cooperation_agreement_reduces_relations(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Niger ended its military cooperation agreement with the United States.",
               [("Niger", "NER"), ("United States", "USA")])
    assert codes(got) == [("160", "NER", "USA")]


def test_sending_an_envoy_is_a_visit_by_proxy(nlp: Language, extractor: EventExtractor) -> None:
    got = read(nlp, extractor, "The African Union sent an envoy to Khartoum on Monday.",
               [("African Union", "IGO"), ("Khartoum", "SDN")])
    assert [(c[0][:3], c[1], c[2]) for c in codes(got)] == [("042", "IGO", "SDN")]


def test_protest_rallied_outside_a_building_with_a_denouncing_purpose(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Students rallied outside the ministry to denounce the government's fee plan.",
               [("Students", "COL", "EDU"), ("government", "COL", "GOV")])
    assert [(c[0], c[1]) for c in codes(got)] == [("141", "COLEDU")]


def test_participle_with_an_object_under_an_event_noun_gives_the_victim(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Russian missile strikes killed 12 civilians in Odesa on Monday, officials said.",
               [("Russian", "RUS"), ("civilians", "UKR", "CVL"), ("Odesa", "UKR")])
    assert [(c[1], c[2]) for c in codes(got)] == [("RUS", "UKRCVL")]


def test_shelled_villages_fall_on_the_place_they_lie_in(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Sudanese artillery shelled villages in eastern Chad overnight.",
               [("Sudanese artillery", "SDN", "MIL"), ("Chad", "TCD")])
    assert [(c[1], c[2][:3] if c[2] else None) for c in codes(got)] == [("SDNMIL", "TCD")]


def test_act_supposed_in_an_if_clause_is_not_coded_but_the_answer_is_a_threat(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "If Serbia attacks Kosovo, the alliance will respond firmly.",
               [("Serbia", "SRB"), ("Kosovo", "KOS"), ("alliance", "IGO", "MIL")])
    assert codes(got) == [("138", "IGOMIL", "SRB")]


def test_if_clause_act_under_a_coded_main_verb_is_dropped(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Iran said it would retaliate if Israel attacked its oil fields.",
               [("Iran", "IRN"), ("it", "IRN"), ("Israel", "ISR")])
    assert [c[0][:2] for c in codes(got)] == ["13"]
    assert [(c[1], c[2]) for c in codes(got)] == [("IRN", "ISR")]


def test_harm_done_by_nature_is_no_event(nlp: Language, extractor: EventExtractor) -> None:
    got = read(nlp, extractor,
               "A powerful earthquake killed more than 300 people in western Afghanistan.",
               [("people", "AFG", "CVL"), ("Afghanistan", "AFG")])
    assert got == []


def test_noun_tagged_open_complement_is_read_as_a_verb(
    nlp: Language, extractor: EventExtractor
) -> None:
    doc = nlp("Oman said it would continue mediating between Iran and the United States.")
    from detente.events.extractor import pos_class
    mediating = next(t for t in doc if t.lower_ == "mediating")
    if mediating.tag_.startswith("VB"):
        pytest.skip("this model tags 'mediating' as a verb here")
    assert pos_class(mediating) == "VERB"


def test_offer_to_host_talks_between_two_parties_is_made_to_both(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "The Saudi king offered to host talks between Moscow and Kyiv.",
               [("Saudi king", "SAU", "GOV"), ("Moscow", "RUS", "GOV"), ("Kyiv", "UKR", "GOV")])
    assert codes(got) == [("036", "SAUGOV", "RUSGOV"), ("036", "SAUGOV", "UKRGOV")]


def test_coordinated_nationality_modifiers_name_two_actors(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Indian and Chinese troops clashed in the Galwan valley.",
               [("Indian", "IND", "MIL"), ("Chinese troops", "CHN", "MIL")])
    assert sorted((c[1], c[2]) for c in codes(got)) == [("CHNMIL", "INDMIL"),
                                                        ("INDMIL", "CHNMIL")]


def test_lawsuit_is_against_the_party_charged_not_the_court(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Gambia filed a case at the World Court accusing Myanmar of genocide.",
               [("Gambia", "GMB"), ("World Court", "IGO", "JUD"), ("Myanmar", "MMR")])
    assert codes(got)[0] == ("115", "GMB", "MMR")
    assert all(c[2] == "MMR" for c in codes(got))


def test_forces_deployed_to_help_a_country_are_protection_aid(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Rwanda deployed troops to Mozambique to help fight insurgents.",
               [("Rwanda", "RWA"), ("troops", None, "MIL"), ("Mozambique", "MOZ"),
                ("insurgents", None, "REB")])
    assert codes(got) == [("074", "RWA", "MOZ")]


def test_forces_deployed_without_a_helping_purpose_stay_a_mobilisation(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Russia deployed troops to the Belarusian border.",
               [("Russia", "RUS"), ("troops", None, "MIL"), ("Belarusian", "BLR")])
    assert [c[0][:2] for c in codes(got)] == ["15"]


def test_forces_a_leader_orders_are_his_states_and_the_ordered_act_is_coded(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "The Turkish president ordered the army to raise its alert level near Syria.",
               [("Turkish president", "TUR", "GOV"), ("army", None, "MIL"), ("Syria", "SYR")])
    assert codes(got) == [("152", "TURMIL", "SYR")]


def test_ordering_another_states_forces_is_still_a_demand(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "The council ordered Russian troops to respect the truce.",
               [("council", "IGO"), ("Russian troops", "RUS", "MIL")])
    first = codes(got)[0]
    assert (first[0][:2], first[1], first[2]) == ("10", "IGO", "RUSMIL")


def test_recalling_ones_own_ambassador_is_aimed_at_the_host_country(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Algeria recalled its ambassador to Spain on Saturday.",
               [("Algeria", "DZA"), ("ambassador", "DZA", "GOV"), ("Spain", "ESP")])
    assert codes(got) == [("161", "DZA", "ESP")]


def test_a_capital_as_the_agent_of_an_act_is_its_government(
    nlp: Language, extractor: EventExtractor
) -> None:
    from detente.records import Actor, ActorMention
    doc = nlp("Beijing vowed to retaliate against the tariffs imposed by Washington.")
    capital = Actor(text="Washington", country="USA", sector="GOV", code="USAGOV",
                    rule="country:USA/capital")
    city = next(t for t in doc if t.text == "Washington")
    mention = ActorMention(capital, city.i, city.i + 1, city.i)
    from detente.events.arguments import place_reading
    assert place_reading(mention, doc) is None


def test_rejecting_an_accusation_denies_responsibility_toward_the_accuser(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Serbia rejected Croatia's accusation of meddling in the vote.",
               [("Serbia", "SRB"), ("Croatia", "HRV")])
    assert codes(got) == [("016", "SRB", "HRV")]


def test_expelling_diplomats_breaks_diplomatic_relations(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Poland expelled three Belarusian diplomats on Friday.",
               [("Poland", "POL"), ("Belarusian diplomats", "BLR", "GOV")])
    assert codes(got) == [("161", "POL", "BLRGOV")]


def test_ordering_foreign_troops_out_is_an_expulsion(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Niger's junta ordered American troops to leave the country.",
               [("junta", "NER", "GOV"), ("American troops", "USA", "MIL")])
    assert codes(got) == [("166", "NERGOV", "USAMIL")]


def test_each_other_makes_a_coordinated_subject_reciprocal(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Sudan and South Sudan accused each other of backing rebels.",
               [("Sudan", "SDN"), ("South Sudan", "SSD")])
    assert sorted((c[1], c[2]) for c in codes(got)) == [("SDN", "SSD"), ("SSD", "SDN")]


def test_joint_subject_of_a_support_verb_and_a_bilateral_noun(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Egypt and Greece stepped up cooperation on energy.",
               [("Egypt", "EGY"), ("Greece", "GRC")])
    assert sorted((c[1], c[2]) for c in codes(got)) == [("EGY", "GRC"), ("GRC", "EGY")]


def test_an_amount_in_aid_is_aid(nlp: Language, extractor: EventExtractor) -> None:
    got = read(nlp, extractor, "Japan pledged 3 billion dollars in aid to Indonesia.",
               [("Japan", "JPN"), ("Indonesia", "IDN")])
    assert codes(got) == [("033", "JPN", "IDN")]


def test_gerund_fighting_between_two_parties_is_theirs(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Thousands of villagers fled after fighting between the army and rebels.",
               [("villagers", "MOZ", "CVL"), ("army", "MOZ", "MIL"), ("rebels", "MOZ", "REB")])
    assert [(c[1], c[2]) for c in codes(got)] == [("MOZMIL", "MOZREB")]


def test_coordinated_nationality_adjectives_hold_talks_with_each_other(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Greek and Turkish officials held a new round of talks in Ankara.",
               [("Greek", "GRC", "GOV"), ("Turkish officials", "TUR", "GOV"), ("Ankara", "TUR")])
    assert sorted((c[1], c[2]) for c in codes(got)) == [("GRCGOV", "TURGOV"),
                                                        ("TURGOV", "GRCGOV")]


def test_denying_an_act_targets_no_victim_of_that_act(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Minsk has repeatedly denied targeting Polish border guards.",
               [("Minsk", "BLR", "GOV"), ("Polish border guards", "POL", "COP")])
    assert codes(got) == [("016", "BLRGOV", None)]


def test_denying_an_accusation_targets_the_accuser(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Rwanda denied claims by Congo that its troops had attacked Goma.",
               [("Rwanda", "RWA"), ("Congo", "COD"), ("troops", "RWA", "MIL"), ("Goma", "COD")])
    assert codes(got) == [("016", "RWA", "COD")]


def test_speaking_by_phone_is_a_telephone_discussion(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "The Kenyan president spoke by phone with the Somali president.",
               [("Kenyan president", "KEN", "GOV"), ("Somali president", "SOM", "GOV")])
    assert codes(got) == [("041", "KENGOV", "SOMGOV")]


def test_release_is_demanded_of_whoever_holds_the_persons(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "The UN demanded the release of journalists held by the Houthis.",
               [("UN", "UNO"), ("journalists", None, "JRN"), ("Houthis", "YEM", "REB")])
    assert codes(got) == [("1053", "UNO", "YEMREB")]


def test_possessor_of_an_act_done_to_persons_is_not_its_doer(
    nlp: Language, extractor: EventExtractor
) -> None:
    # "calling their arrest a kidnapping": the arrest is not Georgia's, and naming it is
    # no support verb lending it a subject.
    got = read(nlp, extractor,
               "Georgia protested to Moscow, calling their arrest a kidnapping.",
               [("Georgia", "GEO"), ("Moscow", "RUS", "GOV"), ("their", "GEO", "CVL")])
    assert not any(c[0][:2] == "17" and c[1] is not None for c in codes(got))


def test_possessor_of_a_release_with_an_of_object_is_its_doer(
    nlp: Language, extractor: EventExtractor
) -> None:
    from detente.events.extractor import _patient_possessor
    doc = nlp("Russia's release of 50 prisoners surprised observers.")
    release = next(t for t in doc if t.lower_ == "release")
    assert _patient_possessor(release) is None
    doc = nlp("Navalny's release was demanded by his supporters.")
    release = next(t for t in doc if t.lower_ == "release")
    owner = _patient_possessor(release)
    assert owner is not None and owner.text == "Navalny"


def test_storming_a_building_is_a_raid_on_its_owner(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Riot police stormed the Iranian consulate in Herat.",
               [("Riot police", "AFG", "COP"), ("Iranian", "IRN")])
    assert codes(got) == [("171", "AFGCOP", "IRN")]


def test_a_deployment_is_aimed_at_whom_it_is_meant_to_deter(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "India deployed warships to the strait to deter Pakistan.",
               [("India", "IND"), ("Pakistan", "PAK")])
    assert codes(got) == [("154", "IND", "PAK")]



def test_speaker_parsed_under_a_participle_is_the_modified_noun(nlp: Language) -> None:
    from detente.events.arguments import subject_heads
    doc = nlp("The Red Cross operating in Yemen said both sides must let food through.")
    said = next(t for t in doc if t.lower_ == "said")
    if not any(c.tag_ == "VBG" and c.dep_ == "nsubj" for c in said.children):
        pytest.skip("this model parses the speaker correctly here")
    assert [t.text for t in subject_heads(said)] == ["Cross"]


def test_unowned_targets_in_a_country_are_an_attack_on_it(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Turkish jets struck targets in northern Iraq overnight.",
               [("Turkish jets", "TUR", "MIL"), ("Iraq", "IRQ")])
    assert [(c[0][:2], c[1], c[2]) for c in codes(got)] == [("19", "TURMIL", "IRQ")]


def test_agreeing_on_a_plan_to_normalise_relations_is_two_sided(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Israel and Morocco agreed to adopt a plan to restore relations.",
               [("Israel", "ISR"), ("Morocco", "MAR")])
    assert sorted((c[1], c[2]) for c in codes(got)) == [("ISR", "MAR"), ("MAR", "ISR")]



def test_conjunct_sharing_a_reported_subject_owned_by_a_party_is_the_reporters(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Greece's premier said Turkey's plan was a provocation and urged the EU to act.",
               [("premier", "GRC", "GOV"), ("Turkey", "TUR"), ("EU", "EUR")])
    assert [(c[0][:2], c[1], c[2]) for c in codes(got)] == [("02", "GRCGOV", "EUR")]


def test_leaders_of_two_countries_meeting_meet_each_other(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "The presidents of Kenya and Tanzania met in Arusha on Monday.",
               [("presidents of Kenya", "KEN", "GOV"), ("Tanzania", "TZA"), ("Arusha", "TZA")])
    assert sorted((c[1], c[2]) for c in codes(got)) == [("KENGOV", "TZA"), ("TZA", "KENGOV")]


def test_traded_accusations_go_both_ways(nlp: Language, extractor: EventExtractor) -> None:
    got = read(nlp, extractor, "Peru and Bolivia traded accusations over the border incident.",
               [("Peru", "PER"), ("Bolivia", "BOL")])
    assert sorted((c[0][:2], c[1], c[2]) for c in codes(got)) == [("11", "BOL", "PER"),
                                                                  ("11", "PER", "BOL")]


def test_threat_of_force_aimed_through_its_purposes_place(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "The bloc threatened to use force to restore order in Gabon.",
               [("bloc", "IGO"), ("Gabon", "GAB")])
    assert codes(got) == [("138", "IGO", "GAB")]


def test_an_arrest_warrant_is_legal_action_against_its_subject(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "A Paris court issued an arrest warrant for Syria's president.",
               [("Paris court", "FRA", "JUD"), ("president", "SYR", "GOV")])
    assert codes(got) == [("173", "FRAJUD", "SYRGOV")]


def test_drills_held_by_one_side_alone_are_a_show_of_force(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Russian warships held live-fire drills off the coast of Japan.",
               [("Russian warships", "RUS", "MIL"), ("Japan", "JPN")])
    assert [(c[0], c[1]) for c in codes(got)] == [("150", "RUSMIL")]


@pytest.mark.parametrize("text", [
    "Russian and Chinese warships held drills off the coast of Japan.",
    "Russian warships held joint drills off the coast of Japan.",
    "Russian warships held drills with Chinese ships off the coast of Japan.",
])
def test_joint_drills_stay_military_cooperation(
    nlp: Language, extractor: EventExtractor, text: str
) -> None:
    actors = [("Russian", "RUS", "MIL"), ("Japan", "JPN")]
    got = read(nlp, extractor, text, actors)
    assert {c[0] for c in codes(got)} == {"062"}


def test_not_ruling_out_an_act_threatens_it(nlp: Language, extractor: EventExtractor) -> None:
    got = read(nlp, extractor, "London did not rule out new sanctions on Tehran.",
               [("London", "GBR", "GOV"), ("Tehran", "IRN", "GOV")])
    assert [(c[0][:2], c[1], c[2]) for c in codes(got)] == [("13", "GBRGOV", "IRNGOV")]
    assert [r.modality for r in got] == ["asserted"]


def test_ruling_out_an_act_stays_a_rejection(nlp: Language, extractor: EventExtractor) -> None:
    got = read(nlp, extractor, "London ruled out new sanctions on Tehran.",
               [("London", "GBR", "GOV"), ("Tehran", "IRN", "GOV")])
    assert [c[0][:2] for c in codes(got)] == ["12"]


def test_denying_having_fired_denies_responsibility(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "The navy denied that it had fired on the fishing boat.",
               [("navy", "PHL", "MIL"), ("it", "PHL", "MIL")])
    assert [c[0] for c in codes(got) if c[1] == "PHLMIL"][:1] == ["016"]


@pytest.mark.parametrize("verb", ["revoked", "scrapped", "cancelled", "terminated"])
def test_undoing_a_compact_with_a_party_reduces_relations_with_it(
    nlp: Language, extractor: EventExtractor, verb: str
) -> None:
    got = read(nlp, extractor, f"Burkina Faso {verb} its defence agreement with France.",
               [("Burkina Faso", "BFA"), ("France", "FRA")])
    assert codes(got) == [("160", "BFA", "FRA")]



def test_passive_conjunct_with_its_own_agent_takes_that_agent(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "The accord was drafted by Norway and signed by Eritrea and Ethiopia.",
               [("Norway", "NOR"), ("Eritrea", "ERI"), ("Ethiopia", "ETH")])
    signed = [c for c in codes(got) if c[0] == "057"]
    assert sorted((c[1], c[2]) for c in signed) == [("ERI", "ETH"), ("ETH", "ERI")]



def test_officials_from_two_capitals_meeting_meet_each_other(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Officials from Seoul and Tokyo met in Busan on Friday.",
               [("Officials from Seoul", "KOR", "GOV"), ("Tokyo", "JPN", "GOV")])
    assert sorted((c[1], c[2]) for c in codes(got)) == [("JPNGOV", "KORGOV"),
                                                        ("KORGOV", "JPNGOV")]


@pytest.mark.parametrize("text", [
    "Qatar and Egypt restored diplomatic ties last week.",
    "Qatar and Egypt agreed to resolve their dispute through talks.",
    "Qatar and Egypt agreed to disengage their forces.",
])
def test_two_sided_objects_and_verbs_make_a_joint_subject_reciprocal(
    nlp: Language, extractor: EventExtractor, text: str
) -> None:
    got = read(nlp, extractor, text, [("Qatar", "QAT"), ("Egypt", "EGY")])
    assert sorted((c[1], c[2]) for c in codes(got)) == [("EGY", "QAT"), ("QAT", "EGY")]


def test_own_troops_contributed_are_means_and_the_place_they_go_is_the_target(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Ghana is ready to contribute 800 troops to a peacekeeping force in Mali.",
               [("Ghana", "GHA"), ("troops", None, "MIL"), ("Mali", "MLI")])
    assert [(c[1], c[2]) for c in codes(got)] == [("GHA", "MLI")]


@pytest.mark.parametrize("text", [
    "Rwanda pulled its troops out of Congo.",
    "Rwanda withdrew its troops from Congo.",
    "Rwanda completed the withdrawal of its troops from Congo.",
])
def test_a_withdrawal_concerns_the_place_left(
    nlp: Language, extractor: EventExtractor, text: str
) -> None:
    got = read(nlp, extractor, text,
               [("Rwanda", "RWA"), ("troops", "RWA", "MIL"), ("Congo", "COD")])
    assert [(c[0][:2], c[1], c[2]) for c in codes(got)] == [("08", "RWA", "COD")]


def test_vowing_to_fight_on_until_a_party_falls_threatens_it(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "The general vowed to continue the offensive until the rebels surrender.",
               [("general", "SDN", "MIL"), ("rebels", "SDN", "REB")])
    assert codes(got) == [("138", "SDNMIL", "SDNREB")]


def test_dismissing_a_report_denies_responsibility(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Beijing dismissed the report as baseless.",
               [("Beijing", "CHN", "GOV")])
    assert codes(got) == [("016", "CHNGOV", None)]


def test_signing_a_decree_is_no_agreement_but_its_content_is_coded(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "The president signed a decree expelling Russian diplomats.",
               [("president", "MDA", "GOV"), ("Russian diplomats", "RUS", "GOV")])
    assert [c for c in codes(got) if c[0] == "057"] == []
    assert [(c[0][:2], c[1], c[2]) for c in codes(got)] == [("16", "MDAGOV", "RUSGOV")]


@pytest.mark.parametrize("text", [
    "Morocco beat Portugal 1-0 on Saturday.",
    "Morocco beat Portugal in the World Cup quarterfinal.",
])
def test_a_match_result_is_no_assault(
    nlp: Language, extractor: EventExtractor, text: str
) -> None:
    got = read(nlp, extractor, text, [("Morocco", "MAR"), ("Portugal", "PRT")])
    assert got == []


def test_beating_people_is_still_an_assault(nlp: Language, extractor: EventExtractor) -> None:
    got = read(nlp, extractor, "Police beat 12 protesters in Minsk.",
               [("Police", "BLR", "COP"), ("protesters", "BLR", "CVL")])
    assert codes(got) == [("182", "BLRCOP", "BLRCVL")]


def test_joint_subject_commenting_on_a_compact_is_not_party_to_it(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Chile and Peru welcomed the resumption of diplomatic ties between Bolivia "
               "and Paraguay.",
               [("Chile", "CHL"), ("Peru", "PER"), ("Bolivia", "BOL"), ("Paraguay", "PRY")])
    assert sorted((c[1], c[2]) for c in codes(got)) == [
        ("CHL", "BOL"), ("CHL", "PRY"), ("PER", "BOL"), ("PER", "PRY")]


def test_a_counterpart_named_deep_in_the_object_keeps_the_act_one_sided(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Chile and Peru agreed on a resumption of diplomatic ties with Bolivia.",
               [("Chile", "CHL"), ("Peru", "PER"), ("Bolivia", "BOL")])
    assert sorted((c[1], c[2]) for c in codes(got)) == [("CHL", "BOL"), ("PER", "BOL")]
