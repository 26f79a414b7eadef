"""SQLAlchemy 2 ORM models. Rule sets are stored as JSON documents on their notice.

A rule set is a value object read and written whole (see ``domain/codec.py``), so one JSON column
keeps it consistent and versionable instead of eight join tables.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    func,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

JSONDoc = JSON().with_variant(JSONB(), "postgresql")


class Base(DeclarativeBase):
    """Declarative base for every table of the console."""


class CityRow(Base):
    """A city whose restrictions the console tracks."""

    __tablename__ = "city"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    name_zh: Mapped[str] = mapped_column(String(32))
    local_plate_prefixes: Mapped[list[str]] = mapped_column(JSONDoc, default=list)
    timezone: Mapped[str] = mapped_column(String(64), default="Asia/Shanghai")


class NoticeRow(Base):
    """A restriction notice (通告) and, except for suspensions, the rule set it puts in force."""

    __tablename__ = "restriction_notice"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    city_id: Mapped[str] = mapped_column(ForeignKey("city.id", ondelete="RESTRICT"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(200))
    effective_from: Mapped[date] = mapped_column(Date, index=True)
    effective_to: Mapped[date | None] = mapped_column(Date, nullable=True)
    rule_set: Mapped[dict[str, Any] | None] = mapped_column(JSONDoc, nullable=True)
    issue_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    doc_number: Mapped[str] = mapped_column(String(100), default="")
    issuers: Mapped[list[str]] = mapped_column(JSONDoc, default=list)
    legal_basis: Mapped[list[str]] = mapped_column(JSONDoc, default=list)
    approval_text: Mapped[str] = mapped_column(Text, default="")
    purpose_text: Mapped[str] = mapped_column(Text, default="")
    source_url: Mapped[str] = mapped_column(String(500), default="")
    confidence: Mapped[str] = mapped_column(String(16), default="confirmed")
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), onupdate=func.now()
    )
    row_version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": row_version}  # noqa: RUF012  # two desks editing: last one is refused


class HolidayYearRow(Base):
    """One year's holiday arrangement (国务院办公厅通知), official or provisional."""

    __tablename__ = "holiday_year"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    status: Mapped[str] = mapped_column(String(16), default="official")
    source_title: Mapped[str] = mapped_column(String(200), default="")
    source_url: Mapped[str] = mapped_column(String(500), default="")
    published_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), onupdate=func.now()
    )
    days: Mapped[list[HolidayDayRow]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="HolidayDayRow.day"
    )


class HolidayDayRow(Base):
    """A rest day or make-up working day, owned by the year plan that announced it."""

    __tablename__ = "holiday_day"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    year: Mapped[int] = mapped_column(
        ForeignKey("holiday_year.year", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(8))
    festival: Mapped[str] = mapped_column(String(32), default="")
    swaps_weekday: Mapped[int | None] = mapped_column(Integer, nullable=True)
    plan: Mapped[HolidayYearRow] = relationship(back_populates="days")


class ChannelSpecRow(Base):
    """A channel's limits document (admin-editable); ``_keyword_types`` holds the type table."""

    __tablename__ = "channel_spec"

    channel: Mapped[str] = mapped_column(String(32), primary_key=True)
    document: Mapped[dict[str, Any]] = mapped_column(JSONDoc)
    updated_by: Mapped[str] = mapped_column(String(64), default="")
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), onupdate=func.now()
    )
    row_version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": row_version}  # noqa: RUF012


class ComplianceWordRow(Base):
    """A forbidden (blocks approval) or sensitive (warns) word for the compliance check."""

    __tablename__ = "compliance_word"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    word: Mapped[str] = mapped_column(String(64), unique=True)
    level: Mapped[str] = mapped_column(String(16))  # forbidden | sensitive
    note: Mapped[str] = mapped_column(String(200), default="")


class TemplateOverrideRow(Base):
    """An officer's edited version of a shipped template (deleting it restores the shipped one)."""

    __tablename__ = "template_override"

    name: Mapped[str] = mapped_column(String(120), primary_key=True)
    source: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), onupdate=func.now()
    )


class NoticeDraftRow(Base):
    """A notice drafted once: its facts, the hand edits per channel and the last generated text."""

    __tablename__ = "notice_draft"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(20), index=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    title: Mapped[str] = mapped_column(String(200), default="")
    facts: Mapped[dict[str, Any]] = mapped_column(JSONDoc)
    edits: Mapped[dict[str, Any]] = mapped_column(JSONDoc, default=dict)  # channel -> field -> text
    generated: Mapped[dict[str, Any]] = mapped_column(JSONDoc, default=dict)
    status: Mapped[str] = mapped_column(String(20), default="draft", index=True)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)
    last_editor_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)
    content_hash: Mapped[str] = mapped_column(String(64), default="")
    emergency_reason: Mapped[str] = mapped_column(Text, default="")
    needs_post_review: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), onupdate=func.now()
    )
    row_version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": row_version}  # noqa: RUF012


class UserRow(Base):
    """A local account: scrypt password hash, roles, lockout bookkeeping."""

    __tablename__ = "app_user"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(64))
    password_hash: Mapped[str] = mapped_column(String(200))
    roles: Mapped[list[str]] = mapped_column(JSONDoc, default=list)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class ApprovalRow(Base):
    """One level's decision on a draft, bound to the content hash it saw."""

    __tablename__ = "draft_approval"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    draft_id: Mapped[int] = mapped_column(
        ForeignKey("notice_draft.id", ondelete="CASCADE"), index=True
    )
    level: Mapped[int] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(String(16))
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    decision: Mapped[str] = mapped_column(String(16))  # approve | reject
    content_hash: Mapped[str] = mapped_column(String(64))
    comment: Mapped[str] = mapped_column(Text, default="")
    decided_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class CommentRow(Base):
    """A comment on a draft, threaded by ``parent_id``."""

    __tablename__ = "draft_comment"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    draft_id: Mapped[int] = mapped_column(
        ForeignKey("notice_draft.id", ondelete="CASCADE"), index=True
    )
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("draft_comment.id"), nullable=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class AuditRow(Base):
    """A hash-chained audit record, written in the same transaction as the change it records."""

    __tablename__ = "audit_log"

    seq: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=False
    )
    ts_utc: Mapped[str] = mapped_column(String(32))
    actor_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    action: Mapped[str] = mapped_column(String(40), index=True)
    object_type: Mapped[str] = mapped_column(String(40))
    object_id: Mapped[str] = mapped_column(String(64), index=True)
    payload: Mapped[dict[str, Any]] = mapped_column(JSONDoc)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)
