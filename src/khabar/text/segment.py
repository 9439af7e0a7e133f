"""Stage ``segment``: sentences with character offsets and their own language.

Rules (language-neutral; the abbreviation lists are data in
``lang/<code>/abbreviations.txt``): a sentence ends at ``।`` ``॥`` ``?`` ``!``
or ``.`` (plus any closing quotes/brackets) followed by space or end of text,
and at every line break. A ``.`` does not end a sentence after a listed
abbreviation (डॉ., Dr.), after a single-letter initial (J. Smith), inside a
number (२.५), or before a lowercase Latin letter. Unlike splitters that switch
modes once a text contains ``।``, both ``।`` and ``.`` are honoured everywhere,
because real Hindi news mixes them.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang import languages, load_lines
from ..model import Document, Sentence
from ..pipeline import stage
from .langid import MIN_LETTERS_FOR_SENTENCE_ID, identify
from .script import dominant_script

CLOSERS = "\"'”’»)]}›"
# Candidate boundary: terminator run, optional closers, then whitespace or end; a danda, never inside a
# sentence, ends one even with a letter right after it ("জানিয়েছেন।শ শ যোদ্ধা", a typist's missing space).
# (a full stop standing apart, right before a Devanagari or Bengali letter, ends a sentence too: "... हमला किया था
# .इसके बाद ..."; no abbreviation is written so, "बी.जे.पी." has no space before its stops)
BOUNDARY_RE = re.compile(r"([।॥?!]+|\.+)([" + re.escape(CLOSERS) + r"]*)(?:(?=\s|$)|(?<=[।॥])(?=[^\W\d_])"
                         r"|(?<=\s\.)(?=[\u0904-\u0939\u0958-\u0961\u0985-\u09B9\u09DC-\u09E1]))")
# Sentences longer than this (text with no punctuation) are cut at a space so
# later stages stay bounded in time.
MAX_SENTENCE_CHARS = 1500


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    """Every language's abbreviations (casefolded, without the final dot)."""
    out = set()
    for code in languages():
        for line, _ in load_lines(code, "abbreviations.txt"):
            out.add(line.rstrip(".").casefold())
    return frozenset(out)


_WORD_BEFORE_RE = re.compile(r"(\S+)$")


def _is_false_stop(text: str, dot_pos: int, term: str) -> bool:
    if term != ".":
        return False
    m = _WORD_BEFORE_RE.search(text, 0, dot_pos)
    word = m.group(1) if m else ""
    if not word:
        return False
    core = word.lstrip("(\"'“‘«[").rstrip(".")
    if core.casefold() in abbreviations():
        return True
    if (len(core) == 1 and core.isalpha() and core.isupper()) or re.fullmatch(r"(?:[A-Z]\.){1,3}[A-Z]", core):
        # an initial: J. Smith, K.P. Sharma Oli
        # (but a quotation opening after it starts a sentence: 'said in a post on X. "It is ...'; no
        # name goes on inside quotation marks)
        return not re.match(r"\s+[\"“‘«]", text[dot_pos + 1 : dot_pos + 4])
    if re.fullmatch(r"(?:[\u0900-\u0963\u0980-\u09E3]{1,3}\.)+[\u0900-\u0963\u0980-\u09E3]{1,3}", core):
        # an Indic initialism, its letters' syllables joined by stops: "बी.जे.पी. ने", "বি.এন.পি."
        return True
    # next non-space character is a lowercase Latin letter: "approx. five", "e.g. this"
    rest = text[dot_pos + 1 : dot_pos + 40].lstrip()
    if rest[:1].isascii() and rest[:1].islower():
        return True
    return False


def _split_long(start: int, end: int, text: str) -> list[tuple[int, int]]:
    out = []
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        if cut <= start:
            cut = start + MAX_SENTENCE_CHARS
        out.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        out.append((start, end))
    return out


# A dateline opening a paragraph: place, date and perhaps the agency, then a dash ("NEW DELHI,
# March 29 (AP) — ...", "ঢাকা, ১২ মার্চ ২০২৫ — ..."). It is its own segment, so the place it was
# filed from is no argument of the first sentence's events and no part of its quotes.
# the dash after it: an em/en dash, or one or two hyphens ("SEOUL, Nov 30 (Yonhap) -- ...")
DATELINE_RE = re.compile(r"\s*([^\n!?।—–]{2,60}?),([^\n!?।—–]{1,40}?\d[^\n!?।—–]{0,30}?)\s(?:[—–]|-{1,2})\s")
# Hindi papers write no dash: "नई दिल्ली, 5 अगस्त (भाषा) प्रधानमंत्री ..." (non-Latin place, a day
# number first, the agency in brackets; or the day in words, two or three of them: "ढाका, पांच अगस्त (भाषा)")
DATELINE_AGENCY_RE = re.compile(r"\s*([^\n!?।—–()]{2,40}?),(\s*(?:\d[^\n!?।—–()]{1,30}?|[^\s\d(),।]+\s+[^\s\d(),।]+(?:\s+\d+)?\s*)"
                                r"\([^\s()]{2,20}\))[।:]?\s+"
                                # (not a body's short form in brackets before its case marker: "इस बीच, प्रवर्तन
                                # निदेशालय (ईडी) ने ..." is a clause, no dateline)
                                r"(?!(?:ने|को|के|की|का|से|में|पर|और|ও|এবং)(?:\s|$))")
