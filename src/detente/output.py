"""Output formats for coded events: jsonl, csv and PLOVER-JSON records."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import IO, Any

from . import __version__
from .records import Actor, Event
from .store import EVENT_COLUMNS, event_row

FORMATS = ("jsonl", "csv", "plover")

CODEBOOK = "PLOVER 2021 (manual draft 0.8); CAMEO 1.1b3"


def _plover_entity(actor: Actor | None) -> list[dict[str, Any]]:
    if actor is None:
        return []
    entity: dict[str, Any] = {
        "code": actor.country or "---",
        "sector": actor.sector or "",
        "entity_text": actor.text,
    }
    if actor.name:
        entity["identifier_text"] = actor.name
    return [entity]


def plover_record(event: Event) -> dict[str, Any]:
    """A PLOVER-JSON record (manual, "Data Fields"), with detente's extra fields."""
    first = event.evidence[0] if event.evidence else None
    when = event.date or event.published  # PLOVER requires a date: fall back to publication
    record: dict[str, Any] = {
        "id": event.id,
        "has_event": True,
        "date": when.isoformat() if when else None,
        "date_precision": event.date_precision,
        "actor": _plover_entity(event.actor),
        "recipient": _plover_entity(event.recipient),
        "event": [event.event_type],
        "mode": [event.mode] if event.mode else [],
        "context": list(event.context),
        "quad_code": event.quad_class,
        "event_scale": event.goldstein,
        "event_text": [e.trigger for e in event.evidence],
        "text": first.sentence if first else "",
        "text_info": [{"start": e.start, "end": e.end, "trigger_start": e.trigger_start,
                       "trigger_end": e.trigger_end} for e in event.evidence],
        "cite_info": {"citation": event.article_id},
        "publication": event.source,
        "language": "en",
        "coder": f"detente {__version__}",
        "codebook": CODEBOOK,
        # detente's named extensions (the manual invites extra named fields).
        "cameo": event.cameo,
        "modality": event.modality,
        "attribution": event.attribution,
        "mentions": event.mentions,
        "confidence": event.confidence,
    }
    if event.location:
        record["event_loc"] = {
            "extracted_place": event.location.name,
            "resolved_place": event.location.name,
            "lat": event.location.lat,
            "lon": event.location.lon,
            "country_code": event.location.country,
        }
    return record


def _csv_row(event: Event) -> dict[str, Any]:
    row = event_row(event)
    row["context"] = "|".join(event.context)
    for key in ("date", "day", "published"):
        row[key] = row[key].isoformat() if row[key] else ""
    return row


class EventWriter:
    """Write events one by one in a format; call ``close`` (or use ``with``)."""

    def __init__(self, stream: IO[str], fmt: str) -> None:
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
        self.stream = stream
        self.fmt = fmt
        self.count = 0
        self._csv: csv.DictWriter[str] | None = None
        if fmt == "csv":
            self._csv = csv.DictWriter(stream, fieldnames=list(EVENT_COLUMNS))
            self._csv.writeheader()

    def write(self, events: Iterable[Event]) -> None:
        for event in events:
            if self._csv is not None:
                self._csv.writerow(_csv_row(event))
            else:
                obj = event.to_dict() if self.fmt == "jsonl" else plover_record(event)
                self.stream.write(json.dumps(obj, ensure_ascii=False) + "\n")
            self.count += 1
        self.stream.flush()

    def __enter__(self) -> EventWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stream.flush()

