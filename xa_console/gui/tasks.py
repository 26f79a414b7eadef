"""One idiom for background work: ``run_in_background(fn, on_done=, on_error=)``.

Reads run on the shared pool; writes go through one serial pool so they never race.
``fn`` runs off the GUI thread and must not touch widgets; callbacks run on the GUI thread.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay

    @Slot()
    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:
            _deliver(self.relay.failed, exc)
        else:
            _deliver(self.relay.done, result)


def _deliver(signal: Any, value: Any) -> None:
    with contextlib.suppress(RuntimeError):  # the app quit while the task ran: nobody to tell
        signal.emit(value)


_WRITE_POOL: QThreadPool | None = None
_LIVE: set[_Relay] = set()


def write_pool() -> QThreadPool:
    """The single-thread pool every database write goes through."""
    global _WRITE_POOL
    if _WRITE_POOL is None:
        _WRITE_POOL = QThreadPool()
        _WRITE_POOL.setMaxThreadCount(1)
    return _WRITE_POOL


def run_in_background(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    *,
    write: bool = False,
) -> None:
    """Run ``fn`` on a worker, then ``on_done(result)`` or ``on_error(exc)`` on the GUI thread."""
    relay = _Relay()
    _LIVE.add(relay)

    def finish(cb: Callable[[Any], None] | None, value: Any) -> None:
        _LIVE.discard(relay)
        if cb is not None:
            cb(value)

    relay.done.connect(lambda r: finish(on_done, r))
    relay.failed.connect(lambda e: finish(on_error, e))
    pool = write_pool() if write else QThreadPool.globalInstance()
    pool.start(_Task(fn, relay))
