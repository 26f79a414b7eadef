"""设置 › 审计日志: who did what and when, newest first, and a check of the hash chain.

"校验哈希链" runs :meth:`AuditService.verify` in the background and answers "完整：N 条" in
green, or names the first row that was changed, removed or inserted ("第 N 条记录被篡改") in
red and selects it.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

from xa_console.context import AppContext
from xa_console.domain.review.audit import ChainBreak
from xa_console.gui.forms.ui_audit_page import Ui_AuditPage
from xa_console.gui.models.audit_model import AuditModel, Names
from xa_console.gui.review_text import describe_refusal
from xa_console.gui.tables import prepare_table
from xa_console.gui.tasks import run_in_background

BREAK_REASONS = {
    "changed": "内容被修改",
    "out_of_order": "顺序错乱",
    "missing": "之前的记录被删除",
    "bad_link": "与上一条记录的哈希链接不符",
}
_OK_STYLE = "color:#1E6B3A; font-weight:bold;"
_BAD_STYLE = "color:#A50E0E; font-weight:bold;"
_STYLE = """
QLabel#count_label, QLabel#hint_label { color: #5F6B7A; }
"""


def break_text(found: ChainBreak) -> str:
    """``第 12 条记录被篡改（内容被修改）``."""
    return f"第 {found.seq} 条记录被篡改（{BREAK_REASONS.get(found.reason, found.reason)}）"


class AuditPage(QWidget):
    """The audit table, its row count and the chain check."""

    verified = Signal(str)  # the verdict shown

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AuditPage()
        self.ui.setupUi(self)
        self.setStyleSheet(_STYLE)
        self._ctx = ctx
        self.model = AuditModel(self)
        self.checking = False
        t = self.ui.audit_table
        t.setModel(self.model)
        prepare_table(t)
        t.setWordWrap(False)
        header = t.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((0, 60), (1, 150), (2, 90), (3, 90), (4, 300)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.ui.verify_button.clicked.connect(self.verify)
        self.ui.refresh_button.clicked.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        """Re-read the newest rows and the names they refer to."""
        ctx = self._ctx
        users = ctx.users.users()
        names = Names(
            {u.id: u.display_name for u in users},
            {u.id: u.username for u in users},
            {row[0]: row[3] for row in ctx.drafting.list()},
        )
        audit = ctx.audit
        self.model.reset(lambda limit: audit.entries(limit=limit), audit.count(), names)
        self.ui.count_label.setText(f"共 {self.model.total()} 条")

    def verify(self) -> None:
        """Check the whole chain off the GUI thread."""
        if self.checking:
            return
        self.checking = True
        self.ui.verify_button.setEnabled(False)
        self.ui.verify_label.setStyleSheet("color:#5F6B7A;")
        self.ui.verify_label.setText("正在校验…")
        run_in_background(self._ctx.audit.verify, on_done=self._verified, on_error=self._failed)

    def verdict(self) -> str:
        """The last verdict shown."""
        return self.ui.verify_label.text()

    def _verified(self, result: tuple[ChainBreak | None, int]) -> None:
        found, rows = result
        self._finish()
        if found is None:
            self.model.set_broken(None)
            self._show(f"✓ 完整：{rows} 条", _OK_STYLE)
            return
        self.reload()  # show the rows as stored now
        self.model.set_broken(found.seq)
        self._show(f"✗ {break_text(found)}", _BAD_STYLE)
        self.select_seq(found.seq)

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        self._show(f"校验未完成：{describe_refusal(exc)}", _BAD_STYLE)

    def _finish(self) -> None:
        self.checking = False
        self.ui.verify_button.setEnabled(True)

    def _show(self, text: str, style: str) -> None:
        self.ui.verify_label.setStyleSheet(style)
        self.ui.verify_label.setText(text)
        self.verified.emit(text)

    def select_seq(self, seq: int) -> bool:
        """Select and show the row of ``seq`` (loading older rows as needed)."""
        row = self.model.row_of_seq(seq)
        if row is None:
            return False
        index: QModelIndex = self.model.index(row, 0)
        self.ui.audit_table.setCurrentIndex(index)
        self.ui.audit_table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def selected_seq(self) -> int | None:
        """``seq`` of the selected row."""
        index = self.ui.audit_table.currentIndex()
        return self.model.entry(index.row()).seq if index.isValid() else None
