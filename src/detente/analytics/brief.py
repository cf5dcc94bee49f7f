"""The dyad brief: headline numbers, chart, top events, what changed, open signals.

One :class:`Brief` is assembled from the store (all numbers by SQL) and rendered
as a self-contained HTML page (CSS inline, chart as a base64 PNG data URI, no
external reference of any kind) or as Markdown (chart written beside it as PNG).

Top events are the asserted events with the largest weight in the relations
index, ``|G| (1 + ln n_sources)`` (see :mod:`detente.analytics.series`).
Open signals are hypothetical and future readings ("observers hope a new
administration improves ties"): expectations, listed apart, never counted.
"""

from __future__ import annotations

import base64
import html
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path
from string import Template
from typing import Any

import duckdb
import pyarrow as pa

from ..errors import AnalyticsError
from .alerts import Alert, AlertConfig, evidence_sentences, find_alerts
from .chart import render_series_png
from .dyads import Dyad, direction_sql, dyad_filter_sql
from .series import QUAD_COLUMNS, SeriesQuery, cluster_weight_sql, dyad_series

#: Directions in display order (labels are filled in per dyad).
DIRECTION_KEYS: tuple[str, ...] = ("A>B", "B>A", "both")
SIGNAL_MODALITIES: tuple[str, ...] = ("hypothetical", "future")


@dataclass(slots=True)
class Headline:
    """Totals for one direction over the brief's period (asserted events)."""

    direction: str
    events: int
    quads: dict[str, int]
    goldstein_mean: float | None
    goldstein_sum: float
    sources: int
    articles: int
    unasserted: dict[str, int]


@dataclass(slots=True)
class BriefEvent:
    event_id: str
    day: date | None
    actor: str | None
    recipient: str | None
    event_type: str
    cameo: str
    quad_class: int
    goldstein: float
    modality: str
    attribution: str | None
    source: str | None
    article_id: str
    n_sources: int
    reports: int
    weight: float
    sentences: tuple[str, ...]


@dataclass(slots=True)
class Brief:
    dyad: Dyad
    since: date | None
    until: date | None
    by: str
    first_day: date | None
    last_day: date | None
    undated: int
    headlines: list[Headline]
    index_first: float | None
    index_last: float | None
    series: pa.Table
    top_events: list[BriefEvent]
    alerts: list[Alert]
    signals: list[BriefEvent]
    chart_png: bytes = field(repr=False, default=b"")

    def headline(self, direction: str) -> Headline:
        for h in self.headlines:
            if h.direction == direction:
                return h
        raise KeyError(direction)


def _direction_label(dyad: Dyad, key: str) -> str:
    return {"A>B": f"{dyad.a}>{dyad.b}", "B>A": f"{dyad.b}>{dyad.a}"}.get(key, "both")


_EVENTS_CTE = f"""
ev AS (
    SELECT *, {direction_sql()} AS direction, coalesce(source, article_id) AS outlet
    FROM events
    WHERE {dyad_filter_sql()}
      AND ($since::DATE IS NULL OR day >= $since::DATE)
      AND ($until::DATE IS NULL OR day <= $until::DATE)
)"""


def _headlines(
    con: duckdb.DuckDBPyConnection, dyad: Dyad, params: dict[str, Any]
) -> list[Headline]:
    quads = ", ".join(
        f"count(*) FILTER (WHERE modality = 'asserted' AND quad_class = {q}) AS {name}"
        for q, name in QUAD_COLUMNS
    )
    rows = con.execute(
        f"""WITH {_EVENTS_CTE}
        SELECT coalesce(direction, 'both') AS direction,
               count(*) FILTER (WHERE modality = 'asserted') AS events, {quads},
               avg(goldstein) FILTER (WHERE modality = 'asserted') AS goldstein_mean,
               coalesce(sum(goldstein) FILTER (WHERE modality = 'asserted'), 0) AS goldstein_sum,
               count(DISTINCT outlet) FILTER (WHERE modality = 'asserted') AS sources,
               count(DISTINCT article_id) FILTER (WHERE modality = 'asserted') AS articles,
               count(*) FILTER (WHERE modality = 'hypothetical') AS hypothetical,
               count(*) FILTER (WHERE modality = 'future') AS future,
               count(*) FILTER (WHERE modality = 'negated') AS negated,
               count(*) FILTER (WHERE modality = 'historical') AS historical
        FROM ev WHERE day IS NOT NULL
        GROUP BY GROUPING SETS ((direction), ())""",
        params,
    ).fetchall()
    found = {r[0]: r for r in rows}
    headlines = []
    for key in DIRECTION_KEYS:
        r = found.get(key)
        if r is None:
            headlines.append(Headline(_direction_label(dyad, key), 0,
                                      {name: 0 for _, name in QUAD_COLUMNS}, None, 0.0, 0, 0,
                                      {m: 0 for m in ("hypothetical", "future", "negated",
                                                      "historical")}))
            continue
        headlines.append(Headline(
            direction=_direction_label(dyad, key),
            events=r[1],
            quads={name: r[2 + i] for i, (_, name) in enumerate(QUAD_COLUMNS)},
            goldstein_mean=None if r[6] is None else round(r[6], 2),
            goldstein_sum=round(r[7], 2),
            sources=r[8],
            articles=r[9],
            unasserted={"hypothetical": r[10], "future": r[11], "negated": r[12],
                        "historical": r[13]},
        ))
    return headlines


