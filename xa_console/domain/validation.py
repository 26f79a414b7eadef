"""Consistency checks across a city's notices: overlaps, contradictions, orphan suspensions."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from xa_console.domain.errors import Issue
from xa_console.domain.rules import Notice, NoticeKind


def _overlap(a: Notice, b: Notice) -> bool:
    a_end = a.effective_to or date.max
    b_end = b.effective_to or date.max
    return a.effective_from <= b_end and b.effective_from <= a_end


def _label(n: Notice) -> dict[str, object]:
    return {"title": n.title, "start": n.effective_from.isoformat()}


def check_notices(notices: Sequence[Notice]) -> list[Issue]:
    """Return the problems of one city's notice set (empty when consistent)."""
    issues: list[Issue] = []
    ordered = sorted(notices, key=lambda n: (n.effective_from, n.issue_date or date.min))
    base = [n for n in ordered if n.kind.is_base]
    for i, a in enumerate(base):
        for b in base[i + 1 :]:
            if not _overlap(a, b):
                continue
            if a.effective_from == b.effective_from:
                issues.append(
                    Issue(
                        "notice.same_start",
                        "effective_from",
                        {"a": a.title, "b": b.title, "start": a.effective_from.isoformat()},
                    )
                )
            elif b.kind not in (NoticeKind.RESUME, NoticeKind.ADJUST):
                issues.append(
                    Issue(
                        "notice.overlap",
                        "effective_from",
                        {"a": a.title, "b": b.title, **_label(b)},
                    )
                )
    overrides = [n for n in ordered if n.kind.is_override]
    for i, a in enumerate(overrides):
        for b in overrides[i + 1 :]:
            if _overlap(a, b):
                issues.append(
                    Issue("notice.override_overlap", "effective_from", {"a": a.title, "b": b.title})
                )
    for s in (n for n in ordered if n.kind is NoticeKind.SUSPEND):
        if not any(b.covers(s.effective_from) for b in base):
            issues.append(Issue("notice.suspend_outside", "effective_from", _label(s)))
    for r in (n for n in ordered if n.kind is NoticeKind.RESUME):
        before = [
            n
            for n in ordered
            if n.effective_from < r.effective_from and n.kind in (NoticeKind.SUSPEND, *_STARTS)
        ]
        if not before or before[-1].kind is not NoticeKind.SUSPEND:
            issues.append(Issue("notice.resume_without_suspend", "kind", _label(r)))
    return issues


_STARTS = (NoticeKind.IMPLEMENT, NoticeKind.CONTINUE, NoticeKind.RESUME)
