"""Unit tests of event extraction with hand-made actor mentions (this stage alone)."""

from __future__ import annotations

from datetime import date
from typing import Any

from events_helpers import mention
from spacy.language import Language

from detente.events import EventExtractor
from detente.records import Article, EventMention


def read(
    nlp: Language,
    extractor: EventExtractor,
    text: str,
    actors: list[tuple[Any, ...]],
    published: date = date(2024, 6, 1),
) -> list[EventMention]:
    """Parse ``text``, make mentions from (phrase, country, sector[, nth]) and extract."""
    doc = nlp(text)
    mentions = [mention(doc, *spec) for spec in actors]
    article = Article(id="t", text=text, published=published)
    return extractor.extract(doc, mentions, article)


def codes(readings: list[EventMention]) -> list[tuple[str, str, str | None, str | None, str]]:
    return [(r.event_type, r.cameo, r.actor.code if r.actor else None,
             r.recipient.code if r.recipient else None, r.modality) for r in readings]


def test_control_verb_is_one_reject_refined_by_its_complement(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Serbia refused to accept Russian mediation in the dispute.",
               [("Serbia", "SRB", None), ("Russian", "RUS", None)])
    assert codes(got) == [("REJECT", "126", "SRB", "RUS", "asserted")]


def test_object_noun_refines_decline(nlp: Language, extractor: EventExtractor) -> None:
    got = read(nlp, extractor,
               "Chile's foreign minister declined a meeting with his Peruvian counterpart.",
               [("Chile 's foreign minister", "CHL", "GOV"),
                ("Peruvian counterpart", "PER", "GOV")])
    assert codes(got) == [("REJECT", "125", "CHLGOV", "PERGOV", "asserted")]


def test_passive_agent_is_actor_and_subject_is_recipient(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Ghana was condemned by Togo on Monday.",
               [("Ghana", "GHA", None), ("Togo", "TGO", None)])
    assert codes(got) == [("ACCUSE", "111", "TGO", "GHA", "asserted")]


def test_coordinated_subjects_make_one_event_each(nlp: Language, extractor: EventExtractor) -> None:
    got = read(nlp, extractor, "Latvia and Estonia condemned the Belarusian government.",
               [("Latvia", "LVA", None), ("Estonia", "EST", None),
                ("Belarusian government", "BLR", "GOV")])
    assert codes(got) == [("ACCUSE", "111", "LVA", "BLRGOV", "asserted"),
                          ("ACCUSE", "111", "EST", "BLRGOV", "asserted")]


def test_possessor_of_nominal_trigger_is_actor_with_topic(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Trade fell after Canada's imposition of tariffs under the new law.",
               [("Canada", "CAN", None)])
    assert codes(got) == [("SANCTION", "163", "CAN", None, "asserted")]
    assert got[0].topic == ("tariff", "law")


def test_nominal_trigger_without_actor_keeps_topic_for_merge(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "The reinstatement of sanctions hurt the economy.", [])
    assert codes(got) == [("SANCTION", "163", None, None, "asserted")]
    assert got[0].topic == ("sanction",)


def test_owner_inside_object_is_recipient(nlp: Language, extractor: EventExtractor) -> None:
    got = read(nlp, extractor, "Bolivia rejected Brazilian mediation.",
               [("Bolivia", "BOL", None), ("Brazilian", "BRA", None)])
    assert codes(got) == [("REJECT", "126", "BOL", "BRA", "asserted")]


def test_no_event_between_an_actor_and_itself(nlp: Language, extractor: EventExtractor) -> None:
    got = read(nlp, extractor, "Nepal criticized Nepal's own record.",
               [("Nepal", "NPL", None, 0), ("Nepal", "NPL", None, 1)])
    assert codes(got) == [("ACCUSE", "111", "NPL", None, "asserted")]


def test_domestic_types_allow_same_country_other_sector(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Kenyan police arrested Kenyan protesters.",
               [("Kenyan police", "KEN", "COP"), ("Kenyan protesters", "KEN", "OPP")])
    assert codes(got) == [("COERCE", "173", "KENCOP", "KENOPP", "asserted")]


def test_transfer_goal_is_recipient_not_owner_of_the_thing(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Congress cut American aid to Honduras.",
               [("Congress", "USA", "LEG"), ("American", "USA", None), ("Honduras", "HND", None)])
    assert codes(got) == [("SANCTION", "162", "USALEG", "HND", "asserted")]


def test_object_control_gives_the_actor_of_the_complement(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "The vote prompted Peru to criticize Ecuador.",
               [("Peru", "PER", None), ("Ecuador", "ECU", None)])
    assert codes(got) == [("ACCUSE", "111", "PER", "ECU", "asserted")]


def test_relative_clause_about_an_actor_is_background_not_an_event(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Jordan, which expelled the Syrian ambassador, is a close ally.",
               [("Jordan", "JOR", None), ("Syrian ambassador", "SYR", "GOV")])
    # The clause describes Jordan (presupposed, told in passing): not the news of the sentence.
    assert codes(got) == []


