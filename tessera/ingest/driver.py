"""The ingest driver: read -> language policy -> extract -> cluster -> write, one article at a time.

Reads like `pipeline.py`: `ingest(store, items, extractor)` takes the readers' stream
(`Article | ExtractionFailure`), and for each batch

1. read: a reader's failure is recorded (`Store.record_failure`) and the run goes on;
2. known? an article whose text is stored is skipped (idempotent, resumable); one
   whose coding failed before is tried again; a different text at a stored URL is an
   update of that article (re-coded, the previous version kept by the store);
3. language policy (`tessera.language.coding_decision`, the one place it lives): an
   article in a language not coded is stored as not coded, and counted per language;
4. extract: the extractor (`tessera.records.Extractor`: the pipeline, or a pool from
   `tessera.scale`) returns `Document | ExtractionFailure` per article; a crash in a
   batch is retried article by article, so one article never loses the batch;
5. cluster: the article's mentions are clustered (`tessera.dedupe.place_clusters`),
   each cluster compared with the stored incidents the store's writer offers;
6. write: everything about one article commits in one transaction, in input order.

Pipelined with workers: an extractor that takes batches ahead (`BatchSubmitter`, the
process pool and Dask extractors of `tessera.scale`) gets the next batch (steps 1-3 done)
before the driver waits for the current one and writes it (steps 4-6), so the workers code
while this process writes and reads on; at most `batches_in_flight` (2) batches are out.
The look-ahead changes no write: an article whose text is in a batch not yet written
counts as known (as a repeat within a batch does), a second text at a URL of an unwritten
batch first has every earlier batch written, and an interrupted run leaves whole articles
only (the batches not written yet are dropped, and a re-run codes them). Serially
(`--workers 1`) reading, coding and writing alternate batch by batch.

`recode(store, extractor)` codes stored articles again (steps 4-6). Only this module
and `tessera.scale` load the pipeline; the store never does.
"""

from __future__ import annotations

import importlib.metadata
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from tessera.dedupe import document_mentions, place_clusters
from tessera.language import coding_decision
from tessera.records import Article, Document, ExtractionFailure, Extractor, content_hash
from tessera.store import IngestSummary, KnownArticle, Store
from tessera.store.repository import ArticleWriter

ProgressCallback = Callable[[IngestSummary], None]
BATCH_ARTICLES = 16
# Batches handed to an extractor that takes them ahead before the oldest is written: the
# one being written and the next, so the workers code while this process writes and reads.
BATCHES_IN_FLIGHT = 2


class DefaultExtractor:
    """The process-wide default pipeline (`tessera.pipeline.extract_many`), loaded on first use."""

    version: str | None = None

    def extract_many(self, articles: Iterable[Article]) -> Iterator[Document | ExtractionFailure]:
        from tessera.pipeline import extract_many

        return extract_many(articles)


def pipeline_version(extractor: object) -> str:
    """The extractor's own version if it states one, else the installed tessera's."""
    stated = getattr(extractor, "version", None)
    if stated:
        return str(stated)
    try:
        return importlib.metadata.version("tessera")
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


@dataclass(frozen=True)
class _ToCode:
    article: Article
    digest: str
    language: str
    known: KnownArticle | None
    coded: bool = True  # False: stored as not coded (a language the pipeline does not code)


class _Run:
    """One run's counts, clock and progress reports."""

    def __init__(
        self,
        store: Store,
        command: str,
        sources: Sequence[str],
        extractor: Extractor,
        progress: ProgressCallback | None,
    ) -> None:
        self.store = store
        self.extractor = extractor
        self.version = pipeline_version(extractor)
        self.progress = progress
        self.started = time.perf_counter()
        self.summary = IngestSummary(run_id=store.start_run(command, sources, self.version))

    def report(self) -> None:
        self.summary.seconds = time.perf_counter() - self.started
        if self.progress is not None:
            self.progress(self.summary)

    def finish(self, status: str = "finished") -> IngestSummary:
        self.summary.seconds = time.perf_counter() - self.started
        self.store.finish_run(self.summary, status=status)
        return self.summary


def ingest(
    store: Store,
    items: Iterable[Article | ExtractionFailure],
    extractor: Extractor | None = None,
    *,
    sources: Sequence[str] = (),
    progress: ProgressCallback | None = None,
    batch_size: int = BATCH_ARTICLES,
    batches_in_flight: int = BATCHES_IN_FLIGHT,
) -> IngestSummary:
    """Store new articles and their events; record failures; return the counts.

    With an extractor that takes batches ahead (`BatchSubmitter`: a process pool, Dask),
    up to `batches_in_flight` batches are handed over before the oldest is written, so the
    workers code the next batch while this process writes the last one and reads on.
    Writes keep the input order, one article a transaction, whatever the look-ahead.
    """
    run = _Run(store, "ingest", sources, extractor or DefaultExtractor(), progress)
    queue = _Queue(run, batches_in_flight)
    try:
        batch: list[Article] = []
        urls: set[str] = set()
        for item in items:
            if isinstance(item, ExtractionFailure):
                store.record_failure(item, run.summary.run_id)
                run.summary.failed += 1
                run.report()
                continue
            if item.url is not None and (item.url in urls or item.url in queue.urls):
                # A second text at a URL read before updates the first: store the first one before.
                queue.add(batch)
                queue.drain()
                batch, urls = [], set()
            batch.append(item)
            if item.url is not None:
                urls.add(item.url)
            if len(batch) >= batch_size:
                queue.add(batch)
                batch, urls = [], set()
        queue.add(batch)
        queue.drain()
    except BaseException:
        queue.cancel()
        run.finish("interrupted")
        raise
    return run.finish()


