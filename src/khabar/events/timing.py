"""When an event happened: the time rule (documented in docs/ontology.md, "Time").

1. clause: a date/time expression inside the trigger's clause window, nearest the trigger
   (set while the event is built);
2. sentence: else a date in the same sentence that sits in a clause of its own (no other
   event's window, no attribution: "১৪ সেপ্টেম্বর ... এএফপি জানিয়েছে যে ..." dates the report,
   not the gift; nor a relative clause of a name: "Hasina, who fled in August, ...") goes to the nearest event of
   that sentence (in a headline, not across a comma: its clauses
   tell apart, "ফেব্রুয়ারিতে নির্বাচন চায় বিএনপি, ইসির সঙ্গে বৈঠক");
3. narrative: else the time of the nearest preceding event in the same paragraph that has
   one, when the narrative continues: the two share an actor, are both inside or both outside
   the same direct quote, are both planned or both not, and, when they are in different
   sentences, the later one has no sequence cue before its trigger ("इसके बाद", "then",
   "এরপর", "last time": another, unknown time). Within one sentence "X हाथ मिलाया, फिर गले
   लगा लिया" continues the moment.
4. trip (tried before rule 3): an event told as part of a trip ("সফরকালে", "during the visit", "यात्रा के दौरान")
   takes the time of the last trip event told before it (within a few sentences) whose
   traveller is one of its actors, both planned or both not (and the trip's place, if it has none).
5. incident: else, a sentence that only dates "the incident" ("গতকাল রাত দুইটার দিকে এ ঘটনা ঘটে",
   "The attack took place on Tuesday") gives its date to the untimed events of the sentence before
   (the last of the two before it that tells any).
Nothing else: an event with no time by these rules keeps ``time=None`` (never invented).
"""
from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass

from ..model import Document, Event, Span, TimeExpr

NON_ACTOR_ROLES = {"place", "item", "topic", "duration", "claim", "object"}


@dataclass
class Placed:
    """An event with what the time rule needs to know about where it sits."""

    event: Event
    window: tuple[int, int]
    paragraph: int
    quote: tuple[int, int] | None  # the direct quote it sits in
    sequenced: bool  # a sequence cue before its trigger in its sentence
    # told in a relative clause of another event's subject ("Russia, which invaded Ukraine in
    # 2022, denied ..."): background, whose time is no time of the story line
    background: bool = False
    cue_at: int | None = None  # where the last sequence cue before its trigger in its sentence starts


def paragraph_of(text: str, pos: int) -> int:
    """Paragraph index of ``pos``: paragraphs are separated by line breaks."""
    return text.count("\n", 0, pos)


def actors(ev: Event) -> set[str]:
    return {r.entity_id for r in ev.roles if r.entity_id and r.name not in NON_ACTOR_ROLES}


def _set(ev: Event, t: TimeExpr, how: str) -> None:
    ev.time = t.value
    ev.time_span = Span(t.start, t.end)
    ev.by += f"; time:{how}"


def sentence_times(doc: Document, placed: list[Placed], attribution: list[tuple[int, int]],
                   dates_no_event: Callable[[TimeExpr], bool] | None = None,
                   words: list[tuple[int, int]] = ()) -> None:
    """Rule 2: a date in a clause of its own dates the nearest untimed event of its sentence (not one
    ``dates_no_event`` says bounds a span or dates a thing: "since 2021", "the November ceasefire"). A date
    in reported ``words`` dates only an event told in the same words: "এ অভিযোগ নাকচ করে বলেন, ফেব্রুয়ারিতে
    নির্বাচন হবে" (the election is in February, not the denial)."""
    by_sentence: dict[int, list[Placed]] = {}
    for p in placed:
        by_sentence.setdefault(p.event.sentence, []).append(p)
    for si, ps in by_sentence.items():
        s = doc.sentences[si]
        for t in doc.times:
            if t.kind not in ("DATE", "TIME") or not t.value or not (s.start <= t.start and t.end <= s.end):
                continue
            if any(p.window[0] <= t.start < max(p.window[1], p.event.trigger.end) for p in ps):
                continue  # it belongs to that event's clause (rule 1 already chose)
            if any(a <= t.start < b for a, b in attribution):
                continue  # the date of a report, not of what is reported
            if dates_no_event is not None and dates_no_event(t):
                continue
            untimed = [p for p in ps if p.event.time is None and _same_quote(t.start, p)]
            said = [(a, b) for a, b in words if a <= t.start < b]
            if said:
                untimed = [p for p in untimed if any(a <= p.event.trigger.start < b for a, b in said)]
            if si == 0 and _is_headline(doc, s):
                # a headline's clauses apart, after a comma: "ফেব্রুয়ারিতে নির্বাচন চায় বিএনপি, ইসির সঙ্গে বৈঠক" (the
                # election is in February, not the meeting)
                untimed = [p for p in untimed if "," not in doc.text[min(t.end, p.event.trigger.start) : max(t.start, p.event.trigger.end)]]
            if untimed:
                near = min(untimed, key=lambda p: abs(p.event.trigger.start - t.start))
                _set(near.event, t, "sentence")


