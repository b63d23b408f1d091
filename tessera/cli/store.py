"""`tessera ingest | recode | failures | events | export`: thin commands over the store.

Each command opens the store (`--db URL`, else $TESSERA_DB, else the default SQLite
file), calls one library function, and prints. Flags match the keyword arguments of
`tessera.store.EventFilter` and `tessera.export.write_export`.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from tessera.cli.common import DbOption
from tessera.cli.common import fail as _fail
from tessera.cli.common import open_store_or_exit as _open
from tessera.records import EVENT_TYPES, MODES

CountryOption = Annotated[str | None, typer.Option(help="ISO 3166-1 alpha-3 country code, e.g. MLI.")]
Admin1Option = Annotated[str | None, typer.Option(help="First-level administrative area.")]
TypeOption = Annotated[list[str] | None, typer.Option("--type", help="PLOVER event type; repeat for several.")]
ModeOption = Annotated[list[str] | None, typer.Option("--mode", help="asserted, future, hypothetical or negated.")]
ActorOption = Annotated[str | None, typer.Option(help="Part of the actor's or recipient's name.")]
SinceOption = Annotated[str | None, typer.Option(help="Events on or after this date (YYYY-MM-DD).")]
UntilOption = Annotated[str | None, typer.Option(help="Events on or before this date (YYYY-MM-DD).")]
BboxOption = Annotated[str | None, typer.Option(help="min_lon,min_lat,max_lon,max_lat")]
TextOption = Annotated[str | None, typer.Option("--text", help="Words that the source articles contain.")]

events_app = typer.Typer(help="List events (with filters), or `events show ID` for one.", invoke_without_command=True)


def _filters(
    country: str | None,
    admin1: str | None,
    types: list[str] | None,
    modes: list[str] | None,
    actor: str | None,
    since: str | None,
    until: str | None,
    bbox: str | None,
    text: str | None,
) -> Any:
    from pydantic import ValidationError

    from tessera.store import EventFilter

    for value, allowed, what in ((types, EVENT_TYPES, "type"), (modes, MODES, "mode")):
        for item in value or []:
            if item not in allowed:
                raise _fail(f"unknown {what} {item!r}: choose from {', '.join(allowed)}")
    try:
        box = tuple(float(v) for v in bbox.split(",")) if bbox else None
        if box is not None and len(box) != 4:
            raise ValueError("bbox needs four numbers: min_lon,min_lat,max_lon,max_lat")
        return EventFilter(
            country=country,
            admin1=admin1,
            type=[t.upper() for t in types] if types else None,
            mode=modes or None,
            actor=actor,
            since=_date(since),
            until=_date(until),
            bbox=box,
            text=text,
        )
    except (ValueError, ValidationError) as exc:
        raise _fail(str(exc)) from exc


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def ingest(
    sources: Annotated[list[str], typer.Argument(help="Files, folders, http(s) article or feed URLs.")],
    db: DbOption = None,
    workers: Annotated[int, typer.Option(min=1, help="Extraction processes on this machine (1: this process).")] = 1,
    dask: Annotated[
        str | None, typer.Option("--dask", help="Extract on a Dask cluster: its scheduler address, or 'local'.")
    ] = None,
    allow_private_hosts: Annotated[
        bool,
        typer.Option("--allow-private-hosts", help="Also fetch URLs on loopback, private and link-local addresses."),
    ] = False,
) -> None:
    """Read articles, code them and store them with their events; known articles are skipped."""
    from tessera.ingest import HttpFetcher, read_sources
    from tessera.ingest.driver import ingest as run_ingest
    from tessera.scale import make_extractor

    fetcher = HttpFetcher(allow_private_hosts=allow_private_hosts)
    # The extractor starts first: a process pool's fork server loads the pipeline while the store opens.
    with make_extractor(workers, dask) as extractor, fetcher, _progress("ingesting") as report:
        store = _open(db)
        # One writer; a batch that grows with the workers keeps them all busy while it writes.
        summary = run_ingest(
            store,
            read_sources(sources, fetcher=fetcher),
            extractor,
            sources=sources,
            progress=report,
            batch_size=16 * extractor.workers,
        )
    typer.echo(_summary_line(summary))
    if summary.failed:
        typer.echo("some sources failed: run `tessera failures` to see why", err=True)
        raise typer.Exit(1)


def recode(
    db: DbOption = None,
    outdated: Annotated[bool, typer.Option(help="Only articles coded by another pipeline version.")] = False,
    article: Annotated[list[str] | None, typer.Option(help="Article id to recode; repeat for several.")] = None,
    workers: Annotated[int, typer.Option(min=1, help="Extraction processes on this machine (1: this process).")] = 1,
    dask: Annotated[
        str | None, typer.Option("--dask", help="Extract on a Dask cluster: its scheduler address, or 'local'.")
    ] = None,
) -> None:
    """Code stored articles again, replacing each one's events atomically."""
    from tessera.ingest.driver import recode as run_recode
    from tessera.scale import make_extractor

    # As for ingest: the extractor starts first, one writer, batches that keep every worker busy.
    with make_extractor(workers, dask) as extractor, _progress("recoding") as report:
        store = _open(db)
        summary = run_recode(
            store,
            extractor,
            article_ids=article,
            outdated_only=outdated,
            progress=report,
            batch_size=16 * extractor.workers,
        )
    typer.echo(
        f"articles recoded: {summary.new}, failed: {summary.failed}, events: {summary.events_added}, "
        f"{summary.seconds:.1f} s"
    )
    if summary.failed:
        raise typer.Exit(1)


