"""Event extraction: triggers from the lexicon, arguments from the dependency parse.

One pass over the tokens picks trigger candidates by lemma (a dict lookup); they
are then read from the top of each sentence's tree down, so a governing trigger
claims its complements first ("refused to accept mediation" is one REJECT, not a
REJECT and an AGREE; "impose sanctions" is one SANCTION, not two).

Confidence heuristic (0-1): 0.3 to start; +0.3 when the actor is resolved, +0.2
when the recipient is; +0.1 when the lexicon row is specific (it matched a particle
or an object word); +0.05 for a verbal trigger (nominal ones often refer back to an
event told elsewhere); -0.05 for each clause the actor had to be borrowed across
(control, coordination); x0.8 when the modality is not "asserted". Clamped to
[0.05, 0.99].
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.attrs import HEAD, ORTH
from spacy.tokens import Doc, Span, Token

from ..records import Actor, ActorMention, Article, EventMention, Evidence, actor_code
from .arguments import (
    CARRYING_VERBS,
    DATELINE_DASHES,
    LOCATIVE_PREPS,
    RELATIVE_PRONOUNS,
    SEQUEL_PREPS,
    SETTLEMENT_NOUNS,
    TOPIC_PREPS,
    TRAVEL_NOUNS,
    MentionIndex,
    ObjectWords,
    as_population,
    broker_participle,
    coercive_purpose_objects,
    complement_verbs,
    condition_subjects,
    content_clause_subjects,
    doer_mentions,
    expand_conj,
    extraposed_clauses,
    grievance_heads,
    hyphen_joined,
    investigation_sites,
    is_passive,
    mistagged_complement,
    names_backer,
    noun_actor_heads,
    noun_words,
    object_clause_heads,
    object_heads,
    object_words,
    particles,
    place_reading,
    prep_objects,
    purpose_heads,
    recipient_heads,
    stance_targets,
    subject_heads,
    threatened_objects,
    threatening_doers,
    with_country,
)
from .clauses import (
    caused_reaction_targets,
    fold_result_harms,
    prior_act_targets,
    trigger_token,
    yields_to_protests,
)
from .implicit import (
    implicit_recipient,
    local_group,
    proxy_target,
    reporter_conjuncts,
    seated_party,
)
from .lexicon import (
    CameoInfo,
    TriggerEntry,
    TriggerLexicon,
    allegation_words,
    bilateral_nouns,
    default_cameo_table,
    default_lexicon,
    prefixed_irregular_base,
    reciprocal_verbs,
)
from .modality import FUTURE_AUXILIARIES, REPORTING, denies_a_named_claim, read_modality

#: Types whose actor and recipient may be the same country (different sectors):
#: protest, repression and violence are mostly domestic, and so are the concessions
#: that undo repression (lifting a curfew, freeing prisoners, letting refugees back).
#: A threat of such acts is as domestic as the acts ("threatened to impose a curfew").
DOMESTIC_TYPES = frozenset({"PROTEST", "ASSAULT", "COERCE", "CONCEDE", "THREATEN"})
#: Past participles that, after "be", state the subject's own disposition, not an act
#: done to it ("is committed / prepared / determined to ...").
DISPOSITION_PARTICIPLES = frozenset({
    "committed", "prepared", "determined", "resolved", "poised", "dedicated",
    # "X is opposed to Y": a stance the subject holds (X opposes Y), not an act done to X.
    "opposed",
    # "X were engaged / involved in ethnic cleansing": taking part in an act; X does it.
    "engaged", "involved",
})
#: Acts done to the people of a place: with no one named, the place where they happen
#: is their target ("protested in Kirkuk", "lifted the curfew in Montenegro").
PLACE_TARGET_TYPES = frozenset({"PROTEST", "COERCE", "CONCEDE", "MOBILIZE"})
#: Objects naming the means of an assault, not its victim ("detonated *a bomb*").
WEAPON_NOUNS = frozenset({
    "bomb", "device", "explosive", "shell", "missile", "rocket", "grenade", "mine", "mortar",
    "charge", "car-bomb", "weapon", "round",
})
#: Reflexive objects ("blew themselves up"): the doer, not a victim.
REFLEXIVES = frozenset({"themselves", "itself", "himself", "herself"})
#: Types whose addressee may be the subject of a content clause ("a demand that X ...").
CONTENT_CLAUSE_TYPES = frozenset({"REQUEST", "ACCUSE"})
#: Cooperative actions that, announced for the future, are an AGREE (manual, AGREE).
INTENT_TYPES = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT"})
#: Cooperative types: an actor saying it will not do one of these refuses it (REJECT).
COOPERATIVE_TYPES = frozenset(
    {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"}
)
#: Material conflict: announced for the future, it is a threat (CAMEO 13, PLOVER THREATEN).
THREAT_TYPES = frozenset({"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})
#: Auxiliaries of will or ability: "will not / would not / cannot / does not accept".
VOLITIONAL_AUX = frozenset({"will", "would", "shall", "can", "could", "wo", "do", "does"})
#: Verbs that report a demand when their clause has "must" ("said Libya must hand over ...").
DEMAND_FRAMES = frozenset({
    "say", "declare", "reiterate", "insist", "announce", "state", "tell", "conclude", "stress",
    "warn", "add", "repeat", "emphasize", "emphasise", "remind", "write", "reminder",
    "declaration", "statement", "demand", "message",
})
#: Most actor x recipient pairs one trigger yields: four coordinated parties acting on three
#: ("Mordor, Rohan, Fornost and Bree welcomed ties between X, Y and Z") still each count.
MAX_PAIRS = 12
#: Verbs that also ascribe a name or quality when they take an object and a predicate
#: ("calling it a new step", "called the report one-sided"): that sense is no event.
NAMING_VERBS = frozenset({"call", "name", "label", "brand", "dub", "term"})
#: Verbs of desire: "X wants Y to do Z" asks Y for Z (X REQUEST Y); the wanted act has
#: not happened.
DESIRE_VERBS = frozenset({"want", "wish"})
#: Verbs of appeal: "X appealed *for Y to free* Z" asks Y for the act (X APPEAL Y); the
#: act asked for has not happened, so it is no act of Y's.
APPEAL_VERBS = frozenset({"appeal", "plead", "push", "lobby"})
#: Appeal verbs with no lexicon row of their own outside "for" phrases: their "for Y to
#: do" request is coded as an appeal ("pushed for Japan to ..." appeals to Japan).
APPEAL_CODE_LEMMA = "appeal"
#: The noun of the idiom "out of the question", a speaker's refusal of what it is said of.
RULED_OUT_NOUN = "question"
#: Modals under which an indefinite event noun is only supposed ("an attack could ...").
SUPPOSING_MODALS = frozenset({"could", "may", "might", "would"})
#: Verbs of helping: with an infinitive and nobody helped ("has helped *to arrange*
#: swaps") they say the subject took part in the complement's act, not that it gave aid.
HELPING_VERBS = frozenset({"help", "assist"})
#: Verbs of answering another party's act: counteraction only when announced or armed.
ANSWERING_VERBS = frozenset({"respond", "act"})
#: Answering verbs too general to threaten unless made conditional on the other side ("would
#: act if the influence is not curbed"; "will act as mediator" threatens no one).
CONDITIONAL_ANSWERS = frozenset({"act"})
#: What an announced answer may be "to" and still be a counteraction ("would respond to any
#: *attack*"); answering a request, a letter or a proposal is no threat.
HOSTILE_ACT_NOUNS = frozenset({
    "attack", "aggression", "provocation", "deployment", "strike", "escalation", "incursion",
    "violation", "threat", "sanction", "move", "step", "measure", "action", "tariff",
    "invasion", "intervention", "expansion",
})
#: Refusals whose complement is a verb of saying ("declined to comment"): a spokesman
#: not talking is a reporting formula, not the rejection of anything.
REFUSAL_VERBS = frozenset({"refuse", "decline"})
SPEECH_COMPLEMENTS = frozenset({
    "comment", "elaborate", "say", "confirm", "specify", "disclose", "speculate", "respond",
    "answer", "reveal", "identify", "name",
})
#: What a refusal to respond or answer *to* turns down: "refused to respond to a demand".
ANSWERED_DEMANDS = frozenset({
    "demand", "ultimatum", "request", "call", "appeal", "summons", "invitation",
})
#: Verbs of warning: "warned that costs *could* cut harvests" predicts; it threatens nothing.
WARNING_VERBS = frozenset({"warn", "caution"})
#: Verbs giving a reason ("expelled the envoy, *citing* the ceasefire violations"): what
#: is cited is background to the main act, not a second act of the citer.
REASON_VERBS = frozenset({"cite"})
#: Verbs of taking: with "power" as object ("the army seized power") they tell of a coup,
#: a change of who governs. CAMEO has no code for it, and it is not 171 (seizing
#: property) nor an act on any other party, so it is no event (precision first).
SEIZURE_VERBS = frozenset({"seize", "grab", "usurp", "take", "assume"})
POWER_NOUNS = frozenset({"power"})
#: "Assault" done by a state or its forces ("Russian assaults on the town") is a military
#: attack (CAMEO 190), not the physical assault of a person (182).
MILITARY_SENSE_LEMMAS = frozenset({"assault"})
PERSONAL_ASSAULT, MILITARY_FORCE = "182", "190"
#: Directives to one's own agents ("instructed *their delegations* to ...") are the
#: internal workings of one side, not a request to another party: no event.
DIRECTIVE_VERBS = frozenset({"instruct", "direct", "order", "tell", "ask", "task", "mandate"})
OWN_AGENT_NOUNS = frozenset({
    "delegation", "delegate", "representative", "envoy", "ambassador", "diplomat",
    "negotiator", "mission", "embassy", "staff", "official", "minister", "ministry",
})
POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her", "our", "my"})
#: Confidence of the converse reading ("Y hosted X") relative to the stated one ("X visited Y").
CONVERSE_WEIGHT = 0.9


@dataclass(frozen=True, slots=True)
class _Match:
    entry: TriggerEntry
    used: tuple[Token, ...]  # object words the row matched on


def lemma_candidates(token: Token) -> list[str]:
    """The model's lemma, then regular-inflection repairs for a verb it got wrong.

    The small model lemmatises some forms badly ("staged" -> "stag", "retook" ->
    "retook"); a prefixed irregular past is looked up without its prefix, and stripping the
    regular English endings (-ed, -ing, -s, with a doubled consonant or silent e)
    recovers the base form. Only tried when the model's lemma is unknown.
    """
    lemma = token.lemma_.lower()
    out = [lemma]
    if not token.tag_.startswith("VB") and not _verb_slot_noun(token):
        return out
    word = token.lower_
    # A prefixed irregular past ("retook", tagged as a present form) keeps its own spelling
    # as lemma; its base is the prefix on the unprefixed verb's base ("retake").
    base = prefixed_irregular_base(word)
    if base is not None:
        out.append(base)
    for ending in ("ed", "ing", "es", "s"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)]
            out.extend([stem, stem + "e"])
            if len(stem) > 2 and stem[-1] == stem[-2]:
                out.append(stem[:-1])
    return out


def _verb_slot_noun(token: Token) -> bool:
    """A word tagged as a noun in a slot only a verb fills: an open complement
    ("offered to *host* talks", "would continue *mediating*") is a verb phrase in English."""
    return mistagged_complement(token)


def pos_class(token: Token) -> str | None:
    """Coarse part of speech of a trigger candidate."""
    if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB") or _verb_slot_noun(token):
        return "VERB"
    if token.pos_ in ("NOUN", "PROPN"):
        return "NOUN"
    if token.pos_ == "ADJ":
        return "ADJ"
    return None


class EventExtractor:
    """Trigger lexicon + CAMEO table, loaded once; ``extract`` is cheap per doc."""

    def __init__(
        self, lexicon: TriggerLexicon, cameo: dict[str, CameoInfo], *, converse: bool = False
    ) -> None:
        self.lexicon = lexicon
        self.cameo = cameo
        #: Also emit the converse reading of a visit ("Y hosted X" for "X visited Y"), as the
        #: CAMEO manual's 042/043 pair. Off by default: real-news gold (Phoenix-style coding)
        #: codes the act the sentence states once; a user lexicon's [A:B] rows still add it.
        self.converse = converse

    @classmethod
    def default(cls, *, converse: bool = False) -> EventExtractor:
        return cls(default_lexicon(), default_cameo_table(), converse=converse)

    def extract(
        self, doc: Doc, mentions: Sequence[ActorMention], article: Article
    ) -> list[EventMention]:
        """Every event reading in ``doc`` (a parse of ``article.text``), in text order."""
        index = MentionIndex(mentions)
        sentences = _Sentences(doc)
        known = self.lexicon.lemmas
        # One pass over the tokens: trigger candidates by lemma, and "must" modals.
        lemmas: dict[int, str] = {}
        modals: list[Token] = []
        desires: list[Token] = []
        cited: list[Token] = []
        reporters: list[Token] = []
        after_hyphen = _after_hyphen(doc)
        for tok in doc:
            own = tok.lemma_.lower()  # the model's lemma (``lemma`` may become a repair)
            lemma = own
            if lemma not in known:
                lemma = next((c for c in lemma_candidates(tok)[1:] if c in known), "")
            if not lemma and tok.i >= 2 and tok.i in after_hyphen:
                lemma = next((c for c in hyphen_joined(tok) if c in known), "")
            if lemma:
                lemmas[tok.i] = lemma
            elif tok.dep_ == "aux" and tok.lower_ == "must":
                modals.append(tok)
            if (own in DESIRE_VERBS or own in APPEAL_VERBS) and pos_class(tok) == "VERB":
                desires.append(tok)
            if own in REPORTING and pos_class(tok) == "VERB":
                reporters.append(tok)
            if own in REASON_VERBS and pos_class(tok) == "VERB":
                cited.extend(c for c in tok.children
                             if c.dep_ in ("dobj", "obj", "xcomp", "ccomp", "pcomp"))
        consumed: set[int] = set()
        readings: list[EventMention] = []
        parties = frozenset(m.head for m in mentions)
        for reason in cited:
            consumed.update(_inner(reason))
        for modal in modals:
            demand = self._deontic_demand(modal, index, article, sentences)
            if demand is not None:
                consumed.update(_inner(modal.head))
                readings.extend(demand)
        for i in [i for i, lemma in lemmas.items() if lemma == RULED_OUT_NOUN]:
            ruled_out = self._ruled_out(doc[i], index, article, sentences)
            if ruled_out is not None:
                consumed.update(_inner(ruled_out[0]) | {i})
                readings.extend(ruled_out[1])
        for verb in desires:
            wish = self._desire_request(verb, index, article, sentences)
            if wish is not None:
                consumed.update(_inner(wish[0]))
                if verb.lemma_.lower() in APPEAL_VERBS:  # the appeal is the request itself
                    consumed.add(verb.i)
                readings.extend(wish[1])
        for frame in reporters:
            for clause, allegation in self._reported_allegations(
                    frame, lemmas, index, article, sentences):
                # A verb the parser coordinated into the clause ("said X was a sponsor of
                # terror *and urged* ...") is not part of the allegation.
                consumed.update(_inner(clause) - {
                    t.i for c in clause.children if c.dep_ == "conj" for t in c.subtree})
                readings.extend(allegation)
        depth = _depths(doc)
        order = sorted(lemmas, key=lambda i: (sentences.number[i], depth[i], i))
        for i in order:
            if i in consumed:
                continue
            token = doc[i]
            if _modifier_noun(token, parties) or _setting_noun(token) or _duration_start(token) \
                    or _period_summary(token) or _misattached_request(token) \
                    or _doer_of_told_act(token, lemmas):
                continue
            match = self.match(token, lemmas[i])
            if match is None:
                continue
            if _supposed_act(token) or any(
                    _supposed_act(c) for c in token.children
                    if c.dep_ in ("nsubj", "nsubjpass") and c.i in lemmas):
                # "any Israeli attack", "a Chinese attack could threaten ...": an act only
                # supposed is done by no one, and neither is the consequence said of it.
                consumed.update(_inner(token))
                continue
            protasis = _protasis(token)
            if protasis is not None:
                # "If Russia attacks a NATO member, ...": a supposed act is reported by no
                # one; only the consequence announced for it may be an act (a threat).
                consumed.update(_inner(protasis))
                if self.cameo[match.entry.cameo].plover_type in THREAT_TYPES:
                    n = sentences.number[i]
                    readings.extend(self._conditional_threat(
                        protasis, match, lemmas, index, sentences.spans[n], n, article))
                continue
            consumed.update(_claimed(token, match, self.cameo, parties))
            consumed.update(self._protest_demands(token, match, lemmas))
            consumed.update(self._same_event_subject(token, match, lemmas))
            match = self._named_by_subject(token, match, lemmas)
            n = sentences.number[i]
            readings.extend(
                self._readings(token, match, index, sentences.spans[n], n, article)
            )
            brokered = self._brokered_outcome(token, index, article, sentences)
            if brokered is not None:
                consumed.add(brokered[0].i)
                readings.extend(brokered[1])
        readings.sort(key=lambda r: (r.evidence.start, r.evidence.trigger_start or 0))
        readings = [_reporter_condemnation(doc, index, r) for r in readings]
        readings = caused_reaction_targets(doc, self._told_act_targets(doc, readings, index))
        readings = yields_to_protests(doc, prior_act_targets(doc, readings), index)
        return _drop_partyless_background(fold_result_harms(doc, readings))

    def match(self, token: Token, lemma: str | None = None) -> _Match | None:
        """The most specific lexicon row the token satisfies, if any."""
        pos = pos_class(token)
        if pos is None:
            return None
        lemma = lemma or token.lemma_.lower()
        rows = self.lexicon.entries(lemma, pos)
        if not rows:
            return None
        if pos == "NOUN":
            # A nominalisation keeps its verb's complements: "a demand that X ease restrictions".
            rows = rows + [r for r in self.lexicon.entries(lemma, "VERB") if r.objects]
        has_object = any(c.dep_ in ("dobj", "obj") and not _misparsed_place(c)
                         for c in token.children)
        rows = [r for r in rows if not (r.intransitive and has_object)]
        if lemma in ANSWERING_VERBS and not _announced_answer(token):
            # "responded to questions", "will respond to the proposal": answering is an act
            # of force only with its means named ("responded *with air strikes*") or when a
            # party announces it against a hostile act ("would respond to any attack", "will
            # respond at a time of its choosing"): a warning of counteraction, a threat. Only
            # the bare force row is held back: a user lexicon's own senses of the verb stand.
            rows = [r for r in rows if r.particle or r.objects or r.cameo != MILITARY_FORCE]
        if lemma in HELPING_VERBS and not has_object and any(
            c.dep_ in ("xcomp", "ccomp") and pos_class(c) == "VERB"
            and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
            for c in token.children
        ):
            rows = [r for r in rows if r.particle or r.objects]
        if lemma in REFUSAL_VERBS and any(
            c.lemma_.lower() in SPEECH_COMPLEMENTS and not _answers_a_demand(c)
            for c in complement_verbs(token)
        ):
            return None
        if lemma in DIRECTIVE_VERBS and _directs_own_agents(token):
            return None
        if lemma in SEIZURE_VERBS and any(
            o.lemma_.lower() in POWER_NOUNS for o in object_heads(token)
        ):
            return None
        if lemma in CONTEST_VERBS and _sports_result(token):
            # "Brazil beat Argentina 2-1 in a qualifier": a match result, not an assault.
            return None
        if lemma == "sign" and any(o.lemma_.lower() in DECREE_NOUNS for o in object_heads(token)):
            # "signed a decree annexing the regions": a law or decree is one side's act (its
            # content is read on its own, as the signer's), not an agreement with anyone.
            return None
        if lemma in NAMING_VERBS and _names_something(token):
            # "calling it a new step": only a row with a particle ("call for") still holds,
            # or one naming the predicate ("called the strike *illegal*": a condemnation).
            rows = [r for r in rows if r.particle or r.objects]
            if any(c.dep_ in ("dobj", "obj") and c.tag_ == "WP" for c in token.children):
                # "in what Beijing called punishment *for* Taipei's acts": a free relative
                # names a thing; its "for" belongs to the name, it calls for nothing.
                rows = [r for r in rows if not r.particle]
            predicate = {c.lemma_.lower() for c in token.children
                         if c.dep_ in ("oprd", "acomp", "xcomp", "ccomp", "attr")}
            naming = [r for r in rows if r.objects & predicate]
            if naming:
                # The predicate says what the act is, not the thing named ("called *the
                # strike* illegal" condemns; it calls no strike).
                rows = naming
        words = object_words(token, reported_clauses=lemma not in REPORTING)
        gap = _object_gap(token)
        if gap is not None:
            # "*an allegation* Baku denied": the noun a relative clause modifies fills the
            # verb's missing object.
            words.lemmas.update(noun_words(gap))
            words.tokens.append(gap)
        if _finite_verb_as_modifier(token):
            # "South Korea's military *fired* warning shots" parsed as one noun phrase: the
            # noun the past-tense verb modifies is its object.
            words.lemmas.update(noun_words(token.head))
            words.tokens.append(token.head)
        return self._best(rows, particles(token), words, _subject_words(token))

    def recode(self, lemma: str, token: Token) -> CameoInfo | None:
        """The code ``lemma`` (a verb like "refuse", "threaten") takes with this token's
        action as its complement: "will not meet" reads as "refuse to meet" (125)."""
        words = object_words(token)
        words.lemmas.add(token.lemma_.lower())
        words.tokens.append(token)
        found = self._best(self.lexicon.entries(lemma, "VERB"), set(), words)
        return self.cameo[found.entry.cameo] if found else None

    def _best(self, rows: Sequence[TriggerEntry], found_particles: set[str], words: ObjectWords,
              subject: set[str] | None = None) -> _Match | None:
        best: _Match | None = None
        for row in rows:
            if row.particle and row.particle not in found_particles:
                continue
            used: tuple[Token, ...] = ()
            if row.subject_words:
                if not row.objects & (subject or set()):
                    continue
            elif row.objects:
                if not row.objects & words.lemmas:
                    continue
                used = tuple(t for t in words.tokens if _words_of(t) & row.objects)
            if best is None or row.specificity > best.entry.specificity or (
                    row.specificity == best.entry.specificity
                    and _closeness(used, words) < _closeness(best.used, words)):
                best = _Match(row, used)
        return best

    def _readings(
        self,
        token: Token,
        match: _Match,
        index: MentionIndex,
        sent: Span,
        sentence_index: int,
        article: Article,
    ) -> list[EventMention]:
        nominal = pos_class(token) == "NOUN"
        if match.entry.lemma in WARNING_VERBS and not match.entry.objects and _prediction(
            token, index
        ):
            return []
        if _result_participle(token) or _actor_background(token, index) or _feared_cause(token):
            return []
        info = self.cameo[match.entry.cameo]
        deployment = info.plover_type == "MOBILIZE"
        allies = _allied_parties(token) if deployment else []
        if allies:
            # "troops deployed to Russia *to fight alongside Russian forces*": forces sent
            # to fight beside another side cooperate with it militarily (CAMEO 062).
            info = self.cameo[MILITARY_COOPERATION]
            deployment = False
        elif deployment and _helping_purpose(token):
            # "deploy police officers to Haiti *to help fight gangs*": forces sent to help
            # a country are security assistance (CAMEO 074), not a show of force.
            info = self.cameo[PROTECTION_AID]
        if info.code == MILITARY_COOPERATION and _solo_drill(token, match):
            # "Chinese warships held live-fire drills around Taiwan": drills held by one
            # side alone are a show of force (150); only joint ones are cooperation (062).
            info = self.cameo[SHOW_OF_FORCE]
        reading = read_modality(token, article.published)
        info, modality = self._speech_act(token, info, reading.modality)
        actor_heads, borrowed = _actor_heads(token, nominal)
        supported = False  # the actors are a support verb's subject ("X held talks")
        between_sides: list[ActorMention] = []  # "talks between X and Y": X and Y
        if any(h.lemma_.lower() in NATURAL_CAUSES for h in actor_heads):
            # "Heavy rain caused flooding, *killing* dozens": harm done by nature or by
            # accident is no one's act, so no event (nor an unidentified attacker).
            return []
        actors = _with_coordinated_owners(index, actor_heads, _resolve_all(index, actor_heads))
        actors = [_commanded_forces(token.doc, index, m) for m in actors]
        paired = False
        if len({m.actor.country for m in actors}) < 2:
            # "..., and *the two governments* blamed each other": a definite pair stands for
            # the two parties named just before it in the sentence, even when the phrase
            # alone was taken for one of them ("*the two leaders* pledged ...": two people
            # are never one party).
            pair = _pair_antecedents(actor_heads, index)
            actors = pair or actors
            paired = bool(pair)
        if not actors and info.plover_type == "ASSAULT" and not nominal:
            # "15 people were killed *when Russian missiles hit* a building": the harm
            # with no agent is that of the act its "when" clause tells, by the same doer.
            actors = _resolve_all(index, _when_clause_doers(token))
        if not actors and info.plover_type == "ASSAULT" and not nominal:
            # "five people were killed *in an Israeli strike*": harm with no agent, told as
            # the outcome of an attack, is done by whoever made the attack.
            actors = _resolve_all(index, self._attack_owners(token))
        if not actors and actor_heads and all(
                h.lower_ in REPORTER_PRONOUNS for h in actor_heads):
            # "Britain and France said *they* were prepared to send troops": a pronoun
            # subject of the content clause, left unresolved, is the reporting party.
            reporter = _reporting_verb(token)
            if reporter is not None:
                actors = _resolve_all(index, subject_heads(reporter))
                borrowed += 1
        undergoers: list[ActorMention] = []
        if _received_aid(match, info):
            # "Ukraine received F-16 jets *from Denmark*": the giver acts, the receiver is
            # the one aided (no giver named: no one to code as the actor).
            actors, undergoers = _resolve_all(index, _from_parties(token)), actors
        elif not actors and _undergone(token, nominal):
            # "X drew criticism *from Y*": the one who drew it is its target; the doer is
            # only the "from" party (none named: no event can be coded).
            actors = _resolve_all(index, _undergone_sources(token))
            undergoers = _undergoing_parties(index, token.head)
            borrowed += 1
        elif not actors and nominal and token.dep_ in ("dobj", "obj") \
                and token.head.pos_ == "VERB" and token.head.lemma_.lower() not in NAMING_VERBS:
            # Support verbs share their subject with the event noun: "X completed its withdrawal"
            # (not a verb of naming: "calling their arrest a kidnapping" does not arrest).
            actors = _resolve_all(index, subject_heads(token.head))
            borrowed += 1
            supported = True
        elif not actors and nominal and (host := _participation_host(token)) is not None:
            # "troops were involved in *attacks* on villages", "took part in *raids*": those
            # who take part in an act do it.
            actors = _resolve_all(index, _participants(host))
            borrowed += 1
        elif not actors and nominal and (speaker := _call_speaker(token)) is not None:
            # "Biden told Netanyahu *in a phone call* that ...": the call is the speaker's
            # with whom the verb addresses (who is told, urged, assured).
            actors = _resolve_all(index, subject_heads(speaker))
            undergoers = _resolve_all(index, [c for c in speaker.children
                                              if c.dep_ in ("dobj", "obj", "dative")])
            borrowed += 1
        if borrowed and not nominal and token.tag_ == "VBG" and token.dep_ == "pcomp":
            # "fled after *fighting between the army and rebels*": a gerund that names the
            # parties it is between is their act, not the governing clause's subject's.
            between = _resolve_all(index, expand_conj(
                [pobj for prep, pobj in prep_objects(token) if prep == "between"]))
            if len({m.actor.code for m in between}) >= 2:
                actors = between[:1]
        if not actors and nominal:
            # "talks between India and Pakistan resumed": with no one else named as the
            # doer, the first party between whom it happens is the actor, the next its
            # counterpart (found among the recipients below).
            # The parser may hang "between" on the topic ("talks on trade between ...").
            nouns = [token, *(o for _p, o in prep_objects(token) if _p in TOPIC_PREPS)]
            # "a truce brokered by Qatar between X and Y": or on the broker's participle.
            nouns += [c for c in token.children if broker_participle(c)]
            parties = expand_conj(
                [pobj for noun in nouns for prep, pobj in prep_objects(noun) if prep == "between"])
            # "clashes between *Armenian and Azerbaijani* troops": one noun, two parties.
            between = _with_coordinated_owners(index, parties, _resolve_all(index, parties))
            if len({m.actor.code for m in between}) >= 2:
                actors = between[:1]
                if token.dep_ in ("nsubj", "nsubjpass") and _two_sided_noun(token):
                    # "Talks / clashes between X and Y resumed": a two-sided act that is
                    # the clause's news, named by its sides, is each side's act toward the
                    # other, as a joint subject's is (not one in a background phrase:
                    # "days after a meeting between X and Y").
                    between_sides = between
        if actors and _misattached_conjunct(token) and all(
                m.head not in {h.i for h in actor_heads} for m in actors):
            # "said Kosovo's decision was a provocation *and urged* NATO to ...": the shared
            # subject names no party itself (only its owner does), so the conjunct is the
            # reporter's own second act, as below.
            actors = []
        if not actors and _misattached_conjunct(token):
            # "told reporters that the deal was historic *and urged* Baku to ...": a finite
            # verb the parser coordinated into the reported clause, whose subject there
            # names no party, is the reporter's second act (a coordination of the
            # reporting verb's clause).
            actors = _resolve_all(index, subject_heads(token.head.head))
            borrowed += 1
        if not actors and _content_of_issued_text(token):
            # "X issued a statement condemning Y": the text's content is its issuer's act.
            actors = _resolve_all(index, subject_heads(token.head.head))
            borrowed += 1
        if not actors and (info.code.startswith(OWN_FORCE_CODES)
                           or match.entry.cameo.startswith(OWN_FORCE_CODES)):
            # "two thousand guerrillas have been demobilized", "troops have been deployed
            # to the border": with no agent named, the forces stood down, pulled out or sent
            # are their own side's means, so that side acts.
            actors = [m for m in _resolve_all(index, _agentless_passive_subjects(token))
                      if m.actor.sector in ARMED_SECTORS]
        if not actors and info.plover_type in HARM_TYPES:
            # "died of torture *in Israeli police custody*": harm done to a detainee with
            # no doer named is done by whoever holds them.
            keepers, kept = _custody(token)
            actors = _resolve_all(index, keepers)
            if actors:
                undergoers = [m for m in _resolve_all(index, kept) if m not in actors]
            borrowed += 1
        if info.code == CEASEFIRE_INTENT and any(_truce_in_force(t) for t in match.used):
            # "agreed to a ceasefire *that took effect* on Wednesday", "agreed to *extend*
            # their ceasefire": a truce in force is declared and observed (CAMEO 0871),
            # not only promised.
            info = self.cameo[TRUCE]
        if info.code in GENERAL_ATTACK_CODES and (
                match.entry.lemma in KILLING_VERBS or _shot_dead(token)) and any(
                _named_leader(v) for v in token.children
                if v.dep_ in ("dobj", "obj", "nsubjpass")):
            # "the rebel movement's spokesman Omar Daud was killed", "the envoy, Lena
            # Varga, was shot dead": killing a named leader or official is an assassination
            # (CAMEO 186).
            info = self.cameo[ASSASSINATION]
        if info.code == MILITARY_FORCE and match.entry.lemma in KILLING_VERBS and any(
                _in_thousands(o, HUNDREDS) and _unarmed(o) for o in object_heads(token)) and not (
                any(self._force_noun(s) for s in subject_heads(token))):
            # "RSF fighters killed hundreds of civilians": people killing unarmed people by
            # the hundred engage in mass killing (CAMEO 202); a strike or shelling that
            # kills as many stays the attack it is.
            info = self.cameo[MASS_KILLING]
        if match.entry.lemma in FORCED_ENTRY_VERBS and actors:
            # "militants stormed a hotel" is an armed attack (180); "protesters stormed
            # parliament" a violent protest (145); only state forces storming a place to
            # take it keep the seizure code.
            sectors = {m.actor.sector for m in actors}
            if sectors <= IRREGULAR_ARMED_SECTORS:
                info = self.cameo[UNCONVENTIONAL_VIOLENCE]
            elif sectors <= CROWD_SECTORS:
                info = self.cameo[VIOLENT_PROTEST]
        if info.code == RALLY_OPPOSITION and actors and all(
                m.actor.sector in CROWD_SECTORS for m in actors):
            # "thousands of Georgians rallied against the law": a crowd rallying against
            # something demonstrates (141); rallying others against a party (113) is what
            # states and leaders do.
            info = self.cameo[DEMONSTRATION]
        if match.entry.lemma in CLASH_LEMMAS and not nominal and actors and all(
                m.actor.sector in CROWD_SECTORS for m in actors):
            # "supporters of the jailed premier clashed with police": a crowd fighting the
            # police riots (145); it does not wage military force.
            info = self.cameo[VIOLENT_PROTEST]
        if info.code == DEPORTATION and any(_in_thousands(o) for o in object_heads(token)):
            # "deported tens of thousands of Afghans": expelling people by the thousand is
            # a mass expulsion (CAMEO 201), not the deportation of individuals (174).
            info = self.cameo[MASS_EXPULSION]
        if info.code == LABOUR_STRIKE and token.dep_ == "compound":
            # "an aircraft carrier *strike* group", "strike fighters": a modifier names a
            # kind of thing; no walkout is told.
            return []
        if info.code == LABOUR_STRIKE and nominal and actors and all(
                _state_or_military(m) or m.actor.sector == "GOV" for m in actors) and not (
                _labour_strike_cue(token)):
            # "vowed revenge for *the Israeli strike*": a strike owned by a state or its army,
            # with nothing marking a walkout (no union, wage or "general strike"), is a
            # military strike.
            info = self.cameo[AERIAL_STRIKE]
        if info.code == LABOUR_STRIKE and self._harmful(token):
            # "the Israeli strike killed a commander", "died in the Russian strike": a
            # strike that kills or destroys is a military one (from the air, as "strike"
            # alone mostly is in wire copy), never a walkout.
            info = self.cameo[AERIAL_STRIKE]
        if match.entry.lemma in COMPLAINT_SENSE_LEMMAS and info.plover_type == "PROTEST" and (
                not nominal and actors and all(_official_voice(m) for m in actors)):
            # "Russia protested the expulsion", "the foreign ministry protested": states,
            # their governments and international bodies do not take to the streets; their
            # protest is an official complaint (CAMEO 114).
            info = self.cameo[OFFICIAL_COMPLAINT]
        if info.code == PERSONAL_ASSAULT and match.entry.lemma in MILITARY_SENSE_LEMMAS and (
            actors and all(_state_or_military(m) for m in actors)
        ):
            info = self.cameo[MILITARY_FORCE]
        if not actors and info.code.startswith(INVESTIGATION) and _agentless_passive(token):
            # "a Dutch engineer was placed under investigation in Lyon": an investigation
            # has an investigator, unnamed here, as an agentless arrest has an arrester.
            actors = [_unnamed_party(token, "events:unnamed-investigator")]
        kind = info.plover_type or ""
        fighters = _fight_parties(actor_heads, index) if kind == "ASSAULT" else []
        if fighters:
            # "Clashes *between Armenian and Azerbaijani troops* killed four soldiers": the
            # harm is the fight's, and a fight is each side's act on the other.
            actors = fighters
        recipients = _recipient_mentions(token, match, index, nominal, kind)
        if not recipients and is_passive(token):
            # "a passenger jet, which Baku says *was hit* by Russian air defenses": the
            # relative pronoun of a reported passive stands for the noun the clause is on.
            recipients = _resolve_all(index, _relative_antecedents(token))
        if allies:
            found = _resolve_all(index, allies)
            recipients = found + [m for m in recipients if m not in found]
        if undergoers:
            recipients = undergoers + [m for m in recipients if m not in undergoers + actors]
        patient = _patient_possessor(token) if nominal else None
        if patient is not None:
            recipients = [m for m in index.resolve(patient) if m not in recipients] + recipients
        if info.code.startswith(CLAIM_OF_RESPONSIBILITY):
            # "claimed responsibility for the bombing *that killed 13 American soldiers*":
            # the claim is aimed at the victims of the act claimed, before its place.
            victims = _resolve_all(index, self._claimed_victims(token))
            recipients = victims + [m for m in recipients if m not in victims]
        if info.code.startswith(RELEASE_CODES):
            # "demanded the release of officers *detained by Serbia*": a release is asked
            # of, or granted by, whoever holds the persons.
            holders = _resolve_all(index, _holders(token))
            recipients = holders + [m for m in recipients if m not in holders]
        # Last-resort recipients, tried only after every argument of the trigger.
        if kind in CONTENT_CLAUSE_TYPES:
            recipients += [m for m in _resolve_all(index, content_clause_subjects(token))
                           if m not in recipients]
            if _misread_reporting_participle(token) and token.sent.root.i != token.i:
                # "X are failing to uphold ..., a rights group *protested*": the trailing
                # clause the parser hung on a noun reports the sentence's main clause, so
                # that clause's subject is the one complained of (or asked to act).
                recipients += [m for m in _resolve_all(index, subject_heads(token.sent.root))
                               if m not in recipients]
        if kind == "PROTEST":
            purposes = purpose_heads(token)
            if nominal and token.dep_ in ("dobj", "obj"):
                # "staged a protest *to demand pay from the government*": the support
                # verb's purpose clause is the protest's.
                purposes += purpose_heads(token.head)
            for noun in match.used:  # "staged *a protest to demand* pay from X"
                # Only an event noun has a purpose ("blocked the bridge *spanning* the
                # Rhine" describes the bridge).
                if self.lexicon.entries(noun.lemma_.lower(), "NOUN"):
                    purposes += purpose_heads(noun)
            recipients += [m for m in _resolve_all(index, purposes) if m not in recipients]
            # "threw stones *during demonstrations against* violations by the army": an act
            # done in the course of a protest is aimed where the protest is.
            for occasion in self._protest_occasions(token):
                for prep, against in prep_objects(occasion):
                    if prep == "against":
                        recipients += [m for m in doer_mentions(index, against) + index.resolve(
                            against) if m not in recipients]
            # "rioted ..., demanding *independence from Indonesian rule*": a protest for a
            # people's separation is aimed at the state it would separate from, rather
            # than at the place where it is held ("at a jail in Dili").
            rulers = [m for ruler in _separated_from(token)
                      for m in doer_mentions(index, ruler) + index.resolve(ruler)]
            recipients = rulers + [m for m in recipients if m not in rulers]
        if kind in PLACE_TARGET_TYPES or _unaimed_violence(token, match, kind) or (
            kind == "THREATEN" and self.cameo[match.entry.cameo].plover_type in PLACE_TARGET_TYPES
        ):
            recipients += [m for m in _place_mentions(token, index) if m not in recipients]
        elif kind == "THREATEN":
            # "threatened to impose a curfew in Algiers": the place of the threatened act,
            # or of its purpose ("threatened to use force *to restore democracy in Niger*").
            for verb in complement_verbs(token):
                recipients += [m for m in _place_mentions(verb, index) if m not in recipients]
                for purpose in verb.children:
                    if purpose.dep_ in ("advcl", "xcomp") and any(
                            a.dep_ == "aux" and a.lower_ == "to" for a in purpose.children):
                        recipients += [m for m in _place_mentions(purpose, index)
                                       if m not in recipients]
        if info.plover_type == "THREATEN":
            # "told Panama's president that Washington would act if ...": a threat delivered
            # to an addressee is aimed at the addressee, not at whoever the condition names.
            told = [m for m in _resolve_all(index, _told_addressees(token))
                    if m.actor.country is not None]
            recipients += [m for m in told if m not in recipients]
            recipients += [m for m in _resolve_all(index, condition_subjects(token))
                           if m not in recipients and not told]
            # "warned that police will not tolerate rallies by X": the threatened act's object.
            recipients += [m for m in _resolve_all(index, threatened_objects(token))
                           if m not in recipients]
            # "warned that *its army* / *Tehran* would respond": the warner's own side as
            # the doer of the threatened act is its means, not the one threatened.
            warners = {m.actor.country for m in actors if m.actor.country}
            doers = {t.i for t in threatening_doers(token)}
            recipients = [m for m in recipients
                          if not (m.head in doers and m.actor.country in warners)]
        if kind == "AID":
            # "sent aircraft *to help Albania* fight fires": aid goes to the one it helps.
            recipients += [m for m in _resolve_all(index, _helped_parties(token))
                           if m not in recipients]
            if not recipients:
                recipients = _goal_from_first_conjunct(token, index, actors)
        if kind in ("ASSAULT", "COERCE"):
            # "opened fire to disperse protesters": force aimed at those it drives off.
            recipients += [m for m in _resolve_all(index, coercive_purpose_objects(token))
                           if m not in recipients]
        if kind == "ASSAULT":
            # "fired shells *at targets in Jericho*": force aimed at unnamed targets in a
            # place falls on that place (read as its people below).
            aimed = _aimed_places(token, index)
            # The place already found as a party is read as its people here as well.
            recipients = [next((a for a in aimed if a.head == m.head), m) for m in recipients]
            recipients += [m for m in aimed if m not in recipients]
            if not recipients and any(
                    o.lemma_.lower() in RESIDENT_NOUNS | SITE_NOUNS and index.at(o) is None
                    for o in object_heads(token)):
                # "shelled villages in southern Lebanon": victims named only by where
                # they live are that place's people.
                recipients += _place_mentions(token, index)
        if info.code.startswith(DENIAL):
            # "denied targeting civilians": the target of a denial is its accuser, never
            # the one the denied act would have been done to.
            denied = {t.i for verb in complement_verbs(token) for t in verb.subtree}
            recipients = [m for m in recipients if m.head not in denied]
            # "X accused Y of Z, an allegation Y denied": the denial answers the claim's
            # maker, the subject of the clause the claim noun stands for.
            claims = [c for c in complement_verbs(token) if denies_a_named_claim(c, token)]
            recipients += [m for m in _resolve_all(index, [
                s for clause in claims for s in subject_heads(clause)]) if m not in recipients]
        mediated = _mediated_clause(token)
        if mediated is not None:
            # "exchanged prisoners in a swap *mediated by* the UAE": the mediator acts toward
            # the sides of the act it mediated, and only toward them.
            # With one side named ("Cuba freed prisoners under a deal brokered by the
            # Vatican") the other is unknown: the mediation is told as background only.
            sides_of_act = subject_heads(mediated)
            recipients = [m for m in _with_coordinated_owners(
                index, sides_of_act, _resolve_all(index, sides_of_act)) if m not in actors]
            if len({m.actor.code for m in recipients}) < 2:
                return []
        summed = _summed_up_clause(token)
        if summed is not None:
            # "Spain recognized a Palestinian state, *a move* Israel denounced", "..., an
            # allegation Kyiv denied": a noun in apposition to a clause sums up its act, so
            # the act the relative clause reacts to is that clause's subject's.
            recipients += [m for m in _resolve_all(index, subject_heads(summed))
                           if m not in recipients]
        if info.code.startswith(JUDICIAL_COOPERATION):
            # "extradited a Venezuelan general *to the United States*": the state the person
            # is handed to is the partner in the cooperation, not the person handed over.
            receivers = _resolve_all(index, _goal_objects(token))
            recipients = receivers + [m for m in recipients if m not in receivers]
        if info.code.startswith(LAWSUIT):
            recipients = _lawsuit_parties(token, recipients, index)
        if info.code.startswith("09"):
            # An investigation with no one named is of the place it is sent to or done in.
            recipients += [m for m in _resolve_all(index, investigation_sites(token))
                           if m not in recipients]
        if kind in ("MOBILIZE", "THREATEN") or deployment:
            # "deployed missiles on Kyushu *to deter China*": whom a show of force is meant
            # to deter or pressure is the party it is aimed at.
            recipients += [m for m in _resolve_all(index, purpose_heads(token))
                           if m not in recipients]
        if kind == "MOBILIZE" or deployment:
            # "deployed troops to the border", "ordered patrols by police": the forces
            # mobilised are the actor's means, not the party the act is aimed at.
            forces = _mobilised_forces(token)
            recipients = [m for m in recipients if m.head not in forces]
        elif kind in MEANS_TYPES:
            # "ready to contribute 4,000 troops to a force in Liberia", "the withdrawal of
            # forces from Panama": the actor's own forces sent or pulled out are its means.
            own = {m.actor.country for m in actors} | {None}
            means = _mobilised_forces(token) | {
                o.i for v in complement_verbs(token) for o in object_heads(v)}
            if nominal:
                means |= {o.i for p, o in prep_objects(token) if p == "of"}
            recipients = [m for m in recipients if not (
                m.head in means and m.actor.sector in FORCE_SECTORS and m.actor.country in own)]
            if kind == "RETREAT":
                # "pulled its troops *out of Congo*", "the withdrawal of forces *from Panama*":
                # the place left is the party the retreat concerns.
                recipients += [m for m in _resolve_all(index, _places_left(token, nominal))
                               if m not in recipients]
        # "recalled *its ambassador* to Mali": the actor's own envoy is its means, not the
        # party acted on; the envoy's post ("to Mali") stays among the candidates.
        recipients = [m for m in recipients if not _own_agent(token.doc[m.head])]
        recipients = _populations(token.doc, recipients, info)
        if kind in ("ASSAULT", "COERCE"):
            recipients = _home_owners(token, recipients)
        if kind in ("ASSAULT", "COERCE"):
            recipients = _placed_people(token, recipients, index,
                                        {m.actor.country for m in actors if m.actor.country})
        if kind == "CONSULT":
            # "held talks *on Ukraine*": what a meeting is about is not who it is with.
            about = _discussed(token, match)
            recipients = [m for m in recipients if m.head not in about]
        info = _irregular_attack(info, self.cameo, match.entry.lemma, nominal, actors, recipients)
        mutual_act = (not nominal and _bilateral_act(token, match.entry.lemma, info.code)) or (
            supported and (
                token.lemma_.lower() in bilateral_nouns()
                # "traded accusations": a verb of exchange makes any act noun mutual.
                or token.head.lemma_.lower() in EXCHANGE_VERBS))
        if fighters:
            recipients = list(fighters)
        elif between_sides:
            actors = recipients = list(between_sides)
        elif mutual_act:
            # "Chile and Peru exchanged prisoners", "Armenia and Azerbaijan signed a peace
            # treaty in Washington": a coordinated subject of a two-sided act is each
            # party's counterpart; only a third party named as the other side ("exchanged
            # intelligence *with Albania*") stands instead, never the place of signing.
            partners = _reciprocal_partners(token.doc, actors)
            if partners and not _named_counterparts(token, index, actors):
                if len({m.actor.country for m in partners if m.actor.country}) >= 2:
                    # "French and Indian frigates *and patrol aircraft* started joint
                    # manoeuvres": a faceless conjunct of two named sides is their own means.
                    partners = [m for m in partners if m.actor.country is not None]
                    actors = list(partners)
                recipients = partners
        both_sides = [] if recipients else _addressed_sides(token, index, actors)
        if both_sides:
            # "..., as the U.N. chief appealed *to both sides* to observe a pause": the two
            # parties named before the phrase are each addressed.
            recipients = both_sides
        if paired and not recipients and info.plover_type in PAIR_MUTUAL_TYPES:
            # "..., and the two countries agreed to resume flights": a pair agreeing,
            # meeting or cooperating does so with each other.
            recipients = list(actors)
        if info.code in NATIONWIDE_MEASURES and not any(
                _distinct(a, r, info.plover_type or "", token.doc)
                for a in actors for r in recipients):
            # "declared martial law", "lifted the curfew": with no place or people named
            # (the actor named again, "the government", is no one else), a state's
            # emergency rule binds (or frees) its own country.
            recipients = _own_countries(actors, token)
        reporters = reporter_conjuncts(sent)
        recipients = [m for m in recipients if m.head not in reporters]
        topic = _topic(token, match, index)
        pairs = _pairs(token.doc, actors, recipients, info.plover_type or "")
        if (mediated is not None or both_sides) and actors and recipients:
            # A mediator deals with each side of the act it mediated, not with one only.
            each_side: list[tuple[ActorMention | None, ActorMention | None]] = [
                (a, r) for a in actors for r in recipients]
            pairs = each_side[:MAX_PAIRS]
        # A directed act by a party of one country, with no other party named: its target
        # is that country (see events.implicit).
        if info.code not in NATIONWIDE_MEASURES:  # emergency rule: see _own_countries
            pairs = [(a, implicit_recipient(token, a, info.plover_type or "", info.code, sent,
                                            index) if a is not None and r is None else r)
                     for a, r in pairs]
        # Faceless targets singled out by their link to a state stand for it; those named
        # by their seat ("the government in Kyiv") are the seat's.
        pairs = [(a, seated_party(token, proxy_target(token, r, info.plover_type or "", index),
                                  index) if r is not None else r) for a, r in pairs]
        # A faceless group acted on at home is the actor's country's ("freed prisoners").
        pairs = [(a, local_group(token, actors, a, r, info.plover_type or "", info.code, sent,
                                 index) if a is not None and r is not None else r)
                 for a, r in pairs]
        if not any(a or r for a, r in pairs) and not (nominal and topic):
            return []
        evidence = Evidence(
            sentence=sent.text,
            start=sent.start_char,
            end=sent.end_char,
            trigger=token.text,
            trigger_start=token.idx,
            trigger_end=token.idx + len(token.text),
        )
        out: list[EventMention] = []
        for actor, recipient in pairs:
            confidence = _confidence(actor, recipient, match, nominal, borrowed, modality)
            sides = [(_police_and_crowd(info, self.cameo, match.entry.lemma, actor, recipient),
                      actor, recipient, confidence)]
            if self.converse and info.converse is not None and actor and recipient:
                # A visit is also a hosting: the host's side of the same event, ranked
                # just below the reading the sentence states.
                sides.append((self.cameo[info.converse], recipient, actor,
                              round(confidence * CONVERSE_WEIGHT, 3)))
            for code, doer, target, score in sides:
                out.append(
                    EventMention(
                        article_id=article.id,
                        **code.event_fields(),
                        actor=doer.actor if doer else None,
                        recipient=target.actor if target else None,
                        evidence=evidence,
                        modality=modality,
                        attribution=reading.attribution,
                        confidence=score,
                        sentence_index=sentence_index,
                        topic=topic,
                    )
                )
        return out

    def _reported_allegations(
        self,
        frame: Token,
        lemmas: dict[int, str],
        index: MentionIndex,
        article: Article,
        sentences: _Sentences,
    ) -> list[tuple[Token, list[EventMention]]]:
        """ "Zelensky said Russia is committing genocide": X ACCUSE Y (CAMEO 112).

        A content clause of a reporting verb that says another party did wrong (its words
        are in ``allegations.csv``) and has no event trigger of its own is the speaker's
        accusation of that party, the clause's subject. A negated clause is a defence.
        """
        out: list[tuple[Token, list[EventMention]]] = []
        for clause in frame.children:
            if clause.dep_ != "ccomp" or pos_class(clause) != "VERB":
                continue
            if clause.i in lemmas and self.match(clause, lemmas[clause.i]) is not None:
                continue
            if any(c.dep_ == "neg" for c in clause.children):
                continue
            found = _allegation(clause)
            if found is None:
                continue
            code, word = found
            subjects = expand_conj([c for c in clause.children if c.dep_ == "nsubj"])
            if word.dep_ == "attr" and not all(index.at(s) is not None for s in subjects):
                # "Iran is a sponsor of terrorism" names a wrongdoer; "Turkey's plan was a
                # provocation" judges a thing, which the reporting verb's own coding (or a
                # verb of condemnation) covers.
                continue
            accused = _resolve_all(index, subjects)
            speaker = _resolve_all(index, subject_heads(frame))
            pairs = _pairs(frame.doc, speaker, accused, "ACCUSE")
            pairs = [(a, r) for a, r in pairs if a is not None and r is not None]
            if pairs:
                out.append((clause, _request_mentions(
                    word, clause, frame, self.cameo[code], pairs, index, article, sentences)))
        return out

    def _told_act_targets(self, doc: Doc, readings: list[EventMention],
                          index: MentionIndex) -> list[EventMention]:
        """ "Pakistani jets bombed hideouts ..., and Kabul condemned *the strikes*": a
        condemnation of a definite act noun with no doer of its own refers back to an act
        told before it in the sentence, so its target is that act's doer."""
        out: list[EventMention] = []
        for n, reading in enumerate(readings):
            if reading.event_type in ANSWERING_TYPES and reading.recipient is None:
                # "..., and Moscow dismissed *the accusation*": a rejection of a definite
                # act noun answers the act told before it, as a condemnation does; the act
                # of a joint subject ("X and Y cut ties with Z, and Z called *the decision*
                # unjustified") is answered toward each of its doers.
                doers = (self._antecedent_doers(doc, reading, readings[:n])
                         or _earlier_noun_doers(doc, reading, index))
                out.extend(replace(reading, recipient=doer) for doer in doers[1:])
                if doers:
                    reading = replace(reading, recipient=doers[0])
            if (reading.recipient is None or reading.recipient.country is None) \
                    and reading.actor is not None:
                # "X imposed tariffs on Y, and Y vowed *to retaliate*": retaliation answers
                # whoever acted on the retaliating party before; a target of no known
                # country ("returned fire and scrambled jets" read as one object) gives way.
                provoker = _provoker(doc, reading, readings[:n])
                if provoker is not None:
                    reading = replace(reading, recipient=provoker)
            if reading.recipient is None and reading.event_type == "AID":
                # "Modi expressed condolences to Myanmar ..., and India sent planes carrying
                # relief": aid sent with no goal goes to whom its giver just turned to.
                helped = _earlier_counterpart(reading, readings[:n])
                if helped is not None:
                    reading = replace(reading, recipient=helped)
            out.append(reading)
        return out

    def _antecedent_doers(self, doc: Doc, reading: EventMention,
                          earlier: Sequence[EventMention]) -> list[Actor]:
        """The doers of the act a definite act noun on the trigger refers back to: the
        latest such act told before in the sentence, with every doer of that same act."""
        trigger = trigger_token(doc, reading)
        if trigger is None:
            return []
        for noun in object_heads(trigger):
            if not _bare_definite(noun):
                continue
            kinds = {self.cameo[row.cameo].plover_type
                     for row in self.lexicon.entries(noun.lemma_.lower(), "NOUN")}
            if noun.lemma_.lower() in FIRING_NOUNS:
                # "the launches" name missiles just fired: an act of force told before.
                kinds.add("ASSAULT")
            # "Iran barred the inspectors, the IAEA said, condemning *the move*": a noun that
            # names any act at all sums up the act told before it.
            summing = noun.lemma_.lower() in SUMMING_NOUNS
            for told in reversed(earlier):
                if (told.sentence_index == reading.sentence_index and told.actor is not None
                        and (summing or told.event_type in kinds or _same_stem(noun, told, doc))
                        and told.actor != reading.actor):
                    same_act = [other.actor for other in earlier
                                if other.evidence.trigger_start == told.evidence.trigger_start
                                and other.cameo == told.cameo and other.actor is not None
                                and other.actor != reading.actor]
                    return list(dict.fromkeys([told.actor, *same_act]))
        return []

    def _force_noun(self, noun: Token) -> bool:
        """Is the noun an attack or a weapon ("air strikes", "a missile")?"""
        lemma = noun.lemma_.lower()
        return lemma in WEAPON_NOUNS or any(
            self.cameo[row.cameo].plover_type == "ASSAULT"
            for row in self.lexicon.entries(lemma, "NOUN"))

    def _harm_verb(self, verb: Token) -> bool:
        """Is the verb a trigger of force (ASSAULT) or of coercion such as destruction?"""
        return pos_class(verb) == "VERB" and any(
            self.cameo[row.cameo].plover_type in HARM_TYPES
            for row in self.lexicon.entries(verb.lemma_.lower(), "VERB"))

    def _claimed_victims(self, verb: Token) -> list[Token]:
        """Objects of the harm told in the clause of the act a responsibility is claimed for."""
        acts = [pobj for head in (verb, *object_heads(verb)) for prep, pobj in prep_objects(head)
                if prep == "for"]
        return expand_conj([o for act in acts for t in act.subtree
                            if t.dep_ in ("relcl", "acl") and self._harm_verb(t)
                            for o in object_heads(t)])

    def _harmful(self, noun: Token) -> bool:
        """Is the act noun the doer or the occasion of a harm: the subject of a verb of
        force ("the strike *killed* ...") or in an "in / by / during" phrase on one
        ("were killed *in the strike*")?"""
        if noun.dep_ == "nsubj":
            return self._harm_verb(noun.head)
        prep = noun.head
        return (noun.dep_ == "pobj" and prep.lower_ in OCCASION_PREPS
                and prep.head != prep and self._harm_verb(prep.head))

    def _attack_owners(self, verb: Token) -> list[Token]:
        """The doers of the attack an agentless harm is told as the outcome of: the owners
        of an attack noun in an "in / by / during" phrase ("killed *in an Israeli raid*")."""
        owners: list[Token] = []
        for prep, noun in prep_objects(verb):
            if prep in OCCASION_PREPS and any(
                    self.cameo[row.cameo].plover_type == "ASSAULT"
                    for row in self.lexicon.entries(noun.lemma_.lower(), "NOUN")):
                owners += noun_actor_heads(noun)
        return owners

    def _conditional_threat(
        self,
        protasis: Token,
        supposed: _Match,
        lemmas: dict[int, str],
        index: MentionIndex,
        sent: Span,
        sentence_index: int,
        article: Article,
    ) -> list[EventMention]:
        """ "If Russia attacks a NATO member, the alliance will respond": a future act
        announced as the answer to another party's supposed hostile act is a threat to
        that party (military force when the supposed act is force). Only when the main
        verb is no trigger of its own ("will strike back" is read, as a threat, there)."""
        main = protasis.head
        if main.i == protasis.i or main.pos_ not in ("VERB", "AUX") or not any(
                c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in main.children):
            return []
        if main.i in lemmas and self.match(main, lemmas[main.i]) is not None:
            return []
        actors = _resolve_all(index, subject_heads(main))
        targets = _resolve_all(index, subject_heads(protasis))
        if not actors or not targets:
            return []
        force = self.cameo[supposed.entry.cameo].plover_type in ("ASSAULT", "MOBILIZE")
        info = self.cameo[MILITARY_THREAT if force else "130"]
        reading = read_modality(main, article.published)
        evidence = Evidence(sentence=sent.text, start=sent.start_char, end=sent.end_char,
                            trigger=main.text, trigger_start=main.idx,
                            trigger_end=main.idx + len(main.text))
        return [
            EventMention(
                article_id=article.id, **info.event_fields(),
                actor=actor.actor if actor else None,
                recipient=target.actor if target else None, evidence=evidence,
                modality="asserted",
                attribution=reading.attribution,
                confidence=_confidence(actor, target, supposed, False, 1, "asserted"),
                sentence_index=sentence_index,
            )
            for actor, target in _pairs(main.doc, actors, targets, "THREATEN")
        ]

    def _same_event_subject(
        self, token: Token, match: _Match, lemmas: dict[int, str]
    ) -> set[int]:
        """A subject noun naming the same kind of event ("the attack killed ...") is one event."""
        if pos_class(token) != "VERB":
            return set()
        kind = self.cameo[match.entry.cameo].plover_type
        out: set[int] = set()
        for subj in token.children:
            if subj.dep_ not in ("nsubj", "nsubjpass") or subj.i not in lemmas:
                continue
            found = self.match(subj, lemmas[subj.i])
            if found is not None and self.cameo[found.entry.cameo].plover_type == kind:
                out.update(_inner(subj))
        return out

    def _named_by_subject(self, token: Token, match: _Match, lemmas: dict[int, str]) -> _Match:
        """The code of an event-noun subject that names the act more exactly than its verb.

        "A roadside bombing killed two soldiers": a bare verb of harm (kill, wound) says
        only that violence happened; its subject, an event of the same type, says what
        kind ("bombing", CAMEO 183/1833). A verb row that matched an object or particle
        is already specific and is kept.
        """
        if pos_class(token) != "VERB" or match.entry.specificity:
            return match
        kind = self.cameo[match.entry.cameo].plover_type
        for subj in token.children:
            if subj.dep_ != "nsubj" or subj.i not in lemmas or pos_class(subj) != "NOUN":
                continue
            found = self.match(subj, lemmas[subj.i])
            if found is not None and found.entry.cameo != match.entry.cameo and (
                self.cameo[found.entry.cameo].plover_type == kind
            ):
                return _Match(found.entry, match.used)
        return match

    def _speech_act(self, token: Token, info: CameoInfo, modality: str) -> tuple[CameoInfo, str]:
        """What announcing or refusing an action amounts to (the act is itself asserted).

        Announced cooperation is an expression of intent, AGREE (manual, AGREE); an
        actor saying it will not cooperate refuses, REJECT ("will not meet" = "refuse to
        meet"); announced material conflict is a threat, THREATEN ("will impose
        sanctions" = "threaten sanctions").
        """
        kind = info.plover_type
        if modality == "negated" and token.lemma_.lower() == "rule" and "out" in particles(token):
            # "has not ruled out a strike on Iran": keeping force open as an option is a
            # threat of it.
            threat = self.recode("threaten", token)
            if threat is not None and threat.code != info.code:
                return threat, "asserted"
        if modality == "future" and _has_unless(token) and kind != "THREATEN":
            # "will withdraw its force unless ...": an announced action made conditional
            # on the other side's compliance is an ultimatum, a threat.
            threat = self.recode("threaten", token)
            if threat is not None:
                return threat, "asserted"
        if modality in ("future", "hypothetical") and kind in THREAT_TYPES and _party_condition(
                token):
            # "could cut gas supplies if Chisinau joins the sanctions": material conflict
            # announced as the consequence of what a named other side does is a threat
            # ("if talks fail, Qatar may expel ..." only speculates).
            threat = self.recode("threaten", token)
            if threat is not None:
                return threat, "asserted"
        if modality == "future" and kind in INTENT_TYPES and info.intent:
            return self.cameo[info.intent], "asserted"
        if modality == "negated" and kind in COOPERATIVE_TYPES and _volitional(token):
            refusal = self.recode("refuse", token)
            if refusal is not None:
                return refusal, "asserted"
        if modality == "future" and kind in THREAT_TYPES:
            threat = self.recode("threaten", token)
            if threat is not None:
                return threat, "asserted"
        return info, modality

    def _deontic_demand(
        self,
        modal: Token,
        index: MentionIndex,
        article: Article,
        sentences: _Sentences,
    ) -> list[EventMention] | None:
        """ "X said (that) Y must do Z": X demands Z of Y (CAMEO 10, PLOVER REQUEST).

        "Must" in a clause reported by a speaker other than its subject states an
        obligation the speaker lays on that subject: a demand. The demanded action
        refines the code as it does for "demand" in the lexicon.
        """
        verb = modal.head
        frame = verb.head
        if verb.dep_ not in ("ccomp", "acl", "advcl") or frame.lemma_.lower() not in DEMAND_FRAMES:
            return None
        code = self.recode("demand", verb)
        if code is None:
            return None
        speaker = _resolve_all(index, subject_heads(frame) if frame.pos_ == "VERB"
                               else noun_actor_heads(frame))
        if not speaker and frame.pos_ != "VERB" and frame.head.pos_ == "VERB":
            speaker = _resolve_all(index, subject_heads(frame.head))
        addressee = _resolve_all(index, [c for c in verb.children if c.dep_ == "nsubj"])
        agents = expand_conj([pobj for prep, pobj in prep_objects(verb) if prep == "by"])
        if agents:
            # "said the process must be led by Afghans": a passive obligation binds its
            # agent; if that is no party other than the speaker, nobody is asked anything.
            addressee = _resolve_all(index, agents)
        pairs = _pairs(verb.doc, speaker, addressee, code.plover_type or "")
        if not any(a for a, _ in pairs) or (agents and not any(r for _, r in pairs)):
            return None
        return _request_mentions(modal, verb, frame, code, pairs, index, article, sentences)

    def _ruled_out(
        self,
        noun: Token,
        index: MentionIndex,
        article: Article,
        sentences: _Sentences,
    ) -> tuple[Token, list[EventMention]] | None:
        """ "X said (that) Z is out of the question": X rejects Z (CAMEO 12, PLOVER REJECT).

        The idiom states a speaker's refusal of the act or thing it is said of; the
        speaker is the subject of the verb reporting the clause, the party refused is the
        one the refused act is done to or with ("removing the sanctions *on Burma*",
        "talks *with the rebels*"). Returns the refused clause or noun (claimed) and the
        readings; None when the words are not the idiom or no speaker is named.
        """
        of = noun.head
        out = of.head
        if not (noun.dep_ == "pobj" and of.lower_ == "of" and out.lower_ == "out"
                and any(c.lower_ == "the" for c in noun.children)):
            return None
        copula = out.head
        frame = copula.head
        if copula.lemma_.lower() != "be" or copula.dep_ != "ccomp" or frame.pos_ != "VERB":
            return None
        refused = next((c for c in copula.children if c.dep_ in ("csubj", "nsubj")), None)
        if refused is None or refused.lower_ in RELATIVE_PRONOUNS:
            return None
        code = self.recode("reject", refused)
        if code is None:
            return None
        things = object_heads(refused) if refused.dep_ == "csubj" else [refused]
        parties = [pobj for thing in things for _, pobj in prep_objects(thing)]
        speaker = _resolve_all(index, subject_heads(frame))
        refused_party = _resolve_all(index, [*things, *parties])
        pairs = _pairs(noun.doc, speaker, refused_party, code.plover_type or "")
        if not any(a for a, _ in pairs):
            return None
        return refused, _request_mentions(noun, refused, frame, code, pairs, index, article,
                                          sentences)

    def _desire_request(
        self,
        verb: Token,
        index: MentionIndex,
        article: Article,
        sentences: _Sentences,
    ) -> tuple[Token, list[EventMention]] | None:
        """ "X wants Y to do Z": X asks Y for Z (CAMEO 10, PLOVER REQUEST).

        A verb of desire with an infinitive whose doer is someone else ("wants Germany
        to pay", "wishes the government to resign") voices a demand on that doer; the
        wanted act itself has not happened and is not coded as Y's. Returns the wanted
        clause (claimed) and the request. "X wants to do Z" (no other doer) is X's own
        plan, left to the complement's trigger with future modality.
        """
        appeal = verb.lemma_.lower() in APPEAL_VERBS
        wanted = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "advcl")
                       and pos_class(c) == "VERB"
                       # "for" opens only infinitives: "for the US (to) back it" is one
                       # even when the "to" is left out.
                       and (any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                            or (appeal and _for_infinitive(c)))
                       # an appeal names its addressee only as "for Y to": "appealed
                       # to stop" is the appealer's own plea, read by the trigger.
                       and (not appeal or _for_infinitive(c))
                       and (appeal or c.dep_ != "advcl")), None)
        if wanted is None:
            return None
        if wanted.dep_ != "xcomp":
            doers = [c for c in wanted.children if c.dep_ in ("nsubj", "nsubjpass")]
        else:
            doers = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        if not doers:
            return None
        lemma = verb.lemma_.lower()
        if appeal and all(row.particle for row in self.lexicon.entries(lemma, "VERB")):
            lemma = APPEAL_CODE_LEMMA
        code = self.recode(lemma if appeal else "demand", wanted)
        if code is None:
            return None
        wanter = _resolve_all(index, subject_heads(verb))
        addressee = _resolve_all(index, expand_conj(doers))
        pairs = _pairs(verb.doc, wanter, addressee, code.plover_type or "")
        if not any(a for a, _ in pairs):
            return None
        return wanted, _request_mentions(verb, wanted, verb, code, pairs, index, article,
                                         sentences)

    def _brokered_outcome(
        self, noun: Token, index: MentionIndex, article: Article, sentences: _Sentences
    ) -> tuple[Token, list[EventMention]] | None:
        """ "a U.S.-brokered ceasefire between Israel and Hezbollah", "X and Y agreed to a
        truce brokered by Qatar": the broker mediates (045) toward each side of the
        outcome; it is no side of it. Returns the broker's participle and the readings.
        With one side only ("Cuba freed prisoners under a deal brokered by the Vatican")
        the mediation is background, and nothing is read."""
        if noun.lemma_.lower() not in OUTCOME_NOUNS:
            return None
        participle = next((c for c in noun.children if broker_participle(c)), None)
        if participle is None:
            return None
        agents = [o for prep, o in prep_objects(participle) if prep == "by"]
        named = agents or [c for c in participle.children
                           if c.dep_ in ("npadvmod", "compound", "nmod", "amod")]
        brokers = _resolve_all(index, expand_conj(named or [participle]))
        parties = expand_conj([o for h in (noun, participle) for prep, o in prep_objects(h)
                               if prep == "between"])
        if not parties and noun.dep_ in ("pobj", "dobj") and noun.head.pos_ in ("VERB", "ADP"):
            verb = noun.head.head if noun.dep_ == "pobj" else noun.head
            parties = subject_heads(verb) if verb.pos_ == "VERB" else []
        if not parties:
            parties = _occasion_clause_subjects(noun)
        sides = [m for m in _with_coordinated_owners(index, parties, _resolve_all(index, parties))
                 if m not in brokers]
        if not brokers or len({m.actor.code for m in sides}) < 2:
            return None
        pairs: list[tuple[ActorMention | None, ActorMention | None]] = [
            (b, m) for b in brokers for m in sides if b.actor.code != m.actor.code]
        return participle, _request_mentions(noun, noun, noun, self.cameo[MEDIATION],
                                             pairs[:MAX_PAIRS], index, article, sentences)

    def _protest_occasions(self, token: Token) -> list[Token]:
        """Protest nouns the act is done during or at ("threw stones *during
        demonstrations*", "clashed with police *at a rally*")."""
        return [noun for prep, noun in prep_objects(token) if prep in OCCASION_PREPS
                and any(self.cameo[row.cameo].plover_type == "PROTEST"
                        for row in self.lexicon.entries(noun.lemma_.lower(), "NOUN"))]

    def _protest_demands(self, token: Token, match: _Match, lemmas: dict[int, str]) -> set[int]:
        """ "protested outside the base, *demanding* the departure of French forces": the
        demand a protest voices is its topic (manual, PROTEST), not a second event."""
        if self.cameo[match.entry.cameo].plover_type != "PROTEST":
            return set()
        out: set[int] = set()
        for child in token.children:
            infinitive = any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children)
            if child.dep_ != "advcl" or not (child.tag_ == "VBG" or infinitive):
                continue
            if child.i not in lemmas or any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in child.children):
                continue
            # "rallied *to denounce* the decision": what a protest voices, a demand or a
            # denunciation, is what it is about (its recipient), not a second event.
            found = self.match(child, lemmas[child.i])
            if found is not None and self.cameo[found.entry.cameo].plover_type in (
                    "REQUEST", "ACCUSE"):
                out.update(_inner(child))
        return out


