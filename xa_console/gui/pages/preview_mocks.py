"""Phone mocks for the preview pane: WeChat article and reminder card, Weibo, Toutiao, short video.

Each mock shows a channel roughly as the platform presents it (device frame, status bar, app
header), applying the platform's own transformations where they change what readers see: template
message values lose line breaks and emoji and are cut at 20 字, Weibo shows links as 网页链接.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from xa_console.domain.drafting.facts import NoticeFacts, cn_date, cn_md
from xa_console.gui.pages.preview_text import (
    breakable,
    keyword_value,
    paragraphs_html,
    topics_html,
    weibo_html,
)
from xa_console.services.drafting import ChannelDraft

PHONE_WIDTH = 300


def clear_layout(layout: QLayout) -> None:
    """Remove and delete every widget of a layout."""
    while (item := layout.takeAt(0)) is not None:
        widget = item.widget()
        if widget is not None:
            widget.hide()  # deleteLater waits for the event loop; do not paint it meanwhile
            widget.deleteLater()


def label(text: str = "", name: str = "", *, wrap: bool = True, rich: bool = False) -> QLabel:
    """A preview label (selectable, wrapping)."""
    lab = QLabel(text)
    if name:
        lab.setObjectName(name)
    lab.setWordWrap(wrap)
    lab.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return lab


class PhoneFrame(QFrame):
    """A rounded device with a status bar, an app header and a scrolling screen."""

    def __init__(self, header: str, parent: QWidget | None = None, *, dark: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("phone_frame")
        self.setFixedWidth(PHONE_WIDTH)
        self.setMinimumHeight(460)
        self.setMaximumHeight(660)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(10, 10, 10, 10)
        self.screen_frame = QFrame()
        self.screen_frame.setObjectName("phone_screen_dark" if dark else "phone_screen")
        outer.addWidget(self.screen_frame)
        lay = QVBoxLayout(self.screen_frame)
        lay.setContentsMargins(0, 6, 0, 10)
        lay.setSpacing(0)
        status = QHBoxLayout()
        status.setContentsMargins(18, 0, 16, 2)
        clock, icons = label("9:41", "phone_status", wrap=False), label("▂▄▆█ 5G ■", "phone_status")
        status.addWidget(clock)
        status.addStretch(1)
        status.addWidget(icons)
        lay.addLayout(status)
        self.header = label(header, "phone_header", wrap=False)
        self.header.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(self.header)
        self.scroller = QScrollArea()
        self.scroller.setObjectName("phone_scroll")
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidgetResizable(True)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.content = QWidget()
        self.content.setObjectName("phone_content")
        self.body = QVBoxLayout(self.content)
        self.body.setContentsMargins(14, 10, 14, 10)
        self.body.setSpacing(8)
        self.scroller.setWidget(self.content)
        lay.addWidget(self.scroller, 1)
        if dark:
            for w in (clock, icons, self.header):
                w.setProperty("dark", True)


def _set_picture(target: QLabel, image: QImage | None, width: int) -> None:
    if image is None or image.isNull():
        target.hide()
        return
    pix = QPixmap.fromImage(image).scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
    target.setPixmap(pix)
    target.show()


class ArticleMock(QWidget):
    """微信公众号图文: cover, title, author line, digest card and body."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.phone = PhoneFrame("‹　　公众号文章　　···")
        b = self.phone.body
        self.cover = label(name="article_cover", wrap=False)
        self.cover.hide()
        self.title = label(name="article_title")
        self.meta = label(name="article_meta", rich=True)
        self.digest_card = QFrame()
        self.digest_card.setObjectName("digest_card")
        d = QVBoxLayout(self.digest_card)
        d.setContentsMargins(10, 8, 10, 8)
        d.addWidget(label("摘要", "digest_caption"))
        self.digest = label(name="article_digest")
        d.addWidget(self.digest)
        self.body = label(name="article_body", rich=True)
        for w in (self.cover, self.title, self.meta, self.digest_card, self.body):
            b.addWidget(w)
        b.addStretch(1)
        _centre(self, self.phone)

    def show_draft(self, draft: ChannelDraft, facts: NoticeFacts, image: QImage | None) -> None:
        """Fill the mock from the channel's current text."""
        v = draft.current
        _set_picture(self.cover, image, PHONE_WIDTH - 48)
        self.title.setText(v.get("title"))
        when = cn_date(facts.issue_date or facts.day)
        author = html.escape(v.get("author"))
        self.meta.setText(
            f'<span style="color:#576B95">{author}</span>'
            f'&nbsp;&nbsp;<span style="color:#9AA0A6">{when}</span>'
        )
        self.digest.setText(v.get("digest"))
        self.digest_card.setVisible(bool(v.get("digest").strip()))
        self.body.setText(paragraphs_html(v.get("body")))


