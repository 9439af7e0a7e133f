"""Per-language event data packs, compiled once: ``lang/<code>/{triggers,roles,quotes}.yaml``.

Everything language-specific the extractor knows comes from these files, so a
new language is a new folder of YAML. Patterns are regular expressions (the
``regex`` module, whose ``\\w`` covers Indic vowel signs); ``@NAME`` inside a
pattern expands to the macro ``NAME`` of the same file (shared verb endings).
Each compiled item keeps its origin ``<code>/<file>:<key>#<n>`` for provenance.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from ..lang import load_yaml
from .prefilter import required_literals
from ..text import rx

MACRO_RE = regex.compile(r"@([A-Z_]+)")
FLAGS = regex.IGNORECASE | regex.V0


def _nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def expand(pattern: str, macros: dict[str, str]) -> str:
    for _ in range(3):  # macros may use macros
        pattern = MACRO_RE.sub(lambda m: f"(?:{macros[m.group(1)]})", pattern)
    return optional_nukta(_nfc(pattern))


# Devanagari consonants whose nukta writers use or leave out at will for the same word ("ज़रदारी"/"जरदारी",
# "दस्तख़त"/"दस्तखत", "फ़ैसला"/"फैसला"); ड़ and ढ़ are other letters, always written
_NUKTA_BASES = frozenset("कखगजफ")
_NUKTA = "\u093c"


def optional_nukta(pattern: str) -> str:
    """``pattern`` (NFC: a nukta is a character of its own) with the nukta after क ख ग ज फ optional, outside
    character classes: a form written either way matches text written either way."""
    if not any(c in _NUKTA_BASES for c in pattern):
        return pattern
    out: list[str] = []
    i, n, in_class = 0, len(pattern), False

    def quantified(k: int) -> bool:  # a quantifier stands at ``k``
        return k < n and pattern[k] in "?*+{"

    while i < n:
        c = pattern[i]
        if c == "\\":
            if i + 2 < n and pattern[i + 1] in "pPN" and pattern[i + 2] == "{" and "}" in pattern[i:]:
                j = pattern.index("}", i)
                out.append(pattern[i : j + 1])
                i = j + 1
            else:
                out.append(pattern[i : i + 2])
                i += 2
            continue
        if in_class:
            in_class = c != "]"
            out.append(c)
            i += 1
            continue
        if c == "[":
            in_class = True
            out.append(c)
            i += 1
            for lit in ("^", "]"):  # ("[^]...]", "[]...]": a "]" first is a literal)
                if i < n and pattern[i] == lit:
                    out.append(lit)
                    i += 1
            continue
        out.append(c)
        i += 1
        if c in _NUKTA_BASES:
            if i < n and pattern[i] == _NUKTA:
                out.append(_NUKTA if quantified(i + 1) else _NUKTA + "?")
                i += 1
            elif not quantified(i):
                out.append(_NUKTA + "?")
    return "".join(out)


def word(pattern: str) -> regex.Pattern:
    """A pattern that must start and end on word boundaries."""
    return regex.compile(rf"(?<!\w)(?:{pattern})(?!\w)", flags_for(pattern))


# escapes and inline flags, which hold letters that are no text to match
_SYNTAX = regex.compile(r"\\[pP]\{[^}]*\}|\\.|\(\?[a-zA-Z-]*[:)]")


def flags_for(pattern: str) -> int:
    """FLAGS, less IGNORECASE for a pattern without a cased letter (Devanagari, Bengali): the
    same matches, and the regex engine scans caseless patterns about a fifth faster."""
    if "\\p{L" in pattern or "\\P{L" in pattern:
        return FLAGS  # \p{Lu} under IGNORECASE also matches lower case
    plain = _SYNTAX.sub("", pattern)
    return FLAGS if any(c.lower() != c.upper() for c in plain) else FLAGS & ~regex.IGNORECASE


_LOOKS_AT_END = regex.compile(r"\(\?[=!]|\$|\\[Zz]")


def sentence_bound(pattern: str) -> bool:
    """Whether a trigger's forms look ahead or anchor at the end: a sentence scanned alone ends
    there, a whole document does not."""
    return _LOOKS_AT_END.search(pattern) is not None


def ending_at(items: list[str] | None, macros: dict[str, str], lead: str = "") -> regex.Pattern | None:
    """The patterns as one alternation that must end the searched text (trailing space allowed): a
    cue read backwards from a position ("... के उच्चायोग के |एक अधिकारी"); ``lead`` goes before it."""
    if not items:
        return None
    return regex.compile(lead + r"(?:" + "|".join(expand(x, macros) for x in items) + r")\s*$", FLAGS)


def _after_trigger(items: list[str] | None, macros: dict[str, str]) -> regex.Pattern | None:
    """Patterns matched right at a trigger's end (they may look back into it): no word bound before."""
    if not items:
        return None
    return regex.compile("|".join(f"(?:{expand(i, macros)})" for i in items) + r"(?!\w)", FLAGS)


def plain_alternation(items: list[str] | None, macros: dict[str, str]) -> regex.Pattern | None:
    """The patterns as one alternation, each as written (no word bounds added: each brings its own)."""
    return regex.compile("|".join(f"(?:{expand(x, macros)})" for x in items), FLAGS) if items else None


def joined(items: list[str] | None, lead: str = "", tail: str = "") -> regex.Pattern | None:
    """The items as one alternation between ``lead`` and ``tail`` (no macros, no word bounds added), or None."""
    return regex.compile(lead + "(?:" + _nfc("|".join(items)) + ")" + tail, FLAGS) if items else None


def alternation(items: list[str] | str | None, macros: dict[str, str]) -> regex.Pattern | None:
    if not items:
        return None
    if isinstance(items, str):
        items = [items]
    parts = []
    for i in items:
        p = expand(i, macros)
        # punctuation (",", "।", or a pattern marked "(?#punct)") needs no word boundary; words do.
        # A pattern that opens with punctuation or space (", and") gets none before it, and one that
        # ends in space or a lookahead (", (?=which)") none after it: the bound would never hold there
        if p.startswith("(?#punct)") or not rx.search(r"\w", p):
            parts.append(f"(?:{p})")
            continue
        lead = "" if rx.match(r"(?:[,;:\s]|\\s)", p) else r"(?<!\w)"
        tail = "" if rx.search(r"(?:\\s[+*]?|\s|\(\?=[^()]*(?:\([^()]*\)[^()]*)*\))$", p) else r"(?!\w)"
        parts.append(f"{lead}(?:{p}){tail}")
    return regex.compile("|".join(parts), FLAGS)


@dataclass(frozen=True)
class Trigger:
    type: str
    pattern: regex.Pattern
    origin: str
    lemma: str = ""
    frame: str | None = None  # ontology frame name (e.g. "receive"); None = default
    context: str | None = None  # only fires when an event of this type is near (light verbs)
    modality: str | None = None  # forced modality (e.g. a "will visit" construction)
    needs: str | None = None  # an argument slot that must be filled, else no event ("X से मिले": X a name); "a|b": either
    # a cheap pattern the sentence must contain before the trigger's own (costly) pattern is tried:
    # an item-first form scans every word for the start of its item
    requires: regex.Pattern | None = None
    # the trigger fires only right after a place's name ("भारत आए थे", not "गिरावट आई है")
    after_place: bool = False
    # the pattern looks ahead or anchors at an end ($): it must be run on each sentence alone,
    # where the sentence's end is the string's end (see extract.trigger_matches_by_sentence)
    sentence_bound: bool = True
    # the type the event is when it names no one struck and no dead ("उत्तर कोरिया ने मिसाइल दागी":
    # a launch with no target is a show of force, DRILL, not an attack)
    untargeted: str | None = None
    # the owner of the thing acted on is no role ("opposed the listing of Chinese companies": China
    # opposes; "opposes sanctions against Russia": Russia is not opposed)
    no_phrase_owner: bool = False
    # only a genitive right before the trigger is its own ("রাশিয়ার হামলার নিন্দা"; not "এনসিপির আহ্বায়ক ...
    # পুলিশের হামলার নিন্দা", where the party owns the convener)
    adjacent_genitive: bool = False
    # casefolded literals one of which every match of ``pattern`` holds (prefilter.required_literals):
    # a text with none of them is not scanned; None = always scanned
    literals: frozenset[str] | None = None


