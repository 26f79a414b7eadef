"""What the schedule shows and how a notice's state follows its sends (read side of releases).

``SendView`` is the DTO the schedule page and ``release list`` display; ``settle_draft`` moves
a notice to published / partly_published / failed once every send has a known outcome.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from xa_console.db.models import NoticeDraftRow
from xa_console.db.models_publishing import OutboxRow, ReleaseRow
from xa_console.domain.publishing.outbox import SETTLED, OutboxState
from xa_console.domain.publishing.plans import draft_result
from xa_console.domain.review.workflow import SENDABLE, State
from xa_console.services import audit

S = OutboxState


@dataclass(frozen=True)
class SendView:
    """One outbox row for display (the schedule page, ``release list``)."""

    id: int
    release_id: int
    draft_id: int
    title: str
    plan: str
    channel: str
    target: str
    state: OutboxState
    due_at: datetime
    latest_at: datetime
    attempt_no: int
    remote_id: str
    remote_url: str
    remote_status: str
    last_code: str
    last_message: str
    sent_at: datetime | None
    key: str
    series: str


def sends(s: Session, start: datetime | None, end: datetime | None) -> list[SendView]:
    """Every send due in [start, end) (UTC), oldest first."""
    q = (
        select(OutboxRow, ReleaseRow, NoticeDraftRow.title)
        .join(ReleaseRow, ReleaseRow.id == OutboxRow.release_id)
        .join(NoticeDraftRow, NoticeDraftRow.id == ReleaseRow.draft_id)
    )
    if start is not None:
        q = q.where(OutboxRow.due_at >= start)
    if end is not None:
        q = q.where(OutboxRow.due_at < end)
    rows = s.execute(q.order_by(OutboxRow.due_at, OutboxRow.id)).all()
    return [_view(o, r, title) for o, r, title in rows]


def _view(o: OutboxRow, r: ReleaseRow, title: str) -> SendView:
    return SendView(
        o.id,
        r.id,
        r.draft_id,
        title,
        r.plan,
        o.channel,
        o.target,
        S(o.state),
        o.due_at,
        o.latest_at,
        o.attempt_no,
        o.remote_id,
        o.remote_url,
        o.remote_status,
        o.last_code,
        o.last_message,
        o.sent_at,
        o.idempotency_key,
        r.series,
    )


def settle_draft(s: Session, actor_id: int | None, draft_id: int, now: datetime) -> None:
    """Set the notice's published / partly_published / failed state once its sends settle."""
    still_open = s.scalars(
        select(OutboxRow.id)
        .join(ReleaseRow, ReleaseRow.id == OutboxRow.release_id)
        .where(ReleaseRow.draft_id == draft_id, OutboxRow.state.not_in([v.value for v in SETTLED]))
        .limit(1)
    ).first()
    if still_open is not None:  # cheap early exit: most sends leave others still to go
        return
    states = [
        S(v)
        for v in s.scalars(
            select(OutboxRow.state)
            .join(ReleaseRow, ReleaseRow.id == OutboxRow.release_id)
            .where(ReleaseRow.draft_id == draft_id)
        )
    ]
    result = draft_result(states)
    row = s.get(NoticeDraftRow, draft_id)
    if row is None or result is None or row.status == result:
        return
    if State(row.status) not in SENDABLE:
        return  # a daily draft still in review: its state is the reviewers' business
    before, row.status, row.updated_at = row.status, result, now
    s.flush()
    payload = {"from": before, "to": result}
    audit.append(s, actor_id, "draft.publish_result", "draft", row.id, payload, now)
