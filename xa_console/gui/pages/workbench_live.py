"""The open workbench kept live: edits are collected, debounced and folded in with one rebuild.

Typing is cheap: an edit only records the new text and restarts a 120 ms single-shot timer. When
it fires, the facts form is read once and ``DraftingService.update`` rebuilds every channel
synchronously (a few milliseconds); ``rebuilt`` then carries the new snapshot to the views. A
failing rebuild emits ``failed`` and changes nothing, so no typed character is ever lost.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from xa_console.domain.drafting.codec import facts_to_dict
from xa_console.domain.drafting.facts import NoticeFacts
from xa_console.services.drafting import DraftingService, Workbench
from xa_console.services.rendering import TemplateRenderer

REBUILD_DELAY_MS = 120
FactsReader = Callable[[NoticeFacts], NoticeFacts]
Snapshot = tuple[str, str]


def snapshot(wb: Workbench) -> Snapshot:
    """What saving stores: the facts and the hand edits (to tell whether anything changed)."""
    return (
        json.dumps(facts_to_dict(wb.facts), sort_keys=True, ensure_ascii=False),
        json.dumps(wb.edits, sort_keys=True, ensure_ascii=False),
    )


class LiveDraft(QObject):
    """Holds the open :class:`Workbench` and the input not yet folded into it."""

    rebuilt = Signal(object)  # Workbench
    failed = Signal(str, object)  # title, exception

    def __init__(
        self, drafting: DraftingService, read_facts: FactsReader, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.drafting = drafting
        self.read_facts = read_facts
        self.wb: Workbench | None = None
        self.renderer: TemplateRenderer | None = None  # None: the templates in force
        self.last_rebuild_ms = 0.0
        self._facts = False
        self._edits: dict[tuple[str, str], str] = {}
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(REBUILD_DELAY_MS)
        self.timer.timeout.connect(self.flush)

    def reset(self, wb: Workbench | None) -> None:
        """Start over with ``wb`` (pending input is dropped)."""
        self.timer.stop()
        self._facts, self._edits = False, {}
        self.wb = wb

    def facts_edited(self) -> None:
        """The facts form changed."""
        if self.wb is not None:
            self._facts = True
            self.timer.start()

    def field_edited(self, channel: str, field: str, text: str) -> None:
        """A channel field changed by hand."""
        if self.wb is not None:
            self._edits[(channel, field)] = text
            self.timer.start()

    def pending(self) -> bool:
        """True while typed input has not been folded into the workbench yet."""
        return self._facts or bool(self._edits)

    def flush(self) -> bool:
        """Fold pending input in now; True when the workbench was rebuilt."""
        self.timer.stop()
        if self.wb is None or not self.pending():
            return False
        facts = self.read_facts(self.wb.facts) if self._facts else None
        edits = list(self._edits.items())
        self._facts, self._edits = False, {}
        started = time.perf_counter()
        try:
            wb = self._update(self.wb, facts, edits)
        except Exception as e:  # the typed text stays in the widgets
            self.failed.emit("未能重新生成各渠道内容（已输入的文字仍保留）：", e)
            return False
        self.last_rebuild_ms = (time.perf_counter() - started) * 1000
        self._publish(wb)
        return True

    def _update(
        self, wb: Workbench, facts: NoticeFacts | None, edits: list[tuple[tuple[str, str], str]]
    ) -> Workbench:
        update, r = self.drafting.update, self.renderer
        if not edits:
            return update(wb, facts=facts, renderer=r)
        for i, ((channel, field), text) in enumerate(edits):
            wb = update(
                wb, facts=facts if i == 0 else None, edit=(channel, field, text), renderer=r
            )
        return wb

    def rerender(self, regenerate: str | None = None) -> bool:
        """Render every channel again (templates or limits changed), or drop one channel's edits."""
        self.flush()
        if self.wb is None:
            return False
        try:
            wb = self.drafting.update(self.wb, regenerate=regenerate, renderer=self.renderer)
        except Exception as e:
            self.failed.emit("未能重新生成：", e)
            return False
        self._publish(wb)
        return True

    def replace_saved(self, wb: Workbench) -> None:
        """The saved copy (same content, new id and version)."""
        self.wb = wb

    def _publish(self, wb: Workbench) -> None:
        self.wb = wb
        self.rebuilt.emit(wb)
