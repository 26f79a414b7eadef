"""The scheduler: APScheduler as a local alarm clock over the releases table.

* One scheduler per database: a lock file next to the SQLite file, or a PostgreSQL session
  advisory lock held on a dedicated connection. A second console shows who holds it instead.
* ``BackgroundScheduler`` (not QtScheduler) with a SQLAlchemy job store of its own: a sibling
  SQLite file in embedded mode (it would otherwise compete for the main file's writer lock), a
  per-host table in PostgreSQL. Jobs are rebuilt from the outbox on start and on every tick, so
  deleting APScheduler's table loses nothing.
* Publish jobs use ``misfire_grace_time=None`` and ``coalesce=True``: a late job still runs and
  the dispatcher applies each channel's grace window from the database. A periodic tick sends
  whatever is due even without a job (sleep, clock changes, another desk's new release).
"""

from __future__ import annotations

import dataclasses
import os
import socket
import sys
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from apscheduler.events import (
    EVENT_JOB_ERROR,
    EVENT_JOB_EXECUTED,
    EVENT_JOB_MAX_INSTANCES,
    EVENT_JOB_MISSED,
    JobExecutionEvent,
)
from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.job import Job
from apscheduler.jobstores.memory import MemoryJobStore
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.date import DateTrigger
from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy import Connection, create_engine, select, text
from sqlalchemy.exc import SQLAlchemyError

from xa_console.db.database import Database
from xa_console.db.models_publishing import OutboxRow, SchedulerLeaseRow
from xa_console.domain.publishing.outbox import OutboxState
from xa_console.services import audit, jobs
from xa_console.services.dispatch import Dispatcher

S = OutboxState
_EVENTS = EVENT_JOB_EXECUTED | EVENT_JOB_ERROR | EVENT_JOB_MISSED | EVENT_JOB_MAX_INSTANCES
_PG_LOCK_KEY = 0x58415343  # "XASC"
STALE_AFTER = timedelta(minutes=3)


@dataclass(frozen=True)
class SchedulerStatus:
    """Who schedules for this database, and whether it is alive."""

    running_here: bool
    holder: str = ""
    host: str = ""
    pid: int = 0
    mode: str = ""
    heartbeat_at: datetime | None = None
    alive: bool = False


def sqlite_path(url: str) -> Path | None:
    """The file behind a ``sqlite:///`` URL (None for PostgreSQL or in-memory)."""
    if not url.startswith("sqlite:///") or url.endswith(":memory:"):
        return None
    return Path(url.removeprefix("sqlite:///"))


class SchedulerLock:
    """Exclusive right to schedule for one database, released when the process dies."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._fd: int | None = None
        self._conn: Connection | None = None

    def acquire(self) -> bool:
        """True when this process now holds the lock (non-blocking)."""
        path = sqlite_path(self.db.url)
        if path is not None:
            return self._file_lock(path.with_name(path.name + ".scheduler.lock"))
        conn = self.db.engine.connect()
        got = bool(
            conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": _PG_LOCK_KEY}).scalar()
        )
        conn.commit()
        if got:
            self._conn = conn
        else:
            conn.close()
        return got

    def _file_lock(self, path: Path) -> bool:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            if sys.platform == "win32":  # pragma: no cover - Windows desktops
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return False
        self._fd = fd
        return True

    def held(self) -> bool:
        """Still ours? (A PostgreSQL connection can drop silently: then another may take it.)"""
        if self._fd is not None:
            return True
        if self._conn is None:
            return False
        try:
            found = self._conn.execute(
                text(
                    "SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted"
                    " AND pid = pg_backend_pid() AND objid = :k"
                ),
                {"k": _PG_LOCK_KEY},
            ).first()
            self._conn.commit()
        except SQLAlchemyError:
            return False
        return found is not None

    def release(self) -> None:
        """Give the lock up (closing the file or the connection releases it)."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
        conn, self._conn = self._conn, None
        if conn is not None:
            try:
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _PG_LOCK_KEY})
                conn.commit()
            except SQLAlchemyError:
                pass  # the connection is gone, and the lock with it
            finally:
                conn.close()


