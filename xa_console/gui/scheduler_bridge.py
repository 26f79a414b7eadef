"""The Qt side of the scheduler: thread-safe event relay, wake-up timer, start and bounded stop.

APScheduler calls ``on_event(kind, data)`` from its worker threads; :class:`SchedulerBridge` is
that callable. It hands each event to the GUI thread through a queued signal, re-emits it
as ``event_received(kind, data)`` and, for ``changed``, publishes
``Changes(releases=True, drafts=True)`` on the bus. A 60-second timer calls ``wakeup()``
(after the machine slept, APScheduler's timers may be late: reliability.md §1.3) and re-reads
the scheduler status, so a console that does not hold the lock still shows who does and how
fresh their heartbeat is.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from xa_console.context import AppContext, build_scheduler
from xa_console.gui.bus import ChangeBus
from xa_console.gui.errors import describe_exception
from xa_console.gui.tasks import run_in_background
from xa_console.services import scheduling
from xa_console.services.changes import Changes
from xa_console.services.rehearsal import RehearsalServer
from xa_console.services.scheduling import SchedulerService, SchedulerStatus

log = logging.getLogger(__name__)
WAKEUP_MS = 60_000
START_WAIT_S = 5.0
STOP_WAIT_S = 10.0


class SchedulerBridge(QObject):
    """Scheduler events as Qt signals on the GUI thread; the scheduler's life cycle."""

    # kind, data — always on the GUI thread (not ``event``: that is QObject's event handler)
    event_received = Signal(str, dict)
    status_changed = Signal(object)  # SchedulerStatus
    _relay = Signal(str, dict)  # emitted from any thread, queued to this object's thread

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        status_source: Callable[[], SchedulerStatus] | None = None,
        interval_ms: int = WAKEUP_MS,
    ) -> None:
        super().__init__(parent)
        self.service: SchedulerService | None = None
        self.rehearsal: RehearsalServer | None = None
        self.bus: ChangeBus | None = None
        self.last_status: SchedulerStatus | None = None
        self.error = ""  # why start() failed, in Chinese
        self._status_source = status_source
        self._start_done = threading.Event()
        self._start_done.set()  # nothing is starting
        self._stopped = False
        self._relay.connect(self._deliver)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)

    # ----- events --------------------------------------------------------------------------
    def __call__(self, kind: str, data: dict[str, Any]) -> None:
        """``on_event`` for the scheduler: safe to call from any thread."""
        with contextlib.suppress(RuntimeError):  # the bridge is gone: the app is quitting
            self._relay.emit(kind, dict(data))

    def _deliver(self, kind: str, data: dict[str, Any]) -> None:
        if kind == "changed" and self.bus is not None:
            self.bus.publish(Changes(releases=True, drafts=True))
        self.event_received.emit(kind, data)
        if kind in ("started", "job_error", "job_missed"):
            self.refresh_status()

    def set_bus(self, bus: ChangeBus) -> None:
        """Where ``changed`` events are published."""
        self.bus = bus

    # ----- life cycle --------------------------------------------------------------------------
    def attach(self, service: SchedulerService, rehearsal: RehearsalServer | None = None) -> None:
        """The scheduler this bridge starts, polls and stops (and its rehearsal server)."""
        self.service, self.rehearsal = service, rehearsal

    def start(self) -> None:
        """Start the scheduler off the GUI thread (it recovers and writes a heartbeat first)."""
        service = self.service
        if service is None or self._stopped:
            return
        self._start_done.clear()

        def job() -> bool:
            try:
                return service.start()
            finally:
                self._start_done.set()

        # The global pool, not the write pool: recovery may take a while and must not hold
        # up the officer's own saves; the scheduler writes from its own threads anyway.
        run_in_background(job, on_done=self._started, on_error=self._start_failed)
        self.timer.start()

    def _started(self, running: bool) -> None:
        self.error = ""
        if not running:
            log.info("scheduler lock held elsewhere; showing that service's state")
        self.refresh_status()

    def _start_failed(self, exc: BaseException) -> None:
        self.error = describe_exception(exc)
        log.error("scheduler did not start", exc_info=exc)
        self.refresh_status()

    def poll(self) -> None:
        """Every minute: re-sync the jobs (recovery from sleep) and re-read the status."""
        service = self.service
        if service is not None and service.running:
            run_in_background(service.wakeup, on_error=lambda exc: log.warning("wakeup: %s", exc))
        self.refresh_status()

    def refresh_status(self) -> None:
        """Read the scheduler's status in the background, then emit ``status_changed``."""
        source = self._source()
        if source is not None:
            run_in_background(source, on_done=self._set_status, on_error=self._status_failed)

    def _source(self) -> Callable[[], SchedulerStatus] | None:
        if self._status_source is not None:
            return self._status_source
        return self.service.status if self.service is not None else None

    def _set_status(self, status: SchedulerStatus) -> None:
        self.last_status = status
        self.status_changed.emit(status)

    def _status_failed(self, exc: BaseException) -> None:
        log.warning("scheduler status: %s", exc)

    def shutdown(self) -> bool:
        """Stop the scheduler and the rehearsal server, waiting a bounded time; True if done."""
        if self._stopped:
            return True
        self._stopped = True
        self.timer.stop()
        self._start_done.wait(START_WAIT_S)
        finished = threading.Event()
        service, rehearsal = self.service, self.rehearsal

        def stop() -> None:
            try:
                if service is not None:
                    service.stop()
                if rehearsal is not None:
                    rehearsal.stop()
            except Exception:  # quitting: log, never block the exit
                log.exception("stopping the scheduler failed")
            finally:
                finished.set()

        threading.Thread(target=stop, name="xa-scheduler-stop", daemon=True).start()
        return finished.wait(STOP_WAIT_S)


def build_bridge(ctx: AppContext, parent: QObject | None = None) -> SchedulerBridge:
    """The scheduler for ``ctx`` (rehearsal server included) behind a bridge; not started."""
    bridge = SchedulerBridge(parent)
    rehearsal = RehearsalServer()
    service = build_scheduler(ctx, rehearsal.url, mode="console", on_event=bridge)
    bridge.attach(service, rehearsal)
    return bridge


def read_status(ctx: AppContext) -> SchedulerStatus:
    """The scheduler as the database records it (for a page without a bridge)."""
    return scheduling.status(ctx.db)
