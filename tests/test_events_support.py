"""Shared helpers for the events/quotes tests: Documents with hand-made mentions.

The entities stage is separate; these tests give the extractor mentions from a tiny
test gazetteer (surface form -> entity id, type) so they test only events/quotes.
"""
from __future__ import annotations

import re

import regex

from khabar.model import Document, Entity, Mention, Sentence, TimeExpr

ENTITIES = {
    "putin": ("PER", "Vladimir Putin"),
    "kim": ("PER", "Kim Jong Un"),
    "ushakov": ("PER", "Yuri Ushakov"),
    "peskov": ("PER", "Dmitry Peskov"),
    "lavrov": ("PER", "Sergey Lavrov"),
    "modi": ("PER", "Narendra Modi"),
    "macron": ("PER", "Emmanuel Macron"),
    "xi": ("PER", "Xi Jinping"),
    "russia": ("GPE", "Russia"),
    "nk": ("GPE", "North Korea"),
    "sk": ("GPE", "South Korea"),
    "ukraine": ("GPE", "Ukraine"),
    "india": ("GPE", "India"),
    "france": ("GPE", "France"),
    "china": ("GPE", "China"),
    "moscow": ("GPE", "Moscow"),
    "pyongyang": ("GPE", "Pyongyang"),
    "vladivostok": ("GPE", "Vladivostok"),
    "komsomolsk": ("GPE", "Komsomolsk-on-Amur"),
    "paris": ("GPE", "Paris"),
    "delhi": ("GPE", "New Delhi"),
    "vostochny": ("LOC", "Vostochny Cosmodrome"),
    "tass": ("AGENCY", "TASS"),
    "afp": ("AGENCY", "AFP"),
    "kcna": ("AGENCY", "KCNA"),
    "sputnik": ("AGENCY", "Sputnik"),
    "yonhap": ("AGENCY", "Yonhap"),
    "reuters": ("AGENCY", "Reuters"),
}

# dated KB roles (Entity.roles), as the entities stage copies them from src/khabar/kb/
ROLES = {
    "putin": [{"title": "Prime Minister of Russia", "from": "2008-05-08", "to": "2012-05-07"},
              {"title": "President of Russia", "from": "2012-05-07", "to": None}],
    "kim": [{"title": "Supreme Leader of North Korea", "from": "2011-12-17", "to": None}],
    "lavrov": [{"title": "Minister of Foreign Affairs of Russia", "from": "2004-03-09", "to": None}],
    "modi": [{"title": "Prime Minister of India", "from": "2014-05-26", "to": None}],
    "macron": [{"title": "President of France", "from": "2017-05-14", "to": None}],
    "xi": [{"title": "President of China", "from": "2013-03-14", "to": None}],
}

# demonyms: NORP mentions linked to their country, as the entities stage gives them
DEMONYMS = {
    "russia": ["रूसी", "রাশিয়ান", "রুশ", "Russian"],
    "india": ["भारतीय", "ভারতীয়", "Indian"],
    "france": ["फ्रांसीसी", "ফরাসি", "French"],
    "china": ["चीनी", "চীনা", "Chinese"],
}

