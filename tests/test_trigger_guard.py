"""Guarded trigger patterns (lexicon.guard_lookbehind) find exactly what the written forms find."""
from __future__ import annotations

from pathlib import Path

import pytest

from khabar.events.lexicon import expand, guard_lookbehind, load_pack, word
from khabar.lang import load_yaml

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
SAMPLES = {
    "hi": "सीमा के खिलाफ लोगों ने प्रदर्शन किया। दोनों नेता कल मिलेंगे। भारत और चीन के बीच सीमा पर बातचीत हुई।",
    "bn": "ঢাকায় বিক্ষোভকারীদের সঙ্গে পুলিশের সংঘর্ষে তিনজন নিহত হয়েছেন। দুই নেতা বৈঠক করেন।",
    "en": "The visits by Modi to Japan. Putin visits China. Missiles struck Kyiv. Modi was urged to act. "
          "Russia's strikes on Ukraine continued. He was struck by a car. Xi hosts Putin in Beijing.",
}


def test_a_form_opening_with_a_lookbehind_checks_its_own_words_first():
    assert guard_lookbehind(r"(?<!the\s+)visits?") == r"(?=visits?)(?<!the\s+)visits?"
    assert guard_lookbehind(r"(?<=x)(?P<item>ab)c") == r"(?=(?:ab)c)(?<=x)(?P<item>ab)c"
    assert guard_lookbehind(r"(?<=x)a|b") == r"(?<=x)a|b"  # (an alternation after it: left as written)
    assert guard_lookbehind("plain") == "plain"


@pytest.mark.parametrize("lang", ["hi", "bn", "en"])
def test_guarded_triggers_find_what_the_written_forms_find(lang):
    data = load_yaml(lang, "triggers.yaml")
    macros = data.get("macros", {}) or {}
    text = SAMPLES[lang] + "\n" + "\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob(f"{lang}_*.txt")))
    guarded = {t.origin: t.pattern for t in load_pack(lang).triggers if t.origin.startswith(f"{lang}/triggers.yaml")}
    for i, t in enumerate(data["triggers"]):
        forms = t["forms"] if isinstance(t["forms"], list) else [t["forms"]]
        plain = word("|".join(f"(?:{expand(f, macros)})" for f in forms))
        origin = f"{lang}/triggers.yaml:{t.get('lemma', t['type'])}#{i}"
        assert [m.span() for m in guarded[origin].finditer(text)] == [m.span() for m in plain.finditer(text)], origin
