"""HTTP API reads: articles with facts and offsets, entities, events/timeline filters, stories, OpenAPI."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import insert

from apidata import KIM, PUTIN, seeded_store
from khabar.api.app import create_app
from khabar.store import schema as S


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return seeded_store(str(tmp_path_factory.mktemp("api") / "k.db"))


@pytest.fixture(scope="module")
def client(store):
    return TestClient(create_app(store))


def _hi_id(client) -> str:
    return next(a["id"] for a in client.get("/api/articles").json() if a["lang"] == "hi")


def test_article_list_and_language_filter(client):
    rows = client.get("/api/articles").json()
    assert {r["lang"] for r in rows} == {"hi", "bn"}
    assert "text" not in rows[0]  # the list is metadata only
    assert [r["lang"] for r in client.get("/api/articles", params={"lang": "bn"}).json()] == ["bn"]


def test_article_has_text_and_every_fact_points_at_its_words(client):
    doc = client.get(f"/api/articles/{_hi_id(client)}").json()
    text = doc["text"]
    assert "raw_text" not in doc
    for m in doc["mentions"]:
        assert text[m["start"]:m["end"]] == m["text"]
    ev = next(e for e in doc["events"] if e["id"] == "ev-hi-tea")
    assert ev["trigger"]["text"] == text[ev["trigger"]["start"]:ev["trigger"]["end"]] == "गिफ्ट किया"
    assert ev["evidence"][0]["text"].startswith("पुतिन ने किम को टी सेट")
    assert [a["entity"] for a in ev["source_actors"]] == ["Vladimir Putin"]
    assert [a["entity"] for a in ev["target_actors"]] == ["Kim Jong Un"]
    assert ev["sources"] == [{"id": "Q4504119", "name": "Yuri Ushakov"}]
    assert ev["plover"] == "COOPERATE"
    q = doc["quotes"][0]
    assert text[q["start"]:q["end"]] == q["text"] and q["speaker_name"] == "Yuri Ushakov"
    assert doc["times"][0]["value"] == "2000"


def test_unknown_article_and_entity_are_404(client):
    assert client.get("/api/articles/doesnotexist").status_code == 404
    assert client.get("/api/entities/Q0").status_code == 404


def test_entity_page_has_names_in_every_script_mentions_and_cooccurring_actors(client):
    d = client.get(f"/api/entities/{PUTIN.id}").json()
    assert "व्लादिमीर पुतिन" in d["entity"]["names"]["hi"]
    assert "ভ্লাদিমির পুতিন" in d["entity"]["names"]["bn"]
    langs = {m["lang"] for m in d["mentions"]}
    assert langs == {"hi", "bn"}
    for m in d["mentions"]:
        c = m["context"]
        assert c["text"][m["start"] - c["start"]:m["end"] - c["start"]] == m["text"]
    kim = next(o for o in d["cooccurring"] if o["id"] == KIM.id)
    assert kim["name"] == "Kim Jong Un" and kim["articles"] == 2 and kim["events"] == 3
    assert {e["id"] for e in d["events"]} == {"ev-hi-tea", "ev-hi-art", "ev-bn-rifle"}


def test_entities_search_by_name_in_any_script(client):
    assert [e["id"] for e in client.get("/api/entities", params={"q": "কিম জং-উন"}).json()] == [KIM.id]
    top = client.get("/api/entities").json()
    assert top[0]["id"] in (PUTIN.id, KIM.id) and top[0]["by_lang"]


@pytest.mark.parametrize("params, expected", [
    ({}, {"ev-bn-rifle", "ev-hi-tea", "ev-hi-art"}),
    ({"type": "gift"}, {"ev-bn-rifle", "ev-hi-tea", "ev-hi-art"}),
    ({"type": "VISIT"}, set()),
    ({"lang": "bn"}, {"ev-bn-rifle"}),
    ({"actor": "Yuri Ushakov"}, set()),  # mentioned, but no role in any event
    ({"actor": "किम"}, {"ev-bn-rifle", "ev-hi-tea", "ev-hi-art"}),
    ({"actor": "nobody at all"}, set()),
    ({"since": "2024-01-01"}, {"ev-hi-tea", "ev-hi-art"}),
    ({"until": "2023-12-31"}, {"ev-bn-rifle"}),
    ({"since": "2023-09", "until": "2023-09"}, {"ev-bn-rifle"}),  # month prefix covers the month
    ({"since": "2024-06-20"}, set()),
])
def test_event_filters(client, params, expected):
    r = client.get("/api/events", params=params)
    assert r.status_code == 200
    assert {e["id"] for e in r.json()} == expected


def test_timeline_groups_by_date_oldest_first(client):
    d = client.get("/api/timeline").json()
    assert [day["date"] for day in d["days"]] == ["2023-09-13", "2024-06-19"]
    assert d["facets"] == {"types": ["GIFT"], "langs": ["bn", "hi"]}
    labels = [e["label"] for day in d["days"] for e in day["events"]]
    assert "GIFT: Vladimir Putin → Kim Jong Un (टी सेट)" in labels
    assert d["stories"] == [] and d["count"] == 3


def test_stories_come_from_the_links_table_when_present(tmp_path):
    store = seeded_store(str(tmp_path / "s.db"))
    client = TestClient(create_app(store))
    assert client.get("/api/stories").json() == []
    ids = [a["id"] for a in client.get("/api/articles").json()]
    with store.engine.begin() as c:
        c.execute(insert(S.links), [dict(kind="story", key="story-1", member=m, data={"title": "Putin and Kim gifts"})
                                    for m in ids + ["ev-hi-tea", "ev-bn-rifle"]])
    (story,) = client.get("/api/stories").json()
    assert story["title"] == "Putin and Kim gifts"
    assert sorted(story["articles"]) == sorted(ids) and sorted(story["languages"]) == ["bn", "hi"]
    assert sorted(story["events"]) == ["ev-bn-rifle", "ev-hi-tea"]
    tl = client.get("/api/timeline").json()
    assert all(e["stories"] == ["story-1"] for day in tl["days"] for e in day["events"])
    assert client.get(f"/api/articles/{ids[0]}").json()["stories"] == ["story-1"]


def test_quotes_with_speaker_filter(client):
    assert [q["speaker_name"] for q in client.get("/api/quotes").json()] == ["Yuri Ushakov"]
    assert client.get("/api/quotes", params={"speaker": "Kim Jong Un"}).json() == []


def test_openapi_spec_lists_every_endpoint_and_the_ingest_body(client):
    spec = client.get("/openapi.json").json()
    paths = spec["paths"]
    for p in ("/api/articles", "/api/articles/{doc_id}", "/api/entities", "/api/entities/{entity_id}", "/api/events",
              "/api/timeline", "/api/quotes", "/api/stories", "/api/search"):
        assert "get" in paths[p], p
    body = paths["/api/articles"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert {"text", "html", "title", "url", "published"} <= set(body["properties"])
    assert {p["name"] for p in paths["/api/events"]["get"]["parameters"]} >= {"type", "actor", "lang", "since", "until"}


def test_web_page_and_assets_are_served_locally(client):
    page = client.get("/")
    assert page.status_code == 200 and "/static/app.js" in page.text
    assert "http://" not in page.text and "https://" not in page.text  # no CDN
    for asset in ("/static/app.js", "/static/app.css"):
        r = client.get(asset)
        assert r.status_code == 200 and "https://" not in r.text
    assert "innerHTML" not in client.get("/static/app.js").text.replace("never through innerHTML", "")
