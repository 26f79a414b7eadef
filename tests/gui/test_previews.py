"""Preview pane: each channel in its platform's look, with the platform's transformations."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtGui import QColor, QImage

from xa_console.domain.channels.validate import Variant, check_variant
from xa_console.domain.drafting.facts import DraftKind
from xa_console.gui.pages.channel_editor import counter_text
from xa_console.gui.pages.preview_mocks import ReminderMock, VideoMock, WeiboMock
from xa_console.gui.pages.preview_text import breakable, keyword_value, weibo_html
from xa_console.gui.pages.previews import PaperMock, PreviewPane, SmsMock, card_size_for
from xa_console.services.drafting import ChannelDraft, Workbench

DAY = date(2023, 3, 1)
EXPECTED = {
    "wechat_article": "article",
    "wechat_reminder": "reminder",
    "weibo": "weibo",
    "douyin": "video",
    "kuaishou": "video",
    "channels": "video",
    "toutiao": "toutiao",
    "tv": "paper",
    "radio": "paper",
    "sms": "sms",
    "press": "paper",
}


@pytest.fixture
def wb(sqlite_ctx) -> Workbench:  # type: ignore[no-untyped-def]
    return sqlite_ctx.drafting.new(DraftKind.DAILY, DAY)


@pytest.fixture
def pane(qtbot) -> PreviewPane:  # type: ignore[no-untyped-def]
    p = PreviewPane()
    qtbot.addWidget(p)
    p.resize(430, 640)
    return p


def with_text(ctx, draft: ChannelDraft, **fields: str) -> ChannelDraft:  # type: ignore[no-untyped-def]
    """The draft with some fields replaced and checked again."""
    current = Variant(draft.spec.id, {**draft.current.fields, **fields})
    report = check_variant(current, ctx.channels.book(), ctx.channels.words())
    return replace(draft, current=current, report=report)


def test_every_channel_has_a_preview_that_paints(pane: PreviewPane, wb: Workbench) -> None:
    assert pane.currentWidget() is pane.empty
    for draft in wb.channels:
        pane.show_channel(draft, wb.facts)
        assert pane.currentWidget() is pane.mock(EXPECTED[draft.spec.id]), draft.spec.id
        image = pane.grab().toImage()
        assert not image.isNull()
        colours = {image.pixelColor(x, y).name() for x in range(0, 430, 20) for y in (40, 320)}
        assert len(colours) > 2, draft.spec.id  # not an empty pane
    pane.clear()
    assert pane.currentWidget() is pane.empty


def test_sms_bubble_and_billing(pane: PreviewPane, wb: Workbench, sqlite_ctx) -> None:  # type: ignore[no-untyped-def]
    sms = wb.channel("sms")
    pane.show_channel(sms, wb.facts)
    mock = pane.mock("sms")
    assert isinstance(mock, SmsMock)
    assert mock.bubble.text() == "【西安交警】" + sms.current.get("body")
    assert mock.billing.text().startswith("共 1 条计费 · 每人 0.04 元")
    long = with_text(sqlite_ctx, sms, body="限" * 200)  # 206 with the signature: 4 segments
    pane.show_channel(long, wb.facts)
    assert mock.billing.text().startswith("共 4 条计费 · 每人 0.16 元")


def test_reminder_card_shows_keyword_rows_as_wechat_cuts_them(
    pane: PreviewPane, wb: Workbench, sqlite_ctx
) -> None:  # type: ignore[no-untyped-def]
    reminder = with_text(
        sqlite_ctx, wb.channel("wechat_reminder"), thing4="一二三四五\n六七八九十" * 3
    )
    pane.show_channel(reminder, wb.facts)
    mock = pane.mock("reminder")
    assert isinstance(mock, ReminderMock)
    labels = [k for k, _ in mock.row_texts]
    assert labels == ["提醒事项", "限行时间", "限行尾号", "限行区域"]  # no first / remark
    area = dict(mock.row_texts)["限行区域"]
    assert len(area) == 21 and area.endswith("…") and "\n" not in area
    assert mock.title.text() == "限行提醒"


def test_weibo_links_become_web_link_and_radio_shows_both_spots(
    pane: PreviewPane, wb: Workbench
) -> None:
    pane.show_channel(wb.channel("weibo"), wb.facts)
    weibo = pane.mock("weibo")
    assert isinstance(weibo, WeiboMock)
    assert "网页链接" in weibo.text.text() and "https://" not in weibo.text.text()
    assert "3和8" in weibo.text.text()
    radio = wb.channel("radio")
    pane.show_channel(radio, wb.facts)
    paper = pane.mock("paper")
    assert isinstance(paper, PaperMock)
    assert set(paper.times) == {"spot15", "spot30"}
    assert paper.times["spot15"].endswith("/ 0:15") and paper.times["spot30"].endswith("/ 0:30")


def test_video_mock_takes_a_card_image(pane: PreviewPane, wb: Workbench) -> None:
    douyin = wb.channel("douyin")
    assert card_size_for("douyin") == "vertical"
    pane.show_channel(douyin, wb.facts)
    video = pane.mock("video")
    assert isinstance(video, VideoMock)
    assert video.canvas.image is None and "@西安交警" in video.canvas.caption.text()
    card = QImage(90, 160, QImage.Format.Format_RGB32)
    card.fill(QColor("#ff0000"))
    pane.set_card(card, "vertical")
    assert video.canvas.image is card
    centre = pane.grab().toImage().pixelColor(215, 250)
    assert centre.red() > 200 and centre.green() < 60


def test_text_helpers() -> None:
    assert keyword_value("a" * 25) == "a" * 20 + "…"
    assert keyword_value("限行\n尾号") == "限行 尾号"
    assert "\u200b" in breakable("https://jj.xa.example.cn/xianxing/very/long/path")
    assert "网页链接" in weibo_html("详情：https://jj.xa.example.cn/x #西安限行#")
    assert "#西安限行#" in weibo_html("#西安限行#")


def test_counter_text_per_channel(wb: Workbench) -> None:
    sms = wb.channel("sms")
    rule = sms.spec.field("body")
    assert rule is not None
    assert counter_text(sms, rule).endswith("（含签名）· 条数 1 · 每人 0.04 元")
    tv = wb.channel("tv")
    script = tv.spec.field("script")
    assert script is not None
    assert counter_text(tv, script).startswith("时长 0:") and counter_text(tv, script).endswith(
        "/ 1:00"
    )


def test_status_symbols_and_chrome_are_in_the_bundled_font() -> None:
    # ✔ ✘ ✎ are not in Noto Sans CJK: the console would depend on a system fallback font
    from xa_console.gui.models.channel_status_model import STATUS_SYMBOL, STATUS_TEXT
    from xa_console.gui.pages.channel_editor import EDITED_TEXT
    from xa_console.services.exports.cards import missing_glyphs

    chrome = "▂▄▆█ 5G ■ ‹ ··· ♥ 点赞 ◎ 评论 ↗ 分享 网页链接 ※ ✓ × !"
    texts = [*STATUS_SYMBOL.values(), *STATUS_TEXT.values(), EDITED_TEXT, chrome]
    assert missing_glyphs("".join(texts)) == ""
