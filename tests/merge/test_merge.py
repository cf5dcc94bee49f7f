"""Merge: one happening told several times is one event; different happenings stay apart."""

from __future__ import annotations

from datetime import date

from detente.merge import merge_mentions
from detente.records import Actor, Article, EventMention, Evidence, actor_code

TEXT = (
    "Baku rejected the mediation. Azerbaijan's minister declined the meeting. "
    "The sanctions hurt. Washington imposed sanctions on Baku. Rebels attacked a convoy."
)
ARTICLE = Article(id="a", text=TEXT, published=date(2024, 12, 6))


def actor(country: str | None, sector: str | None = None) -> Actor:
    return Actor(text=country or "?", country=country, sector=sector,
                 code=actor_code(country, sector))


def reading(event_type: str, a: Actor | None, r: Actor | None, start: int, *,
            topic: tuple[str, ...] = (), cameo: str = "120", modality: str = "asserted",
            when: date | None = None, confidence: float = 0.6) -> EventMention:
    end = TEXT.index(".", start) + 1
    return EventMention(
        article_id="a", event_type=event_type, cameo=cameo, quad_class=3, goldstein=-4.0,
        actor=a, recipient=r,
        evidence=Evidence(TEXT[start:end], start, end, "t", start, start + 1),
        modality=modality, confidence=confidence, topic=topic, date=when,
        date_precision="day" if when else "unknown",
    )


S1, S2, S3, S4, S5 = (TEXT.index(s) for s in ("Baku rej", "Azerbaijan's", "The sanc",
                                                "Washington", "Rebels"))


def test_same_event_twice_is_one_event_with_two_mentions_and_both_spans() -> None:
    events = merge_mentions([
        reading("REJECT", actor("AZE"), actor("USA", "GOV"), S1, cameo="125"),
        reading("REJECT", actor("AZE", "GOV"), actor("USA"), S2, cameo="126", confidence=0.8),
    ], ARTICLE)
    assert len(events) == 1
    [e] = events
    assert e.mentions == 2
    assert [ev.start for ev in e.evidence] == [S1, S2]
    assert e.actor is not None and e.actor.code == "AZEGOV"  # the more specific actor wins
    assert e.recipient is not None and e.recipient.code == "USAGOV"
    assert e.cameo == "126"  # from the most confident complete reading
    for ev in e.evidence:
        assert TEXT[ev.start:ev.end] == ev.sentence


def test_actorless_reading_attaches_by_topic_or_is_dropped() -> None:
    full = reading("SANCTION", actor("USA", "GOV"), actor("AZE"), S4, topic=("sanction",))
    vague = reading("SANCTION", None, None, S3, topic=("sanction",))
    unrelated = reading("SANCTION", None, None, S3, topic=("visa",))
    [e] = merge_mentions([vague, full], ARTICLE)
    assert e.mentions == 2
    [e2] = merge_mentions([unrelated, full], ARTICLE)
    assert e2.mentions == 1
    assert merge_mentions([vague], ARTICLE) == []


def test_different_dyads_types_modalities_and_dates_stay_apart() -> None:
    base = reading("REJECT", actor("AZE"), actor("USA"), S1)
    other_dyad = reading("REJECT", actor("AZE"), actor("ARM"), S2)
    other_type = reading("ACCUSE", actor("AZE"), actor("USA"), S2)
    hypothetical = reading("REJECT", actor("AZE"), actor("USA"), S2, modality="hypothetical")
    assert len(merge_mentions([base, other_dyad, other_type, hypothetical], ARTICLE)) == 4
    day1 = reading("ASSAULT", actor("SDN", "REB"), actor("SDN", "MIL"), S5, when=date(2024, 1, 1))
    day2 = reading("ASSAULT", actor("SDN", "REB"), actor("SDN", "MIL"), S1, when=date(2024, 1, 3))
    assert len(merge_mentions([day1, day2], ARTICLE)) == 2


