"""The ``where`` stage: the place an event happened, from its own sentence.

A place is taken only where English grammar puts an event's location:

* a locative prepositional phrase ("in", "at", "near", ...) attached to the
  trigger's clause, directly or through a noun of it ("rejected the plan at the
  OSCE Council's 31st meeting in Malta" → Malta). Generic place nouns are seen
  through ("in the southern city of Kherson", "in the capital, Kyiv");
* for physical attacks, the place struck ("drones struck Kharkiv", "an attack
  on Odesa"): the patient of an assault verb that names a city or region is
  where the assault happened (a country there is the recipient, not a place);
  for visits (CAMEO 042), the destination ("visited Mongolia", "a trip to Beijing");
* failing both, the article's dateline ("BAKU, Dec 5 (Reuters) -") for events
  in the article's first sentences, which report from the dateline city.

Subjects and objects naming countries ("Azerbaijan rejected ...") are actors,
never locations, so they are not looked at. Phrases are ranked like dates
(:func:`detente.attachment.attachment_rank`): own clause first, then the closest in
the tree. Names come from the packaged gazetteer (``data/places``).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.attrs import DEP
from spacy.tokens import Doc, Span, Token

from .attachment import attachment_rank, trigger_token
from .dateline import DATELINE_CHARS, find_dateline
from .errors import KnowledgeError
from .knowledge import data_path, read_table, split_list
from .records import EventMention, Location

PLACE_KINDS = ("country", "capital", "city", "region", "site", "water")
# When a phrase names several places ("in Russia's Kursk region"), the most specific wins.
_SPECIFICITY = {"site": 0, "city": 1, "capital": 1, "region": 2, "water": 3, "country": 4}

#: Prepositions that place an event ("talks in Geneva", "clashes near Goma").
LOCATIVE_PREPS = frozenset({
    "in", "at", "near", "outside", "inside", "around", "across", "throughout", "within",
    "off", "along", "beside",
})  # fmt: skip
#: Prepositions naming the target of an attack ("strikes on Kharkiv", "an assault against Goma").
TARGET_PREPS = frozenset({"on", "against", "upon"})
#: Prepositions naming a destination ("travelled to Beijing", "a visit to Moscow").
DESTINATION_PREPS = frozenset({"to", "into"})
#: Event types whose target place is the event's location.
PHYSICAL_ATTACK_TYPES = frozenset({"ASSAULT"})
#: CAMEO 042 "make a visit": the visit happens at its destination.
VISIT_CAMEO_PREFIX = "042"
#: Nouns that only stand for the place named after them ("the city of Kherson").
GENERIC_PLACE_NOUNS = frozenset({
    "city", "town", "village", "capital", "region", "province", "port", "district", "area",
    "oblast", "governorate", "state", "enclave", "strip", "island", "settlement", "outskirts",
    "suburb", "border", "municipality", "county", "prefecture", "camp", "community",
    # parts of a place: "in Ukraine's east", "in the centre of Gaza"
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    "centre", "center", "heart", "part", "coast", "shore", "side",
})  # fmt: skip
#: A dateline reports from its city for the opening of the story only: later
#: paragraphs quote or recap events elsewhere.
DATELINE_SENTENCES = 3
_LONGEST_NAME_TOKENS = 6


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry."""

    name: str
    kind: str
    country: str | None
    lat: float
    lon: float

    def location(self) -> Location:
        return Location(name=self.name, country=self.country, lat=self.lat, lon=self.lon)


def _coordinate(row: dict[str, str], column: str, limit: float, path: Path, line: int) -> float:
    try:
        value = float(row[column])
    except ValueError:
        raise KnowledgeError(str(path), line, f"{column} {row[column]!r} is not a number") from None
    if not -limit <= value <= limit:
        raise KnowledgeError(str(path), line, f"{column} {value} is outside ±{limit:g}")
    return value


def _country_code(row: dict[str, str], column: str, path: Path, line: int) -> str | None:
    code = row.get(column, "").strip()
    if code and not (len(code) == 3 and code.isalpha() and code.isupper()):
        raise KnowledgeError(str(path), line, f"{column} {code!r} is not an ISO 3166 alpha-3 code")
    return code or None


