"""The per-channel editor under the facts form: every field of a channel with a live counter.

A list on the left picks the channel (with its ✓/!/× status); the panel on the right shows one
editor per field of ``spec.fields`` (a line edit for single-line fields), the platform's count
("84 / 140 字", reading time for broadcast, segments and cost for SMS), the "hand-edited" mark
and 重新生成. The editor never rebuilds anything itself: it reports edits and requests, and the
page hands back fresh :class:`ChannelDraft` snapshots. Text the officer is typing is never reset:
a field is only rewritten when its text differs, and then the cursor is put back.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from xa_console.domain.channels.counting import Counting
from xa_console.domain.channels.spec import ChannelSpec, FieldRule
from xa_console.domain.channels.validate import Measure
from xa_console.gui.models.channel_status_model import (
    STATUS_COLOUR,
    STATUS_SYMBOL,
    Status,
    channel_status,
    measure_text,
    over_limit,
)
from xa_console.messages import describe_problem
from xa_console.services.drafting import ChannelDraft

EDITED_TEXT = "※ 已手动修改（与生成内容不同）"
_DELIVERY = {"api": "接口发布", "export": "导出后人工发布"}
_OVER = "#B3261E"
_NORMAL = "#5F6B7A"
EDITOR_STYLE = """
QLabel#channel_title { font-size: 11pt; font-weight: bold; color: #123E74; }
QLabel#channel_delivery { color: #5F6B7A; }
QLabel#edited_label { color: #8A5300; background: #FFF4D6; border-radius: 4px; padding: 1px 6px; }
QLabel#field_label { font-weight: bold; color: #374151; }
QListWidget#channel_list { border: none; border-right: 1px solid #DCE3EC; background: #F4F6F9; }
QListWidget#channel_list::item { padding: 5px 4px; }
QListWidget#channel_list::item:selected { background: #DCE8F7; color: #123E74; }
"""


def show_problems(target: QListWidget, title: QLabel, draft: ChannelDraft) -> None:
    """The channel's problems in Chinese: × errors in red, ! warnings in amber."""
    target.clear()
    for p in draft.problems:
        status = Status.WARNING if p.severity == "warning" else Status.ERROR
        item = QListWidgetItem(f"{STATUS_SYMBOL[status]} {describe_problem(p)}")
        item.setForeground(QColor(STATUS_COLOUR[status]))
        target.addItem(item)
    name = f"问题 · {draft.spec.name_zh}"
    count = len(draft.problems)
    title.setText(f"{name}（{count}）" if count else f"{name}：✓ 全部检查通过")


def counter_text(draft: ChannelDraft, rule: FieldRule, keyword_max: int | None = None) -> str:
    """What the counter of one field says (SMS: length, segments and cost per recipient)."""
    m: Measure | None = draft.report.measure(rule.name)
    text = measure_text(m, keyword_max)
    sms, billing = draft.report.sms, draft.spec.sms
    if rule.counting is Counting.SMS and billing is not None:
        segments = sms.segments if sms is not None else 0
        cost = segments * billing.price_yuan
        text = f"{text}（含签名）· 条数 {segments} · 每人 {cost:.2f} 元"
    elif m is not None and m.unit == "秒":
        text = f"时长 {text}"
    return f"× {text}" if over_limit(m, keyword_max) else text


