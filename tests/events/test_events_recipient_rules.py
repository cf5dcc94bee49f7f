"""Recipient rules of the second accuracy round, each on sentences of our own."""

from __future__ import annotations

from events_helpers import read, sides
from spacy.language import Language

from detente.events import EventExtractor


def test_heavy_object_after_as_predicate_is_the_object(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Chile condemned as a grave violation Peru's seizure of the fishing boats.",
               [("Chile", "CHL"), ("Peru", "PER")])
    assert sides(got) == [("ACCUSE", "CHL", "PER")]


def test_extraposed_content_clause_of_a_demand_names_the_addressee(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "The union repeated its demand yesterday that the government raise wages.",
               [("union", None, "LAB"), ("government", None, "GOV")])
    assert sides(got) == [("REQUEST", "---LAB", "---GOV")]


def test_content_clause_of_a_demand_noun_names_the_addressee(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Kenya insisted on its demand that Uganda withdraw its troops.",
               [("Kenya", "KEN"), ("Uganda", "UGA")])
    assert sides(got)[0] == ("REQUEST", "KEN", "UGA")


def test_reporting_clause_is_not_the_addressee_of_a_demand(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Ghana demanded the release of Togolese prisoners, officials reported.",
               [("Ghana", "GHA"), ("Togolese prisoners", "TGO", "CVL"),
                ("officials", None, "GOV")])
    assert sides(got) == [("REQUEST", "GHA", "TGOCVL")]


def test_one_allowed_under_a_refusal_is_the_recipient(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "The junta refused to allow Red Cross trucks to enter the city.",
               [("junta", None, "MIL"), ("Red Cross", None, "NGO")])
    assert sides(got) == [("REJECT", "---MIL", "---NGO")]


def test_grievance_party_is_criticised_not_the_audience(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Cyprus complained to the European Union about Turkish drilling near its coast.",
               [("Cyprus", "CYP"), ("European Union", "EUR"), ("Turkish", "TUR")])
    assert sides(got)[0] == ("ACCUSE", "CYP", "TUR")


def test_helper_after_with_is_not_the_recipient(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "The navy began a blockade of Yemen with Egypt's help.",
               [("navy", None, "MIL"), ("Yemen", "YEM"), ("Egypt", "EGY")])
    assert [s[2] for s in sides(got)] == ["YEM"]


def test_protest_target_is_named_in_its_purpose_clause(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Farmers blocked the highway to protest Brazil's new land law.",
               [("Farmers", None, "AGR"), ("Brazil", "BRA")])
    assert sides(got) == [("PROTEST", "---AGR", "BRA")]


def test_protest_purpose_with_a_by_phrase_names_the_target(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Nurses held rallies to demand pay rises by the Dutch government.",
               [("Nurses", None, "MED"), ("Dutch government", "NLD", "GOV")])
    assert sides(got) == [("PROTEST", "---MED", "NLDGOV")]


def test_place_of_a_bombing_is_its_target_when_no_victim_is_named(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Insurgents detonated a car bomb in Mogadishu.",
               [("Insurgents", None, "REB"), ("Mogadishu", "SOM", None)])
    assert sides(got) == [("ASSAULT", "---REB", "SOM")]


def test_place_under_the_object_noun_of_a_concession(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Mali's government lifted a ban on rallies in Timbuktu.",
               [("government", "MLI", "GOV"), ("Timbuktu", "MLI", None)])
    assert sides(got) == [("CONCEDE", "MLIGOV", "MLI")]


def test_concession_to_a_group_of_the_same_country_keeps_the_group(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Nepal has allowed Nepali refugees to go home.",
               [("Nepal", "NPL"), ("Nepali refugees", "NPL", "REF")])
    assert sides(got) == [("CONCEDE", "NPL", "NPLREF")]


def test_place_of_a_threatened_curfew_is_the_recipient(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "The governor threatened to impose a curfew in Lagos.",
               [("governor", "NGA", "GOV"), ("Lagos", "NGA", None)])
    assert sides(got) == [("THREATEN", "NGAGOV", "NGA")]


def test_first_conjunct_shares_the_goal_of_the_second(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Norway donated and delivered tents to Nepal.",
               [("Norway", "NOR"), ("Nepal", "NPL")])
    assert sides(got) == [("AID", "NOR", "NPL")]
