"""The 节假日安排 tab and the paste dialog: model, row-named errors, paste → save → undo, seed."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from xa_console.domain.calendar import DayKind, DayType, YearStatus
from xa_console.gui import prompts
from xa_console.gui.bus import ChangeBus
from xa_console.gui.models.holiday_model import DayRow, HolidayModel
from xa_console.gui.pages.holiday_editor import HolidayEditorPage

# A made-up 2027 plan: every make-up working day falls on a weekend, as the law requires.
PLAN_2027 = """国务院办公厅关于2027年部分节假日安排的通知
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
一、元旦：1月1日（周五）至3日（周日）放假，共3天。
二、春节：2月6日（周六）至13日（周六）放假调休，共8天。2月20日（周六）上班。
三、清明节：4月3日（周六）至5日（周一）放假，共3天。
四、劳动节：5月1日（周六）至5日（周三）放假调休，共5天。4月25日（周日）上班。
"""
LINE_3_BROKEN = PLAN_2027.replace(
    "三、清明节：4月3日（周六）至5日（周一）放假，共3天。", "三、清明节：四月初放假。"
)


@pytest.fixture
def page(qtbot, sqlite_ctx):  # type: ignore[no-untyped-def]
    """The page on the seeded holiday table (2004–2026)."""
    p = HolidayEditorPage(sqlite_ctx.holidays, QUndoStack(), ChangeBus())
    qtbot.addWidget(p)
    return p


def row_of(page: HolidayEditorPage, day: str) -> int:
    return [r.day_text for r in page.model.rows()].index(day)


def test_holiday_model_passes_the_model_tester(qtmodeltester, sqlite_ctx) -> None:
    model = HolidayModel()
    plan = sqlite_ctx.holidays.year(2023)
    model.set_rows(DayRow.from_entry(e) for e in plan.entries)
    model.set_flagged({1})
    qtmodeltester.check(model)


def test_holiday_model_edits_cells() -> None:
    model = HolidayModel()
    model.set_rows([DayRow("2026-01-04", DayKind.MAKEUP, "元旦")])
    col = HolidayModel.Column
    assert model.index(0, col.WEEKDAY).data() == "周日"
    assert model.index(0, col.KIND).data() == "调休上班"
    assert not model.flags(model.index(0, col.WEEKDAY)) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(model.index(0, col.KIND), "放假")
    assert not model.setData(model.index(0, col.KIND), "上午")
    assert model.setData(model.index(0, col.DATE), "2026-02-30")
    assert model.index(0, col.WEEKDAY).data() == ""
    assert model.rows()[0] == DayRow("2026-02-30", DayKind.REST, "元旦")


def test_years_listed_newest_first_with_the_unpublished_year(page) -> None:
    years = page.listed_years()
    assert years[0][0] == max(2027, date.today().year + 1)
    assert "节假日安排未发布" in years[0][1]
    assert years[-1][0] == 2004
    labels = dict(years)
    assert labels[2026].startswith("2026年 · 官方发布")
    assert "chinesecalendar" in labels[2026]


def test_unpublished_year_shows_the_missing_page(page) -> None:
    assert page.select_year(2027)
    assert page.ui.editor_stack.currentWidget() is page.ui.missing_page
    assert "2027年节假日安排未发布" in page.ui.missing_title_label.text()


def test_makeup_day_on_a_weekday_is_refused_naming_the_row(page, sqlite_ctx) -> None:
    before = sqlite_ctx.holidays.year(2026)
    assert page.select_year(2026)
    row = row_of(page, "2026-01-02")
    page.model.setData(page.model.index(row, HolidayModel.Column.KIND), DayKind.MAKEUP.value)
    assert page.is_dirty()
    assert not page.save()
    text = page.ui.error_panel.text()
    assert f"第{row + 1}项" in text and "只能是周六或周日" in text
    assert page.model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert sqlite_ctx.holidays.year(2026) == before
    assert page.model.rows()[row].kind is DayKind.MAKEUP  # the edit is kept


def test_bad_date_text_is_named_by_row(page) -> None:
    assert page.select_year(2026)
    page.model.setData(page.model.index(2, HolidayModel.Column.DATE), "2026-02-30")
    assert not page.save()
    assert "第3项" in page.ui.error_panel.text()
    assert "2026-02-30" in page.ui.error_panel.text()


def test_edit_festival_saves_and_undo_restores(qtbot, page, sqlite_ctx) -> None:
    assert page.select_year(2023)
    page.model.setData(page.model.index(0, HolidayModel.Column.FESTIVAL), "元旦（测试）")
    with qtbot.waitSignal(page._bus.changed):
        page.ui.save_button.click()
    assert sqlite_ctx.holidays.year(2023).entries[0].festival == "元旦（测试）"
    with qtbot.waitSignal(page._bus.changed):
        page.ui.undo_button.click()
    assert sqlite_ctx.holidays.year(2023).entries[0].festival == "元旦"
    assert page.model.rows()[0].festival == "元旦"


def test_add_and_remove_rows(page) -> None:
    assert page.select_year(2026)
    count = page.model.rowCount()
    page.ui.day_table.setCurrentIndex(page.model.index(0, 0))
    page.ui.add_row_button.click()
    assert page.model.rowCount() == count + 1
    added = page.model.rows()[1]
    assert added.day_text == "2026-01-02" or added.day() is not None
    page.ui.remove_row_button.click()
    assert page.model.rowCount() == count
    assert not page.is_dirty()


def test_delete_year_and_undo(qtbot, monkeypatch, page, sqlite_ctx) -> None:
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: True)
    assert page.select_year(2015)
    with qtbot.waitSignal(page._bus.changed):
        page.ui.delete_year_button.click()
    assert sqlite_ctx.holidays.year(2015) is None
    assert sqlite_ctx.rules.day_status(date(2015, 10, 1)).day_type is DayType.NO_CALENDAR
    assert "未收录" in dict(page.listed_years())[2015]
    with qtbot.waitSignal(page._bus.changed):
        page._undo.undo()
    assert sqlite_ctx.rules.day_status(date(2015, 10, 1)).day_type is DayType.HOLIDAY


def test_new_provisional_year(page, sqlite_ctx) -> None:
    page.start_new_year(2027)
    assert page.ui.status_combo.currentData() == YearStatus.PROVISIONAL.value
    assert "新建" in dict(page.listed_years())[2027]
    page.ui.add_row_button.click()
    assert page.model.rows()[0].day_text == "2027-01-01"
    assert page.save(), page.ui.error_panel.text()
    plan = sqlite_ctx.holidays.year(2027)
    assert plan.status is YearStatus.PROVISIONAL and len(plan.entries) == 1
    assert "暂定" in dict(page.listed_years())[2027]


def test_pasted_2027_plan_saves_drives_day_status_and_undo_removes_it(
    qtbot, page, sqlite_ctx
) -> None:
    rules = sqlite_ctx.rules
    assert rules.day_status(date(2027, 2, 8)).day_type is DayType.NO_CALENDAR
    page.select_year(2027)
    dialog = page.open_paste_dialog()
    dialog.ui.text_edit.setPlainText(PLAN_2027)
    assert dialog.ui.year_spin.value() == 2027
    assert dialog.ui.title_edit.text() == "国务院办公厅关于2027年部分节假日安排的通知"
    assert dialog.model.rowCount() == 21
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(page._bus.changed):
        dialog.ok_button.click()
    assert dialog.saved_year == 2027
    spring = rules.day_status(date(2027, 2, 8))
    assert spring.day_type is DayType.HOLIDAY and spring.festival == "春节"
    assert rules.day_status(date(2027, 2, 20)).day_type is DayType.MAKEUP_WORKDAY
    assert rules.day_status(date(2027, 3, 1)).day_type is DayType.WORKDAY
    assert page._year == 2027 and page.ui.editor_stack.currentWidget() is page.ui.plan_page
    with qtbot.waitSignal(page._bus.changed):
        page._undo.undo()
    assert rules.day_status(date(2027, 2, 8)).day_type is DayType.NO_CALENDAR
    assert "未发布" in dict(page.listed_years())[2027]


def test_bad_paste_line_is_reported_by_line_number(page, sqlite_ctx) -> None:
    dialog = page.open_paste_dialog()
    dialog.ui.text_edit.setPlainText(LINE_3_BROKEN)
    # the title is line 1, the salutation line 2: the broken 清明 clause is line 5
    assert "第5行" in dialog.ui.error_panel.text()
    assert "四月初放假" in dialog.ui.error_panel.text()
    assert not dialog.ok_button.isEnabled()
    assert dialog.model.rowCount() > 0  # the readable lines are previewed
    dialog.ui.text_edit.setPlainText(
        "一、元旦：1月1日（周五）至3日（周日）放假。\n二、春节：二月放假。"
    )
    assert "第2行" in dialog.ui.error_panel.text()
    dialog.reject()
    assert sqlite_ctx.holidays.year(2027) is None


def test_paste_make_up_day_on_a_weekday_is_refused(page) -> None:
    dialog = page.open_paste_dialog()
    dialog.ui.year_spin.setValue(2027)
    dialog.ui.text_edit.setPlainText("一、元旦：1月1日至3日放假，共3天。1月4日（周一）上班。")
    assert not dialog.ok_button.isEnabled()
    assert "只能是周六或周日" in dialog.ui.error_panel.text()
    dialog.reject()


def test_seed_fills_missing_years_in_the_background(qtbot, page, sqlite_ctx) -> None:
    sqlite_ctx.holidays.delete_year(2010)
    page.reload()
    with qtbot.waitSignal(page._bus.changed, timeout=10_000):
        page.ui.seed_button.click()
    assert sqlite_ctx.holidays.year(2010) is not None
    assert "补齐 1 个年份" in page.ui.status_label.text()
    assert page.ui.seed_button.isEnabled()
