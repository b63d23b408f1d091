"""The event store: SQLite (default, WAL) or PostgreSQL behind one typed API.

`open_store(url)` opens (and migrates, with Alembic) a database and returns a
`Store`: the write path the ingest driver (`tessera.ingest.driver`) uses
(`repository.py`), the queries (`queries.py`: `events(EventFilter)`, `event(id)`,
`article(id)`, `article_coding(id)`, `aggregates`, `actor_counts`, `place_counts`,
`filter_menu`, `failures()`, `stats()`) and the API tokens' rows (`tokens.py`). The
CLI, the HTTP API and the exporters call these; none of them opens a session on the
tables.
"""

from __future__ import annotations

from tessera.store.database import DEFAULT_FILENAME, default_database_url, open_store
from tessera.store.records import (
    ActorCount,
    ArticleCoding,
    EventDetail,
    EventFilter,
    EventSource,
    FailureRecord,
    FilterMenu,
    IngestSummary,
    PeriodCount,
    PlaceCount,
    StoredArticle,
    StoredEvent,
    StoredToken,
    StoreStats,
    TokenInfo,
)
from tessera.store.repository import KnownArticle, Store

__all__ = [
    "DEFAULT_FILENAME",
    "ActorCount",
    "ArticleCoding",
    "EventDetail",
    "EventFilter",
    "EventSource",
    "FailureRecord",
    "FilterMenu",
    "IngestSummary",
    "KnownArticle",
    "PeriodCount",
    "PlaceCount",
    "Store",
    "StoreStats",
    "StoredArticle",
    "StoredEvent",
    "StoredToken",
    "TokenInfo",
    "default_database_url",
    "open_store",
]
