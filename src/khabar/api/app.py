"""``khabar serve``: a FastAPI app over the same :class:`~khabar.store.Store` calls as the CLI.

Reads (``GET /api/...``) are open unless a read token is set; ``POST
/api/articles`` ingests one article through the same pipeline as ``khabar
run`` and needs the write token. The web page (``/``) is static HTML + JS that
only talks to this API; it builds the page with DOM calls, never with HTML
strings, so article text can never become markup.
"""
from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any, Optional

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field, ValidationError

from ..store import Store
from . import search as fts
from .security import DEFAULT_MAX_BODY, BodyLimitAndHeaders, require_read, require_write
from .views import context, entity_ids_in_events, event_view, quote_view

WEB_DIR = Path(__file__).resolve().parent / "web"
MAX_LIMIT = 1000


class IngestIn(BaseModel):
    """One article to ingest. Give ``text`` or ``html``; ``url`` is kept as metadata and never fetched."""

    text: Optional[str] = Field(None, description="Plain article text")
    html: Optional[str] = Field(None, description="Article HTML; main text is extracted offline")
    title: Optional[str] = None
    url: Optional[str] = Field(None, max_length=2048)
    published: Optional[str] = Field(None, max_length=40, description="ISO date or datetime")


def create_app(store: Store, write_token: str | None = None, read_token: str | None = None,
               max_body: int = DEFAULT_MAX_BODY, pipeline=None) -> FastAPI:
    """The API + web page over ``store``. ``write_token=None`` disables writes."""
    # No /docs or /redoc: FastAPI's pages load their scripts from a CDN (offline, and blocked by our CSP).
    app = FastAPI(title="khabar", version="0.1.0", docs_url=None, redoc_url=None,
                  description="Entities, dates, events and quotes from news, each with its evidence in the text.")
    app.state.store = store
    app.state.write_token = write_token or None
    app.state.read_token = read_token or None
    app.state.pipeline = pipeline
    app.state.pipeline_lock = threading.Lock()
    app.add_middleware(BodyLimitAndHeaders, max_body=max_body)
    read = [Depends(require_read)]

    def limit_q(default: int = 100):
        return Query(default, ge=1, le=MAX_LIMIT)

    # ---- articles -------------------------------------------------------
    @app.get("/api/articles", dependencies=read, tags=["articles"])
    def list_articles(lang: Optional[str] = None, limit: int = limit_q(), offset: int = Query(0, ge=0)) -> list[dict]:
        """Stored articles (metadata only), newest first."""
        return store.article_list(lang=lang, limit=limit, offset=offset)

    @app.get("/api/articles/{doc_id}", dependencies=read, tags=["articles"])
    def get_article(doc_id: str) -> dict:
        """One article: its text and every fact with character offsets into that text."""
        doc = store.get(doc_id)
        if doc is None:
            raise HTTPException(404, "no such article")
        names = {k: v.name for k, v in doc.entities.items()}
        datas = [_asdict(e) for e in doc.events]
        names.update(store.entity_names(entity_ids_in_events(datas) - set(names)))
        d = doc.to_dict()
        d.pop("raw_text", None)
        d["events"] = [event_view(x, doc.id, names, doc.text, lang=_lang_at(doc, x["trigger"]["start"])) for x in datas]
        d["quotes"] = [quote_view(_asdict(q), doc.id, names, doc.text) for q in doc.quotes]
        d["entity_names"] = names
        d["stories"] = sorted({r["key"] for r in store.link_rows("story", member=doc.id)})
        return d

    @app.post("/api/articles", status_code=201, tags=["articles"],
              responses={200: {"description": "already stored"}, 401: {"description": "missing or wrong token"},
                         403: {"description": "writes disabled"}, 413: {"description": "body too large"},
                         422: {"description": "invalid article"}},
              openapi_extra={"requestBody": {"required": True, "content": {
                  "application/json": {"schema": IngestIn.model_json_schema()}}}})
    async def ingest(request: Request) -> JSONResponse:
        """Ingest one article (JSON). Needs ``Authorization: Bearer <token>``."""
        require_write(request)  # before reading the body: unauthenticated uploads are not parsed
        raw = await request.body()
        try:
            body = IngestIn.model_validate(json.loads(raw or b"null"))
        except (ValueError, ValidationError) as e:
            raise HTTPException(422, f"invalid article JSON: {str(e)[:300]}")
        from starlette.concurrency import run_in_threadpool

        status, doc = await run_in_threadpool(_ingest, app, body)
        return JSONResponse(dict(status=status, id=doc.id, lang=doc.lang, title=doc.title,
                                 counts=dict(mentions=len(doc.mentions), times=len(doc.times),
                                             events=len(doc.events), quotes=len(doc.quotes))),
                            status_code=201 if status == "new" else 200)

    # ---- entities -------------------------------------------------------
    @app.get("/api/entities", dependencies=read, tags=["entities"])
    def list_entities(q: Optional[str] = Query(None, max_length=200), type: Optional[str] = None,
                      limit: int = limit_q()) -> list[dict]:
        """Entities with mention counts per language; ``q`` matches any name in any script."""
        if q:
            found = store.find_entities(q)
            return [dict(id=e["id"], type=e["type"], name=e["name"], qid=e["qid"], names=e["names"])
                    for e in found if not type or e["type"] == type][:limit]
        return store.entities(type=type, limit=limit)

    @app.get("/api/entities/{entity_id}", dependencies=read, tags=["entities"])
    def get_entity(entity_id: str, limit: int = limit_q(200)) -> dict:
        """Names in every script, mentions with context, co-occurring actors, events."""
        ent = store.entity(entity_id)
        if ent is None:
            raise HTTPException(404, "no such entity")
        mentions = store.mentions_of(entity_id)[:limit]
        texts = _texts(store, {m["doc_id"] for m in mentions})
        meta = store.article_meta({m["doc_id"] for m in mentions})
        for m in mentions:
            t = texts.get(m["doc_id"], "")
            m["context"] = context(t, m["start"], m["end"], 50)
            m["article"] = meta.get(m["doc_id"])
        events = _events(store, actor_ids=[entity_id], limit=limit)
        return dict(entity=ent, mentions=mentions, cooccurring=store.cooccurring(entity_id), events=events)

    # ---- events, timeline, quotes, stories -----------------------------
    @app.get("/api/events", dependencies=read, tags=["events"])
    def list_events(type: Optional[str] = None, actor: Optional[str] = Query(None, max_length=200),
                    lang: Optional[str] = None, since: Optional[str] = Query(None, max_length=40),
                    until: Optional[str] = Query(None, max_length=40), limit: int = limit_q(500),
                    offset: int = Query(0, ge=0)) -> list[dict]:
        """Events oldest first. ``actor`` is an entity id or any of its names; dates are ISO prefixes."""
        actor_ids = _actor_ids(store, actor)
        return _events(store, type=type, actor_ids=actor_ids, lang=lang, since=since, until=until,
                       limit=limit, offset=offset)

    @app.get("/api/timeline", dependencies=read, tags=["events"])
    def timeline(type: Optional[str] = None, actor: Optional[str] = Query(None, max_length=200),
                 lang: Optional[str] = None, since: Optional[str] = Query(None, max_length=40),
                 until: Optional[str] = Query(None, max_length=40), limit: int = limit_q(500)) -> dict:
        """Events grouped by date (the event's own date, else the article's), with stories and filter values."""
        evs = _events(store, type=type, actor_ids=_actor_ids(store, actor), lang=lang, since=since, until=until,
                      limit=limit)
        story_of: dict[str, list[str]] = {}
        stories = _stories(store)
        for s in stories:
            for member in s["events"] + s["articles"]:
                story_of.setdefault(member, []).append(s["id"])
        days: dict[str, list[dict]] = {}
        for e in evs:
            e["stories"] = sorted(set(story_of.get(e["id"], []) + story_of.get(e["doc_id"], [])))
            days.setdefault((e["date"] or "undated")[:10], []).append(e)
        undated = days.pop("undated", None)  # events with no date of their own or of their article go last
        if undated:
            days["undated"] = undated
        return dict(days=[dict(date=k, events=v) for k, v in days.items()], stories=stories,
                    facets=store.event_facets(), count=len(evs))

    @app.get("/api/quotes", dependencies=read, tags=["quotes"])
    def list_quotes(speaker: Optional[str] = Query(None, max_length=200), limit: int = limit_q()) -> list[dict]:
        """Direct and reported quotes with speaker and attribution chain."""
        sp = None
        if speaker:
            ids = _actor_ids(store, speaker)
            sp = ids[0] if ids else speaker
        rows = store.quotes(speaker=sp, limit=limit)
        ids = {r["speaker"] for r in rows} | {s for r in rows for s in (r["data"] or {}).get("chain", [])}
        names = store.entity_names({i for i in ids if i})
        texts = _texts(store, {r["doc_id"] for r in rows})
        return [quote_view(r["data"], r["doc_id"], names, texts.get(r["doc_id"])) for r in rows]

    @app.get("/api/stories", dependencies=read, tags=["events"])
    def stories() -> list[dict]:
        """Stories across articles and languages (from the linking stage; empty until it has run)."""
        return _stories(store)

    # ---- search + meta --------------------------------------------------
    @app.get("/api/search", dependencies=read, tags=["search"])
    def search(q: str = Query(..., min_length=1, max_length=fts.MAX_QUERY_CHARS), lang: Optional[str] = None,
               limit: int = Query(20, ge=1, le=200)) -> list[dict]:
        """Full-text search over titles and texts in any script; every term must occur."""
        return fts.search(store, q, lang=lang, limit=limit)

    @app.get("/api/meta", dependencies=read, tags=["meta"])
    def meta() -> dict:
        """Counts, filter values and whether writes are enabled."""
        counts = {t: store.count(t) for t in ("articles", "entities", "mentions", "events", "quotes")}
        return dict(counts=counts, facets=store.event_facets(), writes=bool(app.state.write_token),
                    search="fts5-trigram" if fts.fts_available(store) else "like")

    # ---- web page -------------------------------------------------------
    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(WEB_DIR / "index.html", media_type="text/html; charset=utf-8")

    app.mount("/static", StaticFiles(directory=WEB_DIR), name="static")
    return app


