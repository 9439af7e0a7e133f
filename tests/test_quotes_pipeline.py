"""Attribution through the whole default chain (recogniser included): who said it, and via whom."""
import pytest

from khabar.model import Document
from khabar.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline.build(["clean", "langid", "segment", "entities", "time", "events", "quotes"])


def said(pipe, text: str):
    doc = pipe(Document(raw_text=text))
    return doc, [(q.speaker, q.chain, q.text.strip(" ।.")) for q in doc.quotes]


@pytest.mark.parametrize("text,words", [
    ("चीन के विदेश मंत्री वांग यी भारत पहुंचे। शिन्हुआ के अनुसार, वांग ने कहा कि भारत और चीन को साझेदार होना चाहिए।",
     "भारत और चीन को साझेदार होना चाहिए"),
    ("China's foreign minister Wang Yi arrived in Delhi. According to Xinhua, Wang said that India and China "
     "should be partners.", "India and China should be partners"),
])
def test_according_to_an_agency_then_a_speaker_gives_the_speaker_and_the_chain(pipe, text, words):
    # the family name alone, written first, is the person named in full before
    _, qs = said(pipe, text)
    assert qs == [("per:wang_yi", ["agency:xinhua", "per:wang_yi"], words)]


def test_a_report_that_says_then_the_speaker(pipe):
    _, qs = said(pipe, "রয়টার্সের খবরে বলা হয়েছে, পেসকভ বলেছেন যে রাশিয়া প্রস্তুত।")
    assert qs == [("per:dmitry_peskov", ["agency:reuters", "per:dmitry_peskov"], "রাশিয়া প্রস্তুত")]


def test_hi_the_report_said_that(pipe):
    _, qs = said(pipe, "रॉयटर्स की रिपोर्ट में कहा गया है कि रूस ने यूक्रेन के साथ बातचीत की।")
    assert qs == [("agency:reuters", ["agency:reuters"], "रूस ने यूक्रेन के साथ बातचीत की")]


def test_words_after_a_direct_quote_and_its_speaker_are_not_more_words(pipe):
    _, qs = said(pipe, '"Japan\'s technology and India\'s talent can lead this century," Modi told a business '
                       'forum, according to a transcript released by his office.')
    assert [(s, t) for s, _, t in qs] == [("per:narendra_modi", "Japan's technology and India's talent can lead this century,")]


def test_bn_speaker_between_quotative_and_verb(pipe):
    _, qs = said(pipe, "রবিবার তিনি ইউনূসের সঙ্গে সাক্ষাৎ করবেন বলে পররাষ্ট্রমন্ত্রী তৌহিদ হোসেন জানিয়েছেন।")
    ((speaker, _, words),) = qs
    assert words == "রবিবার তিনি ইউনূসের সঙ্গে সাক্ষাৎ করবেন" and speaker != "per:muhammad_yunus"


def test_bn_unrecognised_speaker_after_quotative_is_not_the_reported_subject(pipe):
    # the ministry is not found as a name: better no speaker than the subject of the reported clause
    doc, qs = said(pipe, "প্রতিনিধিদলকে স্বাগত জানান আসাদ আলম সিয়াম। রবিবার তিনি ইউনূসের সঙ্গে সাক্ষাৎ করবেন বলে "
                         "পররাষ্ট্র দপ্তর জানিয়েছে।")
    (host,) = {m.entity_id for m in doc.mentions if m.text.startswith("আসাদ")}
    assert all(speaker != host for speaker, _, _ in qs)


def test_when_it_was_said_is_no_part_of_the_words(pipe):
    _, qs = said(pipe, "Putin said on Tuesday Russia would respond to the attack.")
    assert qs == [("per:vladimir_putin", ["per:vladimir_putin"], "Russia would respond to the attack")]


def test_the_outlet_told_is_no_speaker(pipe):
    # an unnamed official spoke to Reuters: the words are kept, spoken for the official's side (as
    # "Indian officials said" is India's), never for the outlet told
    _, qs = said(pipe, '"We are closer than ever to a deal," a Palestinian official close to the talks '
                       'told Reuters, asking not to be named.')
    assert qs == [("gpe:ps", ["gpe:ps"], "We are closer than ever to a deal,")]
    _, qs = said(pipe, '"We are closer than ever to a deal," an official close to the talks told Reuters.')
    assert qs == [(None, [], "We are closer than ever to a deal,")]


@pytest.mark.parametrize("text,speaker", [
    ("The deal is close, said Russian President Vladimir Putin.", "per:vladimir_putin"),
    ("Putin met Xi, said the Kremlin spokesman Dmitry Peskov.", "per:dmitry_peskov"),
    # a quotative with a particle ("বলেও": also said that)
    ("তিনি রাজনৈতিক দলগুলোর সঙ্গে বৈঠক করবেন বলেও জানান তাঁর প্রেস সচিব শফিকুল আলম।", "per:shafiqul_alam"),
    # a name qualifying a body with a case ending ("the Trinamool government", as the object) is no speaker
    ("শুভেন্দু অধিকারী তৃণমূল সরকারকে আক্রমণ করে বলেন, দুর্নীতির মাথারা এখনও বাইরে।", "per:suvendu_adhikari"),
])
def test_a_speaker_after_the_verb_behind_offices_and_demonyms(pipe, text, speaker):
    _, qs = said(pipe, text)
    assert [q[0] for q in qs] == [speaker]


@pytest.mark.parametrize("text,speakers", [
    # "it" in a sentence whose subject is a thing, no name: the thing, not the body named before
    ("The Kremlin said the sanctions would not change its position. The package also imposes asset freezes on "
     "31 companies in Russia and China that it said helped Moscow evade earlier restrictions.", ["org:kremlin", None]),
    # ", it said" closing words: the body that spoke in the sentence before
    ("Indonesia's Agency for the Assessment and Application of Technology said the quake released much energy. "
     "The narrow bay could have magnified the tsunami, it said.", ["ag", "ag"]),
    # an unnamed lawmaker of a country speaks for it
    ("About 100 North Korean soldiers have been killed, a South Korean lawmaker said on Thursday.", ["gpe:kr"]),
    # (a body named before, then "it": still that body)
    ("Pakistan's foreign ministry said it would send aid to Afghanistan.", ["gpe:pk"]),
])
def test_it_as_a_speaker_is_the_thing_or_the_body_that_spoke_before(pipe, text, speakers):
    doc, qs = said(pipe, text)
    got = [q[0] for q in qs]
    if speakers == ["ag", "ag"]:  # a body the KB does not know: one new entity, named in full
        assert len(set(got)) == 1 and doc.entities[got[0]].name.startswith("Agency for the Assessment and Application")
    else:
        assert got == speakers


@pytest.mark.parametrize("text,speaker,words", [
    # a charge told as a clause is the accuser's words, and what it tells is reported, not asserted
    ("মমতা বন্দ্যোপাধ্যায় এর আগে অভিযোগ করেছিলেন, রাজ্যকে না জানিয়েই কেন্দ্র বাংলাদেশের সঙ্গে আলোচনা করছে।",
     "per:mamata_banerjee", "রাজ্যকে না জানিয়েই কেন্দ্র বাংলাদেশের সঙ্গে আলোচনা করছে"),
    ("ममता बनर्जी ने आरोप लगाया कि केंद्र बांग्लादेश से बातचीत कर रहा है।", "per:mamata_banerjee",
     "केंद्र बांग्लादेश से बातचीत कर रहा है"),
    ("Iran alleged that the United States gave Israel weapons.", "gpe:ir", "the United States gave Israel weapons"),
])
def test_a_charge_told_as_a_clause_is_the_accusers_words(pipe, text, speaker, words):
    doc, qs = said(pipe, text)
    assert [(q[0], q[2]) for q in qs] == [(speaker, words)]
    assert [e.modality for e in doc.events if e.type != "ACCUSE"] == ["reported"]
    # the accuser takes no part in what is charged
    assert all(r.entity_id != speaker for e in doc.events if e.type != "ACCUSE" for r in e.roles)


def test_added_with_an_object_says_nothing(pipe):
    _, qs = said(pipe, "Beijing also imposed export controls and added 11 U.S. firms to its unreliable entity list.")
    assert qs == []


def test_alleged_as_an_adjective_says_nothing(pipe):
    _, qs = said(pipe, "His mother called police to report the alleged attack.")
    assert qs == []


def test_a_body_before_an_official_is_whom_the_speaker_speaks_for(pipe):
    doc, qs = said(pipe, '"We are ready," said Hamas official Basem Naim.')
    (q,) = doc.quotes
    assert doc.entities[q.speaker].name == "Basem Naim"


def test_quoted_words_nobody_says_are_no_quote(pipe):
    # an award's name in quotes is a title, not speech
    _, qs = said(pipe, "पुतिन ने मोदी को रूस के सर्वोच्च नागरिक सम्मान 'ऑर्डर ऑफ सेंट एंड्रयू द एपोस्टल' से सम्मानित किया।")
    assert qs == []


def test_en_warned_that_reports_speech_and_the_subject_speaks_after_and(pipe):
    _, qs = said(pipe, "Marcos thanked Japan for its support and said the deal would strengthen regional stability.")
    assert qs == [("per:ferdinand_marcos_jr", ["per:ferdinand_marcos_jr"], "the deal would strengthen regional stability")]
    _, qs = said(pipe, 'China\'s foreign ministry spokesperson Lin Jian warned that the region did not need "exclusive blocs".')
    assert [q[0] for q in qs] and all(q[0] is not None for q in qs)


def test_hi_the_agent_before_a_direct_quote_says_it(pipe):
    doc, qs = said(pipe, 'मोदी ने जापान को "भारत का सबसे भरोसेमंद साझेदार" बताया।')
    assert [q[0] for q in qs] == ["per:narendra_modi"]


@pytest.mark.parametrize("text,chain", [
    ("ক্রেমলিনের মুখপাত্র দিমিত্রি পেসকভ রুশ বার্তা সংস্থা তাসকে বলেছেন, মস্কো আলোচনার জন্য প্রস্তুত।",
     ["agency:tass", "per:dmitry_peskov"]),
    ("पेस्कोव ने तास को बताया कि रूस तैयार है।", ["agency:tass", "per:dmitry_peskov"]),
    ("A deal is close, Witkoff told Reuters on Thursday.", ["agency:reuters", "per:steve_witkoff"]),
    ("Witkoff told Netanyahu that a deal was close.", ["per:steve_witkoff"]),  # a person told is no outlet
    # unnamed officials cited, of a country named by its demonym
    ("Axios, citing two Israeli officials, reported that the cabinet would vote on the deal on Thursday.",
     ["media:axios", "gpe:il"]),
    ("Reuters, citing a senior Israeli official, said the talks would resume.", ["agency:reuters", "gpe:il"]),
    # the outlet that carried a statement or speech reports it
    ("Iran's Islamic Revolutionary Guard Corps said in a statement carried by the state news agency IRNA that the attack "
     "was punishment.", ["agency:irna", "org:irgc"]),
    ("Kim Jong Un said in a speech carried by KCNA that the country would bolster its navy.",
     ["agency:kcna", "per:kim_jong_un"]),
    ("रिवोल्यूशनरी गार्ड्स ने सरकारी समाचार एजेंसी इरना द्वारा जारी बयान में कहा कि यह हमला सजा है।",
     ["agency:irna", "org:irgc"]),
    ("বিপ্লবী গার্ড বাহিনী রাষ্ট্রীয় বার্তা সংস্থা ইরনায় প্রকাশিত এক বিবৃতিতে জানিয়েছে, এই হামলা শাস্তি।",
     ["agency:irna", "org:irgc"]),
    # a spokesman for a party (its leader's name before it) speaks for the party
    ("Bushra Bibi was taken into custody from the courtroom, a spokesman for Khan's Pakistan Tehreek-e-Insaf (PTI) "
     "party said.", ["org:pakistan_tehreek_e_insaf"]),
    # a country's mission to the UN speaks for the country
    ("Iran's mission to the United Nations said the matter was concluded.", ["gpe:ir"]),
    ("संयुक्त राष्ट्र में ईरान के मिशन ने कहा कि मामला खत्म माना जा सकता है।", ["gpe:ir"]),
    ("জাতিসংঘে ইরানের মিশন জানিয়েছে, বিষয়টি শেষ হয়েছে বলে ধরা যেতে পারে।", ["gpe:ir"]),
])
def test_the_outlet_told_reports_the_words(pipe, text, chain):
    _, qs = said(pipe, text)
    assert [q[1] for q in qs] == [chain]


def test_a_participle_phrase_before_the_speaker_is_not_what_was_said():
    from khabar.model import Document
    from khabar.pipeline import Pipeline

    doc = Pipeline.build()(Document(raw_text="Speaking to reporters at the White House, Trump said he would "
                                              "travel to Beijing next month."))
    assert [(q.speaker, q.text) for q in doc.quotes] == [("per:donald_trump", "he would travel to Beijing next month.")]


def test_an_according_to_phrase_is_the_source_not_the_words():
    from khabar.model import Document
    from khabar.pipeline import Pipeline

    doc = Pipeline.build()(Document(raw_text="रॉयटर्स के मुताबिक, अमेरिका ने बांग्लादेश को 20 करोड़ डॉलर की आर्थिक "
                                              "सहायता देने की घोषणा की है।"))
    assert [(q.speaker, q.text.split()[0]) for q in doc.quotes] == [("agency:reuters", "अमेरिका")]


def test_the_person_an_agency_quotes_speaks_through_it_and_according_to_ends_the_words():
    from khabar.model import Document
    from khabar.pipeline import Pipeline

    pipe = Pipeline.build()
    doc = pipe(Document(raw_text="TASS news agency quoted presidential aide Yuri Ushakov as saying that Putin was "
                                 "satisfied with the results. Erdogan said Turkey was ready to mediate, according "
                                 "to a statement from his office."))
    assert [(q.speaker, q.chain, q.text) for q in doc.quotes] == [
        ("per:yuri_ushakov", ["agency:tass", "per:yuri_ushakov"], "Putin was satisfied with the results."),
        ("per:recep_tayyip_erdogan", ["per:recep_tayyip_erdogan"], "Turkey was ready to mediate")]


def test_a_relative_clause_about_the_source_is_not_what_it_says(pipe):
    _, quotes = said(pipe, "According to Reuters, which cited two sources, India will buy more Russian oil.")
    assert quotes == [("agency:reuters", ["agency:reuters"], "India will buy more Russian oil")]


def test_said_in_the_passive_is_said_by_no_one_the_sentence_names(pipe):
    _, quotes = said(pipe, "भारत ने रविवार को पाकिस्तान के उस दावे को खारिज कर दिया जिसमें कहा गया था कि "
                           "भारतीय सेना ने संघर्षविराम का उल्लंघन किया है।")
    assert all(sp != "gpe:in" for sp, _, _ in quotes)


def test_a_headline_speaker_right_before_bole_is_the_speaker(pipe):
    _, quotes = said(pipe, "चीन ने अमेरिका पर लगाया 34% जवाबी टैरिफ, शी जिनपिंग बोले- दबाव में नहीं झुकेंगे")
    assert quotes == [("per:xi_jinping", ["per:xi_jinping"], "दबाव में नहीं झुकेंगे")]


def test_the_writers_linking_word_is_not_what_is_said(pipe):
    _, quotes = said(pipe, "এদিকে রাশিয়া রাতভর ইউক্রেনে ৮৫টি ড্রোন ছুড়েছে বলে জানিয়েছে কিয়েভের বিমানবাহিনী।")
    assert [t for _, _, t in quotes] == ["রাশিয়া রাতভর ইউক্রেনে ৮৫টি ড্রোন ছুড়েছে"]


def test_a_dateline_is_not_what_is_said(pipe):
    _, quotes = said(pipe, "ওয়াশিংটন, ২২ জুন (রয়টার্স): যুক্তরাষ্ট্র ইরানের তিনটি পরমাণু স্থাপনায় হামলা চালিয়েছে "
                           "বলে জানিয়েছেন প্রেসিডেন্ট ডোনাল্ড ট্রাম্প।")
    assert [t for _, _, t in quotes] == ["যুক্তরাষ্ট্র ইরানের তিনটি পরমাণু স্থাপনায় হামলা চালিয়েছে"]


@pytest.mark.parametrize("text,agency,words", [
    ("उत्तर कोरिया ने बुधवार सुबह कई बैलिस्टिक मिसाइलें दागीं। दक्षिण कोरिया की समाचार एजेंसी योनहाप ने सेना के "
     "हवाले से यह जानकारी दी।", "agency:yonhap", "उत्तर कोरिया ने बुधवार सुबह कई बैलिस्टिक मिसाइलें दागीं"),
    ("উত্তর কোরিয়া বুধবার সকালে পূর্ব সাগরে ক্ষেপণাস্ত্র ছুড়েছে। এ তথ্য জানিয়েছে দক্ষিণ কোরিয়ার বার্তা সংস্থা ইয়োনহাপ।",
     "agency:yonhap", "উত্তর কোরিয়া বুধবার সকালে পূর্ব সাগরে ক্ষেপণাস্ত্র ছুড়েছে"),
    ("ভারত ও রাশিয়া চুক্তি সই করেছে। রয়টার্স এ খবর দিয়েছে।", "agency:reuters", "ভারত ও রাশিয়া চুক্তি সই করেছে"),
])
def test_this_was_reported_by_attributes_the_sentence_before(pipe, text, agency, words):
    # agency copy states the fact first, then who reported "this": the fact is the agency's report
    doc, qs = said(pipe, text)
    assert qs == [(agency, [agency], words)]
    assert doc.events and all(e.sources == [agency] and e.modality == "reported" for e in doc.events)


def test_this_pointing_forward_to_words_after_the_verb_is_no_back_reference(pipe):
    doc, qs = said(pipe, "भारत और रूस ने समझौते पर हस्ताक्षर किए। मिस्री ने यह भी बताया कि पुतिन शुक्रवार को लौटेंगे।")
    assert [w for _, _, w in qs] == ["पुतिन शुक्रवार को लौटेंगे"]
    assert next(e for e in doc.events if e.type == "SIGN").sources == []


@pytest.mark.parametrize("text,outlet,speaker", [
    ("पेस्कोव ने रूसी समाचार एजेंसी तास से कहा कि पुतिन भारत को महत्व देते हैं।", "agency:tass", "per:dmitry_peskov"),
    ("पेस्कोव ने रॉयटर्स के साथ बातचीत में कहा कि रूस तैयार है।", "agency:reuters", "per:dmitry_peskov"),
])
def test_hi_the_outlet_spoken_to_with_se_reports_the_words(pipe, text, outlet, speaker):
    _, qs = said(pipe, text)
    assert [(s, c) for s, c, _ in qs] == [(speaker, [outlet, speaker])]


def test_according_to_a_countrys_agency_which_cited_a_source(pipe):
    # the possessor's outlet reports (not the possessor); whom it cites comes after it in the chain and is the source of
    # the words, as with "Yonhap, citing the NIS"
    _, qs = said(pipe, "He was accompanied by his daughter, according to South Korea's Yonhap news agency, "
                       "which cited the National Intelligence Service.")
    assert len(qs) == 1 and qs[0][1][0] == "agency:yonhap" and len(qs[0][1]) == 2 and qs[0][0] == qs[0][1][1] != "gpe:kr"
    assert qs[0][2] == "He was accompanied by his daughter"


def test_names_in_according_to_are_sources_not_arguments(pipe):
    doc, qs = said(pipe, "According to Russia's TASS news agency, Putin will visit India.")
    assert qs == [("agency:tass", ["agency:tass"], "Putin will visit India")]
    ev = next(e for e in doc.events if e.type == "PLAN_VISIT")
    assert [r.entity_id for r in ev.roles if r.name == "place"] == ["gpe:in"]


@pytest.mark.parametrize("text", [
    "इससे पहले जयशंकर ने चीन के उपराष्ट्रपति हान झेंग से मुलाकात की। चीनी विदेश मंत्रालय के प्रवक्ता ने कहा कि चीन "
    "भारत के साथ संबंधों को सुधारने के लिए तैयार है।",
    "Jaishankar met Chinese Vice President Han Zheng in Beijing. A Chinese Foreign Ministry spokesperson said China "
    "was ready to improve ties.",
])
def test_an_unnamed_spokesperson_of_a_countrys_ministry_speaks_for_the_country(pipe, text):
    # not the person named last (Han Zheng is no spokesperson)
    _, qs = said(pipe, text)
    assert [(s, c) for s, c, _ in qs] == [("gpe:cn", ["gpe:cn"])]


@pytest.mark.parametrize("text,speaker", [
    # the KB's one Pakistani spokesperson on the date is the foreign ministry's, not the army's
    ("पाकिस्तानी सेना के प्रवक्ता ने कहा कि सीमा पर गोलीबारी की खबरें निराधार हैं।", "gpe:pk"),
    ("পাকিস্তান সেনাবাহিনীর মুখপাত্র বলেন, সীমান্তে গোলাগুলির খবর ভিত্তিহীন।", "gpe:pk"),
    ("রুশ প্রতিরক্ষা মন্ত্রণালয়ের মুখপাত্র বলেন, বাল্টিক সাগরে মহড়া নিয়মিত ও পূর্বনির্ধারিত।", "gpe:ru"),
    # the foreign ministry's spokesperson on that date is still found
    ("पाकिस्तान के विदेश मंत्रालय के प्रवक्ता ने कहा कि सीमा पर गोलीबारी की खबरें निराधार हैं।", "per:mumtaz_zahra_baloch"),
    ("রুশ পররাষ্ট্র মন্ত্রণালয়ের মুখপাত্র বলেন, বাল্টিক সাগরে মহড়া নিয়মিত ও পূর্বনির্ধারিত।", "per:maria_zakharova"),
])
def test_a_spokesperson_of_another_body_is_not_the_foreign_ministrys(pipe, text, speaker):
    doc = pipe(Document(raw_text=text, published="2024-06-10"))
    assert [q.speaker for q in doc.quotes] == [speaker]


def test_a_near_spelling_of_a_place_after_a_persons_title_is_a_person(pipe):
    doc, _ = said(pipe, "Indian foreign minister Jaishankar met Chinese Vice President Han Zheng in Beijing on Monday.")
    m = next(m for m in doc.mentions if m.text == "Han Zheng")
    assert m.label == "PER" and not (m.entity_id or "").startswith("city:")


def test_bn_a_spokesman_reports_what_another_hoped(pipe):
    # "Alam said that Yunus expressed the hope that ...": Yunus's words, through Alam
    _, qs = said(pipe, "প্রধান উপদেষ্টার প্রেস সচিব শফিকুল আলম জানান, আগামী ঈদ রোহিঙ্গারা নিজ দেশে করতে পারবেন "
                       "বলে আশা প্রকাশ করেছেন ইউনূস।")
    assert qs == [("per:muhammad_yunus", ["per:shafiqul_alam", "per:muhammad_yunus"], "আগামী ঈদ রোহিঙ্গারা নিজ দেশে করতে পারবেন")]


@pytest.mark.parametrize("text,source,words", [
    ("व्हाइट हाउस की ओर से जारी बयान में कहा गया कि भारत लगातार रूस से तेल खरीद रहा है।", "org:white_house",
     "भारत लगातार रूस से तेल खरीद रहा है"),
    ("হোয়াইট হাউসের পক্ষ থেকে দেওয়া বিবৃতিতে বলা হয়েছে, ভারত রাশিয়া থেকে তেল কিনছে।", "org:white_house",
     "ভারত রাশিয়া থেকে তেল কিনছে"),
])
def test_a_statement_issued_by_a_body_says(pipe, text, source, words):
    _, qs = said(pipe, text)
    assert qs == [(source, [source], words)]


