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
