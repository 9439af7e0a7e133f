"""Candidate role fillers in a sentence ("arguments") and how they are case-marked.

An argument is an entity mention from the entities stage, or a referring word
from ``roles.yaml`` (pronoun, title, "both leaders") that :mod:`.resolve` maps
to entities. Its *slot* (agent, dative, comitative, ...) comes from the
language's markers: postpositions after it (hi), suffixes on it (bn) or
prepositions before it (en). Unmarked arguments get slot ``""``.
"""
from __future__ import annotations

import bisect
import dataclasses

import functools

from dataclasses import dataclass, field

import regex

from ..entities.cues import cues_for
from ..entities.recognize import PEOPLE_OF_A_COUNTRY
from ..entities.kb import surface_form
from ..model import Document, Mention
from .lexicon import LangPack, RefForm
from .prefilter import may_match
from ..text import rx

PAREN_RE = regex.compile(r"\s*\([^()]{1,60}\)")
REF_PRIORITY = {"group": 0, "reciprocal": 1, "first_plural": 2, "first_singular": 3, "pronoun": 4, "title": 5}
ROLE_LABELS = frozenset({"PER", "ORG", "GPE", "LOC", "AGENCY"})
PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})  # no title holder: "প্রধানমন্ত্রী তাইওয়ানের" is no name


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
    stem_end: int | None = None  # end of the bare name when the mention includes a case suffix
    joined: bool = False  # joined to the argument before it by a conjunction ("মোদী ও পুতিন")
    exact: bool = False  # the mention is one of its KB entity's names as written (no ending inside)


@dataclass
class DocForms:
    """What the argument finder needs of the whole document, computed once per document (not once
    per sentence): the mentions in text order, each entity's surface forms, those of known entities."""

    mentions: list[Mention]
    forms: dict[str, set[str]]
    known: dict[str, set[str]]

    @classmethod
    def of(cls, doc: Document) -> "DocForms":
        forms: dict[str, set[str]] = {}
        for m in doc.mentions:
            if m.entity_id:
                forms.setdefault(m.entity_id, set()).add(m.text)
        return cls(sorted(doc.mentions, key=lambda m: m.start), forms, _known_forms(doc))


def sentence_mentions(doc: Document, start: int, end: int, ordered: list[Mention] | None = None) -> list[Mention]:
    if ordered is not None:  # mentions sorted by start: only the sentence's slice is scanned
        lo = bisect.bisect_left(ordered, start, key=lambda m: m.start)
        pool = []
        for m in ordered[lo:]:
            if m.start >= end:
                break
            pool.append(m)
    else:
        pool = doc.mentions
    # (a plural demonym names its country's people, who act and are acted on: "called on Georgians to protest")
    ms = [m if m.label in ROLE_LABELS else dataclasses.replace(m, label="GPE") for m in pool
          if m.start >= start and m.end <= end and (m.label in ROLE_LABELS or (m.label == "NORP" and m.by.endswith(PEOPLE_OF_A_COUNTRY)))]
    ms.sort(key=lambda m: (m.start, -(m.end - m.start)))
    out: list[Mention] = []
    for m in ms:  # keep the longest of overlapping mentions
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out


# (a vowel sign alone may end the word: "পিয়ংইয়ংয়ে" is a locative "য়" + "ে"; "য়ের" goes on)
_WORD_GOES_ON = regex.compile(r"\p{M}*[\p{L}\p{N}]")
_LOWER_WORD_AFTER = regex.compile(r"\s+\p{Ll}")  # a lower-case word next: a common noun after a name


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
    bracketed = None
    if (not paren and arg.label in ("ORG", "AGENCY") and text[arg.end : arg.end + 1] == ")"
            and text[max(sent_start, arg.start - 1) : arg.start] == "("):
        # a short form alone in brackets: "দপ্তরের (ইউএসটিআর) সঙ্গে" (its marker after the bracket; the case ending
        # on the words before it)
        base = bracketed = arg.end + 1
    kind_of_place = False
    if arg.label in ("GPE", "LOC") and pack.place_nouns is not None:
        # nor does the kind of place: "कुपवाड़ा जिले में" (in Kupwara district), "কুমিল্লা জেলায়"
        noun = pack.place_nouns.match(text, base, sent_end)
        if noun:
            base = noun.end()
            kind_of_place = True
            arg.label = "LOC"  # a district or area named after its town is a region, where things happen
    if arg.label in ("AGENCY", "ORG") and pack.body_kind_nouns is not None:
        # so too a body's kind: "ইন্টারফ্যাক্স বার্তা সংস্থাকে" (to the Interfax news agency)
        noun = pack.body_kind_nouns.match(text, base, sent_end)
        if noun:
            base = noun.end()
    lead: int | None = None
    # "in the western city of Ternopil": the marker stands before the kind of place, not before the name
    look_end = arg.start
    if arg.label in ("GPE", "LOC") and pack.place_of_nouns is not None:
        kind = pack.place_of_nouns.search(text, max(sent_start, arg.start - 60), arg.start)
        if kind is not None:
            look_end = kind.start()
    if (pack.modifier_after_article is not None and arg.label != "REF"
            and pack.modifier_after_article.search(text, max(sent_start, arg.start - 24), arg.start)
            and _LOWER_WORD_AFTER.match(text, arg.end, sent_end)):
        # "killed in a Taliban attack": a name after an indefinite article, a noun after it, modifies that noun
        arg.slot, arg.by = "modifier", "roles.yaml:modifier_after_article"
        return
    for mk in pack.markers:
        if mk.slot == "topic" and kind_of_place:
            continue  # "ভারত ও চীন সীমান্ত বিষয়ে সমঝোতা": the border between them is the matter, they its sides
        if mk.labels is not None and arg.label not in mk.labels:
            continue  # "গুতেরেস সংঘাত বৃদ্ধির নিন্দা": a person before "conflict" names no conflict; he condemns
        pos = base
        if mk.suffix is not None:
            residue = text[arg.stem_end : arg.end] if arg.stem_end is not None else ""
            m = mk.suffix.match(text, pos, sent_end)
            if residue:
                if not mk.suffix.fullmatch(residue):
                    continue  # the mention ends in another suffix ("কিমকে" is no genitive)
            elif bracketed is not None and mk.after is not None and _ends_with_suffix(
                    text[sent_start : arg.start - 1].rstrip(), mk.suffix, confirmed=True):
                pass  # (the words before the bracket carry the case ending: "দপ্তরের (ইউএসটিআর) সঙ্গে")
            elif m and m.end() > pos:
                pos = m.end()
            elif arg.label != "REF" and arg.stem_end is None and not arg.exact and _ends_with_suffix(
                arg.text, mk.suffix, confirmed=mk.after is not None and bool(mk.after.match(text, pos, sent_end))
            ) and not (arg.text.split() and surface_form(arg.text.split()[-1]) in cues_for(pack.lang).whole_words):
                # (a name that only ends as a case does, entity_cues ``whole_words``: "আবু তাহের বলেন")
                pass  # the mention span already includes the suffix
            else:
                continue
            if mk.after is None and pos < sent_end and _WORD_GOES_ON.match(text, pos):
                continue  # the suffix is the start of a longer one ("য়" of "সিংয়ের")
        if mk.after is not None:
            m = mk.after.match(text, pos, sent_end)
            if not m:
                continue
            pos = m.end()
        if mk.before is not None:
            m = mk.before.search(text, sent_start, look_end)
            if not m and pack.order == "SVO" and look_end == arg.start:
                # "welcomed by Russian President Vladimir Putin": the office (and the demonym before it)
                # belong to the name; the preposition stands before them (found once per argument)
                if lead is None:
                    lead = _office_lead(text, sent_start, arg.start, pack)
                    if lead == arg.start:
                        # "a spokesman for Khan's Pakistan Tehreek-e-Insaf party": a possessor's name before it
                        poss = _POSSESSOR_BEFORE.search(text, max(sent_start, arg.start - 60), arg.start)
                        lead = poss.start() if poss is not None else lead
                m = mk.before.search(text, sent_start, lead) if lead < arg.start else None
            if not m:
                continue
            arg.outer_start = m.start()
        if mk.unless is not None and mk.unless.match(text, pos, sent_end):
            continue
        arg.slot = mk.slot
        arg.outer_end = pos
        arg.by = mk.origin
        return


def _country_of(doc: Document, eid: str) -> str | None:
    """A place's country (KB attribute ``country``) as a country id."""
    ent = doc.entities.get(eid)
    country = ent.attrs.get("country") if ent is not None and not eid.startswith("gpe:") else None
    return f"gpe:{str(country).lower()}" if country else None


