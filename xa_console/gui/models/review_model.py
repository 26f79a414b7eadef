"""The review queue (审核 page): every stored draft with its state, awaited level and drafter.

Rows are :class:`QueueItem` DTOs built from ``DraftingService.list`` and ``ReviewService.info``;
:class:`QueueFilter` (a proxy) shows 待我处理 / 全部 / 事后补审 for the signed-in user.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import IntEnum, StrEnum
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from xa_console.domain.review.workflow import Role, State
from xa_console.gui.models.base import RowsTableModel
from xa_console.gui.models.draft_model import kind_label
from xa_console.gui.review_text import (
    POST_REVIEW,
    STATE_COLOURS,
    TODO_LABELS,
    role_label,
    state_label,
)
from xa_console.services.review import ReviewInfo
from xa_console.services.users import User

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class QueueItem:
    """One draft as the queue shows it."""

    id: int
    kind: str
    day: date
    title: str
    state: str
    author: str
    info: ReviewInfo

    @property
    def next_role(self) -> Role | None:
        """The level whose approval is awaited (None unless in review)."""
        return self.info.next_role

    @property
    def todo(self) -> str:
        """``待审核（审核）`` / ``待签发（签发）`` / ``事后补审`` / empty."""
        if self.next_role is not None:
            return TODO_LABELS.get(self.next_role, f"待{role_label(self.next_role)}")
        return POST_REVIEW if self.info.needs_post_review else ""

    def approvers(self) -> set[int]:
        """Who already approved the current content."""
        h = self.info.content_hash
        return {
            d.user_id
            for d in self.info.decisions
            if d.decision == "approve" and d.content_hash == h
        }

    def awaits(self, user: User | None, single_seat: bool = False) -> bool:
        """True when ``user`` can act on the awaited level (not their own draft, not twice)."""
        role = self.next_role
        if user is None or role is None or not user.has(role):
            return False
        if single_seat:
            return True  # the only account approves every level of its own notices
        own = user.id in (self.info.author_id, self.info.last_editor_id)
        return not own and user.id not in self.approvers()


def queue_items(
    rows: Iterable[tuple[int, str, date, str, str]],
    infos: Mapping[int, ReviewInfo],
    names: Mapping[int, str],
) -> list[QueueItem]:
    """Join the draft list with each draft's review info and the drafter's name."""
    out = []
    for draft_id, kind, day, title, status in rows:
        info = infos.get(draft_id)
        if info is None:
            continue  # deleted between the two reads
        author = names.get(info.author_id or 0, "")
        out.append(QueueItem(draft_id, kind, day, title, status, author, info))
    return out


class ReviewModel(RowsTableModel):
    """Rows are :class:`QueueItem` DTOs, newest first; sorting and filtering in a proxy."""

    class Column(IntEnum):
        """The columns, left to right."""

        STATE = 0
        KIND = 1
        DAY = 2
        TITLE = 3
        TODO = 4
        AUTHOR = 5

    HEADERS = ("状态", "类型", "日期", "标题", "待办", "起草人")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[QueueItem, ...] = ()

    def set_items(self, items: Iterable[QueueItem]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = tuple(items)
        self.endResetModel()

    def items(self) -> tuple[QueueItem, ...]:
        """All rows."""
        return self._rows

    def item(self, row: int) -> QueueItem:
        """The draft in a (source) row."""
        return self._rows[row]

    def row_of(self, draft_id: int | None) -> int | None:
        """The row holding a draft id, if any."""
        return next((i for i, r in enumerate(self._rows) if r.id == draft_id), None)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, colours, sort keys and tooltips of a cell."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = self.Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(item, column)
        if role == SORT_ROLE:
            return _sort_key(item, column)
        if role == ID_ROLE:
            return item.id
        if role == Qt.ItemDataRole.ForegroundRole:
            return _colour(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{kind_label(item.kind)} · {item.day.isoformat()}\n{item.title}"
        return None


def _display(item: QueueItem, column: ReviewModel.Column) -> str:
    col = ReviewModel.Column
    texts = {
        col.STATE: state_label(item.state),
        col.KIND: kind_label(item.kind),
        col.DAY: item.day.isoformat(),
        col.TITLE: item.title,
        col.TODO: item.todo,
        col.AUTHOR: item.author,
    }
    return texts[column]


def _sort_key(item: QueueItem, column: ReviewModel.Column) -> str:
    if column is ReviewModel.Column.STATE:
        order = [st.value for st in State]
        return f"{order.index(item.state) if item.state in order else 99:02d}"
    return _display(item, column)


def _colour(item: QueueItem, column: ReviewModel.Column) -> QColor | None:
    if column is ReviewModel.Column.STATE:
        return QColor(STATE_COLOURS.get(item.state, ("#1F2A37", ""))[0])
    if column is ReviewModel.Column.TODO and item.todo:
        return QColor("#A50E0E" if item.todo == POST_REVIEW else "#8A5300")
    return None


class QueueMode(StrEnum):
    """Which drafts the queue lists."""

    MINE = "mine"  # 待我处理
    ALL = "all"  # 全部
    POST_REVIEW = "post_review"  # 事后补审


class QueueFilter(QSortFilterProxyModel):
    """Filters the queue by :class:`QueueMode` for the signed-in user.

    The draft on screen stays listed (``keep``) even when acting on it took it out of the
    mode: approving from 待我处理 must not make the draft and its result vanish.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._mode = QueueMode.ALL
        self._user: User | None = None
        self._single_seat = False
        self._keep: int | None = None
        self.setSortRole(SORT_ROLE)

    def configure(
        self, mode: QueueMode, user: User | None, single_seat: bool, keep: int | None = None
    ) -> None:
        """Set the mode, whose to-dos count as "mine" and the draft kept in view."""
        self.beginFilterChange()
        self._mode, self._user, self._single_seat = mode, user, single_seat
        self._keep = keep
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def mode(self) -> QueueMode:
        """The mode in use."""
        return self._mode

    def accepts(self, item: QueueItem) -> bool:
        """Whether ``item`` belongs in the current mode (or is the draft kept in view)."""
        return item.id == self._keep or matches(item, self._mode, self._user, self._single_seat)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        """Rows of the current mode."""
        model = self.sourceModel()
        if not isinstance(model, ReviewModel) or source_parent.isValid():
            return False
        return self.accepts(model.item(source_row))


def matches(item: QueueItem, mode: QueueMode, user: User | None, single_seat: bool) -> bool:
    """Whether ``item`` is listed under ``mode``."""
    if mode is QueueMode.MINE:
        return item.awaits(user, single_seat)
    if mode is QueueMode.POST_REVIEW:
        return item.info.needs_post_review
    return True