class ReminderMock(QWidget):
    """服务号模板消息: a card with a title line and keyword rows (no first/remark since 2023)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.phone = PhoneFrame("‹　　西安交警　　···")
        self.phone.content.setObjectName("chat_content")
        b = self.phone.body
        self.time = label(name="chat_time")
        self.time.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.card = QFrame()
        self.card.setObjectName("reminder_card")
        c = QVBoxLayout(self.card)
        c.setContentsMargins(14, 12, 14, 10)
        c.setSpacing(8)
        self.title = label(name="reminder_title")
        self.rows = QGridLayout()
        self.rows.setHorizontalSpacing(10)
        self.rows.setVerticalSpacing(6)
        self.rows.setColumnStretch(1, 1)
        c.addWidget(self.title)
        c.addLayout(self.rows)
        line = QFrame()
        line.setObjectName("card_rule")
        line.setFixedHeight(1)
        c.addWidget(line)
        more = QHBoxLayout()
        more.addWidget(label("查看详情", "reminder_more"))
        more.addStretch(1)
        more.addWidget(label("›", "reminder_more", wrap=False))
        c.addLayout(more)
        b.addWidget(self.time)
        b.addWidget(self.card)
        b.addStretch(1)
        self.row_texts: list[tuple[str, str]] = []
        self._values: list[QLabel] = []
        _centre(self, self.phone)

    def show_draft(self, draft: ChannelDraft, facts: NoticeFacts, image: QImage | None) -> None:
        """Keyword fields become rows, as the platform cuts and cleans them."""
        del image
        self.time.setText(cn_md(facts.issue_date or facts.day))
        self.title.setText(draft.spec.name_zh.removeprefix("服务号") or draft.spec.name_zh)
        self.phone.header.setText(f"‹　　{facts.city_name}交警　　···")
        old_keys = [k for k, _ in self.row_texts]
        self.row_texts = [
            (f.label, keyword_value(draft.current.get(f.name)))
            for f in draft.spec.fields
            if f.keyword_type
        ]
        if [k for k, _ in self.row_texts] != old_keys:
            clear_layout(self.rows)
            self._values = []
            for i, (name, _) in enumerate(self.row_texts):
                self.rows.addWidget(label(f"{name}：", "reminder_key", wrap=False), i, 0)
                cell = label(name="reminder_value")
                self.rows.addWidget(cell, i, 1)
                self._values.append(cell)
        for value_label, (_, value) in zip(self._values, self.row_texts, strict=True):
            value_label.setText(value)


class WeiboMock(QWidget):
    """微博: avatar, 西安交警 with the blue V, the text with links as 网页链接, picture, actions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.phone = PhoneFrame("‹　　微博正文　　···")
        b = self.phone.body
        head = QHBoxLayout()
        avatar = label("警", "weibo_avatar", wrap=False)
        avatar.setFixedSize(40, 40)
        avatar.setAlignment(Qt.AlignmentFlag.AlignCenter)
        who = QVBoxLayout()
        who.setSpacing(0)
        self.name = label(name="weibo_name", rich=True, wrap=False)
        who.addWidget(self.name)
        who.addWidget(label("刚刚 · 来自 微博网页版", "weibo_meta", wrap=False))
        head.addWidget(avatar)
        head.addLayout(who, 1)
        b.addLayout(head)
        self.text = label(name="weibo_text", rich=True)
        self.picture = label(name="weibo_picture", wrap=False)
        self.picture.hide()
        actions = label("转发　　　评论　　　♡ 赞", "weibo_actions", wrap=False)
        actions.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for w in (self.text, self.picture, actions):
            b.addWidget(w)
        b.addStretch(1)
        _centre(self, self.phone)

    def show_draft(self, draft: ChannelDraft, facts: NoticeFacts, image: QImage | None) -> None:
        """The status with links and #topics# as Weibo draws them."""
        account = f"{facts.city_name}交警"
        self.name.setText(
            f'<b style="color:#EB7350">{html.escape(account)}</b> '
            '<span style="color:#FFFFFF; background:#2D8CF0">&nbsp;V&nbsp;</span>'
        )
        self.text.setText(weibo_html(draft.current.get("status")))
        _set_picture(self.picture, image, PHONE_WIDTH - 80)


