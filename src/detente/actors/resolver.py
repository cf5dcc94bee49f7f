"""Actor resolution: KB phrase matches -> actor noun phrases -> dated, coreferent actors.

One pass of two ``PhraseMatcher`` s (built once per vocab) finds every alias, role
noun and anaphor; adjacent matches are then composed into one noun phrase
("Azerbaijan 's Foreign Minister Jeyhun Bayramov") and resolved against the
article date. Roles without a country take it from a prepositional modifier
("rebels in Chad"), a possessive pronoun ("its troops"), the dateline, the one
state the sentence names, or the article; pronouns and definite descriptions take
it from a recent antecedent. Peoples named as an ethnicity ("ethnic Albanians in
Serbia", "Bosnian Serbs") are civilians of the state they live in.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from itertools import pairwise

import spacy
from spacy.attrs import ORTH
from spacy.matcher import PhraseMatcher
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from ..records import Actor, ActorMention, Article, actor_code
from ..settings import Settings
from .kb import STATE_SECTORS, ActorKB, AliasHit, Anaphor, KBEntry

#: "BAKU, Dec 5 (Reuters) -" / "MOSCOW (AP) —" / "WASHINGTON —": an upper-case city
#: opening the article, then an optional date and agency, then a dash.
DATELINE = re.compile(
    r"^\s*(?P<city>[A-Z][A-Z.'’ -]*?[A-Z.])\s*(?:/[^,(\n]{0,30})?"
    r"(?P<place>,\s*[^\n(—–]{0,40}?)?\s*(?P<agency>\([^)\n]{1,40}\)\s*)?(?:[-–—]{1,2}|:)\s"
)
#: "Baku, March 14 (Meridian) -" / "Baku, 14 March 2024 (AP):": a title-case city, needing
#: a date right after it (a bare "Baku -" may open a sentence about Baku).
TITLE_DATELINE = re.compile(
    r"^\s*(?P<city>[A-Z][a-z'’.]+(?:[ -][A-Z][a-z'’.]+){0,2})(?P<place>,\s*[A-Z][A-Za-z.' ]{1,30})?"
    r",\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s*\d{4})?"
    r"\s*(?P<agency>\([^)\n]{1,40}\)\s*)?(?:[-–—]{1,2}|:)\s"
)
#: A dotted acronym glued to a word by a hyphen, which spaCy keeps as one token:
#: "U.S.-proposed", "U.N.-backed".
DOTTED_PREFIX = re.compile(r"^((?:[A-Z]\.){2,})-\w")
#: Syntactic slots in which a pronoun is an argument of a predicate.
ARGUMENT_DEPS: frozenset[str] = frozenset(
    {"nsubj", "nsubjpass", "dobj", "dative", "pobj", "iobj", "obj", "agent"}
)
SUBJECT_DEPS: frozenset[str] = frozenset({"nsubj", "nsubjpass"})
#: Prepositions that make their object a place ("talks in Baku"), not an actor.
LOCATIVE_PREPOSITIONS: frozenset[str] = frozenset(
    {"in", "at", "near", "inside", "outside", "around", "across", "throughout", "within",
     "through"}  # "marched through central Belgrade": the route is where it happened
)
#: Words that may stand between a nationality and a title in one noun phrase.
PREMODIFIER_POS: frozenset[str] = frozenset({"ADJ", "NOUN", "PROPN", "NUM"})
MAX_PREMODIFIERS = 3
#: Participles saying that another party stands behind the noun ("US-backed forces").
OTHERS_PARTICIPLES: frozenset[str] = frozenset({
    "backed", "supported", "funded", "sponsored", "armed", "trained", "allied", "installed",
    "controlled", "occupied", "held", "based", "born", "made",
})
HYPHENS: frozenset[str] = frozenset({"-", "–"})
#: Words after "people" that make them an anonymous source ("people familiar with
#: the matter", "people close to the president"), who report events but take part in none.
ANONYMOUS_SOURCE_WORDS: frozenset[str] = frozenset(
    {"familiar", "close", "briefed", "knowledgeable"}
)
#: Verbs whose direct object is the instrument or the cargo, not a party: "fired artillery",
#: "launched drones", "sent tanks". A particle changes that: "shot down drones" hits them.
INSTRUMENT_VERBS: frozenset[str] = frozenset({
    "fire", "launch", "use", "deploy", "send", "supply", "deliver", "provide", "sell", "buy",
    "fly", "drop", "station", "dispatch", "move", "transfer", "pledge", "promise",
})
#: The canonical names of the modifiers naming a religious or ethnic community ("Moslem").
RELIGIOUS_COMMUNITY = "religious community"
ETHNIC_COMMUNITY = "ethnic community"
#: The one title a community gives its own people: "Sunni leaders", "Yoruba leaders" (its
#: "officials" or "spokesman" may well hold a state's or a region's office).
COMMUNITY_LEADER = "leader"
#: The canonical name of the "exiled" modifier (see ``_former``).
EXILE_MODIFIER = "in exile"
#: Roles (by canonical name) of people one state sends to another: "the ambassador in Niger"
#: is not Niger's ambassador.
POSTED_ROLES: frozenset[str] = frozenset({"envoy"})
#: Verbs whose object, named by a nationality adjective, is a language: "speaks Russian".
LANGUAGE_VERBS: frozenset[str] = frozenset(
    {"speak", "learn", "teach", "study", "understand", "translate", "know"}
)
#: Prefixes of attitude: "pro-Russian", "anti-American", "non-Arab" name no nationality.
ATTITUDE_PREFIXES: frozenset[str] = frozenset({"pro", "anti", "non"})
#: Nouns of a people's language and culture: a nationality adjective on them ("the Russian
#: language", "Russian-language newspapers", "French cuisine") names no participant.
CULTURE_NOUNS: frozenset[str] = frozenset({
    "language", "languages", "speaker", "speakers", "speaking", "culture", "cuisine", "food",
    "literature", "music", "poetry", "art", "film", "films", "cinema", "folklore", "alphabet",
    "script", "dialect", "accent", "grammar", "translation", "media market",
})
#: Prepositions whose object tells whom a role noun belongs to: "soldiers from Chad".
MODIFIER_PREPOSITIONS: frozenset[str] = frozenset({"from", "of", "in", "throughout", "across"})
#: Prepositions of place among them: not used for troops, which often serve abroad.
PLACE_MODIFIERS: frozenset[str] = frozenset({"in", "throughout", "across"})
#: Sectors of people often foreign to where they are reported (reporters, aid doctors,
#: businesses, former officials): never given the country of the sentence's setting.
NO_SETTING_SECTORS: frozenset[str | None] = frozenset({None, "ELI", "JRN", "MED", "BUS"})
#: Sectors that only classify people ("their forces" of civilians stay MIL): a head
#: noun inherits its owner's sector only when it is an organisation's (REB, OPP, PTY...).
PEOPLE_SECTORS: frozenset[str | None] = frozenset({None, "GOV", "CVL", "ELI"})
#: Words of removal whose object is moved away from the place of a "from" phrase.
REMOVAL_WORDS: frozenset[str] = frozenset({
    "withdraw", "withdrawal", "pull", "pullout", "pullback", "remove", "removal", "evacuate",
    "evacuation", "expel", "expulsion", "oust", "drive", "recall", "redeploy", "retreat",
})
#: Possessive pronouns and what their antecedent may be ("its troops", "their leaders").
POSSESSIVE_PRONOUNS: dict[str, frozenset[str]] = {
    "its": frozenset({"org", "country"}),
    "their": frozenset({"plural", "org"}),
    "his": frozenset({"person"}),
    "her": frozenset({"person"}),
}
#: How a country word modifies a noun inside a prepositional object ("from *Swiss* aid groups").
OBJECT_MODIFIER_DEPS: frozenset[str] = frozenset({"amod", "compound", "poss", "nmod"})
#: Determiners that pick out some of a people: "some Kenyans", "many Iraqis".
QUANTIFIER_WORDS: frozenset[str] = frozenset(
    {"some", "many", "several", "few", "most", "all", "more", "other", "those", "these"}
)
#: Nouns of amount before "of" + a people noun: "thousands of Nigerians".
QUANTITY_NOUNS: frozenset[str] = frozenset({
    "hundred", "thousand", "million", "dozen", "score", "group", "crowd", "number", "handful",
    "busload", "family", "band", "majority", "minority",
})
#: Prepositions placing a people noun where its people live: "Palestinians of the West Bank".
RESIDENCE_PREPOSITIONS: frozenset[str] = frozenset({"of", "in", "from"})
#: Sectors of people who act against (or are acted on by) their own state at home.
DOMESTIC_SECTORS: frozenset[str | None] = frozenset(
    {"REB", "OPP", "PTY", "CVL", "LAB", "EDU", "CRM", "AGR"}
)
#: Their partners: a state's institutions at home (troops excluded: they serve abroad).
HOME_STATE_SECTORS: frozenset[str | None] = frozenset({"GOV", "COP", "JUD", "LEG"})
#: Domestic opponents of a government: rebels, the opposition, parties.
DOMESTIC_OPPONENT_SECTORS: frozenset[str | None] = frozenset({"REB", "OPP", "PTY"})
#: A state's missions abroad: "the Spanish embassy" stands in another state.
MISSION_NOUNS: frozenset[str] = frozenset(
    {"embassy", "consulate", "mission", "legation", "chancery"}
)
#: Participles after a noun that place it where its home is: "a group based in Kenya".
BASE_PARTICIPLES: frozenset[str] = frozenset(
    {"base", "headquarter", "headquartered", "operate"}
)
#: Verbs of flight: people fleeing a place (or a war in it) are from there.
FLIGHT_VERBS: frozenset[str] = frozenset({"flee", "escape"})
#: Words before "parties" that make them the sides of a dispute: "both parties".
SIDE_DETERMINERS: frozenset[str] = frozenset({"either", "neither", "warring"})
#: Nouns of a kind of place, named after "of": "the town of Samarra".
PLACE_NOUNS: frozenset[str] = frozenset({
    "city", "town", "village", "capital", "province", "region", "district", "state",
    "port", "enclave", "island", "county", "area",
})
#: Place prepositions that may say where an act is aimed rather than where its doers are:
#: "fired rockets *at* Israel".
AIM_PREPOSITIONS: frozenset[str] = frozenset({"at"})
#: Adjectives and participles of allegiance after a noun: "militants *loyal to* X",
#: "gunmen *linked to* X" belong to X's side, so to X's country (even when X is a person).
ALLEGIANCE_WORDS: frozenset[str] = frozenset(
    {"loyal", "faithful", "allied", "linked", "affiliated", "aligned", "attached"}
)
ALLEGIANCE_PREPOSITIONS: frozenset[str] = frozenset({"to", "with"})
#: Role nouns (canonical) naming the followers of a person or organisation: "supporters
#: of X" are of X's country; a former leader's followers are an opposition.
FOLLOWER_ROLES: frozenset[str] = frozenset({"supporters"})
#: A state's own political processes: whoever contests or boycotts them is its own.
POLITY_NOUNS: frozenset[str] = frozenset({
    "election", "elections", "poll", "polls", "vote", "ballot", "referendum", "constitution",
    "presidency", "runoff", "run-off",
})
#: Words opening an adverbial clause that tells the same act as its main clause.
SAME_ACT_MARKERS: frozenset[str] = frozenset({"when", "as", "while"})
#: Prepositions naming where a minority goes or what a place borders, never its host.
HOST_EXCLUDED_PREPOSITIONS: frozenset[str] = frozenset({"to", "into", "toward", "towards", "with"})
#: Nouns of a demand or appeal: "demands from rebels" are made by the rebels, to the party
#: the clause's verb names (who accepts, rejects or ignores them).
DEMAND_NOUNS: frozenset[str] = frozenset({
    "demand", "call", "request", "appeal", "plea", "ultimatum", "pressure", "petition",
    "proposal", "offer", "condition",
})
#: Roles (canonical) of people who serve someone: "an adviser *to* Iran's supreme leader",
#: "spokesman to the president" are of their principal's state ("envoy to" is not).
SERVING_ROLES: frozenset[str] = frozenset({"adviser", "spokesman"})
#: Prepositions naming the principal they serve: "a spokesman *for* the army", "an aide *to* X".
SERVING_PREPOSITIONS: frozenset[str] = frozenset({"to", "for"})
#: Nationalities of immigrant nations that follow an origin adjective ("a Palestinian
#: American activist", "Chinese Canadian"): the second adjective is the nationality.
ORIGIN_NATIONALITIES: frozenset[str] = frozenset({"USA", "CAN", "AUS"})
#: Adjectives saying that troops are a state's own: "federal troops".
STATE_FORCE_WORDS: frozenset[str] = frozenset({"federal", "pro-government", "loyalist"})
#: Verbs of lawful custody, which only a state's forces do ("arrested", not "abducted").
ARREST_VERBS: frozenset[str] = frozenset({"arrest", "detain"})
#: Verbs of taking or holding power, which people do in their own state.
HOME_RULE_VERBS: frozenset[str] = frozenset(
    {"seize", "take", "grab", "rule", "govern", "overthrow", "oust", "topple", "depose"})
#: Head nouns of a description that can name a political or armed group ("the ruling party").
ORGANISATION_NOUNS: frozenset[str | None] = frozenset({"party", "front", "movement"})
#: Head words of a state's national leadership (office or title): whom a coup removes.
NATIONAL_LEADERS: frozenset[str | None] = frozenset(
    {"president", "minister", "state", "government", "monarch", "leader", "chancellor"}
)
#: Verbs of a coup: what soldiers do to their own government.
COUP_VERBS: frozenset[str] = frozenset({
    "detain", "arrest", "oust", "overthrow", "depose", "topple", "remove", "seize",
})
#: Nouns of a transfer whose "of" object is the goods: "the sale of missiles", "deliveries
#: of tanks".
TRANSFER_NOUNS: frozenset[str] = frozenset({
    "sale", "delivery", "supply", "shipment", "transfer", "purchase", "export", "import",
    "provision", "consignment", "batch", "use", "launch", "firing",
})
#: The canonical name of soldiers and forces (people, unlike weapons).
TROOPS_ROLE = "troops"
#: The canonical name of weapon platforms standing for the forces that use them.
WEAPONS_ROLE = "weapons"
#: PLOVER's code for transnational militarized groups (al-Qaeda, Islamic State).
TRANSNATIONAL_ARMED = "IMG"
#: The anaphor kind of "his country" (anaphors.csv): the state of whoever "his" means.
HOME_ANAPHOR = "home"
PERSON_OWNERS: frozenset[str] = frozenset({"person"})
ANY_OWNERS: frozenset[str] = frozenset({"person", "plural", "org"})
#: The canonical name of the roles naming people held captive ("prisoners", "inmates").
CAPTIVES_ROLE = "prisoners"
#: Nouns of a side one serves: "Israel's militia *ally*" is allied to Israel, not Israel's.
ALLY_NOUNS: frozenset[str] = frozenset(
    {"ally", "proxy", "client", "surrogate", "partner", "protege", "protégé"}
)
#: Sentences back (besides the current one) in which an antecedent is looked for.
COREF_WINDOW = 2

_ANAPHOR_KEY = "ANAPHOR:"


@dataclass(slots=True)
class Piece:
    """One matched phrase: KB hits for an alias, an anaphor, or an unknown named person."""

    start: int
    end: int
    kind: str  # "C" place/organisation, "P" person, "R" role, "A" anaphor, "E" unknown person
    hits: list[AliasHit] = field(default_factory=list)
    anaphor: Anaphor | None = None  # what an anaphor refers to, and where it may stand
    char_end: int | None = None  # for "U.S.-proposed": the mention stops after "U.S."
    plural: bool = False  # the last token is a plural noun ("ministers")

    @property
    def entry(self) -> KBEntry:
        return self.hits[0].entry

    @property
    def form(self) -> str:
        return self.hits[0].form


@dataclass(slots=True)
class Resolved:
    """A mention being built, with what coreference needs to know about it."""

    mention: ActorMention
    sentence: int
    category: frozenset[str]  # what an anaphor may take it for: org, person, plural, ...
    subject: bool
    head_word: str | None  # last word of a role ("minister"), for "the minister"
    home_base: bool = False  # "U.S." in "a U.S.-based group": where a body is based


@dataclass(slots=True)
class _Context:
    doc: Doc
    article: Article
    on: date | None
    sent_starts: list[int]
    dateline: str | None
    dateline_end: int

    def sentence_of(self, token_index: int) -> int:
        return bisect_right(self.sent_starts, token_index) - 1


class _Matchers:
    """The phrase matchers of a KB for one vocab (built once, then reused)."""

    def __init__(self, kb: ActorKB, vocab: Vocab) -> None:
        self.vocab = vocab
        tokenizer: Tokenizer = spacy.blank("en", vocab=vocab).tokenizer
        self.phrases = PhraseMatcher(vocab, attr="LOWER")
        self.keys: dict[int, str] = {}
        # Patterns are tokenised as written: "U.S." is one token, "u.s." would not be.
        forms: dict[str, list[str]] = {
            key: sorted({a for h in hits for a in h.entry.aliases if a.lower() == key} or {key})
            for key, hits in kb.aliases.items()
        }
        for anaphor in kb.anaphors:
            forms[_ANAPHOR_KEY + anaphor] = [anaphor]
        keys = [k for k, texts in forms.items() for _ in texts]
        texts = [t for texts in forms.values() for t in texts]
        patterns: dict[str, list[Doc]] = {}
        for key, pattern in zip(keys, tokenizer.pipe(texts), strict=True):
            patterns.setdefault(key, []).append(pattern)
        for key, docs in patterns.items():
            self.keys[vocab.strings.add(key)] = key
            self.phrases.add(key, docs)


def _dotted_tokens(doc: Doc) -> list[int]:
    """Indices of the tokens a dotted acronym glued to a word opens ("U.S.-based"). The
    pattern is tried once per distinct word of the doc (its ORTH column), not per token."""
    strings = doc.vocab.strings
    orths: list[int] = doc.to_array(ORTH).tolist()
    dotted = {orth for orth in set(orths) if DOTTED_PREFIX.search(strings[orth])}
    return [i for i, orth in enumerate(orths) if orth in dotted] if dotted else []


def _fits(entry: KBEntry, key: str, words: list[str], last: Token) -> bool:
    """Proper names must keep their case; role nouns must be nouns ("a firm stance").

    A role written with capitals in the KB ("MP", "Assembly") must keep them too: "the
    Kosovo Assembly" is a parliament, "freedom of assembly" is not.
    """
    if entry.kind != "role":
        return _case_fits(_alias_text(entry, key), words)
    alias = _alias_text(entry, key)
    if alias != alias.lower() and not _case_fits(alias, words):
        return False
    if entry.role_class == "modifier":
        return last.tag_ != "VBD"  # "ousted President X", not "the army ousted President X"
    return last.pos_ in ("NOUN", "PROPN") or _attributive_noun(last)


def _attributive_noun(token: Token) -> bool:
    """A noun before a noun the tagger took for an adjective: "rebel" in "the rebel chief
    of staff". Kept only before a person's title (see ``_pieces``): it names whose he is."""
    return (token.pos_ == "ADJ" and token.dep_ in ("amod", "compound")
            and token.head.i > token.i and token.head.pos_ == "NOUN")


