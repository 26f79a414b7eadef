"""Table model of the platform accounts (设置 › 发布账号): channel, name, mode, address, secret."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from xa_console.gui.models.base import RowsTableModel
from xa_console.services.accounts import Account

_Index = QModelIndex | QPersistentModelIndex
REHEARSAL, LIVE = "演练", "正式"
SECRET_SAVED, SECRET_UNSET = "已保存", "未设置"
UNSAVED_MARK = "（未保存）"


@dataclass(frozen=True)
class AccountRow:
    """One account as listed: the stored account, its channel's Chinese name, secret presence."""

    account: Account
    channel_name: str
    secret_saved: bool


def mode_text(account: Account) -> str:
    """演练 or 正式."""
    return REHEARSAL if account.rehearsal else LIVE


class AccountModel(RowsTableModel):
    """Rows are :class:`AccountRow`; channels with unsaved edits are marked （未保存）."""

    class Column(IntEnum):
        """The columns, left to right."""

        CHANNEL = 0
        NAME = 1
        MODE = 2
        ADDRESS = 3
        SECRET = 4
        ENABLED = 5

    HEADERS = ("渠道", "名称", "模式", "接口地址", "密钥", "状态")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[AccountRow, ...] = ()
        self._dirty: frozenset[str] = frozenset()

    def set_rows(self, rows: Iterable[AccountRow]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def set_dirty(self, channels: Collection[str]) -> None:
        """Mark the channels whose form holds unsaved edits."""
        dirty = frozenset(channels)
        if dirty == self._dirty:
            return
        self._dirty = dirty
        if self._rows:
            column = self.Column.NAME
            self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column))

    def row(self, row: int) -> AccountRow:
        """The account listed in a row."""
        return self._rows[row]

    def row_of(self, channel: str | None) -> int | None:
        """The row of a channel, if listed."""
        return next((i for i, r in enumerate(self._rows) if r.account.channel == channel), None)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, colour and weight of a cell."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        column = self.Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(r, column)
        live = not r.account.rehearsal
        if role == Qt.ItemDataRole.FontRole and column is self.Column.MODE and live:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, r: AccountRow, column: Column) -> str:
        a = r.account
        if column is self.Column.CHANNEL:
            return r.channel_name
        if column is self.Column.NAME:
            return a.name + (UNSAVED_MARK if a.channel in self._dirty else "")
        if column is self.Column.MODE:
            return mode_text(a)
        if column is self.Column.ADDRESS:
            return "内置模拟平台" if a.rehearsal else a.base_url
        if column is self.Column.SECRET:
            if r.secret_saved:
                return SECRET_SAVED
            return f"{SECRET_UNSET}（演练无需）" if a.rehearsal else SECRET_UNSET
        return "启用" if a.enabled else "停用"

    def _colour(self, r: AccountRow, column: Column) -> QColor | None:
        a = r.account
        if column is self.Column.MODE:
            return QColor("#5F6B7A" if a.rehearsal else "#1E6B3A")
        if column is self.Column.SECRET and not r.secret_saved:
            return QColor("#9AA3AE" if a.rehearsal else "#A50E0E")
        if column is self.Column.ENABLED:
            return QColor("#1E6B3A" if a.enabled else "#9AA3AE")
        if column is self.Column.NAME and a.channel in self._dirty:
            return QColor("#9A5B00")
        return None
