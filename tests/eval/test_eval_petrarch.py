"""PETRARCH validation XML: lenient reading, normalisation, triple scoring."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from eval_fakes import build_event

from detente.errors import EvalError
from detente.eval.coding import CodedSet
from detente.eval.metrics import PRF
from detente.eval.petrarch import (
    PetrarchRecord,
    articles,
    event_triple,
    event_triples,
    exact_code,
    exact_triple,
    format_report,
    phoenix_code,
    read_petrarch,
    root_triple,
    score,
    score_record,
    tree_problem,
)
from detente.records import Actor

GOOD = """<Validation>
<Environment><Actorfile>my.actors.txt</Actorfile></Environment>
<Sentences>
<Sentence date="19950101" id="DEMO-01" category="DEMO" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<Text>
Arnor is about to restore full
diplomatic ties with Gondor.
</Text>
<Parse>(ROOT (S (NP (NNP Arnor))))</Parse>
</Sentence>
<Sentence date="19950102" id="NONE-01" category="DEMO">
<EventCoding noevents="True"></EventCoding>
<Text>Nothing happened.</Text>
</Sentence>
<Sentence date="19950103" id="ERR-01" category="ERROR">
<EventCoding error="sentencediscard"></EventCoding>
<Text>Baseball scores.</Text>
</Sentence>
<Sentence date="19950104" id="DEMO-01" category="DEMO">
<EventCoding sourcecode="GONGOV" targetcode="ARN" eventcode="1712"></EventCoding>
<EventCoding sourcecode="GONGOV" targetcode="ARN" eventcode="1712"></EventCoding>
<Text>Gondor's government seized Arnorian property twice.</Text>
</Sentence>
</Sentences>
</Validation>
"""

# The second record has a stray "&" and an unclosed <b>: not well-formed anywhere.
MALFORMED = """<Validation>
<Sentences>
<Sentence date="19950101" id="OK-01" category="DEMO">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<Text>Arnor will restore ties with Gondor.</Text>
</Sentence>
<Sentence date="19950102" id="BAD-01" category="DEMO">
<EventCoding sourcecode='ARN' targetcode="MOR" eventcode="190">
<Text>Arnor & Rohan <b>attacked Mordor.</Text>
</Sentence>
<Sentence date="1995XX03" id="OK-02" category="DATE">
<EventCoding sourcecode="ROH" targetcode="MOR" eventcode="111"></EventCoding>
<Text>Rohan criticised Mordor.</Text>
</Sentence>
<Sentence date="19950104" id="BROKEN-01" category="DEMO">
<EventCoding sourcecode="ROH" eventcode="111"></EventCoding>
<Text>Rohan criticised.</Text>
</Sentence>
<Sentence date="19950105" category="DEMO">
<Text>No id here.</Text>
</Sentence>
</Sentences>
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "gold.xml"
    path.write_text(text, encoding="utf-8")
    return path


def test_reads_well_formed_records(tmp_path: Path) -> None:
    gold = read_petrarch(write(tmp_path, GOOD))
    assert gold.problems == []
    assert gold.environment == {"Actorfile": "my.actors.txt"}
    first, no_events, error, repeated = gold.records
    assert first == PetrarchRecord(
        id="DEMO-01",
        text="Arnor is about to restore full diplomatic ties with Gondor.",
        published=date(1995, 1, 1),
        category="DEMO",
        expected=(("ARN", "GON", "064"),),
        status="events",
    )
    assert (no_events.status, no_events.expected) == ("noevents", ())
    assert (error.status, error.expected) == ("error", ())
    # a repeated id gets a stable suffix; both identical codings are kept
    assert repeated.id == "DEMO-01#2"
    assert repeated.expected == (("GONGOV", "ARN", "1712"),) * 2


def test_malformed_file_is_read_record_by_record(tmp_path: Path) -> None:
    path = write(tmp_path, MALFORMED)
    gold = read_petrarch(path)
    assert [r.id for r in gold.records] == ["OK-01", "BAD-01", "OK-02"]
    bad = gold.records[1]
    assert bad.text == "Arnor & Rohan <b>attacked Mordor."
    assert bad.expected == (("ARN", "MOR", "190"),)
    assert gold.records[2].published is None
    problems = "\n".join(gold.problems)
    assert "not well-formed XML" in problems
    assert "record OK-02: bad date '1995XX03'" in problems
    assert f"{path}:15: record BROKEN-01: EventCoding without targetcode; skipped" in problems
    assert f"{path}:19: <Sentence> without an id; skipped" in problems


