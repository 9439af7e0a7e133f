import pytest

from khabar.model import Document
from khabar.pipeline import Pipeline
from khabar.text.langid import identify
from khabar.text.script import dominant_script

from conftest import BN_SEED, HI_SEED


def run(text):
    return Pipeline.build(["clean", "langid", "segment"])(Document(raw_text=text))


def test_seed_languages_and_scripts():
    hi = run(HI_SEED.read_text(encoding="utf-8"))
    bn = run(BN_SEED.read_text(encoding="utf-8"))
    assert (hi.lang, hi.script) == ("hi", "Deva")
    assert (bn.lang, bn.script) == ("bn", "Beng")
    assert {s.lang for s in hi.sentences} == {"hi"}


def test_mixed_language_document_shows_per_sentence_languages():
    text = ("রাশিয়ার প্রেসিডেন্ট ভ্লাদিমির পুতিন উত্তর কোরিয়ার নেতা কিম জং-উনকে একটি লিমোজিন দেখাচ্ছেন। "
            "উত্তর কোরিয়ার নেতা ১২ সেপ্টেম্বর রাশিয়ায় পৌঁছান এবং আলোচনা করেন।\n"
            "The two leaders held talks for more than five hours at the cosmodrome on Wednesday.\n"
            "Владимир Путин встретился с Ким Чен Ыном на космодроме Восточный в среду.")
    doc = run(text)
    assert doc.lang == "bn"
    assert [s.lang for s in doc.sentences] == ["bn", "bn", "en", "ru"]
    assert [s.script for s in doc.sentences] == ["Beng", "Beng", "Latn", "Cyrl"]


def test_nepali_is_not_taken_for_hindi():
    doc = run("प्रधानमन्त्रीले आज काठमाडौंमा पत्रकारहरूसँग कुरा गर्नुभयो र नयाँ बजेटबारे जानकारी दिनुभयो।")
    assert doc.lang == "ne"


def test_script_of_right_to_left_and_cjk():
    assert dominant_script("وصل بوتين إلى بيونغ يانغ") == "Arab"
    assert dominant_script("푸틴 대통령이 평양에 도착했다") == "Hang"


def test_short_headlines_get_the_expected_news_language():
    from khabar.text.langid import identify

    # heliport alone: Romanian (English 4th) and Bishnupriya (Bengali 2nd)
    assert identify("Putin arrives in Pyongyang")[0] == "en"
    assert identify("রাশিয়া সফরে কিম জং-উন")[0] == "bn"
    assert identify("ইসরায়েলকে কড়া হুঁশিয়ারি ইরানের")[0] == "bn"  # Bengali 12% behind
    # a short line really in another language keeps it
    assert identify("Putin a sosit la Phenian")[0] == "ro"


def test_a_short_line_of_names_is_identified_by_its_lower_case_words():
    from khabar.text.langid import identify

    # heliport on the whole line: Lombard and French (the names dominate)
    assert identify("Putin, Xi, Lula and Modi met in Kazan.")[0] == "en"
    assert identify("Qatar hosts Hamas leaders.")[0] == "en"
    # other languages keep theirs
    assert identify("Le président Macron a rencontré Modi.")[0] == "fr"
    assert identify("Putin traf Scholz in Berlin.")[0] == "de"


@pytest.mark.parametrize("text", ["Kim met Putin in Vladivostok.", "Trump met Putin in Alaska.",
                                  # one lower-case word, a news verb, and names around it (was Kölsch, Breton)
                                  "Modi met Putin.", "Modi met Sergei Lavrov.",
                                  # a longer line of names with one function word, no expected language near (was Mizo)
                                  "India's High Commissioner in Dhaka Pranay Verma met Foreign Secretary Jashim Uddin."])
def test_a_short_line_of_names_is_read_by_its_function_words(text):
    assert identify(text)[0] == "en"


def test_a_short_line_of_another_language_keeps_it():
    assert identify("Der Kanzler traf Macron in Paris.")[0] == "de"
