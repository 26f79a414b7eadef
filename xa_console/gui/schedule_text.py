"""Words and colours of the 发布计划 page: state tones, chip summaries, tooltips, the scheduler
line and the week/month periods.

Kept free of widgets so the timeline, the table model and the tests share one wording.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from xa_console.domain.publishing.outbox import ATTENTION, OutboxState
from xa_console.domain.publishing.plans import local_time
from xa_console.gui.labels import OUTBOX_STATE, RELEASE_PLAN, SEND_RESULT
from xa_console.services.release_views import SendView
from xa_console.services.scheduling import SchedulerStatus

S = OutboxState
WEEKDAYS = "一二三四五六日"


@dataclass(frozen=True)
class Tone:
    """Text, background and border colour of a state."""

    fg: str
    bg: str
    border: str


SENT_TONE = Tone("#1E6B3A", "#E3F4E8", "#8CCB9F")
WAITING_TONE = Tone("#34495E", "#EAEFF5", "#B5C3D3")
ALARM_TONE = Tone("#A50E0E", "#FDECEA", "#E8A29B")
WARN_TONE = Tone("#8A4B00", "#FFF1DB", "#F0C277")
CANCELLED_TONE = Tone("#8A8F98", "#F2F3F5", "#D5D8DD")

# Most urgent first: a chip of several sends takes the colour of the first state it holds.
URGENCY = (
    S.UNKNOWN,
    S.NEEDS_HUMAN,
    S.FAILED,
    S.MISSED,
    S.AWAITING_CONFIRM,
    S.RECONCILING,
    S.SENDING,
    S.CLAIMED,
    S.FAILED_RETRYABLE,
    S.PENDING,
    S.SENT,
    S.CANCELLED,
)


def tone(state: OutboxState) -> Tone:
    """Green for sent, red/orange for what needs a person, grey for cancelled, else blue-grey."""
    if state is S.SENT:
        return SENT_TONE
    if state is S.CANCELLED:
        return CANCELLED_TONE
    if state in (S.MISSED, S.AWAITING_CONFIRM):
        return WARN_TONE
    if state in ATTENTION:
        return ALARM_TONE
    return WAITING_TONE


def state_label(state: OutboxState) -> str:
    """待发送 / 已发送 / 结果未知 …"""
    return OUTBOX_STATE.get(state.value, state.value)


def dominant(states: list[OutboxState]) -> OutboxState:
    """The state a group of sends is shown in (the most urgent one)."""
    return min(states, key=URGENCY.index)


def summary(states: list[OutboxState]) -> str:
    """``已发送`` for one send, ``2/2 已发送`` or ``1/2 结果未知`` for several."""
    top = dominant(states)
    live = [s for s in states if s is not S.CANCELLED] or states
    if len(live) == 1:
        return state_label(top)
    return f"{sum(1 for s in live if s is top)}/{len(live)} {state_label(top)}"


def short_title(title: str, city: str = "") -> str:
    """A notice title without the weekday, city name and 关于…的通告 wrapping."""
    text = re.sub(r"（星期.）", "", title).removeprefix("关于").removesuffix("的通告")
    return text.replace(city, "", 1) if city and len(text) > 12 else text


def day_text(d: datetime) -> str:
    """``3月1日 周三``."""
    return f"{d.month}月{d.day}日 周{WEEKDAYS[d.weekday()]}"


def moment_text(d: datetime) -> str:
    """``3月1日 周三 06:30``."""
    return f"{day_text(d)} {d:%H:%M}"


def target_text(target: str) -> str:
    """Phone numbers half hidden; an empty target is the account's public post."""
    if not target:
        return "公开发布"
    if len(target) == 11 and target.isdigit():
        return f"{target[:3]}****{target[7:]}"
    return target


def result_text(send: SendView) -> str:
    """What happened, in words: the platform's message or our reason."""
    if send.state is S.SENT:  # the platform's success code says nothing to the officer
        if send.remote_url or send.remote_id:
            return send.remote_url or f"平台编号 {send.remote_id}"
        return SEND_RESULT.get(send.last_code, "已发出")
    reason = SEND_RESULT.get(send.last_code, send.last_code)
    if send.last_message and send.last_message != reason and send.last_code not in ("late",):
        return f"{reason}：{send.last_message}" if reason else send.last_message
    return reason