#: Nouns of firing weapons ("the launches", "the firing"): not acts by themselves in the
#: lexicon (a satellite launch is none), but after a told act of force they name it.
FIRING_NOUNS = frozenset({"launch", "firing"})


def _supposed_act(noun: Token) -> bool:
    """Is the event noun non-specific: "*any* attack", or an indefinite subject of a modal
    ("*a* Chinese attack on Taiwan *could* threaten ...")? Such a noun supposes an act
    that has not happened; a definite one ("the attack could derail talks") presupposes
    it, and is left alone."""
    if not _nominal(noun) or noun.tag_ == "VBG":
        return False
    determiners = {c.lower_ for c in noun.children if c.dep_ == "det"}
    if "any" in determiners:
        return True
    return (noun.dep_ in ("nsubj", "nsubjpass") and bool(determiners & {"a", "an"})
            and any(c.dep_ == "aux" and c.lower_ in SUPPOSING_MODALS for c in noun.head.children))


def _for_infinitive(clause: Token) -> bool:
    """A "for Y to do Z" clause: an infinitive with its own subject, marked by "for"."""
    children = list(clause.children)
    return (any(c.dep_ == "mark" and c.lower_ == "for" for c in children)
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in children))


def _reporter_condemnation(doc: Doc, index: MentionIndex, reading: EventMention) -> EventMention:
    """ "Seoul's military said Pyongyang fired missiles *and condemned the launches*": a
    condemnation of "the launches" coordinated into a reported clause, with no subject of
    its own, is the reporter's second verb the parser hung under the report; no party
    condemns its own act. The condemner is the reporting verb's subject (the target is then
    the act's doer, found by the told-act rule)."""
    trigger = trigger_token(doc, reading)
    if reading.event_type != "ACCUSE" or trigger is None:
        return reading
    clause = trigger.head
    if (trigger.dep_ != "conj" or clause.dep_ != "ccomp" or pos_class(trigger) != "VERB"
            or clause.head.lemma_.lower() not in REPORTING
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children)
            or not any(_bare_definite(o) for o in object_heads(trigger))):
        return reading
    clause_doers = [m.actor for s in clause.children if s.dep_ == "nsubj"
                    for m in index.resolve(s)]
    reporters = [m.actor for s in clause.head.children if s.dep_ == "nsubj"
                 for m in index.resolve(s)]
    if reading.actor not in clause_doers or len(reporters) != 1:
        return reading
    return replace(reading, actor=reporters[0])


