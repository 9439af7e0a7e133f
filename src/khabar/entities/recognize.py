"""Find name mentions in a document: gazetteer, cross-script keys, cues.

Passes, in order of trust (a later pass never overrides an earlier one's span):

1. KB gazetteer: longest word n-gram whose surface form is a KB name; Indic case endings
   (bn -কে/-এর/-র/-য়...) are cut from the last word first. Then the same n-gram's Latin key
   (exact) and, for words that are not common words, a fuzzy key match (प्योंगगयांग ~ Pyongyang).
2. Title cues: a title/role (राष्ट्रपति, মুখপাত্র, President) followed by name words.
3. Statistical tagger (:mod:`khabar.entities.tagger`), where a model is shipped for the language.
4. Latin-script islands in Indic text (Aurus, TASS) and capitalised runs in English text.
5. Repeats: a name found by 2-4 is found again where it recurs without its cue.

Span convention: a mention covers the name *without* a case ending written on it, so
``পুতিনকে`` gives the mention ``পুতিন``; the ending stays outside the span. Hindi case
markers are separate words (पुतिन ने) and are never inside a span.
"""
from __future__ import annotations


from dataclasses import dataclass, field

import regex

from .cues import Cues, cues_for
from .kb import KB, surface_form
from .translit import latin_key, skeleton

TOKEN = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*")
LATIN = regex.compile(r"\p{Latin}")
INDIC_LANGS_MIN_FUZZY = 4  # consonants in a skeleton before fuzzy matching is tried
MIN_KEY_LEN = 4  # shorter keys only match by exact surface form
FUZZY_MIN = 0.9


@dataclass
class Token:
    start: int
    end: int
    text: str
    norm: str
    latin: bool


@dataclass
class Candidate:
    start: int
    end: int
    text: str
    label: str | None
    ids: list[str] = field(default_factory=list)  # KB ids when the KB matched
    confidence: float = 0.5
    by: str = ""


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    end = len(text) if end is None else end
    out = []
    for m in TOKEN.finditer(text, start, end):
        w = m.group()
        out.append(Token(m.start(), m.end(), w, surface_form(w), bool(LATIN.search(w))))
    return out


def _joined(text: str, a: Token, b: Token) -> bool:
    """Two tokens can sit in one name: only spaces (or a hyphen) between them."""
    gap = text[a.end : b.start]
    return gap in (" ", "-", "  ") or (gap.isspace() and "\n" not in gap)


def _capitalised(tok: Token) -> bool:
    return tok.text[0].isupper() or tok.text[0].isdigit()


