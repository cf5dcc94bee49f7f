"""CI regression floor: the headline scores on the reference gold sets must not drop.

The figures live in ``floor.json`` beside this file; raise them after an
improvement with ``python -m detente.eval.floor --update``. Each gold set is
skipped when ``../shared`` is not beside the checkout.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import shared_file
from detente.eval.floor import GOLD_SETS, drops, measure, read_floor

FLOOR = Path(__file__).with_name("floor.json")


@pytest.mark.slow
@pytest.mark.parametrize("kind", sorted(GOLD_SETS))
def test_headline_scores_stay_above_the_floor(kind: str, pipeline: object) -> None:
    gold, _ = GOLD_SETS[kind]
    shared = shared_file("data", gold).parents[1]
    floor = read_floor(FLOOR)
    recorded = {k: v for k, v in floor["scores"].items() if k.startswith(f"{kind}.")}
    assert recorded, f"floor.json records no {kind} score"
    measured = measure(kind, shared)
    assert set(recorded) <= set(measured)
    assert drops(recorded, measured, float(floor["margin"])) == []