def _placed_party(actor: Actor | None) -> bool:
    """Is the party named and placed (a country or a named body), so a reader learns who?"""
    return actor is not None and (actor.country is not None or actor.name is not None)


def _drop_partyless_background(readings: list[EventMention]) -> list[EventMention]:
    """Drop violence with both sides unplaced when its sentence has a placed reading.

    "... signed a treaty, three years after *clashes along the frontier killed* 100 people":
    wire copy recalls background violence whose parties it never names; beside a sentence's
    own act such a reading (unknown armed group against unknown civilians) tells no one who
    did what to whom. Alone in its sentence it stays: it is then the news itself.
    """
    placed = {r.sentence_index for r in readings
              if _placed_party(r.actor) or _placed_party(r.recipient)}
    return [r for r in readings
            if r.sentence_index not in placed or not _faceless_pair(r)]


def _faceless_pair(reading: EventMention) -> bool:
    """Violence with no placed party on either side ("clashes ... killed 100 people")."""
    return (reading.event_type == "ASSAULT"
            and not _placed_party(reading.actor) and not _placed_party(reading.recipient))


def _request_mentions(
    trigger: Token,
    verb: Token,
    frame: Token,
    code: CameoInfo,
    pairs: list[tuple[ActorMention | None, ActorMention | None]],
    index: MentionIndex,
    article: Article,
    sentences: _Sentences,
) -> list[EventMention]:
    """Request readings told by ``trigger`` ("must", "wants"): the demanded act ``verb``
    gives the topic, the clause of ``frame`` (the speaker's verb) the modality."""
    reading = read_modality(frame, article.published)
    number = sentences.number[trigger.i]
    sent = sentences.spans[number]
    evidence = Evidence(sent.text, sent.start_char, sent.end_char, trigger.text, trigger.idx,
                        trigger.idx + len(trigger.text))
    topic = _topic(verb, _Match(TriggerEntry(trigger.lower_, "VERB", None, frozenset(),
                                             code.code, 0), ()), index)
    return [
        EventMention(
            article_id=article.id, **code.event_fields(),
            actor=a.actor if a else None, recipient=r.actor if r else None,
            evidence=evidence,
            modality=reading.modality, attribution=reading.attribution,
            confidence=round(0.75 if r else 0.6, 3),
            sentence_index=number, topic=topic,
        )
        for a, r in pairs
    ]


