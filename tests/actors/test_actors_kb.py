"""The packaged knowledge base and users' extension files (CSV and YAML)."""

from __future__ import annotations

import csv
from datetime import date
from itertools import pairwise
from pathlib import Path

import pytest

from conftest import shared_file
from detente.actors import ActorKB, ActorResolver
from detente.actors.kb import pluralize, read_user_file
from detente.actors.lookup import entries_of_country, resolve_name
from detente.errors import KnowledgeError
from detente.nlp import load_model
from detente.records import Article
from detente.settings import Settings


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return ActorKB.packaged()


def test_every_un_member_sized_table(kb: ActorKB) -> None:
    # 193 UN members + Holy See, Palestine, Kosovo, Taiwan, Hong Kong, Antarctica
    assert len(kb.by_country) == 199
    assert kb.by_country["KOS"].canonical == "Kosovo"


def test_dateline_capitals(kb: ActorKB) -> None:
    assert kb.capitals["baku"] == "AZE"
    assert kb.capitals["kyiv"] == "UKR"
    assert "brussels" not in kb.capitals  # Brussels stands for the EU, not for Belgium


def test_holder_by_office_and_date(kb: ActorKB) -> None:
    holder = kb.holder("AZE", "foreign minister", date(2020, 7, 15))
    assert holder is not None and holder.canonical == "Elmar Mammadyarov"
    holder = kb.holder("AZE", "foreign minister", date(2020, 7, 17))
    assert holder is not None and holder.canonical == "Jeyhun Bayramov"
    # A breakaway region's president never holds the state's office.
    holder = kb.holder("AZE", "president", None)
    assert holder is not None and holder.canonical == "Ilham Aliyev"


def test_resolve_name_by_date(kb: ActorKB) -> None:
    actor = resolve_name(kb, "Jeyhun Bayramov", date(2024, 12, 5))
    assert actor is not None
    assert (actor.country, actor.sector, actor.code, actor.name) == (
        "AZE", "GOV", "AZEGOV", "Jeyhun Bayramov")
    actor = resolve_name(kb, "Lavrov", None)
    assert actor is not None and actor.code == "RUSGOV"
    assert resolve_name(kb, "Nobody Atall", None) is None


def test_entries_of_country_on_a_date(kb: ActorKB) -> None:
    names = {e.canonical for e in entries_of_country(kb, "ARM", date(2019, 1, 1))
             if e.kind == "person"}
    assert "Nikol Pashinyan" in names and "Zohrab Mnatsakanyan" in names
    assert "Ararat Mirzoyan" not in names


@pytest.mark.parametrize(
    ("word", "plural"),
    [("minister", "ministers"), ("spokesman", "spokesmen"), ("secretary", "secretaries"),
     ("foreign minister", "foreign ministers"), ("envoy", "envoys"), ("press", "presses")],
)
def test_pluralize(word: str, plural: str) -> None:
    assert pluralize(word) == plural


def test_user_csv_extends_and_overrides(tmp_path: Path) -> None:
    path = tmp_path / "extra.csv"
    path.write_text(
        "name,country,sector,kind,start,end,canonical\n"
        "# fictional actors for a war game\n"
        "Arnor|Arnorians,ARN,,country,,,Arnor\n"
        "Aragorn|King Elessar,ARN,GOV,person,2020-01-01,,Aragorn\n"
        "Azerbaijan,XAZ,,country,,,Test override\n",
        encoding="utf-8",
    )
    entries = read_user_file(path)
    assert [e.canonical for e in entries] == ["Arnor", "Aragorn", "Test override"]
    assert entries[1].start == date(2020, 1, 1)
    assert entries[1].origin == f"{path}:4"

    resolver = ActorResolver.from_settings(Settings(actor_files=(str(path),)))
    nlp = load_model(Settings().model)
    text = "King Elessar met Arnorians and Azerbaijan."
    mentions = resolver.resolve(nlp(text), Article(id="u", text=text, published=date(2024, 1, 1)))
    assert [(m.actor.text, m.actor.code, m.actor.name) for m in mentions] == [
        ("King Elessar", "ARNGOV", "Aragorn"),
        ("Arnorians", "ARN", "Arnor"),
        ("Azerbaijan", "XAZ", "Test override"),
    ]


