"""Actor resolution: KB phrase matches -> actor noun phrases -> dated, coreferent actors.

One pass of two ``PhraseMatcher`` s (built once per vocab) finds every alias, role
noun and anaphor; adjacent matches are then composed into one noun phrase
("Azerbaijan 's Foreign Minister Jeyhun Bayramov") and resolved against the
article date. Roles without a country take it from the dateline, the sentence or
the article; pronouns and definite descriptions take it from a recent antecedent.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

import spacy
from spacy.matcher import Matcher, PhraseMatcher
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
    {"in", "at", "near", "inside", "outside", "around", "across", "throughout", "within"}
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
        self.dotted = Matcher(vocab)
        self.dotted.add("DOTTED", [[{"TEXT": {"REGEX": DOTTED_PREFIX.pattern}}]])


def _fits(entry: KBEntry, key: str, words: list[str], last: Token) -> bool:
    """Proper names must keep their case; role nouns must be nouns ("a firm stance")."""
    if entry.kind != "role":
        return _case_fits(_alias_text(entry, key), words)
    if entry.role_class == "modifier":
        return True
    return last.pos_ in ("NOUN", "PROPN")


def _case_fits(alias: str, words: list[str]) -> bool:
    """Proper names keep their capitals: "US" is not "us", "Chad" is not "chad".

    Every letter upper-case in the alias must be upper-case in the text (an all-caps
    dateline "AZERBAIJAN" still fits "Azerbaijan"); spacing may differ, letters not.
    """
    alias_letters = alias.replace(" ", "")
    text_letters = "".join(words)
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
            dateline=self.kb.capitals.get(city.lower()) if city else None,
            dateline_end=dateline_end,
        )
        pieces = self._pieces(doc, context)
        groups = _compose(doc, pieces)
        return self._resolve_groups(groups, context)

    @staticmethod
    def _dateline(text: str) -> tuple[str | None, int]:
        """The dateline city and where the dateline ends (0: no dateline).

        An upper-case opening counts as a dateline when it has a date/place or an
        agency, or is a short city name: "UN CALLS FOR TRUCE -" is a headline.
        """
        found = DATELINE.match(text[:160])
        if not found:
            return None, 0
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
            hits = [h for h in self.kb.aliases[key] if _fits(h.entry, key, words, doc[end - 1])]
            piece = _piece_from_hits(start, end, _on_date(hits, context.on))
            if piece:
                piece.plural = doc[end - 1].tag_ in ("NNS", "NNPS")
                found.append(piece)
        for _, start, end in m.dotted(doc):
            prefix = DOTTED_PREFIX.match(doc[start].text)
            hits = self.kb.aliases.get(prefix.group(1).lower(), []) if prefix else []
            piece = _piece_from_hits(start, end, [h for h in hits if h.entry.kind != "role"])
            if piece and prefix:
                piece.char_end = doc[start].idx + len(prefix.group(1))
                found.append(piece)
        pieces = _longest_first(found)
        return _add_named_strangers(doc, pieces)

    # -- resolution --------------------------------------------------------------------

    def _resolve_groups(self, groups: list[list[Piece]], ctx: _Context) -> list[ActorMention]:
        country_counts: Counter[str] = Counter()
        resolved: list[Resolved | None] = []
        pending: list[int] = []
        for i, group in enumerate(groups):
            if group[-1].kind == "A" or _needs_context(group):
                resolved.append(None)
                pending.append(i)
                continue
            item = self._resolve_direct(group, ctx)
            resolved.append(item)
            if item and item.mention.actor.country and _is_state_mention(group):
                country_counts[item.mention.actor.country] += 1
        dominant = _dominant(country_counts)
        for i in pending:
            earlier = [r for r in resolved[:i] if r is not None]
            group = groups[i]
            if group[-1].kind == "A":
                resolved[i] = self._resolve_anaphor(group[-1], earlier, ctx)
            else:
                resolved[i] = self._resolve_bare_role(group, earlier, ctx, dominant)
        return [r.mention for r in resolved if r is not None]

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
            person = self._pick_person(persons[-1], ctx.on)
            if person is None:
                return self._shared_country(group, persons[-1], ctx)
            entry, status = person
            country, name = entry.country, entry.canonical
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
                if sector is None:
                    sector = _role_sector(roles)
        else:
            place = places[0]
            country = place.entry.country
            possessive = _possessive_after(doc, place)
            place_rule = place.entry.label + ("/possessive" if possessive else f"/{place.form}")
            if roles:
                sector = _role_sector(roles) or place.entry.sector
                rules += [roles[-1].entry.label, place_rule]
                name = self._holder_name(roles, country, ctx.on, rules)
                category |= _role_category(doc, roles[-1])
                if any(p.kind == "E" for p in group):
                    category.add("person")
            else:
                last = places[-1]
                country, sector = last.entry.country, last.entry.sector
                if last.form == "capital" and not _locative(doc[_head(doc, group)]):
                    sector = "GOV"  # "Baku said": the seat of government for the government
                name = last.entry.canonical
                rules.append(place_rule)
                category |= _place_category(last)
        if any(r.entry.sector == "ELI" for r in roles):
            sector = "ELI"  # "former President X": a former official whatever X held
        return self._make(group, ctx, country, sector, name, "+".join(rules), category)

    def _pick_person(self, piece: Piece, on: date | None) -> tuple[KBEntry, str | None] | None:
        """The one person an alias names on a day; ``None`` when it stays ambiguous."""
        names = list(dict.fromkeys(h.entry.canonical or "" for h in piece.hits))
        states = [self.kb.person_at(n, on) for n in names]
        if len(states) == 1:
            return states[0]
        in_office = [s for s in states if s[1] is None]
        return in_office[0] if len(in_office) == 1 else None

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
        self, roles: list[Piece], country: str | None, on: date | None, rules: list[str]
    ) -> str | None:
        office = roles[-1].entry.office
        if not (office and country) or roles[-1].entry.role_class != "person":
            return None
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
        self, group: list[Piece], earlier: list[Resolved], ctx: _Context, dominant: str | None
    ) -> Resolved | None:
        """ "the President", "the minister", "the ministry": coreference, else context country."""
        doc = ctx.doc
        roles = [p for p in group if p.kind == "R"]
        head = roles[-1]
        sentence = ctx.sentence_of(group[0].start)
        definite = group[0].start > 0 and doc[group[0].start - 1].lower_ in ("the", "this", "that")
        head_word = _last_word(head.entry.canonical)
        if definite and head.entry.role_class != "group":
            antecedent = _antecedent(
                earlier, sentence, lambda r: r.head_word == head_word and _not_plural(doc, head)
            )
            if antecedent is not None:
                return self._corefer(group, antecedent, ctx, f"{head_word}")
        country, how = head.entry.country, "role"  # "an aid group" is an NGO by itself
        if country is None and _takes_context_country(doc, group):
            country, how = self._context_country(earlier, ctx, dominant, sentence)
        sector = _role_sector(roles)
        rules = [head.entry.label] + ([f"{how}:{country}"] if country and how != "role" else [])
        name = self._holder_name(roles, country, ctx.on, rules)
        if any(r.entry.sector == "ELI" for r in roles):
            sector = "ELI"
        if country is None and sector is None:
            return None  # "the other side": nothing is known about who
        category = _role_category(doc, head)
        if any(p.kind == "E" for p in group):
            category.add("person")
        return self._make(group, ctx, country, sector, name, "+".join(rules), category)

    def _context_country(
        self,
        earlier: list[Resolved],
        ctx: _Context,
        dominant: str | None,
        sentence: int,
    ) -> tuple[str | None, str]:
        if ctx.dateline:
            return ctx.dateline, "dateline"
        same_sentence = [
            r for r in earlier
            if r.sentence == sentence and r.mention.actor.country in self.kb.by_country
        ]
        if same_sentence:
            return same_sentence[-1].mention.actor.country, "sentence"
        if dominant:
            return dominant, "dominant"
        return None, ""

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

        def fits(r: Resolved) -> bool:
            # "Aliyev praised him": an object pronoun never means its own clause's subject.
            same_clause_subject = (
                pronoun and token.dep_ not in SUBJECT_DEPS and r.subject
                and doc[r.mention.head].head.i == token.head.i
            )
            return wanted in r.category and not same_clause_subject

        antecedent = _antecedent(earlier, sentence, fits)
        if antecedent is None:
            return None
        return self._corefer([piece], antecedent, ctx, doc[piece.start:piece.end].text)

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
        actor = _actor(ctx, group, country, sector, name, rule)
        head = _head(doc, group)
        mention = ActorMention(actor, group[0].start, group[-1].end, head)
        roles = [p for p in group if p.kind == "R"]
        persons = [p for p in group if p.kind == "P"]
        head_word = _last_word(roles[-1].entry.canonical) if roles else None
        if persons and not (roles and roles[-1].start > persons[-1].start):
            office = self._pick_person(persons[-1], ctx.on)
            head_word = _last_word(office[0].office) if office else head_word
        return Resolved(mention, ctx.sentence_of(head), frozenset(category),
                        doc[head].dep_ in SUBJECT_DEPS, head_word)


# -- helpers (pure) ----------------------------------------------------------------------


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
    return undated + [h for h in dated if h.entry.active_on(on)]


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


def _gap(doc: Doc, left: Piece, right: Piece) -> str | None:
    """What separates two pieces: "" (adjacent), "'s", "of", or None (not joinable)."""
    if right.start == left.end:
        return ""
    between = doc[left.end:right.start]
    if len(between) == 1 and between[0].tag_ == "POS":
        return "'s"
    words = [t.lower_ for t in between]
    if words in (["of"], ["of", "the"]):
        return "of"
    return None


def _joins(doc: Doc, group: list[Piece], nxt: Piece) -> bool:
    """Whether ``nxt`` continues the actor phrase ``group`` (one noun phrase, one actor)."""
    last = group[-1]
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
            return bool({h.entry.country for h in last.hits} & {h.entry.country for h in nxt.hits})
        return nxt.kind in ("R", "P")
    if last.kind == "R":
        if gap:
            return False
        # "Putin's spokesman Dmitry Peskov": a possessive person only modifies the title.
        return nxt.kind in ("R", "P", "E") and (not has_person or _possessor_only(doc, group))
    # last is a person: "the Biden administration", "Putin's spokesman"
    return nxt.kind == "R" and (nxt.entry.role_class == "body" or gap == "'s")


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
    # A title alone ("Minister") is still a role mention; an unknown person or a
    # "former" alone never is (they only qualify a title).
    return [g for g in groups if not all(_is_modifier(p) for p in g)]


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
    if head.kind != "R" or head.entry.role_class not in ("person", "body"):
        return False
    if head.entry.office and not _not_plural(doc, head):
        return False  # "presidents" are a kind of office holder, not this country's
    return head.entry.sector in STATE_SECTORS


def _is_state_mention(group: list[Piece]) -> bool:
    return any(p.kind in ("C", "P") and p.entry.kind in ("country", "person") for p in group)


def _dominant(counts: Counter[str]) -> str | None:
    """The article's country when one is mentioned more often than any other (twice at least)."""
    top = counts.most_common(2)
    if not top or top[0][1] < 2 or (len(top) == 2 and top[1][1] == top[0][1]):
        return None
    return top[0][0]


