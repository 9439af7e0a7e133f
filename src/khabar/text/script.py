"""Writing-system (ISO 15924) detection by counting letters per Unicode script."""
from __future__ import annotations

import unicodedata
from collections import Counter
from functools import lru_cache

# Prefix of the Unicode character name -> ISO 15924 code.
_SCRIPT_PREFIXES = [
    ("DEVANAGARI", "Deva"), ("BENGALI", "Beng"), ("LATIN", "Latn"), ("CYRILLIC", "Cyrl"),
    ("ARABIC", "Arab"), ("HANGUL", "Hang"), ("CJK", "Hani"), ("HIRAGANA", "Hira"),
    ("KATAKANA", "Kana"), ("GREEK", "Grek"), ("HEBREW", "Hebr"), ("TAMIL", "Taml"),
    ("TELUGU", "Telu"), ("GURMUKHI", "Guru"), ("GUJARATI", "Gujr"), ("KANNADA", "Knda"),
    ("MALAYALAM", "Mlym"), ("ORIYA", "Orya"), ("SINHALA", "Sinh"), ("THAI", "Thai"),
    ("GEORGIAN", "Geor"), ("ARMENIAN", "Armn"), ("ETHIOPIC", "Ethi"), ("MYANMAR", "Mymr"),
    ("KHMER", "Khmr"), ("TIBETAN", "Tibt"), ("URDU", "Arab"),
]
RTL_SCRIPTS = {"Arab", "Hebr"}


@lru_cache(maxsize=4096)
def char_script(ch: str) -> str | None:
    if not ch.isalpha() and unicodedata.category(ch) not in ("Mn", "Mc"):
        return None
    name = unicodedata.name(ch, "")
    for prefix, code in _SCRIPT_PREFIXES:
        if name.startswith(prefix):
            return code
    return "Zyyy" if name else None


def script_counts(text: str) -> Counter:
    c = Counter(map(char_script, text))  # counted in C; the cached lookup does the rest
    c.pop(None, None)
    return c


def dominant_script(text: str) -> str | None:
    c = script_counts(text)
    return c.most_common(1)[0][0] if c else None
