"""Merge: victims of force with no stated nationality take the country of the event's place."""

from __future__ import annotations

from datetime import date

from detente.merge import merge_mentions
from detente.records import Actor, Article, EventMention, Evidence, Location, actor_code

TEXT = "Gunmen killed 12 villagers near Kaduna. Police detained 40 people in Kano."
ARTICLE = Article(id="p", text=TEXT, published=date(2024, 1, 15))


def actor(country: str | None, sector: str | None = None) -> Actor:
    return Actor(text=country or "?", country=country, sector=sector,
                 code=actor_code(country, sector))


def reading(event_type: str, cameo: str, a: Actor | None, r: Actor | None,
            place: Location | None) -> EventMention:
    end = TEXT.index(".") + 1
    return EventMention(
        article_id="p", event_type=event_type, cameo=cameo, quad_class=4, goldstein=-10.0,
        actor=a, recipient=r, evidence=Evidence(TEXT[:end], 0, end, "killed", 7, 13),
        location=place,
    )


KADUNA = Location(name="Kaduna", country="NGA")


def test_victims_of_no_nationality_take_the_country_of_the_place() -> None:
    [event] = merge_mentions(
        [reading("ASSAULT", "190", actor(None, "REB"), actor(None, "CVL"), KADUNA)], ARTICLE)
    assert event.recipient is not None and event.recipient.code == "NGACVL"
    assert (event.recipient.rule or "").endswith("+placed@location:NGA")


def test_victims_with_a_nationality_keep_it() -> None:
    [event] = merge_mentions(
        [reading("ASSAULT", "190", actor(None, "REB"), actor("NER", "CVL"), KADUNA)], ARTICLE)
    assert event.recipient is not None and event.recipient.code == "NERCVL"


def test_only_force_places_its_victims() -> None:
    [event] = merge_mentions(
        [reading("ACCUSE", "112", actor("NGA", "GOV"), actor(None, "REB"), KADUNA)], ARTICLE)
    assert event.recipient is not None and event.recipient.code == "---REB"


def test_no_place_leaves_the_victims_unplaced() -> None:
    [event] = merge_mentions(
        [reading("ASSAULT", "190", actor(None, "REB"), actor(None, "CVL"), None)], ARTICLE)
    assert event.recipient is not None and event.recipient.code == "---CVL"


def test_unidentified_gunmen_are_of_the_country_where_they_struck() -> None:
    [event] = merge_mentions(
        [reading("ASSAULT", "190", actor(None, "UAF"), actor("NGA", "GOV"), KADUNA)], ARTICLE)
    assert event.actor is not None and event.actor.code == "NGAUAF"


def test_named_groups_of_no_country_are_not_placed() -> None:
    [event] = merge_mentions(
        [reading("ASSAULT", "190", actor(None, "REB"), actor("NGA", "GOV"), KADUNA)], ARTICLE)
    assert event.actor is not None and event.actor.code == "---REB"


def _act(cameo: str, trigger_start: int) -> EventMention:
    end = TEXT.index(".") + 1
    return EventMention(
        article_id="p", event_type="ACCUSE", cameo=cameo, quad_class=3, goldstein=-2.0,
        actor=actor("POL"), recipient=actor("RUS"),
        evidence=Evidence(TEXT[:end], 0, end, "t", trigger_start, trigger_start + 1),
    )


def test_two_different_acts_in_one_sentence_stay_two_events() -> None:
    events = merge_mentions([_act("111", 7), _act("114", 20)], ARTICLE)
    assert sorted(e.cameo for e in events) == ["111", "114"]


def test_the_same_act_told_twice_in_a_sentence_is_one_event() -> None:
    events = merge_mentions([_act("111", 7), _act("111", 20)], ARTICLE)
    assert [(e.cameo, e.mentions) for e in events] == [("111", 2)]


def test_a_partial_reading_of_a_related_act_still_completes_it() -> None:
    full = _act("163", 7)
    partial = _act("162", 20)
    partial.actor = None
    partial.topic = full.topic = ("sanction",)
    [event] = merge_mentions([full, partial], ARTICLE)
    assert event.mentions == 2


def test_forces_struck_on_the_strikers_own_soil_are_not_placed_there() -> None:
    # "The Nigerian army destroyed rebel trucks near Kaduna": armed forces hit where the
    # striker is at home are its enemy's, whatever the place.
    [event] = merge_mentions(
        [reading("ASSAULT", "190", actor("NGA", "MIL"), actor(None, "MIL"), KADUNA)], ARTICLE)
    assert event.recipient is not None and event.recipient.code == "---MIL"


def test_forces_struck_abroad_still_take_the_country_of_the_place() -> None:
    [event] = merge_mentions(
        [reading("ASSAULT", "190", actor("TCD", "MIL"), actor(None, "MIL"), KADUNA)], ARTICLE)
    assert event.recipient is not None and event.recipient.code == "NGAMIL"
