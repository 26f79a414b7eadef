"""设置 › 用户: the accounts of this console; administrators add users, change roles and reset
passwords; everyone else sees the list and may change their own password.

The service decides who may do what (a reviewer adding a user is refused with
``workflow.role_required``); the page only hides what is never the user's and shows every
refusal in Chinese in the red panel. Writes run on the serial write pool and are audited.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QHeaderView, QWidget

from xa_console.context import AppContext
from xa_console.domain.review.workflow import Role
from xa_console.gui.forms.ui_users_page import Ui_UsersPage
from xa_console.gui.models.user_model import UserModel
from xa_console.gui.review_text import describe_refusal, role_label, roles_text
from xa_console.gui.tables import prepare_table
from xa_console.gui.undo import run_write
from xa_console.services.users import User

PASSWORD_MISMATCH = "密码：两次输入的密码不一致。"
_STYLE = """
QLabel#result_label { background: #E3F4E8; color: #1E6B3A; border: 1px solid #B7DFC3;
    border-radius: 4px; padding: 6px 10px; }
QLabel#me_label { color: #374151; padding: 2px 0 6px 0; }
QLabel#count_label, QLabel#selected_label { color: #5F6B7A; }
QGroupBox { font-weight: bold; color: #1F2A37; }
QGroupBox QLabel, QGroupBox QCheckBox, QGroupBox QLineEdit { font-weight: normal; }
"""


class RoleChecks:
    """Four role check boxes laid out in a row inside ``box``."""

    def __init__(self, box: QWidget, prefix: str) -> None:
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.checks: dict[Role, QCheckBox] = {}
        for role in Role:
            check = QCheckBox(role_label(role), box)
            check.setObjectName(f"{prefix}_{role.value}_check")
            layout.addWidget(check)
            self.checks[role] = check
        layout.addStretch(1)

    def roles(self) -> list[str]:
        """The roles ticked."""
        return [r.value for r, c in self.checks.items() if c.isChecked()]

    def set_roles(self, roles: tuple[Role, ...] | list[Role]) -> None:
        """Tick exactly ``roles``."""
        for role, check in self.checks.items():
            check.setChecked(role in roles)


class UsersPage(QWidget):
    """The account list and the forms beside it."""

    users_changed = Signal()  # an account was added or changed (the audit log grew)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_UsersPage()
        self.ui.setupUi(self)
        self.setStyleSheet(_STYLE)
        self._ctx = ctx
        self.model = UserModel(self)
        self.add_roles = RoleChecks(self.ui.add_roles_box, "add")
        self.edit_roles = RoleChecks(self.ui.edit_roles_box, "edit")
        self._setup()
        self.reload()

    def _setup(self) -> None:
        ui = self.ui
        t = ui.users_table
        t.setModel(self.model)
        prepare_table(t)
        header = t.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((UserModel.Column.USERNAME, 150), (UserModel.Column.NAME, 150)):
            header.resizeSection(column, width)
        header.resizeSection(UserModel.Column.ROLES, 320)
        header.setStretchLastSection(True)
        self.add_roles.checks[Role.EDITOR].setChecked(True)
        ui.error_panel.hide()
        ui.result_label.hide()
        ui.add_button.clicked.connect(self.add_user)
        ui.save_roles_button.clicked.connect(self.save_roles)
        ui.set_password_button.clicked.connect(self.set_password)
        t.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())

    # ----- reading ---------------------------------------------------------------------------
    def me(self) -> User | None:
        """The signed-in user."""
        return self._ctx.current.user

    def is_admin(self) -> bool:
        """True when the signed-in user administers accounts."""
        me = self.me()
        return me is not None and me.has(Role.ADMIN)

    def reload(self) -> None:
        """Re-read the accounts and fit the forms to the signed-in user's rights."""
        keep = self.selected_user()
        me = self.me()
        self.model.set_users(self._ctx.users.users(), me.id if me else None)
        self.ui.count_label.setText(f"共 {self.model.rowCount()} 个账号")
        admin = self.is_admin()
        who = f"当前用户：{me.display_name}（{roles_text(me.roles)}）" if me else "未登录"
        rights = (
            "您是管理员，可以新增用户、修改角色和重置密码。"
            if admin
            else "只有管理员可以新增用户和修改角色；您可以修改自己的密码。"
        )
        self.ui.me_label.setText(f"{who}。{rights}")
        self.ui.add_group.setVisible(admin)
        self.ui.roles_group.setVisible(admin)
        self.ui.password_group.setTitle("重置所选用户的密码" if admin else "修改我的密码")
        self.ui.current_password_label.setVisible(not admin)
        self.ui.current_password_edit.setVisible(not admin)
        self.ui.password_group.setVisible(me is not None)
        target = keep.id if keep else (me.id if me else None)
        row = self.model.row_of(target)
        self.ui.users_table.selectRow(row if row is not None else 0)
        self._show_selected()

    def selected_user(self) -> User | None:
        """The account selected in the table."""
        index = self.ui.users_table.currentIndex()
        return self.model.user(index.row()) if index.isValid() else None

    def _show_selected(self) -> None:
        user = self.selected_user()
        self.ui.selected_label.setText(f"{user.display_name}（{user.username}）" if user else "")
        self.edit_roles.set_roles(user.roles if user else ())
        self.ui.save_roles_button.setEnabled(user is not None)

    # ----- writing ---------------------------------------------------------------------------
    def add_user(self) -> bool:
        """Create the account in the form; True when stored."""
        ui = self.ui
        if ui.password_edit.text() != ui.password2_edit.text():
            return self._show_errors([PASSWORD_MISMATCH])
        username = ui.username_edit.text().strip()
        ok = self._write(
            lambda: self._ctx.users.create(
                self.me(),
                username,
                ui.name_edit.text(),
                ui.password_edit.text(),
                self.add_roles.roles(),
            ),
            f"已新增用户 {username}。",
        )
        if ok:
            for edit in (ui.username_edit, ui.name_edit, ui.password_edit, ui.password2_edit):
                edit.clear()
            created = self._ctx.users.get(username)
            row = self.model.row_of(created.id if created else None)
            if row is not None:
                ui.users_table.selectRow(row)
        return ok

    def save_roles(self) -> bool:
        """Store the roles ticked for the selected account."""
        user, me = self.selected_user(), self.me()
        if user is None or me is None:
            return False
        roles = self.edit_roles.roles()
        return self._write(
            lambda: self._ctx.users.set_roles(me, user.id, roles),
            f"已将 {user.display_name} 的角色改为：{roles_text(roles)}。",
        )

    def set_password(self) -> bool:
        """Reset the selected account's password (administrators) or change one's own."""
        ui, me = self.ui, self.me()
        if me is None:
            return False
        target = self.selected_user() if self.is_admin() else me
        if target is None:
            return False
        new = ui.new_password_edit.text()
        if new != ui.new_password2_edit.text():
            return self._show_errors([PASSWORD_MISMATCH])
        current = ui.current_password_edit.text()
        users, admin = self._ctx.users, self.is_admin()

        def change() -> Any:
            if not admin:
                users.authenticate(me.username, current)  # proves it is them; failures count
            return users.set_password(me, target.id, new)

        ok = self._write(change, f"已设置 {target.display_name} 的新密码。")
        if ok:
            for edit in (ui.current_password_edit, ui.new_password_edit, ui.new_password2_edit):
                edit.clear()
        return ok

    def _write(self, fn: Callable[[], Any], message: str) -> bool:
        try:
            run_write(fn)
        except Exception as exc:  # refusals and database failures are shown, never raised
            return self._refuse(exc)
        self.ui.error_panel.clear()
        self.ui.result_label.setText(message)
        self.ui.result_label.show()
        self.reload()
        self.users_changed.emit()
        return True

    def _refuse(self, exc: BaseException) -> bool:
        return self._show_errors(describe_refusal(exc).splitlines())

    def _show_errors(self, lines: list[str]) -> bool:
        self.ui.result_label.hide()
        self.ui.error_panel.show_messages(lines, "未能保存：")
        return False
