"""The notice-facts form of the 通告 page: what the calendar says (read-only) and what the
officer writes (title, 落款日期, 补充说明, traffic-control and correction details).

:meth:`FactsForm.apply` folds the editors into a copy of the facts with ``dataclasses.replace``;
everything else in the facts (digits, hours, issuers …) comes from the calendar and stays.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QObject, QTime, Signal
from PySide6.QtWidgets import QDateTimeEdit, QWidget

from xa_console.domain.drafting.facts import (
    WEEKDAYS_ZH,
    DraftKind,
    NoticeFacts,
    TrafficControl,
    cn_date,
    digits_text,
    reason_text,
)
from xa_console.gui.dialogs.new_draft import pydate
from xa_console.gui.forms.ui_workbench import Ui_Workbench
from xa_console.gui.models.draft_model import kind_label

_UNSET = QDateTime(QDate(2000, 1, 1), QTime(0, 0))
_POLICY = {
    DraftKind.SUSPENSION,
    DraftKind.RESUMPTION,
    DraftKind.CONTINUATION,
    DraftKind.ADJUSTMENT,
}


def form_height(kind: DraftKind | None) -> int:
    """Pixels the facts form wants: more for traffic controls and corrections."""
    return 460 if kind in (DraftKind.TRAFFIC_CONTROL, DraftKind.CORRECTION) else 320


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def status_text(f: NoticeFacts) -> str:
    """限行情况 line: the day's digits and hours, or why it is free; policy notices: rotation."""
    hours = "、".join(f.hours)
    if f.kind in _POLICY and f.weekday_pairs:
        pairs = "，".join(f"周{w[-1]} {d}" for w, d in f.weekday_pairs)
        return f"工作日 {hours}；{pairs}" if hours else pairs
    line = (
        f"限行尾号 {digits_text(f.digits)} · {hours}"
        if f.restricted
        else f"不限行（{reason_text(f.reason) or f.reason}）"
    )
    if f.tomorrow is not None:
        text = f.tomorrow[1]
        line += f"；明日 {'尾号 ' + text if text[:1].isdigit() else text}"
    return line


def validity_text(f: NoticeFacts) -> str:
    """有效期 of a policy notice."""
    end = f"至{cn_date(f.end_day)}" if f.end_day else "，结束时间另行通告"
    return f"{cn_date(f.day)}起{end}"


class FactsForm(QObject):
    """Binds the facts widgets of :class:`Ui_Workbench`; ``changed`` on every user edit."""

    changed = Signal()

    def __init__(self, ui: Ui_Workbench, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self._quiet = False
        for edit in (ui.start_edit, ui.end_edit):
            edit.setMinimumDateTime(_UNSET)
            edit.setSpecialValueText("未设置")
        ui.free_text_edit.setMaximumHeight(84)
        ui.correction_text_edit.setMaximumHeight(90)
        for line in (
            ui.title_edit,
            ui.road_edit,
            ui.direction_edit,
            ui.section_edit,
            ui.detour_edit,
            ui.control_reason_edit,
            ui.corrects_title_edit,
        ):
            line.textEdited.connect(self._edited)
        for plain in (ui.free_text_edit, ui.correction_text_edit):
            plain.textChanged.connect(self._edited)
        ui.issue_date_edit.dateChanged.connect(self._edited)
        ui.start_edit.dateTimeChanged.connect(self._edited)
        ui.end_edit.dateTimeChanged.connect(self._edited)

    def _edited(self) -> None:
        if not self._quiet:
            self.changed.emit()

    def load(self, f: NoticeFacts) -> None:
        """Show a draft's facts (no ``changed`` signal)."""
        ui = self.ui
        self._quiet = True
        try:
            ui.facts_header.setText(
                f"{kind_label(f.kind)} · {cn_date(f.day)} {WEEKDAYS_ZH[f.day.weekday()]}"
            )
            ui.status_value.setText(status_text(f))
            ui.area_value.setText(f.area_label or "—")
            ui.area_value.setToolTip(f.area_text)
            ui.validity_value.setText(validity_text(f))
            ui.facts_form.setRowVisible(ui.validity_value, f.kind in _POLICY)
            calendar = f.kind not in (DraftKind.TRAFFIC_CONTROL, DraftKind.CORRECTION)
            ui.facts_form.setRowVisible(ui.status_value, calendar)
            ui.facts_form.setRowVisible(ui.area_value, calendar)
            ui.title_edit.setText(f.title)
            ui.issue_date_edit.setDate(_qdate(f.issue_date or f.day))
            ui.free_text_edit.setPlainText(f.free_text)
            self._load_control(f)
            ui.corrects_title_edit.setText(f.corrects_title)
            ui.correction_text_edit.setPlainText(f.correction_text)
            ui.correction_group.setVisible(f.kind is DraftKind.CORRECTION)
            ui.facts_group.setEnabled(True)
        finally:
            self._quiet = False

    def _load_control(self, f: NoticeFacts) -> None:
        ui, tc = self.ui, f.traffic_control or TrafficControl("")
        ui.control_group.setVisible(f.kind is DraftKind.TRAFFIC_CONTROL)
        ui.road_edit.setText(tc.road)
        ui.direction_edit.setText(tc.direction)
        ui.section_edit.setText(tc.section)
        ui.detour_edit.setText(tc.detour)
        ui.control_reason_edit.setText(tc.reason)
        for edit, value in ((ui.start_edit, tc.start), (ui.end_edit, tc.end)):
            edit.setDateTime(_UNSET if value is None else _qdatetime(value))

    def clear(self) -> None:
        """No draft open: an empty, disabled form."""
        ui = self.ui
        self._quiet = True
        try:
            ui.facts_header.setText("请在左侧打开一份草稿，或点击“新建”（Ctrl+N）。")
            for label in (ui.status_value, ui.area_value, ui.validity_value):
                label.clear()
            ui.title_edit.clear()
            ui.free_text_edit.clear()
            ui.control_group.hide()
            ui.correction_group.hide()
            ui.facts_group.setEnabled(False)
        finally:
            self._quiet = False

    def apply(self, f: NoticeFacts) -> NoticeFacts:
        """The facts with the officer's input folded in."""
        ui = self.ui
        tc = f.traffic_control
        if f.kind is DraftKind.TRAFFIC_CONTROL:
            tc = TrafficControl(
                road=ui.road_edit.text().strip(),
                direction=ui.direction_edit.text().strip(),
                section=ui.section_edit.text().strip(),
                start=_when(ui.start_edit),
                end=_when(ui.end_edit),
                detour=ui.detour_edit.text().strip(),
                reason=ui.control_reason_edit.text().strip(),
            )
        return replace(
            f,
            title=ui.title_edit.text(),
            issue_date=pydate(ui.issue_date_edit.date()),
            free_text=ui.free_text_edit.toPlainText(),
            traffic_control=tc,
            corrects_title=ui.corrects_title_edit.text(),
            correction_text=ui.correction_text_edit.toPlainText(),
        )

    def focus_widget(self) -> QWidget:
        """Where typing starts in a fresh draft."""
        return self.ui.free_text_edit


def _qdatetime(v: datetime) -> QDateTime:
    return QDateTime(QDate(v.year, v.month, v.day), QTime(v.hour, v.minute))


def _when(edit: QDateTimeEdit) -> datetime | None:
    value = edit.dateTime()
    if value == _UNSET:
        return None
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())
