"""Reading gold JSONL into typed items, and finding gold sets."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from tessera.evaluate.gold import (
    EventsGold,
    GoldFormatError,
    PlacesGold,
    dataset_of,
    find_gold_sets,
    kind_of,
    read_gold,
)


def write_jsonl(path: Path, records: list[object]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_items_become_articles_and_typed_annotations(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "events" / "demo.dev.jsonl",
        [
            {
                "id": "x1",
                "text": "Troops shelled a village.",
                "published": "2021-05-02",
                "title": "Shelling",
                "language": "en",
                "gold": {
                    "types": ["ASSAULT"],
                    "optional_types": [],
                    "no_event": False,
                    "orig_label": "ATTACK",
                    "url": "http://example.org/x1",
                },
            },
            {"id": "x2", "text": "A quake struck.", "language": "en", "gold": {"types": [], "no_event": True}},
        ],
    )
    items = read_gold(path, EventsGold)
    assert [i.id for i in items] == ["x1", "x2"]
    article = items[0].article()
    assert article.published == dt.date(2021, 5, 2)
    assert article.title == "Shelling" and article.url == "http://example.org/x1"
    assert items[0].annotations.types == ["ASSAULT"]
    assert items[1].annotations.no_event and items[1].article().published is None
    assert len(read_gold(path, EventsGold, limit=1)) == 1


def test_bad_lines_name_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.dev.jsonl"
    path.write_text('{"id": "a", "text": "x", "gold": {"toponyms": []}}\nnot json\n', encoding="utf-8")
    with pytest.raises(GoldFormatError, match=r"bad.dev.jsonl:2"):
        read_gold(path, PlacesGold)
    write_jsonl(path, [{"id": "a", "text": "x", "gold": {"types": "oops"}}])
    with pytest.raises(GoldFormatError, match="EventsGold"):
        read_gold(path, EventsGold)


def test_kinds_of_gold_files(tmp_path: Path) -> None:
    for name in (
        "places/gwn.dev.jsonl",
        "events/india_police_events.dev.jsonl",
        "events/gsr.dev.jsonl",
        "training/synthetic.dev.jsonl",
        "dates/tb.test.jsonl",
    ):
        write_jsonl(tmp_path / name, [])
    assert dataset_of(Path("places/gwn.dev.jsonl")) == "gwn"
    assert kind_of(Path("events/india_police_events.dev.jsonl")) == "ipe"
    assert kind_of(Path("training/synthetic.dev.jsonl")) is None
    found = [(s.kind, s.dataset) for s in find_gold_sets(tmp_path)]
    assert found == [("events", "gsr"), ("ipe", "india_police_events"), ("places", "gwn")]


def test_split_by_id_hash_is_fixed_and_halves_partition_the_set(tmp_path: Path) -> None:
    from tessera.evaluate.gold import split_of

    ids = [f"item-{i}" for i in range(200)]
    halves = [split_of(i) for i in ids]
    assert halves == [split_of(i) for i in ids]  # the id alone decides
    assert 70 < halves.count("study") < 130  # roughly half each
    records = [
        {"id": i, "text": "Troops shelled a village.", "language": "en", "gold": {"types": ["ASSAULT"]}}
        for i in ids[:20]
    ]
    path = write_jsonl(tmp_path / "events" / "demo.dev.jsonl", records)
    study = read_gold(path, EventsGold, split="study")
    score = read_gold(path, EventsGold, split="score")
    assert {item.id for item in study} | {item.id for item in score} == set(ids[:20])
    assert not {item.id for item in study} & {item.id for item in score}
    assert all(split_of(item.id) == "study" for item in study)
    assert len(read_gold(path, EventsGold)) == 20
    assert len(read_gold(path, EventsGold, split="score", limit=2)) == 2
    with pytest.raises(ValueError):
        read_gold(path, EventsGold, split="dev")
