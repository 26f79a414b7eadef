"""设置 › 发布账号: the four API accounts (订阅号图文, 服务号提醒, 微博, 短信), their mode, address,
public id, keyring key name, grace window and channel options, and the secret entry.

Every account starts in 演练 (rehearsal): sends go to the bundled simulated platforms. An
administrator switches one to 正式 by entering the real address, the public id and a key name,
and puts the secret into the OS keyring here. Secrets are never shown back, logged or stored
anywhere else: the field is write-only and cleared once the keyring holds the value; the page
only says 已保存 / 未设置. Without a secure keyring a red banner says so and secret entry is off.

The service checks every field and decides who may save; refusals are shown in Chinese and the
form keeps the user's edits. Writes run on the serial write pool.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QHeaderView, QScrollArea, QVBoxLayout, QWidget

from xa_console.context import AppContext
from xa_console.domain.errors import fail
from xa_console.domain.review.workflow import Role
from xa_console.gui.bus import ChangeBus
from xa_console.gui.errors import INVALID_STYLE, set_invalid
from xa_console.gui.forms.ui_accounts_page import Ui_AccountsPage
from xa_console.gui.models.account_model import SECRET_SAVED, SECRET_UNSET, AccountModel, AccountRow
from xa_console.gui.pages.account_form import AccountForm, restyle
from xa_console.gui.review_text import describe_refusal
from xa_console.gui.tables import prepare_table
from xa_console.gui.tasks import run_in_background
from xa_console.services.accounts import API_CHANNELS, Account
from xa_console.services.changes import Changes

KEYRING_WARNING = (
    "本机没有可用的安全密钥环（后端：{backend}）。正式账号的密钥无法保存，只能使用演练模式。"
    "请安装并解锁系统密钥环（Windows 凭据管理器、macOS 钥匙串或 GNOME Keyring）。"
)
NEED_SECRET_REF = "密钥名称：请先填写密钥名称，密钥将以此名称保存在系统密钥环中。"
_STYLE = (
    INVALID_STYLE
    + """
QLabel#keyring_banner { background: #FDECEA; color: #8A1C12; border: 1px solid #E8A29B;
    border-left: 5px solid #D93025; border-radius: 4px; padding: 10px 12px; font-weight: bold; }
QLabel#result_label { background: #E3F4E8; color: #1E6B3A; border: 1px solid #B7DFC3;
    border-radius: 4px; padding: 6px 10px; }