def test_a_bare_ministry_after_a_named_one_is_that_ministry(pipe):
    doc, qs = said(pipe, "भारत के विदेश मंत्रालय ने फैसले को अनुचित बताया। मंत्रालय के प्रवक्ता रणधीर जायसवाल ने कहा कि भारत कदम उठाएगा।")
    ministries = {m.entity_id for m in doc.mentions if m.label == "ORG"}
    assert len(ministries) == 1 and not any(e.startswith("new:") for e in ministries)


def test_a_direct_quote_told_according_to_an_agency_is_one_quote_with_the_chain(pipe):
    # the according-to span around the quote adds nothing: the quote carries the chain
    _, qs = said(pipe, 'प्रधानमंत्री मोदी ने शी जिनपिंग से मुलाकात की। शिन्हुआ के अनुसार, शी ने कहा, "ड्रैगन और हाथी को साथ आना चाहिए।"')
    assert qs == [("per:xi_jinping", ["agency:xinhua", "per:xi_jinping"], "ड्रैगन और हाथी को साथ आना चाहिए")]


def test_quoted_words_inside_reported_speech_keep_the_outer_source_first(pipe):
    _, qs = said(pipe, 'Kim Jong Un visited the shipyard. Kim said the warship would be armed with the '
                       '"most powerful weapons", KCNA said.')
    assert [(sp, chain) for sp, chain, _ in qs] == [("per:kim_jong_un", ["agency:kcna", "per:kim_jong_un"])]


@pytest.mark.parametrize("text,agency", [
    ("Putin thanked North Korean soldiers, according to Russian news agency RIA Novosti.", "agency:ria_novosti"),
    ("According to Russian news agency TASS, Putin will visit India.", "agency:tass"),
])
def test_according_to_a_demonym_and_the_outlets_kind_before_its_name(pipe, text, agency):
    _, qs = said(pipe, text)
    assert [(sp, chain) for sp, chain, _ in qs] == [(agency, [agency])]


@pytest.mark.parametrize("text", [
    "The envoy will travel to Doha next week for further talks, a U.S. official told Reuters on condition of anonymity.",
    "The envoy will travel to Doha next week for further talks, a U.S. official told Reuters in a telephone interview.",
])
def test_en_an_adjunct_after_the_outlet_told_leaves_the_words_before(pipe, text):
    _, qs = said(pipe, text)
    assert [(c, w) for _, c, w in qs] == [(["agency:reuters", "gpe:us"], "The envoy will travel to Doha next week for further talks")]


def test_en_where_the_speaker_told_reporters_is_no_part_of_the_words(pipe):
    _, qs = said(pipe, "Both will appeal the verdict, lawyer Faisal Chaudhry told reporters outside the court in Lahore.")
    assert [w for _, _, w in qs] == ["Both will appeal the verdict"]


def test_words_quoted_inside_reported_speech_are_not_the_next_speech_verbs(pipe):
    # the name before the later "warned" did not say the quoted words; the coast guard's report holds them
    _, qs = said(pipe, "Vietnam's coast guard said a Chinese ship had \"deliberately and recklessly\" rammed a fishing "
                       "boat near the Paracel Islands, injuring two, and warned Beijing to stop.")
    assert {sp for sp, _, _ in qs} == {"gpe:vn"}


@pytest.mark.parametrize("text", [
    "নিজস্ব প্রতিবেদক, ঢাকা\n\nজাতিসংঘের মানবাধিকার দপ্তরের মুখপাত্র বলেছেন, তাঁরা মৃত্যুদণ্ডের বিরোধিতা করেন।",
    "नई दिल्ली, 5 मई (भाषा) संयुक्त राष्ट्र के मानवाधिकार कार्यालय के प्रवक्ता ने कहा कि वे मृत्युदंड का विरोध करते हैं।",
])
def test_the_spokesperson_of_a_bodys_office_speaks_for_the_body_not_the_datelines_office_holder(pipe, text):
    doc = pipe(Document(raw_text=text, published="2025-11-17"))
    assert [q.speaker for q in doc.quotes] == ["org:united_nations"]


def test_en_adding_after_a_reporting_clause_goes_on_with_its_speaker(pipe):
    # not the subject of the reported words (Russia launched ...)
    _, qs = said(pipe, "Overnight, Russia launched 80 drones at Ukraine, the Ukrainian air force said, adding that 60 "
                       "drones had been shot down.")
    assert [(sp, chain) for sp, chain, _ in qs] == [("gpe:ua", ["gpe:ua"])] * 2


@pytest.mark.parametrize("text, chain", [
    # an outlet citing another ("X-এর বরাতে Y জানায়") reports through it
    ("তাসের বরাতে রয়টার্স জানায়, আলোচনা ফলপ্রসূ হয়েছে।", ["agency:reuters", "agency:tass"]),
    # and, reporting a third's words ("..., Z বলেছেন, ..."), the third speaks last
    ("তাসের বরাতে রয়টার্স জানায়, দিমিত্রি পেসকভ বলেছেন, আলোচনা ফলপ্রসূ হয়েছে।",
     ["agency:reuters", "agency:tass", "per:dmitry_peskov"]),
])
def test_bn_an_outlet_citing_another_and_the_words_of_a_third(pipe, text, chain):
    _, qs = said(pipe, text)
    assert [(sp, c, w) for sp, c, w in qs] == [(chain[-1], chain, "আলোচনা ফলপ্রসূ হয়েছে")]


def test_bn_a_pronoun_speaking_after_a_named_speaker_in_the_sentence_is_that_speaker(pipe):
    # (not the speaker of the sentence before: Ri reports none of Trump's words)
    _, qs = said(pipe, "উত্তর কোরিয়ার পররাষ্ট্রমন্ত্রী রি ইয়ং হো বলেন, নিষেধাজ্ঞা তুলে নিতে হবে। বুধবার ট্রাম্প বলেছিলেন "
                       "যে এর কোনো সময়সীমা নেই, তিনি বলেছিলেন, \"দুই বছর লাগলেও কিছু আসে যায় না\"")
    assert [(sp, chain) for sp, chain, _ in qs][1:] == [("per:donald_trump", ["per:donald_trump"])]


def test_hi_a_pronoun_answering_a_relative_on_a_noun_is_that_unnamed_one(pipe):
    # "the spokesman who was dropped from Trump's campaign, he said": not Trump
    _, qs = said(pipe, "ट्रंप ने रैली की। रॉयटर्स के मुताबिक, जिस प्रवक्ता को ट्रम्प के अभियान से हटाया गया है, उसने बताया, "
                       "“कांग्रेस का नियंत्रण बहुत ज़रूरी है।”")
    assert [(sp, chain) for sp, chain, _ in qs] == [(None, ["agency:reuters"])]


def test_en_whom_an_outlet_cites_is_no_part_of_the_words(pipe):
    _, qs = said(pipe, "According to Reuters, citing two sources, the ceasefire talks in Doha collapsed.")
    assert [w for _, _, w in qs] == ["the ceasefire talks in Doha collapsed"]


@pytest.mark.parametrize("text,words", [
    ('Blinken told reporters in Cairo: "This is the last chance."', "This is the last chance"),
    ('The Kremlin said in a statement: "No meeting is planned."', "No meeting is planned"),
])
def test_en_words_after_a_colon_past_where_and_to_whom_they_were_said(pipe, text, words):
    _, qs = said(pipe, text)
    assert [w for _, _, w in qs] == [words]


@pytest.mark.parametrize("text,speaker,words", [
    ('प्रधानमंत्री मोदी ने ट्वीट किया, "नेपाल में आए भूकंप से दुखी हूं।"', "per:narendra_modi", "नेपाल में आए भूकंप से दुखी हूं"),
    ('মোদী টুইট করেছেন, "বাংলাদেশের পাশে আছে ভারত।"', "per:narendra_modi", "বাংলাদেশের পাশে আছে ভারত"),
    ('Zelenskiy posted on Telegram: "Russia launched 300 drones."', "per:volodymyr_zelensky", "Russia launched 300 drones"),
])
def test_a_post_on_social_media_is_words_said(pipe, text, speaker, words):
    _, qs = said(pipe, text)
    assert [(s, w) for s, _, w in qs] == [(speaker, words)]


def test_hi_a_relative_who_after_a_comma_is_the_one_named_right_before(pipe):
    _, qs = said(pipe, "मोदी ने पुतिन से मुलाकात की, जिन्होंने कहा कि रूस भारत का मित्र है।")
    assert [s for s, _, _ in qs] == ["per:vladimir_putin"]


@pytest.mark.parametrize("text,chain", [
    ("রয়টার্সকে দেওয়া এক সাক্ষাৎকারে ইউনূস বলেন, নির্বাচন ফেব্রুয়ারিতে হবে।", ["agency:reuters", "per:muhammad_yunus"]),
    ("रॉयटर्स को दिए एक इंटरव्यू में मोदी ने कहा कि भारत शांति चाहता है।", ["agency:reuters", "per:narendra_modi"]),
    ("In an interview with the BBC, Lula said Brazil would not join the sanctions.", ["agency:bbc", "per:luiz_inacio_lula_da_silva"]),
])
def test_the_outlet_an_interview_was_given_to_carries_the_words(pipe, text, chain):
    _, qs = said(pipe, text)
    assert [c for _, c, _ in qs] == [chain]


@pytest.mark.parametrize("text,speaker", [
    ("नेपाल पर भारत का पलटवार, कहा- सीमा विवाद पर बातचीत जरूरी", "gpe:in"),
    ("ট্রাম্পের শুল্কের জবাবে চীনের পাল্টা পদক্ষেপ, বলল- চাপের কাছে নতি স্বীকার নয়", "gpe:cn"),
])
def test_a_headlines_speaker_is_the_owner_of_the_noun_before_the_comma(pipe, text, speaker):
    _, qs = said(pipe, text)
    assert [s for s, _, _ in qs] == [speaker]


def test_hi_a_second_owner_before_the_comma_is_no_speaker(pipe):
    _, qs = said(pipe, "मोदी के दौरे का विरोध, कहा- यह अस्वीकार्य है")
    assert "per:narendra_modi" not in [s for s, _, _ in qs]


def test_an_undated_dateline_with_its_agency_is_not_said(pipe):
    _, quotes = said(pipe, "KHARTOUM, Sudan (Reuters) - The army agreed to a seven-day truce, Egypt said on Saturday.")
    assert [(sp, text) for sp, _, text in quotes] == [("gpe:eg", "The army agreed to a seven-day truce")]


def test_an_appeal_joined_after_the_reported_words_is_the_speakers_own(pipe):
    _, quotes = said(pipe, "President Salome Zourabichvili said the vote had been rigged with the help of Russia and "
                           "called on Georgians to protest.")
    assert [text for _, _, text in quotes] == ["the vote had been rigged with the help of Russia"]


def test_that_countrys_state_media_speak_for_the_country_named_before(pipe):
    _, quotes = said(pipe, "ইসরায়েল ইরানে হামলা চালিয়েছে। হামলায় ইরানের এক জেনারেল নিহত হয়েছেন বলে জানিয়েছে দেশটির "
                           "রাষ্ট্রীয় সংবাদমাধ্যম।")
    assert [sp for sp, _, _ in quotes] == ["gpe:ir"]


def test_hi_a_countrys_body_that_gave_the_news_is_its_source(pipe):
    doc, quotes = said(pipe, "रूस ने कीव पर हमला किया। यूक्रेन की वायुसेना ने यह जानकारी दी।")
    assert [sp for sp, _, _ in quotes] == ["gpe:ua"]
    assert [e.sources for e in doc.events if e.type == "ATTACK"] == [["gpe:ua"]]


def test_an_unnamed_armed_service_speaks_for_the_dateline_country(pipe):
    _, quotes = said(pipe, "KYIV, June 17 (Reuters) - Russia attacked Kyiv overnight with drones, the air force said.")
    assert [(sp, text) for sp, _, text in quotes] == [("gpe:ua", "Russia attacked Kyiv overnight with drones")]


def test_bn_a_sources_descriptors_between_the_quotative_and_its_name_are_no_words(pipe):
    _, quotes = said(pipe, "শুক্রবার কুনমিংয়ে এ বৈঠক হয় বলে চীনের রাষ্ট্রীয় সংবাদ সংস্থা সিনহুয়ার খবরে বলা হয়েছে।")
    assert quotes == [("agency:xinhua", ["agency:xinhua"], "শুক্রবার কুনমিংয়ে এ বৈঠক হয়")]


@pytest.mark.parametrize("text,party", [
    ("বিএনপি সমাবেশ করবে। খালেদা জিয়া লন্ডন যাবেন বলে দলটির এক নেতা জানান।", "Bangladesh Nationalist Party"),
    ("बीजेपी रैली करेगी। इस पार्टी के एक नेता ने बताया कि मोदी लंदन जाएंगे।", "Bharatiya Janata Party"),
    ("The BJP will hold a rally. Modi will go to London, a party leader said.", "Bharatiya Janata Party"),
    ("The BNP called a strike. Party sources said Tarique Rahman would return.", "Bangladesh Nationalist Party"),
    # (its spokesperson or chair, unnamed: no other body's spokesperson the KB knows)
    ("बीजेपी रैली करेगी। पार्टी के प्रवक्ता ने कहा कि मोदी लंदन जाएंगे।", "Bharatiya Janata Party"),
    ("बीजेपी रैली करेगी। पार्टी के अध्यक्ष ने कहा कि मोदी लंदन जाएंगे।", "Bharatiya Janata Party"),
    # (compounded: "पार्टी प्रवक्ता", "দলের মুখপাত্র", "দলীয় মুখপাত্র")
    ("बीजेपी रैली करेगी। पार्टी प्रवक्ता ने कहा कि मोदी लंदन जाएंगे।", "Bharatiya Janata Party"),
    # (the party itself, opening its sentence as the agent)
    ("बीजेपी रैली करेगी। पार्टी ने कहा कि मोदी लंदन जाएंगे।", "Bharatiya Janata Party"),
    ("বিএনপি সমাবেশ করবে। দলের মুখপাত্র বলেন, খালেদা জিয়া লন্ডন যাবেন।", "Bangladesh Nationalist Party"),
    ("বিএনপি সমাবেশ করবে। দলীয় মুখপাত্র বলেন, খালেদা জিয়া লন্ডন যাবেন।", "Bangladesh Nationalist Party"),
])
def test_an_unnamed_leader_of_the_party_named_before_speaks_for_the_party(pipe, text, party):
    # "a leader" of it is no holder of its office the KB knows (not its president), nor the person named before
    doc, quotes = said(pipe, text)
    assert [doc.entities[s].name for s, _, _ in quotes] == [party]


def test_bn_the_un_humanitarian_office_named_by_its_short_form_speaks(pipe):
    doc, quotes = said(pipe, "জাতিসংঘের মানবিক সহায়তা সংস্থা ওসিএইচএ জানিয়েছে, গাজায় খাদ্য ও ওষুধ নিয়ে ২০০টি ট্রাক "
                             "প্রবেশের অপেক্ষায় রয়েছে।")
    assert [s for s, _, _ in quotes] == ["org:ocha"]


def test_bn_a_wire_byline_places_the_story_for_a_ministry_named_without_its_country(pipe):
    doc, quotes = said(pipe, "বাসস, ঢাকা\nবাণিজ্য উপদেষ্টা ওয়াশিংটন যাচ্ছেন। বাণিজ্য মন্ত্রণালয়ের এক কর্মকর্তা বলেন, বাংলাদেশ "
                             "যুক্তরাষ্ট্র থেকে গম কেনার প্রস্তাব দিয়েছে।")
    assert [s for s, _, _ in quotes] == ["gpe:bd"]


def test_en_words_a_verdict_is_rejected_as_are_the_rejecters(pipe):
    doc, quotes = said(pipe, 'Hasina rejected the verdict as "biased" and said the tribunal was controlled by the '
                             'government.')
    assert [(s, t) for s, _, t in quotes] == [("per:sheikh_hasina", "biased"),
                                              ("per:sheikh_hasina", "the tribunal was controlled by the government")]


def test_en_words_told_a_joint_news_conference_are_the_speakers(pipe):
    doc, quotes = said(pipe, "The two leaders agreed to deepen cooperation, Ishiba told a joint news conference.")
    assert [(s, t) for s, _, t in quotes] == [("per:shigeru_ishiba", "The two leaders agreed to deepen cooperation")]


def test_bn_a_bodys_director_general_unnamed_speaks_for_the_body(pipe):
    doc, quotes = said(pipe, "বিএসএফের মহাপরিচালক বলেন, সীমান্তে শান্তি বজায় রাখতে আমরা প্রতিশ্রুতিবদ্ধ।")
    assert [s for s, _, _ in quotes] == ["org:bsf"]


def test_en_according_to_a_kind_of_outlet_and_its_name_the_outlet_reports(pipe):
    doc, quotes = said(pipe, '"We should be partners and friends," Xi told Trump at the start of the meeting, according to '
                             'Chinese state broadcaster CCTV.')
    assert [(s, c) for s, c, _ in quotes] == [("per:xi_jinping", ["agency:cctv", "per:xi_jinping"])]


@pytest.mark.parametrize("text", [
    "South Korea's intelligence agency said North Korea would send more troops to Russia.",
    "दक्षिण कोरिया की खुफिया एजेंसी ने बताया कि उत्तर कोरिया रूस में और सैनिक भेजेगा।",
    "উত্তর কোরিয়া রাশিয়ায় আরও সেনা পাঠাবে বলে জানিয়েছে দক্ষিণ কোরিয়ার গোয়েন্দা সংস্থা।",
])
def test_a_countrys_intelligence_agency_speaks_for_the_country(pipe, text):
    # (not the country the words are about)
    doc, quotes = said(pipe, text)
    assert [s for s, _, _ in quotes] == ["gpe:kr"]


def test_bn_the_foreign_ministrys_spokesperson_is_no_leaders_press_secretary(pipe):
    doc = pipe(Document(raw_text="কূটনৈতিক প্রতিবেদক, ঢাকা\nশেখ হাসিনাকে ফেরত পাঠাতে ভারতকে কূটনৈতিক পত্র পাঠিয়েছে বাংলাদেশ। "
                                 "মঙ্গলবার পররাষ্ট্র মন্ত্রণালয়ের মুখপাত্র এ তথ্য জানান।", published="2025-11-18"))
    assert "per:shafiqul_alam" not in {q.speaker for q in doc.quotes}


@pytest.mark.parametrize("text", [
    "আবু তাহের সাংবাদিকদের বলেন, নির্বাচন সময়মতো হবে।",
    "জামায়াতের নায়েবে আমির আবু তাহের বলেন, নির্বাচন সময়মতো হবে।",
])
def test_bn_a_name_that_ends_as_a_genitive_does_is_the_speaker(pipe, text):
    # তাহের (Taher) is no "Tah's" (entity_cues whole_words); নায়েবে আমির is an office, not part of his name
    doc, quotes = said(pipe, text)
    assert [(doc.entities[sp].name if sp in doc.entities else sp, words) for sp, _, words in quotes] == [
        ("Abu Taher", "নির্বাচন সময়মতো হবে")]


@pytest.mark.parametrize("text, speaker", [
    ("India accused Pakistan of violating the truce, and Misri said the army would respond strongly.", "Misri"),
    ("Russia attacked the city overnight, and Zelenskiy said Kyiv would respond.", "Zelenskiy"),
])
def test_en_a_name_after_comma_and_before_said_is_the_new_clauses_speaker(pipe, text, speaker):
    doc, quotes = said(pipe, text)
    (q,) = doc.quotes
    assert doc.text[q.speaker_span.start : q.speaker_span.end] == speaker


def test_en_a_body_named_in_several_words_counts_as_one_descriptor_word_before_the_speaker(pipe):
    doc, quotes = said(pipe, "The incident damaged the ship, the Philippine Coast Guard spokesman Jay Tarriela "
                             "told reporters.")
    assert [(doc.entities[s].name, t) for s, _, t in quotes] == [("Jay Tarriela", "The incident damaged the ship")]


def test_bn_a_word_quoted_as_a_verdict_before_the_quotative_is_the_unmarked_subjects(pipe):
    _, quotes = said(pipe, "এ সময় প্রধান উপদেষ্টা মুহাম্মদ ইউনূস সংখ্যালঘুদের নিরাপত্তা নিয়ে ভারতের উদ্বেগকে "
                           "‘অতিরঞ্জিত’ বলে মন্তব্য করেন।")
    assert quotes == [("per:muhammad_yunus", ["per:muhammad_yunus"], "অতিরঞ্জিত")]


def test_en_a_body_opening_the_sentence_speaks_after_and_through_its_owner(pipe):
    _, quotes = said(pipe, 'India\'s foreign ministry called the move "unfair, unjustified and unreasonable" and said it '
                           'would take all actions necessary to protect its national interests.')
    assert ("gpe:in", "it would take all actions necessary to protect its national interests") in [
        (q[0], q[2]) for q in quotes]


def test_en_unnamed_officials_of_a_country_are_not_the_person_introduced_as_its_counterpart(pipe):
    _, quotes = said(pipe, "Wang Yi held talks with his Indian counterpart Subrahmanyam Jaishankar in New Delhi. Indian "
                           "officials said New Delhi had also raised concerns about the dam.")
    assert [q[0] for q in quotes] == ["gpe:in"]


@pytest.mark.parametrize("text,words", [
    ("সিনহুয়ার বরাত দিয়ে পেসকভ বলেন, বৈঠক হবে।", "বৈঠক হবে"),
    ("তাসের বরাত দিয়ে পেসকভ বলেন, বৈঠক হবে।", "বৈঠক হবে"),
    ("शिन्हुआ के हवाले से पेसकोव बोले- बैठक होगी", "बैठक होगी"),
])
def test_an_outlet_cited_before_the_speaker_reports_the_speakers_words(pipe, text, words):
    # (and in a verb-final language a comma after the verb opens the words, however short)
    doc, quotes = said(pipe, text)
    outlet = next(m.entity_id for m in doc.mentions if m.label == "AGENCY")
    assert quotes == [("per:dmitry_peskov", [outlet, "per:dmitry_peskov"], words)]


@pytest.mark.parametrize("text", [
    "According to the Pakistani military, the Indian strikes killed 31 civilians.",
    "According to Pakistan's military, the Indian strikes killed 31 civilians.",
    "ISLAMABAD, May 7 (Reuters) - According to the military, the Indian strikes killed 31 civilians.",
])
def test_en_a_countrys_armed_service_as_the_source_of_according_to(pipe, text):
    _, quotes = said(pipe, text)
    assert quotes == [("gpe:pk", ["gpe:pk"], "the Indian strikes killed 31 civilians")]


@pytest.mark.parametrize("text,speaker", [
    # a bare office in a Hindi story that names no other country is India's (the language's one home country)
    ('प्रधानमंत्री ने ट्वीट कर कहा, "हम आतंकवाद के खिलाफ एकजुट हैं।"', "per:narendra_modi"),
    ("दिल्ली में राष्ट्रपति ने कहा कि चुनाव होंगे।", "per:droupadi_murmu"),
    ("वाशिंगटन में राष्ट्रपति ने कहा कि चुनाव होंगे।", None),
    # (India's president, not the president of the Indian National Congress the KB also knows)
    ("भारत के राष्ट्रपति ने कहा कि चुनाव होंगे।", "per:droupadi_murmu"),
])
def test_hi_a_bare_office_is_of_the_home_country_when_no_other_is_named(pipe, text, speaker):
    doc = pipe(Document(raw_text=text, published="2025-03-12"))
    assert [q.speaker for q in doc.quotes] == [speaker]


