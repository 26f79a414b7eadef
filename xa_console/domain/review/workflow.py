"""The notice workflow: states, who may move a notice where, and content-bound approvals.

draft → in_review → approved (signed) → scheduled → published / partly_published / failed;
rejected returns to draft with comments; withdrawn ends it. Nobody approves a notice they
authored or last edited; each approval is bound to the content hash of every channel variant.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from xa_console.domain.errors import fail


class Role(StrEnum):
    """What a user may do."""

    EDITOR = "editor"  # 编辑
    REVIEWER = "reviewer"  # 审核
    SIGNER = "signer"  # 签发人
    ADMIN = "admin"  # 管理员


class State(StrEnum):
    """Where a notice is in its life."""

    DRAFT = "draft"
    IN_REVIEW = "in_review"
    APPROVED = "approved"
    SCHEDULED = "scheduled"
    PUBLISHED = "published"
    PARTLY_PUBLISHED = "partly_published"
    FAILED = "failed"
    WITHDRAWN = "withdrawn"


class Action(StrEnum):
    """Workflow actions (each one is an audit-log row)."""

    SUBMIT = "submit"
    APPROVE = "approve"
    REJECT = "reject"
    WITHDRAW = "withdraw"
    EDIT = "edit"
    SCHEDULE = "schedule"
    EMERGENCY = "emergency_publish"
    POST_REVIEW = "post_review"  # an emergency notice reviewed after the fact


DEFAULT_LEVELS: tuple[Role, ...] = (Role.REVIEWER, Role.SIGNER)
# Signed notices that may be (re)scheduled and sent; who may plan releases.
SENDABLE: frozenset[State] = frozenset(
    {State.APPROVED, State.SCHEDULED, State.PUBLISHED, State.PARTLY_PUBLISHED, State.FAILED}
)
PLANNERS: frozenset[Role] = frozenset({Role.EDITOR, Role.SIGNER, Role.ADMIN})

_ALLOWED: dict[Action, frozenset[State]] = {
    Action.SUBMIT: frozenset({State.DRAFT}),
    Action.APPROVE: frozenset({State.IN_REVIEW}),
    Action.REJECT: frozenset({State.IN_REVIEW}),
    Action.WITHDRAW: frozenset({State.DRAFT, State.IN_REVIEW, State.APPROVED, State.SCHEDULED}),
    Action.EDIT: frozenset({State.DRAFT, State.IN_REVIEW, State.APPROVED}),
    Action.SCHEDULE: SENDABLE,
    Action.EMERGENCY: frozenset({State.DRAFT, State.IN_REVIEW, State.APPROVED}),
    Action.POST_REVIEW: frozenset(
        {State.APPROVED, State.SCHEDULED, State.PUBLISHED, State.PARTLY_PUBLISHED, State.FAILED}
    ),
}


def content_hash(variants: Mapping[str, Mapping[str, str]]) -> str:
    """SHA-256 over the canonical JSON of every channel's fields: what approval binds to."""
    canonical = json.dumps(
        {c: dict(sorted(f.items())) for c, f in sorted(variants.items())},
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Approval:
    """One level's sign-off, bound to a content hash."""

    level: int
    role: Role
    user_id: int
    content_hash: str


@dataclass(frozen=True)
class ReviewState:
    """What the workflow needs to decide: state, people, levels done, current content."""

    state: State
    author_id: int
    last_editor_id: int
    content_hash: str
    approvals: tuple[Approval, ...] = ()
    levels: tuple[Role, ...] = DEFAULT_LEVELS

    @property
    def next_level(self) -> int:
        """Index of the level whose approval is awaited."""
        valid = [a for a in self.approvals if a.content_hash == self.content_hash]
        return len(valid)

    @property
    def fully_approved(self) -> bool:
        """Every level approved this exact content."""
        return self.next_level >= len(self.levels)


def check_action(
    rs: ReviewState,
    action: Action,
    user_id: int,
    roles: Sequence[Role],
    seen_hash: str | None = None,
) -> None:
    """Raise a DomainError when ``user_id`` with ``roles`` may not do ``action`` now."""
    if rs.state not in _ALLOWED[action]:
        raise fail("workflow.bad_state", "state", action=action.value, state=rs.state.value)
    if seen_hash is not None and seen_hash != rs.content_hash:
        raise fail("workflow.stale_content", "content_hash")
    if action in (Action.APPROVE, Action.REJECT):
        level = rs.levels[min(rs.next_level, len(rs.levels) - 1)]
        if level not in roles:
            raise fail("workflow.role_required", "role", role=level.value)
        if action is Action.APPROVE and user_id in (rs.author_id, rs.last_editor_id):
            raise fail("workflow.self_approval", "user")
        if action is Action.APPROVE and any(
            a.user_id == user_id for a in rs.approvals if a.content_hash == rs.content_hash
        ):
            raise fail("workflow.same_approver", "user")
    elif action is Action.POST_REVIEW:
        if not ({Role.REVIEWER, Role.SIGNER} & set(roles)):
            raise fail("workflow.role_required", "role", role=Role.REVIEWER.value)
        if user_id == rs.author_id:
            raise fail("workflow.self_approval", "user")
    elif action is Action.EMERGENCY:
        if Role.SIGNER not in roles:
            raise fail("workflow.role_required", "role", role=Role.SIGNER.value)
    elif action in (Action.SUBMIT, Action.EDIT) and not ({Role.EDITOR, Role.ADMIN} & set(roles)):
        raise fail("workflow.role_required", "role", role=Role.EDITOR.value)


def after(rs: ReviewState, action: Action, user_id: int) -> State:
    """The state a permitted action leads to."""
    if action is Action.SUBMIT:
        return State.IN_REVIEW
    if action is Action.APPROVE:
        done = rs.next_level + 1 >= len(rs.levels)
        return State.APPROVED if done else State.IN_REVIEW
    if action is Action.REJECT:
        return State.DRAFT
    if action is Action.WITHDRAW:
        return State.WITHDRAWN
    if action is Action.EDIT:
        return State.DRAFT if rs.state is State.DRAFT else State.IN_REVIEW  # approval voided
    if action is Action.SCHEDULE:
        return State.SCHEDULED
    if action is Action.POST_REVIEW:
        return rs.state
    return State.APPROVED  # emergency: published at once, reviewed after the fact
