"""Weapons that are fired or sent are no parties; an exiled body is still that body."""

from __future__ import annotations

import pytest
from actors_helpers import by_text, resolve


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi troops fired artillery at the Kurdish villages.",
        "The rebels launched drones at the airport.",
        "Moscow has deployed helicopter gunships to the region.",
    ],
)
def test_fired_or_sent_weapon_is_no_mention(text: str) -> None:
    rules = [m.actor.rule for m in resolve(text, "2019-03-01")]
    assert not any((rule or "").startswith("role:weapons") for rule in rules)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Russian drones struck Odesa.", "Russian drones"),  # the subject operates them
        ("Ukraine shot down eight Russian drones.", "Russian drones"),  # "down": hit, not used
    ],
)
def test_weapon_as_subject_or_target_stays(text: str, mention: str) -> None:
    found = by_text(resolve(text, "2019-03-01"))
    assert (found[mention].actor.code, found[mention].actor.rule) == (
        "RUSMIL", "role:weapons+country:RUS/adjective")


def test_exiled_body_keeps_its_owners_code() -> None:
    # the ANC was an opposition movement in 1985, not a government or party in office
    found = by_text(resolve("The ANC and its exiled leadership rejected the offer.", "1985-05-01"))
    assert (found["exiled leadership"].actor.code, found["exiled leadership"].actor.rule) == (
        "ZAFOPP", "role:leadership+possessor:its->African National Congress")


def test_exiled_person_is_still_former() -> None:
    found = by_text(resolve("The exiled leader called for calm.", "1985-05-01"))
    assert found["exiled leader"].actor.code == "---ELI"


@pytest.mark.parametrize(
    ("text", "published", "mention", "code"),
    [
        # common spellings of the same names in wire copy
        ("Abdul Malik al-Houthi threatened Saudi Arabia.", "2024-02-01",
         "Abdul Malik al-Houthi", "YEMREB"),
        ("Ahmed Tejan Kabbah thanked Nigeria.", "1999-01-10", "Ahmed Tejan Kabbah", "SLEGOV"),
    ],
)
def test_spelling_variants_of_officeholders(
    text: str, published: str, mention: str, code: str
) -> None:
    assert by_text(resolve(text, published))[mention].actor.code == code


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("Syrian government aircraft bombed Aleppo.", "Aleppo", "SYR"),
        ("Militants attacked a checkpoint outside Peshawar.", "Peshawar", "PAK"),
    ],
)
def test_major_city_names_its_state(text: str, mention: str, code: str) -> None:
    found = by_text(resolve(text, "2016-08-01"))
    assert (found[mention].actor.code, found[mention].actor.rule) == (code, f"country:{code}/alias")


def test_city_sets_the_country_of_people_there() -> None:
    found = by_text(resolve("Police detained students in Mandalay.", "2021-03-01"))
    assert found["students"].actor.country == "MMR"


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("Irish nationalist guerrillas shot a policeman in Belfast.",
         "Irish nationalist guerrillas", "GBRREB"),
        ("Irish republicans marched through Derry.", "Irish republicans", "GBR"),
        ("Irish troops joined the UN mission.", "Irish troops", "IRLMIL"),  # the Republic's
    ],
)
def test_irish_nationalists_are_northern_ireland_side(text: str, mention: str, code: str) -> None:
    assert by_text(resolve(text, "1994-06-01"))[mention].actor.code == code
