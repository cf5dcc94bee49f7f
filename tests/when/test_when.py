"""The ``when`` stage: resolving date expressions and choosing the event's date."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from detente import when
from detente.nlp import load_model
from detente.records import Article, EventMention, Evidence
from detente.settings import Settings

FRI_2024_12_06 = date(2024, 12, 6)
MON_2024_12_02 = date(2024, 12, 2)


@pytest.fixture(scope="module")
def parser() -> Language:
    # The same cached object as the session `nlp` fixture, without building the
    # whole pipeline: this stage must be testable while other stages change.
    return load_model(Settings().model)


def code(parser: Language, text: str, triggers: list[str], *,
         published: date | None = FRI_2024_12_06, modality: str = "asserted",
         with_offsets: bool = True) -> list[EventMention]:
    """Readings for the first occurrence of each trigger word, dated by the stage."""
    article = Article(id="t", text=text, published=published)
    doc = parser(text)
    readings = []
    for trigger in triggers:
        start = text.index(trigger)
        sentence = doc.char_span(start, start + len(trigger), alignment_mode="expand").root.sent
        evidence = Evidence(
            sentence=sentence.text, start=sentence.start_char, end=sentence.end_char,
            trigger=trigger,
            trigger_start=start if with_offsets else None,
            trigger_end=start + len(trigger) if with_offsets else None,
        )
        readings.append(EventMention(
            article_id="t", event_type="CONSULT", cameo="040", quad_class=1, goldstein=1.0,
            actor=None, recipient=None, evidence=evidence, modality=modality,
        ))
    return when.assign_dates(doc, readings, article)


def dated(readings: list[EventMention]) -> list[tuple[date | None, str]]:
    return [(r.date, r.date_precision) for r in readings]


# --- resolve_expression: one expression, no parse --------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # weekdays: the latest such day on or before publication, across a week boundary
        ("Friday", MON_2024_12_02, (date(2024, 11, 29), "day")),
        ("Sunday", MON_2024_12_02, (date(2024, 12, 1), "day")),
        ("Monday", MON_2024_12_02, (date(2024, 12, 2), "day")),
        ("last Monday", MON_2024_12_02, (date(2024, 11, 25), "day")),
        ("Tuesday night", FRI_2024_12_06, (date(2024, 12, 3), "day")),
        ("Tuesday's", FRI_2024_12_06, (date(2024, 12, 3), "day")),
        ("Tuesday at 14:30 GMT", FRI_2024_12_06, (date(2024, 12, 3), "day")),
        ("December 5 at 3 p.m.", FRI_2024_12_06, (date(2024, 12, 5), "day")),
        # month and day without a year: the latest one not after publication (year rollover)
        ("December 20", date(2025, 1, 3), (date(2024, 12, 20), "day")),
        ("January 2", date(2025, 1, 3), (date(2025, 1, 2), "day")),
        ("Dec. 5", FRI_2024_12_06, (date(2024, 12, 5), "day")),
        ("5th of December", FRI_2024_12_06, (date(2024, 12, 5), "day")),
        ("Monday, December 2", FRI_2024_12_06, (date(2024, 12, 2), "day")),
        ("December 3-4", FRI_2024_12_06, (date(2024, 12, 3), "day")),
        ("Saturday and Sunday", date(2025, 5, 12), (date(2025, 5, 10), "day")),
        ("March 3 to March 5", FRI_2024_12_06, (date(2024, 3, 3), "day")),
        ("5 December 2023", FRI_2024_12_06, (date(2023, 12, 5), "day")),
        ("October 7, 2023", FRI_2024_12_06, (date(2023, 10, 7), "day")),
        # months: the latest such month not after publication; stored as the 1st
        ("March", date(2025, 2, 1), (date(2024, 3, 1), "month")),
        ("early December", FRI_2024_12_06, (date(2024, 12, 1), "month")),
        ("last December", FRI_2024_12_06, (date(2023, 12, 1), "month")),
        ("the end of March 2023", FRI_2024_12_06, (date(2023, 3, 1), "month")),
        ("the first week of November", FRI_2024_12_06, (date(2024, 11, 1), "month")),
        # years, stored as 1 January
        ("2019", FRI_2024_12_06, (date(2019, 1, 1), "year")),
        ("mid-2023", FRI_2024_12_06, (date(2023, 1, 1), "year")),
        ("last year", FRI_2024_12_06, (date(2023, 1, 1), "year")),
        # relative words
        ("yesterday", FRI_2024_12_06, (date(2024, 12, 5), "day")),
        ("today", FRI_2024_12_06, (date(2024, 12, 6), "day")),
        ("two days ago", FRI_2024_12_06, (date(2024, 12, 4), "day")),
        ("last month", date(2025, 1, 3), (date(2024, 12, 1), "month")),
        # a week is as precise as the unit that holds all of it
        ("last week", date(2024, 12, 18), (date(2024, 12, 1), "month")),
        ("last week", FRI_2024_12_06, (date(2024, 1, 1), "year")),  # 25 Nov - 1 Dec
        ("last week", date(2025, 1, 3), (date(2024, 12, 1), "month")),  # 23-29 Dec
        ("last week", date(2025, 1, 8), None),  # 30 Dec 2024 - 5 Jan 2025: no single year
        # numeric dates go to dateparser (English, month first)
        ("2024-12-05", FRI_2024_12_06, (date(2024, 12, 5), "day")),
        ("12/05/2024", FRI_2024_12_06, (date(2024, 12, 5), "day")),
    ],
)
def test_resolve_expression(text: str, published: date, expected: tuple[date, str] | None) -> None:
    resolved = when.resolve_expression(text, published)
    got = (resolved.date, resolved.precision) if resolved else None
    assert got == expected


@pytest.mark.parametrize(
    "text",
    ["31st", "three days", "the past decade", "the 1990s", "2023-24", "February 30", "recent days",
     "Act of 1992", "9999"],
)
def test_expressions_that_state_no_date(text: str) -> None:
    assert when.resolve_expression(text, FRI_2024_12_06) is None


def test_relative_expressions_need_a_publication_date() -> None:
    assert when.resolve_expression("Tuesday", None) is None
    assert when.resolve_expression("December 5", None) is None
    assert when.resolve_expression("last month", None) is None
    resolved = when.resolve_expression("5 December 2023", None)
    assert resolved == when.ResolvedDate(date(2023, 12, 5), "day")


def test_forward_resolution_for_future_events() -> None:
    assert when.resolve_expression("Sunday", FRI_2024_12_06, True) == when.ResolvedDate(
        date(2024, 12, 8), "day")
    assert when.resolve_expression("Friday", FRI_2024_12_06, True) == when.ResolvedDate(
        date(2024, 12, 6), "day")
    assert when.resolve_expression("December 10", FRI_2024_12_06, True) == when.ResolvedDate(
        date(2024, 12, 10), "day")
    assert when.resolve_expression("January", FRI_2024_12_06, True) == when.ResolvedDate(
        date(2025, 1, 1), "month")
    # the words themselves can point forward, whatever the caller says
    assert when.resolve_expression("next Monday", FRI_2024_12_06) == when.ResolvedDate(
        date(2024, 12, 9), "day")
    assert when.resolve_expression("tomorrow", FRI_2024_12_06) == when.ResolvedDate(
        date(2024, 12, 7), "day")


# --- assign_dates: choosing the event's date in a parsed sentence ----------------------------


def test_explicit_day_in_the_sentence(parser: Language) -> None:
    text = "On December 5, Armenian and Azerbaijani ministers met in Geneva to discuss the treaty."
    assert dated(code(parser, text, ["met"])) == [(date(2024, 12, 5), "day")]


def test_weekday_resolved_before_publication(parser: Language) -> None:
    text = ("Azerbaijan rejected the proposal on Tuesday at the OSCE Council's 31st meeting "
            "in Malta.")
    assert dated(code(parser, text, ["rejected"])) == [(date(2024, 12, 3), "day")]


def test_ordinal_is_not_a_date(parser: Language) -> None:
    text = "Azerbaijan rejected the proposal at the OSCE Council's 31st meeting in Malta."
    assert dated(code(parser, text, ["rejected"])) == [(None, "unknown")]


def test_year_naming_a_law_is_not_a_date(parser: Language) -> None:
    text = "The United States adopted the Freedom Support Act of 1992 to help Russia."
    assert dated(code(parser, text, ["adopted"])) == [(None, "unknown")]


def test_year_modifying_another_noun_is_not_a_date(parser: Language) -> None:
    text = "Armenia accused Azerbaijan of violating the 2020 ceasefire."
    assert dated(code(parser, text, ["accused"])) == [(None, "unknown")]


def test_no_date_expression_gives_none(parser: Language) -> None:
    text = "Azerbaijan rejected the proposal and accused Armenia of delaying the talks."
    assert dated(code(parser, text, ["rejected", "accused"])) == [(None, "unknown")] * 2


def test_date_in_an_embedded_clause_belongs_to_that_clause(parser: Language) -> None:
    text = "Azerbaijan rejected the plan, which Armenia first made in 2019."
    assert dated(code(parser, text, ["rejected", "made"])) == [
        (None, "unknown"),
        (date(2019, 1, 1), "year"),
    ]


def test_closest_date_wins(parser: Language) -> None:
    text = "Russia attacked Kharkiv on Monday and Ukraine retaliated on Tuesday."
    assert dated(code(parser, text, ["attacked", "retaliated"])) == [
        (date(2024, 12, 2), "day"),
        (date(2024, 12, 3), "day"),
    ]


def test_date_of_the_governing_clause_applies(parser: Language) -> None:
    text = "Ukrainian officials said on Monday that Russian drones struck Kharkiv."
    assert dated(code(parser, text, ["struck"])) == [(date(2024, 12, 2), "day")]


def test_bounding_preposition_is_not_the_event_date(parser: Language) -> None:
    text = "The ceasefire has held since 2020, diplomats said."
    assert dated(code(parser, text, ["held"])) == [(None, "unknown")]


def test_future_event_resolves_forward(parser: Language) -> None:
    text = "The two leaders will meet in Vienna on Sunday."
    assert dated(code(parser, text, ["meet"], modality="future")) == [(date(2024, 12, 8), "day")]
    assert dated(code(parser, text, ["meet"])) == [(date(2024, 12, 1), "day")]


def test_month_rollover_in_a_sentence(parser: Language) -> None:
    text = "China imposed tariffs on US goods in March, the ministry said."
    got = code(parser, text, ["imposed"], published=date(2025, 1, 3))
    assert dated(got) == [(date(2024, 3, 1), "month")]


def test_historical_year(parser: Language) -> None:
    text = "The OSCE set up the Minsk Group in 1992 to mediate the conflict."
    got = code(parser, text, ["set"], modality="historical")
    assert dated(got) == [(date(1992, 1, 1), "year")]


def test_dateline_date_is_not_the_event_date(parser: Language) -> None:
    text = "BAKU, Dec 5 (Meridian) - Azerbaijan rejected the proposal."
    assert dated(code(parser, text, ["rejected"])) == [(None, "unknown")]


def test_dates_do_not_leak_between_sentences(parser: Language) -> None:
    text = "The ministers met on Monday. Azerbaijan later rejected the proposal."
    assert dated(code(parser, text, ["met", "rejected"])) == [
        (date(2024, 12, 2), "day"),
        (None, "unknown"),
    ]


def test_without_publication_date_relative_dates_stay_unknown(parser: Language) -> None:
    text = "The ministers met on Monday and signed the agreement on 5 December 2023."
    got = code(parser, text, ["met", "signed"], published=None)
    assert dated(got) == [(None, "unknown"), (date(2023, 12, 5), "day")]


def test_trigger_without_offsets_uses_the_sentence_root(parser: Language) -> None:
    text = "Police arrested dozens of protesters in Tbilisi yesterday."
    got = code(parser, text, ["arrested"], with_offsets=False)
    assert dated(got) == [(date(2024, 12, 5), "day")]


def test_time_noun_phrase_is_one_date(parser: Language) -> None:
    text = "In the early hours of Monday, Russian forces launched dozens of drones at Ukraine."
    assert dated(code(parser, text, ["launched"])) == [(date(2024, 12, 2), "day")]


def test_a_bound_in_the_own_clause_blocks_the_governing_date(parser: Language) -> None:
    text = "The ceasefire has held since 2020, diplomats said on Monday."
    assert dated(code(parser, text, ["held", "said"])) == [
        (None, "unknown"),
        (date(2024, 12, 2), "day"),
    ]


def test_bound_deep_in_a_phrase(parser: Language) -> None:
    text = "A referendum could be held after the elections due in 2026."
    assert dated(code(parser, text, ["held"])) == [(None, "unknown")]


def test_future_event_takes_the_reporting_date_backwards(parser: Language) -> None:
    text = "France will pull its troops out of Niger, President Emmanuel Macron said on Sunday."
    got = code(parser, text, ["pull"], published=date(2023, 9, 25), modality="future")
    assert dated(got) == [(date(2023, 9, 24), "day")]


def test_equally_close_dates_refine_each_other(parser: Language) -> None:
    text = "The EU's foreign policy chief visited Kyiv for the first time in 2024 on Tuesday."
    assert dated(code(parser, text, ["visited"])) == [(date(2024, 12, 3), "day")]


def test_clock_time_and_day(parser: Language) -> None:
    text = "The ceasefire brokered by Qatar and Egypt took effect at 8:30 a.m. on Sunday."
    assert dated(code(parser, text, ["took"])) == [(date(2024, 12, 1), "day")]
