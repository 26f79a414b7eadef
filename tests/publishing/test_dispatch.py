"""The outbox worker against the fake platforms on loopback: exactly one request per key,
documented end states for token expiry, quota (45009), 5xx and timeouts, grace windows."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, time
from typing import Any

import requests
from publishing_helpers import Clock, sign

from xa_console.domain.drafting.facts import DraftKind
from xa_console.domain.publishing.outbox import OutboxState as S
from xa_console.domain.review.workflow import State
from xa_console.services.dispatch import Dispatcher
from xa_console.services.releases import ReleaseService

MORNING = datetime(2023, 3, 1, 6, 30)
PUBLISHING = (
    "freepublish/submit",
    "statuses/share",
    "SendSms",
    "message/template/send",
    "message/mass/sendall",
)


def states(releases: ReleaseService) -> dict[str, list[S]]:
    out: dict[str, list[S]] = {}
    for s in releases.sends():
        out.setdefault(s.channel, []).append(s.state)
    return out


def fault(fake: Any, endpoint: str, kind: str, **kw: Any) -> None:
    r = requests.post(
        f"{fake.url}/_fake/faults", json={"endpoint": endpoint, "fault": kind, **kw}, timeout=5
    )
    r.raise_for_status()


def publishing_requests(fake: Any) -> Counter[tuple[str, str]]:
    return Counter((e["endpoint"], e["key"]) for e in fake.log() if e["endpoint"] in PUBLISHING)


def test_due_release_goes_out_once_on_every_channel(
    ctx: Any, team: Any, releases: ReleaseService, dispatcher: Dispatcher, clock: Clock, fake: Any
) -> None:
    draft = sign(ctx, team, DraftKind.DAILY, date(2023, 3, 1))
    channels = ["wechat_article", "wechat_reminder", "weibo", "sms", "radio"]
    releases.schedule(team["editor"], draft, channels, MORNING)
    assert dispatcher.tick()["processed"] == 0  # not due yet
    clock.local(2023, 3, 1, 6, 30)
    assert dispatcher.tick()["processed"] == 8
    got = states(releases)
    assert got["wechat_article"] == [S.SENT] and got["weibo"] == [S.SENT]
    assert got["sms"] == [S.SENT, S.SENT] and got["wechat_reminder"] == [S.SENT] * 3
    assert got["radio"] == [S.AWAITING_CONFIRM]  # export channel: a person delivers it
    assert dispatcher.tick()["processed"] == 0  # nothing is sent twice
    sent = publishing_requests(fake)
    assert all(n == 1 for n in sent.values()) and len(sent) == 7
    keys = {s.key for s in releases.sends() if s.channel in ("sms", "wechat_reminder")}
    assert keys <= {k for _, k in sent}  # OutId / client_msg_id always carry our key
    clock.advance(minutes=2)  # the platform finishes its asynchronous publish meanwhile
    dispatcher.poll()
    article = next(s for s in releases.sends() if s.channel == "wechat_article")
    assert article.remote_status == "published" and article.remote_url.startswith("http")
    assert ctx.review.info(draft).state is State.SCHEDULED  # radio not yet confirmed
    radio = next(s for s in releases.sends() if s.channel == "radio")
    releases.decide(team["editor"], radio.id, "confirm", note="07:00 已播")
    assert ctx.review.info(draft).state is State.PUBLISHED
    assert ctx.audit.verify()[0] is None


def test_missed_beyond_grace_waits_for_a_person(
    ctx: Any, team: Any, releases: ReleaseService, dispatcher: Dispatcher, clock: Clock, fake: Any
) -> None:
    draft = sign(ctx, team, DraftKind.DAILY, date(2023, 3, 1))
    releases.schedule(team["editor"], draft, ["wechat_article", "sms"], MORNING)
    clock.local(2023, 3, 1, 7, 45)  # console was closed: 75 minutes late
    dispatcher.tick()
    got = states(releases)
    assert got["wechat_article"] == [S.SENT]  # within its 120-minute grace window
    assert got["sms"] == [S.MISSED, S.MISSED]  # past 30 minutes: a person decides
    assert publishing_requests(fake)[("SendSms", "")] == 0
    first = next(s for s in releases.sends() if s.channel == "sms")
    releases.decide(team["signer"], first.id, "send_late")
    dispatcher.tick()
    assert sorted(states(releases)["sms"]) == sorted([S.SENT, S.MISSED])


def test_token_expiry_is_refreshed_once(
    ctx: Any, team: Any, releases: ReleaseService, dispatcher: Dispatcher, clock: Clock, fake: Any
) -> None:
    draft = sign(ctx, team, DraftKind.DAILY, date(2023, 3, 1))
    releases.schedule(team["editor"], draft, ["wechat_article"], MORNING)
    dispatcher.clients.wechat("wechat_article").batchget_published()  # caches a token …
    fault(fake, "material/add_material", "expire_token")  # … expired when next used
    clock.local(2023, 3, 1, 6, 31)
    dispatcher.tick()
    (send,) = releases.sends()
    assert send.state is S.SENT, (send.last_code, send.last_message)
    assert publishing_requests(fake)[("freepublish/submit", "")] == 1
    calls = [e["endpoint"] for e in fake.log()]
    assert calls.count("stable_token") == 2  # the first token, then one forced refresh
    assert calls.count("material/add_material") == 2  # refused once (42001), retried once


def test_daily_quota_45009_fails_at_once_for_a_person(
    ctx: Any, team: Any, releases: ReleaseService, dispatcher: Dispatcher, clock: Clock, fake: Any
) -> None:
    """45009: the day's API quota is used up — retrying today cannot succeed (channels.md
    §2.3): the send fails with the platform's code and waits for clear_quota or tomorrow."""
    draft = sign(ctx, team, DraftKind.DAILY, date(2023, 3, 1))
    releases.schedule(team["editor"], draft, ["wechat_article"], MORNING)
    fault(fake, "freepublish/submit", "errcode", code=45009, times=100)
    clock.local(2023, 3, 1, 6, 31)
    dispatcher.tick()
    clock.advance(minutes=30)
    dispatcher.tick()
    (send,) = releases.sends()
    assert send.state is S.FAILED and send.last_code == "45009" and send.attempt_no == 1
    assert [e["endpoint"] for e in fake.log()].count("freepublish/submit") == 1


