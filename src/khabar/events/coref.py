"""One fact told twice in one article becomes one event with several evidence spans.

News tells a fact in narration and again in a quote ("Modi gave Macron a silk shawl" ...
"'We gave him a shawl'"). Two events of one document are the same fact when:
- their types are equal and they are in different sentences;
- every role filled by entities has the same canonical entities in both (places and
  times may be missing on one side but must not differ);
- their items (GIFT/SUPPLY/...) are both absent, or their head words overlap (the last word
  of the item, parenthetical left out: "एक नई रेशमी शॉल" ~ "रेशमी शॉल");
- their modalities agree (asserted ~ reported; planned, denied and hedged only with the same);
- the later one carries no sequence cue ("इसके बाद ... बातचीत की": a second round of talks);
- denials reject the same claimed event, where both point at one;
- neither is told by a frame of its own kind (ontology ``distinct_frames``: a shoot-down) unless both are;
- a statement naming only who made it (an accusation, a condemnation with no one named as its target) is
  the same only when worded by the same trigger entry ("भारत ने आरोप लगाया था ..." and "भारत इस कदम की
  निंदा करता है" are two statements).
The first telling is kept, with the later evidence spans appended and ``by`` naming the
merged ids. Cross-article merging is :mod:`khabar.link.merge` (type + roles + time).
"""
from __future__ import annotations

import regex

from ..model import Event

FREE_ROLES = {"item", "topic", "claim", "duration", "object"}
ITEM_ROLES = {"item", "object"}
PAREN_RE = regex.compile(r"\([^()]*\)")
WORD_RE = regex.compile(r"\w+")
MIN_STEM = 3  # "हथियारों" ~ "हथियार": an inflected head shares its stem
DISTINCT_FRAME = "frame:"  # in ``Event.by``: the frame of an act of its own kind (ontology ``distinct_frames``)


# acts of speech: one actor makes many of them in one article
STATEMENT_TYPES = frozenset({"ACCUSE", "DENY", "CONCERN", "CONDOLE", "THANK", "SUPPORT", "APPEAL", "WARN", "INVITE"})


def _lemma(ev: Event) -> str:
    """The trigger entry that produced the event ("hi/triggers.yaml:आरोप लगाना"), from ``by``."""
    return ev.by.split(";")[0].split("#")[0]


def modality_class(m: str) -> str:
    return "factual" if m in ("asserted", "reported") else m


def entity_roles(ev: Event, actor_of=None) -> dict[str, frozenset[str]]:
    """Role -> the entities filling it; ``actor_of`` maps an entity to the actor it stands for (a country's
    government to the country: "ভারত" in a headline, "ভারত সরকার" in the body)."""
    out: dict[str, set[str]] = {}
    for r in ev.roles:
        if r.entity_id and r.name not in FREE_ROLES and r.name != "place":
            out.setdefault(r.name, set()).add(actor_of(r.entity_id) if actor_of is not None else r.entity_id)
    return {k: frozenset(v) for k, v in out.items()}


def item_head(text: str) -> str | None:
    words = WORD_RE.findall(PAREN_RE.sub(" ", text))
    return words[-1].lower() if words else None


