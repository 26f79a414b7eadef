"""Draft a notice once; generate, check and keep every channel's variant in step.

``Workbench`` is an immutable snapshot: facts + per-channel generated/current text + reports.
Hand edits survive regeneration; ``regenerate(channel)`` drops them on request.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from xa_console.db.database import Database
from xa_console.db.models import NoticeDraftRow
from xa_console.domain.channels.spec import ChannelBook, ChannelSpec
from xa_console.domain.channels.validate import Problem, Report, Variant, WordLists, check_variant
from xa_console.domain.drafting.codec import facts_from_dict, facts_to_dict
from xa_console.domain.drafting.facts import DraftKind, NoticeFacts, facts_for
from xa_console.domain.errors import fail
from xa_console.domain.review.workflow import State, content_hash
from xa_console.services import audit
from xa_console.services.changes import Changes
from xa_console.services.channels import ChannelService
from xa_console.services.rendering import TemplateRenderer
from xa_console.services.rules import RuleService
from xa_console.services.templates import TemplateService
from xa_console.services.users import CurrentUser, User

_EDITABLE = frozenset({State.DRAFT.value, State.IN_REVIEW.value, State.APPROVED.value})
_REVIEWED = frozenset({State.IN_REVIEW.value, State.APPROVED.value})


@dataclass(frozen=True)
class ChannelDraft:
    """One channel: what the template produced, what will go out, and the check result."""

    spec: ChannelSpec
    generated: Variant
    current: Variant
    report: Report
    render_problems: tuple[Problem, ...] = ()

    @property
    def edited(self) -> bool:
        """True when the officer changed the text by hand (differs from generated)."""
        return dict(self.current.fields) != dict(self.generated.fields)

    @property
    def problems(self) -> tuple[Problem, ...]:
        """Template problems first, then limit and compliance problems.

        When the template failed, empty required fields are its consequence, not news.
        """
        if not self.render_problems:
            return self.report.problems
        rest = tuple(p for p in self.report.problems if p.code != "text.required")
        return self.render_problems + rest

    @property
    def ok(self) -> bool:
        """No errors (warnings allowed)."""
        return not any(p.severity == "error" for p in self.problems)


@dataclass(frozen=True)
class Workbench:
    """A draft in memory: its facts and every channel's variant."""

    facts: NoticeFacts
    channels: tuple[ChannelDraft, ...]
    draft_id: int | None = None
    version: int | None = None

    def channel(self, cid: str) -> ChannelDraft:
        """One channel's draft (KeyError when unknown)."""
        for c in self.channels:
            if c.spec.id == cid:
                return c
        raise KeyError(cid)

    @property
    def edits(self) -> dict[str, dict[str, str]]:
        """Hand-edited fields by channel (what is stored besides the facts)."""
        out: dict[str, dict[str, str]] = {}
        for c in self.channels:
            changed = {k: v for k, v in c.current.fields.items() if c.generated.get(k) != v}
            if changed:
                out[c.spec.id] = changed
        return out


