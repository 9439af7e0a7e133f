"""Same-event probability for a pair of articles: a small logistic regression.

Cosine of lede embeddings alone cannot separate "same event" from "same
topic, different event" (such pairs score 0.9+ with e5), so the score combines
several language-independent signals, each comparable across scripts:

- ``cos``       cosine of the two language-centred article vectors
- ``maxsim``    best language-centred sentence-to-sentence cosine
- ``numbers``   overlap coefficient of the numbers in both texts
- ``entities``  overlap coefficient of canonical entity ids (0 unless both articles have some)
- ``has_entities`` 1 when both articles have entity ids: languages without an entities
  stage (and NTREX's ru/ko/ar) say nothing, which is not the same as "no overlap"
- ``conflict``  1 when the two articles' events say different things happened
  (:mod:`khabar.link.signature`: different trips, places or years)

Language centring: e5 vectors carry a strong per-language offset, so two
unrelated articles in one language score higher (median 0.90) than a
translation pair across languages (0.92). Subtracting each language's mean
vector (fitted with the weights; the global mean for other languages) and
renormalising removes it: on NTREX held-out stories translations then score
0.45-0.9 and unrelated pairs median 0.0. There is deliberately no
same-language feature: NTREX has no same-language positives, so it would
learn a dataset artefact.

Weights are fitted with :func:`fit` (plain numpy, L2-regularised gradient
descent) by ``benchmarks/clustering.py`` and shipped in ``pair_model.json``
with a note of the data they came from. Date is not a feature but a gate
(:data:`DATE_GATE_DAYS`): the dev data has no dates to fit it on, and two
reports of one event are never months apart, however alike they read.

The ``conflict`` weight is not fitted by the regression (NTREX has almost no
pairs where it can fire among likely joins) but set to the smoothed log
likelihood ratio log P(conflict | same event) / P(conflict | different events),
counted on article pairs whose signatures are comparable (both say where or
when): a naive-Bayes update of the regression's log-odds, see
:func:`conflict_weight`.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .profile import ArticleProfile, days_apart
from .signature import comparable, conflict

FEATURES = ["cos", "maxsim", "numbers", "entities", "has_entities", "conflict"]
REGRESSION_FEATURES = 5  # the first five are fitted by logistic regression; "conflict" by counting
MODEL_PATH = Path(__file__).with_name("pair_model.json")
# Articles whose reported days are further apart than this never share an event.
DATE_GATE_DAYS = 10


def overlap(a, b) -> float:
    if not a or not b:
        return 0.0
    return len(set(a) & set(b)) / min(len(a), len(b))


def _unit(m: np.ndarray) -> np.ndarray:
    n = np.linalg.norm(m, axis=-1, keepdims=True)
    return m / np.where(n == 0, 1, n)


def centred(p: ArticleProfile, centres: dict[str, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """(article vector, sentence vectors) of ``p`` with its language's mean removed; cached on ``p``."""
    if p.centred is None:
        mu = centres.get(p.lang or "", centres.get("*"))
        if mu is None or not len(p.sent_vecs):
            p.centred = (p.vec, p.sent_vecs)
        else:
            p.centred = (_unit(p.vec - mu), _unit(p.sent_vecs - mu))
    return p.centred


def pair_features(a: ArticleProfile, b: ArticleProfile, centres: dict[str, np.ndarray] | None = None) -> np.ndarray:
    cos = maxsim = 0.0
    if len(a.sent_vecs) and len(b.sent_vecs):
        (va, sa), (vb, sb) = centred(a, centres or {}), centred(b, centres or {})
        cos, maxsim = float(va @ vb), float((sa @ sb.T).max())
    both = bool(a.entities) and bool(b.entities)
    return np.array([cos, maxsim, overlap(a.numbers, b.numbers), overlap(a.entities, b.entities) if both else 0.0,
                     float(both), conflict(a.events, b.events)], dtype=np.float64)


def date_compatible(a: ArticleProfile, b: ArticleProfile) -> bool:
    d = days_apart(a.date, b.date)
    return d is None or d <= DATE_GATE_DAYS


