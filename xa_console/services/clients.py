"""Builds platform clients from accounts: base URL (or the rehearsal server), public id, and a
secret fetched from the keyring only when a request needs it.

One client per account is kept, so WeChat's access token is cached once per AppID.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from xa_console.platforms.sms import SmsClient
from xa_console.platforms.transport import Http
from xa_console.platforms.wechat import WeChatClient
from xa_console.platforms.weibo import WeiboClient
from xa_console.services.accounts import Account, AccountService
from xa_console.services.secrets import REHEARSAL_SECRET, SecretStore


class ClientFactory:
    """Hands out one client per channel account, rebuilt when the account changes."""

    def __init__(
        self,
        accounts: AccountService,
        secrets: SecretStore,
        rehearsal_url: Callable[[], str],
        *,
        read_timeout: float = 15.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.accounts, self.secrets, self.rehearsal_url = accounts, secrets, rehearsal_url
        self.read_timeout, self.clock = read_timeout, clock
        self._cache: dict[str, tuple[tuple[Any, ...], Any, Http]] = {}
        self._lock = threading.Lock()

    def _secret(self, account: Account) -> Callable[[], str]:
        if account.rehearsal:
            return lambda: REHEARSAL_SECRET
        return lambda: self.secrets.get(account.secret_ref)

    def _client(self, channel: str, build: Callable[[Http, Account], Any]) -> Any:
        account = self.accounts.get(channel)
        url = account.url(self.rehearsal_url())
        sig = (url, account.app_id, account.secret_ref, account.rehearsal)
        with self._lock:
            cached = self._cache.get(channel)
            if cached and cached[0] == sig:
                return cached[1]
            if cached:
                cached[2].close()
            http = Http(url, read_timeout=self.read_timeout)
            client = build(http, account)
            self._cache[channel] = (sig, client, http)
            return client

    def wechat(self, channel: str) -> WeChatClient:
        """The WeChat client of ``channel``'s account."""
        client: WeChatClient = self._client(
            channel,
            lambda http, a: WeChatClient(http, a.app_id or "wx-rehearsal", self._secret(a)),
        )
        return client

    def weibo(self, channel: str) -> WeiboClient:
        """The Weibo client (the secret is the account's OAuth access token)."""
        client: WeiboClient = self._client(
            channel, lambda http, a: WeiboClient(http, self._secret(a))
        )
        return client

    def sms(self, channel: str) -> SmsClient:
        """The SMS gateway client."""
        client: SmsClient = self._client(
            channel,
            lambda http, a: SmsClient(
                http,
                a.app_id or "rehearsal-key",
                self._secret(a),
                str(a.options.get("sign_name", "")),
                clock=self.clock,
            ),
        )
        return client

    def close(self) -> None:
        """Close every HTTP session."""
        with self._lock:
            for _sig, _client, http in self._cache.values():
                http.close()
            self._cache.clear()
