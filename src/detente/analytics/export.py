"""Exports of the ``events`` table: Parquet, CSV, and GDELT-style tab-separated rows.

All three are one DuckDB ``COPY (SELECT ...) TO`` each. The GDELT layout is the
61 columns of the GDELT 2.0 event table, in order, tab-separated and without a
header line (as GDELT's own files; ``header=True`` adds one), so scripts written
for GDELT read it unchanged. Where detente has no equivalent the field is empty.

Mapping notes (GDELT field <- detente):

- ``GLOBALEVENTID``: the first 15 hex digits of md5(event_id) as an integer
  (stable across exports; GDELT ids are integers).
- ``SQLDATE`` / ``MonthYear`` / ``Year`` / ``FractionDate``: from ``day`` (event
  date, else publication date).
- ``Actor1Code``: actor code (``AZEGOV``); ``Actor1CountryCode``: ISO alpha-3
  country; PLOVER non-state codes (IGO, UNO, EUR, NGO, ISM, IMG, MNC) go to
  ``Actor1KnownGroupCode`` instead; ``Actor1Type1Code``: PLOVER sector.
- ``IsRootEvent``: 1 when an evidence span starts in the first 400 characters
  of the article (its lead: one or two sentences of wire copy), else 0. GDELT's
  own test is "in the lead paragraph"; the store keeps offsets, not paragraphs.
- ``EventCode`` / ``EventBaseCode`` / ``EventRootCode``: the CAMEO code and its
  3- and 2-digit prefixes.
- ``NumMentions``: the event's mentions; ``NumSources`` / ``NumArticles``:
  distinct outlets / articles reporting the same happening (same actor,
  recipient, day and CAMEO code), as in the relations index.
- ``ActionGeo_*``: the event location; ``ActionGeo_CountryCode`` holds the
  ISO alpha-3 code (GDELT uses FIPS 10-4 there); type 4 (city or landmark)
  when coordinates are known, 1 (country) when only a country, else 0.
- ``AvgTone``, actor geographies, ADM codes, feature ids: empty.
- ``DATEADDED``: ingestion time (YYYYMMDDHHMMSS); ``SOURCEURL``: article URL,
  else the outlet.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb

from ..errors import AnalyticsError
from ..records import MODALITIES

EXPORT_FORMATS: tuple[str, ...] = ("parquet", "csv", "gdelt")
NON_STATE: tuple[str, ...] = ("IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC")

_ACTOR_FIELDS = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
                 "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code")
_GEO_FIELDS = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
               "FeatureID")

#: The GDELT 2.0 event table columns, in file order.
GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{f}" for f in _ACTOR_FIELDS),
    *(f"Actor2{f}" for f in _ACTOR_FIELDS),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{f}" for f in _GEO_FIELDS),
    *(f"Actor2Geo_{f}" for f in _GEO_FIELDS),
    *(f"ActionGeo_{f}" for f in _GEO_FIELDS),
    "DATEADDED", "SOURCEURL",
)  # fmt: skip

LEAD_CHARS = 400


def _one_field(expr: str) -> str:
    """Text with tabs and line breaks turned to spaces: GDELT files are unquoted TSV."""
    return f"regexp_replace({expr}, '[\\t\\r\\n]+', ' ', 'g')"


def _actor_sql(role: str, n: int) -> dict[str, str]:
    non_state = ", ".join(f"'{c}'" for c in NON_STATE)
    return {
        f"Actor{n}Code": f"{role}_code",
        f"Actor{n}Name": _one_field(f"upper(coalesce({role}_name, {role}_text))"),
        f"Actor{n}CountryCode":
            f"CASE WHEN {role}_country IN ({non_state}) THEN NULL ELSE {role}_country END",
        f"Actor{n}KnownGroupCode":
            f"CASE WHEN {role}_country IN ({non_state}) THEN {role}_country END",
        f"Actor{n}Type1Code": f"{role}_sector",
    }


def gdelt_select_sql() -> str:
    """SELECT list producing :data:`GDELT_COLUMNS` from ``ev`` (events joined to articles)."""
    exprs: dict[str, str] = {
        "GLOBALEVENTID": "('0x' || substr(md5(e.event_id), 1, 15))::BIGINT",
        "SQLDATE": "strftime(e.day, '%Y%m%d')",
        "MonthYear": "strftime(e.day, '%Y%m')",
        "Year": "year(e.day)",
        "FractionDate": "round(year(e.day) + dayofyear(e.day) / 365.0, 4)",
        **_actor_sql("e.actor", 1),
        **_actor_sql("e.recipient", 2),
        "IsRootEvent": (
            "CASE WHEN list_min(CAST(json_extract(e.evidence, '$[*].start') AS BIGINT[])) "
            f"< {LEAD_CHARS} THEN 1 ELSE 0 END"
        ),
        "EventCode": "e.cameo",
        "EventBaseCode": "left(e.cameo, 3)",
        "EventRootCode": "left(e.cameo, 2)",
        "QuadClass": "e.quad_class",
        "GoldsteinScale": "e.goldstein",
        "NumMentions": "e.mentions",
        "NumSources": "count(DISTINCT coalesce(e.source, e.article_id)) OVER happening",
        "NumArticles": "count(DISTINCT e.article_id) OVER happening",
        "ActionGeo_Type": (
            "CASE WHEN e.lat IS NOT NULL THEN 4 WHEN e.location_country IS NOT NULL THEN 1 "
            "ELSE 0 END"
        ),
        "ActionGeo_FullName": _one_field("e.location_name"),
        "ActionGeo_CountryCode": "e.location_country",
        "ActionGeo_Lat": "e.lat",
        "ActionGeo_Long": "e.lon",
        "DATEADDED": "strftime(a.ingested_at, '%Y%m%d%H%M%S')",
        "SOURCEURL": _one_field("coalesce(a.url, e.source)"),
    }
    return ",\n    ".join(f"{exprs.get(c, 'NULL')} AS {c}" for c in GDELT_COLUMNS)


def _where_sql(since: date | None, until: date | None, modalities: tuple[str, ...]) -> str:
    # Literals, not parameters: COPY does not take prepared parameters. Dates are
    # date objects and modalities are checked against the closed list, so this is safe.
    unknown = [m for m in modalities if m not in MODALITIES]
    if unknown:
        raise AnalyticsError(f"unknown modalities {unknown}; known: {', '.join(MODALITIES)}")
    parts = ["TRUE"]
    if since:
        parts.append(f"e.day >= DATE '{since.isoformat()}'")
    if until:
        parts.append(f"e.day <= DATE '{until.isoformat()}'")
    if modalities:
        parts.append("e.modality IN (" + ", ".join(f"'{m}'" for m in modalities) + ")")
    return " AND ".join(parts)


def export_sql(
    fmt: str,
    out: Path,
    *,
    since: date | None = None,
    until: date | None = None,
    modalities: tuple[str, ...] = (),
    header: bool = False,
) -> str:
    if fmt not in EXPORT_FORMATS:
        raise AnalyticsError(f"export format {fmt!r} is not one of {', '.join(EXPORT_FORMATS)}")
    where = _where_sql(since, until, modalities)
    target = str(out).replace("'", "''")
    if fmt == "gdelt":
        query = (
            f"SELECT {gdelt_select_sql()}\nFROM events e LEFT JOIN articles a USING (article_id)\n"
            f"WHERE {where} AND e.day IS NOT NULL\n"
            "WINDOW happening AS (PARTITION BY e.actor_code, e.recipient_code, e.day, e.cameo)\n"
            "ORDER BY e.day, e.event_id"
        )
        options = f"FORMAT csv, DELIMITER '\\t', HEADER {str(header).lower()}, QUOTE ''"
    else:
        query = f"SELECT * FROM events e WHERE {where} ORDER BY e.day, e.event_id"
        options = "FORMAT parquet" if fmt == "parquet" else "FORMAT csv, HEADER true"
    return f"COPY ({query}) TO '{target}' ({options})"


def export_events(
    con: duckdb.DuckDBPyConnection,
    fmt: str,
    out: str | Path,
    *,
    since: date | None = None,
    until: date | None = None,
    modalities: tuple[str, ...] = (),
    header: bool = False,
) -> int:
    """Write the events (optionally filtered) to ``out``; returns the rows written."""
    out = Path(out)
    sql = export_sql(fmt, out, since=since, until=until, modalities=modalities, header=header)
    out.parent.mkdir(parents=True, exist_ok=True)
    try:
        rows = con.execute(sql).fetchall()
    except duckdb.Error as exc:
        raise AnalyticsError(f"export to {out} failed: {exc}") from exc
    return int(rows[0][0]) if rows else 0
