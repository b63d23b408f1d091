"""The API's reading of the store: store records in, API response models out.

Everything the HTTP layer asks of the store goes through here, so the routes stay
thin and the store's own API (`tessera.store.Store`) is called in one place. A few
views the store does not offer yet (an article's extracted document, a mention's full
`Event` record, the filter menus' values) are read here from its tables; they are
small, read-only, and marked as such so they can move into the store. Counts per
period, actor and place are computed over `Store.iter_events`.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict
from collections.abc import Iterable

import pycountry
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tessera.api import models as api
from tessera.records import EVENT_TYPES, MODES, Article, Document, Event, content_hash, make_id
from tessera.store import EventFilter, Store, StoredEvent
from tessera.store.models import ArticleRow, EventRow, EventSourceRow

# Sorting other than the store's own order (latest first) is done here over the filtered
# events; past this many it would be slow, so those sorts refuse and ask for filters.
MAX_SORTED_IN_MEMORY = 50_000


class TooManyToSort(ValueError):
    pass


def summary(event: StoredEvent) -> api.EventSummary:
    place = None
    if event.location or event.lat is not None or event.country:
        place = api.PlaceOut(
            name=event.location,
            lat=event.lat,
            lon=event.lon,
            country=event.country,
            admin1=event.admin1,
            feature=event.geo_precision,
        )
    actor = (
        api.ActorOut(name=event.actor, country=event.actor_country, sector=event.actor_type) if event.actor else None
    )
    recipient = (
        api.ActorOut(name=event.recipient, country=event.recipient_country, sector=event.recipient_type)
        if event.recipient
        else None
    )
    return api.EventSummary(
        id=event.id,
        type=event.type,
        mode=event.mode,
        date=api.DateOut(
            value=event.date_value,
            precision=event.date_precision,  # type: ignore[arg-type]
            start=event.date_start,
            end=event.date_end,
        ),
        place=place,
        geo_precision=event.geo_precision,
        actor=actor,
        recipient=recipient,
        fatalities=event.fatalities,
        fatalities_min=event.fatalities_min,
        fatalities_max=event.fatalities_max,
        injuries=event.injuries,
        confidence=event.confidence,
        source_count=event.source_count,
    )


def _sort_key(sort: api.EventSort) -> tuple[str, bool]:
    field = sort.lstrip("-")
    return {"date": "date", "fatalities": "fatalities", "sources": "source_count"}[field], sort.startswith("-")


def event_page(store: Store, filters: EventFilter, *, limit: int, offset: int, sort: api.EventSort) -> api.EventPage:
    total = store.count_events(filters)
    if sort == "-date":  # the store's own order
        events = store.events(filters, limit=limit, offset=offset)
    else:
        if total > MAX_SORTED_IN_MEMORY:
            raise TooManyToSort(f"{total} events match: narrow the filters to sort by {sort.lstrip('-')}")
        field, descending = _sort_key(sort)
        everything = list(store.iter_events(filters))
        if field == "date":
            dated = sorted(
                (e for e in everything if e.date_start), key=lambda e: (e.date_start, e.id), reverse=descending
            )
            ordered = dated + [e for e in everything if not e.date_start]
        else:
            ordered = sorted(everything, key=lambda e: (getattr(e, field) or 0, e.id), reverse=descending)
        events = ordered[offset : offset + limit]
    return api.EventPage(total=total, limit=limit, offset=offset, events=[summary(e) for e in events])


def _mention_records(store: Store, mention_ids: Iterable[str]) -> dict[str, Event]:
    # Read from the store's table: `tessera.store.EventSource` does not carry the record yet.
    ids = list(mention_ids)
    if not ids:
        return {}
    with Session(store.engine) as session:
        rows = session.execute(select(EventSourceRow.id, EventSourceRow.record).where(EventSourceRow.id.in_(ids)))
        return {mention_id: Event.model_validate_json(record) for mention_id, record in rows}


def event_detail(store: Store, event_id: str) -> api.EventDetail | None:
    detail = store.event(event_id)
    if detail is None:
        return None
    mentions = _mention_records(store, (s.mention_id for s in detail.sources))
    sources = [
        api.EventSource(
            article_id=s.article_id,
            title=s.title,
            url=s.url,
            published=s.published,
            evidence=s.evidence,
            match_reasons=s.match_reasons,
            mention=mentions[s.mention_id],
        )
        for s in detail.sources
        if s.mention_id in mentions
    ]
    incident = detail.incident
    base = summary(detail)
    place = base.place
    if incident.location is not None:
        where = incident.location
        place = api.PlaceOut(
            name=where.name,
            lat=where.lat,
            lon=where.lon,
            country=where.country,
            admin1=where.admin1,
            feature=where.feature,
            geonames_id=where.geonames_id,
        )
    claims = [
        api.FatalityClaimOut(
            value=c.value,
            claimant=c.claimant,
            official=c.official,
            party=c.party,
            article_id=c.article_id,
            published=c.published,
        )
        for c in incident.fatality_claims
    ]
    return api.EventDetail(**base.model_dump(exclude={"place"}), place=place, fatality_claims=claims, sources=sources)


def article(store: Store, article_id: str) -> api.ArticleOut | None:
    stored = store.article(article_id)
    if stored is None:
        return None
    # The extracted document and mention -> event links are read from the store's tables.
    with Session(store.engine) as session:
        document_json = session.scalar(select(ArticleRow.document).where(ArticleRow.id == article_id))
        links = session.execute(
            select(EventSourceRow.record, EventSourceRow.event_id).where(EventSourceRow.article_id == article_id)
        ).all()
    event_ids = {Event.model_validate_json(record).id: event_id for record, event_id in links}
    return api.ArticleOut(
        id=stored.id,
        title=stored.title,
        url=stored.url,
        published=stored.published,
        language=stored.language,
        status=stored.status,
        text=stored.text,
        document=Document.model_validate_json(document_json) if document_json else None,
        event_ids=event_ids,
    )


def period_start(day: dt.date, by: api.Period) -> dt.date:
    if by == "week":
        return day - dt.timedelta(days=day.weekday())
    if by == "month":
        return day.replace(day=1)
    return day


def aggregates(store: Store, filters: EventFilter, by: api.Period, group: api.GroupBy) -> api.Aggregates:
    counts: Counter[tuple[dt.date, str | None]] = Counter()
    deaths: Counter[tuple[dt.date, str | None]] = Counter()
    for event in store.iter_events(filters):
        if event.date_start is None:
            continue
        key = None if group == "none" else getattr(event, group)
        bucket = (period_start(event.date_start, by), key)
        counts[bucket] += 1
        deaths[bucket] += event.fatalities or 0
    buckets = [
        api.AggregateBucket(period=day.isoformat(), key=key, events=n, fatalities=deaths[(day, key)])
        for (day, key), n in sorted(counts.items(), key=lambda item: (item[0][0], item[0][1] or ""))
    ]
    return api.Aggregates(by=by, group=group, buckets=buckets)


def actors(store: Store, filters: EventFilter, query: str | None, limit: int) -> list[api.ActorCount]:
    """Actors and recipients of the matching events, most frequent first."""
    counts: Counter[tuple[str, str | None, str | None]] = Counter()
    for event in store.iter_events(filters):
        for name, country, sector in (
            (event.actor, event.actor_country, event.actor_type),
            (event.recipient, event.recipient_country, event.recipient_type),
        ):
            if name and (not query or query.casefold() in name.casefold()):
                counts[(name, country, sector)] += 1
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0][0], item[0][1] or "", item[0][2] or ""))
    return [
        api.ActorCount(name=name, country=country, sector=sector, events=n)
        for (name, country, sector), n in ranked[:limit]
    ]


def places(store: Store, filters: EventFilter, limit: int) -> list[api.PlaceCount]:
    """Places of the matching events, most frequent first."""
    counts: Counter[tuple[str, float | None, float | None, str | None, str | None, str | None]] = Counter()
    for event in store.iter_events(filters):
        if event.location:
            counts[(event.location, event.lat, event.lon, event.country, event.admin1, event.geo_precision)] += 1
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0][0], item[0][3] or ""))
    return [
        api.PlaceCount(name=name, lat=lat, lon=lon, country=country, admin1=admin1, feature=feature, events=n)
        for (name, lat, lon, country, admin1, feature), n in ranked[:limit]
    ]


def country_name(code: str) -> tuple[str, str | None]:
    found = pycountry.countries.get(alpha_3=code) if len(code) == 3 else None
    if found is None:
        return code, None
    return getattr(found, "common_name", None) or found.name, found.numeric


def meta(store: Store) -> api.Meta:
    with Session(store.engine) as session:
        by_country = session.execute(
            select(EventRow.country, func.count()).where(EventRow.country.is_not(None)).group_by(EventRow.country)
        ).all()
        areas = session.execute(
            select(EventRow.country, EventRow.admin1)
            .where(EventRow.country.is_not(None), EventRow.admin1.is_not(None))
            .distinct()
        ).all()
        first, last, total = session.execute(
            select(func.min(EventRow.date_start), func.max(EventRow.date_start), func.count())
        ).one()
    countries = []
    for code, events in by_country:
        name, numeric = country_name(code)
        countries.append(api.CountryOut(code=code, numeric=numeric, name=name, events=events))
    admin1: dict[str, list[str]] = defaultdict(list)
    for code, area in areas:
        admin1[code].append(area)
    return api.Meta(
        event_types=list(EVENT_TYPES),
        modes=list(MODES),
        countries=sorted(countries, key=lambda c: c.name),
        admin1={code: sorted(names) for code, names in sorted(admin1.items())},
        date_min=first,
        date_max=last,
        total_events=total,
    )


def article_id_of(article: Article) -> str:
    """The id the store gives an article (its content hash), to tell the client where it went."""
    return make_id(content_hash(article.text), prefix="a")


def parse_jsonl(body: str) -> list[object]:
    """Objects of a JSON Lines body; a bad line raises ValueError naming the line."""
    records: list[object] = []
    for number, line in enumerate(body.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError as error:
            raise ValueError(f"line {number}: invalid JSON ({error.msg})") from None
    return records