@pytest.mark.parametrize("text,words", [
    ("ভারত-পাকিস্তান যুদ্ধবিরতিতে মধ্যস্থতা করেছে যুক্তরাষ্ট্র, দাবি ট্রাম্পের", "ভারত-পাকিস্তান যুদ্ধবিরতিতে মধ্যস্থতা করেছে যুক্তরাষ্ট্র"),
    ("भारत-पाकिस्तान संघर्षविराम अमेरिका ने कराया, ट्रंप का दावा", "भारत-पाकिस्तान संघर्षविराम अमेरिका ने कराया"),
])
def test_a_headlines_claim_of_a_name_after_the_comma_is_that_names_words(pipe, text, words):
    _, quotes = said(pipe, text)
    assert quotes == [("per:donald_trump", ["per:donald_trump"], words)]


def test_en_an_unknown_broadcaster_named_by_its_short_form_reports(pipe):
    doc, quotes = said(pipe, "Min Aung Hlaing invited Modi to visit Myanmar, state broadcaster MRTV reported.")
    assert [(doc.entities[s].name, t) for s, _, t in quotes] == [("MRTV", "Min Aung Hlaing invited Modi to visit Myanmar")]


@pytest.mark.parametrize("text,words", [
    ("ভারতীয় সেনাবাহিনী বলেছে, ‘অপারেশন সিঁদুর’ নামের অভিযানে ঘাঁটি লক্ষ্য করে হামলা চালানো হয়েছে।",
     "‘অপারেশন সিঁদুর’ নামের অভিযানে ঘাঁটি লক্ষ্য করে হামলা চালানো হয়েছে"),
    ('The Indian Army said the operation, dubbed "Operation Sindoor", targeted camps.',
     'the operation, dubbed "Operation Sindoor", targeted camps'),
])
def test_a_quoted_name_of_a_thing_is_nobodys_words_and_the_report_around_it_stands(pipe, text, words):
    _, quotes = said(pipe, text)
    assert [q[2] for q in quotes] == [words]


def test_bn_a_persons_press_wing_speaks_for_him(pipe):
    _, quotes = said(pipe, "ইউনূসের প্রেস উইং জানিয়েছে, প্রধান উপদেষ্টা আগামী সপ্তাহে জাপান সফরে যাবেন।")
    assert [q[0] for q in quotes] == ["per:muhammad_yunus"]


@pytest.mark.parametrize("text", [
    "भारतीय सेना ने कुपवाड़ा में घुसपैठ की कोशिश नाकाम की। सेना ने बताया कि दो आतंकी मारे गए।",
    "ভারতীয় সেনাবাহিনী কুপওয়ারায় অনুপ্রবেশের চেষ্টা ব্যর্থ করেছে। সেনাবাহিনী জানিয়েছে, দুই জঙ্গি নিহত হয়েছে।",
])
def test_the_army_alone_after_an_army_named_is_that_army(pipe, text):
    _, quotes = said(pipe, text)
    assert [q[0] for q in quotes] == ["org:indian_army"]


def test_en_where_the_reporters_were_told_is_no_speaker(pipe):
    _, quotes = said(pipe, 'The European Commission rejected the move. "The EU does not censor anyone," a Commission '
                           'spokesperson told reporters in Brussels.')
    assert not [q for q in quotes if "gpe:be" in q[1] or q[0] == "gpe:be"]


def test_bn_by_someones_count_is_according_to_them(pipe):
    _, quotes = said(pipe, "জাতিসংঘের হিসাবে, গাজায় ৬০ হাজার মানুষ নিহত হয়েছেন।")
    assert quotes == [("org:united_nations", ["org:united_nations"], "গাজায় ৬০ হাজার মানুষ নিহত হয়েছেন")]
    # (not what something is given as)
    _, quotes = said(pipe, "পুতিন উপহার হিসেবে, একটি গাড়ি দিয়েছেন।")
    assert quotes == []


def test_bn_a_chief_minister_named_by_office_alone_speaks(pipe):
    # "মুখ্যমন্ত্রী" alone is the chief minister named before, not the commissioner named in her words
    _, quotes = said(pipe, "সোমবার সন্ধ্যায় বৈঠক করলেন মুখ্যমন্ত্রী মমতা বন্দ্যোপাধ্যায়। বৈঠকের পর মুখ্যমন্ত্রী ঘোষণা করেন, "
                           "পুলিশ কমিশনার বিনীত গোয়েলকে সরিয়ে দেওয়া হবে।")
    assert [(q[0], q[2]) for q in quotes] == [("per:mamata_banerjee", "পুলিশ কমিশনার বিনীত গোয়েলকে সরিয়ে দেওয়া হবে")]


def test_a_police_commissioner_titles_the_name_after_it(pipe):
    # (the surname alone is a minister's in the KB: the whole name is someone else)
    for text, name in [("কলকাতার পুলিশ কমিশনার বিনীত গোয়েলকে সরিয়ে দেওয়া হবে।", "বিনীত গোয়েল"),
                       ("कोलकाता के पुलिस आयुक्त विनीत गोयल को हटाया जाएगा।", "विनीत गोयल")]:
        doc = pipe(Document(raw_text=text))
        assert [m.text for m in doc.mentions if m.label == "PER"] == [name]
        assert all(m.entity_id != "per:piyush_goyal" for m in doc.mentions)


def test_en_an_apposition_after_a_person_holds_no_speaker(pipe):
    # the party inside "X, leader of Y's own party, said" describes X; X speaks
    doc, quotes = said(pipe, "Han Dong-hoon, leader of Yoon's own People Power Party, said the decision was wrong.")
    assert [(doc.entities[q[0]].name, q[2]) for q in quotes] == [("Han Dong-hoon", "the decision was wrong")]


@pytest.mark.parametrize("text,words", [
    # (the warning's own clause is words of their own, a second quote)
    ("Peskov said the talks were useful and warned that Russia would respond.", ["the talks were useful", "Russia would respond"]),
    ("Peskov said that the talks were useful and warned that Russia would respond.",
     ["the talks were useful", "Russia would respond"]),
    ("माओ निंग ने कहा कि यह बिक्री सिद्धांत का उल्लंघन है और चेतावनी दी कि बीजिंग कड़े कदम उठाएगा।",
     ["यह बिक्री सिद्धांत का उल्लंघन है", "बीजिंग कड़े कदम उठाएगा"]),
    # (a conjunction inside the words, a name after it: one clause of theirs)
    ("Peskov said that Russia and China agreed that the talks were useful.",
     ["Russia and China agreed that the talks were useful"]),
    # ("and that" right after the conjunction: a second clause of the same verb, all of it said)
    ("China's commerce ministry said the two sides had reached a consensus and that Beijing would suspend its controls.",
     ["the two sides had reached a consensus and that Beijing would suspend its controls"]),
])
def test_a_second_verb_joined_with_words_of_its_own_ends_the_words(pipe, text, words):
    # "said ... and warned that ...": the warning is a deed of the speaker's (WARN), not part of what he said
    doc, quotes = said(pipe, text)
    assert [q[2] for q in quotes] == words
    if "warn" in text or "चेतावनी" in text:
        assert [e.modality for e in doc.events if e.type == "WARN"] == ["asserted"]


@pytest.mark.parametrize("text,court", [
    ("सुप्रीम कोर्ट ने गुरुवार को योजना रद्द कर दी। पांच न्यायाधीशों की संविधान पीठ ने कहा कि यह योजना असंवैधानिक है।",
     "org:supreme_court_of_india"),
    ("सुप्रीम कोर्ट ने गुरुवार को योजना रद्द कर दी। अदालत ने कहा कि यह योजना असंवैधानिक है।", "org:supreme_court_of_india"),
    ("সুপ্রিম কোর্ট বৃহস্পতিবার প্রকল্পটি বাতিল করেছে। আদালত বলেছে, প্রকল্পটি অসাংবিধানিক।", "org:supreme_court_of_bangladesh"),
])
def test_a_court_or_its_bench_by_another_word_is_the_court_named_before(pipe, text, court):
    _, quotes = said(pipe, text)
    assert [q[0] for q in quotes] == [court]


@pytest.mark.parametrize("text", [
    "ভারতের পশ্চিমবঙ্গেও ঝড়ে অন্তত ছয়জনের মৃত্যু হয়েছে বলে জানিয়েছে রাজ্য সরকার।",
    "बिहार में बाढ़ से 20 लोगों की मौत हो गई है। राज्य सरकार ने कहा कि राहत कार्य जारी है।",
    "Floods killed 20 people in Bihar. The state government said relief work was under way.",
])
def test_the_state_government_is_the_state_named_last(pipe, text):
    _, quotes = said(pipe, text)
    assert [q[0] for q in quotes] == ["loc:west_bengal" if "পশ্চিমবঙ্গ" in text else "loc:bihar"]


def test_words_quoted_before_and_said_and_inside_what_is_said_are_the_subjects(pipe):
    # not the name after "and said" ("the alliance"), nor the one praised right before the verb
    doc, quotes = said(pipe, "TOKYO, Oct 28 (AP) - Takaichi hosted Trump in Tokyo on Tuesday. Trump praised Takaichi as "
                             '"a great prime minister" and said the alliance was at "the strongest level ever".')
    assert quotes and {q[0] for q in quotes} == {"per:donald_trump"}


@pytest.mark.parametrize("text,speaker", [
    ("A statement issued by the Kremlin said Putin and Trump had agreed to meet.", "org:kremlin"),
    ("The statement, issued by the Kremlin, said Putin and Trump had agreed to meet.", "org:kremlin"),
    ("According to Pakistani officials, at least 12 soldiers were killed in the attack.", "gpe:pk"),
])
def test_who_issued_the_words_or_whose_officials_said_them_speaks(pipe, text, speaker):
    _, quotes = said(pipe, text)
    assert [q[0] for q in quotes] == [speaker]


@pytest.mark.parametrize("text,outlet", [
    ("एएनआई से बातचीत में राहुल गांधी ने कहा कि पार्टी चुनाव लड़ेगी।", "agency:ani"),
    ("বিবিসির সঙ্গে আলাপকালে ইউনূস বলেন, নির্বাচন ফেব্রুয়ারিতেই হবে।", "agency:bbc"),
])
def test_an_outlet_spoken_with_carries_the_words(pipe, text, outlet):
    _, quotes = said(pipe, text)
    assert len(quotes) == 1 and quotes[0][1][0] == outlet


def test_bn_said_on_someones_behalf_is_theirs(pipe):
    for text in ["হোয়াইট হাউসের পক্ষ থেকে বলা হয়েছে, ইরানের সঙ্গে আলোচনা চলছে।",
                 "হোয়াইট হাউসের তরফ থেকে জানানো হয়েছে, ইরানের সঙ্গে আলোচনা চলছে।"]:
        _, quotes = said(pipe, text)
        assert quotes == [("org:white_house", ["org:white_house"], "ইরানের সঙ্গে আলোচনা চলছে")]


@pytest.mark.parametrize("text", [
    "The Kremlin, citing Defence Minister Andrei Belousov, said Russian forces had captured two villages.",
    "The Kremlin said, citing Belousov, that Russian forces had captured two villages.",
])
def test_whom_a_speaker_cites_with_a_title_or_after_the_verb_ends_the_chain_and_says_nothing(pipe, text):
    _, quotes = said(pipe, text)
    assert quotes == [("per:andrei_belousov", ["org:kremlin", "per:andrei_belousov"], "Russian forces had captured two villages")]


def test_a_that_after_a_finite_verb_opens_a_clause_inside_the_words(pipe):
    # "told Reuters the group would not accept any deal that ...": the words start right after the one told
    _, quotes = said(pipe, "Hamas official Basem Naim told Reuters the group would not accept any deal that did not end the war.")
    assert [q[2] for q in quotes] == ["the group would not accept any deal that did not end the war"]


def test_hi_declaring_something_without_quoted_words_quotes_no_one(pipe):
    _, quotes = said(pipe, "सुप्रीम कोर्ट ने गुरुवार को चुनावी बॉन्ड योजना को असंवैधानिक करार देते हुए रद्द कर दिया।")
    assert quotes == []


def test_a_that_after_a_pronoun_and_its_verb_opens_a_clause_inside_the_words(pipe):
    _, quotes = said(pipe, "Russia said it welcomed any steps that would bring peace to the South Caucasus.")
    assert [q[2] for q in quotes] == ["it welcomed any steps that would bring peace to the South Caucasus"]


def test_en_a_name_in_a_relative_clause_before_the_verb_does_not_speak(pipe):
    _, quotes = said(pipe, 'Pashinyan and Aliyev signed a joint declaration on Friday. U.S. President Donald Trump, who hosted '
                           'the two leaders, called the agreement "a historic day".')
    assert [(q[0], q[1]) for q in quotes] == [("per:donald_trump", ["per:donald_trump"])]


def test_en_the_name_before_who_said_speaks_whatever_its_role(pipe):
    _, quotes = said(pipe, "Sharif also held talks with Premier Li Qiang, who said Beijing would continue to support Pakistan.")
    assert [(q[0], q[2]) for q in quotes] == [("per:li_qiang", "Beijing would continue to support Pakistan")]


def test_hi_a_spokesperson_of_the_state_government_speaks_for_the_state(pipe):
    _, quotes = said(pipe, "लखनऊ, 8 जुलाई (भाषा)। उत्तर प्रदेश में बाढ़ आई। राज्य सरकार के एक प्रवक्ता ने बताया कि बाढ़ से अब तक "
                           "14 लोगों की मौत हो चुकी है।")
    assert [q[0] for q in quotes] == ["loc:uttar_pradesh"]


def test_a_relative_clause_describing_the_source_is_not_said(pipe):
    _, quotes = said(pipe, "According to a senior Indian official who spoke on condition of anonymity, the talks were productive.")
    assert [(q[0], q[2]) for q in quotes] == [("gpe:in", "the talks were productive")]


@pytest.mark.parametrize("text,speaker,words", [
    ("আমরা আলোচনায় প্রস্তুত, বলেন প্রধান উপদেষ্টা মুহাম্মদ ইউনূস।", "per:muhammad_yunus", "আমরা আলোচনায় প্রস্তুত"),
    ('"আমরা আলোচনায় প্রস্তুত," যোগ করেন মুহাম্মদ ইউনূস।', "per:muhammad_yunus", "আমরা আলোচনায় প্রস্তুত,"),
    ("हम बातचीत के लिए तैयार हैं, कहा विदेश मंत्री एस जयशंकर ने।", "per:s_jaishankar", "हम बातचीत के लिए तैयार हैं"),
])
def test_verb_final_speech_verb_after_a_comma_has_its_speaker_after_it(pipe, text, speaker, words):
    """bn/hi "..., বলেন X": the speech verb opens the clause after the words, its speaker ending the sentence."""
    _, quotes = said(pipe, text)
    assert [(q[0], q[2]) for q in quotes] == [(speaker, words)]


def test_bn_added_is_speech_only_after_the_words(pipe):
    _, quotes = said(pipe, "সরকার নতুন আইনে আরও দুটি ধারা যোগ করেছে।")
    assert quotes == []


def test_hi_a_relative_clause_after_the_speech_verb_is_no_words(pipe):
    _, quotes = said(pipe, "ब्राज़ील के अधिकारियों ने समुद्र में कुछ मलबा देखे जाने की जानकारी दी थी जहाँ विमान लापता हुआ था।")
    assert quotes == []


def test_bn_an_account_opening_a_sentence_is_its_owners_words(pipe):
    _, quotes = said(pipe, "বিএনপির বক্তব্য, সরকার নির্বাচন দিতে ভয় পাচ্ছে।")
    assert [(q[0], q[2]) for q in quotes] == [("org:bnp", "সরকার নির্বাচন দিতে ভয় পাচ্ছে")]


@pytest.mark.parametrize("text", [
    "नई दिल्ली, 12 अगस्त। बांग्लादेश के गृह सलाहकार ने कहा कि बीएसएफ सीमा पर बाड़ लगा रही है।",
    "কলকাতা, ১২ আগস্ট: বাংলাদেশের স্বরাষ্ট্র উপদেষ্টা বলেন, বিএসএফ সীমান্তে বেড়া দিচ্ছে।",
])
def test_an_advisers_portfolio_keeps_the_country_named_before_it(pipe, text):
    """"बांग्लादेश के गृह सलाहकार": Bangladesh's adviser, not the adviser of the country the article is filed from."""
    _, quotes = said(pipe, text)
    assert [q[0] for q in quotes] == ["gpe:bd"]


def test_the_words_before_told_an_addressee_with_an_office_are_said(pipe):
    """"..., commander Syrskyi told President Zelenskiy on Monday": the office and name after "told" are the one told,
    the words are the clause before the comma."""
    _, quotes = said(pipe, "Ukrainian forces have seized 1,000 square kilometres of Russian territory, commander "
                           "Oleksandr Syrskyi told President Volodymyr Zelenskiy on Monday.")
    assert len(quotes) == 1 and quotes[0][2].startswith("Ukrainian forces have seized")


@pytest.mark.parametrize("text,speaker,words", [
    ("राहुल गांधी का आरोप- चुनाव आयोग ने भाजपा की मदद की", "per:rahul_gandhi", "चुनाव आयोग ने भाजपा की मदद की"),
    ("बीएसएफ का दावा: तस्करों ने जवानों पर हमला किया", "org:bsf", "तस्करों ने जवानों पर हमला किया"),
    ("বিএনপির অভিযোগ- নির্বাচন কমিশন আওয়ামী লীগকে সহায়তা করেছে", "org:bnp", "নির্বাচন কমিশন আওয়ামী লীগকে সহায়তা করেছে"),
])
def test_a_headlines_charge_or_claim_before_a_dash_or_comma_is_its_owners_words(pipe, text, speaker, words):
    """"X का आरोप- ...", "X-এর অভিযোগ- ...": what follows the dash is X's charge."""
    _, quotes = said(pipe, text)
    assert [(q[0], q[2]) for q in quotes] == [(speaker, words)]


def test_hi_a_headlines_claim_then_a_comma_and_an_answer_is_no_words_of_the_claimant(pipe):
    """"युद्धविराम पर ट्रंप का दावा, तेहरान ने किया खंडन": Tehran's denial is the writer's news, not Trump's words."""
    _, quotes = said(pipe, "इजरायल-ईरान युद्धविराम पर ट्रंप का दावा, तेहरान ने किया खंडन")
    assert quotes == []


def test_bn_the_ministrys_statement_opening_a_sentence_is_the_ministry_named_before(pipe):
    """"... প্রতিবাদ জানিয়েছে পররাষ্ট্র মন্ত্রণালয়। মন্ত্রণালয়ের এক বিবৃতিতে বলা হয়, ...": the statement is that ministry's."""
    _, quotes = said(pipe, "ঢাকা, ১২ আগস্ট: এ ঘটনায় কড়া প্রতিবাদ জানিয়েছে পররাষ্ট্র মন্ত্রণালয়। মন্ত্রণালয়ের এক বিবৃতিতে বলা হয়, "
                           "এ ধরনের হত্যাকাণ্ড দুই দেশের সম্পর্কের চেতনার পরিপন্থী।")
    assert [(q[0], q[2]) for q in quotes] == [("gpe:bd", "এ ধরনের হত্যাকাণ্ড দুই দেশের সম্পর্কের চেতনার পরিপন্থী")]


@pytest.mark.parametrize("text,speaker", [
    ("রাখাইনে আরাকান আর্মি ও মিয়ানমারের সেনাবাহিনীর মধ্যে লড়াইয়ের কারণে আরও ৮০ হাজার রোহিঙ্গা বাংলাদেশে ঢুকেছে বলে "
     "জানিয়েছে সরকার।", "gpe:bd"),
    # (no home country named: the country named before)
    ("রাখাইনে আরাকান আর্মি ও মিয়ানমারের সেনাবাহিনীর মধ্যে লড়াই চলছে বলে জানিয়েছে সরকার।", "gpe:mm"),
])
def test_bn_a_bare_government_with_no_dateline_is_the_one_home_country_named(pipe, text, speaker):
    """"... রোহিঙ্গা বাংলাদেশে ঢুকেছে বলে জানিয়েছে সরকার": with no dateline, Bangladesh's government, the one home
    country the article names, not Myanmar's, named last before."""
    _, quotes = said(pipe, text)
    assert [q[0] for q in quotes] == [speaker]


@pytest.mark.parametrize("text,speaker,words", [
    ('Turkish President Tayyip Erdogan called it a "treacherous murder", while Russia\'s Deputy Foreign Minister Mikhail '
     'Bogdanov said the killing was unacceptable.', "per:recep_tayyip_erdogan", "treacherous murder"),
    ('Qatar condemned the assassination as a "dangerous escalation".', "gpe:qa", "dangerous escalation"),
])
def test_en_a_thing_called_an_article_and_quoted_words_is_named_by_the_caller(pipe, text, speaker, words):
    """'called it a "treacherous murder"': an article before the quoted name still makes the caller the speaker."""
    _, quotes = said(pipe, text)
    assert (speaker, words) in [(q[0], q[2]) for q in quotes]


@pytest.mark.parametrize("text,words", [
    ("मिस्री ने बताया कि पिछले कई हफ्तों से दोनों देशों के राजनयिक संपर्क में थे।", "पिछले कई हफ्तों से दोनों देशों के राजनयिक संपर्क में थे"),
    ("Putin said that on Tuesday Russia would respond.", "on Tuesday Russia would respond"),
    ("Putin said on Tuesday Russia would respond.", "Russia would respond"),
])
def test_a_time_after_the_complementizer_opens_the_words(pipe, text, words):
    """"बताया कि पिछले कई हफ्तों से ...": a time after "that" is said; one right after the verb is when it was said."""
    _, quotes = said(pipe, text)
    assert [q[2] for q in quotes] == [words]


@pytest.mark.parametrize("text,speaker", [
    ("ন্যূনতম মজুরির প্রস্তাব একতরফা বলে দাবি করেন বিজিএমইএ সভাপতি।", "org:bgmea"),
    ("বিএনপির চেয়ারপারসন বলেন, সরকার ব্যর্থ।", "org:bnp"),
])
def test_bn_a_bodys_president_named_by_office_alone_speaks_for_the_body(pipe, text, speaker):
    """"... বলে দাবি করেন বিজিএমইএ সভাপতি": the association's president, unnamed, speaks for the association."""
    _, quotes = said(pipe, text)
    assert [q[0] for q in quotes] == [speaker]


@pytest.mark.parametrize("text,speaker", [
    ("पीपुल्स लिबरेशन आर्मी की पूर्वी थिएटर कमान ने कहा कि अभ्यास में थल सेना हिस्सा ले रही है।", "org:pla"),
    ("भारतीय सेना की उत्तरी कमान ने बताया कि दो आतंकी मारे गए।", "org:indian_army"),
])
def test_hi_a_forces_command_speaks_for_the_force(pipe, text, speaker):
    """"X की पूर्वी थिएटर कमान ने कहा": the command (कमान, no person's name) speaks for the force it belongs to."""
    _, quotes = said(pipe, text)
    assert [q[0] for q in quotes] == [speaker]


