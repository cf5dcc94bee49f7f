"""Date boundaries of the dated alias "Congo" (issue #4): while the Democratic Republic of
the Congo was named Zaire (1971-10-27 to 1997-05-16, both days included), a bare "Congo"
meant the Republic of the Congo (Brazzaville); the DRC's full name and its capital stay
the DRC's on any date. Sentences written for the test."""

from __future__ import annotations

import pytest
from actors_helpers import resolve

from detente.records import ActorMention


def _codes(mentions: list[ActorMention]) -> dict[str, str]:
    return {m.actor.text: m.actor.code for m in mentions}


@pytest.mark.parametrize(("published", "code"), [
    ("1971-10-26", "COD"),  # the day before the renaming: still the Congo of Kinshasa
    ("1971-10-27", "COG"),  # first day of Zaire
    ("1997-05-16", "COG"),  # last day of Zaire
    ("1997-05-17", "COD"),  # Kabila renames the state: "Congo" is Kinshasa's again
])
def test_bare_congo_around_the_zaire_years(published: str, code: str) -> None:
    found = _codes(resolve("Pakistan threatened to cut ties with Congo.", published))
    assert found == {"Pakistan": "PAK", "Congo": code}


def test_full_name_and_capital_stay_the_drc_in_the_zaire_years() -> None:
    assert _codes(resolve("Chad praised the Democratic Republic of Congo.", "1985-03-01")) == {
        "Chad": "TCD", "Democratic Republic of Congo": "COD"}
    # A capital stands for the government.
    assert _codes(resolve("Chad accused Kinshasa of arming rebels.", "1985-03-01"))[
        "Kinshasa"] == "CODGOV"


def test_zaire_is_the_drc() -> None:
    assert _codes(resolve("Belgium recalled its ambassador from Zaire.", "1991-09-24")) == {
        "Belgium": "BEL", "ambassador": "BELGOV", "Zaire": "COD"}
