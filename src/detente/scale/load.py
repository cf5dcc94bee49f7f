"""Load coded Parquet (a cluster run's output directory, or one sink file) into the store.

Idempotent: events whose id is already stored, and articles already stored,
are skipped, so loading the same output twice (or a resumed run's output again)
adds nothing. The work is DuckDB ``INSERT ... SELECT`` over ``read_parquet``
in one transaction: all of it lands, or none.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

import duckdb

from ..errors import StoreError
from ..store import EVENT_COLUMNS, EventStore
from .cluster import ARTICLES_DIR


@dataclass(slots=True)
class LoadReport:
    files: int = 0  # event files read
    events_read: int = 0
    events_added: int = 0
    articles_added: int = 0

    @property
    def events_skipped(self) -> int:
        return self.events_read - self.events_added


def event_files(source: Path) -> tuple[list[str], bool]:
    """The event Parquet files under ``source`` and whether they are hive-partitioned."""
    if source.is_file():
        return [str(source)], False
    if not source.is_dir():
        raise StoreError(f"{source}: no such Parquet file or directory")
    files = sorted(str(p) for p in source.glob("month=*/*.parquet"))
    if not files:
        raise StoreError(f"{source}: no month=*/ partitions of events (is it a cluster output?)")
    return files, True


def load_parquet(source: str | Path, db: str | Path) -> LoadReport:
    """Insert the events (and articles) of ``source`` into the store at ``db``."""
    source = Path(source)
    files, hive = event_files(source)
    article_files = sorted(str(p) for p in (source / ARTICLES_DIR).glob("*.parquet")) \
        if hive else []
    cols = ", ".join(EVENT_COLUMNS)
    read_events = (
        # the hive key (month) is read but not stored: each file carries its events' day
        "read_parquet(?, hive_partitioning=true, union_by_name=true)" if hive
        else "read_parquet(?)"
    )
    report = LoadReport(files=len(files))
    with EventStore(db) as store:
        con = store.con
        try:
            con.execute("BEGIN TRANSACTION")
            before = _count(con, "events")
            report.events_read = _count(con, f"{read_events}", [files])
            con.execute(
                f"INSERT INTO events ({cols}) SELECT {cols} FROM {read_events} "
                "WHERE event_id NOT IN (SELECT event_id FROM events) "
                "QUALIFY row_number() OVER (PARTITION BY event_id ORDER BY article_id) = 1",
                [files],
            )
            report.events_added = _count(con, "events") - before
            before = _count(con, "articles")
            _insert_articles(con, article_files, read_events, files)
            report.articles_added = _count(con, "articles") - before
            con.execute("COMMIT")
        except duckdb.Error as exc:
            with contextlib.suppress(duckdb.Error):  # BEGIN itself may be what failed
                con.execute("ROLLBACK")
            raise StoreError(f"loading {source} into {db} failed, nothing stored: {exc}") from exc
    return report


def _insert_articles(
    con: duckdb.DuckDBPyConnection, article_files: list[str], read_events: str,
    event_files: list[str],
) -> None:
    if article_files:
        con.execute(
            "INSERT INTO articles SELECT article_id, content_hash, title, source, url, "
            "published, n_events, now()::TIMESTAMP FROM read_parquet(?) "
            "WHERE article_id NOT IN (SELECT article_id FROM articles) "
            "QUALIFY row_number() OVER (PARTITION BY article_id) = 1",
            [article_files],
        )
        return
    # Events alone: the article's text is unknown, so its content hash is left empty;
    # ingesting the article later sees a different hash and re-codes it (never skips it).
    con.execute(
        "INSERT INTO articles SELECT article_id, '', NULL, any_value(source), NULL, "
        f"any_value(published), count(*), now()::TIMESTAMP FROM {read_events} "
        "WHERE article_id NOT IN (SELECT article_id FROM articles) GROUP BY article_id",
        [event_files],
    )


def _count(con: duckdb.DuckDBPyConnection, relation: str, params: list[object] | None = None
           ) -> int:
    row = con.execute(f"SELECT count(*) FROM {relation}", params or []).fetchone()
    return int(row[0]) if row else 0
