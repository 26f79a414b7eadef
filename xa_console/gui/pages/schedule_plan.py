"""What the 新建发布 dialog asks for, without widgets: the request, its checks and its summary.

The dialog collects a :class:`ReleaseRequest`; :func:`problems` names each bad field in Chinese
before anything is written, :func:`summary` says in one sentence what will happen and
:func:`perform` hands the request to :class:`ReleaseService` (on the write pool).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time

from xa_console.context import AppContext
from xa_console.domain.errors import DomainError
from xa_console.domain.publishing.plans import Plan, restriction_days
from xa_console.domain.review.workflow import SENDABLE
from xa_console.services.changes import Changes
from xa_console.services.users import User

SCHEDULABLE = frozenset(s.value for s in SENDABLE)  # draft statuses a release may use
PLAN_ORDER = (Plan.ONE_OFF, Plan.SYNCHRONIZED, Plan.RUNDOWN, Plan.DAILY)
SINGLE_CHANNEL = frozenset({Plan.ONE_OFF, Plan.RUNDOWN})


@dataclass(frozen=True)
class ReleaseRequest:
    """One filled-in 新建发布 dialog."""

    plan: Plan
    draft_id: int | None
    channels: tuple[str, ...]
    at: datetime | None = None  # one-off / synchronized: the city's wall-clock time
    day: date | None = None  # rundown
    times: tuple[time, ...] = ()
    start: date | None = None  # daily
    end: date | None = None
    at_time: time | None = None
    note: str = ""


@dataclass(frozen=True)
class Problem:
    """A field the officer must fix: the widget's key and the sentence."""

    key: str
    text: str


@dataclass
class ChannelInfo:
    """What the summary needs to know of the channels."""

    names: Mapping[str, str]
    recipients: Mapping[str, int] = field(default_factory=dict)


def md(d: date | datetime) -> str:
    """``3月1日``."""
    return f"{d.month}月{d.day}日"


def problems(req: ReleaseRequest, now_local: datetime) -> list[Problem]:
    """Every problem of the request, each naming its field."""
    out: list[Problem] = []
    if req.plan is not Plan.DAILY and req.draft_id is None:
        out.append(Problem("notice", "通告：请选择一份已签发的通告。"))
    if not req.channels:
        out.append(Problem("channels", "发布渠道：请至少选择一个渠道。"))
    elif req.plan in SINGLE_CHANNEL and len(req.channels) > 1:
        out.append(Problem("channels", "发布渠道：这种发布方式只能选一个渠道。"))
    elif req.plan is Plan.SYNCHRONIZED and len(req.channels) < 2:
        out.append(
            Problem(
                "channels", "发布渠道：多渠道同步请至少选两个渠道；只发一个渠道请选“定时发布”。"
            )
        )
    if req.at is not None and req.at < now_local.replace(second=0, microsecond=0):
        when = f"{md(req.at)} {req.at:%H:%M}"
        out.append(Problem("at", f"发布时间：{when} 已经过去，请选择将来的时间。"))
    if req.plan is Plan.RUNDOWN:
        if not req.times:
            out.append(Problem("times", "播出时刻：请至少添加一个播出时刻。"))
        elif req.day is not None and datetime.combine(req.day, max(req.times)) < now_local:
            out.append(Problem("times", f"播出时刻：{md(req.day)} 的这些时刻都已经过去。"))
    if req.plan is Plan.DAILY and req.start and req.end and req.end < req.start:
        out.append(Problem("end", f"结束日期：{md(req.end)} 早于开始日期 {md(req.start)}。"))
    return out


def channel_list(channels: Sequence[str], info: ChannelInfo) -> str:
    """``微信订阅号图文、微博、短信（2 人）``."""
    parts = []
    for c in channels:
        n = info.recipients.get(c, 0)
        name = info.names.get(c, c)
        parts.append(f"{name}（{n} 人）" if n else name)
    return "、".join(parts)


def summary(req: ReleaseRequest, info: ChannelInfo, ctx: AppContext | None = None) -> str:
    """One sentence on what will happen: ``将在 3月1日 06:30 同时发布到 微博、短信（2 人）``."""
    targets = channel_list(req.channels, info) or "（未选渠道）"
    if req.plan in (Plan.ONE_OFF, Plan.SYNCHRONIZED) and req.at is not None:
        together = "同时" if len(req.channels) > 1 else ""
        return f"将在 {md(req.at)} {req.at:%H:%M} {together}发布到 {targets}"
    if req.plan is Plan.RUNDOWN and req.day is not None:
        if not req.times:
            return f"将在 {md(req.day)} 于 {targets} 播出（请添加播出时刻）"
        times = "、".join(f"{t:%H:%M}" for t in sorted(req.times))
        return f"将在 {md(req.day)} 的 {times} 于 {targets} 播出 {len(req.times)} 次"
    if req.plan is Plan.DAILY and req.start and req.end and req.at_time:
        days = ""
        if ctx is not None and req.end >= req.start:
            try:
                days = (
                    f"（共 {len(restriction_days(ctx.rules.rulebook(), req.start, req.end))} 天）"
                )
            except DomainError:
                days = ""
        return (
            f"将为 {md(req.start)} 至 {md(req.end)} 的每个限行日{days}生成提醒，"
            f"签发后各在 {req.at_time:%H:%M} 发布到 {targets}"
        )
    return ""


def perform(ctx: AppContext, user: User, req: ReleaseRequest) -> Changes:
    """Plan the release (runs on the write pool); returns what changed."""
    releases = ctx.releases
    if req.plan is Plan.DAILY:
        assert req.start and req.end and req.at_time
        _, changes = releases.plan_daily(user, req.start, req.end, req.channels, req.at_time)
        return changes
    assert req.draft_id is not None
    if req.plan is Plan.RUNDOWN:
        assert req.day is not None
        _, changes = releases.schedule_rundown(
            user, req.draft_id, req.channels[0], req.day, req.times
        )
        return changes
    assert req.at is not None
    _, changes = releases.schedule(user, req.draft_id, req.channels, req.at, note=req.note)
    return changes
