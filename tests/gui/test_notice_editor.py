"""The 通告与规则 tab: model, validation in Chinese, set-level refusals, save/undo/redo, delete."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox

from xa_console.domain.rules import NoticeKind
from xa_console.gui import prompts
from xa_console.gui.bus import ChangeBus
from xa_console.gui.models.notice_model import NoticeModel
from xa_console.gui.pages.notice_editor import NoticeEditorPage
from xa_console.services.changes import Changes

RESUME_2023 = date(2023, 1, 30)
CURRENT = date(2025, 11, 10)


@pytest.fixture
def page(qtbot, sqlite_ctx):  # type: ignore[no-untyped-def]
    """The page on the shipped Xi'an notices, with its own undo stack and bus."""
    p = NoticeEditorPage(sqlite_ctx.rules, QUndoStack(), ChangeBus())
    qtbot.addWidget(p)
    return p


def notice_from(ctx, start: date):  # type: ignore[no-untyped-def]
    return next(n for n in ctx.rules.notices() if n.effective_from == start)


def select(page: NoticeEditorPage, ctx, start: date):  # type: ignore[no-untyped-def]
    notice = notice_from(ctx, start)
    assert page.select_notice(notice.id)
    return notice


def test_notice_model_passes_the_model_tester(qtmodeltester, sqlite_ctx) -> None:
    model = NoticeModel()
    model.set_notices(sqlite_ctx.rules.notices())
    qtmodeltester.check(model)


def test_notice_model_shows_chinese_kinds_open_ends_and_confidence(sqlite_ctx) -> None:
    model = NoticeModel()
    model.set_notices(sqlite_ctx.rules.notices())
    col = NoticeModel.Column
    rows = [[model.index(r, c).data() for c in col] for r in range(model.rowCount())]
    suspend = next(r for r in rows if r[col.KIND] == "暂停执行")
    assert suspend[col.EFFECTIVE_TO] == "另行通告"
    assert {r[col.CONFIDENCE] for r in rows} == {"已核实", "有报道", "推定"}
    assert model.headerData(col.TITLE, Qt.Orientation.Horizontal) == "标题"


def test_page_opens_on_a_notice_and_filters(page: NoticeEditorPage) -> None:
    assert page.ui.title_edit.text()
    page.ui.search_edit.setText("暂停")
    assert page.proxy.rowCount() == 2
    assert "显示 2 / 9" in page.ui.count_label.text()


def test_bad_digits_are_named_in_chinese_and_nothing_is_saved(page, sqlite_ctx) -> None:
    before = select(page, sqlite_ctx, CURRENT)
    monday = page.ui.digits_editor.edit_for("1")
    monday.setText("1,12")
    assert page.is_dirty()
    page.ui.save_button.click()
    text = page.ui.error_panel.text()
    assert page.ui.error_panel.isVisible() or text
    assert "周一尾号" in text and "尾号“12”无效" in text
    assert monday.property("invalid") is True
    assert monday.text() == "1,12"  # what was typed is kept
    after = notice_from(sqlite_ctx, CURRENT)
    assert after.rule_set.group_digits("1") == frozenset({1, 6})
    assert after == before
    assert sqlite_ctx.rules.notice_version(before.id) == page._version


def test_overlapping_implement_notice_is_refused(page, sqlite_ctx) -> None:
    count = len(sqlite_ctx.rules.notices())
    page.ui.new_button.click()
    ui = page.ui
    ui.kind_combo.setCurrentIndex(ui.kind_combo.findData(NoticeKind.IMPLEMENT.value))
    ui.title_edit.setText("关于实施春季限行的通告")
    ui.effective_from_edit.setDate(QDate(2023, 3, 1))
    ui.effective_to_edit.setDate(QDate(2023, 6, 30))
    assert not page.save()
    assert "有效期重叠" in ui.error_panel.text()
    assert ui.effective_from_edit.property("invalid") is True
    assert len(sqlite_ctx.rules.notices()) == count
    assert ui.title_edit.text() == "关于实施春季限行的通告"


