"""The fake Aliyun-style SMS gateway (``channels.md`` §8.4): signed RPC, not idempotent.

Every request's signature v1 is verified with the configured secret. ``SendSms`` sends again
when an ``OutId`` repeats, as the real gateway does. Not thread-safe on its own: the fake
server calls it under its one lock.
"""

from __future__ import annotations

import hmac
import itertools
import json
import re
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

from xa_console.platforms.fake_common import (
    Answer,
    FakeConfig,
    FakeRequest,
    beijing,
    contains_any,
    new_id,
)
from xa_console.platforms.sms import API_VERSION, rpc_signature

ENDPOINTS = ("SendSms", "QuerySendDetails")
COMMON = ("Format", "Version", "AccessKeyId", "SignatureMethod", "Timestamp")
COMMON_MORE = ("SignatureVersion", "SignatureNonce", "Signature")
CLOCK_SKEW = 15 * 60  # seconds a Timestamp may be off; nonces are remembered as long
MAX_NUMBERS = 1000
_PHONE = re.compile(r"^(?:\+?86)?1[3-9]\d{9}$")
_TEMPLATE = re.compile(r"^SMS_\d+$")
_URLISH = re.compile(r"https?://|www\.", re.IGNORECASE)
_VARIABLE = re.compile(r"\$\{(\w+)\}")


def _gateway(status: int, code: str, message: str) -> Answer:
    return Answer(status, {"RequestId": new_id(), "Code": code, "Message": message})


def _business(code: str, message: str) -> Answer:
    return Answer(200, {"RequestId": new_id(), "Code": code, "Message": message})


