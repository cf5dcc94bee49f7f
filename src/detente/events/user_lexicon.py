"""User trigger rows: extra CSV files that extend (or replace) the packaged lexicon.

A user file has the columns of ``data/events/triggers.csv`` (``lemma, pos,
particle, object, cameo, frame``), plus optional ``converse`` and ``mutual``
columns: the code of the same event seen from the recipient's side, coded too when
the row's event has both sides, and the code of a coordinated subject's acting on
each other (:class:`DictionaryExtractor`). It is checked the same way: every
code must be in the CAMEO table and have a PLOVER type, and a bad row raises
:class:`~detente.errors.KnowledgeError` naming the file and line.

Precedence: a user row *replaces* every packaged row for its ``(lemma, pos)``.
The user describes the whole behaviour of a verb they list (its bare code and its
particle/object refinements), so a packaged refinement never overrides the user's
code for the same word; words the user does not list keep the packaged rows.
Among several user files, a later file likewise replaces an earlier one's rows for
the same ``(lemma, pos)``; rows of one file for the same key add up. With
``only=True`` the packaged rows are left out entirely, and the user's codes are
written as given (no intent or converse re-coding: :func:`as_given`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from spacy.tokens import Doc

from ..records import ActorMention, Article, EventMention
from .extractor import EventExtractor
from .lexicon import (
    CameoInfo,
    TriggerEntry,
    TriggerLexicon,
    default_cameo_table,
    default_lexicon,
)


def read_user_triggers(path: Path | str, cameo: dict[str, CameoInfo]) -> TriggerLexicon:
    """One user trigger file, checked as the packaged one is (errors name file and line)."""
    return TriggerLexicon.from_file(path, cameo)


def overlay(base: TriggerLexicon, user: TriggerLexicon) -> TriggerLexicon:
    """``base`` with every ``(lemma, pos)`` that ``user`` lists replaced by the user's rows."""
    replaced = user.keys()
    kept = [row for row in base.rows() if (row.lemma, row.pos) not in replaced]
    return TriggerLexicon([*kept, *user.rows()])


def user_lexicon(
    paths: Sequence[Path | str],
    *,
    only: bool = False,
    base: TriggerLexicon | None = None,
    cameo: dict[str, CameoInfo] | None = None,
) -> TriggerLexicon:
    """The lexicon the coder uses: packaged rows (unless ``only``) overlaid by each file."""
    cameo = cameo if cameo is not None else default_cameo_table()
    lexicon = TriggerLexicon([]) if only else (base if base is not None else default_lexicon())
    for path in paths:
        lexicon = overlay(lexicon, read_user_triggers(path, cameo))
    return lexicon


def as_given(cameo: dict[str, CameoInfo]) -> dict[str, CameoInfo]:
    """The CAMEO table without its intent and converse links.

    A complete coding dictionary (a PETRARCH verb file) states the code to write
    for every verb and pattern: announced actions are coded by their own verbs
    ("promise", "pledge"), and a visit's hosting side only where the dictionary
    gives a second code. So the extractor must not re-code a future act as its
    intent or add the converse event on its own.
    """
    return {code: replace(info, intent=None, converse=None) for code, info in cameo.items()}


#: A converse reading ranks just below the reading the sentence states (as the extractor
#: ranks a visit's hosting side).
CONVERSE_WEIGHT = 0.9


class DictionaryExtractor(EventExtractor):
    """The extractor over a user lexicon, adding the converse events its rows ask for.

    A user row may carry a ``converse`` code (a PETRARCH ``[A:B]`` code): an event
    coded from that row with both an actor and a recipient is also coded from the
    recipient's side with that code ("X left for Y" 032 is also "Y received X" 033).
    A row whose converse is its own code names a mutual act ([064:064]): when its
    subject is coordinated and no target is named, each conjunct acts on the others
    ("Gondor and Osgiliath renewed ties": GON -> OSG and OSG -> GON). A row's
    ``mutual`` code (PETRARCH ``% *``) is the code of that reading for any row
    ("X and Y agree that ...": 030 each way, where "X agreed" alone is 081).
    """

    def extract(
        self, doc: Doc, mentions: Sequence[ActorMention], article: Article
    ) -> list[EventMention]:
        readings = self._mutual(doc, super().extract(doc, mentions, article))
        out: list[EventMention] = []
        for reading in readings:
            out.append(reading)
            converse = self._converse(doc, reading)
            if converse is not None:
                out.append(converse)
        return out

    def _row(self, doc: Doc, reading: EventMention) -> TriggerEntry | None:
        """The lexicon row ``reading`` was coded from (not one the extractor re-coded)."""
        start, end = reading.evidence.trigger_start, reading.evidence.trigger_end
        span = doc.char_span(start, end) if start is not None and end is not None else None
        if span is None or len(span) != 1:
            return None
        match = self.match(span[0])
        if match is None or match.entry.cameo != reading.cameo:
            return None
        return match.entry

    def _mutual_code(self, doc: Doc, reading: EventMention) -> str | None:
        """The code of a coordinated subject's mutual reading, if the row has one."""
        row = self._row(doc, reading)
        if row is None:
            return None
        if row.mutual is not None:
            return row.mutual
        return row.cameo if row.converse == row.cameo else None

    def _mutual(self, doc: Doc, readings: list[EventMention]) -> list[EventMention]:
        """Coordinated subjects of a mutual act with no target: each acts on the others."""
        groups: dict[tuple[int | None, str], list[EventMention]] = {}
        for reading in readings:
            if reading.recipient is None and reading.actor is not None:
                groups.setdefault((reading.evidence.trigger_start, reading.cameo), []).append(
                    reading)
        out: list[EventMention] = []
        for reading in readings:
            key = (reading.evidence.trigger_start, reading.cameo)
            group = groups.get(key, []) if reading.recipient is None else []
            doers = list({r.actor.code: r.actor for r in group if r.actor}.values())
            code = self._mutual_code(doc, reading) if len(doers) > 1 else None
            if code is None:
                out.append(reading)
                continue
            if reading is group[0]:  # the group's pairs, once, in the first reading's place
                mutual = _recoded(reading, self.cameo[code])
                out.extend(replace(mutual, actor=a, recipient=b)
                           for a in doers for b in doers if a is not b)
        return out

    def _converse(self, doc: Doc, reading: EventMention) -> EventMention | None:
        if reading.actor is None or reading.recipient is None:
            return None
        if reading.actor.code == reading.recipient.code:
            return None
        row = self._row(doc, reading)
        if row is None or row.converse is None:
            return None
        return replace(
            _recoded(reading, self.cameo[row.converse]),
            actor=reading.recipient,
            recipient=reading.actor,
            confidence=round(reading.confidence * CONVERSE_WEIGHT, 3),
        )


def _recoded(reading: EventMention, info: CameoInfo) -> EventMention:
    """``reading`` with the code ``info`` (type, mode, context and scores follow it)."""
    return replace(reading, **info.event_fields())


def extractor_for(paths: Sequence[Path | str], *, only: bool = False) -> EventExtractor:
    """The packaged extractor when no user file is given, else one over the overlaid lexicon.

    With ``only``, the user files are the coder's whole lexicon and their codes are
    written as given (:func:`as_given`).
    """
    if not paths and not only:
        return EventExtractor.default()
    cameo = default_cameo_table()
    return DictionaryExtractor(user_lexicon(paths, only=only), as_given(cameo) if only else cameo)