@dataclass(frozen=True)
class Marker:
    """How an argument slot is marked right around an argument."""

    slot: str
    origin: str
    suffix: regex.Pattern | None = None  # attached to the word (bn -কে)
    after: regex.Pattern | None = None  # separate word(s) after (hi को, bn সাথে)
    before: regex.Pattern | None = None  # word(s) before (en to/with/in)
    unless: regex.Pattern | None = None  # matched right after the argument, cancels the marker
    core: bool = False  # a plain case of the verb (hi को, bn -কে): never inside a noun's phrase ("X को निमंत्रण के लिए")
    labels: frozenset[str] | None = None  # only arguments of these labels take it (a person names no war: "ইউক্রেন যুদ্ধ")


@dataclass(frozen=True)
class RefForm:
    """A word that refers to an entity named elsewhere: pronoun, title, group."""

    kind: str  # pronoun, title, group, first_singular, first_plural, reciprocal, unnamed (words that fill a role, no one's name)
    pattern: regex.Pattern
    origin: str
    slot: str | None = None  # case inherent in the form (hi उन्होंने = agent)
    label: str = "PER"  # PER, GPE, ANY
    count: int = 1
    anchored: bool = False  # a title resolved only through its holder named in the article or by KB office, never as a pronoun
    plural: bool = False  # "they": the actors named together last (Modi and Xi), else one (a body)
    opposing: bool = False  # "both sides": two actors facing each other in an event, not co-actors
    office: str | None = None  # "both leaders": people holding an office of this title category, when the article names them
    home: bool = False  # "सरकार", "the government": the article's own country (its dateline) unless a country's genitive precedes
    head: str | None = None  # "आयोग", "the commission": the last body named before whose name ends in this word
    # (or any of several, "अदालत|कोर्ट": a court named before by either word)
    head_label: str | None = None  # the label of what ``head`` finds when not a body ("the North": a country)
    objective: bool = False  # "him", "her": an object form, which takes the object the clause before acted on
    local: bool = False  # "the police": of the dateline's place itself, not of the wire that filed from it
    region: bool = False  # "राज्य सरकार", "the state government": the region (a KB ``loc:`` entity) named last
    nearest: bool = False  # a relative "who" (hi जिसने): the name right before it in its sentence, whatever its role
    # "सुरक्षाबल", "the army": a country's armed or police force, whose country a national office holder acting on
    # it in the same clause serves ("अमित शाह ने सुरक्षाबलों की सराहना की": India's forces)
    force: bool = False
    # "the group", "the militia": a body that acts, never the news agency reporting ("told Reuters the group would ...")
    no_agency: bool = False


