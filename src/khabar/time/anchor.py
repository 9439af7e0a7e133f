"""The date relative expressions are resolved against.

Known: ``doc.published`` (ISO date/datetime, from metadata) or a date field
in ``doc.meta``. Otherwise inferred from the text, and flagged as such:

1. the latest absolute full date written in the article (news reports events
   up to the day of publication, so this is a close lower bound);
2. "first in N years" together with "last time in YEAR" -> YEAR + N (only
   the year is known then).

An anchor may know only its year; resolution then leaves finer fields
unresolved rather than guessing.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from ..model import Document

# Keys readers and trafilatura use for a publication date in doc.meta.
META_DATE_KEYS = ("published", "date", "datePublished", "pubDate", "published_date", "article:published_time")


@dataclass(frozen=True)
class Anchor:
    year: int | None = None
    date: dt.date | None = None  # None when only the year is known
    inferred: bool = False
    how: str = ""

    @property
    def iso(self) -> str | None:
        if self.date:
            return self.date.isoformat()
        return str(self.year) if self.year else None


NO_ANCHOR = Anchor()


def parse_iso(value: str) -> Anchor | None:
    """Anchor from an ISO date/datetime string ("2024-06-19", "2024-06-19T08:00:00+05:30", "2024")."""
    s = value.strip()
    try:
        d = dt.date.fromisoformat(s[:10])
        return Anchor(d.year, d)
    except ValueError:
        pass
    if len(s) == 4 and s.isdigit():
        return Anchor(int(s), None)
    return None


def parse_any_date(value: str) -> Anchor | None:
    """Anchor from an ISO string or, failing that, any date string dateparser reads (RSS dates)."""
    a = parse_iso(value)
    if a:
        return a
    try:
        import dateparser

        d = dateparser.parse(value, settings={"PREFER_DAY_OF_MONTH": "first", "STRICT_PARSING": True})
    except Exception:  # a bad metadata string must not stop the article
        d = None
    return Anchor(d.year, d.date()) if d else None


def known_anchor(doc: Document) -> Anchor | None:
    """Anchor from doc.published or a metadata date field; None when neither gives one."""
    if doc.published:
        a = parse_any_date(str(doc.published))
        if a:
            return Anchor(a.year, a.date, inferred=bool(doc.published_inferred), how=doc.published_from or "published")
    for k in META_DATE_KEYS:
        v = doc.meta.get(k) if isinstance(doc.meta, dict) else None
        if isinstance(v, str) and v.strip():
            a = parse_any_date(v)
            if a:
                return Anchor(a.year, a.date, inferred=False, how=f"meta:{k}")
    return None


@lru_cache(maxsize=1)
def _published_line_re():
    from ..lang import languages, load_yaml

    labels = set()
    for code in languages():
        try:
            labels.update((load_yaml(code, "time.yaml") or {}).get("published_labels") or [])
        except FileNotFoundError:
            continue
    if not labels:
        return None
    alt = "|".join(sorted((re.escape(x).replace("\\ ", r"\s+") for x in labels), key=len, reverse=True))
    return re.compile(rf"\s*(?:{alt})\s*[:：|-]?\s*(?P<date>\S.{{5,60}}?)\s*", re.IGNORECASE)


def published_on_page(raw: str, max_lines: int = 40) -> tuple[str, str] | None:
    """(ISO day, the line) of the first "Published: <date>" line among the first ``max_lines``
    lines of a page, in any language the data packs label; None when there is none."""
    rx = _published_line_re()
    if rx is None:
        return None
    for line in raw[: 200 * max_lines].splitlines()[:max_lines]:  # the top of the page only, however long
        m = rx.fullmatch(line)
        # a year must be written ("Updated 2 hours ago" says nothing of the day), and 12/06/2024
        # is June in Delhi and December in New York: not read
        if m and re.search(r"\d{4}", m["date"]) and not re.match(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}", m["date"]):
            a = parse_any_date(m["date"])
            if a and a.date:
                return a.date.isoformat(), line.strip()
    return None
