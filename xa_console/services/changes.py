"""Change records returned by mutating services, so each screen redraws only what changed."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Changes:
    """What a write touched."""

    notices: bool = False
    holidays: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.notices or other.notices, self.holidays or other.holidays)
