"""Appending to and verifying the hash-chained audit log.

``append`` runs inside the caller's transaction, so a rolled-back change leaves no audit row.
Appends are serialised: SQLite writes start with BEGIN IMMEDIATE (one writer); on PostgreSQL a
transaction-scoped advisory lock guards the chain head.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from xa_console.db.database import Database
from xa_console.db.models import AuditRow
from xa_console.domain.review.audit import GENESIS, AuditEntry, ChainBreak, redact, verify_chain

_LOCK_KEY = 0x58414155  # "XAAU"


def _entry(row: AuditRow) -> AuditEntry:
    return AuditEntry(
        row.seq,
        row.ts_utc,
        row.actor_id,
        row.action,
        row.object_type,
        row.object_id,
        row.payload,
        row.prev_hash,
        row.hash,
    )


def append(
    s: Session,
    actor_id: int | None,
    action: str,
    object_type: str,
    object_id: object,
    payload: Mapping[str, Any] | None = None,
    now: datetime | None = None,
) -> AuditEntry:
    """Add the next chained row in the current transaction and return it."""
    if s.get_bind().dialect.name == "postgresql":
        s.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _LOCK_KEY})
    head = s.execute(
        select(AuditRow.seq, AuditRow.hash).order_by(AuditRow.seq.desc()).limit(1)
    ).first()
    seq, prev = (head[0] + 1, head[1]) if head else (1, GENESIS)
    stamp = (now or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="microseconds")
    entry = AuditEntry(
        seq, stamp, actor_id, action, object_type, str(object_id), redact(dict(payload or {})), prev
    )
    entry = AuditEntry(**{**entry.__dict__, "hash": entry.computed_hash()})
    s.add(
        AuditRow(
            seq=entry.seq,
            ts_utc=entry.ts_utc,
            actor_id=actor_id,
            action=action,
            object_type=object_type,
            object_id=entry.object_id,
            payload=dict(entry.payload),
            prev_hash=prev,
            hash=entry.hash,
        )
    )
    s.flush()
    return entry


class AuditService:
    """Reads and verifies the audit log."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def verify(self) -> tuple[ChainBreak | None, int]:
        """(first break or None, rows checked)."""
        with self.db.read() as s:
            rows = [_entry(r) for r in s.scalars(select(AuditRow).order_by(AuditRow.seq))]
        return verify_chain(rows), len(rows)

    def entries(
        self, object_type: str | None = None, object_id: object = None, limit: int = 500
    ) -> list[AuditEntry]:
        """Newest first, optionally for one object."""
        q = select(AuditRow).order_by(AuditRow.seq.desc()).limit(limit)
        if object_type is not None:
            q = q.where(AuditRow.object_type == object_type)
        if object_id is not None:
            q = q.where(AuditRow.object_id == str(object_id))
        with self.db.read() as s:
            return [_entry(r) for r in s.scalars(q)]

    def count(self) -> int:
        """Rows in the log."""
        with self.db.read() as s:
            return int(s.scalar(select(func.count(AuditRow.seq))) or 0)
