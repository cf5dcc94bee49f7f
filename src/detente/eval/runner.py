"""Run an evaluation end to end: read the gold, code its sentences, score.

The pipeline is imported here only, lazily, so that reading and scoring stay
importable (and testable) without spaCy or the model.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path

from ..records import Article
from ..settings import Settings
from . import cameo, petrarch, plover
from .coding import CodedSet, code_articles
from .petrarch_dicts import convert_dictionaries, find_all_dictionaries
from .petrarch_verbs import (
    Lemmatiser,
    TriggerRow,
    convert_verbs,
    discarded_by,
    plain_lemma,
    read_discards,
    unique_rows,
    write_triggers,
)


def _code(articles: list[Article], settings: Settings, *, shared: bool = True) -> CodedSet:
    """Code with the process-wide pipeline for ``settings`` (``shared``) or a fresh one.

    A fresh pipeline is used for settings naming a temporary file, so that the
    process cache never keeps a pipeline keyed by a path that no longer exists.
    The spaCy model itself is loaded once per process either way.
    """
    from ..pipeline import Pipeline, get_pipeline

    pipeline = get_pipeline(settings) if shared else Pipeline(settings=settings)
    return code_articles(pipeline, articles)


def spacy_lemmatiser(model: str) -> Lemmatiser:
    """Dictionary words to the lemmas the coder's own spaCy pipeline gives.

    A verb the lemmatiser lists as a base form stays as it is ("need", "express": the
    dictionaries list verbs by their base form); any other word goes through its rules
    ("LEFT" -> "leave", "TIES" -> "tie"; nouns are mostly written in the plural).
    Without a rule-based lemmatiser, :func:`plain_lemma` is used.
    """
    from spacy.pipeline import Lemmatizer
    from spacy.tokens import Doc

    from ..nlp import load_model

    nlp = load_model(model)
    if "lemmatizer" not in nlp.pipe_names:
        return plain_lemma
    lemmatizer = nlp.get_pipe("lemmatizer")
    if not isinstance(lemmatizer, Lemmatizer) or lemmatizer.mode != "rule":
        return plain_lemma
    base_verbs = frozenset(lemmatizer.lookups.get_table("lemma_index").get("verb", ()))

    def lemma_of(word: str, pos: str) -> str:
        word = word.lower()
        if pos == "VERB" and word in base_verbs:
            return word
        doc = Doc(nlp.vocab, words=[word])
        doc[0].pos_ = pos
        lemmas = lemmatizer.rule_lemmatize(doc[0])
        return str(lemmas[0]) if lemmas else plain_lemma(word, pos)

    return lemma_of


def run_petrarch(
    path: Path | str,
    *,
    dictionaries: Path | str | None = None,
    settings: Settings | None = None,
) -> petrarch.PetrarchReport:
    """Evaluate on a PETRARCH validation file, optionally with its own dictionaries.

    The actor and agent dictionaries become a temporary actor-extension file, the
    verb dictionary (when there is one) a temporary trigger file that is the
    coder's whole trigger lexicon (a PETRARCH coder knows only its dictionary's
    verbs); both live only while the records are coded. A record containing a
    phrase of the discard dictionary is not coded at all.
    """
    settings = settings or Settings()
    gold = petrarch.read_petrarch(path)
    articles = petrarch.articles(gold)
    if dictionaries is None:
        return petrarch.score(gold, _code(articles, settings))
    found = find_all_dictionaries(dictionaries, gold.environment)
    discards = [d for p in found.discards for d in read_discards(p)]
    kept = [a for a in articles if discarded_by(a.text, discards) is None]
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="detente-eval-") as folder:
        extension = Path(folder) / "petrarch-actors.csv"
        conversion = convert_dictionaries(found.actors, found.agents, extension)
        problems.extend(conversion.problems)
        extended = settings.with_(actor_files=(*settings.actor_files, str(extension)))
        if found.verbs:
            triggers = Path(folder) / "petrarch-verbs.csv"
            problems.extend(write_verb_rows(found.verbs, triggers, settings.model))
            # the user's own trigger files (later) override the dictionary's rows
            extended = extended.with_(
                trigger_files=(str(triggers), *settings.trigger_files), triggers_only=True
            )
        coded = _code(kept, extended, shared=False)
    report = petrarch.score(gold, coded, conversion.codes)
    report.discarded = len(articles) - len(kept)
    report.problems.extend(f"dictionary: {p}" for p in problems)
    return report


def write_verb_rows(verb_files: Sequence[Path], out: Path, model: str) -> list[str]:
    """Convert PETRARCH verb dictionaries into one trigger file ``out``; their problems."""
    lemma_of = spacy_lemmatiser(model)
    rows: list[TriggerRow] = []
    problems: list[str] = []
    for verbs in verb_files:
        conversion = convert_verbs(verbs, lemma_of=lemma_of)
        rows.extend(conversion.rows)
        problems.extend(conversion.problems)
    write_triggers(unique_rows(rows), out)
    return problems


def run_plover(path: Path | str, *, settings: Settings | None = None) -> plover.PloverReport:
    gold = plover.read_plover(path)
    return plover.score(gold, _code(plover.articles(gold), settings or Settings()))


def run_cameo(path: Path | str, *, settings: Settings | None = None) -> cameo.CameoReport:
    gold = cameo.read_cameo(path)
    return cameo.score(gold, _code(cameo.articles(gold), settings or Settings()))