def _modifier_noun(token: Token, parties: frozenset[int]) -> bool:
    """A noun modifying a noun that names a party says what kind of party it is, not
    that something happened: "*riot* police", "*aid* groups", "*protest* leaders".
    (On an act noun it still names the act: "Blinken's *mediation* push".)"""
    return pos_class(token) == "NOUN" and token.dep_ == "compound" and token.head.i in parties


#: Prepositions whose object is the occasion or circumstance of what the clause says, not
#: its news ("talks come *amid* Chinese pressure on Taiwan").
SETTING_PREPS = frozenset({"at", "during", "amid", "amidst"})


def _setting_noun(token: Token) -> bool:
    """An event noun giving the occasion of another act ("met *at* the council's meeting",
    "signed *during* a visit by W") is a time-and-place adjunct, not a reported event."""
    prep = token.head
    if _own_trip(token) or _call_speaker(token) is not None:
        # "praised Y during a visit to Z": the subject's own trip is news too; so is the
        # phone call a thing was said in ("assured X during a telephone conversation").
        return False
    if pos_class(token) == "NOUN" and token.dep_ == "pobj" and _time_anchor(prep):
        return True
    return (
        pos_class(token) == "NOUN" and token.dep_ == "pobj"
        and prep.lower_ in SETTING_PREPS and prep.head.pos_ in ("VERB", "AUX", "NOUN")
        and prep.head != token
    )


#: Prepositions of time order, and the units a measure phrase on them counts in.
ANCHOR_PREPS = frozenset({"after", "before", "since"})
TIME_UNITS = frozenset({"hour", "day", "week", "month", "year", "minute"})


def _time_anchor(prep: Token) -> bool:
    """ "*days after* a meeting between X and Y": an event noun measured from is a time
    anchor for the news, told as already known, not the news itself."""
    if prep.lower_ not in ANCHOR_PREPS:
        return False
    measure = prep.head if prep.dep_ == "prep" else None
    return measure is not None and measure != prep and (
        measure.lemma_.lower() in TIME_UNITS and measure.dep_ in ("npadvmod", "advmod"))


def _closeness(used: Sequence[Token], words: ObjectWords) -> int:
    """How near the trigger the words a row matched on are, in the order ``object_words``
    collects them (direct objects before prepositional objects before complements): of two
    equally specific rows, the one naming the direct object says what was done ("opened
    *fire* near the border" is shooting, not opening a border)."""
    ranks = [i for i, t in enumerate(words.tokens) if any(t.i == u.i for u in used)]
    return min(ranks, default=len(words.tokens))


def _answers_a_demand(verb: Token) -> bool:
    """ "respond to / answer an ultimatum": not a reporting formula but the demand turned down."""
    answered = [o for p, o in prep_objects(verb) if p == "to"] + object_heads(verb)
    return any(o.lemma_.lower() in ANSWERED_DEMANDS for o in answered)


def _own_trip(noun: Token) -> bool:
    """ "during a / his visit to Z" on a clause: a trip whose traveller is left unnamed (or is a
    pronoun), so is the clause subject's own; "during a visit *by* W" names someone else."""
    if not (noun.dep_ == "pobj" and noun.head.lower_ == "during"
            and noun.lemma_.lower() in TRAVEL_NOUNS):
        return False
    named_owner = any(c.dep_ == "poss" and c.pos_ != "PRON" for c in noun.children)
    return not named_owner and not any(p == "by" for p, _ in prep_objects(noun))


#: Prepositions introducing what a meeting or talks are about ("talks *on* Ukraine").
DISCUSSED_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})


def _discussed(token: Token, match: _Match) -> set[int]:
    """Token indices inside the "on / about / over" phrases of a consultation (on the
    trigger, its objects or the matched object word): the subject matter discussed."""
    heads = [token, *object_heads(token), *match.used]
    out: set[int] = set()
    for head in heads:
        for prep, pobj in prep_objects(head):
            if prep in DISCUSSED_PREPS:
                out.update(t.i for t in pobj.subtree)
    # "talks on water sharing *between Egypt and Ethiopia*": the parties, wherever the
    # parser hung the "between" phrase.
    for i in list(out):
        tok = token.doc[i]
        if tok.lower_ == "between" and tok.dep_ == "prep":
            out.difference_update(t.i for t in tok.subtree)
    return out


#: Modals of possibility: a content clause with one of them is a forecast.
POSSIBILITY_MODALS = frozenset({"could", "may", "might"})


def _prediction(warning: Token, index: MentionIndex) -> bool:
    """Does a warning only forecast ("warned that higher costs could cut harvests")?

    A threat announces an act of the one who warns; a content clause of mere possibility,
    or with no future at all, whose subject is no party (not a mention, not a pronoun for
    the speaker) forecasts or describes a state of affairs instead.
    """
    for clause in warning.children:
        if clause.dep_ != "ccomp":
            continue
        auxiliaries = {c.lower_ for c in clause.children if c.dep_ == "aux"}
        # Only a clause about the future can announce the warner's act; "warned that the fighting
        # *risked* an accident" describes how things stand, as a possibility modal does.
        forecast = bool(auxiliaries & POSSIBILITY_MODALS) or not auxiliaries & FUTURE_AUXILIARIES
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
        # "a deal *that* Washington warned could lead to ...": the relative pronoun is the deal.
        subjects = _relative_antecedents(clause) or subjects
        if forecast and subjects and all(
            _nominal(s) and index.at(s) is None and not _aimed_force(s) for s in subjects
        ):
            return True
        # "warning that the city's civilians *faced* famine": a plain past or present verb
        # with no future or modal reports how things stand; a threat announces what the
        # warner will do, so a clause about other people's plight announces nothing.
        if (not auxiliaries and clause.tag_ in ("VBD", "VBZ", "VBP")
                and clause.lemma_.lower() in PLIGHT_VERBS and subjects
                and all(_nominal(s) for s in subjects)):
            return True
    return False


#: Verbs of undergoing a plight ("civilians *faced* famine", "millions *suffer* hunger").
PLIGHT_VERBS = frozenset({"face", "suffer", "endure", "lack", "starve", "risk"})


def _aimed_force(noun: Token) -> bool:
    """Is the noun an act of force aimed at a target ("strikes *on targets in Venezuela*")?
    A warning that such force could come announces it: a threat, not a forecast."""
    return any(default_cameo_table()[row.cameo].plover_type == "ASSAULT"
               for row in default_lexicon().entries(noun.lemma_.lower(), "NOUN")) and any(
        prep in AIM_PREPS for prep, _o in prep_objects(noun))


#: Support verbs whose subject undergoes the act their object noun names ("drew criticism",
#: "faced condemnation", "received praise"): the subject is its target, not its doer.
UNDERGOER_VERBS = frozenset({"draw", "attract", "face", "receive", "earn", "incur", "win"})
#: Causative support verbs ("*prompted* protests from Belgrade", "*sparked* condemnation"):
#: their subject causes the act their object names, done by others, so it is its target too.
CAUSATIVE_VERBS = frozenset({"prompt", "spark", "trigger", "provoke", "spur", "cause"})


#: Pronouns that, as subject of a reported clause, most often stand for the reporter.
REPORTER_PRONOUNS = frozenset({"they", "it", "we"})
#: Links from a content clause up to the verb that reports it.
CLAUSE_LINKS = frozenset({"ccomp", "xcomp", "acomp", "conj"})


def _reporting_verb(token: Token) -> Token | None:
    """The reporting verb ("said") whose content clause holds the trigger, a few clause
    links up ("said they were *prepared* to send"), or None."""
    clause = token
    for _ in range(4):
        if clause.dep_ not in CLAUSE_LINKS or clause.head == clause:
            return None
        head = clause.head
        if clause.dep_ == "ccomp" and head.lemma_.lower() in REPORTING:
            return head
        clause = head
    return None


#: Nouns of a fight between two sides: each side acts on the other.
FIGHT_NOUNS = frozenset({"clash", "fighting", "battle", "skirmish", "firefight", "gunfight"})


def _fight_parties(heads: Sequence[Token], index: MentionIndex) -> list[ActorMention]:
    """The sides of a fight noun among a verb's subjects ("*clashes between* X and Y
    killed ..."), when at least two different parties are named; otherwise none."""
    for head in heads:
        if head.lemma_.lower() not in FIGHT_NOUNS and head.lower_ not in FIGHT_NOUNS:
            continue
        sides = expand_conj([pobj for prep, pobj in prep_objects(head) if prep == "between"])
        found = _with_coordinated_owners(index, sides, _resolve_all(index, sides))
        if len({m.actor.code for m in found}) >= 2:
            return found
    return []


#: CAMEO 063: judicial cooperation (extradition, handing over suspects).
JUDICIAL_COOPERATION = "063"


def _goal_objects(verb: Token) -> list[Token]:
    """The "to" objects of a verb ("extradited him *to Peru*")."""
    return expand_conj([pobj for prep, pobj in prep_objects(verb) if prep == "to"])


#: Verbs of receiving: with a "from" party, aid received is aid given by that party.
RECEIVING_VERBS = frozenset({"receive", "get", "obtain", "accept"})


def _received_aid(match: _Match, info: CameoInfo) -> bool:
    """Is the trigger a verb of receiving read as aid ("received jets", "got loans")?"""
    return match.entry.lemma in RECEIVING_VERBS and info.plover_type == "AID"


def _from_parties(verb: Token) -> list[Token]:
    """The "from" phrase of a verb of receiving, on the verb or on what is received
    ("received the first batch of jets *from Denmark*")."""
    return expand_conj([pobj for holder in (verb, *object_heads(verb))
                        for prep, pobj in prep_objects(holder) if prep == "from"])


def _undergone(token: Token, nominal: bool) -> bool:
    """Is the event noun the object of a verb its subject undergoes or causes ("drew
    *criticism*", "sparked *protests*")?"""
    return nominal and token.dep_ in ("dobj", "obj") and token.head.pos_ in ("VERB", "AUX") \
        and token.head.lemma_.lower() in UNDERGOER_VERBS | CAUSATIVE_VERBS


def _undergoing_parties(index: MentionIndex, verb: Token) -> list[ActorMention]:
    """Who undergoes what "drew criticism" tells: the verb's subject, or when that names no
    party, the nearest governing clause's ("Vance told leaders that the threat came from
    within, *drawing* rebukes": the parser hangs the participle in the reported clause,
    but a thing such as "the threat" draws no rebuke; the one who said it does)."""
    clause = verb
    while True:
        found = _resolve_all(index, subject_heads(clause))
        if found or clause.dep_ not in ("advcl", "ccomp", "conj") or clause.head == clause:
            return found
        clause = clause.head


def _undergone_sources(noun: Token) -> list[Token]:
    """Who does an undergone act: the "from" party, on the noun or on its verb."""
    return expand_conj([pobj for holder in (noun, noun.head)
                        for prep, pobj in prep_objects(holder) if prep == "from"])


#: Verbs of enabling: as a trailing participle they tell what the main clause's act makes
#: possible ("signed a pact, *allowing* their troops to train together"); their understood
#: subject is that act, not a party, so they are no act of their own.
ENABLING_VERBS = frozenset({"allow", "enable", "permit", "pave", "let"})


def _result_participle(token: Token) -> bool:
    """Is the trigger an -ing clause of result after a comma ("..., allowing X to Y")?"""
    if token.lemma_.lower() not in ENABLING_VERBS or token.tag_ != "VBG":
        return False
    if token.dep_ not in ("advcl", "xcomp", "conj") or token.i == 0:
        return False
    has_own_subject = any(c.dep_.startswith("nsubj") for c in token.children)
    return token.doc[token.i - 1].text == "," and not has_own_subject


def _actor_background(token: Token, index: MentionIndex) -> bool:
    """Is the trigger a relative clause telling what an actor did before ("the M23 rebels
    *who seized Goma*", "Lula, *who restored ties* with Caracas")? Such a clause is
    presupposed, told to identify or describe the actor: it is background, not the news.
    """
    if token.dep_ != "relcl":
        return False
    relative_subject = any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATIVE_PRONOUNS for c in token.children)
    return relative_subject and bool(index.resolve(token.head))


def _nominal(token: Token) -> bool:
    """A noun, or a gerund standing as one ("*fighting* near the plant")."""
    return token.pos_ in ("NOUN", "PROPN") or (
        token.tag_ == "VBG" and not any(c.dep_.startswith("nsubj") for c in token.children))


def _names_something(verb: Token) -> bool:
    """Does the verb take an object and a predicate on it ("calling *it* a new step",
    "called the report one-sided")? That is the naming sense, not a communication."""
    for child in verb.children:
        if child.dep_ == "oprd":
            return True
        if child.dep_ in ("xcomp", "ccomp") and child.pos_ in ("ADJ", "NOUN") and not any(
            a.dep_ == "aux" for a in child.children
        ):
            return True
    return False


def _occasion_clause_subjects(noun: Token) -> list[Token]:
    """ "Sudanese rebels freed 20 soldiers on Tuesday, *the third day of a ceasefire brokered
    by Kenya*, and the army released 15 fighters": an outcome named in a noun phrase that
    dates the clause (an adverbial noun or apposition, "the Nth day of") is the frame its
    acts are done under, so the subjects of that clause and of the clauses conjoined with
    it are its sides. Empty when the noun is not in such a dating phrase."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return []
    frame = noun.head.head
    if frame.pos_ != "NOUN" or frame.dep_ not in ("npadvmod", "appos"):
        return []
    verb = frame.head
    if verb.pos_ != "VERB":
        return []
    clauses = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    return [s for clause in clauses for s in subject_heads(clause)]


#: Verbs of fearing: what is feared is a possible outcome, not a reported act.
FEAR_VERBS = frozenset({"worry", "fear"})
#: Modals of possibility ("could disrupt", "might spread").
POSSIBILITY_MODALS = frozenset({"could", "might", "may"})


def _feared_cause(token: Token) -> bool:
    """Is the act noun the cause in a feared possibility ("traders worried that *the
    fighting* in Chad could disrupt exports")? It is a known state of affairs cited to
    explain the fear of its effects, which is the news; no act of its own is reported."""
    verb = token.head
    return (pos_class(token) == "NOUN" and token.dep_ == "nsubj" and verb.dep_ == "ccomp"
            and verb.head.lemma_.lower() in FEAR_VERBS
            and any(c.dep_ == "aux" and c.lower_ in POSSIBILITY_MODALS for c in verb.children))


def _subject_words(token: Token) -> set[str]:
    """Lemmas of a verb's active subject with its modifiers ("peacekeeping troops"), and of
    its "of" object as for objects ("a first contingent *of troops*")."""
    words: set[str] = set()
    if token.dep_ == "acl" and token.tag_ == "VBG":
        # "demonstrators protesting the results": the noun an active participle modifies
        # is its subject.
        words.update(noun_words(token.head))
    if token.dep_ == "advcl" and token.tag_ == "VBG" and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        # "drones struck a convoy, *killing* seven": an adverbial participle's subject is
        # the main clause's.
        words.update(_subject_words(token.head))
    if token.dep_ == "xcomp" and not any(c.dep_ in ("nsubj", "nsubjpass")
                                         for c in token.children):
        # "paratroopers *began arriving*": a controlled verb's subject is its controller's.
        words.update(_subject_words(token.head))
    for subj in token.children:
        if subj.dep_ == "nsubj":
            words.update(noun_words(subj))
            for prep, pobj in prep_objects(subj):
                if prep == "of":
                    words.update(noun_words(pobj))
        elif subj.dep_ == "agent":
            # "was killed by a drone strike": a passive's agent is its logical subject.
            for pobj in subj.children:
                if pobj.dep_ == "pobj":
                    words.update(noun_words(pobj))
    return words


def _has_unless(token: Token, marks: frozenset[str] = frozenset({"unless"})) -> bool:
    heads = [token, *([token.head] if token.dep_ in ("xcomp", "conj") else [])]
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)
        for h in heads for c in h.children
    )


#: Verbs that deliver what their clause says to an addressee ("told X that ...").
ADDRESS_VERBS = frozenset({"tell", "warn", "inform", "assure"})


def _told_addressees(verb: Token) -> list[Token]:
    """The addressees of the verb that delivers the trigger's clause: "told *Panama's
    president* that Washington would act" -> "president"."""
    frame = verb.head
    if verb.dep_ != "ccomp" or frame.lemma_.lower() not in ADDRESS_VERBS \
            or pos_class(frame) != "VERB":
        return []
    return [c for c in frame.children if c.dep_ in ("dobj", "obj", "dative")]


def _announced_answer(verb: Token) -> bool:
    """Is an answering verb announced for the future ("would / will respond") and, if it
    says what it answers, answering a hostile act ("to any deployment of troops")?"""
    if not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in verb.children):
        return False
    if verb.lemma_.lower() in CONDITIONAL_ANSWERS and not _has_unless(verb, CONDITION_MARKS):
        return False
    answered = [o for prep, o in prep_objects(verb) if prep == "to"]
    return all(o.lemma_.lower() in HOSTILE_ACT_NOUNS for o in answered)


def _volitional(token: Token) -> bool:
    """A negation of will or ability ("will not", "cannot", "does not accept"), not of a report."""
    heads = [token]
    while heads[-1].dep_ in ("xcomp", "conj") and heads[-1].head != heads[-1]:
        heads.append(heads[-1].head)
    return any(
        c.dep_ == "aux" and c.lower_ in VOLITIONAL_AUX for h in heads for c in h.children
    ) or any(h.pos_ == "ADJ" for h in heads)


class _Sentences:
    """Sentence spans and each token's sentence number, computed once per doc."""

    def __init__(self, doc: Doc) -> None:
        self.spans: list[Span] = list(doc.sents)
        self.number: list[int] = [0] * len(doc)
        for n, sent in enumerate(self.spans):
            for i in range(sent.start, sent.end):
                self.number[i] = n


def _after_hyphen(doc: Doc) -> set[int]:
    """Indices of the tokens right after a "-" token, from the doc's ORTH column (no Token
    object is built for the words around them)."""
    hyphen = doc.vocab.strings["-"]
    return {i + 1 for i, orth in enumerate(doc.to_array(ORTH).tolist()) if orth == hyphen}


def _depths(doc: Doc) -> list[int]:
    """Each token's distance from its sentence root, from the head array (no Token objects)."""
    # Relative head offsets (0 at a root), stored unsigned: read them back as signed.
    heads: list[int] = doc.to_array(HEAD).astype("int64").tolist()
    depth = [-1] * len(doc)
    for start in range(len(doc)):
        path: list[int] = []
        i = start
        while depth[i] < 0 and heads[i] != 0 and len(path) < len(doc):
            path.append(i)
            i += heads[i]
        base = depth[i] if depth[i] >= 0 else 0
        depth[i] = base
        for k, j in enumerate(reversed(path), start=1):
            depth[j] = base + k
    return depth


def _words_of(token: Token) -> set[str]:
    words = {token.lemma_.lower()}
    if token.pos_ in ("NOUN", "PROPN"):
        words.update(c.lemma_.lower() for c in token.children if c.dep_ in ("compound", "amod"))
        words.update(hyphen_joined(token))
    return words


