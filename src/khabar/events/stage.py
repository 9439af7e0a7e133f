"""Stages ``events`` and ``quotes``.

``events`` uses ``doc.times`` from the ``time`` stage when it ran (not required).
Both stages run the same per-document analysis (:func:`.extract.analyse`), since
events are sourced to the quotes they sit in and quote speakers resolve the
"I"/"we" inside them.
"""
from __future__ import annotations

from ..model import Document
from ..pipeline import stage
from .extract import analyse


@stage("events", requires={"text", "sentences", "mentions"}, provides={"events"})
def events(doc: Document) -> Document:
    """Typed events with roles, time, modality and sources (lang/<code>/triggers.yaml, roles.yaml)."""
    doc.events = analyse(doc).events
    return doc


@stage("quotes", requires={"text", "sentences", "mentions"}, provides={"quotes"})
def quotes(doc: Document) -> Document:
    """Direct quotes and reported speech with speaker and attribution chain (lang/<code>/quotes.yaml)."""
    doc.quotes = analyse(doc).quotes
    return doc
