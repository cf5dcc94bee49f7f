"""Countries and sectors from a mention's own clause: people counted or described, the
place where a group acts, the state a domestic actor deals with, what "based in" and
"fleeing" tell, and titles that say what a person is.

Every sentence here is written for the test; none comes from a gold set.
"""

from __future__ import annotations

from actors_helpers import by_text, resolve


def _actor(text: str, mention: str, published: str | None = None) -> tuple[str, str | None]:
    actor = by_text(resolve(text, published))[mention].actor
    return actor.code, actor.rule


# -- people nouns: the nation, or some of its people ---------------------------------------


def test_counted_or_described_people_are_civilians() -> None:
    assert _actor("Thousands of Kenyans marched on Sunday.", "Kenyans") == (
        "KENCVL", "country:KEN/people+individuals")
    assert _actor("Police detained 40 Ghanaians.", "Ghanaians")[0] == "GHACVL"
    assert _actor("Young Tunisians blocked the highway.", "Tunisians")[0] == "TUNCVL"
    assert _actor("Some Peruvians welcomed the decision.", "Peruvians")[0] == "PERCVL"
    assert _actor("Armenians of Javakheti held a rally.", "Armenians")[0] == "ARMCVL"


def test_the_nation_as_a_party_has_no_sector() -> None:
    assert _actor("The Kenyans rejected the proposal.", "Kenyans") == (
        "KEN", "country:KEN/people")


# -- the place where a group acts ----------------------------------------------------------


def test_a_group_takes_the_place_of_its_own_clause() -> None:
    text = "Crowds of people blocked roads in Yerevan in defiance of Russian officials."
    assert _actor(text, "people") == ("ARMCVL", "role:people+clause-place:ARM")


def test_the_place_of_another_clause_does_not_count() -> None:
    text = "Students said that officials in Chile had lied to the French ambassador."
    assert _actor(text, "Students")[0] == "---EDU"


def test_a_state_mission_is_not_the_scene() -> None:
    assert _actor("Workers gathered outside the Italian embassy.", "Workers")[0] == "---LAB"


def test_troops_do_not_take_the_place_they_act_in() -> None:
    assert _actor("Troops shelled villages in Chad and Sudan's army fled.", "Troops")[0] == (
        "---MIL")


# -- the state a domestic actor deals with ------------------------------------------------


def test_rebels_acting_against_a_government_are_its_rebels() -> None:
    text = "Rebels demanded that the Malian government hold a referendum."
    assert _actor(text, "Rebels")[0] == "---REB"  # the government is in another clause
    text = "Rebels rejected the Malian government's offer of talks."
    assert _actor(text, "Rebels") == ("MLIREB", "role:rebels+counterpart:MLI")
    text = "Insurgents stormed the Somali parliament on Friday."
    assert _actor(text, "Insurgents") == ("SOMREB", "role:rebels+counterpart:SOM")
    text = "The Sudanese government and rebels signed a truce."
    assert _actor(text, "rebels")[0] == "SDNREB"


def test_a_government_acting_on_rebels_may_be_foreign() -> None:
    assert _actor("The French government condemned the attack by rebels.", "rebels")[0] == (
        "---REB")
    assert _actor("The US government imposed sanctions on militants.", "militants")[0] == (
        "---REB")
    # but police, courts and parliaments act at home
    text = "The Russian parliament passed a law against protesters."
    assert _actor(text, "protesters") == ("RUSCVL", "role:protesters+counterpart:RUS")


def test_a_protest_at_a_state_s_embassy_is_aimed_abroad() -> None:
    text = "Students marched to the French embassy to denounce Paris."
    assert _actor(text, "Students")[0] == "---EDU"


def test_people_stopped_by_police_are_the_police_state_s() -> None:
    text = "Bolivian police blocked a march organised by students at a university."
    assert _actor(text, "students") == ("BOLEDU", "role:students+counterpart:BOL")


def test_an_opposition_qualified_noun_belongs_to_the_government_it_faces() -> None:
    text = "Zambia's government closed an opposition newspaper this week."
    assert _actor(text, "opposition newspaper") == ("ZMBJRN", "role:journalists+counterpart:ZMB")


def test_an_unknown_titled_person_dealing_with_a_state_s_rebels() -> None:
    text = "President Jean Dupont agreed to talks with the Colombian rebels on Monday."
    assert _actor(text, "President Jean Dupont") == ("COLGOV", "role:president+counterpart:COL")


