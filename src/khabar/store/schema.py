"""Store schema (SQLAlchemy Core): one set of tables for SQLite and PostgreSQL.

``articles.doc`` keeps the whole Document as JSON (the source of truth for
``khabar show``); the other tables are query indexes over its facts, written
in the same transaction so they can never disagree with it.
"""
from __future__ import annotations

from sqlalchemy import (
    JSON, Boolean, Column, Float, ForeignKey, Index, Integer, MetaData, String, Table, Text,
)

metadata = MetaData()

articles = Table(
    "articles", metadata,
    Column("id", String(32), primary_key=True),
    Column("source", Text, nullable=False),
    Column("url", Text),
    Column("title", Text),
    Column("published", String(40)),
    Column("published_inferred", Boolean, default=False),
    Column("lang", String(16)),
    Column("script", String(8)),
    Column("n_sentences", Integer),
    Column("n_removed", Integer),
    Column("text", Text, nullable=False),
    Column("doc", JSON, nullable=False),
    Column("ingested_at", String(40)),
)

entities = Table(
    "entities", metadata,
    Column("id", String(128), primary_key=True),
    Column("type", String(16)),
    Column("name", Text),
    Column("qid", String(32)),
    Column("names", JSON),
    Column("keys", JSON),
    Column("source", Text),
)

mentions = Table(
    "mentions", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text),
    Column("label", String(16)),
    Column("entity_id", String(128)),
    Column("confidence", Float),
    Column("lang", String(16)),
    Column("by", Text),
)
Index("ix_mentions_entity", mentions.c.entity_id)
Index("ix_mentions_doc", mentions.c.doc_id)

times = Table(
    "times", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text),
    Column("value", String(40)),
    Column("precision", String(16)),
    Column("inferred", Boolean),
    Column("by", Text),
)
Index("ix_times_doc", times.c.doc_id)

events = Table(
    "events", metadata,
    Column("id", String(64), primary_key=True),
    Column("doc_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("type", String(32)),
    Column("time", String(40)),
    Column("place", String(128)),
    Column("modality", String(16)),
    Column("lang", String(16)),
    Column("data", JSON),
)
Index("ix_events_doc", events.c.doc_id)
Index("ix_events_type", events.c.type)

event_roles = Table(
    "event_roles", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("event_id", String(64), ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
    Column("role", String(32)),
    Column("entity_id", String(128)),
    Column("text", Text),
)
Index("ix_event_roles_entity", event_roles.c.entity_id)
Index("ix_event_roles_event", event_roles.c.event_id)

quotes = Table(
    "quotes", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("start", Integer),
    Column("end", Integer),
    Column("speaker", String(128)),
    Column("direct", Boolean),
    Column("data", JSON),
)
Index("ix_quotes_doc", quotes.c.doc_id)

errors = Table(
    "errors", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source", Text, nullable=False),
    Column("error", Text, nullable=False),
    Column("at", String(40)),
)

# Cross-article results (the linking stage owns their content).
links = Table(
    "links", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(32), nullable=False),  # near-dup, cluster, story, merged-event
    Column("key", String(128), nullable=False),
    Column("member", String(128), nullable=False),
    Column("data", JSON),
)
Index("ix_links_kind_key", links.c.kind, links.c.key)
Index("ix_links_member", links.c.member)
