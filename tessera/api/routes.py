"""The API's endpoints under /api: thin over the store, the exporter and the pipeline.

Reads (events, one event, one article, aggregates, actors, places, export, meta) need
no token; `POST /api/articles` writes to the store and needs one; `POST /api/extract`
codes a text and stores nothing, in a worker process with a time budget
(`tessera.api.limits.ExtractionWorkers`). Both POST endpoints parse their bodies
themselves: malformed JSON is a 422 naming the line and column, too deep nesting a 422.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import tempfile
import threading
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, Response
from pydantic import BeforeValidator, TypeAdapter, ValidationError
from starlette.background import BackgroundTask

from tessera.api import models as api
from tessera.api import views
from tessera.api.limits import ExtractionRefused
from tessera.api.security import require_token
from tessera.records import Article, ArticleError, Document, EventType, Mode, as_article, stored_article_id
from tessera.store import EventFilter, Store

router = APIRouter(
    prefix="/api",
    responses={
        422: {"model": api.Problem, "description": "Malformed input; `errors` names each bad field"},
        413: {"model": api.Problem, "description": "Request body over the size limit"},
    },
)

# One writer at a time: the store's ingest clusters each mention against the events
# already stored, so two concurrent requests could each miss the other's incident. The
# writer's extractor is used under this lock only; reads take no lock, and POST
# /api/extract runs in its own worker processes, so neither ever waits for or blocks a write.
_WRITE_LOCK = threading.Lock()

_BBOX_HELP = "min_lon,min_lat,max_lon,max_lat (WGS84 degrees)"
_NUMBER = r"-?\d+(\.\d+)?"

EXPORT_MEDIA = {
    "csv": ("text/csv; charset=utf-8", "csv"),
    "acled": ("text/csv; charset=utf-8", "csv"),
    "jsonl": ("application/x-ndjson", "jsonl"),
    "plover": ("application/x-ndjson", "jsonl"),
    "geojson": ("application/geo+json", "geojson"),
    "parquet": ("application/vnd.apache.parquet", "parquet"),
}


def _invalid(field: tuple[str | int, ...], message: str, value: Any = None) -> RequestValidationError:
    return RequestValidationError([{"type": "value_error", "loc": field, "msg": message, "input": value}])


def _iso_day(value: object) -> object:
    """Only YYYY-MM-DD is a day: pydantic would read `0` or `1700000000` as a Unix time."""
    if isinstance(value, dt.date) or (isinstance(value, str) and _DAY.fullmatch(value)):
        return value
    raise ValueError("must be a day written YYYY-MM-DD, such as 2024-03-01")


_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
IsoDay = Annotated[dt.date, BeforeValidator(_iso_day)]


_ACTOR_COUNTS = TypeAdapter(list[api.ActorCount])
_PLACE_COUNTS = TypeAdapter(list[api.PlaceCount])


def _json(body: Any, adapter: TypeAdapter[Any] | None = None) -> Response:
    """A read endpoint's answer, serialised once: the views already built the response model,
    which FastAPI would otherwise dump to dicts, validate again and then serialise."""
    content = adapter.dump_json(body) if adapter is not None else body.model_dump_json()
    return Response(content, media_type="application/json")


def _store(request: Request) -> Store:
    return request.app.state.store  # type: ignore[no-any-return]


StoreDep = Annotated[Store, Depends(_store)]


def event_filter(
    country: Annotated[
        str | None, Query(pattern=r"^[A-Za-z]{3}$", description="ISO 3166-1 alpha-3 code of the event's place")
    ] = None,
    admin1: Annotated[str | None, Query(max_length=200, description="First-level area name, any case")] = None,
    type: Annotated[list[EventType] | None, Query(description="PLOVER event type; repeat for several")] = None,
    mode: Annotated[list[Mode] | None, Query(description="asserted, future, hypothetical or negated")] = None,
    actor: Annotated[str | None, Query(max_length=200, description="Part of the actor's or recipient's name")] = None,
    since: Annotated[IsoDay | None, Query(description="Events on or after this day (YYYY-MM-DD)")] = None,
    until: Annotated[IsoDay | None, Query(description="Events on or before this day (YYYY-MM-DD)")] = None,
    bbox: Annotated[
        str | None,
        Query(pattern=rf"^{_NUMBER},{_NUMBER},{_NUMBER},{_NUMBER}$", description=_BBOX_HELP),
    ] = None,
    text: Annotated[
        str | None, Query(max_length=500, description="Words that must all appear in a source article")
    ] = None,
    language: Annotated[
        str | None,
        Query(
            pattern=r"^[A-Za-z]{2,3}$",
            description="ISO 639-1 code (fr, en; a 3-letter ISO 639 code is read too): "
            "events with at least one source article in this language",
        ),
    ] = None,
) -> EventFilter:
    box: tuple[float, float, float, float] | None = None
    if bbox is not None:
        min_lon, min_lat, max_lon, max_lat = (float(part) for part in bbox.split(","))
        if not (-180 <= min_lon <= max_lon <= 180 and -90 <= min_lat <= max_lat <= 90):
            raise _invalid(("query", "bbox"), f"bbox must be {_BBOX_HELP} with min <= max", bbox)
        box = (min_lon, min_lat, max_lon, max_lat)
    if since and until and since > until:
        raise _invalid(("query", "since"), "since must not be after until", since.isoformat())
    words = text.strip() if text else None
    if words and "\x00" in words:
        raise _invalid(("query", "text"), "text must not contain NUL characters", text)
    code = views.language_code(language) if language else None
    if language and code is None:
        raise _invalid(("query", "language"), "language must be an ISO 639-1 code such as en or fr", language)
    return EventFilter(
        country=country,
        admin1=admin1 or None,
        type=type or None,
        mode=mode or None,
        actor=actor or None,
        since=since,
        until=until,
        bbox=box,
        text=words or None,
        language=code,
    )


FilterDep = Annotated[EventFilter, Depends(event_filter)]


@router.get("/events", response_model=api.EventPage, tags=["events"])
def list_events(
    store: StoreDep,
    filters: FilterDep,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
    sort: api.EventSort = "-date",
) -> api.EventPage:
    """Canonical events matching the filters (as `tessera events`), one page at a time."""
    return _json(views.event_page(store, filters, limit=limit, offset=offset, sort=sort))  # type: ignore[return-value]


@router.get(
    "/events/{event_id}", response_model=api.EventDetail, tags=["events"], responses={404: {"model": api.Problem}}
)
def get_event(store: StoreDep, event_id: str) -> api.EventDetail:
    """One event with its fatality claims and every source's evidence sentence and spans."""
    detail = views.event_detail(store, event_id)
    if detail is None:
        raise HTTPException(404, f"no event {event_id!r}")
    return _json(detail)  # type: ignore[return-value]


