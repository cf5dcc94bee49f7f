"""Rules from the fresh-news precision round, each on sentences of our own."""

from __future__ import annotations

from events_helpers import codes, read
from spacy.language import Language

from detente.events import EventExtractor


def test_sponsor_inside_a_backed_participle_is_not_the_recipient(
    nlp: Language, extractor: EventExtractor
) -> None:
    # "an EU-funded programme" is not the EU's: with no other party the event has no
    # recipient, rather than the sponsor.
    got = read(nlp, extractor,
               "Albania agreed to join an EU-funded programme for border police.",
               [("Albania", "ALB"), ("EU", "EUR")])
    assert [(c[1], c[2]) for c in codes(got)] == [("ALB", None)]


def test_backer_of_an_attacked_group_is_not_the_target(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Syrian troops attacked Turkish-backed fighters near Afrin.",
               [("Syrian troops", "SYR", "MIL"), ("Turkish", "TUR"), ("fighters", None, "REB")])
    assert codes(got) == [("190", "SYRMIL", "---REB")]


def test_coordinated_subjects_of_a_reciprocal_verb_are_each_others_recipient(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Chile and Peru exchanged captured fishermen on Tuesday.",
               [("Chile", "CHL"), ("Peru", "PER")])
    assert sorted((c[1], c[2]) for c in codes(got)) == [("CHL", "PER"), ("PER", "CHL")]


def test_jointly_performed_act_is_not_made_reciprocal(
    nlp: Language, extractor: EventExtractor
) -> None:
    # "propose" needs no second side: two proposers do not propose to each other.
    got = read(nlp, extractor,
               "Norway and Iceland proposed a new quota for the herring catch.",
               [("Norway", "NOR"), ("Iceland", "ISL")])
    assert sorted((c[1], c[2]) for c in codes(got)) == [("ISL", None), ("NOR", None)]


def test_reciprocal_verb_keeps_a_named_third_party(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Britain and France exchanged intelligence with Albania.",
               [("Britain", "GBR"), ("France", "FRA"), ("Albania", "ALB")])
    assert sorted((c[1], c[2]) for c in codes(got)) == [("FRA", "ALB"), ("GBR", "ALB")]


def test_reciprocal_verbs_table_is_read() -> None:
    from detente.events.lexicon import reciprocal_verbs
    assert {"exchange", "meet", "clash"} <= reciprocal_verbs()
    assert not {"propose", "agree", "sign"} & reciprocal_verbs()


def test_by_agent_of_a_backer_participle_is_not_the_recipient(
    nlp: Language, extractor: EventExtractor
) -> None:
    # The mediator of the talks is no party to what the talks produced.
    got = read(nlp, extractor,
               "Eritrea agreed to a border commission after talks mediated by Kenya.",
               [("Eritrea", "ERI"), ("Kenya", "KEN")])
    assert [(c[1], c[2]) for c in codes(got)] == [("ERI", None)]


def test_imposing_customs_duties_is_a_sanction(
    nlp: Language, extractor: EventExtractor
) -> None:
    # Punitive duties are a trade sanction (CAMEO 163), like tariffs.
    got = read(nlp, extractor,
               "Canada imposed countervailing duties on Brazilian steel last week.",
               [("Canada", "CAN"), ("Brazilian", "BRA")])
    assert codes(got) == [("163", "CAN", "BRA")]


def test_reaffirmed_commitment_to_a_party_is_intent_to_cooperate(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Australia reaffirmed its security commitments to Papua New Guinea on Monday.",
               [("Australia", "AUS"), ("Papua New Guinea", "PNG")])
    assert codes(got) == [("030", "AUS", "PNG")]


def test_reaffirmed_support_for_a_party_is_an_endorsement(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Ghana reaffirmed its support for Morocco at the summit.",
               [("Ghana", "GHA"), ("Morocco", "MAR")])
    assert codes(got) == [("051", "GHA", "MAR")]


def test_prisoner_swap_is_a_release_both_ways(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Armenia and Azerbaijan swapped detainees at the border crossing.",
               [("Armenia", "ARM"), ("Azerbaijan", "AZE")])
    assert sorted(codes(got)) == [("0841", "ARM", "AZE"), ("0841", "AZE", "ARM")]