def _claimed(token: Token, match: _Match, cameo: dict[str, CameoInfo],
             parties: frozenset[int] = frozenset()) -> set[int]:
    """Tokens a matched trigger speaks for, which are not read again as triggers.

    The object words it matched on; everything inside its objects, prepositional
    objects and complements ("condemned the attack": the attack is what was
    condemned, coded by the condemnation); and its subject when that is a noun
    ("the attack killed ...": one event). A participle on a named party ("dispersed
    demonstrators *protesting* election results") is a reduced relative clause: it
    asserts that party's own act and is not claimed.
    """
    claimed = {t.i for t in match.used}
    for used in match.used:
        claimed.update(_inner(used))
    roots: list[Token] = list(object_heads(token))
    # "during a visit to Z" sets the time of the act; the trip is not what the act is about.
    # "..., in a move condemned by the EU": a reaction framed on the act is not its part,
    # nor is the phone call it was said in ("*in a phone call*, Xi urged Biden to ...").
    roots.extend(pobj for _, pobj in prep_objects(token) if not _own_trip(pobj)
                 and not _framing_move(pobj) and _call_speaker(pobj) is None)
    # Complements: what was refused, demanded, agreed or threatened is part of that act.
    # "X accused Y, *an allegation Y denied*": a clause hung on the denial of a claim named
    # after it is the claim itself, an act of its own, not the content of the denial.
    roots.extend(c for c in complement_verbs(token) if not denies_a_named_claim(c, token))
    if pos_class(token) == "NOUN":
        # "reiterated its demand today that X ...": the extraposed content is the noun's.
        roots.extend(extraposed_clauses(token))
    if cameo[match.entry.cameo].plover_type == "PROTEST":
        # The demand a protest makes is its topic, not a second event (manual, PROTEST).
        # "began a hunger strike *to demand* ...": with a protest noun as the object of a
        # support verb, the purpose clause on that verb is the protest's.
        hosts = [token]
        if pos_class(token) == "NOUN" and token.dep_ in ("dobj", "obj"):
            hosts.append(token.head)
        roots.extend(c for host in hosts for c in host.children if c.dep_ == "advcl" and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
    roots.extend(c for c in token.children if c.dep_ == "compound")
    if cameo[match.entry.cameo].code.startswith(LAWSUIT):
        # The charge a lawsuit states is its content, not a second accusation.
        roots.extend(charge_participles(token))
    for root in roots:
        claimed.update(_inner(root, parties))
    return claimed


def _inner(root: Token, parties: frozenset[int] = frozenset()) -> set[int]:
    """Token indices under ``root``, not entering relative clauses (they assert on their own),
    nor active participles on a party in ``parties`` (reduced relatives: as asserted)."""
    out: set[int] = set()
    stack = [root]
    while stack:
        tok = stack.pop()
        out.add(tok.i)
        stack.extend(c for c in tok.children if c.dep_ != "relcl" and not (
            c.dep_ == "acl" and c.tag_ == "VBG" and tok.i in parties) and not _result_clause(c)
            and not _time_clause(c) and not _third_party_role(c))
    return out


def _relative_antecedents(verb: Token) -> list[Token]:
    """The nouns a relative pronoun subject of the verb stands for, through verbs of
    saying between ("the jet *which* Baku says was hit" -> "jet")."""
    pronouns = [c for c in verb.children
                if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATIVE_PRONOUNS]
    if not pronouns:
        return []
    clause = verb
    while clause.dep_ == "ccomp" and clause.head != clause:
        clause = clause.head
    return [clause.head] if clause.dep_ == "relcl" and clause != verb else []


PERFECT_AUX = frozenset({"has", "have", "had"})


#: Nouns of a stretch of time that can measure how long an act went on ("six weeks of war").
SPAN_NOUNS = frozenset({"hour", "day", "week", "month", "year", "decade"})
#: Verbs that end a stretch of acts, and prepositions that place news after one: "ending six
#: weeks of clashes", "after ten months of protests".
SPAN_ENDING_VERBS = frozenset({"end", "halt", "stop", "conclude", "cap"})


#: Nouns naming people by the act they take part in ("protesters").
AGENT_NOUN_TRIGGERS = frozenset({"protester", "protestor", "demonstrator"})


def _doer_of_told_act(token: Token, lemmas: dict[int, str]) -> bool:
    """Is the trigger a noun of people by their act ("protesters") that is the subject of
    another act told ("student *protesters* clashed with police")? It names who did the
    act told, not a second act of theirs."""
    return (lemmas.get(token.i) in AGENT_NOUN_TRIGGERS and pos_class(token) == "NOUN"
            and token.dep_ in ("nsubj", "nsubjpass") and token.head.i in lemmas
            and token.head.i != token.i)


#: Verbs by which one party asks another to do the act of a following infinitive.
URGING_VERBS = frozenset({"urge", "ask", "call", "press", "encourage", "implore", "exhort"})


def _misattached_request(token: Token) -> bool:
    """Is the trigger the act an appeal asks for, hung by the parser on a relative clause of
    the one asked ("urged the officers who seized power *to free* the president")? A
    subjectless "to" infinitive after that clause is what the appeal asks of its object: not
    done, and not the relative clause's purpose."""
    if token.dep_ not in ("advcl", "xcomp") or not any(
            a.dep_ == "aux" and a.lower_ == "to" for a in token.children):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return False
    clause = token.head
    asked = clause.head
    return clause.dep_ == "relcl" and asked.dep_ in ("dobj", "obj") and (
        asked.head.lemma_.lower() in URGING_VERBS)


def _period_summary(token: Token) -> bool:
    """Is the trigger a stretch of acts summed up by how long it lasted, told as what the
    news ends or follows ("the truce held, *ending six weeks of clashes* that left
    hundreds dead", "signed a deal *after ten months of protests*")? Such a summary is the
    background of the news, not an act of its own, and a relative clause on the stretch
    ("days of fighting *that killed* ...") tells that background too."""
    if token.dep_ == "relcl":
        span = token.head
        if span.lemma_.lower() not in SPAN_NOUNS:
            return _period_summary(span)  # "weeks of fighting *that killed* ...", either way
        if not any(c.dep_ == "prep" and c.lower_ == "of" for c in span.children):
            return False
    elif token.dep_ == "pobj" and token.head.lower_ == "of" and pos_class(token) == "NOUN":
        span = token.head.head
    else:
        return False
    if span.lemma_.lower() not in SPAN_NOUNS:
        return False
    governor = span.head
    return (span.dep_ in ("dobj", "obj") and governor.lemma_.lower() in SPAN_ENDING_VERBS) or (
        span.dep_ == "pobj" and governor.lower_ in SEQUEL_PREPS)


def _duration_start(token: Token) -> bool:
    """Is the trigger the start of a state a perfect verb says has lasted ("has ruled by
    decree *since suspending* parliament", "has been in hiding since the coup")? It dates
    the state, told as known background, not as news."""
    anchor = token.head
    if token.dep_ == "pcomp" or (token.dep_ == "pobj" and pos_class(token) == "NOUN"):
        state = anchor.head
    elif token.dep_ == "advcl":
        anchor = next((c for c in token.children if c.dep_ == "mark"), token)
        state = token.head
    else:
        return False
    return anchor.lower_ == "since" and state != anchor and any(
        c.dep_ == "aux" and c.lower_ in PERFECT_AUX for c in state.children)


#: Nouns of what dealings produce: "a deal *brokered by* X" says how it came about.
OUTCOME_NOUNS = frozenset({"deal", "agreement", "accord", "pact", "truce", "ceasefire",
                           "cease-fire", "treaty", "arrangement"})
#: Nouns of settlements proposed or reached, whose "for" object is the place they settle.
PLAN_NOUNS = OUTCOME_NOUNS | {"plan", "proposal", "roadmap", "blueprint", "framework",
                              "initiative", "settlement"}
#: Verbs of a third party's part in others' dealings ("a swap *mediated by* the UAE").
THIRD_PARTY_VERBS = frozenset({"mediate", "broker", "facilitate", "host"})


def _third_party_role(clause: Token) -> bool:
    """Is the clause a passive participle naming a third party's part in an act ("talks
    *mediated by* Malaysia", "a truce *brokered by* Qatar")? The mediator is a party of
    its own, acting toward the parties of the act, not a part of what they did."""
    # "a deal brokered by Qatar": a mediation predicated of its outcome tells how the
    # outcome came about, as background; it stays a part of the act that names it.
    return (clause.dep_ == "acl" and clause.tag_ == "VBN"
            and clause.lemma_.lower() in THIRD_PARTY_VERBS
            and clause.head.lemma_.lower() not in OUTCOME_NOUNS
            and any(c.dep_ == "agent" for c in clause.children))


#: Verbs of a third party's part that, active in a relative clause, say who mediated the
#: noun's act ("a truce *that Washington mediated*"); hosting is not mediating.
MEDIATING_VERBS = frozenset({"mediate", "broker"})


def _mediated_noun(verb: Token) -> Token | None:
    """The noun for an act a third party mediated: "talks *mediated by* X" -> "talks"; in
    an active relative clause, its missing object ("a truce *Qatar brokered*", "a truce
    that Trump said *Washington had mediated*": reported, the mediation is what is said)."""
    if _third_party_role(verb):
        return verb.head
    if verb.lemma_.lower() not in MEDIATING_VERBS or verb.tag_ not in ("VBD", "VBN") or any(
            c.dep_ in ("dobj", "obj", "nsubjpass") and c.lower_ not in RELATIVE_PRONOUNS
            for c in verb.children) or not any(
            c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS for c in verb.children):
        return None
    clause = verb
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING:
        clause = verb.head
    if clause.dep_ != "relcl" or pos_class(clause.head) != "NOUN":
        return None
    return clause.head


def _mediated_clause(verb: Token) -> Token | None:
    """The clause whose act a third party mediated: "Russia and Ukraine exchanged
    prisoners *in a swap mediated by* the UAE" -> "exchanged" (its subjects are the sides)."""
    noun = _mediated_noun(verb)
    if noun is None:
        return None
    # Up from the noun to the verb it is an argument or adjunct of, through prepositions
    # and nouns ("agreed to a pause in the shelling *during talks hosted by* X"
    # -> "agreed": three prepositional steps).
    governor = noun
    for _ in range(6):
        if governor.dep_ not in ("pobj", "dobj", "obj", "prep") or governor.head == governor:
            return None
        governor = governor.head
        if governor.pos_ in ("VERB", "AUX"):
            return governor
    return None


#: Subordinators of a temporal clause that states a fact of its own ("..., *hours after* the
#: Guards fired missiles at two bases", "*as* demonstrators rallied against the decision").
TIME_CLAUSE_MARKS = frozenset({"after", "as", "since", "while"})


def _time_clause(clause: Token) -> bool:
    """Is the clause a finite adverbial clause of time with a subject of its own? It is
    presupposed true whatever the clause it hangs on says (refused, warned, demanded), so
    it asserts its own act and is never the content of the governing trigger."""
    return (clause.dep_ == "advcl" and clause.tag_ in ("VBD", "VBZ", "VBP", "VBN")
            and any(c.dep_ == "mark" and c.lower_ in TIME_CLAUSE_MARKS for c in clause.children)
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children))


#: Verbs of causing another party to act: "refused to extradite him, *prompting* Washington
#: to impose sanctions" reports the consequence, a second act by its own party.
RESULT_VERBS = frozenset({"prompt", "force", "lead", "cause", "spur", "push", "compel",
                          "drive", "provoke"})


def _result_clause(clause: Token) -> bool:
    """A participial clause saying what an act made another party do."""
    return (clause.dep_ == "advcl" and clause.tag_ == "VBG"
            and clause.lemma_.lower() in RESULT_VERBS
            and any(c.dep_ in ("dobj", "obj") for c in clause.children))


def _actor_heads(token: Token, nominal: bool) -> tuple[list[Token], int]:
    """Heads naming the doer and how many clause links were crossed to find them."""
    if nominal:
        if _patient_possessor(token) is not None:
            # "their arrest": the possessor of an act done to persons is who it is done to.
            return [pobj for prep, pobj in prep_objects(token) if prep == "by"], 0
        return noun_actor_heads(token), 0
    if pos_class(token) == "ADJ":
        # "Norway is ready to send troops": the adjective's subject is the copula's.
        host = token.head if token.dep_ in ("acomp", "amod", "oprd") else token
        return subject_heads(host), 1
    if token.lower_ in DISPOSITION_PARTICIPLES:
        # "Vietnam is committed to ...": a participle of disposition is an adjective in
        # meaning; its grammatical (passive) subject is the one disposed to act.
        held = [c for c in token.children if c.dep_ == "nsubjpass"]
        if held and not any(c.dep_ == "agent" for c in token.children):
            return expand_conj(held), 0
    if _finite_verb_as_modifier(token):
        # "South Korea's military fired warning shots": the words before the verb in the
        # misparsed noun phrase are its subject.
        return [c for c in token.head.children
                if c.i < token.i and c.dep_ in ("poss", "compound", "amod", "nmod")], 1
    if _misread_reporting_participle(token):
        # "..., a human rights group *protested* here Wednesday": a sentence-final
        # apposition with a bare participle is a clause of its own, the noun its subject.
        return [token.head], 1
    if token.dep_ in ("xcomp", "advcl") and token.head.lemma_.lower() in INSTRUMENT_VERBS \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        # "police used water cannon *to disperse* protesters": the object of "use" is the
        # means, so the user, not the water cannon, does what it is used for.
        return subject_heads(token.head), 1
    holders = _custodians(token)
    if holders:
        return holders, 1
    heads = subject_heads(token)
    borrowed = 0 if any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in token.children) else 1
    return heads, borrowed


#: Verbs of letting captives go, and participles of holding them: "citizens *held in Iran*
#: were *released*" - whoever held them is who released them.
RELEASING_VERBS = frozenset({"release", "free"})
CUSTODY_PARTICIPLES = frozenset({"hold", "detain", "jail", "imprison", "kidnap", "abduct",
                                 "capture", "arrest"})
#: Custody a state keeps on its own soil ("held in Iran"); a kidnapping "in Nigeria" names
#: only where it happened, so "in" counts for these alone.
STATE_CUSTODY = frozenset({"hold", "detain", "jail", "imprison", "arrest"})


def _custodians(verb: Token) -> list[Token]:
    """The holder of captives freed in an agentless passive ("two citizens held by Hamas /
    held in Iran were released"), named on the participle describing the captives."""
    if verb.lemma_.lower() not in RELEASING_VERBS or not is_passive(verb) or any(
            c.dep_ == "agent" for c in verb.children):
        return []
    for captives in (c for c in verb.children if c.dep_ == "nsubjpass"):
        for hold in captives.children:
            lemma = hold.lemma_.lower()
            if hold.dep_ != "acl" or hold.tag_ != "VBN" or lemma not in CUSTODY_PARTICIPLES:
                continue
            for child in hold.children:
                if child.dep_ == "agent":
                    return [o for o in child.children if o.dep_ == "pobj"]
            return [o for prep, o in prep_objects(hold) if prep == "in" and lemma in STATE_CUSTODY]
    return []


def _with_coordinated_owners(
    index: MentionIndex, heads: Sequence[Token], found: list[ActorMention]
) -> list[ActorMention]:
    """ "*Thai and Cambodian* troops": coordinated nationality modifiers of one noun name
    two parties' forces, each its own actor, though one mention may span the noun."""
    out = list(found)
    for head in heads:
        # "*Thai and Cambodian* troops", "leaders *of Armenia and Azerbaijan*".
        modifiers = [c for c in head.children if c.dep_ in ("amod", "nmod", "compound")]
        modifiers += [o for p, o in prep_objects(head) if p in OWNER_PREPS]
        for modifier in modifiers:
            if not any(c.dep_ == "conj" for c in modifier.children):
                continue
            for owner in expand_conj([modifier]):
                mention = index.at(owner)
                if mention is not None and mention.head == owner.i and mention not in out:
                    out.append(mention)
    return sorted(out, key=lambda m: m.token_start) if len(out) > len(found) else out


def _resolve_all(index: MentionIndex, heads: Sequence[Token]) -> list[ActorMention]:
    out: list[ActorMention] = []
    for head in heads:
        if head.lower_ in RELATIVE_PRONOUNS:
            continue
        for mention in index.resolve(head):
            if mention not in out:
                out.append(mention)
    return out


#: Prepositions by which an act noun names whom it is aimed at ("a warrant *for* X").
AIMED_NOUN_PREPS = frozenset({"for", "against"})
#: CAMEO 015: claim responsibility.
CLAIM_OF_RESPONSIBILITY = "015"
#: Prepositions of the occasion an act is done on ("*during* demonstrations").
OCCASION_PREPS = frozenset({"during", "at", "in"})
#: Types whose act noun is laid "on" its target (sanctions, bans, attacks, pressure), or
#: threatened to be ("would impose sanctions *on* X").
BURDEN_TYPES = frozenset({"SANCTION", "COERCE", "ASSAULT", "THREATEN"})


def _recipient_mentions(
    token: Token, match: _Match, index: MentionIndex, nominal: bool, kind: str = ""
) -> list[ActorMention]:
    """Recipient mentions in order of preference.

    A direct object that *is* a mention ("attacked Iraq") comes first; then the
    trigger's own prepositional objects ("cut aid *to Egypt*": in a transfer the goal
    is the recipient, not the owner of the thing moved); then the owner inside the
    object ("rejected *U.S.* mediation"), then the object's own prepositions
    ("declined a meeting *with* ..."). A criticism's grievance ("complained to the U.N.
    *over Israeli raids*") names the one criticised before its audience.
    """
    objects = list(object_heads(token)) + [t for t in match.used if t.pos_ in ("NOUN", "PROPN")]
    out: list[ActorMention] = []

    def add(found: Sequence[ActorMention]) -> None:
        out.extend(m for m in found if m not in out)

    direct_objects = [] if nominal else list(objects)
    if nominal:
        # "Israeli air strikes killed 20 people, officials said": a past participle with a
        # direct object is no reduced passive (a passive has none) but the noun's own
        # predicate the parser hung on it; its object is what the act fell on.
        direct_objects = [o for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN"
                          for o in object_heads(c) if o.dep_ in ("dobj", "obj")]
        objects += direct_objects
    for obj in direct_objects:
        direct = index.at(obj)
        if direct is not None and direct.head == obj.i:
            add([direct])
    if kind == "ACCUSE":
        for head in grievance_heads(token):
            # The grievance names the one criticised outright or as the doer of the act
            # complained of ("over *Israeli* raids"), never as that act's patient ("over its
            # recognition *of a Palestinian state*"). One of no known country ("over *the
            # senator's* visit") waits for the act noun's addressee ("lodged a complaint
            # *with the Czech government*").
            add([m for m in doer_mentions(index, head) if m.actor.country is not None])
    if match.entry.particle:
        # The preposition the lexicon row asked for introduces the goal of the act:
        # "arrived *in Amman*", "flew *to Cairo*", "appealed *to Turkey*" — a place
        # reached on a visit stands for its country, the host.
        for head in expand_conj([pobj for prep, pobj in prep_objects(token)
                                 if prep == match.entry.particle]):
            add(index.resolve(head))
    for noun in match.used:
        # "issued an arrest *warrant for Putin* over the deportations": the party the
        # matched act noun is aimed at outranks the verb's grounds and setting.
        if noun.pos_ == "NOUN" and noun.head.i == token.i:
            # "broke off *relations with Israel* over its conduct": the counterpart of the
            # act noun outranks the verb's grounds too, unless the noun names its owner
            # ("declined a *U.S.*-proposed meeting with X": it is the proposer's).
            aimed = AIMED_NOUN_PREPS if index.owners(noun) else AIMED_NOUN_PREPS | {"with"}
            if kind in BURDEN_TYPES:
                # "imposed sanctions *on Belarus* over ...", "launched an attack *on* X": a
                # burden is laid on its target (elsewhere "on" names a topic: "talks on X").
                aimed = aimed | {"on"}
            if noun.lemma_.lower() in PLAN_NOUNS:
                aimed = aimed - {"for"}  # "a peace plan *for Kosovo*": the place it settles
            for head in expand_conj([pobj for prep, pobj in prep_objects(noun)
                                     if prep in aimed]):
                # Only a party named outright: "a proposal *for a ceasefire in Lebanon*"
                # is aimed at a ceasefire, not at Lebanon.
                named = index.at(head)
                if named is not None and named.head == head.i:
                    add([named])
    for head in recipient_heads(token, nominal):
        settled = _settled_places(head)
        add([m for m in index.resolve(head) if m.head not in settled])
    # "blocked streets *in defiance of Chinese authorities*": the act is aimed at whoever
    # its stance is taken against (on the support verb of an act noun: "staged a strike
    # in protest at ..."), after the parties of its own prepositions ("fired *at* X in
    # retaliation for ...") but before the owners of its objects.
    stance_hosts = [token, token.head] if nominal and token.dep_ in ("dobj", "obj") else [token]
    for head in [h for host in stance_hosts for h in stance_targets(host)]:
        if _patient_possessor(head) is not None:
            # "in protest at *Ocalan's* arrest": the possessor is the one arrested; only a
            # "by" agent names who the protest is against.
            add(_resolve_all(index, [o for p, o in prep_objects(head) if p == "by"]))
        else:
            # The doer of the act protested first; else whoever the phrase names at all.
            add(doer_mentions(index, head))
            add(index.resolve(head))
    for obj in objects:
        settled = _settled_places(obj)
        add([m for m in index.resolve(obj) if m.head not in settled])
    for obj in objects:  # when the object itself named the actor's own side
        for _prep, pobj in prep_objects(obj):
            if _prep == "for" and obj.lemma_.lower() in PLAN_NOUNS:
                # "accepted a peace plan *for Kosovo*": the place a plan or deal settles is
                # what it is about, not a party the acceptance or refusal is aimed at.
                continue
            add(index.resolve(pobj))
    for obj in objects:
        # "rejected an invitation *to attend a meeting of X*": the parties of the act an
        # object noun's clause names, when the noun names none.
        for head in object_clause_heads(obj):
            add(index.resolve(head))
    # The object word the lexicon row matched on names the means or kind of the act
    # ("fired artillery *shells* at Seoul"); read as a bare sector with no country it
    # is a weapon or a generic force, so any located party named goes before it.
    # Objects coordinated with the matched word name means too ("launched *artillery*,
    # mortar and rocket *fire*").
    used = {t.i for t in match.used}
    means = list(match.used) + [o for o in objects
                                if used & {c.i for c in expand_conj([o])}]
    matched = {w.i for t in means for w in t.subtree}
    # "implement an *EU*-backed plan": the sponsor of the thing acted on is not its target.
    out = [m for m in out if not names_backer(token.doc[m.head])]
    if kind in COOPERATIVE_TYPES:
        # "signed an accord *at an air force base near Quito*": the installation a
        # cooperative act takes place at is its setting; whoever owns it is no party.
        setting = _installation_setting(token)
        out = [m for m in out if m.head not in setting]
    generic = [m for m in out if m.head in matched and m.actor.country is None]
    return [m for m in out if m not in generic] + generic


#: Installations an act can take place at ("at an air force *base*", "at the army *barracks*").
INSTALLATION_NOUNS = frozenset({"base", "airbase", "barracks", "airfield", "garrison"})


def _installation_setting(token: Token) -> set[int]:
    """Tokens of an "at" phrase naming an installation the act happens at ("signed *at an
    air force base in Ohio*"): the place where, with its owner and location."""
    return {t.i for prep, pobj in prep_objects(token)
            if prep == "at" and pobj.lemma_.lower() in INSTALLATION_NOUNS for t in pobj.subtree}


def _settled_places(noun: Token) -> set[int]:
    """Tokens of the place a plan or deal noun is for ("a peace plan *for Kosovo*"): what
    it settles, not a party to it."""
    if noun.lemma_.lower() not in PLAN_NOUNS:
        return set()
    return {t.i for prep, pobj in prep_objects(noun) if prep == "for" for t in pobj.subtree}