# ---- helpers ------------------------------------------------------------
def _asdict(obj) -> dict[str, Any]:
    import dataclasses

    return dataclasses.asdict(obj)


def _lang_at(doc, offset: int) -> str | None:
    i = doc.sentence_at(offset)
    return (doc.sentences[i].lang if i is not None else None) or doc.lang


def _texts(store: Store, doc_ids: set[str]) -> dict[str, str]:
    from sqlalchemy import select

    from ..store import schema as S

    if not doc_ids:
        return {}
    with store.engine.connect() as c:
        rows = c.execute(select(S.articles.c.id, S.articles.c.text).where(S.articles.c.id.in_(doc_ids)))
        return {r[0]: r[1] for r in rows}


def _actor_ids(store: Store, actor: str | None) -> list[str] | None:
    """None = no actor filter; [] = an actor was asked for and nothing matches (so no events)."""
    if not actor:
        return None
    if store.entity(actor):
        return [actor]
    return [e["id"] for e in store.find_entities(actor)]


def _events(store: Store, **filters) -> list[dict]:
    rows = store.event_rows(**filters)
    names = store.entity_names(entity_ids_in_events([r["data"] for r in rows]))
    texts = _texts(store, {r["doc_id"] for r in rows})
    meta = store.article_meta({r["doc_id"] for r in rows})
    return [event_view(r["data"], r["doc_id"], names, texts.get(r["doc_id"]), date=r["date"], lang=r["lang"],
                       article=meta.get(r["doc_id"])) for r in rows]


