"""通告 page: new drafts, live rebuild, hand edits, limits, save/reload, recovery, exports."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QPlainTextEdit,
    QWidget,
)

from xa_console.domain.drafting.codec import facts_to_dict
from xa_console.domain.drafting.facts import DraftKind
from xa_console.domain.errors import fail
from xa_console.gui import prompts
from xa_console.gui.bus import ChangeBus
from xa_console.gui.dialogs.new_draft import NewDraftDialog
from xa_console.gui.models.channel_status_model import ChannelStatusModel
from xa_console.gui.models.draft_model import DraftModel, DraftRow
from xa_console.gui.pages.workbench import WorkbenchPage
from xa_console.services.rendering import TemplateRenderer

TODAY = date(2023, 2, 28)
DAY = date(2023, 3, 1)
BROKEN = "{% block status %}{{ x }{% endblock %}"


def make_page(qtbot, ctx, bus: ChangeBus | None = None) -> WorkbenchPage:  # type: ignore[no-untyped-def]
    page = WorkbenchPage(ctx, bus or ChangeBus(), today=lambda: TODAY)
    page.cards.enabled = False  # card images take ~0.3 s each; previews work without them
    qtbot.addWidget(page)
    page.resize(1250, 840)
    return page


@pytest.fixture
def page(qtbot, sqlite_ctx) -> WorkbenchPage:  # type: ignore[no-untyped-def]
    return make_page(qtbot, sqlite_ctx)


def create(page: WorkbenchPage, kind: DraftKind = DraftKind.DAILY, day: date = DAY) -> None:
    dialog = page.new_draft()
    assert dialog is not None
    dialog.set_kind(kind)
    dialog.set_day(day)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert page.wb is not None, dialog.error_label.text()


def field(page: WorkbenchPage, channel: str, name: str):  # type: ignore[no-untyped-def]
    return page.editor.panel(channel).fields[name]


def keys(widget: QWidget, text: str) -> None:
    """Type text key by key (QTest.keyClicks aborts on characters outside Latin-1)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )


def type_into(editor: QPlainTextEdit, text: str) -> None:
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    keys(editor, text)


def test_models_pass_the_model_tester(qtmodeltester, sqlite_ctx) -> None:  # type: ignore[no-untyped-def]
    wb = sqlite_ctx.drafting.new(DraftKind.DAILY, DAY)
    sqlite_ctx.drafting.save(wb)
    drafts = DraftModel()
    drafts.set_rows(DraftRow.of(r) for r in sqlite_ctx.drafting.list())
    qtmodeltester.check(drafts)
    channels = ChannelStatusModel()
    channels.set_drafts(wb.channels)
    qtmodeltester.check(channels)
    assert drafts.index(0, DraftModel.Column.KIND).data() == "每日提醒"
    assert drafts.index(0, DraftModel.Column.STATUS).data() == "草稿"


def test_new_daily_draft_shows_every_channel(page: WorkbenchPage) -> None:
    create(page)
    wb = page.wb
    assert wb is not None and len(wb.channels) == 11
    assert page.overview.rowCount() == 11
    assert page.editor.channel_list.count() == 11
    weibo = wb.channel("weibo")
    assert "3和8" in weibo.current.get("status")
    assert field(page, "weibo", "status").text() == weibo.current.get("status")
    m = weibo.report.measure("status")
    assert m is not None and m.limit is not None
    assert field(page, "weibo", "status").counter.text() == f"{m.length:g} / {m.limit:g} 字"
    assert page.ui.facts_header.text() == "每日提醒 · 2023年3月1日 星期三"
    assert "3和8" in page.ui.status_value.text()
    assert page.channel_id == "weibo"
    assert page.is_dirty() and page.ui.dirty_label.text() == "● 新草稿，未保存"


def test_sms_and_broadcast_counters(page: WorkbenchPage) -> None:
    create(page)
    assert page.wb is not None
    sms = page.wb.channel("sms")
    assert sms.report.sms is not None
    n = sms.report.sms.segments
    text = field(page, "sms", "body").counter.text()
    assert f"条数 {n} · 每人 {n * 0.04:.2f} 元" in text
    assert field(page, "radio", "spot15").counter.text().startswith("时长 0:")
    assert field(page, "radio", "spot15").counter.text().endswith("/ 0:15")


