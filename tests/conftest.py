from __future__ import annotations

from pathlib import Path

import pytest

from khabar.model import Document, Sentence

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "seeds"
HI_SEED = SEEDS / "hi_putin_pyongyang_gifts.txt"
BN_SEED = SEEDS / "bn_kim_vostochny_gifts.txt"


@pytest.fixture
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture
def tmp_db(tmp_path) -> str:
    return str(tmp_path / "khabar.db")


@pytest.fixture(scope="module")
def pipe():
    """The whole per-article pipeline, one per test module (a module defining its own ``pipe`` keeps that one)."""
    from khabar.pipeline import Pipeline

    return Pipeline.build(["clean", "langid", "segment", "entities", "time", "events", "quotes"])


def make_doc(text: str, lang: str = "hi", published: str | None = None) -> Document:
    """A document as the foundation stages would leave it (clean text, one sentence per line)."""
    from khabar.text.segment import split_sentences

    d = Document(raw_text=text, text=text, lang=lang, published=published)
    d.sentences = [Sentence(s, e, lang) for s, e in split_sentences(text)]
    d.id = "test" + str(abs(hash(text)) % 10**8)
    return d


def events_of(pipe, text: str, type_: str, published: str = "2024-07-09") -> list[dict[str, set]]:
    """Each ``type_`` event the pipeline finds in ``text``, as role -> its fillers (entity id, else the words)."""
    out = []
    for ev in pipe(Document(raw_text=text, published=published)).events:
        if ev.type == type_:
            roles: dict[str, set] = {}
            for r in ev.roles:
                roles.setdefault(r.name, set()).add(r.entity_id or r.text)
            out.append(roles)
    return out
