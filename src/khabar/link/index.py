"""Linking state kept *in the store*, read lazily: nothing is loaded at startup.

Blocking keys live in the ``links`` table next to the facts they index, as
``(kind, key, member)`` rows (the table has indexes on (kind, key) and member):

| kind     | key                          | member     |
|----------|------------------------------|------------|
| blk-lsh  | period|band:code             | cluster id |
| blk-ent  | period|entity, *|entity      | cluster id |
| blk-mh   | lang|band|hash of its rows   | doc id     |

A new article looks up only its own keys, then loads the profiles of the few
clusters (newest ``LINKAGE_SAMPLE`` members) and near-duplicate candidates
those keys name. Cost per article is independent of the archive size except
through bucket sizes, which the period keys bound for dated news.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable

from sqlalchemy import bindparam, select, text

from ..store import Store
from ..store import schema as S
from .cluster import ENTITY_POSTINGS_CAP, LINKAGE_SAMPLE, OnlineClusterer, index_keys, query_keys
from .dedup import NUM_PERM, NearDupIndex, unpack_minhash
from .profile import ArticleProfile
from .score import PairModel

CHUNK = 500  # SQLite bound-parameter limit


def members_by_key(store: Store, kind: str, keys: Iterable[str]) -> dict[str, list[str]]:
    """key -> members (oldest row first) for rows of ``kind`` whose key is in ``keys``."""
    keys = sorted(set(keys))
    lk = S.links.c
    out: dict[str, list[str]] = {}
    with store.engine.connect() as c:
        for i in range(0, len(keys), CHUNK):
            q = select(lk.key, lk.member).where(lk.kind == kind, lk.key.in_(keys[i : i + CHUNK])).order_by(lk.id)
            for k, m in c.execute(q):
                out.setdefault(k, []).append(m)
    return out


# Plain SQL with expanding IN lists: these run once or twice per linked article, and building
# SQLAlchemy expressions cost more than the (indexed) lookups themselves.
_MEMBERS = text("SELECT key, member FROM links WHERE kind = :kind AND key IN :keys").bindparams(
    bindparam("keys", expanding=True))
_COUNTS = text("SELECT key, COUNT(*) FROM links WHERE kind = :kind AND key IN :keys GROUP BY key").bindparams(
    bindparam("keys", expanding=True))


def blocked_members(store: Store, kind: str, keys: list[str], cap: int | None = None) -> set[str]:
    """Members filed under any of ``keys``; with ``cap``, keys holding more rows than that are skipped
    (too common to block on: counted on the index, never fetched)."""
    keys = sorted(set(keys))
    out: set[str] = set()
    with store.engine.connect() as c:
        for i in range(0, len(keys), CHUNK):
            chunk = keys[i : i + CHUNK]
            if cap is not None:
                chunk = [k for k, n in c.execute(_COUNTS, dict(kind=kind, keys=chunk)) if n <= cap]
                if not chunk:
                    continue
            out.update(m for _, m in c.execute(_MEMBERS, dict(kind=kind, keys=chunk)))
    return out


def load_profiles(store: Store, doc_ids: Iterable[str]) -> dict[str, tuple[ArticleProfile, dict]]:
    """doc id -> (profile, its stored row data) for the given ids."""
    out = {}
    for r in store.links("profile", keys=sorted(set(doc_ids))):
        out[r["key"]] = (ArticleProfile.from_json(r["key"], r["data"]), r["data"])
    return out


class StoreBackedClusterer(OnlineClusterer):
    """:class:`OnlineClusterer` whose index and earlier clusters live in the store.

    Rows for this run are kept in ``pending`` until :meth:`flush`. With
    ``write_members`` the clusterer also stores profile and cluster rows (the
    linker writes richer ones itself)."""

    def __init__(self, store: Store, model: PairModel, write_members: bool = True):
        super().__init__(model)
        self.store = store
        self.write_members = write_members
        self.pending: list[dict] = []
        self.new_ids: set[str] = set()
        self._stored: dict[str, list[str]] = {}  # cluster -> members stored before this run (newest last)
        self._filed: set[tuple[str, str, str]] = set()

    def candidates(self, p: ArticleProfile) -> set[str]:
        out = super().candidates(p)  # clusters touched in this run
        lsh, ents = query_keys(p, self.model)
        out |= blocked_members(self.store, "blk-lsh", lsh)
        out |= blocked_members(self.store, "blk-ent", ents, cap=ENTITY_POSTINGS_CAP)
        return out

    def stored_members(self, cid: str) -> list[str]:
        if cid not in self._stored:
            self._stored[cid] = members_by_key(self.store, "cluster", [cid]).get(cid, [])
        return self._stored[cid]

    def sample(self, cid: str) -> list[ArticleProfile]:
        ids = (self.stored_members(cid) + self.members.get(cid, []))[-LINKAGE_SAMPLE:]
        missing = [i for i in ids if i not in self.profiles]
        if missing:
            for i, (prof, _) in load_profiles(self.store, missing).items():
                self.profiles[i] = prof
        return [self.profiles[i] for i in ids if i in self.profiles]

    def _index(self, p: ArticleProfile, cid: str) -> None:
        super()._index(p, cid)
        lsh, ents = index_keys(p, self.model)
        for kind, keys in (("blk-lsh", lsh), ("blk-ent", ents)):
            for key in keys:
                if (kind, key, cid) not in self._filed:
                    self._filed.add((kind, key, cid))
                    self.pending.append(dict(kind=kind, key=key, member=cid, data=None))

    def add(self, p: ArticleProfile, cluster_id: str | None = None):
        dec = super().add(p, cluster_id)
        if dec.new and not self.stored_members(dec.cluster):
            self.new_ids.add(dec.cluster)
        if self.write_members:
            self.pending.append(dict(kind="profile", key=p.doc_id, member=p.doc_id, data=p.to_json()))
            self.pending.append(dict(kind="cluster", key=dec.cluster, member=p.doc_id,
                                     data=dict(prob=round(dec.prob, 4), new=dec.new)))
        return dec

    def all_members(self, cid: str) -> list[str]:
        return self.stored_members(cid) + self.members.get(cid, [])

    def flush(self) -> None:
        if self.pending:
            self.store.write_links(self.pending)
        self.pending = []


class StoreNearDupIndex(NearDupIndex):
    """Near-duplicate search whose LSH bands are ``blk-mh`` rows; signatures load from profile rows."""

    def __init__(self, store: Store, **kw):
        super().__init__(**kw)
        self.store = store
        from datasketch import MinHashLSH

        probe = MinHashLSH(threshold=self.threshold, num_perm=NUM_PERM)
        self.b, self.r = probe.b, probe.r
        self.pending: list[dict] = []
        self.run_buckets: dict[str, set[str]] = {}  # band key -> docs added in this run

    def band_keys(self, lang: str | None, m) -> list[str]:
        hv = m.hashvalues
        return [f"{lang or '?'}|{i}|" + hashlib.sha1(hv[i * self.r:(i + 1) * self.r].tobytes()).hexdigest()[:16]
                for i in range(self.b)]

    def add(self, doc_id: str, lang: str | None, m):
        if doc_id in self.hashes:
            return None
        keys = self.band_keys(lang, m)
        cands = blocked_members(self.store, "blk-mh", keys)
        for k in keys:
            cands |= self.run_buckets.get(k, set())
        cands.discard(doc_id)
        missing = [d for d in cands if d not in self.hashes]
        for d, (_, data) in load_profiles(self.store, missing).items():
            if data.get("minhash"):
                self.hashes[d] = unpack_minhash(data["minhash"])
        best = None
        for other in sorted(cands):
            if other not in self.hashes:
                continue
            j = m.jaccard(self.hashes[other])
            if j >= self.threshold and (best is None or j > best[1]):
                best = (self.root(other), j)  # copies of copies point to the first
        self.hashes[doc_id] = m
        for k in keys:
            self.run_buckets.setdefault(k, set()).add(doc_id)
        self.pending += [dict(kind="blk-mh", key=k, member=doc_id, data=None) for k in keys]
        if best:
            self.original_of[doc_id] = best[0]
        return best

    def root(self, doc_id: str) -> str:
        if doc_id not in self.original_of:
            rows = self.store.links("near-dup", member=doc_id)
            self.original_of[doc_id] = rows[0]["key"] if rows else doc_id
        return self.original_of[doc_id]
