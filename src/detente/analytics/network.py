"""The actor network of a period: who acted on whom, how often, how well.

Nodes are countries (``level="country"``) or full actor codes (``"code"``,
e.g. ``AZEGOV``); a directed edge A -> B carries the number of asserted events
A did to B, their mean and summed Goldstein score and their distinct sources.
The edge's sign (and colour on the page) is the sign of the mean Goldstein
score. Self-loops are dropped at country level (domestic politics is not a
relation between countries) and kept at code level (``AZEGOV -> AZEOPP``).

Written as GraphML, as JSON, or as one self-contained HTML page: the data and a
small force layout (inline JavaScript on a ``<canvas>``, drag and hover; no CDN)
in a single file.
"""

from __future__ import annotations

import html
import json
import xml.etree.ElementTree as ET
from dataclasses import asdict, dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path
from string import Template
from typing import Any

import duckdb

from ..errors import AnalyticsError
from ..records import MODALITIES

LEVELS: tuple[str, ...] = ("country", "code")
NETWORK_FORMATS: dict[str, str] = {".html": "html", ".htm": "html", ".graphml": "graphml",
                                   ".json": "json"}


@dataclass(frozen=True, slots=True)
class Node:
    id: str
    events: int  # events in which the node acts or is acted on
    out_events: int
    in_events: int
    goldstein_mean: float | None


@dataclass(frozen=True, slots=True)
class Edge:
    source: str
    target: str
    events: int
    goldstein_mean: float
    goldstein_sum: float
    sources: int
    sign: int  # sign of the mean Goldstein score: +1 cooperative, -1 hostile, 0 neutral


@dataclass(slots=True)
class Network:
    level: str
    since: date | None
    until: date | None
    nodes: list[Node] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "level": self.level,
            "since": self.since.isoformat() if self.since else None,
            "until": self.until.isoformat() if self.until else None,
            "nodes": [asdict(n) for n in self.nodes],
            "edges": [asdict(e) for e in self.edges],
        }


def _network_sql(level: str) -> str:
    actor = "actor_country" if level == "country" else "actor_code"
    recipient = "recipient_country" if level == "country" else "recipient_code"
    self_loops = f"AND {actor} <> {recipient}" if level == "country" else ""
    return f"""
WITH ev AS (
    SELECT {actor} AS source, {recipient} AS target, goldstein,
           coalesce(source, article_id) AS outlet
    FROM events
    WHERE {actor} IS NOT NULL AND {recipient} IS NOT NULL {self_loops}
      AND list_contains($modalities, modality)
      AND ($since::DATE IS NULL OR day >= $since::DATE)
      AND ($until::DATE IS NULL OR day <= $until::DATE)
)
SELECT source, target, count(*) AS events, round(avg(goldstein), 4) AS goldstein_mean,
       round(sum(goldstein), 4) AS goldstein_sum, count(DISTINCT outlet) AS sources
FROM ev GROUP BY source, target
HAVING count(*) >= $min_events
ORDER BY events DESC, source, target
"""


def _nodes(edges: list[Edge]) -> list[Node]:
    """Node totals from the kept edges (so a node's numbers match what is drawn)."""
    out: dict[str, int] = {}
    inn: dict[str, int] = {}
    gsum: dict[str, float] = {}
    for e in edges:
        out[e.source] = out.get(e.source, 0) + e.events
        inn[e.target] = inn.get(e.target, 0) + e.events
        for end in {e.source, e.target}:
            gsum[end] = gsum.get(end, 0.0) + e.goldstein_sum
    ids = sorted(set(out) | set(inn))
    nodes = []
    for node_id in ids:
        total = out.get(node_id, 0) + inn.get(node_id, 0)
        # A self-loop's events count once in the mean, as they are one set of events.
        loops = sum(e.events for e in edges if e.source == e.target == node_id)
        n = total - loops
        nodes.append(Node(node_id, n, out.get(node_id, 0), inn.get(node_id, 0),
                          round(gsum[node_id] / n, 4) if n else None))
    nodes.sort(key=lambda nd: (-nd.events, nd.id))
    return nodes


