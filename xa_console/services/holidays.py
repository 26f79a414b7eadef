"""The holiday table: edit year plans, seed from chinesecalendar, import a pasted notice."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from xa_console.db.database import Database
from xa_console.db.models import HolidayDayRow, HolidayYearRow
from xa_console.domain.calendar import DayKind, HolidayEntry, HolidayYear, YearStatus
from xa_console.domain.errors import fail
from xa_console.domain.holiday_text import parse_state_council_notice
from xa_console.services.changes import Changes
from xa_console.services.mapping import holiday_days_rows, holiday_year_from_row

SEED_SOURCE = "chinesecalendar"


def chinesecalendar_plans() -> list[HolidayYear]:
    """Year plans for every year the installed ``chinesecalendar`` covers.

    Its English festival names are turned into Chinese; New Year days that fall in late December
    belong to the next year's plan (as the State Council announces them).
    """
    import chinese_calendar as cc

    names = {h.value: h.chinese for h in cc.Holiday}
    plans: dict[int, list[HolidayEntry]] = {}

    def plan_year(d: date, name: str) -> int:
        return d.year + 1 if d.month == 12 and name == "New Year's Day" else d.year

    for d, name in cc.holidays.items():
        plans.setdefault(plan_year(d, name), []).append(
            HolidayEntry(d, DayKind.REST, names.get(name, name))
        )
    for d, name in cc.workdays.items():
        plans.setdefault(plan_year(d, name), []).append(
            HolidayEntry(d, DayKind.MAKEUP, names.get(name, name))
        )
    version = getattr(cc, "__version__", "")
    first, last = min(cc.holidays).year, max(cc.holidays).year
    return [
        HolidayYear(
            y,
            YearStatus.OFFICIAL,
            f"国务院办公厅关于{y}年部分节假日安排的通知",
            source_url=f"{SEED_SOURCE} {version}".strip(),
            entries=tuple(sorted(e, key=lambda x: x.day)),
        )
        for y, e in sorted(plans.items())
        if first <= y <= last
    ]


class HolidayService:
    """Reads and writes the app-owned holiday table."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def years(self) -> list[HolidayYear]:
        """All year plans, newest first."""
        with self.db.read() as s:
            rows = s.scalars(
                select(HolidayYearRow)
                .options(selectinload(HolidayYearRow.days))
                .order_by(HolidayYearRow.year.desc())
            )
            return [holiday_year_from_row(r) for r in rows]

    def year(self, year: int) -> HolidayYear | None:
        """One plan, or None when that year has no arrangement yet."""
        with self.db.read() as s:
            row = s.get(HolidayYearRow, year)
            return None if row is None else holiday_year_from_row(row)

    def save_year(self, plan: HolidayYear) -> tuple[HolidayYear | None, Changes]:
        """Replace a year's plan whole; returns the previous plan (for undo)."""
        plan.validate()
        with self.db.write() as s:
            row = s.get(HolidayYearRow, plan.year)
            previous = None if row is None else holiday_year_from_row(row)
            clash = s.scalars(
                select(HolidayDayRow).where(
                    HolidayDayRow.day.in_([e.day for e in plan.entries]),
                    HolidayDayRow.year != plan.year,
                )
            ).first()
            if clash is not None:
                raise fail(
                    "holiday.day_in_other_plan",
                    "entries",
                    day=clash.day.isoformat(),
                    year=clash.year,
                )
            if row is None:
                row = HolidayYearRow(year=plan.year)
                s.add(row)
            row.status = plan.status.value
            row.source_title = plan.source_title
            row.source_url = plan.source_url
            row.published_on = plan.published_on
            row.days.clear()
            s.flush()
            row.days.extend(holiday_days_rows(plan))
        return previous, Changes(holidays=True)

    def delete_year(self, year: int) -> tuple[HolidayYear | None, Changes]:
        """Remove a year's plan (its days become 'no calendar'); returns it for undo."""
        with self.db.write() as s:
            row = s.get(HolidayYearRow, year)
            if row is None:
                return None, Changes()
            previous = holiday_year_from_row(row)
            s.delete(row)
        return previous, Changes(holidays=True)

    def import_notice_text(
        self, text: str, year: int | None = None, title: str = ""
    ) -> tuple[HolidayYear, Changes]:
        """Parse a pasted State Council notice and save it as that year's official plan."""
        plan = parse_state_council_notice(text, year, title)
        if not plan.source_title:
            plan = HolidayYear(
                plan.year,
                plan.status,
                f"国务院办公厅关于{plan.year}年部分节假日安排的通知",
                plan.source_url,
                plan.published_on,
                plan.entries,
            )
        _, changes = self.save_year(plan)
        return plan, changes

    def seed(self) -> int:
        """Fill years that are missing from the table from chinesecalendar; returns years added."""
        existing = {p.year for p in self.years()}
        added = 0
        for plan in chinesecalendar_plans():
            if plan.year not in existing:
                self.save_year(plan)
                added += 1
        return added
