"""The scheduler: one per database, jobs rebuilt from the outbox, a real job firing on time."""

from __future__ import annotations

import time as _time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from publishing_helpers import sign
from sqlalchemy import create_engine, inspect, text

from xa_console.domain.drafting.facts import DraftKind
from xa_console.domain.publishing.outbox import OutboxState as S
from xa_console.services.dispatch import Dispatcher
from xa_console.services.releases import ReleaseService
from xa_console.services.scheduling import SchedulerService, sqlite_path, status

MORNING = datetime(2023, 3, 1, 6, 30)


def service(ctx: Any, dispatcher: Dispatcher, **kw: Any) -> SchedulerService:
    return SchedulerService(ctx.db, dispatcher, tick_seconds=3600, **kw)


def test_only_one_scheduler_per_database(ctx: Any, dispatcher: Dispatcher) -> None:
    first, second = service(ctx, dispatcher), service(ctx, dispatcher, mode="service")
    assert first.start(paused=True)
    try:
        assert not second.start(paused=True)  # the lock file / advisory lock is taken
        st = status(ctx.db)
        assert st.holder == first.holder and st.alive and st.mode == "console"
    finally:
        first.stop()
    assert not status(ctx.db).holder  # stopping says so
    assert second.start(paused=True)  # now it may
    second.stop()


def _drop_job_store(ctx: Any) -> None:
    path = sqlite_path(ctx.db.url)
    if path is not None:
        jobs = path.with_name(path.stem + ".jobs.sqlite")
        assert jobs.exists()
        jobs.unlink()
        return
    with ctx.db.engine.begin() as c:
        for name in inspect(c).get_table_names():
            if name.startswith("apscheduler_jobs"):
                c.execute(text(f'DROP TABLE "{name}"'))


def test_jobs_are_rebuilt_from_the_outbox(
    ctx: Any, team: Any, releases: ReleaseService, dispatcher: Dispatcher
) -> None:
    draft = sign(ctx, team, DraftKind.DAILY, date(2023, 3, 1))
    (sync,), _ = releases.schedule(team["editor"], draft, ["wechat_article", "sms"], MORNING)
    (one,), _ = releases.schedule(team["editor"], draft, ["radio"], datetime(2023, 3, 1, 7, 0))
    (gone,), _ = releases.schedule(team["editor"], draft, ["weibo"], datetime(2023, 3, 1, 8, 0))
    releases.cancel(team["editor"], gone)
    want = {f"publish:{sync}:wechat_article", f"publish:{sync}:sms", f"publish:{one}:radio"}
    for attempt in range(2):
        svc = service(ctx, dispatcher)
        assert svc.start(paused=True)
        try:
            jobs = svc.jobs()
            assert {j.id for j in jobs} == want, attempt
            assert all(j.misfire_grace_time is None and j.coalesce for j in jobs)
            assert all(j.func_ref == "xa_console.services.jobs:run_publication" for j in jobs)
            assert {tuple(j.args) for j in jobs} == {
                (sync, "wechat_article"),
                (sync, "sms"),
                (one, "radio"),
            }
        finally:
            svc.stop()
        _drop_job_store(ctx)  # APScheduler's table is only an alarm clock: losing it loses nothing


def test_a_job_fires_on_time_and_sends_once(ctx: Any, team: Any, fake: Any) -> None:
    from xa_console.context import build_scheduler

    draft = sign(ctx, team, DraftKind.DAILY, date(2023, 3, 1))
    svc = build_scheduler(ctx, lambda: fake.url, tick_seconds=3600)
    assert svc.start()
    try:
        at = datetime.now(ZoneInfo("Asia/Shanghai")).replace(tzinfo=None) + timedelta(seconds=2)
        ctx.releases.schedule(team["editor"], draft, ["weibo"], at)
        assert any(j.id.endswith(":weibo") for j in svc.jobs())  # scheduling woke the scheduler
        deadline = _time.monotonic() + 15
        while _time.monotonic() < deadline and not any(
            e["endpoint"] == "statuses/share" for e in fake.log()
        ):
            _time.sleep(0.05)
        deadline = _time.monotonic() + 5
        while _time.monotonic() < deadline and ctx.releases.sends()[0].state is not S.SENT:
            _time.sleep(0.05)
    finally:
        svc.stop()
    (send,) = ctx.releases.sends()
    assert send.state is S.SENT
    assert send.sent_at is not None and send.sent_at >= send.due_at - timedelta(seconds=1)
    assert [e["endpoint"] for e in fake.log()].count("statuses/share") == 1


def test_job_store_holds_ids_only(
    ctx: Any, team: Any, releases: ReleaseService, dispatcher: Dispatcher, tmp_path: Path
) -> None:
    draft = sign(ctx, team, DraftKind.DAILY, date(2023, 3, 1))
    releases.schedule(team["editor"], draft, ["wechat_article", "weibo", "sms"], MORNING)
    dispatcher.clients.wechat("wechat_article").batchget_published()
    svc = service(ctx, dispatcher)
    assert svc.start(paused=True)
    svc.stop()
    path = sqlite_path(ctx.db.url)
    if path is None:
        return  # PostgreSQL: same pickles, checked on SQLite
    engine = create_engine(f"sqlite:///{path.with_name(path.stem + '.jobs.sqlite')}")
    with engine.connect() as c:
        blobs = [bytes(r[0]) for r in c.execute(text("SELECT job_state FROM apscheduler_jobs"))]
    engine.dispose()
    assert len(blobs) == 3
    for blob in blobs:
        assert b"rehearsal-secret" not in blob and b"access_token" not in blob
        assert b"Session" not in blob and b"Dispatcher" not in blob
    _ = UTC


def test_a_failed_start_gives_the_lock_back(
    ctx: Any, dispatcher: Dispatcher, monkeypatch: Any
) -> None:
    svc = service(ctx, dispatcher)

    def broken() -> int:
        raise RuntimeError("database is locked")

    monkeypatch.setattr(dispatcher, "recover", broken)
    with pytest.raises(RuntimeError):
        svc.start(paused=True)
    assert not svc.running
    monkeypatch.undo()
    other = service(ctx, dispatcher)
    assert other.start(paused=True)  # nobody is left holding a lock without scheduling
    other.stop()


def test_a_lost_postgres_lock_makes_the_scheduler_stand_down(
    ctx: Any, dispatcher: Dispatcher
) -> None:
    if ctx.db.dialect != "postgresql":
        pytest.skip("a lock file cannot be lost while its process lives")
    first = service(ctx, dispatcher)
    assert first.start(paused=True)
    try:
        pid = first.lock._conn.execute(text("SELECT pg_backend_pid()")).scalar()
        with ctx.db.engine.begin() as c:  # e.g. a firewall dropped the idle connection
            c.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid})
        assert first.tick() == {} and not first.running
        assert dispatcher.stopping.is_set()
        second = service(ctx, dispatcher)
        assert second.start(paused=True)  # exactly one scheduler again
        second.stop()
    finally:
        first.stop()  # releasing a lost lock is not an error
