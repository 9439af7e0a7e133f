"""Link recognised names to canonical entities.

Order: KB ids found by the recogniser; else the name's Latin key equal to a KB key; else a fuzzy
key match of a compatible type; else, for a one-word person name, a person already found in the
same document whose name ends with it (``Peskov`` after ``Dmitry Peskov``), and for a one-word
place name the one place of the document whose name ends with it (``कोरिया`` after ``उत्तर कोरिया``,
left alone when ``दक्षिण कोरिया`` is there too); else a new entity
whose id is derived from the key (``new:<key>``), so the same name met in another script or
article gets the same id without any shared state.
"""
from __future__ import annotations

import hashlib

import copy
import re
import regex

from ..model import Entity, Mention
from .cues import cues_for, spelt_letters
from .kb import KB, family_first_keys, surface_form
from .recognize import MIN_KEY_LEN, Candidate
from .translit import display_name, latin_key, skeleton

COMPATIBLE = {
    "PER": {"PER"},
    "ORG": {"ORG", "AGENCY"},
    "AGENCY": {"AGENCY", "ORG"},
    "GPE": {"GPE", "LOC"},
    "LOC": {"LOC", "GPE"},
    "OBJECT": {"OBJECT"},
    "NORP": {"GPE"},
}
FUZZY_LINK_MIN = 0.92


def new_entity_id(key: str) -> str:
    """Id of a name not in the KB: the consonant outline of each word of its key.

    Vowels are where scripts disagree most (Bengali writes an inherent o, Hindi an a,
    English spells them freely), consonants agree: जॉन किर्बी / জন কিরবি / John Kirby -> new:jn_krb.
    """
    outline = "_".join(skeleton(w) for w in key.split())
    # (an outline of one letter, a name of vowels and h alone, "याहू" -> "a", would join unrelated names: the key)
    return "new:" + (outline if len(outline.replace("_", "")) >= 2 else "_".join(key.split()))


def _display(text: str, key: str, lang: str | None = None) -> str:
    if text.isascii():
        return text
    words, keys = text.split(), key.split()
    letters = cues_for(lang).letter_names if lang else {}
    acronym = spelt_letters(text, letters)
    if acronym:
        return acronym  # "आईएनएस" -> "INS"
    if letters and len(words) == len(keys) > 1:
        # initials spelt out before the name proper: "ए एम एम नासिर" -> "A. M. M. Nasir"
        out, lead = [], True
        for w, k in zip(words, keys):
            lead = lead and surface_form(w) in letters and len(out) < len(words) - 1
            out.append(letters[surface_form(w)] + "." if lead else (display_name(w, lang) or k.capitalize()))
        return " ".join(out)
    return display_name(text, lang) or " ".join(w.capitalize() for w in keys)