def read_countries(path: Path) -> Iterator[tuple[int, list[str], Place]]:
    """Yield ``(line, names, place)`` for each country and for its capital."""
    for line, row in read_table(
        path,
        required=("iso3", "name", "capital", "lat", "lon"),
        optional=("aliases", "capital_aliases", "note"),
    ):
        iso3 = _country_code(row, "iso3", path, line)
        lat = _coordinate(row, "lat", 90, path, line)
        lon = _coordinate(row, "lon", 180, path, line)
        country_names = [row["name"], *split_list(row.get("aliases", ""))]
        yield line, country_names, Place(row["name"], "country", iso3, lat, lon)
        # A city-state's capital shares its name: the country entry already covers it.
        capital_names = [
            n
            for n in [row["capital"], *split_list(row.get("capital_aliases", ""))]
            if n not in country_names
        ]
        if capital_names:
            yield line, capital_names, Place(row["capital"], "capital", iso3, lat, lon)


def read_places(path: Path) -> Iterator[tuple[int, list[str], Place]]:
    """Yield ``(line, names, place)`` for each row of a places table."""
    for line, row in read_table(
        path,
        required=("name", "kind", "lat", "lon"),
        optional=("aliases", "country", "note"),
    ):
        if row["kind"] not in PLACE_KINDS:
            raise KnowledgeError(
                str(path), line, f"kind {row['kind']!r} is not one of {', '.join(PLACE_KINDS)}"
            )
        place = Place(
            row["name"],
            row["kind"],
            _country_code(row, "country", path, line),
            _coordinate(row, "lat", 90, path, line),
            _coordinate(row, "lon", 180, path, line),
        )
        yield line, [row["name"], *split_list(row.get("aliases", ""))], place


class Gazetteer:
    """Place names (matched case-sensitively, as written) → :class:`Place`."""

    def __init__(self, entries: Iterable[tuple[str, int, Sequence[str], Place]]) -> None:
        """``entries``: ``(file, line, names, place)``; a name listed twice is an error."""
        self._by_name: dict[str, Place] = {}
        self._by_folded: dict[str, Place] = {}
        seen_at: dict[str, str] = {}
        for file, line, names, place in entries:
            for name in names:
                if name in self._by_name:
                    raise KnowledgeError(
                        file, line, f"place name {name!r} already defined at {seen_at[name]}"
                    )
                self._by_name[name] = place
                seen_at[name] = f"{file}:{line}"
                self._by_folded.setdefault(name.casefold(), place)
        # Every leading substring of a name: a run of tokens whose text starts no name
        # cannot grow into one, so :meth:`places_in` stops extending it there.
        self._prefixes: frozenset[str] = frozenset(
            name[:end] for name in self._by_name for end in range(1, len(name) + 1)
        )

    @classmethod
    def from_files(cls, countries: Path, places: Sequence[Path] = ()) -> Gazetteer:
        def entries() -> Iterator[tuple[str, int, Sequence[str], Place]]:
            for line, names, place in read_countries(countries):
                yield str(countries), line, names, place
            for path in places:
                for line, names, place in read_places(path):
                    yield str(path), line, names, place

        return cls(entries())

    @classmethod
    def default(cls) -> Gazetteer:
        """The packaged gazetteer, loaded once per process."""
        return _default_gazetteer()

    def __len__(self) -> int:
        return len({id(p) for p in self._by_name.values()})

    def lookup(self, name: str) -> Place | None:
        """The place written exactly ``name`` ("Kharkiv", "the Gaza Strip")."""
        return self._by_name.get(name)

    def lookup_any_case(self, name: str) -> Place | None:
        """Case-blind look-up, for upper-case datelines ("BAKU")."""
        return self._by_folded.get(name.casefold())

    def places_in(self, tokens: Span) -> list[tuple[Place, Span]]:
        """Every place named by a run of tokens inside ``tokens``, longest names first."""
        named = self._named_runs(tokens)
        found: list[tuple[Place, Span]] = []
        used: set[int] = set()
        # Longest names first, left to right: a shorter name inside a longer one is no place.
        for (i, length), place in sorted(named.items(), key=lambda run: (-run[0][1], run[0][0])):
            if used.intersection(range(i, i + length)):
                continue
            found.append((place, tokens[i : i + length]))
            used.update(range(i, i + length))
        return found

    def _named_runs(self, tokens: Span) -> dict[tuple[int, int], Place]:
        """``(start, length) -> place`` for every run of ``tokens`` whose text is a name.

        A run's text is the slice of the span's text between its first token's start and
        its last token's end (what ``Span.text`` gives), so no Span is built per run.
        """
        text = tokens.text
        base = tokens.start_char
        starts = [t.idx - base for t in tokens]
        ends = [start + len(t) for start, t in zip(starts, tokens, strict=True)]
        n = len(starts)
        named: dict[tuple[int, int], Place] = {}
        for i in range(n):
            for last in range(i, min(i + _LONGEST_NAME_TOKENS, n)):
                run = text[starts[i] : ends[last]]
                if run not in self._prefixes:
                    break
                place = self._by_name.get(run)
                if place is not None:
                    named[(i, last - i + 1)] = place
        return named


