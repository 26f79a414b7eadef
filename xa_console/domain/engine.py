"""The restriction engine: ``day_status(date)`` and ``plate_status(plate, datetime)``.

Evaluation order (reference §6): the notice in force (an override beats a suspension, which
beats the base notice; among equals the one that started last wins); no notice → ``no_notice``
(except a weekend or holiday between two known notices, which is simply a day off);
then the day type from the holiday calendar (missing year → ``no_calendar``); then the selector
key, the rotation and the digit group.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from xa_console.domain.calendar import DayType, HolidayCalendar
from xa_console.domain.plates import Plate, parse_plate
from xa_console.domain.rules import (
    City,
    MakeupPolicy,
    Notice,
    NoticeKind,
    PlateOrigin,
    RuleSet,
    Selector,
    TimeWindow,
)


class Reason(StrEnum):
    """Why a day is (or is not) restricted; the CLI prints these codes."""

    WORKDAY = "workday"
    WEEKEND = "weekend"
    HOLIDAY = "holiday"
    MAKEUP_WORKDAY = "makeup_workday"
    SUSPENDED = "suspended"
    NO_NOTICE = "no_notice"
    NO_CALENDAR = "no_calendar"


_DAY_REASON = {
    DayType.WORKDAY: Reason.WORKDAY,
    DayType.WEEKEND: Reason.WEEKEND,
    DayType.HOLIDAY: Reason.HOLIDAY,
    DayType.MAKEUP_WORKDAY: Reason.MAKEUP_WORKDAY,
    DayType.NO_CALENDAR: Reason.NO_CALENDAR,
}


@dataclass(frozen=True)
class DayStatus:
    """Everything the console says about one date."""

    day: date
    restricted: bool
    digits: tuple[int, ...]
    time_windows: tuple[TimeWindow, ...]
    area_label: str
    reason: Reason
    day_type: DayType
    notice: Notice | None  # the notice that decided (the suspension when suspended)
    base_notice: Notice | None  # the ordinary notice in force, if any
    festival: str = ""

    @property
    def digits_text(self) -> str:
        """Digits as the CLI prints them: ascending, separated by a space."""
        return " ".join(str(d) for d in self.digits)


_OFF_DAYS = frozenset({DayType.WEEKEND, DayType.HOLIDAY, DayType.MAKEUP_WORKDAY})


class PlateReason(StrEnum):
    """Why a plate may or may not drive at a given moment."""

    RESTRICTED = "restricted"
    DAY_FREE = "day_free"
    DIGIT_FREE = "digit_free"
    OUTSIDE_HOURS = "outside_hours"
    EXEMPT_NEV = "exempt_nev"
    EXEMPT_SPECIAL = "exempt_special"
    OUT_OF_SCOPE = "out_of_scope"


@dataclass(frozen=True)
class PlateStatus:
    """The answer for one plate at one moment."""

    plate: Plate
    moment: datetime
    day: DayStatus
    tail_digit: int | None
    restricted_today: bool
    restricted_now: bool
    reason: PlateReason


def _start_key(n: Notice) -> tuple[date, date, int]:
    return (n.effective_from, n.issue_date or date.min, n.id or 0)


class RuleBook:
    """A city's notices plus the holiday calendar: the single place that decides a day."""

    def __init__(self, city: City, notices: Iterable[Notice], calendar: HolidayCalendar) -> None:
        self.city = city
        self.calendar = calendar
        mine = sorted((n for n in notices if n.city_id == city.id), key=_start_key)
        self.notices: tuple[Notice, ...] = tuple(mine)
        self._base = [n for n in mine if n.kind.is_base]
        self._overrides = [n for n in mine if n.kind.is_override]
        self._suspensions = [
            (n, self.suspension_end(n)) for n in mine if n.kind is NoticeKind.SUSPEND
        ]

    def suspension_end(self, s: Notice) -> date | None:
        """Last suspended day: its own end, or the day before the next base notice starts."""
        later = [b.effective_from for b in self._base if b.effective_from > s.effective_from]
        ends = [
            d for d in (s.effective_to, (min(later) - timedelta(days=1)) if later else None) if d
        ]
        return min(ends) if ends else None

    def _latest(self, candidates: Iterable[Notice], day: date) -> Notice | None:
        best = None
        for n in candidates:
            if n.covers(day) and (best is None or _start_key(n) > _start_key(best)):
                best = n
        return best

    def suspension_on(self, day: date) -> Notice | None:
        """The suspension notice in effect on the day, if any."""
        for s, end in reversed(self._suspensions):
            if s.effective_from <= day and (end is None or day <= end):
                return s
        return None

    def day_status(self, day: date) -> DayStatus:
        """Restricted or not, which digits, when, where, and why."""
        base = self._latest(self._base, day)
        override = self._latest(self._overrides, day)
        suspension = self.suspension_on(day) if base is not None else None
        day_type = self.calendar.day_type(day)
        entry = self.calendar.entry(day)
        festival = entry.festival if entry else ""

        def free(reason: Reason, notice: Notice | None, rs: RuleSet | None = None) -> DayStatus:
            label = rs.area.label if rs else ""
            return DayStatus(day, False, (), (), label, reason, day_type, notice, base, festival)

        deciding = override or (None if suspension else base)
        if deciding is None:
            if suspension is not None:
                return free(Reason.SUSPENDED, suspension)
            if self._off_in_gap(day, day_type):  # e.g. the weekend between two annual notices
                return free(_DAY_REASON[day_type], None)
            return free(Reason.NO_NOTICE, None)
        rs = deciding.rule_set
        if rs is None:  # a base notice must carry rules; treat a malformed one as no notice
            return free(Reason.NO_NOTICE, None)
        if day_type is DayType.NO_CALENDAR:
            return free(Reason.NO_CALENDAR, deciding, rs)
        key = self._key(rs, day, day_type)
        digits = self._digits(rs, day, key) if key is not None else frozenset()
        if not digits:
            return free(_DAY_REASON[day_type], deciding, rs)
        return DayStatus(
            day,
            True,
            tuple(sorted(digits)),
            rs.time_windows,
            rs.area.label,
            _DAY_REASON[day_type],
            day_type,
            deciding,
            base,
            festival,
        )

    def _off_in_gap(self, day: date, day_type: DayType) -> bool:
        """Between two known base notices, a day the last rule would not restrict anyway."""
        if day_type not in _OFF_DAYS or not any(b.effective_from > day for b in self._base):
            return False
        ended = [b for b in self._base if b.effective_to is not None and b.effective_to < day]
        last = max(ended, key=lambda b: b.effective_to or date.min, default=None)
        return (
            last is not None
            and last.rule_set is not None
            and (self._key(last.rule_set, day, day_type) is None)
        )

    def _key(self, rs: RuleSet, day: date, day_type: DayType) -> str | None:
        """The selector key for the day, or None when the day policy says 'not restricted'."""
        policy = rs.day_policy
        weekday = day.isoweekday()
        if day_type is DayType.HOLIDAY and not policy.on_statutory_holiday:
            return None
        if day_type is DayType.MAKEUP_WORKDAY:
            mode = policy.makeup_workday
            if mode is MakeupPolicy.SKIP:
                return None
            if mode is MakeupPolicy.BY_DATE_DIGIT:
                return str(day.day % 10)
            if mode is MakeupPolicy.AS_SWAPPED_WEEKDAY:
                entry = self.calendar.entry(day)
                if entry is None or entry.swaps_weekday is None:
                    return None
                weekday = entry.swaps_weekday
            return self._selector_key(rs.selector, day, weekday)
        if weekday not in policy.weekdays:
            return None
        return self._selector_key(rs.selector, day, weekday)

    @staticmethod
    def _selector_key(selector: Selector, day: date, weekday: int) -> str:
        if selector is Selector.WEEKDAY:
            return str(weekday)
        if selector is Selector.DATE_LAST_DIGIT:
            return str(day.day % 10)
        if selector is Selector.ODD_EVEN:
            return "odd" if day.day % 2 else "even"
        return "all"

    @staticmethod
    def _digits(rs: RuleSet, day: date, key: str) -> frozenset[int]:
        rot = rs.rotation
        if rot is None or rs.selector is not Selector.WEEKDAY:
            return rs.group_digits(key) or frozenset()
        for period in rot.periods:
            if period.start <= day <= period.end:
                return next((g.digits for g in period.groups if g.key == key), frozenset())
        ordered = sorted(rs.groups, key=lambda g: g.key)
        keys = [g.key for g in ordered]
        if key not in keys:
            return frozenset()
        n = (day - rot.anchor).days // rot.period_days
        return ordered[(keys.index(key) + n * rot.shift_per_period) % len(ordered)].digits

    def days(self, start: date, end: date) -> Iterator[DayStatus]:
        """``day_status`` for each day from ``start`` to ``end`` inclusive."""
        d = start
        while d <= end:
            yield self.day_status(d)
            d += timedelta(days=1)

    def plate_status(self, plate: str | Plate, moment: datetime) -> PlateStatus:
        """May this plate drive in the area at this moment? Raises on a malformed plate."""
        p = plate if isinstance(plate, Plate) else parse_plate(plate)
        ds = self.day_status(moment.date())
        rs = ds.notice.rule_set if ds.notice is not None else None

        def answer(
            reason: PlateReason, tail: int | None = None, today: bool = False
        ) -> PlateStatus:
            now = reason is PlateReason.RESTRICTED
            return PlateStatus(p, moment, ds, tail, today or now, now, reason)

        if rs is None or not ds.restricted:
            return answer(PlateReason.DAY_FREE)
        if p.is_embassy or p.is_police:
            return answer(PlateReason.EXEMPT_SPECIAL)
        if p.is_nev and any(e.code == "NEV_PLATE" for e in rs.exemptions):
            return answer(PlateReason.EXEMPT_NEV)
        local = not rs.scope.local_prefixes or p.prefix in rs.scope.local_prefixes
        origin = rs.scope.plate_origin
        if (
            (origin is PlateOrigin.LOCAL_ONLY and not local)
            or (origin is PlateOrigin.NONLOCAL_ONLY and local)
            or (p.temporary and not rs.plate_rule.include_temporary)
        ):
            return answer(PlateReason.OUT_OF_SCOPE)
        tail = p.tail_digit(rs.plate_rule.letter_tail)
        if tail not in ds.digits:
            return answer(PlateReason.DIGIT_FREE, tail)
        if not any(w.contains(moment.time()) for w in ds.time_windows):
            return answer(PlateReason.OUTSIDE_HOURS, tail, today=True)
        return answer(PlateReason.RESTRICTED, tail, today=True)
