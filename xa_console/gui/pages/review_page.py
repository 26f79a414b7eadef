"""审核 page: the review queue on the left, the selected draft's detail and actions on the right.

The queue lists every draft with its state and the level it waits for; 待我处理 narrows it to
the drafts the signed-in user can act on (their role is awaited and they neither drafted nor
last edited it). Several rows waiting for the signer can be signed in one batch. The page
re-reads on every ``Changes(drafts=True)`` from the bus and on F5.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QButtonGroup, QHeaderView, QWidget

from xa_console.context import AppContext
from xa_console.domain.errors import DomainError
from xa_console.domain.review.workflow import Role
from xa_console.gui import prompts
from xa_console.gui.bus import ChangeBus
from xa_console.gui.forms.ui_review_page import Ui_ReviewPage
from xa_console.gui.models.review_model import (
    QueueFilter,
    QueueItem,
    QueueMode,
    ReviewModel,
    matches,
    queue_items,
)
from xa_console.gui.pages.review_actions import ReviewActions
from xa_console.gui.pages.review_detail import DetailData, EmergencyNote, channel_texts
from xa_console.gui.review_text import local_time, state_label
from xa_console.gui.tables import prepare_table
from xa_console.services.changes import Changes
from xa_console.services.review import ReviewInfo

_MODE_LABELS = {
    QueueMode.MINE: "待我处理",
    QueueMode.ALL: "全部",
    QueueMode.POST_REVIEW: "事后补审",
}
_FILTER_STYLE = """
QPushButton#mine_button, QPushButton#all_button, QPushButton#post_button {
    padding: 5px 14px; border: 1px solid #C9D3E0; background: #FFFFFF; color: #374151; }
QPushButton#mine_button { border-top-left-radius: 5px; border-bottom-left-radius: 5px; }
QPushButton#post_button { border-top-right-radius: 5px; border-bottom-right-radius: 5px; }
QPushButton#mine_button:checked, QPushButton#all_button:checked, QPushButton#post_button:checked {
    background: #1F4E8C; border-color: #1F4E8C; color: #FFFFFF; font-weight: bold; }
QLabel#count_label { color: #5F6B7A; }
QLabel#batch_result_label { background: #E3F4E8; color: #1E6B3A; border: 1px solid #B7DFC3;
    border-radius: 4px; padding: 6px 10px; }
