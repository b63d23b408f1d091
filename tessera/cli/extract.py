"""`tessera extract`: code articles to JSON documents, one per line, without storing them."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Annotated

import typer

from tessera.records import ExtractionFailure


def _parse_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date: use YYYY-MM-DD") from None


def extract_command(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="Article files (.jsonl one article a line, .txt, .html, feeds), folders, http(s) URLs, or - for stdin."
        ),
    ],
    published: Annotated[
        str | None, typer.Option(help="Publication date (YYYY-MM-DD) of .txt/stdin articles; anchors relative dates.")
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write documents here instead of stdout.")
    ] = None,
    workers: Annotated[int, typer.Option(min=1, help="Extraction processes (with --dask local: cluster size).")] = 1,
    dask: Annotated[str | None, typer.Option("--dask", help="Dask scheduler address, or 'local'.")] = None,
    output_dir: Annotated[
        Path | None,
        typer.Option("--output-dir", help="Back-fill: write one Parquet part per input partition here, no database."),
    ] = None,
) -> None:
    """Extract geocoded PLOVER events from news articles; print one JSON document per article."""
    from tessera.ingest.readers import read_sources
    from tessera.scale import make_extractor

    if output_dir is not None:
        _extract_to_parquet(inputs, output_dir, workers, dask)
        return
    published_date = _parse_date(published)
    records = read_sources(inputs, stdin=sys.stdin.buffer, published=published_date)
    failed = 0
    sink = output.open("w", encoding="utf-8") if output else sys.stdout
    try:
        with make_extractor(workers, dask) as extractor:
            for result in extractor.extract_many(records):
                if isinstance(result, ExtractionFailure):
                    failed += 1
                    ident = f" (id {result.id})" if result.id and result.id != result.where else ""
                    typer.echo(f"error: {result.where}{ident}: {result.reason}", err=True)
                    continue
                sink.write(result.model_dump_json() + "\n")
                sink.flush()
    finally:
        if output:
            sink.close()
    if failed:
        typer.echo(f"{failed} record(s) failed; the others were extracted", err=True)
        raise typer.Exit(code=1)


def _extract_to_parquet(inputs: list[str], output_dir: Path, workers: int, dask: str | None) -> None:
    from tessera.scale.batch import extract_to_parquet

    try:
        summary = extract_to_parquet(
            inputs, output_dir, dask=dask or ("local" if workers > 1 else None), workers=max(workers, 2)
        )
    except ValueError as error:
        raise typer.BadParameter(str(error)) from None
    typer.echo(
        f"{summary.articles} articles, {summary.partitions} parts written, {summary.skipped} already there; "
        f"{summary.failed} failed, {summary.events} events",
        err=True,
    )
    if summary.failed:
        raise typer.Exit(code=1)


def register(app: typer.Typer) -> None:
    app.command("extract")(extract_command)
