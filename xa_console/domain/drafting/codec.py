"""NoticeFacts ⇄ JSON-shaped dicts (drafts are stored and recovered as JSON)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from xa_console.domain.drafting.facts import DraftKind, NoticeFacts, TrafficControl
from xa_console.domain.errors import DomainError, Issue


def _d(v: date | None) -> str | None:
    return v.isoformat() if v else None


def _dt(v: datetime | None) -> str | None:
    return v.isoformat(timespec="minutes") if v else None


def facts_to_dict(f: NoticeFacts) -> dict[str, Any]:
    """Serialise facts (round-trips through :func:`facts_from_dict`)."""
    tc = f.traffic_control
    return {
        "kind": f.kind.value,
        "city_name": f.city_name,
        "day": _d(f.day),
        "end_day": _d(f.end_day),
        "restricted": f.restricted,
        "digits": list(f.digits),
        "hours": list(f.hours),
        "reason": f.reason,
        "area_label": f.area_label,
        "area_text": f.area_text,
        "exemptions": list(f.exemptions),
        "exemption_line": f.exemption_line,
        "weekday_pairs": [list(p) for p in f.weekday_pairs],
        "issuers": list(f.issuers),
        "legal_basis": list(f.legal_basis),
        "purpose_text": f.purpose_text,
        "approval_text": f.approval_text,
        "issue_date": _d(f.issue_date),
        "title": f.title,
        "free_text": f.free_text,
        "link_url": f.link_url,
        "tomorrow": None if f.tomorrow is None else [_d(f.tomorrow[0]), f.tomorrow[1]],
        "traffic_control": None
        if tc is None
        else {
            "road": tc.road,
            "direction": tc.direction,
            "section": tc.section,
            "start": _dt(tc.start),
            "end": _dt(tc.end),
            "detour": tc.detour,
            "reason": tc.reason,
        },
        "corrects_title": f.corrects_title,
        "correction_text": f.correction_text,
        "extra": dict(f.extra),
    }


def _date(raw: Any, key: str, issues: list[Issue], required: bool = False) -> date | None:
    v = raw.get(key)
    if v in (None, ""):
        if required:
            issues.append(Issue("field.required", f"facts.{key}"))
        return None
    try:
        return date.fromisoformat(str(v))
    except ValueError:
        issues.append(Issue("field.bad_date", f"facts.{key}", {"value": v}))
        return None


def _datetime(raw: Any, key: str, issues: list[Issue]) -> datetime | None:
    v = raw.get(key) if isinstance(raw, dict) else None
    if v in (None, ""):
        return None
    try:
        return datetime.fromisoformat(str(v))
    except ValueError:
        issues.append(Issue("field.bad_date", f"facts.traffic_control.{key}", {"value": v}))
        return None


def facts_from_dict(raw: Any) -> NoticeFacts:
    """Read facts; raises :class:`DomainError` naming each bad field."""
    issues: list[Issue] = []
    if not isinstance(raw, dict):
        raise DomainError(Issue("field.not_object", "facts"))
    try:
        kind = DraftKind(str(raw.get("kind")))
    except ValueError:
        issues.append(Issue("field.bad_choice", "facts.kind", {"value": raw.get("kind")}))
        kind = DraftKind.DAILY
    day = _date(raw, "day", issues, required=True)
    digits = raw.get("digits", [])
    if not isinstance(digits, list) or any(
        isinstance(x, bool) or not isinstance(x, int) or not 0 <= x <= 9 for x in digits
    ):
        issues.append(Issue("rule.digit_out_of_range", "facts.digits", {"value": digits}))
        digits = []
    tc_raw = raw.get("traffic_control")
    tc = None
    if isinstance(tc_raw, dict):
        tc = TrafficControl(
            str(tc_raw.get("road", "")),
            str(tc_raw.get("direction", "")),
            str(tc_raw.get("section", "")),
            _datetime(tc_raw, "start", issues),
            _datetime(tc_raw, "end", issues),
            str(tc_raw.get("detour", "")),
            str(tc_raw.get("reason", "")),
        )
    tomorrow = raw.get("tomorrow")
    tom = None
    if isinstance(tomorrow, list) and len(tomorrow) == 2 and tomorrow[0]:
        td = _date({"t": tomorrow[0]}, "t", issues)
        tom = (td, str(tomorrow[1])) if td else None
    if issues:
        raise DomainError(issues)
    assert day is not None

    def strs(key: str) -> tuple[str, ...]:
        return tuple(str(x) for x in raw.get(key, []))

    return NoticeFacts(
        kind=kind,
        city_name=str(raw.get("city_name", "")),
        day=day,
        end_day=_date(raw, "end_day", issues),
        restricted=bool(raw.get("restricted", False)),
        digits=tuple(digits),
        hours=strs("hours"),
        reason=str(raw.get("reason", "")),
        area_label=str(raw.get("area_label", "")),
        area_text=str(raw.get("area_text", "")),
        exemptions=strs("exemptions"),
        exemption_line=str(raw.get("exemption_line", "")),
        weekday_pairs=tuple(
            (str(p[0]), str(p[1])) for p in raw.get("weekday_pairs", []) if len(p) == 2
        ),
        issuers=strs("issuers"),
        legal_basis=strs("legal_basis"),
        purpose_text=str(raw.get("purpose_text", "")),
        approval_text=str(raw.get("approval_text", "")),
        issue_date=_date(raw, "issue_date", issues),
        title=str(raw.get("title", "")),
        free_text=str(raw.get("free_text", "")),
        link_url=str(raw.get("link_url", "")),
        tomorrow=tom,
        traffic_control=tc,
        corrects_title=str(raw.get("corrects_title", "")),
        correction_text=str(raw.get("correction_text", "")),
        extra={str(k): str(v) for k, v in (raw.get("extra") or {}).items()},
    )
