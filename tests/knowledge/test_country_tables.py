"""The two packaged country tables (actors: names and demonyms; places: capitals and
coordinates) are kept by different stages; they must agree on codes and names, or a
place in a country would carry a different code from an actor of that country."""

from __future__ import annotations

from detente.actors import ActorKB
from detente.knowledge import data_path
from detente.where import read_countries, read_places


def test_every_place_country_is_an_actor_country() -> None:
    states = set(ActorKB.packaged().by_country)
    codes = {place.country for _, _, place in read_countries(data_path("places", "countries.csv"))}
    codes |= {place.country for _, _, place in read_places(data_path("places", "places.csv"))}
    assert codes - states - {None} == set()


def test_country_names_resolve_to_the_same_code_in_both_tables() -> None:
    kb = ActorKB.packaged()
    disagreeing = {}
    for _, names, place in read_countries(data_path("places", "countries.csv")):
        if place.kind != "country":
            continue
        for name in names:
            # The actor matcher reads "the Emirates" as a determiner and a name.
            bare = name.removeprefix("the ")
            actor_codes = {hit.entry.country for hit in kb.aliases.get(bare.lower(), [])}
            if place.country not in actor_codes:
                disagreeing[name] = (place.country, sorted(c or "" for c in actor_codes))
    assert disagreeing == {}
