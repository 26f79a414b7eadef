"""The Weibo client against the fake ``statuses/share`` over loopback HTTP."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from platform_helpers import PNG, WEIBO_TOKEN, Control

from xa_console.domain.publishing.errors import Next
from xa_console.platforms.transport import Http, MaybeSent
from xa_console.platforms.weibo import WeiboClient

LINK = "https://jj.xa.example.cn/notice/20250106"


def test_a_post_returns_its_idstr_and_lands_in_the_state(
    control: Control, weibo: WeiboClient
) -> None:
    outcome = weibo.share(f"明日（1月6日）限行尾号1和6，详见 {LINK}")
    assert outcome.ok and outcome.remote_id.isdigit()
    assert outcome.data["idstr"] == outcome.remote_id
    [post] = control.state()["weibo"]["posts"]
    assert post["idstr"] == outcome.remote_id


def test_a_picture_goes_multipart(control: Control, weibo: WeiboClient) -> None:
    outcome = weibo.share(f"限行提示卡 {LINK}", pic=PNG, pic_name="card.png")
    assert outcome.ok and "original_pic" in outcome.data
    [entry] = control.log("statuses/share")
    assert entry["request"]["files"] == {"pic": {"filename": "card.png", "bytes": len(PNG)}}
    assert entry["request"]["body"]["status"] == f"限行提示卡 {LINK}"
    assert weibo.share(f"坏图 {LINK}", pic=b"not an image").verdict.code == "20005"


@pytest.mark.parametrize(
    ("status", "code", "step"),
    [
        ("限" * 140 + " " + LINK, "20012", Next.FIX_CONTENT),  # weighted > 140
        ("明日限行，详见 https://elsewhere.example.com/a", "20018", Next.FIX_CONTENT),
        ("明日限行", "20018", Next.FIX_CONTENT),  # no link at all
        (f"#西安限行# 明日限行 {LINK}", "10008", Next.FIX_CONTENT),  # no #topics# via the API
        (f"违禁测试词 {LINK}", "20021", Next.FIX_CONTENT),
    ],
)
def test_content_rules(weibo: WeiboClient, status: str, code: str, step: Next) -> None:
    outcome = weibo.share(status)
    assert (outcome.verdict.code, outcome.verdict.next) == (code, step)


def test_the_weighted_count_lets_ascii_count_half(weibo: WeiboClient) -> None:
    # 105 CJK + 21 ASCII + a 40-char link: 166 code points, but 105 + 30.5 → 136 字 weighted
    status = "限" * 105 + " " + "a" * 19 + " " + LINK
    assert len(status) == 166
    assert weibo.share(status).ok


def test_a_repeat_is_reconciled_and_too_many_posts_wait(
    control: Control, weibo: WeiboClient
) -> None:
    assert weibo.share(f"第一条 {LINK}").ok
    again = weibo.share(f"第一条 {LINK}")
    assert (again.verdict.code, again.verdict.next) == ("20019", Next.RECONCILE)
    control.config(weibo_hourly_limit=2)
    assert weibo.share(f"第二条 {LINK}").ok
    third = weibo.share(f"第三条 {LINK}")
    assert (third.verdict.code, third.verdict.next) == ("20016", Next.WAIT_QUOTA)
    assert len(control.state()["weibo"]["posts"]) == 2


def test_an_expired_token_needs_reauthorisation(
    control: Control, http: Callable[..., Http]
) -> None:
    control.config(weibo_expired_tokens=["old-token"])
    outcome = WeiboClient(http("weibo"), lambda: "old-token").share(f"x {LINK}")
    assert (outcome.verdict.code, outcome.verdict.next) == ("21327", Next.FIX_CONFIG)


def test_faults_map_like_platform_answers(control: Control, weibo: WeiboClient) -> None:
    control.fault("statuses/share", "errcode", code="20016")
    assert weibo.share(f"a {LINK}").verdict.next is Next.WAIT_QUOTA
    control.fault("weibo", "http_500")
    with pytest.raises(MaybeSent):
        weibo.share(f"b {LINK}")
    assert control.state()["weibo"]["posts"] == []


def test_the_token_never_reaches_the_log(control: Control, weibo: WeiboClient) -> None:
    weibo.share(f"c {LINK}")
    text = control.call("GET", "log").text
    assert WEIBO_TOKEN not in text
    assert control.log("statuses/share")[0]["request"]["body"]["access_token"] == "***"
