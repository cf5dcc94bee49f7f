"""Session 3 actor rules: makers of demands, allies named by their patron, servants of a
principal, community-qualified groups, unions of a profession.

Every sentence here is written for the test; none comes from a gold set.
"""

from __future__ import annotations

from actors_helpers import by_text, resolve

from detente.records import ActorMention


def _codes(mentions: list[ActorMention]) -> dict[str, str]:
    return {m.actor.text: m.actor.code for m in mentions}


def _actor(text: str, mention: str) -> tuple[str, str | None]:
    actor = by_text(resolve(text))[mention].actor
    return actor.code, actor.rule


# -- demands: their makers act against the party that receives them ----------------------


def test_makers_of_demands_belong_to_the_government_that_receives_them() -> None:
    assert _actor("The Chilean government rejected demands from workers for a pay rise.",
                  "workers") == ("CHLLAB", "role:workers+counterpart:CHL")
    assert _actor("Zambia's government accepted calls from students to cut fees.",
                  "students") == ("ZMBEDU", "role:students+counterpart:ZMB")


def test_a_bare_state_receiving_demands_gives_no_country() -> None:
    # a state named alone is no institution the group deals with at home
    assert _codes(resolve("Norway rejected demands from rebels.")) == {
        "Norway": "NOR", "rebels": "---REB"}


# -- allies named by their patron ------------------------------------------------------------


def test_a_patrons_militia_ally_is_placed_by_its_modifier() -> None:
    assert _actor("Gunmen shot the commander of Iran's militia ally in eastern Syria.",
                  "commander of Iran's militia") == ("SYRPRM", "role:militia+modifier:SYR")


def test_a_patrons_own_forces_stay_its_own() -> None:
    text = "Gunmen shot the commander of Iran's militia in eastern Syria."
    assert _actor(text, "commander of Iran's militia") == (
        "IRNPRM", "role:militia+country:IRN/possessive")


# -- people who serve a principal -------------------------------------------------------------


def test_an_adviser_to_a_leader_is_of_the_leaders_state() -> None:
    text = "Farid Nassar, a senior adviser to Egypt's president, met the Italian ambassador."
    assert _actor(text, "adviser") == ("EGYGOV", "role:adviser+modifier:EGY")
    assert _actor(text, "Italian ambassador")[0] == "ITAGOV"


def test_an_envoy_to_a_state_is_not_of_that_state() -> None:
    found = _codes(resolve("The Danish envoy to Peru met Chilean officials."))
    assert found == {"Danish envoy": "DNKGOV", "Peru": "PER", "Chilean officials": "CHLGOV"}


# -- religious and ethnic communities ---------------------------------------------------------


def test_a_communitys_forces_are_an_armed_group_where_they_live() -> None:
    assert _actor("Villagers fled from Christian forces in northern Nigeria.",
                  "Christian forces") == ("NGAREB", "role:troops+modifier:NGA")
    assert _actor("Kurdish troops in Iraq seized the ridge.", "Kurdish troops") == (
        "IRQREB", "role:troops+modifier:IRQ")


def test_plain_forces_in_a_place_stay_unplaced() -> None:
    # troops are often abroad: "in X" does not make them X's
    assert _actor("Villagers fled from forces in northern Nigeria.", "forces") == (
        "---MIL", "role:troops")


def test_a_religious_communitys_leaders_are_religious_and_an_ethnic_ones_elites() -> None:
    assert _actor("Sunni leaders in Bahrain criticised the ruling.", "Sunni leaders") == (
        "BHRREL", "role:leader+modifier:BHR")
    assert _actor("Hutu leaders in Burundi called for calm.", "Hutu leaders") == (
        "BDIELI", "role:leader+modifier:BDI")


def test_a_communitys_civilians_stay_civilians() -> None:
    assert _actor("Shiite civilians were killed in a market in Iraq.", "Shiite civilians") == (
        "IRQCVL", "role:protesters+clause-place:IRQ")


