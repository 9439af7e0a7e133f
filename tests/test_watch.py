"""`khabar watch`: a real HTTP server on loopback with changing feeds and pages, a folder
that receives files while watching, restarts in the middle; nothing lost, nothing doubled."""
import hashlib
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from khabar.model import Document, Event, Role, Span
from khabar.pipeline import Pipeline, stage
from khabar.store import Store
from khabar.watch.config import ConfigError, load_config
from khabar.watch.runner import Watcher


class Site:
    """Pages by path; honours If-None-Match; records every request and webhook POST."""

    def __init__(self):
        self.pages: dict[str, tuple[bytes, str]] = {}
        self.requests: list[tuple[str, str, int]] = []
        self.hooks: list[dict] = []
        self.fail_next = 0
        site = self

        class H(BaseHTTPRequestHandler):
            def log_message(self, *a):
                pass

            def do_GET(self):
                if site.fail_next:
                    site.fail_next -= 1
                    site.requests.append(("GET", self.path, 503))
                    self.send_response(503)
                    self.end_headers()
                    return
                if self.path not in site.pages:
                    site.requests.append(("GET", self.path, 404))
                    self.send_response(404)
                    self.end_headers()
                    return
                body, ctype = site.pages[self.path]
                etag = '"' + hashlib.md5(body).hexdigest() + '"'
                if self.headers.get("If-None-Match") == etag:
                    site.requests.append(("GET", self.path, 304))  # before replying: the client may read the log next
                    self.send_response(304)
                    self.end_headers()
                    return
                site.requests.append(("GET", self.path, 200))
                self.send_response(200)
                self.send_header("Content-Type", ctype)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self):
                n = int(self.headers.get("Content-Length", 0))
                site.hooks.append(json.loads(self.rfile.read(n)))  # recorded before the reply
                self.send_response(204)
                self.end_headers()

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), H)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def set_feed(self, items):
        xml = ['<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>t</title>']
        for guid, title, text in items:
            xml.append(f"<item><title>{title}</title><link>{self.url}/a/{guid}</link><guid>{guid}</guid>"
                       f"<description>{text}</description></item>")
        xml.append("</channel></rss>")
        self.pages["/feed.xml"] = ("".join(xml).encode(), "application/rss+xml")

    def add_page(self, guid, text):
        html = f"<html><head><title>Page {guid}</title></head><body><article><p>{text}</p><p>{text}</p></article></body></html>"
        self.pages[f"/a/{guid}"] = (html.encode(), "text/html; charset=utf-8")


@pytest.fixture
def site():
    s = Site()
    yield s
    s.server.shutdown()


# A stand-in extractor so alert logic is tested independently of extraction quality:
# every article yields one MEET event whose participant is the entity "ent-kim".
@stage("one_event_test", requires={"text", "sentences"}, provides={"events"})
def one_event(doc: Document) -> Document:
    from khabar.model import Entity

    doc.entities["ent-kim"] = Entity("ent-kim", "PER", "Kim Jong Un", names={"en": ["Kim Jong Un"]})
    doc.events = [Event(f"{doc.id}-e", "MEET", Span(0, 3), [Role("participant", "Kim", 0, 3, "ent-kim")])]
    from khabar.model import Mention

    doc.mentions = [Mention(0, 3, doc.text[:3], "PER", "ent-kim")]
    return doc


PIPE = ["clean", "langid", "segment", "one_event_test"]
TEXTS = [
    "Kim Jong Un arrived in Vladivostok by armoured train on Tuesday morning for talks.",
    "किम जोंग उन मंगलवार सुबह बख्तरबंद ट्रेन से व्लादिवोस्तोक पहुंचे और बातचीत शुरू हुई।",
    "কিম জং-উন মঙ্গলবার সকালে সাঁজোয়া ট্রেনে ভ্লাদিভোস্টক পৌঁছান এবং আলোচনা শুরু হয়।",
]


def write_config(tmp_path, site, alerts=""):
    (tmp_path / "drop").mkdir(exist_ok=True)
    cfg = tmp_path / "watch.toml"
    cfg.write_text(f'''
db = "k.db"
state_dir = "state"
[[source]]
name = "drop"
kind = "folder"
path = "drop"
interval = 0
[[source]]
name = "feed"
kind = "feed"
url = "{site.url}/feed.xml"
interval = 0
fetch_pages = true
retries = 2
{alerts}
''')
    return load_config(cfg)


def drop(tmp_path, name, text):
    p = tmp_path / "drop" / name
    p.write_text(text, encoding="utf-8")
    past = time.time() - 5  # settled: not being written any more
    import os

    os.utime(p, (past, past))