def set_text_keeping_cursor(editor: QLineEdit | QPlainTextEdit, text: str) -> bool:
    """Replace an editor's text only if it differs; the cursor and scroll stay put."""
    if isinstance(editor, QLineEdit):
        if editor.text() == text:
            return False
        pos = editor.cursorPosition()
        editor.setText(text)
        editor.setCursorPosition(min(pos, len(text)))
        return True
    if editor.toPlainText() == text:
        return False
    old = editor.textCursor()
    pos, anchor = old.position(), old.anchor()
    scroll = editor.verticalScrollBar().value()
    cursor = QTextCursor(editor.document())
    cursor.beginEditBlock()  # one undo step, so Ctrl+Z in the field brings the old text back
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.insertText(text)
    cursor.endEditBlock()
    end = len(text)
    restored = editor.textCursor()
    restored.setPosition(min(anchor, end))
    restored.setPosition(min(pos, end), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(restored)
    editor.verticalScrollBar().setValue(scroll)
    return True


class FieldEditor(QWidget):
    """Label, counter and editor of one field; ``edited(field, text)`` on user edits only."""

    edited = Signal(str, str)

    def __init__(
        self, rule: FieldRule, keyword_max: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.rule = rule
        self.keyword_max = keyword_max
        self._quiet = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        top = QHBoxLayout()
        self.label = QLabel(rule.label)
        self.label.setObjectName("field_label")
        self.counter = QLabel()
        self.counter.setObjectName("field_counter")
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.label)
        top.addStretch(1)
        top.addWidget(self.counter)
        layout.addLayout(top)
        self.editor: QLineEdit | QPlainTextEdit
        if rule.single_line:
            self.editor = QLineEdit()
            self.editor.textEdited.connect(lambda t: self.edited.emit(rule.name, t))
        else:
            self.editor = QPlainTextEdit()
            self.editor.setTabChangesFocus(True)
            self.editor.textChanged.connect(self._plain_changed)
        self.editor.setObjectName(f"field_{rule.name}")
        layout.addWidget(self.editor, 1)
        if rule.note:
            self.setToolTip(rule.note)

    def _plain_changed(self) -> None:
        if not self._quiet and isinstance(self.editor, QPlainTextEdit):
            self.edited.emit(self.rule.name, self.editor.toPlainText())

    def text(self) -> str:
        """The editor's text."""
        if isinstance(self.editor, QLineEdit):
            return self.editor.text()
        return self.editor.toPlainText()

    def show_draft(self, draft: ChannelDraft) -> None:
        """Text (when it differs), counter and the per-field edited mark."""
        self._quiet = True
        try:
            set_text_keeping_cursor(self.editor, draft.current.get(self.rule.name))
        finally:
            self._quiet = False
        changed = draft.current.get(self.rule.name) != draft.generated.get(self.rule.name)
        self.label.setText(f"{self.rule.label}（已修改）" if changed else self.rule.label)
        text = counter_text(draft, self.rule, self.keyword_max)
        over = text.startswith("×")
        self.counter.setText(text)
        self.counter.setStyleSheet(f"color:{_OVER if over else _NORMAL};")


class ChannelPanel(QWidget):
    """One channel: header with the edited mark and 重新生成, then one editor per field."""

    edited = Signal(str, str, str)  # channel, field, text
    regenerate_requested = Signal(str)

    def __init__(
        self,
        spec: ChannelSpec,
        keyword_max: Mapping[str, int] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setObjectName(f"channel_panel_{spec.id}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.setSpacing(6)
        layout.addLayout(self._header())
        layout.addWidget(self.edited_label)  # own line: the header stays narrow
        self.fields: dict[str, FieldEditor] = {}
        scroll = QScrollArea()
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        body = QWidget()
        body.setObjectName("channel_fields")
        fields = QVBoxLayout(body)
        fields.setContentsMargins(0, 0, 4, 0)
        fields.setSpacing(8)
        limits = keyword_max or {}
        for rule in spec.fields:
            fe = FieldEditor(rule, limits.get(rule.keyword_type) if rule.keyword_type else None)
            fe.edited.connect(lambda name, text: self.edited.emit(spec.id, name, text))
            if isinstance(fe.editor, QPlainTextEdit):
                main = rule.name == spec.main
                fe.editor.setMinimumHeight(140 if main else 64)
                if not main:
                    fe.editor.setMaximumHeight(96)
            fields.addWidget(fe, 3 if rule.name == spec.main else 0)
            self.fields[rule.name] = fe
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)

    def _header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.title = QLabel(self.spec.name_zh)
        self.title.setObjectName("channel_title")
        self.delivery = QLabel(_DELIVERY.get(self.spec.delivery, self.spec.delivery))
        self.delivery.setObjectName("channel_delivery")
        self.edited_label = QLabel(EDITED_TEXT)
        self.edited_label.setObjectName("edited_label")
        self.edited_label.setVisible(False)
        self.edited_label.setWordWrap(True)
        self.regenerate_button = QPushButton("重新生成")
        self.regenerate_button.setObjectName("regenerate_button")
        self.regenerate_button.setToolTip("放弃本渠道的手动修改，按模板重新生成")
        self.regenerate_button.clicked.connect(lambda: self.regenerate_requested.emit(self.spec.id))
        row.addWidget(self.title)
        row.addWidget(self.delivery)
        row.addStretch(1)
        row.addWidget(self.regenerate_button)
        return row

    def show_draft(self, draft: ChannelDraft) -> None:
        """Refresh every field, the edited mark and the regenerate button."""
        for fe in self.fields.values():
            fe.show_draft(draft)
        self.edited_label.setVisible(draft.edited)
        self.regenerate_button.setEnabled(draft.edited)


class ChannelEditor(QWidget):
    """Channel list + stacked panels; the page feeds it fresh drafts after every rebuild."""

    field_edited = Signal(str, str, str)  # channel, field, text
    regenerate_requested = Signal(str)
    channel_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("channel_editor")
        self.setStyleSheet(EDITOR_STYLE)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.channel_list = QListWidget()
        self.channel_list.setObjectName("channel_list")
        self.channel_list.setFixedWidth(146)
        self.channel_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.channel_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        layout.addWidget(self.channel_list)
        layout.addWidget(self.stack, 1)
        self.panels: dict[str, ChannelPanel] = {}
        self._drafts: dict[str, ChannelDraft] = {}
        self._keyword_max: dict[str, int] = {}
        self.channel_list.currentRowChanged.connect(self._row_changed)

    def set_keyword_limits(self, limits: Mapping[str, int]) -> None:
        """Maximum lengths of WeChat keyword types (shown as the limit of keyword fields)."""
        self._keyword_max = dict(limits)

    def set_drafts(self, drafts: Sequence[ChannelDraft]) -> None:
        """Show these channel drafts; only channels whose draft changed are refreshed."""
        ids = [d.spec.id for d in drafts]
        if ids != list(self.panels) or any(self.panels[d.spec.id].spec != d.spec for d in drafts):
            self._rebuild(drafts)
        for d in drafts:
            if self._drafts.get(d.spec.id) != d:
                self._drafts[d.spec.id] = d
                self.panels[d.spec.id].show_draft(d)
                self._decorate(d)

    def _rebuild(self, drafts: Sequence[ChannelDraft]) -> None:
        keep = self.current_channel()
        self.channel_list.blockSignals(True)
        self.channel_list.clear()
        for panel in self.panels.values():
            self.stack.removeWidget(panel)
            panel.deleteLater()
        self.panels, self._drafts = {}, {}
        for d in drafts:
            panel = ChannelPanel(d.spec, self._keyword_max)
            panel.edited.connect(self.field_edited)
            panel.regenerate_requested.connect(self.regenerate_requested)
            self.stack.addWidget(panel)
            self.panels[d.spec.id] = panel
            item = QListWidgetItem(d.spec.name_zh)
            item.setData(Qt.ItemDataRole.UserRole, d.spec.id)
            self.channel_list.addItem(item)
        self.channel_list.blockSignals(False)
        ids = list(self.panels)
        if ids:
            self.select(keep if keep in self.panels else ids[0])

    def _decorate(self, d: ChannelDraft) -> None:
        row = list(self.panels).index(d.spec.id)
        item = self.channel_list.item(row)
        status = channel_status(d)
        mark = " ※" if d.edited else ""
        item.setText(f"{STATUS_SYMBOL[status]} {d.spec.name_zh}{mark}")
        item.setForeground(QColor(STATUS_COLOUR[status]))
        item.setToolTip(f"{d.spec.name_zh}{'（已手动修改）' if d.edited else ''}")

    def select(self, channel_id: str) -> None:
        """Show one channel (emits ``channel_changed`` when it is a different one)."""
        if channel_id in self.panels:
            self.channel_list.setCurrentRow(list(self.panels).index(channel_id))

    def current_channel(self) -> str | None:
        """The channel shown."""
        item = self.channel_list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def panel(self, channel_id: str) -> ChannelPanel:
        """The panel of a channel (KeyError when unknown)."""
        return self.panels[channel_id]

    def clear(self) -> None:
        """No workbench: no channels."""
        self._rebuild([])

    def _row_changed(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        cid = self.current_channel()
        if cid is not None:
            self.channel_changed.emit(cid)