def test_community_words_in_lower_case_or_alone_are_no_actor() -> None:
    assert _codes(resolve("The Christian calendar was adopted in Ghana.")) == {"Ghana": "GHA"}


# -- unions of a profession -----------------------------------------------------------------


def test_a_professions_union_takes_the_professions_sector() -> None:
    assert _codes(resolve("The Kenyan Union of Teachers called off the strike.")) == {
        "Kenyan Union of Teachers": "KENEDU"}
    assert _codes(resolve("Ghana's doctors' union threatened to strike.")) == {
        "Ghana's doctors' union": "GHAMED"}
    assert _codes(resolve("The farmers' union of Poland blocked roads.")) == {
        "farmers' union of Poland": "POLAGR"}



def test_a_communitys_refugees_may_still_be_abroad() -> None:
    assert _actor("Tamil refugees in India staged a hunger strike.", "Tamil refugees") == (
        "---REF", "role:refugees")


# -- place names two states share -------------------------------------------------------------


def test_a_shared_place_name_means_the_state_the_sentence_names() -> None:
    found = _codes(resolve("Gunmen fought in Tripoli as shells hit the north Lebanese port."))
    assert found["Tripoli"] == "LBN"
    assert found["Gunmen"] == "LBNUAF"


def test_a_shared_place_name_looks_at_the_article_then_falls_back_to_the_capital() -> None:
    text = "Shelling hit Tripoli overnight. Lebanon's army sent reinforcements."
    assert _codes(resolve(text))["Tripoli"] == "LBN"
    assert _codes(resolve("Tripoli rejected the Italian offer.")) == {
        "Tripoli": "LBYGOV", "Italian": "ITA"}


# -- knowledge: seats of government, dated offices ------------------------------------------


def test_seats_of_government_stand_for_their_branch() -> None:
    found = _codes(resolve("Foggy Bottom and the Kremlin's spokesman criticised Zhongnanhai."))
    assert found == {"Foggy Bottom": "USAGOV", "Kremlin's spokesman": "RUSGOV",
                     "Zhongnanhai": "CHNGOV"}


def test_a_crown_prince_who_became_prime_minister_is_still_crown_prince() -> None:
    found = by_text(resolve("The Saudi crown prince met the envoy.", "2025-06-01"))
    assert found["Saudi crown prince"].actor.name == "Mohammed bin Salman"


def test_an_official_with_two_spells_in_different_branches() -> None:
    assert _dated("Larijani met the envoy.", "Larijani", "2015-03-01") == (
        "IRNLEG", "officeholder:Ali Larijani@2008-05-28..2020-05-27")
    assert _dated("Larijani met the envoy.", "Larijani", "2025-10-01") == (
        "IRNGOV", "officeholder:Ali Larijani@2025-08-05..")
    assert _dated("Budanov warned of an offensive.", "Budanov", "2025-03-01")[0] == "UKRSPY"


def _dated(text: str, mention: str, published: str) -> tuple[str, str | None]:
    actor = by_text(resolve(text, published))[mention].actor
    return actor.code, actor.rule


# -- places named in apposition, by a modifier, or by a large city ----------------------------


def test_a_capital_named_in_apposition_is_a_place() -> None:
    text = "Rival militias clashed in the Malian capital Bamako, killing 9 people."
    found = by_text(resolve(text))
    assert (found["Bamako"].actor.code, found["militias"].actor.code) == ("MLI", "MLIPRM")
    assert found["people"].actor.rule == "role:people+clause-place:MLI"


def test_a_regions_name_before_its_noun_places_the_clause() -> None:
    text = "Officials said gunmen had killed dozens of villagers overnight in the Oromia region."
    assert _actor(text, "villagers") == ("ETHCVL", "role:protesters+clause-place:ETH")


def test_a_nationality_before_an_event_noun_is_no_place() -> None:
    text = "Militants killed 12 people overnight in Haifa in the latest Palestinian uprising."
    assert _actor(text, "people") == ("ISRCVL", "role:people+clause-place:ISR")


