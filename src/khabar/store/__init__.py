"""Storage behind one interface: :class:`Store` over SQLAlchemy.

SQLite (default, embedded, WAL) and PostgreSQL (``postgresql://…``, driver
psycopg 3) share the same code. The schema is created or upgraded on open by
the Alembic migrations in ``migrations/`` (see :mod:`.migrate`). Each article is written in one transaction together with all its
facts, keyed by the content-hash id, so re-running an ingest adds nothing and
a crash mid-run leaves either the whole article or none of it.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from collections.abc import Iterator
from typing import Any

from sqlalchemy import create_engine, delete, event, func, insert, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

from ..model import Document, Entity
from . import schema as S
from .migrate import ensure_schema

DEFAULT_DB = "khabar.db"


def db_url(db: str) -> str:
    """A SQLAlchemy URL for ``db``: a plain path is SQLite; ``postgresql://`` means psycopg 3."""
    if "://" not in db:
        return f"sqlite:///{db}"
    for prefix in ("postgresql://", "postgres://"):
        if db.startswith(prefix):  # SQLAlchemy's default PostgreSQL driver is psycopg2; we ship psycopg 3
            return "postgresql+psycopg://" + db[len(prefix):]
    return db


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


class Store:
    def __init__(self, db: str = DEFAULT_DB):
        self.url = db_url(db)
        self.engine: Engine = create_engine(self.url, pool_pre_ping=not self.url.startswith("sqlite"))
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        ensure_schema(self.engine)

    def close(self) -> None:
        self.engine.dispose()

    # ---- writing -------------------------------------------------------
    def ids(self) -> set[str]:
        """Ids of every stored article (what a distributed run skips)."""
        with self.engine.connect() as c:
            return {r[0] for r in c.execute(select(S.articles.c.id))}

    def has(self, doc_id: str) -> bool:
        with self.engine.connect() as c:
            return c.execute(select(S.articles.c.id).where(S.articles.c.id == doc_id)).first() is not None

    def save(self, doc: Document, *, replace: bool = False) -> bool:
        """Write ``doc`` and its facts in one transaction. False if it was already stored."""
        try:
            return self._save(doc, replace)
        except IntegrityError:
            # Another writer stored the same article between our check and our insert.
            if not replace and self.has(doc.id):
                return False
            raise

    def _save(self, doc: Document, replace: bool) -> bool:
        with self.engine.begin() as c:
            exists = c.execute(select(S.articles.c.id).where(S.articles.c.id == doc.id)).first()
            if exists and not replace:
                return False
            if exists:
                self._delete_doc(c, doc.id)
            plain = _plain(doc)  # the JSON of the document; events and quotes reuse its parts
            c.execute(insert(S.articles).values(
                id=doc.id, source=doc.source, url=doc.url, title=doc.title, published=doc.published,
                published_inferred=doc.published_inferred, lang=doc.lang, script=doc.script,
                n_sentences=len(doc.sentences), n_removed=len(doc.removed), text=doc.text,
                doc=plain, ingested_at=_now(),
            ))
            self._upsert_entities(c, list(doc.entities.values()))
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
            if doc.events:
                c.execute(insert(S.events), [
                    dict(id=ev.id, doc_id=doc.id, type=ev.type, time=ev.time, place=ev.place,
                         modality=ev.modality, lang=lang_of(ev.trigger.start), data=data)
                    for ev, data in zip(doc.events, plain["events"])
                ])
            roles = [dict(event_id=ev.id, role=r.name, entity_id=r.entity_id, text=r.text)
                     for ev in doc.events for r in ev.roles]
            if roles:
                c.execute(insert(S.event_roles), roles)
            if doc.quotes:
                c.execute(insert(S.quotes), [
                    dict(doc_id=doc.id, start=q.start, end=q.end, speaker=q.speaker, direct=q.direct, data=data)
                    for q, data in zip(doc.quotes, plain["quotes"])
                ])
        return True

    def _delete_doc(self, c, doc_id: str) -> None:
        ev_ids = select(S.events.c.id).where(S.events.c.doc_id == doc_id)
        c.execute(delete(S.event_roles).where(S.event_roles.c.event_id.in_(ev_ids)))
        for t in (S.events, S.quotes, S.times, S.mentions):
            c.execute(delete(t).where(t.c.doc_id == doc_id))
        c.execute(delete(S.articles).where(S.articles.c.id == doc_id))

    def _upsert_entities(self, c, ents: list[Entity]) -> None:
        """Insert new entities; add new surface forms to stored ones. Safe under concurrent writers."""
        if not ents:
            return
        # Sorted, so concurrent writers lock shared rows in one order (no deadlock on PostgreSQL).
        ents = sorted(ents, key=lambda e: e.id)
        c.execute(self._dialect_insert(S.entities).on_conflict_do_nothing(index_elements=["id"]), [
            dict(id=e.id, type=e.type, name=e.name, qid=e.qid, names=e.names, keys=e.keys, source=e.source)
            for e in ents
        ])
        # Row locks on PostgreSQL so two writers merging names into one entity keep both's names.
        e = S.entities.c
        stored = dict(c.execute(select(e.id, e.names).where(e.id.in_([x.id for x in ents]))
                                .order_by(e.id).with_for_update()).all())
        for ent in ents:
            names = {k: list(v) for k, v in (stored.get(ent.id) or {}).items()}
            changed = False
            for lang, vals in ent.names.items():
                for v in vals:
                    if v not in names.setdefault(lang, []):
                        names[lang].append(v)
                        changed = True
            if changed:
                c.execute(S.entities.update().where(e.id == ent.id).values(names=names))

    def _dialect_insert(self, table):
        if self.engine.dialect.name == "postgresql":
            from sqlalchemy.dialects.postgresql import insert as pg_insert

            return pg_insert(table)
        if self.engine.dialect.name == "sqlite":
            from sqlalchemy.dialects.sqlite import insert as sqlite_insert

            return sqlite_insert(table)
        raise NotImplementedError(f"khabar stores support SQLite and PostgreSQL, not {self.engine.dialect.name}")

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
        # Count in a subquery: PostgreSQL cannot GROUP BY a JSON column (names).
        counts = select(m.entity_id, m.lang, func.count(m.id).label("n")).group_by(m.entity_id, m.lang).subquery()
        q = select(e.id, e.type, e.name, e.qid, e.names, counts.c.lang, counts.c.n).join(
            counts, counts.c.entity_id == e.id)
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
        # Undated events last on both backends (SQLite sorts NULL first by default, PostgreSQL last).
        q = q.order_by(ev.time.asc().nulls_last(), ev.doc_id, ev.id)
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

    # ---- api ----
    # Read-only queries behind the HTTP API, the web page and exports (khabar.api, khabar.export).
    def article_list(self, lang: str | None = None, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        """Article metadata (no text), newest publication first, paged."""
        a = S.articles.c
        q = select(a.id, a.source, a.url, a.title, a.published, a.published_inferred, a.lang, a.script,
                   a.n_sentences, a.ingested_at).order_by(a.published.desc().nulls_last(), a.id).limit(limit).offset(offset)
        if lang:
            q = q.where(a.lang == lang)
        with self.engine.connect() as c:
            return [dict(r) for r in c.execute(q).mappings()]

    def article_meta(self, ids: set[str]) -> dict[str, dict[str, Any]]:
        """id -> {title, lang, published, url} for the given article ids."""
        if not ids:
            return {}
        a = S.articles.c
        with self.engine.connect() as c:
            rows = c.execute(select(a.id, a.title, a.lang, a.published, a.url).where(a.id.in_(ids))).mappings()
            return {r["id"]: dict(r) for r in rows}

    def event_rows(self, type: str | None = None, actor_ids: list[str] | None = None, lang: str | None = None,
                   since: str | None = None, until: str | None = None, doc_id: str | None = None,
                   limit: int = 500, offset: int = 0) -> list[dict[str, Any]]:
        """Events with their date (event time, else the article's publication date), filtered, oldest first.

        ``since``/``until`` are ISO date prefixes; an event whose date has coarser precision
        ("2024-06") is kept when its period overlaps the range.
        """
        ev, r, a = S.events.c, S.event_roles.c, S.articles.c
        date = func.coalesce(ev.time, a.published)
        q = select(S.events, a.published, a.title.label("article_title"), date.label("date")).join(
            S.articles, a.id == ev.doc_id)
        if type:
            q = q.where(ev.type == type.upper())
        if lang:
            q = q.where(ev.lang == lang)
        if doc_id:
            q = q.where(ev.doc_id == doc_id)
        if actor_ids is not None:
            q = q.where(ev.id.in_(select(r.event_id).where(r.entity_id.in_(actor_ids))))
        # '~' sorts after every character of an ISO date, so "2024-06" + "~" covers the whole month.
        if since:
            q = q.where(date.is_not(None), (date + "~") >= since)
        if until:
            q = q.where(date.is_not(None), date <= until + "~")
        q = q.order_by(date.asc().nulls_last(), ev.doc_id, ev.id).limit(limit).offset(offset)
        with self.engine.connect() as c:
            return [dict(x) for x in c.execute(q).mappings()]

    def event_facets(self) -> dict[str, list[str]]:
        """Distinct event types and languages, for filter menus."""
        ev = S.events.c
        with self.engine.connect() as c:
            types = [x[0] for x in c.execute(select(ev.type).distinct().order_by(ev.type)) if x[0]]
            langs = [x[0] for x in c.execute(select(ev.lang).distinct().order_by(ev.lang)) if x[0]]
        return dict(types=types, langs=langs)

    def cooccurring(self, entity_id: str, limit: int = 25) -> list[dict[str, Any]]:
        """Entities mentioned in the same articles as ``entity_id``: shared article and event counts."""
        m1, m2 = S.mentions.alias("m1"), S.mentions.alias("m2")
        r1, r2 = S.event_roles.alias("r1"), S.event_roles.alias("r2")
        e = S.entities.c
        docs = (select(m2.c.entity_id, func.count(func.distinct(m2.c.doc_id)).label("articles"))
                .join(m1, m1.c.doc_id == m2.c.doc_id)
                .where(m1.c.entity_id == entity_id, m2.c.entity_id.is_not(None), m2.c.entity_id != entity_id)
                .group_by(m2.c.entity_id))
        evs = (select(r2.c.entity_id, func.count(func.distinct(r2.c.event_id)).label("events"))
               .join(r1, r1.c.event_id == r2.c.event_id)
               .where(r1.c.entity_id == entity_id, r2.c.entity_id.is_not(None), r2.c.entity_id != entity_id)
               .group_by(r2.c.entity_id))
        out: dict[str, dict[str, Any]] = {}
        with self.engine.connect() as c:
            for other, n in c.execute(docs):
                out[other] = dict(id=other, articles=n, events=0)
            for other, n in c.execute(evs):
                out.setdefault(other, dict(id=other, articles=0, events=0))["events"] = n
            if out:
                for row in c.execute(select(e.id, e.name, e.type).where(e.id.in_(list(out)))).mappings():
                    out[row["id"]].update(name=row["name"], type=row["type"])
        rows = sorted(out.values(), key=lambda d: (-d["events"], -d["articles"], d.get("name") or d["id"]))
        return rows[:limit]

    def link_rows(self, kind: str, member: str | None = None) -> list[dict[str, Any]]:
        """Rows of the cross-article ``links`` table of one kind (e.g. "story"), optionally for one member."""
        lk = S.links.c
        q = select(S.links).where(lk.kind == kind)
        if member:
            q = q.where(lk.key.in_(select(lk.key).where(lk.kind == kind, lk.member == member)))
        with self.engine.connect() as c:
            return [dict(x) for x in c.execute(q.order_by(lk.key, lk.id)).mappings()]


    # ---- linking ----
    # Cross-article state of khabar.link (profiles, near-dups, clusters, stories, merged events),
    # all rows of the generic ``links`` table: (kind, key, member, data).
    def links(self, kind: str, keys: list[str] | None = None, member: str | None = None) -> list[dict[str, Any]]:
        """``links`` rows of one kind, optionally only those with a key in ``keys`` or one ``member``."""
        lk = S.links.c
        q = select(lk.kind, lk.key, lk.member, lk.data).where(lk.kind == kind)
        if member is not None:
            q = q.where(lk.member == member)
        out: list[dict[str, Any]] = []
        with self.engine.connect() as c:
            if keys is None:
                return [dict(r) for r in c.execute(q.order_by(lk.id)).mappings()]
            keys = list(keys)
            for i in range(0, len(keys), 500):  # stay under SQLite's bound-parameter limit
                out += [dict(r) for r in c.execute(q.where(lk.key.in_(keys[i : i + 500])).order_by(lk.id)).mappings()]
        return out

    def write_links(self, rows: list[dict[str, Any]], replace: dict[str, list[str]] | None = None) -> None:
        """In one transaction: delete rows whose (kind, key) is in ``replace``, then insert ``rows``."""
        lk = S.links.c
        with self.engine.begin() as c:
            for kind, keys in (replace or {}).items():
                keys = list(keys)
                for i in range(0, len(keys), 500):
                    c.execute(delete(S.links).where(lk.kind == kind, lk.key.in_(keys[i : i + 500])))
            if rows:
                c.execute(insert(S.links), rows)

    def article_ids(self) -> list[str]:
        """Every stored article id, oldest ingest first (the order linking sees them)."""
        a = S.articles.c
        with self.engine.connect() as c:
            return [r[0] for r in c.execute(select(a.id).order_by(a.ingested_at, a.id))]


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


_FIELDS: dict[type, tuple[str, ...]] = {}


def _plain(obj: Any) -> Any:
    """``dataclasses.asdict`` without its deep copies (a third of ``save``'s time in the profile).

    Safe here because the result is serialised to JSON at once and never mutated.
    """
    cls = type(obj)
    if cls in (str, int, float, bool) or obj is None:
        return obj
    names = _FIELDS.get(cls)
    if names is None and dataclasses.is_dataclass(cls):
        names = _FIELDS[cls] = tuple(f.name for f in dataclasses.fields(cls))
    if names is not None:
        return {n: _plain(getattr(obj, n)) for n in names}
    if isinstance(obj, (list, tuple)):
        return [_plain(x) for x in obj]
    if isinstance(obj, dict):
        return {k: _plain(v) for k, v in obj.items()}
    return obj


def _sentence_lang_lookup(doc: Document):
    import bisect

    starts = [s.start for s in doc.sentences]

    def lang_of(offset: int) -> str | None:
        i = bisect.bisect_right(starts, offset) - 1
        if 0 <= i < len(doc.sentences) and doc.sentences[i].lang:
            return doc.sentences[i].lang
        return doc.lang

    return lang_of
