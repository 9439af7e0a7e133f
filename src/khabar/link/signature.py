"""What an article says happened, reduced to comparable canonical ids.

Embeddings say how alike two articles *sound*; two summits of the same two
leaders sound alike (cos 0.9+) yet are different events. The events stage says
what happened: who travelled where, where the talks were held, in which year.
An article's *signature* keeps, from its asserted/reported events only:

- ``travellers`` / ``destinations``: the main mover(s) of its movement events
  (the traveller named most often) and where they went;
- ``places``: where its located events happened;
- ``years``: years of its event times and of its own date, when known.

Places are widened with their country from the KB (Pyongyang -> North Korea), so
"arrived in Pyongyang" and "visit to North Korea" agree. :func:`conflict` then
says whether two signatures contradict each other. Which event types and roles
count is data (``event_frames.json``), not code.
"""
from __future__ import annotations

import json
from collections import Counter
from functools import lru_cache
from pathlib import Path

from ..model import Document
from .profile import YEAR_VALUE_RE

FRAMES_PATH = Path(__file__).with_name("event_frames.json")
KB_PATH = Path(__file__).resolve().parent.parent / "kb" / "entities.jsonl"


@lru_cache(maxsize=1)
def frames() -> dict:
    return json.loads(FRAMES_PATH.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def country_of() -> dict[str, str]:
    """Place entity id -> its country's entity id, from the KB's ``country`` ISO codes."""
    by_iso: dict[str, str] = {}
    located: dict[str, str] = {}
    if not KB_PATH.exists():
        return {}
    with KB_PATH.open(encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d.get("iso") and d.get("type") == "GPE":
                by_iso.setdefault(d["iso"], d["id"])
            elif d.get("country"):
                located[d["id"]] = d["country"]
    return {eid: by_iso[iso] for eid, iso in located.items() if iso in by_iso}


def widen(places) -> set[str]:
    """Places with the countries they lie in."""
    cc = country_of()
    out = set(places)
    out |= {cc[p] for p in places if p in cc}
    return out


def _entity_kinds(doc: Document, place_types: set[str]) -> dict[str, str]:
    """Entity id -> "place" (a KB place), "discovered-place" or "other"."""
    out: dict[str, str] = {}
    for m in doc.mentions:
        if m.entity_id:
            out.setdefault(m.entity_id, "place" if m.label in place_types else "other")
    for eid, e in doc.entities.items():
        if e.type in place_types:
            out[eid] = "discovered-place" if (e.source or "").startswith("discovered") else "place"
        else:
            out[eid] = "other"
    return out


def signature(doc: Document) -> dict[str, list]:
    fr = frames()
    mods = set(fr["modalities"])
    mv, loc = fr["movement"], fr["located"]
    movers: Counter = Counter()
    went: dict[str, set[str]] = {}
    places: set[str] = set()
    years: set[str] = set()
    places_named: set[str] = set()
    kinds = _entity_kinds(doc, set(fr["place_types"]))
    for ev in doc.events:
        if ev.modality not in mods:
            continue
        ids = lambda names: {r.entity_id for r in ev.roles if r.name in names and r.entity_id}  # noqa: E731
        if ev.type in mv["types"]:
            who = {w for w in ids(mv["mover"]) if not kinds.get(w, "").endswith("place")}
            where = {w for w in ids(mv["destination"]) if kinds.get(w) == "place"}
            for w in who - where:
                movers[w] += 1
                went.setdefault(w, set()).update(where)
            places_named.update(where)
        if ev.type in loc["types"]:
            where = {w for w in ids(loc["place"]) if kinds.get(w) == "place"}
            places |= where
            places_named.update(where)
        m = YEAR_VALUE_RE.match(ev.time or "")
        if m and (m[2] or m[3]):  # an event dated to a month or day of a known year
            years.add(m[1])
    for p in places_named:  # an entity the article names as a place is not a mover (a mis-read role)
        movers.pop(p, None)
    top = max(movers.values(), default=0)
    travellers = sorted(w for w, n in movers.items() if n == top)
    destinations = set().union(*(went[w] for w in travellers)) if travellers else set()
    from .profile import article_date

    m = YEAR_VALUE_RE.match(article_date(doc) or "")
    if m:
        years.add(m[1])
    return dict(travellers=travellers, destinations=sorted(widen(destinations)), places=sorted(widen(places)),
                years=sorted(years))


def conflicts(a: dict | None, b: dict | None) -> dict[str, bool]:
    """Which parts of two signatures contradict each other (False where either is silent).

    - travel: different main travellers AND different destinations (Putin -> North Korea
      vs Kim -> Russia), so not one trip told from two sides;
    - place: the places their events happened share nothing, not even a country;
    - year: both know their years and share none (a bare year vs a day without a
      year is silence, not a contradiction).
    """
    a, b = a or {}, b or {}

    def disjoint(key: str) -> bool:
        x, y = set(a.get(key) or ()), set(b.get(key) or ())
        return bool(x) and bool(y) and not (x & y)

    return dict(travel=disjoint("travellers") and disjoint("destinations"), place=disjoint("places"),
                year=disjoint("years"))


def conflict(a: dict | None, b: dict | None) -> float:
    """1.0 when two articles' events say different things happened, else 0.0."""
    return float(any(conflicts(a, b).values()))


def comparable(a: dict | None, b: dict | None) -> bool:
    """Both signatures say where or when something happened, so a conflict could show."""
    a, b = a or {}, b or {}
    return any(a.get(k) and b.get(k) for k in ("destinations", "places", "years"))
