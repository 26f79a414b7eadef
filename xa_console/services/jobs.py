"""APScheduler job targets, stored by text reference (``xa_console.services.jobs:run_publication``).

APScheduler pickles a job's callable *by name* into its store, so the target must be a plain
module-level function whose arguments are ids only (never sessions, clients or secrets). The
running scheduler binds its dispatcher here; one scheduler runs per process (and per database).
Renaming this function is a migration: stored jobs naming the old one would be deleted — but
they are rebuilt from the releases table on every start anyway.
"""

from __future__ import annotations

import threading
from typing import Protocol

RUN_PUBLICATION = "xa_console.services.jobs:run_publication"


class _Runner(Protocol):
    def run_release(self, release_id: int, channel: str) -> int: ...


_lock = threading.Lock()
_runner: list[_Runner] = []  # at most one: the dispatcher of the running scheduler


def bind(runner: _Runner | None) -> None:
    """Attach (or with None, detach) the dispatcher that jobs run through."""
    with _lock:
        _runner.clear()
        if runner is not None:
            _runner.append(runner)


def run_publication(release_id: int, channel: str) -> None:
    """Send the due sends of one release on one channel (no-op when no scheduler is bound)."""
    with _lock:
        runner = _runner[0] if _runner else None
    if runner is not None:
        runner.run_release(release_id, channel)
