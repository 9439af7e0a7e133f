from khabar.model import Document, Event, Mention, Quote, Role, Sentence, Span, content_id


def test_content_id_ignores_whitespace_and_unicode_form():
    # "क़" precomposed (U+0958) and decomposed (क + nukta) are the same text after NFC
    a = content_id("किम  ने\nक़दम उठाया")
    b = content_id("किम ने क\u093cदम उठाया ")
    assert a == b
    assert content_id("another text") != a


def test_document_round_trips_through_dict():
    d = Document(raw_text="x", text="Putin met Kim.", id="abc", lang="en")
    d.sentences = [Sentence(0, 14, "en", "Latn")]
    d.mentions = [Mention(0, 5, "Putin", "PER", "Q7747", 0.9, "kb")]
    d.events = [Event("e1", "MEET", Span(6, 9), [Role("participant", "Putin", 0, 5, "Q7747")], evidence=[Span(0, 14)])]
    d.quotes = [Quote(0, 14, "Putin met Kim.", False, cue=Span(6, 9))]
    back = Document.from_dict(d.to_dict())
    assert back == d
    assert back.events[0].roles[0].entity_id == "Q7747"
