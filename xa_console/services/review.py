"""Review and sign-off (签发): submit, approve per level, reject, withdraw, emergency, comments.

Every action checks the workflow rules, locks the draft row, and writes its audit row in the
same transaction. A reviewer acts on the version they saw: if someone else acted first, the
action is refused instead of landing on a different level or content.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from xa_console.db.database import Database
from xa_console.db.models import ApprovalRow, AuditRow, CommentRow, NoticeDraftRow, UserRow
from xa_console.domain.errors import DomainError, fail
from xa_console.domain.review.audit import AuditEntry
from xa_console.domain.review.workflow import (
    DEFAULT_LEVELS,
    Action,
    Approval,
    ReviewState,
    Role,
    State,
    after,
    check_action,
)
from xa_console.services import audit
from xa_console.services.audit import AuditService
from xa_console.services.changes import Changes
from xa_console.services.drafting import DraftingService
from xa_console.services.exports.signoff_docx import ChannelText, SignoffLine, signoff_docx
from xa_console.services.users import User


@dataclass(frozen=True)
class Decision:
    """A recorded approval or rejection, with names for display."""

    level: int
    role: Role
    user_id: int
    user_name: str
    decision: str
    content_hash: str
    comment: str
    decided_at: datetime


@dataclass(frozen=True)
class ReviewInfo:
    """Where a draft stands in review."""

    draft_id: int
    title: str
    state: State
    version: int
    content_hash: str
    author_id: int | None
    last_editor_id: int | None
    decisions: tuple[Decision, ...]
    levels: tuple[Role, ...]
    emergency_reason: str = ""
    needs_post_review: bool = False
    emergency_by: int | None = None  # who published it without review, if anyone

    @property
    def next_role(self) -> Role | None:
        """The role whose approval is awaited (None when fully approved)."""
        done = sum(
            1
            for d in self.decisions
            if d.decision == "approve" and d.content_hash == self.content_hash
        )
        return (
            self.levels[done] if self.state is State.IN_REVIEW and done < len(self.levels) else None
        )


@dataclass(frozen=True)
class Comment:
    """A comment on a draft."""

    id: int
    parent_id: int | None
    author: str
    body: str
    created_at: datetime


class ReviewService:
    """The workflow over stored drafts."""

    def __init__(
        self,
        db: Database,
        levels: Sequence[Role] = DEFAULT_LEVELS,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.db = db
        self.levels = tuple(levels)
        self.clock = clock

    # ----- reading ---------------------------------------------------------------------------
    def info(self, draft_id: int) -> ReviewInfo:
        """The review state of one draft."""
        with self.db.read() as s:
            return self._info(s, self._row(s, draft_id))

    def _row(self, s: Session, draft_id: int, lock: bool = False) -> NoticeDraftRow:
        q = select(NoticeDraftRow).where(NoticeDraftRow.id == draft_id)
        row = s.scalars(q.with_for_update() if lock else q).first()
        if row is None:
            raise fail("draft.gone", "id", id=draft_id)
        return row

    def _info(self, s: Session, row: NoticeDraftRow) -> ReviewInfo:
        names: dict[int, str] = dict(s.execute(select(UserRow.id, UserRow.display_name)).all())
        rows = s.scalars(
            select(ApprovalRow).where(ApprovalRow.draft_id == row.id).order_by(ApprovalRow.id)
        )
        decisions = tuple(
            Decision(
                a.level,
                Role(a.role),
                a.user_id,
                names.get(a.user_id, "?"),
                a.decision,
                a.content_hash,
                a.comment,
                a.decided_at,
            )
            for a in rows
        )
        return ReviewInfo(
            row.id,
            row.title,
            State(row.status),
            row.row_version,
            row.content_hash,
            row.author_id,
            row.last_editor_id,
            decisions,
            self.levels,
            row.emergency_reason,
            row.needs_post_review,
            self._emergency_signer(s, row.id) if row.emergency_reason else None,
        )

    def fully_approved(self, info: ReviewInfo) -> bool:
        """Every level approved the draft's current content (what a send requires)."""
        return self._state(info).fully_approved

    def _state(self, info: ReviewInfo) -> ReviewState:
        approvals = tuple(
            Approval(d.level, d.role, d.user_id, d.content_hash)
            for d in info.decisions
            if d.decision == "approve"
        )
        return ReviewState(
            info.state,
            info.author_id or 0,
            info.last_editor_id or 0,
            info.content_hash,
            approvals,
            self.levels,
        )

    # ----- acting ----------------------------------------------------------------------------
    def _act(
        self,
        actor: User,
        draft_id: int,
        action: Action,
        seen_version: int | None,
        seen_hash: str | None = None,
        comment: str = "",
    ) -> tuple[ReviewInfo, Changes]:
        with self.db.write() as s:
            row = self._row(s, draft_id, lock=True)
            if seen_version is not None and row.row_version != seen_version:
                raise fail("workflow.concurrent", "id", id=draft_id)
            info = self._info(s, row)
            rs = self._state(info)
            single_seat = len(s.execute(select(UserRow.id).where(UserRow.active)).all()) <= 1
            check_action(
                rs if not single_seat else _as_other(rs, actor.id),
                action,
                actor.id,
                actor.roles,
                seen_hash,
            )
            new_state = after(rs, action, actor.id)
            if action in (Action.APPROVE, Action.REJECT):
                s.add(
                    ApprovalRow(
                        draft_id=row.id,
                        level=rs.next_level,
                        role=rs.levels[rs.next_level].value,
                        user_id=actor.id,
                        decision=action.value,
                        content_hash=row.content_hash,
                        comment=comment,
                        decided_at=self.clock(),
                    )
                )
            if action is Action.EMERGENCY:
                row.emergency_reason, row.needs_post_review = comment, True
            payload = {
                "from": rs.state.value,
                "to": new_state.value,
                "content_hash": row.content_hash,
                "comment": comment,
                "single_seat": single_seat,
            }
            row.status = new_state.value
            row.updated_at = self.clock()  # always an UPDATE: bumps the version others saw
            s.flush()
            audit.append(
                s, actor.id, f"draft.{action.value}", "draft", row.id, payload, self.clock()
            )
            s.flush()
            return self._info(s, row), Changes(drafts=True)

    def submit(
        self, actor: User, draft_id: int, seen_version: int | None = None
    ) -> tuple[ReviewInfo, Changes]:
        """Send a draft to review."""
        return self._act(actor, draft_id, Action.SUBMIT, seen_version)

    def approve(
        self,
        actor: User,
        draft_id: int,
        seen_hash: str,
        seen_version: int | None = None,
        comment: str = "",
    ) -> tuple[ReviewInfo, Changes]:
        """Approve the awaited level, bound to the content hash the approver saw."""
        return self._act(actor, draft_id, Action.APPROVE, seen_version, seen_hash, comment)

    def reject(
        self, actor: User, draft_id: int, comment: str, seen_version: int | None = None
    ) -> tuple[ReviewInfo, Changes]:
        """Send a draft back to its editor with the reviewer's comments (required)."""
        if not comment.strip():
            raise fail("workflow.comment_required", "comment")
        return self._act(actor, draft_id, Action.REJECT, seen_version, None, comment)

    def withdraw(self, actor: User, draft_id: int, reason: str) -> tuple[ReviewInfo, Changes]:
        """Withdraw a notice (editors, signers or admins)."""
        if not ({Role.EDITOR, Role.SIGNER, Role.ADMIN} & set(actor.roles)):
            raise fail("workflow.role_required", "role", role=Role.SIGNER.value)
        return self._act(actor, draft_id, Action.WITHDRAW, None, None, reason)

    def emergency(self, actor: User, draft_id: int, reason: str) -> tuple[ReviewInfo, Changes]:
        """A signing officer publishes at once with a written reason; reviewed afterwards."""
        if len(reason.strip()) < 4:
            raise fail("workflow.reason_required", "emergency_reason")
        return self._act(actor, draft_id, Action.EMERGENCY, None, None, reason)

    def complete_post_review(
        self, actor: User, draft_id: int, comment: str
    ) -> tuple[ReviewInfo, Changes]:
        """Review an emergency notice after the fact (someone other than its author or signer)."""
        if not ({Role.REVIEWER, Role.SIGNER} & set(actor.roles)):
            raise fail("workflow.role_required", "role", role=Role.REVIEWER.value)
        with self.db.write() as s:
            row = self._row(s, draft_id, lock=True)
            if not row.needs_post_review:
                raise fail("workflow.bad_state", "state", action="post_review", state=row.status)
            emergency_by = self._emergency_signer(s, draft_id)
            if (
                actor.id in (row.author_id, emergency_by)
                and len(s.execute(select(UserRow.id).where(UserRow.active)).all()) > 1
            ):
                raise fail("workflow.self_approval", "user")
            row.needs_post_review = False
            row.updated_at = self.clock()
            s.flush()
            audit.append(
                s,
                actor.id,
                "draft.post_review",
                "draft",
                row.id,
                {"comment": comment, "content_hash": row.content_hash},
                self.clock(),
            )
            return self._info(s, row), Changes(drafts=True)

    @staticmethod
    def _emergency_signer(s: Session, draft_id: int) -> int | None:
        q = (
            select(AuditRow.actor_id)
            .where(
                AuditRow.object_type == "draft",
                AuditRow.object_id == str(draft_id),
                AuditRow.action == "draft.emergency_publish",
            )
            .order_by(AuditRow.seq.desc())
        )
        return s.scalars(q).first()

    def batch_approve(
        self, actor: User, items: Sequence[tuple[int, str]]
    ) -> list[tuple[int, DomainError | None]]:
        """Approve many routine drafts in one action; each keeps its own hash and audit row."""
        out: list[tuple[int, DomainError | None]] = []
        for draft_id, seen_hash in items:
            try:
                self.approve(actor, draft_id, seen_hash, comment="批量签发")
                out.append((draft_id, None))
            except DomainError as e:
                out.append((draft_id, e))
        return out

    # ----- comments --------------------------------------------------------------------------
    def add_comment(
        self, actor: User, draft_id: int, body: str, parent_id: int | None = None
    ) -> Changes:
        """Comment on a draft (threaded by ``parent_id``)."""
        if not body.strip():
            raise fail("field.required", "comment")
        with self.db.write() as s:
            self._row(s, draft_id)
            row = CommentRow(
                draft_id=draft_id,
                parent_id=parent_id,
                author_id=actor.id,
                body=body.strip(),
                created_at=self.clock(),
            )
            s.add(row)
            s.flush()
            audit.append(
                s,
                actor.id,
                "draft.comment",
                "draft",
                draft_id,
                {"comment_id": row.id},
                self.clock(),
            )
        return Changes(drafts=True)

    def comments(self, draft_id: int) -> list[Comment]:
        """A draft's comments, oldest first."""
        with self.db.read() as s:
            q = (
                select(CommentRow, UserRow.display_name)
                .join(UserRow, UserRow.id == CommentRow.author_id)
                .where(CommentRow.draft_id == draft_id)
                .order_by(CommentRow.id)
            )
            return [
                Comment(c.id, c.parent_id, name, c.body, c.created_at) for c, name in s.execute(q)
            ]


