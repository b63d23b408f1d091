"""Indexes for the read queries (tessera/store/queries.py) so they cost the same at 20,000 events as at 2,000.

- `ix_events_listing` (date_start DESC, id): the default order of event lists, read
  in index order so a page stops after LIMIT rows instead of sorting every event.
- `ix_events_fatality_order` (coalesce(fatalities, 0), id), `ix_events_source_order`
  (source_count, id): the other sort orders, either direction.
- `ix_events_actor` (actor_name, actor_id), `ix_events_recipient` (recipient_name,
  recipient_id): the actors facet counts each role in index order.
- `ix_events_place` (location, lat, lon, country, admin1, geo_precision): the places facet.
- `ix_events_period` (date_start, type, country, mode, admin1, fatalities): aggregates.
- `ix_events_country_admin1` (country, admin1): the filter menus' areas.
- `ix_events_span` (days from date_start to date_end): the longest event, which turns
  `since` (an event ending on or after it) into a range on date_start as well.

The listing, actor, place and period indexes also carry every column a filter reads
(`FILTERED`), so a filtered facet or count is answered from one narrow index, the
filters checked there, without reading the wide rows (each holds its incident JSON,
about 0.8 KB): measured with benchmarks/load.py, docs/STORE.md.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# The columns every event filter reads (EventFilter, but for the text search): carried
# by the indexes the facets and lists scan, so a filter is checked in the index and a
# scan never reads the wide rows (each carries its incident JSON).
FILTERED = ["country", "admin1", "type", "mode", "date_start", "date_end", "lat", "lon", "actor_name", "recipient_name"]


def _with_filters(*leading: str | sa.TextClause) -> list[str | sa.TextClause]:
    named = {c for c in leading if isinstance(c, str)}
    return [*leading, *(c for c in FILTERED if c not in named)]


INDEXES: dict[str, list[str | sa.TextClause]] = {
    "ix_events_listing": [sa.text("date_start DESC"), "id", *(c for c in FILTERED if c != "date_start")],
    "ix_events_fatality_order": [sa.text("coalesce(fatalities, 0)"), "id"],
    "ix_events_source_order": ["source_count", "id"],
    "ix_events_actor": _with_filters("actor_name", "actor_id"),
    "ix_events_recipient": _with_filters("recipient_name", "recipient_id"),
    "ix_events_place": _with_filters("location", "lat", "lon", "country", "admin1", "geo_precision"),
    "ix_events_period": _with_filters("date_start", "type", "country", "mode", "admin1", "fatalities"),
    "ix_events_country_admin1": ["country", "admin1"],
}


def _span() -> sa.TextClause:
    """Days from an event's start to its end, as `StoreQueries._longest_span_days` writes it."""
    if op.get_bind().dialect.name == "postgresql":
        return sa.text("(date_end - date_start)")
    return sa.text("julianday(date_end) - julianday(date_start)")


def upgrade() -> None:
    for name, columns in INDEXES.items():
        op.create_index(name, "events", columns)
    op.create_index("ix_events_span", "events", [_span()])
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ANALYZE events")  # so the planner knows which index narrows most


def downgrade() -> None:
    op.drop_index("ix_events_span", table_name="events")
    for name in INDEXES:
        op.drop_index(name, table_name="events")
