"""设置 › 用户 and 设置 › 审计日志: accounts by role, refusals in Chinese, the audit table in
batches, and the hash-chain check naming a row tampered with in SQL.
"""

from __future__ import annotations

import pytest
from sqlalchemy import text

from xa_console.context import AppContext
from xa_console.domain.review.audit import GENESIS, AuditEntry
from xa_console.domain.review.workflow import Role
from xa_console.gui.models.audit_model import BATCH, AuditModel, Names
from xa_console.gui.models.user_model import UserModel
from xa_console.gui.pages.audit_page import AuditPage
from xa_console.gui.pages.settings_page import SettingsPage
from xa_console.gui.pages.users_page import PASSWORD_MISMATCH, UsersPage
from xa_console.services.demo import DEMO_PASSWORD

AUDIT = AuditModel.Column


@pytest.fixture
def ctx(demo_ctx: AppContext) -> AppContext:
    """The demo database (see tests/gui/conftest.py)."""
    return demo_ctx


def users_page(qtbot, ctx: AppContext, username: str) -> UsersPage:  # type: ignore[no-untyped-def]
    """The 用户 tab as ``username`` sees it."""
    ctx.current.user = ctx.users.authenticate(username, DEMO_PASSWORD)
    page = UsersPage(ctx)
    qtbot.addWidget(page)
    return page


def fill_new_user(page: UsersPage, username: str, password: str, again: str | None = None) -> None:
    """Type a new account into the form."""
    ui = page.ui
    ui.username_edit.setText(username)
    ui.name_edit.setText("刘审核")
    ui.password_edit.setText(password)
    ui.password2_edit.setText(password if again is None else again)
    page.add_roles.set_roles([])


def test_user_model_passes_the_model_tester(qtmodeltester, ctx) -> None:  # type: ignore[no-untyped-def]
    model = UserModel()
    model.set_users(ctx.users.users(), me=1)
    qtmodeltester.check(model)


