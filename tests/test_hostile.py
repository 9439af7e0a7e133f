"""A hostile corpus, generated here: every input is processed or rejected with a
clear per-file error, and the batch always finishes."""
import gzip
import io
import json

import pytest

from khabar.engine.local import Limits, run
from khabar.pipeline import Pipeline
from khabar.store import Store

FOUNDATION = ["clean", "langid", "segment"]
GOOD = "Kim Jong Un arrived in Vladivostok on Tuesday and met Vladimir Putin for talks that lasted five hours."


def _warc_bomb() -> bytes:
    """A WARC record whose payload inflates from ~100 kB to 100 MB."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=True)
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.0")

    class Zeros(io.RawIOBase):
        left = 100 * 1024 * 1024

        def readable(self):
            return True

        def readinto(self, b):
            n = min(len(b), self.left)
            b[:n] = b" " * n
            self.left -= n
            return n

    w.write_record(w.create_warc_record("https://bomb.example/", "response", payload=io.BufferedReader(Zeros()),
                                        http_headers=http, length=100 * 1024 * 1024))
    return buf.getvalue()


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    d = tmp_path_factory.mktemp("hostile")
    (d / "binary.bin").write_bytes(bytes(range(256)) * 100)
    (d / "utf16.txt").write_bytes(("किम जोंग उन ने पुतिन से मुलाकात की। " * 20).encode("utf-16"))
    (d / "cp1252.txt").write_bytes(("The minister’s “visit” to Zürich was cancelled. " * 10).encode("cp1252"))
    (d / "iscii-like.txt").write_bytes(bytes([0xA4, 0xB3, 0xDB, 0xC6, 0xE8, 0x20]) * 300)
    (d / "mixed-encodings.txt").write_bytes("पुतिन पहुंचे. ".encode() + "Zürich café".encode("latin-1") + b" ok.")
    (d / "empty.txt").write_bytes(b"")
    (d / "spaces.txt").write_bytes(b" \n\t\r\n   ")
    (d / "huge.txt").write_bytes(("क" * 99 + "\n").encode() * (50 * 1024 * 1024 // 298))  # ~50 MB
    (d / "bomb.warc.gz").write_bytes(_warc_bomb())
    script = "<script>" + "x=1;" * 10000 + "</script>"
    (d / "scripts.html").write_text(
        f"<html><head>{script}</head><body><iframe src='http://evil'></iframe>"
        f"<div data-x='{'a' * 1_000_000}'><p>From the page: {GOOD}</p><p>{GOOD}</p></div></body></html>")
    (d / "nested.html").write_text("<html><body>" + "<div>" * 20000 + f"<p>Deeply nested: {GOOD}</p>" + "</div>" * 20000 + "</body></html>")
    (d / "broken.jsonl").write_text("\n".join([json.dumps({"text": GOOD}), "{not json", "[1,2]", json.dumps({"text": GOOD + " Again."})]))
    (d / "laughs.rss").write_text('<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">'
                                  '<!ENTITY c "&b;&b;&b;&b;&b;&b;">]><rss><channel><item><description>&c;</description></item></channel></rss>')
    (d / "rtl-mixed.txt").write_text("وصل الرئيس الروسي فلاديمير بوتين إلى بيونغ يانغ. Putin arrived in Pyongyang. पुतिन प्योंगयांग पहुंचे।")
    (d / "no-punct.txt").write_text(("पुतिन किम मुलाकात बातचीत " * 3000).strip())
    return d


def test_hostile_corpus_never_kills_the_batch(hostile, tmp_path):
    store = Store(str(tmp_path / "k.db"))
    report = run([str(hostile)], store, Pipeline.build(FOUNDATION), limits=Limits(max_chars=2_000_000, max_seconds=60))
    by = {}
    for r in report.results:
        by.setdefault(r.source.split("#")[0].split("/")[-1].split(":")[0], []).append(r)
    status = {k: sorted(x.status for x in v) for k, v in by.items()}
    err = {k: " ".join(x.error or "" for x in v) for k, v in by.items()}
    assert status["binary.bin"] == ["error"] and "binary" in err["binary.bin"]
    assert status["empty.txt"] == ["error"] and status["spaces.txt"] == ["error"]
    assert status["huge.txt"] == ["error"] and "over the limit" in err["huge.txt"]
    assert status["bomb.warc.gz"] == ["error"] and "over" in err["bomb.warc.gz"]
    assert status["laughs.rss"] == ["error"] and "unsafe XML" in err["laughs.rss"]
    assert status["broken.jsonl"] == ["error", "error", "new", "new"]
    for ok in ("utf16.txt", "cp1252.txt", "scripts.html", "rtl-mixed.txt", "no-punct.txt", "mixed-encodings.txt"):
        assert status[ok] == ["new"], (ok, err[ok])
    # nested HTML: extracted or rejected, but with a reason either way
    assert status["nested.html"] in (["new"], ["error"])
    assert all(r.error for r in report.results if r.status == "error")
    docs = {r.source.split("/")[-1]: r.doc for r in report.results if r.status == "new"}
    assert "x=1" not in docs["scripts.html"].text and "evil" not in docs["scripts.html"].text
    assert [s.lang for s in docs["rtl-mixed.txt"].sentences] == ["ar", "en", "hi"]
    assert max(s.end - s.start for s in docs["no-punct.txt"].sentences) <= 1500
    assert store.count() == len(docs) and len(store.errors()) == len(report.of("error"))


def test_article_time_limit_is_enforced(tmp_path):
    from khabar.model import Document
    from khabar.pipeline import stage

    @stage("sleepy_test", requires={"text"}, provides={"nothing"})
    def sleepy(doc: Document) -> Document:
        import time

        time.sleep(5)
        return doc

    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(GOOD)
    report = run([str(src)], Store(str(tmp_path / "k.db")), Pipeline.build(["clean", "sleepy_test"]),
                 limits=Limits(max_seconds=0.3))
    [r] = report.results
    assert r.status == "error" and "longer than 0.3s" in r.error
