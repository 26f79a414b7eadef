"""The preview pane: the selected channel as its platform presents it.

Phone mocks (see :mod:`preview_mocks`) for WeChat, Weibo, Toutiao and short video; a paper page
for TV/radio scripts (reading time at the top, 15 s and 30 s spots) and the press release; an SMS
bubble with the billed segments and the cost per recipient. ``set_card`` hands in a rendered
restriction card (vertical, Weibo square or WeChat cover) for the mocks that show one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from xa_console.domain.channels.counting import Counting, mmss
from xa_console.domain.drafting.facts import NoticeFacts, cn_date, cn_md
from xa_console.gui.models.channel_status_model import measure_text
from xa_console.gui.pages.preview_mocks import (
    ArticleMock,
    PhoneFrame,
    ReminderMock,
    ToutiaoMock,
    VideoMock,
    WeiboMock,
    clear_layout,
    label,
)
from xa_console.gui.pages.preview_text import paragraphs_html
from xa_console.services.drafting import ChannelDraft

PREVIEW_STYLE = """
QWidget#preview_page, QScrollArea#paper_scroll, QWidget#paper_desk { background: #E3E8EF; }
QLabel#preview_empty { color: #5F6B7A; font-size: 11pt; }
QFrame#phone_frame { background: #1C1F24; border-radius: 34px; }
QFrame#phone_screen { background: #FFFFFF; border-radius: 24px; }
QFrame#phone_screen_dark { background: #000000; border-radius: 24px; }
QLabel#phone_status { color: #111111; font-size: 8pt; font-weight: bold; }
QLabel#phone_header { color: #111111; font-size: 10pt; font-weight: bold; padding: 6px 0 8px 0;
                      border-bottom: 1px solid #E6E6E6; }
QLabel#phone_status[dark="true"], QLabel#phone_header[dark="true"] { color: #FFFFFF; }
QScrollArea#phone_scroll, QWidget#phone_content { background: transparent; }
QWidget#chat_content { background: #EDEDED; }
QScrollBar:vertical { width: 4px; background: transparent; }
QScrollBar::handle:vertical { background: #C4C4C4; border-radius: 2px; }
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height: 0; }
QLabel#article_title { color: #111111; font-size: 14pt; font-weight: bold; }
QLabel#article_meta { color: #9AA0A6; font-size: 9pt; }
QLabel#article_body { color: #333333; font-size: 10pt; }
QFrame#digest_card { background: #F5F6F7; border-radius: 6px; }
QLabel#digest_caption { color: #9AA0A6; font-size: 8pt; }
QLabel#article_digest { color: #4B5563; font-size: 9pt; }
QLabel#chat_time { color: #9AA0A6; font-size: 8pt; padding: 4px; }
QFrame#reminder_card { background: #FFFFFF; border-radius: 8px; }
QLabel#reminder_title { color: #111111; font-size: 11pt; font-weight: bold; }
QLabel#reminder_key { color: #8C8C8C; font-size: 9pt; }
QLabel#reminder_value { color: #111111; font-size: 9pt; }
QLabel#reminder_more { color: #576B95; font-size: 9pt; }
QFrame#card_rule { background: #EDEDED; }
QLabel#weibo_avatar { background: #1F4E8C; color: #FFFFFF; border-radius: 20px;
                      font-size: 13pt; font-weight: bold; }
QLabel#weibo_meta { color: #9AA0A6; font-size: 8pt; }
QLabel#weibo_text { color: #222222; font-size: 10pt; }
QLabel#weibo_actions { color: #8C8C8C; font-size: 9pt; padding-top: 8px;
                       border-top: 1px solid #EEEEEE; }
QLabel#toutiao_header { background: #F04142; color: #FFFFFF; font-size: 11pt; font-weight: bold;
                        padding: 6px 0 8px 0; }
QLabel#video_tabs { color: #FFFFFF; font-size: 10pt; font-weight: bold; }
QLabel#video_caption { color: #FFFFFF; font-size: 9pt; }
QLabel#video_side { color: #FFFFFF; font-size: 9pt; }
QLabel#sms_time { color: #9AA0A6; font-size: 8pt; }
QLabel#sms_bubble { background: #E9E9EB; color: #111111; border-radius: 14px; padding: 9px 12px;
                    font-size: 10pt; }
