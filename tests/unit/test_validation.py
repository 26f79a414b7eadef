"""Consistency checks over a city's notices and a year's holiday plan; the error catalogue."""

from __future__ import annotations

import ast
import dataclasses
import json
import string
from datetime import date
from pathlib import Path

import pytest

from xa_console.domain.calendar import DayKind, HolidayEntry, HolidayYear
from xa_console.domain.errors import DomainError
from xa_console.domain.rulefile import RuleFile
from xa_console.domain.rules import Notice, NoticeKind
from xa_console.domain.validation import check_notices

ROOT = Path(__file__).resolve().parents[2]
DOMAIN = ROOT / "xa_console" / "domain"
MESSAGES = ROOT / "resources" / "i18n" / "messages.zh_CN.json"

K = NoticeKind


@pytest.fixture(scope="module")
def base(xian_file: RuleFile) -> Notice:
    """The 2025-26 Xi'an notice, to derive test notices from."""
    return xian_file.notices[-1]


def _n(base: Notice, kind: NoticeKind, start: str, end: str | None, title: str = "") -> Notice:
    return dataclasses.replace(
        base,
        kind=kind,
        title=title or f"{kind.value} {start}",
        effective_from=date.fromisoformat(start),
        effective_to=date.fromisoformat(end) if end else None,
        rule_set=None if kind is K.SUSPEND else base.rule_set,
        issue_date=None,
    )


def _codes(notices: list[Notice]) -> list[str]:
    return [i.code for i in check_notices(notices)]


def test_shipped_rules_are_consistent(xian_file: RuleFile) -> None:
    assert check_notices(xian_file.notices) == []


def test_overlapping_annual_notices(base: Notice) -> None:
    a = _n(base, K.IMPLEMENT, "2025-11-10", "2026-11-06", "甲")
    b = _n(base, K.CONTINUE, "2026-11-02", "2027-11-05", "乙")
    issues = check_notices([b, a])
    assert [(i.code, i.field) for i in issues] == [("notice.overlap", "effective_from")]
    assert issues[0].params == {"a": "甲", "b": "乙", "title": "乙", "start": "2026-11-02"}


def test_open_ended_notice_overlaps_everything_after_it(base: Notice) -> None:
    a = _n(base, K.IMPLEMENT, "2025-11-10", None)
    b = _n(base, K.CONTINUE, "2030-01-07", "2030-12-27")
    assert _codes([a, b]) == ["notice.overlap"]


def test_adjacent_notices_do_not_overlap(base: Notice) -> None:
    a = _n(base, K.IMPLEMENT, "2025-11-10", "2026-11-06")
    b = _n(base, K.CONTINUE, "2026-11-07", "2027-11-05")
    assert _codes([a, b]) == []


def test_same_start(base: Notice) -> None:
    a = _n(base, K.IMPLEMENT, "2025-11-10", "2026-11-06", "甲")
    b = _n(base, K.CONTINUE, "2025-11-10", "2026-05-06", "乙")
    issues = check_notices([a, b])
    assert [(i.code, i.params["start"]) for i in issues] == [("notice.same_start", "2025-11-10")]


@pytest.mark.parametrize("kind", [K.RESUME, K.ADJUST])
def test_resume_and_adjust_may_overlap_the_annual_notice(base: Notice, kind: NoticeKind) -> None:
    notices = [
        _n(base, K.IMPLEMENT, "2025-11-10", "2026-11-06"),
        _n(base, K.SUSPEND, "2026-01-05", None),
        _n(base, kind, "2026-03-02", "2026-11-06"),
    ]
    assert _codes(notices) == []


def test_suspension_outside_any_notice(base: Notice) -> None:
    notices = [
        _n(base, K.IMPLEMENT, "2025-11-10", "2026-11-06"),
        _n(base, K.SUSPEND, "2026-11-09", None),
    ]
    issues = check_notices(notices)
    assert [(i.code, i.params["start"]) for i in issues] == [
        ("notice.suspend_outside", "2026-11-09")
    ]


def test_resume_without_a_suspension(base: Notice) -> None:
    notices = [
        _n(base, K.IMPLEMENT, "2025-11-10", "2026-11-06"),
        _n(base, K.RESUME, "2026-03-02", "2026-11-06"),
    ]
    assert [(i.code, i.field) for i in check_notices(notices)] == [
        ("notice.resume_without_suspend", "kind")
    ]


