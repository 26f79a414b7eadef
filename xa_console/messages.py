"""Turn error codes and field paths into Simplified Chinese sentences (used by the CLI and GUI).

The sentences live in ``resources/i18n/messages.zh_CN.json``; code stays free of user text.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

from xa_console.domain.channels.validate import Problem
from xa_console.domain.errors import DomainError, Issue

CATALOG = Path(__file__).resolve().parent.parent / "resources" / "i18n" / "messages.zh_CN.json"
_INDEX = re.compile(r"^(?P<name>[^\[]+)\[(?P<i>\d+)\]$")


@cache
def _catalog() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(CATALOG.read_text(encoding="utf-8"))
    return data


def field_label(path: str) -> str:
    """``notices[3].rule_set.groups.1`` → ``第3条通告 › 限行规则 › 尾号分组 › 1``."""
    fields: dict[str, str] = _catalog()["fields"]
    if path.startswith("line "):
        return fields["line"].format(n=path.split()[1])
    parts = []
    for seg in filter(None, path.split(".")):
        m = _INDEX.match(seg)
        if m:
            name = fields.get(m["name"], m["name"])
            parts.append(
                f"第{m['i']}条{name}"
                if m["name"] == "notices"
                else f"{name}（第{int(m['i']) + 1}项）"
            )
        else:
            parts.append(fields.get(seg, seg))
    return " › ".join(parts) or "输入"


def describe(issue: Issue) -> str:
    """One Chinese sentence for an issue; unknown codes still name the field and the code."""
    template = _catalog()["errors"].get(issue.code)
    params = {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in issue.params.items()}
    label = (
        field_label(issue.field)
        if issue.field and not issue.code.startswith("config.")
        else issue.field
    )
    if template is None:
        return f"{label}：输入有误（{issue.code}）。"
    try:
        return str(template.format(field=label, **params))
    except (KeyError, IndexError):
        return f"{label}：输入有误（{issue.code}）。"


def describe_problem(problem: Problem) -> str:
    """One Chinese sentence for a channel problem (limits, compliance, templates)."""
    return describe(Issue(problem.code, problem.field, {"label": problem.field, **problem.params}))


def describe_error(error: DomainError) -> str:
    """All issues of an error, one per line."""
    return "\n".join(describe(i) for i in error.issues)


def labels(group: str) -> dict[str, str]:
    """Chinese names of a group of codes shared by the GUI and the CLI (e.g. ``outbox_state``)."""
    found: dict[str, str] = _catalog()["labels"][group]
    return dict(found)
