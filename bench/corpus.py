"""Generate a benchmark corpus of news-like articles, deterministically from a seed.

Each article is built from templates and varied vocabulary: a dateline, a main
dyad of two countries (or an international organisation and a country), 3-6
event sentences whose type matches the dyad's relation (armed conflicts get
assaults, rivals get accusations and sanctions, partners get talks and aid),
and filler context sentences (markets, background, reactions) up to a drawn
length of 200-600 words. Leaders are the heads of state or government in office
through the corpus year (2023), so date-aware actor resolution sees them right.

Article ``i`` depends only on ``(seed, i)``, so a corpus can be streamed
(:func:`generate_records`) or written as JSONL shards (:func:`write_shards`)::

    python bench/corpus.py --articles 1000 --shard-size 250 --out bench/out/corpus
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

YEAR_START = date(2023, 1, 1)
YEAR_DAYS = 365


@dataclass(frozen=True)
class Country:
    code: str
    name: str  # as written mid-sentence ("the United States")
    adjective: str
    capital: str
    leader: str  # "<adjective> <title> <name>", in office through 2023
    leader_surname: str
    foreign_office: str = ""  # when not "the <adjective> foreign ministry"


COUNTRIES: tuple[Country, ...] = (
    Country("USA", "the United States", "U.S.", "Washington",
            "U.S. President Joe Biden", "Biden", "the U.S. State Department"),
    Country("RUS", "Russia", "Russian", "Moscow",
            "Russian President Vladimir Putin", "Putin"),
    Country("CHN", "China", "Chinese", "Beijing", "Chinese President Xi Jinping", "Xi"),
    Country("FRA", "France", "French", "Paris", "French President Emmanuel Macron", "Macron"),
    Country("DEU", "Germany", "German", "Berlin", "German Chancellor Olaf Scholz", "Scholz"),
    Country("GBR", "Britain", "British", "London",
            "British Prime Minister Rishi Sunak", "Sunak", "the British Foreign Office"),
    Country("JPN", "Japan", "Japanese", "Tokyo",
            "Japanese Prime Minister Fumio Kishida", "Kishida"),
    Country("IND", "India", "Indian", "New Delhi",
            "Indian Prime Minister Narendra Modi", "Modi"),
    Country("TUR", "Turkey", "Turkish", "Ankara",
            "Turkish President Recep Tayyip Erdogan", "Erdogan"),
    Country("UKR", "Ukraine", "Ukrainian", "Kyiv",
            "Ukrainian President Volodymyr Zelenskiy", "Zelenskiy"),
    Country("BRA", "Brazil", "Brazilian", "Brasilia",
            "Brazilian President Luiz Inacio Lula da Silva", "Lula"),
    Country("IRN", "Iran", "Iranian", "Tehran", "Iranian President Ebrahim Raisi", "Raisi"),
    Country("EGY", "Egypt", "Egyptian", "Cairo",
            "Egyptian President Abdel Fattah al-Sisi", "Sisi"),
    Country("ZAF", "South Africa", "South African", "Pretoria",
            "South African President Cyril Ramaphosa", "Ramaphosa"),
    Country("CAN", "Canada", "Canadian", "Ottawa",
            "Canadian Prime Minister Justin Trudeau", "Trudeau"),
    Country("AUS", "Australia", "Australian", "Canberra",
            "Australian Prime Minister Anthony Albanese", "Albanese"),
    Country("IDN", "Indonesia", "Indonesian", "Jakarta",
            "Indonesian President Joko Widodo", "Widodo"),
    Country("KOR", "South Korea", "South Korean", "Seoul",
            "South Korean President Yoon Suk Yeol", "Yoon"),
    Country("KEN", "Kenya", "Kenyan", "Nairobi", "Kenyan President William Ruto", "Ruto"),
    Country("ITA", "Italy", "Italian", "Rome",
            "Italian Prime Minister Giorgia Meloni", "Meloni"),
    Country("ESP", "Spain", "Spanish", "Madrid",
            "Spanish Prime Minister Pedro Sanchez", "Sanchez"),
    Country("VEN", "Venezuela", "Venezuelan", "Caracas",
            "Venezuelan President Nicolas Maduro", "Maduro"),
    Country("AZE", "Azerbaijan", "Azerbaijani", "Baku",
            "Azerbaijani President Ilham Aliyev", "Aliyev"),
    Country("ARM", "Armenia", "Armenian", "Yerevan",
            "Armenian Prime Minister Nikol Pashinyan", "Pashinyan"),
    Country("POL", "Poland", "Polish", "Warsaw", "Polish President Andrzej Duda", "Duda"),
    Country("PRK", "North Korea", "North Korean", "Pyongyang",
            "North Korean leader Kim Jong Un", "Kim"),
    Country("QAT", "Qatar", "Qatari", "Doha",
            "Qatari Emir Sheikh Tamim bin Hamad Al Thani", "Tamim"),
    Country("MEX", "Mexico", "Mexican", "Mexico City",
            "Mexican President Andres Manuel Lopez Obrador", "Lopez Obrador"),
)
BY_CODE = {c.code: c for c in COUNTRIES}

#: Pairs at war in 2023: the only dyads given assaults and troop movements.
ARMED: tuple[tuple[str, str], ...] = (("RUS", "UKR"), ("UKR", "RUS"), ("AZE", "ARM"))
#: Rivals: accusations, threats, sanctions, expulsions, but no fighting.
RIVALS: tuple[tuple[str, str], ...] = (
    ("USA", "CHN"), ("CHN", "USA"), ("USA", "RUS"), ("GBR", "RUS"), ("POL", "RUS"),
    ("USA", "IRN"), ("IRN", "USA"), ("KOR", "PRK"), ("JPN", "PRK"), ("USA", "VEN"),
    ("ARM", "AZE"), ("RUS", "DEU"), ("CHN", "JPN"), ("IRN", "GBR"), ("FRA", "RUS"),
)

#: International organisations as actors (name, leader phrase).
IGOS: tuple[tuple[str, str], ...] = (
    ("the United Nations", "UN Secretary-General Antonio Guterres"),
    ("the European Union", "European Commission President Ursula von der Leyen"),
    ("NATO", "NATO Secretary-General Jens Stoltenberg"),
)

SOURCES = ("Reuters", "AFP", "AP", "Anadolu", "Kyodo", "DPA", "EFE", "ANSA", "Xinhua", "PTI")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

TOPICS = ("trade", "energy supplies", "grain exports", "border security", "climate finance",
          "nuclear safety", "migration", "cyber security", "fishing rights",
          "infrastructure investment", "shipping in the region", "debt relief",
          "semiconductor supply chains", "counter-terrorism")
ACCUSATIONS = ("violating the ceasefire", "interfering in its internal affairs",
               "spreading disinformation", "harbouring militants", "cyber attacks on its banks",
               "mistreating its nationals", "undermining regional stability",
               "breaching the terms of the trade agreement")
DEMANDS = ("release the detained journalists", "return to the negotiating table",
           "withdraw its forces from the area", "open a humanitarian corridor",
           "explain the incident", "halt the construction work near the border")

# Event sentences by kind. {A} actor phrase, {R} recipient phrase, {when} a time
# expression (may be empty), {city} a venue, {topic}/{accusation}/{demand}/{n} fillers.
COOPERATIVE = (
    "{A} met {R} in {city} {when} to discuss {topic}.",
    "{A} held talks with {R} {when} on {topic}.",
    "{A} spoke by telephone with {R} {when} about {topic}.",
    "{A} signed an agreement with {R} {when} to expand cooperation on {topic}.",
    "{A} and {R} agreed {when} to set up a joint working group on {topic}.",
    "{A} praised {R} {when} for its role in the talks on {topic}.",
    "{A} pledged ${n} million in humanitarian aid to {R} {when}.",
    "{A} sent emergency food and medical supplies to {R} {when}.",
    "{A} urged {R} {when} to {demand}.",
    "{A} invited {R} to a summit on {topic} later this year.",
    "{A} welcomed the decision by {R} to resume talks on {topic}.",
    "{A} hosted {R} {when} for a second round of consultations on {topic}.",
)
HOSTILE = (
    "{A} accused {R} {when} of {accusation}.",
    "{A} condemned {R} {when} for {accusation}.",
    "{A} imposed new sanctions on {R} {when} over {accusation}.",
    "{A} expelled {k} diplomats from {R} {when}, citing {accusation}.",
    "{A} threatened {R} {when} with retaliation over {accusation}.",
    "{A} rejected a proposal by {R} {when} on {topic}.",
    "{A} recalled its ambassador from {R} {when} after talks on {topic} broke down.",
    "{A} demanded {when} that {R} {demand}.",
    "{A} criticised {R} {when} for {accusation}.",
    "{A} detained {k} citizens of {R} {when} on charges of espionage.",
)
ARMED_ONLY = (
    "{A} launched drone strikes against {R} {when}, officials said.",
    "{A} shelled positions held by {R} {when}.",
    "{A} deployed additional troops near its border with {R} {when}.",
    "{A} attacked {R} with missiles overnight, killing at least {k} people.",
)

FILLERS = (
    "The talks come amid rising tensions over {topic} in the region.",
    "Analysts said the move was likely to weigh on regional markets in the coming weeks.",
    "The {adj} currency fell {p} percent against the dollar this week.",
    "Officials did not give further details, and the foreign ministry declined to comment.",
    "Diplomats said a further round of consultations could take place next month.",
    "The statement was published on the ministry's website late in the evening.",
    "Trade between the two countries reached about ${n} billion last year, "
    "according to official figures.",
    "\"We are ready to work with all partners who respect our sovereignty,\" a senior "
    "official said, speaking on condition of anonymity.",
    "Local media reported heavy traffic in {city} as delegations arrived for the meetings.",
    "Opposition lawmakers in {city} called for a parliamentary debate on the issue.",
    "The government has come under pressure at home over rising food and fuel prices.",
    "Independent observers said it was too early to judge whether the approach would work.",
    "Shares in {adj} energy companies rose {p} percent in early trading.",
    "Some {k} people gathered in central {city} in the afternoon, witnesses said.",
    "The issue of {topic} has dominated the agenda of regional meetings for months.",
    "A spokesperson said the country remained committed to dialogue.",
    "Economists expect growth of about {p} percent this year, slightly below earlier "
    "forecasts.",
    "State television showed footage of the delegations arriving at the airport.",
    "Several ministers were expected to travel to {city} in the coming days.",
    "Security was tight around government buildings, with roads closed to traffic.",
    "The central bank left interest rates unchanged at its last meeting.",
    "Newspapers in {city} devoted their front pages to the visit.",
    "Experts on {topic} said the details of any deal would matter more than the headlines.",
    "The ministry said technical teams would meet again before the end of the month.",
    "Relations between the two governments have been uneven in recent years.",
    "Weather forecasters predicted rain across much of the country over the weekend.",
    "The {adj} stock index closed {p} percent higher, led by banks and miners.",
    "Ministers are due to present a revised budget to parliament in the autumn.",
    "Aid agencies said more funding was needed to reach remote communities.",
    "The ruling party holds a narrow majority in parliament.",
    "A joint statement is expected to be released at the end of the visit.",
    "Neither side gave a timetable for the next steps.",
    "Rating agencies have kept a stable outlook on the country's debt.",
    "Inflation eased to {p} percent last month, the statistics office said.",
    "The foreign ministry in {city} summoned reporters for a briefing in the morning.",
    "Officials said the two delegations worked late into the night on the final text.",
    "Farmers' groups have warned that higher fertiliser costs could cut harvests.",
    "Tourism has recovered strongly since the end of pandemic restrictions.",
    "Port operators reported delays of up to {k} hours for container ships.",
    "A senior adviser described the atmosphere of the meetings as constructive.",
    "Commentators in {city} were divided over what the visit would achieve.",
    "The country's main airport reported record passenger numbers this summer.",
    "Lawmakers are expected to vote on a related bill before the winter recess.",
    "Business leaders travelling with the delegation signed several commercial contracts.",
    "The army has held regular exercises in the area for several years.",
    "Prices of wheat and maize on world markets were little changed.",
    "Human rights groups urged both governments to put civilians first.",
    "The news agency said it could not independently verify the reports.",
    "The visit had been postponed twice because of scheduling problems.",
)


def _when(rng: random.Random, published: date) -> str:
    """A time expression for an event reported on ``published`` (sometimes none)."""
    back = rng.randint(0, 4)
    day = published - timedelta(days=back)
    choice = rng.random()
    if choice < 0.3:
        return f"on {WEEKDAYS[day.weekday()]}"
    if choice < 0.6:
        return f"on {MONTHS[day.month - 1]} {day.day}"
    if choice < 0.7:
        return "earlier this week"
    return ""


def _phrase(rng: random.Random, code: str, *, subject: bool) -> str:
    """A way of naming country ``code``'s government, leader or military."""
    country = BY_CODE[code]
    ministry = country.foreign_office or f"the {country.adjective} foreign ministry"
    options = [country.leader, f"the {country.adjective} government", country.name,
               f"{country.adjective} officials", ministry]
    if not subject:
        options = [country.name, country.leader, f"the {country.adjective} government"]
    phrase = rng.choice(options)
    return phrase[0].upper() + phrase[1:] if subject else phrase