def test_retry_after_is_respected(
    ctx: Any, team: Any, releases: ReleaseService, dispatcher: Dispatcher, clock: Clock, fake: Any
) -> None:
    draft = sign(ctx, team, DraftKind.DAILY, date(2023, 3, 1))
    releases.schedule(team["editor"], draft, ["weibo"], MORNING)
    fault(fake, "statuses/share", "http_503", seconds=600, times=3)
    clock.local(2023, 3, 1, 6, 31)
    dispatcher.tick()
    (send,) = releases.sends()
    assert send.state is S.FAILED_RETRYABLE
    for _ in range(5):  # ticks and the release's own job inside the 10 minutes: no request
        clock.advance(seconds=90)
        dispatcher.tick()
        dispatcher.run_release(send.release_id, "weibo")
    assert [e["endpoint"] for e in fake.log()].count("statuses/share") == 1
    clock.advance(minutes=3)  # past Retry-After (600 s): one more try
    dispatcher.tick()
    assert [e["endpoint"] for e in fake.log()].count("statuses/share") == 2


def test_5xx_and_timeouts_are_unknown_never_resent(
    ctx: Any, team: Any, releases: ReleaseService, dispatcher: Dispatcher, clock: Clock, fake: Any
) -> None:
    draft = sign(ctx, team, DraftKind.DAILY, date(2023, 3, 1))
    releases.schedule(team["editor"], draft, ["weibo", "sms", "wechat_article"], MORNING)
    fault(fake, "statuses/share", "http_500")
    fault(fake, "SendSms", "hang_after_accept", seconds=2, times=2)
    fault(fake, "freepublish/submit", "reset_after_accept")
    clock.local(2023, 3, 1, 6, 31)
    dispatcher.tick()
    got = states(releases)
    # Weibo has no status API: a person decides; SMS and WeChat are looked up on the platform
    assert got["weibo"] == [S.NEEDS_HUMAN]
    assert got["sms"] == [S.SENT, S.SENT]  # found by OutId in QuerySendDetails
    sms = [s for s in releases.sends() if s.channel == "sms"]
    assert all(s.last_code == "reconciled_found" for s in sms)
    assert got["wechat_article"] == [S.UNKNOWN]  # still publishing: not yet in batchget
    for _ in range(3):
        clock.advance(minutes=20)
        dispatcher.tick()
    assert states(releases)["wechat_article"] == [S.SENT]  # found once it was published
    sent = publishing_requests(fake)
    assert all(n == 1 for n in sent.values())  # the lost answers were never re-sent
    weibo = next(s for s in releases.sends() if s.channel == "weibo")
    assert weibo.state is S.NEEDS_HUMAN and weibo.attempt_no == 1


def test_daily_reminder_waits_for_sign_off_at_fire_time(
    ctx: Any, team: Any, releases: ReleaseService, dispatcher: Dispatcher, clock: Clock, fake: Any
) -> None:
    releases.plan_daily(team["editor"], date(2023, 3, 1), date(2023, 3, 1), ["weibo"], time(6, 30))
    (send,) = releases.sends()
    clock.local(2023, 3, 1, 6, 30)
    dispatcher.tick()
    (send,) = releases.sends()
    assert send.state is S.PENDING and send.last_code == "waiting_approval"
    info, _ = ctx.review.submit(team["editor"], send.draft_id)
    info, _ = ctx.review.approve(team["reviewer"], send.draft_id, info.content_hash)
    ctx.review.approve(team["signer"], send.draft_id, info.content_hash)
    clock.advance(minutes=6)
    dispatcher.tick()
    assert states(releases)["weibo"] == [S.SENT]
    assert ctx.review.info(send.draft_id).state is State.PUBLISHED


