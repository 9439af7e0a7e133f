"""``khabar`` command line: a thin layer over the library (read, pipeline, store)."""
from __future__ import annotations

import json
import os
import sys
from typing import Any, Optional

import typer
from rich.console import Console
from rich.table import Table

from .store import DEFAULT_DB, Store

app = typer.Typer(add_completion=False, no_args_is_help=True, help="khabar: multilingual news to checkable facts.")
console = Console()
DbOpt = typer.Option(os.environ.get("KHABAR_DB", DEFAULT_DB), "--db", help="Store: a SQLite path or a SQLAlchemy URL (env KHABAR_DB).")
JsonOpt = typer.Option(False, "--json", help="Print JSON lines instead of a table.")


def _store(db: str) -> Store:
    return Store(db)


def _print_json(rows: list[dict[str, Any]]) -> None:
    for r in rows:
        sys.stdout.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")


def _snippet(text: str, start: int, end: int, width: int = 40) -> str:
    a, b = max(0, start - width), min(len(text), end + width)
    return ("…" if a else "") + text[a:start] + "[" + text[start:end] + "]" + text[end:b] + ("…" if b < len(text) else "")


@app.command()
def run(
    targets: list[str] = typer.Argument(..., help="Files, folders, or - for stdin."),
    db: str = DbOpt,
    stages: Optional[str] = typer.Option(None, help="Comma-separated stage names (default: the full pipeline)."),
    replace: bool = typer.Option(False, help="Re-process and replace articles already stored."),
    max_chars: int = typer.Option(2_000_000, help="Reject articles longer than this many characters."),
    max_seconds: float = typer.Option(60.0, help="Give up on an article after this many seconds."),
    published: Optional[str] = typer.Option(None, help="Publication date (YYYY-MM-DD) for inputs whose metadata has none."),
    as_json: bool = JsonOpt,
    engine: str = typer.Option("local", help="local (one process) or dask (a Dask cluster; see --scheduler)."),
    scheduler: Optional[str] = typer.Option(None, help="Dask scheduler ADDRESS (default: a local cluster, one worker per core)."),
) -> None:
    """Ingest, process and store articles, then print a report."""
    from .engine.local import Limits
    from .engine.local import run as run_local
    from .pipeline import Pipeline

    if engine == "dask":
        from functools import partial

        from .engine.dask import run as run_dask

        run_local = partial(run_dask, scheduler=scheduler)
    elif engine != "local":
        raise typer.BadParameter(f"unknown engine {engine!r}; use local or dask", param_hint="--engine")

    if published:
        import datetime as dt

        try:
            dt.date.fromisoformat(published[:10])
        except ValueError:
            console.print(f"[red]--published must be an ISO date (YYYY-MM-DD), got {published!r}")
            raise typer.Exit(2)
    pipeline = Pipeline.build(stages.split(",") if stages else None)
    store = _store(db)
    limits = Limits(max_chars=max_chars, max_seconds=max_seconds)
    if as_json:
        report = run_local(targets, store, pipeline, replace=replace, limits=limits, published=published)
    else:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                      TimeElapsedColumn(), console=console, transient=True) as progress:
            task = progress.add_task("processing", total=None)
            report = run_local(targets, store, pipeline, replace=replace, limits=limits, published=published,
                               on_result=lambda r: progress.update(task, advance=1, description=_short(r.source)))
    if as_json:
        _print_json([
            dict(status=r.status, source=r.source, error=r.error, id=r.doc.id if r.doc else None,
                 lang=r.doc.lang if r.doc else None, script=r.doc.script if r.doc else None,
                 title=r.doc.title if r.doc else None, sentences=len(r.doc.sentences) if r.doc else None,
                 removed=[x.text for x in r.doc.removed if x.text.strip()] if r.doc else None)
            for r in report.results
        ])
    else:
        _print_run_report(report)
    if not report.ok:
        raise typer.Exit(1)


def _short(source: str, width: int = 40) -> str:
    return source if len(source) <= width else "…" + source[-width + 1:]


