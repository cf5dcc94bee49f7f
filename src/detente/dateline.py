"""Article datelines ("BAKU, Dec 5 (Reuters) -"): the filing place and where the dateline ends.

Shared by the ``when`` stage (a dateline's date is the filing date, not an event's)
and the ``where`` stage (the dateline city locates the story's opening events).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DATELINE = re.compile(
    r"\A\s*(?P<place>[A-Z][A-Z'’.\-]+(?:[ /][A-Z][A-Z'’.\-]+)*)"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z.'’\- ]{1,30}?))?"
    r"(?:,\s*(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?))?"
    r"\s*(?:\((?P<agency>[A-Za-z .&-]{2,30})\))?"
    r"\s*(?:-|–|—|--)\s+"
)


@dataclass(frozen=True, slots=True)
class Dateline:
    """An article-initial dateline: its place as written and the character span it covers."""

    place: str
    end: int
    # A date or an agency "(Reuters)" after the place: a bare "US - China talks" opening
    # a text is a headline-like phrase, not a dateline, unless it has one of them.
    has_detail: bool = False


#: How far into a text a dateline may reach: :func:`find_dateline` reads no further.
DATELINE_CHARS = 200


def find_dateline(text: str) -> Dateline | None:
    """The dateline opening ``text``, if any (an upper-case place, then a dash)."""
    m = DATELINE.match(text[:DATELINE_CHARS])
    if m is None:
        return None
    return Dateline(place=m["place"], end=m.end(), has_detail=bool(m["date"] or m["agency"]))
