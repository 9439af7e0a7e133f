"""Direct quotes (every quote mark) and reported speech with speaker and attribution chain."""
import pytest

from khabar.events.extract import analyse
from khabar.events.quotes import direct_quote_spans
from test_events_support import make_doc


def quotes(text: str, lang: str):
    return analyse(make_doc(text, lang)).quotes


@pytest.mark.parametrize("mark", ["'…'", '"…"', "«…»", "“…”", "‘…’"])
def test_every_quote_mark(mark):
    o, c = mark[0], mark[-1]
    text = f"Putin said: {o}We are grateful to our friends.{c} He left."
    (span,) = direct_quote_spans(text)
    assert text[span[0] : span[1]] == "We are grateful to our friends."


def test_apostrophe_is_not_a_quote_mark():
    text = "पुतिन के सलाहकार ने कहा, 'हमने उन्हें एक खंजर (Admiral's Dagger) दिया.' फिर वे चले गए."
    (span,) = direct_quote_spans(text)
    assert text[span[0] : span[1]].endswith("दिया.")


def test_hi_direct_quote_speaker_by_pronoun():
    qs = quotes("मोदी पेरिस पहुंचे. उन्होंने कहा, 'यह यात्रा ऐतिहासिक है.'", "hi")
    (q,) = [q for q in qs if q.direct]
    assert q.speaker == "modi" and q.chain == ["modi"] and q.text == "यह यात्रा ऐतिहासिक है."


def test_hi_according_to_then_speaker_chain():
    qs = quotes("तास के मुताबिक, उशाकोव ने बताया कि मोदी ने मैक्रों को घड़ी गिफ्ट की.", "hi")
    assert any(q.chain == ["tass", "ushakov"] and q.speaker == "ushakov" for q in qs)


def test_hi_agency_citing_spokesman_is_the_marked_agent_not_the_nearest_name():
    # रूस sits between the agency (ने) and the cited spokesman: the agent still speaks
    qs = quotes("एएफपी ने रूस के प्रवक्ता पेस्कोव के हवाले से बताया कि मोदी ने मैक्रों को घड़ी गिफ्ट की.", "hi")
    assert qs and all(q.chain == ["afp", "peskov"] for q in qs)


def test_short_reported_clause_after_a_complementizer_is_the_content():
    qs = quotes("রয়টার্স জানিয়েছে, পুতিন বলেছেন যে রাশিয়া প্রস্তুত।", "bn")
    (q,) = [q for q in qs if q.speaker == "putin"]
    assert q.text == "রাশিয়া প্রস্তুত।" and q.chain == ["reuters", "putin"]


@pytest.mark.parametrize("lang,text,words", [
    ("bn", "মোদী মাখোঁকে একটি ঘড়ি উপহার দিয়েছেন বলে জানিয়েছেন পেসকভ।", "মোদী মাখোঁকে একটি ঘড়ি উপহার দিয়েছেন"),
    ("en", "Modi gave Macron a watch, said Peskov.", "Modi gave Macron a watch"),
])
def test_speaker_after_the_verb_says_what_precedes_it(lang, text, words):
    (q,) = [q for q in quotes(text, lang) if q.speaker == "peskov"]
    assert q.text == words


@pytest.mark.parametrize("lang,text,words", [
    ("en", "Modi gave Macron a watch on Monday, state news agency AFP said, as Xi arrived.",
     "Modi gave Macron a watch on Monday"),
    ("bn", "মোদী মাখোঁকে একটি ঘড়ি উপহার দিয়েছেন, ফরাসি বার্তা সংস্থা এএফপি জানিয়েছে।",
     "মোদী মাখোঁকে একটি ঘড়ি উপহার দিয়েছেন"),
])
def test_descriptor_before_the_source_is_not_part_of_the_words(lang, text, words):
    (q,) = [q for q in quotes(text, lang) if q.speaker == "afp"]
    assert q.text == words


def test_apposition_is_no_list_and_a_phrase_may_sit_before_that():
    (q,) = [q for q in quotes("Peskov, the Kremlin spokesman, said in a statement carried by AFP that "
                              "Modi met Xi.", "en") if not q.direct]
    assert (q.speaker, q.text) == ("peskov", "Modi met Xi.")


def test_words_after_a_dash_belong_to_the_speaker_before_it():
    # a Hindi headline: "China warned Taiwan, the US said - Beijing must stop provoking"
    (q,) = [q for q in quotes("मोदी ने मैक्रों को घड़ी दी, रॉयटर्स ने कहा- बातचीत आगे बढ़ेगी", "hi")
            if q.speaker == "reuters"]
    assert q.text == "बातचीत आगे बढ़ेगी"


