"""HTTP plumbing of the fake platform server: routing, request parsing, writing answers."""

from __future__ import annotations

import json
from email import policy
from email.parser import BytesParser
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from xa_console.platforms.fake_common import Answer, FakeRequest


def route(path: str) -> tuple[str, str] | None:
    """(platform, endpoint) from the path; SMS actions are named in the body, so ''."""
    if path.startswith("/wechat/cgi-bin/"):
        return "wechat", path.removeprefix("/wechat/cgi-bin/")
    if path.startswith("/weibo/2/") and path.endswith(".json"):
        return "weibo", path.removeprefix("/weibo/2/").removesuffix(".json")
    if path in ("/sms", "/sms/"):
        return "sms", ""
    return None


def parse_request(
    handler: BaseHTTPRequestHandler, platform: str, endpoint: str, path: str
) -> FakeRequest | None:
    if "chunked" in handler.headers.get("Transfer-Encoding", "").lower():
        return None
    raw = handler.rfile.read(int(handler.headers.get("Content-Length") or 0))
    ctype = handler.headers.get("Content-Type", "")
    body: dict[str, Any] = {}
    files: dict[str, tuple[str, bytes]] = {}
    bad_json = False
    if ctype.startswith("multipart/form-data"):
        body, files = _multipart(ctype, raw)
    elif ctype.startswith("application/x-www-form-urlencoded"):
        body = dict(parse_qsl(raw.decode("utf-8", "replace"), keep_blank_values=True))
    elif raw:
        try:
            parsed = json.loads(raw.decode("utf-8"))
            body, bad_json = (parsed, False) if isinstance(parsed, dict) else ({}, True)
        except ValueError:
            bad_json = True
    if platform == "sms":
        endpoint = str(body.get("Action", ""))
    query = dict(parse_qsl(urlsplit(handler.path).query, keep_blank_values=True))
    return FakeRequest(platform, endpoint, path, query, body, files, raw, bad_json)


def _multipart(ctype: str, raw: bytes) -> tuple[dict[str, Any], dict[str, tuple[str, bytes]]]:
    head = f"Content-Type: {ctype}\r\n\r\n".encode("latin-1")
    message = BytesParser(policy=policy.HTTP).parsebytes(head + raw)
    fields: dict[str, Any] = {}
    files: dict[str, tuple[str, bytes]] = {}
    for part in message.walk():
        if part.is_multipart():
            continue
        name = str(part.get_param("name", header="content-disposition") or "")
        payload = part.get_payload(decode=True)
        data = payload if isinstance(payload, bytes) else b""
        filename = part.get_filename()
        if filename is not None:
            files[name] = (filename, data)
        else:
            fields[name] = data.decode("utf-8", "replace")
    return fields, files


def read_json_object(handler: BaseHTTPRequestHandler) -> dict[str, Any]:
    raw = handler.rfile.read(int(handler.headers.get("Content-Length") or 0))
    try:
        value = json.loads(raw.decode("utf-8") or "{}")
    except ValueError:
        raise ValueError("the body must be a JSON object") from None
    if not isinstance(value, dict):
        raise ValueError("the body must be a JSON object")
    return value


def write_answer(handler: BaseHTTPRequestHandler, answer: Answer) -> None:
    body, ctype = answer.encoded()
    write_bytes(handler, answer.status, body, ctype, answer.headers)


def write_bytes(
    handler: BaseHTTPRequestHandler,
    status: int,
    body: bytes,
    ctype: str,
    headers: tuple[tuple[str, str], ...] = (),
) -> None:
    try:
        handler.send_response(status)
        handler.send_header("Content-Type", ctype)
        handler.send_header("Content-Length", str(len(body)))
        for name, value in headers:
            handler.send_header(name, value)
        handler.end_headers()
        handler.wfile.write(body)
    except OSError:
        handler.close_connection = True  # the client gave up waiting
