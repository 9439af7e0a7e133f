"""The knowledge base of canonical entities and its lookup indexes.

The shipped KB is ``khabar/kb/entities.jsonl`` (built by ``scripts/build_kb.py``), one
:class:`~khabar.model.Entity` per line. :func:`default_kb` loads it once per process.
Users can grow it with :func:`load_wikidata_dump` (a Wikidata JSON dump subset) or
:meth:`KB.add`.

Three indexes serve recognition and linking:

* ``surface``: casefolded surface form -> entity ids (exact gazetteer match);
* ``by_key``: Latin match key -> entity ids (same name in another script);
* ``by_skeleton``: consonant outline -> (key, id) pairs (fuzzy candidates).
"""
from __future__ import annotations

import bz2
import gzip
import json
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import regex

from ..model import Entity
from .translit import latin_key, similarity, skeleton

KB_FILE = Path(__file__).resolve().parent.parent / "kb" / "entities.jsonl"
# Languages whose names give useful Latin keys (Hangul/Arabic romanisations do not).
KEY_LANGS = {"en", "hi", "bn", "ru"}
# Cities smaller than this are matched by their names only, never fuzzily.
FUZZY_MIN_POPULATION = 1_000_000
FUZZY_MIN_CONSONANTS = 3  # a key needs this many consonants in its outline to match fuzzily
MIN_WORD_KEY = 4  # KB.lookup_surname: shorter surnames (li, kim, rao) name too many people


# long vowel signs -> short: Bengali and Hindi news spell foreign and Indian names with either
# (নরেন্দ্র মোদী / মোদি, दिल्ली / दिल्लि): a multi-word name is also indexed with its short vowels
SHORT_VOWELS = str.maketrans({"\u09c0": "\u09bf", "\u09c2": "\u09c1", "\u0940": "\u093f", "\u0942": "\u0941"})
# the Arabic article inside a name: "Ayman al-Safadi", "Abdel Fattah el-Sisi"
ARABIC_ARTICLE = regex.compile(r"(?<=\S)\s+(?:al|el|Al|El)[-\s](?=\p{Lu})")
NUKTA = "\u093c"  # Devanagari nukta: क़ = क + ़ (NFC keeps the pair; U+0958 is excluded from composition)


LATIN_KEY_MIN = 6  # letters in the key before a word in Latin letters matches a name by key, not spelling
_SURFACE: dict[str, str] = {}  # memo: the recogniser asks for the same words' forms again and again


def surface_form(text: str) -> str:
    """How a surface form is indexed: NFC, casefolded, words joined by single spaces."""
    hit = _SURFACE.get(text)
    if hit is None:
        if len(_SURFACE) > 300_000:  # bound the memory of a long-running process
            _SURFACE.clear()
        hit = _SURFACE[text] = " ".join(
            unicodedata.normalize("NFC", text.replace("\u200d", "").replace("\u200c", "")).casefold().split())
    return hit


@dataclass
class Match:
    entity_id: str
    score: float  # 0..1
    how: str  # "surface", "key", "fuzzy"


