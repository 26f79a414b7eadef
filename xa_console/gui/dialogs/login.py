"""Signing in at this desk: the login dialog, and the status-bar control that switches users.

The dialog never blocks the event loop: it is opened with ``open()`` and checks the password on
the serial write pool (a sign-in writes: failures count towards the lockout and every attempt
is audited). A refusal (wrong password, locked account) is shown as the catalogue's Chinese
sentence; success sets ``ctx.current.user`` and accepts.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QToolButton, QWidget

from xa_console.context import AppContext
from xa_console.gui.forms.ui_login import Ui_LoginDialog
from xa_console.gui.review_text import describe_refusal, roles_text
from xa_console.gui.tasks import run_in_background
from xa_console.services.users import User, UserService

DEMO_TEAM = frozenset({"zhang", "li", "zhao", "wang"})
DEMO_HINT = "演示账号：zhang（编辑）li、zhao（审核）wang（签发）admin，\n密码 xa-demo-2026"
_STYLE = """
QDialog#LoginDialog { background: #FFFFFF; }
QFrame#login_banner { background: #16335A; }
QLabel#login_title_label { color: #FFFFFF; font-size: 17pt; font-weight: bold; }
QLabel#login_subtitle_label { color: #A9BCD4; font-size: 9.5pt; }
QLineEdit { min-height: 30px; border: 1px solid #C9D3E0; border-radius: 5px; padding: 0 8px;
            background: #FFFFFF; }
QLineEdit:focus { border: 1px solid #1F4E8C; }
QLabel#error_label { color: #A50E0E; background: #FDECEA; border: 1px solid #E8A29B;
                     border-radius: 4px; padding: 6px 10px; }
QLabel#hint_label { color: #6B7280; font-size: 9pt; }
QPushButton#login_button { min-height: 30px; min-width: 92px; border: 1px solid #1F4E8C;
    border-radius: 5px; background: #1F4E8C; color: #FFFFFF; font-weight: bold; }
QPushButton#login_button:hover { background: #2A5F9E; }
QPushButton#login_button:disabled { background: #9DB1CC; border-color: #9DB1CC; }
QPushButton#cancel_button { min-height: 30px; min-width: 72px; }
"""


def is_demo_team(users: UserService) -> bool:
    """True when the demo accounts exist (the hint never tries the demo password)."""
    return DEMO_TEAM.issubset(u.username for u in users.users())


class LoginDialog(QDialog):
    """Username, password, 登录; ``signed_in(User)`` after ``ctx.current.user`` is set."""

    signed_in = Signal(object)  # User

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, switching: bool = False
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.setStyleSheet(_STYLE)
        self.setWindowTitle("切换用户 · 限行发布台" if switching else "登录 · 限行发布台")
        self.setFixedWidth(440)
        self._ctx = ctx
        self.busy = False
        ui = self.ui
        ui.cancel_button.setText("取消" if switching else "退出")
        ui.error_label.hide()
        ui.hint_label.setText(DEMO_HINT)
        ui.hint_label.setVisible(is_demo_team(ctx.users))
        ui.login_button.clicked.connect(self.sign_in)
        ui.cancel_button.clicked.connect(self.reject)
        ui.username_edit.textChanged.connect(self._update_button)
        ui.password_edit.textChanged.connect(self._update_button)
        ui.username_edit.returnPressed.connect(ui.password_edit.setFocus)
        ui.password_edit.returnPressed.connect(self.sign_in)
        self._update_button()
        ui.username_edit.setFocus()
        self.adjustSize()

    def sign_in(self) -> None:
        """Check the credentials in the background; the outcome arrives on the GUI thread."""
        ui = self.ui
        username, password = ui.username_edit.text().strip(), ui.password_edit.text()
        if self.busy or not username or not password:
            return
        self.busy = True
        ui.login_button.setText("正在登录…")
        self._update_button()
        users = self._ctx.users
        run_in_background(
            lambda: users.authenticate(username, password),
            on_done=self._accepted,
            on_error=self._refused,
            write=True,
        )

    def reject(self) -> None:
        """Cancel (退出/取消, Esc, the close box); not while a check is under way."""
        if not self.busy:
            super().reject()

    def error_text(self) -> str:
        """The refusal shown (empty when none)."""
        return self.ui.error_label.text() if self.ui.error_label.isVisible() else ""

    def _accepted(self, user: User) -> None:
        self.busy = False
        self._ctx.current.user = user
        self.signed_in.emit(user)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.busy = False
        ui = self.ui
        ui.login_button.setText("登录")
        ui.error_label.setText(describe_refusal(exc))
        ui.error_label.show()
        ui.password_edit.clear()
        ui.password_edit.setFocus()
        self._update_button()

    def _update_button(self) -> None:
        ui = self.ui
        filled = bool(ui.username_edit.text().strip() and ui.password_edit.text())
        ui.login_button.setEnabled(filled and not self.busy)


def user_caption(user: User | None) -> str:
    """``王签发（签发人）`` for the status bar."""
    if user is None:
        return "未登录"
    return f"{user.display_name}（{roles_text(user.roles)}）"


class SessionButton(QToolButton):
    """Status-bar control: who is signed in; 切换用户… and 退出登录 in its menu.

    ``user_changed`` fires after a switch or a sign-out; a sign-out that nobody follows with a
    sign-in closes the window (the console is not used anonymously).
    """

    user_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("session_button")
        self._ctx = ctx
        self.dialog: LoginDialog | None = None
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setAutoRaise(True)
        menu = QMenu(self)
        self.switch_action = QAction("切换用户…", self)
        self.switch_action.setObjectName("action_switch_user")
        self.sign_out_action = QAction("退出登录", self)
        self.sign_out_action.setObjectName("action_sign_out")
        menu.addAction(self.switch_action)
        menu.addAction(self.sign_out_action)
        self.setMenu(menu)
        self.switch_action.triggered.connect(self.switch_user)
        self.sign_out_action.triggered.connect(self.sign_out)
        self.refresh()

    def refresh(self) -> None:
        """Show the signed-in user (single seat: no menu, nobody else to be)."""
        single = self._ctx.users.single_seat()
        self.setText(f"当前用户：{user_caption(self._ctx.current.user)}")
        self.setToolTip("本机单人使用，无需登录" if single else "切换用户或退出登录")
        self.switch_action.setEnabled(not single)
        self.sign_out_action.setEnabled(not single)

    def switch_user(self) -> LoginDialog:
        """Open the login dialog; cancelling keeps the current user."""
        dialog = self._open(switching=True)
        dialog.accepted.connect(self._changed)
        return dialog

    def sign_out(self) -> LoginDialog:
        """Forget the user and ask for a sign-in; cancelling closes the window."""
        self._ctx.current.user = None
        self._changed()
        dialog = self._open(switching=False)
        dialog.accepted.connect(self._changed)
        dialog.rejected.connect(self.window().close)
        return dialog

    def _open(self, switching: bool) -> LoginDialog:
        dialog = LoginDialog(self._ctx, self.window(), switching=switching)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _changed(self) -> None:
        self.refresh()
        self.user_changed.emit()
