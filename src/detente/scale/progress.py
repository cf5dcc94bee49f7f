"""Progress of a long coding run: a rich bar on a terminal, plain log lines otherwise.

A batch job's stderr is usually a log file, where a redrawn bar turns into
megabytes of control codes; there we print one line every ``interval`` seconds.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from types import TracebackType
from typing import IO, Any

Clock = Callable[[], float]


@dataclass(slots=True)
class Rates:
    """Counts and rates of a run so far (a snapshot for display)."""

    articles: int
    events: int
    errors: int
    elapsed: float
    total: int | None

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def events_per_s(self) -> float:
        return self.events / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def eta_s(self) -> float | None:
        """Seconds left at the current rate, when the total is known and a rate exists."""
        if self.total is None or self.articles == 0:
            return None
        return max(self.total - self.articles, 0) / self.articles_per_s


def format_duration(seconds: float | None) -> str:
    if seconds is None:
        return "?"
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def format_line(rates: Rates) -> str:
    """One plain progress line: counts, rates and (when the total is known) ETA."""
    done = f"{rates.articles}/{rates.total}" if rates.total is not None else f"{rates.articles}"
    line = (
        f"coded {done} articles, {rates.events} events, {rates.errors} errors "
        f"in {format_duration(rates.elapsed)} "
        f"({rates.articles_per_s:.1f} articles/s, {rates.events_per_s:.1f} events/s"
    )
    if rates.total is not None:
        line += f", ETA {format_duration(rates.eta_s)}"
    return line + ")"


@dataclass
class Progress:
    """Report progress of a run; use as a context manager and call :meth:`advance`.

    ``enabled=None`` shows a rich bar when ``stream`` is a terminal and log lines
    otherwise; ``False`` is silent.
    """

    total: int | None = None
    enabled: bool | None = None
    interval: float = 10.0
    stream: IO[str] = field(default_factory=lambda: sys.stderr)
    clock: Clock = time.monotonic
    articles: int = 0
    events: int = 0
    errors: int = 0
    _start: float = 0.0
    _last_line: float = 0.0
    _bar: Any = None
    _task: Any = None

    def __post_init__(self) -> None:
        self._start = self._last_line = self.clock()
        is_tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self._rich = self.enabled is not False and is_tty
        self._lines = self.enabled is not False and not is_tty

    def __enter__(self) -> Progress:
        if self._rich:
            self._start_bar()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _start_bar(self) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )
        from rich.progress import (
            Progress as RichProgress,
        )

        self._bar = RichProgress(
            TextColumn("coding"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rates]}"),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            console=Console(file=self.stream),
            transient=False,
        )
        self._bar.start()
        self._task = self._bar.add_task("coding", total=self.total, rates="")

    def snapshot(self) -> Rates:
        return Rates(self.articles, self.events, self.errors, self.clock() - self._start,
                     self.total)

    def advance(self, articles: int, events: int, errors: int = 0) -> None:
        self.articles += articles
        self.events += events
        self.errors += errors
        if self._bar is not None:
            rates = self.snapshot()
            self._bar.update(
                self._task,
                advance=articles,
                rates=f"{rates.articles_per_s:.1f} art/s {rates.events_per_s:.1f} ev/s",
            )
        elif self._lines and self.clock() - self._last_line >= self.interval:
            self._last_line = self.clock()
            print(format_line(self.snapshot()), file=self.stream, flush=True)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None
        elif self._lines:
            # Final line so a log always ends with the totals.
            print(format_line(self.snapshot()), file=self.stream, flush=True)
            self._lines = False