@dataclass
class LangPack:
    lang: str
    order: str
    triggers: list[Trigger]
    markers: list[Marker]
    refs: list[RefForm]
    clause_breaks: regex.Pattern | None
    conjunctions: regex.Pattern | None
    item_trim: regex.Pattern | None
    item_split: regex.Pattern | None
    passive: regex.Pattern | None
    auxiliaries: regex.Pattern | None = None  # verb forms that end a clause (a comma after one is a clause break)
    # clause breaks written after their clause's subject (SOV "मोदी जब चीन पहुंचे"): no break for
    # the first verb after them, whose subject stands before
    subordinators: regex.Pattern | None = None
    possessor_bodies: regex.Pattern | None = None  # "X's foreign ministry": bodies acting for their possessor
    # the words before an owner that follows its body, opening the sentence ("Officials from the IAEA"): group ``body``
    body_before_owner: regex.Pattern | None = None
    denied_content: regex.Pattern | None = None  # "X করার অভিযোগ অস্বীকার", "denied accusations of X": the claim (group claim)
    announcement_after: regex.Pattern | None = None  # "... लगाने की घोषणा की": the event is announced by the verb after it
    # right after the trigger, a word of obligation whose subject is written in the dative ("म्यांमार को
    # बातचीत करनी होगी", "মিয়ানমারকে আলোচনায় বসতে হবে") or, bn উচিত, the genitive ("মোদির সফর করা উচিত")
    obligation_dative: regex.Pattern | None = None
    obligation_genitive: regex.Pattern | None = None
    # an adjunct between the one a deed is done to and the verb ("को ओफर जेल से रिहा किया")
    dative_gap: regex.Pattern | None = None
    # words opening the reason for a deed, after its target ("sanctions on Iran over ...")
    reason_openers: regex.Pattern | None = None
    # words that name one kind of act ("launch" / "fired", "drills" / "exercises"): a deed condemned is the
    # act told with a word of its own kind first
    deed_kin: list[regex.Pattern] = field(default_factory=list)
    meeting_ref: regex.Pattern | None = None  # "at the meeting" (one told before): its sides talk or sign
    item_list_stops: regex.Pattern | None = None  # words a list of things given cannot run back over
    conditional_before: regex.Pattern | None = None  # a condition before a planned verb: it holds only then
    possessive_may_be_own: bool = True  # "his plan" may be the subject's own (hi: no, अपना says that)
    # a sentence opening on a common noun as its subject ("The package ..."): an "it" there before any
    # name is that thing, no country or body named before (resolve.py)
    thing_subject: regex.Pattern | None = None
    # right after a trigger, a noun it qualifies as a participle ("प्रदर्शन कर रहे किसानों को"): no subject of its own
    attributive_after: regex.Pattern | None = None
    # a nonfinite adjunct ending right after a trigger (hi "दोषी ठहराए जाने के बाद"): no clause of its own; the
    # names before it are the next verb's too ("इमरान खान को ... के बाद ... गिरफ्तार कर लिया गया")
    nonfinite_after: regex.Pattern | None = None
    # the ablative "from the side of" (hi की ओर से, bn পক্ষ থেকে): in a passive clause, the doer
    passive_agent_side: regex.Pattern | None = None
    # right before a maker's name inside a thing given ("a Boeing 747 jet"): the name is no stop of the item
    maker_article: regex.Pattern | None = None
    # a headline's participle right after a name, no object after it: a passive ("Duterte arrested on ICC warrant")
    headline_passive: regex.Pattern | None = None
    relative_deed: regex.Pattern | None = None  # ", which X criticised": the deed before is what is judged
    deed_object_gap: regex.Pattern | None = None  # between a deed's noun and its condemnation ("की कड़ी")
    charge_words: regex.Pattern | None = None  # an accusation proper (a deed before it is alleged), not a condemnation
    direct_genitive: regex.Pattern | None = None  # hi का: owns no noun a postposition follows
    judged_doer: regex.Pattern | None = None  # "as a provocation by": the doer named in a deed's judgement
    people_of: regex.Pattern | None = None  # "the people of Japan": the country itself, in the phrase's place
    kin_nouns: regex.Pattern | None = None  # "X's father", "X-এর পরিবার": the possessor does not act through them
    # "कुपवाड़ा जिले में", "কুমিল্লা জেলায়": a kind-of-place noun between a place's name and its marker
    place_nouns: regex.Pattern | None = None
    # a sanction told as a noun, then undone: "শুল্ক আরোপের সিদ্ধান্ত তিন মাসের জন্য স্থগিত রাখার অনুরোধ" (the decision
    # to impose tariffs, to be suspended): no sanction of the clause's subject (extract.py find_triggers)
    sanction_undone_after: regex.Pattern | None = None
    # words that may follow a body's head word inside its name ("Police Department", "Ministry of ..."): the
    # head word is still its head (resolve.py, "the police" told of again)
    head_followers: regex.Pattern | None = None
    # "ইন্টারফ্যাক্স বার্তা সংস্থাকে": a kind-of-body noun between a body's name and its case ending
    body_kind_nouns: regex.Pattern | None = None
    # a site struck, in the locative, after a possessor and before an attack noun: the possessor owns it
    struck_sites: regex.Pattern | None = None
    # what joins a charged deed to the accusation after it: hi "का" ("बढ़ावा देने का आरोप"), bn "" or a genitive
    charge_links: regex.Pattern | None = None
    # "for" after a charged deed, the accused after it (bn "... দেওয়ার জন্য আমিরাতকে অভিযুক্ত করেছেন")
    charge_for: regex.Pattern | None = None
    # an event told as what is asked for (hi "... लगाने की अपील की"): the asker is none of its roles
    appeal_complement: regex.Pattern | None = None
    # an event told as what is ordered (hi "सेना को ... हमला करने का आदेश दिया"): the one ordered does it
    order_complement: regex.Pattern | None = None
    # "एक नेता", "এক নেতা", "a party leader": someone unnamed holding the office, not its holder
    indefinites: regex.Pattern | None = None
    # a sentence opening that points back at the attack just told ("এতে", "इस हमले में", "The attack killed")
    toll_back: regex.Pattern | None = None
    # a preposition inside a free item's first conjunct: the "and" after it joins inside that phrase
    item_joiners: regex.Pattern | None = None
    # a participle right after a verb ("करते हुए"): its subject is the agent that follows
    conjunctive: regex.Pattern | None = None
    # a purpose right after a verb ("स्वागत करने के लिए किम ... मौजूद थे"): the main clause's subject after it, bare or marked
    purpose_conjunctive: regex.Pattern | None = None
    # a deed noun whose possessor is its victim ("দুই মার্কিন সাংবাদিক হত্যার নিন্দা"): a demonym before it names no one accused
    victim_deeds: regex.Pattern | None = None
    # what a strike fires, named in its trigger ("अमेरिकी मिसाइलें दागीं"): a demonym before it names the maker, not the target
    instrument_nouns: regex.Pattern | None = None
    # a trigger whose own verb is a conjunctive participle (bn "প্রত্যাখ্যান করে আওয়ামী লীগ ..."): its subject follows
    conjunctive_end: regex.Pattern | None = None
    # a converb ending a phone call's verb ("फोन कर", "ফোন করে"): the one called is whom the next verb addresses
    converb_end: regex.Pattern | None = None
    # a finite verb and a coordinator after it ("बात कर हालात की जानकारी ली | और"): one clause ends, another begins
    verb_coordinator: regex.Pattern | None = None
    trip_nouns: regex.Pattern | None = None  # "চীন সফরে", "जापान यात्रा": a country on one is a destination
    casualties: regex.Pattern | None = None  # "অন্তত ৪০ জন নিহত", "killing 12 people": how many an attack killed
    injuries: regex.Pattern | None = None  # "২০ জন আহত", "injuring 15 people": how many an attack wounded
    plural_people: regex.Pattern | None = None  # "freed prisoners", "protesters": unnamed people "them" may mean
    # journalists met or talked with, right before the noun: a briefing, no meeting ("সাংবাদিকদের সঙ্গে বৈঠক করেন")
    press_partners: regex.Pattern | None = None
    claim_asides: regex.Pattern | None = None  # "what the military said were": one saying what a thing is, no argument
    punishments: regex.Pattern | None = None  # "14 साल जेल की सजा", "to death": the sentence a court gave
    locative_word: regex.Pattern | None = None  # a noun with its locative ending written on it (bn পেহেলগামে)
    # what "give" takes in idioms, no thing handed over: "महत्व देना", "give my regards", "গুরুত্ব দেওয়া"
    abstract_items: regex.Pattern | None = None
    # right after an event noun, a word that names all who took part ("a meeting between X and Y"):
    # the clause's subject (who arranged it) is none of them
    between: regex.Pattern | None = None
    between_owners: regex.Pattern | None = None
    named_occasions: regex.Pattern | None = None  # "the BRICS summit": the body names the occasion, it acts in nothing
    # a lone adjective before a conjunction modifies the noun of the next conjunct ("economic and
    # technical cooperation agreement", "অর্থনৈতিক ও কারিগরি সহযোগিতা চুক্তি"): one item
    item_modifiers: regex.Pattern | None = None  # nouns a later "between" phrase belongs to ("a summit between X and Y")
    # SOV: a word closing a list of topics before the head noun ("বাণিজ্য, শিক্ষা ও সংস্কৃতি বিষয়ে তিনটি
    # সমঝোতা স্মারক": three memoranda on trade, education and culture): one item, not three
    item_topic_markers: regex.Pattern | None = None
    # event type -> what opens the deed after the one acted on ("warned the West against sending
    # troops to Ukraine", "accused the vessel of intruding into Chinese waters"): names in it are not the event's
    deed_complements: dict[str, regex.Pattern] = field(default_factory=dict)
    home_place_after: regex.Pattern | None = None  # "Police in | Dhaka": what joins an unnamed body to its place
    trip_purpose: regex.Pattern | None = None  # "visit Moscow to | for ...": the word opening a trip's purpose
    money_amount: regex.Pattern | None = None  # an item that is an amount of money only: aid
    amount_over_list: regex.Pattern | None = None  # right after an amount, a link to the list it is of ("ডলারের", " in")
    correlative_openers: regex.Pattern | None = None  # "जिस <noun> ..., उसने": the pronoun is that noun's
    included_after: regex.Pattern | None = None  # "-সহ", " समेत": the name is counted into the phrase after it
    more_than: regex.Pattern | None = None  # "से अधिक" after a number: no postposition ending a phrase
    home_place_before: regex.Pattern | None = None  # "बांग्लादेश| में पुलिस": what joins a place to the body in it
    office_fields: regex.Pattern | None = None  # "মানবাধিকার বিষয়ক| হাইকমিশনার": the field an office is for
    home_opposition: regex.Pattern | None = None  # "मालदीव| की विपक्षी पार्टी": a country's opposition after its name
    # a group's meeting right after it ("দুই নেতার প্রথম মুখোমুখি বৈঠক"): the group is the two who met
    group_meeting_after: regex.Pattern | None = None
    harm_words: regex.Pattern | None = None  # killed, wounded, a gun: an attack told with one is force
    relatives: regex.Pattern | None = None  # relative pronouns after a name ("Belousov, who arrived")
    # relative words opening a clause after a comma in a verb-final language (", যেটি ২০১৫ সালে ...", ", जो 2015 में ..."):
    # a date there is the clause's, no date of the sentence's events (the time rule only)
    relative_openers: regex.Pattern | None = None
    # the end of an adjunct told of the clause's own subject right before it ("... কথা বলার সময় | তিনি", "... से
    # मुलाकात के बाद | उन्होंने"): one talked or met with in it is not that subject (resolve.py)
    subject_adjunct_ends: regex.Pattern | None = None
    # likewise an adjunct naming what the subject speaks of ("তাপস পালের প্রসঙ্গ টেনে | তিনি", "Referring to X, | he"):
    # no one named in it, in any case, is that subject (resolve.py)
    topic_adjunct_ends: regex.Pattern | None = None
    subordinate_openers: regex.Pattern | None = None  # en "after", "that": a clause with a subject of its own (resolve.py)
    place_item_followers: regex.Pattern | None = None  # en: what may end a listed thing a place's name types ("Assam tea,")
    place_item_verbs: regex.Pattern | None = None  # en: words after a place's name that show a verb ("India said")
    # the words between an invitation's owner and the invitation a verb hands over ("शी जिनपिंग| का निमंत्रण सौंपा",
    # "Xi Jinping|'s invitation", "সি চিন পিংয়ের| আমন্ত্রণপত্র"), and before an owner named after it ("an invitation from| Xi")
    invitation_owner_after: regex.Pattern | None = None
    invitation_owner_before: regex.Pattern | None = None
    deed_topic_after: regex.Pattern | None = None  # "সহায়তা দেওয়া| নিয়ে সতর্ক": a deed as what is warned about
    relative_catenatives: regex.Pattern | None = None  # "who tried to | stage a protest": a relative's verb taking the deed
    time_prepositions: regex.Pattern | None = None  # words that introduce a time ("on Friday")
    # words that make a time a bound, not when the event happened: "first trip since 2021",
    # "2021 के बाद पहली यात्रा" (before / after the time expression)
    denial_objects: regex.Pattern | None = None  # "the allegations", "इन आरोपों": what a DENY rejects, said before
    denied_parts: regex.Pattern | None = None  # "এর দায়", "responsibility": one's part in a deed denied, not the deed
    # the participle of coming or going right after a trip noun: the person named after it travels ("दौरे पर आए ...")
    traveller_after: regex.Pattern | None = None
    # words right after a place that put a launch near it, not into it ("তাইওয়ানের কাছে", "ताइवान के पास")
    launch_near_after: regex.Pattern | None = None
    dead_subject: regex.Pattern | None = None  # "... হামলায় নিহত হয়েছেন": right after an attack noun, its subject died in it
    dead_subject_before: regex.Pattern | None = None  # "was killed in an Israeli airstrike": the same, before the noun
    time_bounds_before: regex.Pattern | None = None
    time_bounds_after: regex.Pattern | None = None
    # ... or ending a short phrase after it: "গত আগস্টে শেখ হাসিনার সরকারের পতনের পর" (after the fall, last August)
    time_bounds_after_phrase: regex.Pattern | None = None
    # words closing an adjunct a bare name may open ("জি-২০ শীর্ষ সম্মেলনের ফাঁকে", "जी20 शिखर सम्मेलन के इतर"):
    # such a name is no subject of the verb after it
    adjunct_phrase_ends: regex.Pattern | None = None
    time_bounds_gap_after: regex.Pattern | None = None  # after a duration: a gap ("three days after"), not how long
    # a few words, then one of these after a time: it dates that phrase's noun ("पिछले साल छात्र आंदोलन के
    # दौरान"); the event takes it only when its clause names no other time
    time_bounds_during_phrase: regex.Pattern | None = None
    # a year used as an attribute of a noun ("1960 की सिंधु जल संधि", "the 2015 nuclear deal"): no event time
    year_attributive_after: regex.Pattern | None = None
    year_attributive_before: regex.Pattern | None = None
    month_attributive_after: regex.Pattern | None = None  # "জুলাই গণ-অভ্যুত্থান": a month naming a movement, no event's month
    owner_people_nouns: regex.Pattern | None = None  # after a demonym, people who meet for its country ("counterparts")
    item_participles: regex.Pattern | None = None  # right after an item_split word: a participle that keeps the words before
    comitative_owners: regex.Pattern | None = None  # right after "X के साथ": a noun owning X ("युद्ध"), no party of the verb
    day_attributive_after: regex.Pattern | None = None  # "the October 7 attack": a day naming another event, after "the"
    determiners: regex.Pattern | None = None  # "the", "a": words before a name that are no name
    # "... রাখার ঘোষণা দিয়েছে X": nouns of announcing or deciding whose subject, named after the verb,
    # does the planned deed before them
    announce_verbs: regex.Pattern | None = None
    # "this"/"the" right before an event noun with no actor: the event told before ("এ বৈঠক হয় ...")
    event_anaphors: regex.Pattern | None = None
    # what may close a subject written after the verb ("... সই করেছে বিএনপি, জামায়াতসহ ২৪টি রাজনৈতিক দল")
    subject_tails: regex.Pattern | None = None
    # a word opening an apposition right after a comma ("अल्पसंख्यकों, खासकर हिंदुओं पर"): the comma parts no clauses
    apposition_openers: regex.Pattern | None = None
    # words naming a deed of an event type ("the strike", "हमले"): condemning one accuses its doer
    condemned_deeds: dict[str, regex.Pattern] = field(default_factory=dict)
    possessive_determiners: regex.Pattern | None = None  # "its", "their": before a trigger, it is a noun
    # words that may stand between a country and its office: "ভারতের ভারপ্রাপ্ত হাইকমিশনার" (acting)
    title_qualifiers: regex.Pattern | None = None
    posted_after: regex.Pattern | None = None  # right after a place: an envoy posted there ("ঢাকায় নিযুক্ত")
    posted_before: regex.Pattern | None = None  # right before a place: "posted in", "ambassador in"
    # "one's own" before an event noun: its owner is the clause's subject ("अपनी यात্রা", "নিজের সফর")
    reflexives: regex.Pattern | None = None
    # an adverbial clause's opener before a verb of no subject of its own: "X said after hosting talks"
    # (its doer is the clause's subject before it)
    subjectless_adjuncts: regex.Pattern | None = None
    # a noun whose place the locative after it is ("the war in Ukraine"): no place of the event
    locative_owners: regex.Pattern | None = None
    # SOV: a participle after the locative ("मुंबई में हुए हमलों के लिए"): the place of the noun after it, not of the verb
    locative_participles: regex.Pattern | None = None
    # SOV: a noun of a state of affairs after the locative, in a topic ("यूक्रेन में युद्धविराम पर चर्चा"): the topic's
    # place, not the verb's
    locative_topics: regex.Pattern | None = None
    # SOV: words closing a phrase of what an event is about ("নিয়ে", "को लेकर"): a comitative before one is the event's partner
    topic_closers: regex.Pattern | None = None
    # SOV: words of degree between a genitive and the noun it owns ("যুক্তরাষ্ট্রের পূর্ণ সমর্থন"): no word of a phrase of their own
    noun_intensifiers: regex.Pattern | None = None
    # SOV: a last conjunct naming no one ("और कई अन्य विपक्षी सांसदों को"): its case marker marks the names before it
    others_conjunct: regex.Pattern | None = None
    # SOV: a verbal noun of going right after a from-phrase ("मालदीव से वापस जाने"): the phrase is that going's, no role
    motion_from_after: regex.Pattern | None = None
    compound_modifier_after: regex.Pattern | None = None
    reason_phrase_ends: regex.Pattern | None = None  # hi "बेचने पर": a verbal noun closing a reason, names inside it none of the deed's
    self_report_after: regex.Pattern | None = None  # bn "... বলে জানিয়েছে X": a doer-less deed X reports is X's own
    decision_nouns: regex.Pattern | None = None  # hi "लगाने का अमेरिका का फैसला": the decision's owner does the deed
    restraint_words: regex.Pattern | None = None  # "urged both countries to show restraint": the fighting pair is meant
    grievance_markers: regex.Pattern | None = None  # "के विरोध में", "প্রতিবাদে": a place before them is in what is protested
    reason_noun_ends: regex.Pattern | None = None  # hi "की आपूर्ति को लेकर": a noun closing a reason, a dative inside it the reason's
    dative_verbal_nouns: regex.Pattern | None = None  # hi "बेचने", "देने": a reason's verbal noun that takes a dative of its own
    # how a trigger in a verbal noun ends (hi "लगाने"): its "by" phrase names its doer ("ट्रंप द्वारा ... शुल्क लगाने की घोषणा")
    verbal_noun_end: regex.Pattern | None = None
    # the genitive marker of a verbal noun's doer (hi "के": "ट्रंप के शुल्क लगाने के फैसले"; not the "की" of a noun's object,
    # "यूक्रेन की मदद करने"); extract.py _genitive_doer
    verbal_noun_doer: regex.Pattern | None = None
    clause_openers: regex.Pattern | None = None  # en "after", "before": open a clause with its own subject before its verb
    bare_plural: regex.Pattern | None = None  # en a bare plural noun, a clause's subject of its own ("militants")
    leader_government: regex.Pattern | None = None  # "सरकार", "administration" after a leader's name: the country
    aside_openers: regex.Pattern | None = None  # en "at", "during": an aside between a subject and its verb
    participle: regex.Pattern | None = None  # a verb form that may modify a noun ("protesting")
    participle_links: regex.Pattern | None = None  # words before one that make it the clause's own verb
    item_end: regex.Pattern | None = None  # where a free item's words stop (", ending ..."), if earlier than the clause
    sequence: regex.Pattern | None = None  # "then", "इसके बाद": a later occurrence, not a retelling
    # an event noun told as a trip's purpose: before it ("for talks with X") or after it ("वार्ता के लिए")
    purpose_before: regex.Pattern | None = None
    # "সফরকালে", "during the visit", "यात्रा के दौरान": the event is part of a trip told before
    during_trip: regex.Pattern | None = None
    # "গতকাল রাতে এ ঘটনা ঘটে", "The incident happened on Tuesday": the sentence dates the event told before it
    incident_back: regex.Pattern | None = None
    place_of_nouns: regex.Pattern | None = None  # "the city of": the name after it is the place itself
    # en a preposition of place and an indefinite article before a name a noun follows: the name modifies the noun
    # ("killed in a Taliban attack": the Taliban's attack, no place); args.py
    modifier_after_article: regex.Pattern | None = None
    money_items: regex.Pattern | None = None  # "a $3 billion loan": a thing given that makes the giving AID
    coordinated_clause: regex.Pattern | None = None  # "and invited": a clause of its own; sentence-wide cues stop there
    foreign_ministries: regex.Pattern | None = None  # a body whose spokesperson is the country's (KB roles)
    # a country's mission after its bare name ("বাংলাদেশ উপদূতাবাসের সামনে"): the country owns where it happened
    mission_nouns: regex.Pattern | None = None
    mission_bridge: regex.Pattern | None = None  # "के उच्चायोग के": an official of a country's mission is the country's
    # the end of a thing welcomed or backed ("the end of Israeli aggression"): a people named inside owns no part of it
    item_ending: regex.Pattern | None = None
    # SOV: a charge's verbal noun right before the accusation ("... अपनाने का आरोप"): names inside it are the deed's
    charge_deed_end: regex.Pattern | None = None
    # "বিএনপির ১২ নেতাকে": members of the body in the genitive before (groups noun, stem, number)
    member_nouns: regex.Pattern | None = None
    purpose_after: regex.Pattern | None = None
    modality: dict[str, dict[str, regex.Pattern]] = field(default_factory=dict)
    modality_origin: dict[str, str] = field(default_factory=dict)
    quotes: dict = field(default_factory=dict)
    title_words: list[tuple[regex.Pattern, str]] = field(default_factory=list)  # word -> KB title category
    # compiled quote-cue alternations by key, filled on first use (quotes.py asks per sentence)
    cue_patterns: dict = field(default_factory=dict, repr=False)
    # light-verb forms that are also the genitive (hi की/का/के): "यात्रा की आलोचना" is criticism
    # OF the trip, so a trigger ending in one is dropped when another trigger starts right after
    genitive_light_verbs: regex.Pattern | None = None
    # a noun + light verb right after such a trigger: "मदद की अपील की" (an appeal for help), so the
    # trigger's की was "of" even when the noun after it is no trigger of ours
    noun_light_verb_after: regex.Pattern | None = None
    genitive_noun_after: regex.Pattern | None = None  # a noun and its postposition after "की": a genitive
    light_verb_followers: regex.Pattern | None = None  # what may follow a light verb "की" (else it is "of")

    def title_category(self, text: str) -> str | None:
        """The KB title category of a title reference: its last title word decides."""
        best = None
        for pat, cat in self.title_words:
            for m in pat.finditer(text):
                if best is None or m.end() > best[0]:
                    best = (m.end(), cat)
        return best[1] if best else None


