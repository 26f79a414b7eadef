"""The fake WeChat Official Account API (``channels.md`` §2), faithful enough to rehearse with.

Not thread-safe on its own: the fake server calls it under its one lock.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from xa_console.platforms.fake_common import (
    Answer,
    FakeConfig,
    FakeRequest,
    beijing,
    contains_any,
    new_id,
)

ENDPOINTS = (
    "stable_token",
    "media/uploadimg",
    "material/add_material",
    "draft/add",
    "freepublish/submit",
    "freepublish/get",
    "freepublish/batchget",
    "message/template/send",
    "message/subscribe/bizsend",
    "message/mass/sendall",
    "message/mass/get",
)
FORCE_REFRESH_PER_DAY = 20
TEMPLATE_DEDUPE_SECONDS = 600
MASS_DEDUPE_SECONDS = 24 * 3600
_ESCAPED = re.compile(rb"(?<!\\)\\u[0-9a-fA-F]{4}")
_IMAGE_TYPES = (".jpg", ".jpeg", ".png")


def _ok(**fields: Any) -> Answer:
    return Answer(200, {"errcode": 0, "errmsg": "ok", **fields})


def _err(code: int, message: str, **extra: Any) -> Answer:
    return Answer(200, {"errcode": code, "errmsg": message, **extra})


@dataclass
class _Token:
    appid: str
    expires_at: float
    revoked: bool = False


@dataclass
class _Job:
    """A freepublish job; its status follows from the clock (1 → 0, or 4 when rejected)."""

    publish_id: str
    media_id: str
    articles: list[dict[str, Any]]
    submitted_at: float
    rejected: bool
    article_id: str = field(default_factory=lambda: new_id("art-"))
    urls: list[str] = field(default_factory=list)


class WeChatFake:
    """Tokens, materials, drafts, publish jobs and messages of the fake Official Account."""

    def __init__(self, config: FakeConfig, clock: Callable[[], float]) -> None:
        self._config = config
        self._clock = clock
        self._ids = itertools.count(1_000_000_001)
        self._tokens: dict[str, _Token] = {}
        self._current: dict[str, str] = {}
        self._forced: dict[tuple[str, str], int] = {}
        self._minutes: dict[tuple[str, int], int] = {}
        self._materials: dict[str, str] = {}
        self._drafts: dict[str, list[dict[str, Any]]] = {}
        self._used_drafts: set[str] = set()
        self._jobs: dict[str, _Job] = {}
        self._templates: list[dict[str, Any]] = []
        self._subscribes: list[dict[str, Any]] = []
        self._mass: list[dict[str, Any]] = []

    def handle(self, req: FakeRequest) -> Answer:
        """Answer one API call."""
        if req.endpoint == "stable_token":
            return self._stable_token(req)
        handler = getattr(self, "_" + req.endpoint.replace("/", "_"), None)
        if handler is None:
            return Answer(404, {"errcode": 40066, "errmsg": f"invalid url {req.path}"})
        if req.bad_json:
            return _err(47001, "data format error")
        refusal = self._authorise(req.query.get("access_token", ""))
        if refusal is not None:
            return refusal
        answer: Answer = handler(req.body, req)
        return answer

    def expire_tokens(self) -> None:
        """Every token issued so far expires now (the ``expire_token`` fault)."""
        now = self._clock()
        for token in self._tokens.values():
            token.expires_at = min(token.expires_at, now)

    def snapshot(self) -> dict[str, Any]:
        """Published articles, jobs, messages and mass sends (no tokens)."""
        return {
            "published": self._published(),
            "publish_jobs": [
                {"publish_id": j.publish_id, "status": self._status(j)} for j in self._jobs.values()
            ],
            "drafts": len(self._drafts),
            "template_messages": list(self._templates),
            "subscribe_messages": list(self._subscribes),
            "mass_sends": list(self._mass),
        }

    # -- tokens ------------------------------------------------------------------------------

    def _stable_token(self, req: FakeRequest) -> Answer:
        body = req.body
        appid, secret = str(body.get("appid", "")), str(body.get("secret", ""))
        if body.get("grant_type") != "client_credential":
            return _err(40002, "invalid grant_type")
        if not appid or appid == "bad":
            return _err(40013, "invalid appid")
        if not secret:
            return _err(40125, "invalid appsecret")
        now, ttl = self._clock(), self._config.token_ttl
        current = self._tokens.get(self._current.get(appid, ""))
        if body.get("force_refresh") is not True:
            # the same token while valid; a new one in its last minutes (min(300 s, ttl/2))
            if current and not current.revoked and current.expires_at - now > min(300, ttl / 2):
                return Answer(
                    200,
                    {
                        "access_token": self._current[appid],
                        "expires_in": int(current.expires_at - now),
                    },
                )
            return self._issue(appid, now, ttl)
        day = (appid, beijing(now).date().isoformat())
        if self._forced.get(day, 0) >= FORCE_REFRESH_PER_DAY:
            return _err(45009, "reach max api daily quota limit")
        self._forced[day] = self._forced.get(day, 0) + 1
        for token in self._tokens.values():
            if token.appid == appid:
                token.revoked = True  # a forced refresh invalidates the previous token
        return self._issue(appid, now, ttl)

    def _issue(self, appid: str, now: float, ttl: float) -> Answer:
        value = new_id("fake-at-") + new_id()
        self._tokens[value] = _Token(appid, now + ttl)
        self._current[appid] = value
        return Answer(200, {"access_token": value, "expires_in": int(ttl)})

    def _authorise(self, value: str) -> Answer | None:
        if not value:
            return _err(41001, "access_token missing")
        token = self._tokens.get(value)
        if token is None or token.revoked:
            return _err(40001, "invalid credential, access_token is invalid or not latest")
        now = self._clock()
        if now >= token.expires_at:
            return _err(42001, "access_token expired")
        limit = self._config.minute_limit
        minute = (token.appid, int(now // 60))
        if limit is not None and self._minutes.get(minute, 0) >= limit:
            return _err(45011, "api minute-quota reach limit")
        self._minutes[minute] = self._minutes.get(minute, 0) + 1
        return None

    # -- media and drafts ----------------------------------------------------------------------

    def _media_uploadimg(self, body: dict[str, Any], req: FakeRequest) -> Answer:
        refusal = _check_image(req, 1024 * 1024)
        if refusal is not None:
            return refusal
        return Answer(200, {"url": f"http://mmbiz.qpic.cn/mmbiz_png/{new_id()}/0?wx_fmt=png"})

    def _material_add_material(self, body: dict[str, Any], req: FakeRequest) -> Answer:
        if req.query.get("type") not in ("image", "thumb", "voice", "video"):
            return _err(40004, "invalid media type")
        refusal = _check_image(req, 10 * 1024 * 1024)
        if refusal is not None:
            return refusal
        media_id = new_id("fake-mat-")
        self._materials[media_id] = f"http://mmbiz.qpic.cn/mmbiz_png/{new_id()}/0?wx_fmt=png"
        return Answer(200, {"media_id": media_id, "url": self._materials[media_id]})

    def _draft_add(self, body: dict[str, Any], req: FakeRequest) -> Answer:
        if _ESCAPED.search(req.raw):
            return _err(40033, "invalid charset. please check your request, if include \\uxxxx")
        articles = body.get("articles")
        if not isinstance(articles, list) or not 1 <= len(articles) <= 8:
            return _err(47001, "data format error")
        for article in articles:
            refusal = self._check_article(article)
            if refusal is not None:
                return refusal
        media_id = new_id("fake-draft-")
        self._drafts[media_id] = [dict(a) for a in articles]
        return Answer(200, {"media_id": media_id})

    def _check_article(self, article: Any) -> Answer | None:
        if not isinstance(article, dict):
            return _err(47001, "data format error")
        title, content = str(article.get("title") or ""), str(article.get("content") or "")
        if not 1 <= len(title) <= 32:
            return _err(45003, "title size out of limit")
        if not content or len(content) >= 20_000 or len(content.encode("utf-8")) >= 1 << 20:
            return _err(45002, "content size out of limit")
        if len(str(article.get("author") or "")) > 16:
            return _err(45110, "author size out of limit")
        news = article.get("article_type", "news") == "news"
        if news and article.get("thumb_media_id") not in self._materials:
            return _err(40007, "invalid media_id")
        return None

    # -- freepublish -------------------------------------------------------------------------

    def _freepublish_submit(self, body: dict[str, Any], req: FakeRequest) -> Answer:
        media_id = str(body.get("media_id", ""))
        articles = self._drafts.get(media_id)
        if articles is None or media_id in self._used_drafts:
            return _err(40007, "invalid media_id")
        words = self._config.reject_words
        rejected = any(
            contains_any((str(a.get(k, "")) for k in ("title", "digest", "content")), words)
            for a in articles
        )
        job = _Job(str(next(self._ids)), media_id, articles, self._clock(), rejected)
        job.urls = [f"https://mp.weixin.qq.com/s/rehearsal-{new_id()}" for _ in articles]
        self._jobs[job.publish_id] = job
        if not rejected:
            self._used_drafts.add(media_id)  # a published draft leaves the draft box
        return _ok(publish_id=job.publish_id, msg_data_id=str(next(self._ids)))

    def _freepublish_get(self, body: dict[str, Any], req: FakeRequest) -> Answer:
        job = self._jobs.get(str(body.get("publish_id", "")))
        if job is None:
            return _err(40007, "invalid publish_id")
        status = self._status(job)
        answer: dict[str, Any] = {"publish_id": job.publish_id, "publish_status": status}
        if status == 0:
            answer["article_id"] = job.article_id
            items = [{"idx": i + 1, "article_url": url} for i, url in enumerate(job.urls)]
            answer["article_detail"] = {"count": len(items), "item": items}
            answer["fail_idx"] = []
        elif status == 4:
            answer["fail_idx"] = list(range(1, len(job.articles) + 1))
        return _ok(**answer)

    def _freepublish_batchget(self, body: dict[str, Any], req: FakeRequest) -> Answer:
        offset, count = body.get("offset", 0), body.get("count", 0)
        if not isinstance(offset, int) or not isinstance(count, int) or not 1 <= count <= 20:
            return _err(40097, "invalid args")
        published = self._published(with_content=body.get("no_content", 0) == 0)
        page = published[offset : offset + count]
        return _ok(total_count=len(published), item_count=len(page), item=page)

    def _status(self, job: _Job) -> int:
        if self._clock() - job.submitted_at < self._config.publish_delay:
            return 1
        return 4 if job.rejected else 0

    def _published(self, with_content: bool = False) -> list[dict[str, Any]]:
        done = [j for j in self._jobs.values() if self._status(j) == 0]
        done.sort(key=lambda j: j.submitted_at, reverse=True)
        return [self._published_item(j, with_content) for j in done]

    def _published_item(self, job: _Job, with_content: bool) -> dict[str, Any]:
        updated = int(job.submitted_at + self._config.publish_delay)
        news = []
        for article, url in zip(job.articles, job.urls, strict=True):
            item = {k: article.get(k, "") for k in ("title", "author", "digest", "thumb_media_id")}
            item.update(url=url, is_deleted=False)
            if with_content:
                item["content"] = article.get("content", "")
            news.append(item)
        content = {"news_item": news, "create_time": int(job.submitted_at), "update_time": updated}
        return {"article_id": job.article_id, "content": content, "update_time": updated}

    # -- messages ----------------------------------------------------------------------------

    def _message_template_send(self, body: dict[str, Any], req: FakeRequest) -> Answer:
        openid, key = str(body.get("touser", "")), str(body.get("client_msg_id", ""))
        now = self._clock()
        for sent in self._templates:
            recent = now - sent["at"] < TEMPLATE_DEDUPE_SECONDS
            if key and recent and (sent["touser"], sent["client_msg_id"]) == (openid, key):
                return _ok(msgid=sent["msgid"])  # the same msgid, no second delivery
        refusal = _check_message(body, follower_needed=True)
        if refusal is not None:
            return refusal
        record = {"msgid": next(self._ids), "touser": openid, "client_msg_id": key, "at": now}
        record.update(template_id=body.get("template_id"), data=body.get("data"))
        self._templates.append(record)
        return _ok(msgid=record["msgid"])

    def _message_subscribe_bizsend(self, body: dict[str, Any], req: FakeRequest) -> Answer:
        refusal = _check_message(body, follower_needed=False)
        if refusal is not None:
            return refusal
        record = {k: body.get(k) for k in ("touser", "template_id", "data", "page")}
        self._subscribes.append({**record, "at": self._clock()})
        return _ok()

    def _message_mass_sendall(self, body: dict[str, Any], req: FakeRequest) -> Answer:
        key, now = str(body.get("clientmsgid", "")), self._clock()
        if len(key.encode("utf-8")) > 64:
            return _err(45067, "clientmsgid size out of limit")
        for sent in self._mass:
            if key and sent["clientmsgid"] == key and now - sent["at"] < MASS_DEDUPE_SECONDS:
                return _err(45065, "clientmsgid exist", msg_id=sent["msg_id"])
        media_id = str((body.get("mpnews") or {}).get("media_id", ""))
        if body.get("msgtype") != "mpnews" or media_id not in self._drafts:
            return _err(40007, "invalid media_id")
        audience = body.get("filter") or {}
        to_all = audience.get("is_to_all") is True
        today = beijing(now).date()
        if to_all and any(m["is_to_all"] and beijing(m["at"]).date() == today for m in self._mass):
            return _err(45028, "has no masssend quota")
        record = {"msg_id": next(self._ids), "msg_data_id": next(self._ids), "clientmsgid": key}
        record.update(media_id=media_id, is_to_all=to_all, tag_id=audience.get("tag_id"), at=now)
        record["rejected"] = any(
            contains_any(
                (str(a.get("title", "")), str(a.get("content", ""))), self._config.reject_words
            )
            for a in self._drafts[media_id]
        )
        self._mass.append(record)
        if to_all:
            self._used_drafts.add(media_id)
        return _ok(msg_id=record["msg_id"], msg_data_id=record["msg_data_id"])

    def _message_mass_get(self, body: dict[str, Any], req: FakeRequest) -> Answer:
        wanted = str(body.get("msg_id", ""))
        for sent in self._mass:
            if str(sent["msg_id"]) == wanted:
                if self._clock() - sent["at"] < self._config.publish_delay:
                    status = "SENDING"
                else:
                    status = "SEND_FAIL" if sent["rejected"] else "SEND_SUCCESS"
                return _ok(msg_id=sent["msg_id"], msg_status=status)
        return _err(40007, "invalid msg_id")


def _check_image(req: FakeRequest, limit: int) -> Answer | None:
    media = req.files.get("media")
    if media is None:
        return _err(41005, "media data missing")
    name, data = media
    if not name.lower().endswith(_IMAGE_TYPES):
        return _err(40005, "invalid file type")
    if len(data) > limit:
        return _err(40009, "invalid image size")
    return None


def _check_message(body: dict[str, Any], *, follower_needed: bool) -> Answer | None:
    openid = str(body.get("touser", ""))
    if not openid:
        return _err(40003, "invalid openid")
    if follower_needed and openid.startswith("o_unfollow"):
        return _err(43004, "require subscribe")
    if not follower_needed and openid.startswith("o_refused"):
        return _err(43101, "user refuse to accept the msg")
    if not body.get("template_id"):
        return _err(40037, "invalid template_id")
    data = body.get("data")
    if not isinstance(data, dict) or not data:
        return _err(47003, "argument invalid! data invalid")
    for name, value in data.items():
        if not isinstance(value, dict) or not isinstance(value.get("value"), str):
            return _err(47003, f"argument invalid! data.{name}.value invalid")
    return None
