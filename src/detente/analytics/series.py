"""Dyad time series: what two sides did to each other, period by period.

One row per period and direction (``A>B``, ``B>A`` and ``both``), with a generated
calendar so that periods without events appear as zero rows. Everything is
aggregated in DuckDB: the dyad's rows are selected once into a temporary table,
then one query aggregates them.

Counted events
    Only ``modality = 'asserted'`` events count by default (``modalities`` widens
    this). Hypothetical, future, negated and historical readings are always shown
    apart, in their own count columns, never mixed into the counts or the index.

Relations index
    Reports of one happening are first folded into a *cluster*: same direction,
    day and CAMEO code. A cluster ``c`` has the mean Goldstein score ``G_c`` of its
    rows and ``n_c`` independent sources (distinct outlets; an event without an
    outlet counts its article as its own source). Its weight is::

        w_c = |G_c| * (1 + ln n_c)

    so a happening confirmed by more outlets weighs more, with diminishing
    returns (outlets copy one another). The raw score of a period is
    cooperation minus conflict::

        R_t = sum_{c in t, quad 1-2} w_c  -  sum_{c in t, quad 3-4} w_c

    and the index is its exponentially weighted moving average, started at zero
    at the first period shown (no events before the window is read as quiet)::

        I_t = alpha * R_t + (1 - alpha) * I_{t-1},   I_{-1} = 0

    computed in SQL as ``sum_k alpha (1-alpha)^k R_{t-k}``, truncated where the
    weights fall below 1e-9 (exact to double precision for any practical use).
    ``both`` sums the clusters of the two directions.
"""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

import duckdb
import pyarrow as pa

from ..errors import AnalyticsError
from ..records import EVENT_TYPES, MODALITIES
from .dyads import (
    PERIOD_INTERVALS,
    Dyad,
    check_period,
    check_range,
    direction_sql,
    dyad_filter_sql,
)

#: Default EWMA smoothing weight of the newest period.
DEFAULT_ALPHA = 0.3

#: Quad classes by column name, in PLOVER/CAMEO order.
QUAD_COLUMNS: tuple[tuple[int, str], ...] = (
    (1, "verbal_coop"),
    (2, "material_coop"),
    (3, "verbal_conflict"),
    (4, "material_conflict"),
)

#: Readings kept apart from the counts (everything but asserted).
UNASSERTED: tuple[str, ...] = tuple(m for m in MODALITIES if m != "asserted")

