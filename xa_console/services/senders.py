"""How each API channel's approved text becomes platform requests, and how an unknown outcome
is looked up afterwards.

Only the last request of a send publishes anything (``freepublish/submit``, ``sendall``,
``template/send``, ``statuses/share``, ``SendSms``). A failure in the steps before it (token,
image upload, draft) cannot have published: it is raised as :class:`NothingPublishedError` so the
dispatcher may retry it. A lost answer to the publishing request is never retried here.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from xa_console.domain.errors import DomainError
from xa_console.domain.publishing.errors import Next
from xa_console.platforms.outcome import Outcome
from xa_console.platforms.transport import MaybeSent, NotSent
from xa_console.services.accounts import Account
from xa_console.services.clients import ClientFactory


class NothingPublishedError(Exception):
    """A preparation step failed: nothing can have been published, a retry is safe."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(code)
        self.code, self.detail = code, detail


@dataclass(frozen=True)
class Send:
    """Everything one send needs (no secrets: the client factory fetches those)."""

    channel: str
    key: str
    target: str
    fields: Mapping[str, str]
    card_png: bytes = b""
    account: Account = field(default_factory=lambda: Account(""))


@dataclass(frozen=True)
class Lookup:
    """What a status query found: ``found`` True/False, or None when it could not tell."""

    found: bool | None
    remote_id: str = ""
    remote_url: str = ""
    remote_status: str = ""


def article_html(body: str) -> str:
    """Plain paragraphs as the HTML WeChat expects (escaped; blank lines separate paragraphs)."""
    paras = [p.strip() for p in body.split("\n") if p.strip()]
    return "".join(f"<p>{html.escape(p)}</p>" for p in paras)


def _prep(outcome: Outcome) -> Outcome:
    """A preparation step's answer: failures that need a person pass through, others retry."""
    if outcome.ok or outcome.verdict.next in (Next.FIX_CONFIG, Next.FIX_CONTENT):
        return outcome
    raise NothingPublishedError(outcome.verdict.code, outcome.verdict.message)


def _guard(step: str, fn: Any, *args: Any, **kw: Any) -> Outcome:
    try:
        result: Outcome = fn(*args, **kw)
    except (NotSent, MaybeSent) as e:
        raise NothingPublishedError(f"{step}.{e.code}") from e
    return _prep(result)


def _final(outcome: Outcome) -> Outcome:
    """The publishing request's answer: a platform "system error" after it received the
    request is an unknown outcome (reliability.md §2.2), never a reason to send again."""
    if outcome.verdict.next is Next.RETRY_LATER and outcome.verdict.code in _SERVER_ERRORS:
        return replace(outcome, verdict=replace(outcome.verdict, next=Next.RECONCILE))
    return outcome


_SERVER_ERRORS = frozenset({"-1", "10001"})  # WeChat "system busy", Weibo "system error"


def send(clients: ClientFactory, item: Send) -> Outcome:
    """Make the requests for one send; raises NotSent/MaybeSent/NothingPublishedError."""
    return _final(_send(clients, item))


def _send(clients: ClientFactory, item: Send) -> Outcome:
    ch = item.channel
    if ch == "wechat_article":
        return _wechat_article(clients, item)
    if ch == "wechat_reminder":
        opts = item.account.options
        data = {k: v for k, v in item.fields.items() if k != "text"}
        wx = clients.wechat(ch)
        return wx.send_template(
            item.target,
            str(opts.get("template_id", "")),
            data,
            url=str(opts.get("url", "")),
            client_msg_id=item.key,
        )
    if ch == "weibo":
        rip = str(item.account.options.get("rip", "127.0.0.1"))
        pic = item.card_png or None
        return clients.weibo(ch).share(item.fields["status"], pic=pic, rip=rip)
    if ch == "sms":
        opts = item.account.options
        params = {str(opts.get("param_name", "content")): item.fields["body"]}
        template = str(opts.get("template_code", ""))
        return clients.sms(ch).send(item.target, template, params, out_id=item.key)
    raise NothingPublishedError("channel.no_api", ch)


