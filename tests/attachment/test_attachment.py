"""Dependency-tree attachment of phrases to event triggers (shared by `when` and `where`)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Token

from detente.attachment import attachment_rank, attachment_tier, clause_of, trigger_token
from detente.nlp import load_model
from detente.records import EventMention, Evidence
from detente.settings import Settings


@pytest.fixture(scope="module")
def parser() -> Language:
    return load_model(Settings().model)


def word(doc: Doc, text: str) -> Token:
    return next(t for t in doc if t.text == text)


def test_own_clause_governing_clause_and_other_clause(parser: Language) -> None:
    doc = parser("Officials said on Monday that Russia attacked the plan, first made in 2019.")
    attacked = word(doc, "attacked")
    assert clause_of(word(doc, "Russia")).text == "attacked"
    assert attachment_tier(attacked, word(doc, "Russia")) == 0  # its own clause
    assert attachment_tier(attacked, word(doc, "said")) == 1  # the reporting clause above
    assert attachment_tier(attacked, word(doc, "made")) is None  # a clause of another event
    assert attachment_rank(attacked, word(doc, "made")) is None


def test_closer_phrases_rank_first(parser: Language) -> None:
    doc = parser("Officials said on Monday that Russia attacked Kharkiv on Tuesday.")
    attacked = word(doc, "attacked")
    own = attachment_rank(attacked, word(doc, "Tuesday"))
    governing = attachment_rank(attacked, word(doc, "Monday"))
    assert own is not None and governing is not None
    assert own[0] == 0 and governing[0] == 1
    assert own < governing


def test_trigger_token_is_the_head_of_the_trigger_span(parser: Language) -> None:
    text = "Azerbaijan firmly rejected the proposal."
    doc = parser(text)
    start = text.index("rejected")
    reading = EventMention(
        article_id="t", event_type="REJECT", cameo="120", quad_class=3, goldstein=-4.0,
        actor=None, recipient=None,
        evidence=Evidence(text, 0, len(text), "rejected", start, start + len("rejected")),
    )
    token = trigger_token(doc, reading)
    assert token is not None and (token.i, token.text) == (2, "rejected")