def status(db: Database, clock: Callable[[], datetime] | None = None) -> SchedulerStatus:
    """The scheduler as recorded in the database (for a console that does not run it)."""
    now = (clock or (lambda: datetime.now(UTC)))()
    with db.read() as s:
        row = s.get(SchedulerLeaseRow, 1)
        if row is None:
            return SchedulerStatus(False)
        beat = row.heartbeat_at
        alive = row.holder != "" and now - beat < STALE_AFTER
        return SchedulerStatus(False, row.holder, row.host, row.pid, row.mode, beat, alive)


class SchedulerService:
    """Runs the scheduler for this database while holding the lock."""

    def __init__(
        self,
        db: Database,
        dispatcher: Dispatcher,
        *,
        mode: str = "console",
        tz: str = "Asia/Shanghai",
        tick_seconds: float = 30.0,
        on_event: Callable[[str, dict[str, Any]], None] | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.db, self.dispatcher, self.mode, self.tz = db, dispatcher, mode, tz
        self.tick_seconds, self.on_event, self.clock = tick_seconds, on_event, clock
        self.lock = SchedulerLock(db)
        self.holder = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self._scheduler: BackgroundScheduler | None = None
        self._tick_lock = threading.Lock()
        self._life = threading.Lock()  # start() and stop() never overlap
        self._lost = False

    @property
    def running(self) -> bool:
        """True while this process schedules (False once the lock was lost)."""
        return self._scheduler is not None and not self._lost

    def start(self, *, paused: bool = False) -> bool:
        """Take the lock, recover, rebuild jobs and start; False when someone else schedules.

        ``paused`` builds the jobs without running any (diagnostics and tests).
        """
        with self._life:
            if not self.lock.acquire():
                return False
            try:
                self._start(paused)
            except BaseException:
                self._scheduler = None
                self.lock.release()  # never keep the lock without scheduling
                raise
            return True

    def _start(self, paused: bool) -> None:
        self.dispatcher.stopping.clear()
        self._lost = False
        recovered = self.dispatcher.recover()
        self._beat(started=True)
        sched = BackgroundScheduler(
            jobstores={"default": self._job_store(), "memory": MemoryJobStore()},
            executors={"default": ThreadPoolExecutor(4)},
            job_defaults={"misfire_grace_time": None, "coalesce": True, "max_instances": 1},
            timezone=ZoneInfo(self.tz),
        )
        sched.add_listener(self._listen, _EVENTS)
        jobs.bind(self.dispatcher)
        sched.start(paused=paused)
        self._scheduler = sched
        self.rebuild()
        sched.add_job(
            self.tick,
            IntervalTrigger(seconds=self.tick_seconds),
            id="tick",
            jobstore="memory",
            replace_existing=True,
            next_run_time=datetime.now(UTC),
        )
        self._emit("started", {"recovered": recovered})

    def _job_store(self) -> SQLAlchemyJobStore:
        path = sqlite_path(self.db.url)
        if path is not None:
            engine = create_engine(f"sqlite:///{path.with_name(path.stem + '.jobs.sqlite')}")
            return SQLAlchemyJobStore(engine=engine)
        host = "".join(c if c.isalnum() else "_" for c in socket.gethostname().lower())[:40]
        engine = create_engine(self.db.engine.url)  # its own pool: the store disposes it
        return SQLAlchemyJobStore(engine=engine, tablename=f"apscheduler_jobs_{host}")

    def rebuild(self) -> int:
        """Make APScheduler's jobs match the outbox: one per (release, channel) still to send."""
        sched = self._scheduler
        if sched is None:
            return 0
        now = datetime.now(UTC)
        with self.db.read() as s:
            rows = s.execute(
                select(
                    OutboxRow.release_id,
                    OutboxRow.channel,
                    OutboxRow.due_at,
                    OutboxRow.next_attempt_at,
                ).where(OutboxRow.state.in_([S.PENDING.value, S.FAILED_RETRYABLE.value]))
            ).all()
        wanted: dict[str, tuple[int, str, datetime]] = {}
        for rid, ch, due, retry_at in rows:
            when = max(due, retry_at) if retry_at else due  # back-off wins
            job_id = f"publish:{rid}:{ch}"
            if job_id not in wanted or when < wanted[job_id][2]:
                wanted[job_id] = (rid, ch, max(when, now))
        for job in sched.get_jobs(jobstore="default"):
            if job.id not in wanted:
                job.remove()
        for job_id, (rid, ch, due) in wanted.items():
            sched.add_job(
                jobs.RUN_PUBLICATION,
                DateTrigger(run_date=due),
                args=[rid, ch],
                id=job_id,
                jobstore="default",
                replace_existing=True,
                misfire_grace_time=None,
                coalesce=True,
            )
        return len(wanted)

    def tick(self) -> dict[str, int]:
        """Heartbeat, send what is due, reconcile, poll, re-sync jobs (never two at once)."""
        if not self._tick_lock.acquire(blocking=False):
            return {}
        try:
            if not self.lock.held():  # lost (e.g. the database connection dropped): stand down
                self.dispatcher.stop()
                if self._scheduler is not None:
                    self._scheduler.pause()
                if not self._lost:
                    self._lost = True
                    self._emit("lock_lost", {})
                return {}
            self._beat()
            counts = self.dispatcher.tick()
            counts["jobs"] = self.rebuild()
            if counts.get("processed") or counts.get("reconciled") or counts.get("polled"):
                self._emit("changed", dict(counts))
            return counts
        finally:
            self._tick_lock.release()

    def wakeup(self) -> None:
        """Re-sync now (after a local change, or when the machine wakes up)."""
        if self._scheduler is not None:
            self.rebuild()
            self._scheduler.wakeup()

    def stop(self) -> None:
        """Stop scheduling (waits for a running send to record its outcome) and release."""
        self.dispatcher.stop()  # the send in hand finishes; no other starts
        with self._life:
            self._stop()

    def _stop(self) -> None:
        sched, self._scheduler = self._scheduler, None
        if sched is not None:
            # APScheduler 3.x runs one more _process_jobs after shutdown() stopped the
            # executors ("cannot schedule new futures after shutdown"): detach the stores
            # first (their rows stay; the engine is disposed) so that pass finds nothing.
            sched.pause()
            for alias in ("default", "memory"):
                sched.remove_jobstore(alias, shutdown=True)
            sched.shutdown(wait=True)
            jobs.bind(None)
            self._beat(stopped=True)
        self.lock.release()
        self.dispatcher.clients.close()

    def jobs(self) -> list[Job]:
        """APScheduler's publish jobs — for diagnostics and tests."""
        if self._scheduler is None:
            return []
        return list(self._scheduler.get_jobs(jobstore="default"))

    def status(self) -> SchedulerStatus:
        """This process's view: running here, or whoever the database names."""
        found = status(self.db, self.clock)
        return dataclasses.replace(found, running_here=True) if self.running else found

    def _beat(self, *, started: bool = False, stopped: bool = False) -> None:
        now = self.clock()
        with self.db.write() as s:
            row = s.get(SchedulerLeaseRow, 1)
            if row is None:
                row = SchedulerLeaseRow(
                    id=1, holder="", host="", pid=0, mode="", started_at=now, heartbeat_at=now
                )
                s.add(row)
            if started:
                row.holder, row.host, row.pid = self.holder, socket.gethostname(), os.getpid()
                row.mode, row.started_at = self.mode, now
                s.flush()
                audit.append(
                    s, None, "scheduler.start", "scheduler", self.holder, {"mode": self.mode}, now
                )
            if stopped:
                row.holder = ""
            row.heartbeat_at = now

    def _listen(self, event: JobExecutionEvent) -> None:
        if event.code == EVENT_JOB_EXECUTED:
            if event.job_id != "tick":
                self._emit("changed", {"job": event.job_id})
            return
        kind = {EVENT_JOB_ERROR: "job_error", EVENT_JOB_MISSED: "job_missed"}.get(
            event.code, "job_busy"
        )
        with self.db.write() as s:
            payload = {
                "job": event.job_id,
                "error": type(event.exception).__name__ if event.exception else "",
            }
            audit.append(
                s, None, f"scheduler.{kind}", "scheduler", self.holder, payload, self.clock()
            )
        self._emit(kind, {"job": event.job_id})

    def _emit(self, kind: str, data: dict[str, Any]) -> None:
        if self.on_event is not None:
            self.on_event(kind, data)
