"""Resolve referring arguments (pronouns, titles, groups, "I"/"we") to entities.

Rules, all language-independent (the words come from ``roles.yaml``):
- pronoun: the nearest earlier entity of a fitting type that is not already in
  another role of the same event, preferring recent event subjects (salience);
- title ("the Russian leader", "उत्तर कोरिया के नेता"): the last person first
  introduced with the same title head (and same country modifier when the
  reference has one), else as a pronoun;
- group ("दोनों नेताओं", "both countries"): the ``count`` most recent distinct entities;
- first person inside a direct quote: the quote's speaker; "we" prefers the person
  named in the speaker's description ("Putin's adviser" -> Putin).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Document
from .args import Arg

FITS = {"PER": {"PER"}, "GPE": {"GPE"}, "ANY": {"PER", "GPE", "ORG", "AGENCY"}}


@dataclass
class Antecedent:
    offset: int
    entity_id: str
    label: str
    slot: str
    sentence: int


@dataclass
class Resolver:
    doc: Document
    seen: list[Antecedent] = field(default_factory=list)
    subjects: list[Antecedent] = field(default_factory=list)  # subjects of extracted events
    anchors: list[tuple[int, str, str | None, str]] = field(default_factory=list)  # (offset, head, modifier, entity)
    speakers: list[tuple[int, int, str | None, str | None]] = field(default_factory=list)  # direct quotes

    def label_of(self, eid: str) -> str:
        ent = self.doc.entities.get(eid)
        return ent.type if ent else "PER"

    def observe(self, args: list[Arg], sentence: int, title_heads) -> None:
        """Record a sentence's resolved arguments as antecedents for later references."""
        for i, a in enumerate(args):
            for eid in a.entity_ids:
                self.seen.append(Antecedent(a.start, eid, self.label_of(eid), a.slot, sentence))
            if a.ref is None and a.entity_ids and a.label == "PER":
                head = title_heads(a.start)
                if head:
                    self.anchors.append((a.start, head[0], head[1], a.entity_ids[0]))

    def add_subject(self, arg: Arg, sentence: int) -> None:
        for eid in arg.entity_ids:
            self.subjects.append(Antecedent(arg.start, eid, self.label_of(eid), "subject", sentence))

    def _nearest(self, pool, before: int, fits: set[str], exclude: set[str], min_sentence: int = -1):
        for a in sorted(pool, key=lambda a: -a.offset):
            if a.offset < before and a.label in fits and a.entity_id not in exclude and a.sentence >= min_sentence:
                if a.slot == "locative":
                    continue
                return a.entity_id
        return None

    def pronoun(self, arg: Arg, sentence: int, exclude: set[str]) -> list[str]:
        fits = FITS.get(arg.ref.label, FITS["ANY"])
        eid = self._nearest(self.subjects, arg.start, fits, exclude, sentence - 1) or self._nearest(
            self.seen, arg.start, fits, exclude
        )
        return [eid] if eid else []

    def title(self, arg: Arg, sentence: int, exclude: set[str], head: str, modifier: str | None) -> list[str]:
        anchors = [x for x in sorted(self.anchors, key=lambda x: -x[0]) if x[0] < arg.start and x[3] not in exclude]
        for off, h, mod, eid in anchors:
            if h == head and (modifier is None or mod == modifier):
                return [eid]
        for off, h, mod, eid in anchors:  # "the Russian leader" = whoever was introduced as Russia's president
            if modifier is not None and mod == modifier:
                return [eid]
        fits = FITS["PER"]
        exclude = exclude | ({modifier} if modifier else set())
        # "The North Korean leader arrived": the actor of the previous sentence, else the nearest person
        eid = self._nearest(self.subjects, arg.start, fits, exclude, sentence - 1) or self._nearest(
            self.seen, arg.start, fits, exclude
        )
        return [eid] if eid else []

    def group(self, arg: Arg, sentence: int) -> list[str]:
        fits = FITS.get(arg.ref.label, FITS["ANY"])
        out: list[str] = []
        recent = [a for a in self.subjects if a.sentence >= sentence - 2]
        for a in sorted(recent, key=lambda a: -a.offset) + sorted(self.seen, key=lambda a: -a.offset):
            if a.offset < arg.start and a.label in fits and a.entity_id not in out:
                out.append(a.entity_id)
            if len(out) == arg.ref.count:
                break
        return out if len(out) == arg.ref.count else []

    def first_person(self, arg: Arg, plural: bool) -> list[str]:
        for s, e, speaker, principal in self.speakers:
            if s <= arg.start < e:
                who = (principal or speaker) if plural else speaker
                return [who] if who else []
        return []
