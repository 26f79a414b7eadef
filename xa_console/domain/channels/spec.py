"""Channel specifications as data: fields, limits, counting rules, source and confidence.

Read from ``resources/channels/limits.json`` (seed) or the database (admin edits); every bad
value is reported against its path, e.g. ``channels.weibo.fields.status.max``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from xa_console.domain.channels.counting import Counting
from xa_console.domain.errors import DomainError, Issue

FORMAT = "xa-console-channels/1"
CHANNEL_IDS = (
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
)


@dataclass(frozen=True)
class Forbid:
    """A pattern that must not occur, with the problem code it raises."""

    pattern: re.Pattern[str]
    code: str


@dataclass(frozen=True)
class FieldRule:
    """Limits of one field of one channel."""

    name: str
    label: str
    counting: Counting = Counting.CODEPOINTS
    max: float | None = None
    min: float | None = None
    max_bytes: int | None = None
    required: bool = False
    single_line: bool = False
    no_emoji: bool = False
    charset: str = ""  # allowed characters as a regex class body; empty = anything
    keyword_type: str = ""  # WeChat template keyword type (thing, time, phrase …)
    forbid: tuple[Forbid, ...] = ()
    require_url_domains: tuple[str, ...] = ()
    max_topics: int | None = None
    source: str = ""
    confidence: str = ""
    note: str = ""


@dataclass(frozen=True)
class SmsBilling:
    """SMS signature and billing: 【signature】 counts; ≤ single_limit is one message."""

    signature: str
    single_limit: int = 70
    segment_size: int = 67
    price_yuan: float = 0.04


@dataclass(frozen=True)
class ChannelSpec:
    """One channel: its fields in order, the main field, how it is delivered."""

    id: str
    name_zh: str
    main: str
    delivery: str  # api | export (a person publishes and confirms)
    order: int
    fields: tuple[FieldRule, ...]
    card: str = ""  # vertical | square | wechat
    sms: SmsBilling | None = None
    note: str = ""

    def field(self, name: str) -> FieldRule | None:
        """The rule for a field, if the channel has it."""
        return next((f for f in self.fields if f.name == name), None)


@dataclass(frozen=True)
class KeywordType:
    """Limits of a WeChat template/subscribe keyword type."""

    name: str
    max: int
    pattern: re.Pattern[str] | None
    label: str


@dataclass(frozen=True)
class ChannelBook:
    """All channel specs plus the keyword type table."""

    channels: tuple[ChannelSpec, ...]
    keyword_types: dict[str, KeywordType]

    def get(self, channel_id: str) -> ChannelSpec:
        """The spec of a channel (KeyError for an unknown id)."""
        for c in self.channels:
            if c.id == channel_id:
                return c
        raise KeyError(channel_id)


def _num(raw: dict[str, Any], key: str, path: str, issues: list[Issue]) -> float | None:
    v = raw.get(key)
    if v is None:
        return None
    if isinstance(v, bool) or not isinstance(v, int | float) or v < 0:
        issues.append(Issue("channel.bad_number", f"{path}.{key}", {"value": v}))
        return None
    return v


def _regex(text: Any, path: str, issues: list[Issue]) -> re.Pattern[str] | None:
    try:
        return re.compile(str(text))
    except re.error as e:
        issues.append(Issue("channel.bad_pattern", path, {"value": text, "reason": str(e)}))
        return None


def _field(name: str, raw: Any, path: str, types: dict[str, Any], issues: list[Issue]) -> FieldRule:
    if not isinstance(raw, dict):
        issues.append(Issue("field.not_object", path))
        return FieldRule(name, name)
    try:
        counting = Counting(raw.get("counting", "codepoints"))
    except ValueError:
        issues.append(Issue("field.bad_choice", f"{path}.counting", {"value": raw.get("counting")}))
        counting = Counting.CODEPOINTS
    ktype = str(raw.get("keyword_type", ""))
    if ktype and ktype not in types:
        issues.append(Issue("field.bad_choice", f"{path}.keyword_type", {"value": ktype}))
    forbids = []
    for i, fb in enumerate(raw.get("forbid", [])):
        pat = _regex(
            fb.get("pattern", "") if isinstance(fb, dict) else fb, f"{path}.forbid[{i}]", issues
        )
        if pat is not None:
            forbids.append(
                Forbid(
                    pat,
                    str(fb.get("code", "text.forbidden"))
                    if isinstance(fb, dict)
                    else "text.forbidden",
                )
            )
    charset = str(raw.get("charset", ""))
    if charset:
        _regex(f"[{charset}]", f"{path}.charset", issues)
    mx, mn = _num(raw, "max", path, issues), _num(raw, "min", path, issues)
    if mx is not None and mn is not None and mn > mx:
        issues.append(Issue("channel.min_over_max", f"{path}.min", {"min": mn, "max": mx}))
    max_bytes = _num(raw, "max_bytes", path, issues)
    topics = _num(raw, "max_topics", path, issues)
    return FieldRule(
        name=name,
        label=str(raw.get("label", name)),
        counting=counting,
        max=mx,
        min=mn,
        max_bytes=int(max_bytes) if max_bytes is not None else None,
        required=bool(raw.get("required", False)),
        single_line=bool(raw.get("single_line", False)),
        no_emoji=bool(raw.get("no_emoji", False)),
        charset=charset,
        keyword_type=ktype,
        forbid=tuple(forbids),
        require_url_domains=tuple(str(d) for d in raw.get("require_url_domains", [])),
        max_topics=int(topics) if topics is not None else None,
        source=str(raw.get("source", "")),
        confidence=str(raw.get("confidence", "")),
        note=str(raw.get("note", "")),
    )


def channel_from_dict(
    cid: str, raw: Any, types: dict[str, Any], path: str, issues: list[Issue]
) -> ChannelSpec | None:
    """Read one channel spec, appending problems to ``issues``."""
    if not isinstance(raw, dict) or not isinstance(raw.get("fields"), dict) or not raw["fields"]:
        issues.append(Issue("channel.no_fields", f"{path}.fields"))
        return None
    fields = tuple(
        _field(n, f, f"{path}.fields.{n}", types, issues) for n, f in raw["fields"].items()
    )
    main = str(raw.get("main", fields[0].name))
    if main not in raw["fields"]:
        issues.append(Issue("channel.bad_main", f"{path}.main", {"value": main}))
    sms = None
    if "sms" in raw:
        s = raw["sms"] if isinstance(raw["sms"], dict) else {}
        sign = str(s.get("signature", ""))
        if not 2 <= len(sign) <= 12 or re.search(r"[【】\[\]()（）\s]", sign):
            issues.append(Issue("sms.bad_signature", f"{path}.sms.signature", {"value": sign}))
        sms = SmsBilling(
            sign,
            int(s.get("single_limit", 70)),
            int(s.get("segment_size", 67)),
            float(s.get("price_yuan", 0.04)),
        )
    return ChannelSpec(
        cid,
        str(raw.get("name_zh", cid)),
        main,
        str(raw.get("delivery", "api")),
        int(raw.get("order", 99)),
        fields,
        str(raw.get("card", "")),
        sms,
        str(raw.get("note", "")),
    )


def read_channel_book(raw: Any) -> ChannelBook:
    """Parse the whole limits document; raises :class:`DomainError` naming each bad value."""
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise DomainError(Issue("rules.bad_format", "format", {"expected": FORMAT}))
    issues: list[Issue] = []
    types_raw = raw.get("keyword_types", {})
    types: dict[str, KeywordType] = {}
    for name, t in types_raw.items():
        mx = _num(t, "max", f"keyword_types.{name}", issues) if isinstance(t, dict) else None
        pat = (
            _regex(t["pattern"], f"keyword_types.{name}.pattern", issues)
            if isinstance(t, dict) and t.get("pattern")
            else None
        )
        types[name] = KeywordType(
            name, int(mx or 20), pat, str(t.get("label", name)) if isinstance(t, dict) else name
        )
    channels = []
    for cid, c in raw.get("channels", {}).items():
        spec = channel_from_dict(cid, c, types_raw, f"channels.{cid}", issues)
        if spec is not None:
            channels.append(spec)
    if issues:
        raise DomainError(issues)
    return ChannelBook(tuple(sorted(channels, key=lambda c: c.order)), types)
