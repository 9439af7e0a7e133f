"""Resolve referring arguments (pronouns, titles, groups, "I"/"we") to entities.

Rules, all language-independent (the words come from ``roles.yaml``):
- pronoun: the nearest earlier entity of a fitting type that is not already in
  another role of the same event, preferring recent event subjects (salience);
- title ("the Russian leader", "उत्तर कोरिया के नेता"): the last person first
  introduced with the same title head (and same country modifier when the
  reference has one); else the person of the document who, by the KB's dated
  roles (``Entity.roles``), held a title of that category (``titles.yaml``) in
  that country on the article's date; else as a pronoun (unless the title is ``anchored``:
  "the finance minister" is never just the last person mentioned);
- group ("दोनों नेताओं", "both countries"): the ``count`` most recent distinct entities;
- first person inside a direct quote: the quote's speaker; "we" prefers the person
  named in the speaker's description ("Putin's adviser" -> Putin).
"""
from __future__ import annotations

import copy
import dataclasses
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import regex

import yaml

from ..entities.cues import cues_for
from ..entities.kb import surface_form
from ..model import Document
from .args import Arg
from ..text import rx

TITLES_FILE = Path(__file__).resolve().parent / "titles.yaml"
FITS = {"PER": {"PER"}, "GPE": {"GPE"}, "ORG": {"ORG", "AGENCY"}, "ANY": {"PER", "GPE", "ORG", "AGENCY"},
        "THING": {"GPE", "ORG"}}  # "its": a country or a body, never a person (nor the agency reporting)


ANY_TITLE = regex.compile(".")  # holds(): any office at all
RELATIVE_GAP_WORDS = 5  # a relative "who" hangs on a name at most this many words before it (its marker, a verb)

SYMMETRIC_ROLES = frozenset({"participant", "party"})  # roles where each side acts alike
# how far back "both leaders" looks for two who led a country on the article's date ("... ইউনূস ... শাহবাজ শরিফের
# সঙ্গে বৈঠক করেছেন ... (the press secretary's words, the other's reply) ... দুই নেতা ... আলোচনা করেন")
LEADERS_BACK = 8
GROUP_AGAIN_SENTENCES = 2  # a group of the same size and kind told again within this many sentences: the same members
_UNSET = object()
_SENTENCE_END = regex.compile(r"[।.!?\n]\s")  # (a sentence's end between two words: "Jr." too, rarely)
# what stands between a country and the noun it owns: a genitive ending or marker ("पाकिस्तान की सरकार")
GENITIVE_GAP = regex.compile(r"(?:ের|এর|র|য়ের|['’]s)?\s+(?:(?:की|के|का)\s+)?")
# what joins the names of a list: a comma, a conjunction or both (after a case ending left outside the name)
# (an article before the next name too: "Saudi Arabia, the United Arab Emirates and Egypt")
_LIST_JOINT = regex.compile(r"(?:ের|এর|র|['’]s)?\s*(?:[,،]\s*(?:(?:ও|এবং|and|और|तथा|व)\s+)?|(?:ও|এবং|and|और|तथा|व)\s+)(?:(?i:the)\s+)?")
# what joins two names into a pair: a conjunction of hi/bn/en or a hyphen (and a genitive ending
# written on the first one is not between them: the mention ends before it)
PAIR_JOINT = regex.compile(r"\s*(?:ও|এবং|আর|और|तथा|एवं|व|and|&|[-–])\s*(?:(?i:the)\s+)?")


@dataclass
class Antecedent:
    offset: int
    entity_id: str
    label: str
    slot: str
    sentence: int
    alleged: bool = False  # an actor of an event only alleged or denied (not one of the sides of a fight told as fact)


