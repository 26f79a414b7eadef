"""Release plans: schedule, reschedule, cancel, and a person's decisions on sends.

A release is one approved notice going out on chosen channels at one moment; each send is an
outbox row (release, channel, target) with its own idempotency key. Scheduling writes rows in
the same transaction as the notice's move to ``scheduled`` and its audit row; the scheduler
learns about them from the database, never the other way round.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from xa_console.db.database import Database
from xa_console.db.models import NoticeDraftRow
from xa_console.db.models_publishing import OutboxRow, ReleaseRow
from xa_console.domain.channels.spec import ChannelBook
from xa_console.domain.drafting.facts import DraftKind
from xa_console.domain.errors import fail
from xa_console.domain.publishing.outbox import CANCELLABLE, OutboxState, move
from xa_console.domain.publishing.plans import (
    Plan,
    idempotency_key,
    restriction_days,
    rundown,
    to_utc,
)
from xa_console.domain.review.workflow import PLANNERS, SENDABLE, Role, State
from xa_console.services import audit, release_views
from xa_console.services.accounts import Account, AccountService
from xa_console.services.changes import Changes
from xa_console.services.channels import ChannelService
from xa_console.services.drafting import DraftingService
from xa_console.services.release_views import SendView, settle_draft
from xa_console.services.rules import RuleService
from xa_console.services.users import User

S = OutboxState


class ReleaseService:
    """Plans releases and records what people decide about them."""

    def __init__(
        self,
        db: Database,
        rules: RuleService,
        channels: ChannelService,
        drafting: DraftingService,
        accounts: AccountService,
        *,
        tz: str = "Asia/Shanghai",
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.db, self.rules, self.channels = db, rules, channels
        self.drafting, self.accounts, self.tz, self.clock = drafting, accounts, tz, clock
        self.on_change: Callable[[], None] | None = None  # the in-process scheduler's re-sync

    # ----- planning --------------------------------------------------------------------------
    def schedule(
        self,
        actor: User,
        draft_id: int,
        channels: Sequence[str],
        at: datetime,
        *,
        note: str = "",
    ) -> tuple[list[int], Changes]:
        """One release of an approved notice on ``channels`` at local time ``at``.

        One channel is a one-off release; several go out together (synchronized).
        """
        plan = Plan.ONE_OFF if len(channels) == 1 else Plan.SYNCHRONIZED
        return self._plan(actor, draft_id, channels, [at], plan, note)

    def schedule_rundown(
        self, actor: User, draft_id: int, channel: str, day: date, times: Sequence[time]
    ) -> tuple[list[int], Changes]:
        """Broadcast spots: one release per time (e.g. radio five times 7:00–8:30)."""
        return self._plan(actor, draft_id, [channel], rundown(day, times), Plan.RUNDOWN, "")

    def plan_daily(
        self,
        actor: User,
        start: date,
        end: date,
        channels: Sequence[str],
        at: time,
    ) -> tuple[list[int], Changes]:
        """A daily reminder for every restriction day in [start, end] from the calendar.

        Each day gets its own daily draft (reused when one exists) to be signed off, e.g. as a
        batch; at fire time the job checks again that the day is restricted and approved.
        """
        self._check_planner(actor)
        self._check_channels(channels)
        now = self.clock()
        days = [
            d
            for d in restriction_days(self.rules.rulebook(), start, end)
            if to_utc(datetime.combine(d, at), self.tz) >= now  # past days would only be missed
        ]
        series, ids = str(uuid.uuid4()), []
        accounts = [self.accounts.get(c) for c in channels]  # read once, not per day
        for day in days:
            draft_id = self._daily_draft(actor, day)
            with self.db.write() as s:
                due = datetime.combine(day, at)
                ids.append(self._add(s, actor, draft_id, accounts, due, Plan.DAILY, series, "", ""))
        self._changed()
        return ids, Changes(drafts=True, releases=True)

    def _daily_draft(self, actor: User, day: date) -> int:
        with self.db.read() as s:
            found = s.scalars(
                select(NoticeDraftRow.id).where(
                    NoticeDraftRow.kind == DraftKind.DAILY.value,
                    NoticeDraftRow.day == day,
                    NoticeDraftRow.status != State.WITHDRAWN.value,
                )
            ).first()
        if found is not None:
            return found
        wb, _ = self.drafting.save(self.drafting.new(DraftKind.DAILY, day), actor)
        assert wb.draft_id is not None
        return wb.draft_id

    def _plan(
        self,
        actor: User,
        draft_id: int,
        channels: Sequence[str],
        moments: Sequence[datetime],
        plan: Plan,
        note: str,
    ) -> tuple[list[int], Changes]:
        self._check_planner(actor)
        self._check_channels(channels)
        now = self.clock()
        for m in moments:
            if to_utc(m, self.tz) < now - timedelta(minutes=1):
                raise fail("release.in_past", "at", at=m.isoformat(sep=" ", timespec="minutes"))
        series = str(uuid.uuid4()) if len(moments) > 1 else ""
        accounts = [self.accounts.get(c) for c in channels]  # read before the write lock
        with self.db.write() as s:
            row = s.scalars(
                select(NoticeDraftRow).where(NoticeDraftRow.id == draft_id).with_for_update()
            ).first()
            if row is None:
                raise fail("draft.gone", "id", id=draft_id)
            if State(row.status) not in SENDABLE:
                raise fail("workflow.bad_state", "state", action="schedule", state=row.status)
            self._check_not_sent(s, draft_id, channels)
            ids = [
                self._add(s, actor, draft_id, accounts, m, plan, series, row.content_hash, note)
                for m in moments
            ]
            if row.status != State.SCHEDULED.value:
                before, row.status = row.status, State.SCHEDULED.value
                row.updated_at = now
                s.flush()
                audit.append(
                    s,
                    actor.id,
                    "draft.schedule",
                    "draft",
                    row.id,
                    {"from": before, "to": row.status, "content_hash": row.content_hash},
                    now,
                )
        self._changed()
        return ids, Changes(drafts=True, releases=True)

    def _add(
        self,
        s: Session,
        actor: User,
        draft_id: int,
        accounts: Sequence[Account],
        local: datetime,
        plan: Plan,
        series: str,
        content_hash: str,
        note: str,
    ) -> int:
        due = to_utc(local, self.tz)
        rel = ReleaseRow(
            draft_id=draft_id,
            plan=plan.value,
            series=series,
            due_at=due,
            tz=self.tz,
            content_hash=content_hash,
            status="active",
            created_by=actor.id,
            created_at=self.clock(),
            note=note,
        )
        s.add(rel)
        s.flush()
        for account in accounts:
            channel = account.channel
            targets = account.recipients or ("",)
            latest = due + timedelta(minutes=account.grace_minutes)
            for i, target in enumerate(targets):
                s.add(
                    OutboxRow(
                        release_id=rel.id,
                        channel=channel,
                        target=target,
                        idempotency_key=idempotency_key(rel.id, channel, i),
                        state=S.PENDING.value,
                        due_at=due,
                        latest_at=latest,
                        content={},
                    )
                )
        s.flush()
        payload = {
            "draft_id": draft_id,
            "plan": plan.value,
            "channels": [a.channel for a in accounts],
            "due_at": due.isoformat(),
            "tz": self.tz,
            "content_hash": content_hash,
        }
        audit.append(s, actor.id, "release.schedule", "release", rel.id, payload, self.clock())
        return rel.id

    def _check_not_sent(self, s: Session, draft_id: int, channels: Sequence[str]) -> None:
        """An API channel that already carried (or may have carried) this notice is refused:
        a new release would publish it twice. Export channels (radio reruns) may repeat."""
        api = {c.id for c in self.channels.book().channels if c.delivery == "api"}
        wanted = [c for c in channels if c in api]
        if not wanted:
            return
        found = s.scalars(
            select(OutboxRow.channel)
            .join(ReleaseRow, ReleaseRow.id == OutboxRow.release_id)
            .where(
                ReleaseRow.draft_id == draft_id,
                OutboxRow.channel.in_(wanted),
                OutboxRow.state.in_([v.value for v in _MAYBE_OUT]),
            )
        ).first()
        if found is not None:
            raise fail("release.already_sent", "channels", channel=found)

    def _check_planner(self, actor: User) -> None:
        if not (PLANNERS & set(actor.roles)):
            raise fail("workflow.role_required", "role", role=Role.EDITOR.value)

    def _check_channels(self, channels: Sequence[str]) -> None:
        known = {c.id for c in self.channels.book().channels}
        if not channels:
            raise fail("release.no_channels", "channels")
        for c in channels:
            if c not in known:
                raise fail("release.unknown_channel", "channels", channel=c)
        if len(set(channels)) != len(channels):
            raise fail("release.duplicate_channel", "channels")

    def _changed(self) -> None:
        if self.on_change is not None:
            self.on_change()

    # ----- changing plans ---------------------------------------------------------------------
    def cancel(
        self, actor: User, release_id: int, channel: str | None = None, reason: str = ""
    ) -> Changes:
        """Cancel the not-yet-sent sends of a release (one channel or all)."""
        self._check_planner(actor)
        with self.db.write() as s:
            rel = self._release(s, release_id)
            rows = self._rows(s, release_id, channel)
            open_rows = [r for r in rows if S(r.state) in CANCELLABLE]
            if not open_rows:
                raise fail("release.nothing_to_cancel", "release", id=release_id)
            for r in open_rows:
                self._move(s, actor, r, S.CANCELLED, "cancelled", reason)
            if all(r.state == S.CANCELLED.value for r in self._rows(s, release_id, None)):
                rel.status = "cancelled"
            self._settle_draft(s, actor, rel.draft_id)
        self._changed()
        return Changes(drafts=True, releases=True)

    def reschedule(
        self, actor: User, release_id: int, at: datetime, channel: str | None = None
    ) -> Changes:
        """Move the pending sends of a release to a new local time (grace window kept)."""
        self._check_planner(actor)
        due = to_utc(at, self.tz)
        if due < self.clock() - timedelta(minutes=1):
            raise fail("release.in_past", "at", at=at.isoformat(sep=" ", timespec="minutes"))
        with self.db.write() as s:
            rel = self._release(s, release_id)
            rows = [r for r in self._rows(s, release_id, channel) if r.state == S.PENDING.value]
            if not rows:
                raise fail("release.nothing_to_move", "release", id=release_id)
            for r in rows:
                grace = r.latest_at - r.due_at
                before = r.due_at
                r.due_at, r.latest_at, r.next_attempt_at = due, due + grace, None
                s.flush()
                payload = {"from": before.isoformat(), "to": due.isoformat(), "channel": r.channel}
                audit.append(
                    s, actor.id, "outbox.reschedule", "outbox", r.id, payload, self.clock()
                )
            if channel is None:
                rel.due_at = due
        self._changed()
        return Changes(releases=True)

    def decide(
        self,
        actor: User,
        send_id: int,
        decision: str,
        *,
        note: str = "",
        url: str = "",
        accept_duplicate_risk: bool = False,
    ) -> Changes:
        """A person's decision on a send that needs one.

        ``confirm`` (export delivered / checked on the platform: it went out), ``failed``,
        ``resend`` (UNKNOWN/NEEDS_HUMAN only with ``accept_duplicate_risk``), ``send_late``
        (MISSED), ``retry`` (FAILED), ``drop``.
        """
        self._check_planner(actor)
        with self.db.write() as s:
            r = s.scalars(
                select(OutboxRow).where(OutboxRow.id == send_id).with_for_update()
            ).first()
            if r is None:
                raise fail("release.send_gone", "id", id=send_id)
            state = S(r.state)
            target = self._decision_target(state, decision, accept_duplicate_risk)
            if target is S.PENDING:
                now = self.clock()
                grace = max(r.latest_at - r.due_at, timedelta(minutes=15))
                r.due_at, r.latest_at, r.next_attempt_at = now, now + grace, None
            if target is S.SENT:
                r.sent_at = r.sent_at or self.clock()
                r.remote_url = url or r.remote_url
            r.decided_by = actor.id
            self._move(s, actor, r, target, f"decision.{decision}", note)
            rel = self._release(s, r.release_id)
            self._settle_draft(s, actor, rel.draft_id)
        self._changed()
        return Changes(drafts=True, releases=True)

    @staticmethod
    def _decision_target(state: OutboxState, decision: str, risk_ok: bool) -> OutboxState:
        if state is S.UNKNOWN and decision in ("confirm", "failed", "resend"):
            state = S.NEEDS_HUMAN  # a person looking at it is the human step
        table: dict[tuple[OutboxState, str], OutboxState] = {
            (S.AWAITING_CONFIRM, "confirm"): S.SENT,
            (S.AWAITING_CONFIRM, "drop"): S.CANCELLED,
            (S.NEEDS_HUMAN, "confirm"): S.SENT,
            (S.NEEDS_HUMAN, "failed"): S.FAILED,
            (S.NEEDS_HUMAN, "resend"): S.PENDING,
            (S.MISSED, "send_late"): S.PENDING,
            (S.MISSED, "drop"): S.CANCELLED,
            (S.FAILED, "retry"): S.PENDING,
            (S.FAILED, "drop"): S.CANCELLED,
        }
        target = table.get((state, decision))
        if target is None:
            raise fail("release.bad_decision", "decision", decision=decision, state=state.value)
        if decision == "resend" and not risk_ok:
            raise fail("release.duplicate_risk", "decision")
        return target

    # ----- shared with the dispatcher --------------------------------------------------------
    def _move(
        self, s: Session, actor: User | None, r: OutboxRow, target: OutboxState, why: str, note: str
    ) -> None:
        before = S(r.state)
        if before is S.UNKNOWN and target not in (S.RECONCILING, S.NEEDS_HUMAN):
            r.state = move(before, S.NEEDS_HUMAN).value
        r.state = move(S(r.state), target).value
        r.last_code = why if target is not S.SENT or not r.last_code else r.last_code
        if note:
            r.last_message = note
        s.flush()
        payload = {"from": before.value, "to": target.value, "why": why, "note": note}
        actor_id = actor.id if actor else None
        audit.append(s, actor_id, f"outbox.{target.value}", "outbox", r.id, payload, self.clock())

    def _settle_draft(self, s: Session, actor: User | None, draft_id: int) -> None:
        settle_draft(s, actor.id if actor else None, draft_id, self.clock())

    @staticmethod
    def _release(s: Session, release_id: int) -> ReleaseRow:
        rel = s.get(ReleaseRow, release_id)
        if rel is None:
            raise fail("release.gone", "id", id=release_id)
        return rel

    @staticmethod
    def _rows(s: Session, release_id: int, channel: str | None) -> list[OutboxRow]:
        q = select(OutboxRow).where(OutboxRow.release_id == release_id)
        if channel is not None:
            q = q.where(OutboxRow.channel == channel)
        return list(s.scalars(q.order_by(OutboxRow.id).with_for_update()))

    # ----- reading ---------------------------------------------------------------------------
    def sends(self, start: datetime | None = None, end: datetime | None = None) -> list[SendView]:
        """Every send due in [start, end) (UTC), oldest first."""
        with self.db.read() as s:
            return release_views.sends(s, start, end)

    def book(self) -> ChannelBook:
        """The channel book (names, delivery kinds) for display."""
        return self.channels.book()


_MAYBE_OUT = frozenset({S.SENT, S.SENDING, S.UNKNOWN, S.RECONCILING, S.NEEDS_HUMAN})
