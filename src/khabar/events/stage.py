"""Stages ``events`` and ``quotes``.

``events`` uses ``doc.times`` from the ``time`` stage when it ran (not required).
Both stages run the same per-document analysis (:func:`.extract.analyse`), since
events are sourced to the quotes they sit in and quote speakers resolve the
"I"/"we" inside them.
"""
from __future__ import annotations

import weakref

from ..model import Document
from ..pipeline import stage
from .extract import Analysis, analyse

# The analysis of the last document, so ``quotes`` right after ``events`` does not redo it
# (it was half the cost of both stages). Keyed on what the analysis reads, so a document
# changed in between (new mentions or times) is analysed again.
_last: tuple[weakref.ref, tuple, Analysis] | None = None


def _analysis(doc: Document) -> Analysis:
    global _last
    key = (id(doc.text), doc.text[:64], len(doc.text), id(doc.mentions), len(doc.mentions), id(doc.times), len(doc.times), doc.published, doc.lang)
    if _last is not None and _last[0]() is doc and _last[1] == key:
        return _last[2]
    result = analyse(doc)
    _last = (weakref.ref(doc), key, result)
    return result


@stage("events", requires={"text", "sentences", "mentions"}, provides={"events"})
def events(doc: Document) -> Document:
    """Typed events with roles, time, modality and sources (lang/<code>/triggers.yaml, roles.yaml)."""
    doc.events = _analysis(doc).events
    return doc


@stage("quotes", requires={"text", "sentences", "mentions"}, provides={"quotes"})
def quotes(doc: Document) -> Document:
    """Direct quotes and reported speech with speaker and attribution chain (lang/<code>/quotes.yaml)."""
    doc.quotes = _analysis(doc).quotes
    return doc