def _unaimed_violence(token: Token, match: _Match, kind: str) -> bool:
    """An assault that names no victim, only its means ("detonated a bomb in Kabul",
    "blew themselves up in Tel Aviv"): its place is its target. An assault on a named
    object ("attacked a convoy in Mali") is aimed at that object, not at the place.
    """
    if kind != "ASSAULT":
        return False
    means = {t.i for t in match.used}
    return all(_names_means(obj, means) for obj in object_heads(token))


def _names_means(obj: Token, means: set[int]) -> bool:
    """Is an assault's object its weapon (or the doer itself), not a victim? A partitive
    head counts by its "of" object ("a series *of bombs*")."""
    if obj.i in means or obj.lemma_.lower() in WEAPON_NOUNS or obj.lower_ in REFLEXIVES:
        return True
    return any(pobj.lemma_.lower() in WEAPON_NOUNS
               for prep, pobj in prep_objects(obj) if prep == "of")


def _directs_own_agents(verb: Token) -> bool:
    """Are all the verb's objects the subject's own agents ("instructed *its envoys*")?"""
    objects = object_heads(verb)
    return bool(objects) and all(
        (obj.lemma_.lower() in OWN_AGENT_NOUNS
         and any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in obj.children))
        or _bare_state_force(obj)
        for obj in objects
    )


def _own_agent(noun: Token) -> bool:
    """Is the noun an envoy or office of the doer's own ("its ambassador", "their envoys")?"""
    return noun.lemma_.lower() in OWN_AGENT_NOUNS and any(
        c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in noun.children)


#: Nouns of a state's own armed or police forces.
FORCE_NOUNS = frozenset({
    "army", "military", "troop", "force", "police", "navy", "soldier", "guard", "unit",
    "gendarmerie", "battalion", "brigade",
})


def _bare_state_force(noun: Token) -> bool:
    """ "ordered *the army* to ...": a state's forces named with "the" and nothing saying
    whose are the commander's own (a head of state orders no other state's army)."""
    return (noun.lemma_.lower() in FORCE_NOUNS
            and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
            and not any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in noun.children))


def _commanded_forces(doc: Doc, index: MentionIndex, mention: ActorMention) -> ActorMention:
    """The commander's country for forces of no stated country that a party orders:
    "the Serbian president ordered *the army* to raise its readiness" (Serbia's army)."""
    noun = doc[mention.head]
    if mention.actor.country is not None or not _bare_state_force(noun):
        return mention
    verb = noun.head
    if noun.dep_ not in ("dobj", "obj") or verb.lemma_.lower() not in DIRECTIVE_VERBS:
        return mention
    countries = {m.actor.country for m in _resolve_all(index, subject_heads(verb))}
    country = next(iter(countries)) if len(countries) == 1 else None
    return with_country(mention, country) if country else mention


def _mobilised_forces(token: Token) -> set[int]:
    """Heads naming the forces a mobilisation moves: its objects and their "by" agents."""
    objects = object_heads(token)
    agents = [pobj for obj in [token, *objects] for prep, pobj in prep_objects(obj)
              if prep == "by"]
    return {t.i for t in expand_conj(objects + agents + _counted(objects))}


#: Nouns that count what their "of" phrase names ("tens of thousands of reservists").
COUNT_NOUNS = frozenset({"ten", "dozen", "score", "hundred", "thousand", "million", "number",
                         "group", "contingent", "battalion", "unit"})


def _counted(heads: Sequence[Token]) -> list[Token]:
    """What counted heads count: "*thousands of* reservists" -> reservists."""
    out: list[Token] = []
    for head in heads:
        tok = head
        while tok.lemma_.lower() in COUNT_NOUNS or tok.tag_ == "CD":
            of = [o for p, o in prep_objects(tok) if p == "of"]
            if not of:
                break
            tok = of[0]
            out.append(tok)
    return out


#: Prepositions naming what force is aimed at ("fired *at*", "a strike *on*").
AIM_PREPS = frozenset({"at", "on", "upon", "against"})


def _aimed_places(token: Token, index: MentionIndex) -> list[ActorMention]:
    """Places of the unnamed things force is aimed at: "fired at targets *in Jericho*"."""
    out: list[ActorMention] = []
    for prep, aim in prep_objects(token):
        if prep not in AIM_PREPS or index.at(aim) is not None:
            continue
        for inner, place in prep_objects(aim):
            if inner in ("in", "near", "around", "outside"):
                # The unnamed things hit there stand for the place's people, unless they are
                # the forces' own sites ("fired at *army posts* in Turkey": the state's).
                found = index.resolve(place)
                if not _military_site(aim):
                    found = [as_population(m) for m in found]
                out.extend(m for m in found if m not in out)
    return out


def _military_site(noun: Token) -> bool:
    """Is the noun a site of armed forces ("army posts", "military positions", "bases")?"""
    return noun.lemma_.lower() in MILITARY_SITE_NOUNS or any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in MILITARY_MODIFIERS
        for c in noun.children)


#: Sites of armed forces.
MILITARY_SITE_NOUNS = frozenset({
    "post", "position", "base", "outpost", "checkpoint", "barracks", "garrison", "depot",
    "airbase", "bunker", "trench",
})
#: Modifiers marking a site as a force's.
MILITARY_MODIFIERS = frozenset({"army", "military", "militia", "police", "naval", "troop"})


#: Dwellings: the people whose homes they are are private persons, not their state.
HOME_NOUNS = frozenset({"home", "house", "dwelling", "residence", "household"})


def _home_owners(token: Token, recipients: list[ActorMention]) -> list[ActorMention]:
    """Owners of homes force falls on are civilians: "demolished *Palestinian* homes"."""
    owners = {c.i for obj in object_heads(token) if obj.lemma_.lower() in HOME_NOUNS
              for c in obj.children if c.dep_ in ("amod", "poss", "compound", "nmod")}
    out: list[ActorMention] = []
    for mention in recipients:
        people = as_population(mention) if mention.head in owners else mention
        if people not in out:
            out.append(people)
    return out


def _state_or_military(mention: ActorMention) -> bool:
    """Does the mention name a state itself (a country, no sector) or its armed forces?"""
    return mention.actor.country is not None and mention.actor.sector in (None, "MIL")


def _misattached_conjunct(token: Token) -> bool:
    """Is ``token`` a finite, subject-less conjunct of a clause reported by a verb of saying?"""
    first = token.head
    return (
        token.dep_ == "conj" and token.tag_ in ("VBD", "VBZ")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
        and first.dep_ == "ccomp" and first.head.lemma_.lower() in REPORTING
    )


def _content_of_issued_text(token: Token) -> bool:
    """Is ``token`` a participle giving the content of a noun that is some verb's object
    ("issued a declaration *demanding* ...", "released a statement *condemning* ...")?"""
    noun = token.head
    return (
        token.dep_ == "acl" and token.tag_ == "VBG"
        and noun.dep_ in ("dobj", "obj") and noun.head.pos_ == "VERB"
    )


def _populations(
    doc: Doc, recipients: list[ActorMention], info: CameoInfo
) -> list[ActorMention]:
    """Recipients naming a place, read as its people where the act falls on them.

    Force and coercion (and threats of them: CAMEO 132 curfews and martial law, 138
    military force) fall on whoever lives in the place named: "shelled the capital",
    "a curfew in Algiers". Aid, sanctions and concessions do so only when the place is
    plainly a location ("aid deliveries *in* Baghdad", "evacuated the wounded from the
    *town*"); a capital named outright there stands for its government ("aid to Kyiv").
    Persons named by nationality ("arrested 100 Palestinians") are civilians under all
    of these acts.
    """
    kind = info.plover_type or ""
    physical = kind in ("ASSAULT", "COERCE") or (
        kind == "THREATEN" and info.code.startswith(("132", "138")))
    # Refusals to yield (CAMEO 124: "refused to lift the curfew on ...") withhold a concession.
    yielding = kind in ("AID", "SANCTION", "CONCEDE") or (
        kind == "REJECT" and info.code.startswith("124"))
    if not physical and not yielding:
        return recipients
    out: list[ActorMention] = []
    for mention in recipients:
        reading = place_reading(mention, doc)
        located = reading in ("settlement", "locative", "people") or (
            physical and reading == "capital")
        people = as_population(mention) if located else mention
        if people not in out:
            out.append(people)
    return out


def _placed_people(
    token: Token, recipients: list[ActorMention], index: MentionIndex,
    doer_countries: set[str] | None = None,
) -> list[ActorMention]:
    """Victims of no stated nationality take the country where force hit them.

    "killed three ethnic Albanians in southern Serbia", "arrested protesters in
    Lagos": people attacked or detained in a country, with nothing saying they are
    foreigners, are that country's residents. Only a recipient with a sector and no
    country is placed, and only by a place on the act or on the recipient's own noun.
    """
    placed: list[ActorMention] = []
    for mention in recipients:
        if mention.actor.country is not None or mention.actor.sector is None:
            placed.append(mention)
            continue
        noun = token.doc[mention.head]
        places = [m for act in (token, *_when_clauses(token))
                  for m in _place_mentions(act, index) if m.actor.country]
        places += [m for prep, pobj in prep_objects(noun) if prep == "in"
                   for m in index.resolve(pobj) if m.actor.country]
        if not places:
            places = _struck_parties(token, index)
        countries = {m.actor.country for m in places}
        # Two countries named as the act's place: nothing says which the victims are of.
        country = places[0].actor.country if len(countries) == 1 else None
        if country in (doer_countries or set()) and mention.actor.sector in FORCE_SECTORS:
            # "Russia destroyed 12 tanks in the Kursk region": forces a state strikes on
            # its own soil are its enemy's, not its own.
            country = None
        placed.append(with_country(mention, country) if country else mention)
    return placed


#: Verbs of taking part, whose "in" object is the act their subject takes part in.
PARTICIPATION_VERBS = frozenset({"engage", "involve", "participate", "take"})


def _participation_host(noun: Token) -> Token | None:
    """The verb of taking part an act noun is the "in" object of ("were involved *in*
    attacks", "took part *in* raids"), or None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in" or prep.head == prep:
        return None
    verb = prep.head
    lemma = verb.lemma_.lower()
    if lemma not in PARTICIPATION_VERBS or verb.pos_ != "VERB":
        return None
    if lemma == "take" and not any(c.dep_ == "dobj" and c.lemma_ == "part" for c in verb.children):
        return None
    return verb


def _participants(verb: Token) -> list[Token]:
    """Who takes part: the subject, or for "be engaged / involved in" the passive subject."""
    held = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if held and not any(c.dep_ == "agent" for c in verb.children):
        return expand_conj(held)
    return subject_heads(verb)


def _goal_from_first_conjunct(
    token: Token, index: MentionIndex, actors: Sequence[ActorMention]
) -> list[ActorMention]:
    """The party the giver's first coordinated act was aimed at, for aid sent to no one
    named: "Japan offered condolences *to Nepal* after the quake, and Japan sent rescue
    teams". The goal of "send" left unsaid is understood from the context, and the nearest
    is the clause it is coordinated with, when that clause is the same giver's."""
    first = token.head
    if token.dep_ != "conj" or first == token or first.pos_ != "VERB":
        return []
    givers = {m.actor.country for m in actors if m.actor.country}
    first_doers = {m.actor.country for m in _resolve_all(index, subject_heads(first))}
    if not givers or not givers & first_doers:
        return []
    heads = [*object_heads(first), *(o for _p, o in prep_objects(first) if _p in ("to", "with"))]
    return [m for m in _resolve_all(index, heads)
            if m.actor.country and m.actor.country not in givers]


def _two_sided_noun(noun: Token) -> bool:
    """Does the noun name an act or relation of two sides ("talks", "clashes", "truce")?"""
    lemma = noun.lemma_.lower()
    return lemma in bilateral_nouns() or lemma in FIGHT_NOUNS


def _struck_parties(token: Token, index: MentionIndex) -> list[ActorMention]:
    """Parties, with a country, that the strike a result participle follows from hit:
    "launched strikes on *Iran's* sites, *killing* several commanders" -- those killed
    by a strike on a party's sites are that party's people."""
    governor = token.head
    if token.dep_ != "advcl" or token.tag_ != "VBG" or governor == token:
        return []
    heads = [*object_heads(governor), *(o for p, o in prep_objects(governor) if p in AIM_PREPS)]
    heads += [o for obj in object_heads(governor) for p, o in prep_objects(obj) if p in AIM_PREPS]
    return [m for m in _resolve_all(index, heads) if m.actor.country]


#: Prepositions placing an act in or about a territory: "strikes *inside* Iran", "drills
#: *around* Taiwan" say where the act fell as "in" does.
SITE_PREPS = frozenset({"in", "inside", "within", "around"})


def _place_mentions(token: Token, index: MentionIndex) -> list[ActorMention]:
    """Mentions naming where the act happened: "demonstrated *in Serbia*", "imposed a
    curfew *in Kirkuk*" (the place on the trigger, or on its object)."""
    out: list[ActorMention] = []
    objects = object_heads(token)
    # "lifted a ban *on rallies* in Timbuktu": the place may hang on the object's noun.
    objects += [pobj for obj in objects for prep, pobj in prep_objects(obj) if prep in ("of", "on")]
    for head in [token, *objects]:
        for prep, pobj in prep_objects(head):
            if prep not in SITE_PREPS:
                continue
            for mention in index.resolve(pobj):
                if mention not in out:
                    out.append(mention)
    return out


def _reciprocal_partners(doc: Doc, actors: list[ActorMention]) -> list[ActorMention]:
    """The actors of a reciprocal verb as each other's recipients, when they are one
    coordinated subject of at least two different parties; otherwise none."""
    if len({m.actor.code for m in actors}) < 2:
        return []
    coordinated = {t.i for t in expand_conj([_phrase_head(doc[actors[0].head])])}
    return list(actors) if all(
        _phrase_head(doc[m.head]).i in coordinated for m in actors) else []


#: Prepositions naming whose a group of people is: "leaders *of* X", "officials *from* X".
OWNER_PREPS = frozenset({"of", "from"})
#: Dependencies of a word that only modifies the noun heading its phrase.
NOUN_MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})


def _phrase_head(token: Token) -> Token:
    """The noun heading the phrase a modifier belongs to: a mention "ELN" in "the *ELN*
    rebel group" is coordinated, as a subject, through "group"."""
    while token.head.i != token.i:
        if token.dep_ in NOUN_MODIFIER_DEPS or (
                # "Chinese and *Indian* officials": a conjunct of a modifier modifies too.
                token.dep_ == "conj" and _modifier_like(token.head)):
            token = token.head
        elif token.dep_ == "conj" and _modifier_like(_first_conjunct(token)):
            # "the presidents of Kenya, Uganda *and Tanzania*": a later conjunct of a
            # chain hangs on the one before it; it modifies what the first one does.
            token = _first_conjunct(token)
        elif _modifier_like(token) and token.dep_ == "pobj":
            # "leaders *of Armenia*": an "of" owner belongs to the noun it follows.
            token = token.head.head
        else:
            break
    return token


def _first_conjunct(token: Token) -> Token:
    """The first word of the coordination a conjunct belongs to ("Kenya" for "Tanzania" in
    "Kenya, Uganda and Tanzania")."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _modifier_like(token: Token) -> bool:
    """A noun modifier, or the object of an "of" hung on a noun ("leaders of *X*")."""
    return token.dep_ in NOUN_MODIFIER_DEPS or (
        token.dep_ == "pobj" and token.head.lower_ in OWNER_PREPS and token.head.head.pos_ in (
            "NOUN", "PROPN"))


def _bilateral_act(token: Token, lemma: str, code: str) -> bool:
    """Does the act need two sides: a reciprocal verb, or a two-sided compact or relation
    as what is acted on ("signed a *treaty*", "restored *relations*", "agreed *on* a prisoner
    *exchange*", "agreed to resume *talks*")? Saying something about a compact ("welcomed
    the resumption of ties", "rejected the deal") is no part in it: only acts that make,
    hold, change or end one count through their object."""
    if lemma in reciprocal_verbs():
        return True
    verbs = [token, *(v for v in complement_verbs(token) if v.dep_ == "xcomp")]
    if any(_reciprocal_pronoun(v) for v in verbs):
        # "promised never to fire *on each other*": what the subjects agree (or
        # refuse, or promise) to do to each other is done between them
        return True
    if any(v != token and v.lemma_.lower() in reciprocal_verbs() for v in verbs):
        return True
    subject_controls = not any(c.dep_ in ("dobj", "obj") for c in token.children)
    if subject_controls and any(
            v != token and v.lemma_.lower() in COMPACT_VERBS
            and any(n.lemma_.lower() in bilateral_nouns() for n in object_heads(v))
            for v in verbs):
        # "X and Y *failed to reach* a deal": reaching a compact is done by both sides
        # together, so failing or refusing to reach it is, too, whatever the trigger's code
        # (not "urged Z to sign": then Z is to sign it).
        return True
    if code.startswith(COMMENT_CODES):
        return False
    return any(n.lemma_.lower() in bilateral_nouns() for n in _acted_on_nouns(token))


#: Verbs of making a compact with another side ("reach / conclude / sign a deal").
COMPACT_VERBS = frozenset({"reach", "conclude", "sign", "strike", "seal", "clinch",
                           "finalise", "finalize"})
#: Codes of comment, appeal, demand, criticism, rejection, threat and protest, and of praise
#: and verbal defence: saying something about a compact is no part in it.
COMMENT_CODES = ("01", "02", "10", "11", "12", "13", "14", "051", "052", "053")


def _acted_on_nouns(token: Token) -> list[Token]:
    """Nouns the act (or its open complement) is done to, with what they are made of or
    for: "held a new round *of talks*", "a plan *to normalise relations*", "the deal was
    brokered by Qatar and *signed* by X and Y" (the shared passive subject)."""
    nouns: list[Token] = []
    for verb in [token, *(v for v in complement_verbs(token) if v.dep_ == "xcomp")]:
        nouns += object_heads(verb) + [o for p, o in prep_objects(verb) if p in ("on", "to")]
        if verb.dep_ == "conj" and is_passive(verb):
            nouns += [c for c in verb.head.children if c.dep_ == "nsubjpass"]
    nouns += [o for n in list(nouns) for p, o in prep_objects(n) if p == "of"]
    nouns += [o for n in list(nouns) for c in n.children
              if c.dep_ == "acl" and any(a.lower_ == "to" for a in c.children)
              for o in object_heads(c)]
    return expand_conj(nouns)


def _reciprocal_pronoun(verb: Token) -> bool:
    """Is an object of the verb "each other" / "one another" ("accused *each other*")?"""
    return any(
        " ".join(t.lower_ for t in obj.subtree if t.i <= obj.i) in RECIPROCAL_PRONOUNS
        for obj in [*object_heads(verb), *(o for _p, o in prep_objects(verb))]
    )


#: Reciprocal pronouns: "accused *each other*" makes a coordinated subject act on itself.
RECIPROCAL_PRONOUNS = frozenset({"each other", "one another"})


#: Verbs of exchange: with a coordinated subject, what is traded goes both ways.
EXCHANGE_VERBS = frozenset({"trade", "exchange", "swap"})

#: Prepositions introducing the other side of a two-sided act ("a deal *with* Iran").
COUNTERPART_PREPS = frozenset({"with", "between"})


def _named_counterparts(
    token: Token, index: MentionIndex, actors: list[ActorMention]
) -> list[ActorMention]:
    """Parties other than the subjects named as the other side of the act: "with" or
    "between" objects of the trigger, of its objects, or of its complement verbs. A party
    of a subject's own country ("between *their* ministers") is one of the subjects."""
    own = {m.actor.country for m in actors}
    heads = [token, *(v for v in complement_verbs(token) if v.dep_ == "xcomp")]
    heads += _acted_on_nouns(token)
    found = _resolve_all(index, expand_conj(
        [pobj for h in heads for prep, pobj in prep_objects(h)
         if prep in COUNTERPART_PREPS and not _absolute_with(prep, pobj)]))
    # "met in Singapore, the first summit *between leaders* of the two countries": officials
    # of no named country are the subjects' own, not another side.
    return [m for m in found if m not in actors and m.actor.country not in own
            and not (m.actor.country is None and m.actor.sector in STATE_SECTORS)]


def _absolute_with(prep: str, pobj: Token) -> bool:
    """Is "with X" the subject of an absolute clause ("resumed talks *with Cuba and Norway
    acting as guarantors*"), not a partner? The participle follows the coordinated noun
    phrase at once (the parser often hangs it on the main verb)."""
    if prep != "with":
        return False
    last = expand_conj([pobj])[-1]
    following = last.doc[last.right_edge.i + 1] if last.right_edge.i + 1 < len(last.doc) else None
    participles = [c for c in last.children if c.dep_ == "acl" and c.tag_ == "VBG"
                   and c.i == last.i + 1]
    if following is not None and following.tag_ == "VBG" and following.dep_ in ("advcl", "acl"):
        participles.append(following)
    return any(any(c.dep_ == "prep" and c.lower_ == "as" for c in p.children)
               for p in participles)


#: Nouns naming victims only by where they live: the place named with them says whose.
RESIDENT_NOUNS = SETTLEMENT_NOUNS | frozenset({
    "people", "civilian", "resident", "villager", "inhabitant", "family", "home", "house",
})


#: Causes of harm that are no one's act: a verb of harm with one of these as its subject
#: ("the earthquake killed 300", "floods destroyed homes") reports no event.
NATURAL_CAUSES = frozenset({
    "rain", "flood", "flooding", "storm", "earthquake", "quake", "landslide", "mudslide",
    "cyclone", "hurricane", "typhoon", "tornado", "drought", "heatwave", "wildfire",
    "blaze", "avalanche", "tsunami", "epidemic", "outbreak", "disease", "accident", "crash",
    "collapse", "lightning", "snowstorm", "eruption",
})


def _places_left(token: Token, nominal: bool) -> list[Token]:
    """Objects of "from" / "out of" on a withdrawal, on its object, or on what it moves."""
    heads = [token, *object_heads(token)]
    if nominal:
        heads += [o for p, o in prep_objects(token) if p == "of"]
    out: list[Token] = []
    for head in heads:
        for prep, pobj in prep_objects(head):
            if prep == "from":
                out.append(pobj)
            elif prep == "out":
                out.extend(o for p, o in prep_objects(pobj) if p == "of")
                if pobj.lower_ == "of":
                    out.extend(o for o in pobj.children if o.dep_ == "pobj")
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "out":
                out.extend(o for of in child.children if of.lower_ == "of"
                           for o in of.children if o.dep_ == "pobj")
    return expand_conj(out)


#: Types whose forces, named as what is given, sent or withdrawn, are the actor's means.
MEANS_TYPES = frozenset({"AID", "RETREAT", "AGREE"})
#: Sectors of armed and police forces.
FORCE_SECTORS = frozenset({"MIL", "COP", "UAF"})


#: CAMEO 062 (cooperate militarily) and 150 (demonstrate military power).
MILITARY_COOPERATION, SHOW_OF_FORCE = "062", "150"
#: CAMEO 045, mediate: a broker's part in others' truce or deal.
MEDIATION = "045"
#: Nouns of military drills.
DRILL_NOUNS = frozenset({"drill", "exercise", "manoeuvre", "maneuver", "game", "wargame"})
#: Modifiers that make a drill a joint one.
JOINT_MODIFIERS = frozenset({"joint", "combined", "bilateral", "trilateral", "multinational",
                             "allied"})


def _solo_drill(token: Token, match: _Match) -> bool:
    """Is the drill held by one side alone: no "joint" modifier, no "with" partner, no
    coordinated subject? ("held drills around Taiwan", not "held joint drills")."""
    drills = [t for t in [token, *match.used, *object_heads(token)]
              if t.lemma_.lower() in DRILL_NOUNS]
    if not drills:
        return False
    for noun in [token, *drills]:
        if any(c.lower_ in JOINT_MODIFIERS for c in noun.children):
            return False
        if any(prep == "with" for prep, _o in prep_objects(noun)):
            return False
    host = token.head if pos_class(token) == "NOUN" and token.dep_ in ("dobj", "obj") else token
    # The subjects past a dateline ("TAIPEI, Taiwan - China's military held drills": the
    # parser's subject is the dateline's city, coordinated with its country).
    dash = next((t.i for t in host.sent if t.text in DATELINE_DASHES), -1)
    subjects = [s for s in subject_heads(host) if s.i > dash] or subject_heads(host)
    # "Russia and China held drills", "*French and Egyptian* warships launched war games".
    sides = subjects + [m for s in subjects for m in s.children
                        if m.dep_ in ("amod", "compound", "nmod")]
    return len(subjects) < 2 and not any(
        c.dep_ == "conj" for s in sides for c in s.children) and not any(
        prep == "with" for prep, _o in prep_objects(host))


#: CAMEO 074: provide military protection or peacekeeping.
PROTECTION_AID = "074"
#: Verbs of a deployment's purpose that make it help to the place it goes to.
ASSISTING_VERBS = frozenset({"help", "assist", "support", "protect", "stabilize", "stabilise",
                             "secure", "restore", "keep",
                             # "to reinforce / bolster the multinational mission": adding
                             # strength to a force already helping there.
                             "reinforce", "bolster", "strengthen"})


def _helping_purpose(verb: Token) -> bool:
    """Does the verb have a purpose infinitive of helping ("sent troops *to help* ...") or
    is it done at the host's request ("sent troops *at the request of* the king")? Forces
    that come because the host asked for them come to help it. A deployment told through
    the force it is part of ("arrived *as part of a force sent at the request of* ...")
    has that force's purpose."""
    forces = [pobj for prep, pobj in prep_objects(verb) if prep == "as"
              and pobj.lemma_.lower() == "part"]
    forces = [f for part in forces for prep, f in prep_objects(part) if prep == "of"]
    return any(_assisting_cue(v) for v in [verb, *(c for f in forces for c in f.children
                                                   if c.dep_ == "acl")])


def _assisting_cue(verb: Token) -> bool:
    """The verb's own purpose of helping, or its "at / on the request of" adjunct."""
    return any(
        c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in ASSISTING_VERBS
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children
    ) or any(prep in REQUEST_PREPS and pobj.lemma_.lower() in REQUEST_NOUNS
             for prep, pobj in prep_objects(verb))


#: "at the request of", "at Bamako's invitation", "upon the invitation of": a deployment the
#: host asked for.
REQUEST_PREPS = frozenset({"at", "on", "upon"})
REQUEST_NOUNS = frozenset({"request", "invitation", "behest"})


def _when_clauses(verb: Token) -> list[Token]:
    """The "when" clauses of an agentless passive ("were killed *when missiles hit* the
    town"): each tells the act the passive reports the outcome of."""
    if not is_passive(verb) or any(c.dep_ == "agent" for c in verb.children):
        return []
    return [clause for clause in verb.children if clause.dep_ == "advcl" and any(
        m.lower_ == "when" for m in clause.children if m.dep_ in ("advmod", "mark"))]


def _when_clause_doers(verb: Token) -> list[Token]:
    """Subjects of the "when" clauses of an agentless passive: the doers of its act."""
    return expand_conj([subj for clause in _when_clauses(verb)
                        for subj in clause.children if subj.dep_ == "nsubj"])


def _helped_parties(verb: Token) -> list[Token]:
    """Where aid goes when the verb names no goal: the one a purpose infinitive of helping
    helps ("sent planes *to help Albania* (fight fires)", whose clause may be parsed as
    the subject of a complement), or the goal of what carries it ("planes carrying aid
    *to Lebanon*")."""
    out: list[Token] = []
    for clause in verb.children:
        if clause.dep_ in ("advcl", "xcomp") and clause.lemma_.lower() in ASSISTING_VERBS \
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children):
            out.extend(c for c in clause.children if c.dep_ in ("dobj", "obj"))
            out.extend(s for inner in clause.children if inner.dep_ in ("ccomp", "xcomp")
                       for s in inner.children if s.dep_ == "nsubj")
    for obj in object_heads(verb):
        for clause in obj.children:
            if clause.dep_ == "acl" and clause.lemma_.lower() in CARRYING_VERBS:
                out.extend(pobj for prep, pobj in prep_objects(clause) if prep == "to")
    return expand_conj(out)


