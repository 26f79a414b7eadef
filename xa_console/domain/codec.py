"""JSON-shaped dicts ⇄ rule dataclasses, with every problem reported against its field path."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from typing import Any, TypeVar

from xa_console.domain.errors import DomainError, Issue
from xa_console.domain.rules import (
    Area,
    City,
    DayPolicy,
    DigitGroup,
    Exemption,
    LetterTail,
    MakeupPolicy,
    Notice,
    NoticeKind,
    PlateOrigin,
    PlateRule,
    Rotation,
    RotationPeriod,
    RuleSet,
    Selector,
    TimeWindow,
    VehicleScope,
)

T = TypeVar("T")
E = TypeVar("E")


class _Reader:
    """Collects issues while reading a nested dict, so one pass reports all of them."""

    def __init__(self) -> None:
        self.issues: list[Issue] = []

    def bad(self, code: str, path: str, **params: Any) -> None:
        self.issues.append(Issue(code, path, params))

    def get(self, d: Any, key: str, path: str, required: bool = True) -> Any:
        if not isinstance(d, dict):
            self.bad("field.not_object", path)
            return None
        if key not in d or d[key] is None:
            if required:
                self.bad("field.required", f"{path}.{key}".lstrip("."))
            return None
        return d[key]

    def text(self, d: Any, key: str, path: str, required: bool = False) -> str:
        v = self.get(d, key, path, required)
        if v is None:
            return ""
        if not isinstance(v, str):
            self.bad("field.not_text", f"{path}.{key}".lstrip("."))
            return ""
        return v.strip()

    def day(self, d: Any, key: str, path: str, required: bool = True) -> date | None:
        v = self.get(d, key, path, required)
        return None if v is None else self.parse_date(v, f"{path}.{key}".lstrip("."))

    def parse_date(self, v: Any, where: str) -> date | None:
        try:
            return date.fromisoformat(str(v))
        except ValueError:
            self.bad("field.bad_date", where, value=v)
            return None

    def clock(self, v: Any, where: str) -> time | None:
        try:
            h, m = str(v).split(":")
            return time(int(h), int(m))
        except ValueError:
            if str(v) == "24:00":
                return time.max
            self.bad("field.bad_time", where, value=v)
            return None

    def enum(self, cls: Callable[[Any], E], d: Any, key: str, path: str, default: E) -> E:
        v = self.get(d, key, path, required=False)
        if v is None:
            return default
        try:
            return cls(v)
        except ValueError:
            self.bad("field.bad_choice", f"{path}.{key}".lstrip("."), value=v)
            return default

    def items(self, d: Any, key: str, path: str, required: bool = False) -> list[Any]:
        v = self.get(d, key, path, required)
        if v is None:
            return []
        if not isinstance(v, list):
            self.bad("field.not_list", f"{path}.{key}".lstrip("."))
            return []
        return v

    def obj(self, d: Any, key: str, path: str) -> dict[str, Any]:
        """An optional nested object; anything but a dict is reported, never crashed on."""
        v = self.get(d, key, path, required=False)
        if v is None:
            return {}
        if not isinstance(v, dict):
            self.bad("field.not_object", f"{path}.{key}".lstrip("."))
            return {}
        return v

    def flag(self, d: dict[str, Any], key: str, path: str, default: bool) -> bool:
        v = d.get(key)
        if v is None:
            return default
        if not isinstance(v, bool):  # the text "false" must not read as True
            self.bad("field.bad_choice", f"{path}.{key}".lstrip("."), value=v)
            return default
        return v

    def weekdays(self, d: dict[str, Any], where: str) -> frozenset[int]:
        v = d.get("weekdays", [1, 2, 3, 4, 5])
        if not isinstance(v, list):
            self.bad("field.not_list", where)
            return frozenset()
        out: set[int] = set()
        for x in v:
            w = int(x) if isinstance(x, str) and x.strip().isdigit() else x
            if isinstance(w, bool) or not isinstance(w, int) or not 1 <= w <= 7:
                self.bad("rule.bad_weekday", where, value=x)
            else:
                out.add(w)
        return frozenset(out)

    def digits(self, v: Any, where: str) -> frozenset[int]:
        out: set[int] = set()
        if not isinstance(v, list):
            self.bad("field.not_list", where)
            return frozenset()
        for x in v:
            if isinstance(x, bool) or not isinstance(x, int) or not 0 <= x <= 9:
                self.bad("rule.digit_out_of_range", where, value=x)
            else:
                out.add(x)
        return frozenset(out)


def _groups(r: _Reader, raw: Any, path: str) -> tuple[DigitGroup, ...]:
    groups: list[DigitGroup] = []
    if not isinstance(raw, dict):
        r.bad("field.not_object", path)
        return ()
    for key, digits in raw.items():
        groups.append(DigitGroup(str(key), r.digits(digits, f"{path}.{key}")))
    return tuple(groups)


def _windows(r: _Reader, raw: list[Any], path: str) -> tuple[TimeWindow, ...]:
    out: list[TimeWindow] = []
    for i, w in enumerate(raw):
        where = f"{path}[{i}]"
        if not isinstance(w, str) or "-" not in w:
            r.bad("field.bad_window", where, value=w)
            continue
        a, b = w.split("-", 1)
        start, end = r.clock(a.strip(), where), r.clock(b.strip(), where)
        if start is None or end is None:
            continue
        if end <= start:
            r.bad("rule.window_order", where, value=w)
            continue
        out.append(TimeWindow(start, end))
    return tuple(out)


def _rotation(r: _Reader, raw: Any, path: str) -> Rotation | None:
    if raw is None:
        return None
    anchor = r.day(raw, "anchor", path)
    period = r.get(raw, "period_days", path)
    shift = r.get(raw, "shift_per_period", path)
    if period is not None and (not isinstance(period, int) or period < 1):
        r.bad("rule.rotation_period", f"{path}.period_days", value=period)
        period = None
    if shift is not None and not isinstance(shift, int):
        r.bad("field.not_number", f"{path}.shift_per_period", value=shift)
        shift = None
    periods: list[RotationPeriod] = []
    for i, p in enumerate(r.items(raw, "periods", path)):
        where = f"{path}.periods[{i}]"
        start, end = r.day(p, "from", where), r.day(p, "to", where)
        groups = _groups(r, r.get(p, "groups", where), f"{where}.groups")
        if start and end:
            if end < start:
                r.bad("notice.window_order", where, start=start, end=end)
            periods.append(RotationPeriod(start, end, groups))
    if anchor is None or period is None or shift is None:
        return None
    return Rotation(anchor, period, shift, tuple(periods))


def rule_set_from_dict(raw: Any, path: str = "rule_set") -> RuleSet:
    """Read a rule set; raise :class:`DomainError` listing every bad field."""
    r = _Reader()
    rs = _rule_set(r, raw, path)
    if r.issues:
        raise DomainError(r.issues)
    return rs


def _rule_set(r: _Reader, raw: Any, path: str) -> RuleSet:
    selector = r.enum(Selector, raw, "selector", path, Selector.WEEKDAY)
    r.get(raw, "selector", path)  # reports field.required when missing
    groups = _groups(r, r.get(raw, "groups", path), f"{path}.groups")
    windows = _windows(r, r.items(raw, "time_windows", path, required=True), f"{path}.time_windows")
    if isinstance(raw, dict) and "time_windows" in raw and not windows and not r.issues:
        r.bad("rule.no_window", f"{path}.time_windows")
    area_raw = r.get(raw, "area", path) or {}
    area = Area(
        r.text(area_raw, "label", f"{path}.area", True), r.text(area_raw, "text", f"{path}.area")
    )
    dp_raw = r.obj(raw, "day_policy", path)
    day_policy = DayPolicy(
        weekdays=r.weekdays(dp_raw, f"{path}.day_policy.weekdays"),
        on_statutory_holiday=r.flag(
            dp_raw, "on_statutory_holiday", f"{path}.day_policy", default=False
        ),
        makeup_workday=r.enum(
            MakeupPolicy, dp_raw, "makeup_workday", f"{path}.day_policy", MakeupPolicy.SKIP
        ),
    )
    pr_raw = r.obj(raw, "plate_rule", path)
    plate_rule = PlateRule(
        letter_tail=r.enum(
            LetterTail, pr_raw, "letter_tail", f"{path}.plate_rule", LetterTail.LAST_DIGIT_ON_PLATE
        ),
        include_temporary=r.flag(pr_raw, "include_temporary", f"{path}.plate_rule", default=True),
    )
    sc_raw = r.obj(raw, "scope", path)
    scope = VehicleScope(
        plate_origin=r.enum(PlateOrigin, sc_raw, "plate_origin", f"{path}.scope", PlateOrigin.ALL),
        local_prefixes=tuple(str(p) for p in r.items(sc_raw, "local_prefixes", f"{path}.scope")),
    )
    exemptions = tuple(
        Exemption(
            r.text(e, "code", f"{path}.exemptions[{i}]", True),
            r.text(e, "text", f"{path}.exemptions[{i}]"),
        )
        for i, e in enumerate(r.items(raw, "exemptions", path))
    )
    rotation = _rotation(r, r.get(raw, "rotation", path, required=False), f"{path}.rotation")
    rs = RuleSet(
        selector, groups, windows, area, day_policy, plate_rule, scope, rotation, exemptions
    )
    _check_keys(r, rs, path)
    return rs


_EXPECTED_KEYS: dict[Selector, set[str]] = {
    Selector.WEEKDAY: {str(i) for i in range(1, 8)},
    Selector.DATE_LAST_DIGIT: {str(i) for i in range(10)},
    Selector.ODD_EVEN: {"odd", "even"},
    Selector.ALL_NUMBERS: {"all"},
}


def _check_keys(r: _Reader, rs: RuleSet, path: str) -> None:
    allowed = _EXPECTED_KEYS[rs.selector]
    for g in rs.groups:
        if g.key not in allowed:
            r.bad("rule.bad_group_key", f"{path}.groups.{g.key}", selector=rs.selector.value)
    if rs.selector is Selector.WEEKDAY:
        missing = sorted(w for w in rs.day_policy.weekdays if rs.group_digits(str(w)) is None)
        if missing:
            r.bad("rule.missing_group", f"{path}.groups", keys=" ".join(map(str, missing)))


def notice_from_dict(
    raw: Any, rule_sets: dict[str, Any] | None = None, path: str = "notice"
) -> Notice:
    """Read one notice (its ``rule_set`` inline or by name from ``rule_sets``)."""
    r = _Reader()
    kind = r.enum(NoticeKind, raw, "kind", path, NoticeKind.IMPLEMENT)
    r.get(raw, "kind", path)  # reports field.required when missing
    start = r.day(raw, "effective_from", path)
    end = r.day(raw, "effective_to", path, required=False)
    if start and end and end < start:
        r.bad("notice.window_order", f"{path}.effective_to", start=start, end=end)
    rs_raw = r.get(raw, "rule_set", path, required=False)
    if isinstance(rs_raw, str):
        if rs_raw not in (rule_sets or {}):
            r.bad("notice.unknown_rule_set", f"{path}.rule_set", name=rs_raw)
            rs_raw = None
        else:
            rs_raw = (rule_sets or {})[rs_raw]
    rule_set = None if rs_raw is None else _rule_set(r, rs_raw, f"{path}.rule_set")
    if kind is NoticeKind.SUSPEND and rule_set is not None:
        r.bad("notice.suspend_with_rules", f"{path}.rule_set")
    if kind is not NoticeKind.SUSPEND and rs_raw is None:
        r.bad("notice.rules_required", f"{path}.rule_set")
    title = r.text(raw, "title", path, required=True)
    notice = Notice(
        id=raw.get("id") if isinstance(raw, dict) else None,
        city_id=r.text(raw, "city_id", path) or "xian",
        kind=kind,
        title=title,
        effective_from=start or date.min,
        effective_to=end,
        rule_set=rule_set if kind is not NoticeKind.SUSPEND else None,
        issue_date=r.day(raw, "issue_date", path, required=False),
        doc_number=r.text(raw, "doc_number", path),
        issuers=tuple(str(x) for x in r.items(raw, "issuers", path)),
        legal_basis=tuple(str(x) for x in r.items(raw, "legal_basis", path)),
        approval_text=r.text(raw, "approval_text", path),
        purpose_text=r.text(raw, "purpose_text", path),
        source_url=r.text(raw, "source_url", path),
        confidence=r.text(raw, "confidence", path) or "confirmed",
        note=r.text(raw, "note", path),
    )
    if r.issues:
        raise DomainError(r.issues)
    return notice


def _clock(t: time) -> str:
    return "24:00" if t == time.max else f"{t.hour:02d}:{t.minute:02d}"


def _groups_dict(groups: tuple[DigitGroup, ...]) -> dict[str, list[int]]:
    return {g.key: sorted(g.digits) for g in groups}


def rule_set_to_dict(rs: RuleSet) -> dict[str, Any]:
    """The JSON shape read by :func:`rule_set_from_dict` (round-trips exactly)."""
    out: dict[str, Any] = {
        "selector": rs.selector.value,
        "groups": _groups_dict(rs.groups),
        "time_windows": [f"{_clock(w.start)}-{_clock(w.end)}" for w in rs.time_windows],
        "area": {"label": rs.area.label, "text": rs.area.text},
        "day_policy": {
            "weekdays": sorted(rs.day_policy.weekdays),
            "on_statutory_holiday": rs.day_policy.on_statutory_holiday,
            "makeup_workday": rs.day_policy.makeup_workday.value,
        },
        "plate_rule": {
            "letter_tail": rs.plate_rule.letter_tail.value,
            "include_temporary": rs.plate_rule.include_temporary,
        },
        "scope": {
            "plate_origin": rs.scope.plate_origin.value,
            "local_prefixes": list(rs.scope.local_prefixes),
        },
        "exemptions": [{"code": e.code, "text": e.text} for e in rs.exemptions],
    }
    if rs.rotation is not None:
        rot = rs.rotation
        out["rotation"] = {
            "anchor": rot.anchor.isoformat(),
            "period_days": rot.period_days,
            "shift_per_period": rot.shift_per_period,
            "periods": [
                {
                    "from": p.start.isoformat(),
                    "to": p.end.isoformat(),
                    "groups": _groups_dict(p.groups),
                }
                for p in rot.periods
            ],
        }
    return out


def notice_to_dict(n: Notice) -> dict[str, Any]:
    """The JSON shape read by :func:`notice_from_dict`."""
    iso: Callable[[date | None], str | None] = lambda d: d.isoformat() if d else None  # noqa: E731
    return {
        "id": n.id,
        "city_id": n.city_id,
        "kind": n.kind.value,
        "title": n.title,
        "effective_from": n.effective_from.isoformat(),
        "effective_to": iso(n.effective_to),
        "rule_set": None if n.rule_set is None else rule_set_to_dict(n.rule_set),
        "issue_date": iso(n.issue_date),
        "doc_number": n.doc_number,
        "issuers": list(n.issuers),
        "legal_basis": list(n.legal_basis),
        "approval_text": n.approval_text,
        "purpose_text": n.purpose_text,
        "source_url": n.source_url,
        "confidence": n.confidence,
        "note": n.note,
    }


def city_from_dict(raw: dict[str, Any]) -> City:
    """Read the ``city`` block of a rules file."""
    return City(
        id=str(raw["id"]),
        name_zh=str(raw["name_zh"]),
        local_plate_prefixes=tuple(raw.get("local_plate_prefixes", [])),
        timezone=str(raw.get("timezone", "Asia/Shanghai")),
    )
