"""Direct quotes and reported speech, with speaker and attribution chain.

Direct quotes are found by their marks (every pair in :data:`QUOTE_PAIRS`);
reported speech by the language's cue verbs and phrases (``quotes.yaml``):
speech verbs ("X ने कहा कि", "X জানিয়েছে যে", "X said"), according-to phrases
("तास के मुताबिक", "TASS অনুসারে", "according to TASS") and citing phrases
("পেসকভের বরাত দিয়ে", "citing Peskov"). A sentence's chain is outermost first:
according-to sources, then the speaker, then whom the speaker cites.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import regex

from ..model import Quote, Span
from .args import Arg, _trigger_at
from .lexicon import FLAGS, LangPack, expand
from ..text import rx

# opening mark -> closing mark. Straight single quotes only open/close at word edges so
# apostrophes ("Admiral's") are not taken for quote marks.
QUOTE_PAIRS = {"“": "”", "«": "»", "‘": "’", '"': '"', "'": "'", "„": "“", "‹": "›", "「": "」"}


_OPENING = regex.compile("[" + "".join(regex.escape(ch) for ch in QUOTE_PAIRS) + "]")




def direct_quote_spans(text: str) -> list[tuple[int, int]]:
    """Content spans (without the marks) of direct quotes; no quote crosses a newline.

    An opening mark follows no letter and is followed by no space (but right after a comma or colon it opens the
    words whatever follows: 'कहा," इसमें ...', a typist's space); its closing mark is the first one on the same line
    that follows no space and is followed by no letter."""
    out: list[tuple[int, int]] = []
    n = len(text)
    pos = 0
    while True:
        m = _OPENING.search(text, pos)
        if m is None:
            return out
        i = m.start()
        pos = i + 1
        if (i and text[i - 1].isalnum()) or i + 1 >= n or (text[i + 1].isspace() and not (i and text[i - 1] in ",:")):
            continue
        close = QUOTE_PAIRS[text[i]]
        line_end = text.find("\n", i + 1)
        if line_end < 0:
            line_end = n
        j = text.find(close, i + 1, line_end)
        while j >= 0 and (text[j - 1].isspace() or (j + 1 < n and text[j + 1].isalnum())):
            j = text.find(close, j + 1, line_end)
        start = i + 1
        while start < j and text[start] in " \t":
            start += 1
        if j > start:
            out.append((start, j))
            pos = j + 1


@dataclass
class Attribution:
    """What a sentence says about its sources."""

    chain: list[str] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    # "योनहाप ने यह जानकारी दी", "এ তথ্য জানিয়েছে রয়টার্স": the words are the sentence before;
    # (speaker, the speech verb, the speaker's ids)
    back: tuple | None = None
    # speakers of separate clauses ("X said ..., while Y said"): none of them reports the others' words
    apart: set[str] = field(default_factory=set)
    # (start, end, chain) of a thing reported ("Japan reported the launch"): no words, but what its source attests
    things: list[tuple[int, int, list[str]]] = field(default_factory=list)


def _cue_pattern(pack: LangPack, key: str) -> regex.Pattern | None:
    if key in pack.cue_patterns:
        return pack.cue_patterns[key]
    items = pack.quotes.get(key) or []
    pat = None
    if items:
        alt = "|".join(f"(?:{expand(i, {})})" for i in items)
        pat = regex.compile(rf"(?<!\w)(?:{alt})(?!\w)", FLAGS)
    pack.cue_patterns[key] = pat
    return pat


def _cue_pattern_raw(pack: LangPack, key: str, lead: str = "", tail: str = "") -> regex.Pattern | None:
    """quotes.yaml ``key`` as one pattern between ``lead`` and ``tail``, no word bounds added (it may start on a
    case ending, right after a name)."""
    memo = f"{key}:raw:{lead}:{tail}"
    if memo not in pack.cue_patterns:
        items = pack.quotes.get(key) or []
        pack.cue_patterns[memo] = regex.compile(lead + "(?:" + "|".join(f"(?:{expand(i, {})})" for i in items) + ")" + tail,
                                                FLAGS) if items else None
    return pack.cue_patterns[memo]


def _rules_cue(pack: LangPack, side: str) -> regex.Pattern | None:
    """quotes.yaml ``according_to_rules`` as a word (with any ending) right before the cue in hi/bn,
    or a phrase right after it in en: "চুক্তি অনুযায়ী", "according to the agreement"."""
    key = "according_to_rules:" + side
    if key not in pack.cue_patterns:
        rules = pack.quotes.get("according_to_rules") or []
        alt = "|".join(expand(i, {}) for i in rules)
        tail = r"[\p{L}\p{M}]*\s+$" if side == "before" else ""
        pack.cue_patterns[key] = regex.compile(rf"(?<!\w)(?:{alt}){tail}", FLAGS) if rules else None
    return pack.cue_patterns[key]


def _source_side(pack: LangPack) -> str:
    return pack.quotes.get("source_side", "before")


def _demonym_officials(text: str, pos: int, end: int, pack: LangPack) -> str | None:
    """The country of unnamed officials right after ``pos``, named by a demonym ("two Israeli officials",
    "a senior U.S. official": entity_cues demonyms, then a ``possessor_bodies`` word), or None."""
    from ..entities.cues import cues_for
    from ..entities.kb import surface_form

    if pack.possessor_bodies is None:
        return None
    words = rx.findall(r"[\w.'’-]+", text[pos : min(end, pos + 80)])[:6]
    dem = cues_for(pack.lang).demonyms
    for k, w in enumerate(words[:3]):
        # (a demonym of two words first: "the South Korean military")
        two = dem.get(surface_form(f"{w} {words[k + 1]}")) if k + 1 < len(words) else None
        hit = two or dem.get(surface_form(w.rstrip(".") if w.endswith(".") and w.count(".") == 1 else w))
        if hit is None:
            continue
        rest = words[k + 2 :] if two else words[k + 1 :]
        if any(pack.possessor_bodies.fullmatch(" ".join(rest[:n]).rstrip(",")) for n in (1, 2, 3) if len(rest) >= n):
            return hit[0]
        rest = rest[1:]  # one describing word between ("senior", "military")
        if any(pack.possessor_bodies.fullmatch(" ".join(rest[:n]).rstrip(",")) for n in (1, 2) if len(rest) >= n):
            return hit[0]
    return None


_SHORT_FORM_AFTER = regex.compile(r"\s*\([^()\s]{1,12}\)")


def _arg_before(args: list[Arg], pos: int, text: str, max_gap: int = 4) -> Arg | None:
    best = None
    for a in args:
        gap = text[a.end : pos]
        if a.end <= pos and len(gap.strip()) <= max_gap and not any(c in gap for c in ",;:।.\n"):
            best = a
    return best


def _office_before_cue(text: str, lo: int, hi: int, pack: LangPack) -> bool:
    """An office or a body's word (entity_cues titles, ``body_heads``, ``label_after``) ends the words in ``[lo, hi)``, a
    postposition after it allowed: "सिस्तान-बलूचिस्तान प्रान्त के गवर्नर के अनुसार" (the governor speaks; the genitive before
    names whose)."""
    from ..entities.cues import cues_for
    from ..entities.kb import surface_form

    words = text[lo:hi].split()
    cues = cues_for(pack.lang)
    for k in (1, 2):
        if len(words) >= k and cues.title_at([surface_form(w) for w in words[-k:]], 0) is not None:
            return True
        # (or a body's word: "इंडोनेशिया की आपदा अल्पीकरण एजेंसी के अनुसार", the agency speaks)
        if len(words) >= k and (surface_form(words[-k]) in cues.body_heads
                                or cues.label_after.get(surface_form(words[-k])) in ("ORG", "AGENCY")):
            return True
    return False


def _only_descriptors(text: str, lo: int, hi: int, pack: LangPack) -> bool:
    """Only office words and demonyms between ``lo`` and ``hi`` ("Russian President")."""
    from ..entities.cues import cues_for
    from ..entities.kb import surface_form
    from .args import _bare_words

    cues = cues_for(pack.lang)
    # the words that type an outlet ("news agency", "সংবাদ সংস্থা", entity_cues AGENCY cues) describe it too
    outlet = {w for words, lab in cues.label_before.items() if lab == "AGENCY" for w in words} | {
        w for w, lab in cues.label_after.items() if lab == "AGENCY"}
    # (and a determiner: "according to the Pakistani military")
    # (and a word qualifying an office: "said opposition leader Rahul Gandhi", "former")
    words = _bare_words(text, lo, hi, pack, ())
    # (and what kind of outlet: "the state news agency TASS", quotes.yaml ``outlet_qualifiers``)
    qualifiers = _cue_pattern(pack, "outlet_qualifiers")
    outlet |= {w for w in words if qualifiers is not None and qualifiers.fullmatch(w)}
    k = 0
    while k < len(words):
        # (a demonym of several words: "South Korean broadcaster KBS")
        n = next((n for n in (3, 2) if k + n <= len(words) and surface_form(" ".join(words[k : k + n])) in cues.demonyms), 1)
        w = words[k]
        if n == 1 and not (surface_form(w) in cues.demonyms or surface_form(w) in outlet or surface_form(w) in cues.title_modifiers
                           or (pack.determiners is not None and pack.determiners.fullmatch(w) is not None)):
            return False
        k += n
    return True


def _words_names_as_one(text: str, args: list[Arg], lo: int, hi: int) -> int:
    """The number of words in ``text[lo:hi]``, each argument's name inside counted as one word."""
    return len(text[lo:hi].split()) - sum(len(a.text.split()) - 1 for a in args if lo <= a.start and a.end <= hi)


def _blanked(text: str, args: list[Arg], lo: int, hi: int) -> str:
    """``text`` with the arguments between ``lo`` and ``hi`` (and their markers) blanked out: what is
    left of "Algeria's U.N. Ambassador" is the office."""
    chars = list(text[:hi])
    for a in args:
        if lo <= a.start and a.end <= hi:
            for k in range(a.outer_start if a.outer_start is not None else a.start, min(hi, max(a.outer_end or a.end, a.end))):
                chars[k] = " "
    return "".join(chars)


def _arg_after(args: list[Arg], pos: int, text: str, max_gap: int = 4, pack: LangPack | None = None) -> Arg | None:
    """The first argument after ``pos`` with at most ``max_gap`` characters before it, or (given
    the language ``pack``) only office words and demonyms: "said Russian President Vladimir Putin"."""
    for k, a in enumerate(args):
        if a.start < pos:
            continue
        gap = text[pos : a.start]
        if len(gap.strip()) <= max_gap or (pack is not None and not rx.search(r"[,;:।.()\"]", gap)
                                           and len(gap.split()) <= 4 and _only_descriptors(text, pos, a.start, pack)):
            # "said Hamas official Basem Naim": a modifier names whom the next argument speaks for
            while a.slot == "modifier" and k + 1 < len(args):
                k, a = k + 1, args[k + 1]
            # "according to South Korea's Yonhap news agency": the possessor's outlet speaks
            # (three words after an attached genitive: "ইরানের রাষ্ট্রীয় বার্তা সংস্থা ইরনা")
            while (k + 1 < len(args) and (a.slot == "genitive" or POSSESSIVE.match(text, a.end))
                   and len(text[max(a.end, a.outer_end or a.end) : args[k + 1].start].split()) <= (3 if (a.outer_end or a.end) > a.end else 2)
                   and not rx.search(r"[,;:।.()\"]", text[a.end : args[k + 1].start])):
                k, a = k + 1, args[k + 1]
            return a
        return None
    return None


@lru_cache(maxsize=None)
def _word_final(suffix: regex.Pattern) -> regex.Pattern:
    """A case ending's pattern anchored at the end of a word (searching the bare pattern finds its first match,
    which may be inside the stem)."""
    return regex.compile("(?:" + suffix.pattern + ")$", suffix.flags)


def _before_locative_noun(text: str, a: Arg, limit: int, pack: LangPack, names: set[int] = frozenset()) -> bool:
    """The word right after ``a`` is a noun (no name of ``names``) with the language's locative ending
    ("ফেসবুক পোস্টে"; not "ইউনূস ঢাকায় বলেন")."""
    nxt = rx.match(r"\s+([^\s,।;:]+)", text[a.outer_end : limit])
    if nxt is None or a.outer_end + nxt.start(1) in names or a.label == "PER":
        return False  # (a person owns no medium: "ফখরুল বিবৃতিতে বলেন", Fakhrul said in a statement)
    word = nxt.group(1)
    # (the longest case ending written on the word decides: "ঘটনাটিকে" ends in the dative -কে, not the locative -ে)
    endings = [(hit.start(), mk.slot) for mk in pack.markers if mk.suffix is not None and mk.after is None
               for hit in [_word_final(mk.suffix).search(word)] if hit is not None and hit.start() >= 2]
    if endings and min(endings)[1] == "locative":
        return True
    for mk in pack.markers:
        if mk.slot == "locative" and mk.after is not None and mk.suffix is None and mk.after.match(
                text, a.outer_end + nxt.end(), limit):
            return True  # hi "फेसबुक पोस्ट में"
    return False


def _before_cased_body(text: str, a: Arg, limit: int, pack: LangPack) -> bool:
    """The word right after ``a`` is a body word (``possessor_bodies``) with a case ending of its own:
    the name qualifies that body ("তৃণমূল সরকারকে", the Trinamool government, as the object), no subject."""
    nxt = rx.match(r"\s+([^\s,।;:]+)", text[a.outer_end : limit])
    if nxt is None or pack.possessor_bodies is None:
        return False
    word = nxt.group(1)
    from ..entities.cues import cues_for
    from ..entities.kb import surface_form

    cues = cues_for(pack.lang)
    stems = [x for x in cues.strip_suffix(word, True) if x != word]
    if any(pack.possessor_bodies.fullmatch(x) for x in stems):
        return True
    # (or an office in the genitive before another noun in it: "সার্ক পররাষ্ট্রমন্ত্রীদের বৈঠকের আগে", before the SAARC
    # foreign ministers' meeting; not "ইউনূস সাংবাদিকদের বলেন", an office told)
    after = rx.match(r"\s+([^\s,।;:]+)", text[a.outer_end + nxt.end() : limit])
    genitive = [_word_final(mk.suffix) for mk in pack.markers if mk.slot == "genitive" and mk.suffix is not None and mk.after is None]

    def in_genitive(w: str) -> bool:
        return any((h := g.search(w)) is not None and h.start() >= 2 for g in genitive)

    return (after is not None and in_genitive(word) and in_genitive(after.group(1))
            and any(cues.title_at([surface_form(x)], 0) for x in stems))


def speaker_before(args: list[Arg], start: int, pos: int, text: str | None = None, pack: LangPack | None = None) -> Arg | None:
    """The speaker of a speech verb at ``pos``: the last agent argument before it (hi "एएफपी ने
    क्रेमलिन प्रवक्ता पेस्कोव के हवाले से बताया": AFP, not the Kremlin), else the last unmarked one.
    Given the ``text`` and its ``pack``, not a name inside a relative clause set off by commas right
    before the verb ("Trump, who hosted the two leaders, called the agreement ...": Trump)."""
    if text is not None and pack is not None and pack.relatives is not None:
        # "drawing criticism from Zelenskiy, who called it a "huge disappointment"": the name before the relative
        # right before the verb speaks, whatever its role in the clause before
        rel = rx.search(r",\s*(\S+)\s*$", text[start:pos])
        if rel is not None and pack.relatives.fullmatch(rel.group(1)):
            comma = start + rel.start()
            named = next((a for a in reversed(args) if a.end <= comma and a.ref is None and a.entity_ids
                          and not text[a.outer_end or a.end : comma].strip()), None)
            if named is not None:
                return named
    # (bn "পুতিন, যিনি গত বছর পিয়ংইয়ং সফর করেছিলেন, বলেন": quotes.yaml ``correlative_relatives``)
    relatives = None if pack is None else (pack.relatives or _cue_pattern(pack, "correlative_relatives"))
    if text is not None and relatives is not None and text[start:pos].rstrip().endswith(","):
        end = text.rindex(",", start, pos)
        rel = next((m for m in relatives.finditer(text, start, end)
                    if rx.search(r",\s*$", text[start : m.start()]) and "," not in text[m.end() : end]), None)
        if rel is not None and any(start <= a.start and a.end <= rel.start() for a in args):
            # (when a name stands before it: "মোয়ালেম, যিনি ... উপ-প্রধানমন্ত্রী, বলেন" with no name found keeps the office)
            args = [a for a in args if not (rel.start() <= a.start < end)]
    if text is not None and pack is not None and (owned := _cue_pattern(pack, "owned_speech")) is not None and owned.match(text, pos):
        # hi "कावामुरा का कहना था, "..."": the saying is the owner's (the name in the genitive right before it)
        owner = next((a for a in reversed(args) if start <= a.start and (a.outer_end or a.end) <= pos and a.slot == "genitive"
                      and not text[a.outer_end or a.end : pos].strip()), None)
        if owner is not None:
            return owner
    cands = [a for a in args if start <= a.start and a.end <= pos and a.slot in ("", "agent")]
    if text is not None and pack is not None and pack.order == "SOV" and cands:
        # "सुप्रीम कोर्ट ने ... इजाज़त दी थी लेकिन न्याय विभाग ने कहा था": an agent marker on a noun nearer the verb
        # (no name) marks the one who speaks; the agent before it acted in a clause of its own
        # (the later agent in the verb's own clause, a coordinator or break between the two: "... लेकिन न्याय विभाग ने कहा")
        later = [mk.after for mk in pack.markers if mk.slot == "agent" and mk.after is not None and mk.suffix is None]
        joints = [p for p in (pack.clause_breaks, _cue_pattern(pack, "clause_coordinators")) if p is not None]

        def another_agent(a: Arg) -> bool:
            lo = a.outer_end or a.end
            for pat in later:
                for k in pat.finditer(text, lo, pos):
                    if (rx.search(r"\S\s*$", text[lo : k.start()]) and len(text[k.end() : pos].split()) <= 6
                            and not any(j.search(text, k.end(), pos) for j in joints)
                            and any(j.search(text, lo, k.start()) for j in joints)):
                        return True
            return False

        cands = [a for a in cands if a.slot != "agent" or not another_agent(a)]
        owned = {a.outer_end or a.end for a in args}
        if not any(a.slot == "agent" for a in cands) and any(
                k.end() not in owned for pat in later for k in pat.finditer(text, start, pos)):
            # "टीवी की गोल्डेन गर्ल ने ... मार्लो, बकिंघमशायर में ... कहा": the agent marker on a noun that is no
            # name marks who speaks; an unmarked place in the clause does not
            cands = [a for a in cands if a.label != "LOC"]
    if text is not None and pack is not None and pack.order == "SOV" and pack.adjunct_phrase_ends is not None and len(cands) > 1:
        # "কেন বেনেট ... বাংলাদেশ সফরের পর এক প্রতিবেদনে বলেছিলেন": a bare name opening an adjunct (roles.yaml
        # ``adjunct_phrase_ends``) does not speak; the one before it does
        from .extract import _adjunct_end  # (extract imports this module)

        adjunct = _adjunct_end(pack)
        cands = [cands[0]] + [a for a in cands[1:] if not (a.slot == "" and adjunct.match(text, a.outer_end or a.end, pos))]
    agents = [a for a in cands if a.slot == "agent"]
    sp = (agents or cands)[-1] if cands else None
    return _correlated_name(args, start, sp, text, pack) if text is not None and pack is not None else sp


def _correlated_name(args: list[Arg], start: int, sp: Arg | None, text: str, pack: LangPack) -> Arg | None:
    """"মোদী, যিনি গত মাসে ওবামার সঙ্গে বৈঠক করেছিলেন, তিনি বলেন": a pronoun answering a relative clause
    (quotes.yaml ``correlative_relatives``) is the name the clause follows, not the last name inside it; else ``sp``."""
    if sp is None or sp.ref is None or sp.ref.kind != "pronoun" or (rel := _cue_pattern(pack, "correlative_relatives")) is None:
        return sp
    for m in rel.finditer(text, start, sp.start):
        if rx.search(r",\s*$", text[start : m.start()]):
            comma = text.rindex(",", start, m.start())
            named = next((a for a in reversed(args) if a.end <= comma and a.ref is None and a.entity_ids
                          and not text[a.outer_end or a.end : comma].strip()), None)
            if named is not None:
                return named
    return sp


# spaces and commas between a speech verb and what follows it (read in place, not by slicing the rest of the text)
_GAP = regex.compile(r"[\s,]*")
# what closes the words before a speech verb whose speaker follows it: ", said Peskov", "'...' said X"
CLOSING = (",", '"', "”", "’", "»", "'")
# of those, the marks that end a direct quote: a speaker right after one said those words
CLOSING_MARKS = frozenset(CLOSING) - {","}
END_PUNCT = " ,:\"'“”‘’«»।.!?\n"


def body_possessor(text: str, args: list[Arg], lo: int, verb: int, pack: LangPack) -> Arg | None:
    """"Russia's defence ministry said ...", "..., Ukraine's air force said", "its foreign ministry
    said": the possessor of the body right before the speech verb at ``verb``, who speaks through it
    (hi "रूस की सेना ने कहा": the body may carry the agent marker)."""
    if pack.possessor_bodies is None:
        return None
    from .extract import _agent_marker  # (the language's agent marker, cached per language)

    agent = _agent_marker(pack)

    medium = _cue_pattern_raw(pack, "medium_before_verb", r"(?:[^\s,;:।]+\s+){0,3}?", r"\s*")

    def bare_body_word(gap: str) -> bool:
        marked = agent.search(gap) if agent is not None else None
        if marked is not None and not gap[marked.end() :].strip():
            gap = gap[: marked.start()].strip()
        return pack.possessor_bodies.fullmatch(gap) is not None

    def body_word(gap: str) -> bool:
        # (or the body, then the statement or medium it speaks in, a day before that: "नेतन्याहू के कार्यालय ने सोमवार
        # को एक बयान में कहा", "নেতানিয়াহুর দপ্তর এক বিবৃতিতে জানিয়েছে")
        return bare_body_word(gap) or (medium is not None and any(
            medium.fullmatch(gap, sp.end()) and bare_body_word(gap[: sp.start()]) for sp in rx.finditer(r"\s+", gap)))

    # "..., the U.N. mission in South Sudan said": the body's place after it (a locative that ends
    # right before the verb) stands between body and verb
    where = next((b for b in args if lo <= b.start and b.end <= verb and b.slot == "locative"
                  and not text[b.outer_end or b.end : verb].strip()), None)
    end = (where.outer_start if where.outer_start is not None else where.start) if where is not None else verb
    # (a possessive before a body the recogniser found is read as its modifier: "its foreign ministry")
    # (a bare name too when a place follows the body: "the U.N. mission in South Sudan said")
    slots = ("genitive", "modifier", "") if end < verb else ("genitive", "modifier")
    # (not the source of an according-to phrase: "रॉयटर्स के मुताबिक अधिकारियों ने कहा" are no officials of Reuters)
    acc = _cue_pattern(pack, "according_to")
    args = [a for a in args if not (acc is not None and a.outer_end and acc.search(text, a.end, a.outer_end))]
    found = next((a for a in args if lo <= a.start and a.end <= end and a.slot in slots
                  and ((a.slot and body_word(text[a.outer_end : verb].strip())) or (end < verb and body_word(text[a.outer_end : end].strip())))),
                 None)
    if found is None and pack.order == "SVO":
        # "..., a spokesman for Khan's Pakistan Tehreek-e-Insaf (PTI) party said": the body or office
        # "for"/"of" its owner right before the verb (a short form in brackets and a kind word may follow)
        from .extract import _body_before

        found = next((a for a in reversed(args) if lo <= a.start and a.end <= verb and a.slot in ("benefactive", "genitive")
                      and rx.fullmatch(r"\s*(?:\([^()]{1,12}\))?\s*(?:\p{Ll}+\s*)?", text[a.outer_end or a.end : verb])
                      and _body_before(pack).search(text, max(lo, (a.outer_start or a.start) - 40),
                                                    a.outer_start if a.outer_start is not None else a.start)), None)
    return found


def _says_on(text: str, args: list[Arg], lead: str, m: regex.Match, s_end: int, pack: LangPack) -> bool:
    """"Jaishankar meets Wang Yi, says India-China ties on path to improvement": "says"/"said" right after the comma
    closing one clause, words and no speaker after it, goes on with that clause's subject, as "saying" does (not
    "The statement, issued by the Kremlin, said ...", two commas; nor "..., said Lin Jian" or "..., says Foreign
    Minister", a speaker after the verb)."""
    if pack.order != "SVO" or "," in lead[:-1] or not rx.fullmatch(r"(?-i:says|said)", m.group()):
        return False
    if _first_person_in(lead, pack):
        return False  # "We are ready, said a local resident": a clause in the first person is someone's words
    rest = text[m.end() : s_end].strip(END_PUNCT + " ")
    if not rest or (len(rest.split()) <= 5 and all(w[:1].isupper() for w in rest.split())):
        return False
    if _unnamed_np(rest, pack):
        return False  # "..., said a local resident": a noun phrase after the verb, no clause, names who says it
    nxt = _arg_after(args, m.end(), text, 4, pack)
    return not (nxt is not None and not text[nxt.outer_end or nxt.end : s_end].strip(END_PUNCT + " "))


def _unnamed_np(words: str, pack: LangPack) -> bool:
    """A short noun phrase opening with a determiner and holding no auxiliary ("a local resident"; not "the talks were
    useful", a clause)."""
    ws = words.split()
    return (0 < len(ws) <= 4 and pack.determiners is not None and pack.determiners.fullmatch(ws[0]) is not None
            and not (pack.auxiliaries is not None and any(pack.auxiliaries.fullmatch(w) for w in ws)))


def _first_person_in(words: str, pack: LangPack) -> bool:
    """A first-person word of the pack (roles.yaml refs ``first_singular``/``first_plural``) in ``words`` ("We are
    ready"; not "US" written in capitals, the country)."""
    return any(r.kind in ("first_singular", "first_plural") and any(
        not (len(h.group()) > 1 and h.group().isupper()) for h in r.pattern.finditer(words)) for r in pack.refs)


# an English article before the one told ("told The Associated Press"): no word between verb and name
_THE = regex.compile(r"(?i)\bthe\b")
# a short form in brackets after a name ("বর্ডার গার্ড বাংলাদেশ (বিজিবি)"): part of the name's mention
SHORT_FORM_AFTER = regex.compile(r"\s*\([^()\n]{1,25}\)")


def _ends_sentence(text: str, pos: int, s_end: int) -> bool:
    """Whether only punctuation (or the name's short form in brackets) follows ``pos`` in the sentence."""
    short = SHORT_FORM_AFTER.match(text, pos, s_end)
    return not text[short.end() if short is not None else pos : s_end].strip(END_PUNCT)


def _speaker(text: str, args: list[Arg], s_start: int, s_end: int, m: regex.Match, side: str,
             quotative: regex.Pattern | None, comp: regex.Pattern | None = None,
             addressee: regex.Pattern | None = None, pack: LangPack | None = None,
             back: regex.Pattern | None = None) -> tuple[Arg | None, bool]:
    """The speaker of the speech verb ``m`` and whether it is named after the verb.

    After the verb, ending the sentence: "..., said Peskov"; bn "... বলে জানিয়েছেন পেসকভ" (the
    words before the verb closed by a comma, a quote mark or a quotative, so "Putin told Xi." is
    no quote of Xi's; verb-final languages only when the name follows the verb at once, or after a
    short descriptor behind a quotative: "... বলে জানিয়েছে দেশটির রাষ্ট্রীয় সংবাদমাধ্যম সিনহুয়া").
    Else before it (:func:`speaker_before`); English puts that one next to the verb or in an
    apposition ("Kim Yo Jong, the leader's sister, said"): "..., a foreign ministry statement
    said" names none. After an ``addressee`` verb ("told Reuters") the next argument is no speaker."""
    lead = text[s_start : m.start()].rstrip()
    participles = _cue_pattern(pack, "subject_participles") if pack is not None else None
    if participles is not None and lead.endswith(",") and (
            participles.fullmatch(m.group()) or _says_on(text, args, lead, m, s_end, pack)):
        # "X hailed the ruling, saying ...": the main clause's subject (or the owner of its body:
        # "South Korea's unification ministry criticised the visit, saying ...")
        before = [a for a in args if s_start <= a.start and a.end <= m.start()]
        reporter = _reporting_clause_before(text, before, s_start, m.start(), pack)
        if reporter is not None:
            return reporter, False
        subj = next((a for a in before if a.slot in ("", "agent") and a.label != "NORP"), None)
        if subj is not None and subj.label != "PER":
            # "EU foreign policy chief Kaja Kallas welcomed ..., saying": the person the body's office
            # words lead to, not the body
            k = before.index(subj)
            nxt = before[k + 1] if k + 1 < len(before) else None
            # ("Ukraine criticised Guterres ..., saying": a verb right after the body makes the name its object)
            if (nxt is not None and nxt.label == "PER" and nxt.ref is None and pack is not None
                    and not rx.search(r"[,;:]", text[subj.outer_end or subj.end : nxt.start])
                    and not _trigger_at(text, subj.outer_end or subj.end, pack)
                    and len(text[subj.outer_end or subj.end : nxt.start].split()) <= 4):
                subj = nxt
        owner = None
        if subj is None and before and before[0].slot == "genitive":
            gap = rx.match(r"\s*((?:[\w-]+\s+){0,3}?[\w-]+)\s+\w+ed\b", text[before[0].outer_end : m.start()])
            if gap is not None and pack.possessor_bodies is not None and pack.possessor_bodies.fullmatch(gap.group(1)):
                owner = before[0]
        return owner or subj, False
    if pack is not None and pack.relatives is not None and side == "after":
        # "... held talks with Premier Li Qiang, who said Beijing would ...": the name before the relative speaks,
        # whatever its role in the clause before
        rel = rx.search(r",\s*(\S+)$", lead)
        if rel is not None and pack.relatives.fullmatch(rel.group(1)):
            comma = s_start + rel.start()
            named = next((a for a in reversed(args) if a.end <= comma and a.ref is None and a.entity_ids
                          and not text[a.outer_end or a.end : comma].strip()), None)
            if named is not None:
                return named, False
    if addressee is not None and addressee.match(m.group()):
        # (an article before the one told: "told The Associated Press that ...")
        args = [a for a in args if not (m.end() <= a.start and not _THE.sub("", text[m.end() : a.start]).strip())]
    by_mark = lead.endswith(CLOSING)
    by_quotative = quotative is not None and quotative.search(text, max(s_start, m.start() - 12), m.start()) is not None
    # "এ তথ্য জানিয়েছে ... ইয়োনহাপ": what is said is the sentence before; the speaker follows
    by_back = back is not None and side != "after" and _back_ref_before(text, m, back)
    # bn "আমরা আলোচনায় প্রস্তুত, বলেন পররাষ্ট্রমন্ত্রী হাছান মাহমুদ": a verb-final language's speech verb
    # right after a comma has its speaker after it, ending the sentence (else none found here)
    by_comma = pack is not None and pack.order == "SOV" and side != "after" and lead.endswith(",")
    if by_mark or by_quotative or by_back or by_comma:
        gap = 4 if side == "after" else (40 if not by_mark else 0)
        sp = _arg_after(args, m.end(), text, gap, pack if side == "after" or by_comma else None)
        if by_back:  # the name ending the sentence, after a descriptor that may hold one ("দক্ষিণ কোরিয়ার বার্তা সংস্থা")
            sp = next((a for a in reversed(args) if a.start >= m.end() and a.end <= s_end), sp)
        while sp is not None and sp.entity_ids:
            # "... বলে জানিয়েছে জাতিসংঘের শরণার্থী সংস্থা ইউএনএইচসিআর": the body's name and then its short form,
            # the same entity twice, end the sentence together
            same = next((a for a in args if a.start > sp.start and a.entity_ids[:1] == sp.entity_ids[:1]
                         and not text[sp.outer_end or sp.end : a.start].strip()), None)
            if same is None:
                break
            sp = same
        if sp is not None and _ends_sentence(text, sp.outer_end, s_end):
            return sp, True
        if sp is not None and pack is not None and pack.possessor_bodies is not None and sp.slot == "genitive":
            # "... আহত হয়েছেন বলে জানিয়েছে ইউক্রেনের জরুরি সেবা বিভাগ": a body of the name ends the sentence
            rest = text[sp.outer_end : s_end].strip(END_PUNCT).split()
            if 1 <= len(rest) <= 4 and any(pack.possessor_bodies.fullmatch(" ".join(rest[k:])) for k in range(len(rest))):
                return sp, True
        if (by_quotative or by_comma) and sp is not None and pack is not None and pack.order == "SOV":
            # "... বলে জানিয়েছেন ইসরায়েল সরকারের মুখপাত্র মার্ক রেগেভ": a person ending the sentence after a short
            # descriptor that holds another name (his government's) says it
            named = next((a for a in reversed(args) if a.start >= m.end() and a.end <= s_end), None)
            if (named is not None and named is not sp and named.label == "PER" and named.ref is None
                    and _ends_sentence(text, named.outer_end, s_end) and len(text[m.end() : named.start].split()) <= 5
                    and not rx.search(r"[,;।]", text[m.end() : named.start])):
                return named, True
        rest = text[m.end() : s_end].lstrip()
        if (sp is None and by_comma and not lead[:-1].rstrip().endswith(tuple(CLOSING_MARKS))
                and rest.strip(END_PUNCT) and not rest.startswith((",", ":")) and len(rest.split()) <= 8
                and not rx.search(r"[,;:\"“”]", rest.strip(END_PUNCT))
                and not (comp is not None and comp.match(rest))):  # (not "X, যিনি ..., বলেছেন যে ...": words follow)
            # "... অপেক্ষা করছিলাম আমরা, বলেন এক নারী": the words end at the comma; whoever says them after the verb
            # is no name (nor is one inside the words)
            return None, False
        if (sp is None and side == "after" and lead.endswith(",") and "," not in lead[:-1] and pack is not None
                and text[m.end() : s_end].strip(END_PUNCT)
                and (_first_person_in(lead, pack) or _unnamed_np(text[m.end() : s_end].strip(END_PUNCT + " "), pack))):
            # (so "We are ready, said a local resident": words in the first person, or a noun phrase after the verb
            # that names no one)
            return None, False
        if by_quotative and side != "after" and text[m.end() : s_end].strip(END_PUNCT):
            # "... যাবেন বলে জানিয়েছেন তাঁর প্রেস সচিব": the speaker follows the verb but is no name;
            # the subject of the reported clause (জাপান, ইউনূস) did not say it
            return None, False
    if quotative is not None and side != "after":
        # "... করবেন বলে পররাষ্ট্র মন্ত্রণালয় জানিয়েছে": the speaker stands between quotative and verb;
        # one the recogniser did not find is no reason to take the reported clause's subject
        last = None
        for last in quotative.finditer(text, max(s_start, m.start() - 60), m.start()):
            pass
        between = text[last.end() : m.start()].split() if last is not None else []
        if last is not None and not between and pack is not None and pack.order == "SOV":
            # "আরাকান আর্মি রাখাইনের মংডু শহর দখলে নিয়েছে বলে দাবি করেছে": the words end at the verb; the
            # one who claims is the sentence's subject, opening it, not a name the words hold
            # (from the last comma on: "অ্যাসোসিয়েটেড প্রেস জানিয়েছে, বাইডেন ... নেবেন বলে জানিয়েছেন" is Biden's)
            lo = max(s_start, text.rfind(",", s_start, last.start()) + 1)
            # (past an adjunct of the subject's own clause: "ভারত সফরের সময় শেখ হাসিনা ... কথা বলেছিলেন" is hers)
            # (the pattern ends where it is searched up to: tried at each word's end)
            if pack.subject_adjunct_ends is not None:
                base = lo
                for w in rx.finditer(r"\S+", text[base : last.start()]):
                    if pack.subject_adjunct_ends.search(text, base, base + w.end()) is not None:
                        lo = base + w.end()
            first = next((a for a in args if lo <= a.start and a.end <= last.start() and a.slot in ("", "agent")
                          and a.label != "NORP"), None)
            if first is not None and (first.slot == "agent" or not any(
                    a.slot == "agent" for a in args if lo <= a.start and a.end <= last.start())):
                return first, False
        participle = _cue_pattern_raw(pack, "conjunctive_participles", lead=r"(?<!\S)", tail=r"(?!\S)") if pack is not None else None
        # (a name of several words counts as one: "বলে ইসির উপ সচিব শাহজাহান খান জানান")
        if (last is not None and 0 < len(between) and _words_names_as_one(text, args, last.end(), m.start()) <= 4
                and not any(c in ",;।" for c in "".join(between))
                and not (participle is not None and participle.search(text, last.end(), m.start()))):
            # (not a participle after it: "অগ্রগতির কথা তুলে ধরে হাসিনা বলেন, ...", having told of the progress, she
            # said what follows)
            inside = [a for a in args if last.end() <= a.start and a.end <= m.start()]
            # (the one told may stand between it and the verb: "বলে হামাস রয়টার্সকে জানিয়েছে", "... সাংবাদিকদের
            # জানান"; quotes.yaml ``addressee_words``)
            verb = m.start()
            told = _cue_pattern_raw(pack, "addressee_words", lead=r"\s", tail=r"\s*$") if pack is not None else None
            while inside and inside[-1].slot == "dative" and not text[inside[-1].outer_end : verb].strip():
                verb = inside.pop().outer_start or verb
            if told is not None and inside and (w := told.search(text, inside[-1].outer_end, verb)) is not None:
                verb = w.start()
            # (its short form in brackets may follow it: "বলে আইন ও সালিশ কেন্দ্র (আসক) জানিয়েছে")
            if inside and not _SHORT_FORM_AFTER.sub("", text[inside[-1].outer_end : verb], count=1).strip() \
                    and inside[-1].slot in ("", "agent"):
                return inside[-1], True
            return None, False  # (one told, "স্বরাষ্ট্র মন্ত্রণালয়কে জানিয়েছে", is no speaker)
    if pack is not None and pack.order == "SOV":
        # "তারেক রহমান তাঁর ফেসবুক পোস্টে লিখেছেন": a bare name before a noun in the locative names
        # the medium (Facebook's post), not who wrote
        starts = {b.start for b in args}
        # (a pronoun qualifies no noun: "তিনি সরকারকে সতর্ক করে বলেন" is his warning, said)
        qualifiers = [a for a in args if a.slot == "" and (a.ref is None or a.ref.kind != "pronoun" or a.ref.label != "PER") and (
            _before_locative_noun(text, a, m.start(), pack, starts) or _before_cased_body(text, a, m.start(), pack))]
        kept = [a for a in args if a not in qualifiers]
        if (pack.conjunctive_end is not None and pack.conjunctive_end.search(lead)
                and not any(s_start <= a.start and a.end <= m.start() and a.slot in ("", "agent") for a in kept)):
            # "মির্জা ফখরুল সরকারের সমালোচনা করে বলেন": the body is the object of the participle before the verb
            # ("having criticised the government"), the person before it its subject, when no other one is named
            kept = [a for a in args if a not in qualifiers or (a.label == "PER" and a.ref is None)]
        args = kept
    imm = next((a for a in reversed(args) if s_start <= a.start and a.end <= m.start()), None)
    if imm is not None and imm.slot == "" and imm.label != "NORP" and not text[imm.outer_end : m.start()].strip():
        # the name right before the verb, unmarked: "..., शी जिनपिंग बोले- ..." (not the agent of the
        # clause before the comma)
        sp = _correlated_name(args, s_start, imm, text, pack) if pack is not None else imm
    else:
        sp = speaker_before(args, s_start, m.start(), text, pack)
        if sp is None and imm is not None and imm.slot == "by" and imm.ref is None and not rx.search(
                r"[^\s,]", text[imm.outer_end or imm.end : m.start()]):
            sp = imm  # "A statement issued by the Kremlin said ...": who issued the words speaks
        if sp is None and pack is not None and (unnamed := _cue_pattern_raw(pack, "unnamed_source_in", tail=r"\s*$")) is not None:
            # "A source in Ukraine's SBU security service told ...": an unnamed source speaks for the body it is in
            sp = next((a for a in args if s_start <= a.start and a.end <= m.start() and a.slot in ("locative", "ablative", "near", "")
                       and unnamed.fullmatch(text, s_start, a.outer_start if a.outer_start is not None else a.start)), None)
    parenthetical = False  # the speaker stands before a phrase set off by commas
    if side == "after" and lead.endswith(","):
        # "Lavrov, speaking after talks with his Jordanian counterpart Ayman Safadi, said ...": a
        # participle or relative phrase between commas stands between the speaker and the verb
        opening = lead.rfind(",", 0, len(lead) - 1)
        phrase = lead[opening + 1 : -1].split() if opening >= 0 else []
        if phrase and PARENTHETICAL_OPENERS.fullmatch(phrase[0]) is not None and sp is not None and sp.start < s_start + opening:
            # the one before the phrase, a name and the words that type it: "RIA news agency, citing Shoigu, said"
            parenthetical = pack is not None and _only_descriptors(text, sp.outer_end or sp.end, s_start + opening, pack)
        elif phrase and (PARENTHETICAL_OPENERS.fullmatch(phrase[0]) is not None) and (sp is None or sp.start >= s_start + opening):
            before = speaker_before(args, s_start, s_start + opening)
            if before is None and pack is not None:
                # "RIA news agency, citing Shoigu, said": a name and the words that type it
                last = next((a for a in reversed(args) if s_start <= a.start and a.end <= s_start + opening), None)
                if last is not None and _only_descriptors(text, last.outer_end or last.end, s_start + opening, pack):
                    before = last
            if before is not None:
                sp, parenthetical = before, True
        elif (phrase and phrase[0].isalpha() and phrase[0].islower() and len(phrase) <= 10 and sp is not None
              and sp.start >= s_start + opening and not (pack is not None and pack.conjunctions is not None
                                                          and pack.conjunctions.fullmatch(phrase[0]))):
            # "Han Dong-hoon, leader of Yoon's own People Power Party, said": an apposition after a person
            # describes him; the names inside it (the party) are no speaker
            person = next((a for a in reversed(args) if s_start <= a.start and a.end <= s_start + opening), None)
            if (person is not None and person.label == "PER" and person.slot == "" and person.ref is None
                    and not text[person.outer_end or person.end : s_start + opening].strip()):
                sp = person
    owner = body_possessor(text, args, s_start, m.start(), pack) if pack is not None and pack.possessor_bodies is not None else None
    sp = owner or sp
    last = lead.split()[-1:]
    # the sentence's subject: its first argument, after possessors that describe it ("Algeria's U.N.
    # Ambassador Amar Bendjama")
    first = next((a for a in args if a.start >= s_start and a.slot not in ("genitive", "modifier")), None)
    if first is not None and first.start >= m.start():
        first = None  # ("India's foreign ministry called ... and said it would ...": "it" is the reported clause's)
    if (side == "after" and last and last[0].isalpha() and pack is not None and pack.conjunctions is not None
            and pack.conjunctions.fullmatch(last[0])) and first is not None and first.slot == "" and (
            not text[s_start : first.start].strip() or _fronted_adjunct(text[s_start : first.start])
            or (pack is not None and _only_descriptors(_blanked(text, args, s_start, first.start), s_start, first.start, pack))):
        # "Marcos thanked Japan for its support and said ...": the verb after "and" has the
        # sentence's subject, not the object of the verb before it
        return first, False
    if (side == "after" and last and last[0].isalpha() and pack is not None and pack.conjunctions is not None
            and pack.conjunctions.fullmatch(last[0]) and first is None):
        # "India's foreign ministry called the move unfair and said ...": a body opening the sentence
        # speaks through its owner, as it would right before the verb
        opening = [a for a in args if a.start >= s_start and a.end <= m.start()][:2]
        if (len(opening) == 2 and opening[0].slot == "genitive" and opening[1].slot == "modifier"
                and not text[s_start : opening[0].start].strip()):
            return opening[0], False
    if sp is not None and side == "after" and not parenthetical and sp is not owner:
        gap = text[sp.outer_end : m.start()].strip()
        if len(gap.split()) > 3 and not (gap.startswith(",") and gap.endswith(",")):
            sp = None
    if sp is None and side == "after" and not (comp is not None and comp.match(text, m.end() + 1)):
        # "X met Y, said the spokesman Peskov of ..." (not "said that India ...": a clause follows)
        # (a pronoun opening the words, "the minister said he would ...", is most often the speaker; a place
        # is where it was said: "told reporters in Brussels")
        sp = _arg_after([a for a in args if a.slot not in ("locative", "near", "ablative", "dative", "comitative")],
                        m.end(), text, pack=pack)
    return sp, False


# a dateline opening the sentence: place, date, (agency), then a colon or a dash
# (or with no date, the agency in brackets: "JEDDAH, Saudi Arabia (Reuters) - ", "ঢাকা (রয়টার্স): ")
DATELINE = regex.compile(r"[^\n:।\"“]{1,40},\s*[^\n:।\"“]{0,25}\p{Nd}[^\n:।\"“]{0,30}?\s*[:—–]\s*"
                         r"|[^\n:।\"“()]{1,40}\([^()\n]{1,30}\)\s*[:—–-]\s+")
# ", which cited two sources," / ", who spoke on condition of anonymity,": about the source, not said
RELATIVE_AFTER_SOURCE = regex.compile(r"(?:\s+[\w-]+){0,3}?\s*,?\s*(?:which|who)\b[^,]*,")  # (also "an official who spoke on ...,")
DESCRIPTOR_TO_COMMA = regex.compile(r"(?:['’]s?)?(?:\s+[\w-]+){1,3}\s*,")  # (its owner's: "Pakistan's military,")
POSSESSIVE = regex.compile(r"['’]s?(?!\w)")
CITING_VERB = regex.compile(r"\b(?:cited|citing|quoted|quoting)\b")
# the first word of a phrase set off by commas between a speaker and the speech verb
PARENTHETICAL_OPENERS = regex.compile(r"(?i:\w+ing|who|which|whose|after|before|while|during|in|at|on|speaking)")


def _reporting_clause_before(text: str, before: list[Arg], s_start: int, pos: int, pack: LangPack) -> Arg | None:
    """"..., the Ukrainian air force said (on Friday), adding that ...": a reporting clause (a short
    speaker and a speech verb after a comma, maybe an adjunct of the verb: quotes.yaml ``verb_adjuncts``)
    right before the participle: its speaker goes on, not the subject of the reported words ("Russia
    launched ...")."""
    verbs = _cue_pattern(pack, "speech_verbs")
    if verbs is None:
        return None
    prev = None
    for prev in verbs.finditer(text, s_start, pos):
        pass
    gap = text[prev.end() : pos] if prev is not None else ""
    if prev is None or not gap.rstrip().endswith(","):
        return None
    words = gap.strip().rstrip(",").split()
    adjunct = _cue_pattern(pack, "verb_adjuncts")
    if words and not (len(words) <= 5 and "," not in gap.strip()[:-1] and adjunct is not None
                      and adjunct.match(text, prev.end() + len(gap) - len(gap.lstrip()))):
        return None
    comma = text.rfind(",", s_start, prev.start())
    if comma < 0 or len(text[comma + 1 : prev.start()].split()) > 6:
        return None
    return next((a for a in reversed(before) if a.start > comma and a.end <= prev.start()), None)


def _fronted_adjunct(lead: str) -> bool:
    """A short phrase set off by a comma before a sentence's subject: "On Thursday, ", "Later, "."""
    lead = lead.strip()
    return lead.endswith(",") and 0 < len(lead.split()) <= 4 and not any(c in lead[:-1] for c in ",;:\"“”")


def _passive_after(text: str, pos: int, end: int, pack: LangPack) -> bool:
    """A passive auxiliary right after a speech verb ("कहा गया", "বলা হয়েছে")."""
    m = rx.match(r"\s+(\S+)(?:\s+(\S+))?", text[pos:end])
    # (one word or two: "कहा गया", "कहा जाता है")
    return m is not None and (pack.passive.fullmatch(m.group(1).strip(",।.")) is not None or (
        m.group(2) is not None and pack.passive.fullmatch(m.group(1) + " " + m.group(2).strip(",।.")) is not None))


OUTLET_PREFIXES = ("agency:", "media:")  # KB ids of news agencies and media


def _outlet_carried_after(pack: LangPack) -> regex.Pattern | None:
    """quotes.yaml ``outlet_carried``, read where it is matched: after a speech verb (English) or right at the
    end of a name (a case ending may come first: hi/bn)."""
    key = "outlet_carried_after"
    if key not in pack.cue_patterns:
        items = pack.quotes.get("outlet_carried") or []
        pack.cue_patterns[key] = regex.compile("|".join(f"(?:{expand(i, {})})" for i in items), FLAGS) if items else None
    return pack.cue_patterns[key]


def _interview_outlet(text: str, args: list[Arg], s_start: int, m: regex.Match, ids, pack: LangPack) -> list[str]:
    """A news outlet an interview was given to, named before the speech verb in its sentence (quotes.yaml
    ``interview_outlet_after``: the words right after the outlet's name, its case ending first, "রয়টার্সকে দেওয়া এক
    সাক্ষাৎকারে", "रॉयटर्स को दिए इंटरव्यू में"; ``interview_outlet_before``: the words right before it, "In an
    interview with the BBC,")."""
    after = _cue_pattern_raw(pack, "interview_outlet_after", tail=r"(?!\w)")
    before = _cue_pattern_raw(pack, "interview_outlet_before", lead=r"(?<!\w)", tail=r"\s+$")
    out: list[str] = []
    for a in args:
        if a.ref is not None or not (s_start <= a.start and a.end <= m.start()):
            continue  # (an outlet is named; resolving a reference here would count it as mentioned again)
        outlets = [e for e in ids(a) if e.startswith(OUTLET_PREFIXES)]
        if outlets and ((after is not None and after.match(text, a.end, m.start()) is not None)
                        or (before is not None and before.search(text, max(s_start, a.start - 40), a.start) is not None)):
            out += [e for e in outlets if e not in out]
    return out


def _outlet_told(text: str, args: list[Arg], sp: Arg, m: regex.Match, addressee: regex.Pattern | None, side: str,
                 ids, pack: LangPack | None = None) -> list[str]:
    """A news agency or outlet the speaker told it to: after an addressee verb ("told Reuters"), or
    in the dative (or ablative) between speaker and verb in a verb-final language ("তাসকে বলেছেন",
    "तास को बताया", "तास से कहा")."""
    carried = _outlet_carried_after(pack) if pack is not None else None
    if side == "after" and carried is not None:
        # "said in a statement carried by the state news agency IRNA": the outlet that carried it reports it
        c = carried.match(text, m.end() + len(text[m.end() : m.end() + 3]) - len(text[m.end() : m.end() + 3].lstrip()))
        a = next((a for a in args if c is not None and a.start >= c.end()), None)
        if a is not None and len(text[c.end() : a.start].split()) <= 5 and not rx.search(r"[,;:.\"]", text[c.end() : a.start]):
            got = [e for e in ids(a) if e.startswith(OUTLET_PREFIXES)]
            if got:
                return got
    if side == "after":
        if addressee is None or not addressee.match(m.group()):
            return []
        a = next((a for a in args if a.start >= m.end()), None)
        if a is None or (_THE.sub("", text[m.end() : a.start]).strip()  # ("told The Associated Press")
                         and not (pack is not None and len(text[m.end() : a.start].split()) <= 5
                                  and _only_descriptors(text, m.end(), a.start, pack))):
            return []  # (words that only type it may stand before it: "told the state news agency TASS")
        cands = [a]
    else:
        # (hi "तास से कहा", "रॉयटर्स के साथ बातचीत में कहा": with से or "with" too)
        cands = [a for a in args if sp.end <= a.start and a.end <= m.start() and a.slot in ("dative", "ablative", "comitative")]
        if carried is not None:
            # "इरना द्वारा जारी बयान में कहा", "ইরনায় প্রকাশিত এক বিবৃতিতে জানিয়েছে": the outlet that carried it
            cands += [a for a in args if sp.end <= a.start and a.end <= m.start() and carried.match(text, a.end) is not None]
    return [e for a in cands for e in ids(a) if e.startswith(OUTLET_PREFIXES)]


def principal_of(args: list[Arg], speaker: Arg, text: str) -> Arg | None:
    """"पुतिन के सलाहकार" / "Putin's adviser": the person the speaker speaks for."""
    for a in args:
        if a is not speaker and a.slot in ("genitive", "modifier") and 0 <= speaker.start - a.outer_end <= 2:
            return a
    return None


OPENING_QUOTE_MARKS = "\"'“‘«„"


def attribute(doc_text: str, s_start: int, s_end: int, args: list[Arg], pack: LangPack, resolve, in_direct,
              person_before: list[str] | None = None) -> Attribution:
    """Attribution of one sentence. ``resolve(arg) -> [entity ids]``; ``in_direct(pos)`` tells
    whether a position is inside a direct quote (speech verbs there are the speaker's words);
    ``person_before``: whom the person speaking in the sentence before resolved to, if one did."""
    text = doc_text
    att = Attribution()
    outer: list[str] = []
    speakers: list[tuple[Arg, regex.Match]] = []
    inner: list[str] = []
    side = _source_side(pack)

    told_in_own_words: dict[int, set[str]] = {}  # a pronoun speaker after its verb -> names only in its own words

    def ids(a: Arg | None) -> list[str]:
        if a is None:
            return []
        if id(a) in told_in_own_words:
            # "... ইরানের একটি দাবি নিয়ে বিরোধ রয়ে গেছে বলে জানিয়েছেন তারা": "they" who say it are no name inside what
            # they say (unless told of before the sentence)
            return resolve(a, told_in_own_words[id(a)])
        if a.ref is not None and a.ref.kind == "pronoun" and a.ref.label in ("PER", "ANY") and not a.ref.plural:
            # "ট্রাম্প বলেছিলেন যে ..., তিনি বলেছিলেন, ...": a pronoun speaking after a person named
            # speaking earlier in the same sentence is that person
            named = [sp for sp, m in speakers if sp.ref is None and m.end() <= a.start and sp.label == "PER"]
            if named:
                got = resolve(named[-1])
                if got:
                    return got
            if person_before is not None and not any(b.label == "PER" and b.ref is None and s_start <= b.start < a.start
                                                     for b in args):
                # "মুখপাত্র বলেন, সেনাপ্রধান ... যাবেন। তিনি আরও বলেন": one speaking on after a person spoke in
                # the sentence before is that person, not a name in their words (if unnamed, the nearest one
                # named outside anyone's words: "The official said ...", told of a named official before)
                # (resolved all the same: the resolver keeps whom a pronoun was about for the sentences after)
                if not person_before:
                    return resolve(a, not_in_words=True)
                resolve(a)
                return list(person_before)
        return resolve(a)

    acc = _cue_pattern(pack, "according_to")
    verbs_cue, comp_cue = _cue_pattern(pack, "speech_verbs"), _cue_pattern(pack, "complementizers")
    said_by_cue: set[int] = set()  # speech verbs an according-to cue's quote already took
    acc_sources: dict[int, int] = {}  # the arguments according-to phrases name -> where the phrase ends
    asides: list[tuple[int, int]] = []  # ", according to X," between a speech verb and its words
    unnamed: set[int] = set()  # speech verbs whose speaker the sentence does not name (their according-to source reports them)
    not_said = _rules_cue(pack, side)
    if acc is not None:
        for m in acc.finditer(text, s_start, s_end):
            if in_direct(m.start()):
                continue
            if not_said is not None and (
                    (side == "before" and not_said.search(text, max(s_start, m.start() - 40), m.start()))
                    or (side == "after" and not_said.match(text, m.end() + len(text[m.end() : s_end]) - len(text[m.end() : s_end].lstrip())))):
                continue  # "বন্দিবিনিময় চুক্তি অনুযায়ী", "according to the agreement": a rule followed, nobody's words
            # "স্পুটনিক সংবাদ সংস্থার মতে": a short descriptor may sit between name and cue
            # ("according to Russian news agency RIA Novosti": a demonym and the outlet's kind may stand before it)
            src = _arg_before(args, m.start(), text, 30) if side == "before" else _arg_after(args, m.end(), text, pack=pack)
            if src is not None and side == "before" and len(text[src.outer_end or src.end : m.start()].split()) > 2 and (
                    (told := _cue_pattern_raw(pack, "according_to_nouns", tail=r"[\p{L}\p{M}]{0,4}(?:\s+\S{1,3})?\s*$")) is None
                    or told.search(text, src.outer_end or src.end, m.start()) is None) and not _office_before_cue(
                        text, src.outer_end or src.end, m.start(), pack):
                # "ঢাকার যাবতীয় উন্নয়নকাজ ড্যাপ অনুযায়ী": a name's genitive a few words before the cue owns a phrase, and
                # the cue follows a plan; unless those words end in a report of the name's (quotes.yaml
                # ``according_to_nouns``: "संयुक्त राष्ट्र की एक नई रिपोर्ट के अनुसार")
                src = None
            if src is not None and side == "before" and (src.slot in ("locative", "near", "dative", "upon", "excluded")
                                                         or (src.slot in ("ablative", "comitative") and src.entity_ids
                                                             and all(e.startswith(("loc:", "city:")) for e in src.entity_ids))):
                # "बांग्लादेश में चुनाव की तारीखों का ऐलान,": a place in a phrase is nobody's announcement
                # ("बिहार से मिल रहे समाचारों के अनुसार": nor is where the reports come from)
                src = None
            if src is None and side == "after":
                # "According to Pakistani officials, ...": unnamed officials of a country named by its demonym
                land = _demonym_officials(text, m.end(), s_end, pack)
                stop = rx.search(r"[,;:।]|$", text[m.end() : s_end].rstrip(END_PUNCT))
                lo = m.end() + len(text[m.end() : s_end]) - len(text[m.end() : s_end].lstrip())
                hi = m.end() + stop.start()
                if land is not None and hi > lo:
                    src = Arg(lo, hi, text[lo:hi], "GPE", [land], outer_start=lo, outer_end=hi, by="demonym_officials")
            for eid in ids(src):
                if eid not in outer:
                    outer.append(eid)
            if src is not None and side == "after" and comp_cue is not None and verbs_cue is not None:
                # "Ushakov told reporters, according to RIA Novosti, that ...": an aside between a speech verb and
                # its words; the outlet carries them (outer), the verb's own quote takes them
                close = rx.match(r"[^,;.]*?,\s*", text[src.outer_end or src.end : s_end])
                lead = text[s_start : m.start()]
                if (close is not None and lead.rstrip().endswith(",")
                        and comp_cue.match(text, (src.outer_end or src.end) + close.end())
                        and verbs_cue.search(lead)):
                    asides.append((s_start + len(lead.rstrip()) - 1, (src.outer_end or src.end) + close.end()))
                    continue
            if src is not None:
                if side == "before":
                    content = (m.end(), s_end)
                    if not text[m.end() : s_end].strip(END_PUNCT):
                        # "... এ চুক্তি হয় বলে বার্তা সংস্থা এএফপির খবরে বলা হয়েছে": the words come before
                        # the source, closed by a quotative
                        end = src.outer_start if src.outer_start is not None else src.start
                        quotative = _cue_pattern(pack, "quotatives")
                        qm = None
                        for qm in (quotative.finditer(text, max(s_start, end - 60), end) if quotative is not None else ()):
                            pass
                        # (the source's descriptors between: "বলে চীনের রাষ্ট্রীয় সংবাদ সংস্থা সিনহুয়ার খবরে")
                        if qm is not None and len(text[qm.end() : end].split()) <= 5:
                            end = qm.start()
                        content = (s_start, end)
                elif text[s_start : m.start()].strip():  # "..., according to X."
                    content = (s_start, m.start())
                else:  # "According to X, ..." (and "According to Reuters, which cited two sources, ...")
                    rel = RELATIVE_AFTER_SOURCE.match(text, src.outer_end, s_end)
                    desc = DESCRIPTOR_TO_COMMA.match(text, src.outer_end or src.end, s_end)  # "TASS news agency, ..."
                    content = (rel.end() if rel else desc.end() if desc else src.outer_end, s_end)
                    # ("According to Reuters, citing two sources, ...": whom it cites is no part of the words)
                    lead_in = rx.match(r"[\s,]*", text[content[0] : s_end])
                    cited_end = _citing_phrase_end(text, content[0] + lead_in.end(), s_end, pack)
                    if cited_end is not None:
                        content = (cited_end, s_end)
                    # "A statement from X said (that) ...": the cue was the subject, its verb no words said
                    said = verbs_cue.match(text, content[0] + len(text[content[0] : s_end]) - len(text[content[0] : s_end].lstrip())) \
                        if verbs_cue is not None else None
                    if said is not None:
                        comp_m = comp_cue.match(text, said.end() + len(text[said.end() : s_end]) - len(text[said.end() : s_end].lstrip())) \
                            if comp_cue is not None else None
                        content = ((comp_m or said).end(), s_end)
                        said_by_cue.add(said.start())
                if side == "after":  # "..., according to Yonhap, which cited the intelligence service"
                    rel = RELATIVE_AFTER_SOURCE.match(text + ",", src.outer_end or src.end, s_end + 1)
                    if rel is not None and CITING_VERB.search(rel.group()):
                        inner += [e for a in args if rel.start() <= a.start < rel.end() for e in ids(a) if e not in inner]
                att.quotes.append(_quote(text, content, src, m, ids(src), pack, "according_to"))
                acc_sources[id(src)] = m.end()
    for a, b in asides:  # (read past the aside, offsets kept: "told reporters            that the visit ...")
        text = text[:a] + " " * (b - a) + text[b:]
    # "রাশিয়াকে ড্রোন দিচ্ছে ইরান: যুক্তরাষ্ট্র", "Iran sending missiles to Russia: US": a line ending in a
    # colon and a name alone is that source's claim (a headline's attribution)
    last = max((a for a in args if a.entity_ids and a.ref is None), key=lambda a: a.end, default=None)
    if last is not None and not att.quotes and last.label in ("PER", "ORG", "GPE", "AGENCY"):
        colon = rx.search(r"[:：]\s*$", text[s_start : last.start])
        if (colon is not None and not text[last.end : s_end].strip(END_PUNCT + " \n")
                and len(text[s_start : s_start + colon.start()].split()) >= 3 and not in_direct(s_start + colon.start())):
            cue = regex.compile(r"[:：]").match(text, s_start + colon.start())
            for eid in ids(last):
                if eid not in outer:
                    outer.append(eid)
            att.quotes.append(_quote(text, (s_start, cue.start()), last, cue, ids(last), pack, "trailing_source"))
    claim_before, claim_after = _cue_pattern_raw(pack, "claim_tail_before", tail="$"), _cue_pattern_raw(pack, "claim_tail_after")
    if last is not None and not att.quotes and last.label in ("PER", "ORG", "GPE", "AGENCY") and (claim_before or claim_after):
        # a headline's "..., দাবি ট্রাম্পের", "..., ट्रंप का दावा" (a claim of X's): the words before the comma are X's
        # (quotes.yaml ``claim_tail_before`` / ``claim_tail_after``: the words around the name, which ends the line)
        before = claim_before.search(text, s_start, last.start) if claim_before is not None else None
        after = claim_after.match(text, last.end, s_end) if claim_after is not None else None
        rest_end = after.end() if after is not None else last.end
        if ((claim_before is None or before is not None) and (claim_after is None or after is not None)
                and rx.search(r"[,:]\s*\S*\s*$", text[s_start : last.start])  # (a comma or colon just before)
                and not text[rest_end : s_end].strip(END_PUNCT + " \n")
                and not in_direct(last.start)):
            comma = text.rfind(",", s_start, last.start)
            if comma < 0:
                comma = text.rfind(":", s_start, last.start)
            if comma > s_start and len(text[s_start:comma].split()) >= 3:
                cue = regex.compile(r"[,:]").match(text, comma)
                for eid in ids(last):
                    if eid not in outer:
                        outer.append(eid)
                att.quotes.append(_quote(text, (s_start, comma), last, cue, ids(last), pack, "claim_tail"))
    cite = _cue_pattern(pack, "citing")
    cited: list[Arg] = []
    if cite is not None:
        for m in cite.finditer(text, s_start, s_end):
            src = _arg_before(args, m.start(), text) if side == "before" else _arg_after(args, m.end(), text, pack=pack)
            if (src is None or not ids(src)) and side == "after":
                # "citing a spokesman for the Korean People's Army": an office naming no one, of a body
                lo = src.end if src is not None else m.end()
                owner = next((a for a in args if a.start >= lo and a.slot in ("genitive", "benefactive")
                              and not rx.search(r"[,;:.\"]", text[lo : a.start]) and len(text[lo : a.start].split()) <= 5), None)
                if owner is not None and ids(owner):
                    if src is not None:
                        cited.append(src)
                    src = owner
            if (src is None or not ids(src)) and side == "after":
                # "citing two Israeli officials": unnamed officials of a country named by its demonym
                land = _demonym_officials(text, m.end(), s_end, pack)
                if land is not None and land not in inner:
                    inner.append(land)
            inner += [e for e in ids(src) if e not in inner]
            if src is not None:
                cited.append(src)
    all_args = list(args)
    args = [a for a in args if a not in cited]  # "AFP, citing Peskov, reported": AFP speaks
    verbs, comp = verbs_cue, comp_cue
    # "..., the White House said after a phone call": what follows the verb is when/where it was said
    adjunct = _cue_pattern(pack, "verb_adjuncts")
    quotative = _cue_pattern(pack, "quotatives")
    addressee = _cue_pattern(pack, "addressee_verbs")
    naming = _cue_pattern(pack, "naming_cues")
    post: set[int] = set()  # speakers named after their verb
    if verbs is not None:
        for m in verbs.finditer(text, s_start, s_end):
            if in_direct(m.start()) or m.start() in said_by_cue:
                continue
            sp, after_verb = _speaker(text, args, s_start, s_end, m, side, quotative, comp, addressee, pack,
                                      _cue_pattern(pack, "back_reference"))
            if not after_verb and pack.passive is not None and _passive_after(text, m.end(), s_end, pack):
                # "... दावे को खारिज किया जिसमें कहा गया था कि ...": said, by no one the sentence names as
                # saying it; only "X की ओर से कहा गया", "X-এর পক্ষ থেকে বলা হয়েছে" (from X) names one
                sp = next((a for a in reversed(args) if s_start <= a.start and a.end <= m.start()
                           and a.slot == "ablative" and not text[a.outer_end : m.start()].strip(" ,")), None)
            if sp is not None and id(sp) in acc_sources and not after_verb and acc_sources[id(sp)] <= m.start():
                # "बीबीसी संवाददाता के मुताबिक अधिकारियों का कहना है कि": the source the words are according to is
                # not who says them after it (someone unnamed says them, in its report; but "X का कहना है कि" is
                # X's own words, the phrase and the verb one)
                unnamed.add(m.start())
            if (sp is not None and not after_verb and (back := _cue_pattern(pack, "back_reference")) is not None
                    and _back_ref_before(text, m, back) and not _refers_back(text, s_end, sp, m, back, comp_cue)
                    and not (comp_cue is not None and comp_cue.match(text, _GAP.match(text, m.end()).end(), s_end))):
                # "হাসিনা ব্যক্তিগতভাবে এসব মন্তব্য করেছেন এবং ...": a verb whose object points back, the clause going
                # on, reports no words (and its subject is no source of the sentence's words); but one pointing ahead
                # to a clause after it does: "जायसवाल ने इस बात की पुष्टि की कि नोट मिल गया है"
                continue
            if after_verb:
                post.add(id(sp))
                # (a person's pronoun: "রাজ্য সরকার", the state's government, is the state named in its words)
                if sp.ref is not None and sp.ref.kind == "pronoun" and sp.ref.label in ("PER", "ANY"):
                    told_in_own_words[id(sp)] = {e for a in args if s_start <= a.start and a.end <= m.start() and a.ref is None
                                                 for e in a.entity_ids}
            if sp is None and (own := _cue_pattern_raw(pack, "headline_owner_before", tail="$")) is not None:
                # a headline's "भारत का पलटवार, कहा- ...": the owner of the noun before the comma says it
                o = own.search(text, s_start, m.start())
                sp = next((a for a in args if o is not None and a.ref is None and a.end == o.start()), None)
            if sp is None and comp is not None and comp.match(text, _GAP.match(text, m.end()).end(), s_end):
                # "डिस्ट्रिक्ट एटॉर्नी ने एक बयान में कहा कि ...": an agent the recogniser names no one in still says the
                # words (quotes.yaml ``unnamed_agent_marker``); the quote keeps them, its speaker unnamed
                sp = _unnamed_agent(text, s_start, m.start(), args, pack)
                if sp is not None:
                    unnamed.add(m.start())
            if sp is None and _words_follow(text, m.end(), s_end, pack):
                # "The district attorney said in a statement that ...", "Villagers told reporters the police came late": a
                # subject of common nouns opening the sentence (quotes.yaml ``unnamed_subject``), its speaker unnamed
                sp = _unnamed_subject(text, s_start, m.start(), args, pack)
                if sp is not None:
                    unnamed.add(m.start())
            if sp is None:
                continue
            speakers.append((sp, m))
            # "TASS quoted presidential aide Yuri Ushakov as saying": the one quoted inside the cue
            # speaks, through the speaker
            # (not "told Russian state media": the one told to is no source quoted)
            told = addressee is not None and addressee.match(m.group()) is not None
            # (nor a thing named: "called the SCO gathering "largely performative"")
            named = naming is not None and naming.match(text, m.start()) is not None
            for a in args:
                if m.start() < a.start and a.end <= m.end() and a is not sp and not told and not named:
                    inner += [e for e in ids(a) if e not in inner]
    for sp, m in speakers:
        # "Peskov told TASS", "পেসকভ তাসকে বলেছেন": the outlet spoken to reports the words
        # (so does the outlet an interview was given to: "রয়টার্সকে দেওয়া এক সাক্ষাৎকারে ইউনূস বলেন")
        for eid in _outlet_told(text, args, sp, m, addressee, side, ids, pack) + _interview_outlet(text, args, s_start, m, ids, pack):
            if eid not in outer:
                outer.append(eid)
        for eid in ids(sp):
            if eid not in outer:
                outer.append(eid)
    news = ("agency:", "media:")
    if inner and outer and all(e.startswith(news) for e in inner) and not any(e.startswith(news) for e in outer):
        # "शिन्हुआ के हवाले से वांग यी बोले" (according to Xinhua, Wang said): an outlet cited reports the
        # words of the one who speaks; it is no earlier source of them
        outer, inner = inner + [e for e in outer if e not in inner], []
    # (a body only in a cited person's office words is no link of its own: "which cited Kremlin aide Yuri Ushakov")
    # (only a chain of two or more can lose a link: a lone source stays whatever it is)
    # (not one marked as the agent: "आईएएनएस ने जिलाधिकारी कृष्ण कुमार के हवाले से कहा", IANS reports)
    office_of = {e for a in all_args if a.label in ("ORG", "GPE", "AGENCY") and a.ref is None and a.slot != "agent"
                 for e in ids(a)
                 if any(b.label == "PER" and b.start > a.end and text[a.outer_end or a.end : b.start].strip()
                        and _only_descriptors(text, a.outer_end or a.end, b.start, pack) for b in all_args)
                 } if len(outer) + len(inner) > 1 else set()
    inner = [e for e in inner if e not in office_of] or inner
    chain = outer + [e for e in inner if e not in outer]
    chain = [e for e in chain if e not in office_of] or chain
    att.chain = chain
    # speakers of coordinated clauses ("Modi said ..., while Putin said ..."): no one reports the other's words
    coord = _cue_pattern(pack, "clause_coordinators")
    apart: set[str] = set()
    for (a, am), (b, bm) in zip(speakers, speakers[1:]):
        # (the owner of a body speaking too: "..., while India's army said ...")
        if coord is None or not (am.end() <= b.start < bm.start()) or b.slot not in ("", "agent", "genitive", "modifier"):
            continue
        if _coordinator_before(text, am.end(), b.start, coord) is not None:
            apart |= set(ids(a)) | set(ids(b))
    back = _cue_pattern(pack, "back_reference")
    for sp, m in speakers:
        if back is not None and att.back is None and _refers_back(text, s_end, sp, m, back, comp):
            att.back = (sp, m, ids(sp))
            continue
        after = (m.end(), s_end)
        told_verb = addressee.match(m.group()) if side == "after" and addressee is not None else None
        if told_verb is not None and told_verb.end() == len(m.group()):  # not "told reporters": no one more
            # "told TASS the visit had been ...": the one told is not part of the words
            told = next((a for a in args if a.start >= m.end()), None)
            # (a demonym and a kind before the one told are its own: "told South Korean broadcaster KBS")
            while told is not None and (nxt := next((a for a in args if a.start >= (told.outer_end or told.end)), None)) is not None \
                    and _only_descriptors(text, told.outer_end or told.end, nxt.start, pack) \
                    and text[told.outer_end or told.end : nxt.start].strip():
                told = nxt
            # (an office before the one told is theirs: "told President Volodymyr Zelenskiy on Monday")
            if told is not None and (not text[m.end() : told.start].strip()
                                     or _only_descriptors(text, m.end(), told.start, pack)) \
                    and len(text[told.end : s_end].split()) >= 2:
                after = (told.outer_end or told.end, s_end)
        rest = after[0]  # where the words after the verb (and the one told) begin
        c = None
        if comp is not None:
            c = comp.match(text, after[0], s_end) or comp.search(text, after[0], min(s_end, after[0] + 90))
            joint = _joined_report(text, args, after[0], c.end(), comp, pack) if c and c.start() > after[0] else None
            if joint is not None:
                # "said the talks were useful and warned that ...": the "that" of a verb joined later, which
                # reports words of its own; these words end before the joint
                after, c = (after[0], joint), None
            elif (c and c.start() > after[0] and pack.conjunctions is not None
                  and (w := rx.search(r"([\p{L}\p{M}]+)\s*$", text[after[0] : c.start()])) is not None
                  and pack.conjunctions.fullmatch(w.group(1))):
                c = None  # "said the two sides had agreed and that ...": a second "that" of the same verb; all is said
            elif c and rx.search(r"[,;:।\"“”]", text[after[0] : c.start()]):
                c = None  # "said in a statement carried by KCNA that ...": one phrase between, no clause
            elif c and c.start() > after[0] and (fin := _cue_pattern(pack, "finite_before_complementizer")) is not None \
                    and fin.search(text, after[0], c.start()):
                c = None  # "told Reuters the group would not accept any deal that ...": the words start at the verb
            elif c and c.start() > after[0] and pack.order == "SVO" and _named_subject_and_past_verb(text[after[0] : c.start()], pack):
                c = None  # "said Beijing opposed unilateral sanctions that ...": a subject and its verb, the words start there
            if c and pack.order == "SOV" and any(om is not m and m.end() <= om.start() < c.start() for _, om in speakers):
                # "जब आयोग ने घोषणा की तो पार्टी ने कहा कि ...": a verb-final clause ended at this verb; the "कि"
                # after the next speaker's verb opens that speaker's words, none of these
                continue
            if c:
                after = (c.end(), s_end)
                joint = _joined_report(text, args, c.end(), s_end, comp, pack)
                if joint is not None:
                    after = (c.end(), joint)
        if c is None and side == "after" and pack.order == "SVO":
            # "said in a statement: "...", "told reporters in Cairo: "..."": a few words of when, where or to
            # whom, then a colon: the words start after it
            cm = rx.match(r"\s+([^,.;:\"“”]{1,60}?)\s*[:：]\s*(?=\S)", text[after[0] : s_end])
            if cm is not None and ((adjunct is not None and adjunct.match(text, after[0] + cm.start(1)))
                                   or told_verb is not None or after[0] > m.end()):
                after = (after[0] + cm.end(), s_end)
        if acc is not None and side == "after":
            cut = acc.search(text, after[0], after[1])  # "... said X, according to a statement from his office"
            if cut is not None and text[after[0] : cut.start()].strip():
                after = (after[0], cut.start())
        if side == "after" and (cut := _contrast_clause(text, args, after[0], after[1], pack)) is not None:
            after = (after[0], cut)  # "said Tehran would support the army, while Turkey called for talks"
        body = text[after[0] : after[1]].strip(" ,:\"'“”‘’«»।.\n")
        lead = text[s_start : sp.start].rstrip()
        # ('"...," EU foreign policy chief Kaja Kallas said': the speaker's office words stand between)
        described = rx.search(r"[\"”’»]\s*,?\s*(?:[^\s,.;:\"“”]+\s+){0,5}[^\s,.;:\"“”]+$", lead)
        quoted_lead = lead[: described.start() + 1] if described is not None else lead
        if c is None and id(sp) not in post and quoted_lead.rstrip(" ,")[-1:] in CLOSING_MARKS and not any(
                other is not sp and om.end() <= _quote_open(text, s_start, len(quoted_lead.rstrip(" ,")) + s_start - 1)
                for other, om in speakers):
            # '"...," Modi told a business forum': the words are the direct quote before (but in "Kim
            # said the warship would carry the "most powerful weapons", KCNA said" the quoted words
            # are inside what Kim said, and KCNA reports all of it)
            continue
        if id(sp) in post:
            # the speaker ends the sentence after the verb: the words are what precedes the verb,
            # without a quotative (bn "বৈঠক সফল হয়েছে বলে জানিয়েছেন পেসকভ")
            end = min(m.start(), sp.start)  # "... বলে পররাষ্ট্রমন্ত্রী তৌহিদ জানিয়েছেন": before the title too
            qm = None
            for qm in (quotative.finditer(text, max(s_start, end - 60), end) if quotative is not None else ()):
                pass
            if qm is not None and len(text[qm.end():end].split()) <= 3:
                end = qm.start()
            start = s_start
            for other, om in speakers:  # "শফিকুল আলম জানান, ... বলে আশা প্রকাশ করেছেন ইউনূস": after the
                if om.end() <= end and om is not m:  # first speaker's verb and its comma
                    c2 = rx.match(r"\s*,", text[om.end() : end])
                    if c2 is not None:
                        start = max(start, om.end() + c2.end())
            concessive = _cue_pattern(pack, "concessive_ends")
            for cm in (concessive.finditer(text, start, end) if concessive is not None else ()):
                # "ইউএনএইচসিআর ... আহ্বান জানালেও বাংলাদেশ ... দেবে না বলে জানিয়েছেন X": after a concessive clause
                start = cm.end() + len(text[cm.end() : end]) - len(text[cm.end() : end].lstrip(" ,"))
            content = (start, end)
        elif (c is None and pack.order == "SOV" and quotative is not None and sp.end <= m.start()
              and not text[m.end() : s_end].strip(END_PUNCT)
              and (qm := _quotative_before(text, sp.outer_end or sp.end, m.start(), quotative)) is not None):
            # bn "নাকভি বিক্ষোভকারীদের সঙ্গে কোনো আলোচনা হবে না বলে জানান": the speaker opens the clause, the
            # words stand between it and the quotative closing them before the verb
            if text[s_start : qm.start()].rstrip()[-1:] in CLOSING_MARKS:
                continue  # "উদ্বেগকে ‘অতিরঞ্জিত’ বলে মন্তব্য করেন": a verdict in quotes, its own direct quote
            content = (sp.outer_end or sp.end, qm.start())
        elif text[m.end() : s_end].lstrip()[:1] in ("-", "–", "—", ":") and len(body.split()) >= 2:
            content = after  # "अमेरिका ने कहा- उकसावे की कार्रवाई बंद करे बीजिंग": the words follow the dash
        elif c is None and text[m.end() : s_end].lstrip()[:1] == ";" and lead.rfind(",") > 0:
            # "North Korea sends troops to Russia, Seoul says; Moscow dismisses report": a semicolon after the
            # verb ends its clause; the words are those before the comma
            content = (s_start, s_start + lead.rfind(","))
        elif c is None and text[m.end() : s_end].lstrip()[:1] in OPENING_QUOTE_MARKS and in_direct(
                m.end() + len(text[m.end() : s_end]) - len(text[m.end() : s_end].lstrip()) + 1):
            # "তিস্তা চুক্তি নিয়ে আশাবাদী ঢাকা, দিল্লি বলছে 'আলোচনা চলছে'": the verb opens the direct
            # quote after it (a quote of its own); the clause before the comma is nobody's words
            continue
        elif (c is None and lead.endswith(",") and len(lead.split()) >= 3 and len(body.split()) < 3  # "..., TASS reported"
              and not _headline_words_after(text, body, m, s_start, s_end, pack, adjunct)):
            content = (s_start, len(text[:s_start]) + len(lead) - 1)
        elif (c is None and not (pack.order == "SOV" and text[m.end() : s_end].lstrip().startswith(",")
                                 and len(body.split()) >= 2)  # (bn "সি চিন পিং বলেছেন, ...": the comma opens the words)
              and (text[m.end() : s_end].lstrip().startswith(",")
                             or len(text[rest : s_end].split()) <= 3  # ("told RIA Novosti on Tuesday": the one told does not count)
                             or (adjunct is not None and adjunct.match(text, m.end() + 1))
                             # ("told Reuters on condition of anonymity": an adjunct after the one told)
                             or (adjunct is not None and rest > m.end() and adjunct.match(text, rest + 1)))
              and lead.rfind(",") > 0
              # (a name of several words counts as one: "the Philippine Coast Guard spokesman")
              # (six for a body of its owner after "of": "..., the office of Prime Minister Narendra Modi said")
              and _words_names_as_one(text, args, s_start + lead.rfind(",") + 1, sp.start) <= (6 if sp.slot == "genitive" else 4)
              and len(lead[: lead.rfind(",")].split()) >= 3
              # (nor another speech verb right before the comma, whose words follow it: "মিশ্রি সাংবাদিকদের বলেন,
              # মোদি ... আগ্রহের কথা জানিয়েছেন")
              and not any(om is not m and om.end() <= s_start + lead.rfind(",")
                          and not text[om.end() : s_start + lead.rfind(",")].strip() for _, om in speakers)
              # (nor a phrase of when or where opening the sentence, words after the verb: "On a visit to India,
              # Blinken said ties were strong"; quotes.yaml ``adjunct_openers``)
              and not (len(body.split()) >= 2 and not (adjunct is not None and adjunct.match(text, m.end() + 1))
                       and (opener := _cue_pattern(pack, "adjunct_openers")) is not None
                       and opener.match(text, s_start + len(text[s_start : sp.start]) - len(text[s_start : sp.start].lstrip()))
                       and "," not in lead[: lead.rfind(",")] and len(lead[: lead.rfind(",")].split()) <= 10)
              # (not a clause of its own: "China launched drills ..., days after the United States announced ...")
              and (coord is None or _coordinator_before(text, s_start, sp.start, coord) is None)
              # (nor a headline's "..., Lebanon says sovereignty violated": two words after the verb are its words; a
              # headline drops "that" and the auxiliaries)
              and not _headline_words_after(text, body, m, s_start, s_end, pack, adjunct)):
            # "..., state news agency KCNA said(, as ...)", "..., spokesperson Guo told reporters":
            # a short descriptor before the source, a few words after the verb
            content = (s_start, s_start + lead.rfind(","))
        elif c is None and coord is not None and coord.match(
                text, after[0] + len(text[after[0] : s_end]) - len(text[after[0] : s_end].lstrip())):
            # "X ने फैसले को राजनीति से प्रेरित बताया और ... ऐलान किया": a clause joined after the verb
            # is the next deed, not the words
            continue
        else:
            before_words = len(text[s_start : sp.start].split())
            # a short body is the "TASS reported" of "..., TASS reported", unless even less precedes
            # (after a complementizer, "বলেছেন যে রাশিয়া প্রস্তুত", the body is the content however short)
            # (bn "তাসের বরাত দিয়ে পেসকভ বলেন, বৈঠক হবে": in a verb-final language a comma right after the verb
            # opens the words, however short)
            opens = pack.order == "SOV" and text[m.end() : s_end].lstrip().startswith(",") and bool(body.strip())
            no_words = _cue_pattern(pack, "not_words_after")
            if c is None and not opens and no_words is not None and no_words.match(text, after[0] + len(
                    text[after[0] : s_end]) - len(text[after[0] : s_end].lstrip())):
                # hi "... की जानकारी दी थी जहाँ विमान लापता हुआ था": an auxiliary and a relative clause after the
                # verb are no words it reports (quotes.yaml ``not_words_after``)
                continue
            content = after if (c or opens or len(body.split()) >= min(3, before_words + 1)
                                or _headline_words_after(text, body, m, s_start, s_end, pack, adjunct)) else (s_start, sp.start)
            if content[0] == s_start and not text[s_start : sp.start].rstrip().endswith(CLOSING):
                continue  # "Russia's Foreign Ministry said it.": only the speaker's own modifier precedes
            if content == after and c is None and _object_not_words(text, m, content, pack):
                # "Japan's Defense Ministry also reported the launch.": a thing reported, no words (what the
                # source attests all the same)
                att.things.append((content[0], content[1], list(chain)))
                continue
        if content[0] == s_start and acc is not None and any(
                not text[m.end() : content[1]].strip(" ,") for m in acc.finditer(text, s_start, content[1])):
            continue  # "रॉयटर्स के मुताबिक, अमेरिका ने ... घोषणा की": only the attribution precedes; it is no content
        if c is None and not text[s_start : sp.start].strip() and len(text[content[0] : content[1]].split()) < 2:
            continue  # "Putin told Xi.": only the addressee follows, nothing is reported
        if any(om is not m and content[0] <= om.start() and not text[content[0] : om.start()].strip(" ,")
               for _, om in speakers):
            continue  # "উদ্বেগ প্রকাশ করে বলেছে, ...": the words start with the next speech verb; that one reports them
        rest = text[content[0] : content[1]]
        for a in args:  # "তফসিল ঘোষণা করেছে নির্বাচন কমিশন (ইসি)": only a name after the verb is who
            if content[0] <= a.start and a.end <= content[1]:  # spoke (written after it), not what was said
                rest = rest[: a.start - content[0]] + " " * (a.end - a.start) + rest[a.end - content[0] :]
        if not rx.sub(r"[\s\p{P}]", "", rest):
            continue
        if pack.order == "SVO" and content[0] >= m.end():
            content = _headline_words_end(text, content, s_start, s_end, pack)
        q = _quote(text, content, sp, m, [] if m.start() in unnamed else ids(sp), pack, "speech_verb")
        q.chain = list(chain)
        att.quotes.append(q)
    # "According to Xinhua, Wang said that ...": Wang's words, reported by Xinhua (the chain
    # says so); the according-to quote of the same words goes
    said = [q for q in att.quotes if q.by.endswith("speech_verb")]
    # (an according-to span holding a speech verb: the verb's words are the quote, its own speaker's or
    # the same one's, "Erdogan said Turkey was ready, according to a statement from his office")
    att.quotes = [q for q in att.quotes if not (q.by.endswith("according_to") and any(
        q.start <= o.cue.start < q.end and (o.speaker is not None or o.chain) for o in said))]
    # (so too one holding another according-to cue: "बीबीसी संवाददाता के मुताबिक अधिकारियों का कहना है कि ...", the
    # inner words are the officials', reported by the BBC)
    accs = [q for q in att.quotes if q.by.endswith("according_to")]
    att.quotes = [q for q in att.quotes if not (q.by.endswith("according_to") and any(
        o is not q and q.start <= o.cue.start < q.end and o.start > q.start for o in accs))]
    # "Kim said North Korea would support Russia, KCNA said": KCNA reports what Kim said; Kim's
    # words end before ", KCNA said" and the chain starts with the outer source
    reporting = []
    own_words = []  # reports cut before a relative clause: their chain ends with their own speaker
    for o in said:
        for n in said:
            if o is n or n.speaker in (None, o.speaker) or not (o.start <= n.cue.start < o.end):
                continue
            if n.start <= o.cue.start < n.end and o.cue.start < n.cue.start:
                continue  # each holds the other's verb: the later verb (", KCNA said") is the outer one
            if coord is not None and n.speaker_span is not None and o.cue.start < n.speaker_span.start:
                # "Modi said the talks were good, while Putin said ...": a clause of its own, not
                # Modi's report of Putin; Modi's words end at the comma
                joint = _coordinator_before(text, o.start, n.speaker_span.start, coord)
                if joint is not None:
                    o.end = o.start + len(text[o.start : joint].rstrip().rstrip(","))  # (a closing mark stays)
                    o.text = text[o.start : o.end]
                    continue
            rel_cue = _cue_pattern_raw(pack, "report_relatives", lead=r",\s*", tail=r"\s+(?:\w+\s+){0,2}$")
            rel = rel_cue.search(text[o.start : n.cue.start]) if rel_cue is not None else None
            if rel is not None and rel.start() > 0:
                # "Trump wrote that he had spoken with Zelenskiy, who said he wanted peace": Trump's own words end
                # at the relative clause; the words said in it are Zelenskiy's, as Trump tells them
                o.end = o.start + rel.start()
                o.text = text[o.start : o.end]
                own_words.append(o)
            else:
                reporting.append(o)
            if n.start < o.cue.start <= n.end and o.speaker_span is not None:
                cut = text.rfind(",", n.start, o.speaker_span.start)
                if cut > n.start:
                    n.end = cut
                    n.text = text[n.start : n.end]
            if o.speaker in chain and n.speaker in chain and chain.index(o.speaker) > chain.index(n.speaker):
                chain.remove(o.speaker)
                chain.insert(chain.index(n.speaker), o.speaker)
    att.quotes = [q for q in att.quotes if not any(q is o for o in reporting)]
    # "X ने ... को "प्रतिकूल" बताया और कहा कि ...": two verbs of one speaker reaching the same words give one quote
    seen: set[tuple[int, int, str | None]] = set()
    unique = []
    for q in att.quotes:
        if not rx.search(r"\p{L}", q.text):
            continue  # "इस बीच, अमेरिका ने ... घोषणा की": only the writer's "meanwhile" was before the speaker; no words
        if not q.direct and any(c is not None and c.fullmatch(q.text.strip(" ,;:।.")) for c in (pack.conjunctions, coord)):
            continue  # "लेकिन, क्रॉमवेल सोसायटी ने ... बताया": a conjunction opening the sentence is no words said
        if (q.start, q.end, q.speaker) not in seen:
            seen.add((q.start, q.end, q.speaker))
            unique.append(q)
    # "said it had noted the verdict and remained committed ...": a speech verb inside one's own
    # reported words ("noted") gives no second quote of part of them; and "reported the strikes,
    # adding that 20 drones were shot down": the words after "adding" are the report, not its lead-in
    participles = _cue_pattern(pack, "subject_participles")
    unique = [q for q in unique if not any(
        o is not q and o.speaker == q.speaker and q.start < o.start and o.end <= q.end
        and participles is not None and o.cue is not None and participles.fullmatch(text, o.cue.start, o.cue.end)
        for o in unique)]

    def coordinated(q) -> bool:  # "called the veto "a dark day" and said ...": a verb of its own
        if q.cue is None or coord is None:
            return False
        prev = rx.search(r"(\w+)\s*$", text[max(0, q.cue.start - 20) : q.cue.start])
        return prev is not None and coord.fullmatch(prev.group(1)) is not None

    att.quotes = [q for q in unique if coordinated(q) or not any(
        o is not q and o.speaker == q.speaker and o.start <= q.start and q.end <= o.end and (o.start, o.end) != (q.start, q.end)
        for o in unique)]
    # (two speakers neither of whose words hold the other's verb report apart: "Israel struck Iran, Iranian state media
    # reported, in an attack that Netanyahu said would continue" is no chain of the two)
    for o in said:
        for n in said:
            if (o is not n and o.speaker and n.speaker and o.speaker != n.speaker and o.cue is not None and n.cue is not None
                    and not (o.start <= n.cue.start < o.end) and not (n.start <= o.cue.start < n.end)
                    and any(q is o for q in att.quotes) and any(q is n for q in att.quotes)
                    # (a report cut before a relative clause still tells the words said in it: "Trump wrote that he had
                    # spoken with Zelenskiy, who said he wanted peace")
                    and not any(x is o or x is n for x in own_words)):
                apart |= {o.speaker, n.speaker}
    att.chain = chain
    att.apart = apart
    for q in att.quotes:
        q.chain = list(chain) if chain else q.chain
        if q.speaker in apart or (q.speaker is None and apart):
            # (the other clause's speaker is no source of these words, nor of those of one left unnamed: "उन्होंने कहा
            # कि ..., लेकिन भाजपा कहती है कि ...")
            q.chain = [e for e in q.chain if e not in apart or e == q.speaker]
        if any(q is o for o in own_words) and q.speaker in q.chain:
            q.chain = q.chain[: q.chain.index(q.speaker) + 1]
        if (inner and q.by.endswith("according_to") and cite is not None and q.cue is not None
                and cite.search(text, q.cue.start, _cited_after_cue_end(text, q)) is not None and q.speaker in chain[:1]):
            # "দ্য হিন্দুর প্রতিবেদনে পেসকভকে উদ্ধৃত করে বলা হয়েছে": the report cites him; his are the words
            # (so does one cited between the source and the words: "According to TASS, which cited Ushakov, ...")
            q.speaker = inner[-1]
        elif inner and q.by.endswith("according_to") is False:
            if q.speaker is None or not outer or q.speaker == outer[0]:
                q.speaker = inner[-1]
            else:
                # "সিনহুয়ার বরাতে রয়টার্স জানায়, সি বলেছেন, ...": Reuters, citing Xinhua, reports Xi's own
                # words; Xi speaks, last in the chain
                q.chain = [e for e in q.chain if e != q.speaker] + [q.speaker]
    return att


def _cited_after_cue_end(text: str, q: Quote) -> int:
    """Where a source's citing may end: its cue, or the words' start after it ("According to TASS, which cited
    Ushakov, ..."), or its clause after it when the words go before ("..., according to TASS, which cited Ushakov.")."""
    if q.start > q.cue.end:
        return q.start
    stop = regex.search(r"[.;!?।\n]", text[q.cue.end : q.cue.end + 60])
    return q.cue.end + (stop.start() if stop else min(60, len(text) - q.cue.end))


def _quotative_before(text: str, lo: int, verb: int, quotative: regex.Pattern) -> regex.Match | None:
    """The quotative closing two or more words after ``lo``, with at most three words (no comma) left before the
    speech verb at ``verb`` ("... হবে না বলে জানান", "... করবেন বলেও জানান", "... বলে আশা প্রকাশ করেছেন")."""
    qm = None
    for qm in quotative.finditer(text, lo, verb):
        pass
    if qm is None or len(text[lo : qm.start()].split()) < 2:
        return None
    between = text[qm.end() : verb]
    return qm if len(between.split()) <= 3 and not rx.search(r"[,;:।]", between) else None


def _unnamed_agent(text: str, lo: int, verb: int, args: list[Arg], pack: LangPack) -> Arg | None:
    """The words (one to three, no name among them) before the language's agent marker (quotes.yaml
    ``unnamed_agent_marker``: hi ने) in the speech verb's clause, a few words before the verb, as an unnamed speaker."""
    marker = _cue_pattern_raw(pack, "unnamed_agent_marker", lead=r"(?:^|(?<=[\s,;:।]))((?:[^\s,;:।.!?\"“”'‘’()]+\s+){1,3}?)(?:",
                              tail=r")\s+(?=(?:[^\s,;:।.!?]+\s+){0,6}$)")
    if marker is None:
        return None
    m = None
    for m in marker.finditer(text[lo:verb]):
        pass
    if m is None:
        return None
    s, e = lo + m.start(1), lo + m.end(1) - (len(m.group(1)) - len(m.group(1).rstrip()))
    if any(a.start < e and s < a.end for a in args) or any(a.start >= e and a.end <= verb and a.slot == "agent" for a in args):
        return None  # (a name, or another agent nearer the verb, is the speaker the other paths read)
    return Arg(s, e, text[s:e], "PER", [], slot="agent", outer_start=s, outer_end=lo + m.end())


def _unnamed_subject(text: str, lo: int, verb: int, args: list[Arg], pack: LangPack) -> Arg | None:
    """The whole of the sentence before the speech verb is a subject naming no one the recogniser knows (quotes.yaml
    ``unnamed_subject``: en common nouns, bn one to three words): an unnamed speaker."""
    pat = _cue_pattern_raw(pack, "unnamed_subject", lead=r"\s*(", tail=r")\s*$")
    m = pat.fullmatch(text, lo, verb) if pat is not None else None
    if m is None or any(a.start < m.end(1) and m.start(1) < a.end for a in args):
        return None
    return Arg(m.start(1), m.end(1), m.group(1), "PER", [], slot="", outer_start=m.start(1), outer_end=m.end(1))


def _words_follow(text: str, pos: int, end: int, pack: LangPack) -> bool:
    """A clause of words follows a speech verb: a comma or colon right after it ("দেবপ্রিয় বলেন, ..."), "that" within
    a few words, or a finite verb (quotes.yaml ``finite_before_complementizer``, ``past_ending``) in what follows."""
    if text[pos:end].lstrip(" ")[:1] in (",", ":") and len(text[pos:end].split()) >= 3:
        return True
    comp = _cue_pattern(pack, "complementizers")
    if comp is not None and (c := comp.search(text, pos, end)) is not None and len(text[pos : c.start()].split()) <= 5:
        return True
    rest = text[pos:end]
    return len(rx.findall(r"[\w'’-]+", rest)) >= 3 and _finite_verb_in(rest, pack)


def _named_subject_and_past_verb(words: str, pack: LangPack) -> bool:
    """A capitalised name or a subject pronoun, then a past-tense verb (quotes.yaml ``past_ending``): "Beijing
    opposed ..." (not a participle after a noun: "in a statement released on Monday")."""
    past = _cue_pattern(pack, "past_ending")
    if past is None:
        return False
    toks = rx.findall(r"[\w'’.-]+", words)
    return any(past.fullmatch(b) and (a[:1].isupper() or a.lower() in ("it", "they", "he", "she", "we", "i"))
               for a, b in zip(toks, toks[1:]))


def _finite_verb_in(words: str, pack: LangPack) -> bool:
    """Words holding a finite verb: one of quotes.yaml ``finite_before_complementizer`` ("had", "would", "it said"), or a
    word in ``past_ending`` after the first ("two ships entered")."""
    finite, past = _cue_pattern(pack, "finite_before_complementizer"), _cue_pattern(pack, "past_ending")
    if finite is not None and finite.search(words):
        return True
    # (not a participle with its doer after it, ``participle_doer_before``: "the ceasefire following talks mediated by
    # Washington" holds no finite verb)
    doer = _cue_pattern(pack, "participle_doer_before")
    toks = rx.findall(r"[\w'’-]+", words)
    return past is not None and any(past.fullmatch(w) and not (doer is not None and k + 1 < len(toks) and doer.fullmatch(toks[k + 1]))
                                    for k, w in enumerate(toks) if k)


def _object_not_words(text: str, m, content: tuple[int, int], pack: LangPack) -> bool:
    """After a speech verb that also takes a thing as its object (quotes.yaml ``object_taking_verbs``: "reported
    the launch", "announced the deal at the White House"), with no "that" and no quote mark, words holding no
    finite verb (``finite_before_complementizer``, or a word in ``past_ending`` after the first) are a thing told
    of, not words reported ("TASS reported the meeting had ended" reports words)."""
    verbs = _cue_pattern(pack, "object_taking_verbs")
    if verbs is None or not verbs.fullmatch(m.group().strip()):
        return False
    words = text[content[0] : content[1]].strip()
    if not words or words[0] in OPENING_QUOTE_MARKS or words[0] == ":":
        return False
    return not _finite_verb_in(words, pack)


def _headline_words_after(text: str, body: str, m: regex.Match, s_start: int, s_end: int, pack: LangPack, adjunct) -> bool:
    """A headline's "..., Lebanon says sovereignty violated": two words or more right after the verb (no comma, no
    phrase of when or where) are its words, however short: a headline drops "that" and the auxiliaries."""
    from .extract import _is_headline  # (extract imports this module)

    return (pack.order == "SVO" and len(body.split()) >= 2 and not text[m.end() : s_end].lstrip().startswith(",")
            and not (adjunct is not None and adjunct.match(text, m.end() + 1)) and _is_headline(text[s_start:s_end]))


def _headline_words_end(text: str, content: tuple[int, int], s_start: int, s_end: int, pack: LangPack) -> tuple[int, int]:
    """A headline's words end at a comma before the speaker's next verb: "Kremlin says Putin open to talks with
    Trump, denies troop buildup" (a headline's comma stands for "and"; the verb is any event trigger)."""
    from .extract import _is_headline, trigger_matches  # (extract imports this module)

    if not _is_headline(text[s_start:s_end]):
        return content
    for comma in rx.finditer(r",\s*", text[content[0] : content[1]]):
        at = content[0] + comma.end()
        if any(f.start == at and not f.trigger.context for f in trigger_matches(text, at, content[1], pack)):
            return (content[0], content[0] + comma.start())
    return content


def _joined_report(text: str, args: list[Arg], lo: int, hi: int, comp: regex.Pattern, pack: LangPack) -> int | None:
    """Where a second verb of the speaker, joined by a conjunction and opening words of its own with a
    complementizer, ends the words in ``text[lo:hi]`` ("ने कहा कि ... है और चेतावनी दी कि ...", "said that
    ... and warned that ..."): the conjunction's offset, or None. Only a few words, no name, between the
    conjunction and the complementizer ("... कहा कि रूस और चीन सहमत हैं कि ..." is one clause of theirs)."""
    if pack.conjunctions is None:
        return None
    for c2 in comp.finditer(text, lo, hi):
        joints = [j for j in rx.finditer(r"[\p{L}\p{M}]+", text[lo : c2.start()]) if pack.conjunctions.fullmatch(j.group())]
        if not joints:
            continue
        at = lo + joints[-1].start()
        verb = text[lo + joints[-1].end() : c2.start()].split()
        if 1 <= len(verb) <= 3 and not any(at <= a.start < c2.start() for a in args) and text[lo:at].strip():
            return at
        return None
    return None


def _contrast_clause(text: str, args: list[Arg], lo: int, hi: int, pack: LangPack) -> int | None:
    """Where reported words in ``text[lo:hi]`` end before a contrast the writer adds (quotes.yaml
    ``narration_contrast`` after a comma, then a name, not a pronoun, and its past-tense verb: "said Tehran would
    support the army, while Turkey called for talks"; or ", and", a name and a verb of ``narration_and_verbs``): the
    comma's offset, or None."""
    contrast, past = _cue_pattern(pack, "narration_contrast"), _cue_pattern(pack, "past_ending")
    acts, joint = _cue_pattern(pack, "narration_and_verbs"), pack.conjunctions
    if contrast is None or past is None:
        return None
    for k in (m.start() for m in rx.finditer(",", text[lo:hi])):
        at = lo + k + 1 + len(text[lo + k + 1 : hi]) - len(text[lo + k + 1 : hi].lstrip())
        c = contrast.match(text, at)
        at_end, verbs = (c.end() if c is not None else at), past
        if c is None and acts is not None and joint is not None:
            # (", and China urged ...": a verb of the name's own saying or asking, quotes.yaml ``narration_and_verbs``)
            word = rx.match(r"\p{L}+", text[at:hi])
            if word is not None and joint.fullmatch(word.group()):
                c, at_end, verbs = word, at + word.end(), acts
        if c is None or not text[lo : lo + k].strip():
            continue
        name = next((a for a in args if at_end < a.start < hi and a.ref is None), None)
        if name is None or text[at_end : name.start].strip().lower() not in ("", "the"):
            continue
        verb = rx.match(r"\s+([\w'’-]+)", text[name.outer_end or name.end : hi])
        if verb is not None and verbs.fullmatch(verb.group(1)):
            return lo + k
    return None


def _coordinator_before(text: str, lo: int, hi: int, coord: regex.Pattern) -> int | None:
    """Where a clause coordinator after a comma opens the words before the next speaker in
    ``text[lo:hi]`` (", while" before it: '..., while Putin said'; ", a day after U.S. President":
    a coordinator, then at most four words of the speaker's office; a closing quotation mark may
    follow the comma), or None. A semicolon needs no coordinator: "Hamas says it accepts the proposal; Israel
    says it is studying it" are two reports."""
    k = text.rfind(",", lo, hi)
    semi = text.rfind(";", lo, hi)
    if semi > k and len(text[semi + 1 : hi].split()) <= 4:
        return semi
    if k < 0:
        return None
    joint = _AFTER_COMMA.match(text, k + 1, hi)
    m = coord.match(text, joint.end(), hi)
    if m is None or (m.end() < hi and text[m.end()].isalnum()) or len(text[m.end() : hi].split()) > 4:
        return None
    return m.start()


_AFTER_COMMA = regex.compile(r"[\"”’']?\s*")


def _quote_open(text: str, lo: int, close: int) -> int:
    """Where the quotation closed at ``close`` opens (its opening mark), or ``lo`` if none is found."""
    k = max(text.rfind(ch, lo, close) for ch in "\"“‘'«")
    return k if k >= lo else lo


def _back_ref_before(text: str, m: regex.Match, back: regex.Pattern) -> bool:
    """A back-reference ("यह", "এ তথ্য") ends right before the speech verb ``m``."""
    ref = None
    for ref in back.finditer(text, max(0, m.start() - 40), m.start() + 1):
        pass
    return ref is not None and not text[ref.end() : m.start()].strip()


def _refers_back(text: str, s_end: int, sp: Arg, m: regex.Match, back: regex.Pattern, comp) -> bool:
    """The speech verb's object points back ("यह जानकारी दी", "এ তথ্য জানিয়েছে") and no words of
    its own follow the verb (but for the speaker named after it)."""
    if not _back_ref_before(text, m, back):
        return False
    rest = text[m.end() : s_end]
    if sp.start >= m.end():  # "... জানিয়েছে দক্ষিণ কোরিয়ার বার্তা সংস্থা ইয়োনহাপ": a descriptor may come first
        if len(text[m.end() : sp.start].split()) > 5:
            return False
        rest = text[sp.outer_end or sp.end : s_end]
    if comp is not None and comp.search(rest):
        return False  # "उन्होंने यह भी बताया कि ...": the words follow
    return len(rest.strip(" ,.।!?\n").split()) <= 2


def _citing_phrase_end(text: str, pos: int, end: int, pack: LangPack) -> int | None:
    """Where a citing phrase opening the words at ``pos`` ends: after the comma closing it, at most six words on
    ("citing two sources, ..."); None when no such phrase opens there."""
    cite = _cue_pattern(pack, "citing")
    m = cite.match(text, pos, end) if cite is not None else None
    comma = text.find(",", m.end(), end) if m is not None else -1
    return comma + 1 if comma > 0 and len(text[m.end() : comma].split()) <= 6 else None


def _quote(text: str, content: tuple[int, int], speaker: Arg, cue: regex.Match, ids: list[str], pack: LangPack, kind: str) -> Quote:
    s, e = content
    while s < e and text[s] in " ,:;\n-–—":
        s += 1
    d = DATELINE.match(text, s, e)
    if d is not None and d.end() < e:  # "ওয়াশিংটন, ২২ জুন (রয়টার্স): ...": the dateline is not said
        s = d.end()
    lead = _cue_pattern(pack, "leading_fillers")
    m = lead.match(text, s, e) if lead is not None else None
    if m is not None and m.end() < e:  # "এদিকে রাশিয়া ... ছুড়েছে বলে জানিয়েছে": "meanwhile" is the writer's
        s = m.end()
        while s < e and text[s] in " ,":
            s += 1
    cited_end = _citing_phrase_end(text, s, e, pack) if cue.start() < s else None
    if cited_end is not None:
        # "The Kremlin said, citing Belousov, that ...": whom the speaker cites is no part of the words
        s = cited_end
        while s < e and text[s] in " ,":
            s += 1
        comp = _cue_pattern(pack, "complementizers")
        c = comp.match(text, s, e) if comp is not None else None
        if c is not None and c.end() < e:
            s = c.end()
            while s < e and text[s] in " ,":
                s += 1
    tail = _cue_pattern(pack, "content_ends")
    m = tail.search(text, s, e) if tail is not None and cue.start() < s else None
    if m is not None and m.start() > s:  # ", जिसका भारत ने खंडन किया": the writer's clause, not the words said
        e = m.start()
    while e > s and text[e - 1] in " ,:;\n":
        e -= 1
    return Quote(
        start=s,
        end=e,
        text=text[s:e],
        direct=False,
        speaker=ids[0] if ids else None,
        speaker_span=Span(speaker.start, speaker.end),
        cue=Span(cue.start(), cue.end()),
        chain=list(ids),
        by=f"{pack.lang}/quotes.yaml:{kind}",
    )