#: Nominals of acts done to persons: with no "of" object their possessor is the one the act
#: is done to ("*his* arrest", "*their* release"), not its doer ("Russia's release *of* ...").
#: (Killing nouns are left out: "the junta's killings" are the junta's own.)
PATIENT_NOMINALS = frozenset({
    "arrest", "detention", "release", "expulsion", "deportation", "extradition",
    "assassination", "abduction", "kidnapping", "jailing", "imprisonment", "capture",
    "sentencing", "conviction", "freeing",
})
#: Codes of releasing persons (demanded 1053, promised 0353, done 0841, refused 1243).
RELEASE_CODES = ("1053", "0353", "0841", "1243")
#: Participles saying who holds persons ("held *by* Hamas", "detained *by* Serbia").
HOLDING_PARTICIPLES = frozenset({
    "hold", "detain", "capture", "kidnap", "abduct", "jail", "imprison", "arrest", "seize",
    "take",
})


def _patient_possessor(noun: Token) -> Token | None:
    """The possessor of a patient nominal with no "of" object, or None."""
    if noun.lemma_.lower() not in PATIENT_NOMINALS or any(
            prep == "of" for prep, _o in prep_objects(noun)):
        return None
    return next((c for c in noun.children if c.dep_ == "poss"), None)


def _holders(token: Token) -> list[Token]:
    """Agents of holding participles on the persons a release is about: "the release of
    officers *detained by Serbia*", "freed hostages *held by Hamas*"."""
    persons = list(object_heads(token))
    persons += [o for p, o in prep_objects(token) if p == "of"]
    persons += [o for obj in object_heads(token) for p, o in prep_objects(obj) if p == "of"]
    return [agent for person in expand_conj(persons) for c in person.children
            if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in HOLDING_PARTICIPLES
            for p, agent in prep_objects(c) if p == "by"]


#: CAMEO 016: deny responsibility.
DENIAL = "016"
#: CAMEO 115: bring a lawsuit against.
LAWSUIT = "115"
#: Prepositions naming the forum a case is brought before ("filed a case *at* the ICJ").
FORUM_PREPS = frozenset({"at", "before", "in", "with"})


def _lawsuit_parties(
    token: Token, recipients: list[ActorMention], index: MentionIndex
) -> list[ActorMention]:
    """A lawsuit is against the party sued, not the court it is filed at: "filed a case
    *at the ICJ* accusing Israel of genocide" is against Israel, named by the participle
    stating the charge."""
    doc = token.doc
    forum = {m.head for m in recipients
             if doc[m.head].dep_ == "pobj" and doc[m.head].head.lower_ in FORUM_PREPS}
    charged = [o for c in charge_participles(token) for o in object_heads(c)]
    sued = [m for m in _resolve_all(index, charged) if m.head not in forum]
    rest = [m for m in recipients if m.head not in forum and m not in sued]
    return sued + rest if sued or forum else recipients


def charge_participles(token: Token) -> list[Token]:
    """Participles stating a lawsuit's charge: on the verb ("filed a case, *accusing* X")
    or, as the parser often hangs them, on the court it was filed at."""
    hosts = [token, *(pobj for prep, pobj in prep_objects(token) if prep in FORUM_PREPS)]
    return [c for host in hosts for c in host.children
            if c.dep_ in ("advcl", "acl") and c.tag_ == "VBG"
            and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]


#: CAMEO 138: threaten to use military force.
MILITARY_THREAT = "138"


def _protasis(token: Token) -> Token | None:
    """The "if" / "unless" clause the trigger stands in (its verb), or None."""
    node = token
    while True:
        if node.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in node.children):
            return node
        if node.head.i == node.i:
            return None
        node = node.head


#: Unowned military objects named only by where they are: "struck *targets* in southern
#: Lebanon" hits that country. (A named thing, "a convoy", is not read through its place.)
SITE_NOUNS = frozenset({
    "target", "position", "site", "facility", "infrastructure", "stronghold", "hideout",
    "area", "location", "base", "building",
})


#: Verbs that report both a beating and a win in a game.
CONTEST_VERBS = frozenset({"beat", "defeat", "thrash", "rout", "crush", "edge", "down"})
#: Nouns of sporting contests ("in a World Cup *qualifier*", "in the *final*").
CONTEST_NOUNS = frozenset({
    "match", "game", "qualifier", "final", "semifinal", "semi-final", "tournament", "cup",
    "championship", "league", "derby", "friendly", "race", "set", "round", "quarterfinal",
})


#: A game score ("2-1", "3 - 0").
SCORE = re.compile(r"\b\d{1,3}\s?[-\u2013]\s?\d{1,3}\b")


def _sports_result(verb: Token) -> bool:
    """Does the verb report a game result: a score ("2-1") or a contest it was won in?"""
    scored = SCORE.search(verb.doc[verb.i:verb.right_edge.i + 1].text) is not None
    contest = any(o.lemma_.lower() in CONTEST_NOUNS
                  for p, o in prep_objects(verb) if p in ("in", "at"))
    return scored or contest


#: Documents one side signs alone: laws, decrees, orders.
DECREE_NOUNS = frozenset({"decree", "law", "bill", "order", "legislation", "ordinance", "edict"})


#: Prepositions the tagger sometimes reads as adjectives ("rallied *outside* parliament").
PLACE_PREPOSITIONS = frozenset({"outside", "inside", "near", "opposite", "beside", "behind"})


def _misparsed_place(obj: Token) -> bool:
    """Is a direct object really a place phrase whose preposition the parser took for an
    adjective ("rallied [outside parliament]")? English puts no such adjective first."""
    first = obj.doc[obj.left_edge.i]
    return first.dep_ == "amod" and first.lower_ in PLACE_PREPOSITIONS and first.head == obj


def _pairs(
    doc: Doc, actors: list[ActorMention], recipients: list[ActorMention], event_type: str
) -> list[tuple[ActorMention | None, ActorMention | None]]:
    """Actor x recipient pairs; never an actor acting on itself."""
    pairs: list[tuple[ActorMention | None, ActorMention | None]] = []
    doers: list[ActorMention | None] = list(actors) or [None]
    for actor in doers:
        recipient = next((r for r in recipients if _distinct(actor, r, event_type, doc)), None)
        group: list[ActorMention | None] = [recipient]
        if recipient is not None:
            # Coordinated recipients ("attacked X and Y") each make an event.
            coordinated = {t.i for t in expand_conj([doc[recipient.head]])}
            group += [r for r in recipients if r is not recipient and r.head in coordinated
                      and _distinct(actor, r, event_type, doc)]
        pairs.extend((actor, r) for r in group)
    return pairs[:MAX_PAIRS]


def _distinct(actor: ActorMention | None, recipient: ActorMention, event_type: str,
              doc: Doc | None = None) -> bool:
    if actor is None:
        return True
    if recipient.token_start < actor.token_end and actor.token_start < recipient.token_end:
        return False  # the same words
    a, r = actor.actor, recipient.actor
    if a.code == r.code:
        return False
    if a.country is not None and a.country == r.country and event_type not in DOMESTIC_TYPES:
        return (a.sector is not None and r.sector is not None) or (
            doc is not None and _society_to_state(actor, recipient, doc)) or (
            # "Croatia is investigating crimes by Croatian extremists": a state, named
            # bare, investigating or accusing a group of its own society deals with a party
            # other than itself (the converse of a society group acting on its state).
            event_type == "ACCUSE" and a.sector is None and r.sector in SOCIETY_SECTORS)
    return True


#: Sectors of a country's society outside its state: rebels, opposition, parties, citizens,
#: unions, students, business, the press.
SOCIETY_SECTORS = frozenset({
    "REB", "OPP", "UAF", "CRM", "CVL", "LAB", "EDU", "REF", "PTY", "ELI", "AGR", "BUS",
    "JRN", "SOC",
})


def _society_to_state(actor: ActorMention, recipient: ActorMention, doc: Doc) -> bool:
    """Does a group of a country's society act on that country, named bare (its state)?

    "The opposition rejected an invitation to a meeting of Palestinian factions": a bare
    country beside an office of its own state is one party named twice, but beside its
    rebels, opposition or citizens it is the state, or the nation, they deal with. Not
    when the country is only where the act happens ("a ceasefire *in south Lebanon*").
    """
    if actor.actor.sector not in SOCIETY_SECTORS or recipient.actor.sector is not None:
        return False
    head = doc[recipient.head]
    return not (head.dep_ == "pobj" and head.head.lower_ in LOCATIVE_PREPS)


def _topic(token: Token, match: _Match, index: MentionIndex) -> tuple[str, ...]:
    """Lemmas of the nouns the event is about ("sanction", "amendment"): merge joins on them."""
    nouns: list[Token] = [t for t in match.used if t.pos_ == "NOUN"]
    nouns.extend(t for t in object_heads(token) if t.pos_ == "NOUN")
    if pos_class(token) == "NOUN":
        nouns.extend(pobj for prep, pobj in prep_objects(token) if prep == "of")
    nouns.extend(pobj for prep, pobj in prep_objects(token) if prep in TOPIC_PREPS)
    for noun in list(nouns):
        nouns.extend(pobj for prep, pobj in prep_objects(noun) if prep in TOPIC_PREPS)
    if token.dep_ == "relcl" and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATIVE_PRONOUNS
        for c in token.children
    ):
        # "the amendment, which restricts aid": the clause is about its antecedent.
        nouns.append(token.head)
    out: list[str] = []
    for noun in expand_conj(nouns):
        if noun.pos_ != "NOUN" or index.at(noun) is not None:
            continue
        lemma = noun.lemma_.lower()
        if lemma not in out:
            out.append(lemma)
    return tuple(out)


def _confidence(
    actor: ActorMention | None,
    recipient: ActorMention | None,
    match: _Match,
    nominal: bool,
    borrowed: int,
    modality: str,
) -> float:
    score = 0.3
    score += 0.3 if actor else 0.0
    score += 0.2 if recipient else 0.0
    score += 0.1 if match.entry.specificity else 0.0
    score += 0.0 if nominal else 0.05
    score -= 0.05 * borrowed
    if modality != "asserted":
        score *= 0.8
    return round(min(0.99, max(0.05, score)), 3)


#: CAMEO demobilisation (0873), military retreat (0874) and mobilisation (154): acts a
#: side does with its own forces, so the forces named as their passive subject belong to
#: the side that acts.
OWN_FORCE_CODES = ("0873", "0874", "154")
#: Sectors of armed bodies that can stand down or pull out.
ARMED_SECTORS = frozenset({"MIL", "COP", "UAF", "REB", "INS", "SPY"})


def _agentless_passive_subjects(verb: Token) -> list[Token]:
    """The passive subject of a verb with no "by" agent ("troops *were withdrawn*")."""
    if pos_class(verb) != "VERB" or not is_passive(verb):
        return []
    if any(c.dep_ == "agent" for c in verb.children):
        return []
    return expand_conj([c for c in verb.children if c.dep_ == "nsubjpass"])


#: Nouns of holding someone: "in police *custody*", "in army *detention*".
CUSTODY_NOUNS = frozenset({"custody", "detention", "captivity"})
CUSTODY_PREPS = frozenset({"in", "under"})


def _custody(token: Token) -> tuple[list[Token], list[Token]]:
    """Who holds the victim of a harm told with "in X custody" / "in the custody of X",
    and who is held: the phrase is on the harm itself ("was beaten in police custody") or
    on the clause it is told in ("the prisoner died of torture while in police custody"),
    whose subject is then the one held."""
    clause = token
    while pos_class(clause) != "VERB" and clause.head != clause:
        clause = clause.head
    holders: list[Token] = []
    held: list[Token] = []
    for host in dict.fromkeys((token, clause)):
        for prep, noun in prep_objects(host):
            if prep not in CUSTODY_PREPS or noun.lemma_.lower() not in CUSTODY_NOUNS:
                continue
            holders += [c for c in noun.children
                        if c.dep_ in ("poss", "compound", "amod", "nmod")]
            holders += [o for p, o in prep_objects(noun) if p == "of"]
            if host != token:
                held += [c for c in host.children if c.dep_ in ("nsubj", "nsubjpass")]
    return expand_conj(holders), expand_conj(held)


#: CAMEO 143 (strike, the labour sense) and 195 (employ aerial weapons, the military one).
LABOUR_STRIKE, AERIAL_STRIKE = "143", "195"
#: Types of harm: of the verbs a harmful act noun is the doer or occasion of, and of what a
#: holder does to the persons in its custody.
HARM_TYPES = frozenset({"ASSAULT", "COERCE"})
#: Prepositions naming the act a harm came of: "killed *in / by / during* the raid".
OCCASION_PREPS = frozenset({"in", "by", "during"})


#: Verbs of doing a wrong named by their object: "committing genocide", "waging aggression".
PERPETRATION_VERBS = frozenset({"commit", "perpetrate", "wage", "carry", "engage", "conduct"})
#: Blame predicates that are prepositions ("was *behind* the attack"), not adjectives.
BLAME_PREPOSITIONS = frozenset({"behind"})


def _allegation(clause: Token) -> tuple[str, Token] | None:
    """The ACCUSE code a reported clause's words make of it, with the word that says so:
    a verb of wrongdoing ("is meddling"), a wrong perpetrated ("committing genocide"), a
    blame predicate after "be" ("was responsible for the massacre"), or "using Y as a
    weapon"."""
    words = allegation_words()
    lemma = clause.lemma_.lower()
    if lemma in words["verb"]:
        return words["verb"][lemma], clause
    if lemma in PERPETRATION_VERBS:
        done = [c for c in clause.children if c.dep_ in ("dobj", "obj")]
        done += [o for p, o in prep_objects(clause) if p == "in"]
        for noun in expand_conj(done):
            code = _wrong_named(noun)
            if code is not None:
                return code, noun
    if lemma == "use":
        for prep, noun in prep_objects(clause):
            if prep == "as" and noun.lemma_.lower() in words["instrument"]:
                return words["instrument"][noun.lemma_.lower()], noun
    if lemma != "be":
        return None
    for attribute in (c for c in clause.children if c.dep_ == "attr"):
        # "Iran is the main sponsor of terrorism": the subject is said to be a wrongdoer.
        for noun in [attribute, *(o for p, o in prep_objects(attribute) if p == "of")]:
            code = _wrong_named(noun)
            if code is not None:
                return code, attribute
    for predicate in clause.children:
        word = predicate.lemma_.lower()
        if word not in words["predicate"] or not (
                predicate.dep_ in ("acomp", "oprd") or (
                    predicate.dep_ == "prep" and word in BLAME_PREPOSITIONS)):
            continue
        blamed = [predicate] if word in BLAME_PREPOSITIONS else [predicate] + [
            p for p in predicate.children if p.dep_ == "prep"]
        objects = [c for host in blamed for c in host.children if c.dep_ == "pobj"]
        for noun in objects:
            code = _wrong_named(noun)
            if code is not None:
                return code, predicate
        # "responsible for security", "behind the reform plan" state a duty or support:
        # only a harm blamed on the subject is an accusation.
        if any(_harm_noun(noun) for noun in objects):
            return words["predicate"][word], predicate
    return None


#: Nouns of harm that are no event trigger of their own ("responsible for the *blast*").
HARM_NOUNS = frozenset({
    "blast", "explosion", "death", "violence", "unrest", "bloodshed", "destruction",
    "sinking", "crash", "downing", "fire", "famine", "chaos", "escalation",
})


def _harm_noun(noun: Token) -> bool:
    """Does the noun name a harm: a wrong, an act of force or coercion, or a harm noun?"""
    lemma = noun.lemma_.lower()
    if lemma in HARM_NOUNS:
        return True
    table = default_cameo_table()
    return any(table[row.cameo].plover_type in ("ASSAULT", "COERCE", "THREATEN")
               for row in default_lexicon().entries(lemma, "NOUN"))


def _wrong_named(noun: Token) -> str | None:
    """The ACCUSE code of a wrongdoing noun, the compound first ("war crimes")."""
    table = allegation_words()["noun"]
    lemma = noun.lemma_.lower()
    for modifier in noun.children:
        if modifier.dep_ == "compound":
            joined = f"{modifier.lemma_.lower()}-{lemma}"
            if joined in table:
                return table[joined]
    return table.get(lemma)


