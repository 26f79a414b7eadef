"""The demo database: a team and a review history that passes audit verification."""

from __future__ import annotations

from collections import Counter

from xa_console.context import build_context
from xa_console.domain.review.workflow import State
from xa_console.services.demo import DEMO_PASSWORD, load_demo


def test_demo_history(db_url: str) -> None:
    ctx = build_context(db_url, demo=True)
    try:
        drafts = ctx.drafting.list()
        states = Counter(ctx.review.info(d[0]).state for d in drafts)
        assert states == {State.APPROVED: 8, State.IN_REVIEW: 1}
        urgent = [ctx.review.info(d[0]) for d in drafts if d[1] == "traffic_control"]
        assert urgent[0].needs_post_review and urgent[0].emergency_reason
        suspension = next(ctx.review.info(d[0]) for d in drafts if d[1] == "suspension")
        assert [d.decision for d in suspension.decisions] == ["reject", "approve", "approve"]
        assert ctx.audit.verify()[0] is None
        assert ctx.users.authenticate("wang", DEMO_PASSWORD).display_name == "王签发"
        assert not ctx.users.single_seat() and ctx.current.user is None  # sign in first
        assert load_demo(ctx.db) == 0  # only once
    finally:
        ctx.db.dispose()