def _case_fits(alias: str, words: list[str]) -> bool:
    """Proper names keep their capitals: "US" is not "us", "Chad" is not "chad".

    Every letter upper-case in the alias must be upper-case in the text (an all-caps
    dateline "AZERBAIJAN" still fits "Azerbaijan"); spacing may differ, letters not.
    """
    return _letters_fit(alias, "".join(words))


@lru_cache(maxsize=1 << 16)
def _letters_fit(alias: str, text_letters: str) -> bool:
    """:func:`_case_fits` on the text's letters; the same names recur in every article."""
    alias_letters = alias.replace(" ", "")
    if len(alias_letters) != len(text_letters):
        return text_letters[:1].isupper()
    return all(
        not a.isupper() or t.isupper() for a, t in zip(alias_letters, text_letters, strict=True)
    )


class ActorResolver:
    """Finds and resolves every actor mention of a parsed article."""

    def __init__(self, kb: ActorKB) -> None:
        self.kb = kb
        self._matchers: dict[int, _Matchers] = {}

    @classmethod
    def from_settings(cls, settings: Settings | None = None) -> ActorResolver:
        settings = settings or Settings()
        return cls(ActorKB.load(settings.actor_files))

    def matchers(self, vocab: Vocab) -> _Matchers:
        built = self._matchers.get(id(vocab))
        if built is None or built.vocab is not vocab:
            built = _Matchers(self.kb, vocab)
            self._matchers[id(vocab)] = built
        return built

    # -- public ------------------------------------------------------------------------

    def resolve(self, doc: Doc, article: Article) -> list[ActorMention]:
        """Every actor mention of ``doc``, in order, non-overlapping."""
        city, dateline_end = self._dateline(article.text)
        context = _Context(
            doc=doc,
            article=article,
            on=article.published,
            sent_starts=[s.start for s in doc.sents],
            dateline=self._dateline_state(article.text[:dateline_end], city),
            dateline_end=dateline_end,
        )
        pieces = self._pieces(doc, context)
        groups = _compose(doc, pieces)
        return self._resolve_groups(groups, context)

    def _dateline_state(self, opening: str, city: str | None) -> str | None:
        """The state a dateline files from: its capital ("BAKU"), else the state named
        after the city ("KUNDUZ, Afghanistan (Reuters) -"), else a city the KB knows as
        its state's ("MAIDUGURI (Reuters) -")."""
        if not city:
            return None
        capital = self.kb.capitals.get(city.lower())
        if capital:
            return capital
        named_after = opening[len(city):].split("(")[0].strip(" ,-–—:")
        for name in (named_after.split(",")[0].strip(), city):
            states = {h.entry.country for h in self.kb.aliases.get(name.lower(), [])
                      if h.entry.kind == "country" and h.entry.sector is None
                      and h.entry.country in self.kb.by_country}
            if len(states) == 1:
                return next(iter(states))
        return None

    @staticmethod
    def _dateline(text: str) -> tuple[str | None, int]:
        """The dateline city and where the dateline ends (0: no dateline).

        An upper-case opening counts as a dateline when it has a date/place or an
        agency, or is a short city name: "UN CALLS FOR TRUCE -" is a headline.
        """
        found = DATELINE.match(text[:160])
        if not found:
            titled = TITLE_DATELINE.match(text[:160])
            return (titled.group("city"), titled.end()) if titled else (None, 0)
        city = found.group("city").strip()
        if not (found.group("place") or found.group("agency")) and len(city.split()) > 2:
            return None, 0
        return city, found.end()

    # -- matching ----------------------------------------------------------------------

    def _pieces(self, doc: Doc, context: _Context) -> list[Piece]:
        m = self.matchers(doc.vocab)
        found: list[Piece] = []
        for key_id, start, end in m.phrases(doc):
            if doc[start].idx < context.dateline_end:
                continue  # the dateline city is where the story was filed, not an actor
            key = m.keys[key_id]
            if key.startswith(_ANAPHOR_KEY):
                anaphor = self.kb.anaphors[key.removeprefix(_ANAPHOR_KEY)]
                found.append(Piece(start, end, "A", anaphor=anaphor))
                continue
            words = [t.text for t in doc[start:end]]
            last = doc[end - 1]
            hits = [h for h in self.kb.aliases[key] if _fits(h.entry, key, words, last)]
            piece = _piece_from_hits(start, end, _on_date(hits, context.on))
            if piece:
                piece.plural = last.tag_ in ("NNS", "NNPS")
                found.append(piece)
        for start in _dotted_tokens(doc):
            end = start + 1
            prefix = DOTTED_PREFIX.match(doc[start].text)
            hits = self.kb.aliases.get(prefix.group(1).lower(), []) if prefix else []
            piece = _piece_from_hits(start, end, [h for h in hits if h.entry.kind != "role"])
            if piece and prefix:
                piece.char_end = doc[start].idx + len(prefix.group(1))
                found.append(piece)
        found = self._national_organs(doc, _drop_home_bases(doc, _longest_first(found)))
        # a role word tagged as an adjective counts only right before a person's title
        # ("rebel chief of staff"); before a group noun it may be a true adjective
        # ("paramilitary troops": one body, not two)
        title_starts = {p.start for p in found
                        if p.kind == "R" and p.entry.role_class == "person"}
        found = [p for p in found if not (
            p.kind == "R" and p.entry.role_class != "modifier"  # "former" is an adjective
            and _attributive_noun(doc[p.end - 1]) and p.end not in title_starts)]
        starts = {p.start for p in found}
        owned = {p.end for p in found if p.kind == "C"}
        pieces = [
            p for p in found
            if not (_culture_adjective(doc, p) or _inside_name(doc, p)
                    or _anonymous_source(doc, p) or _attitude_prefix(doc, p)
                    or _instrument_object(doc, p) or _captives_acted_on(doc, p)
                    or _someone_else_s_name(doc, p)
                    or _sides_in_a_dispute(doc, p) or _given_name(doc, p, starts)
                    or _participle_compound(doc, p, starts) or _weapon_modifier(doc, p, owned))
        ]
        return _add_named_strangers(doc, _homonyms_by_context(pieces, context))

    def _national_organs(self, doc: Doc, pieces: list[Piece]) -> list[Piece]:
        """An organisation's organ named after a state ("Russia's Security Council",
        "the Iranian Security Council") is that state's own body of the same name, when
        the KB knows the name as a role too; alone it stays the organisation's."""
        for before, piece in pairwise(pieces):
            if piece.kind != "C" or not any(h.entry.kind == "igo" for h in piece.hits):
                continue
            named_after_state = before.kind == "C" and before.entry.is_state
            if not named_after_state or _gap(doc, before, piece) not in ("", "'s"):
                continue
            key = doc[piece.start:piece.end].text.lower()
            roles = [h for h in self.kb.aliases.get(key, []) if h.entry.kind == "role"]
            if roles:
                piece.kind, piece.hits = "R", roles
        return pieces

    # -- resolution --------------------------------------------------------------------

    def _resolve_groups(self, groups: list[list[Piece]], ctx: _Context) -> list[ActorMention]:
        country_counts: Counter[str] = Counter()
        resolved: list[Resolved | None] = []
        pending: list[int] = []
        for i, group in enumerate(groups):
            if (group[-1].kind == "A" or _needs_context(group) or _ethnic(ctx.doc, group)
                    or _ally_possessor(ctx.doc, group)):
                resolved.append(None)
                pending.append(i)
                continue
            item = self._resolve_direct(group, ctx)
            if item and i + 1 < len(groups) and _shares_head(ctx.doc, group, groups[i + 1]):
                item = self._with_shared_head(item, group, groups[i + 1], ctx)
            resolved.append(item)
            if item and item.mention.actor.country and _is_state_mention(group):
                country_counts[item.mention.actor.country] += 1
        dominant = _dominant(country_counts)
        named = [r for r in resolved if r is not None]  # every phrase naming its own country
        for i, group in enumerate(groups):
            item = resolved[i]
            if item is not None and _people_noun(group):
                resolved[i] = self._resident(group, item, named, ctx) or item
        for i, group in enumerate(groups):
            shared = _plural_role_of(ctx.doc, groups[:i], group)
            if resolved[i] is not None and shared is not None:
                resolved[i] = self._role_of_state(shared, group, ctx) or resolved[i]
        for i, group in enumerate(groups):
            item = resolved[i]
            home = _residence_named_before(groups[:i], group)
            if item is not None and home is not None:
                actor = item.mention.actor
                resolved[i] = self._make(group, ctx, home, actor.sector, actor.name,
                                         f"{actor.rule}+residence:{home}", set(item.category))
        owners = {i: self._owner(group, ctx) for i, group in enumerate(groups)}
        for i in pending:
            earlier = [r for r in resolved[:i] if r is not None]
            group = groups[i]
            if group[-1].kind == "A":
                # "the EU's Kaja Kallas ... the bloc": a possessor may be referred back to too
                with_owners = [x for j, r in enumerate(resolved[:i])
                               for x in (owners[j], r) if x is not None]
                resolved[i] = self._resolve_anaphor(group[-1], with_owners, ctx)
            elif _ethnic(ctx.doc, group):
                resolved[i] = self._resolve_ethnic(group, named, ctx)
            else:
                roles_only = [p for p in group if p.kind == "R"] if _ally_possessor(
                    ctx.doc, group) else group  # "Israel's militia ally": not Israel's own
                resolved[i] = self._resolve_bare_role(roles_only, earlier, named, ctx, dominant)
        for i, item in enumerate(resolved):
            if item is not None and item.mention.actor.country == TRANSNATIONAL_ARMED:
                resolved[i] = self._local_front(groups[i], item, named, ctx) or item
        return [r.mention for r in resolved if r is not None]

    def _local_front(
        self, group: list[Piece], item: Resolved, named: list[Resolved], ctx: _Context
    ) -> Resolved | None:
        """ "Iraqi forces arrested Islamic State militants in raids across Anbar": fighters of
        a transnational armed group (IMG) in a sentence set in one state, named as a place,
        with no other state taking part, are that state's insurgents, as a local branch
        (al-Shabaab, JNIM) is coded where it fights. Struck by a foreign state, or placed
        nowhere, they stay the transnational group; its named leaders keep its code."""
        if any(p.kind == "P" for p in group):
            return None  # "Osama bin Laden": a named leader of the whole group
        states = self._sentence_states(named, item.sentence)
        if len(states) != 1:
            return None
        state = next(iter(states))
        if not any(r.sentence == item.sentence and r.mention.actor.country == state
                   and _names_a_place(ctx.doc, r.mention) for r in named):
            return None
        actor = item.mention.actor
        return self._make(group, ctx, state, actor.sector or "REB", actor.name,
                          f"{actor.rule}+local:{state}", set(item.category))

    def _resolve_direct(self, group: list[Piece], ctx: _Context) -> Resolved | None:
        """A phrase that names its own country: by a place, organisation or person."""
        doc = ctx.doc
        roles = [p for p in group if p.kind == "R"]
        places = [p for p in group if p.kind == "C"]
        persons = [p for p in group if p.kind == "P"]
        rules: list[str] = []
        name: str | None = None
        country: str | None = None
        sector: str | None = None
        category: set[str] = set()
        if persons:
            office = _title_office([r for r in roles if r.start < persons[-1].start])
            person = self._pick_person(persons[-1], ctx.on, office)
            if person is None:
                return self._shared_country(group, persons[-1], ctx)
            entry, status = person
            country, name = entry.country, entry.canonical
            if status == "former" and office and self._held(entry, office):
                # "President X" after the KB's last day for X as president: the text's
                # title says X holds that office (KB days are approximate, stories look
                # back); "former President X" and a bare "X" stay ELI.
                status = None
            sector = {"former": "ELI", "before": None}.get(status or "", entry.sector)
            rules.append(entry.label + (f"/{status}" if status else ""))
            tail_roles = [r for r in roles if r.start > persons[-1].start]
            if tail_roles:  # "the Biden administration", "Putin's spokesman"
                sector = _role_sector(tail_roles) or sector
                name = None
                rules.insert(0, tail_roles[-1].entry.label)
                category |= _role_category(doc, tail_roles[-1])
            else:
                category.add("person")
                rank = _rank_sector([r for r in roles if r.start < persons[-1].start])
                if sector is None:
                    sector = _role_sector(roles)
                elif rank and rank != sector and (ctx.on is None or status is not None):
                    # "General Michel Aoun" with no date, "opposition leader X" out of
                    # office: the text's title says what X is, not X's latest KB office
                    sector = rank
                    rules.append(f"title:{rank}")
        else:
            place = places[0]
            country = place.entry.country
            possessive = _possessive_after(doc, place)
            place_rule = place.entry.label + ("/possessive" if possessive else f"/{place.form}")
            if roles:
                sector = _role_sector(roles) or place.entry.sector
                if roles[-1].entry.canonical == COMMUNITY_LEADER and self._ethnic_people(
                        doc, place):
                    sector = "ELI"  # "Yoruba leaders": a people's elites hold no state office
                branch = place.entry.sector is not None and not place.entry.is_state
                # "Hamas gunmen" are identified: the group's armed men
                identified = (roles[-1].entry.sector == "UAF" and place.entry.kind == "group"
                              and place.entry.sector is not None)
                head_role = roles[-1].entry
                # "Hezbollah commander": a group's commander is of the group, not an army
                commander = (place.entry.kind == "group" and head_role.inherits
                             and head_role.sector == "MIL" and place.entry.sector is not None)
                generic = commander or (
                    (place.entry.kind == "group" or branch) and _generic_head(head_role))
                if generic or identified:
                    # "Hamas officials", "Red Cross spokesman", "Mossad chief": the group's
                    # or branch's people, not a government's, so its own sector
                    sector = place.entry.sector
                elif (roles[-1].entry.canonical in FOLLOWER_ROLES
                      and place.entry.sector not in PEOPLE_SECTORS):
                    sector = place.entry.sector  # "opposition party supporters": its side
                if roles[0].entry.canonical in FOLLOWER_ROLES and roles[0].start < place.start:
                    # "supporters of the Egyptian government" are its backers, not the
                    # government: an organisation's side keeps its sector, else civilians
                    sector = sector if sector not in PEOPLE_SECTORS else "CVL"
                    rules.append(roles[0].entry.label)
                rules += [roles[-1].entry.label, place_rule]
                name = self._holder_name(group, country, ctx.on, rules)
                category |= _role_category(doc, roles[-1])
                if place.entry.kind == "group":
                    category.add("group")  # "Hamas fighters ... the group said": the group
                if any(p.kind == "E" for p in group):
                    category.add("person")
            elif len(places) > 1 and _national_contingent(places[-2], places[-1]):
                # "Kenyan peacekeepers", "Bangladeshi blue helmets": a state's contingent in
                # a multinational force is that state's own troops.
                country, sector = places[-2].entry.country, "MIL"
                rules += [place_rule, f"contingent:{places[-1].entry.canonical}"]
                category.add("plural")
            elif len(places) > 1 and _resident_people(places[-2], places[-1]):
                # "Bosnian Serbs", "Iraqi Kurds" (when Kurds are a people): civilians
                # of the state they live in, the ethnicity being the second word.
                country, sector = places[-2].entry.country, "CVL"
                rules += [place_rule, f"resident:{places[-1].entry.country}"]
                category.add("plural")
            else:
                last = places[-1]
                country, sector = last.entry.country, last.entry.sector
                if last.form == "capital" and not _locative(doc[_head(doc, group)]):
                    sector = "GOV"  # "Baku said": the seat of government for the government
                name = last.entry.canonical
                rules.append(place_rule)
                if last.form == "people" and sector is None and _individuals(doc[last.end - 1]):
                    sector = "CVL"  # "thousands of Nigerians": people, not the state
                    rules.append("individuals")
                category |= _place_category(last)
        if _former(roles):
            sector = "ELI"  # "former President X": a former official whatever X held
        return self._make(group, ctx, country, sector, name, "+".join(rules), category)

    def _ethnic_people(self, doc: Doc, piece: Piece) -> bool:
        """The place piece names a people the KB lists as an ethnic community ("Yoruba"),
        not a state or region ("Catalan", "Somali")."""
        key = doc[piece.start:piece.end].text.lower()
        return any(h.entry.canonical == ETHNIC_COMMUNITY for h in self.kb.aliases.get(key, []))

    def _owner(self, group: list[Piece], ctx: _Context) -> Resolved | None:
        """The state or organisation a phrase's possessor names ("the EU's" in "the EU's
        Kaja Kallas"), for coreference only: it is not a mention of its own."""
        first = group[0]
        if len(group) < 2 or first.kind != "C" or not _possessive_after(ctx.doc, first):
            return None
        return self._resolve_direct([first], ctx)

    def _with_shared_head(
        self, item: Resolved, group: list[Piece], following: list[Piece], ctx: _Context
    ) -> Resolved:
        """ "Ghanaian and Togolese migrants": the first adjective's people are migrants too."""
        roles = [p for p in following if p.kind == "R"]
        actor = item.mention.actor
        rule = f"{roles[-1].entry.label}+{actor.rule}+shared-head"
        return self._make(group, ctx, actor.country, _role_sector(roles), None, rule,
                          _role_category(ctx.doc, roles[-1]))

    def _pick_person(
        self, piece: Piece, on: date | None, office: str | None = None
    ) -> tuple[KBEntry, str | None] | None:
        """The one person an alias names on a day; ``None`` when it stays ambiguous.

        A title before the name ("Prime Minister Ismail Haniyeh") selects the spell
        in that office when the person held it on the day (or when there is no date).
        """
        names = list(dict.fromkeys(h.entry.canonical or "" for h in piece.hits))
        if office:
            titled = [s for n in names if (s := self._titled_spell(n, office, on))]
            if len(titled) == 1:
                return titled[0], None
        states = [self.kb.person_at(n, on) for n in names]
        if len(states) == 1:
            return states[0]
        in_office = [s for s in states if s[1] is None]
        return in_office[0] if len(in_office) == 1 else None

    def _held(self, entry: KBEntry, office: str) -> bool:
        """Whether the person of ``entry`` held ``office`` at some time."""
        spells = self.kb.persons.get(entry.canonical or "", [])
        return any(e.office == office for e in spells)

    def _titled_spell(self, canonical: str, office: str, on: date | None) -> KBEntry | None:
        spells = [e for e in self.kb.persons.get(canonical, []) if e.office == office]
        if on is not None:
            spells = [e for e in spells if e.active_on(on)]
        return max(spells, key=lambda e: e.start or date.min) if spells else None

    def _shared_country(self, group: list[Piece], piece: Piece, ctx: _Context) -> Resolved | None:
        """ "President Bush" in 1995: no Bush in office, but every Bush is American."""
        countries = {h.entry.country for h in piece.hits}
        if len(countries) != 1:
            return None
        country = countries.pop()
        names = sorted({h.entry.canonical or "" for h in piece.hits})
        states = [self.kb.person_at(n, ctx.on)[1] for n in names]
        roles = [p for p in group if p.kind == "R"]
        tail = [r for r in roles if r.start > piece.start]  # "the Bush administration"
        if tail:
            sector = _role_sector(tail)
        elif all(s == "former" for s in states):
            sector = "ELI"
        else:
            sector = _role_sector(roles)
        rule = f"person:{ctx.doc[piece.start:piece.end].text}:ambiguous({'|'.join(names)})"
        return self._make(group, ctx, country, sector, None, rule, {"person"})

    def _holder_name(
        self,
        group: list[Piece],
        country: str | None,
        on: date | None,
        rules: list[str],
    ) -> str | None:
        roles = [p for p in group if p.kind == "R"]
        office = roles[-1].entry.office
        if not (office and country) or roles[-1].entry.role_class != "person":
            return None
        if any(p.end > roles[-1].end and p.kind == "E" for p in group):
            return None  # "President Jean Dupont": the text names someone the KB does not know
        if roles[-1].plural:  # "foreign ministers" are several people, not the holder
            return None
        if any(r.entry.sector == "ELI" for r in roles):
            return None
        holder = self.kb.holder(country, office, on)
        if holder is None:
            return None
        rules.append(holder.label)
        return holder.canonical

    def _resolve_bare_role(
        self,
        group: list[Piece],
        earlier: list[Resolved],
        named: list[Resolved],
        ctx: _Context,
        dominant: str | None,
    ) -> Resolved | None:
        """ "the President", "the minister", "the ministry": coreference, else context country."""
        doc = ctx.doc
        roles = [p for p in group if p.kind == "R"]
        head = roles[-1]
        sentence = ctx.sentence_of(group[0].start)
        definite = group[0].start > 0 and doc[group[0].start - 1].lower_ in ("the", "this", "that")
        head_word = _last_word(head.entry.canonical)
        named_group = self._named_group_before(group, earlier, ctx, head_word)
        if named_group is not None:
            return self._corefer(group, named_group, ctx, f"{head_word}")
        if definite and head.entry.role_class != "group":
            antecedent = _antecedent(
                earlier, sentence, lambda r: r.head_word == head_word and _not_plural(doc, head)
            )
            if antecedent is not None:
                return self._corefer(group, antecedent, ctx, f"{head_word}")
        elif definite and len(group) == 1:
            # "Al-Shabaab militants attacked... The militants killed...": the same group
            own_sector = _role_sector(roles)
            antecedent = _antecedent(
                earlier, sentence,
                lambda r: _same_group(r, head_word, own_sector) and r.mention.actor.country
                is not None,
            )
            if antecedent is not None:
                return self._corefer(group, antecedent, ctx, f"{head_word}")
        if not definite and len(group) == 1:
            # "stone throwers clashed with Israeli police ..., and police opened fire": the
            # same bare noun again in one sentence names the same body or group.
            antecedent = _antecedent(
                [r for r in earlier if r.sentence == sentence], sentence,
                lambda r: r.head_word == head_word and r.mention.actor.country is not None)
            if antecedent is not None:
                return self._corefer(group, antecedent, ctx, f"{head_word}")
        country, how = head.entry.country, "role"  # "an aid group" is an NGO by itself
        sector = _role_sector(roles)
        possessor = None if country else self._possessor(group, earlier, ctx)
        owner = None if country or possessor else _modifier_owner(doc, group, named)
        if possessor is not None:  # "Syria offered its troops": Syria's troops
            country = possessor.mention.actor.country
            if head.entry.inherits and possessor.mention.actor.sector not in PEOPLE_SECTORS:
                sector = possessor.mention.actor.sector  # "the rebels ... their commanders"
            owner_word = _possessive_word(doc, group)
            word = owner_word.lower_ if owner_word is not None else ""
            target = possessor.mention.actor.name or possessor.mention.actor.text
            how = f"possessor:{word}->{target}"
        elif owner is not None:  # "rebels in Chad", "doctors from Swiss aid groups"
            country, how = owner.mention.actor.country, "modifier"
            # "the rebel group, the FDD,": the text's own word for the group says what it is
            # now; an apposed name only says whose it is
            described = sector not in (None, "GOV") and _apposed(doc, group, owner.mention)
            if (head.entry.inherits and not described
                    and owner.mention.actor.sector not in PEOPLE_SECTORS):
                sector = owner.mention.actor.sector  # "leaders of the opposition coalition"
            elif (head.entry.canonical in FOLLOWER_ROLES
                  and owner.mention.actor.sector == "ELI" and "person" in owner.category):
                # "supporters of former President X": backers of a leader out of office
                # are an opposition
                sector = "OPP"
        elif country is None and self._owned_by_unknown(group, ctx):
            pass  # "the group's leader" with no group found: not the sentence's state's
        elif country is None and (relative := _relative_place(doc, group, named)):
            country, how = relative, "relative-place"
        elif country is None and _takes_context_country(doc, group):
            country, how = self._context_country(named, ctx, dominant, sentence, group)
        elif country is None and (_takes_setting_country(doc, group)
                                  or _opposition_qualified(group)
                                  or _coup_makers(doc, group, sector)):
            country, how = self._group_country(group, sector, earlier, named, ctx, sentence)
        if country is None and _stateless_ethnic(doc, group):
            # "ethnic Kurds protested against Germany's decision": a minority of its host
            country, how = self._host_state(None, named, ctx, sentence)
        if how.startswith("possessor:"):
            rules = [head.entry.label, how]
        else:
            rules = [head.entry.label] + ([f"{how}:{country}"] if country and how != "role" else [])
        name = self._holder_name(group, country, ctx.on, rules)
        if _former(roles):
            sector = "ELI"
        if country is None and sector is None:
            return None  # "the other side": nothing is known about who
        category = _role_category(doc, head)
        if any(p.kind == "E" for p in group):
            category.add("person")
        return self._make(group, ctx, country, sector, name, "+".join(rules), category)

    def _role_of_state(
        self, role: Piece, group: list[Piece], ctx: _Context
    ) -> Resolved | None:
        """ "The presidents of Bosnia, Serbia and Croatia": a state coordinated with the
        first "of" object of a plural title has its own holder of that title."""
        state = group[0]
        country = state.entry.country
        sector = _role_sector([role])
        rules = [role.entry.label, f"country:{country}/{state.form}", "shared-role"]
        name = self._holder_name([role, state], country, ctx.on, rules)
        return self._make(group, ctx, country, sector, name, "+".join(rules),
                          _role_category(ctx.doc, role))

    def _named_group_before(
        self, group: list[Piece], earlier: list[Resolved], ctx: _Context, head_word: str | None
    ) -> Resolved | None:
        """ "The Tigray People's Liberation Front said ... accusing *the regional ruling
        party* of attacking": a definite description headed by a noun for the kind of body a
        named group is (party, front, movement) refers back to the one such named group
        earlier in its sentence, whatever adjectives describe it on the way."""
        if head_word not in ORGANISATION_NOUNS or any(p.kind != "R" for p in group):
            return None
        noun = ctx.doc[group[-1].end - 1]
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                   for c in noun.children) or noun.tag_ in ("NNS", "NNPS"):
            return None
        sentence = ctx.sentence_of(group[0].start)
        return _antecedent(
            [r for r in earlier if r.sentence == sentence], sentence,
            lambda r: "group" in r.category and r.head_word is None
            and r.mention.actor.country is not None and r.mention.antecedent is None,
        )

    def _possessor(
        self, group: list[Piece], earlier: list[Resolved], ctx: _Context
    ) -> Resolved | None:
        """The antecedent of a possessive pronoun before a role noun ("its troops"), or
        the possessor already resolved as a description ("*the country's* top diplomat")."""
        doc = ctx.doc
        owner = _possessive_word(doc, group)
        if owner is None:
            return None
        wanted = POSSESSIVE_PRONOUNS.get(owner.lower_)
        if wanted is None:
            return next((r for r in reversed(earlier) if r.mention.actor.country
                         and r.mention.token_start <= owner.i < r.mention.token_end), None)
        sentence = ctx.sentence_of(group[0].start)
        return _antecedent(earlier, sentence, lambda r: bool(wanted & r.category))

    def _owned_by_unknown(self, group: list[Piece], ctx: _Context) -> bool:
        """The role's possessor is a description that found no antecedent ("*the group's*
        leader" after no named group): whose it is stays unknown."""
        owner = _possessive_word(ctx.doc, group)
        if owner is None or owner.i == 0:
            return False
        return ctx.doc[owner.i - 1].lower_ == "the" and f"the {owner.lower_}" in self.kb.anaphors

    def _context_country(
        self,
        named: list[Resolved],
        ctx: _Context,
        dominant: str | None,
        sentence: int,
        group: list[Piece] | None = None,
    ) -> tuple[str | None, str]:
        """A state institution or title without a country: the dateline's, else the one
        state the sentence names, else the one state named in its own clause ("Yoon
        accused the parliament of siding with North Korea"), else the state the sentences
        just before name ("Baku rejected the plan. The government said..."), else the
        article's dominant country."""
        if ctx.dateline:
            return ctx.dateline, "dateline"
        # an envoy's state is not the scene: "the ministry summoned the Iranian ambassador"
        # is the host's ministry
        states = self._sentence_states([r for r in named if r.head_word not in POSTED_ROLES],
                                       sentence)
        if len(states) == 1:
            return next(iter(states)), "sentence"
        # an institution ("the parliament"), not a title: "Putin met the minister" may
        # well be another state's minister
        if group is not None and states and group[-1].entry.role_class == "body":
            clause = _clause_head(ctx.doc[group[-1].end - 1]).i
            in_clause = {r.mention.actor.country or "" for r in named
                         if r.sentence == sentence and r.mention.actor.country in self.kb.by_country
                         and _clause_head(ctx.doc[r.mention.head]).i == clause}
            if len(in_clause) == 1:
                return next(iter(in_clause)), "clause"
        # only a sentence naming no state looks back: one naming two is ambiguous itself
        recent = None if states else self._recent_state(ctx.doc, named, sentence)
        if recent:
            return recent, "recent"
        if dominant:
            return dominant, "dominant"
        return None, ""

    def _recent_state(self, doc: Doc, named: list[Resolved], sentence: int) -> str | None:
        """The state the nearest earlier sentence (within the coreference window) names: a
        country, a capital or seat of government, or a state's own institution; among
        several, the one in subject position (as for an antecedent)."""
        def names_state(r: Resolved) -> bool:
            return r.sentence < sentence and r.mention.actor.country in self.kb.by_country

        antecedent = _antecedent(
            [r for r in named if names_state(r)], sentence - 1, lambda r: True, by="country"
        )
        if antecedent is None or _coordinated(doc[antecedent.mention.head]):
            return None  # "Russia and Ukraine swapped prisoners. Officials said...": either
        return antecedent.mention.actor.country

    def _sentence_states(self, named: list[Resolved], sentence: int) -> set[str]:
        # a home base ("a U.S.-based group") places that group only, not the sentence
        return {
            r.mention.actor.country or "" for r in named
            if r.sentence == sentence and r.mention.actor.country in self.kb.by_country
            and not r.home_base
        }

    def _group_country(
        self,
        group: list[Piece],
        sector: str | None,
        earlier: list[Resolved],
        named: list[Resolved],
        ctx: _Context,
        sentence: int,
    ) -> tuple[str | None, str]:
        """The country of people named without one, from their own clause first: the place
        where they act ("people blocked streets in Hong Kong"), then the state they deal
        with at home ("the Mozambique government accepted demands from rebels"), then the
        sentence's setting; in a sentence naming no state, the dateline, else the place the
        last sentences are set in. Never from how often a country is named."""
        doc = ctx.doc
        setting = _takes_setting_country(doc, group)
        if setting and group[-1].kind == "R" and group[-1].entry.role_class != "person":
            place = self._clause_place(group, named, ctx, sentence)
            if place:
                return place, "clause-place"
        around = {id(r): r for r in [*earlier, *named] if r.sentence == sentence}
        partner = self._counterpart(group, sector, list(around.values()), ctx)
        if partner:
            return partner, "counterpart"
        polity = self._polity(group, sector, named, ctx, sentence)
        if polity:
            return polity, "polity"
        if not setting:
            return None, ""
        agent = _subject_side(doc[group[-1].end - 1])
        scene = self._setting_country(named, ctx, sentence, agent)
        if scene:
            return scene, "setting"
        states = self._sentence_states(named, sentence)
        if sector == "CRM" and len(states) == 1:
            # "Gangs attacked Haiti's prisons": criminal gangs act at home, in the one
            # state the sentence names, however it names it
            return next(iter(states)), "sentence"
        people = group[-1].kind == "R" and group[-1].entry.role_class != "person"
        if not people or states:
            return None, ""
        if ctx.dateline:
            # "MOGADISHU (Reuters) - Students protested...": where the story is filed
            return ctx.dateline, "dateline"
        # "Clashes broke out in Tbilisi. Protesters said...": where the last sentences are set
        earlier_places = [r for r in named if r.sentence < sentence
                          and _names_a_place(doc, r.mention)
                          and r.mention.actor.country in self.kb.by_country]
        last_scene = _antecedent(earlier_places, sentence - 1, lambda r: True, by="country")
        if last_scene is not None:
            return last_scene.mention.actor.country, "recent-place"
        if sector == "OPP" or _opposition_qualified(group):
            # "Kenya's president dissolved parliament. The opposition called it a coup.":
            # an opposition opposes the government of the state the story is about, when
            # the last sentences name only that one ("The US sanctioned Venezuela. The
            # opposition..." may be either's)
            recent = {r.mention.actor.country for r in named
                      if sentence - COREF_WINDOW <= r.sentence < sentence
                      and r.mention.actor.country in self.kb.by_country}
            if len(recent) == 1:
                return next(iter(recent)), "recent"
        return None, ""

    def _clause_place(
        self, group: list[Piece], named: list[Resolved], ctx: _Context, sentence: int
    ) -> str | None:
        """The one state named as a place in the group's own clause: "rebels attacked a
        convoy in Chad", "crowds marched in Baku to protest against Moscow"."""
        doc = ctx.doc
        noun = doc[group[-1].end - 1]
        clause = _clause_head(noun)
        # the doers of a directed act are not where it is aimed: "militants fired rockets
        # *at* Israel". Those acted on are where it lands.
        agent = _subject_side(noun)
        # "killed 23 people when they blew themselves up in Haifa": a "when" clause tells
        # the same act, so its place is the clause's place too
        clauses = {clause.i} | {c.i for c in clause.children if _same_act_clause(c)}
        states = {
            r.mention.actor.country or "" for r in named
            if r.sentence == sentence and r.mention.actor.country in self.kb.by_country
            and _place_named(doc[r.mention.head]) and r.mention.actor.sector is None
            and _clause_head(doc[r.mention.head]).i in clauses
            and not (agent and _place_preposition(doc[r.mention.head]) in AIM_PREPOSITIONS)
            and not _meeting_venue(noun, r.mention)
        }
        return next(iter(states)) if len(states) == 1 else None

    def _counterpart(
        self, group: list[Piece], sector: str | None, around: list[Resolved], ctx: _Context
    ) -> str | None:
        """The state of the party a domestic actor deals with in its own clause.

        Rebels, opposition, parties and civilians acting against, or acted on by, a state's
        government, police, courts or parliament belong to that state ("the Mozambique
        government accepted demands from rebels", "Turkish police stopped a march by
        students"); a titled person the KB does not know, dealing with a state's rebels or
        opposition, holds that state's office ("President X conceded to UNITA"). Troops
        are never such a partner: they often fight abroad.
        """
        doc = ctx.doc
        head = group[-1]
        titled = head.kind == "E" or head.entry.role_class == "person"
        if titled and sector in DOMESTIC_OPPONENT_SECTORS:
            # "the interior minister allowed opposition leader X to rally": an opposition or
            # rebel leader dealing with a state's institutions is that state's, like the
            # group he leads; one meeting a president as the subject may be abroad
            wanted = HOME_STATE_SECTORS
            if _subject_side(doc[head.end - 1]):
                wanted = HOME_STATE_SECTORS - {"GOV"}
        elif titled:
            if sector not in STATE_SECTORS:
                return None
            wanted = DOMESTIC_OPPONENT_SECTORS
            if sector in ("JUD", "COP"):  # "Judge X charged Chilean officials": at home
                wanted = wanted | HOME_STATE_SECTORS | DOMESTIC_SECTORS
            elif not _subject_side(doc[head.end - 1]):
                # "Turkish police detained Mayor X": police and courts act at home
                wanted = wanted | {"COP", "JUD"}
        elif _coup_makers(doc, group, sector):
            # "soldiers detained President X": a coup at home, against the national leaders
            # (soldiers detaining a mayor may be an occupier's)
            wanted = frozenset({"GOV"})
            around = [r for r in around if r.head_word in NATIONAL_LEADERS]
        elif sector in DOMESTIC_SECTORS or _opposition_qualified(group):
            wanted = HOME_STATE_SECTORS
            # A government acting on rebels or protesters may be a foreign one ("the US
            # imposed sanctions on militants"); people acting against a government, or an
            # opposition it acts on, are its own. Police, courts and parliaments act at home.
            noun = doc[group[-1].end - 1]
            against = _subject_side(noun) or _demand_maker(noun)
            if not (against or sector == "OPP" or _opposition_qualified(group)):
                wanted = HOME_STATE_SECTORS - {"GOV"}
        else:
            return None
        noun = doc[group[-1].end - 1]
        clause = _clause_head(noun).i
        # "Students marched to the French embassy": a state's mission is where the
        # protest is aimed at a foreign state
        abroad = {r.mention.actor.country for r in around
                  if doc[r.mention.head].head.lemma_.lower() in MISSION_NOUNS}
        in_clause = [r for r in around if r.mention.head != noun.i
                     and _clause_head(doc[r.mention.head]).i == clause]
        countries = {
            r.mention.actor.country or "" for r in in_clause
            if r.mention.actor.sector in wanted and r.mention.actor.country in self.kb.by_country
            # "supporters of President X": whom they support is no partner they deal with
            and noun not in doc[r.mention.head].ancestors
            # a capital or seat of government may be a target place ("rebels shelled Juba")
            and "state" not in r.category
            and not _names_a_place(doc, r.mention)
        }
        # A second state taking part in the clause ("Ukraine's government attacked Russia,
        # killing 20 people"): the people may be either's; a mere adjective ("at the
        # Spanish consulate") takes no part.
        states = {r.mention.actor.country for r in in_clause
                  if r.category and r.mention.actor.country in self.kb.by_country}
        if len(countries) != 1 or len(states - countries) > 0 or countries & abroad:
            return None
        return next(iter(countries))

    def _polity(
        self,
        group: list[Piece],
        sector: str | None,
        named: list[Resolved],
        ctx: _Context,
        sentence: int,
    ) -> str | None:
        """The state whose elections or constitution an opposition, party or rebel group
        deals with in its sentence: "the party will boycott Algeria's elections" is
        Algerian (a state's polls are contested by its own parties)."""
        if sector not in DOMESTIC_OPPONENT_SECTORS and not _opposition_qualified(group):
            return None
        doc = ctx.doc
        noun = doc[group[-1].end - 1]
        states = {
            r.mention.actor.country for r in named
            if r.sentence == sentence and r.mention.actor.country in self.kb.by_country
            and doc[r.mention.head].dep_ == "poss"
            and doc[r.mention.head].head.lemma_.lower() in POLITY_NOUNS
            and _acted_on_by(doc[r.mention.head].head, noun)
        }
        return next(iter(states)) if len(states) == 1 else None

    def _setting_country(
        self, named: list[Resolved], ctx: _Context, sentence: int, agent: bool = False
    ) -> str | None:
        """The country a sentence is set in: the one state it names, named only as a place.

        "Rebels blocked roads in Abidjan": the rebels are Ivorian. A state's police also
        set the scene, since police act at home ("Egyptian police dispersed
        demonstrators"). If the state is otherwise an argument ("rebels attacked Chad's
        army") or a second state is named, the people are left without a country
        (precision first). The doers of an act (``agent``) are not placed by where it is
        aimed: "rebels launched drones *at* Saudi Arabia".
        """
        states = self._sentence_states(named, sentence)
        if len(states) != 1:
            return None
        state = next(iter(states))
        mentions = [r for r in named if r.sentence == sentence
                    and r.mention.actor.country == state]
        if all(self._scene(ctx.doc, r.mention, agent) or r.mention.actor.sector == "COP"
               for r in mentions):
            return state
        return None

    @staticmethod
    def _scene(doc: Doc, mention: ActorMention, agent: bool) -> bool:
        if not _names_a_place(doc, mention):
            return False
        head = doc[mention.head]
        place = head if _locative(head) else head.head
        return not agent or _place_preposition(place) not in AIM_PREPOSITIONS

    def _resident(
        self, group: list[Piece], item: Resolved, named: list[Resolved], ctx: _Context
    ) -> Resolved | None:
        """ "Albanians of southern Serbia", "Turks in Bulgaria": a people named with the
        state they live in are that state's civilians."""
        owner = _modifier_owner(ctx.doc, group, named)
        if owner is None:
            return None
        country = owner.mention.actor.country
        if country == item.mention.actor.country or country not in self.kb.by_country:
            return None
        own_rule = (item.mention.actor.rule or "").removesuffix("+individuals")
        rule = f"{own_rule}+resident:{country}"
        return self._make(group, ctx, country, "CVL", None, rule, set(item.category))

    def _resolve_ethnic(
        self, group: list[Piece], named: list[Resolved], ctx: _Context
    ) -> Resolved | None:
        """ "ethnic Albanians (in Serbia)": civilians of the state they live in, not the
        kin state; the state comes from a modifier or the sentence's setting. "ethnic
        Albanian guerrillas" keep their role's sector."""
        people = group[0]
        roles = [p for p in group if p.kind == "R"]
        sentence = ctx.sentence_of(group[0].start)
        owner = _modifier_owner(ctx.doc, group, named)
        place = None if owner else self._clause_place(group, named, ctx, sentence)
        if owner is not None:
            country, how = owner.mention.actor.country, "modifier"
        elif place is not None:  # "ethnic Albanians demonstrated in Serbia, Belgrade radio said"
            country, how = place, "clause-place"
        else:
            country, how = self._setting_country(named, ctx, sentence), "setting"
            if country is None:
                country, how = self._host_state(people.entry.country, named, ctx, sentence)
        rule = f"ethnic:{people.entry.country}" + (f"+{how}:{country}" if country else "")
        if roles:
            rule = f"{roles[-1].entry.label}+{rule}"
            sector = _role_sector(roles)
            category = _role_category(ctx.doc, roles[-1])
            return self._make(group, ctx, country, sector, None, rule, category)
        return self._make(group, ctx, country, "CVL", None, rule, {"plural"})

    def _host_state(
        self, kin: str | None, named: list[Resolved], ctx: _Context, sentence: int
    ) -> tuple[str | None, str]:
        """The state an ethnic minority lives in, when the sentence names it other than as
        a place: "ethnic" says the people are not the kin state's nationals, so the state
        the sentence speaks of ("Sweden's decision", "villages near Macedonia's border")
        is their home. States named only as the object of a preposition ("send them back
        to Bulgaria", "its border with Hungary") are destinations or neighbours; among the
        rest, exactly one state must remain."""
        doc = ctx.doc
        others = [r for r in named if r.sentence == sentence
                  and r.mention.actor.country in self.kb.by_country
                  and r.mention.actor.country != kin
                  and not _destination_or_neighbour(doc[r.mention.head])]
        if len({r.mention.actor.country for r in others}) == 1:
            return others[0].mention.actor.country, "host"
        spoken_of = {r.mention.actor.country for r in others
                     if doc[r.mention.head].dep_ != "pobj"}
        if len(spoken_of) == 1:
            return next(iter(spoken_of)), "host"
        return None, "setting"

    def _resolve_anaphor(
        self, piece: Piece, earlier: list[Resolved], ctx: _Context
    ) -> Resolved | None:
        doc = ctx.doc
        token = doc[piece.end - 1]
        anaphor = piece.anaphor
        if anaphor is None:
            return None
        slots = SUBJECT_DEPS if anaphor.subject_only else ARGUMENT_DEPS
        pronoun = piece.end - piece.start == 1
        if pronoun and (token.dep_ not in slots or _expletive(token)):
            return None  # a pronoun counts only as an argument, never as a dummy "it"
        wanted = anaphor.refers
        sentence = ctx.sentence_of(piece.start)
        if wanted == HOME_ANAPHOR:
            return self._home_state(piece, earlier, ctx)

        def fits(r: Resolved) -> bool:
            # "Aliyev praised him": an object pronoun never means its own clause's subject.
            same_clause_subject = (
                pronoun and token.dep_ not in SUBJECT_DEPS and r.subject
                and doc[r.mention.head].head.i == token.head.i
            )
            return wanted in r.category and not same_clause_subject

        patient = _coerced_while_acting(doc, token) if pronoun else None
        if patient is not None:
            held = [r for r in earlier if r.sentence == sentence and fits(r)
                    and r.mention.token_start <= patient.i < r.mention.token_end]
            if held:
                return self._corefer([piece], held[-1], ctx, token.text)
            return None  # those acted on are no actor the KB knows: never the doers
        antecedent = _antecedent(earlier, sentence, fits)
        if antecedent is None:
            return None
        return self._corefer([piece], antecedent, ctx, doc[piece.start:piece.end].text)

    def _home_state(self, piece: Piece, earlier: list[Resolved], ctx: _Context) -> Resolved | None:
        """ "Ruto said *his country* would send police": the state of the person (or, for
        "their" / "our", the people or body) named before: that country, as a state."""
        doc = ctx.doc
        owners = PERSON_OWNERS if doc[piece.start].lower_ in ("his", "her") else ANY_OWNERS
        antecedent = _antecedent(
            earlier, ctx.sentence_of(piece.start),
            lambda r: r.mention.actor.country is not None and bool(owners & r.category),
            by="country")
        if antecedent is None:
            return None
        source = antecedent.mention.antecedent or antecedent.mention.actor
        phrase = doc[piece.start:piece.end].text.lower()
        actor = _actor(ctx, [piece], source.country, None, None,
                       f"home:{phrase}->{source.name or source.text}")
        head = _head(doc, [piece])
        mention = ActorMention(actor, piece.start, piece.end, head)
        return Resolved(mention, ctx.sentence_of(head), frozenset({"org", "country", "state"}),
                        doc[head].dep_ in SUBJECT_DEPS, None)

    def _corefer(
        self, group: list[Piece], antecedent: Resolved, ctx: _Context, word: str
    ) -> Resolved:
        source = antecedent.mention.antecedent or antecedent.mention.actor
        target = source.name or source.text
        actor = _actor(ctx, group, source.country, source.sector, source.name,
                       f"coref:{word.lower()}->{target}")
        head = _head(ctx.doc, group)
        mention = ActorMention(actor, group[0].start, group[-1].end, head, antecedent=source)
        return Resolved(mention, ctx.sentence_of(head), antecedent.category,
                        ctx.doc[head].dep_ in SUBJECT_DEPS, antecedent.head_word)

    def _make(
        self,
        group: list[Piece],
        ctx: _Context,
        country: str | None,
        sector: str | None,
        name: str | None,
        rule: str,
        category: set[str],
    ) -> Resolved:
        doc = ctx.doc
        head = _head(doc, group)
        based = len(group) == 1 and group[0].kind == "C" and (
            _dotted_base(doc, group[0])
            or _based_compound(list(doc[group[0].end:group[0].end + 2])))
        if based:
            sector = None  # "a London-based group": the city places it, it is no government
        if sector == "JRN" and _state_voice(doc[head]):
            sector, rule = "GOV", rule + "+state-voice"
        actor = _actor(ctx, group, country, sector, name, rule)
        mention = ActorMention(actor, group[0].start, group[-1].end, head)
        roles = [p for p in group if p.kind == "R"]
        persons = [p for p in group if p.kind == "P"]
        head_word = _last_word(roles[-1].entry.canonical) if roles else None
        if persons and not (roles and roles[-1].start > persons[-1].start):
            office = self._pick_person(persons[-1], ctx.on)
            head_word = _last_word(office[0].office) if office else head_word
        return Resolved(mention, ctx.sentence_of(head), frozenset(category),
                        doc[head].dep_ in SUBJECT_DEPS, head_word, based)


