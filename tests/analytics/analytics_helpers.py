"""Shared builders for the analytics tests: hand-made events and the synthetic corpus."""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path
from types import ModuleType

from detente.records import Actor, Article, ArticleResult, Event, Evidence, Location
from detente.store import EventStore

BENCH = Path(__file__).resolve().parents[2] / "bench"


def load_bench(name: str) -> ModuleType:
    """Import ``bench/<name>.py`` (bench is a folder of scripts, not a package)."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, BENCH / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def actor(country: str, sector: str = "GOV") -> Actor:
    return Actor(text=country, country=country, sector=sector, code=country + sector)


def event(
    event_id: str,
    a: str,
    b: str,
    event_type: str,
    cameo: str,
    quad: int,
    goldstein: float,
    day: date,
    *,
    modality: str = "asserted",
    source: str = "wire.example",
    article_id: str | None = None,
    sentence: str | None = None,
    attribution: str | None = None,
    start: int = 0,
    location: Location | None = None,
) -> Event:
    text = sentence or f"{a} {event_type.lower()} {b}."
    return Event(
        id=event_id, article_id=article_id or f"art-{event_id}", event_type=event_type,
        mode=None, context=[], cameo=cameo, quad_class=quad, goldstein=goldstein,
        actor=actor(a), recipient=actor(b), date=day, date_precision="day",
        location=location, modality=modality, attribution=attribution,
        evidence=[Evidence(text, start, start + len(text), event_type.lower())],
        mentions=1, confidence=0.9, source=source, published=day,
    )


def store_with(events: list[Event], path: str | Path = ":memory:") -> EventStore:
    """A store holding ``events``, one article per distinct article id."""
    store = EventStore(path)
    by_article: dict[str, list[Event]] = {}
    for e in events:
        by_article.setdefault(e.article_id, []).append(e)
    results = [
        ArticleResult(Article(id=aid, text=f"text of {aid}", published=evs[0].published,
                              source=evs[0].source, url=f"https://{evs[0].source}/{aid}"), evs)
        for aid, evs in by_article.items()
    ]
    store.ingest(results)
    return store
