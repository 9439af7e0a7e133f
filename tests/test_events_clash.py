"""CLASH: a clash, gunfight or skirmish between two sides, no one side the attacker (ontology.yaml; triggers in
lang/*/triggers.yaml)."""
from __future__ import annotations

import pytest

from conftest import events_of
from khabar.events.ontology import load_ontology
from khabar.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline.build(["clean", "langid", "segment", "entities", "time", "events", "quotes"])


def clashes(pipe, text: str) -> list[dict[str, set]]:
    return events_of(pipe, text, "CLASH")


def test_clash_is_documented_with_its_codes():
    onto = load_ontology()
    assert onto["CLASH"].roles == ("participant", "place", "killed", "injured") and onto["CLASH"].cameo == "190"


@pytest.mark.parametrize("text,expected", [
    ("भाजपा और कांग्रेस कार्यकर्ताओं के बीच झड़प हुई।",
     {"participant": {"org:bjp", "org:indian_national_congress"}}),
    ("জামায়াত ও বিএনপির কর্মীদের মধ্যে সংঘর্ষ হয়েছে।",
     {"participant": {"org:bnp", "org:jamaat_e_islami_bangladesh"}}),
    ("Indian and Chinese troops clashed in the Galwan valley.",
     {"participant": {"gpe:in", "gpe:cn"}}),
    # the toll as the sentence counts it, and where
    ("ढाका में गुरुवार को पुलिस और प्रदर्शनकारियों के बीच झड़प में तीन लोगों की मौत हो गई।",
     {"place": {"city:dhaka"}, "killed": {"तीन लोगों"}}),
    ("Three people were killed in clashes between police and protesters in Dhaka on Thursday.",
     {"place": {"city:dhaka"}, "killed": {"Three people"}}),
    # a place's genitive before a place noun in the locative says where ("in a camp of Cox's Bazar")
    ("কক্সবাজারের ক্যাম্পে বৃহস্পতিবার রাতে দুই সশস্ত্র গোষ্ঠীর সংঘর্ষে তিন রোহিঙ্গা নিহত হয়েছেন।",
     {"place": {"loc:bd_coxs_bazar"}, "killed": {"তিন রোহিঙ্গা"}}),
    # no clash: views that clash, a clash noun with no toll or verb
    ("Their views clash with those of the government.", None),
    ("सीमा पर झड़पों के बाद भारत और चीन ने बातचीत की।", None),
    # a road collision is no clash
    ("লন্ডনে একটি গাড়ির সাথে সংঘর্ষে একজন সাইকেল আরোহী নিহত হয়েছেন।", None),
    ("दिल्ली में बस और ट्रक की भिड़ंत में तीन लोगों की मौत हो गई।", None),
])
def test_a_clash_names_its_sides_place_and_toll(pipe, text, expected):
    got = clashes(pipe, text)
    if expected is None:
        assert got == []
    else:
        assert [{k: got[0].get(k) for k in expected}] == [expected] and len(got) == 1
