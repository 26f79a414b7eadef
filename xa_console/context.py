"""The application context: settings, database and services, built once and passed down."""

from __future__ import annotations

import os
import socket
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from xa_console.config import Settings, config_dir, load_settings
from xa_console.db.database import Database, default_sqlite_url
from xa_console.domain.errors import DomainError
from xa_console.services.accounts import AccountService
from xa_console.services.audit import AuditService
from xa_console.services.channels import ChannelService
from xa_console.services.clients import ClientFactory
from xa_console.services.dispatch import Dispatcher
from xa_console.services.drafting import DraftingService
from xa_console.services.holidays import HolidayService
from xa_console.services.recovery import RecoveryStore
from xa_console.services.releases import ReleaseService
from xa_console.services.review import ReviewService
from xa_console.services.rules import RuleService
from xa_console.services.scheduling import SchedulerService
from xa_console.services.secrets import SecretStore
from xa_console.services.setup import init_database, needs_init
from xa_console.services.templates import TemplateService
from xa_console.services.users import CurrentUser, UserService


@dataclass(frozen=True)
class AppContext:
    """Everything a front end (GUI or CLI) needs; built by :func:`build_context`."""

    settings: Settings
    db: Database
    rules: RuleService
    holidays: HolidayService
    channels: ChannelService
    templates: TemplateService
    drafting: DraftingService
    recovery: RecoveryStore
    users: UserService
    current: CurrentUser
    review: ReviewService
    audit: AuditService
    accounts: AccountService
    secrets: SecretStore
    releases: ReleaseService


def resolve_db_url(explicit: str | None, settings: Settings) -> str:
    """``--db`` beats ``XA_CONSOLE_DB`` beats the settings file beats the embedded default."""
    return explicit or os.environ.get("XA_CONSOLE_DB") or settings.db_url or default_sqlite_url()


def build_context(
    db_url: str | None = None,
    *,
    auto_init: bool = True,
    demo: bool = True,
    settings: Settings | None = None,
) -> AppContext:
    """Open the database (creating and seeding it on first start when ``auto_init``)."""
    settings = settings or load_settings()
    db = Database(resolve_db_url(db_url, settings))
    if auto_init and needs_init(db):
        init_database(db, demo=demo)
    rules = RuleService(db, settings.city_id)
    channels, templates = ChannelService(db), TemplateService(db)
    users, current = UserService(db), CurrentUser()
    if not needs_init(db) and users.single_seat():
        current.user = next(iter(users.users()), None)  # the single-seat administrator
    drafting = DraftingService(
        db,
        rules,
        channels,
        templates,
        link_url=settings.public_link,
        chars_per_minute=settings.reading_speed_cpm,
        current=current,
    )
    recovery = RecoveryStore(config_dir() / "recovery")
    review, accounts = ReviewService(db), AccountService(db)
    releases = ReleaseService(db, rules, channels, drafting, accounts, tz=_city_tz(rules))
    return AppContext(
        settings,
        db,
        rules,
        HolidayService(db),
        channels,
        templates,
        drafting,
        recovery,
        users,
        current,
        review,
        AuditService(db),
        accounts,
        SecretStore(),
        releases,
    )


def build_scheduler(
    ctx: AppContext,
    rehearsal_url: Callable[[], str],
    *,
    mode: str = "console",
    tick_seconds: float = 30.0,
    on_event: Callable[[str, dict[str, Any]], None] | None = None,
) -> SchedulerService:
    """The dispatcher and scheduler for this database (not started: call ``start()``)."""
    clients = ClientFactory(ctx.accounts, ctx.secrets, rehearsal_url)
    worker = f"{socket.gethostname()}:{os.getpid()}"
    dispatcher = Dispatcher(
        ctx.db, ctx.review, ctx.rules, ctx.drafting, ctx.accounts, clients, worker=worker
    )
    service = SchedulerService(
        ctx.db,
        dispatcher,
        mode=mode,
        tz=_city_tz(ctx.rules),
        tick_seconds=tick_seconds,
        on_event=on_event,
    )
    ctx.releases.on_change = service.wakeup
    return service


def _city_tz(rules: RuleService) -> str:
    """The city's IANA zone (Asia/Shanghai before the database has a city)."""
    try:
        return rules.city().timezone
    except (DomainError, SQLAlchemyError):  # no city yet, or a database still to be created
        return "Asia/Shanghai"
