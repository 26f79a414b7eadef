"""Fixtures for releases and publishing: a team, signed notices, a settable clock, the fake
platform server on loopback, and a dispatcher wired to it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from publishing_helpers import PW, Clock

from xa_console.services.clients import ClientFactory
from xa_console.services.dispatch import Dispatcher
from xa_console.services.releases import ReleaseService
from xa_console.services.users import User


@pytest.fixture
def clock() -> Clock:
    # 2023-02-28 06:00 in Xi'an: the day before a restriction day (Wednesday 3/8)
    return Clock(datetime(2023, 2, 27, 22, 0, tzinfo=UTC))


@pytest.fixture
def team(ctx: Any) -> dict[str, User]:
    admin = ctx.users.get("admin")
    ctx.users.set_password(admin, admin.id, PW)
    made = {"admin": admin}
    for name, roles in (("editor", ["editor"]), ("reviewer", ["reviewer"]), ("signer", ["signer"])):
        made[name], _ = ctx.users.create(admin, name, name, PW, roles)
    return made


@pytest.fixture
def releases(ctx: Any, clock: Clock) -> ReleaseService:
    return ReleaseService(ctx.db, ctx.rules, ctx.channels, ctx.drafting, ctx.accounts, clock=clock)


@pytest.fixture
def fake(clock: Clock) -> Iterator[Any]:
    """The fake platforms on loopback, living on the test's clock (its dates match ours)."""
    from xa_console.platforms.fake_server import FakePlatforms

    server = FakePlatforms(publish_delay=60, clock=lambda: clock().timestamp())
    server.start()
    yield server
    server.stop()


@pytest.fixture
def dispatcher(ctx: Any, clock: Clock, fake: Any) -> Iterator[Dispatcher]:
    import random

    clients = ClientFactory(
        ctx.accounts,
        ctx.secrets,
        lambda: fake.url,
        read_timeout=1.0,
        clock=lambda: clock().timestamp(),
    )
    d = Dispatcher(
        ctx.db,
        ctx.review,
        ctx.rules,
        ctx.drafting,
        ctx.accounts,
        clients,
        worker="test",
        clock=clock,
        rng=random.Random(7),
    )
    yield d
    clients.close()
