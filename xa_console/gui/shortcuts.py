"""Page-level keyboard shortcuts that step aside for keys the host window already binds.

A page shown alone (tests, screenshots) needs its own Ctrl+Z; inside the main window the Edit
menu owns Ctrl+Z for the same undo stack, and two live actions on one key make Qt refuse both
("Ambiguous shortcut overload"). :meth:`PageShortcuts.sync` drops the page's duplicates.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

_GLOBAL = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)


class PageShortcuts:
    """The QActions of one page, with the key sequences each would like to have."""

    def __init__(self, page: QWidget) -> None:
        self._page = page
        self._wanted: dict[QAction, list[QKeySequence]] = {}

    def add(
        self, text: str, keys: list[str], slot: Callable[[], Any], owner: QWidget | None = None
    ) -> QAction:
        """An action active while focus is inside ``owner`` (default: the page)."""
        owner = owner or self._page
        action = QAction(text, owner)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        owner.addAction(action)
        self._wanted[action] = [QKeySequence(k) for k in keys]
        action.setShortcuts(self._wanted[action])
        return action

    def sync(self) -> None:
        """Give each action the wanted keys that no other action of the window holds."""
        window = self._page.window()
        taken: set[str] = set()
        if window is not self._page:
            for other in window.findChildren(QAction):
                # actions scoped to another page's widgets never clash with ours
                if other not in self._wanted and other.shortcutContext() in _GLOBAL:
                    taken.update(k.toString() for k in other.shortcuts())
        for action, keys in self._wanted.items():
            action.setShortcuts([k for k in keys if k.toString() not in taken])
