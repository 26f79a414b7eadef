"""The per-channel outbox state machine (``shared/reference/reliability.md`` §2.5).

``SENDING`` is committed before the HTTP call; a POST whose outcome is unknown becomes
``UNKNOWN`` and only a positive remote lookup or a person moves it on — never a blind resend.
"""

from __future__ import annotations

from enum import StrEnum

from xa_console.domain.errors import fail


class OutboxState(StrEnum):
    """Where one (release, channel, target) send is."""

    PENDING = "pending"  # scheduled, not yet due or not yet claimed
    CLAIMED = "claimed"  # a worker holds the lease
    SENDING = "sending"  # committed before the request: the request may have gone out
    SENT = "sent"
    FAILED_RETRYABLE = "failed_retryable"  # nothing can have been sent; retry at next_attempt_at
    FAILED = "failed"  # permanent: configuration, content or quota; a person must act
    UNKNOWN = "unknown"  # timed out or lost after sending: reconcile, never resend blindly
    RECONCILING = "reconciling"
    NEEDS_HUMAN = "needs_human"
    MISSED = "missed"  # due while the console was closed, past its grace window
    AWAITING_CONFIRM = "awaiting_confirm"  # export channel: package ready, a person delivers it
    CANCELLED = "cancelled"


S = OutboxState
_MOVES: dict[OutboxState, frozenset[OutboxState]] = {
    S.PENDING: frozenset({S.CLAIMED, S.CANCELLED, S.MISSED, S.AWAITING_CONFIRM}),
    S.AWAITING_CONFIRM: frozenset({S.SENT, S.CANCELLED, S.PENDING}),
    S.CLAIMED: frozenset({S.SENDING, S.PENDING, S.CANCELLED}),
    S.SENDING: frozenset({S.SENT, S.FAILED_RETRYABLE, S.FAILED, S.UNKNOWN}),
    S.FAILED_RETRYABLE: frozenset({S.CLAIMED, S.FAILED, S.CANCELLED}),
    S.UNKNOWN: frozenset({S.RECONCILING, S.NEEDS_HUMAN}),
    S.RECONCILING: frozenset({S.SENT, S.FAILED, S.NEEDS_HUMAN, S.UNKNOWN}),
    S.NEEDS_HUMAN: frozenset(
        {S.SENT, S.FAILED, S.PENDING}
    ),  # PENDING = a person confirmed a resend
    S.MISSED: frozenset({S.PENDING, S.CANCELLED}),  # a person decided: send late, or drop
    S.SENT: frozenset(),
    S.FAILED: frozenset({S.PENDING, S.CANCELLED}),  # a person fixed the cause and retries
    S.CANCELLED: frozenset(),
}
FINAL = frozenset({S.SENT, S.CANCELLED})
# Not sent yet: a plan change (cancel) may still stop these.
CANCELLABLE = frozenset({S.PENDING, S.FAILED_RETRYABLE, S.MISSED, S.FAILED, S.AWAITING_CONFIRM})
# A person must look: shown in red on the schedule page until decided.
ATTENTION = frozenset({S.UNKNOWN, S.NEEDS_HUMAN, S.MISSED, S.FAILED, S.AWAITING_CONFIRM})
# Known outcomes: the notice's overall result can be computed. UNKNOWN and NEEDS_HUMAN are
# not among them — the send may have gone out, so the notice is neither failed nor done.
SETTLED = frozenset({S.SENT, S.CANCELLED, S.FAILED, S.MISSED})


def can_move(current: OutboxState, target: OutboxState) -> bool:
    """True when the state machine allows ``current`` → ``target``."""
    return target in _MOVES[current]


def move(current: OutboxState, target: OutboxState) -> OutboxState:
    """``target``, or ``outbox.bad_move`` when the machine forbids it (e.g. UNKNOWN → SENDING)."""
    if not can_move(current, target):
        raise fail("outbox.bad_move", "state", current=current.value, target=target.value)
    return target


def after_crash(state: OutboxState) -> OutboxState:
    """What a row found at start-up becomes: a send that may have left is UNKNOWN."""
    if state is S.SENDING:
        return S.UNKNOWN
    if state is S.CLAIMED:
        return S.PENDING  # the lease expired before anything was sent
    return state