#: Column order of a series table.
SERIES_COLUMNS: tuple[str, ...] = (
    "period", "direction", "events",
    *(name for _, name in QUAD_COLUMNS),
    *(t.lower() for t in EVENT_TYPES),
    "goldstein_mean", "goldstein_sum", "sources", "articles",
    "score", "index",
    *UNASSERTED,
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class SeriesQuery:
    dyad: Dyad
    by: str = "week"
    since: date | None = None
    until: date | None = None
    modalities: tuple[str, ...] = ("asserted",)
    alpha: float = DEFAULT_ALPHA

    def check(self) -> None:
        check_period(self.by)
        check_range(self.since, self.until)
        unknown = [m for m in self.modalities if m not in MODALITIES]
        if unknown or not self.modalities:
            raise AnalyticsError(
                f"modalities {list(self.modalities)} must be a non-empty subset of "
                f"{', '.join(MODALITIES)}"
            )
        if not 0.0 < self.alpha <= 1.0:
            raise AnalyticsError(f"EWMA alpha {self.alpha} must be in (0, 1]")

    @property
    def max_lag(self) -> int:
        """Lags beyond this carry EWMA weight below 1e-9."""
        if self.alpha >= 1.0:
            return 0
        return math.ceil(math.log(1e-9) / math.log(1.0 - self.alpha))


def cluster_weight_sql(goldstein: str, n_sources: str) -> str:
    """SQL for a cluster's signed weight: sign by quad class, |G| (1 + ln n)."""
    return f"abs({goldstein}) * (1 + ln({n_sources}))"


def quad_sign_sql(quad: str) -> str:
    return f"CASE WHEN {quad} IN (1, 2) THEN 1 WHEN {quad} IN (3, 4) THEN -1 ELSE 0 END"


def _tally_columns() -> str:
    counted = "counted"  # computed once per row in ``ev``: ~30 FILTERs re-testing it cost 10x
    parts = [f"count(*) FILTER (WHERE {counted}) AS events"]
    parts += [
        f"count(*) FILTER (WHERE {counted} AND quad_class = {q}) AS {name}"
        for q, name in QUAD_COLUMNS
    ]
    parts += [
        f"count(*) FILTER (WHERE {counted} AND event_type = '{t}') AS {t.lower()}"
        for t in EVENT_TYPES
    ]
    parts += [
        f"avg(goldstein) FILTER (WHERE {counted}) AS goldstein_mean",
        f"coalesce(sum(goldstein) FILTER (WHERE {counted}), 0) AS goldstein_sum",
    ]
    parts += [f"count(*) FILTER (WHERE modality = '{m}') AS {m}" for m in UNASSERTED]
    return ",\n           ".join(parts)


def _zero_filled_columns() -> str:
    """Select list of the final query: counts default to 0, the mean stays NULL."""
    cols = []
    for name in SERIES_COLUMNS:
        if name in ("period", "direction", "index"):
            continue
        if name == "goldstein_mean":
            cols.append("t.goldstein_mean")
        elif name == "score":
            cols.append("round(coalesce(s.score, 0), 6) AS score")
        elif name in ("sources", "articles"):
            cols.append(f"coalesce(r.{name}, 0)::BIGINT AS {name}")
        elif name == "goldstein_sum":
            cols.append("round(coalesce(t.goldstein_sum, 0), 6) AS goldstein_sum")
        else:
            cols.append(f"coalesce(t.{name}, 0)::BIGINT AS {name}")
    return ", ".join(cols)


def dyad_rows_sql(query: SeriesQuery) -> str:
    """SELECT of the dyad's rows, labelled by direction and period (parameters ``$a $b ...``)."""
    by = check_period(query.by)
    return f"""
    SELECT {direction_sql()} AS direction,
           CAST(date_trunc('{by}', day) AS DATE) AS period,
           day, event_type, cameo, quad_class, goldstein, modality,
           coalesce(source, article_id) AS outlet, article_id,
           list_contains($modalities, modality) AS counted
    FROM events
    WHERE day IS NOT NULL AND {dyad_filter_sql()}
      AND ($since IS NULL OR day >= $since) AND ($until IS NULL OR day <= $until)
"""


def series_sql(query: SeriesQuery, rows: str) -> str:
    """The aggregation behind :func:`dyad_series`, over the table ``rows`` of
    :func:`dyad_rows_sql` (parameters ``$a $b $since $until $alpha``)."""
    by = check_period(query.by)
    step = PERIOD_INTERVALS[by]
    return f"""
WITH ev AS (SELECT * FROM {rows}),
clusters AS (   -- one happening, however many outlets report it
    SELECT direction, period, day, cameo, min(quad_class) AS quad_class,
           avg(goldstein) AS goldstein, count(DISTINCT outlet) AS n_sources
    FROM ev WHERE counted
    GROUP BY direction, period, day, cameo
),
scores AS (
    SELECT coalesce(direction, 'both') AS direction, period,
           sum({quad_sign_sql('quad_class')} * {cluster_weight_sql('goldstein', 'n_sources')})
               AS score
    FROM clusters GROUP BY GROUPING SETS ((direction, period), (period))
),
tallies AS (
    SELECT coalesce(direction, 'both') AS direction, period,
           {_tally_columns()}
    FROM ev GROUP BY GROUPING SETS ((direction, period), (period))
),
reach AS (   -- distinct counts apart: as FILTERed aggregates they cost ten times more
    SELECT coalesce(direction, 'both') AS direction, period,
           count(DISTINCT outlet) AS sources, count(DISTINCT article_id) AS articles
    FROM ev WHERE counted
    GROUP BY GROUPING SETS ((direction, period), (period))
),
bounds AS (
    SELECT CAST(date_trunc('{by}', coalesce($since::DATE, min(day))) AS DATE) AS lo,
           CAST(date_trunc('{by}', coalesce($until::DATE, max(day), $since::DATE)) AS DATE) AS hi
    FROM ev
),
calendar AS (
    SELECT CAST(unnest(generate_series(lo, hi, INTERVAL '{step}')) AS DATE) AS period
    FROM bounds WHERE lo IS NOT NULL AND hi IS NOT NULL
),
grid AS (
    SELECT c.period, d.direction, d.rank,
           row_number() OVER (PARTITION BY d.direction ORDER BY c.period) - 1 AS t
    FROM calendar c CROSS JOIN (VALUES ('A>B', 0), ('B>A', 1), ('both', 2)) d(direction, rank)
),
raw AS (
    SELECT g.direction, g.t, coalesce(s.score, 0) AS score
    FROM grid g LEFT JOIN scores s USING (direction, period)
),
smoothed AS (   -- EWMA as a finite weighted sum over past periods
    SELECT cur.direction, cur.t,
           sum($alpha * power(1 - $alpha, cur.t - past.t) * past.score) AS ewma
    FROM raw cur JOIN raw past
      ON past.direction = cur.direction AND past.t BETWEEN cur.t - {query.max_lag} AND cur.t
    GROUP BY cur.direction, cur.t
)
SELECT g.period,
       CASE g.direction WHEN 'A>B' THEN $a || '>' || $b
                        WHEN 'B>A' THEN $b || '>' || $a ELSE 'both' END AS direction,
       {_zero_filled_columns()},
       round(m.ewma, 6) AS "index"
FROM grid g
LEFT JOIN tallies t USING (direction, period)
LEFT JOIN scores s USING (direction, period)
LEFT JOIN reach r USING (direction, period)
JOIN smoothed m ON m.direction = g.direction AND m.t = g.t
ORDER BY g.period, g.rank
"""


def series_params(query: SeriesQuery, sql: str) -> dict[str, object]:
    """The parameters ``sql`` uses (DuckDB refuses unused ones)."""
    every = {
        "a": query.dyad.a,
        "b": query.dyad.b,
        "since": query.since,
        "until": query.until,
        "modalities": list(query.modalities),
        "alpha": query.alpha,
    }
    return {name: value for name, value in every.items() if f"${name}" in sql}


def dyad_series(con: duckdb.DuckDBPyConnection, query: SeriesQuery) -> pa.Table:
    """The series table (columns :data:`SERIES_COLUMNS`) for one dyad."""
    query.check()
    # The dyad's rows are copied once into a temporary table: read by five parts of
    # the aggregation, a shared CTE over the big table runs twice as slow (10M rows).
    # A cursor of its own: its temporary table is private, and ``sql`` refuses a
    # connection that holds an unfetched result.
    cursor = con.cursor()
    rows = f"dyad_rows_{uuid.uuid4().hex}"
    try:
        select = dyad_rows_sql(query)
        cursor.execute(f"CREATE TEMP TABLE {rows} AS {select}", series_params(query, select))
        aggregate = series_sql(query, rows)
        table = cursor.sql(aggregate, params=series_params(query, aggregate)).to_arrow_table()
    except duckdb.Error as exc:
        raise AnalyticsError(f"series query for {query.dyad.label} failed: {exc}") from exc
    finally:
        cursor.close()  # drops the temporary table with the cursor's connection
    return table.select(list(SERIES_COLUMNS))


def direction_rows(table: pa.Table, direction: str) -> list[dict[str, Any]]:
    """Rows of one direction (``AZE>USA``, ``USA>AZE`` or ``both``), in period order."""
    return [r for r in table.to_pylist() if r["direction"] == direction]
