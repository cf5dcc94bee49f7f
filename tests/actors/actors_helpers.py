"""Helpers for the actors tests: the model and the packaged resolver, loaded once.

A uniquely named module rather than a conftest, so that the top-level ``conftest``
stays the only module of that name.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from detente.actors import ActorResolver
from detente.nlp import load_model
from detente.records import ActorMention, Article
from detente.settings import Settings


@lru_cache(maxsize=1)
def packaged_resolver() -> ActorResolver:
    """One resolver per process (its matchers are built on first use)."""
    return ActorResolver.from_settings(Settings())


def resolve(text: str, published: str | None = None) -> list[ActorMention]:
    """The mentions of ``text`` in an article published on ``published`` (YYYY-MM-DD)."""
    day = date.fromisoformat(published) if published else None
    article = Article(id="t", text=text, published=day)
    return packaged_resolver().resolve(load_model(Settings().model)(text), article)


def by_text(mentions: list[ActorMention]) -> dict[str, ActorMention]:
    return {m.actor.text: m for m in mentions}

