"""Streaming event sinks: write events as they are coded, in bounded memory.

:class:`ParquetSink` buffers up to ``row_group_size`` events and writes each
full buffer as one Parquet row group, with the columns of the store's
``events`` table (:func:`detente.store.events_table`). It writes to a hidden
temporary file and renames it on a clean close, so a crashed run never leaves a
truncated file that looks finished.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType

import pyarrow as pa
import pyarrow.parquet as pq

from ..errors import ClusterError
from ..records import Event
from ..store import events_table


def event_schema() -> pa.Schema:
    """Arrow schema of the store's ``events`` table (the sink's columns)."""
    return events_table([]).schema


class ParquetSink:
    """Write events to one Parquet file, a row group at a time."""

    def __init__(self, path: str | Path, *, row_group_size: int = 10_000) -> None:
        if row_group_size < 1:
            raise ClusterError(f"row_group_size must be at least 1, got {row_group_size}")
        self.path = Path(path)
        self.row_group_size = row_group_size
        self.events_written = 0
        self.row_groups = 0
        self._buffer: list[Event] = []
        self._tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._writer: pq.ParquetWriter | None = pq.ParquetWriter(
                self._tmp, event_schema(), compression="zstd"
            )
        except OSError as exc:
            raise ClusterError(f"cannot write {self.path}: {exc}") from exc

    def write(self, events: Iterable[Event]) -> None:
        for event in events:
            self._buffer.append(event)
            if len(self._buffer) >= self.row_group_size:
                self._flush()

    def _flush(self) -> None:
        if not self._buffer:
            return
        if self._writer is None:
            raise ClusterError(f"{self.path}: sink already closed")
        self._writer.write_table(events_table(self._buffer))
        self.events_written += len(self._buffer)
        self.row_groups += 1
        self._buffer = []

    def close(self) -> None:
        """Flush the last row group and move the finished file into place."""
        if self._writer is None:
            return
        self._flush()
        self._writer.close()
        self._writer = None
        os.replace(self._tmp, self.path)

    def abort(self) -> None:
        """Drop the unfinished file (the target path is left as it was)."""
        if self._writer is not None:
            self._writer.close()
            self._writer = None
        self._tmp.unlink(missing_ok=True)

    def __enter__(self) -> ParquetSink:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()