def link(cands: list[Candidate], kb: KB, lang: str, doc_id: str = "", text: str | None = None) -> tuple[list[Mention], dict[str, Entity]]:
    mentions: list[Mention] = []
    entities: dict[str, Entity] = {}
    person_last_word: dict[str, str] = {}  # last key word of a multi-word person -> entity id
    person_first_word: dict[str, str] = {}  # first key word of a multi-word person -> entity id
    first_word_bearers: dict[str, set[str]] = {}  # first key word of a multi-word person -> every such person
    family_first: dict[str, str] = {}  # likewise, for a KB person called by that first word (Xi, Kim)
    place_last_word: dict[str, set[str]] = {}  # last key word of a multi-word place -> entity ids
    body_last_word: dict[str, str] = {}  # body word ending a multi-word organisation (मंत्रालय) -> entity id
    doc_short: dict[str, str] = {}  # one-word keys of KB entities named here in full -> entity id

    def use(eid: str) -> Entity:
        if eid not in entities:
            entities[eid] = copy.copy(kb.entities[eid])
        return entities[eid]

    home = _home_country(cands, kb, text, lang)
    headline_end = _headline_end(text)
    bearers: dict[str, list[tuple[int, bool, str]]] = {}  # family name -> (where named, a headline's owner, entity id)
    doc_countries = _countries_named(cands, kb)
    by_start = sorted(range(len(cands)), key=lambda i: cands[i].start)
    before = {b: a for a, b in zip(by_start, by_start[1:])}  # candidate -> the one right before it
    # multi-word names first, so one-word surnames can join them
    order = sorted(range(len(cands)), key=lambda i: -len(cands[i].text.split()))
    linked: dict[int, Mention] = {}
    for i in order:
        c = cands[i]
        # ("মো. আবদুল হামিদ": the abbreviated name part is no part of the key, so "আবদুল হামিদ" joins it)
        key = latin_key(_without_name_prefix(c.text, lang))
        if " " not in key and key != latin_key(c.text):
            # (one word left after the prefix is no name to look up alone: "मोहम्मद इस्लाम" is not Tajul Islam)
            key = latin_key(c.text)
        eid, conf, by = None, c.confidence, c.by
        ids = c.ids
        if key != latin_key(c.text) and "kb:surface" not in c.by and (whole := kb.lookup_surface(c.text)):
            # the name with its abbreviated part is a KB name of its own: "মো. সাহাবুদ্দিন" is that president,
            # not whoever else bears the surname the part without it matched
            ids, by = whole, f"{c.by}+kb:surface"
        if ids and c.label in COMPATIBLE and "kb:fuzzy" in c.by:
            # a near spelling of a name of another type: "Vice President Han Zheng" is no Hanzhong
            ids = [x for x in ids if x in kb.entities and kb.entities[x].type in COMPATIBLE[c.label]]
        if (ids and " " not in key and (key in person_last_word or key in person_first_word) and c.by.startswith("kb:")
                and all(kb.entities[x].type == "ORG" for x in ids if x in kb.entities)):
            # "अंबिका सोनी ... सोनी ने कहा": a one-word company name that is part of the name of a person
            # this article names in full is that person (Sony is no speaker there; nor Dell after Dale Steyn)
            ids, c.label = [], "PER"
            eid = person_last_word.get(key) or person_first_word[key]
            by = f"{c.by}+doc:name-part"
        if (ids and c.label in (None, "PER") and " " not in key and "kb:surname" in c.by and key in person_last_word
                and person_last_word[key] not in ids):
            # "Tom Daley ... Daley said": the family name of a person this article names in full is that
            # person, not the one KB person who bears it (William M. Daley)
            ids, eid, by = [], person_last_word[key], f"{c.by}+doc:surname"
        if ids:
            eid = _best_in_context(c, ids, kb, lang, text, doc_countries)
            owner = _owner_country(c, cands[before[i]] if i in before else None, kb, lang, text) or _referred_country(
                c, cands, kb, lang, text)
            if owner is None and home and _plain_home_body(c.text, lang):
                # "सियोल, 4 दिसंबर। ... संसद ने प्रस्ताव पारित किया": the plain name of the home country's body, in
                # a story filed from another country, is that country's body (a wire's dispatch home stays home's)
                owner = home
            if owner and kb.entities[eid].type == "ORG" and str(kb.entities[eid].attrs.get("country") or "").lower() not in ("", owner[4:]):
                # "बांग्लादेश के निर्वाचन आयोग": a body named after another country's genitive is that
                # country's body of the same name (the KB's, if it knows one), not the home country's
                home_body, eid = eid, _same_body_of(kb, eid, owner)  # (None: a new body, of that country)
                by = f"{c.by}+kb:body-of-country" if eid else c.by
                if eid is None:
                    c.label = c.label or kb.entities[home_body].type
        elif eid is None and len(key.replace(" ", "")) >= MIN_KEY_LEN:
            ids = [x for x in kb.lookup_key(key, latin_only=c.text.isascii()) if c.label is None or kb.entities[x].type in COMPATIBLE[c.label]]
            if c.by == "cue:place_head_after":
                # a province's or district's name is no country's ("চীনের ইউনান প্রদেশে" is Yunnan, not Greece)
                ids = [x for x in ids if not x.startswith("gpe:")]
            if ids:
                eid, by = kb.best_of(ids), f"{c.by}+kb:key"
            elif c.label is not None and not spelt_letters(c.text, cues_for(lang).letter_names):
                # (a bare capitalised word, "Brown said", is no fuzzy Brunei; an acronym, आईएनएस, no IANS)
                m = kb.fuzzy(key, FUZZY_LINK_MIN, COMPATIBLE.get(c.label or "", None), same_script=c.text.isascii())
                if m:
                    eid, conf, by = m.entity_id, min(conf, m.score), f"{c.by}+kb:fuzzy:{m.score:.2f}"
        if eid is None and " " not in key and key in doc_short:
            # a one-word short form of a person or place this article names in full: "Kim"
            # after "Kim Jong Un" (a key too short to match the whole KB on its own)
            eid, by = doc_short[key], f"{c.by}+doc:short-form"
        if (eid is None and c.label in ("LOC", "GPE", "ORG") and c.by.startswith("model:") and " " not in key
                and key in person_last_word):
            # "प्रणय वर्मा ... वर्मा से कहा": a lone word the tagger called a place or body is the surname
            # of a person this article names in full (its label for one word is a guess)
            c.label = "PER"
        if eid is not None:
            ent = use(eid)
        else:
            if c.label is None and " " not in key and key in person_first_word:
                # a bare capitalised word that begins the name of a person named in full here:
                # the family name written first ("Wang" after "Wang Yi"; "Kim", "Xi")
                eid = person_first_word[key]
                ent, by = entities[eid], f"{c.by}+doc:name-part"
            elif c.label is None:
                continue  # a capitalised word with no cue and no KB entry: not enough evidence
            elif c.label == "PER" and " " not in key and key in person_last_word:
                eid = person_last_word[key]
                ent, by = entities[eid], f"{c.by}+doc:surname"
            elif c.label == "PER" and " " not in key and key in family_first:
                # "शी" after "शी जिनपिंग": a family name written first, of a person the KB calls by it
                eid = family_first[key]
                ent, by = entities[eid], f"{c.by}+doc:family-name"
            elif (c.label == "PER" and " " not in key and key in person_first_word
                  and key in family_first_keys() and entities[person_first_word[key]].type == "PER"):
                # "Cho said" after "Foreign Minister Cho Tae-yul", a person the KB does not know:
                # a family name written first (kb/family_name_first.txt) is how articles call him
                eid = person_first_word[key]
                ent, by = entities[eid], f"{c.by}+doc:family-name"
            elif (c.label == "PER" and " " not in key and first_word_bearers.get(key, set()) == {person_first_word.get(key)}
                  and entities[person_first_word[key]].type == "PER"):
                # "Anwar told a news conference" after "Prime Minister Anwar Ibrahim": a person named by the first
                # word of the one person of the article whose full name begins with it (a given name used
                # alone, as Malay, Thai and Indonesian names are; a family name written first is the rule above)
                eid = person_first_word[key]
                ent, by = entities[eid], f"{c.by}+doc:first-name"
            elif c.label == "PER" and " " not in key and kb.lookup_surname(key):
                # a surname alone, of a person the KB knows by full name in any script (पेलोसी)
                eid = kb.lookup_surname(key)[0]
                ent, by = use(eid), f"{c.by}+kb:surname"
            elif (c.label == "PER" and " " not in key and (eid := _by_country(key, kb, doc_countries))
                  and _spelt_as_in_english(c.text, kb.entities[eid])):
                # "The country's leader Kim welcomed him" in an article about North Korea: the one
                # curated Kim whose offices are in a country the article names
                ent, by = use(eid), f"{c.by}+kb:short-name-in-context"
            elif (c.label == "ORG" or _body_labelled_agency(c, lang)) and (country := _country_acting(c, cands[before[i]] if i in before else None,
                                                                kb, lang, text, home, cands)):
                # "कतर सरकार", "चीन के वाणिज्य मंत्रालय": a country's government or ministry is the
                # country acting (CAMEO's QATGOV is Qatar); the mention stays an organisation
                eid = country
                ent, by = use(eid), f"{c.by}+kb:government-of"
            elif c.label == "ORG" and " " not in key and key in body_last_word:
                # "मंत्रालय के प्रवक्ता" after "भारत के विदेश मंत्रालय": the ministry named before
                eid = body_last_word[key]
                ent, by = entities[eid], f"{c.by}+doc:short-body"
            elif c.label in ("GPE", "LOC") and " " not in key and len(place_last_word.get(key, ())) == 1:
                eid = next(iter(place_last_word[key]))
                ent, by = entities[eid], f"{c.by}+doc:short-place"
            elif surface_form(c.text.strip()) in cues_for(lang).not_names:
                continue  # "Police arrested ...": no body of its own unless the article names one in full ("West African")
            elif (" " not in c.text.strip() or c.label != "ORG") and _abstract_noun(c.text.split()[-1], lang):
                # "প্রত্যাবাসন": repatriation, however the tagger labelled it (so is "রোহিঙ্গা প্রত্যাবাসন", no
                # place or person; a body's name may end in such a noun)
                continue
            elif _unnamed_government(c.text, lang):
                continue  # "राज्य सरकार ने ...": a state's government, unnamed (events read it as a reference)
            elif c.label == "PER" and " " in key and (fuller := _fuller_name_here(key, entities)) is not None:
                # "तहव्वुर राणा" after (or before) "तहव्वुर हुसैन राणा": a person named here by the first and last words
                # of a longer name of a person no one knows is that person (the middle name left out)
                eid = fuller
                ent, by = entities[eid], f"{c.by}+doc:without-middle-name"
            else:
                eid = new_entity_id(key)
                if c.label == "ORG" and _generic_body(c.text, lang) and doc_id:
                    # "विदेश मंत्रालय" of a country the article does not tell: this article's own body, not
                    # one entity for every foreign ministry left unplaced in any article
                    eid += "_" + hashlib.sha1(doc_id.encode("utf-8")).hexdigest()[:6]
                ent = entities.get(eid) or Entity(id=eid, type=c.label, name=_display(_shown_name(c.text, lang), key, lang), names={},
                                                  keys=[key], source=f"discovered:{doc_id}")
                entities[eid] = ent
            if c.text not in ent.names.get(lang, []):
                if ent.names is getattr(kb.entities.get(eid), "names", None):
                    # a KB entity's copy shares its name lists with the KB: copy before adding,
                    # or one document's short form would become a KB name for every later one
                    ent.names = {lg: list(ns) for lg, ns in ent.names.items()}
                ent.names.setdefault(lang, []).append(c.text)
        if " " in key and ent.id in kb.entities:
            for k in ent.keys:  # the KB's one-word forms of it (কিম, किम): short forms in this article
                if " " not in k:
                    doc_short.setdefault(k, ent.id)
        if ent.type == "PER" and " " in key:
            for k in [key] + [latin_key(n) for n in ent.names.get(lang, [])[:3]]:
                if " " in k:
                    last = k.split()[-1]
                    # a family name two people of the article share is the one it names first ("Tom Daley" before
                    # his son "Robert Ray Black-Daley"), but not one a headline names only as an owner: "Sarah
                    # Palin's Eldest Son Arrested" / "Track Palin, the eldest son of ... Sarah Palin" / "Palin,
                    # 29, ..." is the son ("Sarah Palin cites ..." would make it her)
                    owner = c.start < headline_end and _genitive_after(text, c, lang)
                    bearers.setdefault(last, []).append((c.start, owner, ent.id))
                    pool = [b for b in bearers[last] if not b[1]] or bearers[last]
                    person_last_word[last] = min(pool)[2]
                    person_first_word.setdefault(k.split()[0], ent.id)
                    first_word_bearers.setdefault(k.split()[0], set()).add(ent.id)
                    if _called_by_first_word(kb.entities.get(ent.id)):
                        family_first.setdefault(k.split()[0], ent.id)
        if c.label == "ORG" and (" " in c.text.strip() or "cue:body_of_a_country" in c.by) and surface_form(
                c.text.split()[-1]) in cues_for(lang).body_heads:  # ("भारतीय उच्चायोग ... उच्चायोग ने")
            body_last_word.setdefault(latin_key(c.text.split()[-1]), ent.id)
        if ent.type in ("GPE", "LOC") and c.label != "NORP":
            k = latin_key(c.text)
            if " " in k:
                place_last_word.setdefault(k.split()[-1], set()).add(ent.id)
        # a demonym (रूसी) points at its country but is not a place name itself
        label = "NORP" if c.label == "NORP" else "ORG" if by.endswith("+kb:government-of") else ent.type
        linked[i] = Mention(c.start, c.end, c.text, label, ent.id, round(conf, 3), by)
    mentions = [linked[i] for i in sorted(linked, key=lambda i: cands[i].start)]
    return mentions, entities


