"""What the command groups share: the `--db` option, error exits, opening the store."""

from __future__ import annotations

from typing import Annotated, Any

import typer

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="Database URL (sqlite:///path or postgresql+psycopg://...); default $TESSERA_DB "
        "or ~/.local/share/tessera/tessera.sqlite ($TESSERA_HOME overrides the folder).",
    ),
]


def fail(message: str, code: int = 2) -> typer.Exit:
    """An exit with the message on stderr; `raise fail(...)`."""
    typer.secho(f"error: {message}", err=True, fg=typer.colors.RED)
    return typer.Exit(code)


def open_store_or_exit(db: str | None) -> Any:
    from tessera.store import open_store

    try:
        return open_store(db)
    except Exception as exc:  # connection refused, bad URL, unwritable folder
        raise fail(f"cannot open the database {db or '(default)'}: {exc}") from exc
