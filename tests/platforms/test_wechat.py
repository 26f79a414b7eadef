"""The WeChat client against the fake Official Account over loopback HTTP."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

import pytest
from platform_helpers import PNG, WECHAT_SECRET, Control, current_token

from xa_console.domain.publishing.errors import Next
from xa_console.platforms.fake_server import FakePlatforms
from xa_console.platforms.outcome import Outcome
from xa_console.platforms.transport import Http, MaybeSent
from xa_console.platforms.wechat import WeChatClient


def _wait_for_status(wechat: WeChatClient, publish_id: str, wanted: int) -> Outcome:
    deadline = time.monotonic() + 3
    while True:
        outcome = wechat.get_publish(publish_id)
        if outcome.data.get("publish_status") == wanted or time.monotonic() > deadline:
            return outcome
        time.sleep(0.05)


def _force_flags(control: Control) -> list[bool]:
    return [e["request"]["body"]["force_refresh"] for e in control.log("stable_token")]


# -- tokens ------------------------------------------------------------------------------------


def test_the_token_is_fetched_once_and_cached(
    control: Control, wechat: WeChatClient, new_draft: Callable[..., str]
) -> None:
    new_draft()  # material + draft: two calls
    assert _force_flags(control) == [False]
    calls = [e for e in control.log() if e["endpoint"] != "stable_token"]
    assert len(calls) == 2
    assert all(e["request"]["query"]["access_token"] == "***" for e in calls)


def test_a_token_close_to_expiry_is_renewed_without_forcing(
    http: Callable[..., Http], control: Control
) -> None:
    now = [1_000_000.0]
    client = WeChatClient(
        http("wechat"), "wx-rehearsal", lambda: WECHAT_SECRET, clock=lambda: now[0]
    )
    assert client.upload_image(PNG, "a.png").ok
    now[0] += 7200 - 299  # under 300 s left by the client's clock
    assert client.upload_image(PNG, "b.png").ok
    assert _force_flags(control) == [False, False]


def test_an_expired_token_is_force_refreshed_once_and_the_call_retried_once(
    control: Control, wechat: WeChatClient, new_draft: Callable[..., str]
) -> None:
    media_id = new_draft()
    control.fault("freepublish/submit", "expire_token")
    outcome = wechat.submit_publish(media_id)
    assert outcome.ok, outcome
    assert _force_flags(control) == [False, True]
    submits = control.log("freepublish/submit")
    assert [e["answer"]["errcode"] for e in submits] == [42001, 0]
    tail = [e["endpoint"] for e in control.log()[-3:]]
    assert tail == ["freepublish/submit", "stable_token", "freepublish/submit"]
    assert len(control.state()["wechat"]["publish_jobs"]) == 1


def test_a_token_rejected_again_after_the_refresh_is_not_retried_a_third_time(
    control: Control, wechat: WeChatClient
) -> None:
    control.fault("media/uploadimg", "expire_token", times=2)
    outcome = wechat.upload_image(PNG, "a.png")
    assert outcome.verdict.next is Next.REFRESH_TOKEN
    assert len(control.log("media/uploadimg")) == 2


def test_a_bad_appid_is_a_configuration_error(http: Callable[..., Http], control: Control) -> None:
    client = WeChatClient(http("wechat"), "bad", lambda: WECHAT_SECRET)
    outcome = client.upload_image(PNG, "a.png")
    assert (outcome.verdict.next, outcome.verdict.code) == (Next.FIX_CONFIG, "40013")
    assert control.log("media/uploadimg") == []


def test_quota_codes_wait_for_the_quota(
    control: Control, wechat: WeChatClient, new_draft: Callable[..., str]
) -> None:
    media_id = new_draft()
    control.fault("freepublish/submit", "errcode", code=45009)
    outcome = wechat.submit_publish(media_id)
    assert (outcome.verdict.next, outcome.verdict.code) == (Next.FIX_CONFIG, "45009")
    assert control.state()["wechat"]["publish_jobs"] == []
    control.config(minute_limit=0)
    assert wechat.submit_publish(media_id).verdict.code == "45011"


# -- transport failures after the request went out ---------------------------------------------


def test_hang_after_accept_times_out_as_maybe_sent_yet_the_fake_published(
    control: Control, wechat_quick: WeChatClient, wechat: WeChatClient
) -> None:
    cover = wechat_quick.add_image_material(PNG, "c.png").remote_id
    article = {"title": "限行", "content": "<p>x</p>", "thumb_media_id": cover}
    draft = wechat_quick.add_draft([article])
    control.fault("freepublish/submit", "hang_after_accept", seconds=3)
    started = time.monotonic()
    with pytest.raises(MaybeSent) as caught:
        wechat_quick.submit_publish(draft.remote_id)
    assert caught.value.code == "read_timeout"
    assert time.monotonic() - started < 2.5
    [entry] = control.log("freepublish/submit")
    assert entry["answer"]["hung"] is True and entry["status"] is None
    publish_id = entry["answer"]["withheld"]["publish_id"]
    assert [j["publish_id"] for j in control.state()["wechat"]["publish_jobs"]] == [publish_id]
    assert _wait_for_status(wechat, publish_id, 0).data["publish_status"] == 0  # reconcilable


def test_hang_before_read_is_maybe_sent_and_nothing_is_processed(
    control: Control, wechat_quick: WeChatClient
) -> None:
    assert wechat_quick.upload_image(PNG, "warm.png").ok  # token fetched first
    control.fault("wechat", "hang_before_read", seconds=3)
    with pytest.raises(MaybeSent) as caught:
        wechat_quick.upload_image(PNG, "a.png")
    assert caught.value.code == "read_timeout"
    assert len(control.log("media/uploadimg")) == 1  # only the warm-up


def test_reset_after_accept_is_connection_lost(
    control: Control, wechat: WeChatClient, new_draft: Callable[..., str]
) -> None:
    media_id = new_draft()
    control.fault("freepublish/submit", "reset_after_accept")
    with pytest.raises(MaybeSent) as caught:
        wechat.submit_publish(media_id)
    assert caught.value.code == "connection_lost"
    [entry] = control.log("freepublish/submit")
    assert entry["answer"]["reset"] is True
    assert len(control.state()["wechat"]["publish_jobs"]) == 1


# -- publishing ----------------------------------------------------------------------------------


def test_freepublish_is_publishing_then_published_and_listed(
    wechat: WeChatClient, new_draft: Callable[..., str]
) -> None:
    submitted = wechat.submit_publish(new_draft(title="明日尾号限行"))
    assert submitted.ok and submitted.remote_id
    first = wechat.get_publish(submitted.remote_id)
    assert first.data["publish_status"] == 1
    done = _wait_for_status(wechat, submitted.remote_id, 0)
    assert done.data["publish_status"] == 0
    url = done.data["article_detail"]["item"][0]["article_url"]
    listed = wechat.batchget_published()
    [item] = listed.data["item"]
    assert item["article_id"] == done.data["article_id"]
    assert item["content"]["news_item"][0] == item["content"]["news_item"][0] | {
        "title": "明日尾号限行",
        "url": url,
    }
    assert wechat.submit_publish(submitted.remote_id).verdict.code == "40007"  # draft used


def test_a_reject_word_fails_review_with_status_4(
    wechat: WeChatClient, new_draft: Callable[..., str]
) -> None:
    submitted = wechat.submit_publish(new_draft(body="<p>含违禁测试词的正文</p>"))
    assert submitted.ok  # accepted is not published
    assert _wait_for_status(wechat, submitted.remote_id, 4).data["publish_status"] == 4
    assert wechat.batchget_published().data["item"] == []


def test_draft_limits_are_the_platforms(
    wechat: WeChatClient, new_draft: Callable[..., str]
) -> None:
    cover = wechat.add_image_material(PNG, "c.png").remote_id
    long_title = {"title": "标" * 33, "content": "<p>x</p>", "thumb_media_id": cover}
    no_content = {"title": "限行", "content": "", "thumb_media_id": cover}
    no_cover = {"title": "限行", "content": "<p>x</p>"}
    assert wechat.add_draft([long_title]).verdict.code == "45003"
    assert wechat.add_draft([no_content]).verdict.code == "45002"
    assert wechat.add_draft([no_cover]).verdict.code == "40007"


# -- messages --------------------------------------------------------------------------------------


def test_a_repeated_mass_send_is_reconciled_with_the_existing_msg_id(
    control: Control, wechat: WeChatClient, new_draft: Callable[..., str]
) -> None:
    media_id = new_draft()
    first = wechat.mass_sendall(media_id, "pub-2025-0001")
    assert first.ok and first.remote_id
    again = wechat.mass_sendall(media_id, "pub-2025-0001")
    assert (again.verdict.next, again.verdict.code) == (Next.RECONCILE, "45065")
    assert again.remote_id == first.remote_id
    assert len(control.state()["wechat"]["mass_sends"]) == 1
    assert [e["key"] for e in control.log("message/mass/sendall")] == ["pub-2025-0001"] * 2
    status = wechat.mass_get(first.remote_id)
    assert status.ok and status.data["msg_status"] in ("SENDING", "SEND_SUCCESS")


def test_one_send_to_all_a_day_and_clientmsgid_is_bounded(
    wechat: WeChatClient, new_draft: Callable[..., str]
) -> None:
    assert wechat.mass_sendall(new_draft(), "pub-1").ok
    second = wechat.mass_sendall(new_draft(), "pub-2")
    assert (second.verdict.next, second.verdict.code) == (Next.FIX_CONFIG, "45028")
    assert wechat.mass_sendall(new_draft(), "pub-3", to_all=False, tag_id=2).ok
    with pytest.raises(ValueError, match="64 bytes"):
        wechat.mass_sendall("m", "限" * 22)  # 66 bytes


def test_template_client_msg_id_is_deduplicated_per_openid(
    control: Control, wechat: WeChatClient
) -> None:
    values = {"thing1": "尾号1和6限行", "time2": "2025-01-06 07:00~20:00"}
    first = wechat.send_template("o_user1", "TPL1", values, client_msg_id="n-1")
    again = wechat.send_template("o_user1", "TPL1", values, client_msg_id="n-1")
    other = wechat.send_template("o_user2", "TPL1", values, client_msg_id="n-1")
    assert first.ok and again.ok and other.ok
    assert again.remote_id == first.remote_id != other.remote_id
    delivered = control.state()["wechat"]["template_messages"]
    assert [m["touser"] for m in delivered] == ["o_user1", "o_user2"]
    assert delivered[0]["data"] == {k: {"value": v} for k, v in values.items()}
    assert [e["key"] for e in control.log("message/template/send")] == ["n-1"] * 3


def test_message_recipients_that_cannot_receive_are_dropped(wechat: WeChatClient) -> None:
    unfollowed = wechat.send_template("o_unfollow_9", "TPL1", {"thing1": "x"}, client_msg_id="a")
    assert (unfollowed.verdict.next, unfollowed.verdict.code) == (Next.DROP_RECIPIENT, "43004")
    refused = wechat.send_subscribe("o_refused_3", "TPL2", {"thing1": "x"})
    assert refused.verdict.next is Next.DROP_RECIPIENT
    assert wechat.send_subscribe("o_user1", "TPL2", {"thing1": "本周限行"}, page="https://x").ok


# -- nothing secret in the log ----------------------------------------------------------------


def test_the_fake_log_holds_no_secret_and_no_token(
    fake: FakePlatforms, control: Control, wechat: WeChatClient, new_draft: Callable[..., str]
) -> None:
    wechat.submit_publish(new_draft())
    token = current_token(fake.url)
    text = control.call("GET", "log").text
    assert WECHAT_SECRET not in text
    assert token not in text
    tokens = {e["answer"].get("access_token") for e in control.log("stable_token")}
    assert tokens == {"***"}
    raw: list[dict[str, Any]] = json.loads(text)
    assert all(e["request"].get("query", {}).get("access_token", "***") == "***" for e in raw)
