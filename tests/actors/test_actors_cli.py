"""``detente actors lookup`` / ``detente actors list``."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.cli.main import main


def test_lookup_by_date(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["actors", "lookup", "Jeyhun Bayramov", "--date", "2024-12-05"]) == 0
    out = capsys.readouterr().out
    assert "person   AZE   GOV   Jeyhun Bayramov  [foreign minister]  2020-07-16.." in out
    assert ("resolved (2024-12-05): country=AZE sector=GOV code=AZEGOV name=Jeyhun Bayramov "
            "rule=officeholder:Jeyhun Bayramov@2020-07-16..") in out


def test_lookup_former_official(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["actors", "lookup", "Blinken", "--date", "2026-01-01"]) == 0
    assert "code=USAELI" in capsys.readouterr().out


def test_lookup_unknown_name(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["actors", "lookup", "Nobody Atall"]) == 1
    assert "no actor entry is named 'Nobody Atall'" in capsys.readouterr().out


def test_list_country_on_date(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["actors", "list", "--country", "arm", "--date", "2019-01-01"]) == 0
    out = capsys.readouterr().out
    assert "Zohrab Mnatsakanyan  [foreign minister]  2018-05-12..2020-11-16" in out
    assert "Ararat Mirzoyan" not in out


def test_user_file_in_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "extra.csv"
    path.write_text("name,country,sector,kind,start,end,canonical\n"
                    "Arnor,ARN,,country,,,Arnor\n", encoding="utf-8")
    assert main(["actors", "lookup", "Arnor", "--actors", str(path)]) == 0
    assert "code=ARN name=Arnor rule=country:Arnor" in capsys.readouterr().out


def test_malformed_user_file_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("name,country,sector,kind,start,end,canonical\n"
                    "Arnor,ARN,,realm,,,\n", encoding="utf-8")
    assert main(["actors", "lookup", "Arnor", "--actors", str(path)]) == 1
    err = capsys.readouterr().err
    assert f"[E201] {path}:2: kind 'realm'" in err
