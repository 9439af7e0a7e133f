"""Alembic environment for the khabar store.

Run through :mod:`khabar.store.migrate` (``Store`` on open, ``khabar db upgrade``):
the caller passes an open connection in ``config.attributes["connection"]`` so
the migration runs inside the caller's transaction and lock.
"""
from __future__ import annotations

from alembic import context

from khabar.store.schema import metadata

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run khabar migrations through `khabar db upgrade` (khabar.store.migrate), not the alembic CLI")

context.configure(
    connection=connection,
    target_metadata=metadata,
    # SQLite cannot ALTER most things in place; batch mode copies the table instead.
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
