"""`--engine dask` stores exactly what the single-process run stores on the same input."""
from __future__ import annotations

import json
import logging
import shutil

import pytest
from sqlalchemy import Integer, select

from khabar.engine import local
from khabar.pipeline import Pipeline
from khabar.store import Store
from khabar.store import schema as S

distributed = pytest.importorskip("distributed")
dask_engine = pytest.importorskip("khabar.engine.dask")

# New sentences (not the seeds' wording) in the three languages, one article per file.
ARTICLES = {
    "hi_1.txt": "नई दिल्ली में मंगलवार को प्रधानमंत्री नरेंद्र मोदी ने जापान के प्रधानमंत्री से मुलाकात की। "
                "दोनों नेताओं ने व्यापार और रक्षा पर बातचीत की। विदेश मंत्रालय ने एक बयान जारी किया।",
    "hi_2.txt": "रूस के राष्ट्रपति व्लादिमीर पुतिन 5 जुलाई को बीजिंग पहुंचे। उन्होंने कहा, \"हमारी दोस्ती मजबूत है।\" "
                "चीन के राष्ट्रपति शी जिनपिंग ने उनका स्वागत किया।",
    "bn_1.txt": "ঢাকায় বুধবার প্রধানমন্ত্রী শেখ হাসিনা ভারতের পররাষ্ট্রমন্ত্রীর সঙ্গে বৈঠক করেন। "
                "বৈঠকে তিস্তা নদীর পানি নিয়ে আলোচনা হয়। তিনি বলেন, \"আমরা সমাধান চাই।\"",
    "en_1.txt": "President Joe Biden met German Chancellor Olaf Scholz in Washington on 9 February 2024. "
                "The two leaders discussed aid to Ukraine. \"We stand together,\" Scholz said.",
}


@pytest.fixture(scope="module")
def inputs(tmp_path_factory, seeds_dir_module):
    d = tmp_path_factory.mktemp("in")
    for name, text in ARTICLES.items():
        (d / name).write_text(text, encoding="utf-8")
    for seed in sorted(seeds_dir_module.glob("*.txt")):
        shutil.copy(seed, d / seed.name)
    (d / "dup_of_hi_1.txt").write_text(ARTICLES["hi_1.txt"] + "\n", encoding="utf-8")  # same id as hi_1
    with open(d / "shard.jsonl", "w", encoding="utf-8") as f:  # a JSONL shard with a bad line
        f.write(json.dumps({"text": ARTICLES["en_1.txt"].replace("Washington", "Berlin"), "url": "http://x/1",
                            "title": "Leaders meet", "published": "2024-02-09"}) + "\n")
        f.write("{not json\n")
    (d / "zz_binary.txt").write_bytes(b"\x00\x01\x02" * 40)
    return d


@pytest.fixture(scope="module")
def seeds_dir_module():
    from conftest import SEEDS

    return SEEDS


@pytest.fixture(scope="module")
def client():
    # Threads, not processes: one language-ID model in memory and a fast start. Two
    # workers still run partitions concurrently and ship results through the scheduler.
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None,
                                  silence_logs=logging.ERROR) as cluster, distributed.Client(cluster) as c:
        yield c


def _facts(db: str) -> dict:
    """Every row a run stores, minus surrogate row ids and ingestion times."""
    s = Store(db)
    out = {}
    with s.engine.connect() as c:
        for t in S.metadata.sorted_tables:
            cols = [col for col in t.c if col.name not in ("ingested_at", "at")
                    and not (col.name == "id" and isinstance(col.type, Integer))]
            out[t.name] = sorted(json.dumps(dict(r), sort_keys=True, ensure_ascii=False, default=str)
                                 for r in c.execute(select(*cols)).mappings())
    s.close()
    return out


def test_dask_run_stores_the_same_as_the_local_run(tmp_path, inputs, client):
    pipeline = Pipeline.build()
    local_db, dask_db = str(tmp_path / "local.db"), str(tmp_path / "dask.db")
    lrep = local.run([str(inputs)], Store(local_db), pipeline)
    # tiny partitions so the input spreads over several tasks
    drep = dask_engine.run([str(inputs)], Store(dask_db), pipeline, client=client, partition_files=2,
                           parts_dir=tmp_path / "parts")

    assert [(r.status, r.source) for r in drep.results] == [(r.status, r.source) for r in lrep.results]
    statuses = [r.status for r in lrep.results]
    assert statuses.count("new") == len(ARTICLES) + 3  # + 2 seeds + the JSONL article
    assert statuses.count("known") == 1 and statuses.count("error") >= 2  # duplicate; bad JSON line, binary file

    local_facts, dask_facts = _facts(local_db), _facts(dask_db)
    assert local_facts["articles"] and local_facts["mentions"] and local_facts["events"]
    assert dask_facts == local_facts

    parts = sorted((tmp_path / "parts").glob("part-*.parquet"))
    assert len(parts) >= 4
    import pyarrow.parquet as pq

    table = pq.read_table(parts)
    assert table.num_rows == len(lrep.results)  # a row per article and per read error
    assert set(table.column("status").to_pylist()) == {"done", "error"}


def test_dask_rerun_skips_stored_articles_on_the_workers(tmp_path, inputs, client):
    db = str(tmp_path / "k.db")
    store = Store(db)
    dask_engine.run([str(inputs)], store, client=client, partition_files=3)
    n = store.count()
    again = dask_engine.run([str(inputs)], store, client=client, partition_files=3)
    assert store.count() == n
    assert {r.status for r in again.results} == {"known", "error"}
    assert all(r.doc.id for r in again.of("known"))


def test_partitions_keep_reading_order_and_respect_budgets(inputs):
    files = [str(p) for p in sorted(inputs.rglob("*")) if p.is_file()]
    parts = dask_engine.plan_partitions([str(inputs)], max_files=3)
    assert [f for p in parts for f in p] == files
    assert all(len(p) <= 3 for p in parts)
    big = dask_engine.plan_partitions([str(inputs)], max_bytes=1)  # every file over budget: one per partition
    assert [len(p) for p in big] == [1] * len(files)
    with pytest.raises(ValueError, match="stdin"):
        dask_engine.plan_partitions(["-"])


def test_time_limit_holds_in_worker_threads(tmp_path):
    # SIGALRM cannot reach a Dask worker thread; the limit is then checked between stages
    import threading

    from khabar.model import Document
    from khabar.pipeline import stage

    @stage("slow_dask_test", requires={"text"}, provides={"nothing"})
    def slow(doc: Document) -> Document:
        import time

        time.sleep(0.5)
        return doc

    (tmp_path / "a.txt").write_text(ARTICLES["en_1.txt"], encoding="utf-8")
    rows = []
    t = threading.Thread(target=lambda: rows.extend(dask_engine.process_files(
        [str(tmp_path / "a.txt")], ("clean", "slow_dask_test"), 2_000_000, frozenset(), False, None, 0.2)))
    t.start()
    t.join()
    [row] = rows
    assert row["status"] == "error" and "longer than 0.2s" in row["error"] and "slow_dask_test" in row["error"]
