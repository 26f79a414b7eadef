"""``NoticeFacts``: the structured content of a notice, filled from the calendar engine.

Templates see only ``facts.as_context()`` (plain strings, lists and dicts), never engine objects.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from xa_console.domain.engine import DayStatus, RuleBook
from xa_console.domain.errors import fail
from xa_console.domain.rules import Notice, NoticeKind, RuleSet

WEEKDAYS_ZH = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")
SHORT_WEEKDAYS_ZH = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")


class DraftKind(StrEnum):
    """What the officer is drafting."""

    DAILY = "daily"  # 每日限行提醒
    SUSPENSION = "suspension"  # 暂停执行
    RESUMPTION = "resumption"  # 恢复实施
    CONTINUATION = "continuation"  # 继续实施（年度）
    ADJUSTMENT = "adjustment"  # 规则调整
    TRAFFIC_CONTROL = "traffic_control"  # 临时交通管制
    CORRECTION = "correction"  # 更正或撤回


@dataclass(frozen=True)
class TrafficControl:
    """A temporary traffic control: road, direction, section, time window, detour."""

    road: str
    direction: str = ""
    section: str = ""
    start: datetime | None = None
    end: datetime | None = None
    detour: str = ""
    reason: str = ""


@dataclass(frozen=True)
class NoticeFacts:
    """Everything a channel template may print. Built by :func:`facts_for`, editable by hand."""

    kind: DraftKind
    city_name: str
    day: date  # the day concerned (daily) or the effective date
    end_day: date | None = None  # validity end (None: 另行通告)
    restricted: bool = False
    digits: tuple[int, ...] = ()
    hours: tuple[str, ...] = ()
    reason: str = ""
    area_label: str = ""
    area_text: str = ""
    exemptions: tuple[str, ...] = ()
    exemption_line: str = "新能源号牌车辆等不受限"
    weekday_pairs: tuple[tuple[str, str], ...] = ()  # (星期一, 1和6) …
    issuers: tuple[str, ...] = ()
    legal_basis: tuple[str, ...] = ()
    purpose_text: str = ""
    approval_text: str = ""
    issue_date: date | None = None
    title: str = ""
    free_text: str = ""
    link_url: str = ""
    tomorrow: tuple[date, str] | None = None  # (date, digits text or reason)
    traffic_control: TrafficControl | None = None
    corrects_title: str = ""
    correction_text: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    def with_text(self, free_text: str) -> NoticeFacts:
        """The same facts with the officer's own paragraph."""
        return replace(self, free_text=free_text)

    def as_context(self) -> dict[str, Any]:
        """The template context: plain data only (the sandbox gets nothing with side effects)."""
        return _context(self)


def cn_date(d: date) -> str:
    """``2023年3月1日``."""
    return f"{d.year}年{d.month}月{d.day}日"


def cn_md(d: date) -> str:
    """``3月1日``."""
    return f"{d.month}月{d.day}日"


def digits_text(digits: tuple[int, ...]) -> str:
    """``(0, 5)`` → ``5和0`` as notices write it (zero last); ``(1, 6)`` → ``1和6``."""
    ordered = sorted(digits, key=lambda d: (d == 0, d))
    return "和".join(str(d) for d in ordered)


def _context(f: NoticeFacts) -> dict[str, Any]:
    tc = f.traffic_control
    return {
        "kind": f.kind.value,
        "city": f.city_name,
        "date": cn_date(f.day),
        "date_md": cn_md(f.day),
        "iso_date": f.day.isoformat(),
        "weekday": WEEKDAYS_ZH[f.day.weekday()],
        "weekday_short": SHORT_WEEKDAYS_ZH[f.day.weekday()],
        "end_date": cn_date(f.end_day) if f.end_day else "",
        "end_weekday": WEEKDAYS_ZH[f.end_day.weekday()] if f.end_day else "",
        "restricted": f.restricted,
        "digits": list(f.digits),
        "digits_text": digits_text(f.digits),
        "hours": "、".join(f.hours),
        "hours_list": list(f.hours),
        "reason": f.reason,
        "area_label": f.area_label,
        "area_text": f.area_text,
        "exemptions": list(f.exemptions),
        "exemption_line": f.exemption_line,
        "weekday_pairs": [{"weekday": w, "digits": d} for w, d in f.weekday_pairs],
        "issuers": list(f.issuers),
        "legal_basis": list(f.legal_basis),
        "purpose": f.purpose_text,
        "approval": f.approval_text,
        "issue_date": cn_date(f.issue_date) if f.issue_date else "",
        "title": f.title,
        "free_text": f.free_text,
        "link": f.link_url,
        "tomorrow": None
        if f.tomorrow is None
        else {
            "date": cn_md(f.tomorrow[0]),
            "weekday": WEEKDAYS_ZH[f.tomorrow[0].weekday()],
            "text": f.tomorrow[1],
        },
        "control": None
        if tc is None
        else {
            "road": tc.road,
            "direction": tc.direction,
            "section": tc.section,
            "start": f"{cn_date(tc.start.date())} {tc.start:%H:%M}" if tc.start else "",
            "end": f"{cn_date(tc.end.date())} {tc.end:%H:%M}" if tc.end else "",
            "detour": tc.detour,
            "reason": tc.reason,
        },
        "corrects": f.corrects_title,
        "correction": f.correction_text,
        **{f"extra_{k}": v for k, v in f.extra.items()},
    }


_REASON_ZH = {
    "weekend": "周末不限行",
    "holiday": "法定节假日不限行",
    "makeup_workday": "调休上班日不限行",
    "suspended": "限行措施暂停执行",
    "no_notice": "限行通告尚未发布",
    "no_calendar": "节假日安排尚未发布",
    "workday": "",
}