def _place_of_place(text: str, pos: int, end: int, pack: LangPack, place_starts: set[int]) -> bool:
    """At ``pos``: a kind of place (``place_nouns``) in the locative, maybe after another place's
    name or a determiner ("লালমনিরহাটের পাটগ্রাম সীমান্তে", "गाजा के एक शहर में")."""
    if pack.place_nouns is None:
        return False
    skip = rx.match(r"\s+([^\s,।;:]+)(?=\s)", text[pos:end])
    if skip and not (pos + skip.start(1) in place_starts or _name_like(skip.group(1), pack)
                     or (pack.determiners is not None and pack.determiners.fullmatch(skip.group(1)))):
        skip = None
    for start in (pos, pos + skip.end()) if skip else (pos,):
        m = pack.place_nouns.match(text, start, end)
        if m is None:
            continue
        for mk in pack.markers:
            if mk.slot != "locative":
                continue
            if mk.suffix is not None and mk.after is None and (sm := mk.suffix.match(text, m.end(), end)):
                if not _WORD_GOES_ON.match(text, sm.end()):
                    return True
                # (the whole ending: "রাজ্যে" is in the state, "রাজ্যের পরিস্থিতি" its situation; unless a place
                # follows, a chain of them leading to where: "দূরপ্রাচ্যের আমুর প্রদেশের ভোস্টোচনি মহাকাশ বন্দরে")
                nxt = rx.match(r"[\p{L}\p{M}]*\s+", text[sm.end() : end])
                if nxt is not None and sm.end() + nxt.end() in place_starts:
                    return True
            if mk.suffix is None and mk.after is not None and mk.after.match(text, m.end(), end):
                return True
    return False


PLACE_WORD_NAME_SHARE = 0.2  # a word whose cluster is this often inside names may be a place name


def _name_like(word: str, pack: LangPack) -> bool:
    """A word the recogniser missed that may still be a name: unknown to the word clusters, or of a
    cluster often inside names ("পাটগ্রাম", "কালিয়াকৈর"; not "সেনারা", the troops)."""
    cues = cues_for(pack.lang)
    if not cues.clusters:
        return False
    cluster = cues.clusters.get(surface_form(word))
    return cluster is None or cues.cluster_names.get(cluster, 0.0) >= PLACE_WORD_NAME_SHARE


# a capitalised possessor right before a name ("Khan's " in "for Khan's Pakistan Tehreek-e-Insaf")
_POSSESSOR_BEFORE = regex.compile(r"(?:(?-i:\p{Lu})[\w.-]*\s+){0,2}(?-i:\p{Lu})[\w.-]*['’]s\s+$")


def _office_lead(text: str, sent_start: int, pos: int, pack: LangPack) -> int:
    """Where the office words (and a capitalised demonym) right before ``pos`` begin: the start of
    "Russian President " in "by Russian President Vladimir Putin"; ``pos`` when there are none."""
    cues = cues_for(pack.lang)
    words = list(rx.finditer(r"\S+", text[sent_start:pos]))
    k = len(words)
    while k > 0:  # the longest title ending right before the name
        hit = None
        for n in range(min(cues.max_title_words, k), 0, -1):
            norms = [surface_form(w.group()) for w in words[k - n : k]]
            if cues.title_at(norms, 0) and cues.title_at(norms, 0)[0] == n:
                hit = n
                break
        if not hit:
            break
        k -= hit
    if k == len(words) and not (k > 0 and surface_form(words[k - 1].group()) in cues.title_modifiers):
        return pos  # (a modifier alone is the office's when the recogniser put the rank in the name: "former
        # Marine Paul Whelan")
    while True:  # "jailed former prime minister", "former Pakistani prime minister": modifiers, a demonym
        if k > 1 and surface_form(words[k - 2].group() + " " + words[k - 1].group()) in cues.demonyms:
            k -= 2  # "North Korean counterpart Choe Son Hui"
        elif k > 0 and (surface_form(words[k - 1].group()) in cues.demonyms
                        or surface_form(words[k - 1].group()) in cues.title_modifiers):
            k -= 1
        else:
            break
    if k > 0 and any(r.slot == "genitive" and r.pattern.fullmatch(words[k - 1].group()) for r in pack.refs):
        k -= 1  # "with his Jordanian counterpart Ayman Safadi": the possessive belongs to the office
    return sent_start + words[k].start() if k < len(words) else pos


@functools.lru_cache(maxsize=64)
def _at_end(suffix: regex.Pattern) -> regex.Pattern:
    return regex.compile(f"(?:{suffix.pattern})$")  # as regex.search(pattern_string) compiled it


def _ends_with_suffix(text: str, suffix: regex.Pattern, confirmed: bool = False) -> bool:
    """Whether a mention (whose bare name is unknown) ends in the suffix. One-letter endings
    ("এ" in "কেসিএনএ") are too often part of the name itself, unless the postposition that
    must follow the suffix is there ("মোদীর সঙ্গে")."""
    m = _at_end(suffix).search(text)
    return bool(m) and (len(m.group(0)) >= 2 or confirmed) and len(text) - len(m.group(0)) >= 2


def _refs(doc: Document, start: int, end: int, pack: LangPack, taken: list[tuple[int, int]],
          people: list[tuple[int, int]] | None = None) -> list[Arg]:
    """References (pronouns, titles, groups) not inside ``taken`` spans; ``people``: the spans of
    names that may follow a title as its holder (a title before a place is no part of a name)."""
    text = doc.text
    people = taken if people is None else people
    out: list[Arg] = []
    folded = text[start:end].casefold()
    for rf in _refs_by_priority(pack):
        if not may_match(rf.pattern, folded):
            continue  # (none of the words the form needs: no scan)
        for m in rf.pattern.finditer(text, start, end):
            s, e = m.span()
            inside = [(ts, te) for ts, te in taken if s <= ts and te <= e]
            if rf.kind == "title" and inside and (s, e) not in inside:
                pass  # "রাশিয়ান নেতা": the nationality inside a title is not an argument
            elif any(s < te and ts < e for ts, te in taken):
                continue
            # (not "প্রধানমন্ত্রী তাইওয়ানের প্রতি": a country after the title is the next argument)
            if (rf.kind == "title" and (_followed_by_mention(text, e, people) or _offices_then_name(text, e, taken, pack))
                    and not _another_countrys_title(doc, s, e) and not (rf.label == "PER" and _outlet_told_after(doc, e, pack))):
                continue  # "राष्ट्रपति पुतिन", "उप प्रधानमंत्री और विदेश मंत्री इशाक डार": the title is part of a name
            if rf.kind == "unnamed" and any(0 <= s - m.end <= 1 for m in doc.mentions if start <= m.end <= s):
                continue  # "Hamas militants", "পাকিস্তানি জঙ্গিরা": the name or demonym before them is who acts
            if rf.kind != "title" and _opens_a_longer_title(text, s, e, pack):
                continue  # "পুলিশ প্রধান", "पुलिस अधीक्षक": the police word opens an office, no police acting
            if rf.kind == "title" and _office_as_level(text, e, pack):
                continue  # "বাংলাদেশ ও মিয়ানমারের পররাষ্ট্রসচিব পর্যায়ের বৈঠক": the meeting's level, no one; the
                # genitives before it stay the meeting's sides
            out = [x for x in out if (x.start, x.end) not in inside]  # ("পররাষ্ট্র উপদেষ্টা" over "উপদেষ্টা")
            out.append(Arg(s, e, m.group(0), "REF", ref=rf, by=rf.origin))
            for span in inside:
                taken.remove(span)
            taken.append((s, e))
    return out


def _another_countrys_title(doc: Document, start: int, end: int) -> bool:
    """A title naming a country ("चीनी विदेश मंत्री") right before a person the KB knows only in
    offices of other countries ("... प्रधानमंत्री नरेंद्र मोदी से मिलेंगे"): the title is someone else,
    a reference of its own, and the name the next argument."""
    from .resolve import _known_offices_elsewhere, _may_serve, title_categories  # (resolve imports this module)

    person = min((m for m in doc.mentions if m.start >= end and m.label == "PER" and m.entity_id),
                 key=lambda m: m.start, default=None)
    if person is None or person.start - end > 40 or not getattr(doc.entities.get(person.entity_id), "roles", None):
        return False
    land = next((m.entity_id for m in doc.mentions if start <= m.start < end and m.entity_id
                 and m.entity_id.startswith("gpe:")), None)
    if land is not None:
        return not _may_serve(doc, person.entity_id, land)
    # "প্রধান উপদেষ্টা ডোনাল্ড ট্রাম্পকে ... অভিনন্দন জানিয়েছেন": a name with a case ending of its own after an
    # office its bearer (KB) never held is the next argument, the office someone else (Bengali writes the
    # ending onto the name; a name in the nominative after an office stays its holder)
    pack = _pack_of(doc.lang)
    title = doc.text[start:end]
    if pack is not None:
        # the match is the tail of a longer office ("ভাইস প্রেসিডেন্ট হান ঝেংয়ের"): that office is the name's
        # title, whatever the KB says of the tail's kind (a vice president is no president)
        cues = cues_for(pack.lang)
        lead = doc.text[max(0, start - 40) : start].split()
        for k in (2, 1):
            words = lead[-k:] + title.split() if len(lead) >= k else []
            hit = cues.title_at([surface_form(w) for w in words], 0) if words and surface_form(words[0]) in cues.title_first else None
            if hit is not None and hit[0] == len(words):
                return False
    category = pack.title_category(title) if pack is not None else None
    patterns = title_categories().get(category) or [] if category else []
    ended = _WORD_TAIL.match(doc.text, person.end) is not None
    return bool(patterns) and ended and _known_offices_elsewhere(doc, person.entity_id, patterns)


