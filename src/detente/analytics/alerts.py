"""Alerts: when a dyad's relations shift, or something new happens between two countries.

Two detectors run over asserted events between two different countries (dyads
are unordered country pairs for shifts, ordered actor -> recipient for new types):

Shift (rolling z-score on the weekly raw score)
    ``R_w`` is the week's raw relations score of the pair, cooperation minus
    conflict exactly as in :mod:`detente.analytics.series` (clusters of reports,
    ``|G| (1 + ln n_sources)``, both directions summed; empty weeks are 0). Against
    the ``window`` weeks before it::

        z_w = (R_w - mean(R_{w-window..w-1})) / max(sd(R_{w-window..w-1}), min_sd)

    A week is flagged when ``|z_w| >= threshold``, the baseline window is full
    (the pair was observed ``window`` weeks earlier), the week has at least
    ``min_events`` asserted events, and the change holds: the next week, measured
    against the same baseline, is still ``confirm`` standard deviations away on
    the same side. A shift is a change that lasts; a one-week spike (one summit,
    one incident) is what the new-type alerts and the series are for. The latest
    week cannot be confirmed yet: it is reported with ``provisional = True``.
    Only the first week of a run of flagged weeks of the same sign becomes an
    alert, so a lasting change is reported once, at its onset. ``min_sd``
    (default 5, about one mid-weight event: mean |Goldstein| over the PLOVER
    types is near 5) keeps a quiet pair's small variance from turning one or two
    events into a huge z.

    Defaults (window 12, threshold 3.5, confirm 2) were chosen on the synthetic
    corpus of ``bench/synthetic.py``: over 8 seeds x 39 stationary dyads they
    flag no control week while finding every planted shift in its first week.

New type
    An asserted event of a watched type for an ordered pair (``USA -> AZE
    SANCTION``) with no event of that type for the same pair in the
    ``lookback_days`` before it. By default the watched types are those of
    material conflict (quad class 4: protest, sanction, mobilize, coerce,
    assault), the escalations worth flagging the first time they happen;
    ``watch_quads`` / ``watch_types`` widen or narrow that. "New" needs a
    record to be new against: the pair must have been observed at least
    ``min_history_days`` (28) before, otherwise the start of a store's coverage
    would flag every type. ``history_days`` says how long the pair had been
    observed, so "first in a year" and "first since records begin" are told apart.

Every alert carries the events that caused it, with their evidence sentences.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

import duckdb

from ..errors import AnalyticsError
from .series import cluster_weight_sql, quad_sign_sql


@dataclass(frozen=True, slots=True)
class AlertConfig:
    window: int = 12  # baseline weeks
    threshold: float = 3.5  # |z| that flags a week
    confirm: float = 2.0  # z the following week must keep, on the same side
    min_sd: float = 5.0  # floor on the baseline standard deviation (one mid-weight event)
    min_events: int = 3  # asserted events the flagged week needs
    lookback_days: int = 365  # "first X in a year"
    watch_quads: tuple[int, ...] = (4,)
    min_history_days: int = 28  # "new" needs a record: the pair seen this long before
    watch_types: tuple[str, ...] = ()  # explicit types; overrides watch_quads when set
    max_events: int = 10  # events listed per alert

    def check(self) -> None:
        if self.window < 2:
            raise AnalyticsError(f"alert window {self.window} must be at least 2 weeks")
        if self.threshold <= 0 or self.min_sd <= 0 or self.confirm < 0:
            raise AnalyticsError("alert threshold and min_sd must be positive, confirm >= 0")
        if (self.min_events < 0 or self.lookback_days < 1 or self.max_events < 1
                or self.min_history_days < 0):
            raise AnalyticsError(
                "alert settings need min_events >= 0, lookback_days >= 1, max_events >= 1, "
                "min_history_days >= 0"
            )


@dataclass(frozen=True, slots=True)
class AlertEvent:
    event_id: str
    day: date | None
    actor: str | None
    recipient: str | None
    event_type: str
    cameo: str
    goldstein: float
    source: str | None
    article_id: str
    sentences: tuple[str, ...]


@dataclass(slots=True)
class Alert:
    kind: str  # "shift" or "new_type"
    side1: str
    side2: str
    period: date  # week start (shift) or day (new type)
    message: str
    change: str | None = None  # "deterioration" / "improvement" for shifts
    provisional: bool = False  # a shift in the latest week, not yet confirmed
    z: float | None = None
    score: float | None = None
    baseline_mean: float | None = None
    baseline_sd: float | None = None
    event_type: str | None = None
    history_days: int | None = None
    events: list[AlertEvent] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["period"] = self.period.isoformat()
        for e in d["events"]:
            e["day"] = e["day"].isoformat() if e["day"] else None
            e["sentences"] = list(e["sentences"])
        return d


_PAIR_EVENTS = """
    SELECT least(actor_country, recipient_country) AS side1,
           greatest(actor_country, recipient_country) AS side2,
           actor_country, recipient_country, day, event_type, cameo, quad_class, goldstein,
           coalesce(source, article_id) AS outlet
    FROM events
    WHERE modality = 'asserted' AND day IS NOT NULL AND actor_country IS NOT NULL
      AND recipient_country IS NOT NULL AND actor_country <> recipient_country
      AND ($until::DATE IS NULL OR day <= $until::DATE)
