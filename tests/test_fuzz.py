"""Property tests: no exception escapes the readers, cleaner or segmenter on any input,
and their offsets always index the text they describe."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from khabar.model import Document
from khabar.read import ReadError, read_bytes
from khabar.text.clean import clean_text
from khabar.text.segment import split_sentences

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Text biased towards what news contains: Indic letters, danda, quotes, digits, newlines, junk characters.
news_chars = st.sampled_from(list("कखगपुतिनकिम।॥.?!'\"“”«» \n\t०१२3४.পুতিনকিমরাশিয়া।২.৫\u200b\u200d\ufeffABCabc[]()_-:"))
news_text = st.one_of(st.text(), st.lists(news_chars, max_size=300).map("".join))


@SETTINGS
@given(st.binary(max_size=2000), st.sampled_from(["text", "html", "jsonl", "feed", "warc", None]))
def test_readers_never_raise(data, fmt):
    for item in read_bytes(data, "fuzz", fmt):
        assert isinstance(item, (Document, ReadError))
        if isinstance(item, ReadError):
            assert item.error


@SETTINGS
@given(news_text)
def test_cleaner_never_raises_and_records_offsets(raw):
    text, removed = clean_text(raw)
    import unicodedata

    nfc = unicodedata.normalize("NFC", raw)
    for r in removed:
        assert nfc[r.start:r.end] == r.text
    assert "\u200b" not in text


@SETTINGS
@given(news_text)
def test_segmenter_spans_are_ordered_non_empty_and_in_bounds(text):
    spans = split_sentences(text)
    prev = 0
    for s, e in spans:
        assert prev <= s < e <= len(text)
        assert not text[s].isspace() and not text[e - 1].isspace()
        prev = e
    # no letter is lost between sentences
    covered = "".join(text[s:e] for s, e in spans)
    assert sum(c.isalnum() for c in covered) == sum(c.isalnum() for c in text)


names = st.one_of(st.text(max_size=60), st.lists(st.sampled_from(list("पुतिनकिमजोंगउ्ंँःपুতিনকিমজংউ্ঁংঃPutinКимПутин평양-' .")), max_size=40).map("".join))


@SETTINGS
@given(names)
def test_transliteration_key_never_raises_and_is_latin(name):
    from khabar.entities.translit import latin_key, similarity, skeleton

    key = latin_key(name)
    assert isinstance(key, str) and key.isascii()
    assert latin_key(name) == key  # deterministic
    skeleton(key)
    assert 0.0 <= similarity(key, latin_key("putin")) <= 100.0


dates = st.sampled_from(["2024-06-19", "2023-09-14T10:00:00+05:30", "2024", None, "not a date", "Wed, 19 Jun 2024 04:30:00 +0530", ""])
time_text = st.lists(st.sampled_from(
    "१४ सितंबर 2023 बुधवार तड़के कल गत সপ্তাহে ১৩ সেপ্টেম্বর অক্টোবরে ২০০০ সালে 24 सालों में पहली बार बीते सोमवार "
    "अगले महीने September 14 last Tuesday 31 February ३२ जून ০ ৯৯৯৯৯ 99999 ago after in of साल সাল . । ,".split(" ")),
    max_size=25).map(" ".join)


@SETTINGS
@given(st.one_of(time_text, st.text(max_size=200)), st.sampled_from(["hi", "bn", "en", "ru", None]), dates)
def test_time_resolver_never_raises_and_spans_index_the_text(text, lang, published):
    from khabar.time.stage import time_stage

    from conftest import make_doc

    doc = make_doc(text, lang or "xx", published or None)
    doc.lang = lang
    out = time_stage(doc)
    for t in out.times:
        assert out.text[t.start:t.end] == t.text and t.start < t.end
