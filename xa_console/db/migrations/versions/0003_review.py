"""review: users, approvals, comments, audit log

Revision ID: 0003_review
Revises: 0002_drafting
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

JSON_DOC = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")

revision = "0003_review"
down_revision = "0002_drafting"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "app_user",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("display_name", sa.String(length=64), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("roles", JSON_DOC, nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("username"),
    )
    op.create_table(
        "audit_log",
        sa.Column(
            "seq",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=False,
            nullable=False,
        ),
        sa.Column("ts_utc", sa.String(length=32), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("object_type", sa.String(length=40), nullable=False),
        sa.Column("object_id", sa.String(length=64), nullable=False),
        sa.Column("payload", JSON_DOC, nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq"),
        sa.UniqueConstraint("hash"),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_log_action"), ["action"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_log_object_id"), ["object_id"], unique=False)

    op.create_table(
        "draft_approval",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("draft_id", sa.Integer(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("decision", sa.String(length=16), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["draft_id"], ["notice_draft.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["app_user.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("draft_approval", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_draft_approval_draft_id"), ["draft_id"], unique=False)

    op.create_table(
        "draft_comment",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("draft_id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_id"],
            ["app_user.id"],
        ),
        sa.ForeignKeyConstraint(["draft_id"], ["notice_draft.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["draft_comment.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("draft_comment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_draft_comment_draft_id"), ["draft_id"], unique=False)

    with op.batch_alter_table("notice_draft", schema=None) as batch_op:
        batch_op.add_column(sa.Column("author_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("last_editor_id", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("content_hash", sa.String(length=64), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("emergency_reason", sa.Text(), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("needs_post_review", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.create_foreign_key("fk_notice_draft_author", "app_user", ["author_id"], ["id"])
        batch_op.create_foreign_key(
            "fk_notice_draft_last_editor", "app_user", ["last_editor_id"], ["id"]
        )


def downgrade() -> None:
    with op.batch_alter_table("notice_draft", schema=None) as batch_op:
        batch_op.drop_constraint("fk_notice_draft_last_editor", type_="foreignkey")
        batch_op.drop_constraint("fk_notice_draft_author", type_="foreignkey")
        batch_op.drop_column("needs_post_review")
        batch_op.drop_column("emergency_reason")
        batch_op.drop_column("content_hash")
        batch_op.drop_column("last_editor_id")
        batch_op.drop_column("author_id")

    with op.batch_alter_table("draft_comment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_draft_comment_draft_id"))

    op.drop_table("draft_comment")
    with op.batch_alter_table("draft_approval", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_draft_approval_draft_id"))

    op.drop_table("draft_approval")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_log_object_id"))
        batch_op.drop_index(batch_op.f("ix_audit_log_action"))

    op.drop_table("audit_log")
    op.drop_table("app_user")
