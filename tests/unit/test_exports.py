"""Exports: restriction card PNGs, announcer and press DOCX, CAP 1.2 XML (no Qt, no DB)."""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import replace
from datetime import UTC, date, datetime
from functools import cache

import docx
import pytest
from PIL import Image, ImageDraw, ImageFont

from xa_console.domain.channels.counting import mmss, reading_seconds
from xa_console.domain.channels.validate import Variant
from xa_console.domain.drafting.facts import (
    DraftKind,
    NoticeFacts,
    TrafficControl,
    facts_for,
)
from xa_console.domain.engine import RuleBook
from xa_console.services.exports import cap, cards, docx_export
from xa_console.services.exports._typeset import FONT_DIR

DAILY = date(2023, 3, 1)
WEEKEND = date(2023, 3, 4)
SUSPENDED = date(2022, 12, 21)
CASES = {
    "daily": (DraftKind.DAILY, DAILY),
    "weekend": (DraftKind.DAILY, WEEKEND),
    "suspension": (DraftKind.SUSPENSION, SUSPENDED),
}
ALL_SIZES = list(cards.CARD_SIZES)


@pytest.fixture(scope="module")
def facts(xian_book: RuleBook) -> dict[str, NoticeFacts]:
    """The three worked examples: a restricted Wednesday, a Saturday, the 2022 suspension."""
    return {name: facts_for(xian_book, kind, day) for name, (kind, day) in CASES.items()}


# ---------------------------------------------------------------------------- cards


def test_card_sizes_are_the_platform_sizes() -> None:
    sizes = {n: (s.width, s.height) for n, s in cards.CARD_SIZES.items()}
    assert sizes == {
        "wechat_cover": (900, 383),
        "wechat_square": (500, 500),
        "weibo": (1080, 1080),
        "vertical": (1080, 1920),
    }
    assert cards.CARD_SIZES["wechat_cover"].ratio == pytest.approx(2.35, abs=0.01)
    assert cards.CARD_SIZES["vertical"].ratio == pytest.approx(9 / 16)
    assert cards.CARD_SIZES["wechat_cover"].square_crop == "0.287222_0_0.712778_1"


@pytest.mark.parametrize(
    ("channel", "names"),
    [
        ("wechat_article", ["wechat_cover", "wechat_square"]),
        ("weibo", ["weibo"]),
        ("douyin", ["vertical"]),
        ("kuaishou", ["vertical"]),
        ("channels", ["vertical"]),
        ("sms", []),
        ("tv", []),
    ],
)
def test_card_for_channel(channel: str, names: list[str]) -> None:
    assert [s.name for s in cards.card_for_channel(channel)] == names


def _render(f: NoticeFacts, size_name: str) -> bytes:
    return cards.render_card(f, cards.CARD_SIZES[size_name])


@pytest.mark.parametrize("size_name", ALL_SIZES)
@pytest.mark.parametrize("case", list(CASES))
def test_card_is_a_png_of_the_exact_size(
    facts: dict[str, NoticeFacts], case: str, size_name: str
) -> None:
    data = _render(facts[case], size_name)
    size = cards.CARD_SIZES[size_name]
    with Image.open(io.BytesIO(data)) as im:
        im.verify()
    with Image.open(io.BytesIO(data)) as im:
        assert im.format == "PNG"
        assert im.size == (size.width, size.height)
        assert im.mode == "RGB"
        assert not {k for k in im.info if k not in {"dpi"}}  # no text/time chunks


@pytest.mark.parametrize("size_name", ALL_SIZES)
def test_card_bytes_are_deterministic(facts: dict[str, NoticeFacts], size_name: str) -> None:
    size = cards.CARD_SIZES[size_name]
    first = cards.render_card(facts["daily"], size)
    # a copy of the facts, not the same object: equal input, equal bytes
    assert cards.render_card(replace(facts["daily"]), size) == first
    assert cards.render_card(facts["weekend"], size) != first


@cache
def _font(weight: str) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONT_DIR / f"NotoSansSC-{weight}.otf"), 48)


@cache
def _glyph(weight: str, ch: str) -> bytes:
    img = Image.new("L", (96, 96), 0)
    ImageDraw.Draw(img).text((24, 12), ch, font=_font(weight), fill=255)
    return img.tobytes()


def _missing(text: str, weight: str) -> set[str]:
    """Characters the bundled face lacks: no ink, or the same pixels as an unmapped code point."""
    notdef = _glyph(weight, "\ue000")
    missing = set()
    for ch in text:
        if ch.isspace():
            continue
        if _font(weight).getmask(ch).getbbox() is None or _glyph(weight, ch) == notdef:
            missing.add(ch)
    return missing


