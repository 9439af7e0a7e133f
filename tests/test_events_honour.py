"""HONOUR: an award, order, medal or honorary title conferred (ontology.yaml; triggers in lang/*/triggers.yaml)."""
from __future__ import annotations

import pytest

from conftest import events_of
from khabar.events.ontology import load_ontology
from khabar.model import Document
from khabar.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline.build(["clean", "langid", "segment", "entities", "time", "events", "quotes"])


def honours(pipe, text: str) -> list[dict[str, set]]:
    return events_of(pipe, text, "HONOUR")


def test_honour_is_documented_with_its_codes():
    onto = load_ontology()
    assert onto["HONOUR"].roles == ("giver", "recipient", "item") and onto["HONOUR"].plover == "SUPPORT"


PUTIN_TO_MODI = {"giver": {"per:vladimir_putin"}, "recipient": {"per:narendra_modi"}}
RUSSIA_TO_MODI = {"giver": {"gpe:ru"}, "recipient": {"per:narendra_modi"}}


@pytest.mark.parametrize("text,expected", [
    ("राष्ट्रपति व्लादिमीर पुतिन ने मोदी को यह सम्मान प्रदान किया।", PUTIN_TO_MODI),
    ("पुतिन ने मोदी को रूस के सर्वोच्च नागरिक सम्मान से सम्मानित किया।", PUTIN_TO_MODI),
    ("পুতিন মোদির হাতে পদকটি তুলে দেন।", PUTIN_TO_MODI),
    ("Putin awarded Modi the Order of St Andrew the Apostle on Tuesday.", PUTIN_TO_MODI),
    ("Putin conferred the order on Modi.", PUTIN_TO_MODI),
    # a country's honour received, in the passive: the country confers it
    ("प्रधानमंत्री नरेंद्र मोदी को रूस के सर्वोच्च नागरिक सम्मान से सम्मानित किया गया।", RUSSIA_TO_MODI),
    ("প্রধানমন্ত্রী নরেন্দ্র মোদিকে রাশিয়ার সর্বোচ্চ বেসামরিক পদকে ভূষিত করা হয়েছে।", RUSSIA_TO_MODI),
    ("Modi was awarded Russia's highest civilian honour.", RUSSIA_TO_MODI),
    # none conferred: a contract, a command, an honoured guest, "at the hands of" the police
    ("The company was awarded a contract to build the bridge.", None),
    ("Putin gave the order to attack.", None),
    ("समारोह में मोदी सम्मानित अतिथि थे।", None),
    ("পুলিশের হাতে আটক হয়েছেন তিনি।", None),
])
def test_an_honour_names_who_conferred_it_and_on_whom(pipe, text, expected):
    got = honours(pipe, text)
    if expected is None:
        assert got == []
    else:
        assert [{k: got[0].get(k) for k in expected}] == [expected] and len(got) == 1


def test_bn_a_gift_handed_into_someones_hands_is_given_to_them(pipe):
    doc = pipe(Document(raw_text="পুতিন কিমের হাতে উপহার তুলে দেন।", published="2024-07-09"))
    (ev,) = [e for e in doc.events if e.type == "GIFT"]
    assert {r.entity_id for r in ev.roles if r.name == "recipient"} == {"per:kim_jong_un"}
