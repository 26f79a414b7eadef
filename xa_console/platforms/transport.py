"""HTTP for the platform clients: a timeout on every call, no retries, every failure classified.

``reliability.md`` §2.2–2.3: a failure before anything reached the platform raises ``NotSent``
(safe to retry); a failure after the request may have been processed raises ``MaybeSent``
(reconcile, never resend blindly). Platform answers, errors included, come back as ``Reply``.
"""

from __future__ import annotations

import json
import mimetypes
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.exceptions import MaxRetryError, NewConnectionError, ReadTimeoutError
from urllib3.util.retry import Retry

_SECRET = re.compile(
    r"(?i)(access_?token|accesskeysecret|secret|signature|authorization)"
    r"([\"']?\s*[:=]\s*[\"']?|%3D|%253D)"
    r"((?:bearer\s+|basic\s+|oauth2\s+)?[^\s\"'&,;}]+)"
)
# TLS errors that can only happen while connecting, before any byte of the request is sent
_TLS_BEFORE_SEND = (
    "certificate verify failed",
    "certificate_verify_failed",
    "handshake",
    "wrong_version_number",
    "wrong version number",
    "unsupported_protocol",
    "hostname",
)


def redact(text: str) -> str:
    """``text`` with the values of access tokens, secrets, signatures and credentials masked."""
    return _SECRET.sub(r"\1\2***", text)


class NotSent(Exception):  # noqa: N818 (the name says what the caller may do)
    """Nothing can have reached the platform: safe to try again later."""

    def __init__(self, code: str, detail: str = "") -> None:
        self.code = code
        self.detail = redact(detail)
        super().__init__(f"{code}: {self.detail}" if self.detail else code)


class MaybeSent(Exception):  # noqa: N818
    """The platform may have processed the request: reconcile, never resend blindly."""

    def __init__(self, code: str, status: int | None = None, detail: str = "") -> None:
        self.code = code
        self.status = status
        self.detail = redact(detail)
        super().__init__(f"{code}: {self.detail}" if self.detail else code)


@dataclass(frozen=True)
class Reply:
    """A platform's answer: HTTP status, the JSON object and the raw ``Retry-After`` header."""

    status: int
    data: dict[str, Any]
    retry_after: str | None = None


class Http:
    """A ``requests`` session bound to one base URL; see the module docstring for the contract.

    A no-retry adapter is mounted for ``base_url`` (also on a session passed in); ``close()``
    closes only a session this object created.
    """

    def __init__(
        self,
        base_url: str,
        *,
        connect_timeout: float = 3.05,
        read_timeout: float = 15.0,
        session: requests.Session | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = (connect_timeout, read_timeout)
        self._owns_session = session is None
        self._session = session if session is not None else requests.Session()
        # requests' own default made explicit: no retry at all, read errors re-raised as they are
        adapter = HTTPAdapter(max_retries=Retry(total=0, read=False))
        self._session.mount(self.base_url + "/", adapter)

    def get(self, path: str, params: Mapping[str, str] | None = None) -> Reply:
        """GET ``path``: safe to repeat, but a read timeout still raises ``MaybeSent``."""
        url = self._url(path)
        try:
            response = self._session.get(
                url, params=params, timeout=self.timeout, allow_redirects=False
            )
        except requests.RequestException as error:
            raise _classify(error) from None
        return self._reply("GET", response)

    def post_json(
        self, path: str, payload: Mapping[str, Any], params: Mapping[str, str] | None = None
    ) -> Reply:
        """POST ``payload`` as literal UTF-8 JSON (WeChat rejects ``\\uXXXX`` escapes: 40033)."""
        body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        headers = {"Content-Type": "application/json; charset=utf-8"}
        url = self._url(path)
        try:
            response = self._session.post(
                url,
                data=body,
                params=params,
                headers=headers,
                timeout=self.timeout,
                allow_redirects=False,
            )
        except requests.RequestException as error:
            raise _classify(error) from None
        return self._reply("POST", response)

    def post_form(
        self,
        path: str,
        data: Mapping[str, str],
        files: Mapping[str, tuple[str, bytes]] | None = None,
        params: Mapping[str, str] | None = None,
    ) -> Reply:
        """POST a form: URL-encoded, or multipart when ``files`` maps a field to (name, bytes)."""
        parts = None
        if files:
            parts = {
                field: (name, content, mimetypes.guess_type(name)[0] or "application/octet-stream")
                for field, (name, content) in files.items()
            }
        url = self._url(path)
        try:
            response = self._session.post(
                url,
                data=dict(data),
                files=parts,
                params=params,
                timeout=self.timeout,
                allow_redirects=False,
            )
        except requests.RequestException as error:
            raise _classify(error) from None
        return self._reply("POST", response)

    def close(self) -> None:
        """Close the session (only when this object created it)."""
        if self._owns_session:
            self._session.close()

    def __enter__(self) -> Http:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _url(self, path: str) -> str:
        return f"{self.base_url}/{path.lstrip('/')}"

    def _reply(self, method: str, response: requests.Response) -> Reply:
        with response:
            status = response.status_code
            retry_after = response.headers.get("Retry-After")
            data = _json_object(response.content)
            where = redact(f"{method} {response.url}")
        if status == 429 or (status == 503 and retry_after):
            return Reply(status, data or {}, retry_after)  # refused before processing
        if status >= 500:
            raise MaybeSent("http_5xx", status, f"HTTP {status} from {where}")
        if data is None:
            if 400 <= status < 500:
                return Reply(status, {}, retry_after)  # a gateway's refusal without a JSON body
            raise MaybeSent("bad_reply", status, f"HTTP {status} without a JSON object: {where}")
        return Reply(status, data, retry_after)


def _json_object(content: bytes) -> dict[str, Any] | None:
    try:
        value = json.loads(content.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    return value if isinstance(value, dict) else None


def _reason(error: requests.RequestException) -> object:
    """The urllib3 error under a requests error (unwrapping ``MaxRetryError``)."""
    inner = error.args[0] if error.args else None
    return inner.reason if isinstance(inner, MaxRetryError) else inner


def _classify(error: requests.RequestException) -> NotSent | MaybeSent:
    """Sort a requests failure into 'nothing sent' and 'may have been processed'."""
    detail = f"{type(error).__name__}: {error}"
    if isinstance(error, requests.exceptions.ConnectTimeout):
        return NotSent("connect_timeout", detail)
    if isinstance(error, requests.exceptions.ReadTimeout):
        return MaybeSent("read_timeout", None, detail)
    if isinstance(
        error,
        requests.exceptions.InvalidURL
        | requests.exceptions.MissingSchema
        | requests.exceptions.InvalidSchema,
    ):
        return NotSent("connect_error", detail)
    if isinstance(error, requests.exceptions.ProxyError):  # raised before the proxy was reached
        return NotSent("connect_error", detail)
    if isinstance(error, requests.exceptions.SSLError):
        if any(marker in detail.lower() for marker in _TLS_BEFORE_SEND):
            return NotSent("connect_error", detail)
        return MaybeSent("connection_lost", None, detail)
    reason = _reason(error)
    if isinstance(reason, NewConnectionError):  # refused, unreachable, DNS failure
        return NotSent("connect_error", detail)
    if isinstance(reason, ReadTimeoutError):
        return MaybeSent("read_timeout", None, detail)
    return MaybeSent("connection_lost", None, detail)  # reset or closed once the request was out
