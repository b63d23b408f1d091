"""Opening stores: default location, URL forms, WAL mode, migrations that run once."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from tessera.store import default_database_url, open_store


def test_default_location_follows_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("TESSERA_DB", raising=False)
    monkeypatch.setenv("TESSERA_HOME", str(tmp_path / "home"))
    assert default_database_url() == f"sqlite:///{tmp_path / 'home' / 'tessera.sqlite'}"
    monkeypatch.setenv("TESSERA_DB", "sqlite:///elsewhere.sqlite")
    assert default_database_url() == "sqlite:///elsewhere.sqlite"


def test_opening_creates_the_folder_and_schema_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "new" / "folder" / "t.sqlite"
    with open_store(str(path)) as store:  # a bare path means a SQLite file
        tables = set(inspect(store.engine).get_table_names())
        assert {
            "articles",
            "events",
            "event_sources",
            "actors",
            "places",
            "ingest_runs",
            "failures",
            "articles_fts",
            "alembic_version",
        } <= tables
        with store.engine.connect() as connection:
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    assert path.exists()


def test_reopening_runs_no_migration_twice(store_url: str) -> None:
    open_store(store_url).close()
    with open_store(store_url) as store, store.engine.connect() as connection:
        versions = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    assert versions == [_head()]


def _head() -> str:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    import tessera.store

    config = Config()
    config.set_main_option("script_location", str(Path(tessera.store.__file__).with_name("migrations")))
    head = ScriptDirectory.from_config(config).get_current_head()
    assert head is not None
    return head