class ToutiaoMock(QWidget):
    """今日头条 article page: red header, title, account line, body."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.phone = PhoneFrame("今日头条")
        self.phone.header.setObjectName("toutiao_header")
        b = self.phone.body
        self.title = label(name="article_title")
        self.meta = label(name="article_meta")
        self.body = label(name="article_body", rich=True)
        for w in (self.title, self.meta, self.body):
            b.addWidget(w)
        b.addStretch(1)
        _centre(self, self.phone)

    def show_draft(self, draft: ChannelDraft, facts: NoticeFacts, image: QImage | None) -> None:
        """Title, 头条号 line and body."""
        del image
        self.title.setText(draft.current.get("title"))
        when = cn_date(facts.issue_date or facts.day)
        self.meta.setText(f"{facts.city_name}交警 · 头条号 · {when}")
        self.body.setText(paragraphs_html(draft.current.get("body")))


_VIDEO_CHROME = {
    "douyin": ("关注　　推荐", "title", "caption"),
    "kuaishou": ("发现　　精选", "", "caption"),
    "channels": ("视频号", "short_title", "description"),
}


class VideoCanvas(QWidget):
    """A 9:16 video frame: the card image (``set_card``) or a placeholder; the caption on top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("video_canvas")
        self.image: QImage | None = None
        self.headline = ""
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 8, 12, 12)
        self.tabs = label(name="video_tabs", wrap=False)
        self.tabs.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(self.tabs)
        lay.addStretch(1)
        row = QHBoxLayout()
        self.caption = label(name="video_caption", rich=True)
        side = label("♥\n点赞\n\n◎\n评论\n\n↗\n分享", "video_side", wrap=False)
        side.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row.addWidget(self.caption, 1, Qt.AlignmentFlag.AlignBottom)
        row.addWidget(side, 0, Qt.AlignmentFlag.AlignBottom)
        lay.addLayout(row)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Black background, the card fitted 9:16 (or a gradient with the headline), a shade."""
        del event
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        r = QRectF(self.rect())
        p.fillRect(r, QColor("#000000"))
        w = min(r.width(), r.height() * 9 / 16)
        frame = QRectF(r.center().x() - w / 2, r.center().y() - w * 8 / 9, w, w * 16 / 9)
        if self.image is not None and not self.image.isNull():
            p.drawImage(frame, self.image)
        else:
            g = QLinearGradient(frame.topLeft(), frame.bottomRight())
            g.setColorAt(0, QColor("#245189"))
            g.setColorAt(1, QColor("#0B1F3A"))
            p.fillRect(frame, g)
            p.setPen(QColor("#FFFFFF"))
            font = self.font()
            font.setPointSizeF(17)
            font.setBold(True)
            p.setFont(font)
            box = frame.adjusted(20, frame.height() * 0.25, -20, -frame.height() * 0.4)
            p.drawText(
                box, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), self.headline
            )
        shade = QLinearGradient(0, r.height() * 0.55, 0, r.height())
        shade.setColorAt(0, QColor(0, 0, 0, 0))
        shade.setColorAt(1, QColor(0, 0, 0, 190))
        p.fillRect(QRectF(0, r.height() * 0.55, r.width(), r.height() * 0.45), shade)
        p.end()


class VideoMock(QWidget):
    """抖音 / 快手 / 视频号: a vertical video with the caption overlay."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.phone = PhoneFrame("", dark=True)
        self.phone.header.hide()
        self.phone.body.setContentsMargins(0, 0, 0, 0)
        self.canvas = VideoCanvas()
        self.phone.body.addWidget(self.canvas, 1)
        self.phone.scroller.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        _centre(self, self.phone)

    def show_draft(self, draft: ChannelDraft, facts: NoticeFacts, image: QImage | None) -> None:
        """Caption: @account, the title (if the platform has one), the text with topics."""
        tabs, title_field, text_field = _VIDEO_CHROME.get(draft.spec.id, ("", "", draft.spec.main))
        title = draft.current.get(title_field) if title_field else ""
        text = draft.current.get(text_field)
        self.canvas.tabs.setText(tabs)
        self.canvas.headline = title or text.split("\n", 1)[0][:24]
        self.canvas.image = image
        parts = [f"<b>@{html.escape(facts.city_name)}交警</b>"]
        if title:
            parts.append(f"<b>{html.escape(title)}</b>")
        parts.append(topics_html(breakable(text), "#FFE08A").replace("\n", "<br>"))
        self.canvas.caption.setText("<br>".join(parts))
        self.canvas.update()


def _centre(page: QWidget, phone: PhoneFrame) -> None:
    page.setObjectName("preview_page")
    row = QHBoxLayout(page)
    row.setContentsMargins(8, 8, 8, 8)
    row.addStretch(1)
    row.addWidget(phone)
    row.addStretch(1)
