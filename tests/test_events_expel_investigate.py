"""EXPEL (people deported, CAMEO 174) and INVESTIGATE (an inquiry opened, CAMEO 090) (ontology.yaml; triggers in
lang/*/triggers.yaml)."""
from __future__ import annotations

import pytest

from conftest import events_of
from khabar.events.ontology import load_ontology


def test_expel_and_investigate_are_documented_with_their_codes():
    onto = load_ontology()
    assert (onto["EXPEL"].plover, onto["EXPEL"].cameo) == ("COERCE", "174")
    assert onto["INVESTIGATE"].cameo == "090" and onto["INVESTIGATE"].roles == ("investigator", "target", "topic")


@pytest.mark.parametrize("text", [
    "The United States deported 100 Indian nationals on Wednesday.",
    "अमेरिका ने बुधवार को 100 भारतीय नागरिकों को निर्वासित किया।",
    "যুক্তরাষ্ট্র বুধবার ১০০ ভারতীয় নাগরিককে ফেরত পাঠিয়েছে।",
])
def test_people_deported_name_who_sent_them_out_and_whose_nationals_they_are(pipe, text):
    got = events_of(pipe, text, "EXPEL")
    assert got and got[0].get("expeller") == {"gpe:us"} and got[0].get("expelled") == {"gpe:in"}


@pytest.mark.parametrize("text", [
    "Russia expelled two British diplomats.",            # relations cut: SANCTION
    "भारत ने पाकिस्तान के एक राजनयिक को निष्कासित कर दिया।",
])
def test_diplomats_expelled_are_no_deportation(pipe, text):
    assert events_of(pipe, text, "EXPEL") == []


@pytest.mark.parametrize("text", [
    "The UN launched an investigation into the killings.",
    "संयुक्त राष्ट्र ने हत्याओं की जांच शुरू की।",
    "জাতিসংঘ হত্যাকাণ্ডের তদন্ত শুরু করেছে।",
    "संयुक्त राष्ट्र ने कहा कि वह हत्याओं की जांच करेगा।",   # (one to come)
])
def test_an_investigation_opened_names_who_opened_it(pipe, text):
    got = events_of(pipe, text, "INVESTIGATE")
    assert got and got[0].get("investigator") == {"org:united_nations"}


@pytest.mark.parametrize("text", [
    "India called for an investigation into the killings.",
    "भारत ने हत्याओं की जांच की मांग की।",
    "ভারত হত্যাকাণ্ডের তদন্তের দাবি জানিয়েছে।",
])
def test_an_investigation_demanded_is_none_opened(pipe, text):
    assert events_of(pipe, text, "INVESTIGATE") == []


def test_bn_headline_passive_deportation_names_whose_nationals(pipe):
    got = events_of(pipe, "যুক্তরাষ্ট্র থেকে ১০৪ ভারতীয়কে ফেরত পাঠানো হলো সামরিক বিমানে", "EXPEL")
    assert got and got[0].get("expelled") == {"gpe:in"}
