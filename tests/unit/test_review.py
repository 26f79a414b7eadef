"""Four-eyes review, users and the tamper-evident audit log on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import text

from xa_console.domain.drafting.facts import DraftKind
from xa_console.domain.errors import DomainError
from xa_console.domain.review.passwords import hash_password, verify_password
from xa_console.domain.review.workflow import State

PW = "Xian-2023!"


@pytest.fixture
def team(ctx):  # type: ignore[no-untyped-def]
    """An editor, a reviewer and a signing officer besides the local administrator."""
    admin = ctx.users.get("admin")
    assert (
        code(lambda: ctx.users.create(admin, "early", "early", PW, ["editor"]))
        == "user.admin_password_first"
    )
    ctx.users.set_password(admin, admin.id, PW)
    made = {}
    for name, roles in (
        ("editor", ["editor"]),
        ("reviewer", ["reviewer"]),
        ("signer", ["signer"]),
        ("reviewer2", ["reviewer"]),
    ):
        made[name], _ = ctx.users.create(admin, name, name, PW, roles)
    return made


def draft(ctx, actor):  # type: ignore[no-untyped-def]
    wb = ctx.drafting.new(DraftKind.DAILY, date(2023, 3, 1))
    saved, _ = ctx.drafting.save(wb, actor)
    return saved


def code(fn) -> str:  # type: ignore[no-untyped-def]
    with pytest.raises(DomainError) as e:
        fn()
    return e.value.code


def test_passwords() -> None:
    h = hash_password(PW, n=2**10)
    assert h.startswith("scrypt$") and PW not in h
    assert verify_password(PW, h) and not verify_password("xian-2023!", h)
    assert not verify_password(PW, "!") and not verify_password(PW, "scrypt$bad")


def test_full_path_draft_review_sign(ctx, team) -> None:  # type: ignore[no-untyped-def]
    wb = draft(ctx, team["editor"])
    info, _ = ctx.review.submit(team["editor"], wb.draft_id)
    assert info.state is State.IN_REVIEW and info.next_role.value == "reviewer"
    assert (
        code(lambda: ctx.review.approve(team["signer"], wb.draft_id, info.content_hash))
        == "workflow.role_required"
    )
    info, _ = ctx.review.approve(
        team["reviewer"], wb.draft_id, info.content_hash, comment="核对无误"
    )
    assert info.state is State.IN_REVIEW and info.next_role.value == "signer"
    info, _ = ctx.review.approve(team["signer"], wb.draft_id, info.content_hash)
    assert info.state is State.APPROVED
    assert [d.user_name for d in info.decisions] == ["reviewer", "signer"]
    actions = [e.action for e in reversed(ctx.audit.entries("draft", wb.draft_id))]
    assert actions == ["draft.create", "draft.submit", "draft.approve", "draft.approve"]
    assert ctx.audit.verify() == (None, ctx.audit.count())


def test_nobody_approves_their_own_notice(ctx, team) -> None:  # type: ignore[no-untyped-def]
    admin = ctx.users.get("admin")
    wb = draft(ctx, admin)  # the administrator holds every role, still may not approve own work
    info, _ = ctx.review.submit(admin, wb.draft_id)
    assert (
        code(lambda: ctx.review.approve(admin, wb.draft_id, info.content_hash))
        == "workflow.self_approval"
    )
    # the last editor may not approve either
    edited = ctx.drafting.update(
        ctx.drafting.load(wb.draft_id), edit=("sms", "body", "明日限行3和8。")
    )
    ctx.drafting.save(edited, team["reviewer"])
    info = ctx.review.info(wb.draft_id)
    assert (
        code(lambda: ctx.review.approve(team["reviewer"], wb.draft_id, info.content_hash))
        == "workflow.self_approval"
    )
    info, _ = ctx.review.approve(team["reviewer2"], wb.draft_id, info.content_hash)
    assert info.next_role.value == "signer"


def test_edit_after_approval_voids_it(ctx, team) -> None:  # type: ignore[no-untyped-def]
    wb = draft(ctx, team["editor"])
    info, _ = ctx.review.submit(team["editor"], wb.draft_id)
    ctx.review.approve(team["reviewer"], wb.draft_id, info.content_hash)
    info, _ = ctx.review.approve(team["signer"], wb.draft_id, info.content_hash)
    assert info.state is State.APPROVED
    loaded = ctx.drafting.load(wb.draft_id)
    ctx.drafting.save(
        ctx.drafting.update(
            loaded, edit=("weibo", "status", loaded.channel("weibo").current.get("status") + "。")
        ),
        team["editor"],
    )
    after = ctx.review.info(wb.draft_id)
    assert after.state is State.IN_REVIEW and after.next_role.value == "reviewer"
    assert after.content_hash != info.content_hash
    # an approval of the content seen before the edit is stale
    assert (
        code(lambda: ctx.review.approve(team["reviewer"], wb.draft_id, info.content_hash))
        == "workflow.stale_content"
    )
    edit_row = ctx.audit.entries("draft", wb.draft_id)[0]
    assert edit_row.action == "draft.edit" and edit_row.payload["approval_voided"] is True


def test_reject_needs_comment_and_returns_to_draft(ctx, team) -> None:  # type: ignore[no-untyped-def]
    wb = draft(ctx, team["editor"])
    ctx.review.submit(team["editor"], wb.draft_id)
    assert (
        code(lambda: ctx.review.reject(team["reviewer"], wb.draft_id, "  "))
        == "workflow.comment_required"
    )
    info, _ = ctx.review.reject(team["reviewer"], wb.draft_id, "标题请写明日期")
    assert info.state is State.DRAFT and info.decisions[-1].comment == "标题请写明日期"
    ctx.review.add_comment(team["editor"], wb.draft_id, "已改")
    assert [c.body for c in ctx.review.comments(wb.draft_id)] == ["已改"]


def test_two_reviewers_at_once_one_is_refused(ctx, team) -> None:  # type: ignore[no-untyped-def]
    wb = draft(ctx, team["editor"])
    info, _ = ctx.review.submit(team["editor"], wb.draft_id)
    results: list[str] = []

    def act(user: str) -> None:
        try:
            ctx.review.approve(
                team[user], wb.draft_id, info.content_hash, seen_version=info.version
            )
            results.append("ok")
        except DomainError as e:
            results.append(e.code)

    threads = [threading.Thread(target=act, args=(u,)) for u in ("reviewer", "reviewer2")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == ["ok", "workflow.concurrent"]
    assert len(ctx.review.info(wb.draft_id).decisions) == 1


def test_batch_sign_off_and_emergency(ctx, team) -> None:  # type: ignore[no-untyped-def]
    ids = []
    for day in (date(2023, 3, 1), date(2023, 3, 2), date(2023, 3, 3)):
        saved, _ = ctx.drafting.save(ctx.drafting.new(DraftKind.DAILY, day), team["editor"])
        info, _ = ctx.review.submit(team["editor"], saved.draft_id)
        ctx.review.approve(team["reviewer"], saved.draft_id, info.content_hash)
        ids.append((saved.draft_id, info.content_hash))
    results = ctx.review.batch_approve(team["signer"], ids)
    assert [e for _, e in results] == [None, None, None]
    hashes = {ctx.review.info(i).content_hash for i, _ in ids}
    assert len(hashes) == 3 and all(ctx.review.info(i).state is State.APPROVED for i, _ in ids)
    urgent = draft(ctx, team["editor"])
    assert (
        code(lambda: ctx.review.emergency(team["reviewer"], urgent.draft_id, "突发封路"))
        == "workflow.role_required"
    )
    assert (
        code(lambda: ctx.review.emergency(team["signer"], urgent.draft_id, ""))
        == "workflow.reason_required"
    )
    info, _ = ctx.review.emergency(team["signer"], urgent.draft_id, "暴雨突发积水，紧急发布")
    assert info.state is State.APPROVED and info.needs_post_review
    assert (
        code(lambda: ctx.review.complete_post_review(team["signer"], urgent.draft_id, "ok"))
        == "workflow.self_approval"
    )
    assert (
        code(lambda: ctx.review.complete_post_review(team["editor"], urgent.draft_id, "ok"))
        == "workflow.role_required"
    )
    info, _ = ctx.review.complete_post_review(team["reviewer"], urgent.draft_id, "事后核对无误")
    assert not info.needs_post_review
    assert ctx.audit.entries("draft", urgent.draft_id)[0].action == "draft.post_review"
    assert (
        code(lambda: ctx.review.complete_post_review(team["reviewer2"], urgent.draft_id, "x"))
        == "workflow.bad_state"
    )


def test_login_lockout_and_roles(ctx, team) -> None:  # type: ignore[no-untyped-def]
    t0 = datetime(2026, 1, 5, 8, tzinfo=UTC)
    assert ctx.users.authenticate("editor", PW, t0).username == "editor"
    for _ in range(4):
        assert code(lambda: ctx.users.authenticate("editor", "wrong", t0)) == "auth.bad_login"
    assert code(lambda: ctx.users.authenticate("editor", "wrong", t0)) == "auth.locked"
    assert (
        code(lambda: ctx.users.authenticate("editor", PW, t0 + timedelta(minutes=5)))
        == "auth.locked"
    )
    assert ctx.users.authenticate("editor", PW, t0 + timedelta(minutes=16)).username == "editor"
    assert code(lambda: ctx.users.authenticate("nobody", PW, t0)) == "auth.bad_login"
    assert (
        code(lambda: ctx.users.create(team["editor"], "x", "x", PW, ["editor"]))
        == "workflow.role_required"
    )
    assert (
        code(lambda: ctx.users.create(ctx.users.get("admin"), "y", "y", "short", ["editor"]))
        == "user.password_short"
    )
    assert (
        code(lambda: ctx.users.create(ctx.users.get("admin"), "z", "z", PW, ["boss"]))
        == "user.bad_role"
    )
    assert ctx.audit.verify()[0] is None


def test_single_seat_administrator_may_sign_alone(ctx) -> None:  # type: ignore[no-untyped-def]
    admin = ctx.current.require()
    assert admin.username == "admin" and ctx.users.single_seat()
    wb = draft(ctx, admin)
    info, _ = ctx.review.submit(admin, wb.draft_id)
    ctx.review.approve(admin, wb.draft_id, info.content_hash)
    info, _ = ctx.review.approve(admin, wb.draft_id, info.content_hash)
    assert info.state is State.APPROVED
    assert ctx.audit.entries("draft", wb.draft_id)[0].payload["single_seat"] is True


@pytest.mark.parametrize("tamper", ["change", "delete", "reorder", "append_forged"])
def test_tampering_is_detected(ctx, team, tamper: str) -> None:  # type: ignore[no-untyped-def]
    wb = draft(ctx, team["editor"])
    ctx.review.submit(team["editor"], wb.draft_id)
    assert ctx.audit.verify()[0] is None
    n = ctx.audit.count()
    target = 3
    forged = f"({n + 1}, 'x', 1, 'draft.approve', 'draft', '1', '{{}}', '{'0' * 64}', '{'f' * 64}')"
    sql = {
        "change": f"UPDATE audit_log SET action = 'draft.approve' WHERE seq = {target}",
        "delete": f"DELETE FROM audit_log WHERE seq = {target}",
        "reorder": f"UPDATE audit_log SET ts_utc = '2000-01-01T00:00:00' WHERE seq = {target}",
        "append_forged": "INSERT INTO audit_log (seq, ts_utc, actor_id, action, object_type, "
        f"object_id, payload, prev_hash, hash) VALUES {forged}",
    }[tamper]
    with ctx.db.engine.begin() as conn:
        conn.execute(text(sql))
    broken, _ = ctx.audit.verify()
    assert broken is not None
    assert broken.seq == (
        n + 1 if tamper == "append_forged" else target + (1 if tamper == "delete" else 0)
    )


def test_rolled_back_change_leaves_no_audit_row(ctx, team) -> None:  # type: ignore[no-untyped-def]
    wb = draft(ctx, team["editor"])
    before = ctx.audit.count()
    assert (
        code(lambda: ctx.review.approve(team["reviewer"], wb.draft_id, "x")) == "workflow.bad_state"
    )
    assert ctx.audit.count() == before


def test_signoff_sheet_docx(ctx, team) -> None:  # type: ignore[no-untyped-def]
    import io

    from docx import Document

    from xa_console.services.review import signoff_sheet

    wb = draft(ctx, team["editor"])
    info, _ = ctx.review.submit(team["editor"], wb.draft_id)
    ctx.review.approve(team["reviewer"], wb.draft_id, info.content_hash, comment="核对无误")
    info, _ = ctx.review.approve(team["signer"], wb.draft_id, info.content_hash)
    doc = Document(io.BytesIO(signoff_sheet(ctx.review, ctx.drafting, wb.draft_id)))
    text = "\n".join(p.text for p in doc.paragraphs)
    cells = [[c.text for c in row.cells] for row in doc.tables[0].rows]
    assert [r[0] for r in cells] == ["环节", "起草", "审核", "签发"]
    assert [r[1] for r in cells[1:]] == ["editor", "reviewer", "signer"]
    assert cells[2][3] == "核对无误" and all(r[2] for r in cells[1:])
    assert info.content_hash in text and "状态：已签发" in text
    assert "微博" in text and "3和8" in text