def _weekday_pairs(rs: RuleSet | None) -> tuple[tuple[str, str], ...]:
    if rs is None or rs.selector.value != "weekday":
        return ()
    return tuple(
        (WEEKDAYS_ZH[int(g.key) - 1], digits_text(tuple(g.digits)))
        for g in sorted(rs.groups, key=lambda g: g.key)
        if g.digits
    )


def _rule_facts(n: Notice | None) -> dict[str, Any]:
    rs = n.rule_set if n else None
    return {
        "area_label": rs.area.label if rs else "",
        "area_text": rs.area.text if rs else "",
        "exemptions": tuple(e.text for e in rs.exemptions) if rs else (),
        "hours": tuple(w.label() for w in rs.time_windows) if rs else (),
        "weekday_pairs": _weekday_pairs(rs),
    }


def _notice_facts(n: Notice | None) -> dict[str, Any]:
    if n is None:
        return {}
    return {
        "issuers": n.issuers,
        "legal_basis": n.legal_basis,
        "purpose_text": n.purpose_text,
        "approval_text": n.approval_text,
        "title": n.title,
    }


def facts_for(
    book: RuleBook,
    kind: DraftKind,
    day: date,
    *,
    issue_date: date | None = None,
    link_url: str = "",
) -> NoticeFacts:
    """Fill the facts for a notice of ``kind`` about ``day`` from the rule book.

    Daily reminders take the day's status; policy notices take the notice in force (or about to
    be) on that day. Raises ``draft.no_rule`` when no rule is known to print.
    """
    status = book.day_status(day)
    base = status.base_notice or _next_base(book, day) or _last_base(book, day)
    if kind is DraftKind.DAILY:
        return _daily(book, status, base, issue_date, link_url)
    if base is None:
        raise fail("draft.no_rule", "date", date=day.isoformat())
    end = None if kind is DraftKind.SUSPENSION else base.effective_to
    verb = KIND_TITLE_VERB.get(kind)
    title = f"关于{verb}工作日机动车尾号限行交通管理措施的通告" if verb else ""
    # The recorded notice of this kind starting that day (e.g. the 2022-12-20 suspension) knows
    # its own issue date and approval wording; the base notice only supplies the rule.
    own = _recorded(book, kind, day)
    notice = {**_notice_facts(base), **_own_facts(own)}
    own_issue = own.issue_date if own else None
    return replace(
        NoticeFacts(
            kind=kind,
            city_name=book.city.name_zh,
            day=day,
            end_day=end,
            restricted=status.restricted,
            digits=status.digits,
            reason=status.reason.value,
            issue_date=issue_date or own_issue or day - timedelta(days=1),
            link_url=link_url,
            **_rule_facts(base),
            **notice,
        ),
        title=title or base.title,
    )


def _recorded(book: RuleBook, kind: DraftKind, day: date) -> Notice | None:
    nk = NOTICE_KIND_FOR_DRAFT.get(kind)
    return next((n for n in book.notices if n.kind is nk and n.effective_from == day), None)


def _own_facts(n: Notice | None) -> dict[str, Any]:
    if n is None:
        return {}
    own = {"issuers": n.issuers, "approval_text": n.approval_text, "purpose_text": n.purpose_text}
    return {k: v for k, v in own.items() if v}


def _daily(
    book: RuleBook, status: DayStatus, base: Notice | None, issue_date: date | None, link_url: str
) -> NoticeFacts:
    nxt = book.day_status(status.day + timedelta(days=1))
    tomorrow_text = digits_text(nxt.digits) if nxt.restricted else _REASON_ZH[nxt.reason.value]
    facts = _rule_facts(status.notice if status.restricted else base)
    day = status.day
    title = f"{cn_md(day)}（{WEEKDAYS_ZH[day.weekday()]}）{book.city.name_zh}机动车尾号限行提醒"
    daily = NoticeFacts(
        kind=DraftKind.DAILY,
        city_name=book.city.name_zh,
        day=status.day,
        restricted=status.restricted,
        digits=status.digits,
        reason=status.reason.value,
        issue_date=issue_date or status.day,
        link_url=link_url,
        tomorrow=(nxt.day, tomorrow_text),
        **facts,
        **_notice_facts(base),
    )
    return replace(daily, title=title)  # a reminder is not titled like the notice


def _next_base(book: RuleBook, day: date) -> Notice | None:
    later = [n for n in book.notices if n.kind.is_base and n.effective_from > day]
    return later[0] if later else None


def _last_base(book: RuleBook, day: date) -> Notice | None:
    earlier = [n for n in book.notices if n.kind.is_base and n.effective_from <= day]
    return earlier[-1] if earlier else None


def reason_text(code: str) -> str:
    """Chinese phrase for a day without restriction (``weekend`` → ``周末不限行``)."""
    return _REASON_ZH.get(code, "")


KIND_TITLE_VERB = {
    DraftKind.SUSPENSION: "暂停执行",
    DraftKind.RESUMPTION: "恢复实施",
    DraftKind.CONTINUATION: "继续实施",
    DraftKind.ADJUSTMENT: "调整",
}
NOTICE_KIND_FOR_DRAFT = {
    DraftKind.SUSPENSION: NoticeKind.SUSPEND,
    DraftKind.RESUMPTION: NoticeKind.RESUME,
    DraftKind.CONTINUATION: NoticeKind.CONTINUE,
    DraftKind.ADJUSTMENT: NoticeKind.ADJUST,
}
