"""``detente`` entry point: builds the argument parser from the command modules.

Each command module exposes ``register(subparsers)`` which adds its sub-commands
and sets ``func`` (``(args) -> int`` exit status) on each. Modules are imported
lazily by name so ``detente --help`` stays fast.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from .. import __version__
from ..errors import DetenteError

#: Command modules under ``detente.cli``, in help order. Add one line per module.
COMMAND_MODULES: tuple[str, ...] = (
    "coding",  # code, ingest, events, summary
    "scale_cmd",  # cluster code, load
    "eval_cmd",  # eval petrarch|plover|cameo
    "analytics_cmd",  # dyad, alerts, brief, network, export
    "actors_cmd",  # actors lookup, actors list
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="detente",
        description="News text in, coded political events (PLOVER/CAMEO) out.",
    )
    parser.add_argument("--version", action="version", version=f"detente {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"detente.cli.{name}")
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        status: int = args.func(args)
    except DetenteError as exc:
        print(f"detente: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # the reader closed the pipe (`detente eval ... | head`): stop quietly, as Unix tools do
        _silence_stdout()
        return 141
    return status


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush does not fail again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


if __name__ == "__main__":
    sys.exit(main())
