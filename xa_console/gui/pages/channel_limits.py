"""设置 › 渠道规则: every channel's field limits with their source and confidence, editable.

Limits are data (channels.md §10): 下限/上限 are edited in the table, the SMS signature and
billing in a small form, anything else in the 高级（JSON） editor. Every save goes through
``ChannelService.save_channel``, which checks the whole book; a refusal lists each bad value in
Chinese ("微博 › 正文（status） › 上限：…") and nothing is stored.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QModelIndex, QRegularExpression, QSortFilterProxyModel, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import QHeaderView, QWidget

from xa_console.context import AppContext
from xa_console.domain.errors import Issue
from xa_console.gui.bus import ChangeBus
from xa_console.gui.errors import ErrorPanel
from xa_console.gui.forms.ui_channel_limits import Ui_ChannelLimits
from xa_console.gui.models.limits_model import (
    CONFIDENCE_LABELS,
    COUNTING_LABELS,
    SORT_ROLE,
    LimitRow,
    LimitsModel,
    limit_rows,
)
from xa_console.gui.pages.channel_json import (
    SAVE_TITLE,
    ChannelJsonEditor,
    issue_texts,
    save_document,
)
from xa_console.gui.shortcuts import PageShortcuts
from xa_console.gui.tables import EDIT_IN_PLACE, prepare_table
from xa_console.services.changes import Changes


class ChannelLimitsPage(QWidget):
    """The rules table, the selected rule's source and note, SMS billing and the JSON editor."""

    def __init__(self, ctx: AppContext, bus: ChangeBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ChannelLimits()
        self.ui.setupUi(self)
        self._ctx = ctx
        self._bus = bus
        self.model = LimitsModel(self, commit=self._commit_cell)
        self.proxy = QSortFilterProxyModel(self)
        self.json = ChannelJsonEditor(self.ui, ctx, self)
        self.json.saved.connect(self._publish)
        self._shortcuts = PageShortcuts(self)
        self._shortcuts.add("保存", ["Ctrl+S"], self.json.save, self.ui.json_group)
        self._setup()
        self.reload()
        self.select("weibo", "status")
        self.ui.speed_label.setText(
            f"广播/电视按每分钟 {ctx.settings.reading_speed_cpm} 字估算时长"
            "（设置文件 reading_speed_cpm）"
        )

    def _setup(self) -> None:
        ui = self.ui
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(LimitsModel.Column.CHANNEL)
        t = ui.limits_table
        t.setModel(self.proxy)
        prepare_table(t, edit=EDIT_IN_PLACE)
        t.setWordWrap(False)
        t.setSortingEnabled(True)
        t.sortByColumn(LimitsModel.Column.CHANNEL, Qt.SortOrder.AscendingOrder)
        header = t.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LimitsModel.Column.CONSTRAINTS, QHeaderView.ResizeMode.Stretch)
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        ui.bottom_splitter.setStretchFactor(0, 2)
        ui.bottom_splitter.setStretchFactor(1, 3)
        ui.bottom_splitter.setSizes([480, 700])
        ui.json_edit.setLineWrapMode(ui.json_edit.LineWrapMode.WidgetWidth)
        ui.channel_filter_combo.addItem("全部渠道", "")
        t.selectionModel().currentRowChanged.connect(self._row_changed)
        t.clicked.connect(self._cell_clicked)
        ui.channel_filter_combo.currentIndexChanged.connect(self._filter)
        ui.sms_save_button.clicked.connect(self.save_sms)

    # ----- loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Re-read the rules; keeps the selection, the filter and unsaved JSON."""
        book = self._ctx.channels.book()
        current = self.selected_row()
        if self.model.set_rows(limit_rows(book)) and current is not None:
            self.select(current.channel, current.field)
        channels = [(c.id, c.name_zh) for c in book.channels]
        if self.ui.channel_filter_combo.count() == 1:
            for cid, name in channels:
                self.ui.channel_filter_combo.addItem(name, cid)
        self.json.fill(channels)
        self.json.reload()
        self._load_sms()
        self._show_detail(self.selected_row())

    def _load_sms(self) -> None:
        try:
            sms = self._ctx.channels.book().get("sms").sms
        except KeyError:
            sms = None
        self.ui.sms_group.setEnabled(sms is not None)
        if sms is not None:
            self.ui.signature_edit.setText(sms.signature)
            self.ui.price_spin.setValue(sms.price_yuan)
            self.ui.single_limit_spin.setValue(sms.single_limit)
            self.ui.segment_size_spin.setValue(sms.segment_size)

    # ----- table -----------------------------------------------------------------------------
    def selected_row(self) -> LimitRow | None:
        """The rule selected in the table."""
        index = self.ui.limits_table.currentIndex()
        if not index.isValid():
            return None
        return self.model.row(self.proxy.mapToSource(index).row())

    def select(self, channel: str, field: str) -> bool:
        """Select a channel's field rule; False when it is not shown."""
        row = self.model.row_of(channel, field)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.ui.limits_table.setCurrentIndex(index)
        self.ui.limits_table.scrollTo(index)
        return True

    def cell(self, channel: str, field: str, column: LimitsModel.Column) -> QModelIndex:
        """The proxy index of a rule's cell (for tests and keyboard helpers)."""
        row = self.model.row_of(channel, field)
        return self.proxy.mapFromSource(self.model.index(row if row is not None else -1, column))

    def _filter(self, _index: int) -> None:
        cid = self.ui.channel_filter_combo.currentData()
        name = self.ui.channel_filter_combo.currentText() if cid else ""
        pattern = f"^{QRegularExpression.escape(name)}$" if name else ""
        self.proxy.setFilterRegularExpression(pattern)
        if cid and not self.json.is_dirty():
            self.json.select(str(cid))

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row(self.proxy.mapToSource(current).row()) if current.isValid() else None
        self._show_detail(row)
        if row is not None and not self.json.is_dirty():
            self.json.select(row.channel)

    def _cell_clicked(self, index: QModelIndex) -> None:
        if index.column() != LimitsModel.Column.SOURCE:
            return
        row = self.model.row(self.proxy.mapToSource(index).row())
        if row.source.startswith(("http://", "https://")):
            QDesktopServices.openUrl(QUrl(row.source))

    def _show_detail(self, row: LimitRow | None) -> None:
        if row is None:
            self.ui.detail_label.setText("在上表中选择一条规则，这里显示它的来源和说明。")
            return
        e = html.escape
        confidence = CONFIDENCE_LABELS.get(row.confidence, row.confidence or "未标注")
        source = (
            f'<a href="{e(row.source)}">{e(row.source)}</a>'
            if row.source.startswith("http")
            else e(row.source or "未注明（按参考资料整理）")
        )
        lines = [
            f"<b>{e(row.channel_name)} › {e(row.label)}（{e(row.field)}）</b>",
            f"计数方式：{e(COUNTING_LABELS.get(row.counting, row.counting.value))}",
            f"可信度：{e(confidence)}",
            f"来源：{source}",
        ]
        if row.constraints:
            lines.append(f"其他约束：{e(row.constraints)}")
        spec_note = self._ctx.channels.book().get(row.channel).note
        for note in (row.note, spec_note):
            if note:
                lines.append(f"<span style='color:#5F6B7A'>说明：{e(note)}</span>")
        self.ui.detail_label.setText("<br>".join(lines))

    def _commit_cell(self, row: LimitRow, key: str, text: str) -> bool:
        """An edited 下限/上限: store it in the channel's document (empty removes the limit)."""
        self.ui.error_panel.clear()
        value: float | int | None
        try:
            value = None if not text else float(text)
        except ValueError:
            issue = Issue("channel.bad_number", f"channels.{row.channel}.fields.{row.field}.{key}")
            docs = {row.channel: self._ctx.channels.document(row.channel)}
            texts = issue_texts(self._ctx, [issue], docs, {"value": text})
            self.ui.error_panel.show_messages(texts, SAVE_TITLE)
            return False
        if value is not None and value.is_integer():
            value = int(value)
        doc = self._ctx.channels.document(row.channel)
        fields = doc.setdefault("fields", {})
        rule = dict(fields.get(row.field, {}))
        if value is None:
            rule.pop(key, None)
        else:
            rule[key] = value
        fields[row.field] = rule
        return self._save(row.channel, doc, self.ui.error_panel)

    # ----- saving ----------------------------------------------------------------------------
    def _save(self, channel: str, doc: dict[str, Any], panel: ErrorPanel) -> bool:
        """Save one channel's document; a refusal is listed in ``panel`` and nothing changes."""
        changes, _ = save_document(self._ctx, channel, doc, panel)
        if changes is None:
            return False
        # publish after the table's editor has closed: the model is reset on reload
        QTimer.singleShot(0, lambda: self._publish(changes))
        return True

    def _publish(self, changes: Changes) -> None:
        self._bus.publish(changes)
        self.reload()

    def save_sms(self) -> bool:
        """Store the SMS signature, segment sizes and price."""
        ui = self.ui
        doc = self._ctx.channels.document("sms")
        doc["sms"] = {
            "signature": ui.signature_edit.text().strip(),
            "single_limit": ui.single_limit_spin.value(),
            "segment_size": ui.segment_size_spin.value(),
            "price_yuan": round(ui.price_spin.value(), 3),
        }
        return self._save("sms", doc, self.ui.error_panel)

    def showEvent(self, event: QShowEvent) -> None:
        """Leave keys the host window already binds to the window."""
        self._shortcuts.sync()
        super().showEvent(event)
