"""Lone day words found from the doc's lower-case column."""

from __future__ import annotations

from spacy.language import Language

from detente.when import _lone_day_words, date_candidates


def test_lone_day_words_by_index(nlp: Language) -> None:
    doc = nlp("Troops left Mosul on FRIDAY; today the Tuesday talks resumed.")
    assert [(i, doc[i].text) for i in _lone_day_words(doc)] == [
        (4, "FRIDAY"), (6, "today"), (8, "Tuesday")]


def test_a_day_word_inside_a_date_entity_is_not_read_twice(nlp: Language) -> None:
    doc = nlp("Ministers met on Monday, March 3, in Vilnius.")
    assert [(c.text, c.start, c.end) for c in date_candidates(doc)] == [
        ("Monday, March 3", 17, 32)]
