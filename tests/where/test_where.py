"""The ``where`` stage: the gazetteer and the location of each event."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from detente import where
from detente.errors import KnowledgeError
from detente.nlp import load_model
from detente.records import EventMention, Evidence, Location
from detente.settings import Settings

MALTA = Location(name="Malta", country="MLT", lat=35.90, lon=14.51)
BAKU = Location(name="Baku", country="AZE", lat=40.41, lon=49.87)
KHARKIV = Location(name="Kharkiv", country="UKR", lat=49.99, lon=36.23)


@pytest.fixture(scope="module")
def parser() -> Language:
    # The same cached object as the session `nlp` fixture (see tests/when/test_when.py).
    return load_model(Settings().model)


@pytest.fixture(scope="module")
def gazetteer() -> where.Gazetteer:
    return where.Gazetteer.default()


def locate(parser: Language, gazetteer: where.Gazetteer, text: str, triggers: list[str],
           event_type: str = "CONSULT", cameo: str = "040") -> list[Location | None]:
    """Locations the stage gives readings triggered by the first occurrence of each word."""
    doc = parser(text)
    readings = []
    for trigger in triggers:
        start = text.index(trigger)
        sentence = doc.char_span(start, start + len(trigger), alignment_mode="expand").root.sent
        evidence = Evidence(sentence.text, sentence.start_char, sentence.end_char, trigger,
                            start, start + len(trigger))
        readings.append(EventMention(
            article_id="t", event_type=event_type, cameo=cameo, quad_class=1, goldstein=0.0,
            actor=None, recipient=None, evidence=evidence,
        ))
    return [r.location for r in where.assign_locations(doc, readings, gazetteer)]


# --- the gazetteer -------------------------------------------------------------------------


def test_packaged_gazetteer(gazetteer: where.Gazetteer) -> None:
    assert len(gazetteer) >= 400
    malta = gazetteer.lookup("Malta")
    assert malta == where.Place("Malta", "country", "MLT", 35.90, 14.51)  # at its capital
    assert gazetteer.lookup("Valletta") == where.Place("Valletta", "capital", "MLT", 35.90, 14.51)
    assert gazetteer.lookup("Khankendi") == gazetteer.lookup("Stepanakert")
    assert gazetteer.lookup("Khankendi") == where.Place("Stepanakert", "city", "AZE", 39.82, 46.75)
    assert gazetteer.lookup("Kiev") == gazetteer.lookup("Kyiv")
    assert gazetteer.lookup("El Fasher") == where.Place("El Fasher", "city", "SDN", 13.63, 25.35)
    # city-states: the capital shares the country's name and is not listed twice
    assert gazetteer.lookup("Singapore") == where.Place("Singapore", "country", "SGP", 1.35, 103.82)
    assert gazetteer.lookup("malta") is None  # names match as written
    assert gazetteer.lookup_any_case("PORT SUDAN") == gazetteer.lookup("Port Sudan")


def test_every_capital_of_the_brief_is_present(gazetteer: where.Gazetteer) -> None:
    names = ["Valletta", "Geneva", "Vienna", "Doha", "Istanbul", "Sochi", "Minsk", "Astana",
             "Davos", "Munich", "Camp David", "Kharkiv", "Donetsk", "Gaza", "Rafah", "Aleppo",
             "Idlib", "Khartoum", "El Fasher", "Goma", "Mosul", "Sanaa", "Hodeidah", "Kabul",
             "Stepanakert", "Khankendi", "Shusha", "Lachin", "Yerevan", "Tbilisi"]
    assert [n for n in names if gazetteer.lookup(n) is None] == []


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


COUNTRIES = "iso3,name,aliases,capital,capital_aliases,lat,lon\nMLT,Malta,,Valletta,,35.90,14.51\n"


def test_duplicate_place_name_is_an_error(tmp_path: Path) -> None:
    countries = write(tmp_path / "countries.csv", COUNTRIES)
    places = write(tmp_path / "places.csv",
                   "name,aliases,kind,country,lat,lon\nMdina,,city,MLT,35.89,14.40\n"
                   "Rabat,Valletta,city,MLT,35.88,14.40\n")
    with pytest.raises(KnowledgeError, match=r"places\.csv:3: place name 'Valletta' already defined"
                       r" at .*countries\.csv:2"):
        where.Gazetteer.from_files(countries, [places])


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("Mdina,,town,MLT,35.89,14.40", r"places\.csv:2: kind 'town' is not one of"),
        ("Mdina,,city,MLT,95.0,14.40", r"places\.csv:2: lat 95.0 is outside ±90"),
        ("Mdina,,city,MLT,north,14.40", r"places\.csv:2: lat 'north' is not a number"),
        ("Mdina,,city,Malta,35.89,14.40", r"places\.csv:2: country 'Malta' is not an ISO"),
        ("Mdina,,city,MLT,,14.40", r"places\.csv:2: empty required cell\(s\): lat"),
    ],
)
def test_malformed_place_rows_name_file_and_line(tmp_path: Path, row: str, message: str) -> None:
    countries = write(tmp_path / "countries.csv", COUNTRIES)
    places = write(tmp_path / "places.csv", f"name,aliases,kind,country,lat,lon\n{row}\n")
    with pytest.raises(KnowledgeError, match=message):
        where.Gazetteer.from_files(countries, [places])


# --- assign_locations ----------------------------------------------------------------------


def test_place_attached_through_a_noun_of_the_clause(parser: Language,
                                                      gazetteer: where.Gazetteer) -> None:
    text = ("Azerbaijan rejected the proposal on Tuesday at the OSCE Council's 31st meeting "
            "in Malta.")
    assert locate(parser, gazetteer, text, ["rejected"]) == [MALTA]


def test_actor_countries_are_not_locations(parser: Language, gazetteer: where.Gazetteer) -> None:
    text = "Azerbaijan rejected Armenia's proposal and accused Russia of bias."
    assert locate(parser, gazetteer, text, ["rejected", "accused"]) == [None, None]


def test_unknown_place_gives_none(parser: Language, gazetteer: where.Gazetteer) -> None:
    assert locate(parser, gazetteer, "The ministers met in Springfield.", ["met"]) == [None]


def test_generic_place_noun_is_seen_through(parser: Language, gazetteer: where.Gazetteer) -> None:
    text = "Ukrainian and Russian officials met in the southern city of Kherson on Monday."
    assert locate(parser, gazetteer, text, ["met"]) == [
        Location(name="Kherson", country="UKR", lat=46.64, lon=32.62)]


def test_most_specific_place_of_a_phrase(parser: Language, gazetteer: where.Gazetteer) -> None:
    text = "Fighting in Russia's Kursk region intensified."
    assert locate(parser, gazetteer, text, ["Fighting"], "ASSAULT") == [
        Location(name="Kursk", country="RUS", lat=51.73, lon=36.19)]


def test_closest_attachment_wins(parser: Language, gazetteer: where.Gazetteer) -> None:
    text = "Police in Georgia arrested dozens of protesters in central Tbilisi."
    assert locate(parser, gazetteer, text, ["arrested"]) == [
        Location(name="Tbilisi", country="GEO", lat=41.72, lon=44.79)]


def test_multi_token_names_and_aliases(parser: Language, gazetteer: where.Gazetteer) -> None:
    assert locate(parser, gazetteer, "The leaders met at Camp David.", ["met"]) == [
        Location(name="Camp David", country="USA", lat=39.65, lon=-77.47)]
    assert locate(parser, gazetteer, "Armenian troops withdrew from Khankendi and regrouped "
                  "near Lachin.", ["regrouped"]) == [
        Location(name="Lachin", country="AZE", lat=39.64, lon=46.55)]


def test_attack_target_is_the_location_of_an_assault_only(parser: Language,
                                                          gazetteer: where.Gazetteer) -> None:
    text = "Russian drones struck Kharkiv overnight, killing two people."
    assert locate(parser, gazetteer, text, ["struck"], "ASSAULT") == [KHARKIV]
    assert locate(parser, gazetteer, text, ["struck"], "COERCE") == [None]
    # a country as the target is the recipient, not a place
    assert locate(parser, gazetteer, "Russia attacked Ukraine with drones.", ["attacked"],
                  "ASSAULT") == [None]


def test_dateline_is_the_fallback_for_opening_sentences(parser: Language,
                                                         gazetteer: where.Gazetteer) -> None:
    text = ("BAKU, Dec 5 (Meridian) - Azerbaijan rejected the proposal on Tuesday. "
            "Armenia criticised the decision. Russia urged restraint. "
            "France welcomed the talks. The European Union condemned the delay.")
    got = locate(parser, gazetteer, text, ["rejected", "criticised", "urged", "condemned"])
    assert got == [BAKU, BAKU, BAKU, None]


def test_a_place_in_the_sentence_beats_the_dateline(parser: Language,
                                                     gazetteer: where.Gazetteer) -> None:
    text = "BAKU, Dec 5 (Meridian) - Armenian and Azerbaijani ministers met in Malta on Thursday."
    assert locate(parser, gazetteer, text, ["met"]) == [MALTA]


def test_dateline_with_two_places_is_not_used(parser: Language,
                                              gazetteer: where.Gazetteer) -> None:
    text = "KYIV/MOSCOW, Dec 5 (Meridian) - Russia and Ukraine exchanged prisoners."
    assert locate(parser, gazetteer, text, ["exchanged"]) == [None]


def test_a_name_modifying_another_noun_is_no_place(parser: Language,
                                                   gazetteer: where.Gazetteer) -> None:
    text = "Countries struck trade deals with Washington at China's expense."
    assert locate(parser, gazetteer, text, ["struck"]) == [None]


def test_part_of_a_place(parser: Language, gazetteer: where.Gazetteer) -> None:
    text = "Heavy fighting continued in Ukraine's east on Monday."
    assert locate(parser, gazetteer, text, ["continued"], "ASSAULT") == [
        Location(name="Ukraine", country="UKR", lat=50.45, lon=30.52)]


def test_bare_country_before_a_dash_is_not_a_dateline(parser: Language,
                                                      gazetteer: where.Gazetteer) -> None:
    text = "US - China trade talks resumed on Monday."
    assert locate(parser, gazetteer, text, ["resumed"]) == [None]
    text = "BRUSSELS - NATO condemned the attacks."
    assert locate(parser, gazetteer, text, ["condemned"]) == [
        Location(name="Brussels", country="BEL", lat=50.85, lon=4.35)]


def test_a_visit_happens_at_its_destination(parser: Language, gazetteer: where.Gazetteer) -> None:
    mongolia = Location(name="Mongolia", country="MNG", lat=47.89, lon=106.91)
    text = "Putin visited Mongolia in September despite an ICC warrant."
    assert locate(parser, gazetteer, text, ["visited"], "CONSULT", "042") == [mongolia]
    text = "The Chinese foreign minister travelled to Moscow for talks."
    assert locate(parser, gazetteer, text, ["travelled"], "CONSULT", "042") == [
        Location(name="Moscow", country="RUS", lat=55.76, lon=37.62)]
    # the same phrases do not locate other events
    text = "Russia sent troops to Belarus and praised Mongolia."
    assert locate(parser, gazetteer, text, ["sent", "praised"], "MOBILIZE", "150") == [None, None]


def test_object_of_an_attack_noun(parser: Language, gazetteer: where.Gazetteer) -> None:
    text = "The UN condemned the siege of El Fasher by the paramilitary forces."
    assert locate(parser, gazetteer, text, ["siege"], "ASSAULT", "190") == [
        Location(name="El Fasher", country="SDN", lat=13.63, lon=25.35)]
    assert locate(parser, gazetteer, text, ["condemned"], "ACCUSE", "122") == [None]
