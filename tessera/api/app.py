"""The HTTP API and the web app in one FastAPI application (`tessera serve`).

Input: a store URL (or an open `Store`); output: an ASGI app serving the JSON API under
/api (OpenAPI docs at /docs, Swagger UI served from this server), and the single-page web
app (tessera/web/) at / and /ui/. It sits at the end of the flow, beside the CLI: both are
thin layers over the store, the exporter and the extraction pipeline.

What keeps it up under hostile input (docs/RELIABILITY.md): request bodies are capped
(`BodySizeLimit`, 413); `POST /api/extract` runs in worker processes with a time budget and
a bounded queue (`ExtractionWorkers`, 503); writes take their own lock, which neither reads
nor extractions hold; every response carries a Content-Security-Policy and the other
security headers (`SecurityHeaders`).
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import AsyncIterator, Callable
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from tessera.api import models as api
from tessera.api.limits import BodySizeLimit, ExtractionWorkers, given_extractor
from tessera.api.routes import router
from tessera.api.security import SecurityHeaders
from tessera.records import Extractor
from tessera.store import Store, open_store

DEFAULT_MAX_BODY_BYTES = 8 * 1024 * 1024  # a few hundred articles a request
# POST /api/extract: one article; longer texts are refused with 413 (code them offline).
DEFAULT_MAX_EXTRACT_CHARS = 200_000
DEFAULT_EXTRACT_WORKERS = 2
DEFAULT_EXTRACT_QUEUE = 8
DEFAULT_EXTRACT_BUDGET_S = 20.0
# Request bodies the routes parse themselves: their schemas go into the OpenAPI components.
BODY_MODELS = (api.ArticleIn, api.ExtractRequest)

WEB_DIR = Path(str(resources.files("tessera").joinpath("web")))


def _field(loc: Any) -> str:
    # ("body", 0, "published") -> "body[0].published"; ("query", "since") -> "since"
    parts = [p for p in loc if p not in ("query", "path")]
    name = ""
    for part in parts:
        name += f"[{part}]" if isinstance(part, int) else (f".{part}" if name else str(part))
    return name or "request"


async def validation_error(_request: Request, error: Exception) -> JSONResponse:
    """422 whose message names each bad field, with the details FastAPI gives."""
    assert isinstance(error, RequestValidationError)
    problems = [
        {"field": _field(item.get("loc", ())), "message": item.get("msg", "invalid"), "loc": list(item.get("loc", ()))}
        for item in error.errors()
    ]
    detail = "; ".join(f"{p['field']}: {p['message']}" for p in problems) or "invalid request"
    return JSONResponse({"detail": detail, "errors": problems}, status_code=422)


def _default_extractor() -> Extractor:
    """The pipeline, with every coded language's model loaded before a worker says it is
    ready: the first French text must not spend its time budget loading the French model."""
    from tessera.language import CODED_LANGUAGES
    from tessera.pipeline import Pipeline

    for language in sorted(CODED_LANGUAGES):
        Pipeline.for_language(language)
    return Pipeline.default()


def create_app(
    store_url: str | None = None,
    *,
    store: Store | None = None,
    extractor: Extractor | None = None,
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
    max_extract_chars: int = DEFAULT_MAX_EXTRACT_CHARS,
    extract_workers: int = DEFAULT_EXTRACT_WORKERS,
    extract_queue: int = DEFAULT_EXTRACT_QUEUE,
    extract_budget_s: float = DEFAULT_EXTRACT_BUDGET_S,
) -> FastAPI:
    """The API + web app over the store at `store_url` (default: `tessera.store.default_database_url()`).

    `extractor` replaces the extraction pipeline (loaded on first use otherwise); it must be
    picklable, as `POST /api/extract` hands it to its worker processes. `POST /api/extract`
    takes texts up to `max_extract_chars` (413 past it), runs at most `extract_workers`
    extractions at once with `extract_queue` more waiting (503 with Retry-After past it), and
    stops one after `extract_budget_s` seconds (503).
    """
    workers = ExtractionWorkers(
        given_extractor(extractor) if extractor is not None else _default_extractor,
        workers=extract_workers,
        queue=extract_queue,
        budget_s=extract_budget_s,
    )

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        try:
            yield
        finally:
            workers.close()

    app = FastAPI(
        title="Tessera",
        summary="Structured, geocoded PLOVER political-violence events from news text.",
        version="0.1.0",
        docs_url=None,  # served below from local files, not a CDN
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.store = store if store is not None else open_store(store_url)
    get_extractor: Callable[[], Extractor] = (
        (lambda: extractor) if extractor is not None else functools.cache(_default_extractor)
    )
    app.state.extractor = get_extractor  # the writer's (POST /api/articles), in this process
    app.state.extraction = workers  # POST /api/extract's
    app.state.max_extract_chars = max_extract_chars
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_middleware(BodySizeLimit, max_bytes=max_body_bytes)
    app.add_middleware(SecurityHeaders)  # outermost: a 413 from the limit carries the headers too
    app.include_router(router)
    _publish_body_schemas(app)

    app.mount("/ui", StaticFiles(directory=WEB_DIR), name="ui")

    @app.get("/docs", include_in_schema=False)
    def docs() -> FileResponse:
        # Swagger UI from tessera/web/static/vendor/swagger-ui, started by /ui/docs.js.
        return FileResponse(WEB_DIR / "docs.html", headers={"Cache-Control": "no-cache"})

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        # Only the page shell: every piece of data comes from the JSON API.
        return FileResponse(WEB_DIR / "index.html", headers={"Cache-Control": "no-cache"})

    return app


def _publish_body_schemas(app: FastAPI) -> None:
    """Put the models of the bodies the routes parse themselves into the OpenAPI components.

    `POST /api/articles` and `POST /api/extract` read their bodies themselves (JSON or JSON
    Lines, clear errors for malformed or too deeply nested JSON) and describe them with
    `openapi_extra`, whose `$ref`s name these models; without this they would not resolve.
    """
    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is not None:
            return app.openapi_schema
        schema = build()
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        for model in BODY_MODELS:
            found = model.model_json_schema(ref_template="#/components/schemas/{model}")
            components.update(found.pop("$defs", {}))
            components.setdefault(model.__name__, found)
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
