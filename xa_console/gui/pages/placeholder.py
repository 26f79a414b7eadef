"""A polished empty state for capabilities that come in later versions."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget


@dataclass(frozen=True)
class PlannedPage:
    """Title and description of a page that is not built yet."""

    key: str
    title: str
    description: str


PLANNED_PAGES: tuple[PlannedPage, ...] = (
    PlannedPage(
        "notices",
        "通告",
        "一次起草通告正文，自动生成微信公众号、微博、短信、广播电视等各渠道版本，"
        "并逐一预览与校验字数、格式和必备要素，确保各渠道口径一致。",
    ),
    PlannedPage(
        "push",
        "推送",
        "通过服务号向订阅群众点对点推送限行提醒，按用户设置频次上限，"
        "并对短信推送进行预算控制与用量提示。",
    ),
    PlannedPage(
        "reports",
        "报表",
        "汇总各渠道推送与发布统计，一键生成月度 Excel 报表，便于存档与向上报送。",
    ),
)


class PlaceholderPage(QWidget):
    """Centred title, one-paragraph description and the "later version" note."""

    def __init__(self, page: PlannedPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"placeholder_{page.key}")
        self.page = page
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        card = QFrame()
        card.setObjectName("placeholder_card")
        card.setFixedWidth(560)
        lay = QVBoxLayout(card)
        lay.setContentsMargins(40, 36, 40, 36)
        lay.setSpacing(14)
        self.title_label = self._text("placeholder_title", page.title)
        self.description_label = self._text("placeholder_description", page.description)
        self.description_label.setWordWrap(True)
        self.note_label = self._text("placeholder_note", "将在后续版本提供")
        lay.addWidget(self.title_label)
        lay.addWidget(self.description_label)
        lay.addWidget(self.note_label, 0, Qt.AlignmentFlag.AlignHCenter)
        row = QHBoxLayout()  # no alignment flag, so the wrapped description gets its full height
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(3)

    @staticmethod
    def _text(name: str, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label
