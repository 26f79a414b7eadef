"""Sends of the 发布计划 page: display rows, chip groups, the table model and its state filter.

Rows are :class:`SendRow` (a :class:`SendView` plus its local time and channel name). A
:class:`ChipGroup` collapses the targets of one release on one channel into one timeline chip.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import IntEnum, StrEnum
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QFont

from xa_console.domain.publishing.outbox import ATTENTION, OutboxState
from xa_console.domain.publishing.plans import local_time
from xa_console.gui.models.base import RowsTableModel
from xa_console.gui.schedule_text import (
    dominant,
    moment_text,
    result_text,
    send_lines,
    state_label,
    summary,
    target_text,
    tone,
)
from xa_console.services.release_views import SendView

S = OutboxState
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class SendRow:
    """One send as the page shows it."""

    send: SendView
    local_due: datetime  # naive, the city's wall-clock time
    channel_name: str
    tz: str

    @property
    def id(self) -> int:
        """The outbox row id."""
        return self.send.id

    @property
    def state(self) -> OutboxState:
        """The send's state."""
        return self.send.state


def send_rows(sends: Iterable[SendView], names: Mapping[str, str], tz: str) -> list[SendRow]:
    """Display rows in due order (the service already sorts them)."""
    return [
        SendRow(s, local_time(s.due_at, tz), names.get(s.channel, s.channel), tz) for s in sends
    ]


@dataclass(frozen=True)
class ChipGroup:
    """The sends of one release on one channel at one moment (one chip on the timeline)."""

    release_id: int
    channel: str
    rows: tuple[SendRow, ...]

    @property
    def day(self) -> date:
        """Local day of the chip."""
        return self.rows[0].local_due.date()

    @property
    def local_due(self) -> datetime:
        """Local time of the chip."""
        return self.rows[0].local_due

    @property
    def ids(self) -> tuple[int, ...]:
        """Outbox ids of the chip's sends."""
        return tuple(r.id for r in self.rows)

    @property
    def state(self) -> OutboxState:
        """The most urgent state among the sends."""
        return dominant([r.state for r in self.rows])

    @property
    def summary(self) -> str:
        """``2/2 已发送``."""
        return summary([r.state for r in self.rows])

    @property
    def title(self) -> str:
        """The notice's title."""
        return self.rows[0].send.title


def chip_groups(rows: Iterable[SendRow]) -> list[ChipGroup]:
    """Group rows by (release, channel, due time), keeping due order."""
    groups: dict[tuple[int, str, datetime], list[SendRow]] = {}
    for r in rows:
        groups.setdefault((r.send.release_id, r.send.channel, r.send.due_at), []).append(r)
    return [ChipGroup(k[0], k[1], tuple(v)) for k, v in groups.items()]


class SendsModel(RowsTableModel):
    """Rows are :class:`SendRow` DTOs; sorting and the state filter live in :class:`SendFilter`."""

    class Column(IntEnum):
        """The columns, left to right."""

        TIME = 0
        CHANNEL = 1
        NOTICE = 2
        TARGET = 3
        STATE = 4
        ATTEMPTS = 5
        RESULT = 6

    HEADERS = ("时间", "渠道", "通告", "接收方", "状态", "尝试", "结果/原因")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[SendRow, ...] = ()

    def set_rows(self, rows: Iterable[SendRow]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def rows(self) -> tuple[SendRow, ...]:
        """All rows."""
        return self._rows

    def row(self, row: int) -> SendRow:
        """The send in a (source) row."""
        return self._rows[row]

    def row_of(self, send_id: int) -> int | None:
        """The row holding an outbox id, if any."""
        return next((i for i, r in enumerate(self._rows) if r.id == send_id), None)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, colours, sort keys and tooltips of a cell."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(row, column)
        if role == SORT_ROLE:
            return _sort_key(row, column)
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole and column in (self.Column.STATE,):
            return QColor(tone(row.state).fg)
        if role == Qt.ItemDataRole.ForegroundRole and row.state is S.CANCELLED:
            return QColor(tone(row.state).fg)
        if role == Qt.ItemDataRole.FontRole and row.state is S.CANCELLED:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join([row.send.title, row.channel_name, *send_lines(row.send, row.tz)])
        return None


def _display(row: SendRow, column: SendsModel.Column) -> str:
    col, send = SendsModel.Column, row.send
    texts = {
        col.TIME: moment_text(row.local_due),
        col.CHANNEL: row.channel_name,
        col.NOTICE: send.title,
        col.TARGET: target_text(send.target),
        col.STATE: state_label(send.state),
        col.ATTEMPTS: str(send.attempt_no),
        col.RESULT: result_text(send),
    }
    return texts[column]


def _sort_key(row: SendRow, column: SendsModel.Column) -> Any:
    if column is SendsModel.Column.TIME:
        return f"{row.local_due.isoformat()}#{row.id:09d}"
    if column is SendsModel.Column.ATTEMPTS:
        return row.send.attempt_no
    if column is SendsModel.Column.STATE:
        return f"{list(S).index(row.state):02d}"
    return _display(row, column)


class StateFilter(StrEnum):
    """Which sends the list shows."""

    ALL = "all"
    ATTENTION = "attention"  # 需要处理
    WAITING = "waiting"
    SENT = "sent"
    CANCELLED = "cancelled"


STATE_FILTER_LABELS = {
    StateFilter.ALL: "全部",
    StateFilter.ATTENTION: "需要处理",
    StateFilter.WAITING: "待发送",
    StateFilter.SENT: "已发送",
    StateFilter.CANCELLED: "已取消",
}
_WAITING = frozenset({S.PENDING, S.CLAIMED, S.SENDING, S.FAILED_RETRYABLE, S.RECONCILING})


def in_filter(state: OutboxState, which: StateFilter) -> bool:
    """Whether a send in ``state`` is listed under ``which``."""
    if which is StateFilter.ATTENTION:
        return state in ATTENTION
    if which is StateFilter.WAITING:
        return state in _WAITING
    if which is StateFilter.SENT:
        return state is S.SENT
    if which is StateFilter.CANCELLED:
        return state is S.CANCELLED
    return True


class SendFilter(QSortFilterProxyModel):
    """Filters :class:`SendsModel` by :class:`StateFilter`; sorts by the model's sort keys."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._which = StateFilter.ALL
        self.setSortRole(SORT_ROLE)

    def which(self) -> StateFilter:
        """The filter in use."""
        return self._which

    def set_which(self, which: StateFilter) -> None:
        """Show another group of states."""
        self.beginFilterChange()
        self._which = which
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        """Rows whose state belongs to the filter."""
        model = self.sourceModel()
        if not isinstance(model, SendsModel) or source_parent.isValid():
            return False
        return in_filter(model.row(source_row).state, self._which)