def test_troops_and_foreign_states_are_no_partners() -> None:
    # troops often fight abroad: the insurgents are not American
    text = "American troops captured insurgents near the border."
    assert _actor(text, "insurgents")[0] == "---REB"
    # two states' governments in the clause: left open
    text = "The Chadian and Sudanese governments accused rebels of the attack."
    assert _actor(text, "rebels")[0] == "---REB"


def test_whom_a_group_supports_is_not_its_partner() -> None:
    text = "Supporters of the Egyptian government rallied in the square."
    # its backers, not the government: civilians of its state
    assert _actor(text, "Supporters of the Egyptian government")[0] == "EGYCVL"
    found = by_text(resolve(text))
    assert all(m.actor.rule is None or "counterpart" not in m.actor.rule for m in found.values())


# -- participles after the noun: "based in", "fleeing" -------------------------------------


def test_based_in_places_an_organisation() -> None:
    text = "A newspaper based in Bamako defied the ban."
    assert _actor(text, "newspaper") == ("MLIJRN", "role:journalists+modifier:MLI")


def test_troops_based_abroad_keep_their_state() -> None:
    assert _actor("Italian troops based in Lebanon left.", "Italian troops")[0] == "ITAMIL"
    assert _actor("Troops based in Lebanon left.", "Troops")[0] == "---MIL"


def test_refugees_are_from_where_they_flee() -> None:
    text = "Aid reached refugees fleeing the fighting in Sudan, the agency said."
    assert _actor(text, "refugees") == ("SDNREF", "role:refugees+modifier:SDN")
    text = "Aid reached refugees fleeing the war, the agency said."
    assert _actor(text, "refugees")[0] == "---REF"


# -- what the text calls an actor ----------------------------------------------------------


def test_an_apposed_name_gives_the_country_not_the_kind() -> None:
    # the KB's latest meaning of the apposed name is a party; the text says a rebel group
    text = "The rebel group, the FDD, demanded talks."
    assert _actor(text, "rebel")[0] == "BDIREB"
    assert _actor(text, "FDD")[0] == "BDIPTY"


def test_a_party_s_armed_wing_is_rebels() -> None:
    text = "The UNITA armed wing refused to disarm."
    assert _actor(text, "UNITA armed wing") == ("AGOREB", "role:armed wing+group:UNITA/alias")


def test_the_un_refugee_agency_is_in_the_refugee_sector() -> None:
    assert _actor("Kenya asked the UN refugee agency for help.", "UN refugee agency") == (
        "UNOREF", "igo:UNHCR/alias")


def test_a_common_misspelling_of_a_head_of_state() -> None:
    code, rule = _actor("President Francois Mitterand met the visitors.",
                        "President Francois Mitterand", "1990-05-01")
    assert (code, rule) == ("FRAGOV", "officeholder:François Mitterrand@1981-05-21..1995-05-17")


def test_a_rank_before_a_name_says_what_the_person_is() -> None:
    # no date: the rank in the text, not the KB's latest office (president from 2016)
    assert _actor("General Michel Aoun rejected the ban.", "General Michel Aoun")[0] == "LBNMIL"
    # in office on the day: the office
    assert _actor("General Michel Aoun rejected the ban.", "General Michel Aoun",
                  "2018-03-01")[0] == "LBNGOV"
    # out of office, called opposition leader: OPP rather than ELI
    code, rule = _actor("Opposition leader Benjamin Netanyahu criticised the plan.",
                        "Opposition leader Benjamin Netanyahu", "2022-01-10")
    assert (code, (rule or "").rsplit("+", 1)[-1]) == ("ISROPP", "title:OPP")


# -- more of the same clause ---------------------------------------------------------------


def test_ethnic_people_take_the_place_of_their_clause() -> None:
    text = "Ethnic Hungarians marched in Slovakia on Sunday, Budapest radio reported."
    assert _actor(text, "Hungarians") == ("SVKCVL", "ethnic:HUN+clause-place:SVK")


def test_an_unknown_judge_acting_on_a_state_s_officials_is_at_home() -> None:
    text = "Judge Carlos Mendoza charged three Peruvian police officers with torture."
    assert _actor(text, "Judge Carlos Mendoza") == ("PERJUD", "role:judge+counterpart:PER")


