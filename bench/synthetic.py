"""Synthetic event corpus with a planted shift, written straight into an EventStore.

Realistic enough to exercise the analytics: many dyads with a heavy-tailed
activity, a PLOVER type mix dominated by consultations and accusations, several
outlets reporting the same happening, quieter weekends, a few unasserted
readings, and one planted change: a dyad (default AZE-USA) whose relations turn
from cooperation to conflict in a chosen week, next to a control dyad (default
GEO-TUR) of the same volume and temper that never changes.

Rows are generated column-wise with numpy and inserted through Arrow (no Python
loop over events).

    python bench/synthetic.py --db out/synthetic.duckdb --weeks 52 --shift-week 30
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from datetime import date, timedelta

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from detente.store import EVENT_COLUMNS, EventStore

# PLOVER type: (CAMEO code, quad class, Goldstein, share of international news, verb phrase).
# Shares are rough proportions in wire coverage: talks and criticism dominate, force is rare.
TYPE_PROFILE: dict[str, tuple[str, int, float, float, str]] = {
    "CONSULT": ("040", 1, 1.0, 0.28, "held talks with"),
    "SUPPORT": ("051", 1, 3.4, 0.08, "praised"),
    "AGREE": ("057", 1, 8.0, 0.06, "signed an agreement with"),
    "REQUEST": ("020", 1, 3.0, 0.08, "appealed to"),
    "COOPERATE": ("061", 2, 6.4, 0.07, "expanded economic cooperation with"),
    "AID": ("070", 2, 7.0, 0.04, "sent aid to"),
    "CONCEDE": ("080", 2, 5.0, 0.01, "yielded to"),
    "RETREAT": ("087", 2, 9.0, 0.01, "pulled back forces facing"),
    "ACCUSE": ("112", 3, -2.0, 0.14, "accused"),
    "REJECT": ("120", 3, -4.0, 0.06, "rejected a proposal from"),
    "THREATEN": ("130", 3, -4.4, 0.04, "threatened"),
    "PROTEST": ("140", 4, -6.5, 0.03, "staged protests against"),
    "SANCTION": ("163", 4, -8.0, 0.03, "imposed sanctions on"),
    "MOBILIZE": ("150", 4, -7.2, 0.02, "massed troops near"),
    "COERCE": ("170", 4, -7.0, 0.03, "seized assets of"),
    "ASSAULT": ("190", 4, -10.0, 0.02, "attacked"),
}

COUNTRIES: dict[str, str] = {
    "AZE": "Azerbaijan", "USA": "the United States", "ARM": "Armenia", "RUS": "Russia",
    "TUR": "Turkey", "GEO": "Georgia", "IRN": "Iran", "FRA": "France", "DEU": "Germany",
    "GBR": "the United Kingdom", "CHN": "China", "UKR": "Ukraine", "ISR": "Israel",
    "KAZ": "Kazakhstan", "IND": "India", "PAK": "Pakistan", "JPN": "Japan", "ITA": "Italy",
    "POL": "Poland", "EGY": "Egypt", "SAU": "Saudi Arabia", "ARE": "the UAE",
    "QAT": "Qatar", "BRA": "Brazil", "ZAF": "South Africa", "NGA": "Nigeria",
    "KOR": "South Korea", "PRK": "North Korea", "VEN": "Venezuela", "MEX": "Mexico",
}  # fmt: skip

OUTLETS: tuple[str, ...] = (
    "apa.az", "reuters.com", "apnews.com", "bbc.co.uk", "eurasianet.org", "civil.ge",
    "aljazeera.com", "tass.com", "rferl.org", "dw.com", "trend.az", "armenpress.am",
)

# Weekday factors (Mon..Sun): wires run thin at weekends.
WEEKDAY_RHYTHM: tuple[float, ...] = (1.1, 1.15, 1.15, 1.1, 1.0, 0.45, 0.35)

MODALITY_MIX: dict[str, float] = {
    "asserted": 0.90, "hypothetical": 0.04, "future": 0.02, "negated": 0.03, "historical": 0.01,
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class DyadPlan:
    """A dyad's weekly volume and temper (+ cooperative, - hostile); ``after`` from shift on."""

    a: str
    b: str
    weekly: float
    temper: float
    shift_week: int | None = None
    temper_after: float | None = None


@dataclass(slots=True)
class Corpus:
    start: date
    weeks: int
    plans: list[DyadPlan] = field(default_factory=list)
    events: int = 0
    articles: int = 0

    def week_start(self, week: int) -> date:
        return self.start + timedelta(weeks=week)


