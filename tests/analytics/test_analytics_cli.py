"""The analytics commands, run through ``detente.cli.main`` on a store file."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest
from analytics_helpers import event, store_with

from detente.cli.main import main


@pytest.fixture(scope="module")
def db(tmp_path_factory):  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("cli") / "events.duckdb"
    store_with([
        event("c1", "AZE", "USA", "REJECT", "125", 3, -5.0, date(2024, 12, 5),
              sentence="Baku declined the meeting."),
        event("c2", "USA", "AZE", "SANCTION", "163", 4, -8.0, date(2024, 11, 20)),
        event("c3", "AZE", "USA", "CONSULT", "040", 1, 1.0, date(2024, 10, 1)),
        event("c4", "USA", "AZE", "CONSULT", "036", 1, 4.0, date(2024, 12, 6),
              modality="future"),
    ], path).close()
    return str(path)


def test_dyad_csv_json_table_and_plot(db, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["dyad", "AZE", "USA", "--db", db, "--by", "month", "--format", "csv",
                 "--plot", str(tmp_path / "d.png")]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(r["period"], r["direction"], r["events"]) for r in rows if r["direction"] == "both"
            ] == [("2024-10-01", "both", "1"), ("2024-11-01", "both", "1"),
                  ("2024-12-01", "both", "1")]
    assert [r["future"] for r in rows if r["direction"] == "USA>AZE"] == ["0", "0", "1"]
    assert (tmp_path / "d.png").read_bytes().startswith(b"\x89PNG")
    assert main(["dyad", "AZE", "USA", "--db", db, "--by", "month", "--format", "json",
                 "--since", "2024-12-01"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(r["direction"], r["events"], r["reject"]) for r in data] == [
        ("AZE>USA", 1, 1), ("USA>AZE", 0, 0), ("both", 1, 1)]
    assert main(["dyad", "AZE", "USA", "--db", db, "--by", "month"]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].split() == ["period", "direction", "events", "v.coop", "m.coop", "v.confl",
                                "m.confl", "G", "mean", "score", "index", "not", "asserted"]
    assert table[-1].split()[:3] == ["2024-12-01", "both", "1"]
    assert table[-1].split()[-1] == "1"  # the future reading, not counted


def test_alerts_json(db, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["alerts", "--db", db, "--format", "json"]) == 0
    alerts = json.loads(capsys.readouterr().out)
    assert [(a["kind"], a["event_type"], a["period"]) for a in alerts] == [
        ("new_type", "SANCTION", "2024-11-20")]
    assert alerts[0]["events"][0]["event_id"] == "c2"


def test_brief_network_export(db, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["brief", "AZE", "USA", "--db", db, "--out", str(tmp_path / "b.html")]) == 0
    assert "Baku declined the meeting." in (tmp_path / "b.html").read_text()
    assert main(["network", "--db", db, "--since", "2024-01-01", "--out",
                 str(tmp_path / "n.html"), "--graphml", str(tmp_path / "n.graphml"),
                 "--json", str(tmp_path / "n.json")]) == 0
    net = json.loads((tmp_path / "n.json").read_text())
    assert [(e["source"], e["target"], e["events"]) for e in net["edges"]] == [
        ("AZE", "USA", 2), ("USA", "AZE", 1)]
    assert (tmp_path / "n.graphml").read_text().startswith("<?xml")
    assert main(["export", "--db", db, "--format", "gdelt", "--out",
                 str(tmp_path / "e.tsv"), "--modality", "asserted"]) == 0
    assert len((tmp_path / "e.tsv").read_text().splitlines()) == 3
    assert "wrote 3 events" in capsys.readouterr().err


def test_errors_are_one_line_messages(db, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["dyad", "AZE", "AZE", "--db", db]) == 1
    assert "[E701] dyad AZE-AZE names the same side twice" in capsys.readouterr().err
    assert main(["brief", "AZE", "USA", "--db", db, "--out", str(tmp_path / "b.docx")]) == 1
    assert "brief format is chosen by the extension" in capsys.readouterr().err
    assert main(["dyad", "AZE", "USA", "--db", str(tmp_path / "missing.duckdb")]) == 1
    assert "[E401]" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["dyad", "AZE", "USA", "--db", db, "--since", "last week"])
    assert "is not a date" in capsys.readouterr().err