def test_a_known_surname_in_someone_else_s_name() -> None:
    # "Salinas" alone may be Carlos Salinas; "Roberto Salinas" is someone else
    found = by_text(resolve("Judge Roberto Salinas charged three Peruvian police officers."))
    assert "Salinas" not in found
    assert found["Judge Roberto Salinas"].actor.code == "PERJUD"
    # a middle initial or the full known name keeps the person
    assert _actor("Vladimir V. Putin met the envoy.", "Putin", "2024-01-01")[0] == "RUSGOV"


# -- a state named just before: "Baku rejected it. The government said..." ---------------


def test_a_capital_or_country_just_before_owns_the_government() -> None:
    text = "Baku rejected the proposal on Monday. The government said talks would go on."
    assert _actor(text, "government") == ("AZEGOV", "role:government+recent:AZE")
    text = "Chile recalled its envoy. Officials gave no reason."
    assert _actor(text, "Officials") == ("CHLGOV", "role:official+recent:CHL")


def test_of_two_states_just_before_the_subject_s_owns_the_government() -> None:
    text = "Armenia accused Azerbaijan of shelling. The government said talks would go on."
    assert _actor(text, "government")[0] == "ARMGOV"


def test_no_state_nearby_leaves_the_government_unknown() -> None:
    text = "Prices rose. Wages fell. Trade slowed. The government said talks would go on."
    assert _actor(text, "government")[0] == "---GOV"


def test_groups_take_the_dateline_when_the_sentence_names_no_state() -> None:
    text = "MOGADISHU (Reuters) - Students protested against tuition fees."
    assert _actor(text, "Students") == ("SOMEDU", "role:students+dateline:SOM")
    # another state named: no guess; troops and refugees are often foreign
    assert _actor("MOGADISHU (Reuters) - Students protested against Kenya.", "Students")[0] == (
        "---EDU")
    assert _actor("MOGADISHU (Reuters) - Refugees arrived.", "Refugees")[0] == "---REF"


def test_an_ethnic_adjective_on_a_role_names_no_state() -> None:
    text = "Ethnic Serb police officers in Kosovo resigned."
    assert _actor(text, "Serb police officers") == (
        "KOSCOP", "role:police officer+ethnic:SRB+modifier:KOS")
    text = "Ethnic Uzbek fighters operating in Tajikistan laid down their arms."
    assert _actor(text, "Uzbek fighters") == ("TJKREB", "role:rebels+ethnic:UZB+modifier:TJK")
    assert _actor("Ethnic Russian separatists attacked a town.", "Russian separatists")[0] == (
        "---REB")


# -- "the rebels", "the protesters": a group named before ---------------------------------


def test_a_definite_group_refers_back_to_the_same_group() -> None:
    text = "Al-Shabaab militants attacked a base. The militants killed ten soldiers."
    assert _actor(text, "militants") == ("SOMREB", "coref:rebels->Al-Shabaab militants")
    text = "Chilean students blocked roads on Friday. Police said the students were calm."
    assert _actor(text, "students")[0] == "CHLEDU"


def test_a_definite_group_refers_back_to_a_named_armed_group() -> None:
    text = "Houthi rebels fired missiles at ships. The rebels said more would follow."
    assert _actor(text, "rebels") == ("YEMREB", "coref:rebels->Houthis")


def test_an_indefinite_group_is_a_new_group() -> None:
    text = "Kenyan protesters marched on Monday. Protesters also gathered in Lima."
    assert _actor(text, "Protesters") == ("PERCVL", "role:protesters+clause-place:PER")


def test_it_after_a_news_agency_is_the_agency() -> None:
    text = "The ruling party won the vote. The news agency said it could not verify the count."
    assert _actor(text, "it") == ("---JRN", "coref:it->news agency")


def test_former_before_a_nationality_and_a_title() -> None:
    text = "Former Pakistani Prime Minister Imran Khan was sentenced."
    assert _actor(text, "Former Pakistani Prime Minister Imran Khan", "2025-01-17") == (
        "PAKELI", "officeholder:Imran Khan@2018-08-18..2022-04-10/former")
    assert _actor("Former French ministers criticised it.", "Former French ministers",
                  "2024-01-01")[0] == "FRAELI"
    # no title after the nationality: "former" qualifies something else
    assert _actor("The former Soviet republics met.", "Soviet")[0] == "RUS"