class Recognizer:
    def __init__(self, kb: KB, lang: str | None, tagger=None):
        self.kb = kb
        self.lang = lang or "en"
        self.cues: Cues = cues_for(self.lang)
        self.tagger = tagger

    # --- pass 1 -------------------------------------------------------------
    def _kb_match(self, text: str, toks: list[Token], i: int) -> Candidate | None:
        kb, cues = self.kb, self.cues
        first = toks[i]
        if first.latin and not _capitalised(first):
            return None
        # only word counts that some KB name starting with this word has (fast path)
        lengths = set(kb.first_words.get(first.norm, ()))
        if any(1 in kb.first_words.get(surface_form(st), ()) for st in cues.strip_suffix(first.text, True)):
            lengths.add(1)
        for n in sorted(lengths, reverse=True):
            if i + n > len(toks):
                continue
            span = toks[i : i + n]
            if n > 1 and not all(_joined(text, a, b) for a, b in zip(span, span[1:])):
                continue
            s, last = span[0].start, span[-1]
            forms = [(text[s : last.end], last.end)]
            forms += [(text[s : last.start] + stem, last.start + len(stem))
                      for stem in cues.strip_suffix(last.text, known_only=True)]
            for form, end in forms:
                ids = kb.lookup_surface(form)
                if ids:
                    return Candidate(s, end, text[s:end], None, ids, 0.95, "kb:surface")
        # no exact name: try keys/fuzzy on up to three words that are not common words
        for n in range(min(3, len(toks) - i), 0, -1):
            span = toks[i : i + n]
            if n > 1 and not all(_joined(text, a, b) for a, b in zip(span, span[1:])):
                continue
            if span[-1].latin and not _capitalised(span[-1]):
                continue
            s, last = span[0].start, span[-1]
            forms = [(text[s : last.end], last.end)]
            forms += [(text[s : last.start] + stem, last.start + len(stem))
                      for stem in cues.strip_suffix(last.text, known_only=True)]
            if any(t.norm in cues.common or t.norm in cues.boundary for t in span):
                continue
            if span[0].latin and self.lang != "en" and n == 1 and span[0].text.isupper():
                continue  # acronyms: surface form only
            if any(surface_form(f.split()[-1]) in cues.common for f, _ in forms):
                continue  # ঘন্টারও -> ঘন্টা: a word with endings, not a name
            for form, end in forms:
                key = latin_key(form)
                if len(key.replace(" ", "")) < MIN_KEY_LEN:
                    continue
                ids = kb.lookup_key(key)
                if ids:
                    return Candidate(s, end, text[s:end], None, ids, 0.85, "kb:key")
                if len(skeleton(key)) >= INDIC_LANGS_MIN_FUZZY and n <= 3:
                    m = kb.fuzzy(key, FUZZY_MIN)
                    if m:
                        return Candidate(s, end, text[s:end], None, [m.entity_id], round(0.8 * m.score, 3),
                                         f"kb:fuzzy:{m.score:.2f}")
        return None

    # --- pass 2 -------------------------------------------------------------
    def _name_after(self, text: str, toks: list[Token], j: int, covered: set[int]) -> tuple[int, int, int] | None:
        """Name words from token j: (start, end, next index) or None.

        Stops at a boundary word, a title, a number, a covered token or a case ending. Common
        words may sit inside a name (জন কিরবি: জন is also a counter word) but a name needs one
        word that is not common, and trailing common words are dropped.
        """
        cues = self.cues
        picked: list[tuple[int, int, bool]] = []  # (start, end, is_common)
        k = j
        while k < len(toks) and k - j < 3:
            t = toks[k]
            if (k in covered or t.norm in cues.boundary or cues.title_at([t.norm], 0) or t.text[0].isdigit()
                    or (t.latin and self.lang == "en" and not _capitalised(t))):
                break
            if k > j and not _joined(text, toks[k - 1], t):
                break
            stems = cues.strip_suffix(t.text)
            common = t.norm in cues.common or any(surface_form(x) in cues.common for x in stems)
            if common and picked and picked[-1][2]:
                break
            k += 1
            if stems:
                picked.append((t.start, t.start + len(stems[0]), common))
                break
            picked.append((t.start, t.end, common))
        while picked and picked[-1][2]:
            picked.pop()
            k -= 1
        if not picked:
            return None
        return picked[0][0], picked[-1][1], k

    def recognize(self, text: str, spans: list[tuple[int, int]]) -> list[Candidate]:
        found: list[Candidate] = []
        for s, e in spans:
            found += self._recognize_sentence(text, s, e)
        found += self._repeats(text, spans, found)
        found.sort(key=lambda c: c.start)
        return found

    def _recognize_sentence(self, text: str, s: int, e: int) -> list[Candidate]:
        toks = tokenize(text, s, e)
        words = [t.norm for t in toks]
        out: list[Candidate] = []
        covered: set[int] = set()
        i = 0
        while i < len(toks):  # pass 1
            c = self._kb_match(text, toks, i)
            if c:
                out.append(c)
                while i < len(toks) and toks[i].start < c.end:
                    covered.add(i)
                    i += 1
            else:
                i += 1
        for i in range(len(toks)):  # pass 2: titles
            hit = self.cues.title_at(words, i)
            if not hit or i in covered:
                continue
            n, label, origin = hit
            got = self._name_after(text, toks, i + n, covered)
            if got:
                a, b, k = got
                out.append(Candidate(a, b, text[a:b], label, [], 0.7, f"cue:title:{origin}"))
                covered.update(range(i + n, k))
        if self.tagger is not None:  # pass 3
            for a, b, label, conf in self.tagger.spans(text, toks):
                idx = [k for k, t in enumerate(toks) if a <= t.start < b]
                if idx and not any(k in covered for k in idx):
                    out.append(Candidate(a, b, text[a:b], label, [], conf, f"model:{self.tagger.name}"))
                    covered.update(idx)
        out += self._capitalised_runs(text, toks, covered)  # pass 4
        for c in out:
            if c.label is None or not c.ids:
                c.label = self._label_from_context(text, toks, c) or c.label
        return out

    def _capitalised_runs(self, text: str, toks: list[Token], covered: set[int]) -> list[Candidate]:
        cues, out = self.cues, []
        english = self.lang == "en"
        i = 0
        while i < len(toks):
            t = toks[i]
            if i in covered or not t.latin or not _capitalised(t) or t.text[0].isdigit():
                i += 1
                continue
            j = i + 1
            while j < len(toks) and j not in covered and toks[j].latin and _joined(text, toks[j - 1], toks[j]) and (
                _capitalised(toks[j]) or (toks[j].norm in cues.connectors and j + 1 < len(toks)
                                          and _capitalised(toks[j + 1]))):
                j += 1
            run = toks[i:j]
            while run and (run[0].norm in cues.boundary or cues.title_at([run[0].norm], 0)):
                run = run[1:]
            while run and run[-1].norm in cues.connectors:
                run = run[:-1]
            if run:
                a, b = run[0].start, run[-1].end
                stems = cues.strip_suffix(run[-1].text)
                if stems:
                    b = run[-1].start + len(stems[0])
                word = text[a:b]
                if english:
                    label = "PER" if len(run) > 1 else None
                    out.append(Candidate(a, b, word, label, [], 0.5 if len(run) > 1 else 0.35, "cue:capitalised"))
                else:
                    label = "ORG" if word.isupper() else "OBJECT"
                    out.append(Candidate(a, b, word, label, [], 0.5, "cue:latin-island"))
                covered.update(range(i, j))
            i = j
        return out

    def _label_from_context(self, text: str, toks: list[Token], c: Candidate) -> str | None:
        cues = self.cues
        lo = _first_at(toks, c.start)
        idx = []
        for k in range(lo, len(toks)):
            if toks[k].start >= c.end:
                break
            idx.append(k)
        if not idx:
            return None
        first, last = idx[0], idx[-1]
        if last + 1 < len(toks) and toks[last].end == c.end:
            lab = cues.label_after.get(toks[last + 1].norm)
            if lab:
                return lab
        lab = cues.label_after.get(toks[last].norm)
        if lab and len(idx) > 1:
            return lab
        for n in (2, 1):
            if first - n >= 0:
                lab = cues.label_before.get(tuple(t.norm for t in toks[first - n : first]))
                if lab:
                    return lab
        return None

    def _repeats(self, text: str, spans: list[tuple[int, int]], found: list[Candidate]) -> list[Candidate]:
        """Find again, without their cue, names that pass 2-4 found (not KB names: pass 1 saw those)."""
        seen: dict[str, Candidate] = {}
        for c in found:
            if not c.ids and c.label and c.confidence >= 0.5:
                seen[surface_form(c.text)] = c
                words = c.text.split()
                if c.label == "PER" and len(words) > 1:  # the surname alone: স্বেতলোভাকে
                    seen.setdefault(surface_form(words[-1]), c)
        if not seen:
            return []
        taken = [(c.start, c.end) for c in found]
        out = []
        for s, e in spans:
            toks = tokenize(text, s, e)
            for t in toks:
                if any(a <= t.start < b for a, b in taken):
                    continue
                forms = [t.text] + self.cues.strip_suffix(t.text)
                for f in forms:
                    src = seen.get(surface_form(f))
                    if src:
                        out.append(Candidate(t.start, t.start + len(f), f, src.label, [],
                                             round(src.confidence * 0.9, 3), "doc:repeat"))
                        taken.append((t.start, t.start + len(f)))
                        break
        return out


def _first_at(toks: list[Token], offset: int) -> int:
    lo, hi = 0, len(toks)
    while lo < hi:
        mid = (lo + hi) // 2
        if toks[mid].start < offset:
            lo = mid + 1
        else:
            hi = mid
    return lo