_WORD_TAIL = regex.compile(r"[\p{L}\p{M}]")  # a letter right after a mention: an ending written onto the name


def _pack_of(lang: str | None):
    from .lexicon import load_pack

    return load_pack(lang) if lang else None


def _opens_a_longer_title(text: str, start: int, end: int, pack: LangPack) -> bool:
    """The words at ``start`` are a title (lang/<code>/titles.tsv) running past ``end``."""
    cues = cues_for(pack.lang)
    words = text[start : start + 60].split()[:4]
    hit = cues.title_at([surface_form(w) for w in words], 0) if words and surface_form(words[0]) in cues.title_first else None
    return hit is not None and start + len(" ".join(words[: hit[0]])) > end


def _office_as_level(text: str, end: int, pack: LangPack) -> bool:
    """An office right followed by a level word (quotes.yaml ``level_words``: "পর্যায়ের", "स्तर की",
    "-level"): it names how high a meeting is, not a person."""
    from .quotes import _cue_pattern  # (quotes imports this module)

    level = _cue_pattern(pack, "level_words")
    if level is None:
        return False
    gap = text[end : end + 2]
    return level.match(text, end + len(gap) - len(gap.lstrip())) is not None


_REFS_BY_PRIORITY: dict[int, tuple[LangPack, list]] = {}


def _refs_by_priority(pack: LangPack) -> list:
    """A pack's reference forms, pronouns before titles before groups (REF_PRIORITY), sorted once."""
    hit = _REFS_BY_PRIORITY.get(id(pack))
    if hit is None or hit[0] is not pack:
        hit = _REFS_BY_PRIORITY[id(pack)] = (pack, sorted(pack.refs, key=lambda r: REF_PRIORITY.get(r.kind, 9)))
    return hit[1]


def _offices_then_name(text: str, pos: int, spans: list[tuple[int, int]], pack: LangPack) -> bool:
    """Only a conjunction and more office words between ``pos`` and the next name."""
    nxt = min((s for s, _ in spans if s >= pos), default=None)
    if nxt is None or nxt - pos > 40:
        return False
    words = _bare_words(text, pos, nxt, pack, ())
    if not words:  # only more titles ("विदेश मंत्री प्रिंस फैसल"), but not after a comma
        return bool(text[pos:nxt].strip()) and not text[pos:nxt].strip().startswith(",")
    # a word conjunction, not a comma alone: "উপপ্রধানমন্ত্রী, তৌহিদ হোসেনের সঙ্গে বৈঠক" is no name
    return any(w.isalpha() for w in words) and all(pack.conjunctions is not None and pack.conjunctions.fullmatch(w)
                                                   for w in words)


_SPACE = regex.compile(r"\s*")


def _dative_suffix(pack: LangPack) -> regex.Pattern | None:
    """The language's dative written as a suffix on its word (bn "-কে"), or None."""
    return next((mk.suffix for mk in pack.markers if mk.slot == "dative" and mk.suffix is not None and mk.after is None), None)


def _outlet_told_after(doc: Document, pos: int, pack: LangPack) -> bool:
    """A news agency or outlet named right after ``pos`` with the dative written onto it ("একজন কর্মকর্তা
    রয়টার্সকে জানিয়েছেন", an official told Reuters): no person whose title stands before it (but "বার্তা সংস্থা
    ইরনায়" is the agency's kind and its name)."""
    dative = _dative_suffix(pack)
    if dative is None:
        return False
    nxt = _SPACE.match(doc.text, pos).end()
    for m in doc.mentions:
        if m.start == nxt and (m.label == "AGENCY" or (m.entity_id or "").startswith(("agency:", "media:"))):
            word = regex.match(r"[\p{L}\p{M}]*", doc.text[m.end :]).group()
            return bool(word) and dative.fullmatch(word) is not None
    return False


def _followed_by_mention(text: str, pos: int, spans: list[tuple[int, int]]) -> bool:
    nxt = _SPACE.match(text, pos).end()
    return any(s == nxt for s, _ in spans)


def _set_stems(doc: Document, args: list[Arg], forms: dict[str, set[str]] | None = None) -> None:
    """"কিমকে" / "রাশিয়ার" as a mention: the bare name is the longest other form of the same
    entity (its other mentions, its KB names) that the mention starts with; the rest is a suffix."""
    if forms is None:
        forms = DocForms.of(doc).forms
    for a in args:
        if not a.entity_ids:
            continue
        eid = a.entity_ids[0]
        cands = set(forms.get(eid, ()))
        ent = doc.entities.get(eid)
        if ent is not None:
            for names in ent.names.values():
                cands.update(names)
            # "ভারতের পররাষ্ট্র মন্ত্রণালয়" is the KB name: its last য় is no locative ending
            # (or its last word: the surname পম্পেও of মাইক পম্পেও, whose -েও looks like -ে + ও)
            a.exact = not _discovered(doc, eid) and any(
                a.text == n or a.text == n.split()[-1] for names in ent.names.values() for n in names)
            if not a.exact and " " in a.text:
                # a new body whose name ends in its head word ("ঢাকায় পররাষ্ট্র মন্ত্রণালয় ... জানিয়েছে"):
                # the word's last letters (য়) are no locative ending
                cues = cues_for(doc.lang) if doc.lang else None
                last = surface_form(a.text.split()[-1])
                a.exact = cues is not None and (last in cues.body_heads or last in cues.org_heads)
        if a.exact and a.text in {n for names in ent.names.values() for n in names}:
            continue  # a whole KB name ("থাইল্যান্ড") is no shorter form ("থাই", the demonym) plus an ending
        best = max((f for f in cands if f and len(f) < len(a.text) and a.text.startswith(f)), key=len, default=None)
        # (the rest is one ending, no further word: "জামায়াতে ইসলামী" is no "জামায়াত" + "ে ইসলামী")
        if best is not None and not a.text[len(best)].isspace() and not rx.search(r"\s", a.text[len(best):]):
            a.stem_end = a.start + len(best)


def _known_forms(doc: Document) -> dict[str, set[str]]:
    """Surface forms of each entity linked to a known (not just discovered) entry: its mentions' texts."""
    forms: dict[str, set[str]] = {}
    for m in doc.mentions:
        if m.entity_id and not _discovered(doc, m.entity_id):
            forms.setdefault(m.entity_id, set()).add(m.text)
    return forms


def _discovered(doc: Document, eid: str) -> bool:
    ent = doc.entities.get(eid)
    return bool(ent and ent.source.startswith("discovered"))


def split_juxtaposed(doc: Document, mentions: list[Mention], known: dict[str, set[str]] | None = None) -> list[Mention]:
    """"পুতিন কিমকে" tagged as one unknown name "পুতিন কিম": when a mention's entity was only
    discovered (not in the KB) and its words are exactly, in order, known names seen elsewhere
    in the document, it is two arguments side by side (subject + case-marked object), not one."""
    if not any(m.entity_id and _discovered(doc, m.entity_id) for m in mentions):
        return list(mentions)
    forms = _known_forms(doc) if known is None else known
    by_text = {t: eid for eid, ts in forms.items() for t in ts}
    out: list[Mention] = []
    for m in mentions:
        parts = _cover(m.text, by_text) if m.entity_id and _discovered(doc, m.entity_id) else None
        if not parts:
            out.append(m)
            continue
        for ps, pe, eid in parts:
            label = doc.entities[eid].type if eid in doc.entities else m.label
            out.append(Mention(m.start + ps, m.start + pe, m.text[ps:pe], label, eid, m.confidence,
                               by=f"{m.by or 'mention'}; split:known-names"))
    return out


def _cover(text: str, by_text: dict[str, str]) -> list[tuple[int, int, str]] | None:
    """Split ``text`` at spaces into >= 2 consecutive known forms (longest first), else None."""
    words = [(w.start(), w.end()) for w in rx.finditer(r"\S+", text)]
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(words):
        for j in range(len(words), i, -1):
            span = text[words[i][0] : words[j - 1][1]]
            if span in by_text:
                out.append((words[i][0], words[j - 1][1], by_text[span]))
                i = j
                break
        else:
            return None
    return out if len(out) >= 2 else None