# -- helpers (pure) ----------------------------------------------------------------------


#: Premodifiers that make a newspaper or broadcaster the state's own voice ("the official
#: Syrian newspaper", "state-run television"): what it says, the government says.
STATE_VOICE_WORDS: frozenset[str] = frozenset({
    "official", "state-run", "state-owned", "state-controlled", "government-run",
    "government-owned", "government-controlled",
})


def _state_voice(noun: Token) -> bool:
    """Is the media noun qualified as official or state-run (a government outlet)?"""
    before = noun.doc[noun.left_edge.i:noun.i].text.lower().replace(" - ", "-")
    return any(word in STATE_VOICE_WORDS for word in before.replace(",", " ").split())


def _alias_text(entry: KBEntry, key: str) -> str:
    for alias in entry.aliases:
        if alias.lower() == key:
            return alias
    return key


def _on_date(hits: list[AliasHit], on: date | None) -> list[AliasHit]:
    """Keep the meanings an alias has on the day ("Taliban": insurgents, then government)."""
    dated = [h for h in hits if h.entry.kind != "person" and (h.entry.start or h.entry.end)]
    if not dated:
        return hits
    undated = [h for h in hits if h not in dated]
    if on is None:
        latest = max(dated, key=lambda h: h.entry.start or date.min)
        return [*undated, latest]
    active = [h for h in dated if h.entry.active_on(on)]
    if any(h.entry.kind == "country" for h in active):
        # A place that belonged to another state then ("Juba" before South Sudan's
        # independence was Sudan's): the dated meaning replaces the present one.
        undated = [h for h in undated if h.entry.kind != "country"]
    return undated + active


