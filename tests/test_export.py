"""``khabar export``: JSONL, CSV, Parquet and PLOVER records keep the evidence and round-trip."""
from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from apidata import KIM, PUTIN, seeded_store
from khabar.cli import app
from khabar.export import export

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("export") / "k.db")
    seeded_store(path)
    return path


def _cli(*args):
    r = runner.invoke(app, list(args))
    assert r.exit_code == 0, r.output
    return r.stdout


def test_jsonl_events_carry_evidence_words(db):
    rows = [json.loads(x) for x in _cli("export", "--db", db, "--format", "jsonl").splitlines()]
    assert {r["id"] for r in rows} == {"ev-hi-tea", "ev-hi-art", "ev-bn-rifle"}
    tea = next(r for r in rows if r["id"] == "ev-hi-tea")
    assert tea["trigger"]["text"] == "गिफ्ट किया"
    assert "टी सेट" in tea["sentence_text"] and tea["evidence"][0]["text"] in tea["sentence_text"]


def test_jsonl_articles_are_whole_documents(db):
    docs = [json.loads(x) for x in _cli("export", "--db", db, "-f", "jsonl", "--what", "articles").splitlines()]
    assert {d["lang"] for d in docs} == {"hi", "bn"}
    for d in docs:
        for m in d["mentions"]:
            assert d["text"][m["start"]:m["end"]] == m["text"]


def test_plover_records(db):
    recs = [json.loads(x) for x in _cli("export", "--db", db, "--format", "plover").splitlines()]
    rifle = next(r for r in recs if r["id"] == "ev-bn-rifle")
    assert rifle["event"] == "COOPERATE" and rifle["date"] == "2023-09-13" and rifle["language"] == "bn"
    assert [a["entityId"] for a in rifle["source"]] == [PUTIN.id]
    assert [a["entityId"] for a in rifle["target"]] == [KIM.id]
    assert rifle["eventText"] == "উপহার দিয়েছেন" and rifle["eventText"] in rifle["text"]
    k = rifle["khabar"]
    assert k["type"] == "GIFT" and k["modality"] == "asserted" and k["cameo"] == "070"
    assert [r["actorText"] for r in k["otherRoles"]] == ["রাইফেল"]
    assert k["evidence"][0]["text"].endswith("উপহার দিয়েছেন")
    tea = next(r for r in recs if r["id"] == "ev-hi-tea")
    assert tea["khabar"]["sourceChain"] == [{"id": "Q4504119", "name": "Yuri Ushakov"}]


def test_csv_is_flat_and_parseable(db, tmp_path):
    out = tmp_path / "events.csv"
    runner.invoke(app, ["export", "--db", db, "-f", "csv", "--out", str(out)])
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == 3
    r = next(r for r in rows if r["id"] == "ev-hi-art")
    assert r["type"] == "GIFT" and r["lang"] == "hi"
    assert json.loads(r["trigger"])["text"] == "गिफ्ट कीं"


def test_parquet_round_trip(db, tmp_path):
    out = tmp_path / "m.parquet"
    assert export_store(db, "parquet", "mentions", str(out)) == 8  # 6 Hindi + 2 Bengali
    t = pq.read_table(out).to_pylist()
    assert {r["text"] for r in t} >= {"पुतिन", "কিম জং-উন"}
    assert all(isinstance(r["start"], int) for r in t)


def test_parquet_needs_a_file_and_plover_is_events_only(db):
    r = runner.invoke(app, ["export", "--db", db, "-f", "parquet"])
    assert r.exit_code == 2 and "--out" in r.output
    r = runner.invoke(app, ["export", "--db", db, "-f", "plover", "--what", "articles"])
    assert r.exit_code == 2
    assert runner.invoke(app, ["export", "--db", db, "-f", "xml"]).exit_code == 2


def test_empty_store_exports_nothing(tmp_path):
    db = str(tmp_path / "empty.db")
    assert _cli("export", "--db", db, "-f", "plover") == ""
    assert export_store(db, "parquet", "events", str(tmp_path / "e.parquet")) == 0


def export_store(db, fmt, what, out):
    from khabar.store import Store

    return export(Store(db), fmt, what, out)
