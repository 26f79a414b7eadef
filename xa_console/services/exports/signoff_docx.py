"""The sign-off sheet (审核单) of a notice: every variant, who drafted, reviewed and signed, when,
and the content hash the approvals are bound to."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from xa_console.domain.drafting.facts import NoticeFacts
from xa_console.services.exports.docx_export import (
    BODY_FONT,
    _heading,
    _line,
    _new_document,
    _paragraphs,
    _save,
    _set_font,
)

LOCAL = ZoneInfo("Asia/Shanghai")
STATE_ZH = {
    "draft": "草稿",
    "in_review": "审核中",
    "approved": "已签发",
    "scheduled": "已排期",
    "published": "已发布",
    "partly_published": "部分发布",
    "failed": "发布失败",
    "withdrawn": "已撤回",
}
ROLE_ZH = {"reviewer": "审核", "signer": "签发", "editor": "编辑", "admin": "管理员"}


@dataclass(frozen=True)
class SignoffLine:
    """One row of the sign-off table."""

    step: str  # 起草 / 审核 / 签发 / 退回 …
    person: str
    when: datetime | None
    comment: str = ""


@dataclass(frozen=True)
class ChannelText:
    """One channel's final text as approved."""

    name: str
    fields: Sequence[tuple[str, str]]  # (label, text)


def _when(d: datetime | None) -> str:
    if d is None:
        return ""
    aware = d if d.tzinfo else d.replace(tzinfo=LOCAL)
    return aware.astimezone(LOCAL).strftime("%Y-%m-%d %H:%M")


def signoff_docx(
    facts: NoticeFacts,
    title: str,
    state: str,
    content_hash: str,
    lines: Sequence[SignoffLine],
    channels: Sequence[ChannelText],
    emergency_reason: str = "",
) -> bytes:
    """Build the 审核单 .docx (deterministic for the same inputs)."""
    doc = _new_document(facts, f"审核单 {title}", 11)
    _heading(doc, "西安市公安局交通管理局 宣传发布审核单", 18, 1, centre=True)
    _line(doc, title, 13, align=WD_ALIGN_PARAGRAPH.CENTER)
    table = doc.add_table(rows=0, cols=4)
    table.style = "Table Grid"
    head = table.add_row().cells
    for cell, text in zip(head, ("环节", "人员", "时间", "意见"), strict=True):
        _set_font(cell.paragraphs[0].add_run(text), BODY_FONT, 11, bold=True)
    for ln in lines:
        row = table.add_row().cells
        for cell, text in zip(row, (ln.step, ln.person, _when(ln.when), ln.comment), strict=True):
            _set_font(cell.paragraphs[0].add_run(text), BODY_FONT, 11)
    _line(doc, f"状态：{STATE_ZH.get(state, state)}", 11)
    if emergency_reason:
        _line(doc, f"紧急发布理由：{emergency_reason}（事后补审）", 11)
    _line(doc, f"内容摘要（SHA-256）：{content_hash}", 9, grey=True)
    _line(doc, "签批对象为以下各渠道文本；任何修改都会改变内容摘要并使签批失效。", 9, grey=True)
    for ch in channels:
        _heading(doc, ch.name, 13, 2)
        for label, text in ch.fields:
            p = _line(doc, f"{label}：", 10, grey=True)
            p.paragraph_format.space_after = Pt(0)
            for para in _paragraphs(text) or [""]:
                _line(doc, para, 11)
    return _save(doc)