def test_glyph_check_detects_a_missing_character() -> None:
    assert _missing("限行尾号3和8：7:00-20:00（星期三）", "Regular") == set()
    assert _missing("\ue001", "Bold") == {"\ue001"}
    assert _missing("𠀀", "Regular") == {"𠀀"}  # CJK Ext. B: not in the GB2312 subset
    assert cards.missing_glyphs("西安\ue001") == "\ue001"


@pytest.mark.parametrize("size_name", ALL_SIZES)
@pytest.mark.parametrize("case", list(CASES))
def test_card_text_has_every_glyph_and_is_not_clipped(
    facts: dict[str, NoticeFacts], case: str, size_name: str
) -> None:
    size = cards.CARD_SIZES[size_name]
    drawn = cards.card_texts(facts[case], size)
    assert drawn
    for d in drawn:
        assert _missing(d.text, d.weight.value) == set(), d.text
        left, top, right, bottom = d.ink
        assert left >= 0 and top >= 0, d.text
        assert right <= size.width and bottom <= size.height, d.text
        box = d.box
        tol = 1.5  # antialiasing and side bearings
        assert box.x - tol <= left and right <= box.right + tol, d.text
        assert box.y - tol <= top and bottom <= box.bottom + tol, d.text


def _texts(f: NoticeFacts, size_name: str) -> str:
    return "|".join(d.text for d in cards.card_texts(f, cards.CARD_SIZES[size_name]))


@pytest.mark.parametrize("size_name", ALL_SIZES)
def test_card_content(facts: dict[str, NoticeFacts], size_name: str) -> None:
    daily = _texts(facts["daily"], size_name)
    for expected in ("2023年3月1日 星期三", "今日限行尾号", "|3|", "|8|", "限行时间", "7:00-20:00"):
        assert expected in daily
    assert "西安市公安局交通管理局" in daily.replace("|", "")
    weekend = _texts(facts["weekend"], size_name)
    assert "今日不限行" in weekend and "周末不限行" in weekend
    assert "2023年3月4日 星期六" in weekend
    suspension = _texts(facts["suspension"], size_name)
    assert "暂停执行" in suspension and "自2022年12月21日起" in suspension


def test_card_published_the_day_before_says_tomorrow(facts: dict[str, NoticeFacts]) -> None:
    eve = replace(facts["daily"], issue_date=date(2023, 2, 28))
    text = _texts(eve, "weibo")
    assert "明日限行尾号" in text and "今日" not in text
    assert "明日" not in _texts(replace(eve, restricted=False, digits=()), "vertical").replace(
        "明日不限行", ""
    )


def test_cover_keeps_key_content_in_the_central_square(facts: dict[str, NoticeFacts]) -> None:
    size = cards.CARD_SIZES["wechat_cover"]
    left = (size.width - size.height) / 2
    for case, keys in {
        "daily": {"2023年3月1日 星期三", "3", "8", "今日限行尾号"},
        "weekend": {"今日不限行", "周末不限行"},
        "suspension": {"暂停执行", "自2022年12月21日起"},
    }.items():
        inside = {
            d.text
            for d in cards.card_texts(facts[case], size)
            if left <= d.ink[0] and d.ink[2] <= left + size.height
        }
        assert keys <= inside, case


def test_long_text_shrinks_or_wraps_and_never_clips(facts: dict[str, NoticeFacts]) -> None:
    long_area = "西安绕城高速公路以内及向南扩展至终南大道一线以北、向北扩展至西咸北环线以南区域"
    f = replace(facts["daily"], area_label=long_area, exemption_line="新能源号牌车辆" * 8)
    for size in cards.CARD_SIZES.values():
        data = cards.render_card(f, size)
        assert Image.open(io.BytesIO(data)).size == (size.width, size.height)
        for d in cards.card_texts(f, size):
            left, top, right, bottom = d.ink
            assert d.box.x - 1.5 <= left and right <= d.box.right + 1.5, (size.name, d.text)
            assert d.box.y - 1.5 <= top and bottom <= d.box.bottom + 1.5, (size.name, d.text)
        drawn = "".join(d.text for d in cards.card_texts(f, size))
        if size.layout is not cards.CardLayout.COVER or "限行区域" in drawn:
            assert long_area in drawn  # wrapped, never cut


