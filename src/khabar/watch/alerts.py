"""Saved queries that fire once per new or grown event.

An alert's key is (alert name, event key, number of mentions): a merged event
that gains a new mention (another article, another language) fires again, the
same event seen again does not. Fired keys are kept in a state file and saved
after each delivery, so a restart does not repeat alerts.
"""
from __future__ import annotations

import json
import sys
import time
import urllib.request
from typing import Any

from ..store import Store
from .config import AlertConfig
from .state import StateFile


class SinkError(Exception):
    pass


def _merged_groups(store: Store, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Group event rows into merged events when linking has produced them."""
    groups: dict[str, dict[str, Any]] = {}
    merged_of = {}
    lookup = getattr(store, "merged_event_of", None)
    if lookup is not None:
        merged_of = lookup([r["id"] for r in rows]) or {}
    for r in rows:
        key = merged_of.get(r["id"], r["id"])
        g = groups.setdefault(key, dict(key=key, type=r["type"], time=r["time"], events=[], docs=set(), langs=set()))
        g["events"].append(r["id"])
        g["docs"].add(r["doc_id"])
        g["langs"].add(r.get("lang"))
    return list(groups.values())


def matching_groups(store: Store, alert: AlertConfig) -> list[dict[str, Any]]:
    actor_sets = []
    for name in ([alert.actor] if alert.actor else []) + list(alert.actors_all):
        ids = {e["id"] for e in store.find_entities(name)}
        if not ids:
            return []
        actor_sets.append(ids)
    rows = store.events(type=alert.type, lang=alert.lang)
    if actor_sets:
        from sqlalchemy import select

        from ..store import schema as S

        with store.engine.connect() as c:
            roles: dict[str, set[str]] = {}
            for ev_id, ent in c.execute(select(S.event_roles.c.event_id, S.event_roles.c.entity_id)):
                roles.setdefault(ev_id, set()).add(ent)
        rows = [r for r in rows if all(roles.get(r["id"], set()) & ids for ids in actor_sets)]
    return _merged_groups(store, rows)


def deliver(sink: str, payload: dict[str, Any], retries: int = 3) -> None:
    line = json.dumps(payload, ensure_ascii=False, default=str)
    if sink == "stdout":
        sys.stdout.write(line + "\n")
        sys.stdout.flush()
    elif sink.startswith("file:"):
        with open(sink[5:], "a", encoding="utf-8") as f:
            f.write(line + "\n")
    elif sink.startswith("webhook:"):
        url = sink[len("webhook:"):]
        last = ""
        for attempt in range(retries + 1):
            if attempt:
                time.sleep(0.3 * 2 ** (attempt - 1))
            req = urllib.request.Request(url, data=line.encode(), method="POST",
                                         headers={"Content-Type": "application/json"})
            try:
                with urllib.request.urlopen(req, timeout=10) as r:
                    if 200 <= r.status < 300:
                        return
                    last = f"HTTP {r.status}"
            except Exception as e:  # network errors are retried, then reported
                last = f"{type(e).__name__}: {e}"
        raise SinkError(f"webhook {url}: {last}")
    else:
        raise SinkError(f"unknown sink {sink!r} (use stdout, file:PATH or webhook:URL)")


def check_alerts(store: Store, alerts: list[AlertConfig], state: StateFile) -> tuple[int, list[str]]:
    """Fire every alert for groups not yet fired at their current size. Returns (fired, errors)."""
    fired_keys = set(state.data.setdefault("fired", []))
    fired, errors = 0, []
    for alert in alerts:
        for g in matching_groups(store, alert):
            key = f"{alert.name}|{g['key']}|{len(g['events'])}"
            if key in fired_keys:
                continue
            payload = dict(alert=alert.name, event=g["key"], type=g["type"], time=g["time"], mentions=len(g["events"]),
                           articles=sorted(g["docs"]), languages=sorted(x for x in g["langs"] if x))
            try:
                deliver(alert.sink, payload)
            except SinkError as e:
                errors.append(str(e))
                continue
            fired_keys.add(key)
            state.data["fired"].append(key)
            state.save()
            fired += 1
    return fired, errors
