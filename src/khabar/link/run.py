"""``khabar link``: incremental cross-article linking over a store.

State lives in the store's ``links`` table, one row per fact:

| kind           | key               | member    | data                                   |
|----------------|-------------------|-----------|----------------------------------------|
| profile        | doc id            | doc id    | ArticleProfile + MinHash (linked mark) |
| near-dup       | original doc id   | copy id   | estimated Jaccard                      |
| cluster        | cluster id        | doc id    | join probability, new/joined           |
| story          | story id          | doc id    | its cluster                            |
| merged-event   | merged event id   | event id  | the mention (doc, span, lang, source…) |
| merged-actor   | merged event id   | entity id | role                                   |

A run loads that state (no article is re-read or re-embedded), links only
articles without a profile, and rewrites the merged events it touched.
"""
from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass, field

from ..model import Event, Role, Span
from ..store import Store
from .cluster import OnlineClusterer
from .dedup import NearDupIndex, minhash, pack_minhash, unpack_minhash
from .embed import Embedder
from .merge import EmbeddingItemMatcher, EventMention, EventMerger, ItemMatcher, MergedEvent
from .profile import ArticleProfile, build_profile
from .score import PairModel, load_model
from .story import StoryIndex, cluster_date, cluster_salient


@dataclass
class LinkReport:
    articles: int = 0
    near_dups: int = 0
    new_clusters: int = 0
    joined: int = 0
    new_stories: int = 0
    merged_events: int = 0  # merged events created or extended in this run
    seconds: float = 0.0
    decisions: list[dict] = field(default_factory=list)


def _mention_from_json(d: dict) -> EventMention:
    ev = Event(id=d["event_id"], type=d["type"], trigger=Span(*d["trigger"]),
               roles=[Role(**r) for r in d.get("roles", [])], time=d.get("time"), modality=d.get("modality", "asserted"),
               evidence=[Span(*s) for s in d.get("evidence", [])], confidence=d.get("confidence", 1.0), by=d.get("by", ""))
    return EventMention(ev, d["doc_id"], d.get("lang"), d.get("source", ""), d.get("root", ""), d.get("cluster"),
                        d.get("doc_date"))