QLabel#sms_billing { color: #1F2A37; font-size: 9pt; font-weight: bold; padding-top: 4px; }
QLabel#sms_detail { color: #5F6B7A; font-size: 8pt; }
QFrame#paper { background: #FFFFFF; border: 1px solid #D5DCE5; border-radius: 2px; }
QLabel#paper_kind { color: #5F6B7A; font-size: 9pt; }
QLabel#paper_title { color: #111111; font-size: 15pt; font-weight: bold; }
QLabel#paper_section { color: #123E74; font-size: 11pt; font-weight: bold; padding-top: 6px; }
QLabel#paper_time { color: #123E74; font-size: 10pt; background: #EAF1FB; border-radius: 4px;
                    padding: 3px 8px; }
QLabel#paper_time[over="true"] { color: #B3261E; background: #FDECEA; }
QLabel#paper_text { color: #111111; font-size: 13pt; }
"""

# channel -> (mock, card format it shows)
_MOCKS: dict[str, tuple[str, str | None]] = {
    "wechat_article": ("article", "wechat_cover"),
    "wechat_reminder": ("reminder", None),
    "weibo": ("weibo", "weibo"),
    "douyin": ("video", "vertical"),
    "kuaishou": ("video", "vertical"),
    "channels": ("video", "vertical"),
    "toutiao": ("toutiao", None),
    "sms": ("sms", None),
}


def card_size_for(channel_id: str) -> str | None:
    """The card format the preview of a channel shows, if any."""
    return _MOCKS.get(channel_id, ("paper", None))[1]


class SmsMock(QWidget):
    """A grey bubble with 【signature】 + body, and 共 N 条计费 · 每人 X 元 under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preview_page")
        self.phone = PhoneFrame("‹　　短信　　···")
        b = self.phone.body
        self.time = label(name="sms_time")
        self.time.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.bubble = label(name="sms_bubble")
        self.bubble.setMaximumWidth(236)
        self.billing = label(name="sms_billing")
        self.detail = label(name="sms_detail")
        for w in (self.time, self.bubble, self.billing, self.detail):
            b.addWidget(w)
        b.addStretch(1)
        row = QVBoxLayout(self)
        row.setContentsMargins(8, 8, 8, 8)
        row.addWidget(self.phone, 0, Qt.AlignmentFlag.AlignHCenter)

    def show_draft(self, draft: ChannelDraft, facts: NoticeFacts, image: QImage | None) -> None:
        """The message as the phone shows it, and how the gateway bills it."""
        del image
        billing = draft.spec.sms
        sign = f"【{billing.signature}】" if billing and billing.signature else ""
        self.phone.header.setText(f"‹　　{billing.signature if billing else '短信'}　　···")
        self.time.setText(f"短信 · {cn_md(facts.issue_date or facts.day)}")
        self.bubble.setText(sign + draft.current.get(draft.spec.main))
        sms = draft.report.sms
        segments, length = (sms.segments, sms.length) if sms else (0, 0)
        price = billing.price_yuan if billing else 0.0
        single, size = (billing.single_limit, billing.segment_size) if billing else (70, 67)
        self.billing.setText(f"共 {segments} 条计费 · 每人 {segments * price:.2f} 元")
        self.detail.setText(
            f"{length} 字（含签名 {len(sign)} 字）；{single} 字以内 1 条，超过按每条 {size} 字计费"
        )


