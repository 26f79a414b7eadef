"""通告 page: the officer's daily workbench. Draft once, see every channel side by side.

Left the stored drafts; in the middle the notice facts and the per-channel editor; on the right
the selected channel as its platform shows it, all channels at a glance and the problems. Every
edit is debounced (120 ms) and then rebuilds the whole workbench synchronously (a few ms); only
widgets whose channel changed are touched, and the field being typed in keeps its cursor.
Unsaved work goes to the recovery store a second after the last change; a clean save or an
explicit discard removes it, and on the first show the page offers what a crash left behind.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QWidget

from xa_console.context import AppContext
from xa_console.domain.errors import DomainError
from xa_console.gui import prompts
from xa_console.gui.bus import ChangeBus
from xa_console.gui.dialogs.new_draft import NewDraftDialog
from xa_console.gui.errors import describe_exception, show_error
from xa_console.gui.forms.ui_workbench import Ui_Workbench
from xa_console.gui.models.channel_status_model import CHANNEL_ROLE, ChannelStatusModel
from xa_console.gui.models.draft_model import DraftRow, kind_label
from xa_console.gui.pages.channel_editor import show_problems
from xa_console.gui.pages.draft_list import DraftList, configure_table
from xa_console.gui.pages.previews import card_size_for
from xa_console.gui.pages.workbench_exports import CardPreviews, WorkbenchExports
from xa_console.gui.pages.workbench_facts import FactsForm, form_height
from xa_console.gui.pages.workbench_live import LiveDraft, Snapshot, snapshot
from xa_console.gui.pages.workbench_recovery import RecoveryKeeper, recovered_workbench
from xa_console.gui.shortcuts import PageShortcuts
from xa_console.gui.undo import run_write
from xa_console.services.changes import Changes
from xa_console.services.drafting import Workbench
from xa_console.services.rendering import TemplateRenderer

PAGE_STYLE = """
QLabel#facts_header { font-size: 14pt; font-weight: bold; color: #1F2A37; }
QLabel#drafts_title, QLabel#problems_title { font-weight: bold; color: #1F2A37; }
QLabel#draft_count_label, QLabel#overview_hint, QLabel#rebuild_label { color: #5F6B7A; }
QLabel#dirty_label { color: #B3261E; font-weight: bold; }
"""


class WorkbenchPage(QWidget):
    """The 通告 page (see the module docstring)."""

    def __init__(
        self,
        ctx: AppContext,
        bus: ChangeBus,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("workbench_page")
        self.ui = ui = Ui_Workbench()
        ui.setupUi(self)
        self.setStyleSheet(PAGE_STYLE)
        self.ctx, self._bus, self._today = ctx, bus, today
        self.channel_id = ""
        self.dialog: NewDraftDialog | None = None
        self._clean: Snapshot | None = None
        self._shown: Workbench | None = None
        self._offered = False
        self.form = FactsForm(ui, self)
        self.live = LiveDraft(ctx.drafting, self.form.apply, self)
        self.drafts = DraftList(ui.draft_table, ui.draft_count_label, self)
        self.overview = ChannelStatusModel(self)
        self.editor, self.preview = ui.channel_editor, ui.preview_pane
        self.preview.set_reading_speed(ctx.settings.reading_speed_cpm)
        self.cards = CardPreviews(self.preview, self)
        buttons = (
            ui.export_card_button,
            ui.export_script_button,
            ui.export_press_button,
            ui.export_cap_button,
        )
        cpm = ctx.settings.reading_speed_cpm
        self.exports = WorkbenchExports(self, buttons, self.flushed, cpm)
        self.recovery = RecoveryKeeper(ctx.recovery, self._unsaved, self)
        self._setup_views()
        self._connect()
        self.reload_list()
        self._show_nothing()

    # ----- set-up ----------------------------------------------------------------------------
    def _setup_views(self) -> None:
        ui = self.ui
        ui.overview_table.setModel(self.overview)
        configure_table(ui.overview_table, ChannelStatusModel.Column.LENGTH)
        self._keyword_limits()
        for splitter, sizes in (
            (ui.main_splitter, [320, 510, 420]),
            (ui.middle_splitter, [form_height(None), 480]),
            (ui.right_splitter, [630, 140]),
        ):
            splitter.setSizes(sizes)
        ui.main_splitter.setStretchFactor(1, 3)
        ui.main_splitter.setStretchFactor(2, 2)
        ui.error_panel.hide()
        self._shortcuts = PageShortcuts(self)
        self.new_action = self._shortcuts.add("新建", ["Ctrl+N"], self.new_draft)
        self.save_action = self._shortcuts.add("保存", ["Ctrl+S"], self.save)

    def _keyword_limits(self) -> None:
        types = self.ctx.channels.book().keyword_types
        self.editor.set_keyword_limits({k: t.max for k, t in types.items()})

    def _connect(self) -> None:
        ui = self.ui
        ui.new_button.clicked.connect(self.new_draft)
        ui.save_button.clicked.connect(self.save)
        ui.discard_button.clicked.connect(self.discard)
        ui.delete_button.clicked.connect(self.delete_draft)
        ui.overview_table.doubleClicked.connect(self._overview_activated)
        self.drafts.chosen.connect(self._draft_chosen)
        self.form.changed.connect(self.live.facts_edited)
        self.form.changed.connect(self._update_state)
        self.editor.field_edited.connect(self.live.field_edited)
        self.editor.field_edited.connect(self._update_state)
        self.live.rebuilt.connect(self._rebuilt)
        self.live.failed.connect(self._show_failure)
        self.editor.regenerate_requested.connect(self.regenerate)
        self.editor.channel_changed.connect(self.select_channel)
        self._bus.changed.connect(self._on_bus)

    # ----- opening drafts --------------------------------------------------------------------
    def reload_list(self) -> None:
        """Re-read the stored drafts; keep the open one selected."""
        rows = [DraftRow.of(r) for r in self.ctx.drafting.list()]
        self.drafts.reload(rows, self.wb.draft_id if self.wb else None)

    def _draft_chosen(self, draft_id: int) -> None:
        if self.wb is not None and self.wb.draft_id == draft_id:
            return
        if self._resolve_unsaved():
            self.open_draft(draft_id)
        else:
            self.drafts.select(self.wb.draft_id if self.wb else None)

    def open_draft(self, draft_id: int) -> bool:
        """Load a stored draft into the page."""
        try:
            wb = self.ctx.drafting.load(draft_id)
        except Exception as e:
            self._show_failure("未能打开草稿：", e)
            return False
        self.set_workbench(wb, key=f"draft-{draft_id}", saved=True)
        return True

    def new_draft(self) -> NewDraftDialog | None:
        """Ask what to draft (non-blocking dialog); the workbench opens when it is accepted."""
        if not self._resolve_unsaved():
            return None
        dialog = NewDraftDialog(
            lambda kind, day, issue: self.ctx.drafting.new(kind, day, issue),
            self.ctx.rules.notices(),
            self._today(),
            self,
        )
        dialog.accepted.connect(lambda: self._new_accepted(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _new_accepted(self, dialog: NewDraftDialog) -> None:
        if dialog.workbench is not None:
            self.set_workbench(dialog.workbench, key=f"new-{uuid.uuid4().hex[:12]}", saved=False)
            self.form.focus_widget().setFocus()

    # ----- showing ---------------------------------------------------------------------------
    def set_workbench(self, wb: Workbench, *, key: str, saved: bool) -> None:
        """Show ``wb``; ``saved`` when it equals what is stored (otherwise it counts as unsaved)."""
        self._fit_facts(wb)
        self.recovery.timer.stop()
        self.live.reset(wb)
        self._shown, self.recovery.key = wb, key
        self._clean = snapshot(wb) if saved else None
        self.ui.error_panel.clear()
        self.ui.rebuild_label.clear()
        self.form.load(wb.facts)
        self.cards.facts_changed(wb.facts)
        ids = [c.spec.id for c in wb.channels]
        want = self.channel_id
        if want not in ids:
            want = "weibo" if "weibo" in ids else (ids[0] if ids else "")
        self.editor.set_drafts(wb.channels)  # may select its first channel on the way
        self.overview.set_drafts(wb.channels)
        self.channel_id = want
        self.editor.select(want)
        self._show_selected()
        self.drafts.select(wb.draft_id)
        self._update_state()

    def _fit_facts(self, wb: Workbench) -> None:
        """Traffic controls and corrections have more to fill in: give the form more room."""
        top = form_height(wb.facts.kind)
        if self._shown is None or form_height(self._shown.facts.kind) != top:
            total = sum(self.ui.middle_splitter.sizes()) or 800
            self.ui.middle_splitter.setSizes([top, max(total - top, 250)])

    def _show_nothing(self) -> None:
        self.live.reset(None)
        self._shown, self._clean = None, None
        self.form.clear()
        self.editor.clear()
        self.overview.set_drafts(())
        self.preview.clear()
        self.ui.problems_list.clear()
        self.ui.problems_title.setText("问题")
        self.drafts.select(None)
        self._update_state()

    @property
    def wb(self) -> Workbench | None:
        """The open workbench (None when no draft is open)."""
        return self.live.wb

    @property
    def last_rebuild_ms(self) -> float:
        """How long the last rebuild after typing took."""
        return self.live.last_rebuild_ms

    def _rebuilt(self, wb: Workbench) -> None:
        """After a rebuild: refresh only what changed."""
        old, self._shown = self._shown, wb
        if old is None or old.facts != wb.facts:
            self.cards.facts_changed(wb.facts)
        self.editor.set_drafts(wb.channels)
        self.overview.set_drafts(wb.channels)
        self._show_selected()
        self.ui.error_panel.clear()
        self.ui.rebuild_label.setText(f"生成 {self.live.last_rebuild_ms:.0f} ms")
        self.recovery.schedule()
        self._update_state()

    def select_channel(self, channel_id: str) -> None:
        """Show a channel in the editor, the preview and the problems list."""
        self.channel_id = channel_id
        if self.editor.current_channel() != channel_id:
            self.editor.select(channel_id)
        self._show_selected()

    def _overview_activated(self, index: QModelIndex) -> None:
        cid = index.data(CHANNEL_ROLE)
        if cid:
            self.select_channel(str(cid))
            self.ui.right_tabs.setCurrentWidget(self.ui.preview_tab)

    def _show_selected(self) -> None:
        if self.wb is None:
            return
        try:
            draft = self.wb.channel(self.channel_id)
        except KeyError:
            return
        self.preview.show_channel(draft, self.wb.facts)
        self.cards.want(card_size_for(draft.spec.id))
        show_problems(self.ui.problems_list, self.ui.problems_title, draft)

    # ----- live editing ----------------------------------------------------------------------
    def pending(self) -> bool:
        """True while typed input has not been folded into the workbench yet."""
        return self.live.pending()

    def flush(self) -> None:
        """Fold pending input into the workbench now (the debounce timer calls this)."""
        self.live.flush()

    def flushed(self) -> Workbench | None:
        """The workbench with every typed character folded in."""
        self.live.flush()
        return self.live.wb

    def set_renderer(self, renderer: TemplateRenderer | None) -> None:
        """Render with ``renderer`` (an unsaved template edit); None: the templates in force."""
        self.live.renderer = renderer
        self.live.rerender()

    def regenerate(self, channel_id: str) -> None:
        """Drop a channel's hand edits after confirmation."""
        wb = self.flushed()
        if wb is None:
            return
        name = wb.channel(channel_id).spec.name_zh
        text = f"放弃“{name}”的手动修改，按模板重新生成吗？"
        if prompts.confirm(self, "重新生成", text, "重新生成"):
            self.live.rerender(regenerate=channel_id)

    # ----- state -----------------------------------------------------------------------------
    def is_dirty(self) -> bool:
        """True when the open draft differs from what is stored (or was never saved)."""
        if self.wb is None:
            return False
        return self.pending() or self._clean is None or snapshot(self.wb) != self._clean

    def _unsaved(self) -> Workbench | None:
        self.flush()
        return self.wb if self.is_dirty() else None

    def _update_state(self) -> None:
        ui, wb = self.ui, self.wb
        new = wb is not None and wb.draft_id is None
        ui.dirty_label.setText("● 新草稿，未保存" if new else "● 未保存")
        ui.dirty_label.setVisible(self.is_dirty())
        ui.save_button.setEnabled(wb is not None)
        ui.discard_button.setEnabled(self.is_dirty())
        ui.delete_button.setEnabled(wb is not None and not new)
        self.exports.set_enabled(wb is not None)

    def _resolve_unsaved(self) -> bool:
        self.flush()
        if not self.is_dirty():
            return True
        answer = prompts.ask_unsaved(self, "当前草稿")
        if answer is prompts.Unsaved.SAVE:
            return self.save()
        if answer is prompts.Unsaved.DISCARD:
            self.recovery.discard()
            return True
        return False

    def _show_failure(self, title: str, exc: BaseException) -> None:
        self.ui.error_panel.show_messages(describe_exception(exc).splitlines(), title)

    # ----- save, discard, delete -------------------------------------------------------------
    def save(self) -> bool:
        """Store the draft (optimistic lock); True on success. Errors go to the red panel."""
        wb = self.flushed()
        if wb is None:
            return False
        try:
            saved, changes = run_write(lambda: self.ctx.drafting.save(wb))
        except DomainError as e:
            kept = "（您的修改仍在编辑区，未丢失）" if e.code == "draft.stale" else ""
            self._show_failure(f"未能保存{kept}：", e)
            return False
        except Exception as e:
            self._show_failure("未能保存：", e)
            return False
        self.recovery.discard()
        self.live.replace_saved(saved)
        self._shown, self._clean = saved, snapshot(saved)
        self.recovery.key = f"draft-{saved.draft_id}"
        self.ui.error_panel.clear()
        self.ui.rebuild_label.setText(f"已保存 {time.strftime('%H:%M')}")
        self._bus.publish(changes)
        self._update_state()
        return True

    def discard(self) -> None:
        """Throw away unsaved changes: reload the stored draft, or close the new one."""
        if self.wb is None:
            return
        draft_id = self.wb.draft_id
        self.live.reset(None)
        self.recovery.discard()
        if draft_id is None or not self.open_draft(draft_id):
            self._show_nothing()

    def delete_draft(self) -> None:
        """Delete the open (stored) draft after confirmation."""
        wb = self.wb
        if wb is None or wb.draft_id is None:
            return
        draft_id = wb.draft_id
        text = f"确定删除草稿“{kind_label(wb.facts.kind)} · {wb.facts.day.isoformat()}”吗？"
        if not prompts.confirm(self, "删除草稿", text, "删除"):
            return
        try:
            changes = run_write(lambda: self.ctx.drafting.delete(draft_id))
        except Exception as e:
            self._show_failure("未能删除：", e)
            return
        self.recovery.discard()
        self._show_nothing()
        self._bus.publish(changes)

    def _on_bus(self, changes: Changes) -> None:
        if changes.drafts:
            self.reload_list()
        if changes.channels:
            self._keyword_limits()
        if changes.templates or changes.channels or changes.notices:
            self.live.rerender()

    # ----- crash recovery --------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        """Leave keys the host window binds to it; offer crash leftovers on the first show."""
        self._shortcuts.sync()
        super().showEvent(event)
        if not self._offered:
            self._offered = True
            QTimer.singleShot(0, self.offer_recovery)

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the page (or closing the window) writes the recovery copy at once."""
        if self.recovery.timer.isActive() or self.pending():
            self.recovery.write()
        super().hideEvent(event)

    def offer_recovery(self) -> bool:
        """Offer what a crash left; True when a draft was restored into the page."""
        while (found := self.recovery.offer(self)) is not None:
            try:
                wb = recovered_workbench(found, self.ctx.drafting, self.live.renderer)
            except Exception as e:
                show_error(self, e, "无法恢复草稿")
                self.ctx.recovery.discard(found.key)
                continue
            self.set_workbench(wb, key=found.key, saved=False)
            return True
        return False
