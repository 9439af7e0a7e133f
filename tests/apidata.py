"""Hand-built facts on real article text, for API, export and browser tests.

The interfaces are tested independently of extraction quality: the seed
articles go through the foundation stages (clean, langid, segment) and the
facts are placed by hand at the offsets of the words that support them.
"""
from __future__ import annotations

from pathlib import Path

from khabar.model import Entity, Event, Mention, Quote, Role, Span, TimeExpr
from khabar.pipeline import Pipeline
from khabar.read import read_path
from khabar.store import Store

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"
HI_SEED = SEEDS / "hi_putin_pyongyang_gifts.txt"
BN_SEED = SEEDS / "bn_kim_vostochny_gifts.txt"

PUTIN = Entity("Q7747", "PER", "Vladimir Putin", qid="Q7747",
               names={"en": ["Vladimir Putin"], "hi": ["व्लादिमीर पुतिन", "पुतिन"], "bn": ["ভ্লাদিমির পুতিন", "পুতিন"]})
KIM = Entity("Q56226", "PER", "Kim Jong Un", qid="Q56226",
             names={"en": ["Kim Jong Un"], "hi": ["किम जोंग उन", "किम"], "bn": ["কিম জং-উন", "কিম"]})
USHAKOV = Entity("Q4504119", "PER", "Yuri Ushakov", names={"hi": ["यूरी उशाकोव"]})

FOUNDATION = ["clean", "langid", "segment"]


def foundation_doc(text_or_path, **meta):
    """A Document after the foundation stages: cleaned text, id, language, sentences."""
    pipe = Pipeline.build(FOUNDATION)
    if isinstance(text_or_path, Path):
        item = next(read_path(text_or_path))
    else:
        from khabar.model import Document

        item = Document(raw_text=text_or_path, source="test", **meta)
    for k, v in meta.items():
        setattr(item, k, v)
    return pipe(item)


def at(doc, needle: str, after: int = 0) -> tuple[int, int]:
    """Offsets of the first ``needle`` at or after ``after`` in the cleaned text (fails loudly if absent)."""
    i = doc.text.index(needle, after)
    return i, i + len(needle)


def mention(doc, needle: str, ent: Entity, after: int = 0) -> Mention:
    s, e = at(doc, needle, after)
    doc.entities[ent.id] = ent
    return Mention(s, e, needle, ent.type, ent.id, by="test:hand")


def gift(doc, eid: str, giver: Mention, recipient: Mention, trigger: str, item: str,
         time: str | None = None, sources: list[str] | None = None) -> Event:
    """A GIFT whose trigger and item are the first occurrences after the giver; evidence = giver..trigger."""
    ts, te = at(doc, trigger, giver.end)
    i_s, i_e = at(doc, item, giver.end)
    ev_span = [Span(giver.start, te)]
    return Event(eid, "GIFT", Span(ts, te), roles=[
        Role("giver", giver.text, giver.start, giver.end, giver.entity_id),
        Role("recipient", recipient.text, recipient.start, recipient.end, recipient.entity_id),
        Role("item", item, i_s, i_e)], time=time, modality="asserted", sources=sources or [],
        evidence=ev_span, confidence=0.9, by="test:hand", sentence=doc.sentence_at(ts))


def hindi_doc():
    """The Hindi seed with Putin→Kim and Kim→Putin GIFT events, a date and a quote."""
    d = foundation_doc(HI_SEED)
    d.published = "2024-06-19"
    first = mention(d, "व्लादिमीर पुतिन", PUTIN)
    ushakov = mention(d, "यूरी उशाकोव", USHAKOV)
    tea_sentence = d.text.index("पुतिन ने किम को टी")
    giver = mention(d, "पुतिन", PUTIN, tea_sentence)
    recipient = mention(d, "किम", KIM, giver.end)
    art_sentence = d.text.index("किम ने रूसी राष्ट्रपति")
    kim2 = mention(d, "किम", KIM, art_sentence)
    president = mention(d, "रूसी राष्ट्रपति", PUTIN, kim2.end)
    d.mentions = sorted([first, ushakov, giver, recipient, kim2, president], key=lambda m: m.start)
    d.events = [
        gift(d, "ev-hi-tea", giver, recipient, "गिफ्ट किया", "टी सेट", time="2024-06-19", sources=[USHAKOV.id]),
        gift(d, "ev-hi-art", kim2, president, "गिफ्ट कीं", "कलाकृतियां", time="2024-06-19"),
    ]
    ys, ye = at(d, "2000")
    d.times = [TimeExpr(ys, ye, "2000", "2000", "year", by="test:hand")]
    qs, qe = at(d, "दोनों नेताओं ने एक-दूसरे को गिफ्ट दिए हैं")
    d.quotes = [Quote(qs, qe, d.text[qs:qe], True, speaker=USHAKOV.id, by="test:hand")]
    return d


def bengali_doc():
    """The Bengali seed with a Putin→Kim GIFT (rifle) dated 2023-09-13."""
    d = foundation_doc(BN_SEED)
    d.published = "2023-09-14"
    putin = mention(d, "ভ্লাদিমির পুতিন", PUTIN)
    kim = mention(d, "কিম জং-উন", KIM, putin.end)
    d.mentions = [putin, kim]
    d.events = [gift(d, "ev-bn-rifle", putin, kim, "উপহার দিয়েছেন", "রাইফেল", time="2023-09-13")]
    return d


def seeded_store(db: str) -> Store:
    store = Store(db)
    for d in (hindi_doc(), bengali_doc()):
        store.save(d)
    return store
