"""Errors with codes, in one place (as spaCy keeps its ``Errors``).

Every user-facing error names what failed (file, record or line) so that a
one-line message is enough to find and fix it.
"""

from __future__ import annotations


class DetenteError(Exception):
    """Base class. ``code`` is a short stable identifier such as ``E101``."""

    code = "E000"

    def __init__(self, message: str) -> None:
        super().__init__(f"[{self.code}] {message}")


class InputError(DetenteError):
    """An input file or record could not be read or is not a usable article."""

    code = "E101"

    def __init__(self, origin: str, message: str) -> None:
        self.origin = origin
        self.reason = message
        super().__init__(f"{origin}: {message}")


class KnowledgeError(DetenteError):
    """A knowledge file (package data or a user's extension) is malformed."""

    code = "E201"

    def __init__(self, path: str, line: int | None, message: str) -> None:
        self.path = path
        self.line = line
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {message}")


class ModelError(DetenteError):
    """The spaCy pipeline named in the settings cannot be loaded."""

    code = "E301"


class StoreError(DetenteError):
    """The event store cannot be opened, migrated or written."""

    code = "E401"


class EvalError(DetenteError):
    """A gold-standard file cannot be read."""

    code = "E501"


class ClusterError(DetenteError):
    """Scale-out (local workers or Dask) failed."""

    code = "E601"


class AnalyticsError(DetenteError):
    """An analytics request (dyad, period, report, export) cannot be served."""

    code = "E701"
