"""What the linker keeps of an article: a compact, language-independent profile.

A profile holds the lede sentence vectors, the canonical entity ids the
article mentions (with counts), the numbers it contains (digits of any script
normalised to ASCII: numbers survive translation) and the article's date.
Profiles are what clustering compares; they are stored so that a later
``khabar link`` run never has to re-read or re-embed an old article.
"""
from __future__ import annotations

import datetime as dt
import unicodedata
from functools import lru_cache
from collections import Counter
from dataclasses import dataclass, field

import numpy as np
import regex

from ..model import Document
from .embed import LEDE_SENTENCES, Embedder, article_vectors, lede, pack, unpack

# A run of digits in any script, with thousands separators (1,00,000 / 100,000 / 1.5).
NUMBER_RE = regex.compile(r"\p{Nd}+(?:[.,]\p{Nd}+)*")


@dataclass
class ArticleProfile:
    doc_id: str
    lang: str | None
    date: str | None = None  # ISO day or month the article reports on
    entities: dict[str, int] = field(default_factory=dict)  # canonical id -> mentions
    numbers: frozenset[str] = frozenset()
    sent_vecs: np.ndarray = field(default_factory=lambda: np.zeros((0, 384), dtype=np.float32))
    vec: np.ndarray = field(default_factory=lambda: np.zeros(384, dtype=np.float32))
    source: str = ""
    events: dict = field(default_factory=dict)  # what its events say happened (see signature.py)
    centred: tuple[np.ndarray, np.ndarray] | None = field(default=None, repr=False, compare=False)

    def salient(self, k: int = 6) -> set[str]:
        """The entities the article is about: its most mentioned canonical ids."""
        return {e for e, _ in Counter(self.entities).most_common(k)}

    def to_json(self) -> dict:
        return dict(lang=self.lang, date=self.date, entities=self.entities, numbers=sorted(self.numbers),
                    sent_vecs=pack(self.sent_vecs), source=self.source, events=self.events)

    @classmethod
    def from_json(cls, doc_id: str, d: dict) -> "ArticleProfile":
        sv = unpack(d["sent_vecs"]) if d.get("sent_vecs") else np.zeros((0, 384), dtype=np.float32)
        return cls(doc_id, d.get("lang"), d.get("date"), dict(d.get("entities") or {}),
                   frozenset(d.get("numbers") or ()), sv, article_vectors(sv), d.get("source", ""),
                   dict(d.get("events") or {}))


def numbers_in(text: str) -> frozenset[str]:
    """Numbers with at least two digits, as ASCII digit strings without separators."""
    out = set()
    for m in NUMBER_RE.finditer(text):
        digits = "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in m.group())
        plain = digits.replace(",", "")
        if sum(c.isdigit() for c in plain) >= 2:
            out.add(plain.rstrip("0").rstrip(".") if "." in plain else plain)
    return frozenset(out)


def parse_day(value: str | None) -> dt.date | None:
    if not value or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


# A calendar value with a known year: 2024, 2024-06, 2024-06-19 (TIMEX-style "XXXX-09-13" has none).
YEAR_VALUE_RE = regex.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


MONTH_DAY_RE = regex.compile(r"^(?:\d{4}|X{4})-(\d{2})-(\d{2})")


@lru_cache(maxsize=65536)
def date_range(value: str | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day a year, month or day value can mean; None without a known year."""
    m = YEAR_VALUE_RE.match(value or "")
    if not m:
        return None
    y, mo, d = int(m[1]), m[2] and int(m[2]), m[3] and int(m[3])
    try:
        if d:
            day = dt.date(y, mo, d)
            return day, day
        if mo:
            nxt = dt.date(y + (mo == 12), mo % 12 + 1, 1)
            return dt.date(y, mo, 1), nxt - dt.timedelta(days=1)
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    except ValueError:
        return None


def article_date(doc: Document) -> str | None:
    """The date an article reports on, as precise as known: its publication date, else the
    most cited explicit day (then month) with a known year in its text, latest on ties."""
    if parse_day(doc.published):
        return doc.published[:10]
    for precision, width in (("day", 10), ("month", 7)):
        vals = Counter(t.value[:width] for t in doc.times
                       if t.kind == "DATE" and t.precision == precision and date_range(t.value))
        if vals:
            return max(vals, key=lambda d: (vals[d], d))
    if date_range(doc.published):
        return doc.published
    # a day without a year ("XXXX-09-13") still rules out reports of other months
    days = Counter(t.value[:10] for t in doc.times if t.kind == "DATE" and t.precision == "day"
                   and MONTH_DAY_RE.match(t.value or ""))
    return max(days, key=lambda d: (days[d], d)) if days else None


def build_profile(doc: Document, embedder: Embedder | None, lede_sentences: int = LEDE_SENTENCES) -> ArticleProfile:
    from .signature import signature

    ents = Counter(m.entity_id for m in doc.mentions if m.entity_id)
    sv = embedder.sentences(lede(doc, lede_sentences)) if embedder else np.zeros((0, 384), dtype=np.float32)
    return ArticleProfile(doc.id, doc.lang, article_date(doc), dict(ents), numbers_in(doc.text), sv,
                          article_vectors(sv), doc.url or doc.source, signature(doc))


@lru_cache(maxsize=262144)
def days_apart(a: str | None, b: str | None) -> float | None:
    """Smallest distance in days between the periods two values can mean (0 when they overlap);
    None when it cannot be bounded (a missing value, or no year and no month-day to compare)."""
    ra, rb = date_range(a), date_range(b)
    if ra is not None and rb is not None:
        return float(max(0, (rb[0] - ra[1]).days, (ra[0] - rb[1]).days))
    # Two days of which one lacks its year: their distance in whichever year is closest
    # (a lower bound on the true distance, so it can rule out but never wrongly rule in).
    ma, mb = MONTH_DAY_RE.match(a or ""), MONTH_DAY_RE.match(b or "")
    if not (ma and mb):
        return None
    try:
        da, db = dt.date(2000, int(ma[1]), int(ma[2])), dt.date(2000, int(mb[1]), int(mb[2]))
    except ValueError:
        return None
    d = abs((da - db).days)
    return float(min(d, 366 - d))
