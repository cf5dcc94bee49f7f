"""Typed records passed between stages: the only contract between them.

Data flows one way: ``ingest`` makes :class:`Article`; ``actors`` makes
:class:`ActorMention` (an :class:`Actor` anchored to tokens of a parsed doc);
``events`` makes :class:`EventMention` (one passage's reading); ``when`` /
``where`` fill its date and :class:`Location`; ``merge`` folds mentions of the
same happening into one :class:`Event`; ``store`` / ``analytics`` / ``cli`` read
events. Every record converts to plain JSON-ready dicts with ``to_dict``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Literal

_Date = date  # for annotations inside classes that have a field named ``date``

#: PLOVER 2021 event types (the 16 of the manual, draft 0.8).
EVENT_TYPES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)

Modality = Literal["asserted", "negated", "hypothetical", "future", "historical"]
MODALITIES: tuple[str, ...] = ("asserted", "negated", "hypothetical", "future", "historical")

DatePrecision = Literal["day", "month", "year", "unknown"]


@dataclass(frozen=True, slots=True)
class Article:
    """One input document. ``text`` is kept exactly as given: evidence offsets index it."""

    id: str
    text: str
    published: date | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    origin: str | None = None  # file (and line) it was read from, for error messages

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["published"] = self.published.isoformat() if self.published else None
        return d


@dataclass(frozen=True, slots=True)
class Actor:
    """A resolved actor: who, by country and PLOVER sector.

    ``country`` is ISO-3166 alpha-3, a PLOVER non-state code (IGO, UNO, EUR, NGO,
    ISM, IMG, MNC) or ``None`` when unknown. ``code`` is the Phoenix-style
    concatenation (``AZEGOV``; ``---`` + sector when the country is unknown).
    ``rule`` names the knowledge entry or rule that resolved it (for debugging).
    ``start``/``end`` are character offsets of the mention in the article text.
    """

    text: str
    country: str | None
    sector: str | None
    code: str
    name: str | None = None
    rule: str | None = None
    start: int | None = None
    end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def actor_code(country: str | None, sector: str | None) -> str:
    """Phoenix-style code: country (or ``---``) followed by the sector, if any."""
    return (country or "---") + (sector or "")


@dataclass(frozen=True, slots=True)
class ActorMention:
    """An :class:`Actor` anchored to the token span ``[token_start, token_end)`` of a Doc.

    ``head`` is the token index of the mention's syntactic head; ``antecedent``
    is set when the mention is a pronoun or definite description resolved to an
    earlier mention (its evidence span is that earlier mention's).
    """

    actor: Actor
    token_start: int
    token_end: int
    head: int
    antecedent: Actor | None = None


@dataclass(frozen=True, slots=True)
class Evidence:
    """The passage supporting an event: ``article.text[start:end] == sentence``."""

    sentence: str
    start: int
    end: int
    trigger: str
    trigger_start: int | None = None
    trigger_end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Location:
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class EventMention:
    """One passage's reading of an event, before mentions are merged.

    ``actor``/``recipient`` may be ``None`` when the passage leaves them out
    ("the reinstatement of sanctions"); merge attaches such partial readings to
    a complete event of the same kind, or drops them.
    """

    article_id: str
    event_type: str
    cameo: str
    quad_class: int
    goldstein: float
    actor: Actor | None
    recipient: Actor | None
    evidence: Evidence
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    modality: str = "asserted"
    attribution: str | None = None
    confidence: float = 0.5
    sentence_index: int = 0
    # Words naming what the event is about (object nouns), used by merge.
    topic: tuple[str, ...] = ()
    date: date | None = None
    date_precision: str = "unknown"
    location: Location | None = None


@dataclass(slots=True)
class Event:
    """A coded event: one happening, with every passage that reports it."""

    id: str
    article_id: str
    event_type: str
    mode: str | None
    context: list[str]
    cameo: str
    quad_class: int
    goldstein: float
    actor: Actor | None
    recipient: Actor | None
    date: date | None
    date_precision: str
    location: Location | None
    modality: str
    attribution: str | None
    evidence: list[Evidence]
    mentions: int
    confidence: float
    source: str | None = None  # outlet of the article
    published: _Date | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "article_id": self.article_id,
            "event_type": self.event_type,
            "mode": self.mode,
            "context": list(self.context),
            "cameo": self.cameo,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "actor": self.actor.to_dict() if self.actor else None,
            "recipient": self.recipient.to_dict() if self.recipient else None,
            "date": self.date.isoformat() if self.date else None,
            "date_precision": self.date_precision,
            "location": self.location.to_dict() if self.location else None,
            "modality": self.modality,
            "attribution": self.attribution,
            "evidence": [e.to_dict() for e in self.evidence],
            "mentions": self.mentions,
            "confidence": self.confidence,
            "source": self.source,
            "published": self.published.isoformat() if self.published else None,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        def actor(a: dict[str, Any] | None) -> Actor | None:
            return Actor(**a) if a else None

        return cls(
            id=d["id"],
            article_id=d["article_id"],
            event_type=d["event_type"],
            mode=d.get("mode"),
            context=list(d.get("context") or []),
            cameo=d["cameo"],
            quad_class=int(d["quad_class"]),
            goldstein=float(d["goldstein"]),
            actor=actor(d.get("actor")),
            recipient=actor(d.get("recipient")),
            date=date.fromisoformat(d["date"]) if d.get("date") else None,
            date_precision=d.get("date_precision") or "unknown",
            location=Location(**d["location"]) if d.get("location") else None,
            modality=d.get("modality") or "asserted",
            attribution=d.get("attribution"),
            evidence=[Evidence(**e) for e in d.get("evidence") or []],
            mentions=int(d.get("mentions") or 1),
            confidence=float(d.get("confidence") or 0.0),
            source=d.get("source"),
            published=date.fromisoformat(d["published"]) if d.get("published") else None,
        )


@dataclass(slots=True)
class ArticleResult:
    """What coding one article produced: its events, or the problem that stopped it."""

    article: Article
    events: list[Event] = field(default_factory=list)
    error: str | None = None
