"""The State Council holiday notice parser, checked against chinesecalendar's tables."""

from __future__ import annotations

from datetime import date

import chinese_calendar
import pytest

from xa_console.domain.calendar import DayKind, DayType, HolidayCalendar, HolidayYear, YearStatus
from xa_console.domain.errors import DomainError
from xa_console.domain.holiday_text import parse_state_council_notice

PLAN_2026 = """国务院办公厅关于2026年部分节假日安排的通知
国办发明电〔2025〕7号
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
经国务院批准，现将2026年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。
一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
三、清明节：4月4日（周六）至6日（周一）放假，共3天。
四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。
五、端午节：6月19日（周五）至21日（周日）放假，共3天。
六、中秋节：9月25日（周五）至27日（周日）放假，共3天。
七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。
节假日期间，各地区、各部门要妥善安排好值班和安全、保卫等工作，遇有重大突发事件，要按规定及时报告并妥善处置，确保人民群众祥和平安度过节日假期。
国务院办公厅
2025年11月4日
"""

PLAN_2023 = """国务院办公厅关于2023年部分节假日安排的通知
经国务院批准，现将2023年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。
一、元旦：2022年12月31日至2023年1月2日放假调休，共3天。
二、春节：1月21日至27日放假调休，共7天。1月28日（星期六）、1月29日（星期日）上班。
三、清明节：4月5日放假，共1天。
四、劳动节：4月29日至5月3日放假调休，共5天。4月23日（星期日）、5月6日（星期六）上班。
五、端午节：6月22日至24日放假调休，共3天。6月25日（星期日）上班。
六、中秋节、国庆节：9月29日至10月6日放假调休，共8天。10月7日（星期六）、10月8日（星期日）上班。
"""


def _days(plan: HolidayYear, kind: DayKind) -> set[date]:
    return {e.day for e in plan.entries if e.kind is kind}


def _cc_plan(year: int) -> tuple[set[date], set[date]]:
    """chinesecalendar's rest and make-up days of one year's plan (元旦 may start in December)."""

    def plan_year(d: date, name: str) -> int:
        return d.year + 1 if d.month == 12 and name == "New Year's Day" else d.year

    rest = {d for d, n in chinese_calendar.holidays.items() if plan_year(d, n) == year}
    work = {d for d, n in chinese_calendar.workdays.items() if plan_year(d, n) == year}
    return rest, work


@pytest.mark.parametrize(("text", "year"), [(PLAN_2026, 2026), (PLAN_2023, 2023)])
def test_plan_matches_chinesecalendar(text: str, year: int) -> None:
    plan = parse_state_council_notice(text)
    rest, work = _cc_plan(year)
    assert plan.year == year
    assert plan.status is YearStatus.OFFICIAL
    assert _days(plan, DayKind.REST) == rest
    assert _days(plan, DayKind.MAKEUP) == work
    assert len(plan.entries) == len(rest) + len(work)


def test_plan_2026_in_detail() -> None:
    plan = parse_state_council_notice(PLAN_2026)
    assert sorted(_days(plan, DayKind.MAKEUP)) == [
        date(2026, 1, 4),
        date(2026, 2, 14),
        date(2026, 2, 28),
        date(2026, 5, 9),
        date(2026, 9, 20),
        date(2026, 10, 10),
    ]
    spring = sorted(e.day for e in plan.entries if e.festival == "春节" and e.kind is DayKind.REST)
    assert (spring[0], spring[-1], len(spring)) == (date(2026, 2, 15), date(2026, 2, 23), 9)
    cal = HolidayCalendar([plan])
    assert cal.day_type(date(2026, 1, 4)) is DayType.MAKEUP_WORKDAY
    assert cal.day_type(date(2026, 2, 23)) is DayType.HOLIDAY
    assert cal.day_type(date(2026, 2, 24)) is DayType.WORKDAY
    assert cal.day_type(date(2026, 3, 7)) is DayType.WEEKEND


