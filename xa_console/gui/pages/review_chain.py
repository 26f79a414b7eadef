"""The approval chain of a draft as a small grid: drafter, each decision, the levels awaited.

A decision taken on an older content hash is greyed and tagged 已失效: the text it approved or
rejected is no longer the text that would go out.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from xa_console.domain.review.workflow import Role
from xa_console.gui.review_text import local_time, role_label
from xa_console.services.review import ReviewInfo

HEADERS = ("环节", "签批人", "时间", "结果", "意见")
_VERDICT_COLOURS = {"通过": "#1E6B3A", "签发": "#1E6B3A", "退回": "#A50E0E"}
_GREY = "#9AA3AE"


@dataclass(frozen=True)
class ChainRow:
    """One line of the chain."""

    step: str
    who: str
    when: str = ""
    verdict: str = ""
    comment: str = ""
    stale: bool = False
    pending: bool = False


def chain_rows(
    info: ReviewInfo, author: str, emergency: tuple[str, str, str] | None = None
) -> list[ChainRow]:
    """The chain of ``info``; ``emergency`` is (signer, local time, reason) when published so."""
    rows = [ChainRow("起草", author or "—")]
    for d in info.decisions:
        verdict = "通过" if d.decision == "approve" else "退回"
        if d.decision == "approve" and d.role is Role.SIGNER:
            verdict = "签发"
        rows.append(
            ChainRow(
                f"第{d.level + 1}级 {role_label(d.role)}",
                d.user_name,
                local_time(d.decided_at),
                verdict,
                d.comment,
                stale=d.content_hash != info.content_hash,
            )
        )
    if emergency is not None:
        signer, at, reason = emergency
        rows.append(ChainRow("紧急发布", signer, at, "签发", reason))
    if info.needs_post_review:
        rows.append(ChainRow("事后补审", "等待审核人员补审", pending=True))
    awaited = info.next_role
    if awaited is not None:
        start = info.levels.index(awaited)
        for i, role in enumerate(info.levels[start:], start):
            label = role_label(role)
            rows.append(ChainRow(f"第{i + 1}级 {label}", f"等待{label}", pending=True))
    return rows


class ChainView(QWidget):
    """The chain rows laid out in a grid (comments wrap in the last column)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(18)
        self._grid.setVerticalSpacing(5)
        self._grid.setColumnStretch(len(HEADERS) - 1, 1)
        for column, width in enumerate((84, 64, 118, 60)):
            self._grid.setColumnMinimumWidth(column, width)
        self._rows: list[ChainRow] = []

    def set_rows(self, rows: list[ChainRow]) -> None:
        """Replace the rows shown."""
        while (item := self._grid.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.hide()  # deleteLater waits for the event loop; do not paint it meanwhile
                widget.deleteLater()
        self._rows = list(rows)
        for col, text in enumerate(HEADERS):
            self._cell(0, col, text, "color:#8A94A3; font-size:9pt;")
        for r, row in enumerate(rows, 1):
            self._add_row(r, row)

    def _add_row(self, r: int, row: ChainRow) -> None:
        muted = row.stale or row.pending
        text = _GREY if muted else "#1F2A37"
        self._cell(r, 0, row.step, f"color:{text};")
        self._cell(r, 1, row.who, f"color:{text};" + ("" if row.pending else " font-weight:bold;"))
        self._cell(r, 2, row.when, f"color:{_GREY if muted else '#4B5563'};")
        verdict = row.verdict
        if row.stale:
            verdict = (
                f"<b>{verdict}</b> <span style='color:#FFFFFF; background-color:{_GREY}'>"
                "&nbsp;已失效&nbsp;</span>"
            )
        elif verdict:
            verdict = f"<b>{verdict}</b>"
        colour = _GREY if muted else _VERDICT_COLOURS.get(row.verdict, "#1F2A37")
        self._cell(r, 3, verdict, f"color:{colour};", rich=True)
        comment = self._cell(r, 4, row.comment, f"color:{_GREY if muted else '#374151'};")
        comment.setWordWrap(True)
        if row.stale:
            comment.setToolTip("此签批针对的是修改前的内容（内容摘要已变化），已失效。")

    def _cell(self, r: int, c: int, text: str, style: str, rich: bool = False) -> QLabel:
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        label.setStyleSheet(style)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._grid.addWidget(label, r, c, Qt.AlignmentFlag.AlignTop)
        return label

    def rows(self) -> list[ChainRow]:
        """The rows shown (for tests and screen readers)."""
        return list(self._rows)

    def text(self) -> str:
        """The chain as plain text, one row per line."""
        lines = []
        for row in self._rows:
            parts = [row.step, row.who, row.when, row.verdict, "已失效" if row.stale else ""]
            lines.append(" ".join(p for p in (*parts, row.comment) if p))
        return "\n".join(lines)
