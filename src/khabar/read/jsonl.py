"""JSONL reader: one article per line with ``text`` (or ``html``), ``title``, ``url``, ``published``."""
from __future__ import annotations

import json
from collections.abc import Iterator

from ..model import Document
from . import InputError, ReadError
from .text import check_text, decode

TEXT_KEYS = ("text", "content", "body", "article")
DATE_KEYS = ("published", "date", "published_at", "pubDate", "datetime")


def record_to_document(rec: dict, source: str) -> Document:
    if not isinstance(rec, dict):
        raise InputError("line is not a JSON object")
    text = next((rec[k] for k in TEXT_KEYS if isinstance(rec.get(k), str) and rec[k].strip()), None)
    if text is None and isinstance(rec.get("html"), str):
        from .html import html_to_document

        doc = html_to_document(rec["html"], source, rec.get("url"))
    else:
        if text is None:
            raise InputError(f"no text field (expected one of {', '.join(TEXT_KEYS)} or html)")
        check_text(text)
        doc = Document(raw_text=text, source=source, url=rec.get("url"), title=rec.get("title"))
    if rec.get("title") and isinstance(rec["title"], str):
        doc.title = rec["title"]
    for k in DATE_KEYS:
        if isinstance(rec.get(k), str) and rec[k].strip():
            doc.published = rec[k].strip()
            doc.published_from = f"jsonl:{k}"
            break
    extra = {k: v for k, v in rec.items() if k not in TEXT_KEYS + DATE_KEYS + ("title", "url", "html")}
    if extra:
        doc.meta.update({k: v for k, v in extra.items() if isinstance(v, (str, int, float, bool))})
    return doc


def read(data: bytes, source: str) -> Iterator[Document | ReadError]:
    text = decode(data)
    for i, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source}:{i}"
        try:
            rec = json.loads(line)
            yield record_to_document(rec, where)
        except json.JSONDecodeError as e:
            yield ReadError(where, f"invalid JSON: {e.msg} at column {e.colno}")
        except InputError as e:
            yield ReadError(where, str(e))