def _syntax(pattern: str, start: int = 0):
    """(index, character, depth before it) of each regex syntax character of ``pattern`` from ``start``:
    parentheses and bars outside escapes and character classes."""
    depth, k, in_class = 0, start, False
    while k < len(pattern):
        c = pattern[k]
        if c == "\\":
            k += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c in "(|)":
            yield k, c, depth
            depth += 1 if c == "(" else -1 if c == ")" else 0
        k += 1


def _group_end(pattern: str, start: int) -> int | None:
    """The index of the parenthesis closing the group opened at ``start``, or None."""
    return next((k for k, c, depth in _syntax(pattern, start) if c == ")" and depth == 1), None)


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of ``pattern``."""
    bars = [k for k, c, depth in _syntax(pattern) if c == "|" and depth == 0]
    return [pattern[a + 1 : b] for a, b in zip([-1] + bars, bars + [len(pattern)])]


def _top_level_bar(pattern: str) -> bool:
    """Whether ``pattern`` has an alternation bar outside any group."""
    return len(_alternatives(pattern)) > 1


_NAMED_GROUP = regex.compile(r"\(\?P<\w+>")


def guard_lookbehind(form: str) -> str:
    """A form opening with a lookbehind ("(?<!the\\s+)visits?") checks what follows it first, in a
    lookahead: the same matches, but the costly look back is made only where the form's own words
    stand (the engine tries a pattern at every position of the text; a leading lookbehind runs at
    each one). Named groups are plain in the copy."""
    if form.startswith("(?:") and _group_end(form, 0) == len(form) - 1 and _top_level_bar(form[3:-1]):
        # one group of alternatives, some opening with a lookbehind: each guarded on its own
        return "(?:" + "|".join(guard_lookbehind(a) for a in _alternatives(form[3:-1])) + ")"
    if not form.startswith(("(?<=", "(?<!")):
        return form
    end = _group_end(form, 0)
    rest = form[end + 1 :] if end is not None else ""
    if not rest or _top_level_bar(rest) or rest.startswith(("(?<=", "(?<!")):
        return form
    return f"(?={_NAMED_GROUP.sub('(?:', rest)}){form}"


def _compile_triggers(lang: str, data: dict, file: str = "triggers.yaml") -> list[Trigger]:
    """A trigger file's entries, then those of the files it ``include``s (generated lexicons)."""
    macros = data.get("macros", {}) or {}
    out = []
    for i, t in enumerate(data.get("triggers", []) or []):
        forms = t["forms"] if isinstance(t["forms"], list) else [t["forms"]]
        body = "|".join(f"(?:{expand(f, macros)})" for f in forms)
        pat = word("|".join(f"(?:{guard_lookbehind(expand(f, macros))})" for f in forms))
        out.append(
            Trigger(
                type=t["type"],
                pattern=pat,
                origin=f"{lang}/{file}:{t.get('lemma', t['type'])}#{i}",
                lemma=t.get("lemma", ""),
                frame=t.get("frame"),
                context=t.get("context"),
                modality=t.get("modality"),
                needs=t.get("needs"),
                requires=regex.compile(expand(t["requires"], macros), FLAGS) if t.get("requires") else None,
                after_place=bool(t.get("after_place")),
                sentence_bound=sentence_bound(body),
                untargeted=t.get("untargeted"),
                no_phrase_owner=bool(t.get("no_phrase_owner")),
                adjacent_genitive=bool(t.get("adjacent_genitive")),
                literals=required_literals(pat.pattern),
            )
        )
    for inc in data.get("include", []) or []:
        sub = load_yaml(lang, inc) or {}
        sub.setdefault("macros", macros)
        out += _compile_triggers(lang, sub, inc)
    return out


