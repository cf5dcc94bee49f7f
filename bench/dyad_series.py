"""Benchmark: the dyad-by-month series on 10 million events vs a plain GROUP BY.

Generates the events in DuckDB SQL (no Python loop) into an EventStore file:
60 countries with skewed activity (AZE-USA is given about 1% of all events),
the 16 PLOVER types with their usual CAMEO root, quad class and Goldstein score,
ten years of days, 40 outlets, 7% unasserted readings. Then times, warm,
best of ``--repeat`` runs:

- ``series``: :func:`detente.analytics.dyad_series` for AZE-USA by month
  (both directions and combined, calendar, clusters, EWMA);
- ``group_by``: ``SELECT month, count(*), avg(goldstein) ... WHERE <dyad>
  GROUP BY month``, the plain aggregate over the same rows;
- ``group_by_all``: the same GROUP BY over every event (all dyads), for scale.

    python bench/dyad_series.py --db bench/out/dyad10m.duckdb --events 10000000
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from detente.analytics import Dyad, SeriesQuery, dyad_series
from detente.store import EVENT_COLUMNS, EventStore

COUNTRIES: tuple[str, ...] = (
    "USA", "RUS", "CHN", "GBR", "FRA", "DEU", "UKR", "ISR", "IRN", "TUR", "IND", "PAK",
    "JPN", "KOR", "PRK", "SAU", "ARE", "QAT", "EGY", "SYR", "IRQ", "AFG", "AZE", "ARM",
    "GEO", "KAZ", "UZB", "POL", "ITA", "ESP", "BRA", "MEX", "ARG", "VEN", "COL", "NGA",
    "ZAF", "ETH", "KEN", "SDN", "LBY", "YEM", "LBN", "JOR", "AUS", "CAN", "IDN", "MYS",
    "PHL", "VNM", "THA", "MMR", "BGD", "LKA", "NPL", "SRB", "HUN", "GRC", "CYP", "BLR",
)  # fmt: skip

# PLOVER type, CAMEO code, quad class, Goldstein (typical values of the CAMEO root).
TYPES = (
    ("CONSULT", "040", 1, 1.0), ("SUPPORT", "051", 1, 3.4), ("AGREE", "057", 1, 8.0),
    ("REQUEST", "020", 1, 3.0), ("COOPERATE", "061", 2, 6.4), ("AID", "070", 2, 7.0),
    ("CONCEDE", "080", 2, 5.0), ("RETREAT", "087", 2, 9.0), ("ACCUSE", "112", 3, -2.0),
    ("REJECT", "120", 3, -4.0), ("THREATEN", "130", 3, -4.4), ("PROTEST", "140", 4, -6.5),
    ("SANCTION", "163", 4, -8.0), ("MOBILIZE", "150", 4, -7.2), ("COERCE", "170", 4, -7.0),
    ("ASSAULT", "190", 4, -10.0),
)  # fmt: skip

# Uniform [0, 1) from a hash of the row number and a salt: reproducible, no RNG state.
_U = "((hash(i, {salt}) % 1000003) / 1000003.0)"


def generate_sql(n_events: int) -> str:
    """INSERT ... SELECT producing ``n_events`` rows in the ``events`` column order."""
    countries = ", ".join(f"'{c}'" for c in COUNTRIES)
    types = ", ".join(f"('{t}', '{c}', {q}, {g})" for t, c, q, g in TYPES)
    u = [_U.format(salt=k) for k in range(8)]
    n = len(COUNTRIES)
    # Skewed choice of countries: index floor(n * u^2) favours the first ones.
    exprs = {
        "event_id": "'b' || i",
        "article_id": "'ba' || (i // 3)",
        "event_type": "t.name",
        "mode": "NULL",
        "context": "NULL",
        "cameo": "t.cameo",
        "quad_class": "t.quad",
        "goldstein": "t.goldstein",
        "actor_country": "a",
        "actor_sector": "'GOV'",
        "actor_code": "a || 'GOV'",
        "recipient_country": "b",
        "recipient_sector": "'GOV'",
        "recipient_code": "b || 'GOV'",
        "date": "d",
        "date_precision": "'day'",
        "day": "d",
        "modality": (f"CASE WHEN {u[5]} < 0.93 THEN 'asserted' WHEN {u[5]} < 0.96 "
                     "THEN 'hypothetical' WHEN {u[5]} < 0.98 THEN 'negated' ELSE 'future' END"
                     ).replace("{u[5]}", u[5]),
        "mentions": "1",
        "confidence": "0.8",
        "source": "'outlet' || (hash(i, 6) % 40)::INTEGER",
        "published": "d",
        "evidence": "'[]'",
    }
    select = ", ".join(exprs.get(c, "NULL") for c in EVENT_COLUMNS)
    return f"""
