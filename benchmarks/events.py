"""Event extraction figures.

1. Precision/recall on ``tests/fixtures/events_gold.jsonl``: 43 real sentences from
   NTREX-128 (newstest2019, CC BY-SA 4.0; English source + professional Hindi and Bengali
   translations, read from ``../shared/eval/ntrex128`` by line number) that contain
   visits, meetings, arrivals, support, thanks, warnings, accusations, agreements and
   denials, annotated by hand (type + named roles), 42-45 per language. Each line is
   annotated per language as that translation reads (a translation that drops an event
   has none). Split by line number (sha1 % 5 < 2 = dev, so a line and its translations
   share a split): lexicons are tuned on ``dev`` only; ``test`` is the held-out figure.
   Full-role match: the type is equal and every gold role filler is found among the
   event's fillers of that role (canonical entity name, or the role text transliterated
   to Latin, fuzzy >= 70). Type-only: the type is equal.
   Runs the real chain clean -> langid -> segment -> entities -> time -> events.
2. CAMEO root-code agreement of trigger typing on the PETRARCH2 unit-test records
   (``../shared/eval/petrarch2_phoenix/PETR.UnitTest.records.xml``, MIT): for each record,
   the first English trigger's ontology type -> CAMEO root vs the record's gold root(s).
   Coverage = records where a trigger fired. (Actors there are fictional, so only the
   trigger typing is measured.)

Usage: python benchmarks/events.py
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from anyascii import anyascii
from rapidfuzz import fuzz

from khabar.events.extract import find_triggers
from khabar.events.lexicon import load_pack
from khabar.events.ontology import load_ontology
from khabar.model import Document
from khabar.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "eval"
if not SHARED.exists():
    SHARED = Path("/work/shared/eval")
GOLD = ROOT / "tests" / "fixtures" / "events_gold.jsonl"


def filler_matches(doc: Document, ev, role: str, name: str) -> bool:
    for r in ev.roles:
        if r.name != role:
            continue
        ent = doc.entities.get(r.entity_id) if r.entity_id else None
        cands = [ent.name] if ent else []
        cands.append(anyascii(r.text))
        if any(name.lower() in c.lower() or fuzz.partial_ratio(name.lower(), c.lower()) >= 70 for c in cands):
            return True
    return False


def matches(doc, ev, gold) -> bool:
    return ev.type == gold["type"] and all(
        filler_matches(doc, ev, role, n) for role, names in gold["roles"].items() for n in names
    )


def gold_benchmark(splits: tuple[str, ...] = ("dev", "test")) -> None:
    pipe = Pipeline.build(["clean", "langid", "segment", "entities", "time", "events"])
    stats: dict[tuple[str, str], Counter] = {}
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        if rec.get("split", "test") not in splits:
            continue
        path = SHARED / "ntrex128" / rec["file"]
        if not path.exists():
            print(f"missing {path}", file=sys.stderr)
            continue
        text = path.read_text(encoding="utf-8").splitlines()[rec["line"] - 1]
        doc = pipe(Document(raw_text=text))
        c = stats.setdefault((rec.get("split", "test"), rec["lang"]), Counter())
        c["gold"] += len(rec["events"])
        c["extracted"] += len(doc.events)
        c["tp_gold"] += sum(any(matches(doc, e, g) for e in doc.events) for g in rec["events"])
        c["tp_ext"] += sum(any(matches(doc, e, g) for g in rec["events"]) for e in doc.events)
        c["type_gold"] += sum(any(e.type == g["type"] for e in doc.events) for g in rec["events"])
        c["type_ext"] += sum(any(e.type == g["type"] for g in rec["events"]) for e in doc.events)
    print("Events vs hand-annotated NTREX-128 sentences (full-role P/R/F1, then type-only)")
    print(f"{'split':<6}{'lang':<5}{'gold':>5}{'extr':>6}{'P':>7}{'R':>7}{'F1':>7}{'P(type)':>9}{'R(type)':>9}")
    for (split, lang), c in sorted(stats.items()):
        p = c["tp_ext"] / c["extracted"] if c["extracted"] else 0.0
        r = c["tp_gold"] / c["gold"] if c["gold"] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        pt = c["type_ext"] / c["extracted"] if c["extracted"] else 0.0
        rt = c["type_gold"] / c["gold"] if c["gold"] else 0.0
        print(f"{split:<6}{lang:<5}{c['gold']:>5}{c['extracted']:>6}{p:>7.2f}{r:>7.2f}{f:>7.2f}{pt:>9.2f}{rt:>9.2f}")


def petrarch_benchmark() -> None:
    path = SHARED / "petrarch2_phoenix" / "PETR.UnitTest.records.xml"
    if not path.exists():
        print(f"missing {path}", file=sys.stderr)
        return
    xml = path.read_text(encoding="utf-8")
    onto = load_ontology()
    pack = load_pack("en")
    n = covered = agree = 0
    per_type: dict[str, Counter] = {}
    for block in re.findall(r"<Sentence [^>]*>(.*?)</Sentence>", xml, re.S):
        m = re.search(r"<Text>(.*?)</Text>", block, re.S)
        codes = re.findall(r'eventcode="(\d+)"', block)
        if not m or not codes:
            continue
        text = " ".join(m.group(1).split())
        n += 1
        found = find_triggers(text, 0, len(text), pack, set())
        typed = [f for f in found if onto[f.trigger.type].cameo]
        if not typed:
            continue
        covered += 1
        t = onto[typed[0].trigger.type]
        ok = t.cameo_root in {c[:2] for c in codes}
        agree += ok
        pc = per_type.setdefault(t.name, Counter())
        pc["n"] += 1
        pc["ok"] += ok
    print()
    print("CAMEO root agreement of trigger typing, PETRARCH2 unit-test records (English)")
    print(f"records {n}  with a trigger {covered} ({covered / n:.0%})  "
          f"root agrees {agree}/{covered} = {agree / covered if covered else 0:.2f}  "
          f"(over all records {agree / n:.2f})")
    print(f"{'type':<12}{'n':>4}{'agree':>7}")
    for name, c in sorted(per_type.items(), key=lambda x: -x[1]["n"]):
        print(f"{name:<12}{c['n']:>4}{c['ok'] / c['n']:>7.2f}")


if __name__ == "__main__":
    gold_benchmark(tuple(a for a in sys.argv[1:] if a in ("dev", "test")) or ("dev", "test"))
    petrarch_benchmark()
