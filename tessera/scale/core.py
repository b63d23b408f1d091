"""Shared machinery of the parallel extractors: chunks out, results back, retries.

Input: a stream of articles (`Article`, a JSONL-style mapping, or an `ExtractionFailure`
that a reader already produced). Output: one result (`Document` or `ExtractionFailure`)
per input item, either in completion order paired with its article (`extractor(articles)`)
or in input order (`extractor.extract_many(articles)`, the `tessera.records.Extractor`
protocol), or per batch handed over ahead of time (`extractor.submit(batch)` returns at
once; `.results()` on what it returns waits for that batch, in input order: the ingest
driver keeps the workers busy with the next batch while it writes the last one). It sits
between `ingest/` and the single writer in `store/`, in place of the serial
`Pipeline.extract_many` call.

The articles are cut into chunks (of a known number of articles, chunks that shrink as
the articles run out, so that the workers finish together); a backend (a process pool, a
Dask cluster) codes each chunk in a worker process that loaded the pipeline once. At most `max_in_flight` chunks
are out at a time, and the input is pulled only as chunks complete, so a stream of
millions of articles is never held in memory. A chunk whose worker dies is sent again;
after `max_attempts` tries it is split into single articles, so one article that kills
its worker (a parser crash, memory) becomes one `ExtractionFailure` instead of stalling
the run. Each chunk's results are yielded once: the extractor never yields an article
twice, and the store's content-hash keys and idempotent writes would make a duplicate
harmless anyway.
"""

from __future__ import annotations

import functools
import itertools
import logging
import math
import os
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sized
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from tessera.records import Article, Document, ExtractionFailure

if TYPE_CHECKING:
    from tessera.pipeline import Pipeline

log = logging.getLogger(__name__)

Result = Document | ExtractionFailure
Item = Article | Mapping[str, Any] | ExtractionFailure
# The pipeline batches 16 articles through spaCy; a chunk of that size keeps its batching.
DEFAULT_CHUNK_ARTICLES = 16
# The smallest chunk a known batch is cut into as it runs out (see ChunkedExtractor._chunks).
MIN_TAIL_CHUNK = 4
DEFAULT_MAX_ATTEMPTS = 3

Handle = TypeVar("Handle")


# --- worker side ---------------------------------------------------------------


def code_chunk(items: list[Item]) -> list[Result]:
    """Code a chunk in a worker with the process-wide pipeline (loaded on first call)."""
    return list(_pipeline().extract_many(items))


@functools.lru_cache(maxsize=1)
def _pipeline() -> Pipeline:
    from tessera.pipeline import Pipeline

    return Pipeline.default()


def load_pipeline() -> int:
    """Load the pipeline and its lazy resources in this process (once); return its pid.

    Run as a worker starts (or in the fork server that workers are forked from) so the
    first chunk is not charged with the model load. (Loading the model also keeps OpenBLAS
    to one thread: a worker codes on one core.)
    """
    _warm_up()
    return os.getpid()


@functools.lru_cache(maxsize=1)
def _warm_up() -> None:
    pipeline = _pipeline()
    # Coding a short report builds what the pipeline only loads on first use.
    list(
        pipeline.extract_many(
            [Article(id="warm-up", text="Gunmen killed two soldiers in Gao on Monday.", language="en")]
        )
    )


# --- client side ---------------------------------------------------------------


def item_id(item: Item) -> str | None:
    if isinstance(item, (Article, ExtractionFailure)):
        return item.id
    raw = item.get("id") if isinstance(item, Mapping) else None
    return None if raw is None else str(raw)


class Backend(Protocol[Handle]):
    """Where chunks are coded: submit one, wait for some, read one's outcome."""

    def submit(self, items: list[Item]) -> Handle: ...

    def wait(self, handles: Collection[Handle]) -> Iterable[Handle]:
        """Block until at least one of `handles` is done; return the done ones."""
        ...

    def outcome(self, handle: Handle) -> list[Result]:
        """The chunk's results, or raise why it failed (worker lost, task error)."""
        ...

    def failed(self, handle: Handle, error: BaseException) -> None:
        """React to a failed chunk (e.g. replace a broken pool) before it is sent again."""
        ...

    def cancel(self, handles: Collection[Handle]) -> None:
        """Drop work nobody will read (the caller stopped iterating)."""
        ...

    def close(self) -> None: ...


