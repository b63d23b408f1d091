"""Export: events from the store out to files for analysts and other tools.

Last stage (`store/ -> export.py`). `write_export(store, format, out, filters)` writes
the canonical events matching an `EventFilter` as CSV, JSON Lines, Parquet, GeoJSON,
ACLED-style CSV (the PLOVER -> ACLED mapping is data: `tessera/data/acled.yaml`,
explained in docs/STORE.md) or PLOVER/POLECAT-style JSON. Background incidents
(`context`: "attacks have killed 2,000 people since 2019", see `tessera.assemble`) are
left out unless `include_context`.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import IO, Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict

from tessera.store import EventDetail, EventFilter, Store, StoredEvent

ExportFormat = Literal["csv", "jsonl", "parquet", "geojson", "acled", "plover"]
EXPORT_FORMATS: tuple[str, ...] = ExportFormat.__args__  # type: ignore[attr-defined]
BINARY_FORMATS = frozenset({"parquet"})

ACLED_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "time_precision",
    "source",
    "notes",
    "fatalities",
)
EVENT_COLUMNS = tuple(StoredEvent.model_fields)


class AcledRule(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    event_type: str
    sub_event_type: str
    keywords: list[str] = []
    recipient_sectors: list[str] = []
    actor_sectors: list[str] = []

    def applies(self, words: str, actor_sector: str | None, recipient_sector: str | None) -> bool:
        if self.keywords and not any(re.search(r"\b" + re.escape(k), words) for k in self.keywords):
            return False
        if self.recipient_sectors and recipient_sector not in self.recipient_sectors:
            return False
        return not (self.actor_sectors and actor_sector not in self.actor_sectors)


class AcledMapping(BaseModel):
    model_config = ConfigDict(frozen=True)

    rules: dict[str, list[AcledRule]]
    geo_precision: dict[str, int]
    time_precision: dict[str, int]


@lru_cache(maxsize=1)
def acled_mapping() -> AcledMapping:
    raw = yaml.safe_load((Path(__file__).parent / "data" / "acled.yaml").read_text(encoding="utf-8"))
    geo, time = raw.pop("geo_precision"), raw.pop("time_precision")
    from tessera.records import EVENT_TYPES

    unknown = set(raw) - set(EVENT_TYPES)
    if unknown:
        raise ValueError(f"tessera/data/acled.yaml: not PLOVER types: {sorted(unknown)}")
    return AcledMapping(rules=raw, geo_precision=geo, time_precision=time)


def write_export(
    store: Store,
    format: ExportFormat,
    out: Path | IO[str] | IO[bytes] | None = None,
    filters: EventFilter | None = None,
    *,
    include_context: bool = False,
) -> int:
    """Write the events matching `filters` to `out` (a path, a stream, or stdout); return how many.

    Background incidents are written only with `include_context`.
    """
    if format not in EXPORT_FORMATS:
        raise ValueError(f"unknown export format {format!r}: choose one of {', '.join(EXPORT_FORMATS)}")
    if format in BINARY_FORMATS:
        if not isinstance(out, Path):
            raise ValueError(f"{format} is a binary format: give an output file (--output FILE)")
        return _write_parquet(store, filters, out, include_context)
    if isinstance(out, Path):
        with out.open("w", encoding="utf-8", newline="") as stream:
            return _write_text(store, format, stream, filters, include_context)
    return _write_text(store, format, out or sys.stdout, filters, include_context)  # type: ignore[arg-type]


def _events(store: Store, filters: EventFilter | None, include_context: bool) -> Iterator[StoredEvent]:
    """The events to export: without background incidents unless asked for.

    The flag lives on the stored incident record (`dedupe.Incident.context`), read
    per event until the store lists it with the event (then it is one query condition).
    """
    for event in store.iter_events(filters):
        if include_context or not _is_context(store, event):
            yield event


def _is_context(store: Store, event: StoredEvent) -> bool:
    listed = getattr(event, "context", None)
    if isinstance(listed, bool):
        return listed
    detail = store.event(event.id)
    return detail is not None and detail.incident.context


def _write_text(
    store: Store, format: str, stream: IO[str], filters: EventFilter | None, include_context: bool = False
) -> int:
    events = _events(store, filters, include_context)
    if format == "csv":
        return _write_csv(stream, EVENT_COLUMNS, (e.model_dump(mode="json") for e in events))
    if format == "jsonl":
        count = 0
        for event in events:
            stream.write(event.model_dump_json() + "\n")
            count += 1
        return count
    if format == "geojson":
        features = [geojson_feature(e) for e in events]
        json.dump({"type": "FeatureCollection", "features": features}, stream, ensure_ascii=False)
        stream.write("\n")
        return len(features)
    details = (d for d in (store.event(e.id) for e in events) if d is not None)
    if format == "acled":
        return _write_csv(stream, ACLED_COLUMNS, (row for row in map(acled_row, details) if row is not None))
    records = [plover_record(d) for d in details]
    json.dump(records, stream, ensure_ascii=False, indent=1)
    stream.write("\n")
    return len(records)


def _write_csv(stream: IO[str], columns: tuple[str, ...], rows: Iterator[dict[str, Any]]) -> int:
    writer = csv.DictWriter(stream, fieldnames=list(columns), extrasaction="ignore")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow({k: ("" if v is None else v) for k, v in row.items()})
        count += 1
    return count


def _write_parquet(store: Store, filters: EventFilter | None, path: Path, include_context: bool = False) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [e.model_dump() for e in _events(store, filters, include_context)]
    schema = pa.schema([(name, _arrow_type(info.annotation)) for name, info in StoredEvent.model_fields.items()])
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), path)
    return len(rows)


def _arrow_type(annotation: Any) -> Any:
    import pyarrow as pa

    text = str(annotation)
    if "date" in text:
        return pa.date32()
    if "float" in text:
        return pa.float64()
    if "int" in text:
        return pa.int64()
    return pa.string()


def geojson_feature(event: StoredEvent) -> dict[str, Any]:
    geometry = None
    if event.lat is not None and event.lon is not None:
        geometry = {"type": "Point", "coordinates": [event.lon, event.lat]}
    properties = event.model_dump(mode="json", exclude={"lat", "lon"})
    return {"type": "Feature", "id": event.id, "geometry": geometry, "properties": properties}


def acled_type(detail: EventDetail) -> tuple[str, str] | None:
    """ACLED (event_type, sub_event_type) of an event, or None when ACLED would not code it."""
    if detail.mode != "asserted":
        return None
    rules = acled_mapping().rules.get(detail.type)
    if not rules:
        return None
    words = " ".join(s.evidence for s in detail.sources).lower()
    for rule in rules:
        if rule.applies(words, detail.actor_type, detail.recipient_type):
            return rule.event_type, rule.sub_event_type
    return None


def acled_row(detail: EventDetail) -> dict[str, Any] | None:
    kinds = acled_type(detail)
    if kinds is None:
        return None
    mapping = acled_mapping()
    first = detail.sources[0] if detail.sources else None
    return {
        "event_id_cnty": detail.id,
        "event_date": (detail.date_start.isoformat() if detail.date_start else ""),
        "event_type": kinds[0],
        "sub_event_type": kinds[1],
        "actor1": detail.actor or "",
        "actor2": detail.recipient or "",
        "country": _country_name(detail.country),
        "admin1": detail.admin1 or "",
        "location": detail.location or "",
        "latitude": detail.lat,
        "longitude": detail.lon,
        "geo_precision": mapping.geo_precision.get(detail.geo_precision or "", 3),
        "time_precision": mapping.time_precision.get(detail.date_precision or "unknown", 3),
        "source": "; ".join(sorted({s.title or s.url or s.article_id for s in detail.sources})),
        "notes": first.evidence if first else "",
        "fatalities": detail.fatalities or 0,
    }


def _country_name(code: str | None) -> str:
    if not code:
        return ""
    import pycountry

    found = pycountry.countries.get(alpha_3=code)
    return found.name if found else code


def plover_record(detail: EventDetail) -> dict[str, Any]:
    """A POLECAT-style record: PLOVER type and mode, roles, place, sources."""
    incident = detail.incident
    return {
        "event_id": detail.id,
        "event_date": detail.date_start.isoformat() if detail.date_start else None,
        "date_precision": detail.date_precision,
        "story_date": (lambda d: d.isoformat() if d else None)(
            min((s.published for s in detail.sources if s.published), default=None)
        ),
        "event_type": detail.type,
        "event_mode": detail.mode,
        "event_text": detail.sources[0].evidence if detail.sources else "",
        "actor": detail.actor,
        "actor_country": detail.actor_country,
        "actor_sectors": [detail.actor_type] if detail.actor_type else [],
        "recipient": detail.recipient,
        "recipient_country": detail.recipient_country,
        "recipient_sectors": [detail.recipient_type] if detail.recipient_type else [],
        "placename": detail.location,
        "feature_type": detail.geo_precision,
        "geonames_id": incident.location.geonames_id if incident.location else None,
        "country": detail.country,
        "admin1": detail.admin1,
        "lat": detail.lat,
        "lon": detail.lon,
        "fatalities": detail.fatalities,
        "fatalities_range": [detail.fatalities_min, detail.fatalities_max]
        if detail.fatalities_min is not None
        else None,
        "fatality_claims": [
            c.model_dump(mode="json", include={"value", "claimant", "article_id"}) for c in incident.fatality_claims
        ],
        "injuries": detail.injuries,
        "confidence": detail.confidence,
        "sources": [
            s.model_dump(mode="json", include={"article_id", "title", "url", "published", "evidence"})
            for s in detail.sources
        ],
    }


def export_to_string(
    store: Store, format: ExportFormat, filters: EventFilter | None = None, *, include_context: bool = False
) -> str:
    """The export as text (not for parquet); handy for the API and tests."""
    buffer = io.StringIO()
    write_export(store, format, buffer, filters, include_context=include_context)
    return buffer.getvalue()