class DraftingService:
    """Builds workbenches from the calendar and keeps them checked; stores drafts."""

    def __init__(
        self,
        db: Database,
        rules: RuleService,
        channels: ChannelService,
        templates: TemplateService,
        *,
        link_url: str = "",
        chars_per_minute: int = 250,
        current: CurrentUser | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.db = db
        self.current = current
        self.clock = clock
        self.rules = rules
        self.channels = channels
        self.templates = templates
        self.link_url = link_url
        self.cpm = chars_per_minute

    def facts(self, kind: DraftKind, day: date, issue_date: date | None = None) -> NoticeFacts:
        """Facts for a new draft, filled from the calendar engine."""
        return facts_for(
            self.rules.rulebook(), kind, day, issue_date=issue_date, link_url=self.link_url
        )

    def new(self, kind: DraftKind, day: date, issue_date: date | None = None) -> Workbench:
        """A fresh workbench for ``kind`` on ``day``."""
        return self.build(self.facts(kind, day, issue_date))

    def build(
        self,
        facts: NoticeFacts,
        edits: Mapping[str, Mapping[str, str]] | None = None,
        renderer: TemplateRenderer | None = None,
    ) -> Workbench:
        """Render every channel from the facts, apply hand edits, check everything."""
        book, words = self.channels.book(), self.channels.words()
        renderer = renderer or self.templates.renderer()
        ctx = facts.as_context()
        drafts = tuple(
            self._channel(
                spec, facts.kind.value, ctx, (edits or {}).get(spec.id, {}), renderer, book, words
            )
            for spec in book.channels
        )
        return Workbench(facts, drafts)

    def _channel(
        self,
        spec: ChannelSpec,
        kind: str,
        ctx: dict[str, Any],
        edits: Mapping[str, str],
        renderer: TemplateRenderer,
        book: ChannelBook,
        words: WordLists,
    ) -> ChannelDraft:
        rendered = renderer.render(kind, spec, ctx)
        current = Variant(spec.id, {**rendered.variant.fields, **edits})
        report = check_variant(current, book, words, self.cpm)
        return ChannelDraft(spec, rendered.variant, current, report, rendered.problems)

    def update(
        self,
        wb: Workbench,
        *,
        facts: NoticeFacts | None = None,
        edit: tuple[str, str, str] | None = None,
        regenerate: str | None = None,
        renderer: TemplateRenderer | None = None,
    ) -> Workbench:
        """New facts and/or one field edit (channel, field, text), or drop a channel's edits."""
        edits = {c: dict(f) for c, f in wb.edits.items()}
        if edit is not None:
            cid, fname, text = edit
            edits.setdefault(cid, {})[fname] = text
        if regenerate is not None:
            edits.pop(regenerate, None)
        rebuilt = self.build(facts or wb.facts, edits, renderer)
        return replace(rebuilt, draft_id=wb.draft_id, version=wb.version)

    # ----- persistence ---------------------------------------------------------------------------
    def save(self, wb: Workbench, actor: User | None = None) -> tuple[Workbench, Changes]:
        """Insert or update the draft (optimistic lock on ``wb.version``), audited.

        Changing the content of a notice that is in review or approved voids its approvals
        (they are bound to the content hash) and sends it back to review.
        """
        actor = actor or (self.current.user if self.current else None)
        new_hash = content_hash({c.spec.id: c.current.fields for c in wb.channels})
        with self.db.write() as s:
            row, before = self._row_for_save(s, wb)
            if row.status not in _EDITABLE:
                raise fail("workflow.bad_state", "state", action="edit", state=row.status)
            changed = before is None or before != new_hash or row.facts != facts_to_dict(wb.facts)
            voided = before is not None and before != new_hash and row.status in _REVIEWED
            self._fill(row, wb, new_hash, actor)
            if voided:
                row.status = State.IN_REVIEW.value
            s.flush()
            if changed:
                action = "draft.create" if before is None else "draft.edit"
                audit.append(
                    s,
                    actor.id if actor else None,
                    action,
                    "draft",
                    row.id,
                    {"content_hash": new_hash, "previous_hash": before, "approval_voided": voided},
                    self.clock() if self.clock else None,
                )
            saved = replace(wb, draft_id=row.id, version=row.row_version)
        return saved, Changes(drafts=True)

    def _row_for_save(self, s: Session, wb: Workbench) -> tuple[NoticeDraftRow, str | None]:
        if wb.draft_id is None:
            row = NoticeDraftRow(status=State.DRAFT.value)
            s.add(row)
            return row, None
        found = s.get(NoticeDraftRow, wb.draft_id)
        if found is None:
            raise fail("draft.gone", "id", id=wb.draft_id)
        if wb.version is not None and found.row_version != wb.version:
            raise fail("draft.stale", "id", id=wb.draft_id)
        return found, found.content_hash

    @staticmethod
    def _fill(row: NoticeDraftRow, wb: Workbench, new_hash: str, actor: User | None) -> None:
        row.kind, row.day = wb.facts.kind.value, wb.facts.day
        row.title = wb.channel("wechat_article").current.get("title") or wb.facts.title
        row.facts, row.edits = facts_to_dict(wb.facts), wb.edits
        row.generated = {c.spec.id: dict(c.generated.fields) for c in wb.channels}
        row.content_hash = new_hash
        if actor is not None:
            row.author_id = row.author_id or actor.id
            row.last_editor_id = actor.id

    def load(self, draft_id: int) -> Workbench:
        """Rebuild a stored draft (templates re-rendered; hand edits re-applied)."""
        with self.db.read() as s:
            row = s.get(NoticeDraftRow, draft_id)
            if row is None:
                raise fail("draft.gone", "id", id=draft_id)
            facts, edits, version = facts_from_dict(row.facts), dict(row.edits), row.row_version
        return replace(self.build(facts, edits), draft_id=draft_id, version=version)

    def list(self) -> list[tuple[int, str, date, str, str]]:
        """(id, kind, day, title, status) of every draft, newest first."""
        with self.db.read() as s:
            rows = s.execute(
                select(
                    NoticeDraftRow.id,
                    NoticeDraftRow.kind,
                    NoticeDraftRow.day,
                    NoticeDraftRow.title,
                    NoticeDraftRow.status,
                ).order_by(NoticeDraftRow.updated_at.desc(), NoticeDraftRow.id.desc())
            )
            return [tuple(r) for r in rows]  # type: ignore[misc]

    def delete(self, draft_id: int) -> Changes:
        """Remove a draft."""
        with self.db.write() as s:
            row = s.get(NoticeDraftRow, draft_id)
            if row is not None:
                s.delete(row)
        return Changes(drafts=True)
