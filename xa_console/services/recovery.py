"""Crash recovery for drafts: the editor writes the unsaved state to a file as the officer types.

Writes are atomic (temp file + rename), so a crash mid-write leaves the previous copy intact.
A clean save or an explicit discard removes the file; on start the console offers what is left.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Recovered:
    """An unsaved draft found on start."""

    key: str
    saved_at: datetime
    payload: dict[str, Any]


class RecoveryStore:
    """One JSON file per open draft under ``directory``."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def _path(self, key: str) -> Path:
        safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in key)
        return self.directory / f"draft-{safe}.json"

    def write(self, key: str, payload: dict[str, Any]) -> None:
        """Atomically replace the recovery copy of ``key``."""
        self.directory.mkdir(parents=True, exist_ok=True)
        target = self._path(key)
        tmp = target.with_suffix(".tmp")
        doc = {
            "key": key,
            "saved_at": datetime.now().isoformat(timespec="seconds"),
            "payload": payload,
        }
        tmp.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        tmp.replace(target)

    def discard(self, key: str) -> None:
        """Forget the copy (after a clean save or when the officer declines to restore)."""
        self._path(key).unlink(missing_ok=True)

    def pending(self) -> list[Recovered]:
        """Unsaved drafts left by a crash, newest first; unreadable files are skipped."""
        out: list[Recovered] = []
        for p in sorted(self.directory.glob("draft-*.json")):
            try:
                doc = json.loads(p.read_text(encoding="utf-8"))
                out.append(
                    Recovered(
                        str(doc["key"]), datetime.fromisoformat(doc["saved_at"]), doc["payload"]
                    )
                )
            except (OSError, ValueError, KeyError, TypeError):
                continue
        return sorted(out, key=lambda r: r.saved_at, reverse=True)
