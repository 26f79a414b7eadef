"""Live preview of a template being edited: a sample notice rendered with the unsaved source.

The sample is a real draft from the calendar (``DraftingService.new``) re-rendered through
``TemplateRenderer.with_override`` in a worker, debounced, so a slow or broken template never
freezes the editor. Template errors come back as :class:`TemplateFault` ("第 N 行：原因").
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from xa_console.context import AppContext
from xa_console.domain.channels.counting import Counting, mmss
from xa_console.domain.channels.spec import ChannelBook
from xa_console.domain.channels.validate import Problem
from xa_console.domain.drafting.facts import DraftKind, TrafficControl
from xa_console.domain.errors import DomainError
from xa_console.gui.errors import describe_exception
from xa_console.gui.labels import DRAFT_KIND
from xa_console.gui.models.limits_model import UNITS, constraints_text
from xa_console.gui.tasks import run_in_background
from xa_console.messages import describe_problem
from xa_console.services.drafting import ChannelDraft, Workbench

W = TypeVar("W", bound=QWidget)
DEBOUNCE_MS = 200
KIND_NAMES: dict[str, str] = {k.value: v for k, v in DRAFT_KIND.items()}
# Days on which the shipped Xi'an data has something to say for each kind.
SAMPLE_DAYS: dict[str, date] = {
    "daily": date(2023, 3, 1),
    "suspension": date(2022, 12, 21),
    "resumption": date(2023, 1, 30),
    "continuation": date(2025, 11, 10),
    "adjustment": date(2025, 11, 10),
    "traffic_control": date(2025, 11, 10),
    "correction": date(2023, 3, 1),
}
_SAMPLE_CONTROL = TrafficControl(
    road="南二环",
    direction="由东向西",
    section="朱雀大街至含光路",
    start=datetime(2025, 11, 10, 22, 0),
    end=datetime(2025, 11, 11, 6, 0),
    detour="请绕行南三环、科技路",
    reason="道路施工",
)
_TEMPLATE_CODES = {"template.syntax", "template.undefined", "template.error", "template.security"}
_REASONS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p, re.S), zh)
    for p, zh in (
        (r"^No filter named '(?P<a>[^']+)'", "没有名为“{a}”的过滤器"),
        (r"^No test named '(?P<a>[^']+)'", "没有名为“{a}”的测试"),
        (r"^block '(?P<a>[^']+)' defined twice", "区块“{a}”重复定义"),
        (
            r"^Encountered unknown tag '(?P<a>[^']+)'.*innermost block that needs to be closed is "
            r"'(?P<b>[^']+)'",
            "遇到标签“{a}”，但“{b}”还没有结束（缺少 {{% end{b} %}}）",
        ),
        (r"^Encountered unknown tag '(?P<a>[^']+)'", "无法识别的标签“{a}”"),
        (
            r"^Unexpected end of template.*innermost block that needs to be closed is "
            r"'(?P<a>[^']+)'",
            "模板意外结束：“{a}”没有结束（缺少 {{% end{a} %}}）",
        ),
        (r"^unexpected end of template", "模板意外结束（标记没有闭合）"),
        (r"^expected token '(?P<a>[^']+)', got '(?P<b>[^']+)'", "此处应为{a}，却遇到“{b}”"),
        (r"^unexpected char '(?P<a>.+)' at \d+", "无法识别的字符“{a}”"),
        (r"^unexpected '(?P<a>[^']+)'", "出现了多余或错位的“{a}”"),
        (r"^tag name expected", "{{% 后缺少标签名"),
        (r"^'(?P<a>[^']+)' is undefined", "“{a}”未定义（样例数据中没有这个字段）"),
        (r"^'(?P<a>[^']+)' has no attribute '(?P<b>[^']+)'", "“{a}”没有“{b}”这一项"),
    )
)
_TOKENS = {"end of print statement": "“}}”", "end of statement block": "“%}”", "name": "名称"}


def reason_zh(reason: str) -> str:
    """Jinja's English error reason in Chinese (unknown reasons are kept as they are)."""
    for pattern, zh in _REASONS:
        m = pattern.search(reason.strip())
        if m:
            parts = {k: _TOKENS.get(v, v) for k, v in m.groupdict().items()}
            return zh.format(**parts)
    return reason


@dataclass(frozen=True)
class TemplateFault:
    """A template error to show: which template, which line (1-based, if known), why."""

    template: str
    line: int | None
    reason: str

    def text(self, editing: str) -> str:
        """``第 3 行：原因``; names the template when it is not the one being edited."""
        where = f"第 {self.line} 行" if self.line else "模板"
        prefix = "" if self.template == editing else f"{self.template} "
        return f"{prefix}{where}：{reason_zh(self.reason)}"