def build_network(
    con: duckdb.DuckDBPyConnection,
    *,
    since: date | None = None,
    until: date | None = None,
    level: str = "country",
    min_events: int = 1,
    modalities: tuple[str, ...] = ("asserted",),
) -> Network:
    if level not in LEVELS:
        raise AnalyticsError(f"network level {level!r} is not one of {', '.join(LEVELS)}")
    if min_events < 1:
        raise AnalyticsError(f"--min-events {min_events} must be at least 1")
    unknown = [m for m in modalities if m not in MODALITIES]
    if unknown or not modalities:
        raise AnalyticsError(f"modalities {list(modalities)} must be among {MODALITIES}")
    try:
        rows = con.execute(_network_sql(level), {
            "since": since, "until": until, "min_events": min_events,
            "modalities": list(modalities),
        }).fetchall()
    except duckdb.Error as exc:
        raise AnalyticsError(f"network query failed: {exc}") from exc
    edges = [
        Edge(r[0], r[1], int(r[2]), float(r[3]), float(r[4]), int(r[5]),
             (r[3] > 0) - (r[3] < 0))
        for r in rows
    ]
    return Network(level, since, until, _nodes(edges), edges)


# ---------------------------------------------------------------- writers

def to_graphml(network: Network) -> str:
    """GraphML (directed), with node and edge attributes declared as keys."""
    ns = "http://graphml.graphdrawing.org/xmlns"
    ET.register_namespace("", ns)
    root = ET.Element(f"{{{ns}}}graphml")
    keys = [
        ("n_events", "node", "events", "int"),
        ("n_out", "node", "out_events", "int"),
        ("n_in", "node", "in_events", "int"),
        ("n_gold", "node", "goldstein_mean", "double"),
        ("e_events", "edge", "events", "int"),
        ("e_gold", "edge", "goldstein_mean", "double"),
        ("e_gsum", "edge", "goldstein_sum", "double"),
        ("e_sources", "edge", "sources", "int"),
        ("e_sign", "edge", "sign", "int"),
    ]
    for key_id, domain, name, kind in keys:
        ET.SubElement(root, f"{{{ns}}}key", {"id": key_id, "for": domain, "attr.name": name,
                                             "attr.type": kind})
    graph = ET.SubElement(root, f"{{{ns}}}graph", {"id": "G", "edgedefault": "directed"})
    for n in network.nodes:
        el = ET.SubElement(graph, f"{{{ns}}}node", {"id": n.id})
        for key_id, value in (("n_events", n.events), ("n_out", n.out_events),
                              ("n_in", n.in_events), ("n_gold", n.goldstein_mean)):
            if value is not None:
                ET.SubElement(el, f"{{{ns}}}data", {"key": key_id}).text = str(value)
    for i, e in enumerate(network.edges):
        el = ET.SubElement(graph, f"{{{ns}}}edge",
                           {"id": f"e{i}", "source": e.source, "target": e.target})
        for key_id, value in (("e_events", e.events), ("e_gold", e.goldstein_mean),
                              ("e_gsum", e.goldstein_sum), ("e_sources", e.sources),
                              ("e_sign", e.sign)):
            ET.SubElement(el, f"{{{ns}}}data", {"key": key_id}).text = str(value)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode")


def _asset(name: str) -> str:
    return resources.files("detente.analytics").joinpath("assets").joinpath(name).read_text(
        "utf-8")


def to_html(network: Network) -> str:
    """One self-contained page: inline data, inline script, no external reference."""
    # "</" inside a <script> block would end it early; JSON allows the escaped form.
    data = json.dumps(network.to_dict(), ensure_ascii=False).replace("</", "<\\/")
    period = f"{network.since or 'start'} to {network.until or 'end'}"
    return Template(_asset("network.html")).substitute(
        title=html.escape(f"detente actor network, {period}"),
        summary=html.escape(
            f"{len(network.nodes)} {'countries' if network.level == 'country' else 'actors'}, "
            f"{len(network.edges)} directed edges, "
            f"{sum(e.events for e in network.edges)} asserted events"),
        data=data,
        script=_asset("network.js"),
    )


def write_network(network: Network, out: str | Path) -> str:
    """Write by extension (.html, .graphml, .json); returns the format written."""
    out = Path(out)
    fmt = NETWORK_FORMATS.get(out.suffix.lower())
    if fmt is None:
        raise AnalyticsError(
            f"{out}: network format is chosen by the extension: "
            f"{', '.join(sorted(NETWORK_FORMATS))}")
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "html":
        text = to_html(network)
    elif fmt == "graphml":
        text = to_graphml(network)
    else:
        text = json.dumps(network.to_dict(), indent=1, ensure_ascii=False) + "\n"
    out.write_text(text, encoding="utf-8")
    return fmt