def find_args(doc: Document, start: int, end: int, pack: LangPack, ctx: DocForms | None = None) -> list[Arg]:
    """Arguments of the sentence ``[start, end)``, in text order, with slots. ``ctx``: the document's
    :class:`DocForms`, when the caller does every sentence of one document."""
    ctx = ctx or DocForms.of(doc)
    mentions = split_juxtaposed(doc, sentence_mentions(doc, start, end, ctx.mentions), ctx.known)
    args = [
        Arg(m.start, m.end, m.text, m.label, [m.entity_id] if m.entity_id else [], by=m.by or "mention")
        for m in mentions
    ]
    _set_stems(doc, args, ctx.forms)
    taken = [(a.start, a.end) for a in args]
    # longer ref forms first so "दोनों नेताओं" wins over "नेता"
    refs = _refs(doc, start, end, pack, taken, [(a.start, a.end) for a in args if a.label not in PLACE_LABELS])
    kept = set(taken)
    args = [a for a in args if (a.start, a.end) in kept] + refs
    args.sort(key=lambda a: a.start)
    for a in args:
        _mark(a, doc.text, start, end, pack)
    for a in args:
        if a.label in PLACE_LABELS and a.ref is None and (
                (pack.posted_after is not None and pack.posted_after.match(doc.text, a.end))
                or (pack.posted_before is not None and pack.posted_before.search(doc.text, max(start, a.start - 40), a.start))):
            # "the U.S. ambassador to China accused Beijing", "ঢাকায় নিযুক্ত ভারতীয় হাইকমিশনার ... সাক্ষাৎ করেন": where
            # an envoy is posted (roles.yaml ``posted``) names the envoy, no target or place of what he does (the text
            # does not say where he met anyone)
            a.slot = "posted"
    # a short form in brackets right after its own full name is the name again ("सीमा सुरक्षा बल (बीएसएफ) की"): one argument
    args = [b for k, b in enumerate(args) if not (
        k and b.entity_ids and args[k - 1].entity_ids[:1] == b.entity_ids[:1]
        and rx.fullmatch(r"\s*\(\s*", doc.text[args[k - 1].end : b.start]) and doc.text[b.end : b.end + 1] == ")")]
    args = _owner_of_an_unnamed_body(doc.text, args, pack)
    place_starts = {a.start for a in args if a.label in PLACE_LABELS}
    for a, b in zip(args, args[1:]):
        if (a.slot == "locative" and a.label in PLACE_LABELS and not b.slot and a.entity_ids and b.entity_ids
                and b.entity_ids[0] == _country_of(doc, a.entity_ids[0])
                and rx.fullmatch(r"\s*,\s*", doc.text[a.outer_end or a.end:b.start])
                and not _speech_verb_at(doc.text, b.end, end, pack)):
            # "at the summit in Kazan, Russia": the city's country names where the city is, no one acting
            # ("talks in Dhaka, China mediates": another country acts; "... in Tehran, Iran said": Iran speaks)
            b.slot = "modifier"
    for a, b in zip(args, args[1:]):
        if (pack.order == "SOV" and a.slot == "genitive" and a.label == "GPE" and b.label in PLACE_LABELS and a.entity_ids
                and b.entity_ids and _country_of(doc, b.entity_ids[0]) == a.entity_ids[0] and not doc.text[a.outer_end : b.start].strip()):
            # "যুক্তরাষ্ট্রের টেক্সাস অঙ্গরাজ্যের একটি শপিং মলে": a country's genitive right before a place in it only
            # says where that place is (a slot no frame reads), no one who acts ("ইসরায়েলের গাজায় হামলা" acts: Gaza is
            # no place in Israel; English "Iran's Fordow and Natanz sites" is read by its own rules)
            a.slot = "place_of"
    for a in args:
        if a.slot == "genitive" and a.label in ("GPE", "LOC") and _place_of_place(doc.text, a.outer_end, end, pack, place_starts):
            # "লালমনিরহাটের পাটগ্রাম সীমান্তে": a place's genitive before a kind of place where
            # something happens is where it happened, not whose thing was hit
            a.slot, a.label = "locative", "LOC"
    if pack.locative_owners is not None:
        for a in args:
            if a.slot == "locative" and pack.locative_owners.search(doc.text, max(start, a.start - 40), a.start):
                # "his first visit to Russia since the start of the war in Ukraine": the war's place
                a.slot = "modifier"
    if pack.locative_participles is not None:
        for a in args:
            if a.slot == "locative" and pack.locative_participles.match(doc.text, a.outer_end or a.end, end):
                # "मुंबई में हुए हमलों के लिए इस्तीफ़ा दिया": where the attacks happened, not the resignation
                a.slot = "modifier"
    if pack.locative_topics is not None:
        for a in args:
            if (a.slot == "locative" and not any(e.startswith("city:") for e in a.entity_ids)
                    and pack.locative_topics.match(doc.text, a.outer_end or a.end, end)):
                # "यूक्रेन में युद्धविराम ... पर चर्चा की": where the ceasefire is to hold, within the topic, not where
                # the talks were held (a city is where talks are held: "কাতারের রাজধানী দোহায় যুদ্ধবিরতি নিয়ে আলোচনা")
                a.slot = "modifier"
    if pack.member_nouns is not None:
        args = _members_of_a_body(doc.text, args, start, end, pack)
    if pack.place_of_nouns is not None:
        for a in args:
            if a.label in ("GPE", "LOC"):
                kind = pack.place_of_nouns.search(doc.text, max(start, a.start - 60), a.start)
                for b in args:
                    if kind is not None and b is not a and kind.start() <= b.start and b.end <= kind.end():
                        b.slot = "modifier"  # "the Black Sea port of Odesa": the sea names the port's kind
    _mark_modifiers(doc.text, args, pack)
    _compound_modifiers(doc.text, args, pack)
    _hyphen_pairs(doc.text, args, pack)
    _share_coordinated_slots(doc.text, args, pack, [(m.start, m.end) for m in doc.mentions if m.label == "NORP"])
    _marked_by_other_conjunct(doc.text, args, end, pack)
    _marked_with_an_unnamed_conjunct(doc.text, args, end, pack)
    _kin_of(doc.text, args, end, pack)
    _people_of(doc.text, args, start, pack)
    _included(doc.text, args, end, pack)
    return args


def _owner_of_an_unnamed_body(text: str, args: list[Arg], pack: LangPack) -> list[Arg]:
    """"আওয়ামী লীগ সরকারের সাবেক বাণিজ্যমন্ত্রী টিপু মুনশিকে", "সামরিক জান্তা সরকারের প্রধান মিন অং হ্লাইং": a bare name
    (or a word for a country's rulers) right before a word for a government of no one named (a ``home`` reference in
    the genitive) that owns the office of the person named next names whose government it is; the two are one
    argument with the word's marker (not the first a subject beside the person, nor the word the home country's)."""
    cues = cues_for(pack.lang)
    out: list[Arg] = []
    for k, b in enumerate(args):
        a = out[-1] if out else None
        nxt = args[k + 1] if k + 1 < len(args) else None
        between = text[b.outer_end : nxt.start].split() if nxt is not None else []
        if (a is not None and a.slot == "" and (a.ref is None and a.entity_ids and a.label in ("ORG", "GPE")
                                                or a.ref is not None and a.ref.kind == "pronoun" and a.ref.label == "GPE")
                and b.ref is not None and b.ref.home and b.ref.kind == "pronoun" and b.slot in ("genitive", "modifier")
                and not text[a.end : b.start].strip()
                and nxt is not None and nxt.ref is None and nxt.label == "PER" and 0 < len(between) <= 3
                and any(cues.title_at([surface_form(w) for w in between], i) for i in range(len(between)))):
            out[-1] = dataclasses.replace(a, slot=b.slot, outer_end=b.outer_end)
            continue
        out.append(b)
    return out


INCLUDED_REACH = 5  # words after "X-সহ" / "X समेत" in which the phrase it is counted into ends


def _included(text: str, args: list[Arg], end: int, pack: LangPack) -> None:
    """"হুইলারসহ ছয় কূটনীতিককে", "व्हीलर समेत छह राजनयिकों को": a name counted into the phrase after
    it (roles.yaml ``included_after``) takes that phrase's marker (here the object), not its own
    (no subject: the one counted in is one of those acted on)."""
    pat = pack.included_after
    if pat is None:
        return
    for a in args:
        if a.ref is not None or a.slot not in ("", "agent"):
            continue
        m = pat.match(text, a.end, end)
        if m is None:
            continue
        for w in list(rx.finditer(r"[^\s,।;:]+", text[m.end() : end]))[:INCLUDED_REACH]:
            head = Arg(m.end() + w.start(), m.end() + w.end(), w.group(), a.label, [])
            _mark(head, text, m.end(), end, pack)
            if head.slot:
                a.slot, a.outer_end, a.by = head.slot, head.outer_end, head.by
                break
        # (a phrase no marker closes is unmarked, as the name is: "জামায়াতে ইসলামীসহ ২৪টি রাজনৈতিক দল"
        # after the verb is its subject)


def _people_of(text: str, args: list[Arg], start: int, pack: LangPack) -> None:
    """"thanked the people of Japan", "the people of Nepal rose": a country's people (roles.yaml
    ``people_of``) are the country, in the place of the phrase (subject before the verb, object after)."""
    pat = pack.people_of
    if pat is None:
        return
    for a in args:
        if a.slot != "genitive" or a.label != "GPE" or a.outer_start is None or a.outer_start >= a.start:
            continue
        m = pat.search(text, max(start, a.outer_start - 40), a.outer_start)
        if m is not None:
            a.slot, a.outer_start = "", m.start()


