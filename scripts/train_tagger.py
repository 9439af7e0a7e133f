"""Train the name tagger (khabar.entities.tagger) for one language; deterministic and seeded.

Data: the TRAIN part of the split in scripts/ner_data.py (first 80% of HiNER validation for hi,
of banglakit for bn). The held-out 20% is never read here. ``--dev`` carves a dev set from the
end of TRAIN (last 10% of it), trains on the rest and prints dev scores: use it to choose
settings, then train on all of TRAIN (the default) and write the shipped model.

    python scripts/train_tagger.py hi            # writes src/khabar/entities/models/tagger-hi-v1.npz
    python scripts/train_tagger.py bn --dev      # dev scores only

Model: averaged structured perceptron, first-order Viterbi with BIO constraints; features with
fewer than ``--min-count`` occurrences are dropped before training and features whose averaged
weights stay near zero are dropped after it, so the shipped file stays small.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ner_data  # noqa: E402

from khabar.entities import tagger as tg  # noqa: E402
from khabar.entities.cues import cues_for  # noqa: E402
from khabar.entities.kb import default_kb  # noqa: E402
from khabar.entities.recognize import tokenize  # noqa: E402

TAG_ID = {t: k for k, t in enumerate(tg.TAGS)}


def align(words: list[str], tags: list[str]) -> tuple[str, list, list[str]]:
    """The sentence as text, its recogniser tokens and each token's gold tag (from the word it sits in)."""
    text = " ".join(words)
    word_at, pos = [], 0
    for k, w in enumerate(words):
        word_at += [k] * len(w) + [-1]
        pos += len(w) + 1
    toks = tokenize(text)
    gold, prev_word = [], -1
    for t in toks:
        k = word_at[t.start]
        tag = tags[k]
        if tag.startswith("B-") and k == prev_word:
            tag = "I-" + tag[2:]  # second token of one corpus word
        gold.append(tag)
        prev_word = k
    return text, toks, gold


def featurise(sents, kb, cues):
    out = []
    for words, tags in sents:
        text, toks, gold = align(words, tags)
        if toks:
            out.append((tg.token_features(text, toks, kb, cues), [TAG_ID[g] for g in gold]))
    return out


def viterbi(emit: np.ndarray, trans: np.ndarray) -> list[int]:
    n, T = emit.shape
    score = trans[T] + emit[0]
    back = np.empty((n, T), dtype=np.int64)
    for i in range(1, n):
        s = score[:, None] + trans[:T]
        back[i] = s.argmax(0)
        score = s.max(0) + emit[i]
    path = [int(score.argmax())]
    for i in range(n - 1, 0, -1):
        path.append(int(back[i, path[-1]]))
    return path[::-1]


def index(data, vocab):
    out = []
    for feats, gold in data:
        idx, starts, tok = [], [], []
        for i, f in enumerate(feats):
            starts.append(len(idx))
            ks = [vocab[x] for x in f if x in vocab]
            idx += ks
            tok += [i] * len(ks)
        out.append((np.array(idx), np.array(starts), np.array(tok), np.array(gold)))
    return out


def train(data, n_feats: int, epochs: int, seed: int):
    T = len(tg.TAGS)
    W, U = np.zeros((n_feats, T)), np.zeros((n_feats, T))
    tr, Ut = np.zeros((T + 1, T)), np.zeros((T + 1, T))
    mask = tg.allowed_transitions()
    rng = random.Random(seed)
    order = list(range(len(data)))
    c = 1.0
    for ep in range(epochs):
        rng.shuffle(order)
        errors = 0
        for si in order:
            idx, starts, tok, gold = data[si]
            emit = np.add.reduceat(W[idx], starts, axis=0)
            pred = np.array(viterbi(emit, tr + mask))
            if not np.array_equal(pred, gold):
                errors += 1
                bad = pred[tok] != gold[tok]  # feature occurrences on wrongly tagged tokens
                fi, g, p = idx[bad], gold[tok][bad], pred[tok][bad]
                np.add.at(W, (fi, g), 1.0)
                np.add.at(W, (fi, p), -1.0)
                np.add.at(U, (fi, g), c)
                np.add.at(U, (fi, p), -c)
                gprev = np.concatenate([[T], gold[:-1]])
                pprev = np.concatenate([[T], pred[:-1]])
                np.add.at(tr, (gprev, gold), 1.0)
                np.add.at(tr, (pprev, pred), -1.0)
                np.add.at(Ut, (gprev, gold), c)
                np.add.at(Ut, (pprev, pred), -c)
            c += 1
        print(f"  epoch {ep + 1}: {errors}/{len(data)} sentences wrong", file=sys.stderr)
    return W - U / c, tr - Ut / c


