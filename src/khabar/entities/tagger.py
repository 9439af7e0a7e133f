"""Hook for a statistical name tagger.

The recogniser (pass 3) accepts any object with ``name`` and
``spans(text, tokens) -> [(start, end, label, confidence)]``. No model is shipped yet, so
:func:`load_for` returns ``None`` for every language and recognition uses the KB and cues only.
"""
from __future__ import annotations


def load_for(lang: str | None):
    """The shipped tagger for ``lang`` (none yet)."""
    return None
