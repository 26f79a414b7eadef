"""Conversions between ORM rows and domain dataclasses (rows never leave a session)."""

from __future__ import annotations

from xa_console.db.models import CityRow, HolidayDayRow, HolidayYearRow, NoticeRow
from xa_console.domain.calendar import DayKind, HolidayEntry, HolidayYear, YearStatus
from xa_console.domain.codec import notice_from_dict, notice_to_dict
from xa_console.domain.rules import City, Notice


def city_from_row(row: CityRow) -> City:
    """Row → domain city."""
    return City(row.id, row.name_zh, tuple(row.local_plate_prefixes), row.timezone)


def notice_from_row(row: NoticeRow) -> Notice:
    """Row → domain notice (the JSON rule set is re-validated on the way in)."""
    raw = {c: getattr(row, c) for c in _NOTICE_COLUMNS}
    for key in ("effective_from", "effective_to", "issue_date"):
        raw[key] = raw[key].isoformat() if raw[key] else None
    return notice_from_dict(raw)


def fill_notice_row(row: NoticeRow, n: Notice) -> None:
    """Copy a domain notice onto a row (id and bookkeeping columns untouched)."""
    doc = notice_to_dict(n)
    for c in _NOTICE_COLUMNS:
        if c == "id":
            continue
        value = getattr(n, c) if c in ("effective_from", "effective_to", "issue_date") else doc[c]
        setattr(row, c, value)


_NOTICE_COLUMNS = (
    "id",
    "city_id",
    "kind",
    "title",
    "effective_from",
    "effective_to",
    "rule_set",
    "issue_date",
    "doc_number",
    "issuers",
    "legal_basis",
    "approval_text",
    "purpose_text",
    "source_url",
    "confidence",
    "note",
)


def holiday_year_from_row(row: HolidayYearRow) -> HolidayYear:
    """Row (with its days) → domain year plan."""
    entries = tuple(
        HolidayEntry(d.day, DayKind(d.kind), d.festival, d.swaps_weekday) for d in row.days
    )
    return HolidayYear(
        row.year,
        YearStatus(row.status),
        row.source_title,
        row.source_url,
        row.published_on,
        entries,
    )


def holiday_days_rows(plan: HolidayYear) -> list[HolidayDayRow]:
    """Domain entries → new day rows."""
    return [
        HolidayDayRow(
            day=e.day,
            year=plan.year,
            kind=e.kind.value,
            festival=e.festival,
            swaps_weekday=e.swaps_weekday,
        )
        for e in plan.entries
    ]
