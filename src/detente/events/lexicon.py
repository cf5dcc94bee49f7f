"""The events stage's knowledge: the CAMEO code table and the trigger lexicon.

Both are CSV data files under ``detente/data/events`` (see the comments at the top
of each file for the decisions behind them), read once with
:func:`detente.knowledge.read_table`, which names file and line on any error.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import KnowledgeError
from ..knowledge import data_path, read_table, split_list
from ..records import EVENT_TYPES

#: Parts of speech a trigger row may name (coarse: spaCy's PROPN counts as NOUN).
TRIGGER_POS: tuple[str, ...] = ("VERB", "NOUN", "ADJ")


@dataclass(frozen=True, slots=True)
class CameoInfo:
    """One CAMEO code with its Goldstein weight and PLOVER reading.

    ``plover_type`` is ``None`` for the plain-statement codes PLOVER does not code.
    """

    code: str
    label: str
    goldstein: float
    quad_class: int
    plover_type: str | None
    mode: str | None
    context: tuple[str, ...]
    # The code for announcing or promising this action (future cooperation is AGREE).
    intent: str | None = None
    # The code of the same event told from the recipient's side (visit 042 <-> host 043).
    converse: str | None = None

    def event_fields(self) -> dict[str, Any]:
        """The fields an event coded with this code takes from it (``EventMention`` names)."""
        return {
            "event_type": self.plover_type or "",
            "cameo": self.code,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "mode": self.mode,
            "context": list(self.context),
        }


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    """A lexicon row: ``lemma`` (with part of speech and optional particle/object words) -> code."""

    lemma: str
    pos: str
    particle: str | None
    objects: frozenset[str]
    cameo: str
    line: int
    intransitive: bool = False  # only when the verb has no direct object
    #: the object words are checked against the subject instead ("*troops* arrived")
    subject_words: bool = False
    #: this row's code for the same event seen from the recipient's side (a user row
    #: from a PETRARCH ``[A:B]`` code); read by ``user_lexicon.DictionaryExtractor``
    converse: str | None = None
    #: the code when the verb's subject is coordinated and no target is named: each
    #: conjunct acts on the others (a PETRARCH ``% *`` pattern); read by DictionaryExtractor
    mutual: str | None = None

    @property
    def specificity(self) -> int:
        # An object constraint says more than a particle; both say the most.
        return 2 * bool(self.objects) + bool(self.particle)


def load_cameo_table(path: Path | str) -> dict[str, CameoInfo]:
    """Read ``cameo.csv`` into ``{code: CameoInfo}``; bad codes, scores or types raise."""
    table: dict[str, CameoInfo] = {}
    for line, row in read_table(
        path,
        required=("code", "label", "goldstein", "quad_class"),
        optional=("plover_type", "mode", "context", "intent", "converse"),
    ):
        info = _cameo_row(str(path), line, row)
        if info.code in table:
            raise KnowledgeError(str(path), line, f"duplicate CAMEO code {info.code!r}")
        table[info.code] = info
    for info in table.values():
        for kind, other in (("intent", info.intent), ("converse", info.converse)):
            if other is not None and other not in table:
                message = f"{info.code}: {kind} code {other!r} is not in the table"
                raise KnowledgeError(str(path), None, message)
    return table


def _cameo_row(path: str, line: int, row: dict[str, str]) -> CameoInfo:
    code = row["code"]
    if not (code.isdigit() and 2 <= len(code) <= 4):
        raise KnowledgeError(path, line, f"CAMEO code {code!r} is not 2-4 digits")
    try:
        goldstein = float(row["goldstein"])
        quad = int(row["quad_class"])
    except ValueError as exc:
        raise KnowledgeError(path, line, f"bad number: {exc}") from exc
    if not -10.0 <= goldstein <= 10.0:
        raise KnowledgeError(path, line, f"Goldstein score {goldstein} outside -10..10")
    if quad not in (1, 2, 3, 4):
        raise KnowledgeError(path, line, f"quad class {quad} is not 1-4")
    plover = row.get("plover_type") or None
    if plover is not None and plover not in EVENT_TYPES:
        raise KnowledgeError(path, line, f"unknown PLOVER type {plover!r}")
    return CameoInfo(
        code=code,
        label=row["label"],
        goldstein=goldstein,
        quad_class=quad,
        plover_type=plover,
        mode=row.get("mode") or None,
        context=tuple(split_list(row.get("context", ""))),
        intent=row.get("intent") or None,
        converse=row.get("converse") or None,
    )


class TriggerLexicon:
    """Trigger rows indexed by ``(lemma, pos)`` for one dict lookup per token."""

    def __init__(self, entries: Iterable[TriggerEntry]) -> None:
        self._index: dict[tuple[str, str], list[TriggerEntry]] = {}
        for entry in entries:
            self._index.setdefault((entry.lemma, entry.pos), []).append(entry)
        self.lemmas: frozenset[str] = frozenset(lemma for lemma, _ in self._index)

    def __len__(self) -> int:
        return sum(len(rows) for rows in self._index.values())

    def entries(self, lemma: str, pos: str) -> list[TriggerEntry]:
        return self._index.get((lemma, pos), [])

    def keys(self) -> frozenset[tuple[str, str]]:
        """Every ``(lemma, pos)`` the lexicon has rows for."""
        return frozenset(self._index)

    def rows(self) -> list[TriggerEntry]:
        """All rows, in the order they were given."""
        return [entry for rows in self._index.values() for entry in rows]

    @classmethod
    def from_file(cls, path: Path | str, cameo: dict[str, CameoInfo]) -> TriggerLexicon:
        """Read ``triggers.csv``; every code must be in the CAMEO table and have a PLOVER type."""
        entries: list[TriggerEntry] = []
        seen: dict[tuple[str, str, str | None, frozenset[str]], int] = {}
        for line, row in read_table(
            path, required=("lemma", "pos", "cameo"),
            optional=("particle", "object", "frame", "converse", "mutual"),
        ):
            entry = _trigger_row(str(path), line, row, cameo)
            key = (entry.lemma, entry.pos, entry.particle, entry.objects)
            if key in seen:
                raise KnowledgeError(
                    str(path), line, f"duplicate trigger row (first on line {seen[key]})"
                )
            seen[key] = line
            entries.append(entry)
        return cls(entries)


def _trigger_row(
    path: str, line: int, row: dict[str, str], cameo: dict[str, CameoInfo]
) -> TriggerEntry:
    pos = row["pos"].upper()
    if pos not in TRIGGER_POS:
        raise KnowledgeError(path, line, f"part of speech {row['pos']!r} not one of {TRIGGER_POS}")
    code = row["cameo"]
    info = cameo.get(code)
    if info is None:
        raise KnowledgeError(path, line, f"CAMEO code {code!r} is not in cameo.csv")
    if info.plover_type is None:
        raise KnowledgeError(path, line, f"CAMEO code {code!r} has no PLOVER type")
    frame = (row.get("frame") or "").lower()
    if frame not in ("", "intr", "subj"):
        raise KnowledgeError(
            path, line, f"frame {row['frame']!r} is not empty, 'intr' or 'subj'")
    if frame == "subj" and not split_list(row.get("object", "")):
        raise KnowledgeError(path, line, "frame 'subj' needs object words to check the subject")
    return TriggerEntry(
        intransitive=frame == "intr",
        subject_words=frame == "subj",
        converse=_converse_code(path, line, row.get("converse", ""), cameo),
        mutual=_converse_code(path, line, row.get("mutual", ""), cameo, column="mutual"),
        lemma=row["lemma"].lower(),
        pos=pos,
        particle=(row.get("particle") or "").lower() or None,
        objects=frozenset(w.lower() for w in split_list(row.get("object", ""))),
        cameo=code,
        line=line,
    )


def _converse_code(
    path: str, line: int, code: str, cameo: dict[str, CameoInfo], *, column: str = "converse"
) -> str | None:
    """An optional ``converse`` / ``mutual`` cell: a CAMEO code with a PLOVER type, or empty."""
    if not code:
        return None
    info = cameo.get(code)
    if info is None or info.plover_type is None:
        raise KnowledgeError(path, line, f"{column} code {code!r} is not a CAMEO code with a "
                             "PLOVER type")
    return code


@lru_cache(maxsize=1)
def default_cameo_table() -> dict[str, CameoInfo]:
    return load_cameo_table(data_path("events", "cameo.csv"))


@lru_cache(maxsize=1)
def default_lexicon() -> TriggerLexicon:
    return TriggerLexicon.from_file(data_path("events", "triggers.csv"), default_cameo_table())


def cameo_info(code: str) -> CameoInfo:
    """The packaged table's row for ``code`` (e.g. ``"163"``); ``KeyError`` if unknown."""
    table = default_cameo_table()
    if code not in table:
        raise KeyError(f"unknown CAMEO code {code!r}")
    return table[code]


