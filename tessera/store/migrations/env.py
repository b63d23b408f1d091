"""Alembic environment: run with the connection that `tessera.store.open_store` passes in."""

from __future__ import annotations

from alembic import context

from tessera.store.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("tessera's migrations run through tessera.store.open_store(), which passes a connection")

context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