def test_main_clause_is_coded_beside_a_background_relative_clause(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Jordan, which expelled the Syrian ambassador last year, condemned the Syrian army.",
               [("Jordan", "JOR", None), ("Syrian ambassador", "SYR", "GOV"),
                ("Syrian army", "SYR", "MIL")])
    assert [c[1:4] for c in codes(got)] == [("111", "JOR", "SYRMIL")]


def test_negation_marks_negated(nlp: Language, extractor: EventExtractor) -> None:
    got = read(nlp, extractor, "Chad did not attack Niger.", [("Chad", "TCD", None),
                                                              ("Niger", "NER", None)])
    assert codes(got) == [("ASSAULT", "190", "TCD", "NER", "negated")]


def test_failed_to_negates(nlp: Language, extractor: EventExtractor) -> None:
    got = read(nlp, extractor, "Kosovo failed to expel the Serbian envoy.",
               [("Kosovo", "XKX", None), ("Serbian envoy", "SRB", "GOV")])
    assert codes(got)[0][4] == "negated"


def test_speculation_is_hypothetical_with_its_source(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Observers speculate that Cuba could foster closer ties with Mexico.",
               [("Cuba", "CUB", None), ("Mexico", "MEX", None)])
    assert codes(got) == [("SUPPORT", "050", "CUB", "MEX", "hypothetical")]
    assert got[0].attribution == "Observers"


def test_conditional_is_hypothetical(nlp: Language, extractor: EventExtractor) -> None:
    got = read(nlp, extractor, "If talks fail, Qatar may expel the Iranian diplomats.",
               [("Qatar", "QAT", None), ("Iranian diplomats", "IRN", "GOV")])
    assert [c for c in codes(got) if c[0] == "SANCTION"] == [
        ("SANCTION", "161", "QAT", "IRNGOV", "hypothetical")]


def test_pluperfect_and_historical_adverbs_are_historical(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Oman had previously mediated between Iran and Yemen.",
               [("Oman", "OMN", None), ("Iran", "IRN", None), ("Yemen", "YEM", None)])
    assert {c[4] for c in codes(got)} == {"historical"}


def test_year_before_publication_is_historical(nlp: Language, extractor: EventExtractor) -> None:
    got = read(nlp, extractor, "Iraq invaded Kuwait in 1990.",
               [("Iraq", "IRQ", None), ("Kuwait", "KWT", None)])
    assert codes(got) == [("ASSAULT", "190", "IRQ", "KWT", "historical")]


def test_reported_pluperfect_is_not_historical(nlp: Language, extractor: EventExtractor) -> None:
    got = read(nlp, extractor, "Sweden said it had expelled two Russian diplomats.",
               [("Sweden", "SWE", None), ("it", "SWE", None), ("Russian diplomats", "RUS", "GOV")])
    assert codes(got) == [("SANCTION", "161", "SWE", "RUSGOV", "asserted")]
    assert got[0].attribution == "Sweden"


def test_reporting_verb_sets_attribution_and_keeps_assertion(
    nlp: Language, extractor: EventExtractor
) -> None:
    text = "The Kathmandu Post reported that India closed its border with Nepal."
    got = read(nlp, extractor, text, [("India", "IND", None), ("Nepal", "NPL", None)])
    assert codes(got) == [("COERCE", "191", "IND", "NPL", "asserted")]
    assert got[0].attribution == "The Kathmandu Post"


def test_according_to_sets_attribution(nlp: Language, extractor: EventExtractor) -> None:
    got = read(nlp, extractor, "Mali arrested the French journalist, according to officials.",
               [("Mali", "MLI", None), ("French journalist", "FRA", "JRN")])
    assert got[0].attribution == "officials"
    assert got[0].modality == "asserted"


def test_announced_cooperation_is_agree(nlp: Language, extractor: EventExtractor) -> None:
    got = read(nlp, extractor, "Italy will visit Tunisia in May.",
               [("Italy", "ITA", None), ("Tunisia", "TUN", None)])
    assert codes(got) == [("AGREE", "036", "ITA", "TUN", "asserted")]


def test_refusing_future_cooperation_is_reject(nlp: Language, extractor: EventExtractor) -> None:
    got = read(nlp, extractor, "Cyprus will not meet the Turkish envoy.",
               [("Cyprus", "CYP", None), ("Turkish envoy", "TUR", "GOV")])
    assert codes(got) == [("REJECT", "125", "CYP", "TURGOV", "asserted")]


def test_announced_material_conflict_is_threaten(nlp: Language, extractor: EventExtractor) -> None:
    got = read(nlp, extractor, "Algeria will impose an embargo on Morocco.",
               [("Algeria", "DZA", None), ("Morocco", "MAR", None)])
    assert codes(got) == [("THREATEN", "1312", "DZA", "MAR", "asserted")]


def test_must_in_a_reported_clause_is_a_demand(nlp: Language, extractor: EventExtractor) -> None:
    got = read(nlp, extractor, "Vietnam declared that China must withdraw its ships.",
               [("Vietnam", "VNM", None), ("China", "CHN", None)])
    assert codes(got) == [("REQUEST", "1056", "VNM", "CHN", "asserted")]


