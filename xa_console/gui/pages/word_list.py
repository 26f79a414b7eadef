"""设置 › 合规词表: forbidden (禁用) and sensitive (敏感) words that the draft check looks for.

Add, change the level or note in place, delete (after confirming), search, and import a .txt list
whose empty and repeated lines are reported. Writes go through ``ChannelService.set_word`` /
``remove_word`` on the serial write pool and publish ``Changes(channels=True)``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from xa_console.context import AppContext
from xa_console.domain.errors import DomainError
from xa_console.gui import prompts
from xa_console.gui.bus import ChangeBus
from xa_console.gui.dialogs.word_import import WordImportDialog
from xa_console.gui.errors import describe_exception
from xa_console.gui.forms.ui_word_list import Ui_WordList
from xa_console.gui.models.word_model import LEVEL_LABELS, SORT_ROLE, WordModel
from xa_console.gui.shortcuts import PageShortcuts
from xa_console.gui.tables import EDIT_IN_PLACE, prepare_table
from xa_console.gui.undo import run_write
from xa_console.services.changes import Changes
from xa_console.services.channels import WordEntry

_Index = QModelIndex | QPersistentModelIndex


class LevelDelegate(QStyledItemDelegate):
    """A 禁用/敏感 combo box for the level column."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        """The combo, filled with the two levels."""
        combo = QComboBox(parent)
        for code, label in LEVEL_LABELS.items():
            combo.addItem(label, code)
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        """Select the row's level."""
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        """Hand the chosen level code to the model."""
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class WordListPage(QWidget):
    """The word table with search, the add row, import and delete."""

    def __init__(self, ctx: AppContext, bus: ChangeBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_WordList()
        self.ui.setupUi(self)
        self._ctx = ctx
        self._bus = bus
        self.model = WordModel(self, commit=self._commit_cell)
        self.proxy = QSortFilterProxyModel(self)
        self.import_dialog: WordImportDialog | None = None
        self._shortcuts = PageShortcuts(self)
        self._shortcuts.add("删除", ["Del"], self.delete_selected, self.ui.words_table)
        self._setup()
        self.reload()

    def _setup(self) -> None:
        ui = self.ui
        for code, label in LEVEL_LABELS.items():
            ui.level_combo.addItem(label, code)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        t = ui.words_table
        t.setModel(self.proxy)
        t.setItemDelegateForColumn(WordModel.Column.LEVEL, LevelDelegate(t))
        prepare_table(t, edit=EDIT_IN_PLACE)
        t.setSortingEnabled(True)
        t.sortByColumn(WordModel.Column.LEVEL, Qt.SortOrder.AscendingOrder)
        header = t.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(WordModel.Column.WORD, 220)
        header.resizeSection(WordModel.Column.LEVEL, 90)
        header.setStretchLastSection(True)
        ui.result_label.hide()
        ui.add_button.clicked.connect(self.add_word)
        ui.word_edit.returnPressed.connect(self.add_word)
        ui.delete_button.clicked.connect(self.delete_selected)
        ui.import_button.clicked.connect(self.open_import)
        ui.search_edit.textChanged.connect(self._filter)
        t.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())

    # ----- list ------------------------------------------------------------------------------
    def reload(self) -> None:
        """Re-read the words; keeps the selection."""
        keep = self.selected_entry()
        if self.model.set_entries(self._ctx.channels.word_entries()) and keep is not None:
            self.select(keep.word)
        self._update_count()
        self._update_buttons()

    def selected_entry(self) -> WordEntry | None:
        """The word selected in the table."""
        index = self.ui.words_table.currentIndex()
        if not index.isValid():
            return None
        return self.model.entry(self.proxy.mapToSource(index).row())

    def select(self, word: str) -> bool:
        """Select a word; False when it is not shown."""
        row = self.model.row_of(word)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.ui.words_table.setCurrentIndex(index)
        self.ui.words_table.scrollTo(index)
        return True

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._update_count()

    def _update_count(self) -> None:
        entries = self.model.entries()
        forbidden = sum(1 for e in entries if e.level == "forbidden")
        shown, total = self.proxy.rowCount(), len(entries)
        text = f"共 {total} 个（禁用 {forbidden}，敏感 {total - forbidden}）"
        self.ui.count_label.setText(text if shown == total else f"显示 {shown} / {text}")

    def _update_buttons(self) -> None:
        self.ui.delete_button.setEnabled(self.selected_entry() is not None)

    # ----- writes ----------------------------------------------------------------------------
    def _write(self, job: Callable[[], Changes], what: str) -> bool:
        """Run a service write on the serial pool; errors go to the red panel."""
        try:
            changes = run_write(job)
        except DomainError as exc:
            self.ui.error_panel.show_messages([describe_exception(exc)], f"未能{what}：")
            return False
        self.ui.error_panel.clear()
        QTimer.singleShot(0, lambda: self._publish(changes))
        return True

    def _publish(self, changes: Changes) -> None:
        self._bus.publish(changes)
        self.reload()

    def add_word(self) -> bool:
        """Add the word typed in the add row (an existing word gets the new level and note)."""
        ui = self.ui
        word, level, note = ui.word_edit.text().strip(), ui.level_combo.currentData(), ""
        note = ui.note_edit.text().strip()
        existing = self.model.row_of(word)
        if existing is not None:
            old = self.model.entry(existing)
            label = LEVEL_LABELS.get(old.level, old.level)
            if not prompts.confirm(
                self, "词语已存在", f"“{word}”已在词表中（{label}）。改为新的级别和说明？", "修改"
            ):
                return False
        ok = self._write(lambda: self._ctx.channels.set_word(word, str(level), note), "添加")
        if ok:
            ui.word_edit.clear()
            ui.note_edit.clear()
            self.model.set_entries(self._ctx.channels.word_entries())
            self.select(word)
            self._show_result(f"已添加“{word}”（{LEVEL_LABELS.get(str(level))}）。")
        return ok

    def _commit_cell(self, entry: WordEntry, key: str, value: str) -> bool:
        level = value if key == "level" else entry.level
        note = value if key == "note" else entry.note
        return self._write(lambda: self._ctx.channels.set_word(entry.word, level, note), "修改")

    def delete_selected(self) -> bool:
        """Delete the selected word after confirming."""
        entry = self.selected_entry()
        if entry is None:
            return False
        label = LEVEL_LABELS.get(entry.level, entry.level)
        if not prompts.confirm(
            self, "删除词语", f"从合规词表中删除“{entry.word}”（{label}）？", "删除"
        ):
            return False
        ok = self._write(lambda: self._ctx.channels.remove_word(entry.word), "删除")
        if ok:
            self._show_result(f"已删除“{entry.word}”。")
        return ok

    # ----- import ----------------------------------------------------------------------------
    def open_import(self) -> WordImportDialog:
        """Show the import dialog (non-blocking); the words are stored when it is accepted."""
        dialog = WordImportDialog({e.word for e in self.model.entries()}, self)
        dialog.accepted.connect(lambda: self._import(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def _import(self, dialog: WordImportDialog) -> None:
        parsed, level, note = dialog.result_import, dialog.level(), dialog.note()
        words = parsed.words
        if not words:
            return

        def job() -> Changes:
            changes = Changes()
            for w in words:
                changes = changes | self._ctx.channels.set_word(w, level, note)
            return changes

        if self._write(job, "导入"):
            label = LEVEL_LABELS.get(level, level)
            skipped = parsed.skipped_text()
            text = f"已导入 {len(words)} 个词（{label}）。"
            self._show_result(text + (f"未导入：{skipped}。" if skipped else ""))

    def _show_result(self, text: str) -> None:
        self.ui.result_label.setText(text)
        self.ui.result_label.show()

    def result_text(self) -> str:
        """The last add/delete/import summary shown above the table."""
        return self.ui.result_label.text() if not self.ui.result_label.isHidden() else ""