def default_plans(
    rng: np.random.Generator, *, n_dyads: int, shift_week: int, volume: float
) -> list[DyadPlan]:
    """The planted AZE-USA shift, the GEO-TUR control, and heavy-tailed background dyads."""
    plans = [
        DyadPlan("AZE", "USA", volume, 1.5, shift_week=shift_week, temper_after=-1.5),
        DyadPlan("GEO", "TUR", volume, 1.5),
    ]
    codes = sorted(COUNTRIES)
    taken = {("AZE", "USA"), ("GEO", "TUR")}
    while len(plans) < n_dyads:
        a, b = sorted(rng.choice(codes, size=2, replace=False).tolist())
        if (a, b) in taken:
            continue
        taken.add((a, b))
        weekly = float(volume * 0.6 / (len(plans) ** 0.8))  # Zipf-like tail
        plans.append(DyadPlan(a, b, max(weekly, 0.3), float(rng.normal(0.3, 0.8))))
    return plans


def type_probabilities(temper: float) -> np.ndarray:
    """Type mix tilted by temper: cooperative shares times e^temper, hostile times e^-temper."""
    shares = np.array([p[3] for p in TYPE_PROFILE.values()])
    signs = np.array([1.0 if p[1] <= 2 else -1.0 for p in TYPE_PROFILE.values()])
    weights = shares * np.exp(signs * temper)
    return weights / weights.sum()


def _day_counts(rng: np.random.Generator, plan: DyadPlan, corpus: Corpus) -> np.ndarray:
    days = corpus.weeks * 7
    rhythm = np.tile(np.array(WEEKDAY_RHYTHM), corpus.weeks)
    start_weekday = corpus.start.weekday()
    rhythm = np.roll(rhythm, -start_weekday)[:days]
    happenings_per_day = plan.weekly / 7.0 / 1.6  # each happening is reported ~1.6 times
    return np.asarray(rng.poisson(happenings_per_day * rhythm))


def plan_columns(
    rng: np.random.Generator, plan: DyadPlan, corpus: Corpus, first_id: int
) -> dict[str, np.ndarray]:
    """Happenings of one dyad, then one row per report of each happening."""
    counts = _day_counts(rng, plan, corpus)
    day_index = np.repeat(np.arange(counts.size), counts)
    n = day_index.size
    week = day_index // 7
    temper = np.full(n, plan.temper)
    if plan.shift_week is not None and plan.temper_after is not None:
        temper[week >= plan.shift_week] = plan.temper_after
    names = list(TYPE_PROFILE)
    type_index = np.empty(n, dtype=np.int64)
    for value in np.unique(temper):  # one draw per distinct temper (two at most)
        mask = temper == value
        type_index[mask] = rng.choice(len(names), size=int(mask.sum()), p=type_probabilities(value))
    forward = rng.random(n) < 0.5
    reports = rng.geometric(0.6, size=n)  # 1, 2, 3... outlets report each happening
    happening = np.repeat(np.arange(n), reports)
    m = happening.size
    outlet_of_report = rng.choice(len(OUTLETS), size=m)
    modality = rng.choice(list(MODALITY_MIX), size=n, p=list(MODALITY_MIX.values()))
    ids = np.arange(first_id, first_id + m)
    return {
        "id": ids,
        "happening": happening + first_id,
        "day": day_index[happening],
        "type": type_index[happening],
        "forward": forward[happening],
        "outlet": outlet_of_report,
        "modality": modality[happening],
        "lag": rng.integers(0, 2, size=m),
    }