def _fuller_name_here(key: str, entities: dict[str, Entity]) -> str | None:
    """The one person discovered in this article (not a KB entity) whose longer name's key begins with the first
    word of ``key`` and ends with its last, ``key`` having no words the longer one lacks."""
    words = key.split()
    found = {e.id for e in entities.values() if e.type == "PER" and e.id.startswith("new:") for k in e.keys
             if len(k.split()) > len(words) and k.split()[0] == words[0] and k.split()[-1] == words[-1]
             and set(words) <= set(k.split())}
    return next(iter(found)) if len(found) == 1 else None


def _genitive_after(text: str | None, c: Candidate, lang: str) -> bool:
    """The mention wears or is followed by a genitive (entity_cues ``case_classes`` GEN: "'s", की, -এর)."""
    if not text:
        return False
    cues = cues_for(lang)
    word = c.text.split()[-1] if c.text.split() else ""
    attached = regex.match(r"\S*", text, pos=c.end).group()
    if any(cues.case_class.get(surface_form(word[len(stem):] + attached)) == "GEN"
           for stem in [word] + cues.strip_suffix(word, True)):
        return True
    after = regex.match(r"\s+(\S+)", text, pos=c.end)
    return not attached and after is not None and cues.case_class.get(surface_form(after.group(1))) == "GEN"


def _headline_end(text: str | None) -> int:
    """Where a headline line ends (a short first line with more text after it), else 0."""
    if not text:
        return 0
    end = text.find("\n")
    return end if 0 < end <= 200 and text[end:].strip() else 0


def _best_in_context(c: Candidate, ids: list[str], kb: KB, lang: str, text: str | None,
                     doc_countries: set[str] = frozenset()) -> str:
    """One id for an ambiguous name: of the kind the word right before or after it names (entity_cues
    ``label_before``/``label_after``: "पार्टी पीटीआई", "the PTI party" is Imran Khan's party, not the news
    agency); else of the country the article names, when the names are of bodies of different countries
    ("कांग्रेस" in an article naming the United States and not India is its Congress); else of the
    language's home countries (entity_cues ``home_countries``: "कांग्रेस" alone is India's party); else
    :meth:`KB.best_of`."""
    types = {kb.entities[i].type for i in ids if i in kb.entities}
    if len(types) > 1 and text:
        cues = cues_for(lang)
        before = regex.search(r"(\S+)\s+$", text[max(0, c.start - 40) : c.start])
        after = regex.match(r"\s+(\S+)", text[c.end : c.end + 40])
        want = (cues.label_before.get((surface_form(before.group(1)),)) if before else None) or (
            cues.label_after.get(surface_form(after.group(1).strip(",.;:।"))) if after else None)
        kind = [i for i in ids if i in kb.entities and kb.entities[i].type == want]
        if kind and want in ("ORG", "AGENCY"):  # (a body's word; "from Gaza" says no more than a place)
            return kb.best_of(kind)
    lands = {i: f"gpe:{str(kb.entities[i].attrs.get('country') or '').lower()}" for i in ids if i in kb.entities}
    if len(ids) > 1 and all(kb.entities[i].type == "ORG" for i in lands) and len(set(lands.values())) == len(lands):
        named = [i for i, land in lands.items() if land in doc_countries]
        if len(named) == 1:
            return named[0]
        home = {f"gpe:{h.lower()}" for h in cues_for(lang).home_countries}
        at_home = [i for i in (named or ids) if lands.get(i) in home]
        if at_home:
            return kb.best_of(at_home)
    if (len(ids) > 1 and all(i.startswith("loc:") and kb.entities[i].attrs.get("country") for i in ids) and len(lands) == len(ids)
            and len(set(lands.values())) == len(lands)):
        # regions of one name in different countries (Punjab): the one in the country the article names (not
        # cities: a capital and a small town of another country share a name, "Paris")
        named = [i for i, land in lands.items() if land in doc_countries]
        if len(named) == 1:
            return named[0]
    return kb.best_of(ids)