@dataclass
class Resolver:
    doc: Document
    seen: list[Antecedent] = field(default_factory=list)
    subjects: list[Antecedent] = field(default_factory=list)  # subjects of extracted events
    participants: list[Antecedent] = field(default_factory=list)  # other actors of extracted events
    # the country of a city a trip went to (a KB id, maybe not yet the document's): one of "both countries"
    trip_hosts: list[Antecedent] = field(default_factory=list)
    topics: list[Antecedent] = field(default_factory=list)  # who a pronoun referred to: the one the text goes on about
    anchors: list[tuple[int, str, str | None, str]] = field(default_factory=list)  # (offset, head, modifier, entity)
    speakers: list[tuple[int, int, str | None, str | None]] = field(default_factory=list)  # direct quotes
    reported: list[tuple[int, int, str]] = field(default_factory=list)  # reported words: (start, end, innermost speaker)
    groups: list[tuple[int, int, int, str, tuple[str, ...]]] = field(default_factory=list)  # (offset, sentence, count, label, ids)
    _home: object = field(default=_UNSET, repr=False)  # the dateline's country, found once (home_country)
    # whether the sentence's language says "his own" with its plain possessive (bn তার, en his), as Hindi
    # does not (अपना is the subject's, उनका someone else's): set per sentence (roles.yaml)
    possessive_may_be_own: bool = True
    # (start, entity) of the places in the locative of the sentence being read (set by the extractor)
    sentence_places: list = field(default_factory=list, repr=False)
    # the country each person's title names in the text (_titled_country), read once per person
    _titled: dict = field(default_factory=dict, repr=False)

    def label_of(self, eid: str) -> str:
        ent = self.doc.entities.get(eid)
        return ent.type if ent else "PER"

    def observe(self, args: list[Arg], sentence: int, title_heads) -> None:
        """Record a sentence's resolved arguments as antecedents for later references."""
        for i, a in enumerate(args):
            # (one passed over is no antecedent: "चीन की यात्रा, भारत के बजाय ... दोनों पक्षों" are not India)
            for eid in a.entity_ids if a.slot != "instead" else ():
                self.seen.append(Antecedent(a.start, eid, self.label_of(eid), a.slot, sentence))
            if a.ref is None and a.entity_ids and a.label == "PER":
                head = title_heads(a.start)
                if head:
                    self.anchors.append((a.start, head[0], head[1], a.entity_ids[0]))

    def add_participant(self, offset: int, eid: str, sentence: int, role: str = "participant", alleged: bool = False) -> None:
        """An actor (any role but place) of an extracted event: salient for "both countries"."""
        self.participants.append(Antecedent(offset, eid, self.label_of(eid), role, sentence, alleged))

    def add_subject(self, arg: Arg, sentence: int, slot: str = "subject") -> None:
        """``slot``: "speaker" for who speaks (a subject for pronouns; for "both countries" only as
        any other mention: the one who reports is rarely one of the two)."""
        for eid in arg.entity_ids:
            self.subjects.append(Antecedent(arg.start, eid, self.label_of(eid), slot, sentence))

    def _spokesperson_reporting(self, pos: int) -> str | None:
        """The speaker whose reported words hold ``pos``, when a KB role of theirs on the article's date is a
        spokesperson's or a press secretary's (events/titles.yaml)."""
        speaker = next((sp for s, e, sp in reversed(self.reported) if s <= pos < e), None)
        ent = self.doc.entities.get(speaker) if speaker else None
        if ent is None or ent.type != "PER":
            return None
        patterns = (title_categories().get("spokesperson") or []) + (title_categories().get("press_secretary") or [])
        date = (self.doc.published or "")[:10] or None
        roles = getattr(ent, "roles", None) or []
        return speaker if any(holds(r, patterns, [], date) for r in roles) else None

    def _nearest(self, pool, before: int, fits: set[str], exclude: set[str], min_sentence: int = -1, places: bool = False):
        for a in sorted(pool, key=lambda a: -a.offset):
            if a.offset < before and a.label in fits and a.entity_id not in exclude and a.sentence >= min_sentence:
                if a.slot in ("locative", "upon", "near") and not places:
                    continue
                return a.entity_id
        return None

    def _after_own_adjunct(self, arg: Arg, sentence: int, key: str = "subject_adjunct_ends") -> bool:
        """The pronoun right after an adjunct of its own clause (roles.yaml ``subject_adjunct_ends``, or ``key``)."""
        pack = _pack(self.doc.lang)
        pat = getattr(pack, key) if pack is not None else None
        if pat is None or not 0 <= sentence < len(self.doc.sentences):
            return False
        return pat.search(self.doc.text[self.doc.sentences[sentence].start : arg.start]) is not None  # (^: the sentence's start)

    def pronoun(self, arg: Arg, sentence: int, exclude: set[str]) -> list[str]:
        found = self._pronoun(arg, sentence, exclude)
        if len(found) == 1 and arg.ref.kind == "pronoun" and not arg.ref.plural:
            self.topics.append(Antecedent(arg.start, found[0], self.label_of(found[0]), arg.slot, sentence))
        return found

    def _pronoun(self, arg: Arg, sentence: int, exclude: set[str]) -> list[str]:
        if arg.ref.kind == "unnamed":
            return []  # (roles.yaml ``refs.unnamed``: words that fill a role, no one named)
        if arg.ref.label == "GPE" and self.doc.lang:
            from ..entities.cues import cues_for

            foreign = cues_for(self.doc.lang).foreign_country_refs
            if foreign is not None and (foreign.fullmatch(self.doc.text[arg.start : arg.end] + " ")
                                        or foreign.fullmatch(self.doc.text[arg.start : max(arg.end, arg.outer_end or 0)] + " ")) and (home := self.home_country()):
                # "দেশটির", "that country", never the one the article is filed from
                exclude = exclude | {home} | {a.entity_id for a in self.seen if self.country_of_city(a.entity_id) == home}
        fits = FITS.get(arg.ref.label, FITS["ANY"])
        if arg.ref.kind == "pronoun" and arg.ref.plural and arg.ref.label == "ANY":
            # "... পাঞ্জাবের অমৃতসরে অবতরণ করেছে। বিরোধী সাংসদেরা ... বিক্ষোভ করেছেন। তাঁরা ... অভিযোগ এনেছেন": "they" are
            # people, a country or a body, never a region or a city named before (unnamed people here: no one)
            exclude = exclude | {a.entity_id for a in self.seen if a.entity_id.startswith(("loc:", "city:"))}
        if (arg.ref.kind == "pronoun" and arg.ref.plural and not arg.ref.objective and arg.slot in ("", "agent")
                and (people := getattr(_pack(self.doc.lang), "plural_people", None)) is not None
                and 0 < sentence < len(self.doc.sentences)
                and not any(a.sentence == sentence and a.offset < arg.start for a in self.seen)):
            # "বিরোধী সাংসদেরা ... বিক্ষোভ করেছেন। তাঁরা ... অভিযোগ এনেছেন": the unnamed people who open the sentence before,
            # ahead of any name in it, are whom "they" means (roles.yaml ``plural_people``), no body or country named earlier
            prev = self.doc.sentences[sentence - 1]
            first = min((a.offset for a in self.seen if a.sentence == sentence - 1), default=prev.end)
            if people.search(self.doc.text, prev.start, first) is not None:
                return []
        if (arg.ref.kind == "pronoun" and arg.ref.plural and arg.ref.objective
                and (people := getattr(_pack(self.doc.lang), "plural_people", None)) is not None
                and 0 <= sentence < len(self.doc.sentences)
                and not any(a.sentence == sentence and a.offset < arg.start and a.label in ("PER", "ORG") for a in self.seen)
                and people.search(self.doc.text, self.doc.sentences[sentence].start, arg.start)):
            # "Buses carrying freed prisoners arrived in Ramallah, where crowds greeted them": people its own sentence
            # tells of unnamed (roles.yaml ``plural_people``) are whom "them" means, not a body named before
            return []
        if (arg.ref.kind == "pronoun" and not arg.ref.plural and arg.slot in ("", "agent") and not arg.ref.nearest
                and self._after_own_adjunct(arg, sentence)):
            # "স্কাই স্পোর্টসের সঙ্গে কথা বলার সময় তিনি বলেন", "पुतिन से मुलाकात के बाद उन्होंने कहा": the one he talked
            # or met with in an adjunct of his own clause is not who "he" is
            exclude = exclude | {a.entity_id for a in self.seen if a.sentence == sentence and a.slot == "comitative"
                                 and a.offset < arg.start}
        if (arg.ref.kind == "pronoun" and not arg.ref.plural and arg.slot in ("", "agent") and not arg.ref.nearest
                and self._after_own_adjunct(arg, sentence, "topic_adjunct_ends")):
            # "তাপস পালের প্রসঙ্গ টেনে তিনি বলেন", "Referring to Tapas Pal, he said": whom he speaks of is not he
            exclude = exclude | {a.entity_id for a in self.seen if a.sentence == sentence and a.offset < arg.start}
        if arg.ref.kind == "pronoun" and not arg.ref.plural:
            # "जायसवाल ने बताया कि ... उनका स्वागत किया जाएगा": a spokesperson speaks of others; "he" in his
            # reported words is not himself
            spokesman = self._spokesperson_reporting(arg.start)
            if spokesman:
                exclude = exclude | {spokesman}
        if arg.ref.no_agency:
            fits = fits - {"AGENCY"}
            # (nor an outlet the KB types as an organisation: "Al Jazeera, quoting a Hamas official, said the group ...")
            exclude = exclude | {a.entity_id for a in self.seen if a.entity_id.startswith(("agency:", "media:"))}
        if arg.ref.region:
            # "... মৃত্যু হয়েছে বলে জানিয়েছে রাজ্য সরকার": the government of the state or province named last
            eid = next((a.entity_id for a in sorted(self.seen, key=lambda a: -a.offset) if a.offset < arg.start
                        and a.entity_id.startswith("loc:") and a.entity_id not in exclude), None)
            return [eid] if eid else []
        if arg.ref.nearest:
            # "मोदी ने पुतिन से मुलाकात की, जिन्होंने कहा ...": a relative "who" is the one named right before it
            # (only a verb and its marker between: "... युद्ध में उलझे हैं, जिसने" hangs on the war, no name)
            near = [a for a in self.seen if a.sentence == sentence and a.offset < arg.start and a.label in fits
                    and a.entity_id not in exclude]
            if not near:
                return []
            best = max(near, key=lambda a: a.offset)
            end = next((m.end for m in self.doc.mentions if m.start == best.offset), best.offset)
            return [best.entity_id] if len(self.doc.text[end : arg.start].split()) <= RELATIVE_GAP_WORDS else []
        if arg.ref.head:
            # "निर्वाचन आयोग ने ... । आयोग ने राहुल गांधी से सबूत मांगे": the body named last whose
            # name ends in the same word
            from ..entities.kb import surface_form

            heads = tuple(surface_form(h) for h in arg.ref.head.split("|"))  # ("अदालत|कोर्ट|न्यायालय": any court)
            ends = {m.start: m for m in self.doc.mentions}
            for a in sorted(self.seen, key=lambda a: -a.offset):
                m = ends.get(a.offset)
                # (a country's ministry named as the country acting is an ORG mention of a GPE: "रक्षा मंत्रालय")
                # (or a country for a country's word, ``head_label``: "the North" after "North Korea")
                kinds = (arg.ref.head_label,) if arg.ref.head_label else ("ORG", "AGENCY")
                if (a.offset < arg.start and m is not None and (a.label in kinds or (m.label == "ORG" and "ORG" in kinds))
                        and a.entity_id not in exclude
                        # (a country's word is any of its name's: "the North" of North Korea)
                        and (any(surface_form(w).startswith(heads) for w in m.text.split()) if arg.ref.head_label
                             else _headed_by(m.text, heads, _pack(self.doc.lang)))):
                    return [a.entity_id]
            # "summoned to the foreign ministry in Dhaka": none named before; the place after it says whose
            land = self._place_right_after(arg) if arg.ref.label in ("ORG", "GPE") else None
            if land and land not in exclude:
                return [land]
            if not arg.ref.home:
                return []
            # (else, "home" too: "पुलिस के मुताबिक" with no police force named before is the country's)
        if arg.ref.home:
            # "the government": a country's right before it ("पाकिस्तान की सरकार"), else the country
            # the article is filed from ("नई दिल्ली, 14 जुलाई ... सरकार चीन के सामने झुक गई है": India's)
            # (a country whose foreign ministry already acts is none: "भारत के विदेश मंत्रालय ने नई सरकार का स्वागत
            # किया"; a party or a police force acts within its own country's, "कांग्रेस ने सरकार पर आरोप लगाया")
            fm = getattr(_pack(self.doc.lang), "foreign_ministries", None)
            if fm is not None and exclude:
                exclude = exclude | {land for e in exclude if (land := self._body_country(e)) and any(
                    m.entity_id == e and fm.search(m.text) for m in self.doc.mentions)}
            owner = (self._genitive_country_before(arg) or self._place_right_after(arg)
                     or self._place_right_before(arg) or self.country_ref_before(arg, sentence, exclude)
                     or self._opposition_country_before(arg))
            land = (owner or (self._officer_country_before(arg, sentence) if arg.ref.force else None)
                    or (self._locative_place_after(arg) if arg.ref.local else None)
                    or (self.dateline_country() if arg.ref.local else None) or self._speaker_country(arg)
                    or self.home_country() or self.named_home_country(sentence))
            if land and land not in exclude:
                return [land]
            if land and owner is None:
                # "भारत ने बांग्लादेश में ... हमलों पर चिंता जताई और अंतरिम सरकार से ... आग्रह किया": the home country
                # acts; the government is that of the country this sentence names as where things happen
                there = next((self.country_of_city(a.entity_id) for a in sorted(self.seen, key=lambda a: -a.offset)
                              if a.sentence == sentence and a.offset < arg.start and a.slot == "locative"
                              and a.label in ("GPE", "LOC")), None)
                if there and there.startswith("gpe:") and there not in exclude:
                    return [there]
                # (or the country the article is filed from, its wire another's: "काठमांडू, 12 सितंबर (भाषा) ...
                # भारत के विदेश मंत्रालय ने नई सरकार का स्वागत किया" is Nepal's new government)
                filed = self.dateline_country()
                if filed and filed not in exclude:
                    return [filed]
            if land:
                return []  # (its country already acts in the event: no other country's city makes it another's)
        if arg.ref.label == "GPE":
            # "arrived in Kabul on his second trip to the country": the country of the city named
            # last in this sentence, though the city already fills another role
            here = [a for a in self.seen if a.sentence == sentence and a.offset < arg.start and a.label in fits]
            near = max(here, key=lambda a: a.offset).entity_id if here else None  # (a locative too: "in Kabul")
            land = self.country_of_city(near) if near else None
            if land and land != near and land not in exclude:
                return [land]
        if arg.slot == "dative":
            # "জয়শঙ্কর হান ঝেংয়ের সঙ্গে সাক্ষাৎ করে তাঁকে শুভেচ্ছা জানান", "जयशंकर ने हान झेंग से मुलाकात की और उन्हें
            # शुभकामनाएं दीं": the one met or talked with just before in the same sentence (before a dative of the
            # sentence before: "ইউনূস মোদিকে ছবি দেন। ... রাষ্ট্রদূত ইউনূসের সঙ্গে সাক্ষাৎ করে তাঁকে চিত্রকর্ম দেন" gives Yunus)
            met = [a for a in self.seen if a.slot == "comitative" and a.sentence == sentence]
            eid = self._nearest(met, arg.start, fits, exclude, sentence)
            if eid:
                return [eid]
            # parallel roles: "X ने Y को पत्र सौंपा, जिसमें उन्हें न्योता दिया गया" - the one given to
            # before is the one given to again (a dative of this or the sentence before)
            # (a pronoun given that role before counts as the one it referred to: "তাঁকে গ্রেপ্তার করা হয় বলে নিশ্চিত করেছেন
            # উপকমিশনার। তিনি বলেন, ... তাঁকে গ্রেপ্তার করা হয়েছে": the one arrested, not the officer)
            same = [a for a in self.seen + self.topics if a.slot == "dative" and a.sentence >= sentence - 1]
            eid = self._nearest(same, arg.start, fits, exclude, sentence - 1)
            if eid:
                return [eid]
            if arg.ref.kind == "pronoun" and not arg.ref.plural:
                # "ईरान ने बड़ी गलती की है और उसे इसकी कीमत चुकानी होगी": after a coordinator, with no one met or given to
                # before, the agent of the clause it joins (in the same quoted words)
                eid = self._agent_before_coordinator(arg, sentence, fits, exclude)
                if eid:
                    return [eid]
        if arg.ref.plural:
            # "Modi and Xi agreed ... as they met": the actors named together before it (subjects,
            # their coordinated partners), in this sentence, else the subjects of the one before
            # (last, the names standing together as the sentence before's subject though its verb made no
            # event: "... নেতৃত্ব দেন X ও Y। ... তাঁরা বৈঠক করেন")
            pools = ((sentence, [a for a in self.seen if a.slot in ("", "agent", "comitative")]),
                     (sentence - 1, [a for a in self.participants if a.slot in ("participant", "party")]),
                     (sentence - 1, self.subjects),
                     (sentence - 1, [a for a in self.seen if a.slot in ("", "agent")]))
            for sent, pool in pools:
                group = [a.entity_id for a in sorted(pool, key=lambda a: a.offset)
                         if a.sentence == sent and a.offset < arg.start and a.label in fits and a.entity_id not in exclude]
                group = list(dict.fromkeys(group))
                labels = {self.label_of(e) for e in group}
                if 2 <= len(group) <= 4 and len(labels) == 1:
                    return group
        eid = None
        if arg.slot == "genitive":
            # "Starmer spoke with Zelenskiy, his office said": a possessive takes its own sentence's
            # subject before the last sentence's (speakers are found before this one's events)
            same = sorted((a for a in self.seen if a.slot in ("", "agent") and a.sentence == sentence
                           and a.offset < arg.start and a.label in fits and a.entity_id not in exclude),
                          key=lambda a: a.offset)
            openers = getattr(_pack(self.doc.lang), "subordinate_openers", None)
            if same and openers is not None and 0 <= sentence < len(self.doc.sentences):
                # "... had agreed to a ceasefire, hours after Iran fired missiles ... in retaliation for American strikes
                # on its nuclear sites": the subject of the clause a subordinator opens (roles.yaml ``subordinate_openers``),
                # when it names one
                lo = self.doc.sentences[sentence].start
                opener = None
                for opener in openers.finditer(self.doc.text, lo, arg.start):
                    pass
                inner = [a for a in same if opener is not None and a.offset >= opener.end()]
                same = inner or same
            eid = same[0].entity_id if same else None  # the first: the subject, not the object after it
            if eid is None and self.possessive_may_be_own and any(a.slot in ("", "agent") and a.sentence == sentence and a.offset < arg.start
                                   and a.label in fits and a.entity_id in exclude for a in self.seen):
                # "তেরেসা মে ... তার পরিকল্পনার সমালোচকদের অভিযোগ": the subject's own (her plan), who
                # already acts in the event: no one else
                return []
        elif arg.slot == "agent":
            # "जयशंकर ने बैठक में भाग लिया, जहां उन्होंने आतंकवाद की निंदा की": an agent pronoun in a
            # clause after its own sentence's agent is that agent (no event may have recorded it)
            here = self._direct_quote_at(arg.start)
            same = [a for a in self.seen if a.slot == "agent" and a.sentence == sentence and a.offset < arg.start
                    and a.label in fits and a.entity_id not in exclude and self._direct_quote_at(a.offset) == here]
            eid = max(same, key=lambda a: a.offset).entity_id if same else None
            if eid is None and arg.ref.kind == "pronoun" and not arg.ref.plural:
                eid = self._bare_subject_before_coordinator(arg, sentence, fits, exclude)
        if not eid and arg.slot in ("", "agent", "genitive") and arg.ref.kind == "pronoun" and not arg.ref.plural:
            # "দার ঢাকায় পৌঁছেছেন। তাঁকে স্বাগত জানান সিয়াম। ... বৈঠক করেন তিনি": the one the sentence
            # before refers to by a pronoun is who the text goes on about (not its newly named host)
            # (or the one before that, where the sentence between names no person: "... তাঁকে স্বাগত জানান
            # সিয়াম। এটিই পাকিস্তানের কোনো পররাষ্ট্রমন্ত্রীর প্রথম সফর। রোববার ... তাঁর বৈঠক")
            here = [a for a in self.seen if a.sentence == sentence and a.offset < arg.start and a.label in fits
                    and a.slot in ("", "agent") and a.entity_id not in exclude]
            back = 1 if any(a.sentence == sentence - 1 and a.label == "PER" for a in self.seen) else 2
            last = max((a.sentence for a in self.topics if sentence - back <= a.sentence < sentence), default=None)
            topic = {a.entity_id for a in self.topics if a.sentence == last
                     and a.label in fits and a.entity_id not in exclude}
            if not here and len(topic) == 1:
                eid = topic.pop()
        if not eid and arg.ref.objective:
            # "Belousov handed Kim a letter from Putin and invited him": an object pronoun takes the bare
            # object (or the one given to) of its own sentence, after its subject, before names in phrases
            here = sorted((a for a in self.seen if a.sentence == sentence and a.offset < arg.start and a.label in fits
                           and a.entity_id not in exclude), key=lambda a: a.offset)
            objects = [a for k, a in enumerate(here) if a.slot in ("", "dative", "object") and k > 0
                       and here[0].slot in ("", "agent")]
            eid = objects[-1].entity_id if objects else None
        if not eid and arg.ref.kind == "pronoun" and not arg.ref.plural and arg.ref.label == "PER":
            # "The United States imposed sanctions on RSF leader Dagalo, accusing his forces of ...": where the
            # sentence's subject is no person, the person it has named is who "his" is, not the last sentence's
            here = [a for a in self.seen if a.sentence == sentence and a.offset < arg.start]
            subj = [a for a in here if a.slot in ("", "agent")][:1]
            people = [a for a in here if a.label in fits and a.entity_id not in exclude]
            if subj and subj[0].label not in fits and len({a.entity_id for a in people}) == 1:
                eid = people[0].entity_id
        if not eid and arg.ref.kind == "pronoun" and arg.ref.label == "GPE" and not arg.ref.plural:
            # "মিয়ানমারে ... নিহতের সংখ্যা ... ছাড়িয়েছে বলে জানিয়েছে দেশটির সামরিক জান্তা": a country named in this
            # sentence, none of them its subject, is the one "the country" means, before the last sentence's subject
            here = [a for a in self.seen if a.sentence == sentence and a.offset < arg.start and a.entity_id.startswith("gpe:")
                    and a.entity_id not in exclude]
            if here and not any(a.slot in ("", "agent") for a in here):
                eid = max(here, key=lambda a: a.offset).entity_id
        # else the nearest name, or the nearest earlier subject met through a pronoun ("... করেন তিনি")
        eid = eid or self._nearest(self.subjects, arg.start, fits, exclude, sentence - 1)
        if not eid and arg.slot == "agent":
            # "मोदी ने नीतीश को बधाई दी। उन्होंने कहा ...": an agent pronoun takes the agent before it,
            # also where no event has recorded its subject yet (speakers are found before events)
            eid = self._nearest([a for a in self.seen if a.slot == "agent"], arg.start, fits, exclude, sentence - 1)
        if not eid and arg.slot == "" and arg.ref.label == "PER" and not any(
                a.sentence == sentence and a.offset < arg.start and not self._in_quote_marks(a.offset, sentence) for a in self.seen):
            # "Zelenskiy thanked Trump and presented him with a letter ... to first lady Melania Trump.
            # He said ...": a sentence opening with "he" goes on about the last sentence's subject, its
            # first bare person, before whoever was named after him
            # (or with his words: '"... any proposal from Seoul," she said', the names in them told by no one else)
            here = self._direct_quote_at(arg.start)
            last = [a for a in self.seen if a.sentence == sentence - 1 and a.slot == "" and a.label in fits
                    and a.entity_id not in exclude and self._direct_quote_at(a.offset) in (None, here)]
            eid = min(last, key=lambda a: a.offset).entity_id if last else None
        if not eid:
            # a name inside someone's quoted words is no antecedent for a pronoun outside them
            # ('X ने लिखा, "... Y से मुलाकात की।" उन्होंने कहा ...': X, not Y)
            here = self._direct_quote_at(arg.start)
            pool = [a for a in self.seen + self.subjects if self._direct_quote_at(a.offset) in (None, here)]
            # (the police are the force of the place named last, where things were told to happen: "protesters
            # gathered in Dhaka ... Police arrested 14", Bangladesh's, not Beijing's named before as a side)
            eid = self._nearest(pool, arg.start, fits, exclude, places=bool(arg.ref.local))
            if eid and arg.ref.local and self._unknown_place(self.country_of_city(eid)):
                eid = self._nearest(pool, arg.start, fits, exclude)  # (a place of no known country tells no force's)
            if not eid and arg.ref.label == "GPE":
                # "Protests spread across Nepal. The government said ...": a country named only as
                # a place is still the one "the country" or "the government" refers to
                eid = self._nearest(pool, arg.start, fits, exclude, sentence - 2, places=True)
        if eid and arg.ref.label == "GPE":
            eid = self.country_of_city(eid)  # "the country" after "Kyiv": Ukraine, not the city
            if arg.ref.home and self._unknown_place(eid):
                # "कुपवाड़ा जिले में ... सुरक्षाबलों और आतंकियों के बीच": a district the KB does not know is no
                # country whose forces or government these are
                eid = None
        if eid and arg.ref.plural and (self.label_of(eid) == "PER" or (arg.ref.objective and self.label_of(eid) not in ("ORG", "AGENCY"))):
            # "they" is a group or a body, never one person alone ("Putin said they would sign": not Putin);
            # nor is "them" one country ("a bus carrying prisoners arrived, where crowds greeted them": not
            # Israel; the subject "they" may be a country's army or police: "Police said they arrested ...")
            eid = None
        return [eid] if eid else []

    def _right_after_coordinator(self, arg: Arg, sentence: int) -> bool:
        """A coordinator (quotes.yaml ``clause_coordinators``) of ``arg``'s sentence stands right before it."""
        from .quotes import _cue_pattern  # (quotes imports this module)

        pack = _pack(self.doc.lang)
        joint = _cue_pattern(pack, "clause_coordinators") if pack is not None else None
        if joint is None or not 0 <= sentence < len(self.doc.sentences):
            return False
        lo = self.doc.sentences[sentence].start
        return any(m.end() <= arg.start and not self.doc.text[m.end() : arg.start].strip()
                   for m in joint.finditer(self.doc.text, max(lo, arg.start - 12), arg.start))

    def _agent_before_coordinator(self, arg: Arg, sentence: int, fits: set[str], exclude: set[str]) -> str | None:
        """The last agent (hi ने) of this sentence before a coordinator right before ``arg``, within the same quoted
        words: the subject of the clause the coordinator joins."""
        if not self._right_after_coordinator(arg, sentence):
            return None
        here = self._direct_quote_at(arg.start)
        agents = [a for a in self.seen if a.slot == "agent" and a.sentence == sentence and a.offset < arg.start
                  and a.label in fits and a.entity_id not in exclude and self._direct_quote_at(a.offset) == here]
        return max(agents, key=lambda a: a.offset).entity_id if agents else None

    def _bare_subject_before_coordinator(self, arg: Arg, sentence: int, fits: set[str], exclude: set[str]) -> str | None:
        """"रानिल विक्रमसिंघे तीसरे स्थान पर रहे और उन्होंने हार स्वीकार कर ली": an agent pronoun right after a coordinator
        (quotes.yaml ``clause_coordinators``) in a sentence whose first name is a bare subject (a verb with no agent
        marker: no event need have recorded it) is that subject, not an agent of the sentence before."""
        if not self._right_after_coordinator(arg, sentence):
            return None
        here = sorted((a for a in self.seen if a.sentence == sentence and a.offset < arg.start), key=lambda a: a.offset)
        first = here[0] if here else None
        if (first is None or first.slot != "" or first.label not in fits or first.entity_id in exclude
                or any(a.slot == "agent" for a in here)):
            return None
        return first.entity_id

    def country_of_city(self, eid: str) -> str:
        """The country of a city entity (KB attribute ``country``), else the entity itself."""
        ent = self.doc.entities.get(eid)
        if ent is None or eid.startswith("gpe:") or ent.type not in ("GPE", "LOC"):
            return eid
        country = f"gpe:{str(ent.attrs.get('country') or '').lower()}"
        from ..entities.kb import default_kb

        if country == "gpe:" or country not in default_kb().entities:
            return eid
        return adopt_kb_entity(self.doc, country)

    def title(self, arg: Arg, sentence: int, exclude: set[str], head: str, modifier: str | None,
              category: str | None = None, as_pronoun: bool = True) -> list[str]:
        anchors = [x for x in sorted(self.anchors, key=lambda x: -x[0]) if x[0] < arg.start and x[3] not in exclude]
        # of two introduced by the same title, the one the story told of last ("प्रधानमंत्री मोदी ... नेपाल के
        # प्रधानमंत्री ओली ... ओली की आलोचना की ... प्रधानमंत्री ने": Oli), not the one whose title came last
        same = [x for x in anchors if x[1].casefold() == head.casefold() and (modifier is None or x[2] == modifier)]
        if category and (patterns := title_categories().get(category)):
            # (not one introduced by another office of the same head word: "প্রধান উপদেষ্টা" is not the
            # "পররাষ্ট্র উপদেষ্টা তৌহিদ হোসেন" told of before, whose known offices are all of another kind)
            same = [x for x in same if not _known_offices_elsewhere(self.doc, x[3], patterns)]
        if len(same) > 1:
            last_told: dict[str, int] = {}
            for a in self.seen:
                if a.offset < arg.start:
                    last_told[a.entity_id] = max(last_told.get(a.entity_id, -1), a.offset)
            return [max(same, key=lambda x: (last_told.get(x[3], x[0]), x[0]))[3]]
        if same:
            return [same[0][3]]
        if category:
            eid = self.office_holder(category, modifier, arg.start, exclude)
            if eid:
                return [eid]
        if category and modifier is None and self.doc.published and category not in body_title_categories():
            # a bare title no one in the article holds: the office of the speaker's country in his
            # quoted words (Jaishankar's "प्रधानमंत्री" is India's), else of the country it is filed from
            # (not a body's office: a bare "प्रवक्ता" after "सेना के एक प्रवक्ता" is the army's, not the ministry's)
            # (a country in the locative right before it names the country: "नेपाल में प्रधानमंत्री ... ने इस्तीफा दिया" is
            # Nepal's, whatever wire files it; a city may be where a visitor speaks, "वाशिंगटन में राष्ट्रपति ने कहा")
            speaker = next((sp for s, e, sp, _ in self.speakers if s <= arg.start < e and sp), None)
            land = (self._place_right_before(arg, country_only=True) or (self.country_led_by(speaker) if speaker else None)
                    or self.home_country() or self.sole_home_country())
            eid = self.office_holder(category, land, arg.start, exclude) if land else None
            if eid:
                return [eid]
        for off, h, mod, eid in anchors if as_pronoun else ():
            # "the Russian leader" = whoever was introduced as Russia's president
            # (not by another kind of office: China's foreign minister is not "चीनी विदेश मंत्रालय के प्रवक्ता";
            # nor unnamed officials, "Indian officials said", any one person introduced as India's)
            if modifier is not None and mod == modifier and (category in (None, "leader") or h.casefold() == head.casefold()):
                return [eid]
        if not as_pronoun:  # "the finance minister": nobody named so far held that office here
            return []
        owner = self.doc.entities.get(modifier) if modifier else None
        if owner is not None and (owner.type == "GPE" or (owner.type in ("ORG", "AGENCY") and category in body_title_categories())):
            # "Japan's prime minister" whom neither the article nor the KB names: not the person
            # mentioned last (the caller lets the office act for its country); so too a body's
            # spokesperson ("ইউএনএইচসিআরের মুখপাত্র" speaks for UNHCR)
            return []
        fits = FITS["PER"]
        exclude = exclude | ({modifier} if modifier else set())
        if modifier:  # "the US foreign minister" is nobody whose known offices are all another country's
            exclude = exclude | {a.entity_id for a in self.subjects + self.seen
                                 if not _may_serve(self.doc, a.entity_id, modifier)}
        # nor anyone this article introduced by another title ("राष्ट्रपति जेलेंस्की" is no मंत्री,
        # "विदेश मंत्री मुत्ताकी" no प्रवक्ता); "the leader" may be a president or a dictator
        if category and category != "leader":
            exclude = exclude | {eid for _, h, _, eid in self.anchors if h.casefold() != head.casefold()}
            # nor anyone whose known offices are all of another kind: a spokesperson is no head of
            # government ("विदेश मंत्रालय के प्रवक्ता ने बताया" after Modi and Xi is neither)
            patterns = title_categories().get(category) or []
            exclude = exclude | {a.entity_id for a in self.subjects + self.seen
                                 if _known_offices_elsewhere(self.doc, a.entity_id, patterns)
                                 or _in_another_office_then(self.doc, a.entity_id, patterns)}
        # "The North Korean leader arrived": the actor of the previous sentence, else the nearest person
        eid = self._nearest(self.subjects, arg.start, fits, exclude, sentence - 1) or self._nearest(
            self.seen, arg.start, fits, exclude
        )
        return [eid] if eid else []

    def office_holder(self, category: str, country: str | None, before: int, exclude: set[str]) -> str | None:
        """The document's person who held a ``category`` title (in ``country``) on the article's date."""
        return _office_holder(self, category, country, before, exclude)

    def group(self, arg: Arg, sentence: int, exclude: set[str] = frozenset()) -> list[str]:
        """The members of "both leaders", "दोनों देश", "দুই পক্ষ". The same group told again a sentence or two
        later is the same members ("urging both sides to de-escalate. China ... called on both countries")."""
        again = next((ids for off, sent, count, label, ids in reversed(self.groups)
                      if off < arg.start and sentence - GROUP_AGAIN_SENTENCES <= sent <= sentence
                      and count == arg.ref.count and label == arg.ref.label), None)
        if again is not None and not set(again) & set(exclude):
            return list(again)
        ids = self._group(arg, sentence, exclude)
        if len(ids) < arg.ref.count and arg.ref.label == "PER":
            # "Thailand and Cambodia agreed ... after talks between the two countries' leaders": leaders not
            # named stand for the countries named
            ids = self._group(dataclasses.replace(arg, ref=dataclasses.replace(arg.ref, label="GPE", office=None)),
                              sentence, exclude)
        if len(ids) == arg.ref.count:
            self.groups.append((arg.start, sentence, arg.ref.count, arg.ref.label, tuple(ids)))
        return ids

    def _group(self, arg: Arg, sentence: int, exclude: set[str] = frozenset()) -> list[str]:
        fits = FITS.get(arg.ref.label, FITS["ANY"])
        if arg.ref.opposing:
            # (a side may be an armed group or a movement: "both sides" of Israel and Hamas)
            sides = fits | {"ORG"} if arg.ref.label == "GPE" else fits
            pair = self._opposing_pair(arg, sentence, sides, exclude)
            # "ईरान ने इजराइल पर मिसाइलें दागीं। ... गुटेरेस ने हमले की निंदा की ... रूस ने दोनों पक्षों से संयम
            # बरतने का आग्रह किया": the sides of the last attack or clash, a few sentences back, rather than
            # whoever judged or helped one of them since (but a meeting or a deal since is between its sides)
            fight = self._opposing_pair_at(arg, sentence, sides, exclude, CONFLICT_ROLES, back=8)
            if fight and not (pair and self._symmetric_pair_since(arg, sentence, exclude, fight[0])):
                return fight[1]
            if pair:
                return pair
        if arg.ref.label == "GPE" and arg.ref.count == 2:
            armed = {e for e, ent in self.doc.entities.items() if ent.type == "ORG" and ent.attrs.get("armed")}
            if self._restraint_asked(sentence):
                # "... তেহরান যুক্তরাষ্ট্রের সঙ্গে আলোচনা স্থগিত করছে। গুতেরেস দুই দেশকে সংযম দেখানোর আহ্বান": restraint is
                # asked of the two sides of the last fight, not of the last two named together
                # (back to the headline's fight too: its body may name the capital struck, no country)
                fight = self._opposing_pair_at(arg, sentence, FITS["GPE"] | {"ORG"}, exclude | armed, CONFLICT_ROLES,
                                               back=min(sentence + 1, 10))
                if fight:
                    return fight[1]
            pair = self._named_pair(arg, sentence, exclude)
            if pair:
                return pair
            # "ईरान ने इजराइल पर मिसाइलें दागीं। ... गुतारेस ने दोनों देशों से संयम की अपील की": the two sides of
            # the last attack or clash a few sentences back, before whoever spoke since
            # (a body that governs may be one, "the Taliban"; an armed group is no country: "Pakistan carried out
            # airstrikes ... targeting the leader of the Pakistani Taliban ... urged both countries" are Pakistan and
            # Afghanistan)
            pair = self._opposing_pair(arg, sentence, FITS["GPE"] | {"ORG"}, exclude | armed, CONFLICT_ROLES)
            if pair:
                return pair
        # "दोनों देश": the actors of the last events first (subjects, then other roles), then any mention
        # (three or more are named further back: "Xi hosted Putin and Kim ... the three leaders")
        back = 2 if arg.ref.count <= 2 else 4
        recent = [a for a in self.subjects if a.sentence >= sentence - back and a.slot != "speaker"]
        # (not two of a longer list: "সৌদি আরব, কাতার ও তুরস্ক ... নিন্দা জানিয়েছে। গুতেরেস দুই দেশকে ...
        # আহ্বান": the two are not two of the three who condemned)
        listed_ids = self._listed(recent, arg.ref.count)
        recent = [a for a in recent if (a.sentence, a.entity_id) not in listed_ids]
        others = [a for a in self.participants if a.sentence >= sentence - back]
        # subjects and the other side of symmetric events (a meeting's participants, a treaty's
        # parties) first, the nearest sentence first: "ओली ... मोदी के साथ वार्ता करेंगे। दोनों नेता"
        # are Oli and Modi, not Oli and whoever welcomed him a sentence before; then the other roles
        # (a recipient of both senders' aid is not one of "both countries")
        pool = sorted([(a, 0, 0) for a in recent] + [(a, 0 if a.slot in SYMMETRIC_ROLES else 1, 1) for a in others],
                      key=lambda x: (x[1], -x[0].sentence, x[2], -x[0].offset))
        pool = [a for a, _, _ in pool]
        if arg.ref.label == "GPE":
            # a capital acting (a subject, a side) is its country: "Islamabad accuses Kabul ... urged both countries"
            # (the KB's id: the document adopts the country only if the group is resolved to it)
            caps = capital_countries()
            pool = [dataclasses.replace(a, entity_id=caps[a.entity_id], label="GPE") if a.entity_id in caps else a
                    for a in pool]
        if arg.ref.label != "GPE" and len({a.entity_id for a in pool if a.label in fits and a.entity_id not in exclude
                                           and a.offset < arg.start}) < arg.ref.count:
            # "মোদির সঙ্গে ইউনূসের বৈঠক হতে পারে। ... (the secretary said) ... দুই নেতার মধ্যে বৈঠক হলে":
            # the last ones who met, a few sentences back, before whoever was named since
            met = [a for a in self.participants if a.slot in SYMMETRIC_ROLES and sentence - 5 <= a.sentence < sentence]
            last = max((a.sentence for a in met), default=None)
            pool += sorted((a for a in met if a.sentence == last), key=lambda a: a.offset)
        if arg.ref.label == "GPE":
            # (the country hosting the last trip, after the actors: the visitor's land and his host's)
            pool += sorted((a for a in self.trip_hosts if a.sentence >= sentence - back), key=lambda a: -a.offset)
        pool += sorted(self.seen, key=lambda a: -a.offset)
        pool = [a for a in pool if a.entity_id not in exclude  # (before a leader stands for his country)
                and (a.sentence, a.entity_id) not in listed_ids]
        if arg.ref.label == "GPE":
            # "ट्रंप ने ... टैरिफ लगाया ... दोनों देशों के बीच वार्ता": a leader named stands for the
            # country he leads (KB offices on the article's date), in his place in the order
            pool = [self._as_country(a) for a in pool]
            # "जयशंकर ने अमेरिका के साथ संबंधों को ... बताया और कहा कि दोनों देश ...": in the words of one who
            # serves a country (no fight told before), his own country is one of the two
            land = self._speaker_country(arg)
            if land and land not in exclude:
                pool.insert(0, Antecedent(arg.start - 1, land, "GPE", "", sentence))
        # "both countries" are countries, not the cities named on the way; and "Myanmar's leader
        # thanked both countries" does not count the leader's own country among them
        usable = [a for a in pool if a.offset < arg.start and a.label in fits and a.entity_id not in exclude
                  and not (a.slot == "modifier" and a.sentence == sentence)]
        tiers = [usable]
        met_tier = False  # the group's own meeting named after it, and the two who last met found
        if arg.ref.label != "GPE":
            # "Modi held talks with Putin ... Zelenskiy criticised the visit. The two leaders agreed ...":
            # the sides of the last meeting or talks a few sentences back, when they are as many as the
            # group, before the subjects named since
            # (further back when the group's meeting follows it: "... এটাই দুই নেতার প্রথম মুখোমুখি বৈঠক", the
            # two who met at the story's start, not the last two named)
            meeting = self._meeting_after(arg)
            reach = 12 if meeting else 3
            met = [a for a in self.participants if a.slot in SYMMETRIC_ROLES and sentence - reach <= a.sentence <= sentence
                   and a.offset < arg.start and a.label in fits and a.entity_id not in exclude]
            # (with a meeting after the group, the last sentence whose sides are as many as the group, past
            # one side's own words since: "আমরা একমত হয়েছি" is Trump's alone)
            for last in sorted({a.sentence for a in met}, reverse=True)[: None if meeting else 1]:
                sides = list(dict.fromkeys(a.entity_id for a in sorted(met, key=lambda a: a.offset) if a.sentence == last))
                if len(sides) == arg.ref.count:
                    tiers.insert(0, [a for a in met if a.sentence == last])
                    met_tier = meeting
                    break
        if arg.ref.office and arg.ref.label != "GPE":
            # "दोनों नेताओं ने ... वार्ता की" after ministers signed in the leaders' presence: the two
            # who held a leader's office on the article's date, when the article named two
            patterns = title_categories().get(arg.ref.office) or []
            date = (self.doc.published or "")[:10] or None
            def leads(eid: str) -> bool:
                return any(holds(r, patterns, [], date) for r in getattr(self.doc.entities.get(eid), "roles", []) or [])

            default = list(dict.fromkeys(a.entity_id for a in usable))[: arg.ref.count]
            holders = [a for a in usable if a.sentence >= sentence - LEADERS_BACK and leads(a.entity_id)]
            # only when the nearest two include someone of another known office (a minister), or a
            # known person who led no one on that date ("... राजघाट जाकर महात्मा गांधी को श्रद्धांजलि
            # देंगे। ... दोनों नेताओं के बीच वार्ता" are the visitor and his host, not the visitor and Gandhi)
            if len({a.entity_id for a in holders}) >= arg.ref.count and any(
                    not leads(e) and (_known_offices_elsewhere(self.doc, e, patterns) or _known_person(self.doc, e))
                    for e in default):
                # (after the two who last met, when the group's meeting follows it: "... दोनों नेताओं के बीच
                # आखिरी शिखर वार्ता 2018 में हुई थी" are the two meeting now, not any two leaders quoted since)
                tiers.insert(1 if met_tier else 0, holders)
        if arg.ref.office and arg.ref.label != "GPE" and self.doc.lang:
            # "... किशिदा की पत्नी यूको किशिदा को शॉल दी। दोनों नेताओं ने ...": one named as another's kin (roles.yaml
            # ``kin_nouns``) is none of the leaders, when enough others are named
            from .lexicon import load_pack

            kin = load_pack(self.doc.lang).kin_nouns
            text = self.doc.text
            kin_named = {a.entity_id for a in usable if kin is not None
                         and regex.search(rf"(?:{kin.pattern})\s*$", text[max(0, a.offset - 30) : a.offset], kin.flags)}
            default = list(dict.fromkeys(a.entity_id for a in usable))[: arg.ref.count]
            rest = [a for a in usable if a.entity_id not in kin_named]
            if kin_named & set(default) and len({a.entity_id for a in rest}) >= arg.ref.count:
                tiers.insert(1 if met_tier else 0, rest)
        if arg.ref.label == "GPE":
            tiers.insert(0, [a for a in usable if a.entity_id.startswith("gpe:")])
            tiers[-1] = [a for a in usable if not self._place_in_a_country(a.entity_id)]  # a city is no country
        for tier in tiers:
            out: list[str] = []
            for a in tier:
                if a.entity_id not in out:
                    out.append(a.entity_id)
                if len(out) == arg.ref.count:
                    return [e if e in self.doc.entities else self._doc_country(e) for e in out]
        return []

    def country_ref_before(self, arg: Arg, sentence: int, exclude: set[str]) -> str | None:
        """After "that country's" (entity_cues ``country_ref_genitives``: "দেশটির সরকার", "उस देश की
        सरकार") the government is the country named last, a place too ("মিয়ানমারে ... জানিয়েছে দেশটির
        সামরিক সরকার": Myanmar's, not the dateline's)."""
        from ..entities.cues import cues_for

        refs = cues_for(self.doc.lang).country_ref_genitives if self.doc.lang else None
        if refs is None or not refs.search(self.doc.text, max(0, arg.start - 30), arg.start):
            return None
        foreign = cues_for(self.doc.lang).foreign_country_refs
        home = self.home_country() if foreign is not None and foreign.search(self.doc.text, max(0, arg.start - 30), arg.start) else None
        for _ in range(4):  # (a distal "that country" is never the one the article is filed from: the one named before it)
            eid = self._nearest(self.seen, arg.start, FITS["GPE"], exclude, sentence - 2, places=True)
            land = self.country_of_city(eid) if eid else None
            if land is None or home is None or land != home:
                return land
            exclude = exclude | {eid}
        return None

    def _genitive_country_before(self, arg: Arg) -> str | None:
        """The country named right before ``arg`` with only a genitive marker between ("पाकिस्तान की
        सरकार", "বাংলাদেশের সরকার", "Nepal's government")."""
        prev = [m for m in self.doc.mentions if m.end <= arg.start and m.entity_id]
        if not prev:
            return None
        m = max(prev, key=lambda m: m.end)
        if not GENITIVE_GAP.fullmatch(self.doc.text[m.end : arg.start]):
            return None
        if m.label == "NORP" or m.entity_id.startswith("gpe:"):
            return m.entity_id if m.entity_id.startswith("gpe:") else None
        if self.label_of(m.entity_id) == "PER":
            # "मुइज्जू की सरकार", "Muizzu's government": the country its leader governs (KB offices), else none
            return self.country_governed_by(m.entity_id)
        land = self.country_of_city(m.entity_id)
        return land if land != m.entity_id else None

    def _locative_place_after(self, arg: Arg) -> str | None:
        """The country of the first place in the locative after ``arg`` in its sentence ("clashes between police and
        the monk's supporters outside a Chittagong court": Bangladesh's police, though filed from New Delhi)."""
        later = [eid for start, eid in self.sentence_places if start >= arg.end]
        land = self.country_of_city(later[0]) if later else None
        return land if land and land.startswith("gpe:") else None

    def _place_right_after(self, arg: Arg) -> str | None:
        """The country of a place named right after ``arg`` with only "in" between ("Police in Dhaka
        fired tear gas": Bangladesh's; roles.yaml ``home_place_after``)."""
        pat = _home_place_after(self.doc.lang)
        if pat is None:
            return None
        m = pat.match(self.doc.text, arg.end)
        if m is None:
            return None
        place = next((x for x in self.doc.mentions if x.start == m.end() and x.entity_id and x.label in ("GPE", "LOC")), None)
        if place is None:
            return None
        land = self.country_of_city(place.entity_id)
        return land if land.startswith("gpe:") else None

    def _opposition_country_before(self, arg: Arg) -> str | None:
        """The country whose opposition acts on the unnamed government earlier in the sentence
        ("मालदीव की विपक्षी पार्टी ने सरकार पर आरोप लगाया", "The Maldives' opposition accused the government":
        the Maldives', not the dateline's; roles.yaml ``home_opposition``)."""
        pack = _pack(self.doc.lang)
        pat = pack.home_opposition if pack is not None else None
        if pat is None:
            return None
        for m in reversed(self.doc.mentions):  # (in text order: the nearest first, back to the sentence's start)
            if m.end > arg.start or not m.entity_id or m.label not in ("GPE", "NORP"):
                continue
            if _SENTENCE_END.search(self.doc.text, m.end, arg.start):
                return None
            if pat.match(self.doc.text, m.end, arg.start):
                land = self.country_of_city(m.entity_id)
                return land if land and land.startswith("gpe:") else None
        return None

    def _place_right_before(self, arg: Arg, country_only: bool = False) -> str | None:
        """The country of a place named right before ``arg`` in the locative ("बांग्लादेश में पुलिस ने",
        "ঢাকায় পুলিশ": Bangladesh's police; roles.yaml ``home_place_before``, the whole gap); ``country_only``: only a
        country named itself (a city's head of state may be a visitor there)."""
        pack = _pack(self.doc.lang)
        pat = pack.home_place_before if pack is not None else None
        if pat is None:
            return None
        place = max((m for m in self.doc.mentions if m.end <= arg.start and m.entity_id and m.label in ("GPE", "LOC")
                     and arg.start - m.end <= 12), key=lambda m: m.end, default=None)
        if place is None or not pat.fullmatch(self.doc.text, place.end, arg.start):
            return None
        if country_only and not place.entity_id.startswith("gpe:"):
            return None
        land = self.country_of_city(place.entity_id)
        return land if land.startswith("gpe:") else None

    def home_country(self) -> str | None:
        """The country of the article's dateline place ("ढाका, 11 दिसंबर (एजेंसी)।", "WASHINGTON, May 15"),
        or of the national wire named after it ("बीजिंग, 18 दिसंबर (पीटीआई)": India), or None."""
        if self._home is _UNSET:
            from ..entities.link import HOME_LOOKAHEAD, filed_from
            from ..text.segment import dateline_span

            span = dateline_span(self.doc.text)
            self._home = None
            m = None
            if span is not None:
                m = next((m for m in self.doc.mentions if span[0] <= m.start < span[1] and m.entity_id
                          and m.label in ("GPE", "LOC")), None)
            if m is None:  # a byline's place: "নিজস্ব প্রতিবেদক, ঢাকা"
                m = next((m for m in self.doc.mentions[:HOME_LOOKAHEAD] if m.entity_id and m.label in ("GPE", "LOC")
                          and filed_from(self.doc.text, m.start, m.end, self.doc.lang)), None)
            if m is not None:
                from ..entities.kb import default_kb
                from ..entities.link import wire_home
                wire = wire_home(default_kb(), [(x.start, [x.entity_id]) for x in self.doc.mentions if x.entity_id],
                                 self.doc.text, m.end)
                land = adopt_kb_entity(self.doc, wire) if wire else self.country_of_city(m.entity_id)
                self._home = land if land and land.startswith("gpe:") else None
                place = self.country_of_city(m.entity_id)
                self._dateline_country = place if place and place.startswith("gpe:") else None
        return self._home

    def sole_home_country(self) -> str | None:
        """With no dateline, the language's one home country (entity_cues ``home_countries``: Hindi's is
        India) when the article names no other country: "प्रधानमंत्री ने ट्वीट कर कहा" is India's prime
        minister; a language of two home countries (Bengali: Bangladesh, India) has none."""
        from ..entities.cues import cues_for

        homes = cues_for(self.doc.lang).home_countries if self.doc.lang else ()
        if len(homes) != 1:
            return None
        home = f"gpe:{homes[0].lower()}"
        # (a place abroad or a people counts: "वाशिंगटन में राष्ट्रपति ने कहा" is no Indian president's word)
        named = {self.country_of_city(m.entity_id) for m in self.doc.mentions
                 if m.entity_id and m.label in ("GPE", "LOC", "NORP")}
        return adopt_kb_entity(self.doc, home) if named <= {home} else None

    def named_home_country(self, sentence: int) -> str | None:
        """With no dateline, in a language of several home countries (Bengali: Bangladesh, India), the one of
        them the article names, when it is named in the first sentence or in ``sentence`` itself: "... রোহিঙ্গা
        বাংলাদেশে ঢুকেছে বলে জানিয়েছে সরকার" is Bangladesh's government, not Myanmar's, named last before."""
        from ..entities.cues import cues_for

        homes = {f"gpe:{h.lower()}" for h in (cues_for(self.doc.lang).home_countries if self.doc.lang else ())}
        if len(homes) < 2:
            return None  # (one home country: sole_home_country)
        named = {self.country_of_city(m.entity_id) for m in self.doc.mentions
                 if m.entity_id and m.label in ("GPE", "LOC", "NORP")} & homes
        if len(named) != 1:
            return None
        home = named.pop()
        return home if any(a.entity_id == home and a.sentence in (0, sentence) for a in self.seen) else None

    def dateline_country(self) -> str | None:
        """The country of the dateline's place itself, whatever wire filed from it ("काठमांडू, 13 सितंबर
        (भाषा)": Nepal, where an Indian wire's "the ministry" is India's but "the police" are Nepal's)."""
        self.home_country()
        return getattr(self, "_dateline_country", None)

    def _listed(self, subjects: list[Antecedent], count: int) -> set[tuple[int, str]]:
        """(sentence, entity) of subjects named in one list longer than ``count`` ("সৌদি আরব, কাতার ও তুরস্ক")."""
        ends = {m.start: m.end for m in self.doc.mentions}
        out: set[tuple[int, str]] = set()
        for sent in {a.sentence for a in subjects}:
            here = sorted((a for a in subjects if a.sentence == sent and a.offset in ends), key=lambda a: a.offset)
            run = here[:1]
            for a, b in zip(here, here[1:]):
                if _LIST_JOINT.fullmatch(self.doc.text, ends[a.offset], b.offset):
                    run.append(b)
                    continue
                if len({x.entity_id for x in run}) > count:
                    out |= {(x.sentence, x.entity_id) for x in run}
                run = [b]
            if len({x.entity_id for x in run}) > count:
                out |= {(x.sentence, x.entity_id) for x in run}
        return out

    def _named_pair(self, arg: Arg, sentence: int, exclude: set[str]) -> list[str]:
        """"পাকিস্তান ও আফগানিস্তানের মধ্যে সংঘর্ষের পর ... দুই দেশ রাজি হয়েছে": two countries named as a
        pair ("X ও Y", "X and Y", "X-Y") in this sentence or the one before are "the two countries", before
        any country named since (a capital's country, a mediator). Members that already fill a role of
        the event are left out; the pair counts only if one member is left."""
        pair = self._pair_in(arg, sentence - 1, sentence, exclude)
        if pair is None:
            # else the last pair the article named further back ("Thailand and Cambodia agree to
            # ceasefire ... Rubio congratulated both countries"), while one of the two is still talked of
            pair = self._pair_in(arg, 0, sentence - 2, exclude)
            recent = {a.entity_id for a in self.seen if sentence - 4 <= a.sentence <= sentence and a.offset < arg.start}
            recent |= {self._as_country(a).entity_id for a in self.seen
                       if sentence - 4 <= a.sentence <= sentence and a.offset < arg.start}
            if pair is not None and not recent & set(pair):
                pair = None
        return pair or []

    def _pair_in(self, arg: Arg, first: int, last: int, exclude: set[str]) -> list[str] | None:
        """The last two countries named as a pair in sentences ``first``..``last`` (see _named_pair), or None."""
        starts = {m.start: m for m in self.doc.mentions}
        cands = sorted((a for a in self.seen if first <= a.sentence <= last and a.offset < arg.start
                        and a.entity_id.startswith("gpe:") and a.offset in starts), key=lambda a: a.offset)
        for k in range(len(cands) - 2, -1, -1):
            a, b = cands[k], cands[k + 1]
            if a.entity_id == b.entity_id:
                continue
            if k > 0 and rx.fullmatch(r"\s*[,،]\s*(?:(?i:the)\s+)?", self.doc.text[starts[cands[k - 1].offset].end : a.offset]):
                continue  # the last two of a longer list ("সৌদি আরব, কাতার ও তুরস্ক") are no pair
            gap = self.doc.text[starts[a.offset].end : b.offset]
            if PAIR_JOINT.fullmatch(gap):
                left = [e for e in (a.entity_id, b.entity_id) if e not in exclude]
                return left if left else []
        return None

    def _unknown_place(self, eid: str) -> bool:
        """A place found in the text alone (no KB entry): not known to be a country."""
        ent = self.doc.entities.get(eid)
        return not eid.startswith("gpe:") and ent is not None and ent.type in ("GPE", "LOC") and not ent.attrs.get("country")

    def _place_in_a_country(self, eid: str) -> bool:
        """A city or other place inside a country (Sharm El Sheikh, Pyongyang), no country itself."""
        ent = self.doc.entities.get(eid)
        return eid.startswith("city:") or (ent is not None and not eid.startswith("gpe:") and ent.type in ("GPE", "LOC")
                                           and bool(ent.attrs.get("country")))

    def _doc_country(self, land: str) -> str:
        """The document's own entity for a KB country (the same id, else the same name), else the KB's."""
        if land in self.doc.entities:
            return land
        from ..entities.kb import default_kb

        name = default_kb().entities[land].name
        same = next((eid for eid, e in self.doc.entities.items() if e.type == "GPE" and e.name == name), None)
        return same or adopt_kb_entity(self.doc, land)

    def _as_country(self, a: Antecedent) -> Antecedent:
        """A person who leads a country, as that country ("मोदी और ओली ... दोनों देश"); anyone else as is."""
        land = (self.country_led_by(a.entity_id) or self._titled_country(a.entity_id)) if a.label == "PER" else None
        return dataclasses.replace(a, entity_id=land, label="GPE") if land else a

    def _titled_country(self, eid: str) -> str | None:
        """The country a person's title names in the text, its demonym or genitive right before the title
        ("Japanese Defence Minister Gen Nakatani", "his Philippine counterpart Gilberto Teodoro", "জাপানের
        প্রতিরক্ষামন্ত্রী ..."): for one the KB holds no dated office of (a group of "the two countries" after
        two ministers named so are their countries)."""
        if eid not in self._titled:
            self._titled[eid] = self._read_titled_country(eid)
        return self._titled[eid]

    def _read_titled_country(self, eid: str) -> str | None:
        cues = cues_for(self.doc.lang) if self.doc.lang else None
        if cues is None:
            return None
        text = self.doc.text
        for p in [m for m in self.doc.mentions if m.entity_id == eid][:3]:
            prev = max((m for m in self.doc.mentions if m.end <= p.start and p.start - m.end <= 60), key=lambda m: m.end,
                       default=None)
            if prev is None or prev.label not in ("NORP", "GPE") or not (prev.entity_id or "").startswith("gpe:"):
                continue
            # (a case ending or a possessive on the country, a genitive marker word or "his", entity_cues
            # ``boundary_words``: no title words)
            gap = _TITLE_GAP_OPENING.sub("", text[prev.end : p.start])
            words = [surface_form(w) for w in gap.split()]
            words = [w for w in words if w not in cues.determiners and w not in cues.boundary]
            if words and all(cues.title_at([w], 0) or any(w in t for t in cues.titles) for w in words):
                return self._doc_country(prev.entity_id)
        return None

    def country_led_by(self, eid: str) -> str | None:
        """The country a person serves on the article's date, by the KB's dated offices whose title
        names it ("Prime Minister of Nepal", "Minister of External Affairs of India", "US Secretary
        of State"); the country joins the document's entities."""
        date = (self.doc.published or "")[:10] or None
        return self._country_of_office(eid, lambda role: holds(role, [ANY_TITLE], [], date))

    def country_governed_by(self, eid: str) -> str | None:
        """The country whose government a leader heads or headed, at any date ("the Hasina government",
        "the Trump administration": the country's, whether or not the article is from their term)."""
        leader = title_categories().get("leader", [])
        return self._country_of_office(eid, lambda role: any(p.search(role.get("title") or "") for p in leader))

    def _country_of_office(self, eid: str, keep) -> str | None:
        """The country named by the title of the first KB office of ``eid`` that ``keep`` accepts (Phoenix's
        actor-dictionary offices left out), as one of the document's entities."""
        ent = self.doc.entities.get(eid)
        for role in (ent.roles if ent is not None else []):
            if role.get("source") != "phoenix" and keep(role):
                land = _country_named(role.get("title") or "")
                if land:
                    return self._doc_country(land)
        return None

    def _meeting_after(self, arg: Arg) -> bool:
        """A meeting noun right after the group (roles.yaml ``group_meeting_after``)."""
        from .lexicon import load_pack

        pack = load_pack(self.doc.lang) if self.doc.lang else None
        pat = pack.group_meeting_after if pack is not None else None
        return pat is not None and pat.match(self.doc.text, arg.end) is not None

    def _opposing_pair(self, arg: Arg, sentence: int, fits: set[str], exclude: set[str],
                       roles: frozenset[str] | None = None) -> list[str]:
        """"both sides": the latest sentence with two actors in different roles (India accused
        Pakistan) or both in a symmetric role (a deal's parties), not two in the same role (Saudi
        Arabia and Iran welcomed it)."""
        found = self._opposing_pair_at(arg, sentence, fits, exclude, roles)
        return found[1] if found else []

    def _opposing_pair_at(self, arg: Arg, sentence: int, fits: set[str], exclude: set[str],
                          roles: frozenset[str] | None = None, back: int = 4) -> tuple[int, list[str]] | None:
        """:meth:`_opposing_pair` looking ``back`` sentences: (the sentence it is told in, the pair), or None."""
        for s in range(sentence, sentence - back, -1):
            # (a person who serves a country stands for it among "both sides" of countries)
            # (a fight only alleged, "X অভিযোগ করে, Y হামলা চালাচ্ছে", has no sides of its own for "both sides")
            acts = [self._as_country(a) if arg.ref.label == "GPE" else a
                    for a in self.participants if a.sentence == s and a.offset < arg.start and a.entity_id not in exclude
                    and (roles is None or a.slot in roles) and not a.alleged]
            acts = [a for a in acts if a.label in fits]
            # (a go-between is neither side: "thanking the UAE for mediating ... Trump congratulated both sides")
            brokers = {a.entity_id for a in self.participants if a.sentence == s and a.slot == "mediator"}
            acts = [a for a in acts if a.entity_id not in brokers]
            if arg.ref.label == "GPE":  # the sides are countries or groups, not a city where they met
                acts = [a for a in acts if not self._place_in_a_country(a.entity_id)]
            # (two sides of a meeting before a mediator and one of them: "X ও Y-এর মধ্যে চীনের মধ্যস্থতায় বৈঠক")
            # (a country's own party or body and the country are no two sides: "the opposition Congress accused the
            # government ... the two sides agreed to resume flights" are India and China, met before)
            pairs = [(a, b) for k, a in enumerate(acts) for b in acts[k + 1:] if a.entity_id != b.entity_id
                     and not self._part_of(a.entity_id, b.entity_id) and not self._part_of(b.entity_id, a.entity_id)]
            for a, b in sorted(pairs, key=lambda p: not (p[0].slot in SYMMETRIC_ROLES and p[1].slot in SYMMETRIC_ROLES)):
                if a.slot != b.slot or a.slot in SYMMETRIC_ROLES or a.slot == "side":
                    return s, [a.entity_id, b.entity_id]
        return None

    def _restraint_asked(self, sentence: int) -> bool:
        """The sentence asks for restraint (roles.yaml ``restraint_words``)."""
        pack = _pack(self.doc.lang)
        if pack is None or pack.restraint_words is None or sentence >= len(self.doc.sentences):
            return False
        s = self.doc.sentences[sentence]
        return pack.restraint_words.search(self.doc.text, s.start, s.end) is not None

    def _part_of(self, eid: str, land: str) -> bool:
        """``eid`` is a body of country ``land`` (KB attribute ``country``), not an armed group fighting it."""
        ent = self.doc.entities.get(eid)
        country = (ent.attrs.get("country") if ent is not None and ent.type in ("ORG", "AGENCY") and not ent.attrs.get("armed")
                   else None)
        return bool(country) and land == f"gpe:{str(country).lower()}"

    def _symmetric_pair_since(self, arg: Arg, sentence: int, exclude: set[str], since: int) -> bool:
        """Two actors in a symmetric role (a meeting's participants, a deal's parties) told in or after
        sentence ``since`` and before ``arg``."""
        acts = [a for a in self.participants if since <= a.sentence <= sentence and a.offset < arg.start
                and a.entity_id not in exclude and a.slot in SYMMETRIC_ROLES]
        return len({a.entity_id for a in acts}) >= 2

    def _officer_country_before(self, arg: Arg, sentence: int) -> str | None:
        """The country served (KB dated offices) by the person acting in ``arg``'s clause before it: a home
        minister praising "the security forces" praises his own country's."""
        acting = [a for a in self.seen if a.sentence == sentence and a.offset < arg.start and a.slot in ("", "agent")
                  and a.label == "PER"]
        if not acting:
            return None
        return self.country_led_by(max(acting, key=lambda a: a.offset).entity_id)

    def _speaker_country(self, arg: Arg) -> str | None:
        """The country a quote's speaker serves, for "the government" in his own words (Nepal's prime
        minister quoted by an Indian wire: "सरकार पीड़ितों को हर संभव मदद देगी" is Nepal's government)."""
        speaker = next((sp for s, e, sp, _ in self.speakers if s <= arg.start < e and sp), None) or next(
            (sp for s, e, sp in self.reported if s <= arg.start < e), None)
        if not speaker:
            return None
        # (or the country of a body that speaks: Pakistan's army media wing, "आईएसपीआर ने बताया कि सुरक्षा बलों ने ...")
        return self.country_led_by(speaker) or self._body_country(speaker)

    def _body_country(self, eid: str) -> str | None:
        """The KB country of an organisation (a ministry, an army's media wing), as one of the document's entities."""
        ent = self.doc.entities.get(eid)
        if ent is None or ent.type != "ORG" or not ent.attrs.get("country"):
            return None
        from ..entities.kb import default_kb

        land = f"gpe:{str(ent.attrs['country']).lower()}"
        return self._doc_country(land) if land in default_kb().entities else None

    def _in_quote_marks(self, pos: int, sentence: int) -> bool:
        """``pos`` stands inside quotation marks opened in its sentence (whether or not a speaker was found for them
        yet: speakers are found while their pronouns are resolved)."""
        if not 0 <= sentence < len(self.doc.sentences):
            return False
        seg = self.doc.text[self.doc.sentences[sentence].start : pos]
        return seg.count('"') % 2 == 1 or seg.count("“") > seg.count("”") or seg.count("«") > seg.count("»")

    def _direct_quote_at(self, pos: int) -> tuple[int, int] | None:
        for s, e, _, _ in self.speakers:
            if s <= pos < e:
                return (s, e)
        return None

    def first_person(self, arg: Arg, plural: bool) -> list[str]:
        for s, e, speaker, principal in self.speakers:
            if s <= arg.start < e:
                who = (principal or speaker) if plural else speaker
                if who and plural and principal is None and arg.slot == "genitive" and who.startswith("per:"):
                    # '"... more Russian attacks on our cities," Zelenskyy said': what a leader calls "ours" is
                    # his country's
                    who = self.country_led_by(who) or who
                return [who] if who else []
        return []


