"""Rehearsal mode: the bundled fake platform server, started in-process on first use.

Accounts marked 演练 send to it, so training, demos and a fresh install never reach a real
platform. ``xa-console-cli fake-platforms --port N`` runs the same server on its own.
"""

from __future__ import annotations

import threading
from typing import Any


class RehearsalServer:
    """Lazily started fake platforms (or a fixed URL, e.g. one started by the CLI)."""

    def __init__(self, url: str = "") -> None:
        self._url = url
        self._server: Any = None
        self._lock = threading.Lock()

    def url(self) -> str:
        """The server's base URL, starting it on a free loopback port when needed."""
        with self._lock:
            if not self._url:
                from xa_console.platforms.fake_server import FakePlatforms

                self._server = FakePlatforms()
                self._server.start()
                self._url = str(self._server.url)
            return self._url

    @property
    def started(self) -> bool:
        """True when this object runs a server of its own."""
        return self._server is not None

    def log(self) -> list[dict[str, Any]]:
        """Every request the in-process server accepted (empty when none runs here)."""
        return list(self._server.log()) if self._server is not None else []

    def stop(self) -> None:
        """Stop the in-process server, if one was started."""
        with self._lock:
            if self._server is not None:
                self._server.stop()
                self._server = None
