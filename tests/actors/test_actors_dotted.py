"""Dotted acronyms glued to a word ("U.S.-based"): found per distinct word of the doc."""

from __future__ import annotations

from spacy.language import Language

from detente.actors.resolver import _dotted_tokens


def test_glued_dotted_acronyms_only(nlp: Language) -> None:
    doc = nlp("A U.S.-based charity and the U.N.-run clinic in U.S. waters met a US-led team.")
    assert [(i, doc[i].text) for i in _dotted_tokens(doc)] == [(1, "U.S.-based"), (5, "U.N.-run")]


def test_a_repeated_word_is_found_at_each_place(nlp: Language) -> None:
    doc = nlp("The E.U.-funded school and the E.U.-funded clinic reopened.")
    assert _dotted_tokens(doc) == [1, 5]


def test_none_without_one(nlp: Language) -> None:
    assert _dotted_tokens(nlp("Kenya and Uganda signed a trade pact.")) == []
