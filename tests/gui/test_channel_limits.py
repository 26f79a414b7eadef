"""设置 › 渠道规则: the rules table, inline limits, SMS billing, the JSON editor and reset."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from xa_console.domain.drafting.facts import DraftKind
from xa_console.gui import prompts
from xa_console.gui.bus import ChangeBus
from xa_console.gui.models.limits_model import LimitsModel, limit_rows
from xa_console.gui.pages.channel_json import line_of_path, path_label
from xa_console.gui.pages.channel_limits import ChannelLimitsPage

COL = LimitsModel.Column
STATUS_120 = "限" * 120  # 120 weighted 字 on Weibo


@pytest.fixture
def bus() -> ChangeBus:
    """A change bus of its own."""
    return ChangeBus()


@pytest.fixture
def page(qtbot, sqlite_ctx, bus):  # type: ignore[no-untyped-def]
    """The channel rules tab on a fresh database."""
    p = ChannelLimitsPage(sqlite_ctx, bus)
    qtbot.addWidget(p)
    return p


def weibo_status_codes(ctx) -> set[str]:  # type: ignore[no-untyped-def]
    """Problem codes of a daily draft whose Weibo status is 120 字."""
    wb = ctx.drafting.new(DraftKind.DAILY, date(2023, 3, 1))
    wb = ctx.drafting.update(wb, edit=("weibo", "status", STATUS_120))
    return {p.code for p in wb.channel("weibo").problems}


def test_limits_model_passes_the_model_tester(qtmodeltester, sqlite_ctx) -> None:
    model = LimitsModel(commit=lambda *_: False)
    model.set_rows(limit_rows(sqlite_ctx.channels.book()))
    qtmodeltester.check(model)


def test_every_rule_is_listed_with_chinese_counting_confidence_and_source(sqlite_ctx) -> None:
    book = sqlite_ctx.channels.book()
    model = LimitsModel()
    model.set_rows(limit_rows(book))
    assert model.rowCount() == sum(len(c.fields) for c in book.channels)
    assert model.headerData(COL.COUNTING, Qt.Orientation.Horizontal) == "计数方式"

    def cells(channel: str, field: str) -> dict[LimitsModel.Column, str]:
        row = model.row_of(channel, field)
        return {c: model.index(row, c).data() for c in COL}

    weibo = cells("weibo", "status")
    assert weibo[COL.CHANNEL] == "微博" and weibo[COL.FIELD] == "正文（status）"
    assert weibo[COL.COUNTING] == "微博加权" and weibo[COL.MAX] == "140" and weibo[COL.UNIT] == "字"
    assert weibo[COL.CONFIDENCE] == "官方" and weibo[COL.SOURCE] == "open.weibo.com"
    assert "禁止：#话题#" in weibo[COL.CONSTRAINTS] and "安全域名" in weibo[COL.CONSTRAINTS]
    assert cells("sms", "body")[COL.COUNTING] == "短信（含签名）"
    assert cells("tv", "script")[COL.UNIT] == "秒" and cells("tv", "script")[COL.COUNTING] == (
        "朗读时长"
    )
    assert cells("douyin", "caption")[COL.CONFIDENCE] == "未证实"
    assert cells("douyin", "title")[COL.CONFIDENCE] == "第三方"
    thing = cells("wechat_reminder", "thing1")
    assert "单行" in thing[COL.CONSTRAINTS] and "无表情" in thing[COL.CONSTRAINTS]
    assert "关键词类型：事物（≤20字）" in thing[COL.CONSTRAINTS]
    assert cells("channels", "short_title")[COL.MIN] == "6"


def test_selected_rule_shows_a_clickable_source_and_the_note(page) -> None:
    assert page.select("weibo", "status")
    detail = page.ui.detail_label.text()
    assert '<a href="https://open.weibo.com/wiki/2/statuses/share">' in detail
    assert "可信度：官方" in detail and "安全域名" in detail
    assert page.json.channel() == "weibo"  # the JSON editor follows the selection
    assert page.ui.detail_label.openExternalLinks()


def test_lowering_the_weibo_limit_makes_a_120_zi_status_invalid(qtbot, page, sqlite_ctx, bus):  # type: ignore[no-untyped-def]
    assert "text.too_long" not in weibo_status_codes(sqlite_ctx)
    index = page.cell("weibo", "status", COL.MAX)
    assert index.flags() & Qt.ItemFlag.ItemIsEditable
    with qtbot.waitSignal(bus.changed) as published:
        assert page.proxy.setData(index, "100")
    assert published.args[0].channels
    assert sqlite_ctx.channels.document("weibo")["fields"]["status"]["max"] == 100
    assert sqlite_ctx.channels.book().get("weibo").field("status").max == 100
    assert "text.too_long" in weibo_status_codes(sqlite_ctx)
    qtbot.waitUntil(lambda: page.cell("weibo", "status", COL.MAX).data() == "100")
    assert page.selected_row() is not None


def test_a_bad_inline_value_is_refused_in_chinese(page, sqlite_ctx) -> None:
    for typed, shown in (("-5", "“-5”"), ("很多", "“很多”")):
        assert not page.proxy.setData(page.cell("weibo", "status", COL.MAX), typed)
        text = page.ui.error_panel.text()
        assert "微博 › 正文（status） › 上限" in text and shown in text, text
    assert sqlite_ctx.channels.document("weibo")["fields"]["status"]["max"] == 140


def test_clearing_a_limit_removes_it(qtbot, page, sqlite_ctx, bus) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(bus.changed):
        assert page.proxy.setData(page.cell("channels", "short_title", COL.MIN), "")
    assert "min" not in sqlite_ctx.channels.document("channels")["fields"]["short_title"]


def test_json_editor_refuses_a_negative_max_naming_the_field(page, sqlite_ctx) -> None:
    page.json.select("weibo")
    text = page.json.text()
    assert '"max": 140' in text
    broken = text.replace('"max": 140', '"max": -5')
    page.ui.json_edit.setPlainText(broken)
    assert page.json.is_dirty() and page.ui.json_save_button.isEnabled()
    assert not page.json.save()
    messages = page.ui.json_error_panel.messages()
    assert messages == ["微博 › 正文（status） › 上限：应为非负数字，当前为“-5”。"]
    assert page.json.text() == broken  # the text is kept
    line = next(i for i, ln in enumerate(broken.splitlines(), 1) if '"max": -5' in ln)
    assert page.ui.json_edit.error_line() == line
    assert sqlite_ctx.channels.document("weibo")["fields"]["status"]["max"] == 140


def test_json_syntax_errors_name_the_line(page) -> None:
    page.json.select("weibo")
    page.ui.json_edit.setPlainText(page.json.text().replace('"max": 140,', '"max": 140', 1))
    assert not page.json.save()
    (message,) = page.ui.json_error_panel.messages()
    assert message.startswith("JSON：JSON 格式有误（第") and "行" in message
    assert page.ui.json_edit.error_line() is not None


def test_json_save_and_reset_to_shipped(qtbot, page, sqlite_ctx, bus, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page.json.select("weibo")
    page.ui.json_edit.setPlainText(page.json.text().replace('"max": 140', '"max": 120'))
    with qtbot.waitSignal(bus.changed):
        assert page.json.save()
    assert sqlite_ctx.channels.book().get("weibo").field("status").max == 120
    assert not page.json.is_dirty()
    qtbot.waitUntil(lambda: page.cell("weibo", "status", COL.MAX).data() == "120")

    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: True)
    with qtbot.waitSignal(bus.changed):
        page.ui.reset_button.click()
    assert sqlite_ctx.channels.book().get("weibo").field("status").max == 140
    assert '"max": 140' in page.json.text() and not page.json.is_dirty()
    assert page.cell("weibo", "status", COL.MAX).data() == "140"


def test_keyword_types_are_editable_as_json(page, sqlite_ctx) -> None:
    page.json.select("_keyword_types")
    assert page.json.channel() == "_keyword_types" and '"thing"' in page.json.text()
    page.ui.json_edit.setPlainText(page.json.text().replace('"max": 20', '"max": "二十"', 1))
    assert not page.json.save()
    assert page.ui.json_error_panel.messages()[0].startswith("关键词类型 › thing › 上限")


def test_sms_signature_and_price(qtbot, page, sqlite_ctx, bus) -> None:  # type: ignore[no-untyped-def]
    ui = page.ui
    assert ui.signature_edit.text() == "西安交警" and ui.single_limit_spin.value() == 70
    ui.signature_edit.setText("【西安交警】")
    assert not page.save_sms()
    assert "短信 › 短信计费 › 签名" in ui.error_panel.text()
    ui.signature_edit.setText("西安交警支队")
    ui.price_spin.setValue(0.045)
    with qtbot.waitSignal(bus.changed):
        assert page.save_sms()
    sms = sqlite_ctx.channels.book().get("sms").sms
    assert sms.signature == "西安交警支队" and sms.price_yuan == pytest.approx(0.045)
    assert not ui.error_panel.isVisibleTo(page)


def test_filter_by_channel(page) -> None:
    combo = page.ui.channel_filter_combo
    combo.setCurrentIndex(combo.findData("radio"))
    assert page.proxy.rowCount() == 2
    assert page.json.channel() == "radio"
    combo.setCurrentIndex(0)
    assert page.proxy.rowCount() == page.model.rowCount()


def test_path_labels_and_lines() -> None:
    names = {"weibo": "微博"}
    docs = {"weibo": {"fields": {"status": {"label": "正文"}}}}
    assert (
        path_label("channels.weibo.fields.status.max", names, docs)
        == "微博 › 正文（status） › 上限"
    )
    assert path_label("channels.weibo.fields.status.forbid[0]", names, docs) == (
        "微博 › 正文（status） › 禁止模式（第1项）"
    )
    assert path_label("keyword_types.thing.max", names, {}) == "关键词类型 › thing › 上限"
    text = '{\n  "fields": {\n    "a": {\n      "max": 1\n    },\n    "b": {\n      "max": 2\n'
    assert line_of_path(text, "channels.x.fields.b.max") == 7
