"""Session-3 coverage rules: events the coder used to miss entirely (sentences of our own)."""

from __future__ import annotations

from pathlib import Path

import pytest
from events_helpers import codes, read
from spacy.language import Language

from detente.errors import KnowledgeError
from detente.events import EventExtractor
from detente.events.modality import read_modality


def test_be_opposed_to_is_the_subjects_own_rejection(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Ghana is opposed to Nigerian mediation in the border dispute.",
               [("Ghana", "GHA"), ("Nigerian", "NGA")])
    assert codes(got) == [("126", "GHA", "NGA")]


def test_opposed_with_a_by_agent_stays_passive(nlp: Language, extractor: EventExtractor) -> None:
    got = read(nlp, extractor, "The deployment plan was opposed by Chile.", [("Chile", "CHL")])
    assert codes(got) == [("120", "CHL", None)]


def test_agentless_passive_demobilisation_is_the_forces_own_retreat(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "About 2,000 Angolan rebels have been demobilized since the truce.",
               [("Angolan rebels", "AGO", "REB")])
    assert [(r.cameo, r.actor.code if r.actor else None) for r in got] == [("0873", "AGOREB")]


def test_passive_demobilisation_of_civilians_names_no_retreating_side(
    nlp: Language, extractor: EventExtractor
) -> None:
    # Only armed bodies stand down; civilians named as the passive subject are not a side.
    got = read(nlp, extractor, "Angolan villagers have been demobilized.",
               [("Angolan villagers", "AGO", "CVL")])
    assert [r.cameo for r in got if r.actor is not None] == []


def test_torture_in_custody_is_done_by_the_holder(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "An Iraqi blogger died as a result of torture while in Syrian police custody.",
               [("Iraqi blogger", "IRQ", "JRN"), ("Syrian police", "SYR", "COP")])
    assert codes(got) == [("1822", "SYRCOP", "IRQJRN")]


def test_harm_in_the_custody_of_a_named_holder(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "The activist was beaten in the custody of Egyptian police.",
               [("activist", None, "ACT"), ("Egyptian police", "EGY", "COP")])
    # A victim of no stated nationality is placed where the holder acts.
    assert codes(got) == [("182", "EGYCOP", "EGYACT")]


@pytest.mark.parametrize(("text", "actors", "expected"), [
    ("Russian jets strafed Ukrainian positions near Bakhmut.",
     [("Russian jets", "RUS", "MIL"), ("Ukrainian positions", "UKR", "MIL")],
     [("195", "RUSMIL", "UKRMIL")]),
    ("Militants beheaded two Nigerian soldiers.",
     [("Militants", None, "REB"), ("Nigerian soldiers", "NGA", "MIL")],
     [("1823", "---REB", "NGAMIL")]),
    ("Israeli troops razed Palestinian homes in Hebron.",
     [("Israeli troops", "ISR", "MIL"), ("Palestinian", "PSE", "CVL")],
     [("1712", "ISRMIL", "PSECVL")]),
    ("Paris faulted Rome for the delay.", [("Paris", "FRA", "GOV"), ("Rome", "ITA", "GOV")],
     [("111", "FRAGOV", "ITAGOV")]),
    ("The Ukrainian incursion into Belarus began on Friday.",
     [("Ukrainian", "UKR"), ("Belarus", "BLR")],
     [("190", "UKR", "BLR")]),
    ("Iran held the United States responsible for the attack.",
     [("Iran", "IRN"), ("United States", "USA")], [("112", "IRN", "USA")]),
])
def test_added_synonym_rows(nlp: Language, extractor: EventExtractor, text: str,
                            actors: list[tuple[str, ...]],
                            expected: list[tuple[str, str, str]]) -> None:
    assert codes(read(nlp, extractor, text, actors)) == expected


def test_harm_told_as_outcome_of_an_owned_attack_is_the_attackers(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Two Syrian soldiers were wounded in a Turkish drone strike.",
               [("Syrian soldiers", "SYR", "MIL"), ("Turkish", "TUR")])
    assert codes(got) == [("190", "TUR", "SYRMIL")]


def test_a_strike_that_kills_is_military_not_a_walkout(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "The Egyptian strike killed a Libyan commander.",
               [("Egyptian", "EGY"), ("Libyan commander", "LBY", "MIL")])
    assert [r.cameo for r in got] == ["195", "190"]
    assert codes(got)[1] == ("190", "EGY", "LBYMIL")


