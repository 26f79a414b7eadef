"""Tables for releases and the outbox: our record of what is scheduled and what was sent.

These rows are the source of truth; APScheduler's own job table is only an alarm clock that
is rebuilt from them on every start.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    DateTime,
    Dialect,
    ForeignKey,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column

from xa_console.db.models import Base, JSONDoc


class UTCDateTime(TypeDecorator[datetime]):
    """``DateTime(timezone=True)`` that stores UTC and always hands back an aware datetime.

    SQLite keeps no zone and returns naive values; comparing those with aware ones fails, so
    the publishing tables normalise here once instead of at every use.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is not None and value.tzinfo is not None:
            return value.astimezone(UTC)
        return value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value


class ReleaseRow(Base):
    """One notice going out on a set of channels at one moment (a plan may make many)."""

    __tablename__ = "release"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    draft_id: Mapped[int] = mapped_column(
        ForeignKey("notice_draft.id", name="fk_release_draft", ondelete="RESTRICT"), index=True
    )
    plan: Mapped[str] = mapped_column(String(16))  # one_off | synchronized | daily | rundown
    series: Mapped[str] = mapped_column(String(36), default="", index=True)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)  # UTC
    tz: Mapped[str] = mapped_column(String(64), default="Asia/Shanghai")  # the author's zone
    content_hash: Mapped[str] = mapped_column(String(64), default="")  # "" = check at fire time
    status: Mapped[str] = mapped_column(String(16), default="active", index=True)
    created_by: Mapped[int | None] = mapped_column(
        ForeignKey("app_user.id", name="fk_release_user"), nullable=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), server_default=func.now())
    note: Mapped[str] = mapped_column(Text, default="")
    row_version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": row_version}  # noqa: RUF012


class OutboxRow(Base):
    """One send: (release, channel, target), with its idempotency key and state."""

    __tablename__ = "outbox"
    __table_args__ = (UniqueConstraint("release_id", "channel", "target", name="uq_outbox_send"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    release_id: Mapped[int] = mapped_column(
        ForeignKey("release.id", name="fk_outbox_release", ondelete="CASCADE"), index=True
    )
    channel: Mapped[str] = mapped_column(String(32), index=True)
    target: Mapped[str] = mapped_column(String(128), default="")  # openid / phone; "" = account
    idempotency_key: Mapped[str] = mapped_column(String(64), unique=True)
    state: Mapped[str] = mapped_column(String(20), default="pending", index=True)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    latest_at: Mapped[datetime] = mapped_column(UTCDateTime())  # end of grace window
    attempt_no: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    claimed_by: Mapped[str] = mapped_column(String(80), default="")
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    sending_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    request_hash: Mapped[str] = mapped_column(String(64), default="")
    content: Mapped[dict[str, Any]] = mapped_column(JSONDoc, default=dict)  # what was sent
    remote_id: Mapped[str] = mapped_column(String(200), default="")
    remote_url: Mapped[str] = mapped_column(String(1000), default="")
    remote_status: Mapped[str] = mapped_column(String(40), default="")
    last_code: Mapped[str] = mapped_column(String(80), default="")
    last_message: Mapped[str] = mapped_column(Text, default="")
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    decided_by: Mapped[int | None] = mapped_column(Integer, nullable=True)
    updated_at: Mapped[datetime] = mapped_column(
        UTCDateTime(), server_default=func.now(), onupdate=func.now()
    )
    row_version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": row_version}  # noqa: RUF012


class PlatformAccountRow(Base):
    """A channel's account: base URL, public ids and options. Secrets stay in the OS keyring."""

    __tablename__ = "platform_account"

    channel: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(100), default="")
    base_url: Mapped[str] = mapped_column(String(300), default="")
    app_id: Mapped[str] = mapped_column(String(100), default="")  # appid / AccessKeyId / uid
    secret_ref: Mapped[str] = mapped_column(String(120), default="")  # keyring user name only
    options: Mapped[dict[str, Any]] = mapped_column(JSONDoc, default=dict)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    updated_at: Mapped[datetime] = mapped_column(
        UTCDateTime(), server_default=func.now(), onupdate=func.now()
    )


class SchedulerLeaseRow(Base):
    """Who runs the scheduler for this database (display only; the lock is what excludes)."""

    __tablename__ = "scheduler_lease"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    holder: Mapped[str] = mapped_column(String(120))
    host: Mapped[str] = mapped_column(String(120))
    pid: Mapped[int] = mapped_column(Integer)
    mode: Mapped[str] = mapped_column(String(16))  # console | service
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())
    heartbeat_at: Mapped[datetime] = mapped_column(UTCDateTime())
