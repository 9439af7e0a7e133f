"""Stories: same-event article clusters grouped over time by who they are about.

Two event clusters belong to one story when their salient canonical entities
(the ones most of their articles keep mentioning) share at least
``MIN_SHARED`` ids and a Jaccard of at least ``MIN_JACCARD``, and the new
cluster falls within ``WINDOW_DAYS`` of the story's latest date. Dates may be
far apart (Putin and Kim's 2023 and 2024 summits are one story, two events);
what holds a story together is its cast.

Assignment is incremental: a new cluster joins the best-matching story or
starts one. A cluster that *grew* is re-checked (:meth:`StoryIndex.recheck`):
its cast is recomputed from its members, and if it sat alone in its story
and now matches another one, it moves there (a one-article cluster often names
too few entities to match anything; its later reports fill the cast in).

With a store, story state lives in ``links`` rows and is read lazily:
``story-cluster`` (story -> cluster, with its salient ids and date) and
``story-ent`` (entity -> story, the blocking key).
"""
from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field

from .profile import ArticleProfile, days_apart

MIN_SHARED = 2
MIN_JACCARD = 0.4
WINDOW_DAYS = 3 * 365
SALIENT = 6


def cluster_salient(profiles: list[ArticleProfile], k: int = SALIENT) -> set[str]:
    """Entities salient in at least half of a cluster's articles (the top ``k``)."""
    votes = Counter(e for p in profiles for e in p.salient(k))
    need = max(1, len(profiles) / 2)
    return {e for e, n in votes.most_common(k) if n >= need}


def cluster_date(profiles: list[ArticleProfile]) -> str | None:
    dates = sorted(p.date for p in profiles if p.date)
    return dates[len(dates) // 2] if dates else None


@dataclass
class StoryState:
    id: str
    clusters: dict[str, tuple[frozenset[str], str | None]] = field(default_factory=dict)  # cid -> (salient, date)

    def ranked(self) -> list[str]:
        """Its cast, the entities most of its clusters are about first."""
        c = Counter(e for sal, _ in self.clusters.values() for e in sal)
        return [e for e, _ in sorted(c.items(), key=lambda x: (-x[1], x[0]))[:SALIENT]]

    def cast(self) -> set[str]:
        return set(self.ranked())

    @property
    def last(self) -> str | None:
        return max((d for _, d in self.clusters.values() if d), default=None)


@dataclass
class StoryIndex:
    store: object | None = None  # a khabar Store, or None to keep everything in memory
    stories: dict[str, StoryState] = field(default_factory=dict)
    story_of: dict[str, str] = field(default_factory=dict)  # cluster -> story
    by_entity: dict[str, set[str]] = field(default_factory=dict)  # this run's entity -> stories
    pending: list[dict] = field(default_factory=list)
    replaced: set[str] = field(default_factory=set)  # stories whose story-cluster rows are rewritten
    _looked_up: set[str] = field(default_factory=set)

    # ---- lazy state -----------------------------------------------------
    def _load_story(self, sid: str) -> StoryState:
        if sid not in self.stories:
            st = self.stories[sid] = StoryState(sid)
            if self.store is not None:
                for r in self.store.links("story-cluster", keys=[sid]):
                    d = r["data"] or {}
                    st.clusters[r["member"]] = (frozenset(d.get("salient") or ()), d.get("date"))
                    self.story_of.setdefault(r["member"], sid)
        return self.stories[sid]

    def find(self, cluster_id: str) -> str | None:
        if cluster_id not in self.story_of and self.store is not None and cluster_id not in self._looked_up:
            self._looked_up.add(cluster_id)
            rows = self.store.links("story-cluster", member=cluster_id)
            if rows:
                self.story_of[cluster_id] = rows[0]["key"]
        return self.story_of.get(cluster_id)

    def _stories_with(self, entities: set[str]) -> set[str]:
        out = set().union(*(self.by_entity.get(e, set()) for e in entities)) if entities else set()
        if self.store is not None and entities:
            from .index import members_by_key

            for ms in members_by_key(self.store, "story-ent", entities).values():
                out.update(ms)
        return out

    # ---- decisions ------------------------------------------------------
    def add(self, cluster_id: str, salient: set[str], date: str | None, story_id: str | None = None) -> str:
        known = self.find(cluster_id)
        if known:
            return known
        if story_id is None:
            story_id = self._match(salient, date) or "s:" + hashlib.sha1(cluster_id.encode()).hexdigest()[:12]
        self._put(story_id, cluster_id, salient, date)
        return story_id

    def _put(self, sid: str, cid: str, salient: set[str], date: str | None) -> None:
        st = self._load_story(sid)
        st.clusters[cid] = (frozenset(salient), date)
        self.story_of[cid] = sid
        self.replaced.add(sid)
        for e in salient:
            self.by_entity.setdefault(e, set()).add(sid)
            self.pending.append(dict(kind="story-ent", key=e, member=sid, data=None))

    def recheck(self, cluster_id: str, salient: set[str], date: str | None) -> tuple[str, str | None]:
        """Update a grown cluster's cast; move it if it was alone and now matches another story.

        Returns (its story now, the story it left or None)."""
        sid = self.find(cluster_id)
        if sid is None:
            return self.add(cluster_id, salient, date), None
        st = self._load_story(sid)
        alone = set(st.clusters) <= {cluster_id}
        better = self._match(salient, date, exclude=sid) if alone else None
        if better:
            del st.clusters[cluster_id]
            self.replaced.add(sid)  # its story-cluster rows are rewritten without this cluster
            self._put(better, cluster_id, salient, date)
            return better, sid
        self._put(sid, cluster_id, salient, date)
        return sid, None

    def _match(self, salient: set[str], date: str | None, exclude: str | None = None) -> str | None:
        if len(salient) < MIN_SHARED:
            return None
        best, best_j = None, 0.0
        for sid in sorted(self._stories_with(salient) - {exclude}):
            st = self._load_story(sid)
            cast = st.cast()
            if not cast:
                continue
            shared = len(salient & cast)
            j = shared / len(salient | cast)
            gap = days_apart(date, st.last)
            if shared >= MIN_SHARED and j >= MIN_JACCARD and (gap is None or gap <= WINDOW_DAYS) and j > best_j:
                best, best_j = sid, j
        return best

    def rows(self) -> tuple[list[dict], dict[str, list[str]]]:
        """(rows to write, replace) for the stories changed in this run."""
        rows = [dict(kind="story-cluster", key=sid, member=cid, data=dict(salient=sorted(sal), date=date))
                for sid in sorted(self.replaced) for cid, (sal, date) in sorted(self.stories[sid].clusters.items())]
        return rows + self.pending, {"story-cluster": sorted(self.replaced)}
