"""Merge: the same happening told several times in one article becomes one event.

Readings (``EventMention``) of one article are grouped when they agree on the
PLOVER type and the modality, their actors and recipients are compatible (same
country; a missing sector or a missing argument is compatible with anything)
and their dates do not conflict. Complete readings seed the groups; a reading
that lacks the actor joins a group only when it shares a topic word with it
(it says *what* happened, not *who*), and is dropped otherwise: an event with no
actor is not data. The merged event keeps every evidence span, counts its
mentions and takes a stable id from the article and the event's identity.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from . import __version__
from .records import Actor, Article, Event, EventMention, Evidence, actor_code

_PRECISION_RANK = {"day": 3, "month": 2, "year": 1, "unknown": 0}


def _compatible_actor(a: Actor | None, b: Actor | None) -> bool:
    if a is None or b is None:
        return True
    if a.country != b.country:
        return False
    if a.sector is not None and b.sector is not None:
        if a.sector != b.sector:
            return False
        # Same country and sector but two identified entities (the foreign minister and
        # the president): two actors, so two happenings.
        if a.name and b.name and a.name != b.name:
            return False
    return True


def _dates_conflict(a: EventMention, b: EventMention) -> bool:
    """Both dated, and different at the coarser of the two precisions."""
    if a.date is None or b.date is None:
        return False
    rank = min(_PRECISION_RANK.get(a.date_precision, 0), _PRECISION_RANK.get(b.date_precision, 0))
    if rank == 0:
        return False
    fields = (a.date.year, a.date.month, a.date.day)[:rank], (b.date.year, b.date.month,
                                                             b.date.day)[:rank]
    return fields[0] != fields[1]


def _places_conflict(a: EventMention, b: EventMention) -> bool:
    if a.location is None or b.location is None:
        return False
    return a.location.name != b.location.name


def _completeness(r: EventMention) -> int:
    return (r.actor is not None) * 2 + (r.recipient is not None)


@dataclass(slots=True)
class _Group:
    readings: list[EventMention] = field(default_factory=list)

    @property
    def best(self) -> EventMention:
        return max(self.readings, key=lambda r: (_completeness(r), r.confidence, -r.evidence.start))

    def actor(self) -> Actor | None:
        return _most_specific(r.actor for r in self.readings)

    def recipient(self) -> Actor | None:
        return _most_specific(r.recipient for r in self.readings)

    def topics(self) -> set[str]:
        return {t for r in self.readings for t in r.topic}

    def accepts(self, r: EventMention) -> bool:
        best = self.best
        if r.event_type != best.event_type or r.modality != best.modality:
            return False
        # One PLOVER type can hold several CAMEO roots (ACCUSE: criticise 11, investigate
        # 09): a different root is a different act, even between the same parties.
        if r.cameo[:2] != best.cameo[:2]:
            return False
        for x in self.readings:
            if _two_acts_told_together(r, x):
                return False
            if not (_compatible_actor(r.actor, x.actor)
                    and _compatible_actor(r.recipient, x.recipient)):
                return False
            if _dates_conflict(r, x) or _places_conflict(r, x):
                return False
        if r.actor is None:
            # A reading without an actor must say what happened in the same words.
            return bool(set(r.topic) & self.topics())
        return True


def _two_acts_told_together(a: EventMention, b: EventMention) -> bool:
    """Two verbs of one sentence coding different acts ("condemned the incursion and
    summoned the envoy": 111 and 114) report two acts, even between the same parties;
    the same act told twice ("met ... and held talks", both 040) is still one. A partial
    reading (no actor) still completes the act it names ("sanctions, which restrict aid to
    Azerbaijan")."""
    return (a.actor is not None and b.actor is not None
            and a.evidence.start == b.evidence.start and a.cameo != b.cameo
            and a.evidence.trigger_start != b.evidence.trigger_start)


def _most_specific(actors: object) -> Actor | None:
    best: Actor | None = None
    for a in actors:  # type: ignore[attr-defined]
        if a is None:
            continue
        if best is None or (best.sector is None and a.sector is not None) or (
            best.country is None and a.country is not None
        ):
            best = a
    return best


def _event_id(article: Article, best: EventMention, actor: Actor | None,
              recipient: Actor | None) -> str:
    h = hashlib.blake2b(digest_size=10)
    for part in (
        __version__, article.id, hashlib.sha1(article.text.encode("utf-8")).hexdigest(),
        best.event_type, best.cameo, best.modality,
        actor.code if actor else "", recipient.code if recipient else "",
        str(best.evidence.start), str(best.evidence.trigger_start),
    ):
        h.update(part.encode("utf-8"))
        h.update(b"\x1f")
    return "ev-" + h.hexdigest()


def _combined_confidence(readings: Sequence[EventMention]) -> float:
    # Independent passages agreeing raise confidence: 1 - prod(1 - c_i), capped.
    miss = 1.0
    for r in readings:
        miss *= 1.0 - max(0.0, min(r.confidence, 0.99))
    return round(min(0.99, 1.0 - miss), 3)


def _evidence(readings: Sequence[EventMention]) -> list[Evidence]:
    seen: set[tuple[int, int | None]] = set()
    out: list[Evidence] = []
    for r in sorted(readings, key=lambda r: (r.evidence.start, r.evidence.trigger_start or 0)):
        key = (r.evidence.start, r.evidence.trigger_start)
        if key not in seen:
            seen.add(key)
            out.append(r.evidence)
    return out


def _to_event(group: _Group, article: Article) -> Event:
    best = group.best
    actor, recipient = group.actor(), group.recipient()
    dated = [r for r in group.readings if r.date is not None]
    when = max(dated, key=lambda r: (_PRECISION_RANK.get(r.date_precision, 0), r.confidence),
               default=None)
    location = next((r.location for r in sorted(group.readings, key=lambda r: r.evidence.start)
                     if r.location is not None), None)
    attribution = best.attribution or next(
        (r.attribution for r in group.readings if r.attribution), None)
    return Event(
        id=_event_id(article, best, actor, recipient),
        article_id=article.id,
        event_type=best.event_type,
        mode=best.mode,
        context=list(best.context),
        cameo=best.cameo,
        quad_class=best.quad_class,
        goldstein=best.goldstein,
        actor=actor,
        recipient=recipient,
        date=when.date if when else None,
        date_precision=when.date_precision if when else "unknown",
        location=location,
        modality=best.modality,
        attribution=attribution,
        evidence=_evidence(group.readings),
        mentions=len({(r.evidence.start, r.evidence.trigger_start) for r in group.readings}),
        confidence=_combined_confidence(group.readings),
        source=article.source,
        published=article.published,
    )


#: CAMEO's arrest code: "was arrested" with no agent still has an (unnamed) arrester.
ARREST = "173"


def unidentified_attacker(r: EventMention) -> Actor | None:
    """PLOVER's actor for an attack with no named attacker ("a roadside bomb killed two
    soldiers near Samarra"): unidentified armed forces (UAF) of the country where it
    happened, or of unknown country when the place is unknown. Only for assaults that
    name their victim, and for arrests ("was detained"), whose unnamed arrester is coded
    unknown (``---``); any other reading without an actor says too little."""
    if r.recipient is None:
        return None
    if r.event_type == "COERCE" and r.cameo.startswith(ARREST):
        # "was detained in Moscow": arrested by someone the text does not name.
        return Actor(text="", country=None, sector=None, code=actor_code(None, None),
                     rule="merge:unnamed-arrester")
    if r.event_type != "ASSAULT":
        return None
    country = r.location.country if r.location is not None else None
    return Actor(text="", country=country, sector="UAF", code=actor_code(country, "UAF"),
                 rule="merge:unidentified-attacker" + ("@location" if country else ""))


#: Types whose victims of no stated nationality are taken to be of the place hit.
PLACED_VICTIM_TYPES = frozenset({"ASSAULT", "COERCE"})


#: Armed sectors: forces struck where the striker is at home are not the place's own.
OWN_SOIL_FORCE_SECTORS = frozenset({"MIL", "COP", "UAF"})


def placed_victim(event: Event) -> Actor | None:
    """ "Two bombers killed 23 people in Haifa": victims of force with no nationality
    stated are residents of the country where it happened (the event's location, which
    the ``where`` stage may know when the actors stage has no mention for the place)."""
    recipient = event.recipient
    if event.event_type not in PLACED_VICTIM_TYPES or recipient is None:
        return None
    if recipient.country is not None or recipient.sector is None:
        return None
    country = event.location.country if event.location is not None else None
    if country is None:
        return None
    if recipient.sector in OWN_SOIL_FORCE_SECTORS and event.actor is not None \
            and event.actor.country == country:
        # "Russia destroyed 12 tanks in Kursk": forces a state strikes on its own soil are
        # its enemy's, not its own.
        return None
    return replace(recipient, country=country, code=actor_code(country, recipient.sector),
                   rule=f"{recipient.rule or ''}+placed@location:{country}")


def placed_attacker(event: Event) -> Actor | None:
    """ "A gunman shot the prime minister in Handlova": unidentified armed attackers (UAF)
    of no stated country are of the country where they struck, as an attack with no named
    attacker is (see :func:`unidentified_attacker`)."""
    actor = event.actor
    if event.event_type not in PLACED_VICTIM_TYPES or actor is None:
        return None
    if actor.country is not None or actor.sector != "UAF" or event.location is None:
        return None
    country = event.location.country
    if country is None:
        return None
    return replace(actor, country=country, code=actor_code(country, actor.sector),
                   rule=f"{actor.rule or ''}+placed@location:{country}")


def merge_mentions(readings: Sequence[EventMention], article: Article) -> list[Event]:
    """Fold an article's readings into events, in order of first mention."""
    groups: list[_Group] = []
    # Most complete readings first, so partial ones find the group they belong to.
    ordered = sorted(readings, key=lambda r: (-_completeness(r), r.evidence.start))
    for r in ordered:
        candidates = [g for g in groups if g.accepts(r)]
        if len(candidates) > 1:
            # Prefer the group that talks about the same thing.
            by_topic = [g for g in candidates if set(r.topic) & g.topics()]
            candidates = by_topic or candidates
        if r.actor is None and len(candidates) > 1:
            continue  # an actor-less reading that fits two events says too little to attach
        if candidates:
            candidates[0].readings.append(r)
        elif r.actor is not None:
            groups.append(_Group([r]))
        elif (attacker := unidentified_attacker(r)) is not None:
            r.actor = attacker
            groups.append(_Group([r]))
        # else: no actor and nothing to attach to — not an event.
    events = [_to_event(g, article) for g in groups]
    for event in events:
        placed = placed_victim(event)
        if placed is not None:
            event.recipient = placed
        attacker = placed_attacker(event)
        if attacker is not None:
            event.actor = attacker
    events.sort(key=lambda e: (e.evidence[0].start, e.evidence[0].trigger_start or 0))
    return events
