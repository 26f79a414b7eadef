"""The "通告与规则" tab: the city's notices on the left, the selected notice's form on the right.

Saves and deletes are undo commands on the shared stack (see :mod:`xa_console.gui.undo`); the
service checks the whole notice set, and every problem comes back as a Chinese line in the red
panel, naming the field and framing its widget. What the officer typed is never thrown away.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHeaderView, QWidget

from xa_console.domain.codec import notice_to_dict
from xa_console.domain.errors import DomainError, Issue
from xa_console.domain.rules import Notice
from xa_console.gui import prompts
from xa_console.gui.bus import ChangeBus
from xa_console.gui.errors import (
    INVALID_STYLE,
    describe_exception,
    describe_issue,
    set_invalid,
)
from xa_console.gui.forms.ui_notice_editor import Ui_NoticeEditor
from xa_console.gui.models.notice_model import KIND_LABELS, SORT_ROLE, NoticeModel
from xa_console.gui.pages.editor_base import EditorPage
from xa_console.gui.pages.notice_fields import new_notice_template
from xa_console.gui.pages.notice_form import NoticeForm
from xa_console.gui.tables import prepare_table
from xa_console.gui.undo import DeleteNoticeCommand, SaveNoticeCommand, push
from xa_console.services.changes import Changes
from xa_console.services.rules import RuleService

_ERROR_TITLE = "未能保存，请修改以下问题："


class NoticeEditorPage(EditorPage):
    """List, edit, create and delete the restriction notices (通告) of the city."""

    def __init__(
        self,
        rules: RuleService,
        undo_stack: QUndoStack,
        bus: ChangeBus,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(undo_stack, bus, parent)
        self.ui = Ui_NoticeEditor()
        self.ui.setupUi(self)
        self.setStyleSheet(INVALID_STYLE)
        self._rules = rules
        self._current: Notice | None = None  # the stored notice in the form
        self._new = False  # the form holds a notice not saved yet
        self._version: int | None = None
        self._clean = ""
        self._targets: list[QWidget | None] = []
        self.model = NoticeModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.form = NoticeForm(self.ui, self)
        self._setup_table()
        self._setup_actions()
        self._connect()
        self.reload()
        self._select_default()

    # ----- set-up ----------------------------------------------------------------------------
    def _setup_table(self) -> None:
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        t = self.ui.notice_table
        t.setModel(self.proxy)
        prepare_table(t)
        t.setWordWrap(False)
        t.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        t.setSortingEnabled(True)
        t.sortByColumn(NoticeModel.Column.EFFECTIVE_FROM, Qt.SortOrder.DescendingOrder)
        header = t.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NoticeModel.Column.TITLE, QHeaderView.ResizeMode.Stretch)
        self.ui.splitter.setStretchFactor(0, 5)
        self.ui.splitter.setStretchFactor(1, 7)
        self.ui.splitter.setSizes([560, 800])

    def _setup_actions(self) -> None:
        add = self._shortcuts.add
        self.new_action = add("新建", ["Ctrl+N"], self.new_notice)
        self.save_action = add("保存", ["Ctrl+S"], self.save)
        self.delete_action = add("删除", ["Del"], self.delete_selected, self.ui.notice_table)

    def _connect(self) -> None:
        ui = self.ui
        ui.new_button.clicked.connect(self.new_notice)
        ui.save_button.clicked.connect(self.save)
        ui.delete_button.clicked.connect(self.delete_selected)
        ui.discard_button.clicked.connect(self.discard)
        ui.search_edit.textChanged.connect(self._filter)
        ui.notice_table.selectionModel().currentRowChanged.connect(self._row_changed)
        ui.error_panel.activated.connect(self._focus_target)
        self.form.changed.connect(self._update_dirty)
        self.form.problems.connect(self._show_issues)
        self._bus.changed.connect(self._on_bus)
        self._wire_undo(ui.undo_button, ui.redo_button)

    # ----- list ------------------------------------------------------------------------------
    def reload(self) -> None:
        """Re-read the notices; keep the selection and, if unchanged, the form."""
        keep = self._current.id if self._current else None
        notices = self._rules.notices()
        with self._suppressed():
            self.model.set_notices(notices)
            if not self._new:
                self._reselect(keep)
        self._update_count()
        if self._new or keep is None:
            return
        fresh = next((n for n in notices if n.id == keep), None)
        if fresh is None and self.is_dirty():
            self._current, self._new = None, True  # deleted elsewhere: the edits become new
            self._update_header()
        elif fresh is None:
            self._load(None)
        elif not self.is_dirty():
            self._load(fresh)

    def select_notice(self, notice_id: int | None) -> bool:
        """Select a notice by id (asking about unsaved changes); False when it is not listed."""
        row = self.model.row_of(notice_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.ui.notice_table.setCurrentIndex(index)
        return self._current is not None and self._current.id == notice_id

    def _select_default(self) -> None:
        today = date.today()
        notices = self.model.notices()
        in_force = [n for n in notices if n.kind.is_base and n.covers(today)]
        pick = in_force[-1] if in_force else (notices[-1] if notices else None)
        if pick is not None:
            self.select_notice(pick.id)
        else:
            self._load(None)

    def _reselect(self, notice_id: int | None) -> None:
        row = self.model.row_of(notice_id)
        table = self.ui.notice_table
        if row is None:
            table.selectionModel().clear()
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        table.setCurrentIndex(index)
        table.scrollTo(index)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._suppress:
            return
        target = self._notice_at(current)
        same = target is not None and self._current is not None and target.id == self._current.id
        if same and not self._new:
            return
        keep = None if self._new or self._current is None else self._current.id
        if not self._resolve_unsaved(self._what()):
            with self._suppressed():
                self._reselect(keep)
            return
        fresh = self.model.row_of(target.id if target else None)
        with self._suppressed():
            self._reselect(target.id if target else None)
        self._load(self.model.notice(fresh) if fresh is not None else None)

    def _notice_at(self, index: QModelIndex) -> Notice | None:
        if not index.isValid():
            return None
        return self.model.notice(self.proxy.mapToSource(index).row())

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._update_count()

    def _update_count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        text = f"共 {total} 份通告" if shown == total else f"显示 {shown} / {total} 份通告"
        self.ui.count_label.setText(text)

    # ----- form ------------------------------------------------------------------------------
    def _load(self, notice: Notice | None, raw: dict[str, Any] | None = None) -> None:
        self._current = notice
        self._new = notice is None and raw is not None
        self.ui.error_panel.clear()
        if notice is not None:
            raw = notice_to_dict(notice)
            self._version = self._rules.notice_version(notice.id) if notice.id else None
        editing = raw is not None
        self.ui.form_scroll.setEnabled(editing)
        if raw is not None:
            self.form.load(raw)
        self._clean = self.form.snapshot() if editing else ""
        self._update_header()
        self._update_dirty()

    def _update_header(self) -> None:
        if self._new:
            text = "新建通告"
        elif self._current is None:
            text = "请在左侧选择一份通告，或点击“新建”。"
        else:
            kind = KIND_LABELS.get(self._current.kind, "")
            text = f"{kind} · {self._current.effective_from.isoformat()} 起"
        self.ui.header_label.setText(text)

    def is_dirty(self) -> bool:
        """True when the form differs from what was loaded (or holds a new notice)."""
        if self._current is None and not self._new:
            return False
        return self.form.snapshot() != self._clean

    def _update_dirty(self) -> None:
        dirty = self.is_dirty()
        self.ui.dirty_label.setText("● 新通告，未保存" if self._new else "● 未保存")
        self.ui.dirty_label.setVisible(dirty or self._new)
        editing = self._new or self._current is not None
        self.ui.save_button.setEnabled(editing)
        self.ui.discard_button.setEnabled(dirty or self._new)
        self.ui.delete_button.setEnabled(self._current is not None)

    def _what(self) -> str:
        return "新通告" if self._new else f"通告“{self._current.title if self._current else ''}”"

    # ----- commands --------------------------------------------------------------------------
    def new_notice(self) -> None:
        """Start a new notice, pre-filled from the latest notice that carries rules."""
        if not self._resolve_unsaved(self._what()):
            return
        with self._suppressed():
            self.ui.notice_table.selectionModel().clear()
        self._load(
            None, new_notice_template(self.model.notices(), self._rules.city_id, date.today())
        )
        self.form.clear_end_date()
        self._clean = self.form.snapshot()
        self._update_dirty()
        self.ui.title_edit.setFocus()

    def save(self) -> bool:
        """Validate and save the form; True on success (errors go to the red panel)."""
        if self._current is None and not self._new:
            return False
        if not self._new and not self.is_dirty():
            return True  # nothing to write: no new version, no undo step
        self._clear_errors()
        notice_id = None if self._new or self._current is None else self._current.id
        try:
            notice = self.form.build(notice_id, self._rules.city_id)
        except DomainError as e:
            self._show_issues(e.issues)
            return False
        previous = None if notice_id is None else self._current
        version = None if notice_id is None else self._version
        command = SaveNoticeCommand(self._rules, notice, version, previous, self._bus, self._report)
        outcome = push(self._undo, command)
        if outcome.error is not None:
            self._show_exception(outcome.error)
            return False
        saved: Notice = outcome.result
        self._new = False
        with self._suppressed():
            self._reselect(saved.id)
        self._load(saved)
        return True

    def delete_selected(self) -> None:
        """Delete the selected notice after confirmation (undo restores it)."""
        if self._new and self._current is None:
            self.discard()
            return
        notice = self._current
        if notice is None or notice.id is None:
            return
        start = notice.effective_from.isoformat()
        text = f"确定删除“{notice.title}”（{start} 起）吗？\n可以用“撤销”恢复。"
        if not prompts.confirm(self, "删除通告", text, "删除"):
            return
        row = self.ui.notice_table.currentIndex().row()
        self._clean = self.form.snapshot()  # the deleted notice's edits are dropped on purpose
        outcome = push(
            self._undo, DeleteNoticeCommand(self._rules, notice, self._bus, self._report)
        )
        if outcome.error is not None:
            self._show_exception(outcome.error)
            return
        count = self.proxy.rowCount()
        if count:
            self.ui.notice_table.setCurrentIndex(self.proxy.index(min(row, count - 1), 0))
        else:
            self._load(None)

    def discard(self) -> None:
        """Throw away the edits: reload the stored notice, or drop the new one."""
        if self._new or self._current is None:
            self._new = False
            self._load(None)
            self._select_default()
            return
        row = self.model.row_of(self._current.id)
        self._load(self.model.notice(row) if row is not None else None)

    def _on_bus(self, changes: Changes) -> None:
        if changes.notices:
            self.reload()

    # ----- errors ----------------------------------------------------------------------------
    def _clear_errors(self) -> None:
        self.ui.error_panel.clear()
        self.form.clear_marks()
        self._targets = []

    def _show_exception(self, exc: BaseException) -> None:
        if isinstance(exc, DomainError):
            self._show_issues(exc.issues)
        else:
            self.ui.error_panel.show_messages([describe_exception(exc)], "保存失败：")

    def _show_issues(self, issues: list[Issue]) -> None:
        self._clear_errors()
        messages, linked = [], set()
        for i, issue in enumerate(issues):
            widget, label = self.form.locate(issue.field)
            messages.append(describe_issue(issue, label))
            self._targets.append(widget)
            if widget is not None:
                linked.add(i)
                set_invalid(widget, True)
        self.ui.error_panel.show_messages(messages, _ERROR_TITLE, linked)

    def _focus_target(self, i: int) -> None:
        widget = self._targets[i] if 0 <= i < len(self._targets) else None
        if widget is not None:
            self.ui.form_scroll.ensureWidgetVisible(widget)
            widget.setFocus()
