"""Stories: same-event article clusters grouped over time by who they are about.

Two event clusters belong to one story when their salient canonical entities
(the ones most of their articles keep mentioning) share at least
``MIN_SHARED`` ids and a Jaccard of at least ``MIN_JACCARD``, and the new
cluster falls within ``WINDOW_DAYS`` of the story's latest date. Dates may be
far apart (Putin and Kim's 2023 and 2024 summits are one story, two events);
what holds a story together is its cast. Assignment is incremental: a new
cluster joins the best-matching story or starts one; old ones never move.
"""
from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
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
    entities: Counter = field(default_factory=Counter)
    clusters: list[str] = field(default_factory=list)
    last: str | None = None


@dataclass
class StoryIndex:
    stories: dict[str, StoryState] = field(default_factory=dict)
    story_of: dict[str, str] = field(default_factory=dict)  # cluster -> story
    by_entity: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def add(self, cluster_id: str, salient: set[str], date: str | None, story_id: str | None = None) -> str:
        if cluster_id in self.story_of:
            return self.story_of[cluster_id]
        if story_id is None:
            story_id = self._match(salient, date) or "s:" + hashlib.sha1(cluster_id.encode()).hexdigest()[:12]
        st = self.stories.setdefault(story_id, StoryState(story_id))
        st.clusters.append(cluster_id)
        st.entities.update(salient)
        if date and (st.last is None or date > st.last):
            st.last = date
        self.story_of[cluster_id] = story_id
        for e in salient:
            self.by_entity[e].add(story_id)
        return story_id

    def _match(self, salient: set[str], date: str | None) -> str | None:
        if len(salient) < MIN_SHARED:
            return None
        best, best_j = None, 0.0
        for sid in sorted(set().union(*(self.by_entity.get(e, set()) for e in salient))):
            st = self.stories[sid]
            cast = {e for e, _ in st.entities.most_common(SALIENT)}
            shared = len(salient & cast)
            j = shared / len(salient | cast)
            gap = days_apart(date, st.last)
            if shared >= MIN_SHARED and j >= MIN_JACCARD and (gap is None or gap <= WINDOW_DAYS) and j > best_j:
                best, best_j = sid, j
        return best