#: Verbal prefixes that keep their base verb's irregular inflection ("re-took", "with-held").
VERB_PREFIXES: tuple[str, ...] = ("re", "over", "out", "under", "with", "up", "mis")


@lru_cache(maxsize=1)
def irregular_pasts() -> dict[str, str]:
    """``{past form: base}`` from ``irregular_verbs.csv`` ("took" -> "take")."""
    path = data_path("events", "irregular_verbs.csv")
    table: dict[str, str] = {}
    for line, row in read_table(path, required=("form", "base")):
        form, base = row["form"].lower(), row["base"].lower()
        if not (form.isalpha() and base.isalpha()):
            raise KnowledgeError(str(path), line, f"form {form!r} or base {base!r} is not a word")
        if form in table:
            raise KnowledgeError(str(path), line, f"duplicate form {form!r}")
        table[form] = base
    return table


def _lemma_set(filename: str) -> frozenset[str]:
    """The one-word ``lemma`` column of an events data file, checked for duplicates."""
    path = data_path("events", filename)
    lemmas: set[str] = set()
    for line, row in read_table(path, required=("lemma",)):
        lemma = row["lemma"].lower()
        if not lemma.isalpha():
            raise KnowledgeError(str(path), line, f"lemma {lemma!r} is not a word")
        if lemma in lemmas:
            raise KnowledgeError(str(path), line, f"duplicate lemma {lemma!r}")
        lemmas.add(lemma)
    return frozenset(lemmas)