def _wechat_article(clients: ClientFactory, item: Send) -> Outcome:
    wx = clients.wechat(item.channel)
    thumb = _guard("thumb", wx.add_image_material, item.card_png, "cover.png")
    if not thumb.ok:
        return thumb
    article = {
        "title": item.fields.get("title", ""),
        "author": item.fields.get("author", ""),
        "digest": item.fields.get("digest", ""),
        "content": article_html(item.fields.get("body", "")),
        "thumb_media_id": thumb.remote_id,
        "need_open_comment": 0,
        "only_fans_can_comment": 0,
    }
    draft = _guard("draft", wx.add_draft, [article])
    if not draft.ok:
        return draft
    if item.account.options.get("mass_send"):
        return wx.mass_sendall(draft.remote_id, item.key)  # pushes to followers: scarce quota
    return wx.submit_publish(draft.remote_id)


def awaits_publication(item: Send) -> bool:
    """An accepted WeChat ``freepublish`` job still has to pass review before it is public."""
    return item.channel == "wechat_article" and not item.account.options.get("mass_send")


def lookup(clients: ClientFactory, item: Send, sending_at: datetime, local_day: date) -> Lookup:
    """Ask the platform whether an unknown send went out (None: no status API or no answer)."""
    try:
        if awaits_publication(item):
            return _find_article(clients, item, sending_at)
        if item.channel == "sms":
            return _find_sms(clients, item, local_day)
    except (NotSent, MaybeSent, DomainError):  # no answer, or no secret: a person decides
        return Lookup(None)
    return Lookup(None)


def _find_article(clients: ClientFactory, item: Send, sending_at: datetime) -> Lookup:
    answer = clients.wechat(item.channel).batchget_published(0, 20)
    if not answer.ok:
        return Lookup(None)
    title = item.fields.get("title", "")
    since = sending_at.timestamp() - 120
    for entry in answer.data.get("item", []):
        news = entry.get("content", {}).get("news_item", [])
        if float(entry.get("update_time", 0)) >= since and any(
            n.get("title") == title for n in news
        ):
            url = next((str(n.get("url", "")) for n in news if n.get("title") == title), "")
            return Lookup(True, str(entry.get("article_id", "")), url, "published")
    return Lookup(False)


def _find_sms(clients: ClientFactory, item: Send, local_day: date) -> Lookup:
    answer = clients.sms(item.channel).query(item.target, local_day)
    if not answer.ok:
        return Lookup(None)
    for d in answer.data.get("details", []):
        if d.get("OutId") == item.key:
            status = {1: "waiting_receipt", 2: "failed", 3: "delivered"}.get(
                int(d.get("SendStatus", 0)), ""
            )
            return Lookup(True, f"OutId:{item.key}", "", status)
    return Lookup(False)


def poll_article(clients: ClientFactory, channel: str, publish_id: str) -> Lookup:
    """``freepublish/get``: published (with URL), still publishing (None), or rejected."""
    try:
        answer = clients.wechat(channel).get_publish(publish_id)
    except (NotSent, MaybeSent, DomainError):
        return Lookup(None)
    if not answer.ok:
        return Lookup(None)
    status = int(answer.data.get("publish_status", 1))
    if status == 1:
        return Lookup(None, remote_status="publishing")
    if status == 0:
        items = answer.data.get("article_detail", {}).get("item", [])
        url = str(items[0].get("article_url", "")) if items else ""
        return Lookup(True, str(answer.data.get("article_id", "")), url, "published")
    if status in (5, 6):  # it was published, then deleted by a user / banned: it did go out
        return Lookup(True, remote_status=f"publish_status_{status}")
    return Lookup(False, remote_status=f"publish_status_{status}")  # 2, 3, 4: not published
