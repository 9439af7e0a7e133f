"""Single-process runner: read -> per-article pipeline -> store, one article at a time.

The id is known as soon as the stage that provides ``id`` (``clean``) has run;
an article already in the store is skipped there, before the costly stages.
A failure in any stage is recorded against that input and the batch goes on.
"""
from __future__ import annotations

import signal
import threading
import time
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from dataclasses import dataclass, field

from ..model import Document
from ..pipeline import Pipeline
from ..read import ReadError, read_path
from ..store import Store


@dataclass
class Limits:
    """Bounds on the work one article may cost (configurable from the CLI)."""

    max_chars: int = 2_000_000  # longer articles are rejected before any stage runs
    max_seconds: float = 60.0  # wall time per article (SIGALRM in the main thread; between stages anywhere)


class ArticleTimeout(Exception):
    pass


@contextmanager
def time_limit(seconds: float):
    """Raise ArticleTimeout after ``seconds`` (SIGALRM; a no-op outside the main thread)."""
    if not seconds or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def on_alarm(signum, frame):
        raise ArticleTimeout(f"article took longer than {seconds:g}s (limit --max-seconds)")

    old = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


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


def process(doc: Document, pipeline: Pipeline, skip: Callable[[Document], bool] | None = None,
            max_seconds: float | None = None) -> Document | None:
    """Run ``pipeline`` over ``doc``; None if ``skip(doc)`` says so once the id is known.

    ``max_seconds`` is also checked between stages: in a worker thread (Dask), where SIGALRM
    cannot interrupt a stage, an article over its budget still stops at the next stage."""
    t0 = time.perf_counter()
    for st in pipeline.stages:
        doc = st(doc)
        if skip is not None and "id" in st.provides and skip(doc):
            return None
        if max_seconds and time.perf_counter() - t0 > max_seconds:
            raise ArticleTimeout(f"article took longer than {max_seconds:g}s (limit --max-seconds), "
                                 f"stopped after stage {st.name!r}")
    return doc


def run(targets: Iterable[str], store: Store, pipeline: Pipeline | None = None, *, replace: bool = False,
        limits: Limits | None = None, on_result: Callable[[ArticleResult], None] | None = None,
        published: str | None = None) -> RunReport:
    """Read every target (file, folder, ``-``) and process what it holds; see :func:`run_items`.

    ``published`` is the publication date given to documents whose source carries none.
    """
    items = (with_default_date(item, published) for target in targets for item in read_path(target))
    return run_items(items, store, pipeline, replace=replace, limits=limits, on_result=on_result)


def with_default_date(item: Document | ReadError, published: str | None) -> Document | ReadError:
    if published and isinstance(item, Document) and not item.published:
        item.published, item.published_from = published, "given (--published)"
    return item


def run_items(items: Iterable[Document | ReadError], store: Store, pipeline: Pipeline | None = None, *,
              replace: bool = False, limits: Limits | None = None,
              on_result: Callable[[ArticleResult], None] | None = None) -> RunReport:
    """Process documents (or read errors) already read, storing each in its own transaction."""
    pipeline = pipeline or Pipeline.build()
    limits = limits or Limits()
    report = RunReport()
    t0 = time.perf_counter()
    skip = None if replace else (lambda d: store.has(d.id))

    def emit(r: ArticleResult) -> None:
        report.results.append(r)
        if r.status == "error":
            store.record_error(r.source, r.error or "")
        if on_result:
            on_result(r)

    for item in items:
        if isinstance(item, ReadError):
            emit(ArticleResult("error", item.source, error=item.error))
            continue
        if len(item.raw_text) > limits.max_chars:
            emit(ArticleResult("error", item.source, error=(
                f"article has {len(item.raw_text)} characters, over the limit of {limits.max_chars} (--max-chars)")))
            continue
        try:
            with time_limit(limits.max_seconds):
                doc = process(item, pipeline, skip, limits.max_seconds)
            if doc is None:
                emit(ArticleResult("known", item.source, item))
                continue
            new = store.save(doc, replace=replace)
            emit(ArticleResult("new" if new else "known", item.source, doc))
        except Exception as e:  # one bad article never kills the batch
            emit(ArticleResult("error", item.source, error=f"{type(e).__name__}: {e}"))
    report.seconds = time.perf_counter() - t0
    return report
