"""Naming a dyad and selecting its events.

A side of a dyad is a country code (``AZE``), a PLOVER non-state code (``IGO``)
or a full actor code (``AZEGOV``): it matches an event's actor when either the
country or the whole code equals it, as :meth:`EventStore.query_events` does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

from ..errors import AnalyticsError

Period = Literal["day", "week", "month"]
PERIODS: tuple[str, ...] = ("day", "week", "month")

_SIDE = re.compile(r"^[A-Z-]{3}[A-Z]{0,9}$")

#: How a period label is read back as a step in SQL ``generate_series``.
PERIOD_INTERVALS: dict[str, str] = {"day": "1 day", "week": "7 days", "month": "1 month"}


@dataclass(frozen=True, slots=True)
class Dyad:
    """Two sides; ``a`` is the one named first (direction ``A>B`` means a acts on b)."""

    a: str
    b: str

    @classmethod
    def parse(cls, a: str, b: str) -> Dyad:
        sides = (a.strip().upper(), b.strip().upper())
        for side in sides:
            if not _SIDE.match(side):
                raise AnalyticsError(
                    f"dyad side {side!r} is not a country or actor code (e.g. AZE, USAGOV)"
                )
        if sides[0] == sides[1]:
            raise AnalyticsError(f"dyad {sides[0]}-{sides[1]} names the same side twice")
        return cls(*sides)

    @property
    def label(self) -> str:
        return f"{self.a}-{self.b}"


def side_matches(role: str, param: str) -> str:
    """SQL test that the ``role`` (actor/recipient) of a row is the side bound to ``param``."""
    return f"({role}_country = {param} OR {role}_code = {param})"


def direction_sql() -> str:
    """SQL expression labelling a row of the dyad ``$a``/``$b`` with its direction."""
    return (
        f"CASE WHEN {side_matches('actor', '$a')} AND {side_matches('recipient', '$b')} "
        "THEN 'A>B' ELSE 'B>A' END"
    )


def dyad_filter_sql() -> str:
    """SQL predicate: the row is an event between ``$a`` and ``$b``, either way round."""
    return (
        f"(({side_matches('actor', '$a')} AND {side_matches('recipient', '$b')}) OR "
        f"({side_matches('actor', '$b')} AND {side_matches('recipient', '$a')}))"
    )


def check_period(by: str) -> Period:
    if by not in PERIODS:
        raise AnalyticsError(f"period {by!r} is not one of {', '.join(PERIODS)}")
    return by  # type: ignore[return-value]


def check_range(since: date | None, until: date | None) -> None:
    if since and until and since > until:
        raise AnalyticsError(f"--since {since} is after --until {until}")
