"""The `tessera` command: one thin layer over the library's functions.

Each command group lives in its own module and registers itself on the shared app;
library errors become clear messages and non-zero exit codes here, nowhere else.
"""

from __future__ import annotations

import typer

from tessera.cli import evaluate, extract, serve, store

app = typer.Typer(
    name="tessera",
    help="Structured, geocoded PLOVER event data from news text.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

for module in (extract, store, evaluate, serve):
    module.register(app)


def main() -> None:
    app()