@dataclass
class KB:
    entities: dict[str, Entity] = field(default_factory=dict)
    surface: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    # surface forms that must match with their case (all-caps acronyms: WHO, US, AP)
    case_sensitive: dict[str, bool] = field(default_factory=dict)
    by_key: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    by_skeleton: dict[str, list[tuple[str, str]]] = field(default_factory=lambda: defaultdict(list))
    max_words: int = 1
    # first word of a surface form -> the word counts of the forms starting with it
    first_words: dict[str, set[int]] = field(default_factory=dict)
    _surnames: dict[str, list[str]] | None = field(default=None, repr=False)
    _given: set[str] | None = field(default=None, repr=False)
    _short_names: dict[str, list[str]] | None = field(default=None, repr=False)
    _title_countries: dict[str, str | None] = field(default_factory=dict, repr=False)

    def add(self, ent: Entity) -> None:
        """Add (or merge into an existing id) an entity and index all its names."""
        self._surnames = self._given = self._short_names = None
        self._latin_keys: dict[str, frozenset[str]] = {}
        old = self.entities.get(ent.id)
        if old is not None:
            for lang, names in ent.names.items():
                have = old.names.setdefault(lang, [])
                have += [n for n in names if n not in have]
            old.keys += [k for k in ent.keys if k not in old.keys]
            ent = old
        else:
            self.entities[ent.id] = ent
        for lang, names in ent.names.items():
            for name in names:
                self._index_surface(name, ent.id)
                if NUKTA in name or NUKTA in unicodedata.normalize("NFD", name):
                    # Hindi news writes क़तर and कतर, ज़ेलेंस्की and जेलेंस्की alike: both spellings name it
                    self._index_surface(unicodedata.normalize("NFC", unicodedata.normalize("NFD", name).replace(NUKTA, "")), ent.id)
                if " " in name.strip() and (short := name.translate(SHORT_VOWELS)) != name:
                    self._index_surface(short, ent.id)
                if ent.type == "PER" and (bare := ARABIC_ARTICLE.sub(" ", name)) != name:
                    # "Ayman al-Safadi" is also written "Ayman Safadi" (the article dropped)
                    self._index_surface(bare, ent.id)
                    if lang in KEY_LANGS:
                        self._index_key(latin_key(bare), ent.id)
                if lang in KEY_LANGS and not ent.keys:
                    ent.keys.append(latin_key(name))
        for key in ent.keys:
            self._index_key(key, ent.id)

    def _index_surface(self, name: str, eid: str) -> None:
        sf = surface_form(name)
        if not sf:
            return
        ids = self.surface[sf]
        if eid not in ids:
            ids.append(eid)
        # an all-caps short form (WHO, US, AP) only matches in capitals, unless the same
        # form is also listed in mixed case (Tass/TASS)
        upper = name.isupper() and len(name) <= 6
        self.case_sensitive[sf] = self.case_sensitive.get(sf, True) and upper
        words = sf.split(" ")
        self.max_words = max(self.max_words, len(words))
        self.first_words.setdefault(words[0], set()).add(len(words))

    def _index_key(self, key: str, eid: str) -> None:
        if not key:
            return
        ids = self.by_key[key]
        if eid not in ids:
            ids.append(eid)
            self.by_skeleton[skeleton(key)].append((key, eid))

    # --- lookups -------------------------------------------------------------
    def lookup_surface(self, text: str) -> list[str]:
        sf = surface_form(text)
        ids = self.surface.get(sf)
        if not ids:
            return []
        if self.case_sensitive.get(sf) and not text.isupper():
            return []
        return ids

    def lookup_key(self, key: str, latin_only: bool = False) -> list[str]:
        """Entities with Latin key ``key``. ``latin_only``: only through a name written in Latin
        letters. A name read in English text is spelt as English spells it, so its key must come
        from such a name: "Yunnan" is no यूनान (Greece), "Kims" no Химс (Homs)."""
        ids = self.by_key.get(key, [])
        if latin_only and ids:
            # (a short Latin key is a spelling of too many words: "Shark" keys as "sark", Sark)
            return [e for e in ids if key in self.latin_keys(e)] if len(key.replace(" ", "")) >= LATIN_KEY_MIN else []
        return ids

    def latin_keys(self, eid: str) -> frozenset[str]:
        """Keys of the names of ``eid`` written in Latin letters (any language's)."""
        hit = self._latin_keys.get(eid)
        if hit is None:
            ent = self.entities[eid]
            # (an acronym is matched by its letters only: "Shark" is no SAARC)
            names = [n for n in [n for ns in ent.names.values() for n in ns if n.isascii()] + [ent.name]
                     if not (n.isupper() and " " not in n)]
            keys = {latin_key(n) for n in names}
            keys |= {latin_key(ARABIC_ARTICLE.sub(" ", n)) for n in names if ent.type == "PER"}
            hit = self._latin_keys[eid] = frozenset(k for k in keys if k)
        return hit

    def fuzzy(self, key: str, min_score: float = 0.86, types: Iterable[str] | None = None,
              same_script: bool = False) -> Match | None:
        """Best KB entity whose key is close to ``key`` (same consonant outline).

        ``same_script``: the name is written in the KB name's own (Latin) script, so a short word
        is spelt as it is: "Laurie Chen" is not "Laurie Chan" (a transliterated key varies more)."""
        if not key or len(skeleton(key)) < FUZZY_MIN_CONSONANTS:
            return None  # एनआईए (NIA) and एएनआई (ANI) share "n" and vowels: short outlines are too alike
        wanted = set(types) if types else None
        best: Match | None = None
        for cand_key, eid in self.by_skeleton.get(skeleton(key), ()):
            ent = self.entities[eid]
            if wanted and ent.type not in wanted:
                continue
            pop = ent.attrs.get("population", 0)
            if (pop and pop < FUZZY_MIN_POPULATION) or ent.attrs.get("exact_only"):
                continue  # small places only by their exact names: too many look like words
            if ent.type == "PER" and " " in cand_key and " " not in key:
                continue  # one word is no person's whole name: এলিসি (Elysee) is not "Eli Yishai"
            if key.count(" ") >= 2 and " " not in cand_key:
                continue  # three words are no spelling of a one-word name ("अड्डे अल उदीद" is not Adelaide)
            if same_script and (_short_word_differs(key, cand_key) or cand_key not in self.latin_keys(eid)
                                or ent.type != "PER"):
                # (in Latin letters only people's names vary in spelling (Zelenskiy, Zelensky); a
                # place or body is spelt one way, and a near word is another word: Island, Francis)
                continue
            score = similarity(key, cand_key) / 100.0
            if score >= min_score and (best is None or score > best.score or
                                       (score == best.score and _rank(ent) > _rank(self.entities[best.entity_id]))):
                best = Match(eid, score, "fuzzy")
        return best

    def is_given_name(self, word: str) -> bool:
        """``word`` opens the name of a person in the KB ("Vladimir" of Vladimir Putin): a place of
        that name may be a person's first name ("Vladimir Medinsky")."""
        if self._given is None:
            self._given = {surface_form(n.split()[0]) for ent in self.entities.values() if ent.type == "PER"
                           for names in ent.names.values() for n in names if len(n.split()) > 1}
        return surface_form(word) in self._given

    def lookup_surname(self, key: str, curated_only: bool = False) -> list[str]:
        """People whose multi-word key ends with the one-word ``key`` (``pelosi`` -> Nancy Pelosi).

        Only a surname that points at one person is returned (``gandhi`` points at several: none);
        where curated and Phoenix-only people share it, the curated one wins (news is about them).
        ``curated_only`` leaves Phoenix-only people out (used to *find* names, not only to link them)."""
        if self._surnames is None:
            index: dict[str, list[str]] = defaultdict(list)
            for ent in self.entities.values():
                if ent.type != "PER" or ent.attrs.get("no_surname"):
                    continue  # no_surname: a family name that is also a common word or name (ঠাকুর, হোসেন)
                for k in ent.keys:
                    parts = k.split(" ")
                    if len(parts) > 1 and len(parts[-1]) >= MIN_WORD_KEY and ent.id not in index[parts[-1]]:
                        index[parts[-1]].append(ent.id)
            self._surnames = dict(index)
        if key in shared_surname_keys():  # চৌধুরী, शर्मा: the family name of too many people to name one
            return []
        ids = self._surnames.get(key, [])
        curated = [i for i in ids if self.entities[i].source.startswith("curated")]
        if curated_only or len(curated) == 1:
            ids = curated
        return ids if len(ids) == 1 else []

    def short_name_people(self, key: str) -> list[str]:
        """Curated people an article may call by one word of their English name: the family name
        written first ("Kim" of Kim Jong Un, ``family_first``) or the last word otherwise. Unlike
        :meth:`lookup_surname` the word may name several people; the caller picks by context."""
        if self._short_names is None:
            first = family_first_keys()  # kb/family_name_first.txt
            index: dict[str, list[str]] = defaultdict(list)
            for ent in self.entities.values():
                if ent.type != "PER" or not ent.source.startswith("curated") or ent.attrs.get("no_surname"):
                    continue
                for name in ent.names.get("en", []):
                    words = latin_key(name).split()
                    if len(words) < 2:
                        continue
                    word = words[0] if words[0] in first else words[-1]
                    if ent.id not in index[word]:
                        index[word].append(ent.id)
            self._short_names = dict(index)
        return self._short_names.get(key, [])

    def country_of_title(self, title: str) -> str | None:
        """The country an office's English title names after its last "of" ("Prime Minister of
        Nepal" -> gpe:np), else by a leading country name ("US Secretary of State")."""
        if title not in self._title_countries:
            m = regex.search(r".*\bof\s+(?:the\s+)?(.+)$", title)  # "Chairman of the State Administration Council of Myanmar"
            found = None
            for name in ([m.group(1)] if m else []) + [title.split()[0]] if title else []:
                ids = [i for i in self.lookup_surface(name) if i.startswith("gpe:")]
                if len(ids) == 1:
                    found = ids[0]
                    break
            self._title_countries[title] = found
        return self._title_countries[title]

    def countries_served(self, eid: str) -> set[str]:
        """The countries a KB person's listed offices name (any date)."""
        ent = self.entities.get(eid)
        return {c for r in (ent.roles if ent else []) if (c := self.country_of_title(r.get("title") or ""))}

    def best_of(self, ids: list[str]) -> str:
        """Pick one id when a name is ambiguous: curated first, then countries, then big cities."""
        return max(ids, key=lambda i: _rank(self.entities[i]))


