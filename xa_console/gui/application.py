"""Qt side of start-up: the QApplication, the start-up error box, sign-in and the main window."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from xa_console.context import AppContext
from xa_console.gui.style import apply_style

if TYPE_CHECKING:
    from xa_console.gui.scheduler_bridge import SchedulerBridge

SchedulerFactory = Callable[[AppContext], "SchedulerBridge | None"]

APP_NAME = "xa-console"
TITLE = "限行发布台"
_TRANSLATOR_PROPERTY = "xa_console_translator_installed"


def create_application(argv: list[str]) -> QApplication:
    """The QApplication (reused when one exists, as under pytest-qt), styled and named."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication([sys.argv[0] if sys.argv else APP_NAME, *argv])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(TITLE)
    install_chinese(app)
    apply_style(app)
    return app


def install_chinese(app: QApplication) -> None:
    """Chinese for Qt's own texts (确定/取消, context menus) and a zh_CN locale for dates."""
    QLocale.setDefault(QLocale("zh_CN"))
    if app.property(_TRANSLATOR_PROPERTY):
        return
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(QLocale("zh_CN"), "qtbase", "_", folder):
        app.installTranslator(translator)
        app.setProperty(_TRANSLATOR_PROPERTY, True)


def show_startup_error(text: str) -> None:
    """Tell the user, in Chinese, why the console cannot start."""
    QMessageBox.critical(None, f"{TITLE}无法启动", text)


def scheduler_for(ctx: AppContext) -> SchedulerBridge | None:
    """The console's scheduler behind its Qt bridge (None when it cannot even be built)."""
    from xa_console.gui.scheduler_bridge import build_bridge

    try:
        return build_bridge(ctx)
    except Exception:  # the page then shows the state recorded in the database
        logging.getLogger(__name__).exception("scheduler not available")
        return None


def run_main_window(
    app: QApplication, ctx: AppContext, *, scheduler: SchedulerFactory = scheduler_for
) -> int:
    """Sign in when several accounts exist, then show the main window until it closes.

    The login dialog is opened inside the one event loop (not ``exec``), so quitting from it
    leaves no nested loop behind; cancelling it quits the console. Once the window is up the
    scheduler starts in the background (unless another console holds this database's lock);
    it is stopped, within a bounded wait, when the application quits.
    """
    from xa_console.gui.dialogs.login import LoginDialog
    from xa_console.gui.main_window import MainWindow

    windows: list[MainWindow] = []
    bridges: list[SchedulerBridge] = []

    def start() -> None:
        bridge = scheduler(ctx)
        windows.append(MainWindow(ctx, scheduler=bridge))
        windows[-1].show()
        if bridge is not None:
            bridges.append(bridge)
            bridge.start()

    def stop() -> None:
        for bridge in bridges:
            bridge.shutdown()

    login: LoginDialog | None = None
    if ctx.current.user is None:
        login = LoginDialog(ctx)
        login.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)  # the window comes next
        login.accepted.connect(start)
        login.rejected.connect(app.quit)
        login.show()
    else:
        start()
    app.aboutToQuit.connect(stop)
    try:
        return int(app.exec())
    finally:
        app.aboutToQuit.disconnect(stop)
        stop()  # idempotent: also when exec returned without aboutToQuit
