"""The watch loop: poll due sources, process and store new articles, link, alert, report health."""
from __future__ import annotations

import datetime as dt
import threading
import time
from pathlib import Path
from typing import Any

from ..engine.local import run_items
from ..pipeline import Pipeline
from ..store import Store
from .alerts import check_alerts
from .config import WatchConfig
from .sources import make_source
from .state import StateFile


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def link_new(store: Store) -> None:
    """Incremental cross-article linking, when the linking module is installed."""
    try:
        from ..link import incremental
    except ImportError:
        return
    incremental.link_pending(store)


class Watcher:
    def __init__(self, config: WatchConfig, store: Store, pipeline: Pipeline | None = None):
        self.config, self.store = config, store
        self.pipeline = pipeline or Pipeline.build()
        self.sources = [make_source(s, config.state_dir) for s in config.sources]
        self.next_due = {s.cfg.name: 0.0 for s in self.sources}
        self.status = StateFile(Path(config.state_dir) / "status.json")
        self.alert_state = StateFile(Path(config.state_dir) / "alerts.json")

    def poll_once(self, force: bool = False) -> dict[str, Any]:
        """Poll every due source (all of them with ``force``); returns counts for this round."""
        now = time.monotonic()
        summary = dict(new=0, known=0, errors=0, alerts=0)
        for src in self.sources:
            name = src.cfg.name
            if not force and now < self.next_due[name]:
                continue
            self.next_due[name] = now + src.cfg.interval
            st = self.status.data.setdefault("sources", {}).setdefault(name, {"kind": src.cfg.kind})
            st["last_poll"] = _now()
            poll = src.poll()
            st["backlog"] = poll.backlog
            if poll.error:
                st["last_error"], st["last_error_at"] = poll.error, _now()
                st["errors"] = st.get("errors", 0) + 1
                summary["errors"] += 1
            report = run_items(poll.items, self.store, self.pipeline)
            src.commit(poll)  # only after every item is stored
            for k in ("new", "known", "error"):
                n = len(report.of(k))
                summary["errors" if k == "error" else k] += n
                st[f"total_{k}"] = st.get(f"total_{k}", 0) + n
            if report.of("new"):
                st["last_new"] = _now()
        if summary["new"]:
            link_new(self.store)
        if self.config.alerts:
            fired, errs = check_alerts(self.store, self.config.alerts, self.alert_state)
            summary["alerts"] = fired
            if errs:
                self.status.data["alert_errors"] = errs[-5:]
        self.status.data["updated"] = _now()
        self.status.save()
        return summary

    def run(self, stop: threading.Event | None = None, tick: float = 0.2) -> None:
        stop = stop or threading.Event()
        while not stop.is_set():
            self.poll_once()
            stop.wait(tick)


def read_status(state_dir: str) -> dict[str, Any]:
    return StateFile(Path(state_dir) / "status.json").data