def test_a_strike_that_harms_no_one_stays_a_walkout(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Greek dockworkers began a strike over pensions.",
               [("Greek dockworkers", "GRC", "LAB")])
    assert [(r.cameo, r.actor.code if r.actor else None) for r in got] == [("143", "GRCLAB")]


@pytest.mark.parametrize(("text", "actors", "expected"), [
    ('"Serbia is committing genocide in Kosovo," the Albanian premier said on Monday.',
     [("Serbia", "SRB"), ("Kosovo", "XKX"), ("Albanian premier", "ALB", "GOV")],
     [("1124", "ALBGOV", "SRB")]),
    ("Vilnius said Minsk is using refugees as a weapon against the Baltic states.",
     [("Vilnius", "LTU", "GOV"), ("Minsk", "BLR", "GOV"), ("refugees", None, "REF")],
     [("112", "LTUGOV", "BLRGOV")]),
    ("Seoul said Pyongyang was responsible for the massacre in the village.",
     [("Seoul", "KOR", "GOV"), ("Pyongyang", "PRK", "GOV")], [("1124", "KORGOV", "PRKGOV")]),
    ("The Indian foreign ministry said Islamabad was meddling in Kashmir.",
     [("Indian foreign ministry", "IND", "GOV"), ("Islamabad", "PAK", "GOV"),
      ("Kashmir", "IND")],
     [("112", "INDGOV", "PAKGOV")]),
    ("Ankara said Kurdish militants were behind the bombing.",
     [("Ankara", "TUR", "GOV"), ("Kurdish militants", "TUR", "REB")],
     [("112", "TURGOV", "TURREB")]),
])
def test_reported_wrongdoing_is_the_speakers_accusation(
    nlp: Language, extractor: EventExtractor, text: str, actors: list[tuple[str, ...]],
    expected: list[tuple[str, str, str]],
) -> None:
    assert codes(read(nlp, extractor, text, actors)) == expected


@pytest.mark.parametrize("text", [
    "Vilnius said Minsk was not responsible for the blast.",  # a defence
    "Vilnius said Minsk is fighting corruption.",  # no wrong done by the subject
    "Vilnius said Minsk was responsible for security at the border.",  # a duty, no harm
    "Vilnius said Minsk was behind the reform plan.",  # support, no harm
])
def test_reported_clause_without_allegation_accuses_no_one(
    nlp: Language, extractor: EventExtractor, text: str
) -> None:
    got = read(nlp, extractor, text, [("Vilnius", "LTU", "GOV"), ("Minsk", "BLR", "GOV")])
    assert [r.event_type for r in got if r.event_type == "ACCUSE"] == []


def test_allegation_table_rejects_a_non_accuse_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import detente.events.lexicon as lexicon

    lexicon.default_cameo_table()  # the real code table, read before the path is patched
    bad = tmp_path / "allegations.csv"
    bad.write_text("lemma,kind,cameo\nmeddle,verb,190\n", encoding="utf-8")
    monkeypatch.setattr(lexicon, "data_path", lambda *parts: bad)
    lexicon.allegation_words.cache_clear()
    try:
        with pytest.raises(KnowledgeError,
                           match=r"allegations\.csv:2: CAMEO code '190' is not an ACCUSE code"):
            lexicon.allegation_words()
    finally:
        monkeypatch.undo()
        lexicon.allegation_words.cache_clear()


def test_accusation_followed_by_a_denied_allegation_is_still_asserted(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Armenia accused Azerbaijan of shelling border villages, an allegation Baku "
               "quickly denied.",
               [("Armenia", "ARM"), ("Azerbaijan", "AZE"), ("Baku", "AZE", "GOV")])
    assert next((r.cameo, r.modality) for r in got) == ("112", "asserted")
    # The denial answers the claim's maker.
    assert ("016", "AZEGOV", "ARM") in codes(got)
    assert ("112", "ARM", "AZE") in codes(got)


def test_a_plain_denial_still_negates_its_content(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Officials denied that Serbian troops had crossed into Kosovo.",
               [("Officials", None, "GOV"), ("Serbian troops", "SRB", "MIL"), ("Kosovo", "XKX")])
    assert [r for r in got if r.modality == "asserted" and r.event_type == "ASSAULT"] == []


