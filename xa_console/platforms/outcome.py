"""The result of one platform call, shared by every client: a verdict plus the remote id."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from xa_console.domain.publishing.errors import Next, Verdict, http_status
from xa_console.domain.publishing.retry import parse_retry_after
from xa_console.platforms.transport import Reply


@dataclass(frozen=True)
class Outcome:
    """What the platform answered: the outbox's next step, the remote id and the raw answer."""

    verdict: Verdict
    remote_id: str = ""
    data: Mapping[str, Any] = field(default_factory=dict)
    retry_after: timedelta | None = None

    @property
    def ok(self) -> bool:
        """True when the platform accepted the call."""
        return self.verdict.next is Next.DONE


def throttled(reply: Reply, now: datetime | None = None) -> Outcome | None:
    """An HTTP 429/503 refused before processing, with its ``Retry-After``; None otherwise."""
    if reply.status not in (429, 503):
        return None
    verdict = Verdict(http_status(reply.status, sent=False), f"http_{reply.status}")
    when = now or datetime.now(UTC)
    return Outcome(verdict, data=reply.data, retry_after=parse_retry_after(reply.retry_after, when))


def refused(reply: Reply, message: str = "") -> Outcome:
    """A 4xx answer that carries no platform code: the gateway refused it before processing."""
    verdict = Verdict(http_status(reply.status, sent=False), f"http_{reply.status}", message)
    return Outcome(verdict, data=reply.data)


def accepted(verdict: Verdict, remote_id: str, data: Mapping[str, Any], key: str) -> Outcome:
    """An outcome whose success must carry the remote id ``key``; its absence is reconciled."""
    if verdict.next is Next.DONE and key and not remote_id:
        verdict = Verdict(Next.RECONCILE, f"missing_{key}", "accepted without an id")
    return Outcome(verdict, remote_id, data)
