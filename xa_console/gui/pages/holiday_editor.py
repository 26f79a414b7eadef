"""The "节假日安排" tab: year plans on the left, the selected year's days on the right.

Years after the newest plan are listed as "节假日安排未发布" and never guessed; a plan is edited
as rows (date as typed, 放假 / 调休上班, festival), checked by ``HolidayYear.validate`` (errors name
the row, 第N项) and saved whole through an undo command.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QInputDialog,
    QWidget,
)

from xa_console.domain.calendar import HolidayYear, YearStatus
from xa_console.domain.errors import DomainError, Issue
from xa_console.gui import prompts
from xa_console.gui.bus import ChangeBus
from xa_console.gui.dialogs.holiday_paste import HolidayPasteDialog
from xa_console.gui.errors import INVALID_STYLE, describe_exception, describe_issue, show_error
from xa_console.gui.forms.ui_holiday_editor import Ui_HolidayEditor
from xa_console.gui.models.holiday_model import (
    DayRow,
    HolidayModel,
    KindDelegate,
    issue_row,
    plan_from_rows,
    row_after,
    summary_text,
)
from xa_console.gui.pages.editor_base import EditorPage
from xa_console.gui.pages.holiday_years import (
    STATUS_LABELS,
    YEAR_ROLE,
    YearEntry,
    fill_year_list,
    year_entries,
)
from xa_console.gui.tasks import run_in_background
from xa_console.gui.undo import DeleteHolidayYearCommand, SaveHolidayYearCommand, push
from xa_console.services.changes import Changes
from xa_console.services.holidays import HolidayService

_PROVISIONAL_HINT = (
    "暂定安排：限行判断会按此表进行；国务院通知发布后，请粘贴原文核对并改为“官方发布”。"
)


class HolidayEditorPage(EditorPage):
    """List, edit, import and delete the yearly holiday plans (国务院节假日安排)."""

    def __init__(
        self,
        holidays: HolidayService,
        undo_stack: QUndoStack,
        bus: ChangeBus,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(undo_stack, bus, parent)
        self.ui = Ui_HolidayEditor()
        self.ui.setupUi(self)
        self.setStyleSheet(INVALID_STYLE)
        self._holidays = holidays
        self._plans: dict[int, HolidayYear] = {}
        self._year: int | None = None
        self._draft = False  # the editor holds a year not in the database yet
        self._clean: object = None
        self.paste_dialog: HolidayPasteDialog | None = None
        self._published_on: date | None = None
        self._issue_rows: list[int | None] = []
        self.model = HolidayModel(self)
        self._setup_widgets()
        self.ui.editor_stack.setCurrentWidget(self.ui.missing_page)
        self._shortcuts.add("保存", ["Ctrl+S"], self.save)
        self._shortcuts.add("删除行", ["Del"], self.remove_rows, self.ui.day_table)
        self._connect()
        self.reload()
        today = date.today().year
        self.select_year(today if today in self._plans else self._newest() or today)

    # ----- set-up ----------------------------------------------------------------------------
    def _setup_widgets(self) -> None:
        ui = self.ui
        for status, label in STATUS_LABELS.items():
            ui.status_combo.addItem(label, status.value)
        t = ui.day_table
        t.setModel(self.model)
        t.setItemDelegateForColumn(HolidayModel.Column.KIND, KindDelegate(t))
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        t.setAlternatingRowColors(True)
        header = t.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((0, 150), (1, 80), (2, 110)):
            t.setColumnWidth(column, width)
        ui.splitter.setStretchFactor(0, 2)
        ui.splitter.setStretchFactor(1, 5)
        ui.splitter.setSizes([360, 1000])

    def _connect(self) -> None:
        ui = self.ui
        ui.add_year_button.clicked.connect(self.ask_new_year)
        ui.missing_add_button.clicked.connect(lambda: self.start_new_year(self._year))
        ui.delete_year_button.clicked.connect(self.delete_year)
        ui.save_button.clicked.connect(self.save)
        ui.discard_button.clicked.connect(self.discard)
        ui.paste_button.clicked.connect(self.open_paste_dialog)
        ui.missing_paste_button.clicked.connect(self.open_paste_dialog)
        ui.seed_button.clicked.connect(self.seed)
        ui.add_row_button.clicked.connect(self.add_row)
        ui.remove_row_button.clicked.connect(self.remove_rows)
        ui.year_list.currentRowChanged.connect(self._row_changed)
        ui.error_panel.activated.connect(self._focus_issue)
        ui.status_combo.currentIndexChanged.connect(self._edited)
        ui.source_title_edit.textChanged.connect(self._edited)
        ui.source_url_edit.textChanged.connect(self._edited)
        for signal in (self.model.dataChanged, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self._edited)
        self._bus.changed.connect(self._on_bus)
        self._wire_undo(ui.undo_button, ui.redo_button)

    # ----- year list -------------------------------------------------------------------------
    def reload(self) -> None:
        """Re-read the plans; keep the selected year and, if unchanged, the editor."""
        self._plans = {p.year: p for p in self._holidays.years()}
        self._rebuild_list()
        if self._year is not None and not self.is_dirty():
            self._load(self._year)

    def _newest(self) -> int | None:
        return max(self._plans) if self._plans else None

    def listed_years(self) -> list[tuple[int, str]]:
        """(year, label) of every list entry, newest first."""
        return [(e.year, e.label) for e in self._entries()]

    def _entries(self) -> list[YearEntry]:
        draft = self._year if self._draft else None
        return year_entries(self._plans, draft, date.today().year)

    def _rebuild_list(self) -> None:
        with self._suppressed():
            fill_year_list(self.ui.year_list, self._entries(), self._year)

    def select_year(self, year: int | None) -> bool:
        """Select a year in the list (asking about unsaved edits); False if not listed."""
        for row in range(self.ui.year_list.count()):
            if self.ui.year_list.item(row).data(YEAR_ROLE) == year:
                self.ui.year_list.setCurrentRow(row)
                return self._year == year
        return False

    def _row_changed(self, row: int) -> None:
        if self._suppress or row < 0:
            return
        year = self.ui.year_list.item(row).data(YEAR_ROLE)
        if year == self._year:
            return
        if not self._resolve_unsaved(f"{self._year}年节假日安排"):
            self._rebuild_list()  # puts the selection back on the year being edited
            return
        was_draft, self._draft = self._draft, False
        self._load(year)
        if was_draft:
            self._rebuild_list()

    # ----- editor ----------------------------------------------------------------------------
    def _load(self, year: int | None, plan: HolidayYear | None = None) -> None:
        self._year = year
        plan = plan or (self._plans.get(year) if year is not None else None)
        self.ui.error_panel.clear()
        if plan is None:
            self.ui.editor_stack.setCurrentWidget(self.ui.missing_page)
            self.ui.missing_title_label.setText(f"{year}年节假日安排未发布" if year else "")
            self._clean = None
            self._update_state()
            return
        self.ui.editor_stack.setCurrentWidget(self.ui.plan_page)
        self._fill(plan)
        self._clean = self._snapshot()
        self._update_state()

    def _fill(self, plan: HolidayYear) -> None:
        ui = self.ui
        self._published_on = plan.published_on
        with self._suppressed():
            ui.status_combo.setCurrentIndex(max(0, ui.status_combo.findData(plan.status.value)))
            ui.source_title_edit.setText(plan.source_title)
            ui.source_url_edit.setText(plan.source_url)
            rows = sorted(plan.entries, key=lambda e: e.day)
            self.model.set_rows(DayRow.from_entry(e) for e in rows)
        ui.header_label.setText(f"{plan.year}年节假日安排")

    def _snapshot(self) -> object:
        ui = self.ui
        return (
            ui.status_combo.currentData(),
            ui.source_title_edit.text(),
            ui.source_url_edit.text(),
            self.model.rows(),
        )

    def is_dirty(self) -> bool:
        """True when the editor differs from the stored plan (or holds a new year)."""
        if self._year is None or self.ui.editor_stack.currentWidget() is not self.ui.plan_page:
            return False
        return self._snapshot() != self._clean

    def _edited(self, *_args: object) -> None:
        if not self._suppress:
            self._update_state()

    def _update_state(self) -> None:
        ui = self.ui
        editing = ui.editor_stack.currentWidget() is ui.plan_page
        dirty = self.is_dirty()
        ui.dirty_label.setText("● 新年份，未保存" if self._draft else "● 未保存")
        ui.dirty_label.setVisible(editing and (dirty or self._draft))
        ui.save_button.setEnabled(editing)
        ui.discard_button.setEnabled(editing and (dirty or self._draft))
        ui.delete_year_button.setEnabled(editing)
        provisional = ui.status_combo.currentData() == YearStatus.PROVISIONAL.value
        ui.provisional_hint_label.setText(_PROVISIONAL_HINT if provisional else "")
        ui.day_summary_label.setText(summary_text(self.model.rows()))

    # ----- rows ------------------------------------------------------------------------------
    def add_row(self) -> None:
        """Insert a row after the selected one (next day, same kind and festival)."""
        current = self.ui.day_table.currentIndex()
        at = current.row() + 1 if current.isValid() else self.model.rowCount()
        self.model.insert_day(at, row_after(self.model.rows(), at, self._year or date.today().year))
        self.ui.day_table.setCurrentIndex(self.model.index(at, HolidayModel.Column.DATE))

    def remove_rows(self) -> None:
        """Remove the selected rows."""
        rows = {i.row() for i in self.ui.day_table.selectionModel().selectedRows()}
        current = self.ui.day_table.currentIndex()
        if not rows and current.isValid():
            rows = {current.row()}
        self.model.remove_days(rows)

    # ----- commands --------------------------------------------------------------------------
    def ask_new_year(self) -> None:
        """Ask which year to add, then start an empty provisional plan for it."""
        newest = self._newest()
        default = newest + 1 if newest else date.today().year
        year, ok = QInputDialog.getInt(self, "新增年份", "年份：", default, 2000, 2100)
        if ok:
            self.start_new_year(year)

    def start_new_year(self, year: int | None) -> None:
        """An empty provisional plan for ``year`` (an existing year is just selected)."""
        if year is None or not self._resolve_unsaved(f"{self._year}年节假日安排"):
            return
        if year in self._plans:
            self.select_year(year)
            self.ui.status_label.setText(f"{year}年已有节假日安排。")
            return
        self._draft = True
        self._load(year, HolidayYear(year, YearStatus.PROVISIONAL))
        self._clean = None  # a new year counts as unsaved until it is saved
        self._rebuild_list()
        self._update_state()

    def build_plan(self) -> HolidayYear:
        """The plan as edited; raises :class:`DomainError` naming each bad row."""
        assert self._year is not None
        ui = self.ui
        return plan_from_rows(
            HolidayYear(
                self._year,
                YearStatus(ui.status_combo.currentData()),
                ui.source_title_edit.text().strip(),
                ui.source_url_edit.text().strip(),
                self._published_on,
            ),
            self.model.rows(),
        )

    def save(self) -> bool:
        """Validate and save the year; True on success (errors go to the red panel)."""
        if self._year is None or self.ui.editor_stack.currentWidget() is not self.ui.plan_page:
            return False
        if not self._draft and not self.is_dirty():
            return True  # nothing to write: no undo step
        self._clear_errors()
        try:
            plan = self.build_plan()
        except DomainError as e:
            self._show_issues(e.issues)
            return False
        command = SaveHolidayYearCommand(self._holidays, plan, self._bus, self._report)
        outcome = push(self._undo, command)
        if outcome.error is not None:
            self._show_exception(outcome.error)
            return False
        self._draft = False
        self._load(plan.year)
        self._rebuild_list()
        return True

    def delete_year(self) -> None:
        """Delete the selected year's plan after confirmation (undo brings it back)."""
        year = self._year
        if year is None:
            return
        if self._draft:
            self.discard()
            return
        text = (
            f"确定删除{year}年的节假日安排吗？\n"
            "删除后该年份的限行判断将显示“节假日安排未收录”。可以用“撤销”恢复。"
        )
        if not prompts.confirm(self, "删除年份", text, "删除"):
            return
        self._clean = self._snapshot()  # edits of a deleted year are dropped on purpose
        command = DeleteHolidayYearCommand(self._holidays, year, self._bus, self._report)
        outcome = push(self._undo, command)
        if outcome.error is not None:
            self._show_exception(outcome.error)

    def discard(self) -> None:
        """Throw away the edits (a new year disappears)."""
        was_draft, self._draft = self._draft, False
        self._load(self._year)
        if was_draft:
            self._rebuild_list()

    def open_paste_dialog(self) -> HolidayPasteDialog:
        """Open the dialog that imports the pasted State Council notice (non-blocking)."""
        newest = self._newest()
        year = self._year if self._year not in self._plans else (newest + 1 if newest else None)
        dialog = HolidayPasteDialog(self._holidays, self._undo, self._bus, self, year=year)
        dialog.accepted.connect(lambda: self.select_year(dialog.saved_year))
        dialog.finished.connect(dialog.deleteLater)
        self.paste_dialog = dialog
        dialog.open()
        return dialog

    def seed(self) -> None:
        """Fill the years chinesecalendar knows and the table lacks (in the background)."""
        self.ui.seed_button.setEnabled(False)
        self.ui.status_label.setText("正在从 chinesecalendar 补齐缺失年份…")
        run_in_background(self._holidays.seed, self._seeded, self._seed_failed, write=True)

    def _seeded(self, added: int) -> None:
        self.ui.seed_button.setEnabled(True)
        if added:
            self.ui.status_label.setText(f"已从 chinesecalendar 补齐 {added} 个年份。")
            self._bus.publish(Changes(holidays=True))
        else:
            self.ui.status_label.setText("chinesecalendar 收录的年份都已在表中，无需补齐。")

    def _seed_failed(self, exc: BaseException) -> None:
        self.ui.seed_button.setEnabled(True)
        self.ui.status_label.setText("补齐失败。")
        show_error(self, exc, "补齐失败")

    def _on_bus(self, changes: Changes) -> None:
        if changes.holidays:
            self.reload()

    # ----- errors ----------------------------------------------------------------------------
    def _clear_errors(self) -> None:
        self.ui.error_panel.clear()
        self.model.set_flagged(())
        self._issue_rows = []

    def _show_exception(self, exc: BaseException) -> None:
        if isinstance(exc, DomainError):
            self._show_issues(exc.issues)
        else:
            self.ui.error_panel.show_messages([describe_exception(exc)], "保存失败：")

    def _show_issues(self, issues: list[Issue]) -> None:
        self._clear_errors()
        self._issue_rows = [issue_row(i) for i in issues]
        linked = {i for i, row in enumerate(self._issue_rows) if row is not None}
        messages = [describe_issue(i) for i in issues]
        self.model.set_flagged(r for r in self._issue_rows if r is not None)
        self.ui.error_panel.show_messages(messages, "未能保存，请修改以下问题：", linked)

    def _focus_issue(self, i: int) -> None:
        row = self._issue_rows[i] if 0 <= i < len(self._issue_rows) else None
        if row is not None:
            index = self.model.index(row, HolidayModel.Column.DATE)
            self.ui.day_table.setCurrentIndex(index)
            self.ui.day_table.scrollTo(index)
            self.ui.day_table.setFocus()
