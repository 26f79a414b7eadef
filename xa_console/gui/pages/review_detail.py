"""The right-hand side of 审核: one draft's state, content hash, approval chain, channel texts
and comments, with the actions the signed-in user may take.

What is shown is exactly what gets approved: the channel texts are rendered from the stored
draft and their hash is compared with the one approval binds to; when they differ (a template
changed since the draft was saved) 通过 is refused until the editor saves the draft again.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QListWidgetItem, QPushButton, QWidget

from xa_console.domain.errors import DomainError, fail
from xa_console.domain.review.workflow import (
    Action,
    Approval,
    ReviewState,
    Role,
    State,
    check_action,
    content_hash,
)
from xa_console.gui.forms.ui_review_detail import Ui_ReviewDetail
from xa_console.gui.models.draft_model import kind_label
from xa_console.gui.pages.review_chain import chain_rows
from xa_console.gui.review_text import STATE_COLOURS, describe_refusal, state_label
from xa_console.services.drafting import Workbench
from xa_console.services.review import Comment, ReviewInfo
from xa_console.services.users import User

HASH_TIP = (
    "内容摘要（SHA-256）：{full}\n"
    "由全部渠道的发布文字计算得出，审核和签发都绑定到这个摘要。\n"
    "通过后只要改动任何一个字，摘要就会变化，已有的签批随之失效，须重新审核。"
)
TEMPLATE_DRIFT = (
    "各渠道文字与提交审核时的内容摘要不一致（模板可能已修改）。"
    "请编辑打开并重新保存这份草稿后再审核。"
)
# Refusals about the person, not the level: worth a line under the buttons, not only a tooltip.
_PERSONAL = frozenset(
    describe_refusal(fail(code, "user"))
    for code in ("workflow.self_approval", "workflow.same_approver")
)
_CARD_STYLE = """
QFrame#chain_card, QFrame#comments_card, QFrame#channels_card { background: #FFFFFF;
    border: 1px solid #DCE3EC; border-radius: 8px; }
QFrame#chain_card QLabel, QFrame#comments_card QLabel, QFrame#channels_card QLabel {
    background: transparent; border: none; }
QLabel#chain_title, QLabel#comments_title, QLabel#channels_title { color: #5F6B7A;
    font-size: 9pt; font-weight: bold; }
