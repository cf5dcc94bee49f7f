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

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.attrs import HEAD
from spacy.tokens import Doc, Span, Token

from ..records import ActorMention, Article, EventMention, Evidence
from .arguments import (
    RELATIVE_PRONOUNS,
    TOPIC_PREPS,
    MentionIndex,
    ObjectWords,
    as_population,
    coercive_purpose_objects,
    complement_verbs,
    condition_subjects,
    content_clause_subjects,
    expand_conj,
    extraposed_clauses,
    grievance_heads,
    hyphen_joined,
    investigation_sites,
    names_backer,
    noun_actor_heads,
    noun_words,
    object_heads,
    object_words,
    particles,
    place_reading,
    prep_objects,
    purpose_heads,
    recipient_heads,
    subject_heads,
    threatened_objects,
    with_country,
)
from .lexicon import (
    CameoInfo,
    TriggerEntry,
    TriggerLexicon,
    default_cameo_table,
    default_lexicon,
    prefixed_irregular_base,
    reciprocal_verbs,
)
from .modality import REPORTING, read_modality

#: Types whose actor and recipient may be the same country (different sectors):
#: protest, repression and violence are mostly domestic, and so are the concessions
#: that undo repression (lifting a curfew, freeing prisoners, letting refugees back).
#: A threat of such acts is as domestic as the acts ("threatened to impose a curfew").
DOMESTIC_TYPES = frozenset({"PROTEST", "ASSAULT", "COERCE", "CONCEDE", "THREATEN"})
#: Past participles that, after "be", state the subject's own disposition, not an act
#: done to it ("is committed / prepared / determined to ...").
DISPOSITION_PARTICIPLES = frozenset({
    "committed", "prepared", "determined", "resolved", "poised", "dedicated",
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
MAX_PAIRS = 6
#: Verbs that also ascribe a name or quality when they take an object and a predicate
#: ("calling it a new step", "called the report one-sided"): that sense is no event.
NAMING_VERBS = frozenset({"call", "name", "label", "brand", "dub", "term"})
#: Verbs of desire: "X wants Y to do Z" asks Y for Z (X REQUEST Y); the wanted act has
#: not happened.
DESIRE_VERBS = frozenset({"want", "wish"})
#: Verbs of helping: with an infinitive and nobody helped ("has helped *to arrange*
#: swaps") they say the subject took part in the complement's act, not that it gave aid.
HELPING_VERBS = frozenset({"help", "assist"})
#: Refusals whose complement is a verb of saying ("declined to comment"): a spokesman
#: not talking is a reporting formula, not the rejection of anything.
REFUSAL_VERBS = frozenset({"refuse", "decline"})
SPEECH_COMPLEMENTS = frozenset({
    "comment", "elaborate", "say", "confirm", "specify", "disclose", "speculate", "respond",
    "answer", "reveal", "identify", "name",
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
    if not token.tag_.startswith("VB"):
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


def pos_class(token: Token) -> str | None:
    """Coarse part of speech of a trigger candidate."""
    if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB"):
        return "VERB"
    if token.pos_ in ("NOUN", "PROPN"):
        return "NOUN"
    if token.pos_ == "ADJ":
        return "ADJ"
    return None


class EventExtractor:
    """Trigger lexicon + CAMEO table, loaded once; ``extract`` is cheap per doc."""

    def __init__(
        self, lexicon: TriggerLexicon, cameo: dict[str, CameoInfo], *, converse: bool = True
    ) -> None:
        self.lexicon = lexicon
        self.cameo = cameo
        #: Also emit the converse reading of a visit ("Y hosted X" for "X visited Y"). On by
        #: default: the CAMEO manual codes a visit as 042 plus 043 with actors reversed, and
        #: PETRARCH's dictionaries generate the pair, so PETRARCH-style gold has both triples.
        #: Off for a one-event-per-verb count.
        self.converse = converse

    @classmethod
    def default(cls, *, converse: bool = True) -> EventExtractor:
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
        for tok in doc:
            lemma = tok.lemma_.lower()
            if lemma not in known:
                lemma = next((c for c in lemma_candidates(tok)[1:] if c in known), "")
            if not lemma and tok.i >= 2 and doc[tok.i - 1].text == "-":
                lemma = next((c for c in hyphen_joined(tok) if c in known), "")
            if lemma:
                lemmas[tok.i] = lemma
            elif tok.dep_ == "aux" and tok.lower_ == "must":
                modals.append(tok)
            if tok.lemma_.lower() in DESIRE_VERBS and pos_class(tok) == "VERB":
                desires.append(tok)
            if tok.lemma_.lower() in REASON_VERBS and pos_class(tok) == "VERB":
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
        for verb in desires:
            wish = self._desire_request(verb, index, article, sentences)
            if wish is not None:
                consumed.update(_inner(wish[0]))
                readings.extend(wish[1])
        depth = _depths(doc)
        order = sorted(lemmas, key=lambda i: (sentences.number[i], depth[i], i))
        for i in order:
            if i in consumed:
                continue
            token = doc[i]
            if _modifier_noun(token, parties) or _setting_noun(token):
                continue
            match = self.match(token, lemmas[i])
            if match is None:
                continue
            consumed.update(_claimed(token, match, self.cameo, parties))
            consumed.update(self._protest_demands(token, match, lemmas))
            consumed.update(self._same_event_subject(token, match, lemmas))
            match = self._named_by_subject(token, match, lemmas)
            n = sentences.number[i]
            readings.extend(
                self._readings(token, match, index, sentences.spans[n], n, article)
            )
        readings.sort(key=lambda r: (r.evidence.start, r.evidence.trigger_start or 0))
        return readings

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
        has_object = any(c.dep_ in ("dobj", "obj") for c in token.children)
        rows = [r for r in rows if not (r.intransitive and has_object)]
        if lemma in HELPING_VERBS and not has_object and any(
            c.dep_ in ("xcomp", "ccomp") and pos_class(c) == "VERB"
            and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
            for c in token.children
        ):
            rows = [r for r in rows if r.particle or r.objects]
        if lemma in REFUSAL_VERBS and any(
            c.lemma_.lower() in SPEECH_COMPLEMENTS for c in complement_verbs(token)
        ):
            return None
        if lemma in DIRECTIVE_VERBS and _directs_own_agents(token):
            return None
        if lemma in SEIZURE_VERBS and any(
            o.lemma_.lower() in POWER_NOUNS for o in object_heads(token)
        ):
            return None
        if lemma in NAMING_VERBS and _names_something(token):
            # "calling it a new step": only a row with a particle ("call for") still holds.
            rows = [r for r in rows if r.particle]
        words = object_words(token, reported_clauses=lemma not in REPORTING)
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
            if best is None or row.specificity > best.entry.specificity:
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
        info = self.cameo[match.entry.cameo]
        reading = read_modality(token, article.published)
        info, modality = self._speech_act(token, info, reading.modality)
        actor_heads, borrowed = _actor_heads(token, nominal)
        actors = _resolve_all(index, actor_heads)
        if not actors and nominal and token.dep_ in ("dobj", "obj") and token.head.pos_ == "VERB":
            # Support verbs share their subject with the event noun: "X completed its withdrawal".
            actors = _resolve_all(index, subject_heads(token.head))
            borrowed += 1
        if not actors and nominal:
            # "talks between India and Pakistan resumed": with no one else named as the
            # doer, the first party between whom it happens is the actor, the next its
            # counterpart (found among the recipients below).
            # The parser may hang "between" on the topic ("talks on trade between ...").
            nouns = [token, *(o for _p, o in prep_objects(token) if _p in TOPIC_PREPS)]
            between = _resolve_all(index, expand_conj(
                [pobj for noun in nouns for prep, pobj in prep_objects(noun) if prep == "between"]))
            if len({m.actor.code for m in between}) >= 2:
                actors = between[:1]
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
        if info.code == PERSONAL_ASSAULT and match.entry.lemma in MILITARY_SENSE_LEMMAS and (
            actors and all(_state_or_military(m) for m in actors)
        ):
            info = self.cameo[MILITARY_FORCE]
        kind = info.plover_type or ""
        recipients = _recipient_mentions(token, match, index, nominal, kind)
        # Last-resort recipients, tried only after every argument of the trigger.
        if kind in CONTENT_CLAUSE_TYPES:
            recipients += [m for m in _resolve_all(index, content_clause_subjects(token))
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
        if kind in PLACE_TARGET_TYPES or _unaimed_violence(token, match, kind) or (
            kind == "THREATEN" and self.cameo[match.entry.cameo].plover_type in PLACE_TARGET_TYPES
        ):
            recipients += [m for m in _place_mentions(token, index) if m not in recipients]
        elif kind == "THREATEN":
            # "threatened to impose a curfew in Algiers": the place of the threatened act.
            for verb in complement_verbs(token):
                recipients += [m for m in _place_mentions(verb, index) if m not in recipients]
        if info.plover_type == "THREATEN":
            recipients += [m for m in _resolve_all(index, condition_subjects(token))
                           if m not in recipients]
            # "warned that police will not tolerate rallies by X": the threatened act's object.
            recipients += [m for m in _resolve_all(index, threatened_objects(token))
                           if m not in recipients]
        if kind in ("ASSAULT", "COERCE"):
            # "opened fire to disperse protesters": force aimed at those it drives off.
            recipients += [m for m in _resolve_all(index, coercive_purpose_objects(token))
                           if m not in recipients]
        if kind == "ASSAULT":
            # "fired shells *at targets in Jericho*": force aimed at unnamed targets in a
            # place falls on that place (read as its people below).
            recipients += [m for m in _aimed_places(token, index) if m not in recipients]
        if info.code.startswith("09"):
            # An investigation with no one named is of the place it is sent to or done in.
            recipients += [m for m in _resolve_all(index, investigation_sites(token))
                           if m not in recipients]
        if kind == "MOBILIZE":
            # "deployed troops to the border", "ordered patrols by police": the forces
            # mobilised are the actor's means, not the party the act is aimed at.
            forces = _mobilised_forces(token)
            recipients = [m for m in recipients if m.head not in forces]
        recipients = _populations(token.doc, recipients, info)
        if kind in ("ASSAULT", "COERCE"):
            recipients = _home_owners(token, recipients)
        if kind in ("ASSAULT", "COERCE"):
            recipients = _placed_people(token, recipients, index)
        if kind == "CONSULT":
            # "held talks *on Ukraine*": what a meeting is about is not who it is with.
            about = _discussed(token, match)
            recipients = [m for m in recipients if m.head not in about]
        if not recipients and not nominal and match.entry.lemma in reciprocal_verbs():
            # "Chile and Peru exchanged prisoners": each subject is the other's counterpart.
            recipients = _reciprocal_partners(token.doc, actors)
        topic = _topic(token, match, index)
        pairs = _pairs(token.doc, actors, recipients, info.plover_type or "")
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
            sides = [(info, actor, recipient, confidence)]
            if self.converse and info.converse is not None and actor and recipient:
                # A visit is also a hosting: the host's side of the same event, ranked
                # just below the reading the sentence states.
                sides.append((self.cameo[info.converse], recipient, actor,
                              round(confidence * CONVERSE_WEIGHT, 3)))
            for code, doer, target, score in sides:
                out.append(
                    EventMention(
                        article_id=article.id,
                        event_type=code.plover_type or "",
                        cameo=code.code,
                        quad_class=code.quad_class,
                        goldstein=code.goldstein,
                        actor=doer.actor if doer else None,
                        recipient=target.actor if target else None,
                        evidence=evidence,
                        mode=code.mode,
                        context=list(code.context),
                        modality=modality,
                        attribution=reading.attribution,
                        confidence=score,
                        sentence_index=sentence_index,
                        topic=topic,
                    )
                )
        return out


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
        if modality == "future" and _has_unless(token) and kind != "THREATEN":
            # "will withdraw its force unless ...": an announced action made conditional
            # on the other side's compliance is an ultimatum, a threat.
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
        wanted = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp")
                       and pos_class(c) == "VERB"
                       and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        if wanted is None:
            return None
        if wanted.dep_ == "ccomp":
            doers = [c for c in wanted.children if c.dep_ in ("nsubj", "nsubjpass")]
        else:
            doers = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        if not doers:
            return None
        code = self.recode("demand", wanted)
        if code is None:
            return None
        wanter = _resolve_all(index, subject_heads(verb))
        addressee = _resolve_all(index, expand_conj(doers))
        pairs = _pairs(verb.doc, wanter, addressee, code.plover_type or "")
        if not any(a for a, _ in pairs):
            return None
        return wanted, _request_mentions(verb, wanted, verb, code, pairs, index, article,
                                         sentences)

    def _protest_demands(self, token: Token, match: _Match, lemmas: dict[int, str]) -> set[int]:
        """ "protested outside the base, *demanding* the departure of French forces": the
        demand a protest voices is its topic (manual, PROTEST), not a second event."""
        if self.cameo[match.entry.cameo].plover_type != "PROTEST":
            return set()
        out: set[int] = set()
        for child in token.children:
            if child.dep_ != "advcl" or child.tag_ != "VBG" or child.i not in lemmas:
                continue
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children):
                continue
            found = self.match(child, lemmas[child.i])
            if found is not None and self.cameo[found.entry.cameo].plover_type == "REQUEST":
                out.update(_inner(child))
        return out


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
            article_id=article.id, event_type=code.plover_type or "", cameo=code.code,
            quad_class=code.quad_class, goldstein=code.goldstein,
            actor=a.actor if a else None, recipient=r.actor if r else None,
            evidence=evidence, mode=code.mode, context=list(code.context),
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


#: Prepositions whose object is the occasion of what the clause says, not its news.
SETTING_PREPS = frozenset({"at", "during"})


def _setting_noun(token: Token) -> bool:
    """An event noun giving the occasion of another act ("met *at* the council's meeting",
    "said *during* a visit to Oman") is a time-and-place adjunct, not a reported event."""
    prep = token.head
    return (
        pos_class(token) == "NOUN" and token.dep_ == "pobj"
        and prep.lower_ in SETTING_PREPS and prep.head.pos_ in ("VERB", "AUX", "NOUN")
        and prep.head is not token
    )


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

    A threat announces an act of the one who warns; a content clause of mere possibility
    whose subject is no party at all (not a mention, not a pronoun for the speaker)
    forecasts a state of affairs instead.
    """
    for clause in warning.children:
        if clause.dep_ != "ccomp":
            continue
        modal = any(c.dep_ == "aux" and c.lower_ in POSSIBILITY_MODALS for c in clause.children)
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if modal and subjects and all(
            s.pos_ in ("NOUN", "PROPN") and index.at(s) is None for s in subjects
        ):
            return True
    return False


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


def _subject_words(token: Token) -> set[str]:
    """Lemmas of a verb's active subject with its modifiers ("peacekeeping troops"), and of
    its "of" object as for objects ("a first contingent *of troops*")."""
    words: set[str] = set()
    if token.dep_ == "acl" and token.tag_ == "VBG":
        # "demonstrators protesting the results": the noun an active participle modifies
        # is its subject.
        words.update(noun_words(token.head))
    for subj in token.children:
        if subj.dep_ == "nsubj":
            words.update(noun_words(subj))
            for prep, pobj in prep_objects(subj):
                if prep == "of":
                    words.update(noun_words(pobj))
    return words


def _has_unless(token: Token) -> bool:
    heads = [token, *([token.head] if token.dep_ in ("xcomp", "conj") else [])]
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)
        for h in heads for c in h.children
    )


def _volitional(token: Token) -> bool:
    """A negation of will or ability ("will not", "cannot", "does not accept"), not of a report."""
    heads = [token]
    while heads[-1].dep_ in ("xcomp", "conj") and heads[-1].head is not heads[-1]:
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


def _depths(doc: Doc) -> list[int]:
    """Each token's distance from its sentence root, from the head array (no Token objects)."""
    # Relative head offsets (0 at a root), stored unsigned: read them back as signed.
    heads = [int(h) for h in doc.to_array([HEAD]).astype("int64")]
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
    roots.extend(pobj for _, pobj in prep_objects(token))
    # Complements: what was refused, demanded, agreed or threatened is part of that act.
    roots.extend(complement_verbs(token))
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
            c.dep_ == "acl" and c.tag_ == "VBG" and tok.i in parties))
    return out


def _actor_heads(token: Token, nominal: bool) -> tuple[list[Token], int]:
    """Heads naming the doer and how many clause links were crossed to find them."""
    if nominal:
        return noun_actor_heads(token), 0
    if pos_class(token) == "ADJ":
        # "Norway is ready to send troops": the adjective's subject is the copula's.
        host = token.head if token.dep_ in ("acomp", "amod", "oprd") else token
        return subject_heads(host), 1
    if token.lower_ in DISPOSITION_PARTICIPLES:
        # "Vietnam is committed to ...": a participle of disposition is an adjective in
        # meaning; its grammatical (passive) subject is the one disposed to act.
        held = [c for c in token.children if c.dep_ == "nsubjpass"]
        if held:
            return expand_conj(held), 0
    heads = subject_heads(token)
    borrowed = 0 if any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in token.children) else 1
    return heads, borrowed


def _resolve_all(index: MentionIndex, heads: Sequence[Token]) -> list[ActorMention]:
    out: list[ActorMention] = []
    for head in heads:
        if head.lower_ in RELATIVE_PRONOUNS:
            continue
        for mention in index.resolve(head):
            if mention not in out:
                out.append(mention)
    return out


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

    if not nominal:
        for obj in objects:
            direct = index.at(obj)
            if direct is not None and direct.head == obj.i:
                add([direct])
    if kind == "ACCUSE":
        for head in grievance_heads(token):
            add(index.resolve(head))
    if match.entry.particle:
        # The preposition the lexicon row asked for introduces the goal of the act:
        # "arrived *in Amman*", "flew *to Cairo*", "appealed *to Turkey*" — a place
        # reached on a visit stands for its country, the host.
        for head in expand_conj([pobj for prep, pobj in prep_objects(token)
                                 if prep == match.entry.particle]):
            add(index.resolve(head))
    for head in recipient_heads(token, nominal):
        add(index.resolve(head))
    for obj in objects:
        add(index.resolve(obj))
    for obj in objects:  # when the object itself named the actor's own side
        for _prep, pobj in prep_objects(obj):
            add(index.resolve(pobj))
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
    generic = [m for m in out if m.head in matched and m.actor.country is None]
    return [m for m in out if m not in generic] + generic


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
        obj.lemma_.lower() in OWN_AGENT_NOUNS
        and any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in obj.children)
        for obj in objects
    )


