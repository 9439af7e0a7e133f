"""The one document model every stage reads and extends.

Offsets: every ``start``/``end`` in this module is a character offset into
``Document.text`` (the cleaned, NFC-normalised article text), so
``doc.text[m.start:m.end]`` is always the evidence for a fact. Removed
boilerplate keeps offsets into ``Document.raw_text`` (what the reader gave us
after NFC) so nothing is dropped silently.

Every extracted fact carries ``by``: the rule, data file line or model that
produced it, so a user can see why it is there.
"""
from __future__ import annotations

import dataclasses
import hashlib
import unicodedata
from dataclasses import dataclass, field
from typing import Any


def _asdict(obj: Any) -> Any:
    return dataclasses.asdict(obj)


@dataclass
class Span:
    start: int
    end: int


@dataclass
class Sentence:
    start: int
    end: int
    lang: str | None = None
    script: str | None = None


@dataclass
class Removed:
    """A piece of the raw text that cleaning took out (boilerplate, junk)."""

    start: int  # offsets into Document.raw_text
    end: int
    text: str
    reason: str  # e.g. "boilerplate:bn/boilerplate.txt:12" or "zero-width"


@dataclass
class Mention:
    start: int
    end: int
    text: str
    label: str  # PER, ORG, LOC, GPE, AGENCY, OBJECT, EVENT
    entity_id: str | None = None
    confidence: float = 1.0
    by: str = ""


@dataclass
class Entity:
    id: str
    type: str
    name: str  # canonical display name (English where known)
    qid: str | None = None
    names: dict[str, list[str]] = field(default_factory=dict)  # lang -> names
    keys: list[str] = field(default_factory=list)  # latin match keys
    roles: list[dict[str, Any]] = field(default_factory=list)  # {title, from, to}
    source: str = ""  # where the entry came from (KB file, "discovered:<doc>")
    attrs: dict[str, Any] = field(default_factory=dict)  # other KB facts: population, country, ...


@dataclass
class TimeExpr:
    start: int
    end: int
    text: str
    value: str | None  # ISO-8601 / TIMEX3-like: 2024-06-19, 2024-06, 2000, P24Y
    precision: str  # day, month, year, decade, week, weekday, part-of-day, duration, unknown
    anchor: str | None = None  # ISO date the value was resolved against
    inferred: bool = False  # True when the anchor was inferred, not known
    kind: str = "DATE"  # DATE, TIME, DURATION, SET
    part_of_day: str | None = None
    by: str = ""


@dataclass
class Role:
    name: str  # giver, recipient, item, traveller, host, place, ...
    text: str
    start: int | None = None
    end: int | None = None
    entity_id: str | None = None
    event_id: str | None = None  # when the filler is another event (the claim a DENY rejects)


@dataclass
class Event:
    id: str
    type: str  # ontology type, see khabar.events.ontology / docs/ontology.md
    trigger: Span
    roles: list[Role] = field(default_factory=list)
    time: str | None = None  # TimeExpr.value
    time_span: Span | None = None
    place: str | None = None  # entity id
    modality: str = "asserted"  # asserted, denied, planned, hedged, reported
    sources: list[str] = field(default_factory=list)  # attribution chain, outermost first
    evidence: list[Span] = field(default_factory=list)
    confidence: float = 1.0
    by: str = ""
    sentence: int | None = None


@dataclass
class Quote:
    start: int
    end: int
    text: str
    direct: bool
    speaker: str | None = None  # entity id
    speaker_span: Span | None = None
    cue: Span | None = None
    chain: list[str] = field(default_factory=list)  # entity ids, outermost source first
    by: str = ""


@dataclass
class Story:
    id: str
    title: str
    events: list[str] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)


@dataclass
class Document:
    """One article. Readers fill the raw fields; stages fill the rest."""

    raw_text: str
    source: str = ""  # path, URL or "-" for stdin
    url: str | None = None
    title: str | None = None
    published: str | None = None  # ISO date/datetime from metadata
    published_inferred: bool = False
    published_from: str | None = None  # how the anchor date was obtained
    meta: dict[str, Any] = field(default_factory=dict)
    # filled by stages
    id: str = ""
    text: str = ""
    lang: str | None = None
    lang_confidence: float | None = None
    script: str | None = None
    removed: list[Removed] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)  # entities this doc refers to
    times: list[TimeExpr] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    done: list[str] = field(default_factory=list)  # names of stages that ran

    def sentence_text(self, i: int) -> str:
        s = self.sentences[i]
        return self.text[s.start : s.end]

    def sentence_at(self, offset: int) -> int | None:
        for i, s in enumerate(self.sentences):
            if s.start <= offset < s.end:
                return i
        return None

    def to_dict(self) -> dict[str, Any]:
        return _asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Document":
        d = dict(d)
        d["removed"] = [Removed(**r) for r in d.get("removed", [])]
        d["sentences"] = [Sentence(**s) for s in d.get("sentences", [])]
        d["mentions"] = [Mention(**m) for m in d.get("mentions", [])]
        d["entities"] = {k: Entity(**e) for k, e in d.get("entities", {}).items()}
        d["times"] = [TimeExpr(**t) for t in d.get("times", [])]
        d["events"] = [event_from_dict(e) for e in d.get("events", [])]
        d["quotes"] = [quote_from_dict(q) for q in d.get("quotes", [])]
        return cls(**d)


def event_from_dict(d: dict[str, Any]) -> Event:
    d = dict(d)
    d["trigger"] = Span(**d["trigger"])
    d["roles"] = [Role(**r) for r in d.get("roles", [])]
    d["evidence"] = [Span(**s) for s in d.get("evidence", [])]
    if d.get("time_span"):
        d["time_span"] = Span(**d["time_span"])
    return Event(**d)


def quote_from_dict(d: dict[str, Any]) -> Quote:
    d = dict(d)
    for k in ("speaker_span", "cue"):
        if d.get(k):
            d[k] = Span(**d[k])
    return Quote(**d)


def normalise_for_hash(text: str) -> str:
    """The text a document id is computed from: NFC, whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def content_id(text: str) -> str:
    """Document id = content hash of normalised text (16 hex chars of SHA-256)."""
    return hashlib.sha256(normalise_for_hash(text).encode("utf-8")).hexdigest()[:16]
