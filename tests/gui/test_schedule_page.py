"""发布计划 page on the demo team's database: the week timeline and the sends table, the
需要处理 filter, chips selecting rows, planning through the 新建发布 dialog, cancelling, the
unknown-result decision, the scheduler status line and the scheduler bridge across threads.

The release service runs on a fixed clock (Monday 2023-02-27 06:00 in Xi'an), so the demo's
signed notices of that week can be planned "in the future".
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from xa_console.context import AppContext
from xa_console.db.models_publishing import OutboxRow
from xa_console.domain.drafting.facts import DraftKind
from xa_console.domain.publishing.outbox import OutboxState as S
from xa_console.domain.publishing.plans import Plan
from xa_console.gui import prompts
from xa_console.gui.bus import ChangeBus
from xa_console.gui.models.sends import SendFilter, SendsModel, StateFilter, send_rows
from xa_console.gui.pages import schedule_decisions
from xa_console.gui.pages.schedule_decisions import UnknownAnswer, UnknownDialog
from xa_console.gui.pages.schedule_page import Period, SchedulePage
from xa_console.gui.scheduler_bridge import SchedulerBridge, build_bridge
from xa_console.services.changes import Changes
from xa_console.services.demo import DEMO_PASSWORD
from xa_console.services.releases import ReleaseService
from xa_console.services.scheduling import SchedulerStatus

NOW = datetime(2023, 2, 26, 22, 0, tzinfo=UTC)  # Mon 2023-02-27 06:00 in Xi'an
MORNING = datetime(2023, 3, 1, 6, 30)  # Wed, Xi'an wall-clock time
SYNC = ["wechat_article", "weibo", "sms"]
COL = SendsModel.Column


@pytest.fixture
def ctx(demo_ctx: AppContext) -> AppContext:
    """The demo database with a release service on the fixed clock; wang (签发) signed in."""
    releases = ReleaseService(
        demo_ctx.db,
        demo_ctx.rules,
        demo_ctx.channels,
        demo_ctx.drafting,
        demo_ctx.accounts,
        clock=lambda: NOW,
    )
    context = dataclasses.replace(demo_ctx, releases=releases)
    context.current.user = context.users.authenticate("wang", DEMO_PASSWORD)
    return context


def sign(ctx: AppContext, kind: DraftKind, day: date) -> int:
    """A notice written by zhang, approved by li and signed by wang."""
    zhang, li, wang = (ctx.users.get(n) for n in ("zhang", "li", "wang"))
    assert zhang is not None and li is not None and wang is not None
    wb, _ = ctx.drafting.save(ctx.drafting.new(kind, day), zhang)
    assert wb.draft_id is not None
    info, _ = ctx.review.submit(zhang, wb.draft_id)
    info, _ = ctx.review.approve(li, wb.draft_id, info.content_hash)
    ctx.review.approve(wang, wb.draft_id, info.content_hash)
    return wb.draft_id


@pytest.fixture
def draft(ctx: AppContext) -> int:
    """A freshly signed daily reminder for Wednesday 2023-03-01."""
    return sign(ctx, DraftKind.DAILY, date(2023, 3, 1))


def plan(ctx: AppContext, draft_id: int, channels: list[str] = SYNC) -> int:
    """Schedule ``draft_id`` for Wednesday 06:30 on ``channels``; the release id."""
    user = ctx.current.require()
    (rid,), _ = ctx.releases.schedule(user, draft_id, channels, MORNING)
    return rid


def set_state(ctx: AppContext, channel: str, state: S, index: int = 0, **fields: str) -> int:
    """Put one send where the dispatcher would leave it; its id."""
    with ctx.db.write() as s:
        rows = s.query(OutboxRow).filter_by(channel=channel).order_by(OutboxRow.id).all()
        row = rows[index]
        row.state = state.value
        for k, v in fields.items():
            setattr(row, k, v)
        return row.id


@pytest.fixture
def bus() -> ChangeBus:
    """A change bus of its own."""
    return ChangeBus()


@pytest.fixture
def open_page(qtbot, ctx: AppContext, bus: ChangeBus):  # type: ignore[no-untyped-def]
    """A factory: the page on the week of 2023-02-27, shown."""

    def make() -> SchedulePage:
        page = SchedulePage(ctx, bus, now=lambda: NOW)
        qtbot.addWidget(page)
        page.resize(1400, 900)
        page.show()
        qtbot.waitExposed(page)
        return page

    return make


def table_column(page: SchedulePage, column: int) -> list[str]:
    """The texts of one column as the table shows them."""
    return [page.proxy.index(r, column).data() for r in range(page.proxy.rowCount())]


# ----- model ----------------------------------------------------------------------------------
def test_sends_model_passes_the_model_tester(qtmodeltester, ctx, draft) -> None:  # type: ignore[no-untyped-def]
    plan(ctx, draft)
    set_state(ctx, "weibo", S.CANCELLED)
    model = SendsModel()
    model.set_rows(send_rows(ctx.releases.sends(), {"sms": "短信"}, ctx.releases.tz))
    assert model.rowCount() == 4
    qtmodeltester.check(model)
    proxy = SendFilter()
    proxy.setSourceModel(model)
    proxy.set_which(StateFilter.CANCELLED)
    assert proxy.rowCount() == 1
    qtmodeltester.check(proxy)


# ----- timeline and table ---------------------------------------------------------------------
def test_week_timeline_and_table_show_the_sends(open_page, ctx, draft) -> None:  # type: ignore[no-untyped-def]
    plan(ctx, draft)
    page = open_page()
    assert page.ui.period_label.text() == "2023年2月27日 – 3月5日"
    headers = [label.text() for label in page.timeline.header_labels()]
    assert headers[:2] == ["渠道", "周一 2月27日"] and len(headers) == 8
    channels = [name for _id, name, _d in page.timeline.data.channels]
    # every interface channel, in channel order, even without sends; no empty manual ones
    book = sorted(ctx.releases.book().channels, key=lambda c: c.order)
    expected = [c.name_zh for c in book if c.delivery == "api" or c.id in SYNC]
    assert channels == expected and "短信" in channels and "广播口播" not in channels
    chips = {c.send_group.channel: c for c in page.timeline.chips()}
    assert set(chips) == set(SYNC)
    assert chips["sms"].text().startswith("06:30 2/2 待发送 3月1日")  # two targets, one chip
    assert chips["sms"].send_group.day == date(2023, 3, 1)
    assert "幂等键：xa-" in chips["sms"].toolTip() and "宽限 30 分钟" in chips["sms"].toolTip()
    assert page.proxy.rowCount() == 4
    assert set(table_column(page, COL.CHANNEL)) == {"微信订阅号图文", "微博", "短信"}
    assert set(table_column(page, COL.TIME)) == {"3月1日 周三 06:30"}
    assert sorted(table_column(page, COL.TARGET)) == [
        "138****0001",
        "138****0002",
        "公开发布",
        "公开发布",
    ]
    assert page.ui.state_combo.currentText() == "全部（4）"
    assert page.ui.timeline_stack.currentIndex() == 0
    page.ui.next_button.click()  # the next week has nothing: the friendly empty state
    assert page.ui.period_label.text() == "2023年3月6日 – 3月12日"
    assert page.ui.timeline_stack.currentIndex() == 1
    assert page.ui.empty_label.text().startswith("本周还没有安排发布。")
    page.ui.month_button.click()
    assert page.period is Period.MONTH and page.ui.period_label.text() == "2023年3月"
    assert len(page.timeline.header_labels()) == 1 + 31
    assert [c.text() for c in page.timeline.chips()] == ["06:30"] * 3
    assert page.ui.prev_button.text() == "上一月"


def test_attention_filter_and_colours(open_page, ctx, draft) -> None:  # type: ignore[no-untyped-def]
    plan(ctx, draft)
    set_state(ctx, "sms", S.UNKNOWN, last_code="timeout", last_message="读取超时")
    set_state(ctx, "weibo", S.MISSED, last_code="late")
    set_state(ctx, "wechat_article", S.SENT, remote_url="https://mp.weixin.qq.com/s/x1")
    page = open_page()
    assert "2 项需要处理" in page.ui.count_label.text()
    combo = page.ui.state_combo
    combo.setCurrentIndex(combo.findData(StateFilter.ATTENTION))
    assert combo.currentText() == "需要处理（2）"
    assert sorted(table_column(page, COL.STATE)) == ["已错过", "结果未知"]
    assert "timeout：读取超时" in table_column(page, COL.RESULT)
    chips = {c.send_group.channel: c for c in page.timeline.chips()}
    assert chips["sms"].text().startswith("06:30 1/2 结果未知")  # the most urgent state wins
    assert chips["weibo"].send_group.state is S.MISSED
    combo.setCurrentIndex(combo.findData(StateFilter.SENT))
    assert table_column(page, COL.RESULT) == ["https://mp.weixin.qq.com/s/x1"]
    state = page.proxy.index(0, COL.STATE)
    assert state.data(Qt.ItemDataRole.ForegroundRole).name() == "#1e6b3a"  # green


def test_clicking_a_chip_selects_its_rows_and_enables_actions(qtbot, open_page, ctx, draft) -> None:  # type: ignore[no-untyped-def]
    plan(ctx, draft)
    page = open_page()
    actions = page.schedule_actions
    assert not actions.cancel_action.isEnabled()  # nothing selected
    chip = next(c for c in page.timeline.chips() if c.send_group.channel == "sms")
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert {r.id for r in page.selected_rows()} == set(chip.send_group.ids)
    assert len(page.selected_rows()) == 2 and chip.isChecked()
    assert actions.cancel_action.isEnabled() and actions.reschedule_action.isEnabled()
    assert not actions.resolve_action.isEnabled() and not actions.confirm_action.isEnabled()
    menu = page.context_menu()
    assert [a.text() for a in menu.actions() if a.text()][:2] == ["改期…", "取消发布…"]
    page.ui.sends_table.clearSelection()
    assert not chip.isChecked()


# ----- planning -------------------------------------------------------------------------------
def test_new_release_dialog_schedules_a_synchronized_release(qtbot, open_page, ctx, draft) -> None:  # type: ignore[no-untyped-def]
    page = open_page()
    assert page.ui.timeline_stack.currentIndex() == 1  # nothing planned yet
    page.ui.empty_new_button.click()
    dialog = page.schedule_actions.dialog
    assert dialog is not None and dialog.isVisible()
    assert "Asia/Shanghai" in dialog.zone_label.text() and "UTC+08:00" in dialog.zone_label.text()
    dialog.notice_combo.setCurrentIndex(dialog.notice_combo.findData(draft))
    assert dialog.plan() is Plan.SYNCHRONIZED
    dialog.set_channels(SYNC)
    dialog.at_edit.setDate(dialog.at_edit.date().fromString("2023-03-01", "yyyy-MM-dd"))
    assert dialog.summary_label.text() == (
        "将在 3月1日 06:30 同时发布到 微信订阅号图文、微博、短信（2 人）"
    )
    with qtbot.waitSignal(dialog.scheduled, timeout=10_000) as stored:
        dialog.ok_button.click()
    assert stored.args[0] == Changes(drafts=True, releases=True)
    sends = ctx.releases.sends()
    assert sorted(s.channel for s in sends) == ["sms", "sms", "wechat_article", "weibo"]
    assert {s.due_at for s in sends} == {datetime(2023, 2, 28, 22, 30, tzinfo=UTC)}
    assert all(s.plan == "synchronized" and s.draft_id == draft for s in sends)
    assert ctx.review.info(draft).state.value == "scheduled"
    assert not dialog.isVisible()
    assert page.proxy.rowCount() == 4  # the bus made the page re-read
    assert page.ui.timeline_stack.currentIndex() == 0
    assert page.ui.result_label.text() == "已安排发布。"


def test_dialog_names_the_fields_it_refuses(qtbot, open_page, ctx, draft) -> None:  # type: ignore[no-untyped-def]
    page = open_page()
    dialog = page.schedule_actions.new_release(date(2023, 3, 1))
    assert dialog is not None
    dialog.notice_combo.setCurrentIndex(dialog.notice_combo.findData(draft))
    dialog.set_channels(["weibo"])
    dialog.at_edit.setDate(dialog.at_edit.date().addDays(-5))  # 2023-02-24: in the past
    dialog.ok_button.click()
    assert dialog.error_panel.messages() == [
        "发布渠道：多渠道同步请至少选两个渠道；只发一个渠道请选“定时发布”。",
        "发布时间：2月24日 06:30 已经过去，请选择将来的时间。",
    ]
    assert dialog.at_edit.property("invalid") is True
    dialog.set_plan(Plan.RUNDOWN)  # one channel only: the boxes act as radio buttons
    assert dialog.channels() == ["weibo"]
    dialog.boxes["radio"].click()
    assert dialog.channels() == ["radio"]
    dialog.ok_button.click()
    assert dialog.error_panel.messages() == ["播出时刻：请至少添加一个播出时刻。"]
    dialog.add_time()
    dialog.rundown_time_edit.setTime(dialog.rundown_time_edit.time().addSecs(1800))
    dialog.add_time()
    assert dialog.summary_label.text() == "将在 3月1日 的 07:00、07:30 于 广播口播 播出 2 次"
    assert ctx.releases.sends() == []  # nothing was written while the form was wrong
    with qtbot.waitSignal(dialog.scheduled, timeout=10_000):
        dialog.ok_button.click()
    assert [s.plan for s in ctx.releases.sends()] == ["rundown", "rundown"]


def test_cancel_asks_first_then_cancels(qtbot, open_page, ctx, draft, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    plan(ctx, draft)
    page = open_page()
    asked: list[str] = []
    answers = iter([False, True])

    def confirm(_parent, title, text, ok_text="确定"):  # type: ignore[no-untyped-def]
        asked.append(text)
        return next(answers)

    monkeypatch.setattr(prompts, "confirm", confirm)
    chip = next(c for c in page.timeline.chips() if c.send_group.channel == "weibo")
    chip.click()
    page.schedule_actions.cancel_action.trigger()  # answered 取消: nothing happens
    assert {s.state for s in ctx.releases.sends()} == {S.PENDING}
    with qtbot.waitSignal(page.schedule_actions.done, timeout=10_000) as done:
        page.schedule_actions.cancel_action.trigger()
    assert done.args == ["已取消发布。"]
    assert "3月1日 周三 06:30 微博" in asked[0] and "已发出的内容不受影响" in asked[0]
    states = {(s.channel, s.state) for s in ctx.releases.sends()}
    assert states == {("weibo", S.CANCELLED), ("sms", S.PENDING), ("wechat_article", S.PENDING)}
    weibo = next(c for c in page.timeline.chips() if c.send_group.channel == "weibo")
    assert weibo.text().startswith("06:30 已取消") and weibo.font().strikeOut()


def test_unknown_result_needs_the_risk_ticked(qtbot, open_page, ctx, draft, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dialog = UnknownDialog("• 短信", "", None)
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    dialog.resend_radio.setChecked(True)
    assert not dialog.ok_button.isEnabled() and dialog.risk_check.isEnabled()
    dialog.risk_check.setChecked(True)
    assert dialog.answer() == UnknownAnswer("resend", "", "", True)
    dialog.confirm_radio.setChecked(True)
    dialog.url_edit.setText("https://weibo.com/1")
    assert dialog.answer() == UnknownAnswer("confirm", "https://weibo.com/1", "", False)

    plan(ctx, draft)
    sms = set_state(ctx, "sms", S.UNKNOWN, last_code="timeout")
    page = open_page()
    page.select_ids([sms])
    assert page.schedule_actions.resolve_action.isEnabled()
    answer = UnknownAnswer("resend", note="平台查无记录", accept_duplicate_risk=True)
    monkeypatch.setattr(schedule_decisions, "ask_unknown", lambda *_a: answer)
    with qtbot.waitSignal(page.schedule_actions.done, timeout=10_000):
        page.schedule_actions.resolve_action.trigger()
    again = next(s for s in ctx.releases.sends() if s.id == sms)
    assert again.state is S.PENDING and again.last_message == "平台查无记录"
    # without the risk accepted the service refuses, and the page says so in Chinese
    sms2 = set_state(ctx, "sms", S.UNKNOWN, index=1)
    page.reload()
    page.select_ids([sms2])
    monkeypatch.setattr(schedule_decisions, "ask_unknown", lambda *_a: UnknownAnswer("resend"))
    with qtbot.waitSignal(page.schedule_actions.failed, timeout=10_000) as failed:
        page.schedule_actions.resolve_action.trigger()
    assert "重复发布" in failed.args[0]
    assert "重复发布" in page.ui.error_panel.text()


# ----- scheduler ------------------------------------------------------------------------------
def test_scheduler_status_line(open_page) -> None:  # type: ignore[no-untyped-def]
    page = open_page()
    assert page.ui.scheduler_chip.text() == "未运行"  # nobody ever scheduled this database
    assert "到点的发布不会自动发出" in page.ui.scheduler_detail_label.text()
    beat = NOW - timedelta(seconds=30)
    page.show_scheduler_status(SchedulerStatus(False, "h", "desk-02", 77, "console", beat, True))
    assert page.ui.scheduler_chip.text() == "由其他电脑运行"
    detail = page.ui.scheduler_detail_label
    assert detail.text() == "调度服务由 desk-02（进程 77）运行 · 心跳 30 秒前"
    page.show_scheduler_status(SchedulerStatus(True, "h", "me", 5, "console", beat, True))
    assert page.ui.scheduler_chip.text() == "本机调度运行中"
    stale = NOW - timedelta(minutes=12)
    page.show_scheduler_status(SchedulerStatus(False, "", "desk-02", 77, "console", stale, False))
    assert page.ui.scheduler_chip.text() == "未运行"
    assert "最后心跳 12 分钟前（desk-02）" in page.ui.scheduler_detail_label.text()


def test_bridge_relays_events_from_another_thread(qtbot, bus: ChangeBus) -> None:  # type: ignore[no-untyped-def]
    bridge = SchedulerBridge()
    bridge.set_bus(bus)
    gui_thread = threading.get_ident()
    seen: list[int] = []  # the thread that emits (a direct connection runs right there)
    bridge.event_received.connect(
        lambda *_: seen.append(threading.get_ident()), Qt.ConnectionType.DirectConnection
    )
    bus.changed.connect(
        lambda *_: seen.append(threading.get_ident()), Qt.ConnectionType.DirectConnection
    )
    worker = threading.Thread(target=lambda: bridge("changed", {"processed": 2}))
    with (
        qtbot.waitSignal(bridge.event_received, timeout=5_000) as event,
        qtbot.waitSignal(bus.changed, timeout=5_000) as changed,
    ):
        worker.start()
    worker.join()
    assert event.args == ["changed", {"processed": 2}]
    assert changed.args == [Changes(releases=True, drafts=True)]
    assert seen == [gui_thread, gui_thread]  # emitted on the GUI thread, not APScheduler's


@pytest.fixture
def bridges(ctx: AppContext) -> Iterator[list[SchedulerBridge]]:
    """Real schedulers for this database, always shut down."""
    made: list[SchedulerBridge] = []
    yield made
    for bridge in made:
        assert bridge.shutdown()


def test_real_scheduler_starts_and_a_second_console_sees_it(qtbot, ctx, bus, bridges) -> None:  # type: ignore[no-untyped-def]
    first = build_bridge(ctx)
    bridges.append(first)
    with qtbot.waitSignal(first.status_changed, timeout=20_000) as up:
        first.start()
    assert up.args[0].running_here and first.service is not None and first.service.running
    second = build_bridge(ctx)  # another console on the same database
    bridges.append(second)
    page = SchedulePage(ctx, bus, bridge=second)
    qtbot.addWidget(page)
    assert page.ui.scheduler_chip.text() == "正在启动调度…"
    with qtbot.waitSignal(second.status_changed, timeout=20_000) as seen:
        second.start()
    status = seen.args[0]
    assert not status.running_here and status.alive and status.pid > 0
    assert page.ui.scheduler_chip.text() == "由其他电脑运行"
    assert f"（进程 {status.pid}）运行 · 心跳" in page.ui.scheduler_detail_label.text()


def test_export_package_for_a_radio_spot(qtbot, open_page, ctx, draft, tmp_path) -> None:  # type: ignore[no-untyped-def]
    user = ctx.current.require()
    ctx.releases.schedule(user, draft, ["radio"], datetime(2023, 3, 1, 7, 0))
    page = open_page()
    chip = next(c for c in page.timeline.chips() if c.send_group.channel == "radio")
    chip.click()
    actions = page.schedule_actions
    assert actions.package_action.isEnabled()
    out = tmp_path / "package"
    with qtbot.waitSignal(actions.done, timeout=10_000) as done:
        actions.export_package(out)
    names = sorted(p.name for p in out.iterdir())
    assert "广播口播_播报稿.docx" in names and "广播口播_15秒口播.txt" in names
    assert done.args[0].startswith(f"已导出 {len(names)} 个文件")
    plan(ctx, draft, ["weibo"])
    page.reload()
    qtbot.waitUntil(lambda: any(c.send_group.channel == "weibo" for c in page.timeline.chips()))
    next(c for c in page.timeline.chips() if c.send_group.channel == "weibo").click()
    assert not actions.package_action.isEnabled()  # API channels have no package
