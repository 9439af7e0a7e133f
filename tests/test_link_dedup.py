"""Near-duplicate detection and the language-independent bits of article profiles."""
from khabar.link.dedup import NearDupIndex, minhash, pack_minhash, unpack_minhash, shingles
from khabar.link.profile import days_apart, numbers_in

STORY_HI = ("रूस के राष्ट्रपति ने बुधवार को उत्तर कोरिया की राजधानी में दो दिन की यात्रा शुरू की। "
            "हवाई अड्डे पर उत्तर कोरियाई नेता ने उनका स्वागत किया और दोनों नेताओं ने लंबी बातचीत की। "
            "अधिकारियों के अनुसार दोनों देशों ने आर्थिक सहयोग और सुरक्षा पर एक समझौते पर हस्ताक्षर किए। "
            "बैठक के बाद दोनों नेताओं ने एक दूसरे को उपहार भेंट किए और संयुक्त बयान जारी किया।")
# A syndicated copy: same agency text, a byline and a closing line changed.
COPY_HI = "नई दिल्ली (एजेंसी)। " + STORY_HI.replace("संयुक्त बयान जारी किया", "एक संयुक्त बयान भी जारी किया")
OTHER_HI = ("भारतीय क्रिकेट टीम ने रविवार को खेले गए फाइनल मुकाबले में ऑस्ट्रेलिया को छह विकेट से हराया। "
            "कप्तान ने शानदार शतक लगाया और गेंदबाजों ने अंतिम ओवरों में कसी हुई गेंदबाजी की।")


def test_syndicated_copy_points_to_its_original():
    idx = NearDupIndex()
    assert idx.add("a", "hi", minhash(STORY_HI)) is None
    found = idx.add("b", "hi", minhash(COPY_HI))
    assert found is not None and found[0] == "a" and found[1] >= 0.7
    assert idx.root("b") == "a" and idx.root("a") == "a"


def test_different_article_and_other_language_are_not_copies():
    idx = NearDupIndex()
    idx.add("a", "hi", minhash(STORY_HI))
    assert idx.add("c", "hi", minhash(OTHER_HI)) is None
    # the same words filed under another language are never compared (one index per language)
    assert idx.add("d", "bn", minhash(STORY_HI)) is None


def test_copy_of_a_copy_counts_as_the_first_original():
    idx = NearDupIndex()
    idx.add("a", "hi", minhash(STORY_HI))
    idx.add("b", "hi", minhash(COPY_HI))
    found = idx.add("c", "hi", minhash(COPY_HI + " ।"))
    assert found is not None and found[0] == "a"


def test_minhash_survives_the_store_round_trip():
    m = minhash(STORY_HI)
    assert unpack_minhash(pack_minhash(m)).jaccard(m) == 1.0


def test_shingles_ignore_case_and_punctuation():
    assert shingles("The Aurus car, gifted.", k=2) == shingles("the aurus CAR gifted", k=2)


def test_numbers_are_compared_across_scripts():
    assert numbers_in("कुल १२,५०० लोग और 2024 में") == {"12500", "2024"}
    assert numbers_in("মোট ১২৫০০ জন") == {"12500"}
    assert numbers_in("5 people") == frozenset()  # single digits are too common to be evidence


def test_days_apart_uses_the_period_a_value_can_mean():
    assert days_apart("2024", "2023-09-13") == 110
    assert days_apart("2024-06", "2024-06-19") == 0
    assert days_apart("XXXX-09-13", "2024") is None  # no year: unknown, not "close"
