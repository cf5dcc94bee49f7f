"""CAMEO codebook examples: encoding repair, reading, best-event scoring."""

from __future__ import annotations

from pathlib import Path

import pytest
from eval_fakes import build_event

from detente.errors import EvalError
from detente.eval.cameo import best_event, format_report, read_cameo, repair_mojibake, score
from detente.eval.coding import CodedSet

HEADER = '"","eventtype_ID","name","code","goldstein","nsLeft","nsRight","description",' \
    '"usage_notes","example","root_code","order"\n'


def mojibake(text: str) -> bytes:
    """How the source file came to be: UTF-8 read as Mac Roman, saved as Windows-1252."""
    return text.encode("utf-8").decode("mac_roman").encode("cp1252")


def row(code: str, name: str, example: str) -> str:
    return f'"1",1,"{name}","{code}",0,1,2,"d","u","{example}","{code[:2]}",1\n'


def test_repair_mojibake() -> None:
    assert repair_mojibake(mojibake("Ankara’s “plan”").decode("cp1252")) == "Ankara’s “plan”"
    assert repair_mojibake("plain ascii") == "plain ascii"
    # a run that does not round-trip is kept as read
    assert repair_mojibake("Ç¬?") == "Ç¬?"


def test_reads_examples_and_repairs_text(tmp_path: Path) -> None:
    path = tmp_path / "codes.csv"
    body = (HEADER + row("01", "MAKE PUBLIC STATEMENT", "NA")
            + row("0233", "Appeal for aid", "Bosnia’s envoy asked for aid.")
            + row("112", "Accuse", "Iraq accused Iran."))
    path.write_bytes(mojibake(body))
    gold = read_cameo(path)
    assert gold.skipped == 1
    assert [(e.id, e.code, e.root) for e in gold.examples] == [
        ("cameo:0233", "0233", "02"),
        ("cameo:112", "112", "11"),
    ]
    assert gold.examples[0].text == "Bosnia’s envoy asked for aid."


def test_bad_file_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "codes.csv"
    path.write_text(HEADER + row("112", "Accuse", "x") + row("1x2", "Bad", "y"),
                    encoding="cp1252")
    with pytest.raises(EvalError, match=r"codes.csv:3: code '1x2' is not a CAMEO code"):
        read_cameo(path)
    path.write_text('"code","name"\n"01","x"\n', encoding="cp1252")
    with pytest.raises(EvalError, match="missing column"):
        read_cameo(path)


def test_best_event_order() -> None:
    exact = build_event("ACCUSE", "112", confidence=0.1)
    same_root = build_event("ACCUSE", "111", confidence=0.5)
    other = build_event("ASSAULT", "190", confidence=0.9)
    assert best_event([other, same_root, exact], "112") is exact
    assert best_event([other, same_root], "112") is same_root
    assert best_event([other], "112") is other


def test_score(tmp_path: Path) -> None:
    path = tmp_path / "codes.csv"
    path.write_text(HEADER + row("112", "Accuse", "a") + row("0233", "Appeal", "b")
                    + row("190", "Fight", "c"), encoding="cp1252")
    gold = read_cameo(path)
    coded = CodedSet(events={
        "cameo:112": [build_event("ACCUSE", "112")],
        "cameo:0233": [build_event("REQUEST", "023")],
    })
    report = score(gold, coded)
    assert report.root_accuracy == pytest.approx(2 / 3)
    assert report.code_accuracy == pytest.approx(1 / 3)
    assert report.by_root()["19"] == {"examples": 1, "root_accuracy": 0.0, "code_accuracy": 0.0}
    text = format_report(report, per_record=True)
    assert "root accuracy 0.667   full-code accuracy 0.333" in text
    assert "190 'Fight' coded none: c" in text


def test_coding_failures_are_reported(tmp_path: Path) -> None:
    path = tmp_path / "codes.csv"
    path.write_text(HEADER + row("112", "Accuse", "a"), encoding="cp1252")
    coded = CodedSet(events={"cameo:112": []}, errors={"cameo:112": "cameo:112: KeyError: 'x'"})
    report = score(read_cameo(path), coded)
    assert (report.coding_errors, report.root_accuracy) == (1, 0.0)
    assert "1 example(s) failed to code (scored as none); first: cameo:112: KeyError: 'x'" in (
        format_report(report)
    )