def test_a_large_city_stands_for_its_state() -> None:
    assert _codes(resolve("Protesters marched in Mombasa.")) == {
        "Protesters": "KENCVL", "Mombasa": "KEN"}
    assert _codes(resolve("Istanbul Mayor Ali Demir resigned.")) == {
        "Istanbul Mayor Ali Demir": "TURGOV"}


# -- a state's own forces, institutions and officials -------------------------------------


def test_government_and_federal_troops_take_the_storys_state() -> None:
    assert _actor("Government troops retook the town, the Chadian army said.",
                  "Government troops") == ("TCDMIL", "role:troops+sentence:TCD")
    assert _actor("Nigeria said federal troops had freed the hostages.", "troops") == (
        "NGAMIL", "role:troops+sentence:NGA")
    assert _actor("Troops retook the town, the Chadian army said.", "Troops") == (
        "---MIL", "role:troops")


def test_an_institution_takes_the_one_state_of_its_own_clause() -> None:
    text = "Peru's president dissolved the congress, accusing it of plotting with Bolivia."
    assert _actor(text, "congress") == ("PERLEG", "role:parliament+clause:PER")


def test_a_title_is_not_given_the_state_of_its_clause() -> None:
    text = "Peru's president met the minister after talks with Bolivia."
    assert _actor(text, "minister") == ("---GOV", "role:minister")


def test_police_acting_on_an_unknown_official_are_his_states() -> None:
    text = "Ghanaian police arrested Mayor Kofi Asante, a critic of President John Mahama."
    assert _actor(text, "Mayor Kofi Asante") == ("GHAGOV", "role:governor+counterpart:GHA")


def test_strikes_and_jets_are_the_military() -> None:
    assert _codes(resolve("An Israeli airstrike hit the camp.")) == {"Israeli airstrike": "ISRMIL"}
    assert _codes(resolve("Pakistani jets bombed the hideouts.")) == {"Pakistani jets": "PAKMIL"}
    assert _codes(resolve("Russia fired missiles at Kyiv.")) == {"Russia": "RUS", "Kyiv": "UKR"}


def test_criminal_gangs_act_in_the_one_state_the_sentence_names() -> None:
    assert _actor("Armed gangs stormed Ecuador's largest prison.", "gangs") == (
        "ECUCRM", "role:criminals+sentence:ECU")
    found = _codes(resolve("Smugglers moved migrants from Mexico into the United States."))
    assert found["Smugglers"] == "---CRM"


def test_haitis_prime_ministers_are_dated() -> None:
    assert _dated("Ariel Henry left for Kenya.", "Ariel Henry", "2023-10-01") == (
        "HTIGOV", "officeholder:Ariel Henry@2021-07-20..2024-04-25")
    assert _dated("Ariel Henry left for Kenya.", "Ariel Henry", "2025-10-01")[0] == "HTIELI"


def test_a_weapon_naming_the_kind_of_act_is_no_actor() -> None:
    assert _codes(resolve("The militia claimed a drone attack on the ship.")) == {
        "militia": "---PRM"}
    assert _codes(resolve("A Syrian missile attack hit the town.")) == {
        "Syrian missile": "SYRMIL"}


def test_a_prisoner_is_a_civilian_but_prisoners_as_a_cause_are_no_actor() -> None:
    assert _codes(resolve("A Kurdish prisoner died in Turkish police custody.")) == {
        "Kurdish prisoner": "TURCVL", "Turkish police": "TURCOP"}
    assert _codes(resolve("A Syrian prisoner died in custody.")) == {"Syrian prisoner": "SYRCVL"}
    assert _codes(resolve("Canada criticised the treatment of political prisoners.")) == {
        "Canada": "CAN"}


# -- possessors resolved as descriptions ------------------------------------------------------


def test_a_description_as_possessor_gives_its_antecedents_state() -> None:
    text = "Cuba rejected the offer. The country's top diplomat later met his Chinese counterpart."
    code, rule = _actor(text, "top diplomat")
    assert code == "CUBGOV"
    assert (rule or "").startswith("role:foreign minister+possessor:country->Cuba")


