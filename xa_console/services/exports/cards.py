"""Restriction cards as PNG: WeChat cover and square, Weibo square, vertical for short video.

Drawn with Pillow in the bundled Noto Sans CJK SC only, so a card looks the same on every
machine; the same facts give byte-identical PNGs (no timestamps or metadata chunks).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from types import MappingProxyType

from xa_console.domain.drafting.facts import (
    KIND_TITLE_VERB,
    WEEKDAYS_ZH,
    DraftKind,
    NoticeFacts,
    cn_date,
    cn_md,
    digits_text,
    reason_text,
)
from xa_console.services.exports._canvas import Canvas, Drawn
from xa_console.services.exports._layouts import paint_cover, paint_stack
from xa_console.services.exports._typeset import missing_glyphs

__all__ = [
    "CARD_SIZES",
    "CardContent",
    "CardLayout",
    "CardSize",
    "card_content",
    "card_for_channel",
    "card_texts",
    "missing_glyphs",
    "render_card",
]


class CardLayout(StrEnum):
    """How a card arranges its content."""

    COVER = "cover"  # 2.35:1, key content in the central square for the 1:1 crop
    SQUARE = "square"
    VERTICAL = "vertical"  # 9:16 for Douyin, Kuaishou, WeChat Channels


@dataclass(frozen=True)
class CardSize:
    """A card format: name, pixel size and layout."""

    name: str
    width: int
    height: int
    layout: CardLayout
    label: str = ""

    @property
    def ratio(self) -> float:
        """Width over height."""
        return self.width / self.height

    @property
    def square_crop(self) -> str:
        """The centred square as WeChat's ``pic_crop_1_1`` (``X1_Y1_X2_Y2``, 0–1, 6 decimals)."""
        side = min(self.width, self.height)
        x = (self.width - side) / 2 / self.width
        y = (self.height - side) / 2 / self.height
        return "_".join(f"{v:.6f}".rstrip("0").rstrip(".") for v in (x, y, 1 - x, 1 - y))


CARD_SIZES: Mapping[str, CardSize] = MappingProxyType(
    {
        "wechat_cover": CardSize("wechat_cover", 900, 383, CardLayout.COVER, "公众号封面 2.35:1"),
        "wechat_square": CardSize("wechat_square", 500, 500, CardLayout.SQUARE, "公众号封面 1:1"),
        "weibo": CardSize("weibo", 1080, 1080, CardLayout.SQUARE, "微博配图 1:1"),
        "vertical": CardSize("vertical", 1080, 1920, CardLayout.VERTICAL, "竖版 9:16"),
    }
)

_CHANNEL_CARDS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "wechat_article": ("wechat_cover", "wechat_square"),
        "weibo": ("weibo",),
        "douyin": ("vertical",),
        "kuaishou": ("vertical",),
        "channels": ("vertical",),
    }
)


def card_for_channel(channel_id: str) -> list[CardSize]:
    """The card formats a channel uses (empty for text-only channels such as SMS)."""
    return [CARD_SIZES[name] for name in _CHANNEL_CARDS.get(channel_id, ())]


@dataclass(frozen=True)
class CardContent:
    """What a card says, independent of its format."""

    kind: DraftKind
    title: str  # 西安尾号限行提醒
    date_line: str  # 2023年3月1日 星期三
    label: str = ""  # 今日限行尾号 (above the digits)
    digits: tuple[str, ...] = ()
    headline: str = ""  # 今日不限行 / 暂停执行 (when there are no digits)
    subline: str = ""  # the reason / 自2022年12月21日起
    rows: tuple[tuple[str, str], ...] = ()  # (限行时间, 7:00-20:00), (限行区域, …)
    note: str = ""  # the exemption line / 恢复执行时间另行通告
    tomorrow: str = ""  # 3月2日 星期四　限行尾号 4和9 (shown after 明日)
    pairs: tuple[tuple[str, str], ...] = ()  # (星期一, 1和6) … the standing weekday rotation
    pairs_caption: str = "工作日限行尾号"
    footer: str = ""  # 西安市公安局交通管理局


def _weekday(d: date) -> str:
    return WEEKDAYS_ZH[d.weekday()]


def _day_word(f: NoticeFacts) -> str:
    """今日 / 明日 / 3月1日, seen from the day the card is published."""
    if f.issue_date is None or f.issue_date == f.day:
        return "今日"
    if (f.day - f.issue_date).days == 1:
        return "明日"
    return cn_md(f.day)


def _hours(f: NoticeFacts) -> str:
    return "、".join(f.hours)


