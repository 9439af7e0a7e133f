"""API access and limits: bearer token for writes, optional read token, body size cap, headers, ingest."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from khabar.api.app import create_app
from khabar.pipeline import Pipeline
from khabar.store import Store

TOKEN = "s3cret-token-for-tests"
# Only the foundation stages, so these tests do not depend on the extraction stages.
FOUNDATION = Pipeline.build(["clean", "langid", "segment"])
ARTICLE = {"text": "ढाका में प्रधानमंत्री ने बुधवार को एक नई नीति की घोषणा की। विपक्ष ने इसका विरोध किया।",
           "title": "नई नीति", "url": "https://example.org/a", "published": "2024-05-01"}


@pytest.fixture
def store(tmp_db):
    return Store(tmp_db)


def client_for(store, **kw) -> TestClient:
    return TestClient(create_app(store, pipeline=FOUNDATION, **kw))


def auth(token=TOKEN):
    return {"Authorization": f"Bearer {token}"}


def test_writes_are_disabled_without_a_configured_token(store):
    c = client_for(store)
    r = c.post("/api/articles", json=ARTICLE, headers=auth())
    assert r.status_code == 403 and "disabled" in r.json()["detail"]
    assert store.count() == 0


@pytest.mark.parametrize("headers", [{}, auth("wrong"), auth(TOKEN + "x"), {"Authorization": TOKEN},
                                     {"Authorization": f"Basic {TOKEN}"}])
def test_writes_need_the_exact_bearer_token(store, headers):
    c = client_for(store, write_token=TOKEN)
    r = c.post("/api/articles", json=ARTICLE, headers=headers)
    assert r.status_code == 401
    assert store.count() == 0


def test_ingest_stores_the_article_once(store):
    c = client_for(store, write_token=TOKEN)
    r = c.post("/api/articles", json=ARTICLE, headers=auth())
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["status"] == "new" and body["lang"] == "hi" and body["title"] == "नई नीति"
    again = c.post("/api/articles", json=ARTICLE, headers=auth())
    assert again.status_code == 200 and again.json() == body | {"status": "known"}
    assert store.count() == 1
    doc = c.get(f"/api/articles/{body['id']}").json()
    assert doc["published"] == "2024-05-01" and doc["url"] == ARTICLE["url"]
    assert c.get("/api/search", params={"q": "विरोध"}).json()[0]["id"] == body["id"]


def test_ingest_html_extracts_main_text(store):
    c = client_for(store, write_token=TOKEN)
    paragraph = "বুধবার ঢাকায় মন্ত্রিসভার বৈঠকে নতুন বাজেট অনুমোদন করা হয়েছে বলে সরকারি সূত্র জানিয়েছে। " * 3
    html = f"<html><head><title>বাজেট</title><script>alert(1)</script></head><body><article><p>{paragraph}</p></article></body></html>"
    r = c.post("/api/articles", json={"html": html}, headers=auth())
    assert r.status_code == 201, r.text
    text = c.get(f"/api/articles/{r.json()['id']}").json()["text"]
    assert "বাজেট অনুমোদন" in text and "alert" not in text


@pytest.mark.parametrize("payload", [{}, {"title": "only a title"}, {"text": "   "}, {"text": 42}, [1, 2], "text"])
def test_invalid_articles_are_rejected_with_422(store, payload):
    c = client_for(store, write_token=TOKEN)
    assert c.post("/api/articles", json=payload, headers=auth()).status_code == 422
    assert store.count() == 0


def test_invalid_json_is_422(store):
    c = client_for(store, write_token=TOKEN)
    r = c.post("/api/articles", content=b"{not json", headers=auth() | {"content-type": "application/json"})
    assert r.status_code == 422


def test_body_over_the_limit_is_413_by_length_and_when_streamed(store):
    c = client_for(store, write_token=TOKEN, max_body=1000)
    big = {"text": "क" * 2000}
    assert c.post("/api/articles", json=big, headers=auth()).status_code == 413

    def chunks():  # no Content-Length: the cap must hold while reading the stream
        for _ in range(10):
            yield b"x" * 500

    r = c.post("/api/articles", content=chunks(), headers=auth() | {"content-type": "application/json"})
    assert r.status_code == 413
    assert store.count() == 0


def test_reads_are_open_by_default_and_closed_with_a_read_token(store):
    assert client_for(store).get("/api/articles").status_code == 200
    c = client_for(store, write_token=TOKEN, read_token="reader")
    for path in ("/api/articles", "/api/events", "/api/timeline", "/api/search?q=abc", "/api/entities"):
        assert c.get(path).status_code == 401, path
        assert c.get(path, headers=auth("reader")).status_code == 200, path
        assert c.get(path, headers=auth()).status_code == 200, path  # the write token also reads
    assert c.get("/").status_code == 200  # the page itself is static; its data calls need the token


def test_security_headers_on_page_and_api(store):
    c = client_for(store)
    for path in ("/", "/api/articles", "/static/app.js", "/api/articles/nope"):
        h = c.get(path).headers
        csp = h["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp, path
        assert h["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize("value", ["' OR 1=1 --", "x'); DROP TABLE events; --", "%", "\\", "Q7747' --"])
def test_filters_are_parameters_not_sql(store, value):
    c = client_for(store, write_token=TOKEN)
    c.post("/api/articles", json=ARTICLE, headers=auth())
    for path in ("/api/events", "/api/timeline"):
        for key in ("type", "actor", "lang", "since", "until"):
            r = c.get(path, params={key: value})
            assert r.status_code == 200
            assert (r.json() if path == "/api/events" else r.json()["days"]) == []
    assert c.get("/api/articles", params={"lang": value}).json() == []
    assert store.count() == 1


def test_limits_are_bounded(store):
    c = client_for(store)
    assert c.get("/api/events", params={"limit": 10**6}).status_code == 422
    assert c.get("/api/search", params={"q": "x" * 5000}).status_code == 422