"""


def _shift_sql() -> str:
    weight = cluster_weight_sql("goldstein", "n_sources")
    return f"""
WITH ev AS ({_PAIR_EVENTS}),
reports AS (    -- one row per outlet and happening: cheaper than count(DISTINCT) on 10M rows
    SELECT side1, side2, actor_country, day, cameo, outlet, min(quad_class) AS quad_class,
           sum(goldstein) AS goldstein_sum, count(*) AS n_events
    FROM ev GROUP BY side1, side2, actor_country, day, cameo, outlet
),
clusters AS (
    SELECT side1, side2, CAST(date_trunc('week', day) AS DATE) AS week,
           min(quad_class) AS quad_class, sum(goldstein_sum) / sum(n_events) AS goldstein,
           count(*) AS n_sources, sum(n_events) AS n_events
    FROM reports GROUP BY side1, side2, actor_country, day, cameo
),
weekly AS (
    SELECT side1, side2, week, sum({quad_sign_sql('quad_class')} * {weight}) AS score,
           sum(n_events) AS n_events
    FROM clusters GROUP BY side1, side2, week
),
last_week AS (SELECT max(week) AS hi FROM weekly),
calendar AS (
    SELECT side1, side2,
           CAST(unnest(generate_series(min(week), any_value(hi), INTERVAL '7 days')) AS DATE)
               AS week
    FROM weekly, last_week GROUP BY side1, side2
),
filled AS (
    SELECT c.side1, c.side2, c.week, coalesce(w.score, 0) AS score,
           coalesce(w.n_events, 0) AS n_events
    FROM calendar c LEFT JOIN weekly w USING (side1, side2, week)
),
scored AS (
    SELECT *,
           avg(score) OVER base AS base_mean,
           coalesce(stddev_samp(score) OVER base, 0) AS base_sd,
           count(*) OVER base AS base_weeks,
           lead(score) OVER (PARTITION BY side1, side2 ORDER BY week) AS next_score
    FROM filled
    WINDOW base AS (PARTITION BY side1, side2 ORDER BY week
                    ROWS BETWEEN $window PRECEDING AND 1 PRECEDING)
),
standardised AS (
    SELECT *, (score - base_mean) / greatest(base_sd, $min_sd) AS z,
           (next_score - base_mean) / greatest(base_sd, $min_sd) AS next_z
    FROM scored
),
flagged AS (
    SELECT *,
           CASE WHEN base_weeks >= $window AND n_events >= $min_events
                     AND abs(z) >= $threshold
                     AND (next_z IS NULL OR sign(z) * next_z >= $confirm)
                THEN sign(z) ELSE 0 END AS flag
    FROM standardised
),
onsets AS (
    SELECT *, lag(flag, 1, 0) OVER (PARTITION BY side1, side2 ORDER BY week) AS prev_flag
    FROM flagged
)
SELECT side1, side2, week, score, base_mean, base_sd, z, n_events, next_z IS NULL
FROM onsets
WHERE flag <> 0 AND flag <> prev_flag
  AND ($since IS NULL OR week >= date_trunc('week', $since::DATE))
  AND ($side1 IS NULL OR (side1 = $side1 AND side2 = $side2))
ORDER BY week, side1, side2
"""


def _new_type_sql() -> str:
    return f"""
