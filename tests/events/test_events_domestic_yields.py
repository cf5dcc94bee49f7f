"""Yields made to the yielder's own country when no other party is named
(events.implicit.DOMESTIC_YIELDS), on sentences of our own."""

from __future__ import annotations

from events_helpers import read, sides
from spacy.language import Language

from detente.events import EventExtractor
from detente.events.implicit import IMPLICIT_RULE


def test_government_widening_freedoms_concedes_to_its_country(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "The Malian government took steps to expand political freedoms.",
               [("Malian government", "MLI", "GOV")])
    assert sides(got) == [("CONCEDE", "MLIGOV", "MLI")]
    recipient = got[0].recipient
    assert recipient is not None and recipient.rule == IMPLICIT_RULE


def test_government_concession_to_a_named_foreign_party_keeps_that_party(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "The Malian government eased restrictions on French firms.",
               [("Malian government", "MLI", "GOV"), ("French firms", "FRA", "BUS")])
    assert sides(got) == [("CONCEDE", "MLIGOV", "FRABUS")]


def test_rebels_demobilised_stand_down_against_their_country(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Half of the Chadian rebels have been demobilized since June.",
               [("Chadian rebels", "TCD", "REB")])
    assert sides(got) == [("RETREAT", "TCDREB", "TCD")]


def test_opposition_agreeing_to_put_off_its_rally_settles_with_its_country(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Opposition leaders agreed to postpone the rally.",
               [("Opposition leaders", "BGD", "OPP")])
    assert sides(got) == [("AGREE", "BGDOPP", "BGD")]


def test_a_government_agreeing_with_no_one_named_gets_no_target(
    nlp: Language, extractor: EventExtractor
) -> None:
    # Only the yields listed per sector: a government's agreement may be with anyone.
    got = read(nlp, extractor, "The Bangladeshi government agreed to postpone the vote.",
               [("Bangladeshi government", "BGD", "GOV")])
    assert sides(got) == [("AGREE", "BGDGOV", None)]


def test_rebels_laying_down_arms_surrender_to_their_country(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Chadian rebels surrendered on Sunday.",
               [("Chadian rebels", "TCD", "REB")])
    assert [(r.cameo, r.actor.code if r.actor else None, r.recipient.code if r.recipient else None)
            for r in got] == [("0874", "TCDREB", "TCD")]


def test_a_rebel_truce_with_no_side_named_keeps_an_open_target(
    nlp: Language, extractor: EventExtractor
) -> None:
    # A truce may be offered to any side of a conflict, not only the state.
    got = read(nlp, extractor, "Chadian rebels declared a ceasefire.",
               [("Chadian rebels", "TCD", "REB")])
    assert sides(got) == [("RETREAT", "TCDREB", None)]
