"""The HTTP API and the web app in one FastAPI application (`tessera serve`).

Input: a store URL (or an open `Store`); output: an ASGI app serving the JSON API under
/api (OpenAPI docs at /docs), and the single-page web app (tessera/web/) at / and
/ui/. It sits at the end of the flow, beside the CLI: both are thin layers over the
store, the exporter and the extraction pipeline.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from tessera.api.limits import BodySizeLimit
from tessera.api.routes import router
from tessera.records import Extractor
from tessera.store import Store, open_store

DEFAULT_MAX_BODY_BYTES = 8 * 1024 * 1024  # a few hundred articles a request

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
    from tessera.pipeline import Pipeline

    return Pipeline.default()


def create_app(
    store_url: str | None = None,
    *,
    store: Store | None = None,
    extractor: Extractor | None = None,
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
) -> FastAPI:
    """The API + web app over the store at `store_url` (default: `tessera.store.default_database_url()`).

    `extractor` replaces the extraction pipeline (loaded on first use otherwise).
    """
    app = FastAPI(
        title="Tessera",
        summary="Structured, geocoded PLOVER political-violence events from news text.",
        version="0.1.0",
        docs_url="/docs",
        redoc_url=None,
    )
    app.state.store = store if store is not None else open_store(store_url)
    get_extractor: Callable[[], Extractor] = (
        (lambda: extractor) if extractor is not None else functools.cache(_default_extractor)
    )
    app.state.extractor = get_extractor
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_middleware(BodySizeLimit, max_bytes=max_body_bytes)
    app.include_router(router)

    app.mount("/ui", StaticFiles(directory=WEB_DIR), name="ui")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        # Only the page shell: every piece of data comes from the JSON API.
        return FileResponse(WEB_DIR / "index.html", headers={"Cache-Control": "no-cache"})

    return app
