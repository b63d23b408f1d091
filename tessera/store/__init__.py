"""The event store: SQLite (default, WAL) or PostgreSQL behind one typed API.

`open_store(url)` opens (and migrates, with Alembic) a database and returns a
`Store`: the write path the ingest driver (`tessera.ingest.driver`) uses, and
`events(EventFilter)`, `event(id)`, `article(id)`, `failures()`, `stats()`. The CLI,
the HTTP API and the exporters call these.
"""

from __future__ import annotations

from tessera.store.database import DEFAULT_FILENAME, default_database_url, open_store
from tessera.store.records import (
    EventDetail,
    EventFilter,
    EventSource,
    FailureRecord,
    IngestSummary,
    StoredArticle,
    StoredEvent,
    StoreStats,
)
from tessera.store.repository import KnownArticle, Store

__all__ = [
    "DEFAULT_FILENAME",
    "EventDetail",
    "EventFilter",
    "EventSource",
    "FailureRecord",
    "IngestSummary",
    "KnownArticle",
    "Store",
    "StoreStats",
    "StoredArticle",
    "StoredEvent",
    "default_database_url",
    "open_store",
]
