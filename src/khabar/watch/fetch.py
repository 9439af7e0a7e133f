"""HTTP fetching for feeds: conditional requests, timeouts, retries with backoff, size limit."""
from __future__ import annotations

import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urlparse

USER_AGENT = "khabar-watch/0.1 (+https://github.com/khabar)"


class FetchError(Exception):
    pass


@dataclass
class Response:
    status: int  # 200, or 304 when not modified
    body: bytes = b""
    etag: str | None = None
    last_modified: str | None = None
    url: str = ""


def host_allowed(url: str, allow_hosts: set[str]) -> bool:
    u = urlparse(url)
    return u.scheme in ("http", "https") and (u.hostname or "") in allow_hosts


def fetch(url: str, *, etag: str | None = None, last_modified: str | None = None, timeout: float = 10.0,
          max_bytes: int = 5_000_000, retries: int = 3, backoff: float = 0.5) -> Response:
    """GET ``url``. 304 → Response(304). Retries network errors and 5xx with exponential backoff."""
    if urlparse(url).scheme not in ("http", "https"):
        raise FetchError(f"refusing non-http(s) URL {url!r}")
    headers = {"User-Agent": USER_AGENT, "Accept-Encoding": "identity"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    last_error = "no attempt"
    for attempt in range(retries + 1):
        if attempt:
            time.sleep(backoff * 2 ** (attempt - 1))
        req = urllib.request.Request(url, headers=headers)
        try:
            with urllib.request.urlopen(req, timeout=timeout) as r:
                body = r.read(max_bytes + 1)
                if len(body) > max_bytes:
                    raise FetchError(f"{url}: response over {max_bytes} bytes")
                return Response(r.status, body, r.headers.get("ETag"), r.headers.get("Last-Modified"), r.geturl())
        except urllib.error.HTTPError as e:
            if e.code == 304:
                return Response(304, etag=etag, last_modified=last_modified, url=url)
            last_error = f"HTTP {e.code}"
            if e.code < 500 and e.code != 429:
                break
        except FetchError:
            raise
        except (urllib.error.URLError, TimeoutError, OSError) as e:
            last_error = f"{type(e).__name__}: {getattr(e, 'reason', e)}"
    raise FetchError(f"{url}: {last_error} (after {attempt + 1} attempt(s))")
