"""``xa-console-cli`` as a real process against real SQLite and PostgreSQL databases."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import chinese_calendar
import pytest

PAIRS = {0: "1 6", 1: "2 7", 2: "3 8", 3: "4 9", 4: "0 5"}
SUSPENDED = (date(2022, 12, 21), date(2023, 1, 29))


def cli(*args: str, home: Path, db: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XA_CONSOLE_HOME": str(home), "PYTHONIOENCODING": "utf-8"}
    env.pop("XA_CONSOLE_DB", None)
    extra = ["--db", db] if db else []
    return subprocess.run(
        [sys.executable, "-m", "xa_console.cli", *args, *extra],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def oracle(day: date) -> tuple[str, str, str]:
    """The official calendar and the Xi'an notices, computed without the engine."""
    if SUSPENDED[0] <= day <= SUSPENDED[1]:
        return "0", "", "suspended"
    workday = chinese_calendar.is_workday(day)
    if day.weekday() >= 5:
        return (
            "0",
            "",
            "makeup_workday"
            if workday
            else ("holiday" if day in chinese_calendar.holidays else "weekend"),
        )
    if not workday:
        return "0", "", "holiday"
    return "1", PAIRS[day.weekday()], "workday"


def test_calendar_year_matches_official_calendar_day_by_day(tmp_path: Path, db_url: str) -> None:
    assert cli("init", home=tmp_path, db=db_url).returncode == 0
    run = cli("calendar", "--from", "2022-04-01", "--to", "2023-03-31", home=tmp_path, db=db_url)
    assert run.returncode == 0, run.stderr
    rows = list(csv.reader(io.StringIO(run.stdout)))
    assert rows[0] == ["date", "restricted", "digits", "reason"]
    body = rows[1:]
    assert len(body) == 365
    day = date(2022, 4, 1)
    for row in body:
        assert row == [day.isoformat(), *oracle(day)], row
        day += timedelta(days=1)
    restricted = sum(r[1] == "1" for r in body)
    suspended_weekdays = sum(
        r[3] == "suspended"
        and date.fromisoformat(r[0]).weekday() < 5
        and chinese_calendar.is_workday(date.fromisoformat(r[0]))
        for r in body
    )
    assert (restricted, suspended_weekdays) == (221, 22)


def test_init_uses_embedded_sqlite_by_default(tmp_path: Path) -> None:
    run = cli("init", "--demo", home=tmp_path)
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "xa-console.db").exists()
    out = cli("calendar", "--from", "2022-12-20", "--to", "2022-12-21", home=tmp_path).stdout
    assert out.splitlines()[1:] == ["2022-12-20,1,2 7,workday", "2022-12-21,0,,suspended"]


def test_env_var_selects_database(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere.db"
    env_db = f"sqlite:///{target}"
    os.environ["XA_CONSOLE_DB"] = env_db
    try:
        env = {**os.environ, "XA_CONSOLE_HOME": str(tmp_path / "home")}
        run = subprocess.run(
            [sys.executable, "-m", "xa_console.cli", "init"],
            env=env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=False,
            timeout=120,
        )
    finally:
        del os.environ["XA_CONSOLE_DB"]
    assert run.returncode == 0, run.stderr
    assert target.exists() and not (tmp_path / "home" / "xa-console.db").exists()


def test_no_notice_after_last_notice_and_no_calendar(tmp_path: Path) -> None:
    cli("init", home=tmp_path)
    out = cli("calendar", "--from", "2026-11-06", "--to", "2026-11-09", home=tmp_path).stdout
    assert out.splitlines()[1:] == [
        "2026-11-06,1,0 5,workday",
        "2026-11-07,0,,no_notice",
        "2026-11-08,0,,no_notice",
        "2026-11-09,0,,no_notice",
    ]
    day = cli("day", "2026-11-09", home=tmp_path)
    assert "无限行通告在执行" in day.stdout and "继续实施通告" in day.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["calendar", "--from", "2023-02-30", "--to", "2023-03-01"], "“2023-02-30”不是有效日期"),
        (
            ["calendar", "--from", "2023-03-02", "--to", "2023-03-01"],
            "结束日期 2023-03-01 早于开始日期",
        ),
        (["plate", "陕A·1"], "不是有效的车牌号"),
        (["day", "2023-13-01"], "不是有效日期"),
        (
            ["calendar", "--from", "2023-01-01", "--to", "2023-01-31", "--reason", "strike"],
            "原因：未知的原因代码“strike”",
        ),
    ],
)
def test_bad_input_gets_a_chinese_message(tmp_path: Path, args: list[str], message: str) -> None:
    cli("init", home=tmp_path)
    run = cli(*args, home=tmp_path)
    assert run.returncode == 2
    assert message in run.stderr
    assert "Traceback" not in run.stderr


def test_uninitialised_and_unreachable_databases(tmp_path: Path) -> None:
    run = cli("day", "2023-03-01", home=tmp_path)
    assert run.returncode == 3 and "请先运行：xa-console-cli init" in run.stderr
    run = cli("day", "2023-03-01", home=tmp_path, db="postgresql://nobody@127.0.0.1:1/none")
    assert run.returncode == 3 and "无法连接数据库" in run.stderr and "Traceback" not in run.stderr


def test_reason_filter(tmp_path: Path) -> None:
    cli("init", home=tmp_path)
    run = cli(
        "calendar",
        "--from",
        "2022-12-01",
        "--to",
        "2023-02-28",
        "--reason",
        "suspended",
        home=tmp_path,
    )
    days = [r.split(",")[0] for r in run.stdout.splitlines()[1:]]
    assert days[0] == "2022-12-21" and days[-1] == "2023-01-29" and len(days) == 40


