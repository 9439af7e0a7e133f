"""A compact statistical name tagger: averaged structured perceptron over BIO tags.

The recogniser (pass 1) calls ``tagger.spans(text, tokens)`` and gets
``[(start, end, label, confidence)]`` with labels PER / LOC / ORG. Weights are trained by
``scripts/train_tagger.py`` on the training part of the dev sets in ``../shared/eval`` and
shipped in ``entities/models/tagger-<lang>-v1.npz`` (source, licence and scores in
``models/README.md``). :func:`load_for` loads a language's model once per process, lazily;
languages without a model get ``None`` and recognition falls back to the KB and cues.

Features (:func:`token_features`) are computed from the recogniser's own tokens, so training
and inference see the same tokenisation: the word, its affixes, shape and script, words
within two positions, the punctuation around it, KB gazetteer matches (the type of a KB
name covering the token), title and typing cues from ``lang/<code>/`` data files, common
and boundary words, and, where a language writes case endings on names, the stem and ending.

Decoding is first-order Viterbi with the BIO constraint (no ``I-X`` after ``O`` or ``B-Y``).
A span's confidence comes from its max-marginal margin (how much better the best path is
than the best path tagging any token of the span otherwise), squashed to 0.5..0.99.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from .cues import Cues, cues_for
from .kb import KB, default_kb, surface_form

MODEL_DIR = Path(__file__).resolve().parent / "models"
VERSION = "v1"
TAGS = ("O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG")
NEG = -1e9

# KB entity type -> the gazetteer feature value (the corpus labels' view of it)
GAZ_TYPE = {"PER": "PER", "GPE": "LOC", "LOC": "LOC", "ORG": "ORG", "AGENCY": "ORG", "OBJECT": "OBJ"}


def allowed_transitions() -> np.ndarray:
    """(len(TAGS)+1) x len(TAGS) matrix of 0 (allowed) / NEG; the last row is the sentence start."""
    n = len(TAGS)
    m = np.zeros((n + 1, n))
    for j, tag in enumerate(TAGS):
        if tag.startswith("I-"):
            for i in range(n + 1):
                prev = TAGS[i] if i < n else "O"
                if prev[2:] != tag[2:]:
                    m[i, j] = NEG
    return m


# --- features ----------------------------------------------------------------
def _shape(w: str) -> str:
    c = w[0]
    if c.isdigit():
        return "D"
    o = ord(c)
    if o < 0x250:
        return "LU" if w.isupper() and len(w) > 1 else ("LC" if c.isupper() else "Ll")
    if 0x900 <= o < 0x980:
        return "H"
    if 0x980 <= o < 0xA00:
        return "B"
    return "X"


def _gap(text: str, a: int, b: int) -> str:
    """Punctuation between two tokens (spaces dropped), e.g. ``,`` or ``"``; ``_`` for none."""
    g = "".join(text[a:b].split())
    return g[:2] or "_"


def gazetteer_tags(text: str, toks: list, kb: KB, cues: Cues) -> list[str]:
    """Per token: ``B-<type>``/``I-<type>`` where a KB surface form covers it (longest first), else ``""``."""
    out = [""] * len(toks)
    n_toks = len(toks)
    i = 0
    while i < n_toks:
        first = toks[i]
        lengths = kb.first_words.get(first.norm)
        hit = None
        if lengths:
            for n in sorted(lengths, reverse=True):
                if i + n > n_toks:
                    continue
                last = toks[i + n - 1]
                form = text[first.start:last.end]
                ids = kb.lookup_surface(form)
                if not ids:
                    for stem in cues.strip_suffix(last.text, True):
                        ids = kb.lookup_surface(text[first.start:last.start] + stem)
                        if ids:
                            break
                if ids:
                    hit = (n, GAZ_TYPE.get(kb.entities[kb.best_of(ids)].type, "OBJ"))
                    break
        else:
            for stem in cues.strip_suffix(first.text, True):
                ids = kb.lookup_surface(stem)
                if ids:
                    hit = (1, GAZ_TYPE.get(kb.entities[kb.best_of(ids)].type, "OBJ"))
                    break
        if hit:
            n, typ = hit
            out[i] = "B-" + typ
            for k in range(i + 1, i + n):
                out[k] = "I-" + typ
            i += n
        else:
            i += 1
    return out


