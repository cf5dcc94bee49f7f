"""Lexicon rows and code rules of the second accuracy round (CAMEO roots), own sentences."""

from __future__ import annotations

from typing import Any

import pytest
from events_helpers import codes, read
from spacy.language import Language

from detente.events import EventExtractor


@pytest.mark.parametrize(("text", "actors", "expected"), [
    ("The Pope expressed his condolences to Morocco after the earthquake.",
     [("Pope", "VAT", "REL"), ("Morocco", "MAR")], ("018", "VATREL", "MAR")),
    ("The militia used villagers as human shields near Aleppo.",
     [("militia", None, "PRM"), ("villagers", None, "CVL")], ("184", "---PRM", "---CVL")),
    ("Police used tear gas on students in Dhaka.",
     [("Police", None, "COP"), ("students", None, "EDU")], ("175", "---COP", "---EDU")),
    ("Youths threw stones at Kenyan police.",
     [("Youths", None, "CVL"), ("Kenyan police", "KEN", "COP")], ("145", "---CVL", "KENCOP")),
    ("The Egyptian president cancelled his visit to Sudan.",
     [("Egyptian president", "EGY", "GOV"), ("Sudan", "SDN")], ("161", "EGYGOV", "SDN")),
    ("Japan paid compensation to Korean workers.",
     [("Japan", "JPN"), ("Korean workers", "KOR", "LAB")], ("080", "JPN", "KORLAB")),
    ("The opposition collected signatures against the Hungarian government.",
     [("opposition", None, "OPP"), ("Hungarian government", "HUN", "GOV")],
     ("140", "---OPP", "HUNGOV")),
    ("The mayor denied a permit to Kurdish activists.",
     [("mayor", "TUR", "GOV"), ("Kurdish activists", None, "CVL")], ("1233", "TURGOV", "---CVL")),
])
def test_codebook_rows(nlp: Language, extractor: EventExtractor, text: str,
                       actors: list[tuple[Any, ...]], expected: tuple[str, str, str]) -> None:
    assert codes(read(nlp, extractor, text, actors))[0] == expected


def test_mass_killing_noun_is_a_mass_killing(nlp: Language, extractor: EventExtractor) -> None:
    got = read(nlp, extractor, "The junta's mass killings in the east shocked observers.",
               [("junta", None, "MIL")])
    assert [(r.cameo, r.actor.code if r.actor else None) for r in got] == [("202", "---MIL")]


def test_harm_done_in_a_bomb_attack_is_a_bombing(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Militants wounded four Afghan policemen in a bomb attack.",
               [("Militants", None, "REB"), ("Afghan policemen", "AFG", "COP")])
    assert codes(got) == [("183", "---REB", "AFGCOP")]


def test_event_noun_subject_names_the_kind_of_violence(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "A car bombing killed three Somali soldiers on Friday.",
               [("Somali soldiers", "SOM", "MIL")])
    assert codes(got) == [("1832", None, "SOMMIL")]


def test_generic_verb_of_harm_keeps_its_code_with_a_plain_subject(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Gunmen killed three Somali soldiers on Friday.",
               [("Gunmen", None, "UAF"), ("Somali soldiers", "SOM", "MIL")])
    assert codes(got) == [("190", "---UAF", "SOMMIL")]


def test_troops_arriving_are_deployed_not_visiting(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "A contingent of Kenyan peacekeeping troops arrived in Haiti.",
               [("Kenyan peacekeeping troops", "KEN", "MIL"), ("Haiti", "HTI")])
    assert codes(got) == [("074", "KENMIL", "HTI")]


def test_a_minister_arriving_is_visiting(nlp: Language, extractor: EventExtractor) -> None:
    got = read(nlp, extractor, "The Kenyan foreign minister arrived in Haiti.",
               [("Kenyan foreign minister", "KEN", "GOV"), ("Haiti", "HTI")])
    assert [c[0] for c in codes(got)] == ["042"]


def test_participle_of_purpose_names_the_protest_target(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Thousands of Tibetans marched in Dharamsala demanding freedom from China.",
               [("Tibetans", None, "CVL"), ("China", "CHN")])
    assert codes(got)[0][1:] == ("---CVL", "CHN")


def test_partitive_weapon_object_leaves_the_place_as_target(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Insurgents detonated a string of bombs in Mosul.",
               [("Insurgents", None, "REB"), ("Mosul", "IRQ")])
    assert codes(got) == [("183", "---REB", "IRQ")]