def failures(
    db: DbOption = None,
    format: Annotated[str, typer.Option(help="table or json")] = "table",
    limit: Annotated[int | None, typer.Option(help="Show at most this many.")] = None,
) -> None:
    """Sources and articles that failed, with the reason, latest first."""
    records = _open(db).failures(limit=limit)
    if format == "json":
        typer.echo(json.dumps([r.model_dump(mode="json") for r in records], indent=1))
        return
    if not records:
        typer.echo("no failures")
        return
    _table(
        ["source", "stage", "reason", "attempts", "last seen"],
        [[r.source, r.stage, r.reason, r.attempts, r.last_seen.isoformat(timespec="seconds")] for r in records],
    )


@events_app.callback()
def events(
    ctx: typer.Context,
    db: DbOption = None,
    country: CountryOption = None,
    admin1: Admin1Option = None,
    type: TypeOption = None,
    mode: ModeOption = None,
    actor: ActorOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    bbox: BboxOption = None,
    text: TextOption = None,
    format: Annotated[str, typer.Option(help="table, json or csv")] = "table",
    limit: Annotated[int | None, typer.Option(help="Show at most this many.")] = 100,
) -> None:
    """List canonical events, latest first."""
    ctx.obj = {"db": db}
    if ctx.invoked_subcommand is not None:
        return
    if format not in ("table", "json", "csv"):
        raise _fail(f"unknown format {format!r}: choose table, json or csv")
    filters = _filters(country, admin1, type, mode, actor, since, until, bbox, text)
    found = _open(db).events(filters, limit=limit)
    if format == "json":
        typer.echo(json.dumps([e.model_dump(mode="json") for e in found], indent=1))
    elif format == "csv":
        from tessera.export import EVENT_COLUMNS

        writer = csv.DictWriter(sys.stdout, fieldnames=list(EVENT_COLUMNS))
        writer.writeheader()
        for event in found:
            writer.writerow(event.model_dump(mode="json"))
    else:
        _table(
            ["id", "date", "type", "mode", "location", "country", "actor", "recipient", "deaths", "sources"],
            [
                [
                    e.id,
                    e.date_value or e.date_start or "",
                    e.type,
                    e.mode,
                    e.location or "",
                    e.country or "",
                    e.actor or "",
                    e.recipient or "",
                    _deaths(e),
                    e.source_count,
                ]
                for e in found
            ],
        )


def _deaths(event: Any) -> str:
    if event.fatalities is None:
        return ""
    if event.fatalities_min is not None and event.fatalities_min != event.fatalities_max:
        return f"{event.fatalities} ({event.fatalities_min}-{event.fatalities_max})"
    return str(event.fatalities)


