"""One mention per actor noun phrase: titles, possessives, demonyms, metonyms, IGOs."""

from __future__ import annotations

from actors_helpers import by_text, resolve


def test_possessive_title_is_one_mention() -> None:
    text = "Azerbaijan’s Foreign Minister said on Friday that talks would resume."
    mention = resolve(text, "2024-12-05")[0]
    assert mention.actor.text == "Azerbaijan’s Foreign Minister"
    assert (mention.token_start, mention.token_end) == (0, 4)
    assert mention.head == 3  # "Minister"
    assert mention.actor.code == "AZEGOV"
    assert mention.actor.name == "Jeyhun Bayramov"
    assert (mention.actor.start, mention.actor.end) == (0, len("Azerbaijan’s Foreign Minister"))


def test_possessive_before_non_actor_noun_keeps_country() -> None:
    mentions = resolve("Azerbaijan's stance on the border remained unchanged.", "2024-12-05")
    assert len(mentions) == 1
    assert (mentions[0].actor.text, mentions[0].actor.code) == ("Azerbaijan", "AZE")
    assert mentions[0].actor.rule == "country:AZE/possessive"
    assert (mentions[0].token_start, mentions[0].token_end) == (0, 1)


def test_bare_country_has_no_sector() -> None:
    mention = resolve("Armenia rejected the proposal.", "2024-12-05")[0]
    assert (mention.actor.country, mention.actor.sector, mention.actor.code) == ("ARM", None, "ARM")
    assert mention.actor.name == "Armenia"


def test_demonym_with_group_noun() -> None:
    found = by_text(resolve("Russian troops shelled the town while Iranian protesters "
                            "marched in Tehran.", "2024-01-10"))
    assert found["Russian troops"].actor.code == "RUSMIL"
    assert found["Iranian protesters"].actor.code == "IRNCVL"
    assert found["Tehran"].actor.code == "IRN"  # "in Tehran" is a place, not the government


def test_title_and_name() -> None:
    mention = resolve("President Ilham Aliyev received the delegation.", "2024-12-05")[0]
    assert mention.actor.text == "President Ilham Aliyev"
    assert (mention.actor.code, mention.actor.name) == ("AZEGOV", "Ilham Aliyev")
    assert (mention.token_start, mention.token_end, mention.head) == (0, 3, 2)


def test_surname_alone() -> None:
    mention = resolve("Pashinyan said the border had been agreed.", "2024-04-20")[0]
    assert (mention.actor.code, mention.actor.name) == ("ARMGOV", "Nikol Pashinyan")


def test_armenian_side() -> None:
    mention = resolve("The Armenian side did not respond.", "2024-04-20")[0]
    assert (mention.actor.text, mention.actor.country, mention.actor.sector) == (
        "Armenian side", "ARM", None)


def test_us_spellings() -> None:
    found = by_text(resolve("The U.S. administration and US officials welcomed the "
                            "U.S.-proposed text.", "2024-04-20"))
    assert found["U.S. administration"].actor.code == "USAGOV"
    assert found["US officials"].actor.code == "USAGOV"
    dotted = found["U.S."]
    assert dotted.actor.code == "USA"
    assert dotted.token_end - dotted.token_start == 1  # the one token "U.S.-proposed"


def test_lower_case_pronoun_us_is_not_the_united_states() -> None:
    assert resolve("They told us nothing.", "2024-04-20") == []


def test_seats_of_government() -> None:
    found = by_text(resolve("The Kremlin, the White House and Downing Street issued "
                            "statements.", "2024-04-20"))
    assert found["Kremlin"].actor.code == "RUSGOV"
    assert found["White House"].actor.code == "USAGOV"
    assert found["Downing Street"].actor.code == "GBRGOV"


