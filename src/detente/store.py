"""The event store: one DuckDB file with a versioned schema.

Ingest is idempotent (articles are keyed by a content hash: the same article
again adds nothing; an article id seen with new content replaces its events)
and transactional per batch (a batch lands whole or not at all). Rows are
inserted from Arrow tables, not ``executemany``.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from .errors import StoreError
from .records import Article, ArticleResult, Event

SCHEMA_VERSION = 1

_DDL = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS articles (
    article_id VARCHAR PRIMARY KEY,
    content_hash VARCHAR NOT NULL,
    title VARCHAR,
    source VARCHAR,
    url VARCHAR,
    published DATE,
    n_events INTEGER,
    ingested_at TIMESTAMP
);
CREATE TABLE IF NOT EXISTS events (
    event_id VARCHAR PRIMARY KEY,
    article_id VARCHAR NOT NULL,
    event_type VARCHAR NOT NULL,
    mode VARCHAR,
    context VARCHAR[],
    cameo VARCHAR NOT NULL,
    quad_class TINYINT NOT NULL,
    goldstein DOUBLE NOT NULL,
    actor_text VARCHAR,
    actor_country VARCHAR,
    actor_sector VARCHAR,
    actor_code VARCHAR,
    actor_name VARCHAR,
    actor_rule VARCHAR,
    recipient_text VARCHAR,
    recipient_country VARCHAR,
    recipient_sector VARCHAR,
    recipient_code VARCHAR,
    recipient_name VARCHAR,
    recipient_rule VARCHAR,
    date DATE,
    date_precision VARCHAR,
    -- the day analytics bins by: the event's date, else the article's publication day
    day DATE,
    location_name VARCHAR,
    location_country VARCHAR,
    lat DOUBLE,
    lon DOUBLE,
    modality VARCHAR NOT NULL,
    attribution VARCHAR,
    mentions INTEGER NOT NULL,
    confidence DOUBLE,
    source VARCHAR,
    published DATE,
    evidence VARCHAR  -- JSON list of {sentence, start, end, trigger, ...}
);
"""

#: Column order of the ``events`` table (Arrow batches are built in this order).
EVENT_COLUMNS: tuple[str, ...] = (
    "event_id", "article_id", "event_type", "mode", "context", "cameo", "quad_class",
    "goldstein", "actor_text", "actor_country", "actor_sector", "actor_code", "actor_name",
    "actor_rule", "recipient_text", "recipient_country", "recipient_sector", "recipient_code",
    "recipient_name", "recipient_rule", "date", "date_precision", "day", "location_name",
    "location_country", "lat", "lon", "modality", "attribution", "mentions", "confidence",
    "source", "published", "evidence",
)  # fmt: skip

_EVENT_SCHEMA = pa.schema(
    [
        ("event_id", pa.string()),
        ("article_id", pa.string()),
        ("event_type", pa.string()),
        ("mode", pa.string()),
        ("context", pa.list_(pa.string())),
        ("cameo", pa.string()),
        ("quad_class", pa.int8()),
        ("goldstein", pa.float64()),
        *[(f"{role}_{f}", pa.string()) for role in ("actor", "recipient")
          for f in ("text", "country", "sector", "code", "name", "rule")],
        ("date", pa.date32()),
        ("date_precision", pa.string()),
        ("day", pa.date32()),
        ("location_name", pa.string()),
        ("location_country", pa.string()),
        ("lat", pa.float64()),
        ("lon", pa.float64()),
        ("modality", pa.string()),
        ("attribution", pa.string()),
        ("mentions", pa.int32()),
        ("confidence", pa.float64()),
        ("source", pa.string()),
        ("published", pa.date32()),
        ("evidence", pa.string()),
    ]
)  # fmt: skip


def content_hash(article: Article) -> str:
    """Identity of an article's content: same text, date and outlet, same hash."""
    h = hashlib.sha256()
    for part in (article.text, article.published.isoformat() if article.published else "",
                 article.source or ""):
        h.update(part.encode("utf-8"))
        h.update(b"\x00")
    return h.hexdigest()


