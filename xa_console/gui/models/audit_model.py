"""Table model of the audit log (设置 › 审计日志), newest first, fetched in batches.

Each row is an :class:`AuditEntry`; the model names the actor, the action and the object in
Chinese and summarises the payload (审核意见, 状态 from→to, 内容摘要). Older rows arrive through
``fetchMore`` as the view scrolls, so a log of 100,000 rows opens as fast as one of 100.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from xa_console.domain.review.audit import AuditEntry
from xa_console.gui.models.base import RowsTableModel
from xa_console.gui.review_text import local_time, roles_text, state_label

_Index = QModelIndex | QPersistentModelIndex
BATCH = 500
SEQ_ROLE = Qt.ItemDataRole.UserRole + 1
# newest-first rows, at most ``limit`` of them
Loader = Callable[[int], list[AuditEntry]]

ACTION_LABELS: dict[str, str] = {
    "draft.create": "新建草稿",
    "draft.edit": "修改草稿",
    "draft.submit": "提交审核",
    "draft.approve": "审核通过",
    "draft.reject": "退回",
    "draft.withdraw": "撤回",
    "draft.emergency_publish": "紧急发布",
    "draft.post_review": "事后补审",
    "draft.comment": "评论",
    "user.create": "新增用户",
    "user.roles": "修改角色",
    "user.password": "设置密码",
    "auth.login": "登录",
    "auth.fail": "登录失败",
}
_FAIL_REASONS = {"unknown": "用户名不存在", "password": "密码错误", "locked": "账号锁定中"}
_OBJECT_TYPES = {"draft": "通告", "user": "用户"}


@dataclass(frozen=True)
class Names:
    """What ids stand for: users (display name, username) and drafts (title)."""

    people: Mapping[int, str] = field(default_factory=dict)
    usernames: Mapping[int, str] = field(default_factory=dict)
    drafts: Mapping[int, str] = field(default_factory=dict)


def action_label(action: str, payload: Mapping[str, Any] | None = None) -> str:
    """Chinese name of an audit action (the code when unknown); the last approval is 签发."""
    if action == "draft.approve" and (payload or {}).get("to") == "approved":
        return "签发"
    return ACTION_LABELS.get(action, action)


def object_text(e: AuditEntry, names: Names) -> str:
    """``通告 #1 关于暂停…`` / ``用户 zhang``."""
    kind = _OBJECT_TYPES.get(e.object_type, e.object_type)
    if not e.object_id.isdigit():
        return f"{kind} {e.object_id}"
    key = int(e.object_id)
    if e.object_type == "draft":
        title = names.drafts.get(key, "")
        return f"{kind} #{key} {title}".rstrip()
    if e.object_type == "user":
        return f"{kind} {names.usernames.get(key, f'#{key}')}"
    return f"{kind} #{key}"


def summary(e: AuditEntry, names: Names) -> str:
    """One line on what the payload says."""
    p = e.payload
    if e.action in ("draft.create", "draft.edit"):
        text = f"内容摘要 {str(p.get('content_hash', ''))[:8]}"
        if p.get("previous_hash"):
            text = f"内容摘要 {str(p['previous_hash'])[:8]} → {str(p.get('content_hash', ''))[:8]}"
        return text + ("（已有签批失效）" if p.get("approval_voided") else "")
    if "from" in p and "to" in p and e.action.startswith("draft."):
        old, new = state_label(str(p["from"])), state_label(str(p["to"]))
        text = f"状态仍为 {new}" if old == new else f"状态 {old}→{new}"
        if p.get("comment"):
            label = "理由" if e.action in ("draft.withdraw", "draft.emergency_publish") else "意见"
            text += f"；{label}：{p['comment']}"
        return text
    if e.action == "draft.comment":
        return f"评论 #{p.get('comment_id', '')}"
    if e.action == "user.create":
        roles = roles_text(list(p.get("roles", [])))
        return f"用户名 {p.get('username', '')}" + (
            "（单机管理员）" if p.get("single_seat") else f"，角色 {roles}"
        )
    if e.action == "user.roles":
        return f"角色 {roles_text(list(p.get('from', [])))} → {roles_text(list(p.get('to', [])))}"
    if e.action == "auth.login":
        return "登录成功"
    if e.action == "user.password":
        return "设置了新密码（密码本身不记录）"
    if e.action == "auth.fail":
        reason = _FAIL_REASONS.get(str(p.get("reason", "")), str(p.get("reason", "")))
        return reason + ("，账号已锁定 15 分钟" if p.get("locked") else "")
    return "；".join(f"{k}={v}" for k, v in p.items())