def test_typing_free_text_updates_the_article_body(qtbot, page: WorkbenchPage) -> None:  # type: ignore[no-untyped-def]
    create(page)
    type_into(page.ui.free_text_edit, "请错峰出行")
    assert page.pending()
    qtbot.waitUntil(lambda: not page.pending(), timeout=2000)
    assert page.wb is not None
    assert "请错峰出行" in page.wb.channel("wechat_article").current.get("body")
    assert "请错峰出行" in field(page, "wechat_article", "body").text()
    assert page.ui.free_text_edit.toPlainText() == "请错峰出行"
    assert page.last_rebuild_ms > 0


def test_hand_edit_keeps_the_cursor_and_regenerate_restores(
    qtbot, page: WorkbenchPage, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    create(page)
    assert page.wb is not None
    generated = page.wb.channel("weibo").generated.get("status")
    editor = field(page, "weibo", "status").editor
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.setPosition(6)
    editor.setTextCursor(cursor)
    keys(editor, "特别提醒")
    qtbot.waitUntil(lambda: not page.pending(), timeout=2000)
    weibo = page.wb.channel("weibo")
    assert weibo.edited and weibo.current.get("status").startswith("【今日限行】特别提醒")
    assert editor.textCursor().position() == 10
    panel = page.editor.panel("weibo")
    assert panel.edited_label.isVisibleTo(page) and "已手动修改" in panel.edited_label.text()
    assert "※" in page.editor.channel_list.item(2).text()

    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: False)
    panel.regenerate_button.click()
    assert page.wb.channel("weibo").edited
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: True)
    panel.regenerate_button.click()
    assert not page.wb.channel("weibo").edited
    assert field(page, "weibo", "status").text() == generated
    assert not panel.edited_label.isVisibleTo(page)


def test_over_long_weibo_turns_its_row_red(qtbot, page: WorkbenchPage) -> None:  # type: ignore[no-untyped-def]
    create(page)
    editor = field(page, "weibo", "status").editor
    assert isinstance(editor, QPlainTextEdit)
    editor.setPlainText("限" * 200)  # a paste
    qtbot.waitUntil(lambda: not page.pending(), timeout=2000)
    row = page.overview.row_of("weibo")
    assert row is not None
    status = page.overview.index(row, ChannelStatusModel.Column.STATUS)
    assert status.data() == "× 有错误"
    assert status.data(Qt.ItemDataRole.ForegroundRole).name() == "#b3261e"
    texts = [page.ui.problems_list.item(i).text() for i in range(page.ui.problems_list.count())]
    assert any("200字，超过上限 140字" in t and t.startswith("×") for t in texts), texts
    counter = field(page, "weibo", "status").counter
    assert counter.text().startswith("× 200 / 140")
    assert page.editor.channel_list.item(2).text().startswith("×")


def test_save_then_reload_keeps_hand_edits(qtbot, sqlite_ctx) -> None:  # type: ignore[no-untyped-def]
    bus = ChangeBus()
    page = make_page(qtbot, sqlite_ctx, bus)
    create(page)
    editor = field(page, "weibo", "status").editor
    editor.setPlainText("【今日限行】手工改写 https://jj.xa.example.cn/xianxing")
    with qtbot.waitSignal(bus.changed):
        assert page.save()
    assert not page.is_dirty() and not page.ui.dirty_label.isVisible()
    assert page.drafts.model.rowCount() == 1
    assert sqlite_ctx.recovery.pending() == []
    other = make_page(qtbot, sqlite_ctx)
    other.ui.draft_table.selectRow(0)
    assert other.wb is not None and other.wb.draft_id == page.wb.draft_id  # type: ignore[union-attr]
    assert "手工改写" in field(other, "weibo", "status").text()
    assert other.wb.channel("weibo").edited
    assert not other.is_dirty()