def _owner_country(c: Candidate, prev: Candidate | None, kb: KB, lang: str, text: str | None) -> str | None:
    """The country whose genitive (or demonym) names a KB body's owner right before it ("बांग्लादेश के
    निर्वाचन आयोग", "ভারতের নির্বাচন কমিশন"), only for a body the KB places in one country (a city's
    country is its own: "পাকিস্তান ঢাকা থেকে ..." is no Pakistani Dhaka)."""
    if text is None or prev is None or not prev.ids or c.label not in ("ORG", None):
        return None
    cues = cues_for(lang)
    gap = text[prev.end : c.start]
    if not ((cues.genitive_gap is not None and cues.genitive_gap.fullmatch(gap)) or (gap == " " and prev.label == "NORP")):
        return None
    if prev.label == "NORP" and regex.search(r"\p{Nd}[\p{Nd},.]*\s+(?:\S+\s+)?$", text[max(0, prev.start - 24) : prev.start]):
        return None  # "২৫ জন বাংলাদেশি বিএসএফের হাতে": a counted demonym names people, no owner of the body after it
    land = next((x for x in prev.ids if x.startswith("gpe:")), None)
    return land if land in kb.entities else None


def _referred_country(c: Candidate, cands: list[Candidate], kb: KB, lang: str, text: str | None) -> str | None:
    """After "that country's" right before a KB body ("দেশটির নির্বাচন কমিশন", "उस देश के चुनाव आयोग"), the
    country named last before it, whose body it is (Sri Lanka's election commission, not the home country's)."""
    refs = cues_for(lang).country_ref_genitives if text is not None else None
    if refs is None or c.label not in ("ORG", None) or not refs.search(text, max(0, c.start - 30), c.start):
        return None
    prev = sorted((p for p in cands if p.end <= c.start and any(x.startswith("gpe:") for x in p.ids)), key=lambda p: p.start)
    land = next((x for x in prev[-1].ids if x.startswith("gpe:")), None) if prev else None
    return land if land in kb.entities else None


def _same_body_of(kb: KB, eid: str, country: str) -> str | None:
    """The KB body of ``country`` that has a name ending in one of ``eid``'s names in some language
    (Bangladesh's election commission for India's), else None."""
    code = country[4:].upper()
    mine = {surface_form(n) for ns in kb.entities[eid].names.values() for n in ns if " " in n.strip()}
    for other in kb.entities.values():
        if other.type != kb.entities[eid].type or str(other.attrs.get("country") or "").upper() != code:
            continue
        theirs = [surface_form(n) for ns in other.names.values() for n in ns]
        if any(t == m or t.endswith(" " + m) for t in theirs for m in mine):
            return other.id
    return None


def _countries_named(cands: list[Candidate], kb: KB) -> set[str]:
    """The countries an article names, itself or by a place in it (Pyongyang: North Korea)."""
    out = set()
    for c in cands:
        if len(c.ids) > 1:
            continue  # (a name of several places says no one country: Punjab, Hyderabad)
        for i in c.ids[:1]:
            if i.startswith("gpe:"):
                out.add(i)
            elif i in kb.entities and kb.entities[i].type in ("GPE", "LOC") and kb.entities[i].attrs.get("country"):
                out.add(f"gpe:{str(kb.entities[i].attrs['country']).lower()}")
    return out


def _spelt_as_in_english(text: str, ent: Entity) -> bool:
    """A name written in Latin letters is a word of the person's English name as spelt ("Lee" is no "Li": the two
    share a key, not a spelling); other scripts match by key."""
    if not text.isascii():
        return True
    word = text.casefold()
    return any(word in name.casefold().replace("-", " ").split() for name in ent.names.get("en", []))


def _by_country(key: str, kb: KB, countries: set[str]) -> str | None:
    """The one curated person called by ``key`` alone (``KB.short_name_people``) who held an
    office of a country in ``countries``."""
    if not countries:
        return None
    fits = [i for i in kb.short_name_people(key) if kb.countries_served(i) & countries]
    return fits[0] if len(fits) == 1 else None


def _without_name_prefix(name: str, lang: str) -> str:
    """A person's name without an abbreviated part before it ("মো. ", entity_cues ``name_prefixes``)."""
    lead = cues_for(lang).name_prefix_lead
    m = lead.match(name) if lead is not None else None
    return name[m.end() :] if m is not None and m.end() < len(name) else name


def _shown_name(name: str, lang: str) -> str:
    """The name as shown: without an abbreviated prefix ("মো. তৌহিদ হোসেন" -> "Touhid Hossain"), but a prefix written
    out in full is part of the name its bearer writes ("মোহাম্মদ ইকবাল" -> "Mohammad Ikbal"); the key drops both."""
    bare = _without_name_prefix(name, lang)
    prefix = name[: len(name) - len(bare)].strip()
    return name if prefix and not prefix.endswith((".", "ঃ", ":")) else bare


def _called_by_first_word(ent: Entity | None) -> bool:
    """A KB person whose one-word name is the first word of a full name (Xi of Xi Jinping, Kim of
    Kim Jong Un), or whose English name opens with a family name written first (Wang Yi): articles
    call them by that first word."""
    if ent is None or ent.type != "PER":
        return False
    if any(" " in n.strip() and latin_key(n.split()[0]) in family_first_keys() for n in ent.names.get("en", [])):
        return True
    for names in ent.names.values():
        short = {n for n in names if " " not in n.strip()}
        if short and any(n.split()[0] in short for n in names if " " in n.strip()):
            return True
    return False


