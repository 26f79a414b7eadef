"""Backups of the embedded SQLite database through SQLite's online backup API.

A copy is taken while the console may be writing (the backup API is safe under concurrent
writes, a file copy is not), checked with ``PRAGMA integrity_check``, and only the newest
``keep`` generations are kept (``shared/reference/reliability.md`` §3.3).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import make_url

from xa_console.db.database import Database
from xa_console.domain.errors import fail

PREFIX = "xa-console-"


@dataclass(frozen=True)
class BackupResult:
    """Where the copy went, how big it is, and which old generations were removed."""

    path: Path
    size_bytes: int
    removed: tuple[Path, ...]


def backup_dir_for(db: Database) -> Path:
    """``backups/`` next to the database file."""
    return _sqlite_path(db).parent / "backups"


def _sqlite_path(db: Database) -> Path:
    url = make_url(db.url)
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        raise fail("backup.not_sqlite", "db", value=url.render_as_string(hide_password=True))
    return Path(url.database)


def backup_sqlite(
    db: Database, target_dir: Path | None = None, keep: int = 7, now: datetime | None = None
) -> BackupResult:
    """Copy the live database to ``target_dir`` and prune older generations."""
    source = _sqlite_path(db)
    target_dir = target_dir or backup_dir_for(db)
    target_dir.mkdir(parents=True, exist_ok=True)
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = target_dir / f"{PREFIX}{stamp}.db"
    src = sqlite3.connect(source, timeout=5.0)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
        verdict = dst.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        dst.close()
        src.close()
    if verdict != "ok":
        target.unlink(missing_ok=True)
        raise fail("backup.corrupt", "db", value=verdict)
    generations = sorted(target_dir.glob(f"{PREFIX}*.db"))
    removed = tuple(generations[:-keep]) if keep > 0 else ()
    for old in removed:
        old.unlink(missing_ok=True)
    return BackupResult(target, target.stat().st_size, removed)
