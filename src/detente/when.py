"""The ``when`` stage: give each event reading the date its sentence states.

Two parts, kept apart so each can be tested alone:

* :func:`resolve_expression` turns one short date expression ("on Tuesday",
  "December 5", "last month", "in 2019") into a :class:`ResolvedDate`, relative
  to the publication date. Every expression denotes an interval of days; the
  precision is the finest calendar unit (day, month, year) that contains the
  whole interval, and the date is the first day of that unit (a month is
  stored as its 1st, a year as 1 January). An interval that spans two years
  ("the 1990s", "2023-24") states no usable date and resolves to ``None``. A
  range of named days ("on Saturday and Sunday", "December 3-4") is dated by its
  first day, the day the event began.
* :func:`assign_dates` finds the date expressions of an event's sentence
  (spaCy DATE/TIME entities, plus weekday and "yesterday"-type words the
  tagger missed) and picks the one attached closest to the event's trigger in
  the dependency tree. Dates that belong to something else are never taken:
  a year naming a thing ("the Freedom Support Act of 1992", "the 2020 war"), a
  date inside a clause embedded under the event ("the plan, first made in
  2019"), a date bounding a span ("since 2020", "by 2030") and the dateline's
  filing date. No expression, no date: the reading keeps ``date=None`` and
  precision ``"unknown"``; the analytics layer falls back to publication day.

Resolution is cached, so an article costs a few dictionary look-ups per date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from .attachment import attachment_rank, heads_clause, is_ancestor, trigger_token
from .dateline import find_dateline
from .records import Article, EventMention

# ---------------------------------------------------------------------------
# Resolving one expression
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ResolvedDate:
    """A resolved expression: ``date`` is the first day of its ``precision`` unit."""

    date: date
    precision: str  # "day" | "month" | "year"


MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
WEEKDAYS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        [
            ("monday", "mon"),
            ("tuesday", "tue", "tues"),
            ("wednesday", "wed"),
            ("thursday", "thu", "thurs"),
            ("friday", "fri"),
            ("saturday", "sat"),
            ("sunday", "sun"),
        ]
    )
    for name in names
}
NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip

_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY_RE = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_ORD = r"(?:st|nd|rd|th)?"

# Words around a core expression that keep or coarsen it but do not move it:
# "late on Tuesday", "early March", "the end of 2023", "Tuesday night".
_LEADING_QUALIFIER = re.compile(
    r"^(?:(?:on|in|at|during|the|of|late|early|earlier|later|mid|middle|around|about|"
    r"sometime|some time|end|beginning|start|first|second|third|fourth|final|"
    r"half|week|weekend|night|morning|afternoon|evening)[\s-]+)+"
)
_TRAILING_QUALIFIER = re.compile(
    r"(?:[\s,]+(?:morning|afternoon|evening|night|overnight|local time|\(local time\)|"
    r"gmt|utc))+$"
)
# A clock time after the day ("December 5 at 3 p.m.", "Tuesday at 14:30 GMT").
_CLOCK_TIME = re.compile(
    r"(?:,?\s+(?:at\s+)?(?:about\s+|around\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)"
    r"|,?\s+at\s+\d{1,2}:\d{2}|,?\s+at\s+(?:noon|midnight|dawn|dusk))"
    r"(?:\s*\(?(?:gmt|utc|local time)\)?)?$"
)
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH_DAY = re.compile(
    rf"^(?:(?:{_WEEKDAY_RE})\.?,?\s+)?({_MONTH_RE})\.?\s+(\d{{1,2}}){_ORD}"
    rf"(?:\s*(?:-|–|and|to)\s*\d{{1,2}}{_ORD})?(?:,?\s+(\d{{4}}))?$"
)
_DAY_MONTH = re.compile(
    rf"^(?:(?:{_WEEKDAY_RE})\.?,?\s+)?(\d{{1,2}}){_ORD}(?:\s*(?:-|–|and|to)\s*\d{{1,2}}{_ORD})?"
    rf"\s+(?:of\s+)?({_MONTH_RE})\.?(?:,?\s+(\d{{4}}))?$"
)
_MONTH_YEAR = re.compile(
    rf"^(last|this|next|past)?\s*({_MONTH_RE})\.?(?:,?\s+(?:of\s+)?(\d{{4}}))?$"
)
_YEAR = re.compile(r"^(?:the year\s+)?(\d{4})$")
_WEEKDAY = re.compile(rf"^(last|this|next|past|coming)?\s*({_WEEKDAY_RE})\.?$")
_AGO = re.compile(r"^(\d+|[a-z]+)\s+(day|week|month|year)s?\s+ago$")
_PAST_N = re.compile(r"^(?:the\s+)?(?:past|last)\s+(\d+|[a-z]+)\s+(day|week)s?$")
_UNIT = re.compile(r"^(last|this|next|past|coming)\s+(week|month|year|weekend)$")
_RANGE_SPLIT = re.compile(r"\s+(?:and|to|through|until|till)\s+|\s*[-–]\s+")
_NUMERIC = re.compile(r"^\d{1,2}[./]\d{1,2}[./]\d{2,4}$|^\d{4}/\d{1,2}/\d{1,2}$")
_DAY_WORDS: dict[str, int] = {
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "earlier today": 0, "later today": 0, "yesterday": -1, "last night": -1,
    "the day before yesterday": -2, "tomorrow": 1, "the day after tomorrow": 2,
}  # fmt: skip
_FORWARD_WORDS = ("next", "coming", "tomorrow", "later this", "later today")


def _clean(text: str) -> str:
    text = text.lower().replace("’", "'").replace("\u2011", "-")
    text = re.sub(r"'s$", "", text)  # "Tuesday's"
    return re.sub(r"\s+", " ", text).strip(" .,;:()")


def normalize_expression(text: str) -> str:
    """Lower-case, straighten quotes, drop qualifiers that do not move the date."""
    text = _CLOCK_TIME.sub("", _clean(text))
    text = _TRAILING_QUALIFIER.sub("", text).strip(" .,")
    if text not in _DAY_WORDS:
        text = _LEADING_QUALIFIER.sub("", text).strip(" .,")
    return text


def _unit_value(start: date, end: date) -> ResolvedDate | None:
    """The finest unit that holds all of ``[start, end]`` (see the module docstring)."""
    if start == end:
        return ResolvedDate(start, "day")
    if (start.year, start.month) == (end.year, end.month):
        return ResolvedDate(start.replace(day=1), "month")
    if start.year == end.year:
        return ResolvedDate(date(start.year, 1, 1), "year")
    return None


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _count(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_day(month: int, day: int, year: str | None, base: date | None, forward: bool
               ) -> ResolvedDate | None:
    """A day of a month; without a year, its nearest occurrence before (or after) ``base``."""
    if year:
        found = _safe_date(int(year), month, day)
        return ResolvedDate(found, "day") if found else None
    if base is None or _safe_date(2000, month, day) is None:  # 2000: leap, so 29 Feb passes
        return None
    for candidate_year in ((base.year, base.year + 1) if forward else (base.year, base.year - 1)):
        found = _safe_date(candidate_year, month, day)
        if found and (found >= base if forward else found <= base):
            return ResolvedDate(found, "day")
    return None


def _month(qualifier: str | None, month: int, year: str | None, base: date | None,
           forward: bool) -> ResolvedDate | None:
    """A month; without a year, its latest occurrence not after ``base`` (or next, forward)."""
    if year:
        return ResolvedDate(date(int(year), month, 1), "month")
    if base is None:
        return None
    # "last March" / "next March" never mean the current month; bare "March" may.
    current_counts = qualifier not in ("last", "past", "next")
    if qualifier == "next" or (forward and qualifier not in ("last", "past")):
        ahead = month > base.month or (month == base.month and current_counts)
        return ResolvedDate(date(base.year if ahead else base.year + 1, month, 1), "month")
    behind = month < base.month or (month == base.month and current_counts)
    return ResolvedDate(date(base.year if behind else base.year - 1, month, 1), "month")


def _weekday(qualifier: str | None, weekday: int, base: date, forward: bool) -> ResolvedDate:
    if qualifier in ("next", "coming") or (forward and qualifier not in ("last", "past")):
        ahead = (weekday - base.weekday()) % 7
        if ahead == 0 and qualifier in ("next", "coming"):
            ahead = 7
        return ResolvedDate(base + timedelta(days=ahead), "day")
    back = (base.weekday() - weekday) % 7
    if back == 0 and qualifier in ("last", "past"):
        back = 7
    return ResolvedDate(base - timedelta(days=back), "day")


def _week_containing(day: date) -> tuple[date, date]:
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def _unit(qualifier: str, unit: str, base: date, forward: bool) -> ResolvedDate | None:
    """"last week", "this month", "earlier this year", "the weekend"..."""
    step = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(qualifier, 0)
    if unit == "year":
        return ResolvedDate(date(base.year + step, 1, 1), "year")
    if unit == "month":
        y, m = _shift_month(base.year, base.month, step)
        return ResolvedDate(date(y, m, 1), "month")
    if unit == "weekend":
        saturday = base - timedelta(days=(base.weekday() - 5) % 7)
        if step > 0 or (forward and step == 0 and base.weekday() < 5):
            saturday += timedelta(days=7)
        elif step < 0 and base.weekday() >= 5:
            saturday -= timedelta(days=7)
        return _unit_value(saturday, saturday + timedelta(days=1))
    monday, sunday = _week_containing(base + timedelta(days=7 * step))
    if step == 0:  # "this week": only the part already past (or, if forward, still to come)
        monday, sunday = (base, sunday) if forward else (monday, base)
    return _unit_value(monday, sunday)


def _ago(amount: int, unit: str, base: date) -> ResolvedDate | None:
    if unit == "day":
        return ResolvedDate(base - timedelta(days=amount), "day")
    if unit == "week":
        return _unit_value(*_week_containing(base - timedelta(days=7 * amount)))
    if unit == "month":
        y, m = _shift_month(base.year, base.month, -amount)
        return ResolvedDate(date(y, m, 1), "month")
    return ResolvedDate(date(base.year - amount, 1, 1), "year")


def _plausible_year(year: int) -> bool:
    # Four-digit numbers outside this range are counts or codes, not years of events.
    return 1800 <= year <= 2100


def _dateparser_fallback(text: str, base: date | None) -> ResolvedDate | None:
    """Numeric dates (12/05/2024, 5.12.2024): left to dateparser, English month-first."""
    import dateparser  # imported lazily: most articles never need it

    settings: dict[str, object] = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    if parsed is None or not _plausible_year(parsed.year):
        return None
    return ResolvedDate(parsed.date(), "day")


@lru_cache(maxsize=8192)
def resolve_expression(text: str, published: date | None, forward: bool = False
                       ) -> ResolvedDate | None:
    """Resolve one date expression against the publication date.

    ``forward`` resolves an underspecified expression ("Tuesday", "March") to
    its next occurrence instead of its last one: the caller sets it for events
    reported as future. Relative expressions need ``published``; without it
    only self-contained dates ("5 December 2024", "2019") resolve.
    """
    norm = normalize_expression(text)
    if not norm:
        return None
    # "later this week", "next Tuesday": the words themselves point forward
    forward = forward or _clean(text).startswith(_FORWARD_WORDS)
    base = published
    if norm in _DAY_WORDS:
        return ResolvedDate(base + timedelta(days=_DAY_WORDS[norm]), "day") if base else None
    if m := _ISO.match(norm):
        found = _safe_date(int(m[1]), int(m[2]), int(m[3]))
        return ResolvedDate(found, "day") if found else None
    if m := _MONTH_DAY.match(norm):
        return _month_day(MONTHS[m[1]], int(m[2]), m[3], base, forward)
    if m := _DAY_MONTH.match(norm):
        return _month_day(MONTHS[m[2]], int(m[1]), m[3], base, forward)
    if m := _MONTH_YEAR.match(norm):
        return _month(m[1], MONTHS[m[2]], m[3], base, forward)
    if m := _YEAR.match(norm):
        year = int(m[1])
        return ResolvedDate(date(year, 1, 1), "year") if _plausible_year(year) else None
    if _NUMERIC.match(norm):
        return _dateparser_fallback(norm, base)
    if len(parts := _RANGE_SPLIT.split(norm, maxsplit=1)) == 2:
        # "Saturday and Sunday", "March 3 to March 5": the event began on the first
        return resolve_expression(parts[0], published, forward)
    if base is None:
        return None
    if m := _WEEKDAY.match(norm):
        return _weekday(m[1], WEEKDAYS[m[2]], base, forward)
    if m := _UNIT.match(norm):
        return _unit(m[1], m[2], base, forward)
    if norm == "weekend":  # "over the weekend"
        return _unit("this", "weekend", base, forward)
    if (m := _AGO.match(norm)) and (amount := _count(m[1])) is not None:
        return _ago(amount, m[2], base)
    if (m := _PAST_N.match(norm)) and (amount := _count(m[1])) is not None:
        days = amount * (7 if m[2] == "week" else 1)
        return _unit_value(base - timedelta(days=days), base)
    return None


# Resolving against an arbitrary day tells whether a text is a date at all, and how fine.
_ANY_DAY = date(2001, 1, 1)
_FINENESS = {"day": 0, "month": 1, "year": 2}


# ---------------------------------------------------------------------------
# Candidates in a parsed document, and the stage entry point
# ---------------------------------------------------------------------------

# Prepositions whose date bounds a span or points elsewhere rather than placing the event.
_BOUNDING_PREPS = frozenset({
    "since", "until", "till", "by", "before", "after", "from", "to", "through", "between",
    "within", "ahead", "prior", "than", "toward", "towards", "beyond", "past", "despite",
})  # fmt: skip
# Dependency labels of a phrase modifying a noun ("the 2020 war", "Tuesday's vote").
_NOUN_MODIFIER_DEPS = frozenset({"compound", "nummod", "amod", "poss", "nmod", "appos"})
_NOUN_POS = frozenset({"NOUN", "PROPN", "PRON"})
# Single words that name a day even when the entity recognizer misses them.
_LONE_DAY_WORDS = frozenset({*(k for k in WEEKDAYS if len(k) > 4), "yesterday", "today", "tonight"})


# Nouns naming a stretch of time: "the early hours of Monday" is a date phrase as a whole.
_TIME_NOUNS = frozenset({
    "hour", "morning", "afternoon", "evening", "night", "day", "week", "weekend", "month",
    "year", "end", "beginning", "start", "middle", "half", "part", "dawn",
})  # fmt: skip


@dataclass(frozen=True, slots=True)
class DateCandidate:
    """A date expression of the doc: its text, where it is, what it attaches to."""

    text: str
    start: int  # character offsets in the doc text
    end: int
    anchor: int  # token index the expression hangs from
    noun_modifier: bool  # True when it modifies a noun ("Act of 1992", "Tuesday's vote")
    bounded_by: int | None  # token index of a bounding preposition above it ("since", "after")


def _anchor_of(root: Token) -> tuple[Token, bool]:
    """The token a date phrase attaches to, and whether it attaches as a noun modifier."""
    while True:
        head = root.head
        if root.dep_ == "pobj":  # the preposition may be tagged ADP or SCONJ ("since")
            owner = head.head
            if head.lower_ == "of" and owner.lemma_ in _TIME_NOUNS and owner.i != root.i:
                root = owner
                continue
            return owner, head.lower_ == "of" and owner.pos_ in _NOUN_POS
        if root.dep_ in _NOUN_MODIFIER_DEPS and head.pos_ in _NOUN_POS:
            if head.lemma_ in _TIME_NOUNS:
                root = head
                continue
            return head, True
        return (root if head.i == root.i else head), False


def _bounding_prep(root: Token) -> Token | None:
    """The nearest preposition above ``root`` in its clause that bounds a span (or None)."""
    for token in root.ancestors:
        if token.dep_ in ("prep", "agent") and token.lower_ in _BOUNDING_PREPS:
            return token
        if heads_clause(token):
            return None
    return None


def _lone_day_words(doc: Doc) -> list[int]:
    """Indices of the tokens that are a lone day word, found in the doc's column of
    lower-case forms (string hashes) so that no Token object is built for the others."""
    wanted = {doc.vocab.strings[word] for word in _LONE_DAY_WORDS}
    return [i for i, lower in enumerate(doc.to_array(LOWER).tolist()) if lower in wanted]


def date_candidates(doc: Doc, skip_before: int = 0) -> list[DateCandidate]:
    """Every date-like expression of ``doc`` starting at or after ``skip_before``."""
    spans: list[Span] = [e for e in doc.ents if e.label_ in ("DATE", "TIME")]
    covered = {i for e in doc.ents for i in range(e.start, e.end)}
    spans += [doc[i : i + 1] for i in _lone_day_words(doc) if i not in covered]
    out = []
    for span in spans:
        if span.start_char < skip_before:
            continue
        anchor, noun_modifier = _anchor_of(span.root)
        bound = _bounding_prep(span.root)
        out.append(DateCandidate(
            span.text, span.start_char, span.end_char, anchor.i, noun_modifier,
            bound.i if bound is not None else None,
        ))
    return out


def _best_date(doc: Doc, reading: EventMention, candidates: Sequence[DateCandidate],
               published: date | None) -> ResolvedDate | None:
    trigger = trigger_token(doc, reading)
    if trigger is None:
        return None
    ev = reading.evidence
    ranked = []
    for cand in candidates:
        if cand.start < ev.start or cand.end > ev.end:
            continue
        if cand.noun_modifier and cand.anchor != trigger.i:
            continue  # it dates another noun's referent, not this event
        rank = attachment_rank(trigger, doc[cand.anchor])
        shape = resolve_expression(cand.text, _ANY_DAY)
        if rank is None or shape is None:
            continue  # not attached to this event, or a duration ("three days") not a date
        # "since 2020", "after the elections due in 2026": a bound of the event, not its date
        bound = cand.bounded_by is not None and not is_ancestor(doc[cand.bounded_by], trigger)
        tier, distance, linear = rank
        # Equally close dates refine each other ("in 2024 on Tuesday"): the finer one wins.
        ranked.append(((tier, distance, _FINENESS[shape.precision], linear), bound, cand.text))
    if not ranked:
        return None
    # The closest date is the event's, even when it cannot be placed without a
    # publication date ("on Monday") or only bounds it ("has held since 2020, diplomats
    # said on Monday"): a farther one would be another event's date.
    (tier, *_), bound, closest = min(ranked)
    if bound:
        return None
    # A future event looks forward only from a date of its own clause; a governing
    # clause's date ("will withdraw, Macron said on Sunday") is that of the saying.
    forward = reading.modality == "future" and tier == 0
    return resolve_expression(closest, published, forward)


def assign_dates(doc: Doc, readings: list[EventMention], article: Article) -> list[EventMention]:
    """Set ``date``/``date_precision`` on each reading from its own sentence (in place)."""
    if not readings:
        return readings
    dateline = find_dateline(article.text)
    candidates = date_candidates(doc, skip_before=dateline.end if dateline else 0)
    for reading in readings:
        resolved = _best_date(doc, reading, candidates, article.published)
        if resolved is None:
            reading.date, reading.date_precision = None, "unknown"
        else:
            reading.date, reading.date_precision = resolved.date, resolved.precision
    return readings
