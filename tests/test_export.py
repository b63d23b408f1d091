"""Exports: every format written from a small store, ACLED mapping and PLOVER records."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tessera.export import ACLED_COLUMNS, EXPORT_FORMATS, acled_mapping, export_to_string, write_export
from tessera.ingest.driver import ingest
from tessera.records import EVENT_TYPES
from tessera.store import EventFilter, open_store
from tests.store.store_builders import ARMY, GAO, JIHADISTS, NIAMEY, ScriptedExtractor, article, day, event

ATTACK = "Jihadists shelled an army base in Gao on Thursday, killing 12 soldiers, officials said."
PROTEST = "Students will march in Niamey on Saturday against fee rises."
CLASH = "Villagers were attacked in a village near Gao by gunmen who killed three civilians."


@pytest.fixture
def store(tmp_path: Path) -> Iterator[object]:
    opened = open_store(f"sqlite:///{tmp_path / 'export.sqlite'}")
    extractor = ScriptedExtractor(
        {
            "attack": [
                event(
                    ATTACK,
                    ATTACK,
                    location=GAO,
                    date=day("2022-02-17"),
                    fatalities=12,
                    actor=JIHADISTS,
                    recipient=ARMY,
                    trigger="shelled",
                )
            ],
            "protest": [
                event(
                    PROTEST,
                    PROTEST,
                    type="PROTEST",
                    mode="future",
                    location=NIAMEY,
                    date=day("2022-02-19"),
                    trigger="march",
                )
            ],
        }
    )
    ingest(opened, [article("attack", ATTACK, title="Base shelled"), article("protest", PROTEST)], extractor)
    yield opened
    opened.close()


def test_csv_and_jsonl_have_one_row_per_event(store) -> None:
    rows = list(csv.DictReader(io.StringIO(export_to_string(store, "csv"))))
    assert sorted(r["location"] for r in rows) == ["Gao", "Niamey"]
    lines = export_to_string(store, "jsonl").splitlines()
    assert sorted(json.loads(line)["type"] for line in lines) == ["ASSAULT", "PROTEST"]


def test_filters_apply_to_exports(store) -> None:
    lines = export_to_string(store, "jsonl", EventFilter(country="NER")).splitlines()
    assert [json.loads(line)["location"] for line in lines] == ["Niamey"]


def test_geojson_points_are_lon_lat(store) -> None:
    collection = json.loads(export_to_string(store, "geojson"))
    assert collection["type"] == "FeatureCollection"
    gao = next(f for f in collection["features"] if f["properties"]["location"] == "Gao")
    assert gao["geometry"] == {"type": "Point", "coordinates": [GAO.lon, GAO.lat]}


def test_acled_rows_use_the_documented_mapping(store) -> None:
    rows = list(csv.DictReader(io.StringIO(export_to_string(store, "acled"))))
    # The future protest did not happen (yet): ACLED records only events that took place.
    [row] = rows
    assert tuple(rows[0].keys()) == ACLED_COLUMNS
    assert (row["event_type"], row["sub_event_type"]) == (
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
    )
    assert (row["country"], row["location"], row["fatalities"], row["geo_precision"], row["time_precision"]) == (
        "Mali",
        "Gao",
        "12",
        "1",
        "1",
    )
    assert row["event_date"] == "2022-02-17" and row["source"] == "Base shelled" and "shelled" in row["notes"]


def test_acled_civilian_targets_are_violence_against_civilians(tmp_path: Path) -> None:
    civilians = ARMY.model_copy(update={"name": "villagers", "text": "Villagers", "country": None, "type": "CVL"})
    with open_store(f"sqlite:///{tmp_path / 'vac.sqlite'}") as store:
        extractor = ScriptedExtractor(
            {"x": [event(CLASH, CLASH, location=GAO, recipient=civilians, trigger="attacked")]}
        )
        ingest(store, [article("x", CLASH)], extractor)
        [row] = csv.DictReader(io.StringIO(export_to_string(store, "acled")))
    assert (row["event_type"], row["sub_event_type"]) == ("Violence against civilians", "Attack")


def test_acled_mapping_file_is_valid() -> None:
    mapping = acled_mapping()
    assert set(mapping.rules) <= set(EVENT_TYPES)
    assert all(rules[-1].keywords == [] for rules in mapping.rules.values()), "each type needs a fallback rule"


def test_plover_records(store) -> None:
    records = json.loads(export_to_string(store, "plover"))
    attack = next(r for r in records if r["event_type"] == "ASSAULT")
    assert attack["event_mode"] == "asserted" and attack["placename"] == "Gao"
    assert attack["actor_sectors"] == ["REB"] and attack["recipient_country"] == "MLI"
    assert attack["fatality_claims"][0]["claimant"] == "officials"
    assert attack["sources"][0]["evidence"] == ATTACK


def test_parquet_needs_a_file_and_round_trips(store, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    with pytest.raises(ValueError, match="binary format"):
        write_export(store, "parquet", io.StringIO())
    path = tmp_path / "events.parquet"
    assert write_export(store, "parquet", path) == 2
    table = pq.read_table(path)
    assert sorted(table.column("location").to_pylist()) == ["Gao", "Niamey"]


def test_every_format_writes_to_a_file(store, tmp_path: Path) -> None:
    for format in EXPORT_FORMATS:
        path = tmp_path / f"out.{format}"
        write_export(store, format, path)  # type: ignore[arg-type]
        assert path.stat().st_size > 0, format


def _mark_background(store, event_id: str) -> None:
    """Flag a stored incident as background, as the store writes an assembled context incident."""
    from sqlalchemy import update

    from tessera.dedupe import Incident
    from tessera.store.models import EventRow

    detail = store.event(event_id)
    flagged = detail.incident.model_copy(update={"context": True})
    with store.engine.begin() as connection:
        connection.execute(update(EventRow).where(EventRow.id == event_id).values(incident=flagged.model_dump_json()))
    assert Incident.model_validate_json(flagged.model_dump_json()).context


@pytest.mark.parametrize("format", ["csv", "jsonl", "geojson", "acled", "plover"])
def test_background_is_left_out_of_exports_unless_asked_for(store, format) -> None:
    (attack,) = [e for e in store.events() if e.type == "ASSAULT"]
    before = export_to_string(store, format)
    assert attack.id in before
    _mark_background(store, attack.id)
    assert attack.id not in export_to_string(store, format)
    assert attack.id in export_to_string(store, format, include_context=True)


def test_background_is_left_out_of_parquet(store, tmp_path: Path) -> None:
    (attack,) = [e for e in store.events() if e.type == "ASSAULT"]
    _mark_background(store, attack.id)
    assert write_export(store, "parquet", tmp_path / "a.parquet") == len(store.events()) - 1
    assert write_export(store, "parquet", tmp_path / "b.parquet", include_context=True) == len(store.events())
