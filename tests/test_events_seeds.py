"""The two seed articles: the issue's expected events with correct roles, and no invented ones.

Mentions come from a small test gazetteer (test_events_support), so these tests check the
events/quotes extractor alone; the integration with the entities stage is tested separately.
"""
from pathlib import Path

import pytest

from khabar.events.extract import analyse
from test_events_support import make_doc, roles_of, summary

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
if not SEEDS.exists():
    SEEDS = Path("/work/shared/seeds")


def load(name: str, lang: str):
    path = SEEDS / name
    if not path.exists():
        pytest.skip(f"seed {name} not available")
    doc = make_doc(path.read_text(encoding="utf-8"), lang, doc_id=name)
    return doc, analyse(doc)


def find(events, type_, **roles):
    out = []
    for e in events:
        if e.type != type_:
            continue
        if all(set(v if isinstance(v, list) else [v]) <= set(roles_of(e, k)) for k, v in roles.items()):
            out.append(e)
    return out


@pytest.fixture(scope="module")
def hi():
    return load("hi_putin_pyongyang_gifts.txt", "hi")


@pytest.fixture(scope="module")
def bn():
    return load("bn_kim_vostochny_gifts.txt", "bn")


def test_hi_arrival_in_north_korea(hi):
    doc, a = hi
    (ev,) = find(a.events, "ARRIVE", traveller="putin", place="nk")
    assert doc.text[ev.trigger.start : ev.trigger.end] == "पहुंचे"
    # "पिछली बार साल 2000 में जब मैं यहां आया था": Putin's earlier visit, inside his own quote
    (earlier,) = [e for e in find(a.events, "ARRIVE", traveller="putin") if e is not ev]
    assert earlier.sources == ["putin"]


def test_hi_kim_greets_putin(hi):
    _, a = hi
    assert find(a.events, "WELCOME", host="kim", guest="putin")


def test_hi_three_gifts_from_putin_and_artworks_from_kim(hi):
    doc, a = hi
    from_putin = find(a.events, "GIFT", giver="putin", recipient="kim")
    items = [roles_of(e, "item")[0] for e in from_putin]
    # three gifts: the car and the tea set are told twice (narration + Ushakov's quote) and
    # become one event each, with both evidence spans
    assert len(from_putin) == 3, items
    car, tea, dagger = from_putin
    assert "Aurus" in roles_of(car, "item")[0] and len(car.evidence) == 2
    assert "Aurus" in doc.text[car.evidence[1].start : car.evidence[1].end]
    assert roles_of(tea, "item") == ["टी सेट"] and len(tea.evidence) == 2
    assert "चाय का सेट" in doc.text[tea.evidence[1].start : tea.evidence[1].end]
    assert "खंजर" in roles_of(dagger, "item")[0] and len(dagger.evidence) == 1
    (kim_gift,) = find(a.events, "GIFT", giver="kim", recipient="putin")
    assert roles_of(kim_gift, "item") == ["उनकी पसंद की कलाकृतियां"]
    # one event per item, never a gift with a role pointing at the wrong side
    assert not find(a.events, "GIFT", giver="kim", recipient="kim")
    assert all(set(roles_of(e, "giver")) <= {"putin", "kim"} for e in a.events if e.type == "GIFT")


def test_hi_gift_is_sourced_to_tass_citing_ushakov(hi):
    _, a = hi
    car = [e for e in find(a.events, "GIFT", giver="putin") if "लग्जरी कार" in roles_of(e, "item")[0]]
    assert car and car[0].sources == ["tass", "ushakov"] and car[0].modality == "reported"


def test_hi_talks_support_thank(hi):
    _, a = hi
    assert find(a.events, "TALKS", participant=["putin", "kim"])
    (sup,) = find(a.events, "SUPPORT", source="kim")
    assert "युद्ध" in roles_of(sup, "topic")[0]
    assert find(a.events, "THANK", source="putin", target="kim")


def test_hi_hoped_meeting_in_moscow_is_planned(hi):
    _, a = hi
    (meet,) = find(a.events, "MEET", participant=["kim", "putin"])
    assert roles_of(meet, "place") == ["moscow"] and meet.modality == "planned"
    assert meet.sources == ["putin"]  # inside Putin's direct quote: "मैं" and "मेरी" are Putin


def test_hi_arms_supply_claim_is_denied_by_both(hi):
    doc, a = hi
    (deny,) = find(a.events, "DENY")
    assert sorted(roles_of(deny, "denier")) == ["nk", "russia"]
    denied = [e for e in a.events if e.modality == "denied"]
    assert [summary(e)[:2] for e in denied] == [("SUPPLY", ("item=हथियार", "recipient=russia", "supplier=nk"))]
    claim = next(r for r in deny.roles if r.name == "claim")
    assert claim.start <= denied[0].trigger.start < claim.end
    assert claim.event_id == denied[0].id  # the DENY points at the claimed event