@runtime_checkable
class PendingBatch(Protocol):
    """A batch being coded elsewhere: `results()` waits for it (one per article, input order)."""

    def results(self) -> list[Document | ExtractionFailure]: ...

    def cancel(self) -> None: ...


@runtime_checkable
class BatchSubmitter(Protocol):
    """An extractor that codes batches in other processes and takes them ahead of time
    (`tessera.scale`'s process pool and Dask extractors): `submit` returns at once."""

    def submit(self, articles: Sequence[Article]) -> PendingBatch: ...


@dataclass
class _Batch:
    """A batch read and checked: what to write, in input order, and its extraction if handed over."""

    entries: list[_ToCode]  # every article to write; `coded` False: stored as not coded
    pending: PendingBatch | None = None  # the coded entries' extraction, when submitted ahead

    @property
    def to_code(self) -> list[Article]:
        return [entry.article for entry in self.entries if entry.coded]


class _Queue:
    """Batches read and handed to the extractor but not yet written, oldest first.

    A batch is written once `batches_in_flight` batches are out (at once without an
    extractor that takes batches ahead: then reading, coding and writing alternate as
    they always did). An article whose text is in a batch not yet written is counted as
    known, as a repeat within a batch is; `urls` tells the reader when to write them all
    first (a second text at a URL is an update of the stored first one).
    """

    def __init__(self, run: _Run, batches_in_flight: int) -> None:
        self.run = run
        extractor = run.extractor
        self.submitter = extractor if isinstance(extractor, BatchSubmitter) else None
        self.limit = max(1, batches_in_flight) if self.submitter is not None else 1
        self.waiting: deque[_Batch] = deque()
        self.digests: set[str] = set()
        self.urls: set[str] = set()

    def add(self, articles: list[Article]) -> None:
        if not articles:
            return
        batch = _prepare(self.run, articles, self.digests)
        if not batch.entries:
            return
        for entry in batch.entries:
            self.digests.add(entry.digest)
            if entry.article.url is not None:
                self.urls.add(entry.article.url)
        if self.submitter is not None and batch.to_code:
            tick = time.perf_counter()
            batch.pending = self.submitter.submit(batch.to_code)
            self.run.summary.extract_seconds += time.perf_counter() - tick
        self.waiting.append(batch)
        while len(self.waiting) >= self.limit:
            self._write_oldest()

    def drain(self) -> None:
        while self.waiting:
            self._write_oldest()

    def cancel(self) -> None:
        """Drop what is not written (the run stopped): nothing half-written, a re-run codes it."""
        for batch in self.waiting:
            if batch.pending is not None:
                batch.pending.cancel()
        self.waiting.clear()

    def _write_oldest(self) -> None:
        batch = self.waiting[0]
        run = self.run
        to_code = batch.to_code
        tick = time.perf_counter()
        if batch.pending is not None:
            results = _pending_results(batch.pending, to_code, run.extractor)
        else:
            results = extract_all(to_code, run.extractor) if to_code else []
        run.summary.extract_seconds += time.perf_counter() - tick
        _write_batch(run, batch.entries, iter(results))
        self.waiting.popleft()
        self.digests.difference_update(entry.digest for entry in batch.entries)
        self.urls = {url for waiting in self.waiting for entry in waiting.entries if (url := entry.article.url)}


def _prepare(run: _Run, batch: list[Article], unwritten: set[str]) -> _Batch:
    """Skip known articles (stored, or read before and not written yet); decide each one's language."""
    store, summary = run.store, run.summary
    entries: list[_ToCode] = []
    seen: set[str] = set()
    for article in batch:
        digest = content_hash(article.text)
        if digest in seen or digest in unwritten:
            summary.known += 1
            run.report()
            continue
        known = store.find_article(digest, article.url)
        if known is not None and known.same_text and known.status != "failed":
            summary.known += 1
            run.report()
            continue
        seen.add(digest)
        decision = coding_decision(article.text, article.language)
        if decision.coded:
            article = article.model_copy(update={"language": decision.language})
        entries.append(_ToCode(article, digest, decision.language, known, decision.coded))
    return _Batch(entries)


