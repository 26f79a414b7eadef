"""``xa-console-cli release …``, ``scheduler status`` and ``fake-platforms`` as a user runs them."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import requests
from e2e_helpers import PW, signed_notice


def run(*args: str, home: Path, db: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XA_CONSOLE_HOME": str(home), "XA_CONSOLE_PASSWORD": PW}
    env.pop("XA_CONSOLE_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "xa_console.cli", *args, "--db", db],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def signed_draft(url: str) -> int:
    ctx, _team, draft = signed_notice(url)
    ctx.db.dispose()
    return draft


def test_schedule_list_cancel(tmp_path: Path, sqlite_url: str) -> None:
    draft = signed_draft(sqlite_url)
    at = "2030-01-02 06:30"
    r = run("release", "schedule", "--draft", str(draft), "--channels", "weibo,sms", "--at", at,
            "--user", "editor",
            home=tmp_path, db=sqlite_url)  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert "已安排 1 个发布" in r.stdout
    listed = json.loads(
        run("release", "list", "--format", "json", home=tmp_path, db=sqlite_url).stdout
    )
    assert sorted(x["channel"] for x in listed) == ["sms", "sms", "weibo"]
    assert {x["due"] for x in listed} == {at} and {x["state"] for x in listed} == {"pending"}
    assert all(x["key"].startswith(f"xa-{listed[0]['release']}-") for x in listed)
    release = str(listed[0]["release"])
    r = run("release", "cancel", release, "--channel", "sms", "--user", "editor",
            home=tmp_path, db=sqlite_url)  # fmt: skip
    assert r.returncode == 0, r.stderr
    table = run("release", "list", home=tmp_path, db=sqlite_url).stdout
    assert table.count("已取消") == 2 and table.count("待发送") == 1


def test_export_package_for_radio(tmp_path: Path, sqlite_url: str) -> None:
    draft = signed_draft(sqlite_url)
    r = run("release", "rundown", "--draft", str(draft), "--channel", "radio", "--day",
            "2030-01-02", "--times", "07:00,07:20", "--user", "editor",
            home=tmp_path, db=sqlite_url)  # fmt: skip
    assert r.returncode == 0, r.stderr
    listed = json.loads(
        run("release", "list", "--format", "json", home=tmp_path, db=sqlite_url).stdout
    )
    out = tmp_path / "pkg"
    r = run("release", "package", str(listed[0]["id"]), "--out", str(out),
            home=tmp_path, db=sqlite_url)  # fmt: skip
    assert r.returncode == 0, r.stderr
    names = sorted(p.name for p in out.iterdir())
    assert "广播口播_播报稿.docx" in names and "广播口播_30秒口播.txt" in names
    assert "3和8" in (out / "广播口播_30秒口播.txt").read_text(encoding="utf-8")


def test_bad_input_names_the_field(tmp_path: Path, sqlite_url: str) -> None:
    draft = signed_draft(sqlite_url)
    r = run("release", "schedule", "--draft", str(draft), "--channels", "weibo",
            "--at", "2030-13-01 06:30", "--user", "editor",
            home=tmp_path, db=sqlite_url)  # fmt: skip
    assert r.returncode == 2 and "发布时间" in r.stderr and "2030-13-01" in r.stderr
    r = run("release", "schedule", "--draft", str(draft), "--channels", "weibo,电视台",
            "--at", "2030-01-02 06:30", "--user", "editor",
            home=tmp_path, db=sqlite_url)  # fmt: skip
    assert r.returncode == 2 and "电视台" in r.stderr
    r = run("release", "schedule", "--draft", str(draft), "--channels", "weibo",
            "--at", "2020-01-02 06:30", "--user", "editor",
            home=tmp_path, db=sqlite_url)  # fmt: skip
    assert r.returncode == 2 and "已经过去" in r.stderr
    r = run("scheduler", "status", home=tmp_path, db=sqlite_url)
    assert r.returncode == 1 and "未运行" in r.stdout


def test_fake_platforms_command_serves_the_log(tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "XA_CONSOLE_HOME": str(tmp_path), "PYTHONIOENCODING": "utf-8"}
    cmd = [sys.executable, "-m", "xa_console.cli", "fake-platforms", "--port", str(port)]
    p = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, text=True, encoding="utf-8")
    try:
        assert p.stdout is not None
        line = p.stdout.readline()
        assert f"http://127.0.0.1:{port}" in line
        deadline = time.monotonic() + 10
        while True:
            try:
                log = requests.get(f"http://127.0.0.1:{port}/_fake/log", timeout=2)
                break
            except requests.ConnectionError:
                assert time.monotonic() < deadline
                time.sleep(0.05)
        assert log.status_code == 200 and log.json() == []
    finally:
        p.terminate()
        p.wait(timeout=10)
        if p.stdout is not None:
            p.stdout.close()
