"""设置 › 发布账号: rehearsal accounts listed, refusals in Chinese with the edits kept, saves
persisted and audited, secrets only in the keyring, and the warning when there is no keyring.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from keyring.backend import KeyringBackend
from sqlalchemy import text

from xa_console.context import AppContext
from xa_console.gui.models.account_model import AccountModel
from xa_console.gui.pages.accounts_page import KEYRING_WARNING, AccountsPage
from xa_console.gui.pages.settings_page import SettingsPage
from xa_console.services.demo import DEMO_PASSWORD
from xa_console.services.secrets import SERVICE, SecretStore

# Defining a backend class registers it with keyring; resolve the process-wide default first
# so the in-memory test backend below never becomes the default of other tests.
keyring.get_keyring()

COL = AccountModel.Column
SECRET = "Zq8-test-secret-7f3a9c"


class MemoryKeyring(KeyringBackend):
    """A secure-looking keyring that keeps passwords in a dict (tests only)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.values[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.values.pop((service, username), None)


@pytest.fixture
def memory() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def ctx(demo_ctx: AppContext, memory: MemoryKeyring) -> AppContext:
    """The demo database with a usable (in-memory) keyring."""
    return dataclasses.replace(demo_ctx, secrets=SecretStore(memory))


def page_for(qtbot, ctx: AppContext, username: str = "admin") -> AccountsPage:  # type: ignore[no-untyped-def]
    """The 发布账号 tab as ``username`` sees it."""
    ctx.current.user = ctx.users.authenticate(username, DEMO_PASSWORD)
    page = AccountsPage(ctx)
    qtbot.addWidget(page)
    return page


def cell(page: AccountsPage, channel: str, column: int) -> str:
    row = page.model.row_of(channel)
    assert row is not None
    return str(page.model.index(row, column).data())


def go_live(page: AccountsPage, channel: str, url: str, app_id: str, ref: str) -> None:
    """Select an account and type a live configuration into the form."""
    page.select(channel)
    ui = page.ui
    ui.mode_combo.setCurrentIndex(1)
    ui.base_url_edit.setText(url)
    ui.app_id_edit.setText(app_id)
    ui.secret_ref_edit.setText(ref)


def save(qtbot, page: AccountsPage) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(page.saved, timeout=5000):
        page.ui.save_button.click()


def refuse(qtbot, page: AccountsPage) -> list[str]:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(page.failed, timeout=5000):
        page.ui.save_button.click()
    return page.ui.error_panel.messages()


def test_account_model_passes_the_model_tester(qtmodeltester, qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    page = page_for(qtbot, ctx)
    qtmodeltester.check(page.model)


def test_the_four_accounts_are_listed_in_rehearsal_mode(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    page = page_for(qtbot, ctx)
    m = page.model
    channels = [m.row(r).account.channel for r in range(m.rowCount())]
    assert channels == ["wechat_article", "wechat_reminder", "weibo", "sms"]
    names = [m.index(r, COL.CHANNEL).data() for r in range(m.rowCount())]
    assert names == ["微信订阅号图文", "服务号限行提醒", "微博", "短信"]
    assert {m.index(r, COL.MODE).data() for r in range(4)} == {"演练"}
    assert cell(page, "sms", COL.SECRET) == "未设置（演练无需）"
    ui = page.ui
    assert page.selected_channel() == "wechat_article"
    assert ui.mode_combo.currentText().startswith("演练")
    assert ui.base_url_edit.text() == "https://api.weixin.qq.com"
    assert ui.keyring_banner.isHidden()
    page.select("sms")
    assert ui.options_stack.currentWidget() is ui.sms_options
    assert ui.sms_recipients_edit.toPlainText() == "13800000001\n13800000002"
    assert ui.app_id_label.text() == "AccessKeyId"


def test_a_bad_url_is_refused_in_chinese_and_nothing_is_saved(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    page = page_for(qtbot, ctx)
    before = ctx.accounts.get("wechat_article")
    go_live(page, "wechat_article", "api.weixin.qq.com", "wx0123456789", "wechat:wx0123456789")
    assert refuse(qtbot, page) == ["接口地址：“api.weixin.qq.com”不是有效的 http(s) 地址。"]
    assert ctx.accounts.get("wechat_article") == before
    ui = page.ui
    assert ui.base_url_edit.text() == "api.weixin.qq.com"  # the edits are kept
    assert ui.mode_combo.currentIndex() == 1
    assert ui.base_url_edit.property("invalid") is True
    assert ui.result_label.isHidden()
    assert cell(page, "wechat_article", COL.MODE) == "演练"
    page.select("weibo")
    page.select("wechat_article")  # switching away and back keeps them too
    assert ui.base_url_edit.text() == "api.weixin.qq.com"
    assert cell(page, "wechat_article", COL.NAME).endswith("（未保存）")
    page.revert()
    assert ui.base_url_edit.text() == "https://api.weixin.qq.com"
    assert not cell(page, "wechat_article", COL.NAME).endswith("（未保存）")


def test_a_valid_live_account_is_saved_and_audited(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    page = page_for(qtbot, ctx)
    go_live(page, "wechat_article", "https://api.weixin.qq.com", "wx0123456789", "wechat:wx01")
    ui = page.ui
    ui.grace_spin.setValue(90)
    ui.author_edit.setText("西安交警支队")
    assert ui.mass_send_warning.property("active") is False
    ui.mass_send_check.setChecked(True)
    assert ui.mass_send_warning.property("active") is True  # the quota warning stands out
    assert "每天只能群发 1 次" in ui.mass_send_warning.text()
    save(qtbot, page)
    saved = ctx.accounts.get("wechat_article")
    assert (saved.rehearsal, saved.base_url, saved.app_id) == (
        False,
        "https://api.weixin.qq.com",
        "wx0123456789",
    )
    assert saved.secret_ref == "wechat:wx01"
    assert saved.grace_minutes == 90
    assert saved.options["author"] == "西安交警支队" and saved.options["mass_send"] is True
    assert cell(page, "wechat_article", COL.MODE) == "正式"
    assert cell(page, "wechat_article", COL.SECRET) == "未设置"
    assert ui.result_label.text() == "已保存“西安交警（订阅号）”的账号设置（正式）。"
    entry = ctx.audit.entries("account", "wechat_article")[0]
    assert entry.action == "account.save" and entry.payload["rehearsal"] is False


def test_sms_recipients_are_checked_and_saved_as_a_list(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    page = page_for(qtbot, ctx)
    page.select("sms")
    page.ui.sms_recipients_edit.setPlainText("13800000001\n 1380000 \n")
    assert refuse(qtbot, page) == ["接收人：“1380000”不是 11 位手机号码。"]
    assert ctx.accounts.get("sms").recipients == ("13800000001", "13800000002")
    page.ui.sms_recipients_edit.setPlainText("13900000009\n\n13900000008\n")
    page.ui.template_code_edit.setText("SMS_99")
    save(qtbot, page)
    sms = ctx.accounts.get("sms")
    assert sms.recipients == ("13900000009", "13900000008")
    assert sms.options["template_code"] == "SMS_99" and sms.rehearsal


def test_the_secret_goes_to_the_keyring_only(qtbot, ctx, memory) -> None:  # type: ignore[no-untyped-def]
    page = page_for(qtbot, ctx)
    go_live(page, "sms", "https://dysmsapi.aliyuncs.com", "LTAI5tTest", "sms:LTAI5tTest")
    ui = page.ui
    assert ui.secret_edit.isEnabled() and not ui.save_secret_button.isEnabled()
    assert ui.secret_edit.echoMode() == ui.secret_edit.EchoMode.Password
    ui.secret_edit.setText(SECRET)
    assert ui.save_secret_button.isEnabled()
    with qtbot.waitSignal(page.secret_saved, timeout=5000):
        ui.save_secret_button.click()
    assert memory.values == {(SERVICE, "sms:LTAI5tTest"): SECRET}
    assert ui.secret_edit.text() == ""
    assert ui.secret_status_label.text().startswith("已保存")
    assert SECRET not in ui.secret_status_label.text() + ui.result_label.text()
    save(qtbot, page)
    assert cell(page, "sms", COL.SECRET) == "已保存"
    assert ctx.accounts.get("sms").secret_ref == "sms:LTAI5tTest"
    with ctx.db.engine.connect() as c:
        accounts = [
            tuple(map(str, row)) for row in c.execute(text("SELECT * FROM platform_account"))
        ]
        payloads = [str(p) for (p,) in c.execute(text("SELECT payload FROM audit_log"))]
    assert any("sms:LTAI5tTest" in " ".join(a) for a in accounts)  # the key name is stored...
    assert not [a for a in accounts if SECRET in " ".join(a)]  # ...the secret is not
    assert payloads and not [p for p in payloads if SECRET in p]
    db_file = Path(str(ctx.db.engine.url.database))
    for path in db_file.parent.glob(db_file.name + "*"):  # the file, its journal and WAL
        assert SECRET.encode() not in path.read_bytes(), path.name


def test_without_a_key_name_the_secret_is_not_stored(qtbot, ctx, memory) -> None:  # type: ignore[no-untyped-def]
    page = page_for(qtbot, ctx)
    page.select("weibo")
    page.ui.secret_edit.setText(SECRET)
    with qtbot.waitSignal(page.failed, timeout=5000):
        page.ui.save_secret_button.click()
    assert page.ui.error_panel.messages() == [
        "密钥名称：请先填写密钥名称，密钥将以此名称保存在系统密钥环中。"
    ]
    assert memory.values == {}


def test_without_a_keyring_a_warning_shows_and_secret_entry_is_off(qtbot, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    ctx = dataclasses.replace(demo_ctx, secrets=SecretStore(keyring.backends.fail.Keyring()))
    page = page_for(qtbot, ctx)
    ui = page.ui
    assert not ui.keyring_banner.isHidden()
    assert ui.keyring_banner.text() == KEYRING_WARNING.format(
        backend="keyring.backends.fail.Keyring"
    )
    assert "只能使用演练模式" in ui.keyring_banner.text()
    assert not ui.secret_edit.isEnabled()
    ui.secret_edit.setText(SECRET)
    assert not ui.save_secret_button.isEnabled()
    go_live(page, "sms", "https://dysmsapi.aliyuncs.com", "LTAI5tTest", "sms:LTAI5tTest")
    assert "本机密钥环不可用" in ui.mode_hint.text()
    with qtbot.waitSignal(page.failed, timeout=5000):
        page.save_secret()  # even when called directly, nothing is written anywhere
    assert page.ui.error_panel.messages()[0].startswith("密钥：本机没有可用的安全密钥环")
    assert cell(page, "sms", COL.SECRET) == "未设置（演练无需）"


def test_a_non_administrator_sees_the_accounts_read_only(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    page = page_for(qtbot, ctx, "li")
    ui = page.ui
    assert "只有管理员可以修改发布账号" in ui.me_label.text()
    assert ui.save_button.isHidden() and ui.secret_edit.isHidden()
    assert ui.save_secret_button.isHidden()
    assert ui.base_url_edit.isReadOnly() and ui.sms_recipients_edit.isReadOnly()
    assert not ui.mode_combo.isEnabled() and not ui.enabled_check.isEnabled()
    assert not ui.grace_spin.isEnabled() and not ui.mass_send_check.isEnabled()
    page.select("weibo")
    ui.name_edit.setText("@改名")  # were the form editable, the service still refuses
    with qtbot.waitSignal(page.failed, timeout=5000):
        page.save_account()
    assert ui.error_panel.messages() == ["需要“管理员”角色才能执行此操作。"]
    assert ctx.accounts.get("weibo").name == "@西安交警"


def test_the_settings_page_has_the_tab_before_the_audit_log(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    ctx.current.user = ctx.users.authenticate("admin", DEMO_PASSWORD)
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    labels = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert labels[labels.index("用户") + 1 :] == ["发布账号", "审计日志"]
    page.show_tab("发布账号")
    assert page.tabs.currentWidget() is page.accounts
    before = len(ctx.audit.entries("account", "weibo"))
    page.accounts.select("weibo")
    page.accounts.ui.rip_edit.setText("10.1.2.3")
    with qtbot.waitSignal(page.bus.changed, timeout=5000):
        page.accounts.save_account()
    assert ctx.accounts.get("weibo").options["rip"] == "10.1.2.3"
    assert len(ctx.audit.entries("account", "weibo")) == before + 1
