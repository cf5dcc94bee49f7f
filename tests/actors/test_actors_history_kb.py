"""Office holders of about 1985-2015 and groups that changed role, looked up by date."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

import pytest
from actors_helpers import by_text, resolve

from detente.actors import ActorKB
from detente.actors.lookup import resolve_name


@lru_cache(maxsize=1)
def packaged_kb() -> ActorKB:
    return ActorKB.packaged()


@pytest.mark.parametrize(
    ("name", "day", "code", "rule"),
    [
        ("Tansu Çiller", date(1994, 1, 1), "TURGOV",
         "officeholder:Tansu Çiller@1993-06-25..1996-03-06"),
        ("Carlos Menem", date(2005, 1, 1), "ARGELI",
         "officeholder:Carlos Menem@1989-07-08..1999-12-10/former"),
        ("Jonas Savimbi", date(1995, 6, 1), "AGOREB",
         "officeholder:Jonas Savimbi@1966-03-13..2002-02-22"),
        ("Charles Taylor", date(1995, 6, 1), "LBRREB",
         "officeholder:Charles Taylor@1989-12-24..1997-08-02"),
        ("Charles Taylor", date(2000, 6, 1), "LBRGOV",
         "officeholder:Charles Taylor@1997-08-02..2003-08-11"),
        ("Askar Akayev", date(2005, 4, 1), "KGZELI",
         "officeholder:Askar Akayev@1990-10-27..2005-03-24/former"),
        ("Andrei Kozyrev", date(1993, 1, 1), "RUSGOV",
         "officeholder:Andrei Kozyrev@1991-12-26..1996-01-05"),
        ("Ismail Haniyeh", date(2006, 6, 1), "PSEGOV",
         "officeholder:Ismail Haniyeh@2006-03-29..2007-06-14"),
        ("Ismail Haniyeh", date(2020, 6, 1), "PSEREB",
         "officeholder:Ismail Haniyeh@2017-05-06..2024-07-31"),
    ],
)
def test_earlier_office_holders_by_date(name: str, day: date, code: str, rule: str) -> None:
    actor = resolve_name(packaged_kb(), name, day)
    assert actor is not None
    assert (actor.code, actor.rule) == (code, rule)


def test_a_person_in_two_states_over_time() -> None:
    # Shevardnadze: Soviet foreign minister (coded RUS), later Georgia's president.
    kb = packaged_kb()
    soviet = resolve_name(kb, "Shevardnadze", date(1988, 1, 1))
    georgian = resolve_name(kb, "Shevardnadze", date(2000, 1, 1))
    assert soviet is not None and georgian is not None
    assert (soviet.code, georgian.code) == ("RUSGOV", "GEOGOV")


def test_holder_of_an_office_on_a_day() -> None:
    kb = packaged_kb()
    holder = kb.holder("GBR", "defence minister", date(1990, 8, 2))
    assert holder is not None and holder.canonical == "Tom King"
    assert kb.holder("JPN", "prime minister", date(1995, 1, 17)) is not None


def test_common_words_are_not_surname_aliases() -> None:
    # "The Hague", "Major", "Baker": capitalised words that are not these people in news.
    aliases = packaged_kb().aliases
    for word in ("hague", "major", "baker", "saleh"):
        assert all(hit.entry.kind != "person" for hit in aliases.get(word, [])), word


@pytest.mark.parametrize(
    ("name", "day", "code"),
    [
        ("RENAMO", date(1990, 1, 1), "MOZREB"),
        ("RENAMO", date(1999, 1, 1), "MOZOPP"),
        ("ANC", date(1992, 1, 1), "ZAFOPP"),
        ("ANC", date(2004, 1, 1), "ZAFPTY"),
        ("CNDD-FDD", date(2001, 1, 1), "BDIREB"),
        ("Kosovo Liberation Army", date(1998, 6, 1), "KOSREB"),
        ("Yugoslavia", date(1995, 6, 1), "SRB"),
    ],
)
def test_groups_that_changed_role(name: str, day: date, code: str) -> None:
    actor = resolve_name(packaged_kb(), name, day)
    assert actor is not None and actor.code == code


def test_group_full_name_wins_over_the_country_inside_it() -> None:
    found = by_text(resolve(
        "The National Union for the Total Independence of Angola rejected the plan.",
        "1995-01-01"))
    assert found["National Union for the Total Independence of Angola"].actor.code == "AGOREB"
