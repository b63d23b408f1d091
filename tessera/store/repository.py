"""The event store: persistence of articles, their codings and their clustered events.

Last stage before the readers (`dedupe.py -> store/ -> cli/, api/, export.py`). The
store decides nothing about reading, languages or extraction: the ingest driver
(`tessera.ingest.driver`) reads, applies the language policy, extracts and clusters,
and writes each article through `Store.article_writer()`, one transaction per
article, so a kill at any moment leaves whole articles or nothing, and re-running
the same command finishes the job. This module imports neither the pipeline nor the
readers.

The write path: `find_article` (is this text or URL known?), `article_writer` (put an
article: new, retried, or an update of the article at its URL with the previous
version kept in `article_versions`; mark it coded, failed or not coded; clear its
events; place clusters; raise the store's generation, which keys the readers' cached
facets and counts), `record_failure`, `start_run` / `finish_run` (a run left
unfinished by a killed process is marked interrupted when the next one starts).

Clustering: the writer is a `tessera.dedupe.CandidateSource`. The stored incidents a
new incident is compared with come from an in-memory index of the events table
(`candidates.py`), and an article's rows go out in a few bulk statements at the end of
its transaction, so the cost per article does not grow with the store (docs/STORE.md,
"Throughput").
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import socket
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple, cast

from sqlalchemy import Connection, Engine, Table, bindparam, delete, func, insert, or_, select, text, update
from sqlalchemy.orm import Session, sessionmaker

from tessera.dedupe import Cluster, DedupeRules, Incident, Match, Mention, default_rules, summarise
from tessera.records import Actor, Article, Document, Event, ExtractionFailure, Place, make_id, stored_article_id
from tessera.store.candidates import CandidateIndex, IndexedEvent
from tessera.store.models import (
    ActorRow,
    ArticleRow,
    ArticleVersionRow,
    EventRow,
    EventSourceRow,
    FailureRow,
    IngestRun,
    PlaceRow,
    StoreStateRow,
)
from tessera.store.queries import ResultCache, StoreQueries
from tessera.store.records import IngestSummary
from tessera.store.tokens import StoreTokens

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


class KnownArticle(NamedTuple):
    """A stored article found by content hash or URL."""

    id: str
    status: str  # coded | not_coded | failed; superseded: the text is an earlier version of the article
    same_text: bool  # False: found by URL only, with a different text (an update)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


# Statements of the per-article path, built once: building and compiling a statement
# costs several times what SQLite takes to answer it. Run on the session's connection
# (same transaction), as the rows they touch are never pending in the ORM session.
_EVENTS = cast(Table, EventRow.__table__)
_SOURCES = cast(Table, EventSourceRow.__table__)
_BY_HASH = select(ArticleRow.id, ArticleRow.status).where(ArticleRow.content_hash == bindparam("digest"))
_BY_URL = select(ArticleRow.id, ArticleRow.status).where(ArticleRow.url == bindparam("url"))
_OLD_VERSION = select(ArticleVersionRow.id).where(
    ArticleVersionRow.article_id == bindparam("article_id"), ArticleVersionRow.content_hash == bindparam("digest")
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
_STATE = cast(Table, StoreStateRow.__table__)
_NEXT_GENERATION = update(_STATE).where(_STATE.c.id == 1).values(generation=_STATE.c.generation + 1)
_GENERATION = select(_STATE.c.generation).where(_STATE.c.id == 1)
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


class Store(StoreQueries, StoreTokens):
    """A Tessera database (SQLite or PostgreSQL) behind typed methods (the queries: `queries.py`)."""

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
        # The store's generation after this store's last article transaction: a write
        # transaction that finds any other generation knows another process (an ingest, a
        # server worker) wrote in between, and reads the index and caches again.
        self._generation: int | None = None
        self._last_update: dt.datetime | None = None
        # Mentions by event id, least recently used first; counted in `_cached_mentions`.
        self._mentions_cache: OrderedDict[str, list[Mention]] = OrderedDict()
        self._cached_mentions = 0
        # Actor and place ids known to exist (committed), and those added by the open
        # write transaction, which join the known ones only once it commits.
        self._known_rows: set[str] = set()
        self._pending_rows: set[str] = set()
        # Facet and count results by the generation they were read at (queries.py).
        self._results = ResultCache()

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
        self._generation = None
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

    # --- the write path -------------------------------------------------------------

    @property
    def rules(self) -> DedupeRules:
        """The dedupe rules this store clusters with (and its candidate index was built for)."""
        return self._rules

    def find_article(self, digest: str, url: str | None) -> KnownArticle | None:
        """The stored article with this content hash, else the one at this URL, else None."""
        with self._session() as session:
            return _known_article(session.connection(), digest, url)

    @contextlib.contextmanager
    def article_writer(self, run_id: int) -> Iterator[ArticleWriter]:
        """One article's transaction: put or open the article, then code, fail or cluster it."""
        with self._write() as session:
            self._claim_generation(session)
            writer = ArticleWriter(self, session, run_id)
            yield writer
            self._send(session, writer.writes)

    def _claim_generation(self, session: Session) -> None:
        """Raise the store's generation first thing in an article's transaction.

        The update locks the state row (PostgreSQL) or takes the write lock (SQLite) until
        the transaction ends, so writers of one database take turns, however many processes
        (`tessera serve --workers N`, an ingest beside the server). The generation then says
        whether anyone else wrote since this store's last article: if so, the candidate index
        and the cached incidents are read again, and a report of an incident another process
        just stored merges with it. Readers key their cached facets by the generation
        (queries.py); they see the new one when this transaction commits.
        """
        connection = session.connection()
        connection.execute(_NEXT_GENERATION)
        generation = connection.scalar(_GENERATION)
        if generation is None or self._generation is None or generation != self._generation + 1:
            self._forget_events()
        self._generation = generation

    def stored_article(self, article_id: str) -> Article | None:
        """A stored article as the pipeline takes it (for recoding)."""
        with self._session() as session:
            row = session.get(ArticleRow, article_id)
            if row is None:
                return None
            return Article(
                id=row.source_id, text=row.text, published=row.published, language=row.language, title=row.title,
                url=row.url,
            )

    def codable_article_ids(
        self, article_ids: Sequence[str] | None = None, *, outdated_version: str | None = None
    ) -> list[str]:
        """Coded and failed articles in ingest order: `article_ids` only, or those coded by another version."""
        query = select(ArticleRow.id).where(ArticleRow.status.in_(("coded", "failed")))
        if article_ids is not None:
            query = query.where(ArticleRow.id.in_(list(article_ids)))
        if outdated_version is not None:
            query = query.where(
                or_(ArticleRow.pipeline_version.is_(None), ArticleRow.pipeline_version != outdated_version)
            )
        with self._session() as session:
            return list(session.scalars(query.order_by(ArticleRow.ingested_at, ArticleRow.id)))

    def _insert_article(
        self, session: Session, article: Article, digest: str, language: str, status: str, run_id: int
    ) -> ArticleRow:
        row = ArticleRow(
            id=stored_article_id(article.text),
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
        session.add(row)
        session.flush()
        self._index_text(session, row, new=True)
        return row

    def _replace_article(
        self, session: Session, row: ArticleRow, article: Article, digest: str, language: str, status: str, run_id: int
    ) -> None:
        """A new text at a stored article's URL: the old version goes to `article_versions`, its events go."""
        number = (
            session.scalar(select(func.count()).select_from(ArticleVersionRow).where(
                ArticleVersionRow.article_id == row.id
            ))
            or 0
        ) + 1
        session.add(
            ArticleVersionRow(
                article_id=row.id,
                version=number,
                source_id=row.source_id,
                content_hash=row.content_hash,
                title=row.title,
                published=row.published,
                language=row.language,
                status=row.status,
                text=row.text,
                document=row.document,
                pipeline_version=row.pipeline_version,
                run_id=row.run_id,
                ingested_at=row.ingested_at,
                replaced_at=_now(),
            )
        )
        self._remove_events(session, row.id)
        row.source_id, row.content_hash, row.text = article.id, digest, article.text
        row.title, row.published = article.title or row.title, article.published or row.published
        row.language, row.status, row.run_id, row.ingested_at = language, status, run_id, _now()
        row.document = row.pipeline_version = row.coded_at = None
        session.flush()
        self._index_text(session, row, new=False)

    def _index_text(self, session: Session, row: ArticleRow, *, new: bool) -> None:
        # PostgreSQL's search column is generated; SQLite's FTS5 table is kept by hand.
        if self.dialect != "sqlite":
            return
        if not new:
            session.execute(text("DELETE FROM articles_fts WHERE article_id = :id"), {"id": row.id})
        session.execute(
            text("INSERT INTO articles_fts(article_id, title, text) VALUES (:id, :title, :text)"),
            {"id": row.id, "title": row.title or "", "text": row.text},
        )

    # --- coding and clustering ------------------------------------------------------

    @staticmethod
    def _mark_coded(row: ArticleRow, document: Document, version: str) -> None:
        row.document = document.model_dump_json()
        row.pipeline_version = version
        row.coded_at = _now()
        row.status = "coded"

    def _store_cluster(
        self, session: Session, writes: _Writes, cluster: Cluster, found: tuple[Incident, Match] | None
    ) -> str:
        """Stage `cluster`'s mentions: joining `found` (the incident dedupe chose) or founding an incident."""
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
                connection.execute(insert(cast(Table, model.__table__)), fresh)
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

    def start_run(self, command: str, sources: Sequence[str], version: str) -> int:
        """A new run record (ingest or recode); runs a killed process left unfinished are marked interrupted."""
        with self._write() as session:
            self._mark_interrupted(session)
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
                status="running",
                host=_HOST,
                pid=os.getpid(),
            )
            session.add(run)
            session.flush()
            self._index_run = run.id
            return run.id

    @staticmethod
    def _mark_interrupted(session: Session) -> None:
        """Running runs of this host whose process is gone were killed: say so (other hosts' are left)."""
        running = session.scalars(select(IngestRun).where(IngestRun.status == "running", IngestRun.host == _HOST))
        for run in running:
            if run.pid is None or not _alive(run.pid):
                run.status = "interrupted"

    def finish_run(self, summary: IngestSummary, *, status: str = "finished") -> None:
        """Close a run with its counts: "finished", or "interrupted" when it stopped on an error."""
        with self._write() as session:
            session.execute(
                update(IngestRun)
                .where(IngestRun.id == summary.run_id)
                .values(
                    finished_at=_now(),
                    status=status,
                    articles_new=summary.new,
                    articles_known=summary.known,
                    articles_failed=summary.failed,
                    events_added=summary.events_added,
                )
            )

    def record_failure(self, failure: ExtractionFailure, run_id: int | None) -> None:
        """Record a source that yielded no article (its own transaction)."""
        with self._write() as session:
            self._record_failure(session, failure.where, failure.stage, failure.reason, run_id)

    @staticmethod
    def _record_failure(
        session: Session, source: str, stage: str, reason: str, run_id: int | None, article_id: str | None = None
    ) -> None:
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
            row.article_id = article_id or row.article_id