def _short_word_differs(a: str, b: str, short: int = 4) -> bool:
    """Two keys of as many words where a pair of short words differs ("laurie cen" / "laurie can")."""
    wa, wb = a.split(), b.split()
    return len(wa) == len(wb) and any(x != y and min(len(x), len(y)) <= short for x, y in zip(wa, wb))


@lru_cache(maxsize=1)
def family_first_keys() -> frozenset[str]:
    """Keys of family names written first (kb/family_name_first.txt: Wang, Kim, Nguyen ...)."""
    path = Path(__file__).resolve().parent.parent / "kb" / "family_name_first.txt"
    return frozenset(latin_key(x.strip()) for x in path.read_text(encoding="utf-8").splitlines()
                     if x.strip() and not x.startswith("#"))


@lru_cache(maxsize=1)
def shared_surname_keys() -> frozenset[str]:
    """Keys of family names many people bear (kb/shared_surnames.txt, generated from the tagged corpora)."""
    path = Path(__file__).resolve().parent.parent / "kb" / "shared_surnames.txt"
    if not path.exists():
        return frozenset()
    return frozenset(latin_key(x.strip()) for x in path.read_text(encoding="utf-8").splitlines()
                     if x.strip() and not x.startswith("#"))


def _rank(ent: Entity) -> tuple[int, bool, int]:
    src_rank = {"curated": 4, "curated+phoenix": 4, "cldr": 3, "wikidata": 2}.get(ent.source, 1)
    # (a short form that is also a news agency's is the agency's unless the words around say otherwise:
    # PTI credits a story far more often than it names Imran Khan's party; link._best_in_context)
    return src_rank, ent.type == "AGENCY", ent.attrs.get("population", 0)


