"""Limits that keep one anonymous client from stalling the server.

- `BodySizeLimit`: a pure ASGI middleware answering 413 past `max_bytes`. A declared
  Content-Length over the limit is refused before anything is read; a body without one
  (chunked) is counted as it arrives and refused as soon as it passes the limit, so a
  client cannot make the server buffer an unbounded body.
- `ExtractionWorkers`: `POST /api/extract` runs in worker processes, a bounded number at
  once with a bounded queue, each extraction within a time budget (the worker is killed
  past it); nothing it does holds a lock that writes need.
"""

from __future__ import annotations

import functools
import math
import multiprocessing
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.context import BaseContext
from typing import Any

import anyio.to_thread
from starlette.exceptions import HTTPException
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send


def _too_large(max_bytes: int) -> str:
    return f"request body too large: the limit is {max_bytes:,} bytes (send fewer or shorter articles per request)"


class BodySizeLimit:
    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            status, detail = (413, _too_large(self.max_bytes)) if declared.isdigit() else (400, "bad Content-Length")
            await JSONResponse({"detail": detail}, status_code=status)(scope, receive, send)
            return
        received = 0

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    # Raised inside the app, so its exception handlers turn it into a 413 response.
                    raise HTTPException(status_code=413, detail=_too_large(self.max_bytes))
            return message

        await self.app(scope, counting_receive, send)


# --- extraction for POST /api/extract: worker processes with a time budget --------------------


class ExtractionRefused(Exception):
    """An extraction the server will not run now: `status` (503), a message, maybe a Retry-After."""

    def __init__(self, detail: str, *, retry_after: int | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        self.retry_after = retry_after


def _identity(extractor: Any) -> Any:
    return extractor


def _serve_extractions(conn: Connection, factory: Callable[[], Any]) -> None:
    """A worker process's loop: build the extractor once, then code one record per message."""
    from tessera.records import ExtractionFailure

    try:
        extractor = factory()
    except Exception as error:  # noqa: BLE001 - reported to the parent, which answers 503
        conn.send(("error", f"the extractor did not load: {type(error).__name__}: {error}"))
        return
    conn.send(("ready", None))
    while True:
        try:
            record = conn.recv()
        except (EOFError, OSError):
            return
        if record is None:
            return
        try:
            result = next(iter(extractor.extract_many([record])))
            if isinstance(result, ExtractionFailure):
                conn.send(("failure", result.reason))
            else:
                conn.send(("document", result.model_dump_json()))
        except Exception as error:  # noqa: BLE001 - one bad text never ends the worker
            conn.send(("error", f"{type(error).__name__}: {error}"))


class _Worker:
    """One extraction process and the parent's end of its pipe."""

    def __init__(self, context: BaseContext, factory: Callable[[], Any]) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(  # type: ignore[attr-defined]
            target=_serve_extractions, args=(child, factory), name="tessera-extract", daemon=True
        )
        self.process.start()
        child.close()

    def wait_ready(self, timeout: float) -> None:
        if not self.conn.poll(timeout):
            raise ExtractionRefused(f"extraction is unavailable: the extractor did not load within {timeout:g} s")
        try:
            kind, message = self.conn.recv()
        except EOFError:
            raise ExtractionRefused("extraction is unavailable: the extraction worker exited while loading") from None
        if kind != "ready":
            raise ExtractionRefused(f"extraction is unavailable: {message}")

    def run(self, record: dict[str, Any], budget: float) -> tuple[str, str]:
        self.conn.send(record)
        if not self.conn.poll(budget):
            raise TimeoutError
        try:
            return self.conn.recv()  # type: ignore[no-any-return]
        except EOFError:
            raise ExtractionRefused("extraction failed: the extraction worker exited (out of memory?)") from None

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=5)
        self.conn.close()


