"""What the editor tabs share: undo/redo buttons, page shortcuts, the unsaved-changes prompt."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import shiboken6
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import QAbstractButton, QWidget

from xa_console.gui import prompts
from xa_console.gui.bus import ChangeBus
from xa_console.gui.errors import show_error
from xa_console.gui.shortcuts import PageShortcuts


class EditorPage(QWidget):
    """Base of the notice and holiday editors; subclasses define ``is_dirty`` and ``save``."""

    def __init__(self, undo_stack: QUndoStack, bus: ChangeBus, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._undo = undo_stack
        self._bus = bus
        self._suppress = False
        self._shortcuts = PageShortcuts(self)

    def is_dirty(self) -> bool:
        """True when the editor holds unsaved edits."""
        raise NotImplementedError

    def save(self) -> bool:
        """Save the edits; True on success."""
        raise NotImplementedError

    def _wire_undo(self, undo_button: QAbstractButton, redo_button: QAbstractButton) -> None:
        """Buttons and Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y on the shared undo stack."""
        self._undo_buttons = (undo_button, redo_button)
        undo_button.clicked.connect(self._undo.undo)
        redo_button.clicked.connect(self._undo.redo)
        self._shortcuts.add("撤销", ["Ctrl+Z"], self._undo.undo)
        self._shortcuts.add("重做", ["Ctrl+Shift+Z", "Ctrl+Y"], self._undo.redo)
        for signal in (self._undo.canUndoChanged, self._undo.canRedoChanged):
            signal.connect(self._update_undo_buttons)
        self._undo.indexChanged.connect(self._update_undo_buttons)
        self._update_undo_buttons()

    def _update_undo_buttons(self) -> None:
        # ~QUndoStack() calls clear(), which emits these signals from a half-destroyed stack
        if not shiboken6.isValid(self._undo) or not shiboken6.isValid(self):
            return
        undo_button, redo_button = self._undo_buttons
        undo_button.setEnabled(self._undo.canUndo())
        redo_button.setEnabled(self._undo.canRedo())
        undo_text, redo_text = self._undo.undoText(), self._undo.redoText()
        undo_button.setToolTip(f"撤销：{undo_text}（Ctrl+Z）" if undo_text else "撤销（Ctrl+Z）")
        redo_button.setToolTip(f"重做：{redo_text}（Ctrl+Y）" if redo_text else "重做（Ctrl+Y）")

    def showEvent(self, event: QShowEvent) -> None:
        """Leave keys the host window already binds (its Edit menu) to the window."""
        self._shortcuts.sync()
        super().showEvent(event)

    @contextmanager
    def _suppressed(self) -> Iterator[None]:
        """Ignore selection signals caused by the page itself."""
        was, self._suppress = self._suppress, True
        try:
            yield
        finally:
            self._suppress = was

    def _resolve_unsaved(self, what: str) -> bool:
        """Ask about unsaved edits of ``what``; True when it is fine to move on."""
        if not self.is_dirty():
            return True
        answer = prompts.ask_unsaved(self, what)
        if answer is prompts.Unsaved.SAVE:
            return self.save()
        return answer is prompts.Unsaved.DISCARD

    def _report(self, exc: BaseException) -> None:
        """Errors of later undo/redo steps (no form is involved): a message box."""
        show_error(self, exc, "撤销/重做失败")
