"""Secondary clauses of long wire sentences (session 4, "wire"), on sentences of our own."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from events_helpers import coded
from spacy.language import Language

from detente.events.clauses import trigger_token
from detente.records import Actor, EventMention, Evidence

# --- result participles of harm fold into the attack they tell ----------------------------

def test_killing_after_a_bombing_is_its_outcome_not_a_second_attack(pipeline: Any) -> None:
    got = coded(pipeline, "Ethiopian jets bombed two villages in Eritrea's Gash-Barka region on "
                          "Sunday, killing 12 people.")
    assert got == [("195", "ETHMIL", "ERICVL")]


def test_victims_of_another_country_stay_a_reading_of_their_own(pipeline: Any) -> None:
    got = coded(pipeline, "Al-Shabaab militants stormed a hotel in Kismayo on Friday, killing "
                          "four Kenyan soldiers.")
    assert got == [("180", "SOMREB", "SOM"), ("190", "SOMREB", "KENMIL")]


def test_victims_of_the_target_country_name_whom_the_attack_hit(pipeline: Any) -> None:
    got = coded(pipeline, "Turkish drones struck a convoy in northern Iraq, killing two Iraqi "
                          "soldiers.")
    assert got == [("195", "TURMIL", "IRQMIL")]


# --- reactions: caused, framed as "a move", drawn ---------------------------------------

def test_a_reaction_prompted_by_an_act_answers_its_doer(pipeline: Any) -> None:
    got = coded(pipeline, "Pakistani jets bombed several villages in Afghanistan on Sunday, "
                          "prompting the Taliban government to warn that it would respond.")
    assert got == [("195", "PAKMIL", "AFG"), ("130", "AFGGOV", "PAKMIL")]


def test_in_a_move_condemned_by_frames_the_clause_as_the_act_condemned(pipeline: Any) -> None:
    got = coded(pipeline, "Georgia recalled its ambassador from Kyiv on Tuesday, in a move "
                          "condemned by Ukraine.")
    assert got == [("161", "GEO", "UKRGOV"), ("111", "UKR", "GEO")]


def test_in_a_move_with_a_relative_clause_is_the_same_frame(pipeline: Any) -> None:
    got = coded(pipeline, "Mali expelled the French ambassador on Monday, in a move the European "
                          "Union condemned.")
    assert got == [("161", "MLI", "FRAGOV"), ("111", "EUR", "MLI")]


def test_rebukes_drawn_by_a_statement_fall_on_the_speaker(pipeline: Any) -> None:
    # The parser hangs "drawing" in the reported clause; "the sanctions" draw no rebuke.
    got = coded(pipeline, "Hungarian Prime Minister Viktor Orban said the sanctions had failed, "
                          "drawing rebukes from Polish officials.")
    assert got == [("111", "POLGOV", "HUNGOV")]


def test_condemning_the_move_refers_back_to_the_act_told_before(pipeline: Any) -> None:
    got = coded(pipeline, "Moscow withdrew its ambassador from Tallinn on Friday, and Estonia "
                          "condemned the move.")
    assert got == [("161", "RUSGOV", "ESTGOV"), ("111", "EST", "RUSGOV")]


# --- temporal clauses assert their own act ----------------------------------------------

def test_an_after_clause_is_read_apart_from_the_warning_it_follows(pipeline: Any) -> None:
    got = coded(pipeline, "Armenia warned Azerbaijan on Sunday, hours after Azerbaijani troops "
                          "shelled Armenian villages near the border.")
    assert got == [("130", "ARM", "AZE"), ("194", "AZEMIL", "ARMCVL")]


def test_an_after_clause_inside_a_warning_is_not_its_content(pipeline: Any) -> None:
    # The parser hangs the "after" clause inside the threat's content clause.
    got = coded(pipeline, "Iran warned that Washington would face a crushing response, hours "
                          "after Iranian forces fired missiles at American bases in Iraq.")
    assert got == [("130", "IRN", "USAGOV"), ("194", "IRNMIL", "USA")]


# --- third parties: mediators and both sides ---------------------------------------------

def test_a_mediator_deals_with_each_side_of_the_act(pipeline: Any) -> None:
    got = coded(pipeline, "Armenia and Azerbaijan exchanged prisoners on Friday in a swap "
                          "mediated by Qatar.")
    assert got == [("0841", "ARM", "AZE"), ("0841", "AZE", "ARM"),
                   ("045", "QAT", "ARM"), ("045", "QAT", "AZE")]


def test_a_mediator_of_a_one_sided_act_is_background(pipeline: Any) -> None:
    got = coded(pipeline, "Armenia released ten prisoners under a deal brokered by Qatar.")
    assert [code for code, _a, _r in got] == ["0841"]


def test_both_sides_are_the_two_parties_named_before(pipeline: Any) -> None:
    got = coded(pipeline, "Fighting between Chad's army and the rebels spread on Monday, as the "
                          "African Union urged both sides to agree to a ceasefire.")
    assert [(c, r) for c, a, r in got if a == "IGO"] == [("0256", "TCDMIL"), ("0256", "---REB")]


# --- trigger rows ---------------------------------------------------------------------------

def test_extending_emergency_rule_imposes_it(pipeline: Any) -> None:
    got = coded(pipeline, "Myanmar's junta extended a state of emergency for six more months.")
    assert got == [("1724", "MMRGOV", "MMR")]


def test_extending_a_curfew_imposes_it(pipeline: Any) -> None:
    got = coded(pipeline, "Ecuador's president extended the curfew in three provinces on Sunday.")
    assert got == [("1723", "ECUGOV", "ECU")]


def test_recognizing_someone_as_president_is_recognition(pipeline: Any) -> None:
    got = coded(pipeline, "Washington recognized opposition leader Juan Guaido as Venezuela's "
                          "interim president.")
    assert got == [("054", "USAGOV", "VENOPP")]


def test_barring_monitors_keeps_them_out(pipeline: Any) -> None:
    got = coded(pipeline, "Turkey barred Swedish election monitors from entering the country.")
    assert got == [("1662", "TUR", "SWE")]


# --- helper --------------------------------------------------------------------------------

def test_trigger_token_is_the_token_the_evidence_names(nlp: Language) -> None:
    doc = nlp("Chad shelled the town.")
    start = doc[1].idx
    reading = EventMention(
        article_id="t", event_type="ASSAULT", cameo="194", quad_class=4, goldstein=-10.0,
        actor=Actor(text="Chad", country="TCD", sector=None, code="TCD"), recipient=None,
        evidence=Evidence(sentence=doc.text, start=0, end=len(doc.text), trigger="shelled",
                          trigger_start=start, trigger_end=start + len("shelled")))
    token = trigger_token(doc, reading)
    assert token is not None and token.i == 1
    # A span that cuts a token ("ha" of "Chad") names no token.
    off = replace(reading, evidence=Evidence(sentence=doc.text, start=0, end=len(doc.text),
                                             trigger="ha", trigger_start=1, trigger_end=3))
    assert trigger_token(doc, off) is None


# --- phone calls a thing was said in --------------------------------------------------------

def test_a_phone_call_framing_what_was_told_is_a_call_with_the_addressee(pipeline: Any) -> None:
    got = coded(pipeline, "Erdogan told Putin in a telephone call on Monday that Turkey was ready "
                          "to host talks.")
    assert got[0] == ("041", "TURGOV", "RUSGOV")


def test_a_phone_call_opening_the_sentence_is_not_claimed_by_the_urging(pipeline: Any) -> None:
    got = coded(pipeline, "In a phone call on Sunday, Xi urged Biden to stop arming Taiwan.")
    assert got == [("041", "CHNGOV", "USAGOV"), ("0242", "CHNGOV", "USAGOV")]


def test_a_call_noun_without_a_line_word_frames_nothing(pipeline: Any) -> None:
    got = coded(pipeline, "In a speech on Sunday, Xi urged Biden to stop arming Taiwan.")
    assert got == [("0242", "CHNGOV", "USAGOV")]


# --- occupation -------------------------------------------------------------------------------

def test_taking_control_of_a_city_occupies_it(pipeline: Any) -> None:
    got = coded(pipeline, "M23 rebels took control of the eastern Congolese city of Goma.")
    assert [(c, a) for c, a, _r in got] == [("192", "CODREB")]


def test_overrunning_a_town_occupies_it(pipeline: Any) -> None:
    got = coded(pipeline, "Russian forces overran the Ukrainian town of Avdiivka on Saturday.")
    assert got == [("192", "RUSMIL", "UKRCVL")]


# --- background anchors, restatements, reported passives, orders ------------------------------

def test_the_start_of_a_lasting_state_is_background(pipeline: Any) -> None:
    assert coded(pipeline, "Tunisia's president has governed by decree since suspending "
                           "parliament in 2021.") == []
    assert coded(pipeline, "The opposition leader has been in hiding since soldiers stormed his "
                           "house in Harare.") == []


def test_the_same_act_told_as_news_is_coded(pipeline: Any) -> None:
    got = coded(pipeline, "Tunisia's president suspended parliament in 2021.")
    assert got == [("160", "TUNGOV", "TUNLEG")]


def test_an_urging_participle_restates_the_appeal(pipeline: Any) -> None:
    got = coded(pipeline, "Kenya appealed for calm in South Sudan, urging President Salva Kiir to "
                          "end the fighting.")
    assert got == [("0256", "KEN", "SSDGOV")]


def test_a_participle_of_another_kind_is_its_own_act(pipeline: Any) -> None:
    got = coded(pipeline, "Ukraine accused Russia of shelling the plant, urging the IAEA to send "
                          "inspectors.")
    assert got == [("112", "UKR", "RUS"), ("020", "UKR", "UNO")]


def test_a_relative_pronoun_of_a_reported_passive_is_the_noun_it_is_on(pipeline: Any) -> None:
    got = coded(pipeline, "Ukraine mourned the crew of a Turkish cargo ship, which officials said "
                          "was struck by Russian missiles near Odesa.")
    assert got == [("195", "RUSMIL", "TUR")]


def test_ordering_air_strikes_is_waging_them(pipeline: Any) -> None:
    got = coded(pipeline, "Israel ordered airstrikes on Hezbollah positions in Lebanon.")
    assert got == [("190", "ISR", "LBNREB")]


def test_ordering_sabotage_destroys_property(pipeline: Any) -> None:
    got = coded(pipeline, "Moscow ordered the sabotage of Ukrainian power lines.")
    assert [(c, a) for c, a, _r in got] == [("1712", "RUSGOV")]


def test_an_investigation_opened_after_an_attack_is_of_its_doer(pipeline: Any) -> None:
    got = coded(pipeline, "Georgian prosecutors opened an investigation on Monday after Russian "
                          "troops shelled a village near Gori.")
    assert got[0] == ("090", "GEOJUD", "RUSMIL")


def test_a_warning_about_what_a_deal_could_do_is_a_forecast(pipeline: Any) -> None:
    got = coded(pipeline, "Fiji signed a policing pact with China, a deal that Canberra warned "
                          "could lead to a Chinese military presence in the Pacific.")
    assert got == [("057", "FJI", "CHN")]


def test_approving_a_sanctions_package_imposes_it(pipeline: Any) -> None:
    got = coded(pipeline, "Japan approved new sanctions against North Korea on Tuesday.")
    assert got == [("163", "JPN", "PRK")]


def test_suspending_sanctions_eases_them(pipeline: Any) -> None:
    got = coded(pipeline, "Washington suspended sanctions on Syria's central bank for six months.")
    assert [(c, a) for c, a, _r in got] == [("085", "USAGOV")]


def test_an_as_clause_states_its_own_act(pipeline: Any) -> None:
    got = coded(pipeline, "Syria's foreign minister met his Saudi counterpart in Riyadh, as "
                          "Washington suspended sanctions on Damascus for another six months.")
    assert ("085", "USAGOV", "SYRGOV") in got


def test_a_prior_act_by_an_unplaced_doer_gives_no_target(pipeline: Any) -> None:
    got = coded(pipeline, "India ordered the closure of the main border crossing on Wednesday, a "
                          "day after gunmen killed 26 people in Kashmir.")
    assert ("100", "IND", None) in got


def test_a_deal_brokered_by_a_third_party_is_background(pipeline: Any) -> None:
    got = coded(pipeline, "Armenia and Azerbaijan exchanged prisoners on Friday under a deal "
                          "brokered by Qatar.")
    assert got == [("0841", "ARM", "AZE"), ("0841", "AZE", "ARM")]


def test_rubber_bullets_and_water_cannon_are_riot_control(pipeline: Any) -> None:
    got = coded(pipeline, "Police fired rubber bullets at protesters in Nairobi on Tuesday.")
    assert got == [("175", "KENCOP", "KENCVL")]


def test_live_rounds_stay_an_armed_attack(pipeline: Any) -> None:
    got = coded(pipeline, "Police fired live rounds at protesters in Nairobi on Tuesday.")
    assert got == [("193", "KENCOP", "KENCVL")]


def test_a_call_prompted_by_clashes_is_aimed_at_the_fighters(pipeline: Any) -> None:
    got = coded(pipeline, "Clashes between rival militias erupted in Tripoli overnight, prompting "
                          "the U.N. mission in Libya to call for an immediate ceasefire.")
    assert [(c, a, r) for c, a, r in got if a == "UNO"] == [("025", "UNO", "LBYPRM")]


def test_a_bombing_prompting_a_condemnation_does_not_aim_it_at_the_victims(
        pipeline: Any) -> None:
    got = coded(pipeline, "A car bomb exploded in Kabul, prompting the Afghan government to "
                          "condemn the attack.")
    assert ("111", "AFGGOV", None) in got