def _marked_with_an_unnamed_conjunct(text: str, args: list[Arg], end: int, pack: LangPack) -> None:
    """"अमेरिका और यूरोपीय सहयोगियों से ... अपील की": a bare name joined by a conjunction to a few words
    naming no one takes the postposition after them (verb-final languages whose markers are words)."""
    if pack.order != "SOV" or pack.conjunctions is None:
        return
    starts = sorted(a.start for a in args)
    for a in args:
        if a.slot or a.ref is not None or not a.entity_ids:
            continue
        m = _UNNAMED_CONJUNCT.match(text, a.outer_end, end)
        if m is None or not pack.conjunctions.fullmatch(m.group(1)):
            continue
        nxt = next((x for x in starts if x > a.start), end)
        # (the unnamed conjunct is a few words: "यूरोपीय सहयोगियों", "अन्य देशों")
        stops = [w.end() for w in _WORD_END.finditer(text, m.end(1) + 1, min(end, nxt))][:UNNAMED_CONJUNCT_WORDS]
        for stop in stops:
            hit = next(((mk, x) for mk in pack.markers if mk.after is not None and mk.suffix is None
                        and (x := mk.after.match(text, stop, end)) is not None), None)
            if hit is not None:
                mk, x = hit
                if x.end() <= nxt:
                    a.slot, a.by, a.outer_end = mk.slot, mk.origin, x.end()
                break


_UNNAMED_CONJUNCT = regex.compile(r"\s+(\S+)(?=\s)")  # the word after a name (a conjunction, if it is one)
UNNAMED_CONJUNCT_WORDS = 3
_WORD_END = regex.compile(r"(?<=\S)(?=\s|$)")  # the end of each of the next words


def _kin_of(text: str, args: list[Arg], end: int, pack: LangPack) -> None:
    """"ত্বকীর বাবা অভিযোগ করেছেন", "Khan's lawyer said", "the family of X said": a person's kin, family
    or lawyer (roles.yaml ``kin_nouns``) after his genitive acts in his own name; the possessor fills
    no role of the verb (slot ``excluded``)."""
    kin = pack.kin_nouns
    if kin is None:
        return
    # (a name the tagger took with its genitive ending, "ত্বকীর", is marked as no genitive: its ending says it)
    endings = [mk.suffix for mk in pack.markers if mk.slot == "genitive" and mk.suffix is not None and mk.after is None]
    for a in args:
        person = a.label == "PER" or (a.ref is not None and a.ref.kind == "pronoun" and a.ref.label in ("PER", "ANY"))
        if not person or not (a.slot == "genitive" or (a.slot == "" and a.ref is None and any(
                _ends_with_suffix(a.text, e, confirmed=True) for e in endings))):
            continue
        if kin.match(text, a.outer_end + len(text[a.outer_end : end]) - len(text[a.outer_end : end].lstrip()), end) or (
                pack.order == "SVO" and rx.search(r"(?:" + kin.pattern + r")\s+$", text[max(0, a.outer_start - 30) : a.outer_start])):
            a.slot = "excluded"


def _members_of_a_body(text: str, args: list[Arg], start: int, end: int, pack: LangPack) -> list[Arg]:
    """"বিএনপির ১২ নেতাকে গ্রেপ্তার করেছে", "भाजपा के 12 नेताओं को": a party's or country's members,
    leaders or activists (roles.yaml ``member_nouns``, after the body's genitive and a number or a
    few words) are that body acting or acted on, as CAMEO codes them (the English "12 BNP leaders"
    reads so already). The member phrase becomes the argument, with its own marker; the body's
    genitive and a reference read in the member noun are dropped."""
    out = list(args)
    for k, a in enumerate(args):
        # (also a party's bare name right before the noun: "कांग्रेस कार्यकर्ताओं पर", Congress workers)
        if a.slot not in ("genitive", "") or a.label not in ("ORG", "GPE") or not a.entity_ids or a.ref is not None:
            continue
        if a.slot == "" and (a.label != "ORG" or text[a.end : a.end + 1] != " "):
            continue
        if a.slot == "" and any(e.startswith(("agency:", "media:")) for e in a.entity_ids):
            continue  # "বিবিসি এক কর্মকর্তাকে উদ্ধৃত করে জানিয়েছে": an outlet's bare name is the clause's subject, no party
        if k and pack.conjunctions is not None and pack.conjunctions.fullmatch(text[args[k - 1].outer_end : a.outer_start].strip()):
            continue  # "ভারত ও পাকিস্তানের সেনারা": the soldiers of both, read as both names (as before)
        m = pack.member_nouns.match(text, a.outer_end if a.slot else a.end, end)
        if m is None or m.start("noun") < 0:
            continue
        # (the span holds the case ending, "নেতাকে", so that the markers read it as they read a name's)
        member = Arg(m.start("noun"), m.end(), text[m.start("noun") : m.end()], a.label, list(a.entity_ids),
                     by="member-of:" + a.by)
        member.stem_end = m.end("noun")
        _mark(member, text, start, end, pack)
        out = [x for x in out if x is not a and not (x.start < member.outer_end and member.start < x.end)]
        out.append(member)
    out.sort(key=lambda x: x.start)
    return out


def _speech_verb_at(text: str, pos: int, end: int, pack: LangPack) -> bool:
    """Whether a speech verb of the pack (quotes.yaml ``speech_verbs``) follows ``pos`` after spaces only."""
    from .quotes import _cue_pattern  # (quotes reads arguments: imported here, not at the top)

    verbs = _cue_pattern(pack, "speech_verbs")
    lead = len(text[pos : pos + 8]) - len(text[pos : pos + 8].lstrip(" "))
    return verbs is not None and verbs.match(text, pos + lead, max(end, pos + 40)) is not None


def _owner_body_first(gap: str, pack: LangPack) -> bool:
    """Verb-final: the words after a possessive open with a body acting for it, in the plain case (roles.yaml
    ``possessor_bodies``, determiners aside: "বিএনপির একটি প্রতিনিধিদল ..."), not an office of the name after them."""
    if pack.order != "SOV" or pack.possessor_bodies is None:
        return False
    words = [w for w in gap.split() if not (pack.determiners is not None and pack.determiners.fullmatch(w))]
    if not words or BREAK_PUNCT.search(words[0]):
        return False
    # (a body in the genitive is the office's: "বাংলাদেশের প্রতিনিধিদলের প্রধান তৌহিদ হোসেন" heads the delegation)
    genitive = next((mk.suffix for mk in pack.markers if mk.slot == "genitive" and mk.suffix is not None and mk.after is None), None)
    m = pack.possessor_bodies.fullmatch(words[0])
    return m is not None and not (genitive is not None and rx.search(rf"(?:{genitive.pattern})$", words[0]))


