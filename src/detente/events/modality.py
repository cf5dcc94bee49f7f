"""Modality and attribution of a trigger, read off the clause structure above it.

Modality: "negated" (a negation on the trigger or on a verb that governs it through
control, "failed to", "no longer"), "hypothetical" (could/may/might/should, an
"if"/"unless" clause, or a clause under a verb of speculation or hope: "observers
speculate that ..."), "future" ("will", "is expected to", "plans to", or "would"
backshifted under a past reporting verb), "historical" (pluperfect, "previously",
"historically", "in 1992" before the article's year), else "asserted". The first
that applies in that order wins: a denied or imagined event is never "asserted".

Attribution: who says so — the subject of a reporting verb above the trigger
("APA reported that ..."), the object of "according to", or the subject of a verb
of speculation ("observers"). ``None`` when the narrator asserts it.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Span, Token

HYPOTHETICAL_MODALS = frozenset({"could", "may", "might", "should", "can", "must", "ought"})
FUTURE_MODALS = frozenset({"will", "shall", "'ll", "wo"})
#: Auxiliaries that put their clause in the future ("will go", "would go", "is going to go").
FUTURE_AUXILIARIES = FUTURE_MODALS | {"would", "going"}
#: Governors after which the governed event has not happened yet.
FUTURE_GOVERNORS = frozenset({
    "plan", "intend", "expect", "schedule", "aim", "prepare", "set", "want", "wish", "seek",
    "hope", "vow", "pledge", "promise", "propose", "consider", "mean",
    # "the ministers *were due to* meet": "due to" names what is scheduled, like "set to".
    "due",
})
#: Prepositions of what is yet to come: "ahead of an offensive", "in preparation for talks".
ANTICIPATING_PREPS = frozenset({"ahead of", "advance of", "preparation for"})
#: Governors that deny the governed event ("failed to reach a deal").
NEGATING_GOVERNORS = frozenset({"fail", "refrain", "neglect", "stop", "cease", "avoid"})
#: Verbs that deny their content clause ("officials denied that troops had crossed"):
#: the speaker says the event did not happen.
DENYING_GOVERNORS = frozenset({"deny", "refute", "dispute"})
#: Verbs that reject a claim named as their object ("rejected claims that ...").
REJECTING_GOVERNORS = DENYING_GOVERNORS | frozenset({"reject", "dismiss", "deny"})
#: Nouns naming a claim: "..., *an allegation* Kyiv denied" denies the claim, not the act.
CLAIM_NOUNS = frozenset({
    "allegation", "accusation", "charge", "claim", "assertion", "report", "contention",
})
#: Verbs, nouns and adjectives of speculation, belief or hope: what is under them is imagined.
SPECULATION = frozenset({
    "speculate", "suggest", "believe", "think", "hope", "expect", "predict", "fear",
    "doubt", "wonder", "anticipate", "forecast", "guess", "assume", "imagine", "suppose",
    "hypothesize", "envisage", "envision", "optimistic", "hopeful", "possible", "likely",
    "speculation", "prospect", "possibility", "expectation", "optimism",
    # Needs: "missiles were *needed* to strike supply lines", "the *need* for talks" say
    # what would serve, not what was done.
    "need", "require", "necessary",
})
#: Reporting verbs: they attribute the embedded event and keep its modality.
REPORTING = frozenset({
    "say", "report", "claim", "state", "tell", "add", "note", "confirm", "announce",
    "quote", "write", "declare", "explain", "insist", "assert", "reveal", "disclose",
    "indicate", "allege", "acknowledge", "stress", "emphasize", "argue", "maintain",
})
HISTORICAL_ADVERBS = frozenset({"previously", "historically", "formerly", "once", "earlier"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
#: Finite verb forms (past, present): a verb in one of them carries its own tense.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
#: Links climbed from a trigger to the clauses that govern it.
#: Relative clauses are left out: what they say of a noun is asserted on its own.
CLIMB_DEPS = frozenset({"xcomp", "ccomp", "conj", "advcl", "pcomp", "acl", "dobj",
                        "pobj", "prep", "acomp", "nsubj", "nsubjpass", "compound"})


@dataclass(frozen=True, slots=True)
class Reading:
    modality: str
    attribution: str | None


def read_modality(trigger: Token, published: date | None) -> Reading:
    """Modality and attribution of the event the trigger names."""
    chain = _governing_chain(trigger)
    attribution = _attribution(chain)
    if _negated(trigger, chain):
        return Reading("negated", attribution)
    speculator = _speculation(chain)
    if speculator is not None:
        return Reading("hypothetical", attribution or speculator or None)
    if _asked(chain):
        return Reading("hypothetical", attribution)
    if _conditional_or_modal(chain, HYPOTHETICAL_MODALS) and not _backshifted_would(chain):
        return Reading("hypothetical", attribution)
    if _infinitival_modifier(trigger):
        return Reading("hypothetical", attribution)
    if _future(chain):
        return Reading("future", attribution)
    if _historical(trigger, published):
        return Reading("historical", attribution)
    return Reading("asserted", attribution)


def _governing_chain(trigger: Token) -> list[Token]:
    """The trigger and the words that govern it, up to (not beyond) its sentence root."""
    chain = [trigger]
    tok = trigger
    while tok.head != tok and tok.dep_ in CLIMB_DEPS and len(chain) < 8:
        tok = tok.head
        chain.append(tok)
    return chain


def _control_part(chain: list[Token]) -> list[Token]:
    """The trigger and its control governors ("refused to *accept*"), stopping at a clause."""
    part = [chain[0]]
    for lower, upper in itertools.pairwise(chain):
        # Control links, and coordination: "will withdraw and disarm" share "will".
        if lower.dep_ not in ("xcomp", "acl", "acomp", "prep", "pobj", "pcomp", "dobj", "conj"):
            break
        # A finite conjunct has its own tense and shares no auxiliary, negation or
        # governor with the first: "pledged aid and *called* on ...", "would escort
        # ships and *called* on the EU", "did not meet Y and *left*".
        if lower.dep_ == "conj" and lower.tag_ in FINITE_TAGS:
            break
        part.append(upper)
    return part


def _negated(trigger: Token, chain: list[Token]) -> bool:
    for tok in _control_part(chain):
        for child in tok.children:
            if child.dep_ == "neg":
                return True
            if child.lemma_.lower() == "longer" and any(
                g.lower_ == "no" for g in child.children
            ):
                return True
            if child.dep_ == "det" and child.lower_ == "no" and tok.pos_ in ("NOUN", "PROPN"):
                return True
        if tok != trigger and tok.lemma_.lower() in NEGATING_GOVERNORS:
            return True
    return any(
        lower.dep_ == "ccomp" and upper.lemma_.lower() in DENYING_GOVERNORS
        and not denies_a_named_claim(lower, upper)
        for lower, upper in itertools.pairwise(chain)
    ) or any(_rejected_claim(lower, upper) for lower, upper in itertools.pairwise(chain))


def _rejected_claim(content: Token, claim: Token) -> bool:
    """ "rejected as a lie *claims that* a missile had downed the jet", "dismissed reports
    of an attack": what a rejected or denied claim says is not asserted by the teller.
    (The parser may coordinate the claim noun with the verb that rejects it.)"""
    if not (content.dep_ in ("ccomp", "acl", "prep") and claim.lemma_.lower() in CLAIM_NOUNS
            and claim.head.lemma_.lower() in REJECTING_GOVERNORS):
        return False
    if claim.dep_ == "dobj":
        return claim.pos_ == "NOUN"
    # "rejected as a lie claims that ...": a "conjunct" with no subject, no conjunction and
    # a governor with no object of its own is the governor's object noun, misread as a verb.
    governor = claim.head
    return (claim.dep_ == "conj"
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in claim.children)
            and not any(c.dep_ in ("cc", "dobj") for c in governor.children))


def denies_a_named_claim(clause: Token, denier: Token) -> bool:
    """ "X accused Y of Z, *an allegation Y denied*": in a trailing appositive the denial's
    fronted object names the claim it denies; the parser may still hang the main clause on
    the denial as its content, but that clause was said, and is not itself denied."""
    return clause.i < denier.i and any(
        c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.i < denier.i
        and c.lemma_.lower() in CLAIM_NOUNS
        for c in denier.children
    )


QUOTE_MARKS = frozenset({'"', "'", "”", "’", "“", "‘"})
WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def _asked(chain: list[Token]) -> bool:
    """Is the trigger in the main clause of a yes/no question ("Will Iran retaliate?")?
    Such a question asserts nothing; it asks whether the event happens. A wh-question
    ("Why did Iran retaliate?") presupposes the event and is left as it is."""
    top = chain[-1]
    if top.dep_ != "ROOT":
        return False
    sent = top.sent
    last = _last_word(sent)
    if last is None or last.text != "?":
        return False
    words = [t for t in sent if not t.is_space and t.text not in QUOTE_MARKS]
    return not any(t.tag_ in WH_TAGS for t in words if t.i < top.i)


def _last_word(sent: Span) -> Token | None:
    """The sentence's last token that is neither a space nor a quote mark. Read from the
    end: most sentences are no question, and their other words are never looked at."""
    doc = sent.doc
    for i in range(sent.end - 1, sent.start - 1, -1):
        token = doc[i]
        if not token.is_space and token.text not in QUOTE_MARKS:
            return token
    return None


def _speculation(chain: list[Token]) -> str | None:
    """The speculating party ("" if unnamed) when a governor is a word of speculation."""
    for tok in chain[1:]:
        if tok.lemma_.lower() in SPECULATION:
            subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
            return _phrase(subjects[0]) if subjects else ""
    return None


def _clause_heads(chain: list[Token]) -> list[Token]:
    """The verbs of the trigger's own clause (itself and control governors)."""
    return [t for t in _control_part(chain) if t.pos_ in ("VERB", "AUX", "ADJ")] or chain[:1]


