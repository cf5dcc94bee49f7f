"""Exports: Parquet and CSV round trips, the GDELT 2.0 column layout."""

from __future__ import annotations

import csv
from datetime import date

import duckdb
import pytest
from analytics_helpers import event, store_with

from detente.analytics import GDELT_COLUMNS, export_events
from detente.errors import AnalyticsError
from detente.records import Location


@pytest.fixture(scope="module")
def store():  # type: ignore[no-untyped-def]
    s = store_with([
        event("x1", "AZE", "USA", "REJECT", "125", 3, -5.0, date(2024, 12, 5), source="apa.az",
              location=Location("Valletta", "MLT", 35.9, 14.5)),
        event("x2", "AZE", "USA", "REJECT", "125", 3, -5.0, date(2024, 12, 5),
              source="reuters.com", start=900),
        event("x3", "USA", "AZE", "SANCTION", "163", 4, -8.0, date(2024, 11, 20)),
        event("x4", "USA", "AZE", "CONSULT", "036", 1, 4.0, date(2025, 1, 20),
              modality="hypothetical"),
    ])
    yield s
    s.close()


def test_parquet_and_csv_round_trip(store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert export_events(store.con, "parquet", tmp_path / "e.parquet") == 4
    back = duckdb.sql(f"SELECT event_id, modality FROM '{tmp_path / 'e.parquet'}'").fetchall()
    assert back == [("x3", "asserted"), ("x1", "asserted"), ("x2", "asserted"),
                    ("x4", "hypothetical")]
    n = export_events(store.con, "csv", tmp_path / "e.csv", until=date(2024, 12, 31),
                      modalities=("asserted",))
    rows = list(csv.DictReader((tmp_path / "e.csv").open()))
    assert n == 3 and [r["event_id"] for r in rows] == ["x3", "x1", "x2"]
    assert rows[0]["cameo"] == "163" and rows[0]["actor_code"] == "USAGOV"


def test_gdelt_layout(store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert len(GDELT_COLUMNS) == 61
    assert export_events(store.con, "gdelt", tmp_path / "e.tsv", modalities=("asserted",)) == 3
    lines = (tmp_path / "e.tsv").read_text().splitlines()
    rows = [dict(zip(GDELT_COLUMNS, line.split("\t"), strict=True)) for line in lines]
    sanction, rejects = rows[0], rows[1:]
    assert sanction["SQLDATE"] == "20241120" and sanction["MonthYear"] == "202411"
    assert sanction["Year"] == "2024" and sanction["FractionDate"] == str(
        round(2024 + 325 / 365, 4))
    assert (sanction["Actor1Code"], sanction["Actor1CountryCode"], sanction["Actor1Type1Code"],
            sanction["Actor2Code"], sanction["Actor2CountryCode"]) == (
        "USAGOV", "USA", "GOV", "AZEGOV", "AZE")
    assert (sanction["EventCode"], sanction["EventBaseCode"], sanction["EventRootCode"],
            sanction["QuadClass"], sanction["GoldsteinScale"]) == ("163", "163", "16", "4", "-8.0")
    assert (sanction["NumMentions"], sanction["NumSources"], sanction["NumArticles"]) == (
        "1", "1", "1")
    assert sanction["SOURCEURL"] == "https://wire.example/art-x3"
    assert sanction["ActionGeo_Type"] == "0" and sanction["ActionGeo_FullName"] == ""
    # The refusal reported twice: two rows, each knowing two sources and two articles.
    assert [(r["NumSources"], r["NumArticles"]) for r in rejects] == [("2", "2"), ("2", "2")]
    located = next(r for r in rejects if r["ActionGeo_FullName"])
    assert (located["ActionGeo_Type"], located["ActionGeo_FullName"],
            located["ActionGeo_CountryCode"], located["ActionGeo_Lat"],
            located["ActionGeo_Long"]) == ("4", "Valletta", "MLT", "35.9", "14.5")
    # Lead rule: evidence at offset 0 is a root event, at offset 900 it is not.
    assert sorted(r["IsRootEvent"] for r in rejects) == ["0", "1"]
    ids = [int(r["GLOBALEVENTID"]) for r in rows]
    assert len(set(ids)) == 3 and all(i > 0 for i in ids)
    assert len(rows[0]["DATEADDED"]) == 14


def test_gdelt_header_and_bad_format(store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    export_events(store.con, "gdelt", tmp_path / "h.tsv", header=True)
    assert (tmp_path / "h.tsv").read_text().splitlines()[0].split("\t") == list(GDELT_COLUMNS)
    with pytest.raises(AnalyticsError, match="xlsx"):
        export_events(store.con, "xlsx", tmp_path / "e.xlsx")
    with pytest.raises(AnalyticsError, match="unknown modalities"):
        export_events(store.con, "csv", tmp_path / "e.csv", modalities=("rumoured",))


def test_gdelt_fields_never_break_the_tab_layout(tmp_path) -> None:
    e = event("t1", "AZE", "USA", "REJECT", "125", 3, -5.0, date(2024, 12, 5),
              location=Location("Val\tletta\nMalta", "MLT", None, None))
    store = store_with([e])
    export_events(store.con, "gdelt", tmp_path / "t.tsv")
    (line,) = (tmp_path / "t.tsv").read_text().splitlines()
    row = dict(zip(GDELT_COLUMNS, line.split("\t"), strict=True))
    assert (row["ActionGeo_FullName"], row["ActionGeo_Type"]) == ("Val letta Malta", "1")
    store.close()
