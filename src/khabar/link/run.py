"""``khabar link``: incremental cross-article linking over a store.

State lives in the store's ``links`` table, one row per fact:

| kind           | key               | member    | data                                   |
|----------------|-------------------|-----------|----------------------------------------|
| profile        | doc id            | doc id    | ArticleProfile + MinHash (linked mark) |
| near-dup       | original doc id   | copy id   | estimated Jaccard                      |
| cluster        | cluster id        | doc id    | join probability, new/joined           |
| story          | story id          | doc id or event id | cluster, title, what ("article"/"event") |
| story-cluster  | story id          | cluster id| its salient entity ids and date        |
| merged-event   | merged event id   | event id  | the mention (doc, span, lang, source…) |
| merged-actor   | merged event id   | entity id | role, event type                       |
| blk-*          | blocking key      | cluster/doc id | (see :mod:`khabar.link.index`)    |

A run reads nothing up front: it asks the store which articles have no
profile yet, and for each looks up only the blocking keys, clusters, stories
and merged events that article can touch. No article is re-read or
re-embedded; the ``story`` rows are what the HTTP API and ``khabar stories`` show.
"""
from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select

from ..model import Event, Role, Span
from ..store import Store
from ..store import schema as S
from .dedup import minhash, pack_minhash
from .embed import LEDE_SENTENCES, Embedder
from .index import StoreBackedClusterer, StoreNearDupIndex, load_profiles, members_by_key
from .merge import EmbeddingItemMatcher, EventMention, EventMerger, ItemMatcher, MergedEvent, _entity_roles
from .profile import ArticleProfile, build_profile
from .score import PairModel, load_model
from .story import StoryIndex, cluster_date, cluster_salient

RECHECK_SAMPLE = 50  # newest members a grown cluster's cast is recomputed from


@dataclass
class LinkReport:
    articles: int = 0
    near_dups: int = 0
    new_clusters: int = 0
    joined: int = 0
    new_stories: int = 0
    moved_clusters: int = 0  # grown clusters re-checked into another story
    merged_events: int = 0  # merged events created or extended in this run
    seconds: float = 0.0
    decisions: list[dict] = field(default_factory=list)


def _mention_from_json(d: dict) -> EventMention:
    ev = Event(id=d["event_id"], type=d["type"], trigger=Span(*d["trigger"]),
               roles=[Role(**r) for r in d.get("roles", [])], time=d.get("time"), modality=d.get("modality", "asserted"),
               evidence=[Span(*s) for s in d.get("evidence", [])], confidence=d.get("confidence", 1.0), by=d.get("by", ""))
    return EventMention(ev, d["doc_id"], d.get("lang"), d.get("source", ""), d.get("root", ""), d.get("cluster"),
                        d.get("doc_date"))


def unlinked_ids(store: Store) -> list[str]:
    """Stored articles without a profile row, oldest ingest first (an indexed anti-join, not a full read)."""
    a, lk = S.articles.c, S.links.c
    linked = select(lk.member).where(lk.kind == "profile")
    with store.engine.connect() as c:
        return [r[0] for r in c.execute(select(a.id).where(a.id.not_in(linked)).order_by(a.ingested_at, a.id))]