# Features come in two kinds. Word features depend on one word only: its own (``static``) and
# those it gives a neighbour (``as -1``: what token i+1 sees of it, ...). Context features
# (bigrams, punctuation, gazetteer, titles) depend on the sentence. Scoring caches each word's
# summed weights per role, so a word seen before costs one lookup; training uses the strings.
PAD_BEFORE = ("<s2>", "<s1>")
PAD_AFTER = ("</s1>", "</s2>")
ROLES = ("static", "-1", "+1", "-2", "+2")


def word_features(raw: str, w: str, role: str, cues: Cues) -> list[str]:
    """Features word ``w`` (raw form ``raw``) gives the token it is ``role`` to."""
    if role == "-1":
        f = ["w-1=" + w, "s3-1=" + w[-3:]]
        if w in cues.boundary:
            f.append("bound-1")
        lab = cues.label_before.get((w,))
        if lab:
            f.append("lb-1=" + lab)
        return f
    if role == "+1":
        f = ["w+1=" + w, "s3+1=" + w[-3:]]
        if w in cues.boundary:
            f.append("bound+1")
        lab = cues.label_after.get(w)
        if lab:
            f.append("la+1=" + lab)
        return f
    if role == "-2":
        return ["w-2=" + w]
    if role == "+2":
        return ["w+2=" + w]
    f = ["w=" + w, "p2=" + w[:2], "p3=" + w[:3], "s1=" + w[-1:], "s2=" + w[-2:], "s3=" + w[-3:],
         "s4=" + w[-4:], "sh=" + _shape(raw), "len=" + str(min(len(w), 8))]
    if w in cues.common:
        f.append("common")
    if w in cues.boundary:
        f.append("bound")
    stems = cues.strip_suffix(raw)
    if stems:
        st = surface_form(stems[0])
        f += ["stem=" + st, "case=" + w[len(st):]]
        if st in cues.common:
            f.append("stem-common")
    return f


def context_features(text: str, toks: list, kb: KB, cues: Cues) -> list[list[str]]:
    """The sentence-dependent features of each token (always starting with the bias ``b``)."""
    n = len(toks)
    words = [t.norm for t in toks]
    pad = list(PAD_BEFORE) + words + list(PAD_AFTER)
    gaz = gazetteer_tags(text, toks, kb, cues)
    gpad = ["<s>"] + gaz + ["</s>"]
    gaps = [_gap(text, toks[k - 1].end if k else max(0, toks[0].start - 2), toks[k].start) for k in range(n)]
    gaps.append(_gap(text, toks[-1].end, min(len(text), toks[-1].end + 2)) if n else "_")
    title_before = [False] * (n + 1)  # a title (राष्ट्रपति, President) ends right before token i
    for k in range(n):
        hit = cues.title_at(words, k)
        if hit:
            title_before[k + hit[0]] = True
    out = []
    for i in range(n):
        w, p, nx = words[i], pad[i + 1], pad[i + 3]
        f = ["b", "w-1w=" + p + "|" + w, "ww+1=" + w + "|" + nx, "g-=" + gaps[i], "g+=" + gaps[i + 1],
             "gz=" + gaz[i], "gz-1=" + gpad[i], "gz+1=" + gpad[i + 2], "gz|w-1=" + gaz[i] + "|" + p]
        if title_before[i]:
            f.append("title-1")
        out.append(f)
    return out


def neighbours(toks: list) -> list[tuple[tuple[str, str], ...]]:
    """Per token, the (raw, norm) word filling each role: itself, -1, +1, -2, +2 (pads at the edges)."""
    seq = [(x, x) for x in PAD_BEFORE] + [(t.text, t.norm) for t in toks] + [(x, x) for x in PAD_AFTER]
    return [(seq[i + 2], seq[i + 1], seq[i + 3], seq[i], seq[i + 4]) for i in range(len(toks))]


def token_features(text: str, toks: list, kb: KB, cues: Cues) -> list[list[str]]:
    """All feature strings of each token of one sentence (what training sees)."""
    ctx = context_features(text, toks, kb, cues)
    out = []
    for f, roles in zip(ctx, neighbours(toks)):
        for role, (raw, w) in zip(ROLES, roles):
            f = f + word_features(raw, w, role, cues)
        out.append(f)
    return out