@lru_cache(maxsize=1)
def _default_gazetteer() -> Gazetteer:
    return Gazetteer.from_files(
        data_path("places", "countries.csv"), [data_path("places", "places.csv")]
    )


# ---------------------------------------------------------------------------
# Finding places in a parsed document
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PlaceCandidate:
    """A place named in a phrase of the doc that can locate an event."""

    place: Place
    start: int  # character offsets of the phrase naming it
    end: int
    anchor: int  # token index the phrase attaches to
    role: str  # "at" (locative), "on" (attack target), "to" (destination), "object"


def _noun_phrase(head: Token) -> Span:
    """The head noun with its pre-modifiers ("Russia's Kursk region"), no trailing clauses."""
    return head.doc[head.left_edge.i : head.i + 1]


def _named_part(head: Token) -> Token:
    """See through generic place nouns: "the city of Kherson", "the capital, Kyiv"."""
    if head.lower_ not in GENERIC_PLACE_NOUNS:
        return head
    for child in head.rights:
        if child.dep_ == "appos":
            return child
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return head


def _phrase_place(head: Token, gazetteer: Gazetteer) -> Place | None:
    """The place a noun phrase names: its head must be the name ("in central Tbilisi"),
    or a generic place noun whose modifiers name it ("in Russia's Kursk region"); a
    name that only modifies another noun ("at China's expense") is no place. Of
    several, the most specific wins (Kursk, not Russia)."""
    named = _named_part(head)
    for phrase_head in (named, head) if named.i != head.i else (head,):
        matches = gazetteer.places_in(_noun_phrase(phrase_head))
        if phrase_head.lower_ not in GENERIC_PLACE_NOUNS:
            matches = [(p, name) for p, name in matches if name.start <= phrase_head.i < name.end]
        if matches:
            return min((p for p, _ in matches), key=lambda p: _SPECIFICITY[p.kind])
    return None


def _role(token: Token) -> tuple[Token, str] | None:
    """What a noun phrase can tell about where its governor happened, and the governor."""
    if token.dep_ == "pobj" and token.head.dep_ == "prep":
        prep = token.head
        preposition = prep.lower_
        if preposition in LOCATIVE_PREPS:
            return prep.head, "at"
        if preposition in TARGET_PREPS:
            return prep.head, "on"
        if preposition in DESTINATION_PREPS:
            return prep.head, "to"
        if preposition == "of" and prep.head.pos_ == "NOUN":
            return prep.head, "object"  # the object of an action noun: "the siege of El Fasher"
        return None
    if token.dep_ in ("dobj", "nsubjpass") and token.head.pos_ == "VERB":
        return token.head, "object"  # "struck Kharkiv", "visited Kyiv", "Odesa was shelled"
    return None


#: The dependency labels :func:`_role` reads a place from.
_ROLE_DEPS = ("pobj", "dobj", "nsubjpass")