@pytest.mark.parametrize(("text", "actors", "expected"), [
    ("Canada paused all aid to Uganda on Monday.", [("Canada", "CAN"), ("Uganda", "UGA")],
     [("162", "CAN", "UGA")]),
    ("Norway has handed over two air defence systems to Latvia.",
     [("Norway", "NOR"), ("Latvia", "LVA")], [("072", "NOR", "LVA")]),
    ("Iranian commandos boarded a British tanker in the Gulf.",
     [("Iranian commandos", "IRN", "MIL"), ("British", "GBR")], [("171", "IRNMIL", "GBR")]),
    ("Houthi rebels seized the airport of Aden on Friday.",
     [("Houthi rebels", "YEM", "REB"), ("Aden", "YEM")], [("192", "YEMREB", "YEM")]),
])
def test_added_material_rows(nlp: Language, extractor: EventExtractor, text: str,
                             actors: list[tuple[str, ...]],
                             expected: list[tuple[str, str, str]]) -> None:
    assert codes(read(nlp, extractor, text, actors)) == expected


def test_police_sent_to_reinforce_a_mission_is_protection(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Rwanda sent 400 police officers to Mozambique to reinforce the regional mission.",
               [("Rwanda", "RWA"), ("police officers", "RWA", "COP"), ("Mozambique", "MOZ")])
    assert codes(got) == [("074", "RWA", "MOZ")]


def test_not_accepting_foreign_troops_is_a_refusal(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Bolivia said it would not accept Brazilian troops on its soil.",
               [("Bolivia", "BOL"), ("it", "BOL"), ("Brazilian troops", "BRA", "MIL")])
    assert codes(got) == [("120", "BOL", "BRAMIL")]


def test_strike_as_a_modifier_is_no_walkout(nlp: Language, extractor: EventExtractor) -> None:
    got = read(nlp, extractor, "The French navy moved its carrier strike group to Cyprus.",
               [("French navy", "FRA", "MIL"), ("Cyprus", "CYP")])
    assert [r.event_type for r in got if r.event_type == "PROTEST"] == []


def test_warning_that_strikes_on_a_party_could_come_is_a_threat(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Ankara warned that strikes on Kurdish camps in Iraq could "
               "begin soon.", [("Ankara", "TUR", "GOV"), ("Kurdish", "TUR", "REB"),
                               ("Iraq", "IRQ")])
    assert [r.event_type for r in got] == ["THREATEN"]
    assert got[0].actor is not None and got[0].actor.code == "TURGOV"


def test_a_move_denounced_in_apposition_targets_the_mover(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Norway recognized a Palestinian state on Monday, a move Israeli Foreign "
               "Minister Gideon Saar condemned as a reward for terror.",
               [("Norway", "NOR"), ("Palestinian", "PSE"),
                ("Israeli Foreign Minister Gideon Saar", "ISR", "GOV")])
    assert codes(got) == [("054", "NOR", "PSE"), ("111", "ISRGOV", "NOR")]


@pytest.mark.parametrize(("text", "actors", "expected"), [
    ("The Thai government declared martial law on Tuesday.", [("Thai government", "THA", "GOV")],
     [("1724", "THAGOV", "THA")]),
    ("The Sri Lankan army lifted the curfew on Monday.", [("Sri Lankan army", "LKA", "MIL")],
     [("0813", "LKAMIL", "LKA")]),
    # A place named is the target instead.
    ("Police imposed a curfew in Kirkuk.", [("Police", "IRQ", "COP"), ("Kirkuk", "IRQ")],
     [("1723", "IRQCOP", "IRQ")]),
])
def test_emergency_rule_with_no_place_binds_the_own_country(
    nlp: Language, extractor: EventExtractor, text: str, actors: list[tuple[str, ...]],
    expected: list[tuple[str, str, str]],
) -> None:
    assert codes(read(nlp, extractor, text, actors)) == expected


def test_emergency_rule_by_a_non_state_actor_names_no_country(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "The rebels declared martial law.", [("rebels", "COL", "REB")])
    assert [r.recipient for r in got] == [None]


@pytest.mark.parametrize(("count", "code"), [("12,000", "201"), ("tens of thousands of", "201"),
                                             ("40", "174")])
