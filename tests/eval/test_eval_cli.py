"""``detente eval``: argument handling, errors, JSON output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from detente.cli.main import main

GOLD = [
    {"id": "DOC", "event": "DOCUMENT"},
    {"id": "S-1", "event": "AGREE", "text": "Israel and Jordan signed a peace treaty on Monday.",
     "source": [{"actorText": "Israel", "code": "ISR", "sector": "GOV"}],
     "target": [{"actorText": "Jordan", "code": "JOR", "sector": "GOV"}]},
    {"id": "S-2", "event": "FIGHT", "text": "Sudanese rebels attacked a police station.",
     "source": [{"actorText": "rebels", "code": "SDN", "sector": "REB"}],
     "target": [{"actorText": "police", "code": "SDN", "sector": "COP"}]},
]


def test_bad_gold_file_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "gold.json"
    path.write_text('{"not": "a list"}', encoding="utf-8")
    assert main(["eval", "plover", str(path)]) == 1
    err = capsys.readouterr().err
    assert f"[E501] {path}: expected a JSON array of records" in err


def test_unknown_kind_is_rejected(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["eval", "acled", "x.csv"])
    assert "invalid choice: 'acled'" in capsys.readouterr().err


@pytest.mark.slow
def test_plover_eval_writes_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], pipeline: object
) -> None:
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps(GOLD), encoding="utf-8")
    out = tmp_path / "metrics.json"
    assert main(["eval", "plover", str(gold), "--per-record", "--json", str(out)]) == 0
    text = capsys.readouterr().out
    assert f"PLOVER gold {gold}: 2 sentences" in text
    metrics = json.loads(out.read_text(encoding="utf-8"))
    assert metrics["kind"] == "plover"
    assert metrics["sentences"] == 2
    assert [row["id"] for row in metrics["per_record"]] == ["S-1", "S-2"]
    assert [row["gold_event"] for row in metrics["per_record"]] == ["AGREE", "ASSAULT"]
    assert set(metrics["confusion"]) == {"AGREE", "ASSAULT"}


def test_triggers_option_reaches_the_settings(tmp_path: Path) -> None:
    from detente.cli.coding import settings_from
    from detente.cli.eval_cmd import _settings
    from detente.cli.main import build_parser

    parser = build_parser()
    args = parser.parse_args(["eval", "petrarch", "g.xml", "--triggers", "a.csv",
                              "--triggers", "b.csv"])
    assert _settings(args).trigger_files == ("a.csv", "b.csv")
    args = parser.parse_args(["code", "in.txt", "--triggers", "a.csv"])
    assert settings_from(args).trigger_files == ("a.csv",)


def test_a_bad_trigger_file_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    triggers = tmp_path / "mine.csv"
    triggers.write_text("lemma,pos,particle,object,cameo,frame\nwelcome,VERB,,,9999\n",
                        encoding="utf-8")
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps(GOLD), encoding="utf-8")
    assert main(["eval", "plover", str(gold), "--triggers", str(triggers)]) == 1
    assert f"{triggers}:2: CAMEO code '9999' is not in cameo.csv" in capsys.readouterr().err
