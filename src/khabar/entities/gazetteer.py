"""Tokens and KB surface-form matches of a sentence, computed once and shared.

The recogniser (pass 1) and the tagger (its gazetteer features) both need to know where a KB
name starts and how far it reaches. :class:`SentenceMatches` finds that once per sentence and
memoises it per start token; :class:`WordInfo` holds what one word contributes (its KB name
lengths, its stems with case endings cut, whether it is a common word) and is cached per word
per language, so a word seen before costs one dictionary lookup.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import regex

from .cues import Cues
from .kb import KB, surface_form

# zero-width (non-)joiners are inside words: Bengali writes র‍্যাব (RAB) with one to show ra + ya-phala
# dotted capitals ("U.S.", "U.N.", "J.D.") are one word: the KB lists "U.S." as the United States
TOKEN = regex.compile(r"(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}\u200c\u200d]+(?:[-'’][\p{L}\p{M}\p{N}\u200c\u200d]+)*")
LATIN = regex.compile(r"\p{Latin}")

# KB entity type -> the gazetteer feature value (the corpus labels' view of it)
GAZ_TYPE = {"PER": "PER", "GPE": "LOC", "LOC": "LOC", "ORG": "ORG", "AGENCY": "ORG", "OBJECT": "OBJ"}


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    norm: str
    latin: bool


_NORM: dict[str, tuple[str, bool]] = {}  # word -> (norm, is a Latin word)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    end = len(text) if end is None else end
    out = []
    memo = _NORM
    for m in TOKEN.finditer(text, start, end):
        w = m.group()
        a, b = m.span()
        hit = memo.get(w)
        if hit is None:  # same as kb.surface_form for a single word
            if len(memo) > 200_000:
                memo.clear()
            if w.isascii():
                hit = (w.casefold(), not w.isdigit())
            else:
                hit = (unicodedata.normalize("NFC", w.replace("\u200d", "").replace("\u200c", "")).casefold(), bool(LATIN.search(w)))
            memo[w] = hit
        out.append(Token(a, b, w, hit[0], hit[1]))
    return out


def joined(text: str, a: Token, b: Token) -> bool:
    """Two tokens can sit in one name: only spaces (or a hyphen) between them, or the period of
    an initial ("S. Jaishankar", "George W. Bush")."""
    gap = text[a.end : b.start]
    return (gap in (" ", "-", "  ") or (gap.isspace() and "\n" not in gap)
            or (gap == ". " and len(a.text) == 1 and a.text.isupper()
                and (a.start == 0 or text[a.start - 1] in " \t\n(\"'“‘")))  # not the S of "U.S. Army"


# an Arabic article or particle joined to a capitalised name by a hyphen: "al-Ansari", "el-Sisi"
NAME_PARTICLE = regex.compile(r"(?:al|el|ad|ar|as|at|ash|ibn|bin|bint|abu|abd)-\p{Lu}")


def capitalised(tok: Token) -> bool:
    c = tok.text[0]
    return c.isupper() or c.isdigit() or (c in "aeib" and NAME_PARTICLE.match(tok.text) is not None)


@dataclass(slots=True)
class WordInfo:
    lengths: tuple[int, ...]  # word counts of KB names starting with this word, longest first
    stems: list[str]  # case endings cut (safe endings only)
    known_stems: list[str]  # case endings cut, including those cut only before a KB name
    blocked: bool  # common word, boundary word, demonym or not a name: never matched by key
    common_form: bool  # the word or one of its known stems is a common word


class WordTable:
    """:class:`WordInfo` per word for one KB and one language's cues (bounded memo)."""

    def __init__(self, kb: KB, cues: Cues):
        self.kb, self.cues = kb, cues
        self._memo: dict[str, WordInfo] = {}

    def get(self, tok: Token) -> WordInfo:
        info = self._memo.get(tok.text)
        if info is None:
            if len(self._memo) > 200_000:
                self._memo.clear()
            info = self._memo[tok.text] = self._build(tok)
        return info

    def _build(self, tok: Token) -> WordInfo:
        kb, cues = self.kb, self.cues
        known = cues.strip_suffix(tok.text, True)
        safe = cues.strip_suffix(tok.text)
        if safe and surface_form(safe[0]) in cues.common and surface_form(safe[0]) not in kb.surface:
            # a common word with a plain ending is that word: মালিকের is মালিক + -ের, not মালি (Mali) + কে + র
            known = [st for st in known if len(st) >= len(safe[0]) or not safe[0].startswith(st)]
        lengths = set(kb.first_words.get(tok.norm, ()))
        if any(1 in kb.first_words.get(surface_form(st), ()) for st in known):
            lengths.add(1)
        norm = tok.norm
        # (nor a word that is no name, entity_cues ``not_names``: "कांग्रेसी" is no near spelling of a Congress)
        blocked = norm in cues.common or norm in cues.boundary or norm in cues.demonyms or norm in cues.not_names
        common_form = norm in cues.common or any(surface_form(s) in cues.common for s in known)
        return WordInfo(tuple(sorted(lengths, reverse=True)), safe, known, blocked,
                        common_form)


class SentenceMatches:
    """KB names by surface form in one sentence: :meth:`at` (memoised) and :meth:`tags`."""

    def __init__(self, text: str, toks: list[Token], words: WordTable):
        self.text, self.toks, self.words = text, toks, words
        self.info = [words.get(t) for t in toks]
        self._at: dict[int, tuple[int, int, list[str]] | None] = {}
        self._tags: list[str] | None = None

    def at(self, i: int) -> tuple[int, int, list[str]] | None:
        """The longest KB name starting at token ``i``: (tokens, end offset, ids), or None.

        A case ending on the last word may stay outside (পুতিনকে -> পুতিন); the words must be
        joined by spaces; a Latin word must be capitalised to start a name."""
        if i in self._at:
            return self._at[i]
        hit = None
        toks, text, kb = self.toks, self.text, self.words.kb
        first = toks[i]
        if self.info[i].lengths and not (first.latin and not capitalised(first)):
            for n in self.info[i].lengths:
                if i + n > len(toks):
                    continue
                if n > 1 and not all(joined(text, toks[k], toks[k + 1]) for k in range(i, i + n - 1)):
                    continue
                s, last = first.start, toks[i + n - 1]
                ids = kb.lookup_surface(text[s : last.end])
                end = last.end
                if not ids:
                    for stem in self.info[i + n - 1].known_stems:
                        ids = kb.lookup_surface(text[s : last.start] + stem)
                        if ids:
                            end = last.start + len(stem)
                            break
                if ids:
                    hit = (n, end, ids)
                    break
        self._at[i] = hit
        return hit

    def tags(self) -> list[str]:
        """Per token ``B-<type>``/``I-<type>`` where a KB name covers it (greedy, longest first), else ``""``."""
        if self._tags is not None:
            return self._tags
        out = [""] * len(self.toks)
        kb = self.words.kb
        i = 0
        while i < len(self.toks):
            hit = self.at(i)
            if hit:
                n, _, ids = hit
                typ = GAZ_TYPE.get(kb.entities[kb.best_of(ids)].type, "OBJ")
                out[i] = "B-" + typ
                for k in range(i + 1, i + n):
                    out[k] = "I-" + typ
                i += n
            else:
                i += 1
        self._tags = out
        return out
