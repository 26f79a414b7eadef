"""Chinese wording for days, notices and plate answers (grid, detail pane, status bar)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from enum import StrEnum

from xa_console.domain.engine import DayStatus, PlateReason, PlateStatus, Reason
from xa_console.domain.rules import Notice, RuleSet, TimeWindow
from xa_console.gui.labels import CONFIDENCE_LONG, NOTICE_KIND

WEEKDAY_LONG = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")
WEEKDAY_SHORT = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")

KIND_NAMES = NOTICE_KIND
CONFIDENCE_NAMES = CONFIDENCE_LONG


class Tone(StrEnum):
    """How a sentence should be coloured."""

    RESTRICTED = "restricted"
    FREE = "free"
    MUTED = "muted"
    WARNING = "warning"
    ERROR = "error"


def date_long(d: date) -> str:
    """``2023年3月1日 星期三``."""
    return f"{d.year}年{d.month}月{d.day}日 {WEEKDAY_LONG[d.weekday()]}"


def date_short(d: date) -> str:
    """``11月24日 周二``."""
    return f"{d.month}月{d.day}日 {WEEKDAY_SHORT[d.weekday()]}"


def digits_text(digits: Iterable[int]) -> str:
    """``3和8``, ``5和0`` (0 last, as notices write it); three or more as ``1、3、5``; all ten as
    ``全部尾号``."""
    ds = [str(d) for d in sorted(digits, key=lambda d: d or 10)]
    if len(ds) == 10:
        return "全部尾号"
    return "和".join(ds) if len(ds) <= 2 else "、".join(ds)


def hours_text(windows: Iterable[TimeWindow]) -> str:
    """``7:00-20:00``; several windows joined with ``、``."""
    return "、".join(w.label() for w in windows)


def validity_text(notice: Notice) -> str:
    """``2022-11-14 至 2023-11-10`` or ``2022-12-21 至 另行通告``."""
    end = notice.effective_to.isoformat() if notice.effective_to else "另行通告"
    return f"{notice.effective_from.isoformat()} 至 {end}"


def kind_text(notice: Notice) -> str:
    """The notice kind in Chinese."""
    return KIND_NAMES.get(notice.kind, str(notice.kind))


def confidence_text(notice: Notice) -> str:
    """How sure we are of the notice's content."""
    return CONFIDENCE_NAMES.get(notice.confidence, notice.confidence)


def headline(status: DayStatus) -> tuple[str, Tone]:
    """The one-line verdict for a day, and its tone."""
    if status.restricted:
        return f"限行 {digits_text(status.digits)}", Tone.RESTRICTED
    reason = status.reason
    if reason is Reason.WEEKEND:
        return "不限行 · 周末", Tone.FREE
    if reason is Reason.HOLIDAY:
        name = f"（{status.festival}）" if status.festival else ""
        return f"不限行 · 法定节假日{name}", Tone.FREE
    if reason is Reason.MAKEUP_WORKDAY:
        return "不限行 · 调休上班日（不限行）", Tone.FREE
    if reason is Reason.SUSPENDED:
        return "暂停执行", Tone.MUTED
    if reason is Reason.NO_NOTICE:
        return "无通告在执行 — 请起草继续实施通告", Tone.WARNING
    if reason is Reason.NO_CALENDAR:
        return "节假日安排未发布", Tone.WARNING
    return "不限行", Tone.FREE


def today_status_text(status: DayStatus) -> str:
    """Status-bar sentence for today."""
    head = f"今天 {date_short(status.day)}"
    if status.restricted:
        return f"{head} · 限行尾号 {digits_text(status.digits)} · {hours_text(status.time_windows)}"
    reason = status.reason
    if reason is Reason.WEEKEND:
        tail = "不限行（周末）"
    elif reason is Reason.HOLIDAY:
        tail = f"不限行（法定节假日{' ' + status.festival if status.festival else ''}）"
    elif reason is Reason.MAKEUP_WORKDAY:
        tail = "不限行（调休上班日）"
    elif reason is Reason.SUSPENDED:
        tail = "暂停执行，不限行"
    elif reason is Reason.NO_NOTICE:
        tail = "无通告在执行，请起草继续实施通告"
    elif reason is Reason.NO_CALENDAR:
        tail = "节假日安排未发布，请先录入"
    else:
        tail = "不限行"
    return f"{head} · {tail}"


def cell_tooltip(status: DayStatus) -> str:
    """Hover text for a grid cell."""
    lines = [date_long(status.day), headline(status)[0]]
    if status.restricted:
        lines.append(f"限行时段：{hours_text(status.time_windows)}")
    if status.festival and not status.restricted:
        lines.append(f"节日：{status.festival}")
    if status.notice is not None:
        lines.append(f"依据：{status.notice.title}")
    return "\n".join(lines)


def exemptions_summary(rule_set: RuleSet | None) -> str:
    """``新能源号牌车辆等 9 类车辆不受限`` (empty when the rule lists none)."""
    if rule_set is None or not rule_set.exemptions:
        return ""
    codes = [e.code for e in rule_set.exemptions]
    first = "新能源号牌车辆" if "NEV_PLATE" in codes else rule_set.exemptions[0].text
    if len(codes) == 1:
        return f"{first}不受限"
    return f"{first}等 {len(codes)} 类车辆不受限"


def exemptions_full(rule_set: RuleSet | None) -> str:
    """Every exempt category, one per line."""
    if rule_set is None:
        return ""
    return "\n".join(f"{i}. {e.text}" for i, e in enumerate(rule_set.exemptions, start=1))


_DAY_FREE = {
    Reason.WEEKEND: ("周末，不限行", Tone.FREE),
    Reason.HOLIDAY: ("法定节假日，不限行", Tone.FREE),
    Reason.MAKEUP_WORKDAY: ("调休上班日，不限行", Tone.FREE),
    Reason.SUSPENDED: ("限行措施暂停执行，可通行", Tone.FREE),
    Reason.NO_NOTICE: ("无通告在执行，无法判断，请先发布通告", Tone.WARNING),
    Reason.NO_CALENDAR: ("节假日安排未发布，无法判断", Tone.WARNING),
}


def plate_result(ps: PlateStatus, is_today: bool) -> tuple[str, Tone]:
    """One sentence answering "may this plate drive then?"."""
    when = "今日" if is_today else "当日"
    hours = hours_text(ps.day.time_windows)
    tail = f"尾号 {ps.tail_digit}" if ps.tail_digit is not None else "该车"
    reason = ps.reason
    if reason is PlateReason.RESTRICTED:
        return f"{tail}：{when} {hours} 限行，{ps.moment:%H:%M} 不得驶入限行区域", Tone.RESTRICTED
    if reason is PlateReason.OUTSIDE_HOURS:
        return f"{tail}：{when} {hours} 限行；{ps.moment:%H:%M} 在 {hours} 之外，可通行", Tone.FREE
    if reason is PlateReason.DIGIT_FREE:
        return f"{tail}：{when}不限行", Tone.FREE
    if reason is PlateReason.EXEMPT_NEV:
        return "新能源号牌，不受限", Tone.FREE
    if reason is PlateReason.EXEMPT_SPECIAL:
        return "使馆、领馆或警用号牌，不受限", Tone.FREE
    if reason is PlateReason.OUT_OF_SCOPE:
        return "该号牌不在本通告的限行范围内", Tone.FREE
    text, tone = _DAY_FREE.get(ps.day.reason, ("不限行", Tone.FREE))
    return f"{when}{text}" if tone is Tone.FREE else text, tone
