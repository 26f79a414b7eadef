"""Signing in: the login dialog (refusals in Chinese, lockout, success), the demo hint, the
status-bar 切换用户/退出登录 control and the sign-in before the main window at start-up.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from xa_console.context import AppContext
from xa_console.gui.dialogs.login import DEMO_HINT, LoginDialog, is_demo_team
from xa_console.gui.main_window import MainWindow
from xa_console.services.demo import DEMO_PASSWORD


@pytest.fixture
def ctx(demo_ctx: AppContext) -> AppContext:
    """The demo database (see tests/gui/conftest.py)."""
    return demo_ctx


@contextmanager
def windows_may_close() -> Iterator[QApplication]:
    """Let the test close its last window: outside the event loop that would otherwise leave
    Qt's "quit now" flag set and make every later waitSignal/waitUntil return at once."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    quit_on_close = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)
    try:
        yield app
    finally:
        app.setQuitOnLastWindowClosed(quit_on_close)


def open_dialog(qtbot, ctx: AppContext, switching: bool = False) -> LoginDialog:  # type: ignore[no-untyped-def]
    """The login dialog, shown."""
    dialog = LoginDialog(ctx, switching=switching)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def try_login(qtbot, dialog: LoginDialog, username: str, password: str) -> None:  # type: ignore[no-untyped-def]
    """Type the credentials, press 登录 and wait for the verdict."""
    dialog.ui.username_edit.setText(username)
    dialog.ui.password_edit.setText(password)
    dialog.ui.login_button.click()
    qtbot.waitUntil(lambda: not dialog.busy)


def failures(ctx: AppContext, username: str) -> list[str]:
    """Reasons of the failed sign-ins recorded in the audit log for ``username``."""
    user = ctx.users.get(username)
    assert user is not None
    return [
        str(e.payload.get("reason"))
        for e in ctx.audit.entries("user", user.id)
        if e.action == "auth.fail"
    ]


def test_nobody_is_signed_in_when_several_accounts_exist(ctx) -> None:  # type: ignore[no-untyped-def]
    assert ctx.current.user is None
    assert is_demo_team(ctx.users)


def test_wrong_password_is_refused_in_chinese_and_counted(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, ctx)
    assert not dialog.ui.login_button.isEnabled()  # nothing typed yet
    try_login(qtbot, dialog, "li", "not-the-password1")
    assert dialog.error_text() == "用户名或密码不正确。"
    assert dialog.result() == 0 and ctx.current.user is None
    assert dialog.ui.password_edit.text() == ""  # typed again, never kept
    assert failures(ctx, "li") == ["password"]
    try_login(qtbot, dialog, "nobody", "whatever-1")
    assert dialog.error_text() == "用户名或密码不正确。"  # unknown users read the same


def test_five_failures_lock_the_account(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, ctx)
    for _ in range(4):
        try_login(qtbot, dialog, "zhao", "wrong-password1")
        assert dialog.error_text() == "用户名或密码不正确。"
    try_login(qtbot, dialog, "zhao", "wrong-password1")
    assert dialog.error_text().startswith("连续输错密码，账号已锁定至 ")
    assert "请稍后再试或联系管理员" in dialog.error_text()
    try_login(qtbot, dialog, "zhao", DEMO_PASSWORD)  # even the right password waits now
    assert dialog.error_text().startswith("连续输错密码，账号已锁定至 ")
    assert ctx.current.user is None
    assert failures(ctx, "zhao")[:2] == ["locked", "password"]


def test_success_signs_the_user_in(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, ctx)
    dialog.ui.username_edit.setText("wang")
    dialog.ui.password_edit.setText(DEMO_PASSWORD)
    with qtbot.waitSignal(dialog.accepted), qtbot.waitSignal(dialog.signed_in) as signed:
        dialog.ui.password_edit.returnPressed.emit()
    assert ctx.current.user is not None and ctx.current.user.username == "wang"
    assert signed.args[0] == ctx.current.user
    assert dialog.error_text() == ""


def test_demo_hint_only_on_demo_databases(qtbot, ctx, sqlite_ctx) -> None:  # type: ignore[no-untyped-def]
    demo = open_dialog(qtbot, ctx)
    assert not demo.ui.hint_label.isHidden()
    assert demo.ui.hint_label.text() == DEMO_HINT
    assert failures(ctx, "zhang") == []  # the hint never tries the demo password
    plain = open_dialog(qtbot, sqlite_ctx)
    assert plain.ui.hint_label.isHidden()


def test_switch_user_and_sign_out_from_the_status_bar(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    ctx.current.user = ctx.users.authenticate("wang", DEMO_PASSWORD)
    window = MainWindow(ctx, today=lambda: date(2023, 3, 3))
    qtbot.addWidget(window)
    session = window.session_button
    assert session.text() == "当前用户：王签发（签发人）"
    assert not window.review_page.ui.batch_button.isHidden()  # a signer signs in batches
    dialog = session.switch_user()
    assert dialog.ui.cancel_button.text() == "取消"
    dialog.reject()
    assert ctx.current.user is not None and ctx.current.user.username == "wang"
    dialog = session.switch_user()
    with qtbot.waitSignal(session.user_changed):
        try_login(qtbot, dialog, "li", DEMO_PASSWORD)
    assert session.text() == "当前用户：李审核（审核）"
    assert window.review_page.ui.mine_button.text() == "待我处理（1）"
    with windows_may_close():
        window.show()
        dialog = session.sign_out()
        assert ctx.current.user is None and session.text() == "当前用户：未登录"
        dialog.reject()  # nobody signs in: the console closes
        qtbot.waitUntil(lambda: not window.isVisible())


def test_start_up_asks_for_a_sign_in_first(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from xa_console.gui import application

    windows: list[MainWindow] = []

    def sign_in_as_li() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, LoginDialog))
        dialog.ui.username_edit.setText("li")
        dialog.ui.password_edit.setText(DEMO_PASSWORD)
        dialog.accepted.connect(lambda: QTimer.singleShot(0, window_then_quit))
        dialog.sign_in()

    def window_then_quit() -> None:
        windows.extend(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        QApplication.quit()

    with windows_may_close() as app:
        QTimer.singleShot(0, sign_in_as_li)
        # no real scheduler here: tests/gui/test_schedule_page.py starts one on purpose
        assert application.run_main_window(app, ctx, scheduler=lambda _ctx: None) == 0
        assert [w.session_button.text() for w in windows] == ["当前用户：李审核（审核）"]
        assert ctx.current.user is not None and ctx.current.user.username == "li"
        for window in windows:
            window.close()
            window.deleteLater()