def test_a_named_groups_members_are_the_group_for_a_later_description() -> None:
    text = "Hezbollah fighters shelled the town. The group's leader met Iraqi officials."
    assert _actor(text, "leader") == ("LBNREB", "role:leader+possessor:group->The group")


def test_a_description_with_no_antecedent_leaves_the_role_unplaced() -> None:
    text = "Gunmen shelled the town. The group's leader met Iraqi officials."
    assert _actor(text, "leader") == ("---GOV", "role:leader")


def test_a_spokesman_for_a_body_is_of_its_state_and_sector() -> None:
    text = "Ali Musa, a spokesman for the Chadian army, said rebels attacked."
    assert _actor(text, "spokesman") == ("TCDMIL", "role:spokesman+modifier:TCD")
    text = "A spokesperson for the UN secretary-general criticised Peru."
    assert _actor(text, "spokesperson") == ("UNOGOV", "role:spokesman+modifier:UNO")


def test_a_states_security_council_is_its_own_body() -> None:
    assert _codes(resolve("Belarus's Security Council met on Friday.")) == {
        "Belarus's Security Council": "BLRGOV"}
    assert _codes(resolve("The U.S. National Security Council met.")) == {
        "U.S. National Security Council": "USAGOV"}
    assert _codes(resolve("The Security Council condemned Belarus.")) == {
        "Security Council": "UNOGOV", "Belarus": "BLR"}


def test_a_branchs_chief_and_director_take_the_branchs_sector() -> None:
    assert _codes(resolve("The CIA director met Saudi officials.")) == {
        "CIA director": "USASPY", "Saudi officials": "SAUGOV"}
    assert _codes(resolve("A Pentagon spokesman declined to comment.")) == {
        "Pentagon spokesman": "USAMIL"}
    assert _codes(resolve("A Kremlin spokesman declined to comment.")) == {
        "Kremlin spokesman": "RUSGOV"}


def test_a_head_of_state_is_looked_up_but_a_head_is_no_title() -> None:
    found = by_text(resolve("Myanmar's head of state met the envoy.", "2024-01-10"))
    assert found["Myanmar's head of state"].actor.name == "Min Aung Hlaing"
    assert _codes(resolve("A Chilean protester was shot in the head.")) == {
        "Chilean protester": "CHLCVL"}



def test_a_general_staff_is_the_military() -> None:
    assert _codes(resolve("Ukraine's General Staff reported shelling.")) == {
        "Ukraine's General Staff": "UKRMIL"}


def test_pupils_are_students_and_opposition_lawmakers_the_opposition() -> None:
    assert _codes(resolve("Gunmen seized 40 pupils in northern Nigeria.")) == {
        "Gunmen": "NGAUAF", "pupils": "NGAEDU", "Nigeria": "NGA"}
    assert _codes(resolve("Zambian opposition lawmakers walked out.")) == {
        "Zambian opposition lawmakers": "ZMBOPP"}
    assert _codes(resolve("Zambian lawmakers walked out.")) == {"Zambian lawmakers": "ZMBLEG"}


def test_a_one_state_peoples_leaders_are_elites_of_that_state() -> None:
    assert _codes(resolve("Zulu leaders called for calm.")) == {"Zulu leaders": "ZAFELI"}
    assert _codes(resolve("Catalan leaders called for calm.")) == {"Catalan leaders": "ESPGOV"}
    assert _codes(resolve("Somali leaders called for calm.")) == {"Somali leaders": "SOMGOV"}


def test_pakistans_interior_minister_and_an_opposition_cleric() -> None:
    assert _dated("Sherpao met the envoy.", "Sherpao", "2006-05-01") == (
        "PAKGOV", "officeholder:Aftab Ahmad Khan Sherpao@2004-08-20..2007-11-15")
    assert _dated("Fazlur Rehman led a rally.", "Fazlur Rehman", "2024-05-01")[0] == "PAKOPP"


