"""End to end through the CLI: the commands a user types, on the seeds and on bad input."""
import json

from typer.testing import CliRunner

from khabar.cli import app
from khabar.store import Store

runner = CliRunner()
FOUNDATION = ["--stages", "clean,langid,segment"]


def test_run_seeds_report_then_idempotent_rerun(seeds_dir, tmp_db):
    r = runner.invoke(app, ["run", str(seeds_dir), "--db", tmp_db, *FOUNDATION])
    assert r.exit_code == 0, r.output
    assert "2 new" in r.output and "উৎস লিঙ্ক" in r.output and "মন্তব্য (0)" in r.output
    n = Store(tmp_db).count()
    r2 = runner.invoke(app, ["run", str(seeds_dir), "--db", tmp_db, *FOUNDATION, "--json"])
    rows = [json.loads(x) for x in r2.output.splitlines()]
    assert {x["status"] for x in rows} == {"known"}
    assert Store(tmp_db).count() == n == 2


def test_articles_and_show_read_back(seeds_dir, tmp_db):
    runner.invoke(app, ["run", str(seeds_dir), "--db", tmp_db, *FOUNDATION])
    rows = [json.loads(x) for x in runner.invoke(app, ["articles", "--db", tmp_db, "--json"]).output.splitlines()]
    assert sorted(r["lang"] for r in rows) == ["bn", "hi"]
    hi = next(r for r in rows if r["lang"] == "hi")
    shown = runner.invoke(app, ["show", hi["id"][:8], "--db", tmp_db])
    assert shown.exit_code == 0 and "प्योंगगयांग" in shown.output
    doc = json.loads(runner.invoke(app, ["show", hi["id"], "--db", tmp_db, "--json"]).output)
    assert len(doc["sentences"]) == hi["n_sentences"] > 20
    assert runner.invoke(app, ["show", "nonexistent", "--db", tmp_db]).exit_code == 1


def test_bad_file_is_reported_and_batch_goes_on(tmp_path, tmp_db):
    tmp_path = tmp_path / "in"
    tmp_path.mkdir()
    (tmp_path / "good.txt").write_text("Kim Jong Un arrived in Russia on Tuesday for talks with Vladimir Putin.")
    (tmp_path / "bad.bin").write_bytes(b"\x00\x01\x02" * 500)
    (tmp_path / "empty.txt").write_text("")
    r = runner.invoke(app, ["run", str(tmp_path), "--db", tmp_db, *FOUNDATION, "--json"])
    assert r.exit_code == 0
    rows = [json.loads(x) for x in r.output.splitlines()]
    assert sorted(x["status"] for x in rows) == ["error", "error", "new"]
    assert len(Store(tmp_db).errors()) == 2


def test_nothing_processable_exits_nonzero(tmp_path, tmp_db):
    (tmp_path / "empty.txt").write_text("")
    r = runner.invoke(app, ["run", str(tmp_path / "empty.txt"), "--db", tmp_db, *FOUNDATION])
    assert r.exit_code == 1 and "empty" in r.output


def test_stdin_input(tmp_db):
    r = runner.invoke(app, ["run", "-", "--db", tmp_db, *FOUNDATION, "--json"],
                      input="পুতিন ও কিম ভোস্টোচনিতে আলোচনা করেন। তারা উপহার বিনিময় করেন।")
    [row] = [json.loads(x) for x in r.output.splitlines()]
    assert row["status"] == "new" and row["lang"] == "bn" and row["sentences"] == 2


def test_quotes_show_a_speaker_named_only_by_office(tmp_path, tmp_db):
    src = tmp_path / "a.txt"
    src.write_text("पुतिन ने किम से मुलाकात की। बाद में वित्त मंत्री ने कहा कि अर्थव्यवस्था मजबूत है और निवेश बढ़ेगा।",
                   encoding="utf-8")
    assert runner.invoke(app, ["run", str(src), "--db", tmp_db]).exit_code == 0
    r = runner.invoke(app, ["quotes", "--db", tmp_db], env={"COLUMNS": "200"})
    assert r.exit_code == 0 and "वित्त मंत्री" in r.output
    assert "Vladimir Putin" not in r.output and "Kim Jong Un" not in r.output  # nobody guessed
