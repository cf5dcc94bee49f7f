"""PETRARCH actor / agent dictionaries -> actor-extension CSV."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from detente.errors import EvalError
from detente.eval.petrarch_dicts import (
    EXTENSION_COLUMNS,
    ExtensionRow,
    convert_actors,
    convert_agents,
    convert_dictionaries,
    find_dictionaries,
    parse_code,
    proper_name,
    subtract,
)

ACTORS = """<!-- A TEST DICTIONARY
# with a comment block over several lines -->
ARNOR_  [ARN]
GONDOR [GON]
+MINAS_TIRITH
+ANORIEN # the province
ITHILEN MILITARY  [ITHMIL]
HAMAS [PSEREBHMS]
ENT
\t[ENT]
GOLLUM  # pas 27 Apr 03
+SMEAGOL
\t[HOB < 950601]
\t[HOBGOV 19950601 - 19990815]
\t[HOBREB > 990816]
SAM_GAMGEE [HOB]
\t[ORCHOB 20100109-20100112] # overrides the next restriction
\t[HOBMIL 20080120-20121109]
BOROMIR  [---]
LORIEN  [ELR/GAL]
U.S.S.R
+USSR
\t[USR <911226]
"""

AGENTS = """!PERSON! = MAN, WOMEN
PRESIDENT [~GOV] # ns
FOREIGN_MINISTER [~GOVFRM]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]
POLICE {} [ ~COP]
CONGRESS!PERSON! [~LEG]
PARTY [~PTY]
MUSLIM  [~MUS]
HUMAN_RIGHTS_BODY  [NGO~]
BROKEN LINE
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_parse_code_forms() -> None:
    assert parse_code("ARN") == ("ARN", "", "")
    assert parse_code("HOB < 950601") == ("HOB", "", "1995-05-31")
    assert parse_code("HOBREB >990816") == ("HOBREB", "1999-08-17", "")
    assert parse_code("HOBGOV 19950601 - 19990815") == ("HOBGOV", "1995-06-01", "1999-08-15")
    assert parse_code("RHO <790606") == ("RHO", "", "1979-06-05")
    assert parse_code("G77") == ("G77", "", "")
    with pytest.raises(ValueError, match="unreadable code"):
        parse_code("ARN ?? 12")


def test_proper_names() -> None:
    assert proper_name("ARNOR_") == "Arnor"
    assert proper_name("PRINCE OF DOL AMROTH") == "Prince of Dol Amroth"
    assert proper_name("U.S.S.R") == "U.S.S.R"
    assert proper_name("AL-QAEDA") == "Al-Qaeda"


def test_subtract_intervals() -> None:
    whole = (date.min, date.max)
    taken = [(date(2010, 1, 1), date(2010, 1, 31))]
    assert subtract(whole, taken) == [
        (date.min, date(2009, 12, 31)),
        (date(2010, 2, 1), date.max),
    ]
    assert subtract((date(2010, 1, 5), date(2010, 1, 6)), taken) == []


def test_convert_actors(tmp_path: Path) -> None:
    path = write(tmp_path, "a.actors.txt", ACTORS)
    conversion = convert_actors(path)
    rows = {(r.canonical, r.start, r.end): r for r in conversion.rows}
    assert rows[("Arnor", "", "")] == ExtensionRow("Arnor", "ARN", "", "country", "", "", "Arnor")
    assert rows[("Gondor", "", "")].name == "Gondor|Minas Tirith|Anorien"
    assert rows[("Ithilen Military", "", "")].cells()[1:4] == ["ITH", "MIL", "group"]
    assert rows[("Hamas", "", "")].sector == "REB"  # first sector only
    assert rows[("Ent", "", "")].country == "ENT"  # code on its own line
    gollum = [r for r in conversion.rows if r.canonical == "Gollum"]
    assert [(r.country + r.sector, r.start, r.end) for r in gollum] == [
        ("HOB", "", "1995-05-31"),
        ("HOBGOV", "1995-06-01", "1999-08-15"),
        ("HOBREB", "1999-08-17", ""),
    ]
    assert gollum[0].name == "Gollum|Smeagol"
    # the earlier restriction wins where two overlap; the default fills the gaps
    sam = [(r.country + r.sector, r.start, r.end) for r in conversion.rows
           if r.canonical.startswith("Sam Gamgee")]
    assert sam == [
        ("ORC", "2010-01-09", "2010-01-12"),
        ("HOBMIL", "2008-01-20", "2010-01-08"),
        ("HOBMIL", "2010-01-13", "2012-11-09"),
        ("HOB", "", "2008-01-19"),
        ("HOB", "2012-11-10", ""),
    ]
    assert rows[("U.S.S.R", "", "1991-12-25")].name == "U.S.S.R|Ussr"
    assert rows[("Lorien [ELR/GAL]", "", "")].country == "ELR"
    problems = "\n".join(conversion.problems)
    assert f"{path}:17: ORCHOB: sector 'HOB' is not a PLOVER sector; dropped" in problems
    assert f"{path}:19: 'Boromir' code '---' has no country; skipped" in problems
    assert f"{path}:20: 'Lorien' names several actors (ELR/GAL)" in problems
    assert "Boromir" not in {r.canonical for r in conversion.rows}


