"""Secondary clauses of long news sentences, read after every trigger has been read.

Wire copy packs several acts into one sentence: a main act, then participial clauses
that tell its outcome ("..., *killing* 14 civilians") or the reaction it caused
("..., *prompting* Kabul to warn that it would respond"). The extractor reads each
trigger on its own; these passes relate the readings of one sentence to each other:

* a trailing result participle of harm is the outcome of the attack it hangs on, not a
  second attack (the outcome's victims stand as the attack's target when it has none);
  a demand or condemnation restated by a participle of its own kind is one act;
* a reaction told in a clause of causing answers the act of the clause that caused it,
  so that act's doer is the reaction's target when it names none of its own;
* a reaction followed by an "after" clause answers the act that clause tells.

Entry points (each takes and returns the readings of one document, in order):
:func:`fold_result_harms`, :func:`caused_reaction_targets`, :func:`prior_act_targets`,
:func:`yields_to_protests`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from ..records import Actor, EventMention, actor_code
from .arguments import MentionIndex

#: Verbs of harm that, as a trailing participle, tell what an attack did to people.
RESULT_HARM_VERBS = frozenset({"kill", "wound", "injure", "maim", "hurt"})

#: Verbs of causing another party to act ("..., *prompting* the UN to call for a truce").
CAUSING_VERBS = frozenset({"prompt", "force", "lead", "spur", "push", "compel", "drive",
                           "provoke", "trigger", "spark", "cause"})

#: Words of a two-sided fight, whose sides are both its parties.
FIGHT_WORDS = frozenset({"clash", "clashes", "fighting", "fight", "battle", "battles",
                         "skirmish", "skirmishes", "firefight", "gunfight"})

#: Clause links a reaction's trigger may sit under inside the caused clause ("prompting
#: X *to warn*", "prompting X to *call for* ...", "prompting X to say it would *respond*").
CAUSED_LINKS = frozenset({"xcomp", "ccomp", "conj"})


def trigger_token(doc: Doc, reading: EventMention) -> Token | None:
    """The token a reading's trigger was read from (``None`` if its span is off-token)."""
    start, end = reading.evidence.trigger_start, reading.evidence.trigger_end
    span = doc.char_span(start, end) if start is not None and end is not None else None
    return span.root if span is not None else None


def _result_harm(token: Token) -> bool:
    """Is the trigger an -ing clause of harm trailing its governing verb ("shelled a
    camp, *killing* 14 civilians")?"""
    return (token.tag_ == "VBG" and token.lemma_.lower() in RESULT_HARM_VERBS
            and token.dep_ in ("advcl", "xcomp", "conj") and token.head.i < token.i
            and not any(c.dep_.startswith("nsubj") for c in token.children))


#: Kinds of act a trailing participle of the same kind restates ("appealed for a truce,
#: *urging* the generals to lay down their arms"; "condemned the raid, *calling* it a crime").
RESTATED_TYPES = frozenset({"REQUEST", "ACCUSE"})


def _restating(token: Token) -> bool:
    """Is the trigger a subjectless -ing clause after a comma on the verb before it?"""
    return (token.tag_ == "VBG" and token.dep_ in ("advcl", "xcomp", "conj")
            and token.head.i < token.i and token.i > 0 and token.doc[token.i - 1].text == ","
            and not any(c.dep_.startswith("nsubj") for c in token.children))


def _other_victims(attack: EventMention, outcome: EventMention) -> bool:
    """Does the outcome name victims of another country than the attack's target ("struck
    a tanker off Yemen, killing two Filipino crew")? Then it tells of another party."""
    target, victims = attack.recipient, outcome.recipient
    return (target is not None and victims is not None
            and target.country is not None and victims.country != target.country)


def _narrower(victims: Actor, target: Actor) -> bool:
    """Do the victims name a part of the target country ("struck Syria's border posts,
    killing seven *soldiers*": Syria's military)? Then they say whom the attack hit."""
    return (target.sector is None and victims.sector is not None
            and victims.country == target.country and target.country is not None)


