"""SEIZE (property seized, confiscated or impounded: CAMEO 171, PLOVER SEIZE) (ontology.yaml; triggers in
lang/*/triggers.yaml)."""
from __future__ import annotations

import pytest

from conftest import events_of
from khabar.events.ontology import load_ontology


def test_seize_is_documented_with_its_codes():
    onto = load_ontology()
    assert (onto["SEIZE"].plover, onto["SEIZE"].cameo) == ("SEIZE", "171")
    assert onto["SEIZE"].roles == ("seizer", "owner", "item", "place")


@pytest.mark.parametrize("text", [
    "Iran seized a British oil tanker in the Strait of Hormuz.",
    "ईरान ने होर्मुज जलडमरूमध्य में एक ब्रिटिश तेल टैंकर जब्त कर लिया।",
    "ইরান হরমুজ প্রণালীতে একটি ব্রিটিশ তেলবাহী ট্যাংকার জব্দ করেছে।",
])
def test_a_ship_seized_names_who_took_it_whose_it_was_and_where(pipe, text):
    got = events_of(pipe, text, "SEIZE")
    assert len(got) == 1
    assert got[0]["seizer"] == {"gpe:ir"} and got[0]["owner"] == {"gpe:gb"}
    assert got[0]["place"] == {"loc:strait_of_hormuz"}
    assert any("ट्यांকार" in w or "tanker" in w or "टैंकर" in w or "ট্যাংকার" in w for w in got[0]["item"])


@pytest.mark.parametrize("text", [
    "বাংলাদেশ কোস্ট গার্ড মিয়ানমারের একটি ট্রলার আটক করেছে।",
    "Sri Lanka's navy seized two Indian fishing boats and arrested 12 fishermen.",
])
def test_boats_seized_are_no_people_arrested(pipe, text):
    assert len(events_of(pipe, text, "SEIZE")) == 1
    arrests = events_of(pipe, text, "ARREST")
    assert all("boat" not in " ".join(map(str, a.get("detainee", ()))) for a in arrests)


@pytest.mark.parametrize("text", [
    "The rebels seized control of the city.",
    "पुलिस ने आरोपी को गिरफ्तार कर लिया।",
    "পুলিশ তিনজনকে আটক করেছে।",
])
def test_a_city_taken_or_people_held_are_no_seizure(pipe, text):
    assert events_of(pipe, text, "SEIZE") == []


@pytest.mark.parametrize("text,item", [
    # hi the thing seized marked with "को" is still the item; a participle before it is none of it
    ("श्रीलंका की नौसेना ने दो भारतीय नौकाओं को जब्त कर लिया।", "दो भारतीय नौकाओं"),
    ("ईरान के रिवोल्यूशनरी गार्ड्स ने होर्मुज जलडमरूमध्य में ब्रिटेन के झंडे वाले एक तेल टैंकर को जब्त कर लिया।", "एक तेल टैंकर"),
])
def test_hi_what_was_seized_is_the_words_ending_in_its_noun(pipe, text, item):
    got = events_of(pipe, text, "SEIZE")
    assert len(got) == 1 and got[0]["item"] == {item}
