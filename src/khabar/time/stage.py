"""Pipeline stage ``time``: fill ``doc.times`` with anchored time expressions.

Spans come from the per-language patterns (tag.py), values from resolve.py,
the anchor from metadata or, failing that, from the text (anchor.py). When
the anchor is inferred, ``doc.published`` is set to it with
``published_inferred=True`` and ``published_from`` saying how.
"""
from __future__ import annotations

import dataclasses

import datetime as dt
import re

import regex
from dataclasses import dataclass

from ..model import Document, TimeExpr
from ..pipeline import stage
from .anchor import NO_ANCHOR, Anchor, known_anchor
from .data import TimeLang, load_time_lang
from .resolve import Resolved, resolve, tense_cues, tense_of
from ..text.segment import dateline_span
from .tag import Candidate, find_candidates


@dataclass
class Found:
    c: Candidate
    tl: TimeLang
    sent_start: int
    sent_end: int


def _lang_data(lang: str | None) -> TimeLang | None:
    if not lang:
        return None
    return load_time_lang(lang) or load_time_lang(lang.split("-")[0].split("_")[0])


def _runs(doc: Document) -> list[tuple[str | None, int, int, list[tuple[int, int]]]]:
    """Consecutive sentences of one language merged: (lang, start, end, sentence bounds)."""
    if not doc.sentences:
        return [(doc.lang, 0, len(doc.text), [(0, len(doc.text))])]
    runs: list[tuple[str | None, int, int, list[tuple[int, int]]]] = []
    for s in doc.sentences:
        lang = s.lang or doc.lang
        if runs and runs[-1][0] == lang:
            prev = runs[-1]
            runs[-1] = (lang, prev[1], s.end, prev[3] + [(s.start, s.end)])
        else:
            runs.append((lang, s.start, s.end, [(s.start, s.end)]))
    return runs


def find_all(doc: Document) -> list[Found]:
    out: list[Found] = []
    for lang, start, end, sents in _runs(doc):
        tl = _lang_data(lang)
        if tl is None:
            continue
        cands = find_candidates(doc.text, tl, start, end)
        i = 0
        for c in cands:
            while i < len(sents) - 1 and sents[i][1] <= c.start:
                i += 1
            out.append(Found(c, tl, sents[i][0], sents[i][1]))
    return out


def infer_anchor(doc: Document, found: list[Found]) -> Anchor | None:
    """Best anchor the text itself gives, or None."""
    full = []
    for f in found:
        if {"day", "month", "year"} <= set(f.c.slots):
            r = resolve(f.c, f.tl, NO_ANCHOR, None)
            if r.value and not r.value.startswith("X"):
                full.append((r.value, f.c))
    if full:
        value, c = max(full, key=lambda x: x[0])
        return Anchor(int(value[:4]), dt.date.fromisoformat(value), True, f"latest full date in text: {c.text!r} at {c.start}")
    return _first_in_years(doc, found)


def _first_in_years(doc: Document, found: list[Found]) -> Anchor | None:
    """"First in N years" + "last time in YEAR" -> the article's year is YEAR + N."""
    gaps, lasts = [], []
    for f in found:
        sentence = doc.text[f.sent_start : f.sent_end]
        r = resolve(f.c, f.tl, NO_ANCHOR, None)
        if r.kind == "DURATION" and r.value and r.value.endswith("Y") and r.value[1:-1].isdigit():
            if f.tl.first_in_rx.search(sentence):
                gaps.append((int(r.value[1:-1]), f.c))
        elif r.precision == "year" and r.value and r.value.isdigit():
            if f.tl.last_time_rx.search(sentence):
                lasts.append((int(r.value), f.c))
    if gaps and lasts:
        (n, gc), (y, yc) = gaps[0], lasts[0]
        return Anchor(y + n, None, True, f"first in {n} years ({gc.text!r} at {gc.start}) since {y} ({yc.text!r} at {yc.start})")
    return None


