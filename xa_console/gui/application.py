"""Qt side of start-up: the QApplication, the start-up error box, sign-in and the main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from xa_console.context import AppContext
from xa_console.gui.style import apply_style

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


def run_main_window(app: QApplication, ctx: AppContext) -> int:
    """Sign in when several accounts exist, then show the main window until it closes.

    The login dialog is opened inside the one event loop (not ``exec``), so quitting from it
    leaves no nested loop behind; cancelling it quits the console.
    """
    from xa_console.gui.dialogs.login import LoginDialog
    from xa_console.gui.main_window import MainWindow

    windows: list[MainWindow] = []

    def start() -> None:
        windows.append(MainWindow(ctx))
        windows[-1].show()

    login: LoginDialog | None = None
    if ctx.current.user is None:
        login = LoginDialog(ctx)
        login.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)  # the window comes next
        login.accepted.connect(start)
        login.rejected.connect(app.quit)
        login.show()
    else:
        start()
    return int(app.exec())
