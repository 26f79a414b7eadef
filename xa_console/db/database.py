"""Engine and session factory for SQLite (embedded) and PostgreSQL (team mode).

SQLite connections run WAL with ``synchronous=FULL``, foreign keys on and a 5 s busy timeout;
write transactions start with ``BEGIN IMMEDIATE`` so they take the writer lock up front
(``shared/reference/reliability.md`` §3.1–3.2).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

_READ_ONLY = "xa_read_only"
_NETWORK_FS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "sshfs", "fuse.sshfs", "9p", "afs"}


class NetworkPathError(RuntimeError):
    """The SQLite file is on a network share, where its locks and WAL do not work."""


def is_network_path(path: Path, mounts_text: str | None = None) -> bool:
    """True for UNC paths and, on Linux, for mounts of a network file system."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    try:
        if mounts_text is None:
            mounts_text = Path("/proc/mounts").read_text(encoding="utf-8")
    except OSError:
        return False
    mounts = mounts_text.splitlines()
    resolved = str(path.resolve())
    best, best_fs = "", ""
    for line in mounts:
        parts = line.split()
        if len(parts) >= 3 and resolved.startswith(parts[1]) and len(parts[1]) > len(best):
            best, best_fs = parts[1], parts[2]
    return best_fs in _NETWORK_FS


def _sqlite_hooks(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # let SQLAlchemy's begin hook issue BEGIN itself
        cur = dbapi_conn.cursor()
        for pragma in (
            "journal_mode=WAL",
            "synchronous=FULL",
            "foreign_keys=ON",
            "busy_timeout=5000",
        ):
            cur.execute(f"PRAGMA {pragma}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        read_only = conn.get_execution_options().get(_READ_ONLY, False)
        conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")


def make_engine(url: str) -> Engine:
    """Create an engine; for SQLite also create the folder and refuse network shares."""
    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        if u.database and u.database != ":memory:":
            path = Path(u.database).expanduser()
            if is_network_path(path):
                raise NetworkPathError(str(path))
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(u, connect_args={"timeout": 5.0})
        _sqlite_hooks(engine)
        return engine
    if u.get_backend_name() == "postgresql" and u.drivername == "postgresql":
        u = u.set(drivername="postgresql+psycopg")
    return create_engine(u, pool_pre_ping=True)


class Database:
    """Owns the engine; hands out one short session per unit of work."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self._write = sessionmaker(self.engine, expire_on_commit=False)
        self._read = sessionmaker(
            self.engine.execution_options(**{_READ_ONLY: True}), expire_on_commit=False
        )

    @property
    def dialect(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return self.engine.dialect.name

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A transaction that commits on success and rolls back on any error."""
        with self._write.begin() as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work (never takes the SQLite writer lock)."""
        with self._read.begin() as session:  # ends with a no-op COMMIT; rows stay loaded
            yield session

    def dispose(self) -> None:
        """Close pooled connections."""
        self.engine.dispose()


def default_sqlite_url() -> str:
    """The embedded database in the user data directory (``XA_CONSOLE_HOME`` overrides it)."""
    home = os.environ.get("XA_CONSOLE_HOME")
    if home:
        base = Path(home)
    else:
        from platformdirs import user_data_dir

        base = Path(user_data_dir("xa-console", appauthor=False))
    return f"sqlite:///{base / 'xa-console.db'}"
