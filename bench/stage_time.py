"""Time the stages after parsing (``Pipeline.code_doc``) on pre-parsed articles.

Parses the corpus once, then codes every parsed doc; the parse is not timed. Use it
to tell a coding-cost change from machine noise in ``bench/throughput.py``: run it at
two commits back to back (``PYTHONPATH=<other checkout>/src`` selects the other one)::

    .venv/bin/python bench/stage_time.py --articles 300
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from actors_overhead import articles
from detente.pipeline import Pipeline


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    args = parser.parse_args(argv)
    pipeline = Pipeline()
    corpus = articles(args.articles)
    docs = list(pipeline.nlp.pipe([a.text for a in corpus], batch_size=64))
    pipeline.code_doc(docs[0], corpus[0])  # builds the lazily loaded matchers and tables
    start = time.perf_counter()
    pairs = zip(corpus, docs, strict=True)
    events = sum(len(pipeline.code_doc(doc, article)) for article, doc in pairs)
    seconds = time.perf_counter() - start
    print(f"articles: {len(corpus)}  events: {events}")
    print(f"code_doc: {seconds:.2f} s  ({1000 * seconds / len(corpus):.1f} ms per article)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