def test_light_verb_needs_its_noun(nlp: Language, extractor: EventExtractor) -> None:
    held = read(nlp, extractor, "Fiji held talks with Tonga.",
                [("Fiji", "FJI", None), ("Tonga", "TON", None)])
    assert codes(held) == [("CONSULT", "040", "FJI", "TON", "asserted")]
    assert read(nlp, extractor, "Fiji held a party for Tonga.",
                [("Fiji", "FJI", None), ("Tonga", "TON", None)]) == []


def test_particle_verbs(nlp: Language, extractor: EventExtractor) -> None:
    got = read(nlp, extractor, "Malawi called for talks with Zambia.",
               [("Malawi", "MWI", None), ("Zambia", "ZMB", None)])
    assert codes(got) == [("REQUEST", "026", "MWI", "ZMB", "asserted")]


def test_intransitive_protest_sense_only(nlp: Language, extractor: EventExtractor) -> None:
    shown = read(nlp, extractor, "Latvia demonstrated its resolve to Russia.",
                 [("Latvia", "LVA", None), ("Russia", "RUS", None)])
    assert shown == []


def test_purpose_clause_of_a_protest_is_not_a_second_event(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Students marched in Dhaka to demand the resignation of the minister.",
               [("Students", None, "EDU"), ("the minister", "BGD", "GOV")])
    assert [c[0] for c in codes(got)] == ["PROTEST"]


def test_support_verb_shares_its_subject_with_the_event_noun(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Armenia completed the withdrawal of its forces.",
               [("Armenia", "ARM", None)])
    assert codes(got) == [("RETREAT", "0874", "ARM", None, "asserted")]


def test_evidence_indexes_the_text_exactly(nlp: Language, extractor: EventExtractor) -> None:
    text = "Rain fell.\n  Chad   attacked Niger on Monday.  "
    got = read(nlp, extractor, text, [("Chad", "TCD", None), ("Niger", "NER", None)])
    ev = got[0].evidence
    assert text[ev.start:ev.end] == ev.sentence
    assert text[ev.trigger_start:ev.trigger_end] == ev.trigger == "attacked"
    assert got[0].sentence_index == 1


def test_confidence_rises_with_resolved_arguments(nlp: Language, extractor: EventExtractor) -> None:
    both = read(nlp, extractor, "Chad attacked Niger.", [("Chad", "TCD", None),
                                                         ("Niger", "NER", None)])
    one = read(nlp, extractor, "Chad attacked Niger.", [("Chad", "TCD", None)])
    assert both[0].confidence == 0.85  # 0.3 + actor 0.3 + recipient 0.2 + verbal 0.05
    assert one[0].confidence == 0.65


def test_fields_come_from_the_cameo_table(nlp: Language, extractor: EventExtractor) -> None:
    got = read(nlp, extractor, "Peru imposed sanctions on Bolivia.",
               [("Peru", "PER", None), ("Bolivia", "BOL", None)])
    r = got[0]
    assert (r.quad_class, r.goldstein, r.mode, r.context) == (4, -8.0, "discontinue", ["economic"])


def test_announced_action_on_condition_unless_is_a_threat(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Ghana will recall its ambassador from Togo unless Togo apologizes.",
               [("Ghana", "GHA", None), ("Togo", "TGO", None, 0), ("Togo", "TGO", None, 1)])
    assert codes(got)[0][:2] == ("THREATEN", "1313")
    assert codes(got)[0][2:] == ("GHA", "TGO", "asserted")


def test_lemma_repair_for_regular_verbs(nlp: Language, extractor: EventExtractor) -> None:
    from detente.events.extractor import lemma_candidates

    doc = nlp("Workers staged a strike.")
    assert "stage" in lemma_candidates(doc[1])


def test_subjectless_infinitive_is_a_complement(nlp: Language, extractor: EventExtractor) -> None:
    from detente.events.arguments import complement_verbs

    doc = nlp("The militia have sworn to fight the army.")
    sworn = next(t for t in doc if t.lower_ == "sworn")
    assert [t.lower_ for t in complement_verbs(sworn)] == ["fight"]


def test_forcing_out_is_expulsion(nlp: Language, extractor: EventExtractor) -> None:
    got = read(nlp, extractor, "Mali forced the French ambassador out of the country.",
               [("Mali", "MLI", None), ("French ambassador", "FRA", "GOV")])
    assert codes(got) == [("SANCTION", "166", "MLI", "FRAGOV", "asserted")]


def test_accepting_refugees_refused_is_reject(nlp: Language, extractor: EventExtractor) -> None:
    got = read(nlp, extractor, "Jordan will not accept more refugees from Syria.",
               [("Jordan", "JOR", None), ("Syria", "SYR", None)])
    assert codes(got)[0][:2] == ("REJECT", "120")
    assert codes(got)[0][4] == "asserted"
