

def test_whole_run_trigger_scan_equals_the_scan_of_each_sentence():
    # one scan per trigger over a run of sentences must give each sentence exactly the matches
    # its own scan gives, also where a match would cross a sentence end or a lookahead would see
    # past it (headline forms anchored at $)
    from khabar.events.extract import trigger_matches, trigger_matches_by_sentence
    from khabar.events.lexicon import load_pack

    text = ("पुतिन ने किम से मुलाकात की। किम ने पुतिन को कार उपहार में दी\n"
            "मोदी-शी बैठक\nरूस ने यूक्रेन पर हमला किया।अमेरिका ने प्रतिबंध लगाए।")
    pack = load_pack("hi")
    spans, start = [], 0
    for piece in ("पुतिन ने किम से मुलाकात की।", " किम ने पुतिन को कार उपहार में दी", "\nमोदी-शी बैठक",
                  "\nरूस ने यूक्रेन पर हमला किया।", "अमेरिका ने प्रतिबंध लगाए।"):
        a = text.index(piece, start)
        spans.append((a + (piece[0] in " \n"), a + len(piece)))
        start = a + len(piece)
    got = trigger_matches_by_sentence(text, spans, pack)
    want = [trigger_matches(text, a, b, pack) for a, b in spans]
    assert [[(f.trigger.origin, f.start, f.end) for f in g] for g in got] == \
        [[(f.trigger.origin, f.start, f.end) for f in w] for w in want]
    assert sum(len(w) for w in want) >= 4  # meeting, gift, attack, sanction at least


def test_triggers_with_required_words_match_as_sentence_by_sentence_in_a_long_article():
    # triggers with a ``requires`` pattern are tried only in the sentences a required word falls in
    from khabar.events.extract import trigger_matches, trigger_matches_by_sentence
    from khabar.events.lexicon import load_pack
    from khabar.model import Document
    from khabar.pipeline import Pipeline

    text = ("ভারত বাংলাদেশে ত্রাণ পাঠিয়েছে। দুই দেশের মধ্যে বৈঠক হবে বলে জানা গেছে। "
            "এ নিয়ে কোনো বৈঠক হয়নি। জাপান বাংলাদেশকে ৫০ কোটি ডলার ঋণ দেবে। "
            "মন্ত্রী বলেন, সহায়তা অব্যাহত থাকবে। চীন মিয়ানমারে ওষুধ ও খাদ্য পাঠাল।")
    doc = Pipeline.build(["clean", "langid", "segment"])(Document(raw_text=text, lang="bn"))
    pack = load_pack("bn")
    assert sum(t.requires is not None for t in pack.triggers) >= 5
    spans = [(s.start, s.end) for s in doc.sentences]
    assert len(spans) >= 5
    got = trigger_matches_by_sentence(doc.text, spans, pack)
    want = [trigger_matches(doc.text, a, b, pack) for a, b in spans]
    key = lambda fs: sorted((f.trigger.origin, f.start, f.end, f.item_span) for f in fs)  # noqa: E731
    assert [key(g) for g in got] == [key(w) for w in want]
    found = {f.trigger.type for w in want for f in w if f.trigger.requires is not None}
    assert "AID" in found  # the relief sent and the loan, both triggers with required words


def test_lexicon_patterns_that_open_with_punctuation_or_end_in_a_lookahead_still_match():
    from khabar.events.lexicon import alternation

    r = alternation([",\\s+(?=(?:which|who)\\b)", "\\s+(?=at\\s)", "and"], {})
    assert r.search("a pact, which was").group() == ", "
    assert r.search("defence at Moscow").group() == " "
    assert r.search("a band") is None and r.search("x and y").group() == "and"  # words keep their bounds


def test_cached_inline_patterns_match_as_regex_module_functions_do():
    # khabar.text.rx stands in for regex.match/search/... in the events code (a cached compile)
    import regex

    from khabar.text import rx

    text = "Putin met Kim in Pyongyang. পুতিন কিমের সঙ্গে বৈঠক করেন।"
    for pat, flags in ((r"\s+(\w+)", 0), (r"kim", regex.IGNORECASE), (r"বৈঠক\s+\S+", 0)):
        assert [m.span() for m in rx.finditer(pat, text, flags)] == [m.span() for m in regex.finditer(pat, text, flags)]
        for pos in (0, 5, 30):
            a, b = rx.match(pat, text, flags, pos=pos), regex.match(pat, text, flags, pos=pos)
            assert (a and a.span()) == (b and b.span())
            a, b = rx.search(pat, text, flags, pos=pos, endpos=40), regex.search(pat, text, flags, pos=pos, endpos=40)
            assert (a and a.span()) == (b and b.span())
        assert rx.sub(pat, "_", text, 1, flags) == regex.sub(pat, "_", text, 1, flags)
        assert rx.split(pat, text, 2, flags) == regex.split(pat, text, 2, flags)
    assert rx.fullmatch(r"[\p{L}\p{M}]+", "বৈঠক") and not rx.fullmatch(r"\w+", "a b")
