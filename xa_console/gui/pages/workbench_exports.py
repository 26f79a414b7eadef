"""Exports of the 通告 page (cards PNG, announcer script and press release .docx, CAP XML) and
the card images its previews show.

Files are produced by :mod:`xa_console.services.exports` on a worker thread
(:func:`run_in_background`); the officer picks the target with ``QFileDialog`` and gets a
message naming the path. Card previews are rendered in the background too (a card takes a few
hundred milliseconds), debounced, and dropped when the facts changed meanwhile.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from xa_console.domain.drafting.facts import NoticeFacts
from xa_console.gui.errors import show_error
from xa_console.gui.pages.previews import PreviewPane
from xa_console.gui.tasks import run_in_background
from xa_console.services.drafting import Workbench
from xa_console.services.exports.cap import cap_alert
from xa_console.services.exports.cards import CARD_SIZES, CardContent, card_content, render_card
from xa_console.services.exports.docx_export import press_docx, script_docx

log = logging.getLogger(__name__)
CARD_DELAY_MS = 400


def _stem(wb: Workbench) -> str:
    return f"{wb.facts.day.isoformat()}_{wb.facts.kind.value}"


class WorkbenchExports(QObject):
    """Wires the four export buttons to the export services."""

    def __init__(
        self,
        parent: QWidget,
        buttons: tuple[QPushButton, QPushButton, QPushButton, QPushButton],
        workbench: Callable[[], Workbench | None],
        chars_per_minute: int,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._workbench = workbench
        self._cpm = chars_per_minute
        self.folder = Path.home()
        self.last_message = ""
        self.running = 0
        card, script, press, cap = buttons
        self.buttons = buttons
        card.setToolTip("导出公众号封面、微博配图和竖版卡片（PNG）到所选文件夹")
        script.setToolTip("导出电视、广播播报稿（Word），含预计时长")
        press.setToolTip("导出新闻通稿（Word）")
        cap.setToolTip("导出 CAP 1.2 预警信息（XML），供应急广播平台使用")
        card.clicked.connect(self.export_cards)
        script.clicked.connect(self.export_script)
        press.clicked.connect(self.export_press)
        cap.clicked.connect(self.export_cap)

    def set_enabled(self, enabled: bool) -> None:
        """Exports need an open draft."""
        for b in self.buttons:
            b.setEnabled(enabled)

    # ----- the four exports ------------------------------------------------------------------
    def export_cards(self) -> None:
        """Every card format as PNG into a chosen folder."""
        wb = self._workbench()
        if wb is None:
            return
        folder = QFileDialog.getExistingDirectory(
            self._parent, "选择导出卡片的文件夹", str(self.folder)
        )
        if not folder:
            return
        target, stem, facts = Path(folder), _stem(wb), wb.facts

        def job() -> list[Path]:
            written = []
            for size in CARD_SIZES.values():
                path = target / f"{stem}_{size.name}.png"
                path.write_bytes(render_card(facts, size))
                written.append(path)
            return written

        self.folder = target
        self._run(job, lambda paths: f"已导出 {len(paths)} 张卡片到：\n{target}")

    def export_script(self) -> None:
        """TV and radio scripts as one .docx."""
        wb = self._workbench()
        if wb is None:
            return
        variants = {c.spec.id: c.current for c in wb.channels}
        facts, cpm = wb.facts, self._cpm
        self._save_as(
            "导出播报稿",
            f"{_stem(wb)}_播报稿.docx",
            "Word 文档 (*.docx)",
            lambda: script_docx(variants, facts, chars_per_minute=cpm),
        )

    def export_press(self) -> None:
        """The press release as .docx."""
        wb = self._workbench()
        if wb is None:
            return
        variant, facts = wb.channel("press").current, wb.facts
        self._save_as(
            "导出新闻通稿",
            f"{_stem(wb)}_新闻通稿.docx",
            "Word 文档 (*.docx)",
            lambda: press_docx(variant, facts),
        )

    def export_cap(self) -> None:
        """The notice as CAP 1.2 XML."""
        wb = self._workbench()
        if wb is None:
            return
        variants = {c.spec.id: c.current for c in wb.channels}
        facts = wb.facts
        self._save_as(
            "导出 CAP XML",
            f"{_stem(wb)}.cap.xml",
            "CAP XML (*.xml)",
            lambda: cap_alert(facts, variants),
        )

    # ----- plumbing ----------------------------------------------------------------------------
    def _save_as(self, title: str, name: str, filters: str, produce: Callable[[], bytes]) -> None:
        path, _ = QFileDialog.getSaveFileName(self._parent, title, str(self.folder / name), filters)
        if not path:
            return
        target = Path(path)
        self.folder = target.parent

        def job() -> Path:
            target.write_bytes(produce())
            return target

        self._run(job, lambda p: f"已导出：\n{p}")

    def _run(self, job: Callable[[], Any], message: Callable[[Any], str]) -> None:
        self.running += 1

        def done(result: object) -> None:
            self.running -= 1
            if shiboken6.isValid(self._parent):
                self._tell(message(result))

        def failed(exc: BaseException) -> None:
            self.running -= 1
            if shiboken6.isValid(self._parent):
                show_error(self._parent, exc, "导出失败")

        run_in_background(job, done, failed)

    def _tell(self, text: str) -> None:
        self.last_message = text
        box = QMessageBox(QMessageBox.Icon.Information, "导出完成", text, parent=self._parent)
        box.setObjectName("export_done_box")
        box.open()


class CardPreviews(QObject):
    """Renders the card a preview shows, off the GUI thread, for the current facts only."""

    def __init__(self, pane: PreviewPane, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pane = pane
        self.enabled = True
        self._generation = 0
        self._facts: NoticeFacts | None = None
        self._content: CardContent | None = None
        self._have: set[str] = set()
        self._wanted: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CARD_DELAY_MS)
        self._timer.timeout.connect(self._render)

    def facts_changed(self, facts: NoticeFacts | None) -> None:
        """New facts: cards are out of date when what they print changed (not for 补充说明)."""
        content = card_content(facts) if facts is not None else None
        self._facts = facts
        if content == self._content:
            return
        self._content = content
        self._generation += 1
        self._have.clear()
        self.pane.clear_cards()

    def want(self, size: str | None) -> None:
        """The preview now shows a card of format ``size`` (None: no card)."""
        self._wanted = size
        if size is not None and size not in self._have and self.enabled:
            self._timer.start()

    def _render(self) -> None:
        size, facts, generation = self._wanted, self._facts, self._generation
        if size is None or facts is None or size in self._have or size not in CARD_SIZES:
            return
        self._have.add(size)

        def done(png: object) -> None:
            if generation != self._generation or not shiboken6.isValid(self.pane):
                return
            image = QImage.fromData(png if isinstance(png, bytes) else b"")
            self.pane.set_card(image, size)

        def failed(exc: BaseException) -> None:
            log.warning("card preview failed: %s", exc)

        run_in_background(lambda: render_card(facts, CARD_SIZES[size]), done, failed)