def test_user_yaml(tmp_path: Path) -> None:
    path = tmp_path / "extra.yaml"
    path.write_text(
        "- name: Gondor\n"
        "  country: GON\n"
        "  kind: country\n"
        "- name: [Denethor, Steward Denethor]\n"
        "  country: GON\n"
        "  sector: GOV\n"
        "  kind: person\n"
        "  start: 2010-01-01\n"
        "  end: 2019-12-31\n",
        encoding="utf-8",
    )
    entries = read_user_file(path)
    assert entries[1].aliases == ("Denethor", "Steward Denethor")
    assert (entries[1].start, entries[1].end) == (date(2010, 1, 1), date(2019, 12, 31))
    assert entries[1].origin == f"{path}:4"
    kb = ActorKB.load([path])
    actor = resolve_name(kb, "Denethor", date(2021, 1, 1))
    assert actor is not None and actor.code == "GONELI"


@pytest.mark.parametrize(
    ("row", "line", "message"),
    [
        ("Arnor,arn,,country,,,", 3, "not a 3-letter uppercase code"),
        ("Arnor,ARN,XYZ,country,,,", 3, "not a PLOVER sector code"),
        ("Arnor,ARN,,nation,,,", 3, "kind 'nation'"),
        ("Aragorn,ARN,GOV,person,2020-13-01,,", 3, "not an ISO date"),
        ("Aragorn,ARN,GOV,person,2020-01-02,2020-01-01,", 3, "before start"),
        (",ARN,,country,,,", 3, "empty required cell"),
        ("Aragorn,,GOV,person,,,", 3, "country is required"),
    ],
)
def test_malformed_csv_names_file_and_line(
    tmp_path: Path, row: str, line: int, message: str
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("name,country,sector,kind,start,end,canonical\n"
                    "Gondor,GON,,country,,,\n" + row + "\n", encoding="utf-8")
    with pytest.raises(KnowledgeError) as info:
        read_user_file(path)
    assert info.value.line == line
    assert f"{path}:{line}" in str(info.value)
    assert message in str(info.value)


def test_malformed_yaml_names_the_entry_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.yml"
    path.write_text("- name: Gondor\n  country: GON\n  kind: country\n"
                    "- name: Rohan\n  country: roh\n  kind: country\n", encoding="utf-8")
    with pytest.raises(KnowledgeError) as info:
        read_user_file(path)
    assert (info.value.path, info.value.line) == (str(path), 4)


def test_yaml_unknown_key(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("- name: Gondor\n  country: GON\n  kind: country\n  colour: white\n",
                    encoding="utf-8")
    with pytest.raises(KnowledgeError, match="unknown key 'colour'"):
        read_user_file(path)


def test_wrong_extension(tmp_path: Path) -> None:
    path = tmp_path / "extra.txt"
    path.write_text("Gondor", encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"\.csv, \.yaml or \.yml"):
        read_user_file(path)


def test_nationality_coverage() -> None:
    """Our demonyms resolve >= 90% of a public nationality -> ISO3 table to the same state.

    Dependencies are excluded: PLOVER folds them into the controlling state, so their
    own ISO codes are (deliberately) never produced.
    """
    path = shared_file("data", "mordecai", "nat_df.csv")
    kb = ActorKB.packaged()
    states = set(kb.by_country)
    with path.open(encoding="utf-8") as handle:
        rows = [(r["nationality"].strip(), (r["alpha_3_code"] or "").strip())
                for r in csv.DictReader(handle)]
    rows = [(word, code) for word, code in rows if code in states]
    assert len(rows) > 200
    same = sum(1 for word, code in rows
               if code in {h.entry.country for h in kb.aliases.get(word.lower(), [])})
    assert same / len(rows) >= 0.90


NON_STATE = {"UNO", "EUR", "IGO", "NGO", "ISM", "IMG", "MNC"}


def test_every_code_is_a_state_or_plover_non_state(kb: ActorKB) -> None:
    unknown = {(e.country, e.origin) for e in kb.entries
               if e.country and e.country not in kb.by_country and e.country not in NON_STATE}
    assert unknown == set()


def test_office_spells_do_not_overlap(kb: ActorKB) -> None:
    """One holder of an office at a time (a shared hand-over day is allowed)."""
    clashes = []
    for (country, office), rows in kb.offices.items():
        spells = sorted(rows, key=lambda e: e.start or date.min)
        for before, after in pairwise(spells):
            if before.end is None or (after.start and (after.start - before.end).days < 0):
                clashes.append((country, office, before.canonical, after.canonical))
    assert clashes == []
