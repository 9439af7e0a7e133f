"""Crash safety: SIGKILL `khabar run` mid-batch, run it again, and nothing is lost or doubled."""
import os
import signal
import sqlite3
import subprocess
import sys
import time

from khabar.store import Store

N_FILES = 400


def _count(db: str) -> int:
    try:
        con = sqlite3.connect(db, timeout=5)
        try:
            return con.execute("select count(*) from articles").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return 0


def test_sigkill_mid_batch_then_rerun_is_consistent(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for i in range(N_FILES):
        (src / f"{i:04d}.txt").write_text(
            f"किम जोंग उन और व्लादिमीर पुतिन की मुलाकात संख्या {i} हुई। दोनों नेताओं ने {i} मिनट तक बातचीत की। "
            f"बैठक के बाद संयुक्त बयान जारी किया गया।", encoding="utf-8")
    db = str(tmp_path / "k.db")
    cmd = [sys.executable, "-m", "khabar.cli", "run", str(src), "--db", db, "--json"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    while _count(db) < 5 and time.time() < deadline and proc.poll() is None:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    killed_at = _count(db)
    assert 0 < killed_at < N_FILES, f"kill landed at {killed_at}; the test needs it mid-batch"

    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
    con = sqlite3.connect(db)
    assert con.execute("pragma integrity_check").fetchone()[0] == "ok"
    con.close()
    store = Store(db)
    assert store.count() == N_FILES  # nothing lost, nothing doubled
    # every stored article is whole: its fact tables agree with its document
    for doc in store.iter_documents():
        assert len(doc.sentences) == 3
        with store.engine.connect() as c:
            from sqlalchemy import func, select

            from khabar.store import schema as S

            n = c.execute(select(func.count()).select_from(S.mentions).where(S.mentions.c.doc_id == doc.id)).scalar_one()
        assert n == len(doc.mentions)
