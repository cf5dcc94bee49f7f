"""Loading knowledge tables (CSV / YAML data files) with a schema check.

Knowledge lives as readable data files inside the package (``detente/data``),
never as Python literals. Each loader states the columns it needs; a malformed
row raises :class:`~detente.errors.KnowledgeError` naming file and line.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator, Sequence
from importlib import resources
from pathlib import Path

from .errors import KnowledgeError


def data_path(*parts: str) -> Path:
    """Path of a packaged data file, e.g. ``data_path("events", "triggers.csv")``."""
    root = resources.files("detente") / "data"
    return Path(str(root.joinpath(*parts)))


def read_table(
    path: Path | str,
    *,
    required: Sequence[str],
    optional: Sequence[str] = (),
) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield ``(line_number, row)`` from a CSV file with a header row.

    Lines starting with ``#`` and blank lines are skipped (comments say why an
    entry is there). Missing required columns or empty required cells raise a
    :class:`KnowledgeError` with the line number.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise KnowledgeError(str(path), None, f"cannot read: {exc}") from exc
    lines = [
        (n, line)
        for n, line in enumerate(text.splitlines(), start=1)
        if line.strip() and not line.lstrip().startswith("#")
    ]
    if not lines:
        raise KnowledgeError(str(path), None, "empty table (no header row)")
    header_line, header = lines[0]
    columns = next(csv.reader([header]))
    columns = [c.strip() for c in columns]
    missing = [c for c in required if c not in columns]
    if missing:
        raise KnowledgeError(str(path), header_line, f"missing column(s): {', '.join(missing)}")
    known = set(required) | set(optional)
    unknown = [c for c in columns if c not in known]
    if unknown:
        raise KnowledgeError(str(path), header_line, f"unknown column(s): {', '.join(unknown)}")
    for n, line in lines[1:]:
        cells = next(csv.reader([line]))
        if len(cells) > len(columns):
            raise KnowledgeError(
                str(path), n, f"{len(cells)} cells for {len(columns)} columns"
            )
        row = {c: (cells[i].strip() if i < len(cells) else "") for i, c in enumerate(columns)}
        empty = [c for c in required if not row.get(c)]
        if empty:
            raise KnowledgeError(str(path), n, f"empty required cell(s): {', '.join(empty)}")
        yield n, row


def split_list(cell: str, sep: str = "|") -> list[str]:
    """Split a multi-valued cell (``a|b|c``) into its non-empty parts."""
    return [part.strip() for part in cell.split(sep) if part.strip()]
