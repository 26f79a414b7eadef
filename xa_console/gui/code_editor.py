"""A plain-text code editor for templates and JSON: line numbers, Jinja colours, an error line.

The editor keeps Qt's own undo history (Ctrl+Z inside the text); marking an error line never
changes the text, so what the officer typed is never lost.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from xa_console.gui.fonts import FAMILY

# Latin glyphs from a monospace face; Chinese falls back to the bundled CJK face.
MONO_FAMILIES = ("Noto Sans Mono CJK SC", "Consolas", "DejaVu Sans Mono", "Noto Sans Mono", FAMILY)

_GUTTER_BG = QColor("#EEF2F7")
_GUTTER_FG = QColor("#8A94A3")
_ERROR_BG = QColor("#FDE2E0")
_ERROR_FG = QColor("#B3261E")
_CURRENT_BG = QColor("#F4F8FD")


def code_font(point_size: float = 10.5) -> QFont:
    """A monospace font whose fallback draws Simplified Chinese."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setFamilies(list(MONO_FAMILIES))
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSizeF(point_size)
    return font


def _format(colour: str, *, bold: bool = False, italic: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(colour))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setFontItalic(italic)
    return fmt


class JinjaHighlighter(QSyntaxHighlighter):
    """Colours ``{{ expressions }}``, ``{% statements %}`` and multi-line ``{# comments #}``."""

    _TAGS = (
        (re.compile(r"\{\{.*?(\}\}|$)"), _format("#1A5FB4")),
        (re.compile(r"\{%.*?(%\}|$)"), _format("#7B2E9E", bold=True)),
    )
    _STRING = (re.compile(r"\"[^\"]*\"|'[^']*'"), _format("#2E7D32"))
    _COMMENT = _format("#7A8594", italic=True)
    _IN_COMMENT = 1

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)

    def highlightBlock(self, text: str) -> None:
        """Colour one line; block state 1 means a ``{# … #}`` comment is still open."""
        for pattern, fmt in self._TAGS:
            for m in pattern.finditer(text):
                self.setFormat(m.start(), m.end() - m.start(), fmt)
                for s in self._STRING[0].finditer(m.group(0)):
                    self.setFormat(m.start() + s.start(), s.end() - s.start(), self._STRING[1])
        self._comments(text)

    def _comments(self, text: str) -> None:
        self.setCurrentBlockState(0)
        if self.previousBlockState() == self._IN_COMMENT:
            start, search = 0, 0
        else:
            start = text.find("{#")
            search = start + 2
        while start >= 0:
            end = text.find("#}", search)
            if end < 0:
                self.setCurrentBlockState(self._IN_COMMENT)
                self.setFormat(start, len(text) - start, self._COMMENT)
                return
            self.setFormat(start, end + 2 - start, self._COMMENT)
            start = text.find("{#", end + 2)
            search = start + 2


class _Gutter(QWidget):
    """The line-number strip left of the text; it paints through its editor."""

    def __init__(self, editor: CodeEditor) -> None:
        super().__init__(editor)
        self._editor = editor

    def sizeHint(self) -> QSize:
        """As wide as the largest line number."""
        return QSize(self._editor.gutter_width(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the visible line numbers."""
        self._editor.paint_gutter(event)


class CodeEditor(QPlainTextEdit):
    """QPlainTextEdit with line numbers, Jinja colours and one highlighted error line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("code_editor")
        self._gutter = _Gutter(self)
        self._error_line: int | None = None
        self.highlighter = JinjaHighlighter(self.document())
        self.setFont(code_font())
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setTabChangesFocus(False)
        self.setTabStopDistance(self.fontMetrics().horizontalAdvance(" ") * 4)
        self.blockCountChanged.connect(self._update_margin)
        self.updateRequest.connect(self._scroll_gutter)
        self.cursorPositionChanged.connect(self._update_selections)
        self._update_margin()
        self._update_selections()

    # ----- error line --------------------------------------------------------------------------
    def set_error_line(self, line: int | None) -> None:
        """Mark 1-based ``line`` as wrong (None clears); the text itself is untouched."""
        if line is not None and not 1 <= line <= self.blockCount():
            line = None
        if line == self._error_line:
            return
        self._error_line = line
        self._update_selections()
        self._gutter.update()

    def error_line(self) -> int | None:
        """The marked line, if any."""
        return self._error_line

    def go_to_line(self, line: int) -> None:
        """Put the cursor at the start of 1-based ``line`` and show it."""
        block = self.document().findBlockByNumber(max(0, line - 1))
        if block.isValid():
            cursor = QTextCursor(block)
            self.setTextCursor(cursor)
            self.centerCursor()
            self.setFocus()

    def _update_selections(self) -> None:
        marks = []
        current = QTextEdit.ExtraSelection()
        current.format.setBackground(_CURRENT_BG)
        current.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        current.cursor = self.textCursor()
        current.cursor.clearSelection()
        marks.append(current)
        if self._error_line is not None:
            block = self.document().findBlockByNumber(self._error_line - 1)
            error = QTextEdit.ExtraSelection()
            error.format.setBackground(_ERROR_BG)
            error.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
            cursor = QTextCursor(block)  # the whole block, so every wrapped line is marked
            cursor.movePosition(
                QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
            )
            error.cursor = cursor
            marks.append(error)
        self.setExtraSelections(marks)

    # ----- gutter ------------------------------------------------------------------------------
    def gutter_width(self) -> int:
        """Pixels needed for the line numbers plus padding."""
        digits = max(3, len(str(self.blockCount())))
        return 16 + self.fontMetrics().horizontalAdvance("9") * digits

    def _update_margin(self, _count: int = 0) -> None:
        self.setViewportMargins(self.gutter_width(), 0, 0, 0)

    def _scroll_gutter(self, rect: QRect, dy: int) -> None:
        if dy:
            self._gutter.scroll(0, dy)
        else:
            self._gutter.update(0, rect.y(), self._gutter.width(), rect.height())
        if rect.contains(self.viewport().rect()):
            self._update_margin()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the gutter beside the text area."""
        super().resizeEvent(event)
        cr = self.contentsRect()
        self._gutter.setGeometry(QRect(cr.left(), cr.top(), self.gutter_width(), cr.height()))

    def paint_gutter(self, event: QPaintEvent) -> None:
        """Paint the numbers of the visible blocks; the error line's number in red on pink."""
        painter = QPainter(self._gutter)
        painter.fillRect(event.rect(), _GUTTER_BG)
        painter.setFont(self.font())
        block = self.firstVisibleBlock()
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        height = self.fontMetrics().height()
        width = self._gutter.width() - 8
        while block.isValid() and top <= event.rect().bottom():
            bottom = top + round(self.blockBoundingRect(block).height())
            number = block.blockNumber() + 1
            if block.isVisible() and bottom >= event.rect().top():
                if number == self._error_line:
                    painter.fillRect(0, top, self._gutter.width(), bottom - top, _ERROR_BG)
                    painter.setPen(_ERROR_FG)
                else:
                    painter.setPen(_GUTTER_FG)
                painter.drawText(0, top, width, height, Qt.AlignmentFlag.AlignRight, str(number))
            block = block.next()
            top = bottom
        painter.end()