def _is_headline(doc: Document, s) -> bool:
    """The document's first sentence is a headline: a line of its own with no sentence-ending mark."""
    line = doc.text[s.start : s.end].strip()
    return bool(line) and doc.text[s.end : s.end + 1] in ("\n", "") and line[-1] not in ".!?।"


def _same_quote(pos: int, p: Placed) -> bool:
    inside = p.quote is not None and p.quote[0] <= pos < p.quote[1]
    return inside or p.quote is None


def _event_type(etype: str):
    """The ontology's entry for ``etype``, or None."""
    from .ontology import load_ontology  # (the ontology reads no timing: imported here to keep the module light)

    return load_ontology().get(etype)


def _dates_the_deed(etype: str) -> bool:
    """Whether an event of ``etype`` dates the deed told after it in its sentence (ontology.yaml ``dates_the_deed``)."""
    t = _event_type(etype)
    return t is not None and t.dates_the_deed


def _answers(etype: str) -> tuple[str, ...]:
    """The types an event of ``etype`` answers on the spot (ontology.yaml ``answers``)."""
    t = _event_type(etype)
    return t.answers if t is not None else ()


def narrative_times(placed: list[Placed]) -> None:
    """Rule 3: inherit from the nearest preceding timed event of the same paragraph and story line."""
    ordered = sorted(placed, key=lambda p: p.event.trigger.start)
    for k, p in enumerate(ordered):
        ev = p.event
        if ev.time is not None:
            continue
        earlier = [q for q in ordered[:k] if q.paragraph == p.paragraph and q.event.time_span is not None
                   and not q.background]
        if not earlier:
            continue
        nearest_sentence = earlier[-1].event.sentence
        for q in reversed(earlier):
            src = q.event
            if src.sentence != nearest_sentence:
                break  # only the nearest timed sentence continues the story
            if p.sequenced and src.sentence != ev.sentence:
                break  # "इसके बाद ...": a later sentence-level step, its time is not known
            if src.sentence == ev.sentence and p.cue_at is not None and p.cue_at > src.trigger.start:
                break  # "met on Monday, three days after Trump hosted Putin": another moment of that sentence
            if q.quote != p.quote or (src.modality == "planned") != (ev.modality == "planned"):
                continue
            if (not actors(ev) & actors(src) and src.type not in _answers(ev.type)
                    and not (src.sentence == ev.sentence and _dates_the_deed(src.type))):
                continue
            ev.time = src.time
            ev.time_span = Span(src.time_span.start, src.time_span.end)
            ev.by += f"; time:narrative<-{src.id}"
            break


TRIP_TYPES = ("VISIT", "ARRIVE", "PLAN_VISIT")
TRIP_REACH = 6  # sentences back a "during the visit" may point


def trip_times(placed: list[Placed], during_trip) -> None:
    """Rule 4: ``during_trip(event)`` tells whether the event's clause says it happened during a
    trip; it then takes the time of the nearest earlier timed trip of one of its actors."""
    ordered = sorted(placed, key=lambda p: p.event.trigger.start)
    for k, p in enumerate(ordered):
        ev = p.event
        if ev.time is not None or ev.type in TRIP_TYPES or ev.sentence is None or not during_trip(p):
            continue
        for q in reversed(ordered[:k]):
            src = q.event
            if src.sentence is None or ev.sentence - src.sentence > TRIP_REACH:
                break
            if src.type not in TRIP_TYPES or src.time_span is None or q.background:
                continue
            travellers = {r.entity_id for r in src.roles if r.name == "traveller" and r.entity_id}
            if not travellers & actors(ev) or (src.modality == "planned") != (ev.modality == "planned"):
                continue
            ev.time = src.time
            ev.time_span = Span(src.time_span.start, src.time_span.end)
            ev.by += f"; time:trip<-{src.id}"
            places = [r for r in src.roles if r.name == "place" and r.entity_id]
            if places and ev.place is None and not any(r.name == "place" for r in ev.roles):
                ev.roles += [dataclasses.replace(r) for r in places]  # and where the trip went
                ev.place = places[0].entity_id
            break


def incident_times(doc: Document, placed: list[Placed], incident_sentences: dict[int, TimeExpr]) -> None:
    """Rule 5: ``incident_sentences`` maps a sentence that says when "the incident" happened to its
    date; the untimed events of the last sentence before that tells any (at most two sentences back,
    past one that tells none: "... যুবক নিহত হয়েছেন। নিহত যুবকের নাম রবিউল ইসলাম। গতকাল রাতে এ ঘটনা ঘটে") take it."""
    for si, t in incident_sentences.items():
        if any(p.event.sentence == si for p in placed):
            continue  # the sentence tells an event of its own
        told = [p.event.sentence for p in placed if p.event.sentence is not None and si - 3 < p.event.sentence < si]
        if not told:
            continue
        last = max(told)
        for p in placed:
            if p.event.sentence == last and p.event.time is None and not p.background:
                _set(p.event, t, "incident")
