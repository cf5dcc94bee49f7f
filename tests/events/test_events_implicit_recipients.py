"""Implicit recipients of directed domestic acts (events.implicit), on sentences of our own."""

from __future__ import annotations

from events_helpers import read, sides
from spacy.language import Language

from detente.events import EventExtractor
from detente.events.implicit import IMPLICIT_RULE, LOCAL_RULE, PROXY_RULE, reporter_conjuncts


def test_society_group_rejecting_with_no_one_named_rejects_its_government(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "The Chilean opposition rejected the election results.",
               [("Chilean opposition", "CHL", "OPP")])
    assert sides(got) == [("REJECT", "CHLOPP", "CHLGOV")]
    recipient = got[0].recipient
    assert recipient is not None
    assert recipient.rule == IMPLICIT_RULE
    assert (recipient.start, recipient.end) == (4, 22)  # the actor's words, as evidence


def test_sabotage_by_rebels_with_no_one_named_falls_on_their_country(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Chilean rebels blew up a power station outside Santiago, state radio said.",
               [("Chilean rebels", "CHL", "REB"), ("Santiago", "CHL", "GOV")])
    assert sides(got) == [("COERCE", "CHLREB", "CHL")]


def test_threat_of_emergency_rule_by_a_junta_is_aimed_at_its_country(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "The Malian junta threatened to impose a curfew, according to the French "
               "news agency.",
               [("Malian junta", "MLI", "MIL"), ("French news agency", "FRA", "JRN")])
    # The agency only reports; it is no party that could be threatened.
    assert sides(got) == [("THREATEN", "MLIMIL", "MLI")]


def test_another_state_named_leaves_the_target_open(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Chilean rebels blew up a power station that supplies Peru.",
               [("Chilean rebels", "CHL", "REB"), ("Peru", "PER")])
    assert sides(got)[0] == ("COERCE", "CHLREB", None)


def test_an_unresolved_named_party_in_the_clause_leaves_the_target_open(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "The Chilean opposition rejected an offer from Freedonia.",
               [("Chilean opposition", "CHL", "OPP")])
    assert sides(got) == [("REJECT", "CHLOPP", None)]


