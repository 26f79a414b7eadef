"""Month grid, its model and the day detail pane, on a real initialised SQLite database."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTime

from xa_console.domain.engine import Reason
from xa_console.domain.plates import parse_plate
from xa_console.gui.day_cell import cell_texts, fit_font
from xa_console.gui.day_text import digits_text, plate_result
from xa_console.gui.models.month_model import CellState, MonthModel, MonthRole, grid_start
from xa_console.gui.pages.calendar_page import CalendarPage
from xa_console.gui.pages.day_detail import DayDetail
from xa_console.gui.pages.month_view import MonthView
from xa_console.services.changes import Changes

TODAY = date(2025, 11, 24)  # a Monday inside the 2025-26 notice

# The offscreen platform plugin warns whenever a shown top-level window gets size constraints.


@pytest.fixture
def page(qtbot, sqlite_ctx):  # type: ignore[no-untyped-def]
    """The calendar page (month view + detail) with a fixed 'today'."""
    from PySide6.QtGui import QUndoStack

    from xa_console.gui.bus import ChangeBus

    bus = ChangeBus()
    widget = CalendarPage(sqlite_ctx, QUndoStack(), bus, today=lambda: TODAY)
    widget.bus = bus  # type: ignore[attr-defined]
    qtbot.addWidget(widget)
    widget.resize(1250, 820)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _cell(view: MonthView, day: date):  # type: ignore[no-untyped-def]
    index = view.model.index_for(day)
    assert index.isValid()
    return index


def test_opens_on_today(page: CalendarPage) -> None:
    view = page.month_view
    assert view.selected_day() == TODAY
    assert view.ui.month_label.text() == "2025年11月"
    assert _cell(view, TODAY).data(MonthRole.TODAY) is True
    assert page.day_detail.date_label.text() == "2025年11月24日 星期一"
    assert page.day_detail.headline_label.text() == "限行 1和6"


def test_march_2023_restricted_digits(page: CalendarPage) -> None:
    view = page.month_view
    view.select_day(date(2023, 3, 1))
    assert view.ui.month_label.text() == "2023年3月"
    index = _cell(view, date(2023, 3, 1))
    status = index.data(MonthRole.STATUS)
    assert status.restricted and status.digits == (3, 8)
    assert index.data(MonthRole.STATE) == CellState.RESTRICTED
    assert index.data(MonthRole.IN_MONTH) is True
    assert cell_texts(CellState.RESTRICTED, status) == ("3和8", "限行")
    assert "本月限行 <b>23</b> 天" in view.ui.summary_label.text()
    detail = page.day_detail
    assert detail.date_label.text() == "2023年3月1日 星期三"
    assert detail.headline_label.text() == "限行 3和8"
    assert detail.hours_label.text() == "限行时段：7:00-20:00"
    assert detail.notice_validity_label.text() == "有效期：2023-01-30 至 2023-11-10"
    assert detail.notice_kind_label.text() == "类型：恢复实施"
    assert detail.confidence_label.text() == "来源可信度：已核实"
    assert detail.area_label.text() == "绕城高速以内及南北扩展区域"
    assert detail.exemptions_label.text() == "新能源号牌车辆等 9 类车辆不受限"


def test_december_2022_suspension(page: CalendarPage) -> None:
    view = page.month_view
    view.select_day(date(2022, 12, 21))
    before = _cell(view, date(2022, 12, 20))
    assert before.data(MonthRole.STATUS).digits == (2, 7)
    assert before.data(MonthRole.STATE) == CellState.RESTRICTED
    suspended = _cell(view, date(2022, 12, 21))
    assert suspended.data(MonthRole.STATE) == CellState.SUSPENDED
    assert suspended.data(MonthRole.STATUS).reason is Reason.SUSPENDED
    assert page.day_detail.headline_label.text() == "暂停执行"
    assert page.day_detail.notice_validity_label.text() == "有效期：2022-12-21 至 另行通告"
    assert "暂停 <b>11</b> 天" in view.ui.summary_label.text()


def test_no_notice_after_last_notice_ends(page: CalendarPage) -> None:
    view = page.month_view
    view.select_day(date(2026, 11, 9))
    assert _cell(view, date(2026, 11, 6)).data(MonthRole.STATE) == CellState.RESTRICTED
    index = _cell(view, date(2026, 11, 9))
    assert index.data(MonthRole.STATE) == CellState.NO_NOTICE
    assert index.data(MonthRole.STATUS).reason is Reason.NO_NOTICE
    detail = page.day_detail
    assert detail.headline_label.text() == "无通告在执行 — 请起草继续实施通告"
    assert "2026-11-06 到期" in detail.notice_validity_label.text()
    assert "无通告 <b>24</b> 天，请起草继续实施通告" in view.ui.summary_label.text()


def test_holiday_and_makeup_days(page: CalendarPage) -> None:
    view = page.month_view
    view.select_day(date(2026, 2, 14))  # Spring Festival make-up Saturday
    makeup = _cell(view, date(2026, 2, 14))
    assert makeup.data(MonthRole.STATE) == CellState.MAKEUP
    assert page.day_detail.headline_label.text() == "不限行 · 调休上班日（不限行）"
    holiday = _cell(view, date(2026, 2, 17))
    assert holiday.data(MonthRole.STATE) == CellState.HOLIDAY
    assert cell_texts(CellState.HOLIDAY, holiday.data(MonthRole.STATUS))[0] == "春节"
    view.select_day(date(2026, 2, 17))
    assert page.day_detail.headline_label.text() == "不限行 · 法定节假日（春节）"


def test_buttons_and_shortcuts_change_month(qtbot, page: CalendarPage) -> None:  # type: ignore[no-untyped-def]
    view = page.month_view
    view.select_day(date(2023, 3, 31))
    with qtbot.waitSignal(view.month_changed) as blocker:
        qtbot.mouseClick(view.ui.next_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [2023, 4]
    assert view.selected_day() == date(2023, 4, 30)  # clamped to the month's last day
    qtbot.mouseClick(view.ui.prev_button, Qt.MouseButton.LeftButton)
    assert (view.model.year, view.model.month) == (2023, 3)
    table = view.ui.month_table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_PageDown)
    assert view.ui.month_label.text() == "2023年4月"
    qtbot.keyClick(table, Qt.Key.Key_PageUp)
    qtbot.keyClick(table, Qt.Key.Key_PageUp)
    assert view.ui.month_label.text() == "2023年2月"
    qtbot.keyClick(table, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert view.ui.month_label.text() == "2023年3月"
    qtbot.keyClick(table, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert view.ui.month_label.text() == "2023年2月"
    qtbot.keyClick(table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert view.selected_day() == TODAY
    qtbot.mouseClick(view.ui.today_button, Qt.MouseButton.LeftButton)
    assert view.selected_day() == TODAY


def test_arrow_keys_move_the_selected_day(qtbot, page: CalendarPage) -> None:  # type: ignore[no-untyped-def]
    view = page.month_view
    view.select_day(date(2023, 3, 30))
    table = view.ui.month_table
    table.setFocus()
    with qtbot.waitSignal(view.day_selected) as blocker:
        qtbot.keyClick(table, Qt.Key.Key_Right)
    assert blocker.args[0].day == date(2023, 3, 31)
    qtbot.keyClick(table, Qt.Key.Key_Down)  # into April: the grid follows
    assert view.selected_day() == date(2023, 4, 7)
    assert view.ui.month_label.text() == "2023年4月"
    assert page.day_detail.date_label.text() == "2023年4月7日 星期五"


def test_click_selects_a_day(qtbot, page: CalendarPage) -> None:  # type: ignore[no-untyped-def]
    view = page.month_view
    view.select_day(date(2023, 3, 1))
    table = view.ui.month_table
    rect = table.visualRect(view.model.index_for(date(2023, 3, 16)))
    with qtbot.waitSignal(view.day_selected):
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.selected_day() == date(2023, 3, 16)
    assert page.day_detail.headline_label.text() == "限行 4和9"


def test_jump_date_edit(page: CalendarPage) -> None:
    from PySide6.QtCore import QDate

    page.month_view.ui.jump_date_edit.setDate(QDate(2021, 12, 20))
    assert page.month_view.selected_day() == date(2021, 12, 20)
    assert page.month_view.ui.month_label.text() == "2021年12月"


def _check(qtbot, detail: DayDetail, plate: str, hh: int = 8) -> str:  # type: ignore[no-untyped-def]
    detail.time_edit.setTime(QTime(hh, 0))
    detail.plate_edit.setText(plate)
    qtbot.keyClick(detail.plate_edit, Qt.Key.Key_Return)
    return detail.plate_result_label.text()


def test_plate_check(qtbot, page: CalendarPage) -> None:  # type: ignore[no-untyped-def]
    page.month_view.select_day(date(2023, 3, 1))
    detail = page.day_detail
    assert detail.time_edit.time() == QTime(8, 0)
    assert detail.plate_edit.placeholderText() == "输入车牌，如 陕A·12B3C"
    text = _check(qtbot, detail, "陕A·12B3C")
    assert text.startswith("尾号 3：当日 7:00-20:00 限行")
    assert detail.plate_result_label.property("tone") == "restricted"
    assert _check(qtbot, detail, "陕A·12B3C", hh=21).endswith("在 7:00-20:00 之外，可通行")
    assert _check(qtbot, detail, "陕A·12B4C") == "尾号 4：当日不限行"
    assert _check(qtbot, detail, "陕AD12345") == "新能源号牌，不受限"
    page.month_view.select_day(date(2023, 3, 4))  # Saturday: the answer follows the selection
    assert detail.plate_result_label.text() == "当日周末，不限行"


def test_malformed_plate_shows_chinese_error(qtbot, page: CalendarPage) -> None:  # type: ignore[no-untyped-def]
    page.month_view.select_day(date(2023, 3, 1))
    detail = page.day_detail
    detail.plate_edit.setText("陕A·12")
    assert detail.plate_result_label.text() == ""  # no error while still typing
    qtbot.keyClick(detail.plate_edit, Qt.Key.Key_Return)
    assert "“陕A·12”不是有效的车牌号" in detail.plate_result_label.text()
    assert detail.plate_result_label.property("tone") == "error"
    detail.plate_edit.setText("ABC")
    qtbot.mouseClick(detail.check_button, Qt.MouseButton.LeftButton)
    assert "不是有效的车牌号" in detail.plate_result_label.text()


def test_reloads_on_bus_change(page: CalendarPage, sqlite_ctx) -> None:  # type: ignore[no-untyped-def]
    view = page.month_view
    view.select_day(date(2026, 1, 5))
    assert _cell(view, date(2026, 1, 5)).data(MonthRole.STATE) == CellState.RESTRICTED
    last = max(sqlite_ctx.rules.notices(), key=lambda n: n.effective_from)
    _, changes = sqlite_ctx.rules.delete_notice(last.id)
    page.bus.publish(changes)  # type: ignore[attr-defined]
    assert _cell(view, date(2026, 1, 5)).data(MonthRole.STATE) == CellState.NO_NOTICE
    assert page.day_detail.headline_label.text().startswith("无通告在执行")
    page.bus.publish(Changes())  # nothing changed: ignored  # type: ignore[attr-defined]


def test_month_model_passes_modeltester(qtmodeltester, sqlite_ctx) -> None:  # type: ignore[no-untyped-def]
    model = MonthModel(sqlite_ctx.rules.days, lambda: TODAY)
    qtmodeltester.check(model)
    model.set_month(2023, 3)
    qtmodeltester.check(model)
    assert model.rowCount() == 6 and model.columnCount() == 7
    assert model.headerData(0, Qt.Orientation.Horizontal) == "一"
    assert model.headerData(6, Qt.Orientation.Horizontal) == "日"
    assert model.index(0, 0).data(MonthRole.DATE) == grid_start(2023, 3) == date(2023, 2, 27)
    assert model.index(0, 0).data(MonthRole.IN_MONTH) is False
    tooltip = model.index_for(date(2023, 3, 1)).data(Qt.ItemDataRole.ToolTipRole)
    assert "2023年3月1日 星期三" in tooltip
    assert not model.index_for(date(2023, 6, 1)).isValid()


def test_text_helpers() -> None:
    assert digits_text((0, 5)) == "5和0"
    assert digits_text(range(10)) == "全部尾号"
    assert digits_text((1, 3, 5, 7, 9)) == "1、3、5、7、9"
    assert parse_plate("陕A·12B3C").serial == "12B3C"
    assert callable(plate_result)


def test_fit_font_shrinks_to_the_cell(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QFont, QFontMetrics

    font = fit_font(QFont(), "无节假日安排", 60, 30, bold=True)
    assert QFontMetrics(font).horizontalAdvance("无节假日安排") <= 60 or font.pixelSize() == 8


def test_navigation_stays_in_range(page: CalendarPage) -> None:
    view = page.month_view
    view.select_day(date(2099, 12, 15))
    view.next_month()
    assert view.selected_day() == date(2099, 12, 31)
    view.select_day(date(1999, 5, 1))
    assert view.selected_day() == date(2000, 1, 1)
    view.prev_month()
    assert view.ui.month_label.text() == "2000年1月"
