"""Xi'an on the shipped rules: the reference's worked examples (§2) and an independent oracle."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import chinese_calendar
import pytest

from xa_console.domain.calendar import DayType, HolidayCalendar, HolidayYear, YearStatus
from xa_console.domain.engine import Reason, RuleBook
from xa_console.domain.rulefile import RuleFile
from xa_console.domain.rules import NoticeKind

W = Reason.WORKDAY

# (date, expected digits or None when free, reason); restrictions.md §2 plus the §1.3 timeline.
WORKED_EXAMPLES = [
    ("2022-12-20", (2, 7), W),  # last day before the suspension
    ("2022-12-21", None, Reason.SUSPENDED),  # plain rule would give 3和8
    ("2023-01-28", None, Reason.SUSPENDED),  # make-up Saturday, and still suspended
    ("2023-01-29", None, Reason.SUSPENDED),  # make-up Sunday, and still suspended
    ("2023-01-30", (1, 6), W),  # first day after the resumption
    ("2026-01-04", None, Reason.MAKEUP_WORKDAY),  # 元旦 make-up Sunday
    ("2026-01-05", (1, 6), W),
    ("2026-02-14", None, Reason.MAKEUP_WORKDAY),  # 春节 make-up Saturday
    ("2026-10-10", None, Reason.MAKEUP_WORKDAY),  # 国庆 make-up Saturday
    ("2026-02-20", None, Reason.HOLIDAY),  # Friday inside the Spring Festival
    ("2026-02-23", None, Reason.HOLIDAY),  # Monday, last day of the Spring Festival
    ("2026-02-24", (2, 7), W),
    ("2026-10-08", (4, 9), W),
    ("2026-11-06", (0, 5), W),  # last day of the 2025-26 notice
    ("2026-11-09", None, Reason.NO_NOTICE),  # next notice not known yet
    ("2027-03-01", None, Reason.NO_NOTICE),  # after the last notice (and no 2027 calendar)
    # timeline rows of §1.3
    ("2021-12-17", (0, 5), W),  # Friday before the COVID-19 suspension
    ("2021-12-20", None, Reason.SUSPENDED),
    ("2022-02-15", None, Reason.SUSPENDED),
    ("2022-02-16", (3, 8), W),  # resumed on a Wednesday
    ("2022-11-11", (0, 5), W),
    ("2022-11-12", None, Reason.WEEKEND),  # weekend between two annual notices
    ("2022-11-14", (1, 6), W),
    ("2021-11-12", None, Reason.NO_NOTICE),  # before the first shipped notice
]


@pytest.mark.parametrize(("day", "digits", "reason"), WORKED_EXAMPLES)
def test_worked_example(
    xian_book: RuleBook, day: str, digits: tuple[int, ...] | None, reason: Reason
) -> None:
    status = xian_book.day_status(date.fromisoformat(day))
    assert (status.restricted, status.digits, status.reason) == (
        digits is not None,
        digits or (),
        reason,
    )


def test_restricted_day_carries_hours_area_and_notice(xian_book: RuleBook) -> None:
    s = xian_book.day_status(date(2026, 11, 6))
    assert s.digits_text == "0 5"
    assert [w.label() for w in s.time_windows] == ["7:00-20:00"]
    assert s.area_label == "绕城高速以内及南北扩展区域"
    assert s.notice is not None and s.notice.kind is NoticeKind.CONTINUE
    assert (s.notice.effective_from, s.notice.effective_to) == (
        date(2025, 11, 10),
        date(2026, 11, 6),
    )
    assert s.notice.issue_date == date(2025, 11, 5)


def test_suspension_names_the_suspension_and_the_base_notice(xian_book: RuleBook) -> None:
    s = xian_book.day_status(date(2022, 12, 21))
    assert s.notice is not None and s.notice.kind is NoticeKind.SUSPEND
    assert s.notice.issue_date == date(2022, 12, 20)
    assert s.base_notice is not None and s.base_notice.effective_from == date(2022, 11, 14)
    assert s.day_type is DayType.WORKDAY  # the plain calendar would have restricted it
    assert s.time_windows == ()


def test_resumption_is_decided_by_the_resume_notice(xian_book: RuleBook) -> None:
    s = xian_book.day_status(date(2023, 1, 30))
    assert s.notice is not None and s.notice.kind is NoticeKind.RESUME
    assert s.notice.issue_date == date(2023, 1, 28)


def test_makeup_day_keeps_its_festival(xian_book: RuleBook) -> None:
    s = xian_book.day_status(date(2026, 1, 4))
    assert (s.day_type, s.festival) == (DayType.MAKEUP_WORKDAY, "元旦")
    assert xian_book.day_status(date(2026, 2, 20)).festival == "春节"
    assert xian_book.day_status(date(2023, 1, 28)).day_type is DayType.MAKEUP_WORKDAY


def test_no_calendar_when_a_notice_covers_a_year_without_a_plan(
    xian_file: RuleFile, cc_calendar: HolidayCalendar, cc_plans: list[HolidayYear]
) -> None:
    last = xian_file.notices[-1]
    future = dataclasses.replace(
        last,
        effective_from=date(2026, 11, 9),
        effective_to=date(2027, 11, 5),
        issue_date=date(2026, 11, 4),
    )
    book = RuleBook(xian_file.city, (*xian_file.notices, future), cc_calendar)
    assert book.day_status(date(2026, 11, 9)).digits == (1, 6)  # 2026 plan known
    s = book.day_status(date(2027, 1, 4))
    assert (s.restricted, s.reason, s.day_type) == (False, Reason.NO_CALENDAR, DayType.NO_CALENDAR)
    assert s.notice is future
    # once a (here provisional, empty) 2027 plan exists the same Monday is an ordinary one
    with_2027 = HolidayCalendar([*cc_plans, HolidayYear(2027, YearStatus.PROVISIONAL)])
    book = RuleBook(xian_file.city, (*xian_file.notices, future), with_2027)
    assert book.day_status(date(2027, 1, 4)).digits == (1, 6)


def test_seeded_calendar_agrees_with_chinesecalendar(
    cc_plans: list[HolidayYear], cc_calendar: HolidayCalendar
) -> None:
    for plan in cc_plans:
        plan.validate()
    assert [p.year for p in cc_plans] == list(range(2004, 2027))
    day = date(2004, 1, 1)
    mismatches = []
    while day <= date(2026, 12, 31):
        weekend = day.weekday() >= 5
        if chinese_calendar.is_workday(day):
            want = DayType.MAKEUP_WORKDAY if weekend else DayType.WORKDAY
        else:
            named = chinese_calendar.get_holiday_detail(day)[1] is not None
            want = DayType.HOLIDAY if named else DayType.WEEKEND
        if cc_calendar.day_type(day) is not want:
            mismatches.append(day)
        day += timedelta(days=1)
    assert mismatches == []


# ---- the independent oracle: one year of days computed without the engine -------------------

ORACLE_FROM, ORACLE_TO = date(2022, 4, 1), date(2023, 3, 31)
NOTICE_WINDOWS = [(date(2022, 2, 16), date(2022, 11, 11)), (date(2022, 11, 14), date(2023, 11, 10))]
SUSPENDED = (date(2022, 12, 21), date(2023, 1, 29))
PAIRS = {0: (1, 6), 1: (2, 7), 2: (3, 8), 3: (4, 9), 4: (0, 5)}  # Monday = 0


def _oracle(day: date) -> tuple[bool, tuple[int, ...], str]:
    """Xi'an from first principles: notice window, suspension, weekday and State Council plan."""
    workday = chinese_calendar.is_workday(day)
    if workday:
        kind = "workday" if day.weekday() < 5 else "makeup_workday"
    else:
        kind = "holiday" if chinese_calendar.get_holiday_detail(day)[1] else "weekend"
    if not any(a <= day <= b for a, b in NOTICE_WINDOWS):
        # between two annual notices a day off is just a day off; a working day is unknown
        return False, (), "no_notice" if kind == "workday" else kind
    if SUSPENDED[0] <= day <= SUSPENDED[1]:
        return False, (), "suspended"
    if kind == "workday":
        return True, PAIRS[day.weekday()], "workday"
    return False, (), kind


def test_oracle_year_2022_04_to_2023_03(xian_book: RuleBook) -> None:
    diffs = []
    restricted = suspended_weekdays = suspended_workdays = 0
    day = ORACLE_FROM
    while day <= ORACLE_TO:
        want = _oracle(day)
        s = xian_book.day_status(day)
        got = (s.restricted, s.digits, s.reason.value)
        if got != want:
            diffs.append((day.isoformat(), got, want))
        restricted += s.restricted
        if s.reason is Reason.SUSPENDED and day.weekday() < 5:
            suspended_weekdays += 1
            suspended_workdays += chinese_calendar.is_workday(day)
        day += timedelta(days=1)
    print(
        f"\n[oracle 2022-04-01..2023-03-31] restricted days: {restricted}; "
        f"suspended weekdays: {suspended_weekdays} (of which working days: {suspended_workdays})"
    )
    assert diffs == []
    # 261 weekdays - 18 weekday holidays = 243 working weekdays, 22 of them suspended
    assert (restricted, suspended_weekdays, suspended_workdays) == (221, 28, 22)