def _mark_modifiers(text: str, args: list[Arg], pack: LangPack | None = None) -> None:
    """"উত্তর কোরিয়ার নেতার সফর": a possessive right before another argument modifies it, also
    across title words ("দক্ষিণ কোরিয়ার প্রেসিডেন্ট ইউন": South Korea's president Yoon). And "the
    BRICS summit": a body's name right before a noun of an occasion (roles.yaml ``named_occasions``)
    names the occasion; it is no argument of the clause."""
    for a in args:
        if (pack is not None and pack.named_occasions is not None and a.label in ("ORG", "AGENCY") and a.ref is None
                and rx.match(rf"\s+(?:{pack.named_occasions.pattern})(?!\w)", text[a.end : a.end + 40], pack.named_occasions.flags)):
            a.slot, a.outer_start, a.outer_end = "modifier", a.start, a.end
            continue
        # "a U.S.-backed peace plan", "Iran-backed Houthis": a name joined by a hyphen to a
        # participle describes the noun after it; it is no argument of the clause
        if a.slot != "modifier" and rx.match(r"-\p{Ll}+ed\b", text[a.end : a.end + 20]):
            led = rx.match(r"-led\s+", text[a.end : a.end + 20])
            body = (pack.possessor_bodies.match(text, a.end + led.end()) if led is not None and pack is not None
                    and pack.possessor_bodies is not None else None)
            if body is not None and a.slot == "" and not rx.match(r"\w", text[body.end() : body.end() + 1]):
                # ("the U.S.-led coalition carried out airstrikes": the body a country leads acts for it)
                a.outer_end = body.end()
                continue
            a.slot, a.outer_start, a.outer_end = "modifier", a.start, a.end
    # (a short form in brackets between an office and its holder is no argument between them:
    # "যুক্তরাষ্ট্রের বাণিজ্য প্রতিনিধি (ইউএসটিআর) জেমিসন গ্রিয়ার")
    seq = [x for x in args if not _in_brackets(text, x.start, x.end)]
    for a, b in zip(seq, seq[1:]):
        # "Russian President Vladimir Putin", "अमेरिकी व्यापार प्रतिनिधि जेमिसन ग्रीर": a demonym a few
        # words (an office) before a name describes that person
        if (a.slot == "" or (a.slot == "object" and pack is not None and pack.order == "SVO")) and (
                a.label == "NORP" and b.label == "PER" and pack is not None):
            words = text[a.outer_end : b.outer_start].split()
            if len(words) <= 3 and not BREAK_PUNCT.search(" ".join(words)) and not (
                    pack.conjunctions is not None and any(pack.conjunctions.fullmatch(w) for w in words)):
                a.slot = "modifier"
            continue
        # "U.S. President Donald Trump", "EU foreign policy chief Kaja Kallas": a bare country or
        # body name and only office words before a person's name describe that person
        # (also SOV: "संयुक्त राष्ट्र महासचिव एंटोनियो गुटेरेस ने" = the UN's secretary-general)
        if (a.slot == "" and a.label == "ORG" and b.ref is not None and b.ref.kind == "title"
                and not text[a.outer_end : b.outer_start].strip()
                # (not an unnamed one of them, in a verb-final language: "বিবিসি এক কর্মকর্তাকে উদ্ধৃত করে জানিয়েছে" is
                # the BBC citing an official; one of its own would take the genitive, "বিবিসির এক কর্মকর্তা")
                and not (pack is not None and pack.order == "SOV" and pack.indefinites is not None
                         and pack.indefinites.match(b.text))):
            a.slot = "modifier"  # "জাতিসংঘ মহাসচিব", "UN Secretary-General": the body's office, not the body acting
            continue
        if (a.slot not in ("genitive", "modifier") and a.label in ("GPE", "ORG") and b.label == "PER" and pack is not None
                and (a.slot in ("", "object") or (b.slot == "" and pack.order == "SVO"))):
            gap = text[a.outer_end : b.outer_start]
            if gap.strip() and not BREAK_PUNCT.search(gap) and not _bare_words(text, a.outer_end, b.outer_start, pack, ()):
                if a.slot not in ("", "object"):  # "between US President Donald Trump and ...": the person takes the marker
                    b.slot, b.outer_start, b.by = a.slot, a.outer_start, a.by
                a.slot = "modifier"
                continue
        # "with Pakistan's army chief Asim Munir": a preposition before a possessive marks the person
        # the possessive and the office describe, not the country
        poss = (next((m for mk in pack.markers if mk.slot == "genitive" and mk.after is not None
                      and (m := mk.after.match(text, a.end, b.start))), None) if pack is not None else None)
        if (poss is not None and pack.order == "SVO" and a.slot and a.slot not in ("genitive", "modifier", "object")
                and (b.label == "PER" or not text[poss.end() : b.outer_start].strip()) and b.slot == "" and b.ref is None):
            # (any name right after the possessive: "at Syracuse University's Maxwell School told ...")
            words = _bare_words(text, poss.end(), b.outer_start, pack, ())
            gap = text[a.end : b.outer_start]
            if not words and not BREAK_PUNCT.search(gap):
                b.slot, b.outer_start, b.by = a.slot, a.outer_start, a.by
                a.slot = "modifier"
                continue
        if a.slot != "genitive":
            continue
        opp = (pack.home_opposition.match(text, a.end) if pack is not None and pack.home_opposition is not None
               and a.label == "GPE" and b.label == "ORG" and b.ref is None else None)
        if (opp is not None and opp.end() <= b.outer_start and len(text[opp.end() : b.outer_start].split()) <= 2
                and not BREAK_PUNCT.search(text[opp.end() : b.outer_start])):
            # "নেপালের বিরোধী দল নেপালি কংগ্রেস", "नेपाल की मुख्य विपक्षी पार्टी नेपाली कांग्रेस": the country whose
            # opposition the party is describes it (roles.yaml ``home_opposition``), no argument of the clause
            a.slot = "modifier"
            continue
        if pack is not None and pack.conjunctions is not None and pack.conjunctions.fullmatch(text[a.outer_end : b.start].strip()):
            continue  # "the leaders of Turkey and Germany": the next name is a conjunct (its marker is the "and")
        gap = raw_gap = text[a.outer_end : b.outer_start]
        if a.label == "PER" and b.label == "PER" and not gap.strip():
            continue  # "मोदी की पुतिन से वार्ता": one person's genitive names no other person (a title would)
        if gap.strip() and pack is not None and len(gap.split()) <= 7:
            # (up to a long office: "যুক্তরাষ্ট্রের দক্ষিণ ও মধ্য এশিয়াবিষয়ক সহকারী পররাষ্ট্রমন্ত্রী ডোনাল্ড লু"; any word
            # left that is no title word nor qualifier keeps the genitive its own)
            for pat, _ in pack.title_words:
                gap = pat.sub(" ", gap)
            if pack.title_qualifiers is not None:  # "ভারতের ভারপ্রাপ্ত হাইকমিশনার": India's acting envoy
                gap = pack.title_qualifiers.sub(" ", gap)
            if pack.determiners is not None:  # "পাকিস্তানের কোনো পররাষ্ট্রমন্ত্রী": any minister of Pakistan's
                gap = " ".join(w for w in gap.split() if not pack.determiners.fullmatch(w))
        if (gap.strip() and pack is not None and b.label in ("GPE", "LOC") and a.label == "GPE" and b.slot == "locative"
                and all(surface_form(w) in cues_for(pack.lang).capital_words for w in gap.split())):
            # "কাতারের রাজধানী দোহায়", "कतर की राजधानी दोहा में": the capital's country only says where the city is
            # (a slot no frame reads: no one acting, struck or met, nor the place again)
            a.slot = "place_of"
            continue
        if gap.strip() and pack is not None and b.label == "PER" and len(gap.split()) <= 6:
            # "पाकिस्तान के उप प्रधानमंत्री और विदेश मंत्री इशाक डार": offices joined by a conjunction
            words = _bare_words(text, a.outer_end, b.outer_start, pack, ())
            if all(pack.conjunctions is not None and pack.conjunctions.fullmatch(w) for w in words):
                gap = ""
        if not gap.strip():
            a.slot = "modifier"
            if pack is not None and pack.order == "SVO" and b.slot == "" and b.ref is None:
                # "summoned the envoy over Takaichi's Taiwan remarks": the name after a possessive is in
                # the possessive's phrase, marked by the preposition before it (here a topic)
                lead = next(((mk, m) for mk in pack.markers if mk.before is not None and mk.slot != "genitive"
                             and (m := mk.before.search(text, max(0, a.start - 30), a.start))), None)
                if lead is not None:
                    b.slot, b.outer_start = lead[0].slot, lead[1].start()
                elif b.label != "PER" and not (a.label in ("GPE", "LOC") and b.label in ("GPE", "LOC")) and rx.match(
                        r"\s+(?!(?:in|on|at|to|for|with|and|or|of|by|from|after|before|over|as|that|which|who|since|"
                        r"during|into|onto|was|were|is|are|has|had|said|says|will|would|also|"
                        # (nor a verb: "China's People's Liberation Army began drills" acts)
                        r"began|begins|held|holds|sent|sends|gave|gives|took|takes|made|makes|met|meets|told|tells|"
                        r"left|leaves|struck|strikes|hit|hits|[a-z]+ed)\b)(?-i:[a-z][a-z-]+)\b", text[b.end : b.end + 30]) and not (
                        # (not the name's own head word: "Khan's Pakistan Tehreek-e-Insaf party called" is his party)
                        (w := rx.match(r"\s+([a-z]+)", text[b.end : b.end + 30])) is not None
                        and cues_for(pack.lang).label_after.get(w.group(1)) == b.label) and not (
                        # (nor a headline's verb in the present: "Sudan's RSF kills dozens", a trigger's -s form)
                        w is not None and w.group(1).endswith("s")
                        and any(t.pattern.match(text, b.end + w.start(1)) for t in pack.triggers)):
                    # "condemned Takaichi's Taiwan remarks": the name describes the noun after it; the
                    # possessive owns that noun (who made the remarks); a country's region is no such name
                    a.slot, b.slot = "genitive", "modifier"
        elif pack is not None and b.label == "PER" and a.label in ("GPE", "ORG") and _owner_body_first(raw_gap, pack):
            continue  # "বিএনপির একটি প্রতিনিধিদল প্রধান উপদেষ্টা ইউনূসের সঙ্গে": the party's delegation acts; the adviser is another
        elif (pack is not None and b.label == "PER" and a.label in ("GPE", "ORG") and b.ref is None
              and b.slot in ("", "agent", "comitative")  # ("জামায়াতে ইসলামীর আমির শফিকুর রহমানের সঙ্গে": with the amir)
              and len((bare := _BRACKETED_SHORT.sub(" ", raw_gap)).split()) == 1 and not BREAK_PUNCT.search(bare)
              and rx.fullmatch(r"[\p{L}\p{M}]+", bare.strip())):
            # "জামায়াতে ইসলামীর আমির শফিকুর রহমান": one word between is the body's office (a short form in
            # brackets aside: "জাতীয় নাগরিক পার্টির (এনসিপি) আহ্বায়ক নাহিদ ইসলাম")
            a.slot = "modifier"
        elif (pack is not None and b.label == "PER" and a.label in ("GPE", "ORG") and _office_words(text[a.outer_end : b.outer_start], pack)
              and (b.slot in ("", "agent") or cues_for(pack.lang).title_at(
                  [surface_form(_BRACKETED_SHORT.sub(" ", text[a.outer_end : b.outer_start]).split()[-1])], 0))):
            # "बांग्लादेश के अंतरिम सरकार के प्रमुख सलाहकार मुहम्मद यूनुस ने": Bangladesh's adviser (but a body
            # before a name marked for another role acts itself: "বাংলাদেশের একটি আদালত শেখ হাসিনাকে")
            a.slot = "modifier"
        elif (pack is not None and pack.order == "SVO" and a.label == "GPE" and b.label in ("ORG", "AGENCY") and b.ref is None
              and b.outer_start == b.start  # (no marker of the body's own: "Ukraine's bid to join NATO")
              and 1 <= len(raw_gap.split()) <= 2 and all(rx.fullmatch(r"\p{Ll}[\p{Ll}-]*", w) for w in raw_gap.split())
              # (no body of its own between, nor a verb: "Israel's military struck Hezbollah targets")
              and not (pack.possessor_bodies is not None and pack.possessor_bodies.search(raw_gap))
              and not any(t.pattern.search(text, a.outer_end, b.outer_start) for t in pack.triggers)):
            # "Sudan's paramilitary Rapid Support Forces killed ...", "Pakistan's ruling PML-N": a country's
            # possessive over a word or two describing a named body says whose body it is; no role of its own
            a.slot = "modifier"
        elif (pack is not None and pack.order == "SOV" and a.slot == "genitive" and a.label == "GPE"
              and b.label in ("ORG", "AGENCY") and b.ref is None and b.slot == "genitive"
              and 1 <= len(raw_gap.split()) <= 3 and pack.possessor_bodies is not None
              and pack.possessor_bodies.fullmatch(raw_gap.strip())):
            # "ভারতের সীমান্তরক্ষী বাহিনী বিএসএফের গুলিতে": the country owns the body the name after its kind
            # names (roles.yaml ``possessor_bodies``); the body's genitive is the role, the country's none
            a.slot = "modifier"


