"""An arrest told in the passive with no agent ("was detained") has an unnamed arrester."""

from __future__ import annotations

from datetime import date

from detente.merge import merge_mentions
from detente.records import Actor, Article, EventMention, Evidence, Location, actor_code

TEXT = "A Belarusian journalist was detained in Minsk. A Belarusian journalist was deported."
ARTICLE = Article(id="a", text=TEXT, published=date(2024, 3, 1))
DETAINED, DEPORTED = TEXT.index("A Bel"), TEXT.index("A Bel", 5)


def journalist() -> Actor:
    return Actor(text="Belarusian journalist", country="BLR", sector="JRN",
                 code=actor_code("BLR", "JRN"))


def passive(cameo: str, start: int) -> EventMention:
    end = TEXT.index(".", start) + 1
    return EventMention(
        article_id="a", event_type="COERCE", cameo=cameo, quad_class=4, goldstein=-5.0,
        actor=None, recipient=journalist(),
        evidence=Evidence(TEXT[start:end], start, end, "t", start, start + 1),
        modality="asserted", confidence=0.55,
    )


def test_an_agentless_arrest_is_coded_with_an_unknown_arrester() -> None:
    detained = passive("173", DETAINED)
    detained.location = Location("Minsk", "BLR", 53.9, 27.6)
    [event] = merge_mentions([detained], ARTICLE)
    assert event.actor is not None and event.recipient is not None
    # Unknown, not the place's country: the text does not say who arrested.
    assert (event.actor.country, event.actor.sector, event.actor.code) == (None, None, "---")
    assert (event.cameo, event.recipient.code) == ("173", "BLRJRN")


def test_other_agentless_coercion_is_still_dropped() -> None:
    assert merge_mentions([passive("174", DEPORTED)], ARTICLE) == []