def test_groups_take_the_place_the_last_sentences_are_set_in() -> None:
    text = "Clashes broke out in Tbilisi on Monday. Protesters said they would return."
    assert _actor(text, "Protesters") == ("GEOCVL", "role:protesters+recent-place:GEO")
    # states named as parties, not places: no guess
    text = "Russia attacked Ukraine on Monday. Rebels said they had taken the town."
    assert _actor(text, "Rebels")[0] == "---REB"


def test_peoples_and_regions_of_one_state() -> None:
    assert _actor("Igbo traders closed their shops.", "Igbo")[0] == "NGA"
    assert _actor("Catalan separatists staged a rally.", "Catalan separatists")[0] == "ESPREB"
    assert _actor("Kikuyu farmers met the governor.", "Kikuyu farmers")[0] == "KENAGR"
    assert _actor("Rakhine villagers fled the fighting.", "Rakhine villagers") == (
        "MMRCVL", "role:protesters+country:MMR/alias")


def test_elders_and_traditional_leaders_are_elites() -> None:
    assert _actor("Somali clan elders met the envoy.", "Somali clan elders") == (
        "SOMELI", "role:elders+country:SOM/adjective")
    assert _actor("Igbo traditional rulers called for calm.", "Igbo traditional rulers")[0] == (
        "NGAELI")


def test_smaller_states_foreign_ministers() -> None:
    assert _actor("Ahmed Attaf met the envoy.", "Ahmed Attaf", "2024-05-01") == (
        "DZAGOV", "officeholder:Ahmed Attaf@2023-03-18..")
    found = by_text(resolve("Lebanon's foreign minister said talks would go on.", "2025-03-01"))
    assert found["Lebanon's foreign minister"].actor.name == "Youssef Rajji"
    found = by_text(resolve("Lebanon's foreign minister said talks would go on.", "2023-03-01"))
    assert found["Lebanon's foreign minister"].actor.name == "Abdallah Bou Habib"


def test_two_coordinated_states_just_before_leave_the_government_open() -> None:
    text = "Chile and Peru signed a deal on Saturday. Officials said more would follow."
    assert _actor(text, "Officials")[0] == "---GOV"


def test_parties_to_a_conflict_are_sides_not_political_parties() -> None:
    assert resolve("The warring parties agreed to a truce.") == []
    assert resolve("He urged the parties to the conflict to allow aid.") == []
    assert _actor("Opposition parties boycotted the vote.", "Opposition parties")[0] == "---OPP"


def test_a_sentence_naming_two_states_does_not_look_back() -> None:
    text = ("Chile recalled its envoy. Peru and Bolivia met as officials discussed "
            "the row.")
    assert _actor(text, "officials")[0] == "---GOV"


def test_parties_before_an_infinitive_stay_parties() -> None:
    found = by_text(resolve("The deal requires both parties to cut their budgets."))
    assert found["parties"].actor.sector == "PTY"


def test_x_based_names_a_home_not_an_actor() -> None:
    assert _actor("A Beirut-based militia attacked the convoy.", "Beirut-based militia") == (
        "LBNPRM", "role:militia+country:LBN/capital")
    # the place alone is no actor; a role with its own country keeps it
    found = by_text(resolve("The London-based rights group said ten died."))
    assert [m.actor.code for m in found.values()] == ["NGO"]
    assert resolve("A Kabul-based analyst said the talks failed.") == []


def test_doers_are_not_placed_where_their_act_is_aimed() -> None:
    assert _actor("Militants fired rockets at Israel from Gaza.", "Militants")[0] == "---REB"
    assert _actor("Rebels launched drones at Saudi Arabia.", "Rebels")[0] == "---REB"
    # those acted on are where it lands; doers are where they act
    assert _actor("Troops fired at Kharkiv, killing four civilians.", "civilians")[0] == "UKRCVL"
    assert _actor("Rebels blocked roads near Abidjan.", "Rebels")[0] == "CIVREB"


def test_a_capital_shelled_is_no_partner() -> None:
    assert _actor("Rebels shelled Juba on Sunday.", "Rebels", "2020-01-01")[0] == "---REB"


def test_older_spellings_of_a_capital() -> None:
    assert _actor("Khatmandu rejected the request.", "Khatmandu") == (
        "NPLGOV", "country:NPL/capital")
