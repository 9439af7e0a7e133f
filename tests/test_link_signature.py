"""What articles say happened: event signatures, conflicts, and their effect on same-event scores."""
import numpy as np

from khabar.link.cluster import OnlineClusterer
from khabar.link.embed import article_vectors
from khabar.link.profile import ArticleProfile
from khabar.link.score import load_model
from khabar.link.signature import comparable, conflicts, signature
from khabar.model import Document, Entity, Event, Mention, Role, Sentence, Span

PUTIN, KIM, XI = "per:vladimir_putin", "per:kim_jong_un", "per:xi_jinping"


def doc_with(events, ents, published=None, text="x" * 80):
    d = Document(raw_text=text, text=text, lang="en", published=published, sentences=[Sentence(0, len(text), "en")])
    d.mentions = [Mention(0, 1, eid, typ, eid) for eid, typ in ents.items()]
    d.entities = {eid: Entity(eid, typ, eid, source="kb") for eid, typ in ents.items()}
    d.events = events
    return d


def trip(who, where, modality="asserted", typ="ARRIVE", time=None):
    return Event(f"e-{who}-{where}-{typ}", typ, Span(0, 1), [Role("traveller", who, entity_id=who),
                                                             Role("place", where, entity_id=where)],
                 time=time, modality=modality)


ENTS = {PUTIN: "PER", KIM: "PER", XI: "PER", "gpe:kp": "GPE", "gpe:ru": "GPE", "city:pyongyang": "GPE",
        "loc:vostochny_cosmodrome": "LOC", "gpe:cn": "GPE"}


def test_trip_by_other_leader_to_other_country_conflicts():
    a = signature(doc_with([trip(PUTIN, "city:pyongyang"), trip(PUTIN, "gpe:kp", typ="VISIT")], ENTS))
    b = signature(doc_with([trip(KIM, "gpe:ru"), trip(KIM, "loc:vostochny_cosmodrome", typ="VISIT")], ENTS))
    assert a["travellers"] == [PUTIN] and "gpe:kp" in a["destinations"]
    c = conflicts(a, b)
    assert c["travel"] and c["place"] and not c["year"]


def test_one_trip_told_from_both_sides_does_not_conflict():
    # city vs its country: Pyongyang is widened to North Korea through the KB
    a = signature(doc_with([trip(PUTIN, "city:pyongyang")], ENTS))
    b = signature(doc_with([trip(PUTIN, "gpe:kp", typ="VISIT")], ENTS))
    assert not any(conflicts(a, b).values())
    # host's view: the same destination, another traveller named -> not a conflict (destinations agree)
    c = signature(doc_with([trip(KIM, "gpe:kp")], ENTS))
    assert not conflicts(a, c)["travel"]


def test_plans_and_places_misread_as_travellers_are_ignored():
    s = signature(doc_with([trip(PUTIN, "gpe:kp"), trip(XI, "gpe:cn", modality="planned"),
                            Event("w", "VISIT", Span(0, 1), [Role("traveller", "x", entity_id="gpe:kp")])], ENTS))
    assert s["travellers"] == [PUTIN] and "gpe:cn" not in s["destinations"]


def test_years_conflict_only_when_both_are_known():
    year_only = signature(doc_with([], ENTS, published="2024"))
    no_year = signature(doc_with([trip(KIM, "gpe:ru", time="XXXX-09-13")], ENTS))
    other_year = signature(doc_with([trip(KIM, "gpe:ru", time="2023-09-13")], ENTS))
    assert year_only["years"] == ["2024"] and no_year["years"] == []
    assert not conflicts(year_only, no_year)["year"]
    assert conflicts(year_only, other_year)["year"]
    assert not comparable(year_only, {}) and comparable(year_only, other_year)


def _profile(doc_id, vec, events):
    return ArticleProfile(doc_id, "en", None, {PUTIN: 3, KIM: 3}, frozenset(), vec[None, :], vec, events=events)


def alike_pair(model, lo, hi):
    """Two vectors the model would join with a probability in [lo, hi): alike, not copies."""
    rng = np.random.default_rng(3)
    mu = model.centres["en"]
    v = rng.standard_normal(384).astype(np.float32)
    v = mu + 0.1 * v / np.linalg.norm(v)
    for _ in range(2000):
        w = v + 0.1 * rng.standard_normal(384).astype(np.float32) / 19.6
        pa, pb = _profile("a", v / np.linalg.norm(v), {}), _profile("b", w / np.linalg.norm(w), {})
        if lo <= model.pair_prob(pa, pb) < hi:
            return pa.vec, pb.vec
        v = 0.9 * v + 0.1 * w
    raise AssertionError("no such pair")


def test_conflict_keeps_alike_articles_apart_in_either_order():
    """Same leaders, alike text (p ~ 0.8-0.9, like the two summits) but contradicting trips: two clusters."""
    model = load_model()
    v, w = alike_pair(model, model.threshold, 0.92)
    sa = dict(travellers=[PUTIN], destinations=["gpe:kp"], places=["gpe:kp"], years=[])
    sb = dict(travellers=[KIM], destinations=["gpe:ru"], places=["gpe:ru"], years=[])
    assert model.pair_prob(_profile("a", v, sa), _profile("c", w, dict(sa))) >= model.threshold  # would join
    assert model.pair_prob(_profile("a", v, sa), _profile("b", w, sb)) < model.threshold
    for first, second in (("a", "b"), ("b", "a")):
        clu = OnlineClusterer(model)
        profs = {"a": _profile("a", v, sa), "b": _profile("b", w, sb)}
        clu.add(profs[first])
        clu.add(profs[second])
        assert clu.cluster_of["a"] != clu.cluster_of["b"]


def test_clusterer_keeps_each_articles_vectors_once_and_decides_as_before():
    """The in-memory copy of a profile holds its centred vectors in place of the raw ones (memory at
    100k articles); the caller's profile keeps its raw vectors and decisions do not change."""
    model = load_model()
    rng = np.random.default_rng(3)
    unit = lambda m: m / np.linalg.norm(m, axis=-1, keepdims=True)
    base = unit(rng.standard_normal(384))
    profs = []
    for i in range(6):
        sv = unit(base + 0.3 * unit(rng.standard_normal((3, 384)))).astype(np.float32)
        profs.append(ArticleProfile(f"d{i}", "en", "2024-06-19", {PUTIN: 2, KIM: 1}, frozenset({"24"}), sv,
                                    article_vectors(sv)))
    raw = [p.sent_vecs.copy() for p in profs]
    clu = OnlineClusterer(model)
    decisions = [clu.add(p) for p in profs]
    for p, r in zip(profs, raw):
        assert np.array_equal(p.sent_vecs, r)  # the caller's profile is as it was
        kept = clu.profiles[p.doc_id]
        assert kept.sent_vecs is kept.centred[1] and kept.vec is kept.centred[0]  # one copy
    # the same pairs scored from the raw profiles give the same probabilities
    fresh = [ArticleProfile(p.doc_id, p.lang, p.date, p.entities, p.numbers, r, article_vectors(r))
             for p, r in zip(profs, raw)]
    for i, d in enumerate(decisions[1:], 1):
        if not d.new:
            members = [fresh[int(m[1:])] for m in clu.members[d.cluster] if int(m[1:]) < i][-8:]
            expect = float(np.mean([model.pair_prob(fresh[i], q) for q in members]))
            assert abs(d.prob - expect) < 1e-6
    assert len(set(clu.cluster_of.values())) == 1  # alike articles, one story: they did join
