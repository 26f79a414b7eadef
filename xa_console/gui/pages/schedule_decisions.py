"""The small questions of the 发布计划 page: a new time, 确认已发布, and 处理结果未知.

Each is a module-level function returning the answer (None when cancelled), so tests answer
them with ``monkeypatch.setattr(schedule_decisions, "ask_…", …)``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

_WARNING_STYLE = (
    "QLabel#risk_label { background: #FFF1DB; color: #8A4B00; border: 1px solid #F0C277;"
    " border-radius: 4px; padding: 8px 10px; }"
)


def _buttons(dialog: QDialog, ok_text: str) -> tuple[QDialogButtonBox, QPushButton]:
    box = QDialogButtonBox()
    ok = box.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
    box.addButton("取消", QDialogButtonBox.ButtonRole.RejectRole)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box, ok


def _text(text: str, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


class RescheduleDialog(QDialog):
    """A new local time for the selected sends."""

    def __init__(self, context: str, current: datetime, zone: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle("改期")
        layout = QVBoxLayout(self)
        layout.addWidget(_text(context))
        form = QFormLayout()
        d, t = current.date(), current.time()
        self.at_edit = QDateTimeEdit(
            QDateTime(QDate(d.year, d.month, d.day), QTime(t.hour, t.minute))
        )
        self.at_edit.setDisplayFormat("yyyy年M月d日 HH:mm")
        self.at_edit.setCalendarPopup(True)
        form.addRow("新的发布时间：", self.at_edit)
        layout.addLayout(form)
        layout.addWidget(_text(zone))
        box, _ = _buttons(self, "改期")
        layout.addWidget(box)

    def value(self) -> datetime:
        """The chosen wall-clock time."""
        q = self.at_edit.dateTime()
        d, t = q.date(), q.time()
        return datetime.combine(date(d.year(), d.month(), d.day()), time(t.hour(), t.minute()))


def ask_reschedule(parent: QWidget, context: str, current: datetime, zone: str) -> datetime | None:
    """Ask for a new time; None when cancelled."""
    dialog = RescheduleDialog(context, current, zone, parent)
    return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None


class PublishedDialog(QDialog):
    """确认已发布: a person published the export package (or saw it on the platform)."""

    def __init__(self, context: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle("确认已发布")
        layout = QVBoxLayout(self)
        layout.addWidget(_text(context))
        form = QFormLayout()
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText("可不填，如 https://weibo.com/…")
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText("可不填，记入审计日志")
        form.addRow("发布链接：", self.url_edit)
        form.addRow("备注：", self.note_edit)
        layout.addLayout(form)
        box, _ = _buttons(self, "确认已发布")
        layout.addWidget(box)


def ask_published(parent: QWidget, context: str) -> tuple[str, str] | None:
    """(url, note) of a confirmed publication; None when cancelled."""
    dialog = PublishedDialog(context, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.url_edit.text().strip(), dialog.note_edit.text().strip()


@dataclass(frozen=True)
class UnknownAnswer:
    """What the officer decided about a send whose outcome is unknown."""

    decision: str  # confirm | failed | resend
    url: str = ""
    note: str = ""
    accept_duplicate_risk: bool = False


RISK_TEXT = (
    "这次发送已经发出请求，但没有收到平台的答复：内容可能已经发布，也可能没有。"
    "如果直接重新发送，而上一次其实已经发出，群众会收到两遍（重复发布）。"
    "请先到平台后台核实，再选择下面的处理方式。"
)


class UnknownDialog(QDialog):
    """处理结果未知: 已核实已发出 / 确认失败 / 重新发送 (the last needs the risk ticked)."""

    def __init__(self, context: str, detail: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle("处理结果未知的发送")
        self.setStyleSheet(_WARNING_STYLE)
        layout = QVBoxLayout(self)
        layout.addWidget(_text(context))
        layout.addWidget(_text(RISK_TEXT, "risk_label"))
        if detail:
            facts = _text(detail)
            facts.setStyleSheet("color: #5F6B7A;")
            layout.addWidget(facts)
        self.confirm_radio = QRadioButton("已在平台核实已发出")
        self.failed_radio = QRadioButton("确认失败（平台上没有，不再发送）")
        self.resend_radio = QRadioButton("重新发送")
        self.group = QButtonGroup(self)
        for radio in (self.confirm_radio, self.failed_radio, self.resend_radio):
            self.group.addButton(radio)
            layout.addWidget(radio)
        form = QFormLayout()
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText("核实到的发布链接，可不填")
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText("核实情况，记入审计日志")
        form.addRow("发布链接：", self.url_edit)
        form.addRow("说明：", self.note_edit)
        layout.addLayout(form)
        self.risk_check = QCheckBox("我已知晓可能重复发布")
        self.risk_check.setObjectName("risk_check")
        layout.addWidget(self.risk_check)
        box, self.ok_button = _buttons(self, "确定")
        layout.addWidget(box)
        for widget in (self.confirm_radio, self.failed_radio, self.resend_radio, self.risk_check):
            widget.toggled.connect(lambda _on: self._update())
        self._update()

    def _update(self) -> None:
        resend = self.resend_radio.isChecked()
        self.risk_check.setEnabled(resend)
        self.url_edit.setEnabled(self.confirm_radio.isChecked())
        chosen = self.group.checkedButton() is not None
        self.ok_button.setEnabled(chosen and (not resend or self.risk_check.isChecked()))

    def answer(self) -> UnknownAnswer | None:
        """The decision the form holds (None while incomplete)."""
        if not self.ok_button.isEnabled():
            return None
        if self.confirm_radio.isChecked():
            decision = "confirm"
        elif self.failed_radio.isChecked():
            decision = "failed"
        else:
            decision = "resend"
        return UnknownAnswer(
            decision,
            self.url_edit.text().strip() if decision == "confirm" else "",
            self.note_edit.text().strip(),
            decision == "resend" and self.risk_check.isChecked(),
        )


def ask_unknown(parent: QWidget, context: str, detail: str) -> UnknownAnswer | None:
    """Ask what to do with sends whose outcome is unknown; None when cancelled."""
    dialog = UnknownDialog(context, detail, parent)
    return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None