def _as_arrow(plan: DyadPlan, cols: dict[str, np.ndarray], corpus: Corpus) -> pa.Table:
    names = list(TYPE_PROFILE)
    profile = list(TYPE_PROFILE.values())
    fwd = cols["forward"]
    actor = np.where(fwd, plan.a, plan.b)
    recipient = np.where(fwd, plan.b, plan.a)
    days = np.datetime64(corpus.start) + cols["day"].astype("timedelta64[D]")
    published = days + cols["lag"].astype("timedelta64[D]")
    types = np.array(names)[cols["type"]]
    verbs = np.array([p[4] for p in profile])[cols["type"]]
    actor_names = np.array([COUNTRIES[c] for c in (plan.a, plan.b)])[np.where(fwd, 0, 1)]
    recipient_names = np.array([COUNTRIES[c] for c in (plan.a, plan.b)])[np.where(fwd, 1, 0)]
    # Sentence-initial capital only ("the United States" -> "The United States").
    actor_arr = pa.array(actor_names)
    subject = pc.binary_join_element_wise(
        pc.utf8_upper(pc.utf8_slice_codeunits(actor_arr, 0, 1)),
        pc.utf8_slice_codeunits(actor_arr, 1), "",
    )
    quoted = pc.binary_join_element_wise(
        subject, " ", pa.array(verbs), " ", pa.array(recipient_names), ".", ""
    )
    evidence = pc.binary_join_element_wise(
        '[{"sentence": "', quoted, '", "start": 0, "end": ',
        pc.cast(pc.utf8_length(quoted), pa.string()),
        ', "trigger": "', pa.array(verbs), '"}]', "",
    )
    event_id = pc.binary_join_element_wise("syn-", pc.cast(pa.array(cols["id"]), pa.string()), "")
    article_id = pc.binary_join_element_wise(
        "syn-art-", pc.cast(pa.array(cols["id"]), pa.string()), ""
    )
    return pa.table({
        "event_id": event_id,
        "article_id": article_id,
        "event_type": pa.array(types),
        "cameo": pa.array(np.array([p[0] for p in profile])[cols["type"]]),
        "quad_class": pa.array(np.array([p[1] for p in profile], dtype=np.int8)[cols["type"]]),
        "goldstein": pa.array(np.array([p[2] for p in profile])[cols["type"]]),
        "actor_text": pa.array(actor_names),
        "actor_country": pa.array(actor),
        "actor_sector": pa.array(np.full(actor.size, "GOV")),
        "actor_code": pc.binary_join_element_wise(pa.array(actor), "GOV", ""),
        "recipient_text": pa.array(recipient_names),
        "recipient_country": pa.array(recipient),
        "recipient_sector": pa.array(np.full(actor.size, "GOV")),
        "recipient_code": pc.binary_join_element_wise(pa.array(recipient), "GOV", ""),
        "date": pa.array(days.astype("datetime64[D]")),
        "date_precision": pa.array(np.full(actor.size, "day")),
        "day": pa.array(days.astype("datetime64[D]")),
        "modality": pa.array(cols["modality"]),
        "mentions": pa.array(np.ones(actor.size, dtype=np.int32)),
        "confidence": pa.array(np.full(actor.size, 0.9)),
        "source": pa.array(np.array(OUTLETS)[cols["outlet"]]),
        "published": pa.array(published.astype("datetime64[D]")),
        "evidence": evidence,
    })


def write_table(store: EventStore, table: pa.Table) -> None:
    """Insert generated rows (and one article per row) in one transaction."""
    present = set(table.column_names)
    select = ", ".join(c if c in present else f"NULL AS {c}" for c in EVENT_COLUMNS)
    store.con.register("_synthetic", table)
    try:
        store.con.execute("BEGIN TRANSACTION")
        store.con.execute(f"INSERT INTO events SELECT {select} FROM _synthetic")
        store.con.execute(
            "INSERT INTO articles SELECT article_id, md5(article_id), NULL, source, "
            "'https://' || source || '/' || article_id, published, 1, now()::TIMESTAMP "
            "FROM _synthetic"
        )
        store.con.execute("COMMIT")
    finally:
        store.con.unregister("_synthetic")


def generate(
    store: EventStore,
    *,
    seed: int = 7,
    start: date = date(2024, 1, 1),
    weeks: int = 52,
    shift_week: int = 30,
    n_dyads: int = 40,
    volume: float = 30.0,
) -> Corpus:
    """Fill ``store`` with a synthetic corpus; returns what was planted."""
    rng = np.random.default_rng(seed)
    corpus = Corpus(start=start, weeks=weeks)
    corpus.plans = default_plans(rng, n_dyads=n_dyads, shift_week=shift_week, volume=volume)
    tables, next_id = [], 0
    for plan in corpus.plans:
        cols = plan_columns(rng, plan, corpus, next_id)
        next_id += cols["id"].size
        tables.append(_as_arrow(plan, cols, corpus))
    table = pa.concat_tables(tables)
    write_table(store, table)
    corpus.events = corpus.articles = table.num_rows
    return corpus


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--start", type=date.fromisoformat, default=date(2024, 1, 1))
    parser.add_argument("--weeks", type=int, default=52)
    parser.add_argument("--shift-week", type=int, default=30)
    parser.add_argument("--dyads", type=int, default=40)
    parser.add_argument("--volume", type=float, default=30.0, help="events/week, top dyads")
    args = parser.parse_args(argv)
    with EventStore(args.db) as store:
        corpus = generate(store, seed=args.seed, start=args.start, weeks=args.weeks,
                          shift_week=args.shift_week, n_dyads=args.dyads, volume=args.volume)
    shift = corpus.plans[0]
    print(json.dumps({
        "db": args.db, "events": corpus.events, "dyads": len(corpus.plans),
        "planted_shift": f"{shift.a}-{shift.b} from week of {corpus.week_start(args.shift_week)}",
        "control": f"{corpus.plans[1].a}-{corpus.plans[1].b}",
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