def test_bn_source_with_a_descriptor_after_the_quotative_verb():
    qs = quotes("মোদী মাখোঁকে একটি ঘড়ি উপহার দিয়েছেন বলে জানিয়েছে ফরাসি বার্তা সংস্থা এএফপি।", "bn")
    (q,) = [q for q in qs if q.speaker == "afp"]
    assert q.text == "মোদী মাখোঁকে একটি ঘড়ি উপহার দিয়েছেন"


def test_en_addressee_is_not_the_words_and_alone_is_no_quote():
    (q,) = quotes("Peskov told reporters Kim met Xi.", "en")
    assert (q.speaker, q.text) == ("peskov", "Kim met Xi.")
    assert quotes("Putin told Xi.", "en") == []


def test_en_unnamed_source_far_from_the_verb_gives_no_speaker():
    # "a foreign ministry statement said": the name before it is no speaker
    assert quotes("Modi gave Macron a watch and visited Paris, a foreign ministry statement said.", "en") == []


def test_bn_noun_with_janano_is_a_compound_verb_not_speech():
    # "called on both sides to show restraint": আহ্বান জানিয়েছেন reports no words
    assert quotes("মাখোঁ উভয় পক্ষকে সংযম দেখানোর আহ্বান জানিয়েছেন।", "bn") == []


def test_bn_agency_citing_spokesman():
    qs = quotes("পেসকভের বরাত দিয়ে এএফপি জানিয়েছে যে, মোদী মাখোঁকে একটি ঘড়ি উপহার দিয়েছেন।", "bn")
    (q,) = qs
    assert q.chain == ["afp", "peskov"] and q.speaker == "peskov"
    assert q.text.startswith("মোদী")


def test_bn_according_to_agency():
    (q,) = quotes("রয়টার্সের মতে, শি জিনপিং মোদীর সঙ্গে আলোচনা করেন।", "bn")
    assert q.speaker == "reuters" and q.chain == ["reuters"]


@pytest.mark.parametrize("text,chain", [
    ("AFP, citing Peskov, reported that Kim met Xi.", ["afp", "peskov"]),
    ("According to Reuters, Xi met Macron in Paris.", ["reuters"]),
    ("Kim met Xi in Moscow, KCNA reported.", ["kcna"]),
    ("AFP quoted Peskov as saying that Kim met Xi.", ["afp", "peskov"]),
])
def test_en_chains(text, chain):
    qs = quotes(text, "en")
    assert qs and qs[0].chain == chain


def test_en_quoted_as_saying_gives_the_quoted_person_and_the_content():
    (q,) = quotes("AFP quoted Peskov as saying that Kim met Xi.", "en")
    assert (q.speaker, q.text) == ("peskov", "Kim met Xi.")


def test_en_quote_after_speaker_cue():
    (q,) = [q for q in quotes('"We will meet again in Moscow," Putin said.', "en") if q.direct]
    assert q.speaker == "putin" and q.text.startswith("We will meet")


def test_events_inside_a_quote_are_sourced_to_its_speaker():
    doc = make_doc('Putin said: "I gave Kim a rifle." Then he left.', "en")
    (gift,) = [e for e in analyse(doc).events if e.type == "GIFT"]
    assert [r.entity_id for r in gift.roles if r.name == "giver"] == ["putin"]
    assert gift.sources == ["putin"] and gift.modality == "reported"


def test_speech_verb_that_is_part_of_an_event_is_not_a_quote():
    # "ধন্যবাদ জানান" is thanking, not a statement
    assert quotes("কিম পুতিনকে ধন্যবাদ জানান।", "bn") == []


@pytest.mark.parametrize("lang,text,office", [
    ("hi", "पुतिन ने किम से मुलाकात की। बाद में वित्त मंत्री ने कहा कि अर्थव्यवस्था मजबूत है।", "वित्त मंत्री"),
    ("bn", "পুতিন কিমের সঙ্গে বৈঠক করেন। পরে অর্থমন্ত্রী জানিয়েছেন, অর্থনীতি শক্তিশালী।", "অর্থমন্ত্রী"),
    ("en", "Putin met Kim in Pyongyang. Later the finance minister said the economy was strong.", "the finance minister"),
])
def test_speaker_named_only_by_office_is_kept_and_never_guessed(lang, text, office):
    doc = make_doc(text, lang)
    quotes = [q for q in analyse(doc).quotes if not q.direct]
    (q,) = [q for q in quotes if doc.text[q.speaker_span.start:q.speaker_span.end] == office]
    assert q.speaker is None and q.chain == []  # not Putin or Kim: nobody named held that office here
    assert len(q.text.split()) >= 2 and office not in q.text


def test_office_resolves_to_its_holder_named_earlier():
    doc = make_doc("रूस के विदेश मंत्री सर्गेई लावरोव प्योंगयांग पहुंचे। विदेश मंत्री ने कहा कि बातचीत अच्छी रही।", "hi")
    said = [q for q in analyse(doc).quotes if "बातचीत" in q.text]
    assert said and said[0].speaker == "lavrov"
