"""Convert a PETRARCH verb dictionary into user trigger rows, and read discard lists.

A PETRARCH verb dictionary (``PETR.Validate.verbs.txt``, ``CAMEO.2.0.txt``) is a
list of blocks::

    --- RESTORE  [064]  ---          block name and its default code
    RESTORE    # pas 18 Jun 2007     verb forms of the block (one a line)
    BREAK { BROKE BROKEN }           irregular forms in braces
    +BREAK_DOWN {+BROKE_DOWN}        a phrasal verb (verb + particle); in WIRE_+TAP the
                                     ``+`` marks the verb
    DOWNPLAY [014]                   a verb with its own default code
    - * DIPLOMATIC TIES [064]        a pattern: ``*`` the verb, words after it, a code
    - + * FROM $  [066]              ``$`` source, ``+`` target, ``^`` skip, ``%`` compound

``&NAME`` starts a synset (its ``+WORD`` lines); ``&NAME`` inside a pattern
stands for any of its words. ``_`` joins words, ``#`` starts a comment,
``<!-- -->`` blocks are comments. A code ``[A:B]`` codes the source->target
event ``A`` and the target->source event ``B``; ``[---]`` is "no event".

A trigger row (see ``data/events/triggers.csv``) is a verb lemma with an optional
particle the verb must govern and optional object words one of which must be
among its objects. The conversion:

* a verb's default code (its own, else the block's) is a bare row; ``[---]``
  gives none (the verb is then an event only with one of its patterns), nor does
  a plain reporting verb (say, tell, report, ...): the coder reads it as the
  attribution of the event it reports, which is what PETRARCH codes for
  "X restored ties with Y, an official said";
* a pattern's words after ``*`` give the row: a leading particle or preposition
  is the particle (infinitival ``to`` + verb is not: that verb is an object word,
  as the extractor reads "agree to let"), and the head of the rest (the word
  before its first preposition, else its last word; a synset gives every
  member's head) the object words, as lemma and as written;
* the actor slots ``$ + ^ %`` and a preposition that only introduces one of them
  are not words the row checks; a bare ``% *`` pattern (a compound subject) gives
  the verb's rows their ``mutual`` code.

What a row cannot say is reported with file and line, never dropped silently:
words before the verb (``SAID *``, ``NOT *``), a pattern left with nothing to
check once the actor slots are gone, ``[---]`` patterns (a row cannot forbid),
codes not in the CAMEO table or without a PLOVER type (also as the reverse code
``B`` of ``[A:B]``, which otherwise becomes the row's ``converse``), words before
the verb of a phrasal verb (``WIRE_+TAP``) or words other than one particle after
it, a pattern particle on a phrasal verb, and patterns that say the same as an
earlier one with other codes (the earlier one is kept, as PETRARCH tries a verb's
patterns in order).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..events.arguments import REPORTING_VERBS
from ..events.lexicon import CameoInfo, default_cameo_table, irregular_pasts
from .petrarch_dicts import dictionary_lines, write_rows

#: ``(word, pos) -> lemma``: how dictionary words are turned into the lemmas the coder
#: matches. ``pos`` is ``VERB`` or ``NOUN``.
Lemmatiser = Callable[[str, str], str]

#: Columns of a user trigger file (those of ``data/events/triggers.csv``).
TRIGGER_COLUMNS = ("lemma", "pos", "particle", "object", "cameo", "frame", "converse", "mutual")

#: Words that, right after the verb, are its particle or the preposition it governs.
PARTICLES = frozenset((
    "about", "across", "against", "along", "around", "at", "away", "back", "by", "down",
    "for", "from", "in", "into", "of", "off", "on", "onto", "out", "over", "through", "to",
    "toward", "towards", "up", "upon", "with", "within", "without",
))
#: Words a pattern may hold that name no object: articles and possessives.
_DETERMINERS = frozenset((
    "a", "an", "the", "its", "their", "his", "her", "our", "my", "your", "this", "that",
    "these", "those",
))
_ACTOR_SLOTS = frozenset("$+^%")
# The closing "---" may be lost to a comment ("--- TROUBLED [---] # NOUN ---").
_HEADER_RE = re.compile(r"^---\s*(?P<name>.*?)\s*(?:---)?$")
_CODE_RE = re.compile(r"\[([^\]]*)\]")
_FORMS_RE = re.compile(r"\{[^}]*\}")


def plain_lemma(word: str, pos: str) -> str:
    """The lemmatiser without a model: lower case, irregular pasts to their base."""
    word = word.lower()
    if pos == "VERB":
        return irregular_pasts().get(word, word)
    return word


@dataclass(frozen=True, slots=True)
class TriggerRow:
    lemma: str
    particle: str
    objects: tuple[str, ...]
    cameo: str
    line: int
    pos: str = "VERB"
    converse: str = ""  # the recipient's-side code of an ``[A:B]`` code
    mutual: str = ""  # the code of a coordinated subject acting on each other (``% *``)

    @property
    def key(self) -> tuple[str, str, str, frozenset[str]]:
        return (self.lemma, self.pos, self.particle, frozenset(self.objects))

    def cells(self) -> list[str]:
        return [self.lemma, self.pos, self.particle, "|".join(self.objects), self.cameo, "",
                self.converse, self.mutual]


@dataclass(slots=True)
class VerbConversion:
    rows: list[TriggerRow] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


@dataclass(slots=True)
class _Verb:
    lemma: str
    code: str | None  # its own default code, if the line gives one
    line: int
    particle: str = ""  # of a phrasal verb ("BREAK_DOWN")


@dataclass(slots=True)
class _Block:
    name: str
    code: str
    line: int
    verbs: list[_Verb] = field(default_factory=list)
    patterns: list[tuple[int, str, str]] = field(default_factory=list)  # line, body, code


def strip_comment(line: str) -> str:
    """Drop a ``#`` comment; a ``#`` inside ``[...]`` is part of a code (``[###]``)."""
    depth = 0
    for index, char in enumerate(line):
        if char == "[":
            depth += 1
        elif char == "]":
            depth = max(0, depth - 1)
        elif char == "#" and depth == 0:
            return line[:index].rstrip()
    return line.rstrip()


