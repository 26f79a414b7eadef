"""新建发布 dialog: an approved notice, how it goes out, on which channels and when.

The plan type decides the rest: 定时发布 and 广播口播多时段 take one channel (the checkboxes
behave like radio buttons), 多渠道同步 several at one moment, 每日提醒 a date range from the
calendar. Times are the city's wall-clock time, shown with its zone. Problems are listed in the
red panel naming the field; on 安排发布 the write runs on the serial pool and the dialog closes
when it is stored (``scheduled`` carries the ``Changes``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from xa_console.context import AppContext
from xa_console.domain.publishing.plans import Plan
from xa_console.gui.errors import INVALID_STYLE, ErrorPanel, describe_exception, set_invalid
from xa_console.gui.labels import DELIVERY, DRAFT_STATUS, RELEASE_PLAN
from xa_console.gui.pages.schedule_plan import (
    PLAN_ORDER,
    SCHEDULABLE,
    SINGLE_CHANNEL,
    ChannelInfo,
    ReleaseRequest,
    md,
    perform,
    problems,
    summary,
)
from xa_console.gui.tasks import run_in_background
from xa_console.services.changes import Changes

DEFAULT_TIME = time(6, 30)


def zone_text(city: str, tz: str, when: datetime) -> str:
    """``西安当地时间（Asia/Shanghai，UTC+08:00）``."""
    offset = when.replace(tzinfo=ZoneInfo(tz)).strftime("%z")
    return f"{city}当地时间（{tz}，UTC{offset[:3]}:{offset[3:]}）"


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _date(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def _time(q: QTime) -> time:
    return time(q.hour(), q.minute())


class NewReleaseDialog(QDialog):
    """Plans one release (or a daily series); emits ``scheduled(Changes)`` once stored."""

    scheduled = Signal(object)  # Changes

    def __init__(
        self,
        ctx: AppContext,
        now_local: Callable[[], datetime],
        parent: QWidget | None = None,
        *,
        day: date | None = None,
        draft_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("new_release_dialog")
        self.setWindowTitle("新建发布")
        self.setStyleSheet(INVALID_STYLE + "QLabel#summary_label { color: #123E74; }")
        self._ctx = ctx
        self._now_local = now_local
        book = ctx.releases.book()
        self._specs = sorted(book.channels, key=lambda c: c.order)
        counts = {a.channel: len(a.recipients) for a in ctx.accounts.accounts()}
        self.info = ChannelInfo({c.id: c.name_zh for c in self._specs}, counts)
        self.boxes: dict[str, QCheckBox] = {}
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)
        self.busy = False
        self._plan: Plan | None = None
        self._build(day)
        self._fill_notices(draft_id)
        self.set_plan(Plan.SYNCHRONIZED)

    # ----- layout ------------------------------------------------------------------------------
    def _build(self, day: date | None) -> None:
        now = self._now_local()
        first = day if day is not None and day >= now.date() else now.date() + timedelta(days=1)
        outer = QVBoxLayout(self)
        form = QFormLayout()
        self.notice_combo = QComboBox()
        self.notice_combo.setMinimumWidth(460)
        self.plan_combo = QComboBox()
        for plan in PLAN_ORDER:
            self.plan_combo.addItem(RELEASE_PLAN[plan.value], plan)
        form.addRow("通告：", self.notice_combo)
        form.addRow("发布方式：", self.plan_combo)
        outer.addLayout(form)
        self.channel_box = QWidget()
        row = QHBoxLayout(self.channel_box)
        row.setContentsMargins(0, 0, 0, 0)
        for delivery in ("api", "export"):
            row.addWidget(self._channel_group(delivery))
        outer.addWidget(self.channel_box)
        self.when_stack = QStackedWidget()
        self.when_stack.addWidget(self._moment_page(first))
        self.when_stack.addWidget(self._rundown_page(first))
        self.when_stack.addWidget(self._daily_page(first))
        outer.addWidget(self.when_stack)
        self.zone_label = QLabel(zone_text(self._city(), self._ctx.releases.tz, now))
        self.zone_label.setObjectName("zone_label")
        self.zone_label.setStyleSheet("color: #5F6B7A;")
        outer.addWidget(self.zone_label)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("summary_label")
        self.summary_label.setWordWrap(True)
        outer.addWidget(self.summary_label)
        self.error_panel = ErrorPanel()
        outer.addWidget(self.error_panel)
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton("安排发布", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton("取消", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.plan_combo.currentIndexChanged.connect(lambda _i: self.set_plan(self.plan()))
        self.notice_combo.currentIndexChanged.connect(lambda _i: self._changed())

    def _channel_group(self, delivery: str) -> QGroupBox:
        box = QGroupBox(DELIVERY[delivery])
        box.setObjectName(f"{delivery}_group")
        grid = QGridLayout(box)
        specs = [c for c in self._specs if c.delivery == delivery]
        for i, spec in enumerate(specs):
            n = self.info.recipients.get(spec.id, 0)
            check = QCheckBox(f"{spec.name_zh}（{n} 人）" if n else spec.name_zh)
            check.setObjectName(f"channel_{spec.id}")
            check.toggled.connect(lambda _on: self._changed())
            self._group.addButton(check)
            self.boxes[spec.id] = check
            grid.addWidget(check, i // 2, i % 2)
        grid.setRowStretch((len(specs) + 1) // 2, 1)  # boxes at the top, not spread out
        return box

    def _moment_page(self, first: date) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        self.at_edit = QDateTimeEdit(QDateTime(_qdate(first), QTime(6, 30)))
        self.at_edit.setDisplayFormat("yyyy年M月d日 HH:mm")
        self.at_edit.setCalendarPopup(True)
        self.at_edit.dateTimeChanged.connect(lambda _d: self._changed())
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText("可不填，记入审计日志")
        form.addRow("发布时间：", self.at_edit)
        form.addRow("备注：", self.note_edit)
        return page

    def _date_edit(self, day: date) -> QDateEdit:
        edit = QDateEdit(_qdate(day))
        edit.setDisplayFormat("yyyy年M月d日")
        edit.setCalendarPopup(True)
        edit.dateChanged.connect(lambda _d: self._changed())
        return edit

    def _rundown_page(self, first: date) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        self.rundown_day_edit = self._date_edit(first)
        adder = QHBoxLayout()
        self.rundown_time_edit = QTimeEdit(QTime(7, 0))
        self.rundown_time_edit.setDisplayFormat("HH:mm")
        self.add_time_button = QPushButton("添加时刻")
        self.remove_time_button = QPushButton("删除所选")
        adder.addWidget(self.rundown_time_edit)
        adder.addWidget(self.add_time_button)
        adder.addWidget(self.remove_time_button)
        adder.addStretch(1)
        self.times_list = QListWidget()
        self.times_list.setObjectName("times_list")
        self.times_list.setMaximumHeight(96)
        self.add_time_button.clicked.connect(self.add_time)
        self.remove_time_button.clicked.connect(self._remove_time)
        form.addRow("播出日期：", self.rundown_day_edit)
        form.addRow("播出时刻：", adder)
        form.addRow("", self.times_list)
        return page

    def _daily_page(self, first: date) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        self.start_edit = self._date_edit(first)
        self.end_edit = self._date_edit(first + timedelta(days=30))
        self.daily_time_edit = QTimeEdit(QTime(6, 30))
        self.daily_time_edit.setDisplayFormat("HH:mm")
        self.daily_time_edit.timeChanged.connect(lambda _t: self._changed())
        form.addRow("开始日期：", self.start_edit)
        form.addRow("结束日期：", self.end_edit)
        form.addRow("每天发布时间：", self.daily_time_edit)
        hint = QLabel(
            "按日历为每个限行日生成一份每日提醒草稿；草稿签发后到点发布，当天不限行则自动取消。"
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #5F6B7A;")
        form.addRow("", hint)
        return page

    def _city(self) -> str:
        try:
            return self._ctx.rules.city().name_zh
        except Exception:  # no city yet: the zone alone still says which clock
            return ""

    def _fill_notices(self, draft_id: int | None) -> None:
        for did, _kind, day, title, status in self._ctx.drafting.list():
            if status in SCHEDULABLE:
                label = f"{md(day)}　{title}（{DRAFT_STATUS.get(status, status)}）"
                self.notice_combo.addItem(label, did)
        if self.notice_combo.count() == 0:
            self.notice_combo.addItem("（没有已签发的通告，请先在“审核”页签发）", None)
        if draft_id is not None:
            index = self.notice_combo.findData(draft_id)
            if index >= 0:
                self.notice_combo.setCurrentIndex(index)

    # ----- state -------------------------------------------------------------------------------
    def plan(self) -> Plan:
        """The chosen plan type."""
        return Plan(self.plan_combo.currentData())

    def set_plan(self, plan: Plan) -> None:
        """Switch the plan type: page of times, one or many channels, notice or calendar."""
        self.plan_combo.setCurrentIndex(PLAN_ORDER.index(plan))
        pages = {Plan.ONE_OFF: 0, Plan.SYNCHRONIZED: 0, Plan.RUNDOWN: 1, Plan.DAILY: 2}
        self.when_stack.setCurrentIndex(pages[plan])
        size = QSizePolicy.Policy
        for i in range(self.when_stack.count()):  # size to the page shown, not the tallest
            policy = size.Preferred if i == pages[plan] else size.Ignored
            page = self.when_stack.widget(i)
            if page is not None:
                page.setSizePolicy(policy, policy)
        self.when_stack.adjustSize()
        self.adjustSize()
        single = plan in SINGLE_CHANNEL
        if single:
            chosen = self.channels()
            keep = chosen[0] if chosen else ("radio" if plan is Plan.RUNDOWN else "weibo")
            self._check_only([keep])
        self._group.setExclusive(single)
        if plan is Plan.DAILY and self._plan is not Plan.DAILY:
            self._check_only(["wechat_reminder"])  # daily reminders go to the service account
        self._plan = plan
        self.notice_combo.setEnabled(plan is not Plan.DAILY)
        self._changed()

    def _check_only(self, channels: list[str]) -> None:
        self._group.setExclusive(False)
        for cid, box in self.boxes.items():
            box.setChecked(cid in channels)

    def channels(self) -> list[str]:
        """Checked channels in channel order."""
        return [cid for cid, box in self.boxes.items() if box.isChecked()]

    def set_channels(self, channels: list[str]) -> None:
        """Check exactly ``channels`` (tests and presets)."""
        exclusive = self._group.exclusive()
        self._check_only(channels)
        self._group.setExclusive(exclusive)
        self._changed()

    def add_time(self) -> None:
        """Add the time in the edit to the rundown list (kept sorted, no duplicates)."""
        t = _time(self.rundown_time_edit.time())
        times = sorted({*self.times(), t})
        self.times_list.clear()
        self.times_list.addItems([f"{x:%H:%M}" for x in times])
        self._changed()

    def _remove_time(self) -> None:
        for item in self.times_list.selectedItems():
            self.times_list.takeItem(self.times_list.row(item))
        self._changed()

    def times(self) -> list[time]:
        """The rundown's times."""
        items = (self.times_list.item(i).text() for i in range(self.times_list.count()))
        return [time.fromisoformat(t) for t in items]

    def request(self) -> ReleaseRequest:
        """What the form says."""
        plan = self.plan()
        at = self.at_edit.dateTime()
        moment = datetime.combine(_date(at.date()), _time(at.time()))
        return ReleaseRequest(
            plan,
            self.notice_combo.currentData(),
            tuple(self.channels()),
            at=moment if plan in (Plan.ONE_OFF, Plan.SYNCHRONIZED) else None,
            day=_date(self.rundown_day_edit.date()) if plan is Plan.RUNDOWN else None,
            times=tuple(self.times()) if plan is Plan.RUNDOWN else (),
            start=_date(self.start_edit.date()) if plan is Plan.DAILY else None,
            end=_date(self.end_edit.date()) if plan is Plan.DAILY else None,
            at_time=_time(self.daily_time_edit.time()) if plan is Plan.DAILY else None,
            note=self.note_edit.text().strip(),
        )

    def _changed(self) -> None:
        if not hasattr(self, "error_panel"):
            return  # still building
        self.summary_label.setText(summary(self.request(), self.info, self._ctx))
        if self.error_panel.messages():
            self._show_problems(quiet=True)

    def _fields(self) -> dict[str, QWidget]:
        return {
            "notice": self.notice_combo,
            "channels": self.channel_box,
            "at": self.at_edit,
            "times": self.times_list,
            "end": self.end_edit,
        }

    def _show_problems(self, quiet: bool = False) -> bool:
        found = problems(self.request(), self._now_local())
        keys = {p.key for p in found}
        for key, widget in self._fields().items():
            set_invalid(widget, key in keys)
        if found:
            self.error_panel.show_messages([p.text for p in found], "请先改正：")
        elif not quiet or self.error_panel.messages():
            self.error_panel.clear()
        return not found

    # ----- submit ------------------------------------------------------------------------------
    def submit(self) -> None:
        """Check the form, then plan the release on the write pool."""
        if self.busy or not self._show_problems():
            return
        user = self._ctx.current.user
        if user is None:
            self.error_panel.show_messages(["请先登录。"], "未能安排：")
            return
        req, ctx = self.request(), self._ctx
        self.busy = True
        self.ok_button.setEnabled(False)
        self.ok_button.setText("正在安排…")
        run_in_background(
            lambda: perform(ctx, user, req), on_done=self._done, on_error=self._failed, write=True
        )

    def _done(self, changes: Changes) -> None:
        self.busy = False
        self.scheduled.emit(changes)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.ok_button.setEnabled(True)
        self.ok_button.setText("安排发布")
        self.error_panel.show_messages(describe_exception(exc).splitlines(), "未能安排：")
