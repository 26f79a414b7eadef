"""Create or migrate the database and load what ships with the console (rules, holidays, demo)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from xa_console.db import migrate
from xa_console.db.database import Database
from xa_console.db.models import CityRow, NoticeRow
from xa_console.domain.rulefile import RuleFile, read_rule_file
from xa_console.services.accounts import AccountService
from xa_console.services.channels import ChannelService
from xa_console.services.holidays import HolidayService
from xa_console.services.mapping import fill_notice_row
from xa_console.services.users import UserService

RESOURCES = Path(__file__).resolve().parent.parent.parent / "resources"
SHIPPED_RULES = RESOURCES / "rules"


@dataclass(frozen=True)
class InitReport:
    """What ``init`` did."""

    migrated_from: str | None
    migrated_to: str | None
    notices_loaded: int
    holiday_years_seeded: int


def load_rule_file(db: Database, rule_file: RuleFile) -> int:
    """Insert a city and its notices unless the city already has notices; returns notices added."""
    city = rule_file.city
    with db.write() as s:
        row = s.get(CityRow, city.id)
        if row is None:
            s.add(
                CityRow(
                    id=city.id,
                    name_zh=city.name_zh,
                    local_plate_prefixes=list(city.local_plate_prefixes),
                    timezone=city.timezone,
                )
            )
            s.flush()
        count = s.scalar(select(func.count(NoticeRow.id)).where(NoticeRow.city_id == city.id)) or 0
        if count:
            return 0
        for notice in rule_file.notices:
            nrow = NoticeRow()
            fill_notice_row(nrow, notice)
            s.add(nrow)
    return len(rule_file.notices)


def read_rules_path(path: Path) -> RuleFile:
    """Read a rules JSON file (DomainError on bad content, OSError/ValueError on a bad file)."""
    return read_rule_file(json.loads(path.read_text(encoding="utf-8")))


def init_database(db: Database, demo: bool = False) -> InitReport:
    """Migrate to the newest schema, then load shipped rules and seed the holiday table."""
    before = migrate.current_revision(db.engine)
    migrate.upgrade(db.engine)
    after = migrate.current_revision(db.engine)
    loaded = sum(
        load_rule_file(db, read_rules_path(p)) for p in sorted(SHIPPED_RULES.glob("*.json"))
    )
    seeded = HolidayService(db).seed()
    ChannelService(db).seed()
    AccountService(db).seed()
    UserService(db).ensure_local_admin()
    if demo:
        from xa_console.services.demo import load_demo  # builds on every other service

        load_demo(db)
    return InitReport(before, after, loaded, seeded)


def needs_init(db: Database) -> bool:
    """True when the schema is missing or older than this version's head."""
    return migrate.current_revision(db.engine) != migrate.head_revision(db.engine)