INSERT INTO events
WITH countries AS (SELECT [{countries}] AS codes),
types AS (
    SELECT row_number() OVER () - 1 AS k, *
    FROM (VALUES {types}) v(name, cameo, quad, goldstein)
),
draws AS (
    SELECT i,
           floor({n} * {u[1]} * {u[1]})::INTEGER AS ia,
           floor({n} * {u[2]} * {u[2]})::INTEGER AS ib,
           {u[0]} < 0.01 AS aze_usa, {u[3]} < 0.5 AS forward,
           (hash(i, 3) % {len(TYPES)})::INTEGER AS k,
           DATE '2015-01-01' + (hash(i, 4) % 3652)::INTEGER AS d
    FROM range({int(n_events)}) r(i)
),
pairs AS (   -- every row a dyad of two different countries
    SELECT i, k, d,
           CASE WHEN aze_usa THEN (CASE WHEN forward THEN 'AZE' ELSE 'USA' END)
                ELSE codes[1 + ia] END AS a,
           CASE WHEN aze_usa THEN (CASE WHEN forward THEN 'USA' ELSE 'AZE' END)
                WHEN ib = ia THEN codes[1 + (ia + 1) % {n}] ELSE codes[1 + ib] END AS b
    FROM draws, countries
)
SELECT {select}
FROM pairs JOIN types t USING (k)
"""


def best_of(repeat: int, run: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="bench/out/dyad10m.duckdb")
    parser.add_argument("--events", type=int, default=10_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--reuse", action="store_true", help="keep an existing database")
    args = parser.parse_args(argv)
    path = Path(args.db)
    report: dict[str, object] = {"db": str(path)}
    if path.exists() and not args.reuse:
        path.unlink()
    with EventStore(path) as store:
        if store.counts()["events"] == 0:
            start = time.perf_counter()
            store.con.execute(generate_sql(args.events))
            store.con.execute("CHECKPOINT")
            report["generate_s"] = round(time.perf_counter() - start, 2)
        report["events"] = store.counts()["events"]
    with EventStore(path, read_only=True) as store:
        con = store.con
        query = SeriesQuery(Dyad("AZE", "USA"), by="month")
        dyad_filter = ("((actor_country = 'AZE' AND recipient_country = 'USA') OR "
                       "(actor_country = 'USA' AND recipient_country = 'AZE'))")
        table = dyad_series(con, query)  # warm-up and row count
        report["dyad_events"] = con.execute(
            f"SELECT count(*) FROM events WHERE {dyad_filter}").fetchall()[0][0]
        report["series_rows"] = table.num_rows
        report["series_s"] = round(best_of(args.repeat, lambda: dyad_series(con, query)), 3)
        plain = (f"SELECT date_trunc('month', day) AS m, count(*), avg(goldstein) FROM events "
                 f"WHERE {dyad_filter} GROUP BY m")
        report["group_by_s"] = round(best_of(args.repeat, lambda: con.execute(plain).fetchall()),
                                     3)
        everything = ("SELECT actor_country, recipient_country, date_trunc('month', day) AS m, "
                      "count(*), avg(goldstein) FROM events GROUP BY ALL")
        report["group_by_all_s"] = round(
            best_of(args.repeat, lambda: con.execute(everything).fetchall()), 3)
    series_s, group_by_s = float(report["series_s"]), float(report["group_by_s"])  # type: ignore[arg-type]
    report["series_over_group_by"] = round(series_s / max(group_by_s, 1e-9), 2)
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
