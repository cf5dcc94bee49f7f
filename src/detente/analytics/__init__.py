"""Relations intelligence over the event store.

Entry points (all read-only over a DuckDB connection, e.g. ``EventStore(path,
read_only=True).con``):

- :func:`dyad_series` with a :class:`SeriesQuery`: per-period counts by quad
  class and PLOVER type, Goldstein mean/sum and the relations index, both
  directions and combined (:mod:`.series` documents the formula).
- :func:`find_alerts`: relations shifts and new event types, with their events
  (:mod:`.alerts`).
- :func:`build_brief` / :func:`write_brief`: the dyad report, HTML or Markdown.
- :func:`build_network` / :func:`write_network`: the actor graph as HTML,
  GraphML or JSON.
- :func:`export_events`: Parquet, CSV or GDELT-style tab-separated files.
"""

from __future__ import annotations

from .alerts import Alert, AlertConfig, find_alerts
from .brief import Brief, build_brief, render_html, render_markdown, write_brief
from .dyads import Dyad
from .export import EXPORT_FORMATS, GDELT_COLUMNS, export_events
from .network import Network, build_network, write_network
from .series import SERIES_COLUMNS, SeriesQuery, dyad_series

__all__ = [
    "EXPORT_FORMATS",
    "GDELT_COLUMNS",
    "SERIES_COLUMNS",
    "Alert",
    "AlertConfig",
    "Brief",
    "Dyad",
    "Network",
    "SeriesQuery",
    "build_brief",
    "build_network",
    "dyad_series",
    "export_events",
    "find_alerts",
    "render_html",
    "render_markdown",
    "write_brief",
    "write_network",
]
