"""设置 › 模板: grouped list, live preview, line-numbered errors, refused and good saves, revert."""

from __future__ import annotations

import re
from datetime import date

import pytest

from xa_console.domain.drafting.facts import DraftKind
from xa_console.gui import prompts
from xa_console.gui.bus import ChangeBus
from xa_console.gui.pages.template_editor import TemplateEditorPage, group_of
from xa_console.gui.pages.template_preview import TemplateFault, reason_zh

WEIBO = "daily/weibo.j2"
MARCH_1 = date(2023, 3, 1)


@pytest.fixture
def bus() -> ChangeBus:
    """A change bus of its own (the main window passes its bus)."""
    return ChangeBus()


@pytest.fixture
def page(qtbot, sqlite_ctx, bus):  # type: ignore[no-untyped-def]
    """The template tab on a fresh database, with the Weibo daily template open and rendered."""
    p = TemplateEditorPage(sqlite_ctx, bus)
    qtbot.addWidget(p)
    assert p.current_name() == WEIBO
    settle(qtbot, p)
    return p


def settle(qtbot, page: TemplateEditorPage) -> None:  # type: ignore[no-untyped-def]
    """Wait until the debounced preview has rendered the editor's text."""
    qtbot.waitUntil(lambda: not page.preview.is_busy(), timeout=10_000)


def type_source(qtbot, page: TemplateEditorPage, text: str) -> None:  # type: ignore[no-untyped-def]
    """Replace the editor's text as typing would (one undoable edit) and wait for the preview."""
    with qtbot.waitSignal(page.preview.rendered, timeout=10_000):
        page._replace_text(text)
    settle(qtbot, page)


def with_status_prefix(source: str, prefix: str) -> str:
    """The template with ``prefix`` printed at the start of the status block."""
    pattern = re.compile(r"(\{%-?\s*block\s+status\s*-?%\})")
    assert pattern.search(source), "the Weibo template has a status block"
    return pattern.sub(lambda m: m.group(1) + prefix, source, count=1)


def test_templates_are_grouped_by_kind_with_shared_files_under_common(page, sqlite_ctx) -> None:
    tree = page.ui.template_tree
    groups = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert "每日提醒" in groups
    assert groups[-1] == "公共"
    assert group_of("_macros.j2") == "公共" and group_of(WEIBO) == "每日提醒"
    for name in sqlite_ctx.templates.names():
        assert page.item_for(name) is not None, name
    weibo = page.item_for(WEIBO)
    assert weibo.text(0) == "微博" and weibo.toolTip(0) == WEIBO and weibo.text(1) == ""
    assert page.ui.state_label.text() == f"{WEIBO} · 内置模板"
    assert page.ui.header_label.text() == "每日提醒 · 微博"
    assert not page.ui.save_button.isEnabled() and not page.ui.revert_button.isEnabled()


def test_live_preview_renders_the_sample_and_follows_unsaved_edits(qtbot, page) -> None:
    status = page.preview.field_text("status")
    assert "2023年3月1日" in status and "限行" in status
    assert page.preview.kind_combo.currentData() == "daily"
    assert not page.preview.kind_combo.isEnabled()  # a kind template fixes its sample
    type_source(qtbot, page, with_status_prefix(page.source(), "预览改动"))
    assert page.preview.field_text("status").startswith("预览改动")
    assert page.is_dirty() and not page.ui.dirty_label.isHidden()
    assert page.ui.save_button.isEnabled()


def test_syntax_error_names_the_line_and_saving_is_refused(qtbot, page, sqlite_ctx) -> None:
    lines = page.source().splitlines()
    broken = "\n".join([*lines, "{{ m.day_line() }"])
    bad_line = len(lines) + 1
    type_source(qtbot, page, broken)
    assert page.faults() and page.faults()[0].startswith(f"第 {bad_line} 行：")
    assert page.ui.code_editor.error_line() == bad_line
    assert page.preview.field_text("status") == ""  # no preview from a broken template

    page.ui.save_button.click()
    assert page.ui.error_panel.text().startswith("未能保存")
    assert f"第 {bad_line} 行：" in page.ui.error_panel.text()
    assert sqlite_ctx.templates.overrides() == {}  # nothing stored
    assert page.source() == broken  # what was typed is kept
    assert page.item_for(WEIBO).text(1) == ""


def test_compile_errors_the_parser_misses_are_shown_and_refused(qtbot, page, sqlite_ctx) -> None:
    lines = page.source().splitlines()
    type_source(qtbot, page, "\n".join([*lines, "{{ date|no_such_filter }}"]))
    expected = f"第 {len(lines) + 1} 行：没有名为“no_such_filter”的过滤器"
    assert page.faults() == [expected]
    assert not page.save()
    assert expected in page.ui.error_panel.text()
    assert sqlite_ctx.templates.overrides() == {}


def test_an_unknown_field_is_reported_with_its_line(qtbot, page) -> None:
    source = with_status_prefix(page.source(), "{{ no_such_field }}")
    type_source(qtbot, page, source)
    line = next(i for i, ln in enumerate(source.splitlines(), 1) if "no_such_field" in ln)
    assert page.faults() == [f"第 {line} 行：“no_such_field”未定义（样例数据中没有这个字段）"]
    assert page.ui.code_editor.error_line() == line