def test_missing_end_date_is_required(page) -> None:
    page.new_notice()
    assert not page.save()
    assert "截止日期：必填项未填写" in page.ui.error_panel.text()


def test_valid_edit_saves_and_undo_redo_go_through_the_database(qtbot, page, sqlite_ctx) -> None:
    old = select(page, sqlite_ctx, RESUME_2023)
    page.ui.note_edit.setPlainText("已核对华商报原文")
    with qtbot.waitSignal(page._bus.changed):
        page.ui.save_button.click()
    assert notice_from(sqlite_ctx, RESUME_2023).note == "已核对华商报原文"
    assert not page.is_dirty()
    assert page.ui.undo_button.isEnabled()
    with qtbot.waitSignal(page._bus.changed):
        page.ui.undo_button.click()
    assert notice_from(sqlite_ctx, RESUME_2023).note == old.note
    assert page.ui.note_edit.toPlainText() == old.note
    with qtbot.waitSignal(page._bus.changed):
        page.ui.redo_button.click()
    assert notice_from(sqlite_ctx, RESUME_2023).note == "已核对华商报原文"
    assert page.ui.note_edit.toPlainText() == "已核对华商报原文"


def test_new_notice_saves_and_undo_removes_it(qtbot, page, sqlite_ctx) -> None:
    count = len(sqlite_ctx.rules.notices())
    page.new_notice()
    page.ui.effective_to_edit.setDate(QDate(2027, 11, 5))
    assert page.save(), page.ui.error_panel.text()
    added = sqlite_ctx.rules.notices()
    assert len(added) == count + 1
    new = max(added, key=lambda n: n.effective_from)
    assert new.effective_from == date(2026, 11, 9)  # the Monday after 2026-11-06
    assert new.rule_set == notice_from(sqlite_ctx, CURRENT).rule_set
    page._undo.undo()
    assert len(sqlite_ctx.rules.notices()) == count
    page._undo.redo()
    assert any(n.id == new.id for n in sqlite_ctx.rules.notices())


def test_delete_asks_and_undo_restores(qtbot, monkeypatch, page, sqlite_ctx) -> None:
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: True)
    target = select(page, sqlite_ctx, CURRENT)
    with qtbot.waitSignal(page._bus.changed):
        page.ui.delete_button.click()
    assert all(n.id != target.id for n in sqlite_ctx.rules.notices())
    with qtbot.waitSignal(page._bus.changed):
        page._undo.undo()
    restored = notice_from(sqlite_ctx, CURRENT)
    assert restored == target


def test_declined_delete_keeps_the_notice(monkeypatch, page, sqlite_ctx) -> None:
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: False)
    target = select(page, sqlite_ctx, CURRENT)
    page.delete_selected()
    assert notice_from(sqlite_ctx, CURRENT) == target
    assert page._undo.count() == 0


def test_switching_with_unsaved_edits_asks(monkeypatch, page, sqlite_ctx) -> None:
    select(page, sqlite_ctx, CURRENT)
    page.ui.note_edit.setPlainText("草稿")
    other = notice_from(sqlite_ctx, RESUME_2023)
    monkeypatch.setattr(prompts, "ask_unsaved", lambda *a: prompts.Unsaved.CANCEL)
    assert not page.select_notice(other.id)
    assert page.ui.note_edit.toPlainText() == "草稿"
    assert page._current.effective_from == CURRENT
    monkeypatch.setattr(prompts, "ask_unsaved", lambda *a: prompts.Unsaved.SAVE)
    assert page.select_notice(other.id)
    assert notice_from(sqlite_ctx, CURRENT).note == "草稿"


def test_suspension_disables_the_rule_section(page, sqlite_ctx) -> None:
    select(page, sqlite_ctx, date(2022, 12, 21))
    assert not page.ui.rule_group.isEnabled()
    assert "暂停执行" in page.ui.rule_hint_label.text()


def test_stale_version_is_refused(page, sqlite_ctx) -> None:
    notice = select(page, sqlite_ctx, CURRENT)
    sqlite_ctx.rules.save_notice(replace(notice, note="另一席位的修改"))
    page.ui.note_edit.setPlainText("我的修改")
    assert not page.save()
    assert "已被其他人修改" in page.ui.error_panel.text()
    assert notice_from(sqlite_ctx, CURRENT).note == "另一席位的修改"


