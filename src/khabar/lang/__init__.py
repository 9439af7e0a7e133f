"""Language data packs: ``khabar/lang/<code>/<file>``.

Language knowledge lives in these data files, not in code: adding a language
is adding a folder. Loaders here are shared by every stage and cached.
Each loaded line keeps its origin (``<code>/<file>:<line>``) so facts can say
which data line produced them.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

LANG_DIR = Path(__file__).resolve().parent


def data_path(lang: str, name: str) -> Path:
    return LANG_DIR / lang / name


def languages() -> list[str]:
    """Language codes that have a data pack."""
    return sorted(p.name for p in LANG_DIR.iterdir() if p.is_dir() and not p.name.startswith("_"))


@lru_cache(maxsize=None)
def load_lines(lang: str, name: str) -> tuple[tuple[str, str], ...]:
    """Non-empty, non-comment lines of a text data file as (line, origin) pairs.

    Missing files give an empty tuple: a language need not have every file.
    """
    p = data_path(lang, name)
    if not p.exists():
        return ()
    out = []
    for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
        s = line.strip()
        if s and not s.startswith("#"):
            out.append((s, f"{lang}/{name}:{i}"))
    return tuple(out)


@lru_cache(maxsize=None)
def load_yaml(lang: str, name: str) -> Any:
    """Parsed YAML data file, or ``{}`` when the language has none."""
    p = data_path(lang, name)
    if not p.exists():
        return {}
    return yaml.safe_load(p.read_text(encoding="utf-8")) or {}
