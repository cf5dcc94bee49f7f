"""Recipient (target) rules of the fourth accuracy round, each on sentences of our own."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from events_helpers import mention, read, sides
from spacy.language import Language
from spacy.tokens import Doc

from detente.events import EventExtractor
from detente.events.arguments import participle_agents, prep_objects
from detente.records import ActorMention, Article, EventMention


def test_refuge_sought_in_a_country_names_the_host(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Thousands of Syrian families sought asylum in Jordan last year.",
               [("Syrian families", "SYR", "CVL"), ("Jordan", "JOR")])
    assert sides(got) == [("REQUEST", "SYRCVL", "JOR")]


def test_agent_of_a_participle_owns_the_object_noun(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "The court opened an inquiry into abuses committed by the navy.",
               [("court", None, "JUD"), ("navy", None, "MIL")])
    assert sides(got) == [("ACCUSE", "---JUD", "---MIL")]


def test_participle_agents_ignore_other_prepositions(nlp: Language) -> None:
    doc = nlp("Police banned a march organised by opposition students in the capital.")
    march = next(t for t in doc if t.text == "march")
    assert [t.text for t in participle_agents(march)] == ["students"]
    troops = nlp("They met the troops stationed in Iraq.")
    noun = next(t for t in troops if t.text == "troops")
    assert participle_agents(noun) == []


def test_object_of_the_threatened_act_is_the_one_threatened(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "The army warned that it would not tolerate the Green party's marches.",
               [("army", None, "MIL"), ("Green party", None, "OPP")])
    assert sides(got) == [("THREATEN", "---MIL", "---OPP")]


def test_force_used_to_disperse_people_is_aimed_at_them(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Police fired tear gas to disperse striking miners near the capital.",
               [("Police", None, "COP"), ("miners", None, "LAB")])
    assert sides(got) == [("ASSAULT", "---COP", "---LAB")]


def test_force_used_to_protect_names_no_target(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Guards opened fire to protect the embassy from the crowd.",
               [("Guards", None, "MIL"), ("crowd", None, "CVL")])
    assert sides(got) == [("ASSAULT", "---MIL", None)]


def test_investigation_sent_to_a_country_is_of_that_country(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "The agency sent a team of experts to Libya to investigate the explosion.",
               [("agency", "IGO"), ("Libya", "LBY")])
    assert sides(got) == [("ACCUSE", "IGO", "LBY")]


def test_shared_object_of_a_preposition_before_and(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Norway restored relations with and reopened its consulate in Chile, "
               "officials said.",
               [("Norway", "NOR"), ("Chile", "CHL")])
    assert sides(got) == [("SUPPORT", "NOR", "CHL")]


def test_bare_preposition_takes_the_subject_of_a_reduced_relative(nlp: Language) -> None:
    # The parse a statistical parser sometimes gives: "officers" made the subject of
    # "hiding", the clause hung on the verb, and "to" left with no object.
    words = ["Chile", "gave", "refuge", "to", "two", "officers", "hiding", "in", "a", "church"]
    heads = [1, 1, 1, 1, 5, 6, 1, 6, 9, 7]
    deps = ["nsubj", "ROOT", "dobj", "prep", "nummod", "nsubj", "advcl", "prep", "det", "pobj"]
    pos = ["PROPN", "VERB", "NOUN", "ADP", "NUM", "NOUN", "VERB", "ADP", "DET", "NOUN"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=words,
              tags=["NNP", "VBD", "NN", "IN", "CD", "NNS", "VBG", "IN", "DT", "NN"])
    assert [(p, o.text) for p, o in prep_objects(doc[1])] == [("to", "officers")]
    # A finite clause of its own (with an auxiliary) is not a reduced relative.
    finite = Doc(nlp.vocab, words=["Chile", "gave", "refuge", "to", "officers", "were", "hiding"],
                 heads=[1, 1, 1, 1, 6, 6, 1],
                 deps=["nsubj", "ROOT", "dobj", "prep", "nsubj", "aux", "advcl"],
                 pos=["PROPN", "VERB", "NOUN", "ADP", "NOUN", "AUX", "VERB"],
                 lemmas=["Chile", "give", "refuge", "to", "officer", "be", "hide"])
    assert list(prep_objects(finite[1])) == []


def capital(spec: ActorMention) -> ActorMention:
    """A hand-made mention marked as the actors stage marks a capital city."""
    return replace(spec, actor=replace(spec.actor, rule=f"country:{spec.actor.country}/capital"))


def read_with_capital(
    nlp: Language, extractor: EventExtractor, text: str, others: list[tuple[Any, ...]],
    city: tuple[Any, ...],
) -> list[EventMention]:
    doc = nlp(text)
    mentions = [mention(doc, *spec) for spec in others] + [capital(mention(doc, *city))]
    return extractor.extract(doc, mentions, Article(id="t", text=text,
                                                    published=date(2024, 6, 1)))


def test_shelled_towns_are_their_people(nlp: Language, extractor: EventExtractor) -> None:
    got = read(nlp, extractor, "Rebels shelled three Somali villages on Sunday.",
               [("Rebels", None, "REB"), ("Somali", "SOM")])
    assert sides(got) == [("ASSAULT", "---REB", "SOMCVL")]


def test_shelled_capital_is_its_people_not_its_government(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read_with_capital(nlp, extractor, "Militants shelled Mogadishu overnight.",
                            [("Militants", None, "REB")], ("Mogadishu", "SOM", "GOV"))
    assert sides(got) == [("ASSAULT", "---REB", "SOMCVL")]


def test_curfew_in_a_city_falls_on_its_people(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read_with_capital(nlp, extractor,
                            "The army imposed a curfew in Kandahar after the riots.",
                            [("army", "AFG", "MIL")], ("Kandahar", "AFG"))
    assert sides(got) == [("COERCE", "AFGMIL", "AFGCVL")]


def test_country_named_as_location_stays_the_state(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Serbia lifted a curfew in Montenegro on Monday.",
               [("Serbia", "SRB"), ("Montenegro", "MNE")])
    assert sides(got) == [("CONCEDE", "SRB", "MNE")]


def test_aid_sent_to_a_capital_goes_to_its_government(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read_with_capital(nlp, extractor, "Germany sent humanitarian aid to Kyiv.",
                            [("Germany", "DEU")], ("Kyiv", "UKR", "GOV"))
    assert sides(got) == [("AID", "DEU", "UKRGOV")]


def test_evacuation_from_a_town_is_of_its_people(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor,
               "Aid workers evacuated the wounded from the besieged Syrian town of Homs.",
               [("Aid workers", None, "NGO"), ("Syrian", "SYR")])
    assert sides(got) == [("AID", "---NGO", "SYRCVL")]
    assert got[0].recipient is not None and got[0].recipient.rule == "+population"


def test_persons_named_by_nationality_are_civilians_when_detained(
    nlp: Language, extractor: EventExtractor
) -> None:
    doc = nlp("Kenyan police detained forty Somalis near the border.")
    somalis = mention(doc, "Somalis", "SOM")
    people = replace(somalis, actor=replace(somalis.actor, rule="country:SOM/people"))
    got = extractor.extract(doc, [mention(doc, "Kenyan police", "KEN", "COP"), people],
                            Article(id="t", text=doc.text, published=date(2024, 6, 1)))
    assert sides(got) == [("COERCE", "KENCOP", "SOMCVL")]


def test_victims_of_no_nationality_take_the_country_of_the_attack(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Gunmen killed four villagers in northern Nigeria on Sunday.",
               [("Gunmen", None, "UAF"), ("villagers", None, "CVL"), ("Nigeria", "NGA")])
    assert sides(got) == [("ASSAULT", "---UAF", "NGACVL")]


def test_victims_with_a_nationality_keep_it(
    nlp: Language, extractor: EventExtractor
) -> None:
    got = read(nlp, extractor, "Gunmen killed four French tourists in northern Niger.",
               [("Gunmen", None, "UAF"), ("French tourists", "FRA", "CVL"), ("Niger", "NER")])
    assert sides(got) == [("ASSAULT", "---UAF", "FRACVL")]


def test_refused_concession_falls_on_persons_named_by_nationality(
    nlp: Language, extractor: EventExtractor
) -> None:
    doc = nlp("The junta refused to lift the curfew on Tibetans.")
    tibetans = mention(doc, "Tibetans", "CHN")
    people = replace(tibetans, actor=replace(tibetans.actor, rule="country:CHN/people"))
    got = extractor.extract(doc, [mention(doc, "junta", "MMR", "GOV"), people],
                            Article(id="t", text=doc.text, published=date(2024, 6, 1)))
    assert sides(got) == [("REJECT", "MMRGOV", "CHNCVL")]
