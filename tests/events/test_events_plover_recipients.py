"""Recipient rules of issue #4 (PLOVER recipient country): who an act is aimed at when
the parser or the sentence hides it. Sentences are our own."""

from __future__ import annotations

from datetime import date

from events_helpers import coded, mention
from spacy.tokens import Doc

from detente.events.arguments import object_heads, object_words, postposed_objects
from detente.records import Article

# A parse the small model gives a postposed heavy object: the object of "shortened" read
# as the subject of a bare complement clause ("... the curfew imposed in Kano after a
# mutiny ousted the government"). (word, lemma, pos, tag, dep, 1-based head)
POSTPOSED_PARSE = [
    ("President", "President", "PROPN", "NNP", "compound", 2),
    ("Obi", "Obi", "PROPN", "NNP", "nsubj", 5),
    ("on", "on", "ADP", "IN", "prep", 5),
    ("Monday", "Monday", "PROPN", "NNP", "pobj", 3),
    ("shortened", "shorten", "VERB", "VBN", "ROOT", 5),
    ("by", "by", "ADP", "IN", "agent", 5),
    ("two", "two", "NUM", "CD", "nummod", 8),
    ("hours", "hour", "NOUN", "NNS", "pobj", 6),
    ("the", "the", "DET", "DT", "det", 10),
    ("curfew", "curfew", "NOUN", "NN", "nsubj", 17),
    ("imposed", "impose", "VERB", "VBN", "acl", 10),
    ("in", "in", "ADP", "IN", "prep", 11),
    ("Kano", "Kano", "PROPN", "NNP", "pobj", 12),
    ("after", "after", "ADP", "IN", "prep", 11),
    ("a", "a", "DET", "DT", "det", 16),
    ("mutiny", "mutiny", "NOUN", "NN", "pobj", 14),
    ("ousted", "oust", "VERB", "VBD", "ccomp", 5),
    ("the", "the", "DET", "DT", "det", 19),
    ("government", "government", "NOUN", "NN", "dobj", 17),
    (".", ".", "PUNCT", ".", "punct", 17),
]


def _built(nlp, rows):  # type: ignore[no-untyped-def]
    return Doc(nlp.vocab, words=[r[0] for r in rows], lemmas=[r[1] for r in rows],
               pos=[r[2] for r in rows], tags=[r[3] for r in rows],
               deps=[r[4] for r in rows],
               heads=[i if r[4] == "ROOT" else r[5] - 1 for i, r in enumerate(rows)])


def test_trailing_protest_clause_accuses_the_main_clause_subject(pipeline) -> None:
    # The parser hangs "a human rights group protested" on the last noun; the group
    # complains of what the main clause's subject does.
    assert coded(pipeline, "Slovak officials are neglecting the schooling of Roma children, "
                           "a human rights group protested on Monday.") == [
        ("114", "NGO", "SVKGOV")]


def test_state_investigating_its_own_extremists(pipeline) -> None:
    assert coded(pipeline, "Serbia is investigating alleged abuses by Serbian extremists "
                           "against Albanian villagers.") == [("092", "SRB", "SRBREB")]


def test_state_accusing_its_own_society_group_but_no_other_act(pipeline) -> None:
    # Only accusing or investigating reads the bare state against its own group; other
    # acts keep the rule that one country named twice is one party.
    assert coded(pipeline, "Serbia accused Serbian students of rioting.") == [
        ("112", "SRB", "SRBEDU")]
    assert coded(pipeline, "Serbia praised Serbian students for their courage.") == [
        ("051", "SRB", None)]


def test_protest_for_independence_is_aimed_at_the_state_left(pipeline) -> None:
    # Not the place of the riot (Pristina), but the rule the protesters would leave.
    assert coded(pipeline, "Prisoners rioted at a jail in Pristina on Monday, joining crowds "
                           "of demonstrators in demanding independence from Serbian rule.") == [
        ("145", "KOSCVL", "SRB"), ("104", "KOSCVL", "SRB")]


def test_agentless_passive_investigation_has_an_unnamed_investigator(pipeline) -> None:
    assert coded(pipeline, "A Canadian journalist has been put under investigation in France "
                           "over her reporting on the protests.") == [("090", "---", "CANJRN")]


def test_investigation_noun_with_no_investigator_stays_uncoded(pipeline) -> None:
    assert coded(pipeline, "The investigation of the Canadian journalist continued.") == []


def test_pushing_for_a_party_to_act_requests_it_of_that_party(pipeline) -> None:
    assert coded(pipeline, "Canada is pushing hard for Japan to lift its ban on beef "
                           "imports.") == [("020", "CAN", "JPN")]
    assert coded(pipeline, "France is lobbying hard for Germany to back its farm subsidy "
                           "plan.") == [("020", "FRA", "DEU")]


def test_for_clause_without_to_is_still_an_infinitive(pipeline) -> None:
    # "for" opens only infinitives: with the "to" dropped the request stands.
    assert coded(pipeline, "Canada is pushing hard for Japan support its trade plan.") == [
        ("020", "CAN", "JPN")]


def test_out_of_the_question_is_the_speakers_rejection(pipeline) -> None:
    assert coded(pipeline, "Norwegian officials said on Monday that lifting the ban on "
                           "Icelandic fish imports was out of the question.") == [
        ("120", "NORGOV", "ISL")]
    assert coded(pipeline, "The Polish prime minister said talks with the Belarusian "
                           "opposition were out of the question.") == [
        ("125", "POLGOV", "BLROPP")]


def test_out_of_the_question_with_no_speaker_is_no_event(pipeline) -> None:
    assert coded(pipeline, "Lifting the ban on Icelandic fish imports is out of the "
                           "question.") == []


def test_postposed_heavy_object_is_the_verbs_object(nlp) -> None:
    doc = _built(nlp, POSTPOSED_PARSE)
    assert [t.text for t in postposed_objects(doc[4])] == ["curfew"]
    # The lexicon sees it as what was shortened (row "shorten ... curfew").
    assert "curfew" in object_words(doc[4]).lemmas
    # The mutiny's own verb keeps its object; the subject of a clause is moved only off
    # a verb with a short phrase right after it.
    assert [t.text for t in object_heads(doc[16])] == ["government"]
    assert postposed_objects(doc[16]) == []


def test_reporting_verb_keeps_its_bare_clause(nlp) -> None:
    rows = [list(r) for r in POSTPOSED_PARSE]
    rows[4][0], rows[4][1] = "announced", "announce"
    doc = _built(nlp, [tuple(r) for r in rows])
    assert postposed_objects(doc[4]) == []


def test_curfew_eased_with_the_actor_named_again_binds_its_country(nlp, extractor) -> None:
    # The government named again in the clause is no other party: the curfew's country.
    doc = _built(nlp, POSTPOSED_PARSE)
    mentions = [mention(doc, "President Obi", "NGA", "GOV"),
                mention(doc, "government", "NGA", "GOV")]
    readings = extractor.extract(doc, mentions, Article(id="t", text=doc.text,
                                                        published=date(2024, 6, 1)))
    assert [(r.cameo, r.actor.code if r.actor else None,
             r.recipient.code if r.recipient else None) for r in readings] == [
        ("0813", "NGAGOV", "NGA")]
