"""The 高级（JSON） editor of 设置 › 渠道规则, and how refused channel values are named in Chinese.

``ChannelService.save_channel`` names a bad value by its path, e.g.
``channels.weibo.fields.status.max``; :func:`path_label` turns that into
``微博 › 正文（status） › 上限`` and :func:`line_of_path` finds the line to mark in the JSON.
"""

from __future__ import annotations

import getpass
import re
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from xa_console.context import AppContext
from xa_console.domain.errors import DomainError, Issue
from xa_console.gui import prompts
from xa_console.gui.errors import ErrorPanel, describe_exception, describe_issue
from xa_console.gui.forms.ui_channel_limits import Ui_ChannelLimits
from xa_console.gui.pages.notice_fields import parse_rule_json, rule_json
from xa_console.gui.undo import run_write
from xa_console.services.changes import Changes
from xa_console.services.channels import KEYWORD_TYPES

KEY_LABELS = {
    "max": "上限",
    "min": "下限",
    "max_bytes": "字节上限",
    "counting": "计数方式",
    "keyword_type": "关键词类型",
    "forbid": "禁止模式",
    "charset": "允许字符",
    "require_url_domains": "安全域名",
    "max_topics": "话题上限",
    "sms": "短信计费",
    "signature": "签名",
    "main": "主字段",
    "pattern": "格式",
    "format": "文件格式",
    "keyword_types": "关键词类型",
}
SAVE_TITLE = "未能保存，请修改以下问题："
KEYWORD_TYPES_LABEL = "关键词类型（服务号模板消息）"
_INDEXED = re.compile(r"^(?P<name>[^\[]+)\[(?P<i>\d+)\]$")


def path_label(path: str, names: dict[str, str], docs: dict[str, dict[str, Any]]) -> str:
    """``channels.weibo.fields.status.max`` → ``微博 › 正文（status） › 上限``."""
    parts = [p for p in path.split(".") if p]
    out: list[str] = []
    cid = ""
    if len(parts) >= 2 and parts[0] == "channels":
        cid, parts = parts[1], parts[2:]
        out.append(names.get(cid, cid))
    while parts:
        seg, parts = parts[0], parts[1:]
        if seg == "fields" and parts:
            field = docs.get(cid, {}).get("fields", {}).get(parts[0], {})
            label = field.get("label") if isinstance(field, dict) else None
            out.append(f"{label}（{parts[0]}）" if label else parts[0])
            parts = parts[1:]
            continue
        m = _INDEXED.match(seg)
        if m:
            out.append(f"{KEY_LABELS.get(m['name'], m['name'])}（第{int(m['i']) + 1}项）")
        else:
            out.append(KEY_LABELS.get(seg, seg))
    return " › ".join(out) or path


def line_of_path(text: str, path: str) -> int | None:
    """1-based line of a refused value in pretty-printed JSON of one channel (best effort)."""
    parts = path.split(".")
    if parts[:1] == ["channels"]:
        parts = parts[2:]
    elif parts[:1] == ["keyword_types"]:
        parts = parts[1:]
    keys = [_INDEXED.sub(r"\g<name>", p) for p in parts if p != "fields"]
    lines = text.splitlines()
    at, found = 0, None
    for key in keys:
        needle = f'"{key}"'
        hit = next((i for i in range(at, len(lines)) if needle in lines[i]), None)
        if hit is not None:
            at, found = hit, hit + 1
    return found


def issue_texts(
    ctx: AppContext,
    issues: list[Issue],
    docs: dict[str, dict[str, Any]],
    extra: dict[str, Any] | None = None,
) -> list[str]:
    """One Chinese sentence per refused value, naming channel, field and key."""
    names = {c.id: c.name_zh for c in ctx.channels.book().channels}
    texts = []
    for issue in issues:
        if extra:
            issue = Issue(issue.code, issue.field, {**issue.params, **extra})
        texts.append(describe_issue(issue, path_label(issue.field, names, docs)))
    return texts


def save_document(
    ctx: AppContext, channel: str, doc: dict[str, Any], panel: ErrorPanel
) -> tuple[Changes | None, list[Issue]]:
    """Save one channel's document on the write pool; a refusal is listed in ``panel``."""
    user = current_user()
    try:
        changes = run_write(lambda: ctx.channels.save_channel(channel, doc, user))
    except DomainError as exc:
        panel.show_messages(issue_texts(ctx, exc.issues, {channel: doc}), SAVE_TITLE)
        return None, exc.issues
    panel.clear()
    return changes, []


def current_user() -> str:
    """The login name recorded as ``updated_by`` (empty when the OS will not say)."""
    try:
        return getpass.getuser()[:64]
    except (OSError, KeyError):
        return ""


