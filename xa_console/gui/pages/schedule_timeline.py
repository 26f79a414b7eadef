"""The 发布计划 timeline: channels down, days across, one coloured chip per release and channel.

A chip shows the time, the state summary (``2/2 已发送``) and, in the week view, the notice's
short title; the month view keeps only the time and colour (the tooltip has the rest). Chips
are painted by hand so the text is elided to the column instead of clipped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from xa_console.domain.publishing.outbox import OutboxState
from xa_console.gui.models.sends import ChipGroup
from xa_console.gui.schedule_text import WEEKDAYS, group_tooltip, short_title, tone

_SELECTED = "#1F4E8C"
_TODAY_BG = "#FFF8E1"
_WEEKEND_BG = "#F7F8FA"
_GRID = "#DCE3EC"
_CANVAS = "#F4F6F9"


@dataclass(frozen=True)
class TimelineData:
    """What the timeline draws: the period's days, the channel rows and the chips."""

    days: tuple[date, ...]
    channels: tuple[tuple[str, str, str], ...]  # (id, Chinese name, 接口/人工)
    groups: tuple[ChipGroup, ...]
    today: date
    tz: str
    city: str = ""
    compact: bool = False  # the month view


class SendChip(QAbstractButton):
    """One release on one channel: time, state summary and (week view) short title."""

    def __init__(
        self, group: ChipGroup, compact: bool, tip: str, city: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.send_group = group
        self.compact = compact
        self.title = short_title(group.title, city)
        self.setObjectName("send_chip")
        self.setCheckable(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        time = f"{group.local_due:%H:%M}"
        self.setText(time if compact else f"{time} {group.summary} {self.title}")
        self.setAccessibleName(f"{time} {group.summary} {group.title}")
        self.setToolTip(tip)
        font = QFont(self.font())
        font.setPointSizeF(8.5 if compact else 9.0)
        font.setStrikeOut(group.state is OutboxState.CANCELLED)
        self.setFont(font)

    def sizeHint(self) -> QSize:
        """Two text lines in the week view, one in the month view."""
        line = QFontMetrics(self.font()).height()
        return QSize(40 if self.compact else 120, line * (1 if self.compact else 2) + 10)

    def minimumSizeHint(self) -> QSize:
        """Narrow enough for a month column."""
        return QSize(38, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        t = tone(self.send_group.state)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        selected = self.isChecked()
        border = QColor(_SELECTED if selected else t.border)
        p.setPen(QPen(border, 2 if selected or self.hasFocus() else 1))
        p.setBrush(QColor(t.bg))
        p.drawRoundedRect(rect, 4, 4)
        pad = 3 if self.compact else 6
        text = rect.adjusted(pad, 4, -pad + 1, -3)
        bold = QFont(self.font())
        bold.setBold(True)
        fm_bold, fm = QFontMetrics(bold), QFontMetrics(self.font())
        time = f"{self.send_group.local_due:%H:%M}"
        p.setFont(bold)
        p.setPen(QColor(t.fg))
        line = QRectF(text.left(), text.top(), text.width(), fm.height())
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        if self.compact:
            align = Qt.AlignmentFlag.AlignCenter
        p.drawText(line, align, time)
        if self.compact:
            return
        rest = line.adjusted(fm_bold.horizontalAdvance(time) + 5, 0, 0, 0)
        p.setFont(self.font())
        elide = Qt.TextElideMode.ElideRight
        p.drawText(rest, align, fm.elidedText(self.send_group.summary, elide, int(rest.width())))
        second = line.translated(0, fm.height())
        colour = t.fg if self.send_group.state is OutboxState.CANCELLED else "#1F2A37"
        p.setPen(QColor(colour))
        p.drawText(second, align, fm.elidedText(self.title, elide, int(second.width())))


class _GridWidget(QWidget):
    """The scrolled grid; tells the timeline when its columns moved."""

    def __init__(self, moved: Callable[[], None]) -> None:
        super().__init__()
        self.setObjectName("timeline_grid")
        self.setStyleSheet(f"QWidget#timeline_grid {{ background: {_GRID}; }}")
        self._moved = moved

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)  # the layout has placed the cells by now
        self._moved()


class DayCell(QFrame):
    """One channel on one day; double-clicking it plans a release for that day."""

    def __init__(self, timeline: Timeline, day: date, background: str) -> None:
        super().__init__()
        self.day = day
        self._timeline = timeline
        self.setObjectName("day_cell")
        self.setStyleSheet(f"QFrame#day_cell {{ background: {background}; }}")
        self.chips_layout = QVBoxLayout(self)
        self.chips_layout.setContentsMargins(3, 3, 3, 3)
        self.chips_layout.setSpacing(3)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self._timeline.day_activated.emit(self.day)
        event.accept()


class Timeline(QScrollArea):
    """The grid of chips; emits which chip was clicked or asked for its menu."""

    chip_clicked = Signal(object)  # ChipGroup
    chip_menu_requested = Signal(object, QPoint)  # ChipGroup, global position
    day_activated = Signal(object)  # date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._chips: list[SendChip] = []
        self.data: TimelineData | None = None
        # The day headers stay put while the rows scroll: a strip in the viewport's top margin,
        # its labels placed over the grid's columns (and moved with the horizontal scroll bar).
        self._strip = QWidget(self)
        self._strip.setObjectName("timeline_strip")
        self._strip.setStyleSheet(f"QWidget#timeline_strip {{ background: {_GRID}; }}")
        self._header_labels: list[QLabel] = []
        self._header_height = 0
        self._grid: QGridLayout | None = None
        self.horizontalScrollBar().valueChanged.connect(lambda _v: self._place_header())

    def chips(self) -> list[SendChip]:
        """Every chip, row by row."""
        return list(self._chips)

    def chip_for(self, send_id: int) -> SendChip | None:
        """The chip holding an outbox id."""
        return next((c for c in self._chips if send_id in c.send_group.ids), None)

    def show_data(self, data: TimelineData) -> None:
        """Rebuild the grid."""
        self.data = data
        self._chips = []
        self._make_header(data)
        grid_widget = _GridWidget(self._place_header)
        grid = QGridLayout(grid_widget)
        grid.setContentsMargins(1, 0, 1, 1)
        grid.setSpacing(1)
        for col in range(1, len(data.days) + 1):
            grid.setColumnStretch(col, 1)
            grid.setColumnMinimumWidth(col, 40 if data.compact else 128)
        grid.setColumnMinimumWidth(0, 120 if data.compact else 128)
        by_cell: dict[tuple[str, date], list[ChipGroup]] = {}
        for g in data.groups:
            by_cell.setdefault((g.channel, g.day), []).append(g)
        for row, (channel, name, delivery) in enumerate(data.channels):
            label = _header(name, delivery, "#FFFFFF", left=True)
            if data.compact:  # a month is wide: long channel names wrap instead
                label.setWordWrap(True)
                label.setFixedWidth(120)
            grid.addWidget(label, row, 0)
            for col, day in enumerate(data.days, start=1):
                cell = DayCell(self, day, _background(day, data))
                for group in by_cell.get((channel, day), []):
                    cell.chips_layout.addWidget(self._chip(group, name, data))
                cell.chips_layout.addStretch(1)
                grid.addWidget(cell, row, col)
        self._grid = grid
        canvas = QWidget()  # the grid on top, the page's background below the last row
        canvas.setObjectName("timeline_canvas")
        canvas.setStyleSheet(f"QWidget#timeline_canvas {{ background: {_CANVAS}; }}")
        column = QVBoxLayout(canvas)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(grid_widget)
        column.addStretch(1)
        self.setWidget(canvas)
        self._place_header()

    def _make_header(self, data: TimelineData) -> None:
        for label in self._header_labels:
            label.hide()  # deleted on the next turn of the event loop
            label.deleteLater()
        labels = [_header("渠道", "", "#EEF2F7", left=True)]
        labels += [_day_header(day, data) for day in data.days]
        for label in labels:
            label.setParent(self._strip)
            label.show()
        self._header_labels = labels
        self._header_height = max(label.sizeHint().height() for label in labels) + 1
        self.setViewportMargins(0, self._header_height, 0, 0)

    def header_labels(self) -> list[QLabel]:
        """渠道, then one label per day."""
        return list(self._header_labels)

    def _place_header(self) -> None:
        view, h = self.viewport().geometry(), self._header_height
        self._strip.setGeometry(view.x(), view.y() - h, view.width(), h)
        grid = self._grid
        if grid is None or grid.rowCount() == 0:
            return
        dx = -self.horizontalScrollBar().value()
        for col, label in enumerate(self._header_labels):
            cell = grid.cellRect(0, col)
            label.setGeometry(cell.x() + dx, 1, cell.width(), h - 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_header()

    def _chip(self, group: ChipGroup, channel_name: str, data: TimelineData) -> SendChip:
        tip = group_tooltip([r.send for r in group.rows], channel_name, data.tz)
        chip = SendChip(group, data.compact, tip, data.city)
        chip.clicked.connect(lambda _c=False, g=group: self.chip_clicked.emit(g))
        chip.customContextMenuRequested.connect(
            lambda pos, c=chip: self.chip_menu_requested.emit(c.send_group, c.mapToGlobal(pos))
        )
        self._chips.append(chip)
        return chip

    def mark_selected(self, ids: Sequence[int]) -> None:
        """Check the chips holding any of ``ids``; uncheck the rest."""
        wanted = set(ids)
        first: SendChip | None = None
        for chip in self._chips:
            chip.setChecked(bool(wanted & set(chip.send_group.ids)))
            if first is None and chip.isChecked():
                first = chip
        if first is not None:
            self.ensureWidgetVisible(first, 8, 8)


def _background(day: date, data: TimelineData) -> str:
    if day == data.today:
        return _TODAY_BG
    return _WEEKEND_BG if day.weekday() >= 5 else "#FFFFFF"


def _header(text: str, sub: str, background: str, left: bool = False) -> QLabel:
    label = QLabel(f"{text}<br><span style='color:#7A8594; font-size:8pt'>{sub}</span>")
    if not sub:
        label.setText(text)
    label.setObjectName("timeline_header")
    align = Qt.AlignmentFlag.AlignLeft if left else Qt.AlignmentFlag.AlignHCenter
    label.setAlignment(align | Qt.AlignmentFlag.AlignTop)
    label.setStyleSheet(f"QLabel {{ background: {background}; color: #1F2A37; padding: 6px 8px; }}")
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    return label


def _day_header(day: date, data: TimelineData) -> QLabel:
    weekday = f"周{WEEKDAYS[day.weekday()]}"
    text = (
        f"{day.day}<br>{WEEKDAYS[day.weekday()]}"
        if data.compact
        else f"{weekday} {day.month}月{day.day}日"
    )
    today = day == data.today
    background = "#1F4E8C" if today else ("#F1F3F6" if day.weekday() >= 5 else "#EEF2F7")
    label = QLabel(text)
    label.setObjectName("day_header")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    colour = "#FFFFFF" if today else "#1F2A37"
    weight = "bold" if today else "normal"
    label.setStyleSheet(
        f"QLabel {{ background: {background}; color: {colour}; font-weight: {weight};"
        " padding: 6px 2px; }"
    )
    if today:
        label.setToolTip("今天")
    return label
