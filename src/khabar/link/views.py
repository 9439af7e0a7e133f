"""Read-side views over linking results: stories and an actor's timeline (plain dicts)."""
from __future__ import annotations

from collections import defaultdict
from typing import Any

from ..store import Store
from .merge import MergedEvent
from .run import _mention_from_json


def merged_events(store: Store, ids: list[str] | None = None) -> dict[str, MergedEvent]:
    by: dict[str, list[dict]] = defaultdict(list)
    for r in store.links("merged-event", keys=ids):
        by[r["key"]].append(r["data"])
    out = {}
    for mid, ms in by.items():
        me = MergedEvent(mid, ms[0]["type"])
        for d in ms:
            me.add(_mention_from_json(d))
        out[mid] = me
    return out


def _event_dict(me: MergedEvent, names: dict[str, str], texts: dict[str, str]) -> dict[str, Any]:
    d = me.summary()
    # Dated by the event's own time, else its articles' date; neither -> marked undated (sorted last).
    own = any(m.event.time for m in me.mentions)
    d["dated_by"] = "event" if own else "article" if d["time"] else "undated"
    d["roles"] = {k: [names.get(i, i) for i in v] for k, v in d["roles"].items()}
    d["mentions"] = []
    for m in me.mentions:
        s, e = m.event.trigger.start, m.event.trigger.end
        text = texts.get(m.doc_id, "")
        d["mentions"].append(dict(doc_id=m.doc_id, event_id=m.event.id, lang=m.lang, source=m.source,
                                  copy_of=m.root if m.root and m.root != m.doc_id else None,
                                  span=[s, e], evidence=text[s:e] if text else None, time=m.event.time))
    return d


def _texts(store: Store, doc_ids: set[str]) -> dict[str, str]:
    out = {}
    for i in doc_ids:
        doc = store.get(i)
        if doc:
            out[i] = doc.text
    return out


def timeline(store: Store, actor: str) -> list[dict[str, Any]]:
    """Merged events with ``actor`` (a name in any script, or an entity id) in a role, oldest first."""
    ent_ids = [e["id"] for e in store.find_entities(actor)] or [actor]
    mids = sorted({r["key"] for eid in ent_ids for r in store.links("merged-actor", member=eid)})
    evs = merged_events(store, mids) if mids else {}
    ids = {i for me in evs.values() for v in me.roles.values() for i in v}
    names = store.entity_names(ids)
    texts = _texts(store, {m.doc_id for me in evs.values() for m in me.mentions})
    rows = [_event_dict(me, names, texts) for me in evs.values()]
    return sorted(rows, key=lambda r: (r["dated_by"] == "undated", r["time"] or "", r["type"], r["id"]))


def stories(store: Store) -> list[dict[str, Any]]:
    """Stories with their same-event clusters, articles, languages, dates and merged events.

    Reads the ``story`` rows (the same ones the HTTP API shows) and only the
    profiles and merged events of their members."""
    by_story: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    titles: dict[str, str] = {}
    event_ids: dict[str, set[str]] = defaultdict(set)
    for r in store.links("story"):
        data = r["data"] or {}
        titles.setdefault(r["key"], data.get("title"))
        if data.get("what") == "event":
            event_ids[r["key"]].add(r["member"])
        else:
            by_story[r["key"]][data.get("cluster") or r["key"]].append(r["member"])
    story_of_doc = {d: sid for sid, cl in by_story.items() for docs in cl.values() for d in docs}
    prof = {r["key"]: r["data"] for r in store.links("profile", keys=sorted(story_of_doc))}
    mids = sorted({r["key"] for e in {e for es in event_ids.values() for e in es}
                   for r in store.links("merged-event", member=e)}) if event_ids else []
    evs_by_story: dict[str, list[MergedEvent]] = defaultdict(list)
    for me in (merged_events(store, mids) if mids else {}).values():
        for sid in {story_of_doc.get(m.doc_id) for m in me.mentions} - {None}:
            evs_by_story[sid].append(me)
    ids = {i for evs in evs_by_story.values() for me in evs for v in me.roles.values() for i in v}
    ids |= {e for p in prof.values() for e in (p.get("entities") or {})}
    names = store.entity_names(ids)
    meta = store.article_meta(set(story_of_doc)) if hasattr(store, "article_meta") else {}
    out = []
    for sid, clusters in by_story.items():
        docs = [d for ds in clusters.values() for d in ds]
        counts: dict[str, int] = defaultdict(int)
        for d in docs:
            for e, n in (prof.get(d, {}).get("entities") or {}).items():
                counts[e] += n
        cast = sorted(counts, key=lambda e: -counts[e])[:5]
        dates = sorted(p for d in docs if (p := prof.get(d, {}).get("date")))
        art_titles = [meta.get(d, {}).get("title") for d in docs if meta.get(d, {}).get("title")]
        events = sorted(({**me.summary(), "roles": {k: [names.get(i, i) for i in v] for k, v in me.summary()["roles"].items()}}
                         for me in evs_by_story[sid]), key=lambda r: (r["time"] or "9999", r["type"]))
        out.append(dict(
            id=sid, title=titles.get(sid) or (art_titles[0] if art_titles else None)
            or " · ".join(names.get(e, e) for e in cast[:3]) or sid,
            entities=[names.get(e, e) for e in cast], first=dates[0] if dates else None, last=dates[-1] if dates else None,
            clusters=[dict(id=c, articles=ds, languages=sorted({prof.get(d, {}).get("lang") or "?" for d in ds}),
                           date=min((prof.get(d, {}).get("date") or "9999" for d in ds), default=None))
                      for c, ds in clusters.items()],
            articles=docs, event_ids=sorted(event_ids.get(sid, ())),
            languages=sorted({prof.get(d, {}).get("lang") or "?" for d in docs}), events=events))
    return sorted(out, key=lambda s: (-len(s["articles"]), s["first"] or "", s["id"]))
