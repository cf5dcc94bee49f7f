"""``run_petrarch`` with a folder of PETRARCH dictionaries: verbs, discards, dictionary codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import shared_file
from detente.eval.petrarch_verbs import convert_verbs
from detente.eval.runner import run_petrarch, spacy_lemmatiser
from detente.settings import DEFAULT_MODEL

# Sentences written for this test; the actors and verbs are those of the validation
# dictionaries (read by path from ../shared at run time).
GOLD = """<Validation>
<Environment>
<Verbfile>PETR.Validate.verbs.txt</Verbfile>
<Actorfile>PETR.Validate.actors.txt</Actorfile>
<Agentfile>PETR.Validate.agents.txt</Agentfile>
<Discardfile>PETR.Validate.discards.txt</Discardfile>
</Environment>
<Sentences>
<Sentence date="19950101" id="T-01" category="VERB">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<Text>Arnor restored diplomatic ties with Gondor on Monday, an official said.</Text>
</Sentence>
<Sentence date="19950101" id="T-02" category="VERB">
<EventCoding sourcecode="FOR" targetcode="OSG" eventcode="041"></EventCoding>
<Text>Fornost welcomed the decision of Osgiliath.</Text>
</Sentence>
<Sentence date="19950101" id="T-03" category="ERROR">
<EventCoding error="sentencediscard"></EventCoding>
<Text>Arnor welcomed the baseball team of Gondor.</Text>
</Sentence>
</Sentences>
</Validation>
"""


@pytest.fixture(scope="module")
def dictionaries() -> Path:
    return shared_file("data", "petrarch2-unittest")


def test_dictionary_verbs_and_discards_drive_the_coding(
    tmp_path: Path, dictionaries: Path, pipeline: object
) -> None:
    gold = tmp_path / "gold.xml"
    gold.write_text(GOLD, encoding="utf-8")
    report = run_petrarch(gold, dictionaries=dictionaries)
    coded = {r.id: r.coded for r in report.records}
    # RESTORE [064] from the verb file, not the packaged code; "said" is attribution
    assert coded["T-01"] == (("ARN", "GON", "064"),)
    # WELCOME [041] replaces the packaged 051
    assert coded["T-02"] == (("FOR", "OSG", "041"),)
    # BASEBALL is a discard phrase: the record codes nothing
    assert coded["T-03"] == ()
    assert report.discarded == 1
    assert report.strict_accuracy == 1.0
    assert any("PETR.Validate.verbs.txt" in p for p in report.problems)


def test_spacy_lemmatiser_keeps_base_forms_and_undoes_inflection(pipeline: object) -> None:
    lemma_of = spacy_lemmatiser(DEFAULT_MODEL)
    assert [lemma_of(w, "VERB") for w in ("LEFT", "CALLED", "NEED", "EXPRESS", "URGING")] == [
        "leave", "call", "need", "express", "urge"]
    assert [lemma_of(w, "NOUN") for w in ("TIES", "RELATIONS", "TALKS")] == [
        "tie", "relation", "talk"]


def test_the_validation_verb_file_converts(dictionaries: Path, pipeline: object) -> None:
    conversion = convert_verbs(dictionaries / "PETR.Validate.verbs.txt",
                               lemma_of=spacy_lemmatiser(DEFAULT_MODEL))
    rows = {(r.lemma, r.particle, r.objects): r.cameo for r in conversion.rows}
    assert rows[("restore", "", ())] == "064"
    assert rows[("leave", "", ())] == "032"  # the block names the past form LEFT
    assert rows[("exclude", "", ())] == "1721"
    assert rows[("cordon", "off", ())] == "1721"  # +CORDON_OFF: a phrasal verb
    # "AGREE [081]" with "- % * [030:030]": a compound subject agreeing is 030 each way
    [agree] = [r for r in conversion.rows if (r.lemma, r.particle, r.objects) == ("agree", "", ())]
    assert (agree.cameo, agree.mutual) == ("081", "030")
    # "BELIEVE * LINKED [111]": the word after the verb read as a noun and as a verb
    assert rows[("believe", "", ("linked", "link"))] == "111"
    # "* NEW_PROTOCOL [084]" and "* TRADE PROTOCOL [085]" share their head: the first is kept
    assert rows[("sign", "", ("protocol",))] == "084"
    assert any("'sign' with objects protocol is coded 084" in p for p in conversion.problems)
    assert all(p.startswith(str(dictionaries / "PETR.Validate.verbs.txt") + ":")
               for p in conversion.problems)
