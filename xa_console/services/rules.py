"""Restriction notices and the rule book: list, save (validated as a set), delete, evaluate."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from xa_console.db.database import Database
from xa_console.db.models import CityRow, HolidayDayRow, HolidayYearRow, NoticeRow
from xa_console.domain.calendar import HolidayCalendar
from xa_console.domain.engine import DayStatus, PlateStatus, RuleBook
from xa_console.domain.errors import DomainError, fail
from xa_console.domain.rules import City, Notice
from xa_console.domain.validation import check_notices
from xa_console.services.changes import Changes
from xa_console.services.mapping import (
    city_from_row,
    fill_notice_row,
    holiday_year_from_row,
    notice_from_row,
)


class RuleService:
    """Answers day and plate questions from the database; keeps notices consistent on save."""

    def __init__(self, db: Database, city_id: str = "xian") -> None:
        self.db = db
        self.city_id = city_id
        self._lock = threading.Lock()
        self._cached: tuple[tuple[object, ...], RuleBook] | None = None

    # ----- reading ---------------------------------------------------------------------------
    def _signature(self, s: Session) -> tuple[object, ...]:
        """Cheap fingerprint of the rule data, so another desk's edit invalidates the cache."""
        n = s.execute(
            select(
                func.count(NoticeRow.id),
                func.max(NoticeRow.updated_at),
                func.sum(NoticeRow.row_version),
            ).where(NoticeRow.city_id == self.city_id)
        ).one()
        h = s.execute(
            select(func.count(HolidayDayRow.day), func.max(HolidayYearRow.updated_at))
            .select_from(HolidayYearRow)
            .outerjoin(HolidayYearRow.days)
        ).one()
        return (*n, *h)

    def rulebook(self) -> RuleBook:
        """The current rule book (rebuilt only when the data changed)."""
        with self._lock, self.db.read() as s:
            sig = self._signature(s)
            if self._cached and self._cached[0] == sig:
                return self._cached[1]
            city_row = s.get(CityRow, self.city_id)
            if city_row is None:
                raise fail("city.unknown", "city", city=self.city_id)
            notices = [
                notice_from_row(r)
                for r in s.scalars(select(NoticeRow).where(NoticeRow.city_id == self.city_id))
            ]
            plans = [
                holiday_year_from_row(r)
                for r in s.scalars(
                    select(HolidayYearRow).options(selectinload(HolidayYearRow.days))
                )
            ]
            book = RuleBook(city_from_row(city_row), notices, HolidayCalendar(plans))
            self._cached = (sig, book)
            return book

    def city(self) -> City:
        """The city this service works for."""
        return self.rulebook().city

    def notices(self) -> tuple[Notice, ...]:
        """All notices of the city, oldest first."""
        return self.rulebook().notices

    def day_status(self, day: date) -> DayStatus:
        """See :meth:`RuleBook.day_status`."""
        return self.rulebook().day_status(day)

    def days(self, start: date, end: date) -> list[DayStatus]:
        """Day statuses from ``start`` to ``end`` inclusive."""
        if end < start:
            raise fail("range.order", "to", start=start.isoformat(), end=end.isoformat())
        return list(self.rulebook().days(start, end))

    def plate_status(self, plate: str, moment: datetime) -> PlateStatus:
        """See :meth:`RuleBook.plate_status`."""
        return self.rulebook().plate_status(plate, moment)

    # ----- writing ---------------------------------------------------------------------------
    def _check(self, s: Session, candidate: Sequence[Notice]) -> None:
        issues = check_notices(candidate)
        if issues:
            raise DomainError(issues)

    def save_notice(
        self, notice: Notice, expected_version: int | None = None
    ) -> tuple[Notice, Changes]:
        """Insert (``id`` None) or update a notice after checking the whole set stays consistent.

        ``expected_version`` guards against overwriting another desk's edit.
        """
        if notice.city_id != self.city_id:
            raise fail("city.mismatch", "city_id", city=notice.city_id)
        try:
            with self.db.write() as s:
                rows = {
                    r.id: r
                    for r in s.scalars(select(NoticeRow).where(NoticeRow.city_id == self.city_id))
                }
                others = [notice_from_row(r) for i, r in rows.items() if i != notice.id]
                self._check(s, [*others, notice])
                if notice.id is None:
                    row = NoticeRow()
                    s.add(row)
                else:
                    row = rows.get(notice.id)  # type: ignore[assignment]
                    if row is None:
                        raise fail("notice.gone", "id", id=notice.id)
                    if expected_version is not None and row.row_version != expected_version:
                        raise fail("notice.stale", "id", id=notice.id)
                fill_notice_row(row, notice)
                s.flush()
                saved = notice_from_row(row)
        except StaleDataError as e:
            raise fail("notice.stale", "id", id=notice.id) from e
        return saved, Changes(notices=True)

    def notice_version(self, notice_id: int) -> int | None:
        """Current row version (for optimistic locking in editors)."""
        with self.db.read() as s:
            row = s.get(NoticeRow, notice_id)
            return None if row is None else row.row_version

    def delete_notice(self, notice_id: int) -> tuple[Notice, Changes]:
        """Delete a notice if the remaining set stays consistent; returns what was deleted."""
        with self.db.write() as s:
            rows = list(s.scalars(select(NoticeRow).where(NoticeRow.city_id == self.city_id)))
            target = next((r for r in rows if r.id == notice_id), None)
            if target is None:
                raise fail("notice.gone", "id", id=notice_id)
            gone = notice_from_row(target)
            self._check(s, [notice_from_row(r) for r in rows if r.id != notice_id])
            s.delete(target)
        return gone, Changes(notices=True)

    def restore_notice(self, notice: Notice) -> tuple[Notice, Changes]:
        """Re-insert a deleted notice (undo), keeping its id when it is free."""
        with self.db.write() as s:
            taken = notice.id is not None and s.get(NoticeRow, notice.id) is not None
            others = [
                notice_from_row(r)
                for r in s.scalars(select(NoticeRow).where(NoticeRow.city_id == self.city_id))
            ]
            self._check(s, [*others, notice])
            row = NoticeRow()
            if not taken and notice.id is not None:
                row.id = notice.id
            fill_notice_row(row, notice)
            s.add(row)
            s.flush()
            return notice_from_row(row), Changes(notices=True)
