"""Read a rules file (``resources/rules/*.json``): a city, named rule sets, defaults, notices."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from xa_console.domain.codec import city_from_dict, notice_from_dict
from xa_console.domain.errors import DomainError, Issue
from xa_console.domain.rules import City, Notice

FORMAT = "xa-console-rules/1"


@dataclass(frozen=True)
class RuleFile:
    """The parsed content of one rules file."""

    city: City
    notices: tuple[Notice, ...]


def read_rule_file(raw: Any) -> RuleFile:
    """Parse the JSON document; raises :class:`DomainError` listing each bad notice field."""
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise DomainError(Issue("rules.bad_format", "format", {"expected": FORMAT}))
    try:
        city = city_from_dict(raw["city"])
    except (KeyError, TypeError) as e:
        raise DomainError(Issue("field.required", f"city.{e.args[0] if e.args else 'id'}")) from e
    defaults = raw.get("defaults", {})
    notices: list[Notice] = []
    issues: list[Issue] = []
    for i, item in enumerate(raw.get("notices", []), start=1):
        merged = {**defaults, "city_id": city.id, **item}
        try:
            notices.append(notice_from_dict(merged, raw.get("rule_sets", {}), path=f"notices[{i}]"))
        except DomainError as e:
            issues.extend(e.issues)
    if issues:
        raise DomainError(issues)
    return RuleFile(city, tuple(notices))
