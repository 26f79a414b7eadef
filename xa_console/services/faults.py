"""Crash points for the kill -9 tests: ``XA_CONSOLE_CRASH_AT=<name>`` kills the process there.

Production never sets the variable; the end-to-end tests use it to die at the two moments an
outside kill cannot hit reliably (just after ``sending`` is committed, and after the platform
answered but before the answer is committed).
"""

from __future__ import annotations

import os
import signal


def checkpoint(name: str) -> None:
    """Die at once (SIGKILL: no cleanup, no commit) when the test asked for this point."""
    if os.environ.get("XA_CONSOLE_CRASH_AT") == name:
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))
