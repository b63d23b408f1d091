"""The API's reading of the store: store records in, API response models out.

Everything the HTTP layer asks of the store goes through here, so the routes stay
thin. This module only converts: the store answers every question itself
(`tessera.store.Store`: events in any of the API's sort orders, event detail with each
mention's record, an article's extracted document, aggregates, actor and place
counts, filter menus, all computed in SQL). The API package opens no database
session and names no table (tests/api/test_routes.py checks it).
"""

from __future__ import annotations

import pycountry

from tessera.api import models as api
from tessera.records import EVENT_TYPES, MODES
from tessera.store import EventFilter, Store, StoredEvent


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
            precision=event.date_precision,
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


def event_page(store: Store, filters: EventFilter, *, limit: int, offset: int, sort: api.EventSort) -> api.EventPage:
    total = store.count_events(filters)
    events = store.events(filters, limit=limit, offset=offset, sort=sort) if offset < total else []
    return api.EventPage(total=total, limit=limit, offset=offset, events=[summary(e) for e in events])


def event_detail(store: Store, event_id: str) -> api.EventDetail | None:
    detail = store.event(event_id)
    if detail is None:
        return None
    sources = [
        api.EventSource(
            article_id=s.article_id,
            title=s.title,
            url=s.url,
            published=s.published,
            language=s.language,
            evidence=s.evidence,
            match_reasons=s.match_reasons,
            mention=s.mention,
        )
        for s in detail.sources
        if s.mention is not None
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
    coding = store.article_coding(article_id)
    if stored is None or coding is None:
        return None
    return api.ArticleOut(
        id=stored.id,
        title=stored.title,
        url=stored.url,
        published=stored.published,
        language=stored.language,
        status=stored.status,
        text=stored.text,
        document=coding.document,
        event_ids=coding.event_ids,
    )


def aggregates(store: Store, filters: EventFilter, by: api.Period, group: api.GroupBy) -> api.Aggregates:
    buckets = [
        # The store's typed counts, one per bucket (hundreds): no second validation.
        api.AggregateBucket.model_construct(period=c.period, key=c.key, events=c.events, fatalities=c.fatalities)
        for c in store.aggregates(filters, by=by, group=group)
    ]
    return api.Aggregates(by=by, group=group, buckets=buckets)


def actors(store: Store, filters: EventFilter, query: str | None, limit: int) -> list[api.ActorCount]:
    """Actors and recipients of the matching events, most frequent first."""
    return [
        api.ActorCount(name=a.name, country=a.country, sector=a.sector, events=a.events)
        for a in store.actor_counts(filters, query=query, limit=limit)
    ]


def places(store: Store, filters: EventFilter, limit: int) -> list[api.PlaceCount]:
    """Places of the matching events, most frequent first."""
    return [
        api.PlaceCount(
            name=p.name, lat=p.lat, lon=p.lon, country=p.country, admin1=p.admin1, feature=p.feature, events=p.events
        )
        for p in store.place_counts(filters, limit=limit)
    ]


def country_name(code: str) -> tuple[str, str | None]:
    found = pycountry.countries.get(alpha_3=code) if len(code) == 3 else None
    if found is None:
        return code, None
    return getattr(found, "common_name", None) or found.name, found.numeric


def language_code(code: str) -> str | None:
    """The ISO 639-1 code of a 2- or 3-letter ISO 639 code ("fra" -> "fr"; "und" stays), None if unknown."""
    lowered = code.lower()
    found = pycountry.languages.get(**{"alpha_2" if len(lowered) == 2 else "alpha_3": lowered})
    if found is None:
        return None
    return getattr(found, "alpha_2", None) or found.alpha_3


def language_name(code: str) -> str:
    found = pycountry.languages.get(alpha_2=code) if len(code) == 2 else pycountry.languages.get(alpha_3=code)
    return found.name if found is not None else code


def meta(store: Store) -> api.Meta:
    menu = store.filter_menu()
    countries = []
    for code, events in menu.countries.items():
        name, numeric = country_name(code)
        countries.append(api.CountryOut(code=code, numeric=numeric, name=name, events=events))
    languages = [
        api.LanguageOut(code=code, name=language_name(code), events=events) for code, events in menu.languages.items()
    ]
    return api.Meta(
        event_types=list(EVENT_TYPES),
        modes=list(MODES),
        countries=sorted(countries, key=lambda c: c.name),
        languages=sorted(languages, key=lambda language: (-language.events, language.code)),
        admin1=menu.admin1,
        date_min=menu.date_min,
        date_max=menu.date_max,
        total_events=menu.total_events,
    )
