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
    _reset_postgres(url)
    return url


@pytest.fixture
def store(store_url: str) -> Iterator[object]:
    from tessera.store import open_store

    opened = open_store(store_url)
    yield opened
    opened.close()
