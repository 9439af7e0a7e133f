"""Watch configuration (TOML).

```toml
db = "khabar.db"                 # optional; --db wins
state_dir = ".khabar-watch"      # per-source state files live here

[[source]]
name = "drop"                    # unique; names the state file
kind = "folder"                  # folder | feed
path = "incoming"                # files of any supported format (txt, html, jsonl, warc, rss ...)
interval = 5                     # seconds between polls

[[source]]
name = "world"
kind = "feed"
url = "https://example.org/rss.xml"
interval = 300
fetch_pages = true               # also fetch each item's link (same host or allow_hosts only)
allow_hosts = ["example.org"]
timeout = 10
max_bytes = 5000000
retries = 3

[[alert]]
name = "kim-gifts"
type = "GIFT"                    # event type (optional)
actor = "Kim Jong Un"            # an entity name in any script (optional)
actors_all = ["North Korea", "Russia"]   # every one of these must take part (optional)
sink = "stdout"                  # stdout | file:PATH | webhook:URL
```
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path


class ConfigError(ValueError):
    pass


@dataclass
class SourceConfig:
    name: str
    kind: str
    path: str | None = None
    url: str | None = None
    interval: float = 60.0
    fetch_pages: bool = False
    allow_hosts: list[str] = field(default_factory=list)
    timeout: float = 10.0
    max_bytes: int = 5_000_000
    retries: int = 3


@dataclass
class AlertConfig:
    name: str
    sink: str = "stdout"
    type: str | None = None
    actor: str | None = None
    actors_all: list[str] = field(default_factory=list)
    lang: str | None = None


@dataclass
class WatchConfig:
    sources: list[SourceConfig]
    alerts: list[AlertConfig] = field(default_factory=list)
    db: str | None = None
    state_dir: str = ".khabar-watch"


def load_config(path: str | Path) -> WatchConfig:
    p = Path(path)
    try:
        raw = tomllib.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"no such config file: {p}")
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{p}: invalid TOML: {e}")
    base = p.resolve().parent
    sources = []
    names = set()
    for i, s in enumerate(raw.get("source", []), 1):
        if not isinstance(s, dict) or "name" not in s or s.get("kind") not in ("folder", "feed"):
            raise ConfigError(f"{p}: [[source]] #{i} needs a name and kind = \"folder\" or \"feed\"")
        if s["name"] in names:
            raise ConfigError(f"{p}: duplicate source name {s['name']!r}")
        names.add(s["name"])
        allowed = set(SourceConfig.__dataclass_fields__)
        unknown = set(s) - allowed
        if unknown:
            raise ConfigError(f"{p}: source {s['name']!r}: unknown keys {sorted(unknown)}")
        sc = SourceConfig(**s)
        if sc.kind == "folder":
            if not sc.path:
                raise ConfigError(f"{p}: folder source {sc.name!r} needs path")
            sc.path = str((base / sc.path).resolve()) if not Path(sc.path).is_absolute() else sc.path
        elif not sc.url or not sc.url.startswith(("http://", "https://")):
            raise ConfigError(f"{p}: feed source {sc.name!r} needs an http(s) url")
        sources.append(sc)
    if not sources:
        raise ConfigError(f"{p}: no [[source]] configured")
    alerts = []
    for i, a in enumerate(raw.get("alert", []), 1):
        if not isinstance(a, dict) or "name" not in a:
            raise ConfigError(f"{p}: [[alert]] #{i} needs a name")
        unknown = set(a) - set(AlertConfig.__dataclass_fields__)
        if unknown:
            raise ConfigError(f"{p}: alert {a['name']!r}: unknown keys {sorted(unknown)}")
        alerts.append(AlertConfig(**a))
    state_dir = raw.get("state_dir", ".khabar-watch")
    state_dir = str((base / state_dir).resolve()) if not Path(state_dir).is_absolute() else state_dir
    db = raw.get("db")
    if db and "://" not in db and not Path(db).is_absolute():
        db = str((base / db).resolve())
    return WatchConfig(sources, alerts, db, state_dir)