class Linker:
    def __init__(self, store: Store, embedder: Embedder | None = None, model: PairModel | None = None,
                 items: ItemMatcher | None = None, lede_sentences: int = LEDE_SENTENCES):
        self.store = store
        self.lede_sentences = lede_sentences  # fewer: faster embedding, slightly worse clustering
        self.embedder = embedder if embedder is not None else Embedder()
        self.model = model or load_model()
        self.dedup = StoreNearDupIndex(store)
        self.clusters = StoreBackedClusterer(store, self.model, write_members=False)
        self.stories = StoryIndex(store)
        # Gift items and other free-text roles are compared across languages with embeddings.
        self.merger = EventMerger(items or EmbeddingItemMatcher())
        self._merged_for: set[str] = set()  # entity ids whose merged events are loaded
        self._index_legacy_state()

    def _index_legacy_state(self) -> None:
        """A store linked before the blocking keys were kept in it: file its clusters once (one full read)."""
        lk = S.links.c
        with self.store.engine.connect() as c:
            has = lambda kind: c.execute(select(lk.id).where(lk.kind == kind).limit(1)).first()  # noqa: E731
            if has("blk-lsh") or has("blk-ent") or not has("cluster"):
                return
        profiles = {r["key"]: r["data"] for r in self.store.links("profile")}
        rows = []
        for r in self.store.links("cluster"):
            if r["member"] in profiles:
                self.clusters._index(ArticleProfile.from_json(r["member"], profiles[r["member"]]), r["key"])
        for doc_id, d in profiles.items():
            if d.get("minhash"):
                from .dedup import unpack_minhash

                rows += [dict(kind="blk-mh", key=k, member=doc_id, data=None)
                         for k in self.dedup.band_keys(d.get("lang"), unpack_minhash(d["minhash"]))]
        by_cluster: dict[tuple[str, str], list] = defaultdict(list)  # stories of that era: their clusters' casts
        for r in self.store.links("story"):
            cid = (r["data"] or {}).get("cluster")
            if cid and r["member"] in profiles:
                by_cluster[(r["key"], cid)].append(ArticleProfile.from_json(r["member"], profiles[r["member"]]))
        for (sid, cid), members in by_cluster.items():
            sal = sorted(cluster_salient(members))
            rows.append(dict(kind="story-cluster", key=sid, member=cid, data=dict(salient=sal, date=cluster_date(members))))
            rows += [dict(kind="story-ent", key=e, member=sid, data=None) for e in sal]
        self.store.write_links(rows + self.clusters.pending)
        self.clusters.pending = []
        self.clusters.buckets.clear()
        self.clusters.by_entity.clear()
        self.clusters._filed.clear()

    def _load_merged(self, entity_ids: set[str]) -> None:
        """Bring into memory the stored merged events that name any of ``entity_ids`` in a role."""
        todo = sorted(entity_ids - self._merged_for)
        self._merged_for |= set(todo)
        if not todo:
            return
        lk = S.links.c
        with self.store.engine.connect() as c:
            mids = {r[0] for i in range(0, len(todo), 500) for r in c.execute(
                select(lk.key).where(lk.kind == "merged-actor", lk.member.in_(todo[i : i + 500])))}
        mids -= set(self.merger.events)
        by_merged: dict[str, list[dict]] = defaultdict(list)
        for r in self.store.links("merged-event", keys=sorted(mids)):
            by_merged[r["key"]].append(r["data"])
        for mid, ms in by_merged.items():
            me = MergedEvent(mid, ms[0]["type"])
            for d in ms:
                me.add(_mention_from_json(d))
            self.merger.events[mid] = me
            for m in me.mentions:
                for ids in _entity_roles(m.event).values():
                    for eid in ids:
                        self.merger.index[(me.type, eid)].add(mid)

    def run(self, limit: int | None = None) -> LinkReport:
        """Link the unlinked articles (at most ``limit`` of them, oldest ingest first)."""
        rep = LinkReport()
        t0 = time.perf_counter()
        rows: list[dict] = []
        touched_events: set[str] = set()
        grown: dict[str, list[str]] = defaultdict(list)  # cluster -> its new articles in this run
        events_of: dict[str, list[str]] = {}
        for doc_id in unlinked_ids(self.store)[:limit]:
            doc = self.store.get(doc_id)
            if doc is None:
                continue
            rep.articles += 1
            prof = build_profile(doc, self.embedder, self.lede_sentences)
            mh = minhash(doc.text)
            dup = self.dedup.add(doc.id, doc.lang, mh)
            if dup:
                rep.near_dups += 1
                rows.append(dict(kind="near-dup", key=dup[0], member=doc.id, data=dict(jaccard=round(dup[1], 3))))
            dec = self.clusters.add(prof)
            rep.new_clusters += dec.new
            rep.joined += not dec.new
            grown[dec.cluster].append(doc.id)
            events_of[doc.id] = [ev.id for ev in doc.events]
            rep.decisions.append(dict(doc_id=doc.id, cluster=dec.cluster, prob=round(dec.prob, 4), new=dec.new,
                                      candidates=dec.candidates))
            rows.append(dict(kind="profile", key=doc.id, member=doc.id, data={**prof.to_json(), "minhash": pack_minhash(mh)}))
            rows.append(dict(kind="cluster", key=dec.cluster, member=doc.id,
                             data=dict(prob=round(dec.prob, 4), new=dec.new)))
            for ev in doc.events:
                m = EventMention(ev, doc.id, _event_lang(doc, ev), prof.source, self.dedup.root(doc.id), dec.cluster,
                                 prof.date)
                self._load_merged({i for ids in _entity_roles(ev).values() for i in ids})
                touched_events.add(self.merger.add(m).id)
        rows += self._story_rows(grown, events_of, rep)
        rows += self.clusters.pending + self.dedup.pending
        self.clusters.pending, self.dedup.pending = [], []
        story_rows, replace = self.stories.rows()
        rows += story_rows
        for mid in sorted(touched_events):
            me = self.merger.events[mid]
            summary = dict(type=me.type)
            rows += [dict(kind="merged-event", key=mid, member=m.event.id, data={**m.to_json(), **summary})
                     for m in me.mentions]
            rows += [dict(kind="merged-actor", key=mid, member=eid, data=dict(role=role, type=me.type))
                     for role, ids in sorted(me.roles.items()) for eid in sorted(ids)]
        replace.update({"merged-event": sorted(touched_events), "merged-actor": sorted(touched_events)})
        replace["story"] = sorted(self._vacated)
        self.store.write_links(rows, replace=replace)
        if hasattr(self.embedder, "save"):
            self.embedder.save()
        rep.merged_events = len(touched_events)
        rep.seconds = time.perf_counter() - t0
        return rep

    def _story_rows(self, grown: dict[str, list[str]], events_of: dict[str, list[str]], rep: LinkReport) -> list[dict]:
        """Place new clusters in stories and re-check grown ones; the ``story`` rows to add."""
        rows: list[dict] = []
        self._vacated: set[str] = set()
        before = set()
        for cid in sorted(grown):
            ids = self.clusters.all_members(cid)[-RECHECK_SAMPLE:]
            missing = [i for i in ids if i not in self.clusters.profiles]
            for i, (p, _) in load_profiles(self.store, missing).items():
                self.clusters.profiles[i] = p
            members = [self.clusters.profiles[i] for i in ids if i in self.clusters.profiles]
            old = self.stories.find(cid)
            before |= {old} if old else set()
            sid, left = self.stories.recheck(cid, cluster_salient(members), cluster_date(members))
            title = self._title(sid)
            if left:  # moved: its earlier rows go with it to the new story
                rep.moved_clusters += 1
                self._vacated.add(left)
                for r in self.store.links("story", keys=[left]):
                    rows.append(dict(kind="story", key=sid, member=r["member"], data={**(r["data"] or {}), "title": title}))
            for doc_id in grown[cid]:
                rows.append(dict(kind="story", key=sid, member=doc_id, data=dict(cluster=cid, title=title, what="article")))
                rows += [dict(kind="story", key=sid, member=e, data=dict(cluster=cid, title=title, what="event",
                                                                       doc_id=doc_id)) for e in events_of[doc_id]]
        known = {self.stories.story_of[c] for c in grown}
        rep.new_stories = len({s for s in known if not members_by_key(self.store, "story-cluster", [s])} - before)
        return rows

    def _title(self, sid: str) -> str:
        """A story's title: the names of its cast (the entities its clusters keep naming)."""
        cast = self.stories._load_story(sid).ranked()[:3]
        names = self.store.entity_names(set(cast)) if cast else {}
        return " · ".join(names.get(e, e) for e in cast) or sid


def _event_lang(doc, ev: Event) -> str | None:
    i = doc.sentence_at(ev.trigger.start)
    if i is not None and doc.sentences[i].lang:
        return doc.sentences[i].lang
    return doc.lang


def link_store(store: Store, batch: int | None = None, **kw) -> LinkReport:
    """Link everything unlinked; with ``batch``, in runs of at most that many articles, each with a
    fresh :class:`Linker` (and embedder, unless one is given), so memory stays bounded however
    much is waiting: every run reads what earlier runs wrote from the store, as separate
    ``khabar link`` calls would."""
    if not batch:
        return Linker(store, **kw).run()
    total = LinkReport()
    while True:
        rep = Linker(store, **kw).run(limit=batch)
        for f in ("articles", "near_dups", "new_clusters", "joined", "new_stories", "moved_clusters",
                  "merged_events", "seconds"):
            setattr(total, f, getattr(total, f) + getattr(rep, f))
        total.decisions += rep.decisions
        if rep.articles < batch:
            return total