def test_valid_edit_is_saved_marked_and_used_by_new_drafts_then_reverted(
    qtbot, page, sqlite_ctx, bus, monkeypatch
) -> None:
    shipped = page.source()
    type_source(qtbot, page, with_status_prefix(shipped, "编辑改动"))
    with qtbot.waitSignal(bus.changed) as published:
        page.ui.save_button.click()
    assert published.args[0].templates
    assert WEIBO in sqlite_ctx.templates.overrides()
    assert not page.is_dirty() and page.faults() == []
    assert page.item_for(WEIBO).text(1) == "已修改"
    assert page.ui.state_label.text() == f"{WEIBO} · 已修改（使用本单位的版本）"
    daily = page.ui.template_tree.topLevelItem(0)
    assert daily.text(0) == "每日提醒" and daily.text(1) == "1 个已修改"
    wb = sqlite_ctx.drafting.new(DraftKind.DAILY, MARCH_1)
    assert wb.channel("weibo").current.get("status").startswith("编辑改动")

    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: False)
    page.ui.revert_button.click()
    assert WEIBO in sqlite_ctx.templates.overrides()  # declined: nothing happens

    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: True)
    with qtbot.waitSignal(bus.changed):
        page.ui.revert_button.click()
    assert sqlite_ctx.templates.overrides() == {}
    assert page.source() == shipped and not page.is_dirty()
    assert page.item_for(WEIBO).text(1) == ""
    wb = sqlite_ctx.drafting.new(DraftKind.DAILY, MARCH_1)
    assert "编辑改动" not in wb.channel("weibo").current.get("status")
    page.ui.code_editor.undo()  # the revert is one edit in the editor: Ctrl+Z brings it back
    assert page.source().count("编辑改动") == 1


def test_discard_restores_the_stored_text_and_can_be_undone(qtbot, page) -> None:
    stored = page.source()
    type_source(qtbot, page, stored + "\n{# 草稿 #}")
    page.ui.discard_button.click()
    assert page.source() == stored and not page.is_dirty()
    page.ui.code_editor.undo()
    assert page.source().endswith("{# 草稿 #}")


def test_switching_with_unsaved_edits_asks_and_cancel_stays(qtbot, page, monkeypatch) -> None:
    type_source(qtbot, page, page.source() + "\n{# 未保存 #}")
    asked: list[str] = []

    def cancel(_parent, what):  # type: ignore[no-untyped-def]
        asked.append(what)
        return prompts.Unsaved.CANCEL

    monkeypatch.setattr(prompts, "ask_unsaved", cancel)
    assert not page.select_template("_macros.j2")
    assert asked and page.current_name() == WEIBO and page.is_dirty()
    monkeypatch.setattr(prompts, "ask_unsaved", lambda *_: prompts.Unsaved.DISCARD)
    assert page.select_template("_macros.j2")
    settle(qtbot, page)
    assert page.preview.kind_combo.isEnabled()  # a shared file: any sample can show it
    assert page.preview.field_text("status")  # default sample: daily Weibo


def test_editing_a_shared_macro_shows_in_the_preview(qtbot, page) -> None:
    assert page.select_template("_macros.j2")
    settle(qtbot, page)
    source = page.source().replace("{% macro police() -%}", "{% macro police() -%}\n{{ x }", 1)
    type_source(qtbot, page, source)
    assert page.faults() and "行：" in page.faults()[0]


def test_reason_translation_and_fault_text() -> None:
    assert reason_zh("unexpected '}'") == "出现了多余或错位的“}”"
    assert reason_zh("Encountered unknown tag 'endfor'.") == "无法识别的标签“endfor”"
    assert reason_zh("expected token 'end of print statement', got 'x'") == (
        "此处应为“}}”，却遇到“x”"
    )
    assert reason_zh("something new") == "something new"
    fault = TemplateFault("_macros.j2", 7, "unexpected '}'")
    assert fault.text("_macros.j2") == "第 7 行：出现了多余或错位的“}”"
    assert fault.text(WEIBO) == "_macros.j2 第 7 行：出现了多余或错位的“}”"


def test_settings_page_tabs_on_the_window_bus(qtbot, sqlite_ctx) -> None:  # type: ignore[no-untyped-def]
    from xa_console.gui.main_window import MainWindow

    window = MainWindow(sqlite_ctx)
    qtbot.addWidget(window)
    page = window.settings_page
    tabs = page.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "数据库",
        "模板",
        "渠道规则",
        "合规词表",
        "用户",
        "发布账号",
        "审计日志",
    ]
    assert page.bus is window.bus
    page.show_tab("合规词表")
    assert tabs.currentWidget() is page.words
    settle(qtbot, page.templates)
    with qtbot.waitSignal(window.bus.changed):
        page.words.ui.word_edit.setText("新能源")
        assert page.words.add_word()
    window.refresh()  # F5 keeps everything; the DB tab still answers
    assert page.value("city") == "西安（xian）"
