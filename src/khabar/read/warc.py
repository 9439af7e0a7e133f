"""WARC reader (warcio): HTML and text ``response``/``resource`` records become documents.

Each record's payload is capped at :data:`MAX_RECORD_BYTES` *after*
decompression, so a gzip bomb is cut off instead of filling memory.
"""
from __future__ import annotations

import io
from collections.abc import Iterator

from ..model import Document
from . import InputError, ReadError

MAX_RECORD_BYTES = 16 * 1024 * 1024
MAX_RECORDS = 100_000


def read(data: bytes, source: str) -> Iterator[Document | ReadError]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    from .html import html_to_document
    from .text import check_text, decode

    n = 0
    try:
        for record in ArchiveIterator(io.BytesIO(data)):
            if record.rec_type not in ("response", "resource"):
                continue
            n += 1
            if n > MAX_RECORDS:
                yield ReadError(source, f"more than {MAX_RECORDS} records; rest skipped")
                return
            uri = record.rec_headers.get_header("WARC-Target-URI")
            where = f"{source}#{uri or n}"
            ctype = (record.http_headers.get_header("Content-Type") if record.http_headers else None) or (
                record.rec_headers.get_header("Content-Type") or ""
            )
            if not any(t in ctype.lower() for t in ("html", "text/plain", "xhtml")):
                continue
            try:
                payload = record.content_stream().read(MAX_RECORD_BYTES + 1)
                if len(payload) > MAX_RECORD_BYTES:
                    raise InputError(f"record payload over {MAX_RECORD_BYTES} bytes (decompressed); skipped")
                if "html" in ctype.lower():
                    doc = html_to_document(decode(payload), where, uri)
                else:
                    text = decode(payload)
                    check_text(text)
                    doc = Document(raw_text=text, source=where, url=uri)
                date = record.rec_headers.get_header("WARC-Date")
                if date and not doc.published:
                    doc.meta["crawled"] = date
                yield doc
            except InputError as e:
                yield ReadError(where, str(e))
            except Exception as e:
                yield ReadError(where, f"{type(e).__name__}: {e}")
    except ArchiveLoadFailed as e:
        raise InputError(f"not a valid WARC file: {e}")
    if n == 0:
        raise InputError("WARC file has no response or resource records")
