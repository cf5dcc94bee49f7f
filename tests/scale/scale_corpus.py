"""Small corpora for the scale tests, from the benchmark's generator (bench/corpus.py)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from detente.ingest import article_from_record
from detente.records import Article

BENCH_CORPUS = Path(__file__).resolve().parents[2] / "bench" / "corpus.py"


def corpus_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("detente_bench_corpus", BENCH_CORPUS)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while defining
    spec.loader.exec_module(module)
    return module


def small_records(count: int, seed: int = 11) -> list[dict[str, Any]]:
    return list(corpus_module().generate_records(count, seed=seed))


def as_articles(records: list[dict[str, Any]]) -> list[Article]:
    return [article_from_record(r, origin=r["id"]) for r in records]


def write_jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def record_lines(records: list[dict[str, Any]]) -> list[str]:
    return [json.dumps(r) for r in records]
