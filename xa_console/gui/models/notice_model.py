"""Table model of a city's notices (通告), plus the Chinese labels of kinds and confidence."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from xa_console.domain.rules import Notice, NoticeKind
from xa_console.gui.labels import CONFIDENCE_SHORT, NOTICE_KIND
from xa_console.gui.models.base import RowsTableModel

KIND_LABELS = NOTICE_KIND
CONFIDENCE_LABELS = CONFIDENCE_SHORT
UNTIL_FURTHER_NOTICE = "另行通告"

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

_CONFIDENCE_COLORS = {"reported": QColor("#8a6d00"), "inferred": QColor("#b3261e")}
_SUSPEND_COLOR = QColor("#5f6368")
_Index = QModelIndex | QPersistentModelIndex


class NoticeModel(RowsTableModel):
    """Rows are the domain ``Notice`` DTOs, in the service's order; sort through a proxy."""

    class Column(IntEnum):
        """The columns, left to right."""

        KIND = 0
        TITLE = 1
        EFFECTIVE_FROM = 2
        EFFECTIVE_TO = 3
        CONFIDENCE = 4

    HEADERS = ("类型", "标题", "生效日期", "截止日期", "可信度")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[Notice, ...] = ()

    def set_notices(self, notices: Iterable[Notice]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = tuple(notices)
        self.endResetModel()

    def notices(self) -> tuple[Notice, ...]:
        """All rows."""
        return self._rows

    def notice(self, row: int) -> Notice:
        """The notice shown in a (source) row."""
        return self._rows[row]

    def row_of(self, notice_id: int | None) -> int | None:
        """The row holding a notice id, if any."""
        for i, n in enumerate(self._rows):
            if notice_id is not None and n.id == notice_id:
                return i
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, sort keys, tooltips and colours of a cell."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        n = self._rows[index.row()]
        column = self.Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(n, column)
        if role == SORT_ROLE:
            return _sort_key(n, column)
        if role == ID_ROLE:
            return n.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(n)
        if role == Qt.ItemDataRole.ForegroundRole:
            return _foreground(n, column)
        return None


def _display(n: Notice, column: NoticeModel.Column) -> str:
    col = NoticeModel.Column
    if column is col.KIND:
        return KIND_LABELS.get(n.kind, n.kind.value)
    if column is col.TITLE:
        return n.title
    if column is col.EFFECTIVE_FROM:
        return n.effective_from.isoformat()
    if column is col.EFFECTIVE_TO:
        return n.effective_to.isoformat() if n.effective_to else UNTIL_FURTHER_NOTICE
    return CONFIDENCE_LABELS.get(n.confidence, n.confidence)


def _sort_key(n: Notice, column: NoticeModel.Column) -> str:
    col = NoticeModel.Column
    if column is col.EFFECTIVE_FROM:
        return n.effective_from.isoformat()
    if column is col.EFFECTIVE_TO:
        return (n.effective_to or date.max).isoformat()
    if column is col.KIND:
        return f"{list(NoticeKind).index(n.kind)}"
    return _display(n, column)


def _tooltip(n: Notice) -> str:
    end = n.effective_to.isoformat() if n.effective_to else UNTIL_FURTHER_NOTICE
    lines = [n.title, f"{n.effective_from.isoformat()} 至 {end}"]
    if n.note:
        lines.append(f"备注：{n.note}")
    return "\n".join(lines)


def _foreground(n: Notice, column: NoticeModel.Column) -> QColor | None:
    if column is NoticeModel.Column.CONFIDENCE:
        return _CONFIDENCE_COLORS.get(n.confidence)
    if n.kind is NoticeKind.SUSPEND:
        return _SUSPEND_COLOR
    return None
