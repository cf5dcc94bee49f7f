"""The CI regression floor: headline scores on the reference gold sets must not drop.

``tests/eval/floor.json`` records, per headline score, the figure the coder
reached; the floor test fails when a fresh run scores below it minus the margin.

    python -m detente.eval.floor            # measure and compare (exit 1 on a drop)
    python -m detente.eval.floor --update   # measure and raise the floor (never lowers it)

The gold files are read from ``--shared`` (default: ``../shared/data`` beside the
checkout); a gold set that is absent is left out of the run and of the update.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..errors import DetenteError, EvalError

REPO_ROOT = Path(__file__).resolve().parents[3]
DEFAULT_FLOOR = REPO_ROOT / "tests" / "eval" / "floor.json"
DEFAULT_SHARED = REPO_ROOT.parent / "shared" / "data"
DEFAULT_MARGIN = 0.02

#: Gold sets of the floor: kind -> (gold file, dictionaries folder or None), under shared/data.
GOLD_SETS: dict[str, tuple[str, str | None]] = {
    "petrarch": ("petrarch2-unittest/PETR.UnitTest.records.xml", "petrarch2-unittest"),
    "plover": ("plover/PLOVER_GSR_CAMEO.txt", None),
    "cameo": ("cameo-goldstein/cameo-codes.csv", None),
}


def available(shared: Path) -> list[str]:
    """The gold-set kinds whose files exist under ``shared``."""
    return [kind for kind, (gold, _) in GOLD_SETS.items() if (shared / gold).is_file()]


def measure(kind: str, shared: Path) -> dict[str, float]:
    """Headline scores of one gold set, keyed ``<kind>.<score>``."""
    from . import runner

    gold, dictionaries = GOLD_SETS[kind]
    headline: dict[str, float]
    if kind == "petrarch":
        headline = runner.run_petrarch(
            shared / gold, dictionaries=shared / dictionaries if dictionaries else None
        ).headline()
    elif kind == "plover":
        headline = runner.run_plover(shared / gold).headline()
    else:
        headline = runner.run_cameo(shared / gold).headline()
    return {f"{kind}.{name}": value for name, value in headline.items()}


def read_floor(path: Path) -> dict[str, Any]:
    try:
        floor = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise EvalError(f"{path}: cannot read the floor: {exc}") from exc
    except json.JSONDecodeError as exc:
        raise EvalError(f"{path}: not JSON: {exc}") from exc
    scores = floor.get("scores") if isinstance(floor, dict) else None
    if not isinstance(scores, dict) or not all(
        isinstance(v, int | float) for v in scores.values()
    ):
        raise EvalError(f"{path}: expected {{'scores': {{name: number}}, 'margin': number}}")
    return floor


def drops(
    floor: dict[str, float], measured: dict[str, float], margin: float
) -> list[str]:
    """One message per measured score below its floor minus ``margin``."""
    return [
        f"{name}: {measured[name]:.4f} < floor {floor[name]:.4f} - {margin}"
        for name in sorted(measured)
        if name in floor and measured[name] < floor[name] - margin
    ]


def raised(floor: dict[str, float], measured: dict[str, float]) -> dict[str, float]:
    """The floor after a run: each score keeps the higher of old and new (rounded down)."""
    out = dict(floor)
    for name, value in measured.items():
        value = int(value * 10_000) / 10_000  # 4 decimals, never above what was measured
        out[name] = max(out.get(name, 0.0), value)
    return dict(sorted(out.items()))


def write_floor(path: Path, scores: dict[str, float], margin: float) -> None:
    payload = {
        "margin": margin,
        "scores": scores,
        "how": "python -m detente.eval.floor --update raises these after a better run",
    }
    path.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _run(argv)
    except DetenteError as exc:
        print(f"floor: error: {exc}", file=sys.stderr)
        return 2


def _run(argv: Sequence[str] | None) -> int:
    parser = argparse.ArgumentParser(prog="python -m detente.eval.floor", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--update", action="store_true", help="raise floor.json to this run")
    parser.add_argument("--floor", type=Path, default=DEFAULT_FLOOR)
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED,
                        help="folder holding the gold sets (shared/data)")
    args = parser.parse_args(argv)
    kinds = available(args.shared)
    if not kinds:
        print(f"no gold sets under {args.shared}", file=sys.stderr)
        return 2
    floor = read_floor(args.floor) if args.floor.exists() else {"scores": {}}
    margin = float(floor.get("margin", DEFAULT_MARGIN))
    measured: dict[str, float] = {}
    for kind in kinds:
        measured.update(measure(kind, args.shared))
    for name, value in sorted(measured.items()):
        old = floor["scores"].get(name)
        print(f"{name:32} {value:.4f}   floor {old if old is not None else '-'}")
    if args.update:
        write_floor(args.floor, raised(floor["scores"], measured), margin)
        print(f"updated {args.floor}")
        return 0
    failures = drops(floor["scores"], measured, margin)
    for failure in failures:
        print(f"DROP {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
