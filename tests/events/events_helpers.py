"""Test helpers for the events stage: hand-made actor mentions over a parsed Doc."""

from __future__ import annotations

from spacy.tokens import Doc

from detente.records import Actor, ActorMention, actor_code


def mention(doc: Doc, phrase: str, country: str | None, sector: str | None = None,
            nth: int = 0) -> ActorMention:
    """An ActorMention over the ``nth`` occurrence of ``phrase`` (whole tokens) in ``doc``."""
    words = phrase.split()
    starts = [i for i in range(len(doc) - len(words) + 1)
              if [t.text for t in doc[i:i + len(words)]] == words]
    if len(starts) <= nth:
        raise AssertionError(f"{phrase!r} not found {nth + 1} time(s) in {doc.text!r}")
    span = doc[starts[nth]:starts[nth] + len(words)]
    actor = Actor(text=span.text, country=country, sector=sector,
                  code=actor_code(country, sector), start=span.start_char, end=span.end_char)
    return ActorMention(actor, span.start, span.end, span.root.i)