def test_unreadable_gold_raises_eval_error(tmp_path: Path) -> None:
    with pytest.raises(EvalError, match="no readable <Sentence> records"):
        read_petrarch(write(tmp_path, "<Validation></Validation>"))
    with pytest.raises(EvalError, match="cannot read gold file"):
        read_petrarch(tmp_path / "absent.xml")


def test_articles_carry_record_date(tmp_path: Path) -> None:
    gold = read_petrarch(write(tmp_path, GOOD))
    first = articles(gold)[0]
    assert (first.id, first.published) == ("petrarch:DEMO-01", date(1995, 1, 1))
    assert len({a.id for a in articles(gold)}) == 4


def test_code_normalisation() -> None:
    assert exact_code("DNKMUSMED") == "DNKMUS"  # country + first sector
    assert exact_code("HOBCIV") == "HOBCVL"  # Phoenix CIV = PLOVER CVL
    assert exact_code("---GOV") == "---GOV"
    assert exact_code('"INJURY TOLL"') == '"INJURY TOLL"'  # text, never matches a code
    assert exact_triple(("PSEREBHMS", "gon", "0234")) == ("PSEREB", "GON", "0234")
    assert root_triple(("PSEREBHMS", "GONGOV", "0234")) == ("PSE", "GON", "02")


def record(expected: tuple[tuple[str, str, str], ...], status: str = "events") -> PetrarchRecord:
    return PetrarchRecord("R", "text", None, "DEMO", expected, status)


def test_score_record_exact_and_root() -> None:
    scored = score_record(
        record((("ARNGOV", "GON", "064"), ("GON", "ARNGOV", "064"))),
        [("ARNGOVFRM", "GON", "064"), ("GON", "ARNMIL", "061")],
    )
    assert scored.exact == PRF(expected=2, coded=2, matched=1)
    assert scored.root == PRF(expected=2, coded=2, matched=2)
    assert not scored.strict
    assert scored.strict_root


def test_no_event_and_error_records_pass_only_when_nothing_is_coded() -> None:
    assert score_record(record((), "noevents"), []).strict
    assert not score_record(record((), "noevents"), [("ARN", "GON", "010")]).strict
    assert score_record(record((), "error"), []).strict
    assert not score_record(record((), "error"), [("ARN", "GON", "010")]).strict


def test_score_reads_coded_events(tmp_path: Path) -> None:
    gold = read_petrarch(write(tmp_path, GOOD))
    coded = CodedSet(
        events={
            "petrarch:DEMO-01": [build_event("COOPERATE", "064", "ARN", "GON")],
            "petrarch:NONE-01": [],
            "petrarch:ERR-01": [build_event("CONSULT", "040", "ARN", "---GOV")],
            "petrarch:DEMO-01#2": [build_event("COERCE", "1712", "GONGOV", "ARN")],
        }
    )
    report = score(gold, coded)
    assert report.exact == PRF(expected=3, coded=3, matched=2)
    assert [r.coded for r in report.records][2] == (("ARN", "---GOV", "040"),)
    assert report.strict_accuracy == pytest.approx(2 / 4)  # DEMO-01 and NONE-01
    assert report.by_category()["ERROR"] == {
        "records": 1, "strict_accuracy": 0.0, "exact_recall": 0.0,
    }
    text = format_report(report, per_record=True)
    assert "exact  expected    3  coded    3  matched    2" in text
    assert "ERR-01 [error] Baseball scores." in text
    as_json = report.to_dict()
    assert as_json["exact"]["matched"] == 2
    assert len(as_json["per_record"]) == 4


# ---------------------------------------------------------------- Phoenix-style coded codes


def _body(country: str | None, sector: str | None) -> Actor:
    return Actor(text="x", country=country, sector=sector, code="unused")


@pytest.mark.parametrize(
    ("country", "sector", "written"),
    [
        ("UNO", None, "IGOUNO"),  # the United Nations
        ("UNO", "MED", "IGOUNOMED"),  # WHO: a UN health body
        ("EUR", None, "IGOEUR"),  # the EU's institutions
        ("EUR", "LEG", "IGOEURLEG"),  # the European Parliament
        ("IGO", "MIL", "IGOMIL"),  # NATO: IGO is already a Phoenix prefix
        ("NGO", None, "NGO"),  # Amnesty International
        ("IMG", "REB", "IMGREB"),
        ("AZE", "GOV", "AZEGOV"),
        (None, "GOV", "---GOV"),
        ("KOS", "GOV", "KSVGOV"),  # Kosovo: PLOVER KOS, Phoenix KSV
        ("KOS", None, "KSV"),
    ],
)
def test_phoenix_code_writes_un_and_eu_bodies_under_igo(
    country: str | None, sector: str | None, written: str
) -> None:
    assert phoenix_code(_body(country, sector)) == written


