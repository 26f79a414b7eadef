"""How a day looks: colours and badges per cell state, and the delegate that paints grid cells."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from xa_console.domain.engine import DayStatus
from xa_console.gui.day_text import Tone, digits_text
from xa_console.gui.models.month_model import CellState, MonthRole

NAVY = "#123E74"
TODAY = "#0F766E"
SELECTED = "#1F4E8C"
PLATE_RESTRICTED = "#B42318"
TONE_COLOURS = {
    Tone.RESTRICTED: NAVY,
    Tone.FREE: "#1E7B34",
    Tone.MUTED: "#5F6670",
    Tone.WARNING: "#9A5B00",
    Tone.ERROR: "#C62828",
}


@dataclass(frozen=True)
class CellLook:
    """Colours and badge of one cell state."""

    background: str
    border: str
    text: str  # the centre text colour
    badge: str = ""  # one character in a coloured square, top-right
    badge_colour: str = ""
    hatched: bool = False
    strong_border: bool = False


LOOKS: dict[CellState, CellLook] = {
    CellState.RESTRICTED: CellLook("#EEF4FC", "#C7D7EC", NAVY),
    CellState.FREE: CellLook("#FFFFFF", "#DCE3EC", "#1E7B34"),
    CellState.WEEKEND: CellLook("#F7F8FA", "#E1E5EB", "#8A94A3"),
    CellState.HOLIDAY: CellLook("#FDF1F0", "#F0C8C3", "#B3261E", "休", "#C62828"),
    CellState.MAKEUP: CellLook("#F3F4F6", "#D3D8DF", "#4B5563", "班", "#4B5563"),
    CellState.SUSPENDED: CellLook("#EDEEF0", "#CDD1D7", "#5F6670", "停", "#858C96", hatched=True),
    CellState.NO_NOTICE: CellLook(
        "#FFF4D6", "#E0A526", "#8A5300", "!", "#D98A00", strong_border=True
    ),
    CellState.NO_CALENDAR: CellLook("#F4F0FA", "#CDBFE3", "#5B3F8C", "?", "#7A5BB0"),
}


def cell_texts(state: CellState, status: DayStatus) -> tuple[str, str]:
    """Centre text and bottom caption of a cell."""
    if state is CellState.RESTRICTED:
        return digits_text(status.digits), "限行"
    if state is CellState.HOLIDAY:
        return status.festival or "休息", "不限行"
    if state is CellState.MAKEUP:
        return "调休上班", "不限行"
    if state is CellState.SUSPENDED:
        return "暂停执行", status.festival
    if state is CellState.NO_NOTICE:
        return "无通告", "请起草通告"
    if state is CellState.NO_CALENDAR:
        return "无节假日安排", "待录入"
    if state is CellState.WEEKEND:
        return "周末", ""
    return "不限行", ""


def fit_font(base: QFont, text: str, max_width: int, pixel_size: int, bold: bool) -> QFont:
    """``base`` at the largest pixel size ≤ ``pixel_size`` at which ``text`` fits ``max_width``."""
    font = QFont(base)
    font.setBold(bold)
    size = max(pixel_size, 8)
    while size > 8:
        font.setPixelSize(size)
        if QFontMetrics(font).horizontalAdvance(text) <= max_width:
            break
        size -= 1
    font.setPixelSize(size)
    return font


def hatch_brush(colour: str) -> QBrush:
    """Diagonal hatching for suspended days."""
    return QBrush(QColor(colour), Qt.BrushStyle.BDiagPattern)


class DayCellDelegate(QStyledItemDelegate):
    """Paints a day: number, badge, large digits or status, caption, today and selection marks."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(96, 80)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        status: DayStatus | None = index.data(MonthRole.STATUS)
        if status is None:
            return
        state = CellState(index.data(MonthRole.STATE))  # Qt hands the StrEnum back as str
        look = LOOKS[state]
        rect: QRect = option.rect.adjusted(3, 3, -3, -3)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not index.data(MonthRole.IN_MONTH):
            painter.setOpacity(0.4)
        self._paint_background(painter, rect, look, selected)
        base = QFont(option.font)
        self._paint_number(painter, rect, status, look, base, bool(index.data(MonthRole.TODAY)))
        self._paint_badge(painter, rect, look, base)
        centre, caption = cell_texts(state, status)
        self._paint_centre(painter, rect, state, centre, look, base)
        self._paint_caption(painter, rect, caption, look, base)
        painter.restore()

    @staticmethod
    def _paint_background(painter: QPainter, rect: QRect, look: CellLook, selected: bool) -> None:
        r = QRectF(rect)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(look.background))
        painter.drawRoundedRect(r, 6, 6)
        if look.hatched:
            painter.setBrush(hatch_brush("#D5D8DD"))
            painter.drawRoundedRect(r, 6, 6)
        if selected:
            painter.setBrush(QColor(31, 78, 140, 28))
            painter.drawRoundedRect(r, 6, 6)
        width = 3.0 if selected else (2.0 if look.strong_border else 1.0)
        colour = SELECTED if selected else look.border
        painter.setPen(QPen(QColor(colour), width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inset = width / 2
        painter.drawRoundedRect(r.adjusted(inset, inset, -inset, -inset), 6, 6)

    @staticmethod
    def _paint_number(
        painter: QPainter, rect: QRect, status: DayStatus, look: CellLook, base: QFont, today: bool
    ) -> None:
        font = QFont(base)
        font.setBold(True)
        font.setPixelSize(max(13, min(17, rect.height() // 6)))
        painter.setFont(font)
        fm = QFontMetrics(font)
        number = str(status.day.day)
        box = QRect(rect.left() + 8, rect.top() + 6, fm.horizontalAdvance(number) + 2, fm.height())
        if today:
            pill = box.adjusted(-5, -1, 5, 1)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(TODAY))
            painter.drawRoundedRect(QRectF(pill), pill.height() / 2, pill.height() / 2)
            painter.setPen(QColor("#FFFFFF"))
        else:
            painter.setPen(QColor("#2B3440" if status.day.isoweekday() < 6 else "#7A8494"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, number)
        if today:
            small = QFont(base)
            small.setPixelSize(max(10, font.pixelSize() - 4))
            painter.setFont(small)
            painter.setPen(QColor(TODAY))
            label = QRect(box.right() + 9, box.top(), 40, box.height())
            painter.drawText(
                label, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, "今天"
            )

    @staticmethod
    def _paint_badge(painter: QPainter, rect: QRect, look: CellLook, base: QFont) -> None:
        if not look.badge:
            return
        side = max(18, min(24, rect.height() // 4))
        box = QRect(rect.right() - side - 6, rect.top() + 6, side, side)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(look.badge_colour))
        painter.drawRoundedRect(QRectF(box), 4, 4)
        font = QFont(base)
        font.setBold(True)
        font.setPixelSize(side - 6)
        painter.setFont(font)
        painter.setPen(QColor("#FFFFFF"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, look.badge)

    @staticmethod
    def _paint_centre(
        painter: QPainter, rect: QRect, state: CellState, text: str, look: CellLook, base: QFont
    ) -> None:
        if not text:
            return
        big = state is CellState.RESTRICTED
        target = rect.height() * (32 if big else 17) // 100
        font = fit_font(base, text, rect.width() - 14, min(target, 34 if big else 17), bold=True)
        painter.setFont(font)
        painter.setPen(QColor(look.text))
        centre = QRect(
            rect.left(), rect.top() + rect.height() // 4, rect.width(), rect.height() // 2
        )
        painter.drawText(centre, Qt.AlignmentFlag.AlignCenter, text)

    @staticmethod
    def _paint_caption(
        painter: QPainter, rect: QRect, text: str, look: CellLook, base: QFont
    ) -> None:
        if not text:
            return
        font = fit_font(base, text, rect.width() - 12, max(11, min(13, rect.height() // 8)), False)
        painter.setFont(font)
        colour = QColor(look.text)
        colour.setAlpha(200)
        painter.setPen(colour)
        box = QRect(rect.left(), rect.bottom() - QFontMetrics(font).height() - 6, rect.width(), 0)
        box.setHeight(QFontMetrics(font).height())
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


def swatch_style(state: CellState) -> str:
    """Style sheet for a legend swatch showing a state's colours."""
    look = LOOKS[state]
    width = 2 if look.strong_border else 1
    return (
        f"background:{look.background}; border:{width}px solid {look.border}; "
        f"color:{look.text}; border-radius:4px; font-weight:bold; padding:1px 6px;"
    )


def badge_style(state: CellState) -> str:
    """Style sheet for a legend badge (休 / 班 / 停 / ! / ?)."""
    look = LOOKS[state]
    return (
        f"background:{look.badge_colour}; color:#FFFFFF; border-radius:3px; "
        "font-weight:bold; padding:0px 4px;"
    )


def tone_colour(tone: Tone) -> str:
    """Text colour for a tone."""
    return TONE_COLOURS[tone]
