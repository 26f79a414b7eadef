"""Item model for the month grid: 6 weeks × 7 weekdays (Monday first) of ``DayStatus`` DTOs."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import IntEnum, StrEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from xa_console.domain.calendar import DayType
from xa_console.domain.engine import DayStatus, Reason
from xa_console.gui.day_text import cell_tooltip

WEEKS = 6
WEEKDAY_HEADERS = ("一", "二", "三", "四", "五", "六", "日")

DayLoader = Callable[[date, date], Sequence[DayStatus]]
Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    """Grid columns: ISO weekdays, Monday first."""

    MON = 0
    TUE = 1
    WED = 2
    THU = 3
    FRI = 4
    SAT = 5
    SUN = 6


class MonthRole(IntEnum):
    """Custom data roles of :class:`MonthModel`."""

    STATUS = Qt.ItemDataRole.UserRole + 1  # DayStatus
    DATE = Qt.ItemDataRole.UserRole + 2  # datetime.date
    IN_MONTH = Qt.ItemDataRole.UserRole + 3  # bool: inside the displayed month
    TODAY = Qt.ItemDataRole.UserRole + 4  # bool
    STATE = Qt.ItemDataRole.UserRole + 5  # CellState


class CellState(StrEnum):
    """What a cell shows first; one per day, derived from the engine's answer."""

    RESTRICTED = "restricted"
    FREE = "free"  # a working day the rule does not restrict (e.g. a rule without that weekday)
    WEEKEND = "weekend"
    HOLIDAY = "holiday"
    MAKEUP = "makeup"
    SUSPENDED = "suspended"
    NO_NOTICE = "no_notice"
    NO_CALENDAR = "no_calendar"


_REASON_STATE = {
    Reason.WEEKEND: CellState.WEEKEND,
    Reason.HOLIDAY: CellState.HOLIDAY,
    Reason.MAKEUP_WORKDAY: CellState.MAKEUP,
    Reason.SUSPENDED: CellState.SUSPENDED,
    Reason.NO_NOTICE: CellState.NO_NOTICE,
    Reason.NO_CALENDAR: CellState.NO_CALENDAR,
}


def cell_state(status: DayStatus) -> CellState:
    """Classify a day for display (restriction first, then the reason it is free)."""
    if status.restricted:
        return CellState.RESTRICTED
    return _REASON_STATE.get(status.reason, CellState.FREE)


@dataclass(frozen=True)
class MonthSummary:
    """Counts over the days of the displayed month only."""

    restricted: int = 0
    suspended: int = 0
    holidays: int = 0
    makeup: int = 0
    no_notice: int = 0
    no_calendar: int = 0


def grid_start(year: int, month: int) -> date:
    """The Monday on or before the first of the month (top-left cell)."""
    first = date(year, month, 1)
    return first - timedelta(days=first.weekday())


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    """``(year, month)`` moved by ``delta`` months."""
    n = year * 12 + (month - 1) + delta
    return n // 12, n % 12 + 1


class MonthModel(QAbstractTableModel):
    """A month of ``DayStatus`` values; the grid keeps its 6×7 shape, only the data changes."""

    def __init__(
        self,
        load_days: DayLoader,
        today: Callable[[], date] = date.today,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._load_days = load_days
        self._today = today
        self._year, self._month = today().year, today().month
        self._days: tuple[DayStatus, ...] = ()
        self._fetch()

    # ----- month ------------------------------------------------------------------------------
    @property
    def year(self) -> int:
        """Displayed year."""
        return self._year

    @property
    def month(self) -> int:
        """Displayed month (1-12)."""
        return self._month

    def set_month(self, year: int, month: int) -> None:
        """Show another month (no-op when it is already shown)."""
        if (year, month) != (self._year, self._month):
            self._year, self._month = year, month
            self.reload()

    def reload(self) -> None:
        """Ask the loader again (after a data change) and repaint every cell."""
        self._fetch()
        self.dataChanged.emit(self.index(0, 0), self.index(WEEKS - 1, len(Column) - 1))

    def _fetch(self) -> None:
        start = grid_start(self._year, self._month)
        days = tuple(self._load_days(start, start + timedelta(days=WEEKS * 7 - 1)))
        if len(days) != WEEKS * 7:
            raise ValueError(f"loader returned {len(days)} days, expected {WEEKS * 7}")
        self._days = days

    # ----- lookups ----------------------------------------------------------------------------
    def status_at(self, row: int, column: int) -> DayStatus:
        """The DTO of a cell."""
        return self._days[row * 7 + column]

    def status_for(self, day: date) -> DayStatus | None:
        """The DTO of a date shown in the grid, or None."""
        index = self.index_for(day)
        return self.status_at(index.row(), index.column()) if index.isValid() else None

    def index_for(self, day: date) -> QModelIndex:
        """The cell showing ``day`` (invalid when the date is outside the 6-week grid)."""
        offset = (day - grid_start(self._year, self._month)).days
        if not 0 <= offset < WEEKS * 7:
            return QModelIndex()
        return self.index(offset // 7, offset % 7)

    def in_month(self, day: date) -> bool:
        """True when the date belongs to the displayed month."""
        return (day.year, day.month) == (self._year, self._month)

    def summary(self) -> MonthSummary:
        """Counts of restricted, suspended, holiday, make-up and unknown days of the month."""
        mine = [d for d in self._days if self.in_month(d.day)]
        states = [cell_state(d) for d in mine]
        return MonthSummary(
            restricted=states.count(CellState.RESTRICTED),
            suspended=states.count(CellState.SUSPENDED),
            holidays=sum(1 for d in mine if d.day_type is DayType.HOLIDAY),
            makeup=sum(1 for d in mine if d.day_type is DayType.MAKEUP_WORKDAY),
            no_notice=states.count(CellState.NO_NOTICE),
            no_calendar=states.count(CellState.NO_CALENDAR),
        )

    # ----- Qt model API -----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else WEEKS

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(Column)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        status = self.status_at(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return str(status.day.day)
        if role == MonthRole.STATUS:
            return status
        if role == MonthRole.DATE:
            return status.day
        if role == MonthRole.IN_MONTH:
            return self.in_month(status.day)
        if role == MonthRole.TODAY:
            return status.day == self._today()
        if role == MonthRole.STATE:
            return cell_state(status)
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell_tooltip(status)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(Column):
            return WEEKDAY_HEADERS[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < WEEKS:
            return str(section + 1)
        return None
