"""Channel specs read from data, and variants checked against them."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from xa_console.domain.channels.spec import CHANNEL_IDS, ChannelBook, read_channel_book
from xa_console.domain.channels.validate import Variant, WordLists, check_variant
from xa_console.domain.errors import DomainError

LIMITS = Path(__file__).resolve().parents[2] / "resources" / "channels" / "limits.json"


@pytest.fixture(scope="module")
def doc() -> dict[str, Any]:
    return json.loads(LIMITS.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def book(doc: dict[str, Any]) -> ChannelBook:
    return read_channel_book(doc)


def codes(
    book: ChannelBook, channel: str, words: WordLists | None = None, **fields: str
) -> list[str]:
    return [p.code for p in check_variant(Variant(channel, fields), book, words).problems]


def test_shipped_book_has_every_channel(book: ChannelBook) -> None:
    assert tuple(c.id for c in book.channels) == CHANNEL_IDS
    assert book.get("weibo").field("status").max == 140  # type: ignore[union-attr]
    assert book.get("sms").sms.signature == "西安交警"  # type: ignore[union-attr]


def test_wechat_title_and_digest_limits(book: ChannelBook) -> None:
    assert codes(book, "wechat_article", title="字" * 32, body="正文") == []
    assert codes(book, "wechat_article", title="字" * 33, body="正文") == ["text.too_long"]
    assert codes(book, "wechat_article", title="标题", body="正文", digest="字" * 129) == [
        "text.too_long"
    ]
    assert codes(book, "wechat_article", title="标\n题", body="正文") == ["text.line_break"]
    assert codes(book, "wechat_article", body="正文") == ["text.required"]


def test_weibo_needs_safe_link_and_no_topics(book: ChannelBook) -> None:
    link = "https://jj.xa.example.cn/x"
    assert codes(book, "weibo", status=f"今日限行3和8。{link}") == []
    assert codes(book, "weibo", status="今日限行3和8。https://evil.example.com/") == [
        "weibo.no_safe_link"
    ]
    assert codes(book, "weibo", status=f"#西安限行# 今日3和8 {link}") == ["weibo.topic"]
    long_text = "字" * 110 + link  # 110 + 26/2 = 123 → fine; 130 → over
    assert codes(book, "weibo", status=long_text) == []
    assert codes(book, "weibo", status="字" * 130 + link) == ["text.too_long"]


def test_wechat_reminder_keyword_types(book: ChannelBook) -> None:
    ok = {"thing1": "尾号限行提醒", "time2": "2023年3月1日 07:00~20:00", "thing3": "尾号3和8"}
    assert codes(book, "wechat_reminder", **ok) == []
    assert codes(book, "wechat_reminder", **{**ok, "thing3": "字" * 21}) == [
        "wechat.keyword_too_long"
    ]
    assert codes(book, "wechat_reminder", **{**ok, "time2": "明天早上"}) == [
        "wechat.keyword_format"
    ]
    assert codes(book, "wechat_reminder", **{**ok, "thing1": "限行😀"}) == ["text.emoji"]


def test_sms_rules(book: ChannelBook) -> None:
    report = check_variant(Variant("sms", {"body": "字" * 65}), book)
    assert report.sms is not None and (report.sms.length, report.sms.segments) == (71, 2)
    assert codes(book, "sms", body="【西安交警】明日限行") == ["sms.brackets"]
    assert "sms.symbol" in codes(book, "sms", body="明日限行★3和8")
    assert codes(book, "sms", body="字" * 495) == ["text.too_long"]  # 501 with the signature


def test_channels_short_title_charset_and_length(book: ChannelBook) -> None:
    assert codes(book, "channels", short_title="西安明日限行3和8", description="d") == []
    assert codes(book, "channels", short_title="西安，明日限行！", description="d") == [
        "text.bad_chars"
    ]
    assert codes(book, "channels", short_title="限行", description="d") == ["text.too_short"]


def test_reading_time_limits(book: ChannelBook) -> None:
    assert codes(book, "radio", spot15="字" * 60, spot30="字" * 120) == []
    assert codes(book, "radio", spot15="字" * 70, spot30="字" * 120) == ["text.too_long"]
    m = check_variant(Variant("radio", {"spot15": "字" * 60, "spot30": "x"}), book).measure(
        "spot15"
    )
    assert m is not None and m.unit == "秒" and m.length == pytest.approx(14.4)


def test_topics_counted(book: ChannelBook) -> None:
    caption = " ".join(f"#话题{i}" for i in range(6))
    assert codes(book, "douyin", caption=caption) == ["text.too_many_topics"]


def test_compliance_words(book: ChannelBook) -> None:
    words = WordLists(forbidden=("××",), sensitive=("罚款",))
    report = check_variant(
        Variant("press", {"title": "通稿", "body": "违者罚款，详见××"}), book, words
    )
    assert [(p.code, p.severity, p.params["word"]) for p in report.problems] == [
        ("compliance.forbidden", "error", "××"),
        ("compliance.sensitive", "warning", "罚款"),
    ]
    assert not report.ok
    warn_only = check_variant(Variant("press", {"title": "t", "body": "罚款"}), book, words)
    assert warn_only.ok


@pytest.mark.parametrize(
    ("path", "value", "code"),
    [
        (("channels", "weibo", "fields", "status", "max"), -5, "channel.bad_number"),
        (("channels", "weibo", "fields", "status", "max"), "many", "channel.bad_number"),
        (("channels", "weibo", "fields", "status", "counting"), "letters", "field.bad_choice"),
        (("channels", "channels", "fields", "short_title", "min"), 20, "channel.min_over_max"),
        (("channels", "sms", "sms", "signature"), "【西安交警】", "sms.bad_signature"),
        (("channels", "weibo", "main"), "body", "channel.bad_main"),
        (
            ("channels", "weibo", "fields", "status", "forbid"),
            [{"pattern": "(", "code": "x"}],
            "channel.bad_pattern",
        ),
    ],
)
def test_bad_limits_are_reported_with_their_path(
    doc: dict[str, Any], path: tuple[str, ...], value: Any, code: str
) -> None:
    bad = copy.deepcopy(doc)
    node = bad
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    with pytest.raises(DomainError) as e:
        read_channel_book(bad)
    assert e.value.code == code
    assert e.value.issues[0].field.startswith(".".join(path[:3]))


def test_limits_are_data_not_code(doc: dict[str, Any]) -> None:
    changed = copy.deepcopy(doc)
    changed["channels"]["weibo"]["fields"]["status"]["max"] = 100
    book = read_channel_book(changed)
    text = "字" * 95 + "https://jj.xa.example.cn/x"  # 95 + 13 = 108
    assert codes(book, "weibo", status=text) == ["text.too_long"]
