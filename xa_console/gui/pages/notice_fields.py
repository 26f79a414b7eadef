"""Values shared by the notice form and page: combo labels, date inputs, rule JSON, templates."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit

from xa_console.domain.codec import notice_to_dict
from xa_console.domain.errors import Issue
from xa_console.domain.rules import LetterTail, MakeupPolicy, Notice, NoticeKind, Selector

SELECTOR_LABELS = {
    Selector.WEEKDAY: "按星期",
    Selector.DATE_LAST_DIGIT: "按日期尾数",
    Selector.ODD_EVEN: "单双号",
    Selector.ALL_NUMBERS: "全部号码",
}
MAKEUP_LABELS = {
    MakeupPolicy.SKIP: "不限行",
    MakeupPolicy.AS_OWN_WEEKDAY: "按当天星期",
    MakeupPolicy.AS_SWAPPED_WEEKDAY: "按调休对应星期",
    MakeupPolicy.BY_DATE_DIGIT: "按日期尾数",
}
LETTER_LABELS = {
    LetterTail.LAST_DIGIT_ON_PLATE: "以车牌最后一位数字为准",
    LetterTail.AS_ZERO: "字母视为0",
}
DEFAULT_RULE: dict[str, Any] = {
    "selector": "weekday",
    "groups": {},
    "time_windows": ["07:00-20:00"],
    "area": {"label": "", "text": ""},
    "day_policy": {"weekdays": [1, 2, 3, 4, 5], "on_statutory_holiday": False},
    "plate_rule": {"letter_tail": "last_digit_on_plate", "include_temporary": True},
    "exemptions": [],
}
_DATE_MIN = QDate(2000, 1, 1)
_DATE_MAX = QDate(2100, 12, 31)
_JSON_REASONS = {
    "Expecting ',' delimiter": "缺少逗号",
    "Expecting ':' delimiter": "缺少冒号",
    "Expecting value": "缺少取值",
    "Expecting property name enclosed in double quotes": "键名须用英文双引号",
    "Extra data": "多余内容",
    "Unterminated string starting at": "字符串缺少结尾引号",
    "Invalid control character at": "含有非法字符",
}
_SCALAR_LIST = re.compile(r"\[\s*\n[^\[\]{}]*?\n\s*\]")


# ----- date inputs ---------------------------------------------------------------------------
def setup_date_edit(edit: QDateEdit) -> None:
    """ISO display, a calendar popup, and the minimum date shown as "未填写" (no date)."""
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setCalendarPopup(True)
    edit.setDateRange(_DATE_MIN, _DATE_MAX)
    edit.setSpecialValueText("未填写")


def set_date(edit: QDateEdit, day: date | str | None) -> None:
    """Show a date (None → "未填写")."""
    if isinstance(day, str):
        day = date.fromisoformat(day)
    edit.setDate(QDate(day.year, day.month, day.day) if day else _DATE_MIN)


def date_value(edit: QDateEdit) -> str | None:
    """The ISO date shown, or None for "未填写"."""
    d = edit.date()
    return None if d == edit.minimumDate() else d.toString("yyyy-MM-dd")


# ----- rule JSON -----------------------------------------------------------------------------
def rule_json(rule: dict[str, Any]) -> str:
    """Indented JSON with short lists on one line (``"1": [1, 6]``)."""
    text = json.dumps(rule, ensure_ascii=False, indent=2)

    def inline(m: re.Match[str]) -> str:
        items = [line.strip().rstrip(",") for line in m.group(0)[1:-1].splitlines()]
        return "[" + ", ".join(i for i in items if i) + "]"

    compact = _SCALAR_LIST.sub(inline, text)
    return compact if json.loads(compact) == rule else text


def parse_rule_json(text: str) -> tuple[Any, Issue | None]:
    """The parsed JSON, or None and a ``form.bad_json`` issue naming line and column."""
    try:
        return json.loads(text), None
    except json.JSONDecodeError as e:
        reason = _JSON_REASONS.get(e.msg, "格式错误")
        params = {"line": e.lineno, "col": e.colno, "reason": reason}
        return None, Issue("form.bad_json", "json", params)


# ----- small helpers -------------------------------------------------------------------------
def select_data(combo: Any, value: str) -> None:
    """Select the combo item whose data is ``value`` (the first item when none is)."""
    i = combo.findData(str(value))
    combo.setCurrentIndex(i if i >= 0 else 0)


def unique_issues(issues: list[Issue]) -> list[Issue]:
    """Issues without repeats (the form and the codec may report the same problem)."""
    seen: set[tuple[str, str, str]] = set()
    out = []
    for i in issues:
        key = (i.code, i.field, repr(sorted(i.params.items())))
        if key not in seen:
            seen.add(key)
            out.append(i)
    return out


def text_lines(text: str) -> list[str]:
    """Non-empty stripped lines."""
    return [line.strip() for line in text.splitlines() if line.strip()]


# ----- new notices ---------------------------------------------------------------------------
def new_notice_template(notices: Sequence[Notice], city_id: str, today: date) -> dict[str, Any]:
    """A new notice continuing the latest rule-carrying notice, from the Monday after it ends."""
    ruled = [n for n in notices if n.rule_set is not None and n.kind.is_base]
    if not ruled:
        return {
            "kind": NoticeKind.IMPLEMENT.value,
            "city_id": city_id,
            "title": "",
            "effective_from": today.isoformat(),
            "rule_set": DEFAULT_RULE,
        }
    latest = max(ruled, key=lambda n: n.effective_from)
    raw = notice_to_dict(latest)
    end = latest.effective_to or today
    raw.update(
        id=None,
        kind=NoticeKind.CONTINUE.value,
        doc_number="",
        issue_date=None,
        effective_from=(end + timedelta(days=7 - end.weekday())).isoformat(),
        effective_to=None,
        source_url="",
        confidence="confirmed",
        note="",
    )
    return raw
