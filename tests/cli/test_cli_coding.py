"""`detente code / ingest / events / summary` as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from detente.cli.main import main

ARTICLE = (
    "Russia and Ukraine exchanged 95 prisoners of war on Friday, mediated by the United Arab "
    "Emirates. Ukrainian President Volodymyr Zelensky thanked the Emirates for its help. "
    "Russian forces shelled the city of Kharkiv overnight, Ukrainian officials said."
)


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.jsonl").write_text(
        json.dumps({"id": "ua-1", "text": ARTICLE, "published": "2024-06-01",
                    "source": "Example Wire"}) + "\n", encoding="utf-8")
    return folder


def test_code_writes_one_json_object_per_event(corpus: Path, tmp_path: Path,
                                               pipeline: object) -> None:
    out = tmp_path / "events.jsonl"
    assert main(["code", str(corpus), "--out", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows, "no events coded"
    for row in rows:
        assert row["article_id"] == "ua-1"
        for ev in row["evidence"]:
            assert ARTICLE[ev["start"]:ev["end"]] == ev["sentence"]
    assert any(r["event_type"] == "ASSAULT" and r["actor"]["country"] == "RUS" for r in rows)


@pytest.mark.parametrize("fmt", ["csv", "plover"])
def test_other_formats(corpus: Path, tmp_path: Path, fmt: str, pipeline: object) -> None:
    out = tmp_path / f"events.{fmt}"
    assert main(["code", str(corpus), "--format", fmt, "--out", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    if fmt == "csv":
        assert text.splitlines()[0].startswith("event_id,article_id,event_type")
    else:
        rec = json.loads(text.splitlines()[0])
        assert rec["event"] and rec["actor"][0]["code"] and rec["date"]


def test_ingest_twice_adds_nothing_and_events_filters(corpus: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str],
                                                      pipeline: object) -> None:
    db = tmp_path / "e.duckdb"
    assert main(["ingest", str(corpus), "--db", str(db)]) == 0
    first = capsys.readouterr().err
    assert "1 article(s) added" in first
    assert main(["ingest", str(corpus), "--db", str(db)]) == 0
    second = capsys.readouterr().err
    assert "0 article(s) added" in second and "1 already stored" in second
    assert main(["events", "--db", str(db), "--actor", "RUS", "--type", "ASSAULT"]) == 0
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert rows and all(r["actor"]["country"] == "RUS" for r in rows)
    assert main(["summary", "--db", str(db)]) == 0
    assert "ASSAULT" in capsys.readouterr().out


def test_bad_inputs_one_line_each_and_exit_status(tmp_path: Path, corpus: Path,
                                                  capsys: pytest.CaptureFixture[str],
                                                  pipeline: object) -> None:
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04")
    (bad / "latin1.txt").write_bytes(b"R\xe9union talks")
    (bad / "recs.jsonl").write_text('{"id": "x", "text": \n{"id": "nt"}\n'
                                    '{"id": "d", "text": "T.", "published": "someday"}\n',
                                    encoding="utf-8")
    db = tmp_path / "e.duckdb"
    # Nothing could be coded: non-zero, and the store holds nothing.
    assert main(["ingest", str(bad), "--db", str(db)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    problems = [line for line in err if line.startswith("detente: error:")]
    assert len(problems) == 6
    for name in ("empty.txt", "binary.txt", "latin1.txt", "recs.jsonl:1", "recs.jsonl:2",
                 "recs.jsonl:3"):
        assert any(name in line for line in problems), name
    from detente.store import EventStore

    with EventStore(db, read_only=True) as store:
        assert store.counts() == {"articles": 0, "events": 0}
    # Bad inputs beside good ones: the good are coded, status 0.
    assert main(["code", str(bad), str(corpus), "--out", str(tmp_path / "o.jsonl")]) == 0


def test_cluster_code_passes_actor_and_trigger_files_to_the_workers() -> None:
    from detente.cli.main import build_parser
    from detente.cli.scale_cmd import _cluster_settings

    args = build_parser().parse_args(
        ["cluster", "code", "in.jsonl", "--out", "out/", "--actors", "mine.yaml",
         "--triggers", "verbs.csv", "--asserted-only"]
    )
    settings = _cluster_settings(args)
    assert settings.actor_files == ("mine.yaml",)
    assert settings.trigger_files == ("verbs.csv",)
    assert settings.keep_unasserted is False
