"""Table model of the compliance word list (设置 › 合规词表): word, level (禁用/敏感), note.

级别 and 说明 are editable; the edit goes to a ``commit`` callback (the page saves it through the
channel service and reloads the rows).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from xa_console.gui.models.base import RowsTableModel
from xa_console.services.channels import WordEntry

LEVEL_LABELS: dict[str, str] = {"forbidden": "禁用", "sensitive": "敏感"}
LEVEL_HINTS: dict[str, str] = {
    "forbidden": "禁用：草稿含有此词时不能提交审核",
    "sensitive": "敏感：提示编辑核对，不阻止提交",
}
_LEVEL_COLOURS = {"forbidden": QColor("#B3261E"), "sensitive": QColor("#8A5300")}
_Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
# (entry, "level" | "note", new value) -> saved?
Commit = Callable[[WordEntry, str, str], bool]


class WordModel(RowsTableModel):
    """Rows are :class:`WordEntry` DTOs in the service's order; sort and filter through a proxy."""

    class Column(IntEnum):
        """The columns, left to right."""

        WORD = 0
        LEVEL = 1
        NOTE = 2

    HEADERS = ("词语", "级别", "说明")

    def __init__(self, parent: QObject | None = None, commit: Commit | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[WordEntry, ...] = ()
        self._commit = commit

    def set_entries(self, entries: Iterable[WordEntry]) -> bool:
        """Replace every row; False (and no reset) when nothing changed."""
        fresh = tuple(entries)
        if fresh == self._rows:
            return False
        self.beginResetModel()
        self._rows = fresh
        self.endResetModel()
        return True

    def entries(self) -> tuple[WordEntry, ...]:
        """All rows."""
        return self._rows

    def entry(self, row: int) -> WordEntry:
        """The word shown in a (source) row."""
        return self._rows[row]

    def row_of(self, word: str) -> int | None:
        """The row of a word, if listed."""
        return next((i for i, e in enumerate(self._rows) if e.word == word), None)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """级别 and 说明 are editable when a commit callback is set."""
        base = super().flags(index)
        editable = (self.Column.LEVEL, self.Column.NOTE)
        if index.isValid() and self._commit is not None and index.column() in editable:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, edit values (level code), sort keys, tooltips and colours of a cell."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        e = self._rows[index.row()]
        column = self.Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column is self.Column.LEVEL:
                return LEVEL_LABELS.get(e.level, e.level)
            return e.word if column is self.Column.WORD else e.note
        if role == Qt.ItemDataRole.EditRole:
            return {self.Column.WORD: e.word, self.Column.LEVEL: e.level}.get(column, e.note)
        if role == SORT_ROLE:
            if column is self.Column.LEVEL:
                return f"{0 if e.level == 'forbidden' else 1}{e.word}"
            return e.word if column is self.Column.WORD else e.note
        if role == Qt.ItemDataRole.ToolTipRole and column is self.Column.LEVEL:
            return LEVEL_HINTS.get(e.level)
        if role == Qt.ItemDataRole.ForegroundRole and column is not self.Column.NOTE:
            return _LEVEL_COLOURS.get(e.level)
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Hand a changed level or note to ``commit``."""
        if role != Qt.ItemDataRole.EditRole or self._commit is None or not index.isValid():
            return False
        e = self._rows[index.row()]
        column = self.Column(index.column())
        if column is self.Column.LEVEL and value != e.level:
            return self._commit(e, "level", str(value))
        if column is self.Column.NOTE and str(value).strip() != e.note:
            return self._commit(e, "note", str(value).strip())
        return False
