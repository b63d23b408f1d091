"""Shared by the scale and ingest tests: the first demo articles and their serial documents, and a
thread-backed extractor coding stand-in documents (the scheduler and the driver without spaCy)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Collection, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor
from concurrent.futures import wait as futures_wait
from pathlib import Path

from tessera.pipeline import as_article
from tessera.records import Article, Document, ExtractionFailure
from tessera.scale.core import ChunkedExtractor

DEMO = Path(__file__).resolve().parents[2] / "tessera" / "data" / "demo" / "articles.jsonl"


def demo_articles(n: int) -> list[Article]:
    lines = DEMO.read_text(encoding="utf-8").splitlines()[:n]
    return [as_article(json.loads(line)) for line in lines]


def stored_documents(store) -> tuple[list[str], dict[str, dict]]:  # type: ignore[no-untyped-def]
    """A store's articles in the order they were written (source ids) and their stored documents."""
    from sqlalchemy import text

    with store.engine.connect() as connection:
        rows = connection.execute(text("SELECT source_id, document FROM articles ORDER BY rowid")).all()
    documents = {source: Document.model_validate_json(document).model_dump(mode="json") for source, document in rows}
    return [source_id for source_id, _ in rows], documents


def by_id(results: list) -> dict[str, dict]:
    """Documents keyed by id; fails on a failure or a duplicate."""
    counts = Counter(r.id for r in results)
    assert all(c == 1 for c in counts.values()), f"articles coded more than once: {counts.most_common(3)}"
    assert all(isinstance(r, Document) for r in results), [r for r in results if not isinstance(r, Document)]
    return {r.id: r.model_dump(mode="json") for r in results}


def worker_state() -> dict[str, object]:
    """Run in a worker: where it came from and what it holds (for the start-up tests)."""
    import os
    import sys
    import threading

    from threadpoolctl import threadpool_info

    from tessera.scale import core

    preload = sys.modules.get("tessera.scale.preload")
    return {
        "pid": os.getpid(),
        "parent": os.getppid(),
        "forked_loaded": bool(preload is not None and preload.LOADED),
        "pipeline_loaded": core._pipeline.cache_info().currsize == 1,
        "python_threads": threading.active_count(),
        "blas_threads": sorted({i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"}),
    }


# --- a stand-in for the pipeline, coded in threads: the scheduler and the driver without spaCy ---


def stand_in_document(article: Article, delay: float = 0.0) -> Document:
    """One ASSAULT event on the article's first word; an article whose id has "poison" crashes."""
    import time

    from tessera.records import Event, SentenceSpan, Span

    if "poison" in article.id:
        raise ValueError(f"cannot code {article.id}")
    time.sleep(delay)
    trigger = Span(text=article.text[:8], start=0, end=8)
    event = Event(
        id="e",
        type="ASSAULT",
        mode="asserted",
        trigger=trigger,
        sentence=SentenceSpan(start=0, end=len(article.text)),
        confidence=0.5,
    )
    return Document(id=article.id, language="en", events=[event])


class ThreadBackend:
    """`tessera.scale.core.Backend` over a thread pool of this process, coding with `stand_in_document`."""

    def __init__(self, workers: int, delay: Callable[[Article], float]) -> None:
        self.executor = ThreadPoolExecutor(workers)
        self.delay = delay

    def _code(self, items: list[Article]) -> list[Document | ExtractionFailure]:
        return [stand_in_document(item, self.delay(item)) for item in items]

    def submit(self, items: list) -> Future:  # type: ignore[type-arg]
        return self.executor.submit(self._code, items)

    def wait(self, handles: Collection[Future]) -> Iterable[Future]:  # type: ignore[type-arg]
        return futures_wait(handles, return_when=FIRST_COMPLETED).done

    def outcome(self, handle: Future) -> list:  # type: ignore[type-arg]
        return handle.result()

    def failed(self, handle: Future, error: BaseException) -> None:  # type: ignore[type-arg]
        pass

    def cancel(self, handles: Collection[Future]) -> None:  # type: ignore[type-arg]
        for handle in handles:
            handle.cancel()

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


class ThreadedExtractor(ChunkedExtractor[Future]):  # type: ignore[type-arg]
    """A `ChunkedExtractor` (submit, look-ahead, retries) whose workers are threads coding stand-ins."""

    version = "stand-in"

    def __init__(self, workers: int = 2, delay: Callable[[Article], float] = lambda _: 0.0, **options: int) -> None:
        super().__init__(workers, **options)
        self.delay = delay

    def _start(self) -> ThreadBackend:
        return ThreadBackend(self.workers, self.delay)
