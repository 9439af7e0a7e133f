"""The statistical name tagger (khabar.entities.tagger) and how the recogniser uses it."""
from __future__ import annotations

import unicodedata

import numpy as np
import pytest

from khabar.entities import tagger as tg
from khabar.entities.kb import default_kb
from khabar.entities.recognize import tokenize
from khabar.entities.stage import find_entities
from khabar.model import Document, Sentence


def run(text: str, lang: str) -> Document:
    text = unicodedata.normalize("NFC", text)
    return find_entities(Document(raw_text=text, text=text, lang=lang, sentences=[Sentence(0, len(text), lang)]))


@pytest.mark.parametrize("lang", ["hi", "bn"])
def test_shipped_weights_load_once(lang):
    model = tg.load_for(lang)
    assert model is not None and model.name == f"tagger-{lang}-v1"
    assert tg.load_for(lang) is model  # one model per process
    assert model.weights.shape[1] == len(tg.TAGS) and len(model.vocab) == len(model.weights)
    assert tg.model_path(lang).stat().st_size < 5_000_000


def test_no_model_for_a_language_without_one():
    assert tg.load_for("en") is None and tg.load_for(None) is None


def test_tags_new_names_not_in_the_kb():
    kb = default_kb()
    text = "पत्रकार सुनीता कुमारी ने बताया कि गोरखपुर विश्वविद्यालय के छात्र धरने पर बैठे हैं."
    assert not kb.lookup_surface("सुनीता कुमारी") and not kb.lookup_surface("गोरखपुर विश्वविद्यालय")
    model = tg.load_for("hi")
    spans = {(text[a:b], label) for a, b, label, _ in model.spans(text, tokenize(text))}
    assert ("सुनीता कुमारी", "PER") in spans
    assert ("गोरखपुर विश्वविद्यालय", "ORG") in spans


def test_unknown_person_in_a_new_hindi_sentence_becomes_a_mention():
    doc = run("कल शाम रमेश चंद्र वर्मा ने जबलपुर में किसानों की बैठक को संबोधित किया.", "hi")
    got = {(m.text, m.label): m for m in doc.mentions}
    per = got[("रमेश चंद्र वर्मा", "PER")]
    assert per.by == "model:tagger-hi-v1" and per.entity_id.startswith("new:") and 0.5 <= per.confidence < 1
    assert doc.text[per.start:per.end] == per.text
    city = got[("जबलपुर", "GPE")]  # in the KB: the KB id, tagger agreeing
    assert city.entity_id == "city:jabalpur" and "model:tagger-hi-v1" in city.by


def test_unknown_person_in_a_new_bengali_sentence():
    doc = run("ঢাকার অধ্যাপক আনিসুর রহমান বলেন যে কুমিল্লায় বন্যা পরিস্থিতি খারাপ।", "bn")
    per = [m for m in doc.mentions if m.label == "PER"]
    assert [m.text for m in per] == ["আনিসুর রহমান"] and per[0].by == "model:tagger-bn-v1"
    assert "city:comilla" in {m.entity_id for m in doc.mentions}


def test_output_is_deterministic():
    text = "विदेश मंत्री ने कहा कि अमित सहगल और नीलम राठौर लखनऊ पहुंचे."
    first = tg.load_for("hi").spans(text, tokenize(text))
    tg.load_for.cache_clear()
    assert tg.load_for("hi").spans(text, tokenize(text)) == first


def test_fast_scores_equal_feature_string_scores():
    """The cached per-word scoring used at run time must equal the training-time features."""
    model = tg.load_for("bn")
    text = "রাশিয়ার রাষ্ট্রপতি ভ্লাদিমির পুতিন গতকাল মস্কোয় সাংবাদিক নাসরিন আখতারকে সাক্ষাৎকার দেন।"
    toks = tokenize(text)
    slow = model.emissions(tg.token_features(text, toks, model.kb, model.cues))
    assert np.allclose(model.scores(text, toks), slow, atol=1e-3)


def test_bio_constraint_forbids_inside_without_begin():
    m = tg.allowed_transitions()
    o, b_per, i_per, i_org = (tg.TAGS.index(t) for t in ("O", "B-PER", "I-PER", "I-ORG"))
    assert m[o, i_per] < 0 and m[b_per, i_org] < 0 and m[len(tg.TAGS), i_per] < 0
    assert m[b_per, i_per] == 0 and m[i_per, i_per] == 0


def test_tagger_does_not_join_names_across_a_comma():
    doc = run("बैठक में पुतिन, किम और लावरोव मौजूद थे.", "hi")
    assert {"per:vladimir_putin", "per:kim_jong_un", "per:sergey_lavrov"} <= {m.entity_id for m in doc.mentions}
    assert all("," not in m.text for m in doc.mentions)


# --- demonyms and KB attributes ------------------------------------------------
@pytest.mark.parametrize("text,lang,word", [
    ("रूसी सैनिक सीमा पर पहुंचे.", "hi", "रूसी"),
    ("রাশিয়ান সেনারা সীমান্তে পৌঁছেছে।", "bn", "রাশিয়ান"),
    ("Russian troops reached the border.", "en", "Russian"),
])
def test_demonym_links_to_the_country_as_norp(text, lang, word):
    doc = run(text, lang)
    m = [m for m in doc.mentions if m.text == unicodedata.normalize("NFC", word)]
    assert m and m[0].label == "NORP" and m[0].entity_id == "gpe:ru" and m[0].by.startswith("demonym:")


def test_city_population_is_an_attribute():
    city = default_kb().entities["city:moscow"]
    assert city.attrs["population"] > 10_000_000
    assert not hasattr(city, "_population")
