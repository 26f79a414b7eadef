"""The outbox worker: at most one attempt per send, recorded before and after the request.

For each due send: check it may still go (grace window, approval of this exact content, the
calendar for daily reminders), commit ``sending`` with the attempt number and request hash,
make the request outside any transaction, then commit what came back. A crash between the two
commits leaves ``sending``, which the next start turns into ``unknown``; unknown sends are
looked up on the platform where it can tell, otherwise a person decides. Nothing that may have
gone out is ever sent again automatically.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import ColumnElement, or_, select, update
from sqlalchemy.orm import Session

from xa_console.db.database import Database
from xa_console.db.models import NoticeDraftRow
from xa_console.db.models_publishing import OutboxRow, ReleaseRow
from xa_console.domain.errors import DomainError
from xa_console.domain.publishing.errors import Next
from xa_console.domain.publishing.outbox import OutboxState, after_crash
from xa_console.domain.publishing.plans import Plan, local_time
from xa_console.domain.publishing.retry import next_attempt
from xa_console.domain.review.workflow import SENDABLE, State, content_hash
from xa_console.platforms.outcome import Outcome
from xa_console.platforms.transport import MaybeSent, NotSent
from xa_console.services import audit, faults
from xa_console.services.accounts import API_CHANNELS, AccountService
from xa_console.services.clients import ClientFactory
from xa_console.services.drafting import DraftingService
from xa_console.services.exports.cards import card_for_channel, render_card
from xa_console.services.followup import FollowUp
from xa_console.services.release_views import settle_draft
from xa_console.services.review import ReviewService
from xa_console.services.rules import RuleService
from xa_console.services.senders import NothingPublishedError, Send, awaits_publication, send

S = OutboxState
API = frozenset(API_CHANNELS)
WAIT_FOR_APPROVAL = timedelta(minutes=5)


@dataclass(frozen=True)
class _Approved:
    """A channel's signed text and card, as rendered for sending."""

    fields: dict[str, str]
    card: bytes
    delivery: str


