"""The store's read half: typed query results for the CLI, the HTTP API and the exporters.

`StoreQueries` is mixed into `tessera.store.Store` (the write half is `repository.py`):
events matching an `EventFilter` (a page in one of the API's sort orders, a count, an
iterator), one event with its sources and each mention's full `Event` record, an
article with its extracted document, failures, stats, and the facets a front end
draws: counts and fatalities per day/week/month and field, actors and places with
their counts, the filter menus. Facets and aggregates are computed by the database
(GROUP BY, LIMIT), never by reading every event into Python. Counts, facets,
aggregates and the filter menu are kept per store generation (`ResultCache`; the write
path raises the generation in every article's transaction, migration 0005), so a
question asked again costs one primary-key read until the events change; event lists
and details are always read. Listing events reads only columns: the incident JSON is
parsed for one event's detail, not for pages of them. Figures: docs/STORE.md,
"Reading under load".

Filters are turned into SQL in one place (`_where`); a name filter's `%` and `_` are
matched literally (LIKE ... ESCAPE); the language filter keeps an incident when one of
its sources' articles is in that language (EXISTS over its sources).
"""

from __future__ import annotations

import datetime as dt
import json
import math
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from typing import Any, Literal, TypeVar

from sqlalchemy import Date, Engine, String, and_, cast, func, literal_column, or_, select, text, union_all
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, aliased, sessionmaker

from tessera.dedupe import Incident
from tessera.records import Document, Event
from tessera.store.models import ActorRow, ArticleRow, EventRow, EventSourceRow, FailureRow, StoreStateRow
from tessera.store.records import (
    ActorCount,
    ArticleCoding,
    EventDetail,
    EventFilter,
    EventSource,
    FailureRecord,
    FilterMenu,
    PeriodCount,
    PlaceCount,
    StoredArticle,
    StoredEvent,
    StoreStats,
)

EventOrder = Literal["-date", "date", "-fatalities", "fatalities", "-sources", "sources"]
Period = Literal["day", "week", "month"]
GroupField = Literal["type", "country", "admin1", "mode", "none"]

_ACTOR = aliased(ActorRow, name="actor")
_RECIPIENT = aliased(ActorRow, name="recipient")
# What a listed event is made of: its own columns, and its actor's and recipient's
# country and sector from their rows (the same values as in the incident record).
_LISTED = (
    EventRow.id,
    EventRow.type,
    EventRow.mode,
    EventRow.date_start,
    EventRow.date_end,
    EventRow.date_value,
    EventRow.date_precision,
    EventRow.location,
    EventRow.country,
    EventRow.admin1,
    EventRow.lat,
    EventRow.lon,
    EventRow.geo_precision,
    EventRow.actor_name.label("actor"),
    _ACTOR.country.label("actor_country"),
    _ACTOR.sector.label("actor_type"),
    EventRow.recipient_name.label("recipient"),
    _RECIPIENT.country.label("recipient_country"),
    _RECIPIENT.sector.label("recipient_type"),
    EventRow.fatalities,
    EventRow.fatalities_min,
    EventRow.fatalities_max,
    EventRow.injuries,
    EventRow.confidence,
    EventRow.source_count,
)
_GROUP_COLUMNS: dict[str, Any] = {
    "type": EventRow.type,
    "mode": EventRow.mode,
    "country": EventRow.country,
    "admin1": EventRow.admin1,
}


def like_pattern(words: str) -> str:
    """`%words%` for LIKE ... ESCAPE '\\', with the words' own `%`, `_` and `\\` matched literally."""
    escaped = words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _contains(column: Any, words: str) -> Any:
    """`column` contains `words`, any case (ASCII case on SQLite, whose lower() is ASCII-only)."""
    return func.lower(column).like(like_pattern(words.lower()), escape="\\")


