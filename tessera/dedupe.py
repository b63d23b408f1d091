"""Deduplicate: event mentions in, incidents (canonical events with their sources) out.

Sits between extraction/resolution and the store (`resolve/ -> dedupe.py -> store/`).
A *mention* is one `Event` as one article reports it; an *incident* is what several
mentions (in one article or many) describe together. Two mentions are the same
incident when nothing conflicts (type and mode compatible, locations within a few
km or one inside the other's admin area, dates overlapping with a day of slack,
actors compatible) and the positive evidence reaches a threshold; the rules and
weights are data (`tessera/data/dedupe.yaml`).

Merging is incremental and deterministic: each new mention joins the best-scoring
existing incident (ties go to the lowest id) or founds a new one, so the store can
cluster article by article. Every decision carries its reasons (`Match.reasons`).
The incident keeps the most precise location and date any source gives, and for
fatalities the best figure, the range and who claimed what.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Protocol

import yaml
from pydantic import BaseModel, ConfigDict, Field

from tessera.records import UNNAMED_SIDE, Actor, DateValue, Document, Event, EventType, Mode, Place, make_id
from tessera.records import Incident as ArticleIncident

__all__ = [
    "DedupeRules",
    "FatalityClaim",
    "Incident",
    "Match",
    "Mention",
    "Cluster",
    "actor_score",
    "assign_clusters",
    "best_match",
    "cluster_mentions",
    "compare",
    "date_window",
    "document_mentions",
    "fatality_claimant",
    "merge_score",
    "place_score",
    "summarise",
    "value_window",
]


class DedupeRules(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    max_distance_km: float = Field(gt=0)
    date_slack_days: int = Field(ge=0)
    undated_window_days: int = Field(ge=0)
    min_score: float = Field(gt=0)
    scores: dict[str, float]
    compatible_types: list[list[EventType]]
    feature_precision: dict[str, int]
    official_claimants: list[str]
    sector_families: list[list[str]]
    wildcard_sectors: list[str]

    def score(self, name: str) -> float:
        return self.scores[name]

    def types_compatible(self, a: str, b: str) -> bool:
        return a == b or any(a in group and b in group for group in self.compatible_types)

    def precision(self, place: Place) -> int:
        return self.feature_precision.get(place.feature, 0)

    def sectors_compatible(self, a: str, b: str) -> bool:
        if a == b or a in self.wildcard_sectors or b in self.wildcard_sectors:
            return True
        return any(a in family and b in family for family in self.sector_families)

    def precision_of(self, feature: str) -> int:
        return self.feature_precision.get(feature, 0)

    @cached_property
    def compatible_type_pairs(self) -> frozenset[tuple[str, str]]:
        return frozenset((a, b) for group in self.compatible_types for a in group for b in group)

    @cached_property
    def date_slack(self) -> dt.timedelta:
        return dt.timedelta(days=self.date_slack_days)


@lru_cache(maxsize=1)
def default_rules() -> DedupeRules:
    raw = yaml.safe_load((Path(__file__).parent / "data" / "dedupe.yaml").read_text(encoding="utf-8"))
    rules = DedupeRules.model_validate(raw)
    missing = {"same_place", "same_area", "same_actor", "same_day", "same_article"} - rules.scores.keys()
    if missing:
        raise ValueError(f"tessera/data/dedupe.yaml: scores lacks {sorted(missing)}")
    return rules


class Mention(BaseModel):
    """One extracted event as one article reports it."""

    model_config = ConfigDict(frozen=True)

    id: str
    article_id: str
    published: dt.date | None = None
    event: Event
    evidence: str = ""  # the sentence the event was read from
    # Background ("attacks have killed 2,000 people since 2019"): joins only background.
    context: bool = False

    @classmethod
    def of(cls, article_id: str, index: int, event: Event, text: str, published: dt.date | None) -> Mention:
        evidence = text[event.sentence.start : event.sentence.end].strip()
        return cls(
            id=make_id(article_id, index, event.id, prefix="m"),
            article_id=article_id,
            published=published,
            event=event,
            evidence=evidence,
        )

    @classmethod
    def of_incident(
        cls,
        article_id: str,
        index: int,
        incident: ArticleIncident,
        events: Sequence[Event],
        text: str,
        published: dt.date | None,
    ) -> Mention:
        """One article's assembled incident (`Document.incidents`) as one mention.

        Its event carries the incident's fields; trigger and sentence are those of its
        first mention, and `evidence` joins the sentences of all its mentions in order.
        """
        by_id = {e.id: e for e in events}
        told = [by_id[i] for i in incident.events if i in by_id]
        if not told:
            raise ValueError(f"incident {incident.id} names none of the article's events")
        first = told[0]
        toll = by_id.get(incident.evidence.fatalities or "")
        event = first.model_copy(
            update={
                "id": incident.id,
                "type": incident.type,
                "mode": incident.mode,
                "actor": incident.actor,
                "recipient": incident.recipient,
                "location": incident.location,
                "date": incident.date,
                "fatalities": incident.fatalities,
                "injuries": incident.injuries,
                "quantities": toll.quantities if toll is not None else [],
                "confidence": incident.confidence,
            }
        )
        sentences = dict.fromkeys(text[e.sentence.start : e.sentence.end].strip() for e in told)
        return cls(
            id=make_id(article_id, index, incident.id, prefix="m"),
            article_id=article_id,
            published=published,
            event=event,
            evidence=" ".join(sentences),
            context=incident.context,
        )


def document_mentions(
    article_id: str, document: Document, text: str, published: dt.date | None, *, include_context: bool = False
) -> list[Mention]:
    """What the store clusters for one article: one mention per assembled incident.

    Background incidents (`context`) are left out unless `include_context`. A document
    coded before the assemble stage (no `incidents`) gives one mention per event.
    """
    if not document.incidents:
        return [Mention.of(article_id, i, event, text, published) for i, event in enumerate(document.events)]
    return [
        Mention.of_incident(article_id, i, incident, document.events, text, published)
        for i, incident in enumerate(document.incidents)
        if include_context or not incident.context
    ]


class FatalityClaim(BaseModel):
    model_config = ConfigDict(frozen=True)

    value: int
    claimant: str  # "officials", "the group", "first report", "report of 2022-02-19"
    official: bool = False
    party: bool = False  # claimed by the event's own actor (perpetrators' figures run high)
    article_id: str
    mention_id: str
    published: dt.date | None = None


class Incident(BaseModel):
    """The canonical event of a cluster of mentions."""

    model_config = ConfigDict(frozen=True)

    id: str
    type: EventType
    mode: Mode
    location: Place | None = None
    date: DateValue | None = None
    date_start: dt.date | None = None
    date_end: dt.date | None = None
    actor: Actor | None = None
    recipient: Actor | None = None
    fatalities: int | None = None
    fatalities_min: int | None = None
    fatalities_max: int | None = None
    fatality_claims: list[FatalityClaim] = Field(default_factory=list)
    injuries: int | None = None
    confidence: float = 0.0
    mention_ids: list[str] = Field(default_factory=list)
    article_ids: list[str] = Field(default_factory=list)
    context: bool = False  # every mention is background: not on the map or in exports by default


class Match(BaseModel):
    """Why two incidents are (or are not) the same: score, conflicts, reasons."""

    score: float = 0.0
    conflicts: list[str] = Field(default_factory=list)
    reasons: list[str] = Field(default_factory=list)

    def merges(self, rules: DedupeRules) -> bool:
        return not self.conflicts and self.score >= rules.min_score


# --- dates -------------------------------------------------------------------------


def date_window(
    date: DateValue | None, published: dt.date | None, rules: DedupeRules | None = None
) -> tuple[dt.date, dt.date] | None:
    """The days a date value may mean; undated mentions fall back to before publication."""
    rules = rules or default_rules()
    window = value_window(date) if date is not None else None
    if window is None and published is not None:
        return published - dt.timedelta(days=rules.undated_window_days), published
    return window


def value_window(date: DateValue) -> tuple[dt.date, dt.date] | None:
    return _window_of_value(date.value) if date.value else None


@lru_cache(maxsize=8192)  # one value ("2022-02-17") recurs across a cluster's every summary
def _window_of_value(value: str) -> tuple[dt.date, dt.date] | None:
    try:
        if "/" in value:
            first, last = value.split("/", 1)
            a, b = _value_window_text(first), _value_window_text(last)
            return (a[0], b[1]) if a and b else None
        return _value_window_text(value)
    except ValueError:
        return None


def _value_window_text(value: str) -> tuple[dt.date, dt.date] | None:
    parts = value.split("-")
    year = int(parts[0])
    if len(parts) == 1:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    month = int(parts[1])
    if len(parts) == 2:
        last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        return dt.date(year, month, 1), last
    day = dt.date(year, month, int(parts[2][:2]))
    return day, day


# --- fatality claims --------------------------------------------------------------

_SPEECH = r"(?:said|says|say|told|reported|reports|claimed|claims|claim|stated|announced|confirmed|put|estimated)"
_PHRASE = r"((?:the\s+|a\s+)?[A-Za-z][\w'.-]*(?:\s+[A-Za-z][\w'.-]*){0,4}?)"
_CLAIMANT_PATTERNS = (
    re.compile(r"\baccording to\s+" + _PHRASE + r"(?=[,.;]|\s+(?:who|which|on|in)\b|$)", re.IGNORECASE),
    re.compile(r"[,;]\s*" + _PHRASE + r"\s+" + _SPEECH + r"\b", re.IGNORECASE),
    re.compile(r"^\s*" + _PHRASE + r"\s+" + _SPEECH + r"\b", re.IGNORECASE),
)
_CLAIM_VERB = re.compile(r"\bclaim(?:s|ed)?\b", re.IGNORECASE)


@lru_cache(maxsize=4096)  # summarise asks again for every sentence of a cluster at each merge
def fatality_claimant(sentence: str) -> str | None:
    """Who a sentence attributes its figures to ("officials", "the army"), if anyone."""
    for pattern in _CLAIMANT_PATTERNS:
        found = pattern.search(sentence)
        if found:
            phrase = found.group(1).strip()
            if phrase.lower() not in {"it", "he", "she", "they", "this", "that", "which", "who"}:
                return phrase
    return None


def _claims(mentions: Sequence[Mention], actor: Actor | None, rules: DedupeRules) -> list[FatalityClaim]:
    dated = sorted(
        (m for m in mentions if m.event.fatalities is not None),
        key=lambda m: (m.published or dt.date.max, m.id),
    )
    claims: list[FatalityClaim] = []
    seen: set[tuple[str, int]] = set()
    for order, mention in enumerate(dated):
        value = mention.event.fatalities
        assert value is not None
        if (mention.article_id, value) in seen:
            continue  # one article repeating its own figure is one claim
        seen.add((mention.article_id, value))
        claimant = fatality_claimant(mention.evidence)
        words = set(re.findall(r"[a-z]+", (claimant or "").lower()))
        official = bool(words & set(rules.official_claimants))
        party = (
            claimant is not None
            and not official
            and (_names_actor(claimant, actor) or bool(_CLAIM_VERB.search(mention.evidence)))
        )
        if claimant is None:
            claimant = "first report" if order == 0 else f"report of {mention.published or 'unknown date'}"
        claims.append(
            FatalityClaim(
                value=value,
                claimant=claimant,
                official=official,
                party=party,
                article_id=mention.article_id,
                mention_id=mention.id,
                published=mention.published,
            )
        )
    return claims


def _names_actor(claimant: str, actor: Actor | None) -> bool:
    if actor is None:
        return False
    names = {n.lower() for n in (actor.text, actor.name) if n}
    return any(n in claimant.lower() or claimant.lower() in n for n in names)


def _best_figure(claims: Sequence[FatalityClaim]) -> int | None:
    """Officials' latest figure; else the latest neutral report; parties' claims last.

    Tolls are revised upward as bodies are counted, so a later report supersedes an
    earlier one of the same standing; a perpetrator's claim is used only when alone.
    """
    for pool in (
        [c for c in claims if c.official],
        [c for c in claims if not c.party],
        list(claims),
    ):
        if pool:
            latest = max(pool, key=lambda c: (c.published or dt.date.min, c.value))
            return latest.value
    return None


# --- summarising a cluster --------------------------------------------------------


def summarise(incident_id: str, mentions: Sequence[Mention], rules: DedupeRules | None = None) -> Incident:
    """The canonical event of `mentions` (non-empty), independent of their order."""
    rules = rules or default_rules()
    if not mentions:
        raise ValueError("an incident needs at least one mention")
    ordered = sorted(mentions, key=lambda m: m.id)
    events = [m.event for m in ordered]
    event_type = _most_common(e.type for e in events)
    mode = _most_common(e.mode for e in events)

    # Ties go to the lowest mention id: the position in `ordered`.
    located = [(position, e.location) for position, e in enumerate(events) if e.location is not None]
    location = None
    if located:
        location = max(located, key=lambda pl: (rules.precision(pl[1]), -pl[0]))[1]

    windows = [(date_window(m.event.date, m.published, rules), m) for m in ordered]
    dated = [
        (w, position, m)
        for position, (w, m) in enumerate(windows)
        if w is not None and m.event.date is not None and m.event.date.value
    ]
    date = None
    date_start = date_end = None
    if dated:
        (date_start, date_end), _, chosen = min(dated, key=lambda wpm: (wpm[0][1] - wpm[0][0], wpm[1]))
        date = chosen.event.date
    else:
        fallbacks = [w for w, _ in windows if w is not None]
        if fallbacks:
            date_start, date_end = max(f[0] for f in fallbacks), min(f[1] for f in fallbacks)
            if date_start > date_end:
                date_start, date_end = min(f[0] for f in fallbacks), max(f[1] for f in fallbacks)

    actor = _best_actor(e.actor for e in events)
    recipient = _best_actor(e.recipient for e in events)
    claims = _claims(ordered, actor, rules)
    values = [c.value for c in claims]
    injuries = [m.event.injuries for m in sorted(ordered, key=lambda m: (m.published or dt.date.min, m.id))]
    injuries_known = [i for i in injuries if i is not None]
    return Incident(
        id=incident_id,
        type=event_type,  # type: ignore[arg-type]
        mode=mode,  # type: ignore[arg-type]
        location=location,
        date=date,
        date_start=date_start,
        date_end=date_end,
        actor=actor,
        recipient=recipient,
        fatalities=_best_figure(claims),
        fatalities_min=min(values) if values else None,
        fatalities_max=max(values) if values else None,
        fatality_claims=claims,
        injuries=injuries_known[-1] if injuries_known else None,
        confidence=max(e.confidence for e in events),
        mention_ids=[m.id for m in ordered],
        article_ids=sorted({m.article_id for m in ordered}),
        context=all(m.context for m in ordered),
    )


def _most_common(values: Iterable[str]) -> str:
    counts = Counter(values)
    if len(counts) == 1:
        return next(iter(counts))
    return min(counts, key=lambda v: (-counts[v], v))


def _best_actor(actors: Iterable[Actor | None]) -> Actor | None:
    known = [a for a in actors if a is not None]
    if not known:
        return None
    named = Counter((a.name or a.text).casefold() for a in known)
    return max(
        known,
        key=lambda a: (
            a.name is not None,
            a.country is not None,
            a.type is not None,
            named[(a.name or a.text).casefold()],
        ),
    )


# --- comparing ----------------------------------------------------------------------


def compare(a: Incident, b: Incident, rules: DedupeRules | None = None) -> Match:
    """Evidence for and against `a` and `b` being one incident."""
    rules = rules or default_rules()
    match = Match()
    if not rules.types_compatible(a.type, b.type):
        match.conflicts.append(f"types differ ({a.type} / {b.type})")
    if a.mode != b.mode:
        match.conflicts.append(f"modes differ ({a.mode} / {b.mode})")
    if a.context != b.context:
        match.conflicts.append("background and a reported incident")
    _compare_dates(a, b, rules, match)
    _compare_places(a.location, b.location, rules, match)
    for role in ("actor", "recipient"):
        _compare_actors(role, getattr(a, role), getattr(b, role), rules, match)
    if set(a.article_ids) & set(b.article_ids):
        match.score += rules.score("same_article")
        match.reasons.append("reported in the same article")
    return match


def _compare_dates(a: Incident, b: Incident, rules: DedupeRules, match: Match) -> None:
    if a.date_start is None or a.date_end is None or b.date_start is None or b.date_end is None:
        return
    slack = dt.timedelta(days=rules.date_slack_days)
    if a.date_start > b.date_end + slack or b.date_start > a.date_end + slack:
        match.conflicts.append(f"dates do not overlap ({a.date_start}..{a.date_end} / {b.date_start}..{b.date_end})")
        return
    if a.date_start == a.date_end and b.date_start == b.date_end and a.date is not None and b.date is not None:
        if a.date_start == b.date_start:
            match.score += rules.score("same_day")
            match.reasons.append(f"same day ({a.date_start})")
            return
    match.reasons.append("dates overlap")


def _compare_places(a: Place | None, b: Place | None, rules: DedupeRules, match: Match) -> None:
    if a is None or b is None:
        return
    if a.geonames_id is not None and a.geonames_id == b.geonames_id:
        match.score += rules.score("same_place")
        match.reasons.append(f"same place ({a.name})")
        return
    if a.country and b.country and a.country != b.country:
        match.conflicts.append(f"different countries ({a.country} / {b.country})")
        return
    coarse_a, coarse_b = (
        rules.precision(a) <= rules.precision_of("admin1"),
        rules.precision(b) <= rules.precision_of("admin1"),
    )
    if not coarse_a and not coarse_b:
        if None not in (a.lat, a.lon, b.lat, b.lon):
            km = haversine_km(a.lat, a.lon, b.lat, b.lon)  # type: ignore[arg-type]
            if km <= rules.max_distance_km:
                match.score += rules.score("same_place")
                match.reasons.append(f"{a.name} and {b.name} are {km:.0f} km apart")
            else:
                match.conflicts.append(f"{a.name} and {b.name} are {km:.0f} km apart")
        elif a.name.casefold() == b.name.casefold():
            match.score += rules.score("same_place")
            match.reasons.append(f"same place name ({a.name})")
        return
    coarse, fine = (a, b) if rules.precision(a) <= rules.precision(b) else (b, a)
    if coarse.feature == "admin1":
        if coarse.admin1 and fine.admin1 and coarse.admin1 != fine.admin1 and coarse.name != fine.admin1:
            match.conflicts.append(f"different admin areas ({coarse.admin1} / {fine.admin1})")
            return
        if fine.feature == "admin1" and coarse.name.casefold() != fine.name.casefold() and coarse.admin1 != fine.admin1:
            match.conflicts.append(f"different admin areas ({coarse.name} / {fine.name})")
            return
    if coarse.country and coarse.country == fine.country or coarse.name.casefold() == fine.name.casefold():
        match.score += rules.score("same_area")
        match.reasons.append(f"{fine.name} lies in {coarse.name}")


def _compare_actors(role: str, a: Actor | None, b: Actor | None, rules: DedupeRules, match: Match) -> None:
    if a is None or b is None:
        return
    if _same_actor(a, b):
        match.score += rules.score("same_actor")
        match.reasons.append(f"same {role} ({a.name or a.text})")
        return
    if a.country and b.country and a.country != b.country:
        match.conflicts.append(f"{role}s from different countries ({a.country} / {b.country})")
    elif a.type and b.type and not rules.sectors_compatible(a.type, b.type):
        match.conflicts.append(f"{role}s of different kinds ({a.type} / {b.type})")


def merge_score(a: Incident, b: Incident, rules: DedupeRules) -> float | None:
    """`compare(a, b, rules).score` when nothing conflicts, else None.

    The same rules as `compare`, step for step, without wording any reason: the
    clustering loops call this for every candidate and `compare` only for the one
    chosen (tests/test_dedupe.py checks that both agree).
    """
    if a.mode != b.mode or (a.type != b.type and (a.type, b.type) not in rules.compatible_type_pairs):
        return None
    if a.context != b.context:
        return None
    score = 0.0
    if a.date_start is not None and a.date_end is not None and b.date_start is not None and b.date_end is not None:
        slack = rules.date_slack
        if a.date_start > b.date_end + slack or b.date_start > a.date_end + slack:
            return None
        if (
            a.date_start == a.date_end
            and b.date_start == b.date_end
            and a.date is not None
            and b.date is not None
            and a.date_start == b.date_start
        ):
            score += rules.scores["same_day"]
    if a.location is not None and b.location is not None:
        place = place_score(a.location, b.location, rules)
        if place is None:
            return None
        score += place
    for role_a, role_b in ((a.actor, b.actor), (a.recipient, b.recipient)):
        if role_a is not None and role_b is not None:
            actor = actor_score(role_a, role_b, rules)
            if actor is None:
                return None
            score += actor
    if not set(a.article_ids).isdisjoint(b.article_ids):
        score += rules.scores["same_article"]
    return score


def place_score(a: Place, b: Place, rules: DedupeRules) -> float | None:
    """`_compare_places` as a score, None for a conflict."""
    if a.geonames_id is not None and a.geonames_id == b.geonames_id:
        return rules.scores["same_place"]
    if a.country and b.country and a.country != b.country:
        return None
    admin1 = rules.precision_of("admin1")
    precision_a, precision_b = rules.precision(a), rules.precision(b)
    if precision_a > admin1 and precision_b > admin1:
        if a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None:
            if haversine_km(a.lat, a.lon, b.lat, b.lon) <= rules.max_distance_km:
                return rules.scores["same_place"]
            return None
        return rules.scores["same_place"] if a.name.casefold() == b.name.casefold() else 0.0
    coarse, fine = (a, b) if precision_a <= precision_b else (b, a)
    if coarse.feature == "admin1":
        if coarse.admin1 and fine.admin1 and coarse.admin1 != fine.admin1 and coarse.name != fine.admin1:
            return None
        if fine.feature == "admin1" and coarse.name.casefold() != fine.name.casefold() and coarse.admin1 != fine.admin1:
            return None
    if coarse.country and coarse.country == fine.country or coarse.name.casefold() == fine.name.casefold():
        return rules.scores["same_area"]
    return 0.0


def _same_actor(a: Actor, b: Actor) -> bool:
    """The same name (or words); two sides that no text names (`UNNAMED_SIDE`) are not the same
    side for that."""
    if UNNAMED_SIDE in (a.name, b.name):
        return False
    same_words = (a.name or a.text).casefold() == (b.name or b.text).casefold()
    return same_words or bool(a.name and b.name and a.name == b.name)


def actor_score(a: Actor, b: Actor, rules: DedupeRules) -> float | None:
    """`_compare_actors` as a score, None for a conflict."""
    if _same_actor(a, b):
        return rules.scores["same_actor"]
    if a.country and b.country and a.country != b.country:
        return None
    if a.type and b.type and not rules.sectors_compatible(a.type, b.type):
        return None
    return 0.0


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


# --- clustering ---------------------------------------------------------------------


def best_match(
    candidate: Incident, incidents: Iterable[Incident], rules: DedupeRules | None = None
) -> tuple[Incident, Match] | None:
    """The incident `candidate` should join (highest score, then lowest id), or None."""
    rules = rules or default_rules()
    best: Incident | None = None
    best_score = 0.0
    for incident in sorted(incidents, key=lambda i: i.id):
        score = merge_score(incident, candidate, rules)
        if score is not None and score >= rules.min_score and (best is None or score > best_score):
            best, best_score = incident, score
    # Reasons are worded for the chosen incident only: most comparisons reject.
    return None if best is None else (best, compare(best, candidate, rules))


def incident_id(founding_mention_id: str) -> str:
    return make_id(founding_mention_id, prefix="e")


class Cluster(BaseModel):
    """Mentions found to be one incident, each with the reasons it joined."""

    incident: Incident
    members: list[tuple[Mention, list[str]]]


def cluster_mentions(mentions: Iterable[Mention], rules: DedupeRules | None = None) -> list[Cluster]:
    """Cluster mentions in the order given: each joins the best incident so far, or founds one."""
    rules = rules or default_rules()
    clusters: dict[str, Cluster] = {}
    for mention in mentions:
        single = summarise(incident_id(mention.id), [mention], rules)
        found = best_match(single, (c.incident for c in clusters.values()), rules)
        if found is None:
            clusters[single.id] = Cluster(incident=single, members=[(mention, ["first report of this incident"])])
            continue
        cluster = clusters[found[0].id]
        cluster.members.append((mention, found[1].reasons))
        cluster.incident = summarise(cluster.incident.id, [m for m, _ in cluster.members], rules)
    return list(clusters.values())


class CandidateSource(Protocol):
    """Where stored incidents come from (the store's article writer): those `incident` could join."""

    def candidates(self, incident: Incident) -> list[Incident]: ...


def place_clusters(
    mentions: Iterable[Mention], source: CandidateSource, rules: DedupeRules | None = None
) -> Iterator[tuple[Cluster, tuple[Incident, Match] | None]]:
    """One article's mentions clustered, each cluster with the stored incident it joins (or None).

    Lazy: the caller stores each cluster before the next is compared, so the next one's
    candidates include it.
    """
    rules = rules or default_rules()
    for cluster in cluster_mentions(mentions, rules):
        yield cluster, best_match(cluster.incident, source.candidates(cluster.incident), rules)


def assign_clusters(mentions: Iterable[Mention], rules: DedupeRules | None = None) -> list[Incident]:
    """The incidents of `mentions` clustered in order (in memory; the store does it incrementally)."""
    return sorted((c.incident for c in cluster_mentions(mentions, rules)), key=lambda i: i.id)
