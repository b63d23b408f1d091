"""`tessera serve` (the HTTP API and web app, with uvicorn) and `tessera token create|revoke|list`.

Thin commands: `serve` runs `tessera.api.create_app(db)` in one process, or in
`--workers N` uvicorn processes (each opening the store; SQLite in WAL mode lets them
read in parallel, and writes stay serialised by the database); the token commands call
`tessera.auth`. A token is printed once, on stdout alone so scripts can capture it;
only its salted hash is stored.
"""

from __future__ import annotations

import os
from typing import Annotated, Any

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
    workers: Annotated[
        int,
        typer.Option(
            min=1,
            max=64,
            help="Server processes: reads run in parallel across them. Two workers' concurrent writes may "
            "each miss the other's new incident, so keep 1 where POST /api/articles is busy.",
        ),
    ] = 1,
) -> None:
    """Serve the HTTP API (docs at /docs) and the web app at http://HOST:PORT/."""
    import uvicorn

    from tessera.api import create_app

    store = _open(db)  # migrated here, once, before any worker starts
    max_body = int(max_body_mb * 1024 * 1024)
    typer.echo(f"Tessera: serving {store.url} at http://{host}:{port}/ (API docs: /docs)", err=True)
    if workers == 1:
        app = create_app(store=store, max_body_bytes=max_body)
        settle_heap()
        uvicorn.run(app, host=host, port=port, log_level=log_level)
        return
    # Each worker process opens the store itself (`worker_app`); the environment carries
    # the URL, password included, only to those child processes.
    os.environ[_DB_VARIABLE] = store.engine.url.render_as_string(hide_password=False)
    os.environ[_BODY_VARIABLE] = str(max_body)
    store.close()
    import socket

    from uvicorn.supervisors import Multiprocess

    config = uvicorn.Config(
        "tessera.cli.serve:worker_app", factory=True, host=host, port=port, log_level=log_level, workers=workers
    )
    listener = config.bind_socket()
    # The workers rebuild the socket without its protocol number, so asyncio does not
    # set TCP_NODELAY on their connections and each response's second write waits for
    # the client's delayed ACK (40 ms). Accepted connections inherit it from here.
    listener.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    Multiprocess(config, sockets=[listener]).run()


_DB_VARIABLE = "TESSERA_SERVE_DB"
_BODY_VARIABLE = "TESSERA_SERVE_MAX_BODY_BYTES"


def worker_app() -> Any:
    """The app of one `tessera serve --workers N` process, over the store its parent opened and migrated."""
    from tessera.api import create_app
    from tessera.store import open_store

    store = open_store(os.environ[_DB_VARIABLE], upgrade=False)
    app = create_app(store=store, max_body_bytes=int(os.environ[_BODY_VARIABLE]))
    settle_heap()
    return app


def settle_heap() -> None:
    """Leave the objects of the started server (modules, app, tables: about 115,000) out of garbage
    collection, and collect less often: full collections walked them all, pausing every request
    for 100-300 ms under load (benchmarks/load.py; docs/STORE.md, "Reading under load")."""
    import gc

    gc.collect()
    gc.freeze()
    gc.set_threshold(GC_THRESHOLD, 20, 20)


# Allocations between young collections (Python's default: 700). A request allocates
# thousands of short-lived objects; collecting every 700 found most of them still alive.
GC_THRESHOLD = 10_000


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
