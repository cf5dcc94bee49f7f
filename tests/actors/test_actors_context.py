"""Titles without a country (dateline, sentence, article) and coreference across sentences."""

from __future__ import annotations

from actors_helpers import by_text, resolve


def test_dateline_gives_the_country() -> None:
    text = "BAKU, Dec 5 (Reuters) - The President said the talks would go on."
    mentions = resolve(text, "2024-12-05")
    assert len(mentions) == 1  # the dateline city is where the story was filed, not an actor
    mention = mentions[0]
    assert mention.actor.text == "President"
    assert (mention.actor.code, mention.actor.name) == ("AZEGOV", "Ilham Aliyev")
    assert mention.actor.rule == (
        "role:president+dateline:AZE+officeholder:Ilham Aliyev@2003-10-31..")


def test_dateline_with_dash_only() -> None:
    mention = resolve("MOSCOW — The foreign minister criticised the decision.", "2023-01-05")[0]
    assert (mention.actor.code, mention.actor.name) == ("RUSGOV", "Sergei Lavrov")


def test_country_from_the_same_sentence() -> None:
    found = by_text(resolve("Azerbaijan said the president would attend the summit.",
                            "2024-12-05"))
    president = found["president"]
    assert (president.actor.code, president.actor.name) == ("AZEGOV", "Ilham Aliyev")
    assert president.actor.rule is not None and "+sentence:AZE" in president.actor.rule


def test_country_from_the_article() -> None:
    text = ("Armenia and Georgia signed a trade deal. Armenia will cut tariffs. "
            "The prime minister called it historic.")
    found = by_text(resolve(text, "2024-12-05"))
    pm = found["prime minister"]
    assert (pm.actor.code, pm.actor.name) == ("ARMGOV", "Nikol Pashinyan")
    assert pm.actor.rule is not None and "+recent:ARM" in pm.actor.rule
    # no state in the last sentences: the article's dominant country
    text = ("Armenia and Georgia signed a trade deal. Armenia will cut tariffs. "
            "Exports may grow. Prices may fall. Trade may double. "
            "The prime minister called it historic.")
    pm = by_text(resolve(text, "2024-12-05"))["prime minister"]
    assert pm.actor.code == "ARMGOV"
    assert pm.actor.rule is not None and "+dominant:ARM" in pm.actor.rule


def test_no_country_stays_unknown() -> None:
    mention = resolve("The president said the talks would go on.", "2024-12-05")[0]
    assert (mention.actor.country, mention.actor.code, mention.actor.name) == (None, "---GOV", None)


def test_pronoun_it_refers_to_a_country() -> None:
    text = "Azerbaijan rejected the plan. It said the proposal ignored its borders."
    mentions = resolve(text, "2024-12-05")
    it = mentions[1]
    assert it.actor.text == "It"
    assert (it.actor.code, it.actor.name) == ("AZE", "Azerbaijan")
    assert it.actor.rule == "coref:it->Azerbaijan"
    assert it.antecedent is not None and it.antecedent.text == "Azerbaijan"
    assert (it.token_start, it.token_end, it.head) == (5, 6, 5)
    assert len(mentions) == 2  # possessive "its" is not an argument


def test_pronoun_he_refers_to_a_person() -> None:
    text = "Jeyhun Bayramov met the envoy on Monday. He later flew to Ankara."
    he = by_text(resolve(text, "2024-12-05"))["He"]
    assert (he.actor.code, he.actor.name) == ("AZEGOV", "Jeyhun Bayramov")
    assert he.actor.rule == "coref:he->Jeyhun Bayramov"


def test_pronoun_they_refers_to_a_group() -> None:
    text = "Houthi rebels fired missiles at a tanker. They said more attacks would follow."
    they = by_text(resolve(text, "2024-01-12"))["They"]
    assert they.actor.code == "YEMREB"
    assert they.antecedent is not None and they.antecedent.text == "Houthi rebels"


