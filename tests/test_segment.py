from khabar.text.segment import split_sentences


def sents(text):
    return [text[s:e] for s, e in split_sentences(text)]


def test_danda_and_dot_both_split_in_one_text():
    # real Hindi news mixes the danda and the full stop; both must split
    text = "पुतिन प्योंगयांग पहुंचे। किम ने उनका स्वागत किया. दोनों नेताओं ने बात की।"
    assert sents(text) == ["पुतिन प्योंगयांग पहुंचे।", "किम ने उनका स्वागत किया.", "दोनों नेताओं ने बात की।"]


def test_abbreviations_and_decimals_do_not_split():
    assert sents("डॉ. शर्मा ने कहा कि विकास दर २.५ प्रतिशत रही. फिर बैठक हुई.") == [
        "डॉ. शर्मा ने कहा कि विकास दर २.५ प्रतिशत रही.", "फिर बैठक हुई."]
    assert sents("ডা. রহমান বলেন, প্রবৃদ্ধি ২.৫ শতাংশ। মিঃ কিম এসেছেন।") == [
        "ডা. রহমান বলেন, প্রবৃদ্ধি ২.৫ শতাংশ।", "মিঃ কিম এসেছেন।"]
    assert sents("Mr. Kim met Dr. Lee in the U.S. on Monday. J. Smith said so.") == [
        "Mr. Kim met Dr. Lee in the U.S. on Monday.", "J. Smith said so."]


def test_a_rank_abbreviation_in_brackets_does_not_split():
    # "(অব.)", retired, between a general's rank and his name
    assert sents("জানিয়েছেন স্বরাষ্ট্র উপদেষ্টা লেফটেন্যান্ট জেনারেল (অব.) জাহাঙ্গীর আলম চৌধুরী। তিনি বলেন।") == [
        "জানিয়েছেন স্বরাষ্ট্র উপদেষ্টা লেফটেন্যান্ট জেনারেল (অব.) জাহাঙ্গীর আলম চৌধুরী।", "তিনি বলেন।"]
    assert len(sents("সেনাপ্রধান লে. জেনারেল ওয়াকার বলেন।")) == 1
    assert len(sents("सेना के ले. जनरल राजीव घई ने कहा।")) == 1


def test_closing_quote_stays_with_its_sentence():
    text = "उन्होंने कहा, 'हमने उन्हें कार दी.' इसके बाद बातचीत हुई."
    assert sents(text) == ["उन्होंने कहा, 'हमने उन्हें कार दी.'", "इसके बाद बातचीत हुई."]
    assert sents('He said: "We agreed!" Then he left?') == ['He said: "We agreed!"', "Then he left?"]


def test_line_breaks_end_headlines_and_offsets_are_exact():
    text = "किम ने किया समर्थन\nबातचीत के दौरान किम ने समर्थन किया."
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == ["किम ने किया समर्थन", "बातचीत के दौरान किम ने समर्थन किया."]


def test_text_without_punctuation_is_cut_into_bounded_pieces():
    text = "शब्द " * 2000
    spans = split_sentences(text)
    assert len(spans) > 1 and all(e - s <= 1500 for s, e in spans)
    assert "".join(text[s:e] for s, e in spans).replace(" ", "") == text.replace(" ", "")


def test_dateline_is_split_from_the_first_sentence():
    from khabar.text.segment import split_sentences

    for text, first in [
        ("SEOUL, Oct. 14 (Reuters) - North Korea on Monday warned the United States.", "SEOUL, Oct. 14 (Reuters) -"),
        ("ঢাকা, ১২ মার্চ ২০২৫ — দুই দিনের সফরে মঙ্গলবার ঢাকায় পৌঁছেছেন জয়শঙ্কর।", "ঢাকা, ১২ মার্চ ২০২৫ —"),
        ("नई दिल्ली, 5 अगस्त (भाषा) प्रधानमंत्री मोदी ने सोमवार को बातचीत की।", "नई दिल्ली, 5 अगस्त (भाषा)"),
        # (the day in words, as Bhasha writes one to nine)
        ("नयी दिल्ली, पांच अगस्त (भाषा) प्रधानमंत्री मोदी ने सोमवार को बातचीत की।", "नयी दिल्ली, पांच अगस्त (भाषा)"),
    ]:
        a, b = split_sentences(text)[0]
        assert text[a:b] == first
    # a comma, a number and a dash in an ordinary sentence are no dateline
    text = "Putin, 71, met Kim - a rare meeting that lasted hours, officials said."
    assert len(split_sentences(text)) == 1
    # nor a name, two words and a bracket
    text = "मोदी, शाह और नड्डा (फाइल फोटो) ने बैठक में हिस्सा लिया और चुनाव पर चर्चा की।"
    assert len(split_sentences(text)) == 1


def test_an_english_wire_dateline_with_no_date_is_split_from_the_first_sentence():
    # "HIROSHIMA, Japan (Reuters) - ", "BEIJING (AP) — ": the place in capitals, the agency in brackets, no date
    for text, first in [
        ("HIROSHIMA, Japan (Reuters) - Leaders of the Group of Seven on Saturday warned China.", "HIROSHIMA, Japan (Reuters) -"),
        ("BEIJING (AP) — Chinese President Xi Jinping welcomed Lula to Beijing on Tuesday.", "BEIJING (AP) —"),
    ]:
        assert sents(text)[0] == first
    # (a name and its short form in brackets before a dash opens no dateline)
    assert len(sents("The World Health Organization (WHO) - the UN's health agency - warned of a new wave.")) == 1


def test_a_danda_with_no_space_after_it_still_ends_its_sentence():
    text = "তারা সিদ্ধান্ত জানিয়েছেন।শ শ যোদ্ধা সিরিয়ায় গেছে। मोदी पहुंचे।पुतिन मिले।"
    assert sents(text) == [
        "তারা সিদ্ধান্ত জানিয়েছেন।", "শ শ যোদ্ধা সিরিয়ায় গেছে।", "मोदी पहुंचे।", "पुतिन मिले।"]
    # (a dot does not: "U.S.Army" and "3.5" stay whole)
    assert len(sents("The U.S.Army said 3.5 percent.")) == 1


def test_a_stop_standing_apart_before_an_indic_letter_ends_a_sentence():
    # "... हमला किया था .इसके बाद ...": a stop typed with its space on the wrong side still ends the sentence
    assert sents("बुनेर ज़िले पर हमला किया था .इसके बाद चिंता जताई जा रही है .") == [
        "बुनेर ज़िले पर हमला किया था .", "इसके बाद चिंता जताई जा रही है ."]


def test_an_indic_initialism_is_no_sentence_end():
    assert sents("बी.जे.पी. ने विरोध किया। बाद में बातचीत हुई।") == ["बी.जे.पी. ने विरोध किया।", "बाद में बातचीत हुई।"]
    assert sents("বি.এন.পি. আজ সমাবেশ করবে। এটি বড় খবর।") == ["বি.এন.পি. আজ সমাবেশ করবে।", "এটি বড় খবর।"]


def test_hi_mister_written_short_is_no_sentence_end():
    assert sents("उन्होंने “मि. ईविल प्रेसिडेंट” कहा। फिर वे चले गए।") == ["उन्होंने “मि. ईविल प्रेसिडेंट” कहा।", "फिर वे चले गए।"]
