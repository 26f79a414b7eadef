"""Table model of the accounts (设置 › 用户): username, name, roles in Chinese, status."""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from xa_console.gui.models.base import RowsTableModel
from xa_console.gui.review_text import roles_text
from xa_console.services.users import User

_Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 2


class UserModel(RowsTableModel):
    """Rows are :class:`User` DTOs by username; ``me`` is marked （我）."""

    class Column(IntEnum):
        """The columns, left to right."""

        USERNAME = 0
        NAME = 1
        ROLES = 2
        STATUS = 3

    HEADERS = ("用户名", "姓名", "角色", "状态")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[User, ...] = ()
        self._me: int | None = None

    def set_users(self, users: Iterable[User], me: int | None = None) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = tuple(users)
        self._me = me
        self.endResetModel()

    def user(self, row: int) -> User:
        """The account in a row."""
        return self._rows[row]

    def users(self) -> tuple[User, ...]:
        """All rows."""
        return self._rows

    def row_of(self, user_id: int | None) -> int | None:
        """The row of an account id, if listed."""
        return next((i for i, u in enumerate(self._rows) if u.id == user_id), None)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text and colour of a cell."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        u = self._rows[index.row()]
        column = self.Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column is self.Column.USERNAME:
                return f"{u.username}（我）" if u.id == self._me else u.username
            if column is self.Column.NAME:
                return u.display_name
            if column is self.Column.ROLES:
                return roles_text(u.roles)
            return "正常" if u.active else "已停用"
        if role == ID_ROLE:
            return u.id
        if role == Qt.ItemDataRole.ForegroundRole and column is self.Column.STATUS:
            return QColor("#1E6B3A" if u.active else "#9AA3AE")
        return None
