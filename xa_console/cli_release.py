"""``xa-console-cli`` commands for releases, the scheduler service and the fake platforms."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import signal
import sys
import threading
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any, TypeVar

from xa_console.context import AppContext, build_scheduler
from xa_console.domain.errors import fail
from xa_console.domain.publishing.plans import local_time, to_utc
from xa_console.messages import labels
from xa_console.services.exports.package import package_files, write_package
from xa_console.services.rehearsal import RehearsalServer
from xa_console.services.release_views import SendView
from xa_console.services.scheduling import status
from xa_console.services.users import User

Opener = Callable[[argparse.Namespace], AppContext]
T = TypeVar("T")
STATE_ZH = labels("outbox_state")


def parsing(field: str, parse: Callable[[str], T], code: str) -> Callable[[str], T]:
    """A converter for a command-line value that fails with ``code`` naming ``field``."""

    def convert(text: str) -> T:
        try:
            return parse(text)
        except ValueError:
            raise fail(code, field, value=text) from None

    return convert


def _moment(field: str) -> Callable[[str], datetime]:
    return parsing(
        field, lambda t: datetime.fromisoformat(t.replace("T", " ")), "field.bad_datetime"
    )


def _date(field: str) -> Callable[[str], date]:
    return parsing(field, date.fromisoformat, "field.bad_date")


def _clock_time(text: str) -> time:
    try:
        return time.fromisoformat(text)
    except ValueError:
        raise fail("field.bad_time", "time", value=text) from None


def _channels(text: str) -> list[str]:
    return [c.strip() for c in text.split(",") if c.strip()]


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add ``release``, ``scheduler``, ``fake-platforms`` and ``account`` to the parser."""
    who = argparse.ArgumentParser(add_help=False)
    who.add_argument("--user", help="以此用户操作（密码取自 XA_CONSOLE_PASSWORD 或提示输入）")
    s = sub.add_parser("release", parents=[common], help="发布计划：列出、安排、取消、处理")
    rs = s.add_subparsers(dest="release_command", required=True)
    ls = rs.add_parser("list", parents=[common], help="列出发布计划中的每一次发送")
    ls.add_argument("--format", choices=("table", "json"), default="table")
    ls.add_argument("--from", dest="start", help="自该日（含，本地日期）")
    ls.add_argument("--to", dest="end", help="至该日（含）")
    sc = rs.add_parser("schedule", parents=[common, who], help="安排已签发通告在某时刻发布")
    sc.add_argument("--draft", type=int, required=True, help="通告（草稿）编号")
    sc.add_argument("--channels", type=_channels, required=True, help="渠道，逗号分隔，同时发布")
    sc.add_argument("--at", required=True, help="本地时间，如 2026-11-25 06:30")
    sc.add_argument("--note", default="")
    dl = rs.add_parser("daily", parents=[common, who], help="按日历为每个限行日生成每日提醒")
    dl.add_argument("--from", dest="start", required=True)
    dl.add_argument("--to", dest="end", required=True)
    dl.add_argument("--channels", type=_channels, required=True)
    dl.add_argument("--time", default="06:30", help="每天几点（默认 06:30）")
    rd = rs.add_parser("rundown", parents=[common, who], help="广播口播：一天内多个时刻")
    rd.add_argument("--draft", type=int, required=True)
    rd.add_argument("--channel", default="radio")
    rd.add_argument("--day", required=True)
    rd.add_argument("--times", required=True, help="逗号分隔，如 07:00,07:20,07:40,08:00,08:25")
    cn = rs.add_parser("cancel", parents=[common, who], help="取消尚未发送的发布")
    cn.add_argument("release", type=int, help="发布编号")
    cn.add_argument("--channel", help="只取消该渠道")
    cn.add_argument("--reason", default="")
    mv = rs.add_parser("reschedule", parents=[common, who], help="改到新的时刻")
    mv.add_argument("release", type=int)
    mv.add_argument("--at", required=True, help="新的本地时间")
    mv.add_argument("--channel")
    pk = rs.add_parser(
        "package", parents=[common], help="导出人工发布渠道的发布包（文字、图片、文稿）"
    )
    pk.add_argument("send", type=int, help="发送编号（release list 中的 id）")
    pk.add_argument("--out", type=Path, required=True, help="输出目录")
    dc = rs.add_parser("decide", parents=[common, who], help="人工处理一次发送")
    dc.add_argument("send", type=int, help="发送编号（release list 中的 id）")
    dc.add_argument(
        "decision", choices=("confirm", "failed", "resend", "send_late", "retry", "drop")
    )
    dc.add_argument("--url", default="", help="已发布内容的链接（confirm 时）")
    dc.add_argument("--note", default="")
    dc.add_argument("--accept-duplicate-risk", action="store_true", help="确认重发可能造成重复发布")
    s = sub.add_parser("scheduler", parents=[common], help="调度服务（团队模式下单独运行）")
    ss = s.add_subparsers(dest="scheduler_command", required=True)
    run = ss.add_parser("run", parents=[common], help="运行调度服务直到中断")
    run.add_argument("--tick", type=float, default=30.0, help="检查间隔秒数（默认 30）")
    run.add_argument("--rehearsal-url", default="", help="演练账号使用的模拟平台地址")
    run.add_argument("--once", action="store_true", help="处理一轮后退出")
    ss.add_parser("status", parents=[common], help="谁在运行调度服务")
    fk = sub.add_parser("fake-platforms", parents=[common], help="运行模拟平台（演练、培训、测试）")
    fk.add_argument("--port", type=int, default=8765)
    fk.add_argument("--host", default="127.0.0.1")