@dataclass
class _Task:
    """A slice of a chunk sent to a worker: the whole chunk, or one article after failures."""

    chunk: int
    start: int
    items: list[Item]
    attempts: int = 0


@dataclass
class _Chunk:
    items: list[Item]
    results: list[Result | None] = field(default_factory=list)
    missing: int = 0

    def __post_init__(self) -> None:
        self.results = [None] * len(self.items)
        self.missing = len(self.items)


def _chunked(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class Submitted(Generic[Handle]):
    """A batch handed to the workers by `ChunkedExtractor.submit`; `results()` waits for it."""

    def __init__(self, owner: ChunkedExtractor[Handle], items: list[Item]) -> None:
        self._owner = owner
        self.chunks = [_Chunk(chunk) for chunk in owner._chunks(items)]
        self._results: list[Result] | None = None

    @property
    def done(self) -> bool:
        """Every article's result is in (`results()` would not wait)."""
        return all(chunk.missing == 0 for chunk in self.chunks)

    def results(self) -> list[Result]:
        """One result per article, in input order, once the batch is coded (blocks until then).

        While it waits, chunks of other submitted batches that complete are taken too (and
        sent again if their worker died), so a pool that broke is replaced at once.
        """
        if self._results is None:
            self._owner._collect(self)
            self._results = [result for chunk in self.chunks for result in chunk.results if result is not None]
        return self._results

    def cancel(self) -> None:
        """Drop the batch: chunks not started are not coded (nobody will read them)."""
        self._owner._drop(self)


class ChunkedExtractor(Generic[Handle]):
    """Base of the parallel extractors; subclasses say how to start their backend.

    `extractor(articles)` yields `(article, result)` as chunks complete, in any order;
    `extractor.extract_many(articles)` yields results in input order (the store's
    `Extractor` protocol), holding completed chunks until the earlier ones arrive;
    `extractor.submit(batch)` hands a batch over and returns at once, its `results()`
    waiting for it (the ingest driver submits the next batch before writing this one).
    """

    # The store records `pipeline_version(extractor)`; None lets it use tessera's version.
    version: str | None = None

    def __init__(
        self,
        workers: int,
        *,
        chunk_size: int = DEFAULT_CHUNK_ARTICLES,
        max_in_flight: int | None = None,
        max_attempts: int = DEFAULT_MAX_ATTEMPTS,
    ) -> None:
        if workers < 1:
            raise ValueError(f"workers must be 1 or more, got {workers}")
        if chunk_size < 1:
            raise ValueError(f"chunk_size must be 1 or more, got {chunk_size}")
        self.workers = workers
        self.chunk_size = chunk_size
        # Two chunks a worker: one being coded, one queued, so no worker waits for the client.
        self.max_in_flight = max_in_flight or 2 * workers
        self.max_attempts = max(1, max_attempts)
        self._backend: Backend[Handle] | None = None
        # Chunks of submitted batches that are out, with the batch each belongs to.
        self._submitted: dict[Handle, tuple[Submitted[Handle], _Task]] = {}

    # --- lifecycle ---

    def _start(self) -> Backend[Handle]:
        raise NotImplementedError

    def start(self) -> None:
        """Start the workers now, so that their start-up overlaps with the caller's own.

        Entering `with` does this; otherwise the first articles start them.
        """
        _ = self.backend

    @property
    def backend(self) -> Backend[Handle]:
        if self._backend is None:
            self._backend = self._start()
        return self._backend

    def close(self) -> None:
        self._submitted.clear()
        if self._backend is not None:
            self._backend.close()
            self._backend = None

    def __enter__(self) -> ChunkedExtractor[Handle]:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- the two ways to read results ---

    def __call__(self, articles: Iterable[Item]) -> Iterator[tuple[Item, Result]]:
        """`(article, result)` pairs in order of completion."""
        for chunk in self._completed(self._chunks(articles), held=lambda: 0):
            yield from zip(chunk.items, chunk.results, strict=True)

    def extract_many(self, articles: Iterable[Item]) -> Iterator[Result]:
        """One result per article, in input order."""
        waiting: dict[int, _Chunk] = {}
        next_chunk = 0
        chunks = self._completed(self._chunks(articles), held=lambda: len(waiting), numbered=True)
        for number, chunk in chunks:
            waiting[number] = chunk
            while next_chunk in waiting:
                yield from waiting.pop(next_chunk).results  # type: ignore[misc]
                next_chunk += 1

    def submit(self, articles: Iterable[Item]) -> Submitted[Handle]:
        """Hand a batch to the workers now and return at once; `.results()` waits for it.

        All its chunks go out at once: the caller bounds how many batches it keeps ahead
        (the ingest driver: the one it writes and the next). Batches are coded in the order
        they were submitted, each cut like a known batch (chunks that shrink towards its end).
        """
        batch = Submitted(self, list(articles))
        for number, chunk in enumerate(batch.chunks):
            self._send_submitted(batch, _Task(number, 0, chunk.items))
        return batch

    def _send_submitted(self, batch: Submitted[Handle], task: _Task) -> None:
        self._submitted[self.backend.submit(task.items)] = (batch, task)

    def _collect(self, batch: Submitted[Handle]) -> None:
        """Take completed chunks of every submitted batch until `batch` is complete."""
        while not batch.done:
            if not self._submitted:
                raise RuntimeError("a submitted batch has chunks that are not out (cancelled, or the extractor closed)")
            for handle in list(self.backend.wait(list(self._submitted))):
                entry = self._submitted.pop(handle, None)
                if entry is None:  # already taken: never take a slice twice
                    continue
                owner, task = entry
                self._settle(handle, task, owner.chunks[task.chunk], functools.partial(self._send_submitted, owner))

    def _drop(self, batch: Submitted[Handle]) -> None:
        handles = [handle for handle, (owner, _) in self._submitted.items() if owner is batch]
        for handle in handles:
            del self._submitted[handle]
        if handles and self._backend is not None:
            self._backend.cancel(handles)

    def _chunks(self, articles: Iterable[Item]) -> Iterator[list[Item]]:
        """Chunks of `chunk_size`; of a known number of articles, chunks that shrink towards the end.

        Whoever waits for a whole batch (the ingest driver hands over 16 articles a worker and
        writes them before reading on) waits for its last chunk: with chunks that shrink as
        the batch runs out, the workers finish close together instead of one idling while
        the other codes a full chunk. Each chunk is at most 1/(2 x workers) of what is left,
        down to MIN_TAIL_CHUNK articles (a chunk's own costs, pickling and spaCy's batching,
        stay small beside its articles').
        """
        if not isinstance(articles, Sized):
            yield from _chunked(articles, self.chunk_size)
            return
        items = iter(articles)
        remaining = len(articles)
        while remaining > 0:
            size = min(self.chunk_size, max(MIN_TAIL_CHUNK, math.ceil(remaining / (2 * self.workers))), remaining)
            chunk = list(itertools.islice(items, size))
            if not chunk:
                return
            yield chunk
            remaining -= len(chunk)

    # --- the scheduling loop ---

    def _completed(
        self, chunks: Iterator[list[Item]], held: Callable[[], int], numbered: bool = False
    ) -> Iterator[Any]:
        """Complete chunks as they finish; at most `max_in_flight` submitted or `held` by the caller."""
        in_flight: dict[Handle, _Task] = {}
        try:
            yield from self._schedule(chunks, held, numbered, in_flight)
        finally:
            if in_flight:  # the caller stopped early (or an error): free the workers
                self.backend.cancel(list(in_flight))

    def _schedule(
        self, chunks: Iterator[list[Item]], held: Callable[[], int], numbered: bool, in_flight: dict[Handle, _Task]
    ) -> Iterator[Any]:
        backend = self.backend
        open_chunks: dict[int, _Chunk] = {}
        submitted = 0
        exhausted = False

        def send(task: _Task) -> None:
            in_flight[backend.submit(task.items)] = task

        while True:
            # Fill the window; a caller holding chunks (ordered output) shrinks it, but one chunk
            # is always allowed out so the loop can never stall.
            while not exhausted and (len(open_chunks) + held() < self.max_in_flight or not in_flight):
                items = next(chunks, None)
                if items is None:
                    exhausted = True
                    break
                open_chunks[submitted] = _Chunk(items)
                send(_Task(submitted, 0, items))
                submitted += 1
            if not in_flight:
                return
            for handle in list(backend.wait(list(in_flight))):
                task = in_flight.pop(handle, None)
                if task is None:  # already handled: never yield a slice twice
                    continue
                chunk = open_chunks[task.chunk]
                if self._settle(handle, task, chunk, send):
                    del open_chunks[task.chunk]
                    yield (task.chunk, chunk) if numbered else chunk

    def _settle(self, handle: Handle, task: _Task, chunk: _Chunk, send: Callable[[_Task], None]) -> bool:
        """Take a finished slice's results into its chunk, or send it again; True once the chunk is complete."""
        try:
            results = self.backend.outcome(handle)
            if len(results) != len(task.items):
                raise RuntimeError(f"worker returned {len(results)} results for {len(task.items)} articles")
        except Exception as error:  # noqa: BLE001 - a lost worker or a task error: retry below
            self.backend.failed(handle, error)
            retried = self._retry(task, error, send)
            if retried is None:
                return False
            results = retried
        for offset, result in enumerate(results):
            if chunk.results[task.start + offset] is None:
                chunk.results[task.start + offset] = result
                chunk.missing -= 1
        return chunk.missing == 0

    def _retry(self, task: _Task, error: BaseException, send: Callable[[_Task], None]) -> list[Result] | None:
        """Send a failed slice again, or split it, or give up on its single article."""
        task.attempts += 1
        reason = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
        if task.attempts < self.max_attempts:
            log.warning(
                "chunk %d (%d articles) failed (%s); sending it again (try %d of %d)",
                task.chunk,
                len(task.items),
                reason,
                task.attempts + 1,
                self.max_attempts,
            )
            send(task)
            return None
        if len(task.items) > 1:
            # One article may be what kills the worker: code them one by one, each with one more try.
            log.warning(
                "chunk %d failed %d times (%s); coding its %d articles one by one",
                task.chunk,
                task.attempts,
                reason,
                len(task.items),
            )
            for offset, item in enumerate(task.items):
                send(_Task(task.chunk, task.start + offset, [item], attempts=self.max_attempts - 1))
            return None
        log.error("giving up on article %s after %d tries: %s", item_id(task.items[0]), task.attempts, reason)
        return [
            ExtractionFailure(
                id=item_id(task.items[0]), reason=f"extraction worker failed {task.attempts} times: {reason}"
            )
        ]


class SerialExtractor:
    """The same interface in this process, without workers: `--workers 1`."""

    version: str | None = None
    workers = 1

    def __call__(self, articles: Iterable[Item]) -> Iterator[tuple[Item, Result]]:
        from tessera.pipeline import Pipeline

        for chunk in _chunked(articles, DEFAULT_CHUNK_ARTICLES):
            yield from zip(chunk, Pipeline.default().extract_many(chunk), strict=True)

    def extract_many(self, articles: Iterable[Item]) -> Iterator[Result]:
        from tessera.pipeline import Pipeline

        return Pipeline.default().extract_many(articles)

    def close(self) -> None:
        pass

    def __enter__(self) -> SerialExtractor:
        return self

    def __exit__(self, *exc: object) -> None:
        pass
