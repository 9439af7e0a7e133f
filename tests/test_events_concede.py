"""APOLOGIZE and EASE_SANCTION: an apology and sanctions eased, two concessions (CAMEO 055 and 085; PLOVER CONCEDE;
ontology.yaml, triggers in lang/*/triggers.yaml)."""
from __future__ import annotations

import pytest

from conftest import events_of
from khabar.events.ontology import load_ontology


def test_concessions_are_documented_with_their_codes():
    onto = load_ontology()
    assert (onto["APOLOGIZE"].plover, onto["APOLOGIZE"].cameo) == ("CONCEDE", "055")
    assert (onto["EASE_SANCTION"].plover, onto["EASE_SANCTION"].cameo) == ("CONCEDE", "085")


JP, KR, US, SY, TRUMP, MX_CA = {"gpe:jp"}, {"gpe:kr"}, {"gpe:us"}, {"gpe:sy"}, {"per:donald_trump"}, {"gpe:mx", "gpe:ca"}


@pytest.mark.parametrize("text,type_,source,target", [
    # an apology: who apologised and to whom
    ("Japan apologised to South Korea on Monday for the remarks.", "APOLOGIZE", JP, KR),
    ("जापान ने सोमवार को दक्षिण कोरिया से माफी मांगी।", "APOLOGIZE", JP, KR),
    ("জাপান সোমবার দক্ষিণ কোরিয়ার কাছে ক্ষমা চেয়েছে।", "APOLOGIZE", JP, KR),
    # sanctions eased: who eased them and on whom
    ("The United States eased sanctions on Syria on Friday.", "EASE_SANCTION", US, SY),
    ("अमेरिका ने शुक्रवार को सीरिया पर प्रतिबंधों में ढील दी।", "EASE_SANCTION", US, SY),
    ("যুক্তরাষ্ট্র শুক্রবার সিরিয়ার ওপর নিষেধাজ্ঞা শিথিল করেছে।", "EASE_SANCTION", US, SY),
    ("যুক্তরাষ্ট্র সিরিয়ার ওপর থেকে নিষেধাজ্ঞা তুলে নিয়েছে।", "EASE_SANCTION", US, SY),
    ("अमेरिका सीरिया पर लगे प्रतिबंध हटा लेगा।", "EASE_SANCTION", US, SY),   # (to come: planned, still who and on whom)
    # tariffs put off are eased for those they were on
    ("President Donald Trump had postponed tariffs on Mexico and Canada for 30 days.", "EASE_SANCTION", TRUMP, MX_CA),
    ("अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप ने मेक्सिको और कनाडा पर शुल्क 30 दिनों के लिए टाल दिए थे।", "EASE_SANCTION", TRUMP, MX_CA),
    ("মার্কিন প্রেসিডেন্ট ডোনাল্ড ট্রাম্প মেক্সিকো ও কানাডার ওপর শুল্ক আরোপ ৩০ দিনের জন্য স্থগিত করেছেন।", "EASE_SANCTION",
     TRUMP, MX_CA),
])
def test_a_concession_names_who_made_it_and_to_whom(pipe, text, type_, source, target):
    got = events_of(pipe, text, type_)
    assert got and got[0].get("source") == source and got[0].get("target") == target


@pytest.mark.parametrize("text", [
    "South Korea demanded an apology from Japan.",
    "दक्षिण कोरिया ने जापान से माफी मांगने की मांग की।",
])
def test_an_apology_demanded_is_no_apology(pipe, text):
    assert events_of(pipe, text, "APOLOGIZE") == []


def test_sanctions_eased_are_no_sanctions_imposed(pipe):
    text = "The United States eased sanctions on Syria on Friday."
    assert events_of(pipe, text, "SANCTION") == []
