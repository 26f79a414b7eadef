"""``xa-console-cli``: the headless front door (init, calendar CSV, day/plate checks, holidays)."""

from __future__ import annotations

import argparse
import csv
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path

from sqlalchemy.exc import OperationalError, ProgrammingError

from xa_console import cli_release
from xa_console.context import AppContext, build_context
from xa_console.db.database import NetworkPathError
from xa_console.domain.drafting.facts import DraftKind
from xa_console.domain.engine import DayStatus, Reason
from xa_console.domain.errors import DomainError, Issue, fail
from xa_console.messages import describe, describe_error, describe_problem
from xa_console.services.backup import backup_sqlite
from xa_console.services.drafting import ChannelDraft, Workbench
from xa_console.services.exports.cap import cap_alert
from xa_console.services.exports.cards import card_for_channel, render_card
from xa_console.services.setup import init_database, needs_init

EXIT_INPUT = 2
EXIT_DB = 3
WEEKDAYS = "一二三四五六日"
REASON_ZH = {
    "workday": "工作日",
    "weekend": "周末",
    "holiday": "法定节假日",
    "makeup_workday": "调休上班日",
    "suspended": "暂停执行",
    "no_notice": "无通告在执行",
    "no_calendar": "节假日安排未发布",
}


def _day(field: str) -> Callable[[str], date]:
    return cli_release.parsing(field, date.fromisoformat, "field.bad_date")


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="数据库地址（默认：XA_CONSOLE_DB 或用户数据目录中的嵌入式 SQLite）",
    )
    p = argparse.ArgumentParser(
        prog="xa-console-cli", parents=[common], description="XA Console 限行发布台 命令行"
    )
    sub = p.add_subparsers(dest="command", required=True)
    s = sub.add_parser("init", parents=[common], help="创建或升级数据库，载入西安限行通告与节假日")
    s.add_argument("--demo", action="store_true", help="同时载入演示数据")
    s = sub.add_parser("calendar", parents=[common], help="输出日期范围内每天的限行情况（CSV）")
    s.add_argument("--from", dest="start", required=True, metavar="YYYY-MM-DD")
    s.add_argument("--to", dest="end", required=True, metavar="YYYY-MM-DD")
    s.add_argument("--format", choices=["csv", "json"], default="csv")
    s.add_argument(
        "--reason",
        action="append",
        metavar="CODE",
        help="只输出这些原因的日期（可重复）：" + " ".join(r.value for r in Reason),
    )
    s = sub.add_parser("day", parents=[common], help="某一天的限行情况（中文说明）")
    s.add_argument("date", metavar="YYYY-MM-DD")
    s = sub.add_parser("plate", parents=[common], help="某车牌在某时刻是否限行")
    s.add_argument("plate")
    s.add_argument("--at", metavar="'YYYY-MM-DD HH:MM'", help="默认：现在")
    s = sub.add_parser("holidays", parents=[common], help="节假日安排：列表、导入国务院通知")
    hs = s.add_subparsers(dest="holidays_command", required=True)
    hs.add_parser("list", parents=[common], help="列出已有年份")
    imp = hs.add_parser(
        "import", parents=[common], help="导入国务院办公厅节假日安排通知（文本文件）"
    )
    imp.add_argument("file", type=Path)
    imp.add_argument("--year", type=int)
    s = sub.add_parser("preview", parents=[common], help="生成并校验各渠道版本")
    s.add_argument("--kind", required=True, choices=[k.value for k in DraftKind])
    s.add_argument(
        "--date",
        "--from",
        dest="day",
        required=True,
        metavar="YYYY-MM-DD",
        help="日期（每日提醒）或生效日期（暂停、恢复等）",
    )
    s.add_argument("--issue-date", metavar="YYYY-MM-DD", help="落款日期（默认：前一天）")
    s.add_argument("--channel", action="append", help="只输出这些渠道（可重复）")
    s.add_argument("--format", choices=["json", "text"], default="json")
    for name, help_text in (("card", "生成限行卡片 PNG"), ("cap", "导出 CAP 1.2 预警 XML")):
        s = sub.add_parser(name, parents=[common], help=help_text)
        s.add_argument("--kind", default="daily", choices=[k.value for k in DraftKind])
        s.add_argument("--date", "--from", dest="day", required=True, metavar="YYYY-MM-DD")
        s.add_argument("--issue-date", metavar="YYYY-MM-DD")
        s.add_argument("--out", required=True, type=Path)
        if name == "card":
            s.add_argument(
                "--channel",
                default="douyin",
                help="wechat_article / weibo / douyin / kuaishou / channels",
            )
    s = sub.add_parser("audit", parents=[common], help="审计日志")
    aus = s.add_subparsers(dest="audit_command", required=True)
    aus.add_parser("verify", parents=[common], help="校验审计日志哈希链是否完整")
    s = sub.add_parser("user", parents=[common], help="用户与角色")
    us = s.add_subparsers(dest="user_command", required=True)
    us.add_parser("list", parents=[common], help="列出用户")
    add = us.add_parser(
        "add", parents=[common], help="新增用户（密码从 XA_CONSOLE_PASSWORD 或终端读取）"
    )
    add.add_argument("username")
    add.add_argument("--name", default="")
    add.add_argument("--roles", required=True, help="逗号分隔：editor,reviewer,signer,admin")
    pw = us.add_parser("passwd", parents=[common], help="设置密码（单席位模式下由本机管理员执行）")
    pw.add_argument("username")
    s = sub.add_parser("backup", parents=[common], help="备份嵌入式数据库（SQLite 在线备份并校验）")
    s.add_argument("--to", dest="target", type=Path, help="备份目录（默认：数据库旁的 backups/）")
    s.add_argument("--keep", type=int, default=7, help="保留最近几份（默认 7）")
    cli_release.register(sub, common)
    return p