def test_deporting_by_the_thousand_is_mass_expulsion(
    nlp: Language, extractor: EventExtractor, count: str, code: str
) -> None:
    got = read(nlp, extractor, f"Algeria deported {count} Malian migrants last year.",
               [("Algeria", "DZA"), ("Malian migrants", "MLI", "CVL")])
    assert codes(got) == [(code, "DZA", "MLICVL")]


def test_calling_up_reservists_ahead_of_an_offensive(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Azerbaijan called up thousands of reservists ahead of an offensive in Karabakh.",
               [("Azerbaijan", "AZE"), ("reservists", None, "MIL"), ("Karabakh", "AZE")])
    # The mobilisation is told; the offensive it is ahead of has not happened yet, and the
    # reservists called up are the mobiliser's means, not its target.
    assert [(r.cameo, r.actor.code if r.actor else None, r.modality) for r in got
            if r.modality == "asserted"] == [("154", "AZE", "asserted")]
    assert all(r.recipient is None or r.recipient.sector != "MIL" for r in got)


def test_condemning_the_strikes_told_before_targets_their_doer(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Turkish jets bombed Kurdish positions in northern Iraq on Sunday, and the Iraqi "
               "government condemned the recent strikes.",
               [("Turkish jets", "TUR", "MIL"), ("Kurdish", "TUR", "REB"), ("Iraq", "IRQ"),
                ("Iraqi government", "IRQ", "GOV")])
    assert ("111", "IRQGOV", "TURMIL") in codes(got)


def test_condemning_an_owned_act_keeps_its_owner(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Turkish jets bombed Kurdish positions on Sunday, and Baghdad condemned the "
               "Iranian strikes.",
               [("Turkish jets", "TUR", "MIL"), ("Kurdish", "TUR", "REB"),
                ("Baghdad", "IRQ", "GOV"), ("Iranian", "IRN")])
    assert ("111", "IRQGOV", "TURMIL") not in codes(got)


@pytest.mark.parametrize(("text", "actors", "expected"), [
    ("Russia launched a barrage of missiles at Odesa overnight.",
     [("Russia", "RUS"), ("Odesa", "UKR")], [("190", "RUS", "UKR")]),
    ("Iran launched drones at Israel on Saturday.", [("Iran", "IRN"), ("Israel", "ISR")],
     [("195", "IRN", "ISR")]),
    ("Slovakia blocked a European aid package for Moldova.",
     [("Slovakia", "SVK"), ("Moldova", "MDA")], [("129", "SVK", "MDA")]),
    ("Kenyan police used tear gas to disperse protesters in Nairobi.",
     [("Kenyan police", "KEN", "COP"), ("protesters", "KEN", "CVL")],
     [("175", "KENCOP", "KENCVL")]),
])
def test_launch_block_and_means_rows(nlp: Language, extractor: EventExtractor, text: str,
                                     actors: list[tuple[str, ...]],
                                     expected: list[tuple[str, str, str]]) -> None:
    assert codes(read(nlp, extractor, text, actors)) == expected


def test_what_weapons_are_needed_for_is_not_told_as_done(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Kyiv said the jets were needed to strike Russian airfields.",
               [("Kyiv", "UKR", "GOV"), ("Russian", "RUS")])
    assert [(r.event_type, r.modality) for r in got] == [("ASSAULT", "hypothetical")]


@pytest.mark.parametrize(("text", "actors", "expected"), [
    ("The Czech government protested against the Russian strike on Kharkiv.",
     [("Czech government", "CZE", "GOV"), ("Russian", "RUS")], [("114", "CZEGOV", "RUS")]),
    ("Students protested against the Chilean government in Santiago.",
     [("Students", "CHL", "EDU"), ("Chilean government", "CHL", "GOV")],
     [("140", "CHLEDU", "CHLGOV")]),
])
def test_protest_by_a_state_is_an_official_complaint(
    nlp: Language, extractor: EventExtractor, text: str, actors: list[tuple[str, ...]],
    expected: list[tuple[str, str, str]],
) -> None:
    assert codes(read(nlp, extractor, text, actors)) == expected


def test_denied_backing_is_a_denial_not_support(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Uganda denied backing the rebels in South Sudan.",
               [("Uganda", "UGA"), ("rebels", "SSD", "REB"), ("South Sudan", "SSD")])
    assert [r.event_type for r in got] == ["REJECT"]
    assert got[0].cameo == "016"


