"""Weibo client (``channels.md`` §3): ``statuses/share``, the one open posting API.

The user's OAuth token travels in the form body, never in a URL. Errors come back as
``{request, error_code, error}`` (HTTP 400/403) and map through ``errors.weibo``.
"""

from __future__ import annotations

from collections.abc import Callable

from xa_console.domain.publishing import errors
from xa_console.platforms.outcome import Outcome, accepted, refused, throttled
from xa_console.platforms.transport import Http, Reply

_DONE = errors.Verdict(errors.Next.DONE, "0")


class WeiboClient:
    """Posts to one authorised Weibo account."""

    def __init__(self, http: Http, token: Callable[[], str]) -> None:
        self._http = http
        self._token = token

    def share(
        self,
        status: str,
        *,
        pic: bytes | None = None,
        pic_name: str = "card.png",
        rip: str = "127.0.0.1",
    ) -> Outcome:
        """Post ``status`` (with an optional picture) → the new post's ``idstr`` as remote_id."""
        form = {"access_token": self._token(), "status": status, "rip": rip}
        files = {"pic": (pic_name, pic)} if pic is not None else None
        reply = self._http.post_form("/2/statuses/share.json", form, files=files)
        return _outcome(reply)


def _outcome(reply: Reply) -> Outcome:
    limited = throttled(reply)
    if limited is not None:
        return limited
    code = reply.data.get("error_code")
    if code is not None:
        return Outcome(errors.weibo(str(code), str(reply.data.get("error", ""))), data=reply.data)
    if reply.status != 200:
        return refused(reply)
    raw_id = reply.data.get("idstr") or reply.data.get("id")
    return accepted(_DONE, "" if raw_id is None else str(raw_id), reply.data, "idstr")
