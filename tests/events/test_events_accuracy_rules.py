"""Rules added in the accuracy push, each on sentences of our own (hand-made mentions)."""

from __future__ import annotations

from typing import Any

import pytest
from events_helpers import codes, read
from spacy.language import Language

from detente.errors import KnowledgeError
from detente.events import EventExtractor
from detente.events.lexicon import default_cameo_table, load_cameo_table


def test_subject_of_be_about_to_is_the_actor(nlp: Language, extractor: EventExtractor) -> None:
    got = read(nlp, extractor, "Portugal is about to restore relations with Angola.",
               [("Portugal", "PRT", None), ("Angola", "AGO", None)])
    assert codes(got) == [("050", "PRT", "AGO")]


def test_subject_of_passive_raising_verb_is_the_actor(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Peru is set to restore ties with Bolivia.",
               [("Peru", "PER", None), ("Bolivia", "BOL", None)])
    assert [(c[1], c[2]) for c in codes(got)] == [("PER", "BOL")]


def test_participle_of_disposition_keeps_its_subject_as_actor(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Officials said Malaysia is committed to lifting the ban.",
               [("Malaysia", "MYS", None)])
    assert [(r.cameo, r.actor.code if r.actor else None, r.recipient) for r in got] == [
        ("030", "MYS", None)]


def test_hyphenated_trigger_split_by_the_tokenizer_is_found(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "The militia declared a cease-fire in the north of Chad.",
               [("militia", None, "PRM")])
    assert [(r.cameo, r.event_type) for r in got] == [("0871", "RETREAT")]


def test_visit_destination_is_the_host_and_the_host_side_is_coded_on_request(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "The Chilean president arrived in Lima on Tuesday."
    actors = [("Chilean president", "CHL", "GOV"), ("Lima", "PER", None)]
    # Real-news gold codes a visit once (042), from the visitor's side.
    assert codes(read(nlp, extractor, text, actors)) == [("042", "CHLGOV", "PER")]
    got = read(nlp, EventExtractor.default(converse=True), text, actors)
    assert codes(got) == [("042", "CHLGOV", "PER"), ("043", "PER", "CHLGOV")]
    visit, host = got
    assert host.confidence < visit.confidence
    assert host.event_type == visit.event_type == "CONSULT"


def test_leaving_for_a_capital_is_a_visit(nlp: Language, extractor: EventExtractor) -> None:
    got = read(nlp, extractor, "The Danish prime minister left for Oslo on Friday.",
               [("Danish prime minister", "DNK", "GOV"), ("Oslo", "NOR", None)])
    assert codes(got)[0] == ("042", "DNKGOV", "NOR")


def test_going_home_is_not_a_visit(nlp: Language, extractor: EventExtractor) -> None:
    got = read(nlp, extractor, "The Peruvian president arrived in Lima on Tuesday.",
               [("Peruvian president", "PER", "GOV"), ("Lima", "PER", None)])
    assert codes(got) == [("042", "PERGOV", None)]


def test_place_of_a_protest_is_its_target_when_none_is_named(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Hundreds of farmers protested in Bolivia on Monday.",
               [("farmers", "BOL", "AGR"), ("Bolivia", "BOL", None)])
    assert codes(got) == [("140", "BOLAGR", "BOL")]


def test_place_of_a_lifted_curfew_is_the_recipient(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "India lifted the curfew in Kashmir after a week.",
               [("India", "IND", None), ("Kashmir", "PAK", None)])
    assert codes(got) == [("0813", "IND", "PAK")]


def test_place_is_not_a_target_of_an_attack(nlp: Language, extractor: EventExtractor) -> None:
    got = read(nlp, extractor, "Rebels attacked a convoy in Mali.",
               [("Rebels", None, "REB"), ("Mali", "MLI", None)])
    assert codes(got) == [("190", "---REB", None)]


def test_contribute_to_is_aid_whatever_is_given(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Norway contributed forty thousand blankets to Nepal.",
               [("Norway", "NOR", None), ("Nepal", "NPL", None)])
    assert codes(got) == [("070", "NOR", "NPL")]


def test_renewed_ties_are_diplomatic_cooperation(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Ecuador renewed diplomatic ties with Colombia.",
               [("Ecuador", "ECU", None), ("Colombia", "COL", None)])
    assert codes(got) == [("050", "ECU", "COL")]


def test_statement_issued_by_an_actor_carries_its_demand(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "The Bolivian union issued a statement demanding that the Bolivian government "
               "release the miners.",
               [("Bolivian union", "BOL", "LAB"), ("Bolivian government", "BOL", "GOV")])
    assert codes(got) == [("1053", "BOLLAB", "BOLGOV")]


def test_converse_code_must_be_in_the_table(tmp_path: Any) -> None:
    table = tmp_path / "cameo.csv"
    table.write_text(
        "code,label,goldstein,quad_class,plover_type,mode,context,intent,converse\n"
        "042,Make a visit,1.9,1,CONSULT,visit,,,049\n",
        encoding="utf-8",
    )
    with pytest.raises(KnowledgeError, match="converse code '049'"):
        load_cameo_table(table)


def test_packaged_visit_and_host_are_each_others_converse() -> None:
    table = default_cameo_table()
    assert (table["042"].converse, table["043"].converse) == ("043", "042")


def test_recipient_found_down_a_chain_of_infinitives(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Norway is willing to send material to help defend Kuwait.",
               [("Norway", "NOR", None), ("Kuwait", "KWT", None)])
    assert codes(got) == [("030", "NOR", "KWT")]


def test_party_a_threat_is_conditioned_on_is_its_recipient(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Iran threatened to close the strait if Britain seizes another tanker.",
               [("Iran", "IRN", None), ("Britain", "GBR", None)])
    assert codes(got) == [("130", "IRN", "GBR")]


def test_condition_subject_is_not_a_recipient_outside_threats(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Iran praised the plan if Britain accepts it.",
               [("Iran", "IRN", None), ("Britain", "GBR", None)])
    assert [(r.cameo, r.recipient) for r in got] == [("051", None)]


def test_weapon_named_by_the_matched_object_is_not_the_recipient(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Syrian troops fired artillery shells at Turkey on Sunday.",
               [("Syrian troops", "SYR", "MIL"), ("artillery", None, "MIL"),
                ("Turkey", "TUR", None)])
    assert codes(got) == [("194", "SYRMIL", "TUR")]