def _read_lines(path: Path) -> list[tuple[int, str]]:
    return [(number, line.strip()) for number, line in dictionary_lines(path, strip_comment)]


def words_of(text: str) -> list[str]:
    """Dictionary words: ``_`` and spaces both separate them."""
    return text.replace("_", " ").split()


# --------------------------------------------------------------------------- reading


def read_verb_dictionary(
    path: Path, lemma_of: Lemmatiser, problems: list[str]
) -> tuple[list[_Block], dict[str, list[str]]]:
    """Blocks (verbs and patterns) and synsets (name -> member phrases) of a dictionary."""
    blocks: list[_Block] = []
    synsets: dict[str, list[str]] = {}
    synset: str | None = None  # the synset whose members the next ``+`` lines are
    for number, line in _read_lines(path):
        header = _HEADER_RE.match(line)
        if header:
            codes = _CODE_RE.findall(header.group("name"))
            name = header.group("name").split("[", 1)[0].strip()
            blocks.append(_Block(name, codes[0].strip() if codes else "---", number))
            synset = None
        elif line.startswith("&"):
            synset = line[1:].split()[0].rstrip("_").upper()
            synsets.setdefault(synset, [])
        elif line.startswith("+") and synset is not None:
            synsets[synset].append(line[1:].strip())
        elif line.startswith("-"):
            if not blocks or synset is not None:
                problems.append(f"{path}:{number}: pattern outside a verb block; skipped")
                continue
            codes = _CODE_RE.findall(line)
            if not codes:
                problems.append(f"{path}:{number}: pattern without a [code]; skipped")
                continue
            body = _CODE_RE.split(line[1:], maxsplit=1)[0]
            blocks[-1].patterns.append((number, body.strip(), codes[0].strip()))
        elif blocks and synset is None:
            verb = _verb_line(path, number, line, lemma_of, problems)
            if verb is not None:
                blocks[-1].verbs.append(verb)
        else:
            problems.append(f"{path}:{number}: line outside a verb block or synset; skipped")
    return blocks, synsets


