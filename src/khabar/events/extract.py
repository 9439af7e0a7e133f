"""Per-sentence event extraction: triggers from the lexicon, roles from case cues.

For each sentence: find triggers (``lang/<code>/triggers.yaml``); for each, take the
arguments of its clause window (:mod:`.args`), give unmarked ones a grammatical slot
by word order (SOV: first unmarked = subject; SVO: last unmarked before the trigger
= subject, unmarked after = object), map slots to roles through the ontology frame,
resolve pronouns/titles/groups (:mod:`.resolve`), fill free-text items (one GIFT per
item), attach time (``doc.times``), modality and the sentence's attribution chain.
Quotes are found in the same pass because events inside a quote are sourced to it.
"""
from __future__ import annotations

import bisect
import dataclasses
import hashlib
from dataclasses import dataclass, field

import regex

from ..entities.cues import cues_for
from ..entities.kb import surface_form
from ..entities.recognize import PEOPLE_OF_A_COUNTRY
from ..model import Document, Event, Quote, Role, Span, TimeExpr
from .args import (BREAK_PUNCT, Arg, DocForms, _at_end, _bare_words, _country_of, _dative_suffix, _discovered, _mark, _office_lead,
                   find_args, without_determiner)
from .lexicon import LangPack, Trigger, load_pack
from .coref import DISTINCT_FRAME, STATEMENT_TYPES, _distinct_frame, merge_repeats  # (statements: a country or its demonym qualifies a title)
from .modality import modality_of
from .ontology import EventType, load_ontology
from .quotes import (END_PUNCT, attribute, body_possessor, direct_quote_spans, principal_of, speaker_before, _arg_after,
                     _before_cased_body, _before_locative_noun, _cue_pattern, _cue_pattern_raw, _only_descriptors, _quote)
from .resolve import FITS, SYMMETRIC_ROLES, Antecedent, Resolver, adopt_kb_entity, body_title_categories, single_country_categories
from .resolve import capital_countries as _capital_countries
from .timing import Placed, incident_times, narrative_times, paragraph_of, sentence_times, trip_times
from ..text import rx

# "by": the doer written with a postposition (hi द्वारा, bn কর্তৃক): the agent of a passive verb or
# of an event noun, and of nothing else ("इजरायल द्वारा हमले की निंदा": Israel did not condemn)
# "order": on whose orders (hi "के आदेश पर", bn "নির্দেশে"): the doer of an event noun or a passive verb, never
# beside an agent of its own ("সেনাবাহিনী ... নির্দেশে হামলা চালায়": the army attacked)
SLOT_ORDER = ("agent", "by", "order", "subject", "dative", "addressee", "comitative", "against", "locative", "near", "upon", "ablative", "object", "benefactive", "genitive")
# a slot a type's frame does not name is read as this one: hi पर marks the accused ("भारत पर आरोप
# लगाया", ACCUSE has upon: target) and elsewhere a place ("हवाई अड्डे पर पहुंचे" = locative)
SLOT_FALLBACK = {"upon": "locative", "benefactive": "topic", "addressee": "locative"}
WEAK_SLOTS = {"object", "genitive"}  # fill a role only when nothing stronger did
MULTI_ROLES = {"participant", "party", "place"}
PLACE_ROLES = {"place"}
GROUP_ROLES = SYMMETRIC_ROLES  # roles that take several fillers; a possessive may add a member ("X और मेरी मुलाकात")
SUBJECT_SLOTS = ("agent", "subject")
# what may stand between a country and the title it modifies: a genitive ending or marker, nothing else
_MODIFIER_GAP = regex.compile(r"[\p{M}\p{L}]{0,3}?[)\]]?\s*(?:['’]s)?\s*(?:(?:की|के|का)\s+)?")
# capitalised title words between a demonym and a name ("Ukrainian President Volodymyr Zelenskiy")
_TITLE_GAP = regex.compile(r"\s+(?:(?-i:\p{Lu})[\w.-]*\s+){0,4}")
MODIFIER_LABELS = {"GPE", "NORP"}
# what is said, not done: no "move" a later "this move" or "the decision" refers to (roles.yaml
# condemned_deeds ANY)
# a second person and punishment after the first, the verb left out: ", and his wife Bushra Bibi | to seven years"
_GAPPED_CONJUNCT = regex.compile(r"(?:\s+(?:in\s+(?:prison|jail)|behind\s+bars))?\s*,?\s+and\s+(?:(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?)?")
_GAPPED_TO = regex.compile(r"\s+to\s")
# a sentence's stop (and the quote marks before it), or the end of the text
_SENTENCE_STOP = regex.compile(r"[\s\"”']*(?:[।.!?|]|$)")
# verbs whose object does what the infinitive after it says ("urged X to", "invited X to", "warned X to")
OBJECT_CONTROL_TYPES = frozenset({"APPEAL", "INVITE", "WARN"})
# verbs whose object is urged to do what the infinitive says, no place or guest of theirs after it (unlike "invited")
URGED_TYPES = frozenset({"APPEAL", "WARN"})
# the words of the one urged, then "to" and the infinitive: "urged people to come"
_URGED_TO = regex.compile(r"\s+(?:[^\s,;.\"“”]+\s+){1,4}?to\s+[^\s,;.]+")
# words naming the one invited, then an infinitive (and a few words), up to a name: "invited world leaders to visit |
# Beijing"
_CONTROLLED_TO = regex.compile(r"\s+(?:[^\s,;.]+\s+){1,4}?to\s+[^\s,;.]+(?:\s+[^\s,;.]+){0,3}?\s+")
# an object and "to" between two verbs: "phoned Dissanayake to congratulate"
_PURPOSE_TO = regex.compile(r"\s+(?:the\s+)?[^\s,;.]+(?:\s+[^\s,;.]+){0,4}?\s+to\s+")
# the one met or called, a title and a time, then "to": "called Ukrainian President Volodymyr Zelenskiy on Sunday to discuss"
_TALKS_PURPOSE_TO = regex.compile(r"\s+[^,;.\n]{1,100}?\s+to\s+")
# things given that are money lent or granted (roles.yaml ``money_items``) make the event AID, its roles renamed
MONEY_RETYPE = {"GIFT": {"giver": "supplier"}, "SUPPLY": {}}
# a warning or accusation about a deed (roles.yaml ``deed_topic_after``): the one who warns does not do it
DEED_TOPIC_GOVERNORS = frozenset({"WARN", "ACCUSE", "APPEAL", "CONCERN"})
TRIP_TYPES = ("VISIT", "ARRIVE", "PLAN_VISIT")  # a meeting after one in the same sentence is held at its place
CONTEXT_SENTENCES = 2  # a context-only trigger fires this many sentences after its type
# a type that sets the context of another: after "they exchanged gifts", "X gave Y a book" is a gift
CONTEXT_ALIASES = {"EXCHANGE": "GIFT"}


@dataclass
class Found:
    trigger: Trigger
    start: int
    end: int
    item_span: tuple[int, int] | None = None
    # a relative clause between the subject and the verb ("Putin, who arrived on Sunday, will hold
    # talks on Monday"): its times belong to its own verb
    skip: tuple[int, int] | None = None
    # the subject is a common noun a relative hangs on ("militants who attack"): none is inherited
    no_subject: bool = False


@dataclass
class Analysis:
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)


def event_id(doc_id: str, type_: str, start: int, end: int, k: int = 0) -> str:
    return hashlib.sha256(f"{doc_id}|{type_}|{start}|{end}|{k}".encode()).hexdigest()[:16]


def trigger_matches(text: str, start: int, end: int, pack: LangPack) -> list[Found]:
    """Every trigger match in ``text[start:end]``, overlapping and context-bound ones included."""
    # (one combined alternation of all triggers as a prefilter was slower than the separate
    # scans: measured on NTREX-128, hi 711 vs 459 ms, bn 366 vs 265, en 514 vs 397)
    found: list[Found] = []
    folded = text[start:end].casefold()
    for t in pack.triggers:
        if t.literals is not None and not any(map(folded.__contains__, t.literals)):
            continue  # none of the words every match holds: no match
        if t.requires is not None and t.requires.search(text, start, end) is None:
            continue
        found += _found(t, t.pattern.finditer(text, start, end))
    return found


_WORD_CHAR = regex.compile(r"\w")
_NON_SPACE = regex.compile(r"\S+")
_REASON_BREAK = regex.compile(r"[,;:।()]")  # punctuation that closes a reason phrase (quote marks do not)
# "by 300 ": a passive's doer phrase up to a position (no hyphened word: "by Russian-backed Syrian forces" is
# no doer phrase of the Syrians)
_BY_PHRASE_END = regex.compile(r"\bby\s+(?:[\w,.]+\s+){0,3}$")
_ADVERBS_AT_END = regex.compile(r"(?:\s+(?:also|again|then|later|earlier|already|too|\w+ly))+$")  # before an English verb
# the rest of a speech tag after its verb (a few words of when or where), a comma, a clause's coordinator, a verb next
_TAG_THEN_JOINT = regex.compile(r"(?:\s+[^,;:\"“”]{1,40}?)?\s*,\s*(\S+)\s+(?:(?:also|later|then|\w+ly)\s+)?")
_AND_AFTER_WORDS = regex.compile(r"[\s,]*and\s+(?:also\s+|then\s+|later\s+)?")  # "..., and urged": a verb joined after reported words
_LOWER_WORD = regex.compile(r"\s*\p{Ll}")  # a lower-case word next (a common noun after a possessive)
_LAST_WORDS = regex.compile(r"(?:[^\s,;:]+\s+){1,4}$")  # the words of a noun phrase right before a position
_SHORT_QUOTED = regex.compile(r"[\"“][^\"“”,;:]{1,60}[\"”]")  # a phrase of a few words in quote marks
_HYPHEN_WORD = regex.compile(r"-\p{Ll}")  # "Russian-occupied", "Iran-backed": a name inside a describing word


def trigger_matches_by_sentence(text: str, spans: list[tuple[int, int]], pack: LangPack) -> list[list[Found]]:
    """:func:`trigger_matches` of each sentence span (in text order), the same matches in the same
    order, with one scan of the whole run of sentences per trigger where that is safe.

    A trigger whose pattern looks ahead or anchors at an end (``sentence_bound``) is run on each
    sentence alone, since there the sentence's end is the end of the string. So is any sentence
    a whole-run match crosses into or out of, and a sentence followed by a word character (the
    pattern's closing ``(?!\w)`` would see it). One call per trigger instead of one per trigger
    and sentence (on NTREX-128 documents, scanning every pattern so took 25-35% less time)."""
    out: list[list[Found]] = [[] for _ in spans]
    if not spans:
        return out
    if any(spans[k][1] > spans[k + 1][0] for k in range(len(spans) - 1)):  # not in text order: one by one
        return [trigger_matches(text, a, b, pack) for a, b in spans]
    lo, hi = spans[0][0], spans[-1][1]
    starts = [a for a, _ in spans]
    alone = {k for k, (_, b) in enumerate(spans) if _WORD_CHAR.match(text, b)}

    def scan(t: Trigger, k: int) -> None:
        a, b = spans[k]
        if t.requires is not None and t.requires.search(text, a, b) is None:
            return
        out[k].extend(_found(t, t.pattern.finditer(text, a, b)))

    folded = text[lo:hi].casefold()
    for t in pack.triggers:
        if t.literals is not None and not any(map(folded.__contains__, t.literals)):
            continue  # none of the words every match holds anywhere in the run: no match in any sentence
        if t.requires is not None:
            # only the sentences a required word falls in (one scan of the run for the cheap
            # pattern, not one search per sentence); :func:`scan` checks each one as before
            todo: set[int] = set()
            for m in t.requires.finditer(text, lo, hi):
                first = bisect.bisect_right(starts, m.start()) - 1
                last = bisect.bisect_right(starts, max(m.start(), m.end() - 1)) - 1
                todo.update(range(max(first, 0), last + 1))
            for k in sorted(todo):
                scan(t, k)
            continue
        if t.sentence_bound:  # (scan inlined: this loop runs once per trigger and sentence)
            finditer, has_item = t.pattern.finditer, "item" in t.pattern.groupindex
            for k, (a, b) in enumerate(spans):
                for m in finditer(text, a, b):
                    out[k].append(Found(t, m.start(), m.end(), m.span("item") if has_item and m.group("item") else None))
            continue
        redo = set(alone)
        hits: list[tuple[int, regex.Match]] = []
        for m in t.pattern.finditer(text, lo, hi):
            k = bisect.bisect_right(starts, m.start()) - 1
            if k >= 0 and m.end() <= spans[k][1]:
                hits.append((k, m))
            else:  # across a sentence's end or between sentences
                last = bisect.bisect_right(starts, max(m.start(), m.end() - 1)) - 1
                redo.update(range(max(k, 0), last + 1))
        by_sentence: dict[int, list[regex.Match]] = {}
        for k, m in hits:
            if k not in redo:
                by_sentence.setdefault(k, []).append(m)
        for k in sorted(set(by_sentence) | redo):
            if k in redo:
                scan(t, k)
            else:
                out[k].extend(_found(t, by_sentence[k]))
    return out


def _found(t: Trigger, matches) -> list[Found]:
    has_item = "item" in t.pattern.groupindex
    return [Found(t, m.start(), m.end(), m.span("item") if has_item and m.group("item") else None) for m in matches]


def find_triggers(text: str, start: int, end: int, pack: LangPack, recent: set[str],
                  matches: list[Found] | None = None, name_starts: frozenset[int] | set[int] = frozenset()) -> list[Found]:
    """Non-overlapping trigger matches; longer and context-free matches win overlaps.

    ``matches`` are the sentence's :func:`trigger_matches` when the caller has them already."""
    if matches is None:
        matches = trigger_matches(text, start, end, pack)
    # (a context set earlier in the same sentence counts too: "X ने Y को कैमरा उपहार में दिया, जबकि Y ने उन्हें
    # बक्सा सौंपा")
    here = [(CONTEXT_ALIASES.get(m.trigger.type, m.trigger.type), m.end) for m in matches if not m.trigger.context]
    found = [f for f in matches if not f.trigger.context or f.trigger.context in recent
             or any(t == f.trigger.context and e <= f.start for t, e in here)]
    if pack.press_partners is not None:
        # (a meeting or talk with the press is a briefing: roles.yaml ``press_partners``)
        found = [f for f in found if f.trigger.type not in ("MEET", "TALKS")
                 or pack.press_partners.search(text, max(start, f.start - 60), f.start) is None]
    gen = pack.genitive_light_verbs
    if gen is not None:  # "उस यात्रा की आलोचना की": की before another trigger is "of"
        starts = {f.start for f in found}
        after = pack.noun_light_verb_after
        noun = pack.genitive_noun_after
        found = [f for f in found if not (gen.search(text[f.start:f.end]) and (any(
            s > f.end and not text[f.end:s].strip() for s in starts if s - f.end <= 3)
            or (after is not None and after.match(text, f.end))
            or (noun is not None and _genitive_of_noun(text, f.end, noun, name_starts))
            or (pack.light_verb_followers is not None and not pack.light_verb_followers.match(text, f.end, end)
                and not _name_next(text, f.end, name_starts))))]
    if pack.sanction_undone_after is not None:
        # "শুল্ক আরোপের সিদ্ধান্ত ... স্থগিত রাখার অনুরোধ": a sanction told as what is to be suspended is none imposed here
        found = [f for f in found if not (f.trigger.type == "SANCTION" and pack.sanction_undone_after.match(text, f.end, end))]
    found.sort(key=lambda f: (f.trigger.context is not None, -(f.end - f.start), f.start))
    kept: list[Found] = []
    for f in found:
        if all(f.end <= k.start or f.start >= k.end for k in kept):
            kept.append(f)
    return sorted(kept, key=lambda f: f.start)


def _planned_weekday(t, modality: str, text: str = "", trigger_start: int | None = None, announced: bool = False,
                     purpose: regex.Pattern | None = None, pledged: bool = False) -> str | None:
    """A weekday read against a past-tense verb ("বুধবার ... হরতালের ডাক দিয়েছে": the call was made)
    dates a planned event a week on: what is called for Wednesday happens on the coming one. Only a
    weekday right before the event's words (at most three words between) dates the event; one further
    back dates the announcing verb ("ट्रंप ने बुधवार को भारत से आयात ... पर टैरिफ लगाने की घोषणा की").
    ``pledged``: the trigger's own wording is a promise made then, which the weekday dates ("বৃহস্পতিবার ... সহায়তা
    ঘোষণা করে"; ontology.yaml ``planned_on_its_day`` names the types whose planned deed may be on that day)."""
    if pledged:
        return t.value
    if (announced and text and trigger_start is not None and trigger_start > t.end
            and len(text[t.end : trigger_start].split()) > 3):
        return t.value
    if (text and trigger_start is not None and purpose is not None
            and (w := rx.fullmatch(r"\s+(\S+)\s+", text[t.end : trigger_start])) is not None and purpose.fullmatch(w.group(1))):
        # "met Attaf in Abuja on Thursday to discuss the crisis" (roles.yaml ``trip_purpose``): the weekday dates the
        # meeting the purpose serves
        return t.value
    if (modality == "planned" and t.precision == "weekday" and t.value and t.anchor and len(t.value) == 10
            and t.value < t.anchor[:10] and "tense:past" in (t.by or "")):
        import datetime as dt

        return (dt.date.fromisoformat(t.value) + dt.timedelta(days=7)).isoformat()
    return t.value


def _name_next(text: str, pos: int, name_starts) -> bool:
    """A name begins at the next word after ``pos``."""
    m = rx.match(r"\s+", text[pos : pos + 4])
    return pos + (m.end() if m else 0) in name_starts


def _genitive_of_noun(text: str, pos: int, noun: regex.Pattern, name_starts) -> bool:
    """"की" + a noun + a postposition after a light verb reads as "of" ("निंदा की सेना ने") -- but not
    before a name and the agent marker: "हमले की निंदा की भारत ने" is India condemning (a headline's
    agent after the verb)."""
    m = noun.match(text, pos)
    if m is None:
        return False
    word = len(m.group()) - len(m.group().lstrip())
    return not (pos + word in name_starts and m.group().rstrip().endswith("ने"))


def _word_end(text: str, pos: int) -> int:
    """The end of the word ``pos`` is in (a case ending left outside a mention: ভারত|ের)."""
    m = _WORD_REST.match(text, pos)
    return m.end() if m else pos


_WORD_REST = regex.compile(r"[\p{L}\p{M}\p{N}]*")
_CASE_ENDING_AT = regex.compile(r"[\p{L}\p{M}]")  # a name's case ending written on it (শেখ হাসিনা|কে)
# (SVO) words opening a subordinate clause, which has a subject of its own
_SUBORDINATOR = regex.compile(r"(?i)as|while|when|whereas|although|because|since|until|unless")
# a genitive marker alone between two places: the first owns the second ("मणिपुर के जिरीबाम", "ঢাকার মিরপুর", "Manipur's Jiribam")
_PLACE_OWNER_GAP = regex.compile(r"(?:ের|এর|র|য়ের|['’]s)\s+|\s+(?:की|के|का)\s+")


# (quoted items too: "তথ্য ফাঁস, 'বিপজ্জনক মিথ্যা' এবং 'ষড়যন্ত্র তত্ত্বগুলি' অস্বীকার করেন")
_LIST_COMMA = regex.compile(r",\s*(?:[\p{L}\p{M}\p{N}'‘’\"“”-]+\s+){1,6}")
# one item of an enumeration up to the next comma: ", अर्जेंटीना," (one to three words)
_LIST_ITEM = regex.compile(r",\s*(?:[\p{L}\p{M}\p{N}'‘’\"“”-]+\s*){1,3}(?=,)")


def _breaks(text: str, start: int, end: int, pack: LangPack, names: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    if not pack.clause_breaks:
        return []
    return [m.span() for m in pack.clause_breaks.finditer(text, start, end) if not _list_comma(text, m, end, pack, start, names)]


class _NotNames:
    """A language's ``auxiliaries`` pattern that matches no word ending a name found in the text."""

    def __init__(self, aux: regex.Pattern, names: frozenset[str]):
        self.aux, self.names = aux, names

    def fullmatch(self, word: str):
        return None if word in self.names else self.aux.fullmatch(word)


def _frame_subject_roles(frame: dict) -> set[str]:
    """The roles a frame's subject slots fill (a label-sensitive slot, {GPE: place}, names each of its roles; a place
    is no subject)."""
    return {r for s in SUBJECT_SLOTS if s in frame
            for r in (frame[s].values() if isinstance(frame[s], dict) else [frame[s]])} - PLACE_ROLES


def _ends_in_verb(text: str, span: tuple[int, int], pack: LangPack) -> bool:
    """A phrase of two words or more in a verb-final language whose last word is an auxiliary or verb form
    (roles.yaml ``auxiliaries``): a clause, not a noun phrase."""
    words = text[span[0] : span[1]].split()
    return (pack.order == "SOV" and pack.auxiliaries is not None and len(words) >= 2
            and pack.auxiliaries.fullmatch(words[-1]) is not None)


def _list_comma(text: str, m: regex.Match, end: int, pack: LangPack, start: int = 0, names: frozenset[str] = frozenset()) -> bool:
    """A comma inside an enumeration ("ऊर्जा, व्यापार और रक्षा सहयोग पर चर्चा की") joins nouns, not
    clauses: up to four words after it (no verb among them) comes a conjunction word, and the word before it is no
    auxiliary or verb form of the language's ``auxiliaries`` (SOV only: "मोदी पहुंचे, पुतिन और शी
    मिले" keeps its break). ``names``: words that end names found in the text, never verb forms however they end
    ("ইউক্রেন, জার্মানি ও ফ্রান্সের নেতারা": Ukraine ends in -েন as verbs do)."""
    if m.group() != "," or pack.order != "SOV" or pack.conjunctions is None:
        return False
    aux = pack.auxiliaries
    if aux is not None and names:
        aux = _NotNames(aux, names)
    at = m.start()
    if pack.apposition_openers is not None and pack.apposition_openers.match(text, m.end() + len(text[m.end() : end]) - len(text[m.end() : end].lstrip())):
        return True  # "अल्पसंख्यकों, खासकर हिंदुओं पर हो रहे हमलों": "especially" narrows the noun before; one clause
    tail = pack.subject_tails.search(text, m.end(), min(end, m.end() + 80)) if pack.subject_tails is not None else None
    if tail is not None and len(text[m.end() : tail.start()].split()) <= 3 and not rx.search(r"[,;:।]", text[m.end() : tail.start()]):
        return True  # "বিএনপি, জামায়াতে ইসলামীসহ ২৪টি রাজনৈতিক দল": names among a counted group
    for _ in range(8):  # "A, B, C और D": the items before the last comma are short too
        run = _LIST_COMMA.match(text, at, end)
        if run is not None:
            words = run.group()[1:].split()
            after = rx.match(r"\s*([\p{L}\p{M}]+)", text[run.end() : end])
            nxt = [w for w in words[1:]] + ([after.group(1)] if after else [])
            # (the last item may run to a few words: ", असम की काली चाय और कश्मीरी केसर", but no verb)
            # (or to an office and a name: ", फ्रांस के राष्ट्रपति इमैनुएल मैक्रों और ...", six words, none a verb form)
            k = next((j for j, w in enumerate(nxt[:6]) if pack.conjunctions.fullmatch(w)), None)
            if k is not None and not (k > 0 and aux is not None and aux.fullmatch(words[k])) and not (
                    k > 3 and aux is not None and any(aux.fullmatch(w) for w in nxt[:k])):
                break  # (a verb right before the conjunction ends a clause: ", यूक्रेन ने हमला किया और")
        item = _LIST_ITEM.match(text, at, end)
        if item is None:
            return False
        at = item.end()
    else:
        return False
    before = rx.search(r"([\p{L}\p{M}]+)\s*$", text[max(0, m.start() - 40) : m.start()])
    if before is None or (aux is not None and aux.fullmatch(before.group(1))):
        return False
    # "उत्तर कोरिया ने ... मिसाइल, जापान और दक्षिण कोरिया ने की निंदा": an agent on both sides of the
    # comma (the list after it is the next clause's subject): two clauses
    agent = _agent_after(pack)
    if agent is not None:
        stop = rx.search(r"[,;:।]", text[m.end() : end])
        right = text[m.end() : m.end() + stop.start() if stop else end]
        if agent.search(right) and agent.search(text, start, m.start()):
            return False
    return True


def _agent_marked_before(text: str, pos: int, pack: LangPack) -> bool:
    """A word with the agent marker (hi ने) stands before ``pos`` in the same clause."""
    agent = _agent_after(pack)
    if agent is None:
        return False
    lo = max(0, pos - 80)
    if pack.clause_breaks is not None:
        for m in pack.clause_breaks.finditer(text, lo, pos):
            lo = m.end()
    # (nor the speaker's, before a speech verb whose words follow it: "विदेश विभाग ने कहा है अमरीका ईरान के साथ ...")
    verbs = _cue_pattern(pack, "speech_verbs")
    for m in verbs.finditer(text, lo, pos) if verbs is not None else ():
        lo = m.end()
    return rx.search(r"[^\s,।]\s+(?:" + agent.pattern + ")", text[lo:pos]) is not None


def _adjunct_end(pack: LangPack) -> regex.Pattern:
    """A few words, then a word closing an adjunct (roles.yaml ``adjunct_phrase_ends``)."""
    return _per_lang(pack, "adjunct_end", lambda p: regex.compile(
        rf"(?:\s*[^\s,;:।.!?\"“”]+){{0,3}}?\s+(?:{p.adjunct_phrase_ends.pattern})(?!\w)", p.adjunct_phrase_ends.flags))


def _adverbial_phrase_pattern(p: LangPack) -> regex.Pattern | None:
    """A few words, then "after"/"before" (``time_bounds.after_phrase``): "युद्ध शुरू होने के बाद"; or a
    verbal noun of the reason (``reason_phrase_ends``): "ताइवान को हथियार बेचने पर" (for selling arms to Taiwan)."""
    ends = [x.pattern for x in (p.time_bounds_after_phrase, p.reason_phrase_ends) if x is not None]
    if not ends:
        return None
    # (five words: "शेख हसीना को मौत की सजा सुनाए जाने के एक दिन बाद")
    return regex.compile(rf"(?:\s*[^\s,;:।.!?\"“”]+){{0,5}}?\s+(?:{'|'.join(f'(?:{e})' for e in ends)})(?!\w)",
                         (p.time_bounds_after_phrase or p.reason_phrase_ends).flags)


def _reason_noun_pattern(p: LangPack) -> regex.Pattern:
    """A few words, then a noun closing a reason (roles.yaml ``reason_noun_ends``): "मिसाइलों की आपूर्ति को लेकर"."""
    return regex.compile(rf"(?:\s*[^\s,;:।.!?\"“”]+){{0,4}}?\s+(?:{p.reason_noun_ends.pattern})(?!\w)", p.reason_noun_ends.flags)


def _agent_after(pack: LangPack) -> regex.Pattern | None:
    """The agent case marker as a word (hi ने), if the language writes one."""
    def build(pack):
        # (the marker patterns open with \s*: here the marker must be a word of its own, not "अपने")
        alts = [mk.after.pattern.removeprefix(r"\s*") for mk in pack.markers if mk.slot == "agent" and mk.after is not None]
        return regex.compile(r"(?<!\w)(?:" + "|".join(f"(?:{a})" for a in alts) + ")", regex.V1) if alts else None
    return _per_lang(pack, "agent_after", build)


# en a participle after a comma, its doer after "by": a reduced clause ("the summit, hosted by Anwar")
_COMMA_END = regex.compile(r",\s*$")
_PARTICIPLE_BY = regex.compile(r"[a-z]+ed\s+by\b")  # "hosted by", "greeted by"
# "... and was received by": a passive verb coordinated with the one before shares its subject
_COORDINATED_PASSIVE = regex.compile(r"\band\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:(?:\w+ly|later|then|also|soon)\s+)?$")
DATIVE_ITEM_WORDS = 6  # most words of a dative item ("প্রায় দুই হাজার ফিলিস্তিনি বন্দীকে") before its verb
_OWNER_AFTER = regex.compile(r"\s+of\s+(?:the\s+)?")  # en: "the leader of the Pakistani Taliban"
CONTENT_AFTER_TYPES = frozenset({"WARN", "APPEAL"})  # what they say follows them: its conditions are not theirs
DENIED_CHARGE_REACH = 6  # sentences back a denial may answer an accusation of the denier itself


def _window(f: Found, prev_end: int, next_start: int, breaks, sent: tuple[int, int], pack: LangPack,
            text: str = "") -> tuple[int, int]:
    """The clause a trigger's arguments are looked for in."""
    ws = max([sent[0], prev_end] + [e for s, e in breaks if e <= f.start])
    if pack.order == "SOV":
        we = f.end
        if pack.coordinated_clause is not None and text:
            # "उम्मीद जताई कि संबंध मजबूत होंगे और | पुतिन को न्योता दिया": a finite verb and "and" close
            # the clause before; the verb-final trigger's arguments stand after them
            ws = max([ws] + [m.end() for m in pack.coordinated_clause.finditer(text, ws, f.start)])
    else:
        we = min([sent[1], next_start] + [s for s, e in breaks if s >= f.end])
        if pack.coordinated_clause is not None and text and prev_end > sent[0] and any(
                m.start() < f.start <= m.end() for m in pack.coordinated_clause.finditer(text, ws, f.end)):
            # "Lee presented Trump with a crown ... and awarded him ...": the names between the verb before and
            # "and" are that verb's; the coordinated verb's subject is the clause's, before them
            ws = max(ws, f.start)
    return ws, we


# slots whose marker ends a noun phrase that is no event noun's own complement: a genitive before
# one belongs to that phrase ("X के जल बंटवारे पर चर्चा"); a comitative or "against" may sit
# between an event noun and its possessor ("मोदी की पुतिन के साथ बैठक")
CLOSING_SLOTS = ("agent", "dative", "locative", "near", "upon")


_PER_LANG: dict[tuple[str, str], object] = {}  # patterns derived from a language pack, built once


def _per_lang(pack: LangPack, name: str, build):
    key = (name, pack.lang)
    if key not in _PER_LANG:
        _PER_LANG[key] = build(pack)
    return _PER_LANG[key]


def _without_trailing_auxiliaries(pack: LangPack, words: str) -> str:
    """``words`` less the auxiliaries and adverbs closing them ("forces had", "ministry has also")."""
    tail = _per_lang(pack, "auxiliaries_at_end", lambda p: regex.compile(
        rf"(?:\s+(?:{p.auxiliaries.pattern}))+$", p.auxiliaries.flags) if p.auxiliaries is not None else None)
    words = _ADVERBS_AT_END.sub("", words)
    return _ADVERBS_AT_END.sub("", tail.sub("", words)) if tail is not None else words


def _agent_marker(pack: LangPack) -> regex.Pattern | None:
    """The separate-word agent marker of a language (hi ने), if it has one."""
    return _per_lang(pack, "agent", lambda p: next(
        (mk.after for mk in p.markers if mk.slot == "agent" and mk.after is not None), None))


def _genitive_after(pack: LangPack) -> regex.Pattern | None:
    """The genitive markers written after a name (en 's, hi का/की/के), as one pattern."""
    def build(p):
        alts = [mk.after.pattern for mk in p.markers if mk.slot == "genitive" and mk.after is not None and mk.suffix is None]
        return regex.compile("|".join(f"(?:{a})" for a in alts), regex.IGNORECASE) if alts else None
    return _per_lang(pack, "genitive", build)


def _time_bound_patterns(pack: LangPack) -> tuple[regex.Pattern | None, regex.Pattern | None]:
    """``time_bounds`` of roles.yaml as patterns: the word right before a time, the word right after it."""
    def build(p):
        b, a, ph = p.time_bounds_before, p.time_bounds_after, p.time_bounds_after_phrase
        after = [rf"\s+(?:{a.pattern})(?!\w)"] if a is not None else []
        if ph is not None:  # a few words of a noun phrase, then the bound word
            # ("2021 में तालिबान के सत्ता में आने के बाद": six words)
            after.append(rf"(?:\s+[^\s,;:।.!?\"“”]+){{1,6}}?\s+(?:{ph.pattern})(?!\w)")
        return (regex.compile(rf"(?<!\w)(?:{b.pattern})\s+$", b.flags) if b is not None else None,
                regex.compile("|".join(after), (a or ph).flags) if after else None)
    return _per_lang(pack, "time_bounds", build)


def _body_before(pack: LangPack) -> regex.Pattern:
    """A ``possessor_bodies`` word and the preposition that names its owner, ending at a position
    ("the leaders of ", "a spokesperson for the ")."""
    return _per_lang(pack, "body_before", lambda p: regex.compile(
        r"(?<!\w)(?:" + p.possessor_bodies.pattern + r")\s+$", p.possessor_bodies.flags))


def _conjuncts_before(args: list[Arg], last: Arg) -> list[Arg]:
    """``last`` and the arguments joined to it by conjunctions before it ("X और Y के" -> X, Y)."""
    k = next(i for i, a in enumerate(args) if a is last)
    out = [last]
    while k > 0 and args[k].joined and args[k - 1].slot == last.slot:
        k -= 1
        out.append(args[k])
    return out


def _body_at(pack: LangPack) -> regex.Pattern:
    """A ``possessor_bodies`` word right at a position (spaces before it allowed)."""
    # (a determiner may stand between: "হামাসের একটি প্রতিনিধিদল", "a Hamas delegation")
    # (so may its size, a number and a word: "ভারতের ১১ সদস্যের একটি কারিগরি দল")
    return _per_lang(pack, "body_at", lambda p: regex.compile(
        r"\s*(?:\p{Nd}+\s+[^\s,;:।.!?\"“”'‘’()]+\s+)?(?:(?:" + (p.determiners.pattern if p.determiners is not None else "(?!)") + r")\s+)?"
        # (and one word describing the body: "যুক্তরাষ্ট্রের একটি উচ্চপর্যায়ের প্রতিনিধিদল")
        + r"(?:[^\s,;:।.!?\"“”'‘’()]+\s+)?(?:" + p.possessor_bodies.pattern + r")(?!\w)", p.possessor_bodies.flags))


def _body_word_before(pack: LangPack) -> regex.Pattern:
    """A ``possessor_bodies`` word (its case ending, a short marker word after it) ending a text: "सेना ", "পুলিশের"."""
    return _per_lang(pack, "body_word_before", lambda p: regex.compile(
        rf"(?:{p.possessor_bodies.pattern})[\p{{L}}\p{{M}}]{{0,3}}(?:\s+[\p{{L}}\p{{M}}]{{1,3}})?\s*$", p.possessor_bodies.flags))


def _closed_phrase(pack: LangPack) -> regex.Pattern | None:
    """A noun or two, then a word closing an adjunct (quotes.yaml ``phrase_closers``: জন্য, के लिए)."""
    closers = _cue_pattern(pack, "phrase_closers")
    if closers is None:
        return None
    # (a second noun joined by a conjunction shares the closer: "বাংলাদেশের আসন্ন নির্বাচন ও সংস্কার কার্যক্রম নিয়ে")
    conj = (rf"(?:\s+(?:{pack.conjunctions.pattern})(?:\s+[^\s,;:।.!?\"“”]+){{1,2}}?)?" if pack.conjunctions is not None else "")
    return _per_lang(pack, "closed_phrase", lambda p: regex.compile(
        rf"((?:\s*[^\s,;:।.!?\"“”]+){{1,2}}?{conj})\s+(?:{closers.pattern})", closers.flags))


def _subject_role(frame: dict, slot: str = "subject") -> str | None:
    """The role a frame gives a slot (for a label-sensitive slot, a person's role, else the default)."""
    role = frame.get(slot)
    return role.get("PER", role.get("default")) if isinstance(role, dict) else role


def _closing_marker_at(pack: LangPack, text: str, lo: int, hi: int) -> int | None:
    """Where the first separate-word case marker of a CLOSING_SLOTS slot in ``text[lo:hi]`` starts
    (SOV languages whose markers are words, hi पर/में/को/ने; attached case endings are not looked at)."""
    if pack.order != "SOV":
        return None
    def build(p):
        alts = [m.after.pattern for m in p.markers if m.slot in CLOSING_SLOTS and m.after is not None and m.suffix is None]
        return regex.compile(r"(?<!\S)(?:" + "|".join(alts) + r")(?!\S)") if alts else None
    pat = _per_lang(pack, "closing", build)
    m = pat.search(text, lo, hi) if pat is not None else None
    return m.start() if m else None


def _genitive_is_object(f: Found) -> bool:
    """Whether the trigger's frame reads a possessor as it reads the object (or has no reading of its
    own for it): "criticised Trump's remarks" is about Trump; "awarded Russia's highest honour" is
    Russia's gift, not Russia's award."""
    frame = load_ontology()[f.trigger.type].frame(f.trigger.frame)
    genitive, obj = frame.get("genitive"), frame.get("object")
    # (a frame reading only the possessor, "opposes Ukraine's bid": the possessor keeps that reading)
    return genitive is None or genitive == obj


def _closers_but_benefactive(pack: LangPack) -> regex.Pattern | None:
    """quotes.yaml ``phrase_closers`` less the benefactive markers ("के लिए"), memoised per pack."""
    key = "phrase_closers_but_benefactive"
    if key not in pack.cue_patterns:
        closers = _cue_pattern(pack, "phrase_closers")
        bene = [mk.after.pattern for mk in pack.markers if mk.slot == "benefactive" and mk.after is not None]
        pack.cue_patterns[key] = (regex.compile(r"(?!(?:" + "|".join(bene) + r"))(?:" + closers.pattern + ")", closers.flags)
                                  if bene and closers is not None else closers)
    return pack.cue_patterns[key]


_AND_BEFORE = regex.compile(r"(?<!\w)(?:and|but|और|एवं|तथा|এবং|ও)\s+(?:\w+ly\s+)?$", regex.IGNORECASE)


def _assign_slots(args: list[Arg], f: Found, pack: LangPack, passive: bool, text: str = "") -> list[tuple[Arg, str]]:
    if pack.order == "SOV" and text and pack.comitative_owners is not None:
        # "रूस के साथ युद्ध को समाप्त करने के प्रयासों पर चर्चा की": the one "with" whom a war is fought is that
        # noun's, not a party of the verb's (unless the noun is the trigger itself: "रूस के साथ संघर्ष")
        args = [a for a in args if not (
            a.slot == "comitative" and a.outer_end < f.start
            and (m := pack.comitative_owners.match(text, a.outer_end)) is not None and m.end() <= f.start)]
    if pack.order == "SOV" and text:
        # (a country too, before a stance's verb: "পাকিস্তান যুদ্ধবিরতিতে রাজি হয়েছে", Pakistan agreed to a ceasefire)
        stance = f.trigger.type in ("AGREE", "DENY", "SUPPORT", "ACCUSE", "APPEAL", "WARN", "THANK", "CONCERN")
        def before_locative(a: Arg) -> bool:  # the noun after it is in the locative ("যুদ্ধবিরতিতে"), no genitive
            nxt = rx.match(r"\s+([^\s,।]+)", text[a.end : f.start])
            return nxt is not None and any(_at_end(mk.suffix).search(nxt.group(1)) for mk in pack.markers
                                           if mk.slot == "locative" and mk.suffix is not None and mk.after is None)

        compounds = [a for a in args if a.slot == "compound" and a.ref is None and a.end <= f.start
                     and (a.label == "ORG" or (a.label == "GPE" and stance and before_locative(a)))]
        if (not passive and len(compounds) == 1 and compounds[0] is min(args, key=lambda x: x.start)
                and not any(a is not compounds[0] and (a.entity_ids or a.ref is not None) for a in args)):
            # "হামাস যুদ্ধবিরতির নতুন প্রস্তাব প্রত্যাখ্যান করেছে": a body's name opening the clause before a genitive
            # noun, no other name in the clause and an active verb, is the clause's subject, not the noun's kind (a
            # place is: "ইউক্রেন যুদ্ধের অবসানে আলোচনা", the Ukraine war; "জি-২০ শীর্ষ সম্মেলনের ফাঁকে ... বৈঠক" names two)
            args = [dataclasses.replace(a, slot="") if a is compounds[0] else a for a in args]
    before = [a for a in args if a.start < f.start or (pack.order == "SOV" and a.start < f.end)]
    if pack.order == "SVO" and text:
        # "During his visit to Japan, Modi gave Ishiba a bowl": one a preposition marks in an opening phrase set off
        # by a comma before the bare subject is that phrase's (where the visit went), not the verb's (a place stays:
        # "In Tokyo on Saturday, Modi gave ...")
        subj = next((a for a in reversed(before) if a.slot == "" and a.end <= f.start), None)
        if subj is not None:
            before = [a for a in before if not (
                a.end <= subj.start and a.slot in ("dative", "comitative", "against", "upon", "ablative", "object")
                and rx.search(r",\s*(?:(?:the|a|an)\s+)?(?:(?-i:\p{Lu})[\w.'’-]*\s+){0,4}$", text[a.end : subj.outer_start or subj.start])
                and not rx.search(r"[.;:!?]", text[a.end : subj.start]))]
    after = [a for a in args if a.start >= f.end] if pack.order != "SOV" else []
    if after and text and pack.order == "SVO" and f.trigger.type in URGED_TYPES:
        inf = _URGED_TO.match(text, f.end)
        if inf is not None:
            # "urged people to come to the assembly", "warned Iran not to attack Israel": the one urged stands before
            # "to"; names after the infinitive are its own
            after = [a for a in after if a.start < inf.end()]
    if pack.order == "SVO" and text:
        # "discussed trade and Taiwan": a name "and" joins after the verb to words that are no name is in the
        # object with them, not one more party ("met Xi and Putin" joins two names: both are met)
        ends = {a.outer_end for a in args}
        for k, a in enumerate(after):
            if (a.slot == "comitative" and a.ref is None and rx.fullmatch(r"and\s+(?:the\s+)?", text[a.outer_start : a.start])
                    and not any(text[e : a.outer_start].strip(" ,") == "" for e in ends if e <= a.outer_start)
                    and rx.search(r"\w", text[f.end : a.outer_start])):
                after[k] = dataclasses.replace(a, slot="object", outer_start=a.start)
            elif (a.slot == "comitative" and a.ref is None and k and after[k - 1].slot == "genitive" and after[k - 1].ref is None
                  and rx.fullmatch(r"\s*and\s+", text[after[k - 1].outer_end : a.start])):
                # "the killing of Hassan Nasrallah and Ismail Haniyeh": "and" joins a second name to the one after "of"
                after[k] = dataclasses.replace(a, slot="genitive", joined=True, outer_start=a.start)
        args = [next((b for b in after if b.start == a.start), a) for a in args]
    if pack.order == "SVO" and text and pack.conjunctions is not None:
        # "Egypt and Qatar urged ...": the name "and" joins to the subject is a subject too (the
        # "and" marker reads it as comitative, right for "X and Y met", lost for any other verb)
        for k in range(1, len(before)):
            b = before[k]
            # (a demonym or country among the last one's office words is no conjunct: "Putin and U.S. President Trump")
            a = next((x for x in reversed(before[:k]) if not (x.slot == "modifier" and x.start >= b.outer_start)), before[k - 1])
            if (b.slot == "comitative" and a.slot == "" and a.ref is None and b.ref is None
                    and (pack.conjunctions.fullmatch(text[a.outer_end : b.start].strip())
                         # (the office words of the last: "... and Turkish President Recep Tayyip Erdogan signed")
                         or (not text[a.outer_end : b.outer_start].strip() and b.outer_start < b.start
                             and pack.conjunctions.fullmatch(text[b.outer_start : b.start].split()[0])))
                    and not rx.search(r"\b(?:with|between)\b", text[a.outer_end : b.start])
                    and k == len(before) - 1 and (len(text[b.outer_end : f.start].split()) <= 3 or (
                        # ("Japan and Australia also expressed concern and urged": the pair opening the sentence, a
                        # verb that is no event and "and" between, no comma)
                        k == 1 and len(text[b.outer_end : f.start].split()) <= 8
                        and not rx.search(r"[,;:\"“”]", text[b.outer_end : f.start])
                        # (an article may open it: "The United States and Britain issued a statement urging calm")
                        and rx.fullmatch(r"\s*(?:(?-i:The)\s+)?", text[max(0, text.rfind("\n", 0, a.outer_start) + 1) : a.outer_start].split(". ")[-1])))):
                before[k] = dataclasses.replace(b, slot="", joined=True, outer_start=b.start)
        for k, b in enumerate(before):
            # "..., and Putin thanked North Korean soldiers": after a comma, "and" opens a clause
            # whose subject it precedes; it joins no name to another
            # (office words may stand between: "..., and Prime Minister Sanae Takaichi condemned", "and Secretary of State")
            if (b.slot == "comitative" and b.ref is None
                    and rx.fullmatch(r"and\s+(?:the\s+)?(?:(?:of\s+)?(?-i:\p{Lu})[\w'’.-]*\s+){0,4}", text[b.outer_start : b.start])
                    and text[: b.outer_start].rstrip().endswith(",") and b.end <= f.start
                    and not any(x.slot == "" and b.end <= x.start < f.start for x in before)
                    # (not the last of a list: "Russia, China, and Iran condemned")
                    and not (k >= 2 and text[before[k - 1].outer_end : b.outer_start].strip() == ","
                             and text[before[k - 2].outer_end : before[k - 1].outer_start].strip() == ",")):
                before[k] = dataclasses.replace(b, slot="", outer_start=b.start)
        if before:
            # "Putin arrived in Pyongyang and Kim Jong Un greeted him": a name after "and", right before
            # the verb, opens a clause of its own when it joins no subject before it
            b = before[-1]
            prev = before[-2] if len(before) > 1 else None
            # (also "and the two leaders agreed", "and they agreed", "and the Russian leader accepted":
            # a group, a pronoun or an office)
            if (b.slot == "comitative" and (b.ref is None or b.ref.kind in ("group", "pronoun", "title")) and b.end <= f.start
                    and rx.fullmatch(r"and\s+(?:the\s+)?", text[b.outer_start : b.start])
                    and len(text[b.outer_end : f.start].split()) <= 1
                    # (not "met Xi and Putin and urged them": "and" right before the verb joins it to the one before)
                    and not rx.fullmatch(r"\s*and\s+", text[b.outer_end : f.start])
                    and (prev is None or prev.slot != "" or prev.ref is not None or b.ref is not None)
                    and not rx.search(r"\b(?:with|between)\b", text[max(0, b.outer_start - 60) : b.outer_start])):
                # (what stands before it, "... to Paris and", is the clause before)
                before = [dataclasses.replace(b, slot="", outer_start=b.start)]
        for k in range(1, len(before)):
            a, b = before[k - 1], before[k]
            if b.slot == "locative" and a.slot == "" and not text[a.outer_end : b.outer_start].strip():
                # "The Houthis in Yemen fired ...": a place right after the subject says where it is
                before[k] = dataclasses.replace(b, slot="modifier")
    out: list[tuple[Arg, str]] = []
    if pack.order == "SOV" and text and pack.adjunct_phrase_ends is not None:
        # "সুপ্রিম কোর্ট নমিনি ... কাভানফকে নিয়ে টানাপোড়েনের মাঝে, ...": a bare name opening an adjunct the comma
        # closes ("amid the tension over the Supreme Court nominee") takes no part in what follows
        closed = _per_lang(pack, "adjunct_comma", lambda p: regex.compile(
            rf"(?:\s*[^\s,;:।.!?\"“”]+){{0,8}}?\s+(?:{p.adjunct_phrase_ends.pattern})(?!\w)\s*,", p.adjunct_phrase_ends.flags))
        before = [a for a in before if not (a.slot == "" and a.end <= f.start and closed.match(text, a.outer_end, f.start))]
        # "জাতিসংঘ সাধারণ পরিষদের অধিবেশনের ফাঁকেও দুই নেতার মধ্যে বৈঠক": a name in the genitive inside such an
        # adjunct ("on the sidelines of the UN General Assembly's session") owns the adjunct's noun, not the event
        before = [a for a in before if not (a.slot == "genitive" and a.ref is None and a.end <= f.start
                                            and _adjunct_end(pack).match(text, a.outer_end, f.start))]
    # SOV: an unmarked argument inside a split trigger ("मुलाकात मॉस्को में होगी") is no subject
    unmarked_before = [a for a in before if a.slot == "" and a.start < f.start]
    # SOV: names after the trigger are in the window only in a verbless headline ("ভারত সফরে
    # মাখোঁ"): the name after is the subject, and the bare names before are objects
    tail = [a for a in args if a.start >= f.end and a.slot == ""] if pack.order == "SOV" else []
    if pack.order == "SOV" and not tail and text and pack.possessor_bodies is not None:
        # "ইমরান খানকে গ্রেপ্তার করেছে পাকিস্তানের পুলিশ": a body after the verb, its owner named in the
        # genitive, ends the sentence: the owner acts (as "রাশিয়ার সেনাবাহিনী" does before a verb)
        for a in args:
            m = _body_at(pack).match(text, a.outer_end) if a.start >= f.end and a.slot == "genitive" else None
            # (its short form in brackets may close it: "ঢাকা মহানগর পুলিশের গোয়েন্দা শাখা (ডিবি)")
            short = rx.match(r"\s*\([^()]{1,20}\)", text[m.end() : m.end() + 24]) if m is not None else None
            # (the sentence's stop, whatever follows it: the next sentence of the article)
            if m is not None and _SENTENCE_STOP.match(text, m.end() + (short.end() if short else 0)):
                tail = [dataclasses.replace(a, slot="")]
                args = [tail[0] if b is a else b for b in args]
                break
    subj = None
    if unmarked_before and not tail and not any(a.slot == "agent" for a in before):
        subj = unmarked_before[0] if pack.order == "SOV" else unmarked_before[-1]
        if pack.order == "SOV" and len(unmarked_before) > 1 and subj.label in ("GPE", "LOC") and text:
            # "ইউক্রেন যুদ্ধ বন্ধের বিষয়ে তিনি ... কথা বলবেন": a country written onto a noun (the
            # Ukraine war) is no subject when a person or a pronoun stands bare later
            nxt = rx.match(r"\s*(\w+)", text[subj.outer_end : subj.outer_end + 40])
            # (or a group of people: "ইউক্রেন যুদ্ধ অবসানে দুই নেতা ... বৈঠক করবেন", the two leaders meet)
            later = [a for a in unmarked_before[1:] if a.label == "PER" or (a.ref is not None and a.ref.kind == "pronoun")
                     or (a.ref is not None and a.ref.kind == "group" and a.ref.label == "PER")]
            if nxt and later and not any(a.start == subj.outer_end + nxt.start(1) for a in unmarked_before):
                subj = later[0]
    if (subj is not None and pack.order == "SVO" and text and len(unmarked_before) > 1 and not subj.joined
            and rx.fullmatch(r"\s*,?\s*and\s+(?:then\s+|also\s+|later\s+)?", text[subj.outer_end : f.start])):
        # "Modi called Ishiba and congratulated him": the name before "and" is the object of a verb
        # before it; the clause's subject, named before that verb, does both
        prev = unmarked_before[unmarked_before.index(subj) - 1]
        gap = text[prev.outer_end : subj.start]
        if not prev.joined and rx.search(r"\w", gap) and not rx.search(r"[,;:.!?]", gap) and not _only_descriptors(
                text, prev.outer_end, subj.start, pack):
            unmarked_before = [a for a in unmarked_before if a is not subj]
            before = [a for a in before if a is not subj]
            subj = prev
    if subj is not None and pack.order == "SOV" and text and pack.adjunct_phrase_ends is not None and len(unmarked_before) > 1:
        # "জি-২০ শীর্ষ সম্মেলনের ফাঁকে মোদী ... বৈঠক করেন": a name opening an adjunct ("on the sidelines
        # of the G20 summit") is no subject; the bare name after the adjunct is
        k = unmarked_before.index(subj)
        nxt = unmarked_before[k + 1] if k + 1 < len(unmarked_before) else None
        end = _adjunct_end(pack).match(text, subj.outer_end, nxt.start) if nxt is not None else None
        if end is not None and not text[end.end() : nxt.start].strip(" ,"):
            subj = nxt
    if subj is not None and pack.order == "SOV" and text and _agent_marked_before(text, subj.start, pack):
        # "कुछ वकीलों ने ... सीबीआई जाँच करवाने की अपील की": the clause's agent is a noun marked with
        # ने that names no entity; the bare name after it is no subject
        subj = None
    # "মোদী ও পুতিন বৈঠক করেছেন": names joined to the subject by a conjunction are subjects too
    subjects = [subj] if subj is not None else []
    if subj is not None and pack.order == "SOV":
        for a in unmarked_before[unmarked_before.index(subj) + 1:]:
            if not a.joined:
                break
            subjects.append(a)
    elif subj is not None:  # SVO: the subject is the last name; conjuncts stand before it
        k = unmarked_before.index(subj)
        while k > 0 and unmarked_before[k].joined:
            k -= 1
            subjects.append(unmarked_before[k])
        if (len(subjects) == 1 and k > 0 and text and not text[subj.outer_end : f.start].strip()
                and text[unmarked_before[k - 1].outer_end : subj.start] == ", "
                and not unmarked_before[k - 1].ref and not subj.ref):
            # a headline's pair joined by a comma right before its verb: "... as U.S., South Korea begin drills"
            k -= 1
            subjects.append(unmarked_before[k])
        if len(subjects) > 1 and text:
            # "Trump, Sisi, Qatar's Emir Tamim and Turkish President Erdogan signed": names before the
            # last two, each after a comma (and only capitalised office words), are the list's too
            while k > 0 and rx.fullmatch(r"\s*,\s*(?:\p{Lu}[\w'’.-]*\s+){0,4}",
                                             text[unmarked_before[k - 1].outer_end : unmarked_before[k].start]):
                k -= 1
                subjects.append(unmarked_before[k])
    for a in before:
        if a.slot:
            out.append((a, a.slot))
        elif any(a is x for x in subjects):
            out.append((a, "object" if passive else "subject"))
        elif pack.order == "SOV":
            out.append((a, "object"))
    if pack.order == "SOV" and subj is None and not any(a.slot == "agent" for a in before):
        if tail:
            out.append((tail[0], "object" if passive else "subject"))
            prev_tail = tail[0]
            for a in tail[1:]:  # "সহায়তা পাঠাল ভারত ও চীন": conjuncts of the subject after the verb
                # (or a comma list: "সই করেছে বিএনপি, জামায়াতে ইসলামীসহ ২৪টি রাজনৈতিক দল")
                if not a.joined and not (text and text[prev_tail.outer_end : a.start].strip() == ","):
                    break
                out.append((a, "object" if passive else "subject"))
                prev_tail = a
    if pack.order == "SOV":  # marked names after the trigger: only in a verbless headline ("... হুঁশিয়ারি ইরানের")
        out += [(a, a.slot) for a in args if a.start >= f.end and a.slot and a.slot != "modifier"]
    first_object = next((a for a in after if a.slot == ""), None)
    if (first_object is not None and text and pack.order == "SVO" and f.trigger.type in OBJECT_CONTROL_TYPES - URGED_TYPES
            and _CONTROLLED_TO.fullmatch(text, f.end, first_object.start)):
        # "invited world leaders to visit | Beijing": the one invited is named in words before "to"; a name after the
        # infinitive is its object, not the trigger's (urging verbs lost those names above)
        first_object = None
    if (first_object is None and after and after[0].slot == "genitive" and not text[f.end : after[0].start].strip(" ").count(" ") > 1
            and not _PREP_BEFORE.search(text, f.end, after[0].start)  # (not "detained at his home")
            and not (after[0].ref is not None and after[0].ref.kind == "pronoun" and _REASON_BEFORE.search(text, f.end, after[0].start))
            # (nor where the type gives the possessor a role of its own: "awarded Russia's highest honour")
            and _genitive_is_object(f)):
        # "criticised Trump's remarks", "praised India's efforts": the possessor of the object noun
        # is whom it is about (not "met Putin's aide": a bare object follows the possessive there)
        after = [dataclasses.replace(after[0], slot="")] + after[1:]
        first_object = after[0]
    objects = [first_object]
    # "thanked Egypt, Qatar, and Turkey": bare names after commas belong to a list that "and" closes
    listed = set()
    if first_object is not None and pack.conjunctions is not None:
        k0 = next(k for k, a in enumerate(after) if a is first_object)
        run = []
        for a, b in zip(after[k0:], after[k0 + 1:]):
            # (an article before a listed name: "hit Iran, the United States and Israel")
            gap = without_determiner(text[a.end : b.start].strip(), pack)
            if b.slot == "" and gap == ",":
                run.append(b)
                continue
            if b.slot == "comitative" and pack.conjunctions.fullmatch(gap):
                listed.update(id(x) for x in run)
                run = []
            break
        if run and _headline_line(text, f.start):  # "Xi hosts Putin, Kim at Beijing parade": a headline's comma is "and"
            listed.update(id(x) for x in run)
    for a in after:
        if id(a) in listed:
            objects.append(a)
            out.append((a, "object"))
        elif a.slot == "comitative" and objects[-1] is not None and pack.conjunctions is not None and (
                pack.conjunctions.fullmatch(text[objects[-1].end : a.start].strip())
                or len(words := _bare_words(text, objects[-1].end, a.start, pack, ())) == 1
                and pack.conjunctions.fullmatch(words[0])):
            objects.append(a)  # "thanked Egypt and Qatar": "and" joins a second object, no "with" (past office
            # words: "freed Evan Gershkovich and former Marine Paul Whelan")
            out.append((a, "object"))
        elif a.slot:
            out.append((a, a.slot))
        elif (out and out[-1][0].start >= f.end and out[-1][1] not in ("", "subject", "object", "modifier", "genitive")
              and text[out[-1][0].end : a.start].strip() == "," and a.ref is None and _headline_line(text, f.start)):
            out.append((a, out[-1][1]))  # "India stands with Ukraine, Russia": a headline's comma is "and", after "with" too
        elif a is first_object:
            out.append((a, "object"))  # later bare nouns ("..., TASS reported") are not objects
        elif (objects[-1] is not None and a.ref is None and pack.conjunctions is not None
              and _described_conjunct(text, objects[-1].end, a.start, pack)
              # (and no verb of its own after it: "met Zelenskiy and Russian President Putin said ...")
              and rx.match(r"\s*(?:[,.;:)]|$|(?:at|in|on|for|to|during|after|before|with|and|as|from|over)\b)", text[a.end : a.end + 12])):
            # "hosted Russian President Vladimir Putin and North Korean leader Kim Jong Un": "and",
            # a demonym and an office before the second object
            objects.append(a)
            out.append((a, "object"))
    if pack.order == "SOV" and text and f.trigger.frame != "nominal" and len(text[f.start : f.end].split()) == 1:
        # "আমাদের সব জিম্মি ঘরে ফিরেছে": a possessive pronoun with a noun after it owns that noun; it
        # is no role of a one-word verb further on (an event noun's own may be: "उनकी पहली चीन यात्रा होगी")
        out = [(a, s) for a, s in out if not (s == "genitive" and a.ref is not None and a.ref.kind in (
            "first_plural", "first_singular", "pronoun") and a.end <= f.start and rx.search(r"\w", text[a.outer_end : f.start])
            and not _trigger_noun_next(text, a.outer_end, f))]
    return out


def _trigger_noun_next(text: str, pos: int, f: Found) -> bool:
    """Only the trigger's own words (or one word) stand between ``pos`` and the trigger."""
    return len(text[pos : f.start].split()) <= 1



def _is_headline(line: str) -> bool:
    """A short line without a full stop of its own: a headline (they put the verb first)."""
    line = line.strip().rstrip("\"”’'»")  # (a full stop inside the closing quote mark ends it too)
    return len(line) <= 120 and not line.endswith(("।", ".", "?", "!")) and "\n" not in line


def _headline_line(text: str, pos: int) -> bool:
    """The line holding ``pos`` is a headline."""
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return _is_headline(text[a : b if b >= 0 else len(text)])


def _described_conjunct(text: str, lo: int, hi: int, pack: LangPack) -> bool:
    """Only a conjunction, demonyms and office words between two names ("and North Korean leader")."""
    words = _bare_words(text, lo, hi, pack, ())
    if len(words) < 2 or not pack.conjunctions.fullmatch(words[0]):
        return False  # (a plain "and X" is the comitative marker's business)
    dem = cues_for(pack.lang).demonyms
    rest, k = [surface_form(w) for w in words[1:]], 0
    while k < len(rest):
        if k + 1 < len(rest) and f"{rest[k]} {rest[k + 1]}" in dem:
            k += 2
        elif rest[k] in dem:
            k += 1
        else:
            return False
    return True


def _past_spaces(text: str, pos: int, most: int = 2) -> int:
    """``pos`` moved past up to ``most`` spaces."""
    return pos + len(text[pos : pos + most]) - len(text[pos : pos + most].lstrip())


def _is_passive(text: str, f: Found, sent: tuple[int, int], pack: LangPack) -> bool:
    if pack.passive is None:
        return False
    if pack.order == "SOV":
        return bool(pack.passive.match(text, f.end, sent[1]) or pack.passive.match(text, f.end + 1, sent[1]))
    m = None
    for m in pack.passive.finditer(text, max(sent[0], f.start - 30), f.start):
        pass
    if rx.match(r"\w+ing\b", text[f.start : f.end]):
        return False  # "has been urging", "is pressing": the progressive, not the passive
    # (an adverb or a negation may stand between: "was not invited", "were also arrested")
    return bool(m) and (not text[m.end() : f.start].strip(" ") or bool(_PASSIVE_ADVERBS.fullmatch(text, m.end(), f.start)))


_PASSIVE_ADVERBS = regex.compile(r"(?:\s+(?:not|never|also|later|already|formally|officially|reportedly|then|n't|subsequently|eventually|\w+ly))+\s+")


def _verbal_noun_between(text: str, lo: int, hi: int, pack: LangPack) -> bool:
    """A word of ``text[lo:hi]`` is a verbal noun (roles.yaml ``verbal_noun_end``: "देने", "करने"): a deed of its own
    stands between a by-phrase and the trigger, and the by-phrase is that deed's doer."""
    return pack.verbal_noun_end is not None and any(pack.verbal_noun_end.search(w) for w in text[lo:hi].split())


def _place_made_item(text: str, pos: int, end: int, pack: LangPack) -> bool:
    """One to three lower-case words after a place's name at ``pos``, then the end of a listed thing (roles.yaml
    ``place_item_followers``), none of them a verb (``place_item_verbs``): "..., Assam black tea, a silver horse" names
    the tea's kind (not "..., India said")."""
    if pack.place_item_followers is None:
        return False
    words = []
    at = pos
    # (the shortest run the followers end: "black tea" before ", a silver horse")
    while len(words) < 3 and (w := rx.match(r"\s+(\p{Ll}[\w-]*)", text[at:end])) is not None:
        words.append(w.group(1))
        at += w.end()
        tail = text[at:end].lstrip()
        if not tail or pack.place_item_followers.match(tail):
            return not (pack.place_item_verbs is not None and any(pack.place_item_verbs.fullmatch(x) for x in words))
    return False


def _items(text: str, span: tuple[int, int], pack: LangPack, times) -> list[tuple[int, int]]:
    """Split a free noun-phrase span into trimmed conjuncts: "X और Y" -> [X, Y]."""
    s, e = span
    if pack.item_end is not None:  # "signed a trade pact, ending two decades of talks": the pact only
        m = pack.item_end.search(text, s, e)
        if m is not None:
            e = m.start()
    for t in times:  # a date inside the span is not part of the item
        if t.start < s < t.end:  # (nor the end of one the span cuts into: "इस साल 500 मछुआरों")
            s = t.end
        if t.start < e < t.end:
            e = t.start
        if s <= t.start and t.end <= e:
            # the item is the words next to the verb: before the date in SVO ("signed a pact on
            # Tuesday"), after it in SOV ("बुधवार को कार दी"), unless nothing stands there
            before, after = _trim(text, s, t.start, pack), _trim(text, t.end, e, pack)
            near_verb = after if pack.order == "SOV" else before
            if near_verb[1] > near_verb[0]:
                s, e = (t.end, e) if pack.order == "SOV" else (s, t.start)
                made = pack.year_attributive_after.match(text, s, e) if pack.order == "SOV" and pack.year_attributive_after is not None else None
                if made is not None and made.end() < e and not rx.match(r"[\p{L}\p{M}]", text[made.end() : made.end() + 1]):
                    # "২০১৫ সালে তোলা একটি ছবি": the participle of the year's making goes with the year, not the item
                    # (a whole word only: not the noun after "সালের", "১৯৬০ সালের সিন্ধু পানি চুক্তি")
                    s = made.end()
            elif t.start - s < e - t.end:
                s = t.end
            else:
                e = t.start
    if pack.item_split is not None:
        last = None
        topics = [t.span() for t in pack.item_topic_markers.finditer(text, s, e)] if pack.item_topic_markers is not None else []
        for m in pack.item_split.finditer(text, s, e):
            if any(a <= m.start() and m.end() <= b for a, b in topics):
                continue  # "व्यापार और रक्षा के क्षेत्र में तीन समझौते": the "में" of a topic marker splits nothing
            if pack.item_participles is not None and pack.item_participles.match(text, m.end()):
                continue  # "भूकंप में हुई मौतों", "हमले में मारे गए लोगों": a participle after it takes the phrase before along
            last = m
        if last is not None and pack.order == "SOV":
            s = last.end()
    parts: list[tuple[int, int]] = []
    cur = s
    word_from = s  # (the conjunct right before a conjunction, whether or not the one before it split)
    if pack.conjunctions is not None:
        for m in pack.conjunctions.finditer(text, s, e):
            if m.group() in ",،" and _digit_at(text, m.start() - 1) and _digit_at(text, m.end()):
                continue  # a thousands separator ("1,000 prisoners"), not a list
            conjunct, word_from = (word_from, m.start()), m.end()
            if (pack.item_joiners is not None and pack.item_joiners.search(text, cur, m.start())
                    and not (pack.order == "SVO" and _determiner_after(text, m.end(), pack))):
                # "deals on energy and defence": the conjunction joins inside the phrase, one item
                # (not before a determiner: "a pair of silver elephants and a shawl" are two)
                continue
            if (pack.item_modifiers is not None and pack.item_modifiers.fullmatch(text[conjunct[0] : conjunct[1]].strip())
                    and len(text[m.end() : e].split()) >= 2):
                continue  # "অর্থনৈতিক ও কারিগরি সহযোগিতাসংক্রান্ত একটি চুক্তি": one agreement, two adjectives
                # ("একটি অবাধ, সুষ্ঠু ও উৎসবমুখর নির্বাচন": three)
            if pack.item_topic_markers is not None and pack.order == "SOV":
                topic = pack.item_topic_markers.search(text, m.end(), e)
                if topic is not None and text[topic.end() : e].strip():
                    continue  # "বাণিজ্য, শিক্ষা ও সংস্কৃতি বিষয়ে তিনটি সমঝোতা স্মারক": the list is the topic of one
            parts.append((cur, m.start()))
            cur = m.end()
    parts.append((cur, e))
    out = []
    for ps, pe in parts:
        ps, pe = _trim(text, ps, pe, pack)
        if pe > ps:
            out.append((ps, pe))
    return out



# a preposition right before a possessive after the verb: the possessive is inside that phrase
_PREP_BEFORE = regex.compile(r"\b(?:at|in|on|from|near|outside|inside|into|during|after|before|since)\s+$")
# a reason: "detained for his role in a rally" holds no "him" named by the possessive pronoun (but "a grant for Sri
# Lanka's railway" is for Sri Lanka)
_REASON_BEFORE = regex.compile(r"\b(?:for|over|because\s+of)\s+$")


def _determiner_after(text: str, pos: int, pack: LangPack) -> bool:
    """A determiner opens the words at ``pos`` (en "a", "the", "his"): a new noun phrase starts."""
    m = rx.match(r"\s*([\p{L}]+)\s", text[pos : pos + 20])
    return m is not None and pack.possessive_determiners is not None and pack.possessive_determiners.fullmatch(m.group(1)) is not None


def _digit_at(text: str, i: int) -> bool:
    return 0 <= i < len(text) and text[i].isdigit()


def _group_count(text: str, pack: LangPack) -> int:
    """How many a group reference (roles.yaml ``refs.group``, "the two leaders") that ``text`` is whole counts; 0 if none."""
    return next((rf.count for rf in pack.refs if rf.kind == "group" and rf.pattern.fullmatch(text)), 0)


def _trim(text: str, s: int, e: int, pack: LangPack) -> tuple[int, int]:
    changed = True
    while changed and e > s:
        changed = False
        while s < e and (text[s].isspace() or text[s] in ",.;:-–()[]\"'।"):
            s += 1
            changed = True
        if s > 0 and text[s - 1] == "'" and text.startswith("s ", s):
            s += 1  # a possessive's clitic left after the name before it: "South Korea's defence"
            changed = True
        elif text.startswith("’s ", s):
            s += 2
            changed = True
        while e > s and (text[e - 1].isspace() or text[e - 1] in ",.;:-–\"'।"):
            e -= 1
            changed = True
        if pack.item_trim is not None:
            if pack.item_trim.fullmatch(text, s, e):
                return s, s  # nothing but a filler word ("পূর্ণ" of "পূর্ণ সমর্থন")
            m = pack.item_trim.match(text, s, e)
            if m and m.end() < e and text[m.end()].isspace():
                s = m.end()
                changed = True
            for m in pack.item_trim.finditer(text, s, e):
                if m.end() == e and m.start() > s and text[m.start() - 1].isspace():
                    e = m.start()
                    changed = True
                    break
    return s, e


def _without_quoted_names(text: str, spans: list[tuple[int, int]], lang: str | None) -> list[tuple[int, int]]:
    """Quoted spans less the names of things in quotes (quotes.yaml ``name_words_after`` / ``name_words_before``:
    "‘অপারেশন সিঁদুর’ নামের এই অভিযানে", "dubbed "Operation Sindoor""): nobody's words, and the clause
    around them may still be someone's."""
    pack = load_pack(lang) if lang else None
    after = _cue_pattern_raw(pack, "name_words_after", lead=r"\s*") if pack is not None else None
    before = _cue_pattern_raw(pack, "name_words_before", tail=r"\s*$") if pack is not None else None
    if after is None and before is None:
        return spans
    return [(s, e) for s, e in spans
            if not (len(text[s:e].split()) <= 4
                    and ((after is not None and after.match(text, e + 1))
                         or (before is not None and before.search(text, max(0, s - 41), max(0, s - 1)))))]


class Extractor:
    def __init__(self, doc: Document):
        self.doc = doc
        self.text = doc.text
        self.onto = load_ontology()
        self.resolver = Resolver(doc)
        self.direct = _without_quoted_names(doc.text, direct_quote_spans(doc.text), doc.lang)
        self.out = Analysis()
        self.sent_chain: dict[int, list[str]] = {}
        # reported words of a sentence that open a direct quote: left to direct_quotes, which takes their speaker
        self.openers: dict[int, list[Quote]] = {}
        self.sent_apart: dict[int, set[str]] = {}  # speakers of separate clauses (quotes.Attribution.apart)
        # (sentence, offset, entity ids) of the subjects of events extracted so far (speakers not counted)
        self.event_subjects: list[tuple[int, int, list[str]]] = []
        self.sent_quotes: dict[int, list[tuple[int, int, list[str]]]] = {}  # reported content spans
        self.charged: dict[int, list[tuple[int, int]]] = {}  # reported words told as a charge ("অভিযোগ করেছে, ...")
        self.back_reports: dict[int, Quote] = {}  # a sentence that reports the one before it -> that report
        self._norp = None  # the document's demonym mentions (read once)
        # where the last _roles call put a country named in the locative into a non-place role ("strikes
        # in Gaza" strike Gaza): such a role gives way when what is struck has an owner of its own
        self._locative_fills: set[int] = set()
        self._not_owners: set[int] = set()  # genitives read as owning where a deed was done: no phrase owner
        self._nominal_events: set[int] = set()  # id() of events whose trigger is a noun told alone (a frame "nominal...")
        self._adjunct_events: set[int] = set()  # id() of events told as an adjunct of the clause's verb ("during a visit to")
        self.sents_args: dict[int, list[Arg]] = {}
        self.trigger_hits: dict[int, list[Found]] = {}  # sentence -> all its trigger matches
        self.direct_chain: list[tuple[int, int, list[str]]] = []
        self.recent: list[tuple[int, str]] = []  # (sentence, type) of extracted events
        self.packs: dict[int, LangPack] = {}  # sentence -> its language's data pack
        self.placed: list[Placed] = []  # every event with its clause window, for the time rule

    # --- references -------------------------------------------------------
    def title_heads(self, pack: LangPack):
        def heads(pos: int):
            for rf in pack.refs:
                if rf.kind != "title":
                    continue
                for m in rf.pattern.finditer(self.text, max(0, pos - 40), pos):
                    if not self.text[m.end() : pos].strip():
                        head = m.group(0).split()[-1]
                        return head, self._modifier(m.start(), m.end())
            return None

        return heads

    def _counterpart(self, a: Arg, sentence: int, exclude: set[str]) -> str | None:
        """"Modi met his Japanese counterpart", "मोदी ने जापानी समकक्ष से मुलाकात की": the one who held, in the
        country the words name, the office the event's other actor held on the article's date (KB offices)."""
        pack = self.packs.get(sentence)
        words = _cue_pattern(pack, "counterpart_words") if pack is not None else None
        if words is None or not words.search(a.text):
            return None
        country = self._modifier(a.start, a.end)
        if not country or not country.startswith("gpe:"):
            return None
        date = (self.doc.published or "")[:10] or None
        from .resolve import holds, title_categories

        for eid in sorted(exclude):
            ent = self.doc.entities.get(eid)
            if ent is None or ent.type != "PER":
                continue
            for category, patterns in title_categories().items():
                if any(holds(r, patterns, [], date) for r in ent.roles if r.get("source") != "phoenix"):
                    held = self.resolver.office_holder(category, country, a.start, exclude | {eid})
                    if held:
                        return held
        return None

    def _correlative_of_a_noun(self, a: Arg, sentence: int) -> bool:
        """"जिस प्रवक्ता को ... हटाया गया है, उसने बताया": the pronoun answers a relative opened on a common
        noun earlier in its sentence (roles.yaml ``correlative_openers``): it is that unnamed one."""
        pack = self.packs.get(sentence)
        pat = pack.correlative_openers if pack is not None else None
        if pat is None:
            return False
        sent = self.doc.sentences[sentence]
        m = next((m for m in pat.finditer(self.text, sent.start, a.start) if not self.in_direct(m.start())), None)
        if m is None or "," not in self.text[m.end() : a.start]:
            return False  # (not one inside quoted words: '"... जिस तरीके से वह ...," उसने कहा')
        # (the relative's noun is no name: "जिस प्रवक्ता", not "जिस ट्रंप")
        return not any(x.start == m.end() for x in self.doc.mentions)

    def _modifier(self, s: int, e: int, bodies: bool = False) -> str | None:
        """A country named in or right before a title ("उत्तर कोरिया के नेता", "রাশিয়ান নেতা");
        with ``bodies``, an organisation too ("বিজিবির এক কর্মকর্তা": an official of BGB)."""
        return self._owner(self._modifier_mention(s, e, bodies), bodies)

    def _owner(self, m, bodies: bool) -> str | None:
        """The entity a modifier mention names as a title's owner (a country's body: the country)."""
        if m is None:
            return None
        if not bodies and m.label == "ORG":
            ent = self.doc.entities.get(m.entity_id)
            # (an armed group is no country's body: "the leader of the Pakistani Taliban" leads the group)
            if ent is not None and ent.attrs.get("country") and not ent.attrs.get("armed"):  # "अमेरिकी विदेश विभाग के प्रवक्ता": the body's country
                from ..entities.kb import default_kb

                land = f"gpe:{str(ent.attrs['country']).lower()}"
                return adopt_kb_entity(self.doc, land) if land in default_kb().entities else None
        return m.entity_id

    def _modifier_mention(self, s: int, e: int, bodies: bool = False):
        """The mention :meth:`_modifier` reads the title's owner from, or None."""
        # (or a country's body: "चीनी विदेश मंत्रालय के प्रवक्ता" is China's spokesperson)
        labels = MODIFIER_LABELS | ({"ORG", "AGENCY"} if bodies else set())
        lo = s
        starts = [x.start for x in self.doc.sentences]
        pack = self.packs.get(bisect.bisect_right(starts, s) - 1)
        quals = pack.title_qualifiers if pack is not None else None
        if quals is not None:
            # "ভারতের ভারপ্রাপ্ত হাইকমিশনার", "भारत के कार्यवाहक उच्चायुक्त": an acting or posted office
            # (several: "ভারতীয় হাইকমিশনের ভারপ্রাপ্ত কর্মকর্তা", an acting official of India's mission)
            q = rx.search(rf"(?:(?:{quals.pattern})\s*)+$", self.text[max(0, s - 60) : s])
            if q is not None:
                lo = max(0, s - 60) + q.start()

        def country_body(m) -> bool:  # "अमेरिकी विदेश विभाग के प्रवक्ता": the body's country
            ent = self.doc.entities.get(m.entity_id)
            return m.label == "ORG" and ent is not None and bool(ent.attrs.get("country"))

        def near_at(lo: int) -> list:
            return [m for m in self.doc.mentions if m.entity_id and (m.label in labels or m.entity_id.startswith("gpe:") or country_body(m))
                    # (or a mission's name the qualifier ends: "পাকিস্তান হাইকমিশনের এক কূটনীতিক")
                    and (s <= m.start < e or m.start < lo < m.end <= s
                         or (0 <= lo - m.end <= 6 and not any(c in self.text[m.end : lo] for c in ".।!?\n")
                                              # (a genitive ending between, no word: not "চীন সফরে প্রধান উপদেষ্টা")
                                              and _MODIFIER_GAP.fullmatch(self.text, m.end, lo)))]

        near = near_at(lo)
        bridge = pack.mission_bridge if pack is not None else None
        if not near and bridge is not None:
            # "पाकिस्तान के उच्चायोग के एक अधिकारी": an official of a country's mission, named apart from
            # the country, is the country's (roles.yaml ``mission_bridge``)
            b = bridge.search(self.text, max(0, lo - 40), lo)
            if b is not None:
                near = near_at(b.start())
        inside = [m for m in near if s <= m.start < e]  # "The French president": French, not the Paris before
        if not near:
            # "the leader of the Pakistani Taliban", "the president of Iran": an owner after "of"
            of = _OWNER_AFTER.match(self.text, e)
            if of is not None:
                return next((m for m in self.doc.mentions if m.start == of.end() and m.entity_id
                             and (m.label in MODIFIER_LABELS | {"ORG", "AGENCY"} or m.entity_id.startswith("gpe:"))), None)
            return None
        return (inside or near)[0]

    def _cataphoric_subject(self, a: Arg, sentence: int) -> str | None:
        """SVO: a possessive pronoun in a phrase opening the sentence, set off by a comma, before any name ("During
        his visit to Japan, Modi gave ..."): the person named first after the comma, the subject it looks ahead to."""
        pack = load_pack(self.doc.lang) if self.doc.lang else None
        if pack is None or pack.order != "SVO" or a.ref is None or a.ref.slot != "genitive" or a.ref.plural \
                or a.ref.label not in ("PER", "ANY"):
            return None
        s = self.doc.sentences[sentence]
        if any(s.start <= m.start < a.start for m in self.doc.mentions):
            return None
        comma = self.text.find(",", a.end, s.end)
        if comma < 0 or rx.search(r"[;:\"“”]", self.text[s.start : comma]):
            return None
        # (office words may stand before the name: "..., Prime Minister Narendra Modi gave")
        nxt = next((m for m in self.doc.mentions if comma < m.start < s.end), None)
        if nxt is None or nxt.label != "PER" or not nxt.entity_id or not all(
                w[:1].isupper() for w in self.text[comma + 1 : nxt.start].split()):
            return None
        return nxt.entity_id

    def resolve(self, a: Arg, sentence: int, exclude: set[str], speaker: bool = False) -> list[str]:
        if a.ref is None:
            return a.entity_ids
        k = a.ref.kind
        if k == "unnamed":
            return []  # (roles.yaml ``refs.unnamed``: "gunmen" fill the role with their words; they are no one named)
        if k == "pronoun":
            if a.ref.label == "THING" and (said := self._it_said_again(a, sentence)) is not None:
                return said
            if a.ref.label == "THING" and self._thing_subject_before(a, sentence):
                return []
            if self._correlative_of_a_noun(a, sentence):
                return []
            if a.ref.label == "GPE" and not a.ref.plural and (
                    owner := self._modifier_mention(a.start, a.end)) is not None and (owner.entity_id or "").startswith("gpe:"):
                # "মিয়ানমারের জান্তা", a country's word for its rulers after the country's genitive: that country
                return [owner.entity_id] if owner.entity_id not in exclude else []
            if a.ref.label == "GPE" and not a.ref.plural and a.text.split():
                # "Niger's military junta ordered ... The junta accused France": the same word told before after a
                # country's genitive is that country's again (the last one, within a few sentences)
                lo = self.doc.sentences[max(0, sentence - 4)].start
                head = regex.compile(rf"(?<![\p{{L}}\p{{M}}]){regex.escape(a.text.split()[-1])}(?![\p{{L}}\p{{M}}])", regex.I)
                for prior in reversed(list(head.finditer(self.text, lo, a.start))):
                    # (a word may qualify it: "Niger's military junta")
                    word = rx.search(r"[\p{L}\p{M}]+\s+$", self.text[max(0, prior.start() - 30) : prior.start()])
                    owner = self._modifier_mention(prior.start(), prior.end()) or (
                        self._modifier_mention(prior.start() - len(word.group()), prior.end()) if word else None)
                    if owner is not None and (owner.entity_id or "").startswith("gpe:"):
                        if owner.entity_id not in exclude:
                            return [owner.entity_id]
                        break
            if (ahead := self._cataphoric_subject(a, sentence)) is not None:
                return [ahead] if ahead not in exclude else []
            return self.resolver.pronoun(a, sentence, exclude)
        if k == "title" and (held := self._counterpart(a, sentence, exclude)) is not None:
            return [held]
        if k == "title":
            head = a.text.split()[-1]
            # the sentence's own sources ("X ने बताया कि ... कोरियाई नेता को") are not the titled actor found by
            # nearness; an office only one person held then is his, whoever reports ("ইউনূসের প্রেস উইং জানিয়েছে,
            # প্রধান উপদেষ্টা ... যাবেন": Yunus)
            # (the titled one who says them is no name inside them: "पार्टी प्रवक्ता ने आरोप लगाया कि ...", the party's)
            inside = any(q.start <= a.start < q.end for q in self.out.quotes)
            reporters = set() if speaker or not inside else set(self.sent_chain.get(sentence, []))
            pack = self.packs.get(sentence)
            category = pack.title_category(a.text) if pack is not None else None
            if reporters and category in single_country_categories() and not self._modifier_mention(a.start, a.end):
                sole = self.resolver.office_holder(category, None, a.start, exclude)
                if sole is not None:
                    return [sole]
            exclude = exclude | reporters
            # "अमेरिकी विदेश मंत्री": an office of a named country is never held by someone whose
            # known offices are another country's (Zelensky is no US minister; resolve.py)
            # "Putin's adviser", "पुतिन के सलाहकार": the office belongs to that person; it is not him
            possessors = self._person_possessor(a, sentence)
            exclude = exclude | set(possessors)
            bodies = a.ref.anchored or category in body_title_categories()
            owner = self._modifier_mention(a.start, a.end, bodies=bodies)
            modifier = self._owner(owner, bodies)
            if modifier is None and (category in body_title_categories() or a.ref.anchored):
                # (or an unnamed one of its people: "দলটির এক নেতা জানান", a leader of the party named before)
                modifier = self._referred_possessor(a, sentence)
            if modifier is None and a.ref.anchored:
                # "... বলে জানিয়েছে দেশটির রাষ্ট্রীয় সংবাদমাধ্যম" (that country's state media): the country named last
                modifier = self.resolver.country_ref_before(a, sentence, exclude)
            if (owner is not None and category in body_title_categories() and owner.label == "ORG"
                    and modifier is not None and modifier.startswith("gpe:") and pack is not None
                    and (pack.foreign_ministries is None or not pack.foreign_ministries.search(owner.text))):
                # "रूसी रक्षा मंत्रालय के प्रवक्ता", "পাকিস্তান সেনাবাহিনীর মুখপাত্র": a spokesperson of a
                # country's body other than its foreign ministry (roles.yaml ``foreign_ministries``) is
                # none of the foreign ministry's spokespeople the KB or the article names: the body,
                # read as its country, speaks
                return [modifier] if modifier not in exclude else []
            if (owner is None and modifier is None and category in body_title_categories() and pack is not None
                    and pack.possessor_bodies is not None
                    and (bw := _body_word_before(pack).search(self.text[max(0, a.start - 40) : a.start])) is not None
                    and not (pack.foreign_ministries is not None and pack.foreign_ministries.search(bw.group()))):
                return []  # "सेना प्रवक्ता ने कहा", "the army spokesman said": an unnamed body's, not the foreign ministry's the KB knows
            if pack is not None and pack.indefinites is not None and (
                    (a.ref.anchored and pack.indefinites.match(a.text))
                    # (or an indefinite a word or two before the title: "ট্রাম্পের এক প্রচার মুখপাত্র", one unnamed)
                    or rx.search(r"(?<![\p{L}\p{M}])(?:" + pack.indefinites.pattern[:-2] + r")\s+(?:[^\s,;।]+\s+){0,2}$",
                                 self.text[max(0, a.start - 40) : a.start], flags=pack.indefinites.flags) is not None):
                ids = []  # "इस पार्टी के एक नेता ने बताया": one of its leaders, unnamed (not the one the KB knows)
                if possessors and category in ("spokesperson", "press_secretary"):
                    ids = possessors[:1]  # ("ট্রাম্পের এক প্রচার মুখপাত্র": unnamed, he speaks for Trump)
            else:
                ids = self.resolver.title(a, sentence, exclude, head, modifier, category, as_pronoun=not a.ref.anchored)
            if (ids and possessors and modifier is None and category in ("spokesperson", "press_secretary")
                    and not any(eid == ids[0] and m in possessors for _, h, m, eid in self.resolver.anchors)):
                # "गुतारेस के प्रवक्ता" after "पेंटागन की प्रवक्ता सबरीना सिंह": a person's spokesperson is none told
                # of as that person's; unnamed, he speaks for the person (as "a spokesman for Guterres" does)
                ids = possessors[:1]
            if (not ids and modifier is not None and modifier not in exclude and (modifier.startswith(("gpe:", "loc:")) or (
                    (a.ref.anchored or (category in body_title_categories() and not self._countryless_body(modifier, pack)))
                    and getattr(self.doc.entities.get(modifier), "type", None) in ("ORG", "AGENCY")))):
                # "जापान के प्रधानमंत्री ने समर्थन जताया", unnamed and unknown: the office acts for its
                # country (as "X's foreign ministry" does, possessor_bodies); "বিজিবির এক কর্মকর্তা"
                # (an official of a body) speaks for the body; "राज्य सरकार के एक प्रवक्ता" for the state
                ids = [modifier]
            if len(ids) == 1 and a.slot in ("comitative", "dative") and not any(
                    x.offset == a.start and x.entity_id == ids[0] for x in self.resolver.seen):
                # the one met, named by office ("প্রধান উপদেষ্টার সঙ্গে সাক্ষাৎ করে তাঁকে ... উপহার দেন"), is an
                # antecedent as a name would be; so is one summoned or told (dative: "ভারতের ভারপ্রাপ্ত
                # হাইকমিশনারকে তলব করেছে ... তাঁর হাতে একটি প্রতিবাদলিপি তুলে দেন"), a person even where unnamed
                # and standing for the country he serves
                self.resolver.seen.append(Antecedent(a.start, ids[0], "PER", a.slot, sentence))
            return ids
        if k == "group":  # "प्रवक्ता ने बताया कि दोनों नेताओं ने ...": who reports is not one of them,
            # unless he met the other just before ("Trump spoke with Putin and said the two leaders would meet")
            chain = set() if speaker else set(self.sent_chain.get(sentence, []))
            if a.ref.label == "GPE":
                # a country reporting is one of "both countries" ("भारत ने घोषणा की कि दोनों देश सहमत हो गए")
                chain = {c for c in chain if not c.startswith("gpe:")}
            chain -= {p.entity_id for p in self.resolver.participants
                      if p.slot in SYMMETRIC_ROLES and sentence - 1 <= p.sentence <= sentence}
            chain -= {eid for s_, off, ids in self.event_subjects if s_ == sentence and off < a.start for eid in ids}
            # (nor one who already has a role in this event: "China urged both countries"; nor the
            # mediator of this sentence: "अमेरिका की मध्यस्थता में ... दोनों देश सहमत हो गए")
            chain |= {p.entity_id for p in self.resolver.participants if p.sentence == sentence and p.slot == "mediator"}
            return self.resolver.group(a, sentence, chain | set(exclude))
        if k in ("first_singular", "first_plural"):
            return self.resolver.first_person(a, k == "first_plural")
        return []

    @staticmethod
    def _meeting_before(etype, f: Found, sentence_events: list):
        """For a signing or an agreement: the meeting or talks told before it in the sentence, whose
        participants are its parties when it names none ("... বৈঠকে ছয়টি চুক্তি সই হয়"), or None."""
        if etype.name not in ("SIGN", "AGREE"):
            return None
        before = [ev for ev, _ in reversed(sentence_events) if ev.trigger.end <= f.start]
        return next((ev for ev in before if ev.type in ("MEET", "TALKS")
                     and sum(r.name == "participant" for r in ev.roles) >= 2), None) or next(
            # "মোদীর জাপান সফরে তিনটি সমঝোতা স্মারক সই হয়", "During X's visit to Japan, three deals were
            # signed": a trip told before, with who went and where: the two sides
            (ev for ev in before if etype.name == "SIGN" and ev.type in TRIP_TYPES and ev.modality != "planned"
             and any(r.name == "traveller" and r.entity_id for r in ev.roles)
             and any(r.name == "place" and r.entity_id for r in ev.roles)), None)

    def _deed_right_before(self, f: Found, sentence_events: list, pack: LangPack) -> Event | None:
        """The act whose trigger ends right before an accusation's, a genitive's marker or a word of force
        between (roles.yaml ``deed_object_gap``): "रूस के हमले की निंदा", "রাশিয়ার হামলার তীব্র নিন্দা"."""
        if pack.deed_object_gap is None or pack.order != "SOV":
            return None
        prev = next((ev for ev, _ in reversed(sentence_events) if ev.trigger.end <= f.start), None)
        if prev is None or prev.type in STATEMENT_TYPES or prev.type == "ACCUSE":
            return None
        return prev if pack.deed_object_gap.fullmatch(self.text, prev.trigger.end, f.start) else None

    def _relative_deed_targets(self, sentence_events: list, pack: LangPack) -> None:
        """"..., जिसकी भारत ने आलोचना की है", "..., which New Delhi criticised", "..., যার সমালোচনা করেছে
        ভারত": an accusation in a relative clause (roles.yaml ``relative_deed``) about the deed told
        before it in the sentence, naming no one, accuses that deed's doers."""
        if pack.relative_deed is None:
            return
        for k, (ev, _) in enumerate(sentence_events):
            if ev.type != "ACCUSE" or any(r.name == "target" and r.entity_id for r in ev.roles):
                continue
            prev = next((p for p, _ in reversed(sentence_events[:k]) if p.trigger.end <= ev.trigger.start
                         and p.type not in STATEMENT_TYPES and p.modality not in ("denied",)), None)
            if prev is None:
                continue
            rel = pack.relative_deed.search(self.text, prev.trigger.end, ev.trigger.start)
            if rel is None or not rx.search(r"[,;]\s*$", self.text[prev.trigger.end : rel.start()]) and not \
                    rx.search(r",\s*$", self.text[max(prev.trigger.end, rel.start() - 3) : rel.start()]):
                continue
            taken = {r.entity_id for r in ev.roles if r.entity_id}
            ev.roles.extend(self._doers_as_targets(prev, taken))
            ev.by += "; relative-deed"

    def _the_meeting(self, i: int, f: Found, sent: tuple[int, int], pack: LangPack) -> Event | None:
        """The meeting a "বৈঠকে"/"बैठक में"/"At the meeting" (roles.yaml ``meeting_ref``) before the trigger
        in its sentence refers to: the last MEET or TALKS with two named sides in the two sentences before."""
        if pack.meeting_ref is None or pack.meeting_ref.search(self.text, sent[0], f.start) is None:
            return None
        return next((p.event for p in reversed(self.placed) if p.event.type in ("MEET", "TALKS")
                     and p.event.sentence is not None and i - 2 <= p.event.sentence < i
                     and len({r.entity_id for r in p.event.roles if r.name == "participant" and r.entity_id}) >= 2), None)

    def _denied_allegations(self, i: int, sentence_events: list, pack: LangPack) -> None:
        """"Pakistan accused India ... India rejected the allegations": a denial of "the allegations"
        (``denial_objects``) with no claim in its own sentence claims the last accusation of the two
        sentences before. The accusation keeps its modality (made_when_denied)."""
        if pack.denial_objects is None:
            return
        for d, win in sentence_events:
            if d.type != "DENY" or any(r.name == "claim" for r in d.roles):
                continue
            lo, hi = max(win[0], d.trigger.start - 60), min(win[1] + 60, d.trigger.end + 60)
            obj = pack.denial_objects.search(self.text, lo, hi)
            if not obj:
                # no "allegations" to look back for: the charge named in the denial's own clause, if any
                # ("denied that Tehran was seeking to escalate", "denied carrying out the attack"), else the
                # clause its complementizer opens ("प्रवक्ता ने इस बात से इनकार किया कि मारा गया व्यक्ति ...")
                if not self._claim_own_content(d, win, pack):
                    that = self._complement_after(d, i, pack)
                    if that is not None:
                        d.roles.append(Role("claim", self.text[that[0] : that[1]], that[0], that[1]))
                continue
            # whose allegations they are, named right before them ("পাকিস্তানের অভিযোগ প্রত্যাখ্যান করেছে")
            owner = next((a for a in self.sents_args.get(i, []) if a.slot == "genitive" and a.entity_ids and a.ref is None
                          and ((a.start < obj.start() and not self.text[a.outer_end or a.end : obj.start()].strip())
                               or obj.start() <= a.start < obj.end())), None)
            # (an accusation earlier in the same sentence first: "भारत ने हमलों की निंदा की थी, जबकि ढाका
            # ने इन आरोपों को खारिज कर दिया था")
            recent = [e for e, _ in reversed(sentence_events) if e.type == "ACCUSE" and e.trigger.end <= d.trigger.start] + [
                p.event for p in reversed(self.placed) if p.event.type == "ACCUSE"
                and p.event.sentence is not None and i - 2 <= p.event.sentence < i]
            # (the charge against the denier first: "X का आयोग पर आरोप, भाजपा ने किया पलटवार ... आयोग ने
            # आरोपों को खारिज कर दिया" rejects X's charge, not the retort told after it)
            # (a capital charged is its government, as at the end of the run: "accusing Tehran ... Iran rejected")
            caps = _capital_countries()
            denier = {caps.get(r.entity_id, r.entity_id) for r in d.roles if r.name == "denier" and r.entity_id}
            # (a person denies for the country whose office they hold that day: "ভারতের ... মুখপাত্র রণধীর জয়সওয়াল এ
            # অভিযোগ ভিত্তিহীন বলে উড়িয়ে দিয়েছেন" answers the charge against India, not the words told since)
            denier |= {land for e in list(denier) if e.startswith("per:") and (land := self.resolver.country_led_by(e))}

            def targets(ev: Event) -> set:
                return {caps.get(r.entity_id, r.entity_id) for r in ev.roles if r.name == "target"}

            # (never the denier's own charge: "विदेश मंत्रालय ने ... तलब किया ... भारत आरोपों को खारिज करता है")
            recent = [e for e in recent if not denier & {caps.get(r.entity_id, r.entity_id) for r in e.roles
                                                         if r.name == "source" and r.entity_id}]

            acc = next((e for e in recent if denier & targets(e)), None) or next(
                (e for e in recent if owner is not None and set(owner.entity_ids) & {
                    r.entity_id for r in e.roles if r.name == "source"}), recent[0] if recent else None)
            # (even a charge against the denier, where the language tells a charge's words from a claim's, roles.yaml
            # ``charge_words``: "শরিফ এই হামলাকে যুদ্ধের শামিল বলে অভিহিত করেছেন। পাকিস্তানের সেনাবাহিনী দাবি করেছে, ...। ভারত এই
            # দাবি নাকচ করেছে" rejects the claim just told, not the older charge)
            if (acc is not None and acc.sentence < i - 1 and (pack.charge_words is not None or not denier & targets(acc))
                    # (but "these allegations" are a charge: "... आरोप लगाया ... सोरेन ने कहा ... भाजपा ने इन आरोपों को खारिज
                    # किया" rejects the accusation, not Soren's words)
                    and not (pack.charge_words is not None and pack.charge_words.search(obj.group()))
                    and self._claimed_before(i, denier) is not None):
                acc = None  # "তবে বিএসএফের দাবি, ... । বিজিবি এ দাবি প্রত্যাখ্যান করেছে": the claim just told, not an older charge
            def further_back(fits) -> Event | None:  # the last accusation 3 to DENIED_CHARGE_REACH sentences back that fits
                return next((p.event for p in reversed(self.placed) if p.event.type == "ACCUSE" and p.event.sentence is not None
                             and i - DENIED_CHARGE_REACH <= p.event.sentence < i - 2 and fits(p.event)), None)

            if (acc is None or not denier & targets(acc)) and denier:
                # "Blinken accused Iran ... (three sentences on his words) ... Iran denied the charge":
                # further back, only an accusation of the denier itself (before a recent charge against someone
                # else: "राहुल ने आयोग पर आरोप लगाया ... भाजपा ने पलटवार करते हुए कहा ... आयोग ने आरोपों को खारिज किया")
                acc = further_back(lambda ev: denier & targets(ev)) or acc
            if acc is None and owner is not None:
                # "पाकिस्तान ने भारत पर ... आरोप लगाया ... (two sentences) ... मंत्रालय ने पाकिस्तान के आरोपों को निराधार
                # बताया": the allegations of the one named as their owner, further back
                acc = further_back(lambda ev: set(owner.entity_ids) & {r.entity_id for r in ev.roles if r.name == "source"})
            if acc is not None:
                s, e = acc.evidence[0].start, acc.evidence[0].end
                d.roles.append(Role("claim", self.text[s:e].strip(), s, e, event_id=acc.id))
                acc.by += f"; denied-by:{d.id}"
                continue
            # "ফোর্ডের এই অভিযোগ অস্বীকার করেছেন যে ...", "denied the allegation that ...": the clause after
            # the denial tells the charge itself
            that = self._complement_after(d, i, pack)
            if that is not None:
                d.roles.append(Role("claim", self.text[that[0] : that[1]], that[0], that[1]))
                continue
            # the charge the denial names itself ("রোহিঙ্গা নির্যাতনের অভিযোগ অস্বীকার করেছেন") before any words
            # claimed in the sentence before
            if self._claim_own_content(d, win, pack):
                continue
            # "তবে বিএসএফের দাবি, ... । বাংলাদেশ এই দাবি প্রত্যাখ্যান করেছে": the words someone else
            # claimed in the sentence before are what is denied
            # (a capital denying is its country: "Seoul's military dismissed the North's claims" answers no words of
            # South Korea's own)
            q = self._claimed_before(i, denier | {r.entity_id for r in d.roles if r.name == "denier"})
            if q is not None:
                # (the deeds told in those words are the claims denied: "... দাবি করেছে, তারা ভারতের পাঁচটি যুদ্ধবিমান
                # ভূপাতিত করেছে। ভারত এই দাবি নাকচ করেছে", as "a claim India denied" in one sentence)
                told = [p.event for p in self.placed if p.event.type != "DENY" and q.start <= p.event.trigger.start < q.end]
                d.roles.append(Role("claim", self.text[q.start : q.end].strip(), q.start, q.end,
                                    event_id=told[0].id if told else None))
                for ev in told:
                    self._mark_denied(ev, d)

    def _mark_denied(self, ev: Event, d: Event, part: bool = False) -> None:
        """``ev`` is a claim the denial ``d`` denies: its modality is "denied", unless it was made all the same (ontology
        ``made_when_denied``: a rejected invitation, a denied accusation) or only one's part in it is denied."""
        if not self.onto[ev.type].made_when_denied and not part:
            ev.modality = "denied"
        ev.by += f"; denied-by:{d.id}"

    def _claim_own_content(self, d: Event, win: tuple[int, int], pack: LangPack) -> bool:
        """Give the denial the charge its own clause names (:meth:`_denied_content`) as its claim, if any."""
        c = self._denied_content(d, win, pack)
        if c is not None:
            d.roles.append(Role("claim", self.text[c[0] : c[1]], c[0], c[1]))
        return c is not None

    def _denied_content(self, d: Event, win: tuple[int, int], pack: LangPack) -> tuple[int, int] | None:
        """The charge a denial names in its own clause (roles.yaml ``denied_content``): "বেসামরিক নাগরিকদের
        লক্ষ্য করার অভিযোগ অস্বীকার করেন", "denied accusations of targeting civilians"."""
        pat = pack.denied_content
        if pat is None:
            return None
        if pack.order == "SOV":
            m = pat.search(self.text, max(win[0], d.trigger.start - 160), d.trigger.start)
        else:
            m = pat.match(self.text, d.trigger.end, min(len(self.text), win[1] + 200))
        if m is None or m.start("claim") < 0:
            return None
        start, end = m.span("claim")
        if pack.order == "SVO" and pack.coordinated_clause is not None and (
                joint := pack.coordinated_clause.search(self.text, start, end)) is not None:
            # "denied any involvement in the attack and urged mediators ...": the next deed is no part of the charge
            end = start + len(self.text[start : joint.start()].rstrip())
        # (the denier named inside the words read back is the subject, not the charge)
        for r in d.roles:
            if r.name == "denier" and r.start is not None and start <= r.start < end:
                start = _word_end(self.text, r.end)
                marker = next((mm for mk in pack.markers if mk.after is not None
                               and (mm := mk.after.match(self.text, start, end)) is not None and mm.end() > start), None)
                start = marker.end() if marker is not None else start  # (its case marker too: "रूस ने")
        start += len(self.text[start:end]) - len(self.text[start:end].lstrip())
        # (nor the rest of the denier's phrase: "মিয়ানমারের জান্তা সরকারের প্রতিনিধি ... অভিযোগ", the government's
        # representative denies; a possessive word and the office after it)
        if any(r.name == "denier" and r.end is not None and r.end <= start for r in d.roles):
            m2 = rx.match(r"(\S+)\s+(\S+)\s+", self.text[start:end])
            from ..entities.cues import cues_for

            if m2 is not None and any(a.start == start and a.slot == "genitive" for a in self.sents_args.get(d.sentence, [])) \
                    and cues_for(pack.lang).title_at([surface_form(m2.group(2))], 0) is not None:
                start += m2.end()
        if any(m.start == start and m.end <= end and not rx.search(r"\s", self.text[m.end : end]) for m in self.doc.mentions):
            return None  # "ভারত পাকিস্তানের অভিযোগ প্রত্যাখ্যান করেছে": a name's genitive says whose charge, not what it is
        return (start, end) if end - start >= 3 else None

    def _complementizer_after(self, pos: int, stop: int, pack: LangPack, auxiliary: bool = True) -> regex.Match | None:
        """The complementizer (that / कि / যে) right after ``pos``, an auxiliary allowed between ("आरोप
        लगाया था कि ..."), or None."""
        comp = _cue_pattern(pack, "complementizers")
        if comp is None:
            return None
        pos += len(self.text[pos:stop]) - len(self.text[pos:stop].lstrip())
        if auxiliary and pack.auxiliaries is not None:
            aux = rx.match(r"(?:" + pack.auxiliaries.pattern + r")\s+", self.text[pos:stop], flags=pack.auxiliaries.flags)
            if aux is not None and comp.match(self.text, pos + aux.end()):
                pos += aux.end()
        return comp.match(self.text, pos)

    def _charge_clause_after(self, f: Found, stop: int, pack: LangPack) -> bool:
        """An accusation whose charge follows it as a clause, opened by a complementizer ("alleged that",
        "आरोप लगाया कि") or, after a clause-final verb, a comma ("অভিযোগ করেন, কেন্দ্র ...")."""
        if self._complementizer_after(f.end, stop, pack) is not None:
            return True
        # (the clause after the comma says nothing of its own: "..., उन्होंने कहा कि ..." is another's words)
        # (an auxiliary may close the verb first: "অভিযোগ করে আসছে, ...", has been alleging)
        verbs = _cue_pattern(pack, "speech_verbs")
        end = f.end
        aux = rx.match(r"\s+(\S+?)(?=\s*,)", self.text[f.end : stop])
        if aux is not None and pack.auxiliaries is not None and pack.auxiliaries.fullmatch(aux.group(1)):
            end = f.end + aux.end()
        return (pack.order == "SOV" and rx.match(r"\s*,\s*\S+\s+\S+", self.text[end : stop]) is not None
                and (verbs is None or verbs.search(self.text, end, stop) is None))

    def _complement_after(self, d: Event, i: int, pack: LangPack) -> tuple[int, int] | None:
        """The clause a complementizer opens right after the trigger (an auxiliary may come between),
        to the sentence's end: "অস্বীকার করেছেন যে কিশোর বয়সে ...", "इनकार किया कि ..."."""
        if i >= len(self.doc.sentences):
            return None
        end = self.doc.sentences[i].end
        m = self._complementizer_after(d.trigger.end, end, pack)
        if m is None:
            return None
        start = m.end() + len(self.text[m.end() : end]) - len(self.text[m.end() : end].lstrip(" ,:;\n"))
        stop = end - (len(self.text[start:end]) - len(self.text[start:end].rstrip(" ।.!?\n")))
        return (start, stop) if len(self.text[start:stop].split()) >= 3 else None

    def _claimed_before(self, i: int, denier: set) -> Quote | None:
        """The last words someone other than the denier said in the sentence before sentence ``i``."""
        sents = self.doc.sentences
        prev = sents[i - 1] if 0 < i <= len(sents) - 1 else None
        said = [q for q in self.out.quotes if prev is not None and prev.start <= q.start < prev.end
                and q.speaker and q.speaker not in denier]
        # (the whole words, not a phrase quoted inside them: 'said the bloc would respond "swiftly and firmly"')
        said = [q for q in said if not any(o is not q and o.start <= q.start and q.end <= o.end
                                           and (o.start, o.end) != (q.start, q.end) for o in said)]
        pack = self.packs.get(i - 1)
        confirms = _cue_pattern(pack, "confirmations") if pack is not None else None
        if confirms is not None:
            # ("Jaiswal confirmed that New Delhi had received the note. ... rejected the charges": a confirmation is
            # no claim a denial answers)
            said = [q for q in said if not (q.cue is not None and confirms.search(self.text, q.cue.start, q.cue.end))]
        return said[-1] if said else None

    def _complement_between(self, lo: int, hi: int, pack: LangPack) -> bool:
        """A complementizer (that / कि / যে) between two triggers: the second is in another clause -- unless a
        clause break right before the second opens a verb coordinated with the first ("denied that the North
        was preparing a test and accused the United States": she accused; roles.yaml ``clause_breaks``)."""
        comp = _cue_pattern(pack, "complementizers")
        m = comp.search(self.text, lo, hi) if comp is not None and lo < hi else None
        if m is None:
            return False
        if pack.order == "SVO" and pack.clause_breaks is not None and any(
                b.end() <= hi and not self.text[b.end() : hi].strip() and b.group().strip()
                # (past the trigger: the break's lookahead reads the verb and its object)
                for b in pack.clause_breaks.finditer(self.text, m.end(), min(len(self.text), hi + 80))):
            return False
        return True

    def _share_late_subject(self, sentence_events: list, pack: LangPack) -> None:
        """"ভারতের হাইকমিশনারকে তলব করে কড়া প্রতিবাদ জানিয়েছে পররাষ্ট্র মন্ত্রণালয়": in a verb-final
        language a subject named after the last verb also did what a verb before it, with no
        subject of its own, tells (a conjunctive chain with no clause break between)."""
        if pack.order != "SOV" or len(sentence_events) < 2:
            return
        def subject_role(ev: Event) -> str | None:
            return _subject_role(self.onto[ev.type].frame(None)) if ev.type in self.onto else None
        for (ev, _), (nxt, _) in zip(sentence_events[::-1][1:], sentence_events[::-1]):
            mine, theirs = subject_role(ev), subject_role(nxt)
            # (a meeting's or talks' other side may be named already: "ইউএসটিআরের সঙ্গে আলোচনা করতে
            # ওয়াশিংটন গেছেন বাণিজ্য উপদেষ্টা" adds the adviser to the talks)
            # (a body the recogniser did not know, named as where it was done, is the late subject's own:
            # "... পররাষ্ট্র মন্ত্রণালয়ে তলব করে কড়া প্রতিবাদ জানিয়েছে বাংলাদেশ", Bangladesh's ministry)
            unknown_body = [r for r in ev.roles if r.name == mine and r.entity_id and _discovered(self.doc, r.entity_id)
                            and self.doc.entities[r.entity_id].type == "ORG" and r.start is not None and r.start < ev.trigger.start]
            if unknown_body and len(unknown_body) == sum(r.name == mine for r in ev.roles) and any(
                    r.name == theirs and (r.entity_id or "").startswith("gpe:") and r.start is not None
                    and r.start >= nxt.trigger.end for r in nxt.roles):
                ev.roles = [r for r in ev.roles if not any(r is u for u in unknown_body)]
            if not mine or not theirs or (any(r.name == mine for r in ev.roles) and mine not in SYMMETRIC_ROLES):
                continue
            have = {r.entity_id for r in ev.roles}
            late = [r for r in nxt.roles if r.name == theirs and r.entity_id and r.start is not None
                    and r.start >= nxt.trigger.end and r.entity_id not in have]
            between = self.text[ev.trigger.end : nxt.trigger.start]
            if late and not any(c in between for c in ",;।.!?") and not (
                    pack.clause_breaks is not None and pack.clause_breaks.search(between)):
                ev.roles = [Role(mine, r.text, r.start, r.end, r.entity_id) for r in late] + ev.roles

    def _share_partners(self, sentence_events: list, pack: LangPack) -> None:
        """"जयशंकर ने वांग यी से मुलाकात की और सीमा विवाद पर चर्चा की", "met Wang Yi and discussed the
        border": talks joined by "and" to a meeting (or talks) of the same sentence, naming only the one
        who went on, were held with the same other side."""
        if len(sentence_events) < 2 or pack.conjunctions is None:
            return
        for (ev, _), (nxt, _) in zip(sentence_events, sentence_events[1:]):
            if ev.type not in ("MEET", "TALKS") or nxt.type not in ("MEET", "TALKS") or nxt.modality != ev.modality:
                continue
            mine = {r.entity_id for r in nxt.roles if r.name == "participant" and r.entity_id}
            theirs = [r for r in ev.roles if r.name == "participant" and r.entity_id]
            between = self.text[ev.trigger.end : nxt.trigger.start]
            # (or the meeting is where the talks were held: "पुतिन के साथ बैठक में यूक्रेन पर चर्चा की")
            held_in = any(mk.slot == "locative" and mk.suffix is None and mk.after is not None
                          and mk.after.match(self.text, ev.trigger.end) for mk in pack.markers) if pack.order == "SOV" else False
            if (len(mine) != 1 or len(theirs) < 2 or not mine <= {r.entity_id for r in theirs}
                    or any(c in between for c in ";।.!?")
                    or not (held_in or any(pack.conjunctions.fullmatch(w) for w in between.split()))):
                continue
            nxt.roles = nxt.roles + [Role("participant", r.text, r.start, r.end, r.entity_id) for r in theirs
                                     if r.entity_id not in mine]

    def _actor_of(self, eid: str) -> str:
        """The actor an entity stands for in a fact told twice: a country's government (KB ``government``) is
        its country ("ভারতকে ... চিঠি দিল বাংলাদেশ" / "অন্তর্বর্তী সরকার ভারত সরকারকে ... পাঠিয়েছে")."""
        ent = self.doc.entities.get(eid)
        return (_country_of(self.doc, eid) or eid) if ent is not None and ent.attrs.get("government") else eid

    def _summoner_not_the_envoys_country(self, roles: list[Role]) -> list[Role]:
        """"ভারতীয় হাইকমিশনার প্রণয় ভার্মাকে পররাষ্ট্র মন্ত্রণালয়ে তলব করা হয়": a ministry that summons an
        envoy is not the envoy's own country (which a generic ministry may have been linked to, the only
        country the text names): a source that is the summoned one's country is dropped."""
        own: set[str] = set()
        filled = {x.start for x in roles if x.start is not None}
        for r in roles:
            if r.name != "target" or r.start is None:
                continue
            if (r.entity_id or "").startswith("gpe:"):
                own.add(r.entity_id)  # "summoned the Indian envoy": the envoy read as his country
                continue  # (its own name said whose: a name before it is the summoner's, "ढाका ने भारत के उच्चायुक्त को")
            # (the demonym or country right before the envoy's title, itself no role: "ভারতীয় হাইকমিশনার")
            near = [m for m in self.doc.mentions if m.label in ("NORP", "GPE") and m.entity_id and m.start not in filled
                    and r.start - 40 <= m.start and m.end <= r.start]
            if near:
                own.add(near[-1].entity_id)
        roles = [r for r in roles if not (r.name == "source" and r.entity_id in own)]
        host = self._host_of_a_posted_envoy(roles, own)
        if host is not None and not any(r.name == "source" and r.entity_id and not _discovered(self.doc, r.entity_id)
                                        for r in roles):
            # "ঢাকায় নিযুক্ত ভারতীয় হাইকমিশনারকে তলব করেছে পররাষ্ট্র মন্ত্রণালয়": the ministry that summons an envoy
            # posted in Dhaka is Bangladesh's (a bare ministry named no country of its own)
            src = next((r for r in roles if r.name == "source"), None)
            land = self.doc.entities.get(host)
            roles = [r for r in roles if r is not src] + [
                Role("source", src.text if src else (land.name if land else host), src.start if src else None,
                     src.end if src else None, host)]
        return roles

    def _host_of_a_posted_envoy(self, roles: list[Role], own: set[str]) -> str | None:
        """The country a summoned envoy is posted in, told right before the envoy (roles.yaml ``posted``:
        "ঢাকায় নিযুক্ত", "ढाका में तैनात", "posted in Dhaka", "ambassador in Dhaka"), if it is not his own."""
        starts = [s.start for s in self.doc.sentences]
        for r in roles:
            if r.name != "target" or r.start is None:
                continue
            sent_pack = self.packs.get(bisect.bisect_right(starts, r.start) - 1)
            if sent_pack is None:
                continue
            for m in self.doc.mentions:
                if not (m.entity_id and m.label in ("GPE", "LOC") and r.start - 60 <= m.start and m.end <= r.end + 40):
                    continue
                after = sent_pack.posted_after is not None and sent_pack.posted_after.match(self.text, m.end) is not None
                before = sent_pack.posted_before is not None and sent_pack.posted_before.search(self.text, max(0, m.start - 40), m.start)
                if not (after or before):
                    continue
                land = self.resolver.country_of_city(m.entity_id)
                if land and land.startswith("gpe:") and land not in own:
                    return adopt_kb_entity(self.doc, land) if land not in self.doc.entities else land
        return None

    def _visitor_before(self, i: int, sides: set[str]) -> Role | None:
        """The person who travels in a trip told in the sentence before sentence ``i`` (none of ``sides``)."""
        for ev in reversed(self.out.events):
            if ev.sentence != i - 1 or ev.type not in TRIP_TYPES or ev.modality != "asserted":
                continue
            r = next((r for r in ev.roles if r.name == "traveller" and r.entity_id and r.entity_id not in sides
                      and getattr(self.doc.entities.get(r.entity_id), "type", None) == "PER"), None)
            if r is not None:
                return r
        return None

    def _launched_into_another_country(self, etype: EventType, roles: list[Role], pack: LangPack) -> bool:
        """A launch by one country into a place of another ("রাশিয়া ইউক্রেনের দিনিপ্রো শহরে ক্ষেপণাস্ত্র নিক্ষেপ করেছে"):
        it struck there, no show of force at home or at sea (nor near it: "ताइवान के पास", a marker of slot near)."""
        doer = _subject_role(etype.frame(None))
        doers = {self._home_of(r.entity_id) for r in roles if r.name == doer and r.entity_id}
        near = [mk for mk in pack.markers if mk.slot == "near"]

        def beside(r: Role) -> bool:
            if r.start is not None and pack.launch_near_after is not None and pack.launch_near_after.match(self.text, r.end):
                return True
            return r.start is not None and any(
                (mk.after is not None and mk.after.match(self.text, r.end)) or (mk.suffix is not None and _at_end(mk.suffix).search(r.text))
                or (mk.before is not None and mk.before.search(self.text, max(0, r.start - 30), r.start)) for mk in near)

        places = {_country_of(self.doc, r.entity_id) or self._home_of(r.entity_id) for r in roles
                  if r.name == "place" and r.entity_id and not beside(r)}
        # (a country owning the place in the genitive: "রাশিয়ার ব্রিয়ানস্ক অঞ্চলে", the place itself unknown)
        starts = {r.start for r in roles if r.name == "place" and r.start is not None and not beside(r)}
        places |= {m.entity_id for m in self.doc.mentions if m.label == "GPE" and m.entity_id and any(
            s > m.end and _PLACE_OWNER_GAP.fullmatch(self.text, m.end, s) for s in starts)}
        doers = {d for d in doers if d.startswith("gpe:")}
        places = {p for p in places if p and p.startswith("gpe:")}
        return bool(doers) and bool(places) and not places & doers

    def _home_of(self, eid: str) -> str:
        """The country an entity belongs to (KB attribute ``country``: a city, a force, a party), else itself."""
        ent = self.doc.entities.get(eid)
        country = str((ent.attrs.get("country") if ent is not None else None) or "").lower()
        return f"gpe:{country}" if country else eid

    def _mediated_talks(self, sentence_events: list) -> None:
        """"asked Kenya to help mediate talks with the rebels", "मध्यस्थता में बातचीत": talks a mediation is
        told of right before them are held by the sides, not by the mediator."""
        empty = []
        for (ev, _), (nxt, _) in zip(sentence_events, sentence_events[1:]):
            if ev.type != "MEDIATE" or nxt.type not in ("TALKS", "MEET", "AGREE", "SIGN"):
                continue
            if len(self.text[ev.trigger.end : nxt.trigger.start].split()) > 2:
                continue
            mediators = {r.entity_id for r in ev.roles if r.name == "mediator" and r.entity_id}
            nxt.roles = [r for r in nxt.roles if not (r.name in ("participant", "party") and r.entity_id in mediators)]
            if ev.modality == "planned":
                nxt.modality = "planned"  # (talks a mediation is asked for are not yet held)
            if not any(r.entity_id for r in nxt.roles):
                empty.append(nxt)  # no side named: nothing checkable about who
        sentence_events[:] = [(e, w) for e, w in sentence_events if not any(e is x for x in empty)]

    def _mediation_sides(self, sentence_events: list) -> None:
        """"Russia and Ukraine swapped 150 prisoners in an exchange mediated by the UAE", "संयुक्त अरब अमीरात की मध्यस्थता
        में ... अदला-बदली की": a mediation naming no sides mediates between the sides of the deed its sentence tells (the
        two or more who fill that deed's symmetric roles, no mediator among them)."""
        for ev, _ in sentence_events:
            if ev.type != "MEDIATE" or any(r.name == "party" for r in ev.roles):
                continue
            mediators = {r.entity_id for r in ev.roles if r.name == "mediator" and r.entity_id}
            for other, _ in sentence_events:
                if other is ev or other.type == "MEDIATE":
                    continue
                sides = [r for r in other.roles if r.name in SYMMETRIC_ROLES and r.entity_id and r.entity_id not in mediators]
                if len({r.entity_id for r in sides}) >= 2:
                    ev.roles = ev.roles + [dataclasses.replace(r, name="party") for r in sides]
                    ev.by += f"; sides-of:{other.id}"
                    break

    def _pronoun_from_the_event_before(self, i: int, sentence_events: list, pack: LangPack) -> None:
        """"पुलिस ने विपक्षी सांसदों को हिरासत में लिया। बाद में उन्हें रिहा कर दिया गया": a role a pronoun
        fills takes the fillers of the role an earlier event of the sentence or the two before gave those
        it acted on (ontology ``pronoun_from``), named or not, instead of the last person named."""
        for ev, _ in sentence_events:
            rule = self.onto[ev.type].pronoun_from if ev.type in self.onto else None
            for role, (src_type, src_role) in (rule or {}).items():
                mine = [r for r in ev.roles if r.name == role]
                if not mine or not all(any(rf.kind == "pronoun" and rf.pattern.fullmatch(r.text) for rf in pack.refs)
                                       for r in mine):
                    continue
                earlier = next((p.event for p in reversed(self.placed) if p.event.type == src_type
                                and p.event.sentence is not None and i - 2 <= p.event.sentence <= i
                                and p.event.trigger.start < ev.trigger.start), None)
                fillers = [r for r in earlier.roles if r.name == src_role] if earlier is not None else []
                if fillers:
                    ev.roles = [r for r in ev.roles if r.name != role] + [
                        Role(role, r.text, r.start, r.end, r.entity_id) for r in fillers]

    def _gapped_sentences(self, sent: tuple[int, int], sentence_events: list, pack: LangPack) -> None:
        """"sentenced Imran Khan to 14 years in prison and his wife Bushra Bibi to seven years": the verb
        left out before a second person and punishment (English) sentences that one too, a SENTENCE each."""
        if pack.order != "SVO" or pack.punishments is None:
            return
        for ev, win in list(sentence_events):
            pun = next((r for r in ev.roles if r.name == "sentence" and r.end is not None), None)
            if ev.type != "SENTENCE" or pun is None:
                continue
            who = next((x for x in self.doc.mentions if pun.end < x.start <= pun.end + 60 and x.end <= sent[1]
                        and x.label == "PER" and x.entity_id
                        and _GAPPED_CONJUNCT.fullmatch(self.text, pun.end, x.start)), None)
            to = _GAPPED_TO.match(self.text, who.end, sent[1]) if who is not None else None
            what = next((p for p in pack.punishments.finditer(self.text, to.end(), sent[1]) if p.start() == to.end()),
                        None) if to is not None else None
            if what is None or any(r.entity_id == who.entity_id for r in ev.roles):
                continue
            roles = [r for r in ev.roles if r.name not in ("convict", "sentence")] + [
                Role("convict", who.text, who.start, who.end, who.entity_id),
                Role("sentence", what.group().strip(), what.start(), what.end())]
            sentence_events.append((dataclasses.replace(
                ev, id=event_id(self.doc.id, ev.type, ev.trigger.start, ev.trigger.end, 1), roles=roles,
                by=ev.by + "; gapped-conjunct"), win))

    @staticmethod
    def _invitation_accepted(sentence_events: list) -> None:
        """"मोदी ने स्टार्मर को न्योता दिया, जिसे उन्होंने स्वीकार कर लिया": one does not accept one's own
        invitation; an acceptance after it in the sentence, read as the inviter's, is the invitee's."""
        for (ev, _), (nxt, _) in zip(sentence_events, sentence_events[1:]):
            if ev.type != "INVITE" or nxt.type != "AGREE" or nxt.trigger.start < ev.trigger.end:
                continue
            inviters = {r.entity_id for r in ev.roles if r.name == "inviter" and r.entity_id}
            invitees = [r for r in ev.roles if r.name == "invitee" and r.entity_id]
            parties = [r for r in nxt.roles if r.name == "party"]
            if inviters and invitees and parties and all(r.entity_id in inviters for r in parties):
                nxt.roles = [r for r in nxt.roles if r.name != "party"] + [
                    Role("party", p.text, p.start, p.end, invitees[0].entity_id) for p in parties[:1]]

    def _invitation_owner(self, sentence_events: list, pack: LangPack) -> None:
        """"वांग यी ने मोदी को शी जिनपिंग का निमंत्रण सौंपा", "Wang Yi handed Modi an invitation from Xi Jinping": an
        invitation handed over names its owner (roles.yaml ``invitation_owner_after`` / ``_before``), who invites;
        the one handing it over carries it."""
        after, before = pack.invitation_owner_after, pack.invitation_owner_before
        if after is None and before is None:
            return
        for ev, win in sentence_events:
            if ev.type != "INVITE":  # (accepted or answered too: "accepted Trump's invitation" is Trump's)
                continue
            sent = self.doc.sentences[ev.sentence] if ev.sentence is not None else None
            lo = max(sent.start if sent else 0, ev.trigger.start - 80)
            hi = min(sent.end if sent else len(self.text), ev.trigger.end + 80)
            invitees = {r.entity_id for r in ev.roles if r.name == "invitee" and r.entity_id}
            owner = next((m for m in self.doc.mentions if lo <= m.start and m.end <= hi and m.entity_id
                          and m.label in ("PER", "GPE", "ORG") and m.entity_id not in invitees
                          and ((after is not None and after.match(self.text, m.end, hi))
                               or (before is not None and before.search(self.text[lo : m.start])))), None)
            if owner is None:
                continue
            ev.roles = [r for r in ev.roles if r.name != "inviter"] + [
                Role("inviter", owner.text, owner.start, owner.end, owner.entity_id)]

    def _called_then_addressed(self, sentence_events: list, pack: LangPack) -> None:
        """"जापान के प्रधानमंत्री को फोन कर बधाई दी", "মোদিকে ফোন করে অভিনন্দন জানান": a phone call (or a meeting) in a
        converb (roles.yaml ``converb_end``) is made to the one the next verb, naming no one it is for,
        addresses (congratulated, thanked, invited)."""
        if pack.converb_end is None:
            return
        for k, (ev, _) in enumerate(sentence_events):
            # (or a meeting: "मोदी ने पुतिन से मिलकर बधाई दी", the one met is congratulated)
            if ev.type not in ("TALKS", "MEET") or not pack.converb_end.search(self.text[ev.trigger.start : ev.trigger.end]):
                continue
            # (and the verbs joined to that one: "फोन पर बात कर संवेदना व्यक्त की और मदद का भरोसा दिलाया")
            for nxt, _ in sentence_events[k + 1 :]:
                between = self.text[ev.trigger.end : nxt.trigger.start]
                if any(c in between for c in ",;।.!?"):
                    break
                etype = self.onto.get(nxt.type)
                if etype is not None and etype.not_the_one_called:
                    continue  # ("मोदी को फोन कर हमले की निंदा की": the attack is condemned, not the one called)
                # (the one called is whom the next verb addresses: its target, or the recipient of help promised)
                role = "target" if etype is not None and "target" in etype.roles else "recipient"
                if etype is None or role not in etype.roles or any(r.name == role for r in nxt.roles):
                    continue
                doers = {r.entity_id for r in nxt.roles if r.entity_id}
                called = [r for r in ev.roles if r.name == "participant" and r.entity_id and r.entity_id not in doers]
                if len(called) == 1:
                    r = called[0]
                    nxt.roles = nxt.roles + [Role(role, r.text, r.start, r.end, r.entity_id)]

    def _participle_agent(self, etype: EventType, f: Found, roles: list[Role], args: list[Arg],
                          pack: LangPack, sentence: int) -> list[Role]:
        """"इस पर पलटवार करते हुए भाजपा प्रवक्ता संबित पात्रा ने कहा ...": a verb in a participle
        (``conjunctive``: हुए) with no subject of its own has the agent that follows it."""
        if (pack.conjunctive is None and pack.conjunctive_end is None and pack.purpose_conjunctive is None) or pack.order != "SOV":
            return []
        role = _subject_role(etype.frame(f.trigger.frame))
        if not role or any(r.name == role for r in roles):
            return []
        gap = self.text[f.end : f.end + 3]
        slots = ("agent",)
        if pack.conjunctive_end is not None and pack.conjunctive_end.search(self.text, f.start, f.end):
            slots = ("agent", "")  # bn "রায়কে প্রত্যাখ্যান করে আওয়ামী লীগ ... ডাক দিয়েছে": the bare subject after it
        elif (pc := pack.purpose_conjunctive.match(self.text, f.end + len(gap) - len(gap.lstrip()))
              if pack.purpose_conjunctive is not None else None) is not None:
            # hi "पुतिन का स्वागत करने के लिए किम ... मौजूद थे": the subject right after the purpose (a word or two on)
            nxt = next((a for a in args if a.start >= pc.end() and a.slot in ("agent", "") and a.entity_ids), None)
            if nxt is None or len(self.text[pc.end() : nxt.start].split()) > 1 or rx.search(r"[\"“”'‘’]", self.text[f.end : nxt.start]):
                return []
            slots = ("agent", "")
        elif pack.conjunctive is None or not pack.conjunctive.match(self.text, f.end + len(gap) - len(gap.lstrip())):
            return []
        # (a pronoun too, "ইউনূসের প্রতি আহ্বান জানিয়ে তিনি বলেন": the one it refers to)
        agent = next((a for a in args if a.start >= f.end and a.slot in slots
                      and (a.entity_ids or (a.ref is not None and a.ref.kind == "pronoun" and not a.ref.plural))), None)
        if agent is None or any(c in self.text[f.end : agent.start] for c in ",;।.!?"):
            return []
        # (not one marked in its own clause before: "X की आलोचना करते हुए उन्होंने", whom he criticised is not he)
        marked = {e for a in args if a.end <= f.start and a.slot not in ("", "agent") for e in a.entity_ids}
        eids = agent.entity_ids or self.resolver.pronoun(agent, sentence, marked)
        if len(eids) != 1:
            return []
        return [Role(role, agent.text, agent.start, agent.end, eids[0])]

    def _marked_agent_over_bare_subject(self, etype: EventType, f: Found, roles: list[Role], args: list[Arg],
                                        pack: LangPack) -> list[Role]:
        """"कांग्रेस के नेतृत्व वाली यूपीए सरकार पर ... आरोप लगाते हुए जयललिता ने कहा": a verb in a participle (``conjunctive``)
        whose subject role a bare (or genitive) name before it filled has, when an agent marked with its marker follows the participle,
        that agent as its subject (the bare name only described something: the Congress-led UPA)."""
        if pack.conjunctive is None or pack.order != "SOV":
            return roles
        role = _subject_role(etype.frame(f.trigger.frame))
        filled = [r for r in roles if r.name == role and r.entity_id]
        if not role or len(filled) != 1 or filled[0].start is None or filled[0].start >= f.start:
            return roles
        if not any(a.start == filled[0].start and a.slot in ("", "genitive") for a in args):
            return roles
        gap = self.text[f.end : f.end + 3]
        if not pack.conjunctive.match(self.text, f.end + len(gap) - len(gap.lstrip())):
            return roles
        agent = next((a for a in args if a.start >= f.end and a.slot == "agent" and a.entity_ids), None)
        if agent is None or any(c in self.text[f.end : agent.start] for c in ",;।.!?") or len(self.text[f.end : agent.start].split()) > 6:
            return roles
        return [r for r in roles if r is not filled[0]] + [Role(role, agent.text, agent.start, agent.end, agent.entity_ids[0])]

    def _toll_of_the_attack_before(self, i: int, sent: tuple[int, int], pack: LangPack, sentence_events: list) -> None:
        """"... হামলা চালিয়েছে ইসরায়েল। এতে অন্তত ২০ জন নিহত হয়েছেন": a sentence that opens by
        pointing back at the attack (``toll_back``) and counts dead, with no attack of its own,
        gives the attack of the sentence before its toll."""
        if pack.toll_back is None or pack.casualties is None or any(e.type == "ATTACK" for e, _ in sentence_events):
            return
        if not pack.toll_back.match(self.text, sent[0] + len(self.text[sent[0]:sent[1]]) - len(self.text[sent[0]:sent[1]].lstrip())):
            return
        before = [p.event for p in self.placed if p.event.type == "ATTACK" and p.event.sentence == i - 1]
        if not before:
            return
        # (the wounded too: "এ ঘটনায় আরও দুজন আহত হয়েছেন")
        for role, pattern in (("killed", pack.casualties), ("injured", pack.injuries)):
            if pattern is None or any(r.name == role for r in before[-1].roles):
                continue
            m = next((m for m in pattern.finditer(self.text, sent[0], sent[1]) if m.group().strip()), None)
            if m is not None:
                before[-1].roles.append(Role(role, m.group().strip(), m.start(), m.end()))
                if "toll-in-next-sentence" not in before[-1].by:
                    before[-1].by += "; toll-in-next-sentence"

    def _guest_travels(self, sentence_events: list) -> None:
        """"Putin welcomed Modi on his first visit to Russia", "मोदी ने अपनी पहली यात्रा पर आए ...": a
        visit told after a welcome in the same sentence, whose traveller is only a possessive pronoun
        read as the host, is the guest's."""
        for k, (ev, _) in enumerate(sentence_events):
            if ev.type not in TRIP_TYPES:
                continue
            host_welcome = next((w for w, _ in sentence_events[:k] if w.type == "WELCOME"), None)
            if host_welcome is None:
                continue
            hosts = {r.entity_id for r in host_welcome.roles if r.name == "host" and r.entity_id}
            guests = [r for r in host_welcome.roles if r.name == "guest" and r.entity_id]
            for r in ev.roles:
                if (r.name == "traveller" and r.entity_id in hosts and guests and r.start is not None
                        and any(ref.pattern.fullmatch(self.text, r.start, r.end) for pack in self.packs.values()
                                for ref in pack.refs)):
                    r.entity_id = guests[0].entity_id

    def _converb_of_a_planned_verb(self, sentence_events: list, pack: LangPack) -> None:
        """"नीतीश कुमार राज्यपाल से मिलकर दावा पेश करेंगे", "ইউনূস মোদির সঙ্গে সাক্ষাৎ করে আলোচনা করবেন": a converb
        (roles.yaml ``converb_end``) takes its tense from the verb it leads to, the next event of its sentence and
        clause: a deed still to come makes it one still to come."""
        if pack.converb_end is None:
            return
        future = pack.modality.get("planned", {}).get("trigger_end")
        evs = sorted((ev for ev, _ in sentence_events), key=lambda ev: ev.trigger.start)
        for k, ev in enumerate(evs):
            if ev.modality not in ("asserted", "reported") or not pack.converb_end.search(self.text[ev.trigger.start : ev.trigger.end]):
                continue
            stop = rx.search(r"[,;:।.!?]", self.text[ev.trigger.end :])
            stop = ev.trigger.end + stop.start() if stop is not None else len(self.text)
            # (nor past a clause break or the words of a speech verb: "সমর্থন করে যা ... প্রয়োজন হবে", "প্রশংসা করে
            # বলেন যে তিনি ... থাকবেন", a present or past verb whose clause after tells what is to come)
            # (nor past a finite verb and its coordinator, roles.yaml ``verb_coordinator``: "बात कर हालात की जानकारी ली
            # और हर संभव मदद का भरोसा दिलाया", the talk led to the briefing, not to the promise)
            for pat in (pack.clause_breaks, _cue_pattern(pack, "complementizers"), _cue_pattern(pack, "speech_verbs"),
                        pack.verb_coordinator):
                cut = pat.search(self.text, ev.trigger.end, stop) if pat is not None else None
                if cut is not None:
                    stop = cut.start()
            nxt = evs[k + 1] if k + 1 < len(evs) and evs[k + 1].trigger.start < stop else None
            if nxt is not None:
                planned = nxt.modality == "planned" and len(self.text[ev.trigger.end : nxt.trigger.start].split()) <= 8
            else:
                # (the verb it leads to made no event: "... मनमोहन सिंह से मिलकर ... कार्रवाई की माँग करेगा")
                words = self.text[ev.trigger.end : stop].split()
                planned = bool(future is not None and words and len(words) <= 12 and future.fullmatch(words[-1]))
            if planned:
                ev.modality = "planned"
                ev.by += "; modality:converb-of-a-planned-verb"

    def _trip_of_a_planned_deed(self, sentence_events: list) -> None:
        """"Modi will meet Kishida during a visit to Japan", "मोदी जापान यात्रा के दौरान किशिदा से मुलाकात करेंगे": a
        trip told as an adjunct (a ``clause_subject`` frame) of a verb still to come is still to come."""
        adjuncts = [ev for ev, _ in sentence_events if ev.type == "VISIT" and ev.modality in ("asserted", "reported")
                    and id(ev) in self._adjunct_events]
        if not adjuncts:
            return
        planned = [ev for ev, _ in sentence_events if ev.modality == "planned" and ev not in adjuncts
                   and ev.type not in TRIP_TYPES]
        for adj in adjuncts:
            travellers = {r.entity_id for r in adj.roles if r.name == "traveller" and r.entity_id}
            if any(travellers & {r.entity_id for r in ev.roles if r.entity_id} for ev in planned):
                adj.type, adj.modality = "PLAN_VISIT", "planned"
                adj.by += "; modality:trip-of-a-planned-deed"

    def _planned_trip_told_again(self, sentence_events: list) -> None:
        """"Putin will visit India next week, the Kremlin said on Monday, his first trip to the country since ...": a
        trip told again in the same sentence, by the same traveller to the same place with no time of its own, after
        a planned one, is that trip (still to come), not one made."""
        planned = [ev for ev, _ in sentence_events if ev.type == "PLAN_VISIT"]
        if not planned:
            return

        def ids(ev: Event, role: str) -> set[str]:
            return {r.entity_id for r in ev.roles if r.name == role and r.entity_id}

        for ev, _ in sentence_events:
            if ev.type != "VISIT" or ev.modality not in ("asserted", "reported"):
                continue
            if ev.time is None and any(p.trigger.end <= ev.trigger.start and ids(p, "traveller") & ids(ev, "traveller")
                                       and ids(ev, "place") and ids(ev, "place") <= ids(p, "place") for p in planned):
                ev.type, ev.modality = "PLAN_VISIT", "planned"
                ev.by += "; modality:planned-trip-told-again"
            elif any(ev.trigger.end <= p.trigger.start and ids(p, "traveller") & ids(ev, "traveller")
                     and ids(ev, "place") <= ids(p, "place") and len(self.text[ev.trigger.end : p.trigger.start].split()) <= 3
                     and not any(c in self.text[ev.trigger.end : p.trigger.start] for c in ",;:।") for p in planned):
                # "मोदी रविवार को तीन दिवसीय यात्रा पर जापान रवाना होंगे": the trip noun right before the verb that
                # plans the going is that trip, still to come
                ev.type, ev.modality = "PLAN_VISIT", "planned"
                ev.by += "; modality:trip-noun-of-a-planned-going"

    def _purpose_of_a_planned_trip(self, sentence_events: list, pack: LangPack) -> None:
        """"Marcos is due to travel to Tokyo for talks with Ishiba", "मोदी पुतिन के साथ वार्ता के लिए मास्को
        जाएंगे": an event noun told as the purpose of a planned trip in the same sentence (roles.yaml
        ``purpose_before`` / ``purpose_after``) has not happened either."""
        if pack.purpose_before is None and pack.purpose_after is None:
            return
        # (an arrival is a trip's start: what it is made for is still to come, "Putin arrives in India for talks
        # with Modi")
        trips = [ev for ev, _ in sentence_events if ev.type in TRIP_TYPES and (ev.modality == "planned" or ev.type == "ARRIVE")]
        if not trips:
            return
        trip_end = min(ev.trigger.end for ev in trips)
        for ev, _ in sentence_events:
            if ev.type in TRIP_TYPES or ev.modality not in ("asserted", "reported"):
                continue
            t = ev.trigger
            if ((pack.purpose_before is not None and pack.purpose_before.search(self.text, max(0, t.start - 60), t.start))
                    or (pack.purpose_after is not None and pack.purpose_after.match(self.text, t.end))):
                ev.modality = "planned"
                ev.by += "; modality:purpose-of-a-planned-trip"
                self._traveller_holds_the_talks(ev, [tr for tr in trips if tr.trigger.end <= t.start])
            elif (ev.type in ("MEET", "TALKS") and id(ev) in self._nominal_events and t.start >= trip_end
                  and any(tr.modality == "planned" for tr in trips)):
                # "চীন সফরে যাচ্ছেন প্রধান উপদেষ্টা, শির সঙ্গে বৈঠক বৃহস্পতিবার": a meeting told by its noun alone
                # after a trip to come is held on that trip
                ev.modality = "planned"
                ev.by += "; modality:meeting-on-a-planned-trip"

    def _traveller_holds_the_talks(self, ev: Event, trips: list[Event]) -> None:
        """"Wang Yi will visit New Delhi next week for border talks with Ajit Doval": the one who travels holds the talks
        the trip is for, not the place he goes to (read as the subject before the noun)."""
        if ev.type not in ("MEET", "TALKS") or not trips:
            return
        trip = trips[-1]
        # (the place's own words read as a side: not "Egyptian mediators" met in Cairo, a side of their own)
        places = {r.start for r in trip.roles if r.name == "place" and r.entity_id and r.start is not None}
        travellers = [r for r in trip.roles if r.name == "traveller" and r.entity_id]
        if not travellers or not any(r.name == "participant" and r.start in places for r in ev.roles):
            return
        have = {r.entity_id for r in ev.roles}
        ev.roles = [r for r in ev.roles if not (r.name == "participant" and r.start in places)] + [
            Role("participant", r.text, r.start, r.end, r.entity_id) for r in travellers if r.entity_id not in have]

    def _trip_places(self, sentence_events: list) -> None:
        """"চীন সফরে ইউনূস, সি চিন পিংয়ের সঙ্গে বৈঠক", "visited China and met Xi": a meeting with no
        place of its own, after a trip to a place in the same sentence, is held there."""
        trip = None
        for ev, _ in sentence_events:
            places = [r for r in ev.roles if r.name == "place" and r.entity_id]
            if ev.type in TRIP_TYPES and places:
                # (a trip not made holds no meeting: "ভারত সফরে যাচ্ছেন না X, মোদির সঙ্গে সাক্ষাতের সম্ভাবনা")
                trip = places if ev.modality != "denied" else None
            elif trip and ev.type in ("MEET", "TALKS") and not any(r.name == "place" for r in ev.roles):
                ev.roles += [dataclasses.replace(r) for r in trip]
                ev.place = ev.place or trip[0].entity_id

    def _genitive_of_other_phrase(self, a: Arg, f: Found, pack: LangPack) -> bool:
        """The genitive's own noun phrase ends in another case marker before the trigger, with no
        other name or time inside it: "X के जल बंटवारे पर चर्चा" (X's water). Adjuncts between a
        possessor and its event noun ("पुतिन का शुक्रवार सुबह राष्ट्रपति भवन में स्वागत") do not count."""
        end = _closing_marker_at(pack, self.text, a.outer_end, f.start)
        if end is None:
            return False
        if pack.direct_genitive is not None and pack.direct_genitive.search(self.text, max(0, a.outer_end - 4), a.outer_end):
            # "पुतिन का हवाई अड्डे पर स्वागत": a genitive in the direct case owns no noun a postposition
            # follows (that one would take के); it is the event noun's
            return False
        inside = lambda s, e: a.outer_end <= s and e <= end
        return not any(inside(m.start, m.end) for m in self.doc.mentions) and not any(
            inside(t.start, t.end) for t in self.doc.times)

    def _role_marked_after_reason(self, a: Arg, f: Found, frame: dict, role: str, pack: LangPack) -> bool:
        """The dative ``a`` belongs to the reason phrase it stands in: the phrase's verbal noun takes a dative of its
        own (roles.yaml ``dative_verbal_nouns``), or a phrase after it, before the trigger, is marked for the same
        role ("ताइवान को हथियार बेचने पर | अमेरिकी कंपनियों पर प्रतिबंध": the companies are hit)."""
        m = self._phrase_after(a, f, _per_lang(pack, "adverbial_phrase", _adverbial_phrase_pattern),
                               genitives=_genitive_after(pack))
        if m is None:
            return False
        if pack.dative_verbal_nouns is not None and pack.dative_verbal_nouns.search(self.text, m.start(), m.end()):
            return True  # (the reason's own verb takes the dative: "ताइवान को हथियार बेचने पर")
        return self._marker_after_words(m.end(), f.start, pack, lambda mk: mk.suffix is None and frame.get(mk.slot) == role)

    def _in_adverbial_phrase(self, a: Arg, f: Found, pack: LangPack) -> bool:
        """The genitive's noun phrase ends in "after"/"before" (``time_bounds.after_phrase``) before the
        trigger: "শেখ হাসিনার সরকারের পতনের পর ... বৈঠক" (after the fall of Hasina's government)."""
        # (a possessor inside the phrase is part of it: "यूक्रेन पर रूस के हमले के बाद")
        return self._phrase_after(a, f, _per_lang(pack, "adverbial_phrase", _adverbial_phrase_pattern),
                                  genitives=_genitive_after(pack)) is not None

    def _place_in_topic(self, a: Arg, f: Found, wargs: list[Arg], pack: LangPack) -> bool:
        """A place in the locative, a few words before a topic or grievance marker (roles.yaml ``item_topic_markers``:
        "নিয়ে", "के संबंध में"), with another place in the locative after the marker and before the trigger: the first is in
        what the deed is about, the second is where it happened."""
        # (or a grievance marker, roles.yaml ``grievance_markers``: "গাজায় ইসরায়েলি হামলার প্রতিবাদে ঢাকায় বিক্ষোভ")
        pat = _per_lang(pack, "topic_phrase", lambda p: regex.compile(
            rf"(?:\s*[^\s,;:।.!?\"“”]+){{1,4}}?\s+(?:{'|'.join(x.pattern for x in (p.item_topic_markers, p.grievance_markers) if x is not None)})(?!\w)",
            p.item_topic_markers.flags))
        # (a demonym describing what the phrase is about: "গাজায় ইসরায়েলি হামলার প্রতিবাদে")
        m = self._phrase_after(a, f, pat, demonyms=True)
        return m is not None and any(b.slot == "locative" and m.end() <= b.start and b.end <= f.start
                                     and self._label(b) in ("GPE", "LOC") for b in wargs)

    def _place_in_grievance_after(self, a: Arg, f: Found, wargs: list[Arg], pack: LangPack) -> bool:
        """SVO: a grievance marker (roles.yaml ``grievance_markers``: "to protest", "against") between the trigger and
        the place ``a``, and another place in the locative between the trigger and the marker: ``a`` is in what
        is protested, the other is where it happened."""
        g = pack.grievance_markers.search(self.text, f.end, a.start)
        return g is not None and any(b.slot == "locative" and f.end <= b.start and b.end <= g.start()
                                     and self._label(b) in ("GPE", "LOC") for b in wargs if b is not a)

    def _phrase_after(self, a: Arg, f: Found, pat: regex.Pattern | None, genitives: regex.Pattern | None = None,
                      demonyms: bool = False) -> regex.Match | None:
        """``pat`` matched from the argument's end towards the trigger, with no other name inside
        (but for names marked as possessors by ``genitives``, when given, and demonyms when ``demonyms``)."""
        m = pat.match(self.text, a.outer_end, f.start) if pat is not None else None
        if m is None or any(a.outer_end < x.start and x.end <= m.end()
                            and not (genitives is not None and genitives.match(self.text, x.end))
                            and not (demonyms and x.label == "NORP")
                            for x in self.doc.mentions):
            return None
        return m

    def _owner_of_struck_place(self, a: Arg, f: Found, pack: LangPack) -> bool:
        """bn: the genitive, a word or two, a noun in the locative, then one word (the deed's noun) right before the
        trigger ("ইরানের পরমাণু স্থাপনায় হামলার নিন্দা"): the genitive owns where the deed was done."""
        pat = _per_lang(pack, "struck_place", lambda p: regex.compile(
            rf"(?:\s+[^\s,।]+){{0,2}}?\s+(?:{p.locative_word.pattern})\s+[^\s,।]+\s+(?:[^\s,।]+\s+)?$", p.locative_word.flags)
            if p.locative_word is not None else None)
        return (pat is not None and pat.match(self.text, a.outer_end, f.start) is not None
                and not any(a.outer_end < x.start < f.start for x in self.doc.mentions)
                and not any(a.outer_end <= t.start < f.start for t in self.doc.times))

    def _owner_of_place_word(self, a: Arg, f: Found, pack: LangPack) -> bool:
        """bn: the genitive's next word is a noun in the locative before the trigger ("কাশ্মীরের
        পেহেলগামে ... হামলায়"): the genitive says whose place it is; it does not act."""
        # (through one or two common nouns in the genitive: "বিএনপির চেয়ারপারসনের কার্যালয়ে গিয়ে ... বৈঠক করেন")
        pat = _per_lang(pack, "locative_word", lambda p: regex.compile(
            rf"(?P<gen>(?:\s+\S+(?:ের|এর))){{0,2}}\s+(?:{p.locative_word.pattern})(?=\s+\S)", p.locative_word.flags)
            if p.locative_word is not None else None)
        m = pat.match(self.text, a.outer_end, f.start) if pat is not None else None
        if m is not None and m.group("gen") and any(a.outer_end < x.start < m.end("gen") for x in self.doc.mentions):
            return False  # (a name in between owns the place: "ভারতের কাশ্মীরের পেহেলগামে" is read for that name)
        # (a time in the locative is no place of the genitive's: "জোকো উইডোডোর রবিবারে ... সফর করার কথা")
        return m is not None and not any(a.outer_end <= t.start < m.end() for t in self.doc.times)

    def _modifies_place(self, a: Arg, wargs: list[Arg]) -> bool:
        """A possessive read as the modifier of the argument after it, a place ("रूस के कुर्स्क में")."""
        k = next((j for j, b in enumerate(wargs) if b is a), None)
        nxt = wargs[k + 1] if k is not None and k + 1 < len(wargs) else None
        # (a place owns a place; "ट्रंप और पुतिन की अलास्का में बैठक" is their meeting, in Alaska)
        # (right before it: "Qatar-mediated talks in Doha" is Qatar's mediation, not Doha's owner)
        place_id = (nxt.entity_ids[:1] or [""])[0] if nxt is not None else ""
        owner_id = (a.entity_ids[:1] or [None])[0]
        if (nxt is not None and nxt.slot == "upon" and self._label(a) in ("GPE", "LOC") and self._label(nxt) in ("GPE", "LOC")
                and not place_id.startswith("gpe:")
                # (a place whose country the KB knows must be the owner's)
                and (_country_of(self.doc, place_id) or owner_id) == owner_id
                and not _WORD_CHAR.search(self.text, a.outer_end, nxt.outer_start if nxt.outer_start is not None else nxt.start)):
            # "पाकिस्तान के क्वेटा रेलवे स्टेशन पर हमला": a country's own city or site struck upon (not another country:
            # "ईरान के इज़राइल पर हमले" is Iran's attack)
            return True
        return (nxt is not None and nxt.slot == "locative" and self._label(nxt) in ("GPE", "LOC")
                and self._label(a) in ("GPE", "LOC")
                and not _WORD_CHAR.search(self.text, a.outer_end, nxt.outer_start if nxt.outer_start is not None else nxt.start))

    def _modifies_title(self, a: Arg, wargs: list[Arg], pack: LangPack | None = None) -> bool:
        """A possessive right before an office ("মিয়ানমারের জান্তাপ্রধান", "Myanmar's junta chief") or a
        reference to a country's or body's own government ("মিয়ানমারের জান্তার বিরুদ্ধে"): the office's
        country, no role of its own (the office or the reference acts or is acted on); or before an office and
        the name of its holder ("Hamas leader Ismail Haniyeh was killed": Hamas made no strike)."""
        k = next((j for j, b in enumerate(wargs) if b is a), None)
        nxt = wargs[k + 1] if k is not None and k + 1 < len(wargs) else None
        if (nxt is not None and pack is not None and nxt.ref is None and nxt.label == "PER"
                and self._only_office_words(a.outer_end, nxt.start, pack)):
            return True
        # (a person's possessive before a government word owns the deed after it: "राहुल गांधी का केंद्र पर हमला" is
        # Rahul's attack on the Centre, no government of his)
        return (nxt is not None and nxt.ref is not None
                and (nxt.ref.kind == "title" or (nxt.ref.kind == "pronoun" and nxt.ref.label in ("GPE", "ORG")
                                                 and self._label(a) != "PER"))
                and not self.text[a.outer_end : nxt.start].strip())

    def _owns_office_of_name(self, a: Arg, wargs: list[Arg], pack: LangPack) -> bool:
        """A genitive right before office words and the name of a person holding the office ("यूरोपीय संघ की विदेश नीति
        प्रमुख काया कलास", "ইউরোপীয় ইউনিয়নের পররাষ্ট্রনীতিবিষয়ক প্রধান কাইয়া কালাস"): it names whose office, no role."""
        k = next((j for j, b in enumerate(wargs) if b is a), None)
        nxt = wargs[k + 1] if k is not None and k + 1 < len(wargs) else None
        # (the holder acts or is acted on himself; not a partner after it: "मोदी की चीनी राष्ट्रपति शी जिनपिंग से मुलाकात" is
        # Modi's meeting)
        return (nxt is not None and nxt.ref is None and nxt.label == "PER" and nxt.slot in ("", "agent", "genitive")
                and bool(self.text[a.outer_end : nxt.start].strip())
                and self._only_office_words(a.outer_end, nxt.start, pack))

    def _genitive_of_place(self, a: Arg, f: Found, pack: LangPack) -> bool:
        """The genitive's noun phrase closes with a locative marker word (hi में) before the trigger."""
        end = _closing_marker_at(pack, self.text, a.outer_end, f.start)
        if end is None or not any(mk.slot == "locative" and mk.after is not None and mk.suffix is None
                                  and mk.after.match(self.text, end) for mk in pack.markers):
            return False
        # not an adjunct between a possessor and its event noun ("पुतिन का शुक्रवार सुबह राष्ट्रपति भवन
        # में स्वागत"): no time inside, and no name but the place the marker closes ("शहर सिडनी में")
        inside = lambda s, e: a.outer_end <= s and e <= end
        return not any(inside(t.start, t.end) for t in self.doc.times) and not any(
            inside(m.start, m.end) and not (m.label in ("GPE", "LOC") and not self.text[m.end : end].strip())
            for m in self.doc.mentions)

    def _in_closed_phrase(self, a: Arg, f: Found, pack: LangPack) -> bool:
        """A noun or two after the argument, then a word closing an adjunct (``phrase_closers``: জন্য,
        के लिए) before the trigger: the argument belongs to that adjunct, not to the event."""
        pat = _closed_phrase(pack)
        if pat is None:
            return False
        m = self._phrase_after(a, f, pat)
        if m is None:
            return False
        # the noun the argument depends on, then the closer ("সমর্থনের জন্য"); a case marker in
        # between starts another phrase ("पाकिस्तान से इन उल्लंघनों को रोकने के लिए ...")
        words = m.group(1).split()
        if any(mk.after is not None and mk.suffix is None and mk.after.fullmatch(w) for w in words for mk in pack.markers):
            return False
        # (nor an attached case ending of two letters or more on a word before the head: "বিগ বয় এর সাথে
        # এ্যালবামের শিরোনাম নিয়ে আলোচনা": the album's title is the topic, Big Boy is talked with)
        return not any((e := _at_end(mk.suffix).search(w)) is not None and e.end() - e.start() >= 2 and e.start() > 0
                       for w in words[:-1] for mk in pack.markers if mk.suffix is not None and mk.after is None and mk.slot)

    def _partner_before_topic(self, a: Arg, f: Found, slot: str, pack: LangPack) -> bool:
        """A comitative before the event's topic ("ভারতের সঙ্গে বাণিজ্য নিয়ে আলোচনা", talks with India about trade):
        the phrase a topic closer (roles.yaml ``topic_closers``) closes is what is talked about; the one "with" whom stays
        the event's partner."""
        if slot != "comitative" or pack.topic_closers is None:
            return False
        m = self._phrase_after(a, f, _closed_phrase(pack))
        return m is not None and pack.topic_closers.search(self.text, m.end(1), m.end()) is not None

    def _for_taking_part(self, a: Arg, f: Found, pack: LangPack) -> bool:
        """Right after the argument in the locative, the purpose of taking part in it (quotes.yaml
        ``participation_purposes``) before the trigger: "दोहा फोरम में भाग लेने के लिए कतर पहुंचे" (the forum is
        what one goes to join, no place of the arrival)."""
        pat = _cue_pattern(pack, "participation_purposes")
        if pat is None or a.slot != "locative" or a.outer_end > f.start:
            return False
        m = pat.match(self.text, a.outer_end + len(self.text[a.outer_end : f.start]) - len(self.text[a.outer_end : f.start].lstrip()))
        return m is not None and m.end() <= f.start

    def _verbal_noun_closes(self, a: Arg, f: Found, pack: LangPack) -> bool:
        """The adjunct closed after the argument ends in a verbal noun (quotes.yaml ``verbal_noun_heads``: "बेचने
        के लिए"): the argument is that verb's own object, not the event's."""
        heads, pat = _cue_pattern(pack, "verbal_noun_heads"), _closed_phrase(pack)
        if heads is None or pat is None:
            return False
        m = self._phrase_after(a, f, pat)
        return m is not None and bool(m.group(1).split()) and heads.fullmatch(m.group(1).split()[-1]) is not None

    def _before_embedded_verb(self, a: Arg, f: Found, pack: LangPack) -> bool:
        """Right after the argument, a verbal noun of what is done to a person (``embedded_verb_ends``)
        before the trigger: "শেখ হাসিনাকে ফেরত পাঠানোর অনুরোধ" (a request to send Hasina back), not
        "পাকিস্তানকে সংযম দেখানোর আহ্বান" (Pakistan is asked)."""
        ends = _cue_pattern(pack, "embedded_verb_ends")
        if ends is None:
            return False
        # (a purpose clause may come between: "শেখ হাসিনাকে বিচারের মুখোমুখি করতে দেশে ফেরত পাঠানোর অনুরোধ",
        # quotes.yaml ``embedded_verb_leads``)
        lead = _cue_pattern_raw(pack, "embedded_verb_leads")
        pat = _per_lang(pack, "embedded_verb", lambda p: regex.compile(
            rf"\s*(?:(?:{lead.pattern})\s+)?(?:{ends.pattern})\s*$" if lead is not None else rf"\s*(?:{ends.pattern})\s*$",
            ends.flags))
        if pat.match(self.text, a.outer_end, f.start) is not None and not any(
                a.outer_end <= m.start and m.end <= f.start for m in self.doc.mentions):
            return True
        # an infinitive of purpose right after it (``embedded_infinitives``), the one asked named
        # before the trigger: "শেখ হাসিনাকে ফেরত পাঠাতে ভারতের প্রতি আহ্বান" (India is asked to send Hasina back)
        infs = _cue_pattern(pack, "embedded_infinitives")
        if infs is None:
            return False
        inf = _per_lang(pack, "embedded_infinitive", lambda p: regex.compile(rf"\s*(?:{infs.pattern})", infs.flags))
        m = inf.match(self.text, a.outer_end, f.start)
        return m is not None and f.start - m.end() <= 60

    @staticmethod
    def _last_conjunct(a: Arg, wargs: list[Arg]) -> Arg:
        """The last of the names joined to ``a`` ("भारत-रूस": रूस), or ``a``."""
        k = next((k for k, x in enumerate(wargs) if x is a), None)
        while k is not None and k + 1 < len(wargs) and wargs[k + 1].joined and wargs[k + 1].slot == a.slot:
            k += 1
        return wargs[k] if k is not None else a

    def _in_locative_phrase(self, a: Arg, f: Found, pack: LangPack) -> bool:
        """A bare name, one to three nouns after it, then a locative marker word (hi में) before the
        trigger: the name modifies that place or gathering ("भारत-रूस वार्षिक शिखर सम्मेलन में")."""
        locs = [mk.after for mk in pack.markers if mk.slot == "locative" and mk.after is not None and mk.suffix is None]
        if not locs:
            return False
        pat = _per_lang(pack, "locative_phrase", lambda p: regex.compile(
            r"((?:\s*[^\s,;:।.!?\"“”]+){1,3}?)(?:" + "|".join(x.pattern for x in locs) + ")", locs[0].flags))
        m = self._phrase_after(a, f, pat)
        if m is None:
            return False
        words = m.group(1).split()
        return not any(mk.after is not None and mk.suffix is None and mk.after.fullmatch(" " + w)
                       for w in words for mk in pack.markers)

    def _norps(self) -> list:
        """The document's demonym mentions that point at a country (computed once)."""
        if self._norp is None:
            self._norp = [m for m in self.doc.mentions if m.label == "NORP" and m.entity_id]
        return self._norp

    def _marked_soon_after(self, pos: int, limit: int, pack: LangPack, slots: tuple[str, ...], words: int = 3) -> bool:
        """A separate-word marker of one of ``slots`` (roles.yaml markers' ``after``) ends the phrase that
        starts at ``pos`` within a few words ("বাংলাদেশি| পণ্যের ওপর", "भारतीय| सामानों पर")."""
        return self._marker_after_words(pos, limit, pack, lambda mk: mk.slot in slots, words)

    def _marker_after_words(self, pos: int, limit: int, pack: LangPack, keep, words: int | None = None) -> bool:
        """A marker written after a word (``after``, ``keep(marker)`` true) right after one of the words from ``pos``
        (the first ``words`` of them, or all before ``limit``)."""
        ends = [w.end() for w in _NON_SPACE.finditer(self.text, pos, limit)][:words]
        return any(mk.after.match(self.text, e, limit) for e in ends for mk in pack.markers
                   if mk.after is not None and keep(mk))

    def _leaders_governments(self, args: list[Arg], pack: LangPack, sent: tuple[int, int]) -> list[Arg]:
        """"मोदी सरकार ने", "হাসিনা সরকার", "the Biden administration": a leader's name before a word for
        government (roles.yaml ``leader_government``) is the country they lead acting, marked as the
        phrase is."""
        out = list(args)
        for a in args:
            m = pack.leader_government.match(self.text, a.end) if a.label == "PER" and a.entity_ids and a.ref is None else None
            land = self.resolver.country_governed_by(a.entity_ids[0]) if m is not None else None
            if land is None:
                continue
            gov = Arg(a.start, m.end(), self.text[a.start : m.end()], "GPE", [land], by=f"{a.by}; leader-government")
            _mark(gov, self.text, sent[0], sent[1], pack)
            out = sorted([b for b in out if not (b.start < m.end() and a.start < b.end)] + [gov], key=lambda b: b.start)
        return out

    def _decision_owner(self, f: Found, args: list[Arg], pack: LangPack) -> Arg | None:
        """SOV: a genitive marker right after the trigger, a name in the genitive, then a decision's noun (roles.yaml
        ``decision_nouns``): that name ("लगाने का अमेरिका का फैसला")."""
        gen = _genitive_after(pack)
        m = gen.match(self.text, _past_spaces(self.text, f.end)) if gen is not None else None
        if m is None:
            return None
        start = _past_spaces(self.text, m.end())
        who = next((a for a in args if a.start == start and a.slot == "genitive" and a.entity_ids and a.ref is None
                    and a.label in ("GPE", "ORG", "PER")), None)
        if who is None:
            return None
        return who if pack.decision_nouns.match(self.text, _past_spaces(self.text, who.outer_end or who.end)) else None

    def _headline_passive(self, f: Found, sent: tuple[int, int], pack: LangPack) -> bool:
        """A headline's participle right after a name, no object after it (roles.yaml ``headline_passive``): "Duterte
        arrested on ICC warrant" (he was arrested)."""
        if pack.headline_passive is None or f.trigger.frame is not None or not _headline_line(self.text, f.start):
            return False  # (a frame of its own already reads the participle: "Sheikh Hasina sentenced to death")
        if pack.headline_passive.match(self.text, f.start) is None:
            return False
        before = self.text[sent[0] : f.start].rstrip()
        return any(m.end == sent[0] + len(before) for m in self.doc.mentions if sent[0] <= m.start < f.start)

    def _conjunct_body_after(self, last: Arg, wargs: list[Arg], f: Found, sent: tuple[int, int], pack: LangPack) -> bool:
        """"Trump and the leaders of Egypt, Qatar and Turkey signed": a conjunction right after the bare
        subject ``last`` joins it to a body "of" its owners, the next argument (SVO)."""
        nxt = next((a for a in wargs if a.start > last.start), None)
        if nxt is None or nxt.slot not in ("genitive", "benefactive") or nxt.end > f.start or pack.conjunctions is None:
            return False
        body = _body_before(pack).search(self.text, max(sent[0], nxt.outer_start - 60), nxt.outer_start)
        return body is not None and body.start() >= last.outer_end and bool(
            pack.conjunctions.fullmatch(without_determiner(self.text[last.outer_end : body.start()].strip(), pack)))

    def _owned_body_conjuncts(self, wargs: list[Arg], f: Found, pack: LangPack) -> list[Arg]:
        """"Sudan's army and the RSF agreed": a possessor's body joined to a bare subject before the verb
        is a subject too, acted for by its possessor (SVO; the body alone is handled below)."""
        if pack.conjunctions is None:
            return wargs

        def build(p: LangPack) -> regex.Pattern:
            det = rf"(?:(?:{p.determiners.pattern})\s+)?" if p.determiners is not None else ""
            # (a describing word or two may stand before the other name: "and the paramilitary Rapid Support Forces")
            return regex.compile(rf"\s*(?:{p.conjunctions.pattern})\s+{det}(?:(?-i:\p{{Ll}})[\w-]*\s+){{0,2}}$",
                                 p.conjunctions.flags)

        join = _per_lang(pack, "body_conjunct_join", build)
        for a, b in zip(wargs, wargs[1:]):
            # ("and" may have been read as b's comitative marker: "Israel's military and Hamas agreed")
            if not (a.slot == "genitive" and a.ref is None and b.slot in ("", "comitative") and b.end <= f.start):
                continue
            m = _body_at(pack).match(self.text, a.outer_end, b.start)
            if m is not None and join.fullmatch(self.text, m.end(), b.start):
                wargs = [dataclasses.replace(x, slot="", outer_end=m.end()) if x is a
                         else dataclasses.replace(x, slot="", joined=True, outer_start=m.end()) if x is b else x
                         for x in wargs]
                break
        return wargs

    def _bodies_to_owners(self, wargs: list[Arg], pack: LangPack, sent: tuple[int, int] | None = None) -> list[Arg]:
        """"चीन के विदेश मंत्रालय ने", "China's foreign ministry said" read as a name of its own (a
        generic body the recogniser found): the country owning it takes the body's place and slot."""
        out: list[Arg] = []
        if wargs or sent is not None:
            lo, hi = sent if sent is not None else (wargs[0].start, wargs[-1].end)
            norps = [m for m in self._norps() if lo <= m.start and m.end <= hi]
            coordinated = False  # the demonym before was joined to this one ("Russian and Ukrainian")
            for k, m in enumerate(norps):
                # "the Russian foreign ministry said", "रूसी सेना ने": the demonym's country acts
                if any(a.start < m.end and m.start < a.end for a in wargs):
                    continue
                body, owner_end = self._body_subject(m.end, hi, pack), m.end
                if body is None and k + 1 < len(norps) and pack.conjunctions is not None and pack.conjunctions.fullmatch(
                        self.text[m.end : norps[k + 1].start].strip()):
                    # "Russian and Ukrainian delegations met": both demonyms own the body
                    body, owner_end = self._body_subject(norps[k + 1].end, hi, pack), m.end
                    if body is not None and self._comitative_before(m.start, lo, pack):
                        body = "comitative"  # "talks between Russian and Ukrainian delegations": the two sides
                    if body is not None:
                        # coordinated with the next demonym: a subject of its own, ending at the conjunction
                        wargs = sorted(wargs + [Arg(m.start, m.end, m.text, "GPE", [m.entity_id],
                                                    slot=body if body in ("agent", "comitative") else "", outer_start=m.start,
                                                    outer_end=owner_end, by=m.by or "mention")], key=lambda a: a.start)
                        coordinated = True
                        continue
                if body is not None and pack.order == "SVO" and any(
                        mk.slot in ("locative", "near") and mk.before is not None
                        and mk.before.search(self.text, max(lo, m.start - 40), m.start) for mk in pack.markers):
                    # "gathered outside the Chinese embassy", "near the Indian consulate": the body is where it
                    # happened, its country no one who acts
                    body = None
                if body is not None:
                    end = self._body_end(m.end, hi, pack)
                    named = next((a for a in wargs if a.start >= end), None)
                    if (named is not None and named.ref is None and named.label in ("ORG", "AGENCY", "PER")
                            and not self.text[end : named.start].strip()):
                        # "ভারতীয় সীমান্তরক্ষী বাহিনী বিএসএফ দুই বাংলাদেশিকে আটক করেছে": the body's name right after it
                        # acts for it (the demonym's country no argument of its own); so does the holder of an office
                        # read as a body ("মার্কিন সহকারী পররাষ্ট্রমন্ত্রী ডোনাল্ড লুর সঙ্গে")
                        coordinated = False
                        continue
                    if pack.order == "SVO" and _BY_PHRASE_END.search(self.text, max(lo, m.start - 40), m.start):
                        body = "by"  # "attacked by 300 Russian drones": the drones' country did it
                    elif coordinated and self._comitative_before(norps[k - 1].start, lo, pack):
                        body = "comitative"  # (the second of "between Russian and Ukrainian delegations")
                    wargs = sorted(wargs + [Arg(m.start, m.end, m.text, "GPE", [m.entity_id],
                                                slot=body if body in ("agent", "genitive", "by", "comitative") else "",
                                                outer_start=m.start, outer_end=end, by=m.by or "mention", joined=coordinated)],
                                   key=lambda a: a.start)
                coordinated = False
        for k, a in enumerate(wargs):
            prev = out[-1] if out else None
            limit = sent[1] if sent is not None else len(self.text)
            if a.slot == "genitive" and a.ref is None and a.entity_ids and a.label in ("GPE", "ORG") and pack.order == "SOV":
                # "আইএমএফের প্রতিনিধিদলের সঙ্গে বৈঠক", "आईएमएफ के प्रतिनिधिमंडल के साथ बैठक": the owner of a body met
                # with is met with (the body's word takes the comitative marker)
                nxt = wargs[k + 1].start if k + 1 < len(wargs) else limit
                m = _body_at(pack).match(self.text, a.outer_end, nxt)
                with_ = next((w for mk in pack.markers if m is not None and mk.slot == "comitative" and mk.after is not None
                              and (mk.suffix is None or _at_end(mk.suffix).search(m.group()))
                              and (w := mk.after.match(self.text, m.end(), nxt)) is not None), None)
                if with_ is not None:
                    # (and its conjuncts before it: "पाकिस्तान और अफगानिस्तान की सेनाओं के बीच", both armies')
                    j, nxt_start = len(out) - 1, a.start
                    while (j >= 0 and out[j].slot == "genitive" and pack.conjunctions is not None
                           and pack.conjunctions.fullmatch(self.text[out[j].outer_end or out[j].end : nxt_start].strip())):
                        out[j], nxt_start = dataclasses.replace(out[j], slot="comitative", outer_end=with_.end()), out[j].start
                        j -= 1
                    out.append(dataclasses.replace(a, slot="comitative", outer_end=with_.end()))
                    continue
            if (a.slot == "modifier" and a.ref is None and a.entity_ids and a.label in ("ORG", "GPE") and pack.order == "SVO"
                    and prev is not None and prev.slot == "genitive" and self._body_subject(a.end, limit, pack) == "subject"):
                # "Afghanistan's Taliban government rejected ...": the named body's government acts, as "the
                # Taliban government" does
                out.append(dataclasses.replace(a, slot="", outer_end=self._body_end(a.end, limit, pack)))
                continue
            if (prev is None and a.slot == "ablative" and a.ref is None and sent is not None
                    and pack.possessor_bodies is not None and pack.body_before_owner is not None):
                # "Officials from the IAEA arrived", "A delegation from Hamas met ...": the body's owner, named after
                # it in the subject opening the sentence, acts (as "IAEA officials arrived" would say)
                lead = pack.body_before_owner.fullmatch(self.text, sent[0], a.start)
                if (lead is not None and len(lead.group("body").split()) <= 2
                        and pack.possessor_bodies.fullmatch(lead.group("body"))):
                    out.append(dataclasses.replace(a, slot="", outer_start=sent[0]))
                    continue
            if (prev is not None and prev.slot in ("genitive", "modifier") and a.label == "ORG"
                    and all(_discovered(self.doc, e) for e in a.entity_ids) and (prev.label in ("GPE", "ORG") or any(e.startswith("gpe:") for e in prev.entity_ids))
                    and pack.possessor_bodies.fullmatch(surface_form(self.text[a.start : a.stem_end or a.end]))
                    and not self.text[max(prev.outer_end, prev.end) : a.start].strip()):
                out[-1] = dataclasses.replace(prev, slot=a.slot, outer_end=a.outer_end)
                continue
            out.append(a)
        return out

    def _body_end(self, pos: int, limit: int, pack: LangPack) -> int:
        """Where the body word at ``pos`` (and the agent marker after it) ends."""
        m = _body_at(pack).match(self.text, pos, limit)
        agent = _agent_marker(pack)
        a = agent.match(self.text, m.end(), limit) if agent is not None else None
        return a.end() if a else m.end()

    def _speaking_bodies(self, args: list[Arg], pack: LangPack, sent: tuple[int, int]) -> list[Arg]:
        """"यूक्रेन की वायुसेना ने यह जानकारी दी": a country's body (``possessor_bodies``) marked as the agent
        speaks for its owner, who takes the body's slot as a speaker (verb-final languages; the events of the
        sentence read the body so themselves)."""
        if pack.order != "SOV" or pack.possessor_bodies is None:
            return args
        out = list(args)
        for k, a in enumerate(args):
            if a.slot != "genitive" or a.ref is not None or a.label not in ("GPE", "ORG"):
                continue
            nxt = args[k + 1].start if k + 1 < len(args) else sent[1]
            if self._body_subject(a.outer_end, nxt, pack) == "agent":
                m = _body_at(pack).match(self.text, a.outer_end, nxt)
                end = _agent_marker(pack).match(self.text, m.end(), nxt).end()
                out[k] = dataclasses.replace(a, slot="agent", outer_end=end)
        return out

    @staticmethod
    def _only_a_title(gap: str, pack: LangPack, body: str = "") -> bool:
        """Nothing, or an office title and nothing else, alone or with the body's word before it ("Lebanese
        parliament speaker Nabih Berri": "speaker"; "Lebanese army chief Joseph Aoun": "army chief")."""
        words = [surface_form(w) for w in gap.split()]
        if not words:
            return True
        if len(words) > 3:
            return False
        cues = cues_for(pack.lang)
        return any((hit := cues.title_at(ws, 0)) is not None and hit[0] == len(ws)
                   for ws in (words, [surface_form(w) for w in body.split()[-1:]] + words))

    def _comitative_before(self, pos: int, lo: int, pack: LangPack) -> bool:
        """SVO: a comitative marker ("between", "with"), and at most an article, right before ``pos``."""
        if pack.order != "SVO":
            return False
        gap = rx.search(r"(\S+)\s+(?:the\s+)?$", self.text[max(lo, pos - 30) : pos])
        return gap is not None and any(mk.slot == "comitative" and mk.before is not None and mk.before.fullmatch(gap.group(1))
                                       for mk in pack.markers)

    def _body_subject(self, pos: int, limit: int, pack: LangPack) -> str | None:
        """A body word (``possessor_bodies``) at ``pos`` that is the clause's subject: "agent" when
        the agent marker follows it (hi ने), "subject" when it stands bare before more words."""
        m = _body_at(pack).match(self.text, pos, limit)
        if m is None:
            return None
        if any(x.label == "PER" and self._only_a_title(self.text[m.end() : x.start], pack, m.group()) and not _CASE_ENDING_AT.match(self.text, x.end)
               for x in self.doc.mentions if m.end() <= x.start < limit):
            # "Indian External Affairs Minister Subrahmanyam Jaishankar": the minister is named (but not
            # "বাংলাদেশের আদালত শেখ হাসিনাকে": a name with a case ending of its own is the next argument)
            return None
        agent = _agent_marker(pack)
        if agent is not None and agent.match(self.text, m.end(), limit):
            return "agent"
        if any(mk.slot == "genitive" and mk.suffix is not None and mk.after is None and _at_end(mk.suffix).search(m.group())
               for mk in pack.markers):
            return "genitive"  # "ইসরায়েলি সেনাদের গুলিতে": whose bullets (the body's word carries the genitive)
        nxt = rx.match(r"\s+(\w+)", self.text[m.end() : limit])
        if nxt is None and pack.order == "SVO":
            # "Russian forces, meanwhile, captured ...": a word or two set off by commas stand between body and verb
            nxt = rx.match(r"\s*,\s*(?:\p{Ll}[\w-]*\s*){1,3},\s+(\w+)", self.text[m.end() : limit])
        if nxt is None and pack.order == "SVO" and pack.relatives is not None:
            # (or a relative clause: "The Sudanese army, which has been fighting the RSF since April 2023, accused ...")
            nxt = rx.match(rf"\s*,\s*(?:{pack.relatives.pattern})\s[^,;]*,\s+(\w+)", self.text[m.end() : limit])
        if pack.order == "SOV" and nxt is not None and any(
                mk.slot == "genitive" and mk.after is not None and mk.after.fullmatch(nxt.group(0)) for mk in pack.markers):
            # "इजराइली सैनिकों की गोलीबारी में": whose fire it was (the genitive of a noun in the locative after it)
            noun = rx.match(r"\s+\S+", self.text[m.end() + nxt.end() : limit])
            rest = self.text[m.end() + nxt.end() + noun.end() : limit] if noun is not None else ""
            if noun is not None and any(mk.slot == "locative" and mk.after is not None
                                        and (loc := mk.after.match(rest)) is not None and loc.group().strip()
                                        for mk in pack.markers):
                return "genitive"
        if nxt is None and pack.order == "SVO" and not self.text[m.end() : limit].strip(" .!?\"”’'"):
            # "Modi welcomed the Chinese delegation.": a body closing the sentence stands bare, its owner the verb's
            # object by position
            return "subject"
        if pack.order == "SOV" and nxt is not None:
            # "भारतीय और पाकिस्तानी सैनिकों के बीच झड़प": the owners of bodies that clash are its sides
            at = m.end() + nxt.start(1)
            first = next((mk for mk in pack.markers if mk.after is not None and mk.after.match(self.text, at, limit)), None)
            if first is not None and first.slot == "comitative" and first.core:
                return "comitative"
        if nxt is None or any(mk.after is not None and mk.after.fullmatch(nxt.group(0)) for mk in pack.markers):
            return None  # "X के मंत्रालय को": the body is marked for another role
        return "subject"

    def _person_possessor(self, a: Arg, sentence: int) -> list[str]:
        """The person a title reference belongs to, named right before it as a possessive."""
        before = [b for b in self.sents_args.get(sentence, []) if b.end <= a.start and b is not a]
        if not before:
            return []
        b = max(before, key=lambda x: x.end)
        gap = self.text[max(b.outer_end, b.end) : a.start]
        pack = self.packs.get(sentence)
        # (an indefinite and a word may stand between: "ট্রাম্পের এক প্রচার মুখপাত্র", one of his campaign's)
        near = len(gap.split()) <= 1 or (len(gap.split()) == 2 and pack is not None and pack.indefinites is not None
                                          and pack.indefinites.match(gap.strip() + " ") is not None)
        if b.label == "PER" and b.slot in ("genitive", "modifier") and near and not BREAK_PUNCT.search(gap):
            return list(b.entity_ids)
        return []

    def _countryless_body(self, eid: str, pack: LangPack | None) -> bool:
        """A ministry or department the article names without its country ("विदेश मंत्रालय"): whose
        it is stays unknown, so its spokesperson speaks for no one named."""
        if pack is None or not eid.startswith("new:"):
            return False
        from ..entities.cues import cues_for
        from ..entities.kb import surface_form

        cues = cues_for(pack.lang)
        for m in self.doc.mentions:
            if m.entity_id == eid and m.text.split():
                last = m.text.split()[-1]
                if any(surface_form(w) in cues.body_heads for w in [last] + cues.strip_suffix(last)):
                    return True
        return False

    def _referred_possessor(self, a: Arg, sentence: int) -> str | None:
        """A body a possessive reference names right before an office ("সংস্থাটির মুখপাত্র", "इस संगठन
        के प्रवक्ता": the spokesperson of the organisation named before)."""
        prev = [b for b in self.sents_args.get(sentence, []) if b.ref is not None and b.ref.kind == "pronoun"
                and b.slot in ("genitive", "modifier") and b.end <= a.start and b.ref.label in ("ORG", "THING", "GPE")]
        if not prev:
            return None
        b = max(prev, key=lambda x: x.end)
        if len(self.text[max(b.outer_end, b.end) : a.start].split()) > 1:
            return None
        ids = self.resolver.pronoun(b, sentence, set())
        return ids[0] if ids else None

    def _direct_speaker_mention(self, pos: int):
        """The mention that names the speaker of the direct quote around ``pos`` (the last one of the
        speaker's entity before the quote, else the first after it)."""
        for qs, qe, speaker, _ in self.resolver.speakers:
            if qs <= pos < qe and speaker:
                ms = [m for m in self.doc.mentions if m.entity_id == speaker and not (qs <= m.start < qe)]
                before = [m for m in ms if m.end <= qs]
                return before[-1] if before else next((m for m in ms if m.start >= qe), None)
        return None

    def _speaker_role_at(self, pos: int, eid: str) -> Role | None:
        """The one saying the words around ``pos`` (entity ``eid``) as a ``source`` role, at the mention
        that names them: the reported words' speaker, else the direct quote's."""
        q = next((q for q in self.out.quotes if q.start <= pos < q.end and q.speaker == eid and q.speaker_span), None)
        if q is not None:
            sp = q.speaker_span
            return Role("source", self.text[sp.start : sp.end], sp.start, sp.end, eid)
        m = self._direct_speaker_mention(pos)
        return Role("source", self.text[m.start : m.end], m.start, m.end, eid) if m is not None and m.entity_id == eid else None

    def in_direct(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.direct)

    # --- quotes -----------------------------------------------------------
    def _opens_direct(self, q: Quote) -> bool:
        """Reported-speech content that is really a direct quote ("X ने कहा, '...'")."""
        return any(abs(q.start - (s - 1)) <= 1 for s, _ in self.direct)

    def _quoted_name(self, qs: int, qe: int, pack: LangPack) -> bool:
        """A word or two in quotes that a case marker governs names a thing, it is nobody's words
        ("मंच 'एक्स' पर लिखा": the platform, not what was written)."""
        if len(self.text[qs:qe].split()) > 3 or rx.search(r"[.!?।]", self.text[qs:qe]):
            return False
        nxt = rx.match(r"\s+(\w+)", self.text, pos=qe + 1)
        return nxt is not None and any(mk.after is not None and mk.after.fullmatch(nxt.group(0)) for mk in pack.markers)

    def _told_before(self, pos: int) -> set[str]:
        """The entities the resolver has seen named before ``pos``."""
        return {x.entity_id for x in self.resolver.seen if x.offset < pos}

    def _quoted_only(self, args: list[Arg], lo: int, hi: int) -> set[str]:
        """Entities named between ``lo`` and ``hi`` only inside direct quotes, and not told of before: '"... our Historic
        Victory in November," he wrote' (no one "he" may be)."""
        spans = [(qs, qe) for qs, qe in self.direct if lo <= qs and qe <= hi + 1]
        if not spans:
            return set()
        told = self._told_before(spans[0][0])
        inside = {e for a in args for qs, qe in spans if qs <= a.start and a.end <= qe for e in a.entity_ids}
        outside = {e for a in args if not any(qs <= a.start and a.end <= qe for qs, qe in spans) for e in a.entity_ids}
        return inside - told - outside

    def direct_quotes(self, pack: LangPack, sents_args: dict[int, list[Arg]], sentence: int) -> None:
        verbs = _cue_pattern(pack, "speech_verbs")
        addressee = _cue_pattern(pack, "addressee_verbs")
        for qs, qe in self.direct:
            i = self.doc.sentence_at(qs - 1) if qs > 0 else 0
            j = self.doc.sentence_at(min(qe, len(self.text) - 1))
            if i != sentence:
                continue
            s = self.doc.sentences[i]
            args = sents_args.get(i, [])
            if self._quoted_name(qs, qe, pack):
                continue
            speaker, cue = None, None
            carried: list[str] = []
            if verbs is not None:
                before = [m for m in verbs.finditer(self.text, s.start, qs) if not self.in_direct(m.start())]
                if before:
                    cue = before[-1]
                    # words quoted inside what a speech verb reports are its speaker's ('and said the alliance was at
                    # "the strongest level ever"': whoever "said" has, not the name right before the verb)
                    # (an unnamed speaker's too: "एक किसान ने सीबीसी न्यूज से कहा कि ... 'खतरनाक' ...", not the outlet told)
                    host = next((q for q in self.out.quotes if not q.direct and q.cue is not None
                                 and q.cue.start == cue.start() and q.start <= qs and qe <= q.end), None)
                    speaker = speaker_before(args, s.start, cue.start(), self.text, pack) if host is None or not host.speaker else None
                    if host is not None and host.speaker:
                        carried = [host.speaker]
                    # the speaker the attribution found for the same verb and these words ('ইউনূস মিয়ানমারের জান্তা
                    # সরকারের ... বলেন, "..."': Yunus, not the junta, the last bare word before the verb)
                    opener = next((q for q in self.openers.get(i, []) if host is None and q.speaker and q.cue is not None
                                   and q.speaker_span is not None and q.cue.start == cue.start() and q.start <= qs + 1), None)
                    if opener is not None:
                        speaker = next((a for a in args if a.start == opener.speaker_span.start), speaker)
                    if speaker is None and not carried and self.sent_chain.get(i) and j == i and host is None:
                        # 'China's coast guard said a ship had "deliberately and dangerously" approached ...
                        # and warned Manila': words quoted inside what the sentence's source said are that
                        # source's (part of its quote), not those of a name before a later speech verb
                        carried = self.sent_chain[i][-1:]
                if speaker is None and not carried and j is not None:
                    sj = self.doc.sentences[j]
                    after_args = [a for a in sents_args.get(j, []) if a.start >= qe]
                    m = verbs.search(self.text, qe, sj.end)
                    if m:
                        cue = m
                        named = after_args[0] if after_args else None
                        if (named is not None and named.label == "PER" and named.ref is None and named.end < m.start()
                                and rx.fullmatch(r"[\"”’'»,\s]*", self.text[qe : named.start])
                                and rx.match(r",\s+(?:the|a|an)\s", self.text[named.end : m.start()])):
                            # '"...," Zakharova, the Russian foreign ministry spokeswoman, told reporters': the person the
                            # apposition describes speaks, not the body inside it
                            speaker = named
                        else:
                            speaker = body_possessor(self.text, after_args, qe, m.start(), pack) or speaker_before(after_args, qe, m.start())
                        gap = rx.fullmatch(r"[\"”’']*\s+(\w+)\s+", self.text[qe : m.start()])
                        joined = gap is not None and pack.conjunctions is not None and pack.conjunctions.fullmatch(gap.group(1)) is not None
                        if (speaker is None and not joined and not (addressee is not None and addressee.match(m.group()))
                                and not (pack.order == "SVO" and rx.search(r"[\p{L}\p{N}]", self.text[qe : m.start()]))):
                            # '"...," said Peskov' (not "told Reuters"; nor '... as "a great leader" and said the
                            # alliance ...': a verb joined by "and" has the clause's subject, below; nor words between
                            # the quote and the verb: 'accused the West of "direct involvement" in the conflict and
                            # warned that Moscow would respond', where the name after the verb is in the words)
                            speaker = _arg_after(after_args, m.end(), self.text, pack=pack)
                        if speaker is None and pack.order == "SOV":
                            # 'मोदी ने जापान को "..." बताया': the agent before the quote, the verb after it
                            speaker = next((a for a in reversed(args) if s.start <= a.start and a.end <= qs
                                            and a.slot == "agent"), None)
                        quotative = _cue_pattern(pack, "quotatives")
                        if (speaker is None and pack.order == "SOV" and j == i and quotative is not None
                                and quotative.fullmatch(self.text[qe : m.start()].strip(" \"”’'»"))):
                            # "প্রধান উপদেষ্টা ... বিষয়টি ‘অতিরঞ্জিত’ বলে মন্তব্য করেন": with no agent marker, the
                            # sentence's unmarked subject before the words quoted as a verdict
                            # (not a bare name before a noun in the locative: "তাঁর ইন্সটাগ্রাম লাইভ ভিডিওতে" is the medium)
                            starts = {b.start for b in args}
                            speaker = next((a for a in args if s.start <= a.start and a.end <= qs
                                            and a.slot == "" and a.label != "NORP"
                                            and not _before_locative_noun(self.text, a, qs, pack, starts)
                                            and not _before_cased_body(self.text, a, qs, pack)), None)
                        if (speaker is None and pack.order == "SVO" and j == i and self.text[qs : qs + 3].lstrip("\"“‘' ")[:1].islower()
                                and rx.match(r"[\"”’']*(?:\s+[^\s,;:.\"“”]+){0,4}?\s+(?:and|but)\s+$", self.text[qe : m.start()])):
                            # 'X called the veto "a dark day" and said ...': words quoted inside the
                            # clause of the subject who goes on to speak (not a capitalised title)
                            # (a short phrase may end that clause: '... of "direct involvement" in the conflict and warned')
                            speaker = next((a for a in args if s.start <= a.start and a.end <= qs
                                            and a.slot not in ("genitive", "modifier")), None)
                            if speaker is not None and speaker.slot != "":
                                speaker = None
            if speaker is None and cue is None and j == i:
                # a headline's "'भारत किसी दबाव में नहीं झुकेगा': जयशंकर": a colon after the quote and a
                # name alone ending the line is who said it
                colon = rx.match(r"[\"”’'»]?\s*[:：]\s*", self.text, pos=qe)
                if colon is not None:
                    after = [a for a in args if a.start >= colon.end() and a.entity_ids and a.ref is None]
                    if (len(after) == 1 and after[0].start == colon.end()
                            and not self.text[after[0].end : s.end].strip(" \n।.!?")
                            and self._label(after[0]) in ("PER", "ORG", "GPE", "AGENCY")):
                        speaker = after[0]
                        cue = regex.compile(r"[:：]").search(self.text, qe, colon.end())
            if speaker is None and cue is None:
                carried = self._continued_quote(qs, qe, s.start, s.end)
                if not carried:
                    continue  # quoted words nobody is said to say: a title or a scare quote ('ऑर्डर ऑफ ...')
            quoted_only = set()
            if speaker is not None and speaker.ref is not None and speaker.ref.kind == "pronoun":
                quoted_only = self._quoted_only([a for j2 in {i, j} if j2 is not None for a in sents_args.get(j2, [])], qs, qe)
            ids = self.resolve(speaker, i, quoted_only, speaker=True) if speaker else carried
            citing = _cue_pattern(pack, "citing")
            cited_chain = self.sent_chain.get(i, [])
            if (speaker is not None and cue is not None and ids and ids[0].startswith(("agency:", "media:"))
                    and citing is not None and citing.search(self.text, speaker.end, max(speaker.end, s.end,
                                                                                          self.doc.sentences[j].end if j is not None else 0))
                    and len(cited_chain) >= 2 and cited_chain[0] == ids[0]):
                # 'तास ने पेस्कोव के हवाले से कहा, "..."': the outlet citing someone reports that one's words
                ids = [cited_chain[-1]]
            principal = principal_of(args, speaker, self.text) if speaker else None
            pids = self.resolve(principal, i, set(), speaker=True) if principal else []
            chain = list(self.sent_chain.get(i, []))
            apart = self.sent_apart.get(i, set())
            if ids and ids[0] in apart:  # the other clause's speaker is no source of these words
                chain = [e for e in chain if e not in apart or e == ids[0]]
            for e in ids:
                if e not in chain:
                    chain.append(e)
            self.resolver.speakers.append((qs, qe, ids[0] if ids else None, pids[0] if pids else None))
            self.direct_chain.append((qs, qe, chain))
            self.out.quotes.append(
                Quote(
                    start=qs,
                    end=qe,
                    text=self.text[qs:qe],
                    direct=True,
                    speaker=ids[0] if ids else None,
                    speaker_span=Span(speaker.start, speaker.end) if speaker else None,
                    cue=Span(cue.start(), cue.end()) if cue else None,
                    chain=chain,
                    by=f"{pack.lang}/quotes.yaml:direct",
                )
            )

    def _continued_quote(self, qs: int, qe: int, s_start: int, s_end: int) -> list[str]:
        """A quoted sentence standing alone right after another person's quoted words in the same
        paragraph ('"... nightmare," Guterres told reporters. "We cannot let this continue."'): the
        same speaker goes on."""
        if self.text[s_start : max(s_start, qs - 1)].strip(" \"“‘'") or self.text[qe : s_end].strip(" \"”’'.!?।"):
            return []
        prev = [q for q in self.out.quotes if q.direct and q.end <= qs and q.speaker]
        if not prev or paragraph_of(self.text, prev[-1].start) != paragraph_of(self.text, qs):
            return []
        between = self.text[prev[-1].end : qs]
        # (the speaker's tag between: '," EU foreign policy chief Kaja Kallas said in a post on X. "')
        return [prev[-1].speaker] if len(between.split()) <= 14 and not rx.search(r"[\n]", between) else []

    def sources_at(self, i: int, pos: int) -> list[str]:
        """Who reports what is said at ``pos``: the chain of the quote whose words contain it. In
        "अमेरिका ने भारत की आलोचना की है, लेकिन भारत ने कहा है कि ..." India reports only its own words."""
        for s, e, chain in self.direct_chain:
            if s <= pos < e:
                return chain
        spans = self.sent_quotes.get(i)
        if spans:
            return next((chain for s, e, chain in spans if s <= pos < e), [])
        sent = self.doc.sentences[i] if 0 <= i < len(self.doc.sentences) else None
        if sent is not None and any(sent.start <= s and e <= sent.end for s, e, _ in self.direct_chain):
            # 'X condemned the sanctions and called them "economic terrorism"': the quoted words are
            # X's; what X did around them, the writer tells
            return []
        return self.sent_chain.get(i, [])

    def _in_quote(self, i: int, pos: int) -> bool:
        """``pos`` lies inside reported words of sentence ``i``, whoever reports them."""
        return any(s <= pos < e for s, e, _ in self.sent_quotes.get(i) or ())

    # --- events -----------------------------------------------------------
    def run(self) -> Analysis:
        doc = self.doc
        packs = self.packs
        sents_args: dict[int, list[Arg]] = {}
        self.sents_args = sents_args
        doc_forms = DocForms.of(doc)
        for i, s in enumerate(doc.sentences):
            pack = load_pack(s.lang or doc.lang) or load_pack(doc.lang)
            if pack is None:
                continue
            packs[i] = pack
            sents_args[i] = find_args(doc, s.start, s.end, pack, doc_forms)
            if pack.leader_government is not None:
                sents_args[i] = self._leaders_governments(sents_args[i], pack, (s.start, s.end))
            if pack.possessor_bodies is not None:
                sents_args[i] = self._bodies_to_owners(sents_args[i], pack, (s.start, s.end))
        by_pack: dict[int, list[int]] = {}  # the sentences of each language's pack, in text order
        for i, pack in packs.items():
            by_pack.setdefault(id(pack), []).append(i)
        for idx in by_pack.values():
            pack = packs[idx[0]]
            hits = trigger_matches_by_sentence(self.text, [(doc.sentences[i].start, doc.sentences[i].end) for i in idx], pack)
            self.trigger_hits.update(zip(idx, hits))
        # attribution of each sentence first: quote speakers resolve "I"/"we" inside quotes
        for i, pack in packs.items():
            s = doc.sentences[i]
            # (the place a report was filed from is no antecedent: "SEOUL, Oct 22 - North Korea fired ... off its coast")
            self.resolver.observe([a for a in sents_args[i] if a.ref is None and not self._is_dateline(a, (s.start, s.end))],
                                  i, self.title_heads(pack))
            # (an accusation after a quotative reports words: "... হামলা চালিয়েছে বলে অভিযোগ করেছে আরাকান
            # আর্মি" is the Arakan Army's claim, so it stays a speech verb as well as an event)
            # (nor one whose charge follows as a clause: "আরাগচি অভিযোগ করেন, যুক্তরাষ্ট্র ...", "आरोप लगाया कि ...")
            # (so is a warning: "ख्वाजा आसिफ ने चेतावनी दी कि ...", "warned that ...": a WARN event and words said)
            spans = [(f.start, f.end) for f in find_triggers(self.text, s.start, s.end, pack, set(), self.trigger_hits[i])
                     if not (f.trigger.type in ("ACCUSE", "WARN") and (self._after_quotative(f, s.start, pack)
                                                             or f.trigger.frame == "nominal"
                                                             or self._charge_clause_after(f, s.end, pack)))]

            def not_speech(pos: int, spans=spans) -> bool:
                # "आमंत्रण जानान" / "ধন্যবাদ জানান": the verb belongs to an event, not to speech
                return self.in_direct(pos) or any(a <= pos < b for a, b in spans)

            # (the place a report was filed from says nothing: "কক্সবাজার, ১০ ডিসেম্বর: ... দাবি করেছে ...")
            speaking = [a for a in sents_args[i] if not self._is_dateline(a, (s.start, s.end))]
            quoted_only = self._quoted_only(sents_args[i], s.start, s.end)
            # (names only in a pronoun speaker's own words are not who it is, unless told of before the sentence:
            # worked out only for such a speaker, rare)
            att = attribute(self.text, s.start, s.end, self._speaking_bodies(speaking, pack, (s.start, s.end)), pack,
                            lambda a, own_words=frozenset(), at=s.start, not_in_words=False: self.resolve(
                                a, i, (quoted_only if a.ref is not None and a.ref.kind == "pronoun" else set())
                                | ((set(own_words) - self._told_before(at)) if own_words else set())
                                | (self._named_only_in_words(i, sents_args) if not_in_words else set())),
                            not_speech, self._person_speaking_before(i, sents_args))
            self.sent_chain[i] = att.chain
            self.sent_apart[i] = att.apart
            self.sent_quotes[i] = [(q.start, q.end, q.chain or att.chain) for q in att.quotes] + att.things
            # (words reported by a verb of accusing, roles.yaml ``charge_words``: what they tell is someone's charge)
            self.charged[i] = [(q.start, q.end) for q in att.quotes if pack.charge_words is not None and q.cue is not None
                               and pack.charge_words.search(self.text, q.cue.start, q.cue.end)]
            self.resolver.reported += [(q.start, q.end, (q.chain or att.chain)[-1]) for q in att.quotes if q.chain or att.chain]
            if att.back is not None:
                self._attribute_back(i, att, pack)
            elif not att.quotes:
                self._statement_said(i, sents_args, pack)
            self.out.quotes.extend(q for q in att.quotes if not self._opens_direct(q))
            self.openers[i] = [q for q in att.quotes if self._opens_direct(q)]
            for q in att.quotes:  # who speaks is the subject of the speech verb: "তিনি বলেন" next is them
                sp = next((a for a in sents_args[i] if q.speaker_span is not None and a.start == q.speaker_span.start
                           and (a.entity_ids or (a.ref is not None and q.speaker))), None)
                if sp is not None:
                    # (a reference speaks as whom it was resolved to: "Police said they ...", the country's)
                    self.resolver.add_subject(sp if sp.ref is None else dataclasses.replace(sp, entity_ids=[q.speaker]),
                                              i, slot="speaker")
            self.direct_quotes(pack, sents_args, i)
        self.resolver.seen.clear()
        self.resolver.anchors.clear()
        self.resolver.groups.clear()
        for i, pack in packs.items():
            s = doc.sentences[i]
            # (the place a report was filed from is no antecedent: "SEOUL, Oct 22 - North Korea fired ... off its coast")
            self.resolver.observe([a for a in sents_args[i] if a.ref is None and not self._is_dateline(a, (s.start, s.end))],
                                  i, self.title_heads(pack))
            self.sentence_events(i, (s.start, s.end), sents_args[i], pack)
        self._finish_events()
        self._drop_leading_times()
        self._drop_scare_quotes()
        self.out.quotes.sort(key=lambda q: (q.start, q.end))
        return self.out

    def _named_only_in_words(self, i: int, sents_args: dict[int, list[Arg]]) -> set[str]:
        """Entities named before sentence ``i`` only inside words someone reported (not as who spoke)."""
        inside, outside = set(), set()
        for k in range(i):
            spans = [(s, e) for s, e, _ in self.sent_quotes.get(k) or ()]
            for a in sents_args.get(k, []):
                (inside if any(s <= a.start < e for s, e in spans) else outside).update(a.entity_ids)
        return inside - outside

    def _person_speaking_before(self, i: int, sents_args: dict[int, list[Arg]]) -> list[str] | None:
        """Whom a person speaking in the sentence before resolved to (``[]``: no one named), where that sentence
        reports their words; None where it reports no person's. "মুখপাত্র বলেন, ... যাবেন। তিনি আরও বলেন, ...": "he"
        who goes on speaking is the spokesman, not a name in his words."""
        if i == 0 or i - 1 not in self.packs:
            return None
        prev, here = self.doc.sentences[i - 1], self.doc.sentences[i]
        quotes = [q for q in self.out.quotes + [q for qs in self.openers.values() for q in qs]
                  if q.speaker_span is not None and q.speaker_span.start < here.start and q.end > prev.start]
        if not quotes:
            return None
        last = max(quotes, key=lambda q: q.end)
        k = next((k for k in range(i - 1, -1, -1) if self.doc.sentences[k].start <= last.speaker_span.start), None)
        speaker = next((a for a in sents_args.get(k, []) if a.start == last.speaker_span.start), None)
        if speaker is None:
            return None
        between = self.text[speaker.end : last.cue.start] if last.cue is not None else ""
        # (a body's office holder speaks as a person: "A foreign ministry spokesman said", roles.yaml ``title_words``)
        if (speaker.ref.label if speaker.ref is not None else speaker.label) != "PER" and not (
                len(between.split()) <= 2 and k in self.packs and self.packs[k].title_category(between) is not None):
            return None  # (a ministry or an agency speaking is no "he")
        return [last.speaker] if last.speaker else []

    def _attribute_back(self, i: int, att, pack: LangPack) -> None:
        """"उत्तर कोरिया ने मिसाइलें दागीं। योनहाप ने JCS के हवाले से यह जानकारी दी।": the sentence
        before, in the same paragraph and attributed to no one, is what the speaker reports."""
        prev = i - 1
        sp, m, ids = att.back
        outlets = [e for e in (list(att.chain) or list(ids)) if e.startswith(("agency:", "media:"))]
        if len(outlets) != len(att.chain or ids):
            outlets = []  # (only an outlet carries another's report: a person's "এ কথা বলেন" says words of his own)
        if outlets and (earlier := self.back_reports.get(prev)) is not None:
            # "... এ তথ্য জানিয়েছে গাজার স্বাস্থ্য মন্ত্রণালয়। বার্তা সংস্থা রয়টার্স এ খবর দিয়েছে।": the
            # sentence before is itself a report of the one before it; this speaker carries that report
            chain = [e for e in outlets if e not in earlier.chain]
            if chain and "\n\n" not in self.text[self.doc.sentences[prev].end : self.doc.sentences[i].start]:
                earlier.chain = chain + earlier.chain
                k = next((k for k, sq in self.sent_quotes.items() if any(a == earlier.start and b == earlier.end for a, b, _ in sq)), None)
                if k is not None:
                    self.sent_chain[k] = earlier.chain
                    self.sent_quotes[k] = [(a, b, earlier.chain if a == earlier.start else c) for a, b, c in self.sent_quotes[k]]
                self.back_reports[i] = earlier
            return
        if (prev in self.packs and self.sent_quotes.get(prev) and outlets
                and "\n\n" not in self.text[self.doc.sentences[prev].end : self.doc.sentences[i].start]):
            # "... নিহত হয়েছেন বলে জানিয়েছে গাজার স্বাস্থ্য মন্ত্রণালয়। বার্তা সংস্থা রয়টার্স এ খবর দিয়েছে।": an
            # outlet reporting the sentence before carries the words it reports
            p = self.doc.sentences[prev]
            for q in self.out.quotes:
                if p.start <= q.start < p.end:
                    base = list(q.chain or self.sent_chain[prev])
                    q.chain = [e for e in outlets if e not in base] + base
            self.sent_chain[prev] = [e for e in outlets if e not in self.sent_chain[prev]] + list(self.sent_chain[prev])
            self.sent_quotes[prev] = [(a, b, [e for e in outlets if e not in c] + list(c)) for a, b, c in self.sent_quotes[prev]]
            return
        if prev not in self.packs or self.sent_chain.get(prev) or self.sent_quotes.get(prev):
            return
        p, s = self.doc.sentences[prev], self.doc.sentences[i]
        if "\n\n" in self.text[p.end : s.start] or self.text[p.start : p.end].count("\n\n"):
            return
        q = _quote(self.text, (p.start, p.end), sp, m, ids, pack, "back_reference")
        q.chain = list(att.chain) or list(ids)
        self.sent_chain[prev] = q.chain
        self.sent_quotes[prev] = [(q.start, q.end, q.chain)]
        self.out.quotes.append(q)
        self.back_reports[i] = q

    def _statement_said(self, i: int, sents_args: dict, pack: LangPack) -> None:
        """"ঢাকায় পররাষ্ট্র মন্ত্রণালয় এক বিবৃতিতে উদ্বেগ প্রকাশ করেছে। বিবৃতিতে বলা হয়, ...": a sentence
        opening with "the statement said" (quotes.yaml ``statement_anaphors``) and naming no source
        reports whom the sentence before told of: its speaker, else its first named subject."""
        cue = _cue_pattern(pack, "statement_anaphors")
        s = self.doc.sentences[i]
        lead = len(self.text[s.start : s.end]) - len(self.text[s.start : s.end].lstrip())
        m = cue.match(self.text, s.start + lead, s.end) if cue is not None and i - 1 in self.packs else None
        if m is None or not self.text[m.end() : s.end].strip(" ,:;।.!?\n"):
            return
        ids = list(self.sent_chain.get(i - 1) or [])
        if not ids:
            # (or the side a passive statement came from: "আওয়ামী লীগের পক্ষ থেকে এক বিবৃতিতে ... নিন্দা জানানো হয়েছে")
            side = pack.passive_agent_side
            subj = next((a for a in sents_args.get(i - 1, []) if a.ref is None and a.entity_ids
                         and (a.slot in ("", "agent") or (a.slot == "ablative" and side is not None
                                                          and side.match(self.text, a.end)))), None)
            ids = [subj.entity_ids[0]] if subj is not None else []
        if not ids:
            return
        q = _quote(self.text, (m.end(), s.end), Arg(m.start(), m.end(), m.group(), "ANY"), m, ids[:1], pack, "statement_anaphor")
        q.speaker_span = None  # the speaker is named in the sentence before
        self.sent_chain[i] = q.chain
        self.sent_quotes[i] = [(q.start, q.end, q.chain)]
        self.out.quotes.append(q)

    def _drop_scare_quotes(self) -> None:
        """'Kim said relations had reached "a new level of alliance"': the quoted words inside
        reported speech by the same speaker are part of that quote, not a quote of their own."""
        qs = self.out.quotes
        self.out.quotes = [q for q in qs if not (q.direct and any(
            o is not q and not o.direct and o.start <= q.start and q.end <= o.end and o.speaker == q.speaker
            for o in qs)) and not self._scare_quoted_word(q)
            # a short phrase in quote marks that no one is found to say (""রাজনৈতিক খেলা"", ""fake news"")
            # is a term the writer marks or a title, not a statement
            and not (q.direct and q.speaker is None and not q.chain and len(q.text.split()) <= 3)]
        # "according to Xinhua, Xi said: "..."": the words told are the quote, which carries the
        # whole chain (Xinhua, Xi); the according-to span around it says nothing more
        qs = self.out.quotes
        self.out.quotes = [o for o in qs if o.direct or not any(
            q.direct and o.start <= q.start and q.end <= o.end and q.chain and q.chain == o.chain for q in qs)]

    def _scare_quoted_word(self, q: Quote) -> bool:
        """'North Korea warned of an "overwhelming" response': one or two words in quote marks, set
        apart from the speech verb by other words of the clause, are a term the writer marks, not
        words the speaker said (as 'called the verdict "biased"' gives them right after its cue)."""
        if not q.direct or q.cue is None or len(q.text.split()) > 2 or q.cue.end > q.start:
            return False  # (words before their cue, '"No," Putin said', are said whatever their length)
        gap = self.text[q.cue.end : q.start]
        pack = self.packs.get(bisect.bisect_right([x.start for x in self.doc.sentences], q.start) - 1)
        comp = _cue_pattern(pack, "complementizers") if pack is not None else None
        # (inside a that-clause they are the words reported: 'warned that the region did not need "exclusive blocs"')
        if rx.search(r"\w", gap) is None or (comp is not None and comp.search(gap)):
            return False
        # ... and only inside a noun phrase, a word of the clause right after them ('an "overwhelming"
        # response'), not words said closing a phrase ('slammed the reports as "fake news."')
        if q.text.rstrip()[-1:] in ",.;:!?।":
            return False
        after = rx.match(r"[ \"'”’»]*(\w+)", self.text[q.end : q.end + 40])
        return after is not None and not (comp is not None and comp.fullmatch(after.group(1)))

    def _drop_leading_times(self) -> None:
        """"Putin said on Tuesday Russia would respond": when it was said is no part of the words."""
        starts = [x.start for x in self.doc.sentences]
        for q in self.out.quotes:
            if q.direct or not q.by.endswith("speech_verb") or q.cue is None:
                continue
            pack = self.packs.get(bisect.bisect_right(starts, q.cue.start) - 1)
            comp = _cue_pattern(pack, "complementizers") if pack is not None else None
            for t in self.doc.times:
                lead = self.text[q.start : t.start]
                # only a time right after the verb ("said on Tuesday ..."); a time opening words said
                # before the verb (bn "রবিবার তিনি ... সাক্ষাৎ করবেন বলে জানিয়েছেন") is theirs
                # ("জানিয়েছেন, আগামী বছরের ফেব্রুয়ারিতে ...": after a comma or colon the time opens the words)
                after_verb = 0 <= t.start - q.cue.end <= 5 and not any(c in self.text[q.cue.end : t.start] for c in ",:;")
                # (nor after a complementizer: "बताया कि पिछले कई हफ्तों से ..." opens the words with the time)
                if after_verb and comp is not None and comp.search(self.text, q.cue.end, t.start):
                    after_verb = False
                if after_verb and q.start <= t.start and len(lead) <= 3 and t.end + 10 < q.end:
                    s = t.end
                    while s < q.end and self.text[s] in " ,":
                        s += 1
                    q.start, q.text = s, self.text[s : q.end]
                    break

    def _according_zones(self, sent: tuple[int, int]) -> list[tuple[int, int]]:
        """The "according to Russia's TASS news agency" of a sentence: names there are sources, no
        arguments of the events told ("Putin will visit India" does not go to Russia)."""
        zones = []
        for q in self.out.quotes:
            if q.direct or not q.by.endswith("according_to") or q.cue is None or q.speaker_span is None:
                continue
            if not (sent[0] <= q.cue.start < sent[1]):
                continue
            zones.append((min(q.cue.start, q.speaker_span.start), max(q.cue.end, q.speaker_span.end)))
        return zones

    def _attribution_zones(self) -> list[tuple[int, int]]:
        """Parts of sentences that report (speaker, cue, "according to X"), not what is reported."""
        zones = []
        for q in self.out.quotes:
            if q.direct or q.cue is None:
                continue
            i = self.doc.sentence_at(q.cue.start)
            if i is None:
                continue
            s = self.doc.sentences[i]
            zones += [(s.start, q.start), (q.end, s.end)]
        return zones

    def _incident_sentences(self) -> dict[int, TimeExpr]:
        """Sentences that say when "the incident" happened (roles.yaml ``incident_back``), with the one
        date they name."""
        out: dict[int, TimeExpr] = {}
        for i, s in enumerate(self.doc.sentences):
            pack = self.packs.get(i)
            if i == 0 or pack is None or pack.incident_back is None or not pack.incident_back.search(self.text, s.start, s.end):
                continue
            dates = [t for t in self.doc.times if s.start <= t.start < s.end and t.kind in ("DATE", "TIME") and t.value]
            if len(dates) == 1:
                out[i] = dates[0]
        return out

    def _during_trip(self, p: Placed) -> bool:
        """The event's sentence, up to its clause's end, says it is part of a trip (roles.yaml ``during_trip``)."""
        pack = self.packs.get(p.event.sentence)
        if pack is None or pack.during_trip is None:
            return False
        s = self.doc.sentences[p.event.sentence]
        # (from the sentence's start: the phrase often opens it, before the clause window)
        return pack.during_trip.search(self.text, s.start, min(s.end, max(p.window[1], p.event.trigger.end))) is not None

    def _in_relative_clause(self, t) -> bool:
        """A date in a relative clause set off by a comma (roles.yaml ``relatives``: "Hasina, who fled to New Delhi in
        August, ..."): the time of what the clause tells of a name, no other event's."""
        si = self.doc.sentence_at(t.start)
        pack = self.packs.get(si)
        relatives = (pack.relatives or pack.relative_openers) if pack is not None else None
        if relatives is None or si is None:
            return False
        s = self.doc.sentences[si]
        comma = self.text.rfind(",", s.start, t.start)
        m = rx.match(r",\s*(\S+)", self.text[comma : t.start]) if comma >= 0 else None
        # (unless the clause tells an event of its own: "Kavanaugh, who was accused by critics ... during Thursday's hearing")
        return (m is not None and relatives.fullmatch(m.group(1)) is not None
                and not any(comma < p.event.trigger.start < t.start for p in self.placed))

    def _finish_events(self) -> None:
        """Times beyond the clause (timing.py), then one event per fact told twice (coref.py)."""
        sentence_times(self.doc, self.placed, self._attribution_zones(),
                       lambda t: self._time_bound(t, self.packs.get(self.doc.sentence_at(t.start))) or self._in_dateline(t)
                       or self._in_relative_clause(t),
                       words=[(q.start, q.end) for q in self.out.quotes if not q.direct and q.cue is not None])
        trip_times(self.placed, self._during_trip)  # (named, so before the narrative's guess)
        incident_times(self.doc, self.placed, self._incident_sentences())
        narrative_times(self.placed)
        sequenced = {p.event.id for p in self.placed if p.sequenced}
        if self.doc.sentences and self._headline((self.doc.sentences[0].start, self.doc.sentences[0].end)):
            # a headline that tells a deed done again is the body's telling of it again: "बांग्लादेश ने भारत से हसीना के
            # प्रत्यर्पण की फिर मांग की" / "... की दोबारा मांग की" (one demand, made again; not one told before)
            again = {p.event.type for p in self.placed if p.sequenced and p.event.sentence == 0}
            sequenced -= {p.event.id for p in self.placed if p.event.type in again and p.event.sentence != 0}
        self._capitals_as_governments()
        for ev in self.out.events:
            # one entity once in a role ("talks with the United States ... Washington's hostility": the capital read as
            # its country, the country twice)
            seen_roles: set[tuple[str, str]] = set()
            ev.roles = [r for r in ev.roles if r.entity_id is None or not (
                (r.name, r.entity_id) in seen_roles or seen_roles.add((r.name, r.entity_id)))]
            if ev.type == "ACCUSE":
                # no one accuses, condemns or summons itself ("India, Pakistan exchange fire ...; New Delhi summons
                # envoy": India summons, the envoy is no Indian); each other's charges have two sources, no target
                sources = {r.entity_id for r in ev.roles if r.name == "source" and r.entity_id}
                ev.roles = [r for r in ev.roles if not (r.name == "target" and r.entity_id in sources)]
        self._givers_of_an_exchange()
        self._givers_of_a_gift_list()
        self._warned_of_own_strike()
        self._reporters_as_deniers()
        self._no_people_as_places()
        # (a denial by no one named, of nothing named, left so after all that: "নিজেদের দায়দায়িত্ব অস্বীকার করছে",
        # "কে অস্বীকার করবে?" tell a user nothing to check)
        self.out.events = [ev for ev in self.out.events if ev.roles or ev.type != "DENY"]
        sents = self.doc.sentences
        headline = 0 if sents and self._headline((sents[0].start, sents[0].end)) else None
        if headline is not None:
            self._headline_launch_as_attack(sents[0].end)
        kept, merged_into = merge_repeats(self.out.events, sequenced, headline, self.resolver.country_of_city,
                                          self.doc.published, self._actor_of)
        for ev in kept:
            for r in ev.roles:
                if r.event_id in merged_into:
                    r.event_id = merged_into[r.event_id]
        self.out.events = kept

    def _no_people_as_places(self) -> None:
        """A person or a news outlet is no place ("रैपर कान्ये वेस्ट ... जा रहे है", a person as where someone
        goes): a place role filled by one goes, and so does an event left with no one it names."""
        kept = []
        for ev in self.out.events:
            people = [r for r in ev.roles if r.name in PLACE_ROLES and r.entity_id
                      and getattr(self.doc.entities.get(r.entity_id), "type", None) in ("PER", "AGENCY")]
            if people:
                ev.roles = [r for r in ev.roles if not any(r is p for p in people)]
                if not any(r.entity_id for r in ev.roles) and ev.type != "DENY":
                    continue
            kept.append(ev)
        self.out.events = kept

    def _reporters_as_deniers(self) -> None:
        """"The Kremlin said the strikes targeted military facilities and denied hitting civilian buildings": a
        denial told in someone's words that names no one else who denies is theirs (named in its sentence)."""
        for ev in self.out.events:
            if ev.type != "DENY" or not ev.sources or any(r.name == "denier" and r.entity_id for r in ev.roles):
                continue
            # (only a verb joined on with "and", no subject of its own between: "... and denied")
            if (ev.sentence is None or ev.sentence >= len(self.doc.sentences)
                    or not _AND_BEFORE.search(self.text, max(0, ev.trigger.start - 20), ev.trigger.start)):
                continue
            lo, who = self.doc.sentences[ev.sentence].start, ev.sources[-1]
            m = max((m for m in self.doc.mentions if m.entity_id == who and lo <= m.start and m.end <= ev.trigger.start),
                    key=lambda m: m.start, default=None)
            if m is not None:
                ev.roles.insert(0, Role("denier", m.text, m.start, m.end, who))

    def _item_owner_mention(self, item: tuple[int, int], pack: LangPack):
        """A country or people named inside an item (type ``item_owner``), or a person or body only as the
        item's possessor, first in it ("backed Kavanaugh's appointment", "চীনের অর্থায়নের আশ্বাস")."""
        if pack.item_ending is not None and pack.item_ending.search(self.text, item[0], item[1]):
            return None  # "welcomed the end of Israeli aggression": no Israel backed (roles.yaml ``item_ending``)
        gen = _genitive_after(pack)
        return next((m for m in self.doc.mentions if item[0] <= m.start and m.end <= item[1] and m.entity_id
                     and (m.label in ("NORP", "GPE") or (m.label in ("PER", "ORG") and m.start == item[0]
                          and gen is not None and gen.match(self.text, m.end, item[1])))), None)

    def _owner_right_before_item_noun(self, item: tuple[int, int], pack: LangPack) -> bool:
        """The item is a country's own thing, its name right before the item's last word ("চীনের অর্থায়নের",
        "चीन की मदद"): enough of an actor for an event with no other named role."""
        m = self._item_owner_mention(item, pack)
        return (m is not None and m.label == "GPE" and len(self.text[_word_end(self.text, m.end) : item[1]].split()) == 1)

    def _headline_launch_as_attack(self, headline_end: int) -> None:
        """"इजराइल ने ... हमले किए, तेहरान ने दागीं मिसाइलें": a headline's launch that names no target (read as
        a show of force) is the attack the body tells of the same actor ("ईरान ने ... इजराइल पर मिसाइलें दागीं"),
        so it is that attack, told again."""
        body_attackers = {r.entity_id for e in self.out.events if e.type == "ATTACK" and e.trigger.start >= headline_end
                          for r in e.roles if r.name == "attacker" and r.entity_id}
        for e in self.out.events:
            if (e.trigger.end <= headline_end and "untargeted:" in (e.by or "")
                    and any(r.name == "actor" and r.entity_id in body_attackers for r in e.roles)):
                e.type = "ATTACK"
                e.roles = [dataclasses.replace(r, name="attacker") if r.name == "actor" else r for r in e.roles]
                e.by += "; the body's attack by the same actor"

    def _givers_of_an_exchange(self) -> None:
        """"Modi and Macron exchanged gifts. Macron received a carpet": a gift told with its recipient alone,
        in or shortly after an exchange between two, came from the other side of that exchange."""
        exchanges = [e for e in self.out.events if e.type == "EXCHANGE" and e.sentence is not None]
        for ev in self.out.events:
            if ev.type != "GIFT" or ev.sentence is None or any(r.name == "giver" for r in ev.roles):
                continue
            got = {r.entity_id for r in ev.roles if r.name == "recipient" and r.entity_id}
            ex = next((x for x in reversed(exchanges) if x.sentence <= ev.sentence <= x.sentence + CONTEXT_SENTENCES
                       and x.trigger.start < ev.trigger.start), None)
            sides = [r for r in ex.roles if r.name == "participant" and r.entity_id] if ex is not None else []
            if len(got) == 1 and len({r.entity_id for r in sides}) == 2 and got <= {r.entity_id for r in sides}:
                other = next(r for r in sides if r.entity_id not in got)
                ev.roles.append(Role("giver", other.text, other.start, other.end, other.entity_id))
                ev.by += f"; giver-from-exchange:{ex.id}"

    def _givers_of_a_gift_list(self) -> None:
        """"मोदी ने डूडा को ... भेंट किया, जबकि टस्क को शॉल दी गई": a gift with its recipient and no giver, told in the
        sentence of a gift with a giver, came from the same giver (a list of gifts, the later ones in the passive)."""
        for ev in self.out.events:
            if ev.type != "GIFT" or ev.sentence is None or any(r.name == "giver" for r in ev.roles):
                continue
            got = {r.entity_id for r in ev.roles if r.name == "recipient" and r.entity_id}
            before = next((g for g in reversed(self.out.events) if g.type == "GIFT" and g.sentence == ev.sentence
                           and g.trigger.end <= ev.trigger.start and g.modality == ev.modality), None)
            givers = [r for r in before.roles if r.name == "giver" and r.entity_id] if before is not None else []
            if got and len({r.entity_id for r in givers}) == 1 and not got & {r.entity_id for r in givers}:
                g = givers[0]
                ev.roles.append(Role("giver", g.text, g.start, g.end, g.entity_id))
                ev.by += f"; giver-of-gift-before:{before.id}"

    def _warned_of_own_strike(self) -> None:
        """"Netanyahu warned that Israel would strike Hezbollah if ...": a warning that names no one warned,
        with a strike not (yet) made after it in its sentence by the warner's own side (the warner, or a
        country whose office a KB person holds), warns the one that strike would hit."""
        from ..entities.kb import default_kb

        for ev in self.out.events:
            if ev.type != "WARN" or ev.sentence is None or any(r.name == "target" for r in ev.roles):
                continue
            side = {r.entity_id for r in ev.roles if r.name == "source" and r.entity_id}
            for eid in list(side):
                side |= default_kb().countries_served(eid)
            strike = next((a for a in self.out.events if a.type == "ATTACK" and a.sentence == ev.sentence
                           and a.trigger.start > ev.trigger.end and a.modality != "asserted"
                           and (att := {r.entity_id for r in a.roles if r.name == "attacker" and r.entity_id})
                           and att <= side), None)
            hit = [r for r in strike.roles if r.name == "target" and r.entity_id and r.entity_id not in side] if strike else []
            for r in hit:
                ev.roles.append(Role("target", r.text, r.start, r.end, r.entity_id))
            if hit:
                ev.by += f"; target-of-strike:{strike.id}"

    def _capitals_as_governments(self) -> None:
        """A capital in a role other than a literal one (the type's ``literal_roles``: where, what
        was struck) stands for its country's government, as CAMEO codes it: "Kyiv denied",
        "Moscow accused", "Washington warned". The role keeps its words ("Kyiv"); the country
        joins the document's entities when the article does not name it."""
        countries = _capital_countries()

        def government(eid: str | None) -> str | None:
            land = countries.get(eid) if eid else None
            if land is None:
                return eid
            return adopt_kb_entity(self.doc, land)

        for ev in self.out.events:
            literal = self.onto[ev.type].literal_roles if ev.type in self.onto else ("place",)
            for r in ev.roles:
                if r.name not in literal:
                    r.entity_id = government(r.entity_id)
            ev.sources = [government(x) for x in ev.sources]
        for q in self.out.quotes:  # who speaks: "Moscow said"
            q.speaker = government(q.speaker)
            q.chain = [government(x) for x in q.chain]

    def sentence_events(self, i: int, sent: tuple[int, int], args: list[Arg], pack: LangPack) -> None:
        self.resolver.possessive_may_be_own = pack.possessive_may_be_own
        # (the places the sentence tells things happened at: a local force named before one is that place's)
        self.resolver.sentence_places = [(a.start, a.entity_ids[0]) for a in args
                                         if a.slot == "locative" and a.label in ("GPE", "LOC") and a.entity_ids and a.ref is None]
        recent = {t for si, t in self.recent if i - si <= CONTEXT_SENTENCES}
        recent |= {CONTEXT_ALIASES[t] for t in recent if t in CONTEXT_ALIASES}
        found = find_triggers(self.text, sent[0], sent[1], pack, recent, self.trigger_hits.get(i),
                              {m.start for m in self.doc.mentions if sent[0] <= m.start < sent[1]})
        # a trigger word inside a name is part of the name: "Rapid Support Forces", "Arakan Army"
        # (not a name only the tagger found that starts with the trigger's verb: "तोड़ा सीजफायर" in a headline)
        names = [(m.start, m.end) for m in self.doc.mentions if sent[0] <= m.start < sent[1]
                 and m.label in ("ORG", "AGENCY", "PER", "OBJECT") and " " in m.text.strip()
                 and not ((m.by or "").startswith("model:") and any(f.start == m.start for f in found))]
        found = [f for f in found if not any(a <= f.start and f.end <= b for a, b in names)]
        speech_breaks = self._speech_breaks(sent, pack)
        # (a break word inside a person's or body's name is the name's: "राष्ट्रपति जो बाइडन से", Joe)
        # (a name's last word is no verb form, however it ends: "ইউক্রেন, জার্মানি ও ফ্রান্সের নেতারা")
        name_words = frozenset(self.text[m.start : m.end].split()[-1] for m in self.doc.mentions
                               if sent[0] <= m.start < sent[1] and self.text[m.start : m.end].split())
        breaks = [b for b in _breaks(self.text, sent[0], sent[1], pack, name_words)
                  if not any(a <= b[0] and b[1] <= z for a, z in names)] + speech_breaks
        sentence_events: list[tuple[Event, tuple[int, int]]] = []
        prev_subject: list[Role] = []
        prev_patient: list[Role] = []  # the one the last passive verb befell, named before it (SVO)
        prev_subject_bare = False  # whether it was the bare subject of its clause (not an event noun's owner)
        accused: list[Role] = []  # the target of the accusation just before (its charge follows)
        sov_accused: list[Role] = []  # the accused of a charge told before its accusation (SOV)
        charge_doer: list[Role] = []  # SVO: the accused who did the charge just told ("accused X of shelling ...")
        acc_zones = self._according_zones(sent)
        if pack.claim_asides is not None:  # (and "what the military said were": a source, no argument)
            acc_zones += [m.span() for m in pack.claim_asides.finditer(self.text, sent[0], sent[1])]
        skips: dict[str, tuple[int, int]] = {}  # event -> the relative clause of its subject ("Russia, which ..., denied")
        no_event: set[int] = set()  # triggers that made no event (an argument they need is missing)
        wins: dict[int, tuple[int, int]] = {}  # each trigger's clause window
        reflexive_owners: set[int] = set()  # subjects an "own" event noun was given ("अपनी यात्रा")
        last_end = sent[0]
        post_ends: dict[int, int] = {}  # where a subject written after its verb ends (the next clause starts after it)
        prev_urger: tuple[int, frozenset[str]] = (-1, frozenset())  # the last verb asked for, and who asked
        attributive: set[int] = set()  # participles before the noun they tell of: no clause of their own
        deed_ends: dict[int, int] = {}  # a warning's trigger -> the end of the deed it is about, told before it
        asked_of: Arg | None = None  # SOV: the one asked to do the event told just before its appeal verb
        adjunct_taken: set[int] = set()  # SOV: arguments a trip adjunct's noun took ("चीन की यात्रा के दौरान")
        adjunct_partners: set[int] = set()  # SOV: the one met in a meeting adjunct ("मोदी के साथ बैठक में")
        for k, f in enumerate(found):
            if k and k - 1 not in no_event and k - 1 not in attributive:
                last_end = max(found[k - 1].end, post_ends.get(k - 1, 0))
            if charge_doer:
                # "accused the RSF of shelling a hospital and killing ...": a second gerund is the charge's,
                # the accused's; a finite verb after it ("... and called on the UN") is the accuser's again
                if rx.match(r"\w+ing\b", self.text[f.start : f.end]):
                    prev_subject = charge_doer
                else:
                    charge_doer = []
            if f.trigger.after_place and not self._place_right_before(f, args):
                no_event.add(k)
                continue  # "41 प्रतिशत गिरावट आई है": came, but to no place
            # a trigger that made no event ("চার দিনের সরকারি সফরে": a visit of days, no one's) does
            # not cut off the clause of the verb after it
            prev_end = last_end
            breaks_k = [b for b in breaks if not (f.start <= b[0] < f.end) and not self._subject_before(b, prev_end, f, pack)]
            # (a participle inside the object, "met visiting Premier Li", does not end the verb's clause)
            nxt = next((g for g in found[k + 1 :] if g.trigger.frame != "attributive"), None)
            next_start = nxt.start if nxt is not None else sent[1]
            win = _window(f, prev_end, next_start, breaks_k, sent, pack, self.text)
            if (pack.order == "SOV" and (quotative := _cue_pattern(pack, "quotatives")) is not None
                    and (q := quotative.search(self.text, max(win[0], f.start - 12), f.start)) is not None
                    and not self.text[q.end() : f.start].strip() and self.text[f.end : sent[1]].strip(END_PUNCT)):
                # "ইরান ... ইউরেনিয়াম সমৃদ্ধ করছে বলে সতর্ক করেছে পশ্চিমা দেশগুলো": right after the quotative, with words
                # after the verb (its subject there), the words before the quotative are what is said, not who says it
                win = (max(win[0], q.end()), win[1])
            if f.trigger.type == "ACCUSE" and pack.order == "SOV" and (
                    said_by := self._speaker_after_quotative(f, sent[0], pack)) is not None:
                # "নির্বাচন কমিশন ষড়যন্ত্র করছে বলে মির্জা ফখরুল অভিযোগ করেন": the one between the quotative and the
                # verb accuses; the words before the quotative hold the accused (_quoted_target), no subject of this verb
                win = (max(win[0], said_by), win[1])
            verb_first = False
            if pack.order == "SOV" and self._headline(sent) and f.trigger.frame != "nominal" and any(
                    a.slot == "" and a.label in ("PER", "ORG", "AGENCY") and win[0] <= a.start and a.end <= f.start
                    for a in args):
                # an actor, then the verb, then names: "इशाक डार पहुंचे काबुल, तालिबान नेताओं से की बातचीत"
                comma = self.text.find(",", f.end, next_start)
                stop = comma if comma >= 0 else next_start
                if self._only_names_after(f.end, stop, pack):
                    win, verb_first = (win[0], stop), True
            comma = self.text.find(",", f.end, sent[1])
            if (not verb_first and pack.order == "SOV" and k + 1 == len(found) and self._only_names_after(f.end, sent[1], pack)
                    and (comma < 0 or self._only_names_after(comma + 1, sent[1], pack, most_other=0))
                    # (not a headline's speaker after a colon: "... ফোনালাপ হয়নি: শফিকুল আলম" - he says so)
                    and not rx.search(r"[:：]", self.text[f.end : sent[1]])):
                # verbless headline: "उत्तर कोरिया के दौरे पर पुतिन" (but a word of its own after a comma
                # opens another phrase: "বাংলাদেশ-মিয়ানমার বৈঠক, মধ্যস্থতায় চীন" - China mediates)
                win = (win[0], sent[1])
            elif (not verb_first and pack.order == "SOV" and k + 1 == len(found) and self._headline(sent)
                  and (colon := rx.search(r"[:：]", self.text[f.end : sent[1]])) is not None
                  and self.text[f.end : f.end + colon.start()].strip()
                  and self._only_names_after(f.end, f.end + colon.start(), pack, most_other=0)):
                # "... চিঠি দেবে বাংলাদেশ: পররাষ্ট্র উপদেষ্টা": the name after the verb, before the speaker's colon, is its
                # subject
                win = (win[0], f.end + colon.start())
            elif not verb_first and pack.order == "SOV" and self._headline(sent):
                comma = self.text.find(",", f.end, next_start)  # "চীন সফরে ইউনূস, সি চিন পিংয়ের সঙ্গে বৈঠক"
                if comma >= 0 and self._only_names_after(f.end, comma, pack):
                    win = (win[0], comma)
            elif not verb_first and pack.order == "SOV" and nxt is not None:
                # "... অভিযোগ করেছে পাকিস্তান, যা নাকচ করেছে ভারতীয় সেনাবাহিনী": the names between the verb
                # and the comma are its subject, written after it, not the next clause's
                comma = self.text.find(",", f.end, next_start)
                if comma >= 0 and self._only_names_after(f.end, comma, pack, most_other=0):
                    win = (win[0], comma)
                    post_ends[k] = comma + 1
            # (not a trigger reaching past the closing mark: "হামলাকে ‘যুদ্ধের উসকানি’ বলে অভিহিত করেছেন", the quoted
            # verdict is the start of the naming verb's own words)
            quote = next(((qs, qe) for qs, qe in self.direct if qs <= f.start < qe and f.end <= qe + 1), None)
            if quote is not None:  # a verb in someone's quoted words has its roles inside them
                win = (max(win[0], quote[0]), min(win[1], quote[1]))
            reported = next(((qs, qe) for qs, qe, _ in self.sent_quotes.get(i) or () if qs <= f.start < qe), None)
            if quote is None and reported is not None and reported[0] >= sent[0] and pack.order == "SVO":
                # a verb in reported words has its roles inside them too ("Russia struck a hospital in Kyiv,
                # Ukrainian officials said": the officials are no target)
                win = (max(win[0], reported[0]), min(win[1], reported[1]))
            if pack.order == "SVO" and _PARTICIPLE_BY.match(self.text, f.start) is not None and (
                    c := _COMMA_END.search(self.text, win[0], f.start)) is not None:
                # "the summit, hosted by Anwar": a participle after a comma opens a reduced clause of its own
                win = (c.end(), win[1])
            speaker_arg = self._speaker_before_and(f, sent, args, pack) if pack.order == "SVO" else None
            if speaker_arg is not None:  # (the reported words before are no part of the verb's clause)
                win = (max(win[0], speaker_arg[0]), win[1])
            wargs = [a for a in args if a.start >= win[0] and a.end <= win[1] and not self._in_parens(a, sent)
                     and not any(zs <= a.start and a.end <= ze and not zs <= f.start < ze for zs, ze in acc_zones)
                     and not self._is_dateline(a, sent)
                     # (a "name" only the tagger saw, over the trigger's own words: "तोड़ा सीजफायर")
                     and not ((a.by or "").startswith("model:") and a.start == f.start)
                     # (nor where a trip adjunct before went: "चीन की यात्रा के दौरान शी से मुलाकात की" met Xi, not China)
                     and a.start not in adjunct_taken
                     # (the one met in a meeting adjunct may still take part in talks: "मोदी के साथ बैठक के दौरान पुतिन ने
                     # ... चर्चा की"; no one else's verb acts on him)
                     and not (a.start in adjunct_partners and f.trigger.type not in ("TALKS", "MEET"))
                     and not self._for_taking_part(a, f, pack)
                     # (nor a demonym describing the weapon the trigger fires: "अमेरिकी एटीएसीएमएस मिसाइलें दागीं")
                     and not (a.slot == "" and a.end <= f.start and self._names_instrument_of(a.end, f, pack)
                              and any(m.start == a.start for m in self._norps()))
                     # (nor a country named bare before its mission near which it happened: "বাংলাদেশ উপদূতাবাসের সামনে")
                     and not (a.label == "GPE" and self._mission_near(a, f, pack))]
            if speaker_arg is not None and speaker_arg[1] not in wargs:
                wargs = [speaker_arg[1]] + wargs
            if pack.order == "SVO" and any(a.slot == "by" and a.start >= f.end for a in wargs):
                # "prisoners freed by Israel, ... the deal brokered by Qatar and Egypt": a by-phrase before the
                # verb is another participle's; its own follows it
                wargs = [a for a in wargs if not (a.slot == "by" and a.end <= f.start)]
            if pack.order == "SVO" and f.trigger.frame == "nominal" and k and found[k - 1].end <= f.start:
                # "pledged $2 billion to Bangladesh during Yunus's visit": a phrase marked by a preposition before
                # an event noun told after another verb is that verb's, not the noun's (whose own follow it)
                wargs = [a for a in wargs if not (a.end <= f.start and a.start >= found[k - 1].end
                                                  and a.slot in ("dative", "locative", "comitative", "ablative", "upon",
                                                                 "against", "benefactive", "topic"))]
            wins[k] = win
            if pack.order == "SVO" and f.trigger.frame == "accused":
                # "sanctions on six Chinese firms accused of supplying drones": the words right before the
                # participle are the accused; a name further back (the clause's subject) is not
                wargs = [a for a in wargs if not (a.slot == "" and a.end <= f.start
                                                  and _WORD_CHAR.search(self.text, a.outer_end, f.start))]
                if not any(a.slot == "" and a.end <= f.start for a in wargs):
                    f.no_subject = True  # (nor is it inherited from the verb before)
                    # the accused's demonym among those words: "six Chinese firms accused of ..." (China's)
                    lead = self.text[max(win[0], f.start - 60) : f.start]
                    near = f.start - len(lead) + (m.start() if (m := _LAST_WORDS.search(lead)) else len(lead))
                    norp = next((m for m in reversed(self._norps()) if near <= m.start and m.end <= f.start and m.entity_id), None)
                    if norp is not None:
                        wargs = sorted(wargs + [Arg(norp.start, norp.end, norp.text, "GPE", [norp.entity_id], slot="",
                                                    outer_start=norp.start, outer_end=norp.end, by=norp.by or "mention")],
                                       key=lambda a: a.start)
            # "India accused Pakistan of backing militants": the charge's doer is the accused, and
            # the charge is alleged, not told as fact
            # (so is one sanctioned for it: "sanctions on two Indian firms for supplying components to Russia")
            charged = (pack.order == "SVO" and k > 0 and (
                (found[k - 1].trigger.type == "ACCUSE"
                 # (or the means of a deed charged: "accused Western countries of prolonging the war by supplying
                 # weapons": the ones accused supply, alleged)
                 # (an adverb between: "accused Manila of deliberately ramming a vessel")
                 and rx.search(r"\b(?:of|for)\s*(?:(?:the|its|his|her|their)\s+)?(?:\w+ing\b[^,;:.\"“”]{0,60}?\bby\s+)?(?:\w+ly\s+)?$",
                               self.text[found[k - 1].end : f.start]) is not None)
                or (found[k - 1].trigger.type == "SANCTION" and rx.search(r"\bfor\s*$", self.text[found[k - 1].end : f.start]))))
            adj = pack.subjectless_adjuncts
            lead = adj.search(self.text, max(sent[0], f.start - 12), f.end) if adj is not None else None
            symmetric = any(r in SYMMETRIC_ROLES for r in self.onto[f.trigger.type].roles)
            if lead is not None and lead.end() == f.start and not symmetric:
                # (a bare name before the adjunct is the main verb's, never its subject: "pledged to support
                # young Mexicans by giving monthly subsidies" gives nothing to Mexicans' credit)
                wargs = [a for a in wargs if not (a.slot == "" and a.end <= lead.start())]
            if lead is not None and lead.end() == f.start and not charged and (
                    symmetric or not any(a.slot == "" and a.end <= f.start for a in wargs)):
                # (a call's other side may stand before it: "Xi told Trump in a phone call")
                # "..., Anwar Ibrahim said after hosting talks between the two sides", "Modi met Ishiba
                # before visiting China": the doer is the subject of the clause the adjunct hangs on (its
                # first bare name after the last comma; "Modi, while visiting Tokyo, ...": the name before)
                bare = [a for a in args if a.slot == "" and a.end <= lead.start() and a.entity_ids
                        and a.label in ("PER", "ORG", "GPE", "AGENCY") and not self.in_direct(a.start)]
                clause = max(self.text.rfind(",", sent[0], lead.start()), self.text.rfind(";", sent[0], lead.start()), sent[0])
                subj = next((a for a in bare if a.start >= clause), bare[-1] if bare else None)
                if subj is not None and subj not in wargs:
                    if symmetric and any(a.slot == "" and a.end <= f.start for a in wargs):
                        # the other side of the call, besides the one told: a co-participant
                        subj = dataclasses.replace(subj, slot="comitative")
                    # (and the names "and" joins to it: "Anutin and Hun Manet shook hands after signing the document")
                    joined = [a for a in args if a.slot == "comitative" and a.ref is None and a.entity_ids
                              and subj.end <= a.start and a.end <= lead.start() and a not in wargs
                              and not self.text[subj.outer_end or subj.end : a.outer_start].strip()
                              and pack.conjunctions is not None and self.text[a.outer_start : a.start].split()[:1]
                              and pack.conjunctions.fullmatch(self.text[a.outer_start : a.start].split()[0])]
                    wargs = sorted([subj] + joined + wargs, key=lambda a: a.start)
            adjunct_noun = (pack.order == "SOV" and (f.trigger.frame or "").startswith("nominal")
                            and any(not (g.trigger.frame or "").startswith("nominal") and g.start >= f.end
                                    and not any(f.end <= b[0] < g.start for b in breaks) for g in found[k + 1 :]))
            if adjunct_noun:
                # "उन्होंने हमले में घायल लोगों से मुलाकात की": the agent (ने) is the later verb's, not the event noun's
                wargs = [a for a in wargs if not (a.slot == "agent" and a.end <= f.start)]
            if (pack.order == "SOV" and k and k - 1 in wins and k - 1 not in no_event
                    and found[k - 1].trigger.frame in ("nominal_sov", "nominal")
                    and not any((a.slot == "agent" or (a.slot == "" and a.label in ("PER", "ORG"))) and a.start < f.start
                                for a in wargs)):
                # "चीन ने लाई की अमेरिका यात्रा पर आपत्ति जताई": the event noun is the verb's object; the
                # agent before it (ने) did what the verb says; so did a bare subject the noun left unused
                # ("मोदी सऊदी अरब की अपनी यात्रा बीच में छोड़कर स्वदेश लौट आए")
                lo = wins[k - 1][0]
                prev_ev = sentence_events[-1][0] if sentence_events else None
                taken = {r.start for r in prev_ev.roles if r.start not in reflexive_owners} if (
                    prev_ev is not None and prev_ev.trigger.start == found[k - 1].start) else set()
                shared = [a for a in args if lo <= a.start and a.end <= found[k - 1].start
                          and (a.slot == "agent" or (a.slot == "" and a.label in ("PER", "ORG", "GPE") and a.start not in taken))
                          and not any(a.end <= b[0] < f.start for b in breaks_k)]
                if not shared and pack.possessor_bodies is not None:
                    # "রাশিয়া ও ইউক্রেনের প্রতিনিধিদল তুরস্কের মধ্যস্থতায় আলোচনা করেছে": the owners of the body
                    # that is the subject (their delegations) talked
                    owner = next((a for a in args if lo <= a.start and a.end <= found[k - 1].start and a.slot == "genitive"
                                  and self._body_subject(a.outer_end, found[k - 1].start, pack)), None)
                    if owner is not None:
                        slot = "agent" if self._body_subject(owner.outer_end, found[k - 1].start, pack) == "agent" else ""
                        shared = [dataclasses.replace(a, slot=slot) for a in _conjuncts_before(
                            [a for a in args if a.end <= found[k - 1].start], owner)][::-1]
                        for a in shared[1:]:
                            a.joined = True
                # (with its conjuncts: "रूस और यूक्रेन ने तुर्की की मध्यस्थता में बातचीत की": both talked)
                first = shared[:1]
                for a in shared[1:]:
                    if not a.joined or a.slot != first[-1].slot:
                        break
                    first.append(a)
                wargs = sorted(first + wargs, key=lambda a: a.start)
            if (pack.order == "SOV" and k and k - 1 in wins and k - 1 not in no_event
                    and found[k - 1].trigger.frame == "nominal" and "comitative" in self.onto[f.trigger.type].frame(f.trigger.frame)
                    and not any(a.slot == "comitative" and a.start < f.start for a in wargs)):
                # "বাংলাদেশ ও মিয়ানমারের মধ্যে চীনের মধ্যস্থতায় বৈঠক হয়েছে": an adjunct event noun between them
                # leaves the sides it did not take to the verb after it
                prev_ev = sentence_events[-1][0] if sentence_events else None
                taken = {r.start for r in prev_ev.roles} if (
                    prev_ev is not None and prev_ev.trigger.start == found[k - 1].start) else set()
                # (and where, when the verb names no place: "কুনমিংয়ে ... মধ্যস্থতায় বৈঠক")
                slots = {"comitative"} | ({"locative"} if not any(a.slot == "locative" for a in wargs) else set())
                sides = [a for a in args if wins[k - 1][0] <= a.start and a.end <= found[k - 1].start and a.slot in slots
                         and a.start not in taken and not any(a.end <= b[0] < f.start for b in breaks_k)]
                wargs = sorted(sides + wargs, key=lambda a: a.start)
            if f.trigger.frame == "nominal_sov" and pack.reflexives is not None and pack.reflexives.search(
                    self.text[max(win[0], f.start - 30) : f.start]):
                # "मोदी सऊदी अरब की अपनी यात्रा ...": "one's own trip" is the trip of the clause's subject
                # (an agent too: "मोदी ने ... अपनी यात्रा बीच में छोड़ दी")
                subj = next((a for a in wargs if a.slot in ("", "agent") and a.label == "PER" and a.end <= f.start), None)
                if subj is not None:
                    wargs = [dataclasses.replace(a, slot="genitive") if a is subj else a for a in wargs]
                    reflexive_owners.add(subj.start)  # (still the subject of the verb after the noun)
            if f.trigger.frame in ("nominal", "nominal_en", "deadly_en", "terror_nominal", "sale_noun"):
                # "ইসরায়েলি বিমান হামলায়", "Russian strikes": a demonym right before the event noun is its owner
                # (a seller too: "US arms sale to Taiwan", "American arms sales")
                # (also a deadly one's: "killed in an Israeli strike in Tehran"; a terror attack's, "পাকিস্তানি জঙ্গিদের
                # হামলায়", its makers' modifier, where a country's genitive is the one struck)
                owner = next((m for m in self._norps() if sent[0] <= m.start and m.end <= f.start
                              and not self.text[m.end : f.start].strip()), None)
                owner_slot = "modifier" if f.trigger.frame == "terror_nominal" else "genitive"
                if owner is not None:
                    wargs = sorted(wargs + [Arg(owner.start, owner.end, owner.text, "GPE", [owner.entity_id], slot=owner_slot,
                                                outer_start=owner.start, outer_end=owner.end, by=owner.by or "mention")],
                                   key=lambda a: a.start)
                elif pack.order == "SVO":
                    # "US strikes on Iran killed ...": a country or body named right before the noun owns it
                    # (also after "and": "Israeli and U.S. strikes", read as "X and Y met" without the owner rule)
                    wargs = [dataclasses.replace(a, slot="genitive", outer_start=a.start) if (
                                 a.slot == "" or (a.slot == "comitative" and self.text[a.outer_start : a.start].strip() == "and"))
                             and a.ref is None and a.label in ("GPE", "ORG")
                             and a.end <= f.start and not self.text[a.end : f.start].strip() else a for a in wargs]
                # "Israeli and U.S. strikes": a demonym or country joined by "and" to the owner owns it too
                lead = next((a for a in wargs if a.slot == "genitive" and not self.text[a.end : f.start].strip()), None)
                while lead is not None:
                    conj = next((m for m in self._norps() + [m for m in self.doc.mentions if m.label == "GPE"]
                                 if sent[0] <= m.start and m.end < lead.start
                                 and rx.fullmatch(r"\s*(?:and|,|और|ও)\s*", self.text[m.end : lead.start])), None)
                    if conj is None or any(a.start == conj.start and a.slot == "genitive" for a in wargs):
                        break
                    # (the later owner is joined to the earlier: both fill one role, not near and far genitives)
                    wargs = [dataclasses.replace(a, joined=True) if a is lead else a for a in wargs if a.start != conj.start]
                    lead = Arg(conj.start, conj.end, conj.text, "GPE", [conj.entity_id], slot="genitive",
                               outer_start=conj.start, outer_end=conj.end, by=conj.by or "mention")
                    wargs = sorted(wargs + [lead], key=lambda a: a.start)
            if verb_first:  # the bare names after a headline's verb are its objects (where one went)
                wargs = [dataclasses.replace(a, slot="locative") if a.start >= f.end and a.slot == "" else a
                         for a in wargs]
            if f.item_span:
                # "চীন জরুরি সহায়তা দেওয়ার ঘোষণা দিয়েছে": a bare name opening the item's words is the
                # clause's subject, not part of what is given
                # (so is a name in the dative opening them, whom it is given to: "আরএসএফকে অস্ত্র দেওয়ার")
                lead = next((a for a in wargs if a.start == f.item_span[0] and a.slot in ("", "dative") and pack.order == "SOV"
                             and a.end < f.item_span[1]), None)
                if lead is None and pack.order == "SOV":
                    # (or a bare name after a phrase of its own opening them: "চীনের রাষ্ট্রদূত ইয়াও ওয়েন তিস্তা
                    # মহাপরিকল্পনায় অর্থায়নের প্রস্তাব দেন", the ambassador offers; no person is part of what is given,
                    # where a thing's name may be: "खंजर (Admiral's Dagger)")
                    lead = next((a for a in reversed(wargs) if f.item_span[0] < a.start and a.end < f.item_span[1]
                                 and a.slot == "" and a.ref is None and a.label == "PER"), None)
                if lead is not None:
                    rest = self.text[lead.outer_end : f.item_span[1]]
                    f.item_span = (lead.outer_end + len(rest) - len(rest.lstrip()), f.item_span[1])
                    f.start = max(f.start, f.item_span[0])
                # (or the item's words start inside a name: "এশীয় উন্নয়ন ব্যাংকও (এডিবি) ৫০ কোটি ডলার ঋণ দেবে", its last
                # word with a clitic and its short form in brackets; the item is what follows them)
                inside = next((a for a in wargs if a.start < f.item_span[0] < a.end < f.item_span[1]), None)
                if inside is not None:
                    tail = rx.match(r"(?:ও|ই)?\s*(?:\([^()]{1,40}\)\s*)?", self.text[inside.end : f.item_span[1]])
                    f.item_span = (inside.end + tail.end(), f.item_span[1])
                    f.start = max(f.start, f.item_span[0])
                wargs = [a for a in wargs if not (f.item_span[0] <= a.start < f.item_span[1])]
            if pack.order == "SVO" and pack.possessor_bodies is not None:
                wargs = self._owned_body_conjuncts(wargs, f, pack)
            bare_before = [a for a in wargs if a.slot == "" and a.start < f.start]
            joined_body = bool(bare_before) and pack.order == "SVO" and self._conjunct_body_after(bare_before[-1], wargs, f, sent, pack)
            if pack.possessor_bodies is not None and (not bare_before or pack.order == "SOV" or joined_body):
                owner = None if bare_before else next((a for a in wargs if a.slot == "genitive" and a.end <= f.start and (
                    pack.possessor_bodies.fullmatch(_without_trailing_auxiliaries(pack, self._without_times(a.outer_end, f.start, pack).strip())
                                                    if pack.order == "SVO" else self._without_times(a.outer_end, f.start, pack).strip())
                    # "X's ministry on Sunday accused", "China's foreign ministry also criticised"
                    # "South Korea's presidential office convened a meeting and condemned": a verb before "and"
                    or (pack.order == "SVO" and _body_at(pack).match(self.text, a.outer_end, f.start) is not None
                        and rx.search(r"\band\s+$", self.text[a.outer_end : f.start]) is not None
                        and not rx.search(r"[,;:]", self.text[a.outer_end : f.start])))), None)
                if owner is None and pack.order == "SOV" and not adjunct_noun and not any(a.slot == "agent" and a.start < f.start for a in wargs):
                    # "नेतन्याहू के कार्यालय ने ... खंडन किया", "নেতানিয়াহুর দপ্তর ... অস্বীকার করেছে": the
                    # body names no argument of its own; its possessor acts (as agent or subject); bare
                    # names after the body are the verb's objects ("হামাসের একটি প্রতিনিধিদল কায়রো পৌঁছেছে")
                    owner = next((a for a in wargs if a.slot == "genitive" and a.end <= f.start
                                  and not any(b.start < a.start for b in bare_before)
                                  and self._body_subject(a.outer_end, f.start, pack)), None)
                    if owner is not None:
                        slot = "agent" if self._body_subject(owner.outer_end, f.start, pack) == "agent" else ""
                        owners = _conjuncts_before(wargs, owner)  # "तुर्की और जर्मनी के नेताओं ने": both own the body
                        wargs = [dataclasses.replace(a, slot=slot) if any(a is o for o in owners) else a for a in wargs]
                elif owner is not None:  # "South Korea's foreign ministry condemned ...": South Korea acts
                    owners = _conjuncts_before(wargs, owner)
                    # (a name inside the body's words is the body's, not the verb's: "Iran's mission to the UN warned")
                    wargs = [dataclasses.replace(a, slot="") if any(a is o for o in owners) else a for a in wargs
                             if not (owner.outer_end <= a.start and a.end <= f.start)]
                elif pack.order == "SVO":
                    # "A spokesperson for the US State Department condemned", "the leaders of Turkey
                    # and Germany": a body or office "of"/"for" its owner, as the subject (so too after a
                    # subject and "and": "Trump and the leaders of Egypt and Qatar signed")
                    owner = next((a for a in wargs if a.slot in ("genitive", "benefactive") and a.end <= f.start
                                  and (not bare_before or a.start > bare_before[-1].start)
                                  and _body_before(pack).search(self.text, max(sent[0], a.outer_start - 60), a.outer_start)), None)
                    if owner is not None:
                        k = next(j for j, a in enumerate(wargs) if a is owner)
                        owners = [owner] + [a for a in wargs[k + 1 :] if a.joined and a.end <= f.start][:3]
                        wargs = [dataclasses.replace(a, slot="", joined=a.joined or joined_body) if any(a is o for o in owners)
                                 else a for a in wargs]
            if pack.order == "SVO" and f.trigger.type in pack.deed_complements:
                # "warned the West against sending troops to Ukraine": a gerund after the one warned
                # opens what they are warned about; the names in it are not the warning's (roles.yaml
                # deed_complements)
                g = pack.deed_complements[f.trigger.type].search(self.text, f.end, win[1])
                if g is not None:
                    wargs = [a for a in wargs if not a.start >= g.start()]
            if pack.order == "SVO" and k:
                closed = self._closed_relative(found[k - 1], f, sent, pack)
                if closed is not None:  # "von der Leyen, who is on a visit to India, ... thanked Modi": India is the visit's
                    wargs = [a for a in wargs if not (closed[0] <= a.start < closed[1])]
            if pack.order == "SVO":
                ante, inside = self._relative_antecedent(args, f, sent, pack)
                # "Belousov, who arrived ..." (the verb in the clause): the name, when the clause names no
                # subject; "Trump, who last year threatened North Korea, heaped praise" (the verb after
                # it): the name, and nothing inside the clause is the verb's subject
                if ante is not None and reported is not None and reported[0] > ante.start:
                    ante = None  # "Umerov, who led Kyiv's delegation, said the two sides agreed": the reported words' own subject
                if ante is None and inside is not None and reported is None:
                    wargs = [a for a in wargs if not (inside[0] <= a.start < inside[1])]
                    f.skip = inside
                elif ante is not None and (inside is not None or not any(a.slot == "" and a.start < f.start for a in wargs)):
                    if inside is not None:
                        wargs = [a for a in wargs if not (inside[0] <= a.start < inside[1])]
                        f.skip = inside
                    # ("Egypt and Qatar, which have mediated ..., called on": the names joined before it too)
                    heads = _conjuncts_before(args, ante)[::-1]
                    at = next(j for j, a in enumerate(args) if a is ante)
                    if (len(heads) == 1 and ante.slot == "comitative" and at and args[at - 1].slot == ""
                            and not self.text[args[at - 1].outer_end : ante.outer_start].strip()):
                        heads = [args[at - 1], ante]  # ("and Qatar" read as "with Qatar" after a bare name)
                    wargs = [dataclasses.replace(a, slot="", joined=a.joined or j > 0) for j, a in enumerate(heads)] + [
                        a for a in wargs if not any(a is h or (a.start, a.end) == (h.start, h.end) for h in heads)]
                elif ante is None and pack.relatives is not None and (
                        bound := rx.search(rf"(?<=[\p{{Ll}}\d])(?<!\b(?:in|of|by|for|with|from|to|on|at|through|during|under|after|before))"
                                           rf"\s+(?:{pack.relatives.pattern})\s+(?:(?:also|still|then|often|regularly|\w+ly)\s+)?"
                                           + (rf"(?:(?:{pack.relative_catenatives.pattern})\s+)?" if pack.relative_catenatives is not None else "")
                                           + "$",
                                           self.text[sent[0] : f.start])) is not None:
                    # "harbouring militants who attack Pakistan": the verb's subject is the common noun
                    # the relative hangs on; no name of the clause before does it
                    wargs = [a for a in wargs if a.start >= sent[0] + bound.end() or a.start >= f.start]
                    f.no_subject = True
            if (pack.deed_topic_after is not None and k + 1 < len(found)
                    and found[k + 1].trigger.type in DEED_TOPIC_GOVERNORS
                    and pack.deed_topic_after.match(self.text, f.end, found[k + 1].start)):
                # "ব্লিঙ্কেন রাশিয়াকে সহায়তা দেওয়া নিয়ে চীনকে সতর্ক করেন": a deed named as what a warning or
                # accusation is about is not done by the one who warns (China would give the help)
                wargs = [a for a in wargs if not (a.end <= f.start and a.slot in ("", "agent"))]
                f.no_subject = True
                attributive.add(k)  # (nor does it end the clause: the subject before it warns)
                deed_ends[k + 1] = f.end
            if k in deed_ends and any(deed_ends[k] <= a.start and a.end <= f.start and a.slot not in ("", "agent", "genitive")
                                      for a in wargs):
                # (the one warned named after the deed: "... নিয়ে চীনকে সতর্ক করেন"; those before are the deed's,
                # "রাশিয়াকে সহায়তা দেওয়া")
                wargs = [a for a in wargs if not (a.end <= deed_ends[k] and a.slot not in ("", "agent"))]
            if self.onto[f.trigger.type].frame(f.trigger.frame).get("clause_subject"):
                attributive.add(k)  # an adjunct ("পুতিনের আমন্ত্রণে"): no clause of its own; the verb after it keeps its subject
            if pack.nonfinite_after is not None and pack.nonfinite_after.match(self.text, f.end, sent[1]):
                attributive.add(k)  # "X को दोषी ठहराए जाने के बाद ... गिरफ्तार किया गया": no clause of its own
            if pack.attributive_after is not None and pack.attributive_after.match(self.text, f.end, sent[1]):
                # "पुलिस ने प्रदर्शन कर रहे किसानों को हिरासत में लिया": a participle before the noun it tells of
                # ("the farmers protesting"): that noun does it, not the agent or subject of the clause
                wargs = [a for a in wargs if not (a.end <= f.start and a.slot in ("", "agent"))]
                f.no_subject = True
                # (nor does it end the clause: the subject before it is the next verb's, "पुलिस ने ... मांग कर रहे
                # शिक्षक अभ्यर्थियों पर लाठीचार्ज किया")
                attributive.add(k)
            if pack.order == "SVO" and k and pack.conjunctions is not None:
                # "Kim met Belousov in Pyongyang and pledged support": the second verb's subject is
                # the first one's; the names after the first verb are its objects, not subjects
                before = [a for a in wargs if found[k - 1].end <= a.start and a.end <= f.start]
                tail = self._without_times(max([found[k - 1].end] + [a.outer_end for a in before]), f.start, pack).split()
                headline_comma = bool(tail) and len(tail) <= 3 and tail[-1].endswith(",") and _is_headline(self.text[sent[0] : sent[1]])
                # "... and pledged support": a verb or two of the second clause may stand before its trigger
                if before and tail and (pack.conjunctions.fullmatch(" ".join(tail)) or (
                        tail[0].isalpha() and pack.conjunctions.fullmatch(tail[0]) and len(tail) <= 3
                        and all(w.islower() for w in tail[1:]))
                        # "accused Beijing of "reckless" behaviour and thanked Japan": the object's
                        # own words, then "and" right before the second verb
                        or (len(tail) <= 8 and tail[-1].isalpha() and pack.conjunctions.fullmatch(tail[-1])
                            and not any(c in " ".join(tail) for c in ",;:"))
                        # "will visit Moscow (next week) to meet Putin | for talks with Putin": the place
                        # visited is the trip's, not one more side of the purpose it is made for
                        or (found[k - 1].trigger.type in TRIP_TYPES and len(tail) <= 3 and pack.trip_purpose is not None
                            and pack.trip_purpose.fullmatch(tail[-1]) and all(w.islower() for w in tail))
                        # a headline joins its verbs with a comma: "Modi hosts Bhutan king, pledges Rs 10,000 crore"
                        or headline_comma):
                    # (all of the first verb's phrases, in a headline: "Iran denies sending drones to Russia, summons
                    # British envoy" summons no one from Russia)
                    wargs = [a for a in wargs if not (a in before and (a.slot == "" or headline_comma))]
            etype = self.onto[f.trigger.type]
            fr = etype.frame(f.trigger.frame)
            if f.trigger.frame == "attributive" and self.text[f.start - 1 : f.start] == "-":
                # "a U.S.-backed proposal for peace in Gaza": only the name joined to the participle is its
                # modifier; a name that modifies a noun after it ("peace in Gaza") is no doer of it
                wargs = [a for a in wargs if a.slot != "modifier" or f.start - 1 <= a.end <= f.start]
            if (pack.between is not None and fr.get("subject") == fr.get("comitative")
                    and rx.match(r"\s+(?:" + pack.between.pattern + ")", self.text[f.end : f.end + 20], flags=pack.between.flags)):
                # "arranging a meeting between Putin and Zelenskiy": the arranger did not meet (but the
                # one who mediates between them is the mediator)
                wargs = [a for a in wargs if not (a.end <= f.start and a.slot in ("", "agent"))]
            passive = _is_passive(self.text, f, sent, pack) or self._headline_passive(f, sent, pack)
            if passive and pack.obligation_dative is not None and pack.obligation_dative.match(self.text, f.end):
                passive = False  # "আলোচনায় বসতে হবে": must sit for talks, no passive
            if passive and pack.order == "SVO":
                # "received by Prince Faisal, and was later honoured with ...": a by-phrase before a passive verb is
                # the verb's before it; its own doer follows it
                wargs = [a for a in wargs if not (a.slot == "by" and a.end <= f.start)]
            if pack.order == "SOV" and not passive and not prev_subject:
                topic = self._topic_before_comma(args, wargs, f, win, found[k - 1].end if k else sent[0])
                if topic is not None and not self._is_dateline(topic, sent):  # "ঢাকা, ৫ আগস্ট:" is where it was filed
                    wargs = [topic] + wargs
            if pack.order == "SOV" and not passive and not any(
                    (a.slot == "agent" or (a.slot == "" and a.label in ("PER", "ORG"))) and a.end <= f.start for a in wargs):
                # (a bare place before the verb is where: "মোদির মণিপুর সফর করা উচিত")
                # "म्यांमार को अराकान आर्मी के साथ बातचीत करनी होगी", "মোদির মণিপুর সফর করা উচিত": the one who
                # must or should is written in the dative (or, bn উচিত, the genitive): the verb's subject
                for slot, pat in (("dative", pack.obligation_dative), ("genitive", pack.obligation_genitive)):
                    ob = next((a for a in wargs if pat is not None and a.slot == slot and a.end <= f.start
                               and a.label in ("PER", "GPE", "ORG")), None) if pat is not None and pat.match(self.text, f.end) else None
                    if ob is not None:
                        wargs = [dataclasses.replace(a, slot="") if a is ob else a for a in wargs]
                        break
            if pack.order == "SOV" and pack.order_complement is not None and pack.order_complement.match(self.text, f.end):
                # "ट्रंप ने पेंटागन को यूक्रेन की मदद करने का निर्देश दिया": the one ordered (the dative) does it, in
                # place of the one who orders; an unnamed force ordered ("সেনাবাহিনীকে ইরানে হামলা চালানোর নির্দেশ
                # দেন") is none of its roles, and the one who orders stays its doer
                # (with an item given, the dative nearest the verb receives it: "इजराइल को हथियार भेजने का आदेश"; the
                # one ordered is a dative before that)
                datives = [a for a in wargs if a.slot == "dative" and a.end <= f.start]
                ordered = (datives[0] if len(datives) > 1 else None) if f.item_span is not None else (datives or [None])[-1]
                if ordered is not None and ordered.entity_ids and ordered.ref is None:
                    wargs = [dataclasses.replace(a, slot="agent") if a is ordered else a for a in wargs
                             if not (a.slot in ("agent", "") and a.end <= ordered.start)]
                elif ordered is not None:
                    wargs = [a for a in wargs if a is not ordered]
            urger: frozenset[str] = frozenset()
            chained_urger: frozenset[str] = frozenset()  # the asker of a verb asked for before, carried to this one
            if (pack.order == "SVO" and k and found[k - 1].trigger.type in OBJECT_CONTROL_TYPES and sentence_events
                    and sentence_events[-1][0].trigger.start == found[k - 1].start
                    and rx.search(r"\bto\s+(?:\w+ly\s+)?$", self.text[found[k - 1].end : f.start])):
                # "urged both sides to accept the proposal": those urged act; the one urging is none of them
                asker = _subject_role(self.onto[found[k - 1].trigger.type].frame(found[k - 1].trigger.frame))
                urger = frozenset(r.entity_id for r in sentence_events[-1][0].roles if r.name == asker and r.entity_id)
            elif (pack.order == "SVO" and k and prev_urger[0] == found[k - 1].start
                  and (j := rx.fullmatch(r"[^,;.]{0,120}?\s(?:and|or)\s+(to\s+)?(?:\w+ly\s+)?", self.text[found[k - 1].end : f.start]))
                  # (a bare verb, not a finite one of the asker's own: "... and thanked Trump")
                  and (j.group(1) or not rx.match(r"\w+(?:ed|s)\b", self.text[f.start : f.end]))):
                # "called on Western allies to impose sanctions ... and to provide more air defence": the
                # second verb asked for is no more the asker's than the first
                urger = chained_urger = prev_urger[1]
            if urger:
                prev_urger = (f.start, urger)
            roles, filled_args, reciprocal = self._roles(etype, f, wargs, pack, passive, i, urger)
            if (prev_subject and not passive and not any(slot in SUBJECT_SLOTS for _, slot in filled_args)
                    and not (f.trigger.frame or "").startswith("nominal")  # ("on his second trip": his is the subject's)
                    and any(a.ref is not None and slot != "genitive" for a, slot in filled_args)):
                # "Putin met Xi and thanked him": the shared subject is no one its own object pronoun means
                # (a possessive may be: "Modi met Macron ..., the second day of his visit to France")
                shared = frozenset(r.entity_id for r in prev_subject if r.entity_id)
                roles, filled_args, reciprocal = self._roles(etype, f, wargs, pack, passive, i, shared)
            if (pack.traveller_after is not None and "traveller" in etype.roles
                    and not any(r.name == "traveller" for r in roles)
                    and (person := self._traveller_named_after(f, args, pack, i)) is not None):
                # "भारत दौरे पर आए अमेरिकी विदेश मंत्री एंटनी ब्लिंकन ने कहा": the one the participle tells of travels
                roles = roles + [Role("traveller", person.text, person.start, person.end, eid) for eid in person.entity_ids[:1]]
                filled_args = filled_args + [(person, "subject")]
            if etype.name == "ATTACK" and (dead := self._dead_subject(f, wargs, pack, self.sents_args.get(i, wargs))) is not None:
                # "হাসান নাসরুল্লাহ বৈরুতে ইসরায়েলি বিমান হামলায় নিহত হয়েছেন", "Nasrallah was killed in an Israeli
                # airstrike in Beirut": the one who died in it was struck; a city named is where
                roles = [dataclasses.replace(r, name="place") if r.name == "target" and (r.entity_id or "").startswith(("gpe:", "city:"))
                         and r.start is not None and r.start < f.start else r for r in roles if r.start != dead.start]
                roles.append(Role("target", dead.text, dead.start, dead.end, dead.entity_ids[0]))
            # (a possessive read as a modifier of the name after it counts as a genitive: "मोदी की जापान यात्रा")
            # (a genitive owner may also be written as the doer: "रूस द्वारा ... किए गए हमले", "attacks by Russia")
            if (pack.order == "SOV" and etype.name == "ATTACK" and pack.place_nouns is not None and "target" in etype.roles
                    and not any(r.name == "target" for r in roles)):
                # "বিদ্রোহীরা গোমা শহর দখল করে নিয়েছে": a city named before a place noun ("town of Goma") is
                # what is struck, never the attacker
                # (nor a place a capture needs right before its verb: "রাজধানী দামেস্ক দখল করে নেওয়ার পর", triggers.yaml
                # ``needs: place_before``; a city takes nothing)
                takes_place = "place_before" in (f.trigger.needs or "").split("|")
                for r in roles:
                    if (r.name == "attacker" and (r.entity_id or "").startswith("city:") and r.end is not None
                            and (pack.place_nouns.match(self.text, r.end)  # (the pattern opens with the space)
                                 or (takes_place and not self.text[r.end : f.start].strip()))):
                        r.name = "target"
            place_as_subject = bool(self._place_as_traveller(etype, roles) and prev_subject and not passive)
            # ("मोदी पुतिन के साथ बैठक के लिए मास्को जाएंगे": the bare city after another event's noun,
            # read as this clause's subject, is the place the trip verb needs; see below)
            # ("मोदी और इशिबा ने शिखर सम्मेलन में हिस्सा लिया": two who took part together need no "with")
            # (or two joined in the genitive, the owners of the talks: "भारत और बांग्लादेश के ... महानिदेशक स्तर की वार्ता")
            pair = f.trigger.needs == "comitative" and (
                len({e for a, slot in filled_args if slot in ("", "agent", "subject") and a.ref is None for e in a.entity_ids[:1]}) >= 2
                # (or a group of two or more: "दोनों नेता ... शिखर सम्मेलन में हिस्सा लेंगे")
                or any(slot in ("", "agent", "subject") and a.ref is not None and a.ref.kind == "group" and a.ref.count >= 2
                       for a, slot in filled_args)
                or len({e for a, slot in filled_args if slot == "genitive" and a.ref is None and (a.joined or any(
                    b.joined and b.slot == "genitive" for b, _ in filled_args)) for e in a.entity_ids[:1]}) >= 2)
            # (the sides "between" whom a meeting is held are its owners too: "বাংলাদেশ ও মিয়ানমারের মধ্যে ... বৈঠক
            # অনুষ্ঠিত হয়েছে")
            # (a need may list alternatives: "comitative|dative", whom one asks marked either way)
            needs = f.trigger.needs.split("|") if f.trigger.needs else []
            if f.trigger.needs and not pair and not any(slot in needs or any((n, slot) in (
                    ("genitive", "modifier"), ("genitive", "agent"), ("genitive", "by"), ("genitive", "comitative")) for n in needs)
                                           for _, slot in filled_args) and self._meeting_before(etype, f, sentence_events) is None \
                    and not (f.trigger.needs == "comitative" and self._the_meeting(i, f, sent, pack) is not None) \
                    and not (place_as_subject and f.trigger.needs in ("object", "locative")) \
                    and not ("place_before" in needs and self._place_right_before(f, args)):
                no_event.add(k)
                continue  # "हिसाब से मिलेंगे" (had by the reckoning): nobody is met
            if place_as_subject:
                # "मोदी ... जापान यात्रा पर टोक्यो पहुंचे": a city does not travel; it is where the
                # subject of the clause before arrived
                for r in roles:
                    if r.name == "traveller":
                        r.name = "place"
                filled_args = [(a, slot) for a, slot in filled_args if slot not in SUBJECT_SLOTS]
            if (pack.order == "SVO" and k and found[k - 1].trigger.type == etype.name == "TALKS"
                    and sentence_events and sentence_events[-1][0].trigger.start == found[k - 1].start
                    and _TALKS_PURPOSE_TO.fullmatch(self.text, found[k - 1].end, f.start)):
                no_event.add(k)
                continue  # "called Zelenskiy on Sunday to discuss air defence": the call's purpose, the same talks
            if (pack.order == "SVO" and k and found[k - 1].trigger.type not in OBJECT_CONTROL_TYPES and not passive
                    and (_PURPOSE_TO.fullmatch(self.text, found[k - 1].end, f.start)
                         # (a time between does not count: "met his Omani counterpart in Muscat on Saturday to discuss")
                         or _PURPOSE_TO.fullmatch(" " + self._without_times(found[k - 1].end, f.start, pack) + " "))):
                # "Modi phoned Dissanayake to congratulate him": the one called is the call's object; the
                # caller acts in the purpose clause (but "urged X to", "invited X to": X would act)
                called = [a for a, slot in filled_args if slot in SUBJECT_SLOTS and found[k - 1].end <= a.start < f.start]
                gap = {a.start for a in called}
                frame = etype.frame(f.trigger.frame)
                if gap and frame.get("comitative") is not None and frame.get("comitative") == frame.get("subject"):
                    # ("Xi met Putin to discuss the war": both discuss; the one met is a partner)
                    filled_args = [(a, "comitative" if a.start in gap else slot) for a, slot in filled_args]
                elif gap:
                    roles = [r for r in roles if r.start not in gap]
                    filled_args = [(a, slot) for a, slot in filled_args if a.start not in gap]
                    # ("... to congratulate him": the one called, not the caller himself)
                    callee = next((e for a in called for e in a.entity_ids[:1]), None)
                    objective = {a.start for a in args if a.ref is not None and a.ref.objective and f.end <= a.start}
                    if callee is not None:
                        roles = [dataclasses.replace(r, entity_id=callee) if r.start in objective else r for r in roles]
            if pack.order == "SOV" and "place" in etype.roles:
                for r in roles:  # "চীন সফরে", "भारत यात्रा पर": a country or city written onto the trip noun
                    # (a place the recogniser found new, "हाराधीरे पहुँच गए": a town it labelled a location)
                    ent = self.doc.entities.get(r.entity_id) if r.entity_id else None
                    if (r.name == "traveller" and ((r.entity_id or "").startswith(("gpe:", "city:"))
                                                   or (ent is not None and ent.type in ("LOC", "GPE") and _discovered(self.doc, r.entity_id)))
                            and r.end is not None and r.end <= f.start
                            and (not self.text[r.end : f.start].strip()
                                 # (its kind of place between: "हाराधीरे शहर पहुँच गए")
                                 or ((pn := pack.place_nouns) is not None and (m := pn.match(self.text, r.end, f.start)) is not None
                                     and not self.text[m.end() : f.start].strip()))):
                        r.name = "place"  # (and "काबुल पहुंचे": where one arrived): the traveller is elsewhere
                        filled_args = [(a, slot) for a, slot in filled_args
                                       if not (slot in SUBJECT_SLOTS and a.start == r.start)]
            charge = charged and bool(accused)
            # ("accused the army of bombing civilians": an accused the recogniser does not name still did
            # the deed, alleged; the accuser never did)
            unnamed_accused = charged and not accused
            # "भारत ने पाकिस्तान पर आतंकवाद को बढ़ावा देने का आरोप लगाया", "ভারত পাকিস্তানের বিরুদ্ধে
            # হামলা চালানোর অভিযোগ করেছে": a deed named just before "(का) आरोप" is the charge; the one
            # marked as accused (पर, বিরুদ্ধে) did it, alleged; the accuser is the accusation's subject
            charger: list[Role] = []
            inherited = False  # the subject is the one of the verb before (coordinated verbs)
            appeal_asker: list[Role] = []  # the one asking, of an event told as what is asked for
            charged_for = None  # bn "আরএসএফকে অস্ত্র দেওয়ার জন্য আমিরাতকে অভিযুক্ত করেছেন": the accused after "for"
            # (or sanctioned for it: "রাশিয়াকে সমর্থন দেওয়ার জন্য বেলারুশের ওপর নিষেধাজ্ঞা", "रूस का समर्थन करने के लिए
            # बेलारूस पर प्रतिबंध": Belarus backs Russia, alleged)
            sanctioned = k + 1 < len(found) and found[k + 1].trigger.type == "SANCTION" and etype.name != "SANCTION"
            if (not charge and pack.order == "SOV" and pack.charge_for is not None and k + 1 < len(found)
                    and (found[k + 1].trigger.type == "ACCUSE" or sanctioned) and etype.name != "ACCUSE"):
                m = pack.charge_for.match(self.text, f.end, found[k + 1].start)
                after = [a for a in args if m is not None and m.end() <= a.start and a.end <= found[k + 1].start
                         and a.slot in (("dative", "upon", "against") if sanctioned else ("dative", "genitive")) and a.entity_ids]
                gap = self.text[after[-1].outer_end : found[k + 1].start].split() if after else []
                # (a sanction's qualifiers between: "বেলারুশের ওপর নতুন নিষেধাজ্ঞা", "बेलारूस पर नए प्रतिबंध")
                if after and (not gap or (sanctioned and len(gap) <= 2 and not any(c in "".join(gap) for c in ",;।|"))):
                    charged_for = after[-1]
            if (not charge and pack.order == "SOV" and pack.charge_links is not None and k + 1 < len(found)
                    and (found[k + 1].trigger.type == "ACCUSE" or charged_for is not None) and etype.name != "ACCUSE"
                    # (a charge, not a condemnation: "रूस के हमले की निंदा" condemns an attack that happened)
                    # (but condemned "for" a deed named right before, the deed is charged: "রাশিয়াকে অস্ত্র দেওয়ার জন্য
                    # উত্তর কোরিয়ার নিন্দা")
                    and (pack.charge_words is None or found[k + 1].trigger.type != "ACCUSE" or charged_for is not None
                         or pack.charge_words.search(self.text, found[k + 1].start, found[k + 1].end))
                    and (charged_for is not None or pack.charge_links.fullmatch(self.text[f.end : found[k + 1].start].strip()))):
                # (an unnamed body too, as the resolver reads it: "पीटीआई ने सरकार पर ... बल प्रयोग करने का आरोप लगाया")
                marked = [(charged_for, charged_for.entity_ids[0])] if charged_for is not None else [
                    (a, (a.entity_ids or self.resolver.pronoun(a, i, set()) or [None])[0]) for a in args
                    if win[0] <= a.start < f.start and a.slot in ("upon", "against") and (a.entity_ids or a.ref is not None)]
                if marked:
                    acc, acc_id = marked[-1]
                    subj_starts = {a.start for a, slot in filled_args if slot in SUBJECT_SLOTS}
                    charger = [r for r in roles if r.start in subj_starts]
                    roles = [r for r in roles if r.start not in subj_starts and r.start != acc.start]
                    sov_accused = [Role("target", acc.text, acc.start, acc.end, acc_id)]
                    roles = self._inherit(etype, f, sov_accused) + roles
                    filled_args = [(a, slot) for a, slot in filled_args if slot not in SUBJECT_SLOTS]
                    charge = True
            if etype.name == "ACCUSE" and sov_accused and not any(r.name == "target" for r in roles):
                roles = roles + [dataclasses.replace(r) for r in sov_accused]
            if etype.name == "ACCUSE" and pack.charge_deed_end is not None:
                # "सरकार पर चीन के प्रति नरम रुख अपनाने का आरोप": the accused is the one marked (पर); a name
                # after it, inside the charge's verbal noun phrase, is part of what is charged
                # (the first one marked: "अमेरिका पर भारत पर दबाव बनाने का आरोप" charges the US with pressing India;
                # a conjunct of the accused is accused too)
                marked = [a for a, slot in filled_args if slot in ("upon", "against") and a.outer_end <= f.start]
                first = next((a for a in marked if pack.charge_deed_end.search(self.text, a.outer_end, f.start)), None)
                if first is not None:
                    lo = first.outer_end
                    joined = {a.start for a, _ in filled_args if a.joined}
                    roles = [r for r in roles if not (r.name == "target" and r.start is not None and lo <= r.start < f.start
                                                      and r.start not in joined)]
            # en a participle after a comma, with its doer after "by": a reduced clause ("the summit, hosted by Anwar"),
            # which the verb before does not share its subject with
            comma = _COMMA_END.search(self.text, found[k - 1].end if k else sent[0], f.start) if pack.order == "SVO" else None
            comma_participle = comma is not None and _PARTICIPLE_BY.match(self.text, f.start) is not None
            if charge and (charger or not any(slot in SUBJECT_SLOTS for _, slot in filled_args)):
                if not charger:
                    # (a charge named by its noun is its owner's: "blamed Israel for the assassination of Haniyeh")
                    # (the doer, whatever the label: a label-sensitive genitive's default, "Israel's killing of X")
                    gen = etype.frame(f.trigger.frame).get("genitive")
                    owner = gen.get("default") if isinstance(gen, dict) else gen
                    roles = (self._inherit(etype, f, accused) or [dataclasses.replace(r, name=owner) for r in accused if owner]) + roles
            elif comma_participle and prev_subject and not passive and any(a.end == comma.start() for a in args):
                # (right after a name, it tells what befell the subject: "Modi arrived in Tokyo, greeted by Ishiba")
                roles = self._inherit(etype, f, prev_subject, passive=True) + roles
                inherited = True
            elif (not any(slot in SUBJECT_SLOTS and not self._filled_as_place(a, roles) for a, slot in filled_args)
                  and prev_subject and not passive and not f.no_subject and not comma_participle
                  and not unnamed_accused
                  # (nor to a noun whose owner already does it: "..., পাল্টা হামলার হুমকি তেহরানের", Tehran's threat)
                  and not ((f.trigger.frame or "").startswith("nominal") and any(
                      slot == "genitive" and _subject_role(fr, "genitive") == _subject_role(fr) for _, slot in filled_args))
                  and not self._complement_between(found[k - 1].end if k else sent[0], f.start, pack)
                  # (nor into the words one says: "নিন্দা জানিয়ে বলেছেন, নিষেধাজ্ঞা আরোপ করা উচিত")
                  # (a break that is this trigger's own speech verb, ", and warned Pakistan", is no such words)
                  and not any((found[k - 1].end if k else sent[0]) <= b[0] < f.start and b[1] <= f.start for b in speech_breaks)
                  # (nor past the verb before when it is itself a speech verb and its comma: "X অভিযোগ করেন, ...")
                  and not (k and any(found[k - 1].start <= b[0] and found[k - 1].end < b[1] <= f.start for b in speech_breaks))
                  # (nor from the owner of an event noun in an adjunct: "मिस्र और कतर की मध्यस्थता में समझौता हुआ";
                  # but the clause's bare subject goes on past it: "ইউনূস শির সঙ্গে বৈঠকে এ আহ্বান জানান")
                  and not (k and pack.order == "SOV" and (found[k - 1].trigger.frame or "") == "nominal" and not prev_subject_bare)
                  and not self._unknown_agent(found[k - 1].end if k else sent[0], f.start, pack)
                  and not self._unnamed_subject_after_subordinator(found[k - 1].end if k else sent[0], f.start, pack)
                  and not (k and self._object_participle(found[k - 1], f, pack))
                  # "urged European countries to impose sanctions": those urged would act, not the one urging
                  and not (k and found[k - 1].trigger.type == "APPEAL" and pack.order == "SVO"
                           and rx.search(r"\bto\s+$", self.text[found[k - 1].end : f.start]))
                  # (nor the second verb asked for: "... to impose sanctions and to provide air defence")
                  and not (chained_urger and all(r.entity_id in chained_urger for r in prev_subject if r.entity_id))
                  # (nor a verb whose subject is the one it befalls, a passive in its own words: "न्यायाधिकरण ने ... सजा
                  # सुनाई, जबकि ... मामून को ... सजा दी गई", the tribunal is no convict)
                  # (one it befell before goes on: "खालिद ब्रेन को ... दोषी पाया गया लेकिन ... सज़ा सुनाई गई")
                  # (not a side of a symmetric role: "ट्रंप ने ... निंदा करते हुए मोदी को फोन किया", both talk)
                  and not (fr.get("subject") is not None and fr.get("subject") == fr.get("dative")
                           and fr.get("subject") not in SYMMETRIC_ROLES
                           and any(r.name != fr.get("subject") for r in prev_subject))
                  # (nor a verbal noun past a comma, a deed talked of: "जेलेंस्की ने ट्रंप से की मुलाकात, टॉमहॉक मिसाइलें देने
                  # पर नहीं बनी बात", no giving of Zelensky's)
                  and not (pack.verbal_noun_end is not None and pack.verbal_noun_end.search(self.text, f.start, f.end)
                           and "," in self.text[found[k - 1].end if k else sent[0] : f.start])
                  # (nor into a relative clause on a noun: "भारत उस नीति का विरोध करता है जो ... हमला करती है"; from the last
                  # event told, past a verbal noun that made none: "नीति ... जो ... शरण देने से इनकार करती है")
                  and not (k and self._relative_clause_between(
                      min(found[k - 1].end, sentence_events[-1][0].trigger.end if sentence_events else found[k - 1].end),
                      f.start, pack))):
                # (not into a that-clause: "warned Washington that supplying Tomahawks to Kyiv would ...",
                # nor past an agent of its own the recogniser did not know: "... तो शी ने स्वागत किया")
                roles = self._inherit(etype, f, prev_subject) + roles
                inherited = True
            elif (passive and (prev_patient or prev_subject) and k and _COORDINATED_PASSIVE.search(self.text, found[k - 1].end, f.start)
                  and not any(r.name == _subject_role(etype.frame(f.trigger.frame), "object") for r in roles)):
                # "Modi arrived in Tokyo and was received by Ishiba": the subject the passive verb shares
                # is the one it is done to
                roles = self._inherit(etype, f, prev_patient or prev_subject, passive=True) + roles
                inherited = True
            elif ((pack.order == "SVO" and (k == 0 or not sentence_events) and not comma_participle
                   and not any(slot in SUBJECT_SLOTS for _, slot in filled_args))
                  or (pack.order == "SOV" and pack.coordinated_clause is not None
                      and not any(r.name in self._subject_roles(etype, f) for r in roles))) and (not passive
                  # (not the speaker of reported words the verb is in, but the subject opening those words: "Misri
                  # said the two countries' officers had spoken ... and agreed to stop all firing", "Lin said Beijing
                  # was concerned and warned against ...")
                  and (first := (self._opening_subject([a for a in args if a.start >= reported[0]], win, (reported[0], sent[1]),
                                                       pack, f.start)
                                 if pack.order == "SVO" and reported is not None and reported[0] > sent[0]
                                 else self._opening_subject(args, win, sent, pack, f.start))) is not None):
                # "Kim Jong Un inspected a new destroyer and warned that ...": the sentence's subject,
                # before a verb that is no event, is the subject of the verb after "and"
                roles = self._inherit(etype, f, [Role("subject", a.text, a.start, a.end, eid)
                                                 for a in [first] + self._conjuncts_after(first, args, win[0], pack)
                                                 for eid in a.entity_ids[:1]]) + roles
            if (pack.order == "SOV" and not passive and self._headline(sent)
                    and not any(slot in SUBJECT_SLOTS for _, slot in filled_args)
                    and not any(r.name in self._subject_roles(etype, f) for r in roles)
                    and (sp := self._headline_speaker(f, sent, pack)) is not None):
                # "अमेरिका का ऐलान: ईरान पर लगाएंगे नए प्रतिबंध": a headline's announcer is who acts in
                # the words it announces when they name no one else
                roles = self._inherit(etype, f, [sp]) + roles
            elif (pack.order == "SOV" and not passive and self._headline(sent)
                    and not any(slot in SUBJECT_SLOTS for _, slot in filled_args)
                    and not any(r.name in self._subject_roles(etype, f) for r in roles)
                    and (lead := self._headline_lead_actor(args, sent, f)) is not None):
                # "নির্বাচনের দাবিতে বিএনপির সমাবেশ, সরকারকে হুঁশিয়ারি", "भाजपा की रैली, सरकार को चेतावनी": a
                # headline's second part, naming no actor, is the first part's one actor's
                roles = self._inherit(etype, f, [Role("subject", lead.text, lead.start, lead.end, lead.entity_ids[0])]) + roles
            if reciprocal and etype.name == "GIFT":
                etype = self.onto["EXCHANGE"]
                roles = [Role("participant", r.text, r.start, r.end, r.entity_id) if r.name == "giver" else r for r in roles]
            if etype.name == "ACCUSE" and (deed := self._deed_right_before(f, sentence_events, pack)) is not None:
                # "जापान ने यूक्रेन पर रूस के हमले की निंदा की", "ইউক্রেনে রাশিয়ার হামলার নিন্দা": the deed named as
                # what is condemned; its doer is accused, and the names inside it are the deed's, not the accusation's
                lo = min([deed.trigger.start] + [r.start for r in deed.roles if r.start is not None and r.start >= sent[0]])
                roles = [r for r in roles if not (r.name == "target" and r.start is not None and lo <= r.start < f.start)]
                roles += self._doers_as_targets(deed, {r.entity_id for r in roles if r.entity_id})
            elif etype.name == "ACCUSE" and pack.order == "SOV" and (norp := self._people_deed_before(f, win, pack)) is not None:
                # "गाजा पर इजराइली हमले की निंदा", "গাজায় ইসরায়েলি হামলার নিন্দা": a people's word before the deed
                # condemned names its doer; the place struck before it is the deed's, not the accused
                roles = [r for r in roles if not (r.name == "target" and r.start is not None and r.end <= norp.start
                                                  and len(self.text[r.end : norp.start].split()) <= 2)]
                if norp.entity_id not in {r.entity_id for r in roles}:
                    roles.append(Role("target", norp.text, norp.start, norp.end, norp.entity_id))
            if etype.name == "ACCUSE" and not any(r.name == "target" for r in roles):
                roles += self._complement_target(f, args, sent, pack, i, roles)
            elif etype.name == "APPEAL" and pack.order == "SVO" and not any(r.name == "target" for r in roles):
                # "the Russian side had demanded that Ukraine withdraw its troops": the one who would do it is asked
                roles += self._complement_target(f, args, sent, pack, i, roles)
            if etype.name == "ACCUSE" and not any(r.name == "target" for r in roles):
                roles += self._quoted_target(f, sent, pack, sentence_events, roles, args)
            if etype.name == "ACCUSE" and not any(r.name == "target" for r in roles):
                roles += self._deed_target(f, win, i, pack, roles, [ev for ev, _ in sentence_events])
            if etype.name == "ACCUSE" and not any(r.name == "target" for r in roles) and self._headline(sent):
                roles += self._headline_deed_target(f, sent, roles, sentence_events)
            if etype.name == "ACCUSE" and not any(r.name == "target" for r in roles) and pack.judged_doer is not None:
                # "condemned the visit as a provocation by the United States": the doer the judgement names
                j = pack.judged_doer.search(self.text, f.end, sent[1])
                a = next((a for a in args if j is not None and a.start == j.end() and a.entity_ids and a.ref is None), None)
                if a is not None and not rx.search(r"[,;:]", self.text[f.end : j.start()]):
                    roles.append(Role("target", a.text, a.start, a.end, a.entity_ids[0]))
            items = self._free_items(etype, f, win, filled_args, pack,
                                     where=[a for a in wargs if a.slot in ("locative", "near") and a.ref is None])
            if ("recipient" in etype.roles and not any(r.name == "recipient" for r in roles) and f.item_span is not None
                    and pack.order == "SOV"):
                # "15 टन राहत सामग्री यांगून भेजी": a bare place between what is sent and the verb is where it
                # goes; its country receives it
                dest = next((a for a in args if a.slot in ("", "locative") and a.label == "GPE" and a.ref is None
                             and a.entity_ids and f.item_span[1] <= a.start and a.end <= f.end), None)
                land = self._home_of(dest.entity_ids[0]) if dest is not None else None
                from ..entities.kb import default_kb
                if land is not None and (land in self.doc.entities or land in default_kb().entities):
                    roles = roles + [Role("recipient", dest.text, dest.start, dest.end, adopt_kb_entity(self.doc, land))]
            if (not items and etype.item == "item" and pack.order == "SVO" and f.trigger.frame != "present_with"
                    and any(t.kind == "DURATION" and f.end <= t.start < win[1] for t in self.doc.times)):
                continue  # time given, nothing else: "the order gives the two sides 21 days"
            if items and pack.abstract_items is not None and etype.item == "item" and etype.idioms_give_nothing:
                # "संबंधों को बहुत महत्व देते हैं", "give my warmest regards to": an idiom, nothing given
                items = [it for it in items if not pack.abstract_items.search(self.text, it[0], it[1])]
                if not items:
                    continue
            roles = self._participle_agent(etype, f, roles, args, pack, i) + roles
            roles = self._marked_agent_over_bare_subject(etype, f, roles, args, pack)
            subject_roles = self._subject_roles(etype, f)
            subjects = {r.entity_id for r in roles if r.name in subject_roles and r.entity_id}
            if subjects:
                # "Wickremesinghe ... congratulated his rival": a possessive pronoun that is the subject himself
                # is no one else the deed is about
                roles = [r for r in roles if not (
                    r.name not in subject_roles and r.entity_id in subjects
                    and any(rf.kind == "pronoun" and rf.slot == "genitive" and rf.pattern.fullmatch(r.text or "")
                            for rf in pack.refs))]
            by_at = [a for a in args if (a.slot == "by" or self._genitive_doer(a, f, args, pack))
                     and win[0] <= a.start and a.end <= f.start and a.entity_ids
                     and not _verbal_noun_between(self.text, a.end, f.start, pack)]
            if pack.order == "SOV" and by_at and any(
                    r.start == by_at[-1].start and r.name == _subject_role(etype.frame(f.trigger.frame)) for r in roles):
                # (so the agent before it is no doer of this deed: it goes on to the verb after, as an asker does)
                agents = {a.start for a in args if a.slot == "agent" and win[0] <= a.start and a.end <= by_at[-1].start}
                outer_agent = [r for r in roles if r.start in agents]
                if outer_agent:
                    roles = [r for r in roles if not any(r is x for x in outer_agent)]
                    appeal_asker = outer_agent
            if pack.order == "SOV" and pack.appeal_complement is not None and pack.appeal_complement.match(self.text, f.end):
                # "जेलेंस्की ने यूरोपीय देशों से रूस पर प्रतिबंध लगाने की अपील की": the appealer (ने) does not
                # do what he asks for; those asked would
                # (the subject inherited from the verb before too: "X met Y and asked for missiles to be given")
                subj_role = _subject_role(etype.frame(f.trigger.frame))
                own = {a.start for a, _ in filled_args}
                agents = {a.start for a, slot in filled_args if slot in SUBJECT_SLOTS}
                asker = [r for r in roles if r.start in agents or (
                    r.name == subj_role and r.start is not None and r.start < f.start and r.start not in own)]
                roles = [r for r in roles if not any(r is x for x in asker)]
                if asker:
                    appeal_asker = asker  # the appeal verb after it inherits him (below)
                # "জেলেনস্কি যুক্তরাষ্ট্রের কাছে ক্ষেপণাস্ত্র দেওয়ার অনুরোধ", "अमेरिका से ... देने का अनुरोध": the one
                # asked would do it (not the one it is done for)
                # (also one the event's own frame has no role for: "मोदी से मणिपुर का दौरा करने की मांग की", the
                # one asked travels)
                asked = next((a for a, slot in filled_args if slot in ("addressee", "comitative") and a.end <= f.start
                              and a.entity_ids and a.ref is None), None) or next(
                    (a for a in args if a.slot in ("addressee", "comitative") and win[0] <= a.start and a.end <= f.start
                     and a.entity_ids and a.ref is None and a.label in ("PER", "ORG", "GPE")), None) or next(
                    # (or a dative the deed has no role for: "ইউনূস ভারতকে দ্রুত একটি সমঝোতায় পৌঁছানোর আহ্বান জানান", India
                    # is urged and would agree)
                    (a for a in args if a.slot == "dative" and win[0] <= a.start and a.end <= f.start and a.entity_ids
                     and a.ref is None and a.label in ("PER", "ORG", "GPE") and not any(b is a for b, _ in filled_args)), None)
                if asked is None:
                    # (or an office told by its title: "खरगे ने प्रधानमंत्री से राज्य का दौरा करने की मांग की")
                    titled = next((a for a in args if a.slot in ("addressee", "comitative") and win[0] <= a.start
                                   and a.end <= f.start and a.ref is not None and a.ref.kind == "title"), None)
                    got = self.resolve(titled, i, {r.entity_id for r in asker if r.entity_id}) if titled is not None else []
                    if len(got) == 1:
                        asked = dataclasses.replace(titled, entity_ids=list(got), ref=None)
                if asked is not None and subj_role and not any(r.name == subj_role for r in roles):
                    roles = [r for r in roles if r.start != asked.start] + [
                        Role(subj_role, asked.text, asked.start, asked.end, asked.entity_ids[0])]
                asked_of = asked  # the appeal verb after it is made of him (below)
            elif etype.name == "APPEAL" and asked_of is not None:
                if not any(r.name == "target" for r in roles):
                    roles = roles + [Role("target", asked_of.text, asked_of.start, asked_of.end, asked_of.entity_ids[0])]
                asked_of = None
            else:
                asked_of = None
            lead = self._comma_participle_subject(f, args, sent, pack)
            if lead is not None:
                # "Trump said no American officials would attend, accusing South Africa of ...": a
                # participle after a comma has the sentence's subject, and its clause starts there
                subj_role = _subject_role(etype.frame(f.trigger.frame))
                if subj_role:
                    roles = [r for r in roles if not (r.name == subj_role and (r.start or 0) < f.start)]
                    roles = [Role(subj_role, lead.text, lead.start, lead.end, lead.entity_ids[0])] + roles
                    win = (self.text.rfind(",", win[0], f.start) + 1 or win[0], win[1])
            if (meet := self._meeting_before(etype, f, sentence_events)) is not None and (
                    not any(r.name == "party" for r in roles)
                    # (or only the traveller of a trip told as an adjunct, shared: "शोल्ज़ की वियतनाम यात्रा के दौरान दो
                    # समझौतों पर हस्ताक्षर हुए" is signed by both sides)
                    or (inherited and meet.type in TRIP_TYPES and {r.entity_id for r in roles if r.name == "party"}
                        <= {r.entity_id for r in meet.roles if r.name == "traveller"})):
                roles = [r for r in roles if r.name != "party"]
                # "তৌহিদ হোসেনের সঙ্গে দারের বৈঠকে ছয়টি চুক্তি সই হয়": signed, by no one named, at a
                # meeting told before in the sentence: its participants are the parties (a trip's place is
                # the host side; a meeting's place is only where: "বেইজিংয়ে শির সঙ্গে বৈঠক")
                roles = [Role("party", r.text, r.start, r.end, r.entity_id if r.name != "place" else
                              self.resolver.country_of_city(r.entity_id)) for r in meet.roles
                         if r.name in ("participant", "traveller", "place") and (r.name == "participant" or r.entity_id)
                         and not (r.name == "place" and meet.type not in TRIP_TYPES)] + roles
            elif (pack.order == "SOV" and inherited and (meet := self._meeting_before(etype, f, sentence_events))
                  and {r.entity_id for r in roles if r.name == "party"}
                  <= {r.entity_id for r in meet.roles if r.name == "participant"}):
                # "जेलेंस्की से मिले पुतिन, युद्धविराम पर बनी सहमति": an agreement reached at the meeting just told
                # is both sides', not only the subject's the verb before had
                roles = [Role("party", r.text, r.start, r.end, r.entity_id) for r in meet.roles
                         if r.name == "participant" and r.entity_id] + [r for r in roles if r.name != "party"]
            elif (side := {"TALKS": "participant", "SIGN": "party", "AGREE": "party"}.get(etype.name)) and not any(
                    r.name == side and r.entity_id for r in roles) and (meet := self._the_meeting(i, f, sent, pack)):
                # "ইউনূস ... রাষ্ট্রদূতের সঙ্গে বৈঠক করেছেন। বৈঠকে তিস্তা প্রকল্প নিয়ে আলোচনা হয়": talks (or a
                # signing) "at the meeting" (roles.yaml meeting_ref) told in the sentence or two before,
                # naming no side: that meeting's participants
                roles = [Role(side, r.text, r.start, r.end, r.entity_id) for r in meet.roles
                         if r.name == "participant" and r.entity_id] + [r for r in roles if r.name != side]
            if (pack.self_report_after is not None and not passive and not self.in_direct(f.start)
                    and (subj_role := _subject_role(etype.frame(f.trigger.frame)))
                    and not any(r.name == subj_role for r in roles)
                    and (rep := pack.self_report_after.match(self.text, f.end, sent[1])) is not None):
                # "নাসরুল্লাহকে হত্যা করেছে বলে জানিয়েছে ইসরায়েল": a deed told with no doer, reported by the one
                # named after the speech verb, is that one's own (roles.yaml self_report_after)
                who = next((a for a in args if a.start >= rep.end() and a.entity_ids and a.ref is None
                            and a.label in ("GPE", "ORG", "PER", "AGENCY")), None)
                if who is not None:
                    roles = roles + [Role(subj_role, who.text, who.start, who.end, who.entity_ids[0])]
            if (pack.decision_nouns is not None and pack.order == "SOV" and not passive
                    and (subj_role := _subject_role(etype.frame(f.trigger.frame)))
                    and not any(r.name == subj_role for r in roles)
                    and (owner := self._decision_owner(f, args, pack)) is not None):
                # "भारत पर शुल्क लगाने का अमेरिका का फैसला": the one who decided the deed does it, as decided
                roles = roles + [Role(subj_role, owner.text, owner.start, owner.end, owner.entity_ids[0])]
                decided = True
            else:
                decided = False
            evs = self._build(i, etype, f, roles, items, win, sent, pack)
            for ev in evs if decided else ():
                if ev.modality == "asserted":
                    ev.modality = "planned"  # (decided, not yet done)
            if f.trigger.frame == "with_adjunct" and any(
                    a.slot in ("comitative", "genitive") and win[0] <= a.start < f.start and a.entity_ids
                    and all(e.startswith(("agency:", "media:")) for e in a.entity_ids) for a in args):
                # "बीबीसी से बातचीत में पुलिस अधीक्षक ने कहा", "बीबीसी की टीम के साथ मुलाक़ात के दौरान": an interview
                # with a news outlet, no talks nor meeting
                evs = []
            if (adj_role := etype.frame(f.trigger.frame).get("clause_subject")):
                if pack.order == "SOV" and etype.name == "VISIT":
                    # (a trip named by no place is one told before, "সফরকালে", "यात्रा के दौरान": no new one)
                    evs = [ev for ev in evs if any(r.name == "place" and r.entity_id for r in ev.roles)]
                self._adjunct_events |= {id(ev) for ev in evs}
                if pack.order == "SOV":
                    adjunct_taken |= {r.start for ev in evs for r in ev.roles if r.name != adj_role and r.start is not None}
                    # (and the one met in it, "मोदी के साथ बैठक में पुतिन ने यूक्रेन से ... अपील की": no one the verb after acts on)
                    adjunct_partners |= {a.start for a in args if a.slot == "comitative" and win[0] <= a.start < f.start}
            if inherited and sentence_events and sentence_events[-1][0].modality == "planned" and self._bare_verb(f, pack):
                # "Modi will visit Japan and then travel to China", "Modi to visit Japan, then travel
                # to China": a verb sharing a planned verb's subject, in its bare form, is planned too
                for ev in evs:
                    if ev.modality in ("asserted", "reported"):
                        ev.modality = "planned"
                        ev.type = "PLAN_VISIT" if ev.type == "VISIT" else ev.type
            for ev in evs:
                # its actors count at once for "the two leaders" later in the sentence ("Trump spoke
                # with Putin ... and said the two leaders would meet")
                for r in ev.roles:
                    if r.entity_id and r.name not in PLACE_ROLES and r.start is not None:
                        # (a clash's participants are two sides of a fight, not two who met: "both sides" after it)
                        # (a deed only alleged or denied, or told as someone's charge, "ইসলামাবাদ অভিযোগ করে আসছে, ...
                        # টিটিপি পাকিস্তানে হামলা চালাচ্ছে", names no sides of a fight)
                        self.resolver.add_participant(r.start, r.entity_id, i, "side" if ev.type == "CLASH" else r.name,
                                                      alleged=ev.modality in ("hedged", "denied") or any(
                                                          s <= ev.trigger.start < e for s, e in self.charged.get(i) or ()))
                    elif r.entity_id and r.name == "place" and r.start is not None and ev.type in TRIP_TYPES:
                        # the country of the city a trip goes to hosts it: "ঢাকায় পৌঁছেছেন মালদ্বীপের প্রেসিডেন্ট ...
                        # দুই দেশের মধ্যে" are the Maldives and Bangladesh
                        from ..entities.kb import default_kb

                        land = _country_of(self.doc, r.entity_id)
                        if land and (land in self.doc.entities or land in default_kb().entities):
                            self.resolver.trip_hosts.append(Antecedent(r.start, land, "GPE", "host", i))
                if charge or unnamed_accused:
                    ev.modality = "hedged"
                if charger and sov_accused:  # the accused does the deed; it is not also its object
                    acc_role = sov_accused[0]
                    doer = {r.name for r in self._inherit(etype, f, sov_accused)}
                    ev.roles = [r for r in ev.roles if r.entity_id != acc_role.entity_id or r.name in doer]
                    for r in ev.roles:  # "पाकिस्तान पर आतंकवादियों": the topic starts after the accused's marker
                        if r.entity_id is None and r.start is not None and r.start <= acc_role.start < (r.end or 0):
                            cut = next((a.outer_end for a in args if a.start == acc_role.start), acc_role.end)
                            r.start = cut + len(self.text[cut:r.end]) - len(self.text[cut:r.end].lstrip())
                            r.text = self.text[r.start:r.end]
                sentence_events.append((ev, win))
                if (f.trigger.frame or "").startswith("nominal"):
                    self._nominal_events.add(id(ev))
                if f.skip is not None:
                    skips[ev.id] = f.skip
            accused = [r for r in roles if etype.name == "ACCUSE" and r.name == "target"] or [
                # (a sanction's target as built, its demonym too: "sanctions on two Indian firms for supplying ...")
                r for ev in evs[:1] for r in ev.roles if ev.type == "SANCTION" and r.name == "target" and r.entity_id]
            subj_roles = self._subject_roles(etype, f)
            # the subject's own fillers only: a meeting's other participant (the object of "met")
            # is no subject of the verb coordinated with it
            subj_at = {a.start for a, slot in filled_args if slot in SUBJECT_SLOTS}
            # (nor, with no subject named, one marked as met or told: "एक प्रतिनिधिमंडल ... मनमोहन सिंह से मिलकर ...
            # की माँग करेगा", the prime minister is asked, not asking)
            # (not a dative: often the one a deed befell, shared on, "खालिद ब्रेन को ... दोषी पाया गया लेकिन ... सज़ा सुनाई गई")
            marked_at = {a.start for a, slot in filled_args if slot in ("comitative", "addressee", "ablative")}
            cur = [r for r in roles if r.name in subj_roles and (r.start in subj_at if subj_at else r.start not in marked_at)]
            if inherited and not subj_at and any(r.name in SYMMETRIC_ROLES for r in cur):
                # (a subject shared into a symmetric verb goes on alone: "ट्रंप ने ... मोदी को फोन किया और भारत को समर्थन
                # का भरोसा दिया", Trump assures, not the one he called)
                shared = {r.entity_id for r in prev_subject if r.entity_id}
                cur = [r for r in cur if r.entity_id in shared] or cur
            if pack.order == "SVO" and passive:
                # "Sharif was received by Prince Faisal, and was later honoured ...": the one a passive befell,
                # named before it, is the subject a passive verb coordinated after it shares, not its doer
                befell = {a.start for a, slot in filled_args if slot == "object" and a.end <= f.start}
                prev_patient = [r for r in roles if r.start in befell and r.entity_id]
            elif cur:
                prev_patient = []
            if charger:
                prev_subject, prev_subject_bare = charger, True  # the accuser, subject of the accusation that follows
            elif appeal_asker:
                prev_subject, prev_subject_bare = appeal_asker, True  # "... लगाने की अपील की": the appeal is the asker's
            elif charge and pack.order == "SVO":
                charge_doer = cur  # the accuser stays the clause's subject
            elif (cur and not self._noun_use(f, pack)
                  # (nor, in a verb-final clause, the owner of an event noun told in passing after its subject: "विदेश
                  # मंत्रालय ने ... तलब कर सीमा पर बीएसएफ की गोलीबारी में ... मौत पर कड़ा विरोध दर्ज कराया", the ministry protests)
                  and not (pack.order == "SOV" and prev_subject and prev_subject_bare and not subj_at
                           and (f.trigger.frame or "").startswith("nominal"))):
                # (an event noun's owner is no subject of the clause: "thanked the US for its
                # support and again urged ...": Zelenskiy urged)
                prev_subject = cur
                prev_subject_bare = bool(subj_at)
            # "Sharif was received at the airport by Prince Faisal. He thanked ...": in the passive the one it
            # befell, named before the verb, is the clause's subject that a pronoun after goes on about, not its doer
            passive_subject = pack.order == "SVO" and passive and any(
                slot == "object" and a.end <= f.start and a.entity_ids for a, slot in filled_args)
            for a, slot in filled_args:
                if passive_subject and slot == "object" and a.end <= f.start:
                    self.resolver.add_subject(a, i)
                    continue
                if slot in SUBJECT_SLOTS and not passive_subject:
                    # a pronoun subject counts as the one it was resolved to ("... করেন তিনি। পরে তিনি ...")
                    ids = a.entity_ids or [r.entity_id for r in roles if r.start == a.start and r.entity_id]
                    # (a subject read as the place, "ইউনূসের জাপান সফর": Japan went nowhere, no one to go on with)
                    ids = [e for e in ids if not (any(r.entity_id == e for r in roles)
                                                  and all(r.name in PLACE_ROLES for r in roles if r.entity_id == e))]
                    self.event_subjects.append((i, a.start, ids))
                    self.resolver.add_subject(dataclasses.replace(a, entity_ids=ids) if ids is not a.entity_ids else a, i)
        self._share_late_subject(sentence_events, pack)
        self._share_partners(sentence_events, pack)
        self._mediated_talks(sentence_events)
        self._mediation_sides(sentence_events)
        self._called_then_addressed(sentence_events, pack)
        self._invitation_accepted(sentence_events)
        self._invitation_owner(sentence_events, pack)
        self._gapped_sentences(sent, sentence_events, pack)
        self._pronoun_from_the_event_before(i, sentence_events, pack)
        self._announcer_after(i, sentence_events, pack)
        self._threat_targets(sentence_events)
        self._apply_denials(sentence_events, pack, skips)
        self._relative_deed_targets(sentence_events, pack)
        self._denied_allegations(i, sentence_events, pack)
        self._trip_places(sentence_events)
        self._purpose_of_a_planned_trip(sentence_events, pack)
        self._trip_of_a_planned_deed(sentence_events)
        self._planned_trip_told_again(sentence_events)
        self._converb_of_a_planned_verb(sentence_events, pack)
        self._guest_travels(sentence_events)
        self._toll_of_the_attack_before(i, sent, pack, sentence_events)
        for ev, win in sentence_events:
            self.out.events.append(ev)
            self.recent.append((i, ev.type))
            quote = next(((s, e) for s, e in self.direct if s <= ev.trigger.start < e), None)
            cues = list(pack.sequence.finditer(self.text, sent[0], ev.trigger.start)) if pack.sequence is not None else []
            sequenced = bool(cues)
            background = any(a <= ev.trigger.start < b for a, b in skips.values())
            self.placed.append(Placed(ev, win, paragraph_of(self.text, ev.trigger.start), quote, sequenced, background,
                                      cues[-1].start() if cues else None))

    def _speaker_before_and(self, f: Found, sent: tuple[int, int], args: list[Arg], pack: LangPack) -> tuple[int, Arg] | None:
        """"Zelenskiy said North Korea was preparing troops, and urged allies to respond": a verb joined
        by "and" right after reported words is the speaker's (the end of the words and the speaker's
        argument), not a verb of a name inside the words. So too after a speech tag that follows the words
        ("Putin is ready for talks, the Kremlin said on Friday, but denied reports ...": the Kremlin denied)."""
        joint = _cue_pattern(pack, "clause_coordinators")
        for q in self.out.quotes:
            if q.direct or q.speaker_span is None or not (sent[0] <= q.start and q.end <= f.start):
                continue
            if _AND_AFTER_WORDS.fullmatch(self.text, q.end, f.start) is not None or (
                    self._headline(sent) and rx.fullmatch(r"\s*,\s*", self.text[q.end : f.start])):  # (a headline's comma is "and")
                arg = next((a for a in args if a.start == q.speaker_span.start and a.slot == "" and a.end <= q.start), None)
                if arg is not None:
                    return q.end, arg
            if (joint is not None and q.cue is not None and q.end <= q.speaker_span.start and q.cue.end <= f.start
                    and (m := _TAG_THEN_JOINT.fullmatch(self.text, q.cue.end, f.start)) is not None
                    and joint.fullmatch(m.group(1))):
                arg = next((a for a in args if a.start == q.speaker_span.start and a.slot == "" and a.start >= q.end), None)
                if arg is not None:
                    return q.cue.end, arg
        return None

    def _headline_lead_actor(self, args: list[Arg], sent: tuple[int, int], f: Found) -> Arg | None:
        """The one named actor (bare, agent or genitive) of a headline's part before the last comma
        ahead of ``f``, when only one is named there and nothing but a marked argument stands between."""
        comma = self.text.rfind(",", sent[0], f.start)
        if comma < 0:
            return None
        before = [a for a in args if sent[0] <= a.start and a.end <= comma and a.ref is None and a.entity_ids
                  and a.label in ("PER", "ORG", "GPE") and a.slot in ("", "agent", "genitive")]
        between = [a for a in args if comma < a.start and a.end <= f.start and a.slot in ("", "agent", "genitive")]
        # (nor a subject of its own the recogniser did not name: "..., বিশ্লেষকরা সতর্ক করলেন")
        rest = self._words_without(comma + 1, f.start, [a for a in args if comma < a.start and a.end <= f.start])
        return before[0] if len({a.entity_ids[0] for a in before}) == 1 and not between and not rest else None

    def _headline(self, sent: tuple[int, int]) -> bool:
        """A short line without a full stop of its own: a headline (they put the verb first)."""
        return _is_headline(self.text[sent[0] : sent[1]])

    def _only_names_after(self, start: int, end: int, pack: LangPack | None = None, most_other: int = 1) -> bool:
        """Only names (with their case endings), title words and at most one other word (and
        punctuation) between ``start`` and the end of the sentence: a subject after the verb, as
        in headlines and news Bengali ("ঢাকায় পৌঁছেছেন ভারতের পররাষ্ট্রমন্ত্রী এস জয়শঙ্কর")."""
        rest = self.text[start:end]
        if not rest.strip(" \t\n.,;:!?।|-–—'\"‘’“”"):
            return False
        names = [(m.start - start, _word_end(rest, m.end - start)) for m in self.doc.mentions
                 if start <= m.start and m.end <= end]
        if pack is not None:  # "... বৈঠক করেন তিনি": a pronoun subject after the verb
            # ("... দেশে ফিরেছেন প্রধান উপদেষ্টা": or an office alone)
            names += [t.span() for rf in pack.refs if rf.kind in ("pronoun", "title") and not rf.slot
                      for t in rf.pattern.finditer(rest)]
        if not names:
            return False
        covered = list(names)
        if pack is not None and pack.subject_tails is not None:
            covered += [t.span() for t in pack.subject_tails.finditer(rest)]
        if pack is not None and pack.possessor_bodies is not None:
            # a body after its owner's name: "... বৈঠক করেছে যুক্তরাষ্ট্রের একটি উচ্চপর্যায়ের প্রতিনিধিদল"
            for _, e in names:
                m = _body_at(pack).match(rest, e)
                if m is not None:
                    covered.append(m.span())
        for pat, _ in (pack.title_words if pack is not None else []):
            covered += [t.span() for t in pat.finditer(rest)]
        if pack is not None and pack.title_qualifiers is not None:  # ("দক্ষিণ ও মধ্য এশিয়াবিষয়ক সহকারী পররাষ্ট্রমন্ত্রী")
            covered += [t.span() for t in pack.title_qualifiers.finditer(rest)]
        if pack is not None and pack.member_nouns is not None:
            # members of a body after its name: "গ্রেপ্তার করা হলো বিএনপির পাঁচ শীর্ষস্থানীয় নেতাকে" (roles.yaml ``member_nouns``)
            covered += [t.span("noun") for t in pack.member_nouns.finditer(rest)]
        other = [w for w in rx.finditer(r"\w+", rest) if not any(a <= w.start() < b for a, b in covered)]
        if len(other) > most_other and pack is not None:  # ("সৌদি আরব, কাতার ও তুরস্ক": the list's "ও" too)
            # "পাকিস্তানের উপপ্রধানমন্ত্রী ও পররাষ্ট্রমন্ত্রী ইসহাক দার": offices joined by a conjunction
            cues = cues_for(pack.lang)
            # and what an office belongs to ("অন্তর্বর্তী সরকারের প্রধান উপদেষ্টা"): a genitive
            other = [w for w in other if not cues.title_at([surface_form(w.group())], 0)
                     and not (pack.conjunctions is not None and pack.conjunctions.fullmatch(w.group()))
                     and not any(cues.case_class.get(surface_form(w.group()[len(x):])) == "GEN"
                                 for x in cues.strip_suffix(w.group(), True))]
        return len(other) <= most_other

    def _headline_speaker(self, f: Found, sent: tuple[int, int], pack: LangPack) -> Role | None:
        """The speaker, named in the same headline before its words, of the words ``f`` stands in
        (a person, a country or a body; a news agency only reports), unless the words mark an agent of
        their own, named or not ("बीएसएफ का दावा, तस्करों ने जवानों पर हमला किया": smugglers attacked)."""
        for q in self.out.quotes:
            sp = q.speaker_span
            if not (q.start <= f.start < q.end and q.speaker and sp is not None and sent[0] <= sp.start and sp.end <= q.start):
                continue
            if self._unknown_agent(q.start, f.start, pack):
                continue
            ent = self.doc.entities.get(q.speaker)
            if ent is not None and ent.type in ("PER", "GPE", "ORG"):
                return Role("subject", self.text[sp.start : sp.end], sp.start, sp.end, q.speaker)
        return None

    def _noun_use(self, f: Found, pack: LangPack) -> bool:
        """The trigger word is a noun here: a determiner or possessive right before ("its support")."""
        dets = pack.possessive_determiners
        m = rx.search(r"([\p{L}]+)\s+$", self.text[max(0, f.start - 12) : f.start])
        if m is not None and dets is not None and dets.fullmatch(m.group(1)) is not None:
            return True
        # (or a determiner and a demonym or other capitalised word: "discussed the Ukrainian incursion")
        m = rx.search(r"([\p{L}]+)\s+\p{Lu}[\p{L}'’-]*\s+$", self.text[max(0, f.start - 40) : f.start])
        return pack.order == "SVO" and m is not None and dets is not None and dets.fullmatch(m.group(1)) is not None

    def _object_participle(self, prev: Found, f: Found, pack: LangPack) -> bool:
        """``f`` is a participle right after the object of ``prev`` ("arrested 14 farmers protesting
        against the pact"): it tells what the object does, so the subject of ``prev`` is not its own.
        Not after the language's ``participle_links`` ("while visiting", "began protesting")."""
        if pack.participle is None or not pack.participle.fullmatch(self.text, f.start, f.end):
            return False
        gap = self.text[prev.end : f.start]
        words = gap.split()
        if not words or any(c in gap for c in ",;:"):
            return False
        last = words[-1]
        return not ((pack.participle_links is not None and pack.participle_links.fullmatch(last))
                    or (pack.conjunctions is not None and pack.conjunctions.fullmatch(last)))

    def _unknown_agent(self, lo: int, pos: int, pack: LangPack) -> bool:
        """A word marked as the agent (hi ने) between ``lo`` and ``pos``: the clause has its own subject."""
        agent = _agent_after(pack)
        return agent is not None and rx.search(r"[^\s,।]\s+(?:" + agent.pattern + ")", self.text[lo:pos]) is not None

    def _unnamed_subject_after_subordinator(self, lo: int, pos: int, pack: LangPack) -> bool:
        """SVO: a subordinate clause opened between ``lo`` and ``pos`` with words before its verb at
        ``pos`` ("police fired tear gas as thousands of protesters marched"): the clause has a subject of
        its own, named or not; the main clause's subject did not do it (but "left after meeting Xi" did)."""
        if pack.order != "SVO" or pack.clause_breaks is None:
            return False
        last = None
        for last in pack.clause_breaks.finditer(self.text, lo, pos):
            pass
        if last is None or _SUBORDINATOR.fullmatch(last.group()) is None:
            # ("after"/"before" open a clause too, where a verb of its own follows: "a day after militants killed";
            # roles.yaml ``clause_openers``)
            last = None
            for last in (pack.clause_openers.finditer(self.text, lo, pos) if pack.clause_openers is not None else ()):
                pass
            if last is None:
                return False
        # (a phrase quoted after "as" is a description, no clause: 'rejected the account as "deceptive and
        # misleading" and accused ...')
        words = [w for w in _SHORT_QUOTED.sub(" ", self.text[last.end() : pos]).split() if not w.lower().endswith("ly")]
        # (a determiner or a count and a noun at least: "thousands of protesters", "the army"; or a bare plural
        # noun, roles.yaml ``bare_plural``: "a day after militants killed 26 tourists" - not "left after meeting Xi")
        return len(words) >= 2 or (len(words) == 1 and pack.bare_plural is not None
                                   and pack.bare_plural.fullmatch(words[0]) is not None)

    def _subject_before(self, brk: tuple[int, int], prev_end: int, f: Found, pack: LangPack) -> bool:
        """``brk`` is a subordinator after its clause's subject and ``f`` the first verb after it:
        "मोदी जब चीन पहुंचे" (Modi is who arrived)."""
        return (pack.subordinators is not None and prev_end <= brk[0] and brk[1] <= f.start
                and pack.subordinators.fullmatch(self.text, brk[0], brk[1]) is not None
                # (not after a clause ended by its own verb: "कैरोलाइन तब चौदह साल की थीं जब एक चर्च पर हमला हुआ")
                and not (pack.auxiliaries is not None and any(
                    pack.auxiliaries.fullmatch(w) for w in self.text[prev_end : brk[0]].split()[-2:])))

    def _speech_breaks(self, sent: tuple[int, int], pack: LangPack) -> list[tuple[int, int]]:
        """A speech verb followed by a comma or colon opens its content as a new clause: in "পেন্টাগন
        জানায়, উত্তর কোরিয়া রাশিয়াকে গোলা পাঠিয়েছে" the Pentagon sends nothing."""
        verbs = _cue_pattern(pack, "speech_verbs")
        if verbs is None:
            return []
        out = []
        for m in verbs.finditer(self.text, sent[0], sent[1]):
            if self.in_direct(m.start()):
                continue
            if self.text[m.end() : m.end() + 1] in (",", ":"):
                out.append((m.start(), m.end() + 1))
            if pack.order != "SOV" and rx.match(r"\s+(?:the\s|a\s|an\s|it\s|he\s|she\s|they\s|\p{Lu})", self.text[m.end() : m.end() + 6]):
                # "Kallas said the bloc would keep up pressure until it agreed": the words said (with
                # no "that") are a clause of their own, with a subject of their own; the speaker is no
                # argument of their events ("Japan said it stood with ...": "it" stands for the speaker;
                # "Pakistan's army said it shot down five Indian jets": Pakistan's is no jets' owner)
                out.append((m.start(), m.end()))
            if pack.order == "SOV" and self.text[m.end() : m.end() + 1] not in (",", ":") and not (
                    # (not a verb joined to the next one: "... উল্লেখ করেছেন ও ... অভিযোগ এনেছেন", one subject)
                    (nxt := rx.match(r"\s*([^\s,;:।]+)", self.text[m.end() : sent[1]])) is not None
                    and pack.conjunctions is not None and pack.conjunctions.fullmatch(nxt.group(1))) and any(
                    not q.direct and q.cue is not None and q.cue.start == m.start() and q.start >= m.end() and sent[0] <= q.start < sent[1]
                    for q in self.out.quotes):
                # "ओबामा ने कहा है कश्मीर समस्या के सुलझने से पाकिस्तान ... मदद कर पाएगा": words the verb reports after it, no
                # "कि" between, are a clause of their own too (Obama helps no one)
                out.append((m.start(), m.end()))
            if pack.order != "SOV":
                # "China pledged aid, spokesperson Guo Jiakun told reporters": the reporting
                # clause after the comma is no part of the event before it
                comma = self.text.rfind(",", max(sent[0], m.start() - 60), m.start())
                if comma > 0 and len(self.text[comma + 1 : m.start()].split()) <= 6:
                    out.append((comma, m.end()))
        return out

    def _place_as_traveller(self, etype: EventType, roles: list[Role]) -> bool:
        """The only traveller is a city (or a country: "मोदी पुतिन से मिलने रूस जाएंगे") and no place is named (an
        unmarked destination)."""
        if "traveller" not in etype.roles or "place" not in etype.roles or any(r.name == "place" for r in roles):
            return False
        travellers = [r for r in roles if r.name == "traveller"]
        return len(travellers) == 1 and bool(travellers[0].entity_id) and travellers[0].entity_id.startswith(("city:", "gpe:"))

    def _relative_clause_between(self, lo: int, hi: int, pack: LangPack, deed: bool = True) -> bool:
        """A verb-final language's relative word opening a clause between ``lo`` and ``hi`` ("नीति ... जो शरण देने से
        इनकार करती है"): its verb's subject is the noun the clause hangs on, not the clause before it (roles.yaml
        ``relative_openers``); with ``deed`` False, not one that may name the deed before (``relative_deed``: "...,
        जिसका तालिबान ने खंडन किया" denies that deed)."""
        if pack.order != "SOV" or pack.relative_openers is None or lo >= hi:
            return False
        return any(deed or not (pack.relative_deed is not None and pack.relative_deed.match(self.text, m.start()))
                   for m in pack.relative_openers.finditer(self.text, lo, hi))

    def _is_dateline(self, a, sent: tuple[int, int]) -> bool:
        """"ঢাকা, ১২ মার্চ —" / "नई दिल्ली, 5 अगस्त (भाषा)": the place a report was filed from
        opens the sentence and a date follows it; it takes no part in the events (nor does the wire named in
        the dateline, "(রয়টার্স)": it reports, a "they" after it is not the wire)."""
        if self._in_dateline(a) and a.start > self._dateline[0]:
            return True
        if self.text[sent[0] : a.start].strip():
            return False
        after = self.text[a.outer_end : a.outer_end + 3]
        if not after.lstrip().startswith(","):
            return False
        date_at = a.outer_end + len(after) - len(after.lstrip()) + 1
        return any(0 <= t.start - date_at <= 2 for t in self.doc.times)

    def _in_parens(self, a: Arg, sent: tuple[int, int]) -> bool:
        """An argument in a parenthetical ("मॉस्को (रूस की राजधानी)") is an apposition."""
        left = self.text[sent[0] : a.start]
        opened = left.rfind("(")
        if opened <= left.rfind(")"):
            return False
        # (but a short form alone in brackets after a body's words that name no one stands for that body:
        # "দেশটির বাণিজ্য প্রতিনিধি দপ্তরের (ইউএসটিআর) সঙ্গে" talked with USTR)
        close = self.text.find(")", a.end, sent[1])
        head = left[:opened].rstrip()
        word_before = sent[0] + len(head) - len(head.split()[-1]) if head.split() else sent[0]
        if (a.label in ("ORG", "AGENCY") and close >= 0 and not self.text[sent[0] + opened + 1 : a.start].strip()
                and not self.text[a.end : close].strip() and self.text[sent[0] + opened - 1 : sent[0] + opened].isspace()
                and not any(m.start < sent[0] + opened and m.end > word_before for m in self.doc.mentions)):
            # (no name's last word, case ending and all, right before it: "জাতীয় নাগরিক পার্টির (এনসিপি)")
            return False
        return True

    @staticmethod
    def _pair_joint(gap: str, pack: LangPack) -> bool:
        """The words between two names of one pair: a hyphen or a conjunction ("X-Y", "X ও Y")."""
        return gap == "-" or (pack.conjunctions is not None and pack.conjunctions.fullmatch(gap.strip()) is not None)

    def _subject_roles(self, etype: EventType, f: Found) -> set[str]:
        return _frame_subject_roles(etype.frame(f.trigger.frame))

    def _topic_before_comma(self, args: list[Arg], wargs: list[Arg], f: Found, win, after: int) -> Arg | None:
        """Verb-final: the clause names no subject, and a name set off by a comma stands before it
        ("ট্রাম্প, গত বছর উত্তর কোরিয়াকে ধ্বংস করার হুমকি দিয়েছিলেন"): that name is the subject
        (a topic, then a parenthetical or the clause itself)."""
        if any(a.slot in ("", "agent") and a.ref is None and a.start < f.start for a in wargs):
            return None
        for a in reversed(args):
            if a.start < after or a.end > win[0] or a.ref is not None:
                continue
            if a.slot == "" and a.label in ("PER", "ORG", "GPE", "AGENCY") and self.text.startswith(",", a.outer_end or a.end):
                return a
        return None

    def _comma_participle_subject(self, f: Found, args: list[Arg], sent: tuple[int, int], pack: LangPack) -> Arg | None:
        """English: the bare name opening the sentence, when the trigger is an -ing participle right
        after a comma (", accusing X of ...", ", calling for ...") and no name stands between that
        subject and its verb but its own descriptors."""
        if pack.order != "SVO" or not rx.match(r"\w+ing\b", self.text[f.start : f.end]):
            return None
        if not rx.search(r",\s*$", self.text[sent[0] : f.start]):
            return None
        # (after the words a sentence opens by quoting: '"We are bringing our people home," Zelenskiy wrote
        # on Telegram, thanking the UAE')
        lo = next((qe for qs, qe in self.direct if qs <= sent[0] + 2 and qe > sent[0] and qe < f.start), sent[0])
        lo += len(self.text[lo : lo + 3]) - len(self.text[lo : lo + 3].lstrip("\"”’' ,"))
        first = next((a for a in args if a.start >= lo and a.slot != "modifier"), None)
        if first is None or first.slot != "" or first.ref is not None or not first.entity_ids or first.label == "NORP":
            return None
        if len(self.text[lo : first.outer_start].split()) > 4 or "," in self.text[first.outer_end : first.outer_end + 2]:
            return None  # (a descriptor may stand before the name: "U.S. President Donald Trump")
        if not rx.match(r"\s+(?:\w+\s+){0,2}?\w+(?:ed|id|aid|ote|old|ew|ent|ave|ook|ade|ut)\b", self.text[first.outer_end : f.start]):
            return None  # the name's own verb follows it: "Trump had said", "Ramaphosa told"
        return first

    def _dead_subject(self, f: Found, wargs: list[Arg], pack: LangPack, sentence_args: list[Arg] = ()) -> Arg | None:
        """The named person opening the clause who died in the attack named by the trigger (roles.yaml
        ``dead_subject`` right after it, ``dead_subject_before`` right before it)."""
        after, before = pack.dead_subject, pack.dead_subject_before
        if after is not None and pack.order == "SOV" and not after.match(self.text, f.end):
            # (or named right after the noun, dying after the name: "हवाई हमले में हमास नेता इस्माइल हानिया मारा गया",
            # "হামলায় হামাস নেতা ইসমাইল হানিয়া নিহত হয়েছেন")
            later = next((a for a in sentence_args if a.start >= f.end and a.slot != "modifier"), None)
            if (later is not None and later.slot == "" and later.ref is None and later.label == "PER" and later.entity_ids
                    and after.match(self.text, later.outer_end or later.end)
                    and not rx.search(r"[,;:।]", self.text[f.end : later.start])):
                return later
        if not ((after is not None and after.match(self.text, f.end)) or (
                before is not None and any(m.end() == f.start for m in before.finditer(self.text, max(0, f.start - 80), f.start)))):
            return None
        return next((a for a in wargs if a.end <= f.start and a.slot == "" and a.ref is None and a.label == "PER"
                     and a.entity_ids), None)

    def _opening_subject(self, args: list[Arg], win: tuple[int, int], sent: tuple[int, int],
                         pack: LangPack | None = None, verb: int | None = None) -> Arg | None:
        """The bare name opening an English sentence whose clause the window's "and" continues
        ("Kim Jong Un inspected a destroyer and | warned"): only words, no comma or clause word, between.
        Also the owner of a body opening it ("South Korea's presidential office convened a meeting and
        | condemned the launch": South Korea)."""
        if pack is not None and pack.order == "SOV":
            # verb-final: the window opens right after a finite verb and "and" (roles.yaml
            # coordinated_clause): "मोदी ने उम्मीद जताई कि ... होंगे और | पुतिन को न्योता दिया"
            joint = None if pack.coordinated_clause is None else next(
                (m for m in pack.coordinated_clause.finditer(self.text, sent[0], win[0] + 1) if m.end() == win[0]), None)
            if joint is None:
                return None
            comma = rx.search(r",\s*$", self.text[sent[0] : joint.start()])
            if comma is not None:  # (", लेकिन": the comma before "but" is the only one allowed)
                win = (sent[0] + comma.start(), win[1])
        # ("said the matter was closed, but | warned that ...": "but" joins the speaker's next verb; the
        # comma before it is the only one allowed)
        but = rx.search(r",?\s*\bbut\s*$", self.text[sent[0] : win[0]]) if pack is None or pack.order != "SOV" else None
        if but is not None:
            # (only the verb, maybe an adverb, after "but": "but it will be difficult to hold talks" has a subject of its own)
            if verb is not None and not rx.fullmatch(r"\s*(?:(?:also|later|then|still|again|\w+ly)\s+)*", self.text[win[0] : verb]):
                return None
            win = (sent[0] + but.start(), win[1])
        elif (pack is None or pack.order != "SOV") and not rx.search(r"\band\s*$", self.text[sent[0] : win[0]]) and not (
                # ("handed Kim a letter and | invited him": "and" right before the verb, after a verb that made no event)
                verb is not None and rx.search(r"\band\s+(?:\w+ly\s+)?$", self.text[win[0] : verb])
                and not rx.search(r"[,;:]\s", self.text[sent[0] : verb])):
            return None
        before = [a for a in args if a.end <= win[0] and a.slot != "modifier"]
        owner = bool(before) and before[0].slot == "genitive" and pack is not None and pack.possessor_bodies is not None \
            and (_body_at(pack).match(self.text, before[0].outer_end) is not None
                 # ("Leaders of the Group of Seven pledged ... and warned China": the body's owner after "of")
                 or (pack.order == "SVO" and _body_before(pack).search(
                     self.text, max(sent[0], (before[0].outer_start or before[0].start) - 60), before[0].outer_start or before[0].start) is not None))
        subject_slots = ("", "agent") if pack is not None and pack.order == "SOV" else ("",)
        if not before or (before[0].slot not in subject_slots and not owner) or before[0].ref is not None or not before[0].entity_ids:
            return None
        first = before[0]
        lead = self.text[sent[0] : first.outer_start]
        # (an opening adjunct set off by a comma, naming no one, stands before the subject: "Earlier in the week,
        # Zelenskiy addressed the U.N. General Assembly and | accused Russia")
        opening = rx.match(r"[^,;:\"“”]{1,40},\s+", lead) if pack is not None and pack.order == "SVO" else None
        start = sent[0] + opening.end() if opening is not None and not any(
            sent[0] <= a.start < sent[0] + opening.end() for a in args) else sent[0]
        lead = self.text[start : first.outer_start]
        if len(lead.split()) > 4:
            return None  # (a descriptor may stand before the name: "North Korean leader Kim Jong Un")
        # (a short phrase quoted after the subject is no break: 'rejected China's account as "deceptive
        # and misleading" and | accused ...')
        lead_in = _SHORT_QUOTED.sub(" ", self.text[first.outer_end : win[0]])
        if rx.search(r"[,;:](?=\s)|[\"“”]", self.text[start : first.outer_end] + lead_in) and not (
                pack is not None and pack.order == "SVO" and pack.conjunctions is not None
                and rx.search(rf",\s*(?:{pack.conjunctions.pattern})\s*$", self.text[sent[0] : win[0]], pack.conjunctions.flags)
                and self._says_next(first, pack)):
            # (but "China's coast guard said a ship had approached ..., causing a collision, and | warned
            # Manila": ", and" after the words the opening subject said joins that subject's next verb)
            return None
        return first

    def _marked_phrase_before(self, a: Arg, slots: tuple[str, ...], frame: dict, role: str, pack: LangPack,
                              named: list[Arg]) -> bool:
        """The word right before ``a`` is a postposition of one of ``slots`` (roles.yaml markers ``after``: "প্রতি",
        "के खिलाफ") whose slot fills ``role`` in ``frame``, closing a phrase that holds none of the ``named``
        arguments: a phrase of no name marked so ends there ("বাংলাদেশের সংস্কার কর্মসূচির প্রতি")."""
        lo = max(0, a.start - 30)
        before = rx.search(r"(\S+)\s+$", self.text[lo : a.start])
        if before is None or any(b.outer_end is not None and b.outer_end == lo + before.end(1) for b in named):
            return False
        return any(
            mk.slot in slots and mk.after is not None and not mk.core and frame.get(mk.slot) == role
            and mk.after.fullmatch(" " + before.group(1))
            for mk in pack.markers)

    def _genitive_doer(self, a: Arg, f: Found, args: list[Arg], pack: LangPack) -> bool:
        """A genitive right before a verbal-noun trigger, inside a clause whose agent (ने) went before it, is that
        verbal noun's doer: "मोदी ने ट्रंप के शुल्क लगाने के फैसले की आलोचना की" (Trump imposes; Modi criticises)."""
        if (pack.order != "SOV" or pack.verbal_noun_end is None or pack.verbal_noun_doer is None
                or a.slot not in ("genitive", "modifier") or a.end > f.start or not a.entity_ids
                or not pack.verbal_noun_end.search(self.text, f.start, f.end)
                or not pack.verbal_noun_doer.fullmatch(self.text[a.end : a.outer_end if a.outer_end is not None else a.end].strip())):
            return False
        gap = self.text[a.outer_end if a.outer_end is not None else a.end : f.start].split()
        # (the genitive next to the deed, not an owner of a thing it is done to: "भारत के उत्पादों पर शुल्क लगाने")
        if gap or _verbal_noun_between(self.text, a.end, f.start, pack):
            return False
        return any(b.slot == "agent" and b.end <= a.start for b in args)

    def _traveller_named_after(self, f: Found, args: list[Arg], pack: LangPack, i: int | None = None) -> Arg | None:
        """A person right after a trip noun and the participle of coming or going (roles.yaml ``traveller_after``:
        "दौरे पर आए अमेरिकी विदेश मंत्री एंटनी ब्लिंकन", "সফরে আসা মার্কিন পররাষ্ট্রমন্ত্রী ..."): the traveller,
        office and demonym words allowed between."""
        m = pack.traveller_after.match(self.text, f.end)
        if m is None:
            return None
        from .quotes import _only_descriptors

        person = next((a for a in args if a.start >= m.end() and ((a.label == "PER" and a.ref is None and a.entity_ids)
                                                                  or (a.ref is not None and a.ref.kind == "title"))), None)
        # (a country's genitive right after the participle: "সফরে আসা জাপানের পররাষ্ট্রমন্ত্রী ...")
        land = next((a for a in args if a.start == m.end() and a.slot in ("genitive", "modifier") and a.label == "GPE"), None)
        after_land = land.outer_end if land is not None else m.end()
        if person is not None and person.ref is not None:
            # an office the participle tells of, no name after it: "यात्रा पर आए नेपाल के प्रधानमंत्री ने ...", who holds
            # it (not a person named later in the clause, "... মুর্মুর সঙ্গে")
            if self.text[after_land : person.start].strip():
                return None
            ids = self.resolve(person, i, set()) if i is not None else []
            return dataclasses.replace(person, entity_ids=ids[:1]) if ids else None
        if person is None or person.start == m.end() or _only_descriptors(self.text, m.end(), person.start, pack):
            return person
        # (a country's genitive and an office: "সফরে আসা জাপানের পররাষ্ট্রমন্ত্রী ইয়োকো কামিকাওয়া")
        words = [surface_form(w) for w in self.text[after_land : person.start].split()]
        hit = cues_for(pack.lang).title_at(words, 0) if words else None
        return person if hit is not None and hit[0] == len(words) else None

    def _conjuncts_after(self, first: Arg, args: list[Arg], limit: int, pack: LangPack) -> list[Arg]:
        """The names joined to ``first`` by a conjunction right after it, before ``limit`` ("Japan and Australia
        expressed concern and urged": Australia), read bare or as "with"."""
        out: list[Arg] = []
        prev = first
        for a in args:
            if a.start <= prev.start or a.end > limit:
                continue
            gap = self.text[prev.end : a.start]
            if (a.slot in ("", "comitative") and a.ref is None and a.entity_ids and pack.conjunctions is not None
                    and (m := rx.fullmatch(r"\s*(?:,\s*)?(\S+)\s+", gap)) is not None and pack.conjunctions.fullmatch(m.group(1))):
                out.append(a)
                prev = a
            elif a.start > prev.end:
                break
        return out

    def _says_next(self, a: Arg, pack: LangPack) -> bool:
        """A speech verb follows the argument within a few words ("China's coast guard said", "X told")."""
        verbs = _cue_pattern(pack, "speech_verbs")
        if verbs is None:
            return False
        for w in rx.finditer(r"\s+", self.text[a.outer_end : a.outer_end + 60]):  # (after up to three words)
            if verbs.match(self.text, a.outer_end + w.end()):
                return True
            if len(self.text[a.outer_end : a.outer_end + w.end()].split()) > 3:
                break
        return False

    def _bare_verb(self, f: Found, pack: LangPack) -> bool:
        """English only: the trigger's verb is in its bare form ("travel", not "travelled", "travels"
        or "met"): it takes its tense from the verb it is coordinated with."""
        if pack.order != "SVO":
            return False
        from ..time.data import load_time_lang

        word = rx.match(r"\w+", self.text[f.start : f.end])
        tl = load_time_lang(pack.lang)
        if word is None or tl is None or tl.tense_rx is None:
            return False
        w = word.group()
        return not (w.lower().endswith(("ed", "s", "ing")) or tl.tense_rx.fullmatch(w))

    @staticmethod
    def _filled_as_place(a: Arg, roles: list[Role]) -> bool:
        """A subject-slot argument the frame made a place: hi "... उन्हें चीन आने का न्योता दिया" (where to come), no
        subject of its own; the coordinated clause's subject goes on."""
        return any(r.start == a.start for r in roles) and all(r.name in PLACE_ROLES for r in roles if r.start == a.start)

    def _inherit(self, etype: EventType, f: Found, prev: list[Role], passive: bool = False) -> list[Role]:
        """Coordinated verbs share their subject: "X পৌঁছান এবং ... আলোচনা করেন"; a passive one as its
        object."""
        role = _subject_role(etype.frame(f.trigger.frame), "object" if passive else "subject")
        if not role:
            return []
        return [Role(role, r.text, r.start, r.end, r.entity_id) for r in prev]

    def _roles(self, etype: EventType, f: Found, wargs: list[Arg], pack: LangPack, passive: bool, i: int,
               exclude: frozenset[str] = frozenset()):
        """Roles from the clause's arguments; ``exclude``: entities already in the event (a subject
        the clause shares with the one before) that its pronouns cannot mean."""
        frame = etype.frame(f.trigger.frame)
        self._locative_fills = set()
        self._not_owners = set()
        slotted = _assign_slots(wargs, f, pack, passive, self.text)
        if frame.get("clause_subject"):
            from .quotes import _only_descriptors  # (quotes imports this module)

            # an adjunct's noun ("visited Moscow at the invitation of Putin", "पुतिन के निमंत्रण पर मोदी मास्को
            # गए"): its subject is the clause's, the first bare name of the sentence (before the noun in English;
            # anywhere in a verb-final language), not the object of the verb before it
            # (not the speaker before a complementizer: "मंत्रालय ने कहा कि शी ... पुतिन के निमंत्रण पर" is Xi's trip)
            comp = _cue_pattern(pack, "complementizers") if pack.order == "SOV" else None
            opened = max((m.end() for m in comp.finditer(self.text, self.doc.sentences[i].start, f.start)), default=0) \
                if comp is not None else 0
            # (a city or region is none: "মোদির আমন্ত্রণে ... দিল্লি যাচ্ছেন শ্রীলঙ্কার প্রেসিডেন্ট" is where he goes)
            # (nor the name written right before the noun, its kind: "जापान यात्रा के दौरान मोदी ने", a trip to Japan)
            first = next((a for a in self.sents_args.get(i, wargs) if a.slot in ("", "agent") and a.ref is None
                          and (a.end <= f.start or pack.order == "SOV") and a.start >= opened
                          and not (a.entity_ids and all(e.startswith(("city:", "loc:")) for e in a.entity_ids))
                          and not (a.slot == "" and a.end <= f.start and not self.text[a.end : f.start].strip())), None)
            if first is None and pack.order == "SOV":
                # (else one named by office, after the verb too: "... দিল্লি যাচ্ছেন শ্রীলঙ্কার প্রেসিডেন্ট")
                first = next((a for a in self.sents_args.get(i, wargs) if a.slot in ("", "agent") and a.ref is not None
                              and a.ref.kind == "title" and a.start >= opened), None)
            if first is not None and pack.order == "SVO" and first.end <= f.start:
                # "X signed a deal on Saturday, Modi said after talks with Ishiba": the name after the last comma
                # whose verb the adjunct follows closely is its clause's subject, not the sentence's first
                near = [a for a in self.sents_args.get(i, wargs) if a.slot in ("", "agent") and a.ref is None
                        and first.end <= a.start and a.end <= f.start and "," in self.text[first.end : a.start]]
                # (the name opens its clause after the comma, titles before it: "..., Prime Minister Narendra Modi said";
                # not an object, "Modi, who arrived on Monday, met Putin at the invitation of Xi")
                comma = self.text.rindex(",", first.end, near[-1].start) + 1 if near else 0
                opens = near and (all(w[:1].isupper() for w in self.text[comma : near[-1].start].split())
                                  or _only_descriptors(self.text, comma, near[-1].start, pack))
                if opens and len(self.text[near[-1].end : f.start].split()) <= 5 and "," not in self.text[near[-1].end : f.start]:
                    first = near[-1]
            sent_span = self.doc.sentences[i]
            comma = self.text.find(",", f.end, sent_span.end) if first is None and pack.order == "SVO" else -1
            if comma > 0 and "," not in self.text[sent_span.start : f.start]:
                # "In a meeting with Wang Yi, Blinken raised concerns": an adjunct opening the sentence; its subject is the
                # name opening the clause after its comma (an office before it is his)
                after = next((a for a in self.sents_args.get(i, wargs) if a.start > comma), None)
                if (after is not None and after.slot in ("", "agent") and after.ref is None
                        and (not self.text[comma + 1 : after.start].strip() or _only_descriptors(self.text, comma + 1, after.start, pack))):
                    first = after
            lo, hi = (first.end, f.start) if first is not None and first.end <= f.start else (f.end, first.start if first else f.end)
            if first is not None and first.end <= f.start and (own := _LAST_WORDS.search(self.text, lo, hi)) is not None:
                hi = own.start()  # (the adjunct's own words before its noun: "after a meeting with", "during his talks")
            if first is not None and first.start >= f.end and pack.clause_breaks is not None and (
                    own := pack.clause_breaks.search(self.text, lo, hi)) is not None and len(self.text[f.end : own.start()].split()) <= 1:
                lo = own.end()  # (the adjunct's own closing words: "मोदी के साथ बैठक के दौरान पुतिन ने ...")
            if first is not None and pack.clause_breaks is not None and pack.clause_breaks.search(self.text, lo, hi):
                first = None  # (a name in another clause: "Zinke alleged that Russia's engagement ..., where it is
                # operating at the invitation of ...")
            # (a verb-final language's place written right before the trip noun is where it goes: "मोदी ने जापान
            # यात्रा के दौरान", "মোদী জাপান সফরের সময়")
            slotted = [(a, "locative") if (pack.order == "SOV" and sl in ("subject", "object") and a is not first and a.label in ("GPE", "LOC")
                                           and not self.text[a.outer_end or a.end : f.start].strip()) else (a, sl)
                       for a, sl in slotted]
            slotted = [(a, sl) for a, sl in slotted if sl != "subject" or a is first]
            # (the subject after a fronted adjunct's comma was read as the object of the noun)
            slotted = [(a, "subject") if first is not None and a.start == first.start and sl == "object" else (a, sl)
                       for a, sl in slotted]
            if first is not None and not any(a is first or a.start == first.start for a, _ in slotted):
                slotted.append((first, "subject"))
        roles: list[Role] = []
        filled: list[tuple[Arg, str]] = []
        reciprocal = False
        used: set[str] = set(exclude)
        strong: set[str] = set()  # roles filled from a strong (marked or subject) slot
        # named entities first, references after (so "उन्हें" can exclude the giver)
        # among genitives the one nearest the trigger first: in "আইওয়ার ... দৈনিক ... চীনের হস্তক্ষেপ
        # চেষ্টার অভিযোগ" the accusation is China's, the earlier genitive belongs to another noun
        ordered = sorted(
            slotted,
            key=lambda x: (x[0].ref is not None, SLOT_ORDER.index(x[1]) if x[1] in SLOT_ORDER else 99,
                           abs(f.start - x[0].start) if x[1] == "genitive" else 0),
        )
        nearest_genitive = next((a for a, sl in ordered if sl == "genitive" and a.ref is None and a.start < f.start), None)
        # "শেখ হাসিনাকে ফিরিয়ে আনতে ভারতের কাছে অনুরোধ": whom one turns to (কাছে) is asked; a dative
        # beside it belongs to the clause the request is for
        addressed = frame.get("addressee") is not None and any(sl == "addressee" for _, sl in ordered)
        # conjuncts ("पुतिन और किम की"): each may fill the role the other filled
        # (past a modifier of the second: "हसन नसरल्लाह और हमास नेता इस्माइल हानिया की हत्या")
        heads = [x for x in wargs if x.slot != "modifier"]
        coordinated = {id(x) for x, y in zip(heads, heads[1:]) if y.joined and y.slot == x.slot} | {
            id(x) for x in wargs if x.joined}
        # (and those the slots joined: "the killing of Hassan Nasrallah and Ismail Haniyeh")
        coordinated |= {id(x) for x, _ in ordered if x.joined}
        # a hyphenated pair right before the trigger names its parties ("paving way for Modi-Xi meeting"): the
        # clause's subject is none of them
        pair = [a for a, sl in ordered if sl == "compound" and a.end <= f.start
                and not rx.search(r"[,;:]", self.text[a.end : f.start]) and len(self.text[a.end : f.start].split()) <= 3]
        pair_named = len(pair) == 2 and _subject_role(frame) in ("party", "participant") and pack.order == "SVO"
        # "promised aid during a visit to Berlin by Ukrainian President Volodymyr Zelenskiy": the trip is the by-phrase's
        # one's; the clause's subject is the host
        by_traveller = f.trigger.frame == "trip_adjunct" and any(
            sl == "by" and a.start >= f.end and not rx.search(r"[,;]", self.text[f.end : a.start]) for a, sl in ordered)
        for a, slot in ordered:
            if pair_named and slot == "subject":
                continue
            if by_traveller and slot in ("subject", "clause_subject") and a.end <= f.start:
                continue
            if a.ref is not None and a.ref.kind == "reciprocal":
                if slot in ("dative", "comitative", "object"):
                    reciprocal = True
                continue
            if addressed and slot == "dative" and frame.get("dative") == frame.get("addressee"):
                continue
            if (slot == "ablative" and passive and pack.passive_agent_side is not None
                    and pack.passive_agent_side.match(self.text, a.end)):
                # "अमेरिका की ओर से भारत को सहायता दी जाएगी", "বাংলাদেশের পক্ষ থেকে প্রতিবাদ জানানো হয়েছে": the
                # side a passive deed comes from did it
                slot = "agent"
            if slot == "order" and not (passive or (f.trigger.frame or "").startswith("nominal")):
                continue  # "सेना ने मुनीर के आदेश पर हमला किया": who ordered a deed its agent did is no doer of it
            if slot in ("genitive", "modifier") and self._genitive_doer(a, f, wargs, pack):
                slot = "agent"  # "ट्रंप के शुल्क लगाने के फैसले की": Trump's imposing (_genitive_doer)
            if slot in ("by", "order"):
                if "by" in frame and f.trigger.frame and not passive:
                    pass  # a named frame that reads "by" itself: "stood by Russia" (the one stood by)
                elif not (passive or (f.trigger.frame or "").startswith("nominal")
                          # (an adjunct's trip noun read by the one after it: "after a visit to Caracas by envoy Richard
                          # Grenell" is Grenell's trip)
                          or (f.trigger.frame == "trip_adjunct" and a.start >= f.end
                              and not any(c in self.text[f.end : a.start] for c in ",;"))
                          # (a verb-final clause's agent before the by-phrase: "जयशंकर ने अमेरिका द्वारा भारत पर शुल्क लगाए
                          # जाने के फैसले को अनुचित बताया", the deed told inside is the by-phrase's; the agent's is the verb after)
                          or (pack.order == "SOV" and a.end <= f.start and any(b.slot == "agent" and b.end <= a.start for b in wargs)
                              and not _verbal_noun_between(self.text, a.end, f.start, pack))
                          # (a verbal noun's doer: "ट्रंप द्वारा भारतीय सामान पर शुल्क लगाने की घोषणा")
                          # (no other verbal noun between, whose doer it would be: "चीन द्वारा ... दखल देने की कोशिश करने का
                          # आरोप लगाने" is China's interfering, not its charge)
                          or (pack.verbal_noun_end is not None and a.end <= f.start
                              and pack.verbal_noun_end.search(self.text, f.start, f.end) is not None
                              and not _verbal_noun_between(self.text, a.end, f.start, pack))):
                    continue
                else:
                    slot = "agent"
            if slot == "modifier" and self._modifies_title(a, wargs, pack):
                continue
            if slot == "genitive" and self._owns_office_of_name(a, wargs, pack):
                continue  # "यूरोपीय संघ की विदेश नीति प्रमुख काया कलास ने हमले की निंदा की": the EU is her office's, no target
            if slot == "modifier" and self._modifies_place(a, wargs):
                continue  # "जम्मू-कश्मीर के पहलगाम में हमला": the owner of the place, no actor
            if (slot in ("comitative", "ablative") and pack.motion_from_after is not None
                    and pack.motion_from_after.match(self.text, a.outer_end or a.end)):
                continue  # "सैनिकों को मालदीव से वापस जाने को कहा": whence the troops go, no one asked
            role = frame.get(slot, frame.get(SLOT_FALLBACK.get(slot, "")))
            if slot == "compound" and role is None and _subject_role(frame) in ("party", "participant") and any(
                    b is not a and b.slot == "compound" and self._pair_joint(self.text[min(a.end, b.end) : max(a.start, b.start)], pack)
                    for b in wargs):
                # "इजराइल-हमास युद्धविराम पर बनी सहमति", "ভারত ও পাকিস্তান যুদ্ধবিরতিতে সম্মত হয়েছে": the pair that names
                # a ceasefire agrees to it (only parties of a deal: talks "on the India-Pakistan war" may be anyone's; one
                # name alone names the kind)
                role = _subject_role(frame)
            if slot == "near" or (slot == "addressee" and "addressee" not in frame and isinstance(frame.get("locative"), dict)
                                  and frame["locative"].get("GPE") == "target"):
                # "ताइवान के पास मिसाइलें दागीं", "তাইওয়ানের কাছে ক্ষেপণাস্ত্র ছুড়েছে", "near Taiwan": near a place is
                # where it happened, never what was struck (a launch near no target is a drill)
                role = "place" if "place" in etype.roles else None
                if slot == "near" and a.label == "ORG":
                    # "রুশ দূতাবাসের সামনে বিক্ষোভ", "रूसी दूतावास के बाहर प्रदर्शन": outside a country's embassy is no
                    # place of that country; a protest there is against it (another body outside which: nothing)
                    role = "target" if (etype.name == "PROTEST" and "target" in etype.roles
                                        and any(e.startswith("gpe:") for e in a.entity_ids)) else None
            if (slot == "comitative" and role is None and "comitative_after" in frame and pack.order == "SVO" and a.start >= f.end
                    and not rx.match(r"['’]s\b", self.text[a.end : a.end + 2])):
                # "condemned the military cooperation between Moscow and Pyongyang": inside what is done,
                # after the verb (before it, "with" is who one acts with; "with Britain's future" is a thing's)
                role = frame["comitative_after"]
            if (slot == "genitive" and "genitive_far" in frame and nearest_genitive is not None and a is not nearest_genitive
                    and not (nearest_genitive.joined and id(a) in coordinated)):
                # "ইরানের পরমাণু স্থাপনায় যুক্তরাষ্ট্রের হামলা": the nearer possessor attacks, the farther one owns what is struck
                role = frame["genitive_far"]
                if any(b.slot == "" and b.ref is None and a.end <= b.start and b.end <= nearest_genitive.start for b in wargs):
                    # "হামাসের সমর্থক কাতার ... ইসরায়েলি হামলায়": a bare name between closes the farther one's phrase
                    # (Hamas's supporter Qatar); it is none of the attack's
                    role = None
            if (slot == "genitive" and "genitive_far" in frame and a is nearest_genitive and pack.struck_sites is not None
                    and (pack.struck_sites.fullmatch(self.text, a.outer_end or a.end, f.start)
                         # (or the site within its first words, more words of the clause after it: "পাকিস্তানের সেনা
                         # ক্যাম্পে বৃহস্পতিবার রাতে সশস্ত্র জঙ্গিদের হামলায়", the militants struck Pakistan's camp)
                         or (pack.struck_sites.match(self.text, a.outer_end or a.end, f.start) is not None
                             and not rx.search(r"[,;:।]", self.text[a.outer_end or a.end : f.start])))):
                # "বাংলাদেশের সহকারী হাইকমিশনে হামলা": a site in the locative between; its owner is struck
                role = frame["genitive_far"]
            if isinstance(role, dict):  # label-sensitive: genitive PER = traveller, GPE = place
                # (a frontier line, KB attribute ``border``: "नियंत्रण रेखा पर", the Line of Control, is where)
                border = "BORDER" in role and any(
                    getattr(self.doc.entities.get(e), "attrs", {}).get("border") for e in a.entity_ids[:1])
                label = self._label(a)
                if slot == "locative" and label == "GPE" and (a.entity_ids[:1] or [""])[0].startswith("loc:"):
                    label = "LOC"  # (a state or province struck in is where: "उड़ीसा में ... कैंप पर हमला")
                if (slot == "locative" and label == "GPE" and (a.entity_ids[:1] or [""])[0].startswith("city:")
                        and pack.struck_sites is not None and any(
                            b.slot == "genitive" and a.end <= b.start and b.end <= f.start
                            and pack.struck_sites.match(self.text, b.outer_end or b.end, f.start) for b in wargs)):
                    label = "LOC"  # (a city where a named owner's site was struck is where: "ঢাকায় বিএনপির সমাবেশে ... হামলায়")
                if slot == "ablative" and (a.entity_ids[:1] or [""])[0].startswith(("loc:", "city:")):
                    label = "LOC"  # (so is a city or district one acts from: "ঢাকা থেকে গ্রেপ্তার করা হয়েছে")
                role = role["BORDER"] if border else role.get(label, role.get("default"))
                if slot == "locative" and role not in PLACE_ROLES and "place" in etype.roles:
                    self._locative_fills.add(a.start)
            if not role:
                continue
            if (slot in ("genitive", "modifier") and f.trigger.adjacent_genitive and a.outer_end <= f.start
                    and rx.search(r"\S", self.text[a.outer_end : f.start])):
                continue  # only the genitive right before is the deed's own
            if role in PLACE_ROLES and slot == "locative" and a.ref is not None and self._label(a) == "PER":
                continue  # a person is no place: "through him met his wife"
            if (role == "traveller" and pack.order == "SOV" and slot in SUBJECT_SLOTS and "place" in etype.roles
                    and self._label(a) in ("GPE", "LOC") and a.outer_end <= f.start and not self.text[a.outer_end : f.start].strip()
                    and any(sl in ("genitive", "modifier") and self._label(b) in ("PER", "ORG") for b, sl in slotted)):
                role = "place"  # "মোদীর ... ঢাকা সফর করার কথা": the place is written onto the trip; the genitive travels
            if pack.order == "SOV" and slot == "object" and role not in PLACE_ROLES and not (
                    etype.bare_object_role and (self._label(a) in ("GPE", "ORG", "PER")
                                                # (a town taken, its kind after it: "রাশিয়া পোকরোভস্ক শহর দখল করেছে")
                                                or (self._label(a) == "LOC" and role in etype.literal_roles))):
                continue  # unmarked non-subjects in SOV are inanimate objects, not actors
            have = [r for r in roles if r.name == role]
            if (pack.reason_openers is not None and slot not in SUBJECT_SLOTS and role not in SYMMETRIC_ROLES
                    and role not in PLACE_ROLES and a.start > f.end
                    and ((same := [b for b, sl in ordered if b is not a and f.end <= b.start < a.start
                                   and frame.get(sl, frame.get(SLOT_FALLBACK.get(sl, ""))) == role])
                         and self._inside_reason(a, same, pack)
                         or not same and self._reason_after_marked_phrase(f.end, a, role, frame, pack))):
                continue  # "sanctions on Iran over drone transfers to Russia": Russia is in the reason, not hit
            if (slot == "genitive" and a.outer_end <= f.start and pack.order == "SOV" and role not in SYMMETRIC_ROLES
                    # (words of degree may stand between: "যুক্তরাষ্ট্রের পূর্ণ সমর্থন", roles.yaml ``noun_intensifiers``)
                    and all(pack.noun_intensifiers is not None and pack.noun_intensifiers.fullmatch(w)
                            for w in self.text[a.outer_end : f.start].split())
                    and (any(sl in ("dative", "against") and b.end <= a.start and frame.get(sl) == role for b, sl in slotted)
                         # (or a phrase of no name: "বাংলাদেশের সংস্কার কর্মসূচির প্রতি যুক্তরাষ্ট্রের সমর্থন")
                         or self._marked_phrase_before(a, ("dative", "against"), frame, role, pack, [b for b, _ in slotted]))):
                # "সরকারের প্রতি ভারতের সমর্থন", "भारत के खिलाफ पाकिस्तान का आरोप": after whom it is for or
                # against, the genitive on the noun itself is whose support or charge it is
                role = _subject_role(etype.frame(None))
                if not role or any(r.name == role for r in roles) or any(
                        sl in SUBJECT_SLOTS and frame.get(sl) == role for b, sl in slotted):
                    filled.append((a, slot))  # (taken: no item of the words it spans)
                    continue
                have = []
            weak = (slot == "genitive" or (slot == "object" and pack.order == "SOV")  # SVO objects are core
                    or (slot == "locative" and role not in PLACE_ROLES))  # "ঢাকায় ... বাংলাদেশকে পাঠিয়েছে": the dative is the recipient
            # "Donald Trump's high-stakes meeting with ...": the possessor of the event noun takes part
            # ("मोदी की पुतिन के साथ बैठक", "Trump's meeting with ...": the partner's phrase between does not count)
            comitatives = [b for b, sl in slotted if sl == "comitative" and a.outer_end <= b.start and b.end <= f.start]
            possessor = (slot == "genitive" and role in GROUP_ROLES and a.outer_end <= f.start
                         and "," not in self.text[a.outer_end : f.start]
                         # ("डोनाल्ड ट्रम्प की डिप्टी अटॉर्नी जनरल रॉड रोसेनस्टीन के साथ उच्च दाँव वाली बैठक": with the
                         # partner's phrase between, a few describing words more do not part them)
                         and self._words_without(a.outer_end, f.start, [b for b, sl in slotted if sl == "comitative"])
                         <= (6 if comitatives else 2)) or (
                # (a verbless headline's possessor right after its noun: "মোদীকে ফোন পুতিনের")
                slot == "genitive" and role in GROUP_ROLES and pack.order == "SOV" and a.start >= f.end
                and not self.text[f.end : a.start].strip())
            if have and weak and not possessor and id(a) not in coordinated and not self._weak_may_add(slot, role, strong):
                continue
            if (have and slot == "genitive" and not possessor and role in strong and role not in GROUP_ROLES
                    and not any(r.start is not None and r.start == b.start for r in have for b in wargs if id(b) in coordinated)):
                # "किम-ट्रम्प दोनों की इच्छा से ... पोम्पेओ ... जाने की योजना": a pair's possessive far from the
                # verb adds no one to a role the subject filled (its own conjuncts may, "पुतिन और किम की")
                continue
            if slot == "genitive":
                # "पुतिन और किम जोंग उन की मेजबानी": the first conjunct's phrase ends where the last one's does
                last = self._last_conjunct(a, wargs)
                if last is not a:
                    a = dataclasses.replace(a, outer_end=last.outer_end)
            if (slot == "genitive" and a.outer_end <= f.start and self._genitive_of_place(a, f, pack)) or (
                    slot == "genitive" and role == _subject_role(etype.frame(None)) and self._owner_of_place_word(a, f, pack)):
                # "चीन के एक मार्केट में ... हमला", "ऑस्ट्रेलिया के शहर सिडनी में प्रदर्शन": the owner of where; with no
                # other place named, a place's genitive says where ("কক্সবাজারের ক্যাম্পে ... সংঘর্ষে": in Cox's Bazar)
                if ("place" in etype.roles and a.ref is None and a.entity_ids and self._label(a) in ("GPE", "LOC")
                        and not any(b.slot == "locative" and b is not a and self._label(b) in ("GPE", "LOC") for b in wargs)
                        and not any(r.name == "place" for r in roles)):
                    roles.append(Role("place", a.text, a.start, a.end, a.entity_ids[0]))
                continue
            if (slot == "genitive" and etype.name in STATEMENT_TYPES and a.outer_end <= f.start and pack.order == "SOV"
                    and self._owner_of_struck_place(a, f, pack)):
                self._not_owners.add(a.start)  # (nor the owner of the phrase, below)
                continue  # "ইরানের পরমাণু স্থাপনায় হামলার নিন্দা": whose site was struck is not who is condemned
            if (slot == "genitive" and a.outer_end <= f.start and not etype.owner_of_object
                    and (self._genitive_of_other_phrase(a, f, pack) or self._in_adverbial_phrase(a, f, pack)
                         # "किम के समर्थन के लिए उन्हें धन्यवाद दिया": inside "for Kim's support"
                         or self._in_closed_phrase(a, f, pack))):
                continue  # "तीस्ता नदी के जल बंटवारे ... पर चर्चा की": the river's is the water's, not the talks'
            if (slot not in SUBJECT_SLOTS and slot != "genitive" and pack.order == "SOV" and a.outer_end <= f.start
                    and self._in_adverbial_phrase(a, f, pack)
                    # (a statement's dative before its reason is whom it is to when nothing after the reason takes
                    # its role: "ट्रंप को चुनाव जीतने पर बधाई दी" congratulates Trump for winning; "ताइवान को हथियार
                    # बेचने पर ... प्रतिबंध": Taiwan is in the reason)
                    and not (slot == "dative" and etype.name in STATEMENT_TYPES
                             and not self._role_marked_after_reason(a, f, frame, role, pack))):
                continue  # "ঢাকায় ... ককটেল নিক্ষেপের পর ... হামলা": Dhaka is where the earlier blast was
            if (slot == "locative" and role in PLACE_ROLES and pack.order == "SOV" and etype.name in TRIP_TYPES
                    and a.outer_end <= f.start and any(
                        b is not a and b.slot in ("", "object") and b.ref is None and self._label(b) in ("GPE", "LOC")
                        and a.outer_end <= b.start and not self.text[b.outer_end or b.end : f.start].strip() for b in wargs)):
                continue  # "बांग्लादेश में हमलों को लेकर तनाव के बीच मिस्री ढाका पहुंचे": the place right before the verb is where he went
            if (slot == "locative" and role in PLACE_ROLES and pack.order == "SOV" and pack.item_topic_markers is not None
                    and a.outer_end <= f.start and self._place_in_topic(a, f, wargs, pack)):
                continue  # "গাজায় যুদ্ধবিরতি ... নিয়ে দোহায় আলোচনা": Gaza is in what is talked about; Doha is where
            if (slot == "locative" and role in PLACE_ROLES and pack.order == "SVO" and pack.grievance_markers is not None
                    and a.start >= f.end and self._place_in_grievance_after(a, f, wargs, pack)):
                continue  # "rallied in Dhaka to protest Israeli strikes in Gaza": Gaza is in what is protested
            if (slot == "dative" and pack.reason_noun_ends is not None and a.outer_end <= f.start
                    and etype.name not in STATEMENT_TYPES  # ("X को Y के फैसले को लेकर धन्यवाद दिया": X is thanked)
                    and self._phrase_after(a, f, _per_lang(pack, "reason_noun_phrase", _reason_noun_pattern),
                                           genitives=_genitive_after(pack)) is not None):
                continue  # "रूस को मिसाइलों की आपूर्ति को लेकर ... पर प्रतिबंध": whom the supplies went to, in the reason
            if slot == "subject" and a.slot == "" and a.label in ("GPE", "LOC") and pack.order == "SOV" and a.outer_end <= f.start:
                # "यूक्रेन युद्ध शुरू होने के बाद पुतिन की यह पहली भारत यात्रा": a bare name inside an
                # "after" phrase, with another actor after the phrase, is part of the phrase
                ph = self._phrase_after(a, f, _per_lang(pack, "adverbial_phrase_subject", _adverbial_phrase_pattern))
                if ph is not None and any(ph.end() <= b.start and b.end <= f.start and (
                        b.slot in ("agent", "genitive") or (b.slot == "" and b.label in ("PER", "ORG"))) for b in wargs):
                    continue
            if (slot in ("genitive", "modifier") and pack.order == "SVO" and a.ref is not None and a.ref.kind == "pronoun"
                    and (nxt := next((b for b in wargs if b.start >= a.end and b.label != "NORP"), None)) is not None
                    and _office_lead(self.text, a.start, nxt.start, pack) == a.start):
                continue  # "held talks with his North Korean counterpart Choe Son Hui": whose counterpart, not a side
            if (slot == "comitative" and pack.order == "SVO" and a.start > f.end and pack.between is not None
                    and pack.between_owners is not None and (bw := pack.between.search(self.text, f.end, a.start)) is not None
                    and pack.between_owners.search(self.text, f.end, bw.start())
                    and len(self.text[f.end : bw.start()].split()) >= 3  # (not "hosted talks between X and Y")
                    and not rx.search(r"(?<!\w)(?:with|to|in|on|at|for|from|by|over|about)(?!\w)", self.text[bw.end() : a.start])):
                continue  # "discussed plans for a new summit between Kim and Putin": the summit's sides
            if slot == "dative" and etype.asks and pack.order == "SOV" and a.outer_end <= f.start and self._before_embedded_verb(a, f, pack):
                filled.append((a, slot))  # (taken: no item of the words it spans)
                continue
            if (slot == "object" and a.slot == "" and pack.order == "SOV" and a.outer_end <= f.start
                    and self._in_locative_phrase(self._last_conjunct(a, wargs), f, pack)):
                continue  # "भारत-रूस वार्षिक शिखर सम्मेलन में भाग लेने ... यात्रा पर": the name names the summit
            if (slot in ("dative", "comitative", "ablative", "upon") and pack.order == "SOV" and a.outer_end <= f.start
                    # ("कार्नी को निमंत्रण के लिए धन्यवाद"; but a verbal noun's own dative: "ताइवान को हथियार बेचने के लिए")
                    and (a.by not in {mk.origin for mk in pack.markers if mk.core} or self._verbal_noun_closes(a, f, pack))
                    and self._in_closed_phrase(a, f, pack) and not self._partner_before_topic(a, f, slot, pack)):
                continue  # "রাশিয়ার প্রতি সমর্থনের জন্য উত্তর কোরিয়াকে ধন্যবাদ": Russia is inside "for the support"
            if (a.ref is not None and a.ref.kind == "group" and not a.ref.opposing and a.start > f.end
                    and sum(r.name == role and r.entity_id is not None for r in roles) >= a.ref.count):
                continue  # "Trump would meet Putin ..., the first summit between the two leaders": the two named
            if (pack.order == "SVO" and a.ref is not None and a.ref.kind == "pronoun" and a.ref.label == "THING"
                    and a.start >= f.end and slot in ("object", "")):
                continue  # "North Korea warned on Monday it would respond": "it" acting opens a clause of its own
            # (a country's body acting where that country is the place: "মিয়ানমারে আরাকান আর্মি ও সেনাবাহিনীর
            # মধ্যে লড়াই" is fought by Myanmar's army, in Myanmar)
            # (so is "that country's" army: "মিয়ানমারের রাখাইন রাজ্যে আরাকান আর্মি ও দেশটির সেনাবাহিনীর মধ্যে")
            # (or a country named in the locative, read as what is struck: "নেপালে পুলিশ বিক্ষোভকারীদের ওপর গুলি
            # চালায়", Nepal's police in Nepal; see below)
            places = {r.entity_id for r in roles if (r.name in PLACE_ROLES or r.start in self._locative_fills) and r.entity_id}
            taken = used - places - {self.resolver.country_of_city(e) for e in places} if (
                a.ref is not None and (a.ref.home or (a.ref.kind == "pronoun" and a.ref.label == "GPE"))
                and role not in PLACE_ROLES) else used
            ids = self.resolve(a, i, taken)
            if (not ids and a.ref is not None and a.ref.home and slot in SUBJECT_SLOTS
                    and (own := self.resolver._genitive_country_before(a)) in used
                    and (other := next((r for r in roles if r.entity_id == own), None)) is not None
                    and other.name != role and other.start is not None and other.start > a.start):
                # "मुइज्जू की सरकार ने मालदीव से ... सैनिकों को वापस भेजने की मांग की": the government its leader
                # names acts; its country named after it in the clause is where from, not a second side
                roles = [r for r in roles if r is not other]
                used.discard(own)
                taken = taken - {own}
                ids = [own]
            if a.ref is not None and not ids and role in PLACE_ROLES and a.ref.label in ("PER", "ANY"):
                continue  # no place: "दोनों नेता एक ही कार में प्रधानमंत्री आवास गए" (a title, a group of people)
            if (a.ref is not None and role in PLACE_ROLES and a.ref.kind == "pronoun" and a.ref.label in ("PER", "ANY")
                    and ids and not any(e.startswith(("gpe:", "city:", "loc:")) for e in ids)):
                continue  # "... उसे पानी से बाहर निकालने के लिए पहुंचा": a pronoun for a body or a person is no place
            if a.ref is not None and not ids and a.ref.kind not in ("group", "title", "unnamed") and not a.ref.home:
                # an unresolved pronoun tells nothing; an unresolved "both sides" keeps its text, as does
                # "the police" or "the government" of no country known ("Police arrested 50 people")
                continue
            for eid in ids or [None]:
                if eid is not None and eid in taken:
                    continue
                name = self._words_for(eid) if a.ref is not None and a.ref.kind == "group" and eid else a.text
                roles.append(Role(role, name, a.start, a.end, eid))
                if eid:
                    used.add(eid)
            filled.append((a, slot))
            if not weak:
                strong.add(role)
        if etype.person_roles:
            roles = [r for r in roles if not (r.name in etype.person_roles and self._role_label(r) in ("GPE", "LOC"))]
        doer = etype.roles[0]  # (the ontology lists the one who acts first)
        doers = {r.entity_id for r in roles if r.name == doer and r.entity_id} if doer not in SYMMETRIC_ROLES else set()
        for r in roles:
            if (r.start in self._locative_fills and r.name != doer and r.entity_id and "place" in etype.roles
                    and (r.entity_id in doers or self.resolver.country_of_city(r.entity_id) in doers)):
                # "নেপালে পুলিশের গুলিতে ১৯ বিক্ষোভকারী নিহত": where a country's own force acts is where, not
                # what it strikes
                r.name = "place"
        if "traveller" in etype.roles:
            # "India and Russia signed deals during a visit to Delhi": a country does not travel to its own city
            lands = {self.resolver.country_of_city(r.entity_id) for r in roles if r.name == "place" and r.entity_id}
            roles = [r for r in roles if not (r.name == "traveller" and r.entity_id and r.entity_id.startswith("gpe:")
                                              and r.entity_id in lands)]
        return self._first_groups(self._fit_types(roles, frame, pack), etype, pack, f), filled, reciprocal

    def _words_without(self, lo: int, hi: int, args: list[Arg]) -> int:
        """Words between two positions, outside the (outer) spans of ``args``."""
        seg = list(self.text[lo:hi])
        for b in args:
            if lo <= b.outer_start and b.outer_end <= hi:
                seg[b.outer_start - lo : b.outer_end - lo] = " " * (b.outer_end - b.outer_start)
        return len("".join(seg).split())

    def _first_groups(self, roles: list[Role], etype: EventType, pack: LangPack, f: Found) -> list[Role]:
        """Keep only the first coordinated group of fillers of the type's ``one_group`` roles.

        Verb-final: a filler right before the verb is the one whose role it is, and an earlier one
        belongs to the clause it asks for ("তাঁকে ফেরত পাঠাতে ভারতকে অনুরোধ": India is asked)."""
        for name in etype.one_group:
            rs = sorted((r for r in roles if r.name == name and r.start is not None), key=lambda r: r.start)
            if pack.order == "SOV" and len(rs) > 1 and rs[-1].end is not None and rs[-1].end <= f.start \
                    and not _WORD_REST.sub("", self.text[rs[-1].end : f.start], count=1).strip():
                last = rs[-1]
                group = [last]
                for prev in reversed(rs[:-1]):  # its own conjuncts stay ("ভারত ও চীনকে")
                    gap = self.text[prev.end : group[0].start].strip(" ,")
                    if gap and not (pack.conjunctions is not None and pack.conjunctions.fullmatch(gap)):
                        break
                    group.insert(0, prev)
                roles = [x for x in roles if not (x.name == name and x.start is not None and x.start < group[0].start)]
                continue
            for prev, r in zip(rs, rs[1:]):
                gap = self.text[prev.end : r.start].strip(" ,")
                if gap and r.start > prev.start and not (pack.conjunctions is not None and pack.conjunctions.fullmatch(gap)):
                    roles = [x for x in roles if not (x.name == name and x.start is not None and x.start >= r.start)]
                    break
        return roles

    def _closed_relative(self, prev: Found, f: Found, sent: tuple[int, int], pack: LangPack) -> tuple[int, int] | None:
        """The span of a relative clause (", who ... ,") holding the trigger ``prev`` and closed by
        a comma before ``f``: what it names belongs to its own verb."""
        if pack.relatives is None:
            return None
        m = None
        for m in rx.finditer(rf",\s*(?:{pack.relatives.pattern})\b[^,;]*$", self.text[sent[0] : prev.start]):
            pass
        if m is None:
            return None
        close = self.text.find(",", prev.end, f.start)
        return (sent[0] + m.start(), close) if close >= 0 else None

    def _relative_antecedent(self, args: list[Arg], f: Found, sent: tuple[int, int],
                             pack: LangPack) -> tuple[Arg | None, tuple[int, int] | None]:
        """The name a "who" clause hangs on, as the subject of a verb inside that clause ("Belousov,
        who arrived in Pyongyang") or right after it ("Belousov, who arrived ..., handed Kim a
        message"). The relative pronouns are the language's ``relatives`` (roles.yaml)."""
        if pack.relatives is None:
            return None, None
        rel = f"(?:{pack.relatives.pattern})"
        lead = self.text[sent[0] : f.start]
        m = rx.search(rf",\s*{rel}[^,;]*,\s*(?:\p{{Ll}}+\s+){{0,4}}$", lead)  # the clause ends right before the verb
        relative = m is not None
        verbs = _cue_pattern(pack, "speech_verbs")

        def apposition(found: regex.Match | None) -> regex.Match | None:
            # (", the Kremlin said on Friday, but denied": a speech tag, no apposition)
            return None if found is None or (verbs is not None and verbs.search(lead, found.start(), found.end())) else found

        if m is None and pack.determiners is not None:
            # (or an apposition opened by a determiner: "Salome Zourabichvili, a critic of the ruling Georgian
            # Dream party, called on ...": the party is no subject)
            m = apposition(rx.search(rf",\s*(?:{pack.determiners.pattern})\s[^,;]*,\s*(?:\p{{Ll}}+\s+){{0,2}}$", lead,
                                     pack.determiners.flags))
        if m is None and pack.order == "SVO":
            # (or one opened by a name's possessive: "Hezbollah, Iran's ally in Lebanon, fired rockets at northern
            # Israel": Lebanon is no target)
            m = apposition(rx.search(r",\s*(?-i:\p{Lu})[\w.-]*(?:\s+(?-i:\p{Lu})[\w.-]*){0,3}['’]s\s+(?-i:\p{Ll})[^,;]*,\s*"
                                     r"(?:\p{Ll}+\s+){0,2}$", lead))
        if (m is None or not relative) and pack.aside_openers is not None:
            # (or an aside of when, where or how: "Modi, at a meeting with Xi on Wednesday, called for ...", an
            # apposition inside it: "Trump, speaking to Israel's parliament, the Knesset, hailed ...", wider than
            # the apposition alone)
            det = f"(?:,\\s*(?:{pack.determiners.pattern})\\s[^,;]*)?" if pack.determiners is not None else ""
            aside = rx.search(rf",\s*(?:{pack.aside_openers.pattern})\s[^,;]*{det},\s*(?:\p{{Ll}}+\s+){{0,2}}$", lead,
                              pack.aside_openers.flags)
            m = aside if aside is not None and (m is None or aside.start() < m.start()) else m
        inside = (sent[0] + m.start(), sent[0] + m.end()) if m is not None else None
        if m is None:  # the verb is in it ("who also met", "who last year threatened")
            m = rx.search(rf",?\s*{rel}\s+(?:[\w-]+\s+){{0,2}}$", lead)
        if m is None:  # or a second verb of it ("who worked in the White House for Mr Bush and through him met")
            m = rx.search(rf",\s*{rel}\s+[^,;]*?\band\s+(?:[\w-]+\s+){{0,3}}$", lead)
        if m is None:
            return None, None
        cut = sent[0] + m.start()
        # (a short form in brackets may stand between: "The Rapid Support Forces (RSF), which ...")
        # (and an age: "Khan, 72, who has been in jail ...")
        prev = [a for a in args if a.end <= cut and not rx.sub(r"\([^()]*\)|,\s*\p{Nd}{1,3}(?=\s*,|\s*$)", "",
                                                                 self.text[a.outer_end : cut]).strip(" ,")]
        if inside is not None:
            # the clause closed before the verb, no other verb between: not a verb further on ("The Sudanese
            # army, which ..., accused the paramilitary of targeting": "targeting" is not next to it)
            comma = self.text.rfind(",", inside[0], inside[1])
            if any((t := tr.pattern.search(self.text, comma + 1, f.start)) is not None and t.end() <= f.start
                   for tr in pack.triggers):
                return None, None
        if prev and prev[-1].label in ("PER", "ORG", "GPE", "AGENCY"):
            return prev[-1], inside
        # (a common noun it hangs on: "The Sudanese army, which has been fighting the RSF ..., accused": the clause
        # is still no part of its subject; but an apposition names it, "Germany's leading organization for industry,
        # the Federation of German Industries (BDI), has called on")
        return (None, inside) if inside is not None and relative else (None, None)

    def _without_times(self, lo: int, hi: int, pack: LangPack) -> str:
        """The text between two positions without its time expressions and the prepositions before
        them (``time_prepositions``: "in Pyongyang on Friday and pledged": " and")."""
        seg = list(self.text[lo:hi])
        for t in self.doc.times:
            if lo <= t.start and t.end <= hi:
                seg[t.start - lo : t.end - lo] = "\0" * (t.end - t.start)
        words = "".join(seg).split()
        keep = [w for k, w in enumerate(words) if "\0" not in w and not (
            pack.time_prepositions is not None and k + 1 < len(words) and "\0" in words[k + 1]
            and pack.time_prepositions.fullmatch(w))]
        return " ".join(keep)

    def _after_quotative(self, f: Found, lo: int, pack: LangPack) -> bool:
        """The language's quotative (bn বলে) stands right before ``f``, or before the one who says it
        ("... ষড়যন্ত্র করছে বলে মির্জা ফখরুল অভিযোগ করেন", "... বলেও তিনি অভিযোগ করেন": a name or a
        pronoun of a few words, right before ``f``)."""
        quotative = _cue_pattern(pack, "quotatives")
        if quotative is None:
            return False
        if rx.search(rf"(?<!\w)(?:{quotative.pattern})\s*$", self.text[max(lo, f.start - 20) : f.start]) is not None:
            return True
        return self._speaker_after_quotative(f, lo, pack) is not None

    def _speaker_after_quotative(self, f: Found, lo: int, pack: LangPack) -> int | None:
        """Where the one saying it starts, a name or a pronoun of a few words between the quotative and ``f``
        ("... বলে মির্জা ফখরুল অভিযোগ করেন"), else None."""
        quotative = _cue_pattern(pack, "quotatives")
        m = rx.search(rf"(?<!\w)(?:{quotative.pattern})\s+((?:[^\s,;:।]+\s+){{1,5}})$",
                      self.text[max(lo, f.start - 80) : f.start]) if quotative is not None else None
        if m is None:
            return None
        gap_start = f.start - len(m.group(1))
        speaker_end = len(self.text[:f.start].rstrip())
        named = any(gap_start <= x.start and x.end == speaker_end and x.label in ("PER", "ORG", "GPE", "AGENCY")
                    for x in self.doc.mentions)
        pronoun = any(rf.kind == "pronoun" and not rf.slot and rf.pattern.fullmatch(m.group(1).strip()) for rf in pack.refs)
        return gap_start if named or pronoun else None

    def _quoted_target(self, f: Found, sent: tuple[int, int], pack: LangPack,
                       done: list[tuple[Event, tuple[int, int]]], roles: list[Role], args: list[Arg]) -> list[Role]:
        """"X হামলা চালিয়েছে বলে অভিযোগ করেছে Y": the words before the quotative are the charge, and
        the doer of their first event is the accused (else the bare name that opens them)."""
        if not self._after_quotative(f, sent[0], pack):
            return []
        taken = {r.entity_id for r in roles if r.entity_id}
        for ev, _ in done:
            if not (sent[0] <= ev.trigger.start and ev.trigger.end <= f.start):
                continue
            out = self._doers_as_targets(ev, taken)
            if out:
                return out
        q = next((q for q in self.out.quotes if sent[0] <= q.start and q.end <= f.start), None)
        if q is not None:
            first = next((a for a in args if q.start <= a.start < q.end), None)
            if (first is not None and first.slot == "" and first.ref is None and first.label in ("PER", "GPE", "ORG")
                    and not self.text[q.start : first.start].strip()):
                return [Role("target", first.text, first.start, first.end, e) for e in first.entity_ids[:1] if e not in taken]
        return []

    def _it_said_again(self, a: Arg, sentence: int) -> list[str] | None:
        """"BPPT said the energy released was ... . The geography of the city could have magnified the
        tsunami, it said.": an "it" closing a sentence's words after a comma is the body or country
        that spoke in the sentence before (None: not so placed, or no such speaker)."""
        if not (self.text[max(0, a.start - 2) : a.start].strip() == "," and sentence > 0):
            return None
        before = [e for e in self.sent_chain.get(sentence - 1, [])
                  if getattr(self.doc.entities.get(e), "type", None) in FITS["THING"]]
        return before[:1] or None

    def _thing_subject_before(self, a: Arg, sentence: int) -> bool:
        """"The package also imposes asset freezes on firms in Russia that it said helped Moscow": a sentence
        opening on a common noun as its subject (roles.yaml ``thing_subject``), no name or reference, has
        "it" stand for that thing, not for a country or body named before (nor one named after a preposition)."""
        pack = self.packs.get(sentence)
        if pack is None or pack.thing_subject is None or not 0 <= sentence < len(self.doc.sentences):
            return False
        start = self.doc.sentences[sentence].start
        opening = pack.thing_subject.match(self.text, start, a.start)
        return opening is not None and not any(
            b is not a and b.start < opening.end() and (b.entity_ids or b.ref is not None) for b in self.sents_args.get(sentence, []))

    def _deed_target(self, f: Found, win: tuple[int, int], i: int, pack: LangPack, roles: list[Role],
                     current: list[Event] = ()) -> list[Role]:
        """"Qatar condemned the strike", "कतर ने हमले की कड़ी निंदा की": a deed named as what is condemned
        (roles.yaml ``condemned_deeds``) right after (SVO) or before (SOV) the trigger accuses the doer of
        the last event of that type told up to six sentences before."""
        if not pack.condemned_deeds:
            return []
        # (SVO: from the trigger's start: "called the move unfair" holds its deed inside)
        lo, hi = (f.start, min(win[1], f.end + 40)) if pack.order == "SVO" else (max(win[0], f.start - 40), f.start)
        first = self.doc.sentences[max(0, i - 6)].start if self.doc.sentences else 0  # (a few paragraphs back)
        taken = {r.entity_id for r in roles if r.entity_id}
        for name, pat in pack.condemned_deeds.items():
            deed = pat.search(self.text, lo, hi) if pat is not None else None
            if deed is None:
                continue
            # (a deed named with its doer's genitive right before it is that doer's: "अमेरिका के इस कदम को अनुचित बताया")
            owner = next((a for a in self.sents_args.get(i, []) if a.slot == "genitive" and a.entity_ids and a.ref is None
                          and a.entity_ids[0] not in taken and a.outer_end <= deed.start()
                          and not self.text[a.outer_end : deed.start()].strip()), None)
            if owner is not None:
                return [Role("target", owner.text, owner.start, owner.end, owner.entity_ids[0])]
            # "ANY": a move or decision ("इस कदम को अनुचित बताया", "condemned the decision") is the last
            # act of any type told before (not a statement: what is said is no move)
            # (a key may name several types: "MEET|TALKS", a meeting criticised is either)
            # "DECISION": a decision ("এ সিদ্ধান্তের সমালোচনা", "the decision") is an act decided, not a meeting or trip
            # (PLOVER CONSULT) nor an attack, and may be one only announced: "সহায়তা দেওয়ার ঘোষণা ... রাশিয়া এ সিদ্ধান্তের সমালোচনা করেছে"
            any_act = name in ("ANY", "DECISION")
            types = ({p.event.type for p in self.placed} | {ev.type for ev in current}) - STATEMENT_TYPES if any_act else set(
                name.split("|"))
            if name == "DECISION":
                # (nor a strike or a clash, PLOVER ASSAULT: "as Russia stepped up strikes ... criticised the decision"
                # is the allies' decision told before)
                types = {t for t in types if self.onto[t].plover not in ("CONSULT", "ASSAULT")}
            unsure = ("denied", "hedged") if name == "DECISION" else ("denied", "hedged", "planned")

            def subjects(t: str) -> set[str]:
                frame = self.onto[t].frame(None)
                return {frame[sl] for sl in SUBJECT_SLOTS if isinstance(frame.get(sl), str)}
            subj_of = {t: subjects(t) for t in types}
            doers: list[list[Role]] = []
            # (the last few paragraphs first, then the whole story before: a closing paragraph's "এ
            # হত্যাকাণ্ডের নিন্দা" condemns the killing the story opened with; not for "this move", any act)
            for since in ((first, 0) if not any_act else (first,)):
                # (a deed condemned was done: not one denied, hedged or only planned or threatened,
                # "whoever attacks us, we will attack them")
                # (this sentence's own acts before it first: "मिसाइल दागी, जापान ने इसका विरोध किया")
                evs = [ev for ev in reversed(current) if ev.type in types and ev.trigger.start < f.start
                       and ev.modality not in unsure] + [
                       p.event for p in reversed(self.placed) if p.event.type in types and since <= p.event.trigger.start < f.start
                       and p.event.modality not in unsure]
                # (the act told with the deed's own word first: "गिरफ्तारी की निंदा" condemns "गिरफ्तार कर
                # लिया", the arrest, not a remand or a detention told after it)
                # (or a word of its kind, roles.yaml ``deed_kin``: "condemned the launch" the missiles "fired",
                # not the drills begun since)
                evs.sort(key=lambda ev: (not self._same_word_stem(deed, ev), not self._same_kin(deed, ev, pack)))
                # (an act of its own kind, a shoot-down of the other side's missiles, is no "attack" condemned unless named
                # by its own word: "अधिकांश मिसाइलों को ... मार गिराया ... हमले की निंदा" condemns Iran's strike)
                evs = [ev for ev in evs if _distinct_frame(ev) is None or self._same_word_stem(deed, ev)]
                doers = [[Role("target", r.text, r.start, r.end, r.entity_id) for r in ev.roles
                          if r.name in subj_of[ev.type] and r.entity_id and r.entity_id not in taken]
                         for ev in evs]
                doers = [d for d in doers if d]
                if doers:
                    break
            if doers:
                # the last doer, in the words that name it where it is named ("रूस ने ... हमला किया ... उसने
                # ... निशाना बनाया": Russia's name, not the pronoun)
                named = {m.start for m in self.doc.mentions}
                last = {r.entity_id for r in doers[0]}
                told = [[Role("target", r.text, r.start, r.end, r.entity_id) for r in p.event.roles
                         if r.name in subj_of[p.event.type]]
                        for p in reversed(self.placed) if p.event.type in types and p.event.trigger.start < f.start]
                return next((d for d in told if d and {r.entity_id for r in d} == last and all(r.start in named for r in d)),
                            doers[0])
        return []

    def _names_instrument_of(self, pos: int, f: Found, pack: LangPack) -> bool:
        """A weapon noun (roles.yaml ``instrument_nouns``, an unmarked word allowed before it) after ``pos`` that is part of the trigger
        ``f`` ("अमेरिकी एटीएसीएमएस मिसाइलें दागीं"): the word at ``pos`` describes what was fired, not what was struck."""
        if pack.instrument_nouns is None:
            return False
        m = rx.match(rf"\s+(?:{pack.instrument_nouns.pattern})(?![\p{{L}}\p{{M}}])",
                     self.text[pos : f.end], pack.instrument_nouns.flags)
        return m is not None and pos + m.end() > f.start

    def _mission_near(self, a: Arg, f: Found, pack: LangPack) -> bool:
        """A country's bare name before its mission (roles.yaml ``mission_nouns``) where something happened:
        verb-final, the mission then a marker of nearness ("বাংলাদেশ| উপদূতাবাসের সামনে", "बांग्लादेश| उप उच्चायोग के
        बाहर"); SVO, the name marked as a place ("outside the Bangladesh| deputy high commission"). The country
        owns the building; it neither acts nor is where (its missions stand abroad)."""
        if pack.mission_nouns is None:
            return False
        m = rx.match(rf"\s+(?:{pack.mission_nouns.pattern})(?![\p{{L}}\p{{M}}])", self.text[a.end : a.end + 60],
                     pack.mission_nouns.flags)
        if m is None:
            return False
        if pack.order == "SVO":
            return a.slot in ("locative", "near")
        return a.slot == "" and a.end <= f.start and any(
            mk.slot == "near" and mk.after is not None and mk.after.match(self.text, a.end + m.end()) for mk in pack.markers)

    def _noun_then_near(self, pos: int, pack: LangPack) -> bool:
        """Verb-final: the word after ``pos`` (the noun a demonym describes) is followed by a marker of nearness
        ("अफगान सीमा के पास", near the Afghan border): a place near which, not the one acted on."""
        w = rx.match(r"\s*\S+", self.text[pos : pos + 40])
        return w is not None and any(mk.slot == "near" and mk.after is not None and mk.after.match(self.text, pos + w.end())
                                     for mk in pack.markers)

    def _people_deed_before(self, f: Found, win: tuple[int, int], pack: LangPack):
        """A demonym right before a deed condemned (roles.yaml ``condemned_deeds``) that ends right before the
        trigger, only a genitive marker between (SOV "इजराइली हमले की निंदा"): the demonym's mention, or None."""
        if not pack.condemned_deeds:
            return None
        lo = max(win[0], f.start - 40)
        gen = _genitive_after(pack)
        for pat in pack.condemned_deeds.values():
            for deed in (pat.finditer(self.text, lo, f.start) if pat is not None else ()):
                gap = self.text[deed.end() : f.start].split()
                # (a headline may put the condemner between: "इजराइली हमले की सऊदी अरब ने की निंदा")
                if len(gap) > 1 and not (len(gap) <= 5 and gen is not None and gen.match(self.text, deed.end())):
                    continue
                norp = next((m for m in self._norps() if m.end <= deed.start() and m.entity_id
                             and not self.text[m.end : deed.start()].strip()), None)
                if norp is not None:
                    return norp
        return None

    def _same_kin(self, deed: regex.Match, ev: Event, pack: LangPack) -> bool:
        """Whether the condemned deed's words and the event's trigger hold words of one kind (roles.yaml ``deed_kin``)."""
        trig = self.text[ev.trigger.start : ev.trigger.end]
        return any(k.search(deed.group()) and k.search(trig) for k in pack.deed_kin)

    def _same_word_stem(self, deed: regex.Match, ev: Event) -> bool:
        """Whether a word of the condemned deed's words and the first word of the event's trigger share
        a stem of five letters or more ("गिरफ्तारी" / "गिरफ्तार", "arrest" / "arrested")."""
        trig = rx.match(r"\w+", self.text[ev.trigger.start : ev.trigger.end])
        if trig is None:
            return False
        t = trig.group().lower()
        for w in rx.findall(r"\w+", deed.group().lower()):
            k = 0
            while k < min(len(w), len(t)) and w[k] == t[k]:
                k += 1
            if k >= 5:
                return True
        return False

    def _headline_deed_target(self, f: Found, sent: tuple[int, int], roles: list[Role],
                              done: list[tuple[Event, tuple[int, int]]]) -> list[Role]:
        """"उत्तर कोरिया ने दागी मिसाइल, जापान ने की निंदा", "Russia strikes Kyiv; Japan condemns": a
        headline's condemnation that names no one condemns the doer of the act its first part tells."""
        taken = {r.entity_id for r in roles if r.entity_id}
        for ev, _ in reversed(done):
            if not (sent[0] <= ev.trigger.start and ev.trigger.end <= f.start) or ev.type in STATEMENT_TYPES \
                    or ev.modality in ("denied", "hedged"):
                continue
            if any(r.entity_id in taken for r in ev.roles if r.entity_id):
                continue  # "लावरोव से मिले जयशंकर, शुल्क को अनुचित बताया": the accuser's own act, no deed condemned
            doers = self._doers_as_targets(ev, taken)
            if doers:
                return doers
        return []

    def _doers_as_targets(self, ev: Event, taken: set[str]) -> list[Role]:
        """The doers of ``ev`` (the roles its frame gives a subject, places aside) as an accusation's targets."""
        frame = self.onto[ev.type].frame(None)
        subj = {r for sl in SUBJECT_SLOTS if sl in frame
                for r in (frame[sl].values() if isinstance(frame[sl], dict) else [frame[sl]])} - PLACE_ROLES
        return [Role("target", r.text, r.start, r.end, r.entity_id) for r in ev.roles
                if r.name in subj and r.entity_id and r.entity_id not in taken]

    def _complement_target(self, f: Found, args: list[Arg], sent: tuple[int, int], pack: LangPack, i: int,
                           roles: list[Role]) -> list[Role]:
        """"पाकिस्तान ने आरोप लगाया कि भारत ने संधि का उल्लंघन किया": an accusation followed by a
        complement clause accuses that clause's first actor."""
        comp = _cue_pattern(pack, "complementizers")
        if comp is None:
            return []
        m = self._complementizer_after(f.end, sent[1], pack, auxiliary=pack.order == "SOV")
        if m is None and f.trigger.frame == "nominal":
            # "पाकिस्तान का आरोप है कि ...": the noun, a copula, then the clause
            cop = rx.match(r"\s+\S+\s+", self.text[f.end : sent[1]])
            m = comp.match(self.text, f.end + cop.end()) if cop else None
        if m is None and pack.order == "SOV":
            # "আরাগচি অভিযোগ করেন, যুক্তরাষ্ট্র ...": after a clause-final verb a comma opens what is
            # alleged, as after a speech verb
            m = regex.compile(r"\s*,").match(self.text, f.end, sent[1])
        if m is None:
            return []
        stop = min([sent[1]] + [s for s, _ in _breaks(self.text, m.end(), sent[1], pack) if s > m.end()])
        taken = {r.entity_id for r in roles if r.entity_id}
        from .quotes import _only_descriptors

        opening = m.end()  # where the clause's first words start (after a place it opens with, SOV)
        for a in args:  # the clause's first words only ("...कि वे ब्रेक्सिट ...": वे, the critics, is no name)
            if opening <= a.start < stop and a.slot != "modifier":
                if pack.order == "SOV" and a.slot == "locative" and a.ref is None:
                    # "অভিযোগ করেছেন যে সিরিয়ায় রাশিয়ার জড়ানো ...": where comes first; the doer follows
                    opening = a.outer_end or a.end
                    continue
                gap = " ".join(w for w in self.text[opening : a.start].split()
                               if not (pack.determiners is not None and pack.determiners.fullmatch(w)))
                if gap.strip() and not _only_descriptors(self.text, opening, a.start, pack) or (
                        a.ref is None and a.label not in ("PER", "GPE", "ORG", "AGENCY")):
                    return []
                if pack.order == "SOV" and a.slot not in ("", "agent", "genitive"):
                    return []  # "आरोप लगाया था कि वरुण गांधी पर ... कानून लगाने के पीछे ...": one acted upon opens it, no doer
                ids = [e for e in self.resolve(a, i, set()) if e not in taken]
                out = [Role("target", a.text, a.start, a.end, e) for e in ids[:1]]
                # (and those joined to it: "आरोप लगाया कि भाजपा और माकपा इस घटना का राजनीतिकरण कर रही हैं", both)
                prev = a
                for b in args[args.index(a) + 1 :]:
                    gap = self.text[prev.outer_end or prev.end : b.start].strip()
                    if not out or b.start >= stop or b.ref is not None or b.slot != a.slot or not (
                            gap == "," or (pack.conjunctions is not None and pack.conjunctions.fullmatch(gap))):
                        break
                    out += [Role("target", b.text, b.start, b.end, e) for e in b.entity_ids[:1]
                            if e not in taken and e not in {r.entity_id for r in out}]
                    prev = b
                return out
        return []

    def _role_label(self, r: Role) -> str | None:
        ent = self.doc.entities.get(r.entity_id) if r.entity_id else None
        return ent.type if ent else None

    def _fit_types(self, roles: list[Role], frame: dict, pack: LangPack | None = None) -> list[Role]:
        """A person is never a place: "কোভিড-১৯ মহামারীর পর কিম প্রথম রাশিয়া সফর করেছেন" reads the
        first bare noun as subject and Kim as place. A person in a place role joins the participants
        of a meeting, or takes the subject role when only places or things hold it (they were
        misread: dropped), else is dropped itself."""
        # a river, sea or region does not act: "তিস্তা ... নিয়ে আলোচনা হয়" is about the Teesta
        subj0 = frame.get("subject")
        subj0 = subj0.get("default") if isinstance(subj0, dict) else subj0
        actors = (GROUP_ROLES | {subj0}) - PLACE_ROLES
        roles = [r for r in roles if not (r.name in actors and self._role_label(r) == "LOC"  # (known ones: the
                                          and not (r.entity_id or "new:").startswith("new:"))]  # tagger's LOC may be a name)
        if pack is not None and pack.trip_nouns is not None:
            # "চীন সফরে প্রধান উপদেষ্টা, শি চিনপিংয়ের সঙ্গে বৈঠক": a country written onto a trip noun is
            # where the trip went, not one who met
            trip = [r for r in roles if r.name in actors and r.end is not None and self._role_label(r) == "GPE"
                    and pack.trip_nouns.match(self.text, r.end + len(self.text[r.end:r.end + 3]) - len(self.text[r.end:r.end + 3].lstrip()))]
            if trip:
                roles = [r for r in roles if r not in trip]
                if "place" in frame.values() and not any(r.name == "place" for r in roles):
                    roles += [Role("place", r.text, r.start, r.end, r.entity_id) for r in trip[:1]]
        # only known people: a capitalised unknown name ("West Virginia") may be labelled PER wrongly
        wrong = [r for r in roles if r.name in PLACE_ROLES and self._role_label(r) == "PER"
                 and not (r.entity_id or "").startswith("new:")]
        if not wrong:
            return roles
        subj = frame.get("subject")
        subj = subj.get("PER", subj.get("default")) if isinstance(subj, dict) else subj
        out = [r for r in roles if r not in wrong]
        holders = [r for r in out if r.name == subj]
        if subj in GROUP_ROLES:  # a meeting's person is one more participant
            have = {r.entity_id for r in holders}
            out += [Role(subj, r.text, r.start, r.end, r.entity_id, r.event_id) for r in wrong if r.entity_id not in have]
        elif subj and all(self._role_label(r) != "PER" for r in holders):
            out = [r for r in out if r not in holders]  # a bare noun read as subject ("after X ...")
            out += [Role(subj, r.text, r.start, r.end, r.entity_id, r.event_id) for r in wrong]
        return out

    @staticmethod
    def _weak_may_add(slot: str, role: str, strong: set[str]) -> bool:
        """A second weak filler: "X और मेरी मुलाकात" (members), "visit A and B city" (places)."""
        if role in strong:
            return False
        # "नई दिल्ली और इस्लामाबाद का दौरा": coordinated genitives share the place role
        return role in GROUP_ROLES or (slot in ("object", "genitive") and role in PLACE_ROLES)

    def _label(self, a: Arg) -> str:
        if a.ref is not None:
            return a.ref.label if a.ref.label != "ANY" else "PER"
        return a.label

    def _words_for(self, eid: str) -> str:
        """The article's own words for entity ``eid`` (a group reference's member: "दोनों पक्षों ने" fills a
        role for India with "भारत", not with the KB's English name): its fullest name in the article, by a
        mention of its own kind (not a demonym nor a body of it: "भारतीय", "विदेश मंत्रालय")."""
        ent = self.doc.entities.get(eid)
        if ent is None:
            return eid
        named = [m.text for m in self.doc.mentions if m.entity_id == eid and m.label == ent.type]
        if named:
            return max(named, key=len)
        # (named in the article only as a demonym or a city: "ঢাকা-ইসলামাবাদ", then "দুই দেশ"; its name in the
        # article's language)
        own = ent.names.get(self.doc.lang or "") or []
        return own[0] if own else ent.name

    def _conjoined_before(self, f: Found, win, pack: LangPack) -> tuple[int, int]:
        """A trigger's own item span, widened over the conjuncts right before it: "1000 टेंट और [15 टन खाद्य
        सामग्री] भेजी" gives both (a few words after the last postposition, roles.yaml ``item_list_stops``)."""
        s, e = f.item_span
        if pack.item_list_stops is None or pack.conjunctions is None:
            return s, e
        lead = rx.match(r"(?:" + pack.conjunctions.pattern + r")\s+", self.text[s:e], flags=pack.conjunctions.flags)
        if lead is not None:
            s += lead.end()  # (the item pattern may open on the conjunction itself: "और 15 टन ...")
        while True:
            conj = rx.search(r"(?:" + pack.conjunctions.pattern + r")\s*$", self.text[max(win[0], s - 80) : s],
                             flags=pack.conjunctions.flags)
            if conj is None:
                return s, e
            at = max(win[0], s - 80) + conj.start()
            words = list(rx.finditer(r"[^\s,।|]+", self.text[max(win[0], at - 60) : at]))
            base = max(win[0], at - 60)
            keep = []
            for w in reversed(words):
                if pack.item_list_stops.fullmatch(w.group()) or len(keep) == 3:
                    break
                keep.insert(0, w)
            if not keep or any(base + keep[0].start() <= t.start < at for t in self.doc.times) or any(
                    base + keep[0].start() <= m.start < at and m.label not in ("NORP", "OBJECT") for m in self.doc.mentions):
                return s, e
            s = base + keep[0].start()

    def _inside_reason(self, a: Arg, same_role: list[Arg], pack: LangPack) -> bool:
        """Whether ``a`` stands inside a reason phrase ("over drone transfers to Russia", roles.yaml
        ``reason_openers``) opened after another argument that fills the same role (``same_role``),
        with words of its own before ``a``'s phrase."""
        if not same_role:
            return False
        lo = min(b.end for b in same_role)
        start = a.outer_start if a.outer_start is not None else a.start
        for m in pack.reason_openers.finditer(self.text, lo, a.start):
            # (a word quoted inside the phrase does not close it: 'criticised the government for "normalising"
            # ties with Beijing')
            if len(self.text[m.end() : start].split()) >= 1 and not _REASON_BREAK.search(self.text, m.end(), start):
                return True
            # (or a name of its own right after "over": "sanctions on Russia over Ukraine" hit Russia, over the war there)
            if (pack.order == "SVO" and m.group().lower() == "over" and not self.text[m.end() : a.start].strip()
                    and not _REASON_BREAK.search(self.text, lo, m.start())):
                return True
        return False

    def _reason_after_marked_phrase(self, lo: int, a: Arg, role: str, frame: dict, pack: LangPack) -> bool:
        """Whether ``a`` stands inside a reason phrase opened after a phrase no name fills, marked for ``role``
        ("sanctions on Iranian airlines over the supply of missiles to Russia": the airlines are hit, whoever
        owns them; Russia is in the reason)."""
        # (up to the name itself: its own marker may open the reason, "over Iran oil trade")
        start = a.start
        for m in pack.reason_openers.finditer(self.text, lo, start):
            # (right after the opener, the name is the reason's own only when it describes a noun after it: "over Iran
            # oil trade")
            if ((not self.text[m.end() : start].split() and not (pack.order == "SVO" and rx.match(r"\s+(?-i:[a-z])", self.text[a.end : a.end + 3])))
                    or _REASON_BREAK.search(self.text, m.end(), start)):
                continue
            head = self.text[lo : m.start()]
            if pack.order == "SVO" and frame.get("object") == role and regex.search(r"\w", head):
                return True  # (unmarked, the verb's object: "sanctioned Chinese companies over supplies to Russia")
            for w in regex.finditer(r"(?<=\s)\w", head):
                for mk in pack.markers:
                    if (mk.before is not None and frame.get(mk.slot, frame.get(SLOT_FALLBACK.get(mk.slot, ""))) == role
                            and mk.before.search(head, 0, w.start()) is not None):
                        return True
        return False

    def _dative_gap(self, s: int, e: int, pack: LangPack) -> bool:
        """Whether the words from ``s`` to the verb at ``e`` leave the phrase before them its object:
        none, or adjuncts only (a time, a place "from"/"in": "कैदियों को सोमवार तड़के ओफर जेल से रिहा किया")."""
        gap = self.text[s:e]
        if not gap.strip():
            return True
        if pack.dative_gap is None:
            return False
        # a time expression is an adjunct, whatever its words
        chars = list(gap)
        for t in self.doc.times:
            for i in range(max(t.start, s), min(t.end, e)):
                chars[i - s] = " "
        return pack.dative_gap.fullmatch("".join(chars)) is not None

    def _dative_item_words(self, words: list[regex.Match], pack: LangPack, offset: int = 0) -> int:
        """How many of the words before a dative marker name whom it was done to: a few, not the clause
        of participles before them ("एक आतंकी मॉड्यूल का भंडाफोड़ करते हुए चार संदिग्धों को", "ঢুকে এক
        কৃষককে"); they stop at a postposition, a word in the locative (or a participle) or an auxiliary."""
        loc = [x for x, c in cues_for(pack.lang).case_class.items() if c == "LOC"]
        k = 1
        while k < min(DATIVE_ITEM_WORDS, len(words)):
            w = words[-k - 1].group()
            if ((any(mk.after is not None and mk.after.fullmatch(" " + w) for mk in pack.markers)
                 # (not the postposition of "more than": "50 से अधिक छात्रों को", roles.yaml ``more_than``)
                 and not (pack.more_than is not None and pack.more_than.match(self.text, offset + words[-k - 1].start())))
                    # (a demonym is no locative nor auxiliary, whatever its ending: "৯০ জন ভারতীয় জেলেকে")
                    or ((any(w.endswith(x) for x in loc) or (pack.auxiliaries is not None and pack.auxiliaries.fullmatch(w)))
                        and not any(m.label == "NORP" and m.start <= offset + words[-k - 1].start() < m.end
                                    for m in self.doc.mentions))):
                break
            k += 1
        return k

    def _place_right_before(self, f: Found, args: list[Arg]) -> bool:
        """A place named right before the trigger (triggers.yaml ``after_place``, or ``needs: place_before``): bare
        ("বৈরুত যাবেন") or with its case ending attached ("ঢাকায় আসার কথা")."""
        return any(a.label in ("GPE", "LOC") and a.ref is None and a.end <= f.start
                   and (not self.text[a.end : f.start].strip()
                        or (a.outer_end is not None and a.outer_end > a.end
                            and not self.text[a.end : a.outer_end][:1].isspace()
                            and " " not in self.text[a.end : a.outer_end].strip()
                            and not self.text[a.outer_end : f.start].strip()))
                   for a in args)

    def _after_last_adjunct(self, s: int, e: int, pack: LangPack) -> int:
        """Where the words right before a verb-final trigger begin: after the last partner's postposition (a
        comitative marker: সঙ্গে, के साथ), trip noun (roles.yaml ``trip_nouns``: সফরে) or "after X" (``time_bounds.after_phrase``) in ``[s, e)`` that still
        has words after it; else ``s`` (other postpositions may sit inside the item: "স্পেসস্যুট থেকে তৈরি গ্লাভস")."""
        # (not the "से" of a topic marker: "रक्षा सहयोग से जुड़े चार समझौतों पर", four deals on defence)
        topics = ([t.span() for t in pack.item_topic_markers.finditer(self.text, s, e)]
                  if pack.item_topic_markers is not None else [])
        ends = [m.end() for mk in pack.markers if mk.after is not None and mk.slot == "comitative"
                for m in mk.after.finditer(self.text, s, e) if m.group().strip()
                and not any(a <= m.start() + len(m.group()) - len(m.group().lstrip()) < b for a, b in topics)
                # (nor one a participle follows: "चंदन की लकड़ी से बनी प्रतिमा", a statue made of sandalwood)
                and not (pack.item_participles is not None and pack.item_participles.match(self.text, m.end()))]
        if pack.trip_nouns is not None:
            ends += [m.end() for m in pack.trip_nouns.finditer(self.text, s, e)]
        if pack.time_bounds_after_phrase is not None:
            # "বৈঠকের পর এসব সই হয়", "बैठक के बाद समझौते पर हस्ताक्षर हुए": what comes after "after X" is no part of X
            ends += [m.end() for m in pack.time_bounds_after_phrase.finditer(self.text, s, e)]
        ends = [x for x in ends if self.text[x:e].strip() and (x == len(self.text) or not self.text[x].isalnum())]
        return max(ends) if ends else s

    def _free_items(self, etype: EventType, f: Found, win, filled, pack: LangPack, where=()) -> list[tuple[int, int]]:
        # a bare pronoun ("তার উপহারটি": his gift) says whose, not what
        return [it for it in self._raw_items(etype, f, win, filled, pack, where)
                if not any(rf.pattern.fullmatch(self.text, it[0], it[1]) for rf in pack.refs)]

    def _toll(self, pattern: regex.Pattern, etype: EventType, f: Found, sent, clause_end: int, i: int, pack: LangPack):
        """The first count of the dead or wounded (``pattern``) in the sentence that is this deed's."""
        m = next((m for m in pattern.finditer(self.text, sent[0], sent[1]) if m.group().strip()), None)
        other = pack.condemned_deeds.get("ATTACK")
        if (m is not None and other is not None and m.start() > f.end
                and other.search(self.text, f.end, m.start()) is not None and clause_end <= m.start()):
            return None  # "strikes ... in retaliation for an attack on tourists that killed 26 people": the other attack's dead
        if (m is not None and m.start() > f.end and clause_end <= m.start()
                and any(h.trigger.type == etype.name and f.end <= h.start <= m.start() and h.start != f.start
                        for h in self.trigger_hits.get(i, []))):
            return None  # "struck nine sites ..., two weeks after militants killed 26 people": the later clause's own killing
        if (m is not None and m.end() <= f.start
                and any(h.start != f.start and m.end() <= h.start < f.start and h.trigger.type in self.onto
                        and "killed" in self.onto[h.trigger.type].roles for h in self.trigger_hits.get(i, []))):
            return None  # "Dozens were killed in the clashes, which began after Pakistan carried out airstrikes": the clashes' dead
        return m

    def _after_dative_word(self, s: int, e: int, pack: LangPack) -> int:
        """Past a first word wearing the dative suffix (bn "-কে") with more words after it, the one given to."""
        suffix = _dative_suffix(pack)
        first = rx.match(r"\s*(\S+)\s+\S", self.text[s:e])
        if (suffix is not None and first is not None and _at_end(suffix).search(first.group(1))
                and not any(mk.after is not None and mk.after.fullmatch(" " + first.group(1)) for mk in pack.markers)):
            return s + first.end(1)
        return s

    def _raw_items(self, etype: EventType, f: Found, win, filled, pack: LangPack, where=()) -> list[tuple[int, int]]:
        """The item's words. ``where``: names in the locative before the trigger (verb-final languages),
        which end a phrase the item is not part of ("হোয়াইট হাউসে শান্তিচুক্তিতে সই": at the White House)."""
        if not etype.item:
            return []
        times = self.doc.times
        if f.item_span:
            s0, e0 = self._conjoined_before(f, win, pack)
            if pack.order == "SOV":
                # "উপহার হিসেবে কিম পুতিনকে দুটি কুকুর দিয়েছেন": names and the one given to (a dative
                # suffix) at the item's start are no part of what is given
                suffix = _dative_suffix(pack)
                words = list(rx.finditer(r"\S+", self.text[s0:e0]))
                for w in words[:4][::-1]:
                    if suffix is not None and _at_end(suffix).search(w.group()) and w.end() < len(self.text[s0:e0]):
                        s0 = s0 + w.end()
                        break
            return _items(self.text, (s0, e0), pack, times)
        if pack.order == "SOV":
            ends = [a.outer_end for a, _ in filled if a.outer_end <= f.start] + [a.outer_end for a in where if a.outer_end <= f.start]
            s = max([win[0]] + ends)
            if pack.verb_coordinator is not None:
                # (nor from a clause before: "খোঁজ নেন এবং | সব ধরনের সহায়তার আশ্বাস দেন", roles.yaml ``verb_coordinator``)
                s = max([s] + [m.end() for m in pack.verb_coordinator.finditer(self.text, s, f.start)])
            # (a clitic "also" on the name first: "এশীয় উন্নয়ন ব্যাংকও (এডিবি) ৫০ কোটি ডলার ঋণ দেবে")
            paren = regex.compile(r"(?:ও|ই)?\s*\([^()]{1,40}\)").match(self.text, s, f.start)
            if paren is not None:
                s = paren.end()  # "বর্ডার গার্ড বাংলাদেশ (বিজিবি) তাঁদের আটক করেছে": the name's acronym is no item
            e = f.start
            marked_dative = False
            if etype.frame(f.trigger.frame).get("dative") == etype.item:
                marked_dative = True
                # "हमास ने 20 बंधकों को रिहा किया": the item is the phrase marked as the dative (whom
                # it is done to), its marker left out
                marked = False
                for marker in (mk.after for mk in pack.markers if mk.slot == "dative" and mk.after is not None
                               and mk.suffix is None):
                    m = None
                    for m in marker.finditer(self.text, s, e):
                        pass
                    if m is not None and self._dative_gap(m.end(), e, pack):
                        e, marked = m.start(), True
                        break
                # (or written as a suffix: "এক কৃষককে ধরে নিয়ে যায়")
                suffix = _dative_suffix(pack)
                words = list(rx.finditer(r"\S+", self.text[s:e]))

                def suffixed(w: str) -> bool:
                    # (a postposition that ends like the suffix is none: "থেকে" is from, not "-কে")
                    return (suffix is not None and suffix.search(w) is not None
                            and not any(mk.after is not None and mk.after.fullmatch(" " + w) for mk in pack.markers))

                if not marked and words and not suffixed(words[-1].group()):
                    # an adjunct after the suffixed phrase: "বন্দিকে কারাগার থেকে মুক্তি দেয়"
                    for k in range(len(words) - 2, max(-1, len(words) - 6), -1):
                        if suffixed(words[k].group()) and self._dative_gap(s + words[k].end(), e, pack):
                            e = s + words[k].end()
                            words = words[: k + 1]
                            break
                if words and (marked or suffixed(words[-1].group())):
                    s = s + words[-self._dative_item_words(words, pack, s)].start()
            if not marked_dative:
                # "আর্জেন্টিনা ও ব্রাজিল সফরে দেশগুলোর সঙ্গে বিশাল অঙ্কের চুক্তিতে সই করেছেন": what is signed is the
                # phrase right before the verb, after the partners ("সঙ্গে") or the trip ("সফরে") told before it
                s = self._after_last_adjunct(s, e, pack)
                # (nor is the one given to, unnamed, written first: "জাতিকে একটি ... নির্বাচন উপহার দিতে চান")
                s = self._after_dative_word(s, e, pack)
            found = _items(self.text, (s, e), pack, times)
            if not found and filled and etype.frame(f.trigger.frame).get("upon") == etype.item:
                # "प्रदर्शनकारियों पर पुलिस ने लाठीचार्ज किया": whom it struck written first, before the doer,
                # with the marker of what a blow falls on
                first = min(a.outer_start if a.outer_start is not None else a.start for a, _ in filled)
                upon = [m for mk in pack.markers if mk.slot == "upon" and mk.after is not None
                        for m in mk.after.finditer(self.text, win[0], first) if not self.text[m.end() : first].strip()]
                if first > win[0] and upon:
                    found = _items(self.text, (win[0], upon[0].start()), pack, times)
            if not found:
                # a headline puts what was given after the verb: "मोदी ने दिया असम की चाय और कश्मीरी केसर"
                sent = next((x for x in self.doc.sentences if x.start <= f.start < x.end), None)
                if sent is not None and _is_headline(self.text[sent.start : sent.end]):
                    comma = rx.search(r"[,;:।|]", self.text[f.end : sent.end])
                    stop = f.end + comma.start() if comma else sent.end
                    if stop > f.end and not any(f.end <= m.start < stop and m.label not in ("NORP", "OBJECT")
                                                for m in self.doc.mentions):
                        found = _items(self.text, (f.end, stop), pack, times)
            return found
        if f.trigger.frame == "present_with":
            # "presented his counterpart Shigeru Ishiba with a pair of silver elephants and a shawl":
            # what is given follows "with", up to the clause's end or the next comma
            w = rx.search(r"\bwith\s+", self.text[f.end : win[1]])
            if w is None:
                return []
            lo = f.end + w.end()
            # (a list runs on past its commas: "with a pair of silver elephants, a shawl and a book")
            stop = rx.search(r",(?!\s+(?:a|an|the|two|three|\d+|some|several)\s)|[;.]|\s(?:while|as|during|on\s+(?:\w+day|his|her|their))\b",
                             self.text[lo : win[1]])
            return _items(self.text, (lo, lo + stop.start() if stop else win[1]), pack, times)
        # SVO: first free stretch after the trigger, skipping filled arguments and their markers
        # (a people counted as those it is done to are the item, not an argument ending it: "released six
        # detained Americans"; the country itself never fills a person's role)
        frame = etype.frame(f.trigger.frame)

        def role_of(a: Arg, slot: str):  # (as the roles were filled: the slot's fallback, the argument's label)
            r = frame.get(slot, frame.get(SLOT_FALLBACK.get(slot, "")))
            return r.get(self._label(a), r.get("default")) if isinstance(r, dict) else r

        spans = sorted((a.outer_start, a.outer_end) for a, slot in filled if a.start >= f.end and not (
            a.by.endswith(PEOPLE_OF_A_COUNTRY) and role_of(a, slot) in etype.person_roles))
        filled_set = {id(a) for a, _ in filled}
        # (a demonym modifies the item, "a Russian rifle"; so does a maker's name after an article with the
        # noun after it, "a Boeing 747 jet")
        # (nor does the owner of the item, a possessive before its noun: "concern over India's military action")
        gen = _genitive_after(pack) if etype.item_owner else None
        stops = [m.start for m in self.doc.mentions if f.end <= m.start < win[1] and m.label not in ("NORP", "OBJECT") and not any(
            s <= m.start < e for s, e in spans) and not (m.label == "ORG" and pack.maker_article is not None
                                                         and pack.maker_article.search(self.text, max(0, m.start - 6), m.start)
                                                         and rx.match(r"\s+[\w-]", self.text[m.end : m.end + 3]))
            and not (gen is not None and (g := gen.match(self.text, m.end, win[1])) is not None
                     and _LOWER_WORD.match(self.text, g.end(), win[1]))
            # (nor a name the item is of: "a Russian translation of the Bhagavad Gita", "a portrait of Gandhi")
            and not (m.label in ("ORG", "PER", "OBJECT") and rx.search(r"\w\s+of\s+(?:the\s+)?$", self.text[max(f.end, m.start - 40) : m.start])
                     and not any(s_ <= m.start < e_ for s_, e_ in spans))
            and not (m.label in ("GPE", "LOC") and _place_made_item(self.text, m.end, win[1], pack)
                     and (rx.search(r"(?:,|\band)\s+$", self.text[max(f.end, m.start - 6) : m.start])
                          or any(0 <= m.start - e <= 1 for _, e in spans)))]
        win = (win[0], min([win[1]] + stops))
        spans = [(s, e) for s, e in spans if s < win[1]]
        cur = f.end
        for s, e in spans + [(win[1], win[1])]:
            seg = _trim(self.text, cur, s, pack)
            if seg[1] > seg[0] and s < win[1] and (self._only_office_words(seg[0], seg[1], pack) or (
                    # (or kin before the name: "gave his wife Yuko Kishida a shawl")
                    pack.kin_nouns is not None and regex.fullmatch(
                        rf"(?:[\p{{L}}'’]+\s+)?(?:{pack.kin_nouns.pattern})", self.text[seg[0] : seg[1]], pack.kin_nouns.flags))):
                # "gave Japanese Prime Minister Shigeru Ishiba a silver elephant": the words before the
                # recipient's name are his office, not what was given
                cur = max(cur, e)
                continue
            if seg[1] > seg[0]:
                first = rx.match(r"[\w'-]+", self.text[seg[0] : seg[1]])
                if first and pack.auxiliaries is not None and pack.auxiliaries.fullmatch(first.group()):
                    return []  # "helping Russia was a fraternal duty": the main clause's verb follows, no item
                marked = self._item_marker_end(etype, f, (cur, seg[1]), pack)
                return _items(self.text, (marked if marked is not None else cur, s), pack, times)
            cur = max(cur, e)
        return []

    def _item_marker_end(self, etype: EventType, f: Found, seg: tuple[int, int], pack: LangPack) -> int | None:
        """Where the item starts after the locative marker opening ``seg``, when the trigger's frame reads an
        unnamed locative as the item (ontology: ``locative: {..., default: <item role>}``): "fired tear gas at
        protesters" struck protesters (the marker would otherwise read as a place after an item that is not there)."""
        loc = etype.frame(f.trigger.frame).get("locative")
        if not (loc == etype.item or (isinstance(loc, dict) and loc.get("default") == etype.item)):
            return None
        lead = seg[0] + len(self.text[seg[0] : seg[1]]) - len(self.text[seg[0] : seg[1]].lstrip())
        # (a marker's pattern ends where its argument starts: tried up to each of the next words, "at the crowd")
        for w in list(rx.finditer(r"(?<=\s)\S", self.text[lead : seg[1]]))[:2]:
            if any(mk.slot == "locative" and mk.before is not None and mk.before.fullmatch(self.text, lead, lead + w.start())
                   for mk in pack.markers):
                return lead + w.start()
        return None

    def _announcer_after(self, i: int, sentence_events: list, pack: LangPack) -> None:
        """"ইউক্রেনকে সমর্থন অব্যাহত রাখার ঘোষণা দিয়েছে জার্মানি": in a verb-final language the name
        ending the sentence after a verb of announcing or deciding (no event of its own) is who does the
        planned deed before it, when that deed names no subject (not after a quotative: "... বলে
        জানিয়েছে X" reports, it does not act)."""
        if pack.order != "SOV" or not sentence_events:
            return
        ev, _ = sentence_events[-1]
        role = _subject_role(self.onto[ev.type].frame(None)) if ev.type in self.onto else None
        if not role or ev.modality != "planned" or any(r.name == role and r.entity_id for r in ev.roles):
            return
        sent = self.doc.sentences[i]
        last = [a for a in self.sents_args.get(i, []) if a.start >= ev.trigger.end and a.slot == "" and a.entity_ids
                and a.ref is None and a.label in ("PER", "GPE", "ORG")]
        if len(last) != 1 or self.text[last[0].outer_end or last[0].end : sent.end].strip(" ।.!?\"”'\n"):
            return
        between = self.text[ev.trigger.end : last[0].start]
        quotative = _cue_pattern(pack, "quotatives")
        if (len(between.split()) > 4 or any(c in between for c in ",;:") or pack.announce_verbs is None
                or not pack.announce_verbs.search(between)
                or (quotative is not None and quotative.search(between))):
            return
        a = last[0]
        ev.roles = [Role(role, a.text, a.start, a.end, a.entity_ids[0])] + ev.roles
        ev.by += "; announcer-after-verb"

    def _threat_targets(self, sentence_events: list) -> None:
        """"ইরান ইসরায়েলের বিরুদ্ধে পাল্টা হামলা চালানোর হুমকি দিয়েছে", "threatened to strike Israel": a
        warning with no target of its own threatens the one its planned deed, told just before it by
        the same actor (SOV) or right after it (SVO, a few letters on: "to"), would strike."""
        for k, (ev, _) in enumerate(sentence_events):
            if ev.type != "WARN" or any(r.name == "target" and r.entity_id for r in ev.roles):
                continue
            source = {r.entity_id for r in ev.roles if r.name == "source" and r.entity_id}
            # (or the deed named right after it, a word or two describing it between: "threatened new sanctions on Moscow")
            after = [e for e, _ in sentence_events[k + 1 :] if 0 <= e.trigger.start - ev.trigger.end <= 20
                     and rx.fullmatch(r"\s*(?:\p{L}+\s+){0,2}", self.text[ev.trigger.end : e.trigger.start])]
            for prev in [*after, *(e for e, _ in reversed(sentence_events[:k]))]:
                if prev.modality != "planned" or (prev.trigger.end > ev.trigger.start and prev not in after):
                    continue
                doers = {r.entity_id for r in prev.roles if r.name in ("attacker", "source") and r.entity_id}
                targets = [r for r in prev.roles if r.name == "target" and r.entity_id]
                if targets and (not doers or doers & source):
                    ev.roles += [Role("target", r.text, r.start, r.end, r.entity_id) for r in targets]
                    ev.by += f"; target-of-threatened:{prev.id}"
                    break

    def _told_again(self, i: int, etype: EventType, f: Found, roles: list[Role], win, sent, pack: LangPack) -> bool:
        """"The meeting took place on Tuesday at ...", "এ বৈঠক হয় মঙ্গলবার", "The attack targeted energy
        facilities in Kharkiv, Odesa and Dnipro": an event noun after an anaphoric word (roles.yaml
        ``event_anaphors``) with no actor of its own is the last event of its type in the sentences
        before; its time and places fill what that event lacks. Whether there was such an event."""
        if pack.event_anaphors is None:
            return False
        near = list(pack.event_anaphors.finditer(self.text, max(sent[0], f.start - 20), f.start))
        gap = self.text[near[-1].end() : f.start].strip() if near else ""
        deed = pack.condemned_deeds.get(etype.name)
        if not near or (gap and not (pack.order == "SVO" and deed is not None and deed.fullmatch(gap))):
            # (or the deed named as the subject: "The attack targeted energy facilities in Kharkiv")
            return False
        ev = next((e for e in reversed(self.out.events) if e.type in (etype.name, f"PLAN_{etype.name}")
                   and e.sentence is not None and i - 3 <= e.sentence < i), None)
        if ev is None:
            return False
        t, _ = self._time(win, sent, f, pack)
        if ev.time is None and t is not None:
            ev.time, ev.time_span = _planned_weekday(t, ev.modality), Span(t.start, t.end)
            ev.by += f"; time-from-anaphor:{f.start}"
        if ev.place is None:
            places = [r for r in roles if r.name == "place" and r.entity_id]
            if places:
                ev.place = places[0].entity_id
                ev.roles += places
        return True

    def _only_office_words(self, lo: int, hi: int, pack: LangPack) -> bool:
        """Only demonyms and title words between ``lo`` and ``hi`` ("North Korean leader")."""
        words = self.text[lo:hi].split()
        if not words or len(words) > 5:
            return False
        cues = cues_for(pack.lang)
        names = [(m.start, m.end) for m in self.doc.mentions if lo <= m.start and m.end <= hi and m.label == "NORP"]
        rest = self.text[lo:hi]
        for a, b in sorted(names, reverse=True):
            rest = rest[: a - lo] + " " * (b - a) + rest[b - lo :]
        left = [surface_form(w) for w in rest.split()]
        return bool(left) and any(cues.title_at(left, k) for k in range(len(left))) and all(
            cues.title_at([w], 0) or any(w in t for t in cues.titles) for w in left)

    def _time_bound(self, t, pack: LangPack | None) -> bool:
        """"since 2021", "2021 के बाद", "২০২১ সালের পর": the time bounds a span, the event is not at it."""
        if pack is None:
            return False
        before, after = _time_bound_patterns(pack)
        # (60 characters: "since the Taliban took power in 2021")
        if before is not None and before.search(self.text[max(0, t.start - 60) : t.start]):
            return True
        before_thing = (pack.year_attributive_before is not None
                        and pack.year_attributive_before.search(self.text, max(0, t.start - 12), t.start) is not None)
        if (t.precision == "year" and (
                (pack.year_attributive_after is not None and pack.year_attributive_after.match(self.text, t.end))
                or before_thing)) or (t.precision == "month" and (before_thing or (
                    pack.month_attributive_after is not None and pack.month_attributive_after.match(self.text, t.end)))) or (
                t.precision == "day" and before_thing and pack.day_attributive_after is not None
                and pack.day_attributive_after.match(self.text, t.end)):
            # "1960 की सिंधु जल संधि", "the 2015 nuclear deal", "the November ceasefire", "জুলাই গণ-অভ্যুত্থান", "the
            # October 7 attack": the year, month or day of a thing, not of the event
            return True
        return after is not None and after.match(self.text[t.end : t.end + 80]) is not None

    def _in_dateline(self, t) -> bool:
        """``t`` is the date of the article's dateline ("ঢাকা, ১০ জুলাই:"): the day the report was filed."""
        if not hasattr(self, "_dateline"):
            from ..text.segment import dateline_span

            self._dateline = dateline_span(self.text) or (0, 0)
        return self._dateline[0] <= t.start < self._dateline[1]

    def _time(self, win, sent, trig: Found, pack: LangPack | None = None):
        best, dur = None, None
        weak = []
        for t in self.doc.times:
            if not (sent[0] <= t.start and t.end <= sent[1]):
                continue
            if self._in_dateline(t):
                continue  # "ঢাকা, ১০ জুলাই: ...": the day the report was filed dates no deed of its first sentence
            if trig.skip is not None and trig.skip[0] <= t.start < trig.skip[1]:
                continue  # in a relative clause of the subject: the time of its own verb
            if t.precision == "century":
                continue  # "20वीं सदी की शुरुआत की एक किताब भेंट की": a century dates a thing, not a reported deed
            if t.kind == "DURATION":
                # (not a gap bounded by "after"/"since": "तीन साल बाद पहली बार", "since 2021")
                gap = pack is not None and pack.time_bounds_gap_after is not None and pack.time_bounds_gap_after.match(
                    self.text, t.end + len(self.text[t.end : t.end + 3]) - len(self.text[t.end : t.end + 3].lstrip()))
                if (win[0] <= t.start < max(win[1], trig.end) and dur is None and not self._time_bound(t, pack)
                        and not gap  # "three days after Trump hosted Putin": a gap
                        and "num_unit_after" not in (t.by or "")):  # "तीन साल बाद" is a gap, not how long
                    dur = t
                continue
            if win[0] <= t.start < max(win[1], trig.end) and not self._time_bound(t, pack):
                if t.end <= trig.start and self._time_of_saying(t, trig, pack):
                    continue
                if self._time_of_a_phrase(t, pack):
                    weak.append(t)
                elif best is None or abs(t.start - trig.start) < abs(best.start - trig.start):
                    best = t
        if best is None and weak:  # ("पिछले साल ... के दौरान" only when nothing else dates it)
            best = min(weak, key=lambda t: abs(t.start - trig.start))
        return best, dur

    def _time_of_saying(self, t, trig: Found, pack: LangPack | None) -> bool:
        """The time right after a speech verb, its clause closed by a comma before the trigger, dates the saying: "Putin
        will visit India, the Kremlin said on Monday, his first trip to the country since ..." (not the trip)."""
        if pack is None or pack.order != "SVO" or "," not in self.text[t.end : trig.start]:
            return False
        verbs = _cue_pattern_raw(pack, "speech_verbs", tail=r"\s+(?:\w+\s+)?$")
        return verbs is not None and verbs.search(self.text, max(0, t.start - 40), t.start) is not None

    def _opens_with_time(self, start: int, pos: int, pack: LangPack) -> bool:
        """Reported words from ``start`` open with the time at ``pos``, maybe after its preposition (roles.yaml
        ``time_prepositions``): "said | on Wednesday he would meet Kim" (the time of the saying)."""
        if pack.order != "SVO":
            return False  # (after "कि"/"যে" the time is the words' own: "बताया कि अगले महीने वे ... जाएंगे")
        lead = self.text[start:pos].split()
        return not lead or (len(lead) == 1 and pack.time_prepositions is not None
                            and pack.time_prepositions.fullmatch(lead[0]) is not None)

    def _time_of_a_phrase(self, t, pack: LangPack | None) -> bool:
        """"पिछले साल छात्र आंदोलन के दौरान", "গত বছরের আন্দোলনের সময়": a time a few words before "during"
        (roles.yaml ``time_bounds.during_phrase``) dates that noun; "सोमवार को" elsewhere dates the event."""
        if pack is None or pack.time_bounds_during_phrase is None:
            return False
        pat = _per_lang(pack, "during_phrase", lambda p: regex.compile(
            rf"[\p{{L}}\p{{M}}]*(?:\s+[^\s,;:।.!?\"“”]+){{1,5}}?\s+(?:{p.time_bounds_during_phrase.pattern})(?!\w)",
            p.time_bounds_during_phrase.flags))  # (a case ending may follow the time: "গত বছরের")
        m = pat.match(self.text, t.end, min(len(self.text), t.end + 80))
        # (not across another time: "সোমবার গত বছরের আন্দোলনের সময়" - last year's is the movement's)
        return m is not None and not any(t.end <= o.start < m.end() for o in self.doc.times)

    def _attack_told_before(self, etype: EventType, roles: list[Role]) -> bool:
        """The article told an event of this type by the same actor before ("রাতভর রাশিয়ার ড্রোন
        হামলায় ১২ জন নিহত ... রাশিয়া ৪৫০টি ড্রোন ছুড়েছে"): a launch then is that attack told again, not
        a show of force."""
        actor = _subject_role(etype.frame(None))
        ids = {r.entity_id for r in roles if r.name == actor and r.entity_id}
        return bool(ids) and any(e.type == etype.name and any(r.name == actor and r.entity_id in ids for r in e.roles)
                                 for e in self.out.events)

    def _verbal_attack(self, roles: list[Role], vb: dict, sent, pack: LangPack) -> bool:
        """An attack whose attackers are all people and whose targets are all people or bodies
        (ontology ``verbal``), in a sentence that tells no one killed or hurt: words, not force."""
        from ..entities.cues import cues_for

        gov = cues_for(pack.lang).government_words

        def government(r: Role) -> bool:
            words = r.text.split()
            return bool(words) and any(surface_form(x) in gov for x in [words[-1]] + cues_for(pack.lang).strip_suffix(words[-1], True))

        def labels(role):
            # (a government named by the word, "তৃণমূল সরকারকে আক্রমণ করে", "attacked the government", is a body
            # criticised, whatever country it resolves to, or none)
            return ["ORG" if role == vb["target"] and government(r)
                    else self.doc.entities[r.entity_id].type if r.entity_id in self.doc.entities else None
                    for r in roles if r.name == role and (r.entity_id or (role == vb["target"] and government(r)))]
        actors, targets = labels(vb["actor"]), labels(vb["target"])
        if not actors or not targets or any(r.name in ("killed", "injured") for r in roles):
            return False
        if not all(a in vb["actor_labels"] for a in actors) or not all(t in vb["target_labels"] for t in targets):
            return False
        if any(self.doc.entities[r.entity_id].attrs.get("armed") for r in roles
               if r.name == vb["target"] and r.entity_id in self.doc.entities):
            return False  # "Netanyahu ordered an attack on Hamas": an armed group is struck, not criticised
        return pack.harm_words is None or pack.harm_words.search(self.text, sent[0], sent[1]) is None

    def _build(self, i, etype: EventType, f: Found, roles: list[Role], items, win, sent, pack: LangPack) -> list[Event]:
        if "recipient" in etype.roles:
            # what is sent to a city goes to its country ("১৫ টন ত্রাণসামগ্রী নিয়ে একটি বিমান ইয়াঙ্গুনে পাঠিয়েছে": Myanmar
            # receives it); the city is where it went
            # (not a city of the sender's own country: "relief sent to Sylhet" by Bangladesh stays Sylhet)
            senders = {r.entity_id for r in roles if r.name == "supplier" and r.entity_id}
            for r in roles:
                if r.name == "recipient" and (r.entity_id or "").startswith("city:"):
                    land = self.resolver.country_of_city(r.entity_id)
                    if land and land.startswith("gpe:") and land != r.entity_id and land not in senders:
                        from ..entities.kb import default_kb
                        if land in self.doc.entities or land in default_kb().entities:
                            r.entity_id = adopt_kb_entity(self.doc, land)
        firsts = [a for a in self.sents_args.get(i, []) if a.ref is not None and a.ref.kind in ("first_singular", "first_plural")
                  and a.start < f.start] if f.trigger.frame == "must_pay" else []
        if firsts and (not any(r.name == "target" for r in roles)
                       or any(a.slot in ("dative", "") and win[0] <= a.start for a in firsts)):
            # "मुझे पता है कि इसकी व्यक्तिगत रूप से बड़ी कीमत चुकानी पड़ेगी": the one saying he will pay the price himself
            # (the sentence's "I", no one else named to pay it) warns no one
            return []
        if f.trigger.frame == "must_pay" and not any(r.name == "source" for r in roles):
            # ("ईरान को इसकी कीमत चुकानी होगी": whoever says so warns)
            said_by = self.sources_at(i, f.start)
            speaker = self._speaker_role_at(f.start, said_by[-1]) if said_by else None
            roles = roles + [speaker] if speaker is not None else roles
        if etype.name in ("WARN", "ACCUSE", "APPEAL"):
            # "नेतन्याहू ने कहा कि ईरान ने गलती की है और उसे इसकी कीमत चुकानी होगी": no one warns, accuses or asks
            # himself; a pronoun read as the one who does it is someone else, unknown here
            doers = {r.entity_id for r in roles if r.name == "source" and r.entity_id}
            named = {m.start for m in self.doc.mentions if m.entity_id}
            roles = [r for r in roles if not (r.name == "target" and r.entity_id in doers and r.start is not None
                                              and r.start not in named)]
        if (not any(r.entity_id for r in roles) and etype.name != "DENY"  # a denial matters even by "both sides"
                and not (etype.item_owner and items and self._owner_right_before_item_noun(items[0], pack))):
            self._told_again(i, etype, f, roles, win, sent, pack)
            return []  # "gifts were exchanged": nothing checkable about who
        if (not any(r.entity_id and r.name not in PLACE_ROLES for r in roles) and etype.name != "DENY"
                and self._told_again(i, etype, f, roles, win, sent, pack)):
            return []  # "The attack targeted ... in Kharkiv": where the attack told before struck
        # (a zero-width break, before "if", parts arguments but not modality: "will attack Ukraine if NATO
        # expands" is a conditional, hedged)
        clause_end = min([sent[1]] + [s for s, e in _breaks(self.text, f.end, sent[1], pack) if e > s])
        names = [(m.start, m.end) for m in self.doc.mentions if sent[0] <= m.start < sent[1]]
        # (a warning's or an appeal's own words follow it: "threatened to impose tariffs if Beijing did not
        # lift controls" was a threat made; the condition is on the tariffs)
        clause_hi = f.end if etype.name in CONTENT_AFTER_TYPES and pack.order == "SVO" else max(win[1], clause_end)
        modality, mod_by = modality_of(self.text, (f.start, f.end), (win[0], clause_hi), sent, pack, names)
        if (modality == "planned" and pack.conditional_before is not None
                and pack.conditional_before.search(self.text, sent[0], f.start) is not None):
            # "পাকিস্তান হামলা করলে ভারত জবাব দেবে", "अगर ... तो भारत जवाब देगा": to be done only if
            modality, mod_by = "hedged", mod_by + "; conditional"
        if f.trigger.modality and modality != "denied":
            # (a negation still denies it: "ভারত সফরে যাচ্ছেন না", not going on the trip)
            modality, mod_by = f.trigger.modality, f.trigger.origin
        sources = self.sources_at(i, f.start)
        if modality == "asserted" and (sources or self._in_quote(i, f.start)):
            modality = "reported"  # (also when no one is named: "..., officials said")
        t, dur = self._time(win, sent, f, pack)
        if (t is not None and modality == "planned" and self._in_quote(i, f.start)
                and not any(s <= t.start < e and s <= f.start < e and not self._opens_with_time(s, t.start, pack)
                            for s, e, _ in self.sent_quotes.get(i) or ())):
            # "Lee said on Wednesday he would meet Kim", "मोदी ने बुधवार को कहा कि वह ... मिलेंगे": the day it was said
            # (before the words, or opening them right after the verb), not the day of the meeting to come
            t = None
        place = next((r.entity_id for r in roles if r.name == "place" and r.entity_id), None)
        if dur is not None and "duration" in etype.roles:
            roles = roles + [Role("duration", dur.text, dur.start, dur.end)]
        type_name = etype.name
        if type_name == "VISIT" and modality == "planned":
            type_name = "PLAN_VISIT"
        elif type_name == "PLAN_VISIT" and modality == "denied":
            type_name = "VISIT"  # a trip not to be made is a visit denied, as "will not visit" is
        elif type_name == "PLAN_VISIT" and modality in ("asserted", "reported"):
            modality = "planned"  # "ঢাকায় আসছেন" (is coming): a trip to come, whoever tells it (sources keep who)
        protesters = [r for r in roles if r.name == "protester"]
        if (type_name == "PROTEST" and protesters and all((r.entity_id or "").startswith("gpe:") for r in protesters)
                and any(r.name == "target" and r.entity_id for r in roles)):  # (a summit boycotted stays a protest)
            # "China strongly protested against the U.S. arms sale": a country's protest is a diplomatic
            # complaint (CAMEO 11), not people in the street
            type_name = "ACCUSE"
            roles = [Role("source", r.text, r.start, r.end, r.entity_id, r.event_id) if r.name == "protester" else r
                     for r in roles if r.name != "place"]
        by = f.trigger.origin + (f"; modality:{mod_by}" if mod_by else "")
        if f.trigger.frame in etype.distinct_frames:
            by += f"; {DISTINCT_FRAME}{f.trigger.frame}"  # (coref.same_fact keeps it apart)
        if "injured" in etype.roles and pack.injuries is not None:
            # the wounded, as the sentence counts them ("injuring at least 15 people", "২০ জন আহত", "10 लोग घायल")
            m = self._toll(pack.injuries, etype, f, sent, clause_end, i, pack)
            if m is not None:
                roles = roles + [Role("injured", m.group().strip(), m.start(), m.end())]
        if "killed" in etype.roles and pack.casualties is not None:
            # the dead of an attack, as the sentence counts them ("অন্তত ৪০ জন নিহত", "killing 12 people")
            # (each pattern holds a number, in digits or words: "killing three people", "তিনজন নিহত")
            m = self._toll(pack.casualties, etype, f, sent, clause_end, i, pack)
            if m is not None:
                # (words of no one named inside the count are counted, not a side of their own: "killed three
                # militants" struck no "militants" besides the three)
                roles = [r for r in roles if not (r.entity_id is None and r.start is not None and r.end is not None
                                                  and m.start() <= r.start and r.end <= m.end())]
                roles = roles + [Role("killed", m.group().strip(), m.start(), m.end())]
                if (pack.order == "SOV" and (f.trigger.frame or "").startswith("nominal") and m.start() > f.end
                        and not any(r.name in ("place", "target") for r in roles)):
                    # "ইসরায়েলি বাহিনীর হামলায় গাজায় অন্তত ৩০ জন নিহত": a place between the attack noun and its
                    # toll is where it struck (a country or city struck is the target, as the frame reads it)
                    where = next((x for x in self.doc.mentions if f.end <= x.start and x.end <= m.start()
                                  and x.label in ("GPE", "LOC") and x.entity_id), None)
                    if where is not None:
                        name = "target" if where.entity_id.startswith(("gpe:", "city:")) else "place"
                        roles = roles + [Role(name, where.text, where.start, where.end, where.entity_id)]
                whose = [x for x in self.doc.mentions if m.start() <= x.start and x.end <= m.end() and x.label == "NORP" and x.entity_id]
                doers = {r.entity_id for r in roles if r.entity_id and r.name != "place"}
                if ("target" in etype.roles and not any(r.name == "target" for r in roles) and len(whose) == 1
                        and whose[0].entity_id not in doers and whose[0].entity_id not in {self._home_of(e) for e in doers}):
                    # "বিএসএফের গুলিতে এক বাংলাদেশি কিশোর নিহত", "killing 20 Indian soldiers": the dead's country is struck
                    x = whose[0]
                    roles = roles + [Role("target", x.text, x.start, x.end, x.entity_id)]
        if "sentence" in etype.roles and pack.punishments is not None and not any(r.name == "sentence" for r in roles):
            # the punishment, as the clause words it ("14 साल जेल की सजा", "১৪ বছরের কারাদণ্ড", "to death")
            lo, hi = win[0], max(win[1], clause_end)
            m = next((m for m in pack.punishments.finditer(self.text, lo, hi) if m.group().strip()), None)
            if m is not None:
                roles = roles + [Role("sentence", m.group().strip(), m.start(), m.end())]
        places = sorted((r for r in roles if r.name == "place" and r.entity_id and r.start is not None), key=lambda r: r.start)
        for r, nxt in zip(places, places[1:]):
            if _PLACE_OWNER_GAP.fullmatch(self.text, r.end, nxt.start):
                # "मणिपुर के जिरीबाम जिले में", "ঢাকার মিরপুরে": the state owns the place; the place is where
                roles = [x for x in roles if x is not r]
        owner = None if f.trigger.no_phrase_owner else etype.phrase_owner
        located = [r for r in roles if r.name == owner and r.start in self._locative_fills]
        # (a symmetric role wants its second side: "Iranian diplomats met their British ... counterparts")
        owned = sum(1 for r in roles if r.name == owner and r.entity_id and r not in located)
        if owner and owned < (2 if owner in SYMMETRIC_ROLES else 1):
            # "imposed tariffs on Indian goods", "चीनी सामानों पर शुल्क लगाए": the demonym's country
            taken = {r.start for r in roles}
            last = max([r.end for r in roles if r.end is not None and r.end <= f.start] + [win[0]])
            # (SVO: the clause after the verb, within its window: not "..., Ukrainian officials said" after
            # reported words)
            lo, hi = (f.end, min(clause_end, win[1])) if pack.order == "SVO" else (last, f.start)
            deed = pack.deed_complements.get(f.trigger.type) if pack.order == "SVO" else None
            g = deed.search(self.text, lo, hi) if deed is not None else None
            if g is not None:  # "accused the vessel of intruding into Chinese waters": not the deed's
                hi = g.start()
            # (verb-final: also a country's genitive, "ভারতের পণ্যের ওপর শুল্ক"; the one nearest the verb,
            # and none inside a phrase closed before it, "রুশ তেল কেনার কারণে")
            # (any order: "sanctions on Russia's oil companies"; a body's or person's too, "अवामी लीग की
            # गतिविधियों पर प्रतिबंध", "Huawei's equipment": the owner of what the event acts on)
            genitives = {a.start for a in self.sents_args.get(i, []) if a.slot == "genitive"}
            closers = _cue_pattern(pack, "phrase_closers") if pack.order == "SOV" else None
            if closers is not None and etype.frame(f.trigger.frame).get("benefactive") == owner:
                # "पाकिस्तानी विमानों के लिए हवाई क्षेत्र बंद किया": "for" is where this event names whom it hits,
                # no phrase closed before it
                closers = _closers_but_benefactive(pack)
            # (a demonym's body stands for its country as the demonym does: "अमेरिकी वायुसेना अड्डे पर")
            cands = [m for m in self.doc.mentions if lo <= m.start and m.end <= hi and m.entity_id and m.start not in taken
                     and m.start not in self._not_owners
                     and (m.label == "NORP" or (m.by or "").startswith("cue:body_of_a_country")
                          or (m.start in genitives and (m.label == "GPE" or (
                          m.label in ("ORG", "PER") and owner not in SYMMETRIC_ROLES))))
                     and not (closers is not None and closers.search(self.text, m.end, f.start))
                     # (nor one joined by a hyphen to a word that describes: "the Russian-occupied region" is
                     # not Russia's, "Iran-backed militias" are not Iran's)
                     and not _HYPHEN_WORD.match(self.text, m.end)
                     # (nor the victims' country of a deed done to them: "দুই মার্কিন সাংবাদিক হত্যার নিন্দা")
                     and not (m.label == "NORP" and pack.victim_deeds is not None and rx.match(
                         rf"(?:\s+[^\s,।]+){{0,2}}?\s+(?:{pack.victim_deeds.pattern})", self.text[m.end : f.start], pack.victim_deeds.flags))
                     # (nor the maker of the weapon the trigger fires: "अमेरिकी एटीएसीएमएस मिसाइलें दागीं")
                     and not (m.label == "NORP" and self._names_instrument_of(m.end, f, pack))
                     # (nor one near which it happened: "clashes broke out near the Chinese embassy", "अफगान सीमा के पास")
                     and not (pack.order == "SVO" and any(
                         mk.slot == "near" and mk.before is not None and mk.before.search(self.text, max(lo, m.start - 40), m.start)
                         for mk in pack.markers))
                     and not (pack.order == "SOV" and m.label == "NORP" and self._noun_then_near(m.end, pack))
                     # (a side of talks or a meeting only by its people: "met their British ... counterparts", not
                     # "discussed the Ukrainian incursion"; roles.yaml ``owner_people_nouns``)
                     and not (owner in SYMMETRIC_ROLES and m.label == "NORP" and pack.owner_people_nouns is not None
                              and not pack.owner_people_nouns.match(self.text, m.end))
                     # (nor a demonym of a role-filler's title: "drew criticism from Ukrainian President Zelenskiy")
                     and not (m.label == "NORP" and any(r.start is not None and r.start >= m.end and _TITLE_GAP.fullmatch(
                         self.text, m.end, r.start) for r in roles))]
            if not cands and pack.order == "SOV" and lo > win[0]:
                # "বাংলাদেশি পণ্যের ওপর যুক্তরাষ্ট্রের আরোপ করা শুল্ক", "भारतीय सामानों पर अमेरिका द्वारा लगाए गए
                # शुल्क": a demonym in the phrase marked as acted on, before the doer named with the noun
                cands = [m for m in self.doc.mentions if win[0] <= m.start and m.end <= lo and m.label == "NORP" and m.entity_id
                         and m.start not in taken and self._marked_soon_after(m.end, lo, pack, ("upon", "against"))]
            m = (cands[-1] if pack.order == "SOV" else cands[0]) if cands else None
            if m is not None and located and any(m.entity_id == r.entity_id for r in located):
                m = None
            if m is not None and etype.name == "ACCUSE" and any(
                    r.name == "source" and r.entity_id and m.entity_id in (r.entity_id, self._home_of(r.entity_id)) for r in roles):
                # no one protests against themselves: a demonym of the source's own people is the victims'
                # ("बांग्लादेश ने ... एक बांग्लादेशी किशोर की मौत पर विरोध जताया", "Pakistan condemned the attack on
                # Pakistani soldiers"), not the accused (a capital acting is its country: "... প্রতিবাদ জানিয়েছে ঢাকা")
                m = None
            doer_frame = etype.frame(f.trigger.frame)
            doer = doer_frame.get("by", doer_frame.get("agent")) if m is not None and pack.order == "SVO" else None
            if (m is not None and isinstance(doer, str) and doer != owner and not any(r.name == doer for r in roles)
                    and _BY_PHRASE_END.search(self.text, max(f.end, m.start - 40), m.start)):
                # "Ukraine was attacked by 300 Russian drones": the demonym in the by-phrase is the doer's country
                roles = roles + [Role(doer, m.text, m.start, m.end, m.entity_id)]
                m = None
            if m is not None:
                roles = roles + [Role(owner, m.text, m.start, m.end, m.entity_id)]
                # a list of demonyms names a country each: "their British, French and German counterparts"
                for n in cands[cands.index(m) + 1 :] if pack.order == "SVO" else ():
                    if not rx.fullmatch(r"\s*(?:,|and|,\s*and)\s*", self.text[m.end : n.start]):
                        break
                    if not any(r.entity_id == n.entity_id for r in roles):
                        roles = roles + [Role(owner, n.text, n.start, n.end, n.entity_id)]
                    m = n
                # (verb-final, the list ends at the nearest: "মেক্সিকো ও কানাডার পণ্যে শুল্ক", each country's goods)
                for n in reversed(cands[: cands.index(m)]) if pack.order == "SOV" and pack.conjunctions is not None else ():
                    if not rx.fullmatch(rf"[\p{{L}}\p{{M}}]{{0,3}}\s*(?:{pack.conjunctions.pattern})\s*", self.text[n.end : m.start]):
                        break
                    if not any(r.entity_id == n.entity_id for r in roles):
                        roles = roles + [Role(owner, n.text, n.start, n.end, n.entity_id)]
                    m = n
        if located and sum(1 for r in roles if r.name == owner and r.entity_id) > len(located):
            # "missiles at the U.S. base in Qatar", "कतर में अमेरिकी सैन्य अड्डे पर": what is struck has an
            # owner of its own; the country it stands in is where
            roles = [Role("place", r.text, r.start, r.end, r.entity_id, r.event_id) if r in located else r for r in roles]
        if owner in SYMMETRIC_ROLES and self.in_direct(f.start):
            sides = {r.entity_id for r in roles if r.name == owner and r.entity_id}
            speaker = self._direct_speaker_mention(f.start)
            if len(sides) == 1 and speaker is not None and speaker.entity_id not in sides:
                # one side named in someone's quoted words ("Met Wang Yi today"): the speaker, whose
                # dropped "I" is the other (a pronoun or a name would have filled it)
                roles = roles + [Role(owner, speaker.text, speaker.start, speaker.end, speaker.entity_id)]
        if (owner in SYMMETRIC_ROLES and pack.order == "SOV" and not self.in_direct(f.start)
                and not any(a.slot in ("", "agent") and a.start < f.start and a.start >= win[0]
                            for a in self.sents_args.get(i, []) if a.ref is None or a.ref.kind != "group")
                # (nor where the clause names its subject after the adjunct: "... ল্যামির সঙ্গে এক যৌথ সংবাদ
                # সম্মেলনে তিনি এ কথা বলেন": he, not the last sentence's subject)
                and not any(a.slot in ("", "agent") and f.end <= a.start < sent[1] and a.ref is not None
                            and a.ref.kind == "pronoun" for a in self.sents_args.get(i, []))):
            sides = {r.entity_id for r in roles if r.name == owner and r.entity_id}
            before = [ids for s_, _, ids in self.event_subjects if s_ == i - 1 and ids]
            # "जयशंकर ने यूनुस से मुलाकात की और दोनों देशों के बीच ... पर चर्चा की": a clause joined to an
            # earlier one of the sentence goes on with that clause's subject, not the last sentence's
            carried = [a.entity_ids[0] for a in self.sents_args.get(i, []) if a.slot in ("", "agent")
                       and sent[0] <= a.start < win[0] and a.ref is None and a.entity_ids]
            if carried:
                before = [] if carried[0] in sides else [[carried[0]]]
            later = next((a for a in self.sents_args.get(i, []) if a.slot in ("", "agent") and f.end <= a.start < sent[1]
                          and a.ref is None and a.entity_ids and a.label in ("PER", "ORG", "GPE")), None)
            if (len(sides) == 1 and f.trigger.frame == "nominal" and later is not None
                    and later.entity_ids[0] not in sides and not self.in_direct(later.start)):
                # "সি চিন পিংয়ের সঙ্গে বৈঠকে প্রধান উপদেষ্টা মুহাম্মদ ইউনূস এ অনুরোধ জানান": the meeting
                # noun in an adjunct is the clause's subject's, named after it
                roles = roles + [Role(owner, later.text, later.start, later.end, later.entity_ids[0])]
            elif len(sides) == 1 and before and before[0][0] not in sides and self.doc.entities.get(before[0][0]) is not None \
                    and self.doc.entities[before[0][0]].type in ("PER", "GPE", "ORG"):
                # "... সাক্ষাৎ করেন ইসহাক দার। পরে তৌহিদ হোসেনের সঙ্গে বৈঠকে ...": a verb-final clause
                # that names no subject and one side only goes on with the last sentence's subject
                eid = before[0][0]
                m = next((m for m in reversed(self.doc.mentions) if m.entity_id == eid and m.end <= sent[0]), None)
                if m is not None:
                    roles = roles + [Role(owner, m.text, m.start, m.end, eid)]
            elif len(sides) == 1 and not before and (visitor := self._visitor_before(i, sides)) is not None:
                # "ইউনূসের জাপান সফরের দ্বিতীয় দিনে ... । ... ইশিবার সঙ্গে দ্বিপক্ষীয় বৈঠকের পর ...": a meeting
                # with one side named, right after a visit told with no subject, is the visitor's
                roles = roles + [dataclasses.replace(visitor, name=owner)]
        if f.trigger.frame == "summon":
            roles = self._summoner_not_the_envoys_country(roles)
        if (f.trigger.untargeted and not any(r.name in ("target", "killed", "injured") for r in roles) and not self._attack_told_before(etype, roles)
                and not self._launched_into_another_country(etype, roles, pack)):
            # a launch that strikes no one the sentence names is a show of force: its doer is the new
            # type's actor, its place stays
            old, new_type = _subject_role(etype.frame(None)), self.onto[f.trigger.untargeted]
            roles = [dataclasses.replace(r, name=_subject_role(new_type.frame(None))) if r.name == old else r
                     for r in roles if r.name == old or r.name in new_type.roles]
            etype, type_name, items = new_type, new_type.name, []
            by += f"; untargeted:{new_type.name}"
        people = [r for r in roles if r.name in etype.words_when_people and r.entity_id]
        if (len(people) >= 2 and all(getattr(self.doc.entities.get(r.entity_id), "type", None) == "PER" for r in people)
                and not any(r.name in ("killed", "injured") for r in roles)
                and (pack.harm_words is None or pack.harm_words.search(self.text, sent[0], sent[1]) is None)):
            return []  # (ontology ``words_when_people``: a quarrel between people, no clash of arms)
        vb = etype.verbal
        if vb and self._verbal_attack(roles, vb, sent, pack):
            new_type = self.onto[vb["type"]]
            roles = [dataclasses.replace(r, name=vb["roles"][r.name]) for r in roles if r.name in vb["roles"]]
            etype, type_name, items = new_type, new_type.name, []
            by += f"; verbal:{new_type.name}"
        bs = etype.by_state
        actors = [r for r in roles if r.name == bs["actor"] and r.entity_id] if bs else []
        # (not a country's people, "Georgians protested", read as the country: a demonym's mention)
        if (actors and all(r.entity_id.startswith("gpe:") for r in actors)
                and not any(m.label == "NORP" and m.start == r.start for r in actors for m in self.doc.mentions)
                and not (bs.get("except_lemmas") and rx.search(bs["except_lemmas"], f.trigger.lemma or ""))
                and f.trigger.frame not in bs.get("except_frames", ())):
            new_type = self.onto[bs["type"]]
            roles = [dataclasses.replace(r, name=bs["roles"][r.name]) for r in roles if r.name in bs["roles"]]
            etype, type_name, items = new_type, new_type.name, []
            by += f"; by-state:{new_type.name}"
        if (items and len(items) > 1 and etype.item not in ("topic", "released") and pack.money_amount is not None
                and pack.amount_over_list is not None and (m := pack.money_amount.match(self.text, items[0][0])) is not None
                and pack.amount_over_list.match(self.text, m.end()) is not None
                and not any(rx.search(r"\p{Nd}", self.text[a:b]) for a, b in items[1:])):
            # "২১০ কোটি ডলারের বিনিয়োগ, ঋণ ও অনুদান", "$2.1 billion in investment, loans and grants": one sum over the
            # list (roles.yaml ``amount_over_list``), one item
            items = [(items[0][0], items[-1][1])]
        if items and len(items) > 1 and etype.item in ("topic", "released"):
            # "supports peace and stability": one support of what the list names; only things given
            # (a car, a tea set) are an event each
            # (but a conjunct ending in a verb form is a clause of its own, not the list's: "পরিস্থিতি ... পর্যবেক্ষণ
            # করা হচ্ছে এবং নিহতদের পরিবারের প্রতি সমবেদনা", condolences to the families only)
            items = items[1 + max((k for k, it in enumerate(items[:-1]) if _ends_in_verb(self.text, it, pack)), default=-1):]
            items = [(items[0][0], items[-1][1])]
        if items and etype.item not in ("item", "topic", "object") and any(r.name == etype.item and r.entity_id for r in roles):
            items = []  # "ইমরান খান কারাগার থেকে মুক্তি পেয়েছেন": a name fills the role; other words do not
        # "Modi held talks with Putin and the two leaders signed ...": a group of no one resolved is no more fillers
        # where as many named ones already fill its role
        roles = [r for r in roles if not (
            r.entity_id is None and r.text and (n := _group_count(r.text, pack)) > 1
            and len({x.entity_id for x in roles if x.name == r.name and x.entity_id}) >= n)]
        out = []
        for k, item in enumerate(items or [None]):
            rs = list(roles)
            if item is not None:
                rs.append(Role(etype.item, self.text[item[0] : item[1]], item[0], item[1]))
                # (a frame may name no owner: "तमिल विद्रोहियों की हार का स्वागत" welcomes the defeat, not the defeated)
                owner = etype.frame(f.trigger.frame).get("item_owner", etype.item_owner)
                if owner and not any(r.name == owner and r.entity_id for r in rs):
                    m = self._item_owner_mention(item, pack)
                    if m is not None:  # "रूसी युद्ध का समर्थन": support for Russia('s war)
                        rs.append(Role(owner, m.text, m.start, m.end, m.entity_id))
            ev_type, ev_by = type_name, by
            if (item is not None and type_name in MONEY_RETYPE and (
                    (pack.money_items is not None and pack.money_items.search(self.text, item[0], item[1]))
                    or (pack.money_amount is not None and pack.money_amount.fullmatch(self.text, item[0], item[1])))):
                # "gave Sri Lanka a $3 billion loan", "will provide Bangladesh a loan": money lent or
                # granted is aid, whatever the verb (giver -> supplier)
                ev_type, ev_by = "AID", by + "; money-item:AID"
                rs = [dataclasses.replace(r, name=MONEY_RETYPE[type_name].get(r.name, r.name)) for r in rs]
            # (the evidence is the trigger's own sentence's words: a role filled from sentences before, the
            # doer of a deed condemned, has its own offsets and does not stretch it over paragraphs)
            ev_start = min([f.start] + [r.start for r in rs if r.start is not None and r.start >= sent[0]])
            ev_end = max([f.end] + [r.end for r in rs if r.end is not None and r.end <= sent[1]])
            out.append(
                Event(
                    id=event_id(self.doc.id, ev_type, f.start, f.end, k),
                    type=ev_type,
                    trigger=Span(f.start, f.end),
                    roles=rs,
                    time=_planned_weekday(t, modality, self.text, f.start, pack.announcement_after is not None
                                          and pack.announcement_after.match(self.text, f.end) is not None,
                                          pack.trip_purpose,
                                          pledged=f.trigger.modality == "planned" and not self.onto[ev_type].planned_on_its_day)
                    if t else None,
                    time_span=Span(t.start, t.end) if t else None,
                    place=place,
                    modality=modality,
                    sources=list(sources),
                    evidence=[Span(ev_start, ev_end)],
                    by=ev_by,
                    sentence=i,
                )
            )
        return out

    def _denies_named_allegations(self, d: Event, pack: LangPack, objects: regex.Pattern | None = None) -> bool:
        """Whether a DENY's object, next to its verb, is "the allegations" (``denial_objects``, or the
        ``objects`` given)."""
        objects = objects or pack.denial_objects
        if objects is None:
            return False
        if pack.order == "SOV":  # "इन आरोपों को खारिज", "আরোপ খারিজ": the object ends just before the verb
            return any(d.trigger.start - 5 <= m.end() <= d.trigger.start
                       for m in objects.finditer(self.text, max(0, d.trigger.start - 40), d.trigger.end))
        pos = d.trigger.end + len(self.text[d.trigger.end : d.trigger.end + 3]) - len(self.text[d.trigger.end : d.trigger.end + 3].lstrip())
        return objects.match(self.text, pos) is not None  # "denied the allegations"

    def _relative_clause_end(self, d: Event, pack: LangPack) -> int | None:
        """Where the relative clause a denial stands in ends (SVO, set off by commas: "Maduro, who denies ..., called"),
        or None."""
        if pack.order != "SVO" or pack.relatives is None or d.sentence is None:
            return None
        lo, hi = self.doc.sentences[d.sentence].start, self.doc.sentences[d.sentence].end
        opener = None
        for opener in rx.finditer(rf",\s*(?:{pack.relatives.pattern})\s", self.text[lo : d.trigger.start], pack.relatives.flags):
            pass
        if opener is None or "," in self.text[lo + opener.end() : d.trigger.start]:
            return None
        close = self.text.find(",", d.trigger.end, hi)
        return close if close >= 0 else None

    def _apply_denials(self, evs: list[tuple[Event, tuple[int, int]]], pack: LangPack,
                       skips: dict[str, tuple[int, int]] | None = None) -> None:
        """A DENY makes the other events of its sentence claims it denies, except those told in a
        relative clause of its subject ("Russia, which invaded Ukraine in 2022, denied the charge")."""
        denies = [e for e, _ in evs if e.type == "DENY"]
        if not denies:
            return
        coord = _cue_pattern(pack, "clause_coordinators")
        comp = _cue_pattern(pack, "complementizers")
        for d in denies:
            if self._denies_named_allegations(d, pack):
                # "..., पाकिस्तान ने आरोप खारिज किए", "denied the allegations": what it rejects is
                # named, an accusation (_denied_allegations), not the other events of its sentence
                continue
            rel = (skips or {}).get(d.id)
            # "... সংঘর্ষে এক কর্মী নিহত ... ছাত্রলীগ নেতৃত্ব এর দায় অস্বীকার করেছে": one's part in the deed is denied,
            # not that it happened (roles.yaml ``denied_parts``)
            part = pack.denied_parts is not None and self._denies_named_allegations(d, pack, pack.denied_parts)
            # (a denial with its own clause after it, "but denied reports that Moscow was massing troops", denies
            # that clause, not what the sentence told before it: "Putin is ready for talks, the Kremlin said")
            s_end = self.doc.sentences[d.sentence].end if d.sentence is not None else len(self.text)
            own = pack.order == "SVO" and comp is not None and comp.search(self.text, d.trigger.end, min(s_end, d.trigger.end + 40))
            # (nor the denier's own words: "Kremlin says Putin open to talks with Trump, denies troop buildup")
            deniers = {r.entity_id for r in d.roles if r.name == "denier" and r.entity_id}
            own_words = [(q.start, q.end) for q in self.out.quotes if q.speaker in deniers]
            closed = self._relative_clause_end(d, pack)
            for e, win in evs:
                if e.type == "DENY" or (rel is not None and rel[0] <= e.trigger.start < rel[1]):
                    continue
                if closed is not None and e.trigger.start >= closed:
                    continue  # "Maduro, who denies any links to drug trafficking, called on ...": the main clause is no claim
                if own and e.trigger.end <= d.trigger.start:
                    continue
                if (pack.order == "SOV" and e.trigger.end <= d.trigger.start
                        and ((pack.conjunctive_end is not None and pack.conjunctive_end.search(self.text[e.trigger.start : e.trigger.end]))
                             or (pack.conjunctive is not None and pack.conjunctive.match(self.text, e.trigger.end + 1)))
                        and (doers := {r.entity_id for r in e.roles if r.entity_id
                                       and r.name in _frame_subject_roles(self.onto[e.type].frame(None))}) and doers <= deniers):
                    continue  # "রায়কে ... আখ্যা দিয়ে প্রত্যাখ্যান করেছে": the denier's own deed on the way, no claim
                if any(a <= e.trigger.start < b for a, b in own_words):
                    continue
                if e.trigger.end <= d.trigger.start and self._relative_clause_between(e.trigger.end, d.trigger.start, pack,
                                                                                        deed=False):
                    continue  # "... नीति का समर्थन कर रहे हैं जो शरण देने से इनकार करती है": the policy refuses, in a
                    # relative clause on a noun of the clause before; that clause is no claim (but "..., जिसका तालिबान
                    # ने खंडन किया" denies the deed before: roles.yaml ``relative_deed``)
                between = (d.trigger.end, e.trigger.start)
                if (between[0] <= between[1] and coord is not None and coord.search(self.text, *between)
                        and not (comp is not None and comp.search(self.text, *between))):
                    continue  # "rejected the charges and asked Gandhi to sign": the request is no claim
                last_coord = None
                if between[0] <= between[1] and coord is not None and pack.order == "SVO":
                    last_coord = next((m for m in reversed(list(coord.finditer(self.text, *between)))), None)
                if last_coord is not None and not self.text[last_coord.end() : e.trigger.start].strip():
                    continue  # "denied that the North was preparing a test and accused the US": her own second verb
                if (pack.order == "SVO" and between[0] <= between[1] and d.sentence is not None
                        and rx.search(r",\s*(?:\S+\s+){0,2}$", self.text[between[0] : between[1]])
                        and self._headline((self.doc.sentences[d.sentence].start, self.doc.sentences[d.sentence].end))):
                    continue  # "Iran denies sending drones to Russia, summons British envoy": a headline's comma is "and"
                if (pack.order == "SVO" and pack.coordinated_clause is not None and between[0] <= between[1]
                        and pack.coordinated_clause.search(self.text, *between)):
                    continue  # "denied that its troops fired first and accused India of violating ...": the charge made after
                parts = _cue_pattern(pack, "own_words_participles")
                if (between[0] <= between[1] and parts is not None and pack.order == "SVO"
                        and rx.search(rf",\s*(?:{parts.pattern})\s", self.text[between[0] : e.trigger.end + 1], parts.flags)):
                    continue  # "rejected the proposal, calling it unacceptable": the denier's own words, no claim
                if (pack.order == "SOV" and between[0] <= between[1]
                        and not (comp is not None and comp.search(self.text, *between))):
                    # verb-final: what is denied stands before the denial ("রায়কে প্রত্যাখ্যান করে আওয়ামী লীগ
                    # ... হরতালের ডাক দিয়েছে"); a clause after it is denied only after "যে"/"कि"
                    continue
                self._mark_denied(e, d, part)
                # (its words without the comma or space at either end: "sending drones to Russia, summons ...")
                cs, ce = win[0], win[1]
                while ce > cs and self.text[ce - 1] in " \t\n,;:":
                    ce -= 1
                while cs < ce and self.text[cs] in " \t\n,;:":
                    cs += 1
                d.roles.append(Role("claim", self.text[cs:ce], cs, ce, event_id=e.id))


def analyse(doc: Document) -> Analysis:
    return Extractor(doc).run()
