"""PETRARCH verb dictionaries -> user trigger rows; discard dictionaries."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.eval.petrarch_dicts import find_all_dictionaries
from detente.eval.petrarch_verbs import (
    TRIGGER_COLUMNS,
    TriggerRow,
    convert_verbs,
    discarded_by,
    pattern_shape,
    plain_lemma,
    read_discards,
    strip_comment,
    unique_rows,
    write_triggers,
)
from detente.events.user_lexicon import user_lexicon

VERBS = """<!-- A TEST VERB DICTIONARY
     over two lines -->
&TIETYPES
+MILITARY
+ECONOMIC_TIES

&SANCT  # sanctions
+ECONOMIC SANCTIONS
+EMBARGO

--- RESTORE  [064]  ---
RESTORE    # pas 18 Jun 2007
- NOT * RELATIONS  [112]
- * DIPLOMATIC TIES  [064]
- * FXLL DIPLOMATIC  [+++]
- * THE FULL  [050]

--- CALLED  [010] ---
CALLED
- * FOR &SANCT  [172]
- * FOR  [096]
- *_ON [095]

--- BREAK [161] ---
BREAK { BROKE BROKEN  }
+BREAK_DOWN {+BREAKS_DOWN +BROKE_DOWN }
WIRE_+TAP {WIRE_+TAPPED}
- * TREATY  [161]
- + * IN $  [075]
- * OF $ FROM +  [012]

--- AGREE  [030] ---
AGREE
- * TO_LET_ESCAPE  [066]
- * TO_SHARE  [0314]
- * TO_SHARE  [064]

--- LEFT  [032:033]  ---
LEFT    # -PAS 2/9/96
DOWNPLAY [014]

--- SAID  [023] ---
SAID
- * SKEPTICISM  [111]

