"""新建通告 dialog: kind, the day concerned and the 落款日期; builds the workbench itself.

Defaults follow the officer's routine: a daily reminder is written for tomorrow; a policy notice
for the day its measure takes effect (a recorded notice of that kind still ahead, or the day
after the rule in force runs out). A refusal (``draft.no_rule`` …) is shown in the dialog.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from xa_console.domain.drafting.facts import NOTICE_KIND_FOR_DRAFT, WEEKDAYS_ZH, DraftKind
from xa_console.domain.errors import DomainError
from xa_console.domain.rules import Notice
from xa_console.gui.errors import describe_exception
from xa_console.gui.models.draft_model import KIND_LABELS
from xa_console.messages import describe_error
from xa_console.services.drafting import Workbench

_HINTS = {
    DraftKind.DAILY: "每日限行提醒：默认为明天。",
    DraftKind.TRAFFIC_CONTROL: "临时交通管制：道路、时间和绕行建议在右侧表单中填写。",
    DraftKind.CORRECTION: "更正或撤回：原通告标题和更正内容在表单中填写。",
}
_POLICY_HINT = "日期为措施生效的日期；已录入的同类通告会带出其落款日期。"


def _next_weekday(d: date) -> date:
    while d.weekday() >= 5:
        d += timedelta(days=1)
    return d


def _recorded(kind: DraftKind, notices: Sequence[Notice], after: date) -> Notice | None:
    nk = NOTICE_KIND_FOR_DRAFT.get(kind)
    ahead = [n for n in notices if n.kind is nk and n.effective_from > after]
    return min(ahead, key=lambda n: n.effective_from) if ahead else None


def default_day(kind: DraftKind, today: date, notices: Sequence[Notice]) -> date:
    """The day a new draft of ``kind`` is most likely about."""
    tomorrow = today + timedelta(days=1)
    if kind is DraftKind.DAILY or kind not in NOTICE_KIND_FOR_DRAFT:
        return tomorrow
    ahead = _recorded(kind, notices, today)
    if ahead is not None:
        return ahead.effective_from
    if kind is DraftKind.CONTINUATION:
        ends = [n.effective_to for n in notices if n.kind.is_base and n.effective_to]
        last = max((e for e in ends if e >= today), default=None)
        if last is not None:
            return _next_weekday(last + timedelta(days=1))
    return tomorrow


def default_issue_date(kind: DraftKind, day: date, today: date, notices: Sequence[Notice]) -> date:
    """落款日期: the recorded notice's own date, the day itself for a reminder, else before it."""
    if kind is DraftKind.DAILY:
        return day
    nk = NOTICE_KIND_FOR_DRAFT.get(kind)
    own = next((n for n in notices if n.kind is nk and n.effective_from == day), None)
    if own is not None and own.issue_date is not None:
        return own.issue_date
    return today if today < day else day - timedelta(days=1)


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(q: QDate) -> date:
    """A ``QDate`` as a ``datetime.date``."""
    return date(q.year(), q.month(), q.day())


class NewDraftDialog(QDialog):
    """Choose what to draft; on OK the workbench is built (``self.workbench``)."""

    def __init__(
        self,
        build: Callable[[DraftKind, date, date | None], Workbench],
        notices: Sequence[Notice],
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("new_draft_dialog")
        self.setWindowTitle("新建通告草稿")
        self._build, self._notices, self._today = build, tuple(notices), today
        self._touched_day = self._touched_issue = False
        self._quiet = False
        self.workbench: Workbench | None = None
        self.kind_combo = QComboBox()
        for kind, text in KIND_LABELS.items():
            self.kind_combo.addItem(text, kind.value)
        self.day_edit = self._date_edit()
        self.weekday_label = QLabel()
        self.issue_edit = self._date_edit()
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet("color:#5F6B7A;")
        self.error_label = QLabel()
        self.error_label.setObjectName("new_draft_error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(
            "color:#A50E0E; background:#FDECEA; border:1px solid #E8A29B;"
            " border-radius:4px; padding:6px;"
        )
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("新建")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        self._layout()
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.day_edit.dateChanged.connect(self._day_changed)
        self.issue_edit.dateChanged.connect(self._issue_changed)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._kind_changed()

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow("类型", self.kind_combo)
        day_row = QHBoxLayout()
        day_row.addWidget(self.day_edit)
        day_row.addWidget(self.weekday_label)
        day_row.addStretch(1)
        form.addRow("日期", day_row)
        form.addRow("落款日期", self.issue_edit)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.hint_label)
        lay.addWidget(self.error_label)
        lay.addWidget(self.buttons, 0, Qt.AlignmentFlag.AlignRight)
        self.setMinimumWidth(420)

    # ----- values ----------------------------------------------------------------------------
    def kind(self) -> DraftKind:
        """The chosen kind."""
        return DraftKind(self.kind_combo.currentData())

    def set_kind(self, kind: DraftKind) -> None:
        """Choose a kind (dates follow unless the officer changed them)."""
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind.value))

    def day(self) -> date:
        """The day concerned."""
        return pydate(self.day_edit.date())

    def set_day(self, day: date) -> None:
        """Set the day as the officer would."""
        self.day_edit.setDate(_qdate(day))

    def issue_date(self) -> date:
        """The 落款日期."""
        return pydate(self.issue_edit.date())

    def set_issue_date(self, day: date) -> None:
        """Set the 落款日期 as the officer would."""
        self.issue_edit.setDate(_qdate(day))

    # ----- reactions -------------------------------------------------------------------------
    def _kind_changed(self) -> None:
        kind = self.kind()
        self.hint_label.setText(_HINTS.get(kind, _POLICY_HINT))
        self._quiet = True
        try:
            if not self._touched_day:
                self.day_edit.setDate(_qdate(default_day(kind, self._today, self._notices)))
            self._refresh_issue()
        finally:
            self._quiet = False
        self._show_weekday()
        self.error_label.hide()

    def _refresh_issue(self) -> None:
        if not self._touched_issue:
            issue = default_issue_date(self.kind(), self.day(), self._today, self._notices)
            self.issue_edit.setDate(_qdate(issue))

    def _day_changed(self) -> None:
        if not self._quiet:
            self._touched_day = True
            self._quiet = True
            try:
                self._refresh_issue()
            finally:
                self._quiet = False
        self._show_weekday()
        self.error_label.hide()

    def _issue_changed(self) -> None:
        if not self._quiet:
            self._touched_issue = True

    def _show_weekday(self) -> None:
        self.weekday_label.setText(WEEKDAYS_ZH[self.day().weekday()])

    def accept(self) -> None:
        """Build the workbench; a refusal stays in the dialog as a Chinese sentence."""
        try:
            self.workbench = self._build(self.kind(), self.day(), self.issue_date())
        except DomainError as e:
            self._fail(describe_error(e))
            return
        except Exception as e:  # a broken template or rule must not take the console down
            self._fail(describe_exception(e))
            return
        super().accept()

    def _fail(self, text: str) -> None:
        self.workbench = None
        self.error_label.setText(text)
        self.error_label.show()
