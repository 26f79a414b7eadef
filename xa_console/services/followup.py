"""After a send: look up unknown outcomes on the platform, follow WeChat's asynchronous publish.

An ``unknown`` send is found (→ ``sent``), proven absent after a while (→ a person), or, where
the platform has no status API (Weibo, template messages), handed to a person at once. Each
row is handled on its own: one failing lookup does not hold up the others.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from xa_console.db.database import Database
from xa_console.db.models_publishing import OutboxRow, ReleaseRow
from xa_console.domain.publishing.outbox import OutboxState
from xa_console.domain.publishing.plans import local_time
from xa_console.services.accounts import AccountService
from xa_console.services.clients import ClientFactory
from xa_console.services.senders import Lookup, Send, lookup, poll_article

S = OutboxState
STATUS_API = frozenset({"wechat_article", "sms"})


class FollowUp:
    """Reconciliation and publish polling; mixed into the dispatcher, which records states."""

    db: Database
    clients: ClientFactory
    accounts: AccountService
    clock: Callable[[], datetime]
    reconcile_window: timedelta

    def _finish(
        self, s: Session, r: OutboxRow, target: OutboxState, code: str, msg: str
    ) -> OutboxState:
        raise NotImplementedError

    def _audit(
        self,
        s: Session,
        r: OutboxRow,
        before: OutboxState,
        target: OutboxState,
        why: str,
        extra: dict[str, object],
    ) -> None:
        raise NotImplementedError

    def _audit_failure(self, what: str, send_id: int, e: BaseException) -> None:
        raise NotImplementedError

    def reconcile(self) -> int:
        """Look up unknown sends; found → sent, surely absent (after a while) → a person."""
        with self.db.read() as s:
            rows = s.execute(
                select(OutboxRow, ReleaseRow.tz)
                .join(ReleaseRow, ReleaseRow.id == OutboxRow.release_id)
                .where(OutboxRow.state == S.UNKNOWN.value)
            ).all()
        n = 0
        for r, tz in rows:
            try:
                n += self._reconcile_one(r, tz)
            except Exception as e:  # one failing lookup must not hold up the others
                self._audit_failure("reconcile", r.id, e)
        return n

    def _reconcile_one(self, r: OutboxRow, tz: str) -> bool:
        item = self._item(r)
        sending_at = r.sending_at or r.updated_at
        found = lookup(self.clients, item, sending_at, local_time(sending_at, tz).date())
        old = self.clock() - sending_at > self.reconcile_window
        with self.db.write() as s:
            row = s.get(OutboxRow, r.id)
            if row is None or row.state != S.UNKNOWN.value:
                return False
            if found.found:
                self._found(s, row, found, sending_at)
            elif found.found is None and item.channel not in STATUS_API:
                self._finish(s, row, S.NEEDS_HUMAN, "no_status_api", row.last_message)
            elif found.found is False and old:
                self._finish(s, row, S.NEEDS_HUMAN, "reconciled_absent", row.last_message)
            else:
                return False
        return True

    def _found(self, s: Session, row: OutboxRow, found: Lookup, sending_at: datetime) -> None:
        row.remote_id = found.remote_id or row.remote_id
        row.remote_url, row.remote_status = found.remote_url, found.remote_status
        row.sent_at = row.sent_at or sending_at
        self._finish(s, row, S.SENT, "reconciled_found", row.last_message)

    def _item(self, r: OutboxRow) -> Send:
        account = self.accounts.get(r.channel)
        return Send(r.channel, r.idempotency_key, r.target, dict(r.content), b"", account)

    def poll(self) -> int:
        """Follow WeChat ``freepublish`` until published or rejected by the platform's review."""
        with self.db.read() as s:
            rows = list(
                s.scalars(
                    select(OutboxRow).where(
                        OutboxRow.state == S.SENT.value, OutboxRow.remote_status == "publishing"
                    )
                )
            )
        n = 0
        for r in rows:
            try:
                n += self._poll_one(r)
            except Exception as e:  # one failing poll must not hold up the others
                self._audit_failure("poll", r.id, e)
        return n

    def _poll_one(self, r: OutboxRow) -> bool:
        found = poll_article(self.clients, r.channel, r.remote_id)
        if found.found is None:
            return False
        with self.db.write() as s:
            row = s.get(OutboxRow, r.id)
            if row is None or row.remote_status != "publishing":
                return False
            row.remote_status = found.remote_status
            if found.found:
                row.remote_url = found.remote_url or row.remote_url
                s.flush()
                self._audit(s, row, S.SENT, S.SENT, "published", {"url": row.remote_url})
            else:
                self._finish(s, row, S.FAILED, "platform_review", found.remote_status)
        return True
