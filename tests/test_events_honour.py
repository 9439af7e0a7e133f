"""HONOUR: an award, order, medal or honorary title conferred (ontology.yaml; triggers in lang/*/triggers.yaml)."""
from __future__ import annotations

import pytest

from khabar.events.ontology import load_ontology
from khabar.model import Document
from khabar.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline.build(["clean", "langid", "segment", "entities", "time", "events", "quotes"])


def honours(pipe, text: str) -> list[dict[str, set]]:
    doc = pipe(Document(raw_text=text, published="2024-07-09"))
    out = []
    for ev in doc.events:
        if ev.type == "HONOUR":
            roles: dict[str, set] = {}
            for r in ev.roles:
                roles.setdefault(r.name, set()).add(r.entity_id or r.text)
            out.append(roles)
    return out


def test_honour_is_documented_with_its_codes():
    onto = load_ontology()
    assert onto["HONOUR"].roles == ("giver", "recipient", "item") and onto["HONOUR"].plover == "SUPPORT"


@pytest.mark.parametrize("text", [
    "राष्ट्रपति व्लादिमीर पुतिन ने मोदी को यह सम्मान प्रदान किया।",
    "पुतिन ने मोदी को रूस के सर्वोच्च नागरिक सम्मान से सम्मानित किया।",
    "পুতিন মোদির হাতে পদকটি তুলে দেন।",
    "Putin awarded Modi the Order of St Andrew the Apostle on Tuesday.",
    "Putin conferred the order on Modi.",
])
def test_an_honour_conferred_names_giver_and_recipient(pipe, text):
    (got,) = honours(pipe, text)
    assert got["giver"] == {"per:vladimir_putin"} and got["recipient"] == {"per:narendra_modi"}


@pytest.mark.parametrize("text", [
    "प्रधानमंत्री नरेंद्र मोदी को रूस के सर्वोच्च नागरिक सम्मान से सम्मानित किया गया।",
    "প্রধানমন্ত্রী নরেন্দ্র মোদিকে রাশিয়ার সর্বোচ্চ বেসামরিক পদকে ভূষিত করা হয়েছে।",
    "Modi was awarded Russia's highest civilian honour.",
])
def test_a_countrys_honour_received_in_the_passive(pipe, text):
    (got,) = honours(pipe, text)
    assert got["recipient"] == {"per:narendra_modi"} and got["giver"] == {"gpe:ru"}


@pytest.mark.parametrize("text", [
    "The company was awarded a contract to build the bridge.",
    "Putin gave the order to attack.",
    "समारोह में मोदी सम्मानित अतिथि थे।",
    "পুলিশের হাতে আটক হয়েছেন তিনি।",
])
def test_no_honour_where_none_is_conferred(pipe, text):
    assert honours(pipe, text) == []


def test_bn_a_gift_handed_into_someones_hands_is_given_to_them(pipe):
    doc = pipe(Document(raw_text="পুতিন কিমের হাতে উপহার তুলে দেন।", published="2024-07-09"))
    (ev,) = [e for e in doc.events if e.type == "GIFT"]
    assert {r.entity_id for r in ev.roles if r.name == "recipient"} == {"per:kim_jong_un"}
