"""The readers on the real gold files (no model): counts from the files' provenance notes."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import shared_file
from detente.eval.cameo import read_cameo
from detente.eval.petrarch import read_petrarch
from detente.eval.petrarch_dicts import convert_dictionaries, find_dictionaries
from detente.eval.plover import read_plover


def test_petrarch_unit_test_records() -> None:
    gold = read_petrarch(shared_file("data", "petrarch2-unittest", "PETR.UnitTest.records.xml"))
    # the two bad_input_parse records are read, and flagged as not codable
    assert [(r.id, r.status) for r in gold.records if r.parse_problem] == [
        ("ERROR-02", "error"), ("ERROR-03", "error")]
    assert len(gold.problems) == 2 and all("not coded" in p for p in gold.problems)
    assert len(gold.records) == 221
    statuses = [r.status for r in gold.records]
    assert statuses.count("error") + statuses.count("noevents") + statuses.count("events") == 221
    demo = gold.records[0]
    assert (demo.id, demo.expected) == ("DEMO-01", (("ARN", "GON", "064"),))
    assert demo.text.startswith("Arnor is about to restore full diplomatic ties with Gondor")


def test_petrarch_dictionaries_convert(tmp_path: Path) -> None:
    folder = shared_file("data", "petrarch2-unittest")
    actors, agents = find_dictionaries(folder, {"Actorfile": "PETR.Validate.actors.txt",
                                                "Agentfile": "PETR.Validate.agents.txt"})
    conversion = convert_dictionaries(actors, agents, tmp_path / "ext.csv")
    by_name = {(r.canonical, r.start): r for r in conversion.rows}
    assert by_name[("Gondor", "")].name == "Gondor|Minas Tirith|Anorien"
    assert by_name[("Zimbabwe", "")].end == "1979-06-05"
    assert by_name[("Zimbabwe", "1979-06-06")].country == "ZBW"
    kb = pytest.importorskip("detente.actors.kb", reason="actors stage not importable")
    assert len(kb.read_user_file(tmp_path / "ext.csv")) == len(conversion.rows)


def test_plover_gold_records() -> None:
    gold = read_plover(shared_file("data", "plover", "PLOVER_GSR_CAMEO.txt"))
    assert len(gold.records) == 322
    assert len({r.id for r in gold.records}) == 322
    events = {r.gold_event for r in gold.records} - {r.event for r in gold.records}
    assert events == {"DEMAND", "DISAPPROVE", "INVESTIGATE", "FIGHT"}


def test_cameo_codebook_examples() -> None:
    gold = read_cameo(shared_file("data", "cameo-goldstein", "cameo-codes.csv"))
    assert len(gold.examples) + gold.skipped == 312
    assert len(gold.examples) == 277
    texts = " ".join(e.text for e in gold.examples)
    assert "‚Äô" not in texts
    assert "Ankara’s" in texts