def test_feed_and_folder_restart_nothing_lost_or_doubled(tmp_path, site):
    site.set_feed([("1", "One", TEXTS[0])])
    site.add_page("1", TEXTS[0] + " The page has more detail than the feed.")
    cfg = write_config(tmp_path, site)
    store = Store(cfg.db)
    w = Watcher(cfg, store, Pipeline.build(PIPE))
    drop(tmp_path, "a.txt", TEXTS[1])
    s1 = w.poll_once(force=True)
    assert s1["new"] == 2 and s1["errors"] == 0
    page = [a for a in store.articles() if a["url"] == f"{site.url}/a/1"]
    assert page and page[0]["title"] == "Page 1"  # the linked page was fetched, not only the feed summary

    # unchanged feed: a conditional request answered 304; unchanged folder: nothing re-read
    s2 = w.poll_once(force=True)
    assert s2["new"] == 0 and s2["known"] == 0
    assert site.requests[-1] == ("GET", "/feed.xml", 304)

    # restart (a new Watcher over the same state) while the feed grows and a file arrives
    site.set_feed([("1", "One", TEXTS[0]), ("2", "Two", TEXTS[2])])
    site.add_page("2", TEXTS[2])
    drop(tmp_path, "b.jsonl", json.dumps({"text": "Putin and Kim exchanged rifles as gifts at the cosmodrome on Wednesday."}))
    w2 = Watcher(cfg, Store(cfg.db), Pipeline.build(PIPE))
    s3 = w2.poll_once(force=True)
    assert s3["new"] == 2 and s3["known"] == 0  # item 1 and a.txt are not fetched/read again
    assert Store(cfg.db).count() == 4
    fetched_pages = [p for m, p, code in site.requests if p.startswith("/a/") and code == 200]
    assert fetched_pages == ["/a/1", "/a/2"]


def test_crash_before_state_commit_redelivers_without_duplicates(tmp_path, site):
    site.set_feed([("1", "One", TEXTS[0])])
    cfg = write_config(tmp_path, site)
    drop(tmp_path, "a.txt", TEXTS[1])
    w = Watcher(cfg, Store(cfg.db), Pipeline.build(PIPE))
    # simulate a crash after storing but before the state files were written
    for src in w.sources:
        src.commit = lambda poll: None
    w.poll_once(force=True)
    assert Store(cfg.db).count() == 2
    w2 = Watcher(cfg, Store(cfg.db), Pipeline.build(PIPE))
    s = w2.poll_once(force=True)
    assert s["new"] == 0 and s["known"] == 2 and Store(cfg.db).count() == 2


def test_feed_errors_are_retried_then_reported_in_status(tmp_path, site):
    cfg = write_config(tmp_path, site)
    site.set_feed([("1", "One", TEXTS[0])])
    site.fail_next = 1  # one 503, then success: the retry absorbs it
    w = Watcher(cfg, Store(cfg.db), Pipeline.build(PIPE))
    assert w.poll_once(force=True)["new"] == 1
    site.fail_next = 10  # more failures than retries: reported, watching goes on
    site.set_feed([("1", "One", TEXTS[0]), ("2", "Two", TEXTS[2])])
    s = w.poll_once(force=True)
    assert s["errors"] == 1
    from khabar.watch.runner import read_status

    st = read_status(cfg.state_dir)["sources"]["feed"]
    assert "503" in st["last_error"]
    site.fail_next = 0
    assert w.poll_once(force=True)["new"] == 1  # the missed item arrives on the next poll


def test_alerts_fire_once_across_restarts_to_file_and_webhook(tmp_path, site):
    site.set_feed([])
    alerts = f'''
[[alert]]
name = "kim"
actor = "Kim Jong Un"
sink = "file:{tmp_path / 'alerts.jsonl'}"
[[alert]]
name = "kim-hook"
type = "MEET"
actor = "Kim Jong Un"
sink = "webhook:{site.url}/hook"
[[alert]]
name = "nobody"
actor = "Nobody Known"
sink = "stdout"
'''
    cfg = write_config(tmp_path, site, alerts)
    drop(tmp_path, "a.txt", TEXTS[0])
    w = Watcher(cfg, Store(cfg.db), Pipeline.build(PIPE))
    assert w.poll_once(force=True)["alerts"] == 2
    w2 = Watcher(cfg, Store(cfg.db), Pipeline.build(PIPE))  # restart
    assert w2.poll_once(force=True)["alerts"] == 0
    drop(tmp_path, "b.txt", TEXTS[2])
    assert w2.poll_once(force=True)["alerts"] == 2
    lines = [json.loads(x) for x in (tmp_path / "alerts.jsonl").read_text().splitlines()]
    assert [x["alert"] for x in lines] == ["kim", "kim"] and len({x["event"] for x in lines}) == 2
    assert [h["alert"] for h in site.hooks] == ["kim-hook", "kim-hook"]


def test_bad_config_is_a_clear_error(tmp_path):
    p = tmp_path / "w.toml"
    p.write_text('[[source]]\nname = "x"\nkind = "feed"\nurl = "file:///etc/passwd"\n')
    with pytest.raises(ConfigError, match="http"):
        load_config(p)
    p.write_text('[[source]]\nname = "x"\nkind = "folder"\n')
    with pytest.raises(ConfigError, match="path"):
        load_config(p)