CONFLICT_ROLES = frozenset({"attacker", "target", "side"})  # the two sides of an attack or a clash


@lru_cache(maxsize=1)
def title_categories() -> dict[str, list[regex.Pattern]]:
    data = yaml.safe_load(TITLES_FILE.read_text(encoding="utf-8")) or {}
    return {k: [regex.compile(p) for p in v] for k, v in (data.get("categories") or {}).items()}


def _headed_by(name: str, heads: tuple[str, ...], pack=None) -> bool:
    """The body's name has one of ``heads`` as its head word: its last word, or one the language's
    ``head_followers`` follow (roles.yaml: "Ministry of Defence", "Police Department"); not a word that only
    describes the head ("केंद्रीय रिजर्व पुलिस बल" is a force, no "पुलिस" told of again)."""
    from ..entities.kb import surface_form

    follow = pack.head_followers if pack is not None else None
    words = name.split()
    return any(surface_form(w).startswith(heads) and (k == len(words) - 1 or (
        follow is not None and follow.fullmatch(words[k + 1]))) for k, w in enumerate(words))


@lru_cache(maxsize=1)
def single_country_categories() -> frozenset[str]:
    """Title categories of offices only one country has (titles.yaml ``single_country``)."""
    data = yaml.safe_load(TITLES_FILE.read_text(encoding="utf-8")) or {}
    return frozenset(data.get("single_country") or ())