def _verb_line(
    path: Path, number: int, line: str, lemma_of: Lemmatiser, problems: list[str]
) -> _Verb | None:
    """``WORD {FORMS} [code]``; a phrasal verb keeps its verb word (marked ``+`` if not first)."""
    codes = _CODE_RE.findall(line)
    head = _FORMS_RE.sub(" ", _CODE_RE.split(line, maxsplit=1)[0]).strip().lstrip("+")
    words = words_of(head)
    if not words:
        problems.append(f"{path}:{number}: verb line without a verb; skipped")
        return None
    marked = [i for i, w in enumerate(words) if w.startswith("+")]
    verb_at = marked[0] if marked else 0
    if verb_at > 0:
        problems.append(
            f"{path}:{number}: {head!r}: words before the verb cannot be expressed; "
            "the verb is used alone"
        )
    rest = [w.lower() for w in words[verb_at + 1:]]
    particle = rest[0] if len(rest) == 1 and rest[0] in PARTICLES else ""
    if rest and not particle:
        problems.append(
            f"{path}:{number}: {head!r}: only a particle can follow the verb of a phrasal "
            "verb; the verb is used alone"
        )
    verb = words[verb_at].lstrip("+")
    return _Verb(lemma_of(verb, "VERB"), codes[0].strip() if codes else None, number, particle)


# --------------------------------------------------------------------------- converting


def convert_verbs(
    path: Path | str,
    *,
    lemma_of: Lemmatiser = plain_lemma,
    cameo: dict[str, CameoInfo] | None = None,
) -> VerbConversion:
    """Trigger rows for a PETRARCH verb dictionary; what cannot be said is in ``problems``."""
    path = Path(path)
    cameo = cameo if cameo is not None else default_cameo_table()
    conversion = VerbConversion()
    blocks, synsets = read_verb_dictionary(path, lemma_of, conversion.problems)
    seen: dict[tuple[str, str, str, frozenset[str]], TriggerRow] = {}
    for block in blocks:
        if not block.verbs:
            conversion.problems.append(f"{path}:{block.line}: block {block.name!r} has no verb")
            continue
        mutual, patterns = _mutual_patterns(path, block, cameo, conversion.problems)
        for verb in block.verbs:
            code_line = verb.line if verb.code is not None else block.line
            codes = usable_code(path, code_line, verb.code or block.code, cameo,
                                conversion.problems, default=True)
            if codes is not None and verb.lemma in REPORTING_VERBS:
                conversion.problems.append(
                    f"{path}:{code_line}: {verb.lemma!r} [{codes[0]}]: a plain reporting verb "
                    "is attribution, not an event (what it reports is coded); no bare row"
                )
            elif codes is not None:
                _add(path, TriggerRow(verb.lemma, verb.particle, (), codes[0], code_line,
                                      converse=codes[1], mutual=mutual), seen, conversion)
            elif mutual:
                conversion.problems.append(
                    f"{path}:{code_line}: {verb.lemma!r}: a '% *' pattern needs the verb's own "
                    "code; not used")
        for number, body, raw_code in patterns:
            codes = usable_code(path, number, raw_code, cameo, conversion.problems)
            if codes is None:
                continue
            shape = pattern_shape(body, synsets, lemma_of)
            if isinstance(shape, str):
                conversion.problems.append(f"{path}:{number}: pattern {body!r}: {shape}; skipped")
                continue
            particle, objects = shape
            for verb in block.verbs:
                if verb.particle and particle and verb.particle != particle:
                    conversion.problems.append(
                        f"{path}:{number}: pattern {body!r}: a row has one particle, and "
                        f"{verb.lemma} {verb.particle} already has one; not used for it"
                    )
                    continue
                _add(path, TriggerRow(verb.lemma, verb.particle or particle, objects, codes[0],
                                      number, converse=codes[1]), seen, conversion)
    return conversion


def _mutual_patterns(
    path: Path, block: _Block, cameo: dict[str, CameoInfo], problems: list[str]
) -> tuple[str, list[tuple[int, str, str]]]:
    """The block's ``% *`` code (a coordinated subject acting on each other) and its
    other patterns. ``%`` is PETRARCH's compound-actor slot: "X and Y agree" [030:030]."""
    mutual = ""
    rest = []
    for number, body, raw_code in block.patterns:
        if words_of(body) != ["%", "*"]:
            rest.append((number, body, raw_code))
            continue
        codes = usable_code(path, number, raw_code, cameo, problems)
        if codes is not None and not mutual:
            mutual = codes[0]
    return mutual, rest


