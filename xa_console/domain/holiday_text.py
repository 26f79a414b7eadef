"""Parse the State Council's yearly holiday notice (《国务院办公厅关于YYYY年部分节假日安排的通知》).

The officer pastes the clauses, e.g.
"一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。";
each clause gives a rest range and the make-up working days. Lines that do not parse are
reported by line number, never skipped silently.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from xa_console.domain.calendar import DayKind, HolidayEntry, HolidayYear, YearStatus
from xa_console.domain.errors import DomainError, Issue

_CLAUSE = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+[、.．]\s*)?(?P<name>[^：:，。\d]{1,12})[：:](?P<body>.+)$"
)
_DATE = (
    r"(?:(?P<{p}y>\d{{4}})年)?(?:(?P<{p}m>\d{{1,2}})月)?(?P<{p}d>\d{{1,2}})日(?:[（(][^）)]*[）)])?"
)
_REST = re.compile(
    _DATE.format(p="a") + r"(?:\s*(?:至|-|—|~)\s*" + _DATE.format(p="b") + r")?\s*放假"
)
_NUMBERED = re.compile(r"^\s*[一二三四五六七八九十]+[、.．]")
_ANY_DATE = re.compile(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日")
_TITLE_YEAR = re.compile(r"关于(\d{4})年部分节假日安排")


def _mkdate(y: str | None, m: str | None, d: str, year: int, month: int | None) -> date:
    return date(int(y) if y else year, int(m) if m else (month or 1), int(d))


def _parse_clause(name: str, body: str, year: int) -> list[HolidayEntry]:
    rest = _REST.search(body)
    if rest is None:
        raise ValueError("no rest range")
    g = rest.groupdict()
    if g["am"] is None:
        raise ValueError("no month")
    start = _mkdate(g["ay"], g["am"], g["ad"], year, None)
    end = start
    if g["bd"] is not None:
        end = _mkdate(
            g["by"] or (g["ay"] if not g["bm"] else None),
            g["bm"] or g["am"],
            g["bd"],
            year,
            start.month,
        )
        if g["by"] is None and g["bm"] is not None and int(g["bm"]) < start.month:
            end = end.replace(year=start.year + 1)
    if end < start or (end - start).days > 15:
        raise ValueError("bad range")
    out = [
        HolidayEntry(start + timedelta(days=i), DayKind.REST, name)
        for i in range((end - start).days + 1)
    ]
    tail = body[rest.end() :]
    if "上班" in tail:
        work_part = tail[: tail.rindex("上班")]
        for y, m, d in _ANY_DATE.findall(work_part):
            out.append(
                HolidayEntry(date(int(y) if y else year, int(m), int(d)), DayKind.MAKEUP, name)
            )
    return out


def _is_clause(line: str, matched: bool) -> bool:
    """A line that must parse: a festival clause, or one that would lose days if skipped."""
    if "放假" in line and (matched or _NUMBERED.match(line)):
        return True
    return "上班" in line and _ANY_DATE.search(line) is not None


def parse_state_council_notice(
    text: str, year: int | None = None, source_title: str = ""
) -> HolidayYear:
    """Turn the pasted notice into a :class:`HolidayYear` (status official).

    ``year`` defaults to the one named in the title. Raises :class:`DomainError` whose issues
    name each bad line (field ``line N``).
    """
    if year is None:
        m = _TITLE_YEAR.search(text)
        if m is None:
            raise DomainError(Issue("holiday.no_year", "year"))
        year = int(m.group(1))
    entries: list[HolidayEntry] = []
    issues: list[Issue] = []
    clauses = 0
    for no, line in enumerate(text.splitlines(), start=1):
        m = _CLAUSE.match(line)
        if not _is_clause(line, m is not None):
            continue
        clauses += 1
        try:
            if m is None:  # a numbered clause without its "节日：" head, or a stray 上班 line
                raise ValueError("not a clause")
            entries.extend(_parse_clause(m.group("name").strip(), m.group("body"), year))
        except ValueError:
            issues.append(
                Issue("holiday.parse_line", f"line {no}", {"line": no, "text": line.strip()})
            )
    if clauses == 0 and not issues:
        issues.append(Issue("holiday.nothing_found", "text"))
    # a clause may start in the previous year (元旦 2022-12-31 in the 2023 plan): the plan owns it
    hy = HolidayYear(year, YearStatus.OFFICIAL, source_title, entries=tuple(entries))
    if issues:
        raise DomainError(issues)
    hy.validate()
    return hy
