"""The dyad brief: numbers match the store, chart embedded, signals apart, no network refs."""

from __future__ import annotations

import base64
import re
from datetime import date

import pytest
from analytics_helpers import event, store_with

from detente.analytics import Dyad, build_brief, render_html, write_brief
from detente.errors import AnalyticsError

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def store():  # type: ignore[no-untyped-def]
    s = store_with([
        event("b1", "AZE", "USA", "REJECT", "125", 3, -5.0, date(2024, 12, 5), source="apa.az",
              sentence="Azerbaijan's Foreign Minister declined a U.S.-proposed meeting."),
        event("b2", "AZE", "USA", "REJECT", "125", 3, -5.0, date(2024, 12, 5),
              source="reuters.com", sentence="Baku turned down the U.S. invitation."),
        event("b3", "USA", "AZE", "SANCTION", "163", 4, -8.0, date(2024, 11, 20),
              sentence="Washington withdrew the Section 907 waiver."),
        event("b4", "AZE", "USA", "CONSULT", "040", 1, 1.0, date(2024, 10, 2)),
        event("b5", "USA", "AZE", "CONSULT", "036", 1, 4.0, date(2024, 12, 6),
              modality="hypothetical", attribution="observers",
              sentence="Observers suggest that a Trump presidency may improve relations."),
        event("b6", "ARM", "AZE", "ACCUSE", "112", 3, -2.0, date(2024, 12, 3)),
    ])
    yield s
    s.close()


def metric(page: str, key: str) -> str:
    found = re.search(rf'data-metric="{re.escape(key)}">([^<]*)<', page)
    assert found, key
    return found.group(1)


def test_brief_numbers_match_the_store(store) -> None:  # type: ignore[no-untyped-def]
    brief = build_brief(store.con, Dyad("AZE", "USA"))
    page = render_html(brief)
    assert (brief.by, brief.first_day, brief.last_day) == ("week", date(2024, 10, 2),
                                                           date(2024, 12, 6))
    assert metric(page, "events.both") == "4"
    assert metric(page, "events.AZE_to_USA") == "3"
    assert metric(page, "events.USA_to_AZE") == "1"
    assert metric(page, "verbal_conflict.both") == "2"
    assert metric(page, "material_conflict.USA_to_AZE") == "1"
    assert metric(page, "goldstein_mean.both") == "-4.25"  # (-5 - 5 - 8 + 1) / 4
    assert metric(page, "goldstein_sum.AZE_to_USA") == "-9.00"
    assert metric(page, "sources.both") == "3"  # apa.az, reuters.com, wire.example
    assert metric(page, "hypothetical.USA_to_AZE") == "1"
    assert metric(page, "hypothetical.both") == "1"
    assert metric(page, "index_last") == f"{brief.index_last:.2f}"


def test_brief_lists_top_events_alerts_and_signals(store) -> None:  # type: ignore[no-untyped-def]
    brief = build_brief(store.con, Dyad("AZE", "USA"))
    top = brief.top_events
    # The refusal told by two outlets outweighs the sanction: 5 (1 + ln 2) > 8.
    assert [(e.event_type, e.n_sources, e.reports) for e in top] == [
        ("REJECT", 2, 2), ("SANCTION", 1, 1), ("CONSULT", 1, 1)]
    assert top[0].source == "apa.az, reuters.com"
    assert top[0].sentences == ("Azerbaijan's Foreign Minister declined a U.S.-proposed meeting.",)
    assert [(s.event_type, s.modality, s.attribution) for s in brief.signals] == [
        ("CONSULT", "hypothetical", "observers")]
    page = render_html(brief)
    signals = page.split("Open signals")[1]
    assert "Observers suggest that a Trump presidency may improve relations." in signals
    assert "Observers suggest" not in page.split("Open signals")[0]  # never among the events
    # The sanction is the pair's first material-conflict move, 49 days into its record.
    assert [(a.kind, a.event_type) for a in brief.alerts] == [("new_type", "SANCTION")]
    assert "Washington withdrew the Section 907 waiver." in page.split("What changed")[1]


def test_html_is_self_contained_with_the_chart(store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    brief = build_brief(store.con, Dyad("AZE", "USA"))
    (out,) = write_brief(brief, tmp_path / "brief.html")
    page = out.read_text()
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "@import" not in page and "<link" not in page and "<script" not in page
    image = re.search(r'src="data:image/png;base64,([A-Za-z0-9+/=]+)"', page)
    assert image and base64.b64decode(image.group(1)).startswith(PNG_MAGIC)


def test_markdown_writes_the_chart_beside_it(store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    brief = build_brief(store.con, Dyad("AZE", "USA"), since=date(2024, 11, 1))
    md, png = write_brief(brief, tmp_path / "aze-usa.md")
    text = md.read_text()
    assert png.name == "aze-usa.png" and png.read_bytes().startswith(PNG_MAGIC)
    assert "![AZE-USA series](aze-usa.png)" in text
    assert "| asserted events | 2 | 1 | 3 |" in text  # the October consult is before --since
    assert "Period: 2024-11-01 to 2024-12-06 (by week)" in text
    with pytest.raises(AnalyticsError, match="PDF"):
        write_brief(brief, tmp_path / "brief.pdf")


def test_brief_of_a_quiet_dyad_says_so(store) -> None:  # type: ignore[no-untyped-def]
    brief = build_brief(store.con, Dyad("FRA", "USA"))
    page = render_html(brief)
    assert brief.chart_png == b"" and "nothing to chart" in page
    assert metric(page, "events.both") == "0" and metric(page, "goldstein_mean.both") == "–"