def test_capital_as_metonym() -> None:
    mention = resolve("Baku accused Yerevan of violating the truce.", "2024-04-20")
    assert [(m.actor.text, m.actor.code) for m in mention] == [
        ("Baku", "AZEGOV"), ("Yerevan", "ARMGOV")]
    assert mention[0].actor.rule == "country:AZE/capital"
    # As an argument a capital stands for its government; after "in" it is only a place.
    place = resolve("Talks were held in Baku.", "2024-04-20")
    assert [(m.actor.text, m.actor.code) for m in place] == [("Baku", "AZE")]


def test_brussels_is_the_eu() -> None:
    mention = resolve("Brussels warned Budapest over the veto.", "2024-04-20")
    assert [(m.actor.text, m.actor.code) for m in mention] == [
        ("Brussels", "EUR"), ("Budapest", "HUNGOV")]


def test_igos_ngos_and_groups() -> None:
    found = by_text(resolve(
        "NATO, the OSCE, the United Nations, the EU, Amnesty International, Hamas, "
        "Hezbollah and the Houthis were named in the report.", "2024-04-20"))
    assert {t: m.actor.code for t, m in found.items()} == {
        "NATO": "IGOMIL",
        "OSCE": "IGO",
        "United Nations": "UNO",
        "EU": "EUR",
        "Amnesty International": "NGO",
        "Hamas": "PSEREB",
        "Hezbollah": "LBNREB",
        "Houthis": "YEMREB",
    }


def test_transnational_group() -> None:
    mention = resolve("Islamic State claimed the attack.", "2019-04-20")[0]
    assert (mention.actor.text, mention.actor.code) == ("Islamic State", "IMGREB")


def test_partially_recognised_entity() -> None:
    mention = resolve("Abkhazia held elections on Sunday.", "2020-04-20")[0]
    assert (mention.actor.country, mention.actor.sector) == ("GEO", "PRE")


def test_dependency_folded_into_controlling_state() -> None:
    mention = resolve("Greenland rejected the offer.", "2025-01-10")[0]
    assert (mention.actor.code, mention.actor.name) == ("DNK", "Greenland")


def test_igo_official_by_name() -> None:
    mention = resolve("UN Secretary-General Antonio Guterres called for calm.", "2023-10-10")[0]
    assert mention.actor.text == "UN Secretary-General Antonio Guterres"
    assert (mention.actor.code, mention.actor.name) == ("UNOGOV", "António Guterres")


def test_generic_head_takes_modifier_sector() -> None:
    found = by_text(resolve("An army spokesman said government troops and rebel forces "
                            "clashed.", "2023-10-10"))
    assert found["army spokesman"].actor.code == "---MIL"
    assert found["government troops"].actor.code == "---MIL"
    assert found["rebel forces"].actor.code == "---REB"


def test_adjective_use_of_role_word_is_not_a_mention() -> None:
    mentions = resolve("Azerbaijan's position was firm.", "2023-10-10")
    assert [m.actor.text for m in mentions] == ["Azerbaijan"]


def test_unknown_name_stays_unknown() -> None:
    assert resolve("John Smith said the talks failed.", "2023-10-10") == []


def test_unknown_name_with_role_is_unknown_country() -> None:
    mention = resolve("Opposition leader Karl Mattson called for a strike.", "2023-10-10")[0]
    assert mention.actor.text == "Opposition leader Karl Mattson"
    assert (mention.actor.country, mention.actor.sector, mention.actor.code) == (
        None, "OPP", "---OPP")
    assert mention.actor.name is None


def test_mentions_sorted_and_disjoint() -> None:
    mentions = resolve("Russian President Vladimir Putin's spokesman Dmitry Peskov said "
                       "Kyiv and Washington were to blame.", "2023-10-10")
    assert [(m.actor.text, m.actor.code, m.actor.name) for m in mentions] == [
        ("Russian President Vladimir Putin's spokesman Dmitry Peskov", "RUSGOV", "Dmitry Peskov"),
        ("Kyiv", "UKRGOV", "Ukraine"),
        ("Washington", "USAGOV", "United States"),
    ]
    ends = [m.token_end for m in mentions]
    starts = [m.token_start for m in mentions]
    assert all(e <= s for e, s in zip(ends[:-1], starts[1:], strict=True))