@pytest.mark.parametrize(
    "kind",
    [DraftKind.RESUMPTION, DraftKind.CONTINUATION, DraftKind.ADJUSTMENT, DraftKind.CORRECTION],
)
def test_every_kind_renders(xian_book: RuleBook, kind: DraftKind) -> None:
    f = facts_for(xian_book, kind, date(2023, 1, 30))
    if kind is DraftKind.CORRECTION:
        f = replace(f, corrects_title="3月1日限行提醒", correction_text="限行尾号应为3和8。")
    for size in cards.CARD_SIZES.values():
        with Image.open(io.BytesIO(cards.render_card(f, size))) as im:
            assert im.size == (size.width, size.height)


def test_traffic_control_card(facts: dict[str, NoticeFacts]) -> None:
    tc = TrafficControl(
        road="长安街",
        section="钟楼至小寨段",
        start=datetime(2023, 3, 5, 8, 0),
        end=datetime(2023, 3, 5, 12, 0),
        detour="请绕行含光路",
        reason="马拉松比赛",
    )
    f = replace(facts["daily"], kind=DraftKind.TRAFFIC_CONTROL, traffic_control=tc)
    text = _texts(f, "vertical")
    assert "交通管制" in text and "请绕行含光路" in text and "3月5日 08:00 — 3月5日 12:00" in text


# ---------------------------------------------------------------------------- docx

TV = "下面来看今天的限行信息。今天是3月1日，星期三，限行尾号为3和8。\n请大家合理安排出行。"
SPOT15 = "西安交警提醒：今天3月1日，星期三，限行尾号3和8，时间从早上7点到晚上8点。"
SPOT30 = SPOT15 + "临时号牌同样限行，新能源号牌车辆等不受限。明天限行尾号4和9。"


def _doc_text(data: bytes) -> list[str]:
    return [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]


def test_script_docx(facts: dict[str, NoticeFacts]) -> None:
    variants = {
        "tv": Variant("tv", {"script": TV}),
        "radio": Variant("radio", {"spot15": SPOT15, "spot30": SPOT30}),
    }
    data = docx_export.script_docx(variants, facts["daily"])
    text = _doc_text(data)
    assert text[0] == "西安机动车尾号限行 播报稿"
    assert "2023年3月1日 星期三" in text[1] and "250" in text[1]
    for heading, script in (("电视播报稿", TV), ("广播15秒口播", SPOT15), ("广播30秒口播", SPOT30)):
        i = text.index(heading)
        assert text[i + 1].startswith(f"预计时长 {mmss(reading_seconds(script, 250))}")
        for line in script.splitlines():
            assert line in text
    spot15 = text[text.index("广播15秒口播") + 1]
    assert spot15 == f"预计时长 {mmss(reading_seconds(SPOT15))}（限长 0:15）"
    assert text[text.index("广播30秒口播") + 1].endswith("（限长 0:30）")
    # a slower announcer takes longer
    slow = _doc_text(docx_export.script_docx(variants, facts["daily"], chars_per_minute=200))
    tv_i = slow.index("电视播报稿")
    assert slow[tv_i + 1].startswith(f"预计时长 {mmss(reading_seconds(TV, 200))}")


def test_script_docx_layout_fonts_and_properties(facts: dict[str, NoticeFacts]) -> None:
    variants = {"tv": Variant("tv", {"script": TV})}
    data = docx_export.script_docx(variants, facts["daily"])
    d = docx.Document(io.BytesIO(data))
    assert "广播15秒口播" not in [p.text for p in d.paragraphs]  # absent scripts are left out
    body = next(p for p in d.paragraphs if p.text.startswith("下面来看"))
    assert body.runs[0].font.size.pt == 18
    assert d.styles["Normal"].paragraph_format.line_spacing == 1.5
    styles = zipfile.ZipFile(io.BytesIO(data)).read("word/styles.xml").decode()
    assert 'w:eastAsia="宋体"' in styles and 'w:eastAsia="黑体"' in styles
    cp = d.core_properties
    assert cp.author == "XA Console"
    assert cp.created == cp.modified == datetime(2023, 3, 1, tzinfo=UTC)
    assert docx_export.script_docx(variants, facts["daily"]) == data  # deterministic bytes


