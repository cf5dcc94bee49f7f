"""Parallel local workers: same events as one process, any order, bad articles isolated."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from scale_corpus import as_articles, record_lines, small_records, write_jsonl

from detente.cli.main import main
from detente.errors import ClusterError
from detente.records import Article, ArticleResult
from detente.scale.local import RunStats, chunked, code_parallel
from detente.settings import Settings
from detente.store import EventStore, event_row

SETTINGS = Settings(batch_size=4)


def coded(results: list[ArticleResult]) -> list[tuple[str, list[dict[str, object]]]]:
    return [(r.article.id, [e.to_dict() for e in r.events]) for r in results]


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    return as_articles(small_records(12))


@pytest.fixture(scope="module")
def serial(articles: list[Article]) -> list[ArticleResult]:
    return list(code_parallel(articles, settings=SETTINGS, workers=1, progress=False))


def too_long(article: Article) -> Article:
    # Longer than spaCy's max_length (1,000,000 characters): the parser refuses it.
    return replace(article, id="too-long", text="word " * 200_001)


def test_chunked_is_lazy_and_complete() -> None:
    assert list(chunked(iter(range(7)), 3)) == [[0, 1, 2], [3, 4, 5], [6]]  # type: ignore[arg-type]


def test_serial_run_finds_events(serial: list[ArticleResult]) -> None:
    assert all(r.error is None for r in serial)
    # the generated articles carry 3-6 event sentences each: the coder must find many
    assert sum(len(r.events) for r in serial) >= 2 * len(serial)


@pytest.mark.slow
def test_two_workers_give_the_same_events_in_order(
    articles: list[Article], serial: list[ArticleResult]
) -> None:
    stats = RunStats()
    parallel = list(code_parallel(iter(articles), settings=SETTINGS, workers=2, progress=False,
                                  stats=stats))
    assert coded(parallel) == coded(serial)
    # 3 chunks of 4 went to worker processes that each loaded the model once
    assert stats.chunks == 3
    assert sum(w.chunks for w in stats.workers.values()) == 3  # cumulative per worker
    assert os.getpid() not in stats.workers
    assert 1 <= len(stats.workers) <= 2
    assert {w.model_loads for w in stats.workers.values()} == {1}
    assert all(w.startup_s > 0 and w.peak_rss_kb > 0 for w in stats.workers.values())


@pytest.mark.slow
def test_unordered_gives_the_same_set_and_isolates_a_bad_article(
    articles: list[Article], serial: list[ArticleResult]
) -> None:
    bad = too_long(articles[0])
    inputs = [*articles[:5], bad, *articles[5:]]
    results = list(code_parallel(inputs, settings=SETTINGS, workers=2, ordered=False,
                                 chunk_size=3, progress=False))
    failed = [r for r in results if r.error]
    assert [r.article.id for r in failed] == ["too-long"]
    assert failed[0].error is not None and failed[0].error.startswith("too-long: ValueError")
    good = sorted(coded([r for r in results if not r.error]), key=lambda item: item[0])
    assert good == sorted(coded(serial), key=lambda item: item[0])


def test_in_process_bad_article_is_reported_and_the_rest_kept(
    articles: list[Article], serial: list[ArticleResult]
) -> None:
    inputs = [articles[0], too_long(articles[1]), articles[2]]
    results = list(code_parallel(inputs, settings=SETTINGS, workers=1, progress=False))
    assert [r.article.id for r in results] == [articles[0].id, "too-long", articles[2].id]
    assert results[1].error is not None and "E088" in results[1].error
    assert coded([results[0], results[2]]) == coded([serial[0], serial[2]])


def test_bad_worker_counts_are_refused_at_the_call(articles: list[Article]) -> None:
    with pytest.raises(ClusterError, match="at least 1, got 0"):
        code_parallel(articles, settings=SETTINGS, workers=0)
    with pytest.raises(ClusterError, match="chunk size must be at least 1"):
        code_parallel(articles, settings=SETTINGS, workers=1, chunk_size=-1)


@pytest.mark.slow
def test_a_worker_that_cannot_load_its_model_is_a_clear_error(articles: list[Article]) -> None:
    settings = SETTINGS.with_(model="en_core_web_no_such_model")
    with pytest.raises(ClusterError, match=rf"died while coding articles {articles[0].id}\.\."):
        list(code_parallel(articles[:2], settings=settings, workers=2, progress=False))


@pytest.mark.slow
def test_cli_code_with_workers_streams_parquet_that_loads(
    serial: list[ArticleResult], tmp_path: Path
) -> None:
    corpus = write_jsonl(tmp_path / "corpus.jsonl", record_lines(small_records(12)))
    out = tmp_path / "events.parquet"
    assert main(["code", str(corpus), "--workers", "2", "--batch-size", "4",
                 "--out", str(out)]) == 0
    expected = [event_row(e) for r in serial for e in r.events]
    assert pq.read_table(out).to_pylist() == expected
    db = tmp_path / "events.duckdb"
    assert main(["load", str(out), "--db", str(db)]) == 0
    with EventStore(db, read_only=True) as store:
        articles = len({row["article_id"] for row in expected})  # those with events
        assert store.counts() == {"articles": articles, "events": len(expected)}
