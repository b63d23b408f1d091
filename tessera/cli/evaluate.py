"""`tessera evaluate KIND GOLD.jsonl`: score the pipeline on a gold set.

A thin layer over `tessera.evaluate.evaluate`: prints the figures (and with --verbose
the errors: missed, wrong, spurious, with their text), writes the JSON report with
--output, and turns gold-format problems into a clear message and exit code 2.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

ERROR_ORDER = ("missed", "wrong", "spurious")


def register(app: typer.Typer) -> None:
    """Add this module's commands to the `tessera` app."""
    app.command("evaluate")(evaluate_command)


def evaluate_command(
    kind: Annotated[
        str,
        typer.Argument(metavar="KIND", help="What the gold set scores: entities, places, dates, events or ipe."),
    ],
    gold: Annotated[
        Path,
        typer.Argument(metavar="GOLD.jsonl", exists=True, dir_okay=False, readable=True, help="Gold JSONL file."),
    ],
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the report as JSON here.")] = None,
    limit: Annotated[int | None, typer.Option("--limit", min=1, help="Score only the first N items.")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List the errors with their text.")] = False,
) -> None:
    """Run the pipeline over a gold set and print its figures (definitions: ../shared/gold/README.md)."""
    from tessera.evaluate import KINDS, evaluate
    from tessera.evaluate.gold import GoldFormatError

    if kind not in KINDS:
        raise typer.BadParameter(f"choose one of {', '.join(KINDS)}", param_hint="KIND")
    try:
        report = evaluate(kind, gold, limit=limit, verbose=verbose)
    except GoldFormatError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(code=2) from None

    if verbose:
        for category in ERROR_ORDER:
            notes = [note for note in report.errors if note.category == category]
            if notes:
                typer.echo(f"# {category} ({len(notes)})")
            for note in notes:
                where = f" [{note.start}:{note.end}]" if note.start is not None else ""
                detail = f"  -- {note.detail}" if note.detail else ""
                typer.echo(f"{category}\t{note.item}{where}\t{note.text!r}{detail}")
        typer.echo("")

    typer.echo(
        f"{report.kind} {report.dataset}: {report.items} items, {report.failures} failed, "
        f"{report.articles_per_second or 0:.1f} articles/s"
    )
    for name, value in report.figures.items():
        typer.echo(f"{name:28} {_show(value)}")
    if output is not None:
        output.write_text(report.model_dump_json(indent=2) + "\n", encoding="utf-8")
        typer.echo(f"report written to {output}")


def _show(value: float | None) -> str:
    if value is None:
        return "n/a"
    return f"{value:.1f}" if value > 1 else f"{value:.3f}"
