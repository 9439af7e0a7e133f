"""Bounded load test on loopback: concurrent API reads while an ingest runs.

Starts `khabar serve` (a real uvicorn process) over a fresh store holding the seeds, then for
--seconds runs --readers threads issuing a mix of GET requests (articles, one article, events,
entities, search in Devanagari and Bengali, timeline) while one writer thread POSTs new articles
(token-authenticated) through the full pipeline. Prints requests/s, errors and latency
percentiles per kind. Goal: 0 errors.

    python benchmarks/load.py [--seconds 15] [--readers 8] [--port 8765]
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
TOKEN = "load-test-token"

READS = [
    "/api/articles",
    "/api/events?type=GIFT",
    "/api/events",
    "/api/entities",
    "/api/search?q=" + urllib.parse.quote("पुतिन"),
    "/api/search?q=" + urllib.parse.quote("উপহার"),
    "/api/timeline",
    "/api/quotes",
    "/",
]
INGEST_TEXTS = [
    "रूस के राष्ट्रपति व्लादिमीर पुतिन ने {n} नंबर की बैठक में उत्तर कोरिया के नेता किम जोंग उन से बातचीत की। दोनों नेताओं ने सहयोग पर चर्चा की।",
    "রাশিয়ার প্রেসিডেন্ট ভ্লাদিমির পুতিন {n} নম্বর বৈঠকে কিম জং-উনকে একটি উপহার দেন। দুই নেতা আলোচনা করেন।",
    "Russian President Vladimir Putin met North Korean leader Kim Jong Un for meeting number {n} and thanked him for his support.",
]


def percentile(xs: list[float], p: float) -> float:
    if not xs:
        return float("nan")
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def wait_up(port: int, timeout: float = 60) -> None:
    t0 = time.time()
    while time.time() - t0 < timeout:
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            c.request("GET", "/api/articles?limit=1")
            if c.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("server did not start")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=15)
    ap.add_argument("--readers", type=int, default=8)
    ap.add_argument("--port", type=int, default=8765)
    args = ap.parse_args()

    tmp = tempfile.mkdtemp(prefix="khabar-load-")
    db = os.path.join(tmp, "k.db")
    khabar = [sys.executable, "-m", "khabar.cli"]
    subprocess.run(khabar + ["run", str(SEEDS), "--db", db, "--json"], check=True, stdout=subprocess.DEVNULL)
    env = dict(os.environ, KHABAR_TOKEN=TOKEN)
    server = subprocess.Popen(khabar + ["serve", "--db", db, "--port", str(args.port)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_up(args.port)
        c = http.client.HTTPConnection("127.0.0.1", args.port)
        c.request("GET", "/api/articles")
        ids = [a["id"] for a in json.loads(c.getresponse().read())]
        reads = READS + [f"/api/articles/{i}" for i in ids]
        stop = threading.Event()
        lat: dict[str, list[float]] = {"read": [], "write": []}
        errors: dict[str, list[str]] = {"read": [], "write": []}
        lock = threading.Lock()

        def record(kind: str, dt: float, err: str | None) -> None:
            with lock:
                (errors[kind].append(err) if err else lat[kind].append(dt))

        def reader(seed: int) -> None:
            rnd = random.Random(seed)
            conn = http.client.HTTPConnection("127.0.0.1", args.port, timeout=30)
            while not stop.is_set():
                path = rnd.choice(reads)
                t = time.perf_counter()
                try:
                    conn.request("GET", path)
                    r = conn.getresponse()
                    r.read()
                    record("read", time.perf_counter() - t, None if r.status == 200 else f"{path}: HTTP {r.status}")
                except Exception as e:
                    record("read", 0, f"{path}: {type(e).__name__}: {e}")
                    conn = http.client.HTTPConnection("127.0.0.1", args.port, timeout=30)

        def writer() -> None:
            conn = http.client.HTTPConnection("127.0.0.1", args.port, timeout=60)
            n = 0
            while not stop.is_set():
                n += 1
                body = json.dumps({"text": INGEST_TEXTS[n % 3].format(n=n), "title": f"load {n}"}, ensure_ascii=False)
                t = time.perf_counter()
                try:
                    conn.request("POST", "/api/articles", body=body.encode(),
                                 headers={"Content-Type": "application/json", "Authorization": f"Bearer {TOKEN}"})
                    r = conn.getresponse()
                    r.read()
                    ok = r.status in (200, 201)
                    record("write", time.perf_counter() - t, None if ok else f"POST: HTTP {r.status}")
                except Exception as e:
                    record("write", 0, f"POST: {type(e).__name__}: {e}")
                    conn = http.client.HTTPConnection("127.0.0.1", args.port, timeout=60)

        threads = [threading.Thread(target=reader, args=(i,)) for i in range(args.readers)] + [threading.Thread(target=writer)]
        t0 = time.perf_counter()
        for t in threads:
            t.start()
        time.sleep(args.seconds)
        stop.set()
        for t in threads:
            t.join()
        wall = time.perf_counter() - t0
    finally:
        server.terminate()
        server.wait(10)

    cores = os.cpu_count()
    print(f"khabar load test: {args.readers} readers + 1 ingest writer, {wall:.1f}s on loopback, {cores} cores")
    print(f"{'kind':6} {'requests':>9} {'req/s':>8} {'errors':>7} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8}")
    for kind in ("read", "write"):
        xs = lat[kind]
        print(f"{kind:6} {len(xs) + len(errors[kind]):9d} {len(xs) / wall:8.1f} {len(errors[kind]):7d} "
              f"{percentile(xs, 50) * 1000:8.1f} {percentile(xs, 99) * 1000:8.1f} {max(xs, default=0) * 1000:8.1f}")
    for kind in ("read", "write"):
        for e in errors[kind][:5]:
            print(f"  {kind} error: {e}")
    total_errors = sum(len(v) for v in errors.values())
    print("errors: 0 (goal met)" if total_errors == 0 else f"errors: {total_errors}")
    sys.exit(1 if total_errors else 0)


if __name__ == "__main__":
    main()
