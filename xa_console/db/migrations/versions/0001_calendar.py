"""calendar: cities, notices, holiday plans

Revision ID: 0001_calendar
Revises:
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

JSON_DOC = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")

revision = "0001_calendar"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "city",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("name_zh", sa.String(length=32), nullable=False),
        sa.Column("local_plate_prefixes", JSON_DOC, nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "holiday_year",
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("source_title", sa.String(length=200), nullable=False),
        sa.Column("source_url", sa.String(length=500), nullable=False),
        sa.Column("published_on", sa.Date(), nullable=True),
        sa.Column(
            "updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.PrimaryKeyConstraint("year"),
    )
    op.create_table(
        "holiday_day",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("festival", sa.String(length=32), nullable=False),
        sa.Column("swaps_weekday", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["year"], ["holiday_year.year"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("day"),
    )
    with op.batch_alter_table("holiday_day", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_holiday_day_year"), ["year"], unique=False)

    op.create_table(
        "restriction_notice",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("city_id", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("effective_to", sa.Date(), nullable=True),
        sa.Column("rule_set", JSON_DOC, nullable=True),
        sa.Column("issue_date", sa.Date(), nullable=True),
        sa.Column("doc_number", sa.String(length=100), nullable=False),
        sa.Column("issuers", JSON_DOC, nullable=False),
        sa.Column("legal_basis", JSON_DOC, nullable=False),
        sa.Column("approval_text", sa.Text(), nullable=False),
        sa.Column("purpose_text", sa.Text(), nullable=False),
        sa.Column("source_url", sa.String(length=500), nullable=False),
        sa.Column("confidence", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["city_id"], ["city.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("restriction_notice", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_restriction_notice_city_id"), ["city_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_restriction_notice_effective_from"), ["effective_from"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("restriction_notice", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_restriction_notice_effective_from"))
        batch_op.drop_index(batch_op.f("ix_restriction_notice_city_id"))

    op.drop_table("restriction_notice")
    with op.batch_alter_table("holiday_day", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_holiday_day_year"))

    op.drop_table("holiday_day")
    op.drop_table("holiday_year")
    op.drop_table("city")