_HOST = socket.gethostname()


def _known_article(connection: Connection, digest: str, url: str | None) -> KnownArticle | None:
    found = connection.execute(_BY_HASH, {"digest": digest}).first()
    if found is not None:
        return KnownArticle(found[0], found[1], True)
    if url:
        found = connection.execute(_BY_URL, {"url": url}).first()
        if found is not None:
            if connection.execute(_OLD_VERSION, {"article_id": found[0], "digest": digest}).first():
                # An earlier text of this article sent again: known, not an update back.
                return KnownArticle(found[0], "superseded", True)
            return KnownArticle(found[0], found[1], False)
    return None


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return False  # this process starts a run only when its own earlier one is over
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's live process
    return True


class ArticleWriter:
    """One article's write transaction (`Store.article_writer`); a `tessera.dedupe.CandidateSource`.

    `put` (or `open`) names the article; then `coded` + `place` for each cluster,
    `failed`, or nothing (stored, not coded). Everything commits together.
    """

    def __init__(self, store: Store, session: Session, run_id: int) -> None:
        self._store = store
        self._session = session
        self._run_id = run_id
        self.writes = _Writes()
        self._row: ArticleRow | None = None

    @property
    def article_id(self) -> str:
        return self._current().id

    def _current(self) -> ArticleRow:
        if self._row is None:
            raise RuntimeError("put or open an article first")
        return self._row

    def put(
        self, article: Article, digest: str, language: str, status: str, known: KnownArticle | None = None
    ) -> str:
        """Store `article`: new; a retry of the stored failure with the same text; or, found by URL
        with another text, an update (previous version kept, its events removed). Returns its id."""
        store, session = self._store, self._session
        if known is None:
            self._row = store._insert_article(session, article, digest, language, status, self._run_id)
        else:
            row = session.get(ArticleRow, known.id)
            if row is None:
                raise LookupError(f"article {known.id} is no longer stored")
            if known.same_text:
                row.status, row.language = status, language
            else:
                store._replace_article(session, row, article, digest, language, status, self._run_id)
            self._row = row
        return self._row.id

    def known_now(self, digest: str, url: str | None) -> KnownArticle | None:
        """`Store.find_article` read again inside this transaction, which holds the writers'
        turn: another process may have stored the article since it was first looked up."""
        return _known_article(self._session.connection(), digest, url)

    def open(self, article_id: str) -> bool:
        """Work on a stored article (recode); False when it is gone."""
        self._row = self._session.get(ArticleRow, article_id)
        return self._row is not None

    def clear_events(self) -> None:
        """Remove the article's event mentions (recode), summarising or deleting the events they fed."""
        self._store._remove_events(self._session, self.article_id)

    def coded(self, document: Document, version: str) -> None:
        """Mark the article coded by `version`, keeping `document`; earlier extract failures are cleared."""
        row = self._current()
        self._store._mark_coded(row, document, version)
        self._session.execute(
            delete(FailureRow).where(FailureRow.stage == "extract", FailureRow.article_id == row.id)
        )

    def failed(self, failure: ExtractionFailure, source: str) -> None:
        row = self._current()
        row.status = "failed"
        self._store._record_failure(self._session, source, "extract", failure.reason, self._run_id, row.id)

    def candidates(self, incident: Incident) -> list[Incident]:
        """Stored and staged incidents `incident` could join (`tessera.dedupe.CandidateSource`)."""
        return self._store._candidates(self._session, self.writes, incident)

    def place(self, cluster: Cluster, found: tuple[Incident, Match] | None) -> str:
        """Stage a cluster of this article's mentions, joining `found` or founding an incident."""
        return self._store._store_cluster(self._session, self.writes, cluster, found)


def _actor_name(actor: Actor | None) -> str | None:
    if actor is None:
        return None
    return actor.name or actor.text