def test_definite_role_refers_to_the_named_holder() -> None:
    text = ("Armenian Foreign Minister Ararat Mirzoyan arrived in Baku. "
            "The minister said the text was nearly ready.")
    minister = by_text(resolve(text, "2024-12-05"))["minister"]
    assert (minister.actor.code, minister.actor.name) == ("ARMGOV", "Ararat Mirzoyan")
    assert minister.actor.rule == "coref:minister->Ararat Mirzoyan"


def test_the_country_refers_to_a_state() -> None:
    text = "Georgia applied to join the bloc. The country has waited for years."
    country = by_text(resolve(text, "2024-12-05"))["The country"]
    assert (country.actor.code, country.actor.rule) == ("GEO", "coref:the country->Georgia")


def test_expletive_it_is_not_a_mention() -> None:
    text = "Azerbaijan hosted the talks. It is unclear whether a deal is near."
    assert [m.actor.text for m in resolve(text, "2024-12-05")] == ["Azerbaijan"]


def test_ambiguous_pronoun_is_left_alone() -> None:
    text = "The talks between Armenia and Azerbaijan stalled. It was not reported why."
    mentions = resolve(text, "2024-12-05")
    assert [m.actor.text for m in mentions] == ["Armenia", "Azerbaijan"]


def test_pronoun_too_far_from_antecedent() -> None:
    text = ("Kazakhstan hosted a summit. The weather was cold. Snow fell. Roads closed. "
            "It said the meeting went well.")
    assert [m.actor.text for m in resolve(text, "2024-12-05")] == ["Kazakhstan"]


def test_upper_case_headline_is_not_a_dateline() -> None:
    mentions = resolve("UN CALLS FOR A CEASEFIRE IN GAZA - The appeal came late.", "2024-01-05")
    assert [(m.actor.text, m.actor.code) for m in mentions] == [("UN", "UNO"), ("GAZA", "PSE")]


def test_ap_style_dateline() -> None:
    mentions = resolve("KYIV, Ukraine (AP) — The defense minister resigned.", "2023-09-05")
    assert [(m.actor.text, m.actor.code, m.actor.name) for m in mentions] == [
        ("defense minister", "UKRGOV", "Oleksii Reznikov")]


def test_the_ministry_refers_to_the_named_ministry() -> None:
    text = ("Azerbaijan's Foreign Ministry summoned the French ambassador. "
            "The ministry said the remarks were unacceptable.")
    mentions = resolve(text, "2024-12-05")
    assert [(m.actor.text, m.actor.code) for m in mentions] == [
        ("Azerbaijan's Foreign Ministry", "AZEGOV"),
        ("French ambassador", "FRAGOV"),
        ("ministry", "AZEGOV"),
    ]
    assert mentions[2].actor.rule == "coref:ministry->Azerbaijan's Foreign Ministry"


def test_they_refers_to_a_people() -> None:
    text = "Thousands of Armenians gathered in Yerevan. They demanded new elections."
    they = by_text(resolve(text, "2024-05-10"))["They"]
    assert (they.actor.code, they.actor.rule) == ("ARMCVL", "coref:they->Armenia")


def test_offsets_index_the_article_text() -> None:
    text = ("BAKU, Dec 5 (Reuters) - Azerbaijan’s Foreign Minister declined a U.S.-proposed "
            "meeting. He said Washington was biased. The Armenian side regretted it.")
    mentions = resolve(text, "2024-12-05")
    assert len(mentions) == 5
    for m in mentions:
        assert m.actor.start is not None and m.actor.end is not None
        assert text[m.actor.start:m.actor.end] == m.actor.text


def test_object_pronoun_is_not_its_own_subject() -> None:
    text = "Pashinyan thanked Aliyev for the talks. Aliyev praised him."
    him = by_text(resolve(text, "2024-05-10"))["him"]
    assert (him.actor.code, him.actor.name) == ("ARMGOV", "Nikol Pashinyan")