def _events(
    con: duckdb.DuckDBPyConnection,
    params: dict[str, Any],
    *,
    modalities: tuple[str, ...],
    limit: int,
) -> list[BriefEvent]:
    """Happenings (reports folded by direction, day, CAMEO code and modality), heaviest first.

    The representative report of a happening is its first event id; ``source``
    lists every outlet that reported it.
    """
    weight = cluster_weight_sql("avg(goldstein)", "count(DISTINCT outlet)")
    rows = con.execute(
        f"""WITH {_EVENTS_CTE}
        SELECT min(event_id), day, arg_min(actor_code, event_id), arg_min(recipient_code, event_id),
               arg_min(event_type, event_id), cameo, min(quad_class), avg(goldstein), modality,
               arg_min(attribution, event_id),
               string_agg(DISTINCT source, ', ' ORDER BY source),
               arg_min(article_id, event_id), count(DISTINCT outlet), count(*),
               {weight} AS weight, arg_min(evidence, event_id)
        FROM ev WHERE list_contains($modalities, modality)
        GROUP BY direction, day, cameo, modality
        ORDER BY weight DESC, day NULLS LAST, min(event_id)
        LIMIT {int(limit)}""",
        {**params, "modalities": list(modalities)},
    ).fetchall()
    return [
        BriefEvent(event_id=r[0], day=r[1], actor=r[2], recipient=r[3], event_type=r[4],
                   cameo=r[5], quad_class=r[6], goldstein=round(r[7], 3), modality=r[8],
                   attribution=r[9],
                   source=r[10], article_id=r[11], n_sources=r[12], reports=r[13],
                   weight=round(r[14], 3),
                   sentences=evidence_sentences(r[15]))
        for r in rows
    ]


def _default_period(by: str | None, first: date | None, last: date | None) -> str:
    """Weeks for up to half a year of events, months beyond."""
    if by:
        return by
    if first and last and (last - first).days > 183:
        return "month"
    return "week"


def build_brief(
    con: duckdb.DuckDBPyConnection,
    dyad: Dyad,
    *,
    since: date | None = None,
    until: date | None = None,
    by: str | None = None,
    top: int = 10,
    alert_config: AlertConfig | None = None,
    with_chart: bool = True,
) -> Brief:
    """Assemble the brief for ``dyad`` over ``[since, until]`` (default: all its events)."""
    params: dict[str, Any] = {"a": dyad.a, "b": dyad.b, "since": since, "until": until}
    try:
        first_day, last_day, undated = con.execute(
            f"WITH {_EVENTS_CTE} SELECT min(day), max(day), count(*) FILTER (WHERE day IS NULL) "
            "FROM ev", params).fetchall()[0]
        period = _default_period(by, first_day, last_day)
        series = dyad_series(con, SeriesQuery(dyad, by=period, since=since, until=until))
        headlines = _headlines(con, dyad, params)
        top_events = _events(con, params, modalities=("asserted",), limit=top)
        signals = _events(con, params, modalities=SIGNAL_MODALITIES, limit=50)
    except duckdb.Error as exc:
        raise AnalyticsError(f"brief for {dyad.label} failed: {exc}") from exc
    alerts: list[Alert] = []
    if len(dyad.a) == 3 and len(dyad.b) == 3:  # alerts are kept per country pair
        alerts = find_alerts(con, since=since, until=until, pair=(dyad.a, dyad.b),
                             config=alert_config)
    both = [r for r in series.to_pylist() if r["direction"] == "both"]
    brief = Brief(
        dyad=dyad, since=since, until=until, by=period, first_day=first_day, last_day=last_day,
        undated=int(undated), headlines=headlines,
        index_first=both[0]["index"] if both else None,
        index_last=both[-1]["index"] if both else None,
        series=series, top_events=top_events, alerts=alerts, signals=signals,
    )
    if with_chart and both:
        brief.chart_png = render_series_png(series, dyad, by=period)
    return brief


