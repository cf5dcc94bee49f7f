"""The coder: articles in, merged events out.

``Pipeline.code_articles`` is the one per-batch function; the local workers and
the Dask cluster wrap :func:`code_records` (a picklable, module-level entry that
keeps one ``Pipeline`` per process), they never fork the logic.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from . import when, where
from .actors import ActorResolver
from .errors import InputError
from .events.user_lexicon import extractor_for
from .ingest import article_from_record, parse_published
from .merge import merge_mentions
from .nlp import load_model, parse
from .records import Article, ArticleResult, Event
from .settings import Settings


class Pipeline:
    """Load the model and knowledge once; code many articles in batches."""

    def __init__(self, *, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self._nlp: Language | None = None
        self.resolver = ActorResolver.from_settings(self.settings)
        self.extractor = extractor_for(self.settings.trigger_files,
                                       only=self.settings.triggers_only)
        self.gazetteer = where.Gazetteer.default()

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = load_model(self.settings.model)
        return self._nlp

    def code_doc(self, doc: Doc, article: Article) -> list[Event]:
        """Code one parsed article (the stages after spaCy, in order)."""
        mentions = self.resolver.resolve(doc, article)
        readings = self.extractor.extract(doc, mentions, article)
        readings = when.assign_dates(doc, readings, article)
        readings = where.assign_locations(doc, readings, self.gazetteer)
        events = merge_mentions(readings, article)
        if not self.settings.keep_unasserted:
            events = [e for e in events if e.modality == "asserted"]
        return events

    def code_articles(self, articles: Iterable[Article]) -> Iterator[ArticleResult]:
        """Code articles in order, batching the parse; one failure never stops the rest."""
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) >= self.settings.batch_size:
                yield from self._code_batch(batch)
                batch = []
        if batch:
            yield from self._code_batch(batch)

    def _code_batch(self, batch: Sequence[Article]) -> Iterator[ArticleResult]:
        docs = parse(self.nlp, (a.text for a in batch), batch_size=self.settings.batch_size)
        for index, article in enumerate(batch):
            try:
                doc = next(docs)
            except Exception:
                # spaCy refused a text of this batch (longer than its max_length, ...) and
                # its stream is dead: parse the rest one by one so only that article fails.
                yield from (self._code_alone(a) for a in batch[index:])
                return
            yield self._code_parsed(article, doc)

    def _code_parsed(self, article: Article, doc: Doc) -> ArticleResult:
        try:
            return ArticleResult(article, self.code_doc(doc, article))
        except Exception as exc:
            return _failed(article, exc)

    def _code_alone(self, article: Article) -> ArticleResult:
        try:
            doc = self.nlp(article.text)
        except Exception as exc:
            return _failed(article, exc)
        return self._code_parsed(article, doc)

    def code_text(
        self, text: str, *, published: date | str | None = None, article_id: str = "text"
    ) -> list[Event]:
        if isinstance(published, str):  # the formats (and errors) of input records
            published = parse_published(published, article_id)
        article = Article(id=article_id, text=text, published=published)
        result = next(self.code_articles([article]))
        if result.error:
            raise RuntimeError(result.error)
        return result.events


def _failed(article: Article, exc: Exception) -> ArticleResult:
    """The result of an article that could not be coded: no events, one line naming it."""
    message = " ".join(str(exc).split())  # spaCy's messages may span lines
    return ArticleResult(article, [], f"{article.id}: {type(exc).__name__}: {message}")


_PIPELINES: dict[Settings, Pipeline] = {}


def get_pipeline(settings: Settings | None = None) -> Pipeline:
    """One pipeline per process and settings (the model is loaded once)."""
    settings = settings or Settings()
    if settings not in _PIPELINES:
        _PIPELINES[settings] = Pipeline(settings=settings)
    return _PIPELINES[settings]


def code_text(
    text: str, *, published: date | str | None = None, settings: Settings | None = None
) -> list[Event]:
    """Code one text: ``detente.code_text("...", published="2024-12-06")``."""
    return get_pipeline(settings).code_text(text, published=published)


def code_records(
    records: Sequence[dict[str, Any]], settings: Settings | None = None
) -> list[dict[str, Any]]:
    """The per-batch unit of work for scale-out: input records in, event dicts out.

    Each output dict is an event (``Event.to_dict``); records that fail yield
    ``{"error": ..., "article_id": ...}`` rows so the caller can report them.
    """
    pipeline = get_pipeline(settings)
    articles: list[Article] = []
    out: list[dict[str, Any]] = []
    for record in records:
        origin = str(record.get("id", "?")) if isinstance(record, dict) else "?"
        try:
            articles.append(article_from_record(record, origin=origin))
        except InputError as exc:
            out.append({"error": str(exc), "article_id": origin})
    for result in pipeline.code_articles(articles):
        if result.error:
            out.append({"error": result.error, "article_id": result.article.id})
        out.extend(e.to_dict() for e in result.events)
    return out
