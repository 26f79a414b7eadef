"""Retry timing for sends where nothing can have gone out: bounded, full jitter, Retry-After."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

MAX_ATTEMPTS = 5
BASE = timedelta(seconds=30)
CAP = timedelta(minutes=30)


def next_attempt(
    attempt: int,
    now: datetime,
    *,
    retry_after: timedelta | None = None,
    rng: random.Random | None = None,
) -> datetime | None:
    """When to try again after failed attempt number ``attempt`` (1-based); None = give up.

    Full jitter: a random delay in [0, min(cap, base * 2**(attempt-1))]; a platform's
    Retry-After is a floor, never shortened by jitter.
    """
    if attempt >= MAX_ATTEMPTS:
        return None
    ceiling = min(CAP, BASE * (2 ** (attempt - 1)))
    delay = timedelta(seconds=(rng or random).uniform(0, ceiling.total_seconds()))
    if retry_after is not None:
        delay = max(delay, retry_after)
    return now + delay


def parse_retry_after(value: str | None, now: datetime) -> timedelta | None:
    """``Retry-After`` as seconds or an HTTP date; None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return timedelta(seconds=int(value))
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None or now.tzinfo is None:
        return None
    return max(timedelta(0), when - now)
