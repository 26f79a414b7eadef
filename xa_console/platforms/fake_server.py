"""The fake platform server: WeChat, Weibo and SMS on one loopback port, for tests and rehearsal.

WeChat answers under ``/wechat``, Weibo under ``/weibo``, SMS under ``/sms``; ``/_fake/...`` is the
control API (log, faults, config, state, reset). Every request the fake accepted is logged with
secrets, tokens and signatures masked. One lock guards all state; the log is append-only.
"""

from __future__ import annotations

import json
import socket
import struct
import sys
import threading
import time
import traceback
from collections.abc import Callable, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

from xa_console.platforms import fake_faults
from xa_console.platforms.fake_common import (
    Answer,
    FakeConfig,
    FakeRequest,
    iso_utc,
    redact_fields,
)
from xa_console.platforms.fake_faults import Fault
from xa_console.platforms.fake_http import (
    parse_request,
    read_json_object,
    route,
    write_answer,
    write_bytes,
)
from xa_console.platforms.fake_sms import SmsFake
from xa_console.platforms.fake_wechat import WeChatFake
from xa_console.platforms.fake_weibo import WeiboFake

KEY_FIELDS = {
    "message/mass/sendall": "clientmsgid",
    "message/template/send": "client_msg_id",
    "SendSms": "OutId",
}


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    fake: FakePlatforms

    def handle_error(self, request: Any, client_address: Any) -> None:
        error = sys.exc_info()[1]
        if not isinstance(error, ConnectionError | TimeoutError):  # a client gone is normal
            self.fake.record_error(traceback.format_exc())


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    timeout = 30  # a client that never sends its request line does not hold a thread forever

    def do_GET(self) -> None:
        self.server.fake.dispatch(self, "GET")

    def do_POST(self) -> None:
        self.server.fake.dispatch(self, "POST")

    def do_DELETE(self) -> None:
        self.server.fake.dispatch(self, "DELETE")

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the fake keeps its own log."""


class FakePlatforms:
    """The three fake platforms behind one ``ThreadingHTTPServer``; use as a context manager."""

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        token_ttl: float = 7200,
        publish_delay: float = 0.3,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._address = (host, port)
        self._token_ttl, self._publish_delay = float(token_ttl), float(publish_delay)
        self._clock = clock
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._errors: list[str] = []
        self._fresh_state()

    # -- lifecycle -------------------------------------------------------------------------------

    def start(self) -> FakePlatforms:
        """Listen and serve in a background thread."""
        if self._server is None:
            self._stopping.clear()
            self._server = _Server(self._address, _Handler)
            self._server.fake = self
            self._thread = threading.Thread(
                target=self._server.serve_forever,
                kwargs={"poll_interval": 0.05},
                name="fake-platforms",
                daemon=True,
            )
            self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving; hung requests are cut short and their sockets closed."""
        self._stopping.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> FakePlatforms:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        """``http://host:port`` of the running server."""
        if self._server is None:
            raise RuntimeError("the fake platform server is not running")
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    # -- the Python face of the control API --------------------------------------------------

    def log(self) -> list[dict[str, Any]]:
        """Every request accepted so far, oldest first."""
        with self._lock:
            return [dict(entry) for entry in self._log]

    def state(self) -> dict[str, Any]:
        """Published articles, messages, posts and SMS records."""
        with self._lock:
            view: dict[str, Any] = json.loads(json.dumps(self._state_view(), default=str))
        return view

    def add_fault(
        self,
        endpoint: str,
        fault: str,
        *,
        times: int = 1,
        code: str | int | None = None,
        seconds: float | None = None,
    ) -> None:
        """Arm a fault (see ``fake_faults``); invalid specs raise ``ValueError``."""
        spec: dict[str, Any] = {"endpoint": endpoint, "fault": fault, "times": times}
        if code is not None:
            spec["code"] = code
        if seconds is not None:
            spec["seconds"] = seconds
        self._arm(spec)

    def clear_faults(self) -> None:
        """Disarm every fault."""
        with self._lock:
            self._faults.clear()

    def configure(self, changes: Mapping[str, Any]) -> None:
        """Change settings (``FakeConfig``); unknown keys raise ``ValueError``."""
        with self._lock:
            self._config.update(changes)

    def reset(self) -> None:
        """Forget everything: state, log, faults and settings."""
        with self._lock:
            self._fresh_state()

    def errors(self) -> list[str]:
        """Tracebacks of requests the fake failed to handle (a bug in the fake)."""
        with self._lock:
            return list(self._errors)

    def record_error(self, text: str) -> None:
        """Keep a handler's traceback for ``errors()``."""
        with self._lock:
            self._errors.append(text)

    # -- request handling ----------------------------------------------------------------------

    def dispatch(self, handler: BaseHTTPRequestHandler, method: str) -> None:
        """Serve one HTTP request (called on the handler's thread)."""
        path = urlsplit(handler.path).path
        if path.startswith("/_fake/"):
            self._control(handler, method, path.removeprefix("/_fake/"))
            return
        where = route(path)
        if where is None or method != "POST":
            write_answer(handler, Answer(404 if where is None else 405, {"error": "no such API"}))
            return
        platform, endpoint = where
        with self._lock:
            early = fake_faults.take(self._faults, platform, endpoint, before_read=True)
        if early is not None:  # never read, never processed, never logged
            self._hang(handler, early.seconds)
            return
        request = parse_request(handler, platform, endpoint, path)
        if request is None:
            write_answer(handler, Answer(411, {"error": "Content-Length required"}))
            return
        fault, answer = self._process(request)
        self._deliver(handler, answer, fault)

    def _process(self, request: FakeRequest) -> tuple[Fault | None, Answer]:
        with self._lock:
            fault = fake_faults.take(
                self._faults, request.platform, request.endpoint, before_read=False
            )
            if fault is not None and fault.fault in fake_faults.NO_EFFECT:
                answer = fault.answer(request.platform)
            else:
                if fault is not None and fault.fault == "expire_token":
                    self._wechat.expire_tokens()
                answer = self._fakes[request.platform].handle(request)
            self._append_log(request, answer, fault)
        return fault, answer

    def _deliver(
        self, handler: BaseHTTPRequestHandler, answer: Answer, fault: Fault | None
    ) -> None:
        kind = fault.fault if fault is not None else ""
        if kind == "hang_after_accept":
            self._hang(handler, fault.seconds if fault else 0.0)
        elif kind == "reset_after_accept":
            # RST instead of an answer: the effect is applied, the client never hears of it
            handler.connection.setsockopt(
                socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)
            )
            handler.close_connection = True
        else:
            write_answer(handler, answer)

    def _hang(self, handler: BaseHTTPRequestHandler, seconds: float) -> None:
        self._stopping.wait(seconds)
        handler.close_connection = True

    def _append_log(self, request: FakeRequest, answer: Answer, fault: Fault | None) -> None:
        shown: dict[str, Any] = {"http_error": answer.status} if answer.html else answer.body
        status: int | None = answer.status
        if fault is not None and fault.fault in ("hang_after_accept", "reset_after_accept"):
            flag = "hung" if fault.fault == "hang_after_accept" else "reset"
            shown, status = {flag: True, "withheld": shown}, None
        key_field = KEY_FIELDS.get(request.endpoint, "")
        self._log.append(
            {
                "seq": len(self._log) + 1,
                "at": iso_utc(self._clock()),
                "platform": request.platform,
                "endpoint": request.endpoint,
                "key": str(request.body.get(key_field, "")) if key_field else "",
                "request": request.view(),
                "status": status,
                "answer": redact_fields(json.loads(json.dumps(shown, default=str))),
            }
        )

    # -- control API ---------------------------------------------------------------------------

    def _control(self, handler: BaseHTTPRequestHandler, method: str, name: str) -> None:
        try:
            result = self._control_result(handler, method, name)
        except ValueError as error:
            write_answer(handler, Answer(400, {"error": str(error)}))
            return
        if result is None:
            write_answer(handler, Answer(404, {"error": f"no control endpoint {method} {name}"}))
        else:
            body = json.dumps(result, ensure_ascii=False, default=str).encode("utf-8")
            write_bytes(handler, 200, body, "application/json")

    def _control_result(self, handler: BaseHTTPRequestHandler, method: str, name: str) -> Any:
        if method == "GET":
            reads: dict[str, Callable[[], Any]] = {
                "log": self.log,
                "state": self.state,
                "config": lambda: self._config.public(),
                "faults": self._faults_view,
            }
            return reads[name]() if name in reads else None
        if (method, name) == ("DELETE", "faults"):
            self.clear_faults()
            return {"faults": []}
        if method != "POST" or name not in ("faults", "reset", "config"):
            return None
        if name == "reset":
            self.reset()
            return {"ok": True}
        spec = read_json_object(handler)
        if name == "faults":
            self._arm(spec)
            return {"faults": self._faults_view()}
        self.configure(spec)
        return {"config": self._config.public()}

    def _faults_view(self) -> list[dict[str, Any]]:
        with self._lock:
            return [f.public() for f in self._faults]

    def _arm(self, spec: Mapping[str, Any]) -> None:
        fault = Fault.parse(spec)
        with self._lock:
            self._faults.append(fault)

    def _fresh_state(self) -> None:
        self._config = FakeConfig(token_ttl=self._token_ttl, publish_delay=self._publish_delay)
        self._wechat = WeChatFake(self._config, self._clock)
        self._fakes: dict[str, WeChatFake | WeiboFake | SmsFake] = {
            "wechat": self._wechat,
            "weibo": WeiboFake(self._config, self._clock),
            "sms": SmsFake(self._config, self._clock),
        }
        self._faults: list[Fault] = []
        self._log: list[dict[str, Any]] = []

    def _state_view(self) -> dict[str, Any]:
        return {name: fake.snapshot() for name, fake in self._fakes.items()}


def serve(host: str, port: int, *, on_ready: Callable[[str], None] | None = None) -> None:
    """Run the fake platforms in the foreground until Ctrl+C (the CLI's rehearsal server)."""
    with FakePlatforms(host, port) as fake:
        if on_ready is not None:
            on_ready(fake.url)
        forever = threading.Event()
        try:
            while not forever.wait(0.5):
                pass
        except KeyboardInterrupt:
            return
