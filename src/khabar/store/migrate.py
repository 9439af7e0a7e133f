"""Schema migrations (Alembic) run from code: on ``Store`` open and by ``khabar db``.

The migration scripts live in ``khabar/store/migrations`` and ship inside the
package, so an installed khabar can create or upgrade any store it opens
without an ``alembic.ini``. Upgrades run in one transaction under a lock
(PostgreSQL advisory lock; SQLite's write lock) so two processes opening a
fresh store at once do not both try to create it.
"""
from __future__ import annotations

import functools
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect
from sqlalchemy.engine import Connection, Engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# The revision whose schema equals what ``metadata.create_all`` made before
# migrations existed: such stores are stamped with it, then upgraded.
INITIAL_REVISION = "0001"
# Any fixed number: the key of the PostgreSQL advisory lock held while migrating.
_PG_LOCK_KEY = 0x6B686162


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


@functools.cache
def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def ensure_schema(engine: Engine) -> None:
    """Create the schema in an empty database or upgrade an older one to the head revision."""
    with engine.connect() as c:  # cheap check first: most opens find the store up to date
        if current_revision(c) == head_revision():
            return
    upgrade(engine)


def upgrade(engine: Engine, revision: str = "head") -> None:
    with engine.connect() as c:
        if c.dialect.name == "postgresql":
            c.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_LOCK_KEY})")
        elif c.dialect.name == "sqlite":
            # pysqlite opens transactions only before DML; take the write lock now so a
            # second process waits here (busy_timeout) instead of racing to create tables.
            c.exec_driver_sql("BEGIN IMMEDIATE")
        cfg = alembic_config(c)
        if current_revision(c) is None and inspect(c).has_table("articles"):
            command.stamp(cfg, INITIAL_REVISION)  # a store made before migrations existed
        command.upgrade(cfg, revision)
        c.commit()


def revision(engine: Engine, message: str, autogenerate: bool = True) -> None:
    """Write a new migration script comparing ``schema.py`` with the database (dev tool)."""
    with engine.begin() as c:
        command.revision(alembic_config(c), message=message, autogenerate=autogenerate)
