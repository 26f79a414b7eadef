"""Table model of the stored notice drafts (草稿): kind, date, title and status."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from xa_console.domain.drafting.facts import DraftKind
from xa_console.gui.labels import DRAFT_KIND, DRAFT_STATUS
from xa_console.gui.models.base import RowsTableModel

KIND_LABELS = DRAFT_KIND
STATUS_LABELS = DRAFT_STATUS

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
_Index = QModelIndex | QPersistentModelIndex


def kind_label(kind: str | DraftKind) -> str:
    """Chinese name of a draft kind (the raw code when unknown)."""
    try:
        return KIND_LABELS[DraftKind(kind)]
    except ValueError:
        return str(kind)


@dataclass(frozen=True)
class DraftRow:
    """One stored draft as :meth:`DraftingService.list` reports it."""

    id: int
    kind: str
    day: date
    title: str
    status: str

    @classmethod
    def of(cls, row: tuple[int, str, date, str, str]) -> DraftRow:
        """From the service's ``(id, kind, day, title, status)`` tuple."""
        return cls(*row)


class DraftModel(RowsTableModel):
    """Rows are :class:`DraftRow` DTOs in the service's order (newest first)."""

    class Column(IntEnum):
        """The columns, left to right."""

        KIND = 0
        DAY = 1
        TITLE = 2
        STATUS = 3

    HEADERS = ("类型", "日期", "标题", "状态")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[DraftRow, ...] = ()

    def set_rows(self, rows: Iterable[DraftRow]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def rows(self) -> tuple[DraftRow, ...]:
        """All rows."""
        return self._rows

    def draft(self, row: int) -> DraftRow:
        """The draft shown in a (source) row."""
        return self._rows[row]

    def row_of(self, draft_id: int | None) -> int | None:
        """The row holding a draft id, if any."""
        if draft_id is None:
            return None
        return next((i for i, r in enumerate(self._rows) if r.id == draft_id), None)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, sort keys and tooltips of a cell."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        column = self.Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(r, column)
        if role == SORT_ROLE:
            return _sort_key(r, column)
        if role == ID_ROLE:
            return r.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{kind_label(r.kind)} · {r.day.isoformat()}\n{r.title}"
        return None


def _display(r: DraftRow, column: DraftModel.Column) -> str:
    col = DraftModel.Column
    if column is col.KIND:
        return kind_label(r.kind)
    if column is col.DAY:
        return r.day.isoformat()
    if column is col.TITLE:
        return r.title
    return STATUS_LABELS.get(r.status, r.status)


def _sort_key(r: DraftRow, column: DraftModel.Column) -> str:
    if column is DraftModel.Column.KIND:
        kinds = [k.value for k in DraftKind]
        return f"{kinds.index(r.kind) if r.kind in kinds else 99:02d}"
    return _display(r, column)
