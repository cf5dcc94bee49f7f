"""Reading a trigger's arguments off the dependency parse (never off word order).

Three jobs: the *object words* of a trigger (what the lexicon's object constraints
are checked against), the *actor* and *recipient* heads, and mapping an argument
head to an actor mention by token span.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from ..records import ActorMention, actor_code
from .modality import FINITE_TAGS, REPORTING
from .token_memo import per_token

#: Dependencies that name what a verb acts on.
OBJECT_DEPS = frozenset({"dobj", "obj", "dative", "attr", "oprd", "nsubjpass"})
#: Prepositions whose object is a recipient, in order of preference.
RECIPIENT_PREPS: tuple[str, ...] = (
    "with", "against", "on", "to", "from", "toward", "towards", "into", "upon", "at",
    "between", "over", "for", "of",
)
#: Modifiers that name an owner or origin inside a noun phrase ("U.S. mediation",
#: "Armenia's counterpart", "Israeli troops") — searched before prepositions.
OWNER_DEPS = frozenset({"poss", "compound", "amod", "nmod", "npadvmod", "appos"})
# Participles that make their modifier a sponsor, not the owner: in "an EU-backed plan",
# "Iranian-funded militias", "a U.S.-brokered truce" the named party stands behind the
# thing; the plan, militias or truce are not the EU's, Iran's or the United States' own, so
# an act on them is not aimed at the sponsor. (Only recipients are screened: as an actor
# the sponsor stays, since coders hold a patron answerable for what its proxies do.)
# ("Saudi-led" is absent on purpose: the leader of a coalition is coded as the coalition.)
BACKER_PARTICIPLES = frozenset({
    "back", "fund", "finance", "sponsor", "broker", "mediate", "support", "arm", "bankroll",
    "protect",
})
#: Relative pronouns: a relative clause's subject stands for the noun it modifies.
RELATIVE_PRONOUNS = frozenset({"which", "who", "that", "whom", "whose"})
#: Clause links across which a subject-less verb shares its governor's subject.
SHARED_SUBJECT_DEPS = frozenset({"xcomp", "conj", "advcl", "pcomp", "ccomp"})
#: Preposition lemmas that introduce the topic of a noun ("sanctions under the amendment").
TOPIC_PREPS = frozenset({"of", "under", "on", "over", "about", "regarding", "against", "for"})
#: Prepositions naming the grievance of a criticism ("complained to X *over* Y's raids"):
#: the one criticised is there, the "to" object is only the audience.
GRIEVANCE_PREPS = ("against", "over", "about")
#: Nouns of help after "with" ("with Albania's help"): the helper takes part on the
#: actor's side, it is not the one acted on.
ASSISTANCE_NOUNS = frozenset({
    "help", "support", "assistance", "aid", "backing", "cooperation", "participation",
    "blessing", "consent", "approval", "mediation",
})
#: Nouns of protection sought or found in a place ("sought *refuge* in Germany"): the
#: place where it is sought stands for the state asked to give it, the host.
REFUGE_NOUNS = frozenset({"refuge", "asylum", "sanctuary", "shelter", "haven"})
#: Verbs of driving people off or stopping them, as the purpose of a use of force.
DISPERSAL_VERBS = frozenset({
    "disperse", "scatter", "stop", "prevent", "force", "drive", "push", "repel",
    "quell", "suppress", "crush", "evict", "expel", "clear", "halt", "block",
})
#: Nouns of inhabited places: "the Bosnian *town* of Gorazde", "Iraqi *towns*".
SETTLEMENT_NOUNS = frozenset({
    "town", "city", "village", "capital", "settlement", "suburb", "township", "hamlet",
    "enclave", "neighborhood", "neighbourhood", "district",
})
#: Prepositions locating an act in a place ("a curfew *in* Algiers").
LOCATIVE_PREPS = frozenset({"in", "within", "inside", "throughout"})
#: Sector of the people of a place.
POPULATION_SECTOR = "CVL"
#: Reporting verbs: a clause of theirs hung on a trigger ("demanded ..., diplomats
#: quoted ...") gives the source of the report, not the content of the act.
REPORTING_VERBS = frozenset({"say", "quote", "report", "tell", "add", "state", "cite"})
#: Nouns of a decided act whose infinitive is controlled by the noun's own doer
#: ("Algeria's decision to expel ...": Algeria expels), as "decide to" is by its subject.
DECISION_NOUNS = frozenset({"decision", "move"})
#: Nouns of travel, and the prepositions by which such a noun sets the time of a clause:
#: "X praised Y *during a visit to Z*" -- the visitor is the clause's subject.
TRAVEL_NOUNS = frozenset({"visit", "trip", "tour"})
TIME_ADJUNCT_PREPS = frozenset({"during", "on"})
#: Gatherings whose participants a purpose "for" phrase leaves to the clause subject:
#: "thousands converged on the capital *for a rally*" -- they rally.
GATHERING_NOUNS = frozenset({"rally", "protest", "demonstration", "march", "vigil", "sit-in"})
#: "said *after talks with* X": a meeting that ended before the clause's act, with the
#: counterpart named, had the clause's subject as the other side.
MEETING_NOUNS = frozenset({"talk", "talks", "meeting"})
SEQUEL_PREPS = frozenset({"after", "following"})


@per_token
def object_heads(token: Token) -> list[Token]:
    """Direct-object-like dependents of a trigger (with coordinated objects)."""
    found = [c for c in token.children if c.dep_ in OBJECT_DEPS]
    if not found:
        found = shifted_objects(token) or capped_objects(token)
    return expand_conj(found)


#: Dependencies of a short phrase of the verb that a heavy object may be moved after.
SHORT_PHRASE_DEPS = frozenset({"prep", "agent", "npadvmod", "advmod"})
#: Dependents that make a noun phrase heavy (a participle, relative clause or phrase).
HEAVY_DEPS = frozenset({"acl", "relcl", "prep"})


def postposed_objects(verb: Token) -> list[Token]:
    """A heavy object moved after a short phrase and misread as a clause's subject.

    "cut *by two hours* the evening curfew ordered across the province after ...": English
    puts a long object after a short phrase of its verb, and the parser, seeing a noun
    and a later verb, reads the noun as the subject of a bare complement clause. Only
    for a verb with no object of its own that is no verb of saying (those take bare
    clauses: "announced on Monday the talks had failed"), when the short phrase comes
    right after the verb and the noun right after it, and the noun is heavy.
    """
    if verb.pos_ != "VERB":
        return []
    # Checked first as most verbs have none: a bare complement clause after the verb.
    clauses = [c for c in verb.rights if c.dep_ == "ccomp"
               and not any(m.dep_ == "mark" for m in c.children)]
    if not clauses or verb.lemma_.lower() in REPORTING:
        return []
    phrase = verb.nbor()
    if phrase.head.i != verb.i or phrase.dep_ not in SHORT_PHRASE_DEPS:
        return []
    return [
        subj
        for clause in clauses
        for subj in clause.children
        if subj.dep_ == "nsubj" and subj.pos_ == "NOUN"
        and subj.left_edge.i == phrase.right_edge.i + 1
        and any(c.dep_ in HEAVY_DEPS for c in subj.children)
    ]


def capped_objects(verb: Token) -> list[Token]:
    """An object counted with "up to" the parser took for a particle and a preposition.

    "kidnapped *up to 16* advisers": "up to" caps the number, it is no phrasal verb; the
    parser hangs "up" on the verb as a particle and the counted noun under its "to". A
    noun there with a number of its own is the verb's object.
    """
    doc = verb.doc
    return [
        pobj
        for prt in verb.children if prt.dep_ == "prt" and prt.lower_ == "up"
        and prt.i + 1 < len(doc) and doc[prt.i + 1].lower_ == "to"
        # "to" under "up", or beside it on the verb
        for pobj in doc[prt.i + 1].children if pobj.dep_ == "pobj"
        and any(c.dep_ == "nummod" for c in pobj.children)
    ]


def shifted_objects(verb: Token) -> list[Token]:
    """A heavy object moved after a predicative "as" phrase.

    "denounced as an outrage *the shelling of the town*": English puts a long object
    after the short "as" predicate, and the parser then hangs the object on the
    predicate noun as an apposition. With no object of its own, the verb's real
    object is that apposition.
    """
    return [
        appos
        for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "as"
        for pobj in prep.children if pobj.dep_ == "pobj"
        for appos in pobj.children if appos.dep_ == "appos"
    ]


def prep_objects(token: Token) -> Iterator[tuple[str, Token]]:
    """``(preposition lemma, object head)`` for every prepositional dependent."""
    return iter(_prep_object_pairs(token))


@per_token
def _prep_object_pairs(token: Token) -> list[tuple[str, Token]]:
    """The pairs of :func:`prep_objects`, found once per token of a doc."""
    return list(_find_prep_objects(token))


def _find_prep_objects(token: Token) -> Iterator[tuple[str, Token]]:
    for child in token.children:
        # The parser labels the "to" of a prepositional dative "dative" ("granted asylum to X").
        if child.dep_ in ("prep", "agent") or (child.dep_ == "dative" and child.pos_ == "ADP"):
            objects = [pobj for pobj in child.children if pobj.dep_ in ("pobj", "pcomp")
                       and not _absolute_clause(child, pobj)]
            if not objects:
                stranded = _stranded_object(child)
                objects = [stranded] if stranded is not None else []
            for pobj in objects:
                yield child.lemma_.lower(), pobj


def _absolute_clause(prep: Token, pobj: Token) -> bool:
    """Is a prepositional object an absolute construction ("held talks, *with Qatari
    officials carrying* messages")? "With" plus a noun and a participle of its own, set
    off by a comma, is a circumstance of the act with its own doer, not a party to the act.
    The parser makes the noun the participle's subject or the participle a clause on it."""
    if prep.lower_ != "with" or prep.i == 0 or prep.doc[prep.i - 1].text != ",":
        return False
    if pobj.dep_ == "pcomp":
        return pobj.tag_ == "VBG" and any(c.dep_ == "nsubj" for c in pobj.children)
    return any(c.dep_ == "acl" and c.tag_ == "VBG" for c in pobj.children)


def _stranded_object(prep: Token) -> Token | None:
    """The object of a preposition the parser left bare.

    Two constructions leave a preposition without an object in the parse while
    English gives it one. Right-node raising: "ties *with* and an embassy in
    *Tehran*" — a bare preposition right before a coordinator shares the object that
    ends the next conjunct. A reduced relative: "granted asylum to *five officers
    holed up* in a residence" — the parser may make the noun the subject of the
    participle after it, a clause hung on the preposition's own governor; a subject
    that starts right after the bare preposition, of a clause with no auxiliary or
    conjunction (so not a finite clause of its own), is the preposition's object.
    """
    raised = _raised_object(prep)
    if raised is not None:
        return raised
    governor = prep.head
    for clause in governor.children:
        if clause.dep_ not in ("advcl", "ccomp", "conj") or clause.i <= prep.i:
            continue
        if any(c.dep_ in ("aux", "auxpass", "mark") for c in clause.children):
            continue
        for subj in clause.children:
            if (subj.dep_ == "nsubj" and subj.pos_ in ("NOUN", "PROPN")
                    and subj.left_edge.i == prep.i + 1):
                return subj
    return None


@per_token
def complement_verbs(token: Token) -> list[Token]:
    """Verbs completing a trigger: "refuse *to accept*", "agreed *that they would cooperate*".

    A subject-less infinitive the parser attached as an adverbial clause ("have sworn *to
    fight*") is taken as a complement too: it has no subject of its own to be anything else.
    """
    return [
        c for c in token.children
        if ((c.pos_ in ("VERB", "AUX") or mistagged_complement(c)) and (
            c.dep_ in ("xcomp", "ccomp", "acl")
            or (c.dep_ == "advcl" and _bare_infinitive(c))
        )) or (c.dep_ == "ccomp" and any(g.dep_ == "nsubj" for g in c.children))
        # A content clause with a subject has a verb for head even when the tagger
        # took it for a noun ("demanded that the government *release* prisoners").
    ]


def mistagged_complement(token: Token) -> bool:
    """A word tagged as a noun in an open-complement slot or after infinitival "to",
    which only a verb fills ("offered to *host* talks", "would continue *mediating*")."""
    return token.tag_ in ("NN", "NNS") and (token.dep_ == "xcomp" or (
        token.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to"
                                      for a in token.children)))


