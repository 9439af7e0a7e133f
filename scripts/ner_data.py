"""Readers and the fixed train/held-out split of the NER dev sets in ../shared/eval.

Shared by scripts/build_common_words.py, scripts/train_tagger.py and benchmarks/ner.py so
nothing is ever trained on the held-out part. Split: the LAST 20% of each file's sentences
is held out (contiguous, so held-out articles are not seen in pieces during training).
"""
from __future__ import annotations

import json
import os
import unicodedata

import regex
from pathlib import Path

SHARED = Path(os.environ.get("KHABAR_SHARED", Path(__file__).resolve().parent.parent.parent / "shared"))
HINER = SHARED / "eval" / "hiner" / "validation.collapsed.conll"
BANGLAKIT = SHARED / "eval" / "bengali_ner_banglakit" / "main.jsonl"
HELD_OUT = 0.2
# banglakit's tokens: letter/digit runs and single punctuation marks (matches 94% of its lines)
BN_TOKEN = regex.compile(r"[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]")

# corpus tag -> our label (banglakit GPE counts as LOC, as in HiNER)
LABELS = {"PERSON": "PER", "PER": "PER", "LOCATION": "LOC", "LOC": "LOC", "GPE": "LOC",
          "ORGANIZATION": "ORG", "ORG": "ORG"}


def read_hiner(path: Path = HINER) -> list[tuple[list[str], list[str]]]:
    """Sentences as (words, BIO tags with our labels; other types -> O)."""
    sents, words, tags = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if words:
                sents.append((words, tags))
            words, tags = [], []
            continue
        w, _, t = line.rpartition("\t") if "\t" in line else line.rpartition(" ")
        words.append(w.strip())
        tags.append(_bio(t.strip()))
    if words:
        sents.append((words, tags))
    return sents


def _bio(tag: str) -> str:
    if tag == "O" or "-" not in tag:
        return "O"
    prefix, label = tag.split("-", 1)
    label = LABELS.get(label)
    if label is None:
        return "O"
    return {"B": "B", "I": "I", "L": "I", "U": "B"}[prefix] + "-" + label


def read_banglakit(path: Path = BANGLAKIT) -> list[tuple[list[str], list[str]]]:
    sents = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        text, tags = json.loads(line)
        words = BN_TOKEN.findall(text)
        if len(words) != len(tags):  # ~5% of lines tokenised some other way: skipped
            continue
        sents.append((words, [_bio(t) for t in tags]))
    return sents


def split(sents: list) -> tuple[list, list]:
    cut = int(len(sents) * (1 - HELD_OUT))
    return sents[:cut], sents[cut:]


def corpus(lang: str) -> list[tuple[list[str], list[str]]]:
    """Sentences with NFC words: khabar's clean stage hands every later stage NFC text, and
    banglakit writes য় as the one code point U+09DF (NFC: য + ়) in about 60% of its lines, so
    un-normalised words would train and score forms the pipeline never sees."""
    sents = read_hiner() if lang == "hi" else read_banglakit()
    return [([unicodedata.normalize("NFC", w) for w in words], tags) for words, tags in sents]


def merge_duplicates(sents: list) -> list:
    """One line per distinct sentence, carrying the union of the names its copies tag.

    banglakit often repeats a sentence once per name it annotates, each copy tagging only that
    name (the other names are O in that copy). Read line by line, every copy marks the other
    names as non-names, for training and for scoring. Overlapping spans from different copies
    (rare) keep the first copy's. Order: first occurrence."""
    merged: dict[tuple[str, ...], tuple[list[str], list[str]]] = {}
    for words, tags in sents:
        key = tuple(words)
        if key not in merged:
            merged[key] = (words, list(tags))
            continue
        have = merged[key][1]
        for a, b, label in sorted(spans(tags)):
            if all(t == "O" for t in have[a:b]) and (b >= len(have) or not have[b].startswith("I-")):
                have[a:b] = ["B-" + label] + ["I-" + label] * (b - a - 1)
    return list(merged.values())


def split_merged(sents: list) -> tuple[list, list]:
    """:func:`split`, then duplicates merged within each part; held-out sentences whose text is
    also in TRAIN are dropped from the held-out part (2 of banglakit's)."""
    train, held_out = split(sents)
    train = merge_duplicates(train)
    seen = {tuple(w) for w, _ in train}
    return train, [s for s in merge_duplicates(held_out) if tuple(s[0]) not in seen]


def spans(tags: list[str]) -> set[tuple[int, int, str]]:
    """(first word, end word, label) of each BIO span."""
    out, start, label = set(), None, None
    for i, t in enumerate(tags + ["O"]):
        if start is not None and (t == "O" or t.startswith("B-") or t[2:] != label):
            out.add((start, i, label))
            start = None
        if t.startswith("B-") or (t.startswith("I-") and start is None):
            start, label = i, t[2:]
    return out