def test_ids_are_stable_and_distinct() -> None:
    rs = [reading("REJECT", actor("AZE"), actor("USA"), S1),
          reading("ASSAULT", actor("SDN", "REB"), actor("SDN", "MIL"), S5)]
    first = [e.id for e in merge_mentions(rs, ARTICLE)]
    again = [e.id for e in merge_mentions(list(reversed(rs)), ARTICLE)]
    assert first == again
    assert len(set(first)) == 2 and all(i.startswith("ev-") for i in first)
    other = Article(id="b", text=TEXT, published=ARTICLE.published)
    assert {e.id for e in merge_mentions(rs, other)}.isdisjoint(first)


def test_most_precise_date_wins() -> None:
    rs = [reading("REJECT", actor("AZE"), actor("USA"), S1, when=None),
          reading("REJECT", actor("AZE"), actor("USA"), S2, when=date(2024, 12, 5))]
    [e] = merge_mentions(rs, ARTICLE)
    assert (e.date, e.date_precision) == (date(2024, 12, 5), "day")


def test_two_identified_officials_of_one_government_are_two_events() -> None:
    minister = Actor("the foreign minister", "AZE", "GOV", "AZEGOV", name="Jeyhun Bayramov")
    president = Actor("President Ilham Aliyev", "AZE", "GOV", "AZEGOV", name="Ilham Aliyev")
    rs = [reading("ACCUSE", minister, actor("USA"), S1, cameo="112"),
          reading("ACCUSE", president, actor("USA"), S2, cameo="111")]
    assert len(merge_mentions(rs, ARTICLE)) == 2
    # The same official named once and described once is one actor.
    unnamed = Actor("Azerbaijan's minister", "AZE", "GOV", "AZEGOV")
    rs2 = [reading("ACCUSE", minister, actor("USA"), S1), reading("ACCUSE", unnamed,
                                                                  actor("USA"), S2)]
    assert len(merge_mentions(rs2, ARTICLE)) == 1


def test_readings_in_different_places_or_months_are_different_events() -> None:
    from detente.records import Location

    a = reading("ASSAULT", actor("SDN", "REB"), actor("SDN", "MIL"), S5)
    b = reading("ASSAULT", actor("SDN", "REB"), actor("SDN", "MIL"), S1)
    a.location, b.location = Location("Nyala", "SDN"), Location("El Fasher", "SDN")
    assert len(merge_mentions([a, b], ARTICLE)) == 2
    c = reading("ASSAULT", actor("SDN", "REB"), actor("SDN", "MIL"), S5, when=date(2023, 4, 15))
    d = reading("ASSAULT", actor("SDN", "REB"), actor("SDN", "MIL"), S1)
    d.date, d.date_precision = date(2024, 6, 1), "month"
    assert len(merge_mentions([c, d], ARTICLE)) == 2


def test_an_attack_with_no_named_attacker_is_unidentified_armed_forces_of_the_place() -> None:
    from detente.records import Location

    bombing = reading("ASSAULT", None, actor("IRQ", "MIL"), S5)
    bombing.location = Location("Basra", "IRQ", 30.5, 47.8)
    [e] = merge_mentions([bombing], ARTICLE)
    assert e.actor is not None
    assert (e.actor.country, e.actor.sector, e.actor.code) == ("IRQ", "UAF", "IRQUAF")
    nowhere = reading("ASSAULT", None, actor("IRQ", "MIL"), S5)
    [e2] = merge_mentions([nowhere], ARTICLE)
    assert e2.actor is not None and e2.actor.code == "---UAF"
    # Only assaults that name a victim: a victimless or non-violent reading stays dropped.
    assert merge_mentions([reading("ASSAULT", None, None, S5)], ARTICLE) == []
    assert merge_mentions([reading("COERCE", None, actor("IRQ"), S5)], ARTICLE) == []


def test_one_plover_type_with_two_cameo_roots_is_two_events() -> None:
    criticism = reading("ACCUSE", actor("CHN", "GOV"), actor("EUR"), S1, cameo="111")
    inquiry = reading("ACCUSE", actor("CHN", "GOV"), actor("EUR"), S2, cameo="090")
    assert len(merge_mentions([criticism, inquiry], ARTICLE)) == 2
    # Same root, different refinements (125 / 126): still one rejection.
    a = reading("REJECT", actor("AZE"), actor("USA"), S1, cameo="125")
    b = reading("REJECT", actor("AZE"), actor("USA"), S2, cameo="126")
    assert len(merge_mentions([a, b], ARTICLE)) == 1