def test_plate_and_holiday_import(tmp_path: Path) -> None:
    cli("init", home=tmp_path)
    run = cli("plate", "陕A·12B3C", "--at", "2023-03-01 08:00", home=tmp_path)
    assert run.returncode == 0 and "尾号 3" in run.stdout and "限行" in run.stdout
    run = cli("plate", "陕A·12B3C", "--at", "2023-03-01 20:30", home=tmp_path)
    assert "不限行（outside_hours）" in run.stdout
    notice = tmp_path / "2027.txt"
    notice.write_text(
        "国务院办公厅关于2027年部分节假日安排的通知\n一、元旦：1月1日（周五）至3日（周日）放假，共3天。\n"
        "二、春节：2月5日至11日放假调休，共7天。2月13日（周六）上班。\n",
        encoding="utf-8",
    )
    run = cli("holidays", "import", str(notice), home=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "2027" in cli("holidays", "list", home=tmp_path).stdout
    bad = tmp_path / "bad.txt"
    bad.write_text(
        "国务院办公厅关于2028年部分节假日安排的通知\n一、元旦：某日放假，共3天。\n",
        encoding="utf-8",
    )
    run = cli("holidays", "import", str(bad), home=tmp_path)
    assert run.returncode == 2 and "第2行" in run.stderr


def test_audit_verify_exit_codes_and_first_broken_row(tmp_path: Path) -> None:
    assert cli("init", home=tmp_path).returncode == 0
    env_pw = {"XA_CONSOLE_PASSWORD": "Xian-2023!"}
    os.environ.update(env_pw)
    try:
        assert cli("user", "passwd", "admin", home=tmp_path).returncode == 0
        run = cli(
            "user", "add", "wang", "--name", "王编辑", "--roles", "editor,reviewer", home=tmp_path
        )
    finally:
        os.environ.pop("XA_CONSOLE_PASSWORD")
    assert run.returncode == 0, run.stderr
    ok = cli("audit", "verify", home=tmp_path)
    assert ok.returncode == 0 and "哈希链校验通过" in ok.stdout
    import sqlite3

    con = sqlite3.connect(tmp_path / "xa-console.db")
    con.execute('UPDATE audit_log SET payload = \'{"username": "mallory"}\' WHERE seq = 3')
    con.commit()
    con.close()
    bad = cli("audit", "verify", home=tmp_path)
    assert bad.returncode == 4 and "第 3 条记录" in bad.stderr


def test_preview_json_for_every_channel(tmp_path: Path) -> None:
    cli("init", home=tmp_path)
    run = cli(
        "preview", "--kind", "daily", "--date", "2023-03-01", "--format", "json", home=tmp_path
    )
    assert run.returncode == 0, run.stderr
    items = json.loads(run.stdout)
    assert [i["channel"] for i in items] == [
        "wechat_article",
        "wechat_reminder",
        "weibo",
        "douyin",
        "kuaishou",
        "channels",
        "toutiao",
        "tv",
        "radio",
        "sms",
        "press",
    ]
    for item in items:
        assert {"channel", "text", "length", "problems"} <= set(item)
    weibo = next(i for i in items if i["channel"] == "weibo")
    assert "3和8" in weibo["text"] and weibo["length"] <= 140
    sms = next(i for i in items if i["channel"] == "sms")
    assert sms["segments"] >= 1
    run = cli(
        "preview", "--kind", "suspension", "--from", "2022-12-21", "--format", "json", home=tmp_path
    )
    assert run.returncode == 0, run.stderr
    article = next(i for i in json.loads(run.stdout) if i["channel"] == "wechat_article")
    assert "暂停执行" in article["text"]


def test_card_and_cap_exports(tmp_path: Path) -> None:
    cli("init", home=tmp_path)
    out = tmp_path / "out" / "card.png"
    run = cli(
        "card", "--date", "2023-03-01", "--channel", "douyin", "--out", str(out), home=tmp_path
    )
    assert run.returncode == 0, run.stderr
    from PIL import Image

    with Image.open(out) as img:
        assert img.size == (1080, 1920) and img.format == "PNG"
    run = cli(
        "card",
        "--date",
        "2023-03-01",
        "--channel",
        "wechat_article",
        "--out",
        str(tmp_path / "cover.png"),
        home=tmp_path,
    )
    assert run.returncode == 0 and (tmp_path / "cover-wechat_square.png").exists()
    assert (
        cli(
            "card", "--date", "2023-03-01", "--channel", "sms", "--out", str(out), home=tmp_path
        ).returncode
        == 2
    )
    xml_path = tmp_path / "alert.xml"
    run = cli(
        "cap", "--kind", "suspension", "--from", "2022-12-21", "--out", str(xml_path), home=tmp_path
    )
    assert run.returncode == 0, run.stderr
    import xml.etree.ElementTree as ET

    root = ET.parse(xml_path).getroot()
    ns = {"cap": "urn:oasis:names:tc:emergency:cap:1.2"}
    assert root.tag == "{urn:oasis:names:tc:emergency:cap:1.2}alert"
    assert root.findtext("cap:info/cap:event", namespaces=ns) == "暂停执行尾号限行"
    assert "暂停执行" in (root.findtext("cap:info/cap:description", namespaces=ns) or "")
