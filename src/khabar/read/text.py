"""Plain-text reader with encoding detection."""
from __future__ import annotations

import codecs
from collections.abc import Iterator

from ..model import Document
from . import InputError

# Share of control bytes above which a file is taken for binary.
BINARY_CONTROL_RATIO = 0.05
# Share of invalid sequences up to which a file that is otherwise UTF-8 is read as UTF-8.
MAX_BAD_UTF8_RATIO = 0.02


def decode(data: bytes) -> str:
    """Bytes -> str: BOMs, then strict UTF-8, then charset-normalizer's best guess."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    if b"\x00" in data[:4096]:
        # UTF-16 without BOM has a NUL in every other byte of ASCII text.
        sample = data[:4096]
        if sample[1::2].count(0) > len(sample) // 4:
            return data.decode("utf-16-le", errors="replace")
        if sample[0::2].count(0) > len(sample) // 4:
            return data.decode("utf-16-be", errors="replace")
        raise InputError("binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Mostly-UTF-8 text with a few bad bytes (a mixed-encoding paste) stays UTF-8:
    # guessing another codec for the whole file would garble every Indic letter.
    lenient = data.decode("utf-8", errors="replace")
    bad = lenient.count("\ufffd")
    if bad <= MAX_BAD_UTF8_RATIO * len(lenient) and any(ord(c) > 127 and c != "\ufffd" for c in lenient[:20000]):
        return lenient
    from charset_normalizer import from_bytes

    best = from_bytes(data[:1_000_000]).best()
    if best is None:
        if bad <= 0.2 * len(lenient):
            return lenient
        raise InputError("undecodable bytes: not UTF-8 and no encoding fits")
    return data.decode(best.encoding, errors="replace")


def check_text(text: str) -> None:
    if not text.strip():
        raise InputError("empty or whitespace-only input")
    sample = text[:10000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > BINARY_CONTROL_RATIO * len(sample):
        raise InputError("binary content (too many control characters), not text")
    if not any(ch.isalpha() for ch in sample):
        raise InputError("no letters in input")


def guess_title(text: str) -> str | None:
    """A short first line without final punctuation reads as a headline."""
    first = text.strip().split("\n", 1)[0].strip()
    if 0 < len(first) <= 150 and first[-1] not in ".।!?:\"'”" and "\n" in text.strip():
        return first
    return None


def read(data: bytes, source: str) -> Iterator[Document]:
    text = decode(data)
    check_text(text)
    yield Document(raw_text=text, source=source, title=guess_title(text))
