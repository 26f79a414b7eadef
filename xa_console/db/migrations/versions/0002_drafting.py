"""drafting: channel specs, words, template overrides, drafts

Revision ID: 0002_drafting
Revises: 0001_calendar
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

JSON_DOC = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")

revision = "0002_drafting"
down_revision = "0001_calendar"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "channel_spec",
        sa.Column("channel", sa.String(length=32), nullable=False),
        sa.Column("document", JSON_DOC, nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column(
            "updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("channel"),
    )
    op.create_table(
        "compliance_word",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("word", sa.String(length=64), nullable=False),
        sa.Column("level", sa.String(length=16), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("word"),
    )
    op.create_table(
        "notice_draft",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("facts", JSON_DOC, nullable=False),
        sa.Column("edits", JSON_DOC, nullable=False),
        sa.Column("generated", JSON_DOC, nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("notice_draft", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_notice_draft_day"), ["day"], unique=False)
        batch_op.create_index(batch_op.f("ix_notice_draft_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_notice_draft_status"), ["status"], unique=False)

    op.create_table(
        "template_override",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column(
            "updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.PrimaryKeyConstraint("name"),
    )


def downgrade() -> None:
    op.drop_table("template_override")
    with op.batch_alter_table("notice_draft", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_notice_draft_status"))
        batch_op.drop_index(batch_op.f("ix_notice_draft_kind"))
        batch_op.drop_index(batch_op.f("ix_notice_draft_day"))

    op.drop_table("notice_draft")
    op.drop_table("compliance_word")
    op.drop_table("channel_spec")