def _mobilised_forces(token: Token) -> set[int]:
    """Heads naming the forces a mobilisation moves: its objects and their "by" agents."""
    objects = object_heads(token)
    agents = [pobj for obj in [token, *objects] for prep, pobj in prep_objects(obj)
              if prep == "by"]
    return {t.i for t in expand_conj(objects + agents)}


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
                out.extend(m for m in index.resolve(place) if m not in out)
    return out


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
    token: Token, recipients: list[ActorMention], index: MentionIndex
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
        places = [m for m in _place_mentions(token, index) if m.actor.country]
        places += [m for prep, pobj in prep_objects(noun) if prep == "in"
                   for m in index.resolve(pobj) if m.actor.country]
        countries = {m.actor.country for m in places}
        # Two countries named as the act's place: nothing says which the victims are of.
        country = places[0].actor.country if len(countries) == 1 else None
        placed.append(with_country(mention, country) if country else mention)
    return placed


def _place_mentions(token: Token, index: MentionIndex) -> list[ActorMention]:
    """Mentions naming where the act happened: "demonstrated *in Serbia*", "imposed a
    curfew *in Kirkuk*" (the place on the trigger, or on its object)."""
    out: list[ActorMention] = []
    objects = object_heads(token)
    # "lifted a ban *on rallies* in Timbuktu": the place may hang on the object's noun.
    objects += [pobj for obj in objects for prep, pobj in prep_objects(obj) if prep in ("of", "on")]
    for head in [token, *objects]:
        for prep, pobj in prep_objects(head):
            if prep != "in":
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
    coordinated = {t.i for t in expand_conj([doc[actors[0].head]])}
    return list(actors) if all(m.head in coordinated for m in actors) else []