def fold_result_harms(doc: Doc, readings: Sequence[EventMention]) -> list[EventMention]:
    """Fold "X struck Y, *killing* N people" into the one attack it tells.

    The participle has no subject of its own: its understood subject is the attack, so
    the killing is that attack's outcome (news codes the attack once). So too a demand or
    a condemnation restated by a participle of its own kind ("appealed for a truce,
    *urging* the generals to lay down their arms" is one appeal). When the attack
    names no target of its own ("stormed a hotel, killing nine people"), the people it
    killed are its target. A participle hanging on a verb that is no attack by the same
    doer ("an explosion ripped through X, killing ...") is left as its own reading.
    """
    tokens = [trigger_token(doc, r) for r in readings]
    at: dict[int, list[int]] = {}
    for n, token in enumerate(tokens):
        if token is not None:
            at.setdefault(token.i, []).append(n)
    out: list[EventMention | None] = list(readings)
    for n, (reading, token) in enumerate(zip(readings, tokens, strict=True)):
        if token is None:
            continue
        if reading.event_type == "ASSAULT" and _result_harm(token):
            kind = "ASSAULT"
        elif reading.event_type in RESTATED_TYPES and _restating(token):
            kind = reading.event_type
        else:
            continue
        attacks = [m for m in at.get(token.head.i, []) if out[m] is not None
                   and readings[m].event_type == kind and readings[m].actor == reading.actor]
        if not attacks or any(_other_victims(readings[m], reading) for m in attacks):
            continue
        out[n] = None
        for m in attacks:
            attack = out[m]
            if attack is not None and reading.recipient is not None and (
                    attack.recipient is None or _narrower(reading.recipient, attack.recipient)):
                out[m] = replace(attack, recipient=reading.recipient)
    return [r for r in out if r is not None]


def _causing_clause(token: Token) -> Token | None:
    """The verb whose act caused the clause the trigger is in: "Pakistani jets *bombed*
    villages, prompting the Taliban to warn ..." -> "bombed" (for "warn")."""
    clause = token
    while clause.dep_ in CAUSED_LINKS and clause.head != clause:
        governor = clause.head
        if (governor.lemma_.lower() in CAUSING_VERBS and governor.tag_ == "VBG"
                and governor.dep_ in ("advcl", "xcomp", "conj")
                and any(c.dep_ in ("dobj", "obj") for c in governor.children)
                and clause.dep_ == "xcomp"):
            return governor.head if governor.head != governor else None
        clause = governor
    return None


def _cause_doer(cause: Token, reading: EventMention, readings: Sequence[EventMention],
                doc: Doc) -> Actor | None:
    """The doer of the act the causing clause tells: a reading triggered by its verb, or
    by its subject noun ("*clashes* between militias erupted, prompting ...")."""
    heads = {cause.i} | {c.i for c in cause.children if c.dep_ in ("nsubj", "nsubjpass")}
    told_there = [told for told in readings if told is not reading
                  and (token := trigger_token(doc, told)) is not None and token.i in heads]
    for told in told_there:
        if told.actor is not None and told.actor != reading.actor:
            return told.actor
    for told in told_there:
        # "*Clashes between rival militias* erupted, prompting the UN to call for a truce":
        # a fight read with one side as its target is aimed at by a call to stop it.
        if told.actor is None and told.evidence.trigger.lower() in FIGHT_WORDS \
                and told.recipient is not None and told.recipient != reading.actor:
            return told.recipient
    return None


def caused_reaction_targets(doc: Doc, readings: Sequence[EventMention]) -> list[EventMention]:
    """Give a reaction told in a clause of causing the cause's doer as its target.

    "Pakistani jets bombed villages, *prompting* the Taliban government to warn that it
    would respond": the warning answers the bombing, so with no target of its own it is
    aimed at the bombers. Only when the causing clause's own act was read, with a doer
    other than the reacting party.
    """
    out: list[EventMention] = []
    for reading in readings:
        if reading.recipient is None and reading.actor is not None:
            token = trigger_token(doc, reading)
            cause = _causing_clause(token) if token is not None else None
            doer = _cause_doer(cause, reading, readings, doc) if cause is not None else None
            if doer is not None:
                reading = replace(reading, recipient=doer)
        out.append(reading)
    return out


#: Kinds of act that answer an earlier act of another party ("protested after police
#: killed a teenager" protests the police).
REACTION_TYPES = frozenset({"ACCUSE", "THREATEN", "PROTEST", "SANCTION", "REQUEST", "REJECT"})

#: Subordinators of a clause telling what happened just before ("*after* X shelled Y").
PRIOR_ACT_MARKS = frozenset({"after"})


def _prior_act_clauses(token: Token) -> list[Token]:
    """The "after" clauses with a subject of their own on the trigger, or on the support
    verb of a trigger noun ("*opened an investigation* after a missile struck a market")."""
    hosts = [token]
    if token.dep_ in ("dobj", "obj") and token.head.pos_ == "VERB":
        hosts.append(token.head)
    return [c for host in hosts for c in host.children
            if c.dep_ == "advcl" and c.i > token.i
            and any(m.dep_ == "mark" and m.lower_ in PRIOR_ACT_MARKS for m in c.children)
            and any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)]


