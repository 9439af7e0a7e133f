"""Full-text search over stored articles in any script.

On SQLite the index is an FTS5 table with the ``trigram`` tokenizer: it
matches any substring of three or more characters, so it needs no word
splitter and works the same for Devanagari, Bengali, Latin or Arabic text
(Indic words are often joined to postpositions and suffixes, which a word
tokenizer would miss). The index is derived data, kept beside the store's
tables and brought up to date lazily before each search, so the store's
writers never need to know about it. Terms shorter than three characters, other
databases and SQLite builds without FTS5 fall back to parameterised ``LIKE``.
"""
from __future__ import annotations

import re
import threading
import unicodedata
import weakref
from typing import Any

from sqlalchemy import and_, select, text
from sqlalchemy.exc import OperationalError

from ..store import Store
from ..store import schema as S

FTS_TABLE = "khabar_fts"
FTS_DOCS = "khabar_fts_docs"  # doc_id -> rowid in FTS_TABLE, to find what is new or gone
MIN_TRIGRAM = 3
MAX_TERMS = 8
MAX_QUERY_CHARS = 200
SNIPPET_WIDTH = 60

_sync_lock = threading.Lock()
_fts_ok: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # Store -> bool


def query_terms(q: str) -> list[str]:
    """NFC-normalised, whitespace-separated terms (articles are stored NFC)."""
    q = unicodedata.normalize("NFC", q or "")[:MAX_QUERY_CHARS]
    seen: list[str] = []
    for t in q.split():
        if t not in seen:
            seen.append(t)
    return seen[:MAX_TERMS]


def fts_available(store: Store) -> bool:
    """True when the store is SQLite with FTS5 + trigram; creates the index tables once."""
    if store in _fts_ok:
        return _fts_ok[store]
    ok = False
    if store.engine.dialect.name == "sqlite":
        try:
            with store.engine.begin() as c:
                c.execute(text(f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} "
                               "USING fts5(title, body, tokenize='trigram')"))
                c.execute(text(f"CREATE TABLE IF NOT EXISTS {FTS_DOCS} (doc_id TEXT PRIMARY KEY, fts_rowid INTEGER)"))
            ok = True
        except OperationalError:  # SQLite built without FTS5 or older than 3.34 (no trigram)
            ok = False
    _fts_ok[store] = ok
    return ok


def sync_index(store: Store, batch: int = 500) -> int:
    """Index articles not yet indexed and drop entries of deleted ones. Returns how many were added."""
    if not fts_available(store):
        return 0
    added = 0
    with _sync_lock:
        try:
            with store.engine.begin() as c:
                gone = c.execute(text(
                    f"SELECT f.doc_id, f.fts_rowid FROM {FTS_DOCS} f LEFT JOIN articles a ON a.id = f.doc_id "
                    "WHERE a.id IS NULL")).all()
                for doc_id, rowid in gone:
                    c.execute(text(f"DELETE FROM {FTS_TABLE} WHERE rowid = :r"), {"r": rowid})
                    c.execute(text(f"DELETE FROM {FTS_DOCS} WHERE doc_id = :d"), {"d": doc_id})
                while True:
                    rows = c.execute(text(
                        f"SELECT a.id, a.title, a.text FROM articles a LEFT JOIN {FTS_DOCS} f ON f.doc_id = a.id "
                        "WHERE f.doc_id IS NULL LIMIT :n"), {"n": batch}).all()
                    if not rows:
                        break
                    for doc_id, title, body in rows:
                        res = c.execute(text(f"INSERT INTO {FTS_TABLE}(title, body) VALUES (:t, :b)"),
                                        {"t": title or "", "b": body or ""})
                        c.execute(text(f"INSERT INTO {FTS_DOCS}(doc_id, fts_rowid) VALUES (:d, :r)"),
                                  {"d": doc_id, "r": res.lastrowid})
                    added += len(rows)
        except OperationalError:
            # Another process is writing; search what is indexed now, catch up next time.
            return 0
    return added


