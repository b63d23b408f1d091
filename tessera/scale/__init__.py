"""Scale-out extraction: the same `Article -> Document` coding in many processes.

Sits between `ingest/` and `store/` in place of the serial `Pipeline.extract_many` call
(`ingest/ -> [extraction in N workers] -> store/`, one writer), or writes Parquet
without a store for back-fills (`batch.extract_to_parquet`).

- `ProcessPoolExtractor(workers)`: worker processes on this machine.
- `DaskExtractor(address | "local", workers)`: a Dask cluster, or a `LocalCluster`.
- `SerialExtractor()`: the same interface in this process.
- `make_extractor(workers, dask)`: the one a command line's `--workers` / `--dask` asks for.

Every extractor is a callable `Iterable[Article] -> Iterator[(article, result)]`, results
in completion order, and has `extract_many(articles)` with results in input order (the
`tessera.records.Extractor` protocol). The pool and Dask extractors also take batches
ahead: `submit(batch)` returns at once and `.results()` on its answer waits for that batch
(`tessera.ingest.driver.BatchSubmitter`; the ingest driver codes the next batch while it
writes the last). Close an extractor (or use `with`) to stop its workers.
Submodules load lazily: importing this package starts nothing and loads no model.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tessera.scale.core import ChunkedExtractor, Item, Result, SerialExtractor

if TYPE_CHECKING:
    from tessera.scale.batch import BatchSummary, extract_to_parquet
    from tessera.scale.dask import DaskExtractor
    from tessera.scale.process_pool import ProcessPoolExtractor

__all__ = [
    "BatchSummary",
    "ChunkedExtractor",
    "DaskExtractor",
    "Item",
    "ProcessPoolExtractor",
    "Result",
    "SerialExtractor",
    "extract_to_parquet",
    "make_extractor",
]

_LAZY = {
    "ProcessPoolExtractor": "tessera.scale.process_pool",
    "DaskExtractor": "tessera.scale.dask",
    "extract_to_parquet": "tessera.scale.batch",
    "BatchSummary": "tessera.scale.batch",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'tessera.scale' has no attribute {name!r}")


def make_extractor(workers: int = 1, dask: str | None = None) -> ChunkedExtractor[Any] | SerialExtractor:
    """`--dask ADDRESS|local` wins; else `--workers N` > 1 gives a process pool; else serial."""
    if dask:
        from tessera.scale.dask import DaskExtractor

        return DaskExtractor(dask, workers=max(workers, 2) if dask == "local" and workers == 1 else workers)
    if workers > 1:
        from tessera.scale.process_pool import ProcessPoolExtractor

        return ProcessPoolExtractor(workers)
    if workers < 1:
        raise ValueError(f"workers must be 1 or more, got {workers}")
    return SerialExtractor()
