"""Per-language time data (``lang/<code>/time.yaml``) compiled into matchers.

Everything language-specific lives in the YAML file; this module only turns
its word lists into regex *slots* (``{month}``, ``{day}``, ``{unit}`` ...) and
substitutes them into the file's word-order patterns. CLDR month and weekday
names from Babel are merged in so a new language gets the basic names for
free. Compiled once per language and cached.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import regex

from ..lang import load_yaml

DATA_FILE = "time.yaml"

# A word starts where no letter, mark or digit precedes it and ends where
# none follows (\b is unreliable around Indic vowel signs).
WORD_START = r"(?<![\p{L}\p{M}\p{N}])"
WORD_END = r"(?![\p{L}\p{M}\p{N}])"
YEAR_RX = re.compile(r"(?<!\d)\d{4}(?!\d)")  # \d is any script's decimal digit


@dataclass
class Pattern:
    name: str
    rx: Any  # compiled regex
    origin: str  # "<lang>/time.yaml:patterns.<name>"
    context: bool = False  # the pattern itself shows a bare month name is a date


@dataclass
class TimeLang:
    """Compiled time data of one language."""

    lang: str
    months: dict[str, int] = field(default_factory=dict)  # key(name) -> 1..12
    weekdays: dict[str, int] = field(default_factory=dict)  # key(name) -> ISO 1..7
    month_needs_context: set[str] = field(default_factory=set)
    numbers: dict[str, float | str] = field(default_factory=dict)
    clock_fractions: dict[str, float] = field(default_factory=dict)  # "साढ़े" (half past) -> 0.5
    # words after a bare month that make it part of a name ("জুলাই সনদ", "July Charter"): no date
    month_name_rx: Any = None
    range_joiners: list[str] = field(default_factory=list)  # "से" in "१२ से १५ घंटे": the ends of a range
    units: dict[str, str] = field(default_factory=dict)  # key(word) -> unit
    relative_days: dict[str, dict[str, Any]] = field(default_factory=dict)
    shift: dict[str, str] = field(default_factory=dict)  # key(word) -> last/next/this
    part_of_day: dict[str, str] = field(default_factory=dict)  # key(word) -> label
    ordinals: dict[str, int] = field(default_factory=dict)  # key(word) -> n ("उन्नीसवीं" -> 19), for centuries
    word_suffixes: list[str] = field(default_factory=list)
    vague_after_shift: set[str] = field(default_factory=set)
    optional_marks: list[str] = field(default_factory=list)
    patterns: list[Pattern] = field(default_factory=list)
    trigger_rx: Any = None  # words every pattern match contains, with YEAR_RX (prefilter)
    context_trigger_rx: Any = None  # month names that need context, as whole words
    tense_rx: Any = None  # groups "past" / "future"
    # which verb's tense dates a weekday: "after" (SOV: the verb follows, "शुक्रवार को मिले") or
    # "nearest" (SVO: "warned on Sunday that Washington would ...": warned, not would)
    tense_side: str = "after"
    # with side "before": what ends the clause of the verb before a date ("and", "under which")
    tense_breaks_rx: Any = None
    first_in_rx: Any = None
    last_time_rx: Any = None

    def key(self, word: str) -> str:
        """Lookup key of a matched word: marks that may be omitted dropped, case folded, spaces collapsed."""
        for m in self.optional_marks:
            word = word.replace(m, "")
        return " ".join(word.casefold().split())

    def day_number(self, text: str) -> int | None:
        """Day of month from a matched day slot: leading digits in any script, or a number word."""
        digits = ""
        for ch in text:
            if not ch.isdigit():
                break
            digits += str(unicodedata.decimal(ch, 0))
        if digits:
            return int(digits)
        v = self.numbers.get(self.key(text))
        return v if isinstance(v, int) else None

    def strip_suffixes(self, word: str, table: dict[str, Any]) -> str | None:
        """The table key of ``word`` once bound case endings are removed (at most two)."""
        k = self.key(word)
        if k in table:
            return k
        for s1 in self.word_suffixes:
            s1k = self.key(s1)
            if s1k and k.endswith(s1k):
                k1 = k[: -len(s1k)]
                if k1 in table:
                    return k1
                for s2 in self.word_suffixes:
                    s2k = self.key(s2)
                    if s2k and k1.endswith(s2k) and k1[: -len(s2k)] in table:
                        return k1[: -len(s2k)]
        return None


def _nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def _cldr_names(lang: str) -> tuple[dict[int, list[str]], dict[int, list[str]]]:
    """Wide month names (1..12) and weekday names (ISO 1..7) from Babel's CLDR data."""
    try:
        from babel.dates import get_day_names, get_month_names
    except ImportError:  # babel is a dependency; stay usable without it
        return {}, {}
    months: dict[int, list[str]] = {}
    days: dict[int, list[str]] = {}
    try:
        for ctx in ("format", "stand-alone"):
            for n, name in get_month_names("wide", ctx, lang).items():
                months.setdefault(int(n), []).append(str(name))
            # Babel numbers weekdays 0 = Monday
            for n, name in get_day_names("wide", ctx, lang).items():
                days.setdefault(int(n) + 1, []).append(str(name))
    except Exception:  # unknown locale: the YAML file must list the names
        return {}, {}
    return months, days


