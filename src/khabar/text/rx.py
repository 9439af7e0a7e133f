"""The module-level functions of ``regex`` (match, search, ...) with the compiled pattern cached
by a plain dict lookup.

``regex.match(pattern, text)`` looks its pattern up in regex's own cache, which costs about
8 µs a call (flag arithmetic on enums, locale checks): the events stage makes ~100 such calls
per article with patterns written inline where they are read. Same arguments, same results."""
from __future__ import annotations

import functools

import regex


@functools.lru_cache(maxsize=4096)
def compiled(pattern: str, flags: int = 0) -> regex.Pattern:
    return regex.compile(pattern, flags)


def match(pattern: str, string: str, flags: int = 0, pos: int | None = None, endpos: int | None = None):
    return compiled(pattern, flags).match(string, pos, endpos)


def fullmatch(pattern: str, string: str, flags: int = 0, pos: int | None = None, endpos: int | None = None):
    return compiled(pattern, flags).fullmatch(string, pos, endpos)


def search(pattern: str, string: str, flags: int = 0, pos: int | None = None, endpos: int | None = None):
    return compiled(pattern, flags).search(string, pos, endpos)


def finditer(pattern: str, string: str, flags: int = 0, pos: int | None = None, endpos: int | None = None):
    return compiled(pattern, flags).finditer(string, pos, endpos)


def findall(pattern: str, string: str, flags: int = 0, pos: int | None = None, endpos: int | None = None):
    return compiled(pattern, flags).findall(string, pos, endpos)


def sub(pattern: str, repl, string: str, count: int = 0, flags: int = 0):
    return compiled(pattern, flags).sub(repl, string, count)


def split(pattern: str, string: str, maxsplit: int = 0, flags: int = 0):
    return compiled(pattern, flags).split(string, maxsplit)
