"""A city where a "with" partner meets the other side is no home of the partner; a country
still is. Variant spellings and old names of states and bodies the KB lists."""

from __future__ import annotations

from actors_helpers import by_text, resolve


def _fields(text: str, published: str) -> dict[str, tuple[str, str | None]]:
    return {t: (m.actor.code, m.actor.rule) for t, m in by_text(resolve(text, published)).items()}


def test_partner_met_in_a_foreign_capital_is_the_dealer_s_own() -> None:
    text = ("Chile's President Ana Rojas reached a pact with the opposition in the Peruvian "
            "capital on Friday.")
    found = _fields(text, "2019-03-01")
    assert found["opposition"] == ("CHLOPP", "role:opposition+counterpart:CHL")
    assert found["Peruvian"] == ("PER", "country:PER/adjective")


def test_partner_met_in_a_city_is_not_placed_by_it() -> None:
    text = "The Norwegian prime minister signed an accord with the rebels in the Colombian capital."
    found = _fields(text, "2016-03-01")
    assert found["rebels"] == ("---REB", "role:rebels")


def test_opposition_in_a_country_lives_there() -> None:
    found = _fields("The opposition in Belarus called for new elections.", "2021-03-01")
    assert found["opposition"] == ("BLROPP", "role:opposition+modifier:BLR")


def test_crowd_a_police_force_clashes_with_in_a_city_stays_local() -> None:
    found = _fields("Police clashed with protesters in Nairobi on Monday.", "2023-07-01")
    assert found["protesters"] == ("KENCVL", "role:protesters+counterpart:KEN")
    assert found["Police"] == ("KENCOP", "role:police+sentence:KEN")


def test_variant_spelling_of_a_state() -> None:
    found = _fields("Ghana's president turned down a new proposal from Afganistan on trade.",
                    "1985-03-01")
    assert found["Afganistan"] == ("AFG", "country:Afghanistan/alias")


def test_common_market_is_the_european_community() -> None:
    found = _fields("Portugal rejected the latest farm offer from its Common Market partners.",
                    "1985-03-01")
    assert found["Common Market"] == ("EUR", "igo:European Union/alias")


def test_lowercase_common_market_alone_is_no_body() -> None:
    found = _fields("Ministers called for a common market in services across Africa.",
                    "2019-03-01")
    assert found == {"Ministers": ("---GOV", "role:minister")}


def test_rebel_tagged_as_adjective_still_marks_the_title() -> None:
    found = _fields("Chechen rebel chief of staff Ruslan Bekov met the envoy.", "1996-05-01")
    assert found["Chechen rebel chief of staff Ruslan Bekov"] == (
        "RUSREB", "role:chief+country:RUS/alias")


def test_adjective_tagged_role_word_before_a_thing_is_no_actor() -> None:
    found = _fields("The minister condemned extremist violence in the north.", "2015-03-01")
    assert found == {"minister": ("---GOV", "role:minister")}


def test_former_before_a_party_adjective_still_makes_an_elite() -> None:
    found = _fields("Former Socialist prime minister Ana Rojas demanded new elections.",
                    "2015-03-01")
    assert found == {"Former Socialist prime minister Ana Rojas": ("---ELI", "role:prime minister")}


def test_with_partner_in_a_named_capital_is_not_its_people() -> None:
    text = "Chile's President Ana Rojas signed a pact with the opposition in Lima on Friday."
    found = _fields(text, "2019-03-01")
    assert found["opposition"] == ("---OPP", "role:opposition")
    assert found["Lima"] == ("PER", "country:PER/capital")
