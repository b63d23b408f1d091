"""Parallel extraction on one machine: a pool of worker processes, one pipeline each.

Input: a stream of articles. Output: their `Document`s (or `ExtractionFailure`s), in
completion order with `extractor(articles)` or in input order with
`extractor.extract_many(articles)`, or batch by batch with `extractor.submit(batch)`,
which returns at once (`.results()` waits): the ingest driver hands over the next batch
before it writes the last one, so the workers never wait for the writer. It replaces the
serial extraction call of the ingest loop (`ingest/ -> [extraction in N processes] ->
store/`); the single writer stays in the parent process.

    with ProcessPoolExtractor(workers=2) as extractor:
        for article, result in extractor(articles):
            ...

Start-up is paid once and early. On Linux the workers are forked from a fork server
that loaded the pipeline (spaCy model, gazetteer, knowledge base, lexicons) before the
first worker was asked for (`tessera.scale.preload`): the load happens once, not once per
worker, every worker starts with it in memory (copy-on-write), and a pool replaced after a
worker died starts in milliseconds. The fork server is started as the extractor starts
(`start()`, or entering `with`), so the model loads while the caller opens its store and
reads its first articles. Elsewhere (start method "spawn") the workers are started at
that point and each loads the pipeline in the pool's initializer. The parent itself is
never forked: it may hold threads (a progress display, a Dask client) and connections
that a child must not inherit.

Chunks of articles are the unit of work, at most `2 x workers` out at a time
(backpressure), or all chunks of the batches a caller submitted (it bounds how many).
If a worker dies (killed, out of memory), `concurrent.futures` marks the whole pool
broken; the extractor then starts a fresh pool and sends the unfinished chunks again, so
every article still comes back exactly once.
"""

from __future__ import annotations

import logging
import multiprocessing
import multiprocessing.forkserver
import sys
from collections.abc import Collection, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool

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

# The fork server imports these once; the last one loads the pipeline there (see its docstring).
FORKSERVER_PRELOAD = ("tessera.scale.core", "tessera.pipeline", "tessera.scale.preload")


def _default_start_method() -> str:
    # Not "fork": the parent may hold threads (a database engine, a Dask client) and open
    # connections that a forked child must not inherit. A forkserver child starts clean,
    # and from a server that has loaded the pipeline it starts at once.
    return "forkserver" if sys.platform.startswith("linux") else "spawn"


def _initialise_worker() -> None:
    load_pipeline()  # at once when forked from a fork server that loaded it


def _started() -> None:
    """A task that does nothing: submitted to make the pool start a worker."""


class _PoolBackend:
    def __init__(self, workers: int, start_method: str) -> None:
        self.workers = workers
        self.context = multiprocessing.get_context(start_method)
        if start_method == "forkserver":
            # The server imports these once and forks workers from them; by default it would
            # import the caller's __main__, re-running a script that lacks a main guard.
            # (One fork server serves a whole process: if one already runs, it is used as it is.)
            self.context.set_forkserver_preload(list(FORKSERVER_PRELOAD))
            # Start it now, without waiting: it loads the pipeline while the caller gets its
            # first articles ready, and the first chunk's workers fork from it when it is done.
            multiprocessing.forkserver.ensure_running()
        self.generation = 0
        self._generation_of: dict[Future[list[Result]], int] = {}
        self.executor = self._new_executor()
        if start_method != "forkserver":
            # Spawned workers load the pipeline themselves: start them all now, in parallel.
            for _ in range(workers):
                self.executor.submit(_started)

    def _new_executor(self) -> ProcessPoolExecutor:
        self.generation += 1
        return ProcessPoolExecutor(self.workers, mp_context=self.context, initializer=_initialise_worker)

    def submit(self, items: list[Item]) -> Future[list[Result]]:
        future = self.executor.submit(code_chunk, items)
        self._generation_of[future] = self.generation
        return future

    def wait(self, handles: Collection[Future[list[Result]]]) -> Iterable[Future[list[Result]]]:
        done, _ = wait(handles, return_when=FIRST_COMPLETED)
        return done

    def outcome(self, handle: Future[list[Result]]) -> list[Result]:
        results = handle.result()
        self._generation_of.pop(handle, None)
        return results

    def failed(self, handle: Future[list[Result]], error: BaseException) -> None:
        generation = self._generation_of.pop(handle, None)
        # Every chunk of a broken pool fails at once; the first one seen replaces the pool.
        if isinstance(error, BrokenProcessPool) and generation == self.generation:
            log.warning("an extraction worker died; starting a new pool of %d", self.workers)
            self.executor.shutdown(wait=False, cancel_futures=True)
            self.executor = self._new_executor()

    def cancel(self, handles: Collection[Future[list[Result]]]) -> None:
        for future in handles:
            future.cancel()  # a chunk already running finishes; its result is dropped
            self._generation_of.pop(future, None)

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)

    def worker_pids(self) -> list[int]:
        # concurrent.futures has no public accessor for its processes.
        return sorted(self.executor._processes or {})


class ProcessPoolExtractor(ChunkedExtractor["Future[list[Result]]"]):
    """Code articles in `workers` local processes; see the module docstring."""

    def __init__(
        self,
        workers: int,
        *,
        chunk_size: int = DEFAULT_CHUNK_ARTICLES,
        max_in_flight: int | None = None,
        max_attempts: int = DEFAULT_MAX_ATTEMPTS,
        start_method: str | None = None,
    ) -> None:
        super().__init__(workers, chunk_size=chunk_size, max_in_flight=max_in_flight, max_attempts=max_attempts)
        self.start_method = start_method or _default_start_method()

    def _start(self) -> _PoolBackend:
        return _PoolBackend(self.workers, self.start_method)

    def worker_pids(self) -> list[int]:
        """Process ids of the live workers (started on first use); for monitoring and tests."""
        backend = self.backend
        assert isinstance(backend, _PoolBackend)
        return backend.worker_pids()
