"""设置 page: which database is in use, its schema revision, folders, city and data counts."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from xa_console.config import config_dir
from xa_console.context import AppContext
from xa_console.db import migrate
from xa_console.db.database import Database


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


class SettingsPage(QWidget):
    """Read-only overview of the running configuration."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_page")
        self._ctx = ctx
        self._values: dict[str, QLabel] = {}
        self._box = self._scrolled_box()
        title = QLabel("设置")
        title.setObjectName("page_title")
        self._box.addWidget(title)
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
        self.refresh()

    def _scrolled_box(self) -> QVBoxLayout:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        QVBoxLayout(self).addWidget(scroll)
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
        """Re-read everything shown (after F5 or a data change)."""
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