@router.get(
    "/articles/{article_id}", response_model=api.ArticleOut, tags=["articles"], responses={404: {"model": api.Problem}}
)
def get_article(store: StoreDep, article_id: str) -> api.ArticleOut:
    """One stored article: its text and everything extracted from it, with offsets into the text."""
    found = views.article(store, article_id)
    if found is None:
        raise HTTPException(404, f"no article {article_id!r}")
    return _json(found)  # type: ignore[return-value]


@router.get("/aggregates", response_model=api.Aggregates, tags=["events"])
def aggregate_events(
    store: StoreDep,
    filters: FilterDep,
    by: api.Period = "week",
    group: api.GroupBy = "type",
) -> api.Aggregates:
    """Counts of events and sums of fatalities per day, week (Monday) or month, by a field."""
    return _json(views.aggregates(store, filters, by, group))  # type: ignore[return-value]


@router.get("/actors", response_model=list[api.ActorCount], tags=["events"])
def list_actors(
    store: StoreDep,
    filters: FilterDep,
    q: Annotated[str | None, Query(max_length=200, description="Part of the name")] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> list[api.ActorCount]:
    """Actors and recipients of the matching events, most frequent first."""
    return _json(views.actors(store, filters, q, limit), _ACTOR_COUNTS)  # type: ignore[return-value]


@router.get("/places", response_model=list[api.PlaceCount], tags=["events"])
def list_places(
    store: StoreDep, filters: FilterDep, limit: Annotated[int, Query(ge=1, le=1000)] = 100
) -> list[api.PlaceCount]:
    """Places of the matching events, most frequent first."""
    return _json(views.places(store, filters, limit), _PLACE_COUNTS)  # type: ignore[return-value]


@router.get("/meta", response_model=api.Meta, tags=["events"])
def get_meta(store: StoreDep) -> api.Meta:
    """Values the filters can take (types, modes, countries and their areas, source languages) and the date range."""
    return _json(views.meta(store))  # type: ignore[return-value]


@router.get(
    "/export",
    tags=["events"],
    response_class=FileResponse,
    responses={200: {"content": {media: {} for media, _ in EXPORT_MEDIA.values()}}},
)
def export_events(store: StoreDep, filters: FilterDep, format: api.ExportFormat = "csv") -> FileResponse:
    """The matching events in a format of `tessera export`, as a file download."""
    from tessera.export import write_export

    media_type, suffix = EXPORT_MEDIA[format]
    handle = tempfile.NamedTemporaryFile(prefix="tessera-export-", suffix=f".{suffix}", delete=False)
    handle.close()
    path = Path(handle.name)
    try:
        write_export(store, format, path, filters)
    except Exception:
        path.unlink(missing_ok=True)
        raise
    return FileResponse(
        path,
        media_type=media_type,
        filename=f"tessera-events-{format}.{suffix}",
        background=BackgroundTask(path.unlink, missing_ok=True),
    )


def malformed_json(text: str, position: int, reason: str, first_line: int = 1) -> str:
    """'malformed JSON at line L column C: reason' for a parse error at `position` in `text`
    (whose first line is line `first_line` of the body)."""
    line = first_line + text.count("\n", 0, position)
    column = position - (text.rfind("\n", 0, position) + 1) + 1
    return f"malformed JSON at line {line} column {column}: {reason}"


def _parse_json(text: str, first_line: int = 1) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise _invalid(("body",), malformed_json(error.doc, error.pos, error.msg, first_line)) from None
    except RecursionError:
        # The C parser gives up near Python's recursion limit (about 1,000 levels).
        where = "" if first_line == 1 else f" (line {first_line})"
        raise _invalid(
            ("body",), f"JSON nested too deeply{where}: no article needs more than a few levels"
        ) from None


def _json_body(body: bytes, *, lines: bool = False) -> Any:
    """The request body as JSON, or as a list of JSON Lines (split on \\n only); 422 if neither."""
    try:
        text = body.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise _invalid(("body",), f"body is not UTF-8 (byte {error.start})") from None
    if not lines:
        return _parse_json(text)
    # Only \n ends a line: U+2028, U+2029 and U+0085 may stand inside a JSON string.
    return [
        _parse_json(line, first_line=number)
        for number, line in enumerate(text.split("\n"), start=1)
        if line.strip()
    ]


def _refused(refusal: ExtractionRefused) -> HTTPException:
    headers = {"Retry-After": str(refusal.retry_after)} if refusal.retry_after is not None else None
    return HTTPException(503, refusal.detail, headers=headers)


_EXTRACT_BODY = {
    "requestBody": {
        "required": True,
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ExtractRequest"}}},
    }
}


@router.post(
    "/extract",
    response_model=Document,
    tags=["extract"],
    openapi_extra=_EXTRACT_BODY,
    responses={
        503: {
            "model": api.Problem,
            "description": "Too many extractions running or waiting (with Retry-After), or past the time budget",
        }
    },
)
async def extract_document(request: Request) -> Response:
    """Code one article's text (as `tessera extract`); nothing is stored.

    Runs in a worker process within a time budget; never holds anything a write waits for.
    """
    try:
        body = api.ExtractRequest.model_validate(_json_body(await request.body()))
    except ValidationError as error:
        raise RequestValidationError(
            [
                {"type": problem["type"], "loc": ("body", *problem["loc"]), "msg": problem["msg"]}
                for problem in error.errors(include_url=False, include_context=False)
            ]
        ) from None
    limit: int = request.app.state.max_extract_chars
    if len(body.text) > limit:
        raise HTTPException(
            413,
            f"text too long for /api/extract: {len(body.text):,} characters, the limit is {limit:,} "
            "(split it, or code it offline with `tessera extract`)",
        )
    record = {"text": body.text, "published": body.published, "language": body.language}
    try:
        kind, value = await request.app.state.extraction.extract(record)
    except ExtractionRefused as refusal:
        raise _refused(refusal) from None
    if kind == "failure":
        raise _invalid(("body", "text"), value)
    if kind != "document":
        raise HTTPException(500, f"extraction failed: {value}")
    return Response(value, media_type="application/json")


_INGEST_BODY = {
    "requestBody": {
        "required": True,
        "description": "One article object, an array of them, or JSON Lines (one object a line) sent as "
        "application/x-ndjson: the `tessera extract` input format.",
        "content": {
            "application/json": {
                "schema": {
                    "oneOf": [
                        {"$ref": "#/components/schemas/ArticleIn"},
                        {"type": "array", "items": {"$ref": "#/components/schemas/ArticleIn"}},
                    ]
                }
            },
            "application/x-ndjson": {"schema": {"type": "string"}},
        },
    }
}


def _articles_from(body: bytes, content_type: str) -> list[Article]:
    lines = any(kind in content_type for kind in ("ndjson", "jsonl", "json-seq", "text/plain"))
    records: Any = _json_body(body, lines=lines)
    if isinstance(records, dict):
        records = [records]
    if not isinstance(records, list) or not records:
        raise _invalid(("body",), "expected an article object, a non-empty array of them, or JSON Lines")
    articles: list[Article] = []
    problems: list[dict[str, Any]] = []
    for index, record in enumerate(records):
        try:
            given = api.ArticleIn.model_validate(record)
        except ValidationError as error:
            for problem in error.errors(include_url=False, include_context=False):
                problems.append(
                    {"type": problem["type"], "loc": ("body", index, *problem["loc"]), "msg": problem["msg"]}
                )
            continue
        try:  # the one record builder (ids, text limits, URL schemes), as the readers use it
            articles.append(as_article(given.model_dump()))
        except ArticleError as error:
            for field, message in error.problems:
                loc = ("body", index, field) if field else ("body", index)
                problems.append({"type": "value_error", "loc": loc, "msg": message})
    if problems:
        raise RequestValidationError(problems)
    return articles


@router.post(
    "/articles",
    response_model=api.IngestResult,
    tags=["articles"],
    openapi_extra=_INGEST_BODY,
    responses={401: {"model": api.Problem, "description": "Missing, invalid or revoked API token"}},
)
async def ingest_articles(request: Request, token: Annotated[str, Depends(require_token)]) -> api.IngestResult:
    """Store articles and their events (as `tessera ingest`). Needs an API token."""
    from starlette.concurrency import run_in_threadpool

    articles = _articles_from(await request.body(), request.headers.get("content-type", ""))
    store: Store = request.app.state.store
    extractor = request.app.state.extractor()

    def ingest() -> Any:
        with _WRITE_LOCK:
            from tessera.ingest.driver import ingest as run_ingest

            return run_ingest(store, articles, extractor, sources=[f"api:{token}"])

    summary = await run_in_threadpool(ingest)
    ids = [stored_article_id(article.text) for article in articles]
    failures = []
    if summary.failed:
        for index, (article, stored_id) in enumerate(zip(articles, ids, strict=True)):
            stored = store.article(stored_id)
            if stored is None or stored.status == "failed":
                reason = "extraction failed: the reason is in `tessera failures`"
                failures.append(api.IngestFailure(index=index, id=article.id, reason=reason))
    return api.IngestResult(
        articles_new=summary.new,
        articles_known=summary.known,
        articles_failed=summary.failed,
        events_added=summary.events_added,
        article_ids=ids,
        failures=failures,
    )