def entity_from_json(d: dict[str, Any]) -> Entity:
    # population orders same-named cities; country is the city's ISO code
    attrs = dict(d.get("attrs") or {})
    attrs.update({k: d[k] for k in ("population", "country") if d.get(k)})
    return Entity(id=d["id"], type=d["type"], name=d["name"], qid=d.get("qid"), names=d.get("names", {}),
                  keys=d.get("keys", []), roles=d.get("roles", []), source=d.get("source", ""), attrs=attrs)


def load_kb(paths: Iterable[Path] = (KB_FILE,)) -> KB:
    kb = KB()
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    kb.add(entity_from_json(json.loads(line)))
    return kb


@lru_cache(maxsize=1)
def default_kb() -> KB:
    """The shipped KB, loaded once per process."""
    return load_kb()


# --- Wikidata dump subset ----------------------------------------------------
# Wikidata "instance of" (P31) classes -> our entity types; extendable by callers.
WIKIDATA_TYPES = {
    "Q5": "PER",  # human
    "Q6256": "GPE",  # country
    "Q3624078": "GPE",  # sovereign state
    "Q515": "GPE",  # city
    "Q1549591": "GPE",  # big city
    "Q43229": "ORG",  # organization
    "Q484652": "ORG",  # international organization
    "Q192283": "AGENCY",  # news agency
    "Q1331793": "ORG",  # media company
}


