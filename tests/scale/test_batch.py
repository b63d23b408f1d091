"""extract_to_parquet: JSONL and Parquet inputs cut into partitions, one Parquet part each."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from tessera.scale.batch import PART_COLUMNS, Partition, extract_to_parquet, plan_partitions, read_partition

REPORTS = [
    "Gunmen killed four soldiers in an ambush near Gao on Monday, the army said.",
    "Protesters marched in Bamako on Friday to demand the release of detained journalists.",
    "The minister opened a new market in Kayes.",
]


def write_jsonl(path: Path) -> Path:
    lines = [json.dumps({"id": f"r{i}", "text": text, "published": "2023-03-08", "language": "en"})
             for i, text in enumerate(REPORTS)]
    lines.insert(2, "{not json")  # a broken line is a failure row, not a crash
    lines.append(json.dumps({"text": "Rebels seized a town in the north on Sunday.", "published": "2023-03-08"}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_jsonl_partitions_read_their_own_lines(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "wire.jsonl")
    partitions = list(plan_partitions([tmp_path], size=2))
    assert [(p.first, p.count) for p in partitions] == [(1, 2), (3, 2), (5, 1)]
    items = [item for p in partitions for item in read_partition(p)]
    assert [getattr(i, "id", None) for i in items] == ["r0", "r1", None, "r2", "wire:5"]
    assert items[2].line == 3 and items[2].source == str(source)  # type: ignore[union-attr]


def test_parquet_input_is_sliced_by_row_group(tmp_path: Path) -> None:
    table = pa.table({"id": ["p0", "p1", "p2"], "text": REPORTS, "published": ["2023-03-08"] * 3})
    pq.write_table(table, tmp_path / "wire.parquet", row_group_size=2)
    partitions = list(plan_partitions([tmp_path / "wire.parquet"], size=1))
    assert [(p.row_group, p.first) for p in partitions] == [(0, 0), (0, 1), (1, 0)]
    assert [i.id for p in partitions for i in read_partition(p)] == ["p0", "p1", "p2"]  # type: ignore[union-attr]


def test_back_fill_writes_one_part_per_partition_and_resumes(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "in" / "wire.jsonl") if (tmp_path / "in").mkdir() is None else None
    out = tmp_path / "out"
    summary = extract_to_parquet([tmp_path / "in"], out, partition_size=3)
    assert (summary.partitions, summary.articles, summary.failed) == (2, 5, 1)
    parts = sorted(out.glob("part-*.parquet"))
    assert len(parts) == 2
    table = pa.concat_tables(pq.read_table(p) for p in parts)
    assert tuple(table.column_names) == PART_COLUMNS
    rows = {row["id"]: row for row in table.to_pylist() if row["id"]}
    ambush = json.loads(rows["r0"]["document"])
    assert rows["r0"]["n_events"] == len(ambush["events"]) >= 1
    assert [r["error"] for r in table.to_pylist() if r["error"]][0].startswith("malformed JSON")
    again = extract_to_parquet([tmp_path / "in"], out, partition_size=3)
    assert (again.skipped, again.partitions) == (2, 0)


def test_part_names_change_with_the_partition() -> None:
    one = Partition("a.jsonl", "jsonl", 1, 10)
    assert one.name != Partition("a.jsonl", "jsonl", 11, 10, byte_offset=500).name
    assert one.name == Partition("a.jsonl", "jsonl", 1, 10).name
