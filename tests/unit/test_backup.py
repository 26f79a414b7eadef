"""Online SQLite backups: consistent under concurrent writes, verified, pruned to N generations."""

from __future__ import annotations

import sqlite3
import threading
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from xa_console.context import build_context
from xa_console.domain.calendar import DayKind, HolidayEntry, HolidayYear
from xa_console.domain.errors import DomainError
from xa_console.services.backup import backup_sqlite


def test_backup_under_concurrent_writes_passes_integrity_check(
    sqlite_url: str, tmp_path: Path
) -> None:
    ctx = build_context(sqlite_url)
    stop = threading.Event()

    def writer() -> None:
        year = 2040
        while not stop.is_set() and year < 2140:
            ctx.holidays.save_year(
                HolidayYear(year, entries=(HolidayEntry(date(year, 1, 1), DayKind.REST, "元旦"),))
            )
            year += 1

    t = threading.Thread(target=writer)
    t.start()
    try:
        results = [
            backup_sqlite(
                ctx.db, tmp_path / "b", keep=3, now=datetime(2026, 1, 1) + timedelta(seconds=i)
            )
            for i in range(5)
        ]
    finally:
        stop.set()
        t.join()
    kept = sorted((tmp_path / "b").glob("*.db"))
    assert [p.name for p in kept] == [r.path.name for r in results[-3:]]
    assert len(results[-1].removed) == 1
    copy = sqlite3.connect(kept[-1])
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert copy.execute("SELECT count(*) FROM restriction_notice").fetchone()[0] == 9
    copy.close()
    ctx.db.dispose()


def test_backup_refuses_postgresql(pg_url: str) -> None:
    ctx = build_context(pg_url)
    with pytest.raises(DomainError) as e:
        backup_sqlite(ctx.db)
    assert e.value.code == "backup.not_sqlite"
    ctx.db.dispose()