class Dispatcher(FollowUp):
    """Sends due outbox rows, reconciles unknown ones, follows WeChat's asynchronous publish."""

    def __init__(
        self,
        db: Database,
        review: ReviewService,
        rules: RuleService,
        drafting: DraftingService,
        accounts: AccountService,
        clients: ClientFactory,
        *,
        worker: str,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        rng: random.Random | None = None,
        reconcile_window: timedelta = timedelta(minutes=10),
    ) -> None:
        self.db, self.review, self.rules, self.drafting = db, review, rules, drafting
        self.accounts, self.clients, self.worker, self.clock = accounts, clients, worker, clock
        self.rng = rng or random.Random()
        self.reconcile_window = reconcile_window
        self._texts: dict[tuple[int, str, str], _Approved] = {}
        self.stopping = threading.Event()

    # ----- start-up and leases ---------------------------------------------------------------
    def recover(self) -> int:
        """After a crash: sends held by a dead process or an expired lease are released.

        ``sending`` → ``unknown`` (the request may have left), ``claimed`` → ``pending``.
        A row leased by a live process elsewhere is left alone until its lease runs out.
        """
        return self._release_rows(startup=True)

    def expire_leases(self) -> int:
        """While running: a send stuck past its lease (e.g. its outcome could not be
        committed) becomes ``unknown`` and visible, instead of hiding as ``sending``."""
        return self._release_rows(startup=False)

    def _release_rows(self, *, startup: bool) -> int:
        now, n = self.clock(), 0
        with self.db.write() as s:
            q = select(OutboxRow).where(OutboxRow.state.in_([S.SENDING.value, S.CLAIMED.value]))
            for r in s.scalars(q.with_for_update()):
                expired = r.lease_until is None or r.lease_until < now
                if not (expired or (startup and _owner_gone(r.claimed_by))):
                    continue
                before, target = S(r.state), after_crash(S(r.state))
                r.state, r.claimed_by, r.lease_until = target.value, "", None
                if target is S.UNKNOWN:
                    r.last_code = "crashed_while_sending" if startup else "lease_expired"
                s.flush()
                why = "restart" if startup else "lease_expired"
                payload = {"from": before.value, "to": target.value, "why": why}
                audit.append(s, None, f"outbox.{target.value}", "outbox", r.id, payload, now)
                n += 1
        return n

    # ----- the periodic pass -----------------------------------------------------------------
    def due(self, *where: ColumnElement[bool]) -> list[int]:
        """Ids of sends whose time has come (independent of APScheduler's own store)."""
        with self.db.read() as s:
            q = select(OutboxRow.id).where(due_clause(self.clock()), *where)
            return list(s.scalars(q.order_by(OutboxRow.due_at, OutboxRow.id)))

    def tick(self) -> dict[str, int]:
        """Release stuck leases, send what is due, reconcile unknown sends, poll WeChat."""
        expired = self._guarded("expire", self.expire_leases)
        sent = self._each(self.due())
        counts = {"processed": sent, "expired": expired}
        counts["reconciled"] = self._guarded("reconcile", self.reconcile)
        counts["polled"] = self._guarded("poll", self.poll)
        return counts

    def run_release(self, release_id: int, channel: str) -> int:
        """The APScheduler job: this release's due sends on ``channel`` (back-off respected)."""
        return self._each(
            self.due(OutboxRow.release_id == release_id, OutboxRow.channel == channel)
        )

    def stop(self) -> None:
        """Finish the send in hand, start no other (the scheduler is shutting down)."""
        self.stopping.set()

    def _each(self, ids: list[int]) -> int:
        """Process rows one by one; one row's failure neither stops nor hides the others."""
        n = 0
        for send_id in ids:
            if self.stopping.is_set():
                break
            try:
                n += self.process(send_id) is not None
            except Exception as e:  # audited; the lease makes the row visible
                self._audit_failure("process", send_id, e)
        return n

    def _guarded(self, what: str, fn: Callable[[], int]) -> int:
        try:
            return fn()
        except Exception as e:  # one bad pass must not stop the others
            self._audit_failure(what, 0, e)
            return 0

    def _audit_failure(self, what: str, send_id: int, e: BaseException) -> None:
        payload = {"step": what, "error": type(e).__name__, "code": getattr(e, "code", "")}
        try:
            with self.db.write() as s:
                audit.append(
                    s, None, "outbox.worker_error", "outbox", send_id, payload, self.clock()
                )
        except Exception:  # the database itself is down: nothing to record in
            pass

    # ----- one send ---------------------------------------------------------------------------
    def process(self, send_id: int) -> OutboxState | None:
        """Gate, claim, send and record one row; None when another worker had it."""
        seen = self._seen(send_id)
        if seen is None:
            return None
        item, gate = self._prepare(send_id)
        with self.db.write() as s:
            r = self._claim(s, send_id, seen[1])
            if r is None:
                return None
            if gate is not None:
                return self._settle(s, r, seen[0], *gate)
            assert item is not None
            r.state, r.attempt_no = S.SENDING.value, r.attempt_no + 1
            r.sending_at, r.content = self.clock(), dict(item.fields)
            r.request_hash = _hash(item)
            s.flush()
            self._audit(s, r, seen[0], S.SENDING, "attempt", {"attempt": r.attempt_no})
        faults.checkpoint("after_sending_commit")
        try:
            outcome: Outcome | Exception = send(self.clients, item)
        except (NotSent, MaybeSent, NothingPublishedError) as e:
            outcome = e
        except DomainError as e:  # our own refusal before any request (e.g. the keyring)
            outcome = e
        except Exception as e:  # a bug after the request may have left: unknown
            outcome = MaybeSent("client_error", None, type(e).__name__)
        faults.checkpoint("after_http_before_commit")
        with self.db.write() as s:
            q = select(OutboxRow).where(OutboxRow.id == send_id).with_for_update()
            r = s.scalars(q).one()
            if r.state != S.SENDING.value or r.claimed_by != self.worker:
                # someone else decided meanwhile (expired lease, a person): keep theirs
                payload = {"state": r.state, "answer": type(outcome).__name__}
                audit.append(s, None, "outbox.late_answer", "outbox", r.id, payload, self.clock())
                return S(r.state)
            return self._record(s, r, item, outcome)

    def _seen(self, send_id: int) -> tuple[OutboxState, int] | None:
        with self.db.read() as s:
            row = s.execute(
                select(OutboxRow.state, OutboxRow.row_version).where(OutboxRow.id == send_id)
            ).first()
        return (S(row[0]), int(row[1])) if row else None

    def _prepare(self, send_id: int) -> tuple[Send | None, tuple[OutboxState, str, str] | None]:
        """What to send, or the state to settle in instead (late, not approved, …)."""
        with self.db.read() as s:
            r = s.get(OutboxRow, send_id)
            if r is None:
                return None, (S.CANCELLED, "gone", "")
            rel = s.get(ReleaseRow, r.release_id)
            draft = s.get(NoticeDraftRow, rel.draft_id) if rel else None
            if rel is None or draft is None:
                return None, (S.CANCELLED, "gone", "")
            now = self.clock()
            if now > r.latest_at:
                if r.state == S.FAILED_RETRYABLE.value:  # the platform kept refusing: say why
                    return None, (S.FAILED, r.last_code or "late", r.last_message)
                return None, (S.MISSED, "late", local_time(r.due_at, rel.tz).isoformat())
            if rel.plan == Plan.DAILY.value:
                ds = self.rules.rulebook().day_status(draft.day)
                if not ds.restricted:
                    return None, (S.CANCELLED, "not_restricted", ds.reason.value)
            info = self.review.info(draft.id)
            approved = State(draft.status) in SENDABLE and (
                self.review.fully_approved(info) or bool(draft.emergency_reason)
            )
            if not approved:
                return None, (S.PENDING, "waiting_approval", draft.status)
            if rel.content_hash and rel.content_hash != draft.content_hash:
                return None, (S.FAILED, "content_changed", "")
            channel, target, key, draft_id = r.channel, r.target, r.idempotency_key, draft.id
            approved_hash = draft.content_hash
        return self._build(channel, target, key, draft_id, approved_hash)

    def _build(
        self, channel: str, target: str, key: str, draft_id: int, approved_hash: str
    ) -> tuple[Send | None, tuple[OutboxState, str, str] | None]:
        built = self._approved_text(draft_id, approved_hash, channel)
        if not isinstance(built, _Approved):
            return None, built
        if channel not in API or built.delivery != "api":
            return None, (S.AWAITING_CONFIRM, "export_ready", "")
        account = self.accounts.get(channel)
        if not account.enabled:
            return None, (S.FAILED, "account_disabled", "")
        if not account.rehearsal and not self.clients.secrets.has(account.secret_ref):
            return None, (S.FAILED, "secret.missing", account.secret_ref)  # an admin must act
        return Send(channel, key, target, built.fields, built.card, account), None

    def _approved_text(
        self, draft_id: int, approved_hash: str, channel: str
    ) -> _Approved | tuple[OutboxState, str, str]:
        """The channel's fields and card, rendered once per approved content hash.

        Re-rendering must give exactly the signed text (templates may have changed since);
        once it did, the result can be reused for every recipient of that content.
        """
        cache_key = (draft_id, approved_hash, channel)
        if cache_key in self._texts:
            return self._texts[cache_key]
        wb = self.drafting.load(draft_id)
        if content_hash({c.spec.id: c.current.fields for c in wb.channels}) != approved_hash:
            return (S.FAILED, "content_changed", "templates")  # not what was signed
        cd = wb.channel(channel)
        if not cd.ok:
            return (S.FAILED, "content_invalid", cd.problems[0].code)
        sizes = card_for_channel(channel) if cd.spec.delivery == "api" else []
        png = render_card(wb.facts, sizes[0]) if sizes else b""
        result = _Approved(dict(cd.current.fields), png, cd.spec.delivery)
        if len(self._texts) >= 64:
            self._texts.clear()
        self._texts[cache_key] = result
        return result

    def _claim(self, s: Session, send_id: int, version: int) -> OutboxRow | None:
        """Compare-and-set: exactly one worker moves a due row it has just read to ``claimed``.

        The row must still be due (not moved by a reschedule, not backing off) and unchanged
        since it was read for the gate checks.
        """
        res = s.execute(
            update(OutboxRow)
            .where(
                OutboxRow.id == send_id,
                OutboxRow.row_version == version,
                due_clause(self.clock()),
            )
            .values(
                state=S.CLAIMED.value,
                claimed_by=self.worker,
                lease_until=self.clock() + timedelta(minutes=5),
                row_version=OutboxRow.row_version + 1,
            )
            .execution_options(synchronize_session=False)
        )
        if res.rowcount != 1:  # type: ignore[attr-defined]
            return None
        row = s.get(OutboxRow, send_id, populate_existing=True)
        return row

    def _settle(
        self,
        s: Session,
        r: OutboxRow,
        before: OutboxState,
        target: OutboxState,
        code: str,
        msg: str,
    ) -> OutboxState:
        if target is S.PENDING:  # not approved yet: look again in a few minutes
            r.next_attempt_at = self.clock() + WAIT_FOR_APPROVAL
            if before is S.PENDING and r.last_code == code:  # still waiting: nothing new
                r.state, r.claimed_by, r.lease_until = S.PENDING.value, "", None
                return target
        r.state = before.value  # the claim was only a lock: audit the real move
        self._finish(s, r, target, code, msg)
        return target

    # ----- recording --------------------------------------------------------------------------
    def _record(
        self, s: Session, r: OutboxRow, item: Send, outcome: Outcome | Exception
    ) -> OutboxState:
        if isinstance(outcome, NothingPublishedError | NotSent):
            return self._retry(s, r, outcome.code, getattr(outcome, "detail", ""), None)
        if isinstance(outcome, MaybeSent):
            return self._finish(s, r, S.UNKNOWN, outcome.code, outcome.detail)
        if isinstance(outcome, DomainError):
            return self._finish(s, r, S.FAILED, outcome.code, "")
        if not isinstance(outcome, Outcome):  # pragma: no cover - exhaustive above
            return self._finish(s, r, S.UNKNOWN, "client_error", "")
        v = outcome.verdict
        if v.next is Next.DONE:
            r.remote_id, r.sent_at = outcome.remote_id, self.clock()
            if awaits_publication(item):
                r.remote_status = "publishing"  # accepted is not published: poll()
            return self._finish(s, r, S.SENT, v.code, v.message)
        if v.next in (Next.RETRY_LATER, Next.WAIT_QUOTA):
            return self._retry(s, r, v.code, v.message, outcome.retry_after)
        if v.next is Next.RECONCILE:
            r.remote_id = outcome.remote_id or r.remote_id
            return self._finish(s, r, S.UNKNOWN, v.code, v.message)
        return self._finish(s, r, S.FAILED, v.code, v.message)  # content, config, recipient

    def _retry(
        self, s: Session, r: OutboxRow, code: str, msg: str, retry_after: timedelta | None
    ) -> OutboxState:
        now = self.clock()
        when = next_attempt(max(r.attempt_no, 1), now, retry_after=retry_after, rng=self.rng)
        if when is None or when > r.latest_at:
            return self._finish(s, r, S.FAILED, code, msg or "retries_exhausted")
        r.next_attempt_at = when
        return self._finish(s, r, S.FAILED_RETRYABLE, code, msg)

    def _finish(
        self, s: Session, r: OutboxRow, target: OutboxState, code: str, msg: str
    ) -> OutboxState:
        before = S(r.state)
        r.state, r.last_code, r.last_message = target.value, code, msg[:2000]
        r.claimed_by, r.lease_until = "", None
        s.flush()
        self._audit(s, r, before, target, code, {"message": msg[:200]})
        rel = s.get(ReleaseRow, r.release_id)
        if rel is not None:
            settle_draft(s, None, rel.draft_id, self.clock())
        return target

    def _audit(
        self,
        s: Session,
        r: OutboxRow,
        before: OutboxState,
        target: OutboxState,
        why: str,
        extra: dict[str, object],
    ) -> None:
        payload: dict[str, object] = {"from": before.value, "to": target.value, "why": why}
        payload.update(key=r.idempotency_key, **extra)
        audit.append(s, None, f"outbox.{target.value}", "outbox", r.id, payload, self.clock())


def due_clause(now: datetime) -> ColumnElement[bool]:
    """Pending and due (not waiting), or retryable and its back-off has passed."""
    waiting_over = or_(OutboxRow.next_attempt_at.is_(None), OutboxRow.next_attempt_at <= now)
    return or_(
        (OutboxRow.state == S.PENDING.value) & (OutboxRow.due_at <= now) & waiting_over,
        (OutboxRow.state == S.FAILED_RETRYABLE.value) & (OutboxRow.next_attempt_at <= now),
    )


def _owner_gone(worker: str) -> bool:
    """True when ``host:pid`` names a process on this machine that no longer runs."""
    host, _, pid = worker.rpartition(":")
    if host != socket.gethostname() or not pid.isdigit():
        return not worker  # an unowned row; another machine's rows wait for their lease
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def _hash(item: Send) -> str:
    body = json.dumps(
        {"channel": item.channel, "target": item.target, "fields": dict(item.fields)},
        ensure_ascii=False,
        sort_keys=True,
    )
    return hashlib.sha256(body.encode()).hexdigest()
