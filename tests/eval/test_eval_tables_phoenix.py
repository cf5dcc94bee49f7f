"""``data/eval/phoenix_bodies.csv``: international bodies -> Phoenix codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.errors import KnowledgeError
from detente.eval.tables import (
    body_key,
    phoenix_bodies,
    phoenix_countries,
    read_phoenix_bodies,
    read_phoenix_countries,
)


def test_packaged_table_reads() -> None:
    table = phoenix_bodies()
    assert table["nato"] == "IGOWSTNAT"
    assert table["amnesty international"] == "NGOHRIAMN"
    assert all(code[:3] in ("IGO", "NGO") for code in table.values())


def test_body_key() -> None:
    assert body_key("The  African Union") == "african union"
    assert body_key("Theodore Fund") == "theodore fund"


def test_bad_rows_name_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bodies.csv"
    path.write_text("name,code\nNATO,IGOWSTNAT\nnato|AU,IGOAFRAFU\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match=rf"{path}:3: name 'nato' is listed twice \(first"):
        read_phoenix_bodies(path)
    path.write_text("name,code\nNATO,USAGOV\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match=rf"{path}:2: 'USAGOV' is not a Phoenix body code"):
        read_phoenix_bodies(path)


def test_phoenix_country_codes_must_be_three_letters(tmp_path: Path) -> None:
    path = tmp_path / "countries.csv"
    path.write_text("plover,phoenix\nKOS,KSV\nKOS,KSVX\n", encoding="utf-8")
    with pytest.raises(KnowledgeError,
                       match=rf"{path}:3: 'KOS' -> 'KSVX': country codes are three letters"):
        read_phoenix_countries(path)


def test_packaged_country_table_renames_kosovo() -> None:
    assert phoenix_countries() == {"KOS": "KSV", "XKX": "KSV"}
