"""Plain-text forms of rule parts for the simple editor: time windows, exemptions, shown keys."""

from __future__ import annotations

import re
from typing import Any

from xa_console.domain.rules import Selector

NEV_CODE = "NEV_PLATE"
_WEEKDAY_KEYS = ("1", "2", "3", "4", "5", "6", "7")
OTHER_CODE = "OTHER"
_WINDOW_SPLIT = re.compile(r"[,，;；、\n]+")
_DASHES = re.compile(r"\s*(?:-|—|–|－|~|～|至)+\s*")
_CODE_LINE = re.compile(r"^(?P<code>[A-Z][A-Z0-9_]*)(?:\s+(?P<text>.*))?$")


def parse_windows(text: str) -> list[str]:
    """``"7:00—20:00，17:00-19:00"`` → ``["7:00-20:00", "17:00-19:00"]`` (checked by the codec)."""
    return [_DASHES.sub("-", part.strip()) for part in _WINDOW_SPLIT.split(text) if part.strip()]


def windows_text(windows: list[str]) -> str:
    """The codec's window list as one line."""
    return ", ".join(windows)


def parse_exemptions(text: str) -> list[dict[str, str]]:
    """One exemption per line: ``CODE 说明``, or just the text.

    A text-only line mentioning 新能源 becomes ``NEV_PLATE`` (the engine exempts NEV plates by
    that code); other text-only lines get ``OTHER``.
    """
    out = []
    for line in (raw.strip() for raw in text.splitlines()):
        if not line:
            continue
        m = _CODE_LINE.match(line)
        if m:
            out.append({"code": m.group("code"), "text": (m.group("text") or "").strip()})
        else:
            code = NEV_CODE if "新能源" in line else OTHER_CODE
            out.append({"code": code, "text": line})
    return out


def exemptions_text(exemptions: list[dict[str, Any]]) -> str:
    """The codec's exemption list, one ``CODE 说明`` per line."""
    return "\n".join(f"{e.get('code', '')} {e.get('text', '')}".strip() for e in exemptions)


def shown_keys(selector: Selector, rule: dict[str, Any]) -> list[str]:
    """Keys to offer inputs for: 周一…周五 plus any weekday the rule applies on."""
    if selector is not Selector.WEEKDAY:
        return {
            Selector.DATE_LAST_DIGIT: [str(d) for d in range(10)],
            Selector.ODD_EVEN: ["odd", "even"],
            Selector.ALL_NUMBERS: ["all"],
        }[selector]
    policy = rule.get("day_policy") if isinstance(rule.get("day_policy"), dict) else {}
    days = {str(w) for w in (policy or {}).get("weekdays", [])} & set(_WEEKDAY_KEYS)
    return sorted({"1", "2", "3", "4", "5"} | days)
