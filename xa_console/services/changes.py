"""Change records returned by mutating services, so each screen redraws only what changed."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Changes:
    """What a write touched."""

    notices: bool = False
    holidays: bool = False
    channels: bool = False  # limits, word lists
    templates: bool = False
    drafts: bool = False
    releases: bool = False  # releases, outbox, accounts, scheduler state

    def __or__(self, other: Changes) -> Changes:
        return Changes(*(a or b for a, b in zip(self._flags(), other._flags(), strict=True)))

    def _flags(self) -> tuple[bool, ...]:
        return (
            self.notices,
            self.holidays,
            self.channels,
            self.templates,
            self.drafts,
            self.releases,
        )

    def __bool__(self) -> bool:
        return any(self._flags())