def test_advanced_json_expresses_rotation(page, sqlite_ctx) -> None:
    select(page, sqlite_ctx, CURRENT)
    page.ui.advanced_check.setChecked(True)
    rule = json.loads(page.ui.json_edit.toPlainText())
    assert sorted(rule["groups"]["5"]) == [0, 5]
    rule["rotation"] = {"anchor": "2025-11-10", "period_days": 91, "shift_per_period": -1}
    page.ui.json_edit.setPlainText(json.dumps(rule, ensure_ascii=False))
    page.ui.advanced_check.setChecked(False)
    assert "轮换" in page.ui.rule_hint_label.text()
    assert page.save(), page.ui.error_panel.text()
    rotation = notice_from(sqlite_ctx, CURRENT).rule_set.rotation
    assert rotation is not None and rotation.period_days == 91


def test_bad_json_stays_in_json_mode_with_line_number(page, sqlite_ctx) -> None:
    select(page, sqlite_ctx, CURRENT)
    page.ui.advanced_check.setChecked(True)
    page.ui.json_edit.setPlainText('{\n  "selector": "weekday",\n}')
    page.ui.advanced_check.setChecked(False)
    assert page.ui.advanced_check.isChecked()
    assert "第3行" in page.ui.error_panel.text()
    page.ui.json_edit.setPlainText('{"selector": "sometimes", "groups": {}, "time_windows": []}')
    assert not page.save()
    assert "高级（JSON）" in page.ui.error_panel.text()


def test_exemption_lines_keep_the_nev_code(page, sqlite_ctx) -> None:
    select(page, sqlite_ctx, CURRENT)
    page.ui.exemptions_edit.setPlainText("悬挂新能源专用号牌的汽车\nBUS 公共汽车\n校车")
    assert page.save(), page.ui.error_panel.text()
    codes = [e.code for e in notice_from(sqlite_ctx, CURRENT).rule_set.exemptions]
    assert codes == ["NEV_PLATE", "BUS", "OTHER"]


def test_failed_undo_is_shown_not_raised(qtbot, page, sqlite_ctx) -> None:
    page.new_notice()
    page.ui.effective_to_edit.setDate(QDate(2027, 11, 5))
    assert page.save()
    new_id = page._current.id
    sqlite_ctx.rules.delete_notice(new_id)  # another desk removes it
    page._bus.publish(Changes(notices=True))
    page._undo.undo()
    qtbot.waitUntil(lambda: page.findChild(QMessageBox, "error_box") is not None)
    box = page.findChild(QMessageBox, "error_box")
    assert "已不存在" in box.text()
    assert page._undo.count() == 0  # the broken command is dropped
    box.close()


def test_json_mode_is_not_an_edit_and_does_not_leak_into_the_next_notice(
    monkeypatch, page, sqlite_ctx
) -> None:
    select(page, sqlite_ctx, CURRENT)
    page.ui.advanced_check.setChecked(True)
    assert not page.is_dirty()
    page.ui.json_edit.setPlainText('{"selector": "all_numbers", "groups": {"all": [1]}}')
    assert page.is_dirty()
    monkeypatch.setattr(prompts, "ask_unsaved", lambda *a: prompts.Unsaved.DISCARD)
    assert page.select_notice(notice_from(sqlite_ctx, RESUME_2023).id)
    assert not page.ui.advanced_check.isChecked()
    assert page.ui.selector_combo.currentData() == "weekday"
    assert page.ui.digits_editor.edit_for("1").text() == "1和6"
    assert not page.ui.error_panel.messages()


def test_saving_an_unchanged_notice_writes_nothing(page, sqlite_ctx) -> None:
    notice = select(page, sqlite_ctx, CURRENT)
    version = sqlite_ctx.rules.notice_version(notice.id)
    assert page.save()
    assert page._undo.count() == 0
    assert sqlite_ctx.rules.notice_version(notice.id) == version