"""


class ReviewPage(QWidget):
    """The queue, its filters and batch sign-off; the detail and its actions."""

    def __init__(self, ctx: AppContext, bus: ChangeBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReviewPage()
        self.ui.setupUi(self)
        self.setStyleSheet(_FILTER_STYLE)
        self._ctx = ctx
        self._bus = bus
        self._single_seat = False
        self._shown_id: int | None = None
        self._stale = False
        self.model = ReviewModel(self)
        self.proxy = QueueFilter(self)
        self.detail = self.ui.detail
        self.review_actions = ReviewActions(ctx, bus, self.detail, self)
        self._group = QButtonGroup(self)
        self._buttons = {
            QueueMode.MINE: self.ui.mine_button,
            QueueMode.ALL: self.ui.all_button,
            QueueMode.POST_REVIEW: self.ui.post_button,
        }
        self._setup()
        self.user_changed()

    def _setup(self) -> None:
        ui = self.ui
        self.proxy.setSourceModel(self.model)
        t = ui.queue_table
        t.setModel(self.proxy)
        prepare_table(t, selection=QAbstractItemView.SelectionMode.ExtendedSelection)
        t.setWordWrap(False)
        header = t.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ReviewModel.Column.TITLE, QHeaderView.ResizeMode.Stretch)
        ui.splitter.setStretchFactor(0, 5)
        ui.splitter.setStretchFactor(1, 8)
        ui.splitter.setSizes([560, 680])
        for mode, button in self._buttons.items():
            self._group.addButton(button)
            button.clicked.connect(lambda _c=False, m=mode: self.set_mode(m))
        ui.batch_button.clicked.connect(self.batch_sign)
        ui.batch_error_panel.hide()
        ui.batch_result_label.hide()
        t.selectionModel().currentRowChanged.connect(self._current_changed)
        t.selectionModel().selectionChanged.connect(lambda *_: self._update_batch_button())
        self.review_actions.refresh_requested.connect(self.reload)
        self._bus.changed.connect(self._on_changed)

    # ----- queue -----------------------------------------------------------------------------
    def user_changed(self) -> None:
        """Someone else signed in: re-read and start on their to-dos (全部 when none)."""
        self.reload()
        user = self._ctx.current.user
        mine = sum(matches(i, QueueMode.MINE, user, self._single_seat) for i in self.model.items())
        self.set_mode(QueueMode.MINE if mine else QueueMode.ALL)
        self.ui.batch_button.setVisible(user is not None and user.has(Role.SIGNER))

    def set_mode(self, mode: QueueMode) -> None:
        """Show 待我处理 / 全部 / 事后补审."""
        self._buttons[mode].setChecked(True)
        self.proxy.configure(mode, self._ctx.current.user, self._single_seat)
        self._clear_batch_result()
        self._after_filter()

    def reload(self) -> None:
        """Re-read the queue; keep the current and selected drafts; refresh the detail."""
        self._stale = False
        ctx = self._ctx
        self._single_seat = ctx.users.single_seat()
        rows = ctx.drafting.list()
        infos: dict[int, ReviewInfo] = {}
        for row in rows:
            try:
                infos[row[0]] = ctx.review.info(row[0])
            except DomainError:
                continue  # deleted meanwhile
        names = {u.id: u.display_name for u in ctx.users.users()}
        selected = {i.id for i in self.selected_items()}
        self.model.set_items(queue_items(rows, infos, names))
        keep = self._shown_id  # stays listed even if the last action took it out of the mode
        self.proxy.configure(self.proxy.mode(), ctx.current.user, self._single_seat, keep)
        self._after_filter(force=True)
        self._restore_selection(selected)

    def _after_filter(self, force: bool = False) -> None:
        items = self.model.items()
        user, single = self._ctx.current.user, self._single_seat
        for mode, button in self._buttons.items():
            count = sum(matches(i, mode, user, single) for i in items)
            button.setText(f"{_MODE_LABELS[mode]}（{count}）")
        shown = self.proxy.rowCount()
        self.ui.count_label.setText(
            f"共 {len(items)} 份通告" if shown == len(items) else f"显示 {shown} / {len(items)} 份"
        )
        if not self._select(self._shown_id) and shown:
            self._select_row(0)
        if shown == 0:
            self._shown_id = None
            self.detail.show_empty("当前列表没有通告。")
        else:
            self.show_draft(self._shown_id, force=force)
        self._update_batch_button()

    def _restore_selection(self, ids: set[int]) -> None:
        sm = self.ui.queue_table.selectionModel()
        for draft_id in ids - {self._shown_id}:
            row = self.model.row_of(draft_id)
            if row is not None:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                flags = QItemSelectionModel.SelectionFlag.Select
                sm.select(index, flags | QItemSelectionModel.SelectionFlag.Rows)

    def select_draft(self, draft_id: int) -> bool:
        """Make a draft current (switching to 全部 when the filter hides it)."""
        if not self._select(draft_id) and self.model.row_of(draft_id) is not None:
            self.set_mode(QueueMode.ALL)
            self._select(draft_id)
        return self._shown_id == draft_id

    def _select(self, draft_id: int | None) -> bool:
        row = self.model.row_of(draft_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.ui.queue_table.setCurrentIndex(index)
        self.ui.queue_table.scrollTo(index)
        return True

    def _select_row(self, row: int) -> None:
        self.ui.queue_table.setCurrentIndex(self.proxy.index(row, 0))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.show_draft(self.model.item(self.proxy.mapToSource(current).row()).id)

    def selected_items(self) -> list[QueueItem]:
        """The drafts selected in the queue, top to bottom."""
        rows = self.ui.queue_table.selectionModel().selectedRows()
        source = sorted(self.proxy.mapToSource(i).row() for i in rows)
        return [self.model.item(r) for r in source]

    # ----- detail ----------------------------------------------------------------------------
    def show_draft(self, draft_id: int | None, force: bool = False) -> None:
        """Read and show one draft (again, when ``force``)."""
        if draft_id is None or (draft_id == self._shown_id and not force):
            return
        row = self.model.row_of(draft_id)
        if row is None:
            return
        self._shown_id = draft_id
        try:
            data = load_detail(self._ctx, self.model.item(row))
        except DomainError as exc:  # deleted by another desk between the reads
            self.detail.show_empty()
            self.detail.show_refusal(exc)
            return
        self.detail.show_data(data, self._ctx.current.user, self._single_seat)

    def _on_changed(self, changes: Changes) -> None:
        if not (changes.drafts or changes.templates or changes.channels):
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True  # re-read when shown: other pages write often

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False
            self.reload()
        super().showEvent(event)

    # ----- batch sign-off --------------------------------------------------------------------
    def _update_batch_button(self) -> None:
        self.ui.batch_button.setEnabled(bool(self.selected_items()))

    def _clear_batch_result(self) -> None:
        self.ui.batch_error_panel.clear()
        self.ui.batch_result_label.hide()

    def batch_sign(self) -> None:
        """Confirm the selected drafts, sign them, and list what was signed and what refused."""
        items = self.selected_items()
        user = self._ctx.current.user
        if not items or user is None:
            return
        listed = "\n".join(
            f"• {i.day.isoformat()}  {i.title}（{i.todo or state_label(i.state)}）" for i in items
        )
        text = (
            f"将以“{user.display_name}”的名义签发以下 {len(items)} 份通告：\n{listed}\n\n"
            "每份按队列中显示的内容摘要签发，各自记入审计日志。"
        )
        if not prompts.confirm(self, "批量签发", text, ok_text=f"签发 {len(items)} 份"):
            return
        self.show_batch_result(self.review_actions.batch_sign(items))

    def show_batch_result(self, results: list[tuple[QueueItem, str | None]]) -> None:
        """The summary: how many were signed, and each refusal with its reason."""
        signed = [i for i, why in results if why is None]
        refused = [f"{i.day.isoformat()} {i.title}：{why}" for i, why in results if why]
        label = self.ui.batch_result_label
        label.setText(f"已签发 {len(signed)} 份。" if signed else "没有签发任何通告。")
        label.show()
        if refused:
            self.ui.batch_error_panel.show_messages(refused, f"{len(refused)} 份未签发：")
        else:
            self.ui.batch_error_panel.clear()


def load_detail(ctx: AppContext, item: QueueItem) -> DetailData:
    """Everything the detail shows of one draft, read fresh."""
    info = ctx.review.info(item.id)
    channels, shown_hash = channel_texts(ctx.drafting.load(item.id))
    emergency = None
    if info.needs_post_review:
        entry = next(
            (
                e
                for e in ctx.audit.entries("draft", item.id)
                if e.action == "draft.emergency_publish"
            ),
            None,
        )
        if entry is not None:
            names = {u.id: u.display_name for u in ctx.users.users()}
            emergency = EmergencyNote(
                names.get(entry.actor_id or 0, "?"),
                local_time(entry.ts_utc),
                str(entry.payload.get("comment", info.emergency_reason)),
            )
    return DetailData(
        info,
        item.kind,
        item.day.isoformat(),
        item.author,
        channels,
        shown_hash,
        tuple(ctx.review.comments(item.id)),
        emergency,
    )
