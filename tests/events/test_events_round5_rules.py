"""Round-5 event rules, each on sentences of our own (hand-made mentions)."""

from __future__ import annotations

from typing import Any

import pytest
from events_helpers import codes, read
from spacy.language import Language

from detente.errors import KnowledgeError
from detente.events import EventExtractor
from detente.events.extractor import lemma_candidates
from detente.events.lexicon import irregular_pasts, prefixed_irregular_base


def test_launched_fire_against_a_party_is_military_force(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Serbian forces launched artillery fire against Albanian "
               "rebel camps near the border.",
               [("Serbian forces", "SRB", "MIL"), ("artillery", None, "MIL"),
                ("Albanian rebel", "ALB", "REB")])
    assert codes(got) == [("190", "SRBMIL", "ALBREB")]


def test_prefixed_irregular_past_is_lemmatised_by_its_base() -> None:
    assert prefixed_irregular_base("retook") == "retake"
    assert prefixed_irregular_base("withheld") == "withhold"
    assert prefixed_irregular_base("overthrew") == "overthrow"
    assert prefixed_irregular_base("took") is None  # no prefix: the model's lemma stands
    assert prefixed_irregular_base("reported") is None
    assert irregular_pasts()["fought"] == "fight"


def test_retook_is_read_as_retake(nlp: Language, extractor: EventExtractor) -> None:
    doc = nlp("Malian troops retook the airport from the rebels.")
    assert "retake" in lemma_candidates(doc[2])
    got = read(nlp, extractor, "Malian troops retook the airport from the rebels.",
               [("Malian troops", "MLI", "MIL"), ("rebels", None, "REB")])
    # The rebels, of no stated nationality, are taken as Mali's own (events.implicit).
    assert codes(got) == [("190", "MLIMIL", "MLIREB")]


