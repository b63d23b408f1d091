"""SQLAlchemy 2 tables of the event store (the schema itself is made by the Alembic migrations).

Articles keep their full text (and `article_versions` the earlier texts of an
article updated at the same URL); `event_sources` holds each event *mention* (one
extracted event in one article, with its evidence sentence and the full `Event`
record as JSON) and points to the canonical `events` row of its incident. Actors and
places are shared rows referenced by events. Searching article text uses FTS5 on
SQLite (`articles_fts`) and a generated tsvector column on PostgreSQL; both are made
in the migration, outside these ORM classes.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Date, DateTime, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class IngestRun(Base):
    __tablename__ = "ingest_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    command: Mapped[str] = mapped_column(String(16))  # ingest | recode
    started_at: Mapped[dt.datetime] = mapped_column(DateTime)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    sources: Mapped[str] = mapped_column(Text, default="[]")  # JSON list
    pipeline_version: Mapped[str] = mapped_column(String(64))
    articles_new: Mapped[int] = mapped_column(Integer, default=0)
    articles_known: Mapped[int] = mapped_column(Integer, default=0)
    articles_failed: Mapped[int] = mapped_column(Integer, default=0)
    events_added: Mapped[int] = mapped_column(Integer, default=0)
    # running | finished | interrupted (killed, or stopped on an error); host and pid tell
    # the next run whether a "running" one's process is gone.
    status: Mapped[str] = mapped_column(String(16), default="finished")
    host: Mapped[str | None] = mapped_column(String(255))
    pid: Mapped[int | None] = mapped_column(Integer)


class ArticleRow(Base):
    __tablename__ = "articles"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    source_id: Mapped[str] = mapped_column(Text)  # the id the source gave (path, JSONL id, URL)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    url: Mapped[str | None] = mapped_column(Text, unique=True)
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[dt.date | None] = mapped_column(Date, index=True)
    language: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), index=True)  # coded | not_coded | failed
    text: Mapped[str] = mapped_column(Text)
    document: Mapped[str | None] = mapped_column(Text)  # Document JSON of the last coding
    pipeline_version: Mapped[str | None] = mapped_column(String(64))
    run_id: Mapped[int | None] = mapped_column(ForeignKey("ingest_runs.id"))
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime)
    coded_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class ArticleVersionRow(Base):
    """An earlier text of an article, replaced when a new text arrived at the same URL."""

    __tablename__ = "article_versions"
    __table_args__ = (UniqueConstraint("article_id", "version", name="uq_article_versions_article_version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    version: Mapped[int] = mapped_column(Integer)  # 1 for the first text, counting up
    source_id: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64))
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[dt.date | None] = mapped_column(Date)
    language: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    document: Mapped[str | None] = mapped_column(Text)
    pipeline_version: Mapped[str | None] = mapped_column(String(64))
    run_id: Mapped[int | None] = mapped_column(ForeignKey("ingest_runs.id"))
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime)
    replaced_at: Mapped[dt.datetime] = mapped_column(DateTime)


class ActorRow(Base):
    __tablename__ = "actors"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(Text, index=True)
    country: Mapped[str | None] = mapped_column(String(8))
    sector: Mapped[str | None] = mapped_column(String(8))


class PlaceRow(Base):
    __tablename__ = "places"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    geonames_id: Mapped[int | None] = mapped_column(Integer)
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    country: Mapped[str | None] = mapped_column(String(8))
    admin1: Mapped[str | None] = mapped_column(Text)
    feature: Mapped[str] = mapped_column(String(16))


class EventRow(Base):
    """A canonical event: the incident its sources describe together."""

    __tablename__ = "events"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    type: Mapped[str] = mapped_column(String(16), index=True)
    mode: Mapped[str] = mapped_column(String(16))
    date_start: Mapped[dt.date | None] = mapped_column(Date, index=True)
    date_end: Mapped[dt.date | None] = mapped_column(Date)
    date_value: Mapped[str | None] = mapped_column(String(32))
    date_precision: Mapped[str | None] = mapped_column(String(16))
    place_id: Mapped[str | None] = mapped_column(ForeignKey("places.id"))
    location: Mapped[str | None] = mapped_column(Text)
    country: Mapped[str | None] = mapped_column(String(8), index=True)
    admin1: Mapped[str | None] = mapped_column(Text)
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    geo_precision: Mapped[str | None] = mapped_column(String(16))
    actor_id: Mapped[str | None] = mapped_column(ForeignKey("actors.id"))
    recipient_id: Mapped[str | None] = mapped_column(ForeignKey("actors.id"))
    actor_name: Mapped[str | None] = mapped_column(Text)
    recipient_name: Mapped[str | None] = mapped_column(Text)
    fatalities: Mapped[int | None] = mapped_column(Integer)
    fatalities_min: Mapped[int | None] = mapped_column(Integer)
    fatalities_max: Mapped[int | None] = mapped_column(Integer)
    injuries: Mapped[int | None] = mapped_column(Integer)
    confidence: Mapped[float] = mapped_column(Float)
    source_count: Mapped[int] = mapped_column(Integer)
    incident: Mapped[str] = mapped_column(Text)  # tessera.dedupe.Incident JSON
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)


class EventSourceRow(Base):
    """One mention: an extracted event in one article, attached to its canonical event."""

    __tablename__ = "event_sources"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    event_id: Mapped[str] = mapped_column(ForeignKey("events.id"), index=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    type: Mapped[str] = mapped_column(String(16))
    mode: Mapped[str] = mapped_column(String(16))
    evidence: Mapped[str] = mapped_column(Text)
    published: Mapped[dt.date | None] = mapped_column(Date)
    match_reasons: Mapped[str] = mapped_column(Text, default="[]")  # JSON: why it joined its event
    record: Mapped[str] = mapped_column(Text)  # tessera.records.Event JSON


class FailureRow(Base):
    __tablename__ = "failures"
    __table_args__ = (UniqueConstraint("source", "stage", name="uq_failures_source_stage"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    source: Mapped[str] = mapped_column(Text)
    stage: Mapped[str] = mapped_column(String(16))  # read | fetch | parse | extract
    reason: Mapped[str] = mapped_column(Text)
    article_id: Mapped[str | None] = mapped_column(String(40))
    run_id: Mapped[int | None] = mapped_column(ForeignKey("ingest_runs.id"))
    attempts: Mapped[int] = mapped_column(Integer, default=1)
    first_seen: Mapped[dt.datetime] = mapped_column(DateTime)
    last_seen: Mapped[dt.datetime] = mapped_column(DateTime)


class StoreStateRow(Base):
    """The store's one state row (id 1): `generation` goes up by one with every article's write
    transaction, so equal generations mean equal events (the read queries' cache key)."""

    __tablename__ = "store_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    generation: Mapped[int] = mapped_column(BigInteger)


class ApiTokenRow(Base):
    """An API token of the HTTP API's write endpoints: only a salted hash of its secret (`tessera.auth`)."""

    __tablename__ = "api_tokens"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    key: Mapped[str] = mapped_column(String(12), unique=True)  # finds the row without scanning hashes
    salt: Mapped[str] = mapped_column(String(32))
    secret_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    last_used_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
