"""Planning releases: one-off, synchronized, daily from the calendar, rundowns; cancel,
reschedule and people's decisions — on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any

import pytest
from publishing_helpers import Clock, sign

from xa_console.domain.drafting.facts import DraftKind
from xa_console.domain.errors import DomainError
from xa_console.domain.publishing.outbox import OutboxState as S
from xa_console.domain.review.workflow import State
from xa_console.services.releases import ReleaseService

MORNING = datetime(2023, 3, 1, 6, 30)  # Xi'an wall-clock time


def code(fn: Any) -> str:
    with pytest.raises(DomainError) as e:
        fn()
    return e.value.code


def test_synchronized_release_makes_one_send_per_channel_and_target(
    ctx: Any, team: Any, releases: ReleaseService
) -> None:
    draft = sign(ctx, team, DraftKind.DAILY, date(2023, 3, 1))
    channels = ["wechat_article", "weibo", "sms", "radio"]
    ids, changes = releases.schedule(team["editor"], draft, channels, MORNING)
    assert len(ids) == 1 and changes.releases and changes.drafts
    sends = releases.sends()
    assert sorted(s.channel for s in sends) == ["radio", "sms", "sms", "wechat_article", "weibo"]
    assert {s.due_at for s in sends} == {datetime(2023, 2, 28, 22, 30, tzinfo=UTC)}
    assert len({s.key for s in sends}) == 5 and all(len(s.key.encode()) <= 64 for s in sends)
    assert {s.target for s in sends if s.channel == "sms"} == {"13800000001", "13800000002"}
    assert all(s.state is S.PENDING and s.plan == "synchronized" for s in sends)
    sms = next(s for s in sends if s.channel == "sms")
    assert (sms.latest_at - sms.due_at).total_seconds() == 30 * 60  # SMS grace: 30 minutes
    assert ctx.review.info(draft).state is State.SCHEDULED
    actions = [e.action for e in ctx.audit.entries("draft", draft)]
    assert actions[0] == "draft.schedule"
    assert ctx.audit.verify()[0] is None


def test_only_signed_notices_by_planners_in_the_future(
    ctx: Any, team: Any, releases: ReleaseService, clock: Clock
) -> None:
    wb, _ = ctx.drafting.save(ctx.drafting.new(DraftKind.DAILY, date(2023, 3, 1)), team["editor"])
    unsigned = wb.draft_id
    assert code(lambda: releases.schedule(team["editor"], unsigned, ["weibo"], MORNING)) == (
        "workflow.bad_state"
    )
    draft = sign(ctx, team, DraftKind.DAILY, date(2023, 3, 2))
    assert code(lambda: releases.schedule(team["reviewer"], draft, ["weibo"], MORNING)) == (
        "workflow.role_required"
    )
    past = datetime(2023, 2, 27, 9, 0)
    assert code(lambda: releases.schedule(team["editor"], draft, ["weibo"], past)) == (
        "release.in_past"
    )
    assert code(lambda: releases.schedule(team["editor"], draft, ["nope"], MORNING)) == (
        "release.unknown_channel"
    )
    assert code(lambda: releases.schedule(team["editor"], draft, [], MORNING)) == (
        "release.no_channels"
    )
    assert releases.sends() == []  # nothing half-written


def test_cancel_and_reschedule(ctx: Any, team: Any, releases: ReleaseService) -> None:
    draft = sign(ctx, team, DraftKind.DAILY, date(2023, 3, 1))
    (rid,), _ = releases.schedule(team["editor"], draft, ["weibo", "sms"], MORNING)
    releases.reschedule(team["editor"], rid, datetime(2023, 3, 1, 7, 5), channel="weibo")
    weibo = next(s for s in releases.sends() if s.channel == "weibo")
    assert weibo.due_at == datetime(2023, 2, 28, 23, 5, tzinfo=UTC)
    assert (weibo.latest_at - weibo.due_at).total_seconds() == 120 * 60
    releases.cancel(team["editor"], rid, "sms", reason="改发服务号")
    states = {(s.channel, s.state) for s in releases.sends()}
    assert states == {("weibo", S.PENDING), ("sms", S.CANCELLED)}
    assert ctx.review.info(draft).state is State.SCHEDULED
    releases.cancel(team["editor"], rid)
    assert ctx.review.info(draft).state is State.APPROVED  # all cancelled: schedulable again
    assert code(lambda: releases.cancel(team["editor"], rid)) == "release.nothing_to_cancel"


def test_daily_plan_follows_the_calendar(
    ctx: Any, team: Any, releases: ReleaseService, clock: Clock
) -> None:
    # Mon 2023-02-27 .. Sun 2023-03-05; the clock stands at Tue 2023-02-28 06:00
    ids, _ = releases.plan_daily(
        team["editor"], date(2023, 2, 27), date(2023, 3, 5), ["wechat_reminder"], time(6, 30)
    )
    sends = releases.sends()
    days = sorted({s.due_at.astimezone(UTC).date() for s in sends})
    # Monday is already past; the weekend is not restricted
    assert len(ids) == 4 and len({s.series for s in sends}) == 1
    assert [d.isoformat() for d in days] == ["2023-02-27", "2023-02-28", "2023-03-01", "2023-03-02"]
    assert len(sends) == 4 * 3  # three configured service-account recipients
    drafts = {s.draft_id for s in sends}
    assert all(ctx.review.info(d).state is State.DRAFT for d in drafts)  # to be signed off


def test_rundown_for_radio(ctx: Any, team: Any, releases: ReleaseService) -> None:
    draft = sign(ctx, team, DraftKind.DAILY, date(2023, 3, 1))
    times = [time(7, 0), time(7, 20), time(7, 40), time(8, 0), time(8, 25)]
    ids, _ = releases.schedule_rundown(team["editor"], draft, "radio", date(2023, 3, 1), times)
    sends = releases.sends()
    assert len(ids) == 5 and len(sends) == 5 and len({s.series for s in sends}) == 1
    assert all(s.plan == "rundown" for s in sends)
    assert (
        code(
            lambda: releases.schedule_rundown(
                team["editor"], draft, "radio", date(2023, 3, 1), [time(7, 0), time(7, 0)]
            )
        )
        == "release.duplicate_time"
    )


def test_decisions_need_the_right_state_and_the_duplicate_risk_accepted(
    ctx: Any, team: Any, releases: ReleaseService
) -> None:
    draft = sign(ctx, team, DraftKind.DAILY, date(2023, 3, 1))
    releases.schedule(team["editor"], draft, ["weibo"], MORNING)
    (send,) = releases.sends()
    assert code(lambda: releases.decide(team["editor"], send.id, "confirm")) == (
        "release.bad_decision"
    )
    with ctx.db.write() as s:  # as the dispatcher leaves it after a lost answer
        from xa_console.db.models_publishing import OutboxRow

        row = s.get(OutboxRow, send.id)
        row.state = S.UNKNOWN.value
    assert code(lambda: releases.decide(team["editor"], send.id, "resend")) == (
        "release.duplicate_risk"
    )
    releases.decide(team["editor"], send.id, "resend", accept_duplicate_risk=True)
    (again,) = releases.sends()
    assert again.state is S.PENDING
    trail = [e.action for e in ctx.audit.entries("outbox", send.id)]
    assert trail[0] == "outbox.pending"
