"""initial schema: the tables of khabar/store/schema.py as first released

Revision ID: 0001
Revises: 
Create Date: 2026-11-22 21:58:43.323756

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0001'
down_revision: Union[str, Sequence[str], None] = None
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('articles',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('published', sa.String(length=40), nullable=True),
    sa.Column('published_inferred', sa.Boolean(), nullable=True),
    sa.Column('lang', sa.String(length=16), nullable=True),
    sa.Column('script', sa.String(length=8), nullable=True),
    sa.Column('n_sentences', sa.Integer(), nullable=True),
    sa.Column('n_removed', sa.Integer(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('doc', sa.JSON(), nullable=False),
    sa.Column('ingested_at', sa.String(length=40), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('entities',
    sa.Column('id', sa.String(length=128), nullable=False),
    sa.Column('type', sa.String(length=16), nullable=True),
    sa.Column('name', sa.Text(), nullable=True),
    sa.Column('qid', sa.String(length=32), nullable=True),
    sa.Column('names', sa.JSON(), nullable=True),
    sa.Column('keys', sa.JSON(), nullable=True),
    sa.Column('source', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('errors',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('error', sa.Text(), nullable=False),
    sa.Column('at', sa.String(length=40), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('links',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('key', sa.String(length=128), nullable=False),
    sa.Column('member', sa.String(length=128), nullable=False),
    sa.Column('data', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_links_kind_key', 'links', ['kind', 'key'], unique=False)
    op.create_index('ix_links_member', 'links', ['member'], unique=False)

    op.create_table('events',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('doc_id', sa.String(length=32), nullable=False),
    sa.Column('type', sa.String(length=32), nullable=True),
    sa.Column('time', sa.String(length=40), nullable=True),
    sa.Column('place', sa.String(length=128), nullable=True),
    sa.Column('modality', sa.String(length=16), nullable=True),
    sa.Column('lang', sa.String(length=16), nullable=True),
    sa.Column('data', sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(['doc_id'], ['articles.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_events_doc', 'events', ['doc_id'], unique=False)
    op.create_index('ix_events_type', 'events', ['type'], unique=False)

    op.create_table('mentions',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('doc_id', sa.String(length=32), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=True),
    sa.Column('label', sa.String(length=16), nullable=True),
    sa.Column('entity_id', sa.String(length=128), nullable=True),
    sa.Column('confidence', sa.Float(), nullable=True),
    sa.Column('lang', sa.String(length=16), nullable=True),
    sa.Column('by', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['doc_id'], ['articles.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_mentions_doc', 'mentions', ['doc_id'], unique=False)
    op.create_index('ix_mentions_entity', 'mentions', ['entity_id'], unique=False)

    op.create_table('quotes',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('doc_id', sa.String(length=32), nullable=False),
    sa.Column('start', sa.Integer(), nullable=True),
    sa.Column('end', sa.Integer(), nullable=True),
    sa.Column('speaker', sa.String(length=128), nullable=True),
    sa.Column('direct', sa.Boolean(), nullable=True),
    sa.Column('data', sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(['doc_id'], ['articles.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_quotes_doc', 'quotes', ['doc_id'], unique=False)

    op.create_table('times',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('doc_id', sa.String(length=32), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=True),
    sa.Column('value', sa.String(length=40), nullable=True),
    sa.Column('precision', sa.String(length=16), nullable=True),
    sa.Column('inferred', sa.Boolean(), nullable=True),
    sa.Column('by', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['doc_id'], ['articles.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_times_doc', 'times', ['doc_id'], unique=False)

    op.create_table('event_roles',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('event_id', sa.String(length=64), nullable=False),
    sa.Column('role', sa.String(length=32), nullable=True),
    sa.Column('entity_id', sa.String(length=128), nullable=True),
    sa.Column('text', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_event_roles_entity', 'event_roles', ['entity_id'], unique=False)
    op.create_index('ix_event_roles_event', 'event_roles', ['event_id'], unique=False)



def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index('ix_event_roles_event', table_name='event_roles')
    op.drop_index('ix_event_roles_entity', table_name='event_roles')

    op.drop_table('event_roles')
    op.drop_index('ix_times_doc', table_name='times')

    op.drop_table('times')
    op.drop_index('ix_quotes_doc', table_name='quotes')

    op.drop_table('quotes')
    op.drop_index('ix_mentions_entity', table_name='mentions')
    op.drop_index('ix_mentions_doc', table_name='mentions')

    op.drop_table('mentions')
    op.drop_index('ix_events_type', table_name='events')
    op.drop_index('ix_events_doc', table_name='events')

    op.drop_table('events')
    op.drop_index('ix_links_member', table_name='links')
    op.drop_index('ix_links_kind_key', table_name='links')

    op.drop_table('links')
    op.drop_table('errors')
    op.drop_table('entities')
    op.drop_table('articles')