class AuditModel(RowsTableModel):
    """Audit rows newest first; older ones are fetched ``BATCH`` at a time."""

    class Column(IntEnum):
        """The columns, left to right."""

        SEQ = 0
        TIME = 1
        ACTOR = 2
        ACTION = 3
        OBJECT = 4
        SUMMARY = 5

    HEADERS = ("序号", "时间", "操作人", "操作", "对象", "摘要")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AuditEntry] = []
        self._load: Loader = lambda _limit: []
        self._total = 0
        self._names = Names()
        self._broken: int | None = None

    def reset(self, load: Loader, total: int, names: Names) -> None:
        """Start over with the newest ``BATCH`` rows of ``total``."""
        self.beginResetModel()
        self._load, self._total, self._names = load, total, names
        self._rows = load(BATCH)
        self.endResetModel()

    def total(self) -> int:
        """Rows in the log (loaded or not)."""
        return self._total

    def entry(self, row: int) -> AuditEntry:
        """The audit row shown in ``row``."""
        return self._rows[row]

    def canFetchMore(self, parent: _Index) -> bool:
        """True while older rows remain in the database."""
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: _Index) -> None:
        """Append the next batch of older rows."""
        if parent.isValid() or not self._rows:
            return
        oldest = self._rows[-1].seq
        older = [e for e in self._load(len(self._rows) + BATCH) if e.seq < oldest]
        if not older:
            self._total = len(self._rows)  # rows vanished meanwhile: stop asking
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(older) - 1)
        self._rows.extend(older)
        self.endInsertRows()

    def row_of_seq(self, seq: int) -> int | None:
        """The row of ``seq``, fetching older batches until it is loaded (None if absent)."""
        while True:
            found = next((i for i, e in enumerate(self._rows) if e.seq == seq), None)
            if found is not None or not self.canFetchMore(QModelIndex()):
                return found
            self.fetchMore(QModelIndex())

    def set_broken(self, seq: int | None) -> None:
        """Mark the row where the chain breaks (None: none)."""
        self._broken = seq
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self.Column) - 1)
            self.dataChanged.emit(self.index(0, 0), last, [Qt.ItemDataRole.BackgroundRole])

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, tooltips and the broken-row colour of a cell."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        e = self._rows[index.row()]
        column = self.Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(e, column)
        if role == SEQ_ROLE:
            return e.seq
        if role == Qt.ItemDataRole.ToolTipRole and column is self.Column.SUMMARY:
            return self._display(e, column)
        if role == Qt.ItemDataRole.ToolTipRole and column is self.Column.SEQ:
            return f"哈希 {e.hash}\n上一条 {e.prev_hash}"
        if role == Qt.ItemDataRole.BackgroundRole and e.seq == self._broken:
            return QColor("#FDECEA")
        if role == Qt.ItemDataRole.ForegroundRole and e.action == "auth.fail":
            return QColor("#A50E0E")
        return None

    def _display(self, e: AuditEntry, column: AuditModel.Column) -> str:
        col = self.Column
        if column is col.SEQ:
            return str(e.seq)
        if column is col.TIME:
            return local_time(e.ts_utc, seconds=True)
        if column is col.ACTOR:
            return (
                "系统"
                if e.actor_id is None
                else self._names.people.get(e.actor_id, f"#{e.actor_id}")
            )
        if column is col.ACTION:
            return action_label(e.action, e.payload)
        if column is col.OBJECT:
            return object_text(e, self._names)
        return summary(e, self._names)