def test_press_docx(facts: dict[str, NoticeFacts]) -> None:
    body = "西安市公安局交通管理局提醒，2023年3月1日，限行尾号为3和8。\n\n请合理安排出行。"
    variant = Variant("press", {"title": "3月1日西安限行尾号为3和8", "body": body})
    data = docx_export.press_docx(variant, facts["daily"])
    text = _doc_text(data)
    assert text[0] == "3月1日西安限行尾号为3和8"
    assert text[1:3] == [
        "西安市公安局交通管理局提醒，2023年3月1日，限行尾号为3和8。",
        "请合理安排出行。",
    ]
    assert text[3] == "（来源：西安市公安局交通管理局、西安市生态环境局、西安市交通运输局）"
    assert text[4] == "2023年3月1日"
    assert docx.Document(io.BytesIO(data)).paragraphs[1].paragraph_format.first_line_indent
    # a body that already ends with its source gets no second one
    own = Variant("press", {"title": "t", "body": body + "\n（来源：西安市公安局交通管理局）"})
    assert sum("来源" in t for t in _doc_text(docx_export.press_docx(own, facts["daily"]))) == 1
    assert docx_export.press_docx(variant, facts["daily"]) == data


# ---------------------------------------------------------------------------- CAP

NS = "{urn:oasis:names:tc:emergency:cap:1.2}"
ALERT_ORDER = [
    "identifier", "sender", "sent", "status", "msgType", "source", "scope", "restriction",
    "addresses", "code", "note", "references", "incidents", "info",
]  # fmt: skip
ALERT_REQUIRED = ["identifier", "sender", "sent", "status", "msgType", "scope"]
INFO_ORDER = [
    "language", "category", "event", "responseType", "urgency", "severity", "certainty",
    "audience", "eventCode", "effective", "onset", "expires", "senderName", "headline",
    "description", "instruction", "web", "contact", "parameter", "resource", "area",
]  # fmt: skip
INFO_REQUIRED = ["category", "event", "urgency", "severity", "certainty"]
AREA_ORDER = ["areaDesc", "polygon", "circle", "geocode", "altitude", "ceiling"]
CAP_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$")


def _children(el: ET.Element) -> list[str]:
    assert all(c.tag.startswith(NS) for c in el), [c.tag for c in el]
    return [c.tag.removeprefix(NS) for c in el]


def _assert_order(tags: list[str], order: list[str], required: list[str]) -> None:
    assert set(tags) <= set(order), set(tags) - set(order)
    positions = [order.index(t) for t in tags]
    assert positions == sorted(positions), tags
    assert set(required) <= set(tags)


def _parse(data: bytes) -> ET.Element:
    assert data.startswith(b'<?xml version="1.0" encoding="UTF-8"?>')
    root = ET.fromstring(data)
    assert root.tag == f"{NS}alert"
    _assert_order(_children(root), ALERT_ORDER, ALERT_REQUIRED)
    for info in root.findall(f"{NS}info"):
        _assert_order(_children(info), INFO_ORDER, INFO_REQUIRED)
        for area in info.findall(f"{NS}area"):
            _assert_order(_children(area), AREA_ORDER, ["areaDesc"])
        for param in info.findall(f"{NS}parameter"):
            assert _children(param) == ["valueName", "value"]
    return root


def _get(root: ET.Element, path: str) -> str:
    el = root.find("/".join(f"{NS}{p}" for p in path.split("/")))
    assert el is not None, path
    return el.text or ""


def _times(root: ET.Element) -> list[str]:
    tags = ("sent", "info/effective", "info/onset", "info/expires")
    return [_get(root, t) for t in tags if root.find("/".join(NS + p for p in t.split("/")))]


def test_cap_daily(facts: dict[str, NoticeFacts]) -> None:
    root = _parse(cap.cap_alert(facts["daily"], None))
    assert _get(root, "status") == "Actual" and _get(root, "scope") == "Public"
    assert _get(root, "msgType") == "Alert"
    assert _get(root, "sender") == "xajj@xa.example.cn"
    assert all(CAP_TIME.match(t) for t in _times(root)), _times(root)
    assert _get(root, "info/language") == "zh-CN"
    assert _get(root, "info/category") == "Transport"
    assert _get(root, "info/event") == "机动车尾号限行"
    assert (_get(root, "info/urgency"), _get(root, "info/severity")) == ("Expected", "Minor")
    assert _get(root, "info/certainty") == "Observed"
    assert _get(root, "info/onset") == "2023-03-01T07:00:00+08:00"
    assert _get(root, "info/expires") == "2023-03-01T20:00:00+08:00"
    assert _get(root, "info/senderName") == "西安市公安局交通管理局"
    assert len(_get(root, "info/headline")) <= 160 and "3和8" in _get(root, "info/headline")
    assert _get(root, "info/instruction") == "新能源号牌车辆等不受限"
    assert _get(root, "info/area/areaDesc") == "绕城高速以内及南北扩展区域"
    params = {
        _get(p, "valueName"): _get(p, "value") for p in root.iter(f"{NS}parameter")
    }  # fmt: skip
    assert params == {"限行尾号": "3和8", "限行时段": "7:00-20:00"}


