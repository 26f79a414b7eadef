"""Editable table model of one year's holiday days, and the combo delegate for the day type.

Rows are ``DayRow`` drafts: the date is kept as typed, so a bad date is reported on save
(naming the row) instead of being thrown away while the officer types.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from xa_console.domain.calendar import DayKind, HolidayEntry, HolidayYear
from xa_console.domain.errors import DomainError, Issue

KIND_LABELS: dict[DayKind, str] = {DayKind.REST: "放假", DayKind.MAKEUP: "调休上班"}
WEEKDAY_NAMES = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")

_MAKEUP_COLOR = QColor("#b3261e")
_REST_COLOR = QColor("#1e6b35")
_FLAG_BRUSH = QColor("#fde7e4")
_Index = QModelIndex | QPersistentModelIndex
_ENTRY_PATH = re.compile(r"^entries\[(\d+)\]")


@dataclass(frozen=True)
class DayRow:
    """One row as edited: the date text as typed, the kind, the festival name."""

    day_text: str
    kind: DayKind = DayKind.REST
    festival: str = ""
    swaps_weekday: int | None = None

    @classmethod
    def from_entry(cls, e: HolidayEntry) -> DayRow:
        """A row showing a stored entry."""
        return cls(e.day.isoformat(), e.kind, e.festival, e.swaps_weekday)

    def day(self) -> date | None:
        """The date, or None while the text is not a valid YYYY-MM-DD date."""
        try:
            return date.fromisoformat(self.day_text.strip())
        except ValueError:
            return None


def rows_to_entries(rows: Sequence[DayRow]) -> tuple[list[HolidayEntry], list[int], list[Issue]]:
    """Entries for the rows with a valid date, their row numbers, and issues for the others."""
    entries: list[HolidayEntry] = []
    index: list[int] = []
    issues: list[Issue] = []
    for i, r in enumerate(rows):
        d = r.day()
        if d is None:
            issues.append(Issue("field.bad_date", f"entries[{i}]", {"value": r.day_text}))
            continue
        entries.append(HolidayEntry(d, r.kind, r.festival.strip(), r.swaps_weekday))
        index.append(i)
    return entries, index, issues


def remap_issue(issue: Issue, index: Sequence[int]) -> Issue:
    """Point an ``entries[k]`` issue of the valid-date subset back at its table row."""
    m = _ENTRY_PATH.match(issue.field)
    if m is None or int(m.group(1)) >= len(index):
        return issue
    return replace(issue, field=f"entries[{index[int(m.group(1))]}]{issue.field[m.end() :]}")


def issue_row(issue: Issue) -> int | None:
    """The table row an issue is about, if any."""
    m = _ENTRY_PATH.match(issue.field)
    return None if m is None else int(m.group(1))


def row_after(rows: Sequence[DayRow], at: int, year: int) -> DayRow:
    """A row to insert at ``at``: the day after the row above, same kind and festival."""
    before = rows[at - 1] if 0 < at <= len(rows) else None
    day = before.day() if before else None
    text = (day + timedelta(days=1)).isoformat() if day else f"{year}-01-01"
    return DayRow(text, before.kind, before.festival) if before else DayRow(text)


def summary_text(rows: Sequence[DayRow]) -> str:
    """``共 34 项：放假 27 天，调休上班 7 天``."""
    rest = sum(r.kind is DayKind.REST for r in rows)
    return f"共 {len(rows)} 项：放假 {rest} 天，调休上班 {len(rows) - rest} 天"


def _row_order(issue: Issue) -> int:
    row = issue_row(issue)
    return -1 if row is None else row


def plan_from_rows(header: HolidayYear, rows: Sequence[DayRow]) -> HolidayYear:
    """``header`` (year, status, source) with the rows as entries.

    Raises :class:`DomainError` whose issues name table rows (``entries[i]`` → 第i+1项).
    """
    entries, index, issues = rows_to_entries(rows)
    plan = replace(header, entries=tuple(entries))
    try:
        plan.validate()
    except DomainError as e:
        issues.extend(remap_issue(i, index) for i in e.issues)
    if issues:
        raise DomainError(sorted(issues, key=_row_order))
    return plan


class HolidayModel(QAbstractTableModel):
    """Rows of a year plan; dates, kinds and festivals are editable unless read-only."""

    class Column(IntEnum):
        """The columns, left to right."""

        DATE = 0
        WEEKDAY = 1
        KIND = 2
        FESTIVAL = 3

    HEADERS = ("日期", "星期", "类型", "节日")

    def __init__(self, parent: QObject | None = None, *, editable: bool = True) -> None:
        super().__init__(parent)
        self._rows: list[DayRow] = []
        self._flagged: set[int] = set()
        self._editable = editable

    # ----- rows ------------------------------------------------------------------------------
    def set_rows(self, rows: Iterable[DayRow]) -> None:
        """Replace every row (and clear the error flags)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._flagged = set()
        self.endResetModel()

    def rows(self) -> tuple[DayRow, ...]:
        """The rows as they are now."""
        return tuple(self._rows)

    def insert_day(self, at: int, row: DayRow) -> None:
        """Insert one row before ``at`` (``at == rowCount()`` appends)."""
        at = max(0, min(at, len(self._rows)))
        self.beginInsertRows(QModelIndex(), at, at)
        self._rows.insert(at, row)
        self._flagged = {r + 1 if r >= at else r for r in self._flagged}
        self.endInsertRows()

    def remove_days(self, rows: Iterable[int]) -> None:
        """Remove the given rows."""
        for r in sorted(set(rows), reverse=True):
            if 0 <= r < len(self._rows):
                self.beginRemoveRows(QModelIndex(), r, r)
                del self._rows[r]
                self._flagged = {x - 1 if x > r else x for x in self._flagged if x != r}
                self.endRemoveRows()

    def set_flagged(self, rows: Iterable[int]) -> None:
        """Rows to paint as erroneous (light red)."""
        self._flagged = {r for r in rows if 0 <= r < len(self._rows)}
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self.Column) - 1)
            self.dataChanged.emit(self.index(0, 0), last, [Qt.ItemDataRole.BackgroundRole])

    # ----- Qt model API ----------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        """Number of rows (a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        """Number of columns."""
        return 0 if parent.isValid() else len(self.Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles; rows are numbered from 1 (errors say 第N项)."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section] if 0 <= section < len(self.HEADERS) else None
        return str(section + 1) if 0 <= section < len(self._rows) else None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Date, kind and festival are editable; the weekday is computed."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._editable and index.column() != self.Column.WEEKDAY:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, edit values, colours and alignment of a cell."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(row, column)
        if role == Qt.ItemDataRole.EditRole:
            return row.kind.value if column is self.Column.KIND else _display(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column is self.Column.KIND:
            return _MAKEUP_COLOR if row.kind is DayKind.MAKEUP else _REST_COLOR
        if role == Qt.ItemDataRole.BackgroundRole and index.row() in self._flagged:
            return _FLAG_BRUSH
        if role == Qt.ItemDataRole.TextAlignmentRole and column is not self.Column.FESTIVAL:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Store an edit; a kind must be a known value or label."""
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        row = self._rows[index.row()]
        column = self.Column(index.column())
        if column is self.Column.DATE:
            new = replace(row, day_text=str(value).strip())
        elif column is self.Column.KIND:
            kind = _kind_of(value)
            if kind is None:
                return False
            new = replace(row, kind=kind)
        else:
            new = replace(row, festival=str(value).strip())
        if new == row:
            return False
        self._rows[index.row()] = new
        last = len(self.Column) - 1
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), last))
        return True


def _kind_of(value: Any) -> DayKind | None:
    for kind, label in KIND_LABELS.items():
        if value in (kind, kind.value, label):
            return kind
    return None


def _display(row: DayRow, column: HolidayModel.Column) -> str:
    if column is HolidayModel.Column.DATE:
        return row.day_text
    if column is HolidayModel.Column.WEEKDAY:
        d = row.day()
        return WEEKDAY_NAMES[d.weekday()] if d else ""
    if column is HolidayModel.Column.KIND:
        return KIND_LABELS[row.kind]
    return row.festival


class KindDelegate(QStyledItemDelegate):
    """A combo box (放假 / 调休上班) for the type column."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        """A combo listing the two kinds."""
        combo = QComboBox(parent)
        for kind, label in KIND_LABELS.items():
            combo.addItem(label, kind.value)
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        """Select the row's kind."""
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        """Write the chosen kind back."""
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