def _conditional_or_modal(chain: list[Token], modals: frozenset[str]) -> bool:
    for tok in _clause_heads(chain):
        for child in tok.children:
            if child.dep_ == "aux" and child.lower_ in modals:
                return True
            if child.dep_ == "mark" and child.lower_ in CONDITIONAL_MARKS:
                return True
    return False


def _backshifted_would(chain: list[Token]) -> bool:
    """ "would" in a clause reported by a past-tense verb is the future of the past."""
    heads = _clause_heads(chain)
    has_would = any(c.dep_ == "aux" and c.lower_ == "would" for t in heads for c in t.children)
    other_modal = any(
        c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_MODALS - {"would"}
        for t in heads for c in t.children
    )
    if not has_would or other_modal:
        return False
    top = heads[-1]
    if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for t in heads for c in t.children):
        return False
    reporter = top.head
    return top.dep_ == "ccomp" and reporter.lemma_.lower() in REPORTING and reporter.tag_ == "VBD"


def _ahead_of(trigger: Token) -> bool:
    """ "called up reservists *ahead of* an expanded offensive": an act that something is
    done ahead of (or in advance of, in preparation for) is still to come."""
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep == trigger or prep.head == prep:
        return False
    return f"{prep.head.lower_} {prep.lower_}" in ANTICIPATING_PREPS


