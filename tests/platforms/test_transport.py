"""The transport: timeouts on every call, failures classified, secrets kept out of errors."""

from __future__ import annotations

import ast
import socket
import threading
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

import pytest
import requests
from platform_helpers import Control, current_token

from xa_console.domain.publishing.errors import Next
from xa_console.platforms.fake_server import FakePlatforms
from xa_console.platforms.transport import Http, MaybeSent, NotSent, redact
from xa_console.platforms.wechat import WeChatClient

PLATFORMS = Path(__file__).resolve().parents[2] / "xa_console" / "platforms"
HTTP_METHODS = {"get", "post", "put", "patch", "delete", "head", "options", "request"}


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def _raw_server(reply: bytes) -> Iterator[str]:
    """A loopback TCP server that reads what comes, answers ``reply`` raw and hangs up."""
    listener = socket.create_server(("127.0.0.1", 0))

    def run() -> None:
        try:
            conn, _ = listener.accept()
        except OSError:
            return
        with conn:
            conn.settimeout(2)
            try:
                conn.recv(65536)
                conn.sendall(reply)
            except OSError:
                pass

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    try:
        yield f"127.0.0.1:{listener.getsockname()[1]}"
    finally:
        listener.close()
        thread.join(timeout=3)


# -- redaction ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "hidden"),
    [
        ("POST /cgi-bin/draft/add?access_token=AT123&x=1", "AT123"),
        ('{"appid": "wx", "secret": "S3CRET"}', "S3CRET"),
        ("AccessKeySecret=abc%2Bdef&Action=SendSms", "abc%2Bdef"),
        ("Signature=zJDF%2BLrz%3D&SignatureMethod=HMAC-SHA1", "zJDF"),
        ("Authorization: Bearer tok-987", "tok-987"),
        ("url=https%3A%2F%2Fx%2F%3Faccess_token%3DENC0DED", "ENC0DED"),
        ("{'client_secret': 'cs-1'}", "cs-1"),
    ],
)
def test_redact_masks_tokens_secrets_and_signatures(text: str, hidden: str) -> None:
    masked = redact(text)
    assert hidden not in masked
    assert "***" in masked


def test_redact_keeps_harmless_text() -> None:
    text = "SignatureMethod=HMAC-SHA1&SignatureNonce=n1&PhoneNumbers=13800138000"
    assert redact(text) == text


# -- not sent ----------------------------------------------------------------------------------


def test_connection_refused_is_not_sent_and_leaks_no_token() -> None:
    token = "SEKRIT-AT"
    with (
        Http(f"http://127.0.0.1:{_closed_port()}/wechat", connect_timeout=1) as http,
        pytest.raises(NotSent) as caught,
    ):
        http.post_json("/cgi-bin/draft/add", {"a": 1}, params={"access_token": token})
    assert caught.value.code == "connect_error"
    assert token not in str(caught.value)
    assert token not in "".join(traceback.format_exception(caught.value))  # no chained cause
    assert "access_token=***" in str(caught.value)


def test_a_tls_handshake_failure_is_not_sent() -> None:
    with (
        _raw_server(b"HTTP/1.0 400 Bad Request\r\n\r\n") as where,
        Http(f"https://{where}", connect_timeout=2, read_timeout=2) as http,
        pytest.raises(NotSent) as caught,
    ):
        http.post_json("/x", {"a": 1})
    assert caught.value.code == "connect_error"


# -- maybe sent ------------------------------------------------------------------------------


def test_an_unreadable_200_to_a_post_may_have_been_processed() -> None:
    reply = b"HTTP/1.0 200 OK\r\nContent-Length: 5\r\n\r\nhello"
    with (
        _raw_server(reply) as where,
        Http(f"http://{where}", read_timeout=2) as http,
        pytest.raises(MaybeSent) as caught,
    ):
        http.post_form("/", {"a": "1"})
    assert (caught.value.code, caught.value.status) == ("bad_reply", 200)


def test_http_500_on_a_post_is_maybe_sent_without_the_token_in_the_message(
    fake: FakePlatforms, control: Control, wechat: WeChatClient, new_draft: Callable[..., str]
) -> None:
    media_id = new_draft()
    control.fault("freepublish/submit", "http_500")
    with pytest.raises(MaybeSent) as caught:
        wechat.submit_publish(media_id)
    assert (caught.value.code, caught.value.status) == ("http_5xx", 500)
    token = current_token(fake.url)
    assert token not in str(caught.value)
    assert token not in "".join(traceback.format_exception(caught.value))
    assert "access_token=***" in str(caught.value)
    [entry] = control.log("freepublish/submit")
    assert entry["status"] == 500
    assert control.state()["wechat"]["publish_jobs"] == []  # not processed


def test_503_with_retry_after_is_an_outcome_to_retry_later(
    control: Control, wechat: WeChatClient, new_draft: Callable[..., str]
) -> None:
    media_id = new_draft()
    control.fault("freepublish/submit", "http_503", seconds=7)
    outcome = wechat.submit_publish(media_id)
    assert outcome.verdict.next is Next.RETRY_LATER
    assert outcome.verdict.code == "http_503"
    assert outcome.retry_after == timedelta(seconds=7)
    assert control.state()["wechat"]["publish_jobs"] == []
    assert wechat.submit_publish(media_id).ok  # the fault was for one request only


def test_json_is_sent_as_literal_utf8(
    fake: FakePlatforms, control: Control, wechat: WeChatClient, new_draft: Callable[..., str]
) -> None:
    new_draft()  # also uploads a cover; the raw request below reuses the same draft fields
    [cover_log] = control.log("material/add_material")
    thumb = cover_log["answer"]["media_id"]
    article = {"title": "限行提醒", "content": "<p>尾号1和6</p>", "thumb_media_id": thumb}
    url = f"{fake.url}/wechat/cgi-bin/draft/add"
    with requests.Session() as session:  # requests' json= escapes non-ASCII as \uXXXX
        escaped = session.post(
            url,
            params={"access_token": current_token(fake.url)},
            json={"articles": [article]},
            timeout=5,
        ).json()
    assert escaped["errcode"] == 40033
    assert wechat.add_draft([article]).ok


# -- every requests call has a timeout (pylint W3101) -------------------------------------------


def _calls_without_timeout(source: str) -> tuple[int, list[int]]:
    """(requests calls seen, line numbers of those without ``timeout=``)."""
    seen, missing = 0, []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        receiver = ast.unparse(node.func.value)
        is_requests = receiver == "requests" or "session" in receiver.lower()
        if node.func.attr in HTTP_METHODS and is_requests:
            seen += 1
            if not any(k.arg == "timeout" for k in node.keywords):
                missing.append(node.lineno)
    return seen, missing


def test_the_timeout_check_catches_a_missing_timeout() -> None:
    snippet = "import requests\nrequests.get(url)\nself._session.post(url, timeout=t)\n"
    assert _calls_without_timeout(snippet) == (2, [2])


def test_every_requests_call_in_platforms_passes_a_timeout() -> None:
    total = 0
    for path in sorted(PLATFORMS.glob("*.py")):
        seen, missing = _calls_without_timeout(path.read_text(encoding="utf-8"))
        assert missing == [], f"{path.name}: requests calls without timeout= on lines {missing}"
        total += seen
    assert total >= 3  # get, post_json, post_form
