"""Shared pieces of the fake platforms: configuration, parsed requests, answers, redaction."""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field, fields
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

BEIJING = timezone(timedelta(hours=8))
MASK = "***"
_SECRET_KEYS = frozenset(
    {"access_token", "secret", "signature", "authorization", "accesskeysecret", "refresh_token"}
)


@dataclass
class FakeConfig:
    """Knobs of the fake platforms, changed through ``POST /_fake/config``."""

    token_ttl: float = 7200.0  # WeChat access_token lifetime, seconds
    publish_delay: float = 0.3  # seconds a freepublish job / mass send stays "in progress"
    reject_words: list[str] = field(default_factory=lambda: ["违禁测试词"])
    minute_limit: int | None = None  # WeChat calls per AppID per minute (45011); None = off
    weibo_safe_domain: str = "jj.xa.example.cn"
    weibo_expired_tokens: list[str] = field(default_factory=list)  # answered 21327
    weibo_hourly_limit: int = 30  # posts per token per rolling hour (20016)
    sms_secret: str = "rehearsal-secret"  # the AccessKey secret requests must be signed with
    sms_daily_limit: int = 50  # per number + sign + template, rolling 24 h
    sms_templates: dict[str, str] = field(default_factory=dict)  # TemplateCode -> text ${var}

    def update(self, changes: Mapping[str, Any]) -> None:
        """Apply ``changes``; an unknown key or a value of the wrong type is a ``ValueError``."""
        known = {f.name: f for f in fields(self)}
        for name, value in changes.items():
            if name not in known:
                raise ValueError(f"unknown setting {name!r}")
            setattr(self, name, _checked(name, getattr(self, name), value))

    def public(self) -> dict[str, Any]:
        """The settings with the SMS secret masked."""
        return {**asdict(self), "sms_secret": MASK}


def _checked(name: str, current: Any, value: Any) -> Any:
    if name == "minute_limit" and value is None:
        return None
    if isinstance(current, float) or name == "minute_limit":
        ok = isinstance(value, int | float) and not isinstance(value, bool) and value >= 0
        return (int(value) if name == "minute_limit" else float(value)) if ok else _bad(name)
    if isinstance(current, int):
        ok = isinstance(value, int) and not isinstance(value, bool) and value >= 0
        return value if ok else _bad(name)
    if isinstance(current, list):
        ok = isinstance(value, list) and all(isinstance(v, str) for v in value)
        return list(value) if ok else _bad(name)
    if isinstance(current, dict):
        ok = isinstance(value, dict) and all(isinstance(v, str) for v in value.values())
        return dict(value) if ok else _bad(name)
    return value if isinstance(value, str) else _bad(name)


def _bad(name: str) -> Any:
    raise ValueError(f"wrong type for setting {name!r}")


@dataclass(frozen=True)
class FakeRequest:
    """One platform request as the fake sees it once read."""

    platform: str  # "wechat" | "weibo" | "sms"
    endpoint: str  # e.g. "freepublish/submit", "statuses/share", "SendSms"
    path: str
    query: dict[str, str]
    body: dict[str, Any]  # the JSON object or the form fields
    files: dict[str, tuple[str, bytes]] = field(default_factory=dict)
    raw: bytes = b""
    bad_json: bool = False

    def view(self) -> dict[str, Any]:
        """What the log records: query, body and file sizes, secrets masked."""
        shown: dict[str, Any] = {}
        if self.query:
            shown["query"] = self.query
        if self.body:
            shown["body"] = self.body
        if self.files:
            shown["files"] = {
                k: {"filename": n, "bytes": len(b)} for k, (n, b) in self.files.items()
            }
        return dict(redact_fields(shown))


@dataclass(frozen=True)
class Answer:
    """What the fake answers: HTTP status, JSON body, extra headers."""

    status: int
    body: dict[str, Any]
    headers: tuple[tuple[str, str], ...] = ()
    html: str = ""  # a non-JSON body (gateway error pages)

    def encoded(self) -> tuple[bytes, str]:
        """The response body and its content type."""
        if self.html:
            return self.html.encode("utf-8"), "text/html; charset=utf-8"
        return json.dumps(self.body, ensure_ascii=False).encode("utf-8"), "application/json"


def redact_fields(value: Any) -> Any:
    """``value`` with every token, secret and signature field masked, recursively."""
    if isinstance(value, dict):
        return {k: MASK if _is_secret(k) else redact_fields(v) for k, v in value.items()}
    if isinstance(value, list):
        return [redact_fields(v) for v in value]
    return value


def _is_secret(key: object) -> bool:
    name = str(key).lower()
    return name in _SECRET_KEYS or name.endswith(("_secret", "_token"))


def contains_any(texts: Iterable[str], words: Iterable[str]) -> bool:
    """True when any of ``words`` occurs in any of ``texts``."""
    pool = [t for t in texts if t]
    return any(w and w in t for w in words for t in pool)


def new_id(prefix: str = "") -> str:
    """A random opaque identifier."""
    return f"{prefix}{secrets.token_hex(12)}"


def iso_utc(ts: float) -> str:
    """``ts`` as ISO 8601 UTC with milliseconds and a Z."""
    return datetime.fromtimestamp(ts, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def beijing(ts: float) -> datetime:
    """``ts`` as Beijing wall-clock time (platform days and dates)."""
    return datetime.fromtimestamp(ts, BEIJING)
