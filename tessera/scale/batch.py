"""Back-fills without a database: article files in, Parquet part files of documents out.

Input: JSONL files (the format of `tessera extract`), folders of them (searched
recursively for *.jsonl and *.parquet), and Parquet files with columns `id`, `text`,
`published` (optional `language`, `title`, `url`). Output: in `output_dir`, one Parquet
file per partition of the input, with columns `id`, `language`, `document` (the
`Document` as a JSON string), `n_events` and `error` (the reason when the article could
not be coded). Sits beside `store/`: the same extraction, written to files that Spark,
DuckDB or pandas read, for a corpus too big to push through one writer.

A partition is a range of lines of one JSONL file (located by byte offset, so a worker
reads only its own part) or a slice of one Parquet row group. Each is a task: on a Dask
cluster (`dask="tcp://..."` or "local") the workers read the input and write the parts
themselves, so both paths must be on storage every worker sees; without `dask` the
partitions run one after another in this process. Part names carry a hash of their
partition, and a part is written to a temporary name and renamed, so a retried task
overwrites its own part harmlessly and a re-run skips the parts already written.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import json
import logging
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tessera.records import Article, Document, ExtractionFailure
from tessera.scale.core import Item, code_chunk

log = logging.getLogger(__name__)

DEFAULT_PARTITION_ARTICLES = 1000
PART_COLUMNS = ("id", "language", "document", "n_events", "error")


@dataclass(frozen=True)
class Partition:
    """Where one task's articles are: lines of a JSONL file, or rows of a Parquet row group."""

    path: str
    kind: str  # "jsonl" or "parquet"
    first: int  # JSONL: first line number (1-based); Parquet: first row in the row group
    count: int
    byte_offset: int = 0  # JSONL: where line `first` starts
    row_group: int = 0  # Parquet

    @property
    def name(self) -> str:
        key = json.dumps([self.path, self.kind, self.first, self.count, self.byte_offset, self.row_group])
        digest = hashlib.sha256(key.encode()).hexdigest()[:12]
        return f"part-{Path(self.path).stem}-{self.row_group}-{self.first}-{digest}.parquet"


@dataclass
class BatchSummary:
    partitions: int = 0
    skipped: int = 0  # already written by an earlier run
    articles: int = 0
    documents: int = 0
    failed: int = 0
    events: int = 0

    def add(self, part: dict[str, int]) -> None:
        self.partitions += 1
        self.articles += part["articles"]
        self.documents += part["documents"]
        self.failed += part["failed"]
        self.events += part["events"]


# --- planning (client side) --------------------------------------------------


def input_files(inputs: Iterable[str | Path]) -> Iterator[Path]:
    for name in inputs:
        path = Path(name)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.suffix.lower() in (".jsonl", ".parquet"))
        elif path.suffix.lower() in (".jsonl", ".parquet"):
            yield path
        else:
            raise ValueError(f"{name}: expected a .jsonl or .parquet file, or a folder of them")


def plan_partitions(inputs: Iterable[str | Path], size: int = DEFAULT_PARTITION_ARTICLES) -> Iterator[Partition]:
    """Cut the inputs into partitions of at most `size` articles, reading only line ends and metadata."""
    for path in input_files(inputs):
        if path.suffix.lower() == ".parquet":
            yield from _parquet_partitions(path, size)
        else:
            yield from _jsonl_partitions(path, size)


def _jsonl_partitions(path: Path, size: int) -> Iterator[Partition]:
    with path.open("rb") as stream:
        offset = start_offset = 0
        first = 1
        number = 0
        for number, line in enumerate(stream, start=1):
            if number - first == size:
                yield Partition(str(path), "jsonl", first, size, byte_offset=start_offset)
                first, start_offset = number, offset
            offset += len(line)
        if number >= first:
            yield Partition(str(path), "jsonl", first, number - first + 1, byte_offset=start_offset)


def _parquet_partitions(path: Path, size: int) -> Iterator[Partition]:
    import pyarrow.parquet as pq

    metadata = pq.ParquetFile(path).metadata
    for group in range(metadata.num_row_groups):
        rows = metadata.row_group(group).num_rows
        for first in range(0, rows, size):
            yield Partition(str(path), "parquet", first, min(size, rows - first), row_group=group)


# --- one partition (worker side) -------------------------------------------------


def read_partition(partition: Partition) -> Iterator[Item]:
    """The partition's articles (or the reader's failures), as `tessera extract` would read them."""
    if partition.kind == "parquet":
        yield from _read_parquet(partition)
        return
    from tessera.ingest.readers import read_jsonl

    with open(partition.path, "rb") as stream:
        stream.seek(partition.byte_offset)
        # read_jsonl numbers lines from 1 and skips blank ones: blank lines in front give the
        # partition's lines their file line numbers, hence the same default ids and messages.
        lines = itertools.chain(itertools.repeat(b"\n", partition.first - 1), itertools.islice(stream, partition.count))
        yield from read_jsonl(lines, partition.path)  # type: ignore[arg-type]


