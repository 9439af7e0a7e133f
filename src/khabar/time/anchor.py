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


def parse_any_date(value: str, languages: list[str] | None = None) -> Anchor | None:
    """Anchor from an ISO string or, failing that, any date string dateparser reads (RSS dates).

    ``languages``: the languages the string may be in, when known. Without them dateparser tries
    every language it has, and loading them all costs seconds on the first strings it cannot read."""
    a = parse_iso(value)
    if a:
        return a
    try:
        import dateparser

        settings = {"PREFER_DAY_OF_MONTH": "first", "STRICT_PARSING": True}
        try:
            d = dateparser.parse(value, languages=languages, settings=settings)
        except ValueError:  # a language dateparser does not know: let it try them all
            d = dateparser.parse(value, settings=settings)
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

    labels: dict[str, set[str]] = {}  # label (casefolded, spaces collapsed) -> languages that use it
    for code in languages():
        try:
            for x in (load_yaml(code, "time.yaml") or {}).get("published_labels") or []:
                labels.setdefault(" ".join(x.casefold().split()), set()).add(code)
        except FileNotFoundError:
            continue
    if not labels:
        return None
    alt = "|".join(sorted((re.escape(x).replace("\\ ", r"\s+") for x in labels), key=len, reverse=True))
    rx = re.compile(rf"\s*(?P<label>{alt})\s*[:：|-]?\s*(?P<date>\S.{{5,60}}?)\s*", re.IGNORECASE)
    return rx, labels


def published_on_page(raw: str, max_lines: int = 40) -> tuple[str, str] | None:
    """(ISO day, the line) of the first "Published: <date>" line among the first ``max_lines``
    lines of a page, in any language the data packs label; None when there is none."""
    found = _published_line_re()
    if found is None:
        return None
    rx, labels = found
    for line in raw[: 200 * max_lines].splitlines()[:max_lines]:  # the top of the page only, however long
        m = rx.fullmatch(line)
        # a year must be written ("Updated 2 hours ago" says nothing of the day), and 12/06/2024
        # is June in Delhi and December in New York: not read
        if m and re.search(r"\d{4}", m["date"]) and not re.match(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}", m["date"]):
            langs = labels.get(" ".join(m["label"].casefold().split()))
            # the label's language, and English: pages often write dates in English
            a = parse_any_date(m["date"], sorted(langs | {"en"}) if langs else None)
            if a and a.date:
                return a.date.isoformat(), line.strip()
    return None