def _open_dump(path: Path):
    if path.suffix == ".bz2":
        return bz2.open(path, "rt", encoding="utf-8")
    if path.suffix == ".gz":
        return gzip.open(path, "rt", encoding="utf-8")
    return open(path, encoding="utf-8")


def iter_wikidata_dump(path: Path | str, langs: Iterable[str] = ("en", "hi", "bn", "ru", "ko", "ar"),
                       types: dict[str, str] | None = None) -> Iterator[Entity]:
    """Entities from a Wikidata JSON dump (or subset): one item per line, as in
    ``latest-all.json.bz2`` (a JSON array with one item per line, trailing commas).

    Items whose P31 is not in ``types`` (default :data:`WIKIDATA_TYPES`) are skipped.
    Labels and aliases in ``langs`` become names; ids are ``wd:<QID>``.
    """
    types = WIKIDATA_TYPES if types is None else types
    langs = list(langs)
    with _open_dump(Path(path)) as f:
        for line in f:
            line = line.strip().rstrip(",")
            if not line or line in ("[", "]"):
                continue
            item = json.loads(line)
            if item.get("type") != "item":
                continue
            etype = None
            for claim in item.get("claims", {}).get("P31", []):
                val = claim.get("mainsnak", {}).get("datavalue", {}).get("value", {})
                if isinstance(val, dict) and val.get("id") in types:
                    etype = types[val["id"]]
                    break
            if etype is None:
                continue
            names: dict[str, list[str]] = {}
            for lang in langs:
                forms = []
                if lang in item.get("labels", {}):
                    forms.append(item["labels"][lang]["value"])
                forms += [a["value"] for a in item.get("aliases", {}).get(lang, [])]
                if forms:
                    names[lang] = list(dict.fromkeys(forms))
            if not names:
                continue
            display = (names.get("en") or next(iter(names.values())))[0]
            keys = list(dict.fromkeys(latin_key(n) for lg, ns in names.items() if lg in KEY_LANGS for n in ns))
            yield Entity(id=f"wd:{item['id']}", type=etype, name=display, qid=item["id"], names=names,
                         keys=[k for k in keys if k], source="wikidata")


def load_wikidata_dump(path: Path | str, kb: KB | None = None, **kw: Any) -> KB:
    """Add the entities of a Wikidata dump subset to ``kb`` (default: the shipped KB).

    An item whose QID is already in the KB is merged into that entity instead.
    """
    kb = default_kb() if kb is None else kb
    by_qid = {e.qid: e.id for e in kb.entities.values() if e.qid}
    for ent in iter_wikidata_dump(path, **kw):
        if ent.qid in by_qid:
            ent.id = by_qid[ent.qid]
        kb.add(ent)
    return kb