class ChannelJsonEditor(QObject):
    """Drives the JSON widgets of the page: choose a channel, edit, save, discard, reset."""

    saved = Signal(object)  # Changes

    def __init__(self, ui: Ui_ChannelLimits, ctx: AppContext, page: QWidget) -> None:
        super().__init__(page)
        self.ui = ui
        self._ctx = ctx
        self._page = page
        self._channel = ""
        self._clean = ""
        self._suppress = False
        ui.json_dirty_label.hide()
        ui.json_channel_combo.currentIndexChanged.connect(self._channel_changed)
        ui.json_edit.textChanged.connect(self._edited)
        ui.json_save_button.clicked.connect(self.save)
        ui.json_reload_button.clicked.connect(self.discard)
        ui.reset_button.clicked.connect(self.reset)

    def fill(self, channels: list[tuple[str, str]]) -> None:
        """List the channels (id, name) plus the keyword-type table, once."""
        combo = self.ui.json_channel_combo
        if combo.count():
            return
        self._suppress = True
        for cid, name in channels:
            combo.addItem(name, cid)
        combo.addItem(KEYWORD_TYPES_LABEL, KEYWORD_TYPES)
        self._suppress = False
        self._channel_changed(combo.currentIndex())

    def channel(self) -> str:
        """The channel whose document is in the editor."""
        return self._channel

    def text(self) -> str:
        """The JSON text in the editor."""
        return self.ui.json_edit.toPlainText()

    def is_dirty(self) -> bool:
        """True when the editor holds unsaved edits."""
        return bool(self._channel) and self.text() != self._clean

    def select(self, channel: str) -> None:
        """Show ``channel`` (asks about unsaved edits first)."""
        combo = self.ui.json_channel_combo
        i = combo.findData(channel)
        if i >= 0 and i != combo.currentIndex():
            combo.setCurrentIndex(i)

    def reload(self) -> None:
        """Re-read the stored document unless there are unsaved edits."""
        if self._channel and not self.is_dirty():
            self._load(self._channel)

    def _channel_changed(self, _index: int) -> None:
        if self._suppress:
            return
        channel = str(self.ui.json_channel_combo.currentData() or "")
        if not channel or channel == self._channel:
            return
        if self.is_dirty():
            answer = prompts.ask_unsaved(self._page, "JSON 编辑框")
            if answer is prompts.Unsaved.SAVE and not self.save():
                answer = prompts.Unsaved.CANCEL
            if answer is prompts.Unsaved.CANCEL:
                self._suppress = True
                self.select(self._channel)
                self._suppress = False
                return
        self._load(channel)

    def _load(self, channel: str) -> None:
        ui = self.ui
        try:
            doc = self._ctx.channels.document(channel)
        except DomainError as exc:
            ui.json_error_panel.show_messages([describe_exception(exc)], "无法读取：")
            return
        self._channel, self._clean = channel, rule_json(doc)
        ui.json_error_panel.clear()
        ui.json_edit.set_error_line(None)
        if self.text() != self._clean:
            ui.json_edit.setPlainText(self._clean)
        ui.json_group.setTitle(f"高级（JSON）：{ui.json_channel_combo.currentText()}")
        self._edited()

    def _edited(self) -> None:
        dirty = self.is_dirty()
        self.ui.json_dirty_label.setVisible(dirty)
        self.ui.json_save_button.setEnabled(dirty)
        self.ui.json_reload_button.setEnabled(dirty)

    def save(self) -> bool:
        """Parse and save the document; every problem is listed and the text is kept."""
        if not self.is_dirty():
            return True
        ui, channel, text = self.ui, self._channel, self.text()
        doc, issue = parse_rule_json(text)
        if issue is None and not isinstance(doc, dict):
            issue = Issue("field.not_object", channel)
        if issue is not None:
            ui.json_error_panel.show_messages([describe_issue(issue, "JSON")], SAVE_TITLE)
            ui.json_edit.set_error_line(issue.params.get("line"))
            ui.json_edit.go_to_line(int(issue.params.get("line") or 1))
            return False
        changes, refused = save_document(self._ctx, channel, doc, ui.json_error_panel)
        if changes is None:
            line = line_of_path(text, refused[0].field) if refused else None
            ui.json_edit.set_error_line(line)
            if line is not None:
                ui.json_edit.go_to_line(line)
            return False
        ui.json_edit.set_error_line(None)
        self._clean = text
        self._edited()
        self.saved.emit(changes)
        return True

    def discard(self) -> None:
        """Drop the edits and show the stored document again."""
        self.ui.json_edit.setPlainText(self._clean)
        self.ui.json_error_panel.clear()
        self.ui.json_edit.set_error_line(None)

    def reset(self) -> None:
        """Restore the shipped rules of the channel shown (after confirming)."""
        channel, name = self._channel, self.ui.json_channel_combo.currentText()
        question = f"把“{name}”的规则恢复为随程序发布的版本？本单位的修改将被删除。"
        if not channel or not prompts.confirm(self._page, "恢复内置规则", question, "恢复"):
            return
        try:
            changes = run_write(lambda: self._ctx.channels.reset_channel(channel))
        except DomainError as exc:
            self.ui.json_error_panel.show_messages([describe_exception(exc)], "未能恢复：")
            return
        self._clean = ""
        self._load(channel)
        self.saved.emit(changes)