def _as_other(rs: ReviewState, actor_id: int) -> ReviewState:
    """Single-seat mode: the only user may approve every level of their own notice."""
    masked = tuple(replace(a, user_id=-1) for a in rs.approvals)
    return ReviewState(rs.state, -1, -1, rs.content_hash, masked, rs.levels)


def signoff_sheet(review: ReviewService, drafting: DraftingService, draft_id: int) -> bytes:
    """The 审核单 of a draft as .docx: variants, drafter, reviewers, signer, times, hash."""
    info = review.info(draft_id)
    wb = drafting.load(draft_id)
    names = {u.id: u.display_name for u in review_users(review)}
    created = next((e for e in review_audit(review, draft_id) if e.action == "draft.create"), None)
    lines = [
        SignoffLine(
            "起草", names.get(info.author_id or 0, ""), _ts(created.ts_utc) if created else None
        )
    ]
    for d in info.decisions:
        step = ("签发" if d.role is Role.SIGNER else "审核") if d.decision == "approve" else "退回"
        stale = "" if d.content_hash == info.content_hash else "（内容已变更，此签批失效）"
        lines.append(SignoffLine(step, d.user_name, d.decided_at, d.comment + stale))
    channels = [
        ChannelText(
            c.spec.name_zh,
            [(f.label, c.current.get(f.name)) for f in c.spec.fields if c.current.get(f.name)],
        )
        for c in wb.channels
    ]
    return signoff_docx(
        wb.facts,
        info.title,
        info.state.value,
        info.content_hash,
        lines,
        channels,
        info.emergency_reason,
    )


def review_users(review: ReviewService) -> list[UserRow]:
    """All accounts (for names on the sheet)."""
    with review.db.read() as s:
        return list(s.scalars(select(UserRow)))


def review_audit(review: ReviewService, draft_id: int) -> list[AuditEntry]:
    """The draft's audit rows, oldest first."""
    return list(reversed(AuditService(review.db).entries("draft", draft_id)))


def _ts(text: str) -> datetime:
    return datetime.fromisoformat(text)
