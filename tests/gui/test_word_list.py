"""设置 › 合规词表: model, add/level/delete through the service, search, and .txt import reports."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from xa_console.domain.drafting.facts import DraftKind
from xa_console.gui import prompts
from xa_console.gui.bus import ChangeBus
from xa_console.gui.dialogs.word_import import parse_word_lines, read_word_file
from xa_console.gui.models.word_model import WordModel
from xa_console.gui.pages.word_list import WordListPage

COL = WordModel.Column


@pytest.fixture
def bus() -> ChangeBus:
    """A change bus of its own."""
    return ChangeBus()


@pytest.fixture
def page(qtbot, sqlite_ctx, bus):  # type: ignore[no-untyped-def]
    """The word list tab on the shipped words."""
    p = WordListPage(sqlite_ctx, bus)
    qtbot.addWidget(p)
    return p


def weibo_compliance(ctx) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """(code, word) of the compliance problems of a fresh daily draft's Weibo status."""
    wb = ctx.drafting.new(DraftKind.DAILY, date(2023, 3, 1))
    ch = wb.channel("weibo")
    return [(p.code, p.params["word"]) for p in ch.problems if p.code.startswith("compliance.")]


def test_word_model_passes_the_model_tester(qtmodeltester, sqlite_ctx) -> None:
    model = WordModel(commit=lambda *_: False)
    model.set_entries(sqlite_ctx.channels.word_entries())
    qtmodeltester.check(model)


def test_words_are_listed_with_chinese_levels_and_notes(page) -> None:
    model = page.model
    row = model.row_of("罚款")
    assert model.index(row, COL.LEVEL).data() == "敏感"
    assert model.index(row, COL.LEVEL).data(Qt.ItemDataRole.EditRole) == "sensitive"
    assert "依法予以纠正和查处" in model.index(row, COL.NOTE).data()
    assert model.index(model.row_of("测试"), COL.LEVEL).data() == "禁用"
    assert page.ui.count_label.text() == "共 14 个（禁用 7，敏感 7）"
    first = page.proxy.index(0, COL.LEVEL).data()
    last = page.proxy.index(page.proxy.rowCount() - 1, COL.LEVEL).data()
    assert (first, last) == ("禁用", "敏感")  # forbidden words first


def test_search_filters_words_and_notes(page) -> None:
    page.ui.search_edit.setText("罚")
    assert page.proxy.rowCount() == 1
    assert page.ui.count_label.text().startswith("显示 1 / 共 14 个")
    page.ui.search_edit.setText("占位符")  # matches the note
    assert page.proxy.rowCount() == 2


def test_adding_a_forbidden_word_makes_a_draft_fail_compliance(qtbot, page, sqlite_ctx, bus):  # type: ignore[no-untyped-def]
    assert ("compliance.forbidden", "新能源") not in weibo_compliance(sqlite_ctx)
    ui = page.ui
    ui.word_edit.setText("新能源")
    ui.level_combo.setCurrentIndex(ui.level_combo.findData("forbidden"))
    ui.note_edit.setText("测试用")
    with qtbot.waitSignal(bus.changed) as published:
        assert page.add_word()
    assert published.args[0].channels
    assert ("compliance.forbidden", "新能源") in weibo_compliance(sqlite_ctx)
    wb = sqlite_ctx.drafting.new(DraftKind.DAILY, date(2023, 3, 1))
    assert not wb.channel("weibo").ok
    assert page.selected_entry().word == "新能源" and ui.word_edit.text() == ""
    assert "已添加“新能源”（禁用）" in page.result_text()


def test_an_empty_word_is_refused_in_chinese(page) -> None:
    page.ui.word_edit.setText("  ")
    assert not page.add_word()
    assert "词语：必填项未填写。" in page.ui.error_panel.text()


def test_changing_the_level_takes_effect_at_once(qtbot, page, sqlite_ctx, bus) -> None:  # type: ignore[no-untyped-def]
    sqlite_ctx.channels.set_word("新能源", "forbidden")
    page.reload()
    assert ("compliance.forbidden", "新能源") in weibo_compliance(sqlite_ctx)
    index = page.proxy.mapFromSource(page.model.index(page.model.row_of("新能源"), COL.LEVEL))
    assert index.flags() & Qt.ItemFlag.ItemIsEditable
    with qtbot.waitSignal(bus.changed):
        assert page.proxy.setData(index, "sensitive")
    assert ("compliance.sensitive", "新能源") in weibo_compliance(sqlite_ctx)
    wb = sqlite_ctx.drafting.new(DraftKind.DAILY, date(2023, 3, 1))
    assert wb.channel("weibo").ok  # a sensitive word warns, it does not block
    qtbot.waitUntil(
        lambda: page.model.index(page.model.row_of("新能源"), COL.LEVEL).data() == "敏感"
    )


def test_delete_asks_first(qtbot, page, sqlite_ctx, bus, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assert page.select("限号")
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: False)
    assert not page.delete_selected()
    assert any(e.word == "限号" for e in sqlite_ctx.channels.word_entries())
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: True)
    with qtbot.waitSignal(bus.changed):
        assert page.delete_selected()
    assert all(e.word != "限号" for e in sqlite_ctx.channels.word_entries())
    qtbot.waitUntil(lambda: page.model.row_of("限号") is None)


def test_importing_a_word_file_reports_duplicate_and_empty_lines(
    qtbot, page, sqlite_ctx, bus, tmp_path: Path
) -> None:
    path = tmp_path / "words.txt"
    path.write_text("新词甲\n\n新词乙\n新词甲\n  封城  \n新词丙\n", encoding="utf-8")
    dialog = page.open_import()
    dialog.load_file(path)
    report = dialog.report()
    assert "共 6 行，可导入 3 个新词" in report
    assert "空行 1 行（第 2 行）" in report
    assert "重复 1 行（第 4 行“新词甲”与第 1 行重复）" in report
    assert "已在词表中、不改动 1 个（“封城”）" in report
    dialog.level_combo.setCurrentIndex(dialog.level_combo.findData("sensitive"))
    dialog.note_edit.setText("2025年宣传口径")
    with qtbot.waitSignal(bus.changed):
        dialog.accept()
    entries = {e.word: e for e in sqlite_ctx.channels.word_entries()}
    assert {w: entries[w].level for w in ("新词甲", "新词乙", "新词丙")} == dict.fromkeys(
        ("新词甲", "新词乙", "新词丙"), "sensitive"
    )
    assert entries["新词甲"].note == "2025年宣传口径"
    assert entries["封城"].note.startswith("请核对措辞")  # an existing word is left alone
    result = page.result_text()
    assert "已导入 3 个词（敏感）" in result and "第 4 行“新词甲”与第 1 行重复" in result
    qtbot.waitUntil(lambda: page.model.row_of("新词丙") is not None)


def test_parse_word_lines_and_encodings(tmp_path: Path) -> None:
    parsed = parse_word_lines("\ufeff甲\n乙\n\n甲\n" + "长" * 65 + "\n丙", known={"丙"})
    assert parsed.words == ("甲", "乙")
    assert parsed.empty == (3,)
    assert parsed.duplicates == ((4, "甲", 1),)
    assert parsed.too_long == ((5, "长" * 65),)
    assert parsed.existing == ((6, "丙"),)
    assert "超过 64 字 1 行（第 5 行）" in parsed.skipped_text()
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes("封城\n限号\n".encode("gb18030"))
    assert read_word_file(gbk) == "封城\n限号\n"
