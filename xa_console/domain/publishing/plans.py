"""Release plans without I/O: when things go out, keys, grace windows, a notice's overall result."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from xa_console.domain.engine import RuleBook
from xa_console.domain.errors import fail
from xa_console.domain.publishing.outbox import SETTLED, OutboxState


class Plan(StrEnum):
    """How a release came to be."""

    ONE_OFF = "one_off"  # one channel at one moment
    SYNCHRONIZED = "synchronized"  # every chosen channel at the same moment
    DAILY = "daily"  # one per restriction day, generated from the calendar
    RUNDOWN = "rundown"  # broadcast spots at several times of one day


# Minutes a release may still go out after its time (an admin can change them per account).
DEFAULT_GRACE_MINUTES: dict[str, int] = {
    "wechat_article": 120,
    "wechat_reminder": 45,
    "weibo": 120,
    "sms": 30,
    "douyin": 240,
    "kuaishou": 240,
    "channels": 240,
    "toutiao": 240,
    "tv": 60,
    "radio": 15,
    "press": 480,
}
MAX_DAILY_DAYS = 400
KEY_LIMIT = 64  # WeChat clientmsgid is at most 64 bytes


def zone(name: str) -> ZoneInfo:
    """An IANA zone, or ``release.bad_zone``."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as e:
        raise fail("release.bad_zone", "tz", tz=name) from e


def to_utc(local: datetime, tz: str) -> datetime:
    """A wall-clock time in ``tz`` as an aware UTC datetime.

    PEP 495 ``fold=0``: a time in a DST gap moves forward by the gap (02:30 → 03:30), a time
    in an overlap means its first occurrence — either way exactly one moment.
    """
    aware = local.replace(tzinfo=zone(tz), fold=0) if local.tzinfo is None else local
    return aware.astimezone(UTC)


def local_time(utc: datetime, tz: str) -> datetime:
    """The wall-clock time in ``tz`` (naive) of an aware UTC datetime."""
    return utc.astimezone(zone(tz)).replace(tzinfo=None)


def restriction_days(book: RuleBook, start: date, end: date) -> list[date]:
    """Every restricted day in [start, end] per the calendar (weekends, holidays, make-up
    days and suspensions are left out by the engine)."""
    if end < start:
        raise fail("release.bad_range", "end", start=start.isoformat(), end=end.isoformat())
    if (end - start).days > MAX_DAILY_DAYS:
        raise fail("release.range_too_long", "end", days=MAX_DAILY_DAYS)
    days = (start + timedelta(n) for n in range((end - start).days + 1))
    return [d for d in days if book.day_status(d).restricted]


def rundown(day: date, times: Sequence[time]) -> list[datetime]:
    """Naive local datetimes for broadcast spots; times must be distinct."""
    if not times:
        raise fail("release.no_times", "times")
    if len(set(times)) != len(times):
        raise fail("release.duplicate_time", "times")
    return [datetime.combine(day, t) for t in sorted(times)]


def idempotency_key(release_id: int, channel: str, index: int) -> str:
    """A stable key per send, sent as WeChat ``clientmsgid`` / SMS ``OutId`` (≤ 64 bytes)."""
    key = f"xa-{release_id}-{channel}-{index}"
    if len(key.encode()) > KEY_LIMIT:
        raise fail("release.key_too_long", "channel", key=key)
    return key


def draft_result(states: Iterable[OutboxState]) -> str | None:
    """The notice's state once nothing is left to happen; None while sends are still open."""
    states = list(states)
    if not states or any(s not in SETTLED for s in states):
        return None
    live = [s for s in states if s is not OutboxState.CANCELLED]
    if not live:
        return "approved"  # everything was cancelled: it can be scheduled again
    sent = sum(1 for s in live if s is OutboxState.SENT)
    if sent == len(live):
        return "published"
    return "partly_published" if sent else "failed"