def test_material_conflict_conditioned_with_if_is_a_threat(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Moscow could cut gas supplies to Moldova if Chisinau joins the sanctions.",
               [("Moscow", "RUS", "GOV"), ("Moldova", "MDA"), ("Chisinau", "MDA", "GOV")])
    assert [(r.event_type, r.actor.code if r.actor else None, r.modality) for r in got] == [
        ("THREATEN", "RUSGOV", "asserted")]


def test_taking_a_state_to_court_is_suing_it(nlp: Language, extractor: EventExtractor) -> None:
    got = read(nlp, extractor, "Gabon took Equatorial Guinea to the International Court of "
               "Justice over the islands.",
               [("Gabon", "GAB"), ("Equatorial Guinea", "GNQ")])
    assert codes(got) == [("115", "GAB", "GNQ")]


def test_the_two_governments_stand_for_the_pair_named_before(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Eritrean and Ethiopian troops clashed near the border on Monday, and the two "
               "governments blamed each other for the fighting.",
               [("Eritrean", "ERI", "MIL"), ("Ethiopian troops", "ETH", "MIL")])
    blame = [c for c in codes(got) if c[0] == "112"]
    assert blame == [("112", "ERI", "ETH"), ("112", "ETH", "ERI")]


def test_a_pair_phrase_with_one_party_before_names_no_one(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Eritrean troops crossed the border, and the two governments "
               "blamed each other.", [("Eritrean troops", "ERI", "MIL")])
    assert [r for r in got if r.cameo == "112"] == []


def test_retaliation_answers_the_earlier_actor(nlp: Language, extractor: EventExtractor) -> None:
    got = read(nlp, extractor,
               "Washington imposed tariffs on Brazil on Monday, and Brasilia vowed to retaliate.",
               [("Washington", "USA", "GOV"), ("Brazil", "BRA"), ("Brasilia", "BRA", "GOV")])
    assert codes(got) == [("163", "USAGOV", "BRA"), ("138", "BRAGOV", "USAGOV")]


@pytest.mark.parametrize(("text", "actors", "expected"), [
    ('"Syria is the main sponsor of terrorism in Lebanon," the Lebanese premier said.',
     [("Syria", "SYR"), ("Lebanon", "LBN"), ("Lebanese premier", "LBN", "GOV")],
     [("112", "LBNGOV", "SYR")]),
    ("Quito said on Monday that Lima was plotting a coup.",
     [("Quito", "ECU", "GOV"), ("Lima", "PER", "GOV")], [("112", "ECUGOV", "PERGOV")]),
    ("The Somali president said Kenya was the aggressor in Jubaland.",
     [("Somali president", "SOM", "GOV"), ("Kenya", "KEN"), ("Jubaland", "SOM")],
     [("1123", "SOMGOV", "KEN")]),
])
def test_reported_wrongdoer_predicates(nlp: Language, extractor: EventExtractor, text: str,
                                       actors: list[tuple[str, ...]],
                                       expected: list[tuple[str, str, str]]) -> None:
    assert codes(read(nlp, extractor, text, actors)) == expected


def test_a_benign_predicate_noun_accuses_no_one(nlp: Language, extractor: EventExtractor) -> None:
    got = read(nlp, extractor, "The Canadian minister said Norway is a sponsor of the talks.",
               [("Canadian minister", "CAN", "GOV"), ("Norway", "NOR")])
    assert [r for r in got if r.event_type == "ACCUSE"] == []


@pytest.mark.parametrize(("text", "actors", "expected"), [
    ("The Malian army regained control of the town of Kidal from Tuareg rebels.",
     [("Malian army", "MLI", "MIL"), ("Kidal", "MLI"), ("Tuareg rebels", "MLI", "REB")],
     [("190", "MLIMIL", "MLIREB")]),
    ("Hanoi described the Chinese survey as a provocation.",
     [("Hanoi", "VNM", "GOV"), ("Chinese", "CHN")], [("111", "VNMGOV", "CHN")]),
])
def test_regain_and_describe_rows(nlp: Language, extractor: EventExtractor, text: str,
                                  actors: list[tuple[str, ...]],
                                  expected: list[tuple[str, str, str]]) -> None:
    assert codes(read(nlp, extractor, text, actors)) == expected