def _print_run_report(report) -> None:
    t = Table(title="khabar run")
    for col in ("status", "id", "lang", "script", "sent.", "facts", "title / source"):
        t.add_column(col, overflow="fold")
    for r in report.results:
        if r.status == "error":
            t.add_row("[red]error", "", "", "", "", "", f"{r.source}\n[red]{r.error}")
            continue
        d = r.doc
        facts = f"{len(d.mentions)} ent · {len(d.times)} dates · {len(d.events)} ev · {len(d.quotes)} q" if r.status == "new" else ""
        title = (d.title + "\n" if d.title else "") + f"[dim]{r.source}"
        t.add_row("[green]new" if r.status == "new" else "[yellow]known", d.id, d.lang or "?", d.script or "?",
                  str(len(d.sentences)), facts, title)
    console.print(t)
    for r in report.of("new"):
        gone = [x for x in r.doc.removed if x.text.strip()]
        if gone:
            console.print(f"[bold]{r.doc.id}[/] removed {len(gone)} boilerplate line(s):")
            for x in gone:
                console.print(f"  [dim]-[/] {x.text!r}  [dim]({x.reason})")
    console.print(f"{len(report.of('new'))} new, {len(report.of('known'))} already stored, "
                  f"{len(report.of('error'))} errors in {report.seconds:.2f}s")


@app.command()
def articles(db: str = DbOpt, lang: Optional[str] = None, limit: Optional[int] = None, as_json: bool = JsonOpt) -> None:
    """List stored articles."""
    rows = _store(db).articles(limit=limit, lang=lang)
    if as_json:
        return _print_json(rows)
    t = Table(title=f"{len(rows)} articles")
    for col in ("id", "lang", "script", "published", "sent.", "title", "source"):
        t.add_column(col, overflow="fold")
    for r in rows:
        pub = (r["published"] or "") + (" (inferred)" if r["published_inferred"] else "")
        t.add_row(r["id"], r["lang"] or "?", r["script"] or "?", pub, str(r["n_sentences"]), r["title"] or "", r["source"])
    console.print(t)


@app.command()
def show(doc_id: str, db: str = DbOpt, as_json: bool = JsonOpt) -> None:
    """Show one stored article with its sentences and every extracted fact."""
    store = _store(db)
    doc = store.get(doc_id)
    if doc is None:
        console.print(f"[red]no article with id {doc_id!r}")
        raise typer.Exit(1)
    if as_json:
        return _print_json([doc.to_dict()])
    console.rule(f"{doc.id} · {doc.lang} · {doc.script}")
    console.print(f"title: {doc.title or '—'}\nsource: {doc.source}\nurl: {doc.url or '—'}")
    pub = doc.published or "unknown"
    if doc.published_inferred:
        pub += f" (inferred from {doc.published_from})"
    console.print(f"published: {pub}")
    if doc.removed:
        console.print("[bold]removed:[/] " + "; ".join(f"{r.text!r} ({r.reason})" for r in doc.removed if r.text.strip()))
    t = Table(title="sentences", show_lines=False)
    for col in ("#", "span", "lang", "text"):
        t.add_column(col, overflow="fold")
    for i, s in enumerate(doc.sentences):
        t.add_row(str(i), f"{s.start}-{s.end}", s.lang or "?", doc.text[s.start:s.end])
    console.print(t)
    if doc.mentions:
        t = Table(title="entity mentions")
        for col in ("span", "text", "label", "entity", "by"):
            t.add_column(col, overflow="fold")
        for m in doc.mentions:
            ent = doc.entities.get(m.entity_id) if m.entity_id else None
            t.add_row(f"{m.start}-{m.end}", m.text, m.label, ent.name if ent else (m.entity_id or ""), m.by)
        console.print(t)
    if doc.times:
        t = Table(title="dates and times")
        for col in ("span", "text", "value", "precision", "anchor", "by"):
            t.add_column(col, overflow="fold")
        for x in doc.times:
            t.add_row(f"{x.start}-{x.end}", x.text, x.value or "?", x.precision,
                      (x.anchor or "") + (" (inferred)" if x.inferred else ""), x.by)
        console.print(t)
    _print_events([_event_row(e, doc) for e in doc.events], names={k: v.name for k, v in doc.entities.items()})
    _print_quotes([dict(start=q.start, end=q.end, speaker=q.speaker, direct=q.direct, data=_dc(q), doc_id=doc.id)
                   for q in doc.quotes], {k: v.name for k, v in doc.entities.items()}, {doc.id: doc.text})


