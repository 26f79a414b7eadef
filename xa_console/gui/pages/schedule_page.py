"""发布计划 page: the scheduler's state, a week or month timeline of chips, and the sends table.

The timeline has one row per channel (the interface channels always, others when they have
sends in the period) and one column per day; each chip is one release on one channel, coloured
by its most urgent state. The table underneath lists every send of the period and filters by
state (需要处理 = the states a person must look at). Clicking a chip selects its rows; the
toolbar, the context menu and the keys act on the selection (:mod:`.schedule_actions`). The
page re-reads on ``Changes(releases=True)`` or ``drafts`` from the bus and on F5.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QButtonGroup, QHeaderView, QMenu, QWidget

from xa_console.context import AppContext
from xa_console.domain.errors import DomainError
from xa_console.domain.publishing.outbox import ATTENTION
from xa_console.domain.publishing.plans import local_time, to_utc
from xa_console.gui.bus import ChangeBus
from xa_console.gui.forms.ui_schedule_page import Ui_SchedulePage
from xa_console.gui.labels import DELIVERY
from xa_console.gui.models.sends import (
    STATE_FILTER_LABELS,
    ChipGroup,
    SendFilter,
    SendRow,
    SendsModel,
    StateFilter,
    chip_groups,
    in_filter,
    send_rows,
)
from xa_console.gui.pages.schedule_actions import ScheduleActions
from xa_console.gui.pages.schedule_timeline import TimelineData
from xa_console.gui.schedule_text import NAV_TEXT, Period, period_days, period_text, scheduler_line
from xa_console.gui.scheduler_bridge import SchedulerBridge, read_status
from xa_console.gui.shortcuts import PageShortcuts
from xa_console.gui.tables import prepare_table
from xa_console.services.changes import Changes
from xa_console.services.scheduling import SchedulerStatus

_STYLE = """
QLabel#period_label { font-size: 15pt; font-weight: bold; color: #1F2A37; }
QLabel#count_label { color: #5F6B7A; }
QLabel#list_title_label { font-weight: bold; color: #1F2A37; }
QPushButton#prev_button, QPushButton#today_button, QPushButton#next_button,
QPushButton#week_button, QPushButton#month_button {
    padding: 5px 14px; border: 1px solid #C9D3E0; background: #FFFFFF; color: #374151; }
QPushButton#prev_button, QPushButton#week_button {
    border-top-left-radius: 5px; border-bottom-left-radius: 5px; }
QPushButton#next_button, QPushButton#month_button {
    border-top-right-radius: 5px; border-bottom-right-radius: 5px; }
QPushButton#week_button:checked, QPushButton#month_button:checked {
    background: #1F4E8C; border-color: #1F4E8C; color: #FFFFFF; font-weight: bold; }
QLabel#result_label { background: #E3F4E8; color: #1E6B3A; border: 1px solid #B7DFC3;
    border-radius: 4px; padding: 6px 10px; }
QLabel#empty_label { color: #4B5563; font-size: 11pt; }
QToolBar#tool_bar { border: none; background: transparent; spacing: 4px; }
QToolBar#tool_bar QToolButton { padding: 4px 10px; border: 1px solid #C9D3E0;
    border-radius: 4px; background: #FFFFFF; color: #1F2A37; }