def _dyad(rng: random.Random) -> tuple[str, str, str]:
    """(actor code, recipient code, relation) for an article's main story."""
    roll = rng.random()
    if roll < 0.25:
        actor, recipient = rng.choice(ARMED)
        return actor, recipient, "armed"
    if roll < 0.55:
        actor, recipient = rng.choice(RIVALS)
        return actor, recipient, "rivals"
    actor, recipient = rng.sample([c.code for c in COUNTRIES], 2)
    return actor, recipient, "partners"


def _fill(template: str, rng: random.Random, **slots: str) -> str:
    values = {
        "topic": rng.choice(TOPICS), "accusation": rng.choice(ACCUSATIONS),
        "demand": rng.choice(DEMANDS), "n": str(rng.choice((5, 12, 20, 35, 50, 120, 250))),
        "k": str(rng.randint(2, 40)), "p": f"{rng.uniform(0.2, 4.5):.1f}",
    }
    values.update(slots)
    sentence = template.format(**values)
    return " ".join(sentence.split()).replace(" ,", ",").replace(" .", ".")


def _event_sentence(rng: random.Random, actor: str, recipient: str, relation: str,
                    published: date) -> str:
    kinds: tuple[str, ...] = COOPERATIVE if relation == "partners" else HOSTILE + COOPERATIVE[:3]
    if relation == "armed":
        kinds = ARMED_ONLY + HOSTILE
    if rng.random() < 0.5:  # either side of the dyad may act
        actor, recipient = recipient, actor
    if relation == "partners" and rng.random() < 0.15:
        igo, igo_leader = rng.choice(IGOS)
        subject = rng.choice((igo, igo_leader))
        a_phrase = subject[0].upper() + subject[1:]
    else:
        a_phrase = _phrase(rng, actor, subject=True)
    city = rng.choice((BY_CODE[actor].capital, BY_CODE[recipient].capital))
    return _fill(rng.choice(kinds), rng, A=a_phrase, R=_phrase(rng, recipient, subject=False),
                 when=_when(rng, published), city=city)


