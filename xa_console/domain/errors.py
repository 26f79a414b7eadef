"""Domain errors carry a code and parameters; the user-facing sentence is chosen by the caller."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Issue:
    """One problem found in user input: a message code, the field it concerns and parameters."""

    code: str
    field: str = ""
    params: dict[str, Any] = dataclasses.field(default_factory=dict)


class DomainError(Exception):
    """Raised when input breaks a domain rule; holds one or more :class:`Issue` records."""

    def __init__(self, issues: list[Issue] | Issue) -> None:
        self.issues: list[Issue] = issues if isinstance(issues, list) else [issues]
        first = self.issues[0]
        super().__init__(f"{first.code} field={first.field} {first.params}")

    @property
    def code(self) -> str:
        """Code of the first issue (most callers show one message)."""
        return self.issues[0].code


def fail(code: str, field: str = "", **params: Any) -> DomainError:
    """Build a single-issue :class:`DomainError` (``raise fail(...)``)."""
    return DomainError(Issue(code, field, dict(params)))
