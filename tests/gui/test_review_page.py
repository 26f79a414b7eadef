"""审核 page on the demo team's database: queue and filters, the whole submit → review → sign path
through the page, refusals in Chinese, comments, batch sign-off, emergency and the sign-off sheet.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from xa_console.context import AppContext
from xa_console.domain.drafting.facts import DraftKind
from xa_console.domain.review.workflow import Action, State
from xa_console.gui import prompts
from xa_console.gui.bus import ChangeBus
from xa_console.gui.dialogs import reason_dialog
from xa_console.gui.dialogs.reason_dialog import ReasonDialog, ReasonKind
from xa_console.gui.models.review_model import QueueMode, ReviewModel, queue_items
from xa_console.gui.pages.review_page import ReviewPage
from xa_console.services.demo import DEMO_PASSWORD
from xa_console.services.users import User

COL = ReviewModel.Column


@pytest.fixture
def ctx(demo_ctx: AppContext) -> AppContext:
    """The demo database (see tests/gui/conftest.py)."""
    return demo_ctx


@pytest.fixture
def bus() -> ChangeBus:
    """A change bus of its own."""
    return ChangeBus()


def sign_in(ctx: AppContext, username: str) -> User:
    """Sign a demo user in at this desk."""
    ctx.current.user = ctx.users.authenticate(username, DEMO_PASSWORD)
    return ctx.current.user


def open_page(qtbot, ctx: AppContext, bus: ChangeBus, username: str) -> ReviewPage:  # type: ignore[no-untyped-def]
    """The page as ``username`` sees it."""
    sign_in(ctx, username)
    page = ReviewPage(ctx, bus)
    qtbot.addWidget(page)
    page.resize(1250, 840)
    page.show()
    return page


def switch(page: ReviewPage, ctx: AppContext, username: str) -> None:
    """Another user takes the desk."""
    sign_in(ctx, username)
    page.user_changed()


def new_draft(ctx: AppContext, kind: DraftKind, day: date, submit: bool = True) -> int:
    """zhang drafts (and submits) a notice; returns its id."""
    zhang = ctx.users.get("zhang")
    assert zhang is not None
    wb, _ = ctx.drafting.save(ctx.drafting.new(kind, day), zhang)
    assert wb.draft_id is not None
    if submit:
        ctx.review.submit(zhang, wb.draft_id)
    return wb.draft_id


def answer(monkeypatch: pytest.MonkeyPatch, text: str | None) -> list[ReasonKind]:
    """Answer every reason dialog with ``text``; returns the kinds asked."""
    asked: list[ReasonKind] = []

    def fake(_parent, kind, _context=""):  # type: ignore[no-untyped-def]
        asked.append(kind)
        return text

    monkeypatch.setattr(reason_dialog, "ask_reason", fake)
    return asked


def detail_state(page: ReviewPage) -> str:
    """The state badge of the detail."""
    return page.detail.ui.state_label.text()


def test_review_model_passes_the_model_tester(qtmodeltester, ctx) -> None:  # type: ignore[no-untyped-def]
    rows = ctx.drafting.list()
    infos = {r[0]: ctx.review.info(r[0]) for r in rows}
    model = ReviewModel()
    model.set_items(queue_items(rows, infos, {u.id: u.display_name for u in ctx.users.users()}))
    qtmodeltester.check(model)


def test_queue_lists_states_todos_and_filters(qtbot, ctx, bus) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, ctx, bus, "li")
    assert page.proxy.mode() is QueueMode.MINE  # li has a reminder waiting for review
    assert page.proxy.rowCount() == 1
    index = page.proxy.index(0, COL.TODO)
    assert index.data() == "待审核（审核）"
    assert page.proxy.index(0, COL.STATE).data() == "审核中"
    assert page.proxy.index(0, COL.AUTHOR).data() == "张编辑"
    assert page.ui.mine_button.text() == "待我处理（1）"
    assert page.ui.all_button.text() == "全部（9）"
    page.ui.post_button.click()
    assert page.proxy.rowCount() == 1
    assert page.proxy.index(0, COL.TODO).data() == "事后补审"
    assert "紧急发布" in page.detail.ui.notice_label.text()
    assert "王签发" in page.detail.ui.chain_view.text()
    page.ui.all_button.click()
    states = {page.proxy.index(r, COL.STATE).data() for r in range(page.proxy.rowCount())}
    assert states == {"审核中", "已签发"}
    # wang (signer) has nothing waiting: the page opens on 全部
    switch(page, ctx, "wang")
    assert page.proxy.mode() is QueueMode.ALL
    assert page.ui.mine_button.text() == "待我处理（0）"


def test_detail_shows_chain_hash_channels_and_comments(qtbot, ctx, bus) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, ctx, bus, "wang")
    assert page.select_draft(1)  # the suspension: rejected once, then reviewed and signed
    ui = page.detail.ui
    assert ui.title_label.text() == "关于暂停执行工作日机动车尾号限行交通管理措施的通告"
    assert detail_state(page) == "已签发"
    info = ctx.review.info(1)
    assert ui.hash_label.text() == f"内容摘要 {info.content_hash[:8]}"
    assert info.content_hash in ui.hash_label.toolTip()
    rows = ui.chain_view.rows()
    assert [(r.who, r.verdict, r.stale) for r in rows[1:]] == [
        ("李审核", "退回", True),
        ("李审核", "通过", False),
        ("王签发", "签发", False),
    ]
    assert "已失效" in ui.chain_view.text()
    assert rows[1].when == "2022-12-20 09:12"  # Xi'an time (stored in UTC)
    names = [ui.channel_list.item(i).text() for i in range(ui.channel_list.count())]
    assert names[0] == "微信订阅号图文" and "短信" in names
    text = ui.channel_browser.toPlainText()
    assert "请广大驾驶人和市民群众做好个人防护" in text
    assert ui.comments_view.count() == 1
    assert "已补充出行提示" in ui.comments_view.browser.toPlainText()


def test_submit_review_and_sign_through_the_page(qtbot, ctx, bus, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    draft = new_draft(ctx, DraftKind.DAILY, date(2023, 3, 7), submit=False)
    page = open_page(qtbot, ctx, bus, "zhang")
    assert page.select_draft(draft)
    buttons = page.detail.buttons
    assert detail_state(page) == "草稿"
    assert buttons[Action.SUBMIT].isVisible() and buttons[Action.SUBMIT].isEnabled()
    assert not buttons[Action.APPROVE].isVisible()  # an editor never approves
    with qtbot.waitSignal(bus.changed) as published:
        buttons[Action.SUBMIT].click()
    assert published.args[0].drafts
    assert detail_state(page) == "审核中"
    assert page.detail.ui.result_label.text() == "已提交审核。"

    switch(page, ctx, "li")
    assert page.proxy.mode() is QueueMode.MINE
    assert page.select_draft(draft)
    shown = page.detail.data
    assert shown is not None
    asked = answer(monkeypatch, "核对无误")
    assert buttons[Action.APPROVE].text() == "通过"
    buttons[Action.APPROVE].click()
    assert asked == [ReasonKind.APPROVE]
    info = ctx.review.info(draft)
    assert info.state is State.IN_REVIEW and info.next_role == "signer"
    assert info.decisions[-1].content_hash == shown.info.content_hash

    switch(page, ctx, "wang")
    assert page.proxy.mode() is QueueMode.MINE
    assert page.select_draft(draft)
    assert buttons[Action.APPROVE].text() == "签发"
    buttons[Action.APPROVE].click()
    assert asked[-1] is ReasonKind.SIGN
    assert detail_state(page) == "已签发"
    assert page.detail.ui.result_label.text() == "已签发。"
    assert [r.who for r in page.detail.ui.chain_view.rows()] == ["张编辑", "李审核", "王签发"]
    actions = [e.action for e in ctx.audit.entries("draft", draft)]
    assert actions[:3] == ["draft.approve", "draft.approve", "draft.submit"]


def test_the_author_cannot_approve(qtbot, ctx, bus, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    admin = sign_in(ctx, "admin")
    ctx.users.create(admin, "sun", "孙编审", DEMO_PASSWORD, ["editor", "reviewer"])
    sun = ctx.users.get("sun")
    assert sun is not None
    wb, _ = ctx.drafting.save(ctx.drafting.new(DraftKind.DAILY, date(2023, 3, 8)), sun)
    assert wb.draft_id is not None
    ctx.review.submit(sun, wb.draft_id)
    page = open_page(qtbot, ctx, bus, "sun")
    assert page.ui.mine_button.text() == "待我处理（1）"  # draft 9 only: not his own
    assert page.select_draft(wb.draft_id)
    approve = page.detail.buttons[Action.APPROVE]
    assert approve.isVisible() and not approve.isEnabled()
    assert approve.toolTip() == "不能审核或签发自己起草或最后修改的通告。"
    assert "不能通过" in page.detail.ui.action_hint_label.text()
    # even when asked directly the service refuses, in Chinese, and nothing is written
    answer(monkeypatch, "同意")
    assert not page.review_actions.perform(Action.APPROVE)
    assert page.detail.ui.error_panel.messages() == ["不能审核或签发自己起草或最后修改的通告。"]
    assert ctx.review.info(wb.draft_id).decisions == ()
    # zhang, an editor only, is refused for his role
    switch(page, ctx, "zhang")
    assert page.select_draft(9)
    assert not page.review_actions.perform(Action.APPROVE)
    assert page.detail.ui.error_panel.messages() == ["需要“审核”角色才能执行此操作。"]


def test_reject_needs_a_comment(qtbot, ctx, bus, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dialog = ReasonDialog(ReasonKind.REJECT)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.edit.setPlainText("请核对尾号")
    assert ok.isEnabled() and ok.text() == "退回"
    page = open_page(qtbot, ctx, bus, "li")
    assert page.select_draft(9)
    answer(monkeypatch, "   ")
    page.detail.buttons[Action.REJECT].click()
    assert page.detail.ui.error_panel.messages() == ["退回时请填写审核意见。"]
    assert ctx.review.info(9).state is State.IN_REVIEW
    answer(monkeypatch, "请核对下周一尾号。")
    page.detail.buttons[Action.REJECT].click()
    assert not page.detail.ui.error_panel.isVisible()
    assert detail_state(page) == "草稿"
    last = page.detail.ui.chain_view.rows()[-1]
    assert (last.who, last.verdict, last.comment) == ("李审核", "退回", "请核对下周一尾号。")


def test_two_reviewers_at_once(qtbot, ctx, bus, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, ctx, bus, "li")
    assert page.select_draft(9)
    zhao = ctx.users.get("zhao")
    assert zhao is not None
    info = ctx.review.info(9)
    ctx.review.approve(zhao, 9, info.content_hash, info.version)  # zhao, at another desk, first
    answer(monkeypatch, "同意")
    assert not page.review_actions.perform(Action.APPROVE)
    assert page.detail.ui.error_panel.messages() == [
        "其他审核人刚刚处理了这份通告（编号 9），请刷新后查看。"
    ]
    assert [d.user_name for d in ctx.review.info(9).decisions] == ["赵审核"]
    # the page re-read: it now shows zhao's approval and waits for the signer
    assert [r.who for r in page.detail.ui.chain_view.rows()][1] == "赵审核"


def test_comment_and_reply(qtbot, ctx, bus) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, ctx, bus, "li")
    assert page.select_draft(9)
    view = page.detail.ui.comments_view
    assert view.count() == 1
    first = ctx.review.comments(9)[0]
    view.browser.anchorClicked.emit(QUrl(f"reply:{first.id}"))
    assert view.replying_to() == first.id and view.reply_label.isVisible()
    view.edit.setPlainText("已核对，尾号无误。")
    with qtbot.waitSignal(bus.changed):
        view.send_button.click()
    comments = ctx.review.comments(9)
    assert (comments[-1].parent_id, comments[-1].author) == (first.id, "李审核")
    assert view.count() == 2 and view.edit.toPlainText() == ""
    assert view.replying_to() is None
    assert "↳ 李审核" in view.browser.toPlainText()


def test_batch_sign_off(qtbot, ctx, bus, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    li = ctx.users.get("li")
    assert li is not None
    drafts = [new_draft(ctx, DraftKind.DAILY, date(2023, 3, d)) for d in (7, 8, 9)]
    for d in drafts:
        ctx.review.approve(li, d, ctx.review.info(d).content_hash)
    page = open_page(qtbot, ctx, bus, "wang")
    assert page.proxy.mode() is QueueMode.MINE and page.proxy.rowCount() == 3
    assert page.ui.batch_button.isVisible()
    page.ui.queue_table.selectAll()
    asked: list[str] = []
    monkeypatch.setattr(
        prompts, "confirm", lambda _p, _t, text, ok_text="": asked.append(text) or True
    )
    with qtbot.waitSignal(bus.changed):
        page.ui.batch_button.click()
    assert "以下 3 份通告" in asked[0] and "3月9日" in asked[0]
    assert page.ui.batch_result_label.text() == "已签发 3 份。"
    assert not page.ui.batch_error_panel.isVisible()
    assert all(ctx.review.info(d).state is State.APPROVED for d in drafts)
    assert page.ui.mine_button.text() == "待我处理（0）"


def test_batch_lists_refusals(qtbot, ctx, bus, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    li = ctx.users.get("li")
    assert li is not None
    ready, changed = (new_draft(ctx, DraftKind.DAILY, date(2023, 3, d)) for d in (7, 8))
    for d in (ready, changed):
        ctx.review.approve(li, d, ctx.review.info(d).content_hash)
    page = open_page(qtbot, ctx, bus, "wang")
    page.set_mode(QueueMode.ALL)
    for draft in (ready, changed, 9):
        row = page.model.row_of(draft)
        page.ui.queue_table.selectionModel().select(
            page.proxy.mapFromSource(page.model.index(row, 0)),
            page.ui.queue_table.selectionModel().SelectionFlag.Select
            | page.ui.queue_table.selectionModel().SelectionFlag.Rows,
        )
    assert {i.id for i in page.selected_items()} == {ready, changed, 9}
    zhang = ctx.users.get("zhang")
    wb = ctx.drafting.load(changed)  # the editor changes a word after the queue was read
    ctx.drafting.save(ctx.drafting.update(wb, edit=("sms", "body", "改过的短信")), zhang)
    monkeypatch.setattr(prompts, "confirm", lambda *_a, **_k: True)
    page.batch_sign()
    assert page.ui.batch_result_label.text() == "已签发 1 份。"
    refusals = page.ui.batch_error_panel.messages()
    assert page.ui.batch_error_panel.text().startswith("2 份未签发")
    assert any("内容已被修改，您看到的版本已过期" in r for r in refusals)
    assert any(r.startswith("2023-03-06") and "需要“审核”角色" in r for r in refusals)
    assert ctx.review.info(ready).state is State.APPROVED
    assert ctx.review.info(changed).state is State.IN_REVIEW


def test_emergency_by_the_signer(qtbot, ctx, bus, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dialog = ReasonDialog(ReasonKind.EMERGENCY)
    qtbot.addWidget(dialog)
    assert "事后补审" in dialog.warning_label.text() and not dialog.warning_label.isHidden()
    dialog.edit.setPlainText("积水")
    assert not dialog.acceptable()  # at least 4 characters
    draft = new_draft(ctx, DraftKind.TRAFFIC_CONTROL, date(2023, 3, 9), submit=False)
    page = open_page(qtbot, ctx, bus, "wang")
    assert page.select_draft(draft)
    button = page.detail.buttons[Action.EMERGENCY]
    assert button.isVisible() and button.isEnabled()
    asked = answer(monkeypatch, "路面塌陷，须立即发布绕行提示。")
    button.click()
    assert asked == [ReasonKind.EMERGENCY]
    info = ctx.review.info(draft)
    assert info.state is State.APPROVED and info.needs_post_review
    assert detail_state(page) == "已签发"
    assert "未经逐级审核直接签发" in page.detail.ui.notice_label.text()
    assert page.ui.post_button.text() == "事后补审（2）"
    assert page.detail.ui.chain_view.rows()[-1].step == "事后补审"
    assert not page.detail.buttons[Action.POST_REVIEW].isEnabled()  # not by its own signer
    switch(page, ctx, "li")
    assert page.select_draft(draft)
    post = page.detail.buttons[Action.POST_REVIEW]
    assert post.isVisible() and post.isEnabled()
    asked = answer(monkeypatch, "事后核对，内容无误。")
    post.click()
    assert asked == [ReasonKind.POST_REVIEW]
    assert not ctx.review.info(draft).needs_post_review
    assert post.isHidden()


def test_export_sign_off_sheet(qtbot, ctx, bus, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, ctx, bus, "wang")
    assert page.select_draft(1)
    target = tmp_path / "审核单"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    page.detail.ui.export_button.click()
    qtbot.waitUntil(lambda: page.review_actions.exporting == 0, timeout=10_000)
    written = tmp_path / "审核单.docx"
    assert written.read_bytes()[:2] == b"PK"
    assert page.detail.ui.result_label.text() == f"已导出审核单：{written}"