def _piece_from_hits(start: int, end: int, hits: list[AliasHit]) -> Piece | None:
    if not hits:
        return None
    named = [h for h in hits if h.entry.kind != "role"]
    if named:
        persons = [h for h in named if h.entry.kind == "person"]
        if persons and len(persons) == len(named):
            return Piece(start, end, "P", persons)
        places = [h for h in named if h.entry.kind != "person"]
        return Piece(start, end, "C", places)
    return Piece(start, end, "R", hits)


def _homonyms_by_context(pieces: list[Piece], ctx: _Context) -> list[Piece]:
    """A place name two states share ("Tripoli": Libya's capital, Lebanon's port) means the
    one whose state the same sentence names otherwise ("shells hit Tripoli, the north
    Lebanese port"), else the article; with no such clue, the first (the capital)."""
    def states(piece: Piece) -> set[str]:
        return {h.entry.country or "" for h in piece.hits if h.entry.kind == "country"}

    shared = [p for p in pieces if p.kind == "C" and len(states(p)) > 1]
    if not shared:
        return pieces
    plain = [(ctx.sentence_of(p.start), states(p)) for p in pieces
             if p.kind in ("C", "P") and len(states(p) or {p.entry.country}) == 1]
    for piece in shared:
        sentence = ctx.sentence_of(piece.start)
        for scope in ([s for n, s in plain if n == sentence], [s for _, s in plain]):
            named = states(piece) & {c for s in scope for c in s}
            if len(named) == 1:
                piece.hits.sort(key=lambda h: h.entry.country not in named)
                break
    return pieces


