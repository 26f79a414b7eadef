"""Undoable edits of notices and holiday plans on the shared ``QUndoStack``.

Each command calls a service in ``redo``/``undo`` and publishes the returned ``Changes`` on the
bus. ``QUndoStack.push`` runs ``redo`` at once, so pushing a command *is* the save.

Design choice: commands are synchronous. ``QUndoStack`` assumes ``redo``/``undo`` have finished
when they return (its index moves at once), and a write takes a few milliseconds. To keep the
house rule "every DB write through one serial executor", the command hands the service call to the
serial write pool (:func:`xa_console.gui.tasks.write_pool`) and waits for it, so it never races
with a background write. A failed step never raises out of Qt: the command marks itself obsolete
(Qt then drops it from the stack, which keeps the stack in line with the database) and reports the
error: the first run through :class:`Outcome` (the editor shows it inline), later undo/redo runs
through ``on_error`` (a message box).
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtGui import QUndoCommand, QUndoStack

from xa_console.domain.calendar import HolidayYear
from xa_console.domain.errors import fail
from xa_console.domain.rules import Notice
from xa_console.gui.bus import ChangeBus
from xa_console.gui.tasks import write_pool
from xa_console.services.changes import Changes
from xa_console.services.holidays import HolidayService
from xa_console.services.rules import RuleService

T = TypeVar("T")
WRITE_TIMEOUT_S = 60.0
ErrorSink = Callable[[BaseException], None]


def run_write(fn: Callable[[], T]) -> T:
    """Run ``fn`` on the serial write pool and wait for its result (re-raising its error)."""
    future: Future[T] = Future()

    def job() -> None:
        try:
            future.set_result(fn())
        except BaseException as exc:  # re-raised on the GUI thread below
            future.set_exception(exc)

    write_pool().start(job)
    try:
        return future.result(timeout=WRITE_TIMEOUT_S)
    except TimeoutError as exc:
        raise fail("db.unreachable", "db", value="", reason="写入超时") from exc


@dataclass
class Outcome:
    """What the first run of a command produced: its result, or the error that dropped it."""

    result: Any = None
    error: BaseException | None = None


def push(stack: QUndoStack, command: ServiceCommand) -> Outcome:
    """Push (and so perform) a command; a failed command is not kept on the stack."""
    outcome = command.outcome  # keep a Python reference: Qt deletes a dropped command
    stack.push(command)
    return outcome


class ServiceCommand(QUndoCommand):
    """Base class: ``_apply``/``_revert`` run a service call and return its ``Changes``."""

    def __init__(self, text: str, bus: ChangeBus, on_error: ErrorSink) -> None:
        super().__init__(text)
        self.outcome = Outcome()
        self._bus = bus
        self._on_error = on_error
        self._runs = 0

    def redo(self) -> None:
        """Perform (first push) or re-perform the action."""
        self._step(self._apply)

    def undo(self) -> None:
        """Revert the action."""
        self._step(self._revert)

    def _step(self, fn: Callable[[], Changes]) -> None:
        first = self._runs == 0
        self._runs += 1
        try:
            changes = run_write(fn)
        except Exception as exc:  # shown to the user, never raised into Qt
            self.setObsolete(True)
            if first:
                self.outcome.error = exc
            else:
                self._on_error(exc)
            return
        self._bus.publish(changes)

    def _apply(self) -> Changes:
        raise NotImplementedError

    def _revert(self) -> Changes:
        raise NotImplementedError


class SaveNoticeCommand(ServiceCommand):
    """Save a notice; undo saves the previous version back, or deletes a new notice."""

    def __init__(
        self,
        rules: RuleService,
        notice: Notice,
        expected_version: int | None,
        previous: Notice | None,
        bus: ChangeBus,
        on_error: ErrorSink,
    ) -> None:
        super().__init__(f"保存通告“{notice.title}”", bus, on_error)
        self._rules = rules
        self._notice = notice
        self._previous = previous
        self._version = expected_version
        self._saved: Notice | None = None

    def _apply(self) -> Changes:
        if self._saved is None:
            saved, changes = self._rules.save_notice(self._notice, self._version)
        elif self._previous is None:
            saved, changes = self._rules.restore_notice(self._saved)
        else:
            saved, changes = self._rules.save_notice(self._saved, self._version)
        self._remember(saved)
        self.outcome.result = saved
        return changes

    def _revert(self) -> Changes:
        assert self._saved is not None and self._saved.id is not None
        if self._previous is None:
            _, changes = self._rules.delete_notice(self._saved.id)
            return changes
        _, changes = self._rules.save_notice(self._previous, self._version)
        self._version = self._rules.notice_version(self._saved.id)
        return changes

    def _remember(self, saved: Notice) -> None:
        self._saved = saved
        self._version = None if saved.id is None else self._rules.notice_version(saved.id)


class DeleteNoticeCommand(ServiceCommand):
    """Delete a notice; undo restores it (same id when still free)."""

    def __init__(
        self, rules: RuleService, notice: Notice, bus: ChangeBus, on_error: ErrorSink
    ) -> None:
        super().__init__(f"删除通告“{notice.title}”", bus, on_error)
        self._rules = rules
        self._notice = notice

    def _apply(self) -> Changes:
        assert self._notice.id is not None
        gone, changes = self._rules.delete_notice(self._notice.id)
        self._notice = gone
        self.outcome.result = gone
        return changes

    def _revert(self) -> Changes:
        restored, changes = self._rules.restore_notice(self._notice)
        self._notice = restored
        return changes


class SaveHolidayYearCommand(ServiceCommand):
    """Save a year's plan; undo saves the previous plan back, or deletes a new year."""

    def __init__(
        self, holidays: HolidayService, plan: HolidayYear, bus: ChangeBus, on_error: ErrorSink
    ) -> None:
        super().__init__(f"保存{plan.year}年节假日安排", bus, on_error)
        self._holidays = holidays
        self._plan = plan
        self._previous: HolidayYear | None = None

    def _apply(self) -> Changes:
        previous, changes = self._holidays.save_year(self._plan)
        if self._runs == 1:
            self._previous = previous
        self.outcome.result = self._plan
        return changes

    def _revert(self) -> Changes:
        if self._previous is None:
            _, changes = self._holidays.delete_year(self._plan.year)
        else:
            _, changes = self._holidays.save_year(self._previous)
        return changes


class DeleteHolidayYearCommand(ServiceCommand):
    """Delete a year's plan (its days become "no calendar"); undo saves it back."""

    def __init__(
        self, holidays: HolidayService, year: int, bus: ChangeBus, on_error: ErrorSink
    ) -> None:
        super().__init__(f"删除{year}年节假日安排", bus, on_error)
        self._holidays = holidays
        self._year = year
        self._previous: HolidayYear | None = None

    def _apply(self) -> Changes:
        previous, changes = self._holidays.delete_year(self._year)
        if previous is not None:
            self._previous = previous
        self.outcome.result = previous
        return changes

    def _revert(self) -> Changes:
        if self._previous is None:
            return Changes()
        _, changes = self._holidays.save_year(self._previous)
        return changes
