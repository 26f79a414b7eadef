"""日历 page: the month view with its day detail, plus the notice and holiday editor tabs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QSplitter, QTabWidget, QVBoxLayout, QWidget

from xa_console.context import AppContext
from xa_console.gui.bus import ChangeBus
from xa_console.gui.pages.day_detail import DayDetail
from xa_console.gui.pages.holiday_editor import HolidayEditorPage
from xa_console.gui.pages.month_view import MonthView
from xa_console.gui.pages.notice_editor import NoticeEditorPage
from xa_console.services.changes import Changes


class CalendarPage(QWidget):
    """Tabs 月历 / 通告与规则 / 节假日安排; reloads the month when notices or holidays change."""

    def __init__(
        self,
        ctx: AppContext,
        undo_stack: QUndoStack,
        bus: ChangeBus,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("calendar_page")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("calendar_tabs")
        self.tabs.setDocumentMode(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.month_view = MonthView(ctx.rules.days, today, ctx.rules.city().name_zh)
        self.day_detail = DayDetail(ctx.rules, today)
        self.splitter = self._month_splitter()
        self.tabs.addTab(self.splitter, "月历")
        self.notice_editor = NoticeEditorPage(ctx.rules, undo_stack, bus)
        self.holiday_editor = HolidayEditorPage(ctx.holidays, undo_stack, bus)
        self.tabs.addTab(self.notice_editor, "通告与规则")
        self.tabs.addTab(self.holiday_editor, "节假日安排")
        self.month_view.day_selected.connect(self.day_detail.show_status)
        bus.changed.connect(self._on_changed)
        status = self.month_view.selected_status()
        if status is not None:
            self.day_detail.show_status(status)

    def _month_splitter(self) -> QSplitter:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("calendar_splitter")
        splitter.addWidget(self.month_view)
        splitter.addWidget(self.day_detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([830, 420])
        return splitter

    def _on_changed(self, changes: Changes) -> None:
        if changes.notices or changes.holidays:
            self.reload()

    def reload(self) -> None:
        """Re-read the month and the selected day."""
        self.month_view.reload()

    def save_state(self, settings: QSettings) -> None:
        """Remember splitter sizes and the open tab."""
        settings.setValue("calendar/splitter", self.splitter.saveState())
        settings.setValue("calendar/tab", self.tabs.currentIndex())

    def restore_state(self, settings: QSettings) -> None:
        """Restore what :meth:`save_state` wrote (missing keys keep the defaults)."""
        state = settings.value("calendar/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        tab = settings.value("calendar/tab")
        if tab is not None:
            self.tabs.setCurrentIndex(int(tab))