def send_lines(send: SendView, tz: str) -> list[str]:
    """The facts of one send, one per line (tooltips and the unknown-result dialog)."""
    due, latest = local_time(send.due_at, tz), local_time(send.latest_at, tz)
    grace = int((send.latest_at - send.due_at) / timedelta(minutes=1))
    lines = [
        f"接收方：{target_text(send.target)}　状态：{state_label(send.state)}",
        f"计划时间：{moment_text(due)}（最晚 {latest:%H:%M} 前发出，宽限 {grace} 分钟）",
        f"幂等键：{send.key}　尝试 {send.attempt_no} 次",
    ]
    if send.remote_id or send.remote_url:
        lines.append(f"平台编号：{send.remote_id or '—'}　链接：{send.remote_url or '—'}")
    if send.last_code or send.last_message:
        lines.append(f"最近结果：{send.last_code or '—'} {send.last_message}".rstrip())
    if send.sent_at is not None:
        lines.append(f"发出时间：{moment_text(local_time(send.sent_at, tz))}")
    return lines


def group_tooltip(sends: list[SendView], channel_name: str, tz: str) -> str:
    """Tooltip of a chip: the notice, the plan, then every send of the chip."""
    first = sends[0]
    head = [first.title, f"{channel_name} · {RELEASE_PLAN.get(first.plan, first.plan)}"]
    body: list[str] = []
    for send in sends:
        body.append("")
        body.extend(send_lines(send, tz))
    return "\n".join(head + body)


def age_text(seconds: float) -> str:
    """``12 秒前`` / ``3 分钟前`` / ``2 小时前``."""
    s = max(0, int(seconds))
    if s < 60:
        return f"{s} 秒前"
    if s < 3600:
        return f"{s // 60} 分钟前"
    return f"{s // 3600} 小时前"


@dataclass(frozen=True)
class SchedulerLine:
    """The scheduler chip and the sentence beside it."""

    chip: str
    detail: str
    tone: Tone


def scheduler_line(status: SchedulerStatus | None, now: datetime, error: str = "") -> SchedulerLine:
    """本机调度运行中 / 由其他电脑运行 / 未运行 (red), with who holds it and the heartbeat."""
    if error:
        return SchedulerLine("未运行", f"调度服务未能启动：{error}", ALARM_TONE)
    if status is None:
        return SchedulerLine("正在启动调度…", "正在检查本机能否运行调度服务。", WAITING_TONE)
    beat = age_text((now - status.heartbeat_at).total_seconds()) if status.heartbeat_at else ""
    if status.running_here:
        detail = f"调度服务在本机运行（进程 {status.pid}）" + (f" · 心跳 {beat}" if beat else "")
        return SchedulerLine("本机调度运行中", detail + "，到点自动发布。", SENT_TONE)
    if status.alive:
        detail = f"调度服务由 {status.host}（进程 {status.pid}）运行 · 心跳 {beat}"
        return SchedulerLine("由其他电脑运行", detail, Tone("#1F4E8C", "#E8EFF8", "#A9C1E2"))
    last = f"最后心跳 {beat}（{status.host}）。" if beat and status.host else ""
    detail = (
        f"调度服务未运行：{last}到点的发布不会自动发出，"
        "请在负责发布的电脑上打开本程序，或启动调度服务。"
    )
    return SchedulerLine("未运行", detail, ALARM_TONE)


class Period(StrEnum):
    """How much the timeline shows."""

    WEEK = "week"
    MONTH = "month"


NAV_TEXT = {Period.WEEK: ("上一周", "本周", "下一周"), Period.MONTH: ("上一月", "本月", "下一月")}


def period_days(anchor: date, period: Period) -> list[date]:
    """The Monday-to-Sunday week or the calendar month containing ``anchor``."""
    if period is Period.WEEK:
        monday = anchor - timedelta(days=anchor.weekday())
        return [monday + timedelta(days=i) for i in range(7)]
    n = calendar.monthrange(anchor.year, anchor.month)[1]
    return [date(anchor.year, anchor.month, d) for d in range(1, n + 1)]


def period_text(days: Sequence[date], period: Period) -> str:
    """``2023年2月27日 – 3月5日`` or ``2023年3月``."""
    first, last = days[0], days[-1]
    if period is Period.MONTH:
        return f"{first.year}年{first.month}月"
    end = f"{last.year}年" if last.year != first.year else ""
    return f"{first.year}年{first.month}月{first.day}日 – {end}{last.month}月{last.day}日"
