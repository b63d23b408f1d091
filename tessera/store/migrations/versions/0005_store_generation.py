"""The store's generation: a counter the write path raises in every article's transaction.

`store_state` holds one row (id 1). `Store.article_writer` adds one to its
`generation` at the end of each article's transaction (new, updated, recoded or
cleared articles, their events and sources), so a reader that sees the same number
sees the same events. The read queries keep facet and count results keyed by it
(`tessera.store.queries.ResultCache`) and recompute only when it has moved: see
docs/STORE.md, "Reading under load".

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    table = op.create_table(
        "store_state",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("generation", sa.BigInteger, nullable=False),
    )
    op.bulk_insert(table, [{"id": 1, "generation": 0}])


def downgrade() -> None:
    op.drop_table("store_state")