def test_cap_suspension(facts: dict[str, NoticeFacts]) -> None:
    f = replace(facts["suspension"], link_url="https://xa.example.cn/n/1?a=1&b=2")
    root = _parse(cap.cap_alert(f, None))
    assert _get(root, "msgType") == "Alert"
    assert _get(root, "info/event") == "暂停执行尾号限行"
    urgency = [_get(root, f"info/{t}") for t in ("urgency", "severity", "certainty")]
    assert urgency == ["Future", "Minor", "Likely"]
    assert _get(root, "info/effective") == "2022-12-21T00:00:00+08:00"
    assert root.find(f"{NS}info/{NS}expires") is None  # 恢复执行时间另行通告
    assert _get(root, "info/instruction") == "恢复执行时间另行通告。"
    assert _get(root, "info/web") == "https://xa.example.cn/n/1?a=1&b=2"  # & escaped and back
    assert "西安市生态环境局" in _get(root, "info/senderName")
    assert all(CAP_TIME.match(t) for t in _times(root))


def test_cap_description_comes_from_the_variants(facts: dict[str, NoticeFacts]) -> None:
    press = Variant("press", {"title": "t", "body": "第一段 <b>&amp;</b> A&B\n\n第二段"})
    root = _parse(cap.cap_alert(facts["daily"], {"press": press}))
    assert _get(root, "info/description") == "第一段 & A&B\n第二段"
    wechat = Variant("wechat_article", {"body": "微信正文 <限行> & 提醒"})
    root = _parse(cap.cap_alert(facts["daily"], {"wechat_article": wechat}))
    assert _get(root, "info/description") == "微信正文  & 提醒"


def test_cap_identifier_is_stable(facts: dict[str, NoticeFacts]) -> None:
    a = cap.cap_alert(facts["daily"], None)
    assert cap.cap_alert(replace(facts["daily"]), None) == a
    ident = _get(_parse(a), "identifier")
    assert ident == cap.cap_identifier(facts["daily"], "xajj@xa.example.cn")
    assert not re.search(r"[\s,<&]", ident)
    other = _get(_parse(cap.cap_alert(facts["weekend"], None)), "identifier")
    assert other != ident
    custom = cap.cap_alert(facts["daily"], None, identifier="X-1")
    assert _get(_parse(custom), "identifier") == "X-1"


def test_cap_sent_is_beijing_time_in_whole_seconds(facts: dict[str, NoticeFacts]) -> None:
    sent = datetime(2023, 2, 28, 23, 30, 5, 123456, tzinfo=UTC)
    root = _parse(cap.cap_alert(facts["daily"], None, sent=sent))
    assert _get(root, "sent") == "2023-03-01T07:30:05+08:00"
    naive = _parse(cap.cap_alert(facts["daily"], None, sent=datetime(2023, 3, 1, 6, 0)))
    assert _get(naive, "sent") == "2023-03-01T06:00:00+08:00"


@pytest.mark.parametrize(
    ("kind", "correction", "expected"),
    [
        (DraftKind.RESUMPTION, "", "Update"),
        (DraftKind.ADJUSTMENT, "", "Update"),
        (DraftKind.CONTINUATION, "", "Alert"),
        (DraftKind.CORRECTION, "限行尾号应为3和8。", "Update"),
        (DraftKind.CORRECTION, "", "Cancel"),
    ],
)
def test_cap_message_type(
    xian_book: RuleBook, kind: DraftKind, correction: str, expected: str
) -> None:
    f = replace(facts_for(xian_book, kind, date(2023, 1, 30)), correction_text=correction)
    ref = "xajj@xa.example.cn,old-1,2023-01-29T00:00:00+08:00"
    root = _parse(cap.cap_alert(f, None, references=[ref]))
    assert _get(root, "msgType") == expected
    assert _get(root, "references") == ref
    if kind is DraftKind.RESUMPTION:
        assert _get(root, "info/expires") == "2023-11-11T00:00:00+08:00"


def test_cap_weekend_has_no_onset(facts: dict[str, NoticeFacts]) -> None:
    root = _parse(cap.cap_alert(facts["weekend"], None))
    assert root.find(f"{NS}info/{NS}onset") is None
    assert _get(root, "info/expires") == "2023-03-05T00:00:00+08:00"
    assert "周末不限行" in _get(root, "info/headline")