def prior_act_targets(doc: Doc, readings: Sequence[EventMention]) -> list[EventMention]:
    """Aim a reaction with no target at the doer of the act its "after" clause tells.

    "Ukrainian prosecutors opened a war crimes investigation after a Russian missile
    struck a market": what is investigated, condemned or protested right after an act of
    another party is that act, so its doer is the target. Only the act read in that
    clause, and only a doer other than the reacting party.
    """
    out: list[EventMention] = []
    tokens = [trigger_token(doc, r) for r in readings]
    for reading, token in zip(readings, tokens, strict=True):
        if token is not None and reading.recipient is None and reading.actor is not None \
                and reading.event_type in REACTION_TYPES:
            spans = [(c.left_edge.i, c.right_edge.i) for c in _prior_act_clauses(token)]
            for told, told_token in zip(readings, tokens, strict=True):
                if (spans and told_token is not None and told.actor is not None
                        and told.actor.country is not None
                        and told.actor.country != reading.actor.country
                        and any(a <= told_token.i <= b for a, b in spans)):
                    reading = replace(reading, recipient=told.actor)
                    break
        out.append(reading)
    return out


#: A leader's yielding to demands for a change in leadership ("resigned", "stepped down").
LEADERSHIP_YIELD = "0831"

#: Nouns of popular protest whose pressure a resignation may answer.
PROTEST_NOUNS = frozenset({"protest", "demonstration", "uprising", "unrest", "riot", "revolt"})

#: Prepositions that set an act right after, or amid, what brought it about.
AFTER_PREPS = frozenset({"after", "following", "amid"})


def _protest_after(token: Token) -> Token | None:
    """The protest noun of an "after" phrase on the trigger or on a verb coordinated with
    it: "resigned and fled *after weeks of protests*" -> "protests"."""
    for host in (token, *(c for c in token.children if c.dep_ == "conj")):
        for prep in host.children:
            if prep.dep_ != "prep" or prep.lower_ not in AFTER_PREPS:
                continue
            for noun in (o for o in prep.children if o.dep_ == "pobj"):
                if noun.lemma_.lower() not in PROTEST_NOUNS:
                    # "weeks of protests": the measure's "of" object names the protest.
                    noun = next((o for of in noun.children if of.dep_ == "prep"
                                 and of.lower_ == "of" for o in of.children
                                 if o.dep_ == "pobj"), noun)
                if noun.lemma_.lower() in PROTEST_NOUNS:
                    return noun
    return None


def _protest_agents(noun: Token) -> list[Token]:
    """Who the protest noun says protested: "protests *by farmers*", "protests *led by
    students*"."""
    holders = [noun, *(c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN")]
    return [o for holder in holders for by in holder.children
            if by.dep_ in ("prep", "agent") and by.lower_ == "by"
            for o in by.children if o.dep_ == "pobj"]


def yields_to_protests(doc: Doc, readings: Sequence[EventMention],
                       index: MentionIndex) -> list[EventMention]:
    """Aim a leader's resignation with no target at the protests it came after.

    "The prime minister resigned after weeks of protests led by students": stepping down
    right after popular protests accedes to the protesters' demand, so they are its target
    (the protest's doers when the sentence names them, of the leader's own country; else
    the country's civilians, the people who protested).
    """
    out: list[EventMention] = []
    for reading in readings:
        actor = reading.actor
        token = trigger_token(doc, reading) if reading.cameo == LEADERSHIP_YIELD else None
        noun = _protest_after(token) if token is not None and reading.recipient is None \
            and actor is not None and actor.country is not None else None
        if noun is not None and actor is not None:
            span = (noun.left_edge.i, noun.right_edge.i)
            doers = [told.actor for told in readings if told.event_type == "PROTEST"
                     and told.actor is not None and told.actor.country == actor.country
                     and (t := trigger_token(doc, told)) is not None
                     and span[0] <= t.i <= span[1]]
            doers += [m.actor for head in _protest_agents(noun) for m in index.resolve(head)
                      if m.actor.country == actor.country]
            protesters = doers[0] if doers else Actor(
                text=noun.text, country=actor.country, sector="CVL",
                code=actor_code(actor.country, "CVL"), rule="protesters-of-a-yield",
                start=noun.idx, end=noun.idx + len(noun.text))
            reading = replace(reading, recipient=protesters)
        out.append(reading)
    return out
