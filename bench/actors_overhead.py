"""How much actor resolution adds to the bare spaCy parse, on ~1,000 news-like articles.

Uses ``bench/corpus.py`` (deterministic templated articles) and prints the parse
time, the resolve time and their ratio; the target is a ratio under 0.10::

    .venv/bin/python bench/actors_overhead.py --articles 1000
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generate_records
from detente.actors import ActorResolver
from detente.nlp import load_model, parse
from detente.records import Article
from detente.settings import Settings


def articles(count: int) -> list[Article]:
    out = []
    for record in generate_records(count):
        published = record.get("published")
        out.append(Article(
            id=str(record["id"]),
            text=str(record["text"]),
            published=date.fromisoformat(published) if published else None,
        ))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--batch-size", type=int, default=64)
    args = parser.parse_args(argv)

    settings = Settings()
    nlp = load_model(settings.model)
    resolver = ActorResolver.from_settings(settings)
    corpus = articles(args.articles)
    words = sum(len(a.text.split()) for a in corpus)

    start = time.perf_counter()
    docs = list(parse(nlp, (a.text for a in corpus), batch_size=args.batch_size))
    parse_seconds = time.perf_counter() - start

    resolver.resolve(docs[0], corpus[0])  # the matchers are built once, outside the timing
    start = time.perf_counter()
    mentions = sum(len(resolver.resolve(doc, a)) for doc, a in zip(docs, corpus, strict=True))
    resolve_seconds = time.perf_counter() - start

    print(f"articles: {len(corpus)}  words: {words}  mentions: {mentions}")
    print(f"spaCy parse: {parse_seconds:.2f} s  ({words / parse_seconds:,.0f} words/s)")
    print(f"resolve:     {resolve_seconds:.2f} s")
    print(f"ratio:       {resolve_seconds / parse_seconds:.3f}  (target < 0.10)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
