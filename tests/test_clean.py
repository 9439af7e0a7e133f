from khabar.text.clean import clean_text
from khabar.pipeline import get_stage
from khabar.model import Document

from conftest import BN_SEED


def test_bengali_seed_debris_removed_and_listed():
    raw = BN_SEED.read_text(encoding="utf-8")
    text, removed = clean_text(raw)
    gone = [r.text for r in removed if r.text.strip()]
    assert gone == ["[বিজ্ঞাপন_২]", "উৎস লিঙ্ক", "মন্তব্য (0)"]
    assert all(r.reason.startswith("boilerplate:bn/boilerplate.txt:") for r in removed if r.text.strip())
    assert "বিজ্ঞাপন" not in text and "মন্তব্য" not in text
    # removed offsets point into the (NFC) raw text
    for r in removed:
        assert raw[r.start:r.end] == r.text
    assert text.endswith("সতর্ক করে।")


def test_hindi_and_english_debris_with_other_numbers():
    raw = "पुतिन प्योंगयांग पहुंचे.\n[विज्ञापन_३]\nये भी पढ़ें: कुछ और खबर\nAdvertisement\nSource link\nComments (12)\n"
    text, removed = clean_text(raw)
    assert text == "पुतिन प्योंगयांग पहुंचे."
    assert len([r for r in removed if r.text.strip()]) == 5


def test_long_line_that_mentions_a_marker_is_kept():
    line = "उत्तर कोरिया ने कहा कि विज्ञापन " + "और खबर " * 40
    text, removed = clean_text(line)
    assert text == line.strip()
    assert not removed


def test_nfc_and_zero_width_junk_but_zwj_kept():
    raw = "\u0958दम\u200b उठाया र\u200dयाब"  # precomposed क़ (a composition exclusion)
    text, removed = clean_text(raw)
    assert text.startswith("\u0915\u093cदम")  # NFC form: क + nukta
    assert "\u200b" not in text
    assert "\u200d" in text  # ZWJ selects conjunct forms; it is meaningful
    assert [r.reason for r in removed] == ["junk-char"]


def test_clean_stage_sets_content_hash_id():
    a = get_stage("clean")(Document(raw_text="Kim  met Putin.\n\n\n\nThey talked."))
    b = get_stage("clean")(Document(raw_text="Kim met Putin.\nThey talked.\n[Advertisement]"))
    assert a.id == b.id and len(a.id) == 16
    assert a.text == "Kim  met Putin.\n\nThey talked."
