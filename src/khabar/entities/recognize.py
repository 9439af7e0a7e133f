"""Find name mentions in a document: gazetteer, cross-script keys, a tagger, cues.

Passes, in order of trust:

1. KB gazetteer: longest word n-gram whose surface form is a KB name; Indic case endings
   (bn -কে/-এর/-র/-য়...) are cut from the last word first. Then the same n-gram's Latin key
   (exact) and, for words that are not common words, a fuzzy key match (प्योंगगयांग ~ Pyongyang).
2. Statistical tagger (:mod:`khabar.entities.tagger`), where a model is shipped for the language,
   decoded for all sentences at once and merged with pass 1 (:meth:`Recognizer._merge_model`):
   KB spans win where they cover the tagger's span; a confident tagger span containing KB names
   replaces them; key/fuzzy KB matches with short keys need the tagger's agreement.
3. Title cues: a title/role (राष्ट्रपति, মুখপাত্র, President) followed by name words.
4. Demonyms (``lang/<code>/demonyms.tsv``): रूसी -> the country, label NORP.
5. Latin-script islands in Indic text (Reuters, NATO) and capitalised runs in English text
   (English has no tagger: no shippable English NER data in ../shared/eval).
6. Repeats: a name found by 2-5 is found again where it recurs without its cue.

Span convention: a mention covers the name *without* a case ending written on it, so
``পুতিনকে`` gives the mention ``পুতিন``; the ending stays outside the span. Hindi case
markers are separate words (पुतिन ने) and are never inside a span.
"""
from __future__ import annotations

import collections
import dataclasses
import functools
import unicodedata
from bisect import bisect_left, bisect_right

import regex
from dataclasses import dataclass, field

from .cues import Cues, cues_for, spelt_letters
from .gazetteer import SentenceMatches, Token, WordTable, tokenize
from .gazetteer import capitalised as _capitalised
from .gazetteer import joined as _joined
from .kb import KB, surface_form
from .translit import latin_key, skeleton

__all__ = ["Candidate", "Recognizer", "Token", "tokenize"]

INDIC_LANGS_MIN_FUZZY = 4  # consonants in a skeleton before fuzzy matching is tried
MIN_KEY_LEN = 4  # shorter keys only match by exact surface form
FUZZY_MIN = 0.92
STEM_FUZZY_SLACK = 0.03  # a stem's fuzzy match this much below the whole word's still takes the name
# appended to a plural demonym's ``by`` ("Georgians"): the people of the country, an actor
PEOPLE_OF_A_COUNTRY = "; people"
# the tagger's spans: below MODEL_MIN_CONF they are dropped; a span that contains KB names
# replaces them only from MODEL_REPLACE_CONF (chosen on a dev split carved from TRAIN)
MODEL_MIN_CONF = 0.55
MODEL_REPLACE_CONF = 0.6
# with a tagger, KB matches by key or fuzzy key (not by a listed name) need the tagger's agreement,
# unless the key is long (short keys of ordinary words hit place names: घना ~ Ghana, थाने ~ Thane)
MODEL_CONFIRMS_KEYS = True
# the word after an occupation title (লেখক, पत्नी): a cluster whose words are inside a name less often
# than this is one of verbs and function words (হাঁটতে, ছিলেন: 0.0-0.004); a lone word is a name
# only from a cluster at least this much made of names (set from a few words' shares: verbs 0.0-0.004,
# adjectives 0.13, given names 0.12-0.75; word_cluster_names.tsv)
VERB_CLUSTER_NAME_SHARE = 0.03
# a common word of a word cluster this seldom inside names is a noun of the phrase, no word of a name
NOUN_CLUSTER_NAME_SHARE = 0.03
NAME_CLUSTER_NAME_SHARE = 0.5
# after a word that is as often an occupation or adjective as a title ("প্রধান শেয়ারবাজার", "प्रमुख शेयर
# बाजारों"), the next word's cluster must be inside names this often (names' own clusters: 0.2-0.9)
ROLE_CLUSTER_NAME_SHARE = 0.15
LOCATIVE_NOUN_NAME_SHARE = 0.3  # a locative word after a title whose cluster is this seldom a name's is a place noun
UNCONFIRMED_KEY_MIN = 8
SURNAME_KEY_MIN = 5
# the exact key of a name only curated people bear needs no tagger from this length (किशिदा, "kisida";
# at 5, verb stems hit surnames: বাড়ত(ে) ~ Barrot)
CURATED_KEY_MIN = 6
BIG_CITY_MIN = 1_000_000  # a city this big is named in the news by its exact key alone (खारकीव, no tagger needed)
COMMON_STEM_KEY_MIN = 7  # a stem that is also a common word matches the KB only by a key this long
MODEL_TITLES = True
MODEL_REPEATS = True


@dataclass
class Candidate:
    start: int
    end: int
    text: str
    label: str | None
    ids: list[str] = field(default_factory=list)  # KB ids when the KB matched
    confidence: float = 0.5
    by: str = ""


_HEAD_LABELS = ("ORG", "AGENCY", "LOC")  # a head word's label (entity_cues label_after): a body's or a place's name


def _title_case(text: str, toks: list, cues: Cues) -> bool:
    """Nearly every word of the sentence starts with a capital, a common word (not a title) among
    them: a Title Case headline ("Trump Hosts Zelenskiy and European Leaders"), not a list of names."""
    if not toks or any(c in ".!?" for c in text[toks[-1].start : toks[-1].end + 3]):
        return False  # headlines end without a full stop
    words = [t for t in toks if t.latin and t.text[:1].isalpha() and len(t.text) > 3]
    caps = [t for t in words if _capitalised(t)]
    return (len(words) >= 4 and len(caps) >= 0.9 * len(words)
            and any(t.norm in cues.common and t.norm not in cues.title_first for t in caps))


@functools.lru_cache(maxsize=None)
def _month_words(lang: str | None) -> frozenset[str]:
    """A language's month names and short forms, lower case (time.yaml with CLDR's), all of them."""
    from ..time.data import load_time_lang

    tl = load_time_lang(lang) if lang else None
    return frozenset(m.lower() for m in tl.months) if tl is not None else frozenset()


