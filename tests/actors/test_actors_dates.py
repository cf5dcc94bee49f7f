"""Office holders by the article's date: in office, former (ELI), not yet in office."""

from __future__ import annotations

import pytest
from actors_helpers import by_text, resolve


@pytest.mark.parametrize(
    ("published", "sector"),
    [
        ("2021-01-26", "GOV"),  # first day
        ("2024-06-01", "GOV"),
        ("2025-01-20", "GOV"),  # last day
        ("2025-01-21", "ELI"),  # the day after: a former official
        ("2026-03-01", "ELI"),
    ],
)
def test_blinken_by_date(published: str, sector: str | None) -> None:
    mentions = resolve("Secretary Antony Blinken arrived in Geneva for talks.", published)
    first = mentions[0]
    assert first.actor.text == "Secretary Antony Blinken"
    assert (first.actor.country, first.actor.sector) == ("USA", sector)
    assert first.actor.name == "Antony Blinken"
    assert (first.token_start, first.token_end) == (0, 3)
    assert first.actor.rule is not None
    assert first.actor.rule.startswith("officeholder:Antony Blinken@2021-01-26..2025-01-20")


def test_before_taking_office_no_sector() -> None:
    # The day before he took office he was not yet an official, and no title says so.
    first = resolve("Antony Blinken arrived in Geneva for talks.", "2021-01-25")[0]
    assert (first.actor.text, first.actor.country, first.actor.sector) == (
        "Antony Blinken", "USA", None)
    assert first.actor.rule == "officeholder:Antony Blinken@2021-01-26..2025-01-20/before"


def test_no_date_uses_latest_entries() -> None:
    first = resolve("Secretary Antony Blinken arrived in Geneva for talks.")[0]
    assert first.actor.code == "USAGOV"


@pytest.mark.parametrize(
    ("published", "holder"),
    [("2025-01-20", "Antony Blinken"), ("2025-01-21", "Marco Rubio")],
)
def test_title_names_the_holder_of_the_day(published: str, holder: str) -> None:
    mention = resolve("The U.S. Secretary of State will visit Baku next week.", published)[0]
    assert mention.actor.text == "U.S. Secretary of State"
    assert mention.actor.code == "USAGOV"
    assert mention.actor.name == holder
    assert mention.actor.rule is not None and f"officeholder:{holder}@" in mention.actor.rule


def test_trump_between_terms_is_a_former_official() -> None:
    during = by_text(resolve("Donald Trump spoke at a rally in Ohio.", "2020-06-01"))
    between = by_text(resolve("Donald Trump spoke at a rally in Ohio.", "2022-06-01"))
    again = by_text(resolve("Donald Trump spoke at a rally in Ohio.", "2025-06-01"))
    assert during["Donald Trump"].actor.code == "USAGOV"
    assert between["Donald Trump"].actor.code == "USAELI"
    assert again["Donald Trump"].actor.code == "USAGOV"


def test_former_title_makes_eli() -> None:
    mention = resolve("Former President Barack Obama praised the deal.", "2024-02-02")[0]
    assert (mention.actor.text, mention.actor.code) == ("Former President Barack Obama", "USAELI")


def test_dated_group_changes_sector() -> None:
    before = resolve("The Taliban attacked a checkpoint.", "2021-08-14")[0]
    after = resolve("The Taliban attacked a checkpoint.", "2021-08-15")[0]
    assert (before.actor.text, before.actor.code) == ("Taliban", "AFGREB")
    assert (after.actor.text, after.actor.code) == ("Taliban", "AFGGOV")


def test_biden_administration_takes_bidens_country() -> None:
    mention = resolve("The Biden administration imposed new sanctions.", "2023-05-04")[0]
    assert mention.actor.text == "Biden administration"
    assert mention.actor.code == "USAGOV"
    assert (mention.token_start, mention.token_end) == (1, 3)
    assert mention.actor.rule == "role:government+officeholder:Joe Biden@2021-01-20..2025-01-20"
