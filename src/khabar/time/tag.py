"""Find time-expression spans with the per-language patterns of ``time.yaml``.

Every pattern is run over the text; overlapping matches are settled by
keeping the longest (ties: the pattern listed first). Matches are kept tight:
patterns never swallow neighbouring conjunctions or postpositions, so
``text[start:end]`` is exactly the expression.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .data import YEAR_RX, TimeLang


@dataclass
class Candidate:
    start: int
    end: int
    text: str
    slots: dict[str, str] = field(default_factory=dict)  # slot name -> matched text
    pattern: str = ""
    origin: str = ""  # data file + pattern name, for TimeExpr.by
    order: int = 0  # position of the pattern in the data file
    context: bool = False  # the pattern vouches for a bare month name


def _acceptable(c: Candidate, tl: TimeLang) -> bool:
    """Filter matches the data marks as not a date on their own."""
    if set(c.slots) == {"month"} and not c.context:
        key = tl.strip_suffixes(c.slots["month"], tl.months)
        if key is None or key in tl.month_needs_context:
            return False
    if "year" in c.slots:
        y = _int(c.slots["year"])
        if y is None or not 1000 <= y <= 2999:
            return False
    if "day" in c.slots:
        dd = tl.day_number(c.slots["day"])
        if dd is None or not 1 <= dd <= 31:
            return False
    if "hour" in c.slots:
        hh = tl.day_number(c.slots["hour"])
        if hh is None or not 0 <= hh <= 24:
            return False
    return True


def _int(s: str) -> int | None:
    """Integer value of a digit string in any script (Devanagari, Bengali, ASCII)."""
    try:
        return int("".join(str(int(ch)) if ch.isdigit() else ch for ch in s))
    except ValueError:
        return None


# How far around a trigger word a pattern may reach (a weekday before a
# date, a shift word before a number and unit).
WINDOW = 60


def _windows(text: str, tl: TimeLang, start: int, end: int) -> list[tuple[int, int]]:
    """Merged stretches of text around trigger words, widened to whitespace."""
    triggers = [rx for rx in (tl.trigger_rx, tl.context_trigger_rx, YEAR_RX) if rx is not None]
    hits = [(m.start(), m.end()) for rx in triggers for m in rx.finditer(text, start, end)]
    hits.sort()
    wins: list[list[int]] = []
    for hs, he in hits:
        a, b = max(start, hs - WINDOW), min(end, he + WINDOW)
        while a > start and not text[a - 1].isspace():
            a -= 1
        while b < end and not text[b].isspace():
            b += 1
        if wins and a <= wins[-1][1]:
            wins[-1][1] = max(wins[-1][1], b)
        else:
            wins.append([a, b])
    return [(a, b) for a, b in wins]


def _match_window(text: str, tl: TimeLang, start: int, end: int, found: list[Candidate]) -> None:
    for order, p in enumerate(tl.patterns):
        for m in p.rx.finditer(text, start, end):
            if m.end() == m.start():
                continue
            slots = {k: v for k, v in m.groupdict().items() if v is not None}
            c = Candidate(m.start(), m.end(), m.group(), slots, p.name, p.origin, order, p.context)
            if set(slots) == {"month"} and tl.month_name_rx is not None and tl.month_name_rx.match(text, m.end()):
                continue  # "জুলাই সনদ", "जुलाई चार्टर": the month names a charter, an uprising, no date
            if _acceptable(c, tl):
                found.append(c)


def find_candidates(text: str, tl: TimeLang, start: int = 0, end: int | None = None) -> list[Candidate]:
    """Non-overlapping time expressions in ``text[start:end]``, in text order."""
    end = len(text) if end is None else end
    found: list[Candidate] = []
    for ws, we in _windows(text, tl, start, end):
        _match_window(text, tl, ws, we, found)
    found.sort(key=lambda c: (-(c.end - c.start), c.order, c.start))
    chosen: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    for c in found:
        if all(c.end <= s or c.start >= e for s, e in taken):
            chosen.append(c)
            taken.append((c.start, c.end))
    chosen.sort(key=lambda c: c.start)
    return chosen
