"""Platform accounts and secrets: the keyring holds the secret, nothing else ever does."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from typing import Any

import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from publishing_helpers import Clock, sign
from sqlalchemy import text

from xa_console.domain.drafting.facts import DraftKind
from xa_console.domain.errors import DomainError
from xa_console.domain.publishing.outbox import OutboxState as S
from xa_console.services.dispatch import Dispatcher
from xa_console.services.releases import ReleaseService
from xa_console.services.secrets import SecretStore

SECRET = "wx-secret-5f2c9e0b7d"  # a made-up value the test looks for everywhere


class MemoryKeyring(KeyringBackend):
    """A secure-looking in-memory backend for tests."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


def code(fn: Any) -> str:
    with pytest.raises(DomainError) as e:
        fn()
    return e.value.code


def test_insecure_keyrings_are_refused() -> None:
    for backend in (fail.Keyring(), null.Keyring()):
        store = SecretStore(backend)
        assert not store.status().usable
        assert code(lambda store=store: store.set("wechat:wx1", SECRET)) == "keyring.unavailable"
        assert not store.has("wechat:wx1")
    good = SecretStore(MemoryKeyring())
    assert good.status().usable
    good.set("wechat:wx1", SECRET)
    assert good.get("wechat:wx1") == SECRET and good.has("wechat:wx1")
    assert code(lambda: good.get("weibo:none")) == "secret.missing"
    assert code(lambda: good.set("wechat:wx1", "  ")) == "secret.empty"


def test_accounts_are_checked_and_audited_without_secrets(ctx: Any, team: Any) -> None:
    admin, editor = team["admin"], team["editor"]
    account = ctx.accounts.get("wechat_article")
    assert account.rehearsal and account.name == "西安交警（订阅号）"
    live = dataclasses.replace(
        account,
        base_url="ftp://api.weixin.qq.com",
        app_id="wx0123456789abcdef",
        secret_ref="wechat:wx0123456789abcdef",
        options={**account.options, "rehearsal": False},
    )
    assert code(lambda: ctx.accounts.save(admin, live)) == "account.bad_url"
    assert ctx.accounts.get("wechat_article").rehearsal  # nothing saved
    live = dataclasses.replace(live, base_url="https://api.weixin.qq.com")
    assert code(lambda: ctx.accounts.save(editor, live)) == "workflow.role_required"
    ctx.accounts.save(admin, live)
    assert not ctx.accounts.get("wechat_article").rehearsal
    bad = dataclasses.replace(
        ctx.accounts.get("sms"), options={**ctx.accounts.get("sms").options, "recipients": ["123"]}
    )
    assert code(lambda: ctx.accounts.save(admin, bad)) == "account.bad_phone"


def test_a_live_account_without_its_secret_fails_loudly_and_leaks_nothing(
    ctx: Any, team: Any, releases: ReleaseService, dispatcher: Dispatcher, clock: Clock, fake: Any
) -> None:
    keyring = MemoryKeyring()
    dispatcher.clients.secrets = SecretStore(keyring)
    account = ctx.accounts.get("weibo")
    live = dataclasses.replace(
        account,
        base_url=f"{fake.url}/weibo",
        app_id="3052151210",
        secret_ref="weibo:3052151210",
        options={**account.options, "rehearsal": False},
    )
    ctx.accounts.save(team["admin"], live)
    draft = sign(ctx, team, DraftKind.DAILY, date(2023, 3, 1))
    releases.schedule(team["editor"], draft, ["weibo"], datetime(2023, 3, 1, 6, 30))
    clock.local(2023, 3, 1, 6, 31)
    dispatcher.tick()
    (send,) = releases.sends()
    assert send.state is S.FAILED and send.last_code == "secret.missing"  # an admin must act
    assert not fake.log()  # nothing was sent
    dispatcher.clients.secrets.set("weibo:3052151210", SECRET)
    releases.decide(team["editor"], send.id, "retry")
    clock.advance(minutes=10)
    dispatcher.tick()
    (send,) = releases.sends()
    assert send.state is S.SENT and len(fake.log()) == 1
    with ctx.db.read() as s:  # the secret is in no table, not even the audit payloads
        for table in ("platform_account", "audit_log", "outbox", "release"):
            rows = s.execute(text(f"SELECT * FROM {table}")).all()
            assert SECRET not in repr(rows), table
