"""The fake platform server itself: control API, fault bookkeeping, the foreground ``serve``."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests
from platform_helpers import PNG, Control, current_token

from xa_console.platforms.fake_server import FakePlatforms
from xa_console.platforms.wechat import WeChatClient

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("name", "body", "says"),
    [
        ("config", {"no_such_setting": 1}, "unknown setting"),
        ("config", {"token_ttl": "soon"}, "wrong type"),
        ("faults", {"endpoint": "draft/add", "fault": "explode"}, "unknown fault"),
        ("faults", {"endpoint": "no/such", "fault": "http_500"}, "unknown endpoint"),
        ("faults", {"endpoint": "SendSms", "fault": "hang_before_read"}, "use endpoint 'sms'"),
        ("faults", {"endpoint": "SendSms", "fault": "errcode"}, "needs a code"),
        ("faults", {"endpoint": "wechat", "fault": "http_500", "times": 0}, "positive"),
    ],
)
def test_the_control_api_refuses_what_it_does_not_understand(
    control: Control, name: str, body: dict[str, object], says: str
) -> None:
    reply = control.call("POST", name, body)
    assert reply.status_code == 400
    assert says in reply.json()["error"]


def test_faults_count_down_list_and_clear(control: Control, wechat: WeChatClient) -> None:
    control.fault("media/uploadimg", "errcode", code=-1, times=2)
    assert control.call("GET", "faults").json()[0]["times"] == 2
    assert wechat.upload_image(PNG, "a.png").verdict.code == "-1"
    assert control.call("GET", "faults").json()[0]["times"] == 1
    assert wechat.upload_image(PNG, "a.png").verdict.code == "-1"
    assert wechat.upload_image(PNG, "a.png").ok
    control.fault("wechat", "http_500", times=5)
    assert control.call("DELETE", "faults").json() == {"faults": []}
    assert wechat.upload_image(PNG, "a.png").ok


def test_the_log_is_sequenced_and_reset_forgets_everything(
    fake: FakePlatforms, control: Control, wechat: WeChatClient
) -> None:
    control.config(weibo_hourly_limit=1)
    assert wechat.upload_image(PNG, "a.png").ok
    entries = control.log()
    assert [e["seq"] for e in entries] == [1, 2]
    assert {e["platform"] for e in entries} == {"wechat"}
    assert entries[0]["at"].endswith("Z")
    assert fake.log() == entries
    assert control.call("POST", "reset").json() == {"ok": True}
    assert control.log() == []
    assert control.call("GET", "config").json()["weibo_hourly_limit"] == 30
    assert control.state()["wechat"]["template_messages"] == []


def test_unknown_paths_are_404(fake: FakePlatforms) -> None:
    with requests.Session() as session:
        assert session.get(f"{fake.url}/nowhere", timeout=5).status_code == 404
        assert session.get(f"{fake.url}/_fake/nothing", timeout=5).status_code == 404
        assert session.get(f"{fake.url}/sms/", timeout=5).status_code == 405


def test_serve_runs_in_the_foreground_until_ctrl_c() -> None:
    code = (
        "import sys\n"
        "from xa_console.platforms.fake_server import serve\n"
        "serve('127.0.0.1', 0, on_ready=lambda url: print(url, flush=True))\n"
        "print('stopped', flush=True)\n"
    )
    with subprocess.Popen(
        [sys.executable, "-W", "error", "-c", code],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as child:
        assert child.stdout is not None
        url = child.stdout.readline().strip()
        with requests.Session() as session:
            assert session.get(f"{url}/_fake/log", timeout=5).json() == []
        child.send_signal(signal.SIGINT)
        out, err = child.communicate(timeout=10)
    assert (child.returncode, out.strip(), err) == (0, "stopped", "")


def test_state_is_plain_json(fake: FakePlatforms, control: Control) -> None:
    assert json.loads(json.dumps(fake.state())) == control.state()


def test_tokens_expire_after_token_ttl_and_forcing_revokes_the_old_one(
    fake: FakePlatforms, control: Control
) -> None:
    control.config(token_ttl=0.3)
    token = current_token(fake.url)
    upload = f"{fake.url}/wechat/cgi-bin/media/uploadimg"
    files = {"media": ("a.png", PNG)}
    with requests.Session() as session:

        def errcode(value: str) -> int:
            reply = session.post(upload, params={"access_token": value}, files=files, timeout=5)
            return int(reply.json().get("errcode", 0))

        assert errcode(token) == 0
        assert errcode("made-up") == 40001
        deadline = time.monotonic() + 3
        while errcode(token) != 42001 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert errcode(token) == 42001
        control.config(token_ttl=7200)
        fresh = current_token(fake.url)
        payload = {"grant_type": "client_credential", "appid": "wx-rehearsal", "secret": "s"}
        url = f"{fake.url}/wechat/cgi-bin/stable_token"
        forced = session.post(url, json=payload | {"force_refresh": True}, timeout=5).json()
        assert forced["access_token"] != fresh
        assert errcode(fresh) == 40001  # a forced refresh invalidates the previous token
        assert errcode(forced["access_token"]) == 0