def _pairs(
    doc: Doc, actors: list[ActorMention], recipients: list[ActorMention], event_type: str
) -> list[tuple[ActorMention | None, ActorMention | None]]:
    """Actor x recipient pairs; never an actor acting on itself."""
    pairs: list[tuple[ActorMention | None, ActorMention | None]] = []
    doers: list[ActorMention | None] = list(actors) or [None]
    for actor in doers:
        recipient = next((r for r in recipients if _distinct(actor, r, event_type)), None)
        group: list[ActorMention | None] = [recipient]
        if recipient is not None:
            # Coordinated recipients ("attacked X and Y") each make an event.
            coordinated = {t.i for t in expand_conj([doc[recipient.head]])}
            group += [r for r in recipients if r is not recipient and r.head in coordinated
                      and _distinct(actor, r, event_type)]
        pairs.extend((actor, r) for r in group)
    return pairs[:MAX_PAIRS]


def _distinct(actor: ActorMention | None, recipient: ActorMention, event_type: str) -> bool:
    if actor is None:
        return True
    if recipient.token_start < actor.token_end and actor.token_start < recipient.token_end:
        return False  # the same words
    a, r = actor.actor, recipient.actor
    if a.code == r.code:
        return False
    if a.country is not None and a.country == r.country and event_type not in DOMESTIC_TYPES:
        return a.sector is not None and r.sector is not None
    return True


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