def test_resume_after_a_resume_needs_a_new_suspension(base: Notice) -> None:
    notices = [
        _n(base, K.IMPLEMENT, "2025-11-10", "2026-11-06"),
        _n(base, K.SUSPEND, "2026-01-05", None),
        _n(base, K.RESUME, "2026-03-02", "2026-11-06"),
        _n(base, K.RESUME, "2026-05-11", "2026-11-06"),
    ]
    issues = check_notices(notices)
    assert [(i.code, i.params["start"]) for i in issues] == [
        ("notice.resume_without_suspend", "2026-05-11")
    ]


def test_overlapping_overrides(base: Notice) -> None:
    notices = [
        _n(base, K.IMPLEMENT, "2025-11-10", "2026-11-06"),
        _n(base, K.EMERGENCY, "2026-01-05", "2026-01-09", "橙色预警"),
        _n(base, K.SPECIAL_EVENT, "2026-01-09", "2026-01-12", "大型活动"),
    ]
    issues = check_notices(notices)
    assert [(i.code, i.params) for i in issues] == [
        ("notice.override_overlap", {"a": "橙色预警", "b": "大型活动"})
    ]


# ---- a year's holiday plan ---------------------------------------------------------------------


def _year_issues(plan: HolidayYear) -> list[tuple[str, str]]:
    with pytest.raises(DomainError) as e:
        plan.validate()
    return [(i.code, i.field) for i in e.value.issues]


def test_holiday_plan_checks() -> None:
    rest, makeup = DayKind.REST, DayKind.MAKEUP
    plan = HolidayYear(
        2026,
        entries=(
            HolidayEntry(date(2026, 1, 1), rest, "元旦"),
            HolidayEntry(date(2026, 1, 1), rest, "元旦"),  # duplicate
            HolidayEntry(date(2026, 1, 5), makeup, "元旦"),  # a Monday
            HolidayEntry(date(2024, 12, 31), rest, "元旦"),  # two years off
            HolidayEntry(date(2025, 12, 31), rest, "元旦"),  # turn of the year: allowed
        ),
    )
    assert _year_issues(plan) == [
        ("holiday.duplicate_day", "entries[1]"),  # field paths count from 0
        ("holiday.makeup_on_weekday", "entries[2]"),
        ("holiday.wrong_year", "entries[3]"),
    ]
    assert _year_issues(HolidayYear(1900)) == [("holiday.year_range", "year")]


# ---- the error catalogue ------------------------------------------------------------------------


def _call_sites() -> list[tuple[str, int, str, set[str] | None]]:
    """Every literal error code passed to fail(), Issue() or reader.bad() anywhere in the package.

    With the parameter names the call supplies (None when they cannot be read off the source).
    """
    sites = []
    paths = (p for p in (ROOT / "xa_console").rglob("*.py") if "gui" not in p.parts)  # gui: own
    for path in sorted(paths):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            f = node.func
            name = (
                f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""
            )
            first = node.args[0]
            if name not in {"fail", "Issue", "bad"} or not isinstance(first, ast.Constant):
                continue
            params: set[str] | None = {k.arg for k in node.keywords if k.arg}
            if any(k.arg is None for k in node.keywords):
                params = None
            if name == "Issue":
                third = node.args[2] if len(node.args) > 2 else None
                if third is None:
                    params = set()
                elif isinstance(third, ast.Dict) and all(
                    isinstance(k, ast.Constant) for k in third.keys
                ):
                    params = {k.value for k in third.keys if isinstance(k, ast.Constant)}
                else:
                    params = None
            sites.append((str(path.relative_to(ROOT)), node.lineno, str(first.value), params))
    return sites


def test_every_domain_error_code_has_a_message() -> None:
    errors = json.loads(MESSAGES.read_text(encoding="utf-8"))["errors"]
    sites = _call_sites()
    assert len({code for _, _, code, _ in sites}) >= 30  # the scan really found the calls
    missing = sorted({f"{code} ({f}:{line})" for f, line, code, _ in sites if code not in errors})
    assert missing == []


def test_messages_only_use_parameters_the_code_supplies() -> None:
    errors = json.loads(MESSAGES.read_text(encoding="utf-8"))["errors"]
    wrong = []
    for f, line, code, params in _call_sites():
        if params is None or code not in errors:
            continue
        wanted = {p for _, p, _, _ in string.Formatter().parse(errors[code]) if p} - {"field"}
        if not wanted <= params:
            wrong.append(f"{code} ({f}:{line}) needs {sorted(wanted - params)}")
    assert wrong == []