class Linker:
    def __init__(self, store: Store, embedder: Embedder | None = None, model: PairModel | None = None,
                 items: ItemMatcher | None = None):
        self.store = store
        self.embedder = embedder if embedder is not None else Embedder()
        self.model = model or load_model()
        self.dedup = NearDupIndex()
        self.clusters = OnlineClusterer(self.model)
        self.stories = StoryIndex()
        # Gift items and other free-text roles are compared across languages with embeddings.
        self.merger = EventMerger(items or EmbeddingItemMatcher())
        self.linked: set[str] = set()
        self._load()

    def _load(self) -> None:
        s = self.store
        profiles: dict[str, ArticleProfile] = {}
        for r in s.links("profile"):
            profiles[r["key"]] = ArticleProfile.from_json(r["key"], r["data"])
            if r["data"].get("minhash"):
                self.dedup.add(r["key"], r["data"].get("lang"), unpack_minhash(r["data"]["minhash"]))
        self.dedup.original_of = {r["member"]: r["key"] for r in s.links("near-dup")}
        for r in s.links("cluster"):
            if r["member"] in profiles:
                self.clusters.add(profiles[r["member"]], cluster_id=r["key"])
        story_rows = s.links("story")
        for r in story_rows:
            cid = r["data"]["cluster"]
            members = [self.clusters.profiles[m] for m in self.clusters.members.get(cid, [])]
            self.stories.add(cid, cluster_salient(members), cluster_date(members), story_id=r["key"])
        by_merged: dict[str, list[dict]] = defaultdict(list)
        for r in s.links("merged-event"):
            by_merged[r["key"]].append(r["data"])
        for mid, ms in by_merged.items():
            me = MergedEvent(mid, ms[0]["type"])
            for d in ms:
                me.add(_mention_from_json(d))
            self.merger.events[mid] = me
            for m in me.mentions:
                for ids in (r.entity_id for r in m.event.roles if r.entity_id):
                    self.merger.index[(me.type, ids)].add(mid)
        self.linked = set(profiles)

    def run(self) -> LinkReport:
        rep = LinkReport()
        t0 = time.perf_counter()
        rows: list[dict] = []
        touched_events: set[str] = set()
        new_clusters: set[str] = set()
        for doc_id in self.store.article_ids():
            if doc_id in self.linked:
                continue
            doc = self.store.get(doc_id)
            if doc is None:
                continue
            rep.articles += 1
            prof = build_profile(doc, self.embedder)
            mh = minhash(doc.text)
            dup = self.dedup.add(doc.id, doc.lang, mh)
            if dup:
                rep.near_dups += 1
                rows.append(dict(kind="near-dup", key=dup[0], member=doc.id, data=dict(jaccard=round(dup[1], 3))))
            dec = self.clusters.add(prof)
            rep.new_clusters += dec.new
            rep.joined += not dec.new
            if dec.new:
                new_clusters.add(dec.cluster)
            rep.decisions.append(dict(doc_id=doc.id, cluster=dec.cluster, prob=round(dec.prob, 4), new=dec.new,
                                      candidates=dec.candidates))
            rows.append(dict(kind="profile", key=doc.id, member=doc.id, data={**prof.to_json(), "minhash": pack_minhash(mh)}))
            rows.append(dict(kind="cluster", key=dec.cluster, member=doc.id,
                             data=dict(prob=round(dec.prob, 4), new=dec.new)))
            for ev in doc.events:
                me = self.merger.add(EventMention(ev, doc.id, _event_lang(doc, ev), prof.source, self.dedup.root(doc.id),
                                                  dec.cluster, prof.date))
                touched_events.add(me.id)
            self.linked.add(doc.id)
        # Stories: clusters created in this run join a story (or start one); old ones stay put.
        for cid in sorted(new_clusters):
            members = [self.clusters.profiles[m] for m in self.clusters.members[cid]]
            before = len(self.stories.stories)
            self.stories.add(cid, cluster_salient(members), cluster_date(members))
            rep.new_stories += len(self.stories.stories) > before
        for cid in sorted(new_clusters):
            sid = self.stories.story_of[cid]
            rows += [dict(kind="story", key=sid, member=m, data=dict(cluster=cid)) for m in self.clusters.members[cid]]
        # Articles that joined an existing cluster inherit its story.
        for d in rep.decisions:
            if d["cluster"] not in new_clusters:
                sid = self.stories.story_of.get(d["cluster"])
                if sid:
                    rows.append(dict(kind="story", key=sid, member=d["doc_id"], data=dict(cluster=d["cluster"])))
        for mid in sorted(touched_events):
            me = self.merger.events[mid]
            summary = dict(type=me.type)
            rows += [dict(kind="merged-event", key=mid, member=m.event.id, data={**m.to_json(), **summary})
                     for m in me.mentions]
            rows += [dict(kind="merged-actor", key=mid, member=eid, data=dict(role=role))
                     for role, ids in sorted(me.roles.items()) for eid in sorted(ids)]
        self.store.write_links(rows, replace={"merged-event": sorted(touched_events), "merged-actor": sorted(touched_events)})
        if hasattr(self.embedder, "save"):
            self.embedder.save()
        rep.merged_events = len(touched_events)
        rep.seconds = time.perf_counter() - t0
        return rep


def _event_lang(doc, ev: Event) -> str | None:
    i = doc.sentence_at(ev.trigger.start)
    if i is not None and doc.sentences[i].lang:
        return doc.sentences[i].lang
    return doc.lang


def link_store(store: Store, **kw) -> LinkReport:
    return Linker(store, **kw).run()
