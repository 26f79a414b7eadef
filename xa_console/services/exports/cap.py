"""OASIS CAP 1.2 (Common Alerting Protocol) XML for a notice, for emergency-broadcast feeds.

Message type by draft kind:

* ``Alert``: a daily reminder, a suspension, a continuation, a traffic control — each a new
  message about its own period.
* ``Update``: a resumption or an adjustment — it supersedes the standing rule announced
  earlier (pass that message as ``references``).
* correction: ``Update`` when the facts carry corrected text (更正: the earlier message is
  superseded), ``Cancel`` when they do not (撤回: the earlier message is withdrawn).

Urgency / severity / certainty: a daily reminder is ``Expected / Minor / Observed``; an announced
policy is ``Future / Minor / Likely``; a traffic control is ``Future / Moderate / Likely``.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping, Sequence
from datetime import date, datetime, time, timedelta, timezone
from urllib.parse import urlsplit

from xa_console.domain.channels.validate import Variant
from xa_console.domain.drafting.codec import facts_to_dict
from xa_console.domain.drafting.facts import (
    KIND_TITLE_VERB,
    WEEKDAYS_ZH,
    DraftKind,
    NoticeFacts,
    cn_date,
    digits_text,
    reason_text,
)

CAP_NS = "urn:oasis:names:tc:emergency:cap:1.2"
CST = timezone(timedelta(hours=8), "CST")
HEADLINE_MAX = 160
_HOURS = re.compile(r"(\d{1,2}):(\d{2})\s*[-–—~至]\s*(\d{1,2}):(\d{2})")
_TAG = re.compile(r"<[^>]+>")

_POLICY = {DraftKind.SUSPENSION, DraftKind.RESUMPTION, DraftKind.CONTINUATION, DraftKind.ADJUSTMENT}
_UPDATES = {DraftKind.RESUMPTION, DraftKind.ADJUSTMENT}


def cap_time(moment: datetime) -> str:
    """``2023-03-01T07:00:00+08:00``: Beijing time, whole seconds (naive means Beijing time)."""
    local = _local(moment)
    assert local is not None
    return local.replace(microsecond=0).isoformat(timespec="seconds")


def cap_identifier(facts: NoticeFacts, sender: str) -> str:
    """A stable identifier: the same facts from the same sender always give the same one."""
    canonical = json.dumps(facts_to_dict(facts), sort_keys=True, ensure_ascii=False)
    digest = hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:12]
    domain = sender.rpartition("@")[2] or "xa-console"
    return f"{domain}-{facts.kind.value}-{facts.day:%Y%m%d}-{digest}"


def msg_type(facts: NoticeFacts) -> str:
    """``Alert``, ``Update`` or ``Cancel`` (see the module docstring)."""
    if facts.kind is DraftKind.CORRECTION:
        return "Update" if facts.correction_text.strip() else "Cancel"
    return "Update" if facts.kind in _UPDATES else "Alert"


def _urgency(facts: NoticeFacts) -> tuple[str, str, str]:
    if facts.kind in _POLICY:
        return "Future", "Minor", "Likely"
    if facts.kind is DraftKind.TRAFFIC_CONTROL:
        return "Future", "Moderate", "Likely"
    return "Expected", "Minor", "Observed"


def _event(facts: NoticeFacts) -> str:
    if facts.kind is DraftKind.TRAFFIC_CONTROL:
        return "临时交通管制"
    if facts.kind is DraftKind.CORRECTION:
        return "尾号限行信息更正"
    verb = KIND_TITLE_VERB.get(facts.kind, "")
    return f"{verb}尾号限行" if verb else "机动车尾号限行"


def _windows(facts: NoticeFacts) -> list[tuple[time, time]]:
    out = []
    for h in facts.hours:
        for m in _HOURS.finditer(h):
            a, b, c, d = (int(g) for g in m.groups())
            if a < 24 and c < 24:
                out.append((time(a, b), time(c, d)))
    return out


def _at(d: date, t: time = time(0, 0)) -> datetime:
    return datetime.combine(d, t, tzinfo=CST)


def _local(moment: datetime | None) -> datetime | None:
    """Beijing time; a naive value is taken to be Beijing time already."""
    if moment is None:
        return None
    return moment.replace(tzinfo=CST) if moment.tzinfo is None else moment.astimezone(CST)


def _period(
    facts: NoticeFacts, sent: datetime
) -> tuple[datetime, datetime | None, datetime | None]:
    """(effective, onset, expires) of the information."""
    tc = facts.traffic_control
    if facts.kind is DraftKind.TRAFFIC_CONTROL and tc is not None:
        return sent, _local(tc.start), _local(tc.end)
    if facts.kind is DraftKind.CORRECTION:
        return sent, None, None
    if facts.kind is DraftKind.DAILY:
        windows = _windows(facts)
        if facts.restricted and windows:
            return _at(facts.day), _at(facts.day, windows[0][0]), _at(facts.day, windows[-1][1])
        return _at(facts.day), None, _at(facts.day + timedelta(days=1))
    expires = _at(facts.end_day + timedelta(days=1)) if facts.end_day else None
    return _at(facts.day), _at(facts.day), expires


def _day_line(d: date) -> str:
    return f"{cn_date(d)} {WEEKDAYS_ZH[d.weekday()]}"


def _headline(facts: NoticeFacts) -> str:
    city = facts.city_name
    if facts.kind is DraftKind.DAILY:
        if facts.restricted:
            hours = f"（{'、'.join(facts.hours)}）" if facts.hours else ""
            text = f"{_day_line(facts.day)} {city}限行尾号{digits_text(facts.digits)}{hours}"
        else:
            text = f"{_day_line(facts.day)} {city}{reason_text(facts.reason) or '不限行'}"
    elif facts.kind is DraftKind.TRAFFIC_CONTROL and facts.traffic_control is not None:
        text = f"{city}{facts.traffic_control.road}临时交通管制"
    elif facts.kind is DraftKind.CORRECTION:
        text = f"关于《{facts.corrects_title}》的更正" if facts.corrects_title else _event(facts)
    else:
        text = facts.title or f"{city}{_event(facts)}"
    return text[:HEADLINE_MAX]


def _plain(text: str) -> str:
    """Template output as plain text (a WeChat body may carry HTML)."""
    if "<" in text and ">" in text:
        text = html.unescape(_TAG.sub("", text))
    lines = (ln.strip() for ln in text.splitlines())
    return "\n".join(ln for ln in lines if ln)


def _description(facts: NoticeFacts, variants: Mapping[str, Variant] | None) -> str:
    for channel in ("press", "wechat_article"):
        v = (variants or {}).get(channel)
        if v is not None and v.get("body").strip():
            return _plain(v.get("body"))
    if facts.kind is DraftKind.CORRECTION:
        return facts.correction_text or _headline(facts)
    if facts.kind in _POLICY:
        verb = KIND_TITLE_VERB.get(facts.kind, "调整")
        subject = "工作日机动车尾号限行交通管理措施"
        return f"自{cn_date(facts.day)}起，{facts.city_name}{verb}{subject}。"
    return _headline(facts) + "。"


def _instruction(facts: NoticeFacts) -> str:
    tc = facts.traffic_control
    if facts.kind is DraftKind.TRAFFIC_CONTROL and tc is not None:
        return tc.detour
    if facts.kind is DraftKind.SUSPENSION:
        return "恢复执行时间另行通告。" if facts.end_day is None else ""
    return facts.exemption_line if facts.restricted else ""


def _parameters(facts: NoticeFacts) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if facts.kind is DraftKind.DAILY:
        out.append(("限行尾号", digits_text(facts.digits) if facts.restricted else "不限行"))
        if not facts.restricted and reason_text(facts.reason):
            out.append(("不限行原因", reason_text(facts.reason)))
    if facts.hours and (facts.restricted or facts.kind in _POLICY - {DraftKind.SUSPENSION}):
        out.append(("限行时段", "、".join(facts.hours)))
    if facts.weekday_pairs and facts.kind in _POLICY - {DraftKind.SUSPENSION}:
        out.append(("工作日轮换", "；".join(f"{w}{d}" for w, d in facts.weekday_pairs)))
    return out


def _sub(parent: ET.Element, tag: str, text: str | None = None) -> ET.Element:
    el = ET.SubElement(parent, f"{{{CAP_NS}}}{tag}")
    if text is not None:
        el.text = text
    return el


def _sender_name(facts: NoticeFacts) -> str:
    if facts.kind in _POLICY:
        return "、".join(facts.issuers) or facts.city_name
    return facts.issuers[0] if facts.issuers else facts.city_name


def _info(
    root: ET.Element, facts: NoticeFacts, variants: Mapping[str, Variant] | None, sent: datetime
) -> None:
    info = _sub(root, "info")
    _sub(info, "language", "zh-CN")
    _sub(info, "category", "Transport")
    _sub(info, "event", _event(facts))
    if facts.restricted or facts.kind is DraftKind.TRAFFIC_CONTROL:
        _sub(info, "responseType", "Avoid")
    elif msg_type(facts) == "Cancel":
        _sub(info, "responseType", "AllClear")
    for tag, value in zip(("urgency", "severity", "certainty"), _urgency(facts), strict=True):
        _sub(info, tag, value)
    code = _sub(info, "eventCode")
    _sub(code, "valueName", "xa-console:kind")
    _sub(code, "value", facts.kind.value)
    effective, onset, expires = _period(facts, sent)
    for tag, moment in (("effective", effective), ("onset", onset), ("expires", expires)):
        if moment is not None:
            _sub(info, tag, cap_time(moment))
    _sub(info, "senderName", _sender_name(facts))
    _sub(info, "headline", _headline(facts))
    _sub(info, "description", _description(facts, variants))
    if instruction := _instruction(facts):
        _sub(info, "instruction", instruction)
    if facts.link_url and urlsplit(facts.link_url).scheme in {"http", "https"}:
        _sub(info, "web", facts.link_url)
    for name, value in _parameters(facts):
        param = _sub(info, "parameter")
        _sub(param, "valueName", name)
        _sub(param, "value", value)
    area = _sub(info, "area")
    _sub(area, "areaDesc", facts.area_label or facts.city_name)
    if adcode := facts.extra.get("adcode", ""):
        geo = _sub(area, "geocode")
        _sub(geo, "valueName", "ADCODE")
        _sub(geo, "value", adcode)


def cap_alert(
    facts: NoticeFacts,
    variants: Mapping[str, Variant] | None = None,
    *,
    sender: str = "xajj@xa.example.cn",
    identifier: str | None = None,
    sent: datetime | None = None,
    references: Sequence[str] = (),
) -> bytes:
    """The notice as a CAP 1.2 ``<alert>`` (UTF-8 XML bytes, elements in schema order).

    ``sent`` defaults to midnight (Beijing time) of the issue date so that the output depends
    on the facts alone; pass the real send time when publishing. ``references`` are earlier
    messages as CAP ``sender,identifier,sent`` triples (for ``Update`` and ``Cancel``).
    """
    moment = _local(sent) or _at(facts.issue_date or facts.day)
    root = ET.Element(f"{{{CAP_NS}}}alert")
    _sub(root, "identifier", identifier or cap_identifier(facts, sender))
    _sub(root, "sender", sender)
    _sub(root, "sent", cap_time(moment))
    _sub(root, "status", "Actual")
    _sub(root, "msgType", msg_type(facts))
    _sub(root, "scope", "Public")
    if references:
        _sub(root, "references", " ".join(references))
    _info(root, facts, variants, moment)
    ET.indent(root)
    body: bytes = ET.tostring(root, encoding="unicode", default_namespace=CAP_NS).encode("utf-8")
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + body + b"\n"