def test_plan_2023_owns_new_years_eve_2022() -> None:
    plan = parse_state_council_notice(PLAN_2023)
    new_year = sorted(e.day for e in plan.entries if e.festival == "元旦")
    assert new_year == [date(2022, 12, 31), date(2023, 1, 1), date(2023, 1, 2)]
    assert date(2023, 12, 31) not in {e.day for e in plan.entries}
    merged = [e for e in plan.entries if e.festival == "中秋节、国庆节"]
    assert len(merged) == 10  # 8 days off + 2 make-up days
    plan.validate()


def test_year_argument_replaces_a_missing_title() -> None:
    body = PLAN_2026.split("\n", 1)[1]  # without the title line
    plan = parse_state_council_notice(body, 2026, source_title="2026年安排")
    assert (plan.year, plan.source_title) == (2026, "2026年安排")
    assert _days(plan, DayKind.REST) == _cc_plan(2026)[0]


def test_no_year_anywhere() -> None:
    body = PLAN_2026.split("\n", 1)[1]
    with pytest.raises(DomainError) as e:
        parse_state_council_notice(body)
    assert [(i.code, i.field) for i in e.value.issues] == [("holiday.no_year", "year")]


def _line_issues(text: str, year: int | None = 2026) -> list[tuple[str, str, int]]:
    with pytest.raises(DomainError) as e:
        parse_state_council_notice(text, year)
    return [(i.code, i.field, i.params.get("line", 0)) for i in e.value.issues]


@pytest.mark.parametrize(
    "garbled",
    [
        "二、春节：2月15日（周日）至放假调休，共9天。",  # range end missing
        "二、春节：15日至23日放假调休，共9天。",  # no month
        "二、春节：2月23日至15日放假调休，共9天。",  # backwards
        "二、春节：2月15日至3月23日放假调休，共37天。",  # far too long
        "二、春节：2月30日至3月2日放假调休。",  # no such day
        "二、春节2月15日至23日放假调休，共9天。",  # the 节日： head is missing
    ],
)
def test_garbled_line_is_reported_by_number(garbled: str) -> None:
    lines = PLAN_2026.splitlines()
    lines[5] = garbled  # the 春节 clause is line 6
    assert _line_issues("\n".join(lines)) == [("holiday.parse_line", "line 6", 6)]


def test_every_garbled_line_is_reported() -> None:
    lines = PLAN_2026.splitlines()
    lines[4] = "一、元旦：1月1日至放假。"
    lines[8] = "五、端午节：6月19日至6月放假，共3天。"
    assert [f for _, f, _ in _line_issues("\n".join(lines))] == ["line 5", "line 9"]


def test_makeup_days_on_a_line_of_their_own_are_not_dropped() -> None:
    """A clause broken over two lines must not lose its make-up days silently."""
    text = "一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。\n1月4日（周日）上班。"
    assert _line_issues(text) == [("holiday.parse_line", "line 2", 2)]


def test_makeup_day_on_a_weekday_is_rejected() -> None:
    text = "一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月5日（周一）上班。"
    with pytest.raises(DomainError) as e:
        parse_state_council_notice(text, 2026)
    assert [i.code for i in e.value.issues] == ["holiday.makeup_on_weekday"]


def test_text_without_any_clause() -> None:
    assert _line_issues("各地区、各部门要妥善安排好值班工作。") == [
        ("holiday.nothing_found", "text", 0)
    ]


def test_single_day_holiday_and_ascii_punctuation() -> None:
    text = (
        "三、清明节:4月5日放假,共1天。\n"
        "四、劳动节: 4月29日-5月3日放假调休。4月23日(星期日)、5月6日(星期六)上班。"
    )
    plan = parse_state_council_notice(text, 2023)
    assert _days(plan, DayKind.REST) == {
        date(2023, 4, 5),
        date(2023, 4, 29),
        date(2023, 4, 30),
        date(2023, 5, 1),
        date(2023, 5, 2),
        date(2023, 5, 3),
    }
    assert _days(plan, DayKind.MAKEUP) == {date(2023, 4, 23), date(2023, 5, 6)}