@lru_cache(maxsize=1)
def per_host_categories() -> frozenset[str]:
    """Categories of offices a country fills once in every country it deals with (titles.yaml ``per_host``)."""
    data = yaml.safe_load(TITLES_FILE.read_text(encoding="utf-8")) or {}
    return frozenset(data.get("per_host") or ())


@lru_cache(maxsize=None)
def capital_countries() -> dict[str, str]:
    """KB capital city id -> its country's id (the country's ``capital`` attribute)."""
    from ..entities.kb import default_kb

    return {ent.attrs["capital"]: eid for eid, ent in default_kb().entities.items()
            if ent.type == "GPE" and isinstance(ent.attrs.get("capital"), str)}


@lru_cache(maxsize=1)
def body_title_categories() -> frozenset[str]:
    """Categories of offices of a body, not a country: their title's modifier may be an organisation."""
    data = yaml.safe_load(TITLES_FILE.read_text(encoding="utf-8")) or {}
    return frozenset(data.get("body_categories") or ())


def adopt_kb_entity(doc: Document, eid: str) -> str:
    """Make a KB entity the article does not name one of its entities (a role filler must resolve
    in ``doc.entities``): a copy, so that per-document changes never touch the shared KB."""
    if eid not in doc.entities:
        from ..entities.kb import default_kb

        doc.entities[eid] = copy.copy(default_kb().entities[eid])
    return eid