def _title(rng: random.Random, actor: str, recipient: str, relation: str) -> str:
    a, r = BY_CODE[actor], BY_CODE[recipient]
    if relation == "partners":
        return rng.choice((f"{a.adjective} and {r.adjective} leaders discuss "
                           f"{rng.choice(TOPICS)}", f"{a.name.removeprefix('the ')} and "
                           f"{r.name.removeprefix('the ')} seek closer ties"))
    return rng.choice((f"Tensions rise between {a.name.removeprefix('the ')} and "
                       f"{r.name.removeprefix('the ')}",
                       f"{a.adjective} government steps up pressure on {r.name}"))


def generate_article(seed: int, index: int) -> dict[str, Any]:
    """Article ``index`` of the corpus for ``seed`` as a record {id, title, ...}."""
    rng = random.Random(f"detente-bench:{seed}:{index}")
    published = YEAR_START + timedelta(days=rng.randrange(YEAR_DAYS))
    actor, recipient, relation = _dyad(rng)
    source = rng.choice(SOURCES)
    target_words = rng.randint(200, 570)  # the last filler may add up to ~30 words
    events = [_event_sentence(rng, actor, recipient, relation, published)
              for _ in range(rng.randint(3, 6))]
    city = rng.choice((BY_CODE[actor].capital, BY_CODE[recipient].capital))
    dateline = f"{city.upper()}, {MONTHS[published.month - 1]} {published.day} ({source}) -"
    sentences = list(events)
    words = sum(len(s.split()) for s in sentences) + len(dateline.split())
    adjective = rng.choice((BY_CODE[actor].adjective, BY_CODE[recipient].adjective))
    fillers: list[str] = []
    while words < target_words:
        if not fillers:  # each filler once before any repeats, as an editor would
            fillers = list(FILLERS)
            rng.shuffle(fillers)
        filler = _fill(fillers.pop(), rng, adj=adjective, city=city)
        # Fillers go after the lead event, as context in a wire story does.
        sentences.insert(rng.randint(1, len(sentences)), filler)
        words += len(filler.split())
    paragraphs = [" ".join(sentences[i:i + 3]) for i in range(0, len(sentences), 3)]
    text = f"{dateline} " + "\n\n".join(paragraphs)
    return {
        "id": f"bench-{seed}-{index:06d}",
        "title": _title(rng, actor, recipient, relation),
        "published": published.isoformat(),
        "source": source,
        "text": text,
    }


def generate_records(count: int, *, seed: int = 7, start: int = 0) -> Iterator[dict[str, Any]]:
    """Articles ``start .. start+count-1``, generated lazily (constant memory)."""
    for index in range(start, start + count):
        yield generate_article(seed, index)


def write_shards(out_dir: str | Path, count: int, *, shard_size: int = 250,
                 seed: int = 7) -> list[Path]:
    """Write ``count`` articles as JSONL shards of ``shard_size`` lines; return their paths."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    for number, start in enumerate(range(0, count, shard_size)):
        path = out / f"shard-{number:04d}.jsonl"
        with path.open("w", encoding="utf-8") as handle:
            for record in generate_records(min(shard_size, count - start), seed=seed,
                                           start=start):
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--shard-size", type=int, default=250)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", default="bench/out/corpus")
    args = parser.parse_args(argv)
    paths = write_shards(args.out, args.articles, shard_size=args.shard_size, seed=args.seed)
    print(f"wrote {args.articles} articles in {len(paths)} shards to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
