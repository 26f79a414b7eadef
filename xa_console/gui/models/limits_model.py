"""Table model of every channel's field rules (设置 › 渠道规则), with Chinese labels.

Rows are :class:`LimitRow` DTOs built from the parsed channel book; 下限 and 上限 are editable and
handed to a ``commit`` callback (the page saves through the channel service and reloads).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import IntEnum
from typing import Any
from urllib.parse import urlparse

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from xa_console.domain.channels.counting import Counting
from xa_console.domain.channels.spec import ChannelBook, ChannelSpec, FieldRule
from xa_console.gui.models.base import RowsTableModel

COUNTING_LABELS: dict[Counting, str] = {
    Counting.CODEPOINTS: "按字符",
    Counting.WEIBO_WEIGHTED: "微博加权",
    Counting.SMS: "短信（含签名）",
    Counting.UTF8_BYTES: "字节",
    Counting.READING_SECONDS: "朗读时长",
}
UNITS: dict[Counting, str] = {Counting.UTF8_BYTES: "字节", Counting.READING_SECONDS: "秒"}
CONFIDENCE_LABELS: dict[str, str] = {
    "official": "官方",
    "third-party": "第三方",
    "unconfirmed": "未证实",
    "house": "本单位约定",
}
_CONFIDENCE_COLOURS = {
    "official": QColor("#1E7B34"),
    "third-party": QColor("#8A5300"),
    "unconfirmed": QColor("#B3261E"),
}
_FORBID_LABELS = {"weibo.topic": "#话题#", "sms.brackets": "【】", "sms.symbol": "特殊符号"}
_LINK = QColor("#1F4E8C")
_MUTED = QColor("#8A94A3")
_Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
# (channel, field, "min" | "max", typed text) -> saved?
Commit = Callable[["LimitRow", str, str], bool]


@dataclass(frozen=True)
class LimitRow:
    """One field rule of one channel, as the table shows it."""

    channel: str
    channel_name: str
    order: int
    field: str
    label: str
    counting: Counting
    min: float | None
    max: float | None
    constraints: str
    confidence: str
    source: str
    note: str

    @property
    def unit(self) -> str:
        """字 / 字节 / 秒."""
        return UNITS.get(self.counting, "字")

    @property
    def source_host(self) -> str:
        """The source's host name (the full address is in the tooltip)."""
        return urlparse(self.source).netloc or self.source


def constraints_text(rule: FieldRule, book: ChannelBook) -> str:
    """The rule's other constraints in Chinese: 必填、单行、无表情、关键词类型 …"""
    out = []
    if rule.required:
        out.append("必填")
    if rule.single_line:
        out.append("单行")
    if rule.no_emoji:
        out.append("无表情")
    kt = book.keyword_types.get(rule.keyword_type)
    if kt is not None:
        out.append(f"关键词类型：{kt.label}（≤{kt.max}字）")
    if rule.max_bytes is not None:
        out.append(f"不超过 {rule.max_bytes} 字节")
    if rule.charset:
        out.append("限定字符")
    if rule.forbid:
        names = "、".join(_FORBID_LABELS.get(f.code, f.pattern.pattern) for f in rule.forbid)
        out.append(f"禁止：{names}")
    if rule.require_url_domains:
        out.append(f"须含安全域名链接：{'、'.join(rule.require_url_domains)}")
    if rule.max_topics is not None:
        out.append(f"话题 ≤{rule.max_topics}")
    return "；".join(out)


def limit_rows(book: ChannelBook) -> tuple[LimitRow, ...]:
    """Every field rule of every channel, channels in display order."""
    return tuple(_row(spec, rule, book) for spec in book.channels for rule in spec.fields)


def _row(spec: ChannelSpec, rule: FieldRule, book: ChannelBook) -> LimitRow:
    return LimitRow(
        spec.id,
        spec.name_zh,
        spec.order,
        rule.name,
        rule.label,
        rule.counting,
        rule.min,
        rule.max,
        constraints_text(rule, book),
        rule.confidence,
        rule.source,
        rule.note,
    )


def number_text(value: float | None) -> str:
    """``140`` rather than ``140.0``; empty for no limit."""
    return "" if value is None else f"{value:g}"


