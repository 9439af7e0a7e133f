"""``khabar serve``: the HTTP API and web page over a store."""
from __future__ import annotations

import os

import typer

from .security import DEFAULT_MAX_BODY

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def register(app: typer.Typer) -> None:
    @app.command()
    def serve(
        host: str = typer.Option("127.0.0.1", help="Interface to listen on (loopback by default)."),
        port: int = typer.Option(8000, help="TCP port."),
        db: str = typer.Option(os.environ.get("KHABAR_DB", "khabar.db"), "--db",
                               help="Store: a SQLite path or a SQLAlchemy URL (env KHABAR_DB)."),
        max_body: int = typer.Option(DEFAULT_MAX_BODY, help="Largest accepted request body, in bytes."),
    ) -> None:
        """Serve the HTTP API (/api/...) and the web page (/) over the store.

        POST /api/articles needs the token in env KHABAR_TOKEN (without it, writes are off).
        Set KHABAR_READ_TOKEN to require a token for reading too.
        """
        import uvicorn

        from ..store import Store
        from .app import create_app

        write_token = os.environ.get("KHABAR_TOKEN") or None
        read_token = os.environ.get("KHABAR_READ_TOKEN") or None
        if host not in LOOPBACK and not read_token:
            typer.echo(f"note: serving reads without a token on {host}; set KHABAR_READ_TOKEN to restrict them", err=True)
        typer.echo(f"khabar: http://{host}:{port}/  (writes {'on' if write_token else 'off: set KHABAR_TOKEN'})", err=True)
        uvicorn.run(create_app(Store(db), write_token=write_token, read_token=read_token, max_body=max_body),
                    host=host, port=port, log_level="warning")