def _fts_phrase(term: str) -> str:
    # A double-quoted FTS5 string is matched literally; quotes inside are doubled.
    return '"' + term.replace('"', '""') + '"'


def _like_pattern(term: str) -> str:
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _candidate_ids(store: Store, terms: list[str], lang: str | None, limit: int) -> list[str]:
    long_terms = [t for t in terms if len(t) >= MIN_TRIGRAM]
    short_terms = [t for t in terms if len(t) < MIN_TRIGRAM]
    a = S.articles.c
    like = [(a.text.ilike(_like_pattern(t), escape="\\") | a.title.ilike(_like_pattern(t), escape="\\"))
            for t in short_terms]
    if long_terms and fts_available(store):
        sync_index(store)
        match = " ".join(_fts_phrase(t) for t in long_terms)
        sql = (f"SELECT d.doc_id FROM {FTS_TABLE} JOIN {FTS_DOCS} d ON d.fts_rowid = {FTS_TABLE}.rowid "
               f"JOIN articles a ON a.id = d.doc_id WHERE {FTS_TABLE} MATCH :m"
               + (" AND a.lang = :lang" if lang else "") + f" ORDER BY bm25({FTS_TABLE}) LIMIT :n")
        params: dict[str, Any] = {"m": match, "n": limit * 4 if short_terms else limit}
        if lang:
            params["lang"] = lang
        with store.engine.connect() as c:
            ids = [r[0] for r in c.execute(text(sql), params)]
        if not short_terms or not ids:
            return ids[:limit]
        q = select(a.id).where(a.id.in_(ids), and_(*like))
        with store.engine.connect() as c:
            keep = {r[0] for r in c.execute(q)}
        return [i for i in ids if i in keep][:limit]
    # LIKE fallback: every term must occur in the title or the text.
    like += [(a.text.ilike(_like_pattern(t), escape="\\") | a.title.ilike(_like_pattern(t), escape="\\"))
             for t in long_terms]
    q = select(a.id).where(and_(*like)).order_by(a.published.desc().nulls_last(), a.id).limit(limit)
    if lang:
        q = q.where(a.lang == lang)
    with store.engine.connect() as c:
        return [r[0] for r in c.execute(q)]


def find_matches(text_: str, terms: list[str], cap: int = 50) -> list[dict[str, int]]:
    """Character offsets of the (case-insensitive) occurrences, in text order.

    Where the whole query occurs as a phrase, only the phrase is marked, so a short
    term is not highlighted inside every unrelated word that contains it.
    """
    out: list[dict[str, int]] = []
    if len(terms) > 1:
        phrase = r"\s+".join(re.escape(t) for t in terms)
        out = [dict(start=m.start(), end=m.end()) for m in re.finditer(phrase, text_, flags=re.IGNORECASE)][:cap]
        if out:
            return out
    for t in terms:
        for m in re.finditer(re.escape(t), text_, flags=re.IGNORECASE):
            out.append(dict(start=m.start(), end=m.end()))
            if len(out) >= cap:
                break
    return sorted(out, key=lambda d: d["start"])


def search(store: Store, q: str, lang: str | None = None, limit: int = 20) -> list[dict[str, Any]]:
    """Articles containing every term of ``q``, with a snippet and match offsets into the text."""
    terms = query_terms(q)
    if not terms:
        return []
    ids = _candidate_ids(store, terms, lang, limit)
    if not ids:
        return []
    a = S.articles.c
    with store.engine.connect() as c:
        rows = {r["id"]: dict(r) for r in c.execute(
            select(a.id, a.title, a.lang, a.script, a.published, a.url, a.text).where(a.id.in_(ids))).mappings()}
    results = []
    for doc_id in ids:
        r = rows.get(doc_id)
        if r is None:
            continue
        body = r.pop("text") or ""
        matches = find_matches(body, terms)
        first = matches[0] if matches else dict(start=0, end=0)
        s0, s1 = max(0, first["start"] - SNIPPET_WIDTH), min(len(body), first["end"] + SNIPPET_WIDTH)
        r.update(snippet=body[s0:s1], snippet_start=s0, matches=matches)
        results.append(r)
    return results
