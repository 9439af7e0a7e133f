"""Literal words a trigger's pattern cannot match without.

A trigger's pattern is a long alternation of verb forms; most articles hold none of a given
trigger's forms, and the regex engine still walks every position of the text to find that out.
From the pattern's syntax tree we derive a set of literal strings such that every match contains at
least one of them (the idea of RE2's prefilter and of Google Code Search's trigram index). A text
holding none of them cannot match, so its scan is skipped; a text holding one is scanned as before.
The set only ever lets through more than the pattern matches, never less: character classes,
``\\p{..}``, lookarounds and anything the analysis does not understand count as "any text".

Comparison is on ``str.casefold()`` of both sides, so patterns compiled with IGNORECASE are covered.
"""

from __future__ import annotations

import re._constants as c
import re._parser as sre
from itertools import product

import regex

# \p{..} and \P{..} (regex-module syntax that ``re`` cannot parse) become \w: either way a class,
# which the analysis reads as "any character"
_PROPERTY = regex.compile(r"\\[pP]\{[^}]*\}")
_MAX_EXACT = 64  # above this many alternatives a branch's exact strings are given up for its required ones
_MIN_USEFUL = 3  # shorter literals are in nearly every text (hi "की", bn "কে"): no filter at all

Info = tuple  # (exact: frozenset[str] | None, required: frozenset[str] | None)


def required_literals(pattern: str) -> frozenset[str] | None:
    """Casefolded literals, one of which every match of ``pattern`` contains; None when no useful
    set is known (the pattern must always be scanned)."""
    try:
        tree = sre.parse(_PROPERTY.sub(r"\\w", pattern), 0)
    except Exception:  # syntax only the regex module knows: no filter
        return None
    exact, required = _seq(list(tree))
    best = _better(_as_required(exact), required)
    return best


def _useful(lits: frozenset[str] | None) -> bool:
    return lits is not None and all(len(s) >= _MIN_USEFUL for s in lits)


def _score(lits: frozenset[str]) -> tuple[int, int]:
    return (min(len(s) for s in lits), -len(lits))


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    if not _useful(a):
        return b if _useful(b) else None
    if not _useful(b):
        return a
    return a if _score(a) >= _score(b) else b


def _as_required(exact: frozenset[str] | None) -> frozenset[str] | None:
    return _minimal(frozenset(s.casefold() for s in exact)) if exact is not None else None


def _minimal(lits: frozenset[str]) -> frozenset[str]:
    """Drop a literal that contains another one: the shorter is found wherever the longer is."""
    keep = sorted(lits, key=len)
    out: list[str] = []
    for s in keep:
        if not any(k in s for k in out):
            out.append(s)
    return frozenset(out)


def _node(op, av) -> Info:
    if op is c.LITERAL:
        return frozenset({chr(av)}), None
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):  # zero width: the empty string
        return frozenset({""}), None
    if op is c.SUBPATTERN:
        return _seq(list(av[-1]))
    if op is c.ATOMIC_GROUP:
        return _seq(list(av))
    if op is c.BRANCH:
        alts = [_seq(list(p)) for p in av[1]]
        exact = None
        if all(e is not None for e, _ in alts):
            union = frozenset().union(*(e for e, _ in alts))
            exact = union if len(union) <= _MAX_EXACT else None
        if exact is not None:
            return exact, None
        reqs = [_better(_as_required(e), r) for e, r in alts]
        if all(r is not None for r in reqs):
            return None, _minimal(frozenset().union(*reqs))
        return None, None
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        lo, hi, sub = av
        exact, required = _seq(list(sub))
        if hi == 1 and exact is not None:  # x? or x{1}
            return (exact | {""}) if lo == 0 else exact, None
        if lo == 0:
            return frozenset({""}) if exact == frozenset({""}) else None, None
        return None, _better(_as_required(exact), required)
    return None, None  # a class, any character, a back reference, a conditional: anything


def _seq(items: list) -> Info:
    """A concatenation: its exact strings while they stay few, else the best required set of any
    run of exact strings in it or of any one part."""
    run: frozenset[str] = frozenset({""})
    whole = True  # the run so far is the whole sequence
    best: frozenset[str] | None = None
    for op, av in items:
        e, r = _node(op, av)
        best = _better(best, r)
        if e is not None and len(run) * len(e) <= _MAX_EXACT:
            run = frozenset(a + b for a, b in product(run, e))
            continue
        best = _better(best, _as_required(run))  # the run ends here: keep it if it is the best
        whole = False
        run = e if e is not None else frozenset({""})
    if whole:
        return run, best
    return None, _better(best, _as_required(run))


_BY_PATTERN: dict = {}


def literals_of(pattern: regex.Pattern) -> frozenset[str] | None:
    """:func:`required_literals` of a compiled pattern, worked out once per pattern."""
    try:
        return _BY_PATTERN[pattern]
    except KeyError:
        got = _BY_PATTERN[pattern] = required_literals(pattern.pattern)
        return got


def may_match(pattern: regex.Pattern, folded: str) -> bool:
    """False only where ``pattern`` cannot match in the text whose ``str.casefold()`` is ``folded``."""
    lits = literals_of(pattern)
    return lits is None or any(map(folded.__contains__, lits))
