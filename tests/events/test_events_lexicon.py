"""The events stage's knowledge files: CAMEO table, trigger lexicon, and their checks."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.errors import KnowledgeError
from detente.events import CameoInfo, TriggerLexicon, cameo_info, load_cameo_table
from detente.events.lexicon import default_cameo_table, default_lexicon
from detente.records import EVENT_TYPES


def test_cameo_info_for_a_known_code() -> None:
    assert cameo_info("163") == CameoInfo(
        code="163", label="Impose embargo or boycott or sanctions", goldstein=-8.0, quad_class=4,
        plover_type="SANCTION", mode="discontinue", context=("economic",), intent=None,
    )


def test_cameo_info_unknown_code_raises() -> None:
    with pytest.raises(KeyError, match="999"):
        cameo_info("999")


def test_table_has_every_root_and_maps_into_plover() -> None:
    table = default_cameo_table()
    assert {f"{n:02d}" for n in range(1, 21)} <= set(table)
    assert len(table) == 313
    assert {i.plover_type for i in table.values()} - {None} == set(EVENT_TYPES)
    # Only plain statements (01x) go uncoded.
    assert {c for c, i in table.items() if i.plover_type is None} == {
        "01", "010", "011", "012", "013", "014", "017"}


@pytest.mark.parametrize(("code", "plover", "quad", "goldstein"), [
    ("036", "AGREE", 1, 4.0), ("042", "CONSULT", 1, 1.9), ("057", "SUPPORT", 1, 8.0),
    ("0813", "CONCEDE", 1, 5.0), ("064", "COOPERATE", 2, 7.0), ("073", "AID", 2, 7.4),
    ("0841", "RETREAT", 2, 7.0), ("026", "REQUEST", 3, 4.0), ("1053", "REQUEST", 3, -5.0),
    ("112", "ACCUSE", 3, -2.0), ("126", "REJECT", 3, -5.0), ("138", "THREATEN", 3, -7.0),
    ("141", "PROTEST", 4, -6.5), ("154", "MOBILIZE", 4, -7.2), ("166", "SANCTION", 4, -7.0),
    ("173", "COERCE", 4, -5.0), ("195", "ASSAULT", 4, -10.0),
])
def test_table_rows(code: str, plover: str, quad: int, goldstein: float) -> None:
    info = cameo_info(code)
    assert (info.plover_type, info.quad_class, info.goldstein) == (plover, quad, goldstein)


def test_announced_cooperation_codes_point_to_agree() -> None:
    assert cameo_info(cameo_info("042").intent or "").plover_type == "AGREE"
    assert cameo_info("0841").intent == "0353"


def test_lexicon_covers_all_sixteen_types_richly() -> None:
    lexicon = default_lexicon()
    table = default_cameo_table()
    assert len(lexicon) > 700
    per_type: dict[str, int] = {}
    for lemma in lexicon.lemmas:
        for pos in ("VERB", "NOUN", "ADJ"):
            for row in lexicon.entries(lemma, pos):
                kind = table[row.cameo].plover_type or ""
                per_type[kind] = per_type.get(kind, 0) + 1
    assert set(per_type) == set(EVENT_TYPES)
    assert min(per_type.values()) >= 10


def test_light_verb_rows_need_their_noun() -> None:
    rows = default_lexicon().entries("impose", "VERB")
    assert rows and all(r.objects for r in rows)


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_bad_goldstein_names_file_and_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "cameo.csv", "code,label,goldstein,quad_class\n# c\n01,A,12,1\n")
    with pytest.raises(KnowledgeError, match=r"cameo\.csv:3: Goldstein score 12.0 outside"):
        load_cameo_table(path)


def test_unknown_plover_type_is_rejected(tmp_path: Path) -> None:
    path = _write(tmp_path, "cameo.csv",
                  "code,label,goldstein,quad_class,plover_type\n01,A,1,1,YIELD\n")
    with pytest.raises(KnowledgeError, match=r":2: unknown PLOVER type 'YIELD'"):
        load_cameo_table(path)


def test_trigger_with_unknown_code_names_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "triggers.csv", "lemma,pos,cameo\nattack,VERB,190\nhit,VERB,999\n")
    with pytest.raises(KnowledgeError, match=r"triggers\.csv:3: CAMEO code '999' is not in"):
        TriggerLexicon.from_file(path, default_cameo_table())


def test_duplicate_trigger_rows_are_rejected(tmp_path: Path) -> None:
    path = _write(tmp_path, "triggers.csv",
                  "lemma,pos,particle,object,cameo\nhold,VERB,,talk,040\nhold,VERB,,talk,046\n")
    with pytest.raises(KnowledgeError, match=r":3: duplicate trigger row \(first on line 2\)"):
        TriggerLexicon.from_file(path, default_cameo_table())


def test_trigger_for_uncoded_statement_is_rejected(tmp_path: Path) -> None:
    path = _write(tmp_path, "triggers.csv", "lemma,pos,cameo\nsay,VERB,010\n")
    with pytest.raises(KnowledgeError, match="has no PLOVER type"):
        TriggerLexicon.from_file(path, default_cameo_table())


def test_bad_part_of_speech_and_frame(tmp_path: Path) -> None:
    path = _write(tmp_path, "triggers.csv", "lemma,pos,cameo\nattack,ADV,190\n")
    with pytest.raises(KnowledgeError, match="part of speech 'ADV'"):
        TriggerLexicon.from_file(path, default_cameo_table())
    path = _write(tmp_path, "t2.csv", "lemma,pos,cameo,frame\nattack,VERB,190,tr\n")
    with pytest.raises(KnowledgeError, match="frame 'tr'"):
        TriggerLexicon.from_file(path, default_cameo_table())


def test_specificity_prefers_object_over_particle() -> None:
    rows = {(r.particle, tuple(sorted(r.objects))): r.specificity
            for r in default_lexicon().entries("call", "VERB")}
    assert rows[(None, ())] == 0
    assert rows[("for", ())] == 1
    assert rows[("for", ("mediation",))] == 3


def test_subject_frame_needs_object_words(tmp_path: Path) -> None:
    path = _write(tmp_path, "triggers.csv", "lemma,pos,particle,object,cameo,frame\n"
                  "arrive,VERB,in,,074,subj\n")
    with pytest.raises(KnowledgeError, match=r"triggers\.csv:2: frame 'subj' needs object words"):
        TriggerLexicon.from_file(path, default_cameo_table())


def test_subject_frame_row_is_read() -> None:
    rows = [r for r in default_lexicon().entries("arrive", "VERB") if r.subject_words]
    assert {(r.particle, r.cameo) for r in rows} == {("in", "074"), ("in", "154")}