def _add(
    path: Path,
    row: TriggerRow,
    seen: dict[tuple[str, str, str, frozenset[str]], TriggerRow],
    conversion: VerbConversion,
) -> None:
    earlier = seen.get(row.key)
    if earlier is None:
        seen[row.key] = row
        conversion.rows.append(row)
    elif (earlier.cameo, earlier.converse) != (row.cameo, row.converse):
        conversion.problems.append(
            f"{path}:{row.line}: {row.lemma!r} {_describe(row)} is coded {_codes(earlier)} on "
            f"line {earlier.line}; this {_codes(row)} is not used"
        )


def _codes(row: TriggerRow) -> str:
    return f"{row.cameo}:{row.converse}" if row.converse else row.cameo


def _describe(row: TriggerRow) -> str:
    parts = [f"particle {row.particle!r}"] if row.particle else []
    if row.objects:
        parts.append(f"objects {'|'.join(row.objects)}")
    return "with " + ", ".join(parts) if parts else "alone"


def usable_code(
    path: Path,
    number: int,
    raw: str,
    cameo: dict[str, CameoInfo],
    problems: list[str],
    *,
    default: bool = False,
) -> tuple[str, str] | None:
    """The code a row carries and its converse (``""`` if none), or ``None``.

    ``None`` is reported unless it is a default ``[---]``. In ``[A:B]``, ``B`` is the
    event from the target's side: the row's converse (kept even when equal to ``A``:
    "X met Y" [031:031] is also "Y met X").
    """
    raw = "".join(raw.split())
    forward, _, reverse = raw.partition(":")
    if forward == "---":
        if not default:
            problems.append(f"{path}:{number}: [---] (no event) cannot be a trigger row; skipped")
        return None
    info = cameo.get(forward)
    if info is None:
        problems.append(f"{path}:{number}: [{raw}]: {forward!r} is not a CAMEO code; skipped")
        return None
    if info.plover_type is None:
        problems.append(
            f"{path}:{number}: [{raw}]: CAMEO {forward} has no PLOVER type; skipped")
        return None
    if reverse:
        info = cameo.get(reverse)
        if info is None or info.plover_type is None:
            problems.append(
                f"{path}:{number}: [{raw}]: the reverse event {reverse!r} (target to source) "
                "is not a CAMEO code with a PLOVER type; not coded"
            )
            reverse = ""
    return forward, reverse


def pattern_shape(
    body: str, synsets: dict[str, list[str]], lemma_of: Lemmatiser
) -> tuple[str, tuple[str, ...]] | str:
    """``(particle, object words)`` of a pattern, or why it cannot be a trigger row.

    PETRARCH2 brackets phrases: ``{ARMS SHIPMENT}`` is a noun phrase, ``(TO BORDER)``
    a prepositional phrase, so its ``TO`` is a preposition, never an infinitive.
    """
    words = words_of(body.replace("(", " ( ").replace(")", " ) ").replace("{", " ")
                     .replace("}", " "))
    if "*" not in words:
        return "no verb (*)"
    star = words.index("*")
    before = [w for w in words[:star] if w not in _ACTOR_SLOTS and w not in "()"]
    if before:
        return f"words before the verb ({' '.join(before)}) cannot be expressed"
    opens_phrase = words[star + 1:star + 2] == ["("]
    after = _content_words([w for w in words[star + 1:] if w not in "()"])
    particle, pos = "", "NOUN"
    if after and after[0].lower() in PARTICLES:
        particle = after.pop(0).lower()
        if particle == "to" and after and not opens_phrase:
            # "agree to let escape": an infinitive; its verb is the object word
            particle, pos, after = "", "VERB", after[:1]
    if any(w.startswith("&") for w in after[1:]) and not after[0].startswith("&"):
        # a synset after the head's own words ("RESIST &TESTSYN3", "ASSURANCES_ON &TIETYPES")
        # modifies it: the head is among the other words
        after = [w for w in after if not w.startswith("&")]
    heads = _heads(after, synsets, lemma_of, pos)
    if isinstance(heads, str):
        return heads
    if not particle and not heads:
        return "nothing but actor slots after the verb"
    return particle, heads


