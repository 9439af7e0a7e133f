"""Stage ``langid``: document language (ISO 639-1 where one exists) and script.

heliport (weights inside the wheel) identifies the language; the script is
counted from Unicode character names. Per-sentence language is set by the
``segment`` stage through :func:`identify` so mixed-language text is visible.
"""
from __future__ import annotations

import threading
from functools import lru_cache

from ..lang import LANG_DIR
from ..model import Document
from ..pipeline import stage
from .script import dominant_script

_lock = threading.Lock()
_identifier = None

# Below this many letters heliport guesses poorly (e.g. a short English line
# comes out as Romanian); a sentence that short inherits the document language
# when its script agrees.
MIN_LETTERS_FOR_SENTENCE_ID = 40


def identifier():
    global _identifier
    with _lock:
        if _identifier is None:
            from heliport import Identifier

            _identifier = Identifier()
    return _identifier


@lru_cache(maxsize=1)
def iso639_map() -> dict[str, str]:
    m = {}
    for line in (LANG_DIR / "iso639.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            a3, a2, _ = line.split("\t", 2)
            m[a3] = a2
    # macrolanguage / individual codes heliport may return
    m.update({"zho": "zh", "cmn": "zh", "arb": "ar", "pes": "fa", "zsm": "ms", "swh": "sw", "ekk": "et", "lvs": "lv"})
    return m


def to_iso639_1(code: str) -> str:
    base = code.split("_")[0]
    return iso639_map().get(base, base)


# heliport scores are costs (lower is better); a prior language within this
# relative margin of the best guess is preferred.
PRIOR_MARGIN = 0.02
# A headline or a one-line input ("Putin arrives in Pyongyang", "রাশিয়া সফরে কিম জং-উন") gives
# heliport little to go on: English came 4th after Romanian, Bengali 2nd after Bishnupriya. Below
# MIN_LETTERS_FOR_SENTENCE_ID letters a prior language anywhere in the top SHORT_TOP_K within
# SHORT_PRIOR_MARGIN of the best guess wins.
SHORT_PRIOR_MARGIN = 0.15
SHORT_TOP_K = 10
# A sentence of up to SENTENCE_LETTERS letters is still mostly names in news ("President Putin of
# Russia met Prime Minister Narendra Modi." came out Lombard, English 4.8% behind): a prior
# language within SENTENCE_PRIOR_MARGIN wins there.
SENTENCE_LETTERS = 200
MIN_REST_LETTERS = 8  # letters of lower-case words a short cased line needs to be identified by them alone
SENTENCE_PRIOR_MARGIN = 0.08


@lru_cache(maxsize=1)
def priors() -> tuple[str, ...]:
    from ..lang import load_lines

    return tuple(line for line, _ in load_lines("xx", "langid_priors.txt"))


def identify(text: str) -> tuple[str | None, float | None]:
    """(ISO 639-1 code, heliport score) for ``text``; (None, None) for text with no letters."""
    if not any(ch.isalpha() for ch in text):
        return None, None
    letters = sum(ch.isalpha() for ch in text[: SENTENCE_LETTERS * 2])
    if letters < SENTENCE_LETTERS:
        # a short line in a cased script is mostly names ("Modi met Putin.", "Putin, Xi, Lula and Modi
        # met in Kazan." came out Kölsch and Lombard): the lower-case words carry the language
        rest = " ".join(w for w in text.split() if not w[:1].isupper())
        if sum(ch.isalpha() for ch in rest) >= MIN_REST_LETTERS and rest != text.strip():
            text, letters = rest, sum(ch.isalpha() for ch in rest)
    short = letters < MIN_LETTERS_FOR_SENTENCE_ID
    if short:
        by_words = _by_function_words(text)
        if by_words is not None:
            return by_words, None
    top = identifier().identify_topk_with_score(text, SHORT_TOP_K if letters < SENTENCE_LETTERS else 3)
    margin = SHORT_PRIOR_MARGIN if short else SENTENCE_PRIOR_MARGIN if letters < SENTENCE_LETTERS else PRIOR_MARGIN
    code, score = top[0]
    if code not in priors():
        for alt, alt_score in top[1:]:
            if alt in priors() and alt_score <= score * (1 + margin):
                code, score = alt, alt_score
                break
    if code not in priors() and letters < SENTENCE_LETTERS and (by_words := _by_function_words(text, least=1)) is not None:
        # a line of names no expected language came near ("India's High Commissioner in Dhaka Pranay Verma met ..."
        # came out Mizo): one function word of one expected language, half the lower-case words, decides
        return by_words, None
    return to_iso639_1(code), float(score)


@lru_cache(maxsize=1)
def _function_words() -> dict[str, frozenset[str]]:
    """Per prior language with a ``lang/<code>/function_words.txt``: its function words."""
    from ..lang import load_lines

    out = {}
    for code in priors():
        iso = to_iso639_1(code)
        words = frozenset(w.lower() for w, _ in load_lines(iso, "function_words.txt")) if iso else frozenset()
        if words:
            out[iso] = words
    return out


def _by_function_words(text: str, least: int = 2) -> str | None:
    """The one prior language whose function words are at least ``least`` (one, when that is all), and half,
    of a short line's lower-case words: "Modi met Albanese in Sydney." is English, whatever the names look like."""
    words = [w.strip(".,;:!?\"'“”()").lower() for w in text.split() if w[:1].islower()]
    words = [w for w in words if w]
    if not words:
        return None
    # (a line of names around one verb, "Modi met Putin.", has that one word to go on)
    hits = {lang: sum(w in fw for w in words) for lang, fw in _function_words().items()}
    best = [lang for lang, n in hits.items() if n >= min(least, len(words)) and 2 * n >= len(words)]
    return best[0] if len(best) == 1 else None


@stage("langid", requires={"text"}, provides={"lang", "script"})
def langid(doc: Document) -> Document:
    """Document language (heliport) and dominant script (ISO 15924)."""
    # The first few thousand characters decide; identification cost stays bounded on huge texts.
    sample = doc.text[:5000]
    if doc.title:
        sample = doc.title + "\n" + sample
    doc.lang, doc.lang_confidence = identify(sample)
    doc.script = dominant_script(sample)
    return doc
