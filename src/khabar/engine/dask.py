"""Distributed runner: per-article stages as a Dask bag, results as Parquet, merged into the store.

1. The inputs are split into partitions in the order the local runner reads
   them: consecutive files up to a byte budget; a large file (a JSONL shard, a
   WARC file) is a partition of its own.
2. Each partition is one task of a ``dask.bag``: a worker reads its files, runs
   the per-article stages, and returns the results as a Parquet table (one row
   per input article: status, flat counts, and the whole Document as JSON).
3. The driver writes each table under ``parts_dir`` as ``part-NNNNN.parquet``
   and merges it into the store in partition order, one transaction per
   article, exactly as the local runner would have saved it. Merging in input
   order keeps entity name lists, "new"/"known" decisions and the errors
   table identical to a single-process run on the same input.

Workers never touch the store: the driver sends them the ids already stored
(so they skip those before the costly stages) and they send back Parquet, so a
remote cluster needs no shared disk and no database access.

Per-article wall-time limits (``--max-seconds``): SIGALRM exists only in a
process's main thread and Dask runs tasks in worker threads, so here the limit is
checked between stages: an article over its budget is stopped at the next stage
boundary and recorded as an error (one stage that never returns is not cut short).
"""
from __future__ import annotations

import functools
import io
import json
import logging
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path

from ..model import Document
from ..pipeline import Pipeline
from ..read import ReadError, iter_files, read_path
from ..store import Store
from .local import ArticleResult, Limits, RunReport, process, with_default_date

# A partition closes when its files reach this many bytes (or files): big enough
# to amortise a task's overhead, small enough to spread over the workers.
PARTITION_BYTES = 4 * 1024 * 1024
PARTITION_FILES = 64

COUNTS = ("sentences", "mentions", "times", "events", "quotes")


def plan_partitions(targets: Iterable[str], max_bytes: int = PARTITION_BYTES,
                    max_files: int = PARTITION_FILES) -> list[list[str]]:
    """Consecutive runs of input files, in the local runner's reading order."""
    parts: list[list[str]] = []
    cur: list[str] = []
    size = 0
    for target in targets:
        if str(target) == "-":
            raise ValueError("stdin (-) cannot be split across workers; save it to a file or use --engine local")
        path = Path(target)
        files = iter_files(path) if path.exists() else [path]  # a missing path reads as an error row
        for f in files:
            n = f.stat().st_size if f.exists() else 0
            if cur and (size + n > max_bytes or len(cur) >= max_files):
                parts.append(cur)
                cur, size = [], 0
            cur.append(str(f))
            size += n
    if cur:
        parts.append(cur)
    return parts


# ---- on the workers --------------------------------------------------------------


@functools.lru_cache(maxsize=4)
def _pipeline(names: tuple[str, ...]) -> Pipeline:
    # Built once per worker process: stages load their models and data packs lazily, once.
    return Pipeline.build(list(names))


def _row(source: str, status: str, doc: Document | None = None, error: str | None = None) -> dict:
    row = dict(source=source, status=status, error=error, id=doc.id if doc else None,
               lang=doc.lang if doc else None, title=doc.title if doc else None,
               published=doc.published if doc else None)
    for k in COUNTS:
        row["n_" + k] = len(getattr(doc, k)) if doc is not None and status == "done" else None
    row["doc"] = json.dumps(doc.to_dict(), ensure_ascii=False) if doc is not None and status == "done" else None
    return row


def process_files(paths: list[str], stage_names: tuple[str, ...], max_chars: int,
                  known: frozenset[str], replace: bool, published: str | None = None,
                  max_seconds: float | None = None) -> list[dict]:
    """Read and process the articles of ``paths``: one result row per article (or read error)."""
    pipeline = _pipeline(stage_names)
    skip = None if replace else (lambda d: d.id in known)
    rows = []
    for path in paths:
        for item in read_path(path):
            item = with_default_date(item, published)
            if isinstance(item, ReadError):
                rows.append(_row(item.source, "error", error=item.error))
                continue
            if len(item.raw_text) > max_chars:
                rows.append(_row(item.source, "error", error=(
                    f"article has {len(item.raw_text)} characters, over the limit of {max_chars} (--max-chars)")))
                continue
            try:
                doc = process(item, pipeline, skip, max_seconds)
            except Exception as e:  # one bad article never kills the partition
                rows.append(_row(item.source, "error", error=f"{type(e).__name__}: {e}"))
                continue
            rows.append(_row(item.source, "known", item) if doc is None else _row(item.source, "done", doc))
    return rows


def rows_to_parquet(rows: list[dict]) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    buf = io.BytesIO()
    pq.write_table(pa.Table.from_pylist(rows, schema=PART_SCHEMA()), buf, compression="zstd")
    return buf.getvalue()