class SmsFake:
    """Sent messages and their delivery reports."""

    def __init__(self, config: FakeConfig, clock: Callable[[], float]) -> None:
        self._config = config
        self._clock = clock
        self._ids = itertools.count(900_000_000_000_000_001)
        self._records: list[dict[str, Any]] = []
        self._nonces: dict[str, float] = {}

    def handle(self, req: FakeRequest) -> Answer:
        """Answer one RPC call (``Action`` is the endpoint)."""
        params = {k: str(v) for k, v in req.body.items()}
        refusal = self._check_gateway(params)
        if refusal is not None:
            return refusal
        if req.endpoint == "SendSms":
            return self._send(params)
        if req.endpoint == "QuerySendDetails":
            return self._query(params)
        return _gateway(400, "InvalidAction.NotFound", f"Specified api {req.endpoint} is not found")

    def snapshot(self) -> dict[str, Any]:
        """Every message sent (one record per number)."""
        return {"records": [{**r["dto"], "BizId": r["biz_id"]} for r in self._records]}

    # -- the gateway: parameters, clock, signature, replay --------------------------------

    def _check_gateway(self, params: Mapping[str, str]) -> Answer | None:
        for name in COMMON + COMMON_MORE:
            if not params.get(name):
                return _gateway(400, f"Missing{name}", f"{name} is mandatory for this action.")
        if params["Version"] != API_VERSION:
            return _gateway(400, "InvalidVersion", "Specified parameter Version is not valid.")
        if params["SignatureMethod"] != "HMAC-SHA1" or params["SignatureVersion"] != "1.0":
            return _gateway(400, "InvalidSignatureMethod", "Only HMAC-SHA1 1.0 is supported.")
        refusal = self._check_timestamp(params["Timestamp"])
        if refusal is not None:
            return refusal
        unsigned = {k: v for k, v in params.items() if k != "Signature"}
        expected = rpc_signature("POST", unsigned, self._config.sms_secret)
        if not hmac.compare_digest(expected, params["Signature"]):
            return _gateway(
                400, "SignatureDoesNotMatch", "Specified signature does not match our calculation."
            )
        return self._check_nonce(params["SignatureNonce"])

    def _check_timestamp(self, value: str) -> Answer | None:
        try:
            stamp = datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
        except ValueError:
            return _gateway(400, "InvalidTimeStamp.Format", "Specified time stamp is not valid.")
        if abs(stamp.timestamp() - self._clock()) > CLOCK_SKEW:
            return _gateway(400, "InvalidTimeStamp.Expired", "Specified time stamp is expired.")
        return None

    def _check_nonce(self, nonce: str) -> Answer | None:
        now = self._clock()
        self._nonces = {n: t for n, t in self._nonces.items() if now - t < CLOCK_SKEW}
        if nonce in self._nonces:
            return _gateway(
                400, "SignatureNonceUsed", "Specified signature nonce was used already."
            )
        self._nonces[nonce] = now
        return None

    # -- SendSms -------------------------------------------------------------------------------

    def _send(self, params: Mapping[str, str]) -> Answer:
        key = params.get("OutId", "")
        content, refusal = self._content(params)
        phones = [p.strip() for p in params.get("PhoneNumbers", "").split(",") if p.strip()]
        refusal = refusal or self._check_numbers(phones, params)
        if refusal is not None:
            return _business(*refusal)
        now = self._clock()
        biz_id = f"{next(self._ids)}^0"
        sent = beijing(now).strftime("%Y-%m-%d %H:%M:%S")
        for phone in phones:
            dto = {
                "PhoneNum": phone,
                "SendStatus": 3,
                "ErrCode": "DELIVERED",
                "TemplateCode": params["TemplateCode"],
                "Content": content,
                "SendDate": sent,
                "ReceiveDate": sent,
                "OutId": key,
            }
            self._records.append({"dto": dto, "biz_id": biz_id, "at": now, **_route(params)})
        body = {"RequestId": new_id(), "Code": "OK", "Message": "OK", "BizId": biz_id}
        return Answer(200, body)

    def _content(self, params: Mapping[str, str]) -> tuple[str, tuple[str, str] | None]:
        sign, code = params.get("SignName", ""), params.get("TemplateCode", "")
        if not 2 <= len(sign) <= 12:
            return "", ("isv.SMS_SIGNATURE_ILLEGAL", "签名不合法")
        if not _TEMPLATE.match(code):
            return "", ("isv.SMS_TEMPLATE_ILLEGAL", "模板不合法")
        try:
            values = json.loads(params.get("TemplateParam") or "{}")
        except ValueError:
            values = None
        if not isinstance(values, dict) or not all(isinstance(v, str) for v in values.values()):
            return "", ("isv.INVALID_JSON_PARAM", "JSON参数不合法，只接受字符串值")
        if any(_URLISH.search(v) for v in values.values()):
            return "", ("isv.PARAM_NOT_SUPPORT_URL", "不支持URL")
        text = self._config.sms_templates.get(code)
        if text is None:
            text = f"[{code}] " + "，".join(f"{k}：{v}" for k, v in values.items())
        missing = [n for n in _VARIABLE.findall(text) if n not in values]
        if missing:
            return "", ("isv.TEMPLATE_MISSING_PARAMETERS", f"模板缺少变量 {missing[0]}")
        content = f"【{sign}】" + _VARIABLE.sub(lambda m: values[m.group(1)], text)
        if contains_any([content], self._config.reject_words):
            return "", ("isv.BLACK_KEY_CONTROL_LIMIT", "黑名单管控")
        return content, None

    def _check_numbers(
        self, phones: list[str], params: Mapping[str, str]
    ) -> tuple[str, str] | None:
        if len(phones) > MAX_NUMBERS:
            return "isv.MOBILE_COUNT_OVER_LIMIT", "手机号码数量超过限制"
        if not phones or not all(_PHONE.match(p) for p in phones):
            return "isv.MOBILE_NUMBER_ILLEGAL", "非法手机号"
        now, route, limit = self._clock(), _route(params), self._config.sms_daily_limit
        for phone in phones:
            count = sum(
                1
                for r in self._records
                if r["dto"]["PhoneNum"] == phone
                and (r["sign"], r["template"]) == (route["sign"], route["template"])
                and now - r["at"] < 24 * 3600
            )
            if count >= limit:
                return "isv.BUSINESS_LIMIT_CONTROL", f"触发天级流控Permits:{limit}"
        return None

    # -- QuerySendDetails ----------------------------------------------------------------------

    def _query(self, params: Mapping[str, str]) -> Answer:
        phone, day, biz_id = (params.get(k, "") for k in ("PhoneNumber", "SendDate", "BizId"))
        try:
            wanted = datetime.strptime(day, "%Y%m%d").date()
            size, page = int(params.get("PageSize", "")), int(params.get("CurrentPage", ""))
        except ValueError:
            return _business("isv.INVALID_PARAMETERS", "参数异常")
        if not _PHONE.match(phone) or not 1 <= size <= 50 or page < 1:
            return _business("isv.INVALID_PARAMETERS", "参数异常")
        found = [
            r["dto"]
            for r in reversed(self._records)
            if r["dto"]["PhoneNum"] == phone
            and beijing(r["at"]).date() == wanted
            and (not biz_id or r["biz_id"] == biz_id)
        ]
        shown = found[(page - 1) * size : page * size]
        body = {
            "RequestId": new_id(),
            "Code": "OK",
            "Message": "OK",
            "TotalCount": len(found),
            "SmsSendDetailDTOs": {"SmsSendDetailDTO": [dict(d) for d in shown]},
        }
        return Answer(200, body)


def _route(params: Mapping[str, str]) -> dict[str, str]:
    return {"sign": params.get("SignName", ""), "template": params.get("TemplateCode", "")}
