"""What the 审核 buttons do: submit, approve/sign, reject, withdraw, emergency, comment, batch
sign-off and the sign-off sheet export.

Every write runs on the serial write pool and is awaited (:func:`run_write`, as
:mod:`xa_console.gui.undo` documents: a write takes milliseconds). An action acts on the version
and content hash the detail shows; a refusal (self-approval, wrong role, stale content, another
reviewer first) comes back as a Chinese sentence in the detail's red panel and nothing is
written. A success publishes ``Changes(drafts=True)`` on the bus.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from xa_console.context import AppContext
from xa_console.domain.errors import DomainError, Issue, fail
from xa_console.domain.review.workflow import Action, Role
from xa_console.gui.bus import ChangeBus
from xa_console.gui.dialogs import reason_dialog
from xa_console.gui.dialogs.reason_dialog import ReasonKind
from xa_console.gui.models.draft_model import kind_label
from xa_console.gui.models.review_model import QueueItem
from xa_console.gui.pages.review_detail import ReviewDetail
from xa_console.gui.review_text import describe_refusal
from xa_console.gui.tasks import run_in_background
from xa_console.gui.undo import run_write
from xa_console.services.changes import Changes
from xa_console.services.review import ReviewInfo, signoff_sheet
from xa_console.services.users import User

_DONE = {
    Action.SUBMIT: "已提交审核。",
    Action.APPROVE: "已通过，等待下一级。",
    Action.REJECT: "已退回起草人修改。",
    Action.WITHDRAW: "已撤回。",
    Action.EMERGENCY: "已紧急发布，已标记为事后补审。",
    Action.POST_REVIEW: "已完成事后补审。",
}


class ReviewActions(QObject):
    """Carries out the detail's buttons for the signed-in user."""

    refresh_requested = Signal()  # a refusal: re-read, someone else may have acted

    def __init__(
        self, ctx: AppContext, bus: ChangeBus, detail: ReviewDetail, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._bus = bus
        self._detail = detail
        self._parent = parent
        self.folder = Path.home()
        self.exporting = 0
        detail.action_requested.connect(self.perform)
        detail.export_requested.connect(self.export_sheet)
        detail.ui.comments_view.post_requested.connect(self.post_comment)

    # ----- one draft -------------------------------------------------------------------------
    def perform(self, action: Action) -> bool:
        """Ask for what the action needs, then do it; True when it was stored."""
        data = self._detail.data
        user = self._ctx.current.user
        if data is None:
            return False
        if user is None:
            self._detail.show_refusal(fail("auth.required", "user"))
            return False
        info, review = data.info, self._ctx.review
        context = f"《{info.title}》\n内容摘要 {info.content_hash[:8]}（版本 {info.version}）"
        call: Callable[[], Any]
        if action is Action.SUBMIT:
            call = lambda: review.submit(user, info.draft_id, seen_version=info.version)  # noqa: E731
        else:
            kind = _reason_kind(action, info.next_role)
            text = reason_dialog.ask_reason(self._parent, kind, context)
            if text is None:
                return False
            call = _call(self._ctx, action, user, data.info, text)
        done = _DONE[action]
        if action is Action.APPROVE and info.next_role is Role.SIGNER:
            done = "已签发。"
        return self._write(call, done)

    def post_comment(self, body: str, parent_id: int | None) -> bool:
        """Store a comment (or a reply) on the draft shown."""
        data, user = self._detail.data, self._ctx.current.user
        if data is None:
            return False
        if user is None:
            self._detail.show_refusal(fail("auth.required", "user"))
            return False
        draft_id = data.info.draft_id
        ok = self._write(
            lambda: self._ctx.review.add_comment(user, draft_id, body, parent_id), "评论已发表。"
        )
        if ok:
            self._detail.ui.comments_view.posted()
        return ok

    def _write(self, fn: Callable[[], Any], message: str) -> bool:
        try:
            result = run_write(fn)
        except Exception as exc:  # a refusal, or the database failing: shown, never raised
            self._detail.show_result("")
            self._detail.show_refusal(exc)
            self.refresh_requested.emit()
            return False
        changes = result[1] if isinstance(result, tuple) else result
        self._detail.clear_refusal()
        self._detail.show_result(message)
        self._bus.publish(changes if isinstance(changes, Changes) else Changes(drafts=True))
        return True

    # ----- batch sign-off --------------------------------------------------------------------
    def batch_sign(self, items: Sequence[QueueItem]) -> list[tuple[QueueItem, str | None]]:
        """Sign each draft at the hash the queue showed; (item, refusal or None) per draft."""
        user = self._ctx.current.user
        if user is None:
            refusal = describe_refusal(fail("auth.required", "user"))
            return [(item, refusal) for item in items]
        pairs = [(item.id, item.info.content_hash) for item in items]
        try:
            results = run_write(lambda: self._ctx.review.batch_approve(user, pairs))
        except Exception as exc:  # the database itself failed: nothing was half-signed
            return [(item, describe_refusal(exc)) for item in items]
        errors: dict[int, DomainError | None] = dict(results)
        out: list[tuple[QueueItem, str | None]] = []
        for item in items:
            error = errors.get(item.id)
            out.append((item, None if error is None else describe_refusal(error)))
        if any(why is None for _, why in out):
            self._bus.publish(Changes(drafts=True))
        return out

    # ----- sign-off sheet --------------------------------------------------------------------
    def export_sheet(self) -> None:
        """Save the 审核单 (.docx) of the draft shown where the officer chooses."""
        data = self._detail.data
        if data is None:
            return
        default = self.folder / f"审核单_{data.day}_{kind_label(data.kind)}.docx"
        chosen, _ = QFileDialog.getSaveFileName(
            self._parent, "导出审核单", str(default), "Word 文档 (*.docx)"
        )
        if not chosen:
            return
        target = Path(chosen) if chosen.lower().endswith(".docx") else Path(f"{chosen}.docx")
        self.folder = target.parent
        review, drafting, draft_id = self._ctx.review, self._ctx.drafting, data.info.draft_id

        def job() -> Path:
            target.write_bytes(signoff_sheet(review, drafting, draft_id))
            return target

        self.exporting += 1
        run_in_background(job, on_done=self._exported, on_error=self._export_failed)

    def _exported(self, path: Path) -> None:
        self.exporting -= 1
        self._detail.show_result(f"已导出审核单：{path}")

    def _export_failed(self, exc: BaseException) -> None:
        self.exporting -= 1
        if isinstance(exc, OSError):
            reason = exc.strerror or str(exc)
            exc = DomainError(Issue("file.unwritable", "审核单", {"reason": reason}))
        self._detail.show_refusal(exc, "未能导出审核单：")


def _reason_kind(action: Action, next_role: Role | None) -> ReasonKind:
    if action is Action.APPROVE:
        return ReasonKind.SIGN if next_role is Role.SIGNER else ReasonKind.APPROVE
    return {
        Action.REJECT: ReasonKind.REJECT,
        Action.WITHDRAW: ReasonKind.WITHDRAW,
        Action.EMERGENCY: ReasonKind.EMERGENCY,
        Action.POST_REVIEW: ReasonKind.POST_REVIEW,
    }[action]


def _call(
    ctx: AppContext, action: Action, user: User, info: ReviewInfo, text: str
) -> Callable[[], Any]:
    review, draft_id = ctx.review, info.draft_id
    if action is Action.APPROVE:
        return lambda: review.approve(user, draft_id, info.content_hash, info.version, text)
    if action is Action.REJECT:
        return lambda: review.reject(user, draft_id, text, seen_version=info.version)
    if action is Action.WITHDRAW:
        return lambda: review.withdraw(user, draft_id, text)
    if action is Action.POST_REVIEW:
        return lambda: review.complete_post_review(user, draft_id, text)
    return lambda: review.emergency(user, draft_id, text)
