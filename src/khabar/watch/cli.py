"""`khabar watch CONFIG` and `khabar status`."""
from __future__ import annotations

import json
import os
import signal
import sys
import threading
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

console = Console()


def register(app: typer.Typer) -> None:
    @app.command()
    def watch(
        config: str = typer.Argument(..., help="Watch configuration (TOML)."),
        db: Optional[str] = typer.Option(None, "--db", help="Store (default: the config's db, then KHABAR_DB, then ./khabar.db)."),
        once: bool = typer.Option(False, help="Poll every source once and exit."),
    ) -> None:
        """Keep polling folders and feeds; new articles are processed, linked and alerted on."""
        from ..store import DEFAULT_DB, Store
        from .config import ConfigError, load_config
        from .runner import Watcher

        try:
            cfg = load_config(config)
        except ConfigError as e:
            console.print(f"[red]{e}")
            raise typer.Exit(2)
        store = Store(db or cfg.db or os.environ.get("KHABAR_DB", DEFAULT_DB))
        w = Watcher(cfg, store)
        if once:
            s = w.poll_once(force=True)
            console.print(f"{s['new']} new, {s['known']} known, {s['errors']} errors, {s['alerts']} alerts", highlight=False)
            return
        stop = threading.Event()
        signal.signal(signal.SIGTERM, lambda *a: stop.set())
        console.print(f"watching {len(cfg.sources)} source(s); Ctrl-C to stop", style="dim")
        try:
            w.run(stop)
        except KeyboardInterrupt:
            pass

    @app.command()
    def status(
        config: str = typer.Argument(..., help="The watch configuration whose state to show."),
        as_json: bool = typer.Option(False, "--json"),
    ) -> None:
        """Sources being watched: last poll, errors, backlog, totals."""
        from .config import ConfigError, load_config
        from .runner import read_status

        try:
            cfg = load_config(config)
        except ConfigError as e:
            console.print(f"[red]{e}")
            raise typer.Exit(2)
        st = read_status(cfg.state_dir)
        rows = []
        for s in cfg.sources:
            d = st.get("sources", {}).get(s.name, {})
            rows.append(dict(source=s.name, kind=s.kind, target=s.path or s.url, last_poll=d.get("last_poll"),
                             new=d.get("total_new", 0), errors=d.get("total_error", 0) + d.get("errors", 0),
                             last_error=d.get("last_error"), backlog=d.get("backlog", 0)))
        if as_json:
            for r in rows:
                sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
            return
        t = Table(title=f"watch status (updated {st.get('updated', 'never')})")
        for col in ("source", "kind", "target", "last poll", "new", "errors", "backlog", "last error"):
            t.add_column(col, overflow="fold")
        for r in rows:
            t.add_row(r["source"], r["kind"], r["target"], r["last_poll"] or "never", str(r["new"]), str(r["errors"]),
                      str(r["backlog"]), r["last_error"] or "")
        console.print(t)
