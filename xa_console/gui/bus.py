"""Application-wide change broadcast: after a write, one signal carries the ``Changes`` record."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from xa_console.services.changes import Changes


class ChangeBus(QObject):
    """Pages connect to ``changed`` and redraw only what the flags say."""

    changed = Signal(object)  # Changes

    def publish(self, changes: Changes) -> None:
        """Broadcast a change record (ignored when nothing changed)."""
        if changes:
            self.changed.emit(changes)
