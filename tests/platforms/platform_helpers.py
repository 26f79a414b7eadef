"""Shared by the platform tests: credentials, a tiny PNG and the fake's control API client."""

from __future__ import annotations

from typing import Any

import requests

WECHAT_SECRET = "wx-app-secret-0123456789"
WEIBO_TOKEN = "2.00weibo-user-token-abcdef"
SMS_SECRET = "rehearsal-secret"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


class Control:
    """The fake's control API, called over HTTP as the console's rehearsal mode would."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.session = requests.Session()

    def call(self, method: str, name: str, body: Any = None) -> requests.Response:
        """One control request."""
        return self.session.request(method, f"{self.base}/_fake/{name}", json=body, timeout=5)

    def log(self, endpoint: str | None = None) -> list[dict[str, Any]]:
        """The fake's request log, optionally for one endpoint."""
        entries: list[dict[str, Any]] = self.call("GET", "log").json()
        return [e for e in entries if endpoint is None or e["endpoint"] == endpoint]

    def fault(self, endpoint: str, fault: str, **extra: Any) -> None:
        """Arm a fault; the fake must accept it."""
        reply = self.call("POST", "faults", {"endpoint": endpoint, "fault": fault, **extra})
        assert reply.status_code == 200, reply.text

    def config(self, **changes: Any) -> None:
        """Change the fake's settings; it must accept them."""
        reply = self.call("POST", "config", changes)
        assert reply.status_code == 200, reply.text

    def state(self) -> dict[str, Any]:
        """Everything the fake platforms hold."""
        state: dict[str, Any] = self.call("GET", "state").json()
        return state


def current_token(base_url: str, appid: str = "wx-rehearsal") -> str:
    """The token the fake hands out for ``appid`` (stable_token repeats a valid one)."""
    payload = {"grant_type": "client_credential", "appid": appid}
    payload |= {"secret": WECHAT_SECRET, "force_refresh": False}
    with requests.Session() as session:
        reply = session.post(f"{base_url}/wechat/cgi-bin/stable_token", json=payload, timeout=5)
    token = reply.json()["access_token"]
    assert isinstance(token, str)
    return token