def test_bn_a_report_in_which_it_is_made_known_is_the_outlets_words(pipe):
    """"বিবিসি অনলাইনের প্রতিবেদনে জানানো হয়, ...": the BBC's report tells it (as "... বলা হয়" does)."""
    _, quotes = said(pipe, "বিবিসি অনলাইনের প্রতিবেদনে জানানো হয়, ইরাকের নিরাপত্তা বাহিনী পালিয়ে গেছে।")
    assert [(q[0], q[2]) for q in quotes] == [("agency:bbc", "ইরাকের নিরাপত্তা বাহিনী পালিয়ে গেছে")]


def test_hi_a_dateline_with_the_day_in_words_is_no_part_of_the_words_announced(pipe):
    _, quotes = said(pipe, "ढाका, पांच अगस्त (एपी) बांग्लादेश की प्रधानमंत्री शेख हसीना ने सोमवार को इस्तीफा दे दिया। "
                           "सेना प्रमुख जनरल वकार-उज़-ज़मां ने यह घोषणा की।")
    assert [w for _, _, w in quotes] == ["बांग्लादेश की प्रधानमंत्री शेख हसीना ने सोमवार को इस्तीफा दे दिया"]


@pytest.mark.parametrize("text,speaker,chain", [
    ("TASS quoted Kremlin aide Yuri Ushakov as saying the two leaders agreed to meet.", "per:yuri_ushakov",
     ["agency:tass", "per:yuri_ushakov"]),
    ("According to the RIA news agency, which cited Kremlin aide Yuri Ushakov, the two leaders agreed to meet.", None,
     ["agency:ria_novosti", "per:yuri_ushakov"]),
])
def test_en_a_body_in_the_cited_ones_office_words_is_no_link_of_the_chain(pipe, text, speaker, chain):
    _, quotes = said(pipe, text)
    assert [c for _, c, _ in quotes] == [chain]
    if speaker:
        assert [s for s, _, _ in quotes] == [speaker]


def test_en_words_said_in_a_relative_clause_of_a_report_end_the_reporters_own(pipe):
    _, quotes = said(pipe, "Trump wrote on his Truth Social platform that he had also spoken with Ukrainian President "
                           "Volodymyr Zelenskiy, who said he wanted peace.")
    assert quotes == [
        ("per:donald_trump", ["per:donald_trump"], "he had also spoken with Ukrainian President Volodymyr Zelenskiy"),
        ("per:volodymyr_zelensky", ["per:donald_trump", "per:volodymyr_zelensky"], "he wanted peace")]


def test_en_a_thanks_or_a_warning_joined_after_the_words_is_no_part_of_them(pipe):
    _, quotes = said(pipe, "Zelensky said that the talks were useful and thanked Trump for his support.")
    assert [w for _, _, w in quotes] == ["the talks were useful"]


@pytest.mark.parametrize("text,chain", [
    # the sentence before reports the one before it; the agency carries that report
    ("উত্তর কোরিয়া দুটি ক্ষেপণাস্ত্র ছুড়েছে। দক্ষিণ কোরিয়ার সেনাবাহিনী এ তথ্য জানিয়েছে। বার্তা সংস্থা ইয়োনহাপ এ খবর দিয়েছে।",
     ["agency:yonhap", "gpe:kr"]),
    ("उत्तर कोरिया ने मिसाइलें दागीं। दक्षिण कोरिया की सेना ने यह जानकारी दी। समाचार एजेंसी योनहाप ने यह खबर दी।",
     ["agency:yonhap", "gpe:kr"]),
    # the sentence before holds words told by another; the agency reports them
    ("উত্তর কোরিয়া দুটি ক্ষেপণাস্ত্র ছুড়েছে বলে জানিয়েছে দক্ষিণ কোরিয়ার সেনাবাহিনী। বার্তা সংস্থা ইয়োনহাপ এ খবর দিয়েছে।",
     ["agency:yonhap", "gpe:kr"]),
])
def test_an_agency_reporting_the_report_before_carries_it(pipe, text, chain):
    _, quotes = said(pipe, text)
    assert [c for _, c, _ in quotes] == [chain]


def test_a_person_saying_the_words_before_again_is_no_carrier_of_another_speakers_words(pipe):
    _, quotes = said(pipe, "ইউনূস বলেন, আমরা প্রস্তুত। এ কথা জানিয়েছেন প্রেস সচিব শফিকুল আলম।")
    assert [c for _, c, _ in quotes] == [["per:muhammad_yunus"]]


def test_en_a_country_after_a_city_and_a_comma_that_says_is_the_speaker(pipe):
    _, quotes = said(pipe, "Israel struck a building in Tehran, Iran said.")
    assert [(sp, t) for sp, _, t in quotes] == [("gpe:ir", "Israel struck a building in Tehran")]


def test_bn_a_quotative_clause_after_a_report_keeps_its_own_speaker_in_the_chain(pipe):
    _, quotes = said(pipe, "অ্যাসোসিয়েটেড প্রেস জানিয়েছে, বাইডেন জানুয়ারির মধ্যে আনুষ্ঠানিকভাবে সিদ্ধান্ত নেবেন বলে জানিয়েছেন।")
    assert quotes and "per:joe_biden" in quotes[0][1]


def test_en_a_speaker_after_said_with_a_qualified_office_before_the_name(pipe):
    _, quotes = said(pipe, '"This is a dark day for democracy," said opposition leader Rahul Gandhi.')
    assert [sp for sp, _, _ in quotes] == ["per:rahul_gandhi"]


def test_bn_a_direct_quote_after_a_clause_naming_a_government_is_the_subjects(pipe):
    # "মিয়ানমারের জান্তা সরকারের": the junta word is no speaker; Yunus, the sentence's subject, says the words
    _, quotes = said(pipe, 'ইউনূস মিয়ানমারের জান্তা সরকারের ওপর চাপ বাড়ানোর আহ্বান জানিয়ে বলেন, '
                           '"রোহিঙ্গাদের নিরাপদ প্রত্যাবাসন ছাড়া এই সংকটের সমাধান সম্ভব নয়।"')
    assert [(sp, chain) for sp, chain, _ in quotes] == [("per:muhammad_yunus", ["per:muhammad_yunus"])]


def test_hi_a_verb_ending_a_when_clause_reports_none_of_the_words_after_the_next_speakers_verb(pipe):
    _, quotes = said(pipe, "जब आयोग ने घोषणा की तो समाजवादी पार्टी ने कहा कि वह अदालत जाएगी।")
    assert [(sp, chain) for sp, chain, _ in quotes] == [("org:samajwadi_party", ["org:samajwadi_party"])]


@pytest.mark.parametrize("text", [
    "Russian missiles struck Kyiv overnight, Ukraine's state emergency service said.",
    "यूक्रेन की आपातकालीन सेवा ने बताया कि रूसी मिसाइलों ने कीव पर हमला किया।",
    "ইউক্রেনের জরুরি সেবা বিভাগ জানিয়েছে, রুশ ক্ষেপণাস্ত্র কিয়েভে আঘাত হেনেছে।",
])
def test_a_places_emergency_service_speaks_for_it(pipe, text):
    _, quotes = said(pipe, text)
    assert [(sp, chain) for sp, chain, _ in quotes] == [("gpe:ua", ["gpe:ua"])]


def test_bn_the_dateline_place_says_nothing(pipe):
    _, quotes = said(pipe, "কক্সবাজার, ১০ ডিসেম্বর: মিয়ানমারের রাখাইন রাজ্যের মংডু শহর দখলের দাবি করেছে বিদ্রোহী গোষ্ঠী আরাকান আর্মি।")
    assert not [sp for sp, _, _ in quotes if sp == "loc:bd_coxs_bazar"]


def test_a_participle_after_a_body_that_criticised_a_person_is_the_bodys_words(pipe):
    _, quotes = said(pipe, "Ukraine criticised Guterres for attending the summit, saying the visit damaged the UN's reputation.")
    assert [q[0] for q in quotes] == ["gpe:ua"]


def test_a_headlines_source_before_a_semicolon_reports_the_words_before_its_comma(pipe):
    _, quotes = said(pipe, "North Korea sends troops to Russia, Seoul says; Moscow dismisses report")
    assert quotes == [("gpe:kr", ["gpe:kr"], "North Korea sends troops to Russia")]


@pytest.mark.parametrize("text", [
    "হামাসের রাজনৈতিক শাখার এক জ্যেষ্ঠ নেতা বলেছেন, কোনো চুক্তি হবে না।",
    "हमास की राजनीतिक शाखा के एक वरिष्ठ नेता ने कहा कि कोई समझौता नहीं होगा।",
])
def test_an_unnamed_leader_of_a_bodys_wing_speaks_for_the_body(pipe, text):
    _, quotes = said(pipe, text)
    assert [q[0] for q in quotes] == ["org:hamas"]


def test_a_headlines_says_after_a_comma_goes_on_with_the_subject_before(pipe):
    _, quotes = said(pipe, "Jaishankar meets Wang Yi, says India-China ties on path to improvement")
    assert [q[0] for q in quotes] == ["per:s_jaishankar"]
    _, quotes = said(pipe, "The talks were constructive, said Lin Jian.")  # (the speaker after the verb stays)
    assert [q[0] for q in quotes] == ["per:lin_jian"]
    _, quotes = said(pipe, "Syria 'ready' for refugees to return, says Foreign Minister")  # (a title after it speaks)
    assert [q[2] for q in quotes if q[2] == "Foreign Minister"] == []


def test_bn_their_honorific_is_no_one_person_named_before(pipe):
    _, quotes = said(pipe, "চীনের উপপররাষ্ট্রমন্ত্রী সান ওয়েইদং বলেন, চীন কাজ চালিয়ে যাবে। তবে রোহিঙ্গা নেতারা এই উদ্যোগের সমালোচনা "
                           "করেছেন। তাঁদের অভিযোগ, রাখাইনে এখনো নিরাপদ পরিবেশ তৈরি হয়নি।")
    assert [q[0] for q in quotes] == ["per:sun_weidong", None]


def test_en_a_reason_cited_is_no_source(pipe):
    doc, _ = said(pipe, "President Donald Trump announced a 25% tariff on goods from India, citing New Delhi's purchases of "
                        "Russian oil.")
    assert [e.sources for e in doc.events if e.type == "SANCTION"] == [[]]
    _, quotes = said(pipe, "Yonhap reported North Korea fired a missile, citing South Korea's military.")
    assert [q[1] for q in quotes] == [["agency:yonhap", "gpe:kr"]]


def test_bn_an_agency_told_through_its_kind_noun_is_whom_he_spoke_to(pipe):
    # "ইন্টারফ্যাক্স বার্তা সংস্থাকে" (to the Interfax news agency): the ending on "agency" is the agency's
    _, quotes = said(pipe, "পুতিনের মুখপাত্র দিমিত্রি পেসকভ মস্কোতে ইন্টারফ্যাক্স বার্তা সংস্থাকে বলেছিলেন, রাশিয়া "
                           "আলোচনায় প্রস্তুত।")
    assert [(s, c[-1:]) for s, c, _ in quotes] == [("per:dmitry_peskov", ["per:dmitry_peskov"])]


@pytest.mark.parametrize("text", [
    "रॉयटर्स के मुताबिक अधिकारियों ने कहा कि हमलावर पुलिस की वर्दी में अकादमी में घुसे थे।",
    "रॉयटर्स संवाददाता के मुताबिक अधिकारियों का कहना है कि हमलावर पुलिस की वर्दी में अकादमी में घुसे थे।",
])
def test_hi_officials_speaking_after_an_according_to_source_are_its_report_not_its_officials(pipe, text):
    # one quote: unnamed officials' words, reported by Reuters (not Reuters' own officials, nor Reuters speaking)
    _, quotes = said(pipe, text)
    assert quotes == [(None, ["agency:reuters"], "हमलावर पुलिस की वर्दी में अकादमी में घुसे थे")]


def test_hi_the_police_told_of_is_no_force_whose_name_only_has_the_word_inside(pipe):
    # "केंद्रीय रिजर्व पुलिस बल" is a force; "पुलिस ने बताया" after it is the police, not the CRPF
    _, quotes = said(pipe, "उग्रवादियों ने केंद्रीय रिजर्व पुलिस बल (सीआरपीएफ) की एक चौकी पर हमला कर दिया। पुलिस ने "
                           "बताया कि जवाबी कार्रवाई में दस उग्रवादी मारे गए।")
    assert [s for s, _, _ in quotes] == [None]


def test_hi_people_speaking_after_a_poll_they_answered_are_unnamed_in_its_report(pipe):
    # a poll's voters said it: their words, reported by the poll (which is not who says them)
    _, quotes = said(pipe, "रॉयटर्स/इप्सॉस पोल के अनुसार, 58 प्रतिशत मतदाताओं ने कहा कि सीनेटर को चुनाव नहीं लड़ना चाहिए।")
    assert [(s, len(c), t) for s, c, t in quotes] == [(None, 1, "सीनेटर को चुनाव नहीं लड़ना चाहिए")]


def test_en_the_police_told_of_again_is_the_police_department_named_before(pipe):
    doc, quotes = said(pipe, "The Avon and Somerset Police Department arrested two men on Monday. Police said one of "
                             "them lost his glasses during the fight.")
    dept = next(m.entity_id for m in doc.mentions if m.text.endswith("Police Department"))
    assert [s for s, _, _ in quotes] == [dept]


def test_hi_a_body_whose_saying_is_told_is_its_speaker(pipe):
    # (guard) "X का कहना है कि" is both an according-to phrase and a speech verb: X's own words
    _, quotes = said(pipe, "एयरलाइन और अमेरिका नेवी का कहना है कि दोनों विमान रनवे पर ठीक से नहीं उतरे।")
    assert quotes == [("gpe:us", ["gpe:us"], "दोनों विमान रनवे पर ठीक से नहीं उतरे")]


def test_bn_a_headline_of_what_was_done_about_a_statement_is_no_words_of_it(pipe):
    # "X-এর বক্তব্য, ..." opens X's words only when a verb tells them; a verbless headline after it tells a deed
    _, quotes = said(pipe, "ভারতে বসে হাসিনার বক্তব্য, দিল্লির ভারপ্রাপ্ত হাইকমিশনারকে তলব\n\nনিজস্ব প্রতিবেদক, ঢাকা\n\n"
                           "ভারতে অবস্থানরত শেখ হাসিনার বক্তব্যের প্রতিবাদ জানিয়ে ভারতের ভারপ্রাপ্ত হাইকমিশনারকে তলব করেছে বাংলাদেশ।")
    assert quotes == []
    _, quotes = said(pipe, "সিরিয়ার সেনাবাহিনীর বক্তব্য, বিদ্রোহীরা শহরে হামলা চালিয়েছে।")
    assert quotes == [("gpe:sy", ["gpe:sy"], "বিদ্রোহীরা শহরে হামলা চালিয়েছে")]


@pytest.mark.parametrize("text", [
    "Ushakov told reporters, according to RIA Novosti, that the visit was being prepared.",
    "Ushakov said, according to RIA Novosti, that the visit was being prepared.",
])
def test_en_an_according_to_aside_between_the_verb_and_its_words_carries_them(pipe, text):
    # Ushakov's words, carried by RIA Novosti; the words before the aside are no one's quote
    _, quotes = said(pipe, text)
    assert quotes == [("per:yuri_ushakov", ["agency:ria_novosti", "per:yuri_ushakov"], "the visit was being prepared")]


@pytest.mark.parametrize("text,words", [
    ('पुतिन ने कहा, "हम भारत के साथ संबंधों को महत्व देते हैं," और जोड़ा कि दोनों देश व्यापार बढ़ाएंगे।', "दोनों देश व्यापार बढ़ाएंगे"),
    ("পুতিন বলেন, রাশিয়া প্রস্তুত। তিনি যোগ করেন যে দুই দেশ বাণিজ্য বাড়াবে।", "দুই দেশ বাণিজ্য বাড়াবে"),
])
def test_what_a_speaker_added_is_his_words_too(pipe, text, words):
    _, quotes = said(pipe, text)
    assert ("per:vladimir_putin", ["per:vladimir_putin"], words) in quotes


@pytest.mark.parametrize("text", ["सूची में नया नाम जोड़ा गया।", "দলে নতুন খেলোয়াড় যোগ করেন কোচ।"])
def test_a_thing_added_is_no_words(pipe, text):
    assert said(pipe, text)[1] == []


@pytest.mark.parametrize("text,words", [
    ("ইউনূস আশ্বাস দেন যে বাংলাদেশ সব সহযোগিতা করবে।", "বাংলাদেশ সব সহযোগিতা করবে"),
    ("यूनुस ने आश्वासन दिया कि बांग्लादेश पूरा सहयोग करेगा।", "बांग्लादेश पूरा सहयोग करेगा"),
    ("Yunus assured Modi that Bangladesh would cooperate fully.", "Bangladesh would cooperate fully"),
])
def test_an_assurance_tells_its_words(pipe, text, words):
    _, quotes = said(pipe, text)
    assert quotes == [("per:muhammad_yunus", ["per:muhammad_yunus"], words)]


@pytest.mark.parametrize("text,speaker,words", [
    # the speaker opens the clause, the quotative closes the words before the verb
    ("স্বরাষ্ট্রমন্ত্রী মহসিন নাকভি বিক্ষোভকারীদের সঙ্গে কোনো আলোচনা হবে না বলে জানান।", "per:mohsin_naqvi",
     "বিক্ষোভকারীদের সঙ্গে কোনো আলোচনা হবে না"),
    ("প্রধান উপদেষ্টা মুহাম্মদ ইউনূস নির্বাচন আগামী বছরের মধ্যে হবে বলে আশা প্রকাশ করেছেন।", "per:muhammad_yunus",
     "নির্বাচন আগামী বছরের মধ্যে হবে"),
    # the speaker after the verb, its short form in brackets ending the sentence
    ("রোববার রাতে এ ঘটনা ঘটে বলে জানিয়েছে বর্ডার গার্ড বাংলাদেশ (বিজিবি)।", "org:bgb", "রোববার রাতে এ ঘটনা ঘটে"),
])
def test_bn_words_closed_by_the_quotative_are_the_speakers_wherever_it_stands(pipe, text, speaker, words):
    _, quotes = said(pipe, text)
    assert [(q[0], q[2]) for q in quotes] == [(speaker, words)]


def test_en_an_unnamed_source_in_a_body_speaks_for_it_and_the_outlet_told_reports_it(pipe):
    _, quotes = said(pipe, "A source in Ukraine's SBU security service told The Associated Press that the agency had "
                           "carried out the attack.")
    assert quotes == [("org:sbu", ["agency:ap", "org:sbu"], "the agency had carried out the attack")]


def test_en_words_quoted_in_a_clause_before_a_joined_speech_verb_are_the_subjects(pipe):
    # the name after "warned" is in what was warned, not who said "direct involvement"
    doc, _ = said(pipe, 'Kremlin spokesman Dmitry Peskov accused the West of "direct involvement" in the conflict and '
                        'warned that Moscow would respond.')
    assert [(q.speaker, q.text) for q in doc.quotes if q.direct] == [("per:dmitry_peskov", "direct involvement")]


def test_en_a_phrase_after_the_reporting_clauses_day_is_no_words(pipe):
    _, quotes = said(pipe, "Ukrainian drones struck an oil refinery near Moscow overnight, Russian officials said Sunday, "
                           "in one of the largest drone attacks on Russia since the start of the war.")
    assert [(q[0], q[2]) for q in quotes] == [("gpe:ru", "Ukrainian drones struck an oil refinery near Moscow overnight")]


def test_bn_a_body_before_a_dative_object_calls_it_the_quoted_words(pipe):
    # "ঘটনাটিকে" ends in the dative: the body before it is no locative noun's owner, it speaks
    _, quotes = said(pipe, 'এদিকে ভারতের পররাষ্ট্র মন্ত্রণালয় ঘটনাটিকে "অত্যন্ত দুঃখজনক" বলে উল্লেখ করেছে।')
    assert quotes == [("org:india_mea", ["org:india_mea"], "অত্যন্ত দুঃখজনক")]


def test_bn_the_ministry_after_where_it_said_it_is_the_one_named_before(pipe):
    _, quotes = said(pipe, "ভারতের পররাষ্ট্র মন্ত্রণালয় ঘটনাটির নিন্দা করেছে। এক বিবৃতিতে মন্ত্রণালয় জানায়, কোনো অবস্থাতেই "
                           "কূটনৈতিক সম্পত্তিকে লক্ষ্যবস্তু করা উচিত নয়।")
    assert quotes == [("org:india_mea", ["org:india_mea"], "কোনো অবস্থাতেই কূটনৈতিক সম্পত্তিকে লক্ষ্যবস্তু করা উচিত নয়")]


def test_bn_a_name_before_news_in_the_dative_is_the_outlet_told_not_the_speaker(pipe):
    _, quotes = said(pipe, "ম্যানিটোবার একজন কৃষক CBC নিউজকে বলেন যে শূকররা সাধারণত আক্রমণাত্মক হয় না।")
    assert [q[2] for q in quotes] == ["শূকররা সাধারণত আক্রমণাত্মক হয় না"]
    assert all(q[0] is None or "kvk" not in q[0] and "cbc" not in q[0] for q in quotes)


@pytest.mark.parametrize("text,speaker", [
    ("এরপর রাতেই বিএনপির ভারপ্রাপ্ত মহাসচিব মির্জা ফখরুল ইসলাম আলমগীর গণমাধ্যমে পাঠানো এক বিবৃতিতে বলেন, ওই খবর আদৌ "
     "সত্য নয়।", "per:mirza_fakhrul_islam_alamgir"),
    ("সরকার দেশকে অপশাসনের দিকে এগিয়ে নিতে চাইছে মন্তব্য করে ফখরুল বিবৃতিতে বলেন, এই পরিকল্পনা সংবিধানের পরিপন্থী।",
     "per:mirza_fakhrul_islam_alamgir"),
])
def test_bn_a_person_before_a_noun_in_the_locative_still_speaks(pipe, text, speaker):
    # (a person owns no medium the way "ফেসবুক পোস্টে" names Facebook's post)
    _, quotes = said(pipe, text)
    assert [q[0] for q in quotes] == [speaker]


@pytest.mark.parametrize("text", [
    # "it is said" (a passive of two words) names no one who says it
    "दरभंगा और मधुबनी दो ऐसे लोकसभा क्षेत्र हैं जहां के बारे में कहा जाता है कि मुस्लिम मतदाता निर्णायक भूमिका में होते हैं।",
    # an agent marked nearer the verb (no name) speaks, not the agent of the clause before "but"
    "पिछले साल अमरीकी सुप्रीम कोर्ट ने क़ैदियों को अपील करने की इजाज़त दी थी लेकिन न्याय विभाग ने कहा था कि बागराम के "
    "क़ैदियों को इस तरह के अधिकार नहीं हैं।",
])
def test_hi_no_name_said_it(pipe, text):
    _, quotes = said(pipe, text)
    assert all(q[0] is None for q in quotes)


def test_en_a_phrase_of_where_before_the_speaker_is_no_words_said(pipe):
    _, quotes = said(pipe, "On a visit to India, Blinken said ties were strong.")
    assert quotes == [("per:antony_blinken", ["per:antony_blinken"], "ties were strong")]


def test_bn_made_these_comments_inside_the_words_adds_no_source(pipe):
    # "হাসিনা ... এসব মন্তব্য করেছেন": comments pointed back to, no words of Hasina's the spokesman reports
    _, quotes = said(pipe, "ভারতের পররাষ্ট্র মন্ত্রণালয়ের মুখপাত্র রণধীর জয়সওয়াল বলেন, হাসিনা ব্যক্তিগতভাবে এসব মন্তব্য করেছেন "
                           "এবং এর সঙ্গে ভারত সরকারের কোনো সম্পর্ক নেই।")
    assert [(q[0], q[1]) for q in quotes] == [("per:randhir_jaiswal", ["per:randhir_jaiswal"])]


