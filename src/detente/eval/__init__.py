"""Gold-standard evaluation: PETRARCH validation XML, PLOVER gold records, CAMEO examples.

Readers and scorers are pure (no model); :mod:`detente.eval.runner` codes the
gold sentences with the pipeline; with a PETRARCH dictionaries folder it converts the
actor, agent and verb dictionaries (:mod:`~detente.eval.petrarch_dicts`,
:mod:`~detente.eval.petrarch_verbs`) and applies the discard list. ``detente eval ...``
is the command line; :mod:`detente.eval.floor` holds the CI regression floor.
"""

from __future__ import annotations

from .cameo import CameoReport, read_cameo, repair_mojibake
from .metrics import PRF, accuracy, confusion, macro_f1, multiset_matches, prf
from .petrarch import PetrarchReport, read_petrarch
from .petrarch_dicts import convert_actors, convert_agents, convert_dictionaries
from .petrarch_verbs import convert_verbs, read_discards
from .plover import PloverReport, read_plover
from .runner import run_cameo, run_petrarch, run_plover

__all__ = [
    "PRF",
    "CameoReport",
    "PetrarchReport",
    "PloverReport",
    "accuracy",
    "confusion",
    "convert_actors",
    "convert_agents",
    "convert_dictionaries",
    "convert_verbs",
    "macro_f1",
    "multiset_matches",
    "prf",
    "read_cameo",
    "read_discards",
    "read_petrarch",
    "read_plover",
    "repair_mojibake",
    "run_cameo",
    "run_petrarch",
    "run_plover",
]