def test_accounts_are_listed_with_chinese_roles(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    page = users_page(qtbot, ctx, "admin")
    m = page.model
    rows = {m.user(r).username: r for r in range(m.rowCount())}
    assert m.index(rows["wang"], UserModel.Column.ROLES).data() == "签发人"
    assert m.index(rows["admin"], UserModel.Column.ROLES).data() == "编辑、审核、签发人、管理员"
    assert m.index(rows["admin"], UserModel.Column.USERNAME).data() == "admin（我）"
    assert m.index(rows["li"], UserModel.Column.NAME).data() == "李审核"
    assert m.index(rows["li"], UserModel.Column.STATUS).data() == "正常"
    assert page.ui.count_label.text() == "共 5 个账号"


def test_admin_adds_a_user_and_changes_roles(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    page = users_page(qtbot, ctx, "admin")
    assert not page.ui.add_group.isHidden() and not page.ui.roles_group.isHidden()
    fill_new_user(page, "liu", "liu-pass-2026")
    page.add_roles.checks[Role.REVIEWER].setChecked(True)
    assert page.add_user()
    assert page.ui.result_label.text() == "已新增用户 liu。"
    liu = ctx.users.get("liu")
    assert liu is not None and [r.value for r in liu.roles] == ["reviewer"]
    assert ctx.users.authenticate("liu", "liu-pass-2026").username == "liu"
    assert page.selected_user() is not None and page.selected_user().username == "liu"  # type: ignore[union-attr]
    page.edit_roles.set_roles([Role.REVIEWER, Role.SIGNER])
    assert page.save_roles()
    assert page.ui.result_label.text() == "已将 刘审核 的角色改为：审核、签发人。"
    assert ctx.audit.entries("user", liu.id)[0].action == "user.roles"


@pytest.mark.parametrize(
    ("username", "password", "again", "message"),
    [
        ("liu", "liu-pass-2026", "liu-pass-2027", PASSWORD_MISMATCH),
        ("liu", "short1", None, "密码：密码至少 8 位。"),
        ("li", "li-pass-20266", None, "用户名：用户名“li”已存在。"),
        ("liu", "liu-pass-2026", None, "角色：至少选择一个角色。"),
    ],
)
def test_refusals_when_adding(qtbot, ctx, username, password, again, message) -> None:  # type: ignore[no-untyped-def]
    page = users_page(qtbot, ctx, "admin")
    fill_new_user(page, username, password, again)
    if "角色" not in message:
        page.add_roles.set_roles([Role.REVIEWER])
    assert not page.add_user()
    assert page.ui.error_panel.messages() == [message]
    assert page.ui.result_label.isHidden()
    assert ctx.users.get("liu") is None


def test_a_reviewer_cannot_add_users_but_changes_own_password(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    page = users_page(qtbot, ctx, "li")
    assert page.ui.add_group.isHidden() and page.ui.roles_group.isHidden()
    assert "只有管理员可以新增用户" in page.ui.me_label.text()
    fill_new_user(page, "liu", "liu-pass-2026")
    page.add_roles.set_roles([Role.REVIEWER])
    assert not page.add_user()  # were the form reachable, the service still refuses
    assert page.ui.error_panel.messages() == ["需要“管理员”角色才能执行此操作。"]
    assert ctx.users.get("liu") is None
    assert page.ui.password_group.title() == "修改我的密码"
    ui = page.ui
    ui.current_password_edit.setText("wrong-pass-1")
    ui.new_password_edit.setText("li-new-pass-1")
    ui.new_password2_edit.setText("li-new-pass-1")
    assert not page.set_password()
    assert page.ui.error_panel.messages() == ["用户名或密码不正确。"]
    ui.current_password_edit.setText(DEMO_PASSWORD)
    assert page.set_password()
    assert ctx.users.authenticate("li", "li-new-pass-1").username == "li"


def test_single_seat_admin_sets_a_password_first(qtbot, sqlite_ctx) -> None:  # type: ignore[no-untyped-def]
    assert sqlite_ctx.current.user is not None  # 本机管理员, signed in without a password
    page = UsersPage(sqlite_ctx)
    qtbot.addWidget(page)
    fill_new_user(page, "liu", "liu-pass-2026")
    page.add_roles.set_roles([Role.REVIEWER])
    assert not page.add_user()
    assert page.ui.error_panel.messages()[0].startswith("请先为本机管理员设置密码")


def test_audit_model_passes_the_model_tester_and_fetches_in_batches(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    log = [
        AuditEntry(seq, "2023-03-03T07:00:00+00:00", None, "auth.login", "user", "1", {}, GENESIS)
        for seq in range(1200, 0, -1)
    ]
    model = AuditModel()
    model.reset(lambda limit: log[:limit], len(log), Names())
    assert model.rowCount() == BATCH and model.canFetchMore(model.index(-1, -1))
    qtmodeltester.check(model)
    assert model.row_of_seq(3) == 1197  # fetched the older batches on the way
    assert model.rowCount() == 1200 and not model.canFetchMore(model.index(-1, -1))


def test_audit_tab_lists_rows_in_chinese(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    page = AuditPage(ctx)
    qtbot.addWidget(page)
    m = page.model
    assert page.ui.count_label.text() == f"共 {ctx.audit.count()} 条"
    first = [m.index(0, c).data() for c in AUDIT]  # newest first
    assert first[0] == str(ctx.audit.count())
    row = next(r for r in range(m.rowCount()) if m.entry(r).seq == 9)  # li rejects draft 1
    cells = [m.index(row, c).data() for c in AUDIT]
    assert cells[1] == "2022-12-20 09:18:00"
    assert cells[2:5] == [
        "李审核",
        "退回",
        "通告 #1 关于暂停执行工作日机动车尾号限行交通管理措施的通告",
    ]
    assert cells[5] == "状态 审核中→草稿；意见：请在正文后补充安全出行提示，并核对落款日期。"
    created = next(r for r in range(m.rowCount()) if m.entry(r).seq == 3)
    assert m.index(created, AUDIT.SUMMARY).data() == "用户名 zhang，角色 编辑"
    emergency = next(r for r in range(m.rowCount()) if m.entry(r).seq == 40)
    assert m.index(emergency, AUDIT.ACTION).data() == "紧急发布"
    assert m.index(emergency, AUDIT.SUMMARY).data().startswith("状态 草稿→已签发；理由：暴雨")


def test_verify_says_complete_then_names_the_tampered_row(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    page = AuditPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.verified) as verdict:
        page.ui.verify_button.click()
    assert verdict.args[0] == f"✓ 完整：{ctx.audit.count()} 条"
    assert "1E6B3A" in page.ui.verify_label.styleSheet()
    with ctx.db.write() as s:  # someone edits the log behind the console's back
        s.execute(text("UPDATE audit_log SET actor_id = 4 WHERE seq = 13"))
    with qtbot.waitSignal(page.verified) as verdict:
        page.verify()
    assert verdict.args[0] == "✗ 第 13 条记录被篡改（内容被修改）"
    assert "A50E0E" in page.ui.verify_label.styleSheet()
    assert page.selected_seq() == 13


def test_settings_has_users_and_audit_tabs(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    ctx.current.user = ctx.users.authenticate("admin", DEMO_PASSWORD)
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    labels = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert labels[-3:] == ["用户", "发布账号", "审计日志"]
    before = page.audit.model.total()
    fill_new_user(page.users, "liu", "liu-pass-2026")
    page.users.add_roles.set_roles([Role.REVIEWER])
    assert page.users.add_user()
    assert page.audit.model.total() == before + 1
    assert page.audit.model.index(0, AUDIT.ACTION).data() == "新增用户"