def _country_acting(c: Candidate, prev: Candidate | None, kb: KB, lang: str, text: str | None,
                    home: str | None = None, cands: list[Candidate] = ()) -> str | None:
    """The country an unknown ORG name stands for: its government ("कतर सरकार"), a generic body
    after its genitive ("चीन के वाणिज्य मंत्रालय"), a place and a body in one span ("কিয়েভের বিমানবাহিনী"),
    a bare generic body after "that country's" (the country named last), else, for a bare generic body
    ("विदेश मंत्रालय"), the country the article is filed from (``home``)."""
    bare = (_bare_body(c.text, lang) or c.by.startswith("cue:generic_body")) and not _named_owner(c.text, kb)
    # (a country inside the span itself comes before one right before it: "ভারত পাকিস্তান হাইকমিশনের ...
    # কূটনীতিককে বহিষ্কার করেছে" is Pakistan's mission, India the subject)
    return (_government_of(c.text, kb, lang) or _party_government(c.text, kb, lang) or _owned_body(c.text, kb, lang)
            or _body_of(c, prev, kb, lang, text)
            or _capital_before(c, prev, kb, lang, text)
            or (_cited_by_national_outlet(c, cands, kb, lang, text) if bare else None)
            or (_place_after(c, cands, kb, lang, text) if bare else None)
            or (_country_named_before(c, cands, kb, lang, text) if bare else None)
            or (_minister_of_the_field(c, cands, kb, lang, text) if bare else None)
            or (_subject_country_before(c, cands, kb, text, home, lang) if bare else None)
            or (home if home and bare else None)
            or (_home_country_named(cands, kb, lang, text, c) if not home and _generic_body(c.text, lang) else None))


def _minister_of_the_field(c: Candidate, cands: list[Candidate], kb: KB, lang: str, text: str | None) -> str | None:
    """"वाणिज्य मंत्रालय ने एक बयान में कहा" after "वाणिज्य और उद्योग मंत्री पीयूष गोयल": a bare ministry whose field opens
    the title of a minister the article names (entity_cues ``minister_words``) is the country that minister serves
    (KB offices; one country only), wherever the story is filed from."""
    words = c.text.split()
    pat = cues_for(lang).minister_words
    if text is None or pat is None or len(words) < 2:
        return None
    field = regex.escape(words[0])
    for m in regex.finditer(rf"(?<![\p{{L}}\p{{M}}]){field}(?![\p{{L}}\p{{M}}])[^।.,;\n]{{0,30}}", text, regex.IGNORECASE):
        if c.start <= m.start() < c.end:
            continue
        head = pat.search(text, m.start(), m.end())
        if head is None or any(p.ids and p.ids[0].startswith("gpe:") and 0 <= m.start() - p.end <= 6 for p in cands):
            continue  # (a minister of a country named with the title, "चीन के विदेश मंत्री", says nothing of a bare ministry)
        person = next((p for p in cands if p.ids and 0 <= p.start - head.end() <= 25
                       and getattr(kb.entities.get(p.ids[0]), "type", None) == "PER"), None)
        served = kb.countries_served(person.ids[0]) if person is not None else set()
        if len(served) == 1:
            return next(iter(served))
    return None


def _cited_by_national_outlet(c: Candidate, cands: list[Candidate], kb: KB, lang: str, text: str | None) -> str | None:
    """"तास ने रक्षा मंत्रालय के हवाले से बताया", "TASS, citing the defence ministry": a bare body a national news agency
    (KB attribute ``country``) cites right after its name is that country's (entity_cues ``cited_body``)."""
    cues = cues_for(lang)
    if text is None or cues.cited_body_between is None:
        return None
    p = max((p for p in cands if p.end <= c.start and p.ids), key=lambda p: p.end, default=None)
    ent = kb.entities.get(p.ids[0]) if p is not None else None
    if ent is None or ent.type != "AGENCY" or not ent.attrs.get("country"):
        return None
    if not cues.cited_body_between.fullmatch(text, p.end, c.start) or not cues.cited_body_after.match(text, c.end):
        return None
    land = f"gpe:{str(ent.attrs['country']).lower()}"
    return land if land in kb.entities else None


def _home_country_named(cands: list[Candidate], kb: KB, lang: str, text: str | None = None,
                        c: Candidate | None = None) -> str | None:
    """With no dateline, the one country of the language's home countries (entity_cues ``home_countries``)
    the article names: "পররাষ্ট্র মন্ত্রণালয় এক বিবৃতিতে জানিয়েছে" in a story naming Bangladesh, China and
    Myanmar is Bangladesh's ministry; a story naming two home countries (or none) leaves it unplaced. Only
    for the language's generic bodies (entity_cues ``generic_bodies``): "মেট্রোপলিটন পুলিশ" is London's."""
    homes = {f"gpe:{h.lower()}" for h in cues_for(lang).home_countries}
    # (a country owning what follows, "ভারতের হাইকমিশনারকে তলব", is named as someone else's, not as the body's)
    named = {_country_of(p.ids[0], kb) for p in cands if p.ids and p.label != "NORP"
             and not (text is not None and c is not None and _owns_another(text, p, c, lang))} & homes
    return next(iter(named)) if len(named) == 1 else None


def _place_after(c: Candidate, cands: list[Candidate], kb: KB, lang: str, text: str | None) -> str | None:
    """"summoned to the foreign ministry in Dhaka": a bare body followed by the place it sits in
    (entity_cues ``place_after_body``) is that place's country's."""
    pat = cues_for(lang).place_after_body
    m = pat.match(text, c.end) if pat is not None and text is not None else None
    if m is None:
        return None
    nxt = next((p for p in cands if p.start == m.end() and p.ids), None)
    if nxt is None:
        return None
    land = _country_of(nxt.ids[0], kb)
    return land if land and land.startswith("gpe:") else None


_SENTENCE_END = re.compile(r"[.।!?|]\s|\n")
# a dateline before a sentence's first words: "DUBAI, June 24 (Reuters) -", "ঢাকা, ৩ জুন —"
_DATELINE_LEAD = re.compile(r"[^\n.।]{0,60}\d[^\n.।]{0,30}\s[-—–:]")


def _owns_another(text: str, p: Candidate, c: Candidate, lang: str | None) -> bool:
    """Country ``p`` is in the genitive before something other than body ``c`` in the same sentence (more than two
    words between: "ভারতের হাইকমিশনারকে তলব করেছে পররাষ্ট্র মন্ত্রণালয়"; not "বাংলাদেশের একটি আদালত")."""
    return (bool(lang) and p.end <= c.start and _genitive_after(text, p, lang) and len(text[p.end : c.start].split()) > 2
            and not _SENTENCE_END.search(text, p.end, c.start))