WITH ev AS ({_PAIR_EVENTS}),
history AS (
    SELECT side1, side2, min(day) AS first_day FROM ev GROUP BY side1, side2
),
watched AS (
    SELECT DISTINCT side1, side2, actor_country, recipient_country, event_type, day
    FROM ev
    WHERE CASE WHEN len($watch_types) > 0 THEN list_contains($watch_types, event_type)
               ELSE list_contains($watch_quads, quad_class) END
),
gaps AS (
    SELECT *, lag(day) OVER (PARTITION BY actor_country, recipient_country, event_type
                             ORDER BY day) AS previous_day
    FROM watched
)
SELECT g.side1, g.side2, g.actor_country, g.recipient_country, g.event_type, g.day,
       g.previous_day, (g.day - h.first_day) AS history_days
FROM gaps g JOIN history h USING (side1, side2)
WHERE (g.previous_day IS NULL OR g.day - g.previous_day > $lookback)
  AND g.day - h.first_day >= $min_history
  AND ($since IS NULL OR g.day >= $since)
  AND ($side1 IS NULL OR (g.side1 = $side1 AND g.side2 = $side2))
ORDER BY g.day, g.side1, g.side2, g.event_type
"""


def evidence_sentences(evidence_json: str | None) -> tuple[str, ...]:
    """Evidence sentences, whitespace collapsed, each distinct one once, in order."""
    shown: list[str] = []
    for item in json.loads(evidence_json or "[]"):
        sentence = " ".join(str(item.get("sentence") or "").split())
        if sentence and sentence not in shown:
            shown.append(sentence)
    return tuple(shown)


_EVENT_COLUMNS = ("e.event_id, e.day, e.actor_country, e.recipient_country, e.event_type, "
                  "e.cameo, e.goldstein, e.source, e.article_id, e.evidence")


def _alert_event(row: tuple[Any, ...]) -> AlertEvent:
    return AlertEvent(event_id=row[0], day=row[1], actor=row[2], recipient=row[3],
                      event_type=row[4], cameo=row[5], goldstein=row[6], source=row[7],
                      article_id=row[8], sentences=evidence_sentences(row[9]))


def _group_by_key(rows: list[tuple[Any, ...]]) -> dict[int, list[AlertEvent]]:
    """Rows ``(key, *event columns)`` as events per key, in row order."""
    grouped: dict[int, list[AlertEvent]] = {}
    for row in rows:
        grouped.setdefault(int(row[0]), []).append(_alert_event(row[1:]))
    return grouped


def _shift_events(
    con: duckdb.DuckDBPyConnection, shifts: list[tuple[Any, ...]], cfg: AlertConfig
) -> dict[int, list[AlertEvent]]:
    """The events of each shift's pair and week (one scan for all shifts), worst first
    for a deterioration and best first for an improvement."""
    if not shifts:
        return {}
    rows = con.execute(
        f"""WITH keys AS (
            SELECT unnest($key) AS key, unnest($s1) AS s1, unnest($s2) AS s2,
                   unnest($week) AS week, unnest($direction) AS direction
        )
        SELECT k.key, {_EVENT_COLUMNS}
        FROM events e JOIN keys k
          ON least(e.actor_country, e.recipient_country) = k.s1
         AND greatest(e.actor_country, e.recipient_country) = k.s2
         AND e.day >= k.week AND e.day < k.week + INTERVAL 7 DAY
        WHERE e.modality = 'asserted'
        QUALIFY row_number() OVER (PARTITION BY k.key
                                   ORDER BY e.goldstein * k.direction, e.day, e.event_id)
                <= {int(cfg.max_events)}
        ORDER BY k.key, e.goldstein * k.direction, e.day, e.event_id""",
        {
            "key": list(range(len(shifts))),
            "s1": [r[0] for r in shifts],
            "s2": [r[1] for r in shifts],
            "week": [r[2] for r in shifts],
            "direction": [1 if r[6] < 0 else -1 for r in shifts],
        },
    ).fetchall()
    return _group_by_key(rows)


def _new_type_events(
    con: duckdb.DuckDBPyConnection, firsts: list[tuple[Any, ...]], cfg: AlertConfig
) -> dict[int, list[AlertEvent]]:
    """The events of each new-type alert: that pair, type and day (one scan for all)."""
    if not firsts:
        return {}
    rows = con.execute(
        f"""WITH keys AS (
            SELECT unnest($key) AS key, unnest($actor) AS actor,
                   unnest($recipient) AS recipient, unnest($type) AS event_type,
                   unnest($day) AS day
        )
        SELECT k.key, {_EVENT_COLUMNS}
        FROM events e JOIN keys k
          ON e.actor_country = k.actor AND e.recipient_country = k.recipient
         AND e.event_type = k.event_type AND e.day = k.day
        WHERE e.modality = 'asserted'
        QUALIFY row_number() OVER (PARTITION BY k.key ORDER BY e.goldstein, e.event_id)
                <= {int(cfg.max_events)}
        ORDER BY k.key, e.goldstein, e.event_id""",
        {
            "key": list(range(len(firsts))),
            "actor": [r[2] for r in firsts],
            "recipient": [r[3] for r in firsts],
            "type": [r[4] for r in firsts],
            "day": [r[5] for r in firsts],
        },
    ).fetchall()
    return _group_by_key(rows)


def _shift_alert(row: tuple[Any, ...], events: list[AlertEvent]) -> Alert:
    side1, side2, week, score, mean, sd, z, n_events, provisional = row
    change = "deterioration" if z < 0 else "improvement"
    message = (
        f"{side1}-{side2}: {change} in the week of {week.isoformat()} "
        f"(score {score:+.1f} vs baseline {mean:+.1f} ± {sd:.1f}, z = {z:+.1f}, "
        f"{n_events} events){', provisional: latest week' if provisional else ''}"
    )
    return Alert("shift", side1, side2, week, message, change=change,
                 provisional=bool(provisional), z=round(z, 3),
                 score=round(score, 3), baseline_mean=round(mean, 3),
                 baseline_sd=round(sd, 3), events=events)


def _new_type_alert(row: tuple[Any, ...], events: list[AlertEvent], cfg: AlertConfig) -> Alert:
    side1, side2, actor, recipient, event_type, day, previous_day, history_days = row
    if previous_day is not None:
        since_text = f"first since {previous_day.isoformat()}"
    elif history_days >= cfg.lookback_days:
        since_text = f"first in {cfg.lookback_days} days"
    else:
        since_text = f"first since records of this pair begin ({history_days} days)"
    message = f"{actor}->{recipient}: {event_type} on {day.isoformat()}, {since_text}"
    return Alert("new_type", side1, side2, day, message, event_type=event_type,
                 history_days=int(history_days), events=events)


def find_alerts(
    con: duckdb.DuckDBPyConnection,
    *,
    since: date | None = None,
    until: date | None = None,
    pair: tuple[str, str] | None = None,
    config: AlertConfig | None = None,
) -> list[Alert]:
    """Shift and new-type alerts (on or after ``since``), oldest first.

    ``pair`` restricts them to one country pair (either order). History before
    ``since`` is still read: it is the baseline.
    """
    cfg = config or AlertConfig()
    cfg.check()
    side1, side2 = sorted(p.upper() for p in pair) if pair else (None, None)
    common = {"since": since, "until": until, "side1": side1, "side2": side2}
    try:
        shift_rows = con.execute(_shift_sql(), {
            **common, "window": cfg.window, "threshold": cfg.threshold, "confirm": cfg.confirm,
            "min_sd": cfg.min_sd, "min_events": cfg.min_events,
        }).fetchall()
        new_rows = con.execute(_new_type_sql(), {
            **common, "lookback": cfg.lookback_days, "min_history": cfg.min_history_days,
            "watch_types": [t.upper() for t in cfg.watch_types],
            "watch_quads": list(cfg.watch_quads),
        }).fetchall()
        shift_events = _shift_events(con, shift_rows, cfg)
        new_events = _new_type_events(con, new_rows, cfg)
        alerts = [_shift_alert(r, shift_events.get(i, [])) for i, r in enumerate(shift_rows)]
        alerts += [_new_type_alert(r, new_events.get(i, []), cfg) for i, r in enumerate(new_rows)]
    except duckdb.Error as exc:
        raise AnalyticsError(f"alert query failed: {exc}") from exc
    alerts.sort(key=lambda a: (a.period, a.kind, a.side1, a.side2, a.event_type or ""))
    return alerts