def test_an_envoys_state_is_not_the_scene_of_a_bare_institution() -> None:
    assert _codes(resolve("The ministry said it had summoned the Cuban ambassador.")) == {
        "ministry": "---GOV", "it": "---GOV", "Cuban ambassador": "CUBGOV"}
    assert _codes(resolve("Chile said the ministry had summoned the Cuban ambassador.")) == {
        "Chile": "CHL", "ministry": "CHLGOV", "Cuban ambassador": "CUBGOV"}


def test_a_possessor_before_s_counts_however_it_is_parsed() -> None:
    text = "Hamas said Israel was responsible. The group's armed wing fired rockets."
    assert _actor(text, "armed wing") == ("PSEREB", "role:armed wing+possessor:group->Hamas")


def test_gunmen_of_a_named_group_or_kind_are_identified() -> None:
    assert _codes(resolve("Hezbollah gunmen attacked the post.")) == {
        "Hezbollah gunmen": "LBNREB"}
    assert _codes(resolve("Colombian cartel gunmen attacked the post.")) == {
        "Colombian cartel gunmen": "COLCRM"}
    assert _codes(resolve("Colombian gunmen attacked the post.")) == {
        "Colombian gunmen": "COLUAF"}


def test_weapons_sold_or_delivered_are_goods_not_actors() -> None:
    assert _codes(resolve("Spain approved the sale of tanks to Morocco.")) == {
        "Spain": "ESP", "Morocco": "MAR"}
    assert _codes(resolve("Russian missiles hit the port.")) == {"Russian missiles": "RUSMIL"}


def test_a_groups_name_before_a_qualified_title_owns_it() -> None:
    assert _codes(resolve("The Hamas political leader was killed.")) == {
        "Hamas political leader": "PSEREB"}
    assert _codes(resolve("A Hezbollah military commander was killed.")) == {
        "Hezbollah military commander": "LBNREB"}
    assert _codes(resolve("The Syria peace envoy met officials.")) == {
        "Syria": "SYR", "envoy": "---GOV", "officials": "SYRGOV"}


def test_a_communitys_officials_keep_their_office() -> None:
    assert _actor("Kurdish officials in Iraq rejected the decision.", "Kurdish officials") == (
        "IRQGOV", "role:official+modifier:IRQ")
    assert _codes(resolve("Zulu officials met.")) == {"Zulu officials": "ZAFGOV"}


def test_a_residence_adjective_before_an_ethnic_one_gives_the_state() -> None:
    assert _codes(resolve("Bosnian Croat leaders rejected the law.")) == {
        "Bosnian Croat leaders": "BIHGOV"}
    assert _codes(resolve("A Somali American activist was detained.")) == {
        "Somali": "SOM", "American activist": "USAOPP"}


def test_sahel_affiliates_newspapers_and_aid_workers() -> None:
    assert _codes(resolve("JNIM fighters attacked a camp.")) == {"JNIM fighters": "MLIREB"}
    assert _codes(resolve("A New York Times correspondent was expelled.")) == {
        "New York Times correspondent": "USAJRN"}
    assert _codes(resolve("Drones struck a convoy of aid workers.")) == {
        "Drones": "---MIL", "aid workers": "NGO"}


def test_soldiers_detaining_their_head_of_state_are_its_army() -> None:
    assert _actor("Soldiers detained President Ali Bongo on Wednesday.", "Soldiers") == (
        "GABMIL", "role:troops+counterpart:GAB")
    assert _actor("Soldiers detained the mayor of Kherson.", "Soldiers") == (
        "---MIL", "role:troops")
    assert _actor("Soldiers met President Ali Bongo.", "Soldiers") == ("---MIL", "role:troops")


def test_soldiers_acted_on_where_they_stand_are_that_states() -> None:
    assert _actor("Jihadists attacked a camp in Niger, killing 12 soldiers.", "soldiers") == (
        "NERMIL", "role:troops+clause-place:NER")
    assert _actor("Soldiers attacked a camp in Niger.", "Soldiers") == ("---MIL", "role:troops")
