"""The event store: articles and their events in, typed query results out.

Last stage before the readers (`dedupe.py -> store/ -> cli/, api.py, export.py`).
`Store.ingest` is the serial single-writer loop: it checks each article against the
store (content hash, URL), detects its language, hands English articles to the
extraction pipeline in batches, and writes each article with its event mentions in
its own transaction, clustering every mention into a canonical event as it goes
(`tessera.dedupe`). Only the extraction call is meant to be swapped for a process
pool later; writes stay here, one at a time, so a kill at any moment leaves whole
articles or nothing, and re-running the same command finishes the job.

The stored incidents an article's incidents are compared with come from an in-memory
index of the events table (`candidates.py`), and an article's rows go out in a few bulk
statements at the end of its transaction, so the cost per article does not grow with
the store (docs/STORE.md, "Throughput").
"""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib.metadata
import json
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy import Engine, and_, bindparam, delete, func, insert, or_, select, text, update
from sqlalchemy.orm import Session, sessionmaker

from tessera.dedupe import Cluster, Incident, Mention, best_match, cluster_mentions, default_rules, summarise
from tessera.ingest.language import UNDETERMINED, detect_language
from tessera.ingest.readers import SourceFailure
from tessera.records import Actor, Article, Document, Event, Place, content_hash, make_id
from tessera.store.candidates import CandidateIndex, IndexedEvent
from tessera.store.models import (
    ActorRow,
    ArticleRow,
    EventRow,
    EventSourceRow,
    FailureRow,
    IngestRun,
    PlaceRow,
)
from tessera.store.records import (
    EventDetail,
    EventFilter,
    EventSource,
    FailureRecord,
    IngestSummary,
    StoredArticle,
    StoredEvent,
    StoreStats,
)

CODED_LANGUAGES = frozenset({"en", UNDETERMINED})  # undetermined: short texts are tried as English
# Candidate incidents examined per mention, the most recently updated first (ties by id,
# so the choice is deterministic for a given order of ingestion): a new report most
# often continues a recent story, and a bounded list keeps comparisons cheap as the
# store grows.
MAX_CANDIDATES = 100
INCIDENT_CACHE_SIZE = 50_000
# Mentions kept in memory (about 6 KB each, parsed) for the events of two or more
# sources most recently written: a merge into a big incident then summarises it again
# without reading and parsing all its sources. A single source is cheap to read.
MENTION_CACHE_SIZE = 10_000
MENTION_CACHE_MIN_SOURCES = 2


class Extractor(Protocol):
    """What the store needs from the pipeline: one result per article, in order."""

    def extract_many(self, articles: Iterable[Article]) -> Iterator[Any]: ...


class DefaultExtractor:
    """The process-wide default pipeline (`tessera.extract_many`), loaded on first use."""

    def extract_many(self, articles: Iterable[Article]) -> Iterator[Any]:
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


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


ProgressCallback = Callable[[IngestSummary], None]

# Statements of the per-article path, built once: building and compiling a statement
# costs several times what SQLite takes to answer it. Run on the session's connection
# (same transaction), as the rows they touch are never pending in the ORM session.
_EVENTS = EventRow.__table__
_SOURCES = EventSourceRow.__table__
_KNOWN_STATUS = (
    select(ArticleRow.status)
    .where(or_(ArticleRow.content_hash == bindparam("digest"), ArticleRow.url == bindparam("url")))
    .limit(1)
)
_INCIDENTS = select(_EVENTS.c.id, _EVENTS.c.incident, _EVENTS.c.updated_at).where(
    _EVENTS.c.id.in_(bindparam("ids", expanding=True))
)
_MENTIONS = select(
    _SOURCES.c.id, _SOURCES.c.article_id, _SOURCES.c.published, _SOURCES.c.record, _SOURCES.c.evidence
).where(_SOURCES.c.event_id == bindparam("event_id"))
_INSERT_EVENTS = insert(_EVENTS)
# Every row sets every column, so one statement serves them all (executemany).
_UPDATE_EVENTS = update(_EVENTS).where(_EVENTS.c.id == bindparam("event_id"))
_INSERT_SOURCES = insert(_SOURCES)
_STORED_REFERENCES = {
    model: select(model.__table__.c.id).where(model.__table__.c.id.in_(bindparam("ids", expanding=True)))
    for model in (PlaceRow, ActorRow)
}


