"""Single-process runner: read -> per-article pipeline -> store, one article at a time.

The id is known as soon as the stage that provides ``id`` (``clean``) has run;
an article already in the store is skipped there, before the costly stages.
A failure in any stage is recorded against that input and the batch goes on.
"""
from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ..model import Document
from ..pipeline import Pipeline
from ..read import ReadError, read_path
from ..store import Store


@dataclass
class ArticleResult:
    status: str  # "new", "known", "error"
    source: str
    doc: Document | None = None
    error: str | None = None


@dataclass
class RunReport:
    results: list[ArticleResult] = field(default_factory=list)
    seconds: float = 0.0

    def of(self, status: str) -> list[ArticleResult]:
        return [r for r in self.results if r.status == status]

    @property
    def ok(self) -> bool:
        """True unless inputs were given and none of them could be processed."""
        return not self.results or any(r.status != "error" for r in self.results)


def process(doc: Document, pipeline: Pipeline, skip: Callable[[Document], bool] | None = None) -> Document | None:
    """Run ``pipeline`` over ``doc``; None if ``skip(doc)`` says so once the id is known."""
    for st in pipeline.stages:
        doc = st(doc)
        if skip is not None and "id" in st.provides and skip(doc):
            return None
    return doc


def run(targets: Iterable[str], store: Store, pipeline: Pipeline | None = None, *, replace: bool = False,
        on_result: Callable[[ArticleResult], None] | None = None) -> RunReport:
    pipeline = pipeline or Pipeline.build()
    report = RunReport()
    t0 = time.perf_counter()
    skip = None if replace else (lambda d: store.has(d.id))

    def emit(r: ArticleResult) -> None:
        report.results.append(r)
        if r.status == "error":
            store.record_error(r.source, r.error or "")
        if on_result:
            on_result(r)

    for target in targets:
        for item in read_path(target):
            if isinstance(item, ReadError):
                emit(ArticleResult("error", item.source, error=item.error))
                continue
            try:
                doc = process(item, pipeline, skip)
                if doc is None:
                    emit(ArticleResult("known", item.source, item))
                    continue
                new = store.save(doc, replace=replace)
                emit(ArticleResult("new" if new else "known", item.source, doc))
            except Exception as e:  # one bad article never kills the batch
                emit(ArticleResult("error", item.source, error=f"{type(e).__name__}: {e}"))
    report.seconds = time.perf_counter() - t0
    return report
