"""Unicode normalisation helpers shared by every stage.

The article text keeps its own digits and spellings (evidence must be the
original words); these functions give *normalised forms* for matching and
parsing: ASCII digits, nukta-free Indic letters, junk characters removed.
"""
from __future__ import annotations

import re
import unicodedata

# Characters that carry no meaning in news text but break matching. ZWJ/ZWNJ
# (U+200D/U+200C) are NOT here: they select conjunct forms in Indic scripts.
JUNK_CHARS = "\u200b\u2060\ufeff\u00ad\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
JUNK_RE = re.compile(f"[{JUNK_CHARS}]")
# Control characters other than tab/newline/carriage return.
CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

_NUKTA = {"\u093c", "\u09bc"}  # Devanagari, Bengali nukta


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def ascii_digits(text: str) -> str:
    """Any Unicode decimal digit (०-९, ০-৯, ٠-٩ …) → ASCII 0-9; length preserved."""
    out = []
    for ch in text:
        if ch.isdigit() and not ch.isascii():
            try:
                out.append(str(unicodedata.decimal(ch)))
                continue
            except ValueError:
                pass
        out.append(ch)
    return "".join(out)


def strip_nukta(text: str) -> str:
    """Remove nukta so ज़/ज, ড়/ড style spelling variants compare equal (for keys only)."""
    d = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in d if c not in _NUKTA))


def match_form(text: str) -> str:
    """A normalised form for matching: NFC, junk removed, ASCII digits, no nukta, casefolded."""
    return strip_nukta(ascii_digits(JUNK_RE.sub("", nfc(text)))).casefold()
