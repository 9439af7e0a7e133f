"""Storage behind one interface: :class:`Store` over SQLAlchemy.

SQLite (default, embedded, WAL) and any SQLAlchemy URL (PostgreSQL) share the
same code. Each article is written in one transaction together with all its
facts, keyed by the content-hash id, so re-running an ingest adds nothing and
a crash mid-run leaves either the whole article or none of it.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator
from typing import Any

from sqlalchemy import create_engine, delete, event, func, insert, select
from sqlalchemy.engine import Engine

from ..model import Document, Entity
from . import schema as S

DEFAULT_DB = "khabar.db"


def db_url(db: str) -> str:
    return db if "://" in db else f"sqlite:///{db}"


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


class Store:
    def __init__(self, db: str = DEFAULT_DB):
        self.url = db_url(db)
        self.engine: Engine = create_engine(self.url, future=True)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        S.metadata.create_all(self.engine)

    # ---- writing -------------------------------------------------------
    def has(self, doc_id: str) -> bool:
        with self.engine.connect() as c:
            return c.execute(select(S.articles.c.id).where(S.articles.c.id == doc_id)).first() is not None

    def save(self, doc: Document, *, replace: bool = False) -> bool:
        """Write ``doc`` and its facts in one transaction. False if it was already stored."""
        with self.engine.begin() as c:
            exists = c.execute(select(S.articles.c.id).where(S.articles.c.id == doc.id)).first()
            if exists and not replace:
                return False
            if exists:
                self._delete_doc(c, doc.id)
            c.execute(insert(S.articles).values(
                id=doc.id, source=doc.source, url=doc.url, title=doc.title, published=doc.published,
                published_inferred=doc.published_inferred, lang=doc.lang, script=doc.script,
                n_sentences=len(doc.sentences), n_removed=len(doc.removed), text=doc.text,
                doc=doc.to_dict(), ingested_at=_now(),
            ))
            for ent in doc.entities.values():
                self._upsert_entity(c, ent)
            lang_of = _sentence_lang_lookup(doc)
            if doc.mentions:
                c.execute(insert(S.mentions), [
                    dict(doc_id=doc.id, start=m.start, end=m.end, text=m.text, label=m.label,
                         entity_id=m.entity_id, confidence=m.confidence, lang=lang_of(m.start), by=m.by)
                    for m in doc.mentions
                ])
            if doc.times:
                c.execute(insert(S.times), [
                    dict(doc_id=doc.id, start=t.start, end=t.end, text=t.text, value=t.value,
                         precision=t.precision, inferred=t.inferred, by=t.by)
                    for t in doc.times
                ])
            for ev in doc.events:
                d = _asdict(ev)
                c.execute(insert(S.events).values(
                    id=ev.id, doc_id=doc.id, type=ev.type, time=ev.time, place=ev.place,
                    modality=ev.modality, lang=lang_of(ev.trigger.start), data=d,
                ))
                if ev.roles:
                    c.execute(insert(S.event_roles), [
                        dict(event_id=ev.id, role=r.name, entity_id=r.entity_id, text=r.text) for r in ev.roles
                    ])
            if doc.quotes:
                c.execute(insert(S.quotes), [
                    dict(doc_id=doc.id, start=q.start, end=q.end, speaker=q.speaker, direct=q.direct, data=_asdict(q))
                    for q in doc.quotes
                ])
        return True

    def _delete_doc(self, c, doc_id: str) -> None:
        ev_ids = select(S.events.c.id).where(S.events.c.doc_id == doc_id)
        c.execute(delete(S.event_roles).where(S.event_roles.c.event_id.in_(ev_ids)))
        for t in (S.events, S.quotes, S.times, S.mentions):
            c.execute(delete(t).where(t.c.doc_id == doc_id))
        c.execute(delete(S.articles).where(S.articles.c.id == doc_id))

    def _upsert_entity(self, c, ent: Entity) -> None:
        row = c.execute(select(S.entities).where(S.entities.c.id == ent.id)).mappings().first()
        if row is None:
            c.execute(insert(S.entities).values(
                id=ent.id, type=ent.type, name=ent.name, qid=ent.qid, names=ent.names, keys=ent.keys, source=ent.source,
            ))
            return
        names = {k: list(v) for k, v in (row["names"] or {}).items()}
        changed = False
        for lang, vals in ent.names.items():
            for v in vals:
                if v not in names.setdefault(lang, []):
                    names[lang].append(v)
                    changed = True
        if changed:
            c.execute(S.entities.update().where(S.entities.c.id == ent.id).values(names=names))

    def record_error(self, source: str, error: str) -> None:
        with self.engine.begin() as c:
            c.execute(insert(S.errors).values(source=source, error=error, at=_now()))

    # ---- reading -------------------------------------------------------
    def get(self, doc_id: str) -> Document | None:
        """A stored document by id or unique id prefix."""
        with self.engine.connect() as c:
            row = c.execute(select(S.articles.c.doc).where(S.articles.c.id == doc_id)).first()
            if row is None and len(doc_id) >= 4:
                rows = c.execute(select(S.articles.c.doc).where(S.articles.c.id.like(doc_id + "%")).limit(2)).all()
                row = rows[0] if len(rows) == 1 else None
        return Document.from_dict(row[0]) if row else None

    def articles(self, limit: int | None = None, lang: str | None = None) -> list[dict[str, Any]]:
        a = S.articles.c
        q = select(a.id, a.source, a.url, a.title, a.published, a.published_inferred, a.lang, a.script,
                   a.n_sentences, a.n_removed, a.ingested_at).order_by(a.ingested_at, a.id)
        if lang:
            q = q.where(a.lang == lang)
        if limit:
            q = q.limit(limit)
        with self.engine.connect() as c:
            return [dict(r) for r in c.execute(q).mappings()]

    def iter_documents(self, batch: int = 200) -> Iterator[Document]:
        with self.engine.connect() as c:
            result = c.execution_options(yield_per=batch).execute(select(S.articles.c.doc).order_by(S.articles.c.id))
            for (d,) in result:
                yield Document.from_dict(d)

    def count(self, table: str = "articles") -> int:
        t = S.metadata.tables[table]
        with self.engine.connect() as c:
            return c.execute(select(func.count()).select_from(t)).scalar_one()

    def errors(self) -> list[dict[str, Any]]:
        with self.engine.connect() as c:
            return [dict(r) for r in c.execute(select(S.errors).order_by(S.errors.c.id)).mappings()]

    def entity(self, entity_id: str) -> dict[str, Any] | None:
        with self.engine.connect() as c:
            r = c.execute(select(S.entities).where(S.entities.c.id == entity_id)).mappings().first()
            return dict(r) if r else None

    def entities(self, type: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
        """Entities with mention counts per language, most mentioned first."""
        e, m = S.entities.c, S.mentions.c
        q = select(e.id, e.type, e.name, e.qid, e.names, m.lang, func.count(m.id).label("n")).join(
            S.mentions, m.entity_id == e.id).group_by(e.id, e.type, e.name, e.qid, e.names, m.lang)
        if type:
            q = q.where(e.type == type)
        out: dict[str, dict[str, Any]] = {}
        with self.engine.connect() as c:
            for r in c.execute(q).mappings():
                d = out.setdefault(r["id"], dict(id=r["id"], type=r["type"], name=r["name"], qid=r["qid"],
                                                 names=r["names"], mentions=0, by_lang=Counter()))
                d["mentions"] += r["n"]
                d["by_lang"][r["lang"] or "?"] += r["n"]
        rows = sorted(out.values(), key=lambda d: (-d["mentions"], d["name"] or ""))
        for d in rows:
            d["by_lang"] = dict(d["by_lang"])
        return rows[:limit] if limit else rows

    def find_entities(self, name: str) -> list[dict[str, Any]]:
        """Entities whose id, canonical name or any surface form matches ``name`` (case-insensitive)."""
        e, m = S.entities.c, S.mentions.c
        needle = name.casefold()
        with self.engine.connect() as c:
            ids = {r[0] for r in c.execute(select(e.id).where(func.lower(e.name) == needle.lower()))}
            ids |= {r[0] for r in c.execute(select(e.id).where(e.id == name))}
            ids |= {r[0] for r in c.execute(select(m.entity_id).where(m.text == name).distinct()) if r[0]}
            if not ids:
                pat = f"%{name}%"
                ids = {r[0] for r in c.execute(select(e.id).where(e.name.ilike(pat)))}
                ids |= {r[0] for r in c.execute(select(m.entity_id).where(m.text.like(pat)).distinct()) if r[0]}
            rows = c.execute(select(S.entities).where(e.id.in_(ids))).mappings().all()
        return [dict(r) for r in rows]

    def mentions_of(self, entity_id: str) -> list[dict[str, Any]]:
        m = S.mentions.c
        with self.engine.connect() as c:
            return [dict(r) for r in c.execute(
                select(S.mentions).where(m.entity_id == entity_id).order_by(m.doc_id, m.start)).mappings()]

    def events(self, type: str | None = None, actor: str | None = None, lang: str | None = None,
               limit: int | None = None) -> list[dict[str, Any]]:
        """Stored events (full JSON in ``data``), filtered by type, an actor entity id, language."""
        ev, r = S.events.c, S.event_roles.c
        q = select(S.events, S.articles.c.published).join(S.articles, S.articles.c.id == ev.doc_id)
        if type:
            q = q.where(ev.type == type.upper())
        if lang:
            q = q.where(ev.lang == lang)
        if actor:
            q = q.where(ev.id.in_(select(r.event_id).where(r.entity_id == actor)))
        q = q.order_by(ev.time, ev.doc_id, ev.id)
        if limit:
            q = q.limit(limit)
        with self.engine.connect() as c:
            return [dict(x) for x in c.execute(q).mappings()]

    def quotes(self, speaker: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
        qc = S.quotes.c
        q = select(S.quotes).order_by(qc.doc_id, qc.start)
        if speaker:
            q = q.where(qc.speaker == speaker)
        if limit:
            q = q.limit(limit)
        with self.engine.connect() as c:
            return [dict(x) for x in c.execute(q).mappings()]

    def entity_names(self, ids: set[str]) -> dict[str, str]:
        if not ids:
            return {}
        with self.engine.connect() as c:
            return {r[0]: r[1] for r in c.execute(select(S.entities.c.id, S.entities.c.name).where(S.entities.c.id.in_(ids)))}


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


def _asdict(obj) -> dict[str, Any]:
    import dataclasses

    return dataclasses.asdict(obj)


def _sentence_lang_lookup(doc: Document):
    import bisect

    starts = [s.start for s in doc.sentences]

    def lang_of(offset: int) -> str | None:
        i = bisect.bisect_right(starts, offset) - 1
        if 0 <= i < len(doc.sentences) and doc.sentences[i].lang:
            return doc.sentences[i].lang
        return doc.lang

    return lang_of