def _longest_first(pieces: list[Piece]) -> list[Piece]:
    """Non-overlapping pieces, longer phrases winning ("Foreign Minister" over "Minister")."""
    taken: set[int] = set()
    kept: list[Piece] = []
    for piece in sorted(pieces, key=lambda p: (p.start - p.end, p.start)):
        span = range(piece.start, piece.end)
        if any(i in taken for i in span):
            continue
        taken.update(span)
        kept.append(piece)
    return sorted(kept, key=lambda p: p.start)


def _add_named_strangers(doc: Doc, pieces: list[Piece]) -> list[Piece]:
    """A person the KB does not know, right after a title ("opposition leader John Smith")."""
    after_title = {p.end for p in pieces if p.kind == "R" and p.entry.role_class == "person"}
    if not after_title:
        return pieces
    strangers = [
        Piece(ent.start, ent.end, "E") for ent in doc.ents
        if ent.label_ == "PERSON" and ent.start in after_title
    ]
    covered = {i for p in pieces for i in range(p.start, p.end)}
    strangers = [s for s in strangers if not any(i in covered for i in range(s.start, s.end))]
    return sorted(pieces + strangers, key=lambda p: p.start) if strangers else pieces


def _possessive_word(doc: Doc, group: list[Piece]) -> Token | None:
    """The possessive before a phrase: "*its* troops", or across adjectives: "*its*
    historical leadership"."""
    before = group[0].start - 1
    if before >= 0 and doc[before].dep_ == "poss":
        return doc[before]
    if before >= 1 and doc[before].tag_ == "POS":
        return doc[before - 1]  # "the group's armed wing", however the parser attached it
    head = doc[group[-1].end - 1]
    owners = [t for t in head.children if t.dep_ == "poss" and t.i < group[0].start]
    return owners[-1] if owners else None


def _attitude_prefix(doc: Doc, piece: Piece) -> bool:
    """ "pro-Russian separatists", "anti-Syrian journalist": an attitude towards a state,
    not its nationals."""
    if piece.kind != "C" or piece.start < 2 or doc[piece.start - 1].text not in HYPHENS:
        return False
    return doc[piece.start - 2].lower_ in ATTITUDE_PREFIXES


def _captives_acted_on(doc: Doc, piece: Piece) -> bool:
    """ "freed 50 prisoners", "its treatment of prisoners": captives named as what is done
    to them are the object of the act, whose side only their holder or nationality says;
    as the subject ("prisoners rioted", "inmates went on hunger strike") they are the actor."""
    if piece.kind != "R" or piece.entry.canonical != CAPTIVES_ROLE:
        return False
    return doc[piece.end - 1].dep_ != "nsubj"


def _instrument_object(doc: Doc, piece: Piece) -> bool:
    """ "Russian forces fired *artillery* at Kharkiv": a weapon that is fired, launched or
    sent is the means, not the party acted on; as a subject ("tanks fired") it stays."""
    if piece.kind != "R" or piece.entry.canonical != WEAPONS_ROLE:
        return False
    head = doc[piece.end - 1]
    verb = head.head
    if head.dep_ == "pobj" and verb.lower_ == "of" and verb.head.i != verb.i:
        # "the sale *of missiles* to Taiwan": the goods of a transfer
        return verb.head.lemma_.lower() in TRANSFER_NOUNS
    if head.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_ not in INSTRUMENT_VERBS:
        return False
    return not any(child.dep_ == "prt" for child in verb.children)


def _based_compound(tokens: list[Token]) -> bool:
    """The words "-based" / "-headquartered" between a place and a noun."""
    return (len(tokens) == 2 and tokens[0].text in HYPHENS
            and tokens[1].lower_ in ("based", "headquartered"))


def _drop_home_bases(doc: Doc, pieces: list[Piece]) -> list[Piece]:
    """ "the London-based rights group", "a Kabul-based analyst": the place in "X-based"
    is where someone is based, not an actor; it is kept only to give its country to a
    role noun right after it that has none of its own ("a Beirut-based militia")."""
    kept: list[Piece] = []
    for i, piece in enumerate(pieces):
        if piece.kind == "C" and (_based_compound(list(doc[piece.end:piece.end + 2]))
                                  or _dotted_base(doc, piece)):
            following = pieces[i + 1] if i + 1 < len(pieces) else None
            glued = 0 if piece.char_end is not None else 2  # "U.S.-based" is one token
            if not ((following is not None and following.start == piece.end + glued
                     and following.kind == "R" and not following.entry.country)
                    or _names_unnamed_body(doc, piece, pieces)):
                continue
        kept.append(piece)
    return kept


#: Nouns for a body of people with no code of its own: placed by where it is based.
BASED_BODY_NOUNS: frozenset[str] = frozenset({
    "group", "organization", "organisation", "church", "mission", "company", "firm", "network",
})


def _names_unnamed_body(doc: Doc, piece: Piece, pieces: list[Piece]) -> bool:
    """ "17 members of a U.S.-based missionary group": a body the KB has no word for is
    known only by where it is based, so that place stands for it (its members are that
    country's people); a body with a code of its own ("a London-based rights group")
    or a person ("a Kabul-based analyst") is not placed by it."""
    based = doc[piece.start] if piece.char_end is not None else doc[piece.end + 1]
    body = based.head
    if body.lower_ not in BASED_BODY_NOUNS or body.i <= based.i:
        return False
    return not any(p.start <= body.i < p.end for p in pieces)


def _dotted_base(doc: Doc, piece: Piece) -> bool:
    """ "a U.S.-based missionary group": a dotted name glued to "-based" in one token."""
    return piece.char_end is not None and doc[piece.start].lower_.endswith(
        ("-based", "-headquartered"))


def _sides_in_a_dispute(doc: Doc, piece: Piece) -> bool:
    """ "the warring parties", "the parties to the conflict": the sides of a dispute or deal,
    not political parties (who they are is said elsewhere)."""
    if piece.kind != "R" or piece.entry.canonical != "party":
        return False
    before = doc[piece.start - 1].lower_ if piece.start > 0 else ""
    after = doc[piece.end] if piece.end < len(doc) else None
    if after is not None and after.lower_ == "to":  # "party to the deal", not "parties to act"
        return after.dep_ == "prep"
    return before in SIDE_DETERMINERS or (after is not None
                                          and after.lower_ in ("involved", "concerned"))


def _someone_else_s_name(doc: Doc, piece: Piece) -> bool:
    """ "Roberto Salinas" is not Carlos Salinas: a known person's name (often the surname
    alone) inside a longer personal name whose other words none of that person's names
    have. Initials ("Vladimir V. Putin") and titles are not such words."""
    if piece.kind != "P" or doc[piece.start].ent_iob_ != "I":
        return False
    known = {word.lower() for h in piece.hits for alias in h.entry.aliases
             for word in alias.split()}
    before = doc[piece.start - 1]
    while before.ent_iob_ in ("B", "I") and before.ent_type_ == "PERSON":
        if before.is_alpha and len(before.text) > 2 and before.lower_ not in known:
            return True
        if before.ent_iob_ == "B" or before.i == 0:
            break
        before = doc[before.i - 1]
    return False


