"""The nouns of Tessera: typed records passed between pipeline stages.

Every stage takes and returns these records, never loose dicts. Each record that
comes from the text carries `start`/`end` character offsets into the article's
`text` (Python str offsets), so an analyst can always see the words behind a field.
The JSON Schema published in `tessera/schema/document.schema.json` is generated
from `Document` (see `tessera.schema`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

EventType = Literal[
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "COOPERATE",
    "AID",
    "CONCEDE",
    "RETREAT",
    "ACCUSE",
    "REQUEST",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "MOBILIZE",
    "SANCTION",
    "COERCE",
    "ASSAULT",
]
EVENT_TYPES: tuple[str, ...] = EventType.__args__  # type: ignore[attr-defined]

Mode = Literal["asserted", "future", "hypothetical", "negated"]
MODES: tuple[str, ...] = Mode.__args__  # type: ignore[attr-defined]

# CAMEO-family sector codes (see ONTOLOGY.md).
Sector = Literal[
    "GOV", "MIL", "COP", "JUD", "REB", "OPP", "PTY", "IGO", "NGO", "MED", "BUS", "CVL", "CRM", "REL", "UAF"
]
SECTORS: tuple[str, ...] = Sector.__args__  # type: ignore[attr-defined]

Feature = Literal["country", "admin1", "admin2", "city", "region", "natural", "site"]
FEATURES: tuple[str, ...] = Feature.__args__  # type: ignore[attr-defined]

# day: 2022-02-18, month: 2022-02, year: 2021, interval: 2021-03-01/2021-03-31,
# unknown: a temporal expression was found but could not be normalised (value is null).
DatePrecision = Literal["day", "month", "year", "interval", "unknown"]


class Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Span(Record):
    """A stretch of the article text: `text == article_text[start:end]`."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Entity(Span):
    label: str


class Place(Span):
    """A toponym and where it was resolved to (GeoNames id and point when known)."""

    name: str
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None  # ISO 3166-1 alpha-3
    admin1: str | None = None
    feature: Feature


class DateValue(Span):
    value: str | None
    precision: DatePrecision


class Quantity(Span):
    value: float | None
    unit: str | None = None
    approximate: bool = False
    # Upper bound of a range ("between 300 and 350": value 300, max 350).
    max: float | None = None


class Actor(Span):
    name: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-3 or a regional code (EUR, AFR, WAF, ...)
    type: str | None = None  # sector code (GOV, MIL, REB, ...)


class SentenceSpan(Record):
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Event(Record):
    id: str
    type: EventType
    mode: Mode
    trigger: Span
    sentence: SentenceSpan
    actor: Actor | None = None
    recipient: Actor | None = None
    location: Place | None = None
    date: DateValue | None = None
    fatalities: int | None = Field(default=None, ge=0)
    injuries: int | None = Field(default=None, ge=0)
    quantities: list[Quantity] = Field(default_factory=list)
    confidence: float = Field(ge=0.0, le=1.0)
    source: Span | None = None


# ACLED-style precision of an incident's place: its town (or a site in it), its district
# (admin2), its region (admin1 or a named region) or only its country.
GeoPrecision = Literal["town", "district", "region", "country"]


class IncidentEvidence(Record):
    """For each field of an `Incident`, the id of the event mention it was taken from."""

    type: str | None = None
    actor: str | None = None
    recipient: str | None = None
    location: str | None = None
    date: str | None = None
    fatalities: str | None = None
    injuries: str | None = None


class Incident(Record):
    """One incident as one article reports it: its event mentions assembled.

    Each field is taken from the mention that states it most precisely; `evidence`
    says which one, and `events` lists the ids of every mention. `context` marks
    background ("attacks have killed 2,000 people since 2019"): a general statement
    without one time, place and set of participants, not an incident for the map.
    """

    id: str
    type: EventType
    mode: Mode
    actor: Actor | None = None
    recipient: Actor | None = None
    location: Place | None = None
    geo_precision: GeoPrecision | None = None
    date: DateValue | None = None
    fatalities: int | None = Field(default=None, ge=0)
    injuries: int | None = Field(default=None, ge=0)
    confidence: float = Field(ge=0.0, le=1.0)
    events: list[str] = Field(default_factory=list)
    context: bool = False
    evidence: IncidentEvidence = Field(default_factory=IncidentEvidence)


class Document(Record):
    """What `tessera extract` prints for one article."""

    id: str
    language: str
    entities: list[Entity] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    dates: list[DateValue] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    incidents: list[Incident] = Field(default_factory=list)


class Article(Record):
    """One news article as it enters the pipeline."""

    id: str
    text: str
    published: dt.date | None = None
    language: str | None = None
    title: str | None = None
    url: str | None = None


def make_id(*parts: object, prefix: str = "") -> str:
    """Deterministic short id from its parts; the one place ids are made."""
    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]
    return f"{prefix}{digest}"


def content_hash(text: str) -> str:
    """Hash of an article's normalised content: whitespace-collapsed, case-folded."""
    normalised = " ".join(text.split()).casefold()
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


class ExtractionFailure(Record):
    """An article that could not be coded, kept aside with the reason; the batch goes on."""

    id: str | None
    reason: str
    line: int | None = None
    source: str | None = None
