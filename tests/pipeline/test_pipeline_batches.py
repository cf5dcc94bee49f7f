"""Pipeline.code_articles: one article spaCy refuses never costs the rest of its batch."""

from __future__ import annotations

from datetime import date

from detente.pipeline import Pipeline
from detente.records import Article

DAY = date(2024, 12, 6)


def test_a_text_the_parser_refuses_fails_alone(pipeline: Pipeline) -> None:
    first = Article(id="first", text="Russian forces attacked Kharkiv on Monday.", published=DAY)
    # Longer than spaCy's max_length (1,000,000 characters): nlp.pipe raises for the batch.
    huge = Article(id="huge", text="word " * 200_001, published=DAY)
    last = Article(id="last", text="China condemned Japan on Tuesday.", published=DAY)
    results = list(pipeline.code_articles([first, huge, last]))
    assert [r.article.id for r in results] == ["first", "huge", "last"]
    failed = results[1]
    assert failed.events == []
    assert failed.error is not None
    assert failed.error.startswith("huge: ValueError: [E088] Text of length 1000005")
    assert "\n" not in failed.error
    # the others are coded exactly as they are on their own
    for article, result in ((first, results[0]), (last, results[2])):
        [alone] = list(pipeline.code_articles([article]))
        assert result.error is None
        assert result.events and result.events == alone.events
