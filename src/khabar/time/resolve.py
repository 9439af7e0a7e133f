"""Values of matched time expressions, resolved against an :class:`Anchor`.

Values are ISO-8601 / TIMEX3-like: ``2024-06-19`` (day), ``2023-10`` (month),
``2000`` (year), ``2023-W36`` (week), ``201X`` (decade), ``P24Y`` / ``PT2H``
(durations, ``PXY`` for "several years"), ``PAST_REF`` / ``FUTURE_REF``
("in recent days", "in the coming days"). When the anchor lacks a field the
value keeps TIMEX3 placeholders (``XXXX-09-14``, ``XXXX-WXX-3``) or is None;
nothing is guessed from the wall clock.

Choices for news text, where the text does not say:
- day + month without a year: the year that puts the date nearest the anchor, and not before
  the anchor in a future-tense sentence;
- month alone: the next such month from the anchor (this month counts), or
  the latest one up to the anchor when the sentence is in the past tense;
- weekday alone: that day of the anchor's week, moved a week back when it
  would lie after the anchor in a past-tense sentence (forward likewise);
  in a sentence without a tense cue, a day 5-6 days ahead moves a week back;
- ambiguous relative days ("kal" in Hindi/Bengali): the tense decides,
  yesterday by default;
- "N units after" is a date only in a future-tense sentence; otherwise it
  reports a gap ("first visit after 24 years") and is a duration.
"""
from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass

from .anchor import Anchor
from .data import TimeLang
from .tag import Candidate

DURATION_LETTER = {"year": "Y", "month": "M", "week": "W", "day": "D", "hour": "H", "minute": "M", "second": "S"}


@dataclass
class Resolved:
    value: str | None
    precision: str
    kind: str = "DATE"
    part_of_day: str | None = None


def tense_cues(text: str, sent_start: int, sent_end: int, tl: TimeLang) -> list[tuple[int, int, str]]:
    """(start, end, 'past'|'future') for every tense cue in a sentence."""
    if tl.tense_rx is None:
        return []
    cues = [
        (m.start(), m.end(), "past" if m.group("past") is not None else "future")
        for m in tl.tense_rx.finditer(text, sent_start, sent_end)
    ]
    # "will be held", "is to be signed": a participle right after a future cue is in the future
    for k in range(1, len(cues)):
        if cues[k][2] == "past" and cues[k - 1][2] == "future" and len(text[cues[k - 1][1] : cues[k][0]].split()) <= 2:
            cues[k] = (cues[k][0], cues[k][1], "future")
    return cues


def tense_of(cues: list[tuple[int, int, str]], c: Candidate, side: str = "after", text: str | None = None,
             breaks=None) -> str | None:
    """'past', 'future' or None: the cue nearest after the expression, else the nearest before it;
    with ``side="nearest"`` the cue nearest on either side (a verb before wins a tie); with
    ``side="before"`` (English puts a verb before its date) the cue before it in its own clause
    ("arrived on Monday and will meet ...", "signed in January, under which ... will"; ``breaks``:
    time.yaml ``tense.clause_breaks``), else the cue after it ("On Monday, Putin will ..."), else the
    nearest before."""
    if side == "before" and text is not None:
        prev = [(start, end, kind) for start, end, kind in cues if end <= c.start]
        if prev and not (breaks is not None and breaks.search(text, prev[-1][1], c.start)):
            return prev[-1][2]
        nxt = next((kind for start, _end, kind in cues if start >= c.end), None)
        return nxt if nxt is not None else (prev[-1][2] if prev else None)
    if side == "nearest":
        near = [(c.start - end if end <= c.start else start - c.end, 0 if end <= c.start else 1, kind)
                for start, end, kind in cues if not (c.start <= start < c.end)]
        return min(near)[2] if near else None
    before = None
    for start, _end, kind in cues:
        if c.start <= start < c.end:
            continue
        if start >= c.end:
            return kind
        before = kind
    return before


def to_number(s: str, tl: TimeLang) -> float | str | None:
    """Numeric value of a digit string in any script or a number word; "few" for vague amounts."""
    digits = "".join(str(unicodedata.decimal(ch)) if ch.isdigit() else ch for ch in s).replace(",", ".")
    try:
        return float(digits)
    except ValueError:
        v = tl.numbers.get(tl.key(s))
        return float(v) if isinstance(v, (int, float)) else v


def _int(s: str) -> int:
    return int("".join(str(unicodedata.decimal(ch)) for ch in s))


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    day = min(d.day, [31, 29 if y % 4 == 0 and (y % 100 or y % 400 == 0) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1])
    return dt.date(y, m, day)


