"""Other cities and Xi'an's overrides, expressed as data only (tests/data/cities/*.json)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, datetime, time, timedelta

import pytest

from xa_console.domain.calendar import HolidayCalendar, HolidayYear
from xa_console.domain.engine import PlateReason, Reason, RuleBook
from xa_console.domain.rulefile import RuleFile
from xa_console.domain.rules import MakeupPolicy, NoticeKind, Selector
from xa_console.domain.validation import check_notices

Loader = Callable[[str], RuleFile]


def _book(rf: RuleFile, calendar: HolidayCalendar) -> RuleBook:
    assert check_notices(rf.notices) == []
    return RuleBook(rf.city, rf.notices, calendar)


def _digits(book: RuleBook, day: str) -> tuple[int, ...] | None:
    s = book.day_status(date.fromisoformat(day))
    return s.digits if s.restricted else None


def _at(day: str, hh: int, mm: int = 0) -> datetime:
    return datetime.combine(date.fromisoformat(day), time(hh, mm))


# ---- Beijing: weekday pairs rotating every 91 days ---------------------------------------------


@pytest.fixture(scope="module")
def beijing(city_file: Loader, cc_calendar: HolidayCalendar) -> RuleBook:
    return _book(city_file("beijing"), cc_calendar)


@pytest.mark.parametrize(
    ("day", "digits"),
    [
        ("2025-10-09", (2, 7)),  # §2: period from 2025-09-29, Thursday
        ("2026-08-20", (4, 9)),  # §2: rotation formula, Thursday
        # the first week of each published period, Monday to Friday
        ("2025-03-31", (1, 6)),
        ("2025-04-04", None),  # 清明 day off
        ("2025-04-03", (4, 9)),
        ("2025-06-30", (0, 5)),
        ("2025-07-04", (4, 9)),
        ("2025-09-29", (4, 9)),
        ("2025-09-30", (0, 5)),
        ("2025-12-29", (3, 8)),
        ("2025-12-30", (4, 9)),
        ("2025-12-31", (0, 5)),
        ("2026-01-01", None),  # 元旦
        ("2026-01-05", (3, 8)),
        ("2026-01-08", (1, 6)),
        ("2026-01-09", (2, 7)),
        ("2026-03-30", (2, 7)),  # next period (formula): Monday takes the old Friday pair
        ("2020-10-09", (3, 8)),  # first working weekday after the 2020 National Day week
        ("2020-10-10", None),  # make-up Saturday, not restricted
        ("2020-10-12", (4, 9)),  # period from 2020-10-05: Monday 4&9 (§4)
    ],
)
def test_beijing_days(beijing: RuleBook, day: str, digits: tuple[int, ...] | None) -> None:
    assert _digits(beijing, day) == digits


def test_beijing_formula_matches_the_published_periods(beijing: RuleBook) -> None:
    """The 91-day formula alone reproduces every explicitly published period (§4)."""
    notice = beijing.notices[0]
    rs = notice.rule_set
    assert rs is not None and rs.rotation is not None and len(rs.rotation.periods) == 4
    bare = dataclasses.replace(rs, rotation=dataclasses.replace(rs.rotation, periods=()))
    formula = RuleBook(beijing.city, [dataclasses.replace(notice, rule_set=bare)], beijing.calendar)
    day, last, checked = date(2025, 3, 31), date(2026, 3, 29), 0
    while day <= last:
        explicit, computed = beijing.day_status(day), formula.day_status(day)
        assert (computed.restricted, computed.digits) == (explicit.restricted, explicit.digits), day
        checked += explicit.restricted
        day += timedelta(days=1)
    assert checked > 230


def test_explicit_period_wins_over_the_formula(beijing: RuleBook) -> None:
    """A published period that disagrees with the formula is what counts, and only there."""
    notice = beijing.notices[0]
    rs = notice.rule_set
    assert rs is not None and rs.rotation is not None
    first = rs.rotation.periods[0]  # 2025-03-31 → 06-29: Mon 1&6 … Fri 5&0
    digits = [g.digits for g in first.groups]
    moved = tuple(  # as if published one step further: Mon 2&7 … Fri 1&6
        dataclasses.replace(g, digits=digits[(i + 1) % 5]) for i, g in enumerate(first.groups)
    )
    rot = dataclasses.replace(
        rs.rotation, periods=(dataclasses.replace(first, groups=moved), *rs.rotation.periods[1:])
    )
    book = RuleBook(
        beijing.city,
        [dataclasses.replace(notice, rule_set=dataclasses.replace(rs, rotation=rot))],
        beijing.calendar,
    )
    assert _digits(book, "2025-03-31") == (2, 7)
    assert _digits(book, "2025-06-27") == (1, 6)  # last Friday of the edited period
    assert _digits(book, "2025-06-30") == (0, 5)  # the next period is untouched
    assert _digits(book, "2025-03-28") == (1, 6)  # before it: the formula (Fri, period 3)


def test_beijing_letter_counts_as_zero(beijing: RuleBook) -> None:
    ps = beijing.plate_status("京N·1234A", _at("2025-10-14", 8))  # Tuesday: 5和0
    assert (ps.tail_digit, ps.reason) == (0, PlateReason.RESTRICTED)
    assert beijing.plate_status("京N·12345", _at("2025-10-14", 8)).reason is PlateReason.RESTRICTED
    assert beijing.plate_status("京N·12344", _at("2025-10-14", 8)).reason is PlateReason.DIGIT_FREE
    assert beijing.plate_status("京AD12340", _at("2025-10-14", 8)).reason is PlateReason.EXEMPT_NEV


def test_beijing_needs_the_2027_plan(beijing: RuleBook) -> None:
    s = beijing.day_status(date(2027, 1, 4))
    assert (s.restricted, s.reason) == (False, Reason.NO_CALENDAR)


# ---- Lanzhou: the date's last digit, make-up Saturdays restricted -------------------------------


@pytest.fixture(scope="module")
def lanzhou(city_file: Loader, cc_calendar: HolidayCalendar) -> RuleBook:
    return _book(city_file("lanzhou"), cc_calendar)


@pytest.mark.parametrize(
    ("day", "digits", "reason"),
    [
        ("2017-09-30", (0, 5), Reason.MAKEUP_WORKDAY),  # §2: make-up Saturday, 甘A 5和0
        ("2017-09-29", (4, 9), Reason.WORKDAY),
        ("2017-10-01", None, Reason.HOLIDAY),
        ("2017-10-04", None, Reason.HOLIDAY),  # Mid-Autumn inside the National Day week
        ("2017-10-08", None, Reason.HOLIDAY),
        ("2017-10-09", (4, 9), Reason.WORKDAY),
        ("2017-10-10", (0, 5), Reason.WORKDAY),
        ("2017-10-11", (1, 6), Reason.WORKDAY),
        ("2017-10-31", (1, 6), Reason.WORKDAY),  # 31 ends in 1
        ("2017-09-24", None, Reason.WEEKEND),
        ("2018-01-20", None, Reason.NO_NOTICE),  # the 2018 rule is not in this file
    ],
)
def test_lanzhou_days(
    lanzhou: RuleBook, day: str, digits: tuple[int, ...] | None, reason: Reason
) -> None:
    s = lanzhou.day_status(date.fromisoformat(day))
    assert (s.digits if s.restricted else None, s.reason) == (digits, reason)


@pytest.mark.parametrize(
    ("plate", "hh", "mm", "reason"),
    [
        ("甘A12345", 7, 29, PlateReason.OUTSIDE_HOURS),
        ("甘A12345", 7, 30, PlateReason.RESTRICTED),
        ("甘A12340", 19, 59, PlateReason.RESTRICTED),
        ("甘A12345", 20, 0, PlateReason.OUTSIDE_HOURS),
        ("甘A12341", 9, 0, PlateReason.DIGIT_FREE),
        ("陕A12345", 9, 0, PlateReason.OUT_OF_SCOPE),  # non-甘A cars follow other rules
    ],
)
def test_lanzhou_makeup_saturday_plates(
    lanzhou: RuleBook, plate: str, hh: int, mm: int, reason: PlateReason
) -> None:
    assert lanzhou.plate_status(plate, _at("2017-09-30", hh, mm)).reason is reason


# ---- Chengdu: two peak windows ------------------------------------------------------------------


@pytest.fixture(scope="module")
def chengdu(city_file: Loader, cc_calendar: HolidayCalendar) -> RuleBook:
    return _book(city_file("chengdu"), cc_calendar)


@pytest.mark.parametrize(
    ("hh", "mm", "reason"),
    [
        (7, 29, PlateReason.OUTSIDE_HOURS),
        (7, 30, PlateReason.RESTRICTED),
        (8, 0, PlateReason.RESTRICTED),
        (9, 30, PlateReason.OUTSIDE_HOURS),
        (12, 0, PlateReason.OUTSIDE_HOURS),
        (17, 0, PlateReason.RESTRICTED),
        (18, 59, PlateReason.RESTRICTED),
        (19, 0, PlateReason.OUTSIDE_HOURS),
    ],
)
def test_chengdu_peak_windows(chengdu: RuleBook, hh: int, mm: int, reason: PlateReason) -> None:
    ps = chengdu.plate_status("川A·12346", _at("2026-03-02", hh, mm))  # Monday: 1和6
    assert (ps.reason, ps.restricted_today) == (reason, True)


def test_chengdu_day_lists_both_windows(chengdu: RuleBook) -> None:
    s = chengdu.day_status(date(2026, 3, 2))
    assert [w.label() for w in s.time_windows] == ["7:30-9:30", "17:00-19:00"]
    assert _digits(chengdu, "2026-01-04") is None  # make-up Sunday


# ---- Hangzhou: pairs that are not n and n+5 -----------------------------------------------------


@pytest.fixture(scope="module")
def hangzhou(city_file: Loader, cc_calendar: HolidayCalendar) -> RuleBook:
    return _book(city_file("hangzhou"), cc_calendar)


def test_hangzhou_pairs(hangzhou: RuleBook) -> None:
    week = ["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06"]
    assert [_digits(hangzhou, d) for d in week] == [(1, 9), (2, 8), (3, 7), (4, 6), (0, 5)]
    assert hangzhou.plate_status("浙A12349", _at("2026-03-02", 8)).reason is PlateReason.RESTRICTED
    assert hangzhou.plate_status("浙A12346", _at("2026-03-02", 8)).reason is PlateReason.DIGIT_FREE
    assert hangzhou.plate_status("浙A12349", _at("2026-03-02", 12)).reason is (
        PlateReason.OUTSIDE_HOURS
    )
    assert hangzhou.plate_status("浙A12349", _at("2026-03-02", 16, 30)).reason is (
        PlateReason.RESTRICTED
    )
    assert (
        hangzhou.plate_status("沪A12349", _at("2026-03-02", 8)).reason is PlateReason.OUT_OF_SCOPE
    )


# ---- Zhengzhou: a make-up day restricted as the weekday it swaps --------------------------------

# 2026: which weekday each make-up day stands in for (chinesecalendar's in-lieu days)
SWAPS_2026 = {
    date(2026, 1, 4): 5,  # for Fri 01-02
    date(2026, 2, 14): 5,  # for Fri 02-20
    date(2026, 2, 28): 1,  # for Mon 02-23
    date(2026, 5, 9): 2,  # for Tue 05-05
    date(2026, 9, 20): 2,  # for Tue 10-06
}  # 10-10 deliberately left without a swapped weekday


@pytest.fixture(scope="module")
def zhengzhou(city_file: Loader, cc_plans: list[HolidayYear]) -> RuleBook:
    plan = next(p for p in cc_plans if p.year == 2026)
    entries = tuple(
        dataclasses.replace(e, swaps_weekday=SWAPS_2026.get(e.day)) for e in plan.entries
    )
    calendar = HolidayCalendar([dataclasses.replace(plan, entries=entries)])
    calendar.years[2026].validate()
    return _book(city_file("zhengzhou"), calendar)


@pytest.mark.parametrize(
    ("day", "digits", "reason"),
    [
        ("2026-01-04", (0, 5), Reason.MAKEUP_WORKDAY),  # Sunday working as a Friday
        ("2026-02-14", (0, 5), Reason.MAKEUP_WORKDAY),
        ("2026-02-28", (1, 6), Reason.MAKEUP_WORKDAY),  # Saturday working as a Monday
        ("2026-05-09", (2, 7), Reason.MAKEUP_WORKDAY),
        ("2026-10-10", None, Reason.MAKEUP_WORKDAY),  # swap unknown: never guessed
        ("2026-01-02", None, Reason.HOLIDAY),
        ("2026-01-05", (1, 6), Reason.WORKDAY),
        ("2026-03-07", None, Reason.WEEKEND),
    ],
)
def test_zhengzhou_days(
    zhengzhou: RuleBook, day: str, digits: tuple[int, ...] | None, reason: Reason
) -> None:
    s = zhengzhou.day_status(date.fromisoformat(day))
    assert (s.digits if s.restricted else None, s.reason) == (digits, reason)


def test_zhengzhou_hours(zhengzhou: RuleBook) -> None:
    assert zhengzhou.plate_status("豫A12345", _at("2026-01-04", 20, 59)).reason is (
        PlateReason.RESTRICTED
    )
    assert zhengzhou.plate_status("豫A12345", _at("2026-01-04", 21)).reason is (
        PlateReason.OUTSIDE_HOURS
    )


# ---- Xi'an with an emergency odd/even override and a special event -----------------------------


@pytest.fixture(scope="module")
def xian_more(city_file: Loader, cc_calendar: HolidayCalendar) -> RuleBook:
    return _book(city_file("xian_overrides"), cc_calendar)


ODD, EVEN = (1, 3, 5, 7, 9), (0, 2, 4, 6, 8)


@pytest.mark.parametrize(
    ("day", "digits", "kind"),
    [
        ("2026-02-27", (0, 5), NoticeKind.CONTINUE),  # the Friday before: base rule
        ("2026-03-02", ODD, NoticeKind.EMERGENCY),  # even date: odd tails stay home
        ("2026-03-03", EVEN, NoticeKind.EMERGENCY),  # odd date: even tails stay home
        ("2026-03-06", ODD, NoticeKind.EMERGENCY),
        ("2026-03-07", None, NoticeKind.EMERGENCY),  # Saturday inside the window
        ("2026-03-08", None, NoticeKind.EMERGENCY),
        ("2026-03-09", (1, 6), NoticeKind.CONTINUE),  # base rule again
    ],
)
def test_emergency_override(
    xian_more: RuleBook, day: str, digits: tuple[int, ...] | None, kind: NoticeKind
) -> None:
    s = xian_more.day_status(date.fromisoformat(day))
    assert (s.digits if s.restricted else None, s.notice and s.notice.kind) == (digits, kind)
    assert s.base_notice is not None and s.base_notice.kind is NoticeKind.CONTINUE


def test_emergency_override_plates(xian_more: RuleBook) -> None:
    assert xian_more.plate_status("陕A12342", _at("2026-03-03", 10)).reason is (
        PlateReason.RESTRICTED
    )
    assert xian_more.plate_status("陕A12343", _at("2026-03-03", 10)).reason is (
        PlateReason.DIGIT_FREE
    )
    assert xian_more.plate_status("陕AD12342", _at("2026-03-03", 10)).reason is (
        PlateReason.EXEMPT_NEV
    )


def test_emergency_beats_a_suspension(xian_more: RuleBook) -> None:
    """A pollution alert still applies while the ordinary rule is suspended."""
    base = next(n for n in xian_more.notices if n.kind is NoticeKind.CONTINUE)
    suspend = dataclasses.replace(
        base,
        kind=NoticeKind.SUSPEND,
        title="暂停",
        effective_from=date(2026, 2, 2),
        effective_to=None,
        rule_set=None,
    )
    book = RuleBook(xian_more.city, (*xian_more.notices, suspend), xian_more.calendar)
    assert book.day_status(date(2026, 2, 27)).reason is Reason.SUSPENDED
    assert book.day_status(date(2026, 3, 3)).digits == EVEN
    assert book.day_status(date(2026, 3, 9)).reason is Reason.SUSPENDED


@pytest.mark.parametrize(
    ("day", "digits", "reason", "kind"),
    [
        ("2021-09-13", (1, 6), Reason.WORKDAY, NoticeKind.SPECIAL_EVENT),
        ("2021-09-17", (0, 5), Reason.WORKDAY, NoticeKind.SPECIAL_EVENT),
        ("2021-09-18", None, Reason.MAKEUP_WORKDAY, NoticeKind.IMPLEMENT),  # outside the event
        ("2021-09-20", None, Reason.HOLIDAY, NoticeKind.IMPLEMENT),  # Mid-Autumn, outside
        ("2021-09-25", (2, 7), Reason.WEEKEND, NoticeKind.SPECIAL_EVENT),  # Saturday restricted
        ("2021-09-26", (3, 8), Reason.MAKEUP_WORKDAY, NoticeKind.SPECIAL_EVENT),  # own weekday
        ("2021-09-28", (2, 7), Reason.WORKDAY, NoticeKind.IMPLEMENT),  # ordinary rule again
        ("2021-10-02", None, Reason.HOLIDAY, NoticeKind.IMPLEMENT),
    ],
)
def test_special_event_restricts_weekends(
    xian_more: RuleBook,
    day: str,
    digits: tuple[int, ...] | None,
    reason: Reason,
    kind: NoticeKind,
) -> None:
    s = xian_more.day_status(date.fromisoformat(day))
    got = (s.digits if s.restricted else None, s.reason, s.notice and s.notice.kind)
    assert got == (digits, reason, kind)


def test_special_event_makeup_day_skipped_when_the_rule_says_skip(xian_more: RuleBook) -> None:
    """Even with a group for Sunday, a 'skip' make-up policy leaves the make-up Sunday free."""
    notices = []
    for n in xian_more.notices:
        rs = n.rule_set
        if n.kind is NoticeKind.SPECIAL_EVENT and rs is not None:
            policy = dataclasses.replace(rs.day_policy, makeup_workday=MakeupPolicy.SKIP)
            n = dataclasses.replace(n, rule_set=dataclasses.replace(rs, day_policy=policy))
        notices.append(n)
    book = RuleBook(xian_more.city, notices, xian_more.calendar)
    s = book.day_status(date(2021, 9, 26))
    assert (s.restricted, s.reason) == (False, Reason.MAKEUP_WORKDAY)
    assert book.day_status(date(2021, 9, 25)).digits == (2, 7)  # ordinary Saturday still is


def test_special_event_scope(xian_more: RuleBook) -> None:
    sat = _at("2021-09-25", 10)
    assert xian_more.plate_status("陕A12347", sat).reason is PlateReason.RESTRICTED
    assert xian_more.plate_status("陕U12342", sat).reason is PlateReason.RESTRICTED
    # The Games banned every non-local car, which needs a second rule set in force on the same
    # day; one notice decides a day, so here non-local plates are merely outside this rule.
    assert xian_more.plate_status("京A12347", sat).reason is PlateReason.OUT_OF_SCOPE


def test_rule_sets_are_what_the_files_say(city_file: Loader) -> None:
    lanzhou = city_file("lanzhou").notices[0].rule_set
    chengdu = city_file("chengdu").notices[0].rule_set
    assert lanzhou is not None and lanzhou.selector is Selector.DATE_LAST_DIGIT
    assert lanzhou.group_digits("0") == frozenset({0, 5})
    assert chengdu is not None and len(chengdu.time_windows) == 2