T = TypeVar("T")
# Results kept: at most this many queries, holding at most this many rows (counts,
# buckets, actors, places) in all; a result bigger than a tenth of that is not kept.
# Each kept row is a few objects the garbage collector walks on every full collection,
# so a result is kept only when its query comes a second time (the last
# RESULT_CACHE_SEEN queries asked are remembered, as hashes): a one-off filter is
# computed and dropped.
RESULT_CACHE_QUERIES = 512
RESULT_CACHE_ROWS = 50_000
RESULT_CACHE_SEEN = 8192
_GENERATION = select(StoreStateRow.generation).where(StoreStateRow.id == 1)
_MISSING = object()


def _rows(value: Any) -> int:
    return len(value) if isinstance(value, list | dict) else 1


class ResultCache:
    """Facet and count results by query, valid for one store generation (thread-safe, bounded).

    The write path raises the generation in the same transaction as the events it
    changes (`store_state`, migration 0005), so a result read at the generation a
    reader sees is the result the query would give: the cache is emptied when a
    reader sees a newer generation, and a result computed at an older one is dropped.
    Only a query asked twice keeps its result (the first time, its hash is noted);
    least recently used results go first when it is full.
    """

    def __init__(
        self, queries: int = RESULT_CACHE_QUERIES, rows: int = RESULT_CACHE_ROWS, seen: int = RESULT_CACHE_SEEN
    ) -> None:
        self.max_queries, self.max_rows, self.max_seen = queries, rows, seen
        self._lock = threading.Lock()
        self._generation = -1
        self._results: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
        self._seen: OrderedDict[int, None] = OrderedDict()
        self._rows = 0
        self.hits = self.misses = 0

    def _advance(self, generation: int) -> bool:
        """Move to `generation` if newer (forgetting every result); False if it is older."""
        if generation > self._generation:
            self._generation = generation
            self._results.clear()
            self._seen.clear()
            self._rows = 0
        return generation == self._generation

    def get(self, generation: int, key: tuple[Any, ...]) -> Any:
        with self._lock:
            found = self._results.get(key, _MISSING) if self._advance(generation) else _MISSING
            if found is _MISSING:
                self.misses += 1
            else:
                self.hits += 1
                self._results.move_to_end(key)
            return found

    def put(self, generation: int, key: tuple[Any, ...], value: Any) -> None:
        size = _rows(value)
        with self._lock:
            if not self._advance(generation) or size > self.max_rows // 10 or not self._seen_before(key):
                return
            old = self._results.pop(key, _MISSING)
            if old is not _MISSING:
                self._rows -= _rows(old)
            self._results[key] = value
            self._rows += size
            while len(self._results) > self.max_queries or self._rows > self.max_rows:
                _, dropped = self._results.popitem(last=False)
                self._rows -= _rows(dropped)

    def _seen_before(self, key: tuple[Any, ...]) -> bool:
        """Whether `key` was offered before (noting it if not)."""
        digest = hash(key)
        if digest in self._seen:
            del self._seen[digest]
            return True
        self._seen[digest] = None
        if len(self._seen) > self.max_seen:
            self._seen.popitem(last=False)
        return False

    def __len__(self) -> int:
        return len(self._results)