def test_a_crash_while_sending_becomes_unknown(
    ctx: Any, team: Any, releases: ReleaseService, dispatcher: Dispatcher, clock: Clock
) -> None:
    from xa_console.db.models_publishing import OutboxRow

    draft = sign(ctx, team, DraftKind.DAILY, date(2023, 3, 1))
    releases.schedule(team["editor"], draft, ["weibo"], MORNING)
    (send,) = releases.sends()
    with ctx.db.write() as s:
        s.get(OutboxRow, send.id).state = S.SENDING.value
    assert dispatcher.recover() == 1
    (send,) = releases.sends()
    assert send.state is S.UNKNOWN and send.last_code == "crashed_while_sending"
    clock.local(2023, 3, 1, 6, 31)
    assert dispatcher.tick()["processed"] == 0  # never picked up as due


def test_what_goes_out_is_what_was_signed(
    ctx: Any, team: Any, releases: ReleaseService, dispatcher: Dispatcher, clock: Clock, fake: Any
) -> None:
    from pathlib import Path

    draft = sign(ctx, team, DraftKind.DAILY, date(2023, 3, 1))
    releases.schedule(team["editor"], draft, ["weibo"], MORNING)
    shipped = Path("resources/templates/daily/weibo.j2").read_text(encoding="utf-8")
    ctx.templates.save("daily/weibo.j2", shipped.replace("限行", "限号", 1))  # after sign-off
    clock.local(2023, 3, 1, 6, 31)
    dispatcher.tick()
    (send,) = releases.sends()
    assert send.state is S.FAILED and send.last_code == "content_changed"
    assert not fake.log()  # the changed text was never sent


def test_a_notice_is_not_scheduled_twice_on_a_channel_that_carried_it(
    ctx: Any, team: Any, releases: ReleaseService, dispatcher: Dispatcher, clock: Clock, fake: Any
) -> None:
    import pytest

    from xa_console.domain.errors import DomainError

    draft = sign(ctx, team, DraftKind.DAILY, date(2023, 3, 1))
    releases.schedule(team["editor"], draft, ["weibo", "radio"], MORNING)
    clock.local(2023, 3, 1, 6, 31)
    dispatcher.tick()
    later = datetime(2023, 3, 1, 12, 0)
    with pytest.raises(DomainError) as e:
        releases.schedule(team["editor"], draft, ["weibo"], later)
    assert e.value.code == "release.already_sent"
    releases.schedule(team["editor"], draft, ["radio"], later)  # a rerun on air is fine


def test_stuck_sending_becomes_unknown_when_its_lease_runs_out(
    ctx: Any, team: Any, releases: ReleaseService, dispatcher: Dispatcher, clock: Clock
) -> None:
    from datetime import timedelta

    from xa_console.db.models_publishing import OutboxRow

    draft = sign(ctx, team, DraftKind.DAILY, date(2023, 3, 1))
    releases.schedule(team["editor"], draft, ["weibo", "sms"], MORNING)
    weibo, sms, _ = (s.id for s in releases.sends())
    with ctx.db.write() as s:  # one stuck here (its outcome never committed), one elsewhere
        for send_id, owner in ((weibo, "test"), (sms, "desk-2:4242")):
            row = s.get(OutboxRow, send_id)
            row.state, row.claimed_by = S.SENDING.value, owner
            row.lease_until = clock() + timedelta(minutes=5)
    assert dispatcher.recover() == 0  # live leases: a restart elsewhere leaves them alone
    clock.advance(minutes=6)
    dispatcher.tick()
    got = {s.id: (s.state, s.last_code) for s in releases.sends()}
    assert got[weibo][0] is S.NEEDS_HUMAN or got[weibo] == (S.UNKNOWN, "lease_expired")
    assert got[sms][0] in (S.UNKNOWN, S.SENT, S.NEEDS_HUMAN)  # visible, never silently stuck
    assert all(state is not S.SENDING for state, _ in got.values())


def test_published_then_deleted_article_counts_as_sent(
    ctx: Any,
    team: Any,
    releases: ReleaseService,
    dispatcher: Dispatcher,
    clock: Clock,
    fake: Any,
    monkeypatch: Any,
) -> None:
    """publish_status 5/6: it went out, then a user deleted it or the platform banned it —
    never FAILED (a retry would publish it again)."""
    from xa_console.services import followup, senders

    draft = sign(ctx, team, DraftKind.DAILY, date(2023, 3, 1))
    releases.schedule(team["editor"], draft, ["wechat_article"], MORNING)
    clock.local(2023, 3, 1, 6, 31)
    dispatcher.tick()
    deleted = senders.Lookup(True, remote_status="publish_status_5")
    monkeypatch.setattr(followup, "poll_article", lambda *_: deleted)
    dispatcher.poll()
    (send,) = releases.sends()
    assert send.state is S.SENT and send.remote_status == "publish_status_5"
    assert ctx.review.info(draft).state is State.PUBLISHED
