"""Progress reporting: rates, ETA, and plain log lines when stderr is not a terminal."""

from __future__ import annotations

import io

from detente.scale.progress import Progress, Rates, format_duration, format_line


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_rates_and_eta() -> None:
    rates = Rates(articles=50, events=150, errors=1, elapsed=10.0, total=200)
    assert rates.articles_per_s == 5.0
    assert rates.events_per_s == 15.0
    assert rates.eta_s == 30.0
    assert Rates(0, 0, 0, 0.0, 200).eta_s is None
    assert Rates(5, 0, 0, 1.0, None).eta_s is None


def test_format_duration() -> None:
    assert format_duration(None) == "?"
    assert format_duration(59.6) == "1:00"
    assert format_duration(3725) == "1:02:05"


def test_format_line_with_and_without_total() -> None:
    assert format_line(Rates(50, 150, 1, 10.0, 200)) == (
        "coded 50/200 articles, 150 events, 1 errors in 0:10 "
        "(5.0 articles/s, 15.0 events/s, ETA 0:30)"
    )
    assert format_line(Rates(50, 150, 0, 10.0, None)) == (
        "coded 50 articles, 150 events, 0 errors in 0:10 (5.0 articles/s, 15.0 events/s)"
    )


def test_log_lines_every_interval_and_a_final_line() -> None:
    clock = FakeClock()
    stream = io.StringIO()  # not a TTY: plain lines
    with Progress(total=30, interval=10.0, stream=stream, clock=clock) as progress:
        clock.now += 4
        progress.advance(10, 20)  # 4 s: before the interval, no line
        clock.now += 6
        progress.advance(10, 10, 1)  # 10 s: one line
        clock.now += 5
        progress.advance(10, 0)  # 15 s: 5 s since the last line, none
    lines = stream.getvalue().splitlines()
    assert lines == [
        "coded 20/30 articles, 30 events, 1 errors in 0:10 "
        "(2.0 articles/s, 3.0 events/s, ETA 0:05)",
        "coded 30/30 articles, 30 events, 1 errors in 0:15 "
        "(2.0 articles/s, 2.0 events/s, ETA 0:00)",
    ]


def test_disabled_progress_is_silent() -> None:
    stream = io.StringIO()
    with Progress(total=3, enabled=False, stream=stream) as progress:
        progress.advance(3, 3)
    assert stream.getvalue() == ""
    assert (progress.articles, progress.events) == (3, 3)


class FakeTTY(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_terminal_gets_a_rich_bar_not_log_lines() -> None:
    stream = FakeTTY()
    with Progress(total=4, stream=stream) as progress:
        progress.advance(4, 8)
    output = stream.getvalue()
    assert "4/4" in output
    assert "coded 4/4 articles" not in output  # the plain line format is for logs only
