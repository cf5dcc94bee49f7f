"""Readers: files, folders, JSON / JSONL records and stdin → :class:`Article`.

Readers never raise on one bad record: they yield an :class:`InputError` in its
place (naming file and record) and go on, so the caller reports it and codes
the rest. ``Article.text`` is the text as given; evidence offsets index it.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..records import Article

#: File endings read from folders.
TEXT_SUFFIXES = (".txt",)
RECORD_SUFFIXES = (".json", ".jsonl", ".ndjson")

# A last line naming the outlet, as news feeds append it: "Original Source: www.x.com".
_SOURCE_LINE = re.compile(r"\n[ \t]*(?:Original\s+)?Source:[ \t]*(?P<source>\S[^\n]*?)[ \t]*\s*\Z",
                          re.IGNORECASE)

_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})\s+([A-Za-z]{3,})\.?,?\s+(\d{4})$")
_MONTH_DAY_YEAR = re.compile(r"^([A-Za-z]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$")

ArticleOrError = Article | InputError


def parse_published(value: Any, origin: str) -> date | None:
    """Parse a publication date; accepts ISO dates/datetimes, YYYYMMDD, RFC 2822,
    "6 December 2024" and "December 6, 2024". Anything else is an error."""
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(int(value))
    if not isinstance(value, str):
        raise InputError(origin, f"'published' must be a date string, got {type(value).__name__}")
    text = value.strip()
    try:
        if re.fullmatch(r"\d{8}", text):
            return date(int(text[:4]), int(text[4:6]), int(text[6:]))
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return date.fromisoformat(text)
        if re.match(r"\d{4}-\d{2}-\d{2}[T ]", text):
            return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError as exc:
        raise InputError(origin, f"invalid date {value!r}: {exc}") from exc
    for pattern, order in ((_DAY_MONTH_YEAR, "dmy"), (_MONTH_DAY_YEAR, "mdy")):
        m = pattern.match(text)
        if m:
            day_s, month_s = (m[1], m[2]) if order == "dmy" else (m[2], m[1])
            month = _MONTHS.get(month_s[:3].lower())
            if month:
                try:
                    return date(int(m[3]), month, int(day_s))
                except ValueError as exc:
                    raise InputError(origin, f"invalid date {value!r}: {exc}") from exc
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    raise InputError(
        origin,
        f"unknown date format {value!r} (use YYYY-MM-DD, an ISO datetime, YYYYMMDD, "
        "RFC 2822 or '6 December 2024')",
    )


def decode_text(data: bytes, origin: str) -> str:
    """Decode UTF-8 (a BOM is dropped); binary or invalid bytes are an error."""
    if not data.strip():
        raise InputError(origin, "empty input")
    if b"\x00" in data[:8192]:
        raise InputError(origin, "binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            origin, f"invalid UTF-8 at byte {exc.start} ({data[exc.start:exc.start + 4]!r})"
        ) from exc


def split_source_line(text: str) -> tuple[str, str | None]:
    """Split a trailing "Original Source: …" line off; the text keeps its offsets."""
    m = _SOURCE_LINE.search(text)
    if not m:
        return text, None
    return text[: m.start()], m["source"]


def article_from_record(
    record: Any, *, origin: str, default_id: str | None = None,
    published: date | None = None,
) -> Article:
    """Build an :class:`Article` from a ``{id, text, published, title?, source?, url?}`` dict."""
    if not isinstance(record, dict):
        raise InputError(origin, f"record must be a JSON object, got {type(record).__name__}")
    text = record.get("text")
    if text is None:
        raise InputError(origin, "missing 'text' field")
    if not isinstance(text, str):
        raise InputError(origin, f"'text' must be a string, got {type(text).__name__}")
    if not text.strip():
        raise InputError(origin, "empty 'text'")
    raw_id = record.get("id", default_id)
    if raw_id is None or str(raw_id).strip() == "":
        raise InputError(origin, "missing 'id' field")
    when = parse_published(record.get("published", record.get("date")), origin) or published

    def optional(key: str) -> str | None:
        value = record.get(key)
        return str(value) if value not in (None, "") else None

    return Article(
        id=str(raw_id), text=text, published=when, title=optional("title"),
        source=optional("source"), url=optional("url"), origin=origin,
    )


def read_records_text(text: str, name: str, *, jsonl: bool,
                      published: date | None = None) -> Iterator[ArticleOrError]:
    """Articles from the text of a .json (object or list) or .jsonl file."""
    if jsonl:
        for n, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            origin = f"{name}:{n}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield InputError(origin, f"malformed JSON line: {exc.msg} (column {exc.colno})")
                continue
            try:
                yield article_from_record(record, origin=origin, default_id=f"{name}:{n}",
                                          published=published)
            except InputError as err:
                yield err
        return
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield InputError(name, f"malformed JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})")
        return
    records = data if isinstance(data, list) else [data]
    for i, record in enumerate(records):
        origin = f"{name}[{i}]" if isinstance(data, list) else name
        default_id = f"{Path(name).name}[{i}]" if isinstance(data, list) else Path(name).name
        try:
            yield article_from_record(record, origin=origin, default_id=default_id,
                                      published=published)
        except InputError as err:
            yield err


def read_text_file(text: str, name: str, *, published: date | None = None) -> Article:
    body, source = split_source_line(text)
    if not body.strip():
        raise InputError(name, "no article text (only a source line)")
    return Article(id=Path(name).name, text=body, published=published, source=source,
                   origin=name)


def _looks_like_records(text: str) -> bool:
    return text.lstrip()[:1] in ("{", "[")


def read_path(path: Path, *, published: date | None = None) -> Iterator[ArticleOrError]:
    """Articles from one file (by its ending) or, recursively, a folder."""
    name = str(path)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file()
                       and p.suffix.lower() in TEXT_SUFFIXES + RECORD_SUFFIXES
                       and not any(part.startswith(".") for part in p.relative_to(path).parts))
        if not files:
            yield InputError(name, "folder holds no .txt, .json or .jsonl files")
        for file in files:
            yield from read_path(file, published=published)
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(name, f"cannot read: {exc.strerror or exc}")
        return
    try:
        text = decode_text(data, name)
    except InputError as err:
        yield err
        return
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        yield from read_records_text(text, name, jsonl=True, published=published)
    elif suffix == ".json":
        yield from read_records_text(text, name, jsonl=False, published=published)
    else:
        try:
            yield read_text_file(text, name, published=published)
        except InputError as err:
            yield err


def read_stdin(*, published: date | None = None) -> Iterator[ArticleOrError]:
    data = sys.stdin.buffer.read()
    try:
        text = decode_text(data, "<stdin>")
    except InputError as err:
        yield err
        return
    if _looks_like_records(text):
        stripped = text.lstrip()
        # One JSON document (object or array), else JSON lines.
        try:
            json.loads(stripped)
            jsonl = False
        except json.JSONDecodeError:
            jsonl = True
        yield from read_records_text(text, "<stdin>", jsonl=jsonl, published=published)
    else:
        try:
            yield read_text_file(text, "<stdin>", published=published)
        except InputError as err:
            yield err


def read_articles(inputs: Iterable[str | Path], *,
                  published: date | None = None) -> Iterator[ArticleOrError]:
    """Articles (or the errors in their place) from paths, folders or ``-`` for stdin.

    ``published`` is the default publication date for inputs that carry none
    (plain text files, records without a ``published`` field).
    """
    for item in inputs:
        if str(item) == "-":
            yield from read_stdin(published=published)
            continue
        path = Path(item)
        if not path.exists():
            yield InputError(str(item), "no such file or folder")
            continue
        yield from read_path(path, published=published)