def event_row(event: Event) -> dict[str, Any]:
    """Flatten an event into one ``events`` row."""
    row: dict[str, Any] = {
        "event_id": event.id,
        "article_id": event.article_id,
        "event_type": event.event_type,
        "mode": event.mode,
        "context": list(event.context),
        "cameo": event.cameo,
        "quad_class": event.quad_class,
        "goldstein": event.goldstein,
        "date": event.date,
        "date_precision": event.date_precision,
        "day": event.date or event.published,
        "location_name": event.location.name if event.location else None,
        "location_country": event.location.country if event.location else None,
        "lat": event.location.lat if event.location else None,
        "lon": event.location.lon if event.location else None,
        "modality": event.modality,
        "attribution": event.attribution,
        "mentions": event.mentions,
        "confidence": event.confidence,
        "source": event.source,
        "published": event.published,
        "evidence": json.dumps([e.to_dict() for e in event.evidence], ensure_ascii=False),
    }
    for role, actor in (("actor", event.actor), ("recipient", event.recipient)):
        row[f"{role}_text"] = actor.text if actor else None
        row[f"{role}_country"] = actor.country if actor else None
        row[f"{role}_sector"] = actor.sector if actor else None
        row[f"{role}_code"] = actor.code if actor else None
        row[f"{role}_name"] = actor.name if actor else None
        row[f"{role}_rule"] = actor.rule if actor else None
    return row


def events_table(events: Sequence[Event]) -> pa.Table:
    rows = [event_row(e) for e in events]
    return pa.Table.from_pylist(rows, schema=_EVENT_SCHEMA)


@dataclass(slots=True)
class IngestReport:
    added: int = 0  # articles newly stored
    replaced: int = 0  # articles whose content changed
    unchanged: int = 0  # already stored with the same content
    failed: list[str] = field(default_factory=list)  # one message per failed article
    events: int = 0  # events written