def test_phoenix_code_of_a_missing_actor_is_dashes() -> None:
    assert phoenix_code(None) == "---"


def test_un_coded_event_matches_phoenix_igo_gold_at_both_levels() -> None:
    record = PetrarchRecord("R-1", "t", None, "DEMO", (("IGOUNOHLH", "GON", "042"),), "events")
    event = build_event("CONSULT", "042", "UNOMED", "GON")
    scored = score_record(record, [event_triple(event)])
    assert event_triple(event) == ("IGOUNOMED", "GON", "042")
    assert (scored.root.matched, scored.exact.matched) == (1, 1)
    assert scored.strict


def test_dictionary_codes_replace_the_rebuilt_code_of_their_actor() -> None:
    eu = Actor(text="European Union", country="IGO", sector=None, code="IGO",
               name="European Union [IGOEEU]")
    other = Actor(text="EU", country="EUR", sector=None, code="EUR", name="European Union")
    codes = {"European Union [IGOEEU]": "IGOEEU"}
    assert phoenix_code(eu, codes) == "IGOEEU"
    assert phoenix_code(eu) == "IGO"
    assert phoenix_code(other, codes) == "IGOEUR"


def test_score_writes_dictionary_codes(tmp_path: Path) -> None:
    gold = read_petrarch(write(tmp_path, """<Validation><Sentences>
<Sentence date="19950101" id="D-1" category="DATE">
<EventCoding sourcecode="ORCHOB" targetcode="MRGORC" eventcode="031"></EventCoding>
<Text>Sam Gamgee met a bunch of Morgul Orcs.</Text>
</Sentence></Sentences></Validation>"""))
    event = build_event("CONSULT", "031", "ORC", "MRG", article_id="petrarch:D-1")
    sam = Actor(text="Sam Gamgee", country="ORC", sector=None, code="ORC",
                name="Sam Gamgee [ORCHOB]")
    orcs = Actor(text="Morgul Orcs", country="MRG", sector=None, code="MRG",
                 name="Morgul Orcs [MRGORC]")
    event = replace(event, actor=sam, recipient=orcs)
    coded = CodedSet(events={"petrarch:D-1": [event]})
    plain = score(gold, coded)
    assert plain.records[0].coded == (("ORC", "MRG", "031"),)
    assert plain.records[0].strict_root and not plain.records[0].strict
    report = score(gold, coded, {"Sam Gamgee [ORCHOB]": "ORCHOB",
                                 "Morgul Orcs [MRGORC]": "MRGORC"})
    assert report.records[0].coded == (("ORCHOB", "MRGORC", "031"),)
    assert report.records[0].strict


def test_an_event_without_a_recipient_is_not_a_petrarch_event(tmp_path: Path) -> None:
    gold = read_petrarch(write(tmp_path, GOOD))
    coded = CodedSet(events={
        "petrarch:DEMO-01": [build_event("COOPERATE", "064", "ARN", "GON"),
                             build_event("PROTEST", "141", "ARN", None)],
        "petrarch:NONE-01": [build_event("PROTEST", "141", "ARN", None)],
        "petrarch:ERR-01": [build_event("ASSAULT", "190", None, "GON")],
    })
    report = score(gold, coded)
    # an unidentified source is written "---", as PETRARCH-style gold writes it
    assert [r.coded for r in report.records[:3]] == [
        (("ARN", "GON", "064"),), (), (("---", "GON", "190"),)]
    assert [r.strict for r in report.records[:3]] == [True, True, False]


@pytest.mark.parametrize(
    ("parse", "problem"),
    [
        ("(ROOT (S (NP (NNP Arnor)) (VP (VBD left))))", None),
        ("(ROOT (S (NP (NNP X) (-LRB- -LRB-)))) ", None),
        (None, None),
        ("(ROOT (S (NP (NNP Arnor)) (VP (VBD left))", "<Parse> leaves 2 bracket(s) open"),
        ("(ROOT (S (NP (NNP Arnor))) (VBD left)))", "<Parse> holds text after its tree closes"),
        ("(ROOT (NP x)))", "<Parse> holds text after its tree closes"),
        (")(ROOT)", "<Parse> closes a bracket it never opened (character 1)"),
    ],
)
def test_tree_problem(parse: str | None, problem: str | None) -> None:
    assert tree_problem(parse) == problem


