"""Request and response bodies of the HTTP API (they make its OpenAPI schema).

Responses reuse the pipeline's records (`Document`, `Event`, `Place`, `Actor`) where
the API shows them as they are, and add the store's views on top: a canonical event
with its fatality claims and sources, an article with its extracted spans.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, field_validator

from tessera.records import DatePrecision, Document, Event, EventType, Mode

Period = Literal["day", "week", "month"]
GroupBy = Literal["type", "country", "admin1", "mode", "none"]
EventSort = Literal["date", "-date", "fatalities", "-fatalities", "sources", "-sources"]
ExportFormat = Literal["csv", "jsonl", "parquet", "geojson", "acled", "plover"]


def _date_not_number(value: Any) -> Any:
    # pydantic would read 20220102 as seconds since 1970; a date is written YYYY-MM-DD.
    if isinstance(value, int | float) and not isinstance(value, bool):
        raise ValueError(f"a date is written as a string YYYY-MM-DD, not the number {value!r}")
    return value


def _web_url(value: str | None) -> str | None:
    # Only http(s) links are kept: a javascript: or data: URL must never reach a page as a link.
    # A blank URL is no URL.
    if value is None or not value.strip():
        return None
    if value.strip().split(":", 1)[0].lower() not in ("http", "https"):
        raise ValueError("must be an http:// or https:// URL")
    return value


DateIn = Annotated[dt.date | None, BeforeValidator(_date_not_number)]


class BodyModel(BaseModel):
    """A request body: its strings must be Unicode text (JSON allows a lone "\\ud800" escape,
    which is not, and which the store could not encode): refused with 422, saying where."""

    model_config = ConfigDict(frozen=True)

    @field_validator("*")
    @classmethod
    def _whole_characters(cls, value: Any) -> Any:
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError as error:
                raise ValueError(
                    f"lone surrogate U+{ord(value[error.start]):04X} at character {error.start}: not Unicode text"
                ) from None
        return value


class ApiModel(BaseModel):
    model_config = ConfigDict(frozen=True)


class ActorOut(ApiModel):
    id: str | None = None
    name: str | None = None
    country: str | None = None
    sector: str | None = None


class PlaceOut(ApiModel):
    id: str | None = None
    name: str | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    admin1: str | None = None
    feature: str | None = None
    geonames_id: int | None = None


class DateOut(ApiModel):
    value: str | None = None
    precision: DatePrecision | None = None
    start: dt.date | None = None
    end: dt.date | None = None


class FatalityClaimOut(ApiModel):
    value: int
    claimant: str
    official: bool = False
    party: bool = False
    article_id: str | None = None
    published: dt.date | None = None


class EventSummary(ApiModel):
    """One canonical event (an incident, however many articles report it)."""

    id: str
    type: EventType
    mode: Mode
    date: DateOut
    place: PlaceOut | None = None
    geo_precision: str | None = None
    actor: ActorOut | None = None
    recipient: ActorOut | None = None
    fatalities: int | None = None
    fatalities_min: int | None = None
    fatalities_max: int | None = None
    injuries: int | None = None
    confidence: float = 0.0
    source_count: int = 0


class EventSource(ApiModel):
    """One article's report of the event: its evidence sentence and the spans read from it."""

    article_id: str
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    language: str | None = Field(default=None, description="The article's language, ISO 639-1 (en, fr)")
    evidence: str
    match_reasons: list[str] = Field(default_factory=list)
    mention: Event


class EventDetail(EventSummary):
    fatality_claims: list[FatalityClaimOut] = Field(default_factory=list)
    sources: list[EventSource] = Field(default_factory=list)


class EventPage(ApiModel):
    total: int
    limit: int
    offset: int
    events: list[EventSummary]


class ArticleOut(ApiModel):
    id: str
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    language: str | None = None
    status: str | None = None
    text: str
    document: Document | None = Field(default=None, description="What extraction read from the text: spans and events")
    event_ids: dict[str, str] = Field(
        default_factory=dict, description="Extracted event id -> the canonical event it was merged into"
    )


class AggregateBucket(ApiModel):
    period: str = Field(description="First day of the day/week/month, YYYY-MM-DD")
    key: str | None = Field(default=None, description="Value of the grouping field (null: unknown or no grouping)")
    events: int
    fatalities: int


class Aggregates(ApiModel):
    by: Period
    group: GroupBy
    buckets: list[AggregateBucket]


class ActorCount(ActorOut):
    events: int = 0


class PlaceCount(PlaceOut):
    events: int = 0


class CountryOut(ApiModel):
    code: str = Field(description="ISO 3166-1 alpha-3")
    numeric: str | None = Field(default=None, description="ISO 3166-1 numeric (the ids of the world-atlas boundaries)")
    name: str
    events: int


class LanguageOut(ApiModel):
    code: str = Field(description="ISO 639-1 (ISO 639-3 where it has none, such as und: undetermined)")
    name: str
    events: int = Field(description="Events with at least one source article in this language")


class Meta(ApiModel):
    """What the filters can take, for building a user interface."""

    event_types: list[str]
    modes: list[str]
    countries: list[CountryOut]
    languages: list[LanguageOut] = Field(default_factory=list, description="Languages of the source articles")
    admin1: dict[str, list[str]] = Field(description="Country code -> its first-level areas that have events")
    date_min: dt.date | None = None
    date_max: dt.date | None = None
    total_events: int = 0


class ExtractRequest(BodyModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    text: str = Field(min_length=1, description="The article's text")
    published: DateIn = Field(default=None, description="Publication date; anchors 'on Friday', 'last year'")
    language: str | None = Field(default=None, max_length=16, description="ISO 639-1 code; detected when absent")


class ArticleIn(BodyModel):
    """An article to ingest: the `tessera extract` / `tessera ingest` JSONL format."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    id: str | None = Field(default=None, max_length=200)
    text: str = Field(min_length=1)
    published: DateIn = None
    language: str | None = Field(default=None, max_length=16)
    title: str | None = None
    url: Annotated[str | None, AfterValidator(_web_url)] = Field(
        default=None, max_length=2000, description="Where the article was published: an http(s) URL"
    )


class IngestFailure(ApiModel):
    index: int | None = Field(default=None, description="Position of the article in the request (0-based)")
    id: str | None = None
    reason: str


class IngestResult(ApiModel):
    articles_new: int = 0
    articles_known: int = 0
    articles_failed: int = 0
    events_added: int = 0
    article_ids: list[str] = Field(default_factory=list)
    failures: list[IngestFailure] = Field(default_factory=list)


class FieldProblem(ApiModel):
    field: str = Field(description="The input at fault: 'since', 'body.published', 'body[2].text'")
    message: str
    loc: list[str | int] = Field(description="Where it is: ['query', 'since'], ['body', 2, 'text']")


class Problem(ApiModel):
    """An error: what went wrong and, for bad input (422), which fields."""

    detail: str
    errors: list[FieldProblem] | None = None


__all__ = [
    "ActorCount",
    "ActorOut",
    "AggregateBucket",
    "Aggregates",
    "ArticleIn",
    "ArticleOut",
    "CountryOut",
    "DateOut",
    "EventDetail",
    "EventPage",
    "EventSort",
    "EventSource",
    "EventSummary",
    "ExportFormat",
    "ExtractRequest",
    "FatalityClaimOut",
    "FieldProblem",
    "GroupBy",
    "IngestFailure",
    "IngestResult",
    "LanguageOut",
    "Meta",
    "Period",
    "PlaceCount",
    "PlaceOut",
    "Problem",
]
