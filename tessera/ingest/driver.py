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
6. write: everything about one article commits in one transaction.

`recode(store, extractor)` codes stored articles again (steps 4-6). Only this module
and `tessera.scale` load the pipeline; the store never does.
"""

from __future__ import annotations

import importlib.metadata
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from tessera.dedupe import document_mentions, place_clusters
from tessera.language import coding_decision
from tessera.records import Article, Document, ExtractionFailure, Extractor, content_hash
from tessera.store import IngestSummary, KnownArticle, Store
from tessera.store.repository import ArticleWriter

ProgressCallback = Callable[[IngestSummary], None]
BATCH_ARTICLES = 16


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
) -> IngestSummary:
    """Store new articles and their events; record failures; return the counts."""
    run = _Run(store, "ingest", sources, extractor or DefaultExtractor(), progress)
    try:
        batch: list[Article] = []
        urls: set[str] = set()
        for item in items:
            if isinstance(item, ExtractionFailure):
                store.record_failure(item, run.summary.run_id)
                run.summary.failed += 1
                run.report()
                continue
            if item.url is not None and item.url in urls:
                # A second text at a URL of this batch updates the first: store the first one before.
                _ingest_batch(run, batch)
                batch, urls = [], set()
            batch.append(item)
            if item.url is not None:
                urls.add(item.url)
            if len(batch) >= batch_size:
                _ingest_batch(run, batch)
                batch, urls = [], set()
        if batch:
            _ingest_batch(run, batch)
    except BaseException:
        run.finish("interrupted")
        raise
    return run.finish()


def _ingest_batch(run: _Run, batch: list[Article]) -> None:
    store, summary = run.store, run.summary
    to_code: list[_ToCode] = []
    seen: set[str] = set()
    for article in batch:
        digest = content_hash(article.text)
        known = store.find_article(digest, article.url)
        if (known is not None and known.same_text and known.status != "failed") or digest in seen:
            summary.known += 1
            run.report()
            continue
        seen.add(digest)
        decision = coding_decision(article.text, article.language)
        if not decision.coded:
            tick = time.perf_counter()
            with store.article_writer(summary.run_id) as writer:
                writer.put(article, digest, decision.language, "not_coded", known)
            summary.store_seconds += time.perf_counter() - tick
            summary.new += 1
            summary.updated += known is not None and not known.same_text
            summary.not_coded += 1
            languages = summary.not_coded_languages
            languages[decision.language] = languages.get(decision.language, 0) + 1
            run.report()
            continue
        coded = article.model_copy(update={"language": decision.language})
        to_code.append(_ToCode(coded, digest, decision.language, known))
    if not to_code:
        return
    tick = time.perf_counter()
    results = extract_all([item.article for item in to_code], run.extractor)
    summary.extract_seconds += time.perf_counter() - tick
    for item, result in zip(to_code, results, strict=True):
        tick = time.perf_counter()
        with store.article_writer(summary.run_id) as writer:
            status = "coded" if isinstance(result, Document) else "failed"
            writer.put(item.article, item.digest, item.language, status, item.known)
            if isinstance(result, Document):
                summary.events_added += _write_coding(writer, item.article, result, run)
                summary.new += 1
                summary.updated += item.known is not None and not item.known.same_text
            else:
                writer.failed(_extract_failure(result), item.article.url or item.article.id)
                summary.failed += 1
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
