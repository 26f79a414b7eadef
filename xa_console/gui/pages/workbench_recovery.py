"""Crash recovery for the 通告 page: an autosave timer writing to the :class:`RecoveryStore`,
and the start-up question "发现未保存的草稿（时间），是否恢复？" (asked through
:mod:`xa_console.gui.prompts`, so tests can answer it)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from xa_console.domain.drafting.codec import facts_from_dict, facts_to_dict
from xa_console.gui import prompts
from xa_console.gui.models.draft_model import kind_label
from xa_console.services.drafting import DraftingService, Workbench
from xa_console.services.recovery import Recovered, RecoveryStore
from xa_console.services.rendering import TemplateRenderer

log = logging.getLogger(__name__)
AUTOSAVE_DELAY_MS = 1000


def recovery_payload(wb: Workbench) -> dict[str, Any]:
    """What a recovery copy holds: the draft id and version, the facts and the hand edits."""
    return {
        "draft_id": wb.draft_id,
        "version": wb.version,
        "facts": facts_to_dict(wb.facts),
        "edits": wb.edits,
    }


def recovered_workbench(
    found: Recovered, drafting: DraftingService, renderer: TemplateRenderer | None = None
) -> Workbench:
    """Rebuild a workbench from a recovery copy (raises ``DomainError`` on damaged facts)."""
    p = found.payload
    wb = drafting.build(facts_from_dict(p.get("facts")), p.get("edits") or {}, renderer)
    return replace(wb, draft_id=p.get("draft_id"), version=p.get("version"))


def _describe(found: Recovered) -> str:
    facts = found.payload.get("facts")
    if not isinstance(facts, dict):
        return ""
    return f"\n{kind_label(str(facts.get('kind', '')))} · {facts.get('day', '')}"


class RecoveryKeeper(QObject):
    """Writes the open draft's unsaved state a second after the last change."""

    def __init__(
        self,
        store: RecoveryStore,
        unsaved: Callable[[], Workbench | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.key = ""
        self._unsaved = unsaved
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_DELAY_MS)
        self.timer.timeout.connect(self.write)

    def schedule(self) -> None:
        """Something changed: write the copy when the officer pauses."""
        self.timer.start()

    def write(self) -> None:
        """Write the copy now; with nothing unsaved (edits typed back) the old copy goes."""
        self.timer.stop()
        wb = self._unsaved()
        if not self.key:
            return
        if wb is None:
            self.store.discard(self.key)
            return
        try:
            self.store.write(self.key, recovery_payload(wb))
        except OSError as e:
            log.warning("recovery copy not written: %s", e)

    def discard(self) -> None:
        """Forget the copy (clean save, explicit discard)."""
        self.timer.stop()
        if self.key:
            self.store.discard(self.key)

    def offer(self, parent: QWidget) -> Recovered | None:
        """Ask about each copy a crash left (newest first); declined copies are deleted."""
        for found in self.store.pending():
            when = found.saved_at.strftime("%Y-%m-%d %H:%M")
            text = f"发现未保存的草稿（{when}），是否恢复？{_describe(found)}"
            if prompts.confirm(parent, "恢复草稿", text, "恢复"):
                return found
            self.store.discard(found.key)
        return None