def _compile_markers(lang: str, data: dict, macros: dict) -> list[Marker]:
    out = []
    # a marker before the argument may have a determiner between ("by the United Nations")
    dets = data.get("determiners") or []
    det = rf"(?:\s+(?:{'|'.join(dets)}))?" if dets else ""
    # what may stand between a name and its case ending (bn an apostrophe: "মোদি'র সঙ্গে", ``suffix_lead``)
    lead = data.get("suffix_lead") or ""
    for i, m in enumerate(data.get("markers", []) or []):
        suffix = m.get("suffix")
        out.append(
            Marker(
                slot=m["slot"],
                origin=f"{lang}/roles.yaml:markers#{i}",
                suffix=regex.compile(f"(?:{lead})(?:{expand(suffix, macros)})", FLAGS) if suffix else None,
                after=regex.compile(rf"\s*(?:{expand(m['after'], macros)})(?!\w)", FLAGS) if m.get("after") else None,
                before=regex.compile(rf"(?<!\w)(?:{expand(m['before'], macros)}){det if m.get('determiner', True) else ''}\s*$",
                                     FLAGS) if m.get("before") else None,
                unless=regex.compile(expand(m["unless"], macros), FLAGS) if m.get("unless") else None,
                core=bool(m.get("core", False)),
                labels=frozenset(m["labels"]) if m.get("labels") else None,
            )
        )
    return out


