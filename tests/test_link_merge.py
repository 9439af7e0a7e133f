"""Event merging across articles and languages (hand-built events; no embeddings)."""
from khabar.link.merge import EventMention, EventMerger, LexicalItemMatcher, times_compatible
from khabar.model import Event, Role, Span

PUTIN, KIM, LAVROV = "per:vladimir_putin", "per:kim_jong_un", "per:sergey_lavrov"


def gift(eid, giver, recipient, item, time=None, conf=1.0, item_id=None):
    roles = [Role("giver", "g", 0, 1, giver), Role("recipient", "r", 2, 3, recipient), Role("item", item, 4, 4 + len(item), item_id)]
    return Event(id=eid, type="GIFT", trigger=Span(10, 15), roles=roles, time=time, confidence=conf)


def mention(ev, doc, lang, root=None, cluster=None, doc_date=None):
    return EventMention(ev, doc, lang, f"https://example.org/{doc}", root or doc, cluster, doc_date)


class SameItemIfTagged:
    """Test matcher: items are 'the same' when their texts carry one tag after '#'."""

    def same(self, a, a_lang, b, b_lang):
        return a.text.split("#")[-1] == b.text.split("#")[-1]


def test_same_gift_in_three_languages_is_one_event_with_every_mention():
    m = EventMerger(SameItemIfTagged())
    a = m.add(mention(gift("e1", PUTIN, KIM, "औरस कार#car", "2024-06-19"), "hi1", "hi"))
    b = m.add(mention(gift("e2", PUTIN, KIM, "অরাস গাড়ি#car", "2024-06-19"), "bn1", "bn"))
    c = m.add(mention(gift("e3", PUTIN, KIM, "an Aurus limousine#car", None), "en1", "en", doc_date="2024-06-20"))
    assert a is b is c
    assert a.languages == ["bn", "en", "hi"]
    assert [x.doc_id for x in a.mentions] == ["hi1", "bn1", "en1"]
    assert a.time == "2024-06-19" and a.summary()["independent_sources"] == 3


def test_different_items_of_one_visit_stay_separate_events():
    m = EventMerger(SameItemIfTagged())
    a = m.add(mention(gift("e1", PUTIN, KIM, "car#car", "2024-06-19"), "hi1", "hi"))
    b = m.add(mention(gift("e2", PUTIN, KIM, "tea set#tea", "2024-06-19"), "en1", "en"))
    assert a is not b


def test_same_actors_a_year_apart_are_two_events():
    m = EventMerger(SameItemIfTagged())
    a = m.add(mention(gift("e1", PUTIN, KIM, "gift#x", "2024-06-19"), "hi1", "hi"))
    b = m.add(mention(gift("e2", PUTIN, KIM, "gift#x", "2023-09-13"), "bn1", "bn"))
    assert a is not b


def test_conflicting_roles_do_not_merge():
    m = EventMerger(SameItemIfTagged())
    a = m.add(mention(gift("e1", PUTIN, KIM, "gift#x", "2024-06-19"), "hi1", "hi"))
    b = m.add(mention(gift("e2", KIM, PUTIN, "gift#x", "2024-06-19"), "bn1", "bn"))  # giver and recipient swapped
    c = m.add(mention(gift("e3", PUTIN, LAVROV, "gift#x", "2024-06-19"), "en1", "en"))
    assert len({a.id, b.id, c.id}) == 3


def test_undated_mentions_merge_only_inside_one_article_cluster():
    m = EventMerger(SameItemIfTagged())
    a = m.add(mention(gift("e1", PUTIN, KIM, "gift#x"), "hi1", "hi", cluster="c1"))
    b = m.add(mention(gift("e2", PUTIN, KIM, "gift#x"), "bn1", "bn", cluster="c2"))
    c = m.add(mention(gift("e3", PUTIN, KIM, "gift#x"), "en1", "en", cluster="c1"))
    assert a is c and a is not b


def test_confidence_grows_with_independent_sources_not_with_copies():
    m = EventMerger(SameItemIfTagged())
    me = m.add(mention(gift("e1", PUTIN, KIM, "gift#x", "2024-06-19"), "a", "hi"))
    one = me.confidence
    m.add(mention(gift("e2", PUTIN, KIM, "gift#x", "2024-06-19"), "copy-of-a", "hi", root="a"))
    assert me.confidence == one and len(me.mentions) == 2
    m.add(mention(gift("e3", PUTIN, KIM, "gift#x", "2024-06-19"), "b", "bn"))
    assert me.confidence > one and me.summary()["independent_sources"] == 2


def test_lexical_items_match_by_entity_or_transliteration_key():
    lx = LexicalItemMatcher()
    assert lx.same(Role("item", "Aurus", entity_id="obj:aurus"), "en", Role("item", "औरस", entity_id="obj:aurus"), "hi")
    assert lx.same(Role("item", "Aurus Senat"), "en", Role("item", "aurus senat"), "en")
    assert not lx.same(Role("item", "tea set"), "en", Role("item", "rifle"), "en")


def test_time_compatibility():
    assert times_compatible("2024-06", "2024-06-19") is True
    assert times_compatible("2024-06-19", "2024-06-20") is True
    assert times_compatible("2024-06-19", "2023-09-13") is False
    assert times_compatible(None, "2024") is None
    assert times_compatible("XXXX-09-13", "XXXX-09-13") is True


def test_a_meeting_that_may_happen_is_not_the_meeting_held():
    def meet(eid, other, modality):
        roles = [Role("participant", "a", 0, 1, LAVROV), Role("participant", "b", 2, 3, other)]
        return Event(id=eid, type="MEET", trigger=Span(10, 15), roles=roles, modality=modality)
    m = EventMerger(SameItemIfTagged())
    held = m.add(mention(meet("e1", PUTIN, "asserted"), "hi1", "hi", cluster="c1"))
    maybe = m.add(mention(meet("e2", PUTIN, "hedged"), "hi1", "hi", cluster="c1"))
    told_again = m.add(mention(meet("e3", PUTIN, "reported"), "en1", "en", cluster="c1"))
    assert maybe is not held and told_again is held