@dataclass
class PairModel:
    weights: np.ndarray
    bias: float
    mean: np.ndarray  # feature standardisation fitted with the weights
    scale: np.ndarray
    threshold: float = 0.5  # join an existing cluster at or above this probability
    note: str = ""
    centres: dict[str, np.ndarray] = field(default_factory=dict)  # language ("*": any) -> mean vector
    # Per-language calibration: log-odds added once for each side's language (0 for unseen ones).
    # Some languages embed less alike than others (NTREX: Korean translations score lower).
    lang_bias: dict[str, float] = field(default_factory=dict)
    # Cheap first test: a cluster none of whose sampled members reaches this centred cosine is not
    # scored at all (set below the least alike same-story pair of the fitting data, minus a margin).
    prefilter_cos: float | None = None

    def logit(self, feats: np.ndarray) -> np.ndarray:
        return ((np.atleast_2d(feats) - self.mean) / self.scale) @ self.weights + self.bias

    def prob(self, feats: np.ndarray) -> np.ndarray:
        """Same-event probability from features alone (no per-language calibration)."""
        return 1.0 / (1.0 + np.exp(-self.logit(feats)))

    def pair_prob(self, a: ArticleProfile, b: ArticleProfile) -> float:
        if not date_compatible(a, b):
            return 0.0
        z = self.logit(pair_features(a, b, self.centres))[0]
        z += self.lang_bias.get(a.lang or "", 0.0) + self.lang_bias.get(b.lang or "", 0.0)
        return float(1.0 / (1.0 + np.exp(-z)))

    def features(self, a: ArticleProfile, b: ArticleProfile) -> np.ndarray:
        return pair_features(a, b, self.centres)

    def to_json(self) -> dict:
        return dict(features=FEATURES, weights=self.weights.round(6).tolist(), bias=round(self.bias, 6),
                    mean=self.mean.round(6).tolist(), scale=self.scale.round(6).tolist(),
                    threshold=self.threshold, note=self.note,
                    lang_bias={k: round(v, 6) for k, v in sorted(self.lang_bias.items())},
                    prefilter_cos=self.prefilter_cos,
                    centres={k: v.round(5).tolist() for k, v in sorted(self.centres.items())})

    @classmethod
    def from_json(cls, d: dict) -> "PairModel":
        if d.get("features") != FEATURES:
            raise ValueError(f"pair model features {d.get('features')} != {FEATURES}; refit it")
        return cls(np.array(d["weights"]), float(d["bias"]), np.array(d["mean"]), np.array(d["scale"]),
                   float(d.get("threshold", 0.5)), d.get("note", ""),
                   {k: np.array(v, dtype=np.float32) for k, v in (d.get("centres") or {}).items()},
                   dict(d.get("lang_bias") or {}), d.get("prefilter_cos"))

    def save(self, path: str | Path = MODEL_PATH) -> None:
        Path(path).write_text(json.dumps(self.to_json(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def load_model(path: str | Path = MODEL_PATH) -> PairModel:
    return PairModel.from_json(json.loads(Path(path).read_text(encoding="utf-8")))


def language_centres(profiles: list[ArticleProfile]) -> dict[str, np.ndarray]:
    """Mean article vector per language, and over all articles as ``"*"``."""
    by_lang: dict[str, list[np.ndarray]] = {}
    for p in profiles:
        if len(p.sent_vecs):
            by_lang.setdefault(p.lang or "", []).append(p.vec)
            by_lang.setdefault("*", []).append(p.vec)
    return {k: np.mean(v, axis=0).astype(np.float32) for k, v in by_lang.items() if k}


def conflict_weight(pairs: list[tuple[dict, dict, bool]]) -> tuple[float, dict[str, int]]:
    """log P(conflict | same) / P(conflict | different), add-one smoothed, over comparable pairs.

    ``pairs`` are (signature a, signature b, same event?). Returns the weight and the counts."""
    n = dict(same=0, same_conflict=0, different=0, different_conflict=0)
    for a, b, same in pairs:
        if not comparable(a, b):
            continue
        k = "same" if same else "different"
        n[k] += 1
        n[k + "_conflict"] += int(conflict(a, b))
    p_same = (n["same_conflict"] + 1) / (n["same"] + 2)
    p_diff = (n["different_conflict"] + 1) / (n["different"] + 2)
    return float(np.log(p_same / p_diff)), n


def fit(X: np.ndarray, y: np.ndarray, l2: float = 1e-2, steps: int = 3000, lr: float = 0.5,
        note: str = "", conflict_w: float = 0.0, pair_langs: list[tuple[str, str]] | None = None) -> PairModel:
    """Logistic regression by gradient descent over the regression features (classes re-weighted
    to balance), plus one count column per language when ``pair_langs`` is given (the per-language
    calibration); the conflict weight is given (see :func:`conflict_weight`), applied unscaled."""
    k = REGRESSION_FEATURES
    Xr = np.asarray(X, dtype=np.float64)[:, :k]
    langs = sorted({lg for pair in pair_langs or [] for lg in pair})
    if langs:
        counts = np.array([[(a == lg) + (b == lg) for lg in langs] for a, b in pair_langs], dtype=np.float64)
        Xr = np.hstack([Xr, counts])
    model = _fit_logistic(Xr, y, l2, steps, lr, note)
    w, mean, scale = model.weights, model.mean, model.scale
    # Language columns back to raw log-odds per side; their centring moves into the bias.
    model.lang_bias = {lg: float(w[k + t] / scale[k + t]) for t, lg in enumerate(langs)}
    model.bias -= float(sum(w[k + t] * mean[k + t] / scale[k + t] for t in range(len(langs))))
    model.weights = np.append(w[:k], conflict_w)
    model.mean = np.append(mean[:k], 0.0)
    model.scale = np.append(scale[:k], 1.0)
    return model


def _fit_logistic(X: np.ndarray, y: np.ndarray, l2: float, steps: int, lr: float, note: str) -> PairModel:
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    mean, scale = X.mean(axis=0), X.std(axis=0)
    scale[scale == 0] = 1.0
    Z = (X - mean) / scale
    pos = y.sum()
    w_pos, w_neg = len(y) / (2 * max(pos, 1)), len(y) / (2 * max(len(y) - pos, 1))
    sw = np.where(y == 1, w_pos, w_neg)
    w = np.zeros(X.shape[1])
    b = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(Z @ w + b)))
        g = sw * (p - y)
        w -= lr * (Z.T @ g / len(y) + l2 * w)
        b -= lr * g.mean()
    return PairModel(w, b, mean, scale, note=note)