def prf(gold_sets, pred_sets):
    rows = {}
    for lab in ("PER", "LOC", "ORG", "all"):
        tp = fp = fn = 0
        for g, p in zip(gold_sets, pred_sets):
            if lab != "all":
                g, p = {s for s in g if s[2] == lab}, {s for s in p if s[2] == lab}
            tp, fp, fn = tp + len(g & p), fp + len(p - g), fn + len(g - p)
        pr = tp / (tp + fp) if tp + fp else 0.0
        rc = tp / (tp + fn) if tp + fn else 0.0
        rows[lab] = (pr, rc, 2 * pr * rc / (pr + rc) if pr + rc else 0.0, tp + fn)
    return rows


def evaluate(model: tg.Tagger, data) -> dict:
    golds, preds = [], []
    for feats, gold in data:
        path, _ = model.decode(model.emissions(feats))
        golds.append(ner_data.spans([tg.TAGS[k] for k in gold]))
        preds.append(ner_data.spans([tg.TAGS[k] for k in path]))
    return prf(golds, preds)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("lang", choices=["hi", "bn"])
    ap.add_argument("--dev", action="store_true", help="hold out the last 10%% of TRAIN and print dev scores")
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--prune", type=float, default=0.05, help="drop features whose |weights| all stay below")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args()

    t0 = time.perf_counter()
    train_sents, _held_out = ner_data.split(ner_data.corpus(args.lang))
    dev_sents = []
    if args.dev:
        cut = int(len(train_sents) * 0.9)
        train_sents, dev_sents = train_sents[:cut], train_sents[cut:]
    kb, cues = default_kb(), cues_for(args.lang)
    data = featurise(train_sents, kb, cues)
    counts = Counter(f for feats, _ in data for fs in feats for f in fs)
    vocab_list = sorted(f for f, n in counts.items() if n >= args.min_count)
    vocab = {f: k for k, f in enumerate(vocab_list)}
    print(f"{args.lang}: {len(data)} sentences, {len(vocab)} features ({time.perf_counter() - t0:.0f}s)",
          file=sys.stderr)
    W, trans = train(index(data, vocab), len(vocab), args.epochs, args.seed)

    # scale weights so the largest is ~1000 (float16 keeps ~3 significant digits), prune near-zero rows
    scale = 1000.0 / max(np.abs(W).max(), 1e-9)
    W, trans = W * scale, trans * scale
    keep = np.abs(W).max(1) >= args.prune * scale
    keep[vocab["b"]] = True
    vocab_list = [f for f, k in zip(vocab_list, keep) if k]
    W = W[keep]
    model = tg.Tagger(f"tagger-{args.lang}-{tg.VERSION}", args.lang, {f: k for k, f in enumerate(vocab_list)},
                      W.astype(np.float16).astype(np.float32), trans)
    # margin scale: median margin of the tokens the model tags as names on its own training data
    margins = []
    for feats, _ in data[:2000]:
        path, m = model.decode(model.emissions(feats))
        margins += [float(x) for k, x in zip(path, m) if k]
    model.margin_scale = float(np.median(margins)) if margins else 1.0
    print(f"kept {len(vocab_list)} features; {time.perf_counter() - t0:.0f}s", file=sys.stderr)

    for name, part in (("train", data[:2000]), ("dev", featurise(dev_sents, kb, cues) if dev_sents else [])):
        if part:
            print(f"{name}:")
            for lab, (p, r, f, g) in evaluate(model, part).items():
                print(f"  {lab:4} P {p:.3f} R {r:.3f} F1 {f:.3f} ({g} gold)")
    out = args.out or (None if args.dev else tg.model_path(args.lang))
    if out:
        tg.save(out, vocab_list, W, trans, model.margin_scale)
        print(f"wrote {out} ({out.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