def test_an_event_noun_measured_from_is_a_time_anchor(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Canada froze all aid to Haiti on Friday, days after a tense meeting between "
               "the two presidents.",
               [("Canada", "CAN"), ("Haiti", "HTI")])
    assert [r.event_type for r in got] == ["SANCTION"]


@pytest.mark.parametrize(("text", "code"), [
    ("Sudan and South Sudan agreed to a truce that took effect on Friday.", "0871"),
    ("Sudan and South Sudan agreed to extend their truce for a month.", "0871"),
    # 0871's usage note codes agreements to commence a ceasefire as declaring it
    ("Sudan and South Sudan agreed to a truce after a week of clashes.", "0871"),
])
def test_agreeing_to_a_truce_in_force_is_declaring_it(
    nlp: Language, extractor: EventExtractor, text: str, code: str
) -> None:
    got = read(nlp, extractor, text, [("Sudan", "SDN"), ("South Sudan", "SSD")])
    assert codes(got)[:2] == [(code, "SDN", "SSD"), (code, "SSD", "SDN")]


@pytest.mark.parametrize(("text", "code"), [
    ("Gunmen killed Haitian President Jovenel Moise at his home.", "186"),
    ("Gunmen killed three Haitian policemen at a checkpoint.", "190"),
])
def test_killing_a_named_leader_is_an_assassination(
    nlp: Language, extractor: EventExtractor, text: str, code: str
) -> None:
    got = read(nlp, extractor, text, [("Gunmen", None, "UAF"), ("Haitian", "HTI", "GOV")])
    assert [r.cameo for r in got] == [code]


@pytest.mark.parametrize(("text", "code"), [
    ("Militiamen killed 200 villagers in Ituri.", "202"),
    ("Militiamen killed hundreds of soldiers in Ituri.", "190"),  # armed victims: fighting
    ("Militiamen killed 12 villagers in Ituri.", "190"),
])
def test_killing_unarmed_people_by_the_hundred_is_mass_killing(
    nlp: Language, extractor: EventExtractor, text: str, code: str
) -> None:
    got = read(nlp, extractor, text, [("Militiamen", "COD", "PRM"), ("Ituri", "COD")])
    assert [r.cameo for r in got] == [code]


@pytest.mark.parametrize(("doer", "sector", "code"), [
    ("Militants", "REB", "180"), ("Protesters", "CVL", "145"), ("Police", "COP", "171"),
])
def test_storming_reads_by_who_storms(nlp: Language, extractor: EventExtractor, doer: str,
                                      sector: str, code: str) -> None:
    got = read(nlp, extractor, f"{doer} stormed the Sri Lankan parliament.",
               [(doer, "LKA", sector), ("Sri Lankan parliament", "LKA", "LEG")])
    assert [r.cameo for r in got] == [code]


@pytest.mark.parametrize(("doer", "sector", "code"), [
    ("Students", "EDU", "145"), ("Rebels", "REB", "190"),
])
def test_a_crowd_clashing_with_police_riots(nlp: Language, extractor: EventExtractor,
                                            doer: str, sector: str, code: str) -> None:
    got = read(nlp, extractor, f"{doer} clashed with Bolivian police in La Paz.",
               [(doer, "BOL", sector), ("Bolivian police", "BOL", "COP")])
    assert codes(got) == [(code, f"BOL{sector}", "BOLCOP")]


def test_agentless_passive_deployment_is_the_troops_own_side(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Thousands of Indian troops were deployed to the Chinese border.",
               [("Indian troops", "IND", "MIL"), ("Chinese", "CHN")])
    assert codes(got) == [("154", "INDMIL", "CHN")]


def test_forces_sent_to_fight_alongside_another_side_cooperate_with_it(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Chad sent troops to fight alongside Malian forces.",
               [("Chad", "TCD"), ("Malian forces", "MLI", "MIL")])
    assert codes(got) == [("062", "TCD", "MLIMIL")]


def test_aid_with_no_goal_goes_to_whom_the_giver_just_turned_to(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "The Japanese premier offered condolences to Turkey after the earthquake, and Japan "
               "sent planes carrying relief supplies.",
               [("Japanese premier", "JPN", "GOV"), ("Turkey", "TUR"), ("Japan", "JPN")])
    assert ("073", "JPN", "TUR") in codes(got)


