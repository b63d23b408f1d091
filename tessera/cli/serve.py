"""`tessera serve` (the HTTP API and web app, with uvicorn) and `tessera token create|revoke|list`.

Thin commands: `serve` runs `tessera.api.create_app(db)`; the token commands call
`tessera.auth`. A token is printed once, on stdout alone so scripts can capture it;
only its salted hash is stored.
"""

from __future__ import annotations

from typing import Annotated

import typer

from tessera.cli.common import DbOption
from tessera.cli.common import fail as _fail
from tessera.cli.common import open_store_or_exit as _open

token_app = typer.Typer(help="API tokens for the write endpoints of `tessera serve`.", no_args_is_help=True)


def serve(
    host: Annotated[str, typer.Option(help="Address to bind; 0.0.0.0 exposes it to the network.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="TCP port.")] = 8000,
    db: DbOption = None,
    max_body_mb: Annotated[float, typer.Option(min=0.001, help="Largest request body accepted (413 past it).")] = 8.0,
    log_level: Annotated[str, typer.Option(help="uvicorn log level.")] = "info",
) -> None:
    """Serve the HTTP API (docs at /docs) and the web app at http://HOST:PORT/."""
    import uvicorn

    from tessera.api import create_app

    app = create_app(store=_open(db), max_body_bytes=int(max_body_mb * 1024 * 1024))
    typer.echo(f"Tessera: serving {app.state.store.url} at http://{host}:{port}/ (API docs: /docs)", err=True)
    uvicorn.run(app, host=host, port=port, log_level=log_level)


@token_app.command("create")
def create(name: Annotated[str, typer.Argument(help="Who or what the token is for.")], db: DbOption = None) -> None:
    """Make a token and print it, once: it cannot be shown again (only its hash is stored)."""
    from tessera.auth import TokenError, create_token

    try:
        token = create_token(_open(db), name)
    except TokenError as error:
        raise _fail(str(error)) from None
    typer.echo(token)
    typer.echo(f"token {name!r} created; keep it now, it is not stored in clear", err=True)


@token_app.command("revoke")
def revoke(name: Annotated[str, typer.Argument(help="The token's name.")], db: DbOption = None) -> None:
    """Delete a token: requests carrying it get 401 from now on."""
    from tessera.auth import TokenError, revoke_token

    try:
        revoke_token(_open(db), name)
    except TokenError as error:
        raise _fail(str(error)) from None
    typer.echo(f"token {name!r} revoked", err=True)


@token_app.command("list")
def list_command(db: DbOption = None) -> None:
    """Names of the tokens, when they were made and last used (never the tokens)."""
    from tessera.auth import list_tokens

    for info in list_tokens(_open(db)):
        used = info.last_used_at.isoformat(timespec="seconds") if info.last_used_at else "never used"
        typer.echo(f"{info.name}\tcreated {info.created_at.isoformat(timespec='seconds')}\t{used}")


def register(app: typer.Typer) -> None:
    """Add `serve` and `token` to the `tessera` app."""
    app.command("serve")(serve)
    app.add_typer(token_app, name="token")
