"""Store fixtures: every store test runs on SQLite and on a real PostgreSQL server.

The PostgreSQL parameter needs TESSERA_TEST_POSTGRES_URL (CI sets it with
`eval "$(bash scripts/start-postgres.sh)"`); without it those cases skip, saying so.
Events are built by hand and handed over by `ScriptedExtractor`, so these tests do
not depend on the extraction pipeline.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

POSTGRES_ENV = "TESSERA_TEST_POSTGRES_URL"


def _worker_database(url: str) -> str:
    """A database of this test worker's own (pytest-xdist runs two at once): resetting the
    schema in one worker must not drop tables another worker is migrating."""
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if not worker:
        return url
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    base = make_url(url.replace("postgresql://", "postgresql+psycopg://", 1))
    name = f"{base.database}_{worker}"
    engine = create_engine(base, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        if connection.scalar(text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": name}) is None:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return base.set(database=name).render_as_string(hide_password=False)


def _reset_postgres(url: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.sqlite'}"
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        pytest.skip(f'{POSTGRES_ENV} is not set: run `eval "$(bash scripts/start-postgres.sh)"` to test PostgreSQL')
    url = _worker_database(url)
    _reset_postgres(url)
    return url


@pytest.fixture
def store(store_url: str) -> Iterator[object]:
    from tessera.store import open_store

    opened = open_store(store_url)
    yield opened
    opened.close()