def fault_from_params(params: dict[str, Any], fallback: str) -> TemplateFault:
    """A fault from the parameters of a ``template.*`` issue or problem."""
    raw = params.get("line")
    line = int(raw) if isinstance(raw, int) or (isinstance(raw, str) and raw.isdigit()) else None
    return TemplateFault(str(params.get("template") or fallback), line, str(params.get("reason")))


def sample_facts(wb: Workbench) -> Workbench:
    """Fill the facts a kind needs but the calendar cannot supply (road closure, correction)."""
    kind = wb.facts.kind
    if kind is DraftKind.TRAFFIC_CONTROL and wb.facts.traffic_control is None:
        return replace(wb, facts=replace(wb.facts, traffic_control=_SAMPLE_CONTROL))
    if kind is DraftKind.CORRECTION and not wb.facts.corrects_title:
        facts = replace(
            wb.facts,
            corrects_title="关于继续实施工作日机动车尾号限行交通管理措施的通告",
            correction_text="原通告中“2026年11月7日”应为“2026年11月6日”，其余内容不变。",
        )
        return replace(wb, facts=facts)
    return wb


class TemplatePreview(QWidget):
    """Sample chooser plus the chosen channel's fields and problems, re-rendered as you type."""

    faults_changed = Signal(object)  # list[TemplateFault] of the latest render
    rendered = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("template_preview")
        self._ctx = ctx
        self._name = ""
        self._source = ""
        self._bases: dict[tuple[str, date], Workbench] = {}
        self._busy = False
        self._pending = False
        self._draft: ChannelDraft | None = None
        self._faults: list[TemplateFault] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._start)
        self._build()

    def _build(self) -> None:
        self.kind_combo = _named(QComboBox(), "sample_kind_combo")
        for kind in DraftKind:
            self.kind_combo.addItem(KIND_NAMES.get(kind.value, kind.value), kind.value)
        self.day_edit = _named(QDateEdit(), "sample_day_edit")
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        self.channel_combo = _named(QComboBox(), "sample_channel_combo")
        for spec in self._ctx.channels.book().channels:
            self.channel_combo.addItem(spec.name_zh, spec.id)
        row = QHBoxLayout()
        row.addWidget(QLabel("样例："))
        for w in (self.kind_combo, self.day_edit, self.channel_combo):
            row.addWidget(w)
        row.addStretch(1)
        self.status_label = _named(QLabel(), "preview_status_label")
        self.status_label.setStyleSheet("color:#5F6B7A;")
        row.addWidget(self.status_label)
        self.browser = _named(QTextBrowser(), "preview_browser")
        self.browser.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.browser, 1)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.day_edit.dateChanged.connect(lambda _d: self.schedule())
        self.channel_combo.currentIndexChanged.connect(lambda _i: self.schedule())

    # ----- what to preview ----------------------------------------------------------------------
    def show_template(self, name: str, source: str) -> None:
        """Preview ``name``: a kind template fixes the sample; a shared one lets you choose."""
        self._name, self._source = name, source
        kind, _, file = name.rpartition("/")
        shared = not kind
        for combo, value in ((self.kind_combo, kind), (self.channel_combo, file[:-3])):
            combo.setEnabled(shared)
            if not shared and combo.findData(value) >= 0:
                combo.blockSignals(True)
                combo.setCurrentIndex(combo.findData(value))
                combo.blockSignals(False)
        self._set_sample_day()
        self.schedule(now=True)

    def set_source(self, source: str) -> None:
        """The editor's text changed: render again once typing pauses."""
        self._source = source
        self.schedule()

    def schedule(self, *, now: bool = False) -> None:
        """Render after the debounce delay (or at once)."""
        self.status_label.setText("正在生成预览…")
        if now:
            self._timer.stop()
            self._start()
        else:
            self._timer.start()

    def _kind_changed(self, _index: int) -> None:
        self._set_sample_day()
        self.schedule()

    def _set_sample_day(self) -> None:
        day = SAMPLE_DAYS.get(str(self.kind_combo.currentData()), date(2023, 3, 1))
        self.day_edit.blockSignals(True)
        self.day_edit.setDate(QDate(day.year, day.month, day.day))
        self.day_edit.blockSignals(False)

    def forget_samples(self) -> None:
        """Drop the cached sample drafts (notices or holidays changed), then render again."""
        self._bases = {}
        if self._name:
            self.schedule()

    # ----- rendering (worker) ---------------------------------------------------------------------
    def is_busy(self) -> bool:
        """True while a render is waiting or running."""
        return self._busy or self._pending or self._timer.isActive()

    def _start(self) -> None:
        if not self._name:
            return
        if self._busy:
            self._pending = True
            return
        self._busy, self._pending = True, False
        kind, day = str(self.kind_combo.currentData()), _py_date(self.day_edit.date())
        channel, name, source = str(self.channel_combo.currentData()), self._name, self._source
        run_in_background(
            lambda: (channel, self._render(kind, day, name, source)), self._done, self._failed
        )

    def _render(self, kind: str, day: date, name: str, source: str) -> Workbench:
        """Runs on a worker: facts of the sample (cached) rendered with the unsaved source."""
        drafting = self._ctx.drafting
        key = (kind, day)
        if key not in self._bases:
            self._bases[key] = sample_facts(drafting.new(DraftKind(kind), day))
        base = self._bases[key]
        renderer = self._ctx.templates.renderer().with_override(name, source)
        return drafting.update(base, facts=base.facts, renderer=renderer)

    def _done(self, result: tuple[str, Workbench]) -> None:
        if not shiboken6.isValid(self):
            return
        channel, wb = result
        self._busy = False
        self._draft = wb.channel(channel)
        self._faults = [
            fault_from_params(p.params, self._name)
            for p in self._draft.render_problems
            if p.code in _TEMPLATE_CODES
        ]
        self._show(self._draft)
        self._finish()

    def _failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._busy = False
        self._draft = None
        self._faults = []
        text = describe_exception(exc) if isinstance(exc, DomainError) else f"预览失败：{exc}"
        self.browser.setHtml(f"<p style='color:#B3261E'>{html.escape(text)}</p>")
        self._finish()

    def _finish(self) -> None:
        self.status_label.setText("")
        self.faults_changed.emit(list(self._faults))
        self.rendered.emit()
        if self._pending:
            self._start()

    # ----- results ------------------------------------------------------------------------------
    def draft(self) -> ChannelDraft | None:
        """The channel draft last shown."""
        return self._draft

    def faults(self) -> list[TemplateFault]:
        """Template errors of the last render."""
        return list(self._faults)

    def field_text(self, name: str) -> str:
        """A rendered field of the last preview ('' when absent)."""
        return self._draft.current.get(name) if self._draft else ""

    def _show(self, draft: ChannelDraft) -> None:
        parts = []
        if self._faults:
            faults = "<br>".join(html.escape(f.text(self._name)) for f in self._faults)
            parts.append(
                "<p style='color:#A50E0E; background:#FDECEA; margin:0 0 10px 0'>"
                f"模板有错误，下面的预览不完整：<br>{faults}</p>"
            )
        book = self._ctx.channels.book()
        parts += [_field_html(draft, i, book) for i in range(len(draft.spec.fields))]
        problems = [p for p in draft.problems if p.code not in _TEMPLATE_CODES]
        if problems:
            parts.append("<p style='margin-top:14px'><b>检查结果</b></p>")
            parts.extend(_problem_html(p) for p in problems)
        elif not self._faults:
            parts.append("<p style='color:#1E7B34; margin-top:14px'>✓ 符合本渠道的全部规则</p>")
        self.browser.setHtml("".join(parts))