# a case ending or possessive right after a country's name, before a title ("জাপানের", "Japan's")
_TITLE_GAP_OPENING = regex.compile(r"^(?:[\p{M}\p{L}]{0,3}|['’]s)(?=\s)")


def _country_named(title: str) -> str | None:
    """The KB country an office's English title names (``KB.country_of_title``)."""
    from ..entities.kb import default_kb

    return default_kb().country_of_title(title)


# after a country's adjective in a KB title, the words of its state ("Spokesperson of the Russian Foreign Ministry")
_STATE_AFTER_ADJECTIVE = regex.compile(r"(?:n|an|ian|ese|i)\s+(?:Foreign|Defen[cs]e|Armed|Army|Navy|Air|Government|Ministry|"
                                       r"Federation|Embassy|Security|Interior|Presidential|State|Permanent|Mission)\b")


def _names_in(name: str, title: str) -> bool:
    """``name`` stands in ``title`` as whole words, or as the country's adjective before its state's words
    ("President of India", "Spokesperson of the Russian Foreign Ministry"; not "President of the Indian
    National Congress")."""
    at = title.find(name)
    while at >= 0:
        end = at + len(name)
        if at == 0 or not title[at - 1].isalnum():
            if end == len(title) or not title[end].isalnum() or _STATE_AFTER_ADJECTIVE.match(title, end):
                return True
        at = title.find(name, at + 1)
    return False


