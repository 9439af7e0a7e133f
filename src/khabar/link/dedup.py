"""Near-duplicate articles within a language: MinHash over word shingles + LSH.

Syndicated copies (the same agency story on several sites, lightly edited)
are one source, not several: the linker marks each copy with the article it
copies (the first one seen), and merged-event confidence counts only such
originals. Shingles are runs of ``SHINGLE`` casefolded words, so the method
needs no language knowledge beyond "words are separated by spaces", which
holds for every script khabar reads today.
"""
from __future__ import annotations

import base64
from dataclasses import dataclass, field

import numpy as np
import regex
from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
SHINGLE = 4
THRESHOLD = 0.7  # estimated Jaccard of shingle sets at which a copy is declared
WORD_RE = regex.compile(r"[\p{L}\p{M}\p{N}]+")


def shingles(text: str, k: int = SHINGLE) -> set[str]:
    words = [w.casefold() for w in WORD_RE.findall(text)]
    if len(words) < k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + k]) for i in range(len(words) - k + 1)}


SCHEME = "affine32"  # pinned: stored signatures must be comparable with new ones


def minhash(text: str) -> MinHash:
    m = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    m.update_batch([s.encode("utf-8") for s in shingles(text)])
    return m


def pack_minhash(m: MinHash) -> str:
    return base64.b64encode(np.asarray(m.hashvalues, dtype=np.uint64).tobytes()).decode("ascii")


def unpack_minhash(s: str) -> MinHash:
    return MinHash(num_perm=NUM_PERM, scheme=SCHEME, hashvalues=np.frombuffer(base64.b64decode(s), dtype=np.uint64))


@dataclass
class NearDupIndex:
    """One LSH index per language; ``add`` returns the original an article copies, if any."""

    threshold: float = THRESHOLD
    indexes: dict[str, MinHashLSH] = field(default_factory=dict)
    hashes: dict[str, MinHash] = field(default_factory=dict)
    original_of: dict[str, str] = field(default_factory=dict)  # copy -> original

    def add(self, doc_id: str, lang: str | None, m: MinHash) -> tuple[str, float] | None:
        if doc_id in self.hashes:
            return None
        lsh = self.indexes.setdefault(lang or "?", MinHashLSH(threshold=self.threshold, num_perm=NUM_PERM))
        best: tuple[str, float] | None = None
        for other in lsh.query(m):
            j = m.jaccard(self.hashes[other])
            if j >= self.threshold and (best is None or j > best[1]):
                best = (self.original_of.get(other, other), j)  # copies of copies point to the first
        lsh.insert(doc_id, m)
        self.hashes[doc_id] = m
        if best:
            self.original_of[doc_id] = best[0]
        return best

    def root(self, doc_id: str) -> str:
        """The independent source an article counts as (itself unless it is a copy)."""
        return self.original_of.get(doc_id, doc_id)