def test_codes_the_extension_cannot_hold_are_kept_by_canonical_name(tmp_path: Path) -> None:
    path = write(tmp_path, "a.actors.txt", ACTORS)
    conversion = convert_actors(path)
    # ORCHOB keeps country ORC in the extension; its canonical name carries the full code
    [orc] = [r for r in conversion.rows if r.country == "ORC"]
    assert (orc.canonical, orc.sector) == ("Sam Gamgee [ORCHOB]", "")
    assert conversion.codes == {"Sam Gamgee [ORCHOB]": "ORCHOB",
                                "Lorien [ELR/GAL]": "ELR/GAL"}  # several actors: see scorer
    # codes whose first sector is a PLOVER one need no such entry
    assert "Hamas" in {r.canonical for r in conversion.rows}


def test_convert_agents(tmp_path: Path) -> None:
    path = write(tmp_path, "a.agents.txt", AGENTS)
    conversion = convert_agents(path)
    by_name = {r.canonical: r for r in conversion.rows}
    assert by_name["president"] == ExtensionRow(
        "president|presidents", "", "GOV", "role", "", "", "president"
    )
    assert by_name["foreign minister"].sector == "GOV"
    assert by_name["attorney general"].name == "attorney general|attorneys general"
    assert by_name["police"].name == "police"  # {} : no plural
    assert by_name["congressman"].name == "congressman|congresswomen"
    assert by_name["party"].name == "party|parties"
    assert by_name["human rights body"].cells()[1:4] == ["NGO", "", "igo"]
    assert "muslim" not in by_name
    problems = "\n".join(conversion.problems)
    assert f"{path}:8: ~MUS: sector 'MUS' is not a PLOVER sector; dropped" in problems
    assert f"{path}:10: expected one [code], found 0" in problems


def test_extension_file_has_the_actor_columns(tmp_path: Path) -> None:
    actors = write(tmp_path, "x.actors.txt", ACTORS)
    agents = write(tmp_path, "x.agents.txt", AGENTS)
    out = tmp_path / "ext.csv"
    conversion = convert_dictionaries([actors], [agents], out)
    with out.open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert tuple(rows[0]) == EXTENSION_COLUMNS
    assert len(rows) == 1 + len(conversion.rows)
    assert ["Arnor", "ARN", "", "country", "", "", "Arnor"] in rows


def test_extension_file_loads_in_the_actor_kb(tmp_path: Path) -> None:
    kb = pytest.importorskip("detente.actors.kb", reason="actors stage not importable")
    out = tmp_path / "ext.csv"
    convert_dictionaries([write(tmp_path, "x.actors.txt", ACTORS)],
                         [write(tmp_path, "x.agents.txt", AGENTS)], out)
    entries = kb.read_user_file(out)
    assert ("Arnor",) in {e.aliases for e in entries}


def test_find_dictionaries(tmp_path: Path) -> None:
    write(tmp_path, "V.actors.txt", ACTORS)
    write(tmp_path, "V.agents.txt", AGENTS)
    write(tmp_path, "Other.actors.txt", ACTORS)
    named = find_dictionaries(tmp_path, {"Actorfile": "V.actors.txt"})
    assert named == ([tmp_path / "V.actors.txt"], [tmp_path / "V.agents.txt"])
    every = find_dictionaries(tmp_path, {"Actorfile": "absent.txt"})
    assert every == ([tmp_path / "Other.actors.txt", tmp_path / "V.actors.txt"],
                     [tmp_path / "V.agents.txt"])
    (tmp_path / "V.agents.txt").unlink()
    with pytest.raises(EvalError, match=r"no \*agents\*\.txt dictionary"):
        find_dictionaries(tmp_path, {})
    with pytest.raises(EvalError, match="dictionaries directory not found"):
        find_dictionaries(tmp_path / "nope", {})


def test_two_digit_years() -> None:
    assert parse_code("AFGGOV 331108-730717") == ("AFGGOV", "1933-11-08", "1973-07-17")
    assert parse_code("HOB >130119") == ("HOB", "2013-01-20", "")
    with pytest.raises(ValueError, match="ends before it starts"):
        parse_code("HOB 20130119-20120101")
    with pytest.raises(ValueError, match="bad date"):
        parse_code("HOB <951341")