def _future(chain: list[Token]) -> bool:
    if _ahead_of(chain[0]):
        return True
    heads = _clause_heads(chain)
    for tok in heads:
        for child in tok.children:
            if child.dep_ == "aux" and child.lower_ in FUTURE_AUXILIARIES:
                return True
        if tok != chain[0] and tok.lemma_.lower() in FUTURE_GOVERNORS:
            return True
    # "wants Germany to pay": an infinitival clause with its own subject under a verb of
    # intent or desire is wanted, not done.
    top = heads[-1]
    return (
        top.dep_ == "ccomp"
        and top.head.lemma_.lower() in FUTURE_GOVERNORS
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in top.children)
    )


def _infinitival_modifier(trigger: Token) -> bool:
    """ "steps to improve relations", "a bid to mediate": an infinitive modifying a noun
    names a purpose or plan, not something that happened."""
    return (
        trigger.dep_ in ("relcl", "acl")
        and trigger.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)
        and trigger.head.pos_ in ("NOUN", "PROPN")
    )


def _reported_past(tok: Token) -> bool:
    """Is the clause of ``tok`` reported by a past-tense verb ("said it had expelled")?"""
    while tok.dep_ in ("conj", "xcomp") and tok.head != tok:
        tok = tok.head
    return tok.dep_ == "ccomp" and tok.head.lemma_.lower() in REPORTING and tok.head.tag_ == "VBD"


def _historical(trigger: Token, published: date | None) -> bool:
    for tok in (trigger, *[t for t in [trigger.head] if trigger.dep_ in ("conj",)]):
        aux = [c for c in tok.children if c.dep_ == "aux"]
        pluperfect = tok.tag_ == "VBN" and any(a.lemma_ == "have" and a.tag_ == "VBD" for a in aux)
        # In reported speech the pluperfect is the backshifted simple past of the report.
        if pluperfect and not _reported_past(tok):
            return True
        for child in tok.children:
            if child.dep_ == "advmod" and child.lower_ in HISTORICAL_ADVERBS:
                return True
            if child.dep_ == "prep" and child.lower_ == "in" and published is not None:
                years = [g for g in child.children if g.dep_ == "pobj" and _is_year(g)]
                if any(int(y.text) < published.year for y in years):
                    return True
    return False


def _is_year(tok: Token) -> bool:
    return tok.like_num and tok.text.isdigit() and len(tok.text) == 4 and int(tok.text) >= 1800


def _attribution(chain: list[Token]) -> str | None:
    for tok in chain:
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == "according":
                sources = [p for to in child.children for p in to.children if p.dep_ == "pobj"]
                if sources:
                    return _phrase(sources[0])
    for lower, upper in itertools.pairwise(chain):
        if lower.dep_ in ("ccomp", "conj") and upper.lemma_.lower() in REPORTING:
            subjects = [c for c in upper.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects:
                return _phrase(subjects[0])
    # "X attacked Y, officials said": the reporting verb hangs off the event's clause.
    for tok in chain:
        for child in tok.children:
            if child.dep_ in ("parataxis", "ccomp", "advcl") and child.lemma_.lower() in REPORTING:
                subjects = [c for c in child.children if c.dep_ == "nsubj"]
                if subjects and child.i > tok.i:
                    return _phrase(subjects[0])
    return None


def _phrase(head: Token) -> str:
    """The noun phrase a head stands for, without relative clauses and trailing punctuation."""
    left, right = head.left_edge.i, head.right_edge.i
    for child in head.rights:
        is_comma = child.dep_ == "punct" and child.text in (",", ";", "—", "–")
        if (child.dep_ in ("relcl", "acl", "cc") or is_comma) and child.i > head.i:
            right = min(right, child.i - 1)
            break
    span = head.doc[left : max(left, right) + 1]
    return span.text.strip(" ,;:")