def test_bn_a_body_before_an_office_in_the_genitive_is_no_speaker(pipe):
    # "সার্ক পররাষ্ট্রমন্ত্রীদের বৈঠকের আগে": SAARC's foreign ministers' meeting; the adviser named before speaks
    doc, quotes = said(pipe, "পাকিস্তানের পররাষ্ট্রবিষয়ক উপদেষ্টা সারতাজ আজিজ বৃহস্পতিবার কমনওয়েলথ ও সার্ক পররাষ্ট্রমন্ত্রীদের বৈঠকের "
                             "আগে বলেন, ভারত আলোচনা বাতিল করেছে।")
    assert [doc.text[q.speaker_span.start : q.speaker_span.end] for q in doc.quotes] == ["সারতাজ আজিজ"]


def test_en_he_after_a_quote_is_no_name_only_inside_the_quote(pipe):
    doc, quotes = said(pipe, 'President-elect Donald Trump claimed credit for the deal on social media. "This EPIC ceasefire '
                             'agreement could have only happened as a result of our Historic Victory in November," he wrote.')
    # (claiming credit says no words)
    assert [(q.speaker, q.chain, q.direct) for q in doc.quotes] == [("per:donald_trump", ["per:donald_trump"], True)]


def test_en_words_quoted_before_but_warned_are_the_subjects(pipe):
    doc, _ = said(pipe, 'U.S. President Joe Biden called the fall of Assad "a fundamental act of justice" but warned of a '
                        'moment of "risk and uncertainty."')
    assert [q.speaker for q in doc.quotes if q.direct] == ["per:joe_biden", "per:joe_biden"]


def test_en_the_outlet_told_after_a_demonym_of_two_words_is_no_words(pipe):
    _, quotes = said(pipe, "North Korean troops have come under fire for the first time, Ukraine's defence minister Rustem "
                           "Umerov told South Korean broadcaster KBS on Tuesday.")
    assert [(q[0], q[2]) for q in quotes] == [("per:rustem_umerov", "North Korean troops have come under fire for the first time")]


def test_en_the_name_before_who_speaks_the_quoted_words(pipe):
    _, quotes = said(pipe, 'Modi visited Moscow in July, when he hugged Putin, drawing criticism from Zelenskiy, who called '
                           'it a "huge disappointment."')
    assert [q[0] for q in quotes] == ["per:volodymyr_zelensky"]


def test_hi_the_owner_of_a_saying_speaks_the_direct_quote_after_it(pipe):
    _, quotes = said(pipe, 'मोदी का कहना था, "भारत किसी दबाव में नहीं झुकेगा।"')
    assert quotes == [("per:narendra_modi", ["per:narendra_modi"], "भारत किसी दबाव में नहीं झुकेगा")]


def test_bn_a_speech_clause_before_the_comma_is_no_words_of_the_verb_after_it(pipe):
    # "মিশ্রি ... বলেন, মোদি ... জানিয়েছেন": Misri's words follow his comma; Modi's verb reports nothing of Misri's clause
    # (what Modi told of, "... আগ্রহের কথা", is Modi's, Misri reporting it)
    _, quotes = said(pipe, "ভারতের পররাষ্ট্রসচিব বিক্রম মিশ্রি সাংবাদিকদের বলেন, প্রধানমন্ত্রী মোদি বাংলাদেশের সঙ্গে ইতিবাচক "
                           "সম্পর্ক গড়ে তোলার আগ্রহের কথা জানিয়েছেন।")
    assert quotes == [("per:narendra_modi", ["per:vikram_misri", "per:narendra_modi"],
                       "বাংলাদেশের সঙ্গে ইতিবাচক সম্পর্ক গড়ে তোলার আগ্রহের")]


def test_a_quote_mark_right_after_a_comma_opens_the_words_though_a_space_follows(pipe):
    doc, _ = said(pipe, 'चिदंबरम ने जम्मू में पत्रकारों से बातचीत में कहा," इसमें कोई शक नहीं कि हालात सुधरे हैं."')
    assert [(q.speaker, q.direct, q.text) for q in doc.quotes] == [
        ("per:p_chidambaram", True, "इसमें कोई शक नहीं कि हालात सुधरे हैं.")]


def test_bn_a_thing_pointed_back_to_and_told_of_is_no_words(pipe):
    # "এ সিদ্ধান্তের কথা জানান": told of this decision, words of no one's
    _, quotes = said(pipe, "বুধবার রাতে প্রধানমন্ত্রী নরেন্দ্র মোদির সভাপতিত্বে মন্ত্রিসভা কমিটির বৈঠকের পর পররাষ্ট্রসচিব বিক্রম মিশ্রি "
                           "এ সিদ্ধান্তের কথা জানান।")
    assert quotes == []


@pytest.mark.parametrize("text,speaker", [
    # "they" who say it after the verb are no name only inside what they say
    ("বৈঠকের প্রথম দুই দিনে আলোচনায় কিছুটা অগ্রগতি হলেও ইরানের একটি দাবি নিয়ে বিরোধ রয়ে গেছে বলে জানিয়েছেন তারা।", None),
    # (one told of before stays who "he" is)
    ("আব্বাস আরাগচি জেনেভায় পৌঁছেছেন। ইরানের একটি দাবি নিয়ে বিরোধ রয়ে গেছে বলে জানিয়েছেন তিনি।", "per:abbas_araghchi"),
])
def test_bn_a_pronoun_speaker_after_the_verb_is_no_name_only_in_its_words(pipe, text, speaker):
    _, quotes = said(pipe, text)
    assert [q[0] for q in quotes] == [speaker]


@pytest.mark.parametrize("text,words", [
    # a confirmation of a clause tells its words, the object pointing ahead to them
    ("रणधीर जायसवाल ने इस बात की पुष्टि की कि नोट मिल गया है।", "नोट मिल गया है"),
    ("रणधीर जायसवाल ने पुष्टि की कि भारत को नोट मिल गया है।", "भारत को नोट मिल गया है"),
    ("রণধীর জয়সওয়াল নিশ্চিত করেছেন যে নোটটি পাওয়া গেছে।", "নোটটি পাওয়া গেছে"),
    ("Randhir Jaiswal confirmed that the note had been received.", "the note had been received"),
    # (a thing confirmed is no words)
    ("रणधीर जायसवाल ने हमले की पुष्टि की।", None),
    ("Randhir Jaiswal confirmed the deaths.", None),
    ("রণধীর জয়সওয়াল পরিকল্পনাটিও নিশ্চিত করেছেন, যাদের বার্ষিক লভ্যাংশ ৫০০ ডলারে দাঁড়িয়েছে।", None),
])
def test_a_confirmed_clause_is_said(pipe, text, words):
    _, quotes = said(pipe, text)
    assert quotes == ([("per:randhir_jaiswal", ["per:randhir_jaiswal"], words)] if words else [])


@pytest.mark.parametrize("text,words", [
    # the person ending the sentence says it, after a descriptor holding his government's name
    ("হামাস অস্ত্রবিরতি গ্রহণ করলে রক্তপাত এড়াতে পারত বলে দাবি করেছেন ইসরায়েল সরকারের মুখপাত্র মার্ক রেগেভ।",
     "হামাস অস্ত্রবিরতি গ্রহণ করলে রক্তপাত এড়াতে পারত"),
    ("আমরা আলোচনায় প্রস্তুত, বলেন ইসরায়েল সরকারের মুখপাত্র মার্ক রেগেভ।", "আমরা আলোচনায় প্রস্তুত"),
])
def test_bn_a_person_after_a_descriptor_with_a_country_ending_the_sentence_speaks(pipe, text, words):
    doc, quotes = said(pipe, text)
    regev = next(m.entity_id for m in doc.mentions if m.text.startswith("মার্ক"))
    assert quotes == [(regev, [regev], words)]


@pytest.mark.parametrize("text,speaker,words", [
    # an admission of a clause tells its words (and agrees to nothing)
    ("एलटीटीई ने स्वीकार कर लिया है कि उनके नेता प्रभाकरण मारे गए हैं।", None, None),
    ("हमास ने स्वीकार कर लिया है कि उसके कमांडर मारे गए हैं।", "org:hamas", "उसके कमांडर मारे गए हैं"),
    ("হামাস স্বীকার করেছে যে তাদের কমান্ডার নিহত হয়েছেন।", "org:hamas", "তাদের কমান্ডার নিহত হয়েছেন"),
    # one person "कहती है"; a report in the plural
    ('प्रियंका गांधी कहती है, "हम जल्द लौटेंगे।"', "per:priyanka_gandhi", "हम जल्द लौटेंगे"),
    ("उत्तर कोरिया की समाचार एजेंसी केसीएनए की रिपोर्टों में कहा गया है कि परीक्षण सफल रहा।", "agency:kcna", "परीक्षण सफल रहा"),
])
def test_hi_bn_more_ways_of_telling_words(pipe, text, speaker, words):
    doc, quotes = said(pipe, text)
    if words is None:  # (a speaker the KB does not know: only the words are checked)
        assert [q[2] for q in quotes] == ["उनके नेता प्रभाकरण मारे गए हैं"]
        assert not [e for e in doc.events if e.type == "AGREE"]
    else:
        assert [(q[0], q[2]) for q in quotes] == [(speaker, words)]


@pytest.mark.parametrize("text,court,words", [
    # the court told before speaks in its verdict
    ("আন্তর্জাতিক অপরাধ ট্রাইব্যুনাল তাকে মৃত্যুদণ্ড দিয়েছে। রায়ে আদালত বলেন, আসামির বিরুদ্ধে অভিযোগ প্রমাণিত হয়েছে।",
     "org:international_crimes_tribunal_bd", "আসামির বিরুদ্ধে অভিযোগ প্রমাণিত হয়েছে"),
    ("सुप्रीम कोर्ट ने याचिका खारिज कर दी। फैसले में अदालत ने कहा कि सरकार का निर्णय वैध है।",
     "org:supreme_court_of_india", "सरकार का निर्णय वैध है"),
])
def test_a_court_speaks_in_its_verdict(pipe, text, court, words):
    _, quotes = said(pipe, text)
    assert quotes == [(court, [court], words)]


@pytest.mark.parametrize("text", [
    # a name given in quotes is no words said
    'कंपनी इसे "डेटा के माध्यम से व्यक्तिगत सशक्तिकरण" कहती है।',
    # a place in the clause of an agent who is no name does not speak
    "टीवी की गोल्डेन गर्ल ने मंगलवार को मार्लो, बकिंघमशायर में बैठक के दौरान कहा कि वह सौदे से अलग हो रही है।",
])
def test_hi_no_one_named_speaks(pipe, text):
    _, quotes = said(pipe, text)
    assert quotes == []


@pytest.mark.parametrize("text", [
    # the pronoun answering a relative clause is the name the clause follows
    "মোদী, যিনি গত মাসে ওবামার সঙ্গে বৈঠক করেছিলেন, তিনি বলেন যে সম্পর্ক ভালো।",
    "मोदी, जिन्होंने पिछले महीने ओबामा से मुलाकात की थी, उन्होंने कहा कि संबंध अच्छे हैं।",
])
def test_a_pronoun_answering_a_relative_clause_is_the_name_before_it(pipe, text):
    _, quotes = said(pipe, text)
    assert [q[0] for q in quotes] == ["per:narendra_modi"]


@pytest.mark.parametrize("text,speaker", [
    # a country's minister or foreign secretary, unnamed: the one the KB knows held the office on the article's date
    ("India and China reached an agreement on patrolling, India's foreign minister said.", "per:s_jaishankar"),
    ("India and China reached an agreement on patrolling, India's foreign secretary said.", "per:vikram_misri"),
    ("भारत के विदेश सचिव ने कहा कि भारत और चीन के बीच समझौता हुआ है।", "per:vikram_misri"),
    ("ভারতের পররাষ্ট্রসচিব বলেন, চীনের সঙ্গে সমঝোতা হয়েছে।", "per:vikram_misri"),
    # (an office the titles do not resolve: the country)
    ("Iran's interior minister said the attackers were arrested.", "gpe:ir"),
])
def test_an_unnamed_office_holder_of_a_country_speaks(pipe, text, speaker):
    doc = pipe(Document(raw_text=text, published="2024-10-10"))
    assert [q.speaker for q in doc.quotes] == [speaker]


def test_bn_a_known_minister_named_by_a_word_also_common_speaks(pipe):
    # "মুহিত" is in the common-word list (banglakit leaves many of its mentions untagged); the KB knows him
    _, quotes = said(pipe, "মুহিত বলেন, সরকার গত মেয়াদে ৩৫ হাজার পুলিশ নিয়োগ দিয়েছিল।")
    assert [q[0] for q in quotes] == ["per:abul_maal_abdul_muhith"]


@pytest.mark.parametrize("text", [
    # the person an apposition describes speaks, not the body inside it
    '"This is a violation of international law," Zakharova, the Russian foreign ministry spokeswoman, told reporters.',
    "Zakharova, the Russian foreign ministry spokeswoman, said Moscow would respond.",  # (a guard)
])
def test_en_a_person_before_an_apposition_with_a_body_speaks(pipe, text):
    _, quotes = said(pipe, text)
    assert [(q[0], q[1]) for q in quotes] == [("per:maria_zakharova", ["per:maria_zakharova"])]


@pytest.mark.parametrize("text, speaker", [
    # a pronoun qualifies no body after it: the warning's giver says the words
    ("মির্জা ফখরুল বলেছেন, দ্রুত রোডম্যাপ ঘোষণা করা উচিত। তিনি সরকারকে সতর্ক করে বলেন, নির্বাচন বিলম্বিত হলে "
     "অস্থিরতা তৈরি হতে পারে।", "per:mirza_fakhrul_islam_alamgir"),
    # a person before a body in the genitive, the object of the participle before the verb, speaks
    ("মির্জা ফখরুল সরকারের সমালোচনা করে বলেন, নির্বাচন বিলম্বিত হলে অস্থিরতা তৈরি হতে পারে।",
     "per:mirza_fakhrul_islam_alamgir"),
    # (a guard: the name qualifying the body is no speaker where another subject opens the sentence)
    ("মমতা বন্দ্যোপাধ্যায় মোদি সরকারের সমালোচনা করে বলেন, কেন্দ্র বাংলাকে বঞ্চিত করছে।", "per:mamata_banerjee"),
])
def test_bn_who_criticised_or_warned_a_body_before_speaking_says_it(pipe, text, speaker):
    _, quotes = said(pipe, text)
    assert [q[0] for q in quotes if q[2].endswith(("পারে", "করছে"))] == [speaker]


def test_en_reports_joined_by_a_semicolon_are_apart(pipe):
    _, quotes = said(pipe, "Hamas says it accepts Egyptian ceasefire proposal; Israel says it is studying it")
    assert quotes == [("org:hamas", ["org:hamas"], "it accepts Egyptian ceasefire proposal"),
                      ("gpe:il", ["gpe:il"], "it is studying it")]


def test_bn_what_a_participle_told_of_before_the_speaker_is_no_quote(pipe):
    # "অগ্রগতির কথা তুলে ধরে": having told of the progress; the words are those after the comma
    _, quotes = said(pipe, "বাংলাদেশের অগ্রগতির কথা তুলে ধরে শেখ হাসিনা বলেন, উন্নয়নের ধারাবাহিকতা ধরে রাখতে হবে।")
    assert quotes == [("per:sheikh_hasina", ["per:sheikh_hasina"], "উন্নয়নের ধারাবাহিকতা ধরে রাখতে হবে")]
    # the body told (dative) after the quotative is no speaker
    _, quotes = said(pipe, "ভারত ও বাংলাদেশের সীমান্তে এই প্রবণতা বেড়েছে বলে তদন্তকারী সংস্থা স্বরাষ্ট্র মন্ত্রণালয়কে জানিয়েছে।")
    assert not [q for q in quotes if q[0] is not None]


def test_hi_where_reports_come_from_is_no_source(pipe):
    _, quotes = said(pipe, "बिहार से मिल रहे समाचारों के अनुसार माओवादियों ने लक्खीसराय में एक अदालत परिसर पर हमला किया है।")
    assert not [q for q in quotes if q[0] is not None or q[1]]


@pytest.mark.parametrize("text", [
    # the outlet told reports the words, also after words of its kind ("the state news agency")
    '"We have developed a certain immunity to sanctions," Kremlin spokesman Dmitry Peskov told the state news agency TASS.',
    "Kremlin spokesman Dmitry Peskov told the state news agency TASS that Russia was immune.",
])
def test_en_an_outlet_told_after_words_of_its_kind_reports_the_words(pipe, text):
    _, quotes = said(pipe, text)
    assert [(q[0], q[1]) for q in quotes] == [("per:dmitry_peskov", ["agency:tass", "per:dmitry_peskov"])]


@pytest.mark.parametrize("text, speaker", [
    # "the statement said" after a statement that came from a party's side (a passive): that party's words
    ("আওয়ামী লীগের পক্ষ থেকে এক বিবৃতিতে এই গ্রেপ্তারের নিন্দা জানানো হয়েছে। বিবৃতিতে বলা হয়, অন্তর্বর্তী সরকার বিরোধী মত "
     "দমনে পুলিশকে ব্যবহার করছে।", "org:awami_league"),
    ("कांग्रेस की ओर से जारी एक बयान में गिरफ्तारी की निंदा की गई। बयान में कहा गया कि सरकार विपक्ष को दबा रही है।",
     "org:indian_national_congress"),
])
def test_a_statement_from_a_sides_passive_is_that_sides(pipe, text, speaker):
    _, quotes = said(pipe, text)
    assert [q[0] for q in quotes] == [speaker]


@pytest.mark.parametrize("text", [
    # words before a comma and a speech verb with no name after it: no quote of a word inside the words (nor of the
    # speaker's description as the words)
    "সবকিছুতে উন্নতির ছোঁয়া লাগার জন্য অপেক্ষা করছিলাম আমরা, বলেন উৎফুল্ল ৩২ বছর বয়সী নারী আন্না জাভেতসেভা।",
    "We are ready, said a local resident.",
    "US forces are ready, said a local resident.",
])
def test_an_unnamed_speaker_after_the_words_gives_them_no_wrong_text(pipe, text):
    _, quotes = said(pipe, text)
    assert not [q for q in quotes if "resident" in q[2] or "নারী" in q[2]]


@pytest.mark.parametrize("text, speaker, chain", [
    # a news agency citing someone reports that one's direct words too; the one cited speaks
    ('तास ने पेस्कोव के हवाले से कहा, "बातचीत जारी रहेगी।"', "per:dmitry_peskov", ["agency:tass", "per:dmitry_peskov"]),
    ('"Talks will continue," TASS said, citing Peskov.', "per:dmitry_peskov", ["agency:tass", "per:dmitry_peskov"]),
    # (an agency marked as the agent before a title and the one cited is no part of the title)
    ("आईएएनएस ने जिलाधिकारी कृष्ण कुमार के हवाले से कहा कि स्थिति में सुधार हुआ है।", "new:krsn_kmr",
     ["agency:ians", "new:krsn_kmr"]),
    # hi the words start after the speech verb's auxiliary
    ("बराक ओबामा ने कहा है कश्मीर समस्या के सुलझने से पाकिस्तान बेहतर मदद कर पाएगा।", "per:barack_obama", ["per:barack_obama"]),
])
def test_an_agency_citing_someone_reports_that_ones_words(pipe, text, speaker, chain):
    _, quotes = said(pipe, text)
    assert [(q[0], q[1]) for q in quotes] == [(speaker, chain)]
    assert not quotes[0][2].startswith(("है", "'", '"'))


def test_en_the_junta_told_again_is_the_country_it_was_told_of(pipe):
    # "the junta" after "Niger's military junta" is Niger's, not the country of the city named last (Paris)
    _, quotes = said(pipe, "Niger's military junta ordered the French ambassador to leave, escalating a standoff with Paris. "
                           "The junta accused France of interference and said Itte had ignored an invitation.")
    assert [q[0] for q in quotes] == ["gpe:ne"]


@pytest.mark.parametrize("text, speaker, chain", [
    # unnamed officials or a military of a country named by a two-word demonym are that country
    ("Yonhap, citing the South Korean military, said the North fired two missiles.", "gpe:kr", ["agency:yonhap", "gpe:kr"]),
    ("According to South Korean officials, the North fired two missiles.", "gpe:kr", ["gpe:kr"]),
])
def test_en_a_two_word_demonyms_officials_are_its_country(pipe, text, speaker, chain):
    _, quotes = said(pipe, text)
    assert [(q[0], q[1]) for q in quotes] == [(speaker, chain)]


def test_en_a_countrys_presidency_speaks_for_the_country(pipe):
    _, quotes = said(pipe, "Erdogan met Zelensky in Ankara on Tuesday, the Turkish presidency said.")
    assert [(sp, text) for sp, _, text in quotes] == [("gpe:tr", "Erdogan met Zelensky in Ankara on Tuesday")]


def test_bn_a_speaker_between_the_quotative_and_the_verb_says_the_words(pipe):
    # a name of several words between "বলে" and the verb (an office with a genitive before it) speaks
    _, quotes = said(pipe, "বাজেটে প্রায় ২০ কোটি টাকা রাখা হয়েছে বলে ইসির উপ সচিব শাহজাহান খান জানান।")
    assert [text for _, _, text in quotes] == ["বাজেটে প্রায় ২০ কোটি টাকা রাখা হয়েছে"]
    # so does one who accuses (the accusation a speech verb too): he accuses, the words name the accused
    doc, quotes = said(pipe, "নির্বাচন কমিশন ষড়যন্ত্র করছে বলে মির্জা ফখরুল অভিযোগ করেন।")
    assert [(sp, text) for sp, _, text in quotes] == [("per:mirza_fakhrul_islam_alamgir", "নির্বাচন কমিশন ষড়যন্ত্র করছে")]
    assert [(r.name, r.entity_id) for e in doc.events if e.type == "ACCUSE" for r in e.roles] == [
        ("source", "per:mirza_fakhrul_islam_alamgir"), ("target", "org:election_commission_of_bangladesh")]


def test_hi_a_meanwhile_before_the_speaker_is_no_words(pipe):
    # "इस बीच, अमेरिका ने ... घोषणा की": the writer's "meanwhile" is all there is before the speaker; no empty quote
    _, quotes = said(pipe, "इस बीच, अमेरिका ने सम्मेलन का बहिष्कार करने की घोषणा की है।")
    assert all(text for _, _, text in quotes)


@pytest.mark.parametrize("text", [
    "A foreign ministry spokesman said Prime Minister Keir Starmer would visit Delhi next week. He also said the two "
    "sides would sign a trade deal.",
    "विदेश मंत्रालय के प्रवक्ता ने बताया कि प्रधानमंत्री कीर स्टार्मर अगले सप्ताह दिल्ली आएंगे। उन्होंने यह भी कहा कि दोनों देश "
    "व्यापार समझौते पर हस्ताक्षर करेंगे।",
    "পররাষ্ট্র মন্ত্রণালয়ের মুখপাত্র বলেন, সেনাপ্রধান ওয়াকার-উজ-জামান দিল্লি যাবেন। তিনি আরও বলেন, সফরটি গুরুত্বপূর্ণ।",
])
def test_a_pronoun_speaking_on_after_a_spokesman_is_the_spokesman(pipe, text):
    # "he" who goes on speaking is the spokesman of the sentence before, not a person named in his words
    _, quotes = said(pipe, text)
    assert len(quotes) == 2 and quotes[1][0] == quotes[0][0]
    assert not (quotes[1][0] or "").startswith("per:")