def _write_batch(run: _Run, entries: list[_ToCode], results: Iterator[Document | ExtractionFailure]) -> None:
    """Write a batch's articles in input order, each in its own transaction."""
    store, summary = run.store, run.summary
    for item in entries:
        result = next(results) if item.coded else None
        tick = time.perf_counter()
        with store.article_writer(summary.run_id) as writer:
            known = item.known
            if known is None:  # looked up before this writer's turn: another process may have stored it since
                known = writer.known_now(item.digest, item.article.url)
                if known is not None and known.same_text and known.status != "failed":
                    summary.known += 1
                    summary.store_seconds += time.perf_counter() - tick
                    run.report()
                    continue
            status = "not_coded" if result is None else "coded" if isinstance(result, Document) else "failed"
            writer.put(item.article, item.digest, item.language, status, known)
            if isinstance(result, ExtractionFailure):
                writer.failed(_extract_failure(result), item.article.url or item.article.id)
                summary.failed += 1
            else:
                if isinstance(result, Document):
                    summary.events_added += _write_coding(writer, item.article, result, run)
                else:
                    summary.not_coded += 1
                    languages = summary.not_coded_languages
                    languages[item.language] = languages.get(item.language, 0) + 1
                summary.new += 1
                summary.updated += known is not None and not known.same_text
        summary.store_seconds += time.perf_counter() - tick
        run.report()


def _write_coding(writer: ArticleWriter, article: Article, document: Document, run: _Run) -> int:
    """Mark the article coded and place its incidents' clusters; returns how many mentions.

    One mention per incident the assemble stage built (background left out: it stays in
    the article's stored document, not on the map); a document coded before that stage
    existed gives one mention per event.
    """
    writer.coded(document, run.version)
    mentions = document_mentions(writer.article_id, document, article.text, article.published)
    for cluster, found in place_clusters(mentions, writer, run.store.rules):
        writer.place(cluster, found)
    return len(mentions)


def extract_all(articles: list[Article], extractor: Extractor) -> list[Document | ExtractionFailure]:
    """One `Document` or `ExtractionFailure` per article, in order, whatever the extractor does."""
    try:
        results = [_checked(result) for result in extractor.extract_many(articles)]
        if len(results) == len(articles):
            return results
    except Exception:  # noqa: BLE001 - a crash in a batch: retry one by one to find the culprit
        pass
    return _one_by_one(articles, extractor)


def _pending_results(
    pending: PendingBatch, articles: list[Article], extractor: Extractor
) -> list[Document | ExtractionFailure]:
    """A submitted batch's results, as `extract_all` gives them: a crash is retried one by one."""
    try:
        results = [_checked(result) for result in pending.results()]
        if len(results) == len(articles):
            return results
    except Exception:  # noqa: BLE001 - a crash in a batch: retry one by one to find the culprit
        pending.cancel()
    return _one_by_one(articles, extractor)


def _one_by_one(articles: list[Article], extractor: Extractor) -> list[Document | ExtractionFailure]:
    single: list[Document | ExtractionFailure] = []
    for article in articles:
        try:
            found = [_checked(result) for result in extractor.extract_many([article])]
            single.append(found[0] if len(found) == 1 else _failed(article, "extraction returned no result"))
        except Exception as exc:  # noqa: BLE001 - recorded as the article's failure
            single.append(_failed(article, f"extraction crashed: {type(exc).__name__}: {exc}"))
    return single


def _checked(result: Document | ExtractionFailure) -> Document | ExtractionFailure:
    if isinstance(result, Document | ExtractionFailure):
        return result
    raise TypeError(f"the extractor returned {type(result).__name__}, not a Document or an ExtractionFailure")


def _failed(article: Article, reason: str) -> ExtractionFailure:
    return ExtractionFailure(id=article.id, reason=reason)


def _extract_failure(result: ExtractionFailure) -> ExtractionFailure:
    """The failure as recorded: its reason says it was extraction that failed."""
    if result.reason.startswith("extraction"):
        return result
    return result.model_copy(update={"reason": f"extraction failed: {result.reason}"})


def recode(
    store: Store,
    extractor: Extractor | None = None,
    *,
    article_ids: Sequence[str] | None = None,
    outdated_only: bool = False,
    progress: ProgressCallback | None = None,
    batch_size: int = BATCH_ARTICLES,
) -> IngestSummary:
    """Code stored articles again, replacing each article's events in one transaction."""
    run = _Run(store, "recode", list(article_ids or []), extractor or DefaultExtractor(), progress)
    summary = run.summary
    try:
        ids = store.codable_article_ids(article_ids, outdated_version=run.version if outdated_only else None)
        for start in range(0, len(ids), batch_size):
            stored = [(i, store.stored_article(i)) for i in ids[start : start + batch_size]]
            pairs = [(i, a) for i, a in stored if a is not None]
            tick = time.perf_counter()
            results = extract_all([a for _, a in pairs], run.extractor)
            summary.extract_seconds += time.perf_counter() - tick
            for (article_id, article), result in zip(pairs, results, strict=True):
                tick = time.perf_counter()
                with store.article_writer(summary.run_id) as writer:
                    if not writer.open(article_id):
                        continue
                    if isinstance(result, Document):
                        writer.clear_events()
                        summary.events_added += _write_coding(writer, article, result, run)
                        summary.new += 1
                    else:
                        writer.failed(_extract_failure(result), article.url or article.id)
                        summary.failed += 1
                summary.store_seconds += time.perf_counter() - tick
                run.report()
    except BaseException:
        run.finish("interrupted")
        raise
    return run.finish()
