"""Readers: bytes from files, folders, stdin or archives -> :class:`Document`.

One reader per format (``text``, ``html``, ``jsonl``, ``feeds``, ``warc``),
chosen by file suffix and, failing that, by sniffing the first bytes. Readers
yield :class:`ReadError` for what they cannot read instead of raising, so one
bad file or line never stops a batch.
"""
from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..model import Document


@dataclass
class ReadError:
    source: str
    error: str


class InputError(ValueError):
    """Raised by a reader for input it rejects; turned into a ReadError."""


Item = Document | ReadError

# Bounded work per input: larger files are rejected with a clear error.
MAX_FILE_BYTES = 64 * 1024 * 1024

SUFFIXES = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
    ".warc": "warc", ".gz": "warc",
}


def sniff(data: bytes) -> str:
    head = data[:2048].lstrip().lower()
    if data[:4] == b"WARC" or data[:2] == b"\x1f\x8b":
        return "warc"
    if head.startswith(b"{"):
        return "jsonl"
    if head.startswith(b"<?xml") or b"<rss" in head or b"<feed" in head:
        if b"<rss" in head or b"<feed" in head or b"<rdf" in head:
            return "feed"
    if head.startswith(b"<!doctype html") or b"<html" in head or b"<body" in head or b"<p>" in head:
        return "html"
    return "text"


def read_bytes(data: bytes, source: str, fmt: str | None = None) -> Iterator[Item]:
    from . import feeds, html, jsonl, text, warc

    fmt = fmt or sniff(data)
    readers = {"text": text.read, "html": html.read, "jsonl": jsonl.read, "feed": feeds.read, "warc": warc.read}
    try:
        yield from readers[fmt](data, source)
    except InputError as e:
        yield ReadError(source, str(e))
    except Exception as e:  # a reader bug must not kill the batch either
        yield ReadError(source, f"{type(e).__name__}: {e}")


def format_for(path: Path, data: bytes) -> str:
    fmt = SUFFIXES.get(path.suffix.lower())
    if fmt == "warc" and path.suffix.lower() == ".gz" and not path.name.lower().endswith(".warc.gz"):
        return sniff(data)
    if fmt == "feed" and not (b"<rss" in data[:4096].lower() or b"<feed" in data[:4096].lower() or b"<rdf" in data[:4096].lower()):
        return sniff(data)
    return fmt or sniff(data)


def iter_files(path: Path) -> Iterator[Path]:
    if path.is_dir():
        for p in sorted(path.rglob("*")):
            if p.is_file() and not p.name.startswith("."):
                yield p
    else:
        yield path


def read_path(target: str | Path, fmt: str | None = None) -> Iterator[Item]:
    """Everything readable under ``target`` (a file, a folder, or ``-`` for stdin)."""
    if str(target) == "-":
        data = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            yield ReadError("-", f"input larger than {MAX_FILE_BYTES} bytes")
            return
        yield from read_bytes(data, "-", fmt)
        return
    path = Path(target)
    if not path.exists():
        yield ReadError(str(path), "no such file or directory")
        return
    for p in iter_files(path):
        try:
            size = p.stat().st_size
            if size > MAX_FILE_BYTES:
                yield ReadError(str(p), f"file is {size} bytes, over the {MAX_FILE_BYTES}-byte limit")
                continue
            data = p.read_bytes()
        except OSError as e:
            yield ReadError(str(p), f"cannot read: {e.strerror or e}")
            continue
        yield from read_bytes(data, str(p), fmt or format_for(p, data))
