"""Typed records the store returns and accepts: filters, events, sources, articles, summaries.

The CLI, the HTTP API and the exporters all read the store through these models.
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field, field_validator

from tessera.dedupe import Incident
from tessera.records import Document, Event, EventType, Mode


class EventFilter(BaseModel):
    """Which events to return; every field narrows the selection, None means any."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    country: str | None = None  # ISO 3166-1 alpha-3
    admin1: str | None = None
    type: list[EventType] | None = None
    mode: list[Mode] | None = None
    actor: str | None = None  # part of the actor's or recipient's name, any case
    since: dt.date | None = None
    until: dt.date | None = None
    bbox: tuple[float, float, float, float] | None = None  # min_lon, min_lat, max_lon, max_lat
    text: str | None = None  # full-text query over the source articles
    language: str | None = None  # ISO 639-1: an incident with at least one source article in it

    @field_validator("country")
    @classmethod
    def _upper(cls, value: str | None) -> str | None:
        return value.upper() if value else value

    @field_validator("language")
    @classmethod
    def _lower(cls, value: str | None) -> str | None:
        return value.lower() if value else value

    @field_validator("bbox")
    @classmethod
    def _bbox(cls, value: tuple[float, float, float, float] | None) -> tuple[float, float, float, float] | None:
        if value is not None and (value[0] > value[2] or value[1] > value[3]):
            raise ValueError("bbox is min_lon,min_lat,max_lon,max_lat with min <= max")
        return value


class StoredEvent(BaseModel):
    """A canonical event as the store lists it."""

    id: str
    type: EventType
    mode: Mode
    date_start: dt.date | None = None
    date_end: dt.date | None = None
    date_value: str | None = None
    date_precision: str | None = None
    location: str | None = None
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geo_precision: str | None = None
    actor: str | None = None
    actor_country: str | None = None
    actor_type: str | None = None
    recipient: str | None = None
    recipient_country: str | None = None
    recipient_type: str | None = None
    fatalities: int | None = None
    fatalities_min: int | None = None
    fatalities_max: int | None = None
    injuries: int | None = None
    confidence: float = 0.0
    source_count: int = 0


class EventSource(BaseModel):
    """One article's report of an event: the evidence sentence and why it was merged."""

    mention_id: str
    article_id: str
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    language: str | None = None  # the article's language (ISO 639-1)
    type: EventType
    mode: Mode
    fatalities: int | None = None
    evidence: str
    match_reasons: list[str] = Field(default_factory=list)
    mention: Event | None = None  # the full extracted record, with its spans in the article


class EventDetail(StoredEvent):
    incident: Incident
    sources: list[EventSource] = Field(default_factory=list)


class StoredArticle(BaseModel):
    id: str
    source_id: str
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    language: str
    status: str  # coded | not_coded | failed
    text: str
    event_ids: list[str] = Field(default_factory=list)


class ArticleCoding(BaseModel):
    """What the last coding of an article produced."""

    document: Document | None = None
    event_ids: dict[str, str] = Field(default_factory=dict)  # extracted event id -> canonical event id


class PeriodCount(BaseModel):
    """Events starting in one day, week or month (its first day) with one value of the grouping field."""

    period: str  # YYYY-MM-DD
    key: str | None = None
    events: int
    fatalities: int


class ActorCount(BaseModel):
    name: str
    country: str | None = None
    sector: str | None = None
    events: int


class PlaceCount(BaseModel):
    name: str
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    admin1: str | None = None
    feature: str | None = None
    events: int


class FilterMenu(BaseModel):
    """The values the event filters can take, for a front end's menus."""

    countries: dict[str, int]  # ISO 3166-1 alpha-3 -> events
    admin1: dict[str, list[str]]  # country -> its first-level areas that have events, sorted
    languages: dict[str, int] = Field(default_factory=dict)  # ISO 639-1 -> events with a source in it
    date_min: dt.date | None = None
    date_max: dt.date | None = None
    total_events: int = 0


class TokenInfo(BaseModel):
    """An API token as listed: never its secret or hash."""

    model_config = ConfigDict(frozen=True)

    name: str
    created_at: dt.datetime
    last_used_at: dt.datetime | None = None


class StoredToken(BaseModel):
    """What verifying a token needs from its row."""

    model_config = ConfigDict(frozen=True)

    name: str
    salt: str
    secret_hash: str


class FailureRecord(BaseModel):
    source: str
    stage: str
    reason: str
    attempts: int
    last_seen: dt.datetime
    run_id: int | None = None


class IngestSummary(BaseModel):
    """Counts of one ingest or recode run; updated as it goes (progress reports)."""

    run_id: int
    new: int = 0  # articles stored for the first time
    known: int = 0  # already in the store: nothing added
    failed: int = 0  # sources or articles that failed (see `tessera failures`)
    not_coded: int = 0  # stored but not coded (language not supported yet)
    not_coded_languages: dict[str, int] = Field(default_factory=dict)  # language -> articles not coded
    updated: int = 0  # of `new`: new texts at a stored article's URL (previous version kept)
    events_added: int = 0  # event mentions stored
    seconds: float = 0.0
    extract_seconds: float = 0.0  # of which in the extraction pipeline
    store_seconds: float = 0.0  # of which writing to the database

    @property
    def processed(self) -> int:
        return self.new + self.known + self.failed

    @property
    def articles_per_second(self) -> float:
        return self.processed / self.seconds if self.seconds > 0 else 0.0


class StoreStats(BaseModel):
    articles: int
    coded: int
    not_coded: int
    failed: int
    events: int
    sources: int
    failures: int