def _subject_country_before(c: Candidate, cands: list[Candidate], kb: KB, text: str | None, home: str | None,
                            lang: str | None = None) -> str | None:
    """"भारत ने संघर्ष विराम का स्वागत किया। विदेश मंत्रालय ने कहा ...", "India welcomed the ceasefire.
    The foreign ministry said ...": with no home country the article names in its body (none, or only
    a wire's dateline, "DUBAI, June 24 (Reuters)"), a bare generic body is the country opening this
    sentence or the one before."""
    if text is None:
        return None
    # (a demonym opening the sentence describes someone else: "ভারতীয় হাইকমিশনারকে তলব করেছে পররাষ্ট্র মন্ত্রণালয়")
    named = [p for p in cands if p.ids and p.end <= c.start and p.label != "NORP"]
    if home:
        # the home country is in the story, or the dateline is no wire's ("ঢাকা, ৩ জুন —" of a Dhaka
        # paper): a body is the home's
        lines = [p for p in cands if p.ids and filed_from(text, p.start, p.end, None)]
        if any(_country_of(p.ids[0], kb) == home for p in cands if p.ids and p not in lines):
            return None
        wire = lines and any(p.ids[0].startswith("agency:") and lines[0].end <= p.start <= lines[0].end + 60
                             and "\n" not in text[lines[0].end : p.start] for p in cands if p.ids)
        if not wire:
            return None
    starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, c.start)]
    lo = starts[-2] if len(starts) >= 2 else 0
    quotatives = cues_for(lang).quotatives if lang else frozenset()
    for p in sorted((p for p in named if p.start >= lo), key=lambda p: -p.start):
        opening = max([0] + [s for s in starts if s <= p.start])
        if quotatives and opening == (starts[-1] if starts else 0) and any(
                surface_form(w.strip(",;:।")) in quotatives for w in text[p.end : c.start].split()):
            # "ভারত বাংলাদেশকে চাল দেবে বলে জানিয়েছে পররাষ্ট্র মন্ত্রণালয়": the country opening the words the
            # body reports is no owner of the body
            continue
        gap = text[opening : p.start].strip(" \t\"'“‘")
        if gap and not _DATELINE_LEAD.fullmatch(gap):
            continue
        if _owns_another(text, p, c, lang):
            continue  # "ভারতের হাইকমিশনারকে তলব করেছে পররাষ্ট্র মন্ত্রণালয়": India owns the envoy, it does not summon
        land = _country_of(p.ids[0], kb)
        if land and land == p.ids[0]:
            return land
    return None


def _country_of(eid: str, kb: KB) -> str | None:
    """A country's own id, or the country of a KB place."""
    if eid.startswith("gpe:"):
        return eid
    ent = kb.entities.get(eid)
    land = f"gpe:{str(ent.attrs.get('country') or '').lower()}" if ent is not None and ent.type in ("GPE", "LOC") else ""
    return land if land in kb.entities else None


def _country_named_before(c: Candidate, cands: list[Candidate], kb: KB, lang: str, text: str | None) -> str | None:
    """"দেশটির পররাষ্ট্র মন্ত্রণালয়", "the country's foreign ministry": after "that country's" (entity_cues
    ``country_ref_genitives``) a generic body is the last country named before it (a city: its country)."""
    cues = cues_for(lang)
    refs = cues.country_ref_genitives
    if text is None or refs is None or not refs.search(text, max(0, c.start - 30), c.start):
        return None
    # (a distal "that country's", entity_cues ``foreign_country_refs``, is never the dateline's country: "... প্রথম
    # বাংলাদেশ সফর। দেশটির পররাষ্ট্র মন্ত্রণালয়" in a report from Dhaka is Pakistan's)
    home = None
    if cues.foreign_country_refs is not None and cues.foreign_country_refs.search(text, max(0, c.start - 30), c.start):
        from ..text.segment import dateline_span

        span = dateline_span(text)
        first = next((p for p in cands if span is not None and span[0] <= p.start < span[1] and p.ids), None)
        home = _country_of(first.ids[0], kb) if first is not None else None
    for p in sorted((p for p in cands if p.end <= c.start and p.ids), key=lambda p: -p.start):
        land = _country_of(p.ids[0], kb)
        if land and land != home:
            return land
    return None


def _capital_before(c: Candidate, prev: Candidate | None, kb: KB, lang: str, text: str | None) -> str | None:
    """"ঢাকায় পররাষ্ট্র মন্ত্রণালয় ...", "नई दिल्ली में विदेश मंत्रालय ने ...": a bare generic body right after
    a capital city in the locative is that country's (the capital's country names it, as a dateline would)."""
    if text is None or prev is None or not prev.ids or not _bare_body(c.text, lang):
        return None
    cues = cues_for(lang)
    gap = text[prev.end : c.start].strip()
    if text[prev.end : c.start].strip(" ") != text[prev.end : c.start].strip() or cues.case_class.get(surface_form(gap)) != "LOC":
        return None  # (no comma or line between them)
    city = kb.entities.get(prev.ids[0])
    country = f"gpe:{str(city.attrs.get('country') or '').lower()}" if city is not None else ""
    land = kb.entities.get(country)
    return country if land is not None and land.attrs.get("capital") == prev.ids[0] else None


def _one_of(text: str, lang: str, names: frozenset[tuple[str, ...]]) -> bool:
    """``text`` is one of ``names`` (word tuples), maybe with a case ending on its last word."""
    words = tuple(surface_form(w) for w in text.split())
    if not words or not names:
        return False
    return words in names or any(words[:-1] + (surface_form(x),) in names
                                 for x in cues_for(lang).strip_suffix(text.split()[-1], True))


def _generic_body(text: str, lang: str) -> bool:
    """One of the language's generic bodies (entity_cues ``generic_bodies``: "विदेश मंत्रालय", "the foreign
    ministry"), maybe with a case ending: no name of its own ("Metropolitan Police" is one)."""
    return _one_of(text, lang, cues_for(lang).generic_bodies)


def _plain_home_body(text: str, lang: str) -> bool:
    """One of the names the language gives its home country's bodies plainly (entity_cues ``home_body_names``:
    "संसद", "নির্বাচন কমিশন"), maybe with a case ending."""
    return _one_of(text, lang, cues_for(lang).home_body_names)


def _named_owner(text: str, kb: KB) -> bool:
    """The words before the last word of a body's name are a body the KB knows ("জাতিসংঘ সদর দপ্তর", the UN's
    headquarters): the body is that owner's, no country's generic body (a place's stays its country's)."""
    words = text.split()
    return any(kb.entities[i].type in ("ORG", "AGENCY") for k in range(1, len(words))
               for i in kb.surface.get(surface_form(" ".join(words[:k])), []) if i in kb.entities)


def _bare_body(text: str, lang: str) -> bool:
    """Two or three words ending in a body word, none of them a name of its own ("विदेश मंत्रालय")."""
    words = text.split()
    return 2 <= len(words) <= 3 and surface_form(words[-1]) in cues_for(lang).body_heads


