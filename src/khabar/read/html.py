"""HTML reader: main text and metadata through trafilatura (offline)."""
from __future__ import annotations

from collections.abc import Iterator

from ..model import Document
from . import InputError
from .text import check_text, decode


def html_to_document(html: str, source: str, url: str | None = None) -> Document:
    import trafilatura

    result = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    if result is None:
        raise InputError("HTML without extractable main text")
    d = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    text = d.get("text") or ""
    check_text(text)
    doc = Document(raw_text=text, source=source, url=url or d.get("url"), title=d.get("title"))
    if d.get("date"):
        doc.published = d["date"]
        doc.published_from = "html-metadata"
    for key in ("author", "sitename", "hostname", "language", "description"):
        if d.get(key):
            doc.meta[key] = d[key]
    return doc


def read(data: bytes, source: str) -> Iterator[Document]:
    yield html_to_document(decode(data), source)
