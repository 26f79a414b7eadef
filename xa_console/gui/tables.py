"""The common set-up of our table views: whole rows selected, striped, no row numbers."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTableView

Select = QAbstractItemView.SelectionMode
Edit = QAbstractItemView.EditTrigger
EDIT_IN_PLACE = Edit.DoubleClicked | Edit.EditKeyPressed


def prepare_table(
    table: QTableView,
    *,
    selection: QAbstractItemView.SelectionMode = Select.SingleSelection,
    edit: QAbstractItemView.EditTrigger = Edit.NoEditTriggers,
) -> None:
    """Row selection, alternating colours, hidden vertical header; read-only unless ``edit``."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(selection)
    table.setEditTriggers(edit)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