@stage("time", requires={"text", "sentences", "lang"}, provides={"times"})
def time_stage(doc: Document) -> Document:
    """Time expressions (dates, weekdays, relative days, durations) resolved against the publication date."""
    found = find_all(doc)
    anchor = known_anchor(doc)
    if anchor is None:
        anchor = infer_anchor(doc, found) or NO_ANCHOR
        if anchor.iso and doc.published is None:
            doc.published = anchor.iso
            doc.published_inferred = True
            doc.published_from = anchor.how
    relative_to = dateline_anchor(doc, found, anchor) or anchor
    cues: dict[tuple[int, int], list] = {}  # per sentence, computed once
    doc.times = []
    for f in found:
        key = (f.sent_start, f.sent_end)
        if key not in cues:
            cues[key] = tense_cues(doc.text, f.sent_start, f.sent_end, f.tl)
        tense = tense_of(cues[key], f.c, f.tl.tense_side, doc.text, f.tl.tense_breaks_rx)
        shifted = _shift_before(doc.text, f)
        if shifted and {"day", "month"} <= set(f.c.slots) and "year" not in f.c.slots:
            # "গত ২১ জুলাই", "गत 15 अगस्त", "last July 21": the last such day; "আগামী ২১ জুলাই": the next
            tense = shifted
        if tense == "future" and "after" in f.c.slots and f.tl.first_in_rx.search(doc.text, f.sent_start, f.c.start):
            # "will travel to Tianjin, his first trip to China in seven years": a gap, not a date ahead
            tense = None
        doc.times.append(to_time_expr(f, relative_to, tense))
    _weekdays_of_weeks(doc)
    _ranges(doc)
    return doc


_DASH = r"\s*[-–—]\s*"
_DIGITS = r"\d+(?:[.,]\d+)?"


def _range_pattern(tl: TimeLang) -> tuple[str, str]:
    """(the joint between two ends of a range, a number word or digits) for a language: a dash, or
    one of ``range_joiners`` (time.yaml: "से", "থেকে", "to")."""
    words = [regex.escape(w) for w in sorted(tl.range_joiners, key=len, reverse=True)]
    joint = _DASH if not words else rf"(?:{_DASH}|\s+(?:{'|'.join(words)})\s+)"
    nums = [regex.escape(w) for w in sorted(tl.numbers, key=len, reverse=True) if w]
    number = rf"(?:{_DIGITS}|{'|'.join(nums)})" if nums else _DIGITS
    return joint, number


def _ranges(doc: Document) -> None:
    """A range is one expression: "3 मार्च 1891 - 5 दिसम्बर 1983" (two dates joined), "10-15 मिनट",
    "१२ से १५ घंटे", "পাঁচ-ছয় মাস" (a number before a duration's number), "सन् 1831-1832" (a year's
    end). The value stays the range's first end's; ``by`` records the range."""
    tl = _lang_data(doc.lang)
    if tl is None or not doc.times:
        return
    joint, number = _range_pattern(tl)
    text = doc.text
    out: list[TimeExpr] = []
    for t in sorted(doc.times, key=lambda x: x.start):
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == t.kind and t.kind in ("DATE", "DURATION")
                and regex.fullmatch(joint, text[prev.end : t.start])):
            out[-1] = dataclasses.replace(prev, end=t.end, text=text[prev.start : t.end], by=prev.by + "; range")
            continue
        lead = regex.search(rf"(?<!\w){number}{joint}$", text[max(0, t.start - 40) : t.start])
        if lead is not None and regex.match(number + r"(?!\w)", t.text) and (prev is None or prev.end <= t.start - len(lead.group())):
            start = t.start - len(lead.group())
            t = dataclasses.replace(t, start=start, text=text[start : t.end], by=t.by + "; range")
        tail = regex.match(r"[-–](?:\d{4}|\d{2})(?!\d)", text[t.end : t.end + 6]) if t.text[-1:].isdigit() else None
        if tail is not None and t.precision in ("year", "decade"):
            t = dataclasses.replace(t, end=t.end + tail.end(), text=text[t.start : t.end + tail.end()], by=t.by + "; range")
        if out and out[-1].start <= t.start and t.end <= out[-1].end:
            continue  # the second year of "1831-1832", inside the range already
        out.append(t)
    doc.times = out


def _weekdays_of_weeks(doc: Document) -> None:
    """"গত সপ্তাহের বৃহস্পতিবার", "पिछले हफ्ते के मंगलवार", "next week on Tuesday": a weekday right
    after a week named by its shift (a few short words between, no stop) is that week's day."""
    for week, day in zip(doc.times, doc.times[1:]):
        if week.precision != "week" or day.precision != "weekday" or not week.value or not day.value:
            continue
        gap = doc.text[week.end : day.start]
        if len(gap) > 8 or _STOP.search(gap):
            continue
        try:
            y, w = week.value.split("-W")
            monday = dt.date.fromisocalendar(int(y), int(w), 1)
            wd = dt.date.fromisoformat(day.value).isoweekday()
        except ValueError:
            continue
        day.value = (monday + dt.timedelta(days=wd - 1)).isoformat()
        day.by += "; in the week before it"


_LAST_WORD = re.compile(r"(\S+)\s+$")
_STOP = re.compile(r"[,;:.!?।]")