def _stories(store: Store) -> list[dict]:
    """Stories from the ``links`` table: members sorted into articles and events by what they are."""
    rows = store.link_rows("story")
    if not rows:
        return []
    from sqlalchemy import select

    from ..store import schema as S

    members = {r["member"] for r in rows}
    with store.engine.connect() as c:
        article_ids = {x[0] for x in c.execute(select(S.articles.c.id).where(S.articles.c.id.in_(members)))}
        event_ids = {x[0] for x in c.execute(select(S.events.c.id).where(S.events.c.id.in_(members)))}
    meta = store.article_meta(article_ids)
    out: dict[str, dict] = {}
    for r in rows:
        s = out.setdefault(r["key"], dict(id=r["key"], title=None, articles=[], events=[], languages=[]))
        data = r["data"] or {}
        s["title"] = s["title"] or data.get("title")
        if r["member"] in article_ids:
            s["articles"].append(r["member"])
            lang = (meta.get(r["member"]) or {}).get("lang")
            if lang and lang not in s["languages"]:
                s["languages"].append(lang)
        elif r["member"] in event_ids:
            s["events"].append(r["member"])
    for s in out.values():
        if not s["title"] and s["articles"]:
            s["title"] = (meta.get(s["articles"][0]) or {}).get("title")
    return list(out.values())


def _ingest(app: FastAPI, body: IngestIn):
    """Read, process and store one posted article (runs in a worker thread)."""
    from ..engine.local import process
    from ..read import InputError
    from ..read.jsonl import record_to_document

    store: Store = app.state.store
    rec = {k: v for k, v in body.model_dump().items() if v is not None}
    if not rec.get("text") and not rec.get("html"):
        raise HTTPException(422, "give 'text' or 'html'")
    try:
        doc = record_to_document(rec, "api")
    except InputError as e:
        raise HTTPException(422, str(e))
    with app.state.pipeline_lock:
        if app.state.pipeline is None:
            from ..pipeline import Pipeline

            app.state.pipeline = Pipeline.build(skip_missing=True)
    try:
        out = process(doc, app.state.pipeline, skip=lambda d: store.has(d.id))
    except Exception as e:  # a stage failed on this article: report it, keep serving
        store.record_error("api", f"{type(e).__name__}: {e}")
        raise HTTPException(422, f"could not process the article: {type(e).__name__}")
    if out is None:  # already stored: answer with what the store has
        return "known", store.get(doc.id) or doc
    new = store.save(out)
    return ("new" if new else "known"), out