def _named(widget: W, name: str) -> W:
    widget.setObjectName(name)
    return widget


def _field_html(draft: ChannelDraft, index: int, book: ChannelBook) -> str:
    rule = draft.spec.fields[index]
    text = draft.current.get(rule.name)
    m = draft.report.measure(rule.name)
    size = ""
    if m is not None and text:
        shown = mmss(m.length) if rule.counting is Counting.READING_SECONDS else f"{m.length:g}"
        limit = f" / {m.limit:g}" if m.limit is not None else ""
        over = m.limit is not None and m.length > m.limit
        colour = "#B3261E" if over else "#5F6B7A"
        size = f"<span style='color:{colour}'>　{shown}{limit} {m.unit}</span>"
    if draft.report.sms is not None and rule.counting is Counting.SMS and text:
        size += f"<span style='color:#5F6B7A'>　计费 {draft.report.sms.segments} 条</span>"
    body = (
        f"<p style='white-space:pre-wrap; margin:2px 0 12px 0'>{html.escape(text)}</p>"
        if text
        else "<p style='color:#8A94A3; margin:2px 0 12px 0'>（模板未生成此字段）</p>"
    )
    name = f"<span style='color:#8A94A3'>{html.escape(rule.name)}</span>"
    limit = f"不超过 {rule.max:g} {UNITS.get(rule.counting, '字')}" if rule.max is not None else ""
    rules = "；".join(filter(None, [limit, constraints_text(rule, book)]))
    hint = (
        f"<p style='color:#8A94A3; margin:0; font-size:small'>规则：{html.escape(rules)}</p>"
        if rules
        else ""
    )
    return f"<p style='margin:0'><b>{html.escape(rule.label)}</b> {name}{size}</p>{hint}{body}"


def _problem_html(problem: Problem) -> str:
    colour = "#B3261E" if problem.severity == "error" else "#8A5300"
    return f"<p style='color:{colour}; margin:2px 0'>• {html.escape(describe_problem(problem))}</p>"


def _py_date(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())