def _shift_before(text: str, f: Found) -> str | None:
    """"last" or "next" when such a word of the language stands right before the expression."""
    m = _LAST_WORD.search(text[max(0, f.c.start - 20) : f.c.start])
    way = f.tl.shift.get(f.tl.key(m.group(1))) if m else None
    return way if way in ("last", "next") else None


# how much earlier than the publication date a dateline may date the report (a weekly, a late upload)
DATELINE_MAX_LAG = dt.timedelta(days=10)


def dateline_anchor(doc: Document, found: list[Found], anchor: Anchor) -> Anchor | None:
    """The day a dateline says the report was filed ("नई दिल्ली, 16 मई (भाषा)", "ঢাকা, ৫ আগস্ট:",
    "WASHINGTON, May 16 (Reuters) -"), when it is a few days before the publication date.

    Relative words ("शुक्रवार को", "গতকাল", "on Friday") count from the filing day: a report
    filed on Friday and put online on Saturday means that Friday by "on Friday". The dateline's
    own expression keeps its value; only the anchor of the others moves."""
    if anchor.year is None:
        return None
    span = dateline_span(doc.text)
    if span is None:
        return None
    for f in found:
        if not (span[0] <= f.c.start and f.c.end <= span[1]) or not {"day", "month"} <= set(f.c.slots):
            continue
        r = resolve(f.c, f.tl, anchor, "past")
        try:
            day = dt.date.fromisoformat(r.value or "")
        except ValueError:
            return None
        if anchor.date is not None and not (dt.timedelta(0) <= anchor.date - day <= DATELINE_MAX_LAG):
            return None
        return Anchor(day.year, day, anchor.inferred, f"dateline: {f.c.text!r} at {f.c.start}")
    return None


# a part of the day that puts a clock's hour after noon: "शाम पांच बजे" is 17:00, "রাত ৯টায়" 21:00
_AFTER_NOON = {"afternoon": 1, "evening": 1, "night": 6, "noon": 0}
_PM = regex.compile(r"(?i)p\.?\s?m\b\.?")
_AM = regex.compile(r"(?i)a\.?\s?m\b\.?")


def clock_of(c: Candidate, tl: TimeLang, part_of_day: str | None) -> tuple[int, int] | None:
    """(hour, minute) of a clock time the candidate holds, on a 24-hour clock."""
    if "hour" not in c.slots:
        return None
    hour = tl.day_number(c.slots["hour"])
    if hour is None:
        return None
    minute = 0
    digits = regex.match(r"\p{Nd}{1,2}[.:](\p{Nd}{2})", c.slots["hour"])
    if digits:
        minute = int("".join(str(int(ch)) for ch in digits.group(1)))
    elif c.slots.get("minutes"):
        minute = tl.day_number(c.slots["minutes"]) or 0
    frac = tl.clock_fractions.get(tl.key(c.slots["fraction"])) if c.slots.get("fraction") else None
    if frac:
        total = hour * 60 + round(frac * 60)
        hour, minute = divmod(total, 60)
    rest = c.text[c.text.find(c.slots["hour"]) + len(c.slots["hour"]):]
    if _PM.search(rest) and hour < 12:
        hour += 12
    elif _AM.search(rest) and hour == 12:
        hour = 0
    elif part_of_day in _AFTER_NOON and hour < 12 and (part_of_day != "noon" or hour <= 5) and not (
            part_of_day == "night" and hour < _AFTER_NOON["night"]):
        hour += 12  # ("रात 2 बजे" stays 02:00; "दोपहर 12 बजे" stays noon)
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return None
    return hour, minute


def to_time_expr(f: Found, anchor: Anchor, tense: str | None) -> TimeExpr:
    r: Resolved = resolve(f.c, f.tl, anchor, tense)
    clock = clock_of(f.c, f.tl, r.part_of_day)
    if clock is not None:
        # a clock time on a known day is that moment ("शनिवार शाम पांच बजे": 2024-06-22T17:00);
        # without a day it has no value of its own, only its span
        day = r.value if r.value and len(r.value) == 10 and r.value[:4].isdigit() else None
        if day:
            r = Resolved(f"{day}T{clock[0]:02d}:{clock[1]:02d}", "time", r.kind, r.part_of_day)
        elif not r.value:  # (a day known only as a weekday, "XXXX-WXX-6", keeps that value)
            r = Resolved(None, "time", "TIME", r.part_of_day)
    return TimeExpr(
        start=f.c.start,
        end=f.c.end,
        text=f.c.text,
        value=r.value,
        precision=r.precision,
        anchor=anchor.iso,
        inferred=anchor.inferred,
        kind=r.kind,
        part_of_day=r.part_of_day,
        by=f.c.origin + (f"; tense:{tense}" if tense else ""),
    )
