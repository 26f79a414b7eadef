"""Release plans without I/O: time zones (incl. DST gaps and overlaps), calendar days, keys,
a notice's overall result."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from xa_console.domain.engine import RuleBook
from xa_console.domain.errors import DomainError
from xa_console.domain.publishing.outbox import OutboxState as S
from xa_console.domain.publishing.outbox import can_move
from xa_console.domain.publishing.plans import (
    draft_result,
    idempotency_key,
    local_time,
    restriction_days,
    rundown,
    to_utc,
)


def test_xian_wall_clock_to_utc_and_back() -> None:
    utc = to_utc(datetime(2023, 3, 1, 6, 30), "Asia/Shanghai")
    assert utc == datetime(2023, 2, 28, 22, 30, tzinfo=UTC)
    assert local_time(utc, "Asia/Shanghai") == datetime(2023, 3, 1, 6, 30)


@pytest.mark.parametrize(
    ("local", "expected"),
    [
        # 02:30 does not exist on 2025-03-09 in New York: it goes out at 03:30 EDT (07:30 UTC)
        (datetime(2025, 3, 9, 2, 30), datetime(2025, 3, 9, 7, 30, tzinfo=UTC)),
        # 01:30 happens twice on 2025-11-02: the first one (EDT) is meant
        (datetime(2025, 11, 2, 1, 30), datetime(2025, 11, 2, 5, 30, tzinfo=UTC)),
    ],
)
def test_dst_gap_and_overlap_give_one_moment(local: datetime, expected: datetime) -> None:
    assert to_utc(local, "America/New_York") == expected


def test_bad_zone_is_a_domain_error() -> None:
    with pytest.raises(DomainError) as e:
        to_utc(datetime(2023, 3, 1, 6, 30), "Mars/Olympus")
    assert e.value.code == "release.bad_zone"


def test_restriction_days_skip_weekends_holidays_and_suspensions(xian_book: RuleBook) -> None:
    week = restriction_days(xian_book, date(2023, 2, 27), date(2023, 3, 5))
    assert [d.day for d in week] == [27, 28, 1, 2, 3]
    # 2022-12-21 .. 2023-01-29: suspended; Spring Festival in between
    assert restriction_days(xian_book, date(2022, 12, 21), date(2023, 1, 29)) == []
    # Sunday 2023-04-23 is a make-up working day: not restricted in Xi'an
    april = restriction_days(xian_book, date(2023, 4, 17), date(2023, 4, 30))
    assert date(2023, 4, 23) not in april and date(2023, 4, 24) in april
    with pytest.raises(DomainError):
        restriction_days(xian_book, date(2023, 3, 5), date(2023, 3, 1))


def test_rundown_and_keys() -> None:
    assert rundown(date(2023, 3, 1), [time(8, 0), time(7, 0)])[0] == datetime(2023, 3, 1, 7, 0)
    with pytest.raises(DomainError):
        rundown(date(2023, 3, 1), [])
    key = idempotency_key(123456789, "wechat_reminder", 1999999)
    assert key == "xa-123456789-wechat_reminder-1999999" and len(key.encode()) <= 64


def test_notice_result_once_every_send_settled() -> None:
    assert draft_result([S.SENT, S.PENDING]) is None
    assert draft_result([S.SENT, S.AWAITING_CONFIRM]) is None  # a person still has to deliver
    assert draft_result([S.SENT, S.SENT, S.CANCELLED]) == "published"
    assert draft_result([S.SENT, S.FAILED]) == "partly_published"
    assert draft_result([S.MISSED, S.FAILED]) == "failed"
    assert draft_result([S.CANCELLED]) == "approved"
    # it may have gone out: the notice is neither failed (schedulable again) nor done
    assert draft_result([S.SENT, S.UNKNOWN]) is None
    assert draft_result([S.NEEDS_HUMAN]) is None


def test_export_channels_wait_for_a_person() -> None:
    assert can_move(S.PENDING, S.AWAITING_CONFIRM) and can_move(S.AWAITING_CONFIRM, S.SENT)
    assert not can_move(S.AWAITING_CONFIRM, S.SENDING)