def test_a_bare_country_gets_no_target_of_its_own(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Chile rejected the election results.", [("Chile", "CHL")])
    assert sides(got) == [("REJECT", "CHL", None)]


def test_an_undirected_act_gets_no_implicit_target(
    nlp: Language, extractor: EventExtractor
) -> None:
    # (An opposition's agreement is a yield to its country: see test_events_domestic_yields.)
    got = read(nlp, extractor, "The Bangladeshi army agreed to postpone the parade.",
               [("Bangladeshi army", "BGD", "MIL")])
    assert sides(got) == [("AGREE", "BGDMIL", None)]


def test_a_participle_describing_a_participant_gets_no_implicit_target(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Police in Lima fired tear gas at students protesting against a fuel price rise.",
               [("Police", "PER", "COP"), ("Lima", "PER"), ("students", None, "EDU")])
    assert sides(got) == [("ASSAULT", "PERCOP", "PEREDU"), ("PROTEST", "---EDU", None)]


def test_a_burden_laid_on_a_party_targets_it_not_the_grounds(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Canada imposed sanctions on Venezuela over its treatment of jailed journalists.",
               [("Canada", "CAN"), ("Venezuela", "VEN"), ("journalists", None, "JRN")])
    assert sides(got) == [("SANCTION", "CAN", "VEN")]


def test_prisoners_freed_by_a_government_are_its_own_people(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "The Bolivian government freed dozens of prisoners on Friday.",
               [("Bolivian government", "BOL", "GOV"), ("prisoners", None, "CVL")])
    assert [(r.cameo, r.actor.code if r.actor else None, r.recipient.code if r.recipient else None)
            for r in got] == [("0841", "BOLGOV", "BOLCVL")]
    recipient = got[0].recipient
    assert recipient is not None and recipient.rule is not None
    assert recipient.rule.endswith(LOCAL_RULE)


def test_civilians_killed_by_rebels_with_no_place_named_are_of_the_rebels_country(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Bolivian rebels killed twelve civilians on Sunday.",
               [("Bolivian rebels", "BOL", "REB"), ("civilians", None, "CVL")])
    assert sides(got) == [("ASSAULT", "BOLREB", "BOLCVL")]


def test_residents_and_the_expelled_keep_no_country(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Ecuadorian troops fired tear gas at residents.",
               [("Ecuadorian troops", "ECU", "MIL"), ("residents", None, "CVL")])
    assert sides(got) == [("ASSAULT", "ECUMIL", "---CVL")]
    got = read(nlp, extractor, "Peru expelled dozens of migrants.",
               [("Peru", "PER"), ("migrants", None, "CVL")])
    assert sides(got) == [("COERCE", "PER", "---CVL")]


def test_officials_of_no_named_country_are_no_other_side_of_a_meeting(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "The Chilean president and the Bolivian president met in Lima on Friday, the "
               "first summit between leaders of the two countries.",
               [("Chilean president", "CHL", "GOV"), ("Bolivian president", "BOL", "GOV"),
                ("Lima", "PER"), ("leaders", None, "GOV")])
    assert [s for s in sides(got) if s[1]] == [("CONSULT", "CHLGOV", "BOLGOV"),
                                               ("CONSULT", "BOLGOV", "CHLGOV")]


def test_with_parties_acting_as_mediators_are_no_side_of_the_talks(
    nlp: Language, extractor: EventExtractor
) -> None:
    actors = [("Peruvian government", "PER", "GOV"), ("rebels", "PER", "REB"), ("Quito", "ECU"),
              ("Chile", "CHL"), ("Brazil", "BRA")]
    got = read(nlp, extractor, "The Peruvian government and the rebels resumed talks in Quito "
               "with Chile and Brazil acting as mediators.", actors)
    assert sides(got) == [("CONSULT", "PERGOV", "PERREB"), ("CONSULT", "PERREB", "PERGOV")]
    # Without the absolute clause, "with" names the other side.
    got = read(nlp, extractor, "The Peruvian government and the rebels resumed talks in Quito "
               "with Chile and Brazil.", actors)
    assert sides(got) == [("CONSULT", "PERGOV", "CHL"), ("CONSULT", "PERGOV", "BRA"),
                          ("CONSULT", "PERREB", "CHL"), ("CONSULT", "PERREB", "BRA")]


def test_threatened_sanctions_target_the_on_party_not_the_grounds(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Moscow said it would impose sanctions on British firms over a planned arms sale "
               "to Ukraine.",
               [("Moscow", "RUS", "GOV"), ("British firms", "GBR", "BUS"), ("Ukraine", "UKR")])
    assert [(r.cameo, r.actor.code if r.actor else None, r.recipient.code if r.recipient else None)
            for r in got] == [("1312", "RUSGOV", "GBRBUS")]


def test_force_at_unnamed_targets_in_a_place_falls_on_its_people(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Turkish jets fired missiles at targets in Qamishli.",
               [("Turkish jets", "TUR", "MIL"), ("Qamishli", "SYR")])
    assert sides(got) == [("ASSAULT", "TURMIL", "SYRCVL")]


def test_a_town_named_with_its_kind_is_a_settlement_whose_people_are_hit(
    nlp: Language, extractor: EventExtractor
) -> None:
    actors = [("Rebels", "COD", "REB"), ("Kindu", "COD")]
    got = read(nlp, extractor, "Rebels shelled the provincial capital Kindu on Sunday.", actors)
    assert sides(got) == [("ASSAULT", "CODREB", "CODCVL")]
    # A bare name may be a country: it stays the state.
    got = read(nlp, extractor, "Rebels shelled Kindu on Sunday.", actors)
    assert sides(got) == [("ASSAULT", "CODREB", "COD")]


def test_an_act_during_a_protest_against_a_doer_is_aimed_at_that_doer(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Kurdish youths threw stones during demonstrations against Turkish army raids.",
               [("Kurdish youths", "TUR", "CVL"), ("Turkish army", "TUR", "MIL")])
    assert sides(got) == [("PROTEST", "TURCVL", "TURMIL")]


def test_firms_singled_out_by_dealings_with_a_state_stand_for_it(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Ukrainian drones struck firms supplying the Russian army.",
               [("Ukrainian drones", "UKR", "MIL"), ("firms", None, "BUS"),
                ("Russian army", "RUS", "MIL")])
    assert sides(got)[0] == ("ASSAULT", "UKRMIL", "RUS")
    recipient = got[0].recipient
    assert recipient is not None and recipient.rule == PROXY_RULE


def test_people_opposing_a_state_do_not_stand_for_it(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Gunmen attacked students who had protested against the Iranian government.",
               [("Gunmen", None, "UAF"), ("students", None, "EDU"),
                ("Iranian government", "IRN", "GOV")])
    assert sides(got)[0] == ("ASSAULT", "---UAF", "---EDU")


def test_an_as_phrase_characterises_the_object_and_names_no_target(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Venezuela's government denounced new U.S. sanctions on oil exports as economic "
               "aggression against the Venezuelan people.",
               [("Venezuela 's government", "VEN", "GOV"), ("U.S.", "USA"),
                ("Venezuelan people", "VEN", "CVL")])
    assert [(r.cameo, r.actor.code if r.actor else None, r.recipient.code if r.recipient else None)
            for r in got] == [("111", "VENGOV", "USA")]


def test_sources_joined_to_the_last_object_are_no_party(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "Rebels killed twelve people, residents and the United Nations said."
    doc = nlp(text)
    assert sorted(doc[i].text for i in reporter_conjuncts(doc[:])) == [
        "Nations", "United", "and", "residents", "the"]
    got = read(nlp, extractor, text, [("Rebels", "COD", "REB"), ("people", None, "CVL"),
                                      ("residents", None, "CVL"), ("United Nations", "UNO")])
    assert sides(got) == [("ASSAULT", "CODREB", "CODCVL")]


def test_a_claim_of_responsibility_is_aimed_at_the_victims_of_the_act_claimed(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "The rebel group claimed responsibility for a bombing near the Somali capital that "
               "killed nine Kenyan soldiers.",
               [("rebel group", "SOM", "REB"), ("Somali", "SOM"),
                ("Kenyan soldiers", "KEN", "MIL")])
    assert [(r.cameo, r.actor.code if r.actor else None, r.recipient.code if r.recipient else None)
            for r in got] == [("015", "SOMREB", "KENMIL")]


def test_soldiers_of_no_country_are_the_rebels_own_state_s_not_a_state_s(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Colombian rebels ambushed a patrol, killing eight soldiers.",
               [("Colombian rebels", "COL", "REB"), ("soldiers", None, "MIL")])
    assert sides(got) == [("ASSAULT", "COLREB", "COLMIL")]
    got = read(nlp, extractor, "Colombian troops killed eight soldiers.",
               [("Colombian troops", "COL", "MIL"), ("soldiers", None, "MIL")])
    assert sides(got) == [("ASSAULT", "COLMIL", "---MIL")]


def test_the_protector_fused_into_a_modifier_is_not_the_target(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Serb forces overran the U.N.-protected enclave of Zepa on Tuesday.",
               [("Serb forces", "BIH", "MIL"), ("U.N.-protected", "UNO"), ("Zepa", "BIH")])
    assert sides(got) == [("COERCE", "BIHMIL", "BIHCVL")]


def test_a_body_named_by_its_seat_is_of_the_seat_s_country(
    nlp: Language, extractor: EventExtractor
) -> None:
    actors = [("Moscow", "RUS", "GOV"), ("government", None, "GOV"), ("Kyiv", "UKR")]
    got = read(nlp, extractor,
               "Moscow accused the government in Kyiv of persecuting Russian speakers.", actors)
    assert sides(got) == [("ACCUSE", "RUSGOV", "UKRGOV")]
    # A place of the accused act, not of the body, places nobody.
    got = read(nlp, extractor,
               "Moscow accused the government of persecuting Russian speakers in Kyiv.", actors)
    assert sides(got) == [("ACCUSE", "RUSGOV", "---GOV")]


def test_the_far_side_of_a_border_is_a_landmark_not_a_party(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Chilean rebels blew up a power station near Chile's border with Peru.",
               [("Chilean rebels", "CHL", "REB"), ("Chile", "CHL"), ("Peru", "PER")])
    assert sides(got) == [("COERCE", "CHLREB", "CHL")]


def test_calling_off_a_strike_eases_dissent_toward_the_government(
    nlp: Language, extractor: EventExtractor
) -> None:
    union = ("Kenyan teachers ' union", "KEN", "EDU")
    got = read(nlp, extractor, "The Kenyan teachers' union called off its strike.", [union])
    assert [(r.cameo, r.actor.code if r.actor else None, r.recipient.code if r.recipient else None)
            for r in got] == [("082", "KENEDU", "KENGOV")]
    got = read(nlp, extractor, "The Kenyan teachers' union called off its strike after talks "
               "with the Kenyan government.", [union, ("Kenyan government", "KEN", "GOV")])
    recipient = got[0].recipient
    assert recipient is not None and recipient.code == "KENGOV"
    assert recipient.text == "Kenyan government"  # the named government is the evidence
