"""The account fields of 设置 › 发布账号: fills them from an :class:`Account` and reads them back.

Only the fields of the selected channel are read; options the form does not show (and options
never set, whose defaults live in the services) are carried over untouched.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from xa_console.domain.errors import DomainError
from xa_console.gui.errors import set_invalid
from xa_console.gui.forms.ui_accounts_page import Ui_AccountsPage
from xa_console.services.accounts import REAL_BASE_URL, Account

MODES = (("演练（发往内置模拟平台）", True), ("正式（发往真实平台）", False))
REHEARSAL_HINT = "演练：发布请求发往限行发布台内置的模拟平台，不会触达真实账号，也不需要密钥。"
LIVE_HINT = "正式：发布请求发往下面的接口地址，需要 {app_id}、密钥名称和本机密钥环中的密钥。"
NO_KEYRING_HINT = "本机密钥环不可用，在本机正式发送会失败。"
OPTION_NOTES = {
    "wechat_article": "不勾选群发时，图文以“发表”方式发出：出现在公众号主页和历史消息中，"
    "但不推送给关注者，也不占用群发次数。",
    "wechat_reminder": "限行提醒以服务号模板消息逐个发给下列关注者；模板须先在服务号后台添加。",
    "weibo": "微博以授权账号的 Access Token 发布，令牌作为密钥保存在系统密钥环中。",
    "sms": "短信经阿里云短信服务发送；签名和模板须先在短信平台审核通过。",
}
_APP_ID_LABEL = {"wechat_article": "AppID", "wechat_reminder": "AppID", "weibo": "App Key"}
_SECRET_KIND = {"wechat_article": "AppSecret", "wechat_reminder": "AppSecret"}
_SECRET_KIND |= {"weibo": "Access Token", "sms": "AccessKeySecret"}
_REF_PREFIX = {"wechat_article": "wechat", "wechat_reminder": "wechat", "weibo": "weibo"}
_PAGES = {"wechat_article": 0, "wechat_reminder": 1, "weibo": 2, "sms": 3}


def restyle(widget: QWidget, name: str, value: object) -> None:
    """Set a property the style sheet selects on, and re-apply the sheet."""
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def app_id_label(channel: str) -> str:
    """What the channel calls its public id: AppID, App Key or AccessKeyId."""
    return _APP_ID_LABEL.get(channel, "AccessKeyId")


def _lines(edit: QPlainTextEdit) -> list[str]:
    return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]


class AccountForm:
    """Shows one account in the page's fields (``channel``) and builds the edited account."""

    def __init__(self, ui: Ui_AccountsPage) -> None:
        self.ui = ui
        self.channel = ""
        for text, rehearsal in MODES:
            ui.mode_combo.addItem(text, rehearsal)
        ui.grace_spin.setMaximum(24 * 60)
        ui.reminder_recipients_edit.setMaximumHeight(96)
        ui.sms_recipients_edit.setMaximumHeight(96)
        ui.mass_send_check.toggled.connect(lambda on: restyle(ui.mass_send_warning, "active", on))
        ui.app_id_edit.textChanged.connect(lambda _: self._suggest_ref())

    def rehearsal(self) -> bool:
        """True while the mode chosen is 演练."""
        return bool(self.ui.mode_combo.currentData())

    def show(self, a: Account, title: str) -> None:
        """Fill every field from ``a``; ``title`` names the account above the secret entry."""
        self.channel = channel = a.channel
        ui, o = self.ui, a.options
        ui.mode_combo.setCurrentIndex(0 if a.rehearsal else 1)
        ui.name_edit.setText(a.name)
        ui.base_url_edit.setText(a.base_url)
        ui.base_url_edit.setPlaceholderText(REAL_BASE_URL.get(channel, "https://"))
        ui.app_id_label.setText(app_id_label(channel))
        ui.app_id_edit.setText(a.app_id)
        ui.secret_ref_edit.setText(a.secret_ref)
        ui.grace_spin.setValue(a.grace_minutes)
        ui.enabled_check.setChecked(a.enabled)
        ui.options_stack.setCurrentIndex(_PAGES.get(channel, 0))
        ui.options_note.setText(OPTION_NOTES.get(channel, ""))
        ui.author_edit.setText(str(o.get("author", "")))
        ui.mass_send_check.setChecked(bool(o.get("mass_send", False)))
        restyle(ui.mass_send_warning, "active", ui.mass_send_check.isChecked())
        ui.template_id_edit.setText(str(o.get("template_id", "")))
        ui.link_url_edit.setText(str(o.get("url", "")))
        ui.rip_edit.setText(str(o.get("rip", "")))
        ui.sign_name_edit.setText(str(o.get("sign_name", "")))
        ui.template_code_edit.setText(str(o.get("template_code", "")))
        ui.param_name_edit.setText(str(o.get("param_name", "")))
        recipients = "\n".join(a.recipients)
        ui.reminder_recipients_edit.setPlainText(recipients if channel != "sms" else "")
        ui.sms_recipients_edit.setPlainText(recipients if channel == "sms" else "")
        ui.secret_label.setText(f"密钥（{_SECRET_KIND.get(channel, '密钥')}）")
        ui.secret_edit.clear()
        ui.secret_group.setTitle(f"密钥：{title}")
        self._suggest_ref()
        self.mark_invalid(None)

    def read(self, base: Account) -> Account:
        """``base`` with the form's values (unknown options are carried over)."""
        ui = self.ui
        options = dict(base.options)
        options["rehearsal"] = self.rehearsal()
        grace = ui.grace_spin.value()
        if "grace_minutes" in options or grace != base.grace_minutes:
            options["grace_minutes"] = grace
        self._read_options(base.channel, options)
        return dataclasses.replace(
            base,
            name=ui.name_edit.text().strip(),
            base_url=ui.base_url_edit.text().strip(),
            app_id=ui.app_id_edit.text().strip(),
            secret_ref=ui.secret_ref_edit.text().strip(),
            options=options,
            enabled=ui.enabled_check.isChecked(),
        )

    def _read_options(self, channel: str, options: dict[str, Any]) -> None:
        ui = self.ui
        texts: dict[str, dict[str, QLineEdit]] = {
            "wechat_article": {"author": ui.author_edit},
            "wechat_reminder": {"template_id": ui.template_id_edit, "url": ui.link_url_edit},
            "weibo": {"rip": ui.rip_edit},
            "sms": {
                "sign_name": ui.sign_name_edit,
                "template_code": ui.template_code_edit,
                "param_name": ui.param_name_edit,
            },
        }
        for key, edit in texts.get(channel, {}).items():
            value = edit.text().strip()
            if value or key in options:  # an option never set stays unset (its default)
                options[key] = value
        mass = ui.mass_send_check.isChecked()
        if channel == "wechat_article" and (mass or "mass_send" in options):
            options["mass_send"] = mass
        lists = {"wechat_reminder": ui.reminder_recipients_edit, "sms": ui.sms_recipients_edit}
        if channel in lists:
            recipients = _lines(lists[channel])
            if recipients or "recipients" in options:
                options["recipients"] = recipients

    def show_mode(self, keyring_usable: bool) -> None:
        """Explain where the chosen mode sends to."""
        if self.rehearsal():
            text = REHEARSAL_HINT
        else:
            text = LIVE_HINT.format(app_id=app_id_label(self.channel))
            text += "" if keyring_usable else NO_KEYRING_HINT
        self.ui.mode_hint.setText(text)

    def _suggest_ref(self) -> None:
        prefix = _REF_PREFIX.get(self.channel, "sms")
        app_id = self.ui.app_id_edit.text().strip() or f"<{app_id_label(self.channel)}>"
        self.ui.secret_ref_edit.setPlaceholderText(f"如 {prefix}:{app_id}")

    def set_editable(self, editable: bool) -> None:
        """Read-only for those who may look but not change: text stays selectable."""
        ui = self.ui
        kinds = (QLineEdit, QPlainTextEdit, QComboBox, QSpinBox, QAbstractButton)
        for group in (ui.account_group, ui.options_group):
            for w in group.findChildren(QWidget):
                if not isinstance(w, kinds) or isinstance(w.parent(), QSpinBox):
                    continue  # a spin box's own line edit follows the spin box
                if isinstance(w, QLineEdit | QPlainTextEdit):
                    w.setReadOnly(not editable)
                else:
                    w.setEnabled(editable)

    def mark_invalid(self, exc: BaseException | None) -> None:
        """Frame in red the fields a refusal names (none when ``exc`` is None)."""
        ui = self.ui
        widgets: dict[str, QWidget] = {
            "base_url": ui.base_url_edit,
            "app_id": ui.app_id_edit,
            "secret_ref": ui.secret_ref_edit,
            "grace_minutes": ui.grace_spin,
            "recipients": ui.sms_recipients_edit,
            "secret": ui.secret_edit,
        }
        fields = {i.field for i in exc.issues} if isinstance(exc, DomainError) else set()
        for name, widget in widgets.items():
            set_invalid(widget, name in fields)
