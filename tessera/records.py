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
import logging
from collections.abc import Iterable, Iterator, Mapping
from pathlib import PurePath
from typing import Any, Literal, Protocol

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

log = logging.getLogger(__name__)

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


# What a place named in the text is to the events around it, when it is not simply
# where they happen: "dateline", where the report was filed ("NIAMEY, Dec 22 (Xinhua)
# --"), a fallback for an event's place only; "border", the far side of a border ("near
# the border with Mali"), never where the event is; "affiliation", where an organisation or
# outlet is from, not where anything happens ("the UK-based monitor", "SOS Médias Burundi");
# "source", where the news was told or issued from ("an official said in Bamako", "un
# communiqué publié à Niamey"), not where the events told happened; "route", where a
# journey named goes to or comes from ("a train travelling to Rawalpindi from Quetta", "on
# his way to Senegal", "the Peshawar-bound train"), not where anything on the way happens.
PlaceRole = Literal["dateline", "border", "affiliation", "source", "route"]
# The roles of a place that is never an event's own place (a dateline is one as a fallback).
NOT_EVENT_PLACE_ROLES: frozenset[PlaceRole] = frozenset({"border", "affiliation", "source", "route"})


class Place(Span):
    """A toponym and where it was resolved to (GeoNames id and point when known)."""

    name: str
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None  # ISO 3166-1 alpha-3
    admin1: str | None = None
    feature: Feature
    role: PlaceRole | None = None


# ACLED-style precision of an incident's place: its town (or a site in it), its district
# (admin2), its region (admin1 or a named region) or only its country.
GeoPrecision = Literal["town", "district", "region", "country"]
FEATURE_PRECISION: dict[str, GeoPrecision] = {
    "site": "town",
    "city": "town",
    "admin2": "district",
    "admin1": "region",
    "region": "region",
    "natural": "region",
    "country": "country",
}


def geo_precision(place: Place | None, *, dateline: bool | None = None) -> GeoPrecision | None:
    """ACLED-style precision (town, district, region, country) of a place, from its feature.

    A dateline place (`dateline`, by default the place's own `role`) stands in for an
    unknown place in its country, as ACLED codes an event known only by province at the
    provincial capital: precision "region" (a country stays "country").
    """
    if place is None:
        return None
    if dateline is None:
        dateline = place.role == "dateline"
    if dateline:
        return "region" if place.feature != "country" else "country"
    return FEATURE_PRECISION.get(place.feature, "region")


class DateValue(Span):
    value: str | None
    precision: DatePrecision


class Quantity(Span):
    # Finite numbers only: infinity and NaN are refused (issue 14: a 400-digit number gave inf).
    value: float | None = Field(allow_inf_nan=False)
    unit: str | None = None
    approximate: bool = False
    # Upper bound of a range ("between 300 and 350": value 300, max 350).
    max: float | None = Field(default=None, allow_inf_nan=False)


# The name of a side no mention names, given by a convention rather than by the text (an attack
# with no author named is an unnamed side's of its place's country: extraction.events.roles
# `place_author`); never the same actor as another one so named (dedupe).
UNNAMED_SIDE = "unnamed side"


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


class IncidentEvidence(Record):
    """For each field of an `Incident`, the id of the event mention it was taken from
    (`date` is "published" for a day no words state, taken from the publication date)."""

    type: str | None = None
    actor: str | None = None
    recipient: str | None = None
    location: str | None = None
    date: str | None = None
    fatalities: str | None = None
    injuries: str | None = None
    # A toll taken from a sentence that tells no event ("The death toll has risen to 25"):
    # the words from the toll noun to its figure (`fatalities` is then None).
    toll_statement: Span | None = None


class Incident(Record):
    """One incident as one article reports it: its event mentions assembled.

    Each field is taken from the mention that states it most precisely; `evidence`
    says which one, and `events` lists the ids of every mention. `context` marks
    background ("attacks have killed 2,000 people since 2019"): a general statement
    without one time, place and set of participants, not an incident for the map.
    `confidence` is a trained probability that the record is right (tessera.confidence).
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


def replace_lone_surrogates(value: str) -> str:
    """`value` with each lone surrogate (half a UTF-16 pair, from a "\\ud800" JSON escape)
    replaced by U+FFFD, one character for one, so character offsets stay the same."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in value)
    return value


