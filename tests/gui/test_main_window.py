"""Main window: navigation, shortcuts, status bar, settings page, remembered layout, start-up."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from xa_console.config import config_dir
from xa_console.db.database import NetworkPathError
from xa_console.gui.main_window import PAGE_KEYS, MainWindow
from xa_console.gui.pages.placeholder import PlaceholderPage
from xa_console.gui.pages.review_page import ReviewPage
from xa_console.gui.pages.schedule_page import SchedulePage
from xa_console.gui.pages.workbench import WorkbenchPage

TODAY = date(2025, 11, 24)

# The offscreen platform plugin warns whenever a shown top-level window gets size constraints.


def _open(qtbot, ctx, today: date = TODAY) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx, today=lambda: today)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot, sqlite_ctx) -> MainWindow:  # type: ignore[no-untyped-def]
    """An open main window on an initialised SQLite database."""
    return _open(qtbot, sqlite_ctx)


def test_opens_on_the_calendar(window: MainWindow) -> None:
    available = window.screen().availableGeometry()  # offscreen: an 800×800 screen
    assert window.width() == max(min(1400, available.width()), window.minimumSizeHint().width())
    assert window.height() == min(900, available.height())
    assert window.current_page() == 0
    assert window.ui.nav_list.count() == len(PAGE_KEYS)
    labels = [window.ui.nav_list.item(i).text() for i in range(window.ui.nav_list.count())]
    assert labels == ["日历", "通告", "审核", "发布计划", "推送", "报表", "设置"]
    tabs = window.calendar_page.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["月历", "通告与规则", "节假日安排"]
    assert window.bus is not None and window.undo_stack is not None


def test_status_bar(window: MainWindow) -> None:
    assert window.today_label.text() == "今天 11月24日 周一 · 限行尾号 1和6 · 7:00-20:00"
    assert window.db_mode_label.text() == "嵌入式 SQLite"
    assert "xa.db" in window.db_mode_label.toolTip()


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (date(2025, 11, 29), "今天 11月29日 周六 · 不限行（周末）"),
        (date(2026, 11, 9), "今天 11月9日 周一 · 无通告在执行，请起草继续实施通告"),
        (date(2026, 10, 1), "今天 10月1日 周四 · 不限行（法定节假日 国庆节）"),
        (date(2023, 1, 4), "今天 1月4日 周三 · 暂停执行，不限行"),
    ],
)
def test_today_status_variants(qtbot, sqlite_ctx, today: date, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert _open(qtbot, sqlite_ctx, today).today_label.text() == expected


def test_ctrl_number_switches_pages(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    keys = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5, Qt.Key.Key_6]
    keys.append(Qt.Key.Key_7)
    for page, key in reversed(list(enumerate(keys))):
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        assert window.current_page() == page
        assert window.ui.nav_list.currentRow() == page


def test_nav_click_switches_pages(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    nav = window.ui.nav_list
    rect = nav.visualItemRect(nav.item(6))
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.ui.pages.currentWidget() is window.settings_page


def test_placeholder_pages(window: MainWindow) -> None:
    assert isinstance(window.ui.pages.widget(1), WorkbenchPage)
    assert isinstance(window.ui.pages.widget(2), ReviewPage)
    assert window.ui.pages.widget(3) is window.schedule_page
    assert isinstance(window.schedule_page, SchedulePage)
    pages = [window.ui.pages.widget(i) for i in range(4, 6)]
    assert all(isinstance(p, PlaceholderPage) for p in pages)
    titles = [p.title_label.text() for p in pages]  # type: ignore[attr-defined]
    assert titles == ["推送", "报表"]
    for p in pages:
        assert p.note_label.text() == "将在后续版本提供"  # type: ignore[attr-defined]
    assert "短信" in pages[0].description_label.text()  # type: ignore[attr-defined]
    assert "Excel" in pages[1].description_label.text()  # type: ignore[attr-defined]


def test_settings_page(window: MainWindow, sqlite_ctx) -> None:  # type: ignore[no-untyped-def]
    page = window.settings_page
    assert page.value("db_mode") == "嵌入式 SQLite"
    assert page.value("db_location").endswith("xa.db")
    assert page.value("schema").endswith("（最新）")
    assert page.value("city") == "西安（xian）"
    assert page.value("notices") == f"{len(sqlite_ctx.rules.notices())} 份"
    assert page.value("holiday_years").startswith(f"{len(sqlite_ctx.holidays.years())} 个年度")
    assert page.value("config_dir") == str(config_dir())


def test_refresh_and_bus(qtbot, window: MainWindow, sqlite_ctx) -> None:  # type: ignore[no-untyped-def]
    window.calendar_page.month_view.select_day(date(2026, 1, 5))
    last = max(sqlite_ctx.rules.notices(), key=lambda n: n.effective_from)
    sqlite_ctx.rules.delete_notice(last.id)  # as if another desk deleted it: F5 picks it up
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.today_label.text().endswith("无通告在执行，请起草继续实施通告")
    assert window.calendar_page.day_detail.headline_label.text().startswith("无通告在执行")
    assert window.settings_page.value("notices") == f"{len(sqlite_ctx.rules.notices())} 份"
    _, changes = sqlite_ctx.rules.restore_notice(last)
    window.bus.publish(changes)  # a write in this window: the bus does the same
    assert window.today_label.text() == "今天 11月24日 周一 · 限行尾号 1和6 · 7:00-20:00"


def test_layout_is_remembered(qtbot, sqlite_ctx) -> None:  # type: ignore[no-untyped-def]
    first = _open(qtbot, sqlite_ctx)
    # Qt clamps restored geometry to the (small offscreen) screen; the minimum width survives it.
    first.resize(first.minimumSizeHint().width(), 600)
    first.show_page(6)
    first.calendar_page.tabs.setCurrentIndex(2)
    first.calendar_page.splitter.setSizes([10_000, 1])  # detail pane at its minimum
    sizes = first.calendar_page.splitter.sizes()
    first.close()
    assert (config_dir() / "ui-state.ini").exists()
    second = _open(qtbot, sqlite_ctx)
    assert second.current_page() == 6
    assert (second.width(), second.height()) == (first.width(), 600)
    assert second.calendar_page.tabs.currentIndex() == 2
    second.show_page(0)
    second.calendar_page.tabs.setCurrentIndex(0)  # sizes are laid out once the tab is visible
    qtbot.waitUntil(lambda: second.calendar_page.splitter.sizes() == sizes)


def test_quit_shortcut_closes(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible())


# ----- start-up (xa_console.app) -------------------------------------------------------------
@pytest.fixture
def app_look(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """``main`` restyles and translates the shared QApplication; undo that for the other tests."""
    from PySide6.QtCore import QLocale, QTranslator

    sheet, font, style, locale = qapp.styleSheet(), qapp.font(), qapp.style().name(), QLocale()
    translators = set(qapp.findChildren(QTranslator))
    # Closing main()'s window would otherwise leave the thread's "quit now" flag set, and every
    # later QEventLoop (qtbot.waitUntil, waitSignal) would return at once.
    quit_on_close = qapp.quitOnLastWindowClosed()
    qapp.setQuitOnLastWindowClosed(False)
    yield
    qapp.setQuitOnLastWindowClosed(quit_on_close)
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)
    qapp.setStyle(style)
    QLocale.setDefault(locale)
    for translator in set(qapp.findChildren(QTranslator)) - translators:
        qapp.removeTranslator(translator)
        translator.setParent(None)
    qapp.setProperty("xa_console_translator_installed", False)


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Capture QMessageBox.critical texts instead of blocking on a modal box."""
    shown: list[str] = []

    def fake(_parent, _title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", staticmethod(fake))
    return shown


def test_main_runs_and_quits(app_look, boxes: list[str]) -> None:  # type: ignore[no-untyped-def]
    from xa_console.app import main

    QTimer.singleShot(0, QApplication.quit)
    assert main([]) == 0
    assert boxes == []
    assert QApplication.applicationName() == "xa-console"
    assert QApplication.font().family() == "Noto Sans CJK SC"
    assert QApplication.translate("QPlatformTheme", "OK") == "确定"


def test_main_reports_bad_settings(app_look, boxes: list[str]) -> None:  # type: ignore[no-untyped-def]
    from xa_console.app import main

    config_dir().mkdir(parents=True, exist_ok=True)
    (config_dir() / "settings.toml").write_text('colour = "red"\n', encoding="utf-8")
    assert main([]) == 1
    assert len(boxes) == 1 and "未知设置项“colour”" in boxes[0]


def test_main_reports_unreachable_database(app_look, boxes, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from xa_console.app import main

    monkeypatch.setenv("XA_CONSOLE_DB", "postgresql://desk:s3cret@127.0.0.1:1/xa")
    assert main([]) == 1
    assert "无法连接数据库" in boxes[0]
    assert "s3cret" not in boxes[0]


def test_startup_error_texts(tmp_path: Path) -> None:
    from xa_console.app import startup_error_text

    text = startup_error_text(NetworkPathError(r"\\server\share\xa.db"))
    assert "网络共享" in text and "PostgreSQL" in text


def test_edit_menu_undoes_on_the_shared_stack(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QUndoCommand

    log: list[str] = []

    class Step(QUndoCommand):
        def redo(self) -> None:
            log.append("redo")

        def undo(self) -> None:
            log.append("undo")

    window.undo_stack.push(Step("测试"))
    window.calendar_page.tabs.setCurrentIndex(1)  # an editor sharing the stack is on screen
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.calendar_page.tabs.currentWidget().setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert log == ["redo", "undo"]
    qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert log == ["redo", "undo", "redo"]


def test_closing_with_an_unsaved_draft_asks_first(qtbot, sqlite_ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from datetime import date as _date

    from xa_console.gui import prompts
    from xa_console.gui.main_window import MainWindow

    window = MainWindow(sqlite_ctx, today=lambda: _date(2023, 2, 28))
    qtbot.addWidget(window)
    monkeypatch.setattr(window.workbench_page, "is_dirty", lambda: True)
    answers = iter([prompts.Unsaved.CANCEL, prompts.Unsaved.DISCARD])
    asked: list[str] = []

    def ask(parent, what):  # type: ignore[no-untyped-def]
        asked.append(what)
        return next(answers)

    monkeypatch.setattr(prompts, "ask_unsaved", ask)
    window.show()
    assert window.close() is False and window.isVisible()  # 取消: keeps editing
    assert window.close() is True  # 放弃修改: closes
    assert asked == ["通告草稿", "通告草稿"]