def _content_words(words: list[str]) -> list[str]:
    """Words after the verb without actor slots, determiners, or prepositions before a slot."""
    out = []
    for index, word in enumerate(words):
        if word in _ACTOR_SLOTS or word.lower() in _DETERMINERS:
            continue
        following = words[index + 1] if index + 1 < len(words) else ""
        if word.lower() in PARTICLES and following in _ACTOR_SLOTS:
            continue  # "FROM $": the preposition introduces an actor, not an object
        out.append(word)
    return out


def _heads(
    words: list[str], synsets: dict[str, list[str]], lemma_of: Lemmatiser, pos: str
) -> tuple[str, ...] | str:
    """Object words: the head of the phrase, each member's head for a synset."""
    if not words:
        return ()
    cut = next((i for i, w in enumerate(words) if i and w.lower() in PARTICLES), len(words))
    head = words[cut - 1]
    if head.startswith("&"):
        try:
            phrases = expand_synset(head[1:], synsets)
        except KeyError as exc:
            return f"unknown synset &{exc.args[0]}"
    else:
        phrases = [head]
    out: list[str] = []
    for phrase in phrases:
        phrase_words = [w for w in words_of(phrase) if w.lower() not in _DETERMINERS]
        if not phrase_words:
            continue
        written = phrase_words[-1].lower()
        # a word after the verb may be a noun or the verb of a complement ("believed
        # LINKED"): the lemmas of both readings are listed, and the word as written
        for word in (lemma_of(written, pos), lemma_of(written, "VERB"), written):
            if word not in out:
                out.append(word)
    return tuple(out)


def expand_synset(name: str, synsets: dict[str, list[str]], depth: int = 0) -> list[str]:
    """Member phrases of a synset, nested synsets (``+&TIETYPES``) expanded."""
    key = name.rstrip("_").upper()
    if key not in synsets or depth > 10:
        raise KeyError(key)
    out: list[str] = []
    for member in synsets[key]:
        if member.startswith("&"):
            out.extend(expand_synset(member[1:], synsets, depth + 1))
        else:
            out.append(member)
    return out


def unique_rows(rows: Iterable[TriggerRow]) -> list[TriggerRow]:
    """Rows of several dictionaries as one file: the first row for a key is kept."""
    seen: dict[tuple[str, str, str, frozenset[str]], TriggerRow] = {}
    for row in rows:
        seen.setdefault(row.key, row)
    return list(seen.values())


def write_triggers(rows: Iterable[TriggerRow], path: Path | str) -> Path:
    """Write rows as a user trigger file (the columns of ``triggers.csv``)."""
    return write_rows(TRIGGER_COLUMNS, (row.cells() for row in rows), path)


# --------------------------------------------------------------------------- discards


@dataclass(frozen=True, slots=True)
class Discard:
    """A discard phrase; ``story`` for a story-level one (``+`` in the file)."""

    words: tuple[str, ...]
    story: bool
    line: int

    def found_in(self, text: str) -> bool:
        """The phrase's words, in order and whole, anywhere in ``text`` (any case)."""
        pattern = r"\s+".join(re.escape(w) for w in self.words)
        return re.search(rf"(?<!\w){pattern}(?!\w)", text, re.IGNORECASE) is not None


def read_discards(path: Path | str) -> list[Discard]:
    """Phrases of a PETRARCH discard file (``+`` = story level; ``_`` joins words)."""
    path = Path(path)
    out = []
    for number, line in _read_lines(path):
        story = line.startswith("+")
        words = tuple(words_of(line.lstrip("+")))
        if words:
            out.append(Discard(words, story, number))
    return out


def discarded_by(text: str, discards: Iterable[Discard]) -> Discard | None:
    """The first discard phrase ``text`` contains, if any.

    A gold record is one sentence standing for its story, so sentence-level and
    story-level phrases both discard it.
    """
    return next((d for d in discards if d.found_in(text)), None)