QToolBar#tool_bar QToolButton:disabled { color: #A0A8B4; border-color: #E1E6ED; }
QToolBar#tool_bar QToolButton:hover:enabled { background: #EEF3FA; }
"""


class SchedulePage(QWidget):
    """The scheduler chip, period navigation, timeline, sends table and their actions."""

    def __init__(
        self,
        ctx: AppContext,
        bus: ChangeBus,
        parent: QWidget | None = None,
        *,
        bridge: SchedulerBridge | None = None,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SchedulePage()
        self.ui.setupUi(self)
        self.setStyleSheet(_STYLE)
        self._ctx, self._bus, self._bridge, self._now = ctx, bus, bridge, now
        self.tz = ctx.releases.tz
        self.period = Period.WEEK
        self.anchor = self.today()
        self._stale = False
        self._syncing = False
        self._status: SchedulerStatus | None = None
        self.model = SendsModel(self)
        self.proxy = SendFilter(self)
        self.timeline = self.ui.timeline
        self.shortcuts = PageShortcuts(self)
        self.schedule_actions = ScheduleActions(
            ctx, bus, self, self.shortcuts, self.selected_rows, self.model.rows, self.now_local
        )
        self._setup()
        self.reload()

    # ----- set-up ------------------------------------------------------------------------------
    def _setup(self) -> None:
        ui = self.ui
        self.proxy.setSourceModel(self.model)
        table = ui.sends_table
        table.setModel(self.proxy)
        prepare_table(table, selection=QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setWordWrap(False)
        table.setSortingEnabled(True)
        table.sortByColumn(SendsModel.Column.TIME, Qt.SortOrder.AscendingOrder)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (SendsModel.Column.NOTICE, SendsModel.Column.RESULT):  # long URLs elide
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(
            lambda pos: self._popup(table.viewport().mapToGlobal(pos))
        )
        table.selectionModel().selectionChanged.connect(lambda *_: self._table_selection())
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        ui.splitter.setSizes([470, 300])
        for which, label in STATE_FILTER_LABELS.items():
            ui.state_combo.addItem(label, which)
        ui.state_combo.currentIndexChanged.connect(lambda _i: self._filter_changed())
        modes = QButtonGroup(self)
        modes.addButton(ui.week_button)
        modes.addButton(ui.month_button)
        ui.week_button.clicked.connect(lambda: self.set_period(Period.WEEK))
        ui.month_button.clicked.connect(lambda: self.set_period(Period.MONTH))
        ui.prev_button.clicked.connect(lambda: self.step(-1))
        ui.next_button.clicked.connect(lambda: self.step(1))
        ui.today_button.clicked.connect(self.go_today)
        self.shortcuts.add("上一期", ["Alt+Left"], lambda: self.step(-1))
        self.shortcuts.add("下一期", ["Alt+Right"], lambda: self.step(1))
        self.shortcuts.add("回到今天", ["Ctrl+T"], self.go_today)
        for action in self.schedule_actions.actions():
            ui.tool_bar.addAction(action)
        ui.empty_new_button.clicked.connect(lambda: self.schedule_actions.new_release())
        self.timeline.chip_clicked.connect(self._chip_clicked)
        self.timeline.chip_menu_requested.connect(self._chip_menu)
        self.timeline.day_activated.connect(self.schedule_actions.new_release)
        self.schedule_actions.done.connect(self._show_done)
        self.schedule_actions.failed.connect(self._show_failed)
        ui.result_label.hide()
        self._bus.changed.connect(self._on_changed)
        if self._bridge is not None:
            self._bridge.status_changed.connect(self.show_scheduler_status)
            self._status = self._bridge.last_status

    # ----- time ------------------------------------------------------------------------------
    def now_local(self) -> datetime:
        """The city's wall-clock time now."""
        return local_time(self._now(), self.tz)

    def today(self) -> date:
        """Today in the city."""
        return self.now_local().date()

    def days(self) -> list[date]:
        """The days shown."""
        return period_days(self.anchor, self.period)

    def set_period(self, period: Period, anchor: date | None = None) -> None:
        """Show a week or a month (around ``anchor`` when given)."""
        self.period = period
        self.anchor = anchor or self.anchor
        button = self.ui.week_button if period is Period.WEEK else self.ui.month_button
        button.setChecked(True)
        prev, today, nxt = NAV_TEXT[period]
        self.ui.prev_button.setText(prev)
        self.ui.today_button.setText(today)
        self.ui.next_button.setText(nxt)
        self.reload()

    def step(self, n: int) -> None:
        """Forward or back by one week or month."""
        if self.period is Period.WEEK:
            self.anchor += timedelta(weeks=n)
        else:
            month = self.anchor.month - 1 + n
            self.anchor = date(self.anchor.year + month // 12, month % 12 + 1, 1)
        self.reload()

    def go_today(self) -> None:
        """Back to the period containing today."""
        self.anchor = self.today()
        self.reload()

    # ----- reading ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Re-read the period's sends; keep the selection."""
        self._stale = False
        ctx, days = self._ctx, self.days()
        kept = {r.id for r in self.selected_rows()}
        start = to_utc(datetime.combine(days[0], time()), self.tz)
        end = to_utc(datetime.combine(days[-1] + timedelta(days=1), time()), self.tz)
        specs = sorted(ctx.releases.book().channels, key=lambda c: c.order)
        names = {c.id: c.name_zh for c in specs}
        rows = send_rows(ctx.releases.sends(start, end), names, self.tz)
        self.model.set_rows(rows)
        used = {r.send.channel for r in rows}
        channels = tuple(
            (c.id, c.name_zh, DELIVERY.get(c.delivery, ""))
            for c in specs
            if c.delivery == "api" or c.id in used
        )
        self.timeline.show_data(
            TimelineData(
                tuple(days),
                channels,
                tuple(chip_groups(rows)),
                self.today(),
                self.tz,
                self._city(),
                compact=self.period is Period.MONTH,
            )
        )
        self._show_counts(rows, days)
        if self._bridge is None:
            self._status = self._read_status()
        self.show_scheduler_status(self._status)
        self.select_ids(kept, scroll=False)
        self.schedule_actions.update()

    def _read_status(self) -> SchedulerStatus | None:
        try:
            return read_status(self._ctx)
        except Exception:  # the line says "未运行"; the page still works
            return None

    def _city(self) -> str:
        try:
            return self._ctx.rules.city().name_zh
        except DomainError:
            return ""

    def _show_counts(self, rows: Sequence[SendRow], days: Sequence[date]) -> None:
        ui = self.ui
        word = "本周" if self.period is Period.WEEK else "本月"
        ui.period_label.setText(period_text(days, self.period))
        attention = sum(1 for r in rows if r.state in ATTENTION)
        text = f"共 {len(rows)} 项发送"
        if attention:
            text += (
                f" · <span style='color:#A50E0E; font-weight:bold'>{attention} 项需要处理</span>"
            )
        ui.count_label.setText(text)
        for i in range(ui.state_combo.count()):
            which = StateFilter(ui.state_combo.itemData(i))
            count = sum(1 for r in rows if in_filter(r.state, which))
            ui.state_combo.setItemText(i, f"{STATE_FILTER_LABELS[which]}（{count}）")
        ui.empty_label.setText(
            f"{word}还没有安排发布。\n选一份已签发的通告，定好渠道和时间，到点由调度服务自动发布。"
        )
        ui.timeline_stack.setCurrentIndex(0 if rows else 1)
        ui.list_title_label.setText(f"{word}发送明细")

    def show_scheduler_status(self, status: SchedulerStatus | None) -> None:
        """The chip (本机调度运行中 / 由其他电脑运行 / 未运行) and the sentence beside it."""
        self._status = status
        error = self._bridge.error if self._bridge is not None else ""
        if self._bridge is None and status is None:
            status = SchedulerStatus(False)
        line = scheduler_line(status, self._now(), error)
        chip, t = self.ui.scheduler_chip, line.tone
        chip.setText(line.chip)
        chip.setStyleSheet(
            f"QLabel {{ background: {t.bg}; color: {t.fg}; border: 1px solid {t.border};"
            " border-radius: 11px; padding: 3px 12px; font-weight: bold; }"
        )
        detail = self.ui.scheduler_detail_label
        detail.setText(line.detail)
        detail.setStyleSheet(f"color: {t.fg if line.chip == '未运行' else '#5F6B7A'};")

    # ----- selection -------------------------------------------------------------------------
    def selected_rows(self) -> list[SendRow]:
        """The selected sends, in table order."""
        indexes = self.ui.sends_table.selectionModel().selectedRows()
        rows = sorted(self.proxy.mapToSource(i).row() for i in indexes)
        return [self.model.row(r) for r in rows]

    def select_ids(self, ids: set[int] | Sequence[int], *, scroll: bool = True) -> None:
        """Select the rows of these sends (showing 全部 when the filter hides some)."""
        wanted = [r for r in (self.model.row_of(i) for i in ids) if r is not None]
        if any(not in_filter(self.model.row(r).state, self.proxy.which()) for r in wanted):
            self.set_filter(StateFilter.ALL)
        selection = QItemSelection()
        for r in wanted:
            index = self.proxy.mapFromSource(self.model.index(r, 0))
            selection.select(index, index)
        flags = QItemSelectionModel.SelectionFlag
        table = self.ui.sends_table
        table.selectionModel().select(selection, flags.ClearAndSelect | flags.Rows)
        if wanted:
            first = self.proxy.mapFromSource(self.model.index(wanted[0], 0))
            table.selectionModel().setCurrentIndex(first, flags.NoUpdate)
            if scroll:  # the whole group in view, from its first row
                table.scrollTo(first, QAbstractItemView.ScrollHint.PositionAtTop)
        self._table_selection()

    def _table_selection(self) -> None:
        self.timeline.mark_selected([r.id for r in self.selected_rows()])
        self.schedule_actions.update()

    def _chip_clicked(self, group: ChipGroup) -> None:
        self.select_ids(group.ids)

    def _chip_menu(self, group: ChipGroup, pos: QPoint) -> None:
        if not set(group.ids) <= {r.id for r in self.selected_rows()}:
            self.select_ids(group.ids)
        self._popup(pos)

    def context_menu(self) -> QMenu:
        """The actions for the selection, as a menu."""
        menu = QMenu(self)
        menu.setObjectName("schedule_menu")
        acts = self.schedule_actions.actions()
        for action in acts[1:]:
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(acts[0])
        return menu

    def _popup(self, pos: QPoint) -> None:
        self.schedule_actions.update()
        menu = self.context_menu()
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(pos)

    # ----- filter ----------------------------------------------------------------------------
    def set_filter(self, which: StateFilter) -> None:
        """Show 全部 / 需要处理 / 待发送 / 已发送 / 已取消."""
        index = self.ui.state_combo.findData(which)
        if index != self.ui.state_combo.currentIndex():
            self.ui.state_combo.setCurrentIndex(index)  # → _filter_changed
        else:
            self._filter_changed()

    def _filter_changed(self) -> None:
        which = StateFilter(self.ui.state_combo.currentData())
        if which is not self.proxy.which():
            self.proxy.set_which(which)
            self._table_selection()

    # ----- results and changes ---------------------------------------------------------------
    def _show_done(self, message: str) -> None:
        self.ui.error_panel.clear()
        self.ui.result_label.setText(message)
        self.ui.result_label.show()

    def _show_failed(self, message: str) -> None:
        self.ui.result_label.hide()
        self.ui.error_panel.show_messages(message.splitlines(), "未能完成：")

    def user_changed(self) -> None:
        """Another officer signed in: what they may do differs."""
        self.schedule_actions.update()

    def _on_changed(self, changes: Changes) -> None:
        if not (changes.releases or changes.drafts or changes.channels):
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True  # re-read when shown

    def showEvent(self, event: QShowEvent) -> None:
        self.shortcuts.sync()
        if self._stale:
            self.reload()
        super().showEvent(event)