# ---------------------------------------------------------------- rendering

def _fmt(value: object) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def _period_text(brief: Brief) -> str:
    start = brief.since or brief.first_day
    end = brief.until or brief.last_day
    if start is None and end is None:
        return "no dated events"
    return f"{_fmt(start)} to {_fmt(end)}"


def _metric_rows(brief: Brief) -> list[tuple[str, str, list[object]]]:
    """(metric key, label, value per direction) rows of the headline table."""
    hs = brief.headlines
    rows: list[tuple[str, str, list[object]]] = [
        ("events", "asserted events", [h.events for h in hs]),
    ]
    rows += [(name, name.replace("_", " "), [h.quads[name] for h in hs])
             for _, name in QUAD_COLUMNS]
    rows += [
        ("goldstein_mean", "mean Goldstein", [h.goldstein_mean for h in hs]),
        ("goldstein_sum", "sum Goldstein", [h.goldstein_sum for h in hs]),
        ("sources", "distinct sources", [h.sources for h in hs]),
        ("articles", "articles", [h.articles for h in hs]),
    ]
    rows += [(m, f"{m} (not counted)", [h.unasserted[m] for h in hs])
             for m in ("hypothetical", "future", "negated", "historical")]
    return rows


def _esc(value: object) -> str:
    return html.escape(_fmt(value))


def _sources_text(e: BriefEvent) -> str:
    plural = "s" if e.n_sources != 1 else ""
    reports = f"{e.reports} report{'s' if e.reports != 1 else ''}"
    return f"{e.n_sources} source{plural}: {_fmt(e.source)} ({reports})"


def _event_html(e: BriefEvent, *, signal: bool = False) -> str:
    sentences = _quotes_html(e.sentences)
    who = f"{_esc(e.actor)} → {_esc(e.recipient)}"
    extra = (f" · {html.escape(e.modality)}"
             + (f", according to {html.escape(e.attribution)}" if e.attribution else "")
             if signal else f" · Goldstein {e.goldstein:+.1f}")
    return (
        f'<li data-event="{html.escape(e.event_id)}"><b>{_esc(e.day)}</b> · {who} · '
        f"<b>{html.escape(e.event_type)}</b> (CAMEO {html.escape(e.cameo)}){extra} · "
        f"{_sources_text(e)}"
        f"{sentences}</li>"
    )


def _quotes_html(sentences: tuple[str, ...]) -> str:
    return "".join(f"<blockquote>{html.escape(s)}</blockquote>" for s in sentences)


def _alert_html(alert: Alert) -> str:
    items = "".join(
        f"<li>{_esc(e.day)} {_esc(e.actor)} → {_esc(e.recipient)} {html.escape(e.event_type)}"
        f" ({_esc(e.source)}){_quotes_html(e.sentences)}</li>"
        for e in alert.events
    )
    return (f'<li class="alert {html.escape(alert.kind)}"><b>{html.escape(alert.kind)}</b>: '
            f"{html.escape(alert.message)}<ul>{items}</ul></li>")


def _template(name: str) -> Template:
    text = resources.files("detente.analytics").joinpath("assets").joinpath(name).read_text("utf-8")
    return Template(text)


def _metric_direction(direction: str) -> str:
    """``AZE>USA`` as ``AZE_to_USA``: a ``data-metric`` key that needs no escaping."""
    return direction.replace(">", "_to_")