def test_stale_save_is_refused_and_keeps_the_text(qtbot, page, sqlite_ctx) -> None:  # type: ignore[no-untyped-def]
    create(page)
    assert page.save()
    elsewhere = sqlite_ctx.drafting.load(page.wb.draft_id)
    sqlite_ctx.drafting.save(
        sqlite_ctx.drafting.update(elsewhere, facts=elsewhere.facts.with_text("x"))
    )
    page.ui.free_text_edit.setPlainText("我的补充")
    assert not page.save()
    assert "已被其他人修改" in page.ui.error_panel.text()
    assert page.ui.free_text_edit.toPlainText() == "我的补充"
    assert page.is_dirty()


def test_autosave_writes_recovery_and_a_clean_save_discards_it(qtbot, page, sqlite_ctx) -> None:  # type: ignore[no-untyped-def]
    create(page)
    type_into(page.ui.free_text_edit, "尚未保存")
    qtbot.waitUntil(lambda: bool(sqlite_ctx.recovery.pending()), timeout=4000)
    payload = sqlite_ctx.recovery.pending()[0].payload
    assert payload["facts"]["free_text"] == "尚未保存" and payload["draft_id"] is None
    assert page.save()
    assert sqlite_ctx.recovery.pending() == []


def test_recovery_is_offered_on_first_show(qtbot, sqlite_ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    facts = sqlite_ctx.drafting.facts(DraftKind.DAILY, DAY).with_text("崩溃前写的补充说明")
    edits = {"weibo": {"status": "手工微博 https://jj.xa.example.cn/xianxing"}}
    payload = {"draft_id": None, "facts": facts_to_dict(facts), "edits": edits}
    sqlite_ctx.recovery.write("new-crashed", payload)
    asked: list[str] = []

    def answer(parent, title, text, ok_text="确定") -> bool:  # type: ignore[no-untyped-def]
        asked.append(text)
        return ok_text == "恢复"

    monkeypatch.setattr(prompts, "confirm", answer)
    page = make_page(qtbot, sqlite_ctx)
    page.show()
    qtbot.waitUntil(lambda: page.wb is not None, timeout=2000)
    assert asked and asked[0].startswith("发现未保存的草稿（") and "是否恢复？" in asked[0]
    assert page.ui.free_text_edit.toPlainText() == "崩溃前写的补充说明"
    assert field(page, "weibo", "status").text().startswith("手工微博")
    assert page.is_dirty()


def test_declined_recovery_is_discarded(qtbot, sqlite_ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    facts = sqlite_ctx.drafting.facts(DraftKind.DAILY, DAY)
    sqlite_ctx.recovery.write(
        "new-x", {"draft_id": None, "facts": facts_to_dict(facts), "edits": {}}
    )
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: False)
    page = make_page(qtbot, sqlite_ctx)
    page.show()
    qtbot.waitUntil(lambda: sqlite_ctx.recovery.pending() == [], timeout=2000)
    assert page.wb is None


def test_broken_template_shows_its_problem_and_keeps_the_text(qtbot, page: WorkbenchPage) -> None:  # type: ignore[no-untyped-def]
    create(page)
    page.set_renderer(TemplateRenderer().with_override("daily/weibo.j2", BROKEN))
    type_into(page.ui.free_text_edit, "模板坏了也不丢字")
    qtbot.waitUntil(lambda: not page.pending(), timeout=2000)
    wb = page.wb
    assert wb is not None
    weibo = wb.channel("weibo")
    assert not weibo.ok and weibo.render_problems[0].code == "template.syntax"
    assert all(c.ok for c in wb.channels if c.spec.id != "weibo")
    assert "模板坏了也不丢字" in wb.channel("wechat_article").current.get("body")
    assert page.ui.free_text_edit.toPlainText() == "模板坏了也不丢字"
    page.select_channel("weibo")
    first = page.ui.problems_list.item(0).text()
    assert first.startswith("× 模板 daily/weibo.j2 第 1 行有语法错误")


def test_new_draft_dialog_defaults_and_refusals(qtbot, sqlite_ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dialog = NewDraftDialog(sqlite_ctx.drafting.new, sqlite_ctx.rules.notices(), date(2022, 12, 19))
    qtbot.addWidget(dialog)
    assert dialog.kind() is DraftKind.DAILY and dialog.day() == date(2022, 12, 20)
    dialog.set_kind(DraftKind.SUSPENSION)
    assert dialog.day() == date(2022, 12, 21) and dialog.issue_date() == date(2022, 12, 20)
    assert dialog.weekday_label.text() == "星期三"

    def refuse(kind, day, issue):  # type: ignore[no-untyped-def]
        raise fail("draft.no_rule", "date", date=day.isoformat())

    refusing = NewDraftDialog(refuse, (), date(2022, 12, 19))
    qtbot.addWidget(refusing)
    refusing.show()
    refusing.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert refusing.isVisible() and refusing.workbench is None
    assert "没有可引用的限行通告" in refusing.error_label.text()


def test_suspension_draft_shows_validity(page: WorkbenchPage) -> None:
    create(page, DraftKind.SUSPENSION, date(2022, 12, 21))
    assert page.ui.facts_header.text().startswith("暂停执行 · 2022年12月21日")
    assert "结束时间另行通告" in page.ui.validity_value.text()
    assert page.ui.issue_date_edit.date().toPython() == date(2022, 12, 20)


def test_traffic_control_fields_reach_the_facts(qtbot, page: WorkbenchPage) -> None:  # type: ignore[no-untyped-def]
    create(page, DraftKind.TRAFFIC_CONTROL, DAY)
    assert page.ui.control_group.isVisibleTo(page)
    assert not page.ui.correction_group.isVisibleTo(page)
    page.ui.road_edit.setFocus()
    keys(page.ui.road_edit, "长安北路")
    qtbot.waitUntil(lambda: not page.pending(), timeout=2000)
    assert page.wb is not None and page.wb.facts.traffic_control is not None
    assert page.wb.facts.traffic_control.road == "长安北路"
    assert page.wb.facts.traffic_control.start is None


def test_exports_write_files_and_say_where(qtbot, page, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    create(page)
    target = tmp_path / "通稿.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.ui.export_press_button.click()
    qtbot.waitUntil(lambda: page.exports.running == 0 and target.exists(), timeout=5000)
    assert target.read_bytes()[:2] == b"PK"
    assert str(target) in page.exports.last_message
    cap = tmp_path / "alert.xml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(cap), ""))
    page.ui.export_cap_button.click()
    qtbot.waitUntil(lambda: page.exports.running == 0 and cap.exists(), timeout=5000)
    assert b"urn:oasis:names:tc:emergency:cap:1.2" in cap.read_bytes()


def test_no_draft_open_disables_saving_and_exports(page: WorkbenchPage) -> None:
    assert page.wb is None
    assert not page.ui.save_button.isEnabled()
    assert not page.ui.export_card_button.isEnabled()
    assert not page.save()


def test_overview_double_click_selects_the_channel(qtbot, page: WorkbenchPage) -> None:  # type: ignore[no-untyped-def]
    create(page)
    page.ui.right_tabs.setCurrentWidget(page.ui.overview_tab)
    page.show()
    qtbot.waitExposed(page)
    table = page.ui.overview_table
    row = page.overview.row_of("sms")
    assert row is not None
    centre = table.visualRect(page.overview.index(row, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)  # views want both
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert page.channel_id == "sms" and page.editor.current_channel() == "sms"
    assert page.ui.right_tabs.currentWidget() is page.ui.preview_tab
    assert page.preview.currentWidget() is page.preview.mock("sms")
    assert page.ui.problems_title.text() == "问题 · 短信：✓ 全部检查通过"


def test_ctrl_n_opens_the_dialog_and_discard_closes_a_new_draft(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    page.ui.draft_table.setFocus()
    qtbot.keyClick(page.ui.draft_table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.dialog is not None and page.dialog.isVisible()
    page.dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert page.wb is not None and page.wb.facts.day == DAY  # tomorrow of 2023-02-28
    page.discard()
    assert page.wb is None and not page.ui.save_button.isEnabled()


def test_typing_back_to_the_saved_text_drops_the_recovery_copy(qtbot, page, sqlite_ctx) -> None:  # type: ignore[no-untyped-def]
    create(page)
    assert page.save()
    page.ui.free_text_edit.setPlainText("临时")
    qtbot.waitUntil(lambda: bool(sqlite_ctx.recovery.pending()), timeout=4000)
    page.ui.free_text_edit.setPlainText("")
    qtbot.waitUntil(lambda: sqlite_ctx.recovery.pending() == [], timeout=4000)
    assert not page.is_dirty()
