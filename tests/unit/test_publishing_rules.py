"""Outbox state machine, platform error mapping and retry timing (pure, for issue 4)."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from xa_console.domain.errors import DomainError
from xa_console.domain.publishing import errors
from xa_console.domain.publishing.errors import Next
from xa_console.domain.publishing.outbox import OutboxState as S
from xa_console.domain.publishing.outbox import after_crash, can_move, move
from xa_console.domain.publishing.retry import CAP, MAX_ATTEMPTS, next_attempt, parse_retry_after

NOW = datetime(2026, 11, 24, 7, 0, tzinfo=UTC)


def test_an_unknown_outcome_is_never_resent_automatically() -> None:
    assert not can_move(S.UNKNOWN, S.SENDING) and not can_move(S.UNKNOWN, S.PENDING)
    with pytest.raises(DomainError) as e:
        move(S.UNKNOWN, S.CLAIMED)
    assert e.value.code == "outbox.bad_move"
    assert move(S.UNKNOWN, S.RECONCILING) is S.RECONCILING
    assert can_move(S.NEEDS_HUMAN, S.PENDING)  # only a person confirms a resend
    assert not can_move(S.SENT, S.SENDING) and not can_move(S.CANCELLED, S.PENDING)


def test_after_a_crash() -> None:
    assert after_crash(S.SENDING) is S.UNKNOWN  # the request may have left
    assert after_crash(S.CLAIMED) is S.PENDING  # nothing was sent under the lease
    assert after_crash(S.SENT) is S.SENT


@given(st.lists(st.sampled_from(list(S)), min_size=1, max_size=12))
def test_no_path_resends_from_unknown_without_a_person(path: list[S]) -> None:
    """From UNKNOWN, SENDING is reachable only through NEEDS_HUMAN (a person's confirmation)."""
    state, seen_human = S.UNKNOWN, False
    for target in path:
        if can_move(state, target):
            state = move(state, target)
            seen_human = seen_human or state is S.NEEDS_HUMAN
            if state is S.SENDING:
                assert seen_human


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (0, Next.DONE),
        (40001, Next.REFRESH_TOKEN),
        (42001, Next.REFRESH_TOKEN),
        (45009, Next.FIX_CONFIG),
        (45065, Next.RECONCILE),
        (45028, Next.FIX_CONFIG),
        (40164, Next.FIX_CONFIG),
        (45003, Next.FIX_CONTENT),
        (43004, Next.DROP_RECIPIENT),
        (99999, Next.RECONCILE),
    ],
)
def test_wechat_codes(code: int, expected: Next) -> None:
    assert errors.wechat(code, "msg").next is expected


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("20017", Next.RECONCILE),
        ("20019", Next.RECONCILE),
        (20016, Next.WAIT_QUOTA),
        ("21332", Next.FIX_CONFIG),
        ("20012", Next.FIX_CONTENT),
        ("x", Next.RECONCILE),
    ],
)
def test_weibo_codes(code: str | int, expected: Next) -> None:
    assert errors.weibo(code).next is expected


def test_sms_codes_and_http() -> None:
    assert errors.sms("OK").next is Next.DONE
    assert errors.sms("isp.SYSTEM_ERROR").next is Next.RECONCILE
    assert errors.sms("isv.BUSINESS_LIMIT_CONTROL").next is Next.DROP_RECIPIENT
    assert errors.http_status(503, sent=False) is Next.RETRY_LATER
    assert errors.http_status(502, sent=True) is Next.RECONCILE  # accepted, then lost
    assert errors.http_status(401, sent=False) is Next.FIX_CONFIG


def test_retry_schedule_bounded_with_full_jitter_and_retry_after() -> None:
    rng = random.Random(7)
    delays = [next_attempt(a, NOW, rng=rng) for a in range(1, MAX_ATTEMPTS + 1)]
    assert delays[-1] is None  # the fifth failure gives up
    for attempt, when in enumerate(delays[:-1], start=1):
        assert when is not None
        assert timedelta(0) <= when - NOW <= min(CAP, timedelta(seconds=30 * 2 ** (attempt - 1)))
    floor = next_attempt(1, NOW, retry_after=timedelta(minutes=10), rng=rng)
    assert floor is not None and floor - NOW >= timedelta(minutes=10)


def test_parse_retry_after() -> None:
    assert parse_retry_after("120", NOW) == timedelta(seconds=120)
    assert parse_retry_after("Tue, 24 Nov 2026 07:05:00 GMT", NOW) == timedelta(minutes=5)
    assert parse_retry_after("soon", NOW) is None and parse_retry_after(None, NOW) is None
