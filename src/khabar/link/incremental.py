"""Entry point for callers that link as articles arrive (``khabar watch``)."""
from __future__ import annotations

from ..store import Store
from .run import LinkReport, link_store


def link_pending(store: Store) -> LinkReport:
    """Link every stored article that is not linked yet; earlier results stay as they are."""
    return link_store(store)
