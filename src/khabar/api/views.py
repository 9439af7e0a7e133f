"""Plain-dict views of stored facts, shared by the HTTP API and the exports.

Every view keeps the character offsets into the article text, so a reader of
the JSON can always go back to the words that support a fact.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

SOURCE_SLOTS = ("subject", "agent")  # grammatical slots whose role is the actor doing the event
TARGET_SLOTS = ("dative", "object", "comitative")  # slots whose role is the one acted upon
CONTEXT_CHARS = 90


@lru_cache(maxsize=1)
def _sides_by_type() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """type -> (source roles, target roles), read from the event ontology's default frames."""
    try:
        from ..events.ontology import load_ontology

        onto = load_ontology()
    except Exception:  # the ontology is another module's data; views still work without it
        return {}
    out = {}
    for name, et in onto.items():
        frame = et.frame(None)
        src = tuple(dict.fromkeys(frame[s] for s in SOURCE_SLOTS if s in frame))
        tgt = tuple(dict.fromkeys(frame[s] for s in TARGET_SLOTS
                                  if s in frame and frame[s] not in src and frame[s] != et.item))
        out[name] = (src, tgt)
    return out


def plover_category(event_type: str) -> tuple[str | None, str | None]:
    """(PLOVER category, CAMEO code) of an ontology type, or (None, None)."""
    try:
        from ..events.ontology import load_ontology

        et = load_ontology().get(event_type)
    except Exception:
        et = None
    return (et.plover, et.cameo) if et else (None, None)


def actor_sides(event_type: str, roles: list[dict[str, Any]]) -> tuple[list[dict], list[dict]]:
    """Split an event's roles into (source actors, target actors), PLOVER-style."""
    sides = _sides_by_type().get(event_type)
    if sides:
        src = [r for r in roles if r["name"] in sides[0]]
        tgt = [r for r in roles if r["name"] in sides[1]]
        return src, tgt
    with_entity = [r for r in roles if r.get("entity_id")]  # unknown type: first two linked roles
    return with_entity[:1], with_entity[1:2]


def _span(text: str | None, d: dict[str, Any] | None) -> dict[str, Any] | None:
    if not d or d.get("start") is None:
        return None
    out = dict(start=d["start"], end=d["end"])
    if text is not None:
        out["text"] = text[d["start"]:d["end"]]
    return out


def context(text: str, start: int, end: int, width: int = CONTEXT_CHARS) -> dict[str, Any]:
    """A window of the text around [start, end) with its own offset, for snippets."""
    a, b = max(0, start - width), min(len(text), end + width)
    # Cut at spaces so a snippet never starts inside a word (or between a letter and its vowel sign).
    if a > 0:
        sp = text.find(" ", a, start)
        a = sp + 1 if sp != -1 else a
    if b < len(text):
        sp = text.rfind(" ", end, b)
        b = sp if sp != -1 else b
    return dict(start=a, text=text[a:b])


def role_view(r: dict[str, Any], names: dict[str, str]) -> dict[str, Any]:
    return dict(name=r["name"], text=r.get("text"), start=r.get("start"), end=r.get("end"),
                entity_id=r.get("entity_id"), entity=names.get(r.get("entity_id") or "", None))


def event_view(data: dict[str, Any], doc_id: str, names: dict[str, str], text: str | None = None,
               date: str | None = None, lang: str | None = None, article: dict[str, Any] | None = None) -> dict[str, Any]:
    """One event as the API shows it: roles with entity names, actor sides, evidence with its words."""
    roles = [role_view(r, names) for r in data.get("roles", [])]
    src, tgt = actor_sides(data["type"], roles)
    plover, cameo = plover_category(data["type"])
    item_roles = [r for r in roles if r not in src and r not in tgt]

    def who(rs: list[dict]) -> str:
        return ", ".join(r["entity"] or r["text"] or "?" for r in rs)

    label = data["type"]
    if src or tgt:
        label += ": " + (who(src) or "?") + (" → " + who(tgt) if tgt else "")
    items = [r["text"] for r in item_roles if r["text"] and not r["entity_id"]]
    if items:
        label += " (" + "; ".join(items) + ")"
    trig = _span(text, data.get("trigger"))
    out = dict(
        id=data["id"], doc_id=doc_id, type=data["type"], plover=plover, cameo=cameo, label=label,
        date=date or data.get("time"), time=data.get("time"), time_span=_span(text, data.get("time_span")),
        place=data.get("place"), place_name=names.get(data.get("place") or "", None), modality=data.get("modality"),
        lang=lang, source_actors=src, target_actors=tgt, roles=roles, trigger=trig,
        evidence=[_span(text, e) for e in data.get("evidence", [])],
        sources=[dict(id=s, name=names.get(s, s)) for s in data.get("sources", [])],
        confidence=data.get("confidence"), by=data.get("by"), sentence=data.get("sentence"),
    )
    if text is not None and trig:
        spans = [trig] + [e for e in out["evidence"] if e]
        out["context"] = context(text, min(s["start"] for s in spans), max(s["end"] for s in spans))
    if article:
        out["article"] = dict(title=article.get("title"), lang=article.get("lang"), published=article.get("published"))
    return out


def quote_view(data: dict[str, Any], doc_id: str, names: dict[str, str], text: str | None = None) -> dict[str, Any]:
    return dict(
        doc_id=doc_id, start=data["start"], end=data["end"], text=data.get("text"), direct=data.get("direct"),
        speaker=data.get("speaker"), speaker_name=names.get(data.get("speaker") or "", None),
        speaker_span=_span(text, data.get("speaker_span")), cue=_span(text, data.get("cue")),
        chain=[dict(id=s, name=names.get(s, s)) for s in data.get("chain", [])], by=data.get("by"),
    )


def entity_ids_in_events(datas: list[dict[str, Any]]) -> set[str]:
    ids = {r.get("entity_id") for d in datas for r in d.get("roles", [])}
    ids |= {d.get("place") for d in datas} | {s for d in datas for s in d.get("sources", [])}
    return {i for i in ids if i}