def _actor(ctx: AppContext, args: argparse.Namespace) -> User:
    name = getattr(args, "user", None)
    if not name:
        return ctx.current.require()
    password = os.environ.get("XA_CONSOLE_PASSWORD") or getpass.getpass("密码：")
    return ctx.users.authenticate(name, password)


def _local(ctx: AppContext, d: datetime | None) -> str:
    return local_time(d, ctx.releases.tz).isoformat(sep=" ", timespec="minutes") if d else ""


def _json(ctx: AppContext, v: SendView) -> dict[str, object]:
    return {
        "id": v.id,
        "release": v.release_id,
        "draft": v.draft_id,
        "title": v.title,
        "plan": v.plan,
        "channel": v.channel,
        "target": v.target,
        "state": v.state.value,
        "due": _local(ctx, v.due_at),
        "due_utc": v.due_at.isoformat(),
        "latest": _local(ctx, v.latest_at),
        "attempts": v.attempt_no,
        "key": v.key,
        "remote_id": v.remote_id,
        "remote_url": v.remote_url,
        "remote_status": v.remote_status,
        "code": v.last_code,
        "sent_at": v.sent_at.isoformat() if v.sent_at else None,
    }


def cmd_release(args: argparse.Namespace, opener: Opener) -> int:
    """``release list|schedule|daily|rundown|cancel|reschedule|decide``."""
    ctx = opener(args)
    rel, cmd = ctx.releases, args.release_command
    if cmd == "list":
        return _list(ctx, args)
    if cmd == "package":
        view = next((v for v in rel.sends() if v.id == args.send), None)
        if view is None:
            raise fail("release.send_gone", "send", id=args.send)
        written = write_package(package_files(ctx.drafting, view.draft_id, view.channel), args.out)
        for path in written:
            print(path)
        return 0
    actor = _actor(ctx, args)
    if cmd == "schedule":
        at = _moment("at")(args.at)
        ids, _ = rel.schedule(actor, args.draft, args.channels, at, note=args.note)
    elif cmd == "daily":
        start, end = _date("start")(args.start), _date("end")(args.end)
        ids, _ = rel.plan_daily(actor, start, end, args.channels, _clock_time(args.time))
    elif cmd == "rundown":
        times = [_clock_time(t.strip()) for t in args.times.split(",") if t.strip()]
        day = _date("date")(args.day)
        ids, _ = rel.schedule_rundown(actor, args.draft, args.channel, day, times)
    elif cmd == "cancel":
        rel.cancel(actor, args.release, args.channel, args.reason)
        print(f"已取消发布 {args.release}")
        return 0
    elif cmd == "reschedule":
        at = _moment("at")(args.at)
        rel.reschedule(actor, args.release, at, args.channel)
        print(f"发布 {args.release} 已改到 {at:%Y-%m-%d %H:%M}")
        return 0
    else:
        rel.decide(
            actor,
            args.send,
            args.decision,
            note=args.note,
            url=args.url,
            accept_duplicate_risk=args.accept_duplicate_risk,
        )
        print(f"发送 {args.send}：已记录处理决定（{args.decision}）")
        return 0
    print(f"已安排 {len(ids)} 个发布：{', '.join(map(str, ids)) or '（无限行日）'}")
    return 0


def _list(ctx: AppContext, args: argparse.Namespace) -> int:
    start = end = None
    if args.start:
        start = to_utc(datetime.combine(_date("start")(args.start), time()), ctx.releases.tz)
    if args.end:
        end_day = datetime.combine(_date("end")(args.end), time()) + timedelta(days=1)
        end = to_utc(end_day, ctx.releases.tz)
    views = ctx.releases.sends(start, end)
    if args.format == "json":
        json.dump([_json(ctx, v) for v in views], sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    for v in views:
        state = STATE_ZH.get(v.state.value, v.state.value)
        target = f" → {v.target}" if v.target else ""
        print(f"{v.id}\t{_local(ctx, v.due_at)}\t{v.channel}{target}\t{state}\t{v.title}")
    return 0


def cmd_scheduler(args: argparse.Namespace, opener: Opener) -> int:
    """``scheduler run|status``."""
    ctx = opener(args)
    if args.scheduler_command == "status":
        st = status(ctx.db)
        if not st.holder:
            print("调度服务未运行")
            return 1
        beat = _local(ctx, st.heartbeat_at)
        state = "运行中" if st.alive else "无心跳（可能已退出）"
        print(f"调度服务{state}：{st.host}（进程 {st.pid}，{st.mode}），最近心跳 {beat}")
        return 0 if st.alive else 1
    return _run(ctx, args)


def _run(ctx: AppContext, args: argparse.Namespace) -> int:
    rehearsal = RehearsalServer(args.rehearsal_url)
    service = build_scheduler(ctx, rehearsal.url, mode="service", tick_seconds=args.tick)
    if not service.start():
        st = service.status()
        print(f"调度服务已在 {st.host}（进程 {st.pid}）运行，本进程退出", file=sys.stderr)
        return 4
    print(f"调度服务已启动（{datetime.now(UTC):%Y-%m-%d %H:%M:%S} UTC），Ctrl+C 停止", flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        if args.once:
            service.tick()
        else:
            while not stop.wait(1.0):
                pass
    except KeyboardInterrupt:
        pass
    finally:
        service.stop()
        rehearsal.stop()
    print("调度服务已停止")
    return 0


def cmd_fake(args: argparse.Namespace) -> int:
    """``fake-platforms --port N``: serve until Ctrl+C."""
    from xa_console.platforms.fake_server import serve

    def ready(url: str) -> None:
        print(f"模拟平台已启动：{url}（{url}/_fake/log 列出收到的请求），Ctrl+C 停止", flush=True)

    serve(args.host, args.port, on_ready=ready)
    return 0
