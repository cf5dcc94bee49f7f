"""PLOVER gold records: reading, 2016 -> 2021 mapping, best-event scoring."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from eval_fakes import build_event

from detente.errors import EvalError
from detente.eval.coding import CodedSet
from detente.eval.plover import (
    best_event,
    format_report,
    map_event,
    map_mode,
    read_plover,
    score,
)

HEADER = {"id": "DOC-0001", "event": "DOCUMENT", "eventText": "documentation"}


def gold_record(record_id: str, event: str, text: str, **fields: Any) -> dict[str, Any]:
    return {"id": record_id, "event": event, "text": text, **fields}


RECORDS = [
    HEADER,
    gold_record(
        "G-1", "DEMAND", "Serbia demanded that Albania close the border.",
        source=[{"actorText": "Serbia", "code": "SRB", "sector": "GOV"}],
        target=[{"actorText": "Albania", "code": "ALB"}],
    ),
    gold_record(
        "G-2", "FIGHT", "Rebels shelled the town.", mode="heavy-weapons",
        source=[{"actorText": "Rebels", "code": "SDN", "sector": "REB"}], target="",
    ),
    gold_record(
        "G-3", "PROTEST", "Workers went on hunger strike.", mode="strike-hun",
        source=[{"actorText": "Workers", "code": "NGA", "sector": "LAB"}], target=None,
    ),
    gold_record(
        "G-4", "INVESTIGATE", "Iraq opened an inquiry.",
        source=[{"actorText": "Iraq", "code": "IRQ", "sector": "GOV"}],
        target="diplomatic",
    ),
]


def write(tmp_path: Path, records: list[Any]) -> Path:
    path = tmp_path / "gsr.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    return path


def test_category_and_mode_mapping() -> None:
    assert map_event("DEMAND") == ("REQUEST", None)
    assert map_event("DISAPPROVE") == ("ACCUSE", "disapprove")
    assert map_event("INVESTIGATE") == ("ACCUSE", "investigate")
    assert map_event("FIGHT") == ("ASSAULT", None)
    assert map_event("AGREE") == ("AGREE", None)
    assert map_mode("strike-hun") == "hunger"
    assert map_mode("heavy-weapons") == "heavy-weapons"


def test_reads_records(tmp_path: Path) -> None:
    gold = read_plover(write(tmp_path, RECORDS))
    assert [r.id for r in gold.records] == ["G-1", "G-2", "G-3", "G-4"]
    first, second, third, fourth = gold.records
    assert (first.event, first.gold_event) == ("REQUEST", "DEMAND")
    assert first.sources == (("SRB", "GOV"),)
    assert first.targets == (("ALB", ""),)
    assert (second.event, second.mode, second.targets) == ("ASSAULT", "heavy-weapons", ())
    assert third.mode == "hunger"
    assert (fourth.event, fourth.mode) == ("ACCUSE", "investigate")
    assert gold.problems == [
        f"{tmp_path / 'gsr.json'}: record 4 (G-4): target: 'diplomatic' is not a list of "
        "actors; read as none"
    ]


@pytest.mark.parametrize(
    ("records", "message"),
    [
        ({"id": "x"}, "expected a JSON array"),
        ([HEADER], "no coded records"),
        ([HEADER, {"id": "N-1", "event": "AGREE"}], r"record 1 \(N-1\): no text"),
        ([HEADER, gold_record("N-2", "DANCE", "t")], "unknown event type 'DANCE'"),
        ([HEADER, gold_record("N-3", "AGREE", "t", source=[{"actorText": "x"}])],
         "has no code"),
    ],
)
def test_bad_gold_raises(tmp_path: Path, records: Any, message: str) -> None:
    with pytest.raises(EvalError, match=message):
        read_plover(write(tmp_path, records))


def test_not_json_raises(tmp_path: Path) -> None:
    path = tmp_path / "gsr.json"
    path.write_text("[{", encoding="utf-8")
    with pytest.raises(EvalError, match=r"gsr\.json: not a JSON file"):
        read_plover(path)


def test_best_event_prefers_gold_type() -> None:
    accuse = build_event("ACCUSE", "112", confidence=0.4)
    assault = build_event("ASSAULT", "190", confidence=0.9)
    assert best_event([assault, accuse], "ACCUSE") is accuse
    assert best_event([accuse, assault], "REJECT") is assault
    assert best_event([], "REJECT") is None


def test_score(tmp_path: Path) -> None:
    gold = read_plover(write(tmp_path, RECORDS))
    coded = CodedSet(events={
        # right type, actor and recipient (sector of ALB: none expected, none coded)
        "plover:G-1": [build_event("REQUEST", "100", "SRBGOV", "ALB"),
                       build_event("CONSULT", "040", "SRB", "ALB", confidence=0.9)],
        # right type, wrong mode, a recipient where the gold has none
        "plover:G-2": [build_event("ASSAULT", "190", "SDNREB", "SDNCVL", mode="firearms")],
        # nothing coded for G-3: a miss on every measure
        # wrong type, right actor country but wrong sector, no recipient (as gold)
        "plover:G-4": [build_event("REJECT", "120", "IRQMIL", None)],
    })
    report = score(gold, coded)
    m = report.measures()
    assert m["sentences"] == 4
    assert m["events_per_sentence"] == pytest.approx(4 / 4)
    assert m["coverage"] == pytest.approx(3 / 4)
    assert m["event_accuracy"] == pytest.approx(2 / 4)
    # per-type F1: REQUEST 1, ASSAULT 1, PROTEST 0, ACCUSE 0
    assert m["event_macro_f1"] == pytest.approx(0.5)
    assert m["mode_sentences"] == 3  # G-2, G-3 and G-4 (implied by INVESTIGATE)
    assert m["mode_accuracy"] == 0.0
    assert m["actor_country"] == pytest.approx(3 / 4)
    assert m["actor_sector"] == pytest.approx(2 / 4)
    assert m["actor_country_sector"] == pytest.approx(2 / 4)
    assert m["recipient_country"] == pytest.approx(2 / 4)  # G-1 and G-4
    assert report.to_dict()["confusion"] == {
        "ACCUSE": {"REJECT": 1},
        "ASSAULT": {"ASSAULT": 1},
        "PROTEST": {"none": 1},
        "REQUEST": {"REQUEST": 1},
    }
    text = format_report(report, per_record=True)
    assert "event type accuracy 0.500  macro-F1 0.500" in text
    assert "G-3 gold PROTEST coded none" in text
    assert "G-2 actor SDNREB (gold SDNREB) recipient SDNCVL (gold -)" in text


def test_gold_country_codes_accept_their_coded_equivalents(tmp_path: Path) -> None:
    records = [HEADER, gold_record(
        "I-1", "AID", "The United Nations sent food to Japan.",
        source=[{"actorText": "United Nations", "code": "IGO"}],
        target=[{"actorText": "Japan", "code": "JAP"}],
    )]
    gold = read_plover(write(tmp_path, records))
    right = score(gold, CodedSet(events={"plover:I-1": [build_event("AID", "070", "UNO", "JPN")]}))
    assert right.measures()["actor_country_sector"] == 1.0
    assert right.measures()["recipient_country"] == 1.0
    wrong = score(gold, CodedSet(events={"plover:I-1": [build_event("AID", "070", "USA", "CHN")]}))
    assert wrong.measures()["actor_country"] == 0.0
    assert wrong.measures()["recipient_country"] == 0.0


def test_mirror_pair_reads_as_a_joint_act_when_gold_has_two_sources_and_no_target(
    tmp_path: Path,
) -> None:
    records = [HEADER, gold_record(
        "J-1", "AGREE", "Chile and Peru agreed to hold talks.",
        source=[{"actorText": "Chile", "code": "CHL"}, {"actorText": "Peru", "code": "PER"}],
        target=[],
    )]
    gold = read_plover(write(tmp_path, records))
    mirrored = [build_event("AGREE", "030", "CHL", "PER", confidence=0.9),
                build_event("AGREE", "030", "PER", "CHL")]
    joint = score(gold, CodedSet(events={"plover:J-1": mirrored}))
    assert joint.sentences[0].joint
    assert joint.measures()["recipient_country"] == 1.0
    # one direction only is a dyad, not the joint act the gold records
    one_way = score(gold, CodedSet(events={"plover:J-1": mirrored[:1]}))
    assert not one_way.sentences[0].joint
    assert one_way.measures()["recipient_country"] == 0.0
    # a mirror of another code is not the same act
    other = [mirrored[0], build_event("CONSULT", "040", "PER", "CHL")]
    assert score(gold, CodedSet(events={"plover:J-1": other})).measures()[
        "recipient_country"] == 0.0
    # a recipient outside the gold sources stays wrong
    outsider = [build_event("AGREE", "030", "CHL", "BOL", confidence=0.9),
                build_event("AGREE", "030", "BOL", "CHL")]
    assert score(gold, CodedSet(events={"plover:J-1": outsider})).measures()[
        "recipient_country"] == 0.0