def _word_rx(words: list[str], marks: list[str]) -> str:
    """Alternation of ``words``, longest first, with optional marks made optional."""
    alts = []
    for w in sorted({_nfc(w) for w in words if w}, key=len, reverse=True):
        parts = []
        for ch in w:
            if ch in marks:
                parts.append(regex.escape(ch) + "?")
            elif ch == " ":
                parts.append(r"\s+")
            else:
                parts.append(regex.escape(ch))
        alts.append("".join(parts))
    return "(?:" + "|".join(alts) + ")" if alts else "(?!)"


def _suffix_rx(suffixes: list[str], most: int = 2) -> str:
    """Up to ``most`` bound endings after a word."""
    if not suffixes:
        return ""
    alts = "|".join(regex.escape(_nfc(s)) for s in sorted(suffixes, key=len, reverse=True))
    return f"(?:{alts}){{0,{most}}}"


def _any_rx(rxs: list[str]) -> str:
    return "(?:" + "|".join(_nfc(r) for r in rxs) + ")" if rxs else "(?!)"


@lru_cache(maxsize=None)
def load_time_lang(lang: str) -> TimeLang | None:
    """Compiled time data for ``lang``, or None when the language has no time.yaml."""
    d = load_yaml(lang, DATA_FILE)
    if not d:
        return None
    marks = [_nfc(m) for m in d.get("optional_marks") or []]
    tl = TimeLang(lang=lang, optional_marks=marks)
    tl.word_suffixes = [_nfc(s) for s in d.get("word_suffixes") or []]
    tl.vague_after_shift = {tl.key(_nfc(w)) for w in d.get("vague_after_shift") or []}

    cldr_months, cldr_days = _cldr_names(lang)
    month_words: list[str] = []
    for table, cldr, extra, words in (
        (tl.months, cldr_months, d.get("months") or {}, month_words),
        (tl.weekdays, cldr_days, d.get("weekdays") or {}, None),
    ):
        for n in set(cldr) | {int(k) for k in extra}:
            for name in cldr.get(n, []) + list(extra.get(n, extra.get(str(n), [])) or []):
                table[tl.key(_nfc(name))] = n
    tl.month_needs_context = {tl.key(_nfc(w)) for w in d.get("month_needs_context") or []}
    tl.numbers = {tl.key(_nfc(str(k))): v for k, v in (d.get("numbers") or {}).items()}
    tl.range_joiners = [_nfc(str(w)) for w in d.get("range_joiners") or []]
    if d.get("month_name_words"):
        tl.month_name_rx = regex.compile(r"\s+(?:" + "|".join(regex.escape(_nfc(str(w))) for w in d["month_name_words"])
                                         + r")(?!\w)", regex.IGNORECASE if d.get("ignore_case") else 0)
    # Spellings as written (for the regexes) next to their lookup keys.
    spellings: dict[str, list[str]] = {"unit": [], "relday": [], "shift": [], "pod": [], "ordinal": []}
    for n, words in (d.get("ordinals") or {}).items():
        for w in words:
            tl.ordinals[tl.key(_nfc(w))] = int(n)
            spellings["ordinal"].append(w)
    for unit, words in (d.get("units") or {}).items():
        for w in words:
            tl.units[tl.key(_nfc(w))] = unit
            spellings["unit"].append(w)
    for entry in d.get("relative_days") or []:
        for w in entry["words"]:
            tl.relative_days[tl.key(_nfc(w))] = entry
            spellings["relday"].append(w)
    for direction, words in (d.get("shift") or {}).items():
        for w in words:
            tl.shift[tl.key(_nfc(w))] = direction
            spellings["shift"].append(w)
    for label, words in (d.get("part_of_day") or {}).items():
        for w in words:
            tl.part_of_day[tl.key(_nfc(w))] = label
            spellings["pod"].append(w)

    sfx = _suffix_rx(tl.word_suffixes)
    case_sensitive = bool(d.get("case_sensitive_names"))

    def names(words: list[str]) -> str:
        rx = _word_rx(words, marks)
        return f"(?-i:{rx})" if case_sensitive else rx

    all_months = [n for ns in cldr_months.values() for n in ns] + [
        n for ns in (d.get("months") or {}).values() for n in ns
    ]
    all_days = [n for ns in cldr_days.values() for n in ns] + [
        n for ns in (d.get("weekdays") or {}).values() for n in ns
    ]
    clock_fractions = {str(k): float(v) for k, v in (d.get("clock_fractions") or {}).items()}
    tl.clock_fractions = {tl.key(_nfc(k)): v for k, v in clock_fractions.items()}
    num_words = [str(k) for k in (d.get("numbers") or {})]
    day_words = [str(k) for k, v in (d.get("numbers") or {}).items() if isinstance(v, int) and 1 <= v <= 31]
    slots = {
        # a day of the month in digits, or as a number word ("four June")
        "day": r"(?P<day>\p{Nd}{1,2}(?!\p{N})" + _suffix_rx(d.get("day_suffixes") or [], most=1)
        + f"|{_word_rx(day_words, marks)}{WORD_END})",
        "month": f"(?P<month>{names(all_months)}{sfx}){WORD_END}",
        "year": r"(?P<year>\p{Nd}{4})(?!\p{N})",
        "weekday": f"(?P<weekday>{names(all_days)}{sfx}){WORD_END}",
        "num": rf"(?P<num>\p{{Nd}}+(?:[.,]\p{{Nd}}+)?|{_word_rx(num_words, marks)}{WORD_END})",
        "unit": f"(?P<unit>{_word_rx(spellings['unit'], marks)}{sfx}){WORD_END}",
        "shift": f"(?P<shift>{_word_rx(spellings['shift'], marks)}){WORD_END}",
        "ago": f"(?P<ago>{_word_rx(d.get('ago') or [], marks)}){WORD_END}",
        "after": f"(?P<after>{_word_rx(d.get('after') or [], marks)}){WORD_END}",
        # relative-day words are listed with their case forms (no suffixes)
        "relday": f"(?P<relday>{_word_rx(spellings['relday'], marks)}){WORD_END}",
        "pod": f"(?P<pod>{_word_rx(spellings['pod'], marks)}{sfx}){WORD_END}",
        "yearword": f"(?:{_word_rx(d.get('year_words') or [], marks)}{sfx}){WORD_END}",
        # centuries and decades: "उन्नीसवीं शताब्दी", "19th century", "1990 के दशक", "১৯৯০-এর দশকে"
        "ordinal": rf"(?P<ordinal>\p{{Nd}}{{1,2}}{_suffix_rx(d.get('ordinal_suffixes') or [], most=1)}"
                   + (f"|{_word_rx(spellings['ordinal'], marks)}" if spellings["ordinal"] else "") + f"){WORD_END}",
        "centuryword": f"(?P<century>{_word_rx(d.get('century_words') or [], marks) or '(?!)'}{sfx}){WORD_END}",
        "decadeword": f"(?P<decade>{_word_rx(d.get('decade_words') or [], marks) or '(?!)'}{sfx}){WORD_END}",
        # a clock time's hour and minutes ("पांच बजे", "3.35 बजे", "১০টায়", "3:35 p.m."); time.yaml's
        # patterns put the language's clock word after it; "साढ़े चार" (half past) by ``clock_fractions``
        "clock": (rf"(?:(?P<fraction>{_word_rx([str(k) for k in clock_fractions], marks)})\s+)?" if clock_fractions else "")
                 + rf"(?P<hour>\p{{Nd}}{{1,2}}(?:[.:](?P<minute>\p{{Nd}}{{2}}))?(?!\p{{N}})|{_word_rx(day_words, marks) or '(?!)'}{WORD_END})",
    }
    flags = regex.V0 | (regex.IGNORECASE if d.get("ignore_case") else 0)
    # Every pattern match contains one of these (a month, weekday, unit,
    # relative-day or part-of-day word, or a four-digit year): patterns run
    # only near them, which keeps the stage fast on long articles.
    other_words = (spellings["unit"] + spellings["relday"] + spellings["pod"] + list(d.get("clock_words") or [])
                   + list(d.get("century_words") or [])
                   + list(d.get("decade_words") or []) + list(d.get("date_words") or []))
    if d.get("ignore_case"):
        other_words += [w[:1].upper() + w[1:] for w in other_words]
    # One flat, case-sensitive `re` alternation without boundary checks: a
    # prefilter may over-trigger, and this runs several times faster than
    # the equivalent `regex` pattern. Month names that need context are
    # short, common letter sequences (Bengali "May"): they get their own small
    # pattern with proper word boundaries so they do not fire inside words.
    needs_context = [n for n in all_months if tl.key(_nfc(n)) in tl.month_needs_context]
    plain_months = [n for n in all_months if n not in needs_context]
    tl.trigger_rx = re.compile(_word_rx(plain_months + all_days + other_words, marks))
    tl.context_trigger_rx = regex.compile(WORD_START + names(needs_context) + WORD_END) if needs_context else None
    for p in d.get("patterns") or []:
        body = _nfc(p["re"])
        for name, rx in slots.items():
            body = body.replace("{" + name + "}", rx)
        tl.patterns.append(
            Pattern(
                name=p["name"],
                rx=regex.compile(WORD_START + body + WORD_END, flags),
                origin=f"{lang}/{DATA_FILE}:patterns.{p['name']}",
                context=bool(p.get("context")),
            )
        )
    tense = d.get("tense") or {}
    tl.tense_side = tense.get("side", "after")
    if tense.get("clause_breaks"):
        tl.tense_breaks_rx = regex.compile(_any_rx(tense["clause_breaks"]), regex.IGNORECASE)
    tl.tense_rx = regex.compile(
        # future first: "scheduled", "expected to" are future cues though they end like a past form
        f"(?P<future>{_any_rx(tense.get('future') or [])})|(?P<past>{_any_rx(tense.get('past') or [])})",
        regex.IGNORECASE,
    )
    cues = d.get("anchor_cues") or {}
    tl.first_in_rx = regex.compile(_any_rx(cues.get("first_in") or []), regex.IGNORECASE)
    tl.last_time_rx = regex.compile(_any_rx(cues.get("last_time") or []), regex.IGNORECASE)
    return tl