def _join_unknown_halves(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Two person names the KB does not know, one space apart, are one name whose halves two
    passes found ("सलाहकार चांग" by the title, "हो-जिन" by the tagger)."""
    cands = sorted(cands, key=lambda c: c.start)
    out: list[Candidate] = []
    for c in cands:
        p = out[-1] if out else None
        if (p is not None and p.label == c.label == "PER" and not p.ids and not c.ids
                and text[p.end : c.start] == " "):
            out[-1] = Candidate(p.start, c.end, text[p.start : c.end], "PER", [], max(p.confidence, c.confidence),
                                f"{p.by}+{c.by}")
        else:
            out.append(c)
    return out


class Recognizer:
    def __init__(self, kb: KB, lang: str | None, tagger=None):
        self.kb = kb
        self.lang = lang or "en"
        self.cues: Cues = cues_for(self.lang)
        self.tagger = tagger
        self.words = WordTable(kb, self.cues)
        self._key_cache: dict[str, tuple[list[str], float, str] | None] = {}
        self._doc_countries: set[str] = set()  # countries the article being read names (set per article)
        self._capital_prefixes = tuple(sorted(self.cues.capital_words))  # a quick test before the stem check
        self._demonym_heads = {k[:2] for k in self.cues.demonyms}  # likewise for demonyms with an ending
        self._body_first = {b[0] for b in self.cues.generic_bodies}  # first words of generic bodies
        self._label_before_lasts = frozenset(k[-1] for k in self.cues.label_before)  # their last words
        self._event_before_words = frozenset(k[0] for k, v in self.cues.label_before.items() if v == "EVENT" and len(k) == 1)
        # particles written on a word ("রহমানও", also): after a consonant letter they end a name
        self._calendar: frozenset[str] | None = None
        self._particle = (regex.compile(r"(?<=\p{Lo})(?:" + "|".join(map(regex.escape, sorted(self.cues.name_particles))) + ")$")
                          if self.cues.name_particles else None)

    def _calendar_words(self) -> frozenset[str]:
        """Month and weekday names of the language (lang/<code>/time.yaml with CLDR's), less those
        that are also ordinary words or names (``month_needs_context``: मई, মে)."""
        if self._calendar is None:
            from ..time.data import load_time_lang  # (the time stage's vocabulary, loaded once)
            tl = load_time_lang(self.lang)
            self._calendar = frozenset() if tl is None else frozenset(
                w for w in (set(tl.months) | set(tl.weekdays)) if w not in tl.month_needs_context and " " not in w)
        return self._calendar

    def _calendar_word(self, word: str) -> bool:
        """A month's or weekday's name, or a span of them ("জুলাই-আগস্টের", "मार्च-अप्रैल"), its case ending cut."""
        cal = self._calendar_words()
        return word in cal or ("-" in word and all(
            w in cal or any(x in cal for x in self.cues.strip_suffix(w)) for w in word.split("-")))

    def _month_before_day(self, t: Token, toks: list[Token], j: int) -> bool:
        """``t`` is a month's name or short form (time.yaml, those that need context too: "Feb", "Aug") and the
        token at ``j`` is a day's number."""
        return (t.norm in _month_words(self.lang) and j < len(toks)
                and toks[j].text.isdigit() and len(toks[j].text) <= 2)

    def _particle_after_ending(self, word: str) -> int | None:
        """Where the stem of ``word`` ends when it closes with an object case ending and a particle
        ("কামালকেও" -> "কামাল"), or None."""
        for p in self.cues.name_particles:
            if word.endswith(p) and len(word) > len(p) + 2:
                rest = word[: -len(p)]
                stems = self.cues.strip_suffix(rest, True)
                if stems and self.cues.case_class.get(surface_form(rest[len(stems[0]):])) == "ACC" and len(stems[0]) >= 2:
                    return len(stems[0])
        return None

    # --- pass 1 -------------------------------------------------------------
    def _kb_match(self, text: str, toks: list[Token], i: int, matches: SentenceMatches) -> Candidate | None:
        first = toks[i]
        if first.latin and not _capitalised(first):
            return None
        hit = matches.at(i)
        if hit:
            _, end, ids = hit
            return Candidate(first.start, end, text[first.start:end], None, ids, 0.95, "kb:surface")
        # no exact name: try keys/fuzzy on up to three words that are not common words
        info = matches.info
        longest = 0
        while longest < 3 and i + longest < len(toks) and not info[i + longest].blocked:
            longest += 1
        for n in range(longest, 0, -1):
            span = toks[i : i + n]
            if n > 1 and not all(_joined(text, a, b) for a, b in zip(span, span[1:])):
                continue
            if n > 1 and " ".join(t.norm for t in span) in self.cues.demonyms:
                break  # "उत्तर कोरियाई" is a demonym (NORP, below), not a fuzzy North Korea
            if n == 1 and any(surface_form(x) in self.cues.demonyms for x in info[i].known_stems):
                return None  # "ফিলিস্তিনিদের" (the Palestinians'): a demonym with an ending, not Palestine
            if span[-1].latin and not _capitalised(span[-1]):
                continue
            if span[0].latin and self.lang != "en" and n == 1 and span[0].text.isupper():
                continue  # acronyms: surface form only
            # ঘন্টারও -> ঘন্টা: a word with endings whose stem is a common word is no name, unless
            # its stem is a long exact key of a KB place or person (পিয়ংইয়াংয়ে: news repeats names)
            exact_only = info[i + n - 1].common_form
            s, last = span[0].start, span[-1]
            forms = [(text[s : last.end], last.end)]
            if info[i + n - 1].known_stems and ("'" in last.text or "’" in last.text):
                forms = []  # "Kim's" is Kim's: its key is never "kims" (Homs, by a Russian spelling)
            forms += [(text[s : last.start] + stem, last.start + len(stem)) for stem in info[i + n - 1].known_stems]
            # a capitalised Latin word inside a longer capitalised run ("Prime Minister", "Indus
            # Waters Treaty") is no surname on its own
            isolated = not (span[0].latin and n == 1 and (
                (i > 0 and toks[i - 1].latin and _capitalised(toks[i - 1]) and _joined(text, toks[i - 1], span[0]))
                or (i + 1 < len(toks) and toks[i + 1].latin and _capitalised(toks[i + 1])
                    and _joined(text, span[0], toks[i + 1]))))
            fuzzy = None
            for form, end in forms:
                hit = self._key_match(form, surname=isolated)
                if hit and exact_only and (hit[2] != "kb:key" or len(latin_key(form)) < COMMON_STEM_KEY_MIN):
                    hit = None
                if hit and hit[2].startswith("kb:fuzzy"):
                    # the stem's exact key wins over a near spelling of the whole word: ইয়াঙ্গুনে is
                    # ইয়াঙ্গুন (Yangon) + -ে, not the word with its ending matched fuzzily; and a stem that is
                    # as near a spelling of the same name leaves the ending outside (পিয়ংইয়ংয়ে: -য়ে, where)
                    # (but a whole word whose key is a KB name's, "এসমাইল বাঘাই", keeps its last letter)
                    if fuzzy is None or (hit[0] == fuzzy[0][0] and fuzzy[0][2] != "kb:fuzzy:1.00"
                                         and hit[1] >= fuzzy[0][1] - STEM_FUZZY_SLACK and end < fuzzy[1]):
                        fuzzy = (hit, end)
                    continue
                if hit:
                    ids, conf, by = hit
                    return Candidate(s, end, text[s:end], None, ids, conf, by)
            if fuzzy is not None:
                (ids, conf, by), end = fuzzy
                return Candidate(s, end, text[s:end], None, ids, conf, by)
        return None

    def _blocked(self, norm: str) -> bool:
        """Words never matched by key: common words, boundary words, demonyms and words that are no names
        (as gazetteer.WordTable reads them)."""
        cues = self.cues
        return norm in cues.common or norm in cues.boundary or norm in cues.demonyms or norm in cues.not_names

    def _key_match(self, form: str, surname: bool = True) -> tuple[list[str], float, str] | None:
        """KB ids for a name form by its Latin key, exactly or fuzzily (memoised: the same words recur).
        ``surname``: whether a one-word form may match a KB person's surname."""
        cache = self._key_cache
        memo = (form, surname)
        if memo in cache:
            return cache[memo]
        if len(cache) > 100_000:
            cache.clear()
        hit = None
        key = latin_key(form)
        if len(key.replace(" ", "")) >= MIN_KEY_LEN:
            ids = self.kb.lookup_key(key, latin_only=form.isascii())
            # Latin script: a capitalised word that is a KB person's surname is one (Pelosi);
            # Indic scripts have no capitals, so only curated people's surnames are trusted there
            common = form.isascii() and form.casefold() in self.cues.common  # "Prime", "Young"
            bearers = ([] if ids or not surname or " " in key or common
                       else self.kb.lookup_surname(key, curated_only=not form.isascii()))
            if bearers and form.isascii():
                # (in the Latin script a surname is spelt as the KB spells it: "Silla" of "the Silla kingdom" is no
                # "Sylla", though their keys agree)
                bearers = [b for b in bearers if any(
                    n.split()[-1].casefold() == form.casefold() for ns in self.kb.entities[b].names.values() for n in ns
                    if n.split())]
            if ids:
                hit = (ids, 0.85, "kb:key")
            elif bearers:  # পম্পেও: the surname of a curated person known by full name
                hit = (bearers, 0.75, "kb:surname")
            elif len(skeleton(key)) >= INDIC_LANGS_MIN_FUZZY and not spelt_letters(form, self.cues.letter_names):
                m = self.kb.fuzzy(key, FUZZY_MIN, same_script=form.isascii())
                if m:
                    hit = ([m.entity_id], round(0.8 * m.score, 3), f"kb:fuzzy:{m.score:.2f}")
        cache[memo] = hit
        return hit

    # --- pass 2 -------------------------------------------------------------
    def _name_after(self, text: str, toks: list[Token], j: int, covered: set[int],
                    honorific: bool = False) -> tuple[int, int, int] | None:
        """Name words from token j: (start, end, next index) or None.

        Stops at a boundary word, a title, a number, a covered token or a case ending. Common
        words may sit inside a name (জন কিরবি: জন is also a counter word) but a name needs one
        word that is not common, and trailing common words are dropped.
        """
        cues = self.cues
        picked: list[tuple[int, int, bool]] = []  # (start, end, is_common)
        k = j
        english = self.lang == "en"
        # English capitals mark a name's extent: "Sheikh Mohammed bin Abdulrahman Al Thani"
        limit = 7 if english else 3
        while k < len(toks) and k - j < limit:
            t = toks[k]
            if (english and picked and t.latin and t.norm in cues.connectors and k + 1 < len(toks)
                    and k + 1 not in covered and _capitalised(toks[k + 1]) and _joined(text, t, toks[k + 1])):
                picked.append((t.start, t.end, True))  # "bin", "of": kept only inside the name
                k += 1
                continue
            if (k in covered or (t.norm in cues.boundary and not (honorific and k == j and t.latin and _capitalised(t)))
                    or cues.title_at([t.norm], 0) or t.text[0].isdigit()
                    # a people's word: "রাষ্ট্রদূত সৌদি সরকারকে" (the Saudi government) names no one
                    or (not t.latin and t.norm in cues.demonyms)
                    or (t.latin and self.lang == "en" and not _capitalised(t))):
                break
            if k > j and not _joined(text, toks[k - 1], t):
                break
            stems = cues.strip_suffix(t.text)
            if any(cues.title_at([surface_form(x)], 0) for x in cues.strip_suffix(t.text, True)):
                break  # a title with a case ending: "প্রধান উপদেষ্টার" is an office, not a name
            common = t.norm in cues.common or any(surface_form(x) in cues.common for x in stems)
            if honorific and ((t.latin and _capitalised(t)) or (not t.latin and k == j)):
                common = False  # "Mrs May", "Mr Brown", "মিসেস মেকে": the title of address makes it a name
            if common and picked and not picked[-1][2] and (
                    t.norm in cues.surname_words or any(surface_form(x) in cues.surname_words for x in stems)):
                common = False  # "नूरल इस्लाम", "নুরুল ইসলাম": a family name that is also a word, after a given name
            if common and picked and picked[-1][2]:
                break
            k += 1
            if stems:
                picked.append((t.start, t.start + len(stems[0]), common))
                break
            picked.append((t.start, t.end, common))
        while picked and picked[-1][2]:
            picked.pop()
            k -= 1
        if not picked:
            return None
        return picked[0][0], picked[-1][1], k

    def recognize(self, text: str, spans: list[tuple[int, int]]) -> list[Candidate]:
        found: list[Candidate] = []
        sentences = [self._split_pairs(text, tokenize(text, s, e)) for s, e in spans]
        # KB matches are found once per sentence, for pass 1 and the tagger's features
        matches = [SentenceMatches(text, toks, self.words) for toks in sentences]
        # the countries the article names (a big city's name alone is trusted where its country is named)
        self._doc_countries = {x for toks, m in zip(sentences, matches) for i in range(len(toks))
                               if (hit := m.at(i)) for x in hit[2] if x.startswith("gpe:")}
        # the tagger decodes all sentences in one batch (much faster than one by one)
        tagged = (self.tagger.spans_many(text, sentences, matches) if self.tagger is not None
                  else [None] * len(sentences))
        for toks, m, model_spans in zip(sentences, matches, tagged):
            found += self._recognize_sentence(text, toks, m, model_spans)
        if self.cues.dateline_agencies:
            found += self._dateline_agencies(text, spans, found)
        found += self._bracketed_short_forms(text, found)
        if self.tagger is None or MODEL_REPEATS:
            again = self._repeats(text, sentences, found)
            if again:  # a lone capitalised word found weakly is the name seen before ("Kamikawa is ...")
                spans = {(c.start, c.end) for c in again}
                # (and a bare guess of one word that held the name found again and its case ending: "অলির")
                stems = {c.start: c.end for c in again if c.ids}
                found = [c for c in found if not ((_weak_capitalised(c) or _bare_model_guess(c)) and (c.start, c.end) in spans
                                                  or _bare_guess(c) and c.end > stems.get(c.start, c.end)
                                                  and " " not in c.text.strip())] + again
        found.sort(key=lambda c: c.start)
        # a named war, summit or games (entity_cues label_after EVENT) is no actor: not kept; nor a named operation
        # (label_before EVENT: "‘অপারেশন ব্রহ্মা’ নামে", "Operation Sindoor")
        occasions = [c for c in found if c.label == "EVENT" or self._named_occasion(text, c)]
        # (nor its name's last word alone later, one the KB does not know, nor the label word alone: "Hurricane Rosa
        # ... Rosa weakened", "the Hurricane")
        tails = {surface_form(c.text.split()[-1]) for c in occasions if c.text.split()} | set(self._event_before_words or ())
        dropped = {id(c) for c in occasions}
        found = [c for c in found if id(c) not in dropped and not (
            " " not in c.text.strip() and not c.ids and surface_form(c.text.strip()) in tails)]
        if self.cues.capital_words:
            found = sorted(found + self._capitals(text, sentences, found), key=lambda c: c.start)
        for fix in (self._scope_words, self._title_over_fuzzy, self._names_ending_in_a_body, self._outlets_before_their_kind):
            fix(text, found)
        if self.cues.org_heads:
            found = self._bodies_named_after_a_name(text, sentences, found)
            if self.cues.org_openers:
                found = self._bodies_opened_by_a_word(text, sentences, found)
        if self.cues.company_heads:
            found = self._brand_names_of_companies(text, sentences, found)
        if self.cues.named_after_person:
            found = self._named_after_a_person(text, sentences, found)
        if self.cues.letter_names or self.lang == "en":
            found = self._long_forms_of_short_forms(text, sentences, found)
        if self.cues.acronym_skip_words:
            found = self._acronyms_of_names_before(text, sentences, found)
        if self.cues.initials:
            found = self._names_with_initials(text, sentences, found)
        if self.lang != "en":  # English has capitals for this (see the "Olena Zelenska" rule in pass 4)
            found = self._surname_of_another(text, sentences, found)
            found = self._listed_people(text, sentences, found)
            if self.cues.person_verbs_after:
                found = self._speakers_of_honorific_verbs(text, sentences, found)
            if self.cues.place_heads:
                found = self._places_before_place_heads(text, sentences, found)
        if self.cues.name_prefixes is not None or self.cues.org_prefixes is not None:
            found = self._with_name_prefix(text, found)
        return self._short_forms_of_final_names(text, found)

    def _acronyms_of_names_before(self, text: str, sentences: list[list[Token]], found: list[Candidate]) -> list[Candidate]:
        """An upper-case word no name covers, the initials of a body named before in the article ("International
        Criminal Court ... The ICC said"; entity_cues ``acronym_skip_words`` give no letter): that body again (the KB
        keeps such short forms out where they have many meanings: the ICC of cricket)."""
        bodies: dict[str, Candidate] = {}
        for c in found:
            if c.ids and c.label in ("ORG", "AGENCY") and " " in c.text.strip():
                letters = "".join(w[0] for w in c.text.split() if w[:1].isupper() and w.lower() not in self.cues.acronym_skip_words)
                if len(letters) >= 2:
                    bodies.setdefault(letters, c)
        if not bodies:
            return found
        # (a bare capitalised guess on the same word gives way; a name known by id does not)
        taken = [(c.start, c.end) for c in found if c.ids or c.label is not None]
        out = list(found)
        for toks in sentences:
            for t in toks:
                w = t.text
                if not (2 <= len(w) <= 6 and w.isupper() and w.isalpha()) or any(a < t.end and t.start < b for a, b in taken):
                    continue
                body = bodies.get(w)
                if body is not None and body.end <= t.start:
                    out = [c for c in out if not (c.start < t.end and t.start < c.end)]
                    out.append(Candidate(t.start, t.end, w, body.label, list(body.ids), 0.8, "doc:acronym"))
        return sorted(out, key=lambda c: c.start)

    def _short_forms_of_final_names(self, text: str, found: list[Candidate]) -> list[Candidate]:
        """A bracketed short form names what the name right before it names in the end: the passes
        after :meth:`_bracketed_short_forms` may have grown that name ("ইউনিভার্সিটি অব সেন্ট্রাল
        ফ্লোরিডায় (ইউসিএফ)" is no longer Florida but a university), so the short form takes the final
        name's label and entities, and a name those passes made gets its short form."""
        owner: dict[int, Candidate] = {}
        for c in found:
            m = BRACKETED_SHORT.match(text, c.end)
            if m is not None and self._label_of(c) not in ("NORP", "PER"):
                owner[m.start(1)] = c
        if not owner:
            return found
        out, seen = [], set()
        for c in found:
            o = owner.get(c.start)
            if o is not None and o is not c and c.end == c.start + len(BRACKETED_SHORT.match(text, o.end).group(1)):
                seen.add(c.start)
                if c.by.startswith("cue:bracketed-short-form") and (c.label, c.ids) != (o.label, o.ids):
                    c = Candidate(c.start, c.end, c.text, o.label, list(o.ids), c.confidence, c.by)
            out.append(c)
        for start, o in owner.items():
            if start not in seen and not any(x.start <= start < x.end for x in found):
                m = BRACKETED_SHORT.match(text, o.end)
                out.append(Candidate(m.start(1), m.end(1), m.group(1), o.label, list(o.ids),
                                     round(max(o.confidence, 0.5) * 0.9, 3), "cue:bracketed-short-form"))
        return sorted(out, key=lambda c: c.start)

    def _with_name_prefix(self, text: str, found: list[Candidate]) -> list[Candidate]:
        """"মো. আবদুল হামিদ": an abbreviated name part (entity_cues ``name_prefixes``) right before a
        person's name is part of it; the key the linker matches is still the name's (translit drops it)."""
        out = []
        for c in found:
            label = self._label_of(c)
            # (and an English article or "Messrs" before a company's name: "দ্য বেঙ্গল গ্লাস ওয়ার্কার্স লিমিটেড",
            # "মেসার্স বিল্ডিং কনস্ট্রাকশন লিমিটেড"; entity_cues ``org_prefixes``)
            prefixes = self.cues.name_prefixes if label == "PER" else self.cues.org_prefixes if label == "ORG" else None
            prev = out[-1] if out else None
            if (prev is not None and self.cues.name_prefixes is not None and not c.ids and self._label_of(prev) == "PER"
                    and self.cues.name_prefixes.search(text, max(prev.start, prev.end - 12), prev.end + 1) is not None
                    and text[prev.end : prev.end + 1] == "." and not text[prev.end + 1 : c.start].strip()):
                # "শেখ মো. সাজ্জাত আলী": the tagger stopped at the abbreviation's point; one person's name runs on
                out[-1] = Candidate(prev.start, c.end, text[prev.start : c.end], "PER", [], max(prev.confidence, c.confidence),
                                    prev.by + "+cue:name_prefix")
                continue
            if prefixes is not None:
                m = prefixes.search(text, max(0, c.start - 12), c.start)
                if m is not None:
                    c = Candidate(m.start(), c.end, text[m.start() : c.end], c.label, c.ids, c.confidence, c.by + "+cue:name_prefix")
                    # (the prefix found alone as a name, after a title: "सचिव मोहम्मद | जशीम उद्दीन", is the same name)
                    out = [x for x in out if not (m.start() <= x.start and x.end <= m.end() + 1)]
            out.append(c)
        return out

    def _speakers_of_honorific_verbs(self, text: str, sentences: list[list[Token]],
                                     found: list[Candidate]) -> list[Candidate]:
        """"সাক্ষাৎকারে মুরাকামি বলেন, ...", "বার্নবাম জানান যে ...": one or two unknown words (no
        common, function or title word, no case ending, no verb form) right before a verb form a
        language keeps for people (entity_cues ``person_verbs_after``: Bengali's honorific "বলেন",
        "জানান"; a body "জানায়", "বলেছে") that reports speech (a comma, "যে" or a quote follows:
        "প্রতিবাদ জানান এবং" is a light verb) are a person's name, the speaker. A person's name
        found right before them is the same name ("দেবদাস ভট্টাচার্য্য জানান")."""
        cues = self.cues
        taken = [(c.start, c.end) for c in found]
        people_by_end = {c.end: c for c in found if self._label_of(c) == "PER"}
        one_word_titles = [t[0] for t in cues.titles if len(t) == 1 and len(t[0]) >= 4]
        grown: dict[int, Candidate] = {}
        out = []
        for toks in sentences:
            words_of = [t.norm for t in toks]
            for v in range(1, len(toks)):
                if (toks[v].norm in cues.person_verbs_after and text[: toks[v].start].rstrip().endswith(",")
                        and (named := self._speaker_after_verb(text, toks, v, taken, words_of)) is not None):
                    # "..., বলেন আতিউর রহমান।": the verb after the words, its speaker (a title may stand
                    # before) ending the sentence
                    out.append(named)
                    taken.append((named.start, named.end))
                    continue
                if toks[v].norm not in cues.person_verbs_after or not _joined(text, toks[v - 1], toks[v]):
                    continue
                after = text[toks[v].end : toks[v].end + 6].lstrip()
                if not (after[:1] in (",", "'", '"', "‘", "“", ":") or (v + 1 < len(toks) and toks[v + 1].norm in cues.speech_complementisers)):
                    continue
                # (an adverb of saying more may stand between: "ম্যারি আরও বলেন, ...", entity_cues ``speech_adverbs``)
                at = v - 1 if v > 1 and toks[v - 1].norm in cues.speech_adverbs and _joined(text, toks[v - 2], toks[v - 1]) else v
                words, k = self._bare_words_before(text, toks, at, taken, words_of, lambda w: (
                    w.norm in cues.leading_verbs or w.norm in cues.title_first
                    or w.norm in cues.initials  # (a letter of an office's short form: "ই সি ডি বলেছেন")
                    or any(w.norm.endswith(t) for t in one_word_titles)  # যোগাযোগ|মন্ত্রী
                    or any(w.norm.endswith(e) and w.norm[: -len(e)] in cues.common for e in cues.plural_endings)))
                if not words:
                    continue
                a, b = words[0].start, words[-1].end
                before = people_by_end.get(toks[k].end) if k >= 0 and _joined(text, toks[k], words[0]) else None
                if before is not None:  # the rest of a name found in part
                    grown[id(before)] = Candidate(before.start, b, text[before.start : b], "PER", list(before.ids),
                                                  before.confidence, before.by + "+cue:person_verb_after")
                    continue
                # the word before the name: no genitive or determiner, which make it a thing ("ওই যুবতী")
                if k >= 0 and _joined(text, toks[k], words[0]) and (self._genitive(toks[k]) or toks[k].norm in cues.determiners):
                    continue
                out.append(Candidate(a, b, text[a:b], "PER", [], 0.55, "cue:person_verb_after"))
                taken.append((a, b))
        if not out and not grown:
            return found
        return sorted([grown.get(id(c), c) for c in found] + out, key=lambda c: c.start)

    def _speaker_after_verb(self, text: str, toks: list[Token], v: int, taken: list[tuple[int, int]],
                            words_of: list[str]) -> Candidate | None:
        """One to three unknown words after the speech verb ``v``, maybe after a title, that end the sentence: the
        speaker written after the verb. The words are read as :meth:`_bare_words_before` reads them, except that
        one of several may be a common word and no case ending is looked for."""
        cues = self.cues
        j = v + 1
        while j < len(toks) and (hit := cues.title_at(words_of, j)):
            j += hit[0]
        words: list[Token] = []
        while j < len(toks) and len(words) < 3:
            w = toks[j]
            # (a common word may be one word of a longer name, "আতিউর রহমান"; not the whole of it, below)
            if (any(a < w.end and w.start < b for a, b in taken) or not _PLAIN_WORD.fullmatch(w.text)
                    or w.norm in cues.boundary or w.norm in cues.not_names
                    # (no case ending test: a subject after its verb takes none, and names end as endings do, "আতিউর")
                    or cues.title_at(words_of, j) or w.norm in cues.demonyms
                    or self._verb_like(w) or len(w.text) < 3
                    or any(w.norm.endswith(e) and len(w.norm) > len(e) + 1 for e in cues.verb_endings)
                    # (a group made from a common word: "স্থানীয়রা", "এলাকাবাসী", entity_cues ``group_endings``)
                    or any(w.norm.endswith(e) and w.norm[: -len(e)] in cues.common for e in cues.group_endings)
                    or (words and not _joined(text, words[-1], w))):
                break
            words.append(w)
            j += 1
        if not words or text[words[-1].end : words[-1].end + 3].strip()[:1] not in ("।", ".", "!", "?", ""):
            return None
        if sum(w.norm not in cues.common for w in words) < max(1, len(words) - 1):
            return None  # ("..., বলেন স্থানীয়রা": common words alone name no one)
        if j < len(toks) and _PLAIN_WORD.fullmatch(toks[j].text):
            return None  # (more words follow: no name ending the sentence)
        a, b = words[0].start, words[-1].end
        return Candidate(a, b, text[a:b], "PER", [], 0.55, "cue:person_verb_before")

    def _bare_words_before(self, text: str, toks: list[Token], v: int, taken: list[tuple[int, int]],
                           words_of: list[str], stop) -> tuple[list[Token], int]:
        """Up to two unknown words joined right before token ``v``, in text order (none already taken, no
        common, function, title or boundary word, demonym, KB name, word with a case ending or verb form, nor
        any word ``stop`` refuses), and the index of the token before them."""
        cues = self.cues
        words: list[Token] = []
        k = v - 1
        while k >= 0 and len(words) < 2:
            w = toks[k]
            if (any(a < w.end and w.start < b for a, b in taken) or not _PLAIN_WORD.fullmatch(w.text)
                    or w.norm in cues.common or w.norm in cues.boundary or w.norm in cues.not_names
                    or cues.title_at(words_of, k) or w.norm in cues.demonyms or self.kb.surface.get(surface_form(w.text))
                    or cues.strip_suffix(w.text, True) or self._verb_like(w) or len(w.text) < 3
                    or any(w.norm.endswith(e) and len(w.norm) > len(e) + 1 for e in cues.verb_endings) or stop(w)):
                break
            if words and not _joined(text, w, words[-1]):
                break
            words.append(w)
            k -= 1
        words.reverse()
        return words, k

    def _places_before_place_heads(self, text: str, sentences: list[list[Token]],
                                   found: list[Candidate]) -> list[Candidate]:
        """"চীনের হাইনান প্রদেশে", "কলারোয়া উপজেলায়": one or two unknown words (no common, function,
        title or boundary word, demonym, KB name, verb form, nor a word with a case ending) right
        before the head word of an administrative place (entity_cues ``place_heads``: a province, a
        district), bare or with its case ending, are that place's name. A word before them that
        marks a thing (a determiner: "ওই জেলায়") leaves them alone."""
        cues = self.cues
        for k, c in enumerate(found):
            words = c.text.split()
            if not (c.by.startswith("model:") and c.label in ("GPE", "LOC") and not c.ids and len(words) >= 2
                    and (words[-1] in cues.place_heads or surface_form(words[-1]) in cues.place_heads)):
                continue
            # "বেলুচিস্তান প্রদেশের কোয়েটায়": the tagger's span over a known place and the head word after it is
            # that place; the head word only says what kind of place it is
            name = c.text[: c.text.rstrip().rfind(" ")].rstrip()
            ids = [i for i in self.kb.surface.get(surface_form(name), []) if i in self.kb.entities
                   and self.kb.entities[i].type in ("GPE", "LOC")]
            if ids:
                found[k] = Candidate(c.start, c.start + len(name), name, c.label, ids, c.confidence, f"kb:surface+{c.by}")
        # (a span of the tagger's alone that runs over the head word gives way: "গুয়াংডং প্রদেশে বন্যা")
        guessed = [c for c in found if c.by.startswith("model:")]
        taken = [(c.start, c.end) for c in found if not c.by.startswith("model:")]
        dropped: set[int] = set()
        out = []
        for toks in sentences:
            words_of = [t.norm for t in toks]
            for v in range(1, len(toks)):
                head = toks[v].norm
                if head not in cues.place_heads and not any(s in cues.place_heads for s in cues.strip_suffix(toks[v].text, True)):
                    continue
                if not _joined(text, toks[v - 1], toks[v]) or any(a < toks[v].end and toks[v].start < b for a, b in taken):
                    continue
                words, k = self._bare_words_before(text, toks, v, taken, words_of, lambda w: (
                    w.norm in cues.determiners or w.norm in cues.place_heads
                    or any(w.norm.endswith(e) and len(w.norm) > len(e) + 1 for e in cues.adjective_endings)))
                if not words:
                    continue
                if k >= 0 and _joined(text, toks[k], words[0]) and toks[k].norm in cues.determiners:
                    continue  # ("ওই নতুন জেলায়": that new district)
                a, b = words[0].start, words[-1].end
                over = [c for c in guessed if c.start < toks[v].end and a < c.end]
                if any(c.start < a for c in over):
                    continue  # (the tagger's name begins before: "মেক্সিকোর সোনোরা প্রদেশে" read otherwise)
                dropped.update(id(c) for c in over)
                out.append(Candidate(a, b, text[a:b], "GPE", [], 0.55, "cue:place_head_after"))
                taken.append((a, b))
        if not out:
            return found
        return sorted([c for c in found if id(c) not in dropped] + out, key=lambda c: c.start)

    def _surname_of_another(self, text: str, sentences: list[list[Token]], found: list[Candidate]) -> list[Candidate]:
        """"रवि शास्त्री", "নীরব মোদী": a one-word name of a KB person (a curated surname, or a
        listed one-word name) right after a word that looks like a given name is another person who
        shares that family name: one unknown name over both words, not the KB person."""
        starts = {c.start for c in found}
        ends = {c.end: c for c in found}
        index = {t.start: (toks, k) for toks in sentences for k, t in enumerate(toks)}  # (once per document)
        out = []
        merged = []
        # a given name the article shows after a title before the family name ("प्रथम महिला जिल बाइडन") is that
        # name wherever it stands before the family name again ("बाइडन और जिल बाइडन ने")
        titled = set()
        for c in found:
            toks, k = index.get(c.start, (None, 0))
            if toks is not None and k > 0 and c.ids and " " not in c.text and self._other_given_name_after_title(toks, k, c.ids):
                titled.add((toks[k - 1].norm, toks[k].norm))
        for c in found:
            if " " in c.text or not c.ids or not c.by.startswith(("kb:surname", "kb:surface", "kb:key")):
                continue  # (a key match too: "ইউকো কিশিদাকে" spells the surname's key with a case ending)
            toks, k = index.get(c.start, (None, 0))
            if toks is None or k == 0:
                continue
            if not all(self.kb.entities[i].type == "PER" for i in c.ids if i in self.kb.entities):
                continue
            prev = toks[k - 1]
            before = ends.get(prev.end)
            if (before is not None and (c.by.startswith("kb:surname") or (c.by.startswith("kb:key") and " " not in before.text))
                    and _joined(text, prev, toks[k])
                    and not before.ids and self._label_of(before) == "PER"
                    and (" " not in before.text or not self._genitive(toks[k]))):
                # "ইসরাত জামানকে", "ফয়সল মোহাম্মদ ইউনূসকে": a person's name the tagger or a cue found
                # runs on into a curated person's surname; one unknown person, not the KB one (after
                # a whole name a genitive is the next word's owner: "হর্ষবর্ধন শ্রিংলা ইউনূসের মন্তব্যের")
                merged.append((before, c, Candidate(before.start, c.end, text[before.start:c.end], "PER", [],
                                                    min(before.confidence, c.confidence), before.by + "+kb-surname")))
                continue
            if (not _joined(text, prev, toks[k]) or prev.end in ends or prev.start in starts
                    or self._blocked(prev.norm) or self.cues.title_at([prev.norm], 0)
                    or prev.norm in self.cues.not_names or not _PLAIN_WORD.fullmatch(prev.text)
                    or not (self._looks_like_a_name([prev]) or (prev.norm, toks[k].norm) in titled)):
                continue
            out.append((c, Candidate(prev.start, c.end, text[prev.start:c.end], "PER", [],
                                     min(c.confidence, 0.7), "cue:given-name+kb-surname")))
        for old, new in out:
            found[found.index(old)] = new
        for before, surname, new in merged:
            if before in found and surname in found:
                found[found.index(before)] = new
                found.remove(surname)
        return found

    def _listed_people(self, text: str, sentences: list[list[Token]], found: list[Candidate]) -> list[Candidate]:
        """"... রয়েছেন খালেদা জিয়া, খন্দকার মাহবুব হোসেন, এম কে আনোয়ার, ... প্রমুখ": in a list of
        short items set off by commas, most of them people found, or closed by a word that ends a
        list of people (entity_cues ``people_list_end``), the other items that look like names are
        people too. (Scripts without capitals have no other cue for an unknown name in a list.)

        So too a list of companies or places ("ডেল, আসুস, এইচপি, টুইনমস, লেনোভো"): where most items
        are organisations (places) found and the others are one or two plain words, no common word,
        those are organisations (places) too, and a name the tagger labelled otherwise in such a
        list ("অ্যাভিরা" as a place among companies) takes the list's label."""
        out = list(found)
        by_start = {c.start: c for c in found}
        for toks in sentences:
            if len(toks) < 5:
                continue
            whole = text[toks[0].start : toks[-1].end]
            if "," not in whole and "،" not in whole:
                continue  # (no list here: most sentences)
            # items: runs of tokens between commas (and the conjunction or list end before the last)
            items: list[list[Token]] = [[]]
            for k, t in enumerate(toks):
                gap = text[toks[k - 1].end : t.start] if k else ""
                if gap == " ":
                    pass
                elif any(c in gap for c in ",،"):
                    items.append([])
                elif any(c in gap for c in ".।!?;:"):
                    items = [[]]  # (a list does not run across a sentence or clause stop)
                items[-1].append(t)
            if len(items) < 3:
                continue
            last = items[-1]
            closed = bool(last) and any(t.norm in self.cues.people_list_end for t in last)
            if closed:  # "X প্রমুখ।": the last item ends at the closing word
                k = next(i for i, t in enumerate(last) if t.norm in self.cues.people_list_end)
                items[-1] = last[:k]
            if items[0]:  # the first item is what follows the verb or colon: keep its last words only
                items[0] = items[0][-4:]
            if not closed:
                listed = self._listed_bodies(text, items, found)
                if listed is not None:
                    relabelled, made = listed
                    out = [relabelled.get(id(c), c) for c in out] + made
                    continue
            people, others = [], []
            partial: set[int] = set()  # unknown names found over part of an item
            for item in items:
                words = [t for t in item if t.text.strip(".।")]
                if not 1 <= len(words) <= 4:
                    others.append(None)
                    continue
                cands = [c for c in found if words[0].start <= c.start and c.end <= words[-1].end]
                if cands and all(self._label_of(c) == "PER" for c in cands) and cands[0].start <= words[0].start + 1:
                    people.append(item)
                elif not cands:
                    others.append(words)
                elif all(self._label_of(c) == "PER" and not c.ids for c in cands):
                    # "খন্দকার মাহবুব হোসেন" found as "মাহবুব হোসেন": the whole item is the name
                    people.append(item)
                    others.append(words)
                    partial.update(id(c) for c in cands)
                else:
                    others.append(None)
            named = len(people)
            if not (named >= 2 and (closed or named >= 2 * len([o for o in others if o is not None]))):
                continue
            for words in others:
                if (words is None or any(w.norm in self.cues.common or w.norm in self.cues.boundary or
                                         self.cues.title_at([w.norm], 0) or not _PLAIN_WORD.fullmatch(w.text) for w in words)
                        or not (self._looks_like_a_name(words) or (closed and not self._verb_like(words[0])))):
                    continue
                end = self._end_before_ending(words[-1])
                inner = [c for c in out if id(c) in partial and words[0].start <= c.start and c.end <= words[-1].end]
                if words[0].start in by_start and not inner:
                    continue
                out = [c for c in out if not any(c is i for i in inner)]
                out.append(Candidate(words[0].start, end, text[words[0].start:end], "PER", [], 0.6, "cue:list-of-people"))
        return sorted(out, key=lambda c: c.start)

    def _end_before_ending(self, w: Token) -> int:
        """Where a name written as ``w`` ends: before a case ending ("আমানকে", "গিগাবাইটের")."""
        stems = self.cues.strip_suffix(w.text)
        return w.start + len(stems[0]) if stems else w.end

    def _listed_bodies(self, text: str, items: list[list[Token]], found: list[Candidate]
                       ) -> tuple[dict[int, Candidate], list[Candidate]] | None:
        """The organisations or places of a list of them (see :meth:`_listed_people`): the tagger's
        names there relabelled, and the unknown one- or two-word items as new names; None when the
        items are not mostly organisations or mostly places."""
        group = {"ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}
        last = items[-1]
        k = next((k for k, t in enumerate(last) if k and t.norm in self.cues.name_conjunctions), None)
        if k is not None:  # "..., টুইনমস, মাইসেল এবং আরও কয়েকটি প্রতিষ্ঠান": the item before "and" is one too
            items = items[:-1] + [last[:k], last[k + 1:]]
        kinds: list[tuple[list[Token], list[Candidate], str | None]] = []
        for item in items:
            words = [t for t in item if t.text.strip(".।")]
            cands = [c for c in found if words and words[0].start <= c.start and c.end <= words[-1].end]
            labels = {group.get(self._label_of(c) or "") for c in cands}
            kinds.append((words, cands, labels.pop() if len(labels) == 1 else ("?" if cands else None)))
        counts = collections.Counter(k for _, _, k in kinds if k in ("ORG", "LOC"))
        if not counts:
            return None
        label, named = counts.most_common(1)[0]
        # the tagger's own names of another label in the list: weak, as unknown items are
        weak = [(w, c) for w, c, k in kinds if k not in (label, None) and len(c) == 1 and len(w) == 1
                and c[0].by.startswith("model:") and not c[0].ids and self._label_of(c[0]) in ("PER", "LOC", "GPE", "ORG")]
        unknown = [w for w, c, k in kinds if k is None and 1 <= len(w) <= 2]
        if named < 3 or named < len(unknown) + len(weak):
            return None
        people = sum(1 for _, c, _ in kinds if c and all(self._label_of(x) == "PER" and (x.ids or not x.by.startswith("model:")) for x in c))
        if people:
            return None
        made_label = label if label == "ORG" else ("GPE" if any(self._label_of(c) == "GPE" for _, cs, k in kinds if k == label for c in cs) else "LOC")
        relabelled = {id(c[0]): Candidate(c[0].start, c[0].end, c[0].text, made_label, [], c[0].confidence,
                                          c[0].by + "+cue:list") for w, c in weak}
        made = []
        for words in unknown:
            # "আনন্দ পরিবহন" among companies: a company's head word makes its brand a name, common or not
            branded = label == "ORG" and len(words) == 2 and (words[1].norm in self.cues.company_heads
                                                               or self._org_head_stem(words[1]) is not None)
            if any((w.norm in self.cues.common and not branded) or w.norm in self.cues.boundary or self.cues.title_at([w.norm], 0)
                   or not _PLAIN_WORD.fullmatch(w.text) or self._verb_like(w) for w in words):
                continue
            end = self._end_before_ending(words[-1])
            made.append(Candidate(words[0].start, end, text[words[0].start:end], made_label, [], 0.6, "cue:list"))
        return relabelled, made

    def _names_with_initials(self, text: str, sentences: list[list[Token]], found: list[Candidate]) -> list[Candidate]:
        """"জর্জ ডব্লিউ বুশ", "জে ডি সালিংগার", "जॉन एफ कैनेडी": spelt initials (entity_cues ``initials``)
        right before a person's name belong to it when a given name stands before them or when there
        are two of them; after a given name and initials, an unknown word is the family name."""
        cues = self.cues
        initials = cues.initials
        out = sorted(found, key=lambda c: c.start)
        for toks in sentences:
            k = 0
            while k < len(toks):
                if toks[k].norm not in initials or (k > 0 and toks[k - 1].norm in initials and _joined(text, toks[k - 1], toks[k])):
                    k += 1
                    continue
                j = k
                while j < len(toks) and (toks[j].norm in initials or (j > k and toks[j].norm in cues.later_initials)) and j - k < 3 and (
                        j == k or _joined(text, toks[j - 1], toks[j])):
                    j += 1
                before = next((c for c in out if k > 0 and c.end == toks[k - 1].end and _joined(text, toks[k - 1], toks[k])
                               and self._label_of(c) == "PER"), None)
                # the name after: a person found starting at the first initial or right after the last one
                starts = {toks[m].start for m in range(k, j)}
                if j < len(toks) and _joined(text, toks[j - 1], toks[j]):
                    starts.add(toks[j].start)
                after = next((c for c in out if self._label_of(c) == "PER" and c.start in starts), None)
                end = None
                if after is not None and (before is not None or j - k >= 2 or after.start < toks[j - 1].end):
                    end = after.end
                elif (after is None and (before is not None and (not before.ids or self.kb.is_given_name(before.text.split()[-1]))
                                         # (or two initials alone: "এ কে খন্দকারের", A. K. Khandaker)
                                         # (not a short form spelt out, more letters on: "পি এস টি ডি সার্ভিসের", PTSD)
                                         or (before is None and j - k >= 2 and j < len(toks) and toks[j].norm not in initials
                                             and not any(c.start < toks[j].end and c.end > toks[k].start for c in out)))
                      and j < len(toks) and _joined(text, toks[j - 1], toks[j])):
                    w = toks[j]  # "জর্জ ডব্লিউ বুশ সিনেটরদের": the family name the tagger left out
                    stems = cues.strip_suffix(w.text)
                    if (w.start not in {c.start for c in out} and w.norm not in cues.common and w.norm not in cues.boundary
                            and _PLAIN_WORD.fullmatch(w.text) and not cues.title_at([w.norm], 0)):
                        end = w.start + len(stems[0]) if stems else w.end
                if end is None:
                    k = j
                    continue
                start = before.start if before is not None else toks[k].start
                base = after or before
                name = Candidate(start, end, text[start:end], "PER", [], max(base.confidence, 0.6) if base else 0.6,
                                 base.by + "+cue:initials" if base else "cue:initials")
                out = sorted([c for c in out if c is not before and c is not after] + [name], key=lambda c: c.start)
                k = j
        return out

    def _label_of(self, c: Candidate) -> str | None:
        """A candidate's label, or its KB entities' type when they agree (KB matches carry no label)."""
        if c.label or not c.ids:
            return c.label
        types = {self.kb.entities[i].type for i in c.ids if i in self.kb.entities}
        return types.pop() if len(types) == 1 else None

    def _bodies_named_after_a_name(self, text: str, sentences: list[list[Token]],
                                   found: list[Candidate]) -> list[Candidate]:
        """"রাজশাহী শিক্ষা বোর্ড", "বাংলাদেশ ইতিহাস পরিষদ", "दिल्ली पुलिस": a place or body named in
        its bare form (no case ending: a genitive makes it the owner, "ঢাকার আদালতে") and followed,
        within four plain words, by a word that ends an organisation's name (entity_cues
        ``org_heads``) opens that organisation's name; the place is not mentioned on its own."""
        cues = self.cues
        by_end = {c.end: c for c in found if self._label_of(c) in ("GPE", "LOC", "ORG") and not c.by.startswith("cue:capital")}
        if not by_end:
            return found
        starts = {c.start for c in found}
        replaced: dict[int, Candidate] = {}
        for toks in sentences:
            for j, t in enumerate(toks):
                c = by_end.get(t.end)
                if c is None or (surface_form(t.text) not in self.kb.surface and cues.strip_suffix(t.text, True)):
                    continue  # (a case ending: "বার্মিংহামে কনজারভেটিভ পার্টি" is the party in Birmingham)
                # (a body's name right before a head word is no opener: "বাংলাদেশ ব্যাংক" + ...;
                # nor does the name run over another name or a government word)
                end = self._org_head_end(text, toks, j, 4, head_first=self._label_of(c) != "ORG",
                                         stop=lambda w: w.start in starts or w.norm in cues.government_words
                                         or (w.norm in cues.common and self._verb_like(w)),
                                         lenient=True)
                if end is not None:
                    replaced[id(c)] = Candidate(c.start, end, text[c.start : end], "ORG", [],
                                                max(c.confidence, 0.6), c.by + "+cue:org_head")
        if not replaced:
            return found
        out = [replaced.get(id(c), c) for c in found]
        ends = [(c.start, c.end) for c in replaced.values()]
        # names inside a new organisation's span are part of it ("বাংলাদেশ জাতীয় মহিলা আইনজীবী সমিতি")
        return [c for c in out if c.by.endswith("+cue:org_head") or not any(a <= c.start and c.end <= b for a, b in ends)]

    def _brand_names_of_companies(self, text: str, sentences: list[list[Token]],
                                  found: list[Candidate]) -> list[Candidate]:
        """"কেয়া কসমেটিকস লিমিটেড", "সাইফ পাওয়ারটেক লিমিটেড", "आमिर शर्ट्स लिमिटेड": a company word
        (entity_cues ``company_heads``: Limited, Mills) closes a company's name that starts at the
        brand name before it: up to three bare words right before the organisation found up to the
        company word (or before the word itself) that are no common or function words. A name found
        there, a person's or a place's, is the brand's first word ("আমির", "সাইফ"), so the company is
        one name and no person or place is mentioned inside it."""
        cues = self.cues
        heads = _company_heads_re(cues.lang, cues.company_heads)

        def company_word(t: Token) -> bool:
            return t.norm in cues.company_heads or any(surface_form(x) in cues.company_heads
                                                       for x in cues.strip_suffix(t.text, True))

        # (a one-word person's name may be a brand's: "সাইফ পাওয়ারটেক"; a place's name in its bare form)
        names = [c for c in found if self._label_of(c) in ("GPE", "LOC") or (self._label_of(c) == "PER" and " " not in c.text)]
        orgs = [c for c in found if self._label_of(c) == "ORG"]
        grown: list[tuple[Candidate | None, Candidate]] = []
        for toks in sentences:
            if not toks or heads.search(text, toks[0].start, toks[-1].end) is None:
                continue
            for h, head in enumerate(toks):
                if not company_word(head) or any(g.start <= head.start < g.end for _, g in grown):
                    continue
                if h + 1 < len(toks) and _joined(text, head, toks[h + 1]) and company_word(toks[h + 1]):
                    continue  # "এস আলম রিফাইন্ড মিলস লিমিটেড": the last company word closes the one name
                if any(c.start <= head.start < c.end for c in names):
                    continue
                org = next((c for c in orgs if c.start <= head.start < c.end), None)
                own_end = (head.end if head.norm in cues.company_heads else
                           head.start + len(next(x for x in cues.strip_suffix(head.text, True)
                                                 if surface_form(x) in cues.company_heads)))
                # (a company word with a case ending ends the name, whatever the tagger ran on to:
                # "ট্রান্সকম ফুডস লিমিটেডের | ছনের ওই ঘরটি", "... লিমিটেডের | ব্যবস্থাপনা কমিটির")
                end = org.end if org is not None and (head.norm in cues.company_heads or org.end <= head.end) else own_end
                f = _first_at(toks, org.start) if org is not None else h
                i, start, words = f - 1, toks[f].start, 0
                strong = bool(cues.company_leads) and surface_form(text[head.start : own_end]) in cues.limited_words
                strict: tuple[int, int, int] | None = None  # (start, i, words) before the first common word taken
                while i >= 0 and words < 3 and _joined(text, toks[i], toks[i + 1]):
                    w = toks[i]
                    # a name there, bare (or its "ending" cut wrongly off a person's name, "আমি|র"): the brand's
                    name = next((c for c in names if c.start < toks[f].start and w.start < c.end <= w.end and (
                        c.end == w.end or surface_form(c.text) in cues.common)), None)
                    if name is not None:
                        start, i, words = name.start, _first_at(toks, name.start) - 1, words + 1
                        continue
                    if w.norm in cues.company_heads and words < 3:
                        start, i = w.start, i - 1  # (an earlier company word inside the name counts no word)
                        continue
                    if (w.norm in cues.acronym_skip_words and words and i > 0 and _joined(text, toks[i - 1], w)
                            and _PLAIN_WORD.fullmatch(toks[i - 1].text) and toks[i - 1].norm not in cues.common):
                        i -= 1  # "লারসেন অ্যান্ড টব্রো লিমিটেড": an English "and"/"of" between two brand words
                        continue
                    # (before "Limited" a common word may be the brand's, "সেনসিবল ফ্যাশন লিমিটেড", up to a word
                    # that opens a company's name, entity_cues ``company_leads``: "প্রতিষ্ঠান", "কারখানা")
                    common = w.norm in cues.common and not (strong and w.norm not in cues.company_leads)
                    if (not _PLAIN_WORD.fullmatch(w.text) or common or w.norm in cues.company_leads or w.norm in cues.boundary
                            or w.norm in cues.leading_verbs or w.norm in cues.not_names or w.norm in cues.org_heads
                            or cues.title_at([w.norm], 0) or cues.strip_suffix(w.text, True)
                            or (cues.org_prefixes is not None and cues.org_prefixes.search(w.text + " "))
                            or any(c.start <= w.start < c.end for c in found)):
                        break
                    if w.norm in cues.common and strict is None:
                        strict = (start, i, words)
                    start, i, words = w.start, i - 1, words + 1
                if strict is not None and i >= 0 and _joined(text, toks[i], toks[i + 1]) and not (
                        toks[i].norm in cues.company_leads or cues.strip_suffix(toks[i].text, True)
                        or not _PLAIN_WORD.fullmatch(toks[i].text)):
                    # a common word is the brand's only where the name is set off on its left (a word that opens
                    # a company's name, a case ending, punctuation): "তিনি এখন দ্য বেঙ্গল ..." keeps "এখন" out
                    start, i, words = strict
                if words or (org is not None and end < org.end):
                    grown.append((org, Candidate(start, end, text[start:end], "ORG", [],
                                                 max(org.confidence if org else 0.5, 0.6),
                                                 (org.by + "+" if org else "") + "cue:company_head")))
        if not grown:
            return found
        spans = [(g.start, g.end) for _, g in grown]
        replaced = {id(o) for o, _ in grown if o is not None}
        kept = [c for c in found if id(c) not in replaced and not any(a <= c.start and c.end <= b for a, b in spans)
                and not any(a < c.end and c.start < b for a, b in spans)]
        return sorted(kept + [g for _, g in grown], key=lambda c: c.start)

    def _named_after_a_person(self, text: str, sentences: list[list[Token]],
                              found: list[Candidate]) -> list[Candidate]:
        """"जवाहरलाल नेहरू विश्वविद्यालय", "বঙ্গবন্ধু শেখ মুজিব মেডিকেল বিশ্ববিদ্যালয়ের", "ইন্দিরা গান্ধী
        আন্তর্জাতিক বিমানবন্দরে": a person's name in its bare form and, within three plain words
        ("ও" between two of them: "বিজ্ঞান ও প্রযুক্তি"), a head word of entity_cues
        ``named_after_person`` is one body or place named after the person (the head's label); the
        person, and a name written right before theirs (বঙ্গবন্ধু), are not mentioned there.

        A head right after the name is read so only where the name is no one acting there: a whole
        name (two words or more), no title before it, and the head not "at"/"from" a place ("পুতিন
        বিমানবন্দরে পৌঁছালে", "व्लादिमीर पुतिन अस्पताल में": the person went there). In English the
        head's capital says it ("Trump University" but "Putin at the airport")."""
        cues = self.cues
        heads = cues.named_after_person
        # (a known person's name before a body word may have been labelled ORG by its context already)
        people = {c.end: c for c in found if self._label_of(c) == "PER" or (c.ids and all(
            i in self.kb.entities and self.kb.entities[i].type == "PER" for i in c.ids))}
        if not people:
            return found
        by_start = {c.start: c for c in found}
        made: list[Candidate] = []
        for toks in sentences:
            for j, t in enumerate(toks):
                c = people.get(t.end)  # (a name with a case ending ends before its word does: "নেহরুর")
                if c is None:
                    continue
                got = None
                for n in range(1, 5):
                    k = j + n
                    if k >= len(toks) or not _joined(text, toks[k - 1], toks[k]):
                        break
                    w = toks[k]
                    there = by_start.get(w.start)
                    if there is not None and there.by != "cue:capitalised":
                        break
                    stem = w.norm if w.norm in heads else next(
                        (x for x in cues.strip_suffix(w.text, True) if surface_form(x) in heads), None)
                    if stem is not None:
                        got = (k, w.end if stem == w.norm else w.start + len(stem), heads[surface_form(stem)])
                        break
                    if w.norm in cues.name_conjunctions and 1 < n < 4:
                        continue
                    if (n == 4 or w.norm in cues.boundary or w.norm in cues.leading_verbs
                            or not _PLAIN_WORD.fullmatch(w.text) or cues.strip_suffix(w.text, True)):
                        break
                if got is None:
                    continue
                k, end, label = got
                if k == j + 1 and self.lang != "en" and (
                        len(c.text.split()) < 2 or self._titled(text, toks, c) or self._at_a_place(toks, k)):
                    continue
                start = c.start
                before = next((b for b in found if b is not c and self._label_of(b) == "PER" and b.end < c.start
                               and not text[b.end : c.start].strip()), None)
                if before is not None:  # "বঙ্গবন্ধু শেখ মুজিব": an epithet or title-name before the name
                    start = before.start
                made.append(Candidate(start, end, text[start:end], label, [],
                                      max(c.confidence, 0.6), c.by + "+cue:named_after_person"))
        if not made:
            return found
        spans = [(m.start, m.end) for m in made]
        kept = [c for c in found if not any(a <= c.start and c.end <= b for a, b in spans)]
        return sorted(kept + made, key=lambda c: c.start)

    def _titled(self, text: str, toks: list[Token], c: Candidate) -> bool:
        """A title (titles.tsv) ends right before the name ``c``."""
        first = next((i for i, t in enumerate(toks) if t.start == c.start), None)
        if not first:
            return False
        words = [t.norm for t in toks]
        return any(self.cues.title_at(words, i) and self.cues.title_at(words, i)[0] == first - i
                   for i in range(max(0, first - 4), first) if words[i] in self.cues.title_first)

    def _at_a_place(self, toks: list[Token], k: int) -> bool:
        """``toks[k]`` is in a locative or ablative case: its own ending (bn "বিমানবন্দরে") or the
        postposition after it (hi "अस्पताल में")."""
        cls = self.cues.case_class
        stem = next(iter(self.cues.strip_suffix(toks[k].text, True)), None)
        if stem is not None and cls.get(surface_form(toks[k].text[len(stem):])) in ("LOC", "ABL"):
            return True
        return k + 1 < len(toks) and cls.get(toks[k + 1].norm) in ("LOC", "ABL")

    def _org_head_stem(self, w: Token) -> str | None:
        """The ``org_heads`` word ``w`` is, with or without a case ending ("আদালতের" -> "আদালত"), or None."""
        heads = self.cues.org_heads
        if not heads:
            return None
        if w.norm in heads:
            return w.norm
        return next((x for x in self.cues.strip_suffix(w.text, True) if surface_form(x) in heads), None)

    def _org_head_end(self, text: str, toks: list[Token], j: int, most: int, head_first: bool = True,
                      stop=lambda w: False, lenient: bool = False) -> int | None:
        """Where an organisation's name that ``toks[j]`` opens ends: at the last ``org_heads`` word
        within ``most`` plain words after it (a case ending on a head closes the name there), or None.
        A plain word has no case ending and is no function word; ``stop`` ends the name early.
        ``lenient``: only a known word's case ending counts ("মানবাধিকার" after an opener ends in র
        as a genitive does, but is one word)."""
        cues = self.cues
        end = None
        for n in range(1, most + 1):
            k = j + n
            if k >= len(toks) or not _joined(text, toks[k - 1], toks[k]):
                break
            w = toks[k]
            stem = self._org_head_stem(w)
            if stem is not None:
                if n == 1 and not head_first:
                    break
                end = w.end if stem == w.norm else w.start + len(stem)
                if stem != w.norm:
                    break  # a case ending closes the name
                continue  # "ঢাকা মেডিকেল কলেজ হাসপাতাল": a head may follow another
            if (stop(w) or w.norm in cues.boundary or w.norm in cues.leading_verbs or not _PLAIN_WORD.fullmatch(w.text)
                    or (self._case_ended(w) if lenient else cues.strip_suffix(w.text, True))):
                break
        return end

    def _long_forms_of_short_forms(self, text: str, sentences: list[list[Token]],
                                   found: list[Candidate]) -> list[Candidate]:
        """"আন্তর্জাতিক অভিবাসন সংস্থায় (আইওএম)", "पॉलिसी रिसर्च इंस्टीट्यूट (पीआरआई)", "National
        Investigation Agency (NIA)": a short form spelt in letters in brackets (``letter_names``; in
        Latin capitals) after as many plain words as it has letters ("of", "and" not counted:
        ``acronym_skip_words``) names what those words name, when they look like a body's name (the
        last is an ``org_heads`` word, or the short form is a name found) and none is a person. The
        long form is one organisation (the short form's label and entity, if it has them); names
        found inside it are part of it ("বাংলাদেশ বর্ডার গার্ড (বিজিবি)" is no Bangladesh)."""
        cues = self.cues
        by_start = {c.start: c for c in found}
        out: list[Candidate] = []
        for toks in sentences:
            for j in range(1, len(toks)):
                t = toks[j]
                before = text[toks[j - 1].end : t.start]
                if before.strip() != "(" or text[t.end : t.end + 2].strip()[:1] != ")":
                    continue
                if t.latin:
                    letters = t.text if t.text.isupper() and t.text.isalpha() and 2 <= len(t.text) <= 6 else None
                else:
                    letters = spelt_letters(t.text, cues.letter_names)
                if not letters or len(letters) < 2:
                    continue
                short = by_start.get(t.start)
                words: list[Token] = []
                k = j - 1
                while k >= 0 and len(words) < len(letters):
                    w = toks[k]
                    if k < j - 1 and not _joined(text, w, toks[k + 1]) and text[w.end : toks[k + 1].start].strip() != "-":
                        break
                    if w.norm in cues.acronym_skip_words and k < j - 1:
                        k -= 1
                        continue
                    if (not _PLAIN_WORD.fullmatch(w.text) or w.norm in cues.boundary or w.norm in cues.leading_verbs
                            or w.norm in self._calendar_words()  # ("বুধবার মার্কিন বাণিজ্য প্রতিনিধি": a day is no word of it)
                            or (w.norm in cues.not_names and not words) or (k < j - 1 and self._case_ended(w))):
                        break
                    if t.latin and (not w.latin or w.text[:1] != letters[len(letters) - 1 - len(words)]):
                        break  # English: the initials spell the short form
                    words.append(w)
                    k -= 1
                if len(words) != len(letters) or toks[k + 1].norm in cues.acronym_skip_words:
                    continue
                first, last = toks[k + 1], toks[j - 1]
                inside = [c for c in found if first.start <= c.start and c.end <= last.end]
                if any(self._label_of(c) == "PER" for c in inside):
                    continue
                named = short is not None and self._label_of(short) in ("ORG", "AGENCY")
                if not named and self._org_head_stem(last) is None:
                    continue
                end = last.end
                stems = cues.strip_suffix(last.text, True)
                if stems and last.norm not in cues.org_heads and surface_form(last.text) not in self.kb.surface:
                    end = last.start + len(stems[0])  # "সংস্থায়" -> "সংস্থা"
                if any(c.start < first.start < c.end or c.start < end < c.end for c in found if c not in inside):
                    continue
                ids = list(short.ids) if named else []
                label = (short.label or "ORG") if named else "ORG"
                out.append(Candidate(first.start, end, text[first.start : end], label, ids, 0.7, "cue:long-form-of-short-form"))
                if short is None:  # the short form itself, as _bracketed_short_forms finds it after a known name
                    out.append(Candidate(t.start, t.end, t.text, label, [], 0.63, "cue:bracketed-short-form"))
        if not out:
            return found
        spans = [(c.start, c.end) for c in out]
        kept = [c for c in found if not any(a <= c.start and c.end <= b for a, b in spans)]
        return sorted(kept + out, key=lambda c: c.start)

    def _with_case_ending(self, w: Token) -> bool:
        """A word that ends in a case ending ("কাভানফের"), whatever its stem."""
        return any(self.cues.case_class.get(surface_form(w.text[len(st):])) for st in self.cues.strip_suffix(w.text, True))

    def _case_ended(self, w: Token) -> bool:
        """A known word with a case ending ("সকালে", "ढाका में" no): no inner word of a name. A
        transliterated word that only ends like one ("বর্ডার", border) is not."""
        if self._org_head_stem(w) is not None or surface_form(w.text) in self.kb.surface:
            return False
        return any(self.cues.is_known_stem(x) for x in self.cues.strip_suffix(w.text, True))

    def _bodies_opened_by_a_word(self, text: str, sentences: list[list[Token]],
                                 found: list[Candidate]) -> list[Candidate]:
        """"नेशनल सेंटर फ़ॉर डिज़ास्टर प्रिवेंशन", "ইন্টারন্যাশনাল ক্রাইসিস গ্রুপ": an English body's name
        written in the script, opened by one of ``org_openers`` (National, International, Central ...)
        and closed, within five plain words, by an ``org_heads`` word, is one organisation."""
        cues = self.cues
        taken = [(c.start, c.end) for c in found if c.label != "NORP"]  # (an opener may be a demonym: এশিয়ান)
        out = []
        for toks in sentences:
            j = 0
            while j < len(toks):
                t = toks[j]
                head_first = (t.norm in cues.org_heads and j + 2 < len(toks) and toks[j + 1].norm in cues.org_connectors
                              and _joined(text, t, toks[j + 1]))
                if (t.norm not in cues.org_openers and not head_first) or any(a <= t.start < b for a, b in taken):
                    j += 1
                    continue
                if t.norm in cues.org_openers:
                    end = self._org_head_end(text, toks, j, 5, lenient=True)
                else:
                    end = t.end  # the head first: "ইউনিভার্সিটি অব মিশিগান", "यूनिवर्सिटी ऑफ़ ऑक्सफ़ोर्ड"
                if end is not None:
                    # "... सेंटर फ़ॉर डिज़ास्टर प्रिवेंशन": "for"/"of" and the plain words after the head
                    k = _first_at(toks, end)
                    if k < len(toks) and toks[k].norm in cues.org_connectors:
                        run = k + 1
                        while (run < len(toks) and run - k <= 4 and _joined(text, toks[run - 1], toks[run])
                               and toks[run].norm not in cues.boundary and _PLAIN_WORD.fullmatch(toks[run].text)):
                            stems = cues.strip_suffix(toks[run].text, True)
                            if stems and surface_form(stems[0]) in cues.common and surface_form(stems[0]) not in self.kb.surface:
                                break  # a common word with a case ending follows the name ("... মিশিগান | অবলম্বনে")
                            run += 1
                            if stems:
                                break  # "... অ্যাট বার্মিংহামের": a case ending closes the name
                        if run > k + 1:
                            last = toks[run - 1]
                            stems = cues.strip_suffix(last.text, True)
                            end = last.start + len(stems[0]) if stems else last.end  # (the ending outside)
                        elif end == t.end:
                            j += 1
                            continue
                    out.append(Candidate(t.start, end, text[t.start : end], "ORG", [], 0.6, "cue:org_opener+cue:org_head"))
                    taken.append((t.start, end))
                    j = _first_at(toks, end)
                    continue
                j += 1
        if not out:
            return found
        spans = [(c.start, c.end) for c in out]
        kept = [c for c in found if not any(a <= c.start and c.end <= b for a, b in spans)]
        return sorted(kept + out, key=lambda c: c.start)

    def _capitals(self, text: str, sentences: list[list[Token]], found: list[Candidate]) -> list[Candidate]:
        """"the Chinese capital", "रूस की राजधानी", "রাশিয়ার রাজধানীতে": the capital word after a
        country's demonym or genitive names its capital city (KB ``capital``), unless the city's own
        name follows ("रूस की राजधानी मॉस्को")."""
        gap = self.cues.genitive_gap
        by_end = {c.end: c for c in found}
        starts = {c.start for c in found}
        out = []
        for toks in sentences:
            for k, t in enumerate(toks):
                if t.start in starts or not t.norm.startswith(self._capital_prefixes):
                    continue
                word_end = t.end
                if t.norm not in self.cues.capital_words:  # bn রাজধানীতে: the word with a case ending
                    stem = next((x for x in self.cues.strip_suffix(t.text, True) if surface_form(x) in self.cues.capital_words), None)
                    if stem is None:
                        continue
                    word_end = t.start + len(stem)
                if k + 1 < len(toks) and toks[k + 1].start in starts and text[t.end : toks[k + 1].start].strip() == "":
                    continue  # the name follows
                owner = None
                for end, c in by_end.items():
                    if c.ids and end <= t.start and t.start - end <= 8 and (
                            not text[end : t.start].strip() or (gap is not None and gap.fullmatch(text, end, t.start))):
                        owner = c
                country = next((i for i in (owner.ids if owner else []) if i.startswith("gpe:")), None)
                capital = self.kb.entities[country].attrs.get("capital") if country in self.kb.entities else None
                if capital in self.kb.entities:
                    out.append(Candidate(t.start, word_end, text[t.start : word_end], "GPE", [capital], 0.7, "cue:capital_of"))
        return out

    def _generic_body_names(self, text: str, toks: list[Token], covered: set[int]) -> list[Candidate]:
        """"পররাষ্ট্র মন্ত্রণালয়", "विदेश मंत्रालय": a country's body named without the country
        (entity_cues ``generic_bodies``; the last word may carry a case ending)."""
        bodies = self.cues.generic_bodies
        out = []
        if not bodies:
            return out
        longest = max(len(b) for b in bodies)
        for i in range(len(toks)):
            if toks[i].norm not in self._body_first:
                continue
            for n in range(longest, 0, -1):
                if i + n > len(toks) or any(k in covered for k in range(i, i + n)):
                    continue
                words = [t.norm for t in toks[i : i + n]]
                last = toks[i + n - 1]
                end = last.end
                if tuple(words) not in bodies:
                    stem = next((x for x in self.cues.strip_suffix(last.text, True)
                                 if tuple(words[:-1] + [surface_form(x)]) in bodies), None)
                    if stem is None:
                        continue
                    end = last.start + len(stem)
                if n > 1 and not all(_joined(text, a, b) for a, b in zip(toks[i : i + n], toks[i + 1 : i + n])):
                    continue
                out.append(Candidate(toks[i].start, end, text[toks[i].start : end], "ORG", [], 0.6, "cue:generic_body"))
                covered.update(range(i, i + n))
                break
        return out

    def _bodies_of_a_country(self, text: str, toks: list[Token], covered: set[int],
                             found: list[Candidate]) -> list[Candidate]:
        """"भारतीय उच्चायोग", "अमेरिकी दूतावास", "ভারতীয় হাইকমিশনের", "रूस के दूतावास": a body's head word
        alone (entity_cues ``body_heads``) right after a demonym or a country's genitive is that
        country's body (the linker gives it the country, as for "रूसी विदेश मंत्रालय")."""
        heads = self.cues.body_heads
        if not heads:
            return []
        gap = self.cues.genitive_gap
        norms = [t.norm for t in toks]
        starts = [t.start for t in toks]
        out: list[Candidate] = []
        demonyms: list[Candidate] = []  # taken into the body's name
        for c in found:
            if not (c.label == "NORP" or (c.ids and any(i.startswith("gpe:") for i in c.ids))):
                continue
            j = bisect_left(starts, c.end)  # the first word after the name
            if j >= len(toks) or j in covered:
                continue
            between = text[c.end : toks[j].start]
            if not (between == " " if c.label == "NORP" else (gap is not None and gap.fullmatch(between)) or (
                    between == " " and c.end < toks[j - 1].end)):  # (bn: the genitive ending is inside the word before)
                continue
            w = toks[j]
            if w.latin and not _capitalised(w):
                continue  # "Pakistan's army chief": a lower-case English word names no body
            stem = w.norm if w.norm in heads else next((x for x in self.cues.strip_suffix(w.text, True)
                                                         if surface_form(x) in heads), None)
            if stem is None or (j + 1 < len(toks) and _joined(text, w, toks[j + 1]) and (
                    norms[j + 1] in heads or self.cues.title_at(norms, j + 1) or self.cues.title_at(norms, j))):
                continue  # ("पाकिस्तान के सेना प्रमुख": an office, the army chief)
            end = w.end if stem == w.norm else w.start + len(stem)
            k = j
            while (w.latin and k + 1 < len(toks) and toks[k + 1].latin and _capitalised(toks[k + 1])
                   and _joined(text, toks[k], toks[k + 1]) and norms[k + 1] not in self.cues.boundary):
                k += 1  # (English capitalises the rest of the body's name: "South African Police Service")
                end = toks[k].end
                covered.add(k)
            # (with its demonym, one name: "भारतीय उच्चायोग", as the linker reads "रूसी विदेश मंत्रालय")
            start = c.start if c.label == "NORP" else w.start
            if c.label == "NORP":
                demonyms.append(c)
            out.append(Candidate(start, end, text[start:end], "ORG", [], 0.6, "cue:body_of_a_country"))
            covered.add(j)
        for c in demonyms:
            found.remove(c)
        return out

    def _other_given_name_after_title(self, toks: list[Token], k: int, ids: list[str]) -> bool:
        """"प्रथम महिला जिल बाइडन", "ফার্স্ট লেডি জিল বাইডেনকে": an unknown word between a title and a
        KB person's one-word name is another given name of that family, unless it spells the KB
        person's own first name another way ("राष्ट्रपति ब्लादिमीर पुतिन" is still Putin)."""
        if k < 2:
            return False
        words = [t.norm for t in toks]
        if not any((hit := self.cues.title_at(words, j)) and j + hit[0] == k - 1 for j in range(max(0, k - 5), k - 1)):
            return False
        key = latin_key(toks[k - 1].text)
        firsts = {latin_key(n.split()[0]) for i in ids if i in self.kb.entities
                  for names in self.kb.entities[i].names.values() for n in names if len(n.split()) > 1}
        return bool(key) and len(key) >= 2 and not any(_similar_keys(key, f) for f in firsts if f)

    def _looks_like_a_name(self, words: list[Token], least: float = VERB_CLUSTER_NAME_SHARE) -> bool:
        """After an occupation or kin word ("লেখক", "पत्नी"), which also stand alone before verbs and
        adjectives: two or more words whose first is no verb or function word (its word cluster
        is inside names at least ``least`` of the time, or unknown) and no common word that is no
        given name, or one word that is a known given name or of a cluster
        mostly of names (lang/<code>/word_cluster_names.tsv)."""
        if not words:
            return False
        rates, clusters = self.cues.cluster_names, self.cues.clusters
        first = clusters.get(words[0].norm)
        rate = rates.get(first, 0.0) if first is not None else None
        if len(words) > 1:
            if words[0].norm in self.cues.common and not self.kb.is_given_name(words[0].text):
                return False  # "प्रमुख विपक्षी दल": an adjective, not a first name
            for w in words[1:]:
                cl = clusters.get(w.norm)
                if (w.norm in self.cues.common and not self.kb.is_given_name(w.text) and cl is not None
                        and rates.get(cl, 0.0) < NOUN_CLUSTER_NAME_SHARE):
                    return False  # "प्रमुख नीतिगत दर रेपो": a common noun seldom in names (दर, rate) inside
            return rate is None or rate >= least
        return self.kb.is_given_name(words[0].text) or (rate is not None and rate >= NAME_CLUSTER_NAME_SHARE)

    def _genitive(self, tok: Token) -> bool:
        """A word with a genitive case ending ("ইউনূসের")."""
        stem = next(iter(self.cues.strip_suffix(tok.text, True)), tok.text)
        return self.cues.case_class.get(surface_form(tok.text[len(stem):])) == "GEN"

    def _place_word_in_locative(self, tok: Token) -> bool:
        """A common noun with a locative ending (bn "বিমানবন্দরে", "সচিবালয়ে"): its stem's word cluster
        is seldom inside names (lang/<code>/word_clusters.tsv), and names after a title take no locative."""
        for stem in self.cues.strip_suffix(tok.text, True)[:1]:
            if self.cues.case_class.get(surface_form(tok.text[len(stem) :])) != "LOC":
                return False
            cluster = self.cues.clusters.get(surface_form(stem))
            return cluster is not None and self.cues.cluster_names.get(cluster, 0.0) < LOCATIVE_NOUN_NAME_SHARE
        return False

    def _verb_like(self, tok: Token) -> bool:
        """A word whose cluster (lang/<code>/word_clusters.tsv) is almost never inside a name."""
        cluster = self.cues.clusters.get(tok.norm)
        return cluster is not None and self.cues.cluster_names.get(cluster, 0.0) < VERB_CLUSTER_NAME_SHARE

    def _titled_word(self, toks: list[Token], j: int, label: str) -> bool:
        """A capitalised word right after a person's title is a name even when it is a common word
        ("Prime Minister May", "PM May"), unless it is a time word ("Minister Monday", "May 5")."""
        if label != "PER" or j >= len(toks) or not toks[j].latin or not _capitalised(toks[j]):
            return False
        if toks[j].norm in self.cues.not_names or toks[j].text in self.cues.not_names:
            return False
        return not (j + 1 < len(toks) and toks[j + 1].text[:1].isdigit())

    def _scope_words(self, text: str, found: list[Candidate]) -> None:
        """"राष्ट्रीय सुरक्षा परिषद": a scope word (entity_cues ``scope_words``) before a KB body's name
        makes another body, a country's council, not the UN's; one the KB does not know."""
        scope = self.cues.scope_words
        if not scope:
            return
        for c in found:
            if not c.ids or c.start == 0 or not all(self.kb.entities[i].type == "ORG" for i in c.ids if i in self.kb.entities):
                continue
            before = regex.search(r"(\S+)\s+$", text[max(0, c.start - 40) : c.start])
            if before is not None and surface_form(before.group(1)) in scope:
                c.start -= len(before.group(0))
                c.text, c.ids, c.label = text[c.start : c.end], [], "ORG"
                c.by = c.by + "+cue:scope_word"

    def _title_over_fuzzy(self, text: str, found: list[Candidate]) -> None:
        """"Vice President Han Zheng": after a person's title a near spelling of a place is a person."""
        for c in found:
            if "kb:fuzzy" in c.by and c.ids and not any(
                    self.kb.entities[i].type == "PER" for i in c.ids if i in self.kb.entities):
                words = [surface_form(w) for w in text[max(0, c.start - 40) : c.start].split()]
                if any(self.cues.titles.get(tuple(words[-n:]), ("",))[0] == "PER" for n in (1, 2, 3) if len(words) >= n):
                    c.label, c.ids, c.by = "PER", [], c.by.replace("kb:fuzzy", "cue:title-over-fuzzy")

    def _names_ending_in_a_body(self, text: str, found: list[Candidate]) -> None:
        """A name the KB does not know that ends in a body word (entity_cues ``body_heads``) is a
        body, not a person; after a title it is that office's body: "जापान के प्रधानमंत्री कार्यालय"
        (the tagger reads the word after a title as a name)."""
        heads = self.cues.body_heads
        if not heads:
            return
        for c in found:
            words = c.text.split()
            if c.ids or c.label not in ("PER", None) or not words or surface_form(words[-1]) not in heads:
                continue
            if len(words) > 1 and surface_form(words[0]) not in self.cues.common and c.label == "PER":
                continue  # "Ali Police"? a person's name may end in such a word only with a name before it
            if len(words) == 1 and c.by == "cue:capitalised" and self._holders_title_after(text, c.end):
                continue  # "Military commanders from both sides will meet": the word tells whose commanders, no body
            c.label = "ORG"
            before = regex.search(r"(\S+)\s+$", text[max(0, c.start - 40) : c.start])
            if before is not None and self.cues.titles.get((surface_form(before.group(1)),)):
                c.start = c.start - len(before.group(0))
                c.text = text[c.start : c.end]

    def _holders_title_after(self, text: str, pos: int) -> bool:
        """A lower-case title, or its plural, right after ``pos``: "commanders", "officials", "chief"."""
        m = regex.match(r" (\p{Ll}+)", text[pos : pos + 40])
        if m is None:
            return False
        word = m.group(1)
        return bool(self.cues.title_at([word], 0) or any(
            word.endswith(e) and self.cues.title_at([word[: -len(e)]], 0) for e in self.cues.plural_endings))

    def _outlets_before_their_kind(self, text: str, found: list[Candidate]) -> None:
        """A name the KB does not know right before the word for an outlet's kind (entity_cues ``outlet_kinds``, as
        written, with its marker where a verb-final language needs one) names that outlet, not a person: "শার্লি হেবদো
        পত্রিকার কার্যালয়ে" (the tagger's PER)."""
        if not self.cues.outlet_kinds:
            return
        for c in found:
            if c.ids or c.label not in ("PER", None):  # (or unlabelled: a lone capitalised word, "Time magazine")
                continue
            gap = text[c.end : c.end + 1]
            after = surface_form(text[c.end : c.end + 40])  # (its leading space cut)
            if gap.isspace() and any(after.startswith(k) and not after[len(k) : len(k) + 1].isalnum()
                                     for k in self.cues.outlet_kinds):
                c.label = "ORG"

    def _name_part(self, word: str) -> bool:
        """A KB name, or in an Indic script the surname of a curated person ("মোদী-ইউনূস বৈঠক")."""
        if self.kb.lookup_surface(word):
            return True
        if word.isascii() or surface_form(word) in self.cues.common:
            return False
        key = latin_key(word)
        return len(key) >= MIN_KEY_LEN and bool(self.kb.lookup_surname(key, curated_only=True))

    def _with_surname_word(self, text: str, toks: list[Token], c: Candidate, covered: set[int]) -> Candidate:
        """"नूरल | इस्लाम को": a family name that is also a common word (entity_cues ``surname_words``)
        right after a person's name the tagger stopped before is the name's last word (case ending left out)."""
        k = _first_at(toks, c.end)
        if k >= len(toks) or k in covered or toks[k].start != c.end + 1 or text[c.end] != " ":
            return c
        t = toks[k]
        stems = [t.text] + self.cues.strip_suffix(t.text, True)
        stem = next((x for x in stems if surface_form(x) in self.cues.surname_words), None)
        if stem is None:
            return c
        covered.add(k)
        end = t.start + len(stem)
        return dataclasses.replace(c, end=end, text=text[c.start : end])

    def _titled_name_goes_on(self, text: str, toks: list[Token], c: Candidate, covered: set[int]) -> Candidate:
        """"राष्ट्रपति अब्देलमजीद | तब्बौने से": after a title, an unknown person's name the tagger stopped early goes
        on over one more word that is no common word, when a postposition (entity_cues ``case_classes``) follows it."""
        k = _first_at(toks, c.end)
        if (k >= len(toks) or k + 1 >= len(toks) or k in covered or toks[k].start != c.end + 1 or text[c.end] != " "
                or toks[k + 1].start != toks[k].end + 1 or self.cues.case_class.get(toks[k + 1].norm) is None):
            return c
        t = toks[k]
        if (not t.text.isalpha() and not all(ch.isalpha() or unicodedata.category(ch).startswith("M") for ch in t.text)) \
                or t.norm in self.cues.common or t.norm in self.cues.not_names or t.norm in self.cues.demonyms \
                or t.norm in self.cues.title_first or self.cues.case_class.get(t.norm) is not None \
                or not self._titled(text, toks, c):
            return c
        covered.add(k)
        return dataclasses.replace(c, end=t.end, text=text[c.start : t.end])

    def _split_pairs(self, text: str, toks: list[Token]) -> list[Token]:
        """"India-Pakistan", "বাংলাদেশ-মিয়ানমার বৈঠক", "भारत-चीन सीमा": a hyphenated word that is no
        name of its own but whose parts are (the last may carry a case ending) is read as its parts."""
        if not any("-" in t.text for t in toks):
            return toks
        out: list[Token] = []
        for n, t in enumerate(toks):
            # (nor one that opens a longer KB name: "Asia-Pacific Economic Cooperation")
            if "-" not in t.text or self.kb.lookup_surface(t.text) or any(
                    n > 1 for n in self.kb.first_words.get(t.norm, ())):
                out.append(t)
                continue
            parts = _hyphen_parts(text, t)
            nxt = toks[n + 1] if n + 1 < len(toks) and toks[n + 1].start == t.end + 1 else None
            names = [self._name_part(p.text) or (
                # (the last part and the next word one name: "जयशंकर-वांग यी वार्ता", Wang Yi)
                k == len(parts) - 1 and nxt is not None and bool(self.kb.lookup_surface(p.text + " " + nxt.text))) or (
                k == len(parts) - 1 and any(self._name_part(x) for x in self.cues.strip_suffix(p.text, True)))
                # (a demonym first: "Indian-administered Kashmir", a modifier of the name after it)
                or (k == 0 and surface_form(p.text) in self.cues.demonyms)
                for k, p in enumerate(parts)]
            # "UAE-brokered", "Russia-backed": a name and a lower-case word are the name and a modifier
            modifier = len(parts) > 1 and names[0] and all(p.latin and p.text[:1].islower() for p in parts[1:])
            out += parts if len(parts) > 1 and (all(names) or modifier) else [t]
        return out

    def _recognize_sentence(self, text: str, toks: list[Token], matches: SentenceMatches,
                            model_spans: list[tuple[int, int, str, float]] | None) -> list[Candidate]:
        words = [t.norm for t in toks]
        out: list[Candidate] = []
        covered: set[int] = set()
        i = 0
        while i < len(toks):  # pass 1
            c = self._kb_match(text, toks, i, matches)
            if c:
                out.append(c)
                while i < len(toks) and toks[i].start < c.end:
                    covered.add(i)
                    i += 1
            else:
                i += 1
        if model_spans is not None and toks:  # the model's spans, merged with the KB's
            out, covered = self._merge_model(text, toks, out, model_spans)
            if self.cues.surname_words:
                out = [self._with_surname_word(text, toks, c, covered) if c.label == "PER" and not c.ids else c for c in out]
            out = [self._titled_name_goes_on(text, toks, c, covered) if c.label == "PER" and not c.ids else c for c in out]
        # one word matched by its Latin key or fuzzily only ("Jian" ~ Xi'an): a title's name may run
        # over it ("spokesman Lin Jian"); an exact KB name stops it
        weak = {_first_at(toks, c.start): c for c in out
                if ("kb:key" in c.by or "kb:fuzzy" in c.by) and len(c.text.split()) == 1}
        # a known person's surname alone inside an Indic name after a title ("হাইকমিশনার সৈয়দ আহমেদ
        # মারুফ": Ahmed, not Abiy Ahmed): the title's name runs over it unless it is the name's first word
        surnames_inside = {_first_at(toks, c.start): c for c in out
                           if c.by == "kb:surname" and not c.text.isascii() and len(c.text.split()) == 1}
        for i in range(len(toks) if self.tagger is None or MODEL_TITLES else 0):  # pass 2: titles
            hit = self.cues.title_at(words, i) if words[i] in self.cues.title_first else None
            if not hit or i in covered:
                continue
            n, label, origin = hit
            honorific = (n == 1 and words[i] in self.cues.honorifics) or self._titled_word(toks, i + n, label)
            if i + n < len(toks) and (text[toks[i + n - 1].end : toks[i + n].start].strip()
                                      or toks[i + n].norm in self.cues.not_names):
                continue  # "জাতিসংঘ মহাসচিব, ক্যাম্প পরিদর্শন": a comma ends the title; no name follows
            if i + n < len(toks) and words[i + n] in self.cues.title_first and self.cues.title_at(words, i + n):
                continue  # "উপদেষ্টা ব্রিগেডিয়ার জেনারেল (অব.) এম সাখাওয়াত": another title follows; the name is after it
            inside = {w: c for w, c in surnames_inside.items() if w > i + n}
            got = self._name_after(text, toks, i + n, covered - set(weak) - set(inside), honorific)
            # (only where the name goes on after it: "হর্ষবর্ধন শ্রিংলা ইউনূসের সমালোচনা" ends at শ্রিংলা)
            if got and not (label == "PER" and any(i + n < w < got[2] - 1 for w in inside)):
                got = self._name_after(text, toks, i + n, covered - set(weak), honorific) if inside else got
            if got:
                a, b, k = got
                run_over = {**weak, **inside}
                if label == "PER" and any(i + n <= w < k for w in run_over):
                    out = [c for c in out if not any(i + n <= w < k and c is run_over[w] for w in run_over)]
                elif any(i + n <= w < k for w in weak):
                    got = self._name_after(text, toks, i + n, covered, honorific)
            if got and label == "PER" and any(toks[x].norm in self.cues.label_after for x in range(i + n, got[2])):
                got = None  # "General Assembly", "Secretary General's Office": a body, not a titled person
            if got and (tuple(words[i : i + n]) in self.cues.role_titles or tuple(words[i : i + n]) in self.cues.adjective_titles) and not self._looks_like_a_name(
                    toks[i + n : got[2]], ROLE_CLUSTER_NAME_SHARE):
                got = None  # "জাপানি লেখক হাঁটতে বেড়িয়েছেন": after an occupation, no name
            if (got and tuple(words[i : i + n]) in self.cues.adjective_titles and i > 0
                    and words[i - 1] in self.cues.determiners):
                got = None  # "एक प्रमुख नगर", "একটি প্রধান শহর": an adjective after a determiner, no title
            if (got and label == "PER" and got[2] == i + n + 1 and self.cues.people_plural_endings
                    and toks[i + n].norm.endswith(self.cues.people_plural_endings)):
                got = None  # "প্রধানমন্ত্রী বন্দিদের মুক্তিকে ...": a plural of people (the prisoners'), no name
            if got and self.lang != "en" and not honorific and self._verb_like(toks[i + n]):
                got = None  # after an office in hi/bn too, a first word of a verb's or function word's cluster is no name
            if got and self.lang != "en" and not honorific and self._place_word_in_locative(toks[i + n]):
                got = None  # "হাইকমিশনার বিমানবন্দরে ...", "উপদেষ্টা সচিবালয়ে ...": where the official was, no name
            if got:
                a, b, k = got
                last = text[a:b].split()[-1]
                cut = self._particle_after_ending(last) if self._particle is not None else None
                if cut is not None:  # "স্বরাষ্ট্রমন্ত্রী আসাদুজ্জামান খান কামালকেও": not the dative and particle
                    b = b - len(last) + cut
                elif self._particle is not None and (p := self._particle.search(last)) is not None and p.start() >= 2:
                    b = b - len(last) + p.start()  # "হাইকমিশনার স্টুয়ার্ট হুইলারসহ": the particle is no part of the name
                elif k < len(toks) and toks[k].norm in self.cues.genitive_governors and b == toks[k - 1].end:
                    # "সম্রাট নারুহিতোর সঙ্গে": before a postposition that takes the genitive, the last word's
                    # genitive ending is no part of the name (as for the tagger's names below)
                    stems = self.cues.strip_suffix(toks[k - 1].text, True)
                    st = next((st for st in stems if len(st) >= 2 and self.cues.case_class.get(
                        surface_form(toks[k - 1].text[len(st):])) == "GEN"), None)
                    if st is not None:
                        b = toks[k - 1].start + len(st)
                out.append(Candidate(a, b, text[a:b], label, [], 0.7, f"cue:title:{origin}"))
                covered.update(range(i + n, k))
        out += self._demonyms(toks, covered)
        out += self._acronyms_after_label_words(toks, covered)
        out += self._generic_body_names(text, toks, covered)
        out += self._bodies_of_a_country(text, toks, covered, out)
        title_case = self.lang == "en" and _title_case(text, toks, self.cues)
        if self.lang == "en" and not title_case:
            # "Olena Zelenska", "Melania Trump": a person's one-word name (or a word matched only
            # by key or fuzzily), right after an unknown capitalised word, ends another person's name
            surnames = {_first_at(toks, c.start): c for c in out if c.by == "kb:surface" and len(c.text.split()) == 1
                        and c.ids and all(i in self.kb.entities and self.kb.entities[i].type == "PER" for i in c.ids)}
            for w, c in {**weak, **surnames}.items():
                if (c in out and w > 0 and w - 1 not in covered and toks[w - 1].latin and _capitalised(toks[w - 1])
                        and _joined(text, toks[w - 1], toks[w]) and not self._blocked(toks[w - 1].norm)
                        and not self.cues.title_at([toks[w - 1].norm], 0)):
                    out.remove(c)
                    covered.discard(w)
                elif (c in out and w > 0 and c.by == "kb:surface" and toks[w - 1].latin and _capitalised(toks[w - 1])
                      and _joined(text, toks[w - 1], toks[w])
                      and (given := next((g for g in out if g.label == "PER" and not g.ids and g.by.startswith("cue:title")
                                          and g.end == toks[w - 1].end and g.start == toks[w - 1].start), None)) is not None):
                    # "Vice President Sara Duterte": a given name after a title, then a known person's one-word name,
                    # is another person of that family (the title named the given name alone)
                    out.remove(c)
                    given.end, given.text = c.end, text[given.start : c.end]
                    covered.add(w)
        if not title_case:
            out += self._capitalised_runs(text, toks, covered)  # pass 4
        # (a Title Case headline capitalises every word: "Weighed Penalizing El Salvador Over Support"
        # gives no capitalised runs; the KB, titles and demonyms still find its names)
        if self.lang == "en":
            out = self._given_name_places(text, out)
        out = _join_unknown_halves(text, out)
        for c in out:
            if c.label is None or not c.ids:
                c.label = self._label_from_context(text, toks, c) or c.label
        if self.lang == "en":
            out = self._place_opens_body(text, out)
            out = self._national_chapters(text, out)
        return out

    def _clause_goes_on(self, text: str, pos: int) -> bool:
        """A punctuation mark, or a verb people do (entity_cues ``person_verbs_after``), follows ``pos``."""
        m = _NEXT_WORD.match(text, pos)
        return m is not None and (m.group(1) is not None or m.group(2).casefold() in self.cues.person_verbs_after)

    def _national_chapters(self, text: str, out: list[Candidate]) -> list[Candidate]:
        """"Amnesty International Kenya said", "Transparency International Bangladesh": a known
        organisation's name right followed by a country's, with no capitalised word after it, names the
        organisation's chapter there: one mention of the organisation, not the country speaking. Only
        before a verb people do or a punctuation mark ("the EU Ukraine summit" is the EU and Ukraine)."""
        out = sorted(out, key=lambda c: c.start)
        merged: list[Candidate] = []
        for c in out:
            prev = merged[-1] if merged else None
            if (prev is not None and prev.ids and c.ids and text[prev.end : c.start] == " "
                    and all(self.kb.entities[i].type in ("ORG", "AGENCY") for i in prev.ids if i in self.kb.entities)
                    and all(self.kb.entities[i].type == "GPE" for i in c.ids if i in self.kb.entities)
                    and self._clause_goes_on(text, c.end)):
                merged[-1] = Candidate(prev.start, c.end, text[prev.start : c.end], prev.label, list(prev.ids),
                                       prev.confidence, prev.by + "+cue:national-chapter")
                continue
            merged.append(c)
        return merged

    def _given_name_places(self, text: str, out: list[Candidate]) -> list[Candidate]:
        """A one-word place that is also a person's first name, then an unknown capitalised name:
        one person ("Vladimir Medinsky", not the city of Vladimir and a stray "Medinsky")."""
        out.sort(key=lambda c: c.start)
        merged: list[Candidate] = []
        for c in out:
            prev = merged[-1] if merged else None
            if (prev is not None and prev.ids and prev.by == "kb:surface" and " " not in prev.text
                    and c.by == "cue:capitalised" and not c.ids and text[prev.end:c.start] == " "
                    and all(self.kb.entities[i].type in ("GPE", "LOC") for i in prev.ids if i in self.kb.entities)
                    and self.kb.is_given_name(prev.text)
                    and not any(w.lower() in self.cues.common for w in c.text.split())):
                merged[-1] = Candidate(prev.start, c.end, text[prev.start:c.end], "PER", [], 0.6, "cue:given-name")
                continue
            merged.append(c)
        return merged

    def _place_opens_body(self, text: str, out: list[Candidate]) -> list[Candidate]:
        """"Bay of Bengal Initiative for ...", "Kyiv School of Economics": a known place followed at
        once by a capitalised body name is the first words of that body's name."""
        out = sorted(out, key=lambda c: c.start)
        merged: list[Candidate] = []
        for c in out:
            prev = merged[-1] if merged else None
            gap = text[prev.end : c.start] if prev is not None else ""
            body = c.label if c.label in ("ORG", "OBJECT") else self.cues.label_after.get(c.text.casefold())
            if (prev is not None and prev.ids and body in ("ORG", "OBJECT") and not c.ids and c.by == "cue:capitalised"
                    and (gap == " " or gap.strip() in self.cues.connectors) and "\n" not in gap
                    and all(self.kb.entities[i].type in ("GPE", "LOC") for i in prev.ids if i in self.kb.entities)):
                # ("Paris Agreement", "Kyiv School of Economics")
                merged[-1] = Candidate(prev.start, c.end, text[prev.start : c.end], body, [], max(c.confidence, 0.5), c.by)
                continue
            # "Trades Union" + the KB's "Congress": a body's name that ends in a known one-word name
            if (prev is not None and not prev.ids and prev.by == "cue:capitalised" and c.ids and gap == " "
                    and len(c.text.split()) == 1 and c.text[:1].isupper()
                    and any(w.casefold() in self.cues.label_after for w in (prev.text + " " + c.text).split())
                    and self.cues.label_after.get(c.text.casefold(), self.cues.label_after.get(
                        prev.text.split()[-1].casefold())) in ("ORG", "AGENCY")):
                merged[-1] = Candidate(prev.start, c.end, text[prev.start : c.end], "ORG", [], prev.confidence, prev.by)
                continue
            merged.append(c)
        return merged

    def _merge_model(self, text: str, toks: list[Token], kb_cands: list[Candidate],
                     tagged: list[tuple[int, int, str, float]]) -> tuple[list[Candidate], set[int]]:
        """Combine the tagger's spans with the KB's.

        A KB name that covers the tagger's span (or equals it) stays: its span and ids are exact;
        so do two or more KB names that together make up the tagger's span (adjacent names).
        A tagger span that contains KB names (दिल्ली विश्वविद्यालय around दिल्ली) replaces them:
        the longer name is the entity, and linking may still find it by key. A tagger span that
        only partly overlaps a KB name is dropped. KB names the tagger left out stay (the KB is
        precise about the names it has).
        """
        by = f"model:{self.tagger.name}"
        out: list[Candidate] = []
        replaced: set[int] = set()
        def token_range(a: int, b: int) -> tuple[int, int]:
            lo = _first_at(toks, a)
            return lo, _first_at(toks, b)  # tokens starting in [a, b)

        kb_ranges = [token_range(c.start, c.end) for c in kb_cands]
        starts = {c.start for c in kb_cands}
        for k, c in enumerate(kb_cands):
            # "हिजबुल्लाह संगठन के बीच", "হিজবুল্লাহ গোষ্ঠীর মধ্যে": the body's kind alone after a body the KB knows
            # (entity_cues ``body_kinds_after``) is no name of its own; the body's mention takes it in (its case ending
            # left out), so the marker after it is the body's
            nxt = kb_ranges[k][1]
            if (c.ids and self._label_of(c) == "ORG" and c.end == toks[nxt - 1].end and nxt < len(toks)
                    and toks[nxt].start not in starts and text[c.end : toks[nxt].start].isspace()):
                stem = next((st for st in [toks[nxt].text] + self.cues.strip_suffix(toks[nxt].text, True)
                             if surface_form(st) in self.cues.body_kinds_after), None)
                if stem is not None:
                    c.end = toks[nxt].start + len(stem)
                    c.text = text[c.start : c.end]
                    kb_ranges[k] = token_range(c.start, c.end)
        replaced_by_region: list[Candidate] = []  # KB names inside a region's name ("दक्षिणी लेबनान"), given to it
        words = [t.norm for t in toks]
        for a, b, label, conf in tagged:
            if conf < MODEL_MIN_CONF:
                # too unsure a name of its own, but a person on the very words of a curated person's
                # name the KB knows by key ("शोल्ज़ की यात्रा"): the tagger's doubt and the KB's key
                # agree (not for places: short keys of ordinary words hit town names)
                if label == "PER":
                    weak = token_range(a, b)
                    for r, c in zip(kb_ranges, kb_cands):
                        if r == weak and c.by in ("kb:key", "kb:surname") and self._curated_people(c):
                            c.by = f"{c.by}+{by}"
                continue
            if text[a:b].count(",") or any(p in text[a:b] for p in "।;:()\"\n"):
                continue  # a name does not run across punctuation: the tagger joined two names
            lo, hi = token_range(a, b)
            if hi - lo == 1 and self._calendar_word(words[lo]):
                continue  # "अक्टूबर में", "রবিবার", "জুলাই-আগস্টের": a month or a weekday (or a span of them) is a date, no name
            if all(w in self.cues.not_names or (hi - lo > 1 and w in self.cues.common) for w in words[lo:hi]) and (
                    any(w in self.cues.not_names for w in words[lo:hi])):
                continue  # "কাকে" (whom): a pronoun with a case ending is no name; "ক্যাম্প পরিদর্শন" (camp visit)
            # the last words of a title that starts before the span are no name: "মুখ্য মহানগর হাকিম
            # আদালত" (a magistrate's court; হাকিম is also a given name)
            for p in range(max(0, lo - self.cues.max_title_words + 1), lo):
                inside = self.cues.title_at(words, p)
                if inside and p + inside[0] > lo:
                    lo = p + inside[0]
                    a = toks[lo].start if lo < hi else a
            if lo >= hi or (hi - lo == 1 and self.cues.name_prefix_lead is not None and a == toks[lo].start
                            and self.cues.name_prefix_lead.fullmatch(text[a : toks[lo].end + 1])):
                continue  # (nor is the "মো." after it that opens the magistrate's own name)
            if tuple(words[lo:hi]) in self.cues.label_before:
                continue  # "संवाद समिति एएफपी": the kind of what the name after it names (news agency) is no name
            if hi - lo == 1 and words[lo] in self.cues.label_after:
                continue  # "आईएमएफ के कार्यकारी बोर्ड ने": a kind of body alone (entity_cues label_after) is no name
            whole_title = self.cues.title_at(words, lo)
            if whole_title and whole_title[0] == hi - lo and label in ("PER", "LOC", "GPE"):
                continue  # "डॉक्टर ने कहा": a title or role word alone is no name (nor place: "মিয়ানমারের সেনাপ্রধান")
            if (label == "PER" and hi - lo == 1 and self.cues.people_plural_endings
                    and words[lo].endswith(self.cues.people_plural_endings)):
                continue  # "सुरक्षाबलों ने", "শিক্ষার্থীদের": one word in the plural of people is a group, no name
            while lo < hi - 1 and (self.cues.title_at(words, lo) or words[lo] in self.cues.boundary
                                   or words[lo] in self.cues.leading_verbs
                                   # (nor a day: "বুধবার মার্কিন বাণিজ্য প্রতিনিধি" -> the trade representative)
                                   or self._calendar_word(words[lo])):
                lo += 1  # a title is not part of the name: অধ্যাপক আনিসুর রহমান -> আনিসুর রহমান; nor a verb (পৌঁছান পুতিন)
                a = toks[lo].start
            while hi - lo > 1 and words[hi - 1] in self._calendar_words():
                hi, b = hi - 1, toks[hi - 2].end  # "नीतीश कुमार बृहस्पतिवार को": the day after a name is a date, no part of it
            inner = next((c for r, c in zip(kb_ranges, kb_cands) if r == (lo + 1, hi)), None)
            if (label in ("LOC", "GPE") and hi - lo >= 2 and words[lo] in self.cues.direction_words and inner is not None
                    and inner.ids and inner not in replaced_by_region):
                # "दक्षिणी लेबनान", "উত্তর গাজা": a region of a known place is that place (the words stay the mention's)
                replaced_by_region.append(inner)
                out.append(Candidate(a, b, text[a:b], inner.label, list(inner.ids), max(conf, inner.confidence),
                                     f"{inner.by}+{by}+cue:direction"))
                continue
            if hi - lo > 1 and words[hi - 1] in self.cues.plural_kinds:
                continue  # "सुरक्षा एजेंसियों के साथ" (with the security agencies): a kind of body in the plural, no name
            if label == "PER" and hi - lo > 1 and words[hi - 1] in self.cues.kin_groups:
                hi, b = hi - 1, toks[hi - 2].end  # "बाइडन दंपति" (the Biden couple): the family's name, no name of its own
            while label == "PER" and hi - lo > 1 and words[hi - 1] in self.cues.person_verbs_after:
                hi, b = hi - 1, toks[hi - 2].end  # "চিঠিতে ট্রাম্প লেখেন": the verb after the name is no part of it
            while label == "PER" and hi - lo > 1 and any(
                    self.cues.title_at([surface_form(x)], 0) and self.cues.case_class.get(
                        surface_form(toks[hi - 1].text[len(x):])) == "ACC"
                    for x in self.cues.strip_suffix(toks[hi - 1].text, True) if x != toks[hi - 1].text):
                # "মাসুদ বিন মোমেন রাষ্ট্রদূতকে বলেন": an office in the accusative after the name is the one told, no part
                # of the name (a genitive may end a name that is also a word: "হুমায়ুন কবির")
                hi, b = hi - 1, toks[hi - 2].end
            first_kb = next((c for r, c in zip(kb_ranges, kb_cands) if r == (lo, lo + 1)), None)
            if (hi - lo > 1 and label == "ORG" and first_kb is not None and first_kb.ids and self._label_of(first_kb) == "ORG"
                    and not any(words[x_] in self.cues.org_heads for x_ in range(lo + 1, hi))
                    and all(any(surface_form(x) in self.cues.common for x in [toks[x_].text] + self.cues.strip_suffix(toks[x_].text, True))
                            and words[x_] not in self.cues.label_after for x_ in range(lo + 1, hi))):
                # "বিএনপি রায়কে ফরমায়েশি বলে আখ্যা দিয়েছে": a body the KB knows, then only common words ("রায়", the
                # verdict), is that body; the tagger ran it on into a name of no one
                continue
            for k in range(lo, hi - 1):  # a case ending inside the span ends the name (মোদীকে | নৌকার)
                stems = self.cues.strip_suffix(toks[k].text)
                if stems:
                    cls = self.cues.case_class.get(surface_form(toks[k].text[len(stems[0]):]))
                    if cls == "ACC" or (label == "PER" and cls is not None):
                        hi, b = k + 1, toks[k].start + len(stems[0])
                        break
                    if (cls == "GEN" and (k, k + 1) in kb_ranges and all(
                            (words[x] in self.cues.common or words[x] in self.cues.not_names)
                            and words[x] not in self.cues.label_after for x in range(k + 1, hi))):
                        # "হামাসের প্রতিনিধিদল" (Hamas's delegation): a name the KB knows in the genitive, then only
                        # common words that head no name, is that name (a body's name may hold a genitive:
                        # "বাংলাদেশের কমিউনিস্ট পার্টি", whose "পার্টি" heads it)
                        hi, b = k + 1, toks[k].start + len(stems[0])
                        break
            else:  # the last word's case ending stays outside the span when its stem is a known word
                # or the head noun of a multi-word place or body: "... আন্তর্জাতিক বিমানবন্দরে" ->
                # "... বিমানবন্দর" (otherwise a name's own last letters are kept)
                stems = self.cues.strip_suffix(toks[hi - 1].text, True) if hi > lo else []
                ending_class = self.cues.case_class.get(surface_form(toks[hi - 1].text[len(stems[0]):])) if stems else None
                # (before a postposition that takes the genitive, "তানাকা আকিহিকোর সঙ্গে", the last word is in the
                # genitive: its ending is cut whatever the name)
                governed = next((st for st in stems if hi < len(toks) and toks[hi].norm in self.cues.genitive_governors
                                 and len(st) >= 2 and self.cues.case_class.get(
                                     surface_form(toks[hi - 1].text[len(st):])) == "GEN"), None)
                if governed is not None and b == toks[hi - 1].end:
                    b = toks[hi - 1].start + len(governed)
                elif stems and b == toks[hi - 1].end and (
                        self.cues.is_known_stem(stems[0]) or (label != "PER" and hi - lo >= 2 and len(stems[0]) >= 4)
                        # a place in the locative: "অ্যাঙ্কোরেজে" is in Anchorage
                        or (label == "LOC" and ending_class == "LOC" and len(stems[0]) >= 4)) \
                        and ending_class is not None:
                    b = toks[hi - 1].start + len(stems[0])
                elif b == toks[hi - 1].end and self._particle is not None:
                    m = self._particle.search(toks[hi - 1].text)  # "শফিকুর রহমানও" (also): the particle is no part of the name
                    if m and m.start() >= 2:
                        b = toks[hi - 1].start + m.start()
                    elif (cut := self._particle_after_ending(toks[hi - 1].text)) is not None:
                        # "আসাদুজ্জামান খান কামালকেও" (Kamal too, as object): a dative and the particle
                        b = toks[hi - 1].start + cut
            for k in range(lo + 1, hi - 1):
                if toks[k].norm in self.cues.demonyms and any(
                        y == k and x >= lo and self._label_of(kb_cands[j]) == "GPE" for j, (x, y) in enumerate(kb_ranges)):
                    # "পাকিস্তান ভারতীয় হাইকমিশনের এক কর্মকর্তাকে": a country's name, then a demonym opening a
                    # body's name, are two names (the subject, and India's mission)
                    lo, a = k, toks[k].start
                    break
            if all(toks[k].norm in self.cues.demonyms for k in range(lo, hi)) or \
                    " ".join(toks[k].norm for k in range(lo, hi)) in self.cues.demonyms:
                continue  # रूसी, রাশিয়ান, उत्तर कोरियाई: a demonym (NORP, below), not a name
            if hi - lo == 2 and toks[lo].norm in self.cues.demonyms:
                continue  # রাশিয়ান সেনারা, रूसी सेना: a demonym and a noun describe, they do not name
            while hi - lo > 1 and any(lo <= x and y < hi for x, y in kb_ranges):
                # স্পুটনিক সংবাদ (সংস্থা) around the KB's স্পুটনিক: "news" types the agency (so does a news agency's
                # two-word kind, entity_cues label_before: "एएफपी संवाद समिति")
                if self.cues.label_after.get(words[hi - 1]) == "AGENCY":
                    hi -= 1
                elif hi - lo > 2 and self.cues.label_before.get(tuple(words[hi - 2 : hi])) == "AGENCY" \
                        and any(lo <= x and y <= hi - 2 for x, y in kb_ranges):
                    hi -= 2
                else:
                    break
                b = toks[hi - 1].end
            if label == "PER" and hi - lo >= 2 and self._foreign_tail(toks, hi - 1, kb_ranges, lo):
                hi -= 1  # "মোদী রুশ (প্রেসিডেন্ট পুতিন)", "মোদী এক্স-এ (এক পোস্টে)": no part of the name
                b = toks[hi - 1].end
            overlapping = [k for k, (x, y) in enumerate(kb_ranges) if x < hi and lo < y]
            last = [k for k in overlapping if kb_ranges[k] == (hi - 1, hi) and lo < hi - 1
                    and any(self.kb.entities[i].type == "PER" for i in kb_cands[k].ids if i in self.kb.entities)]
            if last and label == "PER" and self.cues.case_class.get(
                    surface_form(toks[hi - 1].text[kb_cands[last[0]].end - toks[hi - 1].start:])) == "ACC":
                # "ডিং শুয়েশিয়াং ইউনূসকে স্বাগত জানান": a known person in the accusative after a name
                # is the object of the verb, not the name's last word
                hi -= 1
                b = toks[hi - 1].end
                overlapping = [k for k in overlapping if k not in last]
                if hi - lo == 1 and words[lo] in self.cues.common:
                    continue  # "পররাষ্ট্র মন্ত্রণালয় হাসিনাকে": the word left before the object is a common word, no name
            if (label == "PER" and overlapping and kb_ranges[overlapping[-1]][1] == hi and kb_ranges[overlapping[-1]][0] > lo
                    and self._label_of(kb_cands[overlapping[-1]]) in ("ORG", "AGENCY")
                    and kb_cands[overlapping[-1]].by.startswith("kb:surface")):
                # "राष्ट्रपति कार्यालय क्रेमलिन": no person's name ends in a body's name as the KB spells it; the
                # body stays (a name found by its Latin key alone may be a person's: "अंबिका सोनी", not Sony)
                continue
            if not overlapping:
                out.append(Candidate(a, b, text[a:b], label, [], conf, by))
                continue
            if len(overlapping) == 1 and kb_ranges[overlapping[0]] == (lo, hi):  # same words: KB span and ids
                c = kb_cands[overlapping[0]]
                c.by, c.confidence = f"{c.by}+{by}", max(c.confidence, conf)
            elif len(overlapping) > 1 and set(range(lo, hi)) <= {
                    x for k in overlapping for x in range(*kb_ranges[k])}:
                continue  # পুতিন কিমকে: the tagger ran two known names together; the KB's stay
            elif (len(overlapping) == 1 and kb_ranges[overlapping[0]] == (lo + 1, hi) and label == "PER"
                  and self._curated_full_name(kb_cands[overlapping[0]])):
                continue  # "দলটির আমির শফিকুর রহমান": a word the tagger ran onto a known full name is an office
            elif (len(overlapping) > 1 and all(kb_cands[k].by == "kb:surface" for k in overlapping)
                  and any(self._label_of(kb_cands[k]) == "PER" for k in overlapping)):
                continue  # "पुतिन दिल्ली पहुंचकर मोदी": a span over a known person and other known names is no one name
            elif (len(overlapping) == 1 and label == "PER" and kb_ranges[overlapping[0]] == (lo, lo + 1) and hi - lo == 2
                  and self._with_case_ending(toks[lo + 1]) and self._family_name_alone(kb_cands[overlapping[0]])):
                # "ট্রাম্প কাভানফের বিরুদ্ধে": a known person's family name ends his name; the one word with a case
                # ending the tagger ran on after it names someone else (not "আসাদ আলম সিয়াম", a name of its own)
                a2 = toks[lo + 1].start
                out.append(Candidate(a2, b, text[a2:b], label, [], conf, by))
            elif (len(overlapping) == 1 and kb_ranges[overlapping[0]][0] == lo and kb_ranges[overlapping[0]][1] - lo >= 2
                  and self._label_of(kb_cands[overlapping[0]]) in ("ORG", "AGENCY")
                  and not any(self._org_head_stem(toks[k]) for k in range(kb_ranges[overlapping[0]][1], hi))):
                continue  # "আন্তর্জাতিক অপরাধ ট্রাইব্যুনাল মানবতাবিরোধী (অপরাধের মামলায়)": a body the KB names in full
                # ends there; the tagger's word after it is no part of it (unless it is a body's head word)
            elif conf >= MODEL_REPLACE_CONF and all(lo <= kb_ranges[k][0] and kb_ranges[k][1] <= hi
                                                    for k in overlapping):
                out.append(Candidate(a, b, text[a:b], label, [], conf, by))
                replaced.update(overlapping)
        out += [c for k, c in enumerate(kb_cands) if k not in replaced and not any(c is r for r in replaced_by_region)
                and (c.by == "kb:surface" or "+model" in c.by or not MODEL_CONFIRMS_KEYS
                     or len(latin_key(c.text).replace(" ", "")) >= UNCONFIRMED_KEY_MIN
                     # the exact surname of the one curated person who bears it (ইউনূস): no fuzz; so too
                     # the exact key of a name of curated people only (किशिदा: "Kishida" in the KB)
                     or (c.by == "kb:surname" and len(latin_key(c.text)) >= SURNAME_KEY_MIN)
                     or (c.by == "kb:key" and len(latin_key(c.text)) >= CURATED_KEY_MIN and self._curated_people(c))
                     # (so the exact key of a city of a million people: खारकीव, "karkiv"; or of a country:
                     # "बोलिविया", "bolivia", spelt with a short i)
                     or (c.by == "kb:key" and len(latin_key(c.text)) >= CURATED_KEY_MIN
                         and (self._big_cities(c) or self._countries(c))))]
        covered = set()
        for c in out:
            k = _first_at(toks, c.start)
            while k < len(toks) and toks[k].start < c.end:
                covered.add(k)
                k += 1
        return out, covered

    def _foreign_tail(self, toks: list[Token], k: int, kb_ranges: list[tuple[int, int]], lo: int) -> bool:
        """The last word of a tagged person is no part of the name: a demonym ("রুশ", before the
        next person's title), or, after a known person, a word with a case ending set off by a
        hyphen ("এক্স-এ": on X)."""
        if toks[k].norm in self.cues.demonyms or toks[k].norm in self.cues.not_names:
            return True  # (or a word never a name: "ইশিবা রোহিঙ্গা সংকট ...", Ishiba, then the Rohingya crisis)
        head, dash, ending = toks[k].text.rpartition("-")
        return bool(dash and head and self.cues.case_class.get(surface_form(ending)) is not None
                    and (lo, k) in kb_ranges)

    def _big_cities(self, c: Candidate) -> bool:
        """A KB match naming only cities of at least BIG_CITY_MIN people (geonames population) in a
        country the article names ("यूक्रेन के खारकीव शहर पर"; not "पैरिश", a parish, with no France told)."""
        ents = [self.kb.entities.get(i) for i in c.ids]
        return bool(ents) and all(e is not None and e.type == "GPE" and int(e.attrs.get("population") or 0) >= BIG_CITY_MIN
                                  and f"gpe:{str(e.attrs.get('country') or '').lower()}" in self._doc_countries for e in ents)

    def _countries(self, c: Candidate) -> bool:
        """A KB match naming only countries."""
        return bool(c.ids) and all(i.startswith("gpe:") for i in c.ids)

    def _curated_people(self, c: Candidate) -> bool:
        """A KB match naming only hand-curated people."""
        ents = [self.kb.entities.get(i) for i in c.ids]
        return bool(ents) and all(e is not None and e.type == "PER" and e.source.startswith("curated") for e in ents)

    def _family_name_alone(self, c: Candidate) -> bool:
        """A one-word KB match that is the family name of the one person it names ("ট্রাম্প", "Trump"): the
        person's name has two or more words, the word is one of its keys, and no key of its first word."""
        if len(c.ids) != 1 or " " in c.text.strip():
            return False
        ent = self.kb.entities.get(c.ids[0])
        if ent is None or ent.type != "PER" or len(ent.name.split()) < 2:
            return False
        key = latin_key(c.text)
        return key in ent.keys and not _similar_keys(key, latin_key(ent.name.split()[0]))

    def _curated_full_name(self, c: Candidate) -> bool:
        """A KB match of two or more words naming only hand-curated people."""
        ents = [self.kb.entities.get(i) for i in c.ids]
        return (len(c.text.split()) >= 2 and bool(ents)
                and all(e is not None and e.type == "PER" and e.source.startswith("curated") for e in ents))

    def _bracketed_short_forms(self, text: str, found: list[Candidate]) -> list[Candidate]:
        """"নির্বাচন কমিশনের (ইসি)", "Election Commission (EC)": one short word in brackets right after
        a name (a case ending may sit between) names the same thing, even where no pass found it."""
        taken = {(c.start, c.end) for c in found}
        out = []
        for c in found:
            m = BRACKETED_SHORT.match(text, c.end)
            bare = next((x for x in found if m and (x.start, x.end) == (m.start(1), m.end(1)) and not x.ids and x.label is None
                         and x.by == "cue:capitalised"), None) if m else None
            if bare is not None and self._label_of(c) not in ("NORP", "PER", None):
                # "Joint Chiefs of Staff (JCS)": a capitalised word no pass could place is the short form
                bare.label, bare.ids, bare.by = c.label or self._label_of(c), list(c.ids), "cue:bracketed-short-form"
                bare.confidence = max(bare.confidence, round(max(c.confidence, 0.5) * 0.9, 3))
                continue
            if m and (m.start(1), m.end(1)) not in taken and not any(
                    x.start <= m.start(1) < x.end for x in found) and self._label_of(c) not in ("NORP", "PER"):
                out.append(Candidate(m.start(1), m.end(1), m.group(1), c.label, list(c.ids),
                                     round(max(c.confidence, 0.5) * 0.9, 3), "cue:bracketed-short-form"))
            elif (m and c.ids and self._label_of(c) not in ("NORP", "PER")
                  and self._spells_initials(spelt_letters(m.group(1), self.cues.letter_names) or m.group(1),
                                            c.text if c.text.isascii() else latin_key(c.text).title())):
                # "Pakistan Tehreek-e-Insaf (PTI)": the article defines a short form the KB gives to
                # another body (the Press Trust of India); here and after, it is the name before it
                short = surface_form(m.group(1))
                for x in found:
                    if x.start >= m.start(1) and x.ids and x.ids != c.ids and surface_form(x.text) == short:
                        x.label, x.ids, x.by = c.label, list(c.ids), x.by + "+cue:bracketed-short-form"
        return out

    @staticmethod
    def _spells_initials(short: str, name: str) -> bool:
        """``short`` is made of the initials of ``name``'s words and their hyphenated parts, in order
        ("PTI" of "Pakistan Tehreek-e-Insaf"), Latin script only."""
        if not short.isascii() or not short.isupper():
            return False
        initials = "".join(p[0] for w in name.split() for p in w.split("-") if p and p[0].isalpha() and p[0].isupper())
        k = 0
        for ch in initials:
            if k < len(short) and ch == short[k]:
                k += 1
        return k == len(short)

    def _dateline_agencies(self, text: str, spans: list[tuple[int, int]], found: list[Candidate]) -> list[Candidate]:
        """The agency word in a dateline's brackets ("नई दिल्ली, 14 जुलाई (भाषा)"): a service name
        that is a common word elsewhere (भाषा = language), so it counts only there."""
        from ..text.segment import DATELINE_AGENCY_RE

        out = []
        taken = {(c.start, c.end) for c in found}
        for s, e in spans:
            seg = text[s:e] + " "  # the segment ends at the bracket; the pattern wants the space after it
            m = DATELINE_AGENCY_RE.match(seg)
            if m is None or seg[m.end():].strip():
                continue  # not a dateline segment of its own
            b = text.rfind(")", s, e)
            a = text.rfind("(", s, b)
            word = text[a + 1 : b].strip() if 0 <= a < b else ""
            eid = self.cues.dateline_agencies.get(surface_form(word))
            if eid and eid in self.kb.entities and (a + 1, b) not in taken:
                out.append(Candidate(a + 1, b, text[a + 1 : b], None, [eid], 0.9,
                                     f"cue:dateline-agency:{self.lang}/entity_cues.yaml"))
        return out

    def _named_occasion(self, text: str, c: Candidate) -> bool:
        """The name after a word that makes it an occasion's (entity_cues ``label_before`` EVENT: "অপারেশন", "Operation"),
        written before it (a quote mark may stand between) or opening it."""
        words = self._event_before_words
        if not words:
            return False
        first = c.text.split()[0] if c.text.split() else ""
        before = regex.search(r"(\S+)\s*[‘'\"“]?\s*$", text[max(0, c.start - 30) : c.start])
        return surface_form(first) in words and len(c.text.split()) > 1 or (
            before is not None and surface_form(before.group(1).strip("‘'\"“")) in words)

    def _acronyms_after_label_words(self, toks: list[Token], covered: set[int]) -> list[Candidate]:
        """An Indic acronym no one knows, right after a word that says what it names (entity_cues
        ``label_before``: "বিরোধী দল এমডিপি", "সংবাদ সংস্থা এপিপির"): a name of that kind; its case ending stays
        outside. (Latin acronyms are capitalised, so pass 4 finds them.)"""
        out: list[Candidate] = []
        if not self.cues.label_before or not self.cues.letter_names:
            return out
        lasts = self._label_before_lasts
        for i, t in enumerate(toks):
            if i == 0 or toks[i - 1].norm not in lasts or i in covered or t.latin or t.start - toks[i - 1].end != 1:
                continue
            label = next((self.cues.label_before[k] for n in (2, 1) if i - n >= 0
                          and (k := tuple(x.norm for x in toks[i - n : i])) in self.cues.label_before), None)
            if label is None:
                continue
            stem = next((x for x in (t.text, *self.cues.strip_suffix(t.text, True))
                         if spelt_letters(x, self.cues.letter_names)), None)
            if stem is not None:
                out.append(Candidate(t.start, t.start + len(stem), stem, label, [], 0.7, "cue:label-before-acronym"))
                covered.add(i)
        return out

    def _demonyms(self, toks: list[Token], covered: set[int]) -> list[Candidate]:
        """Words naming a country's people or things (रूसी, রাশিয়ান, Russian): linked to the country
        with the label NORP, so they are not counted as place names."""
        table = self.cues.demonyms
        out = []
        if not table:
            return out
        for i, t in enumerate(toks):
            if i in covered:
                continue
            # two words first: "North Korean", "उत्तर कोरियाई", "দক্ষিণ কোরীয়"
            n, hit = 1, None
            if i + 1 < len(toks) and i + 1 not in covered and toks[i + 1].start - t.end == 1:
                hit = table.get(t.norm + " " + toks[i + 1].norm)
                n = 2 if hit else 1
            if (n == 1 and i > 0 and toks[i - 1].norm in self.cues.region_leads and t.start - toks[i - 1].end == 1
                    and (not t.latin or _capitalised(toks[i - 1]))):
                continue  # "North American", "Latin American": a region's people, no country's (the run keeps the name whole)
            hit = hit or table.get(t.norm)
            stem = t.text
            if not hit and not t.latin and t.norm[:2] in self._demonym_heads:
                # with a case ending: "ফিলিস্তিনিদের" (the ending stays outside)
                stem = next((x for x in self.cues.strip_suffix(t.text, True) if surface_form(x) in table), t.text)
                hit = table.get(surface_form(stem)) if stem != t.text else None
            # (a people in the oblique plural: "बांग्लादेशियों के लिए", entity_cues ``demonym_plurals``)
            people = PEOPLE_OF_A_COUNTRY if hit and n == 1 and t.norm in self.cues.plural_demonyms else ""
            if not hit and t.latin and n == 1:
                # the people in the plural: "called on Georgians to protest", "Pakistanis" (events.args reads
                # them as the country acting or acted on)
                hit = next((table[t.norm[: -len(e)]] for e in self.cues.plural_endings
                            if t.norm.endswith(e) and t.norm[: -len(e)] in table), None)
                people = PEOPLE_OF_A_COUNTRY if hit else ""
            if hit and (not t.latin or _capitalised(t)):
                eid, origin = hit
                if eid in self.kb.entities:
                    end = toks[i + n - 1]
                    out.append(Candidate(t.start, t.start + len(stem) if n == 1 else end.end,
                                         stem if n == 1 else t.text + " " + end.text, "NORP",
                                         [eid], 0.9, f"demonym:{origin}{people}"))
                    covered.update(range(i, i + n))
        return out

    def _common_word(self, norm: str, text: str) -> bool:
        """A common word: listed (or its singular is: "officials", entity_cues ``plural_endings``), or
        written in lower case elsewhere in the text ("Residents said ... the residents")."""
        common = self.cues.common
        if norm in common or any(norm.endswith(e) and norm[: -len(e)] in common for e in self.cues.plural_endings):
            return True
        return regex.search(rf"(?<!\p{{L}}){regex.escape(norm)}(?!\p{{L}})", text) is not None

    def _maybe_plural(self, norm: str) -> bool:
        """A word with a plural ending (entity_cues ``plural_endings``, less ``not_plural_endings``)."""
        return (any(norm.endswith(e) for e in self.cues.plural_endings)
                and not any(norm.endswith(e) for e in self.cues.not_plural_endings))

    def _capitalised_runs(self, text: str, toks: list[Token], covered: set[int]) -> list[Candidate]:
        cues, out = self.cues, []
        english = self.lang == "en"
        i = 0
        while i < len(toks):
            t = toks[i]
            if i in covered or not t.latin or not _capitalised(t) or t.text[0].isdigit():
                i += 1
                continue
            j = i + 1
            # (a sentence's capitalised first word may be a common one, "Officials of the Bank of ...": no
            # connectors but one after it)
            opening = i == 0 and t.norm not in cues.boundary
            while j < len(toks) and j not in covered and toks[j].latin and _joined(text, toks[j - 1], toks[j]) and (
                    not (english and self._possessor_name(toks, i, j))):  # "Central Park's | Great Lawn"
                if _capitalised(toks[j]):
                    j += 1
                    continue
                # "Office for the Coordination of ...": one or two connectors before a capitalised word
                # (two only after a body's or place's head word: not "Tiffany Ng of the University ...")
                k, most = j, 2 if not opening and cues.label_after.get(toks[j - 1].norm) in _HEAD_LABELS else 1
                while k < len(toks) and k - j < most and toks[k].norm in cues.connectors \
                        and (k == j or _joined(text, toks[k - 1], toks[k])):
                    k += 1
                if k == j and not opening and toks[j].norm in cues.inner_conjunctions and _capitalised(toks[j - 1]) \
                        and any(t.norm in cues.connectors for t in toks[i : j - 1]) \
                        and any(cues.label_after.get(t.norm) in _HEAD_LABELS for t in toks[i : j - 1]) \
                        and surface_form(toks[j - 1].text) not in self.kb.surface:
                    # "Agency for the Assessment and Application of Technology": after "of"/"for", an "and"
                    # between words no name of their own stays inside the name (not after a known name:
                    # "Bank of England and ...")
                    k = j + 1
                if k > j and k < len(toks) and k not in covered and toks[k].latin and _capitalised(toks[k]) and toks[k].norm not in cues.not_names \
                        and _joined(text, toks[k - 1], toks[k]):  # "Pahalgam on Tuesday"
                    j = k + 1
                    continue
                break
            run = toks[i:j]
            while run:  # leading boundary words and titles, "Vice Premier" too, are not the name
                if run[0].norm in cues.boundary:
                    run = run[1:]
                    continue
                hit = cues.title_at([x.norm for x in run], 0)
                if not hit:
                    break
                run = run[hit[0]:]
            if english and run and j < len(toks) and cues.title_at([run[-1].norm], 0):
                # "High Commissioner", "Home Affairs Adviser" before a name: the title's own words
                covered.update(range(i, j))
                i = j
                continue
            if english and len(run) > 2:
                # "acting High Commissioner Nural Islam", "Home Affairs Adviser Jahangir Alam": the name
                # is what follows the last title word inside the run
                cut = max((k for k in range(len(run) - 1) if cues.title_at([run[k].norm], 0)), default=None)
                if cut is not None and len(run) - cut - 1 >= 2 and all(
                        _capitalised(x) and x.norm not in cues.connectors for x in run[cut + 1:]):
                    run = run[cut + 1:]
            while run and run[-1].norm in cues.connectors:
                run = run[:-1]
            if english and len(run) == 1 and self._month_before_day(run[0], toks, j):
                covered.update(range(i, j))  # "from Feb. 10", "Aug 5": a month written short before a day is a date, no name
                i = j
                continue
            if run:
                a, b = run[0].start, run[-1].end
                stems = cues.strip_suffix(run[-1].text)
                if stems:
                    b = run[-1].start + len(stems[0])
                word = text[a:b]
                if english and j < len(toks) and toks[j].norm in cues.thing_heads_after and text[b:toks[j].start] == " " \
                        and not toks[j].text[:1].isupper():
                    covered.update(range(i, j))  # "India's Neighbourhood First policy": a policy's name, no one's
                    i = j
                    continue
                if english:
                    label = "PER" if len(run) > 1 else None
                    conf = 0.5 if len(run) > 1 else 0.35
                    if label == "PER" and (w := regex.search(r"(?<![\w.])(\p{L}+)\s+$", text[max(0, a - 12) : a])) is not None \
                            and surface_form(w.group(1)) in cues.articles:
                        # "the Scottish Government", "the Bhagavad Gita", "the West Side Highway": a person's name takes
                        # no article; the run names a body unless its context says a place ("the Golden Temple")
                        label = "ORG"
                    verb = j + 1 if j + 1 < len(toks) and ((toks[j].norm.endswith("ly") and len(toks[j].norm) > 4)
                                                          or toks[j].norm in cues.adverbs_before_verbs) else j
                    # (a word that may be a plural, "Analysts warned", only before a verb's singular
                    # form: "Waters says", not "Waters said")
                    plural = self._maybe_plural(run[0].norm)
                    if (label is None and verb < len(toks) and toks[verb].norm in cues.person_verbs_after
                            and not self._common_word(run[0].norm, text) and run[0].norm not in cues.boundary
                            and not word.isupper() and _joined(text, run[-1], toks[j])
                            and not (plural and not toks[verb].norm.endswith("s"))):
                        # "Kavanaugh (emotionally) denied the allegations": an unknown word no dictionary
                        # knows as a common word, right before a verb people do (entity_cues person_verbs_after)
                        label, conf = "PER", 0.5
                    if (label is None and len(run) == 1 and not word.isupper() and cues.person_words_before is not None
                            and not self._common_word(run[0].norm, text) and run[0].norm not in cues.boundary
                            and cues.person_words_before.search(text, max(0, a - 30), a) is not None):
                        # "Trump meeting with Rosenstein", "met Ri on the sidelines": one unknown word right after
                        # a meeting's words (entity_cues person_words_before) is the person met
                        label, conf = "PER", 0.5
                    if (label is None and len(run) == 1 and not word.isupper() and not self._common_word(run[0].norm, text)
                            and run[0].norm not in cues.boundary and self.kb.short_name_people(latin_key(word))):
                        # "Kim met Putin", "Xi said": one word that curated people are called by alone (a family
                        # name written first, or a last name): a person; the linker picks whom by the countries
                        # the article names, else it is a person of its own
                        label, conf = "PER", 0.5
                    if (label is None and word.isupper() and len(word) >= 2 and text[a - 1 : a] == "("
                            and text[b : b + 1] == ")" and out and text[out[-1].end : a].strip() == "("):
                        # "Bay of Bengal Initiative ... (BIMSTEC)": an acronym given for the name before it
                        label, conf = "ORG", 0.5
                    out.append(Candidate(a, b, word, label, [], conf, "cue:capitalised"))
                else:
                    label = "ORG" if word.isupper() else "OBJECT"
                    out.append(Candidate(a, b, word, label, [], 0.5, "cue:latin-island"))
                covered.update(range(i, j))
            i = j
        return out

    def _possessor_name(self, toks: list[Token], i: int, j: int) -> bool:
        """Whether ``toks[i:j]`` ends in a possessive that is a name of its own, owning what follows
        ("Central Park's Great Lawn", "the U.S. Navy's Fifth Fleet"), not a word inside a name
        ("Prime Minister's Office", "People's Liberation Army": a title, a common word)."""
        last = toks[j - 1].text
        if last[-2:] not in ("'s", "’s"):
            return False
        words = [t.norm for t in toks[i : j - 1]] + [last[:-2].casefold()]
        if self.cues.title_at(words, 0) or self.cues.title_at(words[-1:], 0):
            return False
        if j + 1 >= len(toks) or not toks[j + 1].latin or not _capitalised(toks[j + 1]):
            # "the Parish Coroner's Office": one head word after it names the possessor's own office
            if j < len(toks) and self.cues.label_after.get(toks[j].norm) == "ORG":
                return False
        # ("Korean People's Army", "Women's Hospital": a common word owning the next is inside the name)
        return not self._common_word(words[-1], "")

    def _label_from_context(self, text: str, toks: list[Token], c: Candidate) -> str | None:
        cues = self.cues
        lo = _first_at(toks, c.start)
        idx = []
        for k in range(lo, len(toks)):
            if toks[k].start >= c.end:
                break
            idx.append(k)
        if not idx:
            return None
        first, last = idx[0], idx[-1]
        # a lone capital at the start of a sentence before a lower-case word is no name of its
        # own: "Foreign ministry spokesperson ..." (but "the Foreign Ministry" is)
        initial_only = first == 0 and len(idx) == 1 and last + 1 < len(toks) and toks[last + 1].text[:1].islower()
        if (last + 1 < len(toks) and toks[last].end == c.end and not initial_only
                and _joined(text, toks[last], toks[last + 1])):  # (not across a comma: "মন্ত্রণালয়, জেলা")
            lab = cues.label_after.get(toks[last + 1].norm)
            if lab and lab != "EVENT":  # ("G20 Summit": the G20 holds the summit; it is no occasion)
                return lab
        # the name's own last word (its case ending cut off: "জেলা আওয়ামী লীগ|ের" ends in লীগ)
        lab = cues.label_after.get(toks[last].norm) or cues.label_after.get(surface_form(c.text.split()[-1]))
        if lab and len(idx) > 1:
            return lab
        head_alone = (lab == "ORG" and len(idx) == 1 and toks[first].latin
                      and not (last + 2 < len(toks) and toks[last + 1].norm in cues.connectors and _capitalised(toks[last + 2])
                               and toks[last + 2].norm not in self._calendar_words()))
        if len(idx) > 1 and c.label in (None, "ORG") and self._org_head_stem(toks[last]) is not None:
            return "ORG"  # "চট্টগ্রাম জেলা আদালত": the head word names a body, whatever place is inside
        if len(idx) > 2:  # a body's word inside the name: "International Court of Justice", "Centre for ..."
            lab = next((cues.label_after[toks[k].norm] for k in idx[:-1] if toks[k].norm in cues.label_after), None)
            if lab:
                return lab
        for n in (2, 1):
            if first - n >= 0:
                lab = cues.label_before.get(tuple(t.norm for t in toks[first - n : first]))
                if lab:
                    # "presented the budget in Parliament": a body's head word alone after "in" is that body, no
                    # place (not the head of a longer name: "the University of Michigan")
                    return "ORG" if head_alone and lab in ("GPE", "LOC") else lab
        return None

    def _called_by_family_name(self, eid: str) -> bool:
        """A KB person whose family name is written first (kb/family_name_first.txt: Xi, Kim, Wang)."""
        from .kb import family_first_keys

        ent = self.kb.entities.get(eid)
        return ent is not None and ent.type == "PER" and any(
            " " in n.strip() and latin_key(n.split()[0]) in family_first_keys() for n in ent.names.get("en", []))

    def _repeats(self, text: str, sentences: list[list[Token]], found: list[Candidate]) -> list[Candidate]:
        """Find again, without their cue, names that pass 2-4 found (not KB names: pass 1 saw those)."""
        seen: dict[str, Candidate] = {}
        for c in found:
            if (not c.ids and c.label and c.confidence >= 0.5) or c.by == "cue:bracketed-short-form":
                seen[surface_form(c.text)] = c
                words = c.text.split()
                if c.label == "PER" and len(words) > 1:  # the surname alone: স্বেতলোভাকে
                    seen.setdefault(surface_form(words[-1]), c)
        for c in found:
            # a person named in full (KB or not) and later by one part of the name: the family
            # name written first (वांग after वांग यी, Kim after Kim Jong Un) or last (Modi); a part
            # that is a common word or the surface of another KB name is not taken alone
            words = c.text.split()
            label = c.label or (self.kb.entities[c.ids[0]].type if c.ids and c.ids[0] in self.kb.entities else None)
            if label == "PER" and len(words) > 1 and c.confidence >= 0.5:
                family_first = bool(c.ids) and self._called_by_family_name(c.ids[0])
                article, _, bare = words[-1].partition("-")
                for w in (words[0], words[-1]) + ((bare,) if bare and surface_form(article) in self.cues.family_articles else ()):
                    sf = surface_form(w)
                    # (two letters only for a KB person's family name written first: शी, সি, Li; and
                    # such a name counts even where it is also a common word or letter: সি)
                    shortest = 2 if c.ids and w is words[0] else 3
                    known = self.cues.is_known_stem(w) and not (family_first and w is words[0])
                    if sf in self.cues.boundary:
                        continue  # "He" of He Lifeng: alone, the pronoun

                    # (over the tagger's own guess of that one word: "वांग" tagged a place is Wang Yi again)
                    if len(sf) >= shortest and not known and (sf not in seen or (
                            c.ids and _bare_model_guess(seen[sf]) and " " not in seen[sf].text.strip())):
                        seen[sf] = c
        if not seen:
            return []
        # (a bare guess of the tagger over a part of a KB person's name seen whole is that person again:
        # "वांग" after "वांग यी", tagged a place; "অলির" in a headline before "কে পি শর্মা অলি")
        for sf, c in list(seen.items()):
            if seen[sf] is c and _guess_of_a_known_part(c, seen, self.cues.strip_suffix):
                del seen[sf]
        taken = sorted((c.start, c.end) for c in found
                       if not _weak_capitalised(c) and not _guess_of_a_known_part(c, seen, self.cues.strip_suffix))
        starts = [a for a, _ in taken]
        # a name of several words found whole again before its parts are: "মাইকেল ভ্যান" is one person
        # again, not মাইকেল and ভ্যান apart (a given name that is no common word is a part in ``seen``)
        whole: dict[str, list[tuple[list[str], Candidate]]] = {}
        for sf, c in seen.items():
            if " " in sf and c.label == "PER":  # (a tagger's place or body of two words is not spread so)
                whole.setdefault(sf.split()[0], []).append((sf.split(), c))
        out = []
        for toks in sentences:
            skip_to = -1
            for i, t in enumerate(toks):
                if t.start < skip_to:
                    continue
                k = bisect_right(starts, t.start) - 1
                if k >= 0 and taken[k][0] <= t.start < taken[k][1]:
                    continue
                if whole and t.norm in whole:
                    hit = self._whole_repeat(toks, i, whole[t.norm])
                    if hit is not None:
                        end, src = hit
                        out.append(Candidate(t.start, end, text[t.start:end], src.label, list(src.ids),
                                             round(src.confidence * 0.9, 3), "doc:repeat"))
                        skip_to = end
                        continue
                if t.norm not in seen and not self.cues.safe_suffixes:
                    continue  # fast path: no case endings to cut in this language
                if t.latin and not _capitalised(t):
                    continue  # "energy" in a quote is not the "Energy" of a name found before
                for f in [t.text] + self.cues.strip_suffix(t.text, True):  # (ইসির: the র of a name seen bare)
                    src = seen.get(surface_form(f))
                    if src:
                        out.append(Candidate(t.start, t.start + len(f), f, src.label or (None if src.ids else "PER"), list(src.ids),
                                             round(src.confidence * 0.9, 3), "doc:repeat"))
                        break
        return out

    def _whole_repeat(self, toks: list[Token], i: int, names: list[tuple[list[str], Candidate]]) -> tuple[int, Candidate] | None:
        """(end, source) of the longest seen name of several words starting at ``toks[i]``; its last word
        may wear a case ending ("মাইকেল ভ্যানের")."""
        best = None
        for words, src in names:
            n = len(words)
            if i + n > len(toks) or any(toks[i + j].norm != words[j] for j in range(n - 1)):
                continue
            last = toks[i + n - 1]
            forms = [last.text] + self.cues.strip_suffix(last.text, True)
            f = next((f for f in forms if surface_form(f) == words[-1]), None)
            if f is not None and (best is None or n > best[0]):
                best = (n, last.start + len(f), src)
        return None if best is None else (best[1], best[2])


# a case ending (at most 3 letters) then one short word in brackets: "কমিশনের (ইসি)", "Commission (EC)"
# (not a number: "আবু সাঈদ (২৪)" gives the man's age)
BRACKETED_SHORT = regex.compile(r"\w{0,3}\s*\(\s?((?!\p{Nd}+\s?\))\w{2,8})\s?\)")


_PLAIN_WORD = regex.compile(r"[\p{L}\p{M}]+")


@functools.lru_cache(maxsize=None)
def _company_heads_re(lang: str, heads: frozenset[str]) -> regex.Pattern:
    """Any of a language's company words, anywhere (a cheap test before the tokens are read)."""
    return regex.compile("|".join(regex.escape(h) for h in sorted(heads, key=len, reverse=True)), regex.IGNORECASE)


_NEXT_WORD = regex.compile(r"\s*(?:([,.;:)]|$)|(\w+))")


def _similar_keys(a: str, b: str) -> bool:
    """Two Latin keys of one given name in other spellings (vladimir / bladimir, jo / joe)."""
    from rapidfuzz import fuzz

    return a == b or fuzz.ratio(a, b) >= 70


def _bare_model_guess(c: Candidate) -> bool:
    """A name the tagger alone found, linked to nothing."""
    return not c.ids and c.by.startswith("model:")


def _bare_guess(c: Candidate) -> bool:
    """A name the tagger or a title cue alone found, linked to nothing."""
    return not c.ids and c.by.startswith(("model:", "cue:title:"))


def _guess_of_a_known_part(c: Candidate, seen: dict[str, Candidate], strip) -> bool:
    """A bare guess (the tagger's, a title cue's) whose words are one part of a KB person's name found whole in the
    article, its case ending cut or not (a headline's "প্রধানমন্ত্রী অলির" before "কে পি শর্মা অলি")."""
    if not _bare_guess(c) or " " in c.text.strip():
        return False
    return any((src := seen.get(surface_form(f))) is not None and bool(src.ids) and " " in src.text
               for f in [c.text] + strip(c.text, True))


def _weak_capitalised(c: Candidate) -> bool:
    """A capitalised word no cue or KB backs (a sentence's first word, say): below the threshold."""
    return c.by == "cue:capitalised" and not c.ids and c.label is None and c.confidence < 0.5


def _hyphen_parts(text: str, tok: Token) -> list[Token]:
    """The parts of a hyphenated token, each a token of its own (same normalisation as tokenize)."""
    out, pos = [], tok.start
    for piece in tok.text.split("-"):
        if piece:
            out += tokenize(text, pos, pos + len(piece))
        pos += len(piece) + 1
    return out


def _first_at(toks: list[Token], offset: int) -> int:
    lo, hi = 0, len(toks)
    while lo < hi:
        mid = (lo + hi) // 2
        if toks[mid].start < offset:
            lo = mid + 1
        else:
            hi = mid
    return lo