--- RENEW  [---] ---
RENEW
- * RELATIONS  [064]
- * &TIETYPES TIES [063]
- * [---]
"""


def _lemma(word: str, pos: str) -> str:
    """A tiny lemmatiser for the tests: the few inflected words of VERBS."""
    table = {("called", "VERB"): "call", ("left", "VERB"): "leave", ("said", "VERB"): "say",
             ("ties", "NOUN"): "tie", ("relations", "NOUN"): "relation",
             ("sanctions", "NOUN"): "sanction"}
    return table.get((word.lower(), pos), word.lower())


@pytest.fixture()
def verbs_file(tmp_path: Path) -> Path:
    path = tmp_path / "test.verbs.txt"
    path.write_text(VERBS, encoding="utf-8")
    return path


def _rows(path: Path) -> list[tuple[str, str, tuple[str, ...], str, int]]:
    conversion = convert_verbs(path, lemma_of=_lemma)
    return [(r.lemma, r.particle, r.objects, r.cameo + (f":{r.converse}" if r.converse else ""),
             r.line) for r in conversion.rows]


def test_blocks_become_bare_particle_and_object_rows(verbs_file: Path) -> None:
    assert _rows(verbs_file) == [
        ("restore", "", (), "064", 11),
        ("restore", "", ("tie", "ties"), "064", 14),
        ("restore", "", ("full",), "050", 16),  # "THE" names no object
        ("call", "for", ("sanction", "sanctions", "embargo"), "172", 20),  # a synset's heads
        ("break", "", (), "161", 24),
        ("break", "down", (), "161", 24),  # a phrasal verb: verb + particle
        ("tap", "", (), "161", 24),  # WIRE_+TAP: the marked verb, alone
        ("break", "", ("treaty",), "161", 28),
        ("break", "down", ("treaty",), "161", 28),
        ("tap", "", ("treaty",), "161", 28),
        ("agree", "", (), "030", 32),
        ("agree", "", ("share",), "0314", 35),  # "agree to share": the infinitive's verb
        ("leave", "", (), "032:033", 38),  # an inflected form; [A:B]: B is the converse
        ("say", "", ("skepticism",), "111", 44),
        ("renew", "", ("relation", "relations"), "064", 48),  # [---] block: patterns only
        ("renew", "", ("tie", "ties"), "063", 49),
    ]


def test_what_a_row_cannot_say_is_reported_with_its_line(verbs_file: Path) -> None:
    problems = convert_verbs(verbs_file, lemma_of=_lemma).problems

    assert not [p for p in problems if p.startswith(f"{verbs_file}:38:")]

    def about(line: int) -> str:
        found = [p for p in problems if p.startswith(f"{verbs_file}:{line}: ")]
        assert len(found) == 1, (line, found)
        return found[0]

    assert "words before the verb (NOT) cannot be expressed" in about(13)
    assert "'+++' is not a CAMEO code" in about(15)
    assert "CAMEO 010 has no PLOVER type" in about(18)
    assert "'096' is not a CAMEO code" in about(21)
    assert "'WIRE_+TAP': words before the verb" in about(27)
    assert "'+ * IN $': nothing but actor slots" in about(29)
    assert "'066' is not a CAMEO code" in about(34)
    assert "'agree' with objects share is coded 0314 on line 35; this 064 is not used" in about(36)
    assert "CAMEO 014 has no PLOVER type" in about(40)
    assert "'say' [023]: a plain reporting verb" in about(42)
    assert "[---] (no event) cannot be a trigger row" in about(50)
    assert len(problems) == 13
    # a [---] block default is no problem: it means "only with a pattern"
    assert not [p for p in problems if p.startswith(f"{verbs_file}:47:")]


def test_pattern_shape_reads_particles_infinitives_and_slots() -> None:
    synsets = {"TIETYPES": ["MILITARY", "&MORE"], "MORE": ["CULTURAL_LINKS"]}
    assert pattern_shape("* FROM DIPLOMATIC EFFORTS", synsets, plain_lemma) == (
        "from", ("efforts",))
    assert pattern_shape("* &TIETYPES", synsets, plain_lemma) == ("", ("military", "links"))
    assert pattern_shape("* + IN DETENTION", synsets, plain_lemma) == ("in", ("detention",))
    assert pattern_shape("* TO RECONSIDER", synsets, plain_lemma) == ("", ("reconsider",))
    assert pattern_shape("* ASSURANCES_ON &TIETYPES FROM", synsets, plain_lemma) == (
        "", ("assurances",))
    assert pattern_shape("SAID *", synsets, plain_lemma) == (
        "words before the verb (SAID) cannot be expressed")
    assert pattern_shape("* &NOPE", synsets, plain_lemma) == "unknown synset &NOPE"
    assert pattern_shape("TREATY", synsets, plain_lemma) == "no verb (*)"


def test_comment_marks_inside_a_code_are_kept() -> None:
    assert strip_comment("- * DIPLXMATIC  [###]  # -PAS 95.12.18") == "- * DIPLXMATIC  [###]"
    assert strip_comment("RESTORE    # pas") == "RESTORE"


def test_rows_load_as_a_user_trigger_file(verbs_file: Path, tmp_path: Path) -> None:
    rows = convert_verbs(verbs_file, lemma_of=_lemma).rows
    path = write_triggers(rows, tmp_path / "verbs.csv")
    assert path.read_text(encoding="utf-8").splitlines()[0] == ",".join(TRIGGER_COLUMNS)
    lexicon = user_lexicon([path], only=True)
    assert len(lexicon) == len(rows)
    [row] = [r for r in lexicon.entries("call", "VERB") if r.objects]
    assert (row.particle, row.objects, row.cameo) == (
        "for", frozenset({"sanction", "sanctions", "embargo"}), "172")


def test_unique_rows_keep_the_first_row_of_a_key() -> None:
    first = TriggerRow("meet", "", (), "036", 1)
    again = TriggerRow("meet", "", (), "040", 9)
    other = TriggerRow("meet", "with", (), "040", 9)
    assert unique_rows([first, again, other]) == [first, other]


def test_plain_lemma_knows_irregular_pasts() -> None:
    assert plain_lemma("LEFT", "VERB") == "leave"
    assert plain_lemma("TIES", "NOUN") == "ties"


DISCARDS = """# Story-level discards are indicated with a '+'.
MONTHS LATER
+World Golf Championships   # pas 26-Feb-2014
BASEBALL
"""


def test_discards(tmp_path: Path) -> None:
    path = tmp_path / "x.discards.txt"
    path.write_text(DISCARDS, encoding="utf-8")
    discards = read_discards(path)
    assert [(d.words, d.story, d.line) for d in discards] == [
        (("MONTHS", "LATER"), False, 2),
        (("World", "Golf", "Championships"), True, 3),
        (("BASEBALL",), False, 4),
    ]
    hit = discarded_by("He won the world  golf championships again.", discards)
    assert hit is not None and hit.line == 3
    assert discarded_by("Gondor's baseball team lost.", discards) is discards[2]
    assert discarded_by("Baseballs were thrown; months passed.", discards) is None


def test_find_all_dictionaries(tmp_path: Path) -> None:
    for name in ("a.actors.txt", "a.agents.txt", "CAMEO.2.0.txt", "x.discards.txt"):
        (tmp_path / name).write_text("", encoding="utf-8")
    found = find_all_dictionaries(tmp_path, {})
    assert [p.name for p in found.verbs] == ["CAMEO.2.0.txt"]
    assert [p.name for p in found.discards] == ["x.discards.txt"]
    (tmp_path / "mine.verbs.txt").write_text("", encoding="utf-8")
    assert [p.name for p in find_all_dictionaries(tmp_path, {}).verbs] == ["mine.verbs.txt"]
    named = find_all_dictionaries(tmp_path, {"Verbfile": "CAMEO.2.0.txt"})
    assert [p.name for p in named.verbs] == ["CAMEO.2.0.txt"]
    (tmp_path / "x.discards.txt").unlink()
    assert find_all_dictionaries(tmp_path, {}).discards == []


def test_a_reverse_code_becomes_the_converse_when_it_is_usable(tmp_path: Path) -> None:
    path = tmp_path / "two.verbs.txt"
    path.write_text("--- ARRIVE [032:033] ---\nARRIVE\n- * FOR TALKS [036:999]\n"
                    "--- MEET [031:031] ---\nMEET\n", encoding="utf-8")
    conversion = convert_verbs(path, lemma_of=_lemma)
    assert [(r.lemma, r.particle, r.objects, r.cameo, r.converse) for r in conversion.rows] == [
        ("arrive", "", (), "032", "033"),
        ("arrive", "for", ("talks",), "036", ""),
        ("meet", "", (), "031", "031"),
    ]
    assert conversion.problems == [
        f"{path}:3: [036:999]: the reverse event '999' (target to source) is not a CAMEO "
        "code with a PLOVER type; not coded"
    ]
    written = write_triggers(conversion.rows, tmp_path / "rows.csv")
    assert written.read_text(encoding="utf-8").splitlines()[1] == "arrive,VERB,,,032,,033,"


def test_petrarch2_phrase_brackets() -> None:
    assert pattern_shape("* (TO BORDER)", {}, plain_lemma) == ("to", ("border",))
    assert pattern_shape("* {ARMS SHIPMENT}", {}, plain_lemma) == ("", ("shipment",))
    assert pattern_shape("* (TO LIST) (OF {BANNED PARTIES})", {}, plain_lemma) == (
        "to", ("list",))
    assert pattern_shape("* POLICE (TO BORDER)", {}, plain_lemma) == ("", ("police",))
    assert pattern_shape("* (FROM $)", {}, plain_lemma) == "nothing but actor slots after the verb"


def test_a_compound_subject_pattern_gives_the_mutual_code(tmp_path: Path) -> None:
    path = tmp_path / "agree.verbs.txt"
    path.write_text("--- AGREE [081] ---\nAGREE\n- * WITH % [031]\n- % * [030:030]\n"
                    "--- ACCORD [---] ---\nACCORD\n- % * [030]\n", encoding="utf-8")
    conversion = convert_verbs(path, lemma_of=_lemma)
    assert [(r.lemma, r.particle, r.cameo, r.mutual) for r in conversion.rows] == [
        ("agree", "", "081", "030"),
    ]
    assert conversion.problems == [
        f"{path}:3: pattern '* WITH %': nothing but actor slots after the verb; skipped",
        f"{path}:5: 'accord': a '% *' pattern needs the verb's own code; not used",
    ]
    written = write_triggers(conversion.rows, tmp_path / "rows.csv").read_text(encoding="utf-8")
    assert written.splitlines()[:2] == [",".join(TRIGGER_COLUMNS), "agree,VERB,,,081,,,030"]
