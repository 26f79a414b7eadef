"""Detail pane for the selected day: verdict, hours, area, notice, exemptions, plate check."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from xa_console.domain.engine import DayStatus, Reason
from xa_console.domain.errors import DomainError
from xa_console.domain.rules import Notice, RuleSet
from xa_console.gui.day_cell import PLATE_RESTRICTED, tone_colour
from xa_console.gui.day_text import (
    Tone,
    confidence_text,
    date_long,
    exemptions_full,
    exemptions_summary,
    headline,
    hours_text,
    kind_text,
    plate_result,
    validity_text,
)
from xa_console.messages import describe_error
from xa_console.services.rules import RuleService


def _label(name: str, wrap: bool = False, parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class DayDetail(QWidget):
    """Shows one ``DayStatus`` in words and answers "may plate X drive then?"."""

    def __init__(
        self,
        rules: RuleService,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._rules = rules
        self._today = today
        self._status: DayStatus | None = None
        self._committed = False  # show plate errors only after Enter / 查询 / leaving the field
        self.setMinimumWidth(320)
        self._build()
        self._connect()

    # ----- layout -----------------------------------------------------------------------------
    def _build(self) -> None:
        scroll = QScrollArea(self)
        scroll.setObjectName("detail_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        content = QWidget()
        content.setObjectName("detail_content")
        scroll.setWidget(content)
        box = QVBoxLayout(content)
        box.setContentsMargins(16, 14, 16, 14)
        box.setSpacing(10)
        self.date_label = _label("detail_date")
        self.headline_label = _label("detail_headline", wrap=True)
        self.hours_label = _label("detail_hours", wrap=True)
        for w in (self.date_label, self.headline_label, self.hours_label):
            box.addWidget(w)
        box.addWidget(self._plate_card())
        box.addWidget(self._notice_card())
        box.addWidget(self._area_card())
        box.addWidget(self._exemptions_card())
        box.addStretch(1)

    @staticmethod
    def _card(title: str) -> tuple[QFrame, QVBoxLayout]:
        card = QFrame()
        card.setObjectName("detail_card")
        lay = QVBoxLayout(card)
        lay.setContentsMargins(12, 10, 12, 12)
        lay.setSpacing(4)
        heading = QLabel(title)
        heading.setObjectName("card_title")
        lay.addWidget(heading)
        return card, lay

    def _area_card(self) -> QFrame:
        card, lay = self._card("限行区域")
        self.area_card = card
        self.area_label = _label("area_label", wrap=True)
        self.area_text_label = _label("area_text_label", wrap=True)
        lay.addWidget(self.area_label)
        lay.addWidget(self.area_text_label)
        return card

    def _notice_card(self) -> QFrame:
        card, lay = self._card("依据通告")
        self.notice_title_label = _label("notice_title_label", wrap=True)
        self.notice_validity_label = _label("notice_validity_label", wrap=True)
        self.notice_kind_label = _label("notice_kind_label", wrap=True)
        self.confidence_label = _label("confidence_label", wrap=True)
        self.note_label = _label("note_label", wrap=True)
        for w in (
            self.notice_title_label,
            self.notice_validity_label,
            self.notice_kind_label,
            self.confidence_label,
            self.note_label,
        ):
            lay.addWidget(w)
        return card

    def _exemptions_card(self) -> QFrame:
        card, lay = self._card("不受限车辆")
        self.exemptions_card = card
        self.exemptions_label = _label("exemptions_label", wrap=True)
        self.exemptions_toggle = QToolButton()
        self.exemptions_toggle.setObjectName("exemptions_toggle")
        self.exemptions_toggle.setCheckable(True)
        self.exemptions_toggle.setText("查看全部类别 ▾")
        self.exemptions_full_label = _label("exemptions_full_label", wrap=True)
        self.exemptions_full_label.hide()
        row = QHBoxLayout()
        row.addWidget(self.exemptions_label, 1)
        row.addWidget(self.exemptions_toggle, 0, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(row)
        lay.addWidget(self.exemptions_full_label)
        return card

    def _plate_card(self) -> QFrame:
        card, lay = self._card("车牌查询")
        row = QHBoxLayout()
        row.setSpacing(6)
        self.plate_edit = QLineEdit()
        self.plate_edit.setObjectName("plate_edit")
        self.plate_edit.setPlaceholderText("输入车牌，如 陕A·12B3C")
        self.plate_edit.setClearButtonEnabled(True)
        self.time_edit = QTimeEdit(QTime(8, 0))
        self.time_edit.setObjectName("time_edit")
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.setToolTip("查询时刻")
        self.check_button = QPushButton("查询")
        self.check_button.setObjectName("check_button")
        row.addWidget(self.plate_edit, 1)
        row.addWidget(self.time_edit)
        row.addWidget(self.check_button)
        lay.addLayout(row)
        self.plate_result_label = _label("plate_result_label", wrap=True)
        lay.addWidget(self.plate_result_label)
        return card

    def _connect(self) -> None:
        self.plate_edit.textChanged.connect(self._on_text_changed)
        self.plate_edit.returnPressed.connect(self.commit_plate_check)
        self.plate_edit.editingFinished.connect(self.commit_plate_check)
        self.check_button.clicked.connect(self.commit_plate_check)
        self.time_edit.timeChanged.connect(lambda _t: self.check_plate())
        self.exemptions_toggle.toggled.connect(self._on_exemptions_toggled)

    # ----- showing a day ----------------------------------------------------------------------
    def status(self) -> DayStatus | None:
        """The day shown."""
        return self._status

    def show_status(self, status: DayStatus) -> None:
        """Show a day (called when the selection or the data changes)."""
        self._status = status
        self.date_label.setText(date_long(status.day))
        text, tone = headline(status)
        self.headline_label.setText(text)
        self._paint_headline(tone)
        self.hours_label.setText(self._hours(status))
        self._show_area(status)
        self._show_notice(status)
        self._show_exemptions(status)
        self.check_plate()

    def _paint_headline(self, tone: Tone) -> None:
        colour = tone_colour(tone)
        extra = ""
        if tone is Tone.WARNING:
            extra = (
                "background:#FFF4D6; border-left:4px solid #E0A526; padding:6px 8px;font-size:15pt;"
            )
        self.headline_label.setStyleSheet(f"color:{colour}; {extra}")

    @staticmethod
    def _hours(status: DayStatus) -> str:
        if status.restricted:
            return f"限行时段：{hours_text(status.time_windows)}"
        rs = status.base_notice.rule_set if status.base_notice else None
        if rs is not None and status.reason is not Reason.SUSPENDED:
            return f"当日不限行（通告限行时段 {hours_text(rs.time_windows)}）"
        return "当日不限行" if status.reason is not Reason.NO_NOTICE else "限行时段：未知"

    def _show_area(self, status: DayStatus) -> None:
        rs = self._rule_set(status)
        self.area_label.setText(rs.area.label if rs else "—")
        self.area_text_label.setText(rs.area.text if rs else "")
        self.area_text_label.setVisible(bool(rs and rs.area.text))
        self.area_card.setVisible(rs is not None)

    def _show_notice(self, status: DayStatus) -> None:
        n = status.notice
        if n is None:
            self.notice_title_label.setText("没有在有效期内的通告")
            self.notice_validity_label.setText(self._previous_notice_hint(status.day))
            for w in (self.notice_kind_label, self.confidence_label, self.note_label):
                w.setText("")
                w.hide()
            return
        self.notice_title_label.setText(n.title)
        self.notice_validity_label.setText(f"有效期：{validity_text(n)}")
        self.notice_kind_label.setText(f"类型：{kind_text(n)}")
        self.confidence_label.setText(f"来源可信度：{confidence_text(n)}")
        self.note_label.setText(f"备注：{n.note}" if n.note else "")
        self.notice_kind_label.show()
        self.confidence_label.show()
        self.note_label.setVisible(bool(n.note))

    def _previous_notice_hint(self, day: date) -> str:
        ended = [n for n in self._rules.notices() if n.effective_to and n.effective_to < day]
        if not ended:
            return "该日期早于已录入的全部通告。"
        last: Notice = max(ended, key=lambda n: n.effective_to or day)
        return f"上一份通告已于 {last.effective_to} 到期。请在“通告与规则”中起草继续实施通告。"

    def _show_exemptions(self, status: DayStatus) -> None:
        rs = self._rule_set(status)
        summary = exemptions_summary(rs)
        self.exemptions_label.setText(summary or "—")
        self.exemptions_full_label.setText(exemptions_full(rs))
        self.exemptions_toggle.setVisible(bool(summary))
        self.exemptions_card.setVisible(rs is not None)
        self.exemptions_full_label.setVisible(bool(summary) and self.exemptions_toggle.isChecked())

    def _on_exemptions_toggled(self, shown: bool) -> None:
        self.exemptions_toggle.setText("收起 ▴" if shown else "查看全部类别 ▾")
        self.exemptions_full_label.setVisible(shown)

    @staticmethod
    def _rule_set(status: DayStatus) -> RuleSet | None:
        for n in (status.notice, status.base_notice):
            if n is not None and n.rule_set is not None:
                return n.rule_set
        return None

    # ----- plate check ------------------------------------------------------------------------
    def _on_text_changed(self, _text: str) -> None:
        self._committed = False
        self.check_plate()

    def commit_plate_check(self) -> None:
        """Check the plate and show errors too (Enter, the 查询 button, leaving the field)."""
        self._committed = True
        self.check_plate()

    def check_plate(self) -> None:
        """Answer for the typed plate at the chosen time of the shown day."""
        text = self.plate_edit.text().strip()
        if not text or self._status is None:
            self._set_result("", Tone.MUTED)
            return
        t = self.time_edit.time()
        moment = datetime.combine(self._status.day, time(t.hour(), t.minute()))
        try:
            answer = self._rules.plate_status(text, moment)
        except DomainError as e:
            if self._committed:
                self._set_result(describe_error(e), Tone.ERROR)
            else:
                self._set_result("", Tone.MUTED)
            return
        self._set_result(*plate_result(answer, self._status.day == self._today()))

    def _set_result(self, text: str, tone: Tone) -> None:
        self.plate_result_label.setText(text)
        self.plate_result_label.setVisible(bool(text))
        self.plate_result_label.setProperty("tone", tone.value)
        # "may not drive" is the one answer that must stop the reader: red, not the calendar navy
        colour = PLATE_RESTRICTED if tone is Tone.RESTRICTED else tone_colour(tone)
        self.plate_result_label.setStyleSheet(f"color:{colour}; font-weight:bold;")