HOME_LOOKAHEAD = 10  # names at the top of an article among which its dateline or byline place is looked for
# "नई दिल्ली, 12 जुलाई (भाषा)।", "ঢাকা, ৫ আগস্ট:": a place opening a line, a comma, then a date
DATELINE_AFTER_PLACE = re.compile(r",\s*\S*\s*\d")
# the other places of a dateline filed from two ("नई दिल्ली/वॉशिंगटन, 31 जुलाई": the first is home)
DATELINE_OTHER_PLACES = re.compile(r"(?:\s*/\s*[^\n,/]{2,30}){1,2}(?=,)")


def filed_from(text: str, start: int, end: int, lang: str | None) -> bool:
    """Whether the name at ``start:end`` is the place an article is filed from: a dateline ("ঢাকা, ৫
    আগস্ট:", a line opening with it, a comma, a date) or a byline line ("নিজস্ব প্রতিবেদক, ঢাকা")."""
    lead = text[text.rfind("\n", 0, start) + 1 : start].strip()
    bylines = cues_for(lang).byline_words if lang else frozenset()
    line_end = text.find("\n", end)
    rest = text[end : line_end if line_end >= 0 else len(text)].strip()
    if not lead:
        # (or the place before the byline word, a line of its own: "লালমনিরহাট প্রতিনিধি")
        other = DATELINE_OTHER_PLACES.match(text, end)
        return (DATELINE_AFTER_PLACE.match(text, other.end() if other else end) is not None
                or surface_form(rest) in bylines)
    # (a comma or a web page's separator: "নিজস্ব প্রতিবেদক | ঢাকা", "Staff Correspondent / Dhaka")
    return lead[-1:] in ",|/–—-" and surface_form(lead[:-1].strip()) in bylines and not rest


def _home_country(cands: list[Candidate], kb: KB, text: str | None, lang: str | None = None) -> str | None:
    """The country of the article's dateline place ("ঢাকা, ৫ আগস্ট:") or byline place ("নিজস্ব
    প্রতিবেদক, ঢাকা", a line of its own), if it has one."""
    if not text:
        return None
    # (a headline may name several places before the byline: "... ঢাকায় বাংলাদেশ-মিয়ানমার বৈঠক, মধ্যস্থতায় চীন")
    for c in sorted(cands, key=lambda c: c.start)[:HOME_LOOKAHEAD]:
        if not c.ids or not filed_from(text, c.start, c.end, lang):
            continue
        ent = kb.entities.get(c.ids[0])
        if ent is None or ent.type not in ("GPE", "LOC"):
            continue
        wire = wire_home(kb, [(p.start, p.ids) for p in cands if p.ids], text, c.end)
        if wire is not None:
            return wire
        if c.ids[0].startswith("gpe:"):
            return c.ids[0]
        country = str(ent.attrs.get("country") or "").lower()
        return f"gpe:{country}" if f"gpe:{country}" in kb.entities else None
    return None


WIRE_REACH = 40  # characters after a dateline's place in which its wire is named ("बीजिंग, 18 दिसंबर (पीटीआई)")


def wire_home(kb: KB, named: list[tuple[int, list[str]]], text: str, place_end: int) -> str | None:
    """The home country of a national wire named right after the dateline's place, on its line (a
    dispatch of India's PTI from Beijing is filed for Indian readers: "the ministry" is India's), or
    None. ``named``: (start, KB ids) of the names found."""
    for start, ids in named:
        if not (place_end <= start <= place_end + WIRE_REACH) or "\n" in text[place_end:start]:
            continue
        known = [i for i in ids if i in kb.entities]
        ent = kb.entities[kb.best_of(known)] if known else None  # (PTI is also a party's short form)
        if ent is not None and ent.type == "AGENCY" and ent.attrs.get("country"):
            land = f"gpe:{str(ent.attrs['country']).lower()}"
            return land if land in kb.entities else None
    return None


def _body_labelled_agency(c: Candidate, lang: str) -> bool:
    """A name the tagger called a news agency that ends in a body's head word ("রুশ প্রতিরক্ষা মন্ত্রণালয়"
    before "বার্তা সংস্থা তাসকে"): a ministry or office, not an agency."""
    words = c.text.split()
    return c.label == "AGENCY" and not c.ids and len(words) > 1 and surface_form(words[-1]) in cues_for(lang).body_heads


def _abstract_noun(word: str, lang: str | None) -> bool:
    """A word ending, itself or once its case ending is cut, in an abstract noun's ending
    (entity_cues ``not_name_endings``)."""
    cues = cues_for(lang)
    if not cues.not_name_endings:
        return False
    return any(w.endswith(cues.not_name_endings) for w in [surface_form(word), *cues.strip_suffix(surface_form(word))])


def _unnamed_government(text: str, lang: str) -> bool:
    """Common words and a government word ("राज्य सरकार", "प्रदेश सरकार": the state government): no name."""
    cues = cues_for(lang)
    words = [surface_form(w) for w in text.split()]
    return (len(words) >= 2 and words[-1] in cues.government_words
            and all(w in cues.common or w in cues.not_names for w in words[:-1]))


def _governing(text: str, lang: str) -> str | None:
    """The words before a closing government word ("कतर सरकार" -> "कतर"), or None."""
    words = text.split()
    if len(words) < 2 or surface_form(words[-1]) not in cues_for(lang).government_words:
        return None
    return " ".join(words[:-1])


def _government_of(text: str, kb: KB, lang: str) -> str | None:
    """The country whose government ``text`` names: a KB country name + a government word."""
    owner = _governing(text, lang)
    if owner is None:
        return None
    words = text.split()
    ids = [i for i in kb.surface.get(surface_form(owner), []) if i.startswith("gpe:")]
    if not ids and len(words) == 2:
        # (one word spelt otherwise than the KB's surface, by its key: "इराक़ सरकार", with the nukta)
        ids = [i for i in kb.lookup_key(latin_key(words[0])) if i.startswith("gpe:")]
    return ids[0] if len(ids) == 1 else None


def _party_government(text: str, kb: KB, lang: str) -> str | None:
    """The party whose government ``text`` names ("भाजपा सरकार", "আওয়ামী লীগ সরকার", "the BJP government"): a KB
    party + a government word is that party in power, no new body."""
    owner = _governing(text, lang)
    if owner is None:
        return None
    ids = [i for i in kb.surface.get(surface_form(owner), [])
           if i.startswith("org:") and kb.entities[i].type == "ORG" and not kb.entities[i].attrs.get("country")]
    return ids[0] if len(ids) == 1 else None