def _dc(obj) -> dict:
    import dataclasses

    return dataclasses.asdict(obj)


def _event_row(e, doc) -> dict:
    return dict(id=e.id, doc_id=doc.id, type=e.type, time=e.time, place=e.place, modality=e.modality,
                lang=doc.lang, data=_dc(e), text=doc.text)


def _print_events(rows: list[dict], names: dict[str, str], texts: dict[str, str] | None = None) -> None:
    if not rows:
        return
    t = Table(title=f"{len(rows)} events", show_lines=True)
    for col in ("type", "roles", "time", "place", "modality", "sources", "evidence"):
        t.add_column(col, overflow="fold")
    for r in rows:
        d = r["data"]
        roles = "\n".join(f"{x['name']}: {names.get(x.get('entity_id'), x['text'])}" for x in d.get("roles", []))
        text = r.get("text") or (texts or {}).get(r["doc_id"], "")
        trig = d["trigger"]
        ev = _snippet(text, trig["start"], trig["end"]) if text else ""
        t.add_row(r["type"], roles, r["time"] or "", names.get(r["place"], r["place"] or ""), r["modality"],
                  " ← ".join(names.get(s, s) for s in d.get("sources", [])), ev)
    console.print(t)


def _print_quotes(rows: list[dict], names: dict[str, str], texts: dict[str, str]) -> None:
    if not rows:
        return
    t = Table(title=f"{len(rows)} quotes", show_lines=True)
    for col in ("speaker", "chain", "kind", "quote"):
        t.add_column(col, overflow="fold")
    for r in rows:
        d = r["data"]
        who = names.get(r["speaker"], r["speaker"])
        span, text = d.get("speaker_span"), texts.get(r["doc_id"], "")
        if not who and span and text:  # named only by office ("the finance minister"): its words
            who = text[span["start"] : span["end"]]
        t.add_row(who or "?", " ← ".join(names.get(s, s) for s in d.get("chain", [])),
                  "direct" if r["direct"] else "reported", d.get("text", ""))
    console.print(t)


@app.command("entities")
def entities_cmd(db: str = DbOpt, type: Optional[str] = None, limit: Optional[int] = None, as_json: bool = JsonOpt) -> None:
    """Canonical entities with mention counts per language."""
    rows = _store(db).entities(type=type, limit=limit)
    if as_json:
        return _print_json(rows)
    t = Table(title=f"{len(rows)} entities")
    for col in ("id", "type", "name", "qid", "mentions", "by language", "names"):
        t.add_column(col, overflow="fold")
    for r in rows:
        names = ", ".join(sorted({n for v in (r["names"] or {}).values() for n in v}))[:120]
        t.add_row(r["id"], r["type"] or "", r["name"] or "", r["qid"] or "", str(r["mentions"]),
                  " ".join(f"{k}:{v}" for k, v in sorted(r["by_lang"].items())), names)
    console.print(t)


@app.command("entity")
def entity_cmd(name: str, db: str = DbOpt, as_json: bool = JsonOpt) -> None:
    """All mentions of the entity called NAME (any script, id or surface form)."""
    store = _store(db)
    found = store.find_entities(name)
    if not found:
        console.print(f"[red]no entity matches {name!r}")
        raise typer.Exit(1)
    out = []
    for ent in found:
        ms = store.mentions_of(ent["id"])
        out.append(dict(entity=ent, mentions=ms))
    if as_json:
        return _print_json(out)
    for o in out:
        ent = o["entity"]
        console.rule(f"{ent['name']} · {ent['type']} · {ent['id']}" + (f" · {ent['qid']}" if ent["qid"] else ""))
        t = Table(title=f"{len(o['mentions'])} mentions")
        for col in ("article", "lang", "span", "text", "context", "by"):
            t.add_column(col, overflow="fold")
        docs: dict[str, str] = {}
        for m in o["mentions"]:
            if m["doc_id"] not in docs:
                d = store.get(m["doc_id"])
                docs[m["doc_id"]] = d.text if d else ""
            t.add_row(m["doc_id"], m["lang"] or "?", f"{m['start']}-{m['end']}", m["text"],
                      _snippet(docs[m["doc_id"]], m["start"], m["end"], 30), m["by"] or "")
        console.print(t)