@functools.cache
def PART_SCHEMA():  # noqa: N802 - a constant, built lazily so importing this module stays cheap
    import pyarrow as pa

    cols = [("source", pa.string()), ("status", pa.string()), ("error", pa.string()), ("id", pa.string()),
            ("lang", pa.string()), ("title", pa.string()), ("published", pa.string())]
    cols += [("n_" + k, pa.int32()) for k in COUNTS]
    cols += [("doc", pa.large_string())]
    return pa.schema(cols)


def _bag_partition(elements: list[list[str]], stage_names, max_chars, known, replace, published,
                   max_seconds=None) -> list[bytes]:
    # A bag partition holds one element: the list of files of one input partition.
    return [rows_to_parquet([r for paths in elements
                             for r in process_files(paths, stage_names, max_chars, known, replace, published,
                                                    max_seconds)])]


# ---- on the driver ---------------------------------------------------------------


def merge_part(path: str | Path, store: Store, replace: bool, emit: Callable[[ArticleResult], None]) -> None:
    """Load one Parquet partition into the store, one transaction per article, in row order."""
    import pyarrow.parquet as pq

    for batch in pq.ParquetFile(path).iter_batches(batch_size=256):
        for row in batch.to_pylist():
            if row["status"] == "error":
                emit(ArticleResult("error", row["source"], error=row["error"]))
            elif row["status"] == "known":
                emit(ArticleResult("known", row["source"], _stub(row)))
            else:
                doc = Document.from_dict(json.loads(row["doc"]))
                try:
                    new = store.save(doc, replace=replace)
                except Exception as e:  # as in the local runner: a failed write is that article's error
                    emit(ArticleResult("error", row["source"], error=f"{type(e).__name__}: {e}"))
                    continue
                emit(ArticleResult("new" if new else "known", row["source"], doc))


def _stub(row: dict) -> Document:
    return Document(raw_text="", source=row["source"], id=row["id"] or "", lang=row["lang"], title=row["title"],
                    published=row["published"])


@contextmanager
def dask_client(scheduler: str | None = None, n_workers: int | None = None) -> Iterator:
    """A client of the cluster at ``scheduler``, or of a new local cluster of single-threaded worker processes."""
    from distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    # One thread per process: the stages are pure Python (GIL-bound). Each process
    # holds its own language-ID model (~1 GB), so the default stays at the core count.
    n = n_workers or max(1, min(os.cpu_count() or 1, 8))
    with LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
        yield client


def run(targets: Iterable[str], store: Store, pipeline: Pipeline | None = None, *, replace: bool = False,
        limits: Limits | None = None, on_result: Callable[[ArticleResult], None] | None = None,
        published: str | None = None, scheduler: str | None = None, client=None, n_workers: int | None = None,
        parts_dir: str | Path | None = None, partition_bytes: int = PARTITION_BYTES,
        partition_files: int = PARTITION_FILES) -> RunReport:
    """Like :func:`khabar.engine.local.run`, with the per-article stages spread over a Dask cluster.

    ``published``: the date given to documents whose source has none. ``client``: an existing ``distributed.Client`` (else one is made for ``scheduler``
    or a local cluster). ``parts_dir``: keep the Parquet partitions there (else a
    temporary folder, removed after the merge).
    """
    import dask
    import dask.bag as db

    pipeline = pipeline or Pipeline.build()
    limits = limits or Limits()
    report = RunReport()
    t0 = time.perf_counter()

    def emit(r: ArticleResult) -> None:
        report.results.append(r)
        if r.status == "error":
            store.record_error(r.source, r.error or "")
        if on_result:
            on_result(r)

    partitions = plan_partitions(targets, partition_bytes, partition_files)
    if not partitions:
        return report
    known = frozenset() if replace else frozenset(store.ids())
    keep = parts_dir is not None
    out = Path(parts_dir) if keep else Path(tempfile.mkdtemp(prefix="khabar-parts-"))
    out.mkdir(parents=True, exist_ok=True)
    try:
        bag = db.from_sequence(partitions, npartitions=len(partitions))
        # delayed: the known-id set becomes one graph key, sent once per worker, not once per task
        tables = bag.map_partitions(_bag_partition, tuple(pipeline.names), limits.max_chars,
                                    dask.delayed(known), replace, published, limits.max_seconds).to_delayed()
        with (nullcontext(client) if client is not None else dask_client(scheduler, n_workers)) as c:
            futures = c.compute(tables)
            for i, fut in enumerate(futures):  # merge in input order while later partitions still run
                (data,) = fut.result()
                path = out / f"part-{i:05d}.parquet"
                path.write_bytes(data)
                fut.release()
                merge_part(path, store, replace, emit)
    finally:
        if not keep:
            shutil.rmtree(out, ignore_errors=True)
    report.seconds = time.perf_counter() - t0
    return report