def _compile_refs(lang: str, data: dict, macros: dict) -> list[RefForm]:
    out = []
    for kind, items in (data.get("refs", {}) or {}).items():
        for i, r in enumerate(items or []):
            out.append(
                RefForm(
                    kind=kind,
                    # languages with attached case suffixes (bn নেতার, নেতাকে) let titles and
                    # groups end inside a word; the suffix is then read as a marker
                    pattern=(
                        regex.compile(rf"(?<!\w)(?:{expand(r['form'], macros)})", FLAGS)
                        if data.get("attached_suffixes") and kind in ("title", "group", "unnamed")
                        else word(expand(r["form"], macros))
                    ),
                    origin=f"{lang}/roles.yaml:refs.{kind}#{i}",
                    slot=r.get("slot"),
                    label=r.get("label", "PER"),
                    count=int(r.get("count", 1)),
                    anchored=bool(r.get("anchored", False)),
                    plural=bool(r.get("plural", False)),
                    opposing=bool(r.get("opposing", False)),
                    office=r.get("office"),
                    home=bool(r.get("home", False)),
                    head=r.get("head"),
                    head_label=r.get("head_label"),
                    objective=bool(r.get("objective", False)),
                    local=bool(r.get("local", False)),
                    nearest=bool(r.get("nearest", False)),
                    region=bool(r.get("region", False)),
                    force=bool(r.get("force", False)),
                    no_agency=bool(r.get("no_agency", False)),
                )
            )
    return out


