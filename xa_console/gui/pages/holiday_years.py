"""The holiday editor's year list: which years to show (newest first) and how to label them.

Years after the newest plan read "节假日安排未发布" and a gap in the table reads "未收录": the
console never guesses a year the State Council has not published.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from xa_console.domain.calendar import HolidayYear, YearStatus

STATUS_LABELS = {YearStatus.OFFICIAL: "官方发布", YearStatus.PROVISIONAL: "暂定"}
YEAR_ROLE = Qt.ItemDataRole.UserRole + 1
_GREY = QColor("#80868b")
_AMBER = QColor("#8a6d00")


@dataclass(frozen=True)
class YearEntry:
    """One line of the list: the year, its label and its plan (None when there is none)."""

    year: int
    label: str
    plan: HolidayYear | None


def year_entries(
    plans: Mapping[int, HolidayYear], draft_year: int | None, this_year: int
) -> list[YearEntry]:
    """Every stored year, the gaps between them, and the unpublished years up to next year."""
    newest = max(plans) if plans else None
    last = max(newest + 1 if newest else this_year + 1, this_year + 1)
    first = min(plans) if plans else this_year
    years = set(range(first, last + 1))
    if draft_year is not None:
        years.add(draft_year)
    return [
        YearEntry(y, _label(y, plans.get(y), newest, y == draft_year), plans.get(y))
        for y in sorted(years, reverse=True)
    ]


def _label(year: int, plan: HolidayYear | None, newest: int | None, draft: bool) -> str:
    if plan is not None:
        source = plan.source_url or plan.source_title or "—"
        return f"{year}年 · {STATUS_LABELS[plan.status]}\n来源：{source}"
    if draft:
        return f"{year}年 · 新建（未保存）"
    if newest is None or year > newest:
        return f"{year}年 · 节假日安排未发布"
    return f"{year}年 · 未收录节假日安排"


def fill_year_list(widget: QListWidget, entries: list[YearEntry], selected: int | None) -> None:
    """Replace the list's items (grey italics for years without a plan)."""
    widget.clear()
    for entry in entries:
        item = QListWidgetItem(entry.label)
        item.setData(YEAR_ROLE, entry.year)
        if entry.plan is None:
            item.setForeground(_GREY)
            font = QFont(item.font())
            font.setItalic(True)
            item.setFont(font)
        elif entry.plan.status is YearStatus.PROVISIONAL:
            item.setForeground(_AMBER)
        widget.addItem(item)
        if entry.year == selected:
            widget.setCurrentItem(item)