class ExtractionWorkers:
    """Runs `POST /api/extract` in worker processes, off the event loop and apart from writes.

    - At most `workers` extractions run at once, each in its own process (the pipeline is
      not thread-safe, and only a process can be stopped mid-work); at most `queue` more
      wait for one. Past that a request is refused at once (503 with Retry-After).
    - Each extraction has `budget_s` seconds of wall-clock time, counted from when a loaded
      worker receives the text; past it the worker is killed (its CPU work stops), a fresh
      one replaces it on the next request, and the request gets a 503 saying so. A request
      that waits longer than `budget_s` for a free worker gets a 503 with Retry-After.
    - Workers start on first use and load the extractor from `factory` (a picklable
      callable: the default pipeline's constructor, or a given extractor); loading does
      not count against the budget but must finish within `start_timeout_s`.

    The writer (`POST /api/articles`) uses its own extractor in the server process and never
    waits for these workers; they share no lock with it.
    """

    def __init__(
        self,
        factory: Callable[[], Any],
        *,
        workers: int = 2,
        queue: int = 8,
        budget_s: float = 20.0,
        start_timeout_s: float = 180.0,
    ) -> None:
        if workers < 1 or queue < 0 or budget_s <= 0:
            raise ValueError("workers >= 1, queue >= 0 and budget_s > 0 are required")
        self.factory = factory
        self.workers = workers
        self.queue = queue
        self.budget_s = budget_s
        self.start_timeout_s = start_timeout_s
        self._context = multiprocessing.get_context("spawn")  # no fork of a threaded server
        # Free workers, and slots whose worker starts when first needed. A loaded worker is
        # taken before an empty slot starts another (each loads its own pipeline: seconds,
        # and a few hundred MB).
        self._free = threading.Condition()
        self._loaded: list[_Worker] = []
        self._empty_slots = workers
        self._lock = threading.Lock()
        self._in_flight = 0
        self._all: set[_Worker] = set()
        self._closed = False

    @property
    def in_flight(self) -> int:
        """Extractions running or waiting for a worker."""
        return self._in_flight

    @property
    def processes(self) -> int:
        """Worker processes started and not stopped."""
        return len(self._all)

    @property
    def retry_after(self) -> int:
        return max(1, math.ceil(self.budget_s))

    async def extract(self, record: dict[str, Any]) -> tuple[str, str]:
        """("document", its JSON) or ("failure", the reason); `ExtractionRefused` when refused."""
        with self._lock:
            if self._closed:
                raise ExtractionRefused("extraction is unavailable: the server is shutting down")
            if self._in_flight >= self.workers + self.queue:
                raise ExtractionRefused(
                    f"extraction is busy: {self.workers} extractions are running and {self.queue} waiting, the most "
                    f"this server takes; retry in {self.retry_after} s",
                    retry_after=self.retry_after,
                )
            self._in_flight += 1
        try:
            return await anyio.to_thread.run_sync(self._extract_blocking, record)
        finally:
            with self._lock:
                self._in_flight -= 1

    def _extract_blocking(self, record: dict[str, Any]) -> tuple[str, str]:
        worker = self._take()
        try:
            if worker is None:
                worker = _Worker(self._context, self.factory)
                with self._lock:
                    self._all.add(worker)
                worker.wait_ready(self.start_timeout_s)
            result = worker.run(record, self.budget_s)
        except TimeoutError:
            self._forget(worker)
            self._give(None)
            raise ExtractionRefused(
                f"extraction took longer than its {self.budget_s:g} s budget and was stopped: send a shorter text "
                "(or split it), or code it offline with `tessera extract`"
            ) from None
        except BaseException:
            if worker is not None:
                self._forget(worker)
            self._give(None)
            raise
        self._give(worker)
        return result

    def _take(self) -> _Worker | None:
        """A free loaded worker, or None for an empty slot to start one in; waits `budget_s` at most."""
        with self._free:
            if not self._free.wait_for(lambda: self._loaded or self._empty_slots, timeout=self.budget_s):
                raise ExtractionRefused(
                    f"extraction is busy: no worker became free within {self.budget_s:g} s; "
                    f"retry in {self.retry_after} s",
                    retry_after=self.retry_after,
                )
            while self._loaded:
                worker = self._loaded.pop()  # the most recently used
                if worker.process.is_alive():
                    return worker
                self._forget(worker)  # died while idle (killed from outside): its slot is empty again
                self._empty_slots += 1
            self._empty_slots -= 1
            return None

    def _give(self, worker: _Worker | None) -> None:
        with self._free:
            if worker is None:
                self._empty_slots += 1
            else:
                self._loaded.append(worker)
            self._free.notify()

    def _forget(self, worker: _Worker) -> None:
        worker.stop()
        with self._lock:
            self._all.discard(worker)

    def close(self) -> None:
        """Stop every worker (the app's shutdown)."""
        with self._lock:
            self._closed = True
            workers = list(self._all)
            self._all.clear()
        for worker in workers:
            worker.stop()


def given_extractor(extractor: Any) -> Callable[[], Any]:
    """A picklable factory handing a given extractor (e.g. a test's) to the worker processes."""
    return functools.partial(_identity, extractor)