def holds(role: dict, patterns: list[regex.Pattern], country_names: list[str], date: str | None) -> bool:
    """Whether a KB role {title, from, to} is of the category, in the country, on ``date``."""
    title = role.get("title") or ""
    if not any(p.search(title) for p in patterns):
        return False
    # (an envoy's office is his own country's: "High Commissioner of India to Bangladesh" is India's, no
    # "বাংলাদেশের ভারপ্রাপ্ত হাইকমিশনার")
    sender = title.split(" to ")[0]
    own = sender if " of " in sender else title
    if country_names and not any(n and _names_in(n, own) for n in country_names):
        return False
    if date is None:
        return role.get("to") is None  # no date known: only a role held now
    start, end = role.get("from"), role.get("to")
    return (start is None or str(start)[:10] <= date) and (end is None or date <= str(end)[:10])


def _known_offices_elsewhere(doc, eid: str, patterns: list[regex.Pattern]) -> bool:
    """Whether a person has KB offices and none of them is of the kind ``patterns`` describe."""
    ent = doc.entities.get(eid)
    titles = [r.get("title") or "" for r in (ent.roles if ent is not None else []) if r.get("source") != "phoenix"]
    return bool(titles) and bool(patterns) and not any(p.search(t) for p in patterns for t in titles)


