"""The HTTP API: `create_app(store_url)` gives the FastAPI app that `tessera serve` runs."""

from tessera.api.app import DEFAULT_MAX_BODY_BYTES, create_app

__all__ = ["DEFAULT_MAX_BODY_BYTES", "create_app"]
