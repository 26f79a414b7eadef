"""The main window: navigation list, page stack, today's status line and remembered layout."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from xa_console.config import config_dir
from xa_console.context import AppContext
from xa_console.domain.engine import Reason
from xa_console.gui import prompts
from xa_console.gui.bus import ChangeBus
from xa_console.gui.day_cell import tone_colour
from xa_console.gui.day_text import Tone, today_status_text
from xa_console.gui.dialogs.login import SessionButton
from xa_console.gui.forms.ui_main_window import Ui_MainWindow
from xa_console.gui.pages.calendar_page import CalendarPage
from xa_console.gui.pages.placeholder import PLANNED_PAGES, PlaceholderPage
from xa_console.gui.pages.review_page import ReviewPage
from xa_console.gui.pages.schedule_page import SchedulePage
from xa_console.gui.pages.settings_page import SettingsPage, describe_database
from xa_console.gui.pages.workbench import WorkbenchPage
from xa_console.gui.scheduler_bridge import SchedulerBridge
from xa_console.services.changes import Changes

PAGE_KEYS = ("calendar", "notices", "review", "schedule", "push", "reports", "settings")
_CLOCK_CHECK_MS = 60_000


def ui_state_settings() -> QSettings:
    """Window layout storage: ``ui-state.ini`` next to ``settings.toml``."""
    return QSettings(str(config_dir() / "ui-state.ini"), QSettings.Format.IniFormat)


class MainWindow(QMainWindow):
    """Left navigation, seven pages, status bar; owns the change bus and the shared undo stack."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
        scheduler: SchedulerBridge | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.ctx = ctx
        self._today = today
        self._shown_today = today()
        self.bus = ChangeBus(self)
        self.undo_stack = QUndoStack(self)
        self.calendar_page = CalendarPage(ctx, self.undo_stack, self.bus, today)
        self.workbench_page = WorkbenchPage(ctx, self.bus, self, today=today)
        self.review_page = ReviewPage(ctx, self.bus)
        # Without a bridge (tests, a second window) the page reads the scheduler's state from
        # the database; the application passes the bridge of the scheduler it started.
        self.scheduler = scheduler
        if scheduler is not None:
            scheduler.set_bus(self.bus)
        self.schedule_page = SchedulePage(ctx, self.bus, bridge=scheduler)
        self.placeholder_pages = [PlaceholderPage(p) for p in PLANNED_PAGES if p.key != "notices"]
        self.settings_page = SettingsPage(ctx, bus=self.bus)
        pages = (
            self.calendar_page,
            self.workbench_page,
            self.review_page,
            self.schedule_page,
            *self.placeholder_pages,
        )
        for page in (*pages, self.settings_page):
            self.ui.pages.addWidget(page)
        self.setWindowTitle(f"限行发布台 · XA Console — {ctx.rules.city().name_zh}")
        self._setup_edit_menu()
        self._setup_status_bar()
        self._connect()
        self._clock = QTimer(self)
        self._clock.setInterval(_CLOCK_CHECK_MS)
        self._clock.timeout.connect(self._check_date_rollover)
        self._clock.start()
        self.restore_ui_state()
        self.refresh_today_status()

    # ----- setup ------------------------------------------------------------------------------
    def _setup_edit_menu(self) -> None:
        # Window-wide keys; editor pages drop their own copies (gui/shortcuts.py) to avoid clashes.
        undo = self.undo_stack.createUndoAction(self, "撤销")
        undo.setObjectName("action_undo")
        undo.setShortcuts([QKeySequence("Ctrl+Z")])
        redo = self.undo_stack.createRedoAction(self, "重做")
        redo.setObjectName("action_redo")
        redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.ui.menu_edit.addAction(undo)
        self.ui.menu_edit.addAction(redo)

    def _setup_status_bar(self) -> None:
        self.today_label = QLabel()
        self.today_label.setObjectName("today_status_label")
        info = describe_database(self.ctx.db)
        self.db_mode_label = QLabel(info.mode)
        self.db_mode_label.setObjectName("db_mode_label")
        self.db_mode_label.setToolTip(f"{info.mode}：{info.location}")
        if info.mode.startswith("团队"):
            self.db_mode_label.setText(f"{info.mode} · {info.location}")
        self.session_button = SessionButton(self.ctx, self)
        self.session_button.user_changed.connect(self._on_user_changed)
        self.ui.status_bar.addWidget(self.today_label, 1)
        self.ui.status_bar.addPermanentWidget(self.session_button)
        self.ui.status_bar.addPermanentWidget(self.db_mode_label)

    def _connect(self) -> None:
        ui = self.ui
        ui.nav_list.currentRowChanged.connect(self._on_nav_row)
        page_actions = (
            ui.action_page_calendar,
            ui.action_page_notices,
            ui.action_page_review,
            ui.action_page_schedule,
            ui.action_page_push,
            ui.action_page_reports,
            ui.action_page_settings,
        )
        for i, action in enumerate(page_actions):
            action.triggered.connect(lambda _checked=False, i=i: self.show_page(i))
        ui.action_refresh.triggered.connect(self.refresh)
        ui.action_quit.triggered.connect(self.close)
        self.bus.changed.connect(self._on_changed)

    # ----- pages ------------------------------------------------------------------------------
    def show_page(self, index: int) -> None:
        """Switch to page ``index`` (0 = 日历, 2 = 审核 … 6 = 设置)."""
        if 0 <= index < len(PAGE_KEYS):
            self.ui.nav_list.setCurrentRow(index)

    def current_page(self) -> int:
        """Index of the page shown."""
        return self.ui.pages.currentIndex()

    def _on_nav_row(self, row: int) -> None:
        if row < 0:
            return
        self.ui.pages.setCurrentIndex(row)
        if row == 0:
            self.calendar_page.month_view.ui.month_table.setFocus()

    # ----- refreshing -------------------------------------------------------------------------
    def refresh(self) -> None:
        """F5: re-read everything shown (another desk may have changed the data)."""
        self.calendar_page.reload()
        self.review_page.reload()
        self.schedule_page.reload()
        self.settings_page.refresh()
        self.refresh_today_status()

    def _on_user_changed(self) -> None:
        """Another user signed in (or out): pages that depend on who it is re-read."""
        self.session_button.refresh()
        self.review_page.user_changed()
        self.schedule_page.user_changed()
        self.settings_page.users.reload()
        self.settings_page.audit.reload()

    def refresh_today_status(self) -> None:
        """Status-bar line for today."""
        status = self.ctx.rules.day_status(self._today())
        self.today_label.setText(today_status_text(status))
        warn = status.reason in (Reason.NO_NOTICE, Reason.NO_CALENDAR) and not status.restricted
        colour = tone_colour(Tone.WARNING) if warn else "#1F2A37"
        self.today_label.setStyleSheet(f"color:{colour};{' font-weight:bold;' if warn else ''}")

    def _on_changed(self, changes: Changes) -> None:
        self.refresh_today_status()
        self.settings_page.refresh()
        del changes  # every flag affects today's line and the counts

    def _check_date_rollover(self) -> None:
        if self._today() != self._shown_today:
            self._shown_today = self._today()
            self.refresh_today_status()
            self.calendar_page.month_view.ui.month_table.viewport().update()

    # ----- remembered layout ------------------------------------------------------------------
    def restore_ui_state(self) -> None:
        """Geometry, splitter sizes and the last page (defaults: 1400×900 and 日历)."""
        s = ui_state_settings()
        geometry = s.value("main_window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            available = self.screen().availableGeometry()
            self.resize(min(1400, available.width()), min(900, available.height()))
        state = s.value("main_window/state")
        if state is not None:
            self.restoreState(state)
        self.calendar_page.restore_state(s)
        page = s.value("main_window/page")
        self.show_page(int(page) if page is not None else 0)

    def save_ui_state(self) -> None:
        """Write what :meth:`restore_ui_state` reads."""
        s = ui_state_settings()
        s.setValue("main_window/geometry", self.saveGeometry())
        s.setValue("main_window/state", self.saveState())
        s.setValue("main_window/page", self.current_page())
        self.calendar_page.save_state(s)
        s.sync()

    def unsaved_editors(self) -> list[tuple[str, object]]:
        """(name, page) of every editor holding changes that are not saved yet."""
        editors = (
            ("通告草稿", self.workbench_page),
            ("限行通告", self.calendar_page.notice_editor),
            ("节假日安排", self.calendar_page.holiday_editor),
            ("模板", self.settings_page.templates),
        )
        return [(name, page) for name, page in editors if page.is_dirty()]

    def closeEvent(self, event: QCloseEvent) -> None:
        for name, page in self.unsaved_editors():
            answer = prompts.ask_unsaved(self, name)
            if answer is prompts.Unsaved.CANCEL or (
                answer is prompts.Unsaved.SAVE and not page.save()  # type: ignore[attr-defined]
            ):
                event.ignore()
                return
        self.save_ui_state()
        self._clock.stop()
        super().closeEvent(event)