def http_url(value: str | None) -> str | None:
    """An article's URL if it is http(s), else None: "" means no URL, and a javascript:,
    data: or file: URL from a feed or a record is dropped (logged), never stored or linked."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    scheme = value.split(":", 1)[0].lower() if ":" in value else ""
    if scheme not in ("http", "https") or not value[len(scheme) + 1 :].startswith("//"):
        log.warning("article URL dropped: only http(s) URLs are kept, not %.80r", value)
        return None
    return value


class Article(Record):
    """One news article as it enters the pipeline.

    Text, title and URL never hold lone surrogates (they are replaced by U+FFFD), so
    every article can be encoded, hashed and stored. `published` is a date
    ("2022-01-02" or a `date`), never a number: 20220102 would otherwise be read as
    seconds since 1970. `url` is http(s) or None (`http_url`).
    """

    id: str
    text: str
    published: dt.date | None = None
    language: str | None = None
    title: str | None = None
    url: str | None = None

    @field_validator("text", "title", "url", "id", "language")
    @classmethod
    def _no_lone_surrogates(cls, value: str | None) -> str | None:
        return None if value is None else replace_lone_surrogates(value)

    @field_validator("url")
    @classmethod
    def _http_url_or_none(cls, value: str | None) -> str | None:
        return http_url(value)

    @field_validator("published", mode="before")
    @classmethod
    def _date_not_number(cls, value: object) -> object:
        if isinstance(value, int | float) and not isinstance(value, bool):
            raise ValueError(f"a date is written YYYY-MM-DD, not as the number {value!r}")
        if isinstance(value, dt.datetime):
            return value.date()
        return value


# --- id recipes: the one place article ids are made ----------------------------------


def make_id(*parts: object, prefix: str = "") -> str:
    """Deterministic short id from its parts; the one place ids are made."""
    joined = "\x1f".join(str(p) for p in parts)
    digest = hashlib.sha1(joined.encode("utf-8", errors="surrogatepass")).hexdigest()[:16]
    return f"{prefix}{digest}"


def content_hash(text: str) -> str:
    """Hash of an article's normalised content: whitespace-collapsed, case-folded.

    Total: a lone surrogate is hashed as its code unit (surrogatepass), never an error.
    """
    normalised = " ".join(text.split()).casefold()
    return hashlib.sha256(normalised.encode("utf-8", errors="surrogatepass")).hexdigest()


def line_article_id(source: str, line: int) -> str:
    """Id of a JSON Lines record that has none: the file's stem and the line number ("feed:12")."""
    return f"{_stem(source)}:{line}"


def file_article_id(source: str) -> str:
    """Id of a text file's article: the file's stem ("report" for report.txt); "stdin" for stdin."""
    return _stem(source)


def text_article_id(text: str) -> str:
    """Id of an article given as bare text (`tessera.extract`, the API): from its content."""
    return "doc-" + content_hash(text)[:16]


def stored_article_id(text: str) -> str:
    """The id the store gives an article when it is first stored (from its content hash).

    An article later updated at the same URL keeps the id of its first version.
    """
    return make_id(content_hash(text), prefix="a")


def _stem(source: str) -> str:
    return PurePath(source).stem


# --- building an Article from a loose record ------------------------------------------

# Past this an "article" is a book or a dump; refusing it keeps one bad record from
# stalling a batch (the parser's cost grows with length).
MAX_TEXT_BYTES = 2_000_000
ARTICLE_FIELDS = ("id", "text", "published", "language", "title", "url")


class ArticleError(ValueError):
    """An article that cannot be coded as given; the message says why, `problems` per field."""

    def __init__(self, message: str, problems: list[tuple[str, str]] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or [("", message)]


def as_article(record: Article | Mapping[str, Any], default_id: str | None = None) -> Article:
    """Validate one input record (a JSON object or an `Article`): the one record builder.

    Readers, the pipeline and the API all build articles here. The id is the record's
    own, else `default_id`, else `text_article_id(text)`. Text must be a non-empty
    string under `MAX_TEXT_BYTES`; other fields as `Article` says.
    """
    if isinstance(record, Article):
        article = record
    else:
        if not isinstance(record, Mapping):
            raise ArticleError(f"expected a JSON object, got {type(record).__name__}")
        if "text" not in record:
            raise ArticleError("missing required field 'text'", [("text", "missing required field")])
        if not isinstance(record["text"], str):
            raise ArticleError("field 'text' must be a string", [("text", "must be a string")])
        fields = {k: record.get(k) for k in ARTICLE_FIELDS}
        fields["id"] = str(fields["id"]) if fields["id"] is not None else default_id
        if fields["id"] is None:
            fields["id"] = text_article_id(replace_lone_surrogates(record["text"]))
        try:
            article = Article(**fields)
        except ValidationError as error:
            problems = [
                (".".join(map(str, e["loc"])), e["msg"].removeprefix("Value error, "))
                for e in error.errors(include_url=False)
            ]
            raise ArticleError("; ".join(f"{field}: {msg}" for field, msg in problems), problems) from None
    if not article.text.strip():
        raise ArticleError("field 'text' is empty", [("text", "is empty")])
    size = len(article.text.encode("utf-8"))
    if size > MAX_TEXT_BYTES:
        raise ArticleError(f"text is {size:,} bytes, over the {MAX_TEXT_BYTES:,}-byte limit")
    return article


# --- failures and the extraction seam -------------------------------------------------

FailureStage = Literal["read", "fetch", "parse", "extract"]


class ExtractionFailure(Record):
    """An input that yielded no `Document`, kept aside with the reason; the batch goes on.

    The one failure record of every stage: a reader's (a file, a JSON line, a URL, a
    feed item: `stage` read, fetch or parse) and the extractor's (`stage` extract).
    """

    id: str | None = None
    reason: str
    line: int | None = None
    source: str | None = None
    stage: FailureStage = "extract"

    @property
    def where(self) -> str:
        """"path:line", "path", the id, or "input": where a person looks for the record."""
        place = ":".join(str(part) for part in (self.source, self.line) if part is not None)
        return place or self.id or "input"


Result = Document | ExtractionFailure


class Extractor(Protocol):
    """The extraction seam: one result per article, in input order (`Pipeline`, `tessera.scale`)."""

    def extract_many(self, articles: Iterable[Article]) -> Iterator[Document | ExtractionFailure]: ...
