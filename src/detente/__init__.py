"""detente: news text in, coded political events and relations intelligence out."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from .pipeline import Pipeline, code_text

__all__ = ["Pipeline", "__version__", "code_text"]


def __getattr__(name: str) -> Any:
    # Lazy: `import detente` stays cheap (no spaCy) for the CLI's --help and for workers.
    if name in ("Pipeline", "code_text"):
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)
