"""The gazetteer's conflict towns and regions: attackers and victims keep their country."""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente import where
from detente.nlp import load_model
from detente.records import EventMention, Evidence, Location
from detente.settings import Settings


@pytest.fixture(scope="module")
def gazetteer() -> where.Gazetteer:
    return where.Gazetteer.default()


@pytest.fixture(scope="module")
def parser() -> Language:
    return load_model(Settings().model)


@pytest.mark.parametrize(("name", "country"), [
    ("Samarra", "IRQ"), ("Baqubah", "IRQ"), ("Anbar", "IRQ"), ("Douma", "SYR"),
    ("Jericho", "PSE"), ("Beit Hanoun", "PSE"), ("Nabatieh", "LBN"), ("Saada", "YEM"),
    ("Baidoa", "SOM"), ("Puntland", "SOM"), ("Menaka", "MLI"), ("Djibo", "BFA"),
    ("Maiduguri", "NGA"), ("Chibok", "NGA"), ("Rutshuru", "COD"), ("Ituri", "COD"),
    ("Malakal", "SSD"), ("Kadugli", "SDN"), ("Gondar", "ETH"), ("Sittwe", "MMR"),
    ("Kayin State", "MMR"), ("Kunduz", "AFG"), ("Helmand", "AFG"), ("Miram Shah", "PAK"),
    ("Gorlovka", "UKR"), ("Kryvyi Rih", "UKR"), ("Khanty-Mansiysk", "RUS"), ("Beslan", "RUS"),
    ("Gori", "GEO"), ("Fizuli", "AZE"), ("Pec", "KOS"), ("Tuzla", "BIH"), ("Vukovar", "HRV"),
    ("Tetovo", "MKD"), ("Tyumen", "RUS"), ("Aceh", "IDN"), ("Jolo", "PHL"), ("Cúcuta", "COL"),
])  # fmt: skip
def test_conflict_places_have_their_state(gazetteer: where.Gazetteer, name: str,
                                          country: str) -> None:
    place = gazetteer.lookup(name)
    assert place is not None, name
    assert place.country == country


def test_aliases_share_one_entry_and_disputed_places_have_no_state(
    gazetteer: where.Gazetteer,
) -> None:
    assert gazetteer.lookup("Gnjilane") == where.Place("Gjilan", "city", "KOS", 42.46, 21.47)
    assert gazetteer.lookup("Tel Afar") == gazetteer.lookup("Tal Afar")
    abyei = gazetteer.lookup("Abyei")
    assert abyei is not None and abyei.country is None and abyei.kind == "region"


def test_a_town_near_which_a_bomb_went_off_is_the_location(
    parser: Language, gazetteer: where.Gazetteer,
) -> None:
    text = "A car bomb near the town of Tikrit killed three policemen on Monday."
    doc = parser(text)
    start = text.index("killed")
    sentence = next(iter(doc.sents))
    evidence = Evidence(sentence.text, 0, len(text), "killed", start, start + len("killed"))
    reading = EventMention(article_id="t", event_type="ASSAULT", cameo="190", quad_class=4,
                           goldstein=-10.0, actor=None, recipient=None, evidence=evidence)
    [located] = where.assign_locations(doc, [reading], gazetteer)
    assert located.location == Location(name="Tikrit", country="IRQ", lat=34.60, lon=43.68)
