"""Property-based tests of the engine and the codec over generated, valid rule sets."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import chinese_calendar
from hypothesis import given, settings
from hypothesis import strategies as st

from xa_console.domain.calendar import DayType, HolidayCalendar, HolidayYear
from xa_console.domain.codec import (
    notice_from_dict,
    notice_to_dict,
    rule_set_from_dict,
    rule_set_to_dict,
)
from xa_console.domain.engine import PlateReason, Reason, RuleBook
from xa_console.domain.plates import parse_plate
from xa_console.domain.rules import (
    Area,
    City,
    DayPolicy,
    DigitGroup,
    Exemption,
    LetterTail,
    MakeupPolicy,
    Notice,
    NoticeKind,
    PlateOrigin,
    PlateRule,
    Rotation,
    RotationPeriod,
    RuleSet,
    Selector,
    TimeWindow,
    VehicleScope,
)
from xa_console.services.holidays import chinesecalendar_plans

PROPS = settings(max_examples=200, deadline=None)

CITY = City("testcity", "测试市", ("陕A", "陕U"))
CALENDAR = HolidayCalendar(chinesecalendar_plans())  # 2004–2026
# every Monday–Friday a working day: for the rotation property
PLAIN_CALENDAR = HolidayCalendar(HolidayYear(y) for y in range(2000, 2061))

FIRST, LAST = date(2004, 1, 1), date(2026, 12, 31)
SPECIAL_DAYS = sorted(
    d for d in (*chinese_calendar.holidays, *chinese_calendar.workdays) if FIRST <= d <= LAST
)
KEYS = {
    Selector.WEEKDAY: [str(i) for i in range(1, 8)],
    Selector.DATE_LAST_DIGIT: [str(i) for i in range(10)],
    Selector.ODD_EVEN: ["odd", "even"],
    Selector.ALL_NUMBERS: ["all"],
}
RESTRICTING_REASONS = {Reason.WORKDAY, Reason.WEEKEND, Reason.HOLIDAY, Reason.MAKEUP_WORKDAY}

MAKEUP_DAYS = sorted(d for d in chinese_calendar.workdays if FIRST <= d <= LAST)
REST_WEEKDAYS = [d for d in chinese_calendar.holidays if FIRST <= d <= LAST and d.weekday() < 5]


@st.composite
def days(draw: st.DrawFn) -> date:
    """Mostly days with a plan; rest and make-up days often, since random dates rarely hit them."""
    pick = draw(st.sampled_from(["any"] * 6 + ["special"] * 3 + ["unplanned"]))
    if pick == "unplanned":  # a year without a plan
        return draw(st.sampled_from([date(2003, 12, 31), date(2027, 1, 1)]))
    if pick == "special":
        return draw(st.sampled_from(SPECIAL_DAYS))
    return draw(st.dates(FIRST, LAST))


digit_sets = st.frozensets(st.integers(0, 9), min_size=1, max_size=5)
labels = st.text(alphabet="西安绕城高速以内南北扩展区域AB12（）", min_size=1, max_size=12)
prefixes = st.sampled_from(["陕A", "陕U", "京N", "甘A", "川A"])


def _clock(minute: int) -> time:
    return time.max if minute == 1440 else time(minute // 60, minute % 60)


@st.composite
def time_windows(draw: st.DrawFn) -> tuple[TimeWindow, ...]:
    n = draw(st.sampled_from([2, 4]))
    points = sorted(draw(st.sets(st.integers(0, 1440), min_size=n, max_size=n)))
    return tuple(
        TimeWindow(_clock(a), _clock(b)) for a, b in zip(points[::2], points[1::2], strict=True)
    )


@st.composite
def rotations(draw: st.DrawFn, keys: list[str]) -> Rotation:
    periods = []
    for _ in range(draw(st.integers(0, 2))):
        start = draw(st.dates(FIRST, LAST))
        chosen = draw(st.permutations(keys))
        periods.append(
            RotationPeriod(
                start,
                start + timedelta(days=draw(st.integers(0, 120))),
                tuple(DigitGroup(k, draw(digit_sets)) for k in chosen),
            )
        )
    return Rotation(
        draw(st.dates(FIRST, LAST)),
        draw(st.integers(1, 120)),
        draw(st.integers(-6, 6)),
        tuple(periods),
    )


@st.composite
def rule_sets(
    draw: st.DrawFn,
    selector: Selector | None = None,
    rotation: bool | None = None,
    on_holiday: bool | None = None,
) -> RuleSet:
    """A rule set the codec accepts (every key of the selector has a group)."""
    sel = selector if selector is not None else draw(st.sampled_from(list(Selector)))
    weekdays = draw(st.frozensets(st.integers(1, 7), min_size=1))
    keys = KEYS[sel]
    if sel is Selector.WEEKDAY:  # Mon–Fri always, weekend keys only when the policy has them
        keys = sorted({"1", "2", "3", "4", "5"} | {str(w) for w in weekdays})
    keys = draw(st.permutations(keys))
    with_rotation = draw(st.booleans()) if rotation is None else rotation
    return RuleSet(
        selector=sel,
        groups=tuple(DigitGroup(k, draw(digit_sets)) for k in keys),
        time_windows=draw(time_windows()),
        area=Area(draw(labels), draw(labels)),
        day_policy=DayPolicy(
            weekdays,
            draw(st.booleans()) if on_holiday is None else on_holiday,
            draw(st.sampled_from(MakeupPolicy)),
        ),
        plate_rule=PlateRule(draw(st.sampled_from(LetterTail)), draw(st.booleans())),
        scope=VehicleScope(
            draw(st.sampled_from(PlateOrigin)),
            tuple(draw(st.lists(prefixes, unique=True, max_size=3))),
        ),
        rotation=draw(rotations(keys)) if with_rotation and sel is Selector.WEEKDAY else None,
        exemptions=tuple(
            Exemption(code, draw(labels))
            for code in draw(st.lists(st.sampled_from(["NEV_PLATE", "BUS"]), unique=True))
        ),
    )


@dataclass(frozen=True)
class Case:
    """One base notice (maybe with a suspension inside it) and a day to ask about."""

    rule_set: RuleSet
    base: Notice
    suspension: Notice | None
    day: date

    def book(self, calendar: HolidayCalendar = CALENDAR) -> RuleBook:
        notices = [self.base] if self.suspension is None else [self.base, self.suspension]
        return RuleBook(CITY, notices, calendar)


def _notice(kind: NoticeKind, start: date, end: date | None, rs: RuleSet | None) -> Notice:
    return Notice(None, CITY.id, kind, kind.value, start, end, rs)


@st.composite
def cases(
    draw: st.DrawFn,
    rs: st.SearchStrategy[RuleSet] | None = None,
    suspension: bool | None = None,
    on: st.SearchStrategy[date] | None = None,
) -> Case:
    rule_set = draw(rs if rs is not None else rule_sets())
    day = draw(on if on is not None else days())
    if draw(st.sampled_from([True, True, True, False])):  # mostly a window around the day
        start = day - timedelta(days=draw(st.integers(0, 400)))
        end = day + timedelta(days=draw(st.integers(0, 400)))
    else:  # anywhere, often missing the day
        start = draw(st.dates(date(2003, 1, 1), date(2027, 12, 31)))
        end = start + timedelta(days=draw(st.integers(0, 800)))
    base = _notice(
        NoticeKind.IMPLEMENT, start, None if draw(st.integers(0, 5)) == 0 else end, rule_set
    )
    susp = None
    if draw(st.booleans()) if suspension is None else suspension:
        s_start = start + timedelta(days=draw(st.integers(0, max(0, (day - start).days) + 30)))
        s_end = None if draw(st.booleans()) else s_start + timedelta(draw(st.integers(0, 60)))
        susp = _notice(NoticeKind.SUSPEND, s_start, s_end, None)
    return Case(rule_set, base, susp, day)


def _all_digits(rs: RuleSet) -> set[int]:
    out = {d for g in rs.groups for d in g.digits}
    if rs.rotation is not None:
        out |= {d for p in rs.rotation.periods for g in p.groups for d in g.digits}
    return out


def _suspended(case: Case) -> bool:
    s = case.suspension
    if s is None or not case.base.covers(case.day):
        return False
    return s.effective_from <= case.day and (s.effective_to is None or case.day <= s.effective_to)


# ---- day_status --------------------------------------------------------------------------------


@PROPS
@given(cases())
def test_restricted_day_is_well_formed(case: Case) -> None:
    s = case.book().day_status(case.day)
    if not s.restricted:
        assert s.digits == ()
        return
    assert s.digits, "restricted without digits"
    assert list(s.digits) == sorted(set(s.digits)), "digits not strictly ascending"
    assert set(s.digits) <= set(range(10))
    assert set(s.digits) <= _all_digits(case.rule_set)
    assert s.reason in RESTRICTING_REASONS
    assert s.day_type is not DayType.NO_CALENDAR
    assert s.notice is case.base and s.time_windows == case.rule_set.time_windows
    assert case.base.covers(case.day)


@PROPS
@given(cases(suspension=False))
def test_day_outside_the_notice_is_unknown(case: Case) -> None:
    s = case.book().day_status(case.day)
    if case.base.covers(case.day):
        assert s.reason is not Reason.NO_NOTICE
    else:
        assert (s.restricted, s.reason, s.notice) == (False, Reason.NO_NOTICE, None)


@PROPS
@given(cases(suspension=True))
def test_suspended_days_are_never_restricted(case: Case) -> None:
    s = case.book().day_status(case.day)
    if _suspended(case):
        assert (s.restricted, s.reason, s.notice) == (False, Reason.SUSPENDED, case.suspension)
        assert s.base_notice is case.base
    elif case.base.covers(case.day):
        assert s.reason is not Reason.SUSPENDED


@PROPS
@given(cases())
def test_holidays_only_when_the_rule_says_so(case: Case) -> None:
    s = case.book().day_status(case.day)
    if s.day_type is DayType.HOLIDAY and not case.rule_set.day_policy.on_statutory_holiday:
        assert not s.restricted


@PROPS
@given(
    cases(
        rule_sets(Selector.WEEKDAY, rotation=False, on_holiday=True),
        suspension=False,
        on=st.sampled_from(REST_WEEKDAYS),
    )
)
def test_holiday_restricted_when_the_rule_includes_holidays(case: Case) -> None:
    s = case.book().day_status(case.day)
    policy = case.rule_set.day_policy
    if (
        s.day_type is DayType.HOLIDAY
        and policy.on_statutory_holiday
        and case.day.isoweekday() in policy.weekdays
        and case.base.covers(case.day)
    ):
        want = case.rule_set.group_digits(str(case.day.isoweekday()))
        assert s.restricted and want is not None and set(s.digits) == want


@PROPS
@given(cases(rule_sets(Selector.WEEKDAY, rotation=False), suspension=False))
def test_weekday_digits_depend_only_on_the_weekday(case: Case) -> None:
    s = case.book().day_status(case.day)
    rs = case.rule_set
    own = rs.group_digits(str(case.day.isoweekday()))
    makeup = rs.day_policy.makeup_workday
    if s.restricted and (
        s.day_type is not DayType.MAKEUP_WORKDAY or makeup is MakeupPolicy.AS_OWN_WEEKDAY
    ):
        assert own is not None and set(s.digits) == own
    expected_free = s.day_type is DayType.MAKEUP_WORKDAY and makeup in (
        MakeupPolicy.SKIP,
        MakeupPolicy.AS_SWAPPED_WEEKDAY,  # the seeded calendar records no swapped weekdays
    )
    if expected_free:
        assert not s.restricted
    if s.day_type is DayType.WORKDAY and case.base.covers(case.day):
        in_policy = case.day.isoweekday() in rs.day_policy.weekdays
        assert s.restricted == in_policy


@PROPS
@given(
    cases(
        st.sampled_from([Selector.WEEKDAY, Selector.DATE_LAST_DIGIT]).flatmap(
            lambda sel: rule_sets(sel, rotation=False)
        ),
        suspension=False,
        on=st.sampled_from(MAKEUP_DAYS),
    )
)
def test_makeup_day_policy(case: Case) -> None:
    s = case.book().day_status(case.day)
    if not case.base.covers(case.day):
        return
    rs = case.rule_set
    assert s.day_type is DayType.MAKEUP_WORKDAY and s.reason is Reason.MAKEUP_WORKDAY
    mode = rs.day_policy.makeup_workday
    own = str(case.day.isoweekday()) if rs.selector is Selector.WEEKDAY else str(case.day.day % 10)
    want: frozenset[int] | None = {
        MakeupPolicy.SKIP: None,
        MakeupPolicy.AS_SWAPPED_WEEKDAY: None,  # the seeded calendar records no swapped weekdays
        MakeupPolicy.AS_OWN_WEEKDAY: rs.group_digits(own),
        MakeupPolicy.BY_DATE_DIGIT: rs.group_digits(str(case.day.day % 10)),
    }[mode]
    assert (set(s.digits) if s.restricted else None) == (set(want) if want else None)


@st.composite
def rotation_weeks(draw: st.DrawFn) -> tuple[RuleSet, date]:
    """Five weekday groups rotating, and a 7-day span that lies inside one rotation period."""
    period = draw(st.integers(7, 120))
    anchor = draw(st.dates(date(2010, 1, 1), date(2020, 12, 31)))
    rs = RuleSet(
        Selector.WEEKDAY,
        tuple(DigitGroup(str(k), draw(digit_sets)) for k in range(1, 6)),
        (TimeWindow(time(7), time(20)),),
        Area("区域"),
        rotation=Rotation(anchor, period, draw(st.integers(-9, 9))),
    )
    n = draw(st.integers(-20, 20))
    start = anchor + timedelta(days=n * period + draw(st.integers(0, period - 7)))
    return rs, start


@PROPS
@given(rotation_weeks())
def test_rotation_permutes_the_groups_within_a_period(week: tuple[RuleSet, date]) -> None:
    rs, start = week
    notice = _notice(NoticeKind.IMPLEMENT, date(2000, 1, 1), None, rs)
    book = RuleBook(CITY, [notice], PLAIN_CALENDAR)
    span = [book.day_status(start + timedelta(days=i)) for i in range(7)]
    got = sorted(tuple(s.digits) for s in span if s.restricted)
    assert got == sorted(tuple(sorted(g.digits)) for g in rs.groups)
    assert [s.restricted for s in span] == [(start + timedelta(i)).weekday() < 5 for i in range(7)]


@PROPS
@given(rotation_weeks())
def test_rotation_is_periodic_in_the_number_of_groups(week: tuple[RuleSet, date]) -> None:
    """35 periods later (whole weeks, five whole shifts) every weekday is back on its group."""
    rs, start = week
    assert rs.rotation is not None
    notice = _notice(NoticeKind.IMPLEMENT, date(2000, 1, 1), None, rs)
    book = RuleBook(CITY, [notice], PLAIN_CALENDAR)
    later = start + timedelta(days=35 * rs.rotation.period_days)
    for i in range(7):
        a = book.day_status(start + timedelta(days=i))
        b = book.day_status(later + timedelta(days=i))
        assert (a.restricted, a.digits) == (b.restricted, b.digits)


@PROPS
@given(cases())
def test_notice_order_does_not_matter(case: Case) -> None:
    notices = [case.base] + ([case.suspension] if case.suspension else [])
    shuffled = list(reversed(notices))
    a = RuleBook(CITY, notices, CALENDAR).day_status(case.day)
    b = RuleBook(CITY, shuffled, CALENDAR).day_status(case.day)
    assert a == b


# ---- plate_status ------------------------------------------------------------------------------


@st.composite
def plates(draw: st.DrawFn) -> str:
    prefix = draw(prefixes)
    body = draw(
        st.text(alphabet="0123456789ABCDEFGHJKLMNPQRSTUVWXYZ", min_size=5, max_size=5).filter(
            lambda s: any(c.isdigit() for c in s)
        )
    )
    kind = draw(st.sampled_from(["plain", "plain", "plain", "nev", "temporary"]))
    if kind == "nev":
        return f"{prefix}D{draw(st.integers(0, 99999)):05d}"
    return ("临" if kind == "temporary" else "") + f"{prefix}·{body}"


@PROPS
@given(cases(), plates(), st.integers(0, 24 * 60 - 1))
def test_plate_restricted_only_by_its_tail_and_the_hours(
    case: Case, plate: str, minute: int
) -> None:
    moment = datetime.combine(case.day, time(minute // 60, minute % 60))
    ps = case.book().plate_status(plate, moment)
    ds = ps.day
    tail = parse_plate(plate).tail_digit(case.rule_set.plate_rule.letter_tail)
    in_window = any(w.contains(moment.time()) for w in ds.time_windows)
    if ps.restricted_now:
        assert ds.restricted and tail in ds.digits and in_window
        assert ps.reason is PlateReason.RESTRICTED and ps.tail_digit == tail
    if ps.reason in (PlateReason.DIGIT_FREE, PlateReason.OUTSIDE_HOURS, PlateReason.RESTRICTED):
        # the plate is in scope and not exempt: the answer is the tail and the clock alone
        assert ps.restricted_now == (ds.restricted and tail in ds.digits and in_window)
        assert ps.restricted_today == (ds.restricted and tail in ds.digits)


@PROPS
@given(cases(), plates())
def test_plate_exemptions_and_scope(case: Case, plate: str) -> None:
    moment = datetime.combine(case.day, time(12))
    ps = case.book().plate_status(plate, moment)
    p = parse_plate(plate)
    rs = case.rule_set
    if not ps.day.restricted:
        assert ps.reason is PlateReason.DAY_FREE
        return
    nev_exempt = p.is_nev and any(e.code == "NEV_PLATE" for e in rs.exemptions)
    local = not rs.scope.local_prefixes or p.prefix in rs.scope.local_prefixes
    out = (
        (rs.scope.plate_origin is PlateOrigin.LOCAL_ONLY and not local)
        or (rs.scope.plate_origin is PlateOrigin.NONLOCAL_ONLY and local)
        or (p.temporary and not rs.plate_rule.include_temporary)
    )
    if nev_exempt:
        assert ps.reason is PlateReason.EXEMPT_NEV
    elif out:
        assert ps.reason is PlateReason.OUT_OF_SCOPE
    else:
        assert ps.reason in (
            PlateReason.RESTRICTED,
            PlateReason.DIGIT_FREE,
            PlateReason.OUTSIDE_HOURS,
        )


# ---- codec -------------------------------------------------------------------------------------


@PROPS
@given(rule_sets())
def test_rule_set_round_trip(rs: RuleSet) -> None:
    as_dict = rule_set_to_dict(rs)
    assert rule_set_from_dict(as_dict) == rs
    assert rule_set_from_dict(json.loads(json.dumps(as_dict, ensure_ascii=False))) == rs


@PROPS
@given(cases())
def test_notice_round_trip(case: Case) -> None:
    for n in (case.base, case.suspension):
        if n is not None:
            assert notice_from_dict(json.loads(json.dumps(notice_to_dict(n)))) == n
