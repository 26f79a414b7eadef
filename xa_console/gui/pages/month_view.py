"""The month grid: navigation header, 6×7 day cells, legend and a one-line month summary."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QItemSelectionModel, QModelIndex, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QWidget,
)

from xa_console.domain.engine import DayStatus
from xa_console.gui.day_cell import LOOKS, TODAY, DayCellDelegate, badge_style, swatch_style
from xa_console.gui.forms.ui_month_view import Ui_MonthView
from xa_console.gui.models.month_model import (
    CellState,
    DayLoader,
    MonthModel,
    MonthRole,
    MonthSummary,
    shift_month,
)

# (swatch text, how it is drawn, explanation)
_LEGEND: tuple[tuple[str, str, str], ...] = (
    ("3和8", "swatch:restricted", "当日限行尾号"),
    ("休", "badge:holiday", "法定节假日"),
    ("班", "badge:makeup", "调休上班，不限行"),
    ("停", "badge:suspended", "暂停执行"),
    ("无通告", "swatch:no_notice", "通告到期，待续发"),
    ("?", "badge:no_calendar", "节假日安排未发布"),
    ("周末", "swatch:weekend", "周末不限行"),
    ("今天", "today", "今天"),
)


# Navigation stays inside this range (the grid of 9999-12 would run past date.max).
FIRST_DAY = date(2000, 1, 1)
LAST_DAY = date(2099, 12, 31)


def summary_html(s: MonthSummary) -> str:
    """``本月限行 20 天 · 暂停 8 天 · 节假日 3 天`` (+ warnings for unknown days)."""
    parts = [f"本月限行 <b>{s.restricted}</b> 天"]
    if s.suspended:
        parts.append(f"暂停 <b>{s.suspended}</b> 天")
    parts.append(f"节假日 <b>{s.holidays}</b> 天")
    if s.makeup:
        parts.append(f"调休上班 <b>{s.makeup}</b> 天")
    warn = LOOKS[CellState.NO_NOTICE].text
    if s.no_notice:
        parts.append(
            f"<span style='color:{warn}'>无通告 <b>{s.no_notice}</b> 天，请起草继续实施通告</span>"
        )
    if s.no_calendar:
        parts.append(
            f"<span style='color:{warn}'>节假日安排未发布 <b>{s.no_calendar}</b> 天</span>"
        )
    return " · ".join(parts)


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


class MonthView(QWidget):
    """A month of days; emits ``day_selected(DayStatus)`` when the selection or its data changes."""

    day_selected = Signal(object)  # DayStatus
    month_changed = Signal(int, int)  # year, month

    def __init__(
        self,
        load_days: DayLoader,
        today: Callable[[], date] = date.today,
        city_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MonthView()
        self.ui.setupUi(self)
        self._today = today
        self._selected = today()
        self.model = MonthModel(load_days, today, self)
        self.ui.city_label.setText(city_name)
        self.ui.jump_date_edit.setDateRange(_qdate(FIRST_DAY), _qdate(LAST_DAY))
        self._setup_table()
        self._build_legend()
        self._connect()
        self._month_shown()
        self.select_day(self._selected)

    # ----- setup ------------------------------------------------------------------------------
    def _setup_table(self) -> None:
        table = self.ui.month_table
        table.setModel(self.model)
        table.setItemDelegate(DayCellDelegate(table))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setHighlightSections(False)
        table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().hide()
        table.setMouseTracking(True)

    def _build_legend(self) -> None:
        grid = QGridLayout(self.ui.legend_frame)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        for i, (mark, how, text) in enumerate(_LEGEND):
            grid.addWidget(self._legend_item(mark, how, text), i // 4, i % 4)

    @staticmethod
    def _legend_item(mark: str, how: str, text: str) -> QWidget:
        item = QWidget()
        row = QHBoxLayout(item)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        swatch = QLabel(mark)
        swatch.setObjectName("legend_swatch")
        kind, _, state = how.partition(":")
        if kind == "swatch":
            swatch.setStyleSheet(swatch_style(CellState(state)))
        elif kind == "badge":
            swatch.setStyleSheet(badge_style(CellState(state)))
        else:
            swatch.setStyleSheet(
                f"background:{TODAY}; color:#FFFFFF; border-radius:8px; padding:0px 6px;"
            )
        caption = QLabel(text)
        caption.setObjectName("legend_text")
        row.addWidget(swatch)
        row.addWidget(caption, 1)
        return item

    def _connect(self) -> None:
        ui = self.ui
        ui.prev_button.clicked.connect(self.prev_month)
        ui.next_button.clicked.connect(self.next_month)
        ui.today_button.clicked.connect(self.go_today)
        ui.jump_date_edit.dateChanged.connect(self._on_jump)
        ui.month_table.selectionModel().currentChanged.connect(self._on_current_changed)
        keys: tuple[tuple[QKeySequence | QKeySequence.StandardKey, Callable[[], None]], ...] = (
            (QKeySequence(Qt.Key.Key_PageUp), self.prev_month),
            (QKeySequence(Qt.Key.Key_PageDown), self.next_month),
            (QKeySequence("Alt+Left"), self.prev_month),
            (QKeySequence("Alt+Right"), self.next_month),
            (QKeySequence("Ctrl+T"), self.go_today),
        )
        self._shortcuts = []
        for seq, slot in keys:
            shortcut = QShortcut(seq, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            self._shortcuts.append(shortcut)

    # ----- navigation -------------------------------------------------------------------------
    def selected_day(self) -> date:
        """The selected date."""
        return self._selected

    def selected_status(self) -> DayStatus | None:
        """The DTO of the selected date."""
        return self.model.status_for(self._selected)

    def select_day(self, day: date) -> None:
        """Select a date (clamped to 2000–2099), switching month when needed."""
        day = min(max(day, FIRST_DAY), LAST_DAY)
        self._selected = day
        if not self.model.in_month(day):
            self.model.set_month(day.year, day.month)
            self._month_shown()
        index = self.model.index_for(day)
        table = self.ui.month_table
        with QSignalBlocker(table.selectionModel()):
            table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        table.viewport().update()
        with QSignalBlocker(self.ui.jump_date_edit):
            self.ui.jump_date_edit.setDate(_qdate(day))
        self._emit_selected()

    def show_month(self, year: int, month: int) -> None:
        """Show a month, keeping the selected day of the month where possible."""
        last = (date(*shift_month(year, month, 1), 1) - date(year, month, 1)).days
        self.select_day(date(year, month, min(self._selected.day, last)))

    def prev_month(self) -> None:
        """Show the previous month."""
        self.show_month(*shift_month(self.model.year, self.model.month, -1))

    def next_month(self) -> None:
        """Show the next month."""
        self.show_month(*shift_month(self.model.year, self.model.month, 1))

    def go_today(self) -> None:
        """Show and select today."""
        self.select_day(self._today())

    def reload(self) -> None:
        """Re-read the month (after a change) and refresh summary and selection."""
        self.model.reload()
        self._update_summary()
        self._emit_selected()

    # ----- internals --------------------------------------------------------------------------
    def _month_shown(self) -> None:
        self.ui.month_label.setText(f"{self.model.year}年{self.model.month}月")
        self._update_summary()
        self.month_changed.emit(self.model.year, self.model.month)

    def _update_summary(self) -> None:
        self.ui.summary_label.setText(summary_html(self.model.summary()))

    def _emit_selected(self) -> None:
        status = self.model.status_for(self._selected)
        if status is not None:
            self.day_selected.emit(status)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        day = current.data(MonthRole.DATE)
        if day is not None and day != self._selected:
            self.select_day(day)

    def _on_jump(self, value: QDate) -> None:
        self.select_day(date(value.year(), value.month(), value.day()))