def render_html(brief: Brief) -> str:
    """A self-contained HTML page (no external references)."""
    dyad = brief.dyad
    header = "".join(f"<th>{html.escape(h.direction)}</th>" for h in brief.headlines)
    body = "".join(
        f"<tr><th>{html.escape(label)}</th>"
        + "".join(
            f'<td data-metric="{key}.{_metric_direction(h.direction)}">{_esc(v)}</td>'
            for h, v in zip(brief.headlines, values, strict=True)
        )
        + "</tr>"
        for key, label, values in _metric_rows(brief)
    )
    chart = (
        f'<img alt="{html.escape(dyad.label)} series" src="data:image/png;base64,'
        f'{base64.b64encode(brief.chart_png).decode("ascii")}">'
        if brief.chart_png else "<p>No dated events in this period: nothing to chart.</p>"
    )
    return _template("brief.html").substitute(
        title=html.escape(f"{dyad.a}–{dyad.b} relations brief"),
        period=html.escape(_period_text(brief)),
        by=html.escape(brief.by),
        undated=brief.undated,
        index_first=f'<span data-metric="index_first">{_esc(brief.index_first)}</span>',
        index_last=f'<span data-metric="index_last">{_esc(brief.index_last)}</span>',
        header=header,
        metrics=body,
        chart=chart,
        top_events="".join(_event_html(e) for e in brief.top_events)
        or "<li>No asserted events.</li>",
        alerts="".join(_alert_html(a) for a in brief.alerts) or "<li>No alerts.</li>",
        signals="".join(_event_html(e, signal=True) for e in brief.signals)
        or "<li>No open signals.</li>",
    )


def _md_event(e: BriefEvent, *, signal: bool = False) -> str:
    extra = (f"{e.modality}" + (f", according to {e.attribution}" if e.attribution else "")
             if signal else f"Goldstein {e.goldstein:+.1f}")
    quote = "".join(f"\n  > {s}" for s in e.sentences)
    return (f"- **{_fmt(e.day)}** {_fmt(e.actor)} → {_fmt(e.recipient)} **{e.event_type}** "
            f"(CAMEO {e.cameo}), {extra}; {_sources_text(e)}{quote}")


def render_markdown(brief: Brief, *, chart_name: str | None) -> str:
    """Markdown text; the chart is referenced as ``chart_name`` (a PNG written beside it)."""
    dyad = brief.dyad
    lines = [
        f"# {dyad.a}–{dyad.b} relations brief",
        "",
        f"Period: {_period_text(brief)} (by {brief.by}). Asserted events only in the counts; "
        f"undated events left out: {brief.undated}.",
        f"Relations index (both directions, EWMA): {_fmt(brief.index_first)} at the start, "
        f"{_fmt(brief.index_last)} at the end.",
        "",
        "| metric | " + " | ".join(h.direction for h in brief.headlines) + " |",
        "|---|" + "---|" * len(brief.headlines),
    ]
    lines += [f"| {label} | " + " | ".join(_fmt(v) for v in values) + " |"
              for _, label, values in _metric_rows(brief)]
    lines += ["", "## Series", ""]
    lines.append(f"![{dyad.label} series]({chart_name})" if chart_name and brief.chart_png
                 else "No dated events in this period: nothing to chart.")
    lines += ["", "## Top events", ""]
    lines += [_md_event(e) for e in brief.top_events] or ["No asserted events."]
    lines += ["", "## What changed", ""]
    for alert in brief.alerts:
        lines.append(f"- **{alert.kind}**: {alert.message}")
        lines += [f"  - {_fmt(e.day)} {_fmt(e.actor)} → {_fmt(e.recipient)} {e.event_type} "
                  f"({_fmt(e.source)}): " + " / ".join(e.sentences) for e in alert.events]
    if not brief.alerts:
        lines.append("No alerts.")
    lines += ["", "## Open signals (expectations, not events)", ""]
    lines += [_md_event(e, signal=True) for e in brief.signals] or ["No open signals."]
    return "\n".join(lines) + "\n"


def write_brief(brief: Brief, out: Path) -> list[Path]:
    """Write ``out`` (.html or .md; Markdown also writes ``<stem>.png``). Returns the files."""
    suffix = out.suffix.lower()
    out.parent.mkdir(parents=True, exist_ok=True)
    if suffix in (".html", ".htm"):
        out.write_text(render_html(brief), encoding="utf-8")
        return [out]
    if suffix == ".md":
        written = [out]
        chart_name = None
        if brief.chart_png:
            chart = out.with_suffix(".png")
            chart.write_bytes(brief.chart_png)
            chart_name = chart.name
            written.append(chart)
        out.write_text(render_markdown(brief, chart_name=chart_name), encoding="utf-8")
        return written
    raise AnalyticsError(
        f"{out}: brief format is chosen by the extension, .html or .md "
        "(PDF is not offered: it would need a browser engine or a network font service)"
    )
