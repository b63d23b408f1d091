"""Parallel extraction on a Dask cluster (or a local one): chunks as tasks, results streamed back.

Input: a stream of articles and a scheduler address (`tcp://host:8786`) or "local".
Output: their `Document`s (or `ExtractionFailure`s), as tasks complete
(`extractor(articles)`, via `distributed.as_completed`) or in input order
(`extractor.extract_many(articles)`). Like `ProcessPoolExtractor`, it replaces the
serial extraction call between `ingest/` and the single writer in `store/`, which stays
in the client process.

    with DaskExtractor("local", workers=2) as extractor:      # LocalCluster, 2 processes
        ...
    with DaskExtractor("tcp://scheduler:8786") as extractor:  # a running cluster
        ...

"local" starts a `LocalCluster` of `workers` processes with one thread each (spaCy
holds the GIL, so threads would not add throughput). A worker plugin loads the
pipeline once per worker process, including workers that join or are restarted later.

Failures: if a worker dies, the scheduler runs its tasks again elsewhere (up to
`distributed.scheduler.allowed-failures` times, then the future raises `KilledWorker`);
a task that raises is retried `retries` times by Dask. Past that the extractor sends
the chunk again itself, then its articles one by one (see `tessera.scale.core`). A
chunk's results are taken from its future once, so no article is yielded twice; should
a re-run ever produce a second copy elsewhere, the store's content-hash keys make the
write idempotent.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Iterable
from typing import Any

from distributed import WorkerPlugin

from tessera.scale.core import (
    DEFAULT_CHUNK_ARTICLES,
    DEFAULT_MAX_ATTEMPTS,
    ChunkedExtractor,
    Item,
    Result,
    code_chunk,
    load_pipeline,
)

log = logging.getLogger(__name__)

LOCAL = "local"
# Worker settings for a LocalCluster (nannies copy the config when they start). Measured on
# the benchmark corpus, together they cut Dask's CPU per article from 1.5x the process
# pool's to within 10%: the statistical profiler samples spaCy's deep stacks every 10 ms,
# and Dask's default MALLOC_TRIM_THRESHOLD_ of 64 KiB returns memory to the system after
# nearly every parse. On a machine whose cores all code articles, every wake-up of
# Dask's own loops also takes the GIL or a core from spaCy: the event-loop health tick
# (20 ms by default), the memory monitor (100 ms) and the system monitor (500 ms) wake
# far more often than a chunk of articles finishes (seconds), and work stealing only
# moves equal chunks. Give remote workers the same through their environment
# (docs/SCALING.md lists the variables).
WORKER_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": 128 * 1024 * 1024,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.tick.limit": "60s",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.scheduler.work-stealing": False,
}


class LoadPipeline(WorkerPlugin):
    """Worker plugin: load the pipeline as each worker starts, not inside its first task."""

    name = "tessera-pipeline"

    def setup(self, worker: Any) -> None:
        load_pipeline()


def connect(address: str = LOCAL, workers: int = 2) -> tuple[Any, Any]:
    """A `distributed.Client` for `address` (and the `LocalCluster` it owns when "local")."""
    from distributed import Client, LocalCluster

    cluster = None
    if address == LOCAL:
        import dask.config

        with dask.config.set(WORKER_CONFIG):
            cluster = LocalCluster(
                n_workers=workers,
                processes=True,
                threads_per_worker=1,
                dashboard_address=":0",  # any free port: clusters on one machine must not fight over :8787
                silence_logs=logging.WARNING,
            )
        client = Client(cluster)
    else:
        client = Client(address)
    try:
        # Waits for every worker to load the pipeline; a worker that cannot fails here, early.
        client.register_plugin(LoadPipeline(), name=LoadPipeline.name)
    except BaseException:
        client.close()
        if cluster is not None:
            cluster.close()
        raise
    return client, cluster


class _DaskBackend:
    def __init__(self, address: str, workers: int, retries: int) -> None:
        from distributed import as_completed

        self.client, self.cluster = connect(address, workers)
        self.retries = retries
        self.completed = as_completed()

    def submit(self, items: list[Item]) -> Any:
        # pure=False: two chunks with equal text are still two tasks with their own results.
        future = self.client.submit(code_chunk, items, pure=False, retries=self.retries)
        self.completed.add(future)
        return future

    def wait(self, handles: Collection[Any]) -> Iterable[Any]:
        done = [next(self.completed)]
        done.extend(self.completed.next_batch(block=False))
        return done

    def outcome(self, handle: Any) -> list[Result]:
        try:
            return handle.result()
        finally:
            handle.release()  # free the results on the worker as soon as the client holds them

    def failed(self, handle: Any, error: BaseException) -> None:
        log.warning("Dask task %s failed: %s", handle.key, error)

    def cancel(self, handles: Collection[Any]) -> None:
        self.client.cancel(list(handles))

    def close(self) -> None:
        self.completed.clear()
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()

    def worker_pids(self) -> list[int]:
        return sorted(self.client.run(_pid).values())


def _pid() -> int:
    import os

    return os.getpid()


class DaskExtractor(ChunkedExtractor[Any]):
    """Code articles on a Dask cluster; see the module docstring."""

    def __init__(
        self,
        address: str = LOCAL,
        workers: int = 2,
        *,
        chunk_size: int = DEFAULT_CHUNK_ARTICLES,
        max_in_flight: int | None = None,
        max_attempts: int = DEFAULT_MAX_ATTEMPTS,
        retries: int = 1,
    ) -> None:
        super().__init__(workers, chunk_size=chunk_size, max_in_flight=max_in_flight, max_attempts=max_attempts)
        self.address = address
        self.retries = retries

    def _start(self) -> _DaskBackend:
        backend = _DaskBackend(self.address, self.workers, self.retries)
        if self.address != LOCAL:
            # A remote cluster's size is what it is; keep two chunks out per worker thread.
            threads = sum(backend.client.nthreads().values()) or self.workers
            self.workers = threads
            self.max_in_flight = max(self.max_in_flight, 2 * threads)
        return backend

    @property
    def client(self) -> Any:
        """The `distributed.Client` (connects on first use)."""
        return self.backend.client  # type: ignore[attr-defined]

    def worker_pids(self) -> list[int]:
        """Process ids of the workers (a remote cluster's are on other machines)."""
        return self.backend.worker_pids()  # type: ignore[attr-defined]