class StoreQueries:
    """Read-only queries over the store's tables; mixed into `tessera.store.Store`."""

    engine: Engine
    dialect: str
    _session: sessionmaker[Session]
    _results: ResultCache

    # --- results by generation --------------------------------------------------------

    def generation(self) -> int | None:
        """The store's generation (raised by every article's write), None on a schema without it."""
        with self._session() as session:
            try:
                return session.scalar(_GENERATION)
            except DBAPIError:  # an old schema opened without migrating: nothing is kept
                return None

    def _cached(self, key: tuple[Any, ...], compute: Callable[[], T]) -> T:
        """`compute()`, or its result kept from an earlier call at the same generation.

        The generation is read first: the result is then at least as recent as it, so a
        reader at that generation never gets one older than what it would compute.
        """
        generation = self.generation()
        if generation is None:
            return compute()
        found = self._results.get(generation, key)
        if found is _MISSING:
            found = compute()
            self._results.put(generation, key, found)
        # Copies of lists and dicts, so a caller changing its result changes no one else's.
        if isinstance(found, list):
            return list(found)  # type: ignore[return-value]
        if isinstance(found, dict):
            return dict(found)  # type: ignore[return-value]
        return found

    # --- filters ----------------------------------------------------------------------

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
            clauses.append(
                or_(_contains(EventRow.actor_name, filters.actor), _contains(EventRow.recipient_name, filters.actor))
            )
        if filters.since:
            clauses.append(func.coalesce(EventRow.date_end, EventRow.date_start) >= filters.since)
            # Implied by the clause above (no event is longer than the longest), and a range
            # on date_start, so a date window narrows the scan instead of reading every event.
            clauses.append(EventRow.date_start >= filters.since - dt.timedelta(days=self._longest_span_days()))
        if filters.until:
            clauses.append(EventRow.date_start <= filters.until)
        if filters.bbox:
            min_lon, min_lat, max_lon, max_lat = filters.bbox
            clauses.append(and_(EventRow.lon.between(min_lon, max_lon), EventRow.lat.between(min_lat, max_lat)))
        if filters.text:
            articles = self._search(filters.text)
            # On SQLite `+id`: not an index term, so the planner keeps walking the list's
            # order index and probes the matching set, instead of fetching and sorting
            # every matching event (a common word matches most of them).
            event_id = literal_column("+events.id") if self.dialect == "sqlite" else EventRow.id
            clauses.append(
                event_id.in_(select(EventSourceRow.event_id).where(EventSourceRow.article_id.in_(articles)))
            )
        if filters.language:
            # An incident is in a language when one of its sources' articles is: EXISTS over
            # its sources (index ix_event_sources_event_id), each joined to its article.
            clauses.append(
                select(EventSourceRow.id)
                .join(ArticleRow, ArticleRow.id == EventSourceRow.article_id)
                .where(EventSourceRow.event_id == EventRow.id, ArticleRow.language == filters.language)
                .exists()
            )
        return clauses

    def _longest_span_days(self) -> int:
        """Days from start to end of the longest event (read from index ix_events_span)."""
        if self.dialect == "postgresql":
            span: Any = EventRow.date_end - EventRow.date_start
        else:
            span = func.julianday(EventRow.date_end) - func.julianday(EventRow.date_start)
        with self._session() as session:
            longest = session.scalar(select(func.max(span)))
        return max(0, math.ceil(longest or 0))

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

    # --- events -----------------------------------------------------------------------

    @staticmethod
    def _order(sort: EventOrder) -> list[Any]:
        """ORDER BY of each sort; ties broken by id so pages never overlap."""
        if sort == "-date":  # latest first, undated last: the order of index ix_events_listing
            return [EventRow.date_start.desc().nulls_last(), EventRow.id]
        if sort == "date":  # oldest first, undated last
            return [EventRow.date_start.asc().nulls_last(), EventRow.id]
        # Unknown fatalities sort as 0. The expression is written as in index
        # ix_events_fatality_order, with a literal 0 (a bound parameter would not match it).
        column = {
            "fatalities": func.coalesce(EventRow.fatalities, literal_column("0")),
            "sources": EventRow.source_count,
        }.get(sort.lstrip("-"))
        if column is None:
            raise ValueError(f"cannot sort by {sort!r}: choose date, fatalities or sources, '-' for descending")
        if sort.startswith("-"):
            return [column.desc(), EventRow.id.desc()]
        return [column, EventRow.id]

    def events(
        self,
        filters: EventFilter | None = None,
        *,
        limit: int | None = None,
        offset: int = 0,
        sort: EventOrder = "-date",
    ) -> list[StoredEvent]:
        """Canonical events matching `filters`, latest first (or in `sort` order)."""
        query = (
            select(*_LISTED)
            .outerjoin(_ACTOR, _ACTOR.id == EventRow.actor_id)
            .outerjoin(_RECIPIENT, _RECIPIENT.id == EventRow.recipient_id)
            .where(*self._where(filters or EventFilter()))
            .order_by(*self._order(sort))
            .offset(offset)
            .limit(limit)
        )
        with self._session() as session:
            return [StoredEvent.model_validate(dict(row)) for row in session.execute(query).mappings()]

    def iter_events(self, filters: EventFilter | None = None, *, page: int = 1000) -> Iterator[StoredEvent]:
        offset = 0
        while True:
            chunk = self.events(filters, limit=page, offset=offset)
            yield from chunk
            if len(chunk) < page:
                return
            offset += page

    def count_events(self, filters: EventFilter | None = None) -> int:
        filters = filters or EventFilter()

        def count() -> int:
            with self._session() as session:
                return session.scalar(select(func.count()).select_from(EventRow).where(*self._where(filters))) or 0

        return self._cached(("count", filters.model_dump_json()), count)

    def counts_by(self, field: str, filters: EventFilter | None = None) -> dict[str, int]:
        """Number of events per type, mode, country, admin1, year or month (YYYY-MM)."""
        if field in ("year", "month"):
            pattern = "%Y" if field == "year" else "%Y-%m"
            if self.dialect == "postgresql":
                column = func.to_char(EventRow.date_start, "YYYY" if field == "year" else "YYYY-MM")
            else:
                column = func.strftime(pattern, EventRow.date_start)
        elif field in _GROUP_COLUMNS:
            column = _GROUP_COLUMNS[field]
        else:
            raise ValueError(f"cannot count by {field!r}: choose type, mode, country, admin1, year or month")
        filters = filters or EventFilter()

        def counts() -> dict[str, int]:
            query = select(column, func.count()).where(*self._where(filters)).group_by(column)
            with self._session() as session:
                return {str(key) if key is not None else "": count for key, count in session.execute(query).all()}

        return self._cached(("counts_by", field, filters.model_dump_json()), counts)

    def event(self, event_id: str) -> EventDetail | None:
        """One event with its incident record and every source's evidence and full mention record."""
        with self._session() as session:
            listed = session.execute(
                select(*_LISTED, EventRow.incident)
                .outerjoin(_ACTOR, _ACTOR.id == EventRow.actor_id)
                .outerjoin(_RECIPIENT, _RECIPIENT.id == EventRow.recipient_id)
                .where(EventRow.id == event_id)
            ).mappings().one_or_none()
            if listed is None:
                return None
            sources = session.execute(
                select(EventSourceRow, ArticleRow.title, ArticleRow.url, ArticleRow.language)
                .join(ArticleRow, ArticleRow.id == EventSourceRow.article_id)
                .where(EventSourceRow.event_id == event_id)
                .order_by(EventSourceRow.published.is_(None), EventSourceRow.published, EventSourceRow.id)
            ).all()
            fields = dict(listed)
            incident = Incident.model_validate_json(fields.pop("incident"))
            mentions = [
                (s, title, url, language, Event.model_validate_json(s.record)) for s, title, url, language in sources
            ]
            return EventDetail(
                **fields,
                incident=incident,
                sources=[
                    EventSource(
                        mention_id=s.id,
                        article_id=s.article_id,
                        title=title,
                        url=url,
                        published=s.published,
                        language=language,
                        type=s.type,
                        mode=s.mode,
                        fatalities=record.fatalities,
                        evidence=s.evidence,
                        match_reasons=json.loads(s.match_reasons),
                        mention=record,
                    )
                    for s, title, url, language, record in mentions
                ],
            )

    # --- facets -----------------------------------------------------------------------

    def _period(self, by: Period, day: Any) -> Any:
        """The first day of the day, week (Monday) or month of `day`."""
        if by == "day":
            return day
        if self.dialect == "postgresql":
            return cast(func.date_trunc(by, day), Date)
        if by == "week":  # the next Sunday (or that day), less six days
            return func.date(day, "weekday 0", "-6 days", type_=String)
        if by == "month":
            return func.date(day, "start of month", type_=String)
        raise ValueError(f"cannot aggregate by {by!r}: choose day, week or month")

    def aggregates(
        self, filters: EventFilter | None = None, *, by: Period = "week", group: GroupField = "type"
    ) -> list[PeriodCount]:
        """Events and the sum of their fatalities per period and value of `group`, in period order.

        Events without a date are left out: they belong to no period.
        """
        if group != "none" and group not in _GROUP_COLUMNS:
            raise ValueError(f"cannot group by {group!r}: choose type, country, admin1, mode or none")
        if by not in ("day", "week", "month"):
            raise ValueError(f"cannot aggregate by {by!r}: choose day, week or month")
        filters = filters or EventFilter()
        return self._cached(
            ("aggregates", by, group, filters.model_dump_json()), lambda: self._aggregates(filters, by, group)
        )

    def _aggregates(self, filters: EventFilter, by: Period, group: GroupField) -> list[PeriodCount]:
        # Per day first, reading index ix_events_period in order; then per period over
        # the (far fewer) days, so the date arithmetic runs once per day, not per event.
        keys = [_GROUP_COLUMNS[group].label("key")] if group != "none" else []
        daily = (
            select(
                EventRow.date_start.label("day"),
                *keys,
                func.count().label("n"),
                func.coalesce(func.sum(EventRow.fatalities), 0).label("deaths"),
            )
            .where(EventRow.date_start.is_not(None), *self._where(filters))
            .group_by(EventRow.date_start, *keys)
            .subquery()
        )
        period = self._period(by, daily.c.day).label("period")
        outer_keys = [daily.c.key] if keys else []
        query = select(period, func.sum(daily.c.n), func.sum(daily.c.deaths), *outer_keys).group_by(
            period, *outer_keys
        )
        with self._session() as session:
            rows = session.execute(query).all()
        counts = [
            # Validated by pydantic-core: a third of the time of the Python loop of model_construct.
            PeriodCount(
                period=str(day)[:10], key=value[0] if value else None, events=int(n), fatalities=int(deaths)
            )
            for day, n, deaths, *value in rows
        ]
        return sorted(counts, key=lambda c: (c.period, c.key or ""))

    def actor_counts(
        self, filters: EventFilter | None = None, *, query: str | None = None, limit: int = 100
    ) -> list[ActorCount]:
        """Actors and recipients of the matching events (each role counted), most frequent first.

        `query`: part of the name, any case; `%` and `_` are matched literally.
        """
        filters = filters or EventFilter()
        return self._cached(
            ("actors", query, limit, filters.model_dump_json()), lambda: self._actor_counts(filters, query, limit)
        )

    def _actor_counts(self, filters: EventFilter, query: str | None, limit: int) -> list[ActorCount]:
        where = self._where(filters)
        # Each role is counted per (name, actor row) in the order of its index
        # (ix_events_actor, ix_events_recipient), then joined to the few actor rows.
        roles = [
            select(name.label("name"), link.label("ref"), func.count().label("n"))
            .where(name.is_not(None), name != "", *where)
            .group_by(name, link)
            for name, link in (
                (EventRow.actor_name, EventRow.actor_id),
                (EventRow.recipient_name, EventRow.recipient_id),
            )
        ]
        both = union_all(*roles).subquery()
        total = func.sum(both.c.n)
        found = (
            select(both.c.name, ActorRow.country, ActorRow.sector, total)
            .outerjoin(ActorRow, ActorRow.id == both.c.ref)
            .group_by(both.c.name, ActorRow.country, ActorRow.sector)
            .order_by(
                total.desc(), both.c.name, func.coalesce(ActorRow.country, ""), func.coalesce(ActorRow.sector, "")
            )
            .limit(limit)
        )
        if query:
            found = found.where(_contains(both.c.name, query))
        with self._session() as session:
            return [
                ActorCount(name=name, country=country, sector=sector, events=int(n))
                for name, country, sector, n in session.execute(found)
            ]

    def place_counts(self, filters: EventFilter | None = None, *, limit: int = 100) -> list[PlaceCount]:
        """Places of the matching events, most frequent first."""
        filters = filters or EventFilter()
        return self._cached(("places", limit, filters.model_dump_json()), lambda: self._place_counts(filters, limit))

    def _place_counts(self, filters: EventFilter, limit: int) -> list[PlaceCount]:
        columns = (
            EventRow.location,
            EventRow.lat,
            EventRow.lon,
            EventRow.country,
            EventRow.admin1,
            EventRow.geo_precision,
        )
        query = (
            select(*columns, func.count())
            .where(EventRow.location.is_not(None), EventRow.location != "", *self._where(filters))
            .group_by(*columns)
            .order_by(
                func.count().desc(),
                EventRow.location,
                func.coalesce(EventRow.country, ""),
                EventRow.lat,
                EventRow.lon,
            )
            .limit(limit)
        )
        with self._session() as session:
            return [
                PlaceCount(name=name, lat=lat, lon=lon, country=country, admin1=admin1, feature=feature, events=n)
                for name, lat, lon, country, admin1, feature, n in session.execute(query)
            ]

    def filter_menu(self) -> FilterMenu:
        """What the filters can take: countries with their event counts, their areas, the source
        languages with the events each has a source in, the date range."""
        return self._cached(("menu",), self._filter_menu)

    def _filter_menu(self) -> FilterMenu:
        with self._session() as session:
            by_country = session.execute(
                select(EventRow.country, func.count()).where(EventRow.country.is_not(None)).group_by(EventRow.country)
            ).all()
            areas = session.execute(
                select(EventRow.country, EventRow.admin1)
                .where(EventRow.country.is_not(None), EventRow.admin1.is_not(None))
                .distinct()
                .order_by(EventRow.country, EventRow.admin1)
            ).all()
            first, last, total = session.execute(
                select(func.min(EventRow.date_start), func.max(EventRow.date_start), func.count())
            ).one()
            by_language = session.execute(
                select(ArticleRow.language, func.count(func.distinct(EventSourceRow.event_id)))
                .join(ArticleRow, ArticleRow.id == EventSourceRow.article_id)
                .group_by(ArticleRow.language)
            ).all()
        admin1: dict[str, list[str]] = {}
        for code, area in areas:
            if code is not None and area is not None:  # the query leaves out NULLs; for the type checker
                admin1.setdefault(code, []).append(area)
        return FilterMenu(
            countries=dict(sorted(by_country)),
            admin1=admin1,
            languages=dict(sorted(by_language)),
            date_min=first,
            date_max=last,
            total_events=total,
        )

    # --- articles, failures, stats ------------------------------------------------------

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

    def article_coding(self, article_id: str) -> ArticleCoding | None:
        """An article's last extracted document and, per extracted event id, its canonical event."""
        with self._session() as session:
            found = session.execute(select(ArticleRow.document).where(ArticleRow.id == article_id)).one_or_none()
            if found is None:
                return None
            links = session.execute(
                select(EventSourceRow.record, EventSourceRow.event_id).where(EventSourceRow.article_id == article_id)
            ).all()
        return ArticleCoding(
            document=Document.model_validate_json(found[0]) if found[0] else None,
            event_ids={json.loads(record)["id"]: event_id for record, event_id in links},
        )

    def article_ids(self) -> list[str]:
        with self._session() as session:
            return list(session.scalars(select(ArticleRow.id).order_by(ArticleRow.id)))

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
