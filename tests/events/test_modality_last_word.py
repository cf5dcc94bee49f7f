"""The last word of a sentence, read from its end (yes/no questions)."""

from __future__ import annotations

from spacy.language import Language

from detente.events.modality import _last_word


def test_last_word_skips_quotes_and_spaces(nlp: Language) -> None:
    doc = nlp('"Will Norway send a frigate?"  ')
    last = _last_word(doc[:])
    assert last is not None and last.text == "?"
    assert _last_word(nlp('"')[:]) is None
