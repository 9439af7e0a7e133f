"""Stage ``clean``: raw text -> article text, with every removal recorded.

Steps: NFC, junk/control characters dropped, boilerplate lines removed
(patterns from ``lang/xx/boilerplate.txt`` and every ``lang/<code>/boilerplate.txt``,
so it runs before language ID and works on mixed-language pages), runs of
blank lines collapsed. The document id is the content hash of the result.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang import languages, load_lines
from ..model import Document, Removed, content_id
from ..pipeline import stage
from .normalize import CONTROL_RE, JUNK_RE, nfc

# A boilerplate line is short; longer lines are article text even if they match.
MAX_BOILERPLATE_LINE = 200


@lru_cache(maxsize=1)
def boilerplate_patterns() -> tuple[tuple[re.Pattern, str], ...]:
    pats = []
    for code in ["xx"] + [c for c in languages() if c != "xx"]:
        for line, origin in load_lines(code, "boilerplate.txt"):
            pats.append((re.compile(line, re.IGNORECASE), origin))
    return tuple(pats)


def boilerplate_reason(line: str) -> str | None:
    """The data-file origin of the first boilerplate pattern matching ``line``, if any."""
    s = line.strip()
    if not s or len(s) > MAX_BOILERPLATE_LINE:
        return None
    for pat, origin in boilerplate_patterns():
        if pat.fullmatch(s):
            return f"boilerplate:{origin}"
    return None


def clean_text(raw: str) -> tuple[str, list[Removed]]:
    """Return (clean text, removed pieces). ``Removed`` offsets index the NFC raw text."""
    raw = nfc(raw)
    removed: list[Removed] = []
    out: list[str] = []
    pos = 0
    blank_run = 0
    for line in raw.splitlines(keepends=True):
        start = pos
        pos += len(line)
        body = line.rstrip("\r\n")
        reason = boilerplate_reason(JUNK_RE.sub("", body))
        if reason:
            removed.append(Removed(start, start + len(body), body, reason))
            continue
        for m in JUNK_RE.finditer(body):
            removed.append(Removed(start + m.start(), start + m.end(), m.group(), "junk-char"))
        for m in CONTROL_RE.finditer(body):
            removed.append(Removed(start + m.start(), start + m.end(), m.group(), "control-char"))
        body = CONTROL_RE.sub("", JUNK_RE.sub("", body)).rstrip()
        if not body.strip():
            blank_run += 1
            if blank_run > 1:  # keep one blank line as a paragraph break
                continue
            body = ""
        else:
            blank_run = 0
        out.append(body)
    text = "\n".join(out).strip()
    return text, removed


@stage("clean", requires={"raw_text"}, provides={"text", "removed", "id"})
def clean(doc: Document) -> Document:
    """NFC, junk characters, boilerplate lines (recorded in doc.removed); sets doc.id."""
    doc.raw_text = nfc(doc.raw_text)
    doc.text, doc.removed = clean_text(doc.raw_text)
    if doc.title:
        doc.title = " ".join(nfc(doc.title).split())
    doc.id = content_id(doc.text)
    if not doc.published:  # "Published: August 29, 2025" on the page (a line clean may have dropped)
        from ..time.anchor import published_on_page

        found = published_on_page(doc.raw_text)
        if found:
            doc.published, line = found
            doc.published_inferred = False
            doc.published_from = f"page line: {line[:80]}"
    return doc
