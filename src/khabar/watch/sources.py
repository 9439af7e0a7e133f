"""Pollable sources. Each poll returns new items; the caller commits the source's
state only after those items are stored, so a crash re-delivers (harmless: the
store is idempotent) instead of skipping."""
from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

from ..model import Document
from ..read import ReadError, iter_files, read_bytes, read_path
from .config import SourceConfig
from .fetch import FetchError, fetch, host_allowed
from .state import StateFile

# A file modified this recently may still be being written; it waits for the next poll.
SETTLE_SECONDS = 0.5
# Feed item keys remembered per source (a feed repeats its last N items).
MAX_SEEN_ITEMS = 5000


@dataclass
class Poll:
    items: list[Document | ReadError] = field(default_factory=list)
    pending: dict = field(default_factory=dict)  # state updates to commit once items are stored
    error: str | None = None
    backlog: int = 0


class FolderSource:
    def __init__(self, cfg: SourceConfig, state: StateFile):
        self.cfg, self.state = cfg, state
        self.state.data.setdefault("files", {})

    def poll(self) -> Poll:
        root = Path(self.cfg.path)
        out = Poll()
        if not root.exists():
            out.error = f"folder {root} does not exist"
            return out
        seen = self.state.data["files"]
        now = time.time()
        for p in iter_files(root):
            if p.name.endswith((".tmp", ".part", ".partial", ".crdownload")):
                continue
            try:
                st = p.stat()
            except OSError:
                continue
            key = str(p.relative_to(root))
            fp = f"{st.st_size}:{st.st_mtime_ns}"
            if seen.get(key) == fp:
                continue
            if now - st.st_mtime < SETTLE_SECONDS:
                out.backlog += 1
                continue
            out.items.extend(read_path(p))
            out.pending[key] = fp
        return out

    def commit(self, poll: Poll) -> None:
        self.state.data["files"].update(poll.pending)
        self.state.save()


def _item_key(doc: Document) -> str:
    if doc.url:
        return doc.url
    return hashlib.sha256(((doc.title or "") + doc.raw_text[:2000]).encode()).hexdigest()[:24]


class FeedSource:
    def __init__(self, cfg: SourceConfig, state: StateFile):
        self.cfg, self.state = cfg, state
        self.state.data.setdefault("seen", [])
        self.allow = set(cfg.allow_hosts) | {urlparse(cfg.url).hostname or ""}

    def poll(self) -> Poll:
        out = Poll()
        d = self.state.data
        try:
            r = fetch(self.cfg.url, etag=d.get("etag"), last_modified=d.get("last_modified"), timeout=self.cfg.timeout,
                      max_bytes=self.cfg.max_bytes, retries=self.cfg.retries)
        except FetchError as e:
            out.error = str(e)
            return out
        if r.status == 304:
            return out
        out.pending["etag"], out.pending["last_modified"] = r.etag, r.last_modified
        seen = set(d["seen"])
        new_keys = []
        for item in read_bytes(r.body, self.cfg.url, "feed"):
            if isinstance(item, ReadError):
                out.items.append(item)
                continue
            key = _item_key(item)
            if key in seen or key in new_keys:
                continue
            new_keys.append(key)
            out.items.append(self._page_or_item(item))
        out.pending["seen_add"] = new_keys
        return out

    def _page_or_item(self, item: Document) -> Document:
        """The linked article page when allowed and fetchable; else the feed item itself."""
        if not (self.cfg.fetch_pages and item.url and host_allowed(item.url, self.allow)):
            return item
        from ..read.html import html_to_document
        from ..read.text import decode

        try:
            r = fetch(item.url, timeout=self.cfg.timeout, max_bytes=self.cfg.max_bytes, retries=self.cfg.retries)
            page = html_to_document(decode(r.body), item.url, item.url)
        except Exception:
            return item
        page.title = page.title or item.title
        if not page.published and item.published:
            page.published, page.published_from = item.published, "feed"
        return page

    def commit(self, poll: Poll) -> None:
        d = self.state.data
        if "etag" in poll.pending:
            d["etag"], d["last_modified"] = poll.pending["etag"], poll.pending["last_modified"]
        d["seen"] = (d["seen"] + poll.pending.get("seen_add", []))[-MAX_SEEN_ITEMS:]
        self.state.save()


def make_source(cfg: SourceConfig, state_dir: str):
    state = StateFile(Path(state_dir) / f"source-{cfg.name}.json")
    return FolderSource(cfg, state) if cfg.kind == "folder" else FeedSource(cfg, state)