@lru_cache(maxsize=None)
def load_pack(lang: str | None) -> LangPack | None:
    """The compiled event data for ``lang``, or None when it has no trigger file."""
    if not lang:
        return None
    trig = load_yaml(lang, "triggers.yaml")
    if not trig:
        return None
    roles = load_yaml(lang, "roles.yaml") or {}
    quotes = load_yaml(lang, "quotes.yaml") or {}
    macros = roles.get("macros", {}) or {}
    mod_data = trig.get("modality", {}) or {}
    tmacros = trig.get("macros", {}) or {}
    modality = {
        name: {scope: alternation(v, tmacros) for scope, v in scopes.items()}
        for name, scopes in mod_data.items()
    }
    pack = LangPack(
        lang=lang,
        order=roles.get("order", "SVO"),
        triggers=_compile_triggers(lang, trig),
        markers=_compile_markers(lang, roles, macros),
        refs=_compile_refs(lang, roles, macros),
        clause_breaks=alternation(roles.get("clause_breaks"), macros),
        conjunctions=alternation(roles.get("conjunctions"), macros),
        auxiliaries=alternation(roles.get("auxiliaries"), macros),
        subordinators=alternation(roles.get("subordinators"), macros),
        possessor_bodies=alternation(roles.get("possessor_bodies"), macros),
        body_before_owner=regex.compile(roles["body_before_owner"], FLAGS) if roles.get("body_before_owner") else None,
        kin_nouns=alternation(roles.get("kin_nouns"), macros),
        people_of=regex.compile("(?:" + "|".join(expand(x, macros) for x in roles["people_of"]) + r")\s+$", FLAGS)
        if roles.get("people_of") else None,
        announcement_after=alternation(roles.get("announcement_after"), macros),
        obligation_dative=_after_trigger((roles.get("obligation_subject") or {}).get("dative"), macros),
        obligation_genitive=_after_trigger((roles.get("obligation_subject") or {}).get("genitive"), macros),
        reason_openers=alternation(roles.get("reason_openers"), macros),
        deed_kin=[regex.compile(rf"(?:{expand(p, macros)})", FLAGS) for p in roles.get("deed_kin") or []],
        meeting_ref=alternation(roles.get("meeting_ref"), macros),
        item_list_stops=alternation(roles.get("item_list_stops"), macros),
        conditional_before=alternation(roles.get("conditional_before"), macros),
        possessive_may_be_own=bool(roles.get("possessive_may_be_own", True)),
        thing_subject=alternation(roles.get("thing_subject"), macros),
        attributive_after=alternation(roles.get("attributive_after"), macros),
        nonfinite_after=alternation(roles.get("nonfinite_after"), macros),
        passive_agent_side=alternation(roles.get("passive_agent_side"), macros),
        maker_article=alternation(roles.get("maker_article"), macros),
        headline_passive=regex.compile("|".join(f"(?:{x})" for x in roles["headline_passive"]), FLAGS)
        if roles.get("headline_passive") else None,
        relative_deed=alternation(roles.get("relative_deed"), macros),
        judged_doer=regex.compile(r"(?:" + roles["judged_doer"] + r")\s+", FLAGS) if roles.get("judged_doer") else None,
        direct_genitive=regex.compile(r"(?<!\w)(?:" + roles["direct_genitive"] + r")\s*$", FLAGS) if roles.get("direct_genitive") else None,
        charge_words=regex.compile("|".join(roles["charge_words"]), FLAGS) if roles.get("charge_words") else None,
        deed_object_gap=regex.compile(r"\s*(?:" + roles["deed_object_gap"] + r")\s*", FLAGS) if roles.get("deed_object_gap") else None,
        dative_gap=regex.compile(r"\s*(?:(?:" + "|".join(expand(x, macros) for x in roles["dative_gap"]) + r")\s*)*", FLAGS)
        if roles.get("dative_gap") else None,
        denied_content=plain_alternation(roles.get("denied_content"), macros),
        # (its own word ends: a Bengali noun carries the case ending after it, "জেলা|য়")
        toll_back=alternation(roles.get("toll_back"), macros),
        item_joiners=alternation(roles.get("item_joiners"), macros),
        conjunctive=alternation(roles.get("conjunctive"), macros),
        purpose_conjunctive=alternation(roles.get("purpose_conjunctive"), macros),
        victim_deeds=alternation(roles.get("victim_deeds"), macros),
        instrument_nouns=alternation(roles.get("instrument_nouns"), macros),
        conjunctive_end=regex.compile(r"(?<!\w)(?:" + "|".join(roles["conjunctive_end"]) + r")$", FLAGS)
        if roles.get("conjunctive_end") else None,
        converb_end=regex.compile(r"(?<!\w)(?:" + "|".join(roles["converb_end"]) + r")$", FLAGS)
        if roles.get("converb_end") else None,
        verb_coordinator=alternation(roles.get("verb_coordinator"), macros),
        charge_links=regex.compile(roles["charge_links"]) if roles.get("charge_links") is not None else None,
        charge_for=regex.compile(r"\s*(?:" + roles["charge_for"] + r")(?!\w)") if roles.get("charge_for") else None,
        appeal_complement=regex.compile(r"\s*(?:" + roles["appeal_complement"] + r")(?!\w)") if roles.get("appeal_complement") else None,
        indefinites=regex.compile(r"(?:" + "|".join(roles["indefinites"]) + r")\s", FLAGS) if roles.get("indefinites") else None,
        order_complement=regex.compile(r"\s*(?:" + roles["order_complement"] + r")(?!\w)") if roles.get("order_complement") else None,
        place_nouns=regex.compile(r"\s+(?:" + "|".join(expand(x, macros) for x in roles["place_nouns"]) + ")", FLAGS)
        if roles.get("place_nouns") else None,
        head_followers=alternation(roles.get("head_followers"), macros),
        sanction_undone_after=regex.compile(r"(?:\s+[^\s,;:।|.!?]+){0,6}?\s+(?:" + roles["sanction_undone_after"] + r")(?![\p{L}\p{M}])", FLAGS)
        if roles.get("sanction_undone_after") else None,
        body_kind_nouns=regex.compile(r"\s+(?:" + "|".join(roles["body_kind_nouns"]) + ")", FLAGS)
        if roles.get("body_kind_nouns") else None,
        struck_sites=regex.compile(r"(?:\s+[^\s,;:।|]+){0,3}?\s+(?:" + "|".join(roles["struck_sites"]) + r")(?![\p{L}\p{M}])(?:\s+[^\s,;:।|]+)?\s*",
                                   FLAGS) if roles.get("struck_sites") else None,
        trip_nouns=alternation(roles.get("trip_nouns"), macros),
        casualties=alternation(roles.get("casualties"), macros),
        injuries=alternation(roles.get("injuries"), macros),
        plural_people=alternation(roles.get("plural_people"), macros),
        press_partners=ending_at(roles.get("press_partners"), macros, r"(?<![\p{L}\p{M}])"),
        claim_asides=alternation(roles.get("claim_asides"), macros),
        punishments=alternation(roles.get("punishments"), macros),
        locative_word=alternation(roles.get("locative_word"), macros),
        abstract_items=alternation(roles.get("abstract_items"), macros),
        between=alternation(roles.get("between"), macros),
        between_owners=alternation(roles.get("between_owners"), macros),
        named_occasions=alternation(roles.get("named_occasions"), macros),
        item_modifiers=regex.compile(r"(?:" + "|".join(roles["item_modifiers"]) + r")", FLAGS) if roles.get("item_modifiers") else None,
        item_topic_markers=alternation(roles.get("item_topic_markers"), macros),
        harm_words=alternation(roles.get("harm_words"), macros),
        group_meeting_after=regex.compile(r"\W{0,3}(?:[^\s,।.;:]+\s+){0,3}?(?:" + "|".join(roles["group_meeting_after"]) + r")(?!\w)", FLAGS)
        if roles.get("group_meeting_after") else None,
        home_place_after=regex.compile(r"\s+(?:" + "|".join(roles["home_place_after"]) + r")\s+", FLAGS)
        if roles.get("home_place_after") else None,
        trip_purpose=alternation(roles.get("trip_purpose"), macros),
        money_amount=regex.compile(roles["money_amount"], FLAGS) if roles.get("money_amount") else None,
        amount_over_list=regex.compile(roles["amount_over_list"], FLAGS) if roles.get("amount_over_list") else None,
        correlative_openers=regex.compile(r"(?<!\w)(?:" + "|".join(roles["correlative_openers"]) + r")\s+(?=\S)", FLAGS)
        if roles.get("correlative_openers") else None,
        included_after=regex.compile(r"(?:" + "|".join(roles["included_after"]) + r")(?!\w)", FLAGS)
        if roles.get("included_after") else None,
        more_than=regex.compile(r"(?:" + "|".join(roles["more_than"]) + r")", FLAGS) if roles.get("more_than") else None,
        home_place_before=regex.compile(r"(?:" + "|".join(roles["home_place_before"]) + r")", FLAGS)
        if roles.get("home_place_before") else None,
        office_fields=regex.compile(r"(?<!\S)(?:" + "|".join(roles["office_fields"]) + r")(?!\S)", FLAGS)
        if roles.get("office_fields") else None,
        home_opposition=regex.compile(r"(?:" + "|".join(roles["home_opposition"]) + r")(?!\w)", FLAGS)
        if roles.get("home_opposition") else None,
        deed_complements={t: regex.compile(expand(p, macros), FLAGS) for t, p in (roles.get("deed_complements") or {}).items()},
        relatives=alternation(roles.get("relatives"), macros),
        relative_openers=alternation(roles.get("relative_openers"), macros),
        subject_adjunct_ends=ending_at(roles.get("subject_adjunct_ends"), macros),
        topic_adjunct_ends=ending_at(roles.get("topic_adjunct_ends"), macros),
        subordinate_openers=alternation(roles.get("subordinate_openers"), macros),
        place_item_followers=alternation(roles.get("place_item_followers"), macros),
        place_item_verbs=alternation(roles.get("place_item_verbs"), macros),
        invitation_owner_after=_after_trigger(roles.get("invitation_owner_after"), macros),
        invitation_owner_before=ending_at(roles.get("invitation_owner_before"), macros),
        deed_topic_after=regex.compile(r"(?:" + "|".join(roles["deed_topic_after"]) + r")(?!\w)", FLAGS)
        if roles.get("deed_topic_after") else None,
        relative_catenatives=alternation(roles.get("relative_catenatives"), macros),
        time_prepositions=alternation(roles.get("time_prepositions"), macros),
        denial_objects=alternation(roles.get("denial_objects"), macros),
        denied_parts=alternation(roles.get("denied_parts"), macros),
        traveller_after=regex.compile(r"\s*(?:" + "|".join(roles["traveller_after"]) + r")\s+", FLAGS)
        if roles.get("traveller_after") else None,
        launch_near_after=regex.compile(r"\s*(?:" + "|".join(roles["launch_near_after"]) + ")", FLAGS)
        if roles.get("launch_near_after") else None,
        dead_subject=alternation(roles.get("dead_subject"), macros),
        dead_subject_before=alternation(roles.get("dead_subject_before"), macros),
        time_bounds_before=alternation((roles.get("time_bounds") or {}).get("before"), macros),
        time_bounds_after=alternation((roles.get("time_bounds") or {}).get("after"), macros),
        time_bounds_after_phrase=alternation((roles.get("time_bounds") or {}).get("after_phrase"), macros),
        adjunct_phrase_ends=alternation(roles.get("adjunct_phrase_ends"), macros),
        time_bounds_gap_after=alternation((roles.get("time_bounds") or {}).get("gap_after"), macros),
        time_bounds_during_phrase=alternation((roles.get("time_bounds") or {}).get("during_phrase"), macros),
        year_attributive_after=regex.compile(r"\s*(?:" + "|".join((roles.get("year_attributive") or {})["after"]) + ")", FLAGS)
        if (roles.get("year_attributive") or {}).get("after") else None,
        year_attributive_before=regex.compile(r"(?:" + "|".join((roles.get("year_attributive") or {})["before"]) + r")\s*$", FLAGS)
        if (roles.get("year_attributive") or {}).get("before") else None,
        month_attributive_after=joined(roles.get("month_attributive_after"), r"\s*", r"(?!\w)"),
        owner_people_nouns=joined(roles.get("owner_people_nouns"), r"[\s,]+(?:[\w-]+[\s,]+){0,4}?", r"(?!\w)"),
        item_participles=joined(roles.get("item_participles"), r"\s+", r"(?![\p{L}\p{M}])"),
        comitative_owners=joined(roles.get("comitative_owners"), r"\s*", r"(?![\p{L}\p{M}])"),
        day_attributive_after=joined(roles.get("day_attributive_after"), r"\s*", r"(?!\w)"),
        determiners=alternation(roles.get("determiners"), macros),
        event_anaphors=alternation(roles.get("event_anaphors"), macros),
        subject_tails=alternation(roles.get("subject_tails"), macros),
        apposition_openers=alternation(roles.get("apposition_openers"), macros),
        condemned_deeds={t: alternation(v, macros) for t, v in (roles.get("condemned_deeds") or {}).items()},
        announce_verbs=alternation(roles.get("announce_verbs"), macros),
        possessive_determiners=alternation(roles.get("possessive_determiners"), macros),
        title_qualifiers=alternation(roles.get("title_qualifiers"), macros),
        posted_after=_after_trigger((roles.get("posted") or {}).get("after"), macros),
        posted_before=ending_at((roles.get("posted") or {}).get("before"), macros),
        reflexives=alternation(roles.get("reflexives"), macros),
        subjectless_adjuncts=alternation(roles.get("subjectless_adjuncts"), macros),
        locative_owners=ending_at(roles.get("locative_owners"), macros),
        motion_from_after=plain_alternation(roles.get("motion_from_after"), macros),
        others_conjunct=plain_alternation(roles.get("others_conjunct"), macros),
        locative_participles=plain_alternation(roles.get("locative_participles"), macros),
        locative_topics=plain_alternation(roles.get("locative_topics"), macros),
        topic_closers=plain_alternation(roles.get("topic_closers"), macros),
        noun_intensifiers=plain_alternation(roles.get("noun_intensifiers"), macros),
        aside_openers=alternation(roles.get("aside_openers"), macros),
        leader_government=regex.compile(rf"\s+(?:{alternation(roles.get('leader_government'), macros).pattern})", FLAGS)
        if roles.get("leader_government") else None,
        clause_openers=alternation(roles.get("clause_openers"), macros),
        bare_plural=regex.compile(roles["bare_plural"]) if roles.get("bare_plural") else None,
        reason_phrase_ends=alternation(roles.get("reason_phrase_ends"), macros),
        reason_noun_ends=alternation(roles.get("reason_noun_ends"), macros),
        grievance_markers=alternation(roles.get("grievance_markers"), macros),
        self_report_after=alternation(roles.get("self_report_after"), macros),
        decision_nouns=alternation(roles.get("decision_nouns"), macros),
        restraint_words=alternation(roles.get("restraint_words"), macros),
        dative_verbal_nouns=alternation(roles.get("dative_verbal_nouns"), macros),
        verbal_noun_end=regex.compile("(?:" + expand(roles["verbal_noun_end"], macros) + ")$", FLAGS)
        if roles.get("verbal_noun_end") else None,
        verbal_noun_doer=regex.compile("(?:" + expand(roles["verbal_noun_doer"], macros) + ")", FLAGS)
        if roles.get("verbal_noun_doer") else None,
        compound_modifier_after=regex.compile(r"(?:" + "|".join(roles["compound_modifier_after"]) + r")", FLAGS)
        if roles.get("compound_modifier_after") else None,
        item_end=plain_alternation(roles.get("item_end"), macros),  # (each pattern brings its own bounds: they start at punctuation or space)
        participle=alternation(roles.get("participle"), macros),
        participle_links=alternation(roles.get("participle_links"), macros),
        item_trim=alternation(roles.get("item_trim"), macros),
        item_split=alternation(roles.get("item_split"), macros),
        passive=alternation(roles.get("passive"), macros),
        sequence=alternation(roles.get("sequence"), macros),
        during_trip=alternation(roles.get("during_trip"), macros),
        incident_back=alternation(roles.get("incident_back"), macros),
        money_items=alternation(roles.get("money_items"), macros),
        coordinated_clause=alternation(roles.get("coordinated_clause"), macros),
        mission_bridge=ending_at(roles.get("mission_bridge"), macros),
        mission_nouns=alternation(roles.get("mission_nouns"), macros),
        item_ending=alternation(roles.get("item_ending"), macros),
        foreign_ministries=alternation(roles.get("foreign_ministries"), macros),
        charge_deed_end=ending_at(roles.get("charge_deed_end"), macros),
        member_nouns=regex.compile(expand(roles["member_nouns"], macros), FLAGS) if roles.get("member_nouns") else None,
        place_of_nouns=ending_at(roles.get("place_of_nouns"), macros, lead=r"(?<!\w)"),
        modifier_after_article=ending_at(roles.get("modifier_after_article"), macros, lead=r"(?<!\w)"),
        purpose_before=ending_at(roles.get("purpose_before"), macros),
        purpose_after=regex.compile(r"\s*(?:" + "|".join(expand(x, macros) for x in roles["purpose_after"]) + r")(?!\w)", FLAGS)
        if roles.get("purpose_after") else None,
        modality=modality,
        modality_origin={name: f"{lang}/triggers.yaml:modality.{name}" for name in mod_data},
        quotes=quotes,
        title_words=[(word(expand(t["form"], macros)), t["category"]) for t in roles.get("title_words", []) or []],
    )
    if trig.get("genitive_light_verbs"):
        pack.genitive_light_verbs = regex.compile(
            "(?<!\\w)(?:" + "|".join(trig["genitive_light_verbs"]) + ")$", FLAGS)
    if trig.get("genitive_postpositions"):
        # "बातचीत की मेज पर": की then a noun and a postposition is "of", no light verb
        pack.genitive_noun_after = regex.compile(
            r"\s+[^\s,।.!?]+\s+(?:" + "|".join(trig["genitive_postpositions"]) + r")(?!\w)", FLAGS)
    if trig.get("light_verb_followers"):
        pack.light_verb_followers = regex.compile(
            r"\s*(?:$|[,;:।|.!?\"”'’)\-–—(]|(?:" + "|".join(trig["light_verb_followers"]) + r")(?!\w))", FLAGS)
    if trig.get("noun_light_verbs"):
        pack.noun_light_verb_after = regex.compile(
            r"\s+" + ("(?!(?:" + "|".join(trig.get("noun_light_verbs_keep") or []) + r")\s)" if trig.get("noun_light_verbs_keep") else "")
            + r"[^\s,।.!?]+\s+(?:" + expand("|".join(trig["noun_light_verbs"]), trig.get("macros") or {}) + r")(?!\w)", FLAGS)
    return pack