# --- the model ----------------------------------------------------------------
@dataclass
class Tagger:
    name: str
    lang: str
    vocab: dict[str, int]
    weights: np.ndarray  # n_features x len(TAGS)
    trans: np.ndarray  # (len(TAGS)+1) x len(TAGS); last row = start of sentence
    margin_scale: float = 1.0

    def __post_init__(self):
        self.kb = default_kb()
        self.cues = cues_for(self.lang)
        self._trans = (self.trans + allowed_transitions()).astype(np.float64)
        # an all-zero last row scores features the model does not know
        self._w = np.vstack([self.weights, np.zeros((1, len(TAGS)), dtype=self.weights.dtype)])
        self._unknown = len(self.weights)
        self._word_index: dict[tuple[str, str], int] = {}
        self._word_table = np.zeros((0, len(ROLES), len(TAGS)))

    def _feature_rows(self, feats: list[str]) -> list[int]:
        return list(map(self.vocab.get, feats, [self._unknown] * len(feats)))

    def emissions(self, feats: list[list[str]]) -> np.ndarray:
        """Token x tag scores from feature strings (the reference path; :meth:`scores` is the fast one)."""
        idx, starts = [], []
        for f in feats:
            starts.append(len(idx))
            idx += self._feature_rows(f)
        return np.add.reduceat(self._w[idx].astype(np.float64), starts, axis=0)

    def _word_ids(self, seq: list[tuple[str, str]]) -> np.ndarray:
        """Row of each (raw, norm) word in the word-score table, adding words not seen before.

        A word's row holds, per role in ROLES, the summed weights of the features it gives."""
        index = self._word_index
        ids = []
        for key in seq:
            k = index.get(key)
            if k is None:
                if len(index) >= 200_000:  # bound the memory of a long-running process
                    index.clear()
                    self._word_table = self._word_table[:0]
                k = len(index)
                index[key] = k
                raw, w = key
                row = np.stack([self._w[self._feature_rows(word_features(raw, w, role, self.cues))].sum(0)
                                for role in ROLES])
                if k >= len(self._word_table):
                    grown = np.zeros((max(1024, 2 * len(self._word_table)), len(ROLES), len(TAGS)))
                    grown[: len(self._word_table)] = self._word_table
                    self._word_table = grown
                self._word_table[k] = row
            ids.append(k)
        return np.array(ids, dtype=np.int64)

    def scores(self, text: str, toks: list) -> np.ndarray:
        """Token x tag scores for one sentence; equal to ``emissions(token_features(...))``."""
        return self.scores_many(text, [toks])[0]

    def scores_many(self, text: str, sentences: list[list]) -> list[np.ndarray]:
        """Token x tag scores of each (non-empty) sentence, computed for all of them at once."""
        flat: list[str] = []
        starts: list[int] = []
        seq: list[tuple[str, str]] = []
        pos: list[int] = []  # index in seq of each token
        for toks in sentences:
            for f in context_features(text, toks, self.kb, self.cues):
                starts.append(len(flat))
                flat += f
            base = len(seq) + 2
            pos += range(base, base + len(toks))
            seq += [(x, x) for x in PAD_BEFORE] + [(t.text, t.norm) for t in toks] + [(x, x) for x in PAD_AFTER]
        emit = np.add.reduceat(self._w[self._feature_rows(flat)].astype(np.float64), starts, axis=0)
        ids = self._word_ids(seq)
        p = np.array(pos, dtype=np.int64)
        table = self._word_table
        emit += (table[ids[p], 0] + table[ids[p - 1], 1] + table[ids[p + 1], 2] + table[ids[p - 2], 3]
                 + table[ids[p + 2], 4])
        out, k = [], 0
        for toks in sentences:
            out.append(emit[k : k + len(toks)])
            k += len(toks)
        return out

    def decode(self, emit: np.ndarray) -> tuple[list[int], np.ndarray]:
        """Best tag path and, per token, the margin of its tag over the best other tag."""
        paths, margins = self.decode_batch([emit])
        return paths[0], margins[0]

    def decode_batch(self, emits: list[np.ndarray]) -> tuple[list[list[int]], list[np.ndarray]]:
        """Viterbi for several sentences at once (padded to the longest), with max-marginal margins."""
        T = len(TAGS)
        lens = np.array([len(e) for e in emits])
        S, L = len(emits), int(lens.max())
        emit = np.zeros((S, L, T))
        for k, e in enumerate(emits):
            emit[k, : len(e)] = e
        trans, start = self._trans[:T], self._trans[T]
        alpha = np.empty((S, L, T))
        back = np.zeros((S, L, T), dtype=np.int64)
        alpha[:, 0] = start + emit[:, 0]
        for i in range(1, L):
            s = alpha[:, i - 1, :, None] + trans
            back[:, i] = s.argmax(1)
            alpha[:, i] = s.max(1) + emit[:, i]
        beta = np.zeros((S, L, T))
        for i in range(L - 2, -1, -1):
            nxt = (trans[None] + (emit[:, i + 1] + beta[:, i + 1])[:, None, :]).max(2)
            beta[:, i] = np.where((i < lens - 1)[:, None], nxt, 0.0)
        paths, margins = [], []
        for k, n in enumerate(lens):
            path = [int(alpha[k, n - 1].argmax())]
            for i in range(n - 1, 0, -1):
                path.append(int(back[k, i, path[-1]]))
            path.reverse()
            mm = alpha[k, :n] + beta[k, :n]
            rows = np.arange(n)
            best = mm[rows, path].copy()
            mm[rows, path] = NEG
            paths.append(path)
            margins.append(best - mm.max(1))
        return paths, margins

    def tag(self, text: str, toks: list) -> list[str]:
        if not toks:
            return []
        path, _ = self.decode(self.scores(text, toks))
        return [TAGS[k] for k in path]

    def spans(self, text: str, toks: list) -> list[tuple[int, int, str, float]]:
        """Name spans (start, end, label, confidence) of one sentence."""
        return self.spans_many(text, [toks])[0]

    def spans_many(self, text: str, sentences: list[list]) -> list[list[tuple[int, int, str, float]]]:
        """Name spans of each sentence (its tokens); case endings stay outside the span."""
        todo = [k for k, toks in enumerate(sentences) if toks]
        out: list[list] = [[] for _ in sentences]
        if not todo:
            return out
        paths, margins = self.decode_batch(self.scores_many(text, [sentences[k] for k in todo]))
        for k, path, margin in zip(todo, paths, margins):
            out[k] = self._spans_of(sentences[k], path, margin)
        return out

    def _spans_of(self, toks: list, path: list[int], margin: np.ndarray) -> list[tuple[int, int, str, float]]:
        out = []
        i, n = 0, len(toks)
        while i < n:
            tag = TAGS[path[i]]
            if tag == "O":
                i += 1
                continue
            label, j = tag[2:], i + 1
            while j < n and TAGS[path[j]] == "I-" + label:
                j += 1
            start, last = toks[i].start, toks[j - 1]
            end = last.end
            stems = self.cues.strip_suffix(last.text)
            if stems:
                end = last.start + len(stems[0])
            m = float(margin[i:j].min())
            conf = 0.5 + 0.49 * (1 - math.exp(-max(m, 0.0) / self.margin_scale))
            out.append((start, end, label, round(conf, 3)))
            i = j
        return out


def model_path(lang: str) -> Path:
    return MODEL_DIR / f"tagger-{lang}-{VERSION}.npz"


def save(path: Path, vocab: list[str], weights: np.ndarray, trans: np.ndarray, margin_scale: float) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    blob = np.frombuffer("\n".join(vocab).encode("utf-8"), dtype=np.uint8)
    np.savez_compressed(path, vocab=blob, weights=weights.astype(np.float16), trans=trans.astype(np.float32),
                        margin_scale=np.array([margin_scale]))


def load(path: Path, lang: str) -> Tagger:
    with np.load(path) as z:
        vocab = z["vocab"].tobytes().decode("utf-8").split("\n")
        weights = z["weights"].astype(np.float32)
        trans = z["trans"].astype(np.float64)
        scale = float(z["margin_scale"][0])
    return Tagger(f"tagger-{lang}-{VERSION}", lang, {f: k for k, f in enumerate(vocab)}, weights, trans, scale)


@lru_cache(maxsize=None)
def load_for(lang: str | None) -> Tagger | None:
    """The shipped tagger for ``lang`` (loaded once per process), or ``None`` when there is none."""
    if not lang:
        return None
    path = model_path(lang)
    return load(path, lang) if path.exists() else None
