"""``khabar export``: stored facts as JSONL, CSV, Parquet or PLOVER-shaped JSON.

- ``jsonl``: one JSON object per line; ``--what articles`` gives whole documents
  (text + every fact, lossless), other tables give the same views as the HTTP API.
- ``csv`` / ``parquet``: one flat row per fact; nested values are JSON strings.
- ``plover``: events as PLOVER event records (id, date, event, mode, context,
  source, target, eventText, text, language, ...) plus a ``khabar`` object with
  our extra fields: ontology type, CAMEO code, modality, attribution (source)
  chain, trigger and evidence spans with their words, roles, confidence, rule.

Rows are read in pages, so exports of large stores run in bounded memory.
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from collections.abc import Iterator
from typing import Any, Optional

import typer

FORMATS = ("jsonl", "csv", "parquet", "plover")
TABLES = ("events", "articles", "entities", "mentions", "times", "quotes")
PAGE = 1000
PLOVER_VERSION = "khabar-0.1"


# ---- rows ------------------------------------------------------------------
def event_rows(store, page: int = PAGE) -> Iterator[dict[str, Any]]:
    """Every event as the API's event view (with evidence words and sentence text)."""
    from .api.views import entity_ids_in_events, event_view

    offset = 0
    while True:
        rows = store.event_rows(limit=page, offset=offset)
        if not rows:
            return
        names = store.entity_names(entity_ids_in_events([r["data"] for r in rows]))
        docs = {d: store.get(d) for d in {r["doc_id"] for r in rows}}
        for r in rows:
            doc = docs.get(r["doc_id"])
            text = doc.text if doc else None
            v = event_view(r["data"], r["doc_id"], names, text, date=r["date"], lang=r["lang"],
                           article=dict(title=r.get("article_title"), lang=doc.lang if doc else None,
                                        published=r.get("published")))
            v["date_from"] = "event" if r["data"].get("time") else "published"
            v["url"] = doc.url if doc else None
            v["source_file"] = doc.source if doc else None
            i = r["data"].get("sentence")
            if doc and i is None and r["data"].get("trigger"):
                i = doc.sentence_at(r["data"]["trigger"]["start"])
            v["sentence_text"] = doc.sentence_text(i) if doc and i is not None and i < len(doc.sentences) else None
            v.pop("context", None)
            yield v
        offset += page


def table_rows(store, what: str) -> Iterator[dict[str, Any]]:
    from sqlalchemy import select

    from .api.views import quote_view
    from .store import schema as S

    if what == "events":
        yield from event_rows(store)
    elif what == "articles":
        for doc in store.iter_documents():
            yield doc.to_dict()
    elif what == "entities":
        with store.engine.connect() as c:
            for r in c.execute(select(S.entities).order_by(S.entities.c.id)).mappings():
                yield dict(r)
    elif what in ("mentions", "times"):
        t = S.metadata.tables[what]
        with store.engine.connect() as c:
            for r in c.execute(select(t).order_by(t.c.doc_id, t.c.start)).mappings():
                yield dict(r)
    elif what == "quotes":
        rows = store.quotes()
        ids = {r["speaker"] for r in rows} | {s for r in rows for s in (r["data"] or {}).get("chain", [])}
        names = store.entity_names({i for i in ids if i})
        for r in rows:
            yield quote_view(r["data"], r["doc_id"], names)
    else:
        raise ValueError(f"unknown table {what!r}; one of {', '.join(TABLES)}")


# ---- PLOVER ------------------------------------------------------------------
def _actor(r: dict[str, Any]) -> dict[str, Any]:
    a = {"actorText": r.get("text") or ""}
    if r.get("entity_id"):
        a["entityId"] = r["entity_id"]
    if r.get("entity"):
        a["name"] = r["entity"]
    if r.get("start") is not None:
        a["span"] = [r["start"], r["end"]]
    return a


def plover_record(v: dict[str, Any], coded: str | None = None) -> dict[str, Any]:
    """One event view -> a PLOVER event record with khabar's extra fields under ``khabar``."""
    sides = {id(r) for r in v["source_actors"] + v["target_actors"]}
    return {
        "id": v["id"],
        "date": v["date"],
        "event": v["plover"] or "",
        "mode": "",
        "context": "",
        "source": [_actor(r) for r in v["source_actors"]],
        "target": [_actor(r) for r in v["target_actors"]],
        "eventText": (v["trigger"] or {}).get("text", ""),
        "text": v.get("sentence_text") or "",
        "language": v["lang"] or "",
        "publication": v.get("url") or v.get("source_file") or "",
        "coder": "khabar",
        "version": PLOVER_VERSION,
        "dateCoded": coded or dt.date.today().isoformat(),
        "khabar": {
            "docId": v["doc_id"],
            "type": v["type"],
            "cameo": v["cameo"],
            "modality": v["modality"],
            "dateFrom": v.get("date_from"),
            "sourceChain": v["sources"],
            "trigger": v["trigger"],
            "evidence": [e for e in v["evidence"] if e],
            "otherRoles": [_actor(r) | {"role": r["name"]} for r in v["roles"] if id(r) not in sides],
            "place": v["place"],
            "confidence": v["confidence"],
            "by": v["by"],
        },
    }