def _body_of(c: Candidate, prev: Candidate | None, kb: KB, lang: str, text: str | None) -> str | None:
    """The country owning a generic body named after its genitive: "चीन के वाणिज्य मंत्रालय" (China)."""
    cues = cues_for(lang)
    words = c.text.split()
    # (or a generic body of any length: "South Korea's Joint Chiefs of Staff")
    if (text is None or prev is None or not prev.ids or cues.genitive_gap is None
            or ((len(words) > 3 or surface_form(words[-1]) not in cues.body_heads) and not _generic_body(c.text, lang))):
        return None
    if not cues.genitive_gap.fullmatch(text, prev.end, c.start) and not (
            (prev.label == "NORP" or any(i.startswith("gpe:") for i in prev.ids)) and text[prev.end : c.start] == " "):
        return None  # (or a demonym or country right before it: "रूसी विदेश मंत्रालय", "the UAE foreign ministry")
    ids = [i for i in prev.ids if i.startswith("gpe:") or (i in kb.entities and kb.entities[i].type in ("GPE", "LOC")
                                                            and not i.startswith("city:"))]
    if not ids and cues.genitive_gap.fullmatch(text, prev.end, c.start):
        # "the Palestinian Authority's foreign ministry", "হামাসের সামরিক শাখা": an organisation's own body
        ids = [i for i in prev.ids if i in kb.entities and kb.entities[i].type == "ORG"]
    return ids[0] if ids else None


def _owned_body(text: str, kb: KB, lang: str) -> str | None:
    """One span naming a place's genitive and a generic body ("কিয়েভের বিমানবাহিনী", Kyiv's air
    force): the country of that place."""
    cues = cues_for(lang)
    words = text.split()
    if len(words) < 2 or len(words) > 4 or surface_form(words[-1]) not in cues.body_heads:
        return None
    # "Chinese Foreign Ministry", "रूसी विदेश मंत्रालय": the demonym's country (a two-word demonym
    # first: "दक्षिण कोरियाई सेना", South Korea's army, not a body of the dateline's country)
    for n in (2, 1):
        dem = cues.demonyms.get(surface_form(" ".join(words[:n]))) if len(words) > n else None
        if dem is not None and dem[0] in kb.entities and dem[0].startswith("gpe:"):
            return dem[0]
    if len(words) > 3:
        return None
    for form in [words[0]] + cues.strip_suffix(words[0], True):
        for eid in kb.surface.get(surface_form(form), []):
            ent = kb.entities.get(eid)
            if ent is None or ent.type not in ("GPE", "LOC"):
                continue
            if eid.startswith("gpe:"):
                return eid
            country = str(ent.attrs.get("country") or "").lower()
            if country and f"gpe:{country}" in kb.entities:
                return f"gpe:{country}"
    return None


# between a name and its bracketed short form: a space, or a case ending first ("পার্টির (এনসিপি)")
BRACKET_AFTER_NAME = regex.compile(r"[\w\p{M}]{0,4}\s*\(\s*")  # (a case ending: "সংস্থায় (", য় is য + nukta)


def bracketed_abbreviations(text: str, mentions: list[Mention], entities: dict[str, Entity], kb: KB, lang: str) -> None:
    """"शंघाई सहयोग संगठन (एससीओ)", "Shanghai Cooperation Organisation (SCO)": a one-word name in
    brackets right after a name is that name's short form, here and wherever else the article
    uses it. Only a name that linked to nothing known (a ``new:`` entity) is re-pointed."""
    short: dict[str, str] = {}
    defined: dict[str, str] = {}  # short forms the article defines as a known name's: "पाकिस्तान तहरीक-ए-इंसाफ (पीटीआई)"
    for prev, m in zip(mentions, mentions[1:]):
        if not (" " not in m.text.strip() and prev.entity_id and prev.label != "NORP"
                and BRACKET_AFTER_NAME.fullmatch(text[prev.end : m.start]) and text[m.end : m.end + 1] == ")"):
            continue
        if (m.entity_id or "").startswith("new:") and prev.entity_id != m.entity_id:
            short[latin_key(m.text)] = prev.entity_id
        elif m.entity_id == prev.entity_id and not prev.entity_id.startswith("new:"):
            defined[latin_key(m.text)] = prev.entity_id
    if defined:
        # the same short form elsewhere in the article (a headline's "पीटीआई" before the definition) is that
        # name, not another the KB knows by it (the Press Trust of India), except as the dateline's credit
        from ..text.segment import dateline_span

        credit = dateline_span(text) or (0, 0)
        for m in mentions:
            eid = defined.get(latin_key(m.text))
            if (eid is not None and m.entity_id not in (None, eid) and eid in entities
                    and not credit[0] <= m.start < credit[1]):
                old = m.entity_id
                m.entity_id, m.label, m.by = eid, entities[eid].type, f"{m.by}+doc:bracketed-abbreviation"
                if not any(x.entity_id == old for x in mentions):
                    entities.pop(old, None)
    if not short:
        return
    for m in mentions:
        eid = short.get(latin_key(m.text)) if (m.entity_id or "").startswith("new:") else None
        if eid is None or eid not in entities:
            continue
        old = m.entity_id
        m.entity_id, m.label, m.by = eid, entities[eid].type, f"{m.by}+doc:bracketed-abbreviation"
        ent = entities[eid]
        if ent.names is getattr(kb.entities.get(eid), "names", None):
            ent.names = {lg: list(ns) for lg, ns in ent.names.items()}  # never grow the shared KB copy
        if m.text not in ent.names.setdefault(lang, []):
            ent.names[lang].append(m.text)
        if not any(x.entity_id == old for x in mentions):
            entities.pop(old, None)


def apposed_abbreviations(text: str, mentions: list[Mention], entities: dict[str, Entity], lang: str) -> None:
    """"জাতিসংঘ শরণার্থী সংস্থা ইউএনএইচসিআর", "the UN refugee agency UNHCR": a body's description that
    linked to nothing known (a ``new:`` organisation) right before a known body's acronym is that body.
    The acronym must be spelt letters (``letter_names``) or written in capitals, so two bodies named one
    after the other ("... মন্ত্রণালয় বিজিবি") are not folded unless the second is an acronym right after."""
    letters = cues_for(lang).letter_names
    for prev, m in zip(mentions, mentions[1:]):
        if not ((prev.entity_id or "").startswith("new:") and prev.label == "ORG" and " " in prev.text.strip()
                and m.entity_id in entities and not m.entity_id.startswith("new:")
                and entities[m.entity_id].type in ("ORG", "AGENCY") and text[prev.end : m.start].isspace()
                and (spelt_letters(m.text, letters) or (m.text.isascii() and m.text.isupper() and len(m.text) >= 2))):
            continue
        old = prev.entity_id
        prev.entity_id, prev.label, prev.by = m.entity_id, m.label, f"{prev.by}+doc:apposed-abbreviation"
        for x in mentions:
            if x.entity_id == old:
                x.entity_id, x.label = m.entity_id, m.label
        entities.pop(old, None)
