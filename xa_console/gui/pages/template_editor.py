"""设置 › 模板: edit the notice templates with line numbers, a live preview and safe saving.

A template that does not compile is refused with "第 N 行：原因" and the line is marked; the text
in the editor is never replaced without the officer's say-so, and 放弃修改 / 恢复为内置模板 are
edits Ctrl+Z can take back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QShowEvent, QTextCursor
from PySide6.QtWidgets import QHeaderView, QTreeWidgetItem, QWidget

from xa_console.context import AppContext
from xa_console.domain.errors import DomainError
from xa_console.gui import prompts
from xa_console.gui.bus import ChangeBus
from xa_console.gui.errors import describe_exception
from xa_console.gui.forms.ui_template_editor import Ui_TemplateEditor
from xa_console.gui.pages.template_preview import (
    KIND_NAMES,
    TemplateFault,
    TemplatePreview,
    fault_from_params,
)
from xa_console.gui.shortcuts import PageShortcuts
from xa_console.gui.undo import run_write
from xa_console.services.changes import Changes

SHARED_GROUP = "公共"
SHARED_NAMES = {"_macros.j2": "公共短语", "_formal.j2": "公文格式"}
NAME_ROLE = Qt.ItemDataRole.UserRole + 1
_MODIFIED = "已修改"
_MODIFIED_COLOUR = QColor("#B45309")


def group_of(name: str) -> str:
    """The tree group of a template: its kind in Chinese, or 公共 for shared files."""
    kind, _, _ = name.rpartition("/")
    return KIND_NAMES.get(kind, kind) if kind else SHARED_GROUP


class TemplateEditorPage(QWidget):
    """Template list (grouped by kind), code editor and live preview; saves through the service."""

    def __init__(self, ctx: AppContext, bus: ChangeBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_TemplateEditor()
        self.ui.setupUi(self)
        self._ctx = ctx
        self._bus = bus
        self._name = ""
        self._clean = ""  # the stored source of the open template
        self._overridden: set[str] = set()
        self._listed: tuple[tuple[str, ...], frozenset[str]] = ((), frozenset())
        self._suppress = False
        self.preview = TemplatePreview(ctx, self.ui.preview_panel)
        self.ui.preview_layout.addWidget(self.preview, 1)
        self._shortcuts = PageShortcuts(self)
        self._shortcuts.add("保存", ["Ctrl+S"], self.save)
        self._setup()
        self.reload()
        if not self.select_template("daily/weibo.j2"):
            self._select_first()

    def _setup(self) -> None:
        ui = self.ui
        tree = ui.template_tree
        tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        tree.header().setStretchLastSection(False)
        ui.splitter.setStretchFactor(0, 2)
        ui.splitter.setStretchFactor(1, 5)
        ui.splitter.setStretchFactor(2, 4)
        ui.splitter.setSizes([230, 560, 480])
        ui.code_editor.setLineWrapMode(ui.code_editor.LineWrapMode.WidgetWidth)
        tree.currentItemChanged.connect(self._item_changed)
        ui.code_editor.textChanged.connect(self._text_changed)
        ui.save_button.clicked.connect(self.save)
        ui.discard_button.clicked.connect(self.discard)
        ui.revert_button.clicked.connect(self.revert)
        ui.error_panel.activated.connect(self._go_to_fault)
        self.preview.faults_changed.connect(self._show_faults)
        self._faults: list[TemplateFault] = []

    # ----- list ------------------------------------------------------------------------------
    def reload(self) -> None:
        """Re-read names and overrides; the open text is kept when it has unsaved edits."""
        names = self._ctx.templates.names()
        overrides = self._ctx.templates.overrides()
        listed = (tuple(names), frozenset(overrides))
        if listed != self._listed:  # refill only on change: keeps the tree's scroll position
            self._listed = listed
            self._overridden = set(overrides)
            self._fill_tree(names)
        if self._name and self._name in names and not self.is_dirty():
            stored = overrides.get(self._name) or self._ctx.templates.renderer().source(self._name)
            if stored != self._clean:
                self._open(self._name, stored)
        self._update_state()

    def _fill_tree(self, names: list[str]) -> None:
        tree = self.ui.template_tree
        expanded = {g.text(0) for g in self._groups() if g.isExpanded()}
        self._suppress = True
        try:
            tree.clear()
            book = self._ctx.channels.book()
            channel_names = {c.id: c.name_zh for c in book.channels}
            order = {c.id: c.order for c in book.channels}
            groups: dict[str, QTreeWidgetItem] = {}
            for name in sorted(names, key=lambda n: _sort_key(n, list(KIND_NAMES), order)):
                group = group_of(name)
                if group not in groups:
                    groups[group] = QTreeWidgetItem(tree, [group])
                    groups[group].setFlags(Qt.ItemFlag.ItemIsEnabled)
                file = name.rpartition("/")[2]
                shared = SHARED_NAMES.get(file, "") if "/" not in name else ""
                label = shared or channel_names.get(file[:-3], "") or file
                item = QTreeWidgetItem(groups[group], [label])
                item.setData(0, NAME_ROLE, name)
                item.setToolTip(0, name)
                if name in self._overridden:
                    item.setText(1, _MODIFIED)
                    item.setForeground(1, QBrush(_MODIFIED_COLOUR))
            for title, box in groups.items():
                edited = sum(1 for n in names if n in self._overridden and group_of(n) == title)
                if edited:
                    box.setText(1, f"{edited} 个{_MODIFIED}")
                    box.setForeground(1, QBrush(_MODIFIED_COLOUR))
                box.setExpanded(title in expanded or title == group_of(self._name))
            current = self.item_for(self._name)
            if current is not None:
                tree.setCurrentItem(current)
        finally:
            self._suppress = False

    def _groups(self) -> list[QTreeWidgetItem]:
        tree = self.ui.template_tree
        return [g for i in range(tree.topLevelItemCount()) if (g := tree.topLevelItem(i))]

    def _items(self) -> list[QTreeWidgetItem]:
        return [c for g in self._groups() for i in range(g.childCount()) if (c := g.child(i))]

    def item_for(self, name: str) -> QTreeWidgetItem | None:
        """The tree row of a template."""
        return next((i for i in self._items() if i.data(0, NAME_ROLE) == name), None)

    def select_template(self, name: str) -> bool:
        """Open a template (asking about unsaved edits); False when it is not listed."""
        item = self.item_for(name)
        if item is None:
            return False
        parent = item.parent()
        if parent is not None:
            parent.setExpanded(True)
        self.ui.template_tree.setCurrentItem(item)
        return self._name == name

    def _select_first(self) -> None:
        items = self._items()
        if items:
            self.ui.template_tree.setCurrentItem(items[0])

    def _item_changed(
        self, current: QTreeWidgetItem | None, previous: QTreeWidgetItem | None
    ) -> None:
        if self._suppress or current is None:
            return
        name = current.data(0, NAME_ROLE)
        if not name or name == self._name:
            return
        if self.is_dirty():
            answer = prompts.ask_unsaved(self, f"模板 {self._name} ")
            if answer is prompts.Unsaved.SAVE and not self.save():
                answer = prompts.Unsaved.CANCEL
            if answer is prompts.Unsaved.CANCEL:
                back = previous or self.item_for(self._name)
                if back is not None:
                    self._suppress = True
                    self.ui.template_tree.setCurrentItem(back)
                    self._suppress = False
                return
        self._open(name, self._ctx.templates.renderer().source(name))

    # ----- editor ----------------------------------------------------------------------------
    def _open(self, name: str, source: str) -> None:
        self._name, self._clean = name, source
        self.ui.error_panel.clear()
        self.ui.code_editor.set_error_line(None)
        self.ui.code_editor.setPlainText(source)  # a new document: its own undo history
        item = self.item_for(name)
        label = item.text(0) if item is not None else name
        self.ui.header_label.setText(f"{group_of(name)} · {label}")
        self.ui.header_label.setToolTip(name)
        self.preview.show_template(name, source)
        self._update_state()

    def current_name(self) -> str:
        """The template open in the editor."""
        return self._name

    def source(self) -> str:
        """The text in the editor."""
        return self.ui.code_editor.toPlainText()

    def is_dirty(self) -> bool:
        """True when the editor holds edits that are not saved."""
        return bool(self._name) and self.source() != self._clean

    def _text_changed(self) -> None:
        if self._name:
            self.preview.set_source(self.source())
        self._update_state()

    def _replace_text(self, text: str) -> None:
        """Swap the whole text as one edit, so Ctrl+Z brings the old text back."""
        cursor = QTextCursor(self.ui.code_editor.document())
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        cursor.endEditBlock()

    def _update_state(self) -> None:
        ui = self.ui
        dirty = self.is_dirty()
        overridden = self._name in self._overridden
        ui.dirty_label.setVisible(dirty)
        ui.save_button.setEnabled(dirty)
        ui.discard_button.setEnabled(dirty)
        ui.revert_button.setEnabled(overridden)
        state = "已修改（使用本单位的版本）" if overridden else "内置模板"
        ui.state_label.setText(f"{self._name} · {state}" if self._name else "")

    # ----- faults ----------------------------------------------------------------------------
    def _show_faults(self, faults: list[TemplateFault], title: str = "模板有错误：") -> None:
        self._faults = list(faults)
        if not faults:
            self.ui.error_panel.clear()
            self.ui.code_editor.set_error_line(None)
            return
        texts = [f.text(self._name) for f in faults]
        linked = [i for i, f in enumerate(faults) if f.template == self._name and f.line]
        self.ui.error_panel.show_messages(texts, title, linked)
        mine = next((f.line for f in faults if f.template == self._name and f.line), None)
        self.ui.code_editor.set_error_line(mine)

    def _go_to_fault(self, index: int) -> None:
        if 0 <= index < len(self._faults) and self._faults[index].line:
            self.ui.code_editor.go_to_line(self._faults[index].line or 1)

    def faults(self) -> list[str]:
        """The error lines shown (empty when the template is fine)."""
        return self.ui.error_panel.messages()

    # ----- actions ---------------------------------------------------------------------------
    def save(self) -> bool:
        """Store the edited template; a broken one is refused and the text stays as typed."""
        if not self._name or not self.is_dirty():
            return True
        name, source = self._name, self.source()
        try:
            changes = run_write(lambda: self._ctx.templates.save(name, source))
        except DomainError as exc:
            faults = [
                fault_from_params(i.params, name)
                for i in exc.issues
                if i.code.startswith("template.")
            ]
            if faults:
                self._show_faults(faults, "未能保存，模板有错误：")
            else:
                self.ui.error_panel.show_messages([describe_exception(exc)], "未能保存：")
            return False
        self._clean = source
        self._publish(changes)
        return True

    def discard(self) -> None:
        """Put the stored text back (one undoable edit)."""
        if self.is_dirty():
            self._replace_text(self._clean)

    def revert(self) -> None:
        """Drop the officer's version and show the shipped template again (after confirming)."""
        name = self._name
        if name not in self._overridden:
            return
        if not prompts.confirm(
            self,
            "恢复为内置模板",
            f"删除本单位对 {name} 的修改，改用随程序发布的内置模板？\n"
            "编辑框中的内容可用 Ctrl+Z 找回，但保存后的修改将被删除。",
            "恢复",
        ):
            return
        try:
            changes = run_write(lambda: self._ctx.templates.revert(name))
        except DomainError as exc:
            self.ui.error_panel.show_messages([describe_exception(exc)], "未能恢复：")
            return
        self._overridden.discard(name)
        self._clean = self._ctx.templates.renderer().source(name)
        self._replace_text(self._clean)
        self._publish(changes)

    def _publish(self, changes: Changes) -> None:
        self._bus.publish(changes)
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        """Leave keys the host window already binds to the window."""
        self._shortcuts.sync()
        super().showEvent(event)


def _sort_key(name: str, kinds: list[str], order: dict[str, int]) -> tuple[int, int, str]:
    kind, _, file = name.rpartition("/")
    group = kinds.index(kind) if kind in kinds else (len(kinds) + 1 if not kind else len(kinds))
    return group, order.get(file[:-3], 99), name