class LimitsModel(RowsTableModel):
    """Rows are :class:`LimitRow`; 下限/上限 are editable through ``commit``."""

    class Column(IntEnum):
        """The columns, left to right."""

        CHANNEL = 0
        FIELD = 1
        COUNTING = 2
        MIN = 3
        MAX = 4
        UNIT = 5
        CONSTRAINTS = 6
        CONFIDENCE = 7
        SOURCE = 8

    HEADERS = ("渠道", "字段", "计数方式", "下限", "上限", "单位", "其他约束", "可信度", "来源")

    def __init__(self, parent: QObject | None = None, commit: Commit | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[LimitRow, ...] = ()
        self._commit = commit

    def set_rows(self, rows: Iterable[LimitRow]) -> bool:
        """Replace every row; False (and no reset) when nothing changed."""
        fresh = tuple(rows)
        if fresh == self._rows:
            return False
        self.beginResetModel()
        self._rows = fresh
        self.endResetModel()
        return True

    def row(self, index: int) -> LimitRow:
        """The rule shown in a (source) row."""
        return self._rows[index]

    def row_of(self, channel: str, field: str) -> int | None:
        """The row of a channel's field, if listed."""
        for i, r in enumerate(self._rows):
            if r.channel == channel and r.field == field:
                return i
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """下限 and 上限 are editable when a commit callback is set."""
        base = super().flags(index)
        if index.isValid() and self._commit is not None and index.column() in self._editable():
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    @classmethod
    def _editable(cls) -> tuple[int, ...]:
        return (cls.Column.MIN, cls.Column.MAX)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, edit values, sort keys, tooltips, colours and fonts of a cell."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        column = self.Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return _display(r, column)
        if role == SORT_ROLE:
            return _sort_key(r, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(r, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return _foreground(r, column)
        if role == Qt.ItemDataRole.FontRole and column is self.Column.SOURCE and r.source:
            font = QFont()
            font.setUnderline(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.Column.MIN,
            self.Column.MAX,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Hand an edited 下限/上限 to ``commit``; the page reloads the rows after a save."""
        if (
            role != Qt.ItemDataRole.EditRole
            or self._commit is None
            or not index.isValid()
            or index.column() not in self._editable()
        ):
            return False
        r = self._rows[index.row()]
        key = "min" if index.column() == self.Column.MIN else "max"
        if str(value).strip() == number_text(getattr(r, key)):
            return False
        return self._commit(r, key, str(value).strip())


def _display(r: LimitRow, column: LimitsModel.Column) -> str:
    col = LimitsModel.Column
    texts = {
        col.CHANNEL: r.channel_name,
        col.FIELD: f"{r.label}（{r.field}）",
        col.COUNTING: COUNTING_LABELS.get(r.counting, r.counting.value),
        col.MIN: number_text(r.min),
        col.MAX: number_text(r.max),
        col.UNIT: r.unit,
        col.CONSTRAINTS: r.constraints,
        col.CONFIDENCE: CONFIDENCE_LABELS.get(r.confidence, r.confidence or "未标注"),
        col.SOURCE: r.source_host or "未注明",
    }
    return texts[column]


def _sort_key(r: LimitRow, column: LimitsModel.Column) -> Any:
    col = LimitsModel.Column
    if column is col.CHANNEL:
        return r.order
    if column in (col.MIN, col.MAX):
        value = r.min if column is col.MIN else r.max
        return -1.0 if value is None else float(value)
    return _display(r, column)


def _tooltip(r: LimitRow, column: LimitsModel.Column) -> str | None:
    col = LimitsModel.Column
    if column is col.SOURCE and r.source:
        return f"{r.source}\n单击打开来源网页"
    if column in (col.MIN, col.MAX):
        return "双击修改；清空表示不限"
    if column is col.CONSTRAINTS and r.constraints:
        return r.constraints
    return r.note or None


def _foreground(r: LimitRow, column: LimitsModel.Column) -> QColor | None:
    col = LimitsModel.Column
    if column is col.CONFIDENCE:
        return _CONFIDENCE_COLOURS.get(r.confidence, _MUTED)
    if column is col.SOURCE:
        return _LINK if r.source else _MUTED
    return None
