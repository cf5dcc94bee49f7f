"""Recipients a sentence leaves implicit, or names only by description.

CAMEO codes every event as a dyad, and some acts are aimed at someone by their very
meaning: a protest is made against a power, force and coercion fall on someone, a
threat is made to someone, a rejection answers someone. When a sentence tells such an
act by a group of one country and names no other state or party at all ("Peruvian
strikers rioted", "Colombian guerrillas blew up a pipeline near Bogota", "the caretaker
government said it may impose a curfew"), the only party the act
can be aimed at is that country itself: its government when a society group protests,
rejects or calls off its dissent ("the opposition rejected the results": whoever holds
power), else the country as a whole (:func:`implicit_recipient`, rule
``implicit:scene-country``, so users can leave such readings out). Acts that need no
counterpart (resigning, withdrawing, most agreements) get none: coding one against the
actor's own country would invent a dyad. The exceptions are yields that, with no one
else named, can only be made at home (:data:`DOMESTIC_YIELDS`): a government's
concession to its society, rebels standing down, an opposition agreeing to put off its
action; these go to the country as a whole.

The other helpers here complete a recipient that is named but has no country:
:func:`local_group` (a faceless group acted on at home is the actor's country's),
:func:`proxy_target` (firms or ships singled out by their dealings with a state stand
for it), :func:`seated_party` ("the government *in Kyiv*"); and
:func:`reporter_conjuncts` finds sources the parser joined to an act's object.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Span, Token

from ..records import Actor, ActorMention, actor_code
from .arguments import MentionIndex, with_country
from .modality import REPORTING

#: The rule name carried by an implicit recipient (``Actor.rule``).
IMPLICIT_RULE = "implicit:scene-country"
#: The rule of a faceless group read as the state it deals with (``proxy_target``).
PROXY_RULE = "implicit:proxy-of"
#: Verbs of dealings with a state: trade, service, affiliation, voyage ("companies that
#: *deal with* Israeli ports", "firms *supplying* the Russian army"), not opposition.
DEALING_VERBS = frozenset({
    "deal", "trade", "supply", "serve", "work", "do", "bind", "head", "sail", "call", "link",
    "tie", "affiliate", "belong", "operate", "ship", "sell", "export", "carry",
})
#: Types of force and threats of it, whose aim may be a state's proxies.
PROXY_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN"})
#: The rule suffix of a faceless group given its actor's country (``local_group``).
LOCAL_RULE = "implicit:actor-country"
#: PLOVER types whose act, by a group of a society, is aimed at a party by its meaning.
SOCIETY_DIRECTED_TYPES = frozenset({"PROTEST", "COERCE", "THREATEN", "REJECT"})
#: The same for a state's organs: force and threats fall on someone (a state's refusal or
#: complaint with no one named has no target at home).
STATE_DIRECTED_TYPES = frozenset({"COERCE", "THREATEN"})
#: CAMEO 082, ease political dissent ("called off the strike"): dissent is aimed at power.
EASED_DISSENT = "082"
#: CAMEO codes of hunger and labour strikes.
STRIKE_CODES = ("142", "143")
#: Sectors of political groups, whose strike is a political act against the government.
POLITICAL_SECTORS = frozenset({"OPP", "PTY"})
#: Types whose act by a society group is aimed at whoever holds power: its government.
AT_POWER_TYPES = frozenset({"PROTEST", "REJECT"})
#: Yields with no counterpart named that can only be made to the yielder's own country,
#: by sector of the one who yields: a government's concession with no foreign party
#: named eases life at home ("shortened the curfew", "took steps to enhance political
#: freedoms"); rebels who demobilise or lay down their arms end their rising against
#: their state; an opposition agreeing to put off or call off its action settles with
#: its country.
DOMESTIC_YIELDS: dict[str, frozenset[str]] = {
    "GOV": frozenset({"CONCEDE"}),
    "REB": frozenset({"RETREAT"}),
    "OPP": frozenset({"AGREE"}),
}
#: CAMEO codes of a retreat that is a standing down (0873 demobilise, 0874 surrender), as
#: against a truce (0871), which may be offered to any side of a conflict, not only the
#: state: rebels' truces keep an open target unless the other side is named.
STAND_DOWN_CODES = ("0873", "0874")
#: Sectors of a state's own organs (these act on their society, not against themselves).
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY"})
#: Types of domestic acts: repression, violence, protest, threats and their undoing.
DOMESTIC_ACT_TYPES = frozenset({"PROTEST", "ASSAULT", "COERCE", "CONCEDE", "THREATEN"})
#: CAMEO codes of expulsion: those expelled are mostly foreigners, not the expeller's own.
EXPULSION_CODES = ("174", "201")
#: Sectors of a society's groups that a state or armed group acts on at home.
LOCAL_GROUP_SECTORS = frozenset({
    "CVL", "REF", "OPP", "REB", "EDU", "LAB", "CRM", "PTY", "ELI", "JRN", "MED", "REL",
    "MOS", "BUS", "AGR", "UAF", "SOC",
})
#: Sectors of a state's armed forces.
STATE_FORCE_SECTORS = frozenset({"MIL", "COP"})
#: Sectors of armed forces, whose location says nothing of whose they are.
ARMED_SECTORS = frozenset({"MIL", "COP", "UAF"})
#: CAMEO codes of releasing persons (a yield, whatever its PLOVER type).
RELEASE_CODES = ("084",)
#: Nouns of people named by the place they live in.
PLACE_DEFINED_NOUNS = frozenset({
    "resident", "villager", "inhabitant", "local", "townspeople", "townsfolk", "dweller",
})
#: Modifiers saying a group is not of the country it is in.
FOREIGN_WORDS = frozenset({"foreign", "international", "overseas", "expatriate", "alien"})
#: Prepositions naming where an act happens.
SITE_WORDS = frozenset({"in", "near", "at", "outside", "inside", "around", "across"})
#: Codes of parties that are no state: they have no own country to act on.
NON_STATE_CODES = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"})
#: Words of attribution: "according to the news agency" names a source, not a party.
ATTRIBUTION_PREPS = frozenset({"according"})
#: A trigger in these slots modifies a noun: it describes a participant.
MODIFIER_DEPS = frozenset({"acl", "relcl"})
#: Nouns of a border, whose "with" object only locates it.
BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})
#: Links from a verb to the verb it complements or is coordinated with.
CLAUSE_CHAIN_DEPS = frozenset({"xcomp", "conj"})
#: Named-entity labels of parties (states, peoples, organisations).
PARTY_ENTITY_LABELS = frozenset({"GPE", "NORP", "ORG"})
#: Dependencies inside one noun phrase (a modifier or apposition of its head).
NOUN_PHRASE_DEPS = frozenset({"compound", "appos", "amod", "poss", "flat", "nmod"})


def implicit_recipient(
    trigger: Token, actor: ActorMention, event_type: str, cameo: str, sent: Span,
    index: MentionIndex,
) -> ActorMention | None:
    """The actor's own country (or its government) as the target of a directed act.

    Only when ``event_type`` is directed, the actor is a sector of a state and no party
    of another state is named in the sentence outside attributions, border landmarks
    and the actor's own words (a party of unknown country is taken to be local), nor a
    state or group the actor knowledge base could not resolve.
    The mention is anchored on a place of that country named in the sentence (the
    words that set the scene) or else on the actor's own words.
    """
    country = actor.actor.country
    if country is None or country in NON_STATE_CODES or actor.actor.sector is None:
        return None  # a country acting on itself names no dyad
    society = actor.actor.sector not in STATE_SECTORS
    eased_dissent = society and cameo.startswith(EASED_DISSENT)
    domestic_yield = _domestic_yield(actor.actor.sector, event_type, cameo)
    if not eased_dissent and not domestic_yield and event_type not in (
            SOCIETY_DIRECTED_TYPES if society else STATE_DIRECTED_TYPES):
        return None
    if cameo.startswith(STRIKE_CODES) and actor.actor.sector not in POLITICAL_SECTORS:
        # "dockers went on strike over pay": a strike is aimed at an employer, unless
        # parties or the opposition call it (a political strike, against the government).
        return None
    if actor.actor.rule == IMPLICIT_RULE or _describes_participant(trigger):
        # "police fired at protesters *demonstrating* against a tax": a participle or
        # relative clause describing a participant is background, not a told act.
        return None
    if _unknown_named_party(trigger, sent, index):
        return None
    others = [m for m in _sentence_mentions(sent, index)
              if not _overlaps(m, actor) and not _attribution(sent.doc[m.head], trigger)
              and not _border_landmark(sent.doc[m.head])]
    # A party of unknown country ("activists", "the protesters") is taken to be local.
    if any(m.actor.country not in (country, None) for m in others):
        return None
    at_power = (event_type in AT_POWER_TYPES or eased_dissent) and not domestic_yield
    sector = "GOV" if at_power and society else None
    # Evidence: the government itself when named ("after talks with the Nigerian
    # government"), else a place of that country, else the actor's own words.
    scene = next((m for m in others if sector is not None and m.actor.sector == sector),
                 next((m for m in others if m.actor.sector is None), actor))
    target = Actor(
        text=scene.actor.text,
        country=country,
        sector=sector,
        code=actor_code(country, sector),
        name=scene.actor.name if scene.actor.sector is None else None,
        rule=IMPLICIT_RULE,
        start=scene.actor.start,
        end=scene.actor.end,
    )
    return replace(scene, actor=target, antecedent=None)


def _domestic_yield(sector: str | None, event_type: str, cameo: str) -> bool:
    """Is the act a yield that, with no other party named, is made to the actor's own
    country (:data:`DOMESTIC_YIELDS`; a retreat only when it is a standing down)?"""
    if sector is None or event_type not in DOMESTIC_YIELDS.get(sector, frozenset()):
        return False
    return event_type != "RETREAT" or cameo.startswith(STAND_DOWN_CODES)


def _sentence_mentions(sent: Span, index: MentionIndex) -> list[ActorMention]:
    seen: list[ActorMention] = []
    for i in range(sent.start, sent.end):
        m = index.by_token.get(i)
        if m is not None and m not in seen:
            seen.append(m)
    return seen


def _overlaps(a: ActorMention, b: ActorMention) -> bool:
    return a.token_start < b.token_end and b.token_start < a.token_end


def _attribution(head: Token, trigger: Token) -> bool:
    """Is the mention only the source of the report ("officials said", "according to
    the news agency"), outside the clause telling the act?"""
    for anc in [head, *head.ancestors]:
        if anc.lower_ in ATTRIBUTION_PREPS:
            return True
    while head.dep_ in NOUN_PHRASE_DEPS and head.head.i != head.i:
        head = head.head  # "the news agency *CTK* said": the phrase's own head
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_.lower() in REPORTING:
        return head.head.i != trigger.i
    return False


def _unknown_named_party(trigger: Token, sent: Span, index: MentionIndex) -> bool:
    """Does the act's own clause name a state, people or organisation that no actor
    mention covers ("rejected an offer from *Ruritania*", a misspelt or unknown state)? It
    may be the target."""
    clause = {t.i for t in trigger.subtree}
    return any(
        ent.label_ in PARTY_ENTITY_LABELS and ent.root.i in clause
        and all(index.by_token.get(t.i) is None for t in ent)
        for ent in sent.ents
    )


def _border_landmark(head: Token) -> bool:
    """Is the mention only the far side of a border ("towns near Chad's border
    *with Sudan*"), a landmark rather than a party?"""
    prep = head.head
    return (head.dep_ == "pobj" and prep.lower_ in ("with", "between")
            and prep.head.lemma_.lower() in BORDER_NOUNS)


def _describes_participant(trigger: Token) -> bool:
    """Is the act told inside a participle or relative clause of a noun ("protesters
    *demonstrating* against a tax", "the square *where they planned to stage* a sit-in"),
    possibly through the verbs it complements?"""
    verb = trigger
    while verb.dep_ in CLAUSE_CHAIN_DEPS and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ in MODIFIER_DEPS


def local_group(
    trigger: Token, actors: Sequence[ActorMention], actor: ActorMention,
    recipient: ActorMention, event_type: str, cameo: str, sent: Span, index: MentionIndex,
) -> ActorMention:
    """A faceless group acted on at home takes the actor's country.

    "Cuba freed dozens of prisoners", "the government stripped 94 exiled opponents of
    their citizenship": people of no stated nationality, on whom a state or an armed
    group of one country does a domestic act (and whose place, when named, has
    already placed them), are that country's own. Not when anything says they may be
    of another: the expelled (mostly foreigners), "foreign" people, people named by
    where they live, another country named in the sentence (besides the doers and the
    sources), or a place of the act we cannot locate ("killed 15 civilians *in Amhara*").
    """
    country = actor.actor.country
    group = recipient.actor
    # Forces of no stated country hit by rebels or gangs are their own state's ("an ambush
    # that killed dozens of soldiers"); hit by a state's forces they are the enemy's.
    rebels = actor.actor.sector is not None and actor.actor.sector not in STATE_SECTORS
    local = LOCAL_GROUP_SECTORS | (STATE_FORCE_SECTORS if rebels else frozenset())
    if (group.country is not None or group.sector not in local
            or country is None or country in NON_STATE_CODES
            or not (event_type in DOMESTIC_ACT_TYPES or cameo.startswith(RELEASE_CODES))
            or cameo.startswith(EXPULSION_CODES)):
        return recipient
    noun = trigger.doc[recipient.head]
    if noun.lemma_.lower() in PLACE_DEFINED_NOUNS or any(
            c.lower_ in FOREIGN_WORDS for c in noun.children):
        # "fired tear gas at *residents*", "eased rules on *foreign* journalists".
        return recipient
    others = [m for m in _sentence_mentions(sent, index)
              if not any(_overlaps(m, a) for a in actors)
              and not _attribution(sent.doc[m.head], trigger)]
    # Only another state can be the group's own (a body such as al-Qaeda or the UN is not).
    if any(m.actor.country not in (country, None) and m.actor.country not in NON_STATE_CODES
           for m in others):
        return recipient
    if _unlocated_place(trigger, index):
        return recipient
    placed = with_country(recipient, country)
    return replace(placed, actor=replace(placed.actor, rule=f"{group.rule or ''}+{LOCAL_RULE}"))


def _unlocated_place(trigger: Token, index: MentionIndex) -> bool:
    """Does the act name a place by a proper name no mention covers ("in Amhara")?"""
    return any(
        prep.lower_ in SITE_WORDS and pobj.dep_ == "pobj" and pobj.pos_ == "PROPN"
        and index.at(pobj) is None
        for prep in trigger.children if prep.dep_ == "prep"
        for pobj in prep.children
    )


def proxy_target(
    trigger: Token, recipient: ActorMention, event_type: str, index: MentionIndex
) -> ActorMention:
    """Things or people of no country, defined by their dealings with one state, stand for it.

    "vowed to expand attacks on ships owned by *companies that deal with Israeli ports*",
    "attacked *vessels bound for Israel*": force aimed at a faceless group singled out
    by its link to a state is aimed at that state. The state is read from the mentions
    in the relative or participle clause describing the group, when they name exactly
    one country.
    """
    if recipient.actor.country is not None or event_type not in PROXY_TYPES:
        return recipient
    noun = trigger.doc[recipient.head]
    linked = [m for clause in noun.children if clause.dep_ in MODIFIER_DEPS
              and clause.lemma_.lower() in DEALING_VERBS
              for t in clause.subtree if (m := index.at(t)) is not None and m is not recipient]
    countries = {m.actor.country for m in linked}
    if len(countries) != 1 or None in countries or countries & NON_STATE_CODES:
        return recipient
    country = countries.pop()
    assert country is not None
    state = replace(recipient.actor, country=country, sector=None,
                    code=actor_code(country, None), rule=PROXY_RULE)
    return replace(recipient, actor=state)


def reporter_conjuncts(sent: Span) -> set[int]:
    """Tokens of the sources the parser joined to the act's last object.

    "..., killing more than 100 people, *activists and the United Nations* said": a
    reporting verb with no subject of its own, right after a coordination, is said by
    that coordination's added conjuncts (after the object they were hung on), which
    are thus no party of the act.
    """
    out: set[int] = set()
    doc = sent.doc
    for verb in sent:
        if (verb.lemma_.lower() not in REPORTING or verb.i == sent.start
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)):
            continue
        last = doc[verb.i - 1]
        while last.dep_ not in ("conj", "appos") and last.head.i != last.i \
                and last.head.i > last.i:
            last = last.head  # "the United *Nations*": climb to the conjunct's head word
        if last.dep_ != "conj":
            continue
        chain = [last]
        while chain[-1].dep_ == "conj":
            chain.append(chain[-1].head)
        # The first member is the act's own object; the conjuncts added after it report.
        for member in chain[:-1]:
            out.update(t.i for t in member.subtree if t.i < verb.i)
    return out


def seated_party(trigger: Token, recipient: ActorMention, index: MentionIndex) -> ActorMention:
    """A body of no named country, placed by its own "in" phrase, is that place's.

    "accused *the government in Kyiv* of ...", "the authorities in Damascus": an organ
    or group named by where it sits or lives belongs to that place's country.
    """
    if (recipient.actor.country is not None or recipient.actor.sector is None
            or recipient.actor.sector in ARMED_SECTORS):
        # "armed vehicles in Gao", "troops in Syria": forces are where they are sent.
        return recipient
    noun = trigger.doc[recipient.head]
    doc = trigger.doc
    after = noun.right_edge.i + 1
    # The phrase may hang on the verb when it follows the noun at once ("accused the
    # government *in Kyiv* of ..."): a body of no country is placed by it all the same.
    adjacent = [doc[after]] if after < len(doc) and doc[after].head.i == noun.head.i else []
    for prep in [*noun.children, *adjacent]:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "inside"):
            continue
        for pobj in prep.children:
            place = index.at(pobj)
            if (pobj.dep_ == "pobj" and place is not None and place.actor.country
                    and place.actor.country not in NON_STATE_CODES):
                return with_country(recipient, place.actor.country)
    return recipient
