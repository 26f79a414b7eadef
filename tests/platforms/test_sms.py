"""The SMS client against the fake Aliyun-style gateway over loopback HTTP."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date

import pytest
from platform_helpers import SMS_SECRET, Control

from xa_console.domain.publishing.errors import Next
from xa_console.platforms.sms import SmsClient, rpc_signature
from xa_console.platforms.transport import Http, MaybeSent

PHONE = "13800138000"
VALUES = {"plate": "1和6", "date": "1月6日"}


def test_the_signature_matches_aliyuns_published_example() -> None:
    params = {
        "TimeStamp": "2016-02-23T12:46:24Z",
        "Format": "XML",
        "AccessKeyId": "testid",
        "Action": "DescribeRegions",
        "SignatureMethod": "HMAC-SHA1",
        "SignatureNonce": "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf",
        "Version": "2014-05-26",
        "SignatureVersion": "1.0",
    }
    assert rpc_signature("GET", params, "testsecret") == "CT9X0VtwR86fNWSnsc6v8YGOjuE="


def test_a_send_returns_the_bizid_and_always_carries_the_outid(
    control: Control, sms: SmsClient
) -> None:
    outcome = sms.send(PHONE, "SMS_15305001", VALUES, "msg-0001")
    assert outcome.ok and outcome.remote_id.endswith("^0")
    [entry] = control.log("SendSms")
    assert entry["key"] == "msg-0001"
    assert entry["request"]["body"]["OutId"] == "msg-0001"
    assert entry["request"]["body"]["TemplateParam"] == '{"plate":"1和6","date":"1月6日"}'
    assert entry["request"]["body"]["Signature"] == "***"
    with pytest.raises(ValueError, match="out_id"):
        sms.send(PHONE, "SMS_15305001", VALUES, "")


def test_query_finds_the_message_by_outid(control: Control, sms: SmsClient) -> None:
    control.config(sms_templates={"SMS_15305001": "明日${date}限行尾号${plate}。"})
    sent = sms.send(PHONE, "SMS_15305001", VALUES, "msg-0002")
    found = sms.query(PHONE, date.today(), biz_id=sent.remote_id)
    assert found.ok
    [detail] = found.data["details"]
    assert detail["OutId"] == "msg-0002"
    assert detail["Content"] == "【西安交警】明日1月6日限行尾号1和6。"
    assert detail["SendStatus"] == 3
    assert sms.query(PHONE, date(2020, 1, 1)).data["details"] == []


def test_sendsms_is_not_idempotent_so_a_repeat_sends_again(
    control: Control, sms: SmsClient
) -> None:
    first = sms.send(PHONE, "SMS_15305001", VALUES, "msg-0003")
    again = sms.send(PHONE, "SMS_15305001", VALUES, "msg-0003")
    assert first.ok and again.ok and first.remote_id != again.remote_id
    details = sms.query(PHONE, date.today()).data["details"]
    assert [d["OutId"] for d in details] == ["msg-0003", "msg-0003"]


def test_a_wrong_secret_is_rejected_and_nothing_is_sent(
    control: Control, http: Callable[..., Http]
) -> None:
    client = SmsClient(http("sms"), "LTAI-rehearsal", lambda: "not-the-secret", "西安交警")
    outcome = client.send(PHONE, "SMS_15305001", VALUES, "msg-0004")
    assert (outcome.verdict.code, outcome.verdict.next) == (
        "SignatureDoesNotMatch",
        Next.FIX_CONFIG,
    )
    assert control.state()["sms"]["records"] == []
    control.config(sms_secret="rotated")
    rotated = SmsClient(http("sms"), "LTAI-rehearsal", lambda: "rotated", "西安交警")
    assert rotated.send(PHONE, "SMS_15305001", VALUES, "msg-0005").ok


def test_a_replayed_nonce_is_refused(http: Callable[..., Http]) -> None:
    client = SmsClient(http("sms"), "id", lambda: SMS_SECRET, "西安交警", nonce=lambda: "same")
    assert client.send(PHONE, "SMS_15305001", VALUES, "msg-a").ok
    assert client.send(PHONE, "SMS_15305001", VALUES, "msg-b").verdict.code == "SignatureNonceUsed"
    stale = SmsClient(http("sms"), "id", lambda: SMS_SECRET, "西安交警", clock=lambda: 0.0)
    assert stale.send(PHONE, "SMS_15305001", VALUES, "msg-c").verdict.code.startswith(
        "InvalidTimeStamp"
    )


@pytest.mark.parametrize(
    ("phone", "values", "code", "step"),
    [
        ("1380013800", VALUES, "isv.MOBILE_NUMBER_ILLEGAL", Next.DROP_RECIPIENT),
        (PHONE, {"plate": "违禁测试词"}, "isv.BLACK_KEY_CONTROL_LIMIT", Next.FIX_CONTENT),
        (PHONE, {"link": "https://x.cn"}, "isv.PARAM_NOT_SUPPORT_URL", Next.FIX_CONTENT),
    ],
)
def test_business_errors(
    sms: SmsClient, phone: str, values: dict[str, str], code: str, step: Next
) -> None:
    outcome = sms.send(phone, "SMS_15305001", values, "msg-x")
    assert (outcome.verdict.code, outcome.verdict.next) == (code, step)


def test_the_per_number_daily_limit(control: Control, sms: SmsClient) -> None:
    control.config(sms_daily_limit=2)
    ids = (f"m-{n}" for n in itertools.count())
    assert sms.send(PHONE, "SMS_1", VALUES, next(ids)).ok
    assert sms.send(PHONE, "SMS_1", VALUES, next(ids)).ok
    third = sms.send(PHONE, "SMS_1", VALUES, next(ids))
    assert (third.verdict.code, third.verdict.next) == (
        "isv.BUSINESS_LIMIT_CONTROL",
        Next.DROP_RECIPIENT,
    )
    assert sms.send(PHONE, "SMS_2", VALUES, next(ids)).ok  # another template, another count


def test_platform_error_and_lost_connection_are_unknown_outcomes(
    control: Control, sms: SmsClient
) -> None:
    control.fault("SendSms", "errcode", code="isp.SYSTEM_ERROR")
    failed = sms.send(PHONE, "SMS_1", VALUES, "msg-u1")
    assert (failed.verdict.code, failed.verdict.next) == ("isp.SYSTEM_ERROR", Next.RECONCILE)
    control.fault("SendSms", "reset_after_accept")
    with pytest.raises(MaybeSent) as caught:
        sms.send(PHONE, "SMS_1", VALUES, "msg-u2")
    assert caught.value.code == "connection_lost"
    details = sms.query(PHONE, date.today()).data["details"]
    assert [d["OutId"] for d in details] == ["msg-u2"]  # reconciled by OutId


def test_no_secret_or_signature_in_the_log(control: Control, sms: SmsClient) -> None:
    sms.send(PHONE, "SMS_1", VALUES, "msg-s")
    text = control.call("GET", "log").text + control.call("GET", "config").text
    assert SMS_SECRET not in text
    assert all(e["request"]["body"]["Signature"] == "***" for e in control.log())