#: Pronoun subjects of a reported clause that, in wire copy, almost always refer back to
#: the speaker ("Baku said *it* would not sign"): such a clause states the speaker's own act.
SPEAKER_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i"})


def _reports_other_party(verb: Token) -> bool:
    """Is ``verb`` a content clause whose own subject is not a pronoun for the speaker?"""
    if verb.dep_ != "ccomp":
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and all(s.lower_ not in SPEAKER_PRONOUNS for s in subjects)


def _bare_infinitive(verb: Token) -> bool:
    children = list(verb.children)
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children) and not any(
        c.dep_ in ("nsubj", "nsubjpass", "mark") for c in children
    )


def expand_conj(tokens: Sequence[Token]) -> list[Token]:
    """Tokens plus their coordinated siblings ("X and Y" -> [X, Y])."""
    out: list[Token] = []
    stack = list(tokens)
    while stack:
        tok = stack.pop(0)
        if tok in out:
            continue
        out.append(tok)
        stack.extend(c for c in tok.children if c.dep_ == "conj")
    return out


def particles(token: Token) -> set[str]:
    """Particles and prepositions a trigger governs ("call *for*", "pull *out*")."""
    capping = {i for pobj in capped_objects(token) for i in (pobj.head.i - 1, pobj.head.i)}
    found = {c.lemma_.lower() for c in token.children
             if c.dep_ in ("prt", "prep", "agent") and not _dates_the_act(c)
             and c.i not in capping}
    # "take part in": a particle-like noun object.
    found.update(
        c.lemma_.lower() for c in token.children if c.dep_ == "dobj" and c.lemma_ == "part"
    )
    return found