def _read_parquet(partition: Partition) -> Iterator[Item]:
    import pyarrow.parquet as pq

    from tessera.pipeline import ArticleError, as_article

    table = pq.ParquetFile(partition.path).read_row_group(partition.row_group)
    if "text" not in table.column_names:
        raise ValueError(f"{partition.path}: Parquet input needs a 'text' column")
    wanted = [c for c in ("id", "text", "published", "language", "title", "url") if c in table.column_names]
    rows = table.slice(partition.first, partition.count).select(wanted).to_pylist()
    for offset, row in enumerate(rows):
        number = partition.first + offset + 1
        if isinstance(row.get("published"), dt.datetime):
            row["published"] = row["published"].date()
        try:
            yield as_article(row, default_id=f"{Path(partition.path).stem}:{partition.row_group}:{number}")
        except ArticleError as error:
            raw_id = row.get("id")
            yield ExtractionFailure(
                id=None if raw_id is None else str(raw_id), line=number, source=partition.path, reason=str(error)
            )


def code_partition(partition: Partition, output_dir: str, chunk_size: int = 16) -> dict[str, int]:
    """Code one partition and write its part file; return its counts. Runs in a worker."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows: dict[str, list[Any]] = {column: [] for column in PART_COLUMNS}
    counts = {"articles": 0, "documents": 0, "failed": 0, "events": 0}
    items = list(read_partition(partition))
    for start in range(0, len(items), chunk_size):
        chunk = items[start : start + chunk_size]
        for item, result in zip(chunk, code_chunk(chunk), strict=True):
            counts["articles"] += 1
            if isinstance(result, Document):
                rows["id"].append(result.id)
                rows["language"].append(result.language)
                rows["document"].append(result.model_dump_json())
                rows["n_events"].append(len(result.events))
                rows["error"].append(None)
                counts["documents"] += 1
                counts["events"] += len(result.events)
            else:
                failure = result if isinstance(result, ExtractionFailure) else None
                rows["id"].append(failure.id if failure else getattr(item, "id", None))
                rows["language"].append(getattr(item, "language", None) if isinstance(item, Article) else None)
                rows["document"].append(None)
                rows["n_events"].append(0)
                where = f" ({failure.source}:{failure.line})" if failure and failure.line else ""
                rows["error"].append((failure.reason if failure else repr(result)) + where)
                counts["failed"] += 1
    schema = pa.schema(
        [
            ("id", pa.string()),
            ("language", pa.string()),
            ("document", pa.string()),
            ("n_events", pa.int32()),
            ("error", pa.string()),
        ]
    )
    target = Path(output_dir) / partition.name
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    pq.write_table(pa.table(rows, schema=schema), temporary, compression="zstd")
    os.replace(temporary, target)  # atomic: readers and re-runs see a whole part or none
    return counts


# --- the driver ------------------------------------------------------------------


def extract_to_parquet(
    inputs: Sequence[str | Path],
    output_dir: str | Path,
    dask: str | None = None,
    *,
    workers: int = 2,
    partition_size: int = DEFAULT_PARTITION_ARTICLES,
    overwrite: bool = False,
) -> BatchSummary:
    """Code every article of `inputs` into Parquet parts under `output_dir`; see the module docstring.

    `dask`: a scheduler address, "local" (a LocalCluster of `workers` processes), or None
    (this process). Parts already present are skipped unless `overwrite`.
    """
    output = Path(output_dir)
    output.mkdir(parents=True, exist_ok=True)
    summary = BatchSummary()
    todo: Iterator[Partition] = (
        p
        for p in plan_partitions(inputs, partition_size)
        if overwrite or not _already_written(output / p.name, summary)
    )
    if dask is None:
        for partition in todo:
            summary.add(code_partition(partition, str(output)))
        return summary

    from distributed import as_completed

    from tessera.scale.dask import connect

    client, cluster = connect(dask, workers)
    try:
        # A bounded number of partitions out at once: planning a huge input stays lazy.
        window = 2 * (sum(client.nthreads().values()) or workers)
        running = as_completed()
        for partition in itertools.islice(todo, window):
            running.add(client.submit(code_partition, partition, str(output), pure=False, retries=2))
        for future in running:
            summary.add(future.result())
            future.release()
            following = next(todo, None)
            if following is not None:
                running.add(client.submit(code_partition, following, str(output), pure=False, retries=2))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return summary


def _already_written(path: Path, summary: BatchSummary) -> bool:
    if path.exists():
        summary.skipped += 1
        return True
    return False
