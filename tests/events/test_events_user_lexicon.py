"""User trigger files: precedence over packaged rows, line-numbered errors, the pipeline option."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.errors import KnowledgeError
from detente.events.lexicon import default_cameo_table, default_lexicon
from detente.events.user_lexicon import overlay, read_user_triggers, user_lexicon
from detente.pipeline import Pipeline
from detente.settings import Settings

HEADER = "lemma,pos,particle,object,cameo,frame\n"


def _write(tmp_path: Path, body: str, name: str = "mine.csv", header: str = HEADER) -> Path:
    path = tmp_path / name
    path.write_text(header + body, encoding="utf-8")
    return path


WITH_CONVERSE = "lemma,pos,particle,object,cameo,frame,converse\n"


def test_user_rows_replace_every_packaged_row_of_their_lemma(tmp_path: Path) -> None:
    packaged = default_lexicon()
    before = packaged.entries("welcome", "VERB")
    assert len(before) >= 2 and "041" not in {row.cameo for row in before}
    user = read_user_triggers(_write(tmp_path, "welcome,VERB,,,041\n"), default_cameo_table())
    merged = overlay(packaged, user)
    assert [(r.cameo, r.objects, r.line) for r in merged.entries("welcome", "VERB")] == [
        ("041", frozenset(), 2)
    ]
    # other words keep their packaged rows
    assert merged.entries("warn", "VERB") == packaged.entries("warn", "VERB")
    assert len(merged) == len(packaged) - len(before) + 1


def test_a_later_user_file_replaces_an_earlier_one_for_the_same_word(tmp_path: Path) -> None:
    first = _write(tmp_path, "welcome,VERB,,,041\nrestore,VERB,,tie,064\n", "a.csv")
    second = _write(tmp_path, "welcome,VERB,,,051\n", "b.csv")
    lexicon = user_lexicon([first, second])
    assert [r.cameo for r in lexicon.entries("welcome", "VERB")] == ["051"]
    assert [r.cameo for r in lexicon.entries("restore", "VERB")] == ["064"]


def test_only_leaves_the_packaged_rows_out(tmp_path: Path) -> None:
    lexicon = user_lexicon([_write(tmp_path, "restore,VERB,,tie|relation,064\n")], only=True)
    assert len(lexicon) == 1
    assert lexicon.lemmas == frozenset({"restore"})
    assert lexicon.entries("restore", "VERB")[0].objects == frozenset({"tie", "relation"})


def test_a_code_absent_from_the_cameo_table_names_file_and_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "welcome,VERB,,,041\nrestore,VERB,,,999\n")
    with pytest.raises(KnowledgeError) as caught:
        user_lexicon([path])
    assert f"{path}:3" in str(caught.value)
    assert "'999'" in str(caught.value)


def test_a_bad_part_of_speech_names_file_and_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "welcome,ADV,,,041\n")
    with pytest.raises(KnowledgeError) as caught:
        user_lexicon([path])
    assert f"{path}:2" in str(caught.value)


def test_pipeline_codes_with_the_user_code(tmp_path: Path) -> None:
    text = "Armenia welcomed the decision of Azerbaijan."
    packaged = Pipeline(settings=Settings()).code_text(text)
    assert packaged and "041" not in [e.cameo for e in packaged]
    path = _write(tmp_path, "welcome,VERB,,,041\n")
    events = Pipeline(settings=Settings(trigger_files=(str(path),))).code_text(text)
    assert [(e.cameo, e.event_type, e.actor and e.actor.country) for e in events] == [
        ("041", "CONSULT", "ARM")
    ]


def test_a_converse_code_must_be_usable(tmp_path: Path) -> None:
    path = _write(tmp_path, "leave,VERB,,,032,,033\narrive,VERB,,,032,,999\n",
                  header=WITH_CONVERSE)
    with pytest.raises(KnowledgeError) as caught:
        user_lexicon([path])
    assert f"{path}:3: converse code '999'" in str(caught.value)


def test_a_row_with_a_converse_codes_both_sides(tmp_path: Path) -> None:
    path = _write(tmp_path, "visit,VERB,,,032,,033\n", "lexicon.csv", header=WITH_CONVERSE)
    pipeline = Pipeline(settings=Settings(trigger_files=(str(path),), triggers_only=True))
    events = pipeline.code_text("Armenia's president visited Azerbaijan on Monday.")
    assert sorted((e.cameo, e.actor and e.actor.code, e.recipient and e.recipient.code)
                  for e in events) == [("032", "ARMGOV", "AZE"), ("033", "AZE", "ARMGOV")]
    # as given: no packaged intent or converse re-coding of the user's codes
    assert [e.cameo for e in pipeline.code_text("Armenia will visit Azerbaijan.")
            if e.actor and e.actor.code == "ARM"] == ["032"]


def _pairs(trigger_file: Path, text: str) -> list[tuple[str, str | None, str | None]]:
    pipeline = Pipeline(settings=Settings(trigger_files=(str(trigger_file),),
                                          triggers_only=True))
    return sorted((e.cameo, e.actor and e.actor.code, e.recipient and e.recipient.code)
                  for e in pipeline.code_text(text))


def test_coordinated_subjects_of_a_mutual_row_act_on_each_other(tmp_path: Path) -> None:
    text = "Armenia and Azerbaijan celebrated on Monday."
    mutual = _write(tmp_path, "celebrate,VERB,,,057,,057\n", "mutual.csv", WITH_CONVERSE)
    assert _pairs(mutual, text) == [("057", "ARM", "AZE"), ("057", "AZE", "ARM")]
    one_sided = _write(tmp_path, "celebrate,VERB,,,057,,\n", "plain.csv", WITH_CONVERSE)
    assert _pairs(one_sided, text) == [("057", "ARM", None), ("057", "AZE", None)]
    # a converse that differs from the code ("left for" / "received") is not mutual
    directed = _write(tmp_path, "celebrate,VERB,,,032,,033\n", "directed.csv", WITH_CONVERSE)
    assert _pairs(directed, text) == [("032", "ARM", None), ("032", "AZE", None)]


def test_a_mutual_code_recodes_a_coordinated_subject_acting_on_each_other(
    tmp_path: Path,
) -> None:
    header = "lemma,pos,particle,object,cameo,frame,converse,mutual\n"
    path = _write(tmp_path, "celebrate,VERB,,,057,,,030\n", "mutual.csv", header)
    assert _pairs(path, "Armenia and Azerbaijan celebrated on Monday.") == [
        ("030", "ARM", "AZE"), ("030", "AZE", "ARM")]
    # one subject: the row's own code, no target
    assert _pairs(path, "Armenia celebrated on Monday.") == [("057", "ARM", None)]
    bad = _write(tmp_path, "celebrate,VERB,,,057,,,012\n", "bad.csv", header)
    with pytest.raises(KnowledgeError, match=r"bad\.csv:2: mutual code '012'"):
        user_lexicon([bad])