# ---- writers -------------------------------------------------------------------
def flat(row: dict[str, Any]) -> dict[str, Any]:
    """A flat row for CSV/Parquet: scalars kept, nested values as JSON text."""
    return {k: v if v is None or isinstance(v, (str, int, float, bool)) else json.dumps(v, ensure_ascii=False, default=str)
            for k, v in row.items()}


def write_jsonl(rows, out) -> int:
    n = 0
    for r in rows:
        out.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
        n += 1
    return n


def write_csv(rows, out) -> int:
    writer = None
    n = 0
    for r in rows:
        r = flat(r)
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=list(r), extrasaction="ignore")
            writer.writeheader()
        writer.writerow(r)
        n += 1
    return n


def write_parquet(rows, path: str) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    writer = None
    n = 0
    batch: list[dict[str, Any]] = []
    schema = None

    def flush():
        nonlocal writer, schema
        if not batch:
            return
        if schema is None:
            # Every column as nullable string, except counts and offsets: stable across batches.
            fields = [pa.field(k, pa.int64() if isinstance(v, int) and not isinstance(v, bool) else
                               pa.bool_() if isinstance(v, bool) else pa.float64() if isinstance(v, float) else pa.string())
                      for k, v in batch[0].items()]
            schema = pa.schema(fields)
            writer = pq.ParquetWriter(path, schema)
        cols = {f.name: [_coerce(r.get(f.name), f.type) for r in batch] for f in schema}
        writer.write_table(pa.table(cols, schema=schema))
        batch.clear()

    for r in rows:
        batch.append(flat(r))
        n += 1
        if len(batch) >= PAGE:
            flush()
    flush()
    if writer is None:  # nothing to export: still write a valid (empty) file
        pq.write_table(pa.table({}), path)
    else:
        writer.close()
    return n


def _coerce(v, typ):
    import pyarrow as pa

    if v is None:
        return None
    if typ == pa.string():
        return v if isinstance(v, str) else json.dumps(v) if not isinstance(v, (int, float, bool)) else str(v)
    if typ == pa.int64():
        return int(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else None
    if typ == pa.float64():
        return float(v) if isinstance(v, (int, float)) else None
    return bool(v)


def export(store, fmt: str, what: str = "events", out_path: str | None = None) -> int:
    """Write ``what`` in ``fmt`` to ``out_path`` (stdout when None). Returns the number of records."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")
    if fmt == "plover":
        if what != "events":
            raise ValueError("the plover format exports events only")
        coded = dt.date.today().isoformat()
        rows: Any = (plover_record(v, coded) for v in event_rows(store))
        fmt = "jsonl"
    else:
        rows = table_rows(store, what)
    if fmt == "parquet":
        if not out_path:
            raise ValueError("parquet is binary: give --out PATH")
        return write_parquet(rows, out_path)
    if out_path:
        with open(out_path, "w", encoding="utf-8", newline="") as f:
            return (write_csv if fmt == "csv" else write_jsonl)(rows, f)
    return (write_csv if fmt == "csv" else write_jsonl)(rows, sys.stdout)


def register(app: typer.Typer) -> None:
    import os

    @app.command("export")
    def export_cmd(
        format: str = typer.Option("jsonl", "--format", "-f", help="jsonl | csv | parquet | plover"),
        what: str = typer.Option("events", "--what", help="events | articles | entities | mentions | times | quotes"),
        out: Optional[str] = typer.Option(None, "--out", "-o", help="Output file (default: standard output)."),
        db: str = typer.Option(os.environ.get("KHABAR_DB", "khabar.db"), "--db",
                               help="Store: a SQLite path or a SQLAlchemy URL (env KHABAR_DB)."),
    ) -> None:
        """Export stored facts (events by default) as JSONL, CSV, Parquet or PLOVER JSON lines."""
        from .store import Store

        try:
            n = export(Store(db), format, what, out)
        except ValueError as e:
            typer.echo(f"error: {e}", err=True)
            raise typer.Exit(2)
        if out:
            typer.echo(f"{n} record(s) written to {out}", err=True)
