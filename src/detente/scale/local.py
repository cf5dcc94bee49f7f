"""Code articles with parallel local worker processes, streaming and in bounded memory.

The unit of work is a chunk of about ``batch_size`` articles coded by
:meth:`detente.pipeline.Pipeline.code_articles` in a worker that loaded the
model once (pool initializer). At most ``2 * workers`` chunks are in flight, so
memory stays flat however long the input is; results come back in input order
(``ordered=True``) or as chunks finish.

A chunk that raises as a whole (spaCy refuses an over-long text, say) is coded
again one article at a time, so one bad article is reported and the rest kept.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING

from ..errors import ClusterError
from ..records import Article, ArticleResult
from ..settings import Settings
from .progress import Progress

if TYPE_CHECKING:
    from ..pipeline import Pipeline


@dataclass(slots=True)
class WorkerInfo:
    """What one worker process reports about itself with each chunk."""

    pid: int
    model_loads: int  # actual spaCy model loads in this process (must stay 1)
    startup_s: float  # imports + model + knowledge load in the initializer
    peak_rss_kb: int  # VmHWM of the process (0 where /proc is absent)
    chunks: int = 0


@dataclass(slots=True)
class RunStats:
    """Filled in by :func:`code_parallel` as it runs (pass one to read it afterwards)."""

    workers: dict[int, WorkerInfo] = field(default_factory=dict)
    chunks: int = 0
    articles: int = 0
    events: int = 0
    errors: int = 0

    def record(self, info: WorkerInfo, results: Sequence[ArticleResult]) -> None:
        self.workers[info.pid] = info
        self.chunks += 1
        self.articles += len(results)
        self.events += sum(len(r.events) for r in results)
        self.errors += sum(1 for r in results if r.error)


@dataclass(slots=True)
class ChunkResult:
    results: list[ArticleResult]
    worker: WorkerInfo


def peak_rss_kb(pid: int | str = "self") -> int:
    """Peak resident set size (VmHWM) of a process in KiB, 0 when /proc is unavailable."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def model_loads() -> int:
    """How many spaCy pipelines this process has really loaded (cache misses)."""
    from ..nlp import load_model

    return load_model.cache_info().misses


def code_chunk_with(pipeline: Pipeline, articles: Sequence[Article]) -> list[ArticleResult]:
    """Code a chunk; if it fails as a whole, code its articles one by one to isolate the bad one."""
    try:
        return list(pipeline.code_articles(articles))
    except Exception:
        return [code_one_with(pipeline, article) for article in articles]


def code_one_with(pipeline: Pipeline, article: Article) -> ArticleResult:
    try:
        return next(pipeline.code_articles([article]))
    except Exception as exc:
        return ArticleResult(article, [], f"{article.id}: {type(exc).__name__}: {exc}")


# --- worker process side -------------------------------------------------------------

_WORKER_SETTINGS: Settings | None = None
_WORKER_STARTUP_S = 0.0
_WORKER_CHUNKS = 0


def _init_worker(settings: Settings) -> None:
    """Pool initializer: load the pipeline (model and knowledge) once per process."""
    global _WORKER_SETTINGS, _WORKER_STARTUP_S
    started = time.perf_counter()
    from ..pipeline import get_pipeline

    _ = get_pipeline(settings).nlp
    _WORKER_SETTINGS = settings
    _WORKER_STARTUP_S = time.perf_counter() - started


def _worker_info() -> WorkerInfo:
    return WorkerInfo(os.getpid(), model_loads(), _WORKER_STARTUP_S, peak_rss_kb(),
                      _WORKER_CHUNKS)


def _code_chunk_in_worker(articles: list[Article]) -> ChunkResult:
    global _WORKER_CHUNKS
    from ..pipeline import get_pipeline

    if _WORKER_SETTINGS is None:  # the initializer always runs first; guard for misuse
        raise ClusterError("worker used before its initializer ran")
    results = code_chunk_with(get_pipeline(_WORKER_SETTINGS), articles)
    _WORKER_CHUNKS += 1
    return ChunkResult(results, _worker_info())


# --- parent side ---------------------------------------------------------------------


