"""Modality of an event: asserted, denied, planned, hedged or reported.

Cues are data (``modality:`` in ``lang/<code>/triggers.yaml``), looked for in
scopes around the trigger: ``near`` (a few characters either side: negation),
``before`` (right before the trigger: "will", "plans to"), ``trigger_end`` (the
trigger's own verb ending: future tense), ``trigger_start`` (a verb written first inside
the trigger, as headlines do: "करेंगे मुलाकात"), ``after`` (the words right after the
trigger: "हस्ताक्षर करने को कहा", asked to sign), ``clause`` and ``sentence`` (before
the trigger). Denial by a DENY event ("both deny that X supplies arms") is set
by the extractor, which knows which events a DENY covers.
"""
from __future__ import annotations

import unicodedata

from .lexicon import LangPack

NEAR = 14  # characters either side of the trigger for negation
BEFORE = 30  # characters before the trigger for auxiliaries ("is expected to")
AFTER = 60  # characters after the trigger for a governing verb ("करने को कहा": asked to do; "meeting between X and Y was called off")
ORDER = ("denied", "hedged", "planned")


def _word_end(text: str, pos: int) -> int:
    while pos < len(text) and (text[pos].isalnum() or unicodedata.category(text[pos]).startswith("M")):
        pos += 1
    return pos


class _OutsideNames:
    """A cue pattern whose ``search`` passes over matches inside a name ("Mrs May")."""

    def __init__(self, pat, names):
        self.pat, self.names = pat, names

    def search(self, text, start, end):
        for m in self.pat.finditer(text, start, end):
            if not any(a <= m.start() and m.end() <= b for a, b in self.names):
                return m
        return None


def modality_of(text: str, trig: tuple[int, int], clause: tuple[int, int], sent: tuple[int, int], pack: LangPack,
                names: list[tuple[int, int]] = ()) -> tuple[str, str]:
    """(modality, provenance) for a trigger; ``asserted`` when no cue applies. A cue inside one of
    ``names`` (mention spans) is part of a name, not a cue: "met Mrs May" is not hedged."""
    ts, te = trig
    for name in ORDER:
        for scope, pat in pack.modality.get(name, {}).items():
            if pat is None:
                continue
            if names:
                pat = _OutsideNames(pat, names)
            if scope == "near":
                # before, inside ("उपहार में नहीं दी") and after the trigger; the window ends at a word's
                # end, so a cue cut from a longer word ("न" of "ने") does not match
                end = _word_end(text, min(max(clause[1], te), te + NEAR))
                if pack.order == "SVO":
                    end = te  # English negates before the verb: "agree to be partners not rivals" agrees
                # (not past a comma after it: "Trump and Putin meet in Alaska, no deal on Ukraine")
                stop = next((k for k in range(te, end) if text[k] in ",;:()"), end)
                hit = pat.search(text, max(clause[0], ts - NEAR), stop)
            elif scope == "object":
                # the word right after the trigger: "signed no new agreements"
                pos = te + len(text[te : te + 3]) - len(text[te : te + 3].lstrip())
                hit = pat.search(text, pos, _word_end(text, min(len(text), pos + 1)))
                hit = hit if hit is not None and hit.start() == pos else None
            elif scope == "before":
                hit = pat.search(text, max(clause[0], ts - BEFORE), ts)
            elif scope == "trigger_start":
                # a headline's verb written first, inside the trigger: "इशिबा से करेंगे मुलाकात" (will meet)
                hit = pat.search(text, ts, te)
                hit = hit if hit is not None and hit.start() == ts else None
            elif scope == "trigger_end":
                hit = pat.search(text, ts, min(sent[1], te + 8))
                # the ending must belong to the trigger's own verb ("করবেন"), not to the next
                # word ("করেছেন, তবে")
                hit = hit if hit and hit.end() >= te and hit.start() < te else None
            elif scope == "after":
                hit = pat.search(text, te, min(sent[1], te + AFTER))
                hit = hit if hit and not text[te : hit.start()].strip() else None
            elif scope == "clause":
                hit = pat.search(text, clause[0], clause[1])
            elif scope == "sentence":
                lo = sent[0]
                if pack.coordinated_clause is not None:
                    # not across "and" and a verb of its own: "said he hoped the talks would succeed and
                    # invited Putin" invited him (roles.yaml ``coordinated_clause``)
                    lo = max([lo] + [min(m.end(), ts) for m in pack.coordinated_clause.finditer(text, sent[0], te)])
                hit = pat.search(text, lo, ts)
            else:
                hit = None
            if hit:
                return name, f"{pack.modality_origin[name]}.{scope}"
    return "asserted", ""
