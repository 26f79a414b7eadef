"""Aliyun-style SMS client (dysmsapi 2017-05-25, RPC style, signature v1; ``channels.md`` §8.4).

``SendSms`` is not idempotent: every send carries ``OutId`` so that an unclear outcome can be
settled with ``QuerySendDetails`` instead of a second message.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any
from urllib.parse import quote

from xa_console.domain.publishing import errors
from xa_console.domain.publishing.errors import Next, Verdict, http_status
from xa_console.platforms.outcome import Outcome, accepted, refused, throttled
from xa_console.platforms.transport import Http, Reply

API_VERSION = "2017-05-25"


def percent_encode(text: str) -> str:
    """RFC 3986 encoding as Aliyun signs it: only ``A-Za-z0-9-_.~`` stay as they are."""
    return quote(text, safe="~")


def rpc_signature(method: str, params: Mapping[str, str], secret: str) -> str:
    """Signature v1: base64 HMAC-SHA1 of ``METHOD&%2F&enc(sorted query)`` with ``secret&``."""
    canonical = "&".join(
        f"{percent_encode(k)}={percent_encode(v)}" for k, v in sorted(params.items())
    )
    to_sign = f"{method}&{percent_encode('/')}&{percent_encode(canonical)}"
    digest = hmac.new(f"{secret}&".encode(), to_sign.encode(), hashlib.sha1).digest()
    return base64.b64encode(digest).decode("ascii")


def _new_nonce() -> str:
    return uuid.uuid4().hex


class SmsClient:
    """Sends notification SMS under one approved signature and reads delivery details."""

    def __init__(
        self,
        http: Http,
        access_key_id: str,
        secret: Callable[[], str],
        sign_name: str,
        *,
        clock: Callable[[], float] = time.time,
        nonce: Callable[[], str] = _new_nonce,
    ) -> None:
        self._http = http
        self.access_key_id = access_key_id
        self._secret = secret
        self.sign_name = sign_name
        self._clock = clock
        self._nonce = nonce

    def send(
        self, phone: str, template_code: str, params: Mapping[str, str], out_id: str
    ) -> Outcome:
        """One ``SendSms``; ``out_id`` (always sent) finds the message again; remote_id = BizId."""
        if not out_id:
            raise ValueError("out_id is required: SendSms is not idempotent")
        action = {
            "Action": "SendSms",
            "PhoneNumbers": phone,
            "SignName": self.sign_name,
            "TemplateCode": template_code,
            "TemplateParam": json.dumps(dict(params), ensure_ascii=False, separators=(",", ":")),
            "OutId": out_id,
        }
        return _outcome(self._post(action), "BizId")

    def query(self, phone: str, send_date: date, *, biz_id: str = "") -> Outcome:
        """``QuerySendDetails`` for one number and day; ``data["details"]`` lists the messages."""
        action = {
            "Action": "QuerySendDetails",
            "PhoneNumber": phone,
            "SendDate": send_date.strftime("%Y%m%d"),
            "PageSize": "50",
            "CurrentPage": "1",
        }
        if biz_id:
            action["BizId"] = biz_id
        reply = self._post(action)
        outcome = _outcome(reply, "")
        return replace(outcome, data={**reply.data, "details": _details(reply.data)})

    def _post(self, action: Mapping[str, str]) -> Reply:
        params = {
            "Format": "JSON",
            "Version": API_VERSION,
            "AccessKeyId": self.access_key_id,
            "SignatureMethod": "HMAC-SHA1",
            "Timestamp": datetime.fromtimestamp(self._clock(), UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "SignatureVersion": "1.0",
            "SignatureNonce": self._nonce(),
            **action,
        }
        params["Signature"] = rpc_signature("POST", params, self._secret())
        return self._http.post_form("/", params)


def _details(data: Mapping[str, Any]) -> list[dict[str, Any]]:
    wrapper = data.get("SmsSendDetailDTOs")
    items = wrapper.get("SmsSendDetailDTO") if isinstance(wrapper, dict) else None
    return (
        [dict(item) for item in items if isinstance(item, dict)] if isinstance(items, list) else []
    )


def _outcome(reply: Reply, key: str) -> Outcome:
    limited = throttled(reply)
    if limited is not None:
        return limited
    code = reply.data.get("Code")
    message = str(reply.data.get("Message", ""))
    if code is None:
        if reply.status != 200:
            return refused(reply)
        return Outcome(Verdict(Next.RECONCILE, "missing_Code", message), data=reply.data)
    code = str(code)
    if reply.status >= 400 and code not in errors.SMS:
        # a gateway refusal (SignatureDoesNotMatch, InvalidTimeStamp...): nothing was sent
        step = Next.RETRY_LATER if code.startswith("Throttling") else None
        verdict = Verdict(step or http_status(reply.status, sent=False), code, message)
        return Outcome(verdict, data=reply.data)
    raw_id = reply.data.get(key) if key else None
    return accepted(
        errors.sms(code, message), "" if raw_id is None else str(raw_id), reply.data, key
    )
