"""``khabar serve`` as a user starts it: token from KHABAR_TOKEN, loopback, same store as the CLI."""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

from khabar.store import Store


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _request(url, data=None, token=None):
    req = urllib.request.Request(url, data=json.dumps(data).encode() if data is not None else None,
                                 headers={"Content-Type": "application/json"} if data is not None else {})
    if token:
        req.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, json.loads(r.read() or b"null")
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"null")


def test_serve_reads_and_token_protected_ingest(tmp_db):
    port = _free_port()
    env = dict(os.environ, KHABAR_TOKEN="tok-123")
    proc = subprocess.Popen([sys.executable, "-m", "khabar.cli", "serve", "--port", str(port), "--db", tmp_db],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 30
        while True:
            try:
                status, meta = _request(base + "/api/meta")
                break
            except (urllib.error.URLError, ConnectionError):
                assert proc.poll() is None and time.time() < deadline, proc.stdout.read().decode() if proc.poll() is not None else "timeout"
                time.sleep(0.2)
        assert status == 200 and meta["writes"] is True and meta["counts"]["articles"] == 0
        article = {"text": "কলকাতায় বুধবার মুখ্যমন্ত্রী একটি নতুন প্রকল্পের ঘোষণা করেছেন। বিরোধীরা এর সমালোচনা করেছে।"}
        assert _request(base + "/api/articles", article)[0] == 401
        status, body = _request(base + "/api/articles", article, token="tok-123")
        assert status == 201 and body["lang"] == "bn"
        assert _request(base + "/api/articles")[1][0]["id"] == body["id"]
    finally:
        proc.terminate()
        proc.wait(10)
    assert Store(tmp_db).count() == 1  # written to the store the CLI reads
