"""Edge cases between notices and across the turn of the year."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from xa_console.domain.calendar import DayKind, HolidayCalendar, HolidayEntry, HolidayYear
from xa_console.domain.engine import RuleBook
from xa_console.domain.errors import DomainError
from xa_console.domain.rulefile import RuleFile, read_rule_file
from xa_console.domain.rules import MakeupPolicy


def test_weekend_between_two_notices_is_a_day_off(xian_book: RuleBook) -> None:
    assert xian_book.day_status(date(2022, 11, 12)).reason.value == "weekend"
    assert xian_book.day_status(date(2022, 11, 13)).reason.value == "weekend"
    assert xian_book.day_status(date(2026, 11, 7)).reason.value == "no_notice"  # no successor known


def test_gap_day_restricted_under_the_last_rule_stays_no_notice(
    xian_file: RuleFile, cc_calendar: HolidayCalendar
) -> None:
    """A city that restricts make-up days must not have them shown as free in a gap."""
    first, second = xian_file.notices[3], xian_file.notices[6]  # 2022-11-14.., 2023-11-13..
    rs = first.rule_set
    assert rs is not None
    lanzhou_like = dataclasses.replace(
        rs,
        day_policy=dataclasses.replace(rs.day_policy, makeup_workday=MakeupPolicy.AS_OWN_WEEKDAY),
    )
    gap_open = dataclasses.replace(first, effective_to=date(2023, 10, 6), rule_set=lanzhou_like)
    book = RuleBook(xian_file.city, [gap_open, second], cc_calendar)
    assert book.day_status(date(2023, 10, 8)).reason.value == "no_notice"  # make-up Sunday
    assert book.day_status(date(2023, 10, 14)).reason.value == "weekend"  # ordinary Saturday


def test_plan_owned_day_of_previous_year_is_known(xian_file: RuleFile) -> None:
    plan_2023 = HolidayYear(2023, entries=(HolidayEntry(date(2022, 12, 31), DayKind.REST, "元旦"),))
    cal = HolidayCalendar([plan_2023])
    assert cal.day_type(date(2022, 12, 31)).value == "holiday"
    assert cal.day_type(date(2022, 12, 30)).value == "no_calendar"


@pytest.mark.parametrize("city", [None, {}, {"id": "xian"}])
def test_rule_file_without_city_is_a_clear_error(city: object) -> None:
    raw: dict[str, object] = {"format": "xa-console-rules/1", "notices": []}
    if city is not None:
        raw["city"] = city
    with pytest.raises(DomainError) as e:
        read_rule_file(raw)
    assert e.value.code == "field.required"
    assert e.value.issues[0].field.startswith("city")