def _participle_compound(doc: Doc, piece: Piece, starts: set[int]) -> bool:
    """ "Junta-led Mali", "military-ruled Niger": a role noun glued to a participle before
    another actor only describes that actor ("an army-led offensive" keeps the army)."""
    if piece.kind != "R" or piece.end + 2 not in starts:
        return False
    hyphen, participle = doc[piece.end], doc[piece.end + 1]
    return (hyphen.text in HYPHENS and hyphen.whitespace_ == ""
            and doc[piece.end - 1].whitespace_ == "" and participle.tag_ == "VBN")


def _weapon_modifier(doc: Doc, piece: Piece, owned: set[int]) -> bool:
    """A weapon noun qualifying another noun with nobody's name before it ("a *missile*
    attack on a ship", "*drone* strikes"): the kind of act, not who did it. "A Russian
    missile attack" still names its owner."""
    return (piece.kind == "R" and piece.entry.canonical == WEAPONS_ROLE
            and doc[piece.end - 1].dep_ == "compound" and piece.start not in owned)


def _given_name(doc: Doc, piece: Piece, starts: set[int]) -> bool:
    """ "Jordan Peterson", "Chad Smith", "Karen Bass": a state's or people's name that
    opens a personal name going on with a surname is a given name, not the state ("Chad
    President X" goes on with a title, which the KB knows)."""
    if piece.kind != "C" or piece.form not in ("name", "alias") or piece.end >= len(doc):
        return False  # "Bosnian Serbs", tagged a person at times, are a people
    if piece.end in starts:
        return False
    first, after = doc[piece.start], doc[piece.end]
    return (first.ent_iob_ == "B" and first.ent_type_ == "PERSON"
            and after.ent_iob_ == "I" and after.ent_type_ == "PERSON" and after.pos_ == "PROPN")


def _inside_name(doc: Doc, piece: Piece) -> bool:
    """A capitalised group noun in a possessive inside a proper name: "the *People*'s Party",
    "the *Workers*' Party" name an organisation, not the people or workers."""
    first = doc[piece.start]
    if piece.kind != "R" or piece.entry.role_class != "group" or first.is_sent_start:
        return False
    if not first.text[:1].isupper() or piece.end + 1 >= len(doc):
        return False
    return doc[piece.end].tag_ == "POS" and doc[piece.end + 1].text[:1].isupper()


def _anonymous_source(doc: Doc, piece: Piece) -> bool:
    """ "people familiar with the matter": an unnamed source, not a participant."""
    if piece.kind != "R" or piece.entry.sector != "CVL" or piece.end >= len(doc):
        return False  # "officials familiar with the talks" are still officials
    return doc[piece.end].lower_ in ANONYMOUS_SOURCE_WORDS


def _shares_head(doc: Doc, group: list[Piece], following: list[Piece]) -> bool:
    """Two nationality adjectives coordinated on one noun: "Sierra Leonean and Liberian
    refugees" are refugees of both states."""
    first, second = group[0], following[0]
    # an abbreviated state name is used as an adjective: "U.S. and Russian negotiators"
    # ("Israel and Lebanese officials" are a state and officials)
    if len(group) != 1 or first.kind != "C" or first.form not in ("adjective", "name"):
        return False
    if first.form == "name" and not (first.entry.is_state and _abbreviation(doc, first)):
        return False
    if second.kind != "C" or second.form != "adjective" or following[-1].kind != "R":
        return False
    between = [t.lower_ for t in doc[first.end:second.start]]
    if between not in (["and"], ["or"], [","], [",", "and"], [",", "or"]):
        return False
    heads = range(second.start, following[-1].end)
    adjective = doc[first.end - 1]
    return adjective.head.i in heads or any(c.i in heads for c in adjective.children)


def _abbreviation(doc: Doc, piece: Piece) -> bool:
    """ "U.S.", "UK", "UAE": a state name written as its initials."""
    text = doc[piece.start:piece.end].text.replace(".", "")
    return 2 <= len(text) <= 4 and text.isalpha() and text.isupper()


def _culture_adjective(doc: Doc, piece: Piece) -> bool:
    """A nationality adjective on a language or culture noun: "the Russian language",
    "Russian-language media", "Russian speakers" (speakers of a language, of any state)."""
    if piece.kind != "C" or piece.form != "adjective":
        return False
    word = doc[piece.end - 1]
    while word.dep_ == "conj" and word.head.i != word.i:
        word = word.head
    if word.dep_ in ("dobj", "acomp", "oprd") and word.head.lemma_.lower() in LANGUAGE_VERBS:
        return True  # "she speaks Russian and Ukrainian": languages, used as nouns
    following = doc[piece.end:piece.end + 3]
    words = [t.lower_ for t in following]
    if words[:1] and words[0] in HYPHENS:
        words = words[1:]  # "Russian-language": one compound modifier
    return bool(words) and (words[0] in CULTURE_NOUNS or " ".join(words[:2]) in CULTURE_NOUNS)


def _gap(doc: Doc, left: Piece, right: Piece) -> str | None:
    """What separates two pieces: "" (adjacent), "'s", "of", "mod", or None (not joinable).

    "mod" is a run of premodifiers of the right piece's noun between a nationality
    adjective (or a possessive) and a title: "Nigerian *junior* foreign minister",
    "Iran's *religious* leader", "Former *Socialist* prime minister".
    """
    if right.start == left.end:
        return ""
    if right.start - left.end > max(2, MAX_PREMODIFIERS + 1):
        return None  # too far apart for "'s", "of (the)" or a premodifier run (no tokens built)
    between = list(doc[left.end:right.start])
    possessive = bool(between) and between[0].tag_ == "POS"
    if possessive and len(between) == 1:
        return "'s"
    words = [t.lower_ for t in between]
    if words in (["of"], ["of", "the"]):
        return "of"
    modifiers = between[1:] if possessive else between
    if _premodifiers(doc, left, right, modifiers):
        return "'s" if possessive else "mod"
    return None


def _premodifiers(doc: Doc, left: Piece, right: Piece, tokens: list[Token]) -> bool:
    """``tokens`` (and the left piece) only modify the right piece's noun, inside one NP.

    A name used as a noun modifier ("the Syria peace envoy") names a topic, not a
    nationality, so only adjectives, possessives and qualifiers may sit on the left.
    Hyphenated participles are kept only for "-led" ("Vietnamese-led forces");
    "Russian-backed separatists" are not Russian.
    """
    if not tokens or len(tokens) > MAX_PREMODIFIERS:
        return False
    if [t.lower_ for t in tokens[1:]] == ["led"] and tokens[0].text in HYPHENS:
        # "Hamas-led fighters", "US-led forces": whoever leads them is whose they are
        return _target_governs(doc, left, right)
    if _based_compound(tokens) and right.kind == "R" and not right.entry.country:
        # "a Beirut-based militia": where it is based is its home
        return _target_governs(doc, left, right)
    # An organisation's name as a modifier still names the owner ("NATO peacekeeping troops",
    # "the Hamas political leader").
    if (left.kind == "C" and left.form != "adjective" and left.entry.kind not in ("igo", "group")
            and not _possessive_after(doc, left)):
        return False
    target = doc[right.end - 1]
    for i, token in enumerate(tokens):
        if token.text in HYPHENS:
            following = tokens[i + 1] if i + 1 < len(tokens) else None
            if following is None or following.lower_ != "led":
                return False
            continue
        participle = token.pos_ == "VERB" and token.dep_ == "amod"  # "leading", "newly elected"
        if participle and token.lower_ in OTHERS_PARTICIPLES:
            return False  # "Russian *backed* separatists" are someone else's
        adverb = token.pos_ == "ADV" and token.dep_ == "advmod"
        if token.pos_ not in PREMODIFIER_POS and not (participle or adverb):
            return False
        if target not in token.ancestors:
            return False
    return target in doc[left.end - 1].ancestors


def _target_governs(doc: Doc, left: Piece, right: Piece) -> bool:
    """The right piece's noun is what the left piece (a modifier) qualifies."""
    target = doc[right.end - 1]
    return target.i == doc[left.end - 1].i or target in doc[left.end - 1].ancestors


def _joins(doc: Doc, group: list[Piece], nxt: Piece) -> bool:
    """Whether ``nxt`` continues the actor phrase ``group`` (one noun phrase, one actor)."""
    last = group[-1]
    if last.char_end is not None and _dotted_leader(doc, last, nxt):
        return True  # "U.S.-led troops": one token "U.S.-led", the troops are the leader's
    gap = _gap(doc, last, nxt)
    if gap is None or last.kind in ("A", "E") or nxt.kind == "A" or last.char_end is not None:
        return False
    has_person = any(p.kind in ("P", "E") for p in group)
    if gap == "of":
        return last.kind == "R" and nxt.kind == "C"
    if last.kind == "C":
        if gap == "'s" and nxt.kind == "C":
            return False
        if nxt.kind == "C":
            if _resident_people(last, nxt) and gap == "":
                return True  # "Bosnian Serbs": one group, named by residence and ethnicity
            if _national_contingent(last, nxt) and gap == "":
                return True  # "Kenyan peacekeepers": one state's troops in a mission
            return bool({h.entry.country for h in last.hits} & {h.entry.country for h in nxt.hits})
        return nxt.kind in ("R", "P")
    if last.kind == "R":
        if gap == "mod":  # "former Socialist prime minister": a qualifier, then a title
            return nxt.kind == "R" and last.entry.role_class == "modifier"
        if gap:
            return False
        # "Putin's spokesman Dmitry Peskov": a possessive person only modifies the title.
        return nxt.kind in ("R", "P", "E") and (not has_person or _possessor_only(doc, group))
    # last is a person: "the Biden administration", "Putin's spokesman"
    return nxt.kind == "R" and (nxt.entry.role_class == "body" or gap == "'s")


def _dotted_leader(doc: Doc, left: Piece, right: Piece) -> bool:
    """ "U.S.-led troops": a dotted name glued to "-led" (one spaCy token) right before the
    role noun it qualifies names whose forces they are, as "Saudi-led forces" does when the
    hyphen is a token of its own; "U.S.-backed" names a sponsor and is never joined."""
    fused = doc[left.start]
    return (left.kind == "C" and right.kind == "R" and right.start == left.end
            and (fused.lower_.endswith("-led")
                 or (_dotted_base(doc, left) and not right.entry.country))
            and _target_governs(doc, left, right))


def _possessor_only(doc: Doc, group: list[Piece]) -> bool:
    """Every person in ``group`` is a possessor ("Putin's"), not the phrase's referent."""
    return all(_possessive_after(doc, p) for p in group if p.kind in ("P", "E"))


def _compose(doc: Doc, pieces: list[Piece]) -> list[list[Piece]]:
    groups: list[list[Piece]] = []
    for piece in pieces:
        if groups and _joins(doc, groups[-1], piece):
            groups[-1].append(piece)
        else:
            groups.append([piece])
    groups = _attach_residence(_attach_dangling_modifiers(groups))
    # A title alone ("Minister") is still a role mention; an unknown person or a
    # "former" alone never is (they only qualify a title).
    return [g for g in groups if not all(_is_modifier(p) for p in g)]


def _attach_dangling_modifiers(groups: list[list[Piece]]) -> list[list[Piece]]:
    """ "Former Pakistani Prime Minister X": a qualifier right before a nationality that
    is followed by a title qualifies that title ("former Soviet republics" has no title,
    so "former" stays apart)."""
    out: list[list[Piece]] = []
    for group in groups:
        previous = out[-1] if out else None
        if (previous is not None and all(_is_modifier(p) for p in previous)
                and previous[-1].end == group[0].start
                and group[0].kind == "C" and group[0].form == "adjective"
                and any(p.kind == "R" and p.entry.role_class == "person" for p in group[1:])):
            out[-1] = previous + group
        else:
            out.append(group)
    return out


def _attach_residence(groups: list[list[Piece]]) -> list[list[Piece]]:
    """ "Bosnian Serb leader", "Kosovo Serb officials": a state's name or adjective right
    before another state's adjective that qualifies a title names where they live; the
    second names their ethnicity. One phrase, of the first state. In "Palestinian American
    activist" the order is origin, then nationality (see ``ORIGIN_NATIONALITIES``)."""
    out: list[list[Piece]] = []
    for group in groups:
        previous = out[-1] if out else None
        if (previous is not None and len(previous) == 1 and group[0].kind == "C"
                and previous[0].kind == "C" and previous[0].end == group[0].start
                and previous[0].form in ("adjective", "name") and group[0].form == "adjective"
                and previous[0].entry.is_state and group[0].entry.is_state
                and previous[0].entry.country != group[0].entry.country
                and group[0].entry.country not in ORIGIN_NATIONALITIES
                and any(p.kind == "R" for p in group[1:])):
            out[-1] = previous + group
        else:
            out.append(group)
    return out


def _is_modifier(piece: Piece) -> bool:
    return piece.kind == "E" or (piece.kind == "R" and piece.entry.role_class == "modifier")


def _needs_context(group: list[Piece]) -> bool:
    return all(p.kind in ("R", "E") for p in group)


def _takes_context_country(doc: Doc, group: list[Piece]) -> bool:
    """Titles and state institutions ("the President", "officials", "the government")
    belong to the story's country. Groups of people ("protesters"), parties, unknown
    named people and plural office titles ("Republican presidents") are never guessed."""
    if any(p.kind == "E" for p in group):
        return False
    head = group[-1]
    if _state_forces(doc, group):
        return True  # "government troops", "federal forces": the state's own army
    if head.kind != "R" or head.entry.role_class not in ("person", "body"):
        return False
    if head.entry.office and not _not_plural(doc, head):
        return False  # "presidents" are a kind of office holder, not this country's
    if head.entry.canonical in POSTED_ROLES:
        return False  # "Niger summoned the ambassador": most often another state's
    return head.entry.sector in STATE_SECTORS


def _takes_setting_country(doc: Doc, group: list[Piece]) -> bool:
    """Who may take the country a sentence is set in: groups of people ("rebels",
    "protesters") and titled people the KB does not know ("President Jean Dupont")."""
    head = group[-1]
    if head.kind == "E":
        titles = [p for p in group if p.kind == "R"]
        return bool(titles) and titles[-1].entry.sector in STATE_SECTORS
    if head.kind != "R" or head.entry.role_class not in ("group", "body", "person"):
        return False
    if head.entry.office and not _not_plural(doc, head):
        return False  # "presidents" are a kind of office holder, not this country's
    if _away_from_home(head.entry) and not (_community_forces(group)
                                            or _troops_acted_on(doc, group)):
        return False
    return head.entry.sector not in NO_SETTING_SECTORS


#: Verbs of force or custody done to people ("police *detained* lawmakers as they marched").
COERCION_VERBS: frozenset[str] = frozenset({
    "arrest", "detain", "disperse", "attack", "fire", "shoot", "beat", "stop", "block",
    "kill", "wound", "injure", "ambush", "teargas", "tear-gas", "round", "seize", "capture",
    "kidnap", "abduct",
})
#: Conjunctions of a clause telling what was going on when the main act happened.
WHILE_MARKS: frozenset[str] = frozenset({"as", "while", "when"})