QLabel#title_label { font-size: 14pt; font-weight: bold; color: #1F2A37; }
QLabel#meta_label { color: #4B5563; }
QLabel#hash_label { color: #4B5563; font-family: monospace; }
QLabel#action_hint_label { color: #8A5300; }
QLabel#empty_label { color: #6B7280; font-size: 11pt; }
QTextBrowser, QListWidget { border: 1px solid #E3E8EF; border-radius: 4px; }
"""


@dataclass(frozen=True)
class ChannelText:
    """One channel's fields as the reviewer reads them."""

    id: str
    name: str
    fields: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class EmergencyNote:
    """Who published at once, when, and why."""

    signer: str
    at: str
    reason: str


@dataclass(frozen=True)
class DetailData:
    """Everything the detail shows of one draft (read in one go by the page)."""

    info: ReviewInfo
    kind: str
    day: str
    author: str
    channels: tuple[ChannelText, ...]
    shown_hash: str
    comments: tuple[Comment, ...]
    emergency: EmergencyNote | None = None


def channel_texts(wb: Workbench) -> tuple[tuple[ChannelText, ...], str]:
    """The texts of every channel in order and the content hash they amount to."""
    out = []
    for c in wb.channels:
        labels = {f.name: f.label for f in c.spec.fields}
        names = [f.name for f in c.spec.fields] + sorted(set(c.current.fields) - set(labels))
        fields = tuple((labels.get(n, n), c.current.get(n)) for n in names if c.current.get(n))
        out.append(ChannelText(c.spec.id, c.spec.name_zh, fields))
    shown = content_hash({c.spec.id: c.current.fields for c in wb.channels})
    return tuple(out), shown


def review_state(info: ReviewInfo, single_seat: bool) -> ReviewState:
    """The workflow's view of ``info`` (single seat: nobody counts as the author)."""
    approvals = tuple(
        Approval(d.level, d.role, -1 if single_seat else d.user_id, d.content_hash)
        for d in info.decisions
        if d.decision == "approve"
    )
    author = -1 if single_seat else info.author_id or 0
    editor = -1 if single_seat else info.last_editor_id or 0
    return ReviewState(State(info.state), author, editor, info.content_hash, approvals, info.levels)


def refusal(info: ReviewInfo, action: Action, user: User | None, single_seat: bool) -> str | None:
    """Why ``user`` may not take ``action`` now (None when they may)."""
    if user is None:
        return "请先登录。"
    if action is Action.WITHDRAW and not {Role.EDITOR, Role.SIGNER, Role.ADMIN} & set(user.roles):
        return describe_refusal(fail("workflow.role_required", "role", role=Role.SIGNER.value))
    if action is Action.POST_REVIEW:
        if not info.needs_post_review:
            return "这份通告不需要事后补审。"
        if not single_seat and user.id in (info.author_id, info.emergency_by):
            return "不能补审自己起草或紧急签发的通告，请由其他审核人员补审。"
    if action is Action.EMERGENCY and info.state not in (State.DRAFT, State.IN_REVIEW):
        return f"当前状态（{state_label(info.state)}）下不需要紧急发布。"
    try:
        check_action(review_state(info, single_seat), action, user.id, user.roles)
    except DomainError as exc:
        return describe_refusal(exc)
    return None


def visible_actions(user: User | None) -> set[Action]:
    """The buttons worth showing to ``user`` (the others are never theirs)."""
    roles = set(user.roles) if user else set()
    shown = set()
    if roles & {Role.EDITOR, Role.ADMIN}:
        shown.add(Action.SUBMIT)
    if roles & {Role.REVIEWER, Role.SIGNER}:
        shown |= {Action.APPROVE, Action.REJECT, Action.POST_REVIEW}
    if roles & {Role.EDITOR, Role.SIGNER, Role.ADMIN}:
        shown.add(Action.WITHDRAW)
    if Role.SIGNER in roles:
        shown.add(Action.EMERGENCY)
    return shown


class ReviewDetail(QWidget):
    """Shows one draft; the buttons emit ``action_requested(Action)`` for the page to carry out."""

    action_requested = Signal(object)  # Action
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReviewDetail()
        self.ui.setupUi(self)
        self.setStyleSheet(_CARD_STYLE)
        self.data: DetailData | None = None
        ui = self.ui
        self.buttons: dict[Action, QPushButton] = {
            Action.SUBMIT: ui.submit_button,
            Action.APPROVE: ui.approve_button,
            Action.REJECT: ui.reject_button,
            Action.WITHDRAW: ui.withdraw_button,
            Action.EMERGENCY: ui.emergency_button,
            Action.POST_REVIEW: ui.post_review_button,
        }
        for action, button in self.buttons.items():
            button.clicked.connect(lambda _c=False, a=action: self.action_requested.emit(a))
        ui.export_button.clicked.connect(self.export_requested.emit)
        ui.channel_list.currentRowChanged.connect(self._jump_to_channel)
        ui.body_splitter.setStretchFactor(0, 2)
        ui.body_splitter.setStretchFactor(1, 3)
        ui.body_splitter.setSizes([260, 420])
        ui.notice_label.hide()
        ui.action_hint_label.hide()
        ui.result_label.hide()
        ui.result_label.setStyleSheet(
            "background:#E3F4E8; color:#1E6B3A; border:1px solid #B7DFC3;"
            " border-radius:4px; padding:6px 10px;"
        )
        self.show_empty()

    # ----- showing ---------------------------------------------------------------------------
    def show_empty(self, text: str | None = None) -> None:
        """No draft selected."""
        self.data = None
        if text:
            self.ui.empty_label.setText(text)
        self.ui.detail_stack.setCurrentWidget(self.ui.empty_page)

    def show_data(self, data: DetailData, user: User | None, single_seat: bool) -> None:
        """Fill every part of the detail from ``data``; keeps the channel scrolled to."""
        same = self.data is not None and self.data.info.draft_id == data.info.draft_id
        self.data = data
        ui, info = self.ui, data.info
        if not same:
            self.clear_refusal()
            self.show_result("")
        ui.detail_stack.setCurrentWidget(ui.content_page)
        ui.title_label.setText(info.title)
        colour, background = STATE_COLOURS.get(info.state, ("#1F2A37", "#EEF1F5"))
        ui.state_label.setText(state_label(info.state))
        ui.state_label.setStyleSheet(
            f"color:{colour}; background:{background}; border-radius:9px;"
            " padding:2px 10px; font-weight:bold;"
        )
        ui.meta_label.setText(f"{kind_label(data.kind)} · {data.day} · 起草 {data.author or '—'}")
        ui.hash_label.setText(f"内容摘要 {info.content_hash[:8]}")
        ui.hash_label.setToolTip(HASH_TIP.format(full=info.content_hash))
        note = data.emergency
        emergency = (note.signer, note.at, note.reason) if note else None
        ui.chain_view.set_rows(chain_rows(info, data.author, emergency))
        ui.comments_view.set_comments(data.comments)
        ui.comments_title.setText(f"评论（{len(data.comments)}）")
        self._show_notice(data)
        self._show_channels(data, keep=same)
        self.update_actions(user, single_seat)

    def update_actions(self, user: User | None, single_seat: bool) -> None:
        """Show the buttons of the user's roles; disable (with the reason) what is refused."""
        data = self.data
        if data is None:
            return
        info = data.info
        shown = visible_actions(user)
        self.ui.approve_button.setText("签发" if info.next_role is Role.SIGNER else "通过")
        hints = []
        for action, button in self.buttons.items():
            why = refusal(info, action, user, single_seat)
            if action is Action.APPROVE and why is None and data.shown_hash != info.content_hash:
                why = TEMPLATE_DRIFT
            wanted = action is not Action.POST_REVIEW or info.needs_post_review
            button.setVisible(action in shown and wanted)
            button.setEnabled(why is None)
            button.setToolTip(why or "")
            if action is Action.APPROVE and action in shown and why in _PERSONAL:
                hints.append(f"不能{button.text()}：{why}")
        self.ui.action_hint_label.setText("\n".join(hints))
        self.ui.action_hint_label.setVisible(bool(hints))

    def _show_notice(self, data: DetailData) -> None:
        lines = []
        if data.emergency is not None or data.info.needs_post_review:
            note = data.emergency
            who = f"{note.signer}于 {note.at} " if note else ""
            reason = note.reason if note else data.info.emergency_reason
            lines.append(f"⚠ 紧急发布：{who}未经逐级审核直接签发，待事后补审。理由：{reason}")
        if data.shown_hash != data.info.content_hash:
            lines.append(f"⚠ {TEMPLATE_DRIFT}")
        label = self.ui.notice_label
        label.setText("\n".join(lines))
        label.setStyleSheet(
            "background:#FFF4D6; color:#8A5300; border:1px solid #F0D49A;"
            " border-radius:4px; padding:6px 10px;"
        )
        label.setVisible(bool(lines))

    def _show_channels(self, data: DetailData, keep: bool) -> None:
        ui = self.ui
        row = ui.channel_list.currentRow() if keep else 0
        scroll = ui.channel_browser.verticalScrollBar().value() if keep else 0
        ui.channel_list.blockSignals(True)
        ui.channel_list.clear()
        for ch in data.channels:
            item = QListWidgetItem(ch.name)
            item.setToolTip(f"跳到“{ch.name}”")
            ui.channel_list.addItem(item)
        ui.channel_list.setCurrentRow(max(0, min(row, len(data.channels) - 1)))
        ui.channel_list.blockSignals(False)
        ui.channel_browser.setHtml(channels_html(data.channels))
        ui.channel_browser.verticalScrollBar().setValue(scroll)

    def _jump_to_channel(self, row: int) -> None:
        if self.data is not None and 0 <= row < len(self.data.channels):
            self.ui.channel_browser.scrollToAnchor(f"ch_{self.data.channels[row].id}")

    # ----- errors ----------------------------------------------------------------------------
    def show_refusal(self, exc: BaseException, title: str = "操作未完成：") -> None:
        """Show a refusal in the red panel (every issue in Chinese)."""
        self.ui.error_panel.show_messages(describe_refusal(exc).splitlines(), title)

    def clear_refusal(self) -> None:
        """Hide the red panel."""
        self.ui.error_panel.clear()

    def show_result(self, text: str) -> None:
        """A green line saying what was done (empty: hide it)."""
        self.ui.result_label.setText(text)
        self.ui.result_label.setVisible(bool(text))


def channels_html(channels: tuple[ChannelText, ...]) -> str:
    """Every channel's fields, each channel under an anchor the list jumps to."""
    parts = []
    for ch in channels:
        parts.append(
            f'<a name="ch_{ch.id}"></a><h3 style="color:#123E74; margin-top:14px;'
            f' margin-bottom:4px">{html.escape(ch.name)}</h3>'
        )
        for label, text in ch.fields:
            body = html.escape(text).replace("\n", "<br>")
            parts.append(
                f'<p style="color:#6B7280; margin:6px 0 0 0; font-size:9pt">'
                f"{html.escape(label)}（{len(text)} 字）</p>"
                f'<p style="margin:2px 0 6px 0">{body}</p>'
            )
    return "".join(parts)
