"""The ``entities`` stage: mentions and canonical entities for a document."""
from __future__ import annotations

from functools import lru_cache

from ..pipeline import stage
from ..model import Document
from .kb import default_kb
from .link import apposed_abbreviations, bracketed_abbreviations, link
from .recognize import Recognizer


@lru_cache(maxsize=None)
def recognizer_for(lang: str | None) -> Recognizer:
    """One recogniser per language per process (KB and data files load once)."""
    from . import tagger

    return Recognizer(default_kb(), lang, tagger.load_for(lang))


def find_entities(doc: Document) -> Document:
    by_lang: dict[str | None, list[tuple[int, int]]] = {}
    sentences = doc.sentences or []
    for s in sentences:
        by_lang.setdefault(s.lang or doc.lang, []).append((s.start, s.end))
    if not sentences:
        by_lang[doc.lang] = [(0, len(doc.text))]
    mentions, entities = [], {}
    for lang, spans in by_lang.items():
        cands = recognizer_for(lang).recognize(doc.text, spans)
        ms, ents = link(cands, default_kb(), lang or "und", doc.id, doc.text)
        mentions += ms
        for eid, ent in ents.items():
            if eid in entities:
                for lg, names in ent.names.items():
                    have = entities[eid].names.setdefault(lg, [])
                    have += [n for n in names if n not in have]
            else:
                entities[eid] = ent
    mentions.sort(key=lambda m: m.start)
    bracketed_abbreviations(doc.text, mentions, entities, default_kb(), doc.lang or "und")
    apposed_abbreviations(doc.text, mentions, entities, doc.lang or "und")
    doc.mentions = mentions
    doc.entities = entities
    return doc


@stage("entities", requires={"text", "sentences", "lang"}, provides={"mentions", "entities"})
def entities_stage(doc: Document) -> Document:
    """Find people, organisations, places, agencies and objects; link them to canonical entities."""
    return find_entities(doc)
