"""``detente eval petrarch|plover|cameo GOLD``: score the coder against a gold standard."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from ..errors import EvalError
from ..settings import Settings


def _settings(args: argparse.Namespace) -> Settings:
    settings = Settings(batch_size=args.batch_size, actor_files=tuple(args.actors),
                        trigger_files=tuple(args.triggers))
    return settings.with_(model=args.model) if args.model else settings


def _write_json(path: str, payload: dict[str, Any]) -> None:
    try:
        Path(path).write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n",
                              encoding="utf-8")
    except OSError as exc:
        raise EvalError(f"{path}: cannot write metrics: {exc}") from exc


def _cmd_eval(args: argparse.Namespace) -> int:
    from ..eval import cameo, petrarch, plover, runner

    settings = _settings(args)
    text: str
    payload: dict[str, Any]
    if args.gold_kind == "petrarch":
        p_report = runner.run_petrarch(args.gold, dictionaries=args.dictionaries,
                                       settings=settings)
        text = petrarch.format_report(p_report, per_record=args.per_record)
        payload = p_report.to_dict(per_record=True)
    elif args.gold_kind == "plover":
        v_report = runner.run_plover(args.gold, settings=settings)
        text = plover.format_report(v_report, per_record=args.per_record)
        payload = v_report.to_dict(per_record=True)
    else:
        c_report = runner.run_cameo(args.gold, settings=settings)
        text = cameo.format_report(c_report, per_record=args.per_record)
        payload = c_report.to_dict(per_record=True)
    print(text)
    if args.json:
        _write_json(args.json, {"kind": args.gold_kind, **payload})
    return 0


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "eval", help="score the coder against a gold standard (petrarch, plover, cameo)"
    )
    p.add_argument("gold_kind", choices=("petrarch", "plover", "cameo"), metavar="KIND",
                   help="petrarch (validation XML), plover (GSR JSON) or cameo (codebook CSV)")
    p.add_argument("gold", metavar="GOLD", help="the gold-standard file")
    p.add_argument("--dictionaries", metavar="DIR", default=None,
                   help="petrarch only: folder with the gold set's actor and agent dictionaries")
    p.add_argument("--per-record", action="store_true",
                   help="print every miss (id, text, expected, coded)")
    p.add_argument("--json", metavar="OUT", default=None,
                   help="write all metrics and per-record rows as JSON")
    p.add_argument("--model", default=None, help="spaCy pipeline (default: settings/env)")
    p.add_argument("--actors", action="append", default=[], metavar="FILE",
                   help="extra actor knowledge (CSV/YAML); may repeat")
    p.add_argument("--triggers", action="append", default=[], metavar="FILE",
                   help="extra trigger rows (CSV, columns of triggers.csv); may repeat")
    p.add_argument("--batch-size", type=int, default=64, help="sentences per nlp.pipe batch")
    p.set_defaults(func=_cmd_eval)