class PaperMock(QScrollArea):
    """A paper page: TV/radio scripts in large type with reading times, or the press release."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paper_scroll")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        desk = QWidget()
        desk.setObjectName("paper_desk")
        outer = QVBoxLayout(desk)
        outer.setContentsMargins(14, 14, 14, 14)
        self.paper = QFrame()
        self.paper.setObjectName("paper")
        self.paper.setMaximumWidth(520)
        self.lay = QVBoxLayout(self.paper)
        self.lay.setContentsMargins(26, 22, 26, 26)
        self.lay.setSpacing(10)
        outer.addWidget(self.paper, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)
        self.setWidget(desk)
        self.cpm = 250
        self.times: dict[str, str] = {}
        self.kind = label(name="paper_kind")
        self._shape: tuple[str, tuple[str, ...]] | None = None
        self._parts: dict[str, tuple[QLabel | None, QLabel]] = {}

    def show_draft(self, draft: ChannelDraft, facts: NoticeFacts, image: QImage | None) -> None:
        """Kind line, then per field: a title, a text, or a timed script section."""
        del image
        shape = (draft.spec.id, tuple(f.name for f in draft.spec.fields))
        if shape != self._shape:
            self._build(draft)
            self._shape = shape
        timed = any(f.counting is Counting.READING_SECONDS for f in draft.spec.fields)
        when = cn_date(facts.issue_date or facts.day)
        kind = "播报稿" if timed else "新闻通稿"
        self.kind.setText(f"{draft.spec.name_zh} · {kind} · {when}")
        self.times = {}
        for f in draft.spec.fields:
            time_label, text_label = self._parts[f.name]
            text = draft.current.get(f.name)
            if f.single_line:
                text_label.setText(text)
            else:
                text_label.setText(paragraphs_html(text, 170 if timed else 150))
            if time_label is not None:
                m = draft.report.measure(f.name)
                shown = measure_text(m) if m is not None else mmss(0)
                over = m is not None and m.limit is not None and m.length > m.limit
                self.times[f.name] = shown
                mark = "× " if over else ""
                time_label.setText(f"{mark}预计时长 {shown}（按 {self.cpm} 字/分钟）")
                if time_label.property("over") != over:
                    time_label.setProperty("over", over)
                    time_label.style().unpolish(time_label)
                    time_label.style().polish(time_label)

    def _build(self, draft: ChannelDraft) -> None:
        clear_layout(self.lay)
        self.kind = label(name="paper_kind")
        self.lay.addWidget(self.kind)
        self._parts = {}
        timed = [f for f in draft.spec.fields if f.counting is Counting.READING_SECONDS]
        for f in draft.spec.fields:
            time_label = None
            if f.counting is Counting.READING_SECONDS:
                if len(timed) > 1:
                    self.lay.addWidget(label(f.label, "paper_section"))
                time_label = label(name="paper_time", wrap=False)
                self.lay.addWidget(time_label, 0, Qt.AlignmentFlag.AlignLeft)
            if f.single_line:
                text_label = label(name="paper_title")
                text_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            else:
                text_label = label(name="paper_text", rich=True)
            self.lay.addWidget(text_label)
            self._parts[f.name] = (time_label, text_label)


class PreviewPane(QStackedWidget):
    """Shows one channel draft in its platform's look; an empty state when there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preview_pane")
        self.setStyleSheet(PREVIEW_STYLE)
        self.empty = QLabel("新建或打开一份草稿后，这里显示所选渠道的预览。")
        self.empty.setObjectName("preview_empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.addWidget(self.empty)
        self.mocks: dict[str, QWidget] = {}
        self.images: dict[str, QImage] = {}
        self.cpm = 250
        self.draft: ChannelDraft | None = None
        self.facts: NoticeFacts | None = None

    def set_reading_speed(self, chars_per_minute: int) -> None:
        """The speed the reading times assume (shown on script pages)."""
        self.cpm = chars_per_minute

    def mock(self, name: str) -> QWidget:
        """The mock widget ``article``, ``reminder``, ``weibo``, ``video``, ``toutiao``, ``sms``
        or ``paper`` (created on first use)."""
        if name not in self.mocks:
            factory = {
                "article": ArticleMock,
                "reminder": ReminderMock,
                "weibo": WeiboMock,
                "video": VideoMock,
                "toutiao": ToutiaoMock,
                "sms": SmsMock,
            }.get(name, PaperMock)
            widget: QWidget = factory()
            self.mocks[name] = widget
            self.addWidget(widget)
        return self.mocks[name]

    def show_channel(self, draft: ChannelDraft, facts: NoticeFacts) -> None:
        """Show a channel draft (a no-op when nothing it shows changed)."""
        if draft == self.draft and facts == self.facts and self.currentWidget() is not self.empty:
            return
        self.draft, self.facts = draft, facts
        self._render()

    def _render(self) -> None:
        if self.draft is None or self.facts is None:
            self.setCurrentWidget(self.empty)
            return
        name, card = _MOCKS.get(self.draft.spec.id, ("paper", None))
        widget = self.mock(name)
        if isinstance(widget, PaperMock):
            widget.cpm = self.cpm
        image = self.images.get(card) if card else None
        widget.show_draft(self.draft, self.facts, image)  # type: ignore[attr-defined]
        self.setCurrentWidget(widget)

    def set_card(self, image: QImage | None, size: str = "vertical") -> None:
        """Hand in the rendered card of format ``size`` (None forgets it) and redraw if shown."""
        if image is None:
            self.images.pop(size, None)
        else:
            self.images[size] = image
        if self.draft is not None and card_size_for(self.draft.spec.id) == size:
            self._render()

    def clear_cards(self) -> None:
        """Forget every card (the facts changed)."""
        self.images.clear()

    def clear(self) -> None:
        """No draft: the empty state."""
        self.draft = self.facts = None
        self.setCurrentWidget(self.empty)
