"""The typed event ontology, loaded from ``events/ontology.yaml`` (data, not code).

Each type names its roles, its PLOVER category and CAMEO code, and *frames*:
maps from language-independent argument slots (subject, agent, dative, ...)
to the type's roles. How a slot is marked in a language lives in
``lang/<code>/roles.yaml``; which words evoke a type in ``lang/<code>/triggers.yaml``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

ONTOLOGY_FILE = Path(__file__).resolve().parent / "ontology.yaml"


@dataclass(frozen=True)
class EventType:
    name: str
    description: str
    roles: tuple[str, ...]
    plover: str | None
    cameo: str | None
    frames: dict[str, dict[str, str]] = field(default_factory=dict, hash=False)
    item: str | None = None  # role filled from free noun-phrase text next to the trigger
    item_owner: str | None = None  # role a country named inside the item takes ("रूसी युद्ध" -> Russia)
    made_when_denied: bool = False  # turned down or rejected, it still was made: a rejection does not make it "denied"
    # the possessor of the thing acted on takes the genitive's role: "हमास के ठिकानों पर हमला" strikes Hamas
    owner_of_object: bool = False
    # roles filled by the first coordinated group only: a name later in the clause belongs to what
    # is asked ("রাশিয়াকে উত্তর কোরিয়ার সঙ্গে সহযোগিতা বন্ধের আহ্বান": Russia is appealed to)
    one_group: tuple[str, ...] = ()
    # verb-final: a dative followed by a verbal noun before the trigger (quotes.yaml ``embedded_verb_ends``)
    # is the object of what is asked, not the one asked ("শেখ হাসিনাকে ফেরত পাঠানোর অনুরোধ")
    asks: bool = False
    # in a verb-final language a bare name before the verb (its unmarked object) may fill the
    # object's role: "রাশিয়া ইউক্রেন আক্রমণ করে" (Russia attacked Ukraine); other types read one as a thing
    bare_object_role: bool = False
    # a role a demonym in the clause's object phrase fills when nothing else does ("tariffs on
    # Indian goods": India is the target)
    phrase_owner: str | None = None
    person_roles: tuple[str, ...] = ()  # roles a place never fills (who is arrested)
    # roles where a capital city is the city itself (where one went, what was struck); in every
    # other role a capital acts for its country's government, as CAMEO codes it ("Kyiv denied")
    literal_roles: tuple[str, ...] = ("place",)
    # a person's "attack" on a person or a body is words, not force ("राहुल गांधी का चुनाव आयोग पर
    # हमला"): {type: the type it is then, actor: role, targets: labels, roles: {old: new}}
    verbal: dict | None = field(default=None, hash=False)
    # roles whose fillers, when all are people (two or more) and the sentence tells no one killed or hurt, make the
    # event words, not force: no event of this type ("Trump and Zelenskiy clashed in the Oval Office" is a quarrel)
    words_when_people: tuple[str, ...] = ()
    # a state's protest is an official complaint, not a street demonstration (CAMEO 11x, not 14x): when every
    # filler of ``actor`` is a country (or its government), {type: the type it is then, actor: role, roles: {old: new}}
    by_state: dict | None = field(default=None, hash=False)
    # an item naming words, not a thing handed over (roles.yaml ``abstract_items``: "gave the order",
    # "gave his regards") makes no event of this type; an honour's item is such a word ("the Order of ...")
    idioms_give_nothing: bool = True
    # a role a pronoun fills is taken from an earlier event's role instead: {RELEASE: {released: [ARREST, detainee]}}
    # ("पुलिस ने सांसदों को हिरासत में लिया। बाद में उन्हें रिहा कर दिया गया": those held are freed)
    pronoun_from: dict = field(default_factory=dict, hash=False)
    # frames that tell an act of another kind than the type's others, never one fact with them in an article
    # (a shoot-down of the other side's drones is no strike of one's own on it, whoever the two sides)
    distinct_frames: tuple[str, ...] = ()
    # the one phoned in a converb before the verb ("X ने Y को फोन कर हमले की निंदा की") is no role of this type's: a
    # condemnation is of the deed told, not of the one called (a congratulation is the one called's; extract.py)
    not_the_one_called: bool = False
    # a planned deed of this type may be on a weekday told with the past verb that plans it ("বুধবার হরতালের ডাক
    # দিয়েছে": a strike called for Wednesday); for other types a trigger's own planned wording is a promise made
    # then ("বৃহস্পতিবার ... সহায়তা ঘোষণা করে": pledged on Thursday), and the weekday dates it (extract.py)
    planned_on_its_day: bool = False
    # types an event of this type answers on the spot, whoever their actors: told right after one in the same
    # paragraph with no time of its own, it takes that one's time ("... ने मंगलवार को प्रदर्शन किया। पुलिस ने आंसू गैस
    # के गोले छोड़े": the crowd was dispersed at the protest; timing.py rule 3)
    answers: tuple[str, ...] = ()
    # a mediation dates the deed it mediates, told after it in its sentence, whoever its sides ("UAE-এর মধ্যস্থতায় ...
    # বন্দি বিনিময় করেছে": the swap took place on the day the mediation is dated; timing.narrative_times)
    dates_the_deed: bool = False

    @property
    def cameo_root(self) -> str | None:
        return self.cameo[:2] if self.cameo else None

    def frame(self, name: str | None) -> dict[str, str]:
        return self.frames.get(name or "default") or self.frames.get("default", {})


@lru_cache(maxsize=1)
def load_ontology() -> dict[str, EventType]:
    data = yaml.safe_load(ONTOLOGY_FILE.read_text(encoding="utf-8"))
    out: dict[str, EventType] = {}
    for name, d in data["types"].items():
        item = d.get("item")
        out[name] = EventType(
            name=name,
            description=d.get("description", ""),
            roles=tuple(d.get("roles", [])),
            plover=d.get("plover"),
            cameo=d.get("cameo"),
            frames={k: dict(v) for k, v in (d.get("frames") or {}).items()},
            # "item: free" fills the role named "item"; "item: topic" fills "topic".
            item=("item" if item == "free" else item),
            item_owner=d.get("item_owner"),
            made_when_denied=bool(d.get("made_when_denied", False)),
            owner_of_object=bool(d.get("owner_of_object", False)),
            one_group=tuple(d.get("one_group", ())),
            asks=bool(d.get("asks", False)),
            bare_object_role=bool(d.get("bare_object_role", False)),
            phrase_owner=d.get("phrase_owner"),
            person_roles=tuple(d.get("person_roles", ())),
            literal_roles=tuple(d.get("literal_roles", ("place",))),
            verbal=d.get("verbal"),
            words_when_people=tuple(d.get("words_when_people", ())),
            by_state=d.get("by_state"),
            idioms_give_nothing=bool(d.get("idioms_give_nothing", True)),
            pronoun_from=dict(d.get("pronoun_from") or {}),
            distinct_frames=tuple(d.get("distinct_frames", ())),
            not_the_one_called=bool(d.get("not_the_one_called", False)),
            planned_on_its_day=bool(d.get("planned_on_its_day", False)),
            answers=tuple(d.get("answers", ())),
            dates_the_deed=bool(d.get("dates_the_deed", False)),
        )
    return out


def event_type(name: str) -> EventType:
    return load_ontology()[name]