@pytest.mark.parametrize(("text", "code"), [
    ("Oslo pledged more air defence systems to Kyiv.", "0332"),
    ("Oslo pledged more humanitarian aid to Kyiv.", "033"),
])
def test_pledged_weapons_are_announced_military_aid(
    nlp: Language, extractor: EventExtractor, text: str, code: str
) -> None:
    got = read(nlp, extractor, text, [("Oslo", "NOR", "GOV"), ("Kyiv", "UKR", "GOV")])
    assert codes(got) == [(code, "NORGOV", "UKRGOV")]


def test_a_decision_welcomed_by_a_party_targets_the_decider(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Ireland recognised Palestine on Tuesday, a decision welcomed by the Arab League.",
               [("Ireland", "IRL"), ("Palestine", "PSE"), ("Arab League", "IGO")])
    assert codes(got)[-1] == ("051", "IGO", "IRL")


def test_a_trailing_apposition_with_a_bare_participle_is_its_own_clause(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "The new law violates the rights of migrants, a human rights group protested "
               "on Wednesday.", [("human rights group", "NGO")])
    assert [(r.cameo, r.actor.code if r.actor else None) for r in got
            if r.event_type == "ACCUSE"] == [("114", "NGO")]


@pytest.mark.parametrize(("text", "actors", "expected"), [
    ("Tehran vowed revenge for the Israeli strike.", [("Tehran", "IRN", "GOV"), ("Israeli", "ISR")],
     [("138", "IRNGOV", "ISR")]),
    ("The Italian strike over pensions entered its third day.", [("Italian", "ITA")],
     [("143", "ITA", None)]),
    ("Ghanaian unions called a general strike.", [("Ghanaian unions", "GHA", "LAB")],
     [("143", "GHALAB", None)]),
])
def test_strike_sense_by_owner_and_walkout_cues(
    nlp: Language, extractor: EventExtractor, text: str, actors: list[tuple[str, ...]],
    expected: list[tuple[str, str, str | None]],
) -> None:
    assert codes(read(nlp, extractor, text, actors)) == expected


def test_calling_a_strike_illegal_condemns_it(nlp: Language, extractor: EventExtractor) -> None:
    got = read(nlp, extractor, "Minsk called the strike illegal.", [("Minsk", "BLR", "GOV")])
    assert [r.cameo for r in got] == ["111"]


@pytest.mark.parametrize(("text", "word", "modality"), [
    ("Israel called up reservists ahead of an offensive in Gaza.", "offensive", "future"),
    ("Israel called up reservists after an offensive in Gaza.", "offensive", "asserted"),
])
def test_what_something_is_done_ahead_of_is_still_to_come(
    nlp: Language, text: str, word: str, modality: str
) -> None:
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    assert read_modality(token, None).modality == modality


def test_condemning_the_nominalised_act_told_before_targets_its_doer(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Iran seized a tanker, and Britain denounced the seizure.",
               [("Iran", "IRN"), ("Britain", "GBR")])
    assert ("111", "GBR", "IRN") in codes(got)


def test_a_pair_agreeing_agrees_with_each_other(nlp: Language, extractor: EventExtractor) -> None:
    got = read(nlp, extractor,
               "Japan and China held talks in Beijing, and the two countries agreed to resume "
               "flights.", [("Japan", "JPN"), ("China", "CHN"), ("Beijing", "CHN", "GOV")])
    assert [c for c in codes(got) if c[0] == "030"] == [("030", "JPN", "CHN"),
                                                        ("030", "CHN", "JPN")]


def test_a_crowd_rallying_against_something_demonstrates(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Thousands of Slovaks rallied against the Slovak government.",
               [("Slovaks", "SVK", "CVL"), ("Slovak government", "SVK", "GOV")])
    assert codes(got) == [("141", "SVKCVL", "SVKGOV")]


def test_a_past_verb_parsed_as_a_modifier_is_the_clause_verb(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "South Korea's military fired warning shots after North Korean soldiers crossed "
               "the border, officials said.",
               [("South Korea", "KOR"), ("North Korean soldiers", "PRK", "MIL")])
    # One show of force by South Korea; the warning in "warning shots" is not a threat of
    # its own.
    assert [(r.cameo, r.actor.code if r.actor else None) for r in got
            if r.event_type in ("MOBILIZE", "THREATEN")] == [("150", "KOR")]