@lru_cache(maxsize=1)
def reciprocal_verbs() -> frozenset[str]:
    """Verbs whose coordinated subjects act on each other, from ``reciprocal.csv``."""
    return _lemma_set("reciprocal.csv")


def prefixed_irregular_base(word: str) -> str | None:
    """Base of a prefixed irregular past ("retook" -> "retake", "withheld" -> "withhold")."""
    table = irregular_pasts()
    for prefix in VERB_PREFIXES:
        rest = word[len(prefix):]
        if word.startswith(prefix) and rest in table:
            return prefix + table[rest]
    return None


@lru_cache(maxsize=1)
def bilateral_nouns() -> frozenset[str]:
    """Nouns of two-sided compacts and relations ("treaty", "relations"), from
    ``bilateral_nouns.csv``: a coordinated subject acting on one acts on each other."""
    return _lemma_set("bilateral_nouns.csv")


#: Kinds of row in ``allegations.csv`` (see the comments at its top).
ALLEGATION_KINDS: tuple[str, ...] = ("verb", "noun", "predicate", "instrument")


@lru_cache(maxsize=1)
def allegation_words() -> dict[str, dict[str, str]]:
    """``{kind: {lemma: CAMEO code}}`` from ``allegations.csv``: the words that make a
    reported clause an accusation of its subject. Each code must be an ACCUSE code."""
    path = data_path("events", "allegations.csv")
    table: dict[str, dict[str, str]] = {kind: {} for kind in ALLEGATION_KINDS}
    cameo = default_cameo_table()
    for line, row in read_table(path, required=("lemma", "kind", "cameo")):
        lemma, kind, code = row["lemma"].lower(), row["kind"].lower(), row["cameo"]
        if not lemma.replace("-", "").isalpha():
            raise KnowledgeError(str(path), line, f"lemma {lemma!r} is not a word")
        if kind not in table:
            raise KnowledgeError(str(path), line, f"kind {kind!r} not one of {ALLEGATION_KINDS}")
        info = cameo.get(code)
        if info is None or info.plover_type != "ACCUSE":
            raise KnowledgeError(str(path), line, f"CAMEO code {code!r} is not an ACCUSE code")
        if lemma in table[kind]:
            raise KnowledgeError(str(path), line, f"duplicate {kind} {lemma!r}")
        table[kind][lemma] = code
    return table