def _daily(f: NoticeFacts, base: CardContent) -> CardContent:
    word = _day_word(f)
    tomorrow = ""
    # a card published the day before has no "明日" of its own to preview
    if f.tomorrow is not None and word == "今日":
        d, text = f.tomorrow
        prefix = "限行尾号 " if text[:1].isdigit() else ""
        tomorrow = f"{cn_md(d)} {_weekday(d)}　{prefix}{text}"
    if f.restricted:
        rows = (("限行时间", _hours(f)), ("限行区域", f.area_label))
        return replace(
            base,
            label=f"{word}限行尾号",
            digits=tuple(digits_text(f.digits).split("和")),
            rows=tuple(r for r in rows if r[1]),
            note=f.exemption_line,
            tomorrow=tomorrow,
        )
    # on a weekend or holiday the standing rotation says what Monday brings; not when suspended
    pairs = f.weekday_pairs if f.reason in {"weekend", "holiday"} else ()
    return replace(
        base,
        headline=f"{word}不限行",
        subline=reason_text(f.reason),
        tomorrow=tomorrow,
        pairs=pairs,
    )


def _policy(f: NoticeFacts, base: CardContent) -> CardContent:
    verb = KIND_TITLE_VERB.get(f.kind, "调整")
    rows: list[tuple[str, str]] = []
    if f.kind is DraftKind.SUSPENSION:
        note = "恢复执行时间另行通告" if f.end_day is None else f"暂停至{cn_date(f.end_day)}"
        rows += [("暂停内容", f"工作日 {_hours(f)} 尾号限行"), ("涉及区域", f.area_label)]
    else:
        note = f"有效期至{cn_date(f.end_day)}" if f.end_day else "结束时间另行通告"
        rows += [("限行时间", f"工作日 {_hours(f)}"), ("限行区域", f.area_label)]
    return replace(
        base,
        date_line="工作日机动车尾号限行交通管理措施",
        headline=verb,
        subline=f"自{cn_date(f.day)}起",
        rows=tuple(r for r in rows if r[1].strip()),
        note=note,
        pairs=() if f.kind is DraftKind.SUSPENSION else f.weekday_pairs,
    )


def _control(f: NoticeFacts, base: CardContent) -> CardContent:
    tc = f.traffic_control
    if tc is None:
        return replace(base, headline="交通管制", subline=cn_date(f.day))
    when = " — ".join(f"{cn_md(t.date())} {t:%H:%M}" for t in (tc.start, tc.end) if t)
    rows = (("管制时间", when), ("管制原因", tc.reason), ("绕行", tc.detour))
    return replace(
        base,
        headline="交通管制",
        subline="".join((tc.road, tc.direction, tc.section)),
        rows=tuple(r for r in rows if r[1]),
    )


def card_content(facts: NoticeFacts) -> CardContent:
    """The texts of a card for ``facts`` (every kind of draft has a sensible card)."""
    city = facts.city_name
    footer = facts.issuers[0] if facts.issuers else city
    title = f"{city}尾号限行提醒" if facts.kind is DraftKind.DAILY else f"{city}尾号限行通告"
    base = CardContent(
        kind=facts.kind,
        title=title,
        date_line=f"{cn_date(facts.day)} {_weekday(facts.day)}",
        footer=footer,
    )
    if facts.kind is DraftKind.DAILY:
        return _daily(facts, base)
    if facts.kind is DraftKind.TRAFFIC_CONTROL:
        return _control(facts, replace(base, title=f"{city}交通管制通告"))
    if facts.kind is DraftKind.CORRECTION:
        return replace(
            base,
            title=f"{city}限行信息更正",
            headline="更正说明",
            subline=facts.corrects_title,
            note=facts.correction_text,
        )
    return _policy(facts, base)


def _paint(content: CardContent, size: CardSize) -> Canvas:
    canvas = Canvas(size.width, size.height, (255, 255, 255))
    if size.layout is CardLayout.COVER:
        paint_cover(canvas, content)
    else:
        paint_stack(canvas, content, vertical=size.layout is CardLayout.VERTICAL)
    return canvas


def render_card(facts: NoticeFacts, size: CardSize) -> bytes:
    """The card for ``facts`` in format ``size`` as PNG bytes (exactly ``size`` pixels)."""
    return _paint(card_content(facts), size).png()


def card_texts(facts: NoticeFacts, size: CardSize) -> list[Drawn]:
    """Every string the card draws, with its box and ink bounds (for checks and alt text)."""
    return list(_paint(card_content(facts), size).drawn)
