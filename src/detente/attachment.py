"""Which phrase of a sentence belongs to which event: dependency-tree attachment.

Shared by the ``when`` and ``where`` stages, which both pick, among the phrases
of an event's sentence (dates, places), the one attached closest to the event's
trigger. Kept in its own module so neither stage imports the other's internals.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .records import EventMention

_CLAUSE_POS = frozenset({"VERB", "AUX"})
_NOT_CLAUSE_DEPS = frozenset({"aux", "auxpass"})


def heads_clause(token: Token) -> bool:
    """Whether ``token`` is the verb heading a clause (not an auxiliary of one)."""
    return token.pos_ in _CLAUSE_POS and token.dep_ not in _NOT_CLAUSE_DEPS


def clause_of(token: Token) -> Token:
    """The verb heading the clause ``token`` is in (the sentence root if none)."""
    current = token
    while not heads_clause(current):
        if current.head.i == current.i:
            break
        current = current.head
    return current


def _conj_root(token: Token) -> Token:
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def is_ancestor(candidate: Token, token: Token) -> bool:
    """Whether ``candidate`` dominates ``token`` in the dependency tree."""
    return any(a.i == candidate.i for a in token.ancestors)


def attachment_tier(trigger: Token, anchor: Token) -> int | None:
    """How directly a phrase hanging from ``anchor`` describes the event of ``trigger``.

    0: same clause as the trigger (or a clause describing the trigger noun itself:
    "the attack, which began on Monday"); 1: a governing clause (the reporting
    verb of "officials said on Monday that ...") or a coordinated one ("met on
    Monday and signed ..."); 2: a main clause of the sentence, which governs the
    whole sentence. ``None``: the phrase sits in some other embedded clause
    ("rejected the plan, first made in 2019") and so describes that clause's event.
    """
    trigger_clause, anchor_clause = clause_of(trigger), clause_of(anchor)
    if anchor_clause.i == trigger_clause.i or anchor.i == trigger.i:
        return 0
    if anchor_clause.dep_ in ("relcl", "acl") and anchor_clause.head.i == trigger.i:
        return 0
    if is_ancestor(anchor_clause, trigger_clause):
        return 1
    if _conj_root(anchor_clause).i == _conj_root(trigger_clause).i:
        return 1
    if _conj_root(anchor_clause).i == anchor_clause.sent.root.i:
        return 2  # a main clause's date governs the whole sentence
    return None  # a clause embedded elsewhere dates its own event


def tree_distance(a: Token, b: Token) -> int:
    """Number of dependency edges between two tokens of one sentence (large if apart)."""
    path_a = [a, *a.ancestors]
    depth_in_a = {t.i: n for n, t in enumerate(path_a)}
    for n, t in enumerate([b, *b.ancestors]):
        if t.i in depth_in_a:
            return n + depth_in_a[t.i]
    return 1000  # different sentences


def attachment_rank(trigger: Token, anchor: Token) -> tuple[int, int, int] | None:
    """Sort key for phrases competing for one event (smaller is closer), or ``None``."""
    tier = attachment_tier(trigger, anchor)
    if tier is None:
        return None
    return tier, tree_distance(trigger, anchor), abs(anchor.i - trigger.i)


def trigger_token(doc: Doc, reading: EventMention) -> Token | None:
    """The syntactic head of the reading's trigger, else the root of its sentence."""
    ev = reading.evidence
    if ev.trigger_start is not None and ev.trigger_end is not None:
        span = doc.char_span(ev.trigger_start, ev.trigger_end, alignment_mode="expand")
        if span is not None and len(span):
            return span.root
    sentence = doc.char_span(ev.start, ev.end, alignment_mode="expand")
    if sentence is None or not len(sentence):
        return None
    return sentence[0].sent.root
