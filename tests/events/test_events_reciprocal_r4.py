"""What a pair agrees to do to each other is done between them, whatever else the sentence
names: the place of the talks is no party."""

from __future__ import annotations

from detente.pipeline import Pipeline


def _dyads(pipeline: Pipeline, text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(e.event_type, e.cameo, e.actor.code if e.actor else None,
             e.recipient.code if e.recipient else None) for e in pipeline.code_text(text)]


def test_a_pledge_about_each_other_binds_both_ways(pipeline: Pipeline) -> None:
    text = ("Chilean President Ana Rojas and Peruvian President Luis Vega agreed on Friday not "
            "to use force against each other, after talks in Panama.")
    assert _dyads(pipeline, text) == [("AGREE", "036", "CHLGOV", "PERGOV"),
                                      ("AGREE", "036", "PERGOV", "CHLGOV")]


def test_agreeing_to_act_alone_has_no_partner(pipeline: Pipeline) -> None:
    text = ("Chilean President Ana Rojas and Peruvian President Luis Vega agreed on Friday to "
            "cut fuel taxes.")
    assert [(t, a, r) for t, _c, a, r in _dyads(pipeline, text)] == [
        ("AGREE", "CHLGOV", None), ("AGREE", "PERGOV", None)]
