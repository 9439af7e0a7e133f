"""Find time-expression spans with the per-language patterns of ``time.yaml``.

Every pattern is run over the text; overlapping matches are settled by
keeping the longest (ties: the pattern listed first). Matches are kept tight:
patterns never swallow neighbouring conjunctions or postpositions, so
``text[start:end]`` is exactly the expression.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .data import TimeLang


@dataclass
class Candidate:
    start: int
    end: int
    text: str
    slots: dict[str, str] = field(default_factory=dict)  # slot name -> matched text
    pattern: str = ""
    origin: str = ""  # data file + pattern name, for TimeExpr.by
    order: int = 0  # position of the pattern in the data file


def _acceptable(c: Candidate, tl: TimeLang) -> bool:
    """Filter matches the data marks as not a date on their own."""
    if set(c.slots) == {"month"}:
        key = tl.strip_suffixes(c.slots["month"], tl.months)
        if key is None or key in tl.month_needs_context:
            return False
    if "year" in c.slots:
        y = _int(c.slots["year"])
        if y is None or not 1000 <= y <= 2999:
            return False
    if "day" in c.slots:
        dd = _int(c.slots["day"])
        if dd is None or not 1 <= dd <= 31:
            return False
    return True


def _int(s: str) -> int | None:
    """Integer value of a digit string in any script (१४, ১৪, 14)."""
    try:
        return int("".join(str(int(ch)) if ch.isdigit() else ch for ch in s))
    except ValueError:
        return None


def find_candidates(text: str, tl: TimeLang, start: int = 0, end: int | None = None) -> list[Candidate]:
    """Non-overlapping time expressions in ``text[start:end]``, in text order."""
    end = len(text) if end is None else end
    found: list[Candidate] = []
    for order, p in enumerate(tl.patterns):
        for m in p.rx.finditer(text, start, end):
            if m.end() == m.start():
                continue
            slots = {k: v for k, v in m.groupdict().items() if v is not None}
            c = Candidate(m.start(), m.end(), m.group(), slots, p.name, p.origin, order)
            if _acceptable(c, tl):
                found.append(c)
    found.sort(key=lambda c: (-(c.end - c.start), c.order, c.start))
    chosen: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    for c in found:
        if all(c.end <= s or c.start >= e for s, e in taken):
            chosen.append(c)
            taken.append((c.start, c.end))
    chosen.sort(key=lambda c: c.start)
    return chosen
