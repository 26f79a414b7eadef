"""The fake Weibo ``statuses/share`` (``channels.md`` §3): limits, safe domain, dedupe, rate.

Not thread-safe on its own: the fake server calls it under its one lock.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from collections.abc import Callable
from typing import Any

from xa_console.domain.channels.counting import weibo_weight
from xa_console.platforms.fake_common import Answer, FakeConfig, FakeRequest, beijing, contains_any

ENDPOINTS = ("statuses/share",)
REQUEST = "/2/statuses/share.json"
MAX_WEIGHT = 140
DUPLICATE_SECONDS = 24 * 3600
PIC_LIMIT = 5 * 1024 * 1024
_URL_HOST = re.compile(r"https?://([^/\s?#:]+)", re.IGNORECASE)
_TOPIC = re.compile(r"#[^#\s]+#")
_MAGIC = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"GIF87a", b"GIF89a")
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
USER = {"id": 1_900_000_001, "idstr": "1900000001", "screen_name": "西安交警（演练）"}


def _error(code: str, message: str) -> Answer:
    return Answer(400, {"request": REQUEST, "error_code": code, "error": message})


def _created_at(ts: float) -> str:
    """Weibo's ``created_at`` (English names whatever the process locale)."""
    t = beijing(ts)
    return f"{_DAYS[t.weekday()]} {_MONTHS[t.month - 1]} {t:%d %H:%M:%S} +0800 {t.year}"


class WeiboFake:
    """Posts of the fake Weibo account."""

    def __init__(self, config: FakeConfig, clock: Callable[[], float]) -> None:
        self._config = config
        self._clock = clock
        self._ids = itertools.count(5_000_000_000_000_001)
        self._posts: list[dict[str, Any]] = []

    def handle(self, req: FakeRequest) -> Answer:
        """Answer one API call."""
        if req.endpoint != "statuses/share":
            return Answer(404, {"request": req.path, "error_code": "10014", "error": "no api"})
        token = str(req.body.get("access_token") or req.query.get("access_token") or "")
        status = str(req.body.get("status", ""))
        refusal = self._check_auth(token) or self._check_text(status) or _check_pic(req)
        if refusal is None:
            refusal = self._check_history(_owner(token), status)
        return refusal or self._post(_owner(token), status, req)

    def snapshot(self) -> dict[str, Any]:
        """The posts made so far (without tokens)."""
        return {"posts": [{k: v for k, v in p.items() if k != "owner"} for p in self._posts]}

    def _check_auth(self, token: str) -> Answer | None:
        if not token:
            return _error("21332", "invalid_access_token")
        if token in self._config.weibo_expired_tokens:
            return _error("21327", "expired_token")
        return None

    def _check_text(self, status: str) -> Answer | None:
        if not status.strip():
            return _error("10016", "miss required parameter (status)")
        if weibo_weight(status) > MAX_WEIGHT:
            return _error("20012", "Text too long, please input text less than 140 characters!")
        if _TOPIC.search(status):
            return _error("10008", "param error, see doc for more info (topics)")
        if contains_any([status], self._config.reject_words):
            return _error("20021", "Content is illegal!")
        domain = self._config.weibo_safe_domain.lower()
        hosts = [h.lower() for h in _URL_HOST.findall(status)]
        if not any(h == domain or h.endswith("." + domain) for h in hosts):
            return _error("20018", "Contain illegal website!")
        return None

    def _check_history(self, owner: str, status: str) -> Answer | None:
        now = self._clock()
        mine = [p for p in self._posts if p["owner"] == owner]
        if any(p["text"] == status and now - p["at"] < DUPLICATE_SECONDS for p in mine):
            return _error("20019", "Repeated weibo text!")
        if sum(1 for p in mine if now - p["at"] < 3600) >= self._config.weibo_hourly_limit:
            return _error("20016", "Update weibo too fast!")
        return None

    def _post(self, owner: str, status: str, req: FakeRequest) -> Answer:
        now, number = self._clock(), next(self._ids)
        post: dict[str, Any] = {
            "created_at": _created_at(now),
            "id": number,
            "idstr": str(number),
            "mid": str(number),
            "text": status,
            "source": '<a href="" rel="nofollow">XA Console rehearsal</a>',
            "user": dict(USER),
        }
        if "pic" in req.files:
            post["original_pic"] = f"https://wx1.sinaimg.cn/large/rehearsal{number}.jpg"
        self._posts.append({**post, "owner": owner, "at": now})
        return Answer(200, post)


def _owner(token: str) -> str:
    """Posts are counted per token; the state keeps a digest, never the token."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()[:16]


def _check_pic(req: FakeRequest) -> Answer | None:
    pic = req.files.get("pic")
    if pic is None:
        return None
    data = pic[1]
    if not data.startswith(_MAGIC):
        return _error("20005", "Unsupported image type, only suport JPG, GIF, PNG!")
    if len(data) >= PIC_LIMIT:
        return _error("20006", "Image size too large.")
    return None
