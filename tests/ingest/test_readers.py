"""Readers: every kind of input, and every kind of bad input, named in one line."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from detente.errors import InputError
from detente.ingest import parse_published, read_articles, split_source_line
from detente.records import Article


def _read(*paths: Path | str, published: date | None = None) -> list[Article | InputError]:
    return list(read_articles([str(p) for p in paths], published=published))


def test_txt_file_source_line_is_the_outlet_and_offsets_hold(tmp_path: Path) -> None:
    body = "Armenia and Azerbaijan held talks in Geneva on Monday.\n"
    f = tmp_path / "talks.txt"
    f.write_text(body + "Original Source: www.example.org", encoding="utf-8")
    [art] = _read(f, published=date(2024, 5, 2))
    assert isinstance(art, Article)
    assert art.id == "talks.txt"
    assert art.source == "www.example.org"
    assert art.text == body.rstrip("\n")
    assert art.published == date(2024, 5, 2)
    # The text is a prefix of the file: offsets into it index the file too.
    assert f.read_text(encoding="utf-8").startswith(art.text)


def test_split_source_line_leaves_text_without_one_alone() -> None:
    assert split_source_line("No outlet here.\nJust text.") == ("No outlet here.\nJust text.", None)


def test_json_object_list_and_jsonl(tmp_path: Path) -> None:
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"id": "a1", "text": "Text one.", "published": "2024-12-06",
                               "source": "APA", "title": "T"}), encoding="utf-8")
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{"id": "b1", "text": "B one."}, {"id": "b2", "text": "B two."}]),
                    encoding="utf-8")
    lines = tmp_path / "recs.jsonl"
    lines.write_text('{"id": "c1", "text": "C one.", "published": "20240102"}\n\n'
                     '{"id": "c2", "text": "C two.", "url": "http://x"}\n', encoding="utf-8")
    got = _read(one, many, lines)
    assert [a.id for a in got if isinstance(a, Article)] == ["a1", "b1", "b2", "c1", "c2"]
    first = got[0]
    assert isinstance(first, Article)
    assert (first.published, first.source, first.title) == (date(2024, 12, 6), "APA", "T")
    c1 = got[3]
    assert isinstance(c1, Article) and c1.published == date(2024, 1, 2)


def test_folder_is_read_recursively_in_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Second.", encoding="utf-8")
    (tmp_path / "1.txt").write_text("First.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    assert [a.id for a in _read(tmp_path) if isinstance(a, Article)] == ["1.txt", "2.txt"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty input"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        (b"Caf\xe9 talks resumed.", "invalid UTF-8 at byte 3"),
    ],
)
def test_bad_text_files_name_the_file(tmp_path: Path, content: bytes, message: str) -> None:
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    [err] = _read(f)
    assert isinstance(err, InputError)
    assert str(f) in str(err) and message in str(err)
    assert "\n" not in str(err)


def test_bad_records_are_reported_and_the_rest_kept(tmp_path: Path) -> None:
    f = tmp_path / "mixed.jsonl"
    f.write_text(
        '{"id": "ok1", "text": "Fine."}\n'
        '{"id": "broken", "text": \n'
        '{"id": "notext"}\n'
        '{"id": "baddate", "text": "Dated.", "published": "the fifth of Nevember"}\n'
        '["not", "an", "object"]\n'
        '{"id": "ok2", "text": "Also fine."}\n',
        encoding="utf-8",
    )
    got = _read(f)
    assert [a.id for a in got if isinstance(a, Article)] == ["ok1", "ok2"]
    errors = [str(e) for e in got if isinstance(e, InputError)]
    assert len(errors) == 4
    assert f"{f}:2: malformed JSON line" in errors[0]
    assert f"{f}:3: missing 'text' field" in errors[1]
    assert f"{f}:4: unknown date format 'the fifth of Nevember'" in errors[2]
    assert f"{f}:5: record must be a JSON object" in errors[3]


def test_missing_file_and_malformed_json_document(tmp_path: Path) -> None:
    f = tmp_path / "doc.json"
    f.write_text('{"id": "x", "text": "unterminated', encoding="utf-8")
    missing, malformed = _read(tmp_path / "nope.txt", f)
    assert isinstance(missing, InputError) and "no such file" in str(missing)
    assert isinstance(malformed, InputError) and "malformed JSON" in str(malformed)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-12-06", date(2024, 12, 6)),
        ("2024-12-06T10:30:00Z", date(2024, 12, 6)),
        ("20241206", date(2024, 12, 6)),
        ("Fri, 06 Dec 2024 10:00:00 GMT", date(2024, 12, 6)),
        ("6 December 2024", date(2024, 12, 6)),
        ("December 6, 2024", date(2024, 12, 6)),
        ("Dec. 6th 2024", date(2024, 12, 6)),
    ],
)
def test_publication_date_formats(text: str, expected: date) -> None:
    assert parse_published(text, "t") == expected


def test_impossible_date_is_an_error() -> None:
    with pytest.raises(InputError, match="invalid date '2024-02-30'"):
        parse_published("2024-02-30", "rec-7")