def heads_overlap(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a == b
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= MIN_STEM and long_.startswith(short)


def _distinct_frame(ev: Event) -> str | None:
    m = regex.search(rf"; {DISTINCT_FRAME}(\w+)", ev.by)
    return m.group(1) if m else None


def _items(ev: Event) -> list[str | None]:
    return [item_head(r.text) for r in ev.roles if r.name in ITEM_ROLES] or [None]


def same_fact(a: Event, b: Event, headline: bool = False, country_of=None, actor_of=None) -> bool:
    """``headline``: ``a`` is told in the article's headline, which may leave out roles the body names
    ("सोनम वांगचुक गिरफ्तार" ... "पुलिस ने वांगचुक को गिरफ्तार कर लिया"): its roles need only be among
    the other's."""
    if a.type != b.type or a.sentence == b.sentence:
        return False
    if _distinct_frame(a) != _distinct_frame(b):
        return False  # a shoot-down is no strike told again
    if modality_class(a.modality) != modality_class(b.modality):
        return False
    ra, rb = entity_roles(a, actor_of), entity_roles(b, actor_of)
    # (a telling in the next sentence that names less and no thing of its own is the same one told again: "... আবদুল
    # কাদেরকে মৃত্যুদণ্ড দিয়েছেন ট্রাইব্যুনাল। ... ট্রাইব্যুনাল এ রায় ঘোষণা করেন", the tribunal announced this verdict)
    retold = (bool(rb) and rb != ra and all(k in ra and v <= ra[k] for k, v in rb.items()) and _items(b) == [None]
              and a.sentence is not None and b.sentence is not None and b.sentence - a.sentence == 1)
    if not ra or (ra != rb and not retold and not (headline and all(k in rb and v <= rb[k] for k, v in ra.items()))):
        return False
    if a.place and b.place and a.place != b.place and not (
            # (a headline's country, the body's city in it: "पुतिन ... भारत पहुंचे" / "नई दिल्ली पहुंचे")
            headline and country_of is not None and country_of(b.place) == a.place) and not (
            # (or one of the places the body names: "नियंत्रण रेखा पर" / "कुपवाड़ा ... में नियंत्रण रेखा पर")
            headline and any(r.name == "place" and r.entity_id == a.place for r in b.roles)) and not (
            # (or a place the KB does not know, which may lie in the headline's: "ঢাকায় ... হামলা" / "রাজধানীর নয়াপল্টনে")
            headline and b.place.startswith("new:")):
        return False
    if a.time and b.time and a.time != b.time:
        return False
    if a.type in STATEMENT_TYPES and len(ra) == 1 and len(rb) == 1 and _lemma(a) != _lemma(b):
        return False  # one side named, two wordings: two statements
    ca, cb = _claims(a), _claims(b)
    if ca and cb and not ca & cb:
        return False  # two denials of different claims ("denied attacking the plant", "denied the allegations")
    # (a headline that names no thing leaves it out, as it leaves out roles: "दिसानायके ने मोदी को भेंट की बुद्ध प्रतिमा"
    # / the body's "... को भगवान बुद्ध की एक प्राचीन प्रतिमा भेंट की")
    # (nor need its thing's head end the body's words: "gives Modi a horse statue" / "presented ... with a bronze statue
    # of a horse", a head-first language puts more after it)
    return retold or any(heads_overlap(x, y) for x in _items(a) for y in _items(b)) or (headline and (
        _items(a) == [None] or any(heads_overlap(x, w.lower()) for x in _items(a) if x is not None
                                   for r in b.roles if r.name in ITEM_ROLES for w in WORD_RE.findall(r.text))))


def _years_before(time: str | None, published: str | None) -> bool:
    """``time`` lies in a year before the publication's: "a ceasefire brokered in 2020" is no telling of
    today's headline news (an undated headline event is the article's own news)."""
    return bool(time and published and time[:4].isdigit() and published[:4].isdigit() and time[:4] < published[:4])


def same_clause_fact(a: Event, b: Event) -> bool:
    """Two triggers of one type in one sentence telling one act: "রাষ্ট্রদূতকে তলব করে কড়া প্রতিবাদ
    জানিয়েছে" (summoned the envoy and protested: one complaint). Same modality; one of them has no
    item and only roles the other has too, with the same entities."""
    if a.type != b.type or a.sentence != b.sentence or a.sentence is None:
        return False
    if modality_class(a.modality) != modality_class(b.modality) or _claims(a) or _claims(b):
        return False
    if (a.place and b.place and a.place != b.place) or (a.time and b.time and a.time != b.time):
        return False
    ra, rb = entity_roles(a), entity_roles(b)
    for small, small_ev, big in ((ra, a, rb), (rb, b, ra)):
        if small and _items(small_ev) == [None] and all(k in big and v <= big[k] for k, v in small.items()):
            return True
    # two triggers of one telling side by side, each with its part: "दो दिवसीय दौरे पर भारत आए" (on a
    # trip: Merz; came: to India); no role filled differently, no item on either (places and times
    # that differ were ruled out above)
    gap = max(a.trigger.start, b.trigger.start) - min(a.trigger.end, b.trigger.end)
    filled = lambda ev: any(r.entity_id for r in ev.roles)  # (a place alone counts: "भारत आए")
    if not (0 <= gap <= ADJACENT_TRIGGERS and filled(a) and filled(b) and _items(a) == [None] and _items(b) == [None]):
        return False
    return all(ra[k] == rb[k] for k in set(ra) & set(rb))


ADJACENT_TRIGGERS = 25  # characters between two triggers read as one telling (a place name, a particle)


def _claims(ev: Event) -> set[str]:
    """The events a DENY rejects (its claim roles that point at one)."""
    return {r.event_id for r in ev.roles if r.name == "claim" and r.event_id}


# roles kept as worded when no name fills them, which a later telling may add to the first
WORDED_ROLES = frozenset({"killed", "injured", "detainee", "released", "convict", "sentence", "claim"})  # (a headline denial's claim, told in the body)


def merge_repeats(events: list[Event], sequenced: set[str], headline: int | None = None,
                  country_of=None, published: str | None = None, actor_of=None) -> tuple[list[Event], dict[str, str]]:
    """Events with repeats folded into their first telling; also old id -> kept id. ``headline``: the
    sentence index of the article's headline, whose events the body may tell with more roles (the
    kept event then takes the roles it lacked) -- once: a headline event the body told is then matched
    as any other ("पुतिन भारत पहुंचे" is his arrival in Delhi, not the two leaders' later arrival at the
    prime minister's house). ``country_of``: a place's country, for a headline's country and the body's city.
    ``actor_of``: the actor an entity stands for (a government, its country), one actor in both tellings."""
    kept: list[Event] = []
    merged_into: dict[str, str] = {}
    told: set[str] = set()  # headline events the body has told once
    act = actor_of if actor_of is not None else (lambda eid: eid)

    def fold(first: Event, ev: Event) -> None:
        have = {(r.name, act(r.entity_id)) for r in first.roles if r.entity_id}
        # (a place too when the kept telling has none: "hitting nuclear facilities in Natanz")
        placed = any(r.name == "place" for r in first.roles)
        added = [r for r in ev.roles if r.entity_id and (r.name, act(r.entity_id)) not in have and not (r.name == "place" and placed)]
        # a role no name fills that the kept telling lacks: the toll, who was held ("এক বাংলাদেশি কিশোর নিহত")
        worded = {r.name for r in first.roles}
        added += [r for r in ev.roles if not r.entity_id and r.name in WORDED_ROLES and r.name not in worded]
        if not any(r.name in ITEM_ROLES for r in first.roles):
            # (and what was given or signed, which a headline may leave out: "... ने मोदी को भेंट की बुद्ध प्रतिमा")
            added += [r for r in ev.roles if r.name in ITEM_ROLES and r not in added]
        if added and headline is not None and first.sentence == headline:
            # "চীন সফরে প্রধান উপদেষ্টা, ... বৈঠকে": an office the headline left unresolved is the one the body names
            named = {r.name for r in added}
            first.roles = [r for r in first.roles if r.entity_id or r.name not in named or r.name in ("item", "object", "topic")]
        first.roles.extend(added)
        if (placed and country_of is not None and first.place and ev.place and ev.place != first.place
                and country_of(ev.place) == first.place):
            # the headline's country, the body's city in it ("ओली भारत पहुंचे" / "... नई दिल्ली पहुंचे"): the city is where
            first.roles = [r for r in first.roles if not (r.name == "place" and r.entity_id == first.place)]
            first.roles += [r for r in ev.roles if r.name == "place" and r.entity_id == ev.place]
            first.place = ev.place
        if headline is not None and first.sentence == headline and ev.sentence != headline:
            told.add(first.id)  # (two triggers of the headline's own telling are not the body's)
        first.evidence.extend(ev.evidence)
        first.by += f"; same-as:{ev.id}"
        if first.time is None and ev.time is not None:
            first.time, first.time_span = ev.time, ev.time_span
        for old, into in merged_into.items():
            if into == ev.id:
                merged_into[old] = first.id
        merged_into[ev.id] = first.id

    def headline_fact(k: Event, ev: Event) -> bool:
        return (same_fact(k, ev, headline is not None and k.sentence == headline and k.id not in told, country_of, actor_of)
                and not (k.sentence == headline and _years_before(ev.time, published)))

    for ev in events:
        # (its own clause's other telling first: "ফেরত চেয়ে ... পত্র পাঠিয়েছে" is one request, whatever the headline)
        first = None if ev.id in sequenced else next((k for k in kept if same_clause_fact(k, ev)), None) or next(
            (k for k in kept if headline_fact(k, ev)), None)
        if first is None:
            kept.append(ev)
        else:
            fold(first, ev)
    if headline is not None:
        # a headline fact the body told in two parts, joined only now ("... পত্র দিল বাংলাদেশ" / "অন্তর্বর্তী সরকার
        # ... ফেরত চেয়ে ভারত সরকারকে ... পাঠিয়েছে")
        for k in [k for k in kept if k.sentence == headline and k.id not in told]:
            ev = next((e for e in kept if e.sentence != headline and e.id not in sequenced and headline_fact(k, e)), None)
            if ev is not None:
                fold(k, ev)
                kept.remove(ev)
    return kept, merged_into
