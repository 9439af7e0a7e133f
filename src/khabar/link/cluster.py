"""Online same-event clustering of articles across languages.

Each new article is compared only with *candidate* clusters, found two ways so
the cost per article stays sub-linear in the archive size:

- random-hyperplane LSH over the (centred) article vectors: ``BANDS`` bands of
  ``BITS`` sign bits; articles sharing any band bucket are candidates;
- blocking on canonical entity ids (the rarer ones first), inside the
  date gate.

The article joins the candidate cluster with the highest average same-event
probability over (up to ``LINKAGE_SAMPLE``) of its newest members, if that
probability reaches the model's threshold; otherwise it explicitly starts a
new cluster. Nothing already clustered is ever re-clustered.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np

from .profile import ArticleProfile
from .score import PairModel, centred

BANDS = 24
BITS = 6
LINKAGE_SAMPLE = 8  # cluster members an article is compared with (newest first)
ENTITY_POSTINGS_CAP = 200  # an entity seen in more clusters than this is too common to block on
SEED = 20240619


@dataclass
class Decision:
    doc_id: str
    cluster: str
    prob: float  # best average same-event probability (0 when no candidate)
    new: bool
    candidates: int  # clusters scored


@dataclass
class OnlineClusterer:
    model: PairModel
    profiles: dict[str, ArticleProfile] = field(default_factory=dict)
    members: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    cluster_of: dict[str, str] = field(default_factory=dict)
    comparisons: int = 0

    def __post_init__(self) -> None:
        rng = np.random.default_rng(SEED)
        self.planes = rng.standard_normal((BANDS * BITS, 384)).astype(np.float32)
        self.buckets: dict[tuple[int, int], set[str]] = defaultdict(set)  # (band, code) -> clusters
        self.by_entity: dict[str, set[str]] = defaultdict(set)

    # ---- index ----------------------------------------------------------
    def _codes(self, p: ArticleProfile) -> list[tuple[int, int]]:
        if not len(p.sent_vecs):
            return []
        v, _ = centred(p, self.model.centres)
        bits = (self.planes @ v > 0).reshape(BANDS, BITS)
        weights = 1 << np.arange(BITS)
        return [(band, int(code)) for band, code in enumerate(bits @ weights)]

    def _index(self, p: ArticleProfile, cid: str) -> None:
        for key in self._codes(p):
            self.buckets[key].add(cid)
        for e in p.salient():
            self.by_entity[e].add(cid)

    def candidates(self, p: ArticleProfile) -> set[str]:
        out: set[str] = set()
        for key in self._codes(p):
            out |= self.buckets.get(key, set())
        for e in p.salient():
            post = self.by_entity.get(e, set())
            if len(post) <= ENTITY_POSTINGS_CAP:
                out |= post
        return out

    # ---- decisions ------------------------------------------------------
    def cluster_prob(self, p: ArticleProfile, cid: str) -> float:
        sample = self.members[cid][-LINKAGE_SAMPLE:]
        self.comparisons += len(sample)
        return float(np.mean([self.model.pair_prob(p, self.profiles[m]) for m in sample]))

    def add(self, p: ArticleProfile, cluster_id: str | None = None) -> Decision:
        """Place one article; ``cluster_id`` forces a known assignment (reloading state)."""
        if p.doc_id in self.cluster_of:
            cid = self.cluster_of[p.doc_id]
            return Decision(p.doc_id, cid, 1.0, False, 0)
        best, best_p, n = None, 0.0, 0
        if cluster_id is None:
            for cid in sorted(self.candidates(p)):
                n += 1
                prob = self.cluster_prob(p, cid)
                if prob > best_p:
                    best, best_p = cid, prob
            new = best is None or best_p < self.model.threshold
            cid = ("c:" + p.doc_id) if new else best
        else:
            cid, new = cluster_id, cluster_id not in self.members
        self.profiles[p.doc_id] = p
        self.members[cid].append(p.doc_id)
        self.cluster_of[p.doc_id] = cid
        self._index(p, cid)
        return Decision(p.doc_id, cid, best_p, new, n)

    def clusters(self) -> dict[str, list[str]]:
        return {k: list(v) for k, v in self.members.items()}