@app.command()
def events(db: str = DbOpt, type: Optional[str] = typer.Option(None, "--type"), actor: Optional[str] = None,
           lang: Optional[str] = None, limit: Optional[int] = None, as_json: bool = JsonOpt) -> None:
    """Extracted events (filter by --type GIFT, --actor NAME, --lang hi)."""
    store = _store(db)
    actor_ids = [None]
    if actor:
        actor_ids = [e["id"] for e in store.find_entities(actor)]
        if not actor_ids:
            console.print(f"[red]no entity matches {actor!r}")
            raise typer.Exit(1)
    rows = [r for a in actor_ids for r in store.events(type=type, actor=a, lang=lang, limit=limit)]
    if as_json:
        return _print_json(rows)
    ids = {x.get("entity_id") for r in rows for x in r["data"].get("roles", [])} | {r["place"] for r in rows}
    ids |= {s for r in rows for s in r["data"].get("sources", [])}
    names = store.entity_names({i for i in ids if i})
    texts = {d: (store.get(d).text) for d in {r["doc_id"] for r in rows}}
    _print_events(rows, names, texts)


@app.command()
def quotes(db: str = DbOpt, speaker: Optional[str] = None, limit: Optional[int] = None, as_json: bool = JsonOpt) -> None:
    """Direct and reported quotes with speaker and attribution chain."""
    store = _store(db)
    sp = None
    if speaker:
        found = store.find_entities(speaker)
        sp = found[0]["id"] if found else speaker
    rows = store.quotes(speaker=sp, limit=limit)
    if as_json:
        return _print_json(rows)
    ids = {r["speaker"] for r in rows} | {s for r in rows for s in r["data"].get("chain", [])}
    texts = {d: store.get(d).text for d in {r["doc_id"] for r in rows if not r["speaker"]}}
    _print_quotes(rows, store.entity_names({i for i in ids if i}), texts)


@app.command()
def errors(db: str = DbOpt, as_json: bool = JsonOpt) -> None:
    """Inputs that could not be processed, with the reason."""
    rows = _store(db).errors()
    if as_json:
        return _print_json(rows)
    t = Table(title=f"{len(rows)} errors")
    for col in ("at", "source", "error"):
        t.add_column(col, overflow="fold")
    for r in rows:
        t.add_row(r["at"], r["source"], r["error"])
    console.print(t)


@app.command()
def stages() -> None:
    """The registered pipeline stages with what each requires and provides."""
    from .pipeline import DEFAULT_STAGES, available_stages, get_stage

    t = Table(title="stages")
    for col in ("stage", "default", "requires", "provides", "what"):
        t.add_column(col, overflow="fold")
    for n in available_stages():
        s = get_stage(n)
        t.add_row(n, "yes" if n in DEFAULT_STAGES else "", ", ".join(sorted(s.requires)), ", ".join(sorted(s.provides)), s.doc)
    console.print(t)


# Commands owned by other parts of the library register themselves here:
# each module defines ``register(app)`` and adds its commands over the same store.
COMMAND_MODULES = ["khabar.link.cli", "khabar.api.cli", "khabar.export", "khabar.watch.cli", "khabar.store.cli"]


def _register_commands() -> None:
    import importlib

    for mod in COMMAND_MODULES:
        try:
            m = importlib.import_module(mod)
        except ModuleNotFoundError as e:
            if e.name != mod:
                raise
            continue
        m.register(app)


_register_commands()

if __name__ == "__main__":
    app()