def _tokens_labelled(doc: Doc, labels: Iterable[str]) -> list[Token]:
    """The doc's tokens with one of these dependency labels, found in the doc's label
    column so that no Token object is built for the others."""
    wanted = {doc.vocab.strings[label] for label in labels}
    return [doc[i] for i, dep in enumerate(doc.to_array(DEP).tolist()) if dep in wanted]


def place_candidates(doc: Doc, gazetteer: Gazetteer) -> list[PlaceCandidate]:
    """Every place named in a phrase that may locate an event (see :func:`_usable`)."""
    out: list[PlaceCandidate] = []
    for token in _tokens_labelled(doc, _ROLE_DEPS):
        role = _role(token)
        if role is None:
            continue
        place = _phrase_place(token, gazetteer)
        if place is None:
            continue
        phrase = _noun_phrase(token)
        anchor, how = role
        out.append(PlaceCandidate(place, phrase.start_char, phrase.end_char, anchor.i, how))
    return out


def _usable(candidate: PlaceCandidate, reading: EventMention) -> bool:
    """Whether the phrase's role locates this kind of event.

    Any event happens where a locative phrase puts it. An attack happens at its
    target ("struck Kharkiv", "strikes on Rafah") unless the target is a country,
    which is the attack's recipient. A visit happens at its destination, country
    or city ("visited Mongolia", "a trip to Beijing").
    """
    if candidate.role == "at":
        return True
    attack = reading.event_type in PHYSICAL_ATTACK_TYPES
    visit = reading.cameo.startswith(VISIT_CAMEO_PREFIX)
    if candidate.role == "on":
        return attack and candidate.place.kind != "country"
    if candidate.role == "to":
        return visit
    return visit or (attack and candidate.place.kind != "country")


def _best_place(doc: Doc, reading: EventMention, candidates: Sequence[PlaceCandidate]
                ) -> Place | None:
    trigger = trigger_token(doc, reading)
    if trigger is None:
        return None
    ev = reading.evidence
    ranked = []
    for cand in candidates:
        if cand.start < ev.start or cand.end > ev.end or not _usable(cand, reading):
            continue
        rank = attachment_rank(trigger, doc[cand.anchor])
        if rank is not None:
            ranked.append((rank, cand.place))
    if not ranked:
        return None
    return min(ranked, key=lambda pair: pair[0])[1]


def _opening(doc: Doc, chars: int) -> str:
    """At least the first ``chars`` characters of the doc's text (all of it when shorter);
    ``doc.text`` would join every token of the article to read its first line."""
    parts: list[str] = []
    size = 0
    for token in doc:
        if size >= chars:
            break
        parts.append(token.text_with_ws)
        size += len(parts[-1])
    return "".join(parts)


def _dateline_place(doc: Doc, gazetteer: Gazetteer) -> Place | None:
    dateline = find_dateline(_opening(doc, DATELINE_CHARS))
    if dateline is None or "/" in dateline.place:  # "KYIV/MOSCOW": no single place
        return None
    place = gazetteer.lookup_any_case(dateline.place)
    # Datelines name cities; a bare country before a dash ("US - China trade talks")
    # is a dateline only with a date or agency after it ("SINGAPORE, May 3 (Reuters) -").
    if place is not None and place.kind == "country" and not dateline.has_detail:
        return None
    return place


def assign_locations(doc: Doc, readings: list[EventMention], gazetteer: Gazetteer
                     ) -> list[EventMention]:
    """Set ``location`` on each reading (in place); ``None`` when its sentence names none."""
    if not readings:
        return readings
    candidates = place_candidates(doc, gazetteer)
    dateline = _dateline_place(doc, gazetteer)
    sentence_starts = [s.start_char for s in doc.sents] if dateline else []
    for reading in readings:
        place = _best_place(doc, reading, candidates)
        if place is None and dateline is not None:
            sentence_number = bisect_right(sentence_starts, reading.evidence.start) - 1
            if sentence_number < DATELINE_SENTENCES:
                place = dateline
        reading.location = place.location() if place else None
    return readings