def test_a_pronoun_speaking_on_after_an_unnamed_official_is_no_name_in_his_words(pipe):
    # "The official" may be a named official told of before; "he" after him is that one, else no one named in the words
    _, quotes = said(pipe, "A spokesman said Prime Minister Keir Starmer would visit Delhi next week. He also said the two "
                           "sides would sign a trade deal.")
    assert [sp for sp, _, _ in quotes] == [None, None]
    _, quotes = said(pipe, "जर्मन संसद की रक्षा समिति के प्रमुख हैंस-पीटर बार्टेल्स ने स्वीकार किया कि नौसेना में जहाज़ खत्म हो रहे "
                           "हैं। अधिकारी ने कहा कि यह मुद्दा गंभीर होता गया है। उन्होंने कहा कि कोई भी युद्धपोत सक्षम नहीं था।")
    assert quotes[2][0] == quotes[0][0] and quotes[0][0] is not None


def test_en_an_unnamed_spokesman_is_who_speaks_not_the_name_after_the_verb(pipe):
    # "A spokesman said Starmer would ...": Starmer is in the words, not the one who said them
    _, quotes = said(pipe, "A government spokesman said Starmer would visit Delhi next week.")
    assert quotes == [(None, [], "Starmer would visit Delhi next week")]


@pytest.mark.parametrize("text,words", [
    ("Witkoff is expected to meet Dmitriev in Miami this week, two people familiar with the plans said.",
     "Witkoff is expected to meet Dmitriev in Miami this week"),
    ("Officials familiar with the matter said Witkoff would travel to Moscow.", "Witkoff would travel to Moscow"),
])
def test_en_unnamed_sources_familiar_with_it_speak(pipe, text, words):
    # the sources familiar with a matter are one unnamed speaker; a name after the verb is in the words
    _, quotes = said(pipe, text)
    assert quotes == [(None, [], words)]


def test_bn_an_envoy_by_office_speaks_for_his_country(pipe):
    # "চীনের দূত বলেন" (China's envoy said), as "চীনের রাষ্ট্রদূত বলেন" does
    _, quotes = said(pipe, "চীনের দূত বলেন, বেইজিং এ বিষয়ে সব ধরনের সহযোগিতা দিতে প্রস্তুত।")
    assert quotes == [("gpe:cn", ["gpe:cn"], "বেইজিং এ বিষয়ে সব ধরনের সহযোগিতা দিতে প্রস্তুত")]


def test_en_bodies_speaking_in_coordinated_clauses_report_only_their_own_words(pipe):
    # "X's military said ..., while India's army said ...": neither country reports the other's words
    _, quotes = said(pipe, "Pakistan's military said Indian shelling killed five civilians in Kotli, while India's army "
                           "said three of its soldiers were wounded.")
    assert [(sp, chain) for sp, chain, _ in quotes] == [("gpe:pk", ["gpe:pk"]), ("gpe:in", ["gpe:in"])]


@pytest.mark.parametrize("text,first,second", [
    ("পাকিস্তানের সেনাবাহিনী জানিয়েছে, ভারতের গোলায় পাঁচ বেসামরিক নিহত হয়েছেন, অন্যদিকে ভারতের সেনাবাহিনী বলেছে, তিন সেনা "
     "আহত হয়েছেন।", "gpe:pk", "gpe:in"),
    ("पाकिस्तानी सेना ने कहा कि भारतीय गोलाबारी में पांच नागरिक मारे गए, वहीं भारतीय सेना ने कहा कि तीन सैनिक घायल हुए।",
     "gpe:pk", "org:indian_army"),
])
def test_speakers_of_clauses_set_against_each_other_report_only_their_own_words(pipe, text, first, second):
    # "অন্যদিকে" / "वहीं" (on the other hand) set two speakers apart: neither reports the other's words
    _, quotes = said(pipe, text)
    assert [(sp, chain) for sp, chain, _ in quotes] == [(first, [first]), (second, [second])]


@pytest.mark.parametrize("text, words", [
    # a thing reported or announced, no "that" and no finite verb after it: no words reported
    ("Japan's Defense Ministry also reported the launch.", []),
    ("Biden announced the deal at the White House.", []),
    # a clause after the verb still reports words (guards: they passed before)
    ("TASS reported the meeting had ended.", ["the meeting had ended"]),
    ("Xinhua reported Xi and Putin signed a joint statement.", ["Xi and Putin signed a joint statement"]),
    # (an irregular past is a finite verb too)
    ("The Boston Globe reports the senator spoke about her future.", ["the senator spoke about her future"]),
])
def test_en_a_thing_reported_is_no_words(pipe, text, words):
    _, quotes = said(pipe, text)
    assert [q[2] for q in quotes] == words


@pytest.mark.parametrize("text, speaker", [
    # the one "he" talked or met with earlier in his sentence is not who "he" is
    ("মেসি আর্জেন্টিনায় ফিরেছেন। সেখানেই স্কাই স্পোর্টসের সঙ্গে কথা বলার সময় তিনি বলেন, আমি লন্ডনকে ভালবাসি।",
     "per:lionel_messi"),
    ("सीतारमण दिल्ली पहुंचीं। जयशंकर से मुलाकात के बाद उन्होंने कहा कि बातचीत अच्छी रही।", "per:nirmala_sitharaman"),
    ("Lula arrived in Delhi. After talks with Modi, he said the ties were strong.", "per:luiz_inacio_lula_da_silva"),
    # (but the one talked with answers in a clause of his own: "मैंने ... से बात की तो उन्होंने कहा", a guard)
    ('मैंने इस पर पूर्व राष्ट्रपति प्रणब मुखर्जी से बात की तो उन्होंने कहा, "चुनाव आयोग को कोई अधिकार नहीं है।"',
     "per:pranab_mukherjee"),
])
def test_a_pronoun_is_not_the_one_its_speaker_talked_with(pipe, text, speaker):
    _, quotes = said(pipe, text)
    assert [q[0] for q in quotes] == [speaker]


def test_bn_words_closed_by_a_quotative_start_after_a_concessive_clause(pipe):
    # "X আহ্বান জানালেও | ... বলে জানিয়েছেন Y": X's appeal, set against Y's words, is no part of them
    _, quotes = said(pipe, "জাতিসংঘের শরণার্থী সংস্থা ইউএনএইচসিআর সীমান্ত খুলে দেওয়ার আহ্বান জানালেও বাংলাদেশ নতুন করে কোনো "
                           "রোহিঙ্গাকে আশ্রয় দেবে না বলে জানিয়েছেন স্বরাষ্ট্র উপদেষ্টা জাহাঙ্গীর আলম চৌধুরী।")
    assert [q[2] for q in quotes] == ["বাংলাদেশ নতুন করে কোনো রোহিঙ্গাকে আশ্রয় দেবে না"]


def test_hi_words_of_an_agent_naming_no_one_are_kept_with_their_speaker_unnamed(pipe):
    # "डिस्ट्रिक्ट एटॉर्नी ने ... कहा कि ...": no name for the speaker, the words still a quote (its speaker span kept)
    doc, quotes = said(pipe, "डिस्ट्रिक्ट एटॉर्नी ने एक बयान में कहा कि ये लोग एक सैन्य विमान को उड़ाने की साज़िश कर रहे थे।")
    assert quotes == [(None, [], "ये लोग एक सैन्य विमान को उड़ाने की साज़िश कर रहे थे")]
    span = doc.quotes[0].speaker_span
    assert span is not None and doc.text[span.start : span.end] == "डिस्ट्रिक्ट एटॉर्नी"


@pytest.mark.parametrize("text, words", [
    # en a subject of common nouns naming no one: the words kept, the speaker unnamed
    ("The district attorney said in a statement that the men had plotted to blow up a synagogue.",
     "the men had plotted to blow up a synagogue"),
    ("Local journalists said the house was a Taliban camp.", "the house was a Taliban camp"),
    # bn one to three words naming no one the recogniser knows, then the verb and a comma
    ("দেবপ্রিয় বলেন, অর্থনীতি এখন চাপের মধ্যে আছে।", "অর্থনীতি এখন চাপের মধ্যে আছে"),
])
def test_words_of_a_subject_naming_no_one_are_kept(pipe, text, words):
    _, quotes = said(pipe, text)
    assert quotes == [(None, [], words)]


@pytest.mark.parametrize("text", [
    "It is said to have reached staggering €3.1billion - up from initial €2.2 billion.",
    # (bn a pronoun or relative before the verb: what they said, no one's words)
    "আজ ওরা যা বলেছে, তা মিথ্যা খবর, পাঁচবারের ব্যালন-ডি-ওর বিজয়ী ক্যামেরাতে বলেন।",
])
def test_a_passive_said_or_a_relative_is_no_unnamed_speaker(pipe, text):
    _, quotes = said(pipe, text)
    assert quotes == []


def test_hi_words_quoted_inside_an_unnamed_speakers_words_are_not_the_outlets_told(pipe):
    # "एक किसान ने सीबीसी न्यूज से कहा कि ... 'खतरनाक' ...": the farmer's words, reported through the outlet; it says none
    _, quotes = said(pipe, "मैनीटोबा के एक किसान ने सीबीसी न्यूज से कहा कि आम तौर पर सूअर आक्रामक नहीं होते हैं, लेकिन खून का "
                           "स्वाद उन्हें 'खतरनाक' बना देता है।")
    assert quotes and all(q[0] is None for q in quotes)


def test_bn_a_foreign_office_called_daptar_speaks_for_its_country(pipe):
    doc, quotes = said(pipe, "পাকিস্তানের পররাষ্ট্র দপ্তর এক বিবৃতিতে জানিয়েছে, দুই দেশ বাণিজ্য খাতে সহযোগিতা বাড়াতে একমত হয়েছে।")
    assert quotes == [("gpe:pk", ["gpe:pk"], "দুই দেশ বাণিজ্য খাতে সহযোগিতা বাড়াতে একমত হয়েছে")]


@pytest.mark.parametrize("text, speaker", [
    ("মোদী দিল্লিতে বক্তৃতা দেন। তৃণমূলের সাংসদ তাপস পালের প্রসঙ্গ টেনে তিনি বলেন, বিরোধীরা হুমকি দিয়েছিল।", "per:narendra_modi"),
    ("Modi spoke in Delhi. Referring to Rahul Gandhi, he said the Congress had looted the country.", "per:narendra_modi"),
])
def test_one_spoken_of_in_the_speakers_own_adjunct_is_not_he(pipe, text, speaker):
    # "referring to X, he said": X is a topic, not who speaks
    doc, quotes = said(pipe, text)
    assert [q[0] for q in quotes] == [speaker]


def test_hi_the_next_clauses_speaker_is_no_source_of_an_unnamed_speakers_words(pipe):
    doc, quotes = said(pipe, "उन्होंने कहा कि दुनिया के कई देश भारत का समर्थन कर रहे हैं, लेकिन भाजपा कहती है कि वे समझौते में फेरबदल करेंगे।")
    assert quotes == [(None, [], "दुनिया के कई देश भारत का समर्थन कर रहे हैं"), ("org:bjp", ["org:bjp"], "वे समझौते में फेरबदल करेंगे")]


@pytest.mark.parametrize("text, expected", [
    # an outlet citing an unnamed official speaks (the official would be the outlet's own only in the genitive)
    ("বিবিসি এক কর্মকর্তাকে উদ্ধৃত করে জানিয়েছে, চুক্তি নবায়ন সম্ভব নয়।", ("agency:bbc", ["agency:bbc"])),
    # a report citing someone: his words, through the outlet
    ("দ্য হিন্দুর প্রতিবেদনে পেসকভকে উদ্ধৃত করে বলা হয়েছে, চুক্তি সম্ভব নয়।", ("per:dmitry_peskov", ["media:the_hindu", "per:dmitry_peskov"])),
])
def test_bn_an_outlet_citing_someone(pipe, text, expected):
    doc, quotes = said(pipe, text)
    assert [(q[0], q[1]) for q in quotes] == [expected]


def test_en_an_office_of_a_person_named_after_of_speaks_for_him(pipe):
    doc, quotes = said(pipe, "The EU adopted new sanctions on Thursday, the office of Prime Minister Narendra Modi said.")
    assert quotes == [("per:narendra_modi", ["per:narendra_modi"], "The EU adopted new sanctions on Thursday")]
    # (the speaker's words are no target of the sanctions)
    assert [r.entity_id for e in doc.events if e.type == "SANCTION" for r in e.roles if r.name == "target"] == []


def test_en_as_quoted_by_an_outlet_carries_the_words(pipe):
    doc, quotes = said(pipe, "Marcos said on Wednesday that Manila would not give up its territory, as quoted by the "
                             "Philippine News Agency.")
    assert [(q[0], len(q[1]), q[2]) for q in quotes] == [("per:ferdinand_marcos_jr", 2, "Manila would not give up its territory")]


def test_en_a_quoted_surname_is_no_words(pipe):
    doc, quotes = said(pipe, '"My legs were bloody," the man, referred to by his surname "Wu," said, as quoted by the Guiyang Evening News.')
    assert [q[2] for q in quotes] == ["My legs were bloody,"]


def test_hi_calling_someone_something_reports_no_words(pipe):
    # "को X बताया": called them X, no speech (but "पत्रकारों को बताया कि" tells reporters)
    doc, quotes = said(pipe, "लेकिन जिन लोगों को सीआरपीएफ़ ने नक्सलवादी बताया था बाद में उनकी पहचान गाँव के निवासियों के रूप में हुई है।")
    assert quotes == []
    # ("इसे ... कोशिश बताया है.": called it an attempt, the sentence ending with a full stop)
    doc, quotes = said(pipe, "कांग्रेस ने इसे सस्ती लोकप्रियता की कोशिश बताया है .पार्टी ने कहा कि इसे अहमियत नहीं देनी चाहिए .")
    assert [q[2] for q in quotes] == ["इसे अहमियत नहीं देनी चाहिए"]
    doc, quotes = said(pipe, "मोदी ने पत्रकारों को बताया कि बातचीत सफल रही।")
    assert quotes == [("per:narendra_modi", ["per:narendra_modi"], "बातचीत सफल रही")]


@pytest.mark.parametrize("text, words", [
    # a headline drops "that": two words after the verb are the words said
    ("Israel strikes Beirut suburb despite truce, Lebanon says sovereignty violated", "sovereignty violated"),
    ("Russia hits Kyiv, Ukraine says 12 killed", "12 killed"),
    # (but "..., Seoul says on Monday": when, no words; the clause before is what was said)
    ("North Korea fires missile, Seoul says on Monday", "North Korea fires missile"),
])
def test_en_a_headlines_words_after_says(pipe, text, words):
    doc, quotes = said(pipe, text)
    assert [q[2] for q in quotes] == [words]


def test_hi_a_conjunction_opening_the_sentence_is_no_words_said(pipe):
    doc, quotes = said(pipe, 'लेकिन, क्रॉमवेल सोसायटी ने "मूर्खतापूर्ण" और "इतिहास को दुबारा लिखने की कोशिश" के तौर पर मि. क्रिक के '
                             'सुझाव के बारे में बताया।')
    assert "लेकिन" not in [q[2] for q in quotes]


def test_hi_the_agency_named_before_speaks_through_its_spokesperson(pipe):
    doc, quotes = said(pipe, "राष्ट्रीय जांच एजेंसी (एनआईए) ने मंगलवार को पुलवामा से एक डॉक्टर को गिरफ्तार किया। एजेंसी के एक प्रवक्ता "
                             "ने बताया कि आरोपी की पहचान डॉ. मुजम्मिल शकील के रूप में हुई है।")
    assert [q[0] for q in quotes] == ["org:nia"]


def test_hi_state_television_spelt_with_a_nukta_is_its_country_speaking(pipe):
    doc, quotes = said(pipe, "ईरान के सरकारी टेलीविज़न ने कहा है कि नतीजे सही हैं।")
    assert [q[0] for q in quotes] == ["gpe:ir"]
    doc, quotes = said(pipe, "सरकारी टेलीविज़न ने कहा है कि नतीजे सही हैं।")
    assert [q[0] for q in quotes] == [None]  # a medium is no outlet's name


def test_en_a_subject_and_its_past_verb_after_said_start_the_words(pipe):
    doc, quotes = said(pipe, "China's foreign ministry said Beijing opposed unilateral sanctions that had no basis in international law.")
    assert quotes[0][2].startswith("Beijing opposed")
    doc, quotes = said(pipe, "The ministry said in a statement released on Monday that it had no basis in law.")
    assert quotes[0][2].startswith("it had no basis")


def test_hi_a_thing_called_so_in_the_passive_is_no_speech(pipe):
    # "this campaign is being called the costliest ever": no one speaks
    doc, quotes = said(pipe, "राष्ट्रपति पद के लिए चुनाव अभियान लगभग दो साल तक चला और इस प्रचार को अब तक का सबसे महँगा चुनाव "
                             "प्रचार कहा जा रहा है .")
    assert quotes == []


def test_hi_an_agency_named_before_its_kind_cites_the_one_it_quotes(pipe):
    for kind in ("समाचार एजेंसी", "संवाद समिति"):
        doc, quotes = said(pipe, f"एएफपी {kind} ने पुलिस अधिकारी चौधरी ज़ुल्फिकार के हवाले से कहा कि दस लोग मारे गए।")
        assert quotes[0][1][0] == "agency:afp", kind


def test_two_speakers_neither_reporting_the_other_are_no_chain(pipe):
    doc, quotes = said(pipe, "Israel struck Iran's nuclear facilities on Friday, Iranian state media reported, in an attack that "
                             "Prime Minister Benjamin Netanyahu said would continue for days.")
    assert [(q[0], q[1]) for q in quotes] == [("gpe:ir", ["gpe:ir"]),
                                             ("per:benjamin_netanyahu", ["per:benjamin_netanyahu"])]


def test_bn_a_countrys_news_agency_named_after_the_verb_speaks(pipe):
    doc, quotes = said(pipe, "শুক্রবার ভোরে এ হামলা চালানো হয় বলে জানিয়েছে ইরানের রাষ্ট্রীয় বার্তা সংস্থা ইরনা।")
    assert [q[0] for q in quotes] == ["agency:irna"]


def test_en_blaming_someone_for_a_thing_after_the_words_is_the_speakers_own(pipe):
    doc, quotes = said(pipe, 'Prime Minister K.P. Sharma Oli said the government would not bow to pressure and blamed '
                             '"infiltrators" for the violence.')
    assert [q[2] for q in quotes] == ["the government would not bow to pressure"]
    assert [(e.modality, [r.entity_id for r in e.roles if r.name == "source"]) for e in doc.events if e.type == "ACCUSE"] == [
        ("asserted", ["per:kp_sharma_oli"])]


def test_bn_one_left_out_is_no_speaker(pipe):
    # "the leaders of the parties other than Cameron said they were ready"
    doc, quotes = said(pipe, "ক্যামেরন ছাড়া অন্য দলগুলোর নেতারা যেকোনো ফরম্যাটে বিতর্কে অংশ নিতে রাজি বলে জানিয়েছেন।")
    assert "per:david_cameron" not in [q[0] for q in quotes]


def test_en_names_in_the_words_themselves_do_not_keep_she_from_the_last_sentences_subject(pipe):
    _, got = said(pipe, 'Kim Yo Jong, the powerful sister of North Korean leader Kim Jong Un, rejected the offer on Tuesday, '
                        'calling Lee a "hypocrite". "We have no interest in any proposal from Seoul," she said.')
    assert [sp for sp, _, _ in got] == ["per:kim_yo_jong"]


@pytest.mark.parametrize("text, speaker", [
    ("नेतन्याहू के कार्यालय ने सोमवार को एक बयान में कहा कि इजरायल ने प्रस्ताव स्वीकार कर लिया है।", "per:benjamin_netanyahu"),
    ("নেতানিয়াহুর দপ্তর এক বিবৃতিতে জানিয়েছে, ইসরায়েল প্রস্তাবটি গ্রহণ করেছে।", "per:benjamin_netanyahu"),
])
def test_a_body_speaking_in_a_statement_speaks_for_its_possessor(pipe, text, speaker):
    _, got = said(pipe, text)
    assert [sp for sp, _, _ in got] == [speaker]


def test_bn_that_countrys_body_is_the_country_named_in_its_sentence_not_the_headlines_subject(pipe):
    _, got = said(pipe, "মিয়ানমারে ভূমিকম্পে নিহত দেড় হাজার ছাড়াল, ত্রাণ পাঠাল বাংলাদেশ\n\nঢাকা, ৩০ মার্চ — মিয়ানমারে শুক্রবারের "
                        "ভূমিকম্পে নিহতের সংখ্যা দেড় হাজার ছাড়িয়েছে বলে জানিয়েছে দেশটির সামরিক জান্তা।")
    assert [sp for sp, _, _ in got] == ["gpe:mm"]


def test_bn_a_body_with_its_short_form_in_brackets_before_the_verb_speaks(pipe):
    _, got = said(pipe, "এ বছর ১৮ জন নিহত হয়েছেন বলে মানবাধিকার সংস্থা আইন ও সালিশ কেন্দ্র (আসক) জানিয়েছে।")
    assert [sp for sp, _, _ in got] == ["org:ain_o_salish_kendra"]


@pytest.mark.parametrize("text,speaker", [
    ("মির্জা ফখরুল সমাবেশে বক্তব্য দেন। শেখ হাসিনার সমালোচনা করে তিনি বলেন, দ্রুত ভোট আয়োজন করতে হবে।",
     "per:mirza_fakhrul_islam_alamgir"),
    ("মির্জা ফখরুল সমাবেশে বক্তব্য দেন। অধ্যাপক মুহাম্মদ ইউনূসের প্রতি আহ্বান জানিয়ে তিনি বলেন, দ্রুত ভোট আয়োজন করতে হবে।",
     "per:mirza_fakhrul_islam_alamgir"),
])
def test_one_criticised_or_appealed_to_on_the_way_is_not_who_speaks(pipe, text, speaker):
    # the name in the speaker's own converb clause is whom he blames or asks, not "he"
    _, quotes = said(pipe, text)
    assert [sp for sp, _, _ in quotes] == [speaker]


def test_a_short_form_defined_in_brackets_speaks_for_its_body(pipe):
    # "(JCS)" after a generic body no pass could place: "the JCS said" is that body (South Korea's)
    _, quotes = said(pipe, 'North Korea fired missiles, South Korea\'s Joint Chiefs of Staff (JCS) said. '
                           '"We are watching," the JCS said.')
    assert [sp for sp, _, _ in quotes] == ["gpe:kr", "gpe:kr"]


def test_bn_an_unnamed_official_who_told_an_outlet_is_quoted_with_the_outlet_in_the_chain(pipe):
    _, quotes = said(pipe, "একজন কর্মকর্তা রয়টার্সকে বলেন, নয়াদিল্লি উদ্বিগ্ন।")
    assert [(sp, chain) for sp, chain, _ in quotes] == [(None, ["agency:reuters"])]


def test_bn_one_who_spoke_of_a_thing_during_a_visit_is_no_country_visited(pipe):
    # "ভারত সফরের সময়" is an adjunct of the subject's own clause: India did not speak
    _, quotes = said(pipe, "২০২৪ সালের জুনে ভারত সফরের সময় শেখ হাসিনা তিস্তা প্রকল্পে ভারতের সহায়তার কথা বলেছিলেন।")
    assert [sp for sp, _, _ in quotes] == ["per:sheikh_hasina"]