def _role_sector(roles: list[Piece]) -> str | None:
    """The head noun's sector; generic heads ("spokesman", "leader") take a modifier's."""
    if not roles:
        return None
    head = roles[-1].entry
    # GOV is only the default owner: "government troops" stay MIL; ELI is handled apart.
    modifiers = [r.entry.sector for r in roles[:-1] if r.entry.sector not in (None, "GOV", "ELI")]
    if head.inherits and modifiers:
        return modifiers[-1]
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
        return {"org", "igo"}
    return {"org", "group", "plural"}


def _possessive_after(doc: Doc, piece: Piece) -> bool:
    return piece.end < len(doc) and doc[piece.end].tag_ == "POS"


def _not_plural(doc: Doc, piece: Piece) -> bool:
    return doc[piece.end - 1].tag_ not in ("NNS", "NNPS")


def _last_word(phrase: str | None) -> str | None:
    return phrase.split()[-1].lower() if phrase else None


def _locative(token: Token) -> bool:
    """The object of a place preposition: "in Dhaka" names where, not who."""
    return token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPOSITIONS


def _expletive(token: Token) -> bool:
    """ "It is unclear whether...": dummy "it" whose content is a clause."""
    if token.dep_ == "expl":
        return True
    verb = token.head
    return verb.lemma_ == "be" and any(c.dep_ in ("ccomp", "xcomp", "csubj") for c in verb.children)


def _antecedent(
    earlier: list[Resolved], sentence: int, fits: Callable[[Resolved], bool]
) -> Resolved | None:
    """The nearest compatible earlier mention; among several, the subject; else none."""
    for back in range(COREF_WINDOW + 1):
        candidates = [r for r in earlier if r.sentence == sentence - back and fits(r)]
        distinct = {(r.mention.actor.code, r.mention.actor.name) for r in candidates}
        if len(distinct) == 1:
            return candidates[-1]
        if len(distinct) > 1:
            subjects = [r for r in candidates if r.subject]
            if len({(r.mention.actor.code, r.mention.actor.name) for r in subjects}) == 1:
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