def _compound_modifiers(text: str, args: list[Arg], pack: LangPack | None) -> None:
    """"यूक्रेन संघर्ष के समाधान का समर्थन", "ইউক্রেন যুদ্ধের অবসান": an unmarked place or body right
    before one common noun that takes a possessive marker names that noun's kind (roles.yaml
    ``compound_modifier_after``); it is no subject of the clause, nor any other argument of it."""
    if pack is None or pack.compound_modifier_after is None:
        return
    starts = sorted(a.start for a in args)
    for a in args:
        if a.slot or a.ref is not None or a.label not in ("GPE", "LOC", "ORG"):
            continue
        m = pack.compound_modifier_after.match(text, a.end)
        if m is not None and not any(a.end < s < m.end() for s in starts):
            # (a slot no frame reads: the name is inside a noun phrase, no owner of the deed either)
            a.slot, a.outer_start, a.outer_end = "compound", a.start, a.end


# after a hyphenated pair of names: a word or two (lower case) then the noun they qualify ("Modi-Xi meeting",
# "U.S.-China trade talks"); not the end of the clause
_PAIR_NOUN_AFTER = regex.compile(r"\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,1}\p{Ll}[\p{Ll}-]*")


def _hyphen_pairs(text: str, args: list[Arg], pack: LangPack | None) -> None:
    """English "Modi-Xi meeting", "Israel-Hamas ceasefire": two names joined by a hyphen before a noun name the
    pair the noun is of; neither has the role the preposition before the pair would give ("for a Modi-Xi meeting")."""
    if pack is None or pack.order != "SVO":
        return
    ordered = sorted((a for a in args if a.ref is None and a.label in ("PER", "GPE", "ORG")), key=lambda a: a.start)
    for a, b in zip(ordered, ordered[1:]):
        if text[a.end : b.start] == "-" and _PAIR_NOUN_AFTER.match(text, b.end):
            for x in (a, b):
                x.slot, x.outer_start, x.outer_end = "compound", x.start, x.end


