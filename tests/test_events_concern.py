"""Statements of concern (CAMEO 012), condolences (CAMEO 018) and force used on crowds (CAMEO 175) in hi, bn and en."""
import pytest

from khabar.events.ontology import load_ontology
from khabar.model import Document
from khabar.pipeline import Pipeline

CHAIN = ["clean", "langid", "segment", "entities", "time", "events"]


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline.build(CHAIN)


def events(pipeline, text):
    doc = pipeline(Document(raw_text=text))
    name = lambda eid: doc.entities[eid].name if eid in doc.entities else eid  # noqa: E731
    return [(e.type, {r.name: name(r.entity_id) for r in e.roles if r.entity_id}) for e in doc.events]


def test_the_types_map_to_cameo_statements():
    onto = load_ontology()
    assert onto["CONCERN"].cameo == "012" and onto["CONDOLE"].cameo == "018"


@pytest.mark.parametrize("text,source", [
    ("Japan expressed concern over the incident on Monday.", "Japan"),
    ("The United Nations is deeply concerned about the violence in Gaza.", "United Nations"),
    ("The European Union has raised fears about a no-deal Brexit.", "European Union"),
    ("जापान ने इस घटना पर गहरी चिंता जताई।", "Japan"),
    ("জাপান এ ঘটনায় গভীর উদ্বেগ প্রকাশ করেছে।", "Japan"),
])
def test_concern_voiced(pipeline, text, source):
    got = [roles for t, roles in events(pipeline, text) if t == "CONCERN"]
    assert got and got[0].get("source") == source


@pytest.mark.parametrize("text,source,target", [
    ("Modi conveyed his condolences to Nepal after the earthquake.", "Narendra Modi", "Nepal"),
    ("प्रधानमंत्री नरेंद्र मोदी ने नेपाल के प्रति संवेदना व्यक्त की।", "Narendra Modi", "Nepal"),
    ("নরেন্দ্র মোদী নেপালের প্রতি সমবেদনা জানিয়েছেন।", "Narendra Modi", "Nepal"),
])
def test_condolences_offered(pipeline, text, source, target):
    got = [roles for t, roles in events(pipeline, text) if t == "CONDOLE"]
    assert got and got[0].get("source") == source and got[0].get("target") == target


def test_a_worried_look_or_a_thanks_is_no_statement_of_concern(pipeline):
    types = [t for t, _ in events(pipeline, "Modi thanked Japan for its concern and support.")]
    assert "CONCERN" not in types and "THANK" in types


def test_hi_sorrow_over_lives_lost_is_a_condolence(pipeline):
    got = events(pipeline, "संयुक्त राष्ट्र महासचिव एंटोनियो गुटेरेस ने जानमाल के नुकसान पर दुख जताया।")
    assert [(t, r.get("source")) for t, r in got] == [("CONDOLE", "António Guterres")]


def test_hi_relief_sent_to_a_town_named_before_the_passive_verb(pipeline):
    got = events(pipeline, "भारत द्वारा 10 टन राहत सामग्री नेपालगंज भेजी गई।")
    assert [(t, r.get("supplier")) for t, r in got] == [("AID", "India")]


@pytest.mark.parametrize("text,force", [
    ("DHAKA, July 16 (Reuters) - Police fired tear gas at protesters on Tuesday, witnesses said.", "Bangladesh"),
    ("दिल्ली पुलिस ने जंतर मंतर पर प्रदर्शनकारियों पर लाठीचार्ज किया।", "Delhi Police"),
    ("নিজস্ব প্রতিবেদক, ঢাকা\n\nশাহবাগে অবস্থান নেওয়া শিক্ষার্থীদের ওপর মঙ্গলবার লাঠিপেটা করেছে পুলিশ।", "Bangladesh"),
    # a web page's byline separator
    ("নিজস্ব প্রতিবেদক | ঢাকা\nআপডেট: ০৩ সেপ্টেম্বর ২০২৪\n\nশাহবাগে শিক্ষার্থীদের ওপর লাঠিপেটা করেছে পুলিশ।", "Bangladesh"),
])
def test_force_used_on_a_crowd_is_repression_by_the_force(pipeline, text, force):
    got = [r for t, r in events(pipeline, text) if t == "REPRESS"]
    assert got and got[0].get("force") == force


def test_missiles_fired_at_a_country_are_an_attack_not_repression(pipeline):
    assert "REPRESS" not in [t for t, _ in events(pipeline, "North Korea fired missiles at South Korea on Monday.")]


@pytest.mark.parametrize("text", [
    "Nepal PM Oli resigns amid deadly protests",
    "नेपाल के प्रधानमंत्री केपी शर्मा ओली ने इस्तीफा दे दिया।",
    "নেপালের প্রধানমন্ত্রী কে পি শর্মা অলি পদত্যাগ করেছেন।",
])
def test_a_leader_who_steps_down_resigns(pipeline, text):
    assert [(t, r.get("resigner")) for t, r in events(pipeline, text)] == [("RESIGN", "K. P. Sharma Oli")]


def test_a_resignation_demanded_is_no_resignation(pipeline):
    types = [t for t, _ in events(pipeline, "বিএনপি শেখ হাসিনার পদত্যাগ দাবি করেছে।")]
    assert types == ["APPEAL"]
    assert [t for t, _ in events(pipeline, "He resigned himself to defeat.")] == []


def test_tear_gas_and_water_cannon_at_protesters_is_repression_not_an_attack(pipeline):
    got = events(pipeline, "NAIROBI, June 25 (Reuters) - Kenyan police fired tear gas and water cannon at thousands of "
                           "protesters in Nairobi on Wednesday, witnesses said.")
    assert [(t, r.get("force")) for t, r in got] == [("REPRESS", "Kenya")]


def test_police_in_a_city_are_that_countrys_with_no_dateline(pipeline):
    got = events(pipeline, "Police in Dhaka fired tear gas at protesters on Tuesday.")
    assert [(t, r.get("force")) for t, r in got] == [("REPRESS", "Bangladesh")]


def test_bn_whom_force_struck_is_kept_without_the_purpose_words():
    doc = Pipeline.build(CHAIN)(Document(raw_text="নিজস্ব প্রতিবেদক, ঢাকা\n\nবিক্ষোভকারীদের ছত্রভঙ্গ করতে কাঁদানে গ্যাসের শেল ছুড়েছে পুলিশ।"))
    (ev,) = [e for e in doc.events if e.type == "REPRESS"]
    assert [r.text for r in ev.roles if r.name == "target"] == ["বিক্ষোভকারীদের"]