def test_bn_an_unnamed_spokesperson_of_a_person_speaks_for_that_person(pipe):
    _, quotes = said(pipe, '"আমরা প্রস্তুত," ট্রাম্পের এক প্রচার মুখপাত্র রয়টার্সকে বলেছেন।')
    assert [(sp, chain) for sp, chain, _ in quotes] == [("per:donald_trump", ["agency:reuters", "per:donald_trump"])]


def test_en_a_thing_named_in_quoted_words_is_no_source(pipe):
    _, quotes = said(pipe, 'U.S. Treasury Secretary Scott Bessent called the SCO gathering "largely performative" '
                           'in an interview.')
    assert [(sp, chain) for sp, chain, _ in quotes] == [("per:scott_bessent", ["per:scott_bessent"])]


def test_a_genitive_owning_a_phrase_before_according_to_is_no_source_unless_a_report_or_office_ends_it(pipe):
    # "the DAP plan" is followed; Dhaka says nothing
    _, quotes = said(pipe, "ঢাকার যাবতীয় উন্নয়নকাজ ড্যাপ অনুযায়ী হওয়ার কথা থাকলেও কেউ তা মানছে না।")
    assert quotes == []
    _, quotes = said(pipe, "প্রথম আলোর ৬ জুলাইয়ের শিরোনাম অনুযায়ী, গাজীপুরে একটি জাতীয় নির্বাচন অনুষ্ঠিত হয়ে গেল।")
    assert [q[0] for q in quotes] == ["media:prothom_alo"]
    _, quotes = said(pipe, "इंडोनेशिया की आपदा अल्पीकरण एजेंसी के अनुसार, पिछले 100 वर्षों में पालू में सुनामी ने कई बार दस्तक दी है।")
    assert [q[0] for q in quotes] == ["gpe:id"]


def test_bn_a_place_opening_a_trip_adjunct_does_not_speak(pipe):
    _, quotes = said(pipe, "অক্সফামের সহায়তা পরিচালক কেন বেনেট আমার ১৯৭২ সালের বাংলাদেশ সফরের পর এক প্রতিবেদনে বলেছিলেন, "
                           "খাদ্য আমদানি জরুরি।")
    assert [q[0] for q in quotes] == ["new:kn_vnt"]


def test_en_a_thing_announced_with_a_participle_and_its_doer_is_no_words_reported(pipe):
    _, quotes = said(pipe, "U.S. President Donald Trump announced the ceasefire following talks mediated by Washington.")
    assert quotes == []
    _, quotes = said(pipe, "Japan reported two ships entered its waters.")
    assert [q[2] for q in quotes] == ["two ships entered its waters"]


def test_a_lawyer_speaks_but_is_not_the_last_person_named(pipe):
    # "the lawyer said" is a quote (its speaker words kept), and a lawyer named by no client is
    # nobody named before: not Modi, not the man arrested
    _, got = said(pipe, "प्रधानमंत्री मोदी ने बैठक की। वकील ने आरोप लगाया कि पुलिस ने गलत किया।")
    assert [(sp, ch) for sp, ch, _ in got] == [(None, [])]
    doc, got = said(pipe, "आलमगीर आलम को गिरफ्तार किया गया। आलम के वकील ने कहा कि वे जमानत के लिए हाईकोर्ट जाएंगे।")
    assert [t for _, _, t in got] == ["वे जमानत के लिए हाईकोर्ट जाएंगे"]
    assert doc.text[doc.quotes[0].speaker_span.start:doc.quotes[0].speaker_span.end] == "वकील"
    _, got = said(pipe, "পুলিশ আনিসুল হককে গ্রেপ্তার করেছে। তার আইনজীবী বলেন, তিনি জামিনের আবেদন করবেন।")
    assert [t for _, _, t in got] == ["তিনি জামিনের আবেদন করবেন"]


def test_a_name_before_a_relative_clause_speaks_not_a_place_inside_it(pipe):
    _, got = said(pipe, "পুতিন, যিনি গত বছর পিয়ংইয়ং সফর করেছিলেন, বলেন যে রাশিয়া শান্তি চায়।")
    assert [(sp, t) for sp, _, t in got] == [("per:vladimir_putin", "রাশিয়া শান্তি চায়")]


def test_the_chief_election_commissioner_by_office_or_short_form_speaks(pipe):
    # the short form is the office (its holder named before), never a surname's near spelling (Sisi)
    _, got = said(pipe, "প্রধান নির্বাচন কমিশনার এ এম এম নাসির উদ্দিন ভাষণ দেন। একই দিনে গণভোটও অনুষ্ঠিত হবে বলে জানান সিইসি।")
    assert [(sp, t) for sp, _, t in got] == [("per:amm_nasir_uddin", "একই দিনে গণভোটও অনুষ্ঠিত হবে")]
    doc, got = said(pipe, "मुख्य चुनाव आयुक्त ज्ञानेश कुमार पटना पहुंचे। सीईसी ने कहा कि बिहार में दो चरणों में मतदान होगा।")
    assert [sp for sp, _, _ in got] == ["per:gyanesh_kumar"]
    assert "per:abdel_fattah_el_sisi" not in {m.entity_id for m in doc.mentions}


def test_bn_the_one_told_between_speaker_and_verb_hides_no_quote(pipe):
    # "... বলে X রয়টার্সকে/সাংবাদিকদের জানিয়েছে": X said it, to the outlet (which carries it) or to journalists
    _, got = said(pipe, "প্রতিনিধিদল কায়রো পৌঁছেছে বলে হামাস রয়টার্সকে জানিয়েছে।")
    assert got == [("org:hamas", ["agency:reuters", "org:hamas"], "প্রতিনিধিদল কায়রো পৌঁছেছে")]
    _, got = said(pipe, "প্রতিনিধিদল কায়রো পৌঁছেছে বলে হামাস সাংবাদিকদের জানিয়েছে।")
    assert got == [("org:hamas", ["org:hamas"], "প্রতিনিধিদল কায়রো পৌঁছেছে")]
    # (one told alone is no speaker)
    _, got = said(pipe, "প্রতিনিধিদল কায়রো পৌঁছেছে বলে স্বরাষ্ট্র মন্ত্রণালয়কে জানিয়েছে।")
    assert got == []


@pytest.mark.parametrize("text,speaker,words", [
    # a warning with its clause reports words (and stays a WARN event)
    ("Khawaja Asif warned that Pakistan would take strong action.", "per:khawaja_asif", "Pakistan would take strong action"),
    ("पाकिस्तान के रक्षा मंत्री ख्वाजा आसिफ ने चेतावनी दी कि पाकिस्तान कड़ी कार्रवाई करेगा।", "per:khawaja_asif",
     "पाकिस्तान कड़ी कार्रवाई करेगा"),
    ("খাজা আসিফ হুঁশিয়ারি দিয়েছেন যে পাকিস্তান কঠোর ব্যবস্থা নেবে।", "per:khawaja_asif", "পাকিস্তান কঠোর ব্যবস্থা নেবে"),
    ("পাকিস্তান কঠোর ব্যবস্থা নেবে বলে হুঁশিয়ারি দিয়েছেন খাজা আসিফ।", "per:khawaja_asif", "পাকিস্তান কঠোর ব্যবস্থা নেবে"),
])
def test_a_warning_with_its_clause_is_said(pipe, text, speaker, words):
    doc, got = said(pipe, text)
    assert [(sp, t) for sp, _, t in got] == [(speaker, words)]
    assert [e.type for e in doc.events] == ["WARN"]


def test_bn_a_threat_closing_a_when_clause_says_nothing(pipe):
    _, got = said(pipe, "সাদেক হোসেন খোকা যখন রাজনৈতিক সভায় দাঁড়িয়ে অনুরূপ পরিস্থিতি তৈরির হুমকি দেন, তখন মানুষ বিচলিত হয়।")
    assert got == []


@pytest.mark.parametrize("text,words", [
    # a contrast with its own doer told in the simple past is the writer's, no part of the words
    ("राहुल गांधी ने कहा कि सरकार झूठ बोल रही है, जबकि भाजपा ने आरोपों को खारिज किया।", "सरकार झूठ बोल रही है"),
    # (in the present perfect it may be the speaker's own contrast)
    ("मोदी ने कहा कि भारत ने हमेशा शांति का समर्थन किया है, जबकि पाकिस्तान ने आतंकवाद को बढ़ावा दिया है।",
     "भारत ने हमेशा शांति का समर्थन किया है, जबकि पाकिस्तान ने आतंकवाद को बढ़ावा दिया है"),
    # bn what was written in a post
    ("শেখ হাসিনা ফেসবুকে এক পোস্টে লেখেন, এই রায় পক্ষপাতদুষ্ট।", "এই রায় পক্ষপাতদুষ্ট"),
])
def test_where_the_words_said_end(pipe, text, words):
    _, got = said(pipe, text)
    assert [t for _, _, t in got] == [words]


def test_an_argument_made_tells_its_words(pipe):
    # hi "दलील दी कि", "तर्क दिया कि"; bn "যুক্তি দিয়েছেন, ..." (a lawyer's argument in court)
    _, quotes = said(pipe, "सिब्बल ने तर्क दिया कि कानून असंवैधानिक है।")
    assert quotes == [("per:kapil_sibal", ["per:kapil_sibal"], "कानून असंवैधानिक है")]
    _, quotes = said(pipe, "कपिल सिब्बल ने दलील दी कि याचिका सुनवाई योग्य नहीं है।")
    assert quotes == [("per:kapil_sibal", ["per:kapil_sibal"], "याचिका सुनवाई योग्य नहीं है")]
    _, quotes = said(pipe, "আইনজীবী শিশির মনির যুক্তি দিয়েছেন, এই আইন সংবিধানবিরোধী।")
    assert [q[2] for q in quotes] == ["এই আইন সংবিধানবিরোধী"]


def test_en_a_source_that_cited_someone_in_a_relative_clause_reports_that_ones_words(pipe):
    # "According to TASS, which cited Ushakov, ...": Ushakov's words, TASS reporting them (as "TASS, citing Ushakov")
    for text in ("According to TASS, which cited Ushakov, the two leaders will meet.",
                 "Putin will visit India, according to TASS, which cited Ushakov."):
        _, quotes = said(pipe, text)
        assert [(sp, chain) for sp, chain, _ in quotes] == [("per:yuri_ushakov", ["agency:tass", "per:yuri_ushakov"])], text
    # (a citing in the next sentence is not this source's)
    _, quotes = said(pipe, "Putin will visit India, according to TASS. Ushakov, who cited no date, gave no details.")
    assert [(sp, chain) for sp, chain, _ in quotes][:1] == [("agency:tass", ["agency:tass"])]


def test_that_country_is_never_the_one_the_report_is_filed_from(pipe):
    # bn "দেশটির", hi "उस देश": a distal "that country" is the foreign one told of, not the dateline's (named last)
    doc, quotes = said(pipe, "ঢাকা, ২৩ আগস্ট। এটিই পাকিস্তানের কোনো পররাষ্ট্রমন্ত্রীর প্রথম বাংলাদেশ সফর। দেশটির পররাষ্ট্র "
                             "মন্ত্রণালয় এক বিবৃতিতে জানিয়েছে, এ সফর নতুন অধ্যায়ের সূচনা করবে।")
    assert [sp for sp, _, _ in quotes] == ["gpe:pk"]
    assert [m.entity_id for m in doc.mentions if m.label == "ORG"] == ["gpe:pk"]
    _, quotes = said(pipe, "नई दिल्ली, 5 मई। श्रीलंका के राष्ट्रपति भारत आए। उस देश के विदेश मंत्रालय ने कहा कि यात्रा सफल रही।")
    assert [sp for sp, _, _ in quotes] == ["gpe:lk"]


def test_bn_a_body_and_its_short_form_after_the_verb_say_the_words(pipe):
    # the body's name and its acronym, one entity twice, end the sentence after the speech verb
    _, quotes = said(pipe, "চলতি বছর দেড় লাখ রোহিঙ্গা প্রবেশ করেছে বলে জানিয়েছে আন্তর্জাতিক অভিবাসন সংস্থা আইওএম।")
    assert quotes == [("org:iom", ["org:iom"], "চলতি বছর দেড় লাখ রোহিঙ্গা প্রবেশ করেছে")]


def test_en_words_said_end_before_and_an_office_with_of_and_a_name_acting(pipe):
    _, quotes = said(pipe, "Washington said it was watching developments with grave concern, and Secretary of State "
                           "Antony Blinken welcomed the decision to lift the order.")
    assert quotes == [("gpe:us", ["gpe:us"], "it was watching developments with grave concern")]


def test_en_a_countrys_general_staff_speaks_for_the_country(pipe):
    # "Staff" after "General" is no person; the General Staff acts for its country
    _, quotes = said(pipe, "Ukraine's General Staff confirmed the attack on the refinery, saying it was part of efforts "
                           "to cut fuel supplies.")
    assert [(sp, text) for sp, _, text in quotes] == [("gpe:ua", "it was part of efforts to cut fuel supplies")]


def test_a_pronoun_speaking_on_after_a_named_person_is_that_person(pipe):
    _, quotes = said(pipe, "লাভরভ বলেন, পুতিন আগামী সপ্তাহে দিল্লি যাবেন। তিনি আরও বলেন, দুই দেশ চুক্তি সই করবে।")
    assert [sp for sp, _, _ in quotes] == ["per:sergey_lavrov", "per:sergey_lavrov"]  # (a guard: it passed before)


def test_hi_a_bare_spokesperson_is_no_ministry_spokesperson_the_kb_knows(pipe):
    # after "सेना के एक प्रवक्ता" (an army's, unnamed), "प्रवक्ता" is that one, not the foreign ministry's
    doc = pipe(Document(raw_text="जम्मू, 5 फरवरी। पाकिस्तानी सेना ने पुंछ में गोलीबारी की। सेना के एक प्रवक्ता ने यह जानकारी "
                                 "दी। प्रवक्ता ने बताया कि भारतीय सैनिकों ने जवाब दिया।", published="2025-02-05"))
    assert [q.speaker for q in doc.quotes] == [None, None]


def test_hi_a_clause_joined_after_the_speech_verb_is_no_words(pipe):
    # "called the verdict politically motivated and announced protests": the protests are a deed
    _, qs = said(pipe, "कांग्रेस ने फैसले को राजनीति से प्रेरित बताया और देशभर में धरने का ऐलान किया।")
    assert not [w for _, _, w in qs if "ऐलान" in w]


def test_en_told_an_outlet_on_a_day_reports_the_words_before():
    # the one told and the day of the telling are no part of the words, and the day dates the telling
    from khabar.model import Document
    from khabar.pipeline import Pipeline

    pipe = Pipeline.build(["clean", "langid", "segment", "entities", "time", "events", "quotes"])
    doc = pipe(Document(raw_text="Russia is ready for talks with Ukraine, Kremlin spokesman Dmitry Peskov told RIA Novosti on Tuesday."))
    (q,) = doc.quotes
    assert q.text.startswith("Russia is ready") and q.chain == ["agency:ria_novosti", "per:dmitry_peskov"]
    talks = next(e for e in doc.events if e.type == "TALKS")
    assert talks.time is None


@pytest.mark.parametrize("text,speaker", [
    ("বিজিবির এক কর্মকর্তা জানান, তাঁদের শিগগিরই মিয়ানমারে ফেরত পাঠানো হবে।", "org:bgb"),
    ("রাশিয়ার এক কর্মকর্তা বলেন, আলোচনা চলবে।", "gpe:ru"),
    ("रूस के एक अधिकारी ने कहा कि बातचीत जारी रहेगी।", "gpe:ru"),
    ("नई दिल्ली, 12 जुलाई (भाषा)। विदेश मंत्रालय के एक अधिकारी ने बताया कि बातचीत जारी रहेगी।", "gpe:in"),
    # a body of a named one, with its place between body and verb
    ("At least 25 people were killed this week, the U.N. mission in South Sudan said on Wednesday.", "org:united_nations"),
    ("The U.N. mission in South Sudan said 25 people were killed.", "org:united_nations"),
])
def test_an_unnamed_official_of_a_named_body_or_country_speaks_for_it(pipe, text, speaker):
    _, quotes = said(pipe, text)
    assert [q[0] for q in quotes] == [speaker]


@pytest.mark.parametrize("text", [
    "পুতিন ঢাকায় আসেন। এক কর্মকর্তা বলেন, আলোচনা চলবে।",
    "पुतिन दिल्ली पहुंचे। एक अधिकारी ने कहा कि बातचीत जारी रहेगी।",
])
def test_an_unnamed_official_is_nobody_named_before(pipe, text):
    _, quotes = said(pipe, text)
    assert quotes and all(q[0] != "per:vladimir_putin" for q in quotes)


@pytest.mark.parametrize("text", [
    "सेना के एक प्रवक्ता ने बताया कि दो आतंकवादी मारे गए। विदेश विभाग की प्रवक्ता टैमी ब्रूस ने हमले की निंदा की।",
    "সেনাবাহিনীর এক মুখপাত্র জানান, দুই জঙ্গি নিহত হয়েছে। মার্কিন পররাষ্ট্র দপ্তরের মুখপাত্র ট্যামি ব্রুস নিন্দা জানান।",
])
def test_a_spokesperson_is_not_one_the_article_names_only_later(pipe, text):
    _, quotes = said(pipe, text)
    assert quotes and quotes[0][0] != "per:tammy_bruce"


def test_words_that_open_with_the_next_speech_verb_are_reported_once(pipe):
    _, quotes = said(pipe, "বাংলাদেশের পররাষ্ট্র মন্ত্রণালয় এক বিবৃতিতে উদ্বেগ প্রকাশ করে বলেছে, এই সংঘাত পুরো "
                           "অঞ্চলকে অস্থিতিশীল করে তুলতে পারে।")
    assert [(q[0], q[2]) for q in quotes] == [("gpe:bd", "এই সংঘাত পুরো অঞ্চলকে অস্থিতিশীল করে তুলতে পারে")]


@pytest.mark.parametrize("text,speaker", [
    # the body before the agent marker speaks for its possessor
    ("रूस की सेना ने कहा कि यूक्रेन ने हमला किया।", "gpe:ru"),
    # a ministry's spokesperson is not the minister introduced before for that country
    ("जयशंकर ने चीन के विदेश मंत्री वांग यी के साथ वार्ता की। चीनी विदेश मंत्रालय के प्रवक्ता ने कहा कि चीन तैयार है।", "gpe:cn"),
])
def test_hi_a_body_or_its_spokesperson_speaks_for_its_country(pipe, text, speaker):
    _, qs = said(pipe, text)
    assert [q[0] for q in qs] == [speaker]


def test_en_an_ambassador_after_possessors_who_calls_and_says(pipe):
    # "Algeria's U.N. Ambassador X called the veto "a dark day" and said ...": both are X's
    _, qs = said(pipe, "Algeria's U.N. Ambassador Amar Bendjama called the veto \"a dark day\" and said "
                 "the council had failed the people of Gaza.")
    speakers = {q[0] for q in qs}
    assert len(qs) == 2 and len(speakers) == 1 and None not in speakers
    assert {q[2] for q in qs} == {"a dark day", "the council had failed the people of Gaza"}


def test_two_speech_verbs_reaching_the_same_words_give_one_quote(pipe):
    _, qs = said(pipe, "रूसी विदेश मंत्रालय की प्रवक्ता मारिया ज़खारोवा ने प्रतिबंधों को \"प्रतिकूल\" बताया और कहा कि "
                       "रूस पश्चिमी प्रतिबंधों के प्रति प्रतिरक्षा विकसित कर चुका है।")
    assert [q[2] for q in qs] == ["प्रतिकूल", "रूस पश्चिमी प्रतिबंधों के प्रति प्रतिरक्षा विकसित कर चुका है"]


def test_bn_a_time_after_the_comma_opens_the_words(pipe):
    _, qs = said(pipe, "প্রেস সচিব শফিকুল আলম জানিয়েছেন, আগামী বছরের ফেব্রুয়ারির প্রথমার্ধে নির্বাচন অনুষ্ঠিত হবে।")
    assert [q[2] for q in qs] == ["আগামী বছরের ফেব্রুয়ারির প্রথমার্ধে নির্বাচন অনুষ্ঠিত হবে"]


def test_en_words_someone_calls_a_thing_are_theirs(pipe):
    _, qs = said(pipe, "Hasina, who fled to India in August 2024, called the verdict \"biased and politically motivated\".")
    assert [(q[0], q[2]) for q in qs] == [("per:sheikh_hasina", "biased and politically motivated")]


def test_a_quoted_sentence_standing_alone_after_a_speakers_quote_is_his(pipe):
    doc, qs = said(pipe, "\"The people of Sudan are living a nightmare,\" Guterres told reporters. \"We cannot let this continue.\"")
    assert [q[2] for q in qs] == ["The people of Sudan are living a nightmare,", "We cannot let this continue"]
    assert qs[0][0] == qs[1][0] == "per:antonio_guterres"


@pytest.mark.parametrize("text,speaker", [
    ("তারেক রহমান তাঁর ফেসবুক পোস্টে লিখেছেন, গণতন্ত্র ফিরিয়ে আনতে হবে।", "per:tarique_rahman"),
    ("ইউনূস ঢাকায় বলেন, নির্বাচন হবে।", "per:muhammad_yunus"),
])
def test_bn_the_medium_written_in_is_no_speaker(pipe, text, speaker):
    _, qs = said(pipe, text)
    assert [q[0] for q in qs] == [speaker]


def test_en_his_office_is_the_office_of_the_sentences_subject(pipe):
    doc, out = said(pipe, "Trump said he would meet Putin. British Prime Minister Keir Starmer spoke with "
                          "Zelenskiy by phone on Saturday, his office said.")
    assert [sp for sp, _, text in out if "Starmer spoke" in text] == ["per:keir_starmer"]


@pytest.mark.parametrize("text", [
    "Kremlin aide Yuri Ushakov confirmed the meeting, telling Russian state media that the two presidents would focus on peace.",
    "Yuri Ushakov told Russian state media that the two presidents would focus on peace."])
def test_en_the_outlet_told_to_is_not_the_speaker(pipe, text):
    _, out = said(pipe, text)
    assert [(sp, text) for sp, _, text in out] == [("per:yuri_ushakov", "the two presidents would focus on peace")]


@pytest.mark.parametrize("text,speaker,words", [
    ("তবে বিএসএফের দাবি, চোরাকারবারিরা তাদের ওপর হামলা চালায়।", "org:bsf", "চোরাকারবারিরা তাদের ওপর হামলা চালায়"),
    ("बीएसएफ का दावा है कि तस्करों ने जवानों पर हमला किया था।", "org:bsf", "तस्करों ने जवानों पर हमला किया था"),
])
def test_someones_claim_is_their_reported_words(pipe, text, speaker, words):
    _, out = said(pipe, text)
    assert [(sp, t) for sp, _, t in out] == [(speaker, words)]


def test_hi_the_state_departments_spokesperson_is_not_the_chinese_one_named_before(pipe):
    doc = pipe(Document(raw_text="चीनी रक्षा मंत्रालय के प्रवक्ता झांग श्याओगांग ने कहा कि चीनी सेना तैयार है। अमेरिकी विदेश "
                                 "विभाग के प्रवक्ता ने कहा कि अमेरिका शांति का समर्थन करता है।", published="2025-05-15"))
    speakers = [q.speaker for q in doc.quotes if "शांति" in q.text]
    assert speakers and speakers[0] is not None and not speakers[0].startswith("new:")


