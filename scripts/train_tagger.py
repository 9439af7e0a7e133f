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
import json
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
from khabar.entities.gazetteer import WordTable  # noqa: E402
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


FREE, FREE_NOT_INSIDE = -1, -2  # gold of an O token in a partly annotated line (see reliability)


def featurise(sents, kb, cues, partial: set | frozenset = frozenset()):
    """(features per token, gold tag ids) per sentence; in a line of ``partial`` (its words as a
    tuple) an O token is FREE: the model may call it a name without being corrected."""
    out = []
    words_table = WordTable(kb, cues)
    for words, tags in sents:
        text, toks, gold = align(words, tags)
        if toks:
            ids = [TAG_ID[g] for g in gold]
            if tuple(words) in partial:
                ids = [FREE_NOT_INSIDE if g == "O" and k and gold[k - 1] != "O" else FREE if g == "O" else t
                       for k, (g, t) in enumerate(zip(gold, ids))]
            out.append((tg.token_features(text, toks, kb, cues, words_table), ids))
    return out


def reliability(sents: list, window: int = 100, min_density: float = 0.35) -> tuple[set, set]:
    """Lines to drop and lines to read as partly annotated, from how densely nearby lines are tagged.

    banglakit has stretches annotated one name per line (each line tags exactly one name, the
    others stay O) and stretches where most lines tag nothing although they hold names (a block
    of sentences picked for a word like শনিবার). Around line i (``window`` lines): if every line
    tags exactly one name, line i is *partial* (its O tokens are not evidence); if fewer than
    ``min_density`` of the lines tag anything, an untagged line i is dropped. A sentence repeated
    once per name is not partial: merging its copies (ner_data.merge_duplicates) completes it."""
    counts = [len(ner_data.spans(tags)) for _, tags in sents]
    copies = Counter(tuple(w) for w, _ in sents)
    drop, partial = set(), set()
    half = window // 2
    for i, (words, _) in enumerate(sents):
        near = counts[max(0, i - half): i + half]
        key = tuple(words)
        if counts[i] == 1 and max(near) <= 1 and sum(near) >= 0.9 * len(near) and copies[key] == 1:
            partial.add(key)
        elif counts[i] == 0 and sum(1 for n in near if n) < min_density * len(near):
            drop.add(key)
    return drop, partial


def transfer_data(lang: str, frac: float, seed: int, kb, shared: set[str] | None) -> list:
    """A sample of another language's TRAIN sentences, featurised with that language's cues.

    Script-independent features (consonant outline of the Latin key, case class, gazetteer,
    titles, shape, punctuation) are shared with the target language; with ``shared`` given, the
    other features (the other script's words and affixes) are dropped, so the shared ones must
    carry those sentences (true transfer rather than memorising the other script)."""
    train, _ = ner_data.split_merged(ner_data.corpus(lang))
    rng = random.Random(seed)
    sample = [s for s in train if rng.random() < frac]
    data = featurise(sample, kb, cues_for(lang))
    if shared is not None:
        data = [([[f for f in fs if f in shared] for fs in feats], gold) for feats, gold in data]
    return data


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


