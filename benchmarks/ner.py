"""NER and name-matching benchmark for the ``entities`` stage (issue 3). Prints tables.

1. Per-language precision/recall/F1 (PER/LOC/ORG, exact span) on the held-out part (last 20%)
   of HiNER validation (collapsed tags) and banglakit (GPE counted as LOC), under three
   protocols: ``merged`` (headline; a sentence repeated on several lines, each copy tagging one
   name, is scored once with the union of its names), ``lines`` (every line on its own, the v1
   protocol: the other names in a copy count as false positives) and ``tagged`` (a diagnostic
   only: merged sentences with at least one gold name, since many untagged banglakit sentences
   hold untagged names). Our labels map
   PER->PER, GPE/LOC->LOC, ORG/AGENCY->ORG; OBJECT and NORP (demonyms: रूसी, Russian) are not
   scored (neither corpus tags a demonym alone). Both corpora tag whole
   tokens, so a mention is widened to the tokens it touches (a Bengali case ending we leave
   outside the span is inside the corpus token).
2. Top-1 accuracy of English<->Hindi name matching on indicate_names cricketers: every Hindi
   full name (hindi_long_name) is matched against all English full names with our key
   similarity (and the reverse). Players whose english_name is "Surname, Initials" are left out.
3. Throughput of the stage on the two seed articles (~5.8 kB each), per core: articles per CPU
   second of this process (after the KB and models are loaded), so other load on the machine
   does not distort it; wall-clock articles/s is printed too.

Run: ``python benchmarks/ner.py [--limit N]``; data from ../shared/eval (KHABAR_SHARED overrides).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
import unicodedata
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import ner_data  # noqa: E402

from khabar.entities.stage import find_entities  # noqa: E402
from khabar.entities.translit import _vowel_classes, latin_key, skeleton  # noqa: E402
from khabar.model import Document, Sentence  # noqa: E402

LABEL = {"PER": "PER", "GPE": "LOC", "LOC": "LOC", "ORG": "ORG", "AGENCY": "ORG"}


def predict(words: list[str], lang: str, join_short_forms: bool = False) -> set[tuple[int, int, str]]:
    # NFC, as the pipeline's clean stage gives every later stage (the silver files keep their
    # source's code points: 5% of Bengali words there write য় as one code point)
    words = [unicodedata.normalize("NFC", w) for w in words]
    text = " ".join(words)
    starts, pos = [], 0
    for w in words:
        starts.append(pos)
        pos += len(w) + 1
    doc = find_entities(Document(raw_text=text, text=text, lang=lang, sentences=[Sentence(0, len(text), lang)]))
    out = set()
    for m in doc.mentions:
        label = LABEL.get(m.label)
        if not label:
            continue
        toks = [i for i, s in enumerate(starts) if s < m.end and s + len(words[i]) > m.start]
        if toks:
            out.add((toks[0], toks[-1] + 1, label))
    if join_short_forms:
        for long_ in sorted(out):
            a, b, label = long_
            short = next((s for s in out if s[:2] == (b + 1, b + 2)), None)
            if label == "ORG" and short and b + 2 < len(words) and words[b] == "(" and words[b + 2] == ")":
                out -= {long_, short}
                out.add((a, b + 3, label))
    return out


# banglakit tags a name and its short form in brackets as one span ("বাংলাদেশ বর্ডার গার্ডের ( বিজিবি )":
# 46 gold spans of the training part hold brackets, no short form after a name is tagged apart);
# HiNER tags them apart ("भारतीय जनता पार्टी ( भाजपा )": 56 apart, none joined). We find the two
# names apart; for banglakit a found organisation, "(", a found short form, ")" is scored as one span
# (ner_scores only: the NTREX silver names are projected from English, where the two are apart).
JOINED_SHORT_FORMS = {"bn"}


PROTOCOLS = {
    "merged": "held-out 20%, duplicate lines merged (headline)",
    "lines": "held-out 20%, every line scored on its own (the v1 protocol)",
    "tagged": "DIAGNOSTIC: merged held-out sentences with at least one gold name",
}


def held_out(lang: str, protocol: str) -> list:
    """The held-out sentences under a protocol (see PROTOCOLS and ner_data.split_merged)."""
    if protocol == "lines":
        return ner_data.split(ner_data.corpus(lang))[1]
    test = ner_data.split_merged(ner_data.corpus(lang))[1]
    if protocol == "tagged":  # leaves out the untagged sentences, which often hold untagged names
        test = [(w, t) for w, t in test if any(x != "O" for x in t)]
    return test


def ner_scores(lang: str, limit: int | None, protocol: str = "merged"):
    test = held_out(lang, protocol)
    if limit:
        test = test[:limit]
    tp, fp, fn = {}, {}, {}
    for words, tags in test:
        gold, pred = ner_data.spans(tags), predict(words, lang, lang in JOINED_SHORT_FORMS)
        for lab in ("PER", "LOC", "ORG"):
            g = {s for s in gold if s[2] == lab}
            p = {s for s in pred if s[2] == lab}
            tp[lab] = tp.get(lab, 0) + len(g & p)
            fp[lab] = fp.get(lab, 0) + len(p - g)
            fn[lab] = fn.get(lab, 0) + len(g - p)
    rows = {}
    for lab in ("PER", "LOC", "ORG", "all"):
        t = sum(tp.values()) if lab == "all" else tp[lab]
        f_p = sum(fp.values()) if lab == "all" else fp[lab]
        f_n = sum(fn.values()) if lab == "all" else fn[lab]
        p = t / (t + f_p) if t + f_p else 0.0
        r = t / (t + f_n) if t + f_n else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        rows[lab] = (p, r, f1, t + f_n)
    return rows, len(test)


def name_matching() -> tuple[float, float, int]:
    from rapidfuzz import fuzz
    from rapidfuzz.process import cdist

    path = ner_data.SHARED / "eval" / "indicate_names" / "players_with_hindi_names.json"
    # full English names only: "Bairstow, JM" (surname, initials) has no full Hindi counterpart,
    # and a few english_name fields are in Devanagari
    players = [p for p in json.loads(path.read_text(encoding="utf-8"))
               if p.get("hindi_long_name") and p.get("english_name", "").isascii() and "," not in p["english_name"]]
    hi = [latin_key(p["hindi_long_name"]) for p in players]
    en = [latin_key(p["english_name"]) for p in players]

    def feats(keys):
        return [_vowel_classes(k.replace(" ", "")) for k in keys], [skeleton(k) for k in keys]

    (hv, hs), (ev, es) = feats(hi), feats(en)
    score = 0.5 * cdist(hv, ev, scorer=fuzz.ratio, workers=1) + 0.5 * cdist(hs, es, scorer=fuzz.ratio, workers=1)
    # several players share one name; a pick is right when the names are the same
    same = np.array([[a == b for b in en] for a in en]) if len(en) < 4000 else None
    hi2en = np.argmax(score, axis=1)
    en2hi = np.argmax(score, axis=0)
    n = len(players)
    ok1 = sum(same[i, hi2en[i]] for i in range(n)) / n
    hi_same = np.array([[a == b for b in hi] for a in hi])
    ok2 = sum(hi_same[j, en2hi[j]] for j in range(n)) / n
    return ok1, ok2, n


def throughput(seconds: float = 3.0) -> tuple[float, float]:
    """Articles per CPU-second and per wall-second of the entities stage alone on the seeds.

    The seeds go through the foundation stages (clean, langid, segment) once first, so the
    stage sees real sentences as in the pipeline; only find_entities is timed."""
    import copy

    from khabar.pipeline import Pipeline

    seeds = ner_data.SHARED / "seeds"
    prep = Pipeline.build(["clean", "langid", "segment"])
    docs = [prep(Document(raw_text=(seeds / name).read_text(encoding="utf-8")))
            for name in ("hi_putin_pyongyang_gifts.txt", "bn_kim_vostochny_gifts.txt")]
    for d in docs:
        find_entities(copy.deepcopy(d))  # load KB, models and caches
    n, t0, c0 = 0, time.perf_counter(), time.process_time()
    while time.perf_counter() - t0 < seconds:
        for d in docs:
            find_entities(copy.copy(d))
            n += 1
    return n / (time.process_time() - c0), n / (time.perf_counter() - t0)


SILVER = Path(__file__).resolve().parent.parent / "scripts" / "silver"


def silver_scores(lang: str) -> dict[str, tuple[float, float, float]] | None:
    """Scores on NTREX-128 documents never trained on, against names projected from English
    (scripts/project_names.py): recall over every line, precision over the lines whose every
    English name was found. Silver: spaCy's labels and the projection err too, so this is a
    check on foreign news names, not a gold figure. Rows: "typed" (span + label), "span"."""
    path = SILVER / f"ntrex-{lang}-eval.jsonl"
    if not path.exists():
        return None
    c = {k: [0, 0, 0, 0] for k in ("typed", "span")}  # found (all lines), gold, right (full lines), predicted
    for row in (json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()):
        gold, pred = ner_data.spans(row["tags"]), predict(row["words"], lang)
        for k, (g, p) in {"typed": (gold, pred), "span": ({x[:2] for x in gold}, {x[:2] for x in pred})}.items():
            c[k][0] += len(g & p)
            c[k][1] += len(g)
            if not row["partial"]:
                c[k][2] += len(g & p)
                c[k][3] += len(p)
    out = {}
    for k, (found, gold, right, predicted) in c.items():
        prec = right / predicted if predicted else 0.0
        rec = found / gold if gold else 0.0
        out[k] = (prec, rec, 2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=None, help="score only the first N held-out sentences")
    ap.add_argument("--protocols", default="merged,lines,tagged", help="which of: " + ", ".join(PROTOCOLS))
    ap.add_argument("--skip-matching", action="store_true")
    args = ap.parse_args()
    for protocol in args.protocols.split(","):
        print(f"NER on {PROTOCOLS[protocol]} (exact token span)")
        print(f"{'lang':5} {'label':5} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6}")
        for lang in ("hi", "bn"):
            rows, n = ner_scores(lang, args.limit, protocol)
            for lab, (p, r, f1, g) in rows.items():
                print(f"{lang:5} {lab:5} {p:6.3f} {r:6.3f} {f1:6.3f} {g:6d}")
            print(f"      ({n} held-out sentences)")
        print()
    print("NER on NTREX-128 documents never trained on, vs names projected from English (SILVER, "
          "scripts/project_names.py)")
    print(f"{'lang':5} {'match':6} {'P':>6} {'R':>6} {'F1':>6}")
    for lang in ("hi", "bn"):
        rows = silver_scores(lang)
        for k, (p, r, f1) in (rows or {}).items():
            print(f"{lang:5} {k:6} {p:6.3f} {r:6.3f} {f1:6.3f}")
    print()
    if args.skip_matching:
        cpu, wall = throughput()
        print(f"entities stage throughput on the seeds: {cpu:.0f} articles per CPU-second (one core); "
              f"{wall:.0f} articles/s wall clock")
        return
    a, b, n = name_matching()
    print(f"\nEnglish<->Hindi name matching, top-1 over {n} cricketers: hi->en {a:.3f}  en->hi {b:.3f}")
    cpu, wall = throughput()
    print(f"\nentities stage throughput on the seeds: {cpu:.0f} articles per CPU-second (one core); "
          f"{wall:.0f} articles/s wall clock")


if __name__ == "__main__":
    main()
