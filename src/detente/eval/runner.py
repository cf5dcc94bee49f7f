"""Run an evaluation end to end: read the gold, code its sentences, score.

The pipeline is imported here only, lazily, so that reading and scoring stay
importable (and testable) without spaCy or the model.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from ..records import Article
from ..settings import Settings
from . import cameo, petrarch, plover
from .coding import CodedSet, code_articles
from .petrarch_dicts import convert_dictionaries, find_dictionaries


def _code(articles: list[Article], settings: Settings, *, shared: bool = True) -> CodedSet:
    """Code with the process-wide pipeline for ``settings`` (``shared``) or a fresh one.

    A fresh pipeline is used for settings naming a temporary file, so that the
    process cache never keeps a pipeline keyed by a path that no longer exists.
    The spaCy model itself is loaded once per process either way.
    """
    from ..pipeline import Pipeline, get_pipeline

    pipeline = get_pipeline(settings) if shared else Pipeline(settings=settings)
    return code_articles(pipeline, articles)


def run_petrarch(
    path: Path | str,
    *,
    dictionaries: Path | str | None = None,
    settings: Settings | None = None,
) -> petrarch.PetrarchReport:
    """Evaluate on a PETRARCH validation file, optionally with its own dictionaries.

    The dictionaries are converted into a temporary actor-extension file that
    lives only while the records are coded.
    """
    settings = settings or Settings()
    gold = petrarch.read_petrarch(path)
    articles = petrarch.articles(gold)
    if dictionaries is None:
        return petrarch.score(gold, _code(articles, settings))
    actors, agents = find_dictionaries(dictionaries, gold.environment)
    with tempfile.TemporaryDirectory(prefix="detente-eval-") as folder:
        extension = Path(folder) / "petrarch-actors.csv"
        conversion = convert_dictionaries(actors, agents, extension)
        extended = settings.with_(actor_files=(*settings.actor_files, str(extension)))
        coded = _code(articles, extended, shared=False)
    report = petrarch.score(gold, coded)
    report.problems.extend(f"dictionary: {p}" for p in conversion.problems)
    return report


def run_plover(path: Path | str, *, settings: Settings | None = None) -> plover.PloverReport:
    gold = plover.read_plover(path)
    return plover.score(gold, _code(plover.articles(gold), settings or Settings()))


def run_cameo(path: Path | str, *, settings: Settings | None = None) -> cameo.CameoReport:
    gold = cameo.read_cameo(path)
    return cameo.score(gold, _code(cameo.articles(gold), settings or Settings()))