def _in_another_office_then(doc, eid: str, patterns: list[regex.Pattern]) -> bool:
    """Whether a person held, on the article's date, KB offices none of which is of the kind
    ``patterns`` describe (Putin, president, was prime minister once: no "प्रधानमंत्री" of 2025)."""
    ent = doc.entities.get(eid)
    date = (doc.published or "")[:10]
    if ent is None or not date or not patterns:
        return False
    now = [r.get("title") or "" for r in ent.roles if r.get("source") != "phoenix"
           and str(r.get("from") or "") <= date and (not r.get("to") or date <= str(r.get("to")))]
    return bool(now) and not any(p.search(t) for p in patterns for t in now)


def _known_person(doc, eid: str) -> bool:
    """Whether ``eid`` is a person of the knowledge base (not one the article alone introduced)."""
    ent = doc.entities.get(eid)
    return ent is not None and ent.type == "PER" and bool(ent.qid or (ent.source and not ent.source.startswith("discovered")))


def _may_serve(doc, eid: str, country: str) -> bool:
    """Whether a person may hold an office of ``country``: no known offices, or one naming it."""
    ent, land = doc.entities.get(eid), doc.entities.get(country)
    if ent is None or not ent.roles or land is None:
        return True
    names = [n for n in [land.name] + list(land.names.get("en", [])) if n]
    return any(any(n in (r.get("title") or "") for n in names) for r in ent.roles)