def _object_gap(verb: Token) -> Token | None:
    """The noun a relative clause with no object of its own modifies ("the allegation *Baku
    denied*"): with a subject in the clause, the gap is the verb's object."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and pos_class(verb.head) == "NOUN" and any(
            c.dep_ == "agent" for c in verb.children):
        # "a move *criticised by Kosovo*": a passive participle's missing object is its noun.
        return verb.head
    if verb.dep_ != "relcl" or pos_class(verb) != "VERB":
        return None
    deps = {c.dep_ for c in verb.children}
    if deps & {"dobj", "obj", "nsubjpass", "ccomp", "xcomp"} or "nsubj" not in deps:
        return None
    if any(c.lower_ in RELATIVE_PRONOUNS and c.dep_ == "nsubj" for c in verb.children):
        return None
    return verb.head if pos_class(verb.head) == "NOUN" else None


def _summed_up_clause(verb: Token) -> Token | None:
    """The clause a relative clause's noun sums up: "X did Y, *a move* Z condemned" -> the
    verb of "X did Y" (the noun hangs on it in apposition)."""
    gap = _object_gap(verb)
    if gap is not None and _framing_move(gap):
        # "The PKK said it would disband, *in a move welcomed by Ankara*": an "in" phrase
        # set off by a comma frames the clause it hangs on as the move reacted to.
        return gap.head.head
    if gap is None or gap.head.pos_ not in ("VERB", "AUX"):
        return None
    if gap.dep_ in ("npadvmod", "appos"):
        return gap.head
    # The parser may make the summing noun a second object, set off by a comma after the
    # first: "recognized a state on Monday, *a move* X condemned".
    second_object = gap.dep_ == "dobj" and any(
        c.dep_ == "dobj" and c.i < gap.i for c in gap.head.children)
    after_comma = gap.left_edge.i > 0 and gap.doc[gap.left_edge.i - 1].text == ","
    return gap.head if second_object and after_comma else None


def _framing_move(noun: Token) -> bool:
    """Is the noun the head of a comma-set "in" phrase whose relative clause or passive
    participle has a doer of its own ("..., *in a move condemned by the EU*", "in a move
    the UN condemned"), framing its clause as an act others reacted to? The reaction is
    then its doer's own act, not a part of the framed clause's act."""
    prep = noun.head
    return (noun.dep_ == "pobj" and prep.lower_ == "in" and prep.head.pos_ in ("VERB", "AUX")
            and prep.i > 0 and noun.doc[prep.i - 1].text == ","
            and any(c.dep_ in ("acl", "relcl") and (gap := _object_gap(c)) is not None
                    and gap.i == noun.i for c in noun.children))


#: Emergency rule and its easing (CAMEO 1723, 1724, 0813, 0814): measures over a territory.
NATIONWIDE_MEASURES = frozenset({"1723", "1724", "0813", "0814"})
#: Sectors that speak for a state's rule over its territory.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD"})


def _own_countries(actors: Sequence[ActorMention], measure: Token) -> list[ActorMention]:
    """The country (no sector) of each actor that is a state organ: what its emergency rule
    applies to. The territory is implied by the measure, so the mention is anchored on the
    measure's word, not on the actor's."""
    out: list[ActorMention] = []
    for m in actors:
        country = m.actor.country
        if country is None or m.actor.sector not in STATE_SECTORS:
            continue
        if any(o.actor.country == country for o in out):
            continue
        place = replace(m.actor, sector=None, code=actor_code(country, None),
                        rule="events:own-country")
        out.append(ActorMention(place, measure.i, measure.i + 1, measure.i))
    return out


#: CAMEO 174 (expel or deport individuals) and 201 (mass expulsion).
DEPORTATION, MASS_EXPULSION = "174", "201"
#: Count words of thousands and more.
THOUSANDS = frozenset({"thousand", "thousands", "million", "millions"})


def _in_thousands(noun: Token, counts: frozenset[str] = frozenset()) -> bool:
    """Does the noun phrase count its people by the thousand ("tens of thousands of
    Afghans", "12,000 migrants", "thousands of refugees"), or by the given ``counts`` too
    (``HUNDREDS``: "hundreds of civilians", "300 villagers")?"""
    words = THOUSANDS | counts
    floor = 100 if counts else 1000
    chain = [noun]
    while len(chain) < 4:
        of = [o for p, o in prep_objects(chain[-1]) if p == "of"]
        if not of:
            break
        chain.append(of[0])
    for tok in chain:
        if tok.lower_ in words or tok.lemma_.lower() in words:
            return True
        for num in (c for c in tok.children if c.dep_ == "nummod"):
            if num.lower_ in words or _number(num.text) >= floor:
                return True
    return False


#: Count words of hundreds; CAMEO 202 (engage in mass killings).
HUNDREDS = frozenset({"hundred", "hundreds"})
MASS_KILLING = "202"
#: Nouns of armed people: killing them in numbers is fighting, not a massacre.
ARMED_NOUNS = frozenset({
    "soldier", "troop", "fighter", "militant", "rebel", "insurgent", "combatant", "gunman",
    "policeman", "officer", "guard", "jihadist", "militiaman", "paramilitary",
})


def _unarmed(noun: Token) -> bool:
    """Are the counted people unarmed (not soldiers, fighters or police)?"""
    chain = [noun, *(o for p, o in prep_objects(noun) if p == "of")]
    return not any(t.lemma_.lower() in ARMED_NOUNS for t in chain)


def _number(text: str) -> float:
    """A numeral's value ("12,000" -> 12000.0); 0 when it is not written in figures."""
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return 0.0


def _earlier_noun_doers(doc: Doc, reading: EventMention, index: MentionIndex) -> list[Actor]:
    """ "Iran said it had launched its first satellite, and Israel condemned *the launch*":
    a definite noun repeating the head of a noun told earlier in the sentence refers back
    to it (a repeated definite description), so an answer to it is aimed at that earlier
    noun's owner, or else at the subject of the verb whose object it was. This covers acts
    that are not themselves events ("carried out a test"), which no reading stands for."""
    trigger = trigger_token(doc, reading)
    if trigger is None:
        return []
    for noun in object_heads(trigger):
        if not _bare_definite(noun) or noun.pos_ != "NOUN":
            continue
        for before in reversed(doc[noun.sent.start:noun.i]):
            if before.pos_ != "NOUN" or before.lemma_.lower() != noun.lemma_.lower():
                continue
            found = index.owners(before)
            if not found and before.dep_ in ("dobj", "obj") and before.head.pos_ == "VERB":
                found = _resolve_all(index, subject_heads(before.head))
            doers = [m.actor for m in found if m.actor != reading.actor]
            return list(dict.fromkeys(doers))
    return []


#: Determiners of a noun that refers back to something already told ("*the* strikes").
DEFINITE_DETERMINERS = frozenset({"the", "these", "those", "this", "that"})


def _bare_definite(noun: Token) -> bool:
    """A definite noun with no owner of its own ("the strikes", not "Israel's strikes" or
    "the strikes by Israel"): it refers back to an act told before."""
    children = list(noun.children)
    return (any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in children)
            and not any(c.dep_ == "poss" or (c.dep_ in ("compound", "amod", "nmod")
                                             and c.text[:1].isupper()) for c in children)
            and not any(p in ("by", "of") for p, _o in prep_objects(noun)))


#: Verbs whose object is the means of their purpose clause ("used tear gas *to disperse*").
INSTRUMENT_VERBS = frozenset({"use", "employ", "utilize", "utilise"})


#: Verbs of protest that, said of a state or an institution, mean an official complaint.
COMPLAINT_SENSE_LEMMAS = frozenset({"protest"})
OFFICIAL_COMPLAINT = "114"
#: Codes of bodies that are not states but speak as institutions.
INSTITUTION_CODES = frozenset({"IGO", "UNO", "EUR", "NGO", "AFR", "ASA", "NAT", "WST"})


def _official_voice(mention: ActorMention) -> bool:
    """Does the mention name a state itself, its government, or an international body?"""
    actor = mention.actor
    if actor.country in INSTITUTION_CODES:
        return actor.sector in (None, "GOV")
    return actor.country is not None and actor.sector in (None, "GOV")


#: Subordinators of a condition: "will impose sanctions *if* ...", "... *unless* ...".
CONDITION_MARKS = frozenset({"if", "unless"})


def _party_condition(token: Token) -> bool:
    """Is the trigger's act made conditional on what a named party does ("... *if Chisinau
    joins* the sanctions", "... if cooperation *by Serbia* is not forthcoming")?"""
    heads = [token, *([token.head] if token.dep_ in ("xcomp", "conj") else [])]
    for clause in (c for h in heads for c in h.children if c.dep_ == "advcl"):
        if not any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in clause.children):
            continue
        for subject in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
            doers = [subject, *(o for p, o in prep_objects(subject) if p in ("by", "of"))]
            if any(d.pos_ == "PROPN" for d in doers):
                return True
    return False


#: Types of act a pair does with each other when no one else is named.
PAIR_MUTUAL_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE"})
#: Plural nouns for parties ("the two *governments*", "both *sides*").
PARTY_NOUNS = frozenset({
    "country", "government", "side", "nation", "state", "neighbour", "neighbor", "leader",
    "party", "capital", "army", "force", "rival", "foe", "ally", "partner",
})


def _pair_antecedents(heads: Sequence[Token], index: MentionIndex) -> list[ActorMention]:
    """ "the two governments", "both sides": the last two parties of different countries
    named before the phrase in its sentence, as country-level actors on the phrase."""
    for head in heads:
        pair_word = next((c for c in head.children
                          if (c.dep_ == "nummod" and c.lower_ == "two")
                          or (c.dep_ in ("det", "predet") and c.lower_ == "both")), None)
        if pair_word is None or head.tag_ != "NNS" or head.lemma_.lower() not in PARTY_NOUNS:
            continue
        countries: list[str] = []
        for i in range(head.i - 1, head.sent.start - 1, -1):
            mention = index.by_token.get(i)
            country = mention.actor.country if mention is not None else None
            if country is not None and country not in countries:
                countries.append(country)
            if len(countries) == 2:
                break
        if len(countries) < 2:
            continue
        # Each party spans its own word of the phrase, so that the two are distinct
        # mentions; both have the phrase's noun as head, as one coordinated subject.
        return [ActorMention(Actor(text=f"{pair_word.text} {head.text}", country=c,
                                   sector=None, code=actor_code(c, None),
                                   rule="events:pair-antecedent"), tok.i, tok.i + 1, head.i)
                for c, tok in zip(reversed(countries), (pair_word, head), strict=True)]
    return []


def _addressed_sides(token: Token, index: MentionIndex,
                     actors: Sequence[ActorMention]) -> list[ActorMention]:
    """ "appealed *to both sides*", "urged *the two sides* to ...": a pair phrase as the
    trigger's object stands for the last two distinct parties (not the actor) named
    before it in the sentence; they may be of one country ("the army and the RSF")."""
    nouns = [o for o in object_heads(token)] + [o for _p, o in prep_objects(token)]
    own = {m.actor.code for m in actors}
    for noun in nouns:
        if noun.tag_ != "NNS" or noun.lemma_.lower() not in PARTY_NOUNS or not any(
                (c.dep_ == "nummod" and c.lower_ == "two")
                or (c.dep_ in ("det", "predet") and c.lower_ == "both") for c in noun.children):
            continue
        found: list[ActorMention] = []
        for i in range(noun.i - 1, noun.sent.start - 1, -1):
            mention = index.by_token.get(i)
            if (mention is not None and mention.head == i and mention.actor.code not in own
                    and not _named_place(mention, noun.doc)
                    and all(m.actor.code != mention.actor.code for m in found)):
                found.append(mention)
            if len(found) == 2:
                return list(reversed(found))
    return []


def _named_place(mention: ActorMention, doc: Doc) -> bool:
    """Is a bare country or place mention in a place phrase ("the region *of Darfur*",
    "fighting *in Gaza*")? It locates, it is not one of the sides."""
    head = doc[mention.head]
    return (mention.actor.sector is None and head.dep_ == "pobj"
            and head.head.lower_ in LOCATIVE_PREPS | {"of"})


#: Nouns of a conversation, and the words that make one a call over a line.
CALL_NOUNS = frozenset({"call", "conversation", "conference"})
LINE_WORDS = frozenset({"phone", "telephone", "video"})
CALL_PREPS = frozenset({"in", "during", "by", "over"})


def _call_speaker(noun: Token) -> Token | None:
    """The verb of saying a phone call frames ("told X *in a phone call* that ...", "*In a
    telephone conversation*, Xi urged Biden to ..."): its subject made the call."""
    if noun.lemma_.lower() not in CALL_NOUNS or not any(
            c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in LINE_WORDS
            for c in noun.children):
        return None
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in CALL_PREPS or prep.head.pos_ != "VERB":
        return None
    return prep.head


#: Nouns that name an act of any kind, so "the move" refers back to whatever was done.
SUMMING_NOUNS = frozenset({"move", "decision", "step", "action", "measure"})
#: Kinds of act that answer an earlier act named by a definite noun ("condemned *the
#: strikes*", "dismissed *the accusation*", "endorsed *the request*", "welcomed *the move*").
ANSWERING_TYPES = frozenset({"ACCUSE", "REJECT", "SUPPORT"})


#: Verbs of answering an act done to oneself in kind.
RETALIATION_VERBS = frozenset({"retaliate", "reciprocate", "avenge", "respond"})


#: Acts one "returns" to whoever did them first ("returned fire"): answers in kind.
RETURNED_ACTS = frozenset({"fire"})


def _returns_in_kind(verb: Token) -> bool:
    """Is the verb "return" with an act as its object ("returned *fire*")?"""
    return verb.lemma_.lower() == "return" and any(
        o.lemma_.lower() in RETURNED_ACTS for o in object_heads(verb))


def _provoker(doc: Doc, reading: EventMention, earlier: Sequence[EventMention]) -> Actor | None:
    """Whom a retaliation told with no target answers: the doer of an act told before it in
    the sentence whose target is the retaliating party's country."""
    trigger = trigger_token(doc, reading)
    if trigger is None or reading.actor is None:
        return None
    verbs = [trigger, *complement_verbs(trigger)]
    if not any(v.lemma_.lower() in RETALIATION_VERBS or _returns_in_kind(v) for v in verbs):
        return None
    country = reading.actor.country
    for told in reversed(earlier):
        if (told.sentence_index == reading.sentence_index and told.actor is not None
                and told.recipient is not None and told.recipient.country == country
                and told.actor.country != country):
            return told.actor
    return None


#: CAMEO 0356 (intent to de-escalate, "agreed to a ceasefire") and 0871 (declare truce).
CEASEFIRE_INTENT, TRUCE = "0356", "0871"
#: Truce nouns, and the verbs that keep an existing truce going.
TRUCE_NOUNS = frozenset({"ceasefire", "cease-fire", "truce", "armistice"})
TRUCE_KEEPING_VERBS = frozenset({"extend", "renew", "prolong", "observe", "maintain"})
#: "take / come / go into effect", "enter into force": words of a rule starting to apply.
IN_FORCE_VERBS = frozenset({"take", "come", "go", "enter"})
IN_FORCE_NOUNS = frozenset({"effect", "force"})
IMMEDIATE_WORDS = frozenset({"immediate", "instant"})


def _truce_in_force(noun: Token) -> bool:
    """Is the truce noun one in force: kept going ("*extend* their ceasefire") or said to
    start applying ("a ceasefire *that took effect* Wednesday")?"""
    if noun.lemma_.lower() not in TRUCE_NOUNS:
        return False
    if noun.dep_ in ("dobj", "obj") and noun.head.lemma_.lower() in TRUCE_KEEPING_VERBS:
        return True
    if any(c.dep_ == "amod" and c.lower_ in IMMEDIATE_WORDS for c in noun.children):
        # "agreed to an *immediate* ceasefire": one that applies from now on is declared.
        return True
    for clause in (c for c in noun.children if c.dep_ in ("relcl", "acl")):
        if clause.lemma_.lower() not in IN_FORCE_VERBS:
            continue
        objects = [*object_heads(clause), *(o for _p, o in prep_objects(clause))]
        if any(o.lemma_.lower() in IN_FORCE_NOUNS for o in objects):
            return True
    return False


#: Verbs of killing, and CAMEO 186 (assassinate: kill a prominent individual).
KILLING_VERBS = frozenset({"kill", "murder", "slay"})
ASSASSINATION = "186"
#: Titles of leaders and officials.
LEADER_TITLES = frozenset({
    "leader", "chief", "commander", "president", "minister", "premier", "mayor", "governor",
    "general", "head", "founder", "lawmaker", "senator", "judge", "prosecutor", "ambassador",
    "cleric", "imam", "chairman", "secretary", "deputy",
})


def _shot_dead(verb: Token) -> bool:
    """ "was shot dead", "shot him dead": shooting told as killing."""
    return verb.lemma_.lower() == "shoot" and any(
        c.lower_ == "dead" for c in verb.children if c.dep_ in ("acomp", "oprd", "advmod", "xcomp"))


def _named_leader(victim: Token) -> bool:
    """Is the victim a named person with a leader's or official's title ("political leader
    Ismail Haniyeh", "the mayor of Kherson, Ivan Petrov")?"""
    modifiers = [c for c in victim.children if c.dep_ in ("compound", "appos", "nmod")]
    if victim.pos_ == "PROPN":
        return any(m.lemma_.lower() in LEADER_TITLES for m in modifiers)
    return victim.lemma_.lower() in LEADER_TITLES and any(
        m.pos_ == "PROPN" and m.dep_ == "appos" for m in modifiers)


#: Verbs of forcing one's way into a place.
FORCED_ENTRY_VERBS = frozenset({"storm"})
#: Verbs of fighting that, done by a crowd, are a riot ("protesters *clashed* with police").
CLASH_LEMMAS = frozenset({"clash"})
#: Verbs of attacking in general (no weapon named), and CAMEO's codes for them: 190 (use
#: conventional military force), 193 (fight with small arms: "opened fire").
GENERAL_ATTACK_LEMMAS = frozenset({"attack", "open"})
GENERAL_ATTACK_CODES = frozenset({"190", "193"})
#: Sectors of parties that fight back: an attack on them is combat, whoever makes it.
FIGHTING_SECTORS = frozenset({"MIL", "COP", "REB", "UAF", "INS", "PRM", "SPY"})


#: CAMEO 175: use tactics of violent repression.
VIOLENT_REPRESSION = "175"


def _police_and_crowd(info: CameoInfo, cameo: dict[str, CameoInfo], lemma: str,
                      actor: ActorMention | None,
                      recipient: ActorMention | None) -> CameoInfo:
    """The code of one side of a fight between police and a crowd.

    "Clashes between police and student protesters", "police opened fire on the crowd":
    police using force on civilians or protesters repress them (175), and a crowd fighting
    the police or troops riots (145); neither wages military force (19). Each side of a
    two-sided clash gets its own code.
    """
    if actor is None or recipient is None or info.code not in GENERAL_ATTACK_CODES | {
            VIOLENT_PROTEST}:
        return info
    if lemma not in CLASH_LEMMAS | GENERAL_ATTACK_LEMMAS:
        return info
    doer, done_to = actor.actor.sector, recipient.actor.sector
    if doer == "COP" and done_to in CROWD_SECTORS:
        return cameo[VIOLENT_REPRESSION]
    if doer in CROWD_SECTORS and done_to in ("COP", "MIL") and lemma in CLASH_LEMMAS:
        return cameo[VIOLENT_PROTEST]
    return info


def _irregular_attack(info: CameoInfo, cameo: dict[str, CameoInfo], lemma: str, nominal: bool,
                      actors: Sequence[ActorMention],
                      recipients: Sequence[ActorMention]) -> CameoInfo:
    """The code of an attack told without a weapon, from who makes it and on whom.

    CAMEO keeps conventional military force (19) for armed forces in combat; "gangs
    attacked the main prison", "gunmen attacked a university" is unconventional violence
    (180) when armed groups outside the state's forces attack people or places that do not
    fight back, and "protesters attacked the embassy" a riot (145). An armed group's attack
    on soldiers or police ("militants attacked an army post") stays combat.
    """
    if nominal or lemma not in GENERAL_ATTACK_LEMMAS or info.code not in GENERAL_ATTACK_CODES:
        return info
    sectors = {m.actor.sector for m in actors}
    if not sectors:
        return info
    if sectors <= CROWD_SECTORS:
        return cameo[VIOLENT_PROTEST]
    if sectors <= IRREGULAR_ARMED_SECTORS and recipients and not any(
            m.actor.sector in FIGHTING_SECTORS for m in recipients):
        return cameo[UNCONVENTIONAL_VIOLENCE]
    return info
#: Armed groups outside the state's forces, and unarmed crowds (PLOVER sectors).
IRREGULAR_ARMED_SECTORS = frozenset({"REB", "UAF", "CRM", "INS", "PRM"})
CROWD_SECTORS = frozenset({"CVL", "OPP", "EDU", "LAB", "ACT", "AGR", "REF"})
#: CAMEO 180 (unconventional violence) and 145 (protest violently, riot).
UNCONVENTIONAL_VIOLENCE, VIOLENT_PROTEST = "180", "145"


#: Prepositions of fighting on the same side: "fight *alongside* / *beside* X".
ALLY_PREPS = frozenset({"alongside", "beside"})
FIGHTING_VERBS = frozenset({"fight", "serve", "battle"})


def _allied_parties(verb: Token) -> list[Token]:
    """Whom the forces a verb sends are to fight beside: "deployed to Russia *to fight
    alongside Russian forces*"."""
    out: list[Token] = []
    for purpose in verb.children:
        if purpose.dep_ not in ("advcl", "xcomp") or purpose.lemma_.lower() not in FIGHTING_VERBS:
            continue
        out += [o for p, o in prep_objects(purpose) if p in ALLY_PREPS]
    return expand_conj(out)


def _earlier_counterpart(reading: EventMention, earlier: Sequence[EventMention]) -> Actor | None:
    """The recipient of the latest act earlier in the sentence by the same country."""
    if reading.actor is None or reading.actor.country is None:
        return None
    for told in reversed(earlier):
        if (told.sentence_index == reading.sentence_index and told.actor is not None
                and told.actor.country == reading.actor.country and told.recipient is not None
                and told.recipient.country != reading.actor.country):
            return told.recipient
    return None


#: Nouns of a people's separation from a state ("independence *from* Indonesia").
SEPARATION_NOUNS = frozenset({"independence", "secession", "separation", "autonomy"})


def _separated_from(trigger: Token) -> list[Token]:
    """Objects of "from" on a separation noun in the trigger's own clause and the
    subjectless clauses it governs ("joining crowds in demanding a referendum on
    *independence from* X"); a clause with a subject of its own tells another act."""
    out: list[Token] = []
    stack = [trigger]
    while stack:
        word = stack.pop()
        if word.lemma_.lower() in SEPARATION_NOUNS:
            # The parser may hang the "from" phrase on the verb whose object the noun is
            # ("demanding independence *from X*").
            hosts = [word, word.head] if word.dep_ in ("dobj", "obj") else [word]
            out.extend(pobj for host in hosts for prep, pobj in prep_objects(host)
                       if prep == "from")
        stack.extend(c for c in word.children if c.dep_ not in ("conj", "ccomp", "parataxis")
                     and not (c.pos_ in ("VERB", "AUX") and any(
                         s.dep_ in ("nsubj", "nsubjpass") for s in c.children)))
    return out


#: CAMEO's investigation codes (09).
INVESTIGATION = "09"


def _agentless_passive(verb: Token) -> bool:
    """A finite passive with no "by" agent ("has been put under investigation")."""
    children = [c.dep_ for c in verb.children]
    return verb.pos_ == "VERB" and "agent" not in children and (
        "nsubjpass" in children or "auxpass" in children)


def _unnamed_party(token: Token, rule: str) -> ActorMention:
    """A party the text implies but does not name (code ``---``), anchored on ``token``."""
    unnamed = Actor(text="", country=None, sector=None, code=actor_code(None, None), rule=rule)
    return ActorMention(unnamed, token.i, token.i + 1, token.i)


def _misread_reporting_participle(verb: Token) -> bool:
    """Is the verb a past form the parser hung as a participle on an appositive noun at the
    end of the sentence, with no object or agent ("..., a rights group *protested* on
    Wednesday")? Such a noun and verb are a trailing clause, "X protested"."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or noun.dep_ != "appos":
        return False
    if any(c.dep_ in ("dobj", "obj", "agent", "nsubj", "nsubjpass") for c in verb.children):
        return False
    after = [t for t in verb.doc[verb.i + 1:verb.sent.end] if not t.is_punct]
    return all(t.i in {d.i for d in verb.subtree} for t in after)


#: Words that mark a strike as a walkout: its kind, length, sector or cause.
LABOUR_CUES = frozenset({
    "general", "nationwide", "national", "indefinite", "hour", "day", "week", "rail",
    "transport", "teacher", "doctor", "nurse", "worker", "union", "labour", "labor", "wage",
    "pay", "pension", "salary", "miner", "port", "dock", "public-sector", "sector", "staff",
})
#: Verbs that take a walkout as object ("went on strike", "called a strike").
WALKOUT_VERBS = frozenset({"call", "stage", "hold", "begin", "start", "end", "join", "go",
                           "launch", "suspend", "continue", "extend"})


def _labour_strike_cue(noun: Token) -> bool:
    """Does anything mark the strike noun as a walkout ("a 24-hour general strike", "a
    strike over pay", "called a strike")?"""
    words = {t.lemma_.lower() for t in noun.subtree if t.i != noun.i}
    if words & LABOUR_CUES:
        return True
    head = noun.head
    return head != noun and head.lemma_.lower() in WALKOUT_VERBS and noun.dep_ in (
        "dobj", "obj", "pobj")


def _same_stem(noun: Token, told: EventMention, doc: Doc) -> bool:
    """Does the noun name the act told by its nominalisation ("tested" -> "the test",
    "seized" -> "the seizure")? The two share their first four letters."""
    trigger = trigger_token(doc, told)
    if trigger is None:
        return False
    verb, lemma = trigger.lemma_.lower(), noun.lemma_.lower()
    return len(verb) >= 4 and len(lemma) >= 4 and verb[:4] == lemma[:4]


#: CAMEO 113 (rally opposition against) and 141 (demonstrate or rally).
RALLY_OPPOSITION, DEMONSTRATION = "113", "141"


def _finite_verb_as_modifier(verb: Token) -> bool:
    """Is a simple past verb (VBD: never a participle) parsed as a noun's adjective
    ("South Korea's military *fired* warning shots" read as one noun phrase)? A finite verb
    cannot modify a noun; it is the clause's verb, the noun its object."""
    return verb.tag_ == "VBD" and verb.dep_ == "amod" and pos_class(verb.head) == "NOUN" and any(
        c.i < verb.i and c.dep_ in ("poss", "compound", "amod", "nmod") for c in verb.head.children)
