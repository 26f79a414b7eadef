"""What the 发布计划 toolbar, context menu and keys do with the selected sends.

新建发布 opens :class:`NewReleaseDialog`; 改期 and 取消发布 act on the selected releases (a whole
release when every channel of it is selected, else channel by channel); the decisions act on
each selected send in a state that allows them. Every write runs on the serial write pool; the
merged ``Changes`` go on the bus and ``done``/``failed`` carry the sentence for the page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QWidget

from xa_console.context import AppContext
from xa_console.domain.errors import DomainError
from xa_console.domain.publishing.outbox import CANCELLABLE, OutboxState
from xa_console.domain.review.workflow import PLANNERS
from xa_console.gui import prompts
from xa_console.gui.bus import ChangeBus
from xa_console.gui.errors import describe_exception
from xa_console.gui.models.sends import SendRow
from xa_console.gui.pages import schedule_decisions
from xa_console.gui.pages.schedule_dialog import NewReleaseDialog, zone_text
from xa_console.gui.schedule_text import moment_text, send_lines
from xa_console.gui.shortcuts import PageShortcuts
from xa_console.gui.tasks import run_in_background
from xa_console.services.changes import Changes
from xa_console.services.exports.package import package_files, write_package
from xa_console.services.users import User

S = OutboxState
OPEN = CANCELLABLE
UNKNOWN = frozenset({S.UNKNOWN, S.NEEDS_HUMAN})
LATE = frozenset({S.MISSED, S.FAILED})
DROPPABLE = frozenset({S.MISSED, S.FAILED, S.AWAITING_CONFIRM})
Call = Callable[[], Changes]


def describe_rows(rows: Sequence[SendRow]) -> str:
    """``• 3月1日 周三 06:30 微博《…》`` per (release, channel), targets counted."""
    seen: dict[tuple[int, str], list[SendRow]] = {}
    for r in rows:
        seen.setdefault((r.send.release_id, r.send.channel), []).append(r)
    lines = []
    for group in seen.values():
        first = group[0]
        count = f"（{len(group)} 个接收方）" if len(group) > 1 else ""
        lines.append(
            f"• {moment_text(first.local_due)} {first.channel_name}《{first.send.title}》{count}"
        )
    return "\n".join(lines)


class ScheduleActions(QObject):
    """The page's actions, enabled by what the selection allows."""

    done = Signal(str)  # a write was stored: the sentence to show
    failed = Signal(str)  # a refusal or an error, in Chinese

    def __init__(
        self,
        ctx: AppContext,
        bus: ChangeBus,
        page: QWidget,
        shortcuts: PageShortcuts,
        selected: Callable[[], list[SendRow]],
        period_rows: Callable[[], Sequence[SendRow]],
        now_local: Callable[[], datetime],
    ) -> None:
        super().__init__(page)
        self._ctx, self._bus, self._page = ctx, bus, page
        self._selected, self._period_rows, self._now_local = selected, period_rows, now_local
        self.dialog: NewReleaseDialog | None = None
        self.busy = 0
        add = shortcuts.add
        self.new_action = add("新建发布…", ["Ctrl+N"], self.new_release)
        self.reschedule_action = add("改期…", ["F2"], self.reschedule)
        self.cancel_action = add("取消发布…", ["Delete"], self.cancel)
        self.package_action = add("导出发布包…", ["Ctrl+E"], self.export_package)
        self.confirm_action = add("确认已发布…", ["Ctrl+Return"], self.confirm_published)
        self.resolve_action = add("处理结果未知…", ["Ctrl+K"], self.resolve_unknown)
        self.late_action = add("补发", ["Ctrl+R"], self.send_late)
        self.drop_action = add("放弃", [], self.drop)
        tips = {
            self.new_action: "选一份已签发的通告，定好渠道和时间（Ctrl+N）",
            self.reschedule_action: "把待发送的内容改到另一时间（F2）",
            self.cancel_action: "取消尚未发出的内容（Delete）",
            self.package_action: "人工发布的渠道：导出签发的文字、图片和文稿（Ctrl+E）",
            self.confirm_action: "人工发布的渠道：已经在平台上发出后确认（Ctrl+Enter）",
            self.resolve_action: "发出后没有收到答复的发送：核实后确认、判定失败或重发（Ctrl+K）",
            self.late_action: "错过时间或失败的发送：现在补发/重试（Ctrl+R）",
            self.drop_action: "错过时间、失败或待人工发布的内容不再发送",
        }
        for action, tip in tips.items():
            action.setToolTip(tip)
            action.setObjectName(f"action_{action.text().rstrip('…')}")

    def actions(self) -> list[QAction]:
        """In toolbar order (the context menu leaves out 新建)."""
        return [
            self.new_action,
            self.reschedule_action,
            self.cancel_action,
            self.package_action,
            self.confirm_action,
            self.resolve_action,
            self.late_action,
            self.drop_action,
        ]

    def update(self) -> None:
        """Enable what the selection and the signed-in user allow."""
        user = self._ctx.current.user
        planner = user is not None and bool(PLANNERS & set(user.roles))
        states = {r.state for r in self._selected()}
        self.new_action.setEnabled(planner)
        self.reschedule_action.setEnabled(planner and S.PENDING in states)
        self.cancel_action.setEnabled(planner and bool(states & OPEN))
        self.confirm_action.setEnabled(planner and S.AWAITING_CONFIRM in states)
        self.package_action.setEnabled(bool(self._export_rows()))
        self.resolve_action.setEnabled(planner and bool(states & UNKNOWN))
        self.late_action.setEnabled(planner and bool(states & LATE))
        self.drop_action.setEnabled(planner and bool(states & DROPPABLE))

    # ----- planning ----------------------------------------------------------------------------
    def new_release(self, day: date | None = None) -> NewReleaseDialog | None:
        """Open the 新建发布 dialog (on ``day`` when given)."""
        if not self.new_action.isEnabled():
            return None
        chosen = next((r.send.draft_id for r in self._selected()), None)
        dialog = NewReleaseDialog(
            self._ctx,
            self._now_local,
            self._page,
            day=day,
            draft_id=chosen,
        )
        dialog.scheduled.connect(lambda changes: self._stored(changes, [], "已安排发布。"))
        self.dialog = dialog
        dialog.open()
        return dialog

    def reschedule(self) -> None:
        """Move the selected pending sends to a new time."""
        rows = [r for r in self._selected() if r.state is S.PENDING]
        if not rows:
            return
        ctx = self._ctx
        zone = zone_text(self._city(), ctx.releases.tz, rows[0].local_due)
        context = f"将以下待发送的内容改到新的时间：\n{describe_rows(rows)}"
        at = schedule_decisions.ask_reschedule(self._page, context, rows[0].local_due, zone)
        if at is None:
            return
        user = self._user()
        if user is None:
            return
        releases = ctx.releases
        calls: list[Call] = [
            partial(releases.reschedule, user, rid, at, channel)
            for rid, channel in self._scopes(rows, {S.PENDING})
        ]
        self._run(calls, f"已改到 {moment_text(at)}。")

    def cancel(self) -> None:
        """Cancel what is not sent yet of the selected releases (after asking)."""
        rows = [r for r in self._selected() if r.state in OPEN]
        if not rows:
            return
        text = f"将取消以下发布中尚未发出的内容：\n{describe_rows(rows)}\n\n已发出的内容不受影响。"
        if not prompts.confirm(self._page, "取消发布", text, ok_text="取消发布"):
            return
        user, ctx = self._user(), self._ctx
        if user is None:
            return
        calls: list[Call] = [
            partial(ctx.releases.cancel, user, rid, channel, reason="在发布计划页取消")
            for rid, channel in self._scopes(rows, set(OPEN))
        ]
        self._run(calls, "已取消发布。")

    # ----- decisions ---------------------------------------------------------------------------
    def confirm_published(self) -> None:
        """A person published the export package: mark those sends sent."""
        rows = [r for r in self._selected() if r.state is S.AWAITING_CONFIRM]
        if not rows:
            return
        context = f"确认以下内容已经在平台上人工发布：\n{describe_rows(rows)}"
        answer = schedule_decisions.ask_published(self._page, context)
        if answer is None:
            return
        url, note = answer
        self._decide(rows, "confirm", "已确认发布。", note=note, url=url)

    def _export_rows(self) -> list[SendRow]:
        book = self._ctx.releases.book()
        export = {c.id for c in book.channels if c.delivery == "export"}
        return [
            r for r in self._selected() if r.send.channel in export and r.state is not S.CANCELLED
        ]

    def export_package(self, folder: Path | None = None) -> None:
        """Write each selected export channel's package (text, cards, .docx) into a folder."""
        rows = self._export_rows()
        if not rows:
            return
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(self._page, "导出发布包到文件夹")
            if not chosen:
                return
            folder = Path(chosen)
        wanted = sorted({(r.send.draft_id, r.send.channel) for r in rows})
        drafting = self._ctx.drafting

        def job() -> int:
            return sum(
                len(write_package(package_files(drafting, draft, channel), folder))
                for draft, channel in wanted
            )

        run_in_background(
            job,
            on_done=lambda n: self.done.emit(f"已导出 {n} 个文件到 {folder}。"),
            on_error=self._crashed,
        )

    def resolve_unknown(self) -> None:
        """Sends whose outcome is unknown: confirmed, failed, or resent at the officer's risk."""
        rows = [r for r in self._selected() if r.state in UNKNOWN]
        if not rows:
            return
        detail = "\n".join(send_lines(rows[0].send, rows[0].tz)) if len(rows) == 1 else ""
        answer = schedule_decisions.ask_unknown(self._page, describe_rows(rows), detail)
        if answer is None:
            return
        done = {"confirm": "已记为已发出。", "failed": "已记为失败。", "resend": "已安排重新发送。"}
        self._decide(
            rows,
            answer.decision,
            done[answer.decision],
            note=answer.note,
            url=answer.url,
            risk=answer.accept_duplicate_risk,
        )

    def send_late(self) -> None:
        """Missed sends go out now (send_late); failed ones are tried again (retry)."""
        rows = [r for r in self._selected() if r.state in LATE]
        if not rows:
            return
        text = f"以下内容将立即发送（已过原定时间）：\n{describe_rows(rows)}"
        if not prompts.confirm(self._page, "补发", text, ok_text="立即补发"):
            return
        missed = [r for r in rows if r.state is S.MISSED]
        failed = [r for r in rows if r.state is S.FAILED]
        self._decide(missed, "send_late", "已安排补发。", more=(failed, "retry"))

    def drop(self) -> None:
        """Give up on missed, failed or not-yet-published export sends."""
        rows = [r for r in self._selected() if r.state in DROPPABLE]
        if not rows:
            return
        text = f"以下内容将不再发送：\n{describe_rows(rows)}"
        if not prompts.confirm(self._page, "放弃发送", text, ok_text="放弃"):
            return
        self._decide(rows, "drop", "已放弃。")

    def _decide(
        self,
        rows: Sequence[SendRow],
        decision: str,
        message: str,
        *,
        note: str = "",
        url: str = "",
        risk: bool = False,
        more: tuple[Sequence[SendRow], str] | None = None,
    ) -> None:
        user, releases = self._user(), self._ctx.releases
        if user is None:
            return
        pairs = [(r.id, decision) for r in rows]
        if more is not None:
            pairs += [(r.id, more[1]) for r in more[0]]
        calls: list[Call] = [
            partial(
                releases.decide, user, send_id, d, note=note, url=url, accept_duplicate_risk=risk
            )
            for send_id, d in pairs
        ]
        self._run(calls, message)

    # ----- plumbing ----------------------------------------------------------------------------
    def _scopes(
        self, rows: Sequence[SendRow], states: set[OutboxState]
    ) -> list[tuple[int, str | None]]:
        """(release, channel) pairs; channel None when every channel of the release is chosen."""
        chosen: dict[int, set[str]] = {}
        for r in rows:
            chosen.setdefault(r.send.release_id, set()).add(r.send.channel)
        out: list[tuple[int, str | None]] = []
        for rid, channels in chosen.items():
            everything = {
                r.send.channel
                for r in self._period_rows()
                if r.send.release_id == rid and r.state in states
            }
            if channels >= everything:
                out.append((rid, None))
            else:
                out.extend((rid, c) for c in sorted(channels))
        return out

    def _user(self) -> User | None:
        user = self._ctx.current.user
        if user is None:
            self.failed.emit("请先登录。")
        return user

    def _city(self) -> str:
        try:
            return self._ctx.rules.city().name_zh
        except DomainError:
            return ""

    def _run(self, calls: Sequence[Call], message: str) -> None:
        def job() -> tuple[Changes, list[str]]:
            changes, errors = Changes(), []
            for call in calls:
                try:
                    changes = changes | call()
                except DomainError as exc:  # one refusal does not stop the others
                    errors.append(describe_exception(exc))
            return changes, errors

        self.busy += 1
        run_in_background(
            job,
            on_done=lambda result: self._stored(result[0], result[1], message),
            on_error=self._crashed,
            write=True,
        )

    def _stored(self, changes: Changes, errors: list[str], message: str) -> None:
        self.busy = max(0, self.busy - 1)
        self._bus.publish(changes)
        if errors:
            self.failed.emit("\n".join(errors))
        else:
            self.done.emit(message)

    def _crashed(self, exc: BaseException) -> None:
        self.busy = max(0, self.busy - 1)
        self.failed.emit(describe_exception(exc))
