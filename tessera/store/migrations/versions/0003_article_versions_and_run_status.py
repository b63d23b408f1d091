"""Article versions (a new text at a known URL updates the article) and run status.

- `article_versions`: the earlier texts (and codings) of an article replaced by a new
  text at the same URL.
- `ingest_runs.status` (running | finished | interrupted), `host`, `pid`: the next run
  marks a run whose process was killed as interrupted. Runs already stored with a
  finish time are finished; those without one were interrupted.
- An empty URL means no URL: stored "" becomes NULL (two of them broke the unique key).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "article_versions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("article_id", sa.String(length=40), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Text(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("document", sa.Text(), nullable=True),
        sa.Column("pipeline_version", sa.String(length=64), nullable=True),
        sa.Column("run_id", sa.Integer(), nullable=True),
        sa.Column("ingested_at", sa.DateTime(), nullable=False),
        sa.Column("replaced_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["run_id"], ["ingest_runs.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("article_id", "version", name="uq_article_versions_article_version"),
    )
    op.create_index("ix_article_versions_article_id", "article_versions", ["article_id"])
    op.add_column(
        "ingest_runs", sa.Column("status", sa.String(length=16), nullable=False, server_default="finished")
    )
    op.add_column("ingest_runs", sa.Column("host", sa.String(length=255), nullable=True))
    op.add_column("ingest_runs", sa.Column("pid", sa.Integer(), nullable=True))
    op.execute("UPDATE ingest_runs SET status = 'interrupted' WHERE finished_at IS NULL")
    op.execute("UPDATE articles SET url = NULL WHERE url = ''")


def downgrade() -> None:
    with op.batch_alter_table("ingest_runs") as batch:
        batch.drop_column("pid")
        batch.drop_column("host")
        batch.drop_column("status")
    op.drop_index("ix_article_versions_article_id", table_name="article_versions")
    op.drop_table("article_versions")