def _week_iso(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _num_str(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else str(n)


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _day_month(day: int, month: int, year: int | None, a: Anchor, tense: str | None = None) -> Resolved:
    if year is not None:
        d = _safe_date(year, month, day)
        return Resolved(d.isoformat() if d else None, "day")
    if a.date:
        options = [d for y in (a.year - 1, a.year, a.year + 1) if (d := _safe_date(y, month, day))]
        # "15 अगस्त को भाषण होगा" in an article of 10 September: next year's. (A past tense does
        # not move a date back: reports are often dated before the events they sum up.)
        if tense in ("future", "next"):
            options = [d for d in options if d >= a.date] or options
        elif tense == "last":  # "গত ২১ জুলাই", "गत 15 अगस्त": said to be the last one, it is not ahead
            options = [d for d in options if d <= a.date] or options
        if options:
            best = min(options, key=lambda d: abs((d - a.date).days))
            return Resolved(best.isoformat(), "day")
        return Resolved(None, "day")
    if a.year:
        d = _safe_date(a.year, month, day)
        return Resolved(d.isoformat() if d else None, "day")
    return Resolved(f"XXXX-{month:02d}-{day:02d}", "day")


def _month_alone(month: int, a: Anchor, tense: str | None) -> Resolved:
    if a.date:
        y = a.year
        if tense == "past":
            y = a.year if month <= a.date.month else a.year - 1
        else:
            y = a.year if month >= a.date.month else a.year + 1
        return Resolved(f"{y}-{month:02d}", "month")
    if a.year:
        return Resolved(f"{a.year}-{month:02d}", "month")
    return Resolved(f"XXXX-{month:02d}", "month")


def _weekday(wd: int, shift: str | None, a: Anchor, tense: str | None) -> Resolved:
    if not a.date:
        return Resolved(f"XXXX-WXX-{wd}", "weekday")
    in_week = a.date + dt.timedelta(days=wd - a.date.isoweekday())
    if shift == "last":
        d = in_week if in_week < a.date else in_week - dt.timedelta(days=7)
    elif shift == "next":
        d = in_week if in_week > a.date else in_week + dt.timedelta(days=7)
    elif shift == "this":
        d = in_week
    else:
        d = in_week
        if tense == "past" and d > a.date:
            d -= dt.timedelta(days=7)
        elif tense == "future" and d < a.date:
            d += dt.timedelta(days=7)
        elif tense is None and (d - a.date).days > 4:
            # no tense to go by: news tells the past, and a day five or six days ahead in the ISO
            # week is nearer in the week before (a Monday paper's bare "Sunday" is yesterday)
            d -= dt.timedelta(days=7)
    return Resolved(d.isoformat(), "weekday")


def _shifted_unit(unit: str, shift: str, a: Anchor) -> Resolved:
    step = {"last": -1, "next": 1, "this": 0}[shift]
    if unit == "year":
        return Resolved(str(a.year + step) if a.year else None, "year")
    if unit == "decade":
        return Resolved(f"{(a.year // 10 + step)}X" if a.year else None, "decade")
    if not a.date:
        return Resolved(None, unit if unit in ("month", "week", "day") else "unknown")
    if unit == "month":
        d = add_months(a.date, step)
        return Resolved(f"{d.year}-{d.month:02d}", "month")
    if unit == "week":
        return Resolved(_week_iso(a.date + dt.timedelta(weeks=step)), "week")
    if unit == "day":
        return Resolved((a.date + dt.timedelta(days=step)).isoformat(), "day")
    return Resolved(None, "unknown")


def _offset(n: float, unit: str, sign: int, a: Anchor) -> Resolved:
    """Anchor moved by n units: the date that many units before/after."""
    if unit in ("year", "decade"):
        years = int(n * (10 if unit == "decade" else 1))
        return Resolved(str(a.year + sign * years) if a.year else None, "year")
    if not a.date:
        return Resolved(None, "day" if unit != "month" else "month")
    if unit == "month":
        d = add_months(a.date, sign * int(n))
        return Resolved(f"{d.year}-{d.month:02d}", "month")
    # The anchor has no time of day, so hours and minutes move it only by whole days.
    days = {"week": 7 * n, "day": n, "hour": n / 24, "minute": n / 1440, "second": n / 86400}[unit]
    d = a.date + dt.timedelta(days=sign * int(days))
    return Resolved(d.isoformat(), "day")


def _duration(n: float | str | None, unit: str) -> Resolved:
    amount = "X" if n is None or isinstance(n, str) else _num_str(n * (10 if unit == "decade" else 1))
    if unit in ("hour", "minute", "second"):
        return Resolved(f"PT{amount}{DURATION_LETTER[unit]}", "duration", "DURATION")
    letter = "Y" if unit == "decade" else DURATION_LETTER[unit]
    return Resolved(f"P{amount}{letter}", "duration", "DURATION")


def resolve(c: Candidate, tl: TimeLang, a: Anchor, tense: str | None) -> Resolved:
    s = c.slots
    pod = tl.part_of_day.get(tl.strip_suffixes(s["pod"], tl.part_of_day) or "") if "pod" in s else None
    r = _resolve_date(c, tl, a, tense)
    if pod and r.part_of_day is None:
        r.part_of_day = pod
    if r.precision == "unknown" and pod and set(s) == {"pod"}:
        r = Resolved(None, "part-of-day", "TIME", pod)
    return r


def _resolve_date(c: Candidate, tl: TimeLang, a: Anchor, tense: str | None) -> Resolved:
    s = c.slots
    month = tl.months.get(tl.strip_suffixes(s["month"], tl.months) or "") if "month" in s else None
    year = _int(s["year"]) if "year" in s else None
    if month and year is None and "shift" in s and "unit" in s:
        # "গত বছর আগস্টে", "पिछले साल अगस्त में", "August last year": the month of the shifted year
        if tl.units.get(tl.strip_suffixes(s["unit"], tl.units) or "") != "year" or a.year is None:
            return Resolved(None, "month")
        year = a.year + {"last": -1, "next": 1}.get(tl.shift.get(tl.key(s["shift"]), "this"), 0)
    if month and year is None and "shift" in s and "unit" not in s:
        # "আগামী ফেব্রুয়ারিতে", "next February", "last August": the next / last such month
        way = tl.shift.get(tl.key(s["shift"]), "this")
        if way == "this" and a.year is not None and "day" not in s:
            return Resolved(f"{a.year}-{month:02d}", "month")
        tense = {"next": "future", "last": "past"}.get(way, tense)
    if "day" in s and month is None and "shift" in s and "unit" in s:
        # "इसी महीने की 20 तारीख", "চলতি মাসের ২০ তারিখে": that day of the shifted month
        unit = tl.units.get(tl.strip_suffixes(s["unit"], tl.units) or "")
        day = tl.day_number(s["day"])
        r = _shifted_unit("month", tl.shift.get(tl.key(s["shift"]), "this"), a) if unit == "month" else None
        if r is None or r.value is None or day is None or not 1 <= day <= 31:
            return Resolved(None, "day")
        try:
            return Resolved(dt.date(int(r.value[:4]), int(r.value[5:7]), day).isoformat(), "day")
        except ValueError:
            return Resolved(None, "day")
    if "day" in s and month is None and year is None and "unit" not in s and "shift" not in s:
        # "২১ তারিখে", "21 तारीख को": that day of the anchor's month, or of the month before or
        # after when the tense points there
        day = tl.day_number(s["day"])
        if day is None or not 1 <= day <= 31 or not a.date:
            return Resolved(None, "day")
        first = a.date.replace(day=1)
        months = [(first - dt.timedelta(days=1)).replace(day=1), first, (first + dt.timedelta(days=32)).replace(day=1)]
        options = [d for m in months if (d := _safe_date(m.year, m.month, day))]
        if tense in ("future", "next"):
            options = [d for d in options if d >= a.date] or options
        elif tense in ("past", "last"):
            options = [d for d in options if d <= a.date] or options
        best = min(options, key=lambda d: abs((d - a.date).days)) if options else None
        return Resolved(best.isoformat() if best else None, "day")
    if "day" in s and month:
        day = tl.day_number(s["day"])
        if day is None:
            return Resolved(None, "day")
        return _day_month(day, month, year, a, tense)
    if "century" in s:  # "the 19th century" = the 1800s: TIMEX3 century value "18"
        n = tl.ordinals.get(tl.key(s["ordinal"])) if "ordinal" in s else None
        if n is None and "ordinal" in s:
            digits = "".join(ch for ch in s["ordinal"] if ch.isdigit())
            n = _int(digits) if digits else None
        return Resolved(f"{n - 1:02d}" if n and 1 <= n <= 30 else None, "century")
    if "decade" in s and year:  # "1990 के दशक", "the 1990s": 199X
        return Resolved(f"{year // 10}X", "decade")
    if month and year:
        return Resolved(f"{year}-{month:02d}", "month")
    if year:
        return Resolved(str(year), "year")
    if month:
        return _month_alone(month, a, tense)
    if "relday" in s:
        entry = tl.relative_days.get(tl.strip_suffixes(s["relday"], tl.relative_days) or "")
        if entry:
            off = int(entry.get("offset", 0))
            if entry.get("ambiguous"):
                off = abs(off) if tense == "future" else -abs(off)
            value = (a.date + dt.timedelta(days=off)).isoformat() if a.date else None
            return Resolved(value, "day", "DATE", entry.get("part_of_day"))
    if "weekday" in s:
        wd = tl.weekdays.get(tl.strip_suffixes(s["weekday"], tl.weekdays) or "")
        shift = tl.shift.get(tl.key(s["shift"])) if "shift" in s else None
        if wd:
            return _weekday(wd, shift, a, tense)
    if "unit" in s:
        unit = tl.units.get(tl.strip_suffixes(s["unit"], tl.units) or "")
        if unit is None:
            return Resolved(None, "unknown")
        n = to_number(s["num"], tl) if "num" in s else None
        if "num" not in s and "shift" in s:
            shift = tl.shift.get(tl.key(s["shift"]), "this")
            if tl.key(s["unit"]) in tl.vague_after_shift and shift != "this":
                return Resolved("PAST_REF" if shift == "last" else "FUTURE_REF", "unknown")
            return _shifted_unit(unit, shift, a)
        if isinstance(n, float):
            if "ago" in s:
                return _offset(n, unit, -1, a)
            if "after" in s and tense == "future":
                return _offset(n, unit, 1, a)
        return _duration(n, unit)
    return Resolved(None, "unknown")
