"""Threaded comments on a draft: read the discussion, reply to one comment, write a new one.

The view only shows and collects text; the page stores it (``post_requested``) and calls
:meth:`CommentsView.posted` when the write succeeded.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from xa_console.gui.review_text import local_time
from xa_console.services.review import Comment

_INDENT_PX = 22
_NO_COMMENTS = '<p style="color:#6B7280">还没有评论。</p>'


def comments_html(comments: Sequence[Comment]) -> str:
    """Comments as threads: replies under their parent, oldest first, each with 回复."""
    children: dict[int | None, list[Comment]] = {}
    ids = {c.id for c in comments}
    for c in comments:
        parent = c.parent_id if c.parent_id in ids else None
        children.setdefault(parent, []).append(c)
    parts: list[str] = []

    def walk(parent: int | None, depth: int) -> None:
        for c in children.get(parent, []):
            body = html.escape(c.body).replace("\n", "<br>")
            parts.append(
                f'<p style="margin-left:{depth * _INDENT_PX}px; margin-top:6px;'
                ' margin-bottom:2px">'
                f"<b>{'↳ ' if depth else ''}{html.escape(c.author)}</b>"
                f'&nbsp;&nbsp;<span style="color:#6B7280">{local_time(c.created_at)}</span>'
                f'&nbsp;&nbsp;<a href="reply:{c.id}" style="color:#1F4E8C;'
                f' text-decoration:none">回复</a><br>{body}</p>'
            )
            walk(c.id, depth + 1)

    walk(None, 0)
    return "".join(parts) or _NO_COMMENTS


class CommentsView(QWidget):
    """The discussion of one draft and the box to add to it."""

    post_requested = Signal(str, object)  # body, parent comment id (or None)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._comments: dict[int, Comment] = {}
        self._reply_to: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("comment_browser")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._anchor)
        self.reply_label = QLabel(self)
        self.reply_label.setObjectName("reply_label")
        self.cancel_reply_button = QToolButton(self)
        self.cancel_reply_button.setObjectName("cancel_reply_button")
        self.cancel_reply_button.setText("取消回复")
        self.cancel_reply_button.clicked.connect(lambda: self.reply_to(None))
        reply_row = QHBoxLayout()
        reply_row.addWidget(self.reply_label, 1)
        reply_row.addWidget(self.cancel_reply_button)
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName("comment_edit")
        self.edit.setPlaceholderText("写评论…（Ctrl+Enter 发表）")
        self.edit.setFixedHeight(64)
        self.edit.textChanged.connect(self._update_button)
        self.send_button = QPushButton("发表评论", self)
        self.send_button.setObjectName("send_comment_button")
        self.send_button.clicked.connect(self.send)
        send = QShortcut(QKeySequence("Ctrl+Return"), self.edit)
        send.setContext(Qt.ShortcutContext.WidgetShortcut)
        send.activated.connect(self.send)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.send_button)
        layout.addWidget(self.browser, 1)
        layout.addLayout(reply_row)
        layout.addWidget(self.edit)
        layout.addLayout(row)
        self.reply_to(None)
        self._update_button()

    def set_comments(self, comments: Sequence[Comment]) -> None:
        """Show a draft's comments (a reply target that vanished is dropped)."""
        self._comments = {c.id: c for c in comments}
        self.browser.setHtml(comments_html(comments))
        if self._reply_to not in self._comments:
            self.reply_to(None)

    def count(self) -> int:
        """Number of comments shown."""
        return len(self._comments)

    def reply_to(self, comment_id: int | None) -> None:
        """Make the next comment a reply to ``comment_id`` (None: a new thread)."""
        target = self._comments.get(comment_id) if comment_id is not None else None
        self._reply_to = target.id if target else None
        self.reply_label.setText(f"回复 {target.author}：{target.body[:24]}" if target else "")
        self.reply_label.setVisible(target is not None)
        self.cancel_reply_button.setVisible(target is not None)
        if target is not None:
            self.edit.setFocus()

    def replying_to(self) -> int | None:
        """The comment the next one answers."""
        return self._reply_to

    def send(self) -> None:
        """Ask the page to store the text typed (ignored when empty)."""
        body = self.edit.toPlainText().strip()
        if body:
            self.post_requested.emit(body, self._reply_to)

    def posted(self) -> None:
        """The comment was stored: clear the box and the reply target."""
        self.edit.clear()
        self.reply_to(None)

    def _anchor(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("reply:"):
            self.reply_to(int(text.split(":", 1)[1]))

    def _update_button(self) -> None:
        self.send_button.setEnabled(bool(self.edit.toPlainText().strip()))
