"""`tessera token create|revoke|list` and the `serve` command's wiring."""

from __future__ import annotations

from pathlib import Path

import typer
from typer.testing import CliRunner

from tessera.cli import serve


def _app() -> typer.Typer:
    app = typer.Typer()
    app.callback()(lambda: None)
    serve.register(app)
    return app


def test_token_create_prints_it_once_and_revoke_removes_it(tmp_path: Path) -> None:
    from tessera.auth import verify_token
    from tessera.store import open_store

    db = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    runner = CliRunner()
    created = runner.invoke(_app(), ["token", "create", "analyst", "--db", db])
    assert created.exit_code == 0, created.output
    token = created.stdout.strip()
    assert token.startswith("tsr_") and "\n" not in token
    store = open_store(db)
    assert verify_token(store, token) == "analyst"

    listed = runner.invoke(_app(), ["token", "list", "--db", db])
    assert "analyst" in listed.stdout and token not in listed.stdout
    again = runner.invoke(_app(), ["token", "create", "analyst", "--db", db])
    assert again.exit_code == 2 and "exists" in again.stderr

    assert runner.invoke(_app(), ["token", "revoke", "analyst", "--db", db]).exit_code == 0
    assert verify_token(store, token) is None
    missing = runner.invoke(_app(), ["token", "revoke", "analyst", "--db", db])
    assert missing.exit_code == 2 and "no token named" in missing.stderr
    store.close()


def test_serve_defaults_to_loopback_port_8000() -> None:
    result = CliRunner().invoke(_app(), ["serve", "--help"])
    assert result.exit_code == 0
    assert "127.0.0.1" in result.stdout and "8000" in result.stdout
