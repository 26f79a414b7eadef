"""Shared helpers for the publishing tests: a settable clock and signed notices."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from xa_console.domain.drafting.facts import DraftKind
from xa_console.services.users import User

PW = "Xian-Jiaojing-2026"
XIAN = ZoneInfo("Asia/Shanghai")


class Clock:
    """A clock the test moves by hand (aware UTC)."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kw: float) -> None:
        self.now += timedelta(**kw)

    def local(self, y: int, m: int, d: int, hh: int, mm: int = 0) -> None:
        """Set the time as Xi'an wall-clock time."""
        self.now = datetime(y, m, d, hh, mm, tzinfo=XIAN).astimezone(UTC)


def sign(ctx: Any, team: dict[str, User], kind: DraftKind, day: date) -> int:
    """A draft written by the editor, approved by the reviewer and signed by the signer."""
    wb, _ = ctx.drafting.save(ctx.drafting.new(kind, day), team["editor"])
    info, _ = ctx.review.submit(team["editor"], wb.draft_id)
    info, _ = ctx.review.approve(team["reviewer"], wb.draft_id, info.content_hash)
    ctx.review.approve(team["signer"], wb.draft_id, info.content_hash)
    assert wb.draft_id is not None
    return wb.draft_id
