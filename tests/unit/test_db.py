"""The store on real SQLite and PostgreSQL: pragmas, locking, migrations, services."""

from __future__ import annotations

import dataclasses
import sqlite3
import threading
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from xa_console.context import build_context
from xa_console.db import migrate
from xa_console.db.database import Database, NetworkPathError, is_network_path, make_engine
from xa_console.domain.calendar import DayKind, HolidayEntry, HolidayYear, YearStatus
from xa_console.domain.errors import DomainError
from xa_console.domain.rules import NoticeKind
from xa_console.services.setup import init_database


def test_sqlite_connection_settings(sqlite_url: str) -> None:
    db = Database(sqlite_url)
    with db.engine.connect() as conn:
        values = {
            p: conn.exec_driver_sql(f"PRAGMA {p}").scalar()
            for p in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
        }
    assert values == {
        "journal_mode": "wal",
        "synchronous": 2,
        "foreign_keys": 1,
        "busy_timeout": 5000,
    }


def test_sqlite_writes_take_the_lock_up_front(sqlite_url: str) -> None:
    """A write transaction holds the writer lock from BEGIN, so a second writer waits and fails."""
    db = Database(sqlite_url)
    init_database(db)
    path = sqlite_url.removeprefix("sqlite:///")
    with db.write() as s:
        s.execute(text("SELECT 1"))  # no write yet: BEGIN IMMEDIATE already locked the file
        other = sqlite3.connect(path, timeout=0.2)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.close()
    with db.read() as s:  # reads never block on each other
        assert s.execute(text("SELECT count(*) FROM city")).scalar() == 1


def test_network_share_refused(tmp_path: Path) -> None:
    assert is_network_path(Path("//fileserver/share/xa.db"))
    assert is_network_path(Path("\\\\fileserver\\share\\xa.db"))
    assert not is_network_path(tmp_path / "xa.db")
    mounts = "/dev/sda1 / ext4 rw 0 0\nserver:/export /mnt/team nfs4 rw 0 0\n"
    assert is_network_path(Path("/mnt/team/xa/xa.db"), mounts)
    assert not is_network_path(Path("/home/officer/xa.db"), mounts)
    with pytest.raises(NetworkPathError):
        make_engine("sqlite:///\\\\fileserver\\share\\xa.db")


def test_migrations_up_down_up(db_url: str) -> None:
    db = Database(db_url)
    migrate.upgrade(db.engine)
    assert migrate.current_revision(db.engine) == migrate.head_revision(db.engine)
    tables = set(inspect(db.engine).get_table_names())
    assert {
        "city",
        "restriction_notice",
        "holiday_year",
        "holiday_day",
        "alembic_version",
    } <= tables
    migrate.upgrade(db.engine, "head")  # idempotent
    from alembic import command

    command.downgrade(migrate.alembic_config(db.engine), "base")
    assert "restriction_notice" not in inspect(db.engine).get_table_names()
    migrate.upgrade(db.engine)
    assert "restriction_notice" in inspect(db.engine).get_table_names()
    db.dispose()


def test_init_loads_xian_and_is_idempotent(db_url: str) -> None:
    db = Database(db_url)
    first = init_database(db, demo=True)
    assert first.migrated_from is None and first.notices_loaded == 9
    assert first.holiday_years_seeded >= 23  # chinesecalendar covers 2004..2026
    again = init_database(db)
    assert (again.notices_loaded, again.holiday_years_seeded) == (0, 0)
    db.dispose()


def test_day_status_identical_on_both_engines(ctx) -> None:  # type: ignore[no-untyped-def]
    s = ctx.rules.day_status(date(2023, 3, 1))
    assert (s.restricted, s.digits, s.reason.value) == (True, (3, 8), "workday")
    assert ctx.rules.day_status(date(2022, 12, 21)).reason.value == "suspended"
    assert ctx.rules.day_status(date(2026, 11, 9)).reason.value == "no_notice"


def test_bad_notice_leaves_database_untouched(ctx) -> None:  # type: ignore[no-untyped-def]
    before = ctx.rules.notices()
    last = before[-1]
    overlapping = dataclasses.replace(
        last,
        id=None,
        kind=NoticeKind.CONTINUE,
        effective_from=date(2026, 1, 5),
        effective_to=date(2026, 12, 31),
    )
    with pytest.raises(DomainError) as e:
        ctx.rules.save_notice(overlapping)
    assert e.value.code == "notice.overlap"
    assert ctx.rules.notices() == before