def _coerced_while_acting(doc: Doc, pronoun: Token) -> Token | None:
    """ "Police detained dozens of lawmakers *as they marched* ...": the subject pronoun of a
    while-clause on an act of force or custody means those it was done to (they were doing
    something when it was done to them), not the doers. The head of the object, if any."""
    clause = pronoun.head
    if pronoun.dep_ != "nsubj" or pronoun.lower_ not in ("they", "he", "she") \
            or clause.dep_ != "advcl" or not any(
                c.dep_ == "mark" and c.lower_ in WHILE_MARKS for c in clause.children):
        return None
    verb = clause.head
    if verb.lemma_.lower() not in COERCION_VERBS:
        return None
    # "fired tear gas *at protesters*": the people aimed at before the means used
    objects = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "on")
               for p in c.children if p.dep_ == "pobj"]
    objects += [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    if not objects:
        return None
    target = objects[0]
    # "dozens of lawmakers": the people counted, not the count
    counted = [p for c in target.children if c.dep_ == "prep" and c.lower_ == "of"
               for p in c.children if p.dep_ == "pobj"]
    return counted[0] if counted and target.pos_ in ("NUM", "NOUN") else target


def _national_contingent(left: Piece, right: Piece) -> bool:
    """A state's adjective before an international force ("Kenyan peacekeepers")."""
    return (left.form == "adjective" and left.entry.kind == "country" and left.entry.is_state
            and right.entry.kind == "igo" and right.entry.sector == "MIL")


def _resident_people(left: Piece, right: Piece) -> bool:
    """A state's adjective before another state's people noun ("Bosnian Serbs")."""
    return (
        left.form == "adjective" and right.form == "people"
        and left.entry.is_state and right.entry.is_state
        and left.entry.country != right.entry.country
    )


def _plural_role_of(doc: Doc, earlier: list[list[Piece]], group: list[Piece]) -> Piece | None:
    """The plural title whose "of" object ``group`` (a lone state name) is coordinated with:
    "the presidents of Bosnia, Serbia and Croatia" are each state's president, as a plural
    title shared by conjoined possessors means one holder for each."""
    if len(group) != 1 or group[0].kind != "C" or group[0].form != "name":
        return None
    if not group[0].entry.is_state or doc[group[0].end - 1].dep_ != "conj":
        return None
    first = doc[group[0].end - 1]
    while first.dep_ == "conj":
        first = first.head  # "Croatia" -> "Serbia" -> "Bosnia"
    for before in reversed(earlier):
        if len(before) == 2 and before[1].end - 1 == first.i:
            role, state = before
            plural_title = (role.kind == "R" and role.plural and state.kind == "C"
                            and state.entry.is_state and _gap(doc, role, state) == "of"
                            and role.entry.role_class in ("person", "body"))
            return role if plural_title else None
    return None


def _relative_place(doc: Doc, group: list[Piece], named: list[Resolved]) -> str | None:
    """ "the military officers who seized power in Niger": a relative clause saying where
    they seized power or rule names their state (a coup or rule is done at home), before
    any dateline or sentence guess. Only a subject relative ("who ...") of such a verb
    with one state as its place counts ("officers who trained in France" may be foreign)."""
    head = group[-1]
    if head.kind != "R" or head.entry.sector not in ("MIL", "GOV", "REB"):
        return None
    noun = doc[head.end - 1]
    clauses = [c for c in noun.children if c.dep_ == "relcl"
               and c.lemma_.lower() in HOME_RULE_VERBS
               and any(w.dep_ == "nsubj" and w.lower_ in ("who", "that") for w in c.children)]
    if not clauses:
        return None
    verbs = {clauses[0].i} | {c.i for c in clauses[0].children if c.dep_ == "conj"}
    states = {
        r.mention.actor.country or "" for r in named
        if r.mention.actor.sector is None and not r.home_base
        and _place_named(doc[r.mention.head]) and _clause_head(doc[r.mention.head]).i in verbs
    }
    return next(iter(states)) if len(states) == 1 else None


def _residence_named_before(earlier: list[list[Piece]], group: list[Piece]) -> str | None:
    """ "Bosnian Serb forces shelled the town ... the Serbs entered it": once an article has
    named a people by where they live, the bare people noun means that same community (the
    writer has set the scene), so it takes the state they live in. The latest such phrase."""
    if len(group) != 1 or group[0].kind != "C" or group[0].form != "people":
        return None
    people = group[0].entry.country
    # "Bosnian Serb ammunition depots": the two adjectives stay apart when no role follows
    adjacent = [[*a, *b] for a, b in pairwise(earlier)
                if len(a) == 1 and len(b) == 1 and a[0].end == b[0].start]
    for before in reversed([*earlier, *adjacent]):
        if len(before) < 2 or before[0].kind != "C" or before[1].kind != "C":
            continue
        residence, ethnicity = before[0], before[1]
        if (residence.form in ("adjective", "name") and ethnicity.form in ("adjective", "people")
                and ethnicity.entry.country == people and residence.entry.is_state
                and residence.entry.country != people):
            return residence.entry.country
    return None


def _removed(token: Token) -> bool:
    """The noun is what a removal moves ("withdraw troops from", "withdrawal of forces
    from"): a "from" phrase then names where they leave."""
    governor = token.head
    while governor.dep_ == "prep" and governor.head.i != governor.i:
        governor = governor.head
    return governor.i != token.i and governor.lemma_.lower() in REMOVAL_WORDS


def _generic_head(role: KBEntry) -> bool:
    """A head noun that is GOV only by default ("official", "spokesman", "leader")."""
    return role.inherits and role.sector == "GOV"


def _community_qualified(group: list[Piece]) -> bool:
    """The head noun is qualified by a religious or ethnic community ("Moslem forces",
    "Kurdish fighters"): people of a community living where they are, not sent there."""
    return any(p.kind == "R" and p.entry.canonical in (RELIGIOUS_COMMUNITY, ETHNIC_COMMUNITY)
               for p in group[:-1])


def _state_forces(doc: Doc, group: list[Piece]) -> bool:
    """Troops said to be a government's ("government troops", "federal forces", "regime
    soldiers"): a state's own army, which belongs to the story's state like its government
    does (troops alone are often abroad, so they are never given it)."""
    head = group[-1]
    if head.kind != "R" or head.entry.sector != "MIL" or head.entry.role_class != "group":
        return False
    if any(p.kind == "R" and p.entry.sector == "GOV" for p in group[:-1]):
        return True
    before = group[0].start - 1
    if before >= 0 and doc[before].lower_ == "paramilitary":
        # "Paramilitary troops arrested ten suspects": only a state arrests; militias abduct
        noun = doc[head.end - 1]
        # "dragged Khan from the court and arrested him": any of the subject's verbs
        verbs = [noun.head, *(c for c in noun.head.children if c.dep_ == "conj")]
        return noun.dep_ in SUBJECT_DEPS and any(v.lemma_.lower() in ARREST_VERBS for v in verbs)
    return before >= 0 and doc[before].lower_ in STATE_FORCE_WORDS


def _troops_acted_on(doc: Doc, group: list[Piece]) -> bool:
    """Troops named by no state that are acted on ("attacked a camp in Mali, killing 30
    soldiers"): victims where they stand are that place's own; foreign troops are named as
    such in the news ("a U.S. soldier")."""
    head = group[-1]
    if head.kind != "R" or head.entry.canonical != TROOPS_ROLE:
        return False  # "carried out an air strike": a weapon or act, not people acted on
    noun = doc[head.end - 1]
    return noun.dep_ in ("dobj", "obj", "nsubjpass") and not _subject_side(noun)


def _community_forces(group: list[Piece]) -> bool:
    """A community's armed men ("Moslem forces in east Bosnia"): unlike a state's troops,
    they fight where they live, so "in X" places them. A community's refugees may still
    be abroad ("Tamil refugees in India")."""
    head = group[-1]
    return head.kind == "R" and head.entry.sector == "MIL" and _community_qualified(group)


def _away_from_home(role: KBEntry) -> bool:
    """People whom where they are does not place: troops (often deployed abroad),
    refugees (by definition from elsewhere) and envoys (sent by one state to another)."""
    if role.canonical in POSTED_ROLES:
        return True
    return role.sector == "REF" or (role.sector == "MIL" and role.role_class == "group")


def _people_noun(group: list[Piece]) -> bool:
    """A state's people named alone ("Albanians", "Turks")."""
    return len(group) == 1 and group[0].kind == "C" and group[0].form == "people"


def _ethnic(doc: Doc, group: list[Piece]) -> bool:
    """ "ethnic Albanians", "ethnic Albanian guerrillas": a people named as an ethnicity,
    not as a state's nationals (the adjective may qualify a role noun)."""
    first = group[0]
    if first.kind != "C" or first.start == 0 or doc[first.start - 1].lower_ != "ethnic":
        return False
    if len(group) == 1:
        return first.form == "people"
    return first.form == "adjective" and all(p.kind == "R" for p in group[1:])


def _destination_or_neighbour(token: Token) -> bool:
    """A state named as where people go or what borders a place: "fled *to* India",
    "its border *with* Hungary"."""
    return token.dep_ == "pobj" and token.head.lower_ in HOST_EXCLUDED_PREPOSITIONS


def _acted_on_by(thing: Token, noun: Token) -> bool:
    """``thing`` is the object of a verb whose subject is ``noun`` or a pronoun standing
    for it: "the party (said it) will boycott Algeria's elections"; not "the rebels said
    Russia's elections were rigged"."""
    verb = thing.head
    if thing.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif thing.dep_ not in ("dobj", "obj"):
        return False
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not subjects and verb.dep_ in ("xcomp", "conj"):
        subjects = [c for c in verb.head.children if c.dep_ in SUBJECT_DEPS]
    return any(s.i == noun.i or s.pos_ == "PRON" for s in subjects)


def _same_act_clause(token: Token) -> bool:
    """An adverbial clause introduced by "when", "as" or "while": the same act, told again
    ("killed 23 people *when* they blew themselves up in Haifa")."""
    return token.dep_ == "advcl" and any(
        c.lower_ in SAME_ACT_MARKERS and c.dep_ in ("mark", "advmod") for c in token.children
    )


def _stateless_ethnic(doc: Doc, group: list[Piece]) -> bool:
    """ "ethnic Kurds", "ethnic Tamils": a people of no state of its own, named as an
    ethnicity (a minority of the state it lives in)."""
    first = group[0]
    return (len(group) == 1 and first.kind == "R" and first.entry.canonical == "people"
            and first.start > 0 and doc[first.start - 1].lower_ == "ethnic")


def _modifier_owner(doc: Doc, group: list[Piece], named: list[Resolved]) -> Resolved | None:
    """The country-bearing phrase a prepositional modifier of the group's noun names.

    "soldiers from Chad", "rebels in the Ivory Coast", "leaders of the Azadliq
    coalition": the people belong to the place or organisation of the modifier. "in"
    is not used for troops ("troops in Iraq" are often foreign); "of" never takes a
    person ("supporters of President X" are not X's state).
    """
    head = doc[group[-1].end - 1]
    role = group[-1].entry if group[-1].kind == "R" else None
    heads = [head]
    if head.dep_ in ("compound", "amod") and head.head.i > head.i and head.head.pos_ == "NOUN":
        heads.append(head.head)  # "opposition groups in Zimbabwe": the noun it qualifies
    preps = [c for h in heads for c in h.children]
    appositions = [c for h in heads for c in h.children if c.dep_ == "appos"]
    # (Only a group with an apposition can be named by one: the others skip the loop.)
    for r in named if appositions else []:  # "the main rebel group, the Tamil Tigers,"
        m = r.mention
        if m.actor.country and any(m.token_start <= a.i < m.token_end for a in appositions):
            return r
    allegiance = _allegiance_owner(doc, heads, named)
    if allegiance is not None:
        return allegiance
    clauses = [c for h in heads for c in h.children if c.dep_ == "acl"]
    for clause in clauses:
        found = _participle_place(doc, clause, role, named)
        if found is not None:
            return found
    serves = role is not None and role.canonical in SERVING_ROLES
    # "doctors *at public hospitals in Kenya*", "workers at a factory in Bangladesh": people
    # named by their workplace belong where the workplace is.
    preps = preps + [c for p in preps if p.dep_ == "prep" and p.lower_ == "at"
                     for obj in p.children if obj.dep_ == "pobj"
                     for c in obj.children if c.dep_ == "prep" and c.lower_ == "in"]
    after = doc[head.i + 1] if head.i + 1 < len(doc) else None
    if (role is not None and role.role_class == "body" and role.sector == "GOV"
            and after is not None and after.lower_ == "in" and after.dep_ == "prep"
            and after not in preps):
        # "accused the government *in Kyiv*", the phrase hung on the verb: a government
        # placed in a capital right after its noun is that state's (its seat)
        preps.append(after)
    for prep in preps:
        if prep.dep_ != "prep" or not (prep.lower_ in MODIFIER_PREPOSITIONS
                                       or (serves and prep.lower_ in SERVING_PREPOSITIONS)):
            continue
        if (prep.lower_ in PLACE_MODIFIERS and role is not None and _away_from_home(role)
                and not _community_forces(group)):
            continue
        if prep.lower_ == "from" and _removed(head):
            continue  # "the withdrawal of forces from Lebanon": where they leave, not whose
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            for r in named:
                m = r.mention
                inside = m.token_start <= obj.i < m.token_end
                modifies = doc[m.head].head.i == obj.i and doc[m.head].dep_ in OBJECT_MODIFIER_DEPS
                if not (inside or modifies) or not m.actor.country:
                    continue
                # "the ministry of President X" is X's; "supporters of President X" are
                # X's side; "the wife of President X" need not be X's state's
                person_owner = (prep.lower_ == "of" and role is not None and (
                    role.role_class == "body" or role.canonical in FOLLOWER_ROLES)
                ) or (prep.lower_ in SERVING_PREPOSITIONS and serves)  # "adviser to President X"
                if "person" in r.category and not person_owner:
                    continue
                if prep.lower_ in PLACE_MODIFIERS and _meeting_venue(head, m):
                    continue
                return r
    return None


def _meeting_venue(noun: Token, place: ActorMention) -> bool:
    """Is a city in the clause only where a "with" partner meets the other side?

    "signed a pact with the opposition *in the Chilean capital*": the city tells where
    the two sides met, and a partner travels to meet; whose the partner is comes from
    whom it deals with. A country ("the opposition in Belarus") still places its people:
    one lives in a country, one travels to a city.
    """
    partner = noun.dep_ == "pobj" and noun.head.lower_ == "with"
    place_word = noun.doc[place.head]
    city = (place.actor.rule or "").endswith("/capital") or (
        place_word.dep_ in ("amod", "compound") and place_word.head.lower_ == "capital")
    return partner and city


def _allegiance_owner(doc: Doc, heads: list[Token], named: list[Resolved]) -> Resolved | None:
    """The phrase a noun's allegiance modifier names: "militants loyal to Iraq's rebel
    leader X", "gunmen linked to the Taliban". A person counts: loyalty is to X's side."""
    for word in (c for h in heads for c in h.children):
        if word.dep_ not in ("amod", "acl") or word.lemma_.lower() not in ALLEGIANCE_WORDS:
            continue
        for prep in word.children:
            if prep.dep_ != "prep" or prep.lower_ not in ALLEGIANCE_PREPOSITIONS:
                continue
            objects = [o for o in prep.children if o.dep_ == "pobj"]
            for r in named:
                m = r.mention
                if m.actor.country and any(m.token_start <= o.i < m.token_end for o in objects):
                    return r
            # "loyal to Iraq's rebel frontman X" with X unknown: X's state is the possessor's
            inside = {t.i for o in objects for t in o.subtree}
            states = [r for r in named if r.mention.head in inside and "state" in r.category]
            if len({r.mention.actor.country for r in states}) == 1:
                return states[0]
    return None


def _participle_place(
    doc: Doc, clause: Token, role: KBEntry | None, named: list[Resolved]
) -> Resolved | None:
    """The state a participle after the noun places it in: "a newspaper *based in* Beirut"
    is Lebanese, "refugees *fleeing* the war in Liberia" are Liberian. Troops based
    abroad ("troops based in Germany") are not placed by it."""
    verb = clause.lemma_.lower()
    if verb in BASE_PARTICIPLES:
        if role is not None and _away_from_home(role):
            return None
        objects = [o for p in clause.children if p.dep_ == "prep" and p.lower_ in ("in", "at")
                   for o in p.children if o.dep_ == "pobj"]
        where = {t.i for o in objects for t in o.subtree}
    elif verb in FLIGHT_VERBS:
        where = {t.i for t in clause.subtree if t.i != clause.i}
    else:
        return None
    places = [r for r in named if r.mention.head in where and "state" in r.category
              and r.mention.actor.sector is None]
    return places[0] if len({r.mention.actor.country for r in places}) == 1 else None


def _apposed(doc: Doc, group: list[Piece], mention: ActorMention) -> bool:
    """``mention`` is an apposition to the group's noun ("the rebel group, the FDD,")."""
    head = doc[group[-1].end - 1]
    return any(c.dep_ == "appos" and mention.token_start <= c.i < mention.token_end
               for h in (head, head.head) for c in h.children)


def _same_group(earlier: Resolved, head_word: str | None, sector: str | None) -> bool:
    """Whether "the rebels" may refer back to ``earlier``: a group named with the same
    noun ("Kenyan protesters"), or an armed group or party of the same sector ("Houthi
    rebels", an alias of its own)."""
    if "plural" not in earlier.category and "group" not in earlier.category:
        return False
    if earlier.head_word is not None:
        return earlier.head_word == head_word
    return sector is not None and earlier.mention.actor.sector == sector


def _subject_side(token: Token) -> bool:
    """The noun is (part of) its clause's subject or agent: "thousands of *students*
    marched", "the government and *rebels* signed", "a march staged by *students*"."""
    while True:
        if token.dep_ == "conj" and token.head.i != token.i:
            token = token.head
        elif (token.dep_ == "pobj" and token.head.lower_ == "of"
              and token.head.head.i != token.head.i):
            token = token.head.head  # "thousands of students": the amount is the subject
        else:
            break
    if token.dep_ in SUBJECT_DEPS:
        return True
    return token.dep_ == "pobj" and token.head.dep_ == "agent"


def _ally_possessor(doc: Doc, group: list[Piece]) -> bool:
    """A state's possessive before a noun of alliance the group qualifies: "Israel's
    militia ally", "Iran's militia proxies". The possessor is whom the group serves, not
    its country: the militia belongs where its modifier places it ("in southern Lebanon")."""
    places = [p for p in group if p.kind == "C"]
    if len(places) != 1 or not _possessive_after(doc, places[0]):
        return False
    first = places[0]
    if not any(p.kind == "R" for p in group) or any(p.kind in ("P", "E") for p in group):
        return False
    possessed = doc[first.end - 1].head
    return possessed.i >= group[-1].end and possessed.lemma_.lower() in ALLY_NOUNS


def _coup_makers(doc: Doc, group: list[Piece], sector: str | None) -> bool:
    """Soldiers who detain or oust a government ("soldiers detained President Bazoum and
    seized power"): troops overthrowing a government are that state's own."""
    head = group[-1]
    noun = doc[head.end - 1]
    if sector != "MIL" or head.kind != "R" or head.entry.role_class not in ("group", "body"):
        return False
    return _subject_side(noun) and _clause_head(noun).lemma_.lower() in COUP_VERBS


def _demand_maker(token: Token) -> bool:
    """The noun makes a demand addressed to the clause's other party: "the government
    accepted *demands from* rebels", "rejected *calls from* students". The maker of a
    demand acts against its addressee, as a subject would."""
    prep = token.head
    return (token.dep_ == "pobj" and prep.lower_ == "from" and prep.head.i != prep.i
            and prep.head.pos_ == "NOUN" and prep.head.lemma_.lower() in DEMAND_NOUNS)


def _coordinated(token: Token) -> bool:
    """ "Russia and Ukraine": one of two coordinated names."""
    return token.dep_ == "conj" or any(child.dep_ == "conj" for child in token.children)


def _individuals(noun: Token) -> bool:
    """A people noun that denotes some of its people rather than the nation as a party:
    counted ("100 Palestinians", "thousands of Nigerians"), described ("young Algerians",
    "some Kenyans") or placed ("Palestinians of the West Bank"). "The Palestinians
    rejected the plan" stays the nation (no sector)."""
    for child in noun.children:
        if child.i < noun.i and child.dep_ in ("nummod", "quantmod", "amod", "compound"):
            return True
        if child.dep_ == "det" and child.lower_ in QUANTIFIER_WORDS:
            return True
        if child.dep_ == "prep" and child.lower_ in RESIDENCE_PREPOSITIONS:
            return True
    of = noun.head
    if noun.dep_ == "pobj" and of.lower_ == "of" and of.head.i != of.i:
        amount = of.head
        return amount.pos_ == "NUM" or amount.lemma_.lower() in QUANTITY_NOUNS
    return False


def _clause_head(token: Token) -> Token:
    """The verb of the clause a word belongs to. Clauses with no subject of their own are
    part of the one they hang on: "a march *staged* by students", "police fired *to
    disperse* crowds", "troops arrived and *arrested* rebels"."""
    current = token
    for _ in range(len(token.doc)):
        if current.pos_ in ("VERB", "AUX") and not _subjectless(current):
            return current
        if current.head.i == current.i:
            return current
        current = current.head
    return current


def _subjectless(verb: Token) -> bool:
    if verb.dep_ not in ("xcomp", "advcl", "conj", "acl", "amod"):
        return False
    # "reports that troops killed civilians": a noun's clause with its own subject is a clause
    return not any(child.dep_ in SUBJECT_DEPS for child in verb.children)


def _opposition_qualified(group: list[Piece]) -> bool:
    """A noun qualified by "opposition", "rebel" or "party" ("the opposition newspaper",
    "rebel radio"): it stands against its own state's government."""
    return any(p.kind == "R" and p.entry.sector in DOMESTIC_OPPONENT_SECTORS for p in group[:-1])


def _names_a_place(doc: Doc, mention: ActorMention) -> bool:
    """The mention is where something happens ("in Abidjan", "in Kenya's north"),
    not a participant: the object of a place preposition, or a modifier of one."""
    head = doc[mention.head]
    if _locative(head):
        return True
    if head.head.lemma_.lower() in MISSION_NOUNS:
        return False  # "at the Spanish consulate": a state's mission abroad, not its soil
    return head.dep_ in OBJECT_MODIFIER_DEPS and _locative(head.head)


def _is_state_mention(group: list[Piece]) -> bool:
    return any(p.kind in ("C", "P") and p.entry.kind in ("country", "person") for p in group)


def _dominant(counts: Counter[str]) -> str | None:
    """The article's country when one is mentioned more often than any other (twice at least)."""
    top = counts.most_common(2)
    if not top or top[0][1] < 2 or (len(top) == 2 and top[1][1] == top[0][1]):
        return None
    return top[0][0]


def _rank_sector(titles: list[Piece]) -> str | None:
    """The sector a title without an office gives the name after it: a rank ("General"),
    or a qualified "leader" ("opposition leader"); ``None`` for offices, "former" and
    governmental titles."""
    if not titles or any(t.entry.sector == "ELI" for t in titles):
        return None
    last = titles[-1].entry
    if last.office or last.role_class != "person":
        return None
    sector = _role_sector(titles)
    # a bare governmental title ("Secretary X" after X left office) is too loose to
    # overrule the dated KB; a rank or a party word ("General", "opposition") is not
    return None if sector == "GOV" else sector


def _title_office(titles: list[Piece]) -> str | None:
    """The office a title before a name names ("President" -> president), if any."""
    if not titles or any(t.entry.sector == "ELI" for t in titles):
        return None  # "former President X": not the office held on the day
    return titles[-1].entry.office


def _former(roles: list[Piece]) -> bool:
    """Whether a modifier ("former", "ousted") makes the phrase a former official (ELI).
    Exile removes a person from office, but an exiled body ("its exiled leadership", "the
    exiled government") still acts as that body, abroad."""
    if not roles:
        return False
    head = roles[-1].entry
    return any(
        r.entry.sector == "ELI"
        and not (r.entry.canonical == EXILE_MODIFIER and head.role_class == "body")
        for r in roles
    )


def _role_sector(roles: list[Piece]) -> str | None:
    """The head noun's sector; generic heads ("spokesman", "leader") take a modifier's."""
    if not roles:
        return None
    head = roles[-1].entry
    if head.sector == "MIL" and head.role_class == "group" and _community_qualified(roles):
        return "REB"  # "Moslem forces", "Kurdish troops": a community's armed men
    if head.canonical == COMMUNITY_LEADER and any(
            r.entry.canonical == ETHNIC_COMMUNITY for r in roles[:-1]):
        return "ELI"  # "Pashtun leaders": a community's elites hold no state office
    if head.sector == "LEG" and any(r.entry.sector == "OPP" for r in roles[:-1]):
        return "OPP"  # "opposition lawmakers": the opposition's members of parliament
    # GOV is only the default owner: "government troops" stay MIL; ELI is handled apart.
    modifiers = [r.entry.sector for r in roles[:-1] if r.entry.sector not in (None, "GOV", "ELI")
                 # a community's "leaders" are religious; its officials and party are not
                 and (head.canonical == COMMUNITY_LEADER
                      or r.entry.canonical != RELIGIOUS_COMMUNITY)]
    if (head.inherits or head.sector == "UAF") and modifiers:
        return modifiers[-1]  # "army spokesman"; "rebel gunmen" are identified: the rebels
    return head.sector or (modifiers[-1] if modifiers else None)


def _role_category(doc: Doc, piece: Piece) -> set[str]:
    role_class = piece.entry.role_class
    plural = doc[piece.end - 1].tag_ in ("NNS", "NNPS")
    if role_class == "body":
        return {"org", "plural"} if plural else {"org"}
    if role_class == "group" or plural:
        return {"plural"}
    return {"person"}


def _place_category(piece: Piece) -> set[str]:
    entry, form = piece.entry, piece.form
    if form == "people":
        return {"plural"}
    if form == "adjective":
        return set()  # "Russian gas": a modifier, not something "it" refers back to
    if entry.kind == "country":
        if form == "capital":  # "in Washington" names a city; "it" may still mean its government
            return {"org", "state"}
        return {"org", "country", "state"} if entry.sector is None else {"org", "state"}
    if entry.kind == "igo":
        # "the alliance" means a military alliance (an IGO coded MIL: NATO, CSTO), not the EU
        alliance = entry.country == "IGO" and entry.sector == "MIL"
        return {"org", "igo", "alliance"} if alliance else {"org", "igo"}
    return {"org", "group", "plural"}


def _possessive_after(doc: Doc, piece: Piece) -> bool:
    return piece.end < len(doc) and doc[piece.end].tag_ == "POS"


def _not_plural(doc: Doc, piece: Piece) -> bool:
    return doc[piece.end - 1].tag_ not in ("NNS", "NNPS")


def _last_word(phrase: str | None) -> str | None:
    return phrase.split()[-1].lower() if phrase else None


def _place_preposition(token: Token) -> str:
    """The preposition of a place phrase ("in" for "in the town of Samarra")."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ == "appos" and token.head.lemma_.lower() in PLACE_NOUNS:
        token = token.head
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() \
            in PLACE_NOUNS:
        token = token.head.head
    return token.head.lower_ if token.dep_ == "pobj" else ""


def _locative(token: Token) -> bool:
    """The object of a place preposition: "in Dhaka" (or "in Kampala and *Dhaka*") names
    where, not who."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ == "appos" and token.head.lemma_.lower() in PLACE_NOUNS:
        token = token.head  # "in the Libyan capital Tripoli": the capital's name
    if token.dep_ == "pobj" and token.head.lower_ == "of":
        # "in the town of Samarra", "in the capital city of Algiers": the name of the place
        place_noun = token.head.head
        if place_noun.lemma_.lower() in PLACE_NOUNS and place_noun.i != token.head.i:
            token = place_noun
    return token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPOSITIONS


def _place_named(token: Token) -> bool:
    """A place phrase names the state: its object ("in Haifa"), or a modifier of a noun of
    place there ("in the Amhara region", "in the Kenyan city of Kisumu"); not the modifier
    of any noun ("in the Palestinian uprising" is no place)."""
    if _locative(token):
        return True
    noun = token.head
    return (token.dep_ in OBJECT_MODIFIER_DEPS and noun.lemma_.lower() in PLACE_NOUNS
            and _locative(noun))


def _expletive(token: Token) -> bool:
    """ "It is unclear whether...": dummy "it" whose content is a clause."""
    if token.dep_ == "expl":
        return True
    verb = token.head
    return verb.lemma_ == "be" and any(c.dep_ in ("ccomp", "xcomp", "csubj") for c in verb.children)


def _antecedent(
    earlier: list[Resolved],
    sentence: int,
    fits: Callable[[Resolved], bool],
    by: str = "actor",
) -> Resolved | None:
    """The nearest compatible earlier mention; among several, the subject; else none.

    Candidates are told apart by ``by``: the whole actor (code and name), or only its
    country (when all that is wanted is a state)."""
    def identity(r: Resolved) -> tuple[str | None, ...]:
        actor = r.mention.actor
        return (actor.country,) if by == "country" else (actor.code, actor.name)

    for back in range(COREF_WINDOW + 1):
        candidates = [r for r in earlier if r.sentence == sentence - back and fits(r)]
        distinct = {identity(r) for r in candidates}
        if len(distinct) == 1:
            return candidates[-1]
        if len(distinct) > 1:
            subjects = [r for r in candidates if r.subject]
            if len({identity(r) for r in subjects}) == 1:
                return subjects[-1]
            return None  # two equally good antecedents: leave it unresolved
    return None


def _head(doc: Doc, group: list[Piece]) -> int:
    span: Span = doc[group[0].start:group[-1].end]
    return int(span.root.i)


def _actor(
    ctx: _Context,
    group: list[Piece],
    country: str | None,
    sector: str | None,
    name: str | None,
    rule: str,
) -> Actor:
    doc = ctx.doc
    start = doc[group[0].start].idx
    last = doc[group[-1].end - 1]
    end = group[-1].char_end or last.idx + len(last.text)
    return Actor(
        text=ctx.article.text[start:end] if ctx.article.text else doc.text[start:end],
        country=country,
        sector=sector,
        code=actor_code(country, sector),
        name=name,
        rule=rule,
        start=start,
        end=end,
    )
