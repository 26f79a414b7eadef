"""WeChat Official Account client (``channels.md`` §2.2–2.10): media, drafts, publish, messages.

One token cache per AppID through ``cgi-bin/stable_token``; the token only ever travels in the
``access_token`` query parameter. A call answered 40001/42001/40014 was refused before anything
happened, so it is repeated once after one forced refresh.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from xa_console.domain.publishing import errors
from xa_console.domain.publishing.errors import Next, Verdict
from xa_console.platforms.outcome import Outcome, accepted, refused, throttled
from xa_console.platforms.transport import Http, MaybeSent, NotSent, Reply

TOKEN_CODES = frozenset({40001, 40014, 42001})
RENEW_MARGIN = 300.0  # seconds of validity under which the cached token is renewed
CLIENTMSGID_MAX_BYTES = 64


class _TokenRefusedError(Exception):
    """The token endpoint answered with an error: the call itself was never made."""

    def __init__(self, outcome: Outcome) -> None:
        super().__init__(outcome.verdict.code)
        self.outcome = outcome


class WeChatClient:
    """Calls the Official Account API for one AppID; every send returns an ``Outcome``."""

    def __init__(
        self,
        http: Http,
        appid: str,
        secret: Callable[[], str],
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._http = http
        self.appid = appid
        self._secret = secret
        self._clock = clock
        self._token = ""
        self._expires_at = 0.0
        self._lock = threading.Lock()

    # -- media and drafts ------------------------------------------------------------------

    def upload_image(self, data: bytes, filename: str) -> Outcome:
        """A body image (jpg/png < 1 MB) → its mmbiz ``url`` as ``remote_id``."""
        return self._call("/cgi-bin/media/uploadimg", files={"media": (filename, data)}, key="url")

    def add_image_material(self, data: bytes, filename: str) -> Outcome:
        """A permanent image (covers need one) → ``media_id`` as ``remote_id``."""
        return self._call(
            "/cgi-bin/material/add_material",
            files={"media": (filename, data)},
            params={"type": "image"},
            key="media_id",
        )

    def add_draft(self, articles: Sequence[Mapping[str, Any]]) -> Outcome:
        """A draft of up to 8 articles → its ``media_id`` as ``remote_id``."""
        payload = {"articles": [dict(a) for a in articles]}
        return self._call("/cgi-bin/draft/add", payload, key="media_id")

    # -- publishing (no push, no quota) ----------------------------------------------------

    def submit_publish(self, media_id: str) -> Outcome:
        """Submit a draft for publishing → ``publish_id``; acceptance is not publication."""
        return self._call("/cgi-bin/freepublish/submit", {"media_id": media_id}, key="publish_id")

    def get_publish(self, publish_id: str) -> Outcome:
        """A publish job's state: ``data`` has publish_status, article_id, article_detail."""
        return self._call("/cgi-bin/freepublish/get", {"publish_id": publish_id}, key="")

    def batchget_published(self, offset: int = 0, count: int = 20) -> Outcome:
        """Published articles, newest first: ``data["item"]`` (article_id, update_time, content)."""
        if not 1 <= count <= 20:
            raise ValueError("count must be 1–20")
        payload = {"offset": offset, "count": count, "no_content": 0}
        return self._call("/cgi-bin/freepublish/batchget", payload, key="")

    # -- messages ----------------------------------------------------------------------------

    def send_template(
        self,
        openid: str,
        template_id: str,
        data: Mapping[str, str],
        *,
        url: str = "",
        client_msg_id: str,
    ) -> Outcome:
        """A template message; ``client_msg_id`` is de-duplicated per openid for 10 minutes."""
        if not client_msg_id:
            raise ValueError("client_msg_id is required (it makes a resend harmless)")
        payload: dict[str, Any] = {
            "touser": openid,
            "template_id": template_id,
            "client_msg_id": client_msg_id,
            "data": {name: {"value": value} for name, value in data.items()},
        }
        if url:
            payload["url"] = url
        return self._call("/cgi-bin/message/template/send", payload, key="msgid")

    def send_subscribe(
        self, openid: str, template_id: str, data: Mapping[str, str], *, page: str = ""
    ) -> Outcome:
        """A subscribe notification (订阅通知); the platform returns no message id."""
        payload: dict[str, Any] = {
            "touser": openid,
            "template_id": template_id,
            "data": {name: {"value": value} for name, value in data.items()},
        }
        if page:
            payload["page"] = page
        return self._call("/cgi-bin/message/subscribe/bizsend", payload, key="")

    def mass_sendall(
        self, media_id: str, clientmsgid: str, *, to_all: bool = True, tag_id: int | None = None
    ) -> Outcome:
        """Mass-send a draft; 45065 (already sent) carries the existing ``msg_id`` as remote_id."""
        if not 1 <= len(clientmsgid.encode("utf-8")) <= CLIENTMSGID_MAX_BYTES:
            raise ValueError("clientmsgid must be 1–64 bytes")
        if not to_all and tag_id is None:
            raise ValueError("a send that is not to all needs a tag_id")
        audience: dict[str, Any] = {"is_to_all": to_all}
        if tag_id is not None:
            audience["tag_id"] = tag_id
        payload = {
            "filter": audience,
            "mpnews": {"media_id": media_id},
            "msgtype": "mpnews",
            "send_ignore_reprint": 0,
            "clientmsgid": clientmsgid,
        }
        return self._call("/cgi-bin/message/mass/sendall", payload, key="msg_id")

    def mass_get(self, msg_id: str) -> Outcome:
        """A mass send's status (``data["msg_status"]``)."""
        return self._call("/cgi-bin/message/mass/get", {"msg_id": msg_id}, key="msg_id")

    # -- plumbing ----------------------------------------------------------------------------

    def _call(
        self,
        path: str,
        payload: Mapping[str, Any] | None = None,
        *,
        files: Mapping[str, tuple[str, bytes]] | None = None,
        params: Mapping[str, str] | None = None,
        key: str,
    ) -> Outcome:
        try:
            reply = self._send(path, payload, files, params, force=False)
            if _errcode(reply) in TOKEN_CODES:  # refused before processing: refresh, retry once
                reply = self._send(path, payload, files, params, force=True)
        except _TokenRefusedError as refusal:
            return refusal.outcome
        return _outcome(reply, key)

    def _send(
        self,
        path: str,
        payload: Mapping[str, Any] | None,
        files: Mapping[str, tuple[str, bytes]] | None,
        params: Mapping[str, str] | None,
        *,
        force: bool,
    ) -> Reply:
        query = {**(params or {}), "access_token": self._access_token(force=force)}
        if files is not None:
            return self._http.post_form(path, {}, files=files, params=query)
        return self._http.post_json(path, payload or {}, params=query)

    def _access_token(self, *, force: bool) -> str:
        with self._lock:
            now = self._clock()
            if not force and self._token and now < self._expires_at - RENEW_MARGIN:
                return self._token
            data = self._fetch_token(force)
            self._token = str(data["access_token"])
            self._expires_at = now + float(data.get("expires_in", 7200))
            return self._token

    def _fetch_token(self, force: bool) -> Mapping[str, Any]:
        payload = {
            "grant_type": "client_credential",
            "appid": self.appid,
            "secret": self._secret(),
            "force_refresh": force,
        }
        try:
            reply = self._http.post_json("/cgi-bin/stable_token", payload)
        except MaybeSent as error:  # a token request has no effect: the call was never made
            raise NotSent("token_unavailable", f"stable_token: {error.detail}") from None
        limited = throttled(reply)
        if limited is not None:
            raise _TokenRefusedError(limited)
        code = _errcode(reply)
        if code:
            verdict = errors.wechat(code, str(reply.data.get("errmsg", "")))
            if verdict.next is Next.REFRESH_TOKEN:  # from the token endpoint: a wrong AppSecret
                verdict = Verdict(Next.FIX_CONFIG, verdict.code, verdict.message)
            raise _TokenRefusedError(Outcome(verdict, data=reply.data))
        if not reply.data.get("access_token"):
            raise NotSent("token_unavailable", f"stable_token answered HTTP {reply.status}")
        return reply.data


def _errcode(reply: Reply) -> int | None:
    raw = reply.data.get("errcode")
    if raw is None:
        return None
    try:
        return int(raw)
    except (TypeError, ValueError):
        return -999_999  # unreadable: unknown codes are reconciled


def _outcome(reply: Reply, key: str) -> Outcome:
    limited = throttled(reply)
    if limited is not None:
        return limited
    code = _errcode(reply)
    if code is None and reply.status != 200:
        return refused(reply)
    verdict = errors.wechat(code or 0, str(reply.data.get("errmsg", "")))
    raw_id = reply.data.get(key) if key else None
    return accepted(verdict, "" if raw_id is None else str(raw_id), reply.data, key)
