"""Show domain errors in Chinese: a red inline panel for forms, a message box for the rest.

Services raise :class:`DomainError` with codes; :mod:`xa_console.messages` turns each issue into
a sentence. A form may name a field by its own label ("周一尾号") instead of the field path.
"""

from __future__ import annotations

import dataclasses
import html
import logging
from collections.abc import Collection

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QMessageBox, QVBoxLayout, QWidget

from xa_console.domain.errors import DomainError, Issue
from xa_console.messages import describe

log = logging.getLogger(__name__)

# Widgets flagged with ``set_invalid`` pick this up from their page's style sheet.
INVALID_STYLE = """
*[invalid="true"] { border: 2px solid #d93025; border-radius: 3px; background-color: #fff4f3; }
"""

_PANEL_STYLE = """
QFrame[xa_error="true"] { background-color: #fdecea; border: 1px solid #e8a29b;
                          border-radius: 4px; }
QFrame[xa_error="true"] QLabel { border: none; background: transparent; color: #a50e0e; }
"""


# Problems only the GUI can have (the domain never sees the raw text).
GUI_MESSAGES = {
    "form.bad_json": "{field}：JSON 格式有误（第{line}行第{col}列附近：{reason}）。",
}


def describe_issue(issue: Issue, label: str | None = None) -> str:
    """One Chinese sentence; ``label`` replaces the name derived from the field path."""
    if issue.code in GUI_MESSAGES:
        return GUI_MESSAGES[issue.code].format(field=label or issue.field, **issue.params)
    if label is None:
        return describe(issue)
    # A single segment without dots or brackets is printed verbatim by messages.field_label.
    plain = label.replace(".", "·").replace("[", "（").replace("]", "）")
    return describe(dataclasses.replace(issue, field=plain))


def describe_exception(exc: BaseException) -> str:
    """Chinese text for any failure: every issue of a DomainError, or a generic sentence."""
    if isinstance(exc, DomainError):
        return "\n".join(describe(i) for i in exc.issues)
    log.error("unexpected error", exc_info=exc)
    return f"操作失败：{type(exc).__name__}: {exc}"


def show_error(parent: QWidget | None, exc: BaseException, title: str = "操作失败") -> None:
    """A non-blocking warning box (never ``exec``: the app keeps running, tests never hang)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, describe_exception(exc), parent=parent)
    box.setObjectName("error_box")
    box.open()


def set_invalid(widget: QWidget, invalid: bool) -> None:
    """Flag a widget as holding a bad value (red frame) or clear the flag."""
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()


class ErrorPanel(QFrame):
    """A red panel listing each problem; clicking one emits ``activated(index)``."""

    activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("xa_error", True)
        self.setStyleSheet(_PANEL_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(4)
        self._title = QLabel(self)
        font = self._title.font()
        font.setBold(True)
        self._title.setFont(font)
        self._body = QLabel(self)
        self._body.setWordWrap(True)
        self._body.setTextFormat(Qt.TextFormat.RichText)
        self._body.linkActivated.connect(lambda href: self.activated.emit(int(href)))
        layout.addWidget(self._title)
        layout.addWidget(self._body)
        self._messages: list[str] = []
        self.hide()

    def show_messages(self, messages: list[str], title: str, linked: Collection[int] = ()) -> None:
        """Show the problems, one per line; those in ``linked`` are clickable."""
        self._messages = list(messages)
        self._title.setText(title)
        rows = []
        for i, text in enumerate(messages):
            safe = html.escape(text)
            if i in linked:
                safe = f'<a href="{i}" style="color:#a50e0e; text-decoration:none">{safe}</a>'
            rows.append(f"• {safe}")
        self._body.setText("<br>".join(rows))
        self.show()

    def clear(self) -> None:
        """Hide the panel and forget the messages."""
        self._messages = []
        self._body.clear()
        self.hide()

    def messages(self) -> list[str]:
        """The messages shown (empty when hidden)."""
        return list(self._messages)

    def text(self) -> str:
        """Title and messages as plain text (for tests and the clipboard)."""
        if not self._messages:
            return ""
        return "\n".join([self._title.text(), *self._messages])
