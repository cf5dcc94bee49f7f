"""The coded side: batching through ``code_articles``, negation filter, actor codes."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from eval_fakes import build_event

from detente.eval.coding import code_articles, code_of, most_confident, unique_ids
from detente.records import Actor, Article, ArticleResult


class FakePipeline:
    """Stands in for ``Pipeline``: one call for the whole set, like the real batching."""

    def __init__(self) -> None:
        self.calls = 0

    def code_articles(self, articles: Iterable[Article]) -> Iterator[ArticleResult]:
        self.calls += 1
        for article in articles:
            if article.id == "broken":
                yield ArticleResult(article, [], "broken: ValueError: bad parse")
                continue
            yield ArticleResult(article, [
                build_event("ASSAULT", "190", article_id=article.id),
                build_event("ASSAULT", "190", modality="negated", article_id=article.id),
                build_event("THREATEN", "138", modality="future", article_id=article.id),
            ])


def test_code_articles_keeps_all_but_negated_events() -> None:
    fake = FakePipeline()
    coded = code_articles(fake, [Article("a", "text a"), Article("broken", "text b")])
    assert fake.calls == 1
    assert [e.modality for e in coded.of("a")] == ["asserted", "future"]
    assert coded.of("broken") == []
    assert coded.errors == {"broken": "broken: ValueError: bad parse"}
    assert coded.of("never-coded") == []


def test_unique_ids_are_stable() -> None:
    assert unique_ids(["A", "B", "A", "A"]) == ["A", "B", "A#2", "A#3"]


def test_code_of_actor() -> None:
    assert code_of(None) == "---"
    assert code_of(Actor("Iraq", "IRQ", "GOV", "IRQGOV")) == "IRQGOV"
    assert code_of(Actor("officials", None, "GOV", "GOV")) == "---GOV"


def test_most_confident_keeps_first_on_ties() -> None:
    first = build_event("CONSULT", "040", confidence=0.7)
    second = build_event("AGREE", "057", confidence=0.7)
    assert most_confident([first, second]) is first
    assert most_confident([]) is None