class EventStore:
    """A DuckDB file of articles and events. One writing process at a time."""

    def __init__(self, path: str | Path = ":memory:", *, read_only: bool = False) -> None:
        self.path = str(path)
        try:
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self.con = duckdb.connect(self.path, read_only=read_only)
        except (duckdb.Error, OSError) as exc:
            raise StoreError(f"cannot open event store {self.path}: {exc}") from exc
        try:
            if not read_only:
                self._migrate()
            else:
                self._check_version()
        except BaseException:
            self.con.close()  # a refused store must not keep the file locked
            raise

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> EventStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _one(self, sql: str) -> tuple[Any, ...] | None:
        # fetchall, not fetchone: DuckDB 2 leaves a half-read result open on the
        # connection after fetchone, and the next query on it then fails.
        rows = self.con.execute(sql).fetchall()
        return rows[0] if rows else None

    def _migrate(self) -> None:
        self.con.execute(_DDL)
        row = self._one("SELECT value FROM meta WHERE key = 'schema_version'")
        if row is None:
            self.con.execute(
                "INSERT INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)]
            )
        elif int(row[0]) > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} has schema version {row[0]}, newer than this detente "
                f"({SCHEMA_VERSION}); upgrade detente"
            )

    def _check_version(self) -> None:
        try:
            row = self._one("SELECT value FROM meta WHERE key = 'schema_version'")
        except duckdb.Error as exc:
            raise StoreError(f"{self.path} is not a detente event store: {exc}") from exc
        if row is None or int(row[0]) != SCHEMA_VERSION:
            raise StoreError(f"{self.path}: unsupported schema version {row}")

    def known_hashes(self, article_ids: Iterable[str]) -> dict[str, str]:
        ids = list(article_ids)
        if not ids:
            return {}
        rows = self.con.execute(
            "SELECT article_id, content_hash FROM articles WHERE article_id IN "
            "(SELECT unnest(?::VARCHAR[]))",
            [ids],
        ).fetchall()
        return {r[0]: r[1] for r in rows}

    def ingest(self, results: Iterable[ArticleResult]) -> IngestReport:
        """Store one batch of coded articles in a single transaction.

        Failed articles are reported and skipped; if writing fails, the batch is
        rolled back and nothing already stored is touched.
        """
        report = IngestReport()
        results = list(results)
        ok = [r for r in results if r.error is None]
        report.failed = [r.error for r in results if r.error is not None]
        known = self.known_hashes(r.article.id for r in ok)
        fresh: list[ArticleResult] = []
        replaced_ids: list[str] = []
        seen: set[str] = set()
        for r in ok:
            h = content_hash(r.article)
            if r.article.id in seen:
                report.failed.append(
                    f"{r.article.id}: duplicate article id in one batch; kept the first"
                )
                continue
            seen.add(r.article.id)
            if known.get(r.article.id) == h:
                report.unchanged += 1
                continue
            if r.article.id in known:
                replaced_ids.append(r.article.id)
            fresh.append(r)
        if not fresh:
            return report
        now = datetime.now(UTC).replace(tzinfo=None)
        articles = pa.Table.from_pylist(
            [
                {
                    "article_id": r.article.id,
                    "content_hash": content_hash(r.article),
                    "title": r.article.title,
                    "source": r.article.source,
                    "url": r.article.url,
                    "published": r.article.published,
                    "n_events": len(r.events),
                    "ingested_at": now,
                }
                for r in fresh
            ]
        )
        events = events_table([e for r in fresh for e in r.events])
        try:
            self.con.execute("BEGIN TRANSACTION")
            if replaced_ids:
                self.con.execute(
                    "DELETE FROM events WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
                    [replaced_ids],
                )
                self.con.execute(
                    "DELETE FROM articles WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
                    [replaced_ids],
                )
            self.con.register("_new_articles", articles)
            self.con.execute(
                "INSERT INTO articles SELECT article_id, content_hash, title, source, url, "
                "published, n_events, ingested_at FROM _new_articles"
            )
            self.con.register("_new_events", events)
            cols = ", ".join(EVENT_COLUMNS)
            # An event id seen in another article is the same event re-reported: keep one,
            # the same one on every run (the first article id), as `detente load` does.
            inserted = self.con.execute(
                f"INSERT INTO events ({cols}) SELECT {cols} FROM _new_events "
                "WHERE event_id NOT IN (SELECT event_id FROM events) "
                "QUALIFY row_number() OVER (PARTITION BY event_id ORDER BY article_id) = 1"
            ).fetchall()
            self.con.execute("COMMIT")
        except duckdb.Error as exc:
            with contextlib.suppress(duckdb.Error):  # BEGIN itself may be what failed
                self.con.execute("ROLLBACK")
            raise StoreError(f"writing batch to {self.path} failed, nothing stored: {exc}") from exc
        finally:
            for view in ("_new_articles", "_new_events"):
                with contextlib.suppress(duckdb.Error):
                    self.con.unregister(view)
        report.added = len(fresh) - len(replaced_ids)
        report.replaced = len(replaced_ids)
        # Rows actually written: a re-reported event id is kept once, not counted twice.
        report.events = int(inserted[0][0]) if inserted else 0
        return report

    def query_events(
        self,
        *,
        actor: str | None = None,
        recipient: str | None = None,
        event_type: str | None = None,
        since: date | None = None,
        until: date | None = None,
        modality: str | None = None,
        limit: int | None = None,
    ) -> list[Event]:
        """Events matching the filters (actor/recipient match a country or a full code)."""
        where: list[str] = []
        params: list[object] = []
        for role, value in (("actor", actor), ("recipient", recipient)):
            if value:
                where.append(f"({role}_country = ? OR {role}_code = ?)")
                params += [value.upper(), value.upper()]
        if event_type:
            where.append("event_type = ?")
            params.append(event_type.upper())
        if since:
            where.append("day >= ?")
            params.append(since)
        if until:
            where.append("day <= ?")
            params.append(until)
        if modality:
            where.append("modality = ?")
            params.append(modality)
        sql = "SELECT * FROM events"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY day NULLS LAST, article_id, event_id"
        if limit:
            sql += f" LIMIT {int(limit)}"
        cur = self.con.execute(sql, params)
        names = [d[0] for d in cur.description]
        return [row_to_event(dict(zip(names, row, strict=True))) for row in cur.fetchall()]

    def counts(self) -> dict[str, int]:
        n_articles = self._one("SELECT count(*) FROM articles")
        n_events = self._one("SELECT count(*) FROM events")
        return {"articles": n_articles[0] if n_articles else 0,
                "events": n_events[0] if n_events else 0}


def row_to_event(row: dict[str, Any]) -> Event:
    """Rebuild an :class:`Event` from an ``events`` row."""
    d: dict[str, Any] = {k: row[k] for k in (
        "article_id", "event_type", "mode", "cameo", "quad_class", "goldstein",
        "date_precision", "modality", "attribution", "mentions", "confidence", "source")}
    d["id"] = row["event_id"]
    d["context"] = list(row["context"] or [])
    d["date"] = row["date"].isoformat() if row["date"] else None
    d["published"] = row["published"].isoformat() if row["published"] else None
    for role in ("actor", "recipient"):
        if row[f"{role}_code"] is None and row[f"{role}_text"] is None:
            d[role] = None
        else:
            d[role] = {f: row[f"{role}_{f}"] for f in ("text", "country", "sector", "code",
                                                       "name", "rule")}
    d["location"] = (
        {"name": row["location_name"], "country": row["location_country"],
         "lat": row["lat"], "lon": row["lon"]}
        if row["location_name"] else None
    )
    d["evidence"] = json.loads(row["evidence"] or "[]")
    return Event.from_dict(d)
