"""The dyad chart: event counts by quad class and the relations index, over time.

Drawn with matplotlib's Agg backend (no display, no network) into PNG bytes,
which the brief embeds as a data URI.
"""

from __future__ import annotations

import io
from datetime import date, timedelta

import matplotlib

matplotlib.use("Agg")  # headless: select before pyplot is imported

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import pyarrow as pa

from .dyads import Dyad
from .series import QUAD_COLUMNS, direction_rows

#: Quad-class colours: blues for cooperation, reds for conflict (verbal lighter).
QUAD_COLOURS: dict[str, str] = {
    "verbal_coop": "#9ecae1",
    "material_coop": "#2171b5",
    "verbal_conflict": "#fc9272",
    "material_conflict": "#cb181d",
}
QUAD_LABELS: dict[str, str] = {
    "verbal_coop": "verbal cooperation",
    "material_coop": "material cooperation",
    "verbal_conflict": "verbal conflict",
    "material_conflict": "material conflict",
}
PERIOD_DAYS: dict[str, float] = {"day": 1.0, "week": 7.0, "month": 30.0}


def _bar_width(by: str) -> float:
    return PERIOD_DAYS.get(by, 7.0) * 0.8


def render_series_png(table: pa.Table, dyad: Dyad, *, by: str, dpi: int = 110) -> bytes:
    """PNG of the series: counts (cooperation up, conflict down) and the index lines."""
    both = direction_rows(table, "both")
    periods: list[date] = [r["period"] for r in both]
    fig, (ax_counts, ax_index) = plt.subplots(
        2, 1, figsize=(10, 6.4), sharex=True, gridspec_kw={"height_ratios": [1.1, 1]}
    )
    width = timedelta(days=_bar_width(by))
    x = [p + timedelta(days=PERIOD_DAYS.get(by, 7.0) / 2) for p in periods]  # bar centres
    up = [0.0] * len(both)
    down = [0.0] * len(both)
    for _, column in QUAD_COLUMNS:
        values = [float(r[column]) for r in both]
        cooperative = column.endswith("coop")
        base = up if cooperative else down
        heights = values if cooperative else [-v for v in values]
        ax_counts.bar(x, heights, width=width, bottom=base, color=QUAD_COLOURS[column],
                      label=QUAD_LABELS[column], edgecolor="white", linewidth=0.3)
        for i, h in enumerate(heights):
            base[i] += h
    ax_counts.axhline(0, color="#444444", linewidth=0.8)
    # Headroom above the tallest bar for the legend row.
    highest, lowest = max(up, default=0.0), min(down, default=0.0)
    ax_counts.set_ylim(lowest * 1.1 - 0.5, highest * 1.35 + 1.5)
    ax_counts.set_ylabel("events (conflict below 0)")
    ax_counts.set_title(f"{dyad.a}–{dyad.b}: asserted events per {by}, both directions")
    ax_counts.legend(loc="upper left", fontsize=8, ncol=4, frameon=False)
    ax_counts.yaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda v, _: f"{abs(v):g}"))

    styles = {
        f"{dyad.a}>{dyad.b}": ("#1b9e77", "--"),
        f"{dyad.b}>{dyad.a}": ("#7570b3", "--"),
        "both": ("#222222", "-"),
    }
    for direction, (colour, dash) in styles.items():
        rows = direction_rows(table, direction)
        label = "both directions" if direction == "both" else direction.replace(">", " → ")
        ax_index.plot(x, [r["index"] for r in rows], dash, color=colour, label=label,
                      linewidth=2.0 if direction == "both" else 1.3, marker="o", markersize=2.5)
    ax_index.axhline(0, color="#444444", linewidth=0.8)
    ax_index.set_ylabel("relations index (EWMA)")
    ax_index.set_xlabel(f"{by} starting")
    ax_index.set_title("Relations index: cooperation − conflict, Goldstein- and source-weighted",
                       fontsize=10)
    ax_index.legend(loc="best", fontsize=8, frameon=False)
    locator = mdates.AutoDateLocator(minticks=4, maxticks=10)
    ax_index.xaxis.set_major_locator(locator)
    ax_index.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    if periods:
        ax_index.set_xlim(periods[0] - timedelta(days=1),
                          periods[-1] + timedelta(days=PERIOD_DAYS.get(by, 7.0) + 1))
    for ax in (ax_counts, ax_index):
        ax.grid(axis="y", color="#dddddd", linewidth=0.6)
        ax.spines[["top", "right"]].set_visible(False)
    fig.text(0.01, 0.005, f"detente · periods start {_span(periods)}", fontsize=7,
             color="#666666")
    fig.tight_layout(rect=(0, 0.02, 1, 1))
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi)
    plt.close(fig)
    return buffer.getvalue()


def _span(periods: list[date]) -> str:
    if not periods:
        return "(no periods)"
    return f"{periods[0].isoformat()} to {periods[-1].isoformat()}"
