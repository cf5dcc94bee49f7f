"""All sixteen PLOVER types through the full pipeline, in sentences written for this test.

Each case: text, PLOVER type, CAMEO code (or its root, as a prefix), actor code,
recipient code (None: the passage gives none), modality. Active, passive,
nominal, negated, future and hypothetical forms are all represented.
"""

from __future__ import annotations

import pytest

CASES: list[tuple[str, str, str, str | None, str | None, str]] = [
    # AGREE: promises, offers, announced cooperation
    ("Japan agreed on Monday to share intelligence with South Korea.",
     "AGREE", "0314", "JPN", "KOR", "asserted"),
    ("Germany will send 50 tonnes of medical supplies to Ukraine next week, the health "
     "minister said.", "AGREE", "0333", "DEU", "UKR", "asserted"),
    ("Kenya offered to mediate between Ethiopia and Eritrea.",
     "AGREE", "039", "KEN", "ETH", "asserted"),
    # CONSULT
    ("The Turkish foreign minister met his Greek counterpart in Athens on Tuesday.",
     "CONSULT", "040", "TURGOV", "GRCGOV", "asserted"),
    ("President Macron visited Algeria last week.", "CONSULT", "042", "FRAGOV", "DZA", "asserted"),
    ("Brazil hosted talks between Colombia and Venezuela.",
     "CONSULT", "043", "BRA", "COL", "asserted"),
    # SUPPORT
    ("Australia praised Indonesia for its handling of the crisis.",
     "SUPPORT", "051", "AUS", "IDN", "asserted"),
    ("India and Bangladesh signed a trade agreement in Dhaka.",
     "SUPPORT", "057", "IND", "BGD", "asserted"),
    # CONCEDE
    ("Egypt lifted the curfew in Cairo after the elections.",
     "CONCEDE", "0813", "EGY", "EGYCVL", "asserted"),
    ("The Chinese government eased restrictions on foreign journalists.",
     "CONCEDE", "081", "CHNGOV", "---JRN", "asserted"),
    # COOPERATE
    # Joint drills of a coordinated subject are held with each other (PETRARCH convention).
    ("France and Germany held joint military exercises near the border with Poland.",
     "COOPERATE", "062", "FRA", "DEU", "asserted"),
    ("Colombia extradited a drug trafficker to the United States.",
     "COOPERATE", "063", "COL", "USA", "asserted"),
    # AID
    ("Norway donated ten million dollars to Sudan.", "AID", "070", "NOR", "SDN", "asserted"),
    ("Canada granted asylum to Iranian dissidents.", "AID", "075", "CAN", "IRNOPP", "asserted"),
    # RETREAT
    ("Israel released 30 Palestinian prisoners on Sunday.",
     "RETREAT", "0841", "ISR", "PSE", "asserted"),
    ("Russian troops withdrew from the Georgian town of Gori.",
     "RETREAT", "0874", "RUSMIL", "GEO", "asserted"),
    # REQUEST (appeals and demands)
    ("Pakistan urged India to resume talks on Kashmir.",
     "REQUEST", "026", "PAK", "IND", "asserted"),
    ("The European Union called on Serbia to release the detained journalists.",
     "REQUEST", "0253", "EUR", "SRB", "asserted"),
    ("Britain demanded that Iran release the sailors.",
     "REQUEST", "1053", "GBR", "IRN", "asserted"),
    ("The Kremlin said Ukraine must withdraw its troops.",
     "REQUEST", "1056", "RUSGOV", "UKR", "asserted"),
    # ACCUSE (active, passive)
    ("Spain condemned Morocco over the border incident.",
     "ACCUSE", "111", "ESP", "MAR", "asserted"),
    ("Ukraine accused Russia of war crimes.", "ACCUSE", "1124", "UKR", "RUS", "asserted"),
    ("Venezuela was criticized by Colombia for its treatment of migrants.",
     "ACCUSE", "111", "COL", "VEN", "asserted"),
    # REJECT (control verb, negated future cooperation)
    ("Armenia rejected the peace plan proposed by Turkey.",
     "REJECT", "127", "ARM", "TUR", "asserted"),
    ("Hungary refused to meet the Ukrainian delegation.",
     "REJECT", "125", "HUN", "UKRGOV", "asserted"),
    ("Syria will not accept the proposal, officials said.",
     "REJECT", "127", "SYR", None, "asserted"),
    # THREATEN (verbal, and announced material conflict)
    ("North Korea threatened to attack South Korea.", "THREATEN", "138", "PRK", "KOR", "asserted"),
    ("Iran warned Israel against any attack on its nuclear sites.",
     "THREATEN", "138", "IRN", "ISR", "asserted"),
    ("Greece plans to impose restrictions on Turkey.",
     "THREATEN", "1312", "GRC", "TUR", "asserted"),
    # PROTEST
    ("Thousands of students protested against the government in Belgrade.",
     "PROTEST", "14", "SRBEDU", "SRBGOV", "asserted"),
    ("Protesters staged a rally against the Serbian government.",
     "PROTEST", "141", "SRBCVL", "SRBGOV", "asserted"),  # the government they protest
    # MOBILIZE
    # The troops deployed are Russia's means; the border's other side is the one aimed at.
    ("Russia deployed troops along the border with Ukraine.",
     "MOBILIZE", "154", "RUS", "UKR", "asserted"),
    ("China put its forces on high alert near Taiwan.",
     "MOBILIZE", "152", "CHN", None, "asserted"),
    # SANCTION (verbal and nominal)
    ("The United States imposed sanctions on Venezuela.",
     "SANCTION", "163", "USA", "VEN", "asserted"),
    # Expelled diplomats: CAMEO 161 (manual, 166: "When diplomats are ... expelled, use 161").
    ("Poland expelled two Russian diplomats on Friday.",
     "SANCTION", "161", "POL", "RUSGOV", "asserted"),
    ("Mexico's withdrawal of its ambassador angered Peru.",
     "SANCTION", "166", "MEX", None, "asserted"),
    # COERCE
    # Detainees of no stated nationality are placed where they were held (merge, by location).
    ("Turkish police arrested twelve journalists in Istanbul.",
     "COERCE", "173", "TURCOP", "TURJRN", "asserted"),
    ("Israel occupied the Golan Heights in 1967.", "COERCE", "192", "ISR", None, "historical"),
    # ASSAULT (asserted, negated, hypothetical)
    ("Saudi aircraft bombed Houthi positions in Yemen.",
     "ASSAULT", "195", "SAUMIL", "YEMREB", "asserted"),
    ("Rebels attacked a police station in northern Mali.",
     "ASSAULT", "190", "MLIREB", "MLICOP", "asserted"),
    ("The rebels did not attack the convoy.", "ASSAULT", "190", "---REB", None, "negated"),
    ("Analysts suggest that Russia could invade Ukraine.",
     "ASSAULT", "190", "RUS", "UKR", "hypothetical"),
]


def test_every_plover_type_is_covered() -> None:
    from detente.records import EVENT_TYPES

    assert {c[1] for c in CASES} == set(EVENT_TYPES)


@pytest.mark.parametrize(("text", "event_type", "cameo", "actor", "recipient", "modality"), CASES)
def test_sentence_codes(  # type: ignore[no-untyped-def]
    pipeline, text, event_type, cameo, actor, recipient, modality
) -> None:
    events = pipeline.code_text(text, published="2024-06-01")
    assert events, f"no event from {text!r}"
    first = events[0]
    got = (first.event_type, first.actor.code if first.actor else None,
           first.recipient.code if first.recipient else None, first.modality)
    assert got == (event_type, actor, recipient, modality)
    assert first.cameo.startswith(cameo)
    evidence = first.evidence[0]
    assert text[evidence.start:evidence.end] == evidence.sentence
