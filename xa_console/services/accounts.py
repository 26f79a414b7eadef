"""Platform accounts: base URLs, public ids and options per channel (secrets: see secrets.py).

Every account starts in rehearsal mode (演练): its requests go to the bundled fake platform
server, so training and demos never touch a real account. An administrator switches an account
to live by entering the real base URL and app id and putting the secret in the OS keyring.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlparse

from sqlalchemy import select

from xa_console.db.database import Database
from xa_console.db.models_publishing import PlatformAccountRow
from xa_console.domain.errors import fail
from xa_console.domain.publishing.plans import DEFAULT_GRACE_MINUTES
from xa_console.domain.review.workflow import Role
from xa_console.services import audit
from xa_console.services.changes import Changes
from xa_console.services.channels import RESOURCES
from xa_console.services.users import User

SHIPPED_ACCOUNTS = RESOURCES / "channels" / "accounts.json"
_SHIPPED: dict[str, dict[str, Any]] = json.loads(SHIPPED_ACCOUNTS.read_text("utf-8"))["accounts"]
API_CHANNELS = tuple(_SHIPPED)  # channels sent through an HTTP API (the rest: export)
REAL_BASE_URL = {c: str(a["base_url"]) for c, a in _SHIPPED.items()}
REHEARSAL_PREFIX = {c: str(a["rehearsal_prefix"]) for c, a in _SHIPPED.items()}


@dataclass(frozen=True)
class Account:
    """One channel's account as the rest of the console sees it (no secret values)."""

    channel: str
    name: str = ""
    base_url: str = ""
    app_id: str = ""
    secret_ref: str = ""
    options: Mapping[str, Any] = field(default_factory=dict)
    enabled: bool = True

    @property
    def rehearsal(self) -> bool:
        """True while the account talks to the fake platform server."""
        return bool(self.options.get("rehearsal", True))

    @property
    def grace_minutes(self) -> int:
        """How late a due send may still go out."""
        return int(self.options.get("grace_minutes", DEFAULT_GRACE_MINUTES.get(self.channel, 60)))

    @property
    def recipients(self) -> tuple[str, ...]:
        """Configured recipients for point-to-point channels (SMS, template messages)."""
        return tuple(str(r) for r in self.options.get("recipients", ()))

    def url(self, rehearsal_url: str) -> str:
        """The base URL requests go to (the fake server's in rehearsal mode)."""
        if self.rehearsal:
            return rehearsal_url.rstrip("/") + REHEARSAL_PREFIX.get(self.channel, "")
        return self.base_url


def _dto(r: PlatformAccountRow) -> Account:
    options = dict(r.options)
    return Account(r.channel, r.name, r.base_url, r.app_id, r.secret_ref, options, r.enabled)


def check(account: Account) -> None:
    """Raise a DomainError naming the field that is wrong."""
    if not account.rehearsal:
        parsed = urlparse(account.base_url)
        if parsed.scheme not in ("https", "http") or not parsed.netloc:
            raise fail("account.bad_url", "base_url", url=account.base_url)
        if not account.app_id.strip():
            raise fail("account.app_id_required", "app_id")
        if not account.secret_ref.strip():
            raise fail("account.secret_ref_required", "secret_ref")
    grace = account.options.get("grace_minutes", 0)
    if not isinstance(grace, int) or isinstance(grace, bool) or not 0 <= grace <= 24 * 60:
        raise fail("account.bad_grace", "grace_minutes", value=grace)
    for phone in account.recipients if account.channel == "sms" else ():
        if not (phone.isdigit() and len(phone) == 11 and phone.startswith("1")):
            raise fail("account.bad_phone", "recipients", value=phone)


class AccountService:
    """Reads and edits platform accounts (administrators only)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def accounts(self) -> list[Account]:
        """Every configured account, in channel order."""
        with self.db.read() as s:
            rows = s.scalars(select(PlatformAccountRow).order_by(PlatformAccountRow.channel))
            return [_dto(r) for r in rows]

    def get(self, channel: str) -> Account:
        """The account of ``channel`` (defaults when none is stored yet)."""
        with self.db.read() as s:
            row = s.get(PlatformAccountRow, channel)
            return _dto(row) if row else Account(channel, options={"rehearsal": True})

    def save(self, actor: User, account: Account) -> Changes:
        """Store an account after checking it; audited without any secret."""
        if not actor.has(Role.ADMIN):
            raise fail("workflow.role_required", "role", role=Role.ADMIN.value)
        check(account)
        with self.db.write() as s:
            row = s.get(PlatformAccountRow, account.channel)
            if row is None:
                row = PlatformAccountRow(channel=account.channel)
                s.add(row)
            row.name, row.base_url, row.app_id = account.name, account.base_url, account.app_id
            row.secret_ref, row.options = account.secret_ref, dict(account.options)
            row.enabled = account.enabled
            s.flush()
            payload = {
                "base_url": account.base_url,
                "app_id": account.app_id,
                "secret_ref": account.secret_ref,
                "rehearsal": account.rehearsal,
                "enabled": account.enabled,
            }
            audit.append(s, actor.id, "account.save", "account", account.channel, payload)
        return Changes(releases=True)

    def seed(self) -> None:
        """Rehearsal accounts for the API channels from ``resources/channels/accounts.json``
        (existing rows are left alone)."""
        with self.db.write() as s:
            for channel in API_CHANNELS:
                if s.get(PlatformAccountRow, channel) is None:
                    options = {"rehearsal": True, **_SHIPPED[channel]["options"]}
                    s.add(
                        PlatformAccountRow(
                            channel=channel,
                            name=str(_SHIPPED[channel]["name"]),
                            base_url=REAL_BASE_URL[channel],
                            app_id="",
                            secret_ref="",
                            options=options,
                            enabled=True,
                        )
                    )