def _dates_the_act(prep: Token) -> bool:
    """ "called Paris *on Monday*": a preposition whose objects are all dates or times says
    when, and is not the particle of a phrasal verb ("call on")."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and all(o.ent_type_ in ("DATE", "TIME") for o in objects)


def noun_words(token: Token) -> set[str]:
    """A noun's lemma with its compound and adjective modifiers ("hunger strike"), and the
    title the parser may hang on a name as a nominal modifier ("*Secretary* ... Blinken")."""
    words = {token.lemma_.lower()}
    words.update(c.lemma_.lower() for c in token.children if c.dep_ in ("compound", "amod") or (
        c.dep_ == "nmod" and token.pos_ == "PROPN"))
    words.update(hyphen_joined(token))
    return words


def hyphen_joined(token: Token) -> list[str]:
    """The word a hyphen split ("cease-fire" is tokenised "cease", "-", "fire").

    English writes many compounds with or without the hyphen ("cease-fire",
    "ceasefire", "build-up"); both spellings of the joined word are returned so a
    lexicon row may list either. Empty when the token is not the end of such a word.
    """
    doc = token.doc
    i = token.i
    if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return []
    first, last = doc[i - 2].lower_, token.lemma_.lower()
    return [f"{first}-{last}", first + last]


@dataclass(slots=True)
class ObjectWords:
    """What a trigger is about: lemmas for the lexicon, and the tokens they came from."""

    lemmas: set[str]
    tokens: list[Token]


#: Prepositions and nouns of the occasion an act happens at ("agreed at talks in Istanbul",
#: "pledged during the summit").
OCCASION_PREPOSITIONS = frozenset({"at", "during"})
OCCASION_NOUNS = frozenset({"talk", "meeting", "summit", "conference", "negotiation",
                            "session", "forum", "ceremony"})


def _occasion(prep: str, pobj: Token) -> bool:
    """Does the prepositional phrase name the meeting an act happened at ("at talks")?"""
    return prep in OCCASION_PREPOSITIONS and pobj.lemma_.lower() in OCCASION_NOUNS


def object_words(token: Token, *, reported_clauses: bool = True) -> ObjectWords:
    """Lemmas a lexicon object constraint is checked against (see triggers.csv header).

    With ``reported_clauses=False`` (a reporting verb: "announced", "said") a content
    clause with a subject of its own naming someone else is left out: "X and Y agreed to
    a ceasefire, Z announced" reports X and Y's act, it is not Z announcing a ceasefire.
    """
    tokens: list[Token] = []
    for obj in object_heads(token) or postposed_objects(token):
        tokens.append(obj)
        tokens.extend(carried_loads(obj))
        tokens.extend(pobj for prep, pobj in prep_objects(obj) if prep == "of" or (
            # "pledged 50 billion euros *in aid*": after an amount, "in" names what it is.
            prep == "in" and _amount(obj)))
    # "ended *without* agreement": what a "without" phrase names is what did not happen;
    # "agreed *at talks*": a meeting the act took place at is its occasion, not its content.
    tokens.extend(pobj for prep, pobj in prep_objects(token)
                  if prep != "without" and not _occasion(prep, pobj))
    if token.pos_ in ("NOUN", "PROPN"):
        tokens.extend(c for c in token.children if c.dep_ == "compound")
    for verb in complement_verbs(token):
        if not reported_clauses and _reports_other_party(verb):
            continue
        tokens.append(verb)
        tokens.extend(object_heads(verb))
        tokens.extend(pobj for _, pobj in prep_objects(verb))
        tokens.extend(c for c in verb.children if c.dep_ == "prt")
        for inner in complement_verbs(verb):
            if inner.dep_ == "xcomp":
                tokens.append(inner)
                tokens.extend(object_heads(inner))
    lemmas: set[str] = set()
    for tok in tokens:
        lemmas.update(noun_words(tok) if tok.pos_ in ("NOUN", "PROPN") else {tok.lemma_.lower()})
    return ObjectWords(lemmas, tokens)


#: Verbs of conveying: "planes *carrying* aid" are sent for what they carry.
CARRYING_VERBS = frozenset({"carry", "transport", "bring", "load", "bear", "ferry"})


def carried_loads(vehicle: Token) -> list[Token]:
    """What a noun is said to carry ("two planes *carrying aid*", "trucks *loaded with*
    food"): sending the vehicle sends its load."""
    out: list[Token] = []
    for clause in vehicle.children:
        if clause.dep_ != "acl" or clause.lemma_.lower() not in CARRYING_VERBS:
            continue
        out.extend(c for c in clause.children if c.dep_ in ("dobj", "obj"))
        out.extend(pobj for prep, pobj in prep_objects(clause) if prep == "with")
    return out


def _amount(noun: Token) -> bool:
    """Is the noun a counted quantity or sum ("50 billion euros", "$3 billion")?"""
    return noun.tag_ in ("CD", "$") or any(
        c.dep_ in ("nummod", "quantmod") or c.tag_ == "$" for c in noun.children)


class MentionIndex:
    """Actor mentions of one doc, looked up by token."""

    def __init__(self, mentions: Sequence[ActorMention]) -> None:
        self.by_token: dict[int, ActorMention] = {}
        # Shorter spans first, so a token maps to its tightest mention.
        for m in sorted(mentions, key=lambda m: m.token_end - m.token_start, reverse=True):
            for i in range(m.token_start, m.token_end):
                self.by_token[i] = m
        # What :meth:`resolve` found for each head: the same heads are asked about again
        # and again (by the actor, recipient and implicit-party searches of each reading).
        self._resolved: dict[int, tuple[ActorMention, ...]] = {}

    def at(self, token: Token) -> ActorMention | None:
        return self.by_token.get(token.i)

    def resolve(self, head: Token) -> list[ActorMention]:
        """Mentions an argument head stands for.

        The mention containing the head; else the nearest mention among its owner
        modifiers (possessor / compound / adjective chain: "U.S. mediation"); else
        the nearest one under its prepositional modifiers (two levels). Coordinated
        modifiers count together ("Hungarian and Romanian officials").
        """
        found = self._resolved.get(head.i)
        if found is None:
            found = self._resolved[head.i] = tuple(self._find(head))
        return list(found)

    def _find(self, head: Token) -> list[ActorMention]:
        direct = self.at(head)
        if direct is not None:
            return [direct]
        for candidates in (_owner_chain(head), _prep_chain(head)):
            for tok in candidates:
                mention = self.at(tok)
                if mention is not None:
                    return _with_coordinated(self, tok, mention)
        return []

    def owners(self, head: Token) -> list[ActorMention]:
        """Mentions among a noun's owner modifiers ("*U.S.*-proposed talks")."""
        found = (self.at(tok) for tok in _owner_chain(head))
        return [m for m in found if m is not None]

    def first(self, head: Token) -> ActorMention | None:
        found = self.resolve(head)
        return found[0] if found else None


def _with_coordinated(index: MentionIndex, tok: Token, mention: ActorMention) -> list[ActorMention]:
    out = [mention]
    for conj in expand_conj([tok])[1:]:
        other = index.at(conj)
        if other is not None and other not in out:
            out.append(other)
    return out


def _owner_chain(head: Token) -> list[Token]:
    """Breadth-first owner modifiers of a noun (poss, compound, amod ...), nearest first."""
    out: list[Token] = []
    frontier = [head]
    for _ in range(3):
        nxt = [c for tok in frontier for c in tok.children if c.dep_ in OWNER_DEPS]
        out.extend(nxt)
        frontier = nxt
    return out


def names_backer(modifier: Token) -> bool:
    """Whether a token is a sponsoring participle ("-backed") or the sponsor it names,
    fused ("an *EU*-backed plan") or as its "by" agent ("talks mediated *by the AU*")."""
    if modifier.dep_ == "pobj" and modifier.head.dep_ == "agent":
        agent_of = modifier.head.head
        return (agent_of.tag_ == "VBN" and agent_of.dep_ == "acl"
                and agent_of.lemma_.lower() in BACKER_PARTICIPLES)
    if "-" in modifier.text[1:] and _fused_backer(modifier.text):
        return True  # "the *U.N.-protected* enclave" tokenised as one word
    participle = modifier if modifier.tag_ == "VBN" else modifier.head
    return (participle.tag_ == "VBN" and participle.lemma_.lower() in BACKER_PARTICIPLES
            and (participle == modifier or modifier.dep_ in ("npadvmod", "compound", "nmod")))


def _fused_backer(text: str) -> bool:
    """Does a hyphenated word end in a sponsoring participle ("U.N.-protected")?"""
    suffix = text.rsplit("-", 1)[1].lower()
    return any(suffix in (lemma + "ed", lemma + "d", lemma + lemma[-1] + "ed")
               for lemma in BACKER_PARTICIPLES)


def _prep_chain(head: Token) -> list[Token]:
    """Objects of a noun's prepositions and their owners, two levels deep."""
    out: list[Token] = []
    frontier = [head]
    for _ in range(2):
        nxt: list[Token] = []
        for tok in frontier:
            # "curbs on remittances *as aggression against Cubans*": an "as" phrase says
            # what the thing is taken for; the parties inside it are not what it names.
            for pobj in [*(o for p, o in prep_objects(tok) if p != "as"),
                         *participle_agents(tok), *spatial_landmarks(tok)]:
                nxt.append(pobj)
                nxt.extend(_owner_chain(pobj))
        out.extend(nxt)
        frontier = nxt
    return out


def _raised_object(prep: Token) -> Token | None:
    """The shared object of a bare preposition before "and" / "or" (right-node raising):
    the prepositional object that closes the conjunct coordinated after it."""
    doc = prep.doc
    nxt = prep.i + 1
    if nxt >= len(doc) or doc[nxt].dep_ != "cc":
        return None
    conjuncts = [t for t in doc[nxt].head.children if t.dep_ == "conj" and t.i > nxt]
    if not conjuncts:
        return None
    end = conjuncts[0].right_edge
    while end.dep_ == "punct" and end.i > nxt:
        end = doc[end.i - 1]
    if end.dep_ == "pobj" and end.head.dep_ == "prep":
        return end
    # The object may be a longer noun phrase: its head is the last pobj whose phrase ends here.
    for tok in reversed(doc[nxt:end.i + 1]):
        if tok.dep_ == "pobj" and tok.right_edge.i == end.i:
            return tok
    return None


#: Participles placing a zone or stretch of land or sea by what it lies around or along:
#: "zones *encircling* Taiwan", "the waters *surrounding* the islands".
SPATIAL_PARTICIPLES = frozenset({"encircle", "surround", "ring", "border", "adjoin"})


def spatial_landmarks(noun: Token) -> list[Token]:
    """What a place noun is said to lie around or along ("six zones *encircling Taiwan*"):
    an act done in such a zone is done at that landmark."""
    return [
        obj
        for part in noun.children if part.dep_ == "acl" and part.tag_ == "VBG"
        and part.lemma_.lower() in SPATIAL_PARTICIPLES
        for obj in part.children if obj.dep_ in ("dobj", "obj")
    ]


def participle_agents(noun: Token) -> list[Token]:
    """The "by" agents of a past participle modifying a noun.

    "a rally *organised by students*" is the students' rally, "crimes *committed by
    the militia*" the militia's crimes: the agent of a passive participle on a noun
    owns what the noun names, just as a possessor would. Only the agent counts — the
    participle's other prepositions ("troops stationed *in Iraq*") say nothing of owners.
    """
    return [
        pobj
        for part in noun.children if part.dep_ == "acl" and part.tag_ == "VBN"
        for prep, pobj in prep_objects(part) if prep == "by"
    ]


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or (
        verb.dep_ == "acl" and verb.tag_ == "VBN" and not misread_main_verb(verb)
    ) or (
        # "was brokered by Qatar and *signed by Israel and Hamas*": a participle conjoined
        # to a passive, with a "by" agent of its own, is passive too.
        verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.i != verb.i
        and is_passive(verb.head) and any(c.dep_ == "agent" for c in verb.children)
    )


def misread_main_verb(verb: Token) -> bool:
    """Is a past form the parser hung on a noun as a reduced relative ("VBN acl") in fact the
    noun's main verb? It is when the noun would otherwise have no verb of its own: the noun is
    the root of a sentence that opens with a determiner (prose, not a headline: "An official
    newspaper *called* on Arabs to unite"), or a first subject of a verb whose own subject
    comes after the participle's clause ("Youths *resorted* to stones, officials said": a
    verb takes one subject). A participle with a "by" agent stays passive."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or any(c.dep_ == "agent" for c in verb.children):
        return False
    noun = verb.head
    if noun.dep_ == "ROOT":
        return noun.i < verb.i and noun.left_edge.dep_ == "det"
    if noun.dep_ != "nsubj":
        return False
    others = [c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != noun.i]
    return bool(others) and all(c.i > verb.right_edge.i for c in others)


def subject_heads(verb: Token) -> list[Token]:
    """The doer of a verb: its subject, the "by" agent of a passive, else its controller."""
    if is_passive(verb):
        agents = [pobj for prep, pobj in prep_objects(verb) if prep == "by"]
        return expand_conj(agents)
    subjects = [_past_dateline(c) for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    # "The Red Cross operating in Yemen said ...", "ASEAN leaders meeting in Jakarta called
    # on ...": a participle parsed as the subject, with a subject of its own, stands for the
    # noun it modifies (a gerund subject has none).
    subjects = [_participle_subject(s) for s in subjects]
    if subjects:
        subj = subjects[0]
        if subj.lemma_.lower() in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return [verb.head]
        return expand_conj(subjects + [a for s in subjects for a in _listed_appositions(s)])
    stranded = _stranded_subject(verb)
    if stranded is not None:
        return expand_conj([stranded])
    return controller(verb)


def _listed_appositions(subject: Token) -> list[Token]:
    """Names listed after the subject as a coordinated apposition: in "Saudi Arabia, the
    United Arab Emirates, Bahrain and Egypt cut ties" the parser may hang the rest of the
    list on the first name as an apposition with conjuncts. An apposition that is itself
    coordinated lists more parties ("the two neighbours, Rwanda and Uganda, ..." names
    both), so its conjuncts do the act too; a single apposition only renames the subject."""
    return [a for a in subject.children
            if a.dep_ == "appos" and a.i > subject.i and a.pos_ == "PROPN"
            and any(c.dep_ == "conj" for c in a.children)]


def _stranded_subject(verb: Token) -> Token | None:
    """The subject the parser coordinated into the phrase before a comma ("With the signing
    of a memorandum, *the government and the rebels* have agreed ...", "... with the army
    and allied militias, *residents* said"): a main verb with no subject whose words just
    before it (and its auxiliaries) end a noun conjoined across that comma."""
    if verb.pos_ != "VERB" or verb.dep_ not in ("ROOT", "ccomp") or any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return None
    first = min([verb.i] + [c.i for c in verb.children
                            if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i])
    if first == 0 or verb.doc[first - 1].pos_ not in ("NOUN", "PROPN"):
        return None
    noun = verb.doc[first - 1]
    while noun.dep_ in ("conj", "compound", "flat", "appos") and noun.head.i < noun.i:
        head = noun.head
        if noun.dep_ == "conj" and any(t.text == "," for t in verb.doc[head.i:noun.left_edge.i]):
            return noun
        noun = head
    return None


#: Dashes that end a wire dateline ("NIAMEY, Niger (AP) — ...").
DATELINE_DASHES: frozenset[str] = frozenset({"—", "–", "--"})


def _past_dateline(subject: Token) -> Token:
    """The true subject when the parser made a dateline's city the subject and hung the
    sentence's own subject on it as an apposition after the dash ("NIAMEY, Niger (AP) —
    *Members* of the guard detained ...")."""
    dashes = [c.i for c in subject.children if c.dep_ == "punct" and c.text in DATELINE_DASHES]
    if not dashes:
        return subject
    return next((c for c in subject.children if c.dep_ == "appos" and c.i > dashes[0]), subject)


def _participle_subject(subject: Token) -> Token:
    """The noun a participle subject of a verb of saying was parsed as governing."""
    if subject.tag_ != "VBG":
        return subject
    return next((c for c in subject.children if c.dep_ == "nsubj"), subject)


def controller(verb: Token) -> list[Token]:
    """Who does a subject-less verb: "prompting Azerbaijan *to question*" -> Azerbaijan.

    An xcomp takes its governor's object if it has one (object control), else its
    subject; a conjoined or adverbial clause shares its governor's subject; a
    relative clause's gap is the noun it modifies; an active participle modifying a
    noun ("troops firing on ...") has that noun as its doer.
    """
    dep, head = verb.dep_, verb.head
    if head == verb:
        return []
    if dep == "relcl" or (dep == "acl" and verb.tag_ == "VBG"):
        return [head]
    if misread_main_verb(verb):
        return [head]
    if dep == "acl" and verb.tag_ in FINITE_TAGS and head.dep_ == "ROOT":
        # "Sudan's army chief, General X, *called* on ...": a finite verb is no reduced
        # relative; hung on the sentence's root noun, it is the main verb of that noun.
        return [head]
    if dep == "acl" and head.lemma_.lower() in DECISION_NOUNS and _infinitive(verb):
        # "the government's move to close the border": subject control by the noun's doer.
        return noun_actor_heads(head)
    if dep == "xcomp":
        objects = [c for c in head.children if c.dep_ in ("dobj", "obj")]
        if objects:
            return expand_conj(objects[:1])
        raised = [c for c in head.children if c.dep_ == "nsubjpass"]
        if raised:
            # "X is set / expected / asked to restore ties": the passive governor's
            # subject is understood as the doer of its infinitive (raising or control).
            return expand_conj(raised)
    if dep in ("acomp", "oprd") and head.pos_ in ("VERB", "AUX"):
        # "X is about / likely / ready to ...": a predicate adjective's subject is the
        # subject of its copula, which then controls the adjective's infinitive.
        return subject_heads(head)
    if dep in SHARED_SUBJECT_DEPS and dep != "ccomp":
        if head.pos_ in ("VERB", "AUX", "ADJ"):
            return subject_heads(head)
        if dep == "pcomp" and head.head != head:
            return subject_heads(head.head)
    return []


def _infinitive(verb: Token) -> bool:
    """A "to"-infinitive: a base-form verb with its "to" marker."""
    return verb.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def noun_actor_heads(noun: Token) -> list[Token]:
    """The doer of a nominal trigger: possessor, "by" agent, owner modifier, or the
    head noun's possessor when the trigger is itself a compound ("Blinken's mediation push").
    """
    poss = [c for c in noun.children if c.dep_ == "poss"]
    if poss:
        return expand_conj(poss)
    agents = [pobj for prep, pobj in prep_objects(noun) if prep == "by"]
    if agents:
        return expand_conj(agents)
    if noun.dep_ == "compound" and noun.head != noun:
        return noun_actor_heads(noun.head)
    adjacent = _adjacent_possessor(noun)
    if adjacent is not None:
        return [adjacent]
    # "a *U.S.-brokered* truce between X and Y": the broker is a third party, not a side of
    # the truce its sides are named for (with none named, it stays the deal's only party).
    modifiers = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod")
                 and not (broker_participle(c) and _between_named(noun))]
    if not any(m.text[:1].isupper() for m in modifiers) and (
            _travel_adjunct(noun) or _gathering_purpose(noun) or _meeting_before(noun)):
        return subject_heads(noun.head.head)
    return modifiers


#: Participles of a third party's part in an outcome ("a truce *brokered* by Qatar").
BROKER_PARTICIPLES = frozenset({"brokered", "mediated", "facilitated"})


def broker_participle(token: Token) -> bool:
    """Is the modifier a broker's participle: "brokered by Qatar", "Qatari-brokered",
    "U.S.-brokered" (one token)?"""
    return token.dep_ in ("amod", "acl", "compound") and (
        token.lower_.rsplit("-", 1)[-1] in BROKER_PARTICIPLES)


def _between_named(noun: Token) -> bool:
    """Does the noun (or its broker's participle) name the sides it is "between"?"""
    heads = [noun, *(c for c in noun.children if broker_participle(c))]
    return any(prep == "between" for h in heads for prep, _o in prep_objects(h))


def _gathering_purpose(noun: Token) -> bool:
    """ "gathered / converged *for a rally*": a purpose phrase on a verb naming a gathering
    the verb's subject takes part in (adjunct control, as with "to rally")."""
    prep = noun.head
    return (noun.dep_ == "pobj" and noun.lemma_.lower() in GATHERING_NOUNS
            and prep.lower_ == "for" and prep.head != prep
            and prep.head.pos_ == "VERB")


def _meeting_before(noun: Token) -> bool:
    """ "(speaking) after talks with X" on a verb: the subject met X."""
    prep = noun.head
    return (noun.dep_ == "pobj" and noun.lemma_.lower() in MEETING_NOUNS
            and prep.lower_ in SEQUEL_PREPS and prep.head != prep
            and prep.head.pos_ == "VERB"
            and any(p == "with" for p, _ in prep_objects(noun)))


def _travel_adjunct(noun: Token) -> bool:
    """ "during a visit to Z" modifying a verb: the unnamed traveller is that verb's subject
    (adjunct control), unless a name or nationality on the noun says otherwise."""
    prep = noun.head
    return (noun.dep_ == "pobj" and noun.lemma_.lower() in TRAVEL_NOUNS
            and prep.lower_ in TIME_ADJUNCT_PREPS and prep.head != prep
            and prep.head.pos_ in ("VERB", "AUX"))


def _adjacent_possessor(noun: Token) -> Token | None:
    """A possessive right before a noun phrase the parser left unattached.

    "the administration's re-imposition": when the parse gives the possessor no
    link to the noun, a word marked with "'s" directly before the noun (or before a
    hyphenated prefix of it) is still its possessor in English syntax.
    """
    doc: Doc = noun.doc
    i = noun.i - 1
    while i >= 0 and doc[i].text in ("-", "re", "non", "co") and doc[i].head != noun:
        i -= 1
    if i < 1 or doc[i].dep_ != "case" or doc[i].text not in ("'s", "’s", "'", "’"):
        return None
    owner = doc[i].head
    return owner if owner.i < noun.i and owner.sent == noun.sent else None


def recipient_heads(trigger: Token, noun: bool) -> list[Token]:
    """Candidate recipient heads outside the direct object, most likely first."""
    out: list[Token] = []
    if noun:
        out.extend(pobj for prep, pobj in _ordered_preps(trigger))
        if trigger.dep_ == "compound":
            out.extend(pobj for prep, pobj in _ordered_preps(trigger.head))
        out.extend(_passive_undergoer(trigger))
        return out
    if is_passive(trigger):
        if trigger.dep_ == "acl":
            out.append(trigger.head)
        out.extend(expand_conj([c for c in trigger.children if c.dep_ == "nsubjpass"]))
    # Direct objects are tried by the caller (as mentions, then by their owners, after the
    # prepositions); a nominal dative ("gave Iraq aid") is a recipient outright.
    out.extend(expand_conj([c for c in trigger.children if c.dep_ == "dative" and c.pos_ != "ADP"]))
    out.extend(refuge_hosts(trigger))
    # "demanded that Iran release ...": the addressee is the subject of the content clause.
    for verb in complement_verbs(trigger):
        if verb.dep_ == "ccomp" and verb.lemma_.lower() not in REPORTING_VERBS:
            if _free_relative(verb):
                # "bombed *what Ankara called* a depot in Syria": the clause is
                # the object, named by its subject; the thing it is named as is acted on.
                out.extend(named_as(verb))
                continue
            out.extend(expand_conj([c for c in verb.children if c.dep_ == "nsubj"]))
    for prep, pobj in _ordered_preps(trigger):
        if _occasion(prep, pobj):
            # "agreed at talks in Istanbul": the meeting's venue is no party; the parties
            # it was held with are ("agreed at talks with Kyiv").
            out.extend(o for p, o in _ordered_preps(pobj) if p in ("with", "between"))
        elif prep != "by":
            out.append(pobj)
    for verb in complement_verbs(trigger):
        if verb.dep_ in ("xcomp", "acl"):
            verb_objects = expand_conj([c for c in verb.children if c.dep_ in ("dobj", "obj")])
            # "refused to deploy peacekeepers *in Iraq*": forces sent are the means.
            out.extend(sent_goals(verb))
            out.extend(verb_objects)
            out.extend(pobj for prep, pobj in _ordered_preps(verb))
            # "offered to host talks *between Moscow and Kyiv*": the parties of the
            # meeting offered are those the offer is made to.
            out.extend(pobj for obj in verb_objects for prep, pobj in _ordered_preps(obj)
                       if prep in ("with", "between"))
            # "refused to allow U.N. planes to land": the parser often makes the one
            # allowed or asked the subject of a clause under the complement verb.
            for inner in complement_verbs(verb):
                if inner.dep_ == "ccomp" and inner.lemma_.lower() not in REPORTING_VERBS:
                    out.extend(expand_conj([c for c in inner.children if c.dep_ == "nsubj"]))
    out.extend(_content_clause_parties(trigger))
    out.extend(_nested_goal_heads(trigger))
    out.extend(_raised_arguments(trigger))
    return out


def _free_relative(verb: Token) -> bool:
    """Is the clause a free relative object ("struck *what* X called a camp")?"""
    return any(c.dep_ in ("dobj", "obj") and c.tag_ == "WP" for c in verb.children)


def named_as(verb: Token) -> list[Token]:
    """What a verb of naming names its object as: "called *a provocation*", "described
    as *a camp*"."""
    return [c for c in verb.children if c.dep_ == "oprd"] + [
        pobj for prep, pobj in prep_objects(verb) if prep == "as"]


def _content_clause_parties(trigger: Token) -> list[Token]:
    """Parties of a pledged, agreed or threatened act stated as a content clause.

    "pledged that Poland would help *Lithuania* defend ...", "warned that it would
    retaliate *against Chad*", "would respond to any *Israeli* attack": when the clause's
    subject is the speaker's own side (so no recipient), the party the act is done to is
    its object, the subject of a clause under it, or its prepositional object (or that
    object's owner). Tried after the clause's subject.
    """
    out: list[Token] = []
    for verb in complement_verbs(trigger):
        if verb.dep_ != "ccomp" or verb.lemma_.lower() in REPORTING_VERBS:
            continue
        out.extend(expand_conj([c for c in verb.children if c.dep_ in ("dobj", "obj")]))
        out.extend(expand_conj([s for inner in complement_verbs(verb) if inner.dep_ == "ccomp"
                                for s in inner.children if s.dep_ == "nsubj"]))
        out.extend(pobj for _prep, pobj in _ordered_preps(verb))
    return out


def _passive_undergoer(noun: Token) -> list[Token]:
    """ "Kyiv was hit by (a wave of) Russian drone attacks": an act noun that is the agent of a
    passive verb did what the verb says to that verb's subject, so the subject undergoes it."""
    phrase = noun
    if phrase.dep_ == "pobj" and phrase.head.lower_ == "of" and phrase.head.head.dep_ == "pobj":
        phrase = phrase.head.head  # "a wave / series *of* attacks"
    agent = phrase.head
    if phrase.dep_ != "pobj" or agent.dep_ != "agent" or agent.head == agent:
        return []
    return expand_conj([c for c in agent.head.children if c.dep_ == "nsubjpass"])


def refuge_hosts(verb: Token) -> list[Token]:
    """Where protection is sought: "sought refuge *in Germany*", "asked for asylum *in
    Canada*" — the "in" place of a refuge noun (on the noun or on its verb) names the
    state asked to host. Empty when the verb governs no refuge noun."""
    nouns = [o for o in object_heads(verb) if o.lemma_.lower() in REFUGE_NOUNS]
    nouns += [o for p, o in prep_objects(verb) if p == "for" and o.lemma_.lower() in REFUGE_NOUNS]
    if not nouns:
        return []
    hosts = [o for head in [verb, *nouns] for p, o in prep_objects(head) if p == "in"]
    return expand_conj(hosts)


def _raised_arguments(verb: Token) -> list[Token]:
    """Arguments a first conjunct shares with the next one ("donated and delivered goods
    *to the clinic*"): with no object or preposition of its own, a coordinated verb takes
    those of the verb coordinated with it (right-node raising)."""
    if any(c.dep_ in OBJECT_DEPS or c.dep_ in ("prep", "dative") for c in verb.children):
        return []
    out: list[Token] = []
    for conj in verb.children:
        if conj.dep_ == "conj" and conj.pos_ == "VERB":
            out.extend(c for c in conj.children if c.dep_ == "dative" and c.pos_ != "ADP")
            out.extend(pobj for prep, pobj in _ordered_preps(conj) if prep != "by")
    return out


def _nested_goal_heads(trigger: Token) -> list[Token]:
    """Objects of infinitives nested under the trigger's complement, nearest first.

    "willing to send material *to help defend Saudi Arabia*": the one the planned
    act is for may sit a clause or two down a chain of subject-less infinitives
    (each shares the trigger's subject, so the chain is one plan). Tried after
    the trigger's own objects and prepositions.
    """
    out: list[Token] = []
    frontier = [v for v in complement_verbs(trigger) if v.dep_ in ("xcomp", "acl", "advcl")]
    for _ in range(2):
        deeper = [v for verb in frontier for v in complement_verbs(verb)
                  if v.dep_ in ("xcomp", "advcl")]
        for verb in deeper:
            out.extend(expand_conj([c for c in verb.children if c.dep_ in ("dobj", "obj")]))
            out.extend(pobj for prep, pobj in _ordered_preps(verb))
        frontier = deeper
    return out


def condition_subjects(trigger: Token) -> list[Token]:
    """Subjects of "if" / "unless" clauses on the trigger or its complements.

    "threatened to stop talks *if the United States goes ahead*": a threat made
    conditional on someone's conduct is addressed to that someone.
    """
    out: list[Token] = []
    for verb in [trigger, *complement_verbs(trigger)]:
        for clause in verb.children:
            if clause.dep_ != "advcl" or not any(
                m.dep_ == "mark" and m.lower_ in ("if", "unless", "until") for m in clause.children
            ):
                continue
            # "vowed to fight *until Hamas is destroyed*": the one whose undoing ends it.
            out.extend(expand_conj([c for c in clause.children
                                    if c.dep_ in ("nsubj", "nsubjpass")]))
    return out


def grievance_heads(trigger: Token) -> list[Token]:
    """Objects of a criticism's grievance prepositions ("complained *over* the raids")."""
    found = [(p, o) for p, o in prep_objects(trigger) if p in GRIEVANCE_PREPS]
    found.sort(key=lambda po: GRIEVANCE_PREPS.index(po[0]))
    return expand_conj([o for _, o in found])


def content_clause_subjects(trigger: Token) -> list[Token]:
    """Subjects of the content clause of a nominal trigger or of the noun a verbal one
    governs: "its demand *that Israel* ease ...", "insisted on demands *that the
    government* grant ...". The clause may be extraposed onto the verb whose object the
    noun is ("reiterated its demand today that Israel ease ...").
    """
    nouns = [trigger] if trigger.pos_ in ("NOUN", "PROPN") else [
        *object_heads(trigger), *(pobj for _, pobj in prep_objects(trigger))]
    clauses = [c for noun in nouns for c in noun.children if c.dep_ in ("acl", "ccomp")]
    if trigger.pos_ in ("NOUN", "PROPN"):
        clauses.extend(extraposed_clauses(trigger))
    out: list[Token] = []
    for clause in clauses:
        if _is_that_clause(clause):
            out.extend(expand_conj([c for c in clause.children if c.dep_ == "nsubj"]))
    return out


def extraposed_clauses(noun: Token) -> list[Token]:
    """A "that" clause on the verb whose object ``noun`` is, when the verb has no other
    object for it to complete ("reiterated its demand today *that ...*")."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "obj") or verb.pos_ not in ("VERB", "AUX"):
        return []
    return [c for c in verb.children if c.dep_ == "ccomp" and c.i > noun.i and _is_that_clause(c)]


def _is_that_clause(clause: Token) -> bool:
    children = list(clause.children)
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in children) and any(
        c.dep_ == "nsubj" for c in children)


# Verbs of showing an emblem: what protesters wave or hold up ("waving *Turkish* flags",
# "holding portraits of the king") shows whose side they are on, not whom they protest.
DISPLAY_VERBS = frozenset({"wave", "brandish", "hoist", "unfurl", "display", "drape"})


def purpose_heads(trigger: Token) -> list[Token]:
    """Objects in a protest's purpose clause ("struck *to protest Sweden's decision*",
    "marched *to demand reforms by the government*"): the one the protest is aimed at
    is named there when the act itself has no object party."""
    out: list[Token] = []
    for clause in trigger.children:
        if clause.lemma_.lower() in DISPLAY_VERBS:
            continue
        # "a protest *to demand* pay": an infinitive on a protest noun is its purpose too.
        if clause.dep_ not in ("advcl", "acl") or not (
            any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children)
            # "demonstrated in Kirkuk *calling for independence from Iraq*": a participle
            # with no subject of its own tells what the protesters were doing it for.
            or (clause.tag_ == "VBG" and not any(c.dep_ == "nsubj" for c in clause.children))
        ):
            continue
        out.extend(expand_conj([c for c in clause.children if c.dep_ in ("dobj", "obj")]))
        out.extend(pobj for _, pobj in _ordered_preps(clause))
        # "to demand reforms *by the government*": the one asked to act.
        out.extend(pobj for prep, pobj in prep_objects(clause) if prep == "by")
    return out


def purpose_governor(verb: Token) -> Token | None:
    """The verb a subject-less "to" infinitive gives the purpose of ("sent a team to
    Bosnia *to investigate*" -> sent), or None."""
    # Only an adverbial infinitive is a purpose; an xcomp completes its verb ("agreed to
    # investigate"), whose places say nothing of where the investigating goes.
    if verb.dep_ != "advcl" or verb.head == verb or not _bare_infinitive(verb):
        return None
    return verb.head if verb.head.pos_ == "VERB" else None


def investigation_sites(trigger: Token) -> list[Token]:
    """Where an investigation is carried out, which stands for the one investigated
    when nobody is named: "sent a mission *to Bosnia* to investigate", "inspectors
    arrived *in Iran* to check ...". The goal of the motion an investigation is the
    purpose of, then the places on the investigating verb itself."""
    out: list[Token] = []
    governor = purpose_governor(trigger)
    if governor is not None:
        # The goal may hang on what is sent ("sent a team of experts *to Libya*"): it is
        # still where the sending goes.
        sent = object_heads(governor)
        sent += [o for noun in sent for p, o in prep_objects(noun) if p == "of"]
        for head in [governor, *sent]:
            out.extend(o for p, o in prep_objects(head) if p in ("to", "into", "in"))
    out.extend(o for p, o in prep_objects(trigger) if p in ("to", "into", "in"))
    return expand_conj(out)


def threatened_objects(trigger: Token) -> list[Token]:
    """Objects of the act a warning announces: "warned that police would not tolerate
    *rallies by the party*" — the content clause of a warning is the threatened act,
    and what that act is done to is the one threatened."""
    return expand_conj([
        obj
        for verb in complement_verbs(trigger)
        if verb.dep_ == "ccomp" and verb.lemma_.lower() not in REPORTING_VERBS
        for obj in verb.children if obj.dep_ in ("dobj", "obj")
    ])


def threatening_doers(trigger: Token) -> list[Token]:
    """Subjects of a warning's content clause: who would do the threatened act ("warned
    that *Tehran* would respond")."""
    return expand_conj([
        subj
        for verb in complement_verbs(trigger)
        if verb.dep_ == "ccomp" and verb.lemma_.lower() not in REPORTING_VERBS
        for subj in verb.children if subj.dep_ in ("nsubj", "nsubjpass")
    ])


def coercive_purpose_objects(trigger: Token) -> list[Token]:
    """Objects of the purpose of a use of force: "opened fire *to disperse protesters*",
    "fired tear gas *to break up the march*" — the force is aimed at the people the
    purpose verb acts on. Only verbs of driving off or stopping people count (a purpose
    such as "to protect the embassy" names who is shielded, not who is hit)."""
    out: list[Token] = []
    for clause in trigger.children:
        if (clause.dep_ in ("advcl", "xcomp") and _bare_infinitive(clause)
                and clause.lemma_.lower() in DISPERSAL_VERBS):
            out.extend(c for c in clause.children if c.dep_ in ("dobj", "obj"))
    return expand_conj(out)


def _ordered_preps(token: Token) -> list[tuple[str, Token]]:
    found = [(p, o) for p, o in prep_objects(token) if p in RECIPIENT_PREPS
             and not (p == "with" and o.lemma_.lower() in ASSISTANCE_NOUNS)]
    found.sort(key=lambda po: RECIPIENT_PREPS.index(po[0]))
    return [(p, o) for p, o0 in found for o in expand_conj([o0])]


def place_reading(mention: ActorMention, doc: Doc) -> str | None:
    """How a mention names a place rather than a state or its government, or None.

    ``"settlement"``: its word qualifies or locates an inhabited place ("*Iraqi* towns",
    "the town of *Gorazde*", "a village in *Cambodia*", "Cizre in *Turkey*");
    ``"locative"``: a capital city as the object of a locative preposition ("a curfew
    *in Algiers*"); ``"capital"``: a capital named otherwise ("shelled *Juba*"), which
    may also stand for the government by metonymy ("aid to Kyiv"); ``"people"``: a
    plural demonym ("deported 168 *Liberians*"), persons of that nationality. A country
    named as a location ("a curfew in Montenegro") is the state itself: None.
    """
    if (mention.actor.rule or "").endswith("/people"):
        return "people"
    head = doc[mention.head]
    governor = head.head
    if head.dep_ in ("amod", "compound", "poss", "appos", "nmod") and (
        governor.lemma_.lower() in SETTLEMENT_NOUNS
    ):
        return "settlement"
    if any(c.dep_ in ("compound", "appos") and c.lemma_.lower() in SETTLEMENT_NOUNS
           for c in head.children):
        # "shelled *the regional capital* Juba": the name of a town, given its kind.
        return "settlement"
    capital = (mention.actor.rule or "").endswith("/capital")
    if head.dep_ == "pobj" and governor.lower_ == "by" and governor.dep_ == "agent":
        # "tariffs imposed *by Washington*": the doer of an act is a government, not a city.
        return None
    if head.dep_ in ("nsubj", "csubj"):
        # "warned that *Tehran* would respond": the subject of a verb acts, so a capital
        # there is its government (metonymy), never the people who live in it.
        return None
    if head.dep_ == "pobj" and governor.head != governor:
        place = governor.head
        if governor.lower_ == "of" and place.lemma_.lower() in SETTLEMENT_NOUNS:
            return "settlement"
        if governor.lower_ in LOCATIVE_PREPS:
            # A town, or a named place that is no party itself, lying in the one named.
            if place.lemma_.lower() in SETTLEMENT_NOUNS or (
                    place.pos_ == "PROPN" and place.ent_type_ in ("GPE", "LOC", "FAC")):
                return "settlement"
            if capital:
                return "locative"
    return "capital" if capital else None


def as_population(mention: ActorMention) -> ActorMention:
    """The people of the place a mention names: same country, sector CVL.

    An act done to a place — shelling a town, a curfew in a city, aid flown out of a
    besieged enclave — falls on the people who live there, not on their government;
    likewise an arrest or deportation of "Liberians" falls on Liberian persons.
    """
    actor = mention.actor
    if actor.country is None or actor.sector == POPULATION_SECTOR:
        return mention
    people = replace(actor, sector=POPULATION_SECTOR,
                     code=actor_code(actor.country, POPULATION_SECTOR),
                     rule=f"{actor.rule or ''}+population")
    return replace(mention, actor=people)


def with_country(mention: ActorMention, country: str) -> ActorMention:
    """A mention of persons with no known nationality, placed in ``country``."""
    actor = mention.actor
    placed = replace(actor, country=country, code=actor_code(country, actor.sector),
                     rule=f"{actor.rule or ''}+placed:{country}")
    return replace(mention, actor=placed)


#: Nouns of the stance an act is done in: "blocked streets *in defiance of* Beijing",
#: "struck *in protest at* the arrests", "shelled the town *in retaliation for* X's raids".
#: Whoever the stance is taken against is the one the act is aimed at. ("In solidarity
#: with X" is absent on purpose: X is the one supported, not the one acted on.)
STANCE_NOUNS = frozenset({
    "defiance", "protest", "opposition", "retaliation", "reprisal", "revenge", "retribution",
})
#: Prepositions by which a stance noun names what it is against ("defiance *of*",
#: "protest *at* / *against* / *over*", "opposition *to*", "retaliation *for*").
STANCE_PREPS = frozenset({"of", "at", "against", "over", "to", "for"})


def stance_targets(verb: Token) -> list[Token]:
    """Heads of what an "in <stance>" phrase on ``verb`` is taken against.

    The parser hangs the stance's own preposition on the noun ("in defiance *of* X") or,
    as a second adjunct, on the verb right after it ("marched in protest *at* X"); both
    are read. A caller reads each head first for the party it names or the doer of the
    act it names (:func:`doer_mentions`: "in protest at *Israel's* raids").
    """
    out: list[Token] = []
    for prep, noun in prep_objects(verb):
        if prep != "in" or noun.lemma_.lower() not in STANCE_NOUNS:
            continue
        out.extend(o for p, o in prep_objects(noun) if p in STANCE_PREPS)
        out.extend(o for p, o in prep_objects(verb) if p in STANCE_PREPS
                   and o.head.i == noun.right_edge.i + 1)
    return expand_conj(out)


def doer_mentions(index: MentionIndex, head: Token) -> list[ActorMention]:
    """The party a head names outright, else the doer of the act it names ("Israel's
    raids", "the arrests by police"): a possessor, "by" agent or owner modifier."""
    direct = index.at(head)
    if direct is not None:
        return [direct]
    out: list[ActorMention] = []
    for doer in noun_actor_heads(head):
        mention = index.at(doer)
        if mention is not None and mention not in out:
            out.append(mention)
    return out


#: Verbs of sending forces: what they move is the sender's means, where to is the party
#: concerned ("refused to deploy peacekeepers *in Iraq*", "a plan to send troops *to Sudan*").
SENDING_VERBS = frozenset({"deploy", "send", "dispatch", "station", "post", "contribute", "commit"})
#: Prepositions naming where forces are sent.
GOAL_PREPS = ("to", "into", "in")


def sent_goals(verb: Token) -> list[Token]:
    """Where a verb of sending moves what it sends, on the verb or on the thing sent
    ("deploy peacekeepers *in Iraq*" hangs the place on the object); empty for other verbs."""
    if verb.lemma_.lower() not in SENDING_VERBS:
        return []
    heads = [verb, *object_heads(verb)]
    return expand_conj([o for head in heads for p, o in prep_objects(head) if p in GOAL_PREPS])


def object_clause_heads(noun: Token) -> list[Token]:
    """Parties of the act an object noun's infinitive or ability clause names.

    "rejected an invitation *to attend a meeting of Palestinian factions*", "a call *for
    its forces to be deployed in East Timor*", "hackers *capable of launching* attacks
    *against* X": an offer, plan or call is aimed at those its act would concern, and a
    means at those it is made able to act on. With nobody named on the noun itself, the
    clause's goal (for a verb of sending), prepositional parties, objects and, last, its
    place are tried, in that order; for a text ("a law *recognizing* X"), the parties of
    the participle clause that states its content.
    """
    clauses = [c for c in noun.children if c.dep_ in ("acl", "relcl") and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    for adjective in noun.children:
        if adjective.dep_ != "amod" or adjective.pos_ != "ADJ":
            continue
        clauses += [v for v in adjective.children if v.dep_ == "xcomp" and v.pos_ == "VERB"]
        clauses += [v for p in adjective.children if p.dep_ == "prep" and p.lower_ == "of"
                    for v in p.children if v.dep_ == "pcomp" and v.tag_ == "VBG"]
    out: list[Token] = []
    for verb in clauses:
        out.extend(sent_goals(verb))
        out.extend(pobj for _, pobj in _ordered_preps(verb))
        out.extend(expand_conj([c for c in verb.children if c.dep_ in ("dobj", "obj")]))
        out.extend(o for p, o in prep_objects(verb) if p in LOCATIVE_PREPS)
    if noun.lemma_.lower() in DOCUMENT_NOUNS:
        # "approved a law *recognizing* victories by X", "rejected a resolution
        # *condemning* Y": a text's participle clause states its content.
        for verb in noun.children:
            if verb.dep_ == "acl" and verb.tag_ == "VBG" and not any(
                    c.dep_ == "nsubj" for c in verb.children):
                out.extend(expand_conj([c for c in verb.children if c.dep_ in ("dobj", "obj")]))
                out.extend(pobj for _, pobj in _ordered_preps(verb))
    return out


#: Nouns of texts with a content ("a law recognizing ...", "a resolution condemning ...").
DOCUMENT_NOUNS = frozenset({
    "law", "bill", "decree", "resolution", "measure", "statement", "declaration", "motion",
    "amendment", "regulation", "directive", "ruling", "order", "letter", "report",
})
