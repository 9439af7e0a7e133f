"""Cross-script match keys for names.

A name in Devanagari, Bengali, Cyrillic, Hangul, Arabic or Latin script is
turned into a Latin *key* so spellings of one name in different scripts meet:
``पुतिन``, ``পুতিন``, ``Путин`` and ``Putin`` all give ``putin``.

* Indic scripts use the letter tables in ``lang/<code>/translit.tsv`` (any
  language pack may ship one) with the inherent vowel written where it is
  pronounced; anyascii would drop it and ICU would keep it word-finally
  (पुतिन -> putina), both worse for matching.
* Everything else goes through anyascii.
* The romanised text is normalised with the ordered rules in
  ``kb/phonetic.tsv`` (v/w/bh, sh/s, z/j, aspirates, doubled letters).

Two keys come out: :func:`latin_key` (letters, spaces between words) for
display and fuzzy scoring, and :func:`skeleton` (consonant outline) used to
find fuzzy candidates quickly.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from anyascii import anyascii

from ..lang import LANG_DIR

KB_DIR = Path(__file__).resolve().parent.parent / "kb"


@lru_cache(maxsize=1)
def _letter_table() -> dict[str, tuple[str, str, str]]:
    """char (or char+nukta) -> (latin, class, inherent vowel), merged from every language pack.

    A file's ``inherent<TAB>o<TAB>I`` row sets the inherent vowel of its consonants
    (Bengali writes o: মস্কো -> mosko; Devanagari a)."""
    table: dict[str, tuple[str, str, str]] = {}
    for path in sorted(LANG_DIR.glob("*/translit.tsv")):
        rows, inherent = [], "a"
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) == 3 and parts[2] == "I":
                inherent = parts[1]
            elif len(parts) == 3 and parts[2] != "F":
                rows.append(parts)
        for ch, lat, cls in rows:
            table[unicodedata.normalize("NFC", ch)] = (lat, cls, inherent)
    return table


@lru_cache(maxsize=1)
def _final_conjunct_vowel() -> frozenset[str]:
    """Latin letters of consonants that keep the inherent vowel after a final conjunct
    (``final_conjunct_vowel<TAB>r y v<TAB>F`` rows of the translit tables)."""
    out: set[str] = set()
    for path in sorted(LANG_DIR.glob("*/translit.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) == 3 and parts[2] == "F":
                out.update(parts[1].split())
    return frozenset(out)


@lru_cache(maxsize=1)
def _phonetic_rules() -> list[tuple[re.Pattern[str], str]]:
    return [(pat, rep) for pat, rep, _ in _guarded_rules()]


_PLAIN = re.compile(r"[a-z]")


@lru_cache(maxsize=1)
def _guarded_rules() -> list[tuple[re.Pattern[str], str, str]]:
    """The rules with a letter the text must contain for the rule to apply ("" = always try):
    most rules start with a plain letter, and most words lack most letters."""
    rules = []
    for line in (KB_DIR / "phonetic.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        pat, _, rep = line.partition("\t")
        need = pat[0] if _PLAIN.fullmatch(pat[:1]) and pat[1:2] not in ("?", "*", "{") else ""
        if not need and pat.startswith("([") and pat.endswith("])h"):
            need = "h"
        rules.append((re.compile(pat), rep, need))
    return rules


def _romanise_indic_word(units: list[tuple[str, str, str]]) -> str:
    """Romanise one word of (latin, class) units, writing inherent vowels.

    The inherent vowel of a consonant is dropped before a virama or vowel
    sign, at the end of the word, and (schwa deletion) between a vowelled
    syllable and a consonant that carries its own vowel sign.
    """
    out: list[str] = []
    n = len(units)
    for i, (lat, cls, inherent) in enumerate(units):
        out.append(lat)
        if cls != "C":
            continue
        nxt = units[i + 1][1] if i + 1 < n else None
        if nxt in ("M", "X"):
            continue
        if nxt is None and i > 0 and units[i - 1][1] == "X" and lat in _final_conjunct_vowel():
            out.append(inherent)  # final conjunct in r/y/v keeps its vowel: नरेंद्र -> narendra
            continue
        if nxt is None or (i + 1 < n and units[i + 1][1] == "N" and i + 2 >= n):
            # word-final consonant (or consonant + final nasal sign): no vowel,
            # except before a final nasal (जोंग is jong, so the nasal keeps it)
            if nxt == "N":
                out.append(inherent)
            continue
        prev_has_vowel = i > 0 and units[i - 1][1] in ("M", "V", "C")
        after = units[i + 2][1] if i + 2 < n else None
        if prev_has_vowel and nxt == "C" and after == "M":
            continue
        out.append(inherent)
    return "".join(out)


def romanise(text: str) -> str:
    """Plain romanisation (lower case), Indic via the letter tables, else anyascii."""
    table = _letter_table()
    text = unicodedata.normalize("NFC", text)
    words: list[str] = []
    units: list[tuple[str, str, str]] = []
    other: list[str] = []

    def flush() -> None:
        if units:
            words.append(_romanise_indic_word(units))
            units.clear()
        if other:
            words.append(anyascii("".join(other)))
            other.clear()

    i = 0
    while i < len(text):
        two = text[i : i + 2]
        if len(two) == 2 and two in table:
            if other:
                flush()
            units.append(table[two])
            i += 2
            continue
        ch = text[i]
        if ch in table:
            if other:
                flush()
            units.append(table[ch])
        elif ch.isspace() or ch in "-‐–—":
            flush()
            words.append(" ")
        else:
            if units:
                flush()
            other.append(ch)
        i += 1
    flush()
    return "".join(words).lower()


@lru_cache(maxsize=None)
def _display_rules(lang: str) -> tuple[tuple[re.Pattern, str], ...]:
    from ..lang import load_lines

    rules = []
    for line, _ in load_lines(lang, "display.tsv"):
        pat, _, rep = line.partition("\t")
        rules.append((re.compile(unicodedata.normalize("NFC", pat)), unicodedata.normalize("NFC", rep)))
    return tuple(rules)


def display_name(text: str, lang: str | None = None) -> str:
    """A readable Latin name for a name written in another script: the language's display rules
    (``lang/<code>/display.tsv``: how it spells foreign sounds), romanisation, a long vowel written
    once (ई "ii" -> "i"), each word capitalised. "ম্যাক্সিন ওয়াটার্স" -> "Maksin Watars" (the match
    key, :func:`latin_key`, stays "miaksin oiatars": it is for matching, this is for reading)."""
    words = []
    for w in unicodedata.normalize("NFC", text).split():
        for pat, rep in _display_rules(lang) if lang else ():
            w = pat.sub(rep, w)
        if w.isascii() and w.islower():
            words.append(w)  # a function word the rules wrote in English ("of", "for") stays lower-case
            continue
        r = re.sub(r"([aiu])\1+", r"\1", romanise(w))
        words.append(r[:1].upper() + r[1:])
    return " ".join(w for w in words if w)


@lru_cache(maxsize=200_000)
def latin_key(name: str) -> str:
    """Normalised Latin key of a name: words separated by single spaces."""
    words = name.split()
    if len(words) > 1:
        # romanisation and the phonetic rules never look across a space, so a name's key is
        # its words' keys joined, and the recogniser's many two- and three-word candidates
        # reuse the cached keys of their words
        return " ".join(k for k in map(latin_key, words) if k)
    s = romanise(name)
    for pat, rep, need in _guarded_rules():
        if not need or need in s:
            s = pat.sub(rep, s)
    s = re.sub(r"(.)\1+", r"\1", s)  # doubled letters: Tass/तास, Ushakov/Ushakkov
    return " ".join(s.split())


_VOWELS = re.compile(r"[aeiou ]+")


@lru_cache(maxsize=200_000)
def skeleton(key: str) -> str:
    """Consonant outline of a key: first letter kept, vowels/h dropped, doubles merged.

    ``pyongyang``/``piyangiyang`` -> ``pngng``; b and v are merged; used only to find candidates,
    which are then scored with :func:`similarity`.
    """
    if not key:
        return ""
    head, rest = key[0], key[1:]
    if head in "aeiou":
        head = "a"
    # (a nasal before p or b is said m, however it is written: कुआलालंपुर "kualalanpur" is Kuala Lumpur)
    rest = _VOWELS.sub("", re.sub(r"n(?=[pb])", "m", rest.replace("h", "")))
    # b/v merge: Bengali writes foreign v as ব as often as ভ
    return re.sub(r"(.)\1+", r"\1", (head + rest).replace("b", "v"))


def similarity(key_a: str, key_b: str) -> float:
    """0..100 similarity of two keys (vowel quality counts less than consonants)."""
    from rapidfuzz import fuzz

    a, b = key_a.replace(" ", ""), key_b.replace(" ", "")
    va, vb = _vowel_classes(a), _vowel_classes(b)
    return 0.5 * fuzz.ratio(va, vb) + 0.5 * fuzz.ratio(skeleton(key_a), skeleton(key_b))


def _vowel_classes(s: str) -> str:
    s = re.sub(r"[ei]+", "i", s)
    s = re.sub(r"[ou]+", "u", s)
    s = re.sub(r"a+", "a", s)
    return s
