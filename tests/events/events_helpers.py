"""Test helpers for the events stage: hand-made actor mentions over a parsed Doc."""

from __future__ import annotations

from datetime import date
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from detente.events import EventExtractor
from detente.records import Actor, ActorMention, Article, EventMention, actor_code


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


def read(nlp: Language, extractor: EventExtractor, text: str,
         actors: list[tuple[Any, ...]]) -> list[EventMention]:
    """The events stage alone on ``text``, with mentions made from ``(phrase, country,
    sector?)`` specs, as if published on 2024-06-01."""
    doc = nlp(text)
    mentions = [mention(doc, *spec) for spec in actors]
    return extractor.extract(doc, mentions, Article(id="t", text=text,
                                                    published=date(2024, 6, 1)))


def sides(readings: list[EventMention]) -> list[tuple[str, str | None, str | None]]:
    """(type, actor code, recipient code) of each reading."""
    return [(r.event_type, r.actor.code if r.actor else None,
             r.recipient.code if r.recipient else None) for r in readings]


def codes(readings: list[EventMention]) -> list[tuple[str, str | None, str | None]]:
    """(CAMEO code, actor code, recipient code) of each reading."""
    return [(r.cameo, r.actor.code if r.actor else None,
             r.recipient.code if r.recipient else None) for r in readings]


def coded(pipeline: Any, text: str) -> list[tuple[str, str | None, str | None]]:
    """(CAMEO code, actor code, recipient code) of each event the whole pipeline codes, as if
    published on 2025-01-01."""
    return [(e.cameo, e.actor.code if e.actor else None, e.recipient.code if e.recipient else None)
            for e in pipeline.code_text(text, published="2025-01-01")]
