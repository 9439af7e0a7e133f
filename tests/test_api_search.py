"""Full-text search in Devanagari, Bengali and Latin script (FTS5 trigram on SQLite, LIKE otherwise)."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import delete

from apidata import foundation_doc, seeded_store
from khabar.api import search as fts
from khabar.api.app import create_app
from khabar.store import schema as S


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return seeded_store(str(tmp_path_factory.mktemp("search") / "k.db"))


@pytest.fixture(scope="module")
def client(store):
    return TestClient(create_app(store))


def _langs(client, q, **kw):
    return [r["lang"] for r in client.get("/api/search", params=dict(q=q, **kw)).json()]


def test_index_is_fts5_trigram_on_sqlite(store):
    assert fts.fts_available(store)


@pytest.mark.parametrize("q, langs", [
    ("कलाकृतियां", ["hi"]),  # Devanagari word
    ("कलाकृ", ["hi"]),  # a prefix: trigram search finds substrings
    ("রাইফেল", ["bn"]),  # Bengali
    ("ভোস্টোচনি মহাকাশ", ["bn"]),  # two terms, both must occur
    ("AURUS", ["hi"]),  # Latin, case-insensitive
    ("को", ["hi"]),  # two characters: below trigram length, LIKE fallback
    ("রাইফেল कलाकृतियां", []),  # terms in different articles: no article has both
    ("nothing-like-this", []),
])
def test_search_in_any_script(client, q, langs):
    assert _langs(client, q) == langs


def test_match_offsets_point_at_the_words(client):
    (r,) = client.get("/api/search", params={"q": "टी सेट"}).json()
    doc = client.get(f"/api/articles/{r['id']}").json()
    assert r["matches"] and all(doc["text"][m["start"]:m["end"]] == "टी सेट" for m in r["matches"])
    assert "टी सेट" in r["snippet"]
    assert doc["text"][r["snippet_start"]:r["snippet_start"] + len(r["snippet"])] == r["snippet"]


def test_language_filter(client):
    assert _langs(client, "पुतिन", lang="bn") == []
    assert _langs(client, "पुतिन", lang="hi") == ["hi"]


def test_new_and_deleted_articles_are_picked_up(tmp_path):
    store = seeded_store(str(tmp_path / "k.db"))
    before = {r["id"] for r in fts.search(store, "राष्ट्रपति")}
    assert len(before) == 1
    d = foundation_doc("नई दिल्ली में राष्ट्रपति ने एक नई योजना की घोषणा की। यह एक परीक्षण वाक्य है।")
    store.save(d)
    assert {r["id"] for r in fts.search(store, "राष्ट्रपति")} == before | {d.id}
    with store.engine.begin() as c:  # the doc has no facts, so deleting its row removes it
        c.execute(delete(S.articles).where(S.articles.c.id == d.id))
    assert len(fts.search(store, "योजना")) == 0


def test_query_syntax_is_not_interpreted(client):
    # FTS5 operators and quotes in the query are searched for literally, never parsed.
    for q in ['"', 'NEAR(a b)', "पुतिन OR", "a* -b", "'; DROP TABLE articles; --", "%", "_"]:
        assert client.get("/api/search", params={"q": q}).status_code == 200
    assert len(client.get("/api/articles").json()) == 2


def test_like_fallback_gives_the_same_results(store, monkeypatch):
    monkeypatch.setitem(fts._fts_ok, store, False)
    assert [r["lang"] for r in fts.search(store, "রাইফেল")] == ["bn"]
    assert [r["lang"] for r in fts.search(store, "aurus")] == ["hi"]
    assert fts.search(store, "100%") == []  # % is a literal, not a wildcard