def test_hi_exchange_told_twice_is_one_event_but_two_rounds_of_talks_stay_two(hi):
    _, a = hi
    (exchange,) = find(a.events, "EXCHANGE", participant=["kim", "putin"])
    assert len(exchange.evidence) == 2  # narration + the adviser's quote
    talks = find(a.events, "TALKS", participant=["kim", "putin"])
    assert len(talks) == 2  # "इसके बाद ... अकेले में भी ... बातचीत की": a second round


def test_hi_earlier_visit_is_not_merged_with_this_one(hi):
    _, a = hi
    arrivals = find(a.events, "ARRIVE", traveller="putin")
    assert len(arrivals) == 2 and all(len(e.evidence) == 1 for e in arrivals)


def test_hi_no_invented_actor_roles(hi):
    _, a = hi
    # Ukraine and TASS are never actors of these events; Ushakov only speaks
    for e in a.events:
        for r in e.roles:
            if r.name in ("giver", "recipient", "traveller", "host", "guest", "source", "target"):
                assert r.entity_id not in ("ukraine", "tass", "ushakov"), summary(e)


def test_bn_gloves_giver_is_the_unmarked_nominative(bn):
    _, a = bn
    gloves = [e for e in find(a.events, "GIFT", giver="putin", recipient="kim") if "গ্লাভস" in roles_of(e, "item")[0]]
    assert len(gloves) == 1 and roles_of(gloves[0], "giver") == ["putin"]


def test_bn_russian_leader_agrees(bn):
    _, a = bn
    (agree,) = find(a.events, "AGREE")
    assert roles_of(agree, "party") == ["putin"]  # "রাশিয়ান নেতা" = Russia's president on that date


def test_bn_gifts_both_ways(bn):
    _, a = bn
    putin_gifts = find(a.events, "GIFT", giver="putin", recipient="kim")
    items = " | ".join(roles_of(e, "item")[0] for e in putin_gifts)
    assert "রাইফেল" in items and "গ্লাভস" in items
    (kim_gift,) = find(a.events, "GIFT", giver="kim", recipient="putin")
    assert "উত্তর কোরিয়ার তৈরি একটি রাইফেল" in roles_of(kim_gift, "item")
    assert find(a.events, "EXCHANGE", participant=["kim", "putin"], item="তরবারি")


def test_bn_rifle_gift_sourced_afp_citing_peskov(bn):
    _, a = bn
    first = find(a.events, "GIFT", giver="putin")[0]
    assert first.sources == ["afp", "peskov"]


def test_bn_arrival_and_talks(bn):
    _, a = bn
    (arr,) = find(a.events, "ARRIVE", traveller="kim")
    assert roles_of(arr, "place") == ["russia"]
    (talks,) = find(a.events, "TALKS", participant=["kim", "putin"])
    assert roles_of(talks, "place") == ["vostochny"]


def test_bn_invite_accepted_plans_and_warning(bn):
    _, a = bn
    assert find(a.events, "INVITE", inviter="kim", invitee="putin")
    assert find(a.events, "AGREE", party="putin")
    (lavrov,) = find(a.events, "PLAN_VISIT", traveller="lavrov")
    assert lavrov.modality == "planned" and roles_of(lavrov, "place") == ["nk"]
    (warn,) = find(a.events, "WARN", source="sk")
    assert sorted(roles_of(warn, "target")) == ["nk", "russia"] and warn.sources == ["yonhap"]


def test_bn_quotes_and_sources(bn):
    _, a = bn
    kcna = [q for q in a.quotes if q.direct and q.speaker == "kcna"]
    assert kcna and "ধন্যবাদ" in kcna[0].text
    speakers = {q.speaker for q in a.quotes}
    assert {"peskov", "tass", "sputnik", "yonhap", "kcna"} <= speakers
    (thank,) = find(a.events, "THANK", source="kim", target="putin")
    assert thank.sources == ["kcna"]


def test_event_ids_are_deterministic(bn):
    doc, a = bn
    again = analyse(doc)
    assert [e.id for e in a.events] == [e.id for e in again.events]
    assert len({e.id for e in a.events}) == len(a.events)


def test_every_event_points_at_its_evidence(hi, bn):
    for doc, a in (hi, bn):
        for e in a.events:
            assert e.by and e.trigger.end > e.trigger.start
            for r in e.roles:
                if r.start is not None and r.name != "claim":
                    assert doc.text[r.start : r.end] == r.text or r.entity_id
