"""Faults the fake platforms inject on demand (``POST /_fake/faults``), each for N requests.

An endpoint names one API (``freepublish/submit``, ``statuses/share``, ``SendSms``) or a whole
platform (``wechat``, ``weibo``, ``sms``). ``hang_before_read`` acts before the body is read,
when SMS actions (named in the body) cannot be told apart: for SMS it takes ``sms``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any

from xa_console.platforms import fake_sms, fake_wechat, fake_weibo
from xa_console.platforms.fake_common import Answer

ENDPOINTS: dict[str, tuple[str, ...]] = {
    "wechat": fake_wechat.ENDPOINTS,
    "weibo": fake_weibo.ENDPOINTS,
    "sms": fake_sms.ENDPOINTS,
}
NO_EFFECT = frozenset({"http_500", "http_503", "errcode"})
HANGS = frozenset({"hang_after_accept", "hang_before_read"})
KINDS = NO_EFFECT | HANGS | {"expire_token", "reset_after_accept"}
_DEFAULT_SECONDS = {"http_503": 1.0, "hang_after_accept": 5.0, "hang_before_read": 5.0}


@dataclass
class Fault:
    """One armed fault; ``times`` counts down with each request it applies to."""

    endpoint: str
    fault: str
    times: int = 1
    code: str | int | None = None
    seconds: float = 0.0

    @classmethod
    def parse(cls, spec: Mapping[str, Any]) -> Fault:
        """A fault from its JSON form; anything unknown or ill-typed is a ``ValueError``."""
        unknown = set(spec) - {"endpoint", "fault", "times", "code", "seconds"}
        if unknown:
            raise ValueError(f"unknown fault field(s): {sorted(unknown)}")
        endpoint, kind = spec.get("endpoint"), spec.get("fault")
        if kind not in KINDS:
            raise ValueError(f"unknown fault {kind!r}; expected one of {sorted(KINDS)}")
        if not isinstance(endpoint, str) or not _known(endpoint):
            raise ValueError(f"unknown endpoint {endpoint!r}")
        if kind == "hang_before_read" and endpoint in fake_sms.ENDPOINTS:
            raise ValueError("hang_before_read cannot see the SMS action: use endpoint 'sms'")
        times, code = spec.get("times", 1), spec.get("code")
        if not isinstance(times, int) or isinstance(times, bool) or times < 1:
            raise ValueError("times must be a positive integer")
        if kind == "errcode" and not isinstance(code, str | int):
            raise ValueError("the errcode fault needs a code")
        seconds = spec.get("seconds", _DEFAULT_SECONDS.get(kind, 0.0))
        if not isinstance(seconds, int | float) or isinstance(seconds, bool) or seconds < 0:
            raise ValueError("seconds must be a non-negative number")
        return cls(endpoint, kind, times, code, float(seconds))

    def matches(self, platform: str, endpoint: str, *, before_read: bool) -> bool:
        """Whether this fault applies to a request at this stage."""
        if (self.fault == "hang_before_read") != before_read:
            return False
        return self.endpoint in (platform, endpoint)

    def public(self) -> dict[str, Any]:
        """The JSON form."""
        return asdict(self)

    def answer(self, platform: str) -> Answer:
        """The reply of a no-effect fault (the request is not processed)."""
        if self.fault == "http_500":
            return Answer(
                500, {}, html="<html><body><h1>500 Internal Server Error</h1></body></html>"
            )
        if self.fault == "http_503":
            retry = str(math.ceil(self.seconds))
            page = "<html><body><h1>503 Service Unavailable</h1></body></html>"
            return Answer(503, {}, headers=(("Retry-After", retry),), html=page)
        message = "fault injected by the rehearsal server"
        if platform == "wechat":
            return Answer(200, {"errcode": int(self.code or 0), "errmsg": message})
        if platform == "weibo":
            body = {"request": fake_weibo.REQUEST, "error_code": str(self.code), "error": message}
            return Answer(400, body)
        return Answer(200, {"RequestId": "fault", "Code": str(self.code), "Message": message})


def _known(endpoint: str) -> bool:
    return endpoint in ENDPOINTS or any(endpoint in names for names in ENDPOINTS.values())


def take(faults: list[Fault], platform: str, endpoint: str, *, before_read: bool) -> Fault | None:
    """The first armed fault for this request, counted down (and dropped when spent)."""
    for fault in faults:
        if fault.matches(platform, endpoint, before_read=before_read):
            fault.times -= 1
            if fault.times <= 0:
                faults.remove(fault)
            return fault
    return None
