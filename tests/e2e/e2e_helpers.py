"""Shared set-up for the end-to-end tests: a team and a signed notice in a real database."""

from __future__ import annotations

from datetime import date
from typing import Any

from xa_console.context import AppContext, build_context
from xa_console.domain.drafting.facts import DraftKind

PW = "Xian-Jiaojing-2026"


def signed_notice(url: str) -> tuple[AppContext, dict[str, Any], int]:
    """An initialised database with editor/reviewer/signer and the 2023-03-01 daily notice
    written by the editor, approved by the reviewer and signed by the signer."""
    ctx = build_context(url, demo=False)
    admin = ctx.users.get("admin")
    assert admin is not None
    ctx.users.set_password(admin, admin.id, PW)
    team = {n: ctx.users.create(admin, n, n, PW, [n])[0] for n in ("editor", "reviewer", "signer")}
    wb, _ = ctx.drafting.save(ctx.drafting.new(DraftKind.DAILY, date(2023, 3, 1)), team["editor"])
    assert wb.draft_id is not None
    info, _ = ctx.review.submit(team["editor"], wb.draft_id)
    info, _ = ctx.review.approve(team["reviewer"], wb.draft_id, info.content_hash)
    ctx.review.approve(team["signer"], wb.draft_id, info.content_hash)
    return ctx, team, wb.draft_id