# surface forms, longest first when matching
SURFACES = {
    "putin": ["व्लादिमीर पुतिन", "पुतिन", "ভ্লাদিমির পুতিন", "পুতিন", "Vladimir Putin", "Putin"],
    "kim": ["किम जोंग उन", "किम", "কিম জং-উন", "কিম", "Kim Jong Un", "Kim"],
    "ushakov": ["यूरी उशाकोव", "उशाकोव", "Yuri Ushakov", "Ushakov"],
    "peskov": ["दिमित्री पेस्कोव", "पेस्कोव", "দিমিত্রি পেসকভ", "পেসকভ", "Dmitry Peskov", "Peskov"],
    "lavrov": ["सर्गेई लावरोव", "लावरोव", "সের্গেই ল্যাভরভ", "ল্যাভরভ", "Sergey Lavrov", "Lavrov"],
    "modi": ["नरेंद्र मोदी", "मोदी", "নরেন্দ্র মোদী", "মোদী", "Narendra Modi", "Modi"],
    "macron": ["इमैनुएल मैक्रों", "मैक्रों", "ইমানুয়েল মাখোঁ", "মাখোঁ", "Emmanuel Macron", "Macron"],
    "xi": ["शी जिनपिंग", "শি জিনপিং", "Xi Jinping", "Xi"],
    "russia": ["रूस", "রাশিয়া", "Russia"],
    "nk": ["उत्तर कोरिया", "कोरिया", "উত্তর কোরিয়া", "North Korea", "Pyongyang's"],
    "sk": ["दक्षिण कोरिया", "দক্ষিণ কোরিয়া", "South Korea", "Seoul"],
    "ukraine": ["यूक्रेन", "ইউক্রেন", "Ukraine"],
    "india": ["भारत", "ভারত", "India"],
    "france": ["फ्रांस", "ফ্রান্স", "France"],
    "china": ["चीन", "চীন", "China"],
    "moscow": ["मॉस्को", "মস্কো", "Moscow"],
    "pyongyang": ["प्योंगगयांग", "प्योंगयांग", "পিয়ংইয়ং", "Pyongyang"],
    "vladivostok": ["ভ্লাদিভোস্টক", "Vladivostok"],
    "komsomolsk": ["কিমসোমলস্ক-অন-আমুর", "Komsomolsk-on-Amur"],
    "paris": ["पेरिस", "প্যারিস", "Paris"],
    "delhi": ["नई दिल्ली", "दिल्ली", "নয়াদিল্লি", "New Delhi"],
    "vostochny": ["ভোস্টোচনি মহাকাশ বন্দর", "Vostochny"],
    "tass": ["तास", "TASS", "তাস"],
    "afp": ["एएफपी", "এএফপি", "AFP"],
    "kcna": ["केसीएनए", "কেসিএনএ", "KCNA"],
    "sputnik": ["स्पुतनिक", "স্পুটনিক", "Sputnik"],
    "yonhap": ["योनहाप", "ইয়োনহাপ", "Yonhap"],
    "reuters": ["रॉयटर्स", "রয়টার্স", "Reuters"],
}


def tag(text: str) -> list[Mention]:
    """Longest-first, non-overlapping gazetteer mentions; a match must start a word."""
    cands = []
    surfaces = [(eid, f, ENTITIES[eid][0]) for eid, forms in SURFACES.items() for f in forms]
    surfaces += [(eid, f, "NORP") for eid, forms in DEMONYMS.items() for f in forms]
    for eid, f, label in surfaces:
        for m in re.finditer(re.escape(f), text):
            if m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "\u094d\u09cd"):
                continue
            bengali = "\u0980" <= f[0] <= "\u09ff"
            if not bengali and m.end() < len(text) and regex.match(r"\w", text[m.end()]):
                continue  # "रूस" inside "रूसी"; Bengali case suffixes are handled by the extractor
            cands.append((m.start(), m.end(), eid, label))
    cands.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    out: list[Mention] = []
    for s, e, eid, label in cands:
        if out and s < out[-1].end:
            continue
        out.append(Mention(s, e, text[s:e], label, eid, by="test-gazetteer"))
    return out


def sentences(text: str) -> list[Sentence]:
    out, start = [], 0
    for m in re.finditer(r"[.!?।]+[\"'”’»]*(?=\s|$)|\n+", text):
        if text[start : m.end()].strip():
            s = start + (len(text[start:]) - len(text[start:].lstrip()))
            out.append(Sentence(s, m.end()))
        start = m.end()
    if text[start:].strip():
        s = start + (len(text[start:]) - len(text[start:].lstrip()))
        out.append(Sentence(s, len(text.rstrip())))
    return out


def make_doc(text: str, lang: str, doc_id: str = "test", published: str | None = None) -> Document:
    doc = Document(raw_text=text, text=text, lang=lang, id=doc_id, published=published)
    doc.sentences = [Sentence(s.start, s.end, lang) for s in sentences(text)]
    doc.mentions = tag(text)
    doc.entities = {eid: Entity(eid, t, name, roles=ROLES.get(eid, [])) for eid, (t, name) in ENTITIES.items()}
    return doc


def roles_of(ev, name: str) -> list[str]:
    return [r.entity_id or r.text for r in ev.roles if r.name == name]


def summary(ev) -> tuple:
    """(type, sorted role=filler pairs, modality) for compact assertions."""
    return (ev.type, tuple(sorted(f"{r.name}={r.entity_id or r.text}" for r in ev.roles if r.name != "claim")), ev.modality)


def add_time(doc: Document, surface: str, value: str, kind: str = "DATE") -> None:
    """A hand-made TimeExpr (what the time stage would give) for the first ``surface``."""
    i = doc.text.index(surface)
    doc.times.append(TimeExpr(i, i + len(surface), surface, value, "day", kind=kind, by="test"))
    doc.times.sort(key=lambda t: t.start)
