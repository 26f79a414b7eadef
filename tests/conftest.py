"""Shared fixtures: real databases (SQLite file per test; PostgreSQL when the server is up)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

PG_ADMIN_URL = os.environ.get("XA_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep every test away from the real user's settings and database."""
    monkeypatch.setenv("XA_CONSOLE_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("XA_CONSOLE_DB", raising=False)


def _pg_available() -> str | None:
    try:
        import psycopg

        with psycopg.connect(PG_ADMIN_URL, connect_timeout=3):
            return None
    except Exception as e:
        return f"PostgreSQL not reachable at {PG_ADMIN_URL}: {e}"


_PG_SKIP = _pg_available()
if _PG_SKIP:
    print(f"\n[xa-console tests] {_PG_SKIP} — PostgreSQL tests are skipped.")


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """URL of a fresh SQLite file."""
    return f"sqlite:///{tmp_path / 'xa.db'}"


@pytest.fixture
def pg_url() -> Iterator[str]:
    """URL of a fresh PostgreSQL database, dropped afterwards (skips when no server)."""
    if _PG_SKIP:
        pytest.skip(_PG_SKIP)
    import psycopg

    name = f"xa_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base = PG_ADMIN_URL.rsplit("/", 1)[0]
    try:
        yield f"{base}/{name}"
    finally:
        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest) -> str:
    """Run the test once on SQLite and once on PostgreSQL."""
    name = "sqlite_url" if request.param == "sqlite" else "pg_url"
    return str(request.getfixturevalue(name))


@pytest.fixture
def ctx(db_url: str):  # type: ignore[no-untyped-def]
    """A fully initialised application context (shipped rules + holidays) on both databases."""
    from xa_console.context import build_context

    context = build_context(db_url, demo=False)
    yield context
    context.db.dispose()


@pytest.fixture
def sqlite_ctx(sqlite_url: str):  # type: ignore[no-untyped-def]
    """An initialised context on SQLite only (for GUI tests)."""
    from xa_console.context import build_context

    context = build_context(sqlite_url, demo=False)
    yield context
    context.db.dispose()
