"""Actor network: edges, nodes, GraphML, JSON and the self-contained HTML page."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from datetime import date

import pytest
from analytics_helpers import event, store_with

from detente.analytics import build_network, write_network
from detente.errors import AnalyticsError

D = date(2024, 12, 5)


@pytest.fixture(scope="module")
def store():  # type: ignore[no-untyped-def]
    s = store_with([
        event("n1", "AZE", "USA", "REJECT", "125", 3, -5.0, D, source="apa.az"),
        event("n2", "AZE", "USA", "ACCUSE", "112", 3, -2.0, D, source="reuters.com"),
        event("n3", "USA", "AZE", "AID", "070", 2, 7.0, D),
        event("n4", "ARM", "AZE", "CONSULT", "040", 1, 1.0, D),
        event("n5", "AZE", "AZE", "COERCE", "170", 4, -7.0, D),  # domestic
        event("n6", "AZE", "USA", "AGREE", "057", 1, 8.0, D, modality="hypothetical"),
        event("n7", "RUS", "UKR", "ASSAULT", "190", 4, -10.0, date(2023, 1, 1)),  # too early
    ])
    yield s
    s.close()


def test_country_network_edges_and_nodes(store) -> None:  # type: ignore[no-untyped-def]
    net = build_network(store.con, since=date(2024, 1, 1))
    assert [(e.source, e.target, e.events, e.goldstein_mean, e.goldstein_sum, e.sources, e.sign)
            for e in net.edges] == [
        ("AZE", "USA", 2, -3.5, -7.0, 2, -1),
        ("ARM", "AZE", 1, 1.0, 1.0, 1, 1),
        ("USA", "AZE", 1, 7.0, 7.0, 1, 1),
    ]
    assert [(n.id, n.events, n.out_events, n.in_events, n.goldstein_mean) for n in net.nodes] == [
        ("AZE", 4, 2, 2, 0.25),
        ("USA", 3, 1, 2, 0.0),
        ("ARM", 1, 1, 0, 1.0),
    ]


def test_code_level_keeps_domestic_edges_and_min_events(store) -> None:  # type: ignore[no-untyped-def]
    net = build_network(store.con, since=date(2024, 1, 1), level="code")
    assert ("AZEGOV", "AZEGOV", 1) in [(e.source, e.target, e.events) for e in net.edges]
    heavy = build_network(store.con, since=date(2024, 1, 1), min_events=2)
    assert [(e.source, e.target) for e in heavy.edges] == [("AZE", "USA")]
    with pytest.raises(AnalyticsError, match="level"):
        build_network(store.con, level="sector")


def test_graphml_and_json(store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    net = build_network(store.con, since=date(2024, 1, 1))
    write_network(net, tmp_path / "net.graphml")
    root = ET.parse(tmp_path / "net.graphml").getroot()
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    graph = root.find("g:graph", ns)
    assert graph is not None and graph.get("edgedefault") == "directed"
    edges = graph.findall("g:edge", ns)
    assert [(e.get("source"), e.get("target")) for e in edges] == [
        ("AZE", "USA"), ("ARM", "AZE"), ("USA", "AZE")]
    first = {d.get("key"): d.text for d in edges[0].findall("g:data", ns)}
    assert first == {"e_events": "2", "e_gold": "-3.5", "e_gsum": "-7.0", "e_sources": "2",
                     "e_sign": "-1"}
    write_network(net, tmp_path / "net.json")
    data = json.loads((tmp_path / "net.json").read_text())
    assert data["since"] == "2024-01-01" and data["level"] == "country"
    assert data["edges"][0] == {"source": "AZE", "target": "USA", "events": 2,
                                "goldstein_mean": -3.5, "goldstein_sum": -7.0, "sources": 2,
                                "sign": -1}
    with pytest.raises(AnalyticsError, match="extension"):
        write_network(net, tmp_path / "net.png")


def test_html_page_is_self_contained(store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    net = build_network(store.con, since=date(2024, 1, 1))
    write_network(net, tmp_path / "net.html")
    page = (tmp_path / "net.html").read_text()
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "<script src" not in page and "@import" not in page
    embedded = re.search(r'<script type="application/json" id="graph-data">(.*?)</script>',
                         page, re.S)
    assert embedded and json.loads(embedded.group(1)) == net.to_dict()
    assert "requestAnimationFrame" in page and "mousedown" in page  # the layout and the drag
    assert "3 countries, 3 directed edges, 4 asserted events" in page
