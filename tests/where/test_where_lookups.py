"""The gazetteer's run look-up and the dateline opening read without building doc.text."""

from __future__ import annotations

from spacy.language import Language

from detente.where import Gazetteer, _opening, place_candidates


def test_longest_names_win_and_hide_the_names_inside(nlp: Language) -> None:
    doc = nlp("Aid reached the Gaza Strip and Port Sudan before Mosul.")
    found = Gazetteer.default().places_in(doc[:])
    assert [(place.name, span.text, span.start, span.end) for place, span in found] == [
        ("Gaza Strip", "the Gaza Strip", 2, 5),
        ("Port Sudan", "Port Sudan", 6, 8),
        ("Mosul", "Mosul", 9, 10),
    ]


def test_names_keep_their_case(nlp: Language) -> None:
    doc = nlp("They met in the city of chad, not in Chad.")
    found = Gazetteer.default().places_in(doc[:])
    assert [(place.name, span.start) for place, span in found] == [("Chad", 10)]


def test_a_run_inside_a_phrase_span(nlp: Language) -> None:
    doc = nlp("Shelling hit eastern Kharkiv overnight.")
    found = Gazetteer.default().places_in(doc[2:4])
    assert [(place.name, span.text, span.start) for place, span in found] == [
        ("Kharkiv", "Kharkiv", 3)]


def test_opening_reads_whole_tokens_up_to_the_limit(nlp: Language) -> None:
    doc = nlp("RIGA, June 3 (Baltic Wire) - Latvia closed a border crossing.")
    assert _opening(doc, 10) == "RIGA, June "
    assert _opening(doc, 1000) == doc.text


def test_place_candidates_come_from_object_and_prepositional_phrases(nlp: Language) -> None:
    doc = nlp("Drones struck Kharkiv after talks in Geneva.")
    found = place_candidates(doc, Gazetteer.default())
    assert [(c.place.name, c.start, c.end, c.anchor, c.role) for c in found] == [
        ("Kharkiv", 14, 21, 1, "object"),
        ("Geneva", 37, 43, 4, "at"),
    ]