def _open(args: argparse.Namespace) -> AppContext:
    ctx = build_context(getattr(args, "db", None), auto_init=False)
    if needs_init(ctx.db):
        raise SystemExit(_fail_db("数据库尚未初始化或版本较旧，请先运行：xa-console-cli init"))
    return ctx


def _fail_db(message: str) -> int:
    print(message, file=sys.stderr)
    return EXIT_DB


def _cmd_init(args: argparse.Namespace) -> int:
    ctx = build_context(getattr(args, "db", None), auto_init=False)
    report = init_database(ctx.db, demo=args.demo)
    print(f"数据库：{ctx.db.engine.url.render_as_string(hide_password=True)}")
    print(f"结构版本：{report.migrated_from or '（新建）'} → {report.migrated_to}")
    print(
        f"载入限行通告 {report.notices_loaded} 份，补齐节假日安排 {report.holiday_years_seeded} 年"
    )
    return 0


def _cmd_calendar(args: argparse.Namespace) -> int:
    start, end = _day("from")(args.start), _day("to")(args.end)
    wanted = _reasons(args.reason)
    days = [s for s in _open(args).rules.days(start, end) if wanted is None or s.reason in wanted]
    if args.format == "json":
        json.dump([_day_json(s) for s in days], sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(["date", "restricted", "digits", "reason"])
    for s in days:
        w.writerow([s.day.isoformat(), int(s.restricted), s.digits_text, s.reason.value])
    return 0


def _reasons(codes: list[str] | None) -> set[Reason] | None:
    if not codes:
        return None
    try:
        return {Reason(c) for c in codes}
    except ValueError:
        bad = next(c for c in codes if c not in {r.value for r in Reason})
        raise fail("reason.unknown", "reason", value=bad) from None


def _day_json(s: DayStatus) -> dict[str, object]:
    return {
        "date": s.day.isoformat(),
        "restricted": s.restricted,
        "digits": list(s.digits),
        "time_windows": [w.label() for w in s.time_windows],
        "area": s.area_label,
        "reason": s.reason.value,
        "festival": s.festival,
        "notice": s.notice.title if s.notice else None,
    }


def _cmd_day(args: argparse.Namespace) -> int:
    s = _open(args).rules.day_status(_day("date")(args.date))
    head = f"{s.day.year}年{s.day.month}月{s.day.day}日（星期{WEEKDAYS[s.day.weekday()]}）"
    if s.restricted:
        hours = "、".join(w.label() for w in s.time_windows)
        print(f"{head} {s.area_label}限行尾号 {'和'.join(map(str, s.digits))}，限行时间 {hours}")
    elif s.reason.value == "no_notice":
        print(f"{head} 无限行通告在执行——请起草继续实施通告")
    else:
        extra = f"（{s.festival}）" if s.festival else ""
        print(f"{head} 不限行：{REASON_ZH[s.reason.value]}{extra}")
    if s.notice:
        print(f"依据：{s.notice.title}（{s.notice.effective_from} 起）")
    return 0


def _cmd_plate(args: argparse.Namespace) -> int:
    try:
        moment = datetime.fromisoformat(args.at) if args.at else datetime.now()
    except ValueError:
        raise fail("field.bad_date", "date", value=args.at) from None
    st = _open(args).rules.plate_status(args.plate, moment)
    verdict = "限行" if st.restricted_now else "不限行"
    tail = "" if st.tail_digit is None else f"，尾号 {st.tail_digit}"
    print(f"{st.plate.text}{tail}：{moment:%Y-%m-%d %H:%M} {verdict}（{st.reason.value}）")
    return 0


def _cmd_holidays(args: argparse.Namespace) -> int:
    ctx = _open(args)
    if args.holidays_command == "list":
        for plan in ctx.holidays.years():
            rest = sum(1 for e in plan.entries if e.kind.value == "rest")
            print(
                f"{plan.year}\t{plan.status.value}\t放假{rest}天\t"
                f"调休上班{len(plan.entries) - rest}天\t{plan.source_title}"
            )
        return 0
    try:
        text = args.file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise DomainError(Issue("file.unreadable", str(args.file), {"reason": e})) from e
    plan, _ = ctx.holidays.import_notice_text(text, args.year)
    print(f"已导入 {plan.year} 年节假日安排：{len(plan.entries)} 天")
    return 0


def _cmd_preview(args: argparse.Namespace) -> int:
    day = _day("date")(args.day)
    issue = _day("issue_date")(args.issue_date) if args.issue_date else None
    wb = _open(args).drafting.new(DraftKind(args.kind), day, issue)
    items = [_channel_json(c) for c in wb.channels if not args.channel or c.spec.id in args.channel]
    if args.format == "json":
        json.dump(items, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    for c in wb.channels:
        if args.channel and c.spec.id not in args.channel:
            continue
        m = c.report.measure(c.spec.main)
        length = f"{m.length:g}{m.unit}" if m else ""
        print(f"== {'✔' if c.ok else '✘'} {c.spec.name_zh}（{c.spec.id}）长度 {length}")
        print(c.current.get(c.spec.main))
        for p in c.problems:
            print(f"   ! {describe_problem(p)}")
    return 0


def _channel_json(c: ChannelDraft) -> dict[str, object]:
    main = c.spec.main
    m = c.report.measure(main)
    out: dict[str, object] = {
        "channel": c.spec.id,
        "name": c.spec.name_zh,
        "text": c.current.get(main),
        "length": m.length if m else 0,
        "unit": m.unit if m else "字",
        "limit": m.limit if m else None,
        "fields": dict(c.current.fields),
        "problems": [
            {
                "code": p.code,
                "field": p.field,
                "severity": p.severity,
                "message": describe_problem(p),
            }
            for p in c.problems
        ],
    }
    if c.report.sms is not None and c.spec.sms is not None:
        out["segments"] = c.report.sms.segments
        out["cost_per_recipient_yuan"] = round(c.report.sms.segments * c.spec.sms.price_yuan, 4)
    return out


def _workbench(args: argparse.Namespace) -> Workbench:
    issue = _day("issue_date")(args.issue_date) if args.issue_date else None
    return _open(args).drafting.new(DraftKind(args.kind), _day("date")(args.day), issue)


def _write(path: Path, data: bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    except OSError as e:
        raise DomainError(Issue("file.unwritable", str(path), {"reason": e.strerror or e})) from e


def _cmd_card(args: argparse.Namespace) -> int:
    sizes = card_for_channel(args.channel)
    if not sizes:
        raise fail("card.no_card", "channel", value=args.channel)
    wb = _workbench(args)
    for i, size in enumerate(sizes):
        out = (
            args.out
            if i == 0
            else args.out.with_name(f"{args.out.stem}-{size.name}{args.out.suffix}")
        )
        _write(out, render_card(wb.facts, size))
        print(f"已生成 {out}（{size.width}×{size.height}）")
    return 0


def _cmd_cap(args: argparse.Namespace) -> int:
    wb = _workbench(args)
    variants = {c.spec.id: c.current for c in wb.channels}
    _write(args.out, cap_alert(wb.facts, variants))
    print(f"已生成 CAP 1.2 预警 {args.out}")
    return 0


EXIT_TAMPERED = 4
BREAK_ZH = {
    "changed": "内容被修改",
    "missing": "之前的记录被删除",
    "out_of_order": "顺序错乱",
    "bad_link": "与上一条记录的链接不符",
}


def _cmd_audit(args: argparse.Namespace) -> int:
    broken, rows = _open(args).audit.verify()
    if broken is None:
        print(f"审计日志完整：共 {rows} 条记录，哈希链校验通过。")
        return 0
    print(
        f"审计日志被篡改：第一处问题在第 {broken.seq} 条记录（{BREAK_ZH[broken.reason]}）。",
        file=sys.stderr,
    )
    return EXIT_TAMPERED


def _cmd_user(args: argparse.Namespace) -> int:
    ctx = _open(args)
    if args.user_command == "list":
        for u in ctx.users.users():
            print(f"{u.username}\t{u.display_name}\t{','.join(r.value for r in u.roles)}")
        return 0
    password = os.environ.get("XA_CONSOLE_PASSWORD") or getpass.getpass("密码：")
    if args.user_command == "passwd":
        target = ctx.users.get(args.username)
        if target is None:
            raise fail("user.unknown", "user", value=args.username)
        ctx.users.set_password(ctx.current.require(), target.id, password)
        print(f"已设置 {target.username} 的密码")
        return 0
    roles = [r.strip() for r in args.roles.split(",") if r.strip()]
    user, _ = ctx.users.create(ctx.current.user, args.username, args.name, password, roles)
    print(f"已创建用户 {user.username}（{'、'.join(r.value for r in user.roles)}）")
    return 0


def _cmd_backup(args: argparse.Namespace) -> int:
    result = backup_sqlite(_open(args).db, args.target, keep=args.keep)
    print(f"已备份到 {result.path}（{result.size_bytes / 1024:.0f} KB，完整性检查通过）")
    if result.removed:
        print(f"已清理较早的备份 {len(result.removed)} 份")
    return 0


_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "init": _cmd_init,
    "calendar": _cmd_calendar,
    "day": _cmd_day,
    "plate": _cmd_plate,
    "holidays": _cmd_holidays,
    "backup": _cmd_backup,
    "preview": _cmd_preview,
    "audit": _cmd_audit,
    "card": _cmd_card,
    "cap": _cmd_cap,
    "user": _cmd_user,
    "release": lambda a: cli_release.cmd_release(a, _open),
    "scheduler": lambda a: cli_release.cmd_scheduler(a, _open),
    "fake-platforms": cli_release.cmd_fake,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; bad input exits 2 with a Chinese message, database trouble exits 3."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")
    args = _parser().parse_args(argv)
    try:
        return _COMMANDS[args.command](args)
    except DomainError as e:
        print(describe_error(e), file=sys.stderr)
        return EXIT_INPUT
    except NetworkPathError as e:
        print(describe(Issue("db.network_path", "db", {"value": str(e)})), file=sys.stderr)
        return EXIT_DB
    except BrokenPipeError:  # output piped into `head`: not an error
        sys.stdout = Path(os.devnull).open("w", encoding="utf-8")  # noqa: SIM115 - quiet exit
        return 0
    except (OperationalError, ProgrammingError) as e:
        url = getattr(args, "db", "") or "（默认）"
        reason = str(e.orig).strip().splitlines()[0] if e.orig else type(e).__name__
        print(
            describe(Issue("db.unreachable", "db", {"value": url, "reason": reason})),
            file=sys.stderr,
        )
        return EXIT_DB


if __name__ == "__main__":
    raise SystemExit(main())
