"""CLI commands of the linking stage: ``link``, ``stories``, ``timeline``."""
from __future__ import annotations

import json
import sys

import typer
from rich.console import Console
from rich.table import Table

from .embed import LEDE_SENTENCES

console = Console()


def _json(rows) -> None:
    for r in rows:
        sys.stdout.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")


def register(app: typer.Typer) -> None:
    from ..cli import DbOpt, JsonOpt, _store

    @app.command("link")
    def link_cmd(db: str = DbOpt, as_json: bool = JsonOpt,
                 batch: int = typer.Option(5000, help="Articles per linking run (bounds memory); 0: all at once."),
                 lede: int = typer.Option(LEDE_SENTENCES, min=1, help="Title + first sentences embedded per article: "
                                          "fewer is faster (4: about twice as fast, NTREX B3 F1 -0.01).")) -> None:
        """Link stored articles not linked yet: near-duplicates, same-event clusters, stories, merged events."""
        from .run import link_store

        rep = link_store(_store(db), batch=batch or None, lede_sentences=lede)
        if as_json:
            return _json([dict(rep.__dict__)])
        console.print(f"linked {rep.articles} new article(s) in {rep.seconds:.1f}s: {rep.near_dups} near-duplicate(s), "
                      f"{rep.new_clusters} new event cluster(s), {rep.joined} joined an existing one, "
                      f"{rep.new_stories} new stor(y/ies), {rep.merged_events} merged event(s) updated")

    @app.command("stories")
    def stories_cmd(db: str = DbOpt, as_json: bool = JsonOpt) -> None:
        """Stories: same-event article clusters over time, with their merged events."""
        from .views import stories

        rows = stories(_store(db))
        if as_json:
            return _json(rows)
        if not rows:
            console.print("no stories yet (run `khabar link` after `khabar run`)")
        for s in rows:
            span = f"{s['first'] or '?'} … {s['last'] or '?'}"
            console.rule(f"{s['title']} · {len(s['articles'])} article(s) · {', '.join(s['languages'])} · {span}")
            console.print("about: " + ", ".join(s["entities"]))
            for c in s["clusters"]:
                console.print(f"  event cluster {c['id']} ({c['date']}): {len(c['articles'])} article(s) "
                              f"[{', '.join(c['languages'])}]")
            _event_table(s["events"], f"{len(s['events'])} merged events")

    @app.command("timeline")
    def timeline_cmd(actor: str = typer.Option(..., "--actor", help="Entity name (any script) or id."),
                     db: str = DbOpt, as_json: bool = JsonOpt) -> None:
        """Dated merged events with ACTOR in a role, with their languages and sources."""
        from .views import timeline

        rows = timeline(_store(db), actor)
        if as_json:
            return _json(rows)
        if not rows:
            console.print(f"no linked events for {actor!r} (run `khabar link` first)")
            raise typer.Exit(1)
        _event_table(rows, f"timeline: {actor}")


def _count(x) -> int:
    return len(x) if isinstance(x, list) else int(x)


def _event_table(rows: list[dict], title: str) -> None:
    if not rows:
        return
    t = Table(title=title, show_lines=True)
    for col in ("time", "type", "roles", "items", "languages", "sources", "conf."):
        t.add_column(col, overflow="fold")
    for r in rows:
        roles = "\n".join(f"{k}: {', '.join(v)}" for k, v in r["roles"].items())
        when = r["time"] or "undated"
        if r.get("dated_by") == "article":
            when += " (article date)"
        t.add_row(when, r["type"], roles, ", ".join(r["items"]), ", ".join(r["languages"]),
                  f"{r['independent_sources']} independent / {_count(r['mentions'])} mention(s)", f"{r['confidence']:.2f}")
    console.print(t)
