"""Dump every actor mention, reading and event detente codes, to prove a change output-neutral.

Codes the bench corpus (300 articles), the dev gold sets, the PLOVER gold, the CAMEO
codebook examples, the PETRARCH unit-test records (the last three from ``--shared``, skipped
when absent) and ``examples/``, and writes one sorted canonical JSON line per mention, per
reading after when/where, per merged event and per event ``Pipeline.code_doc`` returns. Two
dumps of the same inputs are byte-identical exactly when the coding is unchanged, so a speed
change is checked by dumping before and after it (``PYTHONPATH`` selects the other tree)::

    .venv/bin/python bench/output_dump.py /tmp/before.jsonl
    # ... change the code ...
    .venv/bin/python bench/output_dump.py /tmp/after.jsonl && cmp /tmp/before.jsonl /tmp/after.jsonl
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from actors_overhead import articles as bench_articles
from detente import when, where
from detente.eval import cameo, petrarch, plover
from detente.ingest import article_from_record
from detente.merge import merge_mentions
from detente.pipeline import Pipeline
from detente.records import Article

ROOT = Path(__file__).resolve().parent.parent
#: The date given to the bundled plain-text examples, which carry none of their own.
EXAMPLE_DATE = date(2025, 4, 9)


def corpus(shared: Path) -> list[Article]:
    """Every article the dump codes, in a fixed order."""
    found: list[Article] = list(bench_articles(300))
    for xml in sorted(ROOT.glob("bench/goldsets/dev*/*.xml")):
        found += petrarch.articles(petrarch.read_petrarch(xml))
    gold = {
        "plover/PLOVER_GSR_CAMEO.txt": lambda p: plover.articles(plover.read_plover(p)),
        "cameo-goldstein/cameo-codes.csv": lambda p: cameo.articles(cameo.read_cameo(p)),
        "petrarch2-unittest/PETR.UnitTest.records.xml":
            lambda p: petrarch.articles(petrarch.read_petrarch(p)),
    }
    for name, read in gold.items():
        path = shared / "data" / name
        if path.exists():
            found += read(path)
        else:
            print(f"skipped {path}: not found", file=sys.stderr)
    for line in (ROOT / "examples/articles.jsonl").read_text().splitlines():
        if line.strip():
            found.append(article_from_record(json.loads(line), origin="examples"))
    for txt in sorted((ROOT / "examples").glob("*.txt")):
        found.append(Article(id=txt.name, text=txt.read_text(), published=EXAMPLE_DATE))
    return found


def plain(obj: object) -> object:
    """A record as JSON-ready values (dataclasses as dicts, dates as ISO strings)."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: plain(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, (list, tuple)):
        return [plain(x) for x in obj]
    if isinstance(obj, date):
        return obj.isoformat()
    return obj


def row(kind: str, article: Article, record: object) -> str:
    return json.dumps({"kind": kind, "article": article.id, "rec": plain(record)},
                      sort_keys=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args(argv)
    pipeline = Pipeline()
    articles = corpus(args.shared)
    print(f"{len(articles)} articles", file=sys.stderr)
    docs = pipeline.nlp.pipe([a.text for a in articles], batch_size=64)
    with args.out.open("w") as out:
        for article, doc in zip(articles, docs, strict=True):
            mentions = pipeline.resolver.resolve(doc, article)
            rows = [row("mention", article, m) for m in mentions]
            readings = pipeline.extractor.extract(doc, mentions, article)
            readings = when.assign_dates(doc, readings, article)
            readings = where.assign_locations(doc, readings, pipeline.gazetteer)
            rows += [row("reading", article, r) for r in readings]
            rows += [row("event", article, e) for e in merge_mentions(readings, article)]
            rows += [row("coded", article, e) for e in pipeline.code_doc(doc, article)]
            out.write("\n".join(sorted(rows)) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