def test_a_record_with_a_malformed_parse_is_read_but_not_coded(tmp_path: Path) -> None:
    gold = read_petrarch(write(tmp_path, """<Validation><Sentences>
<Sentence date="19950101" id="OK-1" category="DEMO">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<Text>Arnor restored ties with Gondor.</Text>
<Parse>(ROOT (S (NP (NNP Arnor)) (VP (VBD restored))))</Parse>
</Sentence>
<Sentence date="19950101" id="BAD-1" category="ERROR">
<EventCoding error="bad_input_parse"></EventCoding>
<Text>Arnor restored ties with Gondor.</Text>
<Parse>(ROOT (S (NP (NNP Arnor)) (VP (VBD restored)</Parse>
</Sentence></Sentences></Validation>"""))
    assert [r.parse_problem for r in gold.records] == [None, "<Parse> leaves 3 bracket(s) open"]
    assert gold.problems == [f"{gold.path}: record BAD-1: <Parse> leaves 3 bracket(s) open; "
                             "not coded"]
    assert [a.id for a in articles(gold)] == ["petrarch:OK-1"]
    report = score(gold, CodedSet())
    assert report.rejected == 1
    assert [r.strict for r in report.records] == [False, True]
    assert "1 record(s) have a malformed <Parse> and were not coded" in format_report(report)


@pytest.mark.parametrize(
    ("country", "sector", "name", "text", "written"),
    [
        ("IGO", "MIL", "NATO", "NATO", "IGOWSTNAT"),
        ("IGO", None, "African regional organisation", "the Economic Community of West "
         "African States", "IGOWAFWAS"),  # found by the mention's text
        ("NGO", None, "Amnesty International", "Amnesty", "NGOHRIAMN"),
        ("IGO", "MED", "Red Cross", "ICRC", "NGOHLHIRC"),
        ("IGO", None, "OSCE", "OSCE", "IGO"),  # not listed: the general rule
        ("UNO", "REF", "UNHCR", "UNHCR", "IGOUNOREF"),
        ("USA", "GOV", "NATO", "NATO", "USAGOV"),  # only international bodies are looked up
    ],
)
def test_listed_bodies_get_their_phoenix_code(
    country: str, sector: str | None, name: str, text: str, written: str
) -> None:
    actor = Actor(text=text, country=country, sector=sector, code="unused", name=name)
    assert phoenix_code(actor) == written
    assert exact_code(written) == exact_code(phoenix_code(actor))


def test_a_compound_dictionary_code_is_written_once_per_actor() -> None:
    shire = Actor(text="the Shire", country="FRO", sector=None, code="FRO",
                  name="The Shire [FRO/BIL/SAM]")
    lorien = Actor(text="Lorien", country="ELR", sector=None, code="ELR",
                   name="Lorien [ELR/GAL]")
    event = replace(build_event("COOPERATE", "064"), actor=shire, recipient=lorien)
    codes = {"The Shire [FRO/BIL/SAM]": "FRO/BIL/SAM", "Lorien [ELR/GAL]": "ELR/GAL"}
    assert event_triples(event, codes) == [
        ("FRO", "ELR", "064"), ("FRO", "GAL", "064"), ("BIL", "ELR", "064"),
        ("BIL", "GAL", "064"), ("SAM", "ELR", "064"), ("SAM", "GAL", "064"),
    ]
    assert event_triples(event) == [("FRO", "ELR", "064")]


def test_kosovo_written_kos_or_ksv_in_gold_matches_at_both_levels() -> None:
    assert exact_code("KOSGOV") == exact_code("KSVGOV") == exact_code("XKXGOV") == "KSVGOV"
    assert root_triple(("KOS", "SRBGOV", "111")) == root_triple(("KSV", "SRB", "111"))
    assert root_triple(("XKX", "SRB", "111")) == root_triple(("KSV", "SRB", "111"))
    record = PetrarchRecord("R-2", "t", None, "DEMO", (("SRBGOV", "KOS", "120"),), "events")
    kosovo = Actor(text="Kosovo", country="KOS", sector=None, code="KOS")
    serbia = Actor(text="Serbia", country="SRB", sector="GOV", code="SRBGOV")
    triple = (phoenix_code(serbia), phoenix_code(kosovo), "120")
    scored = score_record(record, [triple])
    assert (scored.root.matched, scored.exact.matched) == (1, 1)
