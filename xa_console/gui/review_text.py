"""Chinese words for the review workflow: states, roles, to-dos, audit actions, local times.

Services raise errors whose parameters are codes (``role=signer``, ``state=in_review``);
:func:`describe_refusal` swaps them for the words the officers use before the sentence is built,
so a refusal reads "需要“签发人”角色" rather than "需要“signer”角色".
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from xa_console.domain.errors import DomainError, Issue
from xa_console.domain.review.workflow import Role, State
from xa_console.gui.errors import describe_exception
from xa_console.messages import describe

LOCAL_TZ = ZoneInfo("Asia/Shanghai")

STATE_LABELS: dict[str, str] = {
    State.DRAFT: "草稿",
    State.IN_REVIEW: "审核中",
    State.APPROVED: "已签发",
    State.SCHEDULED: "已排期",
    State.PUBLISHED: "已发布",
    State.PARTLY_PUBLISHED: "部分发布",
    State.FAILED: "发布失败",
    State.WITHDRAWN: "已撤回",
}
ROLE_LABELS: dict[str, str] = {
    Role.EDITOR: "编辑",
    Role.REVIEWER: "审核",
    Role.SIGNER: "签发人",
    Role.ADMIN: "管理员",
}
# What the awaited level has to do, named after the level.
TODO_LABELS: dict[str, str] = {
    Role.REVIEWER: "待审核（审核）",
    Role.SIGNER: "待签发（签发）",
}
POST_REVIEW = "事后补审"
ACTION_LABELS: dict[str, str] = {
    "submit": "提交审核",
    "approve": "通过",
    "reject": "退回",
    "withdraw": "撤回",
    "edit": "修改",
    "schedule": "排期",
    "emergency_publish": "紧急发布",
}
# The colour of a state in the queue and the detail badge: (text, background).
STATE_COLOURS: dict[str, tuple[str, str]] = {
    State.DRAFT: ("#4B5563", "#EEF1F5"),
    State.IN_REVIEW: ("#8A5300", "#FFF4D6"),
    State.APPROVED: ("#1E6B3A", "#E3F4E8"),
    State.SCHEDULED: ("#123E74", "#EAF1FB"),
    State.PUBLISHED: ("#1E6B3A", "#E3F4E8"),
    State.PARTLY_PUBLISHED: ("#8A5300", "#FFF4D6"),
    State.FAILED: ("#A50E0E", "#FDECEA"),
    State.WITHDRAWN: ("#6B7280", "#F1F3F5"),
}


def state_label(state: str) -> str:
    """Chinese name of a workflow state (the code itself when unknown)."""
    return STATE_LABELS.get(state, state)


def role_label(role: str) -> str:
    """Chinese name of a role."""
    return ROLE_LABELS.get(role, role)


def roles_text(roles: tuple[str, ...] | list[str]) -> str:
    """``编辑、审核`` in the order of :class:`Role`."""
    order = list(Role)
    known = sorted((r for r in roles if r in ROLE_LABELS), key=lambda r: order.index(Role(r)))
    return "、".join(role_label(r) for r in known) or "（无）"


def as_utc(moment: datetime) -> datetime:
    """Timestamps from SQLite come back naive: they were stored in UTC."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def local_time(moment: datetime | str, seconds: bool = False) -> str:
    """``2022-12-20 09:42`` in Xi'an time (Asia/Shanghai) from a UTC datetime or ISO text."""
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    shown = as_utc(moment).astimezone(LOCAL_TZ)
    return shown.strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")


def _localised(issue: Issue) -> Issue:
    params = dict(issue.params)
    if "role" in params:
        params["role"] = role_label(str(params["role"]))
    if "state" in params:
        params["state"] = state_label(str(params["state"]))
    if "action" in params:
        params["action"] = ACTION_LABELS.get(str(params["action"]), params["action"])
    if isinstance(params.get("until"), datetime):
        params["until"] = local_time(params["until"])
    return dataclasses.replace(issue, params=params)


def describe_refusal(exc: BaseException) -> str:
    """The Chinese sentence(s) for a refusal, with roles, states and times in Chinese."""
    if isinstance(exc, DomainError):
        return "\n".join(describe(_localised(i)) for i in exc.issues)
    return describe_exception(exc)