def test_en_its_foreign_ministry_speaks_for_the_country_before(pipe):
    _, out = said(pipe, 'Pakistan denied breaching the agreement. "Pakistan remains committed to the ceasefire," '
                        'its foreign ministry said in a statement.')
    assert [sp for sp, _, _ in out] == ["gpe:pk"]


def test_en_told_someone_described_at_length_that_reports_what_follows_that(pipe):
    _, out = said(pipe, "Kim Jong Un told visiting Russian Security Council Secretary Sergei Shoigu that Pyongyang "
                        "would support Moscow.")
    assert [t for _, _, t in out] == ["Pyongyang would support Moscow"]


def test_en_an_agency_citing_someone_between_commas_reports_him(pipe):
    _, out = said(pipe, "Russia's RIA news agency, citing Shoigu, said Moscow would help North Korea.")
    assert [(sp, chain) for sp, chain, _ in out] == [("per:sergei_shoigu", ["agency:ria_novosti", "per:sergei_shoigu"])]


@pytest.mark.parametrize("text,speaker,words", [
    ("Chief Adviser Muhammad Yunus hailed the ruling as a landmark, saying no one was above the law.",
     "per:muhammad_yunus", "no one was above the law"),
    ("South Korea's unification ministry criticised the visit, saying it showed deepening military cooperation.",
     "gpe:kr", "it showed deepening military cooperation"),
    ("Pakistan's Foreign Minister Ishaq Dar confirmed the truce, saying Islamabad had always strived for peace.",
     "per:ishaq_dar", "Islamabad had always strived for peace"),
    ("Russia's defence ministry reported the strikes, adding that 20 drones were shot down.",
     "gpe:ru", "20 drones were shot down"),
])
def test_en_saying_after_the_main_clause_quotes_its_subject(pipe, text, speaker, words):
    _, out = said(pipe, text)
    assert [(sp, t) for sp, _, t in out] == [(speaker, words)]


def test_en_a_speech_verb_inside_ones_own_words_gives_no_second_quote(pipe):
    _, out = said(pipe, "India's Ministry of External Affairs said it had noted the verdict and remained committed "
                        "to the people of Bangladesh.")
    assert len(out) == 1


def test_bn_a_countrys_department_named_after_the_verb_reports_for_it(pipe):
    _, out = said(pipe, "এতে অন্তত ১২ জন নিহত হয়েছেন বলে জানিয়েছে ইউক্রেনের জরুরি সেবা বিভাগ।")
    assert [(sp, t) for sp, _, t in out] == [("gpe:ua", "এতে অন্তত ১২ জন নিহত হয়েছেন")]


def test_bn_words_before_a_report_that_says_them_are_the_reports(pipe):
    _, out = said(pipe, "কাতার, মিসর ও তুরস্কের মধ্যস্থতায় এ চুক্তি হয় বলে বার্তা সংস্থা এএফপির খবরে বলা হয়েছে।")
    assert [(sp, t) for sp, _, t in out] == [("agency:afp", "কাতার, মিসর ও তুরস্কের মধ্যস্থতায় এ চুক্তি হয়")]


def test_hi_a_headline_that_names_a_reason_quotes_no_one(pipe):
    _, out = said(pipe, "ट्रंप ने भारत पर लगाया 25 फीसदी अतिरिक्त टैरिफ, रूसी तेल खरीद को बताया वजह\n\nभारत ने विरोध किया।")
    assert out == []


def test_hi_a_pronoun_after_a_quote_is_its_speaker_not_a_name_inside_it(pipe):
    # the quote's second sentence has no name; the one named inside the quote is no antecedent
    _, qs = said(pipe, 'जयशंकर ने लिखा, "आज विदेश मंत्री वांग यी से मुलाकात की। सीमा पर चर्चा हुई।"\n\n'
                       "उन्होंने कहा कि दोनों पक्षों को शांति बनाए रखनी चाहिए।")
    assert [q[0] for q in qs] == ["per:s_jaishankar", "per:s_jaishankar"]


def test_hi_a_quoted_name_a_postposition_governs_is_no_quote(pipe):
    _, qs = said(pipe, "जयशंकर ने सोशल मीडिया मंच 'एक्स' पर लिखा, \"आज वांग यी से मुलाकात की।\"")
    assert [q[2] for q in qs] == ["आज वांग यी से मुलाकात की"]


@pytest.mark.parametrize("text", [
    "জাতিসংঘের শরণার্থী সংস্থা ইউএনএইচসিআর সতর্ক করেছে। চীনের বিশেষ দূত দেং শিজুন বৈঠকে ছিলেন। "
    "সংস্থাটির মুখপাত্র বলেন, রাখাইনে সংঘাত চলছে।",
    "জাতিসংঘের শরণার্থী সংস্থা ইউএনএইচসিআর সতর্ক করেছে। চীনের বিশেষ দূত দেং শিজুন বৈঠকে ছিলেন। "
    "ইউএনএইচসিআরের মুখপাত্র বলেন, রাখাইনে সংঘাত চলছে।",
    "यूएनएचसीआर ने चेतावनी दी। चीन के विशेष दूत देंग शिजुन बैठक में मौजूद थे। "
    "इस संगठन के प्रवक्ता ने कहा कि लड़ाई जारी है।",
])
def test_a_bodys_unnamed_spokesperson_speaks_for_the_body_not_the_person_named_last(pipe, text):
    _, qs = said(pipe, text)
    assert [q[0] for q in qs] == ["org:unhcr"]


@pytest.mark.parametrize("text", [
    "Protests spread across Nepal on Monday. The government said elections would be held in March.",
    "Protests spread across Nepal on Monday. The country said elections would be held in March.",
])
def test_the_government_or_the_country_may_be_one_named_only_as_a_place(pipe, text):
    _, qs = said(pipe, text)
    assert [q[0] for q in qs] == ["gpe:np"]


def test_bn_the_governments_spokesperson_speaks_for_the_country(pipe):
    _, qs = said(pipe, "ঢাকা, ১১ ডিসেম্বর: সরকার আওয়ামী লীগের কার্যক্রমের ওপর নিষেধাজ্ঞা দিয়েছে। "
                       "সরকারের মুখপাত্র বলেন, নির্বাচন হবে।")
    assert [q[0] for q in qs] == ["gpe:bd"]


def test_hi_a_place_in_a_headline_phrase_is_nobodys_announcement(pipe):
    _, qs = said(pipe, "बांग्लादेश में चुनाव की तारीखों का ऐलान, फरवरी में होगा मतदान")
    assert all(q[0] != "gpe:bd" for q in qs)


@pytest.mark.parametrize("text,speaker", [
    ("हालांकि, भारत सरकार के सूत्रों ने कहा कि संघर्ष विराम पर सहमति दोनों देशों के बीच सीधे बनी।", "gpe:in"),
    ("ভারত সরকারের একটি সূত্র জানিয়েছে, দুই দেশের বৈঠক হবে।", "org:india_central_government"),
])
def test_unnamed_sources_of_a_government_speak_for_it(pipe, text, speaker):
    _, qs = said(pipe, text)
    assert [q[0] for q in qs] == [speaker]


def test_en_adding_as_a_gerund_after_of_is_no_speech_verb(pipe):
    _, qs = said(pipe, "A Hamas official said the group had accepted a U.S. proposal but accused Israel of adding new conditions.")
    assert [(q[0], q[1]) for q in qs] == [("org:hamas", ["org:hamas"])]


@pytest.mark.parametrize("text,speaker", [
    ("বাংলাদেশ নির্বাচন কমিশন তফসিল ঘোষণা করেছে। কমিশন জানিয়েছে, ভোট হবে ফেব্রুয়ারিতে।", "org:election_commission_of_bangladesh"),
    ("The Election Commission of India rejected the charges. The commission said the rolls were accurate.", "org:election_commission_of_india"),
])
def test_a_body_named_again_by_its_last_word_is_the_body_named_before(pipe, text, speaker):
    _, qs = said(pipe, text)
    assert [q[0] for q in qs] == [speaker]


@pytest.mark.parametrize("text, speaker, words", [
    ("ঢাকায় পররাষ্ট্র মন্ত্রণালয় এক বিবৃতিতে নেপালের পরিস্থিতি নিয়ে উদ্বেগ প্রকাশ করেছে। বিবৃতিতে বলা হয়, "
     "বাংলাদেশ আশা করে নেপালের জনগণ শান্তিপূর্ণভাবে সংকটের সমাধান করবে।", "gpe:bd",
     "বাংলাদেশ আশা করে নেপালের জনগণ শান্তিপূর্ণভাবে সংকটের সমাধান করবে"),
    ("नई दिल्ली में विदेश मंत्रालय ने बयान जारी किया। बयान में कहा गया कि भारत नेपाल के साथ खड़ा है।", "gpe:in",
     "भारत नेपाल के साथ खड़ा है"),
    ("Pakistan's foreign ministry issued a statement on Monday. The statement said Islamabad stands with Kabul.", "gpe:pk",
     "Islamabad stands with Kabul"),
])
def test_the_statement_said_speaks_for_whom_the_sentence_before_names(pipe, text, speaker, words):
    _, qs = said(pipe, text)
    assert (speaker, [speaker], words) in qs


def test_a_statement_said_with_nothing_before_has_no_speaker(pipe):
    _, qs = said(pipe, "বিবৃতিতে বলা হয়, বাংলাদেশ আশা করে নেপালের জনগণ শান্তিপূর্ণভাবে সংকটের সমাধান করবে।")
    assert qs == []


def test_en_an_official_speaking_on_condition_of_anonymity_speaks_for_the_country(pipe):
    _, qs = said(pipe, "A senior Indian official, speaking on condition of anonymity, said the talks had stalled.")
    assert qs == [("gpe:in", ["gpe:in"], "the talks had stalled")]


def test_en_according_to_a_statement_from_a_body(pipe):
    _, qs = said(pipe, "According to a statement from the Kremlin, Putin and Modi discussed trade.")
    assert qs == [("org:kremlin", ["org:kremlin"], "Putin and Modi discussed trade")]


@pytest.mark.parametrize("text", ["उत्तर कोरिया के सरकारी मीडिया ने बताया कि किम ने मिसाइल परीक्षण का निरीक्षण किया।",
                                  "উত্তর কোরিয়ার রাষ্ট্রীয় গণমাধ্যম জানিয়েছে, কিম ক্ষেপণাস্ত্র উৎক্ষেপণ পরিদর্শন করেছেন।"])
def test_a_countrys_state_media_report_for_it(pipe, text):
    _, qs = said(pipe, text)
    assert [(sp, chain) for sp, chain, _ in qs] == [("gpe:kp", ["gpe:kp"])]


@pytest.mark.parametrize("text", [
    "नई दिल्ली, 29 मार्च। म्यांमार की सैन्य सरकार के अनुसार भूकंप में 1,644 लोगों की मौत हो चुकी है।",
    "ঢাকা, ৩০ মার্চ — মিয়ানমারে ভূমিকম্পে নিহতের সংখ্যা ১৬৪৪ জনে দাঁড়িয়েছে বলে জানিয়েছে দেশটির সামরিক সরকার।",
    "ঢাকা, ৩০ মার্চ — ভূমিকম্পে নিহতের সংখ্যা ১৬৪৪ জনে দাঁড়িয়েছে বলে জানিয়েছে মিয়ানমারের সামরিক সরকার।",
])
def test_a_named_or_that_countrys_military_government_speaks_for_it_not_the_datelines(pipe, text):
    _, quotes = said(pipe, text)
    assert [q[0] for q in quotes] == ["gpe:mm"]


def test_bn_an_official_of_a_named_body_with_its_acronym_speaks_for_the_body(pipe):
    _, quotes = said(pipe, "ঢাকা মহানগর পুলিশের (ডিএমপি) একজন কর্মকর্তা জানান, ঘটনাস্থল থেকে ২০ জনকে আটক করা হয়েছে।")
    assert [q[0] for q in quotes] == ["org:dhaka_metropolitan_police"]


@pytest.mark.parametrize("text,first", [
    ("Modi said the talks were good, while Putin said Russia would help India.", "the talks were good"),
    ('Modi said the talks had produced "a very good result," while Putin said Russia would help India.',
     'the talks had produced "a very good result,"'),
])
def test_coordinated_speech_clauses_are_two_speakers_not_a_chain(pipe, text, first):
    _, quotes = said(pipe, text)
    assert quotes == [("per:narendra_modi", ["per:narendra_modi"], first),
                      ("per:vladimir_putin", ["per:vladimir_putin"], "Russia would help India")]


def test_a_quote_after_an_initial_like_platform_name_and_its_continuation(pipe):
    # "on X." is no initial before a quotation; the quoted sentence after the tag goes on with the speaker
    _, quotes = said(pipe, '"Today we adopted our 19th package," EU foreign policy chief Kaja Kallas said in a post '
                           'on X. "It is getting harder and harder for Russia to fund the war."')
    assert [(s, t) for s, _, t in quotes] == [
        ("per:kaja_kallas", 'Today we adopted our 19th package,'),
        ("per:kaja_kallas", "It is getting harder and harder for Russia to fund the war")]


def test_bn_a_name_after_the_verb_is_the_speaker_not_what_was_said(pipe):
    _, quotes = said(pipe, "ত্রয়োদশ জাতীয় সংসদ নির্বাচনের তফসিল ঘোষণা করেছে নির্বাচন কমিশন (ইসি)।")
    assert quotes == []


@pytest.mark.parametrize("text, quote", [
    ("তিস্তা চুক্তি নিয়ে আশাবাদী ঢাকা, দিল্লি বলছে 'আলোচনা চলছে'", "আলোচনা চলছে"),
    ("तीस्ता पर ढाका आशावादी, दिल्ली ने कहा 'बातचीत जारी है'", "बातचीत जारी है"),
])
def test_a_verb_opening_a_direct_quote_reports_no_clause_before_it(pipe, text, quote):
    _, quotes = said(pipe, text)
    assert [q[2].strip("'") for q in quotes] == [quote]


def test_bn_made_it_known_reports_the_words_after_it(pipe):
    doc, quotes = said(pipe, "রণধীর জয়সোয়াল বলেন, 'আমরা সম্পর্ককে গুরুত্ব দিই।'\n\nপশ্চিমবঙ্গের মুখ্যমন্ত্রী মমতা "
                             "বন্দ্যোপাধ্যায় অবশ্য আগেই জানিয়ে দিয়েছেন, রাজ্যের স্বার্থ ক্ষুণ্ন করে কোনো চুক্তিতে তিনি রাজি হবেন না।")
    assert [q[0] for q in quotes if "রাজি" in q[2]] == ["per:mamata_banerjee"]
    (agree,) = [e for e in doc.events if e.type == "AGREE"]
    assert [r.entity_id for r in agree.roles if r.name == "party"] == ["per:mamata_banerjee"]


@pytest.mark.parametrize("text", [
    "তৌহিদ হোসেন বলেন, দুই দেশের মধ্যে বন্দিবিনিময় চুক্তি অনুযায়ী হাসিনাকে হস্তান্তর করা ভারতের দায়িত্ব।",
    "मंत्री ने कहा कि दोनों देशों के बीच समझौते के मुताबिक इजराइल सेना हटाएगा।",
])
def test_a_treaty_followed_is_no_source(pipe, text):
    _, quotes = said(pipe, text)
    assert len(quotes) == 1  # the minister's words only, not the treaty's


@pytest.mark.parametrize("text", [
    "তাস বার্তা সংস্থা ক্রেমলিনের মুখপাত্র দিমিত্রি পেসকভের উদ্ধৃতি দিয়ে জানিয়েছে, পুতিন আগামী মাসে ভারত সফর করবেন।",
    "समाचार एजेंसी तास ने क्रेमलिन के प्रवक्ता दिमित्री पेसकोव को उद्धृत करते हुए बताया कि पुतिन अगले महीने भारत आएंगे।",
])
def test_an_agency_quoting_a_spokesman_gives_the_chain(pipe, text):
    _, quotes = said(pipe, text)
    assert [q[1] for q in quotes] == [["agency:tass", "per:dmitry_peskov"]]


@pytest.mark.parametrize("text", [
    "Kim Jong Un met Sergei Shoigu in Pyongyang on Wednesday, state media reported Thursday.",
    "सरकारी मीडिया ने बताया कि किम जोंग उन ने शोइगु से मुलाकात की।",
    "রাষ্ট্রীয় গণমাধ্যম জানিয়েছে, কিম জং উন শোইগুর সঙ্গে বৈঠক করেছেন।",
    "কর্মকর্তারা জানিয়েছেন, কিম জং উন শোইগুর সঙ্গে বৈঠক করেছেন।",
])
def test_what_unnamed_media_or_officials_tell_is_reported(pipe, text):
    doc, quotes = said(pipe, text)
    assert quotes and quotes[0][0] is None
    (meet,) = [e for e in doc.events if e.type == "MEET"]
    assert meet.modality == "reported"


@pytest.mark.parametrize("text, speaker", [
    ("'भारत किसी दबाव में नहीं झुकेगा': जयशंकर", "per:s_jaishankar"),
    ("'বাংলাদেশ কারও চাপে নতি স্বীকার করবে না': তৌহিদ হোসেন", "per:touhid_hossain"),
    ("\"We will not back down\": Zelenskiy", "per:volodymyr_zelensky"),
])
def test_a_headline_quote_with_a_colon_and_a_name_is_that_persons(pipe, text, speaker):
    _, quotes = said(pipe, text)
    assert [q[0] for q in quotes] == [speaker]


def test_a_quoted_title_before_a_colon_is_nobodys_words(pipe):
    _, quotes = said(pipe, "'ऑर्डर ऑफ सेंट एंड्रयू': पुतिन को सम्मान")
    assert not quotes


def test_words_said_a_day_after_another_speaker_are_not_reported_through_them(pipe):
    text = ('Iran will not hold talks with the United States under "threats and pressure", Supreme Leader Ayatollah '
            'Ali Khamenei said on Saturday, a day after U.S. President Donald Trump said he had sent a letter.')
    doc, qs = said(pipe, text)
    by_speaker = {doc.entities[s].name: [doc.entities[c].name for c in chain] for s, chain, _ in qs if s in doc.entities}
    assert by_speaker["Donald Trump"] == ["Donald Trump"]
    assert by_speaker["Ali Khamenei"] == ["Ali Khamenei"]


def test_a_letter_delivered_is_no_supply(pipe):
    doc = pipe(Document(raw_text="The letter was delivered through the United Arab Emirates. Trump delivered a speech in Riyadh."))
    assert not [e for e in doc.events if e.type == "SUPPLY"]


@pytest.mark.parametrize("text,quoted", [
    # a term the writer marks inside a noun phrase: no words of the speaker's
    ("North Korea warned of an 'overwhelming' response to the drills.", []),
    ("Pupils said they keep a sanitised \"main\" account for their parents to see.", []),
    # words the speaker said, closing the phrase or inside a that-clause, stay quotes
    ('Ronaldo called the claims "fake news."', ["fake news"]),
    # (inside the words of a warning said, they are part of that quote)
    ('Spokesperson Lin Jian warned that the region did not need "exclusive blocs".', []),
])
def test_a_scare_quoted_word_inside_a_noun_phrase_is_no_quote(pipe, text, quoted):
    _, qs = said(pipe, text)
    assert [q[2] for q in qs if q[2] in ("overwhelming", "main", "fake news", "exclusive blocs")] == quoted
    if "Lin Jian" in text:
        assert [q[2] for q in qs] == ['the region did not need "exclusive blocs"']


def test_en_citing_an_unnamed_office_of_a_body_chains_the_body(pipe):
    doc, qs = said(pipe, "\"They will pay a dear price,\" KCNA said, citing a spokesman for the Korean People's Army.")
    kpa = next(m.entity_id for m in doc.mentions if m.text == "Korean People's Army")
    assert [q[1] for q in qs] == [["agency:kcna", kpa]]


@pytest.mark.parametrize("text", [
    "তার বিরুদ্ধে আনা ধর্ষণের অভিযোগকে “মিথ্যা খবর” হিসাবে আখ্যায়িত করে বলেন যে, লোকে তার নাম নিয়ে নিজেদের “পরিচিতি বাড়াতে চায়।”",
    "The term \"fake news\" has spread across the region.",
])
def test_a_short_quoted_phrase_no_one_is_found_to_say_is_no_quote(pipe, text):
    _, quotes = said(pipe, text)
    assert quotes == []


@pytest.mark.parametrize("text,words", [
    ("Iran said the matter was concluded, but warned that if Israel made another mistake, the response would be severe.",
     "the matter was concluded"),
    ("ईरान ने कहा कि मामला खत्म हो गया है, लेकिन इजरायल को चेतावनी दी कि दोबारा गलती की तो जवाब और कड़ा होगा।",
     "मामला खत्म हो गया है"),
    ("ইরান বলেছে বিষয়টি শেষ হয়েছে, তবে ইসরায়েলকে সতর্ক করে দিয়েছে যে আবার ভুল করলে জবাব আরও কঠোর হবে।",
     "বিষয়টি শেষ হয়েছে"),
])
def test_the_words_said_end_where_the_speakers_next_speech_verb_begins(pipe, text, words):
    doc, qs = said(pipe, text)
    # (a warning's clause after it may be a quote of its own: "चेतावनी दी कि ...")
    assert [q[2] for q in qs][:1] == [words]
    assert [(e.type, {r.entity_id for r in e.roles if r.name == "source"}) for e in doc.events] == [("WARN", {"gpe:ir"})]


@pytest.mark.parametrize("text,speaker,words", [
    # a statement of a body says what follows: "X के एक बयान में कहा गया कि", "X-এর এক বিজ্ঞপ্তিতে বলা হয়",
    # "A statement from X said"
    ("भारत के विदेश मंत्रालय के एक बयान में कहा गया कि ऐसी हत्याएं अस्वीकार्य हैं।", "org:india_mea", "ऐसी हत्याएं अस्वीकार्य हैं"),
    ("বাংলাদেশের পররাষ্ট্র মন্ত্রণালয়ের এক বিজ্ঞপ্তিতে বলা হয়, এ ধরনের হত্যাকাণ্ড অগ্রহণযোগ্য।", "gpe:bd",
     "এ ধরনের হত্যাকাণ্ড অগ্রহণযোগ্য"),
    ("A statement from the Kremlin said that the talks were useful.", "org:kremlin", "the talks were useful"),
    ("A readout from the White House said the two leaders discussed trade.", "org:white_house",
     "the two leaders discussed trade"),
])
def test_a_bodys_statement_says_the_words(pipe, text, speaker, words):
    _, qs = said(pipe, text)
    assert qs == [(speaker, [speaker], words)]


def test_a_quote_said_by_the_one_holder_of_a_countrys_office_names_him_as_speaker():
    # "বলেন প্রধান উপদেষ্টা" with no one named: Bangladesh's chief adviser on the day, as speaker and in the chain
    doc = Pipeline.build(["clean", "langid", "segment", "entities", "time", "events", "quotes"])(
        Document(raw_text="\"আমরা কারও সঙ্গে শত্রুতা চাই না,\" বলেন প্রধান উপদেষ্টা।", published="2025-09-12"))
    assert [(q.speaker, q.chain) for q in doc.quotes] == [("per:muhammad_yunus", ["per:muhammad_yunus"])]