def test_save_update_delete_restore(ctx) -> None:  # type: ignore[no-untyped-def]
    latest = ctx.rules.notices()[-1]
    nxt = dataclasses.replace(
        latest,
        id=None,
        effective_from=date(2026, 11, 9),
        effective_to=date(2027, 11, 5),
        issue_date=date(2026, 11, 4),
    )
    saved, changes = ctx.rules.save_notice(nxt)
    assert changes.notices and saved.id is not None
    assert ctx.rules.day_status(date(2026, 11, 9)).digits == (1, 6)
    version = ctx.rules.notice_version(saved.id)
    edited, _ = ctx.rules.save_notice(
        dataclasses.replace(saved, note="已核对"), expected_version=version
    )
    assert edited.note == "已核对"
    with pytest.raises(DomainError) as e:  # another desk still holds the old version
        ctx.rules.save_notice(dataclasses.replace(saved, note="旧"), expected_version=version)
    assert e.value.code == "notice.stale"
    gone, _ = ctx.rules.delete_notice(saved.id)
    assert ctx.rules.day_status(date(2026, 11, 9)).reason.value == "no_notice"
    ctx.rules.restore_notice(gone)
    assert ctx.rules.day_status(date(2026, 11, 9)).digits == (1, 6)


def test_other_desk_edit_invalidates_cache(db_url: str) -> None:
    desk_a = build_context(db_url)
    desk_b = build_context(db_url)
    assert desk_a.rules.day_status(date(2027, 1, 4)).reason.value == "no_notice"
    latest = desk_b.rules.notices()[-1]
    desk_b.rules.save_notice(
        dataclasses.replace(
            latest, id=None, effective_from=date(2026, 11, 9), effective_to=date(2027, 11, 5)
        )
    )
    assert desk_a.rules.day_status(date(2027, 1, 4)).reason.value == "no_calendar"
    desk_a.db.dispose()
    desk_b.db.dispose()


def test_holiday_year_save_replace_delete(ctx) -> None:  # type: ignore[no-untyped-def]
    plan = HolidayYear(
        2027,
        YearStatus.PROVISIONAL,
        "测试安排",
        entries=(
            HolidayEntry(date(2027, 1, 1), DayKind.REST, "元旦"),
            HolidayEntry(date(2027, 1, 9), DayKind.MAKEUP, "元旦"),
        ),
    )
    previous, changes = ctx.holidays.save_year(plan)
    assert previous is None and changes.holidays
    assert ctx.holidays.year(2027) == plan
    plan_2023 = ctx.holidays.year(2023)
    clash = dataclasses.replace(
        plan_2023,
        entries=(*plan_2023.entries, HolidayEntry(date(2023, 12, 30), DayKind.REST, "元旦")),
    )
    with pytest.raises(DomainError) as e:  # 2023-12-30 belongs to the 2024 plan (元旦 2024)
        ctx.holidays.save_year(clash)
    assert e.value.code == "holiday.day_in_other_plan"
    assert ctx.holidays.year(2023) == plan_2023
    removed, _ = ctx.holidays.delete_year(2027)
    assert removed == plan and ctx.holidays.year(2027) is None


def test_concurrent_readers_and_one_writer(sqlite_url: str) -> None:
    """The GUI reads while the scheduler writes: no 'database is locked' under WAL."""
    ctx = build_context(sqlite_url)
    errors: list[BaseException] = []

    def reader() -> None:
        try:
            for _ in range(30):
                ctx.rules.day_status(date(2023, 3, 1))
        except BaseException as e:
            errors.append(e)

    threads = [threading.Thread(target=reader) for _ in range(3)]
    for t in threads:
        t.start()
    for year in range(2030, 2036):
        ctx.holidays.save_year(
            HolidayYear(year, entries=(HolidayEntry(date(year, 1, 1), DayKind.REST, "元旦"),))
        )
    for t in threads:
        t.join()
    assert errors == []
    ctx.db.dispose()
