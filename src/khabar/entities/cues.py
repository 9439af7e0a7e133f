"""Per-language cue data for recognition, loaded from ``lang/<code>/`` files.

* ``titles.tsv``: titles/roles before a person's name (राष्ट्रपति, প্রধানমন্ত্রী, President);
* ``entity_cues.yaml``: boundary words, case-suffix patterns, words that type a
  neighbouring name (news agency, Ministry, शहर).
* ``demonyms.tsv``: words for a country's people or things (रूसी, Russian) -> the country's id;
* ``common_words.txt``: frequent words that are not names (generated from corpora,
  see ``scripts/build_common_words.py``); used to keep fuzzy matching away from them.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import regex
import unicodedata

from ..lang import load_lines, load_yaml
from .kb import surface_form


@dataclass
class Cues:
    lang: str
    titles: dict[tuple[str, ...], tuple[str, str]] = field(default_factory=dict)  # words -> (label, origin)
    max_title_words: int = 1
    title_first: frozenset[str] = frozenset()  # first words of titles: a quick test before title_at
    boundary: frozenset[str] = frozenset()
    connectors: frozenset[str] = frozenset()
    # conjunctions inside a body's name after one of its connectors ("... for the Assessment and Application of ...")
    inner_conjunctions: frozenset[str] = frozenset()
    # postpositions that take the genitive (bn সঙ্গে, কাছে): the name right before one carries a genitive ending
    genitive_governors: frozenset[str] = frozenset()
    leading_verbs: frozenset[str] = frozenset()  # verbs a subject may follow: never a name's first word
    # a region's direction before a known place ("दक्षिणी लेबनान", "উত্তর গাজা"): no part of the place's name
    direction_words: frozenset[str] = frozenset()
    not_names: frozenset[str] = frozenset()  # pronouns and question words the tagger may take for names (কাকে)
    kin_groups: frozenset[str] = frozenset()  # "couple", "family" after a surname: the family, no name of its own
    plural_kinds: frozenset[str] = frozenset()  # "एजेंसियों" (agencies): a kind in the plural ends no name
    # words before a demonym making it a region's ("North American", "Latin American"): no country's people
    region_leads: frozenset[str] = frozenset()
    # endings of abstract nouns (bn -বাসন, -ীকরণ; hi -ीकरण): a single word so ending, case ending or not,
    # is no name the KB does not know ("চীন প্রত্যাবাসন প্রক্রিয়ায়": repatriation, not a place)
    not_name_endings: tuple[str, ...] = ()
    safe_suffixes: list[regex.Pattern] = field(default_factory=list)
    known_suffixes: list[regex.Pattern] = field(default_factory=list)
    label_before: dict[tuple[str, ...], str] = field(default_factory=dict)
    label_after: dict[str, str] = field(default_factory=dict)
    speech_adverbs: frozenset[str] = frozenset()  # "আরও" between a speaker and "বলেন" (said further)
    outlet_kinds: frozenset[str] = frozenset()  # "পত্রিকা", "newspaper": the name right before one is an outlet's
    common: frozenset[str] = frozenset()
    demonyms: dict[str, tuple[str, str]] = field(default_factory=dict)  # word -> (entity id, origin)
    # words whose last letters look like a case ending but belong to the word (stem check)
    whole_words: frozenset[str] = frozenset()
    # case marker (hi ने/को/के, a separate word) or case ending (bn -কে/-এর) -> its class (ERG, ACC, GEN...):
    # the same class feature for both, so a tagger trained on one language's names helps the other
    case_class: dict[str, str] = field(default_factory=dict)
    # the word a dateline puts in brackets for an agency whose name it does not spell
    # ("नई दिल्ली, 14 जुलाई (भाषा)" = PTI's Hindi service): word -> entity id, only in datelines
    dateline_agencies: dict[str, str] = field(default_factory=dict)
    # words for a country's government ("कतर सरकार", "বাংলাদেশ সরকার"): the name + one is the country acting
    government_words: frozenset[str] = frozenset()
    # a byline naming where the story was filed: "নিজস্ব প্রতিবেদক, ঢাকা" (the place is the home country's)
    byline_words: frozenset[str] = frozenset()
    people_list_end: frozenset[str] = frozenset()  # "প্রমুখ": closes a list of people
    body_heads: frozenset[str] = frozenset()  # last words of a generic body a country owns (मंत्रालय)
    country_ref_genitives: regex.Pattern | None = None  # "that country's" right before a body (দেশটির, the country's)
    # those of them that never mean the article's own country (bn "দেশটির", hi "उस देश के": a distal "that country")
    foreign_country_refs: regex.Pattern | None = None
    genitive_gap: regex.Pattern | None = None  # what stands between a possessor and its body (के, -এর, 's)
    place_after_body: regex.Pattern | None = None  # between a bare body and the place it sits in ("ministry in Dhaka")
    # a minister's title words ("मंत्री"): a bare ministry whose field a named minister's title opens with is that
    # minister's country's ("वाणिज्य मंत्रालय" after "वाणिज्य और उद्योग मंत्री पीयूष गोयल")
    minister_words: regex.Pattern | None = None
    # a national news agency citing a bare body: between the two, and after the body ("TASS, citing the defence ministry")
    cited_body_between: regex.Pattern | None = None
    cited_body_after: regex.Pattern | None = None
    generic_bodies: frozenset[tuple[str, ...]] = frozenset()  # "পররাষ্ট্র মন্ত্রণালয়" as word tuples
    # a home country's body by its plain name ("संसद", "নির্বাচন কমিশন"): another country's in a story filed from there
    home_body_names: frozenset[tuple[str, ...]] = frozenset()
    capital_words: frozenset[str] = frozenset()  # "राजधानी" after a country's genitive: that capital
    scope_words: frozenset[str] = frozenset()  # "राष्ट्रीय" before "सुरक्षा परिषद": another body than the KB's
    # words that end an organisation's name written after a name in its bare form ("রাজশাহী শিক্ষা
    # বোর্ড", "दिल्ली पुलिस"): the name and the words up to one of these are the organisation
    org_heads: frozenset[str] = frozenset()
    body_kinds_after: frozenset[str] = frozenset()  # hi संगठन, bn গোষ্ঠী: "हिजबुल्लाह संगठन" is the KB's Hezbollah
    company_heads: frozenset[str] = frozenset()  # Limited, Mills: the words before are a brand name
    limited_words: frozenset[str] = frozenset()  # "Limited": before it even common words may be the brand's
    company_leads: frozenset[str] = frozenset()  # "প্রতিষ্ঠান", "কারখানা": a word opening a company's name, not in it
    org_openers: frozenset[str] = frozenset()  # National, International: an English body's name written in the script
    org_connectors: frozenset[str] = frozenset()  # "for", "of" after its head: "... Center for Disaster Prevention"
    # head word -> label of a place or body named after a person ("জওহরলাল নেহরু বিশ্ববিদ্যালয়": ORG)
    named_after_person: dict[str, str] = field(default_factory=dict)
    home_countries: tuple[str, ...] = ()  # ISO codes of where the language's news is mostly written (a name's default)
    place_heads: frozenset[str] = frozenset()  # bn প্রদেশ, উপজেলা: unknown words before one name a place
    adjective_endings: tuple[str, ...] = ()  # bn -ীয়: a describing word, no name ("সীমান্তবর্তী জেলা" is no place's name)
    person_verbs_after: frozenset[str] = frozenset()  # en: "Kavanaugh denied": an unknown capitalised word before one is a person
    adverbs_before_verbs: frozenset[str] = frozenset()  # en "also", "later": may stand between such a name and its verb
    # en "meeting with", "met": one unknown capitalised word right after these is a person met ("Trump meeting with
    # Rosenstein"); a regex over the text before the word, anchored at its end
    person_words_before: regex.Pattern | None = None
    verb_endings: tuple[str, ...] = ()  # endings of verb forms (bn খুঁজ|ছেন): no name's
    speech_complementisers: frozenset[str] = frozenset()  # "that" after a verb of saying (bn যে)
    quotatives: frozenset[str] = frozenset()  # bn "বলে": closes reported words before the speech verb and its speaker
    title_modifiers: frozenset[str] = frozenset()  # "former", "jailed" before an office: part of the office words
    determiners: frozenset[str] = frozenset()  # this, that, a: the word after is a common noun
    plural_endings: tuple[str, ...] = ()  # en "s", "es": "officials" is common when "official" is
    articles: frozenset[str] = frozenset()  # en "the": a capitalised run right after one names no person
    group_endings: tuple[str, ...] = ()  # bn "রা", "বাসী": a group of people made from a common word ("স্থানীয়রা")
    not_plural_endings: tuple[str, ...] = ()  # en "ss", "us", "is": no plural ("Congress", "Aziz")
    surname_words: frozenset[str] = frozenset()  # hi इस्लाम, bn ইসলাম: common words that end a name after a given name
    given_names: frozenset[str] = frozenset()  # bn ডেভিড, পিটার: given names the generated common-word list holds
    thing_heads_after: frozenset[str] = frozenset()  # en "policy": "Neighbourhood First policy" names a policy, no one
    people_plural_endings: tuple[str, ...] = ()  # bn "দের": a group of people, never one person's name after a title
    # hi "ियों" -> "ी": a demonym's oblique plural and the ending of its plain form ("बांग्लादेशियों" is बांग्लादेशी people);
    # the plurals join ``demonyms`` and are listed here, the people of the country
    demonym_plurals: tuple[tuple[str, str], ...] = ()
    plural_demonyms: frozenset[str] = frozenset()
    name_conjunctions: frozenset[str] = frozenset()  # "ও" inside such a name: "বিজ্ঞান ও প্রযুক্তি বিশ্ববিদ্যালয়"
    acronym_skip_words: frozenset[str] = frozenset()  # "of", "and": no letter of a bracketed short form
    # Latin letters spelt in the script ("ডব্লিউ", "डब्ल्यू"): initials inside a foreign name
    # ("জর্জ ডব্লিউ বুশ", "জে ডি সালিংগার"); letters that are also common words (ও "and") are left out
    initials: frozenset[str] = frozenset()
    # letters that are also common words (hi के, the genitive): initials only right after another initial ("वी के बिरदी")
    later_initials: frozenset[str] = frozenset()
    # abbreviated parts of a personal name written before it ("মো. আবদুল হামিদ", "Md."): inside the
    # person's span, as news corpora annotate them (banglakit tags "মো. নাহিদ হুসাইন" whole)
    name_prefixes: regex.Pattern | None = None
    org_prefixes: regex.Pattern | None = None  # "দ্য", "মেসার্স" right before an organisation's name: part of it
    name_prefix_lead: regex.Pattern | None = None  # the same, opening a name ("^মো\.\s*")
    name_particles: frozenset[str] = frozenset()  # particles written onto a word (bn ও "also")
    # an article joined by a hyphen to a family name ("al-Assad", "अल-असद", "আল-আসাদ"): the name later alone is
    # the family name without it ("Assad", "असद")
    family_articles: frozenset[str] = frozenset()
    # word -> cluster id from word_clusters.tsv (scripts/build_word_clusters.py): tagger features
    # that group a word unseen in training with words like it
    clusters: dict[str, str] = field(default_factory=dict)
    cluster_names: dict[str, float] = field(default_factory=dict)  # cluster -> share of its words in names
    # occupations and kin (titles.tsv kind "role": লেখক, पत्नी): weaker cues than offices, so the
    # word after one must look like a name, and the tagger's title feature ignores them
    role_titles: set[tuple[str, ...]] = field(default_factory=set)
    # titles that are also adjectives ("प्रमुख" chief/main): the name after one must look like a name
    # (as after a role), but the tagger reads them as titles (it was trained so)
    adjective_titles: set[tuple[str, ...]] = field(default_factory=set)
    # titles of address (Mr, Mrs, Dr): a capitalised word after one is a name even if it is a
    # common word ("Mrs May", "Mr Brown")
    honorifics: frozenset[str] = frozenset()
    letter_names: dict[str, str] = field(default_factory=dict)  # spelt-out Latin letters (एम -> M): initials

    def title_at(self, words: list[str], i: int) -> tuple[int, str, str] | None:
        """Longest title starting at word ``i``: (n words, label, origin)."""
        if words[i] not in self.title_first:
            return None
        for n in range(min(self.max_title_words, len(words) - i), 0, -1):
            hit = self.titles.get(tuple(words[i : i + n]))
            if hit:
                return n, hit[0], hit[1]
        return None

    def strip_suffix(self, word: str, known_only: bool = False) -> list[str]:
        """Stems of ``word`` with a case ending cut, longest ending first (never empty stems)."""
        if not self.safe_suffixes and not (known_only and self.known_suffixes):
            return []
        return list(_strip_cached(self.lang, word, known_only))

    def _strip(self, word: str, known_only: bool) -> list[str]:
        if surface_form(word) in self.whole_words:
            return []  # মন্ত্রণালয়: its য় is no locative ending
        out = self._strip_all(word, known_only)
        # stem check: where endings overlap (বিশ্ববিদ্যালয়ের: -য়ের or -ের), a stem that is a known
        # word or KB name wins over a shorter, unknown one (বিশ্ববিদ্যাল)
        known = [s for s in out if self.is_known_stem(s)]
        return known + [s for s in out if s not in known]

    def is_known_stem(self, stem: str) -> bool:
        """A word listed as a whole: a common word, a ``whole_words`` entry of the cue file, a KB name."""
        from .kb import default_kb

        sf = surface_form(stem)
        return sf in self.common or sf in self.whole_words or sf in default_kb().surface

    def _strip_all(self, word: str, known_only: bool) -> list[str]:
        out: list[str] = []
        pats = self.safe_suffixes + (self.known_suffixes if known_only else [])
        todo = [word]
        for _ in range(2):  # endings stack: ঘন্টারও = ঘন্টা + র + ও
            nxt = []
            for w in todo:
                end = w[-1:]
                for pat in pats:
                    last = _last_letter(pat.pattern)
                    if last is not None and last != end:
                        continue  # (most words end in no case ending: a letter compare saves the regex)
                    stem = pat.sub("", w, count=1)
                    if stem != w and len(stem) >= (1 if known_only else 2) and stem not in out:
                        out.append(stem)
                        nxt.append(stem)
            todo = nxt
        return out


def _norm(w: str) -> str:
    return surface_form(w)


@lru_cache(maxsize=None)
def cues_for(lang: str | None) -> Cues:
    lang = lang or "en"
    c = Cues(lang)
    for line, origin in load_lines(lang, "titles.tsv"):
        title, _, rest = line.partition("\t")
        label, _, kind = rest.partition("\t")
        words = tuple(_norm(title).split())
        if words:
            c.titles[words] = (label.strip() or "PER", origin)
            if kind.strip() == "role":
                c.role_titles.add(words)
            elif kind.strip() == "adjective":  # "प्रमुख", "প্রধান": also "main"; a name must look like one
                c.adjective_titles.add(words)
            c.max_title_words = max(c.max_title_words, len(words))
    data = load_yaml(lang, "entity_cues.yaml")
    # a deputy's office written onto the title ("উপ-অর্থমন্ত্রী"): the same title before a name, for each one-word
    # office (entity_cues ``office_prefixes``; not roles or adjectives, "উপ-লেখক" is none)
    for prefix in data.get("office_prefixes", []) or []:
        for words, hit in list(c.titles.items()):
            if len(words) == 1 and hit[0] == "PER" and words not in c.role_titles and words not in c.adjective_titles:
                c.titles.setdefault((_norm(prefix) + words[0],), (hit[0], f"{hit[1]}+office_prefixes"))
    c.title_first = frozenset(words[0] for words in c.titles)
    c.boundary = frozenset(_norm(w) for w in data.get("boundary_words", []))
    c.connectors = frozenset(_norm(w) for w in data.get("name_connectors", []))
    c.inner_conjunctions = frozenset(_norm(w) for w in data.get("inner_conjunctions", []))
    c.genitive_governors = frozenset(_norm(w) for w in data.get("genitive_governors", []))
    c.leading_verbs = frozenset(_norm(w) for w in data.get("leading_verbs", []))
    c.direction_words = frozenset(_norm(w) for w in data.get("direction_words", []))
    c.not_names = frozenset(_norm(w) for w in data.get("not_names", []))
    c.kin_groups = frozenset(_norm(w) for w in data.get("kin_groups", []))
    c.plural_kinds = frozenset(_norm(w) for w in data.get("plural_kinds", []))
    c.region_leads = frozenset(_norm(w) for w in data.get("region_leads", []))
    c.not_name_endings = tuple(_norm(w) for w in data.get("not_name_endings", []))
    c.title_modifiers = frozenset(_norm(w) for w in data.get("title_modifiers", []))
    c.government_words = frozenset(_norm(w) for w in data.get("government_words", []))
    c.byline_words = frozenset(_norm(w) for w in data.get("byline_words", []))
    c.people_list_end = frozenset(_norm(w) for w in data.get("people_list_end", []))
    c.body_heads = frozenset(_norm(w) for w in data.get("body_heads", []))
    c.scope_words = frozenset(_norm(w) for w in data.get("scope_words", []))
    c.org_heads = frozenset(_norm(w) for w in data.get("org_heads", []))
    c.body_kinds_after = frozenset(_norm(w) for w in data.get("body_kinds_after", []))
    c.org_openers = frozenset(_norm(w) for w in data.get("org_openers", []))
    c.company_heads = frozenset(_norm(w) for w in data.get("company_heads", []))
    c.limited_words = frozenset(_norm(w) for w in data.get("limited_words", []))
    c.company_leads = frozenset(_norm(w) for w in data.get("company_leads", []))
    c.org_connectors = frozenset(_norm(w) for w in data.get("org_connectors", []))
    c.named_after_person = {_norm(w): label for label, words in (data.get("named_after_person") or {}).items()
                            for w in words}
    c.name_conjunctions = frozenset(_norm(w) for w in data.get("name_conjunctions", []))
    c.person_verbs_after = frozenset(_norm(w) for w in data.get("person_verbs_after", []))
    c.adverbs_before_verbs = frozenset(_norm(w) for w in data.get("adverbs_before_verbs", []))
    if data.get("person_words_before"):
        c.person_words_before = regex.compile(r"(?:^|(?<![\w-]))(?:" + "|".join(data["person_words_before"]) + r")\s+$", regex.I)
    c.place_heads = frozenset(_norm(w) for w in data.get("place_heads", []))
    c.home_countries = tuple(str(x) for x in data.get("home_countries", []))
    c.adjective_endings = tuple(_norm(w) for w in data.get("adjective_endings", []))
    c.verb_endings = tuple(_norm(w) for w in data.get("verb_endings", []))
    c.determiners = frozenset(_norm(w) for w in data.get("determiners", []))
    c.speech_complementisers = frozenset(_norm(w) for w in data.get("speech_complementisers", []))
    c.quotatives = frozenset(_norm(w) for w in data.get("quotatives", []))
    c.plural_endings = tuple(data.get("plural_endings", []))
    c.articles = frozenset(_norm(w) for w in data.get("articles", []))
    c.group_endings = tuple(unicodedata.normalize("NFC", e) for e in data.get("group_endings", []))
    c.not_plural_endings = tuple(data.get("not_plural_endings", []))
    c.thing_heads_after = frozenset(_norm(w) for w in data.get("thing_heads_after", []))
    c.surname_words = frozenset(_norm(w) for w in data.get("surname_words", []))
    c.people_plural_endings = tuple(unicodedata.normalize("NFC", e) for e in data.get("people_plural_endings", []))
    c.demonym_plurals = tuple((unicodedata.normalize("NFC", str(e)), unicodedata.normalize("NFC", str(r or "")))
                              for e, r in (data.get("demonym_plurals") or {}).items())
    c.acronym_skip_words = frozenset(_norm(w) for w in data.get("acronym_skip_words", []))
    c.initials = frozenset(_norm(w) for w in data.get("initials", []))
    c.later_initials = frozenset(_norm(w) for w in data.get("later_initials", []))
    c.letter_names = {_norm(str(k)): str(v) for k, v in (data.get("letter_names") or {}).items()}
    if data.get("name_prefixes"):  # ending right before a name: "(?:মো\.|মোঃ)\s+$"
        alts = "|".join(regex.escape(unicodedata.normalize("NFC", w)) for w in data["name_prefixes"])
        c.name_prefixes = regex.compile(rf"(?<![\w.])(?:{alts})[ \t]*$")
        c.name_prefix_lead = regex.compile(rf"(?:{alts})\s*")
    if data.get("org_prefixes"):
        alts = "|".join(regex.escape(unicodedata.normalize("NFC", w)) for w in data["org_prefixes"])
        c.org_prefixes = regex.compile(rf"(?<![\w.])(?:{alts})[ \t]*$")
    c.name_particles = frozenset(unicodedata.normalize("NFC", w) for w in data.get("name_particles", []))
    c.family_articles = frozenset(_norm(w) for w in data.get("family_articles", []))
    c.capital_words = frozenset(_norm(w) for w in data.get("capital_words", []))
    c.generic_bodies = frozenset(tuple(_norm(w) for w in b.split()) for b in data.get("generic_bodies", []))
    c.home_body_names = frozenset(tuple(_norm(w) for w in b.split()) for b in data.get("home_body_names", []))
    if data.get("country_ref_genitives"):
        alts = "|".join(unicodedata.normalize("NFC", w) for w in data["country_ref_genitives"])
        c.country_ref_genitives = regex.compile(rf"(?<!\w)(?:{alts})\s+$", regex.IGNORECASE)
    if data.get("foreign_country_refs"):
        alts = "|".join(unicodedata.normalize("NFC", w) for w in data["foreign_country_refs"])
        c.foreign_country_refs = regex.compile(rf"(?<!\w)(?:{alts})\s+$", regex.IGNORECASE)
    if data.get("genitive_gap"):
        c.genitive_gap = regex.compile(unicodedata.normalize("NFC", data["genitive_gap"]))
    if data.get("place_after_body"):
        c.place_after_body = regex.compile(unicodedata.normalize("NFC", data["place_after_body"]))
    if data.get("minister_words"):
        alts = "|".join(unicodedata.normalize("NFC", w) for w in data["minister_words"])
        c.minister_words = regex.compile(rf"(?:{alts})(?![\p{{L}}\p{{M}}])", regex.IGNORECASE)
    if data.get("cited_body"):
        cited = data["cited_body"]
        c.cited_body_between = regex.compile(unicodedata.normalize("NFC", cited["between"]), regex.IGNORECASE)
        c.cited_body_after = regex.compile(unicodedata.normalize("NFC", cited.get("after") or ""), regex.IGNORECASE)
    c.honorifics = frozenset(_norm(w) for w in data.get("honorifics", []))
    c.whole_words = frozenset(_norm(w) for w in data.get("whole_words", []))
    for cls, items in (data.get("case_classes") or {}).items():
        for w in items:
            c.case_class[_norm(w)] = cls
    pats = data.get("case_suffix_patterns") or []
    if isinstance(pats, dict):
        c.safe_suffixes = [_suffix(p) for p in pats.get("safe", [])]
        c.known_suffixes = [_suffix(p) for p in pats.get("known_only", [])]
    else:
        c.safe_suffixes = [_suffix(p) for p in pats]
    for label, words in (data.get("label_before") or {}).items():
        for w in words:
            c.label_before[tuple(_norm(w).split())] = label
    for label, words in (data.get("label_after") or {}).items():
        for w in words:
            c.label_after[_norm(w)] = label
    c.outlet_kinds = frozenset(_norm(w) for w in data.get("outlet_kinds", []))
    c.speech_adverbs = frozenset(_norm(w) for w in data.get("speech_adverbs", []))
    c.dateline_agencies = {_norm(w): eid for w, eid in (data.get("dateline_agencies") or {}).items()}
    # a given name is never a common word, however often the news corpora hold it (``given_names``)
    c.given_names = frozenset(_norm(w) for w in data.get("given_names", []))
    c.common = frozenset(_norm(w) for w, _ in load_lines(lang, "common_words.txt")) - c.given_names
    for line, _ in load_lines(lang, "word_clusters.tsv"):
        word, _, cluster = line.partition("\t")
        c.clusters[word] = cluster.strip()
    for line, _ in load_lines(lang, "word_cluster_names.tsv"):
        cluster, _, rest = line.partition("\t")
        c.cluster_names[cluster] = float(rest.partition("\t")[0])
    for line, origin in load_lines(lang, "demonyms.tsv"):
        word, _, eid = line.partition("\t")
        if eid.strip():
            c.demonyms[_norm(word)] = (eid.strip(), origin)
    plurals = {}
    for word, hit in c.demonyms.items():
        for end, plain in c.demonym_plurals:
            if " " not in word and word.endswith(plain):
                plurals.setdefault(_norm(word[: len(word) - len(plain)] + end), hit)
    plurals = {w: hit for w, hit in plurals.items() if w not in c.demonyms}
    c.demonyms.update(plurals)
    c.plural_demonyms = frozenset(plurals)
    return c


@lru_cache(maxsize=None)
def _last_letter(pattern: str) -> str | None:
    """The letter an ending pattern's match must end in ("কে$" -> "ে"), or None when the pattern
    does not say it plainly (a class or group before the ``$``)."""
    if not pattern.endswith("$") or len(pattern) < 2:
        return None
    c = pattern[-2]
    if c in ")]}*+?.|\\" or (len(pattern) > 2 and pattern[-3] == "\\"):
        return None
    return c


def _suffix(pattern: str) -> regex.Pattern:
    # text is NFC, so the pattern must be too (Bengali য় decomposes under NFC)
    return regex.compile(unicodedata.normalize("NFC", pattern))


@lru_cache(maxsize=100_000)
def _strip_cached(lang: str, word: str, known_only: bool) -> tuple[str, ...]:
    return tuple(cues_for(lang)._strip(word, known_only))


def spelt_letters(form: str, letters: dict[str, str]) -> str | None:
    """The Latin letters a word spells ("एनआईएस" -> "NIS", "আইএসপিআর" -> "ISPR"; ``letter_names``), or
    None: such a word is an acronym, matched only as written, never fuzzily (एनआईएस is no आईएएनएस, IANS)."""
    if not letters or form.isascii() or " " in form.strip():
        return None
    word = _norm(form)
    back: list[tuple[int, str] | None] = [None] * (len(word) + 1)  # back[i]: how word[:i] ends in a letter name
    back[0] = (0, "")
    for i in range(len(word)):
        if back[i] is not None:
            for name, letter in letters.items():
                if word.startswith(name, i) and back[i + len(name)] is None:
                    back[i + len(name)] = (i, letter)
    if len(word) < 4 or back[len(word)] is None:
        return None
    out, i = [], len(word)
    while i > 0:
        i, letter = back[i]
        out.append(letter)
    return "".join(reversed(out))
