"""Paste the State Council's yearly holiday notice and save it as that year's official plan.

The text is parsed as the officer types (``domain.holiday_text``): the preview lists the days
found, each line that cannot be read is named by its number, and OK stays disabled until the
whole text parses. Saving goes through the undo stack like any other edit.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QWidget

from xa_console.domain.calendar import DayKind, HolidayEntry, HolidayYear, YearStatus
from xa_console.domain.errors import DomainError
from xa_console.domain.holiday_text import parse_state_council_notice
from xa_console.gui import prompts
from xa_console.gui.bus import ChangeBus
from xa_console.gui.errors import describe_exception, describe_issue, show_error
from xa_console.gui.forms.ui_holiday_paste import Ui_HolidayPasteDialog
from xa_console.gui.models.holiday_model import DayRow, HolidayModel
from xa_console.gui.undo import SaveHolidayYearCommand, push
from xa_console.services.holidays import HolidayService

EXAMPLE = (
    "例如：\n"
    "国务院办公厅关于2026年部分节假日安排的通知\n"
    "一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。\n"
    "二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。"
    "2月14日（周六）、2月28日（周六）上班。\n"
    "三、清明节：4月4日（周六）至6日（周一）放假，共3天。"
)
_TITLE_LINE = re.compile(r"(?:国务院办公厅)?关于(\d{4})年部分节假日安排的通知")
_PLAN_YEAR = re.compile(r"(\d{4})年部分节假日安排")


def default_title(year: int) -> str:
    """The notice's usual title."""
    return f"国务院办公厅关于{year}年部分节假日安排的通知"


class HolidayPasteDialog(QDialog):
    """Paste → live preview and per-line errors → save through the undo stack."""

    def __init__(
        self,
        holidays: HolidayService,
        undo_stack: QUndoStack,
        bus: ChangeBus,
        parent: QWidget | None = None,
        *,
        year: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_HolidayPasteDialog()
        self.ui.setupUi(self)
        self._holidays = holidays
        self._undo = undo_stack
        self._bus = bus
        self._plan: HolidayYear | None = None
        self._year_touched = False
        self._setting = False
        self.saved_year: int | None = None
        self.model = HolidayModel(self, editable=False)
        self._setup(year or date.today().year + 1)
        self._reparse()

    def _setup(self, year: int) -> None:
        ui = self.ui
        ui.text_edit.setPlaceholderText(EXAMPLE)
        ui.preview_table.setModel(self.model)
        ui.preview_table.horizontalHeader().setStretchLastSection(True)
        ui.preview_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        ui.splitter.setSizes([620, 440])
        self.ok_button.setText("保存为该年节假日安排")
        ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        self._set_year(year)
        ui.text_edit.textChanged.connect(self._reparse)
        ui.title_edit.textChanged.connect(self._reparse)
        ui.year_spin.valueChanged.connect(self._year_edited)
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)

    @property
    def ok_button(self):  # type: ignore[no-untyped-def]
        """The OK button (enabled only when the text parses)."""
        return self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)

    def plan(self) -> HolidayYear | None:
        """The plan parsed from the text, or None while it does not parse."""
        return self._plan

    # ----- parsing ---------------------------------------------------------------------------
    def _set_year(self, year: int) -> None:
        self._setting = True
        self.ui.year_spin.setValue(year)
        self._setting = False

    def _year_edited(self) -> None:
        if not self._setting:
            self._year_touched = True
        self._reparse()

    def _auto_fill(self, text: str) -> None:
        """Take the year (and an empty title) from the notice's title line."""
        ui = self.ui
        title_match = _TITLE_LINE.search(text)
        if title_match and not ui.title_edit.text().strip():
            ui.title_edit.blockSignals(True)
            ui.title_edit.setText(title_match.group(0))
            ui.title_edit.blockSignals(False)
        found = _PLAN_YEAR.search(ui.title_edit.text()) or _PLAN_YEAR.search(text)
        if found and not self._year_touched:
            self._set_year(int(found.group(1)))

    def _reparse(self) -> None:
        text = self.ui.text_edit.toPlainText()
        self._auto_fill(text)
        year = self.ui.year_spin.value()
        title = self.ui.title_edit.text().strip() or default_title(year)
        self.ui.error_panel.clear()
        self._plan = None
        if not text.strip():
            self.model.set_rows(())
            self.ui.preview_summary_label.setText("请在左侧粘贴通知原文。")
        else:
            try:
                self._plan = parse_state_council_notice(text, year, title)
            except DomainError as e:
                self._show_partial(text, year)
                messages = [describe_issue(i) for i in e.issues]
                self.ui.error_panel.show_messages(messages, "以下内容无法识别，请修改后再保存：")
            else:
                self._show_plan(self._plan)
        self.ok_button.setEnabled(self._plan is not None)

    def _show_plan(self, plan: HolidayYear) -> None:
        self.model.set_rows(DayRow.from_entry(e) for e in sorted(plan.entries, key=lambda e: e.day))
        self.ui.preview_summary_label.setText(self._summary(plan.entries))

    def _show_partial(self, text: str, year: int) -> None:
        """Preview the lines that do parse on their own."""
        entries: dict[date, HolidayEntry] = {}
        for line in text.splitlines():
            try:
                for e in parse_state_council_notice(line, year).entries:
                    entries.setdefault(e.day, e)
            except DomainError:
                continue
        self.model.set_rows(DayRow.from_entry(entries[d]) for d in sorted(entries))
        self.ui.preview_summary_label.setText(self._summary(tuple(entries.values())) + "（部分）")

    def _summary(self, entries: tuple[HolidayEntry, ...]) -> str:
        rest = sum(e.kind is DayKind.REST for e in entries)
        festivals = len({e.festival for e in entries})
        year = self.ui.year_spin.value()
        return f"{year}年：{festivals} 个节日，放假 {rest} 天，调休上班 {len(entries) - rest} 天"

    # ----- saving ----------------------------------------------------------------------------
    def accept(self) -> None:
        """Save the parsed plan (asking before replacing an existing year)."""
        plan = self._plan
        if plan is None:
            return
        plan = HolidayYear(
            plan.year,
            YearStatus.OFFICIAL,
            plan.source_title,
            self.ui.source_url_edit.text().strip(),
            None,
            plan.entries,
        )
        try:
            existing = self._holidays.year(plan.year)
        except Exception as exc:  # a database failure must not close the dialog silently
            self.ui.error_panel.show_messages([describe_exception(exc)], "保存失败：")
            return
        if existing is not None:
            count = len(existing.entries)
            text = f"{plan.year}年已有节假日安排（{count} 项），要用粘贴的通知替换吗？"
            if not prompts.confirm(self, "替换节假日安排", text, "替换"):
                return
        command = SaveHolidayYearCommand(self._holidays, plan, self._bus, self._report)
        outcome = push(self._undo, command)
        if outcome.error is not None:
            self._show_error(outcome.error)
            return
        self.saved_year = plan.year
        super().accept()

    def _show_error(self, exc: BaseException) -> None:
        if isinstance(exc, DomainError):
            messages = [describe_issue(i) for i in exc.issues]
        else:
            messages = [describe_exception(exc)]
        self.ui.error_panel.show_messages(messages, "未能保存：")

    def _report(self, exc: BaseException) -> None:
        show_error(self.parentWidget(), exc, "撤销/重做失败")
