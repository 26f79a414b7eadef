"""The drafts column of the 通告 page: stored drafts newest first, and the table set-up it
shares with the all-channels overview."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView

from xa_console.gui.models.draft_model import ID_ROLE, SORT_ROLE, DraftModel, DraftRow
from xa_console.gui.tables import prepare_table


def configure_table(table: QTableView, stretch: int) -> None:
    """Read-only, one row selected at a time, column ``stretch`` takes the spare width."""
    prepare_table(table)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


class DraftList(QObject):
    """Table of :class:`DraftModel`; ``chosen(id)`` when the officer picks another draft."""

    chosen = Signal(int)

    def __init__(self, table: QTableView, count: QLabel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table, self.count = table, count
        self.model = DraftModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        table.setModel(self.proxy)
        configure_table(table, DraftModel.Column.TITLE)
        # 临时交通管制 would push the title out; the kind elides and keeps its tooltip
        header = table.horizontalHeader()
        header.setSectionResizeMode(DraftModel.Column.KIND, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(DraftModel.Column.KIND, 68)
        self._quiet = False
        table.selectionModel().currentRowChanged.connect(self._row_changed)

    def reload(self, rows: Iterable[DraftRow], keep: int | None) -> None:
        """Show these drafts with ``keep`` selected (no ``chosen`` signal)."""
        self._quiet = True
        try:
            self.model.set_rows(rows)
            self._select(keep)
        finally:
            self._quiet = False
        self.count.setText(f"共 {self.model.rowCount()} 份草稿")

    def select(self, draft_id: int | None) -> None:
        """Mark the open draft (None clears the selection); no ``chosen`` signal."""
        self._quiet = True
        try:
            self._select(draft_id)
        finally:
            self._quiet = False

    def _select(self, draft_id: int | None) -> None:
        row = self.model.row_of(draft_id)
        if row is None:
            self.table.selectionModel().clear()
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._quiet and current.isValid():
            self.chosen.emit(int(current.data(ID_ROLE)))
