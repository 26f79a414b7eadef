"""设置 page: tabs 数据库 (database, folders, counts), 模板, 渠道规则, 合规词表, 用户, 发布账号,
审计日志.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from xa_console.config import config_dir
from xa_console.context import AppContext
from xa_console.db import migrate
from xa_console.db.database import Database
from xa_console.gui.bus import ChangeBus
from xa_console.gui.pages.accounts_page import AccountsPage
from xa_console.gui.pages.audit_page import AuditPage
from xa_console.gui.pages.channel_limits import ChannelLimitsPage
from xa_console.gui.pages.template_editor import TemplateEditorPage
from xa_console.gui.pages.users_page import UsersPage
from xa_console.gui.pages.word_list import WordListPage
from xa_console.services.changes import Changes


@dataclass(frozen=True)
class DatabaseInfo:
    """How to name the database to the user (never with a password)."""

    mode: str  # 嵌入式 SQLite / 团队模式 PostgreSQL
    location: str  # file path, or host:port/database
    data_dir: Path | None  # folder of the SQLite file


def describe_database(db: Database) -> DatabaseInfo:
    """Mode and location of the database in use."""
    url = db.engine.url
    if db.dialect == "sqlite":
        path = Path(url.database or ":memory:")
        return DatabaseInfo("嵌入式 SQLite", str(path), path.parent if url.database else None)
    port = f":{url.port}" if url.port else ""
    user = f"{url.username}@" if url.username else ""
    return DatabaseInfo(
        "团队模式 PostgreSQL", f"{user}{url.host or 'localhost'}{port}/{url.database}", None
    )


_SECTIONS: tuple[tuple[str, list[tuple[str, str]]], ...] = (
    ("数据库", [("db_mode", "数据库模式"), ("db_location", "数据库位置"), ("schema", "结构版本")]),
    (
        "文件夹",
        [("data_dir", "数据目录"), ("config_dir", "配置目录"), ("settings_file", "设置文件")],
    ),
    ("数据", [("city", "城市"), ("notices", "通告"), ("holiday_years", "节假日安排")]),
)


# The same underlined tabs as the calendar page (app.qss styles ``calendar_tabs`` only).
_TAB_STYLE = """
QTabWidget#settings_tabs QTabBar::tab { padding: 8px 22px; margin-right: 2px; color: #4B5563;
    font-size: 10.5pt; border: none; border-bottom: 3px solid transparent;
    background: transparent; }
QTabWidget#settings_tabs QTabBar::tab:selected { color: #123E74; font-weight: bold;
    border-bottom: 3px solid #1F4E8C; }
QTabWidget#settings_tabs QTabBar::tab:hover:!selected { color: #1F2A37;
    border-bottom: 3px solid #C7D3E3; }