@dataclass
class _Writes:
    """What one article's transaction writes besides the article row, sent at its end in bulk."""

    places: dict[str, dict[str, Any]] = field(default_factory=dict)
    actors: dict[str, dict[str, Any]] = field(default_factory=dict)
    new_events: dict[str, dict[str, Any]] = field(default_factory=dict)
    changed_events: dict[str, dict[str, Any]] = field(default_factory=dict)
    sources: list[dict[str, Any]] = field(default_factory=list)
    touched: set[str] = field(default_factory=set)  # events written to, in the index already
    # All mentions of each event written to, those not yet sent included: the database
    # lacks them until the end, and the cache may not keep them.
    mentions: dict[str, list[Mention]] = field(default_factory=dict)


class Store:
    """A Tessera database (SQLite or PostgreSQL) behind typed methods."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.dialect = engine.dialect.name
        self._session = sessionmaker(engine, expire_on_commit=False)
        self._rules = default_rules()
        # Parsed incidents by event id, with the row's updated_at they were read at.
        self._incidents: dict[str, tuple[dt.datetime, Incident]] = {}
        # Every event's candidate-choosing columns (loaded on the first write), valid
        # while no other store's run follows `_index_run`; and the latest updated_at.
        self._index: CandidateIndex | None = None
        self._index_run: int | None = None
        self._last_update: dt.datetime | None = None
        # Mentions by event id, least recently used first; counted in `_cached_mentions`.
        self._mentions_cache: OrderedDict[str, list[Mention]] = OrderedDict()
        self._cached_mentions = 0
        # Actor and place ids known to exist (committed), and those added by the open
        # write transaction, which join the known ones only once it commits.
        self._known_rows: set[str] = set()
        self._pending_rows: set[str] = set()

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def _write(self) -> Iterator[Session]:
        """One write transaction: committed whole, or rolled back whole."""
        self._pending_rows.clear()
        try:
            with self._session() as session, session.begin():
                yield session
        except BaseException:
            self._pending_rows.clear()
            # The index and caches already hold what was rolled back: read them again.
            self._forget_events()
            raise
        self._known_rows |= self._pending_rows
        self._pending_rows.clear()
        self._trim_caches()

    def _forget_events(self) -> None:
        self._index = None
        self._last_update = None
        self._incidents.clear()
        self._mentions_cache.clear()
        self._cached_mentions = 0

    def _trim_caches(self) -> None:
        """Bounded caches, trimmed between transactions: inside one they hold rows not yet sent."""
        if len(self._incidents) > INCIDENT_CACHE_SIZE:
            self._incidents.clear()
        while self._cached_mentions > MENTION_CACHE_SIZE and self._mentions_cache:
            _, dropped = self._mentions_cache.popitem(last=False)
            self._cached_mentions -= len(dropped)

    def _candidate_index(self, session: Session) -> CandidateIndex:
        if self._index is None:
            index = CandidateIndex(self._rules)
            columns = [_EVENTS.c[name] for name in IndexedEvent._fields]
            index.load(IndexedEvent._make(row) for row in session.connection().execute(select(*columns)))
            self._index = index
            self._last_update = index.latest_update
        return self._index

    def _tick(self) -> dt.datetime:
        """A new updated_at, later than every stored one: the recency order is the write order."""
        now = _now()
        if self._last_update is not None and now <= self._last_update:
            now = self._last_update + dt.timedelta(microseconds=1)
        self._last_update = now
        return now

    # --- ingest -----------------------------------------------------------------

    def ingest(
        self,
        items: Iterable[Article | SourceFailure],
        extractor: Extractor | None = None,
        *,
        sources: Sequence[str] = (),
        progress: ProgressCallback | None = None,
        batch_size: int = 16,
    ) -> IngestSummary:
        """Store new articles and their events; record failures; return the counts."""
        extractor = extractor or DefaultExtractor()
        started = time.perf_counter()
        summary = IngestSummary(run_id=self._start_run("ingest", sources, pipeline_version(extractor)))
        batch: list[Article] = []
        for item in items:
            if isinstance(item, SourceFailure):
                self._record_failure(item.source, item.stage, item.reason, summary.run_id)
                summary.failed += 1
                self._report(summary, started, progress)
                continue
            batch.append(item)
            if len(batch) >= batch_size:
                self._ingest_batch(batch, extractor, summary, started, progress)
                batch = []
        if batch:
            self._ingest_batch(batch, extractor, summary, started, progress)
        summary.seconds = time.perf_counter() - started
        self._finish_run(summary)
        return summary

    def _report(self, summary: IngestSummary, started: float, progress: ProgressCallback | None) -> None:
        summary.seconds = time.perf_counter() - started
        if progress is not None:
            progress(summary)

    def _ingest_batch(
        self,
        batch: list[Article],
        extractor: Extractor,
        summary: IngestSummary,
        started: float,
        progress: ProgressCallback | None,
    ) -> None:
        to_code: list[tuple[Article, str, bool]] = []  # article, content hash, failed before
        seen: set[str] = set()
        for article in batch:
            digest = content_hash(article.text)
            with self._session() as session:
                status = self._known_status(session, digest, article.url)
            if (status is not None and status != "failed") or digest in seen:
                summary.known += 1
                self._report(summary, started, progress)
                continue
            seen.add(digest)
            language = article.language or detect_language(article.text)
            if language.split("-")[0].lower() not in CODED_LANGUAGES:
                tick = time.perf_counter()
                with self._write() as session:
                    self._put_article(session, article, digest, language, "not_coded", summary.run_id)
                summary.store_seconds += time.perf_counter() - tick
                summary.new += 1
                summary.not_coded += 1
                self._report(summary, started, progress)
                continue
            to_code.append((article.model_copy(update={"language": language}), digest, status == "failed"))
        if not to_code:
            return
        tick = time.perf_counter()
        results = self._extract([a for a, _, _ in to_code], extractor)
        summary.extract_seconds += time.perf_counter() - tick
        version = pipeline_version(extractor)
        for (article, digest, retried), result in zip(to_code, results, strict=True):
            tick = time.perf_counter()
            with self._write() as session:
                document = result if isinstance(result, Document) else None
                row = self._put_article(
                    session,
                    article,
                    digest,
                    article.language or "en",
                    "coded",
                    summary.run_id,
                    exists=retried,
                    coding=(document, version) if document is not None else None,
                )
                if document is not None:
                    summary.events_added += self._cluster_events(session, row, document)
                    if retried:
                        self._clear_failures(session, row)
                    summary.new += 1
                else:
                    row.status = "failed"
                    self._record_failure(article.url or article.id, "extract", result, summary.run_id, session, row.id)
                    summary.failed += 1
            summary.store_seconds += time.perf_counter() - tick
            self._report(summary, started, progress)

    def _extract(self, articles: list[Article], extractor: Extractor) -> list[Document | str]:
        """One Document or one failure reason per article, whatever the pipeline does."""
        try:
            results = [self._as_result(r) for r in extractor.extract_many(articles)]
            if len(results) == len(articles):
                return results
        except Exception:  # a crash in a batch: retry one by one to find the culprit  # noqa: BLE001
            pass
        single: list[Document | str] = []
        for article in articles:
            try:
                found = [self._as_result(r) for r in extractor.extract_many([article])]
                single.append(found[0] if len(found) == 1 else "extraction returned no result")
            except Exception as exc:  # noqa: BLE001 - recorded as the article's failure
                single.append(f"extraction crashed: {type(exc).__name__}: {exc}")
        return single

    @staticmethod
    def _as_result(result: object) -> Document | str:
        if isinstance(result, Document):
            return result
        reason = getattr(result, "reason", None) or getattr(result, "error", None) or repr(result)
        return f"extraction failed: {reason}"

    def _known_status(self, session: Session, digest: str, url: str | None) -> str | None:
        # No URL: NULL matches no row.
        return session.connection().scalar(_KNOWN_STATUS, {"digest": digest, "url": url or None})

    def _put_article(
        self,
        session: Session,
        article: Article,
        digest: str,
        language: str,
        status: str,
        run_id: int,
        *,
        exists: bool = False,
        coding: tuple[Document, str] | None = None,
    ) -> ArticleRow:
        """The article's row, inserted (or found, `exists`); with `coding`, marked coded in the same write."""
        row = None
        if exists:  # a stored article whose coding failed before: update it
            row = session.scalar(select(ArticleRow).where(ArticleRow.content_hash == digest))
            if row is None and article.url:
                row = session.scalar(select(ArticleRow).where(ArticleRow.url == article.url))
        if row is None:
            row = ArticleRow(
                id=make_id(digest, prefix="a"),
                source_id=article.id,
                content_hash=digest,
                url=article.url,
                title=article.title,
                published=article.published,
                language=language,
                status=status,
                text=article.text,
                run_id=run_id,
                ingested_at=_now(),
            )
            if coding is not None:
                self._mark_coded(row, *coding)
            session.add(row)
            session.flush()
            if self.dialect == "sqlite":
                session.execute(
                    text("INSERT INTO articles_fts(article_id, title, text) VALUES (:id, :title, :text)"),
                    {"id": row.id, "title": row.title or "", "text": row.text},
                )
        else:
            row.status = status
            row.language = language
            if coding is not None:
                self._mark_coded(row, *coding)
        return row

    # --- coding and clustering ------------------------------------------------------

    def _code(self, session: Session, row: ArticleRow, document: Document, version: str) -> int:
        """Attach a document's events to `row`, clustering its mentions; returns how many."""
        self._mark_coded(row, document, version)
        return self._cluster_events(session, row, document)

    @staticmethod
    def _mark_coded(row: ArticleRow, document: Document, version: str) -> None:
        row.document = document.model_dump_json()
        row.pipeline_version = version
        row.coded_at = _now()
        row.status = "coded"

    def _cluster_events(self, session: Session, row: ArticleRow, document: Document) -> int:
        """Store a document's event mentions, each clustered into an incident; returns how many."""
        mentions = [Mention.of(row.id, i, event, row.text, row.published) for i, event in enumerate(document.events)]
        # The article's own mentions are clustered first, in memory; each of its
        # incidents then joins a stored one, or founds one. Same rules both times.
        writes = _Writes()
        for cluster in cluster_mentions(mentions, self._rules):
            self._store_cluster(session, writes, cluster)
        self._send(session, writes)
        return len(mentions)

    def _store_cluster(self, session: Session, writes: _Writes, cluster: Cluster) -> str:
        found = best_match(cluster.incident, self._candidates(session, writes, cluster.incident), self._rules)
        joining = [mention for mention, _ in cluster.members]
        if found is None:
            event_id = cluster.incident.id
            self._stage_event(session, writes, cluster.incident, joining, new=True)
        else:
            event_id = found[0].id
            mentions = self._event_mentions(session, writes, event_id) + joining
            self._stage_event(session, writes, summarise(event_id, mentions, self._rules), mentions)
        for position, (mention, reasons) in enumerate(cluster.members):
            if position == 0 and found is not None:
                reasons = found[1].reasons
            writes.sources.append(
                {
                    "id": mention.id,
                    "event_id": event_id,
                    "article_id": mention.article_id,
                    "type": mention.event.type,
                    "mode": mention.event.mode,
                    "evidence": mention.evidence,
                    "published": mention.published,
                    "match_reasons": json.dumps(reasons),
                    "record": mention.event.model_dump_json(),
                }
            )
        return event_id

    def _candidates(self, session: Session, writes: _Writes, single: Incident) -> list[Incident]:
        """Incidents `single` could join: the index narrows, the rules then compare.

        The index applies the conditions that cannot hold a merge back (type, mode,
        dates within reach, same country, for a precise place a box around it) and
        keeps the most recently updated `MAX_CANDIDATES`. A mention whose own fields
        cannot reach the merge threshold against another article (no place, no actor,
        no exact day) can only join an incident of its own article.
        """
        index = self._candidate_index(session)
        ids = index.candidates(single, writes.touched, MAX_CANDIDATES)
        incidents: dict[str, Incident] = {}
        missing: list[str] = []
        for event_id in ids:
            cached = self._incidents.get(event_id)
            entry = index.get(event_id)
            if cached is not None and entry is not None and cached[0] == entry.updated_at:
                incidents[event_id] = cached[1]
            else:
                missing.append(event_id)
        if missing:
            # Only rows read from the database can be missing: staged ones are cached.
            rows = session.connection().execute(_INCIDENTS, {"ids": missing})
            for event_id, raw, updated in rows:
                incident = Incident.model_validate_json(raw or "{}")
                self._incidents[event_id] = (updated, incident)
                incidents[event_id] = incident
        return [incidents[event_id] for event_id in ids if event_id in incidents]

    def _event_mentions(self, session: Session, writes: _Writes, event_id: str) -> list[Mention]:
        """The mentions of an event (a new list): this transaction's, the cache's or the database's."""
        written = writes.mentions.get(event_id)
        if written is not None:
            return list(written)
        cached = self._mentions_cache.get(event_id)
        if cached is not None:
            self._mentions_cache.move_to_end(event_id)
            return list(cached)
        rows = session.connection().execute(_MENTIONS, {"event_id": event_id})
        return [
            Mention(
                id=mention_id,
                article_id=article_id,
                published=published,
                event=Event.model_validate_json(record),
                evidence=evidence,
            )
            for mention_id, article_id, published, record, evidence in rows
        ]

    def _remember_mentions(self, writes: _Writes) -> None:
        for event_id, mentions in writes.mentions.items():
            self._drop_mentions(event_id)
            if len(mentions) >= MENTION_CACHE_MIN_SOURCES:
                self._mentions_cache[event_id] = mentions
                self._cached_mentions += len(mentions)

    def _drop_mentions(self, event_id: str) -> None:
        dropped = self._mentions_cache.pop(event_id, None)
        if dropped is not None:
            self._cached_mentions -= len(dropped)

    def _stage_event(
        self, session: Session, writes: _Writes, incident: Incident, mentions: list[Mention], *, new: bool = False
    ) -> None:
        """Queue the event row of `incident` (with all its `mentions`) and file it in the index now."""
        place, actor, recipient = incident.location, incident.actor, incident.recipient
        index = self._candidate_index(session)  # loaded before the clock reads the latest update
        updated_at = self._tick()
        values = dict(
            id=incident.id,
            type=incident.type,
            mode=incident.mode,
            date_start=incident.date_start,
            date_end=incident.date_end,
            date_value=incident.date.value if incident.date else None,
            date_precision=incident.date.precision if incident.date else None,
            place_id=self._put_place(writes, place),
            location=place.name if place else None,
            country=place.country if place else None,
            admin1=place.admin1 if place else None,
            lat=place.lat if place else None,
            lon=place.lon if place else None,
            geo_precision=place.feature if place else None,
            actor_id=self._put_actor(writes, actor),
            recipient_id=self._put_actor(writes, recipient),
            actor_name=_actor_name(actor),
            recipient_name=_actor_name(recipient),
            fatalities=incident.fatalities,
            fatalities_min=incident.fatalities_min,
            fatalities_max=incident.fatalities_max,
            injuries=incident.injuries,
            confidence=incident.confidence,
            source_count=len(incident.article_ids),
            incident=incident.model_dump_json(),
            updated_at=updated_at,
        )
        if new or incident.id in writes.new_events:
            writes.new_events[incident.id] = values
        else:
            writes.changed_events[incident.id] = values
        writes.touched.add(incident.id)
        index.put(IndexedEvent.of(incident, updated_at))
        self._incidents[incident.id] = (updated_at, incident)
        writes.mentions[incident.id] = mentions

    def _put_actor(self, writes: _Writes, actor: Actor | None) -> str | None:
        if actor is None:
            return None
        name = _actor_name(actor) or actor.text
        key = make_id(name.casefold(), actor.country, actor.type, prefix="actor-")
        if key not in self._known_rows and key not in writes.actors:
            writes.actors[key] = {"id": key, "name": name, "country": actor.country, "sector": actor.type}
        return key

    def _put_place(self, writes: _Writes, place: Place | None) -> str | None:
        if place is None:
            return None
        key = make_id(place.geonames_id or place.name.casefold(), place.lat, place.lon, place.feature, prefix="place-")
        if key not in self._known_rows and key not in writes.places:
            writes.places[key] = {
                "id": key,
                "name": place.name,
                "geonames_id": place.geonames_id,
                "lat": place.lat,
                "lon": place.lon,
                "country": place.country,
                "admin1": place.admin1,
                "feature": place.feature,
            }
        return key

    def _send(self, session: Session, writes: _Writes) -> None:
        """Write the queued rows, a few statements per table, parents before children."""
        connection = session.connection()
        for model, rows in ((PlaceRow, writes.places), (ActorRow, writes.actors)):
            if not rows:
                continue
            # Rows another run wrote are in the database but not yet in `_known_rows`.
            stored = set(connection.scalars(_STORED_REFERENCES[model], {"ids": list(rows)}))
            fresh = [values for key, values in rows.items() if key not in stored]
            if fresh:
                connection.execute(insert(model.__table__), fresh)
            self._pending_rows.update(rows)
        if writes.new_events:
            connection.execute(_INSERT_EVENTS, list(writes.new_events.values()))
        if writes.changed_events:
            connection.execute(
                _UPDATE_EVENTS,
                [
                    {"event_id": event_id, **{k: v for k, v in values.items() if k != "id"}}
                    for event_id, values in writes.changed_events.items()
                ],
            )
        if writes.sources:
            connection.execute(_INSERT_SOURCES, writes.sources)
        self._remember_mentions(writes)

    # --- recode -------------------------------------------------------------------

    def recode(
        self,
        extractor: Extractor | None = None,
        *,
        article_ids: Sequence[str] | None = None,
        outdated_only: bool = False,
        progress: ProgressCallback | None = None,
        batch_size: int = 16,
    ) -> IngestSummary:
        """Code stored articles again, replacing each article's events in one transaction."""
        extractor = extractor or DefaultExtractor()
        version = pipeline_version(extractor)
        started = time.perf_counter()
        summary = IngestSummary(run_id=self._start_run("recode", list(article_ids or []), version))
        query = select(ArticleRow.id).where(ArticleRow.status.in_(("coded", "failed")))
        if article_ids is not None:
            query = query.where(ArticleRow.id.in_(list(article_ids)))
        if outdated_only:
            query = query.where(or_(ArticleRow.pipeline_version.is_(None), ArticleRow.pipeline_version != version))
        with self._session() as session:
            ids = list(session.scalars(query.order_by(ArticleRow.ingested_at, ArticleRow.id)))
        for start in range(0, len(ids), batch_size):
            with self._session() as session:
                rows = list(
                    session.scalars(select(ArticleRow).where(ArticleRow.id.in_(ids[start : start + batch_size])))
                )
            rows.sort(key=lambda r: ids.index(r.id))
            articles = [
                Article(
                    id=r.source_id, text=r.text, published=r.published, language=r.language, title=r.title, url=r.url
                )
                for r in rows
            ]
            tick = time.perf_counter()
            results = self._extract(articles, extractor)
            summary.extract_seconds += time.perf_counter() - tick
            for row, result in zip(rows, results, strict=True):
                tick = time.perf_counter()
                with self._write() as session:
                    live = session.get(ArticleRow, row.id)
                    if live is None:
                        continue
                    if isinstance(result, Document):
                        self._remove_events(session, live.id)
                        summary.events_added += self._code(session, live, result, version)
                        self._clear_failures(session, live)
                        summary.new += 1
                    else:
                        self._record_failure(
                            live.url or live.source_id, "extract", result, summary.run_id, session, live.id
                        )
                        summary.failed += 1
                summary.store_seconds += time.perf_counter() - tick
                self._report(summary, started, progress)
        summary.seconds = time.perf_counter() - started
        self._finish_run(summary)
        return summary

    def _remove_events(self, session: Session, article_id: str) -> None:
        affected = set(session.scalars(select(EventSourceRow.event_id).where(EventSourceRow.article_id == article_id)))
        session.execute(delete(EventSourceRow).where(EventSourceRow.article_id == article_id))
        writes = _Writes()
        index = self._candidate_index(session)
        for event_id in sorted(affected):
            self._drop_mentions(event_id)
            mentions = self._event_mentions(session, writes, event_id)
            if mentions:
                self._stage_event(session, writes, summarise(event_id, mentions, self._rules), mentions)
            else:
                session.execute(delete(EventRow).where(EventRow.id == event_id))
                index.remove(event_id)
                self._incidents.pop(event_id, None)
        self._send(session, writes)

    # --- runs and failures ------------------------------------------------------------

    def _start_run(self, command: str, sources: Sequence[str], version: str) -> int:
        with self._write() as session:
            # Every writer starts a run: one started since this store's last means
            # events may have changed under the candidate index, so it is read again.
            if session.scalar(select(func.max(IngestRun.id))) != self._index_run:
                self._forget_events()
            run = IngestRun(
                command=command,
                started_at=_now(),
                sources=json.dumps(list(sources)),
                pipeline_version=version,
                articles_new=0,
                articles_known=0,
                articles_failed=0,
                events_added=0,
            )
            session.add(run)
            session.flush()
            self._index_run = run.id
            return run.id

    def _finish_run(self, summary: IngestSummary) -> None:
        with self._write() as session:
            session.execute(
                update(IngestRun)
                .where(IngestRun.id == summary.run_id)
                .values(
                    finished_at=_now(),
                    articles_new=summary.new,
                    articles_known=summary.known,
                    articles_failed=summary.failed,
                    events_added=summary.events_added,
                )
            )

    def _record_failure(
        self,
        source: str,
        stage: str,
        reason: str,
        run_id: int | None,
        session: Session | None = None,
        article_id: str | None = None,
    ) -> None:
        if session is None:
            with self._write() as own:
                self._record_failure(source, stage, reason, run_id, own, article_id)
            return
        now = _now()
        row = session.scalar(select(FailureRow).where(FailureRow.source == source, FailureRow.stage == stage))
        if row is None:
            session.add(
                FailureRow(
                    source=source,
                    stage=stage,
                    reason=reason,
                    article_id=article_id,
                    run_id=run_id,
                    attempts=1,
                    first_seen=now,
                    last_seen=now,
                )
            )
        else:
            row.reason, row.run_id, row.last_seen, row.attempts = reason, run_id, now, row.attempts + 1

    def _clear_failures(self, session: Session, row: ArticleRow) -> None:
        """An article that now codes cleanly is no longer a failure."""
        session.execute(delete(FailureRow).where(FailureRow.stage == "extract", FailureRow.article_id == row.id))

    # --- queries ----------------------------------------------------------------------

    def failures(self, *, limit: int | None = None) -> list[FailureRecord]:
        with self._session() as session:
            query = select(FailureRow).order_by(FailureRow.last_seen.desc(), FailureRow.id.desc()).limit(limit)
            return [
                FailureRecord(
                    source=r.source,
                    stage=r.stage,
                    reason=r.reason,
                    attempts=r.attempts,
                    last_seen=r.last_seen,
                    run_id=r.run_id,
                )
                for r in session.scalars(query)
            ]

    def _where(self, filters: EventFilter) -> list[Any]:
        clauses: list[Any] = []
        if filters.country:
            clauses.append(EventRow.country == filters.country)
        if filters.admin1:
            clauses.append(func.lower(EventRow.admin1) == filters.admin1.lower())
        if filters.type:
            clauses.append(EventRow.type.in_(filters.type))
        if filters.mode:
            clauses.append(EventRow.mode.in_(filters.mode))
        if filters.actor:
            pattern = f"%{filters.actor.lower()}%"
            clauses.append(
                or_(func.lower(EventRow.actor_name).like(pattern), func.lower(EventRow.recipient_name).like(pattern))
            )
        if filters.since:
            clauses.append(func.coalesce(EventRow.date_end, EventRow.date_start) >= filters.since)
        if filters.until:
            clauses.append(EventRow.date_start <= filters.until)
        if filters.bbox:
            min_lon, min_lat, max_lon, max_lat = filters.bbox
            clauses.append(and_(EventRow.lon.between(min_lon, max_lon), EventRow.lat.between(min_lat, max_lat)))
        if filters.text:
            articles = self._search(filters.text)
            clauses.append(
                EventRow.id.in_(select(EventSourceRow.event_id).where(EventSourceRow.article_id.in_(articles)))
            )
        return clauses

    def _search(self, query: str) -> Any:
        """A subquery of article ids matching a plain-words query."""
        if self.dialect == "postgresql":
            return select(ArticleRow.id).where(
                text("articles.search @@ plainto_tsquery('english', :q)").bindparams(q=query)
            )
        # FTS5: quote each word so user text is never read as query syntax.
        words = " ".join('"' + w.replace('"', '""') + '"' for w in query.split())
        return (
            select(text("article_id"))
            .select_from(text("articles_fts"))
            .where(text("articles_fts MATCH :q").bindparams(q=words or '""'))
        )

    def search_articles(self, query: str, *, limit: int = 50) -> list[str]:
        """Ids of articles whose title or text match `query` (all words)."""
        with self._session() as session:
            return list(
                session.scalars(
                    select(ArticleRow.id)
                    .where(ArticleRow.id.in_(self._search(query)))
                    .order_by(ArticleRow.id)
                    .limit(limit)
                )
            )

    def events(
        self, filters: EventFilter | None = None, *, limit: int | None = None, offset: int = 0
    ) -> list[StoredEvent]:
        """Canonical events matching `filters`, latest first."""
        query = (
            select(EventRow)
            .where(*self._where(filters or EventFilter()))
            .order_by(EventRow.date_start.is_(None), EventRow.date_start.desc(), EventRow.id)
            .offset(offset)
            .limit(limit)
        )
        with self._session() as session:
            return [self._stored_event(session, row) for row in session.scalars(query)]

    def iter_events(self, filters: EventFilter | None = None, *, page: int = 1000) -> Iterator[StoredEvent]:
        offset = 0
        while True:
            chunk = self.events(filters, limit=page, offset=offset)
            yield from chunk
            if len(chunk) < page:
                return
            offset += page

    def count_events(self, filters: EventFilter | None = None) -> int:
        with self._session() as session:
            return (
                session.scalar(select(func.count()).select_from(EventRow).where(*self._where(filters or EventFilter())))
                or 0
            )

    def counts_by(self, field: str, filters: EventFilter | None = None) -> dict[str, int]:
        """Number of events per type, mode, country, admin1, year or month (YYYY-MM)."""
        columns: dict[str, Any] = {
            "type": EventRow.type,
            "mode": EventRow.mode,
            "country": EventRow.country,
            "admin1": EventRow.admin1,
        }
        if field in ("year", "month"):
            pattern = "%Y" if field == "year" else "%Y-%m"
            if self.dialect == "postgresql":
                column = func.to_char(EventRow.date_start, "YYYY" if field == "year" else "YYYY-MM")
            else:
                column = func.strftime(pattern, EventRow.date_start)
        elif field in columns:
            column = columns[field]
        else:
            raise ValueError(f"cannot count by {field!r}: choose type, mode, country, admin1, year or month")
        query = select(column, func.count()).where(*self._where(filters or EventFilter())).group_by(column)
        with self._session() as session:
            return {str(key) if key is not None else "": count for key, count in session.execute(query).all()}

    def _stored_event(self, session: Session, row: EventRow) -> StoredEvent:
        incident = Incident.model_validate_json(row.incident)
        return StoredEvent(
            id=row.id,
            type=row.type,
            mode=row.mode,  # type: ignore[arg-type]
            date_start=row.date_start,
            date_end=row.date_end,
            date_value=row.date_value,
            date_precision=row.date_precision,
            location=row.location,
            country=row.country,
            admin1=row.admin1,
            lat=row.lat,
            lon=row.lon,
            geo_precision=row.geo_precision,
            actor=row.actor_name,
            actor_country=incident.actor.country if incident.actor else None,
            actor_type=incident.actor.type if incident.actor else None,
            recipient=row.recipient_name,
            recipient_country=incident.recipient.country if incident.recipient else None,
            recipient_type=incident.recipient.type if incident.recipient else None,
            fatalities=row.fatalities,
            fatalities_min=row.fatalities_min,
            fatalities_max=row.fatalities_max,
            injuries=row.injuries,
            confidence=row.confidence,
            source_count=row.source_count,
        )

    def event(self, event_id: str) -> EventDetail | None:
        """One event with its incident record and every source's evidence."""
        with self._session() as session:
            row = session.get(EventRow, event_id)
            if row is None:
                return None
            listed = self._stored_event(session, row)
            sources = session.execute(
                select(EventSourceRow, ArticleRow.title, ArticleRow.url)
                .join(ArticleRow, ArticleRow.id == EventSourceRow.article_id)
                .where(EventSourceRow.event_id == event_id)
                .order_by(EventSourceRow.published.is_(None), EventSourceRow.published, EventSourceRow.id)
            ).all()
            return EventDetail(
                **listed.model_dump(),
                incident=Incident.model_validate_json(row.incident),
                sources=[
                    EventSource(
                        mention_id=s.id,
                        article_id=s.article_id,
                        title=title,
                        url=url,
                        published=s.published,
                        type=s.type,
                        mode=s.mode,  # type: ignore[arg-type]
                        fatalities=Event.model_validate_json(s.record).fatalities,
                        evidence=s.evidence,
                        match_reasons=json.loads(s.match_reasons),
                    )
                    for s, title, url in sources
                ],
            )

    def article(self, article_id: str) -> StoredArticle | None:
        with self._session() as session:
            row = session.get(ArticleRow, article_id)
            if row is None:
                return None
            event_ids = sorted(
                set(session.scalars(select(EventSourceRow.event_id).where(EventSourceRow.article_id == row.id)))
            )
            return StoredArticle(
                id=row.id,
                source_id=row.source_id,
                title=row.title,
                url=row.url,
                published=row.published,
                language=row.language,
                status=row.status,
                text=row.text,
                event_ids=event_ids,
            )

    def article_ids(self) -> list[str]:
        with self._session() as session:
            return list(session.scalars(select(ArticleRow.id).order_by(ArticleRow.id)))

    def stats(self) -> StoreStats:
        with self._session() as session:
            by_status = dict(session.execute(select(ArticleRow.status, func.count()).group_by(ArticleRow.status)).all())

            def count(model: type) -> int:
                return session.scalar(select(func.count()).select_from(model)) or 0

            return StoreStats(
                articles=sum(by_status.values()),
                coded=by_status.get("coded", 0),
                not_coded=by_status.get("not_coded", 0),
                failed=by_status.get("failed", 0),
                events=count(EventRow),
                sources=count(EventSourceRow),
                failures=count(FailureRow),
            )


def _actor_name(actor: Actor | None) -> str | None:
    if actor is None:
        return None
    return actor.name or actor.text