QWidget#AccountsPage { background: #F4F6F9; }
QLabel#me_label { color: #374151; }
QLineEdit:read-only, QPlainTextEdit[readOnly="true"] { background: #F3F5F8; color: #374151; }
QLabel#mode_hint, QLabel#secret_hint { color: #5F6B7A; }
QLabel#options_note { color: #5F6B7A; padding-bottom: 4px; }
QLabel#mass_send_warning { color: #5F6B7A; padding: 6px 0; }
QLabel#mass_send_warning[active="true"] { color: #8A4B00; background: #FFF6E0;
    border: 1px solid #F0D9A0; border-radius: 4px; padding: 6px 8px; font-weight: bold; }
QLabel#secret_status_label { color: #5F6B7A; }
QLabel#secret_status_label[tone="saved"] { color: #1E6B3A; font-weight: bold; }
QLabel#secret_status_label[tone="missing"] { color: #A50E0E; font-weight: bold; }
QGroupBox { font-weight: bold; color: #1F2A37; }
QGroupBox QLabel, QGroupBox QCheckBox, QGroupBox QLineEdit, QGroupBox QComboBox,
QGroupBox QSpinBox, QGroupBox QPlainTextEdit, QGroupBox QPushButton { font-weight: normal; }
"""
)


class AccountsPage(QWidget):
    """The account list above, the selected account's form below."""

    saved = Signal(str)  # channel whose account was stored
    secret_saved = Signal(str)  # key name a secret was stored under
    failed = Signal(str)  # the Chinese text of a refusal (after it is shown)

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, bus: ChangeBus | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("accounts_page")
        self.ui = Ui_AccountsPage()
        content = QWidget()
        self.ui.setupUi(content)
        scroll = QScrollArea(self)  # small screens scroll instead of squeezing the form
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.setStyleSheet(_STYLE)
        self._ctx = ctx
        self._bus = bus
        self.model = AccountModel(self)
        self.form = AccountForm(self.ui)
        self._saved: dict[str, Account] = {}
        self._drafts: dict[str, Account] = {}
        self._current: str | None = None
        self._known: dict[str, bool] = {}  # key name -> secret present (asked on reload)
        self._loading = False
        self._setup()
        self.reload()

    def _setup(self) -> None:
        ui = self.ui
        t = ui.accounts_table
        t.setModel(self.model)
        prepare_table(t)
        header = t.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in zip(AccountModel.Column, (150, 170, 70, 300, 150), strict=False):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        ui.error_panel.hide()
        ui.result_label.hide()
        ui.save_button.clicked.connect(self.save_account)
        ui.revert_button.clicked.connect(self.revert)
        ui.save_secret_button.clicked.connect(self.save_secret)
        ui.mode_combo.currentIndexChanged.connect(lambda _: self._show_mode())
        ui.secret_edit.textChanged.connect(lambda _: self._fit_secret_entry())
        ui.secret_ref_edit.textChanged.connect(lambda _: self._show_secret_status())
        ui.secret_ref_edit.editingFinished.connect(lambda: self._show_secret_status(ask=True))
        t.selectionModel().currentRowChanged.connect(lambda *_: self._on_row_changed())

    def showEvent(self, event: QShowEvent) -> None:
        # Who is signed in and whether the keyring is unlocked may have changed while hidden.
        self._show_rights()
        self._show_mode()
        super().showEvent(event)

    # ----- reading ---------------------------------------------------------------------------
    def is_admin(self) -> bool:
        """True when the signed-in user may change accounts."""
        me = self._ctx.current.user
        return me is not None and me.has(Role.ADMIN)

    def keyring_usable(self) -> bool:
        """True when secrets can be kept in a secure OS keyring."""
        return self._ctx.secrets.status().usable

    def reload(self) -> None:
        """Re-read the accounts; unsaved edits of every account are kept."""
        self._stash()
        self._known.clear()
        by_channel = {a.channel: a for a in self._ctx.accounts.accounts()}
        self._saved = {c: by_channel.get(c) or self._ctx.accounts.get(c) for c in API_CHANNELS}
        names = self._channel_names()
        rows = [
            AccountRow(a, names.get(c, c), self._has_secret(a.secret_ref))
            for c, a in self._saved.items()
        ]
        keep = self._current or API_CHANNELS[0]
        self._loading = True
        try:
            self.model.set_rows(rows)
            self.model.set_dirty(self._drafts)
            self.ui.accounts_table.selectRow(self.model.row_of(keep) or 0)
        finally:
            self._loading = False
        self._fit_table_height()
        self._show_rights()
        self._show(self.selected_channel())

    def selected_channel(self) -> str | None:
        """The channel of the account selected in the list."""
        index = self.ui.accounts_table.currentIndex()
        return self.model.row(index.row()).account.channel if index.isValid() else None

    def select(self, channel: str) -> None:
        """Select a channel's account (its form replaces the one shown)."""
        row = self.model.row_of(channel)
        if row is not None:
            self.ui.accounts_table.selectRow(row)

    def _channel_names(self) -> dict[str, str]:
        return {c.id: c.name_zh for c in self._ctx.channels.book().channels}

    def _has_secret(self, ref: str, *, ask: bool = True) -> bool:
        """Whether the keyring holds ``ref``; ``ask=False`` answers from the last look-up
        (typing must not reach the keyring, which may be slow or prompt to unlock)."""
        if ask and ref:
            self._known[ref] = self.keyring_usable() and self._ctx.secrets.has(ref)
        return self._known.get(ref, False)

    def _fit_table_height(self) -> None:
        t = self.ui.accounts_table
        rows = max(self.model.rowCount(), 1)
        height = t.horizontalHeader().sizeHint().height() + 2 * t.frameWidth() + 2
        t.setFixedHeight(height + rows * t.verticalHeader().defaultSectionSize())

    def _show_rights(self) -> None:
        ui, admin, usable = self.ui, self.is_admin(), self.keyring_usable()
        status = self._ctx.secrets.status()
        ui.keyring_banner.setText(KEYRING_WARNING.format(backend=status.backend))
        ui.keyring_banner.setVisible(not usable)
        ui.me_label.setText(
            "演练模式的账号把发布请求发往内置的模拟平台，用于培训和演示；"
            "切换为正式前，请核对接口地址、AppID 和密钥。"
            + ("" if admin else "只有管理员可以修改发布账号，您可以查看各账号的设置。")
        )
        self.form.set_editable(admin)
        for widget in (ui.save_button, ui.revert_button, ui.secret_label, ui.secret_edit):
            widget.setVisible(admin)
        ui.save_secret_button.setVisible(admin)
        ui.secret_hint.setVisible(admin)
        ui.secret_edit.setEnabled(admin and usable)
        self._fit_secret_entry()

    # ----- the form --------------------------------------------------------------------------
    def _on_row_changed(self) -> None:
        if self._loading:
            return
        self._stash()
        self.ui.error_panel.clear()
        self.ui.result_label.hide()
        self._show(self.selected_channel())

    def _stash(self) -> None:
        """Keep the form's edits of the account shown (dropped when equal to the stored one)."""
        channel = self._current
        if channel is None or channel not in self._saved:
            return
        form = self.form_account()
        if form == self._saved[channel]:
            self._drafts.pop(channel, None)
        else:
            self._drafts[channel] = form
        self.model.set_dirty(self._drafts)

    def _show(self, channel: str | None) -> None:
        self._current = channel
        if channel is None:
            return
        self.form.show(self._drafts.get(channel) or self._saved[channel], self._saved[channel].name)
        self._show_mode()

    def form_account(self) -> Account:
        """The account as the form shows it."""
        channel = self._current or API_CHANNELS[0]
        return self.form.read(self._saved.get(channel) or Account(channel))

    def _show_mode(self) -> None:
        self.form.show_mode(self.keyring_usable())
        self._show_secret_status(ask=True)

    def _show_secret_status(self, *, ask: bool = False) -> None:
        ref = self.ui.secret_ref_edit.text().strip()
        rehearsal = self.form.rehearsal()
        label = self.ui.secret_status_label
        if self._has_secret(ref, ask=ask):
            text, tone = f"{SECRET_SAVED}（系统密钥环中的“{ref}”）", "saved"
        elif rehearsal:
            text, tone = f"{SECRET_UNSET}（演练模式不需要密钥）", "rehearsal"
        else:
            text, tone = SECRET_UNSET + ("" if ref else "（请先填写密钥名称）"), "missing"
        label.setText(text)
        restyle(label, "tone", tone)

    def _fit_secret_entry(self) -> None:
        ui = self.ui
        ready = self.is_admin() and self.keyring_usable() and bool(ui.secret_edit.text())
        ui.save_secret_button.setEnabled(ready)

    # ----- writing ---------------------------------------------------------------------------
    def save_account(self) -> None:
        """Store the form's account (checked by the service); ``saved`` or ``failed`` follows."""
        me = self._ctx.current.user
        if me is None:
            self._refuse(fail("workflow.role_required", "role", role=Role.ADMIN.value))
            return
        account, accounts = self.form_account(), self._ctx.accounts
        self._start(lambda: accounts.save(me, account), lambda c: self._account_saved(account, c))

    def save_secret(self) -> None:
        """Put the typed secret into the keyring under the key name; the field is then cleared."""
        ref, value = self.ui.secret_ref_edit.text().strip(), self.ui.secret_edit.text()
        if not ref:
            self._show_errors([NEED_SECRET_REF])
            set_invalid(self.ui.secret_ref_edit, True)
            return
        secrets = self._ctx.secrets
        self._start(lambda: secrets.set(ref, value), lambda _: self._secret_stored(ref))

    def revert(self) -> None:
        """Forget the unsaved edits of the account shown."""
        if self._current is not None:
            self._drafts.pop(self._current, None)
            self.model.set_dirty(self._drafts)
            self.ui.error_panel.clear()
            self._show(self._current)

    def _start(self, fn: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        self._set_busy(True)
        run_in_background(fn, on_done, self._refuse, write=True)

    def _set_busy(self, busy: bool) -> None:
        self.ui.save_button.setEnabled(not busy)
        self.ui.accounts_table.setEnabled(not busy)
        if busy:
            self.ui.save_secret_button.setEnabled(False)
        else:
            self._fit_secret_entry()

    def _account_saved(self, account: Account, changes: Changes) -> None:
        self._set_busy(False)
        self._drafts.pop(account.channel, None)
        self._saved[account.channel] = account  # so reload() finds no edit left to keep
        mode = "演练" if account.rehearsal else "正式"
        self._done(f"已保存“{account.name}”的账号设置（{mode}）。")
        self.reload()
        if self._bus is not None:
            self._bus.publish(changes)
        self.saved.emit(account.channel)

    def _secret_stored(self, ref: str) -> None:
        self._set_busy(False)
        self.ui.secret_edit.clear()
        self._done(f"密钥已保存到系统密钥环（密钥名称“{ref}”）。")
        self.reload()
        self.secret_saved.emit(ref)

    def _done(self, message: str) -> None:
        self.ui.error_panel.clear()
        self.form.mark_invalid(None)
        self.ui.result_label.setText(message)
        self.ui.result_label.show()

    def _refuse(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.form.mark_invalid(exc)
        self._show_errors(describe_refusal(exc).splitlines())

    def _show_errors(self, lines: list[str]) -> None:
        self.ui.result_label.hide()
        self.ui.error_panel.show_messages(lines, "未能保存：")
        self.failed.emit("\n".join(lines))
