"""Opening a store: where the database lives, connection settings, migrations."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine, make_url

from tessera.store.repository import Store

DEFAULT_FILENAME = "tessera.sqlite"
SQLITE_MMAP_BYTES = 256 * 1024 * 1024  # the part of a SQLite file read through a memory map


def default_database_url() -> str:
    """$TESSERA_DB, else a SQLite file in $TESSERA_HOME, else in ~/.local/share/tessera."""
    if os.environ.get("TESSERA_DB"):
        return os.environ["TESSERA_DB"]
    home = os.environ.get("TESSERA_HOME")
    if home:
        folder = Path(home).expanduser()
    else:
        data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
        folder = Path(data_home) / "tessera"
    return f"sqlite:///{folder / DEFAULT_FILENAME}"


def _normalise(url: str) -> str:
    if "://" not in url:  # a bare path means a SQLite file
        return f"sqlite:///{Path(url).expanduser().resolve()}"
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def create_store_engine(url: str) -> Engine:
    parsed = make_url(_normalise(url))
    kwargs: dict[str, Any] = {}
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        kwargs["connect_args"] = {"timeout": 30}
    engine = create_engine(parsed, **kwargs)
    if parsed.get_backend_name() == "sqlite":

        @event.listens_for(engine, "connect")
        def _sqlite_settings(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            # WAL: readers never block the writer, and a killed writer leaves the last
            # committed state; NORMAL sync is durable against process crashes.
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            # Reads through a memory map instead of a read() per page: a scan of a 20,000-event
            # store spent a fifth of its time copying pages (docs/STORE.md, "Reading under load").
            cursor.execute(f"PRAGMA mmap_size={SQLITE_MMAP_BYTES}")
            cursor.close()

    return engine


def migrate(engine: Engine) -> None:
    """Bring the schema to the latest Alembic revision (no alembic.ini needed)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).with_name("migrations")))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def open_store(url: str | None = None, *, upgrade: bool = True) -> Store:
    """Open the store at `url` (default: `default_database_url()`), migrating it first."""
    engine = create_store_engine(url or default_database_url())
    if upgrade:
        migrate(engine)
    return Store(engine)