def _in_brackets(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` stands alone in brackets: "(", spaces, it, spaces, ")" (read from the span
    outwards, not by copying or scanning the text before it)."""
    k = start - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    if k < 0 or text[k] != "(":
        return False
    k = end
    while k < len(text) and text[k].isspace():
        k += 1
    return k < len(text) and text[k] == ")"


_BRACKETED_SHORT = regex.compile(r"\(\s*[^()\s]{1,20}\s*\)")


def _office_words(gap: str, pack: LangPack) -> bool:
    """Only an office between a possessor and a person: title words, the genitive marker, body
    words (सरकार, মন্ত্রণালয়) and at most one other word (अंतरिम), no punctuation (a short form in
    brackets is left out: "বাণিজ্য প্রতিনিধি (ইউএসটিআর)")."""
    gap = _BRACKETED_SHORT.sub(" ", gap)
    # (an office's field is part of it: "মানবাধিকার বিষয়ক হাইকমিশনার", roles.yaml ``office_fields``)
    gap, fields = pack.office_fields.subn(" ", gap) if pack.office_fields is not None else (gap, 0)
    words = gap.split()
    if not 2 - min(fields, 1) <= len(words) <= 7 or BREAK_PUNCT.search(gap):
        return False
    cues = cues_for(pack.lang)
    gen = [mk.after for mk in pack.markers if mk.slot == "genitive" and mk.after is not None and mk.suffix is None]
    other = [w for w in words if not (cues.title_at([surface_form(w)], 0) or any(g.fullmatch(w) for g in gen)
                                      or (pack.possessor_bodies is not None and pack.possessor_bodies.fullmatch(w)))]
    # (two words, the second an office: "চীনের ভাইস প্রিমিয়ার ডিং", a qualifier and the office)
    return len(other) <= 1 and (len(other) < len(words) - 1 or (len(words) == 2 and words[-1] not in other)
                                or (fields > 0 and words[-1] not in other))


def _headline_pair(text: str, a: Arg, b: Arg) -> bool:
    """Two people (or two countries) opening a line, a comma between them, a lower-case word after:
    a headline's subject pair ("Modi, Xi agree to work as partners", "Pakistan, India agree to ceasefire")."""
    line_start = text.rfind("\n", 0, a.start) + 1
    line_end = text.find("\n", b.end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    # (a country and a union of them pair too: "India, EU conclude free trade talks")
    # (or opening the headline's second half: "North Korea fires missiles; Seoul, Tokyo condemn launch")
    lead = text[line_start : a.start].strip()
    return ((a.label == b.label == "PER" or {a.label, b.label} <= {"GPE", "ORG"}) and a.slot == "" and b.slot == ""
            and (not lead or lead.endswith((";", ":")))
            and len(line.split()) <= 14 and not line.rstrip().endswith((".", "।"))
            and rx.match(r"\s+\p{Ll}", text[b.outer_end : b.outer_end + 3]) is not None)


def _bare_words(text: str, lo: int, hi: int, pack: LangPack, descriptors) -> list[str]:
    """The words between two arguments without demonyms (``descriptors``) and office words."""
    seg = list(text[lo:hi])
    for s, e in descriptors:
        if lo <= s and e <= hi:
            seg[s - lo : e - lo] = " " * (e - s)
    words = "".join(seg).split()
    # the recogniser's titles first (longest: "उप प्रधानमंत्री"), then the title words of roles.yaml
    cues, norm, kept, i = cues_for(pack.lang), [surface_form(w) for w in words], [], 0
    while i < len(words):
        hit = cues.title_at(norm, i) if norm[i] in cues.title_first else None
        if hit:
            i += hit[0]
            continue
        if i > 0 and norm[i] in cues.title_modifiers:
            i += 1  # "and former Marine Paul Whelan": "former" qualifies the office (entity_cues ``title_modifiers``)
            continue
        kept.append(words[i])
        i += 1
    bare = " ".join(kept)
    for pat, _ in pack.title_words:
        bare = pat.sub(" ", bare)
    return bare.split()


PARENTHETICAL = regex.compile(r"\([^()]{0,40}\)")
# punctuation that separates a describing word from the name it would describe ("Kim Yo Jong, the ...")
BREAK_PUNCT = regex.compile(r"[,;:।()\"]")


def _trigger_at(text: str, pos: int, pack: LangPack) -> bool:
    """An event word starts right after ``pos`` (spaces and an adverb or two skipped)."""
    m = rx.match(r"\s*(?:\p{Ll}+ly\s+)?", text[pos : pos + 40])
    at = pos + (m.end() if m else 0)
    return any(t.pattern.match(text, at) for t in pack.triggers)


def _marked_by_other_conjunct(text: str, args: list[Arg], end: int, pack: LangPack) -> None:
    """"राहुल गांधी, प्रियंका गांधी और कई अन्य सांसदों को हिरासत में लिया": a last conjunct of others, naming no one,
    carries the case marker (dative or comitative) of the names listed before it (roles.yaml ``others_conjunct``)."""
    if pack.others_conjunct is None or pack.order != "SOV":
        return
    for k, a in enumerate(args):
        if a.slot != "" or a.ref is not None:
            continue
        nxt = args[k + 1].start if k + 1 < len(args) else end
        m = pack.others_conjunct.match(text, a.outer_end or a.end, nxt)
        if m is None:
            continue
        slot, pos = None, m.end()
        for _ in range(3):  # (the phrase's noun may come a word or two on: "कई अन्य विपक्षी सांसदों को")
            last = text[m.start() : pos].split()[-1]
            slot = next((mk.slot for mk in pack.markers if mk.slot in ("dative", "comitative") and (
                (mk.after is not None and mk.suffix is None and mk.after.match(text, pos, nxt))
                or (mk.suffix is not None and mk.after is None and _at_end(mk.suffix).search(last)))), None)
            w = regex.match(r"\s+[^\s,।]+", text[pos:nxt])
            if slot is not None or w is None:
                break
            pos += w.end()
        if slot is None:
            continue
        a.slot = slot
        j = k - 1  # the names listed before it, by commas or a conjunction
        while j >= 0 and args[j].slot == "" and args[j].ref is None:
            gap = text[args[j].outer_end or args[j].end : args[j + 1].start].strip()
            if gap not in (",", "") and not pack.conjunctions.fullmatch(gap):
                break
            args[j].slot = slot
            j -= 1


def without_determiner(gap: str, pack: LangPack) -> str:
    """The words between two names less a determiner ending them (roles.yaml ``determiners``: ", the" -> ",")."""
    if pack.determiners is None:
        return gap
    m = rx.search(r"(?:^|(?<=[,\s]))(\p{L}+)$", gap)
    return gap[: m.start()].strip() if m is not None and pack.determiners.fullmatch(m.group(1)) else gap


def _share_coordinated_slots(text: str, args: list[Arg], pack: LangPack,
                             descriptors: list[tuple[int, int]] = ()) -> None:
    """"X और Y को" / "X এবং Y-কে": the case marker on the last conjunct marks all."""
    if pack.conjunctions is None:
        return
    # "भारतीय जनता पार्टी (भाजपा) और चुनाव आयोग पर": a bracketed short form is no conjunct
    args = [a for a in args if not _in_brackets(text, a.start, a.end)]
    for i in range(len(args) - 2, -1, -1):
        a, b = args[i], args[i + 1]
        if a.slot == "modifier" and not (pack.order == "SVO" and a.outer_start < a.start and a.ref is None
                                         and b.ref is None and a.label in ("GPE", "LOC") and b.label in ("GPE", "LOC")):
            continue  # (but places a preposition made a modifier share it: "a ceasefire in Gaza and Lebanon")
        gap = PARENTHETICAL.sub(" ", text[a.outer_end : b.outer_start]).strip()
        if pack.order == "SVO" and b.ref is None:
            # "Saudi Arabia, the United Arab Emirates and Egypt": the article before a name is no word between conjuncts
            gap = without_determiner(gap, pack)
        if b.ref is not None and b.ref.kind == "title" and gap == ",":
            continue  # "Kim Yo Jong, the leader's sister, said": an apposition, not a list
        if a.entity_ids and a.entity_ids[:1] == b.entity_ids[:1] and b.slot == "genitive":
            # "पाकिस्तान और पाकिस्तान के कब्जे वाले कश्मीर में": no one is joined to himself; the
            # second is the owner inside the next conjunct's phrase
            continue
        k = i + 1
        while b.slot == "modifier" and k + 1 < len(args):  # "पुतिन और उत्तर कोरिया के नेता किम ने":
            k += 1                                        # the conjunct is किम, not his country
            b = args[k]
        if gap and b.label == "PER" and not pack.conjunctions.fullmatch(gap):
            # "Donald Trump and Russian President Vladimir Putin", "पीयूष गोयल और अमेरिकी व्यापार
            # प्रतिनिधि जेमिसन ग्रीर": a demonym and an office before the second name are no argument
            words = _bare_words(text, a.outer_end, b.outer_start, pack, descriptors)
            if 1 <= len(words) <= 2 and pack.conjunctions.fullmatch(words[0]) \
                    and (len(words) == 1 or words[1][:1].isupper()):
                gap = words[0]
            else:
                # "শেখ বশিরউদ্দীন ও জাতীয় নিরাপত্তা উপদেষ্টা খলিলুর রহমান": words qualifying an office
                # the second name holds (the office word last) are no argument either
                raw = text[a.outer_end : b.outer_start].split()
                if (a.ref is None and 2 <= len(raw) <= 5 and pack.conjunctions.fullmatch(raw[0])
                        and not BREAK_PUNCT.search(" ".join(raw))
                        and cues_for(pack.lang).title_at([surface_form(raw[-1])], 0)):
                    gap = raw[0]
        if gap == "," and _headline_pair(text, a, b):
            gap = "and"  # "Modi, Xi agree to work as partners": a headline's comma joins the pair
            b.joined = a.slot in ("", b.slot)
            if a.slot == "":
                a.slot, a.by = b.slot, b.by
            continue
        if gap == "," and not (k + 1 < len(args) and (args[k + 1].joined or pack.conjunctions.fullmatch(
                text[b.outer_end : args[k + 1].start].strip()))):
            continue  # a comma lists only before a last conjunct joined by a word ("A, B ও C-এর সঙ্গে"); else
            # it ends a clause: "চীন সফরে ইউনূস, সি চিন পিংয়ের সঙ্গে বৈঠক"
        joint = text[a.outer_end : b.start].strip()  # (with b's own marker: "and" marks a comitative)
        between = (pack.order == "SVO" and a.slot == "comitative" and b.ref is None and pack.between is not None
                   and pack.between.match(text, a.outer_start) is not None)
        if between:
            # "talks between the United States and the Taliban": the second of the pair, its article aside
            joint = without_determiner(joint, pack)
        if pack.order == "SVO" and joint and a.slot not in ("", "comitative", "modifier", "genitive") and not (
                joint == "," or pack.conjunctions.fullmatch(joint)):
            # (the conjunct's office before its name: "witnessed by Donald Trump and Malaysian Prime Minister Anwar Ibrahim")
            joint = text[a.outer_end : _office_lead(text, a.outer_end, b.start, pack)].strip()
        if (pack.order == "SVO" and joint and (joint == "," or pack.conjunctions.fullmatch(joint))
                and (a.slot not in ("", "comitative", "modifier", "genitive") or between
                     # (countries after "of": "the ambassadors of Germany, France and Britain"; not "the
                     # prime minister of India and Putin", a second person)
                     or (a.slot == "genitive" and a.label == "GPE" == b.label and a.ref is None and b.ref is None)
                     or a.slot == "modifier")  # (the prepositional places let through above)
                and b.slot in ("", "comitative")
                and not _trigger_at(text, b.outer_end, pack)):
            # a preposition marks all its conjuncts: "strikes on Kabul and Kandahar" (not "flew to
            # Paris and Macron welcomed him": a verb after the name opens a clause); through a list
            # too: "mediated by Egypt, Qatar and the United States" (a comma only before a last conjunct)
            b.slot, b.by, b.joined = a.slot, a.by, True
            j = k + 1
            while joint == "," and j < len(args) and args[j].slot in ("", "comitative"):
                between = text[args[j - 1].outer_end : args[j].start].strip()
                if not (args[j].joined or between == "," or pack.conjunctions.fullmatch(between)):
                    break
                args[j].slot, args[j].by, args[j].joined = a.slot, a.by, True
                if between != ",":
                    break  # (the last conjunct)
                j += 1
            continue
        # "মোদি-মাখোঁ বৈঠক", "India-Pakistan talks": two names joined by a hyphen are a pair
        if gap and (pack.conjunctions.fullmatch(gap) or text[a.outer_end : b.outer_start] == "-"):
            b.joined = a.slot in ("", b.slot)
            # (not a possessive pronoun's own form: "Hasina and her son left": "her" owns the son, Hasina is no
            # genitive)
            if a.slot == "" and not (b.ref is not None and b.ref.slot):
                a.slot = b.slot
                a.by = b.by
            if (text[a.outer_end : b.outer_start] == "-" and a.label == "GPE" and b.label in ("GPE", "LOC")
                    and pack.place_nouns is not None and pack.place_nouns.match(text, b.end)):
                # "ভারত-বাংলাদেশ সীমান্তে", "भारत-बांग्लादेश सीमा पर": the pair names a border, a place (where,
                # whatever its marker: "on the border" is no border struck)
                a.label = b.label = "LOC"
                if {a.slot, b.slot} & {"upon", "topic"}:
                    a.slot = b.slot = "locative"
