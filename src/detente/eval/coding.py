"""The coded side of an evaluation: run the pipeline over gold sentences, read events.

Every gold sentence becomes one :class:`~detente.records.Article` with a stable
id; the whole set goes through ``Pipeline.code_articles`` (batched parsing).
Negated events are left out of scoring: a coder that reads "X did not attack Y"
reports that nothing happened, and no gold set here codes such a sentence as
an event. Future, hypothetical and historical events are kept, because the
gold sets code them (PETRARCH codes "is about to restore ties" as 064).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..records import Actor, Article, Event, actor_code


@dataclass(slots=True)
class CodedSet:
    """Events per article id, and the articles the pipeline failed on."""

    events: dict[str, list[Event]] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)

    def of(self, article_id: str) -> list[Event]:
        return self.events.get(article_id, [])


def scored_events(events: Iterable[Event]) -> list[Event]:
    """The events an evaluation scores: all but the negated ones."""
    return [event for event in events if event.modality != "negated"]


def code_articles(pipeline: object, articles: Sequence[Article]) -> CodedSet:
    """Code ``articles`` with ``pipeline.code_articles`` (any object offering it).

    Typed loosely so the scoring modules never import the pipeline (and through
    it spaCy) just to be unit-tested.
    """
    coded = CodedSet()
    for result in pipeline.code_articles(articles):  # type: ignore[attr-defined]
        if result.error:
            coded.errors[result.article.id] = result.error
        coded.events[result.article.id] = scored_events(result.events)
    return coded


def unique_ids(ids: Iterable[str]) -> list[str]:
    """Make repeated ids unique and stable: the second ``X`` becomes ``X#2``."""
    seen: dict[str, int] = {}
    out: list[str] = []
    for record_id in ids:
        seen[record_id] = seen.get(record_id, 0) + 1
        out.append(record_id if seen[record_id] == 1 else f"{record_id}#{seen[record_id]}")
    return out


def code_of(actor: Actor | None) -> str:
    """The Phoenix-style code of a coded actor, rebuilt from its country and sector.

    PETRARCH writes ``---`` for an actor whose country is unknown; an event with
    no actor at all is scored the same way. The code is rebuilt (not read from
    ``Actor.code``) so that the ``---`` convention holds whatever a stage stored.
    """
    if actor is None:
        return "---"
    return actor_code(actor.country, actor.sector)


def most_confident(events: Sequence[Event]) -> Event | None:
    """The highest-confidence event (the first one on ties), or ``None``."""
    best: Event | None = None
    for event in events:
        if best is None or event.confidence > best.confidence:
            best = event
    return best
