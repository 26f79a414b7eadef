"""All channels of a workbench at a glance: status (✓/!/×), main-field length and problems.

Status is never colour alone: each state has its own symbol and word, so the table reads the
same for colour-blind officers and on a grey-scale printout.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum, StrEnum
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from xa_console.domain.channels.counting import mmss
from xa_console.domain.channels.validate import Measure
from xa_console.gui.models.base import RowsTableModel
from xa_console.messages import describe_problem
from xa_console.services.drafting import ChannelDraft

CHANNEL_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


class Status(StrEnum):
    """A channel's check result."""

    OK = "ok"
    WARNING = "warning"
    ERROR = "error"


STATUS_SYMBOL = {Status.OK: "✓", Status.WARNING: "!", Status.ERROR: "×"}
STATUS_TEXT = {Status.OK: "✓ 通过", Status.WARNING: "! 请核对", Status.ERROR: "× 有错误"}
STATUS_COLOUR = {Status.OK: "#1E7D32", Status.WARNING: "#8A5300", Status.ERROR: "#B3261E"}
_ROW_BACKGROUND = {Status.WARNING: "#FFF8E6", Status.ERROR: "#FDECEA"}


def channel_status(draft: ChannelDraft) -> Status:
    """Error when anything blocks, warning when something needs a look, else OK."""
    severities = {p.severity for p in draft.problems}
    if "error" in severities:
        return Status.ERROR
    return Status.WARNING if severities else Status.OK


def measure_text(m: Measure | None, keyword_max: int | None = None) -> str:
    """``84 / 140 字``; reading time as ``0:38 / 1:00``; no limit: ``11 字``."""
    if m is None:
        return ""
    limit = m.limit if m.limit is not None else keyword_max
    if m.unit == "秒":
        return f"{mmss(m.length)} / {mmss(limit)}" if limit is not None else mmss(m.length)
    length = f"{m.length:g}"
    return f"{length} / {limit:g} {m.unit}" if limit is not None else f"{length} {m.unit}"


def over_limit(m: Measure | None, keyword_max: int | None = None) -> bool:
    """True when the measured length exceeds its limit."""
    if m is None:
        return False
    limit = m.limit if m.limit is not None else keyword_max
    return limit is not None and m.length > limit


def main_field_text(draft: ChannelDraft) -> str:
    """The main field's label and length (SMS adds the billed segments)."""
    rule = draft.spec.field(draft.spec.main)
    text = measure_text(draft.report.measure(draft.spec.main))
    if draft.report.sms is not None and draft.report.sms.segments:
        text += f" · {draft.report.sms.segments} 条"
    if len(draft.spec.fields) == 1:  # the only field needs no name
        return text
    return f"{rule.label if rule else draft.spec.main} {text}"


class ChannelStatusModel(RowsTableModel):
    """One row per channel of the open workbench, in the channel book's order."""

    class Column(IntEnum):
        """The columns, left to right."""

        CHANNEL = 0
        STATUS = 1
        LENGTH = 2
        PROBLEMS = 3

    HEADERS = ("渠道", "状态", "主字段长度/上限", "问题")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[ChannelDraft, ...] = ()

    def set_drafts(self, drafts: Sequence[ChannelDraft]) -> None:
        """Show these channels; rows that did not change are left alone."""
        new = tuple(drafts)
        if [d.spec.id for d in new] != [d.spec.id for d in self._rows]:
            self.beginResetModel()
            self._rows = new
            self.endResetModel()
            return
        old, self._rows = self._rows, new
        last = self.columnCount() - 1
        for i, (a, b) in enumerate(zip(old, new, strict=True)):
            if a != b:
                self.dataChanged.emit(self.index(i, 0), self.index(i, last))

    def drafts(self) -> tuple[ChannelDraft, ...]:
        """All rows."""
        return self._rows

    def row_of(self, channel_id: str) -> int | None:
        """The row of a channel, if shown."""
        return next((i for i, d in enumerate(self._rows) if d.spec.id == channel_id), None)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, colours (with symbols, never colour alone) and tooltips of a cell."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        d = self._rows[index.row()]
        column = self.Column(index.column())
        status = channel_status(d)
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(d, column, status)
        if role == CHANNEL_ROLE:
            return d.spec.id
        if role == Qt.ItemDataRole.ForegroundRole and column in (
            self.Column.STATUS,
            self.Column.PROBLEMS,
        ):
            return QColor(STATUS_COLOUR[status])
        if role == Qt.ItemDataRole.BackgroundRole and status in _ROW_BACKGROUND:
            return QColor(_ROW_BACKGROUND[status])
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(d)
        return None


def _display(d: ChannelDraft, column: ChannelStatusModel.Column, status: Status) -> str:
    col = ChannelStatusModel.Column
    if column is col.CHANNEL:
        return d.spec.name_zh
    if column is col.STATUS:
        return STATUS_TEXT[status]
    if column is col.LENGTH:
        return main_field_text(d)
    errors = sum(p.severity == "error" for p in d.problems)
    warnings = len(d.problems) - errors
    parts = [f"× {errors} 错误"] if errors else []
    parts += [f"! {warnings} 提醒"] if warnings else []
    return " ".join(parts) or "—"


def _tooltip(d: ChannelDraft) -> str:
    if not d.problems:
        return f"{d.spec.name_zh}：全部检查通过"
    lines = [f"{STATUS_SYMBOL[Status(p.severity)]} {describe_problem(p)}" for p in d.problems]
    return "\n".join([d.spec.name_zh, *lines])
