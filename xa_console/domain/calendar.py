"""The app-owned holiday calendar: rest days and make-up working days per year.

A year that is not in the table is *unknown* (``DayType.NO_CALENDAR``): the engine never guesses.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from xa_console.domain.errors import DomainError, Issue


class DayType(StrEnum):
    """How the official calendar classifies a date."""

    WORKDAY = "workday"
    WEEKEND = "weekend"
    HOLIDAY = "holiday"
    MAKEUP_WORKDAY = "makeup_workday"
    NO_CALENDAR = "no_calendar"


class YearStatus(StrEnum):
    """Whether a year's arrangement comes from the published State Council notice."""

    OFFICIAL = "official"
    PROVISIONAL = "provisional"


class DayKind(StrEnum):
    """Kind of an entry in the holiday table."""

    REST = "rest"
    MAKEUP = "makeup"


@dataclass(frozen=True)
class HolidayEntry:
    """One special day: a statutory rest day or a make-up working day (调休上班)."""

    day: date
    kind: DayKind
    festival: str = ""
    swaps_weekday: int | None = None  # a make-up day standing in for this ISO weekday (郑州)


@dataclass(frozen=True)
class HolidayYear:
    """A year's arrangement as the State Council published it (or a provisional one)."""

    year: int
    status: YearStatus = YearStatus.OFFICIAL
    source_title: str = ""
    source_url: str = ""
    published_on: date | None = None
    entries: tuple[HolidayEntry, ...] = field(default_factory=tuple)

    def validate(self) -> None:
        """Raise :class:`DomainError` naming every bad entry."""
        issues: list[Issue] = []
        if not 1949 <= self.year <= 2200:
            issues.append(Issue("holiday.year_range", "year", {"year": self.year}))
        seen: set[date] = set()
        for i, e in enumerate(self.entries):  # 0-based like every field path; labels add 1
            where = f"entries[{i}]"
            if not _belongs(e.day, self.year):
                issues.append(Issue("holiday.wrong_year", where, {"day": e.day, "year": self.year}))
            if e.day in seen:
                issues.append(Issue("holiday.duplicate_day", where, {"day": e.day}))
            seen.add(e.day)
            if e.kind is DayKind.MAKEUP and e.day.isoweekday() < 6:
                issues.append(Issue("holiday.makeup_on_weekday", where, {"day": e.day}))
        if issues:
            raise DomainError(issues)


def _belongs(day: date, year: int) -> bool:
    """A plan covers its year and the turn of the year (元旦 may start on 12-30, end on 01-02)."""
    if day.year == year:
        return True
    return (day.year == year - 1 and day.month == 12) or (day.year == year + 1 and day.month == 1)


class HolidayCalendar:
    """Read-only view over the holiday table, answering :meth:`day_type` for any date."""

    def __init__(self, years: Iterable[HolidayYear] = ()) -> None:
        self._years: dict[int, HolidayYear] = {}
        self._days: dict[date, HolidayEntry] = {}
        for y in years:
            self._years[y.year] = y
            for e in y.entries:
                self._days[e.day] = e

    @property
    def years(self) -> Mapping[int, HolidayYear]:
        """The years covered, by number."""
        return dict(self._years)

    def covers(self, day: date) -> bool:
        """True when the day's year has an arrangement in the table."""
        return day.year in self._years

    def entry(self, day: date) -> HolidayEntry | None:
        """The table entry for the day, if it is a rest day or a make-up working day."""
        return self._days.get(day)

    def day_type(self, day: date) -> DayType:
        """Classify a date; ``NO_CALENDAR`` when its year has no arrangement."""
        e = self._days.get(day)
        if day.year not in self._years and e is None:  # a plan may own a day of the next year
            return DayType.NO_CALENDAR
        if e is not None:
            return DayType.HOLIDAY if e.kind is DayKind.REST else DayType.MAKEUP_WORKDAY
        return DayType.WEEKEND if day.isoweekday() >= 6 else DayType.WORKDAY
