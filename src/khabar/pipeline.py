"""Named stages over a :class:`~khabar.model.Document`, stanza/spaCy style.

A stage is any callable ``stage(doc) -> doc`` with three attributes: ``name``,
``requires`` and ``provides`` (sets of capability names such as ``"text"``,
``"sentences"``, ``"mentions"``). :class:`Pipeline` checks at build time that
every stage's requirements are provided by a stage before it, so a missing or
misordered stage fails loudly before any article is read.

Stages register themselves with :func:`stage`; later issues add stages by
registering them and naming them in :data:`DEFAULT_STAGES` (or in a user's
``--stages`` list) without touching the runner.
"""
from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from .model import Document

# What a reader gives every document before any stage runs.
READER_PROVIDES = frozenset({"raw_text", "metadata"})


@dataclass
class Stage:
    name: str
    func: Callable[[Document], Document]
    requires: frozenset[str] = frozenset()
    provides: frozenset[str] = frozenset()
    doc: str = ""

    def __call__(self, doc: Document) -> Document:
        out = self.func(doc)
        doc = out if out is not None else doc
        doc.done.append(self.name)
        return doc


_REGISTRY: dict[str, Stage] = {}

# Modules that register stages when imported. A stage named in a pipeline is
# looked up here lazily so importing khabar stays cheap.
STAGE_MODULES = [
    "khabar.text.clean",
    "khabar.text.langid",
    "khabar.text.segment",
    "khabar.entities.stage",
    "khabar.time.stage",
    "khabar.events.stage",
]

# The default per-article pipeline, in order.
DEFAULT_STAGES = ["clean", "langid", "segment", "entities", "time", "events", "quotes"]


def stage(name: str, requires: Iterable[str] = (), provides: Iterable[str] = ()):
    """Decorator registering ``func(doc) -> doc`` as a named stage."""

    def wrap(func: Callable[[Document], Document]) -> Stage:
        st = Stage(name, func, frozenset(requires), frozenset(provides), (func.__doc__ or "").strip())
        _REGISTRY[name] = st
        return st

    return wrap


class PipelineError(ValueError):
    pass


def _load_registry() -> None:
    for mod in STAGE_MODULES:
        try:
            importlib.import_module(mod)
        except ModuleNotFoundError as e:  # a stage module not written yet
            if e.name != mod:
                raise


def get_stage(name: str) -> Stage:
    if name not in _REGISTRY:
        _load_registry()
    if name not in _REGISTRY:
        raise PipelineError(f"unknown stage {name!r}; known: {sorted(_REGISTRY)}")
    return _REGISTRY[name]


def available_stages() -> list[str]:
    _load_registry()
    return sorted(_REGISTRY)


@dataclass
class Pipeline:
    stages: list[Stage] = field(default_factory=list)

    @classmethod
    def build(cls, names: Iterable[str] | None = None, *, skip_missing: bool = False) -> "Pipeline":
        """Build and check a pipeline. ``skip_missing`` drops stages not registered.

        With no names, the default pipeline is built from the default stages that are installed.
        """
        if names is None:
            names, skip_missing = DEFAULT_STAGES, True
        names = list(names)
        stages: list[Stage] = []
        for n in names:
            try:
                stages.append(get_stage(n))
            except PipelineError:
                if not skip_missing:
                    raise
        have = set(READER_PROVIDES)
        for st in stages:
            missing = st.requires - have
            if missing:
                raise PipelineError(
                    f"stage {st.name!r} requires {sorted(missing)}, which no earlier stage provides "
                    f"(have {sorted(have)})"
                )
            have |= st.provides
        return cls(stages)

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def __call__(self, doc: Document) -> Document:
        for st in self.stages:
            doc = st(doc)
        return doc
