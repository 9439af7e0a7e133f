"""The literal prefilter of trigger patterns only skips scans that could find nothing."""

from __future__ import annotations

import regex
import pytest

from khabar.events import extract
from khabar.events.lexicon import load_pack
from khabar.events.prefilter import required_literals

from conftest import BN_SEED, HI_SEED, SHARED


@pytest.mark.parametrize("pattern, literals", [
    (r"(?<!\w)(?:मुलाकात|भेंट)\s+(?:की|किया)(?!\w)", {"मुलाकात", "भेंट"}),
    (r"gift(?:ed|s)?\s+\w+", {"gift"}),
    (r"(?:Visit|arriv)\w*", {"visit", "arriv"}),  # casefolded
    (r"(?:visits?|visited)", {"visit"}),  # a literal holding another is dropped
    (r"\p{Lu}\w+ (?:met|meets)", {" met", " meets"}),  # regex-module classes read as any character
])
def test_the_words_every_match_holds(pattern, literals):
    assert required_literals(pattern) == literals


@pytest.mark.parametrize("pattern", [
    r"a?b",  # too short to filter anything
    r"(?:visit)?\w+",  # the word is optional
    r"(?:visit|\w+ed)",  # one alternative holds no literal
    r"(?:visit)*ed",
    r"[abc]{4}",
    r"(?:(?P<x>a)|b)(?(x)visit|visits)",  # a conditional: not understood, always scanned
])
def test_a_pattern_with_no_word_it_cannot_do_without_is_always_scanned(pattern):
    assert required_literals(pattern) is None


def _texts(lang: str) -> list[str]:
    files = {"hi": [HI_SEED, SHARED / "eval/ntrex128/newstest2019-ref.hin.txt"],
             "bn": [BN_SEED, SHARED / "eval/ntrex128/newstest2019-ref.ben.txt"],
             "en": [SHARED / "eval/ntrex128/newstest2019-ref.eng-US.txt"]}[lang]
    out = []
    for f in files:
        lines = f.read_text(encoding="utf-8").splitlines()[:400]
        out += ["\n".join(lines[i:i + 20]) for i in range(0, len(lines), 20)]
    return out


def _sentences(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in regex.finditer(r"[^\n।.?!]+[\n।.?!]*", text)]


@pytest.mark.parametrize("lang", ["hi", "bn", "en"])
def test_trigger_matches_are_the_same_with_and_without_the_prefilter(lang):
    pack = load_pack(lang)
    texts = _texts(lang)

    def all_matches():
        out = []
        for text in texts:
            spans = _sentences(text)
            for found in extract.trigger_matches_by_sentence(text, spans, pack):
                out.append([(f.trigger.origin, f.start, f.end, f.item_span) for f in found])
            for a, b in spans:
                out.append([(f.trigger.origin, f.start, f.end, f.item_span) for f in extract.trigger_matches(text, a, b, pack)])
        return out

    filtered = all_matches()
    assert sum(map(len, filtered)) > 50  # the texts do hold triggers
    assert sum(t.literals is not None for t in pack.triggers) > len(pack.triggers) // 2
    saved = [t.literals for t in pack.triggers]
    try:
        for t in pack.triggers:  # (the pack is shared and frozen: set back below)
            object.__setattr__(t, "literals", None)
        assert all_matches() == filtered
    finally:
        for t, lits in zip(pack.triggers, saved):
            object.__setattr__(t, "literals", lits)


@pytest.mark.parametrize("lang", ["hi", "bn", "en"])
def test_every_reference_form_match_holds_one_of_its_literals(lang):
    from khabar.events.prefilter import literals_of, may_match

    pack = load_pack(lang)
    matched = 0
    for text in _texts(lang):
        for rf in pack.refs:
            for m in rf.pattern.finditer(text):
                matched += 1
                assert may_match(rf.pattern, m.group(0).casefold()), (rf.origin, m.group(0), literals_of(rf.pattern))
    assert matched > 50


@pytest.mark.parametrize("form, text", [
    ("दस्तखत", "दस्तख़त"),   # the form without a nukta, the text with one
    ("ख़ारिज", "खारिज"),     # and the other way round
    ("मुलाक़?ात", "मुलाकात"),  # a form already marking it optional stays so
])
def test_a_devanagari_nukta_is_optional_in_trigger_forms(form, text):
    import unicodedata

    from khabar.events.lexicon import expand

    assert regex.fullmatch(expand(form, {}), unicodedata.normalize("NFC", text))


def test_the_nukta_is_left_alone_inside_a_character_class_and_in_bengali():
    from khabar.events.lexicon import optional_nukta

    assert optional_nukta("[कख]ा") == "[कख]ा"
    assert optional_nukta("বড়") == "বড়"  # (Bengali ড় is a letter of its own)