# Bengali papers close it with a colon: "ঢাকা, ৫ আগস্ট: ..." (kept in the first sentence's segment,
# but it dates the report: see dateline_span)
DATELINE_COLON_RE = re.compile(r"\s*([^\n!?।—–():]{2,40}?),(\s*\d[^\n!?।—–():]{1,30}?)\s*:\s")
# or end it with the sentence's stop, no agency named: "नई दिल्ली, 4 दिसंबर। ...", "ঢাকা, ৪ ডিসেম্বর। ..." (a
# sentence of its own already; it dates the report: see dateline_span)
DATELINE_STOP_RE = re.compile(r"\s*([^\n!?।—–():]{2,40}?),(\s*\d[^\n!?।—–():]{1,30}?)\s*।\s")
# English wires often give no date: "HIROSHIMA, Japan (Reuters) - ", "BEIJING (AP) — " (the place in capitals,
# maybe its country, the agency in brackets, a dash)
DATELINE_CAPS_RE = re.compile(r"\s*([A-Z][A-Z.'’ -]{1,40}?)(,?\s*(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}\s*)?"
                              r"\([^\s()]{2,20}\))\s*(?:[—–]|-{1,2})\s")


def _is_dateline(m: re.Match) -> bool:
    """A place of at most three words, and a date (with the agency in brackets, or the place in
    capitals, as English datelines write it; Indic scripts have no capitals)."""
    place, rest = m.group(1).strip(), m.group(2).strip()
    if len(place.split()) > 3 or len(m.group(0).split()) > 10:
        return False
    if rest.endswith(")") or (place.isupper() and any(ch.isalpha() for ch in place)):
        return True
    return not place.isascii() and rest[:1].isdigit()


def dateline_span(text: str, start: int = 0) -> tuple[int, int] | None:
    """(start, end) of a dateline opening one of the first paragraphs of ``text`` from ``start``
    (a headline may come first), or None. Its date is the day the report was filed."""
    for k, line_m in enumerate(re.finditer(r"[^\n]+", text[start : start + 2000])):
        if k >= 4:
            break
        line = line_m.group()
        for rx in (DATELINE_RE, DATELINE_AGENCY_RE, DATELINE_COLON_RE, DATELINE_STOP_RE, DATELINE_CAPS_RE):
            m = rx.match(line)
            if m and _is_dateline(m):
                return start + line_m.start(), start + line_m.start() + m.end()
    return None


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets; whitespace between sentences belongs to none."""
    spans: list[tuple[int, int]] = []
    for line_m in re.finditer(r"[^\n]+", text):
        line_start = line_m.start()
        line = line_m.group()
        start = 0
        dl = DATELINE_RE.match(line)
        if not (dl and _is_dateline(dl)):
            dl = DATELINE_AGENCY_RE.match(line)
        if not (dl and _is_dateline(dl)):
            dl = DATELINE_CAPS_RE.match(line)
        if dl and _is_dateline(dl) and len(line) > dl.end() + 20:
            spans.append((line_start, line_start + dl.end()))
            start = dl.end()
        for m in BOUNDARY_RE.finditer(line):
            if m.start() < start or _is_false_stop(line, m.start(1), m.group(1)):
                continue
            spans.append((line_start + start, line_start + m.end()))
            start = m.end()
        spans.append((line_start + start, line_start + len(line)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.extend(_split_long(s, e, text))
    return out


def sentence_language(sent: str, doc_lang: str | None, doc_script: str | None) -> tuple[str | None, str | None]:
    script = dominant_script(sent)
    if script == doc_script and doc_lang:
        # a Devanagari sentence of a Hindi article is Hindi, a Latin one of an English article English:
        # heliport on one sentence says Marathi, Nepali or Lombard now and then (and the sentence then
        # loses its language pack), and costs ~0.3 ms a sentence; another script (an English quote
        # in a Hindi article) is asked
        return doc_lang, script
    letters = sum(ch.isalpha() for ch in sent)
    if script == doc_script and letters < MIN_LETTERS_FOR_SENTENCE_ID:
        return doc_lang, script
    lang, _ = identify(sent)
    return lang or doc_lang, script


@stage("segment", requires={"text", "lang"}, provides={"sentences"})
def segment(doc: Document) -> Document:
    """Split doc.text into sentences; each gets its own language and script."""
    doc.sentences = []
    for s, e in split_sentences(doc.text):
        lang, script = sentence_language(doc.text[s:e], doc.lang, doc.script)
        doc.sentences.append(Sentence(s, e, lang, script))
    return doc
