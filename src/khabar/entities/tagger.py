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

import functools
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from .cues import Cues, cues_for
from .gazetteer import SentenceMatches, WordTable
from .kb import KB, default_kb, surface_form
from .translit import latin_key, skeleton

MODEL_DIR = Path(__file__).resolve().parent / "models"
VERSION = "v1"
TAGS = ("O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG")
NEG = -1e9

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
    if 0x900 <= o < 0xD80:  # Indic scripts look alike to the model: one shape, shared across languages
        return "I"
    return "X"


_GAPS: dict[str, str] = {" ": "_", "": "_"}


def _gap(text: str, a: int, b: int) -> str:
    """Punctuation between two tokens (spaces dropped), e.g. ``,`` or ``"``; ``_`` for none."""
    raw = text[a:b]
    g = _GAPS.get(raw)
    if g is None:
        g = "".join(raw.split())[:2] or "_"
        if len(_GAPS) < 10_000:
            _GAPS[raw] = g
    return g


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
        f = ["w-1=" + w, "s3-1=" + w[-3:], "sk-1=" + outline(w)]
        cls = cues.case_class.get(w)
        if cls:
            f.append("cm-1=" + cls)
        if w in cues.boundary:
            f.append("bound-1")
        lab = cues.label_before.get((w,))
        if lab:
            f.append("lb-1=" + lab)
        return f
    if role == "+1":
        f = ["w+1=" + w, "s3+1=" + w[-3:], "sk+1=" + outline(w)]
        cls = cues.case_class.get(w)
        if cls:  # a case marker after the word (hi पुतिन ने) = a case ending on it (bn পুতিনকে)
            f.append("cm=" + cls)
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
    cls = cues.case_class.get(w)
    if cls:
        f.append("cmw=" + cls)
    stems = cues.strip_suffix(raw)
    st = w
    if stems:
        st = surface_form(stems[0])
        ending = w[len(st):]
        f += ["stem=" + st, "case=" + ending]
        cls = cues.case_class.get(ending)
        if cls:
            f.append("cm=" + cls)
        if st in cues.common:
            f.append("stem-common")
    f.append("sk=" + outline(st))  # cross-script: सरकार and সরকার both give srkr
    # (the cluster of a neighbour was tried as a feature too: Bengali dev F1 0.656 without it, 0.649 with it)
    cl = cues.clusters.get(w) if cues.clusters else None
    if cl is None and st != w:
        cl = cues.clusters.get(st)  # the stem's cluster when the inflected form is not listed
    if cl:
        f.append("c=" + cl)
    return f


def outline(word: str) -> str:
    """The consonant outline of a word's Latin key: the same for one word in any Indic script."""
    return skeleton(latin_key(word)) if not word[:1].isdigit() else "D"


def context_features(text: str, toks: list, matches: SentenceMatches) -> list[list[str]]:
    """The sentence-dependent features of each token (always starting with the bias ``b``)."""
    cues = matches.words.cues
    n = len(toks)
    words = [t.norm for t in toks]
    pad = list(PAD_BEFORE) + words + list(PAD_AFTER)
    gaz = matches.tags()
    gpad = ["<s>"] + gaz + ["</s>"]
    gaps = [_gap(text, toks[k - 1].end if k else max(0, toks[0].start - 2), toks[k].start) for k in range(n)]
    gaps.append(_gap(text, toks[-1].end, min(len(text), toks[-1].end + 2)) if n else "_")
    title_before = [False] * (n + 1)  # a title (राष्ट्रपति, President) ends right before token i
    first = cues.title_first
    for k in range(n):
        hit = cues.title_at(words, k) if words[k] in first else None
        if hit and tuple(words[k : k + hit[0]]) not in cues.role_titles:  # (trained before roles were titles)
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