QTabWidget#settings_tabs::pane { border: none; border-top: 1px solid #DCE3EC; }
"""


class SettingsPage(QWidget):
    """Tabs: the running configuration (read-only), templates, channel rules, compliance words.

    ``bus`` is the window's change bus; without one (tests, tools) the page makes its own.
    """

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, bus: ChangeBus | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settings_page")
        self._ctx = ctx
        self.bus = bus or ChangeBus(self)
        self._values: dict[str, QLabel] = {}
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("settings_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setStyleSheet(_TAB_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._box = self._scrolled_box()
        for heading, rows in _SECTIONS:
            self._section(heading, rows)
        hint = QLabel(
            "如需改用团队模式（PostgreSQL），请在设置文件中填写 db_url，"
            "或设置环境变量 XA_CONSOLE_DB，然后重新启动限行发布台。"
        )
        hint.setObjectName("settings_hint")
        hint.setWordWrap(True)
        self._box.addWidget(hint)
        self._box.addStretch(1)
        self.templates = TemplateEditorPage(ctx, self.bus)
        self.limits = ChannelLimitsPage(ctx, self.bus)
        self.words = WordListPage(ctx, self.bus)
        self.users = UsersPage(ctx)
        self.accounts = AccountsPage(ctx, bus=self.bus)
        self.audit = AuditPage(ctx)
        for page, label in (
            (self.templates, "模板"),
            (self.limits, "渠道规则"),
            (self.words, "合规词表"),
            (self.users, "用户"),
            (self.accounts, "发布账号"),
            (self.audit, "审计日志"),
        ):
            self.tabs.addTab(page, label)
        self.bus.changed.connect(self._on_changed)
        self.users.users_changed.connect(self.audit.reload)
        self._refresh_database()

    def _on_changed(self, changes: Changes) -> None:
        self.audit.reload()  # every write appends to the audit log
        if changes.notices or changes.holidays:
            self.templates.preview.forget_samples()  # the sample drafts come from the calendar
        if changes.templates:
            self.templates.reload()
        if changes.channels:
            self.limits.reload()
            self.words.reload()
            self.templates.preview.schedule()  # limits and words change the checks shown

    def show_tab(self, label: str) -> None:
        """Switch to the tab titled ``label`` (数据库, 模板, 渠道规则, 合规词表, 用户, 发布账号,
        审计日志).
        """
        for i in range(self.tabs.count()):
            if self.tabs.tabText(i) == label:
                self.tabs.setCurrentIndex(i)

    def _scrolled_box(self) -> QVBoxLayout:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.tabs.addTab(scroll, "数据库")
        content = QWidget()
        content.setObjectName("settings_content")
        scroll.setWidget(content)
        box = QVBoxLayout(content)
        box.setContentsMargins(28, 22, 28, 22)
        box.setSpacing(16)
        return box

    def _section(self, title: str, rows: list[tuple[str, str]]) -> None:
        card = QFrame()
        card.setObjectName("detail_card")
        lay = QVBoxLayout(card)
        lay.setContentsMargins(16, 12, 16, 14)
        heading = QLabel(title)
        heading.setObjectName("card_title")
        lay.addWidget(heading)
        form = QFormLayout()
        form.setHorizontalSpacing(24)
        form.setVerticalSpacing(8)
        for key, label in rows:
            value = QLabel()
            value.setObjectName(f"value_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._values[key] = value
            caption = QLabel(f"{label}：")
            caption.setMinimumWidth(96)
            form.addRow(caption, value)
        lay.addLayout(form)
        self._box.addWidget(card)

    def value(self, key: str) -> str:
        """Text shown for a row (tests and screen readers)."""
        return self._values[key].text()

    def refresh(self) -> None:
        """Re-read everything shown (after F5 or a data change); unsaved edits are kept."""
        self._refresh_database()
        self.templates.reload()
        self.limits.reload()
        self.words.reload()
        self.users.reload()
        self.accounts.reload()
        self.audit.reload()

    def _refresh_database(self) -> None:
        ctx = self._ctx
        info = describe_database(ctx.db)
        cfg = config_dir()
        settings_file = cfg / "settings.toml"
        revision = migrate.current_revision(ctx.db.engine) or "（空库）"
        head = migrate.head_revision(ctx.db.engine)
        years = sorted(y.year for y in ctx.holidays.years())
        city = ctx.rules.city()
        self._set("db_mode", info.mode)
        self._set("db_location", info.location)
        self._set(
            "schema", f"{revision}（最新）" if revision == head else f"{revision}（最新为 {head}）"
        )
        self._set("data_dir", str(info.data_dir) if info.data_dir else "数据保存在数据库服务器上")
        self._set("config_dir", str(cfg))
        self._set(
            "settings_file",
            str(settings_file)
            if settings_file.exists()
            else f"{settings_file}（尚未创建，使用默认设置）",
        )
        self._set("city", f"{city.name_zh}（{city.id}）")
        self._set("notices", f"{len(ctx.rules.notices())} 份")
        span = f"（{years[0]}–{years[-1]} 年）" if years else ""
        self._set("holiday_years", f"{len(years)} 个年度{span}")

    def _set(self, key: str, text: str) -> None:
        self._values[key].setText(text)