def chunked(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    """Lists of ``size`` items (the last may be shorter), pulled lazily."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def code_parallel(
    articles: Iterable[Article],
    *,
    settings: Settings,
    workers: int,
    ordered: bool = True,
    chunk_size: int | None = None,
    progress: bool | None = None,
    total: int | None = None,
    stats: RunStats | None = None,
    start_method: str = "spawn",
) -> Iterator[ArticleResult]:
    """Code ``articles`` with ``workers`` processes, yielding one result per article.

    ``workers == 1`` codes in this process. ``progress=None`` shows a bar on a
    terminal and log lines otherwise; ``total`` (or ``len(articles)``) enables
    the ETA. Pass ``stats`` to read worker pids, model loads and peak memory.
    """
    # Checked here, not in the generator below, so a bad call fails at once.
    if workers < 1:
        raise ClusterError(f"--workers must be at least 1, got {workers}")
    size = chunk_size or settings.batch_size
    if size < 1:
        raise ClusterError(f"chunk size must be at least 1, got {size}")
    if total is None and isinstance(articles, Sequence):
        total = len(articles)
    run_stats = stats if stats is not None else RunStats()
    return _stream(chunked(articles, size), settings, workers, ordered, progress, total,
                   run_stats, start_method)


def _stream(
    chunks: Iterator[list[Article]],
    settings: Settings,
    workers: int,
    ordered: bool,
    progress: bool | None,
    total: int | None,
    run_stats: RunStats,
    start_method: str,
) -> Iterator[ArticleResult]:
    with Progress(total=total, enabled=progress) as bar:
        source = (
            _code_in_process(chunks, settings)
            if workers == 1
            else _code_in_pool(chunks, settings, workers, ordered, start_method)
        )
        for chunk in source:
            run_stats.record(chunk.worker, chunk.results)
            errors = sum(1 for r in chunk.results if r.error)
            bar.advance(len(chunk.results), sum(len(r.events) for r in chunk.results), errors)
            yield from chunk.results


def _code_in_process(chunks: Iterable[list[Article]], settings: Settings) -> Iterator[ChunkResult]:
    from ..pipeline import get_pipeline

    started = time.perf_counter()
    pipeline = get_pipeline(settings)
    _ = pipeline.nlp
    startup = time.perf_counter() - started
    for n, chunk in enumerate(chunks, 1):
        results = code_chunk_with(pipeline, chunk)
        yield ChunkResult(results, WorkerInfo(os.getpid(), model_loads(), startup,
                                              peak_rss_kb(), n))


def _code_in_pool(
    chunks: Iterable[list[Article]],
    settings: Settings,
    workers: int,
    ordered: bool,
    start_method: str,
) -> Iterator[ChunkResult]:
    # spawn (not fork): a fresh interpreter per worker, no inherited threads or locks.
    context = multiprocessing.get_context(start_method)
    max_in_flight = 2 * workers  # keeps every worker busy while bounding memory
    pool = ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_init_worker, initargs=(settings,)
    )
    pending: deque[tuple[Future[ChunkResult], list[Article]]] = deque()
    source = iter(chunks)
    try:
        exhausted = False
        while True:
            while not exhausted and len(pending) < max_in_flight:
                chunk = next(source, None)
                if chunk is None:
                    exhausted = True
                    break
                pending.append((pool.submit(_code_chunk_in_worker, chunk), chunk))
            if not pending:
                return
            if ordered:
                future, chunk = pending.popleft()
            else:
                done, _ = wait([f for f, _ in pending], return_when=FIRST_COMPLETED)
                index = next(i for i, (f, _) in enumerate(pending) if f in done)
                future, chunk = pending[index]
                del pending[index]
            yield _chunk_outcome(future, chunk)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _chunk_outcome(future: Future[ChunkResult], chunk: list[Article]) -> ChunkResult:
    try:
        return future.result()
    except BrokenProcessPool as exc:
        raise ClusterError(
            f"a worker process died while coding articles {chunk[0].id}..{chunk[-1].id} "
            f"({exc}); its stderr above shows why (a model that failed to load, or the "
            "process killed for lack of memory: then lower --workers)"
        ) from exc
