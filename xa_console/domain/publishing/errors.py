"""Platform answers mapped to what the outbox does next (``channels.md`` §2.3, §3.6, §8.4)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Next(StrEnum):
    """The outbox's reaction to a platform answer."""

    DONE = "done"  # accepted: mark SENT
    REFRESH_TOKEN = "refresh_token"  # refresh once, retry once
    RETRY_LATER = "retry_later"  # nothing was sent: FAILED_RETRYABLE with backoff
    WAIT_QUOTA = "wait_quota"  # daily/minute quota: retry after the window, not now
    RECONCILE = "reconcile"  # it may have gone out (duplicate answer, platform error): UNKNOWN
    FIX_CONTENT = "fix_content"  # the editor must change the text: FAILED
    FIX_CONFIG = "fix_config"  # an administrator must act: FAILED, stop the channel
    DROP_RECIPIENT = "drop_recipient"  # this recipient cannot receive: FAILED for that target only


@dataclass(frozen=True)
class Verdict:
    """The reaction and the platform's own words (kept for the audit log and the officer)."""

    next: Next
    code: str
    message: str = ""


WECHAT: dict[int, Next] = {
    0: Next.DONE,
    -1: Next.RETRY_LATER,
    40001: Next.REFRESH_TOKEN,
    40014: Next.REFRESH_TOKEN,
    42001: Next.REFRESH_TOKEN,
    40002: Next.FIX_CONFIG,
    40013: Next.FIX_CONFIG,
    40125: Next.FIX_CONFIG,
    41004: Next.FIX_CONFIG,
    40164: Next.FIX_CONFIG,
    40243: Next.FIX_CONFIG,
    50004: Next.FIX_CONFIG,
    50007: Next.FIX_CONFIG,
    48001: Next.FIX_CONFIG,
    40037: Next.FIX_CONFIG,
    45009: Next.FIX_CONFIG,  # daily quota used up: clear_quota or tomorrow — a person decides
    45011: Next.WAIT_QUOTA,  # minute quota: the next minute will do
    45028: Next.FIX_CONFIG,  # no mass-send quota left: reschedule, never retry
    45066: Next.WAIT_QUOTA,
    45065: Next.RECONCILE,  # same clientmsgid within 24 h: it was sent, fetch the existing msg_id
    45002: Next.FIX_CONTENT,
    45003: Next.FIX_CONTENT,
    40033: Next.FIX_CONTENT,
    47003: Next.FIX_CONTENT,
    53503: Next.FIX_CONTENT,
    40007: Next.FIX_CONTENT,
    40009: Next.FIX_CONTENT,
    40004: Next.FIX_CONTENT,  # invalid media type
    40005: Next.FIX_CONTENT,  # invalid file type
    41005: Next.FIX_CONTENT,  # media data missing
    45004: Next.FIX_CONTENT,  # description too long
    45110: Next.FIX_CONTENT,  # author too long
    47001: Next.FIX_CONTENT,  # data format error
    40097: Next.FIX_CONTENT,  # invalid arguments
    41001: Next.FIX_CONFIG,  # access_token missing: a client or configuration fault
    43004: Next.DROP_RECIPIENT,
    43101: Next.DROP_RECIPIENT,
    40003: Next.DROP_RECIPIENT,
}
WEIBO: dict[str, Next] = {
    "10022": Next.WAIT_QUOTA,
    "10023": Next.WAIT_QUOTA,
    "10024": Next.WAIT_QUOTA,
    "10004": Next.WAIT_QUOTA,
    "20016": Next.WAIT_QUOTA,
    "20017": Next.RECONCILE,
    "20019": Next.RECONCILE,
    "20111": Next.RECONCILE,
    "20012": Next.FIX_CONTENT,
    "10008": Next.FIX_CONTENT,  # invalid parameter (e.g. a #topic# in the text)
    "10016": Next.FIX_CONTENT,  # a required parameter is missing
    "20018": Next.FIX_CONTENT,
    "20020": Next.FIX_CONTENT,
    "20021": Next.FIX_CONTENT,
    "20005": Next.FIX_CONTENT,
    "20006": Next.FIX_CONTENT,
    "21327": Next.FIX_CONFIG,
    "21332": Next.FIX_CONFIG,
    "21321": Next.FIX_CONFIG,
    "10017": Next.FIX_CONFIG,
    "20003": Next.FIX_CONFIG,
    "10001": Next.RETRY_LATER,
}
SMS: dict[str, Next] = {
    "OK": Next.DONE,
    "isv.BUSINESS_LIMIT_CONTROL": Next.DROP_RECIPIENT,
    "isv.MOBILE_NUMBER_ILLEGAL": Next.DROP_RECIPIENT,
    "isv.SMS_SIGNATURE_ILLEGAL": Next.FIX_CONFIG,
    "isv.SMS_TEMPLATE_ILLEGAL": Next.FIX_CONFIG,
    "isv.SMS_SIGNATURE_SCENE_ILLEGAL": Next.FIX_CONFIG,
    "isv.AMOUNT_NOT_ENOUGH": Next.FIX_CONFIG,
    "isv.OUT_OF_SERVICE": Next.FIX_CONFIG,
    "isv.MOBILE_COUNT_OVER_LIMIT": Next.FIX_CONFIG,
    "isv.TEMPLATE_MISSING_PARAMETERS": Next.FIX_CONTENT,
    "isv.INVALID_JSON_PARAM": Next.FIX_CONTENT,
    "isv.PARAM_LENGTH_LIMIT": Next.FIX_CONTENT,
    "isv.PARAM_NOT_SUPPORT_URL": Next.FIX_CONTENT,
    "isv.BLACK_KEY_CONTROL_LIMIT": Next.FIX_CONTENT,
    "isp.SYSTEM_ERROR": Next.RECONCILE,  # outcome unknown: query before resending
    # gateway refusals before anything is processed
    "SignatureDoesNotMatch": Next.FIX_CONFIG,
    "InvalidAccessKeyId.NotFound": Next.FIX_CONFIG,
    "InvalidAccessKeyId.Inactive": Next.FIX_CONFIG,
    "InvalidTimeStamp.Expired": Next.FIX_CONFIG,  # this computer's clock is wrong
    "SignatureNonceUsed": Next.RETRY_LATER,
    "Throttling.User": Next.RETRY_LATER,
    "Throttling.Api": Next.RETRY_LATER,
}


def wechat(errcode: int, errmsg: str = "") -> Verdict:
    """WeChat Official Account ``errcode``; unknown codes are reconciled, never resent."""
    return Verdict(WECHAT.get(errcode, Next.RECONCILE), str(errcode), errmsg)


def weibo(error_code: str | int, error: str = "") -> Verdict:
    """Weibo ``error_code``; unknown codes are reconciled, never resent."""
    return Verdict(WEIBO.get(str(error_code), Next.RECONCILE), str(error_code), error)


def sms(code: str, message: str = "") -> Verdict:
    """Aliyun-style SMS ``Code``; unknown codes are reconciled, never resent."""
    return Verdict(SMS.get(code, Next.RECONCILE), code, message)


def http_status(status: int, sent: bool) -> Next:
    """A transport-level answer: 429/503 before sending may be retried; after sending, reconcile."""
    if status in (429, 503) and not sent:
        return Next.RETRY_LATER
    if 500 <= status < 600:
        return Next.RECONCILE if sent else Next.RETRY_LATER
    if status in (401, 403):
        return Next.FIX_CONFIG
    return Next.RECONCILE if sent else Next.FIX_CONFIG
