"""Regression-floor arithmetic (the floor only goes up)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from detente.errors import EvalError
from detente.eval.floor import available, drops, raised, read_floor, write_floor


def test_drops_respect_the_margin() -> None:
    floor = {"a": 0.50, "b": 0.80}
    assert drops(floor, {"a": 0.481, "b": 0.90}, 0.02) == []
    assert drops(floor, {"a": 0.47, "c": 0.0}, 0.02) == ["a: 0.4700 < floor 0.5000 - 0.02"]


def test_raised_never_lowers() -> None:
    assert raised({"a": 0.5, "b": 0.8}, {"a": 0.61239, "b": 0.7}) == {"a": 0.6123, "b": 0.8}
    assert raised({}, {"c": 0.25}) == {"c": 0.25}


def test_floor_file_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "floor.json"
    write_floor(path, {"plover.event_accuracy": 0.4}, 0.02)
    floor = read_floor(path)
    assert floor["scores"] == {"plover.event_accuracy": 0.4}
    assert floor["margin"] == 0.02
    path.write_text(json.dumps({"scores": {"a": "high"}}), encoding="utf-8")
    with pytest.raises(EvalError, match=r"floor\.json: expected"):
        read_floor(path)


def test_available_lists_present_gold_sets(tmp_path: Path) -> None:
    assert available(tmp_path) == []
    (tmp_path / "plover").mkdir()
    (tmp_path / "plover" / "PLOVER_GSR_CAMEO.txt").write_text("[]", encoding="utf-8")
    assert available(tmp_path) == ["plover"]


def test_main_without_gold_sets_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from detente.eval.floor import main

    assert main(["--shared", str(tmp_path), "--floor", str(tmp_path / "floor.json")]) == 2
    assert f"no gold sets under {tmp_path}" in capsys.readouterr().err
