"""Fresh-news actor shapes: fused "-led"/"-based" names, shared plural titles, the community a
people noun means once named, paramilitary arrests, and a party described after its name."""

from __future__ import annotations

from actors_helpers import by_text, resolve


def _fields(text: str, published: str) -> dict[str, tuple[str, str | None]]:
    return {t: (m.actor.code, m.actor.rule) for t, m in by_text(resolve(text, published)).items()}


def test_dotted_led_names_whose_troops() -> None:
    found = _fields("Demonstrators want U.S.-led troops to leave the country.", "2020-01-10")
    assert found["U.S.-led troops"] == ("USAMIL", "role:troops+country:USA/name")


def test_dotted_backed_is_no_owner() -> None:
    found = _fields("Demonstrators want U.S.-backed troops to leave the country.", "2020-01-10")
    assert found["troops"] == ("---MIL", "role:troops")


def test_dotted_based_gives_no_country_to_others() -> None:
    text = ("PORT-AU-PRINCE, Haiti (AP) - A gang known as Los Lobos abducted five workers of a "
            "U.S.-based charity.")
    found = _fields(text, "2021-10-17")
    assert found["gang"] == ("HTICRM", "role:criminals+dateline:HTI")
    assert "U.S." not in found  # where the charity is based is no party


def test_dotted_based_places_its_own_noun() -> None:
    found = _fields("A U.K.-based militia claimed the attack.", "2021-10-17")
    assert found["U.K.-based militia"] == ("GBRPRM", "role:militia+country:GBR/name")


def test_presidents_of_three_states_are_three_actors() -> None:
    found = _fields("The presidents of Bosnia, Serbia and Croatia signed the accord.", "1995-11-21")
    assert found == {
        "presidents of Bosnia": ("BIHGOV", "role:president+country:BIH/name"),
        "Serbia": ("SRBGOV", "role:president+country:SRB/name+shared-role"),
        "Croatia": ("HRVGOV", "role:president+country:HRV/name+shared-role"),
    }


def test_states_not_sharing_a_title_stay_states() -> None:
    found = _fields("The presidents of Bosnia received Serbia and Croatia.", "1995-11-21")
    assert (found["Serbia"], found["Croatia"]) == (
        ("SRB", "country:SRB/name"), ("HRV", "country:HRV/name"))


def test_people_noun_after_their_residence_is_named() -> None:
    text = "Bosnian Serb troops surrounded the enclave, and the Serbs then shelled it."
    found = _fields(text, "1995-07-10")
    assert found["Serbs"] == ("BIH", "country:SRB/people+residence:BIH")


def test_people_noun_without_residence_keeps_its_state() -> None:
    text = "Serbian police surrounded the village, and the Serbs then searched it."
    assert _fields(text, "1998-07-10")["Serbs"] == ("SRB", "country:SRB/people")


def test_paramilitary_arrest_is_the_state_s() -> None:
    text = "KARACHI, Pakistan (Reuters) - Paramilitary troops detained six suspects on Sunday."
    assert _fields(text, "2019-05-05")["troops"] == ("PAKMIL", "role:troops+dateline:PAK")


def test_paramilitary_attack_is_not_placed() -> None:
    text = "KARACHI, Pakistan (Reuters) - Paramilitary troops burned a village on Sunday."
    assert _fields(text, "2019-05-05")["troops"] == ("---MIL", "role:troops")


def test_described_party_refers_back_to_named_group() -> None:
    text = ("The Tigray People's Liberation Front said its fighters held the city, and officials "
            "blamed the northern ruling party for the fighting.")
    mentions = by_text(resolve(text, "2021-07-01"))
    party = mentions["ruling party"]
    assert (party.actor.code, party.actor.rule, party.antecedent is not None) == (
        "ETHREB", "coref:party->TPLF", True)


def test_party_with_no_named_group_is_unresolved() -> None:
    found = _fields("Officials blamed the ruling party for the fighting.", "2021-07-01")
    assert found["ruling party"] == ("---PTY", "role:party")


def test_body_known_only_by_its_base_is_placed_there() -> None:
    text = ("PORT-AU-PRINCE, Haiti (AP) - A gang known as Los Lobos abducted nine members of a "
            "U.S.-based volunteer group as they drove to the airport.")
    found = _fields(text, "2021-10-17")
    assert found == {"gang": ("HTICRM", "role:criminals+dateline:HTI"),
                     "U.S.": ("USA", "country:USA/name")}  # "they": the abducted, unknown


def test_capital_as_base_is_no_government() -> None:
    found = _fields("Gunmen abducted six members of a London-based volunteer group.", "2021-10-17")
    assert found["London"] == ("GBR", "country:GBR/capital")


def test_paramilitary_arrest_in_a_conjoined_verb() -> None:
    text = ("LAHORE, Pakistan (AP) - Paramilitary troops pulled the opposition leader from his car "
            "and arrested him.")
    assert _fields(text, "2023-05-09")["troops"] == ("PAKMIL", "role:troops+dateline:PAK")


def test_officers_who_seized_power_somewhere_are_its_own() -> None:
    text = ("ABUJA, Nigeria - The regional bloc told the army officers who seized power in Mali "
            "to hold elections.")
    assert _fields(text, "2021-06-01")["army officers"] == (
        "MLIMIL", "role:officer+relative-place:MLI")


def test_officers_who_trained_abroad_are_not_placed_there() -> None:
    text = "ABUJA, Nigeria - The minister praised the officers who trained in France."
    assert _fields(text, "2021-06-01")["officers"] == ("NGAMIL", "role:officer+dateline:NGA")


def test_people_noun_after_residence_adjectives_without_a_role() -> None:
    text = "Allied jets hit Bosnian Serb supply depots after the Serbs shelled Gorazde."
    assert _fields(text, "1995-05-26")["Serbs"] == ("BIH", "country:SRB/people+residence:BIH")
