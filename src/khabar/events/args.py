"""Candidate role fillers in a sentence ("arguments") and how they are case-marked.

An argument is an entity mention from the entities stage, or a referring word
from ``roles.yaml`` (pronoun, title, "both leaders") that :mod:`.resolve` maps
to entities. Its *slot* (agent, dative, comitative, ...) comes from the
language's markers: postpositions after it (hi), suffixes on it (bn) or
prepositions before it (en). Unmarked arguments get slot ``""``.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import regex

from ..model import Document, Mention
from .lexicon import LangPack, RefForm

PAREN_RE = regex.compile(r"\s*\([^()]{1,60}\)")
REF_PRIORITY = {"group": 0, "reciprocal": 1, "first_plural": 2, "first_singular": 3, "pronoun": 4, "title": 5}
ROLE_LABELS = frozenset({"PER", "ORG", "GPE", "LOC", "AGENCY"})


@dataclass
class Arg:
    start: int
    end: int
    text: str
    label: str
    entity_ids: list[str] = field(default_factory=list)
    slot: str = ""
    outer_start: int = 0  # span including a marker before (en) ...
    outer_end: int = 0  # ... and after (hi/bn)
    ref: RefForm | None = None
    by: str = ""


def sentence_mentions(doc: Document, start: int, end: int) -> list[Mention]:
    ms = [m for m in doc.mentions if m.start >= start and m.end <= end and m.label in ROLE_LABELS]
    ms.sort(key=lambda m: (m.start, -(m.end - m.start)))
    out: list[Mention] = []
    for m in ms:  # keep the longest of overlapping mentions
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out


def _mark(arg: Arg, text: str, sent_start: int, sent_end: int, pack: LangPack) -> None:
    """Set ``arg.slot`` and outer span from the first matching marker."""
    arg.outer_start, arg.outer_end = arg.start, arg.end
    if arg.ref is not None and arg.ref.slot:
        arg.slot = arg.ref.slot
        if arg.slot == "genitive":  # a possessive pronoun + postposition: "তার পক্ষ থেকে"
            for mk in pack.markers:
                if mk.suffix is not None and mk.after is not None and mk.slot != "genitive":
                    m = mk.after.match(text, arg.end, sent_end)
                    if m:
                        arg.slot, arg.outer_end, arg.by = mk.slot, m.end(), mk.origin
                        break
        return
    # a parenthetical right after the argument ("मॉस्को (रूस की राजधानी) में") does not hide its marker
    paren = PAREN_RE.match(text, arg.end, sent_end)
    base = paren.end() if paren else arg.end
    for mk in pack.markers:
        pos = base
        if mk.suffix is not None:
            m = mk.suffix.match(text, pos, sent_end)
            if m and m.end() > pos:
                pos = m.end()
            elif arg.label != "REF" and _ends_with_suffix(arg.text, mk.suffix):
                pass  # the mention span already includes the suffix
            else:
                continue
            if mk.after is None and pos < sent_end and text[pos].isalnum():
                continue  # the suffix is the start of a longer word
        if mk.after is not None:
            m = mk.after.match(text, pos, sent_end)
            if not m:
                continue
            pos = m.end()
        if mk.before is not None:
            m = mk.before.search(text, sent_start, arg.start)
            if not m:
                continue
            arg.outer_start = m.start()
        arg.slot = mk.slot
        arg.outer_end = pos
        arg.by = mk.origin
        return


def _ends_with_suffix(text: str, suffix: regex.Pattern) -> bool:
    # one-letter endings ("এ" in "কেসিএনএ") are too often part of the name itself
    m = regex.search(f"(?:{suffix.pattern})$", text)
    return bool(m) and len(m.group(0)) >= 2 and len(text) - len(m.group(0)) >= 2


def _refs(doc: Document, start: int, end: int, pack: LangPack, taken: list[tuple[int, int]]) -> list[Arg]:
    text = doc.text
    out: list[Arg] = []
    for rf in sorted(pack.refs, key=lambda r: REF_PRIORITY.get(r.kind, 9)):
        for m in rf.pattern.finditer(text, start, end):
            s, e = m.span()
            inside = [(ts, te) for ts, te in taken if s <= ts and te <= e]
            if rf.kind == "title" and inside and (s, e) not in inside:
                pass  # "রাশিয়ান নেতা": the nationality inside a title is not an argument
            elif any(s < te and ts < e for ts, te in taken):
                continue
            if rf.kind == "title" and _followed_by_mention(text, e, taken):
                continue  # "राष्ट्रपति पुतिन": the title is part of a name
            out.append(Arg(s, e, m.group(0), "REF", ref=rf, by=rf.origin))
            for span in inside:
                taken.remove(span)
            taken.append((s, e))
    return out


def _followed_by_mention(text: str, pos: int, spans: list[tuple[int, int]]) -> bool:
    gap = len(text[pos:]) - len(text[pos:].lstrip())
    return any(s == pos + gap for s, _ in spans)


def find_args(doc: Document, start: int, end: int, pack: LangPack) -> list[Arg]:
    """Arguments of the sentence ``[start, end)``, in text order, with slots."""
    mentions = sentence_mentions(doc, start, end)
    args = [
        Arg(m.start, m.end, m.text, m.label, [m.entity_id] if m.entity_id else [], by=m.by or "mention")
        for m in mentions
    ]
    taken = [(a.start, a.end) for a in args]
    # longer ref forms first so "दोनों नेताओं" wins over "नेता"
    refs = _refs(doc, start, end, pack, taken)
    kept = set(taken)
    args = [a for a in args if (a.start, a.end) in kept] + refs
    args.sort(key=lambda a: a.start)
    for a in args:
        _mark(a, doc.text, start, end, pack)
    _share_coordinated_slots(doc.text, args, pack)
    _mark_modifiers(doc.text, args)
    return args


def _mark_modifiers(text: str, args: list[Arg]) -> None:
    """"উত্তর কোরিয়ার নেতার সফর": a possessive right before another argument modifies it."""
    for a, b in zip(args, args[1:]):
        if a.slot == "genitive" and not text[a.outer_end : b.outer_start].strip():
            a.slot = "modifier"


def _share_coordinated_slots(text: str, args: list[Arg], pack: LangPack) -> None:
    """"X और Y को" / "X এবং Y-কে": the case marker on the last conjunct marks all."""
    if pack.conjunctions is None:
        return
    for i in range(len(args) - 2, -1, -1):
        a, b = args[i], args[i + 1]
        gap = text[a.outer_end : b.outer_start].strip()
        if a.slot == "" and gap and pack.conjunctions.fullmatch(gap):
            a.slot = b.slot
            a.by = b.by