def test_irregular_table_rejects_a_duplicate_form(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import detente.events.lexicon as lexicon

    bad = tmp_path / "irregular_verbs.csv"
    bad.write_text("form,base\ntook,take\ntook,tick\n", encoding="utf-8")
    monkeypatch.setattr(lexicon, "data_path", lambda *parts: bad)
    irregular_pasts.cache_clear()
    try:
        with pytest.raises(KnowledgeError, match="duplicate form 'took'") as err:
            irregular_pasts()
        assert err.value.line == 3
    finally:
        monkeypatch.undo()
        irregular_pasts.cache_clear()


def test_assault_by_a_state_is_military_force(nlp: Language, extractor: EventExtractor) -> None:
    got = read(nlp, extractor, "Russian troops assaulted the Ukrainian town of Bakhmut.",
               [("Russian troops", "RUS", "MIL"), ("Ukrainian", "UKR", None)])
    assert [c[:2] for c in codes(got)] == [("190", "RUSMIL")]


def test_assault_by_a_private_person_stays_physical_assault(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "A gang assaulted a Nigerian diplomat in Rome.",
               [("gang", None, "CRM"), ("Nigerian diplomat", "NGA", "GOV")])
    assert codes(got) == [("182", "---CRM", "NGAGOV")]


def test_seizing_power_is_no_property_seizure(nlp: Language, extractor: EventExtractor) -> None:
    got = read(nlp, extractor, "The army seized power in Guinea on Sunday.",
               [("army", None, "MIL"), ("Guinea", "GIN", None)])
    assert got == []
    kept = read(nlp, extractor, "Guinean soldiers seized the ship of a Liberian company.",
                [("Guinean soldiers", "GIN", "MIL"), ("Liberian company", "LBR", "BUS")])
    assert codes(kept) == [("171", "GINMIL", "LBRBUS")]


def test_adding_firms_to_a_blacklist_is_a_sanction(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Canada added 12 Iranian firms to its export blacklist.",
               [("Canada", "CAN", None), ("Iranian firms", "IRN", "BUS")])
    assert codes(got) == [("163", "CAN", "IRNBUS")]


def test_absolute_with_clause_is_no_party_to_the_talks(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Sudan held talks on Monday, with Kenyan officials carrying messages to the rebels.",
               [("Sudan", "SDN", None), ("Kenyan officials", "KEN", "GOV")])
    assert codes(got) == [("040", "SDN", None)]
    # A "with" object that is the counterpart stays one.
    kept = read(nlp, extractor, "Sudan held talks with Kenyan officials representing Nairobi.",
                [("Sudan", "SDN", None), ("Kenyan officials", "KEN", "GOV")])
    assert codes(kept) == [("040", "SDN", "KENGOV")]


def test_instructing_ones_own_delegation_is_no_request(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Chile and Peru instructed their delegations at the OAS to draft a text.",
               [("Chile", "CHL", None), ("Peru", "PER", None), ("OAS", "IGO", None)])
    assert got == []
    other = read(nlp, extractor, "Chile instructed Peru to withdraw the complaint.",
                 [("Chile", "CHL", None), ("Peru", "PER", None)])
    assert [c[1:] for c in codes(other)] == [("CHL", "PER")]


def test_civilian_monitoring_mission_is_peacekeeping_not_mobilisation(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "The OSCE deployed a civilian monitoring mission to Moldova.",
               [("OSCE", "IGO", None), ("Moldova", "MDA", None)])
    assert [(r.cameo, r.event_type, *codes([r])[0][1:]) for r in got] == [
        ("074", "AID", "IGO", "MDA")]


def test_forces_deployed_are_not_the_recipient(nlp: Language, extractor: EventExtractor) -> None:
    got = read(nlp, extractor, "Belarus deployed troops to the border.",
               [("Belarus", "BLR", None), ("troops", None, "MIL")])
    assert codes(got) == [("154", "BLR", None)]


def test_passive_obligation_on_the_speakers_own_side_is_no_demand(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "The minister said the reform must be led by Kenyans.",
               [("minister", "KEN", "GOV"), ("Kenyans", "KEN", None)])
    assert got == []
    asked = read(nlp, extractor, "Germany said the talks must be hosted by Turkey.",
                 [("Germany", "DEU", None), ("Turkey", "TUR", None)])
    assert [c[1:] for c in codes(asked)] == [("DEU", "TUR")]


def test_force_aimed_at_unnamed_targets_falls_on_their_place(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Syrian tanks fired three shells at targets in Hama.",
               [("Syrian tanks", "SYR", "MIL"), ("Hama", "SYR", None)])
    # Force is domestic here, so the shooter's own country may be the target (its people:
    # the unnamed targets stand for the place's inhabitants).
    assert codes(got) == [("194", "SYRMIL", "SYRCVL")]
    named = read(nlp, extractor, "Syrian tanks fired three shells at Turkish positions in Idlib.",
                 [("Syrian tanks", "SYR", "MIL"), ("Turkish positions", "TUR", "MIL"),
                  ("Idlib", "SYR", None)])
    assert codes(named) == [("194", "SYRMIL", "TURMIL")]


def test_destroying_property_is_coercion_and_homes_are_civilians(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Indian troops demolished Kashmiri homes near Srinagar.",
               [("Indian troops", "IND", "MIL"), ("Kashmiri", "IND", None)])
    assert [(r.cameo, r.event_type) for r in got] == [("1712", "COERCE")]
    assert codes(got) == [("1712", "INDMIL", "INDCVL")]
    offices = read(nlp, extractor, "Settlers set fire to the offices of the Jordanian consulate.",
                   [("Settlers", "ISR", "CVL"), ("Jordanian consulate", "JOR", "GOV")])
    assert codes(offices) == [("1712", "ISRCVL", "JORGOV")]


def test_purpose_of_a_protest_noun_is_its_topic_and_names_its_target(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Kenyan nurses staged a protest to demand higher pay from the "
               "government.",
               [("Kenyan nurses", "KEN", "MED"), ("government", "KEN", "GOV")])
    assert codes(got) == [("141", "KENMED", "KENGOV")]
    # The purpose clause on the support verb is the protest's: no second (demand) event.
    strike = read(nlp, extractor, "Turkish prisoners continued their hunger strike to demand "
                  "a retrial.", [("Turkish prisoners", "TUR", "CVL")])
    assert codes(strike) == [("142", "TURCVL", None)]


def test_participle_describing_a_blocked_object_is_no_purpose(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Dutch farmers blocked the bridge spanning the river from Belgium to Germany.",
               [("Dutch farmers", "NLD", "AGR"), ("Belgium", "BEL", None),
                ("Germany", "DEU", None)])
    assert codes(got) == [("144", "NLDAGR", None)]