@events_app.command("show")
def show(
    ctx: typer.Context,
    event_id: Annotated[str, typer.Argument(help="Event id (from `tessera events`).")],
    db: DbOption = None,
    format: Annotated[str, typer.Option(help="text or json")] = "text",
) -> None:
    """One event: its fields, fatality claims, and every source with its evidence sentence."""
    detail = _open(db or (ctx.obj or {}).get("db")).event(event_id)
    if detail is None:
        raise _fail(f"no event {event_id!r}: list ids with `tessera events`", 1)
    if format == "json":
        typer.echo(detail.model_dump_json(indent=1))
        return
    where = ", ".join(str(v) for v in (detail.location, detail.admin1, detail.country) if v)
    lines = [
        f"event {detail.id}: {detail.type} ({detail.mode})",
        f"  date:      {detail.date_value or detail.date_start or 'unknown'}"
        f" ({detail.date_precision or 'no date given'})",
        f"  location:  {where or 'unknown'}" + (f" [{detail.lat}, {detail.lon}]" if detail.lat is not None else ""),
        f"  actor:     {detail.actor or '-'}"
        + (f" ({detail.actor_country or '?'}, {detail.actor_type or '?'})" if detail.actor else ""),
        f"  recipient: {detail.recipient or '-'}",
        f"  deaths:    {_deaths(detail) or 'not reported'}",
    ]
    for claim in detail.incident.fatality_claims:
        lines.append(
            f"    {claim.claimant}: {claim.value}"
            + (" (official)" if claim.official else "")
            + (" (party to the event)" if claim.party else "")
        )
    articles = {source.article_id for source in detail.sources}
    lines.append(f"  sources ({len(articles)} articles, {len(detail.sources)} mentions):")
    for source in detail.sources:
        lines.append(f"  - {source.published or 'undated'} {source.title or source.url or source.article_id}")
        lines.append(f'      "{source.evidence}"')
        lines.append(f"      merged because: {'; '.join(source.match_reasons)}")
    typer.echo("\n".join(lines))


def export(
    format: Annotated[str, typer.Option(help="csv, jsonl, parquet, geojson, acled or plover")] = "csv",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write (default: stdout).")] = None,
    db: DbOption = None,
    country: CountryOption = None,
    admin1: Admin1Option = None,
    type: TypeOption = None,
    mode: ModeOption = None,
    actor: ActorOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    bbox: BboxOption = None,
    text: TextOption = None,
) -> None:
    """Write events to a file in an analysis or exchange format."""
    from tessera.export import EXPORT_FORMATS, write_export

    if format not in EXPORT_FORMATS:
        raise _fail(f"unknown export format {format!r}: choose one of {', '.join(EXPORT_FORMATS)}")
    filters = _filters(country, admin1, type, mode, actor, since, until, bbox, text)
    try:
        count = write_export(_open(db), format, output, filters)  # type: ignore[arg-type]
    except ValueError as exc:
        raise _fail(str(exc)) from exc
    if output is not None:
        typer.echo(f"{count} events written to {output}", err=True)


def _not_coded(languages: dict[str, int]) -> str:
    """'3 not coded: language fr (2), und (1)'"""
    total = sum(languages.values())
    by_language = ", ".join(f"{code} ({count})" for code, count in sorted(languages.items()))
    return f"{total} not coded: language {by_language}"


def _summary_line(summary: Any) -> str:
    parts = [
        f"articles: {summary.new} new, {summary.known} already known, {summary.failed} failed",
        f"{summary.updated} updated at a known URL (previous text kept)" if summary.updated else None,
        _not_coded(summary.not_coded_languages) if summary.not_coded else None,
        f"events added: {summary.events_added}",
        f"{summary.seconds:.1f} s ({summary.articles_per_second:.1f} articles/s)",
    ]
    return "; ".join(p for p in parts if p)


class _progress:
    """A live progress bar on a terminal; nothing when stderr is not a TTY."""

    def __init__(self, verb: str) -> None:
        self.verb = verb
        self._bar: Any = None
        self._task: Any = None

    def __enter__(self) -> Any:
        if not sys.stderr.isatty():
            return None
        from rich.console import Console
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self._bar = Progress(
            SpinnerColumn(),
            TextColumn(f"{self.verb}"),
            TextColumn("{task.fields[counts]}"),
            TextColumn("{task.fields[rate]}"),
            TimeElapsedColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        self._bar.start()
        self._task = self._bar.add_task(self.verb, counts="", rate="")
        return self._update

    def _update(self, summary: Any) -> None:
        self._bar.update(
            self._task,
            counts=f"{summary.new} new / {summary.known} known / {summary.failed} failed, "
            f"{summary.events_added} events",
            rate=f"{summary.articles_per_second:.1f} articles/s",
        )

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()


def _table(header: list[str], rows: list[list[Any]]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(*header, show_lines=False, box=None, pad_edge=False)
    for row in rows:
        table.add_row(*(str(v) for v in row))
    Console(width=None if sys.stdout.isatty() else 200).print(table)


def register(app: typer.Typer) -> None:
    """Add this module's commands to the `tessera` app."""
    app.command()(ingest)
    app.command()(recode)
    app.command()(failures)
    app.add_typer(events_app, name="events")
    app.command()(export)