def free_mask(gold: np.ndarray) -> np.ndarray:
    """Emission mask of a partly annotated line: given tags fixed, FREE tokens open, and a FREE
    token right after a given name may not continue it."""
    T = len(tg.TAGS)
    m = np.full((len(gold), T), tg.NEG)
    for i, g in enumerate(gold):
        if g >= 0:
            m[i, g] = 0.0
        else:
            m[i] = 0.0
            if g == FREE_NOT_INSIDE:
                m[i, [k for k, t in enumerate(tg.TAGS) if t.startswith("I-")]] = tg.NEG
    return m


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
            if gold.min() < 0:  # partly annotated: the gold path is the best one agreeing with the tags given
                gold = np.array(viterbi(emit + free_mask(gold), tr + mask))
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
    ap.add_argument("--seeds", type=int, default=1, help="average the weights of this many runs (seeds seed, seed+1, ...)")
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--o-penalty", type=float, default=0.0,
                    help="lower the O tag's bias by this many margin scales (favours recall; chosen on dev)")
    ap.add_argument("--no-reliability", action="store_true",
                    help="train on every line as fully annotated (see reliability())")
    ap.add_argument("--no-merge", action="store_true", help="read duplicate lines separately (old protocol)")
    ap.add_argument("--transfer", default=None, help="also train on this language's TRAIN (e.g. hi for bn)")
    ap.add_argument("--transfer-frac", type=float, default=1.0, help="fraction of its sentences to use")
    ap.add_argument("--transfer-all-features", action="store_true",
                    help="keep the other language's script-specific features too")
    ap.add_argument("--silver", type=Path, action="append", default=[],
                    help="also train on projected names (scripts/project_names.py output), read as partly "
                         "annotated: their tags are kept, their O tokens left open")
    ap.add_argument("--silver-full", action="store_true",
                    help="read silver lines whose every English name was found as fully annotated")
    ap.add_argument("--silver-named-only", action="store_true",
                    help="skip silver lines without any name (with --silver-full they add only O evidence)")
    ap.add_argument("--no-clusters", action="store_true", help="leave out the word-cluster features (to compare)")
    args = ap.parse_args()
    if args.no_clusters:
        for lang in {args.lang, args.transfer or args.lang}:
            cues_for(lang).clusters.clear()

    t0 = time.perf_counter()
    split = ner_data.split if args.no_merge else ner_data.split_merged
    train_sents, _held_out = split(ner_data.corpus(args.lang))
    drop, partial = set(), set()
    if not args.no_reliability:  # judged on the raw lines, before duplicates are merged
        drop, partial = reliability(ner_data.split(ner_data.corpus(args.lang))[0])
    dev_sents = []
    if args.dev:
        cut = int(len(train_sents) * 0.9)
        train_sents, dev_sents = train_sents[:cut], train_sents[cut:]
    n_lines = len(train_sents)
    train_sents = [s for s in train_sents if tuple(s[0]) not in drop]
    print(f"{args.lang}: dropped {n_lines - len(train_sents)} untagged lines of sparsely tagged stretches, "
          f"{sum(tuple(w) in partial for w, _ in train_sents)} lines read as partly annotated", file=sys.stderr)
    kb, cues = default_kb(), cues_for(args.lang)
    data = featurise(train_sents, kb, cues, partial)
    own = len(data)
    if args.transfer:
        shared = None if args.transfer_all_features else {f for feats, _ in data for fs in feats for f in fs}
        data += transfer_data(args.transfer, args.transfer_frac, args.seed, kb, shared)
        print(f"+ {len(data) - own} {args.transfer} sentences", file=sys.stderr)
    for path in args.silver:
        rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
        keep = [r for r in rows if any(t != "O" for t in r["tags"])
                or (args.silver_full and not r["partial"] and not args.silver_named_only)]
        sents = [(r["words"], r["tags"]) for r in keep]
        partly = {tuple(r["words"]) for r in keep if r["partial"] or not args.silver_full}
        before = len(data)
        data += featurise(sents, kb, cues, partly)
        print(f"+ {len(data) - before} silver sentences from {path}", file=sys.stderr)
    counts = Counter(f for feats, _ in data for fs in feats for f in fs)
    vocab_list = sorted(f for f, n in counts.items() if n >= args.min_count)
    vocab = {f: k for k, f in enumerate(vocab_list)}
    print(f"{args.lang}: {len(data)} sentences, {len(vocab)} features ({time.perf_counter() - t0:.0f}s)",
          file=sys.stderr)
    indexed = index(data, vocab)
    runs = [train(indexed, len(vocab), args.epochs, args.seed + k) for k in range(args.seeds)]
    # several runs in other sentence orders, averaged: the perceptron's weights depend on the order,
    # and the average varies less from one build to the next (an ensemble of linear models is linear)
    W = sum(r[0] for r in runs) / len(runs)
    trans = sum(r[1] for r in runs) / len(runs)

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
    for feats, _ in data[:min(own, 2000)]:
        path, m = model.decode(model.emissions(feats))
        margins += [float(x) for k, x in zip(path, m) if k]
    model.margin_scale = float(np.median(margins)) if margins else 1.0
    print(f"kept {len(vocab_list)} features; {time.perf_counter() - t0:.0f}s", file=sys.stderr)

    bias_row, o_col = vocab_list.index("b"), tg.TAGS.index("O")
    model.weights[bias_row, o_col] -= args.o_penalty * model.margin_scale
    W[bias_row, o_col] -= args.o_penalty * model.margin_scale
    model.__post_init__()
    for name, part in (("train", data[:min(own, 2000)]), ("dev", featurise(dev_sents, kb, cues) if dev_sents else [])):
        if part:
            print(f"{name}:")
            for lab, (p, r, f, g) in evaluate(model, part).items():
                print(f"  {lab:4} P {p:.3f} R {r:.3f} F1 {f:.3f} ({g} gold)")
    if dev_sents:  # what other O penalties would give (choose --o-penalty here)
        dev = featurise(dev_sents, kb, cues)
        for pen in (0.0, 0.1, 0.2, 0.3, 0.5, 0.8):
            model.weights[bias_row, o_col] = W[bias_row, o_col] + (args.o_penalty - pen) * model.margin_scale
            model.__post_init__()
            p, r, f, g = evaluate(model, dev)["all"]
            print(f"  o-penalty {pen:.1f}: dev P {p:.3f} R {r:.3f} F1 {f:.3f}")
    out = args.out or (None if args.dev else tg.model_path(args.lang))
    if out:
        tg.save(out, vocab_list, W, trans, model.margin_scale)
        print(f"wrote {out} ({out.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
