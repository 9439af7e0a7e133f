import gzip
import io
import json

from khabar.model import Document
from khabar.read import ReadError, read_bytes, read_path, sniff

HINDI = "रूस के राष्ट्रपति पुतिन बुधवार को प्योंगयांग पहुंचे। किम जोंग उन ने उनका स्वागत किया।"


def docs(items):
    return [i for i in items if isinstance(i, Document)]


def errs(items):
    return [i for i in items if isinstance(i, ReadError)]


def test_plain_text_utf8_and_headline_title(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("पुतिन प्योंगयांग पहुंचे\n" + HINDI, encoding="utf-8")
    [d] = docs(read_path(p))
    assert d.title == "पुतिन प्योंगयांग पहुंचे" and HINDI in d.raw_text and d.source == str(p)


def test_non_utf8_encodings_are_detected(tmp_path):
    (tmp_path / "w.txt").write_bytes("Café owners in Zürich said the “crisis” was over — for now.".encode("cp1252"))
    (tmp_path / "u16.txt").write_bytes(HINDI.encode("utf-16"))
    got = {d.source.rsplit("/", 1)[-1]: d.raw_text for d in docs(read_path(tmp_path))}
    assert "“crisis”" in got["w.txt"] and "Zürich" in got["w.txt"]
    assert got["u16.txt"] == HINDI


def test_bad_inputs_become_clear_errors(tmp_path):
    (tmp_path / "bin.txt").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\t \n")
    (tmp_path / "bad-utf8.txt").write_bytes(b"Kim met Putin \xff\xfe\xfa in Vostochny on Wednesday.")
    items = list(read_path(tmp_path))
    by = {e.source.rsplit("/", 1)[-1]: e.error for e in errs(items)}
    assert "binary" in by["bin.txt"]
    assert "empty" in by["empty.txt"] and "empty" in by["blank.txt"]
    # invalid UTF-8 is decoded by the best-guess codec, not rejected
    assert [d.raw_text[:13] for d in docs(items)] == ["Kim met Putin"]
    assert list(read_path(tmp_path / "missing.txt"))[0].error == "no such file or directory"


HTML = """<!doctype html><html lang="hi"><head><title>पुतिन प्योंगयांग पहुंचे | खबर</title>
<meta property="article:published_time" content="2024-06-19T04:30:00+05:30">
<script>alert('x')</script></head><body><nav>होम | देश | दुनिया</nav>
<article><h1>पुतिन प्योंगयांग पहुंचे</h1><p>{p}</p><p>{p}</p></article>
<footer>© 2024 खबर. सर्वाधिकार सुरक्षित।</footer></body></html>"""


def test_html_main_text_title_and_date():
    [d] = docs(read_bytes(HTML.format(p=HINDI).encode(), "page.html"))
    assert HINDI in d.raw_text
    assert "alert" not in d.raw_text and "होम | देश" not in d.raw_text
    assert d.title.startswith("पुतिन प्योंगयांग पहुंचे")
    assert d.published.startswith("2024-06-19")


def test_jsonl_lines_and_broken_line_does_not_stop_the_file(tmp_path):
    lines = [
        json.dumps({"text": HINDI, "title": "t1", "url": "https://x.in/1", "published": "2024-06-19"}, ensure_ascii=False),
        "{broken json",
        json.dumps({"title": "no text"}),
        json.dumps({"text": "Kim arrived in Russia on Tuesday for talks with Putin.", "published": "2023-09-12"}),
    ]
    p = tmp_path / "batch.jsonl"
    p.write_text("\n".join(lines), encoding="utf-8")
    items = list(read_path(p))
    ds, es = docs(items), errs(items)
    assert [d.title for d in ds] == ["t1", None]
    assert ds[0].url == "https://x.in/1" and ds[0].published == "2024-06-19" and ds[1].published == "2023-09-12"
    assert [e.source for e in es] == [f"{p}:2", f"{p}:3"]
    assert "invalid JSON" in es[0].error and "no text field" in es[1].error


RSS = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Feed</title>
<item><title>पुतिन पहुंचे</title><link>https://x.in/a</link><pubDate>Wed, 19 Jun 2024 04:30:00 +0530</pubDate>
<description><![CDATA[<p>{HINDI}</p>]]></description></item>
<item><title>empty</title><description></description></item></channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
<entry><title>Kim in Russia</title><link href="https://x.com/k"/><updated>2023-09-13T10:00:00Z</updated>
<content type="html">&lt;p&gt;Kim Jong Un held talks with Vladimir Putin at the Vostochny cosmodrome.&lt;/p&gt;</content></entry></feed>"""


def test_rss_and_atom():
    items = list(read_bytes(RSS.encode(), "feed.rss"))
    [d] = docs(items)
    assert d.title == "पुतिन पहुंचे" and d.url == "https://x.in/a" and HINDI in d.raw_text
    assert d.published == "2024-06-19T04:30:00+05:30"
    assert "empty" in errs(items)[0].error
    [a] = docs(read_bytes(ATOM.encode(), "feed.atom"))
    assert a.url == "https://x.com/k" and a.published == "2023-09-13T10:00:00Z"
    assert a.raw_text.startswith("Kim Jong Un held talks")


def test_billion_laughs_feed_is_rejected():
    bomb = """<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
<rss><channel><item><description>&lol2;</description></item></channel></rss>"""
    [e] = list(read_bytes(bomb.encode(), "bomb.xml", "feed"))
    assert isinstance(e, ReadError) and "unsafe XML" in e.error


def _warc(records):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=True)
    for uri, ctype, body in records:
        http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.0")
        w.write_record(w.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=http))
    return buf.getvalue()


def test_warc_html_records_become_documents(tmp_path):
    data = _warc([
        ("https://x.in/a", "text/html; charset=utf-8", HTML.format(p=HINDI).encode()),
        ("https://x.in/logo.png", "image/png", b"\x89PNG...."),
        ("https://x.in/b.txt", "text/plain", "Kim met Putin at the Vostochny cosmodrome on Wednesday.".encode()),
    ])
    p = tmp_path / "crawl.warc.gz"
    p.write_bytes(data)
    assert sniff(data) == "warc"
    ds = docs(read_path(p))
    assert [d.url for d in ds] == ["https://x.in/a", "https://x.in/b.txt"]
    assert HINDI in ds[0].raw_text


def test_truncated_warc_is_an_error_not_a_crash():
    data = _warc([("https://x.in/a", "text/plain", b"Kim met Putin. " * 100)])
    items = list(read_bytes(data[: len(data) // 2], "cut.warc.gz", "warc"))
    assert items and all(isinstance(i, ReadError) for i in items)