def token_features(text: str, toks: list, kb: KB, cues: Cues, words: WordTable | None = None) -> list[list[str]]:
    """All feature strings of each token of one sentence (what training sees)."""
    ctx = context_features(text, toks, SentenceMatches(text, toks, words or WordTable(kb, cues)))
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
        self.words = WordTable(self.kb, self.cues)
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

        A word's row holds, per role in ROLES, the summed weights of the features it gives. New
        words of a batch are scored together: one gather and one segmented sum for all of them."""
        index = self._word_index
        new = list(dict.fromkeys(key for key in seq if key not in index))
        if new:
            if len(index) + len(new) > 200_000:  # bound the memory of a long-running process
                index.clear()
                self._word_table = self._word_table[:0]
            flat: list[str] = []
            starts: list[int] = []
            for raw, w in new:
                for role in ROLES:
                    starts.append(len(flat))
                    flat += word_features(raw, w, role, self.cues)
            rows = np.add.reduceat(self._w[self._feature_rows(flat)], starts, axis=0).reshape(len(new), len(ROLES), -1)
            base = len(index)
            need = base + len(new)
            if need > len(self._word_table):
                grown = np.zeros((max(1024, 2 * len(self._word_table), need), len(ROLES), len(TAGS)))
                grown[: len(self._word_table)] = self._word_table
                self._word_table = grown
            self._word_table[base:need] = rows
            for k, key in enumerate(new):
                index[key] = base + k
        return np.fromiter((index[key] for key in seq), dtype=np.int64, count=len(seq))

    def scores(self, text: str, toks: list) -> np.ndarray:
        """Token x tag scores for one sentence; equal to ``emissions(token_features(...))``."""
        return self.scores_many(text, [toks])[0]

    def scores_many(self, text: str, sentences: list[list],
                    matches: list[SentenceMatches] | None = None) -> list[np.ndarray]:
        """Token x tag scores of each (non-empty) sentence, computed for all of them at once."""
        flat: list[str] = []
        starts: list[int] = []
        seq: list[tuple[str, str]] = []
        pos: list[int] = []  # index in seq of each token
        if matches is None:
            matches = [SentenceMatches(text, toks, self.words) for toks in sentences]
        for toks, m in zip(sentences, matches):
            for f in context_features(text, toks, m):
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
        # The forward pass (alpha) and the backward pass run in ONE loop over positions: the
        # backward recurrence c_i = emit_i + max_k(c_{i+1}[k] + trans[:, k]) is the forward one on
        # the reversed sentence with the transposed transitions, so both are stacked into a batch
        # of 2S rows (half the numpy calls; python-level steps dominate for short sentences).
        rev = np.zeros((S, L, T))
        for k, e in enumerate(emits):
            rev[k, : len(e)] = e[::-1]
        seq = np.concatenate([emit, rev])
        mats = np.concatenate([np.broadcast_to(trans, (S, T, T)), np.broadcast_to(trans.T, (S, T, T))])
        acc = np.empty((2 * S, L, T))
        back = np.zeros((S, L, T), dtype=np.int64)
        acc[:S, 0] = start + emit[:, 0]
        acc[S:, 0] = rev[:, 0]
        for i in range(1, L):
            s = acc[:, i - 1, :, None] + mats
            back[:, i] = s[:S].argmax(1)
            acc[:, i] = s.max(1) + seq[:, i]
        alpha = acc[:S]
        # beta_i = c_i - emit_i, with c of original position i at reversed position n-1-i
        beta = np.zeros((S, L, T))
        for k, n in enumerate(lens):
            beta[k, :n] = acc[S + k, :n][::-1] - emit[k, :n]
        # backtrack all sentences at once: each starts from its own last token
        rows = np.arange(S)
        best = np.zeros((S, L), dtype=np.int64)
        best[rows, lens - 1] = alpha[rows, lens - 1].argmax(1)
        for i in range(L - 2, -1, -1):
            follow = back[rows, i + 1, best[:, i + 1]]
            best[:, i] = np.where(i < lens - 1, follow, best[:, i])
        # max-marginal margin of each token's tag over the best tag of ANOTHER label: B-PER vs
        # I-PER is a doubt about where a name splits (रमेश | चंद्र वर्मा, merged in _spans_of
        # anyway), not about whether it is a name, so it does not lower the confidence
        mm = alpha + beta
        chosen = np.take_along_axis(mm, best[:, :, None], 2)[:, :, 0]
        groups = _label_groups()
        others = np.stack([np.where(groups != g, mm, NEG).max(2) for g in range(groups.max() + 1)], 2)
        margin = chosen - np.take_along_axis(others, groups[best][:, :, None], 2)[:, :, 0]
        paths = [best[k, :n].tolist() for k, n in enumerate(lens)]
        margins = [margin[k, :n] for k, n in enumerate(lens)]
        return paths, margins

    def tag(self, text: str, toks: list) -> list[str]:
        if not toks:
            return []
        path, _ = self.decode(self.scores(text, toks))
        return [TAGS[k] for k in path]

    def spans(self, text: str, toks: list) -> list[tuple[int, int, str, float]]:
        """Name spans (start, end, label, confidence) of one sentence."""
        return self.spans_many(text, [toks])[0]

    def spans_many(self, text: str, sentences: list[list],
                   matches: list[SentenceMatches] | None = None) -> list[list[tuple[int, int, str, float]]]:
        """Name spans of each sentence (its tokens); case endings stay outside the span.

        ``matches`` (the recogniser's KB matches of each sentence) saves finding them again."""
        todo = [k for k, toks in enumerate(sentences) if toks]
        out: list[list] = [[] for _ in sentences]
        if not todo:
            return out
        paths, margins = self.decode_batch(self.scores_many(
            text, [sentences[k] for k in todo], [matches[k] for k in todo] if matches else None))
        for k, path, margin in zip(todo, paths, margins):
            out[k] = self._spans_of(text, sentences[k], path, margin)
        return out

    def _spans_of(self, text: str, toks: list, path: list[int], margin: np.ndarray) -> list[tuple[int, int, str, float]]:
        out = []
        stop = -1  # end offset of the last span
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
            if (label == "PER" and out and out[-1][2] == "PER" and out[-1][1] == toks[i - 1].end
                    and toks[i - 1].end == stop and gap_is_space(text, toks[i - 1], toks[i])):
                # two people are never written side by side without a comma or a conjunction:
                # B-PER B-PER over joined words is one name split in two (रमेश | चंद्र वर्मा)
                out[-1] = (out[-1][0], end, label, round(min(out[-1][3], conf), 3))
            else:
                out.append((start, end, label, round(conf, 3)))
            stop = end
            i = j
        return out


@functools.cache
def _label_groups() -> np.ndarray:
    """Per tag, the index of its label (O, PER, LOC, ORG): B-X and I-X share one."""
    labels = sorted({t[2:] if t != "O" else "O" for t in TAGS})
    return np.array([labels.index(t[2:] if t != "O" else "O") for t in TAGS])


def gap_is_space(text: str, a, b) -> bool:
    """Only one space between two adjacent tokens."""
    return text[a.end : b.start] == " "


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
