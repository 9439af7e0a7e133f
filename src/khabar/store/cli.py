"""``khabar db``: create, upgrade and inspect the store schema (Alembic migrations)."""
from __future__ import annotations

import os

import typer

from . import DEFAULT_DB, db_url

db_app = typer.Typer(no_args_is_help=True, help="Store schema: migrations (SQLite and PostgreSQL).")
DbOpt = typer.Option(os.environ.get("KHABAR_DB", DEFAULT_DB), "--db", help="Store: a SQLite path or a SQLAlchemy URL (env KHABAR_DB).")


def _engine(db: str):
    from sqlalchemy import create_engine

    return create_engine(db_url(db))


@db_app.command()
def upgrade(db: str = DbOpt, revision: str = typer.Option("head", help="Target revision.")) -> None:
    """Create the schema or upgrade it to the latest revision (stores also do this when opened)."""
    from .migrate import current_revision, upgrade as run_upgrade

    engine = _engine(db)
    run_upgrade(engine, revision)
    with engine.connect() as c:
        typer.echo(f"{db_url(db)}: at revision {current_revision(c)}")


@db_app.command()
def current(db: str = DbOpt) -> None:
    """The schema revision of the store, and the newest this khabar knows."""
    from .migrate import current_revision, head_revision

    with _engine(db).connect() as c:
        typer.echo(f"{db_url(db)}: at revision {current_revision(c) or 'none (empty)'}; newest {head_revision()}")


@db_app.command()
def revision(message: str = typer.Option(..., "-m", "--message"), db: str = DbOpt) -> None:
    """(developers) Write a migration for the changes in store/schema.py; --db must be at the newest revision."""
    from .migrate import revision as new_revision

    new_revision(_engine(db), message)


def register(app: typer.Typer) -> None:
    app.add_typer(db_app, name="db")