def _office_holder(resolver: "Resolver", category: str, country: str | None, before: int, exclude: set[str]) -> str | None:
    patterns = title_categories().get(category)
    if not patterns:
        return None
    doc = resolver.doc
    names: list[str] = []
    if country:
        ent = doc.entities.get(country)
        if ent is None:
            return None
        names = [ent.name] + list(ent.names.get("en", []))
    date = (doc.published or "")[:10] or None
    holders = [
        eid for eid, ent in doc.entities.items()
        if ent.type == "PER" and eid not in exclude and any(holds(r, patterns, names, date) for r in ent.roles)
    ]
    if not holders and country and date and category not in per_host_categories():
        # "রাশিয়ার প্রেসিডেন্ট", "the US president" named nowhere in the article: the one curated
        # KB person who held that office of that country on the article's date (not "India's envoy": India has one
        # in every capital, and the KB knows only some)
        eid = _kb_office_holder(category, country, tuple(names), date)
        if eid and eid not in exclude:
            holders = [adopt_kb_entity(doc, eid)]
    if not holders and not country and date and category in single_country_categories():
        # "প্রধান উপদেষ্টার সঙ্গে সাক্ষাৎ করেন" with no one named: an office only one curated person held on the
        # article's date (Bangladesh's chief adviser), of the country the article is filed from if it tells one
        from ..entities.kb import default_kb

        eid = _kb_office_holder(category, "", (), date)
        home = resolver.home_country()
        if eid and eid not in exclude and (home is None or home in default_kb().countries_served(eid)):
            return adopt_kb_entity(doc, eid)
    if not holders:
        return None
    if country is None and len(holders) == 1 and date and category in single_country_categories():
        # (the office only one person held, adopted from the KB by an earlier reference: the same answer again)
        return holders[0]
    # the holder mentioned last before the reference; a bare title ("the president") needs a unique holder
    seen = {a.entity_id: a.offset for a in resolver.seen if a.offset < before}
    headline = "\n" in doc.text and before < doc.text.index("\n")
    if country is None and (len(holders) > 1 or (holders[0] not in seen and not headline)):
        # (a bare "spokesperson" is not the one named only further on; but a headline's title, "ভারত
        # সফরে যাচ্ছেন না প্রধান উপদেষ্টা", is the one holder the article names below it)
        return None
    return max(holders, key=lambda e: seen.get(e, -1))



@lru_cache(maxsize=1024)
def _kb_office_holder(category: str, country: str, names: tuple[str, ...], date: str) -> str | None:
    """The one curated KB person holding a ``category`` office of ``country`` on ``date``, or None."""
    from ..entities.kb import default_kb

    patterns = title_categories().get(category) or []
    found = [eid for eid, ent in default_kb().entities.items()
             if ent.type == "PER" and ent.source.startswith("curated") and ent.roles
             and any(r.get("source") != "phoenix" and holds(r, patterns, list(names), date) for r in ent.roles)]
    return found[0] if len(found) == 1 else None


@lru_cache(maxsize=None)
def _pack(lang: str | None):
    """The language's events pack (imported when called, as before: no import cycle at load)."""
    from .lexicon import load_pack

    return load_pack(lang)


def _home_place_after(lang: str | None):
    """The words between a country's unnamed body and the place it is in (roles.yaml ``home_place_after``)."""
    pack = _pack(lang)
    return pack.home_place_after if pack is not None else None
